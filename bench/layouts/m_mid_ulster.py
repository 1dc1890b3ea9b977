# Style 11: Northern Ireland district council planning committee minutes: "P016/25"
# minute numbers, "Proposed by Councillor X / Seconded by Councillor Y and / Resolved: That",
# a vote laid out "For – 6 / Against – 5 / Abstain – 1", application refs LA09/..., folio
# page numbers (bare numbers 212-214 at the bottom).
PATH = "mid-ulster/planning-committee/2025-02-04/Planning Committee Minutes 04.02.25.pdf"
PAGES = [
"""Minutes of Meeting of the Planning Committee of Mid Ulster District Council held on
Tuesday 4 February 2025 in the Council Offices, Circular Road, Dungannon and by virtual
means

Members Present:       Councillor Kerr, Chair
                       Councillors Ashton, Corry, Doris, Gildernew, Graham, McConnell,
                       McKinney, Mallaghan, Quinn, S McAleer and Varsani
Officers in            Mr Carson, Head of Development Management
Attendance:            Ms Daly, Senior Planning Officer
                       Mr Fenton, Council Solicitor
                       Ms Grogan, Democratic Services Officer

The meeting commenced at 5.00 pm

P012/25   Notice of Recording
Members noted that the meeting would be webcast for live and subsequent viewing on the
Council's website.

P013/25   Apologies
Councillor Black.

P014/25   Declarations of Interest
The Chair reminded members of their responsibility to declare any interests. Councillor
Doris declared an interest in application LA09/2024/0233/O.

P015/25   Chair's Business
The Head of Development Management advised that 94% of local applications had been
decided within the 15-week statutory target in the third quarter of 2024/25.

Matters for Decision
P016/25   Planning Applications for Determination
The Chair drew Members' attention to the undernoted planning applications.

LA09/2023/0815/F  Proposed 14 apartments and associated site works, 22-26 Scotch Street,
                  Dungannon for Rivermount Homes Ltd
Ms Daly presented the report recommending approval. Mr P Hegarty spoke in objection on
behalf of residents of Castle Hill, raising car parking and overlooking.
Proposed by Councillor Gildernew
Seconded by Councillor Quinn and
Resolved:  That planning application LA09/2023/0815/F be approved subject to the
           conditions set out in the officer's report.

212""",
"""LA09/2024/0233/O  Dwelling and garage on a farm, 40m SE of 12 Drumcoo Road, Cookstown
                  for Mr and Mrs D Quinlan
Councillor Doris left the meeting for this item.
Mr Carson presented the report recommending refusal as the proposal did not meet Policy
CTY 10 of PPS 21, the farm business not having been active for the required six years.
Councillor McKinney proposed that the application be approved contrary to the officer's
recommendation, as the family had farmed the land for three generations.
Councillor Mallaghan seconded the proposal.
The Chair put the proposal to the vote.
Members voted:
For – 5
Against – 6
Abstain – 1
The proposal fell.
Proposed by Councillor Corry
Seconded by Councillor Varsani and
Resolved:  That planning application LA09/2024/0233/O be refused for the reasons set out
           in the officer's report.
Councillor Doris returned to the meeting.

P017/25   Enforcement Performance Report – Quarter 3
Mr Carson reported that 61 enforcement cases had been opened and 58 closed in the quarter,
with 212 cases live at 31 December 2024. Members asked for a breakdown by district
electoral area. Mr Carson agreed to provide the breakdown at the March meeting.
Resolved:  That the report be noted.

Matters for Information
P018/25   Minutes of Planning Committee held on 7 January 2025
Members noted the minutes of the Planning Committee held on 7 January 2025.

Live broadcast ended at 6.41 pm.

213""",
"""Local Government Act (Northern Ireland) 2014 – Confidential Business
Proposed by Councillor Mallaghan
Seconded by Councillor S McAleer and
Resolved:  In accordance with Section 42 and Schedule 6 of the Local Government Act
           (NI) 2014 that Members of the public be asked to withdraw from the meeting
           whilst Members consider items P019/25 to P021/25.

P019/25   Enforcement Case Update (confidential)
P020/25   Legal Advice – Judicial Review (confidential)
P021/25   Duration of Meeting
The meeting was called to order at 5.00 pm and adjourned at 7.02 pm.

Chair _______________________

Date ________________________

214""",
]
EXPECT = {
 "style": "NI planning committee minutes: 'P016/25   Title', 'Proposed by / Seconded by ... and / Resolved:  That', vote 'For – 5 / Against – 6 / Abstain – 1', folio numbers 212-214",
 "doc_type": "minutes", "council": "Mid Ulster District Council", "committee": "Planning Committee",
 "meeting_date": "2025-02-04", "page_labels": ["212", "213", "214"], "agenda_items": [],
 "minutes": [["P012/25", "Notice of Recording", 1], ["P013/25", "Apologies", 1], ["P014/25", "Declarations of Interest", 1],
   ["P015/25", "Chair's Business", 1], ["P016/25", "Planning Applications for Determination", [1, 2]],
   ["P017/25", "Enforcement Performance Report – Quarter 3", 2], ["P018/25", "Minutes of Planning Committee held on 7 January 2025", 2],
   ["P019/25", "Enforcement Case Update (confidential)", 3], ["P020/25", "Legal Advice – Judicial Review (confidential)", 3],
   ["P021/25", "Duration of Meeting", 3]],
 "decisions": [
   {"minute": "P016/25", "page": 1, "text": "LA09/2023/0815/F approved subject to conditions (Gildernew/Quinn)"},
   {"minute": "P016/25", "page": 2, "text": "LA09/2024/0233/O refused (Corry/Varsani)"},
   {"minute": "P017/25", "page": 2, "text": "report noted"},
   {"minute": "P018/25 (or before P019)", "page": 3, "text": "public asked to withdraw (confidential business)"}],
 "not_decisions": ["McKinney proposal to approve 0233/O: fell 5-6-1"],
 "votes": [["P016/25", "proposal to approve LA09/2024/0233/O: For 5, Against 6, Abstain 1 — fell"]],
 "commitments": [{"minute": "P017/25", "owner": "Mr Carson (Head of Development Management)", "action": "provide breakdown of enforcement cases by DEA", "due": "March meeting"}],
}
QUESTIONS = [
 {"question": "Why did planning officers recommend refusing the farm dwelling on Drumcoo Road?",
  "answer": "It did not meet Policy CTY 10 of PPS 21: the farm business had not been active for six years.",
  "must_contain": ["recommending refusal as the proposal did not meet Policy"],
  "page": 2, "agenda_item": None, "kind": "fact"},
 {"question": "How close was the vote to overturn the officers on the Cookstown farm house application?",
  "answer": "The proposal to approve fell: 5 for, 6 against, 1 abstention.",
  "must_contain": ["For – 5", "The proposal fell."],
  "page": 2, "agenda_item": None, "kind": "resolution"},
 {"question": "Were the Scotch Street apartments in Dungannon approved?",
  "answer": "Yes, approved subject to conditions (proposed Cllr Gildernew, seconded Cllr Quinn).",
  "must_contain": ["That planning application LA09/2023/0815/F be approved subject to the"],
  "page": 1, "agenda_item": None, "kind": "resolution"},
]
