"""Chunking: passages respect structure and never exceed the embedder's sequence limit."""

from __future__ import annotations

import re

from scrutiny_qa.chunk import chunk_blocks, count_tokens, split_sentences
from scrutiny_qa.config import ChunkSettings
from scrutiny_qa.extract import Page
from scrutiny_qa.query.present import join_passages
from scrutiny_qa.structure import Block, analyse

# Reference numbers and money split into many word pieces, far more than tiktoken tokens.
DENSE = " ".join(f"24/{n:05d} £{n * 37:,}.{n % 97:02d}k Q{n % 4}" for n in range(400))
PROSE = " ".join(f"Sentence {n} says the committee noted item {n}." for n in range(200))


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def test_no_passage_exceeds_the_embedder_limit_and_nothing_is_lost(embedder) -> None:
    blocks = [Block(DENSE, "para", 0, "5"), Block(PROSE, "para", 0, "5")]
    context = "Budget report | Item 5: Revenue and Capital Budget Monitoring"
    passages = chunk_blocks(blocks, lambda b: context, ChunkSettings(), embedder.fits)
    assert passages
    for passage in passages:
        assert embedder.count_tokens(passage.embed_text()) <= embedder.max_tokens
    covered = set(_words(" ".join(p.text for p in passages)))
    assert set(_words(DENSE)) <= covered and set(_words(PROSE)) <= covered


def test_passages_do_not_cross_pages_items_or_minutes(embedder) -> None:
    blocks = [
        Block("Text on page one of item three.", "para", 0, "3", "10", "APOLOGIES"),
        Block("More on page one, another minute.", "para", 0, "3", "11", "DECLARATIONS"),
        Block("Page two of item three.", "para", 1, "3", "11", "DECLARATIONS"),
        Block("Item four starts on page two.", "para", 1, "4"),
    ]
    passages = chunk_blocks(blocks, lambda b: "", ChunkSettings(), embedder.fits)
    keys = [(p.page_index, p.item, p.minute) for p in passages]
    assert keys == [(0, "3", "10"), (0, "3", "11"), (1, "3", "11"), (1, "4", None)]


def test_a_report_s_recommendations_are_passages_of_their_own_kind(embedder) -> None:
    blocks = [Block("The report sets out the plan.", "para", 0, "5"),
              Block("Recommendation", "heading", 0, "5", recommends=True),
              Block("That the plan be approved.", "para", 0, "5", recommends=True),
              Block("BACKGROUND", "heading", 0, "5"),
              Block("The plan began in 2020.", "para", 0, "5")]
    passages = chunk_blocks(blocks, lambda b: "", ChunkSettings(), embedder.fits)
    assert [(p.kind, p.text) for p in passages] == [
        ("text", "The report sets out the plan."),
        ("recommendation", "Recommendation\nThat the plan be approved."),
        ("text", "BACKGROUND\nThe plan began in 2020.")]


def test_neighbouring_passages_overlap(embedder) -> None:
    passages = chunk_blocks([Block(PROSE, "para", 0, None)], lambda b: "", ChunkSettings(),
                            embedder.fits)
    assert len(passages) > 2
    for before, after in zip(passages, passages[1:], strict=False):
        last_sentence = before.text.rstrip().split(". ")[-1]
        assert last_sentence in after.text


def test_resolved_block_opens_its_own_passage(embedder) -> None:
    blocks = [
        Block(PROSE[:1500], "para", 0, "3", "14", "IMPROVEMENT PROGRAMME"),
        Block("RESOLVED: That\n(1) the report be noted; and\n(2) officers report back.",
              "resolved", 0, "3", "14", "IMPROVEMENT PROGRAMME"),
    ]
    passages = chunk_blocks(blocks, lambda b: "", ChunkSettings(), embedder.fits)
    resolution = [p for p in passages if p.kind == "resolution"]
    assert len(resolution) == 1
    assert "(1) the report be noted" in resolution[0].text
    assert "(2) officers report back" in resolution[0].text


def test_a_list_label_stays_with_its_item(embedder) -> None:
    items = [Block(f"{n}. The partners will carry out further analysis of need in area {n},"
                   " with stakeholders and families, before the next plan is drawn up.",
                   "list", 0, "8") for n in range(1, 13)]
    passages = chunk_blocks(items, lambda b: "", ChunkSettings(), embedder.fits)
    assert len(passages) > 2
    for passage in passages:
        assert re.match(r"\d+\. The partners", passage.text)
        assert passage.text.endswith("drawn up.")


def _paragraphs(blocks: list[Block], embedder) -> list[str]:
    return [p.text for p in chunk_blocks(blocks, lambda b: "", ChunkSettings(), embedder.fits)]


def test_a_new_paragraph_starts_clean_but_a_sub_item_or_vote_keeps_its_lead_in(embedder) -> None:
    # Just under one passage's worth of a paragraph: the budget breaks where the next begins.
    closing = " The committee agreed the following:"
    sentences = PROSE.split(". ")
    n = 1
    while count_tokens(". ".join(sentences[:n + 1]) + closing) <= ChunkSettings().target_tokens:
        n += 1
    lead_in = ". ".join(sentences[:n]) + "." + closing
    filler = "and says so at length, with enough words in it to overflow the passage before."
    for follower, carried in ((f"The next paragraph is about something else {filler}", False),
                              (f"(b) the next sub-item depends on the lead-in {filler}", True),
                              (f"• a bullet depends on the lead-in {filler}", True)):
        texts = _paragraphs([Block(lead_in, "para", 0, "4"), Block(follower, "list", 0, "4")],
                            embedder)
        assert texts[-1].endswith(follower)
        assert ("The committee agreed" in texts[-1]) is carried, follower
    vote = "Tally"
    blocks = [Block(lead_in, "para", 0, "4", vote=vote),
              Block(f"The motion was carried {filler}", "para", 0, "4", vote=vote)]
    assert "The committee agreed" in _paragraphs(blocks, embedder)[-1]


def test_a_passage_records_exactly_what_it_repeats_of_the_one_before(embedder) -> None:
    lines = ["For (120)", *(f"Mr Member{n}, Mrs Other{n}" for n in range(60)), "Motion carried."]
    blocks = [Block(PROSE, "para", 0, "4"),
              *(Block(line, "para", 0, "4", vote="Tally") for line in lines)]
    # the embedder's own limit, and one so tight that passages are halved to fit it
    for fits in (embedder.fits, lambda text: count_tokens(text) <= 60):
        passages = chunk_blocks(blocks, lambda b: "", ChunkSettings(), fits)
        assert sum(p.repeats > 0 for p in passages) >= 3
        assert passages[0].repeats == 0
        for before, passage in zip(passages, passages[1:], strict=False):
            repeated = " ".join(passage.text[:passage.repeats].split())
            assert " ".join(before.text.split()).endswith(repeated)  # "" if nothing repeats
        vote = join_passages([(p.text, p.repeats) for p in passages if p.vote])
        for n in range(60):  # each name once: the overlap read once, nothing cut
            assert vote.count(f"Member{n},") == 1
        assert vote.startswith("For (120)") and vote.endswith("Motion carried.")


def test_no_passage_only_repeats_the_end_of_the_one_before(embedder) -> None:
    # A table's row extracted as one run-on "sentence" longer than the budget closes a
    # paragraph: the passage carrying the sentence before it on is halved to fit the
    # embedder, and the half holding only that sentence would say nothing new.
    row = " ".join(f"Revised profile £{n},406 {n % 30}/{n % 30 + 1}" for n in range(120))
    blocks = [Block(f"{PROSE} Funding awarded {row}", "para", 0, "4")]
    passages = chunk_blocks(blocks, lambda b: "", ChunkSettings(), embedder.fits)
    assert all(p.repeats < len(p.text) for p in passages)
    covered = set(_words(" ".join(p.text for p in passages)))
    assert set(_words(PROSE)) | set(_words(row)) <= covered


def test_a_passage_never_carries_the_last_lines_of_the_section_before() -> None:
    long = " ".join(f"Sentence {n} of the action plan is monitored monthly." for n in range(30))
    report = [Page(1, None, f"5.0 Action Plan\n5.1 {long}\n6.0 Peer Review\n"
                            "6.1 The peer review by a neighbouring council found strengths.")]
    passages = chunk_blocks(analyse(report, is_minutes=False).blocks, lambda block: "",
                            ChunkSettings(target_tokens=80, overlap_tokens=20),
                            lambda text: True)
    review = next(p for p in passages if "Peer Review" in p.text)
    assert review.text.startswith("6.0 Peer Review")  # no tail of 5.1 carried over


def test_a_number_s_abbreviation_ends_no_sentence() -> None:
    assert split_sentences("Amendment No. 84 to Scheme No. 1 was made. No. It was not.") == [
        "Amendment No. 84 to Scheme No. 1 was made.", "No.", "It was not."]
