"""Abstention: whether anything in the papers answers a question well enough to say so.

"A wrong page is worse than no answer": a question the papers do not cover (another town's
bin collections, a football score) still gets its nearest passages from any ranking, and
they must not be presented as an answer. The judge is the best passage's absolute score,
never the fused score (a rank, comparable only within one answer): the cross-encoder's logit
when the passages were read closely, since it reads question and passage together. The quick
ranking has no such reader, and the cosine of question and passage alone cannot tell "the
household waste recycling centres' hours" in Kent from the same question about Birmingham;
so its score adds to the best cosine a share of the best coverage (how much of the
question's rarer words, "Birmingham" among them, a passage holds close together). The
thresholds are
calibrated on the public question sets and on questions the papers do not answer
(`scrutiny-qa eval ... --abstain bench/offtopic.jsonl`, see calibrate.py and
EVALUATION.md).
"""

from __future__ import annotations

from scrutiny_qa.query.present import Result

# The least cross-encoder logit (ms-marco-MiniLM-L-12-v2) of the best passage read closely
# for the question to count as answered.
CROSS_THRESHOLD = -1.1
# The quick ranking's score: the best cosine (all-MiniLM-L6-v2) of question and passage,
# plus COVERAGE_WEIGHT times the best coverage (Result.coverage, 0-1); and its least value
# for the question to count as answered.
COVERAGE_WEIGHT = 0.4
QUICK_THRESHOLD = 0.675  # refitted on the index whose context lines name the council


def answer_score(results: list[Result]) -> tuple[bool, float | None]:
    """Whether the close reading judges these results (any was read closely), and the
    score it or the quick ranking gives the best of them (None without results)."""
    if not results:
        return False, None
    read = [r.relevance for r in results if r.relevance is not None]
    if read:
        return True, max(read)
    return False, (max(r.similarity for r in results)
                   + COVERAGE_WEIGHT * max(r.coverage for r in results))


def answerable(results: list[Result]) -> bool:
    """Whether the best of `results` answers the question well enough to be shown as an
    answer (else they are offered as the nearest passages, marked as such)."""
    read, score = answer_score(results)
    return score is not None and score >= (CROSS_THRESHOLD if read else QUICK_THRESHOLD)
