"""How an article writes who claims a number, as patterns that draft_claims.py's rules (C1-C54) are made of: a
body's or a person's name, a claimant noun in lower case, the verbs of claiming, when it was said, where a claiming
clause begins; and the table of those rules' patterns (CLAIMANT), which draft_claims.py tries on each sentence. The
rules are described in draft_claims.py, the words are in words/en.py."""

from __future__ import annotations

import re

from briefing.brief.words import en

# When something was said or happened, as an article writes it after a verb: "said on Sunday", "in March".
WHEN = (r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:early|mid|late)[- ]\d{4}"
        r"|on (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}"
        r"|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))"
        r"|in (?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r"|last (?:year|month|week)|this (?:year|month|week)|yesterday|in \d{4})\b")
# Who a figure is attributed to: an organisation's name may hold "of", "for", "and" ("International Organization
# for Migration"); an acronym after it in brackets is left out of the claimant. In lower case, only words that
# end in a claimant noun ("officials", "government figures", "security sources"), also after a name ("the Home
# Ministry's disaster-management division").
NOUN = "(?:" + "|".join(sorted(map(re.escape, en.CLAIMANT_NOUNS), key=len, reverse=True)) + ")"
VERBS = "(?:" + "|".join(sorted(en.CLAIM_VERBS, key=len, reverse=True)) + ")"
# A word of a claimant written in lower case: not a verb of claiming, not a word that begins a clause.
CLAUSE_WORDS = "that|while|but|and|as|whereas|with|when|although|though|because|since|after|before|if|yet|so|even"
WORD = rf"(?!{VERBS}\b|(?:{CLAUSE_WORDS})\b)[\w'’-]+"
# "UN", "Kamal", "al-Siwi", "Miguel de la Madrid" (C28)
CAPITAL = r"(?:(?:de la|de los|van der|al|el|del|de|da|van|von|bin|ibn|abu)[- ])?[A-Z][\w'’.&-]*"
PRONOUN = "(?:" + "|".join(p for w in (*en.PERSON_PRONOUNS, "it", "they") for p in (w, w.capitalize())) + ")"
# C25: two claimants joined by "and", the second in lower case: "Government and relief officials said", "United
# Nations and aid agency officials said", "According to refugees and Rwandan border troops".
# C73: the first a body's name with "of" or "for the" and its acronym in brackets ("The UN Office for the Coordination
# of Humanitarian Affairs (OCHA) and the UN Development Programme, meanwhile, put the death toll at more than 400").
_ACRONYMED = r"[A-Z][\w'’-]+(?: (?:(?:of|for)(?: the)? )?[A-Z][\w'’-]+){1,6} \([A-Z]{2,}\)"
# C83: three or more in lower case, listed with commas ("The interior ministry, a local mayor and other local
# delegates confirmed 42 other deaths"), and a count of the first ("Four hospitals and the emergency service in the
# city informed the SMM that at least 20 people died").
_LISTED = rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{WORD}\s+){{0,3}}{NOUN}"
JOINED = (rf"(?:the )?{_ACRONYMED} and (?:the )?{CAPITAL}(?:\s+(?:(?:of|for)\s+)?{CAPITAL}){{0,4}}"
          rf"|(?:the )?(?!{VERBS}\b)[a-z]{{3,}} and (?:{WORD}\s+){{1,2}}{NOUN}\b"  # C100: "the prefectural and city
          # governments"
          rf"|{_LISTED}(?:, {_LISTED})+,? and {_LISTED}\b"
          rf"|(?:the )?(?:{CAPITAL}(?:\s+{CAPITAL}){{0,3}}|[a-z]{{3,}}s|[A-Za-z][a-z]{{2,}} {NOUN}) and (?:the )?"
          rf"(?:(?:{WORD}|{CAPITAL})\s+){{0,3}}{NOUN}\b")
# An acronym in brackets after a body's name, in capitals or mixed case (C106: "(DoH)").
_BRACKETED = r"(?: \([A-Z][A-Za-z]?[A-Z]{1,6}\))?"
WHO = (rf"{JOINED}"
       rf"|(?:the )?{CAPITAL}(?:\s+(?:(?:of|for|and|on|the|in)\s+){{0,2}}{CAPITAL}){{0,7}}{_BRACKETED}"
       rf"(?:(?:\s+(?=[a-z]){WORD}){{0,3}}\s+{NOUN}\b)?"  # C44: "China's top economic planning body"
       rf"|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{WORD}\s+){{0,3}}{NOUN}\b|{PRONOUN}\b")
# A claimant may say where it is or whom it speaks for: "officials at the city's main Nasser Hospital said",
# "authorities in Mozambique", "A spokesperson for Lebanon’s Health Ministry told AFP" (C15), twice: "officials in
# the Hamas-run Health Ministry in the enclave said" (C43).
_WHERE = r"(?:at|from|of|in|with|for|to)"
# A body's name may list what it is for, the last after "and": "Liberia's Ministry of Information, Cultural Affairs,
# and Tourism" (C52).
_NAMES = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
# What a claimant gives as a claim, before "given", "released", "issued", "provided" (C51).
_GIVEN_ONLY = "(?:" + "|".join(f"(?<={noun} )" for noun in en.GIVEN_NOUNS + ("toll", "figure", "estimate",
                                                                            "estimates", "reports")) + ")"
_LINKING = r"(?:to|of|the|an?|in|on|at|by|for|with|from|and|or)"  # words a claimant's name does not begin with
WHO_AT_END = (rf"(?:{WHO})(?: \([^()]{{1,80}}\))?(?: {_WHERE} [^,;\"“”]{{1,40}}?"
              rf"| {_WHERE} (?:(?! and )[^,;\"“”]){{1,40}}? {_WHERE} [^,;\"“”\d]{{1,40}}?"
              rf"| {_WHERE} [^,;\"“”\d]{{1,40}}? of {_NAMES}(?:, {_NAMES})+,? and {_NAMES})?")  # a name
# in brackets after it: "The Office of Risks and Disasters (Bureau National de Gestion ... or BNGRC) reported" (C15)
# "said", "has reported", "officially declared", "told AFP"
CLAIMING = (rf"(?:(?:has|have|had|would|could|will|can|did) )?(?:(?:[a-z]+ly|since|now|also|already|earlier) )?{VERBS}"
            r"(?: [A-Z][A-Za-z]+(?= |,|\.|$))?")  # C102: "The Washington Post and New York Times ... have since said"
DAY = rf"(?:(?: {WHEN}| \w+day| today)(?: (?:morning|afternoon|evening|night))?)?"  # C102: "on Saturday night"
# A time that opens a sentence before its subject, never a claimant: "Earlier Monday, the government ..." (C40).
LEAD_TIME = (r"(?:(?:Earlier|Later|Late|Early) )?(?:on )?"
             r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday)")
# "said in a report last week", "said on Saturday citing the Lebanese Health Ministry" (C15)
AFTER = r"(?:in|on|at|by|from|to|the|during|after|late|early|earlier|last|this|citing|quoting)\b"
PREPOSITION = r"(?:in|on|at|by|from|to|during|after|through|via|citing|quoting)\b"
APPOSITION = (r"(?:, [^,\"“”]{1,90},"  # "Modu Mohammed, a resident, said"
              rf"|, an? [^,;\"“”]{{1,80}}?(?= {VERBS} that\b))?")  # C102: "the Nigerian Red Cross, a
# Non-Governmental Organization in Bokkos disclosed that 161 deaths were recorded": no comma closes it before "that"
# where a claiming clause begins; a sentence may open with a conjunction ("But the United Nations Office ... put
# the toll at 100", "Although IOM identified 24,822") (C8)
START = (r"(?:^(?:(?:But|And|Yet|Although|Though|While|Whereas|However,|Meanwhile,) )?|[,;][\"”]? |[\"”] |[–—-] "
          r"|[.!?][\"”](?=[A-Z])"  # paragraphs run together: 'towns."Yugoslav radio quoted sources ... as saying'



          r"|\bwith |\band |\bwhile |\bbut |\bwhereas |\balthough |\bafter |\bbecause |, as "
          r"|^[A-Z][A-Za-z .'’-]{1,30}: )")  # "hours after she on Sunday said" (C15), "because President Miguel de la
# Madrid had spoken of 3,000" (C28); C102: ", as authorities Sunday evening announced", "Paris: French Interior ..."
# A titled name as a clause's subject: "Monitoring group Plataforma Decide put", "attorney general Tarek Saab said".
# What follows the verb of an attribution that ends its sentence or clause: ", Foro Penal said on X on Monday, with"
TRAILING = re.compile(r"[^,\d\"“”.]{0,60}?(?:,|\.?$)")  # or the sentence's end: "..., national news agency
# AntaraNews reported." (C15)
TITLE_WORD = r"(?!(?:the|of|for|a|an|to|in|on|at|by|from|with|and) )[a-z][\w'’-]*"
TITLED = r"[A-Z][\w'’-]+(?: (?:(?:al|el|del|de)[- ])?[A-Z][\w'’-]+){0,3}"  # "Jorge del Castillo" (C47)
# A body's name, which may hold "of", "for" or "and": "the Development Committee of Bamenyam" (C24).
BODY_NAME = r"[A-Z][\w'’-]+(?: (?:(?:of|for|and|al|el|de)[- ])?(?:the )?[A-Z][\w'’-]+){0,6}"
# C29: a verb before the claiming one, of the same subject: "City police spokesman Hector Ochoa on Friday denied that
# the department had issued those figures and said his last official announcement Wednesday was of 2,822 dead".
# C91: also an irregular one ("Amina Sheikh Mohamed, a nurse, stood in the yard of a feeding center and told a visitor
# that six children had died that day").
FIRST_VERB = (r"(?: (?:[a-z]{3,}ed|" + "|".join(en.IRREGULAR_PASTS) + r")\b[^.;\"“”\d]{0,100}? and)?")
# How many live where a claimant is, which is no part of who it is (C93): "Reuters journalists in the city of two
# million reported seeing at least two people shot and wounded".
_SETTLED = r" (?:in|at) the (?:city|town|nation|country|capital|village|province|region|state) of "
# C94: nor where that place lies: "The media in the South Pacific nation north of Australia had previously estimated
# that the landslide on May 24 had buried more than 300 people" is the media's in the nation.
_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
WHERE_ASIDE = re.compile(rf"{_SETTLED}(?:[\d,.]+|[a-z]+(?:[ -][a-z]+)?)(?: (?:million|thousand|people))$"
                        rf"|{_SETTLED}[\d,.]+$|(?<=[a-z]) {_COMPASS} of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$")
# What a person is, in any case, before their name in apposition (C90): "the governor of the province, Ali Khan".
_ROLE = "(?i:" + "|".join(sorted({re.escape(t.lower().rstrip(".")) for t in en.TITLES if len(t) > 3}, key=len,
                                 reverse=True)) + ")"
# The patterns of draft_claims.py's rules, tried in this order: (rule, pattern with the groups "who" and "verb").
CLAIMANT = [
    # C27: the number's own clause names who gave it: "the 1,840 dead that Deputy Interior Minister Fernando Perez
    # Correa reported Thursday"; "Mexico City police reports of up to 6,800 dead" (from the number on: draft_figures)
    ("C27", re.compile(r"\d[\w,.]* [a-z]+ (?:that|which) (?:the )?(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,6}) "
                       r"(?:had |has )?(?P<verb>reported|announced|gave|given|confirmed|recorded|counted)\b")),
    ("C27", re.compile(rf"\b(?P<who>(?:the )?{CAPITAL}(?: {CAPITAL}){{0,3}} "
                       rf"{NOUN}) (?P<verb>reports|report|estimates|figures) of\b")),
    ("C27", re.compile(rf"{START}(?P<who>{WHO_AT_END}) (?P<verb>released|issued|gave|published) (?:a|an|the|its) "
                       r"(?:[a-z]+ ){0,2}(?:toll|figures?|tally|count|list|estimate) of\b")),  # "The Iranian
    # mission to the United Nations released a death toll of 25,000"
    # C28: a passive quotation: "the capital police department had been quoted in the city's newspaper and radio
    # reports as having announced 4,800 dead"
    ("C28", re.compile(rf"{START}(?P<who>{WHO}) (?:has|have|had|was|were) been quoted\b[^.;]{{0,60}}? as "
                       r"(?:having )?(?P<verb>announced|said|saying|reported|put|given)\b")),
    # C90: an attribution at the sentence's end to what someone is, then their name in apposition: "..., according to
    # the country's Permanent Representative to the United Nations, Ambassador Anwarul Karim Chowdhury."; "..., said
    # the governor of the province, Ali Khan." (the numbers before it are the named person's)
    ("C90", re.compile(r"(?:\b[Aa]ccording to|[,\"”] (?:said|says|told [A-Z]\w+))(?P<verb>) "
                       r"(?:(?:the|an?) (?=[a-z])|(?!(?:the|an?) )(?=[a-z]))"
                       rf"[^,;\"“”\d]{{0,60}}?\b{_ROLE}\b[^,;\"“”\d]{{0,60}}, "
                       r"(?P<who>[A-Z][\w'’-]+(?: (?:(?:al|el|del|de)[- ])?[A-Z][\w'’-]+){1,3})\.?$")),  # a role, then
    # a name of two words or more, not a place ("according to the Health Ministry, Kabul.", "according to officials
    # in the north, Kabul Province.")
    # C88: "as per", as South Asian and Latin American English writes "according to", also of an update or figures:
    # "As per the latest update of the Guatemalan military, 95 people, including soldiers, firemen, and police
    # officers, had been able to reach the village"
    ("C88", re.compile(r"\b[Aa]s per (?:(?:the|a|an|its|their) )?(?:(?:[a-z]+ ){0,2}(?:update|figures|data|report|"
                       rf"bulletin|tally|count|statement|estimates?)s? (?:of|from|by) )?(?P<who>{WHO})(?=[.,;]|$)")),
    # C87: figures released by a body in lower case, whose name may join two words with "and", before the verb of
    # the sentence: "However, provisional figures released by the food and disaster management ministry said,
    # confirmed at least 223 deaths"; when they were released is no part of it ("figures released by the health
    # ministry on Tuesday")
    ("C87", re.compile(r"\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Tt]oll|[Tt]ally|[Nn]umbers) "
                       r"(?:released|published|issued|compiled)"
                       rf"(?:{DAY})? by (?P<who>(?:the )?(?:[a-z][\w'’-]*\s+(?:and\s+)?){{0,4}}{NOUN})(?:{DAY})?"
                       r"(?=[,;.]|$| (?:said|says|confirmed|confirm|showed|shows|show|indicated|indicate|put)\b)")),
    ("C1", re.compile(rf"\b[Aa]ccording to (?:[^,.]{{0,40}}? (?:from|by) )?(?P<who>(?:{WHO})(?: and (?:the |an? )?"
                      rf"(?:{WORD} ){{0,2}}{NOUN})?){_BRACKETED}(?: (?:from|of|for|as of) [^,.;]{{0,30}})?"
                      r"(?: and (?:local |official |news |press |state |media )*reports)?"  # C92
                      r"(?=[.,;]| updated| released|$)")),
    # C92: reports joined to the claimant add no one who can be named: "..., according to Samoan officials and media
    # reports" is the officials'
    # "according to provincial government spokesman Asadollah Iranmanesh": the person after the title, "according
    # to French news agency AFP": the body after what it is (C15)
    ("C1", re.compile(rf"\b[Aa]ccording to (?:the )?(?:[A-Za-z][\w'’-]* ){{0,3}}{NOUN} (?P<who>{TITLED})"
                      r"(?=[.,;]|$)")),
    # C61: a name after whose it is and what it is, in lower case: "according to Iranian state-run Press TV",
    # "according to the pro-government Daily Sabah"
    ("C1", re.compile(rf"\b[Aa]ccording to (?:the )?(?:[A-Z][a-z]+ )?(?:[a-z][\w-]*-[a-z][\w-]* |state |official )"
                      rf"{{1,2}}(?P<who>{CAPITAL}(?: {CAPITAL}){{0,3}})(?=[.,;]|$)")),
    # C77: the outlet whose story a sentence opens with: "However, in a developing story on BBC Hausa, about 300
    # felames students were said to have been abducted" (not a day: "in a report on Sunday that")
    ("C1", re.compile(r"\b[Ii]n an? (?:[a-z]+ )?(?:story|report|article|broadcast) (?:on|by|from) "
                      rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<who>{CAPITAL}(?: {CAPITAL}){{0,3}}),")),
    # C74: a broadcaster's reports, as the article words them: "according to official radio reports of shootings"
    ("C1", re.compile(r"\b[Aa]ccording to (?:the )?(?P<who>(?:[a-z]+ ){0,2}(?:radio|television|TV|press|media) "
                      r"reports)(?= of\b|[.,;]|$)")),
    # C103: reports of a stage, as the article words them: "has claimed the lives of at least 11 people in Oaxaca,
    # while 22 others are missing, according to preliminary reports" (reports alone name no one)
    ("C1", re.compile(r"\b[Aa]ccording to (?:the )?(?P<who>(?:preliminary|initial|early|official|unofficial|latest|"
                      r"local|unconfirmed|first) (?:(?:media|news|press|official) )?reports)(?=[.,;]|$)")),
    # C96: a nation's reports, by its adjective, are its media's: "The death toll in Belgium has risen to at least
    # 11, according to Belgian reports" (reports alone name no one: "according to reports" stays unclaimed)
    ("C1", re.compile(r"\b[Aa]ccording to (?P<who>[A-Z][a-z]+(?:an|ese|ish|i|ic) (?:(?:local|official|news|press|"
                      r"media|radio|television|TV|state) ){0,2}reports)(?=[.,;]|$)")),
    # not "said in a statement" (C15)
    ("C2", re.compile(rf"[,\"”] (?P<verb>said|says|reported) (?!{PREPOSITION})(?P<who>{WHO})(?=[.,;]|$)")),
    ("C2", re.compile(rf"[,\"”] (?P<who>{WHO_AT_END}){APPOSITION} (?:also )?(?P<verb>{CLAIMING})"
                      rf"{DAY}(?: {AFTER}[^,\"“”]{{0,40}})?\.?$")),
    ("C2", re.compile(rf", (?P<who>{WHO}){APPOSITION} (?P<verb>{CLAIMING}){DAY}, ")),  # ", officials said, as"
    # C24: a name in apposition to a common noun is the claimant: "Also commenting, another parent, Pogu Yaga, told
    # the governor that 450 parents ..."
    # C76: five words before the name ("The general manager of the plant, Husamettin Danis, said five or six tanks")
    ("C24", re.compile(rf"{START}(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he) (?:[a-z][\w'’-]* ){{0,4}}?[a-z][\w'’-]*, "
                       rf"(?P<who>(?:the )?{BODY_NAME}),{DAY} (?:also )?(?P<verb>{CLAIMING})(?: that)?(?=[ ,.]|$)")),
    # ", police figures show." at the sentence's end: the figures' owner (C21)
    ("C21", re.compile(r", (?P<who>(?:[\w'’-]+ ){0,3}(?:figures|data|statistics|records|tallies)) "
                       r"(?P<verb>show|shows|showed|indicate|indicated|suggest|suggested)\.?$")),
    # C85: a comma between a body's name and "has reported": "From the beginning of the outbreak on 9 April 2016 to 8
    # June 2016, the Ministry of Health of Uganda, has reported 68 suspected cases"
    ("C3", re.compile(rf"{START}(?P<who>(?:the )?(?:Ministry|Department|Office|Directorate|Institute|Agency|Centre|"
                      rf"Center|Commission|Authority) (?:of|for) {BODY_NAME}), "
                      r"(?P<verb>(?:has|have) (?:reported|confirmed|recorded|notified|announced))\b")),
    ("C3", re.compile(rf"{START}(?P<who>{WHO_AT_END}){APPOSITION}{DAY}{FIRST_VERB} (?:also |later |further )?"
                      rf"(?P<verb>{CLAIMING})"
                      rf"(?:{DAY})?(?: that)?(?=[ ,.]|$)")),
    # C47: a title of up to four words, a place after the name: "while regional emergency services chief Aristides
    # Mussio in the hardest hit area of Pisco said the latest figure he had at his disposal was 437 fatalities"
    ("C3", re.compile(rf"{START}(?:[\w'’-]+ ){{0,3}}{TITLE_WORD} (?P<who>{TITLED})"
                      rf"(?: (?:in|at|from) [^,;\"“”\d]{{1,40}}?)?{APPOSITION}{DAY}{FIRST_VERB}"
                      r" (?:also )?"
                      rf"(?P<verb>{CLAIMING})"
                      r"(?=[ ,.]|$)")),
    # "Zahra Benbrik, 62, who said she had lost"; a name begins at a word ("official Bana Lawan, who said")
    ("C3", re.compile(rf"(?<![\w'’-])(?P<who>{CAPITAL}(?:\s+{CAPITAL}){{0,4}})(?:, \d{{1,3}})?,? "
                      rf"(?:who|which) (?:also )?(?P<verb>{CLAIMING})(?: that)?(?=[ ,.]|$)")),
    # C75: a relative clause's own claimant, of what it says the subject did: "Mitch, which officials in Central
    # America said has killed at least 9,000 people, re-formed" (the numbers after its verb)
    ("C3", re.compile(rf", (?:which|that|who) (?P<who>{WHO_AT_END}) (?P<verb>said|say|says|estimated|estimate|"
                      r"reported|believe|believed)(?= (?:has|have|had|was|were|is|are|killed|left)\b)")),
    ("C12", re.compile(r"\b(?:[Ff]indings|[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]esults) (?:of|from|by) "
                       r"(?P<who>(?:the )?[\w'’-]+(?: (?:of |for )?[A-Z][\w'’-]+){0,5}?)(?:['’]s\b[^,.]{0,90}?)?"
                       r"(?:, [^,]{0,40},)? "
                       r"(?P<verb>showed|shows|show|found|indicated|indicates|revealed|suggested)\b")),
    # C25: a tally of people joined by "and": "An unofficial tally from politicians and officials in three east
    # coast districts indicated 100,000 people had died"
    ("C25", re.compile(rf"\b(?:tally|count|estimate|survey) (?:from|by) (?P<who>{JOINED}(?: (?:at|from|of|in) "
                       r"[^,;\"“”]{1,40}?)?) (?P<verb>indicated|indicates|showed|shows|suggested|suggests)\b")),
    # C97: a toll from whom, in lower case, then what it was: "The previous toll from local authorities was 13 dead and
    # 203 injured" (not "the toll from the earthquake": only a claimant's noun ends it)
    ("C97", re.compile(rf"\b(?:[Tt]oll|[Ff]igures?|[Cc]ount|[Tt]ally|[Ee]stimates?) (?:from|by|of) "
                       rf"(?P<who>(?:the )?(?:{WORD}\s+){{0,3}}{NOUN}) "
                       r"(?:was|were|is|are|stood|stands|rose|reached)\b")),
    # C98: what a count is "based on", a body's report or data: "Almost 480,000 houses were damaged ..., including
    # 148,695 that were totally destroyed, based on the NDRRMC report"; "based on data from the health ministry"
    ("C98", re.compile(rf"\b[Bb]ased on (?:(?:the|its|their) )?(?:(?:latest|official|preliminary|initial|daily) )?"
                       rf"(?:reports?|data|figures|records|statistics|information) (?:from|of|by) "
                       rf"(?P<who>{WHO})(?=[.,;]|$)")),
    ("C98", re.compile(rf"\b[Bb]ased on (?:(?:the|its|their) )?(?P<who>{BODY_NAME})"
                       r"(?:['’]s)? (?:(?:latest|official|daily|situation) )?(?:reports?|data|"
                       rf"figures|records|tally|count|statistics|bulletin|update)(?=[.,;]|$)")),
    ("C11", re.compile(rf"\b(?P<who>(?:estimates|figures|data|reports) (?:from|by) (?:the )?{CAPITAL}"
                       rf"(?:\s+(?:(?:of|for|and|the|in)\s+){{0,2}}{CAPITAL}){{0,5}}) "
                       r"(?:that|show|suggest|report|reports|put|say|said)\b")),  # C106: "Unconfirmed reports from
    # DOH report around 72 deaths"
    # C51: what was given, released, issued or provided by someone is their claim only if it is a toll or figures
    # ("The death toll given on Sunday by Erawan Medical Centre"), not the doses or the aid they gave ("Mass
    # immunization has started with 250 000 doses issued by the Federal Ministry of Health")
    ("C5", re.compile(r"\b(?:confirmed|reported|announced|compiled|recorded|advanced|published|"
                      rf"{_GIVEN_ONLY}(?:given|released|issued|provided))(?:{DAY})? by "
                      rf"(?:[^,;.]*? )??(?P<who>(?:the )?{CAPITAL}(?:\s+(?:(?:of|for|and|on|the|in)\s+){{0,2}}"
                      rf"{CAPITAL}){{0,7}}|(?:the )?(?:{WORD}\s+){{0,2}}{NOUN}){_BRACKETED}(?=[,;.]|$)")),
    # C40: a participle of claiming after a clause takes that clause's subject: "Earlier Monday, the government
    # raised the death toll more than tenfold from an earlier tally, saying that almost 4,000 people were killed"
    ("C40", re.compile(rf"{START}(?:{LEAD_TIME}, )?(?P<who>{WHO_AT_END}) [a-z]{{3,}}ed\b[^.;\"“”\d]{{0,120}}?, "
                       r"(?P<verb>saying|adding|estimating|reporting)\b")),
    # C41: who raises, sets or revises a toll gives it: "At first, the government set the death toll at 351 before
    # increasing it Monday to 3,939"; "The Mexican government raised its official death toll to 3,000"
    ("C41", re.compile(rf"{START}(?:{LEAD_TIME}, )?(?P<who>{WHO_AT_END}){APPOSITION}{DAY} (?:also |later |further )?"
                       r"(?:has |have |had )?(?P<verb>raised|set|revised|lowered|increased|updated|pushed|brought) "
                       r"(?:its|their|the|his|her) (?:[a-z]+ ){0,2}(?:toll|tally|count|number of (?:dead|deaths))\b")),
    # C45: what someone calls it: "police opened fire on what Burma Radio describe as a crowd of 5,000 people ...,
    # killing 31 people and wounding 37"
    ("C45", re.compile(rf"\bwhat (?P<who>{WHO}) (?P<verb>describes?|described|calls?|called|terms?|termed) as\b")),
    # C48: reports that reached someone, where the dateline is: "More than 10,000 people were killed ..., according
    # to reports reaching diplomats here."
    ("C48", re.compile(rf"\b[Aa]ccording to (?P<who>(?:[a-z]+ ){{0,2}}reports (?:reaching|received by|to) (?:the )?"
                       rf"(?:{WORD}\s+){{0,2}}{NOUN})(?: here| there)?(?=[.,;]|$)")),
    # C46: a claimant's claims as a noun, with what they claim after "that": "Reports from cemetery administrators
    # Friday lent credence to government claims that the death toll ... was much lower than announced, perhaps as
    # low as 3,400 people."
    ("C46", re.compile(rf"\b(?P<who>(?:(?!{_LINKING}\b)[a-z]+\s+)?{NOUN}) "
                       r"(?P<verb>claims|estimates|assertions) that\b")),
]


# C99: an outlet's name in capitals and a dash that opens the article is no part of the claimant after it ("SHAFAQNA-
# The health department of Dhi Qar province reported"), nor is where in the country it is ("the health department
# of Dhi Qar province in the south of the country said").
STORM = re.compile(rf"(?:{'|'.join(w.title() for w in en.STORM_WORDS)}) [A-Z]")  # C104
DATELINE_OUTLET = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})*\s?[-–—]\s+")
WHERE_IN_THE_COUNTRY = re.compile(r" in the (?:far )?(?:north|south|east|west|centre|center|north-east|north-west|"
                                  r"south-east|south-west|northeast|northwest|southeast|southwest) of the country$")
