"""End to end in real headless Chromium (Debian's package), driven by Playwright.

The pages are served with their content security policy, which forbids evaluating strings as
script, so the tests wait on locators (which Playwright runs apart from the page), never on
`wait_for_function` expressions."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect

from scrutiny_qa.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

REFUSED: list[str] = []  # what the pages' content security policy blocked, from the console

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium (.ci/run installs it)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_index, embedder):
    port = _free_port()
    config = uvicorn.Config(create_app(seed_index, embedder), host="127.0.0.1", port=port,
                            log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        tab = browser.new_page()
        tab.on("console", lambda message: REFUSED.append(message.text)
               if "Content Security Policy" in message.text else None)
        yield tab
        browser.close()


def test_question_in_the_browser_gives_cited_answers(server, page):
    page.goto(server + "/")
    expect(page.get_by_label("Your question")).to_be_focused()
    page.get_by_label("Your question").fill("Sunday opening of branch libraries")
    page.keyboard.press("Enter")
    first = page.locator(".card").first
    first.wait_for(timeout=20000)
    cite = first.locator(".cite").inner_text()
    assert "Planning Committee" in cite and "Item 2: Library Opening Hours Review" in cite
    assert re.search(r"p\. [12] \(PDF p\. [34]\)", cite)
    assert "q=Sunday+opening" in page.url
    assert page.locator(".card.nearest").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answers.png"), full_page=True)
    assert first.locator("a.open").inner_text() == "Open source at this page"
    href = first.locator("a.open").get_attribute("href")
    pdf_page = re.search(r"PDF p\. (\d+)", cite).group(1)
    assert re.fullmatch(rf"/api/documents/\d+/file#page={pdf_page}", href)
    response = page.request.get(server + href.split("#")[0])
    assert response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"


def test_quick_answers_are_then_read_closely_unless_turned_off(server, page):
    question = "How many newly qualified social workers finished their first year?"
    page.goto(server + "/")
    page.get_by_label("Your question").fill(question)
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text(re.compile("· double-checked$"), timeout=30000)
    crossed = page.request.get(server + "/api/ask", params={"q": question, "k": 8,
                                                            "rerank": "true"}).json()
    quick = page.request.get(server + "/api/ask", params={"q": question, "k": 8}).json()
    assert crossed["results"][0]["text"] != quick["results"][0]["text"]  # else no test
    shown = page.locator(".card .text").first.text_content()
    assert shown.split() == crossed["results"][0]["text"].split()
    assert "rerank" not in page.url
    page.get_by_label("Double-check the best answers").uncheck()
    page.get_by_label("Your question").press("Enter")
    page.wait_for_url(re.compile(r"rerank=false"))
    page.locator(".card").first.wait_for(timeout=20000)
    page.reload()
    page.locator(".card").first.wait_for(timeout=20000)
    assert not page.get_by_label("Double-check the best answers").is_checked()
    assert "double-check" not in page.locator("#status").inner_text()
    assert page.locator(".card .text").first.text_content().split() == \
        quick["results"][0]["text"].split()


def test_text_source_opens_scrolled_to_the_passage(server, page):
    page.goto(server + "/?q=" + "terms of reference of the domestic abuse partnership board")
    first = page.locator(".card").first
    first.wait_for(timeout=20000)
    cite = first.locator(".cite").inner_text()
    assert "Item 3" in cite
    assert re.search(r" · pp\. \d+–\d+ · ", cite)  # the item's pages in the text pack
    assert first.locator("a.open").inner_text() == "Open source at this passage"
    href = first.locator("a.open").get_attribute("href")
    assert href.startswith("view.html?doc=")
    passage = first.locator(".text").text_content().split()
    page.goto(server + "/" + href)
    mark = page.locator("mark#cited")
    mark.wait_for(timeout=10000)
    marked = mark.inner_text().split()  # the whole passage, not its first words
    assert marked[:4] == passage[:4] and marked[-4:] == passage[-4:]
    assert len(marked) >= 0.9 * len(passage)
    assert "Agenda pack" in page.locator("#title").inner_text()
    where = page.locator("#where").inner_text()
    assert where.startswith("Sefton Council · ")
    assert re.search(r" · \d{1,2} [A-Z][a-z]{2} \d{4}", where)


def test_the_status_line_names_the_other_forms_of_an_acronym_searched(server, page):
    page.goto(server + "/?q=" + "SEND strategy")
    page.locator(".card").first.wait_for(timeout=20000)
    status = page.locator("#status").inner_text()
    assert "also searched for special educational needs and disabilities" in status


@pytest.mark.parametrize("closely", [True, False])
def test_unanswered_questions_say_so_and_offer_the_nearest_passages(server, page, closely):
    page.goto(server + "/?q=" + "zzqx wibble frobnicate" + ("" if closely else "&rerank=false"))
    status = page.locator("#status")
    expect(status).to_have_text(re.compile("^Nothing in the indexed papers answers this\\."),
                                timeout=20000)
    if closely:
        expect(status).to_have_text(re.compile("double-checked$"), timeout=30000)
    cards = page.locator(".card")
    assert 1 <= cards.count() <= 3
    assert cards.count() == page.locator(".card.nearest").count()
    assert cards.first.locator(".flag").inner_text() == \
        "Nearest passage: does not answer the question"
    assert cards.first.locator(".answer mark").count() == 0  # no sentence marked as the answer


def test_resolutions_and_commitments_views_from_the_main_page(server, page):
    page.goto(server + "/")
    page.get_by_role("link", name="Resolutions").click()
    page.locator(".card").first.wait_for(timeout=20000)
    assert "newest meeting first" in page.locator("#status").inner_text()
    page.get_by_label("Search resolutions").fill("Sunday opening of branch libraries")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text(re.compile("^(?!.*newest).* of "),
                                                 timeout=20000)
    first = page.locator(".card").first
    assert "(a) agree the Sunday opening of branch libraries" in first.inner_text()
    cite = first.locator(".cite").inner_text()
    assert cite.startswith("Kent County Council · Cabinet · 30 Jan 2025") and "Minute 87" in cite
    assert first.locator("a.open").get_attribute("href").endswith("#page=2")
    first.locator("summary").click()
    first.get_by_text("Referred to by").wait_for(timeout=10000)
    assert first.locator(".heading").inner_text() == "Minute 87: Library Opening Hours"
    page.get_by_role("link", name="Commitments").click()
    # its first list shown, the page's script is running: typed sooner, Enter submitted the
    # form natively (to the Resolutions view) when the machine was busy
    expect(page.locator("#status")).to_contain_text("newest meeting first", timeout=20000)
    page.get_by_label("Who (role or body)").fill("Head of Libraries")
    page.keyboard.press("Enter")
    expect(page.locator(".card")).to_have_count(1, timeout=20000)
    card = page.locator(".card").first.inner_text()
    assert "Head of Libraries" in card and "By: to the next meeting of the Cabinet" in card
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "commitments.png"), full_page=True)


def test_a_record_search_lists_only_matches_keeps_its_state_and_downloads(server, page):
    page.goto(server + "/record.html?view=resolutions")
    page.locator(".card").first.wait_for(timeout=20000)
    page.get_by_label("Search resolutions").fill("xyzzy qwerty")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text(re.compile("^No resolutions match"),
                                                 timeout=20000)
    assert page.locator(".card").count() == 0 and page.locator("#csv").is_hidden()
    assert "q=xyzzy+qwerty" in page.url
    page.get_by_label("Search resolutions").fill("branch libraries")
    page.get_by_label("Committee").select_option("Cabinet")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text(re.compile("best match first"), timeout=20000)
    headings = page.locator(".card .heading").all_inner_texts()
    assert headings and all(h.strip() for h in headings)
    href = page.locator("#csv").get_attribute("href")
    assert href.startswith("/api/resolutions.csv?") and "committee=Cabinet" in href
    assert page.request.get(server + href).headers["content-type"].startswith("text/csv")
    with page.expect_download() as download:
        page.locator("#csv").click()
    assert download.value.suggested_filename == "resolutions.csv"
    page.reload()
    expect(page.locator("#status")).to_have_text(re.compile("best match first"), timeout=20000)
    assert page.get_by_label("Search resolutions").input_value() == "branch libraries"
    assert page.get_by_label("Committee").input_value() == "Cabinet"
    page.go_back()
    expect(page.locator("#status")).to_have_text(re.compile("^No resolutions match"),
                                                 timeout=20000)
    assert page.get_by_label("Search resolutions").input_value() == "xyzzy qwerty"


def test_a_commitment_reported_back_later_says_where_and_opens_there(server, page):
    """A seed pack's minutes ask for site visits to a named building; the next meeting's
    work programme reports on them: the card says so, and its link marks that passage."""
    page.goto(server + "/record.html?view=commitments&q=Magdalen+House")
    card = page.locator(".card", has_text="visits by Committee Members")
    card.first.wait_for(timeout=20000)
    link = card.first.locator(".status a")
    assert link.inner_text() == "Reported back (7 Nov 2022, item 10)"
    assert "Work Programme" in link.get_attribute("title")
    href = link.get_attribute("href")
    assert href.startswith("view.html?doc=") and "passage=" in href
    page.goto(server + "/" + href)
    mark = page.locator("mark#cited")
    mark.wait_for(timeout=10000)
    assert "Magdalen House" in mark.inner_text()
    page.goto(server + "/record.html?view=commitments&q=Cahmelions")
    page.locator(".card").first.wait_for(timeout=20000)
    assert page.locator(".card .status").first.inner_text() == "Status: Open"


def test_answers_read_as_plain_sentences_each_once(server, page):
    """The card's answering sentence carries no Markdown or table marks from the converted
    papers, and no two cards offer the same one."""
    page.goto(server + "/?q=" + "update on the Covid-19 primary curriculum working group")
    page.locator(".card").first.wait_for(timeout=20000)
    answers = [a.strip() for a in page.locator(".card .answer").all_inner_texts()]
    assert len(answers) >= 4
    assert len(set(answers)) == len(answers)
    assert not [a for a in answers if "**" in a or "|" in a or a.startswith("- ")]


def test_a_recorded_vote_answers_with_its_outcome(server, page):
    """A vote's passage is a list of names: its card answers with the vote's label (what was
    voted on, the tally and the result), which is what the question asked."""
    page.goto(server + "/?q=Was the home to school transport feasibility study amendment"
              " agreed?&rerank=false")
    page.locator(".card").first.wait_for(timeout=20000)
    cards = page.locator(".card").all_inner_texts()
    assert any("Amendment lost; For 3, Against 4, Abstain 0" in card for card in cards)


def test_the_pages_need_nothing_their_security_policy_refuses(server, page):
    """Every page, its source view included, runs under the policy the server sends (no
    inline script, nothing from another host): the browser blocked nothing."""
    page.goto(server + "/record.html?view=commitments")
    page.locator(".card").first.wait_for(timeout=20000)
    assert page.request.get(server + "/").headers["content-security-policy"]
    assert REFUSED == []
