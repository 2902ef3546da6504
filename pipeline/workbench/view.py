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
import json
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
CARDS_PER_PAGE = 100  # claim cards shown at a time; also the size of each JSON block
CHUNK_CHARS = 8000  # text per lazily laid-out block
CHUNK_BREAK = '</div><div class="chunk">'


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
    return (
        f'<section class="doc" id="doc-{n}" data-n="{len(doc.records)}"><h2>{_e(doc.doc_id)}'
        f'<span class="count">{len(doc.records)} claims</span></h2>{link}{note}'
        f'<div class="cols"><div class="text"><div class="chunk">{_highlight(text, spans)}'
        '</div></div><div class="cards"><p class="pager"></p><div class="cardlist">'
        f"{'' if doc.records else '<p class=note>No claims.</p>'}</div></div></div>"
        + "".join(
            f'<script type="application/json" class="claims">{_claims_json(page)}</script>'
            for page in _pages(doc.records)
        )
        + '<p class="top"><a href="#index">↑ index</a></p></section>\n'
    )


def _pages(records: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    """The records in pages of ``CARDS_PER_PAGE`` (each page's JSON is parsed when shown)."""
    for start in range(0, len(records), CARDS_PER_PAGE):
        yield records[start : start + CARDS_PER_PAGE]


def _claims_json(records: list[dict[str, Any]]) -> str:
    """The records for the cards as JSON safe inside a ``<script>`` element (``<``, ``>``
    and ``&`` written as escapes): offsets, the sentence, page-wide and empty keys dropped."""
    data = json.dumps([_compact(r) for r in records], ensure_ascii=False, separators=(",", ":"))
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_QUANTITY_KEYS = ("text", "low", "high", "approx", "unit", "unit_text", "category")
_ITEM_KEYS = {
    "actors": ("text", "label", "name", "country", "role"),
    "places": ("text", "name", "country", "type", "geonames_id"),
    "times": ("text", "value", "start_date", "end_date"),
    "sources": ("text", "kind", "cue"),
}


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record["id"], "kind": record["kind"]}
    if record.get("predicate"):
        out["predicate"] = record["predicate"]
    if quantity := record.get("quantity"):
        out["quantity"] = {k: quantity.get(k) for k in _QUANTITY_KEYS}
    for key, fields in _ITEM_KEYS.items():
        if items := record.get(key):
            out[key] = [{f: item.get(f) for f in fields} for item in items]
    if record.get("hedged"):
        out["hedged"] = True
    if hedge := record.get("hedge"):
        out["hedge"] = hedge["text"]
    if date := record.get("document_date"):
        out["document_date"] = date
    return out


def _shown_text(doc: DocumentView) -> tuple[str, dict[int, int], bool]:
    """The text to show, a map sentence start -> shift of offsets, and whether it is
    partial (sentences only: no text, or a text the records' offsets do not fit)."""
    if doc.text is not None and all(_fits(doc.text, r) for r in doc.records):
        return doc.text, {}, False
    sentences = sorted(
        {(r["sentence"]["start"], r["sentence"]["end"], r["sentence"]["text"]) for r in doc.records}
    )
    pieces: list[str]
    shift: dict[int, int]
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
) -> dict[tuple[int, int, str], list[int]]:
    """(start, end, kind) in shown-text offsets -> indices of the claims that have it."""
    spans: dict[tuple[int, int, str], list[int]] = {}
    for n, record in enumerate(records):
        delta = 0
        if shift:
            if record["sentence"]["start"] not in shift:
                continue
            delta = shift[record["sentence"]["start"]]
        for kind, item in _items(record):
            claims = spans.setdefault((item["start"] + delta, item["end"] + delta, kind), [])
            if n not in claims:
                claims.append(n)
    return spans


def _highlight(
    text: str, spans: dict[tuple[int, int, str], list[int]], chunk: int = CHUNK_CHARS
) -> str:
    """``text`` escaped, each stretch covered by spans wrapped in one ``<mark>``, cut into
    blocks of about ``chunk`` characters at line ends outside any mark (the browser lays
    out only the blocks on screen: ``content-visibility: auto``)."""
    out: list[str] = []
    since = 0  # characters since the last block break

    def plain(a: int, b: int) -> None:
        nonlocal since
        piece, done = text[a:b], 0
        while since + len(piece) - done > chunk:
            cut = piece.find("\n", max(done, done + chunk - since - 1))
            if cut < 0:
                break
            out.append(_e(piece[done : cut + 1]) + CHUNK_BREAK)
            done, since = cut + 1, 0
        out.append(_e(piece[done:]))
        since += len(piece) - done

    keys = sorted(spans)
    pos = i = 0
    while i < len(keys):
        start, end = keys[i][0], keys[i][1]
        j = i + 1
        while j < len(keys) and keys[j][0] < end:  # spans overlapping this one: a cluster
            end = max(end, keys[j][1])
            j += 1
        plain(pos, start)
        cluster = keys[i:j]
        bounds = sorted({b for s, e, _ in cluster for b in (s, e)})
        for a, b in zip(bounds, bounds[1:], strict=False):
            active = [k for k in cluster if k[0] <= a and k[1] >= b]
            piece = text[a:b]
            out.append(_mark(piece, active, spans) if active else _e(piece))
        since += end - start
        pos, i = end, j
    plain(pos, len(text))
    return "".join(out)


def _mark(
    piece: str, active: list[tuple[int, int, str]], spans: dict[tuple[int, int, str], list[int]]
) -> str:
    kinds = sorted({k[2] for k in active}, key=KINDS.index)
    claims = sorted({i for k in active for i in spans[k]})
    extra = ""
    if len(kinds) > 1:
        bars = ", ".join(
            f"inset 0 -{3 * (j + 1)}px 0 {COLOURS[k]}" for j, k in enumerate(kinds[1:])
        )
        extra = f' data-kinds="{" ".join(kinds)}" style="box-shadow: {bars}"'
    return (
        f'<mark class="hl k-{kinds[0]}" data-c="{" ".join(map(str, claims))}"{extra}>'
        f"{_e(piece)}</mark>"
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
.chunk{content-visibility:auto;contain-intrinsic-size:auto 600px}
.cards{flex:2;max-height:80vh;overflow-y:auto}
.pager{margin:0 0 6px;font-size:13px;color:#555}.pager:empty{display:none}
.pager button{margin:0 4px}
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

# Cards are built from each section's JSON blocks when the section comes into view, a page
# of PAGE at a time (only that page's block is parsed), with textContent only (document
# text never goes through innerHTML).
_SCRIPT_TEMPLATE = """
(function(){
  var PAGE = %PAGE%, docs = {};
  function data(sec){
    var d = docs[sec.id];
    if(!d){
      var blocks = sec.querySelectorAll('script.claims');
      d = docs[sec.id] = {blocks: blocks, pages: {}, page: -1, n: +sec.dataset.n};
    }
    return d;
  }
  function claim(d, i){
    var k = Math.floor(i / PAGE);
    if(!d.pages[k]) d.pages[k] = JSON.parse(d.blocks[k].textContent);
    return d.pages[k][i - k * PAGE];
  }
  function el(tag, cls, text){
    var e = document.createElement(tag);
    if(cls) e.className = cls;
    if(text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function chip(kind, label){ return el('span', 'chip k-' + kind, label); }
  function line(parts){
    var span = el('span');
    parts.forEach(function(p){
      span.appendChild(typeof p === 'string' ? document.createTextNode(p) : p);
    });
    return span;
  }
  function num(v){
    if(v === null || v === undefined) return '\\u2014';
    return Number.isInteger(v) ? v.toLocaleString('it-IT') : String(v);
  }
  function bounds(q){
    if(q.low === q.high) return num(q.low);
    if(q.high === null) return '\\u2265 ' + num(q.low);
    if(q.low === null) return '\\u2264 ' + num(q.high);
    return num(q.low) + '\\u2013' + num(q.high);
  }
  function orDash(v){ return v === null || v === undefined || v === '' ? '\\u2014' : String(v); }
  function q(t){ return '\\u00ab' + t + '\\u00bb'; }
  function row(table, key, nodes){
    var tr = el('tr'), td = el('td');
    tr.appendChild(el('th', null, key));
    nodes.forEach(function(n, i){
      if(i) td.appendChild(el('br'));
      td.appendChild(typeof n === 'string' ? document.createTextNode(n) : n);
    });
    tr.appendChild(td);
    table.appendChild(tr);
  }
  function details(c){
    var t = el('table'), qt = c.quantity;
    var actors = c.actors || [], places = c.places || [], times = c.times || [];
    var sources = c.sources || [];
    row(t, 'kind', [c.kind]);
    if(c.predicate) row(t, 'predicate', [c.predicate.text + ' (' + c.predicate.lemma + ')']);
    if(qt){
      row(t, 'quantity', [q(qt.text)]);
      row(t, 'low / high', [num(qt.low) + ' / ' + num(qt.high)]);
      row(t, 'approx', [String(qt.approx)]);
      row(t, 'unit', [orDash(qt.unit) + ' (' + orDash(qt.unit_text) + ')']);
      row(t, 'category', [qt.category]);
    }
    if(actors.length) row(t, 'actors', actors.map(function(a){
      return line([chip('actor', a.label), ' ' + q(a.text) + ' \\u2192 ' + a.name + ' (' +
                   orDash(a.country) + ', ' + a.role + ')']); }));
    if(places.length) row(t, 'places', places.map(function(p){
      return line([chip('place', p.type || 'place'), ' ' + q(p.text) + ' \\u2192 ' + p.name +
                   ' (' + orDash(p.country) +
                   (p.geonames_id ? ', GeoNames ' + p.geonames_id : '') + ')']); }));
    if(times.length) row(t, 'times', times.map(function(x){
      return line([chip('time', 'time'), ' ' + q(x.text) + ' \\u2192 ' + orDash(x.value) +
                   (x.start_date ? ' [' + x.start_date + ' \\u2026 ' + x.end_date + ']' : '')]);
    }));
    if(sources.length) row(t, 'sources', sources.map(function(s){
      return line([chip('source', s.kind), ' ' + q(s.text) + ' cue: ' + s.cue]); }));
    row(t, 'hedged', [String(!!c.hedged) + (c.hedge ? ' ' + q(c.hedge) : '')]);
    row(t, 'document date', [orDash(c.document_date)]);
    return t;
  }
  function card(c, i){
    var d = el('details', 'card'), s = el('summary');
    d.dataset.claim = c.id; d.dataset.i = i;
    s.appendChild(el('span', 'cid', c.id)); s.appendChild(document.createTextNode(' '));
    if(c.quantity){
      s.appendChild(chip('quantity', c.quantity.category));
      s.appendChild(document.createTextNode(' ' + q(c.quantity.text) + ' \\u2192 ' +
        bounds(c.quantity) + ' ' + (c.quantity.unit || '')));
    } else {
      s.appendChild(chip('source', 'statement'));
      if(c.predicate) s.appendChild(document.createTextNode(' ' + c.predicate.lemma));
    }
    if(c.hedged){
      s.appendChild(document.createTextNode(' '));
      s.appendChild(chip('hedge', 'hedged'));
    }
    d.appendChild(s);
    d.addEventListener('toggle', function(){
      if(!d.open) return;
      if(!d.querySelector('table')) d.appendChild(details(c));
      var m = marks(d.closest('section'), i)[0];
      if(m) m.scrollIntoView({block: 'nearest'});
    });
    d.addEventListener('mouseenter', function(){ light(d, true); });
    d.addEventListener('mouseleave', function(){ light(d, false); });
    return d;
  }
  function marks(sec, i){ return sec.querySelectorAll('mark.hl[data-c~="' + i + '"]'); }
  function light(d, on){
    marks(d.closest('section'), d.dataset.i).forEach(function(m){
      m.classList.toggle('focus', on); });
  }
  function showPage(sec, page){
    var d = data(sec), n = d.n;
    if(d.page === page || !n) return;
    d.page = page;
    var list = sec.querySelector('.cardlist'), pager = sec.querySelector('.pager');
    var start = page * PAGE, end = Math.min(n, start + PAGE);
    list.textContent = '';
    for(var i = start; i < end; i++) list.appendChild(card(claim(d, i), i));
    pager.textContent = '';
    if(n > PAGE){
      var prev = el('button', 'prev', '\\u2039'), next = el('button', 'next', '\\u203a');
      prev.disabled = page === 0; next.disabled = end >= n;
      prev.onclick = function(){ showPage(sec, page - 1); };
      next.onclick = function(){ showPage(sec, page + 1); };
      pager.appendChild(prev);
      pager.appendChild(document.createTextNode('claims ' + (start + 1) + '\\u2013' + end +
                                                ' of ' + n));
      pager.appendChild(next);
    }
  }
  document.addEventListener('click', function(ev){
    var mark = ev.target.closest('mark.hl');
    if(!mark) return;
    var sec = mark.closest('section'), ids = mark.dataset.c.split(' ').map(Number);
    showPage(sec, Math.floor(ids[0] / PAGE));
    var first = null;
    ids.forEach(function(i){
      var c = sec.querySelector('details.card[data-i="' + i + '"]');
      if(!c) return;
      c.open = true; c.classList.add('flash'); first = first || c;
      setTimeout(function(){ c.classList.remove('flash'); }, 1200);
    });
    if(first) first.scrollIntoView({block: 'nearest'});
  });
  document.addEventListener('mouseover', function(ev){
    var mark = ev.target.closest && ev.target.closest('mark.hl');
    if(!mark || mark.title) return;
    var d = data(mark.closest('section'));
    mark.title = (mark.dataset.kinds || mark.className.split(' ')[1].slice(2)) + ': ' +
      mark.dataset.c.split(' ').map(function(i){ return claim(d, +i).id; }).join(', ');
  });
  var sections = document.querySelectorAll('section.doc');
  if('IntersectionObserver' in window){
    var seen = new IntersectionObserver(function(entries){
      entries.forEach(function(e){
        if(!e.isIntersecting) return;
        showPage(e.target, Math.max(0, data(e.target).page));
        seen.unobserve(e.target);
      });
    }, {rootMargin: '400px'});
    sections.forEach(function(s){ seen.observe(s); });
  } else {
    sections.forEach(function(s){ showPage(s, 0); });
  }
})();
"""
_SCRIPT = _SCRIPT_TEMPLATE.replace("%PAGE%", str(CARDS_PER_PAGE))
