# Style 1: CMIS-style metropolitan borough minutes, "Minute No. NN/24" on its own line,
# "RESOLVED – That" with numbered sub-resolutions, "Page N of M" footers.
PATH = "dudley-mbc/health-adult-social-care-scrutiny/2024-11-12/Minutes - Health and Adult Social Care Scrutiny Committee 12.11.24.pdf"
PAGES = [
"""DUDLEY METROPOLITAN BOROUGH COUNCIL
Health and Adult Social Care Scrutiny Committee
Minutes of the meeting held on Tuesday, 12th November, 2024 at 6.00 pm
in Committee Room 2, The Council House, Priory Road, Dudley

Present:
Councillor R Collins (Chair)
Councillor J Foster (Vice-Chair)
Councillors A Aston, S Bothwell, M Hanif, P Lowe, K Westwood and D Wilson

Dudley MBC Officers:
M Bowsher (Director of Adult Social Care), S Mensah (Head of Commissioning),
L Garner (Scrutiny Officer) and H Dhillon (Democratic Services Officer)

Also in attendance:
Dr T Rahman (Medical Director, Black Country Integrated Care Board)

Minute No. 38/24
Apologies for Absence
Apologies for absence from the meeting were submitted on behalf of Councillors C Barnett
and E Taylor.

Minute No. 39/24
Appointment of Substitute Members
It was reported that Councillor P Lowe had been appointed as a substitute member for
Councillor C Barnett for this meeting of the Committee only.

Minute No. 40/24
Declarations of Interest
Councillor M Hanif declared a non-pecuniary interest in Minute No. 43/24 as a volunteer
with Dudley Carers Network.

Minute No. 41/24
Minutes
RESOLVED – That the minutes of the meeting of the Committee held on 17th September
2024, be approved as a correct record and signed.

Minute No. 42/24
Public Forum
No issues were raised under this agenda item.

Page 1 of 3""",
"""Minute No. 43/24
Adult Social Care Waiting Lists and Assessment Performance
The Committee considered a report of the Director of Adult Social Care which updated
members on the number of people waiting for a Care Act assessment and on the actions
being taken to reduce waiting times.

The Director of Adult Social Care reported that at 30th September 2024, 1,146 people were
waiting for an assessment, compared with 1,582 in April 2024. The average wait had fallen
from 74 days to 49 days. Of those waiting, 212 had been waiting more than six months, the
majority for occupational therapy assessments.

In response to questions, the Head of Commissioning advised that a trusted assessor scheme
with two local providers would begin in January 2025, funded by £420,000 from the Market
Sustainability and Improvement Fund.

Members expressed concern about the number of people waiting more than six months and
asked how the Council compared with other Black Country authorities. The Director
undertook to circulate benchmarking data for the four Black Country authorities to members
of the Committee before the next meeting.

RESOLVED – That
(1) The report on adult social care waiting lists be noted.
(2) The Director of Adult Social Care be requested to submit a further report to the meeting
of the Committee on 11th March 2025 on progress against the target of no person waiting
more than 90 days for an occupational therapy assessment.
(3) The Cabinet Member for Adult Social Care be recommended to prioritise recruitment to
the six vacant occupational therapist posts in the 2025/26 budget.

Page 2 of 3""",
"""Minute No. 44/24
Winter Pressures and Hospital Discharge
Dr T Rahman, Medical Director of the Black Country Integrated Care Board, gave a
presentation on winter planning for 2024/25. An additional 38 intermediate care beds would
open from 1st December 2024 at Holly Hall Care Centre, at a cost of £1.9 million shared
between the Integrated Care Board and the Council through the Better Care Fund.

Councillor D Wilson moved that the Committee write to the Secretary of State for Health and
Social Care expressing concern at the level of the winter funding allocation. The motion was
seconded by Councillor S Bothwell. Upon being put to the vote, there voted 5 in favour and
4 against, with no abstentions, and the motion was declared carried.

RESOLVED – That
(1) The presentation on winter pressures be noted.
(2) The Chair, on behalf of the Committee, write to the Secretary of State for Health and
Social Care expressing concern at the level of winter funding for the Black Country.
(3) The Integrated Care Board be asked to provide weekly delayed discharge figures to the
Scrutiny Officer for circulation to members until 31st March 2025.

Minute No. 45/24
Work Programme 2024/25
The Committee considered its work programme for the remainder of the municipal year.
Further to Minute No. 31/24, members asked that the review of day opportunities be brought
forward.

RESOLVED – That the work programme be approved, subject to the review of day
opportunities being moved to the meeting on 14th January 2025.

The meeting ended at 8.12 pm.

CHAIR

Page 3 of 3""",
]
EXPECT = {
 "style": "CMIS metropolitan borough minutes, 'Minute No. NN/24' line then title",
 "doc_type": "minutes", "council": "Dudley Metropolitan Borough Council",
 "committee": "Health and Adult Social Care Scrutiny Committee", "meeting_date": "2024-11-12",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [],
 "minutes": [["38/24", "Apologies for Absence", 1], ["39/24", "Appointment of Substitute Members", 1],
             ["40/24", "Declarations of Interest", 1], ["41/24", "Minutes", 1],
             ["42/24", "Public Forum", 1],
             ["43/24", "Adult Social Care Waiting Lists and Assessment Performance", 2],
             ["44/24", "Winter Pressures and Hospital Discharge", 3], ["45/24", "Work Programme 2024/25", 3]],
 "decisions": [
   {"minute": "41/24", "page": 1, "text": "the minutes of the meeting of the Committee held on 17th September 2024, be approved as a correct record and signed"},
   {"minute": "43/24", "page": 2, "part": "1", "text": "The report on adult social care waiting lists be noted"},
   {"minute": "43/24", "page": 2, "part": "2", "text": "The Director of Adult Social Care be requested to submit a further report ... 11th March 2025"},
   {"minute": "43/24", "page": 2, "part": "3", "text": "The Cabinet Member for Adult Social Care be recommended to prioritise recruitment"},
   {"minute": "44/24", "page": 3, "part": "1", "text": "The presentation on winter pressures be noted"},
   {"minute": "44/24", "page": 3, "part": "2", "text": "The Chair ... write to the Secretary of State"},
   {"minute": "44/24", "page": 3, "part": "3", "text": "The Integrated Care Board be asked to provide weekly delayed discharge figures"},
   {"minute": "45/24", "page": 3, "text": "the work programme be approved, subject to ..."}],
 "votes": [{"minute": "44/24", "page": 3, "for": 5, "against": 4, "abstain": 0, "outcome": "carried",
            "motion": "write to the Secretary of State (Cllr D Wilson)"}],
 "commitments": [
   {"minute": "43/24", "owner": "Director of Adult Social Care", "action": "circulate benchmarking data for the four Black Country authorities", "due": "before the next meeting"},
   {"minute": "43/24", "owner": "Director of Adult Social Care", "action": "submit a further report on OT waits", "due": "2025-03-11"},
   {"minute": "44/24", "owner": "The Chair", "action": "write to the Secretary of State", "due": None},
   {"minute": "44/24", "owner": "Integrated Care Board", "action": "provide weekly delayed discharge figures", "due": "until 2025-03-31"}],
 "minute_refs": ["31/24 (earlier meeting)", "43/24 (same meeting)"],
}
QUESTIONS = [
 {"question": "How many people were waiting for a social care assessment at the end of September 2024?",
  "answer": "1,146, down from 1,582 in April 2024.", "must_contain": ["waiting for an assessment, compared with 1,582 in April 2024"],
  "page": 2, "agenda_item": None, "kind": "figure"},
 {"question": "Did the health scrutiny committee agree to complain to the government about winter funding?",
  "answer": "Yes: carried 5-4; the Chair to write to the Secretary of State for Health and Social Care.",
  "must_contain": ["write to the Secretary of State for Health and", "there voted 5 in favour and"],
  "page": 3, "agenda_item": None, "kind": "resolution"},
 {"question": "When is the adult social care director due to report back on occupational therapy waits?",
  "answer": "To the Committee meeting on 11 March 2025.", "must_contain": ["of the Committee on 11th March 2025 on progress against the target of no person waiting"],
  "page": 2, "agenda_item": None, "kind": "when"},
]
