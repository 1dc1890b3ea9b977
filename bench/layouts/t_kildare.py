# Style 20: Irish county council monthly meeting minutes: '01/0125   Title' minute numbers, 'Resolved on
# the proposal of ...', a For/Against/Abstain vote table and a running header.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "kildare-cc/monthly-meeting/2025-01-27/minutes.pdf"
PAGES = [
"""Kildare County Council - Minutes of Monthly Meeting 27 January 2025

Minutes of the Monthly Meeting of Kildare County Council held at 2.00 p.m. on Monday,
27 January 2025 in the Council Chamber, Áras Chill Dara, Devoy Park, Naas, Co. Kildare.
Members Present: Councillor B. Weld (Cathaoirleach), Councillors F. Brett, A. Breen, K.
Byrne, C. Cooke, T. Daly, N. Doyle, K. Duffy, F. Gibbons, V. Hollywood, A. Kelly, M. Leigh,
R. Lynch, E. McEvoy, N. Morrissey, F. O'Dwyer, C. Pender, P. Power, T. Redmond, S. Ryan,
B. Ward, M. Wall and J. Wiseman.
Apologies: Councillors A. Farrelly and D. Keane.
Also Present: Ms S. Kavanagh (Chief Executive), Mr J. Boland, Mr D. Creighton, Ms A.
Keane and Mr E. Hogan (Directors of Services), Mr P. Minnock (Head of Finance), Mr A.
Dolan (Meetings Administrator) and other officials.
The Cathaoirleach presided.

01/0125   Confirmation of Minutes
The members considered the minutes of the monthly meeting held on 16 December 2024
together with the progress report.
Resolved on the proposal of Councillor Brett, seconded by Councillor Gibbons, that the
minutes of the monthly meeting held on 16 December 2024 be adopted and the progress
report noted.

02/0125   Chief Executive's Monthly Management Report
The members considered the Chief Executive's Monthly Management Report for
December 2024 which had been circulated with the agenda. The Chief Executive advised
that 412 social homes had been delivered in 2024 against a target of 386, and that the
vacancy rate in the council's housing stock stood at 0.9%.
Councillor Pender asked about the delays in the Leixlip library extension. Mr Creighton
said the contractor had gone into examinership in November and that he would revert to
members with a revised programme at the February meeting.
The report was noted.

03/0125   Disposal of Property - Section 183 of the Local Government Act
2001
The members considered the report of Mr Boland, Director of Services, dated 10 January
2025, on the proposed disposal of 0.12 hectares of land at Rathasker Road, Naas, to Naas
Tidy Towns CLG for the sum of €1 together with costs, for use as a community garden.
Resolved on the proposal of Councillor Lynch, seconded by Councillor Ward, that Kildare
County Council approve the disposal of land at Rathasker Road, Naas, in accordance with
the notice issued under Section 183 of the Local Government Act 2001.

04/0125   Part 8 - Athy Distributor Road Phase 2 Active Travel Scheme
The members considered the report of the Chief Executive prepared in accordance with
Section 179 of the Planning and Development Act 2000 (as amended) and Part 8 of the
Planning and Development Regulations 2001 (as amended) on the proposed active travel
scheme comprising 2.4 km of segregated cycle track and footpath along the Athy
Distributor Road Phase 2. Forty-three submissions had been received during the public

1""",
"""Kildare County Council - Minutes of Monthly Meeting 27 January 2025

display period.
Councillor Wall said that residents of Woodstock Street had genuine concerns about the
removal of 18 on-street parking spaces. Ms Keane said that the Chief Executive's report
recommended a modification to retain 12 of the spaces through a revised loading bay
layout.
Resolved on the proposal of Councillor Wall, seconded by Councillor Redmond, that the
members approve the proposed development as recommended in the Chief Executive's
report, subject to the modifications outlined therein.

05/0125   Motion: Councillor Daly - Speed limits outside rural schools
The following motion in the name of Councillor Daly was considered:
'That this council introduce a 30 km/h special speed limit at all 62 rural national schools in
the county before September 2025, and request the Department of Transport to fund the
necessary signage.'
The motion was proposed by Councillor Daly and seconded by Councillor Hollywood.
A report was received from the Roads, Transportation and Public Safety Department
advising that the Special Speed Limit Bye-Laws 2024 had already introduced 30 km/h
periodic limits at 41 rural schools, and that the remaining 21 schools would be assessed
under the national Safe Routes to School programme, with the cost of signage estimated
at €3,800 per school.
Councillor Daly asked that the matter be put to a vote. A vote was taken by electronic
means and resulted as follows:
For (16)   Against (7)   Abstain (0)
Councillors Breen, Brett, Byrne, Cooke,
Daly, Doyle, Duffy, Gibbons, Hollywood,
Kelly, Leigh, McEvoy, Morrissey, Power,
Ryan, Wiseman   Councillors Lynch, O'Dwyer, Pender, Redmond, Ward, Wall, Weld
The Cathaoirleach declared the motion carried.

06/0125   Motion: Councillor Morrissey - Public lighting in Clane
'That the council provide a timeline for the replacement of the public lighting on the
Prosperous Road, Clane, with LED lanterns.'
The motion was proposed by Councillor Morrissey and seconded by Councillor Cooke. A
report was received from the Public Lighting Section advising that the Prosperous Road
was included in Phase 3 of the Road Management Office LED Retrofit Project, with works
scheduled for the second quarter of 2025.
The Senior Engineer undertook to confirm the start date to the Clane-Maynooth Municipal
District members once the contractor's programme is agreed.
Resolved on the proposal of Councillor Morrissey, seconded by Councillor Cooke, that the
report be noted.

07/0125   Conferences and Training
Resolved on the proposal of Councillor Ryan, seconded by Councillor Power, that the
attendance of Councillors Breen and Doyle at the AILG training event on the Planning and

2""",
"""Kildare County Council - Minutes of Monthly Meeting 27 January 2025

Development Act 2024 in Athlone on 13 February 2025 be approved.

The meeting concluded at 4.45 p.m.

Cathaoirleach _______________________     Date _______________

3""",
]
EXPECT = {
 "style": "Irish county council monthly meeting minutes: '01/0125' minute numbers, 'Resolved on the proposal of ...', a For/Against/Abstain vote table, running header",
 "council": "Kildare County Council",
 "committee": "Monthly Meeting (full council)",
 "meeting_date": "2025-01-27",
 "doc_type": "minutes",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [],
 "minutes": [
   ["01/0125", "Confirmation of Minutes", 1],
   ["02/0125", "Chief Executive's Monthly Management Report", 1],
   ["03/0125", "Disposal of Property - Section 183 of the Local Government Act 2001", 1],
   ["04/0125", "Part 8 - Athy Distributor Road Phase 2 Active Travel Scheme", 1],
   ["05/0125", "Motion: Councillor Daly - Speed limits outside rural schools", 2],
   ["06/0125", "Motion: Councillor Morrissey - Public lighting in Clane", 2],
   ["07/0125", "Conferences and Training", 2],
 ],
 "decisions": [
   {"minute": "01/0125", "page": 1, "text": "Resolved on the proposal of Councillor Brett, seconded by Co ..."},
   {"minute": "03/0125", "page": 1, "text": "Resolved on the proposal of Councillor Lynch, seconded by Co ..."},
   {"minute": "04/0125", "page": 2, "text": "Resolved on the proposal of Councillor Wall, seconded by Cou ..."},
   {"minute": "05/0125", "page": 2, "text": "The Cathaoirleach declared the motion carried."},
   {"minute": "06/0125", "page": 2, "text": "Resolved on the proposal of Councillor Morrissey, seconded b ..."},
   {"minute": "07/0125", "page": 3, "text": "Resolved on the proposal of Councillor Ryan, seconded by Cou ..."},
 ],
 "votes": [
   {"page": 2, "for": 16, "against": 7, "abstain": 0, "outcome": "carried", "motion": "05/0125 Daly speed limits motion"},
 ],
 "commitments": [
   {"page": 1, "owner": "Mr Creighton (Director of Services)", "action": "revert to members with a revised programme for the Leixlip l ...", "due": "February meeting"},
   {"page": 2, "owner": "Senior Engineer (Public Lighting)", "action": "confirm the start date to the Clane-Maynooth Municipal Distr ...", "due": None},
 ],
}
QUESTIONS = [
 {"question": "How many social homes were delivered in Kildare last year?", "answer": "412 against a target of 386", "must_contain": ["412 social homes had been delivered in 2024"], "page": 1, "agenda_item": None, "kind": "figure"},
 {"question": "Did the motion for 30 km/h limits outside rural schools pass, and by how much?", "answer": "Carried 16 to 7", "must_contain": ["For (16)"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"question": "Who is the Rathasker Road site in Naas being handed over to, and for what price?", "answer": "Naas Tidy Towns CLG for €1", "must_contain": ["to Naas Tidy Towns CLG for the sum of €1"], "page": 1, "agenda_item": None, "kind": "fact"},
 {"question": "How many parking spaces will be kept on Woodstock Street under the Athy cycle scheme?", "answer": "12 of the 18", "must_contain": ["retain 12 of the spaces"], "page": 2, "agenda_item": None, "kind": "figure"},
]
