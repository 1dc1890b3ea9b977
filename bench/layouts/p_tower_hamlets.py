# Style 16: London borough record of Cabinet decisions: numbered and decimal items (5.1, 5.2 ...),
# 'DECISION' lists, a running header 'Cabinet, 29/01/2025' and the call-in date at the end.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "tower-hamlets/cabinet/2025-01-29/record-of-decisions.pdf"
PAGES = [
"""Cabinet, 29/01/2025

LONDON BOROUGH OF TOWER HAMLETS
RECORD OF THE DECISIONS OF THE CABINET
HELD AT 5.30 P.M. ON WEDNESDAY, 29 JANUARY 2025
COUNCIL CHAMBER - TOWN HALL, WHITECHAPEL
Members Present in Person:
Mayor Rahim Uddin (Chair)
Councillor Maium Talukdar (Deputy Mayor and Cabinet Member for Education, Youth and
Lifelong Learning)
Councillor Saied Ahmed (Cabinet Member for Resources and the Cost of Living)
Councillor Kabir Hussain (Cabinet Member for Environment and Climate Emergency)
Councillor Abu Chowdhury (Cabinet Member for Safer Communities)
Councillor Gulam Kibria Choudhury (Cabinet Member for Health, Wellbeing and Social
Care)
Officers Present in Person:
Stephen Halsey (Chief Executive)
Julie Lorraine (Corporate Director, Resources)
Simon Baxter (Corporate Director, Communities)
James Thomas (Corporate Director, Children's Services)
Matthew Mannion (Head of Democratic Services)

1.  DECLARATIONS OF INTERESTS
Councillor Saied Ahmed declared a non-pecuniary interest in agenda item 5.2 (Leisure
Services Contract) as a member of the board of the Stepney Community Trust.

2.  MINUTES OF THE EXECUTIVE'S PREVIOUS MEETING(S)
That the unrestricted minutes of the Cabinet meeting held on 18 December 2024 be
approved and signed by the Chair as a correct record of proceedings.

5.1  Housing Revenue Account (HRA) Budget 2025-26 and Rent Setting
DECISION
1. To approve a rent increase of 2.7% (Consumer Price Index plus 1%) for all tenanted
Council dwellings in 2025-26, in line with the Rent Standard 2023, taking the average
weekly rent to £137.44.
2. To approve an increase in tenant service charges of 6.5% and to freeze garage and
parking space rents at 2024-25 levels.
3. To approve the HRA capital programme of £86.4 million for 2025-26, including £12.9
million for fire safety works to high-rise blocks.
4. To note the equalities implications set out in paragraph 4 of the report.
Action by:
CORPORATE DIRECTOR, HOUSING AND REGENERATION (K. SWALES)
(Head of Housing Finance, Tom Hurst)
Reasons for the decision
The Council is required under the Local Government and Housing Act 1989 to set a
balanced HRA budget and to give tenants at least four weeks' notice of any change to

SECTION ONE (UNRESTRICTED)   1""",
"""Cabinet, 29/01/2025

rent before 1 April 2025.
Alternative options
Cabinet could decide to set a lower rent increase. Each 1% below the permitted
maximum would reduce HRA income by approximately £1.05 million a year, reducing the
resources available for repairs and the building safety programme.

5.2  Leisure Services Contract - Insourcing Update
DECISION
1. To note the progress made since the insourcing of leisure services on 1 May 2024,
including the 14% increase in memberships across the eight leisure centres.
2. To agree the refurbishment of the swimming pool at Mile End Leisure Centre at an
estimated cost of £3.2 million, funded from the Council's Capital Programme.
3. To delegate authority to the Corporate Director, Communities, after consultation with
the Cabinet Member for Culture and Recreation, to award the works contract following a
compliant procurement.
Action by:
CORPORATE DIRECTOR, COMMUNITIES (S. BAXTER)
(Director of Leisure and Culture, Judith St John)
Reasons for the decision
The Mile End pool tank and plant are at the end of their design life; the pool was closed
for 37 days in 2024 because of plant failure.

5.3  Free School Meals for Secondary School Pupils - Extension
DECISION
1. To agree to continue the universal free school meals offer for all secondary school
pupils in Tower Hamlets for the 2025-26 academic year at an estimated cost of £5.4
million.
2. To note that the offer will be reviewed in the light of the government's national
expansion of free school meals, with a further report to Cabinet by October 2025.
Action by:
CORPORATE DIRECTOR, CHILDREN'S SERVICES (J. THOMAS)
(Head of School Organisation, Hannah Ward)
Reasons for the decision
Take-up of the universal offer averaged 84% in the autumn term 2024, compared with
59% eligibility-based take-up in 2022. Headteachers have reported improved
concentration and attendance in afternoon lessons.

5.4  Corporate Parenting Annual Report 2023-24
DECISION
1. To note the Corporate Parenting Annual Report 2023-24.
2. To endorse the Care Leavers' Covenant commitments, including the exemption of care
leavers aged 18 to 25 from Council Tax.

SECTION ONE (UNRESTRICTED)   2""",
"""Cabinet, 29/01/2025

Action by:
CORPORATE DIRECTOR, CHILDREN'S SERVICES (J. THOMAS)

6.  ANY OTHER UNRESTRICTED BUSINESS CONSIDERED TO BE URGENT

Nil items.

The meeting ended at 7.05 p.m.

Call-in

Date of Publication: Thursday, 30 January 2025
The decisions set out above will come into force on Thursday, 6 February 2025 at 5.00
p.m. unless called in by five or more Councillors in accordance with the Overview and
Scrutiny Procedure Rules.
For further information please contact Matthew Mannion, Head of Democratic Services,
democratic.services@towerhamlets.gov.uk

SECTION ONE (UNRESTRICTED)   3""",
]
EXPECT = {
 "style": "London borough record of Cabinet decisions: decimal items (5.1 ...), DECISION lists, 'Cabinet, 29/01/2025' running header, call-in date after the last item",
 "council": "London Borough of Tower Hamlets",
 "committee": "Cabinet",
 "meeting_date": "2025-01-29",
 "doc_type": "decision notice",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [
   ["1", "Declarations of Interests", 1],
   ["2", "Minutes of the Executive's Previous Meeting(s)", 1],
   ["5.1", "Housing Revenue Account (HRA) Budget 2025-26 and Rent Setting", [1, 2]],
   ["5.2", "Leisure Services Contract - Insourcing Update", 2],
   ["5.3", "Free School Meals for Secondary School Pupils - Extension", 2],
   ["5.4", "Corporate Parenting Annual Report 2023-24", [2, 3]],
   ["6", "Any Other Unrestricted Business Considered to be Urgent", 3],
 ],
 "minutes": [],
 "decisions": [
   {"item": "2", "page": 1, "text": "That the unrestricted minutes of the Cabinet meeting held on ..."},
   {"item": "5.1", "page": 1, "text": "1. To approve a rent increase of 2.7% (Consumer Price Index ..."},
   {"item": "5.1", "page": 1, "text": "2. To approve an increase in tenant service charges of 6.5% ..."},
   {"item": "5.1", "page": 1, "text": "3. To approve the HRA capital programme of £86.4 million for ..."},
   {"item": "5.2", "page": 2, "text": "1. To note the progress made since the insourcing of leisure ..."},
   {"item": "5.2", "page": 2, "text": "2. To agree the refurbishment of the swimming pool at Mile E ..."},
   {"item": "5.2", "page": 2, "text": "3. To delegate authority to the Corporate Director, Communit ..."},
   {"item": "5.3", "page": 2, "text": "1. To agree to continue the universal free school meals offe ..."},
   {"item": "5.3", "page": 2, "text": "2. To note that the offer will be reviewed in the light of t ..."},
   {"item": "5.4", "page": 2, "text": "1. To note the Corporate Parenting Annual Report 2023-24."},
   {"item": "5.4", "page": 2, "text": "2. To endorse the Care Leavers' Covenant commitments, includ ..."},
 ],
 "votes": [],
 "commitments": [
   {"item": "5.1", "page": 1, "owner": "Corporate Director, Housing and Regeneration (K. Swales)", "action": "Action by: implement HRA budget and rent setting", "due": None},
   {"item": "5.2", "page": 2, "owner": "Corporate Director, Communities (S. Baxter)", "action": "Action by: leisure refurbishment / award works contract", "due": None},
   {"item": "5.3", "page": 2, "owner": "Corporate Director, Children's Services (J. Thomas)", "action": "further report to Cabinet by October 2025", "due": "October 2025"},
   {"item": "5.4", "page": 3, "owner": "Corporate Director, Children's Services (J. Thomas)", "action": "Action by: corporate parenting", "due": None},
 ],
}
QUESTIONS = [
 {"question": "How much are council rents in Tower Hamlets going up by in 2025-26?", "answer": "2.7% (CPI+1%)", "must_contain": ["rent increase of 2.7%"], "page": 1, "agenda_item": "5.1", "kind": "figure"},
 {"question": "What will the Mile End swimming pool refurbishment cost?", "answer": "About £3.2 million", "must_contain": ["at an estimated cost of £3.2 million"], "page": 2, "agenda_item": "5.2", "kind": "figure"},
 {"question": "When will cabinet get another report on universal free school meals for secondary pupils?", "answer": "By October 2025", "must_contain": ["with a further report to Cabinet by October 2025"], "page": 2, "agenda_item": "5.3", "kind": "when"},
 {"question": "When do the January cabinet decisions take effect if nobody calls them in?", "answer": "Thursday 6 February 2025 at 5pm", "must_contain": ["will come into force on Thursday, 6 February 2025"], "page": 3, "agenda_item": None, "kind": "when"},
]
