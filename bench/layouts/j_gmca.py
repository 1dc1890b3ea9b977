# Style 8b: combined authority minutes: prefixed minute numbers "GMCA 112/24 TITLE",
# "RESOLVED/-" followed by numbered lines "1. That ...", bare page numbers at the top.
PATH = "greater-manchester-ca/gmca/2024-11-29/GMCA Minutes 29 November 2024.pdf"
PAGES = [
"""1
MINUTES OF THE MEETING OF THE GREATER MANCHESTER COMBINED AUTHORITY HELD ON
FRIDAY 29 NOVEMBER 2024 AT BOLTON TOWN HALL

PRESENT:
Greater Manchester Mayor        Mayor Jonathan Hale (In the Chair)
Bolton                          Councillor Samira Akhtar
Bury                            Councillor Ellen Rowe
Manchester                      Councillor Ravi Desai
Oldham                          Councillor Paul Kirkham
Rochdale                        Councillor Joanne Mills
Salford                         City Mayor Owen Clarke
Stockport                       Councillor Mark Hyde
Tameside                        Councillor Lisa Grundy
Trafford                        Councillor Tom Keane
Wigan                           Councillor Harriet Lowe

OFFICERS IN ATTENDANCE:
GMCA Chief Executive            Catherine Doyle
GMCA Treasurer                  Martin Osei
TfGM Chief Executive            Alan Brierley

GMCA 108/24   APOLOGIES
Apologies were received from the Deputy Mayor for Policing and Crime.

GMCA 109/24   CHAIR'S ANNOUNCEMENTS AND URGENT BUSINESS
There were no announcements.

GMCA 110/24   DECLARATIONS OF INTEREST
Councillor Desai declared a personal interest in item GMCA 112/24 as a board member of the
Manchester Housing Providers Partnership.

GMCA 111/24   MINUTES OF THE GMCA MEETING HELD ON 25 OCTOBER 2024
RESOLVED/-
That the minutes of the GMCA meeting held on 25 October 2024 be approved as a correct
record.""",
"""2
GMCA 112/24   GREATER MANCHESTER BROWNFIELD HOUSING PROGRAMME 2025-28
The Portfolio Lead for Housing introduced a report seeking approval of the allocation of
£96.5m of Brownfield Housing Fund grant to 31 schemes delivering 4,870 new homes, of which
1,620 will be affordable. Members welcomed the focus on town centres and asked that
delivery be monitored closely given the pressures on construction costs.
RESOLVED/-
1.  That the allocation of £96.5m of Brownfield Housing Fund grant to the 31 schemes set
    out in Appendix 1 be approved.
2.  That authority be delegated to the GMCA Treasurer, in consultation with the Portfolio
    Lead for Housing, to agree the final terms of the grant agreements.
3.  That a six-monthly progress report on delivery against the 4,870 homes target be
    submitted to the GMCA, the first to be in June 2025.

GMCA 113/24   BEE NETWORK: BUS FRANCHISING TRANCHE 2 – PERFORMANCE UPDATE
The TfGM Chief Executive reported that since Tranche 2 went live on 24 March 2024, the
bus patronage on franchised services had risen by 6.8% and punctuality had improved from
74% to 79%. The average fare revenue per passenger was £1.31.
The Mayor moved an additional recommendation that the £2 single fare cap be retained
until at least 31 December 2025. Councillor Kirkham asked that a recorded vote be taken.
For: 9       Against: 1       Abstentions: 1
RESOLVED/-
1.  That the performance update be noted.
2.  That the £2 single adult fare on Bee Network buses be retained until at least
    31 December 2025, at an estimated cost of £18.2m to be met from the Bus Service
    Improvement Plan grant.
3.  That TfGM be requested to report back to the GMCA in March 2025 on the options for
    integrating tram and bus fares.""",
"""3
GMCA 114/24   GMCA REVENUE AND CAPITAL BUDGET MONITORING 2024/25 – QUARTER 2
The GMCA Treasurer presented the report. The forecast revenue outturn was an underspend of
£3.4m on a net budget of £253.7m. The capital programme forecast was £612.9m against a
budget of £689.0m, the variance being mainly due to slippage on the Metrolink renewals
programme.
RESOLVED/-
That the revenue and capital forecast outturn positions for 2024/25 be noted.

GMCA 115/24   EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED/-
That, under section 100(A)(4) of the Local Government Act 1972, the press and public be
excluded from the meeting for the following item on the grounds that it involves the
likely disclosure of exempt information.

GMCA 116/24   BROWNFIELD HOUSING PROGRAMME – COMMERCIAL TERMS (PART B)
RESOLVED/-
That the commercial terms set out in the Part B report be noted.

Meeting closed at 12.15pm.""",
]
EXPECT = {
 "style": "Combined authority minutes: 'GMCA 112/24   TITLE' prefixed minute numbers, 'RESOLVED/-' then '1.  That', bare page numbers at page top",
 "doc_type": "minutes", "council": "Greater Manchester Combined Authority", "committee": "Greater Manchester Combined Authority (GMCA)",
 "meeting_date": "2024-11-29", "page_labels": ["1", "2", "3"],
 "agenda_items": [],
 "minutes": [["GMCA 108/24", "Apologies", 1], ["GMCA 109/24", "Chair's Announcements and Urgent Business", 1],
   ["GMCA 110/24", "Declarations of Interest", 1], ["GMCA 111/24", "Minutes of the GMCA meeting held on 25 October 2024", 1],
   ["GMCA 112/24", "Greater Manchester Brownfield Housing Programme 2025-28", 2],
   ["GMCA 113/24", "Bee Network: Bus Franchising Tranche 2 – Performance Update", 2],
   ["GMCA 114/24", "GMCA Revenue and Capital Budget Monitoring 2024/25 – Quarter 2", 3],
   ["GMCA 115/24", "Exclusion of the Press and Public", 3], ["GMCA 116/24", "Brownfield Housing Programme – Commercial Terms (Part B)", 3]],
 "decisions": [
   {"minute": "GMCA 111/24", "page": 1, "text": "minutes of 25 October 2024 approved"},
   {"minute": "GMCA 112/24", "page": 2, "parts": 3, "text": "1 allocation £96.5m approved; 2 delegation to Treasurer; 3 six-monthly progress report from June 2025"},
   {"minute": "GMCA 113/24", "page": 2, "parts": 3, "text": "1 noted; 2 £2 fare retained to 31 Dec 2025; 3 TfGM report back March 2025", "vote": "For 9, Against 1, Abstentions 1"},
   {"minute": "GMCA 114/24", "page": 3, "text": "forecast outturn positions noted"},
   {"minute": "GMCA 115/24", "page": 3, "text": "press and public excluded"},
   {"minute": "GMCA 116/24", "page": 3, "text": "commercial terms noted"}],
 "votes": [["GMCA 113/24", "For 9, Against 1, Abstentions 1 (on the Mayor's additional recommendation)"]],
 "commitments": [
   {"minute": "GMCA 112/24", "owner": "(officers) / GMCA Treasurer", "action": "six-monthly progress report on 4,870 homes", "due": "June 2025"},
   {"minute": "GMCA 113/24", "owner": "TfGM", "action": "report back on options for integrating tram and bus fares", "due": "March 2025"}],
}
QUESTIONS = [
 {"question": "How much brownfield housing grant did the combined authority allocate and for how many homes?",
  "answer": "£96.5m to 31 schemes delivering 4,870 homes (1,620 affordable).",
  "must_contain": ["That the allocation of £96.5m of Brownfield Housing Fund grant to the 31 schemes set", "£96.5m of Brownfield Housing Fund grant to 31 schemes delivering 4,870 new homes, of which"],
  "page": 2, "agenda_item": None, "kind": "figure"},
 {"question": "How long will the £2 bus fare cap stay in Greater Manchester and how did members vote?",
  "answer": "Until at least 31 December 2025; For 9, Against 1, Abstentions 1.",
  "must_contain": ["2.  That the £2 single adult fare on Bee Network buses be retained until at least", "For: 9       Against: 1       Abstentions: 1"],
  "page": 2, "agenda_item": None, "kind": "resolution"},
 {"question": "What is the forecast underspend in the combined authority's revenue budget at quarter 2?",
  "answer": "£3.4m on a net budget of £253.7m.", "must_contain": ["£3.4m on a net budget of £253.7m"],
  "page": 3, "agenda_item": None, "kind": "figure"},
]
