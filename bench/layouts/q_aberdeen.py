# Style 17: Scottish committee minute: numbered articles with upper-case titles carrying report numbers
# (CORS/25/045), 'The Committee resolved:-' with (i), (ii) parts and a division.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "aberdeen-city/finance-and-resources-committee/2025-03-12/minute.pdf"
PAGES = [
"""ABERDEEN CITY COUNCIL
FINANCE AND RESOURCES COMMITTEE
ABERDEEN, 12 March 2025.  Minute of Meeting of the FINANCE AND RESOURCES
COMMITTEE.  Present:- Councillor Yuill, Convener; Councillor Houghton, Vice-Convener;
and Councillors Allard, Blake, Bonsell, Cooke, Kusznir, Malik, McLellan, Mennie, Radley
and van Sweeden (as substitute for Councillor Davidson).
The agenda and reports associated with this minute can be found here.
Please note that if any changes are made to this minute at the point of approval, these
will be outlined in the subsequent minute and this document will not be retrospectively
altered.

DETERMINATION OF URGENT BUSINESS
1.   There was no urgent business.

DETERMINATION OF EXEMPT BUSINESS
2.   The Convener proposed that the Committee consider items 11.1 (Property Disposal -
Former Hazlehead Academy Annexe) and 11.2 (Commercial Rent Arrears Write-Off) with
the press and public excluded.
The Committee resolved:-
to consider items 11.1 and 11.2 with the press and public excluded.

DECLARATIONS OF INTEREST OR TRANSPARENCY STATEMENTS
3.   Councillor Cooke advised that he had a connection in relation to item 10.2 (Aberdeen
Sports Village Funding Agreement) by virtue of his position as a Council-appointed board
member of Sport Aberdeen, however having applied the objective test, he did not
consider that he had an interest and would not be withdrawing from the meeting.

MINUTE OF PREVIOUS MEETING OF 29 JANUARY 2025
4.   The Committee had before it the minute of its previous meeting of 29 January 2025,
for approval.
The Committee resolved:-
to approve the minute as a correct record.

COMMITTEE BUSINESS PLANNER
5.   The Committee had before it the Committee Business Planner prepared by the Interim
Chief Officer - Governance.
The Committee resolved:-
(i)  to agree the removal of items 7 (Workforce Plan Annual Update) and 15 (Digital
Strategy Refresh) from the planner for the reasons outlined therein; and
(ii)  to otherwise note the content of the business planner.

QUARTER 3 FINANCIAL PERFORMANCE - CORS/25/045
6.   The Committee had before it a report by the Director of Resources which provided the

1""",
"""financial position of the Council as at Quarter 3 (31 December 2024) and the full year
forecast position for the financial year 2024/25, including the General Fund, Housing
Revenue Account and Common Good.
The report advised that the General Fund was forecasting an overspend of £4.3 million,
principally arising from Children's Social Work placements (£2.9 million) and the cost of
temporary accommodation (£1.6 million), partially offset by additional investment income
of £1.1 million.
The report recommended:-
that the Committee -
(a)  note the positive cash position achieved to 31 December 2024 that is reflected in the
Quarter 3 financial statements;
(b)  note the forecast General Fund overspend of £4.3 million and the management
actions being taken to bring the position back into balance; and
(c)  approve the virements set out in Appendix 3 of the report.
Councillor Yuill moved, seconded by Councillor Houghton:-
That the Committee approve the recommendations contained within the report.
Councillor Malik moved as an amendment, seconded by Councillor Bonsell:-
That the Committee -
(1)  approve recommendations (a) and (c); and
(2)  instruct the Director of Resources to report to the next meeting of the Committee
with an action plan to eliminate the General Fund overspend before 31 March 2025.
On a division, there voted:- for the motion (7) - the Convener, the Vice-Convener and
Councillors Allard, Blake, Cooke, Radley and van Sweeden; for the amendment (5) -
Councillors Bonsell, Kusznir, Malik, McLellan and Mennie.
The Committee resolved:-
to adopt the motion.

COUNCIL FINANCIAL PERFORMANCE - COMMERCIAL INCOME REVIEW -
CORS/25/051
7.   The Committee had before it a report by the Director of Resources which presented
the findings of the review of fees and charges and commercial income streams, including
the proposal to introduce charging for the garden waste permit at a revised rate of £50
per bin for 2025/26.
The report recommended:-
that the Committee -
(a)  note the outcome of the commercial income review; and
(b)  instruct the Chief Officer - Commercial and Procurement Services to report back to
the Committee by September 2025 with a full business case for the commercialisation of
the Council's bereavement services.
The Committee resolved:-
(i)  to approve the recommendations; and
(ii)  to instruct the Chief Officer - Finance to circulate to Members, by 30 April 2025, a

2""",
"""breakdown of garden waste permit uptake by ward for 2024/25.

ABERDEEN SPORTS VILLAGE FUNDING AGREEMENT - F&C/25/060

8.   The Committee had before it a report by the Director of Families and Communities
which sought approval of a three-year funding agreement with Aberdeen Sports Village
Limited, a joint venture between the Council and the University of Aberdeen, for the
operation of the Aquatics Centre and the Sports Village.

The report advised that the proposed annual payment of £1,465,000 represented a
reduction of 5% on the current agreement and that the Sports Village had recorded 1.2
million visits in 2023/24.

The report recommended:-

that the Committee -
(a)  approve a funding agreement with Aberdeen Sports Village Limited for the period 1
April 2025 to 31 March 2028; and
(b)  delegate authority to the Chief Officer - Early Intervention and Community
Empowerment to agree the detailed performance measures.

The Committee resolved:-

(i)  to approve the recommendations; and

(ii)  to request that the Chief Officer - Early Intervention and Community Empowerment
include a target for free swimming sessions for care-experienced young people in the
performance measures.

PROPERTY DISPOSAL - FORMER HAZLEHEAD ACADEMY ANNEXE -
CR&E/25/044

9.   With reference to article 2 of this minute, the Committee had before it a report by the
Director of Commercial and Resources which sought approval to dispose of the former
Hazlehead Academy annexe on Groats Road.

The Committee resolved:-

(i)  to approve the disposal of the property to the preferred bidder on the terms set out in
the report; and

(ii)  to instruct the Chief Officer - Corporate Landlord to conclude the missives by 30 June
2025.

-  COUNCILLOR ALEX YUILL, Convener

3""",
]
EXPECT = {
 "style": "Scottish committee minute: numbered articles titled with report numbers (CORS/25/045), 'The Committee resolved:-', a division",
 "council": "Aberdeen City Council",
 "committee": "Finance and Resources Committee",
 "meeting_date": "2025-03-12",
 "doc_type": "minutes",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [],
 "minutes": [
   ["1", "Determination of Urgent Business", 1],
   ["2", "Determination of Exempt Business", 1],
   ["3", "Declarations of Interest or Transparency Statements", 1],
   ["4", "Minute of Previous Meeting of 29 January 2025", 1],
   ["5", "Committee Business Planner", 1],
   ["6", "Quarter 3 Financial Performance - CORS/25/045", 1],
   ["7", "Council Financial Performance - Commercial Income Review - CORS/25/051", 2],
   ["8", "Aberdeen Sports Village Funding Agreement - F&C/25/060", 3],
   ["9", "Property Disposal - Former Hazlehead Academy Annexe - CR&E/25/044", 3],
 ],
 "decisions": [
   {"minute": "2", "page": 1, "text": "to consider items 11.1 and 11.2 with the press and public ex ..."},
   {"minute": "4", "page": 1, "text": "to approve the minute as a correct record."},
   {"minute": "5", "page": 1, "text": "(i)  to agree the removal of items 7 (Workforce Plan Annual ..."},
   {"minute": "6", "page": 2, "text": "to adopt the motion."},
   {"minute": "7", "page": 2, "text": "(i)  to approve the recommendations; and"},
   {"minute": "7", "page": 3, "text": "(ii)  to instruct the Chief Officer - Finance to circulate t ..."},
   {"minute": "8", "page": 3, "text": "(i)  to approve the recommendations; and"},
   {"minute": "8", "page": 3, "text": "(ii)  to request that the Chief Officer - Early Intervention ..."},
   {"minute": "9", "page": 3, "text": "(i)  to approve the disposal of the property to the preferre ..."},
 ],
 "votes": [
   {"page": 2, "for": 7, "against": 5, "abstain": 0, "outcome": "motion adopted", "motion": "minute 6; motion vs amendment division"},
 ],
 "commitments": [
   {"page": 3, "owner": "Chief Officer - Commercial and Procurement Services", "action": "report back to the Committee by September 2025 with a full b ...", "due": "September 2025"},
   {"page": 3, "owner": "Chief Officer - Finance", "action": "circulate to Members a breakdown of garden waste permit upta ...", "due": "30 April 2025"},
   {"page": 3, "owner": "Chief Officer - Early Intervention and Community Empowerment", "action": "include a target for free swimming sessions for care-experie ...", "due": None},
   {"page": 3, "owner": "Chief Officer - Corporate Landlord", "action": "to conclude the missives", "due": "30 June 2025"},
 ],
}
QUESTIONS = [
 {"question": "How big is the general fund overspend forecast at quarter 3?", "answer": "£4.3 million", "must_contain": ["forecasting an overspend of £4.3 million"], "page": 2, "agenda_item": None, "kind": "figure"},
 {"question": "How did the division go on the quarter 3 financial performance report?", "answer": "Motion 7, amendment 5; motion adopted", "must_contain": ["for the motion (7)"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"question": "What will a garden waste permit cost next year?", "answer": "£50 per bin", "must_contain": ["revised rate of £50 per bin"], "page": 2, "agenda_item": None, "kind": "figure"},
 {"question": "Who has to bring the business case for commercialising bereavement services, and when?", "answer": "Chief Officer - Commercial and Procurement Services, by September 2025", "must_contain": ["report back to the Committee by September 2025"], "page": 2, "agenda_item": None, "kind": "commitment"},
]
