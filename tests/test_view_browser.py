"""The ``claims view`` page in a real browser: headless Chromium over the DevTools pipe.

Asserts on what is rendered (the highlights, a claim card opening on a click, the
document's ``<script>`` shown and not run, no request leaving the page) and writes a
screenshot for a person: ``build/screenshots/view.png``. Skips where no Chromium is
installed (``apt-get install chromium``; ``.ci/run`` installs it when it can).
"""

from __future__ import annotations

import pytest
from conftest import REPO
from workbench_data import TEXTS, records

from pipeline.workbench.chromium import BrowserError, Chromium, find_chromium
from pipeline.workbench.view import group_records, render_page

SCREENSHOT = REPO / "build" / "screenshots" / "view.png"

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="headless Chromium not installed (apt-get install chromium, or set $CHROMIUM)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    page = tmp_path_factory.mktemp("view") / "view.html"
    page.write_text(render_page(group_records(records(), TEXTS)), encoding="utf-8")
    try:
        chromium = Chromium(width=1280, height=800)
    except BrowserError as exc:  # installed but cannot start here (no /dev/shm, ...)
        pytest.skip(f"Chromium cannot start: {exc}")
    with chromium:
        chromium.open(page.as_uri())
        yield chromium, page


def test_highlights_are_rendered_with_distinct_colours(browser) -> None:
    chromium, _ = browser
    shown = chromium.evaluate(
        """[...document.querySelectorAll('mark.hl')].map(m => [m.className.split(' ')[1],
            m.textContent, getComputedStyle(m).backgroundColor, m.getClientRects().length > 0])"""
    )
    by_kind = {kind: (text, colour) for kind, text, colour, visible in shown if visible}
    assert set(by_kind) == {"k-quantity", "k-actor", "k-place", "k-time", "k-source", "k-hedge"}
    assert by_kind["k-hedge"][0] == "sarebbero"
    assert len({colour for _, colour in by_kind.values()}) == 6


def test_a_click_on_a_highlight_opens_its_claim_card(browser) -> None:
    chromium, _ = browser
    is_open = "(document.querySelector('details.card[data-claim=\"b#0\"]') || {}).open"
    assert not chromium.evaluate(is_open)
    chromium.click('#doc-1 mark.hl.k-place[data-c="0"]')  # "Napoli", of claim b#0
    assert chromium.evaluate(is_open) is True
    rows = chromium.wait_for(  # the table is built by the card's toggle event
        "document.querySelector('details.card[data-claim=\"b#0\"] table')?.innerText"
    )
    assert "200 / 200" in rows and "famiglia" in rows and "official" in rows


def test_a_click_on_a_card_summary_opens_it(browser) -> None:
    chromium, _ = browser
    card = "details.card[data-claim=\"a#0\"]"
    chromium.click(f"{card} summary")
    assert chromium.evaluate(f"document.querySelector('{card}').open") is True
    text = chromium.wait_for(f"document.querySelector('{card} table')?.innerText")
    for expected in ("40 / 40", "soldato", "casualties", "2024-11", "government", "sarebbero"):
        assert expected in text


def test_document_markup_is_shown_not_run_and_nothing_is_fetched(browser) -> None:
    chromium, page = browser
    assert chromium.evaluate("typeof window.pwned") == "undefined"
    assert "<script>window.pwned = 1</script>" in chromium.evaluate(
        "document.querySelector('#doc-0 .text').innerText"
    )
    assert chromium.evaluate("document.images.length") == 0
    assert chromium.requests == [page.as_uri()]


def test_screenshot_for_a_person(browser) -> None:
    chromium, _ = browser
    chromium.evaluate("document.querySelector('#doc-0').scrollIntoView()")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    chromium.screenshot(SCREENSHOT)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SCREENSHOT.stat().st_size > 10_000  # more than a blank page
