"""Every peer suite of ``../shared/data/peer/`` (numbers and times) in one Markdown table.

    python benchmarks/peer_suites.py [--peer ../shared/data/peer] [--model M] [--failures]

One entry point over the two benchmarks it reuses: ``peer_numbers.py`` (Duckling's numeral,
money, distance, volume and temperature corpora, text2num-rs, Recognizers-Text number and
number-with-unit specs) and ``peer_times.py`` (Duckling and Recognizers-Text time specs).
For each suite and each form (the peer's own category) it prints the usable cases and the
share *found* (a claim overlaps the expression), *value right* (with the expected value)
and *unit right* (number cases whose peer names a unit; times have none). Time suites are
scored on the guideline's values (``spec`` basis of ``peer_times.py``); their ``peer`` basis
is printed by ``peer_times.py`` itself.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import peer_numbers  # noqa: E402
import peer_times  # noqa: E402

Row = tuple[str, str, int, int, int, int, int]  # suite, form, cases, found, value, nu, unit


def number_rows(peer: Path, model: str | None, failures: bool) -> list[Row]:
    counts = peer_numbers.run(peer, model, failures)
    rows = []
    for suite in peer_numbers.SUITES:
        for form, (n, found, value, nu, unit) in counts.get(suite, {}).items():
            rows.append((suite, form, n, found, value, nu, unit))
    return rows


def time_rows(peer: Path, model: str | None, failures: bool) -> list[Row]:
    counts = peer_times.table(peer, model, failures)
    return [
        (f"{suite}_time_it", form, n, found, right, 0, 0)
        for (suite, basis, form), (n, found, right) in counts.items()
        if basis == "spec"
    ]


def markdown(rows: list[Row]) -> str:
    """One Markdown table, suites in name order, each suite's total last."""
    table: dict[str, dict[str, tuple[int, int, int, int, int]]] = {}
    for suite, form, n, found, value, nu, unit in rows:
        table.setdefault(suite, {})[form] = (n, found, value, nu, unit)
    return peer_numbers.markdown(table, sorted(table))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=peer_numbers.DEFAULT_PEER)
    parser.add_argument("--model", default=None)
    parser.add_argument("--failures", action="store_true", help="list failing cases on stderr")
    args = parser.parse_args(argv)
    if not args.peer.is_dir():
        print(f"no peer data at {args.peer}", file=sys.stderr)
        return 2
    rows = number_rows(args.peer, args.model, args.failures)
    rows += time_rows(args.peer, args.model, args.failures)
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
