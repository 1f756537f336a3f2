"""English: the words `briefing draft` reads an article by. Data only; each table says what it is for."""

from babel.numbers import list_currencies

# Verbs that attribute words or a number to someone: "..., X said", "X told AFP", "X wrote on X".
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "posted", "posts", "tweeted",
    "warned", "warns", "recalled", "recalls", "explained", "explains", "stated", "states", "noted", "notes",
    "continued", "insisted", "urged", "asked", "replied", "declared", "announced", "announces", "claimed",
    "claims", "claim", "reported", "reports", "estimated", "estimates", "confirmed", "confirms", "described",
    "describes", "stressed", "cautioned", "admitted", "acknowledged", "pleaded", "vowed", "lamented", "recounted",
    "remembered", "shouted", "cried", "whispered", "concluded", "observed", "argued", "called", "calls", "call",
    "condemned", "condemns", "describe", "compared",
    "underscored", "underscores", "underlined", "underlines", "highlighted", "highlights", "emphasised",
    "emphasises", "emphasized", "emphasizes", "reiterated", "reiterates", "pointed out", "points out", "appealed",
    "appeals", "deplored", "deplores", "mentioned", "affirmed", "indicated", "expressed", "demanded", "demands",
    "alleged", "alleges", "suggested", "predicted", "promised", "assured", "conceded", "responded", "answered",
    "commented", "remarked", "briefed", "decried", "denounced", "denounces", "welcomed", "maintained",
    "contended", "charged", "accused", "asserted", "exclaimed", "sighed", "sobbed", "screamed", "yelled", "texted",
    "wailed", "wept", "murmured", "muttered", "mumbled", "mumbles", "groaned", "pleads", "begged", "shouts", "cries",
    "messaged", "explain", "adding", "saying", "telling", "writing", "warning", "recalling", "explaining",
    "informed", "informs", "repeated", "repeating",  # "..., Dujarric informed."; "who had kept repeating"
    "headlined",  # "what the Nation daily newspaper headlined 'our darkest hour'"
    "retorted", "complained", "complains", "countered", "objected", "protested", "quipped", "joked", "fumed",
    "went on",  # '"...," retorted Ali Modu'; '"...," he went on.'
)
# Words before a name that say what the person is, not who: "Prime Minister Garry Conille".
TITLES = (
    "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister", "Environment Minister",
    "General", "Governor", "Mayor", "Commander", "Colonel", "Spokesman", "Spokeswoman", "Spokesperson",
    "Chancellor", "Secretary", "Secretary-General", "Ambassador", "Chief", "Director", "Nurse", "Doctor",
    "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Professor", "Prof.", "Sheikh", "Senator", "Judge",
    "Attorney General", "Lt.", "Gen.", "Col.", "Capt.", "Sgt.", "King", "Queen", "Pope", "Bishop", "Father",
    "Correspondent", "Commissioner", "High Commissioner", "Coordinator", "Representative", "Envoy", "Official",
    "Officer", "Chairman", "Chairwoman", "Chairperson", "Leader", "Adviser", "Advisor", "Inspector", "Deputy",
    "Administrator", "Manager", "Lieutenant", "Brigadier", "Major", "Captain", "Sergeant", "Brig.", "Maj.",
    "Superintendent", "Rapporteur", "Premier", "Counsellor", "Chief Executive", "Head", "Reporter", "Editor",
    "Col", "Gen", "Brig", "Lt", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Insp",  # as British style writes them
    "Cabinet Secretary", "CS", "Prefect", "Director-General",  # "Interior CS Kithure Kindiki", "Mayotte Prefect"
    "Gov.", "Gov", "Sen.", "Rep.", "Supt.", "Amb.",
    "Under-Secretary-General",  # the UN's: "Under-Secretary-General Jan Egeland told a news briefing" (C72)
    # what a person is, capitalised at the start of a sentence: "Activist Mohammed Osman told DW"
    "Activist", "Resident", "Witness", "Farmer", "Refugee", "Villager", "Survivor", "Journalist", "Analyst",
    "Researcher", "Lawyer", "Teacher", "Student", "Engineer", "Trader", "Shopkeeper", "Fisherman", "Driver",
    "Headmaster", "Headmistress", "Imam", "Pastor", "Archbishop", "Reverend",  # "Headmaster Mohammad Kalimullah said:"
    # P121: "Sociologist Issouf Bayard who has specialized in Agadez told IRIN" (IRIN, 2009)
    "Sociologist", "Economist", "Historian", "Geologist", "Seismologist", "Paramedic", "Merchant", "Volunteer",
    # P147: a county's or a town's officers, as US and British presses write them: "Butte County Sheriff Kory Honea"
    "Sheriff", "Coroner", "Constable", "Marshal", "Alderman", "Councillor", "Councilor", "Councilman",
    "Councilwoman",
    # P158: ranks of air forces and navies ("Air Commodore Edward Gabkwet": not "Air", whose word is a place's too,
    # "the Air Mountains"; nor "Group Captain" or "Wing Commander")
    "Commodore", "Admiral", "Rear Admiral", "Vice Admiral", "Major General", "Lieutenant General",
    "Brigadier General", "MajGen.", "Maj. Gen.", "Brig. Gen.", "Lt. Gen.",
)
# P153: the last words of a post, never of a person's name: "Nicolas Villa, Communications Manager, Save the
# Children" (no "Communications Manager" speaks).
JOB_TITLES = ("Manager", "Director", "Coordinator", "Officer", "Representative", "Spokesperson", "Spokesman",
              "Spokeswoman", "Adviser", "Advisor", "Administrator", "Commissioner", "Rapporteur", "Correspondent",
              "Secretary", "Chairman", "Chairperson", "Chairwoman", "Specialist", "Consultant", "Coordinator")
# Honorifics: "Mr Guterres" is the Guterres named in full elsewhere in the article.
HONORIFICS = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof.", "Professor")
# Pronouns that stand for the last person named as a speaker: '"...," he said'.
PERSON_PRONOUNS = ("he", "she")
# What tells whether a person named is a man or a woman, for "he" and "she": the honorific before a surname, the
# pronoun after a name in its sentence, a noun in apposition ("Amina, a mother of three").
MALE_WORDS = ("Mr", "Mr.", "he", "his", "him", "man", "father", "husband", "son", "brother", "grandfather", "boy")
FEMALE_WORDS = ("Ms", "Ms.", "Mrs", "Mrs.", "Miss", "she", "her", "hers", "woman", "mother", "wife", "daughter",
                "sister", "grandmother", "girl", "widow")
# Words that say how many of a claimant speak, not who: "Some government officials have said" is government
# officials' claim.
HOW_MANY = ("some", "many", "most", "several", "few", "other", "two", "three")
# Words that open a sentence which goes on with the numbers of the claimant of the sentence before: "In addition,
# contacts listed for follow-up stands at 1,746", "Out of the 2,189 people known dead so far, 1,832 were in the
# South", "The information also indicates that".
GOING_ON = ("In addition,", "Additionally,", "Also,", "Of these,", "Of them,", "Of those,", "Out of the", "Of the",
            "Among them,", "Among those,", "They ",
            # C42: "These included 225 children and 69 women", after "The ... Center for Human Rights said it had
            # compiled figures showing 673 civilians had died"
            "These included", "These include", "Those included",
            # C84: "That included a group of 24 people killed in the coastal town of Roche-a-Bateau" after "The interior
            # ministry, a local mayor and other local delegates confirmed 42 other deaths"; "Among those cases, 819 have
            # been laboratory confirmed" after "Angola has reported 2954 suspected cases"
            "That included", "This included", "Among those ", "Among these ")
# Nouns for what a claimant gave, as a sentence's subject referring back to it: "The information also indicates".
GIVEN_NOUNS = ("information", "data", "figures", "report", "statement", "update", "bulletin", "tally", "list",
               "numbers", "statistics", "count")
# Pronouns and words that begin a clause but name nobody.
NOBODY = ("it", "this", "that", "there", "they", "he", "she", "we", "i", "you", "these", "those", "who", "which",
          "initial", "some", "many", "most", "others", "one", "all", "both", "each", "while", "but", "and", "as")
# Nouns for who states a number when the article names no body: "officials said", "security sources told AFP",
# "according to government figures". A claimant written in lower case is taken only if it ends in one of these.
CLAIMANT_NOUNS = (
    "officials", "official", "authorities", "authority", "residents", "sources", "source", "figures", "tallies",
    "tally", "police", "government", "governments", "ministry", "army", "military", "agency", "organization",
    "organisation",
    "rescuers", "witnesses", "activists", "medics", "doctors", "workers", "spokesperson", "spokesman",
    "spokeswoman", "statement", "report", "data", "estimates", "group", "office", "council", "committee",
    "hospital", "services", "forces", "administration", "head", "chief", "director", "minister", "governor",
    "mayor", "commission", "media", "monitors", "observers", "state media", "civil defence", "civil defense",
    "officer", "officers", "division", "department", "correspondent", "coalition", "junta", "rebels", "militia",
    "monitor", "watchdog", "team", "teams", "crew", "crews",
    # troops as a source: "According to refugees and Rwandan border troops, ... at least two Hutu" (C25)
    "troops",
    # a diplomatic mission, a commander: "The Iranian mission to the United Nations released a death toll of
    # 25,000", "The commander, identified only as Gen. Naderian, said 6,000 victims" (C27, C19)
    "mission", "commander",
    # a broadcaster, and bodies in the plural: "the Al Arabiya television channel said", "Aid agencies say"
    "channel", "broadcaster", "newspaper", "agencies", "groups", "organisations", "organizations", "charities",
    # people in the plural, who name no one but are who the article takes the number from: "According to the
    # parents, no fewer than 234 girls were still missing"
    "parents", "relatives", "villagers", "survivors", "locals", "eyewitnesses", "elders", "diplomats", "experts",
    "analysts", "researchers", "scientists", "volunteers",
    # "Another 4,000 people were reported waiting ..., according to reports from their fellow travelers."
    "travelers", "travellers",
    # "with local reporters saying at least six people were killed", "Reuters journalists ... reported seeing"
    "reporters", "journalists",
    # "Veterans of refugee tides point out that ... the more than 650,000 Kosovars who have fled"
    "veterans",
    # a broadcaster or a body by what it is: "Cameroon's state television said", "A local association, the ..."
    "television", "radio", "association", "associations", "union",
    # C44: "China's top economic planning body said that the quake had damaged 391 mostly small dams"
    "body",
    # C60: websites and the opposition, as the article words them (Reuters and The Guardian on Iran, 2009, outside
    # the corpus): "Opposition websites said eight people were killed", "the opposition says more than 70 people"
    "website", "websites", "opposition",
    # C81: a service, hospitals, delegates (Reuters and AFP on Hurricane Matthew, Dawn on Karachi's heatwave): "Haiti's
    # civil protection service put the toll ... at 23 dead", "Various government-run hospitals in Karachi confirmed
    # that at least 32 people died", "The interior ministry, a local mayor and other local delegates confirmed 42"
    "service", "hospitals", "delegates",
)  # not one unnamed person ("a resident said", "a rescue worker told AFP"): a number they give names nobody
# Verbs in the past that do not end in "-ed", which a claimant may do before the claiming verb (C91): "Amina Sheikh
# Mohamed, a nurse, stood in the yard of a feeding center and told a visitor that six children had died that day".
IRREGULAR_PASTS = ("stood", "sat", "went", "came", "met", "spoke", "took", "held", "ran", "led", "flew", "drove",
                   "rode", "knelt", "sent", "gave", "made", "brought", "left", "wrote")
# News agencies, which relay what others say: "The state radio station ... said 2,879 ..., the AP reported." (C53)
NEWS_AGENCIES = ("AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "Xinhua", "dpa", "EFE", "ANSA",
                 "Kyodo", "Yonhap", "Interfax", "TASS", "Anadolu", "PTI", "IANS", "UPI", "Bernama", "Antara")
# Claimant nouns that alone are a thing counted, not who claims: "A body found in the river" (C44).
COUNTED_NOUNS = ("body",)
# Verbs that attribute a number to whoever is their subject: "officials said", "X has announced that", "with
# officials claiming", "the ministry put the toll at".
CLAIM_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "reported", "reports", "reporting", "estimated", "estimates",
    "estimating", "announced", "announces", "claimed", "claims", "claiming", "stated", "states", "put", "puts",
    "putting", "confirmed", "confirms", "added", "adds", "adding", "recorded", "records", "counted", "registered",
    "noted", "wrote", "posted", "tweeted", "warned", "explained", "declared", "found",
    # a press briefing's: "..., OCHA Spokesperson Jens Laerke underscored today", "It informs that nearly 12,800"
    "underscored", "stressed", "emphasised", "emphasized", "highlighted", "informed", "informs", "indicated",
    # one who passes on another's words: "Zabihullah Mujahid ... quoted a spokesman ... as saying that 2,053"
    "quoted",
    # a monitor's: "Although IOM identified 24,822 undocumented Afghan returnees", "the UN has documented 300"
    "identified", "documented", "verified",
    # a body's list or count: "the Health Ministry published a list of 152 casualties"
    "published",
    # an official's reading of the data: "Kubo concluded that the current number of missing girls is 219"
    "concluded",
    # "President Miguel de la Madrid had spoken of 3,000 confirmed dead"; "officials would confirm only 13"
    "spoken of", "spoke of", "confirm",
    # an account: "Refugee Angele Barbaranburu described how soldiers made her and nine children lie down"
    "described",
    "point out", "points out", "pointed out",
    # a plural subject's estimate, in the present: "Relief officials estimate there are at least 800,000" (C71)
    "estimate",
    # C102: "The Ugandan Police report that three people are dead", "the Nigerian Red Cross ... disclosed that 161
    # deaths were recorded", "the Observer Uganda has suggested that the figure is 19"
    "report", "disclosed", "discloses", "suggested", "suggests", "revealed", "reveals",
)
# Words after a number that make it a duration, an age, a distance or a time, never a figure of the event.
DURATIONS = ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
             "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries")
DISTANCES = ("miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "m",
             "feet", "ft")
# Currency signs before a number, as the unit a brief gives money in: "$10.3 billion", "£4bn", "US$ 250 million".
CURRENCIES = {"US$": "US$", "$": "US$", "£": "£", "€": "€", "Rs": "Rs", "Rs.": "Rs", "₹": "Rs", "PKR": "Rs",
              "INR": "Rs"}
# U97: any ISO 4217 code (CLDR's, through Babel) and a few local signs before a number are money in that currency
# ("KES 2 billion", "over VNĐ7 billion (US$283,880)"); not the codes that are English words in capitals ("ALL").
CURRENCIES |= {code: code for code in list_currencies() if code not in ("ALL", "BOB", "CUP", "MAD", "MOP", "SOS", "TOP",
                                                                        "TRY")}
CURRENCIES |= {"VNĐ": "VND", "₫": "VND", "KSh": "KES", "Ksh": "KES", "₦": "NGN", "₱": "PHP", "Tk": "BDT"}
# Signs of letters that a number may follow with no space, as money: "VNĐ7 billion", "KSh2 billion", "Rs5 lakh".
GLUED_CURRENCIES = ("VNĐ", "KSh", "Ksh", "Rs", "Tk")
# Days of the week: never a speaker (Q93), a given name only where the surname speaks alone (P148).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Months, for a day of the month ("on May 26", "since 24 March"), which is a date, never a figure.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.")
# Fractions a number may be written with: "a quarter of a million" (250,000), "half a million", "a quarter of the
# city" (25%), "half of the population" (50%).
FRACTIONS = {"a quarter": 0.25, "a third": 1 / 3, "half": 0.5, "a half": 0.5, "three quarters": 0.75,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "three-quarters": 0.75, "one-third": 1 / 3, "one-quarter": 0.25}
# Words that make a capitalised name a body (an organisation, a government, an office), not a person.
BODY_WORDS = (
    "Union", "Office", "Organization", "Organisation", "Ministry", "Council", "Agency", "Nations", "Programme",
    "Program", "Fund", "Crescent", "Cross", "Committee", "Government", "Department", "Bureau", "Authority",
    "Institute", "Commission", "Service", "Services", "Forces", "Army", "Police", "Party", "Bank", "Centre",
    "Center", "Court", "Parliament", "Assembly", "Association", "Federation", "Foundation", "Group", "Network",
    "Alliance", "Coalition", "Movement", "Front", "Agency", "Administration", "Press", "News", "Times", "Post",
    "Company", "Corporation", "Reuters", "AFP", "AP", "BBC", "UN", "U.N.", "WHO", "UNICEF", "Hospital", "University",
    "School", "Camp", "Health", "Relief", "Programme", "Secretariat", "Mission", "Observatory", "Watch",
)
# Nouns a body is named by in lower case after whose it is: "Sudan's foreign ministry", "the UN refugee agency".
BODY_NOUNS = ("agency", "ministry", "government", "army", "office", "police", "military", "council", "authorities",
              "forces", "mission", "embassy", "administration", "junta", "command", "department", "commission",
              "opposition")  # 'Zimbabwe's opposition says the government is "waging war"'
# Nouns that describe a speaker as a publication, never a person "he" or "she" could stand for: "the ... news
# magazine Caijing said".
MEDIA_NOUNS = ("magazine", "newspaper", "daily", "weekly", "broadcaster", "television", "channel", "radio", "website",
               "tabloid", "station", "wire", "outlet")
# Nouns that stand for the body last named, as "he" for a person: "the agency said", "the paramilitary group said".
BODY_REFERENCES = ("agency", "group", "organisation", "organization", "ministry", "army", "militia", "paramilitary",
                   "paramilitaries", "charity", "movement", "body", "office", "programme", "fund", "council",
                   "rebels", "junta", "coalition", "alliance", "party", "union", "committee", "commission",
                   "network", "ministry", "institute", "authority", "service", "department")  # "the network said"
# Capitalised words that never begin or belong to a person's name: storms, places' kinds, months, days.
NOT_PEOPLE = (
    "Cyclone", "Hurricane", "Storm", "Tropical", "Typhoon", "Mount", "River", "Lake", "Sea", "Ocean", "Valley",
    "Province", "Region", "District", "Island", "Islands", "Street", "Road", "City", "North", "South", "East",
    "West", "Northern", "Southern", "Eastern", "Western", "Central", "Republic", "Kingdom", "State", "States",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Africa", "Europe", "Asia", "America", "Middle", "Horn", "Gulf", "International", "National", "Democratic",
    # P150: a building's or a place of worship's name is no one's: "St. Francis Catholic Church, Owaluwa, Owo"
    "Church", "Cathedral", "Mosque", "Chapel", "Temple", "Stadium", "Airport", "Mall", "Market",
)
# Capitalised words that begin a sentence, not a name: "The", "But", "In".
SENTENCE_WORDS = (
    "The", "A", "An", "But", "And", "In", "On", "At", "As", "For", "From", "With", "After", "Before", "Since",
    "While", "When", "Where", "If", "Of", "To", "By", "It", "This", "That", "These", "Those", "There", "He",
    "She", "They", "We", "I", "Many", "Most", "Some", "Meanwhile", "Amid", "Among", "According", "Citing",
    "Supporters", "Both", "Each", "All", "Initial", "Those", "Aid", "Teams", "Residents", "Officials",
    "Here", "However", "Separately",  # "Here, BBC contributors say ..." is no one called Here
)
# Words that open a sentence's count, no one who claims it (C101): "Total reported injured stood at 742".
COUNT_OPENERS = ("Total", "Overall", "Altogether", "Cumulative", "Combined", "Cumulatively", "Unconfirmed",
                 "Unofficial", "Preliminary")
# Abbreviated titles, as the word "the ..." refers back with: "Florida Gov. Ron DeSantis" ... "the governor added".
TITLE_ABBREVIATIONS = {"gov.": "governor", "gov": "governor", "sen.": "senator", "rep.": "representative",
                       "gen.": "general", "gen": "general", "col.": "colonel", "col": "colonel", "lt.": "lieutenant",
                       "maj.": "major", "capt.": "captain", "sgt.": "sergeant", "supt.": "superintendent",
                       "amb.": "ambassador", "prof.": "professor", "dr.": "doctor", "cs": "cabinet secretary"}
# Short forms a speaker is given by ("the PM said"), as the title they stand for.
ROLE_SHORT = {"pm": "prime minister", "the pm": "prime minister", "the president": "president",
              "the minister": "minister", "the mayor": "mayor", "the governor": "governor", "the cs": "cs",
              "cs": "cs", "the prefect": "prefect"}
# Nouns for words someone said, that "by X:" gives the speaker of: 'the most chilling observation ..., made by
# Vivek Srivastav, district superintendent of police, Kutch: "..."'.
UTTERANCE_NOUNS = ("observation", "remark", "comment", "words", "warning", "message", "appeal", "plea", "reply",
                   "answer", "response", "verdict", "assessment", "description")
# What a body says things in: "the OCHA report said" is OCHA's words.
STATEMENT_NOUNS = ("report", "statement", "post", "video", "tweet", "release", "bulletin", "update", "figures",
                   "data", "estimates", "tally", "tallies", "count")
# Verbs of harm a count follows without a noun: "killed 1,200", "injured more than 2,400".
HARM_VERBS = ("killed", "killing", "kills", "kill", "injured", "injuring", "wounded", "wounding", "displaced",
              "displacing", "displaces", "left", "leaving", "affected", "affecting", "arrested", "detained")
# Nouns one thing is counted by: "one death", "one body", "at least one person died" ("one" alone is no number).
ONE_OF = ("death", "person", "body", "case", "child", "civilian", "man", "woman", "soldier", "fatality", "casualty",
          "house", "home", "child", "worker",  # "and one health worker who managed him" (U49)
          "gunman", "attacker", "assailant", "bomber",  # U98: "at least one gunman opened fire", "One attacker"
          "firefighter", "policeman", "police officer", "officer", "baby", "student", "teacher", "journalist",
          "patient", "migrant", "pilgrim", "tourist", "passenger", "victim", "rescuer", "volunteer")  # U98: "One
# firefighter died" (not those a speaker is described by: "One villager from Ambiki ... told", "one survivor said")
# Participles a count stands before without a noun: "584 injured", "37 missing", "19,000 displaced", "77,006
# damaged".
PARTICIPLES = ("injured", "wounded", "missing", "displaced", "dead", "killed", "affected", "arrested", "detained",
               "evacuated", "rescued", "homeless", "hospitalised", "hospitalized", "damaged", "destroyed",
               "driven",  # "250,000 driven from their homes" (U25)
               "hurt",  # "40,000 to 45,000 people were killed and that 12,000 were hurt" (U41)
               "slaughtered", "massacred", "murdered", "abducted", "kidnapped", "trapped", "stranded")  # U92: "a
# family of nine slaughtered in Sidi Rais"
# Words that end in "s" after a number but count nothing: "increased to 128 as of late Monday".
NOT_PLURALS = ("as", "is", "was", "has", "its", "his", "this", "thus", "us", "plus", "less", "unless", "across",
               "whereas", "perhaps", "always", "towards", "afterwards", "besides", "yes",
               "news")  # U87: "20 wounded, Somali news agency Shabelle reported"
# Words that say what a figure counts, for telling rival figures of several sources apart from figures of other
# things: "120 people were killed" and "a death toll of 300" both count the killed.
KIND_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
    "fatalities": "killed", "bodies": "killed", "wounded": "wounded", "injured": "wounded", "injuries": "wounded",
    "missing": "missing", "displaced": "displaced", "fled": "displaced", "homeless": "displaced",
    "refugees": "displaced", "evacuated": "evacuated", "affected": "affected", "cases": "cases",
    "arrested": "arrested", "detained": "arrested",
}
# Small words that may stand inside a body's full name, between its capitalised words: "Office for the
# Coordination of Humanitarian Affairs (OCHA)" (`verify` reads an article's own "Full Name (ACRONYM)").
NAME_JOINERS = ("of", "for", "the", "and", "on", "in", "to", "de", "des", "du", "la", "le", "&")
# Surnames that are also words that begin English sentences, so that a name with one is not taken for a sentence's
# start when an apposition or a verb of saying follows it: "He Biao, the director of the Aba Disaster Relief
# headquarters, said" (Chinese), "An Sang-soo told" (Korean).
SURNAMES_LIKE_WORDS = ("He", "An")
# Nouns that end in "-ly" like an adverb, which a speaker's subject may end with: "the family said", "the daily said".
NOUNS_IN_LY = ("family", "ally", "assembly", "rally", "supply", "anomaly", "monopoly", "daily", "weekly", "monthly",
               "quarterly", "fortnightly", "bully", "belly", "folly", "lily", "jelly", "homily", "reply", "Sally",
               "Emily", "Kelly", "Molly", "Holly", "Polly", "Beverly", "Shelly", "Ely", "Italy")
# Titles that are also part of a name, after a given name: "Amina Sheikh Mohamed" (Somali and Arab names), where they
# are no title of the name after them.
TITLES_IN_NAMES = ("Sheikh",)
# Nouns for a private person that a definite description refers back with, to the one person of that kind named
# before ("Youssef Hamza ... '"...," the 65-year-old Palestinian refugee recalls'; "the distressed father told the
# governor"): kin, and what someone is in the event, never a title (a title is matched by the person's own).
PERSON_NOUNS = ("refugee", "survivor", "farmer", "villager", "resident", "father", "mother", "widow", "widower",
                "man", "woman", "boy", "girl", "son", "daughter", "husband", "wife", "brother", "sister",
                "grandfather", "grandmother", "teenager", "mourner", "fisherman", "shopkeeper",
                "trader", "pensioner", "housewife", "labourer", "laborer", "herder", "student")
# Words that open a clause and describe no one, before a name (P120: "..., iron merchant Julien Louis said" is a
# description; ", and then Julien Louis said" is not one).
CLAUSE_WORDS = ("and", "but", "or", "then", "as", "while", "when", "so", "yet", "also", "now", "later", "meanwhile",
                "where", "after", "before", "because", "if", "since", "though", "although", "with", "without",
                "in", "on", "at", "of", "for", "to", "by", "from", "said", "says", "told", "that", "which", "who",
                "according", "including", "like", "than")
# The kinds of storm, before a storm's name in marks, which is no one's words (Q82: "The cyclone called 'SIDR'").
STORM_WORDS = ("cyclone", "hurricane", "typhoon", "storm", "tropical storm", "depression", "super typhoon")
# Acronyms of bodies and countries that a capitalised word may follow, which are no one's initials (P123: "S.M.
# Ashrafuzzaman" and "OB Sisay" are people; "UN Women", "DR Congo" are not).
ACRONYMS_BEFORE_NAMES = ("UN", "EU", "US", "UK", "AU", "DR", "AP", "TV", "EC", "UAE", "U.N.", "U.S.", "U.K.", "E.U.")
# A length after a number, and the word it is written with (U43): "15 feet deep", "a 23-foothigh tidal wave".
LENGTHS = {"feet": "feet", "foot": "feet", "ft": "feet", "inches": "inches", "inch": "inches", "metres": "metres",
           "meters": "metres", "metre": "metres", "meter": "metres", "m": "metres", "cm": "cm", "centimetres": "cm",
           "centimeters": "cm", "miles": "miles", "mile": "miles", "kilometres": "km", "kilometers": "km",
           "kilometre": "km", "kilometer": "km", "km": "km"}
# What water, mud or a wave is measured by, so that a length near one of them is a height or depth of the event, not
# an altitude or a distance (U43): "the mud was 15 feet deep", "The river was about 3 miles (5 km) wide".
WATERS = ("water", "waters", "floodwater", "floodwaters", "flood", "floods", "flooding", "mud", "mudslide", "wave",
          "waves", "tide", "surge", "river", "rivers", "snow", "lava", "ash", "tsunami")
# A quake's focus and an eruption's column, whose depth or height near them is a measure of the event (U90): "The
# epicentre was located at a depth of 40 km", "the height of the eruption column reached 1.5 km".
QUAKE_AND_ERUPTION = ("epicentre", "epicenter", "hypocentre", "hypocenter", "focus", "eruption", "column", "plume")
# Adverbs of how badly, after a part of a count of the wounded: "eight soldiers wounded, two seriously" (U44).
SEVERITY = ("seriously", "critically", "severely", "gravely", "badly", "slightly", "lightly", "fatally")
# Superlatives after a number, which pick things by rank, never count the event's (F48): "Mexico City's five largest
# cemeteries".
SUPERLATIVES = ("largest", "biggest", "smallest", "worst", "best", "hardest", "highest", "lowest", "deadliest",
                "poorest", "richest", "oldest", "busiest", "main", "leading")
# Currencies by name after an amount, whose conversion in brackets is no figure of its own (F45): "about 5bn
# Pakistani rupees ($59m £38m)".
CURRENCY_NAMES = ("rupees", "dollars", "euros", "pounds", "shillings", "francs", "naira", "yuan", "rand", "lira",
                  "dinars", "riyals", "pesos", "kwacha", "birr", "taka", "afghanis", "cedis", "leones", "gourdes")
# Parts a plan or an operation is done in, which a number before them counts, never the event's (F50): "a
# repatriation plan in three phases".
STAGES = ("phases", "stages", "rounds", "parts", "batches", "instalments", "installments", "steps", "shifts")
# A person's own family and companions, whose number counts no one of the event (F81): "a nurse with four kids of her
# own", "who has four children", "his grandmother, sister and three nieces", "Shokrollah Abbasi and three
# colleagues".
KIN = ("children", "kids", "sons", "daughters", "brothers", "sisters", "nieces", "nephews", "grandchildren",
       "grandsons", "granddaughters", "cousins", "siblings", "wives", "colleagues", "friends", "companions")
KIN_ONE = ("wife", "husband", "son", "daughter", "sister", "brother", "mother", "father", "grandmother",
           "grandfather", "niece", "nephew", "uncle", "aunt", "cousin", "grandson", "granddaughter", "parents")
# Units of a government that the article may name by their domain, in lower case: "the health ministry", "the
# ministry of health", "the interior department" (Q41: the body so named, not the last body the article named).
GOVERNMENT_UNITS = ("ministry", "department")
# Bodies of a state that the article may name by what they are alone, in lower case: "the army said", "the police
# said in a statement" (Q49: the body so named, or the one the article named with that word; never another body).
STATE_BODIES = ("army", "military", "police", "government", "junta", "presidency")  # Q99: "the presidency said"
# A state's people spoken of together, after its demonym (Q83: "Mauritanian officials deny that ...", "Kenyan police").
STATE_COLLECTIVES = ("officials", "authorities", "police", "forces", "troops", "army", "military", "government")
# Kin by which an article names someone before their one name (P91): "Elda's son Elkin had rushed home".
KIN_NOUNS = ("son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "grandson",
             "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "nephew", "niece", "cousin", "widow")
# How someone spoke or looked when quoted, no role of theirs (Q70): "Mariama Dalanda, in tears, told AFP", "found
# trapped under a wardrobe, blinking and mumbling".
MANNER_WORDS = ("in tears", "blinking", "mumbling", "weeping", "sobbing", "crying", "smiling", "laughing", "shaking",
                "trembling", "sighing", "shouting", "whispering", "visibly", "choking back tears",
                "fighting back tears")
# Words of degree before how someone spoke, which is still no role (Q85: "said writer Rania Abu Al-Anin, almost in
# tears").
DEGREE_WORDS = ("almost", "nearly", "close to", "near", "often", "at times", "sometimes", "still")
