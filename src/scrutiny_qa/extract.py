"""Extraction: turn a file's bytes into pages of text, and nothing more.

Page numbers are facts about the source, so they are never invented: a PDF page is its
1-based position as pypdf counts it; a text file has numbered pages only where it uses form
feeds. The printed label ("Page 13" in a pack's footer) is kept beside the number because
councillors cite the printed number while links open the PDF page.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from scrutiny_qa.spacing import respaced, runs_together

if TYPE_CHECKING:  # pypdf is imported when a PDF is read: a question, which needs this
    from pypdf import PdfReader  # module's Page through the chunker, never reads one

PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES

# A line printing only its page's number: "Page 7", "PAGE 7 of 20", "7 | Page" (its letters
# spaced too, "7 | P a g e", as word processors' footers print it), "Page | 7", "- 7 -".
_SPACED_PAGE = r"P ?a ?g ?e"
_PAGE_LABEL = re.compile(
    rf"^\s*(?:(?:Page|PAGE)\s+(\d{{1,4}})(?:\s+of\s+\d{{1,4}})?"
    rf"|(\d{{1,4}})[ \t]*\|[ \t]*{_SPACED_PAGE}|{_SPACED_PAGE}[ \t]*\|[ \t]*(\d{{1,4}})"
    rf"|[-–—][ \t]*(\d{{1,4}})[ \t]*[-–—])\s*$", re.MULTILINE)
# A header or footer ending in its page's number of the pages ("Minutes – 4 March 2025
# Page 1 of 3"); or ending in its page's number alone ("Chairman's initials …  Page 58"),
# which, like a bare number, must agree with other pages (`_with_bare_labels`).
_PAGE_AT_END = re.compile(r"\S[ \t]+(?:Page|PAGE)[ \t]+(\d{1,4})(?P<of>[ \t]+of[ \t]+\d{1,4})?"
                          r"[ \t]*$")
# The lines at a page's top and foot where headers and footers stand.
EDGE_LINES = 3
_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
# A page number printed bare ("7", without "Page") is told from a figure that happens to end
# a page by agreement: at the same edge (top or bottom) of at least BARE_AGREEMENT pages, and
# of most pages that begin or end with a bare number, it differs from the PDF page by the
# same amount.
BARE_AGREEMENT = 2
_BLANK_PAGE = re.compile(r"^\W*this\s+page\s+is\s+intentionally\s+(left\s+)?blank\W*$", re.I)

logging.getLogger("pypdf").setLevel(logging.ERROR)

# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _unheard(_: str) -> None:
    """Where warnings go when the caller has no use for them."""


class ExtractionError(Exception):
    """A file that cannot be read; the message says why, in words a user can act on."""


@dataclass(frozen=True)
class Page:
    """One page (or, for text without page breaks, one stretch) of a document.

    `number` is the PDF page (1-based) or the form-feed page of a text file, else None.
    `label` is the page number the document prints on that page, when it prints one
    ("Page 13", or a bare "13" standing first or last on the page; see `_with_bare_labels`).
    """

    number: int | None
    label: str | None
    text: str

    @property
    def is_blank(self) -> bool:
        """Blank and "intentionally left blank" pages, and pages printing nothing but their
        number (a chart or scan with a text-layer page number), are counted but never
        indexed."""
        stripped = _PAGE_LABEL.sub("", self.text).strip()
        return not stripped or is_label_line(stripped, self.label) \
            or bool(_BLANK_PAGE.match(stripped))


def extract(path: Path, data: bytes, warn: Callable[[str], None] = _unheard) -> list[Page]:
    """Read `data` (the bytes of `path`) into pages; raise ExtractionError when unreadable,
    and `warn` of what was read only in part (bytes of text that were not UTF-8)."""
    suffix = path.suffix.lower()
    if not data:
        raise ExtractionError("empty file")
    if suffix in PDF_SUFFIXES:
        pages = _extract_pdf(data, warn)
    elif suffix in TEXT_SUFFIXES:
        pages = _extract_text(_decode(data, warn))
    else:
        known = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ExtractionError(f"unsupported file type '{suffix or '(none)'}' (supported: {known})")
    if all(page.is_blank for page in pages):
        if suffix in PDF_SUFFIXES:
            raise ExtractionError("no text layer (a scanned PDF?): OCR it first")
        raise ExtractionError("no text")
    return pages


def printed_label(text: str) -> str | None:
    """The printed page number of a page: the last line on it that prints only its number
    (`_PAGE_LABEL`), else a header or footer ending "Page N of M"."""
    found = [next(number for number in match.groups() if number)
             for match in _PAGE_LABEL.finditer(text)]
    if found:
        return found[-1]
    lines = [line for line in text.splitlines() if line.strip()]
    edges = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    return next((m.group(1) for line in reversed(edges)
                 if (m := _PAGE_AT_END.search(line)) and m.group("of")), None)


def prints_page_number(line: str) -> bool:
    """Whether `line` prints a page's number and nothing else ("Page 7", "7 | Page",
    "- 7 -"; a bare "7" is told by `is_label_line`)."""
    return bool(_PAGE_LABEL.match(line))


def _edge_numbers(text: str) -> set[tuple[str, int]]:
    """Numbers standing on the first ("top") or last ("bottom") line of a page: alone, or
    ending a header or footer as "Page N"."""
    lines = [line for line in text.splitlines() if line.strip()]
    ends = (("top", lines[:1]), ("bottom", lines[-1:]))
    return {(edge, int(m.group(1))) for edge, end in ends for line in end
            if (m := _BARE_NUMBER.match(line) or _PAGE_AT_END.search(line))}


def _with_bare_labels(pages: list[Page]) -> list[Page]:
    """Label the PDF pages of a document that prints its page numbers bare.

    A document that prints "Page N" anywhere keeps those labels alone: in a pack, the
    pack's numbering is the one people cite. Bare numbers must agree at one edge of the page
    (BARE_AGREEMENT), with no other offset as common: a numbered list running from the foot
    of one page ("3") to the head of the next ("4") agrees once at each edge, not twice at
    one, so it is not taken for page numbers, while an appendix numbered from 5 at its foot
    is cited as it prints ("p. 7 (PDF p. 3)").
    """
    if any(page.label for page in pages):
        return pages
    edges = [(page, _edge_numbers(page.text)) for page in pages]
    votes = Counter((edge, n - page.number) for page, found in edges for edge, n in found)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return pages
    (edge, offset), agreeing = ranked[0]
    numbered = sum(1 for _, found in edges if found)
    if agreeing < BARE_AGREEMENT or 2 * agreeing <= numbered:
        return pages
    return [replace(page, label=str(page.number + offset))
            if (edge, page.number + offset) in found else page for page, found in edges]


def is_label_line(line: str, label: str | None) -> bool:
    """Whether `line` prints the page's `label` and nothing else ("7", "07")."""
    found = _BARE_NUMBER.match(line)
    return bool(found and label and label.isdigit() and int(found.group(1)) == int(label))


def _extract_pdf(data: bytes, warn: Callable[[str], None]) -> list[Page]:
    """The PDF's pages; a page pypdf cannot read is kept as a page without text, and said:
    read as blank, it made a decompression bomb look like a scanned PDF."""
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError("encrypted PDF (needs a password)")
        count = len(reader.pages)
    except ExtractionError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise ExtractionError(f"not a readable PDF ({_reason(exc)})") from exc
    if count == 0:
        raise ExtractionError("PDF has no pages")
    pages, unread = [], {}
    for index in range(count):
        try:
            text = _page_text(reader, index)
        except Exception as exc:  # a damaged content stream, or one past pypdf's limits
            text, unread[index + 1] = "", exc
        pages.append(Page(number=index + 1, label=printed_label(text), text=text))
    if unread:
        _say_unread(unread, count, all(page.is_blank for page in pages), warn)
    return _with_bare_labels(pages)


def _page_text(reader: PdfReader, index: int) -> str:
    """A page's text in pypdf's reading order; words it runs together are put apart by
    the words its layout reading prints (`spacing`)."""
    page = reader.pages[index]
    text = (page.extract_text() or "").replace("\x00", "")
    if runs_together(text):
        try:
            spaced = page.extract_text(extraction_mode="layout",
                                       layout_mode_strip_rotated=False) or ""
        except Exception:  # the layout reading fails on pages the plain one reads
            spaced = ""
        text = respaced(text, spaced.replace("\x00", ""))
    return text


def _say_unread(unread: dict[int, Exception], count: int, nothing_else: bool,
                warn: Callable[[str], None]) -> None:
    """Fail the file when no page was read, else warn of the pages left out: either way
    naming how many, the first, and why."""
    from pypdf.errors import LimitReachedError

    first = min(unread)
    why = _reason(unread[first])
    if isinstance(unread[first], LimitReachedError):  # a decompression bomb, a cycle
        why = f"beyond pypdf's safety limits: {str(unread[first]).strip()[:200]}"
    said = (f"{len(unread)} of {count} page{'s' * (count != 1)} could not be read "
            f"(page {first}: {why})")
    if nothing_else:
        raise ExtractionError(said)
    warn(f"{said}; indexed without {'it' if len(unread) == 1 else 'them'}")


def _decode(data: bytes, warn: Callable[[str], None]) -> str:
    """Text from a file's bytes: by its byte-order mark (UTF-8, or UTF-16 and UTF-32 as
    Windows' Notepad saves "Unicode"), else UTF-8, else Windows-1252, the encodings council
    text files come in.

    UTF-8 with a few bad bytes (a file cut and pasted together) is still UTF-8: read as
    Windows-1252 its every accent and curly quote would be indexed as mojibake ("â€™"), so
    it is read as UTF-8 with the bad bytes replaced, and `warn` says how many. A file that
    is mostly not text is refused."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _lenient(data, codec, warn)
    if b"\x00" in data[:4096]:
        raise ExtractionError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if len(text) - len(text.encode("ascii", errors="ignore")) - bad <= bad:
        with contextlib.suppress(UnicodeDecodeError):  # no more UTF-8 than bad bytes
            return data.decode("cp1252")
    return _lenient(data, "utf-8", warn)


def _lenient(data: bytes, codec: str, warn: Callable[[str], None]) -> str:
    """`data` in `codec` (which reads its byte-order mark), bytes it cannot read replaced
    by "\ufffd" and counted in a warning; mostly unreadable, it is not text."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    name = codec.upper().replace("-SIG", "")
    if bad * 20 > len(text):
        also = " nor Windows-1252" if name == "UTF-8" else ""
        raise ExtractionError(f"undecodable text: {bad} of {len(data)} bytes are neither "
                              f"{name}{also}")
    warn(f"{bad} byte{'s' * (bad != 1)} not valid {name}, indexed as \ufffd")
    return text


def _extract_text(text: str) -> list[Page]:
    """Split text at form feeds; without them, only at printed "Page N" footers.

    Without form feeds a footer tells where a page ends but not where it began, so a
    stretch of text gets its footer's label only when the previous footer was the page
    before (N-1); otherwise the stretch is kept whole with no label.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        return [
            Page(number=i + 1, label=printed_label(part), text=part)
            for i, part in enumerate(text.split("\f"))
        ]
    pages: list[Page] = []
    start, previous = 0, None
    for match in _PAGE_LABEL.finditer(text):
        number = int(match.group(1))
        label = str(number) if previous is not None and number == previous + 1 else None
        pages.append(Page(number=None, label=label, text=text[start : match.end()]))
        start, previous = match.end(), number
    pages.append(Page(number=None, label=None, text=text[start:]))
    return [page for page in pages if page.text.strip()] or [Page(None, None, text)]


def _reason(exc: Exception) -> str:
    from pypdf.errors import PdfReadError

    message = str(exc).strip() or type(exc).__name__
    if isinstance(exc, PdfReadError):
        return message
    return f"{type(exc).__name__}: {message}"[:200]
