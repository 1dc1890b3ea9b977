# Style 10: Health and Wellbeing Board minutes with prefixed minute numbers "HWB34",
# "Agreed:" decisions, and an action log table (Ref / Action / Owner / Due date / Status)
# as text extraction gives it (cells run together on a line, long cells wrapped).
PATH = "warrington/health-and-wellbeing-board/2025-03-06/Minutes and Action Log HWB 6 March 2025.pdf"
PAGES = [
"""WARRINGTON BOROUGH COUNCIL
HEALTH AND WELLBEING BOARD
Minutes of a meeting held on Thursday 6 March 2025 at 2.00 pm, Council Chamber,
Town Hall, Sankey Street, Warrington

Members:
Cllr M Tierney (Chair) – Cabinet Member for Health and Wellbeing
Cllr L Ashworth – Cabinet Member for Children’s Services
R Okafor – Director of Public Health
S Pemberton – Director of Adult Social Services
D Varley – Place Director, Cheshire and Merseyside ICB
J Whelan – Chief Executive, Warrington and Halton Teaching Hospitals
K Mahmood – Healthwatch Warrington

HWB31   Welcome and Apologies
Apologies were received from the Chief Superintendent, Cheshire Police, and the
Director of Children’s Services.

HWB32   Declarations of Interest
None.

HWB33   Minutes of the Previous Meeting and Action Log
Agreed: That the minutes of the meeting held on 12 December 2024 be approved as a correct
record. The action log was updated as shown below.

HWB34   Pharmaceutical Needs Assessment 2025
The Director of Public Health presented the draft Pharmaceutical Needs Assessment (PNA),
which must be published by 1 October 2025. The draft found that Warrington has 44
community pharmacies, 2.1 per 10,000 population against an England average of 2.0, but
that there is a gap in weekend provision in Birchwood and Great Sankey.
Agreed:
(1) That the draft PNA be approved for the statutory 60-day consultation from 14 April 2025.
(2) That the Director of Public Health present the final PNA to the Board on 11 September
2025 for sign-off.

HWB35   Better Care Fund 2024/25 – Quarter 3 Return
The Director of Adult Social Services reported that the Better Care Fund pooled budget for
2024/25 is £31.8m. Discharges to the patient’s usual place of residence were 93.4%
against a target of 92%. Permanent admissions to residential care (65+) were 612 per
100,000 against a ceiling of 580.
Agreed: That the Quarter 3 return, submitted to NHS England on 7 February 2025, be
ratified.

Page 1 of 3""",
"""HWB36   Warrington Suicide Prevention Strategy 2025-2030
Healthwatch Warrington welcomed the co-production of the strategy with people with lived
experience. The Place Director undertook to confirm the ICB’s contribution to the
real-time surveillance system before the June meeting.
Agreed: That the Suicide Prevention Strategy 2025-2030 be endorsed and recommended to
Cabinet for adoption.

HWB37   Date of Next Meeting
Thursday 12 June 2025 at 2.00 pm.

ACTION LOG (updated 6 March 2025)
Ref       Action                                    Owner               Due date      Status
HWB23/1   Circulate smoking cessation quit rates    Director of Public  31 Jan 2025   Complete
          by ward to Board members                  Health
HWB25/2   Report on GP access in Westbrook and      Place Director,     6 Mar 2025    Carried
          Burtonwood                                ICB                               forward to
                                                                                      June
HWB28/1   Arrange development session on the        Chair / Democratic  30 Apr 2025   Open
          Marmot Place programme                    Services
HWB34/1   Publish the draft PNA for 60-day          Director of Public  14 Apr 2025   Open
          consultation                              Health
HWB34/2   Present final PNA for sign-off            Director of Public  11 Sep 2025   Open
                                                    Health
HWB36/1   Confirm ICB contribution to real-time     Place Director,     12 Jun 2025   Open
          suicide surveillance system               ICB

Page 2 of 3""",
"""Signed: ........................................ (Chair)

Date: ..........................................

Page 3 of 3""",
]
EXPECT = {
 "style": "HWB minutes 'HWB34   Title' minute numbers, 'Agreed:' decisions, action log table with wrapped cells",
 "doc_type": "minutes", "council": "Warrington Borough Council", "committee": "Health and Wellbeing Board",
 "meeting_date": "2025-03-06", "page_labels": ["1", "2", "3"], "agenda_items": [],
 "minutes": [["HWB31", "Welcome and Apologies", 1], ["HWB32", "Declarations of Interest", 1],
   ["HWB33", "Minutes of the Previous Meeting and Action Log", 1], ["HWB34", "Pharmaceutical Needs Assessment 2025", 1],
   ["HWB35", "Better Care Fund 2024/25 – Quarter 3 Return", 1], ["HWB36", "Warrington Suicide Prevention Strategy 2025-2030", 2],
   ["HWB37", "Date of Next Meeting", 2]],
 "decisions": [
   {"minute": "HWB33", "page": 1, "text": "minutes of 12 December 2024 approved"},
   {"minute": "HWB34", "page": 1, "parts": 2, "text": "(1) draft PNA approved for consultation from 14 April 2025; (2) DPH present final PNA 11 September 2025"},
   {"minute": "HWB35", "page": 1, "text": "Q3 return ratified"},
   {"minute": "HWB36", "page": 2, "text": "Strategy endorsed and recommended to Cabinet"}],
 "votes": [],
 "commitments": [
   {"minute": "HWB34", "owner": "Director of Public Health", "action": "present the final PNA for sign-off", "due": "2025-09-11"},
   {"minute": "HWB36", "owner": "Place Director (ICB)", "action": "confirm the ICB's contribution to real-time surveillance", "due": "before June meeting"},
   {"ref": "HWB23/1", "owner": "Director of Public Health", "action": "Circulate smoking cessation quit rates by ward", "due": "2025-01-31", "status": "Complete"},
   {"ref": "HWB25/2", "owner": "Place Director, ICB", "action": "Report on GP access in Westbrook and Burtonwood", "due": "2025-03-06", "status": "Carried forward to June"},
   {"ref": "HWB28/1", "owner": "Chair / Democratic Services", "action": "Arrange development session on the Marmot Place programme", "due": "2025-04-30", "status": "Open"},
   {"ref": "HWB34/1", "owner": "Director of Public Health", "action": "Publish the draft PNA for 60-day consultation", "due": "2025-04-14", "status": "Open"},
   {"ref": "HWB34/2", "owner": "Director of Public Health", "action": "Present final PNA for sign-off", "due": "2025-09-11", "status": "Open"},
   {"ref": "HWB36/1", "owner": "Place Director, ICB", "action": "Confirm ICB contribution to real-time suicide surveillance system", "due": "2025-06-12", "status": "Open"}],
}
QUESTIONS = [
 {"question": "Which areas of Warrington have a gap in weekend pharmacy opening?",
  "answer": "Birchwood and Great Sankey.", "must_contain": ["gap in weekend provision in Birchwood and Great Sankey"],
  "page": 1, "agenda_item": None, "kind": "fact"},
 {"question": "What happened to the action on GP access in Westbrook and Burtonwood?",
  "answer": "Owned by the ICB Place Director, due 6 March 2025, carried forward to June.",
  "must_contain": ["HWB25/2   Report on GP access in Westbrook and"],
  "page": 2, "agenda_item": None, "kind": "commitment"},
 {"question": "What is the Better Care Fund budget this year and how are care home admissions doing?",
  "answer": "£31.8m; 612 per 100,000 permanent admissions against a ceiling of 580.",
  "must_contain": ["2024/25 is £31.8m", "Permanent admissions to residential care (65+) were 612 per"],
  "page": 1, "agenda_item": None, "kind": "figure"},
]
