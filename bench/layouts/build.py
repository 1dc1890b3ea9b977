"""Write the layouts benchmark: papers of 24 councils' house styles nowhere in ../shared.

Each module here holds one paper as its pages' text (`PAGES`, or `DOCS` for a meeting's
papers), what a careful reader finds in it (`EXPECT`: items, minutes, decisions, votes,
commitments, page labels) and three or four questions with the page and item that answer them
(`QUESTIONS`). They were written from how councils publish, before the product read them;
their content is invented, the councils' names only say whose house style each follows.
The last ten (o_ to x_) came from a later probe and were used to develop the reading rules,
so they are a regression bench, not held out.

    python bench/layouts/build.py OUT   # OUT/corpus/…pdf, OUT/questions.jsonl, OUT/expected.json

Every question's phrases are checked to stand on its page of the written PDF.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
STYLES = sorted(p.stem for p in HERE.glob("[a-z]_*.py"))
# A Unicode font for dashes, curly quotes and bullets (Helvetica is Latin-1 only).
FONTS = ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_pdf(path: Path, pages: list[str]) -> None:
    """One PDF page per string, a line of text per line, as tests/conftest.make_pdf."""
    pdf = FPDF()
    text = "".join(pages)
    try:
        text.encode("latin-1")
        pdf.set_font("Helvetica", size=10)
    except UnicodeEncodeError:
        font = next((f for f in FONTS if Path(f).exists()), None)
        if font is None:
            sys.exit(f"{path.name}: needs a Unicode font; install fonts-liberation")
        pdf.add_font("Unicode", "", font)
        pdf.set_font("Unicode", size=10)
    for page in pages:
        pdf.add_page()
        for line in page.split("\n"):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _norm(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return re.sub(r"\s+", " ", text).strip().lower()


def build(out: Path) -> list[str]:
    """Write the papers and question set under `out`; the problems found, if any."""
    sys.path.insert(0, str(HERE))
    expected, questions, problems = {}, [], []
    for name in STYLES:
        style = importlib.import_module(name)
        files = {style.PATH: style.PAGES} if hasattr(style, "PATH") else \
            {style.FOLDER + f: pages for f, pages in style.DOCS.items()}
        for rel, pages in files.items():
            write_pdf(out / "corpus" / rel, pages)
        expected[name] = {"files": list(files), **style.EXPECT}
        for n, q in enumerate(style.QUESTIONS, 1):
            rel = style.PATH if hasattr(style, "PATH") else style.FOLDER + q["doc"]
            questions.append({
                "id": f"layout-{name}-{n}", "question": q["question"], "doc": f"corpus/{rel}",
                "also_docs": [], "answer": q["answer"], "must_contain": q["must_contain"],
                "page": q["page"], "agenda_item": q["agenda_item"], "kind": q["kind"]})
            page = _norm(PdfReader(out / "corpus" / rel).pages[q["page"] - 1].extract_text())
            problems += [f"{name} question {n}: not on page {q['page']}: {p!r}"
                         for p in q["must_contain"] if _norm(p) not in page]
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False))
    (out / "questions.jsonl").write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions))
    return problems


if __name__ == "__main__":
    found = build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/scrutiny-qa-layouts"))
    print("\n".join(found) or "every question's phrases stand on its page")
    sys.exit(1 if found else 0)
