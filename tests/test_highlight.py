"""Sentence-window scoring: the question's words close together beat the same words apart."""

from scrutiny_qa.highlight import query_terms, window_score

FAR = ("The academy opened in 2022. Staff were recruited over the summer. "
       "The budget was agreed in March. Thirteen trainees finished the course.")
NEAR = "Thirteen trainees graduated from the academy. The budget was agreed in March."


def test_terms_within_two_sentences_score_more_than_terms_far_apart() -> None:
    weights = {term: 1.0 for term in query_terms("How many trainees graduated from the academy?")}
    assert window_score(weights, NEAR) > window_score(weights, FAR)


def test_rarer_terms_weigh_more() -> None:
    weights = {"budget": 0.5, "academ": 3.0}
    assert window_score(weights, "The academy is new.") > window_score(weights, "The budget.")
    assert window_score({}, NEAR) == 0.0


def test_query_terms_keep_a_whole_word_for_each_stem() -> None:
    assert query_terms("What did the assessment find about assessments in 2024?") == {
        "assess": "assessments", "2024": "2024"}
