"""Calibrating abstention (abstain.py): how often `answerable` is right, and where to set it.

Two shares are measured for each ranking (the quick one, and the close reading): among the
public questions whose answer is in the top five, the share judged answerable (a question
answered but called unanswerable hides a right answer); among questions the papers do not
answer (bench/offtopic.jsonl), the share judged unanswerable (the other way, a wrong page
dressed up as an answer). The threshold is checked by two-fold cross-validation: fitted on
one half of both kinds of question, the shares are counted on the other half, so that the
numbers reported are not those of the questions the threshold was chosen on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from scrutiny_qa.abstain import CROSS_THRESHOLD, QUICK_THRESHOLD, answer_score
from scrutiny_qa.evaluate import _first_correct, _gold, normalise
from scrutiny_qa.retrieve import Searcher

SHIPPED = {False: QUICK_THRESHOLD, True: CROSS_THRESHOLD}  # by whether it re-ranks
TOP = 5  # an answer counts as found within the first TOP passages
# What the shares should reach: answered questions kept, off-topic ones refused.
TARGETS = (0.95, 0.9)


@dataclass
class Scores:
    """The answer score of each question whose answer is in the top five, and of each
    question the papers do not answer, for one ranking."""

    answered: list[float]
    offtopic: list[float]


def load_offtopic(path: Path) -> list[str]:
    """The questions of a JSONL file of {"id", "question"} lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def collect(searcher: Searcher, questions: list[dict], offtopic: list[str], docs_root: Path,
            rerank: bool) -> Scores:
    """Ask every question once with this ranking and keep the best passage's score."""
    scores = Scores([], [])
    for entry in questions:
        results = searcher.search(entry["question"], TOP, rerank=rerank)
        wanted = [normalise(p) for p in entry["must_contain"]]
        if _first_correct(results, _gold(entry, docs_root), wanted):
            scores.answered.append(_score(results))
    for question in offtopic:
        scores.offtopic.append(_score(searcher.search(question, TOP, rerank=rerank)))
    return scores


def _score(results: list) -> float:
    score = answer_score(results)[1]
    return float("-inf") if score is None else score


def shares(scores: Scores, threshold: float) -> tuple[float, float]:
    """(share of answered questions judged answerable, share of off-topic ones judged not)."""
    kept = sum(s >= threshold for s in scores.answered) / max(len(scores.answered), 1)
    refused = sum(s < threshold for s in scores.offtopic) / max(len(scores.offtopic), 1)
    return round(kept, 3), round(refused, 3)


def fit(scores: Scores) -> float:
    """The threshold with the widest margin over both targets (the least of the two shares'
    excess over its target, maximised; on a tie, the more right in all), midway between two
    neighbouring scores."""
    values = sorted(set(scores.answered) | set(scores.offtopic))
    candidates = [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)] or [0.0]

    def margin(threshold: float) -> tuple[float, float]:
        kept, refused = shares(scores, threshold)
        return min(kept - TARGETS[0], refused - TARGETS[1]), kept + refused

    return round(max(candidates, key=margin), 3)


def cross_validate(scores: Scores) -> list[tuple[float, tuple[float, float]]]:
    """For each half (alternate questions of each kind), the threshold fitted on it and the
    shares that threshold gives on the other half."""
    folds = []
    for half in (0, 1):
        fitted = fit(Scores(scores.answered[half::2], scores.offtopic[half::2]))
        other = Scores(scores.answered[1 - half::2], scores.offtopic[1 - half::2])
        folds.append((fitted, shares(other, fitted)))
    return folds


def report(scores: Scores, rerank: bool) -> str:
    """The lines `scrutiny-qa eval --abstain` prints for one ranking."""
    name = "close reading (cross-encoder logit)" if rerank else \
        "quick ranking (cosine + coverage)"
    kept, refused = shares(scores, SHIPPED[rerank])
    lines = [f"{name}: threshold {SHIPPED[rerank]}",
             f"  answerable among {len(scores.answered)} answered in the top {TOP}: {kept}",
             f"  not answerable among {len(scores.offtopic)} off-topic: {refused}",
             f"  fitted on all: {fit(scores)}"]
    for half, (fitted, (kept, refused)) in enumerate(cross_validate(scores)):
        lines.append(f"  fitted on half {half + 1}: {fitted}; on the other half: answerable "
                     f"{kept}, not answerable {refused}")
    return "\n".join(lines)
