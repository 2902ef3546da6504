"""Fuzz run of the batch path: random documents and broken lines through the reader and
``extract_many``, on the bundled and the blank pipelines; prints a Markdown table.

    python benchmarks/fuzz.py [--inputs 20000] [--seed 18] [--models bundled blank]

Inputs are JSONL lines written to a temporary file and read back with
:func:`pipeline.reading.iter_documents`: about 90% are documents made of Italian news
sentences with numbers of every size (up to 30 digits, with scale words such as *mila*,
*miliardi*, *bilioni*), signs (``-25 gradi``, ``+9,9%``, ``−0,5%``) and relative times
(*ieri*, *999 giorni fa*, *tra 5 anni*, *a marzo*), each with a document date drawn from
the whole calendar (0001-01-01 to 9999-12-31, its two ends included); the rest are broken
lines (random bytes, nesting 1000 deep, 5000-digit integers, NaN, lone surrogates, JSON
that is not a document). Counted, per pipeline:

- ``crashes``: an exception out of ``extract_many``, or a document failed by a component,
  the tokenizer or the record builder (an internal error, not an input error);
- ``dropped``: inputs with no result at all (every line must give a document or an error);
- ``input errors``: broken lines reported with file and line (expected, not a failure);
- ``bounds > cap``: quantities whose low or high exceeds ``CAP`` in magnitude;
- ``sign mismatches``: a quantity whose text starts with a minus sign (``-``, ``−``) and
  whose value is not negative, or a negative value without one ([V8]).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import extract_many, load_pipeline  # noqa: E402
from pipeline.reading import iter_documents  # noqa: E402

CAP = 1e15
INTERNAL = ("component ", "tokenizer failed", "building its records failed", "invalid claim")
SIGNED = re.compile(r"^\s*[-−]\s*\d")

UNITS = ["persone", "morti", "feriti", "euro", "dollari", "gradi", "soldati", "case", "km"]
SCALES = ["", "", "", " mila", " milioni", " miliardi", " bilioni", "mila"]
TIMES = [
    "ieri", "oggi", "domani", "la settimana scorsa", "il mese prossimo", "l'anno scorso",
    "999 giorni fa", "tra 5 anni", "a marzo", "lunedì", "il 3 gennaio", "nel 2024",
    "tra 9999 anni", "9000 anni fa", "a Natale", "la prossima estate",
]
TEMPLATES = [
    "Secondo la polizia, {time} sono morte {q} {unit} a Roma.",
    "{time} la temperatura è scesa a {q} {unit}.",
    "Il PIL è calato del {q}% {time}, ha detto l'Istat.",
    "(ANSA) - MILANO, 12 MAR - L'indice è salito a {q} punti {time}.",
    "Il governo ha stanziato {q} {unit} {time}, secondo fonti ufficiali.",
    "A renderlo noto è il ministero: {q} {unit} {time}.",
    "Le vendite sono variate del {q}% rispetto a {time}.",
    "{time} il titolo ha chiuso a {q} {unit}, in calo.",
]


def number(rng: random.Random) -> str:
    digits = rng.choice([1, 1, 2, 3, 4, 6, 9, 12, 16, 19, 24, 30])
    n = str(rng.randint(10 ** (digits - 1), 10**digits - 1))
    style = rng.random()
    if style < 0.3 and len(n) > 3:  # Italian thousands: 1.234.567
        n = f"{int(n):,}".replace(",", ".")
    elif style < 0.5:
        n += "," + str(rng.randint(0, 99))
    sign = rng.choice(["", "", "", "-", "+", "−", "- "])
    return sign + n + rng.choice(SCALES)


def calendar_date(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(["0001-01-01", "9999-12-31", "0003-01-01", "9999-01-01"])
    first, last = dt.date.min.toordinal(), dt.date.max.toordinal()
    return dt.date.fromordinal(rng.randint(first, last)).isoformat()


def document(rng: random.Random, k: int) -> bytes:
    sentences = [
        rng.choice(TEMPLATES).format(q=number(rng), unit=rng.choice(UNITS), time=rng.choice(TIMES))
        for _ in range(rng.randint(1, 3))
    ]
    text = " ".join(s[0].upper() + s[1:] for s in sentences)
    return json.dumps({"id": f"f{k}", "text": text, "date": calendar_date(rng)}).encode()


def broken(rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 80))).replace(b"\n", b" ")
    if kind == 1:
        return b'{"text":"x","m":' + b"[" * 1000 + b"]" * 1000 + b"}"
    if kind == 2:
        return b'{"text":"y","n":' + b"9" * 5000 + b"}"
    if kind == 3:
        return b'{"text":"Sono morte 3 persone.","x":NaN}'
    if kind == 4:
        return b'{"text":"Sono morte 3 persone \\ud800."}'
    if kind == 5:
        return json.dumps(rng.choice([[1, 2], "testo", 3, None, {"id": "z"}])).encode()
    return b'{"text": "' + "città".encode("latin-1") + b'"}'


def make_inputs(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [document(rng, k) if rng.random() < 0.9 else broken(rng) for k in range(count)]


def run(model: str, path: Path, lines: int) -> dict[str, float | int | str]:
    nlp = load_pipeline(model)
    counts = {"crashes": 0, "dropped": 0, "input errors": 0, "claims": 0,
              "bounds > cap": 0, "sign mismatches": 0}
    examples: dict[str, list[str]] = {"crashes": [], "bounds > cap": [], "sign mismatches": []}
    results = 0
    start = time.perf_counter()
    try:
        for result in extract_many(iter_documents([str(path)], on_warning=lambda w: None), nlp):
            results += 1
            if results % 2000 == 0:  # partial figures, for a run cut short
                print(f"{model}: {results} results {counts}", file=sys.stderr, flush=True)
            if result.error:
                internal = result.error.startswith(INTERNAL)
                counts["crashes" if internal else "input errors"] += 1
                if internal:
                    examples["crashes"].append(f"{result.doc_id}: {result.error}"[:160])
                continue
            for claim in result.claims:
                counts["claims"] += 1
                q = claim.quantity
                if q is None:
                    continue
                values = [v for v in (q.low, q.high) if v is not None]
                if any(abs(v) > CAP for v in values):
                    counts["bounds > cap"] += 1
                    examples["bounds > cap"].append(f"{q.text!r} -> {values}")
                signed = bool(SIGNED.match(q.text))
                if values and signed != any(v < 0 for v in values):
                    counts["sign mismatches"] += 1
                    examples["sign mismatches"].append(f"{q.text!r} -> {values}")
    except Exception as exc:  # noqa: BLE001  the run itself stopped: everything after is lost
        counts["crashes"] += 1
        examples["crashes"].append(f"run stopped: {exc!r}")
    counts["dropped"] = lines - results
    seconds = time.perf_counter() - start
    return {"model": model, **counts, "seconds": round(seconds, 1), "examples": examples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--models", nargs="+", default=["bundled", "blank"])
    parser.add_argument("--examples", type=int, default=3, help="examples shown per failure kind")
    args = parser.parse_args()
    inputs = make_inputs(args.inputs, args.seed)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_bytes(b"\n".join(inputs) + b"\n")
        for model in args.models:
            rows.append(run(model, path, len(inputs)))
            print(f"{model}: done in {rows[-1]['seconds']} s", file=sys.stderr)
    keys = ["model", "crashes", "dropped", "input errors", "claims", "bounds > cap",
            "sign mismatches", "seconds"]
    print(f"{args.inputs} inputs (seed {args.seed}), cap {CAP:g}\n")
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    for row in rows:
        for kind, found in row["examples"].items():  # type: ignore[union-attr]
            for example in found[: args.examples]:
                print(f"- {row['model']} {kind}: {example}")


if __name__ == "__main__":
    main()
