#!/usr/bin/env python3
"""Renders executed notebooks as a static course site: one HTML page per notebook and an index in course order.

    python3 tools/build_site.py --executed target/site/executed --out target/site

The notebooks must already have been executed with their outputs saved (tools/run_notebooks.py --write); this
script only renders. Charts (PNG or SVG outputs) and tables (HTML outputs) are embedded in the pages, so the site
needs no kernel and no network to be read. A notebook with an error output is not published: the script names it
and exits 1. Needs nbconvert (Debian: apt-get install jupyter-nbconvert).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

try:
    import nbformat
    from nbconvert import HTMLExporter
except ImportError as missing:  # pragma: no cover - depends on the machine
    sys.exit(f"build_site: {missing}. Run it with a Python that has nbconvert, e.g. /usr/bin/python3 after: "
             f"sudo apt-get install -y jupyter-nbconvert")

ALLOWED_TAG = "raises-exception"
HEADING = re.compile(r"^#\s+(.+)$", re.MULTILINE)
NUMBER = re.compile(r"^(\d+)-")


def title_of(nb, path: Path) -> str:
    """The notebook's first level-1 heading, else its file name."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = HEADING.search(cell.source)
            if m:
                return m.group(1).strip()
    return path.stem


def summary_of(nb) -> str:
    """The first paragraph after the title, as plain text (for the index)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", cell.source) if p.strip()]
        for p in paragraphs:
            if not p.startswith("#") and not p.startswith("|") and not p.startswith("---"):
                text = re.sub(r"[*_`]", "", " ".join(p.split()))
                return text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + "…"
    return ""


def problems(nb) -> list[str]:
    """What keeps a notebook off the site: a code cell never executed, or an error output."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or ALLOWED_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.source.strip() and cell.get("execution_count") is None:
            found.append(f"cell {i} was not executed")
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                found.append(f"cell {i}: {o.get('ename', 'error')}: {o.get('evalue', '')}")
    return found


def counts(nb) -> tuple[int, int]:
    """(charts, tables) among the outputs: image outputs, and HTML outputs that hold a table."""
    charts = tables = 0
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            if "image/png" in data or "image/svg+xml" in data:
                charts += 1
            if "<table" in "".join(data.get("text/html", "")):
                tables += 1
    return charts, tables


INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5;
       color: #222; }}
h1 {{ margin-bottom: 0.2rem; }}
ol {{ padding-left: 1.4rem; }}
li {{ margin: 0.9rem 0; }}
li a {{ font-weight: 600; }}
.meta {{ color: #666; font-size: 0.9rem; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<ol start="0">
{items}
</ol>
<p class="meta">Rendered from the learners' notebooks after running every cell. To run and edit them, open the
course in Jupyter (<code>./course start</code>) or on Binder.</p>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--executed", type=Path, required=True, help="folder of executed notebooks (*.ipynb)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write the site into")
    ap.add_argument("--title", default="Layers: Layer 1 and Layer 2 blockchains, in Java")
    args = ap.parse_args(argv)

    notebooks = sorted(p for p in args.executed.glob("*.ipynb") if NUMBER.match(p.name))
    if not notebooks:
        print(f"build_site: no numbered notebooks (NN-name.ipynb) in {args.executed}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    items, failed = [], []
    total_charts = total_tables = 0
    for path in notebooks:
        nb = nbformat.read(str(path), as_version=4)
        found = problems(nb)
        if found:
            failed.append(path)
            print(f"NOT PUBLISHED  {path.name}: " + "; ".join(found[:3]))
            continue
        title = title_of(nb, path)
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
        page = args.out / (path.stem + ".html")
        page.write_text(body, encoding="utf-8")
        charts, tables = counts(nb)
        total_charts += charts
        total_tables += tables
        number = NUMBER.match(path.name).group(1)
        items.append(f'<li value="{int(number)}"><a href="{html.escape(page.name)}">{html.escape(title)}</a>'
                     f'<br>{html.escape(summary_of(nb))}'
                     f'<br><span class="meta">{charts} chart{"" if charts == 1 else "s"}, '
                     f'{tables} table{"" if tables == 1 else "s"}</span></li>')
        print(f"page           {page}  ({charts} charts, {tables} tables)")
    intro = ("An interactive course on Layer 1 and Layer 2 blockchains: consensus, data availability, settlement and "
             "fees on Layer 1; rollups, validity proofs, channels and bridges on Layer 2. Each notebook below is "
             "shown with the output of every cell.")
    index = args.out / "index.html"
    index.write_text(INDEX.format(title=html.escape(args.title), intro=html.escape(intro), items="\n".join(items)),
                     encoding="utf-8")
    print(f"index          {index}  ({len(items)} notebooks, {total_charts} charts, {total_tables} tables)")
    if failed:
        print(f"build_site: {len(failed)} notebook(s) not published because of errors", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
