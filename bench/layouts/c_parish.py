# Style 3: parish council minutes: "24/112 Planning applications" minute refs, "It was
# resolved that", "Proposed Cllr A, seconded Cllr B, all in favour", clerk actions,
# minute-book folio page numbers (Page 58-60), no dated folder.
PATH = "thornby-cross-parish/minutes/2024-25/Draft Minutes 8th October 2024.pdf"
PAGES = [
"""THORNBY CROSS PARISH COUNCIL
Minutes of the Meeting of Thornby Cross Parish Council held on Tuesday 8th October 2024
at 7.30pm in the Village Hall, Church Lane, Thornby Cross

Present: Cllr M Greaves (Chairman), Cllr A Patel (Vice-Chairman), Cllr B Moss,
Cllr R Lytton, Cllr S Okafor, Cllr J Whitcombe
In attendance: Mrs K Ellery (Clerk and RFO), District Cllr P Dunmore, 4 members of the public

24/105 Apologies for absence
Apologies were received and accepted from Cllr T Haines (work commitments).

24/106 Declarations of interest and requests for dispensations
Cllr Moss declared a pecuniary interest in item 24/112 (b) as a neighbour of the site.

24/107 Minutes of the previous meeting
It was resolved that the minutes of the meeting held on 10th September 2024 be approved
and signed by the Chairman as a true record.
Proposed Cllr Patel, seconded Cllr Whitcombe, all in favour.

24/108 Public participation
A resident raised concerns about speeding on Mill Lane near the primary school at drop-off
and pick-up times. A second resident asked about overgrown hedges on the bridleway to
Cobb's Farm. The Chairman thanked residents; both matters are covered under 24/110.

24/109 District and County Councillor reports
District Cllr Dunmore reported that the District Council's Local Plan review had reached
the Regulation 18 stage and that consultation would close on 15th November 2024. He
encouraged the Parish Council to respond, particularly on the proposed settlement boundary.

24/110 Highways and footpaths
(a) The pothole outside 14 Mill Lane has been reported to County Highways (ref 4471123)
but no repair date has been given. Clerk to chase County Highways for a repair date.
(b) Speed Indicator Device (SID): data from the existing SID on Mill Lane showed 38% of
vehicles exceeding 30mph in September. It was resolved to purchase a second SID at a cost
of £2,985 plus VAT, funded from the Community Infrastructure Levy reserve.
Proposed Cllr Lytton, seconded Cllr Okafor. 5 in favour, 1 against.
(c) Bridleway BW14: Cllr Whitcombe agreed to report the overgrown hedges to the Rights of
Way team and to speak to the landowner.

Chairman's initials ........                                                Page 58""",
"""24/111 Finance
(a) Payments: It was resolved to approve the schedule of payments for October totalling
£4,318.62, as circulated. Proposed Cllr Greaves, seconded Cllr Moss, all in favour.
(b) The bank reconciliation to 30th September 2024 was received and signed by the Chairman.
Balance in the current and deposit accounts was £38,204.17.
(c) Budget 2025/26 and precept: the Clerk presented a first draft budget showing a
precept requirement of £31,750, an increase of 4.9%. The Finance Working Group will meet
on 29th October 2024 and the precept will be set at the January 2025 meeting.

24/112 Planning applications
(a) 24/01876/FUL - Two-storey rear extension, 3 Orchard Close. No objection.
(b) 24/01902/OUT - Outline application for up to 45 dwellings, land east of Hollow Road.
Cllr Moss left the room for this item. Twelve residents had written to the Parish Council
opposing the application. It was resolved to object to the application on the grounds of
highway safety, loss of the settlement gap and lack of primary school places.
Proposed Cllr Patel, seconded Cllr Whitcombe. 4 in favour, 0 against, 1 abstention.
Clerk to submit the objection to the District Council by 22nd October 2024.
Cllr Moss returned to the meeting.

24/113 Playing field and play area
The annual RoSPA inspection report rated the zip wire as a medium risk because of wear to
the seat chain. It was resolved to accept the quotation from Playsafe Ltd of £1,240 to
replace the seat and chain. Proposed Cllr Okafor, seconded Cllr Lytton, all in favour.
Cllr Patel will carry out the monthly visual inspection in November.

24/114 Correspondence
Letter from Thornby Cross Primary School PTA requesting a grant towards the Christmas fair.
To be considered under the grants policy at the November meeting.

24/115 Items for the next agenda
Grant applications; Remembrance Sunday arrangements; Local Plan consultation response.

24/116 Date of next meeting
Tuesday 12th November 2024 at 7.30pm in the Village Hall.

The meeting closed at 9.18pm.

Chairman's initials ........                                                Page 59""",
"""Signed ....................................... Chairman

Date .......................................

Chairman's initials ........                                                Page 60""",
]
EXPECT = {
 "style": "parish minutes 'YY/NNN Title', 'It was resolved', 'Proposed Cllr X, seconded Cllr Y', minute-book folios",
 "doc_type": "minutes", "council": "Thornby Cross Parish Council", "committee": "Full Council (Thornby Cross Parish Council)",
 "meeting_date": "2024-10-08", "page_labels": ["58", "59", "60"],
 "agenda_items": [],
 "minutes": [["24/105", "Apologies for absence", 1], ["24/106", "Declarations of interest and requests for dispensations", 1],
   ["24/107", "Minutes of the previous meeting", 1], ["24/108", "Public participation", 1],
   ["24/109", "District and County Councillor reports", 1], ["24/110", "Highways and footpaths", 1],
   ["24/111", "Finance", 2], ["24/112", "Planning applications", 2], ["24/113", "Playing field and play area", 2],
   ["24/114", "Correspondence", 2], ["24/115", "Items for the next agenda", 2], ["24/116", "Date of next meeting", 2]],
 "decisions": [
   {"minute": "24/107", "page": 1, "text": "the minutes of the meeting held on 10th September 2024 be approved", "vote": "all in favour"},
   {"minute": "24/110", "page": 1, "text": "to purchase a second SID at a cost of £2,985 plus VAT", "vote": "5 for, 1 against"},
   {"minute": "24/111", "page": 2, "text": "to approve the schedule of payments for October totalling £4,318.62", "vote": "all in favour"},
   {"minute": "24/112", "page": 2, "text": "to object to the application on the grounds of highway safety ...", "vote": "4-0-1"},
   {"minute": "24/113", "page": 2, "text": "to accept the quotation from Playsafe Ltd of £1,240", "vote": "all in favour"}],
 "votes": [{"minute": "24/107", "tally": "all in favour"}, {"minute": "24/110", "for": 5, "against": 1},
   {"minute": "24/111", "tally": "all in favour"}, {"minute": "24/112", "for": 4, "against": 0, "abstain": 1},
   {"minute": "24/113", "tally": "all in favour"}],
 "commitments": [
   {"minute": "24/110", "owner": "Clerk", "action": "chase County Highways for a repair date", "due": None},
   {"minute": "24/110", "owner": "Cllr Whitcombe", "action": "report overgrown hedges to Rights of Way team and speak to landowner", "due": None},
   {"minute": "24/112", "owner": "Clerk", "action": "submit the objection to the District Council", "due": "2024-10-22"},
   {"minute": "24/113", "owner": "Cllr Patel", "action": "monthly visual inspection", "due": "November 2024"}],
}
QUESTIONS = [
 {"question": "How much is the parish paying for the second speed indicator device and where does the money come from?",
  "answer": "£2,985 plus VAT from the Community Infrastructure Levy reserve.",
  "must_contain": ["of £2,985 plus VAT, funded from the Community Infrastructure Levy reserve"], "page": 1, "agenda_item": None, "kind": "figure"},
 {"question": "On what grounds did the parish object to the 45 homes off Hollow Road?",
  "answer": "Highway safety, loss of the settlement gap and lack of primary school places.",
  "must_contain": ["highway safety, loss of the settlement gap and lack of primary school places"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"question": "What is the proposed parish precept for 2025/26?",
  "answer": "£31,750, a 4.9% increase (first draft); to be set in January 2025.",
  "must_contain": ["precept requirement of £31,750, an increase of 4.9%"], "page": 2, "agenda_item": None, "kind": "figure"},
]
