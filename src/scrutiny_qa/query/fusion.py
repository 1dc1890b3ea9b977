"""Fusion: one order from many rankings, by weighted reciprocal rank.

Each ranking (a list of passage ids, best first) adds weight/(RRF_K + rank) to the passages
it ranks, so rankings whose scores are not comparable (cosine, BM25, a count of a question's
words) merge without calibration. A few passages may then lead the fused order outright
(`lead`): the evidence that they answer is surer than any rank.
"""

from __future__ import annotations

# A small k lets a first place in one ranking count for much more than tenth places in
# several.
RRF_K = 10
# Each ranking's weight in the fusion. The two retrievers ("dense": MiniLM by vector search;
# "keyword": BM25) weigh alike. The rankings built on them (signals.py), each only for the
# questions it speaks to: "date", the candidates of the meeting month a question names;
# "kind", those of the kind a question asks for (votes and resolutions for an outcome, a
# report's recommendations for what a meeting was asked to decide; weighed 1.5, chosen over
# 1.0 and 2.0 with each public set left out in turn: such a passage is a list of
# decisions the dense retriever matches poorly); "when", those naming a
# point in time, for a question asking when; "vote",
# recorded votes by how well their labels (the motion, the tally, the result) match it;
# "signed", the sign-offs of the best candidates' papers when it asks who wrote one;
# "named", the passages of a minute or decision it names by number, an exact match of a
# number being the surest evidence; "item", the passages of an agenda item it names by label
# in the candidates' papers, weighed as "named" is (no public question names an item, so
# its weight is the named number's, not a measured one); "window", the best candidates by
# how closely two consecutive sentences hold the question's rarer words; "record", the
# passages printing the resolutions and commitments that best match a question about what
# was decided or asked for; "cross", the cross-encoder's order when the close reading is
# asked for. What each adds across every public question set is measured by `scrutiny-qa
# eval --ablate` (EVALUATION.md); a signal that does not help across them does not stay.
WEIGHTS: dict[str, float] = {"dense": 1.0, "keyword": 1.0, "date": 1.0, "kind": 1.5,
                             "when": 1.0, "vote": 2.0, "signed": 2.0, "named": 2.0, "item": 2.0,
                             "window": 1.0, "record": 1.5, "cross": 2.0}
# A passage that should lead (a record's passage, a sign-off, a vote) is moved first only
# if it already ranks within LEAD_WITHIN, so a poor match never displaces an answer.
LEAD_WITHIN = 20

Ranked = list[tuple[int, float]]


def fuse(rankings: list[tuple[list[int], float]], k: int = RRF_K) -> Ranked:
    """Weighted reciprocal rank fusion: each list adds weight/(k + rank) to the ids it ranks;
    returns (id, score) best first."""
    scores: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, chunk_id in enumerate(ranking, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


def lead(ranked: Ranked, leaders: list[int]) -> Ranked:
    """Move the first of `leaders` that ranks within LEAD_WITHIN to the top."""
    if not ranked or not leaders:
        return ranked
    top = {chunk_id for chunk_id, _ in ranked[:LEAD_WITHIN]}
    first = next((chunk_id for chunk_id in leaders if chunk_id in top), None)
    if first is None or first == ranked[0][0]:
        return ranked
    rest = [(chunk_id, score) for chunk_id, score in ranked if chunk_id != first]
    return [(first, ranked[0][1] + 1e-6), *rest]


def positions(ranking: list[int]) -> dict[int, int]:
    """Each id's 1-based rank in `ranking` (what a result reports of every ranking)."""
    return {chunk_id: rank for rank, chunk_id in enumerate(ranking, start=1)}
