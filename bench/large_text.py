"""Write one large text file for timing the ingest of huge papers (issue 25 D12).

The bundled corpus's papers, paragraph by paragraph, each paragraph followed by a
separator line as text exports of tables and forms print them, repeated to the size asked.
Usage: python bench/large_text.py OUT.txt MEGABYTES
"""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEPARATOR = "-" * 79


def paragraphs() -> list[str]:
    """Every non-empty paragraph of the bundled corpus, in file order."""
    return [part.strip() for path in sorted(CORPUS.glob("*.txt"))
            for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]


def write(target: Path, megabytes: float) -> int:
    """Write at least `megabytes` MiB of paragraphs and separators; returns the bytes."""
    blocks = [f"{paragraph}\n{SEPARATOR}\n\n".encode() for paragraph in paragraphs()]
    wanted, written = int(megabytes * 2**20), 0
    with target.open("wb") as out:
        while written < wanted:
            written += sum(out.write(block) for block in blocks)
    return written


if __name__ == "__main__":
    size = write(Path(sys.argv[1]), float(sys.argv[2]))
    print(f"{sys.argv[1]}: {size / 2**20:.1f} MiB")
