"""Scoring of claim records against gold (pipeline.evaluation); figures computed by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pipeline.evaluation import score
from pipeline.evaluation.commands import evaluate

ACC_KEYS = ["value", "approx", "unit", "category", "hedged", "actors.country",
            "places.country", "times.value", "sources.kind"]
PRF_KEYS = ["claim", "claim_quantity", "claim_statement", "actors", "places", "times",
            "sources"]


def span(text: str, sub: str, after: int = 0) -> dict[str, Any]:
    """Span dict of the first occurrence of ``sub`` in ``text`` at or after ``after``."""
    start = text.index(sub, after)
    return {"text": sub, "start": start, "end": start + len(sub)}


def sentence_of(text: str, sub: str) -> dict[str, Any]:
    return span(text, sub)


def gold_claim(kind: str, sentence: str, quantity: dict | None = None, **fields: Any) -> dict:
    claim = {"kind": kind, "sentence": sentence, "quantity": quantity, "actors": [],
             "places": [], "times": [], "sources": [], "hedged": False}
    claim.update(fields)
    return claim


def gold_q(text: str, low: float | None, high: float | None, approx: bool = False,
           unit: str | None = None, category: str = "other") -> dict:
    return {"text": text, "low": low, "high": high, "approx": approx, "unit": unit,
            "category": category}


def pred_claim(doc_id: str, text: str, kind: str, sentence: str,
               quantity: tuple[str, dict] | None = None, **fields: Any) -> dict:
    """A predicted record; quantity is (text in sentence, attributes)."""
    sent = span(text, sentence)
    claim: dict[str, Any] = {"doc_id": doc_id, "kind": kind, "sentence": sent,
                             "quantity": None, "actors": [], "places": [], "times": [],
                             "sources": [], "hedged": False}
    if quantity is not None:
        qtext, attrs = quantity
        claim["quantity"] = {**span(text, qtext, sent["start"]), "low": None, "high": None,
                             "approx": False, "unit": None, "unit_text": None,
                             "category": "other", **attrs}
    claim.update(fields)
    return claim


# ----------------------------------------------------------------- claim P/R/F1

S1 = "Secondo il ministero, 300 soldati sono arrivati a Kiev."
S2 = "Le vittime sono 12 e i feriti 40."
S3 = "Gli analisti ritengono che la Russia possa attaccare ancora."
S4 = "Il governo ha smentito."
TEXT_A = " ".join([S1, S2, S3, S4])


def doc_a() -> dict:
    return {"doc_id": "a", "text": TEXT_A, "date": None, "claims": [
        gold_claim("quantity", S1, gold_q("300", 300, 300, unit="soldato",
                                          category="personnel")),
        gold_claim("quantity", S2, gold_q("12", 12, 12, unit="vittima", category="casualties")),
        gold_claim("statement", S3),
    ]}


def test_claim_prf_by_kind() -> None:
    preds = [
        # matches gold "300" (quantity texts overlap)
        pred_claim("a", TEXT_A, "quantity", S1, ("300 soldati", {"low": 300, "high": 300})),
        # right sentence, wrong number: does not match gold "12" -> FP, and gold "12" is FN
        pred_claim("a", TEXT_A, "quantity", S2, ("40", {"low": 40, "high": 40})),
        # matches the gold statement
        pred_claim("a", TEXT_A, "statement", S3),
        # statement where gold has none -> FP
        pred_claim("a", TEXT_A, "statement", S4),
    ]
    report = score([doc_a()], preds).to_json()
    # all: tp 2, fp 2, fn 1 -> P = 2/4, R = 2/3, F1 = 2PR/(P+R) = (2/3)/(7/6) = 4/7
    assert report["claim"]["tp"] == 2 and report["claim"]["fp"] == 2
    assert report["claim"]["fn"] == 1
    assert report["claim"]["p"] == pytest.approx(0.5)
    assert report["claim"]["r"] == pytest.approx(2 / 3)
    assert report["claim"]["f1"] == pytest.approx(4 / 7)
    # quantity: tp 1, fp 1, fn 1 -> 1/2, 1/2, 1/2
    assert report["claim_quantity"]["p"] == pytest.approx(0.5)
    assert report["claim_quantity"]["r"] == pytest.approx(0.5)
    assert report["claim_quantity"]["f1"] == pytest.approx(0.5)
    # statement: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
    assert report["claim_statement"]["p"] == pytest.approx(0.5)
    assert report["claim_statement"]["r"] == pytest.approx(1.0)
    assert report["claim_statement"]["f1"] == pytest.approx(2 / 3)


def test_kind_must_agree() -> None:
    # a statement predicted on the quantity sentence S1 matches nothing
    preds = [pred_claim("a", TEXT_A, "statement", S1)]
    report = score([doc_a()], preds).to_json()
    # tp 0, fp 1, fn 3
    assert (report["claim"]["tp"], report["claim"]["fp"], report["claim"]["fn"]) == (0, 1, 3)
    assert report["claim"]["f1"] == 0.0


def test_sentence_overlap_not_equality() -> None:
    # the predicted sentence is cut short ("Le vittime sono 12") but overlaps the gold one
    pred = pred_claim("a", TEXT_A, "quantity", S2, ("12", {"low": 12, "high": 12}))
    pred["sentence"] = span(TEXT_A, "Le vittime sono 12")
    report = score([doc_a()], [pred]).to_json()
    # tp 1, fp 0, fn 2 -> P 1, R 1/3
    assert report["claim"]["p"] == pytest.approx(1.0)
    assert report["claim"]["r"] == pytest.approx(1 / 3)


def test_predictions_of_other_documents_are_ignored() -> None:
    preds = [pred_claim("zz", TEXT_A, "statement", S3)]
    report = score([doc_a()], preds)
    assert report.ignored_predictions == 1
    # tp 0, fp 0, fn 3
    assert report.to_json()["claim"]["fp"] == 0
    assert report.to_json()["claim"]["fn"] == 3


# ----------------------------------------------------------------- one-to-one greediness

S_MIX = "Sono morti 3 civili e 23 soldati."


def test_repeated_gold_quantity_text_prefers_whole_word() -> None:
    # gold "3" occurs as a word ("3 civili") and inside "23": only the word counts
    doc = {"doc_id": "m", "text": S_MIX, "claims": [
        gold_claim("quantity", S_MIX, gold_q("3", 3, 3)),
        gold_claim("quantity", S_MIX, gold_q("23", 23, 23)),
    ]}
    preds = [
        pred_claim("m", S_MIX, "quantity", S_MIX, ("23 soldati", {"low": 23, "high": 23})),
        pred_claim("m", S_MIX, "quantity", S_MIX, ("3 civili", {"low": 3, "high": 3})),
    ]
    report = score([doc], preds).to_json()
    # both matched to the right gold: tp 2 and both values correct (2/2)
    assert report["claim"]["tp"] == 2 and report["claim"]["fp"] == 0
    assert report["value"] == {"acc": 1.0, "n": 2, "correct": 2}


def test_one_prediction_per_gold_claim() -> None:
    doc = {"doc_id": "m", "text": S_MIX, "claims": [
        gold_claim("quantity", S_MIX, gold_q("3", 3, 3))]}
    preds = [
        pred_claim("m", S_MIX, "quantity", S_MIX, ("3", {"low": 3, "high": 3})),
        pred_claim("m", S_MIX, "quantity", S_MIX, ("3 civili", {"low": 3, "high": 3})),
    ]
    report = score([doc], preds).to_json()
    # one gold, two candidates: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3
    assert (report["claim"]["tp"], report["claim"]["fp"], report["claim"]["fn"]) == (1, 1, 0)
    assert report["claim"]["f1"] == pytest.approx(2 / 3)


def test_greedy_takes_best_overlap_first() -> None:
    text = "Arrivano 150 uomini e 20 mezzi."
    doc = {"doc_id": "g", "text": text, "claims": [
        gold_claim("quantity", text, gold_q("150", 150, 150)),
        gold_claim("quantity", text, gold_q("20", 20, 20)),
    ]}
    # A is a too-long span covering both numbers; B is exactly "150".
    # Jaccard: (150, B) = 3/3 = 1.0; (150, A) = 3/15; (20, A) = 2/15.
    # Best first: 150 <- B, then 20 <- A: tp 2. (First-come would give 150 <- A, B unmatched.)
    preds = [
        pred_claim("g", text, "quantity", text, ("150 uomini e 20", {"low": 20, "high": 20})),
        pred_claim("g", text, "quantity", text, ("150", {"low": 150, "high": 150})),
    ]
    report = score([doc], preds).to_json()
    assert (report["claim"]["tp"], report["claim"]["fp"], report["claim"]["fn"]) == (2, 0, 0)
    assert report["value"]["correct"] == 2


# ----------------------------------------------------------------- quantity attributes

S_Q1 = "Oltre 400 soldati sono partiti."
S_Q2 = "Il costo supera 1,5 milioni di euro."
S_Q3 = "Sono arrivate una sessantina di persone."
TEXT_Q = " ".join([S_Q1, S_Q2, S_Q3])


def test_value_approx_unit_category_accuracy() -> None:
    doc = {"doc_id": "q", "text": TEXT_Q, "claims": [
        gold_claim("quantity", S_Q1, gold_q("Oltre 400", 400, None, False, "soldato",
                                            "personnel")),
        gold_claim("quantity", S_Q2, gold_q("1,5 milioni", 1_500_000, 1_500_000, False,
                                            "euro", "money")),
        gold_claim("quantity", S_Q3, gold_q("una sessantina", 60, 60, True, "persona",
                                            "people")),
    ]}
    preds = [
        # value right (high None == None); unit differs only in case -> right; all right
        pred_claim("q", TEXT_Q, "quantity", S_Q1,
                   ("Oltre 400", {"low": 400, "high": None, "unit": "Soldato",
                                  "category": "personnel"})),
        # value within 1e-6 relative tolerance -> right; approx wrong; unit wrong
        pred_claim("q", TEXT_Q, "quantity", S_Q2,
                   ("1,5 milioni", {"low": 1_500_000.4, "high": 1_500_000, "approx": True,
                                    "unit": "milione", "category": "money"})),
        # high is 600 instead of 60 -> value wrong; category wrong
        pred_claim("q", TEXT_Q, "quantity", S_Q3,
                   ("sessantina", {"low": 60, "high": 600, "approx": True,
                                   "unit": "persona", "category": "other"})),
    ]
    report = score([doc], preds)
    figures = report.to_json()
    assert figures["claim"]["tp"] == 3
    assert figures["value"] == {"acc": pytest.approx(2 / 3), "n": 3, "correct": 2}
    assert figures["approx"] == {"acc": pytest.approx(2 / 3), "n": 3, "correct": 2}
    assert figures["unit"] == {"acc": pytest.approx(2 / 3), "n": 3, "correct": 2}
    assert figures["category"] == {"acc": pytest.approx(2 / 3), "n": 3, "correct": 2}
    mismatches = {(e["level"], e["sentence"]) for e in report.errors if e["type"] == "mismatch"}
    assert mismatches == {("approx", S_Q2), ("unit", S_Q2), ("value", S_Q3),
                          ("category", S_Q3)}
    value_error = next(e for e in report.errors if e["level"] == "value")
    assert value_error["gold"] == [60, 60] and value_error["pred"] == [60, 600]


def test_low_none_must_match_none() -> None:
    text = "Fino a 30mila persone."
    doc = {"doc_id": "n", "text": text, "claims": [
        gold_claim("quantity", text, gold_q("Fino a 30mila", None, 30000))]}
    preds = [pred_claim("n", text, "quantity", text, ("30mila", {"low": 30000, "high": 30000}))]
    # matched, but low 30000 != None -> 0/1
    assert score([doc], preds).to_json()["value"]["correct"] == 0


# ----------------------------------------------------------------- fields and attributes

S_F = ("Secondo fonti occidentali, nei prossimi mesi i soldati nordcoreani potrebbero "
       "tornare a Kursk da Mosca insieme alla Russia.")


def test_field_prf_containment_and_attributes() -> None:
    gold = gold_claim(
        "statement", S_F, hedged=True,
        actors=[{"text": "soldati nordcoreani", "country": "PRK"},
                {"text": "Russia", "country": "RUS"},
                {"text": "Ucraina", "country": "UKR"}],
        places=[{"text": "Kursk"}, {"text": "Mosca", "country": "RUS"}],
        times=[{"text": "nei prossimi mesi", "value": None}],
        sources=[{"text": "fonti occidentali", "kind": "anonymous"}],
    )
    doc = {"doc_id": "f", "text": S_F, "claims": [gold]}
    pred = pred_claim(
        "f", S_F, "statement", S_F, hedged=True,
        # "Nordcoreani" inside "soldati nordcoreani" (case-insensitive) -> match;
        # "Russia" and "alla Russia" both contain gold "Russia": the exact one wins,
        # one-to-one leaves "alla Russia" spurious
        actors=[{**span(S_F, "nordcoreani"), "text": "Nordcoreani", "country": "PRK"},
                {**span(S_F, "Russia"), "country": "RUS"},
                {"text": "alla Russia", "start": 0, "end": 0, "country": None}],
        # Kursk matches (gold has no country: not counted); Mosca has country wrong
        places=[{**span(S_F, "Kursk"), "country": "RUS"},
                {**span(S_F, "Mosca"), "country": None}],
        # "prossimi mesi" inside the gold text; value null == gold null -> correct
        times=[{**span(S_F, "prossimi mesi"), "value": None}],
        # "fonti" inside "fonti occidentali"; kind wrong
        sources=[{**span(S_F, "fonti"), "kind": "media"}],
    )
    report = score([doc], [pred])
    f = report.to_json()
    # actors: gold 3, pred 3, matched 2 (nordcoreani, Russia) -> tp 2 fp 1 fn 1
    assert (f["actors"]["tp"], f["actors"]["fp"], f["actors"]["fn"]) == (2, 1, 1)
    assert f["actors"]["p"] == pytest.approx(2 / 3) and f["actors"]["r"] == pytest.approx(2 / 3)
    # actors.country: PRK == PRK, and the exact "Russia" (RUS) took gold Russia -> 2/2
    assert f["actors.country"] == {"acc": 1.0, "n": 2, "correct": 2}
    # places: tp 2 fp 0 fn 0; places.country only where gold has it (Mosca): RUS vs None -> 0/1
    assert (f["places"]["tp"], f["places"]["fp"], f["places"]["fn"]) == (2, 0, 0)
    assert f["places.country"] == {"acc": 0.0, "n": 1, "correct": 0}
    # times: tp 1; gold value null, predicted null -> 1/1
    assert f["times"]["f1"] == pytest.approx(1.0)
    assert f["times.value"] == {"acc": 1.0, "n": 1, "correct": 1}
    # sources: tp 1; kind anonymous vs media -> 0/1
    assert f["sources"]["tp"] == 1
    assert f["sources.kind"] == {"acc": 0.0, "n": 1, "correct": 0}
    assert f["hedged"] == {"acc": 1.0, "n": 1, "correct": 1}
    levels = sorted((e["type"], e["level"]) for e in report.errors)
    assert levels == [("mismatch", "places.country"), ("mismatch", "sources.kind"),
                      ("missed", "actors"), ("spurious", "actors")]
    missed = next(e for e in report.errors if e["type"] == "missed")
    assert missed["gold"]["text"] == "Ucraina" and missed["doc_id"] == "f"


def test_predicted_value_must_match_gold_null() -> None:
    text = "Nei prossimi mesi arriveranno 500 soldati."
    gold = gold_claim("quantity", text, gold_q("500", 500, 500),
                      times=[{"text": "Nei prossimi mesi", "value": None}])
    pred = pred_claim("t", text, "quantity", text, ("500", {"low": 500, "high": 500}),
                      times=[{**span(text, "Nei prossimi mesi"), "value": "2025-09"}])
    f = score([{"doc_id": "t", "text": text, "claims": [gold]}], [pred]).to_json()
    # gold gives value (null): counted, 2025-09 != null -> 0/1
    assert f["times.value"] == {"acc": 0.0, "n": 1, "correct": 0}


def test_fields_and_hedged_only_on_matched_claims() -> None:
    gold = doc_a()
    gold["claims"][2]["hedged"] = True
    gold["claims"][2]["actors"] = [{"text": "Russia", "country": "RUS"}]
    preds = [
        pred_claim("a", TEXT_A, "statement", S3, hedged=False,
                   actors=[{**span(TEXT_A, "la Russia"), "country": "RUS"}]),
        # unmatched (FP) claim: its actors and hedged are not scored
        pred_claim("a", TEXT_A, "statement", S4, hedged=True,
                   actors=[{**span(TEXT_A, "governo"), "country": "ITA"}]),
    ]
    f = score([gold], preds).to_json()
    # one matched claim: hedged True vs False -> 0/1; actors tp 1 fp 0 fn 0
    assert f["hedged"] == {"acc": 0.0, "n": 1, "correct": 0}
    assert (f["actors"]["tp"], f["actors"]["fp"], f["actors"]["fn"]) == (1, 0, 0)
    # unmatched gold quantity claims: their fields are not counted either
    assert f["value"]["n"] == 0


# ----------------------------------------------------------------- edges and shapes


def test_empty_scores_are_zero_with_counts() -> None:
    report = score([], [])
    f = report.to_json()
    assert list(f) == PRF_KEYS + ACC_KEYS
    for key in PRF_KEYS:
        assert f[key] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    for key in ACC_KEYS:
        assert f[key] == {"acc": 0.0, "n": 0, "correct": 0}
    assert "claim" in report.to_text()


def test_gold_sentence_found_despite_whitespace() -> None:
    text = "Il governo  ha inviato\n200 soldati."
    doc = {"doc_id": "w", "text": text, "claims": [
        gold_claim("quantity", "Il governo ha inviato 200 soldati.", gold_q("200", 200, 200))]}
    pred = {"doc_id": "w", "kind": "quantity",
            "sentence": {"text": text, "start": 0, "end": len(text)},
            "quantity": {**span(text, "200"), "low": 200, "high": 200, "approx": False,
                         "unit": None, "category": "other"},
            "actors": [], "places": [], "times": [], "sources": [], "hedged": False}
    report = score([doc], [pred])
    assert report.to_json()["claim"]["tp"] == 1
    assert report.unlocated == []


def test_unlocated_gold_sentence_counts_as_missed() -> None:
    doc = {"doc_id": "u", "text": S4, "claims": [gold_claim("statement", "Frase assente.")]}
    report = score([doc], [pred_claim("u", S4, "statement", S4)])
    f = report.to_json()
    assert (f["claim"]["tp"], f["claim"]["fp"], f["claim"]["fn"]) == (0, 1, 1)
    assert report.unlocated == [{"doc_id": "u", "sentence": "Frase assente."}]


# ----------------------------------------------------------------- command


@pytest.fixture
def app() -> typer.Typer:
    application = typer.Typer()
    application.command()(evaluate)
    return application


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_command_json_and_errors(app: typer.Typer, tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc_a()])
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        pred_claim("a", TEXT_A, "quantity", S1, ("300", {"low": 300, "high": 300,
                                                          "unit": "soldato",
                                                          "category": "personnel"})),
        pred_claim("a", TEXT_A, "statement", S4),
    ])
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, [str(gold), "--pred", str(pred), "--json",
                                      "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    f = json.loads(result.stdout)
    # tp 1, fp 1 (S4), fn 2 (gold "12", statement S3) -> P 1/2, R 1/3
    assert f["claim"]["p"] == pytest.approx(0.5)
    assert f["claim"]["r"] == pytest.approx(1 / 3)
    assert f["value"] == {"acc": 1.0, "n": 1, "correct": 1}
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted((r["type"], r["level"], r["sentence"]) for r in rows) == sorted([
        ("missed", "claim", S2), ("missed", "claim", S3), ("spurious", "claim", S4)])


def test_command_prints_table(app: typer.Typer, tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc_a()])
    pred = write_jsonl(tmp_path / "pred.jsonl", [])
    result = CliRunner().invoke(app, [str(gold), "--pred", str(pred)])
    assert result.exit_code == 0
    assert "claim_quantity" in result.stdout and "documents: 1" in result.stdout


def test_command_bad_prediction_line(app: typer.Typer, tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc_a()])
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(pred_claim("a", TEXT_A, "statement", S3)) + "\n{oops\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, [str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert f"{pred}:2: invalid JSON" in result.stderr


def test_command_bad_gold_line(app: typer.Typer, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "x", "text": "Ciao."}\n', encoding="utf-8")
    pred = write_jsonl(tmp_path / "pred.jsonl", [])
    result = CliRunner().invoke(app, [str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert f"{gold}:1: missing key(s) claims" in result.stderr
