# Style 9: standalone committee report with a labelled cover sheet (Report to / Date /
# Report of / Subject), numbered paragraphs 1.1, 2.1, protective marking "OFFICIAL" in
# header and footer, bare page numbers, alone in its dated folder.
PATH = "derby-city/climate-change-scrutiny-board/2025-02-10/Street Lighting LED Phase 3 - Scrutiny report.pdf"
PAGES = [
"""OFFICIAL
DERBY CITY COUNCIL

Report to:            Climate Change and Net Zero Scrutiny Review Board
Date:                 10 February 2025
Report of:            Strategic Director of Communities and Place
Subject:              Street Lighting LED Conversion Programme – Phase 3 Progress
Ward(s) affected:     All
Key decision:         No
Exempt:               No
Contact officer:      Jo Franklin, Head of Highways Asset Management
                      jo.franklin@derby.gov.uk  01332 640000

1.    Purpose of the report
1.1   To update the Board on progress with Phase 3 of the street lighting LED conversion
      programme and on the savings achieved to date.
1.2   The Board asked for this report at its meeting on 4 November 2024 (minute 27/24).

2.    Recommendations
2.1   That the Board notes the progress of Phase 3 of the LED conversion programme.
2.2   That the Board recommends to Cabinet that the part-night lighting trial in Chaddesden
      and Oakwood is not extended to other wards until a public consultation has been held.

3.    Reasons for recommendations
3.1   Phase 3 is on schedule and within budget. The part-night lighting trial has produced
      complaints from residents about safety, and the Board asked to be consulted before
      any extension.

4.    Background
4.1   The Council maintains 27,450 street lights. Phases 1 and 2 (2021 to 2023) replaced
      18,900 sodium lanterns with LED lanterns.
4.2   Phase 3 will convert the remaining 8,550 lanterns, mainly on residential roads, by
      31 October 2025.

                                                                      OFFICIAL
1""",
"""OFFICIAL
4.3   By 31 December 2024, 5,120 of the 8,550 Phase 3 lanterns had been converted (60%).
4.4   A part-night lighting trial began in Chaddesden and Oakwood in October 2024, switching
      off 1,200 lights on residential roads between midnight and 5.30 am. Forty-three
      complaints have been received, 31 of them about personal safety.

5.    Financial implications
5.1   The Phase 3 capital budget is £4.2m, funded by prudential borrowing repaid from the
      energy savings. Expenditure to 31 December 2024 was £2.38m.
5.2   Energy consumption for street lighting has fallen by 58% since 2020/21. The annual
      energy saving when Phase 3 is complete is forecast at £610,000 at current prices.
5.3   Extending part-night lighting to all residential roads would save a further £185,000
      a year.

6.    Legal implications
6.1   The Council has a power, but not a duty, to light the highway under section 97 of the
      Highways Act 1980.

7.    Climate implications
7.1   Phase 3 will reduce carbon emissions by about 690 tonnes of CO2e a year.

8.    Next steps
8.1   The Head of Highways Asset Management will report the results of the part-night
      lighting trial, including the police crime data for the trial area, to the Board on
      16 June 2025.

Appendix A – Phase 3 programme by ward (not reproduced)

                                                                      OFFICIAL
2""",
]
EXPECT = {
 "style": "Standalone officer report, labelled cover sheet, numbered paragraphs, OFFICIAL marking, bare page numbers",
 "doc_type": "officer report", "council": "Derby City Council",
 "committee": "Climate Change and Net Zero Scrutiny Review Board", "meeting_date": "2025-02-10",
 "title": "Street Lighting LED Conversion Programme – Phase 3 Progress",
 "page_labels": ["1", "2"], "agenda_items": [],
 "sections": ["1. Purpose of the report", "2. Recommendations", "3. Reasons for recommendations", "4. Background",
   "5. Financial implications", "6. Legal implications", "7. Climate implications", "8. Next steps"],
 "recommendations": [{"page": 1, "text": "2.1 notes progress; 2.2 recommends to Cabinet part-night lighting not extended until consultation"}],
 "decisions": [], "votes": [],
 "commitments": [{"owner": "Head of Highways Asset Management", "action": "report results of the part-night lighting trial incl. police crime data", "due": "2025-06-16"}],
}
QUESTIONS = [
 {"question": "How many complaints has the part-night street lighting trial had?",
  "answer": "43 complaints, 31 about personal safety.", "must_contain": ["Forty-three", "complaints have been received, 31 of them about personal safety"],
  "page": 2, "agenda_item": None, "kind": "figure"},
 {"question": "What is the scrutiny board being asked to recommend to Cabinet about switching lights off at night?",
  "answer": "That the part-night lighting trial is not extended to other wards until a public consultation has been held.",
  "must_contain": ["and Oakwood is not extended to other wards until a public consultation has been held"],
  "page": 1, "agenda_item": None, "kind": "resolution"},
 {"question": "How much will the LED conversion save on energy each year?",
  "answer": "£610,000 a year when Phase 3 is complete (58% lower consumption since 2020/21).",
  "must_contain": ["energy saving when Phase 3 is complete is forecast at £610,000 at current prices"],
  "page": 2, "agenda_item": None, "kind": "figure"},
]
