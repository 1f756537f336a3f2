"""Figures the draft finds, and what it leaves out (briefing/brief/draft_figures.py, draft_counts.py,
draft_tolls.py, numbers.py): each rule of rounds seven and nine with a real line of a tuning article of the corpus
(corpus/draft/), and the value, qualifier and claimant the draft gives it, or that it gives none."""

from __future__ import annotations

import pytest
from conftest import ROOT

from briefing.brief.archive import Archive
from briefing.brief.draft import draft
from briefing.brief.draft_figures import figures
from briefing.places.gazetteer import draft_gazetteer


def found(sentence: str) -> list[tuple[float, str]]:
    """(value, or a range's low end, qualifier) of each figure `figures` proposes for one sentence: these rules find
    figures and their qualifiers; whose they are is draft_claims.py's (tests/test_draft_figures.py)."""
    return [(p.fields.get("value", p.fields.get("low")), p.fields.get("qualifier", "")) for p in figures(sentence, 1, "src")]


def units(sentence: str) -> list[tuple[float, str]]:
    return [(p.fields.get("value", p.fields.get("low")), p.fields.get("unit", "")) for p in figures(sentence, 1, "src")]


@pytest.mark.parametrize(("rule", "sentence", "expected"), [
    # U40: a list of counts per place after a semicolon (UNHCR, Chad 2004)
    ("U40", "Farchana camp hosts 5,310 refugees; Kounoungo has 4,692; Touloum has 5,804; Iridemy has 3,494; and Goz "
     "Amer 1 has 784.", [(5310, ""), (4692, ""), (5804, ""), (3494, ""), (784, "")]),
    # U41: a count that fled, may have died or was hurt (Orlando Sentinel, Chicago Tribune, AP)
    ("U41", "Honduran Communications Minister Tomas Lozano said Tuesday that 1 million had to flee their homes in this "
     "nation of 6million people.", [(1000000, ""), (6000000, "")]),
    ("U41", "A United Nations agency said Thursday that 4,000 bodies had been found and up to 15,000 may have died.",
     [(4000, ""), (15000, "up to")]),
    ("U41", "Deputy Foreign Minister Valentin Nikiforov told a Moscow news conference that 40,000 to 45,000 people "
     "were killed and that 12,000 were hurt.", [(40000, ""), (12000, "")]),
    # U42: a magnitude set at a number (AP, Izmit 1999)
    ("U42", "The head of Istanbul's Kandilli Observatory, Ahmet Mete Isikara, set the magnitude today at 7.4.",
     [(7.4, "")]),
    # U44: a part of the count before it by how badly (Al Jazeera, Lebanon 2006)
    ("U44", "The Israeli military reported eight soldiers wounded, two seriously.",
     [(8, ""), (2, "")]),
    # F40: "N or M" is a range, never its upper end alone (AP, Izmit 1999)
    ("F40", "The general manager of the plant, Husamettin Danis, said five or six tanks were on fire, and firefighters "
     "could not use pumps to bring sea water to the site because the quake had knocked out electricity to the region.",
     [(5, "")]),
    # F41: a share of "all" (WHO, SARS 2003)
    ("F41", "For example, half of all new probable cases in the city do not have any recorded previous contact with a "
     "SARS patient.", [(50, "")]),
    # F42: "perhaps" and a qualifier before "another" (The Guardian, Orlando Sentinel)
    ("F42", "The gunfire erupted in Rangoon late on Monday night, according to Western observers, who said a crowd of "
     "perhaps 10,000 people, including families and young children, assembled near the Sule pagoda and the heavily "
     "guarded town hall.", [(10000, "perhaps")]),
    # "an estimated" is the figure's status, not its qualifier (briefs/pokrovsk, tests/test_claims.py)
    ("F42", "Although deaths related to Hurricane Mitch were reported from Nicaragua to southern Mexico, the greatest "
     "losses were in Honduras, where an estimated 7,000 people died.", [(7000, "")]),
    ("F42", "And at least another 13,000 are missing in the region.", [(13000, "at least")]),
    # F44: a count of an earlier event is none of this one's (AP, Bangladesh 1991; Los Angeles Times, 1988)
    ("F44", "Lutfar Rahman Khan, the minister of state for relief, said that 37,543 deaths were recorded so far, making "
     "it the region’s deadliest storm since 1970, when 500,000 people were killed.",
     [(37543, "")]),
    ("F44", "Since 2003, when the war began, 300,000 people have died.", [(300000, "")]),  # after the clause
    ("F44", "Last year, in flooding that was described as the worst in 40 years, 1,600 people died.", []),
    # U45: a count that could reach a number (Los Angeles Times, Mexico City 1985); U46: a count that lives somewhere
    # (Los Angeles Times, North Ossetia 1992)
    ("U45", "U.S. Ambassador to Mexico John Gavin, in what he described as a “guess,” estimated that the total "
     "fatalities could reach 10,000.", [(10000, "")]),
    # F45: money converted in brackets is no figure of its own (BBC, Pakistan 2010)
    ("F45", "He said the highway authority had estimated it would cost about 5bn Pakistani rupees ($59m £38m) to "
     "rebuild the roads destroyed so far.", [(5000000000, "about")]),
    # F46: an age by decade (Saxafi Media, 1988); F47: a time of day (Green Left Weekly, 1994); F48: a rank (KNT, 1985)
    ("F46", "In his 80’s and in feeble health, the President is said by American officials to have a weak grasp on "
     "power as he struggles to arrange a succession that will insure the perpetuation of his family and clan in "
     "power.", []),
    ("F47", "On April 27, vast number of voters began to queue hours before the polling booths opened at 7am, in pitch "
     "darkness and very cold temperatures.", []),
    ("F48", "However, a check of Mexico City's five largest cemeteries showed about 1,100 quake-related burials, 400 of "
     "them unidentified bodies.", [(1100, "about"), (400, "")]),
    # U48: the whole after "out of" (UNHCR, Georgia 2008); U49: "one" before a modifier and its noun (Daily Monitor,
    # Uganda 2022); F49: "one man" who speaks after a quote (The Spokesman-Review, 1995)
    ("U48", "In Karaleti, for example, a UNHCR team counted 29 houses destroyed, out of some 600 there.",
     [(29, ""), (600, "some")]),
    ("U49", "The new confirmed cases include seven family members [of the deceased from Kassanda] from Masanafu and "
     "one health worker who managed him in a private clinic together with his wife from Seguku, according to the "
     "minister.", [(7, ""), (1, "")]),
    ("F49", "“This is Major’s work,” yelled one man on crutches, in a reference to British Prime Minister John Major.",
     []),
    # F50: the parts of a plan (Antiwar.com, Swat 2009)
    ("F50", "Last week, Prime Minister Syed Yousaf Raza Gilani announced a repatriation plan in three phases.", []),
])
def test_a_figure_of_round_seven_has_the_value_and_qualifier_the_article_gives(rule, sentence, expected):
    assert found(sentence) == expected, rule


@pytest.mark.parametrize(("sentence", "expected"), [
    # U43: a height, depth or width of water, mud or a wave, and the size of an area (Chicago Tribune, AP, CNN,
    # Devdiscourse, Los Angeles Times)
    ("Another witness said the mud was 15 feet deep and the town looked like a beach, with only a few buildings still "
     "standing and little sign of life.", [(15, "feet")]),
    ("PORT MORESBY, Papua New Guinea (AP) - A 23-foothigh tidal wave crashed into the northern coast of Papua New "
     "Guinea, washing away villages built on beaches, killing at least 71 people and leaving hundreds of others "
     "missing, disaster officials said Saturday.", [(23, "feet"), (71, "people")]),
    ("The river was about 3 miles (5 km) wide.", [(3, "miles")]),
    ("Officials said 85% of the capital of 4 million was under water, with the depths of the flooding ranging from "
     "several inches to more than 4 feet.", [(85, "%"), (4, "feet")]),
    ("The fire at the nation's largest oil refinery, in the city of Izmit, burned out of control for a second day - "
     "forcing authorities to evacuate a three-mile area today where an untold number of people remained trapped under "
     "collapsed buildings.", [(3, "miles")]),
    # not an altitude nor a distance (Chicago Tribune)
    ("The volcano, Nevado del Ruiz, about 16,000-feet high and 120 miles northwest of Bogota, nearly buried the town "
     "of Armero, which has a population of 25,000, before dawn Thursday, and it caused damage in several other nearby "
     "towns, according to local media reports and U.S. Embassy officials.", [(25000, "people")]),
])
def test_a_height_or_depth_of_water_and_the_size_of_an_area_are_figures(sentence, expected):
    assert units(sentence) == expected


def test_a_count_that_lives_somewhere_is_a_count_of_people():
    # U46 (Los Angeles Times, North Ossetia 1992)
    sentence = ("About 100,000 now live in North Ossetia and what used to be called Chechen-Ingushetia, which last "
                "year was broken into two regions called Chechenia and Ingushetia.")
    assert (100000, "people") in units(sentence) and found(sentence)[0] == (100000, "about")


def drafted(paragraph: str) -> list[tuple[float, str, str, str]]:
    """(value, qualifier, unit, claimant) of each figure of a whole draft of one paragraph."""
    archive = Archive("a.txt", ROOT, "", (paragraph,), (1,))
    return [(p.fields.get("value", p.fields.get("low")), p.fields.get("qualifier", ""), p.fields.get("unit", ""),
             p.fields.get("claimed_by", "")) for p in draft(archive, "src", draft_gazetteer(), None).of("figures")]


@pytest.mark.parametrize(("rule", "paragraph", "expected"), [
    # U80: a count that reaches a number with no modal, and not in a supposition (Reuters 2014, AP 1991)
    ("U80", "Saudi Arabia: MERS cases reach more than 400, more than 100 dead",
     [(400, "more than", "cases", ""), (100, "more than", "dead", "")]),
    ("U80", "″Even if the human casualty figures exceed 100,000 we will not be surprised,″ said Khan, who is in charge "
     "of the rescue operation.", []),
    # U81: any qualifier after a verb of harm or a toll, a headline's title case; a toll that "could exceed" (ENS,
    # AFP 1999)
    ("U81", "Samoan Tsunami Kills Up to 100, Wipes Out Villages", [(100, "up to", "people", "")]),
    ("U81", "The Orissa Disaster Mitigation Mission, an umbrella organization of scores of relief groups set up after "
     "the cyclone, has said the toll could exceed 20,000.",
     [(20000, "", "deaths", "Orissa Disaster Mitigation Mission")]),
    # U82: a toll's verb past an aside between commas (AFP 1999)
    ("U82", "The toll from the cyclone, which began on Oct. 29 and has been described by some officials as the worst "
     "in the region this century, rose to 9,392 on Friday, officials said, including 8,119 deaths reported from "
     "Jagatsinghpur, which was at the heart of the storm.",
     [(9392, "", "deaths", "officials"), (8119, "", "deaths", "officials")]),
    # U83: "a magnitude of" (ENS 2009): the narrative's measure, claimed by nobody (C10)
    ("U83", "HONOLULU, Hawaii, September 30, 2009 (ENS) - A severe undersea earthquake with a magnitude of 8.3 hit "
     "close to the South Pacific island nation of Samoa and the U.S. Territory of American Samoa on Tuesday, "
     "triggering a tsunami that has wiped out villages and killed at least 47 people in the region, according to "
     "Samoan officials and media reports.",
     [(8.3, "", "magnitude", ""), (47, "at least", "people", "Samoan officials")]),
    # U84: a count "left homeless" (Maclean's 1999)
    ("U84", "More than 1,000 people were believed killed and 150,000 left homeless.",
     [(1000, "more than", "people", ""), (150000, "", "homeless", "")]),
    # U85: a speed in "kmph" (PTI 2013)
    ("U85", "Communication links have been vastly disrupted by the strong winds that went upto a speed of 220 kmph "
     "when it crossed the coast near Gopalpur last night and weakened towards becoming a depression as Odisha heaved "
     "a sigh of relief that major casualties have been avoided.", [(220, "", "km/h", "")]),
    # U86: "staff" counts (CKN Nigeria 2021)
    ("U86", "This is coming less than 10 days after terrorists killed a student, abducted 27 students and three staff "
     "of Government Science college, Kagara, Niger state.", [(27, "", "students", ""), (3, "", "staff", "")]),
    # F80: a count of an earlier event named by its year (PTI 2013)
    ("F80", "Authorities in the state evacuated nearly nine lakh people, the largest in recent history, ahead of the "
     "storm to cyclone shelters and public buildings like schools to avoid a repeat of the disastrous 1999 super "
     "cyclone that left 9,885 people dead.", [(900000, "nearly", "people", "")]),
    # F81: a person's own family or companions count no one of the event (allAfrica, AP, Cable News Network); the
    # event's relatives do (AFP)
    ("F81", "Musa Abbas, with a family of two women and six children, said he had nowhere to go as his brothers were "
     "residing in the Bulumkutu area that needed one to cross the bridge.", []),
    ("F81", "Using an electronic device, Shokrollah Abbasi and three colleagues found a girl, unconscious and with a "
     "broken leg.", []),
    ("F81", "″You see this again and again, and you want to help, but you can’t,″ said Amina, 30, a nurse with four "
     "kids of her own.", []),
    ("F81", '"Everyone is gone! My heart is broken. I am inconsolable," cried Zahra Benbrik, 62, who said she had lost '
     "18 relatives, with only the body of her brother still trapped.", [(18, "", "relatives", "Zahra Benbrik")]),
    # U87: "news" counts nothing, so a participle after the number is its noun and keeps no shared qualifier (Mail &
    # Guardian 2007)
    ("U87", "Meanwhile, fresh violence on the weekend saw at least 13 people killed and 20 wounded, Somali news agency "
     "Shabelle reported, as a reconciliation conference seen as the last best hope to pull Somalia from the brink of "
     "another collapse continued.", [(13, "at least", "people", "Shabelle"), (20, "", "wounded", "Shabelle")]),
    # U88: "top" before a number is a verb, not a rank, unless "the" or a possessive stands before it (PBS 2008)
    ("U88", "Myanmar Cyclone Death Toll Could Top 10,000", [(10000, "", "deaths", "")]),
    # U89: the radius of an area; U90: a quake's focus and an eruption's column (Indonesia Tribune 2022, TwoCircles
    # 2007); a length that is neither stays out ("as far as seven kilometers", "148 km southwest of Lima")
    ("U89", "Meanwhile, at the southeast sector of the mountain, including Besuk Kobokan and Kali Lanang, the people are "
     "not allowed to carry out any activity within a radius of 19 km from the peak of the volcano.",
     [(19, "", "km", "")]),
    ("U90", "The volcano erupted and emitted a hot cloud avalanche as far as seven kilometers (km) on Sunday at 02.46 "
     "a.m. local time. Meanwhile, the height of the eruption column reached 1.5 km above the mountain peak.",
     [(1.5, "", "km", "")]),
    ("U90", "The quake prompted a tsunami alert along South America’s Pacific coast. The epicentre was located at a "
     "depth of 40 km and the USGS placed it off the coast at Pisco, some 148 km southwest of Lima and 110 km northwest "
     "of Ica.", [(40, "", "km", "")]),
    # U91: a rate per a population, a measure claimed by nobody but a quote or "according to" (WHO 1996)
    ("U91", "By 24 February almost all administrative areas had been affected, and 5 of them severely and one LGA, "
     "Itas-Gadu reporting an incidence rate of 369.8 per 100 000.", [(5, "", "areas", ""), (369.8, "", "per 100,000", "")]),
    # U92: harm participles after a count, and a family that was killed is the event's (Deseret News 1997)
    ("U92", '"My friend is dead, but I love her still," said 20-year-old Sadia from nearby Baraki. Her best friend was '
     "among a family of nine slaughtered in Sidi Rais by Islamic extremists trying to topple Algeria's "
     "military-backed government.", [(9, "", "slaughtered", "")]),
    # U93: a part "of these" counts what its whole counts (Reuters 2009)
    ("U93", 'Israel says it has lost nine soldiers in a ground offensive that began on Jan. 3, four of these to "friendly '
     'fire", while a 10th soldier and three Israeli civilians were killed by Hamas rockets fired into southern Israel '
     "in the first week of the war.",
     [(9, "", "soldiers", "Israel"), (4, "", "soldiers", "Israel"), (3, "", "civilians", "Israel")]),
])
def test_a_figure_of_round_nine_has_the_value_qualifier_and_claimant_the_article_gives(rule, paragraph, expected):
    assert drafted(paragraph) == expected, rule


def test_a_bare_number_before_and_counts_what_the_number_after_it_counts():
    # U94: the floods in Germany, 2021: "with 50 and at least 30 deaths" gave the 30 and dropped the 50; a range
    # ("between 52 and 62 people") stays one figure
    found = drafted("German media reported on Friday morning that at least 81 people had died in the two "
                    "worst-affected states, Rhineland-Palatinate and North Rhine-Westphalia, with 50 and at least 30 "
                    "deaths, respectively.")
    assert (50, "", "deaths", "German media") in found and (30, "at least", "deaths", "German media") in found, found
    assert [f[0] for f in drafted("The floods killed between 52 and 62 people.")] == [52], "a range is one figure"


@pytest.mark.parametrize("rule, paragraph, expected", [
    # U95: a count in a relative clause, and what "stood at" a number, a participle (BusinessWorld, 2021)
    ("U95", "Almost four million people were affected by the strongest typhoon to hit the country this year, "
     "according to the NDRRMC, including about 550,000 who were displaced.",
     [(4000000, "almost", "people", "NDRRMC"), (550000, "about", "displaced", "NDRRMC")]),
    ("U95", "Total reported injured stood at 742.", [(742, "", "injured", "")]),
    # U96: a bare number after ", with" counts what the count before counted, not how many places it was in (AP on
    # Algeria's fires, 2021)
    ("U96", "It counted 41 blazes in 18 regions on Monday night, with 21 around the Kabyle capital of Tizi Ouzou.",
     [(41, "", "blazes", ""), (18, "", "regions", ""), (21, "", "blazes", "")]),
])
def test_a_figure_of_round_ten(rule, paragraph, expected):
    assert drafted(paragraph) == expected, rule
