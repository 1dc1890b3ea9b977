# Style 2: Scottish council committee minute: sederunt, numbered items with sub-items
# (5.1, 5.2, 5.3), "Decision" headings, "Action" owner lines, motion/amendment division.
PATH = "midlothian/performance-review-scrutiny/2024-12-03/Minute PRS Committee 3 December 2024.pdf"
PAGES = [
"""Minute of Meeting
Midlothian Council
Performance, Review and Scrutiny Committee
Date: Tuesday 3 December 2024       Time: 11.00 am       Venue: Council Chambers/Hybrid

Present:
Councillor Parry (Chair)           Councillor Cassidy
Councillor Drummond                Councillor McEwan
Councillor Pottinger               Councillor Scott
Councillor Winchester

In attendance:
Alan Strachan, Executive Director Place
Fiona Lindsay, Chief Financial Officer
Gavin Muir, Chief Officer Place
Morag Kerr, Democratic Services Officer

1. Welcome, Introductions and Apologies
The Chair welcomed everyone to the meeting. Apologies were received from Councillor Imrie.

2. Order of Business
The order of business was confirmed as outlined in the agenda that had been circulated.

3. Declarations of Interest
No declarations of interest were received.

4. Minute of Previous Meeting
4.1 The Minute of the Meeting of 8 October 2024 was submitted and approved as a correct
record on the motion of Councillor Drummond, seconded by Councillor Winchester.

5. Public Reports
5.1 Quarter Two Performance Report 2024/25 - Executive Director Place
Outline of report and summary of discussion
The report set out performance against the Single Midlothian Plan for the period 1 July to
30 September 2024. Of the 64 performance indicators reported, 41 were on target, 15 were
slightly off target and 8 were off target. Council tax collection stood at 55.2% against a
target of 55.8%.

Decision
The Committee agreed:
(a) to note the report; and
(b) to request that the Chief Officer Place provide a briefing note on the 8 off-target
indicators to all members of the Committee before the next meeting.
Action
Chief Officer Place

1""",
"""5.2 Roads Maintenance and Pothole Repairs Update - Chief Officer Place
Outline of report and summary of discussion
The Chief Officer Place reported that 3,918 road defects had been recorded between April
and October 2024, of which 3,204 had been repaired within the target time. The carriageway
maintenance backlog was now estimated at £41.6 million. The Committee heard that two
additional jet-patching crews would be deployed from January 2025 at a cost of £310,000,
met from the roads capital programme.

Councillor Drummond, seconded by Councillor Cassidy, moved that the Committee note the
report.

As an amendment, Councillor Scott, seconded by Councillor McEwan, moved that the Committee
note the report and request a further report on the costs of a dedicated pothole repair
team for each of the six wards.

On a roll call vote, 4 members voted for the motion and 3 for the amendment. The motion was
accordingly carried.

Decision
The Committee noted the report.
Action
Chief Officer Place

5.3 Annual Performance Report 2023/24 - Chief Executive
Outline of report and summary of discussion
The report presented the Council's Annual Performance Report 2023/24 for scrutiny before
publication. Members noted that 87% of Midlothian pupils had gone on to a positive
destination, the highest figure recorded, and that the number of affordable homes completed
in the year was 214 against a target of 250.

Decision
The Committee agreed:
(a) to note the report;
(b) to approve recommendation 1.1, that the Annual Performance Report 2023/24 be published
on the Council's website by 31 January 2025; and
(c) to refer the section on affordable housing delivery to the Housing Board for further
consideration.
Action
Chief Executive / Democratic Services

2""",
"""6. Private Reports
No private business was discussed.

7. Date of Next Meeting
The next meeting will be held on Tuesday 18 February 2025 at 11.00 am.

The meeting terminated at 12.47 pm.

3""",
]
EXPECT = {
 "style": "Scottish minute: sederunt, items 5.1-5.3, 'Decision' headings, 'Action' owner line, motion/amendment division",
 "doc_type": "minutes", "council": "Midlothian Council",
 "committee": "Performance, Review and Scrutiny Committee", "meeting_date": "2024-12-03",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [["1", "Welcome, Introductions and Apologies", 1], ["2", "Order of Business", 1],
   ["3", "Declarations of Interest", 1], ["4", "Minute of Previous Meeting", 1], ["4.1", "(minute approval)", 1],
   ["5", "Public Reports", 1], ["5.1", "Quarter Two Performance Report 2024/25", 1],
   ["5.2", "Roads Maintenance and Pothole Repairs Update", 2], ["5.3", "Annual Performance Report 2023/24", 2],
   ["6", "Private Reports", 3], ["7", "Date of Next Meeting", 3]],
 "minutes": "none separate: the item numbers serve as minute numbers",
 "decisions": [
   {"item": "4.1", "page": 1, "text": "Minute of 8 October 2024 approved as a correct record (narrative)"},
   {"item": "5.1", "page": 1, "part": "a", "text": "to note the report"},
   {"item": "5.1", "page": 1, "part": "b", "text": "to request that the Chief Officer Place provide a briefing note on the 8 off-target indicators"},
   {"item": "5.2", "page": 2, "text": "The Committee noted the report."},
   {"item": "5.3", "page": 2, "part": "a", "text": "to note the report"},
   {"item": "5.3", "page": 2, "part": "b", "text": "to approve recommendation 1.1 ... published ... by 31 January 2025"},
   {"item": "5.3", "page": 2, "part": "c", "text": "to refer the section on affordable housing delivery to the Housing Board"}],
 "votes": [{"item": "5.2", "page": 2, "for_motion": 4, "for_amendment": 3, "outcome": "motion carried"}],
 "commitments": [
   {"item": "5.1", "owner": "Chief Officer Place", "action": "provide a briefing note on the 8 off-target indicators", "due": "before the next meeting"},
   {"item": "5.3", "owner": "Chief Executive / Democratic Services", "action": "publish Annual Performance Report 2023/24 on website", "due": "2025-01-31"}],
}
QUESTIONS = [
 {"question": "How big is Midlothian's road maintenance backlog?", "answer": "About £41.6 million.",
  "must_contain": ["maintenance backlog was now estimated at £41.6 million"], "page": 2, "agenda_item": "5.2", "kind": "figure"},
 {"question": "Was the amendment asking for a dedicated pothole team in each ward agreed?",
  "answer": "No: the motion to note won 4 votes to 3 on a roll call.",
  "must_contain": ["4 members voted for the motion and 3 for the amendment"], "page": 2, "agenda_item": "5.2", "kind": "resolution"},
 {"question": "By when must the annual performance report be put on the council website?",
  "answer": "By 31 January 2025.", "must_contain": ["on the Council's website by 31 January 2025"],
  "page": 2, "agenda_item": "5.3", "kind": "when"},
]
