# Style 6: US city council minutes, continuous "Item N." numbering with a consent agenda,
# "Motion by Council Member X, seconded by ... Motion carried 6-1 (Z voting no)", roll calls.
PATH = "north-ridgefield-mn/city-council/2025-03-04/2025-03-04 Regular Council Minutes.pdf"
PAGES = [
"""CITY OF NORTH RIDGEFIELD, MINNESOTA
REGULAR CITY COUNCIL MEETING MINUTES
Tuesday, March 4, 2025 – 6:00 P.M.
Council Chambers, City Hall, 200 Main Street North

Item 1. Call to Order
Mayor Dana Whitfield called the meeting to order at 6:01 p.m.

Item 2. Roll Call
Present: Mayor Whitfield; Council Members Ortiz, Lee, Grant, Novak, Haddad and Brennan.
Absent: None.
Staff present: City Administrator Paul Henning, City Attorney Rachel Stein, Finance
Director Amy Cho, Public Works Director Luis Medina, City Clerk Jenna Porter.

Item 3. Pledge of Allegiance

Item 4. Approval of Agenda
Motion by Council Member Novak, seconded by Council Member Haddad, to approve the agenda
as presented. Motion carried 7-0.

Item 5. Public Comment
Mark Sorensen, 412 Lakeview Drive, spoke in opposition to the proposed short-term rental
ordinance. Denise Albright, 88 Elm Court, asked the Council to fund sidewalk repairs on
Elm Court as part of the 2025 street project.

Item 6. Proclamation – Women’s History Month
Mayor Whitfield read a proclamation declaring March 2025 as Women’s History Month.

CONSENT AGENDA
Item 7. Approve minutes of the February 18, 2025 regular meeting.
Item 8. Approve claims and payroll in the amount of $1,284,663.19.
Item 9. Approve Resolution 2025-21 accepting a donation of $5,000 from the North
Ridgefield Lions Club for the Veterans Park bench project.
Item 10. Approve a temporary on-sale liquor license for the Church of St. Anne for
May 17, 2025.
Motion by Council Member Ortiz, seconded by Council Member Lee, to approve the consent
agenda, Items 7 through 10, as presented. Motion carried 7-0.

Regular Meeting Minutes – March 4, 2025                                       Page 1 of 3""",
"""REGULAR AGENDA
Item 11. Public Hearing – Ordinance 2025-03, Rezoning 1450 County Road 9 from A-1
Agricultural to R-2 Two-Family Residential (Second Reading)
Community Development Director Sara Lindgren presented the staff report. The Planning
Commission recommended approval 5-0 on February 11, 2025. Mayor Whitfield opened the
public hearing at 6:24 p.m. One resident spoke with concerns about traffic on County Road 9.
The public hearing was closed at 6:31 p.m.
Motion by Council Member Grant, seconded by Council Member Brennan, to adopt Ordinance
2025-03 on second reading. Roll call vote: Ayes – Ortiz, Lee, Grant, Novak, Haddad,
Brennan, Whitfield. Nays – None. Motion carried 7-0.

Item 12. Approve an ordinance amending Chapter 14 of the City Code regarding short-term
rental licensing (First Reading)
Finance Director Amy Cho explained that the ordinance would require an annual license
with a fee of $350, a cap of 40 licenses citywide, and a local contact available within
one hour. Council Member Grant said the cap was too restrictive for lakeshore owners.
Motion by Council Member Ortiz, seconded by Council Member Lee, to approve Ordinance
2025-04 on first reading. Motion carried 6-1 (Council Member Grant voting no).

Item 13. Award of Bid – 2025 Street Reconstruction Project
Public Works Director Luis Medina reported that seven bids were received on February 26,
2025. The lowest responsible bid was from Kellerman Paving Inc. at $3,412,880.50, which
is 6% under the engineer’s estimate of $3,630,000. The project includes 2.7 miles of
streets in the Oak Hills neighborhood and sidewalk replacement on Elm Court.
Motion by Council Member Haddad, seconded by Council Member Novak, to award the contract
to Kellerman Paving Inc. in the amount of $3,412,880.50. Motion carried 5-2 (Council
Members Grant and Brennan voting no).
City Administrator Henning said staff would bring back a construction communication plan
at the April 1 meeting.

Regular Meeting Minutes – March 4, 2025                                       Page 2 of 3""",
"""Item 14. Resolution 2025-22 Approving a Joint Powers Agreement with Wright County for
Shared Fire Inspection Services
Fire Chief Dan Pruitt said the agreement would share one fire inspector between the two
jurisdictions at a cost to the City of $46,500 per year.
Motion by Council Member Brennan, seconded by Council Member Grant, to approve Resolution
2025-22. Motion failed 3-4 (Council Members Brennan, Grant and Novak voting yes).
Council directed staff to return with a revised cost-sharing proposal by May 6, 2025.

Item 15. Council and Staff Reports
Council Member Lee reported on the Parks and Recreation Commission meeting. City
Administrator Henning reminded the Council of the Board of Appeal and Equalization on
April 15, 2025.

Item 16. Adjournment
Motion by Council Member Novak, seconded by Council Member Haddad, to adjourn at 7:48 p.m.
Motion carried 7-0.

Respectfully submitted,
Jenna Porter, City Clerk

Approved by the City Council on March 18, 2025.

Regular Meeting Minutes – March 4, 2025                                       Page 3 of 3""",
]
EXPECT = {
 "style": "US city council minutes, 'Item N.' lines, consent agenda block, Motion by/seconded/carried 6-1 (X voting no), roll call Ayes/Nays",
 "doc_type": "minutes", "council": "City of North Ridgefield", "committee": "City Council",
 "meeting_date": "2025-03-04", "page_labels": ["1", "2", "3"],
 "agenda_items": [["1", "Call to Order", 1], ["2", "Roll Call", 1], ["3", "Pledge of Allegiance", 1],
   ["4", "Approval of Agenda", 1], ["5", "Public Comment", 1], ["6", "Proclamation – Women’s History Month", 1],
   ["7", "Approve minutes of the February 18, 2025 regular meeting", 1], ["8", "Approve claims and payroll", 1],
   ["9", "Approve Resolution 2025-21 accepting a donation", 1], ["10", "Approve a temporary on-sale liquor license", 1],
   ["11", "Public Hearing – Ordinance 2025-03, Rezoning 1450 County Road 9 ...", 2],
   ["12", "Approve an ordinance amending Chapter 14 ... short-term rental licensing (First Reading)", 2],
   ["13", "Award of Bid – 2025 Street Reconstruction Project", 2],
   ["14", "Resolution 2025-22 Approving a Joint Powers Agreement with Wright County ...", 3],
   ["15", "Council and Staff Reports", 3], ["16", "Adjournment", 3]],
 "minutes": [],
 "decisions": [
   {"item": "4", "text": "approve the agenda", "vote": "7-0 carried"},
   {"item": "7-10", "text": "approve the consent agenda, Items 7 through 10", "vote": "7-0 carried"},
   {"item": "11", "text": "adopt Ordinance 2025-03 on second reading", "vote": "7-0 carried (roll call)"},
   {"item": "12", "text": "approve Ordinance 2025-04 on first reading", "vote": "6-1 carried, Grant no"},
   {"item": "13", "text": "award the contract to Kellerman Paving Inc. $3,412,880.50", "vote": "5-2 carried, Grant and Brennan no"},
   {"item": "14", "text": "approve Resolution 2025-22", "vote": "3-4 FAILED"},
   {"item": "16", "text": "adjourn", "vote": "7-0"}],
 "votes": [["4", "7-0 carried"], ["10", "7-0 carried"], ["11", "7-0 carried"], ["12", "6-1 carried"], ["13", "5-2 carried"], ["14", "3-4 failed"], ["16", "7-0 carried"]],
 "commitments": [
   {"item": "13", "owner": "City Administrator / staff", "action": "bring back a construction communication plan", "due": "2025-04-01"},
   {"item": "14", "owner": "staff", "action": "return with a revised cost-sharing proposal", "due": "2025-05-06"}],
}
QUESTIONS = [
 {"question": "Which company got the 2025 street reconstruction contract and at what price?",
  "answer": "Kellerman Paving Inc., $3,412,880.50 (6% under estimate); carried 5-2.",
  "must_contain": ["to Kellerman Paving Inc. in the amount of $3,412,880.50", "The lowest responsible bid was from Kellerman Paving Inc. at $3,412,880.50"],
  "page": 2, "agenda_item": "13", "kind": "who"},
 {"question": "How did the council vote on the short-term rental ordinance?",
  "answer": "Approved on first reading 6-1, Council Member Grant voting no.",
  "must_contain": ["2025-04 on first reading. Motion carried 6-1 (Council Member Grant voting no)."],
  "page": 2, "agenda_item": "12", "kind": "resolution"},
 {"question": "Was the shared fire inspector agreement with Wright County approved?",
  "answer": "No, it failed 3-4; staff to return with a revised cost-sharing proposal by May 6, 2025.",
  "must_contain": ["Motion failed 3-4", "revised cost-sharing proposal by May 6, 2025"],
  "page": 3, "agenda_item": "14", "kind": "resolution"},
]
