"""Chunking: pack structured blocks into passages that fit the embedder.

A passage never crosses a page, an agenda item or a minute, so its citation is exact; it
follows the document's blocks (paragraphs, list items, table rows, RESOLVED blocks). Where
the budget cuts a paragraph, the next passage opens with the last sentence or two of the
one before, so that an answer cut there is still whole in one passage; a passage that opens
a new paragraph starts clean, unless the paragraph reads on from what stands above it (a
sub-item under its lead-in, a line of a recorded vote). Budgets are counted with tiktoken;
the hard limit is the embedder's own tokenizer, checked on the exact text that is embedded,
so nothing is truncated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import tiktoken

from scrutiny_qa.config import TIKTOKEN_ENCODING, ChunkSettings
from scrutiny_qa.structure import Block

# "No." before its number ends no sentence: "Amendment No. 84". (A title's full stop, "Mr.
# Moran", still parts sentences: a list of members "Cllr. A (Chair) Cllr. B …" would run
# into one long sentence and lose its meeting's heading from its passage.)
_ABBREVIATED = r"(?!(?<=\bNo\.)\s+\d)(?!(?<=\bNos\.)\s+\d)"
_SENTENCE_SPLIT = re.compile(rf"(?<=[.!?;]){_ABBREVIATED}\s+(?=[\"'“‘(\[]?[A-Z0-9£•\-])|\n+")
# A list label: "5.", "2.3.", "(b)", "iv)", a bullet or a dash.
LIST_LABEL = r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]|[•\-–]"
_LABEL = re.compile(LIST_LABEL, re.I)
# A sub-item: "(b)", "iv)", a bullet or a dash, read under the lead-in above it.
_SUB_ITEM = re.compile(r"\s*(?:\(?(?:[a-z]|[ivx]{1,4})\)|[•\-–])\s")


@dataclass
class Passage:
    """A passage to index: its text, the context embedded with it, and where it stands."""

    text: str
    context: str
    page_index: int
    item: str | None
    minute: str | None
    minute_heading: str | None
    kind: str
    minutes_date: str | None = None
    vote: str | None = None  # a recorded vote's label: the motion, the tally, the result
    question: str | None = None  # the member's question an answer answers
    repeats: int = 0  # characters at the start of `text` repeating the passage before's end

    def embed_text(self) -> str:
        return embedded_text(self.context, self.text)


def embedded_text(context: str, text: str) -> str:
    """What the embedder (and the re-ranking cross-encoder) sees of a passage: its context
    line (title, item, minute) then its text."""
    return f"{context}\n{text}" if context else text


@lru_cache(maxsize=1)
def _encoding() -> tiktoken.Encoding:
    return tiktoken.get_encoding(TIKTOKEN_ENCODING)


def count_tokens(text: str) -> int:
    """Tokens in `text` by tiktoken's cl100k_base (the budget unit for chunk sizes)."""
    return len(_encoding().encode(text, disallowed_special=()))


def chunk_blocks(
    blocks: list[Block],
    context_of: Callable[[Block], str],
    settings: ChunkSettings,
    fits: Callable[[str], bool],
) -> list[Passage]:
    """Pack `blocks` into passages; `fits(text)` is the embedder's hard length check."""
    passages: list[Passage] = []
    for group in _groups(blocks):
        context = context_of(group[0])
        for text, kind, repeated in _pack(group, settings):
            kind = "vote" if group[0].vote else \
                "recommendation" if group[0].recommends and kind == "text" else kind
            for piece in _enforce_limit(text, context, fits):
                first = group[0]
                repeats, repeated = _covered(piece, repeated)
                if repeats == len(piece):
                    continue  # halved to fit, a piece holding only the passage before's end
                passages.append(Passage(piece, context, first.page_index, first.item,
                                        first.minute, first.minute_heading, kind,
                                        first.minutes_date, first.vote, first.question,
                                        repeats))
    return passages


def _covered(piece: str, repeated: str) -> tuple[int, str]:
    """How many of `piece`'s first characters repeat `repeated` (white space aside: a
    passage halved to fit the embedder has its line breaks joined), and what of `repeated`
    runs on past the piece, into the next. Nothing is repeated if the two differ."""
    at = 0
    for n, char in enumerate(repeated):
        if char.isspace():
            continue
        while at < len(piece) and piece[at].isspace():
            at += 1
        if at == len(piece):
            return at, repeated[n:]
        if piece[at] != char:
            return 0, ""
        at += 1
    return at, ""


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Runs of blocks sharing page, agenda item, minute, report section, recorded vote,
    member's question and recommendations: no passage crosses them, nor carries another's
    last lines (a vote's or an answer's passages carry the vote's label or the question in
    their context)."""
    group: list[Block] = []
    for block in blocks:
        key = (block.page_index, block.item, block.minute, block.section, block.vote,
               block.question, block.recommends)
        if group and key != (group[0].page_index, group[0].item, group[0].minute,
                             group[0].section, group[0].vote, group[0].question,
                             group[0].recommends):
            yield group
            group = []
        group.append(block)
    if group:
        yield group


def _pack(group: list[Block], settings: ChunkSettings) -> Iterator[tuple[str, str, str]]:
    """Greedy packing of sentences within budget; headings and RESOLVED blocks open a new
    passage. A passage cut inside a paragraph hands its last sentence(s) on to the next; one
    ending at a paragraph's end does not, unless the next paragraph reads on from it. Tails
    carried into a new paragraph's passage had it ranked for its neighbour's words (a tail
    dropped before sub-items and votes too would part a vote's outcome from the motion and
    tally above it, and with them its answer and page). Each passage comes with the text it
    repeats from the end of the one before, so that a vote's passages are joined exactly
    (retrieve)."""
    budget = settings.target_tokens
    current: list[str] = []
    carried = 0  # how many of `current`'s sentences repeat the passage before
    kind = "text"
    for block in group:
        opens = block.kind in {"heading", "resolved"} or block.signed
        if opens and _size(current) > budget // 4:
            yield from _emit(current, kind, carried)
            current = [] if block.signed else _tail(current, settings.overlap_tokens)
            carried = len(current)
            kind = "text"
        if block.kind == "resolved":
            kind = "resolution"
        for n, sentence in enumerate(split_sentences(block.text)):
            if current and _size(current) + count_tokens(sentence) > budget \
                    and _size(current) > settings.overlap_tokens:
                yield from _emit(current, kind, carried)
                reads_on = n or _reads_on(block)
                current = _tail(current, settings.overlap_tokens) if reads_on else []
                carried = len(current)
                kind = "resolution" if block.kind == "resolved" else "text"
            current.append(sentence)
        if block.signed:
            kind = "sign-off"
        if current:
            current[-1] += "\n"
    yield from _emit(current, kind, carried)


def _reads_on(block: Block) -> bool:
    """Whether a block only makes sense after the one before: a sub-item under its lead-in,
    or a line of a recorded vote (the tally under its motion)."""
    return bool(block.vote or _SUB_ITEM.match(block.text))


def _size(sentences: list[str]) -> int:
    return sum(count_tokens(s) for s in sentences)


def _emit(sentences: list[str], kind: str, carried: int) -> Iterator[tuple[str, str, str]]:
    text = _join(sentences)
    if text.strip():
        yield text.strip(), kind, _join(sentences[:carried]).strip()


def _join(sentences: list[str]) -> str:
    out = ""
    for sentence in sentences:
        if out and not out.endswith("\n"):
            out += " "
        out += sentence
    return out


def _tail(sentences: list[str], overlap_tokens: int) -> list[str]:
    """The last sentences of a passage, up to the overlap budget, to open the next one."""
    tail: list[str] = []
    size = 0
    for sentence in reversed(sentences):
        size += count_tokens(sentence)
        if size > overlap_tokens:
            break
        tail.insert(0, sentence)
    return tail


def split_sentences(text: str) -> list[str]:
    """Split on sentence ends and line breaks; list items and table rows stay whole, and a
    list label ("5.", "(b)", "iv)") stays with the words it labels: split off, it ended the
    passage before them ("... drawn up.\n5.") and was carried over as its overlap."""
    sentences: list[str] = []
    for piece in (s.strip() for s in _SENTENCE_SPLIT.split(text) if s and s.strip()):
        if sentences and _LABEL.fullmatch(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _enforce_limit(text: str, context: str, fits: Callable[[str], bool]) -> Iterator[str]:
    """Halve a passage (at a sentence, else at a word) until the embedded text fits."""
    if fits(embedded_text(context, text)):
        yield text
        return
    parts = split_sentences(text)
    if len(parts) < 2:
        parts = text.split(" ")
        if len(parts) < 2:
            cut = len(text) // 2
            parts = [text[:cut], text[cut:]]
    middle = len(parts) // 2
    yield from _enforce_limit(" ".join(parts[:middle]), context, fits)
    yield from _enforce_limit(" ".join(parts[middle:]), context, fits)
