"""Query words: which words of a question carry its meaning (shared by search and highlight)."""

from __future__ import annotations

import re

from scrutiny_qa.formats.labels import LABEL, canonical

_WORD = re.compile(r"[A-Za-z0-9£%][A-Za-z0-9£%'’/.\-]*[A-Za-z0-9%]|[A-Za-z0-9]")
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being below
    between both but by can could did do does doing done during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not now of off on once only or other our out over own same she
    should so some such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who whom why will
    with would you your yes tell show give find get happened say said""".split()
)


def content_words(text: str) -> list[str]:
    """The question's words, lower-cased, stop words dropped, first occurrence order."""
    terms: dict[str, None] = {}  # an ordered set: passages of 150 words are split too
    for word in _WORD.findall(text):
        word = word.strip("'’.-/").lower()
        if word and word not in STOPWORDS:
            terms[word] = None
    return list(terms)


_PLAIN_WORD = re.compile(r"[a-z0-9£%]+")


def word_set(text: str) -> set[str]:
    """The distinct words of a passage, lower-cased, stop words dropped: a cheap fingerprint
    for telling one passage published twice from two different ones."""
    return set(_PLAIN_WORD.findall(text.lower())) - STOPWORDS


_MONTH_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b", re.I)  # "January 23, 2024" too
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def mentioned_months(text: str) -> set[str]:
    """Months a question names with their year ("September 2022", "9 Jan 2025", "January 23,
    2024") as "YYYY-MM"."""
    return {f"{m.group(2)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}"
            for m in _MONTH_YEAR.finditer(text)}


_OUTCOME_WORDS = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|pass(?:ed)?|carried|lost|defeated|rejected|agreed|approved)\b",
    re.I)
# "resolved", or asking what a body decided ("What did Cabinet decide …?", "What was
# decided …?", "What was the decision on …?", "What decisions were taken …?") or whether it
# did ("Did Cabinet approve …?", "Has the council decided …?", "Was a decision taken …?");
# not "decide whether", "the deadline for approving" nor "the decision" in passing ("Who
# called in the decision?"), which name a decision without asking for its record.
_RESOLUTION_WORDS = re.compile(
    r"\bresol(?:ve[sd]?|utions?)\b|\bwhat\b[^?.]{0,80}?\bdecided?\b|"
    r"\bwhat\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?decisions?\b|"
    r"\b(?:did|has|have|had)\b[^?.]{0,60}?\b(?:(?:approve|endorse|agree|decide)[sd]?|adopt(?:s|ed)?)\b|"
    r"\bdecisions?\s+(?:was\s+|were\s+|been\s+)?(?:taken|made|reached)\b", re.I)


_AUTHOR_WORDS = re.compile(
    r"\bwho\b.{0,40}\b(?:wr[io]tes?|written|authored|signed|prepared|drafted)\b|"
    r"\bauthor(?:s|ed)?\b|\b(?:written|signed)\s+by\b", re.I)


_RECOMMENDATION_WORDS = re.compile(
    r"\brecommend\w*|\bpropos(?:e|es|ed|al|als)\b|\basked\s+to\s+"
    r"(?:agree|approve|decide|note|consider|endorse|resolve|adopt|support|recommend)\b", re.I)


def asked_kinds(text: str) -> set[str]:
    """Kinds of passage that answer a question about an outcome: a recorded vote ("did the
    motion pass?", "was the amendment agreed?", "the final vote"), or a resolution; about
    what a meeting was asked to decide ("what did the report recommend?", "what was
    proposed?"): a report's recommendations; or about authorship ("who wrote the
    report?"): a sign-off."""
    kinds: set[str] = {"sign-off"} if _AUTHOR_WORDS.search(text) else set()
    if _RECOMMENDATION_WORDS.search(text):
        kinds.add("recommendation")
    if _OUTCOME_WORDS.search(text):
        kinds |= {"vote", "resolution"}
    # "asked to decide" asks for the recommendations, not the decision taken
    if _RESOLUTION_WORDS.search(_RECOMMENDATION_WORDS.sub(" ", text)):
        kinds.add("resolution")
    return kinds


_ASKS_WHEN = re.compile(
    r"\bwhen\s+(?:does|did|will|is|are|was|were|would|should|can|could|has|have|do|must)\b|"
    r"\b(?:deadline|(?:on\s+)?what\s+date|by\s+when)\b", re.I)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A point in time a passage names: a day of a month ("6th July", "July 6"), a month of a
# year ("March 2026"), a month after "by", "until", "from" …, or a season or term of a year;
# not a bare year nor a financial year, which nearly every council passage prints.
_TEMPORAL = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?=\W|$)|"
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b{_MONTH_NAME},?\s+\d{{4}}\b|"
    rf"\b(?:by|until|till|from|before|after|in|during|end\s+of)\s+{_MONTH_NAME}(?=\W|$)|"
    r"\b(?:spring|summer|autumn|fall|winter)(?:\s+term)?\s+(?:of\s+)?\d{4}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


def asks_when(text: str) -> bool:
    """Whether a question asks when something happens or happened ("When does the contract
    end?", "What is the deadline…?"): its answer names a point in time."""
    return bool(_ASKS_WHEN.search(text))


def names_a_time(text: str) -> bool:
    """Whether a passage names a point in time (`_TEMPORAL`)."""
    return bool(_TEMPORAL.search(text))


_MINUTE_NUMBER = re.compile(r"\bminute\s+(?:no\.?\s*|number\s+)?(\d{1,4})\b", re.I)
_DECISION_NUMBER = re.compile(
    r"\bdecision\s+(?:no\.?\s*|number\s+)?(\d{2,4}/\d{3,6})\b|\b(\d{2}/\d{5})\b", re.I)


def decision_spellings(number: str) -> tuple[str, str]:
    """The ways a decision number is printed: "24/00093" in papers, "24-00093" in file names
    (and so in titles made from them)."""
    return number, number.replace("/", "-")


# "agenda item 5", "item E-1", "Item No. 7a": an item a question names by its label.
_ITEM_NAMED = re.compile(rf"(?<!line )\b(?:agenda\s+)?item\s+(?:no\.?\s*)?({LABEL})(?![\w/-])",
                         re.I)  # not a budget's "line item 3.5"


def mentioned_items(text: str) -> set[str]:
    """The agenda items a question names by label, in canonical form ("item e-1" -> "E-1")."""
    return {canonical(m.group(1)) for m in _ITEM_NAMED.finditer(text)}


def mentioned_numbers(text: str) -> tuple[set[str], set[str]]:
    """The minute numbers ("minute 14", "Minute No. 43") and decision numbers ("decision
    24/00093", or a bare KCC-style "24/00093") a question names: people quote them to find
    one record, and neither embeddings nor BM25 treat a number as a name."""
    minutes = {m.group(1) for m in _MINUTE_NUMBER.finditer(text)}
    decisions = {m.group(1) or m.group(2) for m in _DECISION_NUMBER.finditer(text)}
    return minutes, decisions
