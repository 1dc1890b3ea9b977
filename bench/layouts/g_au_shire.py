# Style 7: Australian shire council minutes: "12.3 Title" items, "RESOLUTION OC24/123",
# "Moved Cr X / Seconded Cr Y", CARRIED / LOST / CARRIED 4/2, division names, alternate motion.
PATH = "warrabool-shire-vic/ordinary-council/2024-11-26/Minutes - Ordinary Meeting of Council - 26 November 2024.pdf"
PAGES = [
"""WARRABOOL SHIRE COUNCIL
MINUTES
ORDINARY MEETING OF COUNCIL
Held on Tuesday 26 November 2024 at 6.00pm
Council Chambers, 41 High Street, Tarranvale

PRESENT
Cr Helen Marsh (Mayor), Cr Tom Bradley (Deputy Mayor), Cr Anika Sharma, Cr Greg Doyle,
Cr Lachlan Reid, Cr Wendy Foote, Cr Sam Kostas
OFFICERS
Chief Executive Officer – Mark Hennessy; Director Infrastructure – Priya Nand;
Director Corporate Services – Colin Tait; Manager Governance – Rebecca Lowe

1. ACKNOWLEDGEMENT OF COUNTRY
The Mayor acknowledged the Traditional Owners of the land on which the meeting was held.

2. APOLOGIES AND LEAVE OF ABSENCE
Nil

3. DECLARATIONS OF CONFLICT OF INTEREST
Cr Doyle declared a general conflict of interest in item 12.2 as a neighbouring landowner.

4. CONFIRMATION OF MINUTES
RESOLUTION OC24/118
Moved Cr Reid
Seconded Cr Foote
That the Minutes of the Ordinary Meeting of Council held on 22 October 2024 be confirmed.
CARRIED

5. PUBLIC QUESTION TIME
Two questions were received from Mr J Pollard regarding the Tarranvale pool opening hours.
The Director Infrastructure advised that the pool will open from 7 December 2024 and that
extended evening hours will apply on days over 32 degrees.

12. OFFICER REPORTS
12.1 2024/25 QUARTER 1 FINANCIAL REPORT
Author: Manager Finance                      Directorate: Corporate Services
The report presents the financial position for the three months ended 30 September 2024.
RESOLUTION OC24/121
Moved Cr Sharma / Seconded Cr Kostas
That Council notes the Quarter 1 Financial Report for the period ending 30 September 2024,
showing an operating surplus of $2.41 million against a budgeted surplus of $1.87 million.
CARRIED

Ordinary Council Meeting Minutes – 26 November 2024                                 Page 1""",
"""12.2 PLANNING PERMIT APPLICATION PLN24/0087 – 12 LOT SUBDIVISION, 145 QUARRY ROAD,
TARRANVALE
Author: Senior Statutory Planner              Directorate: Planning and Environment
Cr Doyle left the chamber at 6.42pm.
The application received 23 objections, mainly concerning bushfire risk, road safety on
Quarry Road and the loss of farmland. Officers recommended that a permit be granted.
MOTION
Moved Cr Bradley / Seconded Cr Reid
That Council issues a Notice of Decision to Grant a Permit for PLN24/0087 subject to the
conditions in Attachment 12.2.1.
LOST
A division was called.
For: Crs Bradley and Reid
Against: Crs Marsh, Sharma, Foote and Kostas
ALTERNATE MOTION
RESOLUTION OC24/122
Moved Cr Foote / Seconded Cr Sharma
That Council issues a Notice of Refusal to Grant a Permit for PLN24/0087 on the following
grounds:
1. The proposal is inconsistent with Clause 21.04 (Rural Land Use) of the Warrabool
Planning Scheme.
2. The proposal does not adequately address bushfire risk under Clause 13.02-1S.
CARRIED 4/2
Cr Doyle returned to the chamber at 6.58pm.

12.3 DRAFT COMMUNITY ENGAGEMENT POLICY 2025
Author: Manager Governance                    Directorate: Corporate Services
RESOLUTION OC24/123
Moved Cr Kostas / Seconded Cr Marsh
That Council:
1. Endorses the Draft Community Engagement Policy 2025 for public exhibition for 28 days
from 2 December 2024; and
2. Requests the Chief Executive Officer to present a report on submissions received to the
February 2025 Ordinary Meeting of Council.
CARRIED UNANIMOUSLY

Ordinary Council Meeting Minutes – 26 November 2024                                 Page 2""",
"""12.4 RFT 2024-31 KERBSIDE FOOD ORGANICS AND GARDEN ORGANICS COLLECTION SERVICE
Author: Coordinator Waste Services            Directorate: Infrastructure
Five tenders were received. The recommended tenderer, Greenline Resource Recovery Pty Ltd,
offered a weekly FOGO collection service at $1.96 million per annum (GST exclusive) for an
initial term of seven years with two options to extend of two years each.
RESOLUTION OC24/124
Moved Cr Reid / Seconded Cr Bradley
That Council:
1. Awards Contract RFT 2024-31 to Greenline Resource Recovery Pty Ltd for $13.72 million
(GST exclusive) over seven years;
2. Authorises the Chief Executive Officer to sign and seal the contract documents; and
3. Notes that the FOGO service will commence on 1 July 2025.
CARRIED 6/1

13. NOTICES OF MOTION
13.1 NOTICE OF MOTION 7/2024 – CR GREG DOYLE – ROADSIDE SLASHING PROGRAM
MOTION
Moved Cr Doyle / Seconded Cr Bradley
That Council allocates an additional $180,000 in the 2025/26 budget to double the
frequency of roadside slashing on rural roads before the fire danger period.
LOST

14. URGENT BUSINESS
Nil

15. CLOSE OF MEETING
There being no further business the meeting closed at 8.04pm.

Confirmed this 17th day of December 2024.
MAYOR

Ordinary Council Meeting Minutes – 26 November 2024                                 Page 3""",
]
EXPECT = {
 "style": "Australian shire minutes: numbered items with 12.x sub-items in CAPITALS, RESOLUTION OCYY/NNN, Moved/Seconded, CARRIED/LOST/CARRIED 4/2",
 "doc_type": "minutes", "council": "Warrabool Shire Council", "committee": "Ordinary Meeting of Council",
 "meeting_date": "2024-11-26", "page_labels": ["1", "2", "3"],
 "agenda_items": [["1", "Acknowledgement of Country", 1], ["2", "Apologies and Leave of Absence", 1],
   ["3", "Declarations of Conflict of Interest", 1], ["4", "Confirmation of Minutes", 1], ["5", "Public Question Time", 1],
   ["12", "Officer Reports", 1], ["12.1", "2024/25 Quarter 1 Financial Report", 1],
   ["12.2", "Planning Permit Application PLN24/0087 – 12 Lot Subdivision, 145 Quarry Road, Tarranvale", 2],
   ["12.3", "Draft Community Engagement Policy 2025", 2],
   ["12.4", "RFT 2024-31 Kerbside Food Organics and Garden Organics Collection Service", 3],
   ["13", "Notices of Motion", 3], ["13.1", "Notice of Motion 7/2024 – Roadside Slashing Program", 3],
   ["14", "Urgent Business", 3], ["15", "Close of Meeting", 3]],
 "minutes": "resolution numbers OC24/118, OC24/121, OC24/122, OC24/123, OC24/124 (not minute headings)",
 "decisions": [
   {"item": "4", "resolution": "OC24/118", "page": 1, "text": "Minutes of 22 October 2024 confirmed", "vote": "CARRIED"},
   {"item": "12.1", "resolution": "OC24/121", "page": 1, "text": "notes Q1 Financial Report ... $2.41 million", "vote": "CARRIED"},
   {"item": "12.2", "resolution": "OC24/122", "page": 2, "text": "Notice of Refusal ... grounds 1, 2", "vote": "CARRIED 4/2"},
   {"item": "12.3", "resolution": "OC24/123", "page": 2, "parts": 2, "text": "1. Endorses Draft policy for exhibition 28 days; 2. Requests CEO report", "vote": "CARRIED UNANIMOUSLY"},
   {"item": "12.4", "resolution": "OC24/124", "page": 3, "parts": 3, "text": "Awards RFT 2024-31 to Greenline $13.72m; CEO sign; FOGO 1 July 2025", "vote": "CARRIED 6/1"}],
 "not_decisions": ["12.2 MOTION to grant (LOST)", "13.1 Notice of motion $180,000 slashing (LOST)"],
 "votes": [["12.2", "motion to grant LOST, division For 2 (Bradley, Reid) Against 4"], ["12.2", "alternate motion CARRIED 4/2"],
   ["12.3", "CARRIED UNANIMOUSLY"], ["12.4", "CARRIED 6/1"], ["13.1", "LOST"]],
 "commitments": [{"item": "12.3", "owner": "Chief Executive Officer", "action": "present a report on submissions received", "due": "February 2025 Ordinary Meeting"},
   {"item": "12.4", "owner": "Chief Executive Officer", "action": "sign and seal contract documents (authorised)", "due": None}],
}
QUESTIONS = [
 {"question": "Why was the Quarry Road subdivision refused?",
  "answer": "Inconsistent with Clause 21.04 (Rural Land Use) and does not adequately address bushfire risk (Clause 13.02-1S).",
  "must_contain": ["2. The proposal does not adequately address bushfire risk under Clause 13.02-1S.", "1. The proposal is inconsistent with Clause 21.04 (Rural Land Use) of the Warrabool"],
  "page": 2, "agenda_item": "12.2", "kind": "resolution"},
 {"question": "How long will the draft community engagement policy be out for public comment?",
  "answer": "28 days from 2 December 2024.", "must_contain": ["for public exhibition for 28 days"],
  "page": 2, "agenda_item": "12.3", "kind": "when"},
 {"question": "What will the new FOGO kerbside collection contract cost?",
  "answer": "$1.96m a year; $13.72m (GST excl.) over seven years to Greenline Resource Recovery.",
  "must_contain": ["Greenline Resource Recovery Pty Ltd for $13.72 million", "at $1.96 million per annum (GST exclusive)"],
  "page": 3, "agenda_item": "12.4", "kind": "figure"},
]
