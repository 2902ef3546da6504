"""Other projects' Italian number suites run through the extractor; prints Markdown tables.

    python benchmarks/peer_numbers.py [--peer ../shared/data/peer] [--model M] [--failures]

Suites (``../shared/data/peer/``, see its README): ``duckling_numbers_it``, ``text2num_it``
and ``recognizers_numbers_it``. Every usable case (no ``skip``) is one text: a bare
expression is put into the suite's template, a sentence is used as is. For each case:

- *found*: a quantity claim overlaps the expression (for a sentence of text2num, every
  expected number has a claim with that value);
- *value*: that claim has the expected ``low``/``high`` (a fraction may also be given as a
  percentage, ``due terzi`` -> 66.67 ``%``, as the guideline [V7] says);
- *unit*: among cases whose peer names a unit, the claim's unit is the expected lemma.

A negative case (no quantity expected) is found and right when no claim overlaps it.
Totals are over usable cases; the issue's targets read the *value* column.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PEER = REPO.parent / "shared" / "data" / "peer"
SUITES = ("duckling_numbers_it", "text2num_it", "recognizers_numbers_it")
FORM_KEYS = {
    "duckling_numbers_it": "dimension",
    "text2num_it": "kind",
    "recognizers_numbers_it": "model",
}


@dataclass
class Case:
    """One usable peer case as a text with the expected quantities."""

    suite: str
    form: str
    text: str
    span: tuple[int, int]
    expected: list[tuple[float | None, float | None]]  # empty: no quantity expected
    units: list[str] = field(default_factory=list)  # accepted unit lemmas (empty: not compared)
    sentence: bool = False  # every value of ``expected`` must be found (text2num sentences)


def _units(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def cases(peer: Path) -> Iterator[Case]:
    """Usable cases of the three number suites."""
    for suite in SUITES:
        data = json.loads((peer / f"{suite}.json").read_text(encoding="utf-8"))
        for c in data["cases"]:
            if "skip" in c:
                continue
            form = str(c.get(FORM_KEYS[suite]))
            template = c.get("template") or data.get("template")
            if suite == "text2num_it" and c["kind"] == "sentence":
                values = [(v, v) for v in c["values"]]
                yield Case(suite, form, c["input"], (0, len(c["input"])), values, sentence=True)
                continue
            if suite == "recognizers_numbers_it":
                template = c.get("template")
                if template:
                    prefix = template.index("{X}")
                    text = template.replace("{X}", c["input"])
                    span = (prefix + c["span"][0], prefix + c["span"][1])
                else:
                    text, span = c["input"], tuple(c.get("span") or (0, len(c["input"])))
                expected = [] if c.get("expect_none") else [(c["low"], c["high"])]
                yield Case(suite, form, text, span, expected, _units(c.get("unit")))
                continue
            prefix = template.index("{X}")
            text = template.replace("{X}", c["input"])
            span = (prefix, prefix + len(c["input"]))
            if suite == "text2num_it":
                expected = [(c["value"], c["value"])]
            else:
                expected = [(c["low"], c["high"])]
            yield Case(suite, form, text, span, expected, _units(c.get("unit")))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _value_ok(q: Any, low: float | None, high: float | None) -> bool:
    if _same(q.low, low) and _same(q.high, high):
        return True
    if q.unit == "%":  # a fraction given as a percentage ([V7])
        scaled = [None if v is None else v * 100 for v in (low, high)]
        return _same(q.low, scaled[0]) and _same(q.high, scaled[1])
    return False


def judge(case: Case, quantities: list[Any]) -> tuple[bool, bool, bool | None]:
    """(found, value right, unit right or None when not compared) for one case."""
    a, b = case.span
    over = [q for q in quantities if q.start < b and q.end > a]
    if not case.expected:
        return not over, not over, None
    if case.sentence:
        pool = list(over)
        found = 0
        for low, high in case.expected:
            hit = next((q for q in pool if _value_ok(q, low, high)), None)
            if hit is not None:
                pool.remove(hit)
                found += 1
        ok = found == len(case.expected) and not pool
        return found == len(case.expected), ok, None
    if not over:
        return False, False, None if not case.units else False
    low, high = case.expected[0]
    right = [q for q in over if _value_ok(q, low, high)]
    unit = None
    if case.units:
        pool = right or over
        unit = any(q.unit in case.units for q in pool)
    return True, bool(right), unit


def run(peer: Path, model: str | None, failures: bool) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))  # this checkout's package, not another installed one
    from pipeline import extract, get_pipeline

    nlp = get_pipeline(model)
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 5))
    for case in cases(peer):
        claims = extract(case.text, nlp=nlp)
        quantities = [c.quantity for c in claims if c.kind == "quantity" and c.quantity]
        found, value, unit = judge(case, quantities)
        for key in (case.form, "all"):
            row = table[case.suite][key]
            row[0] += 1
            row[1] += found
            row[2] += value
            if unit is not None:
                row[3] += 1
                row[4] += unit
        if failures and (not value or unit is False):
            got = [(q.text, q.low, q.high, q.unit) for q in quantities]
            print(
                f"FAIL {case.suite}/{case.form}: {case.text!r} want {case.expected} "
                f"{case.units or ''} got {got}",
                file=sys.stderr,
            )
    return {s: dict(rows) for s, rows in table.items()}


def markdown(table: dict[str, Any], suites: Sequence[str] = SUITES) -> str:
    """The table of ``run`` (or any ``{suite: {form: counts}}``) in Markdown, totals last."""
    lines = [
        "| suite | form | cases | found | value right | unit right |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for suite in suites:
        rows = table.get(suite, {})
        for form in sorted(rows, key=lambda f: (f == "all", f)):
            n, found, value, nu, unit = rows[form]
            name = "**all**" if form == "all" else form
            unit_cell = f"{unit}/{nu}" if nu else "-"
            lines.append(
                f"| {suite} | {name} | {n} | {found / n:.2f} | {value / n:.2f} | {unit_cell} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    parser.add_argument("--model", default=None)
    parser.add_argument("--failures", action="store_true", help="list failing cases on stderr")
    args = parser.parse_args(argv)
    if not args.peer.is_dir():
        print(f"no peer data at {args.peer}", file=sys.stderr)
        return 2
    print(markdown(run(args.peer, args.model, args.failures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
