"""Sentence-window scoring: the question's words close together beat the same words apart."""

import os
import subprocess
import sys

from scrutiny_qa.highlight import best_sentences, query_terms, window_score

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


def test_a_stop_inside_a_number_does_not_cut_or_drop_a_sentence() -> None:
    text = "Costs rose. The deficit is forecast to reach £15.2m at year end. Reserves are low."
    [best] = best_sentences("How big is the forecast deficit?", text, limit=1)
    assert best["text"] == "The deficit is forecast to reach £15.2m at year end."
    assert text[best["start"]:best["end"]] == best["text"]
    weights = {term: 1.0 for term in query_terms("forecast deficit reserves")}
    assert window_score(weights, text) == 3.0  # all three words, in two sentences


def test_a_stop_after_an_abbreviation_does_not_cut_the_sentence() -> None:
    resolved = "RESOLVED: That, subject to the amendment of Minute No. 12 (4), Cllr. Jones chair."
    text = f"The answer was no. {resolved} See para. 3.2, e.g. the table."
    [best] = best_sentences("What was resolved about the chair under minute 12?", text, limit=1)
    assert best["text"] == resolved
    assert best_sentences("was the answer no", text, limit=1)[0]["text"] == "The answer was no."


def test_a_sentence_already_offered_gives_way_to_the_passages_own() -> None:
    text = "The deficit is forecast to reach £15m. Reserves cannot meet the deficit."
    question = "How big is the forecast deficit?"
    assert best_sentences(question, text)[0]["text"] == "The deficit is forecast to reach £15m."
    [best, second] = best_sentences(question, text, shown=frozenset(
        {"The deficit is forecast to reach £15m."}))
    assert best["text"] == "Reserves cannot meet the deficit."
    assert text[best["start"]:best["end"]] == best["text"]
    only = "The deficit is forecast to reach £15m."
    assert best_sentences(question, only, shown=frozenset({only}))[0]["text"] == only


def test_a_sentence_sharing_only_numbers_with_the_question_is_not_the_answer() -> None:
    text = "Appendix 1 2024/25\nVisits rose to 771,600."
    [best] = best_sentences("How many visits were there in Q3 2024/25?", text, limit=1)
    assert best["text"] == "Visits rose to 771,600."
    only = "Minute 14 was agreed."
    assert best_sentences("minute 14", only)[0]["text"] == only


def test_scores_do_not_depend_on_the_process_hash_seed() -> None:
    """Terms are held in sets, whose order changes with Python's string hashing; a sum in
    that order differs in its last bit from run to run and flips tied rankings."""
    script = (
        "from scrutiny_qa.highlight import best_sentences, query_terms, window_score\n"
        "text = 'Alpha beta gamma delta epsilon zeta.'\n"
        "w = dict(zip(query_terms(text), (0.1, 0.2, 0.3, 0.7, 1.1, 1.3)))\n"
        "print(repr(window_score(w, text)), best_sentences(text, text)[0]['score'])\n")
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(8)}
    assert len(outputs) == 1, outputs
