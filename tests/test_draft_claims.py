"""Who claims a draft's figures (briefing/brief/draft_claims.py, draft_who.py): each rule from C40 on with a real line
of a tuning article of the corpus (corpus/draft/), and the value, qualifier and claimant the draft gives it."""

from __future__ import annotations

import pytest
from test_draft_figures import drafted, drafted_in, found

from briefing.brief.draft_claims import Claimants, claimant, read_claims


@pytest.mark.parametrize(("rule", "sentence", "expected"), [
    # C40: a time that opens the sentence is no claimant; "saying" is the claim of its clause's subject (PBS, 2008)
    ("C40", "Earlier Monday, the government raised the death toll more than tenfold from an earlier tally, saying "
     "that almost 4,000 people were killed and thousands of others were missing.", [(4000, "almost", "government")]),
    # C41: who sets or raises a toll gives it, and the toll it raises it to later in the sentence (PBS 2008, Los
    # Angeles Times 1985)
    ("C41", "At first, the government set the death toll at 351 before increasing it Monday to 3,939.",
     [(351, "", "government"), (3939, "", "government")]),
    ("C41", "The Mexican government raised its official death toll to 3,000 late Saturday, and a Mexican newspaper "
     "put the number of dead at 4,000.", [(3000, "", "Mexican government"), (4000, "", "Mexican newspaper")]),
    # C43: a claimant that says where it is twice (Reuters, 2009)
    ("C43", "GAZA, Jan 14 (Reuters) - The number of Palestinians killed in a 19-day-old Israeli offensive in the Gaza "
     "Strip reached at least 1,000 on Wednesday, including hundreds of civilians, officials in the Hamas-run Health "
     "Ministry in the enclave said.", [(1000, "at least", "officials in the Hamas-run Health Ministry in the enclave")]),
    # C44: a body in lower case with three words before its noun (AP, 2008)
    ("C44", "China's top economic planning body said that the quake had damaged 391 mostly small dams.",
     [(391, "", "China's top economic planning body")]),
    ("C44", "A body found in the river was that of one of the 12 people missing.", [(12, "", "")]),
    # C45: what someone describes a crowd as, and the rest of the account (The Guardian, 1988)
    ("C45", "In the worst incident, police opened fire on what Burma Radio describe as a crowd of 5,000 people seeking "
     "to take over their station in the town of Sagaing, near Mandalay, killing 31 people and wounding 37.",
     [(5000, "", "Burma Radio"), (31, "", "Burma Radio"), (37, "", "Burma Radio")]),
    # C47: a title of four words, a place between the name and the verb (TwoCircles.net, 2007)
    ("C47", "A fire department official told the media Thursday that the figure could reach 500, while regional "
     "emergency services chief Aristides Mussio in the hardest hit area of Pisco said the latest figure he had at his "
     "disposal was 437 fatalities.", [(500, "", "fire department official"), (437, "", "Aristides Mussio")]),
    # (the 500 is found since U72: "the figure could reach 500" counts a toll; the official's, as the gold has it)
    # C46: claims as a noun, and what they claim after "that" (KNT, 1985)
    ("C46", "MEXICO CITY — Reports from cemetery administrators Friday lent credence to government claims that the "
     "death toll from last week's earthquake was much lower than announced, perhaps as low as 3,400 people.",
     [(3400, "as low as", "government")]),
    # C48: reports that reached someone, "here" where the dateline is (The New York Times via Saxafi Media, 1988)
    ("C48", "More than 10,000 people were killed in the first month after the conflict began in late May, according "
     "to reports reaching diplomats here.", [(10000, "more than", "reports reaching diplomats")]),
    # C51: doses issued by a ministry are no claim of it (WHO, 1996)
    ("C51", "Mass immunization has started with 250 000 doses issued by the Federal Ministry of Health, the State "
     "Ministry of Health and local government services have order additional 380 000 doses of vaccine.",
     [(250000, "", ""), (380000, "", "")]),
    # C52: a ministry's name that lists what it is for, after "Officials from" (ABC News, 2015)
    ("C52", "Officials from Liberia's Ministry of Information, Cultural Affairs, and Tourism confirmed today that two "
     "people had tested positive for Ebola, after a teenager died on Sunday of the disease.",
     [(2, "", "Officials from Liberia's Ministry of Information, Cultural Affairs, and Tourism")]),
    # C53: a news agency that reports what someone said relays it, and claims what nobody else said (PBS, 2008)
    ("C53", "The state radio station operating out of the country’s capital Naypyitaw said 2,879 more people are "
     "unaccounted for in one town, Bogalay, in the low-lying Irrawaddy River delta region, the AP reported.",
     [(2879, "", "state radio station operating out of the country’s capital Naypyitaw")]),
    # C54: a claimant at two places joined by "and" (Scroll.in, 2023)
    ("C54", "Health authorities at the district hospital in Churachandpur and the Jawaharlal Nehru Institute of "
     "Medical Sciences in Imphal East district told Scroll that they had received two bodies each in the last two "
     "days.", [(2, "", "Health authorities")]),
])
def test_who_claims_a_number(rule, sentence, expected):
    """Tuning articles of 1985-2009: the claimant was a time ("Earlier Monday"), the agency that reported the words,
    or nobody."""
    assert found(sentence) == expected


def test_a_name_with_del_is_whole():
    """TwoCircles.net, 2007 (C47): "Jorge del Castillo" was no name."""
    assert claimant("Prime Minister Jorge del Castillo told reporters that the fatalities – for the moment – stood at "
                    "approximately 400.").who == "Jorge del Castillo"


def test_these_included_goes_on_with_the_claim_before():
    """Reuters on Gaza, 2009 (C42): "These included 225 children and 69 women" named nobody."""
    assert drafted("The Gaza-based Palestinian Center for Human Rights said it had compiled figures showing 673 "
                   "civilians had died since Israel launched its air campaign on Dec. 27. These included 225 children "
                   "and 69 women.") == [(673, "", "Gaza-based Palestinian Center for Human Rights", 1),
                                        (225, "", "Gaza-based Palestinian Center for Human Rights", 1),
                                        (69, "", "Gaza-based Palestinian Center for Human Rights", 1)]


def test_when_it_was_said_may_stand_before_that():
    """Barbados Today, 2024 (C49): "said on Tuesday that" was no reported speech, which goes on in its paragraph."""
    line = ("Prime Minister Dickon Mitchell said on Tuesday that at least three people were killed – “possibly more” – "
            "as Hurricane Beryl battered Grenada and its sister islands the day before with winds in excess of 140 "
            "miles per hour.")
    claimants = Claimants.of(line)
    read_claims(line, claimants, 0)
    assert claimants.speech == "Dickon Mitchell"


def test_a_claimant_that_ends_the_paragraph_claims_the_sentence_before():
    """Mail & Guardian, 2007 (C50): the June and July counts named nobody; not a sentence with a claim of its own that
    the draft cannot name (AP, 2024: "Initial estimates put the number of those killed at 20 people")."""
    assert drafted("In June and July, 20 000 people returned to Mogadishu but nearly 21 000 people left. About 10 000 "
                   "people fled the city in the last week, the UN said.") == [
        (20000, "", "UN", 1), (21000, "nearly", "UN", 1), (10000, "about", "UN", 1)]
    assert drafted("Initial estimates put the number of those killed at 20 people, but activists and government "
                   "officials discovered more bodies as they accessed areas of the town. Among the victims was a young "
                   "mother, her newborn baby and a midwife, Herace said.") == [(20, "", "", 1)]
    # nor a witness's count (AFP, 2023): the one body was the residents'
    assert drafted("AFP saw them recover one body from the ruins of a house. Four others were still buried there, "
                   "residents said.") == [(1, "", "", 1), (4, "", "residents", 1)]


def test_a_country_that_reports_cases_claims_them():
    """WHO on yellow fever in Angola, 2016 (C80): Angola, a place of the article's country, was no claimant (C17);
    not where attacks claimed lives (Al Jazeera, 2006)."""
    assert drafted_in("AO", "From the beginning of the outbreak on 15 December 2015 to 8 June 2016, Angola has "
                      "reported 2954 suspected cases of yellow fever including 328 deaths.") == [
        (2954, "", "Angola", 1), (328, "", "Angola", 1)]
    assert drafted_in("LB", "Israeli attacks against villages in southern and eastern Lebanon have claimed about 60 "
                      "lives in 24 hours.") == [(60, "about", "", 1)]


def test_a_service_and_hospitals_claim():
    """Reuters and AFP on Hurricane Matthew, Dawn on Karachi's heatwave, 2015-2016 (C81): a civil protection service
    and hospitals in lower case named nobody; the hospitals' breakdown goes on with them (C23), each of its two
    threes a count of its own (C82)."""
    assert found("Haiti's civil protection service put the toll in the impoverished Caribbean nation at 23 dead, many "
                 "killed by falling trees, flying debris and swollen rivers.") == [
        (23, "", "Haiti's civil protection service")]
    hospitals = "Various government-run hospitals in Karachi"
    assert drafted("Various government-run hospitals in Karachi confirmed that at least 32 people died of heatstroke on "
                   "Saturday. At least 13 people died in Jinnah Postgraduate Medical Centre (JPMC), 11 in Abbasi "
                   "Shaheed Hospital (ASH), two in Qatar Hospital, three in hospitals owned by Karachi Municipal "
                   "Corporation (KMC) and three in other hospitals in the city.") == [
        (32, "at least", hospitals, 1), (13, "at least", hospitals, 1), (11, "", hospitals, 1),
        (2, "", hospitals, 1), (3, "", hospitals, 1), (3, "", hospitals, 1)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reuters and AFP on Hurricane Matthew, 2016: three claimants in lower case, listed with commas
    ("The interior ministry, a local mayor and other local delegates confirmed 42 other deaths across Haiti.",
     [(42, "", "interior ministry, a local mayor and other local delegates")]),
    # Censor.NET on the OSCE's report of the Mariupol rocket attack, 2015: a count of the first, which counts nothing
    ("Four hospitals and the emergency service in the city informed the SMM that at least 20 people died and 75 "
     "people were injured and hospitalized.", [(20, "at least", "Four hospitals and the emergency service in the city"),
                                               (75, "", "Four hospitals and the emergency service in the city")]),
])
def test_listed_claimants_are_one(sentence, expected):
    """C83: the last of the list was the claimant ("other local delegates", "emergency service in the city"), and
    the four hospitals a figure."""
    assert found(sentence) == expected


def test_that_included_and_among_those_go_on_with_the_claim_before():
    """C84: "That included" (Reuters and AFP on Hurricane Matthew, 2016) and "Among those cases," (WHO on yellow
    fever in Angola, 2016) named nobody, as "These included" does (C42)."""
    assert drafted("The interior ministry, a local mayor and other local delegates confirmed 42 other deaths across "
                   "Haiti. That included a group of 24 people killed in the coastal town of Roche-a-Bateau.") == [
        (42, "", "interior ministry, a local mayor and other local delegates", 1),
        (24, "", "interior ministry, a local mayor and other local delegates", 1)]
    first = "Angola has reported 2954 suspected cases of yellow fever including 328 deaths."
    second = "Among those cases, 819 have been laboratory confirmed."
    claimants = Claimants.of(f"{first} {second}")
    read_claims(first, claimants, 0)
    assert [c.who for c in read_claims(second, claimants, len(first) + 1)] == ["Angola"]


def test_a_comma_between_a_ministry_and_has_reported():
    """WHO on yellow fever in Angola, 2016 (C85): a comma before "has reported" left Uganda's 68 cases unclaimed."""
    assert found("From the beginning of the outbreak on 9 April 2016 to 8 June 2016, the Ministry of Health of Uganda, "
                 "has reported 68 suspected cases, of which three are probable and seven are laboratory confirmed.")[0] \
        == (68, "", "Ministry of Health of Uganda")


@pytest.mark.parametrize(("sentence", "expected"), [
    # The Financial Express on Cyclone Sidr, 2007: a body in lower case with "and" in its name, before the verb
    ("However, provisional figures released by the food and disaster management ministry said, confirmed at least "
     "223 deaths.", [(223, "at least", "food and disaster management ministry")]),
    # the same pattern after "according to", with when they were released (outside the corpus)
    ("At least 40 people died, according to figures released by the health ministry on Tuesday.",
     [(40, "at least", "health ministry")]),
])
def test_figures_released_by_a_body_are_its_claim(sentence, expected):
    """C87: the ministry's 223 deaths were unclaimed, and figures released by the health ministry were "figures"."""
    assert found(sentence) == expected


def test_as_per_is_according_to():
    """EFE on Storm Eta in Guatemala, 2020 (C88): "As per the latest update of the Guatemalan military" named nobody."""
    assert found("As per the latest update of the Guatemalan military, 95 people, including soldiers, firemen, and "
                 "police officers, had been able to reach the village.") == [(95, "", "Guatemalan military")]


def test_a_city_that_reported_before_reports_again():
    """WHO on SARS in China, 2003 (C80): Beijing's own claim before was taken for one to go on with (C17), which the
    clause "when Beijing reported" is not, and left its 122 cases unclaimed."""
    assert drafted_in("CN", "Since the beginning of this month, Beijing has reported 862 new probable cases and 41 "
                      "deaths. The largest number of cases for this month occurred on 1 May, when Beijing reported 122 "
                      "new cases and 7 deaths.") == [
        (862, "", "Beijing", 1), (41, "", "Beijing", 1), (122, "", "Beijing", 1), (7, "", "Beijing", 1)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # The Sierra Leone Web, 2000: the person named after what they are, at the sentence's end
    ("Bangladesh has offered two additional battalions to the UNAMSIL force to help replace the departing Indian "
     "contingent, according to the country's Permanent Representative to the United Nations, Ambassador Anwarul "
     "Karim Chowdhury.", [(2, "", "Anwarul Karim Chowdhury")]),
    # the same after "said" (outside the corpus), not a place after a body ("the Health Ministry, Kabul")
    ("At least 40 people died, said the governor of the province, Ali Khan.", [(40, "at least", "Ali Khan")]),
    ("At least 40 people died, according to officials in the north, Kabul Province.", [(40, "at least", "")]),
])
def test_a_name_in_apposition_after_the_attribution(sentence, expected):
    """C90: the ambassador's battalions were unclaimed."""
    assert found(sentence) == expected


def test_an_irregular_verb_before_the_claiming_one():
    """AP on Somalia's famine, 1992 (C91, as C29 with "-ed"): "stood ... and told" left the six deaths unclaimed."""
    assert found("In Baidoa, Amina Sheikh Mohamed, a nurse, stood in the yard of a feeding center and told a visitor "
                 "that six children had died that day.") == [(6, "", "Amina Sheikh Mohamed")]


def test_media_reports_joined_to_a_claimant_name_no_one():
    """ENS on the Samoa tsunami, 2009 (C92): "according to Samoan officials and media reports" named nobody, so its
    47 was taken for the 47 of the Disaster Management Office in the next sentence. (The quake's magnitude, 8.3, is
    a figure of its own, U83, and claimed by nobody the sentence names.)"""
    assert found("A severe undersea earthquake with a magnitude of 8.3 hit close to the South Pacific island nation of "
                 "Samoa and the U.S. Territory of American Samoa on Tuesday, triggering a tsunami that has wiped out "
                 "villages and killed at least 47 people in the region, according to Samoan officials and media "
                 "reports.") == [(8.3, "", ""), (47, "at least", "Samoan officials")]


def test_how_many_live_where_the_claimant_is_is_not_who_it_is():
    """Reuters on Medan's riots, 1998 (C93): the claimant was "Reuters journalists in the city of two million"."""
    assert found("Reuters journalists in the city of two million reported seeing at least two people shot and "
                 "wounded.") == [(2, "at least", "Reuters journalists")]


def test_where_a_claimants_place_lies_is_not_who_it_is():
    """The Straits Times on the Enga landslide, 2024 (C94, as C93): "north of Australia" places the nation, not
    the media."""
    assert found("The media in the South Pacific nation north of Australia had previously estimated that the "
                 "landslide on May 24 had buried more than 300 people.") == [
        (300, "more than", "media in the South Pacific nation")]


def test_he_is_the_subject_of_the_sentence_before():
    """Reuters on the Vadamarachchi offensive, 1987 (C95): "He" was the Indian prime minister named in apposition,
    not the minister the sentence before opens with."""
    assert drafted("Internal Security Minister, Lalith Athulathmudali, told Reuters that despite the capture, troops "
                   "were advancing more slowly than expected against the rebels, who are fighting for Tamil "
                   "independence.",
                   "Mr Athulathmudali brushed aside a statement by the Indian Prime Minister, Rajiv Gandhi, denouncing "
                   "the offensive as a “cold-blooded slaughter of thousands of Sri Lankan citizens by their own "
                   "Government.” He said 14 civilians had been reported killed in the offensive so far, most caught in "
                   "crossfire or killed by rebel booby traps in Vadamarachchi.") == [
        (14, "", "Lalith Athulathmudali", 3)]


def test_a_nations_reports_are_its_media():
    """The floods in Germany and Belgium, 2021 (C96): "according to Belgian reports" left Belgium's toll unclaimed;
    reports that nobody's adjective qualifies still name no one."""
    assert found("The death toll in Belgium has risen to at least 11, according to Belgian reports.") == [
        (11, "at least", "Belgian reports")]
    assert found("At least 14 people died, according to reports.") == [(14, "at least", "")]


@pytest.mark.parametrize("rule, sentence, expected", [
    # C97: a toll from whom, in lower case (the Daily Nation on the Kagera earthquake, 2016)
    ("C97", "The previous toll from local authorities was 13 dead and 203 injured.",
     [(13, "", "local authorities"), (203, "", "local authorities")]),
    # ... and not the event a toll is from
    ("C97", "The toll from the earthquake was 13 dead.", [(13, "", "")]),
    # C98: what a count is based on (BusinessWorld on Typhoon Rai, 2021)
    ("C98", "Almost 480,000 houses were damaged by the typhoon's strong winds, rain, and storm surges, including "
     "148,695 that were totally destroyed, based on the NDRRMC report.",
     [(480000, "almost", "NDRRMC"), (148695, "", "NDRRMC")]),
    ("C98", "At least 20 people died, based on data from the health ministry.",
     [(20, "at least", "health ministry")]),
    # C99: an outlet's name in capitals before a dash opens the article, and where in the country a body is, are no
    # part of the claimant (Shafaqna on the Nasiriyah hospital fire, 2021)
    ("C99", "SHAFAQNA- The health department of Dhi Qar province reported an increase in the number of victims of a "
     "fire in a hospital in the center of the province in southern Iraq to more than 110 dead and injured.",
     [(110, "more than", "health department of Dhi Qar province")]),
    ("C99", "The death toll in the hospital has increased to 64 dead, the health department of Dhi Qar province in "
     "the south of the country said.", [(64, "", "health department of Dhi Qar province")]),
    # C100: two adjectives joined by "and" before a claimant's noun (The Yomiuri Shimbun on the Noto earthquake, 2024)
    ("C100", "According to the prefectural and city governments, 31 people died in Wajima, 22 in Suzu, five in Nanao.",
     [(31, "", "prefectural and city governments"), (22, "", "prefectural and city governments"),
      (5, "", "prefectural and city governments")]),
    # C101: a word that opens a count claims nothing (BusinessWorld, 2021)
    ("C101", "Total reported injured stood at 742.", [(742, "", "")]),
])
def test_a_claimant_of_round_ten(rule, sentence, expected):
    assert found(sentence) == expected, rule


@pytest.mark.parametrize("rule, sentence, expected", [
    # C102: a body that reports in the present, one that "has since said", one with an apposition no comma closes,
    # and a subject after ", as" with the time of day (The Gryphon 2020, Channels TV 2023, Record Searchlight 2018)
    ("C102", "The Ugandan Police report that three people are dead with at least 34 injured following protests that "
     "broke out in Kampala on Wednesday.", [(3, "", "Ugandan Police"), (34, "at least", "Ugandan Police")]),
    ("C102", "The Washington Post and New York Times, however, have since said that the death toll has risen to 7, and "
     "the Observer Uganda has suggested that the figure is 19.",
     [(7, "", "Washington Post and New York Times"), (19, "", "Observer Uganda")]),
    ("C102", "However, the Nigerian Red Cross, a Non-Governmental Organization in Bokkos disclosed that 161 deaths were "
     "recorded with 32,604 persons affected.", [(161, "", "Nigerian Red Cross"), (32604, "", "Nigerian Red Cross")]),
    ("C102", "The Camp Fire has matched the 1933 Griffith Park Fire as the deadliest wildfire in California history, as "
     "authorities Sunday evening announced six new bodies had been found.", [(6, "", "authorities")]),
    # C103, C104: a storm claims no lives' count; preliminary reports do (Mexico News Daily, 2022)
    ("C103", "Hurricane Agatha, which made landfall Monday as a Category 2 storm, has claimed the lives of at least 11 "
     "people in Oaxaca, while 22 others are missing, according to preliminary reports.",
     [(2, "", ""), (11, "at least", "preliminary reports"), (22, "", "preliminary reports")]),
    # ... a lead time before a body that said still leaves the body the claimant (The Star, 2024; a tuning article)
    ("C102", "On Monday, the Ministry of Interior said that a cumulative 174 people have been reported injured.",
     [(174, "", "Ministry of Interior")]),
])
def test_a_claimant_of_round_eleven(rule, sentence, expected):
    assert found(sentence) == expected, rule


def test_a_weekday_that_is_a_given_name():
    """Channels TV on the Plateau attacks, 2023 (P148): "Monday Kassah, head of the local government in Bokkos" was
    no one, so "Kassah told AFP" claimed for "Kassah"."""
    assert drafted(
        "During a meeting with Nigeria's vice president on Wednesday, Monday Kassah, head of the local government in "
        "Bokkos, Plateau State, said that 148 Bokkos villagers had been killed in the attacks.",
        "There are fears the death toll could rise further as some people remain missing, Kassah told AFP on "
        "Tuesday, adding that 500 people had been injured and thousands displaced.")[-1][2] == "Monday Kassah"


@pytest.mark.parametrize("sentence, expected", [
    # C106: an acronym in brackets in mixed case (VNA on dengue in the Philippines, 2019) ...
    ("According to the Philippine Department of Health (DoH), from January 1 to June 29 this year, 106,630 dengue "
     "cases had been reported nationwide.", [(106630, "", "Philippine Department of Health")]),
    # ... and "reports from" a body that "report" a number; "Unconfirmed" names no one (ReliefWeb, 2019)
    ("Unconfirmed reports from DOH report around 72 deaths among more than 2,000 cases of measles nationwide.",
     [(72, "around", "reports from DOH"), (2000, "more than", "reports from DOH")]),
])
def test_a_claimant_of_round_eighteen(sentence, expected):
    assert found(sentence) == expected
