"""Ranking details that need no index: a vote's lead, and a vote's passages joined whole."""

from __future__ import annotations

from scrutiny_qa.query.fusion import fuse
from scrutiny_qa.query.present import join_passages
from scrutiny_qa.query.signals import vote_lead


def test_the_best_vote_leads_by_whichever_of_its_passages_ranks_near_the_top() -> None:
    labels = {1: ("Vote on the amendment (lost)", 1.0), 2: ("Vote on the amendment (lost)", 1.0),
              3: ("Vote on the motion (carried)", 1.0)}
    # the vote ranking's first is passage 1, but passage 2 of the same vote ranks 2nd
    ranked = fuse([([5, 2, 6, 1], 1.0)])
    assert vote_lead(labels, [1, 2, 3], ranked) == [2]
    assert vote_lead(labels, [3, 1, 2], ranked) == []  # the best vote is not near the top
    assert vote_lead(labels, [], ranked) == []


def test_a_vote_s_passages_are_joined_without_their_overlap() -> None:
    names = "Mr Baker, Mr Bond, Mr Booth, Mr Brazier, Mr Carter"
    first = f"For (5)\n{names}\nAgainst (2)"
    second = "Against (2)\nMr Hood, Mr Hook\nMotion carried."
    assert join_passages([(first, 0), (second, len("Against (2)"))]) == \
        f"For (5)\n{names}\nAgainst (2)\nMr Hood, Mr Hook\nMotion carried."
    carried = "the voting was as follows: For (5) Mr Baker, Mr Bond and Mr Booth"
    assert join_passages([(carried, 0), ("Mr Bond and Mr Booth Against (0)", 20)]) == \
        "the voting was as follows: For (5) Mr Baker, Mr Bond and Mr Booth Against (0)"
    # a shared end that the chunker did not carry over is two lines, both kept
    assert join_passages([("Against (1) Mr Hook", 0), ("Mr Hook, Mr Bond", 0)]) == \
        "Against (1) Mr Hook\nMr Hook, Mr Bond"
