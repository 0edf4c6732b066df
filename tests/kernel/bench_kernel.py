#!/usr/bin/env python3
"""Measures the installed Layers kernel the way a learner meets it.

  ready           kernel start until the first kernel_info reply
  first result    first cell sent until its execute_result arrived
  kernel CPU      CPU time the kernel process used from its start to that first result (steady under load)
  round trip      p50 and p90 over N trivial cells (1+1), sent until reply and idle status; the median of the
                  first 25 and of the last quarter, since javac is still being compiled early on
  memory          resident memory (VmRSS) after start-up, after every notebook ran in one session, and the peak
  %grade          the first and the median warm time to grade welcome.sum in the notebook
  interrupt       interrupt sent until `while (true) { x++; }` ended; then whether the kernel still answers
                  and kept its variables

Run by ./course bench kernel, which installs the current build into a scratch Jupyter directory first.
Exits 1 if the kernel cannot be started, and with --strict also if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
from harness import Kernel  # noqa: E402

TARGETS = {
    "ready_s": 1.5,
    "first_result_s": 0.5,
    "round_trip_p50_ms": 20.0,
    "rss_start_mb": 250.0,
    "interrupt_s": 2.0,
    "grade_warm_s": 1.0,
}

# A correct solution of the welcome.sum exercise, graded repeatedly to time %grade in a warm kernel.
GRADE_SETUP = """import layers.exercises.welcome.SatoshiSum;
class MySatoshiSum implements SatoshiSum {
    public long sum(long[] amounts) {
        long total = 0;
        for (long a : amounts) {
            if (a < 0) throw new IllegalArgumentException("negative amount: " + a);
            total = Math.addExact(total, a);
        }
        return total;
    }
}"""


def round_trip(k: Kernel, code: str, timeout: float = 30.0) -> float:
    """Seconds from sending code until both its execute_reply and its idle status were received."""
    sent = time.monotonic()
    msg_id = k.kc.execute(code, stop_on_error=False)
    deadline = sent + timeout
    while True:
        reply = k.kc.get_shell_msg(timeout=max(0.0, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    while True:
        msg = k.kc.get_iopub_msg(timeout=max(0.0, deadline - time.monotonic()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"].get("execution_state") == "idle"):
            break
    return time.monotonic() - sent


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def notebook_cells(paths: list[Path]) -> list[tuple[Path, int, str]]:
    cells = []
    for nb_path in paths:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb.get("cells", [])):
            if cell.get("cell_type") != "code":
                continue
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            if source.strip() and "skip-execution" not in cell.get("metadata", {}).get("tags", []):
                cells.append((nb_path, i, source))
    return cells


def find_notebooks(args: list[str]) -> list[Path]:
    found = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            found.extend(sorted(p.glob("*.ipynb")))
        elif p.is_file():
            found.append(p)
    return found


def mb(kib: int) -> float:
    return kib / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default=harness.KERNEL_NAME, help="kernel spec name (default %(default)s)")
    ap.add_argument("--cells", type=int, default=200, help="trivial cells for the round trip (default 200)")
    ap.add_argument("--notebooks", nargs="*", default=[], help="notebooks, or directories of them, to run")
    ap.add_argument("--notebook-timeout", type=float, default=300.0, help="seconds per notebook cell")
    ap.add_argument("--json", help="also write the measurements to this file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    spec = harness.kernel_spec(args.kernel)
    if spec is None:
        print(f"bench: no kernel named '{args.kernel}' is installed "
              f"(JUPYTER_DATA_DIR={os.environ.get('JUPYTER_DATA_DIR', 'not set')})", file=sys.stderr)
        return 1
    print(f"kernel {args.kernel}: {spec.resource_dir}")
    print(f"java: {spec.argv[0]}   cpus: {os.cpu_count()}")

    m: dict[str, object] = {}
    try:
        k = Kernel(args.kernel)
    except RuntimeError as e:
        print(f"bench: {e}", file=sys.stderr)
        return 1
    try:
        m["ready_s"] = k.ready_after

        first = k.send("1 + 1")
        k.collect(first, timeout=60)
        results = first.timed("execute_result")
        m["first_result_s"] = (results[0][0] - first.sent) if results else None
        m["first_result_ok"] = first.status == "ok" and bool(results)
        m["cpu_to_first_result_s"] = k.cpu_s()
        m["rss_start_mb"] = mb(k.rss_kb())

        times = [round_trip(k, "1+1") for _ in range(args.cells)]
        m["round_trip_p50_ms"] = percentile(times, 50) * 1000
        m["round_trip_p90_ms"] = percentile(times, 90) * 1000
        m["round_trip_mean_ms"] = statistics.fmean(times) * 1000
        # The JVM is still compiling javac during the first cells: the same cell, early and late.
        m["round_trip_first_25_ms"] = statistics.median(times[:25]) * 1000
        m["round_trip_last_quarter_ms"] = statistics.median(times[-max(1, len(times) // 4):]) * 1000

        k.ok(GRADE_SETUP)
        grades = [round_trip(k, "%grade welcome.sum") for _ in range(10)]
        m["grade_first_s"] = grades[0]
        m["grade_warm_s"] = percentile(grades[1:], 50)

        notebooks = find_notebooks(args.notebooks)
        cells = notebook_cells(notebooks)
        errors = 0
        peak = k.rss_kb()
        started = time.monotonic()
        for nb_path, index, source in cells:
            try:
                ex = k.execute(source, timeout=args.notebook_timeout)
                if ex.status != "ok":
                    errors += 1
                    print(f"  note: {nb_path.name} cell {index} ended with {ex.status}: "
                          f"{ex.content.get('ename', '')} {ex.content.get('evalue', '')}"[:200])
            except TimeoutError:
                errors += 1
                print(f"  note: {nb_path.name} cell {index} did not finish in {args.notebook_timeout:.0f} s")
                k.interrupt()
                time.sleep(2)
            peak = max(peak, k.rss_kb())
        m["notebooks"] = len(notebooks)
        m["notebook_cells"] = len(cells)
        m["notebook_errors"] = errors
        m["notebooks_s"] = time.monotonic() - started
        m["rss_after_notebooks_mb"] = mb(k.rss_kb())
        m["rss_peak_mb"] = mb(max(peak, k.peak_rss_kb()))

        k.ok("long benchX = 0;\nint benchKept = 42;")
        loop = k.send("while (true) { benchX++; }")
        time.sleep(1.0)
        interrupted = time.monotonic()
        k.interrupt()
        try:
            k.collect(loop, timeout=30)
            m["interrupt_s"] = loop.finished - interrupted
            m["state_kept"] = (k.execute("benchKept + 1", timeout=30).results[:1] or [{}])[0] \
                .get("data", {}).get("text/plain") == "43"
        except (TimeoutError, queue.Empty):
            m["interrupt_s"] = None
            m["state_kept"] = False
    except (TimeoutError, queue.Empty, AssertionError) as e:
        m["error"] = f"{type(e).__name__}: {e}"
        print(f"bench: stopped early: {m['error']}", file=sys.stderr)
    finally:
        k.stop()

    missed = report(m, args.cells)
    if args.json:
        Path(args.json).write_text(json.dumps(m, indent=2) + "\n")
    if "error" in m:
        return 1
    return 1 if args.strict and missed else 0


def report(m: dict, cells: int) -> int:
    def fmt(value, unit, digits=2):
        return "n/a" if value is None else f"{value:.{digits}f} {unit}"

    def check(key, value):
        if key not in TARGETS:
            return ""
        if value is None:
            return "MISSED"
        return "ok" if value <= TARGETS[key] else "MISSED"

    nb = f"{m.get('notebooks', 0)} notebook(s), {m.get('notebook_cells', 0)} cells"
    if m.get("notebook_errors"):
        nb += f", {m['notebook_errors']} failed"
    rows = [
        ("ready (start to kernel_info reply)", "ready_s", fmt(m.get("ready_s"), "s"), "<= 1.5 s"),
        ("first result (1 + 1)", "first_result_s", fmt(m.get("first_result_s"), "s"), "<= 0.5 s"),
        ("kernel CPU time, start to first result", "cpu_to_first_result_s",
         fmt(m.get("cpu_to_first_result_s"), "s"), ""),
        (f"round trip p50 ({cells} x 1+1)", "round_trip_p50_ms", fmt(m.get("round_trip_p50_ms"), "ms", 1),
         "<= 20 ms"),
        ("round trip p90", "round_trip_p90_ms", fmt(m.get("round_trip_p90_ms"), "ms", 1), ""),
        ("round trip median, first 25 cells", "round_trip_first_25_ms",
         fmt(m.get("round_trip_first_25_ms"), "ms", 1), ""),
        ("round trip median, last quarter of the cells", "round_trip_last_quarter_ms",
         fmt(m.get("round_trip_last_quarter_ms"), "ms", 1), ""),
        ("%grade welcome.sum, first", "grade_first_s", fmt(m.get("grade_first_s"), "s"), ""),
        ("%grade welcome.sum, warm (median of 9)", "grade_warm_s", fmt(m.get("grade_warm_s"), "s", 3), "<= 1 s"),
        ("RSS after start-up", "rss_start_mb", fmt(m.get("rss_start_mb"), "MB", 0), "<= 250 MB"),
        (f"time to run the notebooks ({nb})", "notebooks_s", fmt(m.get("notebooks_s"), "s", 1), ""),
        (f"RSS after notebooks ({nb})", "rss_after_notebooks_mb", fmt(m.get("rss_after_notebooks_mb"), "MB", 0), ""),
        ("peak RSS", "rss_peak_mb", fmt(m.get("rss_peak_mb"), "MB", 0), ""),
        ("interrupt to loop stopped", "interrupt_s", fmt(m.get("interrupt_s"), "s"), "<= 2 s"),
        ("after interrupt: answers, keeps variables", "state_kept", "yes" if m.get("state_kept") else "NO", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure':<{width}}  {'value':>10}  {'target':<10}  ")
    print("-" * (width + 30))
    missed = 0
    for label, key, value, target in rows:
        verdict = check(key, m.get(key))
        if key == "state_kept" and not m.get("state_kept"):
            verdict = "MISSED"
        if verdict == "MISSED":
            missed += 1
        print(f"{label:<{width}}  {value:>10}  {target:<10}  {verdict}")
    print("-" * (width + 30))
    print(f"targets missed: {missed}")
    return missed


if __name__ == "__main__":
    sys.exit(main())
