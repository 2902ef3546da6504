"""How fast a ``claims view`` page of one big document opens in headless Chromium.

    python benchmarks/view_page.py [--mb 5] [--runs 3]

The document is the sample articles (``data/samples``) repeated until it reaches
``--mb`` megabytes (UTF-8). Its claim records are those of the samples, extracted once
and repeated with their offsets shifted: the claim density of real articles, without
extracting 5 MB (the page, not the extractor, is measured here).
Each run starts a fresh headless Chromium (start-up not counted), opens the page from a
``file://`` URL and reports, in seconds: ``load`` (navigation until the load event, as
the driver sees it), ``fcp`` (first contentful paint, the page's own clock) and
``click`` (clicking the last highlight of the text until its claim card is open). Prints
a Markdown table of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extraction import extract_many  # noqa: E402
from pipeline.reading import iter_documents  # noqa: E402
from pipeline.workbench.chromium import Chromium  # noqa: E402
from pipeline.workbench.view import group_records, render_page  # noqa: E402

SEPARATOR = "\n\n"


def _shift(item: dict[str, Any], delta: int) -> dict[str, Any]:
    return {**item, "start": item["start"] + delta, "end": item["end"] + delta}


def big_document(megabytes: float) -> tuple[str, list[dict[str, Any]]]:
    """The text of about ``megabytes`` MB and its claim records (doc id ``big``)."""
    docs = [d for d in iter_documents([str(ROOT / "data" / "samples")]) if hasattr(d, "text")]
    unit_text = SEPARATOR.join(d.text for d in docs) + SEPARATOR
    copies = max(1, int(megabytes * 1_000_000 / len(unit_text.encode("utf-8"))) + 1)
    text = unit_text * copies
    base, offset = [], 0
    for doc, result in zip(docs, extract_many(docs), strict=True):
        for claim in result.claims:
            base.append((offset, claim.model_dump(mode="json")))
        offset += len(doc.text) + len(SEPARATOR)
    records = []
    for copy in range(copies):
        for start, record in base:
            delta = copy * len(unit_text) + start
            moved = dict(record, doc_id="big", id=f"big#{len(records)}", meta={})
            moved["sentence"] = _shift(record["sentence"], delta)
            if record["quantity"]:
                moved["quantity"] = _shift(record["quantity"], delta)
            if record["hedge"]:
                moved["hedge"] = _shift(record["hedge"], delta)
            for key in ("actors", "places", "times", "sources"):
                moved[key] = [_shift(i, delta) for i in record[key]]
            records.append(moved)
    return text, records


def run_once(page: Path) -> dict[str, float]:
    with Chromium(width=1280, height=900) as browser:
        load = browser.open(page.as_uri(), timeout=120)
        fcp = browser.evaluate(
            "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0"
        )
        last = browser.evaluate(
            "(() => { const m = [...document.querySelectorAll('mark.hl')].pop();"
            " m.id = 'bench-last'; return m.dataset.c.split(' ')[0]; })()"
        )
        started = time.perf_counter()
        browser.click("#bench-last")
        browser.wait_for(  # the card is on the last page of cards, its table built
            f"document.querySelector('details.card[data-i=\"{last}\"][open] table')"
            " !== null", timeout=30)
        click = time.perf_counter() - started
        assert browser.requests == [page.as_uri()], browser.requests
    return {"load": load, "fcp": fcp / 1000, "click": click}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="document size in MB")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    text, records = big_document(args.mb)
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    html = render_page(group_records(records, {"big": text}))
    render = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "big.html"
        page.write_text(html, encoding="utf-8")
        runs = [run_once(page) for _ in range(args.runs)]
    marks = html.count('<mark class="hl')
    print(f"document: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(records)} claims, "
          f"{marks} highlights; records made in {prepared:.1f} s")
    print(f"page: {len(html.encode('utf-8')) / 1e6:.2f} MB, rendered in {render:.2f} s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print("| measure | median (s) | runs (s) |")
    print("|---|---|---|")
    for key in ("load", "fcp", "click"):
        values = [r[key] for r in runs]
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"| {key} | {statistics.median(values):.2f} | {shown} |")


if __name__ == "__main__":
    main()
