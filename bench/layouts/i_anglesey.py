# Style 8: Welsh county council scrutiny minutes: bilingual header, "4 TITLE" items,
# mixed-case "Decision:" with bullets "•", "ACTION: Head of Finance to circulate … by …",
# footers "- N -".
PATH = "isle-of-anglesey/corporate-scrutiny/2025-01-21/Minutes 21-01-2025 Corporate Scrutiny Committee.pdf"
PAGES = [
"""CYNGOR SIR YNYS MÔN / ISLE OF ANGLESEY COUNTY COUNCIL
Minutes of the Corporate Scrutiny Committee held on 21 January 2025
(hybrid meeting – Council Chamber, Council Offices, Llangefni and virtually)

PRESENT:      Councillor Dafydd Roberts (Chair)
              Councillor Sioned Jones (Vice-Chair)
              Councillors Geraint Bebb, Nia Hughes, Owain Parry, Robin Griffith,
              Llinos Williams, Trefor Lloyd Hughes, Kenneth Pugh, Aled Evans.
IN ATTENDANCE: Chief Executive
              Director of Function (Resources) and Section 151 Officer
              Head of Finance
              Director of Education, Skills and Young People
              Scrutiny Manager, Committee Officer
APOLOGIES:    Councillor Jeff Morris
ALSO PRESENT: Councillor Rhian Thomas (Portfolio Member for Finance)

1     APOLOGIES
The apology for absence was noted as listed above.

2     DECLARATION OF INTEREST
No declaration of interest was received.

3     MINUTES
The minutes of the previous meeting of the Corporate Scrutiny Committee held on
12 November 2024 were presented and were confirmed as correct.

4     INITIAL DRAFT REVENUE BUDGET 2025/26
The report of the Director of Function (Resources) and Section 151 Officer setting out the
initial draft revenue budget for 2025/26 was presented for the Committee’s consideration.
The Portfolio Member for Finance said that the provisional local government settlement had
increased the Council’s Aggregate External Finance by 4.1%, which was £4.4m less than the
Council needed to maintain services. The initial draft budget of £191.2m assumes a council
tax increase of 8.5%, equivalent to £2.53 a week for a Band D property, and the use of
£1.8m from general balances.
Members asked about the pressures in children’s services and school transport. The Head of
Finance said that out-of-county placements were forecast to cost £5.9m in 2024/25, £1.6m
more than budgeted.

- 1 -""",
"""Decision:
Having considered the report, the Committee resolved to recommend to the Executive:
•   that the initial draft revenue budget of £191.2m for 2025/26 be supported;
•   that the proposed 8.5% increase in council tax be supported, noting that the final
    increase will depend on the final settlement;
•   that the Executive be asked to reconsider the use of £1.8m of general balances.
There voted 8 in favour and 2 against.
ACTION: Head of Finance to circulate the updated council tax base figures and the Band D
equivalent for each community council area to all Members by 7 February 2025.

5     INITIAL DRAFT CAPITAL BUDGET 2025/26
The report set out a capital programme for 2025/26 of £38.6m, of which £12.4m is for the
housing revenue account and £9.2m for the new Ysgol Bro Cefni school building.
Decision:
To recommend the initial draft capital budget of £38.6m for 2025/26 to the Executive.
ACTION: None.

6     CORPORATE SCORECARD – QUARTER 2, 2024/25
The Chief Executive presented the scorecard. Of the 42 indicators, 34 were on target
(green), 5 were amber and 3 were red. Primary school attendance was 93.1% against a target
of 94%, and secondary school attendance was 88.4% against a target of 91%.
Decision:
•   To accept the scorecard report for Quarter 2 and to note the areas which the Leadership
    Team is exploring to improve performance.
ACTION: Director of Education, Skills and Young People to provide a written update on
secondary school attendance and persistent absence to the Committee by 31 March 2025.

7     FORWARD WORK PROGRAMME
Decision:
To agree the current version of the forward work programme for 2024/25.
ACTION: Scrutiny Manager to add an item on the school transport review to the April meeting.

Councillor Dafydd Roberts
Chair

The meeting concluded at 4.05 pm.

- 2 -""",
]
EXPECT = {
 "style": "Welsh scrutiny minutes: bilingual header, 'N     TITLE' items, mixed-case 'Decision:' with bullets, 'ACTION:' owner lines, '- N -' footers",
 "doc_type": "minutes", "council": "Isle of Anglesey County Council", "committee": "Corporate Scrutiny Committee",
 "meeting_date": "2025-01-21", "page_labels": ["1", "2"],
 "agenda_items": [["1", "Apologies", 1], ["2", "Declaration of Interest", 1], ["3", "Minutes", 1],
   ["4", "Initial Draft Revenue Budget 2025/26", [1, 2]], ["5", "Initial Draft Capital Budget 2025/26", 2],
   ["6", "Corporate Scorecard – Quarter 2, 2024/25", 2], ["7", "Forward Work Programme", 2]],
 "decisions": [
   {"item": "3", "page": 1, "text": "minutes of 12 November 2024 confirmed as correct (narrative)"},
   {"item": "4", "page": 2, "parts": 3, "text": "recommend to Executive: support £191.2m; support 8.5%; reconsider £1.8m balances", "vote": "8 for, 2 against"},
   {"item": "5", "page": 2, "text": "To recommend the initial draft capital budget of £38.6m"},
   {"item": "6", "page": 2, "text": "To accept the scorecard report for Quarter 2 ..."},
   {"item": "7", "page": 2, "text": "To agree the current version of the forward work programme"}],
 "votes": [["4", "8 for, 2 against"]],
 "commitments": [
   {"item": "4", "owner": "Head of Finance", "action": "circulate the updated council tax base figures and Band D equivalent to all Members", "due": "2025-02-07"},
   {"item": "6", "owner": "Director of Education, Skills and Young People", "action": "written update on secondary attendance and persistent absence", "due": "2025-03-31"},
   {"item": "7", "owner": "Scrutiny Manager", "action": "add school transport review item to April meeting", "due": "April 2025 meeting"}],
}
QUESTIONS = [
 {"question": "What council tax rise does the Anglesey draft budget assume?",
  "answer": "8.5%, about £2.53 a week for Band D; budget £191.2m.",
  "must_contain": ["tax increase of 8.5%, equivalent to £2.53 a week for a Band D property"],
  "page": 1, "agenda_item": "4", "kind": "figure"},
 {"question": "By when will the Head of Finance send members the council tax base figures?",
  "answer": "By 7 February 2025.", "must_contain": ["equivalent for each community council area to all Members by 7 February 2025"],
  "page": 2, "agenda_item": "4", "kind": "commitment"},
 {"question": "What was secondary school attendance in quarter 2 and what was the scrutiny committee promised about it?",
  "answer": "88.4% against 91%; Director of Education to give a written update by 31 March 2025.",
  "must_contain": ["secondary school attendance was 88.4% against a target", "secondary school attendance and persistent absence to the Committee by 31 March 2025"],
  "page": 2, "agenda_item": "6", "kind": "figure"},
]
