"""One paper made ready for the index without touching it: read → extract → structure →
chunk.

Nothing here writes, and nothing is read besides the paper and the manifest and sidecar
beside it. So the local ingest runs these steps in its own process and the distributed one
(distributed.py) runs them on a Ray cluster, and both hand the `Prepared` paper to the same
writer (`ingest.Writer`). What needs the other papers (its meeting, its agenda item, its
council: linking.py) and the passages' context lines and vectors built from it
(contextualise.py) follow once every paper is written.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from scrutiny_qa.acronyms import find_acronyms, spell_out
from scrutiny_qa.chunk import Passage, chunk_blocks
from scrutiny_qa.config import ChunkSettings
from scrutiny_qa.context import Placement, context_line, minute_key, minute_leads
from scrutiny_qa.embed import Embedder
from scrutiny_qa.extract import ExtractionError, Page, extract
from scrutiny_qa.manifest import manifest_entry, meta_fields
from scrutiny_qa.metadata import (
    DOC_TYPES,
    DocumentMeta,
    apply_sidecar,
    decision_reference,
    infer_meta,
    sidecar_path,
)
from scrutiny_qa.structure import Block, Structure, analyse, split_at_stamps, whole_paper_item
from scrutiny_qa.walk import special_kind

# Where a paper's warnings go: (the file they concern, what was wrong).
Warn = Callable[[tuple[str, str]], None]
# Who hears how far a paper has got: (the file, the stage it has reached).
Stage = Callable[[Path, str], None]


def unheard(_: Path, __: str) -> None:
    """Where progress within a file goes when nobody follows it."""


@dataclass
class Prepared:
    """A paper ready to be written. Picklable, so that it can come back from a cluster
    worker; the context maker is rebuilt from it rather than carried (a closure)."""

    path: Path
    digest: str
    size: int
    pages: list[Page]
    meta: DocumentMeta
    structure: Structure
    reference: str | None  # a decision record's number, which context lines quote
    acronyms: list[tuple[str, str]]
    passages: list[Passage] = field(default_factory=list)

    @cached_property
    def leads(self) -> dict[tuple, str]:
        """Each minute's opening words (`context.minute_leads`), worked out once a paper:
        the chunker's lines, the record's and the stored passages all quote them."""
        return minute_leads(self.structure.blocks)

    def context_of(self) -> Callable[[Block], str]:
        return context_maker(self.meta, self.structure, self.reference, self.leads)


def prepare(path: Path, data: bytes, digest: str, chunking: ChunkSettings, embedder: Embedder,
            warn: Warn, stage: Stage = unheard) -> Prepared:
    """Every step for one paper; raises ExtractionError for a paper that cannot be indexed.
    `embedder` only measures passages here (its tokenizer's hard limit)."""
    return chunk(outline(path, data, digest, warn, stage), chunking, embedder, stage)


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file; one replaced by a named pipe since the walk is refused
    before it is opened, since opening a pipe waits for a writer."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise OSError(f"not a regular file: {special_kind(mode)}")
    return path.read_bytes()


def unreadable(exc: OSError) -> str:
    """The failure line's reason for a file that cannot be read."""
    return f"cannot read ({exc.strerror or exc})"


def failure_reason(exc: Exception) -> str:
    """The failure line's reason for a paper whose preparation raised: its own fault, or
    one of ours that it alone meets."""
    if isinstance(exc, ExtractionError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc}); please report it"


def outline(path: Path, data: bytes, digest: str, warn: Warn,
            stage: Stage = unheard) -> Prepared:
    """Extract the pages, read the metadata (manifest and sidecar beside the file win over
    what is inferred) and find the paper's structure."""
    stage(path, "reading")
    pages = split_at_stamps(extract(path, data, lambda why: warn((str(path), why))))
    handed, problems = manifest_entry(path, DOC_TYPES)
    meta = replace(infer_meta(path, [p.text for p in pages]), **meta_fields(handed))
    meta, left_out = apply_sidecar(meta, path)
    for why in problems:
        warn((str(path), why))
    for why in left_out:
        warn((str(sidecar_path(path)), why))
    stage(path, "finding its structure")
    structure = analyse(pages, meta.doc_type == "minutes")
    if handed.get("item"):
        structure = whole_paper_item(structure, handed["item"])
    return Prepared(path, digest, len(data), pages, meta, structure,
                    decision_reference(path, pages[0].text if pages else ""),
                    sorted(find_acronyms("\n".join(p.text for p in pages))))


def chunk(paper: Prepared, chunking: ChunkSettings, embedder: Embedder,
          stage: Stage = unheard) -> Prepared:
    """Pack the paper's blocks into passages that fit `embedder` with the context line the
    paper alone gives them, as they will be embedded (acronyms spelled out). A line that
    linking lengthens is clipped to fit by contextualise.py, never the passage."""
    stage(paper.path, "cutting passages")
    spelled = spell_out(paper.acronyms)
    passages = chunk_blocks(paper.structure.blocks, paper.context_of(), chunking,
                            lambda text: embedder.fits(spelled(text)))
    if not passages:
        raise ExtractionError("no text to index: its pages print only page numbers, "
                              "agenda stamps or lines repeated on every page")
    return replace(paper, passages=passages)


def context_maker(meta: DocumentMeta, structure: Structure, reference: str | None,
                  leads: dict[tuple, str]) -> Callable[[Block], str]:
    """The context line of a block's passage as its paper alone places it (`context.py`):
    what the chunker cuts passages to fit with, and what the paper's record is
    keyword-indexed with. The line stored with a passage is built again once the corpus
    is linked (contextualise.py). `leads`: the minutes' opening words, by `minute_key`."""

    def context_of(block: Block) -> str:
        item = structure.items.get(block.item or "")
        return context_line(Placement(
            meta.title or "", meta.council, reference, meta.meeting_date, block.item,
            item.title if item else None, block.question, block.minute, block.minute_heading,
            block.minutes_date, block.vote, leads.get(minute_key(block))))

    return context_of
