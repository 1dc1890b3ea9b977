# Style 22: Canadian city council minutes: numbered sections with sub-items (8.1), motions moved and
# seconded, 'Carried' and divisions, a running header 'City Council Minutes 47, ...'.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "ottawa/city-council/2025-02-12/minutes-47.pdf"
PAGES = [
"""City Council Minutes 47, Wednesday, February 12, 2025

City Council
Minutes
Meeting #:  47
Date:  Wednesday, February 12, 2025
Time:  10 am
Location:  Andrew S. Haydon Hall, 110 Laurier Avenue West, and by electronic
participation
Present:  Mayor Daniel Leclerc, Councillor Matthew Luloff, Councillor Laura Dudas,
Councillor David Hill, Councillor Cathy Curry, Councillor Clarke Kelly, Councillor Wilson Lo,
Councillor Sean Devine, Councillor Tim Tierney, Councillor Glen Gower, Councillor Jessica
Bradley, Councillor Theresa Kavanagh, Councillor Ariel Troster, Councillor Jeff Leiper,
Councillor Rawlson King, Councillor Stéphanie Plante, Councillor Marty Carr, Councillor
Riley Brockington, Councillor Shawn Menard, Councillor Catherine Kitts, Councillor George
Darouze, Councillor Allan Hubley, Councillor Steve Desroches, Councillor Tammy
Lawrence

1.  Call to order and moment of reflection
The Council of the City of Ottawa met at Andrew S. Haydon Hall, 110 Laurier Avenue
West, Ottawa, on Wednesday, February 12, 2025, beginning at 10 am. The Mayor, Daniel
Leclerc, presided over the meeting in Andrew S. Haydon Hall and led Council in a moment
of reflection.

2.  Roll call
All Members were present.

3.  Confirmation of Minutes
Council confirmed the Minutes of the City Council meeting of January 29, 2025.

4.  Declarations of Interest
Councillor Marty Carr declared a potential interest in Item 8.1 as his brother-in-law owns
property abutting 1560 Scott Street. He did not participate in the discussion or vote on
this item.

5.  Regrets
No regrets were filed.

6.  Motion to Introduce Reports
Motion No. 2025 - 47 - 01
Moved by Councillor S. Plante
Seconded by Councillor R. King
That Planning and Housing Committee Report 34 and Transit Committee Report 18 be
received and considered.
Carried

1""",
"""City Council Minutes 47, Wednesday, February 12, 2025

7.  Transit Committee Report 18

7.1  O-Train Line 1 Reliability Update and Independent Assessment
Response
File No. ACS2025-TSD-RCP-0003 - City-wide
Committee recommendation(s)
That Council:
1. Receive the O-Train Line 1 reliability update, including the 98.1% service availability
achieved in Q4 2024;
2. Direct the General Manager, Transit Services, to implement the 22 recommendations
of the independent assessment by Q4 2025; and
3. Approve an additional $4.7 million from the Transit Capital Reserve Fund for the
replacement of overhead catenary components between Tunney's Pasture and Blair
stations.
Direction to staff (Councillor G. Gower):
That staff be directed to report back to Transit Committee by Q3 2025 with a cost
estimate for extending the rail replacement bus bridge to serve the Trim station park and
ride during planned closures.
Item 7.1 was put to Council and CARRIED on a division of 20 YEAS to 4 NAYS, as follows:
YEAS (20):  Councillors M. Luloff, L. Dudas, D. Hill, C. Curry, C. Kelly, W. Lo, S. Devine, T.
Tierney, G. Gower, J. Bradley, R. King, S. Plante, M. Carr, R. Brockington, C. Kitts, G.
Darouze, A. Hubley, S. Desroches, T. Lawrence, Mayor D. Leclerc
NAYS (4):  Councillors T. Kavanagh, A. Troster, J. Leiper, and S. Menard

8.  Planning and Housing Committee Report 34

8.1  Zoning By-law Amendment - 1560 Scott Street
File No. ACS2025-PRE-PS-0012 - Kitchissippi (Ward 15)
Committee recommendation(s)
That Council approve an amendment to Zoning By-law 2008-250 for 1560 Scott Street, as
shown in Document 1, to permit a 32-storey mixed-use building containing 356
residential units, with a reduced parking rate of 0.3 spaces per unit, as detailed in
Document 2.
Motion No. 2025 - 47 - 02
Moved by Councillor J. Leiper
Seconded by Councillor A. Troster
WHEREAS Report ACS2025-PRE-PS-0012 recommends approval of a Zoning By-law
Amendment for 1560 Scott Street; and
WHEREAS the owner has agreed to provide a contribution of $1.2 million under Section
37 of the Planning Act towards affordable housing in Ward 15 and the Tunney's Pasture
station area public realm;
THEREFORE BE IT RESOLVED that Council approve that Document 2 (Details of
Recommended Zoning) be amended by requiring a minimum of 10 per cent of units to be
three-bedroom units; and

2""",
"""City Council Minutes 47, Wednesday, February 12, 2025

BE IT FURTHER RESOLVED that, pursuant to the Planning Act, subsection 34(17), no
further notice be given.
Carried
Item 8.1, as amended, was put to Council and CARRIED, with Councillor M. Carr
having declared an interest.

8.2  Official Plan Amendment - Greenbelt Agricultural Lands Policy
File No. ACS2025-PRE-PS-0019 - City-wide
Committee recommendation(s)
That Council approve the amendments to the Official Plan set out in Document 1 to
permit agri-tourism and on-farm diversified uses on agricultural lands in the Greenbelt,
subject to a maximum of 2 per cent of the farm parcel to a maximum of 1 hectare.
Item 8.2 was put to Council and CARRIED on a division of 17 YEAS to 7 NAYS, as follows:
YEAS (17):  Councillors M. Luloff, L. Dudas, D. Hill, C. Curry, C. Kelly, S. Devine, T. Tierney,
G. Gower, J. Bradley, R. King, S. Plante, M. Carr, C. Kitts, G. Darouze, A. Hubley, S.
Desroches, Mayor D. Leclerc
NAYS (7):  Councillors W. Lo, T. Kavanagh, A. Troster, J. Leiper, R. Brockington, S. Menard,
and T. Lawrence

9.  Motions of which notice has been previously given

9.1  Winter sidewalk clearing service standards
Motion No. 2025 - 47 - 03
Moved by Councillor R. Brockington
Seconded by Councillor C. Kitts
WHEREAS the City received 4,312 service requests for sidewalk clearing between
December 1, 2024 and January 31, 2025, an increase of 38 per cent over the same period
last winter;
THEREFORE BE IT RESOLVED that Council direct Public Works staff to report back to the
Environment and Climate Change Committee by June 2025 with options, including costs,
to reduce the sidewalk clearing deployment trigger from 5 cm to 2.5 cm of accumulation
on priority sidewalks.
Carried

10.  Confirmation By-law
Motion No. 2025 - 47 - 04
Moved by Councillor S. Plante
Seconded by Councillor R. King
That the following by-law be read and passed: To confirm the proceedings of the Council
meeting of February 12, 2025.
Carried

11.  Adjournment

3""",
"""City Council Minutes 47, Wednesday, February 12, 2025

Council adjourned the meeting at 2:47 pm.

City Clerk                                                                       Mayor

4""",
]
EXPECT = {
 "style": "Canadian city council minutes: numbered sections and sub-items (8.1), motions moved and seconded, carried or carried on a division, running header",
 "council": "City of Ottawa",
 "committee": "City Council",
 "meeting_date": "2025-02-12",
 "doc_type": "minutes",
 "page_labels": ["1", "2", "3", "4"],
 "agenda_items": [
   ["1", "Call to order and moment of reflection", 1],
   ["2", "Roll call", 1],
   ["3", "Confirmation of Minutes", 1],
   ["4", "Declarations of Interest", 1],
   ["5", "Regrets", 1],
   ["6", "Motion to Introduce Reports", 1],
   ["7", "Transit Committee Report 18", 2],
   ["7.1", "O-Train Line 1 Reliability Update and Independent Assessment Response", 2],
   ["8", "Planning and Housing Committee Report 34", 2],
   ["8.1", "Zoning By-law Amendment - 1560 Scott Street", [2, 3]],
   ["8.2", "Official Plan Amendment - Greenbelt Agricultural Lands Policy", 3],
   ["9", "Motions of which notice has been previously given", 3],
   ["9.1", "Winter sidewalk clearing service standards", 3],
   ["10", "Confirmation By-law", 3],
   ["11", "Adjournment", [3, 4]],
 ],
 "minutes": [],
 "decisions": [
   {"item": "6", "page": 1, "text": "Motion No. 2025 - 47 - 01 ... That Planning and Housing Comm ..."},
   {"item": "7.1", "page": 2, "text": "Item 7.1 was put to Council and CARRIED on a division of 20 ..."},
   {"item": "8.1", "page": 3, "text": "THEREFORE BE IT RESOLVED that Council approve that Document ..."},
   {"item": "8.1", "page": 3, "text": "Item 8.1, as amended, was put to Council and CARRIED"},
   {"item": "8.2", "page": 3, "text": "Item 8.2 was put to Council and CARRIED on a division of 17 ..."},
   {"item": "9.1", "page": 3, "text": "THEREFORE BE IT RESOLVED that Council direct Public Works st ..."},
 ],
 "votes": [
   {"item": "7.1", "page": 2, "for": 20, "against": 4, "abstain": 0, "outcome": "carried", "motion": ""},
   {"item": "8.2", "page": 3, "for": 17, "against": 7, "abstain": 0, "outcome": "carried", "motion": ""},
 ],
 "commitments": [
   {"item": "7.1", "page": 2, "owner": "Transit Services staff (General Manager, Transit Services)", "action": "report back to Transit Committee by Q3 2025 with a cost esti ...", "due": "Q3 2025"},
   {"item": "9.1", "page": 3, "owner": "Public Works staff", "action": "report back to the Environment and Climate Change Committee ...", "due": "June 2025"},
 ],
}
QUESTIONS = [
 {"question": "How reliable was the LRT Line 1 in the last quarter of 2024?", "answer": "98.1% availability", "must_contain": ["98.1% service availability achieved in Q4 2024"], "page": 2, "agenda_item": "7.1", "kind": "figure"},
 {"question": "How tall is the tower approved at 1560 Scott Street?", "answer": "32 storeys, 356 units", "must_contain": ["to permit a 32-storey mixed-use building"], "page": 2, "agenda_item": "8.1", "kind": "figure"},
 {"question": "How much is the Scott Street developer paying towards affordable housing?", "answer": "$1.2 million community benefit (s.37)", "must_contain": ["contribution of $1.2 million under Section 37"], "page": 2, "agenda_item": "8.1", "kind": "figure"},
 {"question": "When are we getting options on clearing sidewalks after lighter snowfalls?", "answer": "By June 2025, to Environment and Climate Change Committee", "must_contain": ["by June 2025 with options"], "page": 3, "agenda_item": "9.1", "kind": "when"},
]
