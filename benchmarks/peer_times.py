"""Coverage benchmark: the peer Italian time suites run through the claim extractor.

    python benchmarks/peer_times.py [--data ../shared/data/peer] [--model M] [--misses]

Suites (``../shared/data/peer``, see its README): ``duckling_time_it.json`` (Duckling's
Italian time corpus, reference time 2013-02-12, each expression put into a future-tense
attributed sentence) and ``recognizers_time_it.json`` (Microsoft Recognizers-Text's
Italian date-time specs, each sentence prefixed with "Secondo la polizia, " so that it
yields a statement claim; the case's reference date is the document date).

A case is **found** when a time item of some claim overlaps the case's span, and
**right** when such an item carries the expected value. Two figures are printed:

- ``peer``: every case the converted suite does not ``skip``, against the peer's own
  value (how the issue's 27-29% were counted);
- ``spec``: the **spec-relevant** cases, against the value our guideline
  (``../shared/spec/guidelines.md``, section 13) gives the same text. The peers' skips
  stay out (times of day without a date, weeks and weekends as Duckling models them,
  durations, sets, open intervals without an anchor), and so do:

  * numbered rolling windows (*gli ultimi 2 giorni*, *i prossimi 3 mesi*, *le 3 settimane
    precedenti*) and spans anchored to another event (*3 settimane dopo*): [TM3] makes
    them duration quantities, not times;

  Where the guideline fixes another value form than the peer, the case stays and its
  expected value is rewritten to the guideline's, derived from the peer's value:

  * *X giorni/settimane/mesi/anni fa* (and *fra X ...*): the precision of the finest unit
    named ([TM8]:
    day, ISO week, month, year); vague counts (*pochi giorni fa*) are ``null``;
  * seasons: meteorological months ([TM9]: summer 06-08), not astronomical;
  * a range of two endpoints (*dal 13 al 15 luglio*, *tra il 2008 e il 2010*, *13-15
    luglio*): two items ([TM5]); right when the first and last items inside the span carry
    the interval's start and end;
  * *il resto della settimana / del mese / dell'anno*: the containing calendar unit ([TM9]);
  * decades (*anni '70*, *anni 2000*, *il prossimo decennio*): ``null`` ([TM12]).

Output: Markdown tables, per suite and per form (the peer's ``category``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extraction import extract_many  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "peer"
PREFIX = "Secondo la polizia, "
NOT_RELEVANT = object()
RANGE = re.compile(
    r"\b(?:dal|dalla|dall['’]|da|tra|fra|nel)\b.*\b(?:al|alla|all['’]|a|ad|e|fino)\b"
    r"|\d\s*-\s*\d|\w\s+-\s+\w",
    re.IGNORECASE,
)
WINDOW = re.compile(
    r"\b(?:ultim|prossim|scors|passat|precedent)\w*\s+(?:\d+|[a-z]+)\s+"
    r"(?:giorn|settiman|mes|ann|decenn)\w*"
    r"|\b(?:\d+|due|tre|diversi|[a-z]+)\s+(?:giorn|settiman|mes|ann|decenn)\w*\s+"
    r"(?:passat|scors|precedent|prossim)\w*"
    r"|\bdopo$|\bprima$",
    re.IGNORECASE,
)
NUMBER_WORDS = r"(?:\d+|un[oa]?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)"


def _cases(data: Path) -> list[dict[str, Any]]:
    """Every non-skipped case as {suite, category, text, span, date, peer, spec}."""
    out = []
    duck = json.loads((data / "duckling_time_it.json").read_text(encoding="utf-8"))
    template = duck["template"]
    date = duck["reference_time"][:10]
    for case in duck["cases"]:
        if case.get("skip"):
            continue
        start = template.index("{X}")
        text = template.replace("{X}", case["input"])
        span = (start, start + len(case["input"]))
        peer = [case["expected"]]
        out.append(_case("duckling", case, text, span, date, peer))
    reco = json.loads((data / "recognizers_time_it.json").read_text(encoding="utf-8"))
    for case in reco["cases"]:
        if case.get("skip"):
            continue
        sentence = case["input"][:1].lower() + case["input"][1:]
        text = PREFIX + sentence
        start = len(PREFIX) + case["span"][0]
        span = (start, len(PREFIX) + case["span"][1])
        out.append(_case("recognizers", case, text, span, case["reference_date"],
                         list(case["expected"])))
    return out


def _case(suite: str, case: dict[str, Any], text: str, span: tuple[int, int], date: str,
          peer: list[str]) -> dict[str, Any]:
    phrase = text[span[0]:span[1]]
    return {
        "suite": suite,
        "category": case["category"],
        "text": text,
        "phrase": phrase,
        "span": span,
        "date": date,
        "peer": peer,
        "spec": _spec_values(phrase, case["category"], peer),
    }


def _spec_values(phrase: str, category: str, peer: list[str]) -> Any:
    """The values the guideline gives ``phrase`` (see the module docstring), a list of
    accepted alternatives, each a value or a ("range", start, end) pair; or NOT_RELEVANT."""
    lower = phrase.lower()
    if category.startswith("rolling window") or WINDOW.search(lower):
        return NOT_RELEVANT
    if re.search(r"\banni\s+(?!fa$)(?:['’]?\d|[a-z]+$)|\bdecenni", lower):
        return [None]  # decades: null ([TM12])
    relative = re.match(r"(?:fra|tra)\s+\S+\s+(?:giorn|settiman|mes|ann)", lower)
    if re.search(r"\bfa$|\bda\s+adesso$", lower) or relative:
        if re.search(r"\b(?:pochi|poche|qualche|alcuni|alcune|diversi|diverse)\b", lower):
            return [None]
        units = re.findall(rf"{NUMBER_WORDS}\s+(giorn|settiman|mes|ann)", lower)
        finest = min(units, key=["giorn", "settiman", "mes", "ann"].index) if units else None
        return [_precision(v, finest) for v in peer]
    if category.startswith("season"):
        return [_meteorological(v) for v in peer]
    if "resto" in lower:
        unit = "settiman" if "settiman" in lower else "mes" if "mese" in lower else "ann"
        return [_precision(v.split("/")[0], unit) for v in peer]
    if any("/" in v for v in peer) and RANGE.search(lower) and "trimestre" not in lower:
        return [("range", *v.split("/")) for v in peer if "/" in v]
    return peer


def _precision(value: str, unit: str | None) -> str:
    day = dt.date.fromisoformat(value) if len(value) == 10 else None
    if unit == "settiman" and day:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "mes":
        return value[:7]
    if unit == "ann":
        return value[:4]
    return value


def _meteorological(value: str) -> str:
    """``2013-06/2013-09`` (astronomical) -> ``2013-06/2013-08``."""
    first = value.split("/")[0]
    year, month = int(first[:4]), int(first[5:7])
    end = month + 2
    end_year, end = (year + 1, end - 12) if end > 12 else (year, end)
    return f"{first}/{end_year:04d}-{end:02d}"


def _items(claims: list[Any], span: tuple[int, int]) -> list[tuple[int, str | None]]:
    """(start, value) of the distinct time items overlapping ``span``, in text order."""
    seen = {}
    for claim in claims:
        for t in claim.times:
            if t.start < span[1] and span[0] < t.end:
                seen[(t.start, t.end)] = t.value
    return [(start, value) for (start, _end), value in sorted(seen.items())]


def _right(items: list[tuple[int, str | None]], expected: list[Any]) -> bool:
    values = [v for _, v in items]
    for want in expected:
        if isinstance(want, tuple):
            if len(values) >= 2 and values[0] == want[1] and values[-1] == want[2]:
                return True
        elif want in values:
            return True
    return False


def table(data: Path, model: str | None, misses: bool) -> dict[tuple[str, str, str], list[int]]:
    """(suite, basis, form) -> [cases, found, right], with ``form`` ``all`` for the totals."""
    cases = _cases(data)
    docs = [
        {"id": str(i), "text": c["text"], **({"date": c["date"]} if c["date"] else {})}
        for i, c in enumerate(cases)
    ]
    results = {r.doc_id: r for r in extract_many(docs, model=model)}
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for i, case in enumerate(cases):
        result = results[str(i)]
        if result.error:
            raise SystemExit(f"case {i} ({case['phrase']!r}): {result.error}")
        claims = result.claims
        items = _items(claims, case["span"])
        found = bool(items)
        for basis, expected in (("peer", case["peer"]), ("spec", case["spec"])):
            if expected is NOT_RELEVANT:
                continue
            right = found and _right(items, expected)
            for key in ((case["suite"], basis, "all"), (case["suite"], basis, case["category"])):
                row = counts[key]
                row[0] += 1
                row[1] += found
                row[2] += right
            if misses and basis == "spec" and not right:
                print(f"MISS {case['suite']:11} {case['phrase']!r} want {expected} got {items}",
                      file=sys.stderr)
    return dict(counts)


def run(data: Path, model: str | None, misses: bool) -> None:
    rows = table(data, model, misses)
    print("| suite | basis | form | cases | found | right | found % | right % |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for (suite, basis, form), (n, found, right) in sorted(
        rows.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] != "all", kv[0][2])
    ):
        print(f"| {suite} | {basis} | {form} | {n} | {found} | {right} | "
              f"{100 * found / n:.0f} | {100 * right / n:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None)
    parser.add_argument("--misses", action="store_true", help="list spec-relevant misses")
    args = parser.parse_args()
    run(args.data, args.model, args.misses)


if __name__ == "__main__":
    main()
