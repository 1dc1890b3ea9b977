# Style 5: Cabinet member decision notice: labelled fields (Decision reference, Decision
# maker, Date of decision, Decision taken, Reasons, Alternatives, Call-in deadline),
# Word-style "1 | P a g e" footers, no dated folder.
PATH = "wiltshire/cabinet-member-decisions/PH-2025-014 Winter gritting fleet replacement.pdf"
PAGES = [
"""Wiltshire Council
CABINET MEMBER DECISION NOTICE
Decision reference:      PH/2025/014
Decision maker:          Cabinet Member for Highways, Streetscene and Flooding
Date of decision:        17 February 2025
Title:                   Award of contract for the winter gritting fleet replacement
Key decision:            Yes - Forward Plan reference FP/24/118
Wards affected:          All

Decision taken
1. To approve the award of a seven-year contract hire agreement for 32 replacement
gritting vehicles to Northway Fleet Solutions Ltd, at a total cost of £6.84 million over
the life of the contract.
2. To delegate authority to the Director of Highways and Transport, in consultation with
the Director of Legal and Governance, to finalise and enter into the contract.
3. To note that the 14 oldest vehicles will be sold at auction by 30 September 2025 and
the receipts returned to the highways capital programme.

Reasons for the decision
The current fleet of 32 gritters has an average age of 13 years. In the 2023/24 season
vehicle breakdowns caused 61 missed or delayed treatment runs on the priority network.
Northway Fleet Solutions Ltd submitted the most economically advantageous tender of the
five received through the YPO vehicle framework, scoring 87.5 out of 100.

Alternative options considered and rejected
(a) Refurbishing the existing fleet: rejected because the cost of £3.1 million would only
extend the life of the vehicles by about four years and would not meet Euro VI emissions
standards.
(b) Outright purchase: rejected because it would require £5.9 million of prudential
borrowing in 2025/26 and transfer the maintenance risk to the Council.

Conflicts of interest declared by the decision maker:     None
Dispensations granted by the Head of Paid Service:         None

1 | P a g e""",
"""Consultation undertaken
The Overview and Scrutiny Management Committee's Environment Select Committee was
briefed on 9 January 2025. Local Highways and Footpath Improvement Groups were informed.

Financial implications
The annual cost of £977,000 will be met from the existing winter maintenance revenue
budget of £1.42 million. No additional budget is required.

Publication date:                    18 February 2025
Call-in deadline:                    5.00 pm on Tuesday 25 February 2025
Implementation date (if not called in):   26 February 2025

This decision may be called in by any five non-executive members of the Council, in
writing to the Monitoring Officer, before the call-in deadline.

Signed:    Cllr N Ashworth
           Cabinet Member for Highways, Streetscene and Flooding
Date:      17 February 2025

Contact officer: Lisa Brennan, Head of Highways Operations, 01225 713000

2 | P a g e""",
]
EXPECT = {
 "style": "Cabinet member decision notice with labelled fields and call-in deadline; '1 | P a g e' footers",
 "doc_type": "decision record", "council": "Wiltshire Council",
 "committee": "Cabinet Member for Highways, Streetscene and Flooding (decision maker)", "meeting_date": "2025-02-17",
 "decision_reference": "PH/2025/014",
 "page_labels": ["1", "2"],
 "agenda_items": [],
 "decisions": [
   {"page": 1, "part": "1", "text": "To approve the award of a seven-year contract hire agreement ... Northway Fleet Solutions Ltd ... £6.84 million"},
   {"page": 1, "part": "2", "text": "To delegate authority to the Director of Highways and Transport ..."},
   {"page": 1, "part": "3", "text": "To note that the 14 oldest vehicles will be sold at auction by 30 September 2025 ..."}],
 "votes": [],
 "commitments": [
   {"owner": "Director of Highways and Transport", "action": "finalise and enter into the contract", "due": None},
   {"owner": "(Council)", "action": "sell 14 oldest vehicles at auction", "due": "2025-09-30"}],
 "call_in_deadline": "2025-02-25 17:00",
}
QUESTIONS = [
 {"question": "Who won the contract for the new gritters and what will it cost?",
  "answer": "Northway Fleet Solutions Ltd, £6.84 million over seven years.",
  "must_contain": ["gritting vehicles to Northway Fleet Solutions Ltd, at a total cost of £6.84 million over"],
  "page": 1, "agenda_item": None, "kind": "who"},
 {"question": "What is the deadline for calling in the gritting fleet decision?",
  "answer": "5.00 pm on Tuesday 25 February 2025.", "must_contain": ["5.00 pm on Tuesday 25 February 2025"],
  "page": 2, "agenda_item": None, "kind": "when"},
 {"question": "Why wasn't refurbishing the existing gritters chosen?",
  "answer": "£3.1m would only add about four years of life and not meet Euro VI emissions standards.",
  "must_contain": ["extend the life of the vehicles by about four years and would not meet Euro VI emissions"],
  "page": 1, "agenda_item": None, "kind": "fact"},
]
