"""Words as SQLite FTS5 indexes them (`porter unicode61`), for backends that keep their own
inverted index, so that BM25 ranks alike on every backend.

unicode61 cuts text at anything that is not a letter or a digit, folds case and strips
diacritics; porter stems each token (Snowball's "porter", the original algorithm, with the two
later rules FTS5's has). BM25 is FTS5's: idf = ln((N − n + 0.5) / (n + 0.5)) (at least 1e-6), a
row's frequency the column-weighted sum of a term's counts, its length all its tokens.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

K1, B = 1.2, 0.75  # FTS5's bm25() constants
_TOKEN = re.compile(r"[^\W_]+")
# Diacritics as unicode61 removes them: the combining marks of Latin letters, once split off.
_COMBINING = re.compile("[\u0300-\u036f]")
_STEMMER = snowballstemmer.stemmer("porter")
# FTS5 leaves tokens shorter than three or longer than 64 characters unstemmed.
_STEMMED = range(3, 65)


def tokens(text: str) -> list[str]:
    """`text`'s tokens in order, folded and stemmed as FTS5's porter unicode61 does."""
    return [_stem(token) for token in _TOKEN.findall(_folded(text))]


def _folded(text: str) -> str:
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.lower()))


@lru_cache(maxsize=100_000)
def _stem(token: str) -> str:
    if len(token) not in _STEMMED:
        return token
    stem = _STEMMER.stemWord(token)
    # Porter's two later step-2 rules, which FTS5 has and Snowball's original lacks:
    # (m>0) BLI -> BLE (then stemmed on: "possibly" -> "possibl") and (m>0) LOGI -> LOG.
    if stem.endswith("bli") and len(stem) > 4:
        return _STEMMER.stemWord(stem[:-3] + "ble")
    return stem[:-1] if stem.endswith("logi") and len(stem) > 5 else stem


def idf(rows: int, holding: int) -> float:
    """FTS5's inverse document frequency of a term `holding` rows of `rows` contain."""
    return max(math.log((rows - holding + 0.5) / (holding + 0.5)), 1e-6)
