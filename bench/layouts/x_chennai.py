# Style 24: Indian municipal corporation council proceedings: 'Subject No. 1   Resolution No. 112/2025',
# 'Sub:' and 'Ref:' lines, 'RESOLUTION:' paragraphs and a '- N -' page footer.
# From a later probe whose papers were used to develop the reading rules: a regression
# bench, not held out. Lines as the probe's PDF printed them, a page per string.
PATH = "greater-chennai-corporation/council/2025-02-28/council-resolutions.pdf"
PAGES = [
"""Council Proceedings dt. 28.02.2025

GREATER CHENNAI CORPORATION
PROCEEDINGS OF THE COUNCIL
Ordinary Meeting of the Council held on 28.02.2025 (Friday) at 10.00 A.M. in the Council
Hall, Ripon Buildings, Chennai - 600 003.
Presided by: Tmt. R. Kavitha, Hon'ble Mayor
Present: Thiru M. Senthil Kumar, Hon'ble Deputy Mayor; Thiru J. Ramesh I.A.S.,
Commissioner; Chairpersons of Standing Committees; and 168 Councillors (list annexed).

Subject No. 1                                                  Resolution No. 112/2025
Sub:  Solid Waste Management Department - Zone V (Royapuram) -
Procurement of 40 Nos. battery operated vehicles (BOVs) for door-to-door
collection - Administrative sanction - Accorded - Reg.
Ref:  1. Commissioner's Letter No. SWM/C/2871/2024 dated 12.12.2024.
         2. Standing Committee (Works) Resolution No. 418/2024 dated 20.01.2025.
The Commissioner has reported that the existing fleet of 112 battery operated vehicles in
Zone V has been in service since 2017 and that 40 vehicles are beyond economic repair.
The Commissioner requests the Council to accord administrative sanction for the
procurement of 40 Nos. battery operated vehicles at an estimated cost of
Rs.1,36,40,000/- (Rupees One Crore Thirty Six Lakh Forty Thousand only) under the
Swachh Bharat Mission (Urban) 2.0 grant.
RESOLUTION:
The Council resolved to accord administrative sanction for the procurement of 40 Nos.
battery operated vehicles for Zone V (Royapuram) at an estimated cost of
Rs.1,36,40,000/- as recommended by the Commissioner.

Subject No. 2                                                  Resolution No. 113/2025
Sub:  Bus Route Roads Department - Storm water drain improvement works in
Velachery, Madipakkam and Pallikaranai (Zones XIII and XIV) - Revised
estimate - Approval - Reg.
Ref:  1. G.O.(Ms) No. 57, Municipal Administration and Water Supply (MA.2) Department,
dated 18.04.2024.
         2. Commissioner's Letter No. BRR/SWD/0415/2024 dated 06.01.2025.
The Commissioner has reported that the storm water drain works sanctioned under the
Kosasthalaiyar and Kovalam basin packages for a length of 46.2 km required revision
owing to utility shifting and the increase in the Schedule of Rates for 2024-25. The
revised estimate amounts to Rs.284.60 crore against the original estimate of Rs.251.30
crore.
During discussion, Thiru K. Dhanasekaran (Ward 177) stated that the drains in his ward
had been left incomplete for over eight months and that residents of Ram Nagar had
been flooded during the December 2024 rains. The Commissioner assured the Council
that all works in Zones XIII and XIV would be completed before 30.09.2025, ahead of the
North East monsoon, and that weekly progress reports would be placed before the
Standing Committee (Works).
RESOLUTION:

- 1 -""",
"""Council Proceedings dt. 28.02.2025

The Council resolved to approve the revised estimate of Rs.284.60 crore for the storm
water drain improvement works in Zones XIII and XIV.
(Members of the opposition staged a walk-out during the discussion on this subject.)

Subject No. 3                                                  Resolution No. 114/2025
Sub:  Revenue Department - Property Tax - General revision of property tax for
the half-years 2025-26 - Proposal to levy 6% annual increase - Reg.
Ref:  Commissioner's Letter No. Rev/PT/102/2025 dated 21.01.2025.
The Commissioner has reported that in accordance with the Fifteenth Finance
Commission conditions and the Tamil Nadu Urban Local Bodies Act, 1998, an annual
increase in the property tax of not less than 6% is to be levied with effect from the first
half-year of 2025-26. The proposal is expected to yield an additional revenue of Rs.108
crore per annum. Properties with a plinth area of less than 500 sq.ft. shall be exempted
from the increase.
The proposal was put to vote. 152 members voted in favour and 17 members voted
against. The resolution was carried by majority.
RESOLUTION:
The Council resolved to levy an annual increase of 6% in the property tax with effect from
the first half-year of 2025-26, exempting properties with a plinth area of less than 500
sq.ft.

Subject No. 4                                                  Resolution No. 115/2025
Sub:  Education Department - Chennai Schools - Breakfast Scheme - Extension
to aided schools in Chennai - Ratification - Reg.
Ref:  Commissioner's Letter No. Edn/CMBS/88/2025 dated 03.02.2025.
The Commissioner has reported that the Chief Minister's Breakfast Scheme is being
implemented in 358 Chennai schools benefiting 65,030 students, and that the
Government has extended the scheme to 150 government-aided schools in the
Corporation limits from 15.07.2025. The Commissioner requests the Council to ratify the
action taken in inviting tenders for the centralised kitchens at Pulianthope and Saidapet.
RESOLUTION:
The Council resolved to ratify the action taken by the Commissioner in inviting tenders for
the centralised kitchens at Pulianthope and Saidapet.
The Deputy Commissioner (Education) informed the Council that the kitchens would be
commissioned by 30.06.2025.

Subject No. 5                                                  Resolution No. 116/2025
Sub:  Parks Department - Naming of the park at Kodungaiyur as 'Thiru. Vi. Ka.
Park' - Approval - Reg.
Ref:  Request of the Ward Councillor, Ward 34, dated 17.01.2025.
RESOLUTION:
The Council resolved to name the park located at Kodungaiyur (Ward 34) as 'Thiru. Vi. Ka.

- 2 -""",
"""Council Proceedings dt. 28.02.2025

Park'.

(By order)

Secretary,
Greater Chennai Corporation.

- 3 -""",
]
EXPECT = {
 "style": "Indian municipal corporation council proceedings: 'Subject No. 1 ... Resolution No. 112/2025', 'Sub:' and 'Ref:' lines, RESOLUTION paragraphs, '- N -' footer",
 "council": "Greater Chennai Corporation",
 "committee": "Council (Ordinary Meeting)",
 "meeting_date": "2025-02-28",
 "doc_type": "minutes",
 "page_labels": ["1", "2", "3"],
 "agenda_items": [
   ["1", "Solid Waste Management Department - Zone V (Royapuram) - Procurement of 40 Nos. battery operated vehicles (BOVs) for door-to-door collection - Administrative sanction - Accorded - Reg.", 1],
   ["2", "Bus Route Roads Department - Storm water drain improvement works in Velachery, Madipakkam and Pallikaranai (Zones XIII and XIV) - Revised estimate - Approval - Reg.", [1, 2]],
   ["3", "Revenue Department - Property Tax - General revision of property tax for the half-years 2025-26 - Proposal to levy 6% annual increase - Reg.", 2],
   ["4", "Education Department - Chennai Schools - Breakfast Scheme - Extension to aided schools in Chennai - Ratification - Reg.", 2],
   ["5", "Parks Department - Naming of the park at Kodungaiyur as 'Thiru. Vi. Ka. Park' - Approval - Reg.", [2, 3]],
 ],
 "minutes": [
   ["112/2025", "Solid Waste Management Department - Zone V (Royapuram) - Procurement of 40 Nos. battery operated vehicles (BOVs) for door-to-door collection - Administrative sanction - Accorded - Reg.", 1, "1"],
   ["113/2025", "Bus Route Roads Department - Storm water drain improvement works in Velachery, Madipakkam and Pallikaranai (Zones XIII and XIV) - Revised estimate - Approval - Reg.", 1, "2"],
   ["114/2025", "Revenue Department - Property Tax - General revision of property tax for the half-years 2025-26 - Proposal to levy 6% annual increase - Reg.", 2, "3"],
   ["115/2025", "Education Department - Chennai Schools - Breakfast Scheme - Extension to aided schools in Chennai - Ratification - Reg.", 2, "4"],
   ["116/2025", "Parks Department - Naming of the park at Kodungaiyur as 'Thiru. Vi. Ka. Park' - Approval - Reg.", 2, "5"],
 ],
 "decisions": [
   {"minute": "112/2025", "item": "1", "page": 1, "text": "The Council resolved to accord administrative sanction for t ..."},
   {"minute": "113/2025", "item": "2", "page": 2, "text": "The Council resolved to approve the revised estimate of Rs.2 ..."},
   {"minute": "114/2025", "item": "3", "page": 2, "text": "The Council resolved to levy an annual increase of 6% in the ..."},
   {"minute": "115/2025", "item": "4", "page": 2, "text": "The Council resolved to ratify the action taken by the Commi ..."},
   {"minute": "116/2025", "item": "5", "page": 3, "text": "The Council resolved to name the park located at Kodungaiyur ..."},
 ],
 "votes": [
   {"item": "3", "page": 2, "for": 152, "against": 17, "abstain": 0, "outcome": "carried", "motion": ""},
 ],
 "commitments": [
   {"item": "2", "page": 1, "owner": "The Commissioner", "action": "all works in Zones XIII and XIV would be completed before 30 ...", "due": "30.09.2025"},
   {"item": "4", "page": 2, "owner": "Deputy Commissioner (Education)", "action": "the kitchens would be commissioned", "due": "30.06.2025"},
 ],
}
QUESTIONS = [
 {"question": "What is the cost of the 40 battery vehicles for Royapuram garbage collection?", "answer": "Rs.1.364 crore", "must_contain": ["Rs.1,36,40,000/- (Rupees One Crore Thirty Six Lakh"], "page": 1, "agenda_item": "1", "kind": "figure"},
 {"question": "When did the Commissioner say the Velachery and Pallikaranai drain works would be done?", "answer": "Before 30.09.2025", "must_contain": ["would be completed before 30.09.2025"], "page": 1, "agenda_item": "2", "kind": "commitment"},
 {"question": "How much extra money will the property tax increase raise?", "answer": "Rs.108 crore a year", "must_contain": ["additional revenue of Rs.108 crore per annum"], "page": 2, "agenda_item": "3", "kind": "figure"},
 {"question": "How many children get the breakfast scheme in corporation schools?", "answer": "65,030 in 358 schools", "must_contain": ["benefiting 65,030 students"], "page": 2, "agenda_item": "4", "kind": "figure"},
]
