"""Metadata: what a citation says of a paper's meeting."""

from __future__ import annotations

from pathlib import Path

from scrutiny_qa.metadata import infer_meta


def test_a_file_stamped_with_its_meeting_is_dated_by_it_not_by_its_covering_letter() -> None:
    letter = ("Ask for: Joel Cook\nDate: 27 February 2025\nDear Member\n"
              "COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025\nEnclosed are the amendments.")
    stamped = Path("full_council/Budget Amendments 13th-Feb-2025 09.30 County Council.pdf")
    assert infer_meta(stamped, [letter]).meeting_date == "2025-02-13"
    report = "By: Roger Gough, Leader of the Council\nTo: Cabinet\nDATE: 4 March 2025\nSummary"
    assert infer_meta(Path("cabinet/2025-03-04/Quarterly report.pdf"), [report]).meeting_date \
        == "2025-03-04"  # without a stamp, the paper's own lines say


def test_a_council_s_name_or_a_role_is_not_taken_for_a_committee() -> None:
    def committee(text: str) -> str | None:
        return infer_meta(Path("appendix.pdf"), [text]).committee

    assert committee("Dear Minister\nYours sincerely\nRoger Gough\nLeader of the Council") is None
    assert committee("Medway Council\nGun Wharf\nDear Roger") is None
    assert committee("decision, taking account of comments expressed by the Scrutiny") is None
    assert committee("Highways Panel\nThe panel met on Monday.") == "Highways Panel"
