# Style 4: London borough ModernGov agenda pack: front sheet with a "Page Number" column,
# reports stamped "Agenda Item N", footers "Page N", previous minutes with "(Agenda Item N)".
PATH = "lewisham/housing-select-committee/2025-01-22/Agenda frontsheet and reports pack 22012025 Housing Select Committee.pdf"
PAGES = [
"""Public Document Pack
Housing Select Committee
Wednesday, 22 January 2025 at 7.00 pm
Civic Suite, Lewisham Town Hall, London SE6 4RU

Members of the committee:
Councillors Liam Curran (Chair), Rosie Parry (Vice-Chair), Aliya Sheikh, Coral Howard,
Jack Lavery, Hau-Yu Tam, Stephen Penfold and Luke Warner

For more information contact: Emily Graham, Scrutiny Manager (emily.graham@lewisham.gov.uk)

This meeting is an open meeting and all items on the agenda may be audio recorded.

AGENDA
Item No                                                                          Page No
1.   Minutes of the last meeting                                                      1 - 2
2.   Declarations of interest
3.   Responses from Mayor and Cabinet
4.   Housing Repairs Improvement Plan - progress update                               3 - 4
5.   Temporary Accommodation: Budget Pressures 2024/25                                5 - 6
6.   Select Committee work programme                                              To Follow

Members of the public are welcome to attend committee meetings. However, occasionally
committees may have to consider some business in private.""",
"""HOUSING SELECT COMMITTEE
Minutes of the meeting held on Wednesday, 13 November 2024
Present: Councillors Liam Curran (Chair), Rosie Parry (Vice-Chair), Aliya Sheikh,
Coral Howard, Jack Lavery and Stephen Penfold
Also present: Fiona Mbeki (Director of Housing), Tom Aziz (Head of Temporary Accommodation)

1. Minutes of the last meeting
1.1 Resolved: that the minutes of the meeting held on 11 September 2024 be agreed as an
accurate record.

2. Declarations of interest
2.1 Councillor Sheikh declared that she was a Lewisham Homes leaseholder.

3. Empty Homes Strategy
3.1 The Director of Housing introduced the report. There were 1,108 long-term empty homes
in the borough in October 2024, of which 312 had been empty for more than two years.
3.2 In response to questions the Committee heard that the council tax empty homes premium
had raised £1.37m in 2023/24.
3.3 Resolved: that the report be noted and that the Committee's comments be referred to
Mayor and Cabinet:
(a) that the Council should use compulsory purchase powers for homes empty for more than
five years; and
(b) that officers report back on the costs of a dedicated empty homes officer by March 2025.

4. Select Committee work programme
4.1 Resolved: that the work programme be agreed, with the addition of an item on damp and
mould complaints at the meeting on 5 March 2025.

The meeting ended at 9.05 pm.
Chair: ..............................
Date: ..............................
Page 1
Agenda Item 1""",
"""This page is intentionally left blank
Page 2""",
"""Housing Select Committee
Report title: Housing Repairs Improvement Plan - progress update
Date: 22 January 2025
Key decision: No
Class: Part 1
Ward(s) affected: All
Contributors: Executive Director for Place; Director of Housing

Outline and recommendations
This report updates the Committee on delivery of the Housing Repairs Improvement Plan
agreed by Mayor and Cabinet in March 2024.
The Committee is recommended to:
- note the progress made against the Housing Repairs Improvement Plan;
- agree any comments or recommendations it wishes to make to Mayor and Cabinet.

1. Summary
1.1 The repairs service was brought back in-house on 1 October 2023. Performance fell in
the first six months, and an improvement plan with 42 actions was agreed in March 2024.
1.2 Of the 42 actions, 29 are complete, 10 are on track and 3 are delayed.

2. Performance
2.1 At 31 December 2024 there were 2,340 repairs overdue, down from 3,870 at 31 March 2024.
2.2 Emergency repairs completed within 24 hours rose from 81% to 94% over the same period.
2.3 Damp and mould cases open at 31 December 2024 numbered 612, of which 148 were
category 1 hazards under the Housing Health and Safety Rating System.

Page 3
Agenda Item 4""",
"""3. Financial implications
3.1 The repairs revenue budget for 2024/25 is £28.6m. The forecast overspend at period 8 is
£2.1m, mainly from the use of subcontractors to clear the backlog of overdue repairs.
3.2 A new dynamic purchasing system for subcontracted repairs will go live in April 2025.

4. Next steps
4.1 The Director of Housing will report to the Committee in July 2025 on the outcome of
the tenant satisfaction survey and the revised repairs policy.

Report author: Marcus Hale, Head of Repairs, marcus.hale@lewisham.gov.uk

Page 4""",
"""Housing Select Committee
Report title: Temporary Accommodation: Budget Pressures 2024/25
Date: 22 January 2025
Key decision: No
Class: Part 1
Ward(s) affected: All
Contributors: Director of Housing; Director of Finance

Outline and recommendations
The number of households in temporary accommodation has continued to rise, and the net
cost of nightly-paid accommodation is the largest single pressure on the General Fund.
The Committee is recommended to:
- note the budget position for temporary accommodation;
- comment on the proposed acquisition of 120 homes for use as temporary accommodation.

1. Background
1.1 At 30 November 2024, 3,214 households were living in temporary accommodation, of
whom 1,046 were in nightly-paid accommodation.
1.2 The forecast overspend on temporary accommodation in 2024/25 is £11.4m.

2. Proposals
2.1 Mayor and Cabinet will be asked in February 2025 to approve a £48m programme to buy
120 homes on the open market for use as temporary accommodation, funded by borrowing.
2.2 Each home is expected to save £9,800 a year compared with nightly-paid accommodation.

Page 5
Agenda Item 5""",
"""3. Risks
3.1 Rising interest rates would reduce the saving from each acquisition. A 1% rise in the
cost of borrowing reduces the annual saving per home by about £2,900.

Report author: Tom Aziz, Head of Temporary Accommodation

Page 6""",
]
EXPECT = {
 "style": "ModernGov agenda pack: front sheet with Page No column, Agenda Item N stamps, Page N footers, previous minutes with numbered paragraphs",
 "doc_type": "agenda pack", "council": "London Borough of Lewisham (Lewisham Council)",
 "committee": "Housing Select Committee", "meeting_date": "2025-01-22",
 "page_labels": [None, "1", "2", "3", "4", "5", "6"],
 "agenda_items": [["1", "Minutes of the last meeting", [2, 3]], ["2", "Declarations of interest", [1]],
   ["3", "Responses from Mayor and Cabinet", [1]], ["4", "Housing Repairs Improvement Plan - progress update", [4, 5]],
   ["5", "Temporary Accommodation: Budget Pressures 2024/25", [6, 7]], ["6", "Select Committee work programme", []]],
 "minutes": [["1", "Minutes of the last meeting", 2], ["2", "Declarations of interest", 2], ["3", "Empty Homes Strategy", 2],
   ["4", "Select Committee work programme", 2]],
 "minutes_meeting_date": "2024-11-13",
 "decisions": [
   {"item": "1", "minute": "1", "page": 2, "text": "minutes of 11 September 2024 agreed"},
   {"item": "1", "minute": "3", "page": 2, "text": "report noted; comments referred to Mayor and Cabinet (a) CPO; (b) officers report back on empty homes officer by March 2025"},
   {"item": "1", "minute": "4", "page": 2, "text": "work programme agreed, damp and mould item 5 March 2025"}],
 "recommendations": [{"item": "4", "page": 4, "text": "note the progress...; agree any comments"},
   {"item": "5", "page": 6, "text": "note the budget position; comment on acquisition of 120 homes"}],
 "votes": [],
 "commitments": [
   {"item": "1", "owner": "officers", "action": "report back on the costs of a dedicated empty homes officer", "due": "March 2025"},
   {"item": "4", "owner": "Director of Housing", "action": "report on tenant satisfaction survey and revised repairs policy", "due": "July 2025"}],
}
QUESTIONS = [
 {"question": "How many housing repairs were overdue at the end of December 2024?",
  "answer": "2,340, down from 3,870 at 31 March 2024.", "must_contain": ["there were 2,340 repairs overdue"],
  "page": 4, "agenda_item": "4", "kind": "figure"},
 {"question": "How much would buying 120 homes for temporary accommodation cost?",
  "answer": "A £48m programme funded by borrowing, to go to Mayor and Cabinet in February 2025.",
  "must_contain": ["to approve a £48m programme to buy"], "page": 6, "agenda_item": "5", "kind": "figure"},
 {"question": "What did the housing committee ask about empty homes officers in November?",
  "answer": "That officers report back on the costs of a dedicated empty homes officer by March 2025.",
  "must_contain": ["that officers report back on the costs of a dedicated empty homes officer by March 2025"],
  "page": 2, "agenda_item": "1", "kind": "commitment"},
]
