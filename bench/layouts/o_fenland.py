# Style 15: district planning committee: an agenda pack (items numbered, the application's site and
# proposal indented under its reference, an officer report per application) and minutes
# headed 'P57/24   F/YR24/0512/O' with 'Proposed by ..., seconded by ... and agreed' decisions.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
FOLDER = "fenland-dc/planning-committee/2024-12-04/"
DOCS = {
"agenda-pack.pdf": [
"""FENLAND DISTRICT COUNCIL

Fenland Hall, County Road, March, Cambridgeshire PE15 8NQ

Direct Dial: 01354 654321   E-mail: memberservices@fenland.gov.uk

PLANNING COMMITTEE
WEDNESDAY, 4 DECEMBER 2024
1.00 PM
COUNCIL CHAMBER, FENLAND HALL, COUNTY ROAD, MARCH, PE15 8NQ

Committee Officer: Jo Goodrum
Tel: 01354 622285
e-mail: memberservices@fenland.gov.uk

AGENDA

1   To receive apologies for absence.

2   Previous Minutes (Pages 5 - 8)

To confirm and sign the minutes of 6 November 2024.

3   To report additional items for consideration which the Chairman deems urgent by
virtue of the special circumstances to be now specified.

4   To receive members' declarations of any interests under the Local Code of
Conduct or any interest under the Code of Conduct on Planning Matters in respect of
any item to be discussed at the meeting.

5   F/YR24/0512/O
     Land East of 14 Wisbech Road, Whittlesey
     Erect up to 45 x dwellings (outline application with matters committed in
respect of access) (Pages 2 - 3)

To determine the application.

6   F/YR24/0688/F
     27 High Street, Chatteris
     Change of use of ground floor from shop (Class E) to 1 x dwelling (Class
C3) involving alterations to shop front (Page 4)

To determine the application.

7   Items which the Chairman has under item 3 deemed urgent

Members: Councillor A Dee (Chairman), Councillor C Marks (Vice-Chairman), Councillor I
Benney, Councillor M Connor, Councillor Mrs J French, Councillor P Hicks, Councillor S
Imafidon, Councillor Mrs D Laws, Councillor R Purser and Councillor W Sutton

Page 1""",
"""F/YR24/0512/O
Applicant:  Broadgate Homes Ltd
Agent:  Mr Lee Bevens, Peterhouse Planning
Land East of 14 Wisbech Road, Whittlesey, Cambridgeshire
Erect up to 45 x dwellings (outline application with matters committed in
respect of access)
Officer recommendation: Grant subject to the completion of a S106 agreement
Reason for Committee: Number of representations contrary to the officer
recommendation and the application being a major development.

1   EXECUTIVE SUMMARY
1.1   The application seeks outline planning permission for the erection of up to 45
dwellings on approximately 2.1 hectares of agricultural land to the east of 14 Wisbech
Road, with access committed at this stage and all other matters (appearance,
landscaping, layout and scale) reserved for later approval.
1.2   The site lies within the settlement of Whittlesey, which is identified as a Market
Town under Policy LP3 of the Fenland Local Plan (2014) where the majority of the
district's new housing growth is to be focused. The principle of residential development is
therefore considered acceptable.
1.3   The proposal would deliver 25% affordable housing (11 dwellings), a contribution of
£4,000 per dwelling towards off-site highway and education infrastructure, and on-site
public open space. Subject to conditions and the completion of a S106 agreement, the
scheme is considered to accord with the development plan and is recommended for
approval.

2   SITE DESCRIPTION
2.1   The site comprises a broadly rectangular arable field bounded by Wisbech Road
(A605) to the north, an existing residential estate (Bassenhally Road) to the west, a
drainage dyke maintained by the Whittlesey and District Internal Drainage Board to the
east and open farmland to the south. It lies in Flood Zone 1.
2.2   There are no listed buildings on or adjacent to the site. The Whittlesey Conservation
Area lies approximately 450 metres to the south-west.

3   PROPOSAL
3.1   A single priority junction onto Wisbech Road is proposed, with a 2.0 metre footway
on the southern side of the carriageway extending westwards to connect with the existing
footway at Bassenhally Road, and the relocation of the 30mph speed limit terminal signs
120 metres to the east.
3.2   An indicative layout shows a landscaped buffer along the eastern boundary, a
sustainable drainage attenuation basin in the south-east corner and a local area of play in
the centre of the site.

4   SITE PLANNING HISTORY
Reference   Description   Decision
F/YR19/0981/O   Erect up to 60 dwellings (outline)   Refused 12.03.2020

Page 2""",
"""Reference   Description   Decision

F/YR20/0415/O   Erect up to 60 dwellings (outline) - appeal   Appeal dismissed 09.11.2020

5   CONSULTATIONS

5.1   Whittlesey Town Council: Objects. The Town Council considers the development
would increase traffic on an already congested A605 and that local primary schools are at
capacity.

5.2   Cambridgeshire County Council Highways: No objection subject to conditions
securing the access, footway and speed limit relocation prior to first occupation.

5.3   Lead Local Flood Authority: No objection subject to a surface water drainage
condition limiting discharge to 2.0 litres per second.

5.4   Local Residents/Interested Parties: 38 letters of objection have been received raising
traffic, flooding, loss of countryside views and pressure on the doctors' surgery. Four
letters of support were received.

10  CONCLUSIONS

10.1   The earlier refusal on this site (F/YR19/0981/O) related to a larger scheme of 60
dwellings which extended beyond the built form of the town. The current scheme has
been reduced in extent and the appeal Inspector's concerns about landscape harm have
been addressed through the eastern buffer.

11  RECOMMENDATION

Grant, subject to the completion of a S106 agreement within 4 months of the
date of this committee, and the conditions set out below; or Refuse, in the
event that the S106 agreement is not completed within 4 months, on the basis
of the absence of a mechanism to secure the affordable housing and
infrastructure contributions.

Page 3""",
"""F/YR24/0688/F
Applicant:  Mr R Gadsby
Agent:  Swann Edwards Architecture Ltd
27 High Street, Chatteris, Cambridgeshire PE16 6BE
Change of use of ground floor from shop (Class E) to 1 x dwelling (Class C3)
involving alterations to shop front

Officer recommendation: Refuse

Reason for Committee: The Town Council's comments are contrary to the officer
recommendation.

1   EXECUTIVE SUMMARY

1.1   The application proposes the conversion of the ground floor retail unit at 27 High
Street to a one-bedroom dwelling, together with the removal of the Victorian shop front
and its replacement with a domestic bay window and door.

1.2   The property lies within the Primary Shopping Area of Chatteris and within the
Chatteris Conservation Area. Policy LP6 seeks to retain main town centre uses within
Primary Shopping Areas. The unit has been vacant since March 2023, but the marketing
evidence submitted covers a period of only five months and at a rent above the local
market rate.

1.3   The removal of the traditional shop front, which retains its original pilasters, fascia
and consoles, would cause less than substantial harm to the character of the
Conservation Area that is not outweighed by the public benefit of one additional dwelling.

5   CONSULTATIONS

5.1   Chatteris Town Council: Supports the application. The Town Council considers that
an occupied building is preferable to a vacant unit on the High Street.

5.2   FDC Conservation Officer: Objects. The shop front is identified in the Chatteris
Conservation Area Appraisal (2019) as a positive feature of the street scene.

11  RECOMMENDATION

Refuse, for the following reasons:
1. The proposal would result in the loss of a main town centre use within the
Primary Shopping Area without adequate evidence that the unit is no longer
viable, contrary to Policy LP6 of the Fenland Local Plan 2014.
2. The removal of the historic shop front would fail to preserve or enhance the
character and appearance of the Chatteris Conservation Area, contrary to
Policies LP16 and LP18.

Page 4""",
],
"minutes.pdf": [
"""MINUTES OF THE PLANNING COMMITTEE MEETING HELD AT 1.00 PM ON WEDNESDAY, 4
DECEMBER 2024
PRESENT: Councillor A Dee (Chairman), Councillor C Marks (Vice-Chairman), Councillor I
Benney, Councillor M Connor, Councillor Mrs J French, Councillor P Hicks, Councillor S
Imafidon, Councillor R Purser and Councillor W Sutton.
APOLOGIES: Councillor Mrs D Laws.
Officers in attendance: Nick Harding (Head of Planning), David Rowen (Development
Manager), Stephen Turnbull (Legal Officer) and Jo Goodrum (Member Services &
Governance Officer).

P56/24   PREVIOUS MINUTES
The minutes of the meeting of 6 November 2024 were signed and agreed as an accurate
record.

P57/24   F/YR24/0512/O
LAND EAST OF 14 WISBECH ROAD, WHITTLESEY
ERECT UP TO 45 X DWELLINGS (OUTLINE APPLICATION WITH MATTERS
COMMITTED IN RESPECT OF ACCESS)
David Rowen presented the report to members and drew their attention to the update
that had been circulated. He advised that the applicant has agreed to increase the
highway contribution so that the total S106 package now amounts to £198,000.
Members received a presentation, in accordance with the public participation procedure,
from Councillor Sam Hoy of Whittlesey Town Council, in objection to the application.
Councillor Hoy stated that queues on the A605 at the Eastrea Road junction already
stretch back beyond the site entrance at peak times and that residents have been told by
the Council for years that nothing can be done about the level crossing.
Members received a presentation, in accordance with the public participation procedure,
from Lee Bevens, the agent. Mr Bevens explained that the scheme has been reduced
from 60 to 45 dwellings in response to the appeal decision and that the developer would
deliver the footway before the first house is occupied.
Members asked questions, made comments and received responses as follows:
•  Councillor Mrs French asked whether the County Council had modelled the level
crossing queues. David Rowen advised that the Transport Assessment had assessed
the junction and concluded that the development would add fewer than 30 vehicle
movements in the morning peak, which is not considered severe in terms of the NPPF.
•  Councillor Benney expressed the view that Whittlesey needs affordable homes and
that 11 affordable units is a benefit that should be given weight. He added that the
Town Council's concerns about school places are a matter for the County Council as
education authority.
•  Councillor Hicks asked that the construction management plan should prevent HGVs
using Bassenhally Road. Nick Harding confirmed that officers would add a condition
restricting construction traffic routing to the A605 only and would circulate the revised
wording to members before the decision notice is issued.
Proposed by Councillor Benney, seconded by Councillor Marks and agreed that

1""",
"""the application be GRANTED as per the officer's recommendation, with an
additional condition restricting construction traffic routing.

(Councillor Connor declared that he is a member of Whittlesey Town Council but takes no
part in planning matters, and took part in the discussion and voting thereon)

P58/24   F/YR24/0688/F
27 HIGH STREET, CHATTERIS
CHANGE OF USE OF GROUND FLOOR FROM SHOP (CLASS E) TO 1 X
DWELLING (CLASS C3) INVOLVING ALTERATIONS TO SHOP FRONT

David Rowen presented the report to members.

Members received a presentation, in accordance with the public participation procedure,
from Mr Gadsby, the applicant. Mr Gadsby explained that the shop has been empty for
over eighteen months, that he has had only one enquiry in that time and that he cannot
afford to maintain an empty building.

Members asked questions, made comments and received responses as follows:

•  Councillor Purser stated that he knows the High Street well and that there are now
eleven empty units between the Market Hill and Park Street. He does not see a
prospect of the unit returning to retail use.

•  Councillor Mrs French stated that she is not prepared to lose the shop front, which is
one of the best surviving examples in Chatteris, but she would support a scheme which
retained the shop front with the dwelling behind it.

•  Councillor Sutton asked whether the applicant could be invited to amend the
scheme. Nick Harding advised that the Committee could defer the application to allow
officers to negotiate the retention of the shop front, and undertook that officers would
report the amended scheme back to the Committee by the February 2025 meeting.

Proposed by Councillor Mrs French, seconded by Councillor Sutton and agreed
that the application be DEFERRED to allow officers to negotiate with the
applicant an amended scheme which retains the existing shop front.

(Councillor Purser declared, under Paragraph 14 of the Code of Conduct on Planning
Matters, that he had been lobbied on this application)

1.58 pm                     Chairman

2""",
],
}
EXPECT = {
 "style": "Planning committee agenda pack (each application's reference with its site and proposal indented beneath, officer report per application) and minutes with 'P57/24' minute numbers and 'Proposed by ..., seconded by ... and agreed that the application be GRANTED'",
 "council": "Fenland District Council",
 "committee": "Planning Committee",
 "meeting_date": "2024-12-04",
 "docs": {
   "agenda-pack.pdf": {
     "doc_type": "agenda",
     "page_labels": ["1", "2", "3", "4"],
     "agenda_items": [
       ["1", "To receive apologies for absence.", 1],
       ["2", "Previous Minutes", 1],
       ["3", "To report additional items for consideration which the Chairman deems urgent", 1],
       ["4", "Declarations of interest", 1],
       ["5", "F/YR24/0512/O Land East of 14 Wisbech Road, Whittlesey", [1, 2, 3]],
       ["6", "F/YR24/0688/F 27 High Street, Chatteris", [1, 4]],
       ["7", "Items which the Chairman has under item 3 deemed urgent", 1],
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
       ["2", "Previous Minutes", 1],
       ["5", "F/YR24/0512/O Land East of 14 Wisbech Road, Whittlesey", [1, 2]],
       ["6", "F/YR24/0688/F 27 High Street, Chatteris", 2],
     ],
     "minutes": [
       ["P56/24", "Previous Minutes", 1, "2"],
       ["P57/24", "F/YR24/0512/O Land East of 14 Wisbech Road, Whittlesey", 1, "5"],
       ["P58/24", "F/YR24/0688/F 27 High Street, Chatteris", 2, "6"],
     ],
     "decisions": [
       {"minute": "P57/24", "item": "5", "page": 2, "text": "Proposed by Councillor Benney, seconded by Councillor Marks ..."},
       {"minute": "P58/24", "item": "6", "page": 2, "text": "Proposed by Councillor Mrs French, seconded by Councillor Su ..."},
     ],
     "votes": [],
     "commitments": [
       {"item": "5", "page": 1, "owner": "Nick Harding (Head of Planning)", "action": "officers would add a condition restricting construction traf ...", "due": None},
       {"item": "6", "page": 2, "owner": "Nick Harding (Head of Planning)", "action": "officers would report the amended scheme back to the Committ ...", "due": "February 2025"},
     ],
   },
 },
}
QUESTIONS = [
 {"doc": "agenda-pack.pdf", "question": "How many affordable homes would the Wisbech Road, Whittlesey scheme provide?", "answer": "11 affordable homes (25%)", "must_contain": ["25% affordable housing (11 dwellings)"], "page": 2, "agenda_item": "5", "kind": "figure"},
 {"doc": "minutes.pdf", "question": "What did the planning committee decide on turning the Chatteris High Street shop into a flat?", "answer": "Deferred to negotiate keeping the shop front", "must_contain": ["agreed that the application be DEFERRED"], "page": 2, "agenda_item": None, "kind": "resolution"},
 {"doc": "minutes.pdf", "question": "Who promised to stop construction lorries using Bassenhally Road?", "answer": "Nick Harding, Head of Planning - extra condition on construction traffic routing", "must_contain": ["officers would add a condition restricting construction traffic routing"], "page": 1, "agenda_item": None, "kind": "who"},
 {"doc": "agenda-pack.pdf", "question": "How long has the shop at 27 High Street Chatteris been empty?", "answer": "Since March 2023", "must_contain": ["vacant since March 2023"], "page": 4, "agenda_item": "6", "kind": "when"},
]
