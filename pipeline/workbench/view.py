"""``claims view``: one self-contained HTML page to see what was extracted from a batch.

The page has an index of the documents with their claim counts, then each document's
text with the spans of its claims highlighted by kind (quantity, actor, place, time,
source, hedge cue; the colours of a displaCy span view), and one card per claim with
its normalised values. Clicking a highlight opens the cards of its claims; hovering a
card lights up its spans. CSS and script are inline: the page fetches nothing.

Every piece of document text is HTML-escaped. Highlights are cut only at span
boundaries (not per token), so the markup grows with the number of claims, not with
the length of the text: a 5 MB document stays a page a browser opens in a few seconds.

Without the document texts (records only), each document shows the sentences that hold
its claims, in order, with ``[…]`` for what lies between.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("quantity", "hedge", "source", "actor", "place", "time")  # paint order: first wins
COLOURS = {
    "quantity": "#ffd166",
    "actor": "#a0c4ff",
    "place": "#9be7a8",
    "time": "#d7b8ff",
    "source": "#ffadad",
    "hedge": "#f6c1ee",
}
GAP = "\n[…]\n"


@dataclass
class DocumentView:
    """One document of the page: its id, the text shown and its claim records."""

    doc_id: str
    text: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    date: str | None = None


def group_records(
    records: Iterable[dict[str, Any]], texts: Mapping[str, str] | None = None
) -> list[DocumentView]:
    """Documents in order of first appearance (records first, then texts without any)."""
    docs: dict[str, DocumentView] = {}
    for record in records:
        view = docs.get(record["doc_id"])
        if view is None:
            view = docs[record["doc_id"]] = DocumentView(
                record["doc_id"], meta=record.get("meta") or {}, date=record.get("document_date")
            )
        view.records.append(record)
    for doc_id, text in (texts or {}).items():
        docs.setdefault(doc_id, DocumentView(doc_id)).text = text
    return list(docs.values())


def render_page(docs: list[DocumentView], title: str = "Claims") -> str:
    """The whole HTML page for ``docs``."""
    total = sum(len(d.records) for d in docs)
    models = sorted({r.get("model", "") for d in docs for r in d.records} - {""})
    parts = [
        "<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        # No network: block every fetch the page could try, even from a document's text.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
        f"<title>{_e(title)}</title>\n<style>{_css()}</style>\n</head>\n<body>\n",
        f"<header><h1>{_e(title)}</h1><p class=\"totals\">{len(docs)} documents, "
        f"{total} claims{' · model ' + _e(', '.join(models)) if models else ''}</p>",
        _legend(),
        "</header>\n",
        _index(docs),
    ]
    for n, doc in enumerate(docs):
        parts.append(_document(doc, n))
    parts.append(f"<script>{_SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(parts)


# ------------------------------------------------------------------------ pieces
def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _legend() -> str:
    chips = "".join(f'<span class="chip k-{k}">{k}</span>' for k in KINDS)
    return f'<p class="legend">{chips}</p>'


def _index(docs: list[DocumentView]) -> str:
    rows = []
    for n, doc in enumerate(docs):
        kinds = Counter(r["kind"] for r in doc.records)
        title = doc.meta.get("title") or ""
        rows.append(
            f'<tr><td><a href="#doc-{n}">{_e(doc.doc_id)}</a></td><td>{_e(title)}</td>'
            f"<td>{_e(doc.date or '')}</td><td class=\"num\">{len(doc.records)}</td>"
            f'<td class="num">{kinds["quantity"]}</td><td class="num">{kinds["statement"]}</td>'
            f'<td class="num">{sum(bool(r.get("hedged")) for r in doc.records)}</td></tr>'
        )
    return (
        '<nav id="index"><table class="index"><thead><tr><th>document</th><th>title</th>'
        "<th>date</th><th>claims</th><th>quantity</th><th>statement</th><th>hedged</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></nav>\n"
    )


def _document(doc: DocumentView, n: int) -> str:
    text, shift, partial = _shown_text(doc)
    spans = _spans(doc.records, shift)
    note = (
        '<p class="note">Text not given: the sentences that hold claims, in order.</p>'
        if partial
        else ""
    )
    url = doc.meta.get("url")
    link = f' <a class="src" href="{_e(url)}" rel="noreferrer">{_e(url)}</a>' if url else ""
    cards = "".join(_card(r, f"{n}-{i}") for i, r in enumerate(doc.records))
    return (
        f'<section class="doc" id="doc-{n}"><h2>{_e(doc.doc_id)}'
        f'<span class="count">{len(doc.records)} claims</span></h2>{link}{note}'
        f'<div class="cols"><div class="text">{_highlight(text, spans)}</div>'
        f'<div class="cards">{cards or "<p class=note>No claims.</p>"}</div></div>'
        "<p class=\"top\"><a href=\"#index\">↑ index</a></p></section>\n"
    )


def _shown_text(doc: DocumentView) -> tuple[str, dict[int, int], bool]:
    """The text to show, a map sentence start -> shift of offsets, and whether it is
    partial (sentences only: no text, or a text the records' offsets do not fit)."""
    if doc.text is not None and all(_fits(doc.text, r) for r in doc.records):
        return doc.text, {}, False
    sentences = sorted(
        {(r["sentence"]["start"], r["sentence"]["end"], r["sentence"]["text"]) for r in doc.records}
    )
    pieces, shift, pos, last_end = [], {}, 0, None
    for start, end, text in sentences:
        if last_end is not None and start < last_end:  # overlapping: keep the first
            continue
        if pieces:
            pieces.append(GAP)
            pos += len(GAP)
        shift[start] = pos - start
        pieces.append(text)
        pos += len(text)
        last_end = end
    return "".join(pieces), shift, True


def _fits(text: str, record: dict[str, Any]) -> bool:
    s = record["sentence"]
    return text[s["start"] : s["end"]] == s["text"]


def _items(record: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    if record.get("quantity"):
        yield "quantity", record["quantity"]
    for key, kind in (("actors", "actor"), ("places", "place"), ("times", "time")):
        for item in record.get(key) or []:
            yield kind, item
    for item in record.get("sources") or []:
        yield "source", item
    if record.get("hedge"):
        yield "hedge", record["hedge"]


def _spans(
    records: list[dict[str, Any]], shift: dict[int, int]
) -> dict[tuple[int, int, str], list[str]]:
    """(start, end, kind) in shown-text offsets -> ids of the claims that have it."""
    spans: dict[tuple[int, int, str], list[str]] = {}
    for record in records:
        delta = shift.get(record["sentence"]["start"], 0) if shift else 0
        if shift and record["sentence"]["start"] not in shift:
            continue
        for kind, item in _items(record):
            key = (item["start"] + delta, item["end"] + delta, kind)
            ids = spans.setdefault(key, [])
            if record["id"] not in ids:
                ids.append(record["id"])
    return spans


def _highlight(text: str, spans: dict[tuple[int, int, str], list[str]]) -> str:
    """``text`` escaped, each stretch covered by spans wrapped in one ``<mark>``."""
    bounds = sorted({0, len(text), *(b for s, e, _ in spans for b in (s, e))})
    starts: dict[int, list[tuple[int, int, str]]] = {}
    for key in spans:
        starts.setdefault(key[0], []).append(key)
    active: set[tuple[int, int, str]] = set()
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = {k for k in active if k[1] > a}
        active.update(starts.get(a, ()))
        piece = _e(text[a:b])
        if not active:
            out.append(piece)
            continue
        kinds = sorted({k[2] for k in active}, key=KINDS.index)
        ids = list(dict.fromkeys(i for k in sorted(active) for i in spans[k]))
        style = ""
        if len(kinds) > 1:
            bars = ", ".join(
                f"inset 0 -{3 * (j + 1)}px 0 {COLOURS[k]}" for j, k in enumerate(kinds[1:])
            )
            style = f' style="box-shadow: {bars}"'
        out.append(
            f'<mark class="hl k-{kinds[0]}" data-kinds="{" ".join(kinds)}" '
            f'data-claims="{_e(" ".join(ids))}" title="{_e(", ".join(kinds))}"{style}>'
            f"{piece}</mark>"
        )
    return "".join(out)


def _card(record: dict[str, Any], key: str) -> str:
    q = record.get("quantity")
    if q:
        headline = (
            f'<span class="chip k-quantity">{_e(q["category"])}</span> '
            f"«{_e(q['text'])}» → {_e(_bounds(q))} {_e(q.get('unit') or '')}"
        )
    else:
        headline = f'<span class="chip k-source">statement</span> {_e(_short(record))}'
    if record.get("hedged"):
        headline += ' <span class="chip k-hedge">hedged</span>'
    rows = [("kind", _e(record["kind"]))]
    if record.get("predicate"):
        p = record["predicate"]
        rows.append(("predicate", f"{_e(p['text'])} <i>({_e(p['lemma'])})</i>"))
    if q:
        rows += [
            ("quantity", f"«{_e(q['text'])}»"),
            ("low / high", f"{_e(_num(q['low']))} / {_e(_num(q['high']))}"),
            ("approx", _e(q["approx"])),
            ("unit", f"{_e(q.get('unit'))} <i>({_e(q.get('unit_text'))})</i>"),
            ("category", _e(q["category"])),
        ]
    for label, key_name, fmt in (
        ("actors", "actors", _actor),
        ("places", "places", _place),
        ("times", "times", _time),
        ("sources", "sources", _source),
    ):
        items = record.get(key_name) or []
        if items:
            rows.append((label, "<br>".join(fmt(i) for i in items)))
    hedge = record.get("hedge")
    rows.append(
        ("hedged", _e(record.get("hedged")) + (f" «{_e(hedge['text'])}»" if hedge else ""))
    )
    rows.append(("document date", _e(record.get("document_date") or "—")))
    rows.append(("sentence", _e(record["sentence"]["text"])))
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        f'<details class="card" id="card-{key}" data-claim="{_e(record["id"])}">'
        f'<summary><span class="cid">{_e(record["id"])}</span> {headline}</summary>'
        f"<table>{table}</table></details>"
    )


def _short(record: dict[str, Any], limit: int = 80) -> str:
    text = record["sentence"]["text"]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}".replace(",", " ") if isinstance(value, int) else str(value)


def _bounds(q: dict[str, Any]) -> str:
    low, high = q.get("low"), q.get("high")
    if low == high:
        return _num(low)
    if high is None:
        return f"≥ {_num(low)}"
    if low is None:
        return f"≤ {_num(high)}"
    return f"{_num(low)}–{_num(high)}"


def _actor(a: dict[str, Any]) -> str:
    return (
        f'<span class="chip k-actor">{_e(a["label"])}</span> «{_e(a["text"])}» → '
        f"{_e(a['name'])} ({_e(a.get('country') or '—')}, {_e(a['role'])})"
    )


def _place(p: dict[str, Any]) -> str:
    geo = f", GeoNames {_e(p['geonames_id'])}" if p.get("geonames_id") else ""
    return (
        f'<span class="chip k-place">{_e(p.get("type") or "place")}</span> «{_e(p["text"])}» → '
        f"{_e(p['name'])} ({_e(p.get('country') or '—')}{geo})"
    )


def _time(t: dict[str, Any]) -> str:
    days = ""
    if t.get("start_date"):
        days = f" [{_e(t['start_date'])} … {_e(t['end_date'])}]"
    value = _e(t.get("value") or "—")
    return f'<span class="chip k-time">time</span> «{_e(t["text"])}» → {value}{days}'


def _source(s: dict[str, Any]) -> str:
    return (
        f'<span class="chip k-source">{_e(s["kind"])}</span> «{_e(s["text"])}» '
        f"<i>cue: {_e(s['cue'])}</i>"
    )


def _css() -> str:
    kinds = "".join(f".k-{k}{{background:{c}}} " for k, c in COLOURS.items())
    return _CSS + kinds


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;
background:#fafafa}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;
z-index:2}
h1{font-size:20px;margin:0}h2{font-size:17px;margin:0 0 6px}
.totals{margin:2px 0;color:#555}.legend{margin:4px 0}
.chip{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;
margin-right:4px;color:#222}
nav{padding:12px 24px}table.index{border-collapse:collapse;background:#fff}
.index th,.index td{border:1px solid #ddd;padding:3px 8px;text-align:left}
.num{text-align:right}
.doc,.card,mark.hl{scroll-margin-top:120px}
.doc{margin:16px 24px;padding:12px 16px;background:#fff;border:1px solid #ddd;border-radius:6px}
.count{font-weight:400;color:#666;font-size:13px;margin-left:8px}
.cols{display:flex;gap:20px;align-items:flex-start}
.text{flex:3;white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;
font-size:16px;line-height:1.9;max-height:80vh;overflow-y:auto}
.cards{flex:2;max-height:80vh;overflow-y:auto}
mark.hl{border-radius:3px;padding:1px 0;cursor:pointer;color:inherit}
mark.hl.focus{outline:2px solid #d00}
.card{border:1px solid #ddd;border-radius:5px;margin:0 0 6px;background:#fcfcfc}
.card summary{cursor:pointer;padding:4px 8px}.card[open]{background:#fff;border-color:#999}
.card.flash{box-shadow:0 0 0 3px #f90}
.card table{border-collapse:collapse;margin:0 8px 8px;font-size:13px}
.card th{text-align:left;vertical-align:top;color:#555;padding:2px 8px 2px 0;white-space:nowrap}
.card td{padding:2px 0}
.cid{font-family:monospace;color:#555}.note{color:#777;font-style:italic}
.src{font-size:13px;color:#555}.top{font-size:13px;margin:6px 0 0}
"""

_SCRIPT = """
(function(){
  function cards(ids){
    return ids.split(' ').map(function(id){
      return document.querySelector('details.card[data-claim="'+CSS.escape(id)+'"]');
    }).filter(Boolean);
  }
  document.addEventListener('click', function(ev){
    var mark = ev.target.closest('mark.hl');
    if(!mark) return;
    var found = cards(mark.dataset.claims);
    found.forEach(function(c){
      c.open = true; c.classList.add('flash');
      setTimeout(function(){ c.classList.remove('flash'); }, 1200);
    });
    if(found.length) found[0].scrollIntoView({block:'nearest'});
  });
  function light(card, on){
    var sel = 'mark.hl[data-claims~="'+CSS.escape(card.dataset.claim)+'"]';
    var doc = card.closest('section');
    doc.querySelectorAll(sel).forEach(function(m){ m.classList.toggle('focus', on); });
  }
  document.querySelectorAll('details.card').forEach(function(card){
    card.addEventListener('mouseenter', function(){ light(card, true); });
    card.addEventListener('mouseleave', function(){ light(card, false); });
    card.addEventListener('toggle', function(){
      if(!card.open) return;
      var m = card.closest('section').querySelector(
        'mark.hl[data-claims~="'+CSS.escape(card.dataset.claim)+'"]');
      if(m) m.scrollIntoView({block:'nearest'});
    });
  });
})();
"""
