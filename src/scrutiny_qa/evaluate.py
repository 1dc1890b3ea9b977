"""Evaluation against a question set in the format of shared/eval/README.md.

A result is correct when its document is the gold one (or an `also_docs` one, or a
byte-identical copy of either, compared by SHA-256) and its passage contains one of the
`must_contain` phrases after normalisation. Page and agenda-item accuracy are measured on
the first correct result, since that is the citation a user would follow; every labelled
item counts, "5" or "D-2" alike, compared in the canonical form of `formats.labels`
("D.-2." is "D-2"). When that result is one passage published in several papers and shown
once, the question's page and item are those of its own `doc`, so they are judged against
the result's citation of that paper.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny_qa.formats.labels import canonical
from scrutiny_qa.query.present import Result
from scrutiny_qa.retrieve import Searcher
from scrutiny_qa.sources import file_sha256
from scrutiny_qa.structure import FRONT

# How deep `candidate_recall` looks into each retriever's list (at most the search's pool).
RECALL_DEPTHS = (10, 20, 30, 50, 100)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """The README's normalisation: collapse white space, lower-case, straighten quotes/dashes."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


@dataclass
class Report:
    """Scores over a question set, plus the questions that missed."""

    questions: int = 0
    hits: dict[int, int] = field(default_factory=lambda: {1: 0, 3: 0, 5: 0, 10: 0})
    reciprocal_ranks: float = 0.0
    page_total: int = 0
    page_right: int = 0
    item_total: int = 0
    item_right: int = 0
    misses: list[dict] = field(default_factory=list)

    def metrics(self) -> dict:
        n = max(self.questions, 1)
        return {
            **{f"hit@{k}": round(v / n, 3) for k, v in self.hits.items()},
            "mrr@10": round(self.reciprocal_ranks / n, 3),
            "page_accuracy": round(self.page_right / max(self.page_total, 1), 3),
            "item_accuracy": round(self.item_right / max(self.item_total, 1), 3),
            "questions": self.questions,
            "page_questions": self.page_total,
            "item_questions": self.item_total,
        }


def load_questions(path: Path) -> list[dict]:
    """Read a JSONL question file, naming the line of any malformed entry."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            entry["question"], entry["doc"], entry["must_contain"]  # noqa: B018 - validation
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a valid question ({exc})") from exc
        questions.append(entry)
    return questions


def evaluate(searcher: Searcher, questions: list[dict], docs_root: Path,
             dump: Path | None = None, k: int = 10, rerank: bool = False) -> Report:
    """Score `searcher` on `questions`, whose doc paths are relative to `docs_root`
    (`rerank`: with the cross-encoder re-ranking the top candidates)."""
    report = Report()
    out = dump.open("w", encoding="utf-8") if dump else None
    try:
        for entry in questions:
            results = searcher.search(entry["question"], k=k, rerank=rerank)
            rank = _first_correct(results, _gold(entry, docs_root), entry["must_contain"])
            first = _cited(results[rank - 1], file_sha256(docs_root / entry["doc"])) \
                if rank else None
            _score(report, entry, first, rank)
            if out:
                out.write(json.dumps({"id": entry.get("id"), "question": entry["question"],
                                      "first_correct_rank": rank,
                                      "results": [_dump(r) for r in results]}) + "\n")
    finally:
        if out:
            out.close()
    return report


def agreement(first: Searcher, second: Searcher, questions: list[dict], k: int = 10,
              rerank: bool = False) -> float:
    """The mean share of the same passages in both searchers' first `k`: how alike two
    index backends rank. A passage is known by its document's content and its text (row
    ids differ between backends)."""
    if not questions:
        return 1.0
    shares = []
    for entry in questions:
        found = [{_passage(r) for r in searcher.search(entry["question"], k=k, rerank=rerank)}
                 for searcher in (first, second)]
        shares.append(len(found[0] & found[1]) / max(len(found[0]), len(found[1]), 1))
    return sum(shares) / len(shares)


def _passage(result: Result) -> tuple[str, int, str]:
    return result.citation["sha256"], result.page_seq, normalise(result.text)


def _gold(entry: dict, docs_root: Path) -> set[str]:
    """The SHA-256 of each document that may answer `entry` (its doc and any also_docs):
    results are matched by content, so a byte-identical copy elsewhere counts too."""
    docs = [entry["doc"], *entry.get("also_docs", [])]
    return {digest for d in docs if (digest := file_sha256(docs_root / d))}


def _first_correct(results: list, gold: set[str], phrases: list[str]) -> int | None:
    wanted = [normalise(p) for p in phrases]
    for rank, result in enumerate(results, start=1):
        if _correct(result.citation["sha256"], result.text, gold, wanted):
            return rank
    return None


def _cited(result: Result, own: str | None) -> dict:
    """The result's citation of the question's own document (by content hash) where the
    passage stands in several papers (`also_in`), else its first citation."""
    citations = [result.citation, *result.citation.get("also_in", [])]
    return next((c for c in citations if own and c.get("sha256") == own), result.citation)


def _correct(sha256: str, text: str, gold: set[str], wanted: list[str]) -> bool:
    """The scoring rule: a gold document (by content hash) and one of the phrases."""
    if sha256 not in gold:
        return False
    text = normalise(text)
    return any(p in text for p in wanted)


def candidate_recall(searcher: Searcher, questions: list[dict], docs_root: Path,
                     depths: tuple[int, ...] = RECALL_DEPTHS) -> dict[str, dict[int, float]]:
    """For each retriever alone ("keyword", "dense") and for the two together ("either"),
    the share of questions with a correct passage among its first N, for each depth N.

    This separates the two ways a question is missed: an answer neither retriever brings
    up is beyond any re-ranking; one they bring up but the shipped ranking buries is a
    ranking failure.
    """
    found = {name: dict.fromkeys(depths, 0) for name in ("keyword", "dense", "either")}
    for entry in questions:
        ranks = _correct_ranks(searcher, entry["question"], _gold(entry, docs_root),
                               [normalise(p) for p in entry["must_contain"]])
        ranks["either"] = min(ranks.values())
        for name, rank in ranks.items():
            for depth in depths:
                found[name][depth] += int(rank <= depth)
    n = max(len(questions), 1)
    return {name: {depth: round(count / n, 3) for depth, count in counts.items()}
            for name, counts in found.items()}


def _correct_ranks(searcher: Searcher, question: str, gold: set[str],
                   wanted: list[str]) -> dict[str, float]:
    """The rank of the first correct passage in each retriever's own list (inf: none)."""
    lists = searcher.candidates(question)
    ids = sorted({chunk_id for ranking in lists.values() for chunk_id in ranking})
    marks = ",".join("?" * len(ids))
    right = {row["id"] for row in searcher.conn.execute(
        "SELECT c.id, c.text, d.sha256 FROM chunks c JOIN documents d ON d.id = c.document_id"
        f" WHERE c.id IN ({marks})", ids) if _correct(row["sha256"], row["text"], gold, wanted)}
    return {name: next((rank for rank, chunk_id in enumerate(ranking, start=1)
                        if chunk_id in right), math.inf)
            for name, ranking in lists.items()}


def _score(report: Report, entry: dict, first: dict | None, rank: int | None) -> None:
    """Count one question; `first` is the citation its first correct result is judged by."""
    report.questions += 1
    for k in report.hits:
        if rank is not None and rank <= k:
            report.hits[k] += 1
    if rank is not None and rank <= 10:
        report.reciprocal_ranks += 1.0 / rank
    if entry.get("page"):
        report.page_total += 1
        report.page_right += int(bool(first) and first["page"] == entry["page"])
    item = entry.get("agenda_item")
    if item and str(item) != FRONT:
        report.item_total += 1
        cited = ((first or {}).get("agenda_item") or {}).get("number")
        report.item_right += int(bool(cited) and canonical(cited) == canonical(str(item)))
    if rank is None or rank > 5:
        report.misses.append({"id": entry.get("id"), "question": entry["question"],
                              "rank": rank, "doc": entry["doc"]})


def _dump(result) -> dict:
    return {"chunk_id": result.chunk_id, "score": result.score, "text": result.text,
            "citation": result.citation, "ranks": result.ranks}
