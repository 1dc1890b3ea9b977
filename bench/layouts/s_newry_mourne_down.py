# Style 19: Northern Irish committee minutes headed 'SPR/004/2025:   Title' with an attendance table,
# and an action sheet published beside them (a six-column table, one row per decision).
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
FOLDER = "newry-mourne-down/strategy-policy-and-resources/2025-01-16/"
DOCS = {
"minutes.pdf": [
"""NEWRY, MOURNE AND DOWN DISTRICT COUNCIL
Minutes of Strategy, Policy and Resources Committee Meeting held on
Thursday 16 January 2025 at 6.00pm in the Council Chamber, Downshire Civic
Centre, Downpatrick and via Microsoft Teams
Chairperson:   Councillor D Murphy
Committee Members in attendance
in Chamber:
Cllr P Brown, Cllr C Enright, Cllr G Hanna, Cllr V Harte, Cllr M Larkin, Cllr D McAteer, Cllr A
Quinn, Cllr M Rice, Cllr G Sharvin
Committee Members in attendance
via Teams:   Cllr P Byrne, Cllr C Finnegan, Cllr K Loughran, Cllr H Reilly, Cllr J Tinnelly

Officials in attendance:
Mrs M Ward, Chief Executive Mr G Byrne, Director of Corporate Services Mr C Mallon, Director of
Economy, Regeneration and Tourism Mrs S Taggart, Democratic Services Manager Ms F Branagh,
Democratic Services Officer

SPR/001/2025:   Apologies and Chairperson's Remarks
Apologies were received from Cllr Devlin and Cllr Gallagher.

SPR/002/2025:   Declarations of Interest
Cllr Sharvin declared an interest in item SPR/006/2025 as a director of Kilkeel
Development Association.

SPR/003/2025:   Action Sheet arising from SPR meeting held on 12
December 2024
Read:   Action Sheet arising from SPR meeting held on 12 December 2024. (Copy
circulated)
AGREED:   On the proposal of Councillor Hanna, seconded by Councillor
Finnegan, it was agreed to note the Action Sheet arising from Strategy, Policy
and Resources Committee Meeting held on 12 December 2024.

SPR/004/2025:   Rates Estimates 2025/26
Read:   Report dated 16 January 2025 from Mr G Byrne, Director of Corporate Services,
regarding the Rates Estimates for 2025/26. (Copy circulated)
Mr Byrne advised that the estimated net expenditure for 2025/26 was £74.6m after the
application of £1.2m from the General Fund. The estimated penny product had been
confirmed by Land and Property Services on 8 January 2025 at £1,087,432, an increase of
1.6% on the previous year.
He explained that the main cost pressures were the 2024/25 pay award, the increase in
employer National Insurance contributions (£1.37m) and the rising cost of landfill tax on
residual waste.
Cllr Enright said that the proposed increase would hit families already struggling with the
cost of living and proposed that the district rate increase be limited to 3.5%, with the
difference met from reserves. This was seconded by Cllr Quinn.
The proposal was put to a vote and voting was as follows:
FOR:           5

1""",
"""AGAINST:    12
ABSTENTIONS: 1
The proposal was declared lost.
AGREED:   On the proposal of Councillor Hanna, seconded by Councillor Larkin,
it was agreed to recommend to Council a District Rate increase of 4.49% for
2025/26, equating to a non-domestic rate of 34.2574p and a domestic rate of
0.3817p.

SPR/005/2025:   Newry City Centre Regeneration - Albert Basin Update
Read:   Report dated 16 January 2025 from Mr C Mallon, Director of Economy,
Regeneration and Tourism, regarding progress on the Albert Basin Park project under the
Belfast Region City Deal. (Copy circulated)
Mr Mallon advised that the full business case had been submitted to the Department of
Finance in November 2024 and that the Department's comments were expected by the
end of March 2025. The estimated capital cost of the park and public realm was £18.9m,
of which £14.2m would be met from City Deal funding.
Cllr Larkin asked that officers engage with the Canal Quay residents regarding
construction access. Mr Mallon agreed to arrange a residents' information session before
the end of February 2025.
AGREED:   On the proposal of Councillor Larkin, seconded by Councillor Sharvin,
it was agreed to note the update on the Albert Basin Park project.

SPR/006/2025:   Kilkeel Harbour Masterplan - Community Consultation
Cllr Sharvin, having declared an interest, left the meeting at 7.02pm.
Read:   Report dated 16 January 2025 from Mr C Mallon, Director of Economy,
Regeneration and Tourism, regarding community consultation on the draft Kilkeel
Harbour Masterplan. (Copy circulated)
AGREED:   On the proposal of Councillor Rice, seconded by Councillor Brown, it
was agreed to approve an eight-week public consultation on the draft Kilkeel
Harbour Masterplan commencing on 3 February 2025, with the results to be
reported back to Committee in May 2025.
Cllr Sharvin rejoined the meeting at 7.15pm.

SPR/007/2025:   Irish Language Policy - Bilingual Street Signage
Applications
Read:   Report dated 16 January 2025 from Mrs S Taggart, Democratic Services Manager,
regarding 14 applications for the erection of a second language street nameplate
received under the Council's Policy on Naming of Streets. (Copy circulated)
AGREED:   On the proposal of Councillor Harte, seconded by Councillor Reilly, it
was agreed to approve the 14 applications listed in Appendix 1 of the report,
with the nameplates to be erected by the Facilities Management team by 30
April 2025.
There being no further business the meeting ended at 7.41pm.

2""",
"""For adoption at the Council Meeting to be held on Monday 3 February 2025.

Signed:   ___________________   Chairperson

Signed:   ___________________   Chief Executive

3""",
],
"action-sheet.pdf": [
"""ACTION SHEET: STRATEGY, POLICY AND RESOURCES COMMITTEE MEETING - 16 JANUARY
2025
Minute Ref
Subject
Decision
Lead Officer
Actions taken/Progress to date
Remove from Action Sheet Y/N
SPR/004/2025
Rates Estimates 2025/26
To recommend to Council a District Rate increase of 4.49% for 2025/26.
G Byrne
Ratified at Council 3 February 2025. District Rate struck and notified to Land and Property
Services.
Y
SPR/005/2025
Albert Basin Park
To note the update. Officers to arrange a residents' information session with Canal Quay
residents before end of February 2025.
C Mallon
Information session held in Newry Town Hall on 24 February 2025, attended by 41 residents.
Y
SPR/006/2025
Kilkeel Harbour Masterplan
To approve an eight-week public consultation from 3 February 2025; results to be reported back
to Committee in May 2025.
C Mallon
Consultation live on Citizen Space. 186 responses received to date. Drop-in held at Kilkeel
Leisure Centre.
N
SPR/007/2025
Bilingual Street Signage
To approve the 14 applications listed in Appendix 1.
S Taggart
Nameplates ordered; 9 of 14 erected. Remaining 5 delayed pending replacement of damaged posts
by DfI Roads.
N
SPR/098/2024
Procurement of Fleet Telematics
To award the contract to the most economically advantageous tenderer, Trakm8 Ltd, for a period
of 3 years.
G Byrne
Contract awarded. Installation in 164 vehicles to be complete by 31 March 2025.
N
Action sheet compiled by Democratic Services. Items marked Y will be removed from the
action sheet once noted by the Committee.
Page 1""",
],
}
EXPECT = {
 "style": "Northern Irish committee minutes with 'SPR/004/2025:' minute headings and an attendance table, plus a six-column action sheet",
 "council": "Newry, Mourne and Down District Council",
 "committee": "Strategy, Policy and Resources Committee",
 "meeting_date": "2025-01-16",
 "docs": {
   "minutes.pdf": {
     "doc_type": "minutes",
     "page_labels": ["1", "2", "3"],
     "agenda_items": [],
     "minutes": [
       ["SPR/001/2025", "Apologies and Chairperson's Remarks", 1],
       ["SPR/002/2025", "Declarations of Interest", 1],
       ["SPR/003/2025", "Action Sheet arising from SPR meeting held on 12 December 2024", 1],
       ["SPR/004/2025", "Rates Estimates 2025/26", 1],
       ["SPR/005/2025", "Newry City Centre Regeneration - Albert Basin Update", 2],
       ["SPR/006/2025", "Kilkeel Harbour Masterplan - Community Consultation", 2],
       ["SPR/007/2025", "Irish Language Policy - Bilingual Street Signage Applications", 2],
     ],
     "decisions": [
       {"minute": "SPR/003/2025", "page": 1, "text": "AGREED:   On the proposal of Councillor Hanna, seconded by C ..."},
       {"minute": "SPR/004/2025", "page": 2, "text": "AGREED:   On the proposal of Councillor Hanna, seconded by C ..."},
       {"minute": "SPR/005/2025", "page": 2, "text": "AGREED:   On the proposal of Councillor Larkin, seconded by ..."},
       {"minute": "SPR/006/2025", "page": 2, "text": "AGREED:   On the proposal of Councillor Rice, seconded by Co ..."},
       {"minute": "SPR/007/2025", "page": 2, "text": "AGREED:   On the proposal of Councillor Harte, seconded by C ..."},
     ],
     "votes": [
       {"page": 2, "for": 5, "against": 12, "abstain": 1, "outcome": "lost", "motion": "SPR/004/2025 Enright 3.5% proposal"},
     ],
     "commitments": [
       {"page": 2, "owner": "Mr C Mallon, Director of Economy, Regeneration and Tourism", "action": "arrange a residents' information session", "due": "end of February 2025"},
       {"page": 2, "owner": "Director of Economy, Regeneration and Tourism", "action": "results to be reported back to Committee in May 2025", "due": "May 2025"},
       {"page": 2, "owner": "Facilities Management team", "action": "nameplates to be erected", "due": "30 April 2025"},
     ],
   },
   "action-sheet.pdf": {
     "doc_type": "action log",
     "page_labels": ["1"],
     "agenda_items": [],
     "minutes": [],
     "decisions": [],
     "votes": [],
     "commitments": [
       {"minute": "SPR/004/2025", "page": 1, "owner": "G Byrne", "action": "To recommend to Council a District Rate increase of 4.49% fo ...", "due": None},
       {"minute": "SPR/005/2025", "page": 1, "owner": "C Mallon", "action": "To note the update. Officers to arrange a residents' informa ...", "due": None},
       {"minute": "SPR/006/2025", "page": 1, "owner": "C Mallon", "action": "To approve an eight-week public consultation from 3 February ...", "due": None},
       {"minute": "SPR/007/2025", "page": 1, "owner": "S Taggart", "action": "To approve the 14 applications listed in Appendix 1.", "due": None},
       {"minute": "SPR/098/2024", "page": 1, "owner": "G Byrne", "action": "To award the contract to the most economically advantageous ...", "due": None},
     ],
   },
 },
}
QUESTIONS = [
 {"doc": "minutes.pdf", "question": "What district rate rise did the committee recommend for 2025/26?", "answer": "4.49%", "must_contain": ["District Rate increase of 4.49%"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"doc": "minutes.pdf", "question": "What happened to the proposal to hold the rates rise to 3.5%?", "answer": "Lost 5-12 with 1 abstention", "must_contain": ["The proposal was declared lost"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"doc": "action-sheet.pdf", "question": "How many of the Irish language street nameplates have actually gone up?", "answer": "9 of 14", "must_contain": ["9 of 14 erected"], "page": 1, "agenda_item": None, "kind": "figure"},
 {"doc": "minutes.pdf", "question": "How much City Deal money goes into the Albert Basin park in Newry?", "answer": "£14.2m of £18.9m", "must_contain": ["£14.2m would be met from City Deal funding"], "page": 2, "agenda_item": None, "kind": "figure"},
]
