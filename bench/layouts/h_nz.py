# Style 7b: New Zealand district council minutes (InfoCouncil style): "Resolution number
# CO/2024/144", "MOVED: / SECONDED:", "That the Council: a) receives ...", division lists
# with counts, top running header, footer "Page N".
PATH = "taranui-district-nz/council/2024-12-12/OC_20241212_MIN_3127.pdf"
PAGES = [
"""Ordinary Council Meeting Minutes                                        12 December 2024
TARANUI DISTRICT COUNCIL
MINUTES OF THE ORDINARY MEETING OF COUNCIL
HELD AT THE COUNCIL CHAMBER, 18 QUEEN STREET, TARANUI
ON THURSDAY, 12 DECEMBER 2024 AT 9.30AM

PRESENT:     Mayor Kiri Walden (Chairperson), Deputy Mayor Ross Pennington, Cr Jane Fleming,
             Cr Wiremu Ngata, Cr Alistair Sutherland, Cr Mereana Hoani, Cr Bruce Molloy,
             Cr Lisa Treadwell
IN ATTENDANCE: Hamish Doull (Chief Executive), Aroha Tipene (Group Manager Infrastructure),
             Grant Beattie (Chief Financial Officer), Sophie Lam (Governance Advisor)

1 KARAKIA
Cr Ngata opened the meeting with a karakia.

2 APOLOGIES
RESOLUTION CO/2024/141
MOVED: Cr Fleming
SECONDED: Cr Ngata
That the apology from Cr Bryce be received and accepted.
CARRIED

3 CONFLICT OF INTEREST DECLARATIONS
Nil

4 CONFIRMATION OF MINUTES
RESOLUTION CO/2024/142
MOVED: Cr Sutherland
SECONDED: Cr Hoani
That the minutes of the Ordinary Council Meeting held on 14 November 2024 be confirmed as
a true and correct record.
CARRIED

Page 1""",
"""Ordinary Council Meeting Minutes                                        12 December 2024
5 REPORTS
5.1 LOCAL WATER DONE WELL – WATER SERVICES DELIVERY PLAN CONSULTATION
File Number: A1723344
The Group Manager Infrastructure spoke to the report. The Council must submit a Water
Services Delivery Plan to the Department of Internal Affairs by 3 September 2025. The two
options are an in-house business unit (estimated average household charge of $2,410 by
2034) or a joint water services organisation with Rangiwhai District Council (estimated
$2,180 by 2034).
RESOLUTION CO/2024/144
MOVED: Deputy Mayor Pennington
SECONDED: Cr Ngata
That the Council:
a) receives the report titled “Local Water Done Well – Water Services Delivery Plan
Consultation”;
b) agrees to consult the community on the two delivery options, with the joint water
services organisation as the Council’s preferred option; and
c) notes that consultation will run from 3 February 2025 to 3 March 2025.
In accordance with Standing Order 19.7 a division was called for, voting on which was as
follows:
For:        Mayor Walden, Deputy Mayor Pennington, Crs Fleming, Ngata, Sutherland and Hoani (6)
Against:    Crs Molloy and Treadwell (2)
Abstained:  Nil
The division was declared CARRIED by 6 votes to 2.

5.2 RATES REMISSION POLICY REVIEW
File Number: A1720981
RESOLUTION CO/2024/145
MOVED: Cr Hoani
SECONDED: Cr Fleming
That the Council:
a) receives the report titled “Rates Remission Policy Review”; and
b) adopts the amended Rates Remission Policy, which increases the maximum remission for
community sporting organisations from 50% to 75% of the general rate, with effect from
1 July 2025.
CARRIED

Page 2""",
"""Ordinary Council Meeting Minutes                                        12 December 2024
5.3 CHIEF EXECUTIVE’S REPORT – NOVEMBER 2024
File Number: A1724410
Members asked about the delays to the Moana Street bridge replacement. The Chief Executive
undertook to report back to the Council by 27 February 2025 with a revised programme and
cost estimate for the bridge.
RESOLUTION CO/2024/146
MOVED: Mayor Walden
SECONDED: Cr Treadwell
That the Council receives the Chief Executive’s Report – November 2024.
CARRIED

6 PUBLIC EXCLUDED SESSION
RESOLUTION CO/2024/147
MOVED: Cr Sutherland
SECONDED: Deputy Mayor Pennington
That the public be excluded from the following parts of the proceedings of this meeting:
6.1 Property Acquisition – 22 Wharf Road.
CARRIED

The Meeting closed at 12.14pm.

The minutes of this meeting were confirmed at the Ordinary Council Meeting held on
13 February 2025.
...................................................
CHAIRPERSON

Page 3""",
]
EXPECT = {
 "style": "NZ InfoCouncil minutes: top running header, RESOLUTION CO/2024/NNN, MOVED:/SECONDED:, a) b) c) parts, division For/Against with counts",
 "doc_type": "minutes", "council": "Taranui District Council", "committee": "Ordinary Council Meeting (Council)",
 "meeting_date": "2024-12-12", "page_labels": ["1", "2", "3"],
 "agenda_items": [["1", "Karakia", 1], ["2", "Apologies", 1], ["3", "Conflict of Interest Declarations", 1],
   ["4", "Confirmation of Minutes", 1], ["5", "Reports", 2],
   ["5.1", "Local Water Done Well – Water Services Delivery Plan Consultation", 2],
   ["5.2", "Rates Remission Policy Review", 2], ["5.3", "Chief Executive’s Report – November 2024", 3],
   ["6", "Public Excluded Session", 3], ["6.1", "Property Acquisition – 22 Wharf Road (excluded)", 3]],
 "decisions": [
   {"item": "2", "resolution": "CO/2024/141", "text": "apology from Cr Bryce accepted", "vote": "CARRIED"},
   {"item": "4", "resolution": "CO/2024/142", "text": "minutes of 14 November 2024 confirmed", "vote": "CARRIED"},
   {"item": "5.1", "resolution": "CO/2024/144", "parts": "a,b,c", "vote": "division 6-2 CARRIED"},
   {"item": "5.2", "resolution": "CO/2024/145", "parts": "a,b", "vote": "CARRIED"},
   {"item": "5.3", "resolution": "CO/2024/146", "text": "receives CE report", "vote": "CARRIED"},
   {"item": "6", "resolution": "CO/2024/147", "text": "public excluded", "vote": "CARRIED"}],
 "votes": [["5.1", "For 6 (names), Against 2 (Molloy, Treadwell), Abstained 0 — CARRIED"]],
 "commitments": [{"item": "5.3", "owner": "Chief Executive", "action": "report back with a revised programme and cost estimate for the Moana Street bridge", "due": "2025-02-27"}],
}
QUESTIONS = [
 {"question": "When will the public consultation on water services options take place?",
  "answer": "3 February to 3 March 2025.", "must_contain": ["consultation will run from 3 February 2025 to 3 March 2025"],
  "page": 2, "agenda_item": "5.1", "kind": "when"},
 {"question": "Who voted against consulting on the water services delivery plan?",
  "answer": "Crs Molloy and Treadwell; carried 6 votes to 2.",
  "must_contain": ["Crs Molloy and Treadwell (2)", "The division was declared CARRIED by 6 votes to 2."],
  "page": 2, "agenda_item": "5.1", "kind": "who"},
 {"question": "What did the chief executive promise about the Moana Street bridge?",
  "answer": "To report back by 27 February 2025 with a revised programme and cost estimate.",
  "must_contain": ["undertook to report back to the Council by 27 February 2025 with a revised programme and"],
  "page": 3, "agenda_item": "5.3", "kind": "commitment"},
]
