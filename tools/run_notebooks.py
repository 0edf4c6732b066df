#!/usr/bin/env python3
"""Executes notebooks headless through a Jupyter kernel and reports every notebook that fails.

A notebook fails when a cell raises an error, produces an error output, runs longer than the time limit,
or the kernel dies. Cells tagged "raises-exception" may fail on purpose; cells tagged "skip-execution" are not run.
For each failure the report names the notebook, the cell (0-based index, as in the .ipynb file) and the error.

    python3 tools/run_notebooks.py notebooks/                  # every notebook in a directory
    python3 tools/run_notebooks.py --timeout 300 a.ipynb b.ipynb
    python3 tools/run_notebooks.py --write notebooks/          # keep executed copies in target/executed-notebooks
    python3 tools/run_notebooks.py --inplace notebooks/        # save outputs into the notebooks themselves
    python3 tools/run_notebooks.py --one-kernel notebooks/     # one kernel for all, as one learner's session

Needs nbclient and nbformat (Debian: apt-get install python3-nbclient) and an installed kernel (./course kernel
install). Exits 1 if any notebook failed, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
except ImportError as missing:  # pragma: no cover - depends on the machine
    sys.exit(f"run_notebooks: {missing}. Run it with a Python that has nbclient and nbformat, "
             f"e.g. /usr/bin/python3 after: sudo apt-get install -y python3-nbclient")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "target" / "executed-notebooks"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ALLOWED_TAG = "raises-exception"
SKIP_TAG = "skip-execution"
SOURCE_LINES_SHOWN = 8


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)


def find_notebooks(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.glob("*.ipynb") if ".ipynb_checkpoints" not in q.parts))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(p)
    return found


def error_outputs(nb) -> list[tuple[int, dict]]:
    """(cell index, error output) for every error output in a cell that is not allowed to fail."""
    out = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or ALLOWED_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                out.append((i, o))
    return out


def traceback_of(nb, index: int | None) -> str:
    """The traceback of the error output of one cell, as plain text, or "" if it has none."""
    if index is None or index >= len(nb.cells):
        return ""
    for o in nb.cells[index].get("outputs", []):
        if o.get("output_type") == "error":
            return strip_ansi("\n".join(o.get("traceback", [])))
    return ""


class Failure:
    def __init__(self, cell_index: int | None, summary: str, detail: str = ""):
        self.cell_index = cell_index
        self.summary = summary
        self.detail = detail


def execute(path: Path, kernel: str, timeout: float, startup_timeout: float) -> tuple[object, Failure | None]:
    nb = nbformat.read(str(path), as_version=4)
    current: dict[str, int | None] = {"index": None}

    def on_cell_execute(cell, cell_index, **_):
        current["index"] = cell_index

    options = dict(timeout=math.ceil(timeout), startup_timeout=math.ceil(startup_timeout), kernel_name=kernel,
                   allow_errors=False, record_timing=False, skip_cells_with_tag=SKIP_TAG,
                   resources={"metadata": {"path": str(path.parent.resolve())}})
    if "on_cell_execute" in NotebookClient.class_trait_names():
        options["on_cell_execute"] = on_cell_execute

    failure = None
    try:
        NotebookClient(nb, **options).execute()
    except CellExecutionError as e:
        index = current["index"]
        if index is None:
            errors = error_outputs(nb)
            index = errors[-1][0] if errors else None
        failure = Failure(index, f"{e.ename}: {e.evalue}", traceback_of(nb, index) or strip_ansi(e.traceback or ""))
    except CellTimeoutError:
        failure = Failure(current["index"], f"the cell did not finish within {timeout:.0f} s")
    except DeadKernelError as e:
        failure = Failure(current["index"], f"the kernel died: {e}")
    except Exception as e:  # the kernel could not be started, the notebook is malformed, ...
        failure = Failure(current["index"], f"{type(e).__name__}: {e}")
    else:
        errors = error_outputs(nb)
        if errors:
            index, o = errors[0]
            failure = Failure(index, f"{o.get('ename', 'error')}: {o.get('evalue', '')} (an error output)",
                              strip_ansi("\n".join(o.get("traceback", []))))
    return nb, failure


def kernel_memory_kb(client) -> dict[str, int]:
    """VmHWM (peak resident set) and VmRSS of the client's kernel process, in kB, from /proc (Linux only)."""
    km = getattr(client, "km", None)
    provisioner = getattr(km, "provisioner", None) if km is not None else None
    pid = getattr(provisioner, "pid", None) if provisioner is not None else None
    found: dict[str, int] = {}
    if pid is None:
        return found
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def run_session(notebooks: list[Path], args) -> int:
    """Runs every notebook in one kernel, in order, as one learner's session does, and reports the kernel's peak
    resident memory. The notebooks' cells are executed as one sequence; a failing cell does not stop the session."""
    parts = [(path, nbformat.read(str(path), as_version=4)) for path in notebooks]
    session = nbformat.v4.new_notebook()
    session.metadata = parts[0][1].metadata
    bounds: list[tuple[int, int]] = []
    for _, nb in parts:
        bounds.append((len(session.cells), len(session.cells) + len(nb.cells)))
        session.cells.extend(nb.cells)
    last_cell = {}
    for i, (start, end) in enumerate(bounds):
        code = [j for j in range(start, end) if session.cells[j].cell_type == "code"]
        if code:
            last_cell[code[-1]] = i
    started = {"t": time.monotonic()}
    peaks: list[str] = []

    def on_cell_executed(cell, cell_index, **_):
        if cell.cell_type == "code":
            peak.update(kernel_memory_kb(client))
        if cell_index in last_cell:
            i = last_cell[cell_index]
            rss = kernel_memory_kb(client).get("VmRSS")
            took = time.monotonic() - started["t"]
            started["t"] = time.monotonic()
            peaks.append(f"{parts[i][0]}  ({took:.1f} s" + (f", kernel RSS {rss / 1024:.0f} MB)" if rss else ")"))
            print(f"ran     {peaks[-1]}", flush=True)

    options = dict(timeout=math.ceil(args.timeout), startup_timeout=math.ceil(args.startup_timeout),
                   kernel_name=args.kernel, allow_errors=True, record_timing=False, skip_cells_with_tag=SKIP_TAG,
                   resources={"metadata": {"path": str(notebooks[0].parent.resolve())}})
    if "on_cell_executed" in NotebookClient.class_trait_names():
        options["on_cell_executed"] = on_cell_executed
    client = NotebookClient(session, **options)
    peak: dict[str, int] = {}
    total_start = time.monotonic()
    aborted = None
    try:
        client.execute()
    except CellTimeoutError:
        aborted = f"a cell did not finish within {args.timeout:.0f} s"
    except DeadKernelError as e:
        aborted = f"the kernel died: {e}"
    except Exception as e:
        aborted = f"{type(e).__name__}: {e}"

    failed = 0
    for (path, nb), (start, end) in zip(parts, bounds):
        errors = [(i - start, o) for i, o in error_outputs(session) if start <= i < end]
        if errors:
            failed += 1
            index, o = errors[0]
            print(f"FAILED  {path}\n        {describe_cell(nb, index)}\n        {o.get('ename', 'error')}: "
                  f"{o.get('evalue', '')}")
    print(f"{len(notebooks)} notebooks in one kernel in {time.monotonic() - total_start:.1f} s: "
          f"{len(notebooks) - failed} ran without an error, {failed} with one")
    if aborted:
        print(f"FAILED  the session stopped: {aborted}")
        return 1
    if "VmHWM" not in peak:
        print("kernel peak RSS: unknown (no /proc entry for the kernel process)")
        return 1 if failed else 0
    peak_mb = peak["VmHWM"] / 1024
    print(f"kernel peak RSS: {peak_mb:.0f} MB over the whole session")
    if args.max_rss_mb is not None and peak_mb > args.max_rss_mb:
        print(f"FAILED  the kernel's peak resident memory, {peak_mb:.0f} MB, is over the limit of {args.max_rss_mb:.0f} MB")
        return 1
    return 1 if failed else 0


def describe_cell(nb, index: int | None) -> str:
    if index is None or index >= len(nb.cells):
        return "cell unknown"
    source = nb.cells[index].source.splitlines()
    shown = "\n".join("        | " + line for line in source[:SOURCE_LINES_SHOWN])
    more = f"\n        | ... ({len(source) - SOURCE_LINES_SHOWN} more lines)" if len(source) > SOURCE_LINES_SHOWN else ""
    return f"cell {index}:\n{shown}{more}"


def output_path(path: Path, output_dir: Path) -> Path:
    resolved = path.resolve()
    for base in (Path.cwd(), ROOT):
        try:
            return output_dir / resolved.relative_to(base)
        except ValueError:
            continue
    return output_dir / path.name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="notebooks, or directories of notebooks")
    ap.add_argument("--kernel", default="layers", help="kernel spec name (default %(default)s)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds a cell may run (default %(default)s)")
    ap.add_argument("--startup-timeout", type=float, default=120.0, help="seconds for the kernel to start")
    ap.add_argument("--write", action="store_true",
                    help="save each executed notebook, with its outputs, under --output-dir")
    ap.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT,
                    help="where --write saves (default target/executed-notebooks)")
    ap.add_argument("--inplace", action="store_true",
                    help="save outputs into the notebooks themselves (only those that ran without failing)")
    ap.add_argument("--one-kernel", action="store_true",
                    help="run every notebook in one kernel, in order, as one learner's session, and report the "
                         "kernel's peak resident memory")
    ap.add_argument("--max-rss-mb", type=float, default=None,
                    help="with --one-kernel: fail if the kernel's peak resident memory exceeds this many MB")
    args = ap.parse_args(argv)

    try:
        notebooks = find_notebooks(args.paths)
    except FileNotFoundError as e:
        print(f"run_notebooks: no such file or directory: {e}", file=sys.stderr)
        return 2
    if not notebooks:
        print("run_notebooks: no notebooks to run")
        return 0

    if args.max_rss_mb is not None and not args.one_kernel:
        print("run_notebooks: --max-rss-mb needs --one-kernel", file=sys.stderr)
        return 2
    if args.one_kernel:
        if args.write or args.inplace:
            print("run_notebooks: --one-kernel does not save outputs", file=sys.stderr)
            return 2
        return run_session(notebooks, args)

    failed: list[Path] = []
    total_start = time.monotonic()
    for path in notebooks:
        start = time.monotonic()
        nb, failure = execute(path, args.kernel, args.timeout, args.startup_timeout)
        took = time.monotonic() - start
        print(f"{'ok' if failure is None else 'FAILED':<7} {path}  ({took:.1f} s)", flush=True)
        if failure is not None:
            failed.append(path)
            print(f"        {describe_cell(nb, failure.cell_index)}")
            print(f"        {failure.summary}")
            for line in failure.detail.splitlines()[:60]:
                print(f"        {line}")
            sys.stdout.flush()
        if args.write:
            target = output_path(path, args.output_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, str(target))
        if args.inplace and failure is None:
            nbformat.write(nb, str(path))

    print(f"{len(notebooks)} notebook{'' if len(notebooks) == 1 else 's'} in {time.monotonic() - total_start:.1f} s: "
          f"{len(notebooks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
