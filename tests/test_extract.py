"""Extraction: page numbers and printed labels, blank pages, and every kind of bad input."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from conftest import make_pdf
from scrutiny_qa.extract import ExtractionError, extract


def _read(path: Path):
    return extract(path, path.read_bytes())


def test_pdf_pages_keep_number_and_printed_label(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "pack.pdf", [
        "Front sheet",
        "This page is intentionally left blank",
        "Report text on the first report page.\nPage 1",
        "More report text.\nPage 2 of 9",
    ])
    pages = _read(pdf)
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert [p.label for p in pages] == [None, None, "1", "2"]
    assert [p.is_blank for p in pages] == [False, True, False, False]


def test_bare_page_numbers_that_agree_are_printed_labels(tmp_path: Path) -> None:
    # An appendix numbered from 5: its pages print 5, 6, 7 bare at the foot, and its last
    # page (a chart in the original) prints only its number.
    pdf = make_pdf(tmp_path / "appendix.pdf", [
        "Capital programme summary\nTotal spend by year\n5",
        "Schemes by directorate\n6",
        "Risks to delivery\n7",
        "8",
    ])
    pages = _read(pdf)
    assert [p.label for p in pages] == ["5", "6", "7", "8"]
    assert [p.is_blank for p in pages] == [False, False, False, True]


@pytest.mark.parametrize("footer", [
    "{n} | P a g e",  # a word processor's footer, its letters spaced
    "{n} | Page",
    "Page | {n}",
    "- {n} -",
    "PAGE {n}",
    "Regular Meeting Minutes - March 4, 2025      Page {n} of 3",  # a US clerk's footer
])
def test_page_numbers_in_the_footers_councils_print_are_labels(tmp_path: Path,
                                                               footer: str) -> None:
    pdf = make_pdf(tmp_path / "minutes.pdf", [
        f"The committee considered the report.\nIt was noted.\n{footer.format(n=n)}"
        for n in (1, 2, 3)])
    assert [p.label for p in _read(pdf)] == ["1", "2", "3"]


def test_a_footer_ending_page_n_is_a_label_where_pages_agree(tmp_path: Path) -> None:
    # A parish council's minute book: pages numbered through the year, after the
    # chairman's initials. One line ending "Page 4" is a reference, not a page number.
    book = make_pdf(tmp_path / "book.pdf", [
        f"Minute text on this page.\nChairman's initials ........      Page {57 + n}"
        for n in (1, 2, 3)])
    assert [p.label for p in _read(book)] == ["58", "59", "60"]
    report = make_pdf(tmp_path / "report.pdf", [
        "Introduction.\nThe figures are set out in full in Appendix B at Page 4",
        "Background to the proposals.", "Next steps."])
    assert [p.label for p in _read(report)] == [None, None, None]


def test_bare_numbers_that_disagree_are_not_labels(tmp_path: Path) -> None:
    # Tables that happen to end in a figure: no shared offset from the PDF page.
    pdf = make_pdf(tmp_path / "budget.pdf", [
        "Savings by service\nTotal\n426", "Reserves\nClosing balance\n31", "Notes\n3"])
    assert [p.label for p in _read(pdf)] == [None, None, None]


def test_a_numbered_list_across_a_page_break_is_not_page_numbers(tmp_path: Path) -> None:
    # "3" ends page 1 and "4" opens page 2: one offset, but once at each edge.
    pdf = make_pdf(tmp_path / "list.pdf", ["Steps agreed\n1\nConsult\n2\nDraft\n3",
                                           "4\nPublish\n5\nReview the policy annually"])
    assert [p.label for p in _read(pdf)] == [None, None]


def test_zero_padded_page_numbers_are_labels_too(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "padded.pdf", ["Summary of responses\n01", "Next steps\n02", "03"])
    pages = _read(pdf)
    assert [p.label for p in pages] == ["1", "2", "3"] and pages[2].is_blank


def test_page_n_footers_outrank_bare_numbers(tmp_path: Path) -> None:
    # A pack prints "Page N"; an appendix inside it keeps its own bare numbers as text.
    pdf = make_pdf(tmp_path / "pack.pdf", [
        "Report\nPage 1", "Appendix A\n12", "Appendix A continued\n13\nPage 3"])
    assert [p.label for p in _read(pdf)] == ["1", None, "3"]


def test_text_form_feeds_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("first page\nPage 7\fsecond page\nPage 8\f", encoding="utf-8")
    pages = _read(path)
    assert [(p.number, p.label) for p in pages[:2]] == [(1, "7"), (2, "8")]


def test_text_without_page_breaks_gets_no_invented_pages(tmp_path: Path) -> None:
    path = tmp_path / "pack.md"
    path.write_text("intro\nPage 5\nmiddle\nPage 9\nnext\nPage 10\ntail", encoding="utf-8")
    pages = _read(path)
    assert all(p.number is None for p in pages)
    # Only a stretch between consecutive footers (9 then 10) is known to be printed page 10.
    assert [p.label for p in pages] == [None, None, "10", None]


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_bytes("A saving of £426k – agreed.".encode("cp1252"))
    assert "£426k" in _read(path)[0].text


def test_utf8_with_a_bad_byte_is_read_as_utf8_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_bytes("Café – “agreed”. ".encode() * 2 + b"\x92 end")
    heard: list[str] = []
    text = extract(path, path.read_bytes(), heard.append)[0].text
    assert text.startswith("Café – “agreed”.") and text.endswith("\ufffd end")
    assert heard == ["1 byte not valid UTF-8, indexed as \ufffd"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "notepad.txt"
    mark = {"utf-16-be": "\ufeff"}.get(codec, "")
    path.write_bytes(f"{mark}Minutes: £5k for the Café.".encode(codec))
    assert _read(path)[0].text == "Minutes: £5k for the Café."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty file"),
        ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf", "not a readable PDF"),
        ("notes.docx", b"PK\x03\x04 word file", "unsupported file type '.docx'"),
        ("garbled.txt", b"caf\xe9 \x81\x8d\x9d\x90 bytes", "undecodable text"),
        ("binary.txt", b"\x00\x01\x02binary", "binary data"),
    ],
)
def test_bad_files_fail_with_a_reason(tmp_path: Path, name: str, content: bytes,
                                      reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=reason):
        _read(path)


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "locked.pdf", ["secret minutes"], password="pw")
    with pytest.raises(ExtractionError, match="encrypted"):
        _read(pdf)


@pytest.mark.parametrize("method", [EncryptionMethod.AES_128, EncryptionMethod.AES_256])
def test_an_aes_encrypted_pdf_without_a_user_password_is_read(tmp_path: Path,
                                                              method: EncryptionMethod) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_encryption(owner_password="owner", user_password="", encryption_method=method)
    pdf.add_page()
    pdf.cell(0, 5, "Minutes: the Cabinet agreed the library rota.")
    pdf.output(str(tmp_path / "aes.pdf"))
    assert "library rota" in _read(tmp_path / "aes.pdf")[0].text


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "scan.pdf", ["", ""])
    with pytest.raises(ExtractionError, match="no text layer"):
        _read(pdf)


def _pdf_of_streams(path: Path, contents: list[bytes]) -> Path:
    """A PDF written by hand, one page per content stream, each stream Flate-compressed:
    what a decompression bomb is made of (fpdf2 cannot write a stream this large cheaply)."""
    pages = len(contents)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(pages)), pages),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for n, content in enumerate(contents):
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * n))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                       % (len(packed), packed))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, table)
    path.write_bytes(bytes(out))
    return path


TEXT_STREAM = b"BT /F1 12 Tf 72 720 Td (The Cabinet agreed the library rota.) Tj ET\n"
BOMB_STREAM = TEXT_STREAM + b" " * 80_000_000  # past pypdf's 75 MB output limit


def test_a_decompression_bomb_is_reported_as_one_not_as_a_scan(tmp_path: Path) -> None:
    """Issue 25 D15: pages past pypdf's limits were read as blank, and the file reported
    as "no text layer (a scanned PDF?)"."""
    pdf = _pdf_of_streams(tmp_path / "bomb.pdf", [BOMB_STREAM])
    with pytest.raises(ExtractionError) as failed:
        _read(pdf)
    assert str(failed.value).startswith("1 of 1 page could not be read (page 1: beyond "
                                        "pypdf's safety limits: Limit reached")
    assert "scanned" not in str(failed.value)


def test_pages_that_cannot_be_read_are_left_out_with_a_warning(tmp_path: Path) -> None:
    pdf = _pdf_of_streams(tmp_path / "mixed.pdf", [TEXT_STREAM, BOMB_STREAM, TEXT_STREAM])
    heard: list[str] = []
    pages = extract(pdf, pdf.read_bytes(), heard.append)
    assert [bool(page.text.strip()) for page in pages] == [True, False, True]
    assert len(heard) == 1 and heard[0].startswith("1 of 3 pages could not be read (page 2: ")
    assert heard[0].endswith("; indexed without it")


def _ocr_layer_pdf(path: Path, lines: list[str]) -> Path:
    """A page as a scan's OCR text layer prints it: each word placed on its own, invisible
    and scaled to 86 % ("86 Tz"), the gap between words a little under a space."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    sizer = FPDF(unit="pt")
    sizer.set_font("Helvetica", size=12)
    ops = ["BT", "3 Tr"]
    for row, line in enumerate(lines):
        x = 72.0
        for word in line.split():
            ops += ["/F1 12 Tf", f"1 0 0 1 {x:.2f} {700 - 14 * row} Tm", "86 Tz", f"({word})Tj"]
            x += sizer.get_string_width(word) * 0.86 + 4
    ops.append("ET")
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_words_an_ocr_layer_runs_together_are_put_apart(tmp_path: Path) -> None:
    lines = ["Mr Garcia said he would prefer to wait to speak during the item",
             "on the succession plan for the city manager and the budget for the year",
             "The Mayor thanked him and moved to the next speaker on the public comment list",
             "who asked about the sidewalk on University Drive by the hospital",
             "and when the parking lot would be finished as residents walk on the street",
             "The City Manager said the work would start in the spring after the design",
             "had been agreed with the hospital and the county public works department",
             "and he would report back to the Commission at its meeting in April"]
    [page] = _read(_ocr_layer_pdf(tmp_path / "scan.pdf", lines))
    assert [" ".join(line.split()) for line in page.text.splitlines()] == lines


def test_text_whose_words_stand_apart_is_left_as_read() -> None:
    from scrutiny_qa.spacing import respaced, runs_together

    prose = ("The Council has statutory responsibilities for the collection fund and its "
             "arrangements with the county and the police, which are set out in the report "
             "with the options the Cabinet considered, the reasons for them and the views "
             "of the residents who answered the consultation over the summer. ")
    assert not runs_together(prose)
    assert runs_together("Would you preferto wait to speakduringtheitem or speakin "
                         "PublicCommentsoyoucouldleave thankyouforcomingtoday " * 5)
    spaced = "the city manager succession plan 5f3a9c2e7b"
    # words the layout reading prints too, and a code no words make up, stay whole
    assert respaced("citymanager succession 5f3a9c2e7b", spaced) == \
        "city manager succession 5f3a9c2e7b"
    assert respaced("successionplan", "") == "successionplan"
    # split only into words the layout reading prints side by side
    assert respaced("the therapist", "a rapist was named by the city") == "the therapist"
    assert respaced("thecity", "a rapist was named by the city") == "the city"
