# Style 23: US county board of supervisors minutes as Legistar prints them: 'A-1)   25-00141' file
# numbers, 'A motion was made by ... The motion carried by the following vote: Ayes: 5 - ...'.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "santa-barbara-county/board-of-supervisors/2025-03-04/minutes.pdf"
PAGES = [
"""County of Santa Barbara
BOARD OF SUPERVISORS
Board Hearing Room, Fourth Floor
105 East Anapamu Street
Santa Barbara, California
Minutes
Tuesday, March 4, 2025     9:00 AM
Supervisor Roy Lee, First District
Supervisor Laura Capps, Second District, Chair
Supervisor Joan Hartmann, Third District
Supervisor Bob Nelson, Fourth District, Vice Chair
Supervisor Steve Lavagnino, Fourth District
Mona Miyasato, County Executive Officer
Rachel Van Mullem, County Counsel
Sheila de la Guerra, Clerk of the Board

9:00 A.M. - CALL TO ORDER
Present: 5 - Supervisor Lee, Supervisor Capps, Supervisor Hartmann, Supervisor Nelson
and Supervisor Lavagnino
Pledge of Allegiance
Public Comment: Three speakers addressed the Board on matters not on the agenda.

ADMINISTRATIVE AGENDA
A motion was made by Supervisor Hartmann, seconded by Supervisor Lee, that the
Administrative Agenda be Approved as follows. The motion carried by the following vote:
Ayes: 5 - Supervisor Lee, Supervisor Capps, Supervisor Hartmann, Supervisor Nelson and
Supervisor Lavagnino

A-1)   25-00141
Auditor-Controller - Receive and file the Quarterly Treasury Investment Report
Consider recommendations regarding the Investment Report for the quarter ending
December 31, 2024, County-wide, as follows: a) Receive and file the Treasurer's
Investment Report showing a portfolio book value of $1.62 billion and a weighted average
yield of 3.87%; and b) Determine that the above-recommended action is not a project
under the California Environmental Quality Act (CEQA).
Received and filed.

A-2)   25-00152
Public Works - Approve Plans and Specifications for Cathedral Oaks Road
Bridge Replacement
Consider recommendations regarding the Cathedral Oaks Road Bridge Replacement over
San Jose Creek, Project No. 862417, Second District, as follows: a) Approve plans and
specifications and authorize the Director of Public Works to advertise for construction
bids; and b) Find that the project was previously analyzed in the Final Mitigated Negative

County of Santa Barbara                Page 1                Printed on 3/12/2025""",
"""Declaration adopted on June 18, 2024. Estimated construction cost is $7,940,000, of
which 88.53% is federally reimbursable under the Highway Bridge Program.
Approved as recommended.

A-3)   25-00158
Behavioral Wellness - Approve Agreement with Mental Wellness Center for Peer
Support Services
Consider recommendations regarding a Services Agreement with the Mental Wellness
Center for Fiscal Years 2024-25 through 2026-27, County-wide, as follows: a) Approve,
ratify and authorize the Chair to execute an Agreement with the Mental Wellness Center
(not a local vendor) for the provision of peer support and family advocate services for a
total contract maximum not to exceed $2,214,600 for the period of March 1, 2025
through June 30, 2027.
Approved as recommended.

DEPARTMENTAL AGENDA

1)   25-00190
HEARING - Planning and Development - Short-Term Rental Ordinance
Amendments, County-wide (EST. TIME: 1 HR. 30 MIN.)
Consider recommendations regarding Case Nos. 24ORD-00005 and 24ORD-00006,
amendments to Chapter 35 of the County Code (County Land Use and Development
Code) to regulate short-term rentals in the Inland Area, as follows: a) Adopt an Ordinance
amending the County Land Use and Development Code to prohibit new short-term rentals
in residential zones outside the Urban Rural boundary, and to cap homestays at 60 per
Supervisorial District; and b) Find that the proposed ordinance amendments are exempt
from CEQA pursuant to CEQA Guidelines Section 15061(b)(3).
Received presentation and public comment (17 speakers).
A motion was made by Supervisor Capps, seconded by Supervisor Lee, that this matter
be Acted on as follows:
a) Adopted, as amended to increase the homestay cap to 75 per Supervisorial District;
Ordinance No. 5212
b) Approved.
The motion carried by the following vote:
Ayes: 3 - Supervisor Lee, Supervisor Capps and Supervisor Hartmann
Noes: 2 - Supervisor Nelson and Supervisor Lavagnino

2)   25-00197
County Executive Office - Fiscal Year 2025-26 Budget Development Update and
Direction (EST. TIME: 1 HR.)
Consider recommendations regarding the Fiscal Year 2025-26 Budget Development,
County-wide, as follows: a) Receive and file an update on the status of the FY 2025-26
budget, including a projected General Fund gap of $14.6 million; b) Provide direction to
staff regarding the use of one-time funds to address the projected gap; and c) Determine

County of Santa Barbara                Page 2                Printed on 3/12/2025""",
"""that the above actions are not a project under CEQA.

A motion was made by Supervisor Hartmann, seconded by Supervisor Nelson, that this
matter be Acted on as follows:
a) Received and filed;
b) Directed staff to return at the April 15, 2025 budget workshop with options for closing
the gap that do not rely on more than $5 million of one-time funds; and
c) Approved.

The motion carried by the following vote:

Ayes: 4 - Supervisor Lee, Supervisor Capps, Supervisor Hartmann and Supervisor Nelson
Abstain: 1 - Supervisor Lavagnino

3)   25-00201

Public Health - Cannabis Tax Revenue Allocation for Youth Prevention Programs

Consider recommendations regarding allocation of $1,100,000 of Fiscal Year 2024-25
cannabis tax revenue to youth substance use prevention programs in the Santa Maria
Valley and Lompoc, as follows: a) Approve the allocation; and b) Direct the Public Health
Department to report back within six months on program outcomes.

A motion was made by Supervisor Lavagnino, seconded by Supervisor Nelson, that this
matter be Approved as recommended. The motion failed by the following vote:

Ayes: 2 - Supervisor Nelson and Supervisor Lavagnino
Noes: 3 - Supervisor Lee, Supervisor Capps and Supervisor Hartmann

A motion was made by Supervisor Capps, seconded by Supervisor Hartmann, that this
matter be Continued to March 18, 2025. The motion carried by the following vote:
Ayes: 5 - Supervisor Lee, Supervisor Capps, Supervisor Hartmann, Supervisor Nelson and
Supervisor Lavagnino

ADJOURNMENT

The Board adjourned at 1:52 p.m. to meet in regular session on Tuesday, March 18, 2025
at 9:00 a.m. in the Board Hearing Room, Santa Barbara.

SHEILA DE LA GUERRA
CLERK OF THE BOARD

County of Santa Barbara                Page 3                Printed on 3/12/2025""",
]
EXPECT = {
 "style": "US county board of supervisors minutes (Legistar): 'A-1)   25-00141' file numbers, motions with 'Ayes: 5 - ...' votes, 'County of Santa Barbara  Page N  Printed on' footer",
 "council": "County of Santa Barbara",
 "committee": "Board of Supervisors",
 "meeting_date": "2025-03-04",
 "doc_type": "minutes",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [
   ["A-1", "Auditor-Controller - Receive and file the Quarterly Treasury Investment Report", 1],
   ["A-2", "Public Works - Approve Plans and Specifications for Cathedral Oaks Road Bridge Replacement", [1, 2]],
   ["A-3", "Behavioral Wellness - Approve Agreement with Mental Wellness Center for Peer Support Services", 2],
   ["1", "HEARING - Planning and Development - Short-Term Rental Ordinance Amendments, County-wide", 2],
   ["2", "County Executive Office - Fiscal Year 2025-26 Budget Development Update and Direction", [2, 3]],
   ["3", "Public Health - Cannabis Tax Revenue Allocation for Youth Prevention Programs", 3],
 ],
 "minutes": [],
 "decisions": [
   {"page": 1, "text": "A motion was made by Supervisor Hartmann, seconded by Superv ..."},
   {"item": "A-1", "page": 1, "text": "Received and filed."},
   {"item": "A-2", "page": 2, "text": "Approved as recommended."},
   {"item": "A-3", "page": 2, "text": "Approved as recommended."},
   {"item": "1", "page": 2, "text": "a) Adopted, as amended to increase the homestay cap to 75 pe ..."},
   {"item": "2", "page": 3, "text": "b) Directed staff to return at the April 15, 2025 budget wor ..."},
   {"item": "3", "page": 3, "text": "that this matter be Continued to March 18, 2025"},
 ],
 "votes": [
   {"page": 1, "for": 5, "against": 0, "abstain": 0, "outcome": "carried", "motion": "Administrative Agenda (consent) as a whole"},
   {"item": "1", "page": 2, "for": 3, "against": 2, "abstain": 0, "outcome": "carried", "motion": ""},
   {"item": "2", "page": 3, "for": 4, "against": 0, "abstain": 1, "outcome": "carried", "motion": ""},
   {"item": "3", "page": 3, "for": 2, "against": 3, "abstain": 0, "outcome": "failed", "motion": ""},
   {"item": "3", "page": 3, "for": 5, "against": 0, "abstain": 0, "outcome": "carried", "motion": "continuance"},
 ],
 "commitments": [
   {"item": "2", "page": 3, "owner": "County Executive Office staff", "action": "return at the April 15, 2025 budget workshop with options fo ...", "due": "2025-04-15"},
 ],
}
QUESTIONS = [
 {"question": "What's the estimated construction cost of the Cathedral Oaks Road bridge?", "answer": "$7.94 million (88.53% federally reimbursable)", "must_contain": ["Estimated construction cost is $7,940,000"], "page": 2, "agenda_item": "A-2", "kind": "figure"},
 {"question": "What cap on homestays did the board settle on?", "answer": "75 per Supervisorial District", "must_contain": ["increase the homestay cap to 75 per Supervisorial District"], "page": 2, "agenda_item": "1", "kind": "resolution"},
 {"question": "Which supervisors opposed the short-term rental ordinance?", "answer": "Nelson and Lavagnino", "must_contain": ["Noes: 2 - Supervisor Nelson and Supervisor Lavagnino"], "page": 2, "agenda_item": "1", "kind": "who"},
 {"question": "How big is the county's budget gap for next fiscal year?", "answer": "$14.6 million General Fund gap", "must_contain": ["projected General Fund gap of $14.6 million"], "page": 2, "agenda_item": "2", "kind": "figure"},
]
