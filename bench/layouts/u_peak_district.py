# Style 21: national park authority planning committee: an agenda pack with officer reports and a
# running header, and minutes numbered '16/25   FULL APPLICATION - ...'.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
FOLDER = "peak-district-npa/planning-committee/2025-03-14/"
DOCS = {
"agenda-pack.pdf": [
"""Planning Committee - Part A  14 March 2025

Peak District National Park Authority

Tel: 01629 816200
E-mail: customer.service@peakdistrict.gov.uk
Web: www.peakdistrict.gov.uk
Aldern House, Baslow Road, Bakewell, Derbyshire. DE45 1AE

Our Ref: A.1142/3085
Date: 4 March 2025

NOTICE OF MEETING

Meeting: Planning Committee
Date: Friday 14 March 2025
Time: 10.00 am
Venue: Board Room, Aldern House, Baslow Road, Bakewell

PHILIP MULLIGAN
CHIEF EXECUTIVE

Link to meeting papers: https://democracy.peakdistrict.gov.uk

AGENDA

1.   Roll Call of Members Present, Apologies for Absence and Members Declarations of
Interest

2.   Minutes of previous meeting held on 14 February 2025 (Pages 5 - 14)

3.   Urgent Business

4.   Public Participation
      To note any questions or to receive any statements, representations, deputations
and petitions which relate to the published reports on Part A of the Agenda.

5.   Full Application - Conversion of field barn to holiday let at Lower Fold Barn, Litton
(NP/DDD/1124/1187, AM) (Pages 2 - 3)

6.   Full Application - Erection of agricultural livestock building at Brookside Farm,
Longnor (NP/SM/0924/0932, JK) (Page 4)

7.   Head of Planning's Report - Planning Appeals (A.1536/AMC) (Page 4)

Constitution of Planning Committee
Chair: Mr R Helliwell   Vice Chair: Mr K Smith
Cllr W Armitage, Cllr P Brady, Mr M Buckley, Cllr A Hart, Cllr I Huddlestone, Mr V Priestley,
Cllr K Richardson, Miss L Slack, Cllr G Wharmby and Cllr B Woods

Page 1""",
"""Planning Committee - Part A  14 March 2025

5.   FULL APPLICATION - CONVERSION OF FIELD BARN TO HOLIDAY LET AT
LOWER FOLD BARN, LITTON (NP/DDD/1124/1187, AM)
APPLICANT: MR AND MRS J HARRISON

Summary
1.   Lower Fold Barn is a traditional two-storey field barn in open countryside
approximately 400 metres north of Litton village, within the Litton Conservation Area. The
proposal is to convert the barn to a two-bedroom holiday let with associated parking and
a septic tank.
2.   The barn is a heritage asset whose conversion is supported in principle by Core
Strategy policy HC1 and Development Management policy DMC10. However, the
proposed domestic curtilage, the three new window openings on the north elevation and
the 65 metre surfaced access track across the field would harm the character of the barn
and the landscape.
3.   The application is recommended for refusal.

Site and Surroundings
4.   The barn is constructed of limestone rubble with gritstone quoins under a stone slate
roof. It sits within a field enclosed by drystone walls which forms part of the characteristic
strip field pattern of the Limestone Village Farmlands landscape character type.

Consultations
5.   Highway Authority: No objection subject to the access track being constructed in a
bound material for the first 5 metres.
6.   Parish Council: Supports the application as it would bring a redundant building back
into use.
7.   Authority's Conservation Officer: Objects to the new openings and the formation of a
garden, which would introduce domestic features into an agricultural landscape.

Representations
8.   Three letters of support and one letter of objection have been received. The objection
raises concern about light spill from the building in an area of dark skies.

Main Policies
9.   Relevant Core Strategy policies: GSP1, GSP2, GSP3, DS1, L1, L3, RT2. Relevant
Development Management policies: DMC3, DMC5, DMC8, DMC10, DMR3.

Assessment
10.   The Authority's approach to the conversion of traditional buildings is set out in the
Conversion of Traditional Buildings Supplementary Planning Document (2022). The
building is capable of conversion without major rebuilding, as confirmed by the structural
survey. However, the SPD is clear that new openings should be kept to a minimum and
that field barns in isolated locations should not normally be provided with domestic
curtilages.

Page 2""",
"""Planning Committee - Part A  14 March 2025

11.   The proposed 65 metre access track would cross an undisturbed field and would be
prominent in views from the public footpath (Litton FP12). Officers have suggested that
parking be provided in the existing field gateway adjacent to the lane, but the applicants
have declined to amend the scheme.

Conclusion

12.   The harm to the significance of the heritage asset and to the landscape is not
outweighed by the public benefits of the proposal.

RECOMMENDATION:

That the application be REFUSED for the following reasons:
1. The proposed domestic curtilage, access track and new openings would harm
the agricultural character of the barn and its landscape setting, contrary to
policies GSP3, L1 and L3, DMC3 and DMC10 and the Conversion of Traditional
Buildings SPD.

Page 3""",
"""Planning Committee - Part A  14 March 2025

6.   FULL APPLICATION - ERECTION OF AGRICULTURAL LIVESTOCK BUILDING
AT BROOKSIDE FARM, LONGNOR (NP/SM/0924/0932, JK)

APPLICANT: MR T BELFIELD

1.   The application proposes a steel portal-framed livestock building measuring 36.6
metres by 18.3 metres, with a ridge height of 7.2 metres, clad in Yorkshire boarding
above a concrete panel plinth, to house 120 suckler cows over winter.

2.   The building would be sited to the rear of the existing farm group and would be seen
against the backdrop of existing buildings from the B5053. The Authority's Farm Advisor
has confirmed that the building is reasonably necessary for the purposes of agriculture.

RECOMMENDATION:

That the application be APPROVED subject to conditions including: statutory
time limit; development in accordance with approved plans; dark recessive
colour finish to roof sheets (Slate Blue or Juniper Green); landscaping scheme
including native tree planting to be submitted within 3 months.

7.   HEAD OF PLANNING'S REPORT - PLANNING APPEALS (A.1536/AMC)

1.   The following appeals have been lodged with the Planning Inspectorate during this
month: NP/HPK/0624/0611 - Land at Shallcross, Whaley Bridge (written representations).

2.   The following appeals have been decided during this month: NP/DDD/0324/0288 -
Conversion of outbuilding at Hope Road, Castleton - dismissed. The Inspector agreed with
the Authority that the proposed extension would dominate the original building.

3.   RECOMMENDATION: That the report be noted.

Page 4""",
],
"minutes.pdf": [
"""PEAK DISTRICT NATIONAL PARK AUTHORITY
MINUTES
Meeting: Planning Committee
Date:          Friday 14 March 2025 at 10.00 am
Venue: Board Room, Aldern House, Baslow Road, Bakewell
Chair: Mr R Helliwell
Present:      Mr K Smith, Cllr W Armitage, Cllr P Brady, Mr M Buckley, Cllr A Hart, Cllr I
Huddlestone, Mr V Priestley, Miss L Slack, Cllr G Wharmby and Cllr B Woods
Apologies for absence:  Cllr K Richardson.

12/25   MINUTES OF PREVIOUS MEETING HELD ON 14 FEBRUARY 2025
The minutes of the last meeting of the Planning Committee held on 14 February 2025
were approved as a correct record.

13/25   URGENT BUSINESS
There was no urgent business.

14/25   PUBLIC PARTICIPATION
Three members of the public had given notice to make representations to the Committee.

15/25   MEMBERS DECLARATIONS OF INTERESTS
Item 5: Cllr Brady declared a personal interest as he knows the applicants through the
Litton Village Hall committee. Item 6: It was noted that all Members had received an
email from the applicant's agent.

16/25   FULL APPLICATION - CONVERSION OF FIELD BARN TO HOLIDAY LET
AT LOWER FOLD BARN, LITTON (NP/DDD/1124/1187, AM)
The Planning Officer presented the report and outlined the reasons for refusal as set out
in the report. Members visited the site on the previous day.
The following spoke under the public participation at meetings scheme:
•  Mrs Jane Harrison, Applicant
•  Mr Andrew Bagshaw, Litton Parish Council, Supporter
Members considered that the barn was at risk of collapse and that a sensitive conversion
was the only realistic means of securing its future. Some Members shared the officers'
concern about the length of the access track and asked whether parking could be located
at the field gate.
A motion to defer the application to allow officers to negotiate amendments to relocate
the parking to the field gateway, reduce the number of new openings and omit the
domestic curtilage was moved and seconded.
The motion to defer was put to the vote and carried, with 9 votes for, 2 against and no
abstentions.
RESOLVED:
That the application be DEFERRED to allow officers to negotiate amendments to relocate

Page 1""",
"""the parking to the field gateway, reduce the number of new openings and omit the
domestic curtilage, and to bring the amended application back to the Planning
Committee no later than June 2025.

17/25   FULL APPLICATION - ERECTION OF AGRICULTURAL LIVESTOCK
BUILDING AT BROOKSIDE FARM, LONGNOR (NP/SM/0924/0932, JK)

The Planning Officer presented the report. Members welcomed the use of dark recessive
colours and the native tree planting, and asked that the landscaping condition specify
hawthorn and field maple.

The officer recommendation to approve as set out in the report was moved, seconded,
put to the vote and carried.

RESOLVED:

To APPROVE the application subject to the following conditions:

1.   Statutory time limit for implementation.
2.   Carry out in accordance with specified approved plans.
3.   Roof sheets to be finished in Slate Blue (BS 18B29) prior to the building being
brought into use.
4.   Landscaping scheme, including hawthorn and field maple planting, to be
submitted within 3 months and implemented in the first planting season.

18/25   HEAD OF PLANNING'S REPORT - PLANNING APPEALS (A.1536/AMC)

The report was moved, seconded, put to the vote and carried.

RESOLVED:

That the report be noted.

The meeting ended at 11.25 am

Page 2""",
],
}
EXPECT = {
 "style": "National park authority planning committee: agenda pack with officer reports, and minutes numbered 'NN/25' with RESOLVED and a vote",
 "council": "Peak District National Park Authority",
 "committee": "Planning Committee",
 "meeting_date": "2025-03-14",
 "docs": {
   "agenda-pack.pdf": {
     "doc_type": "agenda",
     "page_labels": ["1", "2", "3", "4"],
     "agenda_items": [
       ["1", "Roll Call of Members Present, Apologies for Absence and Members Declarations of Interest", 1],
       ["2", "Minutes of previous meeting held on 14 February 2025", 1],
       ["3", "Urgent Business", 1],
       ["4", "Public Participation", 1],
       ["5", "Full Application - Conversion of field barn to holiday let at Lower Fold Barn, Litton", [1, 2, 3]],
       ["6", "Full Application - Erection of agricultural livestock building at Brookside Farm, Longnor (NP/SM/0924/0932, JK)", [1, 4]],
       ["7", "Head of Planning's Report - Planning Appeals", [1, 4]],
     ],
     "minutes": [],
     "decisions": [],
     "votes": [],
     "commitments": [],
   },
   "minutes.pdf": {
     "doc_type": "minutes",
     "page_labels": ["1", "2"],
     "agenda_items": [
       ["2", "Minutes of previous meeting held on 14 February 2025", 1],
       ["3", "Urgent Business", 1],
       ["4", "Public Participation", 1],
       ["1", "Members Declarations of Interests", 1],
       ["5", "Full Application - Conversion of field barn to holiday let at Lower Fold Barn, Litton (NP/DDD/1124/1187, AM)", [1, 2]],
       ["6", "Full Application - Erection of agricultural livestock building at Brookside Farm, Longnor (NP/SM/0924/0932, JK)", 2],
       ["7", "Head of Planning's Report - Planning Appeals (A.1536/AMC)", 2],
     ],
     "minutes": [
       ["12/25", "Minutes of previous meeting held on 14 February 2025", 1, "2"],
       ["13/25", "Urgent Business", 1, "3"],
       ["14/25", "Public Participation", 1, "4"],
       ["15/25", "Members Declarations of Interests", 1, "1"],
       ["16/25", "Full Application - Conversion of field barn to holiday let at Lower Fold Barn, Litton (NP/DDD/1124/1187, AM)", 1, "5"],
       ["17/25", "Full Application - Erection of agricultural livestock building at Brookside Farm, Longnor (NP/SM/0924/0932, JK)", 2, "6"],
       ["18/25", "Head of Planning's Report - Planning Appeals (A.1536/AMC)", 2, "7"],
     ],
     "decisions": [
       {"minute": "16/25", "item": "5", "page": 2, "text": "That the application be DEFERRED to allow officers to negoti ..."},
       {"minute": "17/25", "item": "6", "page": 2, "text": "To APPROVE the application subject to the following conditio ..."},
       {"minute": "18/25", "item": "7", "page": 2, "text": "That the report be noted."},
     ],
     "votes": [
       {"item": "5", "page": 1, "for": 9, "against": 2, "abstain": 0, "outcome": "carried", "motion": ""},
     ],
     "commitments": [
       {"item": "5", "page": 2, "owner": "Planning Officer (officers)", "action": "negotiate amendments ... bring the amended application back ...", "due": "June 2025"},
     ],
   },
 },
}
QUESTIONS = [
 {"doc": "agenda-pack.pdf", "question": "What are officers recommending for the Lower Fold Barn conversion at Litton?", "answer": "Refusal", "must_contain": ["That the application be REFUSED for the following reasons"], "page": 3, "agenda_item": "5", "kind": "resolution"},
 {"doc": "minutes.pdf", "question": "By when does the Lower Fold Barn application have to come back to committee?", "answer": "No later than June 2025", "must_contain": ["no later than June 2025"], "page": 2, "agenda_item": None, "kind": "when"},
 {"doc": "agenda-pack.pdf", "question": "How big is the new cattle shed at Brookside Farm, Longnor?", "answer": "36.6 m by 18.3 m, 7.2 m ridge", "must_contain": ["36.6 metres by 18.3 metres"], "page": 4, "agenda_item": "6", "kind": "figure"},
 {"doc": "agenda-pack.pdf", "question": "Which Castleton appeal did the inspector throw out?", "answer": "Outbuilding conversion at Hope Road", "must_contain": ["Conversion of outbuilding at Hope Road, Castleton - dismissed"], "page": 4, "agenda_item": "7", "kind": "fact"},
]
