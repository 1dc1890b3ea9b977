# Style 18: Welsh county cabinet minutes: numbered upper-case headings ('6.   REVENUE BUDGET ...'),
# 'UNANIMOUSLY RESOLVED', a declarations table and a draft-document footer with no page number.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "carmarthenshire/cabinet/2025-02-10/minutes.pdf"
PAGES = [
"""CABINET
Monday, 10 February 2025
PRESENT: Councillor D. Price (Chair)
Councillors:
L.M. Stephens, A. Davies, G. Davies, H.A.L. Evans, P.M. Hughes, A. Lenny, D. Thomas, J.
Tremlett and E.G. Thomas
Also in attendance:
Councillor R. James
The following Officers were in attendance:
W. Walters, Chief Executive
C. Moore, Director of Corporate Services
J. Morgan, Director of Community Services
G. Morgans, Director of Education and Children's Services
A. Williams, Head of Waste and Environmental Services
L.R. Jones, Head of Administration and Law
J. Owen, Democratic Services Officer
Chamber, County Hall, Carmarthen. SA31 1JP and remotely - 10.00 am - 11.40 am

1.   APOLOGIES FOR ABSENCE
There were no apologies for absence.

2.   DECLARATIONS OF PERSONAL INTEREST
Councillor   Minute Number   Nature of Interest
A. Lenny
7 - Llanelli Leisure Centre Replacement
His daughter is employed by Actif Sport and Leisure.

3.   TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING OF THE
CABINET HELD ON THE 20TH JANUARY 2025
UNANIMOUSLY RESOLVED that the minutes of the meeting of the Cabinet held on the
20th January 2025 be signed as a correct record.

4.   QUESTIONS ON NOTICE BY MEMBERS
The Chair advised that no questions on notice had been submitted by members.

5.   PUBLIC QUESTIONS ON NOTICE
The Chair advised that no public questions had been received.

6.   REVENUE BUDGET STRATEGY 2025/26 TO 2027/28
The Cabinet considered a report which provided an update on the budget strategy for
2025/26, taking account of the final Local Government Settlement announced on 11
December 2024 which provided an increase in Aggregate External Finance of 4.5%,
equivalent to £14.6m, against an all-Wales average of 4.3%.
The Cabinet Member for Resources advised that, following the budget consultation which
had attracted 2,314 responses, the strategy had been revised to reduce the proposed""",
"""Council Tax increase from 9.5% to 8.9%, to remove the proposed reduction in the schools
delegated budget, and to fund the pressures arising from the increase in employer
National Insurance contributions estimated at £7.4m, of which £3.9m relates to
commissioned care services.
In response to a question from the Cabinet Member for Education and Welsh Language,
the Director of Corporate Services confirmed that schools would receive a cash increase
of £5.2m, with no efficiency target applied to school budgets in 2025/26.
UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL that:
6.1   the Budget Strategy for 2025/26 be approved;
6.2   the Band D Council Tax for 2025/26 be set at £1,791.92, representing an
increase of 8.9%;
6.3   the proposals for efficiency savings set out in Appendix A of the report be
approved; and
6.4   the Medium Term Financial Plan be noted as the basis for future years' financial
planning.

7.   LLANELLI LEISURE CENTRE REPLACEMENT - PENTRE AWEL ZONE 1
UPDATE
[Note: Councillor A. Lenny, having earlier declared an interest in this item, left the
meeting prior to its consideration.]
The Cabinet considered a report which provided an update on the construction of the new
leisure centre within Zone 1 of the Pentre Awel development at Delta Lakes, Llanelli. The
report advised that practical completion was now expected in July 2025, some five
months later than programmed, owing to delays in the supply of the pool hall roof
trusses.
The Cabinet Member for Leisure, Culture and Tourism advised that the revised capital
cost was £94.3m, an increase of £2.6m which would be met from the project's
contingency, and that the existing Llanelli Leisure Centre would remain open until the
new facility is operational.
In response to a question from Councillor R. James on the future of the existing leisure
centre site, the Director of Community Services undertook to bring a report on the
options for the site to Cabinet before the end of September 2025.
UNANIMOUSLY RESOLVED that the progress made on the Pentre Awel Zone 1 leisure
centre be noted and the revised programme and budget be endorsed.

8.   REVIEW OF HOUSEHOLD WASTE RECYCLING CENTRE OPENING HOURS
The Cabinet considered a report on the outcome of the public consultation on proposed
changes to the opening hours of the household waste recycling centres at Trostre,
Nantycaws, Wernddu and Whitland. The consultation had received 1,147 responses, of
which 61% opposed the proposal to close each site for two weekdays.
The Head of Waste and Environmental Services advised that the revised proposal would
close Wernddu and Whitland on Wednesdays and Thursdays only, saving £118,000 a
year, while Trostre and Nantycaws would remain open seven days a week. A booking
system would not be introduced.""",
"""The Cabinet Member for Climate Change, Decarbonisation and Sustainability undertook to
write to all members with the revised opening hours by 28 February 2025, so that they
could inform their communities before the changes take effect on 1 April 2025.

RESOLVED that the revised opening hours for the household waste recycling centres, as
set out in option 2 of the report, be approved with effect from 1 April 2025.

9.   WELSH IN EDUCATION STRATEGIC PLAN - ANNUAL REVIEW

The Cabinet considered the annual review of the Welsh in Education Strategic Plan
(WESP) 2022-2032, which reported that 54.2% of Year 1 learners were now taught
through the medium of Welsh, against a target of 59% by 2032.

UNANIMOUSLY RESOLVED that the annual review of the Welsh in Education Strategic Plan
be approved for submission to Welsh Government.

10.   ANY OTHER ITEMS OF BUSINESS

The Chair advised that there were no items of urgent business.

________________________                 __________________
CHAIR                                                          DATE""",
]
EXPECT = {
 "style": "Welsh cabinet minutes: numbered upper-case headings, 'UNANIMOUSLY RESOLVED', a declarations table, a draft footer without page numbers",
 "council": "Carmarthenshire County Council",
 "committee": "Cabinet",
 "meeting_date": "2025-02-10",
 "doc_type": "minutes",
 "page_labels": [None, None, None],
 "agenda_items": [
   ["1", "Apologies for absence", 1],
   ["2", "Declarations of personal interest", 1],
   ["3", "To sign as a correct record the minutes of the meeting of the Cabinet held on the 20th January 2025", 1],
   ["4", "Questions on notice by members", 1],
   ["5", "Public questions on notice", 1],
   ["6", "Revenue budget strategy 2025/26 to 2027/28", [1, 2]],
   ["7", "Llanelli Leisure Centre Replacement - Pentre Awel Zone 1 Update", 2],
   ["8", "Review of household waste recycling centre opening hours", [2, 3]],
   ["9", "Welsh in Education Strategic Plan - annual review", 3],
   ["10", "Any other items of business", 3],
 ],
 "minutes": [
   ["1", "Apologies for absence", 1, "1"],
   ["2", "Declarations of personal interest", 1, "2"],
   ["3", "To sign as a correct record the minutes of the meeting of the Cabinet held on the 20th January 2025", 1, "3"],
   ["4", "Questions on notice by members", 1, "4"],
   ["5", "Public questions on notice", 1, "5"],
   ["6", "Revenue budget strategy 2025/26 to 2027/28", 1, "6"],
   ["7", "Llanelli Leisure Centre Replacement - Pentre Awel Zone 1 Update", 2, "7"],
   ["8", "Review of household waste recycling centre opening hours", 2, "8"],
   ["9", "Welsh in Education Strategic Plan - annual review", 3, "9"],
   ["10", "Any other items of business", 3, "10"],
 ],
 "decisions": [
   {"minute": "3", "item": "3", "page": 1, "text": "UNANIMOUSLY RESOLVED that the minutes of the meeting of the ..."},
   {"minute": "6", "item": "6", "page": 2, "text": "UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL that:"},
   {"minute": "7", "item": "7", "page": 2, "text": "UNANIMOUSLY RESOLVED that the progress made on the Pentre Aw ..."},
   {"minute": "8", "item": "8", "page": 3, "text": "RESOLVED that the revised opening hours for the household wa ..."},
   {"minute": "9", "item": "9", "page": 3, "text": "UNANIMOUSLY RESOLVED that the annual review of the Welsh in ..."},
 ],
 "votes": [],
 "commitments": [
   {"item": "7", "page": 2, "owner": "Director of Community Services", "action": "bring a report on the options for the existing leisure centr ...", "due": "end of September 2025"},
   {"item": "8", "page": 3, "owner": "Cabinet Member for Climate Change, Decarbonisation and Sustainability", "action": "write to all members with the revised opening hours", "due": "28 February 2025"},
 ],
}
QUESTIONS = [
 {"question": "What will Band D council tax be in Carmarthenshire for 2025/26?", "answer": "£1,791.92 (+8.9%)", "must_contain": ["be set at £1,791.92"], "page": 2, "agenda_item": "6", "kind": "figure"},
 {"question": "When is the new Llanelli leisure centre at Pentre Awel now due to be finished?", "answer": "July 2025", "must_contain": ["practical completion was now expected in July 2025"], "page": 2, "agenda_item": "7", "kind": "when"},
 {"question": "Which tips will shut for two days a week under the new opening hours?", "answer": "Wernddu and Whitland, Wednesdays and Thursdays", "must_contain": ["close Wernddu and Whitland on Wednesdays and Thursdays"], "page": 2, "agenda_item": "8", "kind": "fact"},
 {"question": "What share of Year 1 children are now taught through Welsh?", "answer": "54.2% (target 59% by 2032)", "must_contain": ["54.2% of Year 1 learners"], "page": 3, "agenda_item": "9", "kind": "figure"},
]
