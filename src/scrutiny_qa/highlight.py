"""Highlighting: the sentence(s) of a passage that best answer the question.

Cheap on purpose (no model call): sentences are scored by the question's content words
they contain, rarer-looking (longer) words and numbers weighing more, so a councillor's eye
lands on the line that carries the answer. Offsets index into the passage text.
"""

from __future__ import annotations

import re

from scrutiny_qa.terms import STOPWORDS

_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|$)|\n|$)")
_TOKEN = re.compile(r"[a-z0-9£%]+")


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS}


def _weight(term: str) -> float:
    return 2.0 if any(ch.isdigit() for ch in term) else 1.0 + min(len(term), 6) / 6


def best_sentences(question: str, text: str, limit: int = 2) -> list[dict]:
    """Up to `limit` sentences with their [start, end) offsets, best first."""
    wanted = _terms(question)
    scored = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0).strip()
        if len(sentence) < 3:
            continue
        start = match.start() + match.group(0).index(sentence)
        score = sum(_weight(t) for t in wanted & _terms(sentence))
        if score > 0:
            scored.append((score, start, start + len(sentence), sentence))
    scored.sort(key=lambda s: (-s[0], s[1]))
    top = [s for s in scored[:limit] if s[0] >= scored[0][0] * 0.6] if scored else []
    return [{"text": s[3], "start": s[1], "end": s[2], "score": round(s[0], 3)} for s in top]


def window_score(weights: dict[str, float], text: str, size: int = 2) -> float:
    """The largest total weight of the question's terms found within `size` consecutive
    sentences of `text`: a passage that answers tends to hold the question's rarer words
    close together, where BM25 over the whole passage cannot tell near from far apart.
    `weights` maps terms as `query_terms` gives them to how much each counts."""
    sentences = [_terms(m.group(0)) for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    best = 0.0
    for start in range(len(sentences)):
        window = set().union(*sentences[start : start + size])
        best = max(best, sum(weight for term, weight in weights.items() if term in window))
    return best


def query_terms(question: str) -> dict[str, str]:
    """The question's words in the form `window_score` compares them (stop words dropped),
    each with one whole word it stands for (to look its rarity up)."""
    return {_stem(w): w for w in _TOKEN.findall(question.lower()) if w not in STOPWORDS}
