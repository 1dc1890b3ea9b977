# Style 12: a meeting folder with a summons agenda (no page ranges, items under KEY
# DECISIONS / NON-KEY DECISIONS headings, report numbers ES/2125) and two separately
# published reports: one stamped "Agenda Item 5 / ES/2125", one carrying only its report
# number ES/2126 and its subject.
FOLDER = "east-suffolk/cabinet/2025-03-04/"
DOCS = {
"Cabinet Agenda 04-03-2025.pdf": [
"""East Suffolk Council
Cabinet
Members:
Councillor Helen Brockley (Leader of the Council)
Councillor Martin Sayer (Deputy Leader and Cabinet Member for Housing)
Councillor Paul Oakes (Cabinet Member for Resources)
Councillor Rowan Tate (Cabinet Member for Communities, Leisure and Tourism)
Councillor Grace Ellery (Cabinet Member for Environment)

Members are invited to a Meeting of the Cabinet
to be held in the Deben Conference Room, East Suffolk House, Melton,
on Tuesday, 4 March 2025 at 6.30 pm

An Agenda is set out below.
Part One – Open to the Public
1      Apologies for Absence
       To receive apologies for absence, if any.
2      Declarations of Interest
       Members and Officers are invited to make any declarations of interests.
3      Announcements
       To receive any announcements.
4      Minutes
       To confirm as a correct record the Minutes of the Meeting held on 4 February 2025.
KEY DECISIONS
5      Leisure Centre Investment Strategy ES/2125
       Report of the Cabinet Member for Communities, Leisure and Tourism
6      Housing Revenue Account Rent Setting 2025/26 ES/2126
       Report of the Deputy Leader and Cabinet Member for Housing
NON-KEY DECISIONS
7      Exempt/Confidential Items
       It is recommended that under Section 100(A)(4) of the Local Government Act 1972
       the public be excluded from the meeting for the following item.
Part Two – Exempt/Confidential
8      Land at Felixstowe Road - Disposal
       Information relating to the financial or business affairs of any particular person.

Close
Judith Pryor, Chief Executive""",
"""Filming, Videoing, Photography and Audio Recording at Council Meetings
The Council, members of the public and press may record / film / photograph or broadcast
this meeting when the public and press are not lawfully excluded.
If you require this document in an alternative format, please contact the Democratic
Services team on 01394 444411 or email democraticservices@eastsuffolk.gov.uk""",
],
"ES-2125 Leisure Centre Investment Strategy.pdf": [
"""Agenda Item 5
ES/2125
CABINET
Tuesday, 4 March 2025
Subject:              Leisure Centre Investment Strategy
Cabinet Member:       Councillor Rowan Tate, Cabinet Member for Communities, Leisure
                      and Tourism
Report Author(s):     Nadia Sharif, Head of Communities
Head of Service:      Nadia Sharif
Director:             Andrew Jolly, Strategic Director
Is the report Open or Exempt?    OPEN
Wards Affected:       All Wards

Purpose and high-level overview
Purpose of Report:
To seek approval for a ten-year investment strategy for the Council's six leisure centres,
including the replacement of the Waveney Valley Leisure Centre in Bungay.
Options:
Option 1 (recommended): a £24.5m programme including a new centre in Bungay.
Option 2: essential maintenance only, estimated at £11.2m over ten years, with the
Bungay centre closing by 2028 when its pool plant reaches the end of its life.
Recommendation(s):
That Cabinet:
1. Approves the Leisure Centre Investment Strategy 2025-2035 at Appendix A.
2. Recommends to Full Council that £24.5m is added to the capital programme, funded by
£8.0m of Sport England and Levelling Up grant and £16.5m of borrowing.
3. Delegates authority to the Strategic Director to procure a design team for the
Bungay replacement centre.""",
"""Corporate Services Implications:
Financial: The borrowing costs of £1.02m a year will be offset by increased income and
reduced energy costs of £0.84m a year from 2029/30, leaving a net cost of £180,000.
Legal: None at this stage.
Environmental: The replacement centre will be designed to Passivhaus standard, reducing
carbon emissions from the Bungay site by an estimated 410 tonnes a year.
Background and Justification for Recommendation
1.1 The six centres had 1.42 million visits in 2023/24. Waveney Valley Leisure Centre was
built in 1976 and its condition survey estimated backlog maintenance of £3.9m.
1.2 Public consultation in autumn 2024 received 2,317 responses, 78% of which supported
a new centre in Bungay.
Timetable: design team appointed by June 2025; planning application by March 2026;
new centre open in summer 2028.""",
],
"Housing Revenue Account Rent Setting 2025-26.pdf": [
"""ES/2126
CABINET
Tuesday, 4 March 2025
Subject:              Housing Revenue Account Rent Setting 2025/26
Cabinet Member:       Councillor Martin Sayer, Deputy Leader and Cabinet Member for Housing
Report Author(s):     Simon Redgrave, Head of Housing
Is the report Open or Exempt?    OPEN
Wards Affected:       All Wards

Purpose and high-level overview
Purpose of Report:
To set council housing rents, service charges and garage rents for 2025/26.
Recommendation(s):
That Cabinet:
1. Approves an increase of 2.7% in social and affordable rents from 7 April 2025, in line
with the Government's rent standard of CPI plus 1%.
2. Approves an increase of 5% in garage rents.
3. Notes the HRA budget for 2025/26 of £23.9m.
Background and Justification for Recommendation
1.1 The Council owns 4,483 homes. The average weekly social rent will rise from £97.44
to £100.07.
1.2 The 2.7% increase will generate additional rental income of £0.62m in 2025/26, which
will fund the decarbonisation of 150 homes.""",
"""Corporate Services Implications:
Financial: Each 1% reduction below the recommended increase would reduce HRA income by
about £230,000 a year and over £7m over the 30-year business plan.
Equalities and Diversity: Around 68% of tenants receive help with their rent through
Housing Benefit or Universal Credit and will not be directly affected.""",
],
}
EXPECT = {
 "style": "Summons agenda without page ranges + separately published reports (one stamped 'Agenda Item 5 / ES/2125', one with only ES/2126)",
 "council": "East Suffolk Council", "committee": "Cabinet", "meeting_date": "2025-03-04",
 "docs": {
   "Cabinet Agenda 04-03-2025.pdf": {"doc_type": "agenda pack", "agenda_items": [["1", "Apologies for Absence"], ["2", "Declarations of Interest"],
      ["3", "Announcements"], ["4", "Minutes"], ["5", "Leisure Centre Investment Strategy ES/2125"],
      ["6", "Housing Revenue Account Rent Setting 2025/26 ES/2126"], ["7", "Exempt/Confidential Items"], ["8", "Land at Felixstowe Road - Disposal"]],
      "page_labels": [None, None]},
   "ES-2125 Leisure Centre Investment Strategy.pdf": {"doc_type": "officer report", "item": "5", "title": "Leisure Centre Investment Strategy",
      "recommendations": "1 approve strategy; 2 recommend £24.5m to Full Council; 3 delegate to Strategic Director"},
   "Housing Revenue Account Rent Setting 2025-26.pdf": {"doc_type": "officer report", "item": "6", "title": "Housing Revenue Account Rent Setting 2025/26",
      "recommendations": "1 2.7% rent increase; 2 5% garage rents; 3 note HRA budget £23.9m"}},
 "decisions": [], "votes": [], "commitments": [],
}
QUESTIONS = [
 {"doc": "ES-2125 Leisure Centre Investment Strategy.pdf",
  "question": "How will the new leisure centre programme be paid for?",
  "answer": "£24.5m: £8.0m Sport England and Levelling Up grant, £16.5m borrowing.",
  "must_contain": ["£8.0m of Sport England and Levelling Up grant and £16.5m of borrowing"],
  "page": 1, "agenda_item": "5", "kind": "figure"},
 {"doc": "Housing Revenue Account Rent Setting 2025-26.pdf",
  "question": "How much are council rents going up in East Suffolk next year?",
  "answer": "2.7% from 7 April 2025 (CPI+1%); average weekly rent £97.44 to £100.07.",
  "must_contain": ["Approves an increase of 2.7% in social and affordable rents from 7 April 2025", "to £100.07"],
  "page": 1, "agenda_item": "6", "kind": "figure"},
 {"doc": "ES-2125 Leisure Centre Investment Strategy.pdf",
  "question": "When would the replacement Bungay leisure centre open?",
  "answer": "Summer 2028.", "must_contain": ["new centre open in summer 2028"],
  "page": 2, "agenda_item": "5", "kind": "when"},
]
