"""Who claims a draft's figures (draft_figures.py): the claimant each sentence names for its numbers, read
sentence after sentence so that "he", "it" and "the agency" stand for someone named before. The rules (each with a
real line in tests/test_draft.py or tests/test_draft_figures.py):

- C1 'according to X' (a body, or "government figures", "official figures updated late on Sunday");
- C2 '..., X said.' / '..., said X.' at the sentence's end ("officials said", "residents said");
- C3 'X said/told AFP/estimated (that) ...' as the subject of the sentence or of a clause ("authorities have
  reported", "Modu Mohammed, a resident, said", "with officials claiming", "Zahra Benbrik, 62, who said"): the
  numbers after it only;
- C5 'confirmed by X' (a passive's agent: "was confirmed by ... Cellou Dalein Diallo, adding that 15 ..."), also
  "advanced", "provided", "published" by, a day between, and an agent in lower case ("the provisional estimate of
  20 000 dead and 30 000 injured advanced by ministry officials");
- C6 who the claimant is: "he" or "she" is the person last named, "it" the body that last claimed something,
  a surname or "Mr X" the full name the article gives ("Masebo" -> "Sylvia Masebo"), a title the person the
  article gives it ("According to the CS" -> "Kithure Kindiki");
- C7 a headline's claimant after a colon or a dash at its end ("... in three months: IOM", "... protests – KNCHR");
- C8 a sentence that opens with a conjunction keeps its claimant ("But the United Nations Office ... put the toll
  at 100", "Although IOM identified 24,822"); "quoted X as saying", "identified", "documented" claim (words/en.py);
- C9 "states", "reports", "records" after a name are nouns, not claims, when a comma or a verb follows ("in Baidoa
  and Galmudug states, and another 150", "Field reports indicate that");
- C11 "estimates from India that 2.7 million ...": the estimates are the claimant;
- C12 "Key findings of the organisation’s Quarterly Flow Monitoring ..., released on Wednesday, showed that 11,397":
  the body whose findings, figures or data show the numbers;
- C13 a sentence that names nobody and goes on with "had also", "were also" is the claim of the sentence before,
  if that one named a claimant ("..., Grandi said." "More than 3.5 million Afghans had also been displaced"), when
  a count stands before "also", not one who acts again ("Pakistan has also barred aid agencies from helping the
  80,000 Afghans here");
- C15 how a claimant is written: not a preposition ("said in a statement"), a titled name that ends the sentence
  ("..., national news agency AntaraNews reported."), a broadcaster, "citing" after the verb ("the Al Arabiya
  television channel said on Saturday citing ..."), whom a spokesperson speaks for, a name in brackets after a
  body's, "Some government officials", "according to provincial government spokesman Asadollah Iranmanesh", a
  clause after "after" ("just hours after she on Sunday said that"), "published" a list; "the Health Ministry" is
  the fuller name given before ("the Lebanese Health Ministry"), "the agency" the name written with that noun
  ("Haiti’s Civil Protection agency");
- C16 a sentence that names nobody goes on with the claim of the one before when it opens with "In addition," or
  breaks down a number given before ("Out of the 2,189 people known dead so far, 1,832 were in the South"), or
  its subject is what that claimant gave ("The information also indicates that there have been 28"), or "They",
  the people it counted ("BNGRC also reports nearly 62 000 have been displaced ..." "They remain displaced in 99
  temporary accommodation sites.");
- C17 a place is no claimant ("Uasin Gishu reported 4 fatalies"): its count, and a sentence whose subject is a
  place with a count ("Kisumu had 2 deaths"), go on with the claim of the sentence before (only with the
  article's country, where the gazetteer can tell a place);
- C18 an attribution that ends the sentence (", Mr Serhan Aktoprak, ..., said in an e-mail statement.") claims
  all of it, a "The officials said" inside it too;
- C19 a title, then the name in apposition, is the named person's claim ("The WFP spokeswoman, Brenda Barton,
  said"); a word that begins a clause ("although", "because") is no word of a claimant ("although relief officials");
- C20 a statement's noun alone ("The report said that a total of 91,770 people have been infected") is the
  claimant that issued it, the one last named ("Haiti's Health Ministry said in a report Monday");
- C21 figures that show it at the end of a sentence ("..., which left more than 320 dead, police figures show.");
- C22 a sentence that names nobody for its deaths takes the claimant of the next one, when that one opens with
  the toll and who gave it and gives no number ("Eighteen people were killed and more than 800 wounded ..." "The
  death toll given on Sunday by Erawan Medical Centre rose during the night"): its deaths only, not the wounded;
- C23 reported speech goes on in its paragraph: a sentence that names nobody after one that says "X said that
  ..." is X's ("A UNHCR spokesperson said that in the villages closer to Gori, most residents appear to have
  returned. In the Karaleti area, ..., up to 80 percent of the population has gone back."), not after "X said that
  figure only covered ...", where "that" is no conjunction; and on to the paragraph's end ("... For example in
  Kitsnisi, less than ten per cent of villagers have come back so far.");
- C24 a name in apposition to any noun is the claimant ("another parent, Pogu Yaga, told the governor that 450"; "A
  local association, the Development Committee of Bamenyam, said three"), and a title's name may have one too
  ("Daniel's brother Ekoda, who was outside the house, said he saw seven");
  people in the plural name no one but are the claimant all the same ("According to the parents, no fewer than");
- C25 two claimants joined by "and" are one ("Government and relief officials said", "According to refugees and
  Rwandan border troops", "An unofficial tally from politicians and officials in three east coast districts
  indicated"), and a number in a claimant's words counts nothing ("three east coast districts");
- C26 "the officials said" are the ones named before with a name of whose ("Jordanian officials said");
- C27 the number's own clause names who gave it ("the 1,840 dead that Deputy Interior Minister Fernando Perez
  Correa reported"; "Mexico City police reports of up to 6,800 dead"), and "claims", "reports" before a verb in
  the past are nouns ("The government claims contradicted", C9);
- C28 a passive quotation ("the capital police department had been quoted ... as having announced 4,800 dead"),
  a clause after "because", "de la" in a name, "had spoken of", a modal ("officials would confirm only 13");
- C29 a verb before the claiming one, of the same subject ("Hector Ochoa on Friday denied that ... and said his
  last official announcement Wednesday was of 2,822 dead");
- C27 also a body that "released a death toll of 25,000" ("The Iranian mission to the United Nations", a mission
  and a place it is "to"); C19 also a name "identified only as" ("The commander, identified only as Gen. Naderian,
  said 6,000"); C17 a titled name is a person's, though a town bear it ("President Miguel de la Madrid"); a clause
  begins after a quotation that ends a sentence with no space after it, as paragraphs run together ('towns."Yugoslav
  radio quoted sources ... as saying 50,000').

- C40 a time that opens a sentence is no claimant ("Earlier Monday, the government ..."), and a participle of
  claiming after a clause is the claim of that clause's subject ("the government raised the death toll ..., saying
  that almost 4,000 people were killed");
- C41 who sets, raises or revises a toll gives it, and what it takes it to later in the sentence ("the government
  set the death toll at 351 before increasing it Monday to 3,939"; "The Mexican government raised its official
  death toll to 3,000");
- C42 "These included 225 children and 69 women" goes on with the claim of the sentence before (C16);
- C43 a claimant may say where it is twice ("officials in the Hamas-run Health Ministry in the enclave said"), not
  after "and" ("politicians and officials in three east coast districts", C25), nor past a number;
- C44 a body in lower case may have three words before its noun ("China's top economic planning body said"), but a
  noun alone that is a thing counted is no claimant ("A body found in the river");
- C45 what someone describes or calls a thing is their claim, to the sentence's end ("police opened fire on what
  Burma Radio describe as a crowd of 5,000 people ..., killing 31 people and wounding 37");
- C46 a claimant's "claims" or "estimates" as a noun, with what they claim after "that" ("lent credence to
  government claims that the death toll ... was much lower than announced, perhaps as low as 3,400 people");
- C47 a title of up to four words, and where the person is between the name and the verb ("while regional
  emergency services chief Aristides Mussio in the hardest hit area of Pisco said"); "del" in a name ("Jorge del
  Castillo");
- C48 reports that reached someone are the claimant, "here" being where the dateline is ("More than 10,000
  people were killed ..., according to reports reaching diplomats here");
- C49 reported speech (C23) may say when it was said before "that" ("Prime Minister Dickon Mitchell said on Tuesday
  that at least three people were killed");
- C50 a sentence that names nobody and has no verb of claiming is the claim of the next sentence of its paragraph,
  if that one ends with who said it ("In June and July, 20 000 people returned to Mogadishu but nearly 21 000 people
  left. About 10 000 people fled the city in the last week, the UN said."), not if it names a claimant the draft
  cannot take ("Initial estimates put the number of those killed at 20 people") or a witness ("AFP saw them
  recover one body from the ruins of a house");
- C51 what was given, released, issued or provided by someone (C5) is their claim only if it is a toll or figures
  ("the death toll given on Sunday by Erawan Medical Centre"), not what they handed out ("250 000 doses issued by
  the Federal Ministry of Health");
- C52 a body's name may list what it is for, the last after "and", and who speaks for it comes before where they
  are from ("Officials from Liberia's Ministry of Information, Cultural Affairs, and Tourism confirmed today that
  two people had tested positive"), not "Tourism";
- C53 a news agency that reports at the sentence's end what its subject said relays the subject's claim ("The
  state radio station ... said 2,879 more people are unaccounted for ..., the AP reported"); what nobody else said
  in the sentence stays the agency's (words/en.py: NEWS_AGENCIES);
- C54 a claimant at two places joined by "and" is the head before them ("Health authorities at the district
  hospital in Churachandpur and the Jawaharlal Nehru Institute ... told Scroll that they had received two bodies");
- C60 websites and the opposition claim as the article words them ("Opposition websites said eight people were
  killed", "the opposition says more than 70"; words/en.py: CLAIMANT_NOUNS);
- C61 'according to' a name after whose it is and what it is, in lower case: "according to Iranian state-run Press
  TV" is Press TV (draft_who.py).
- C70 two claimants joined by "and", the first a noun in lower case with a word before it (C25): "the fire department
  and municipal officials said" (draft_who.py's JOINED);
- C71 a plural subject's estimate in the present claims what follows ("Relief officials estimate there are at least
  800,000 malnourished children"), but "estimate" is a noun before a comma or a verb (C9);
- C72 a UN title of three hyphenated words is no part of the name ("Under-Secretary-General Jan Egeland told a news
  briefing" is Jan Egeland's; words/en.py TITLES).
- C73 two bodies joined by "and", the first with "for the" or "of" in its name and its acronym in brackets ("The UN
  Office for the Coordination of Humanitarian Affairs (OCHA) and the UN Development Programme, meanwhile, put the
  death toll at more than 400"), are one claimant (draft_who.py's JOINED).
- C74 'according to' a broadcaster's reports, as the article words them: "according to official radio reports of
  shootings" is "official radio reports" (draft_who.py).
- C75 a relative clause names who says what its subject did: "Mitch, which officials in Central America said has
  killed at least 9,000 people" is the officials' (draft_who.py), for the numbers after its verb.
- C76 a name in apposition (C24) after a noun phrase of up to five words: "The general manager of the plant,
  Husamettin Danis, said five or six tanks were on fire" (draft_who.py).
- C77 the outlet whose story a sentence opens with: "However, in a developing story on BBC Hausa, about 300 felames
  students were said to have been abducted" is BBC Hausa's (not a day: "in a report on Sunday that") (draft_who.py).
- C78 reported speech (C23) without "that", a clause whose subject is a count: "He also said the number of newly
  reported cases was falling. About 1,000 cases nationwide had been reported so far." is his.
- C80 a place that reports a count claims it when no other's claim before goes on (C17): "From the beginning of the
  outbreak ..., Angola has reported 2954 suspected cases"; "Beijing has reported 862 ..." "..., when Beijing reported
  122 new cases"; not a place where attacks "have claimed about 60 lives".
- C81 a service, hospitals and delegates claim in lower case ("Haiti's civil protection service put the toll in the
  impoverished Caribbean nation at 23 dead"; "Various government-run hospitals in Karachi confirmed that at least 32
  people died"; words/en.py CLAIMANT_NOUNS);
- C82 a small count next to the same in one paragraph, by one claimant, is the next item of a list, not the same
  count said again ("three in hospitals owned by Karachi Municipal Corporation (KMC) and three in other hospitals in
  the city") (draft_merge.py).
- C83 three claimants or more in lower case listed with commas are one ("The interior ministry, a local mayor and
  other local delegates confirmed 42 other deaths across Haiti"), and two joined by "and", the first with a count
  ("Four hospitals and the emergency service in the city informed the SMM that at least 20 people died"), whose
  number counts nothing (C25) (draft_who.py's JOINED).
- C84 "That included" and "Among those cases," go on with the claim of the sentence before, as "These included"
  does (C42): "That included a group of 24 people killed in the coastal town of Roche-a-Bateau" (words/en.py GOING_ON).
- C85 a comma between a ministry's, an office's or an agency's name and "has reported" ("From the beginning of the
  outbreak on 9 April 2016 to 8 June 2016, the Ministry of Health of Uganda, has reported 68 suspected cases")
  (draft_who.py).
- C87 figures released by a body in lower case, "and" in its name, before the sentence's verb ("provisional figures
  released by the food and disaster management ministry said, confirmed at least 223 deaths"), not when (draft_who.py).
- C88 "as per", as South Asian and Latin American English writes "according to", also of an update or figures: "As
  per the latest update of the Guatemalan military, 95 people, ... had been able to reach the village" (draft_who.py).
- C90 an attribution at the sentence's end to what someone is, then their name in apposition, is the named person's:
  "..., according to the country's Permanent Representative to the United Nations, Ambassador Anwarul Karim
  Chowdhury."; "..., said the governor of the province, Ali Khan."; a role word must come before the comma and the
  name have two words, so a place is none ("according to officials in the north, Kabul Province") (draft_who.py).
- C91 the verb before the claiming one (C29) may be irregular: "Amina Sheikh Mohamed, a nurse, stood in the yard of a
  feeding center and told a visitor that six children had died that day" (words/en.py IRREGULAR_PASTS).
- C92 reports joined to a claimant after "according to" name no one more: "..., killed at least 47 people in the
  region, according to Samoan officials and media reports" is the officials' (draft_who.py).
- C93 how many live where a claimant is is no part of who it is: "Reuters journalists in the city of two million
  reported seeing at least two people shot and wounded" is the journalists'; nor where that place lies (C94: "The
  media in the South Pacific nation north of Australia had previously estimated") (draft_who.py's WHERE_ASIDE).
- C95 "He" or "She" opening a sentence is the person the sentence before opens with, not one named in apposition
  later in it ("Mr Athulathmudali brushed aside a statement by the Indian Prime Minister, Rajiv Gandhi, ..." "He
  said 14 civilians had been reported killed") (draft_claimants.py).

C4 (a number inside a quote is its speaker's) and C10 (a storm's measure is the narrative's) are draft_figures.py's;
the Claimants that C6 resolves a claimant with are draft_claimants.py's, and who a claimant's words stand for
(C6, C15, C20, C26's nobody, C52) is draft_naming.py's. The words are in words/en.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.brief.draft_claimants import Claimants
from briefing.brief.draft_naming import named as _named
from briefing.brief.draft_people import is_body, split_title
from briefing.brief.draft_who import (
    CAPITAL,
    CLAIMANT,
    DATELINE_OUTLET,
    DAY,
    LEAD_TIME,
    NOUN,
    STORM,
    TITLED,
    TRAILING,
    VERBS,
    WHEN,
    WHERE_ASIDE,
    WHERE_IN_THE_COUNTRY,
)
from briefing.brief.words import en

__all__ = ["WHEN", "Claim", "Claimants", "claimant", "claimed", "read_claims"]  # WHEN: draft.py's

_ALSO = re.compile(r"\b(?:had|have|has|were|was|are|is) also\b")


@dataclass(frozen=True)
class Claim:
    rule: str = "F1"
    who: str = ""
    verb: str = ""
    start: int = 0  # the numbers from here on are the claimant's (C3: those after its verb)
    words: tuple[int, int] = (0, 0)  # where the sentence names the claimant: its numbers count no figure (C25)


def read_claims(sentence: str, claimants: Claimants | None = None, at: int = 0) -> list[Claim]:
    """The claims of a sentence of an article read in order (`claimants` remembers the sentences before): those
    it names (`claimed`), else the claim of the sentence before that it goes on with (C13)."""
    claims = claimed(sentence, claimants, at)
    if claimants is None:
        return claims
    also = _ALSO.search(sentence)
    also = also if also and re.search(r"\d", sentence[:also.start()]) else None  # the count goes on, not one who acts
    # again ("Pakistan has also barred aid agencies from helping the 80,000 Afghans here", C13)
    if not claims and claimants.previous and (also or _goes_on(sentence, claimants)):
        claims = [Claim("C13", claimants.previous)]  # "..., Grandi said." "More than 3.5 million Afghans had
        # also been displaced": the sentence goes on with the claim of the one before (C13, C16, C17)
    if not claims and claimants.speech and "\n" not in claimants.people.text[claimants.speech_end:at]:
        claims = [Claim("C23", claimants.speech)]  # "A UNHCR spokesperson said that in the villages closer to Gori,
        # most residents appear to have returned. In the Karaleti area, ... up to 80 percent of the population has
        # gone back.": the reported speech goes on in its paragraph
    speech = next((c for c in claims if c.rule == "C23" or c.rule == "C3" and
                   re.search(rf"\b{re.escape(c.verb)}{DAY} (?:that {_CLAUSE_OPENS}|{_REPORTED_CLAUSE})", sentence)),
                  None) if claims else None  # C78: "He also said the number of newly reported cases was falling."
    # the speech goes on to the paragraph's end: "... up to 80 percent of the population has gone back. Deeper inside
    # the buffer zone the rate of return is considerably lower. For example in Kitsnisi, less than ten per cent"; when
    # it was said may stand before "that" (C49: "Prime Minister Dickon Mitchell said on Tuesday that at least three")
    claimants.speech, claimants.speech_end = (speech.who, at + len(sentence)) if speech else ("", -1)
    if not claims:
        found = _NEXT_SENTENCE.match(claimants.people.text, at + len(sentence))
        after = found["sentence"] if found else ""
        ending = [c for c in claimed(after) if c.rule == "C2" and c.start == 0] if after else []
        if ending and _SAID_AT_END.search(after) and not re.search(rf"\b(?:{VERBS}|{_WITNESSED})\b", sentence):
            # C50: "In June and July, 20 000 people returned to Mogadishu but nearly 21 000 people left. About 10 000
            # people fled the city in the last week, the UN said.": not a sentence that says who claimed what, though
            # it names nobody the draft can tell ("Initial estimates put the number of those killed at 20 people"), or
            # a witness ("AFP saw them recover one body from the ruins of a house. ..., residents said.")
            return [Claim("C50", _named(ending[0].who, claimants, at), ending[0].verb)]
    if not claims:
        toll = _TOLL_GIVEN.match(claimants.people.text, at + len(sentence))
        if toll and not re.search(r"\d", toll[0]):  # C22: "The death toll given on Sunday by Erawan Medical Centre
            # rose during the night" after "Eighteen people were killed": the deaths only (draft_figures.py); the
            # next sentence claims itself
            return [Claim("C22", _named(toll["who"], claimants, toll.start("who")), "given")]
    claimants.previous = claims[-1].who if claims else ""
    if claims:
        claimants.last = claims[-1].who
    return claims


# What opens a clause after "said that": not a noun ("said that figure only covered") (C23).
_CLAUSE_OPENS = (r"(?:the|a|an|in|on|at|by|for|there|it|he|she|they|we|some|most|more|up|over|about|nearly|at least|"
                 r"all|no|only|\d|[A-Z])\b")
# A reported clause without "that", whose subject counts something (C78): "said the number of newly reported cases
# was falling", "said the toll had risen".
_REPORTED_CLAUSE = r"the (?:number|toll|tally|count|total|figure)\b[^.;\"“”]{0,60}? (?:was|were|is|are|had|has)\b"
# A toll that the next sentence says who gave, naming no number of its own (C22).
_TOLL_GIVEN = re.compile(rf"\s*(?:The|the|This|this) (?:death |casualty )?(?:toll|tally|count)\b[^.\n]{{0,40}}? "
                         rf"(?:given|released|issued|reported|compiled|published|provided|announced)(?:{DAY})? by "
                         rf"(?P<who>(?:the )?{CAPITAL}(?:\s+(?:(?:of|for|and|the)\s+){{0,2}}{CAPITAL}){{0,6}})")


_WITNESSED = r"(?:saw|seen|witnessed|observed)"  # who saw it is the source of what they saw (C50)
# The next sentence of the paragraph, and a claim that ends it (C50).
_NEXT_SENTENCE = re.compile(r" *(?P<sentence>[A-Z][^\n]*?[.!?])(?= [A-Z\"“]|\n|$)")
_SAID_AT_END = re.compile(r", (?:the )?[^,]{1,60} (?:said|says|reported)\.$")
_GIVEN = re.compile(rf"(?:The|This|That|These|Those) (?:{'|'.join(en.GIVEN_NOUNS)}) (?:also |further )?[a-z]+s\b")
_BREAKDOWN = re.compile(r"(?:Out of|Of) the \d")  # "Out of the 2,189 people known dead so far, 1,832 were in"
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_PLACE_SUBJECT = re.compile(rf"(?P<place>{_NAME})(?:(?:,| and) {_NAME})*"
                            r" (?:each )?(?:reported|recorded|registered|counted|had|has|have|saw) (?:[a-z]+ ){0,2}\d")


def _goes_on(sentence: str, claimants: Claimants) -> bool:
    """Whether a sentence that names no claimant goes on with the numbers of the sentence before: it opens with
    "In addition," or breaks down a number given before ("Out of the 2,189 people ...") (C16), its subject is what
    that claimant gave ("The information also indicates") (C16), or a place whose count it lists ("Kisumu had 2
    deaths", after "Roseline Odede indicated that ... Nairobi leads ... at 17") (C17)."""
    if sentence.startswith(en.GOING_ON) or _BREAKDOWN.match(sentence) or _GIVEN.match(sentence):
        return True
    place = _PLACE_SUBJECT.match(sentence)
    return place is not None and not is_body(place["place"]) and claimants.is_place(place["place"])


def claimant(sentence: str, claimants: Claimants | None = None, at: int = 0) -> Claim:
    """Whom the sentence attributes its first number to, by which rule and verb ("according to" gives none):
    ("C3", "International Organization for Migration", "estimated"), ("C2", "Adam Rojal", "said"),
    ("C1", "government figures", ""); Claim() (F1) if no one."""
    return next(iter(claimed(sentence, claimants, at)), Claim())


def claimed(sentence: str, claimants: Claimants | None = None, at: int = 0) -> list[Claim]:
    """Each claimant the sentence names, in order of where its claim begins: a whole sentence's (C1, C2, C5)
    at 0, a clause's (C3) after its verb, so that in "X said 190 were killed, while Y reported 20 deaths" the
    20 is Y's."""
    claims: dict[int, Claim] = {}
    outer = len(sentence)  # where an attribution that ends the sentence begins (C18)
    headline = _HEADLINE_CLAIMANT.search(sentence)
    if headline:
        claims[0] = Claim("C7", _named(headline["who"], claimants, at + headline.start("who")), "", 0)
    for rule, pattern in CLAIMANT:
        for found in pattern.finditer(sentence):
            who = re.sub(r"^(?:[Tt]he|[Aa]n?) ", "", DATELINE_OUTLET.sub("", found["who"])).strip()
            who = WHERE_IN_THE_COUNTRY.sub("", who)  # C99
            who = who if re.search(r"(?:\b[A-Z]\.){2,}$", who) else who.rstrip(".")  # "the MSPP.", not "U.N."
            body = re.sub(rf"\s+(?:{'|'.join(en.STATEMENT_NOUNS)})$", "", who)
            if who[:1].isupper() and len(body.split()) > 1:  # "International Organisation for Migration (IOM)
                who = body                                     # figures": the body; "Israeli tallies" stay
            verb = found.groupdict().get("verb") or ""
            named = re.fullmatch(rf",\s*{_IDENTIFIED}(?P<name>(?:[A-Z][a-z]{{1,4}}\. )?{TITLED}),\s*",
                                 sentence[found.end("who"):found.start("verb")]) \
                if verb else None
            if named and who.split()[-1].lower() in _TITLE_NOUNS:  # "The WFP spokeswoman, Brenda Barton, said" (C19)
                who = named["name"]
            if claimants is not None and re.fullmatch(r"[Tt]he [a-z]+", found["who"]) and \
                    claimants.last[:1].isupper() and claimants.last.endswith(" " + who):
                who = claimants.last  # C26: "the officials said" are the "Jordanian officials" who said before
            who = _named(WHERE_ASIDE.sub("", re.sub(r" \([^()]+\)$", "", who)), claimants, at + found.start("who"))
            if re.fullmatch(LEAD_TIME, who) or who.lower() in en.COUNTED_NOUNS or who in en.COUNT_OPENERS or \
                    STORM.match(who):
                continue  # a time ("Earlier Monday, the government ...", C40), a thing counted ("A body found", C44),
                # a word that opens a count ("Total reported injured stood at 742", C101), a storm ("Hurricane Agatha
                # ... has claimed the lives of at least 11 people", C104)
            if claimants is not None and (claimants.previous not in ("", who) or not _REPORTS.search(verb)) and \
                    who[:1].isupper() and not is_body(who) and not split_title(found["who"])[1] and \
                    all(map(claimants.is_place, re.split(r",? and |, ", who))):
                continue  # a place's count, not a claim: "Uasin Gishu reported 4 fatalies" (C17); a titled name is a
                # person's, though a town bear it ("President Miguel de la Madrid had spoken of 3,000", C28); with no
                # claim before to go on with, or the place's own, it reports it (C80: "Angola has reported 2954
                # suspected cases"; "Beijing has reported 862 ..." "..., when Beijing reported 122 new cases"),
                # not when it is where lives were "claimed" ("attacks ... in southern and eastern Lebanon have claimed")
            if verb in _NOUN_VERBS and (_NOUN_AFTER.match(sentence, found.end("verb")) or
                                        re.search(r"(?:\band|,)\s*$", sentence[:found.start("who")])):
                continue  # a plural noun, not a verb: "in Baidoa and Galmudug states, and another 150", "Field
                # reports indicate that", "in southern Tamil Nadu and Andhra Pradesh states and another 1,000" (C9)
            aside = found[0].startswith(", ") and TRAILING.match(sentence, found.end("verb"))
            if rule == "C2" and re.match(r"\.?$", sentence[found.end():]) and found.group(0)[:1] == ",":
                outer = min(outer, found.start())
            start = found.end("verb") if rule in ("C3", "C24", "C28", "C40", "C41", "C45", "C46") and not aside else 0
            if rule == "C27":  # from the number that the clause after it gives, or from "reports of" on
                start = found.start() if found[0][:1].isdigit() else found.end("verb")
            joint = _JOINT.match(sentence[:found.start("who")]) if rule == "C3" else None
            if joint and not re.search(rf"\b{VERBS}\b|\b[a-z]+ed\b", joint["between"]):
                who = _named(joint["head"], claimants, at)  # C54: "Health authorities at the district hospital in
                # Churachandpur and the Jawaharlal Nehru Institute ... told Scroll that": the head of both places
            if who and start not in claims:
                claims[start] = Claim(rule, who, found.groupdict().get("verb") or "", start, found.span("who"))
    relayed = _RELAYED.match(sentence)
    subject = (relayed["who"] or relayed["name"]) if relayed else ""
    if relayed and 0 in claims and claims[0].rule == "C2" and _is_agency(claims[0].who) and \
            relayed.end("verb") < claims[0].words[0] and subject.lower() not in en.NOBODY and \
            not re.search(r" and |\b[a-z]{3,}ed\b", subject):  # a subject, not a clause ("Rain killed ... and the")
        who = _named(subject, claimants, at)  # C53: an agency that reports what someone said relays it: "The state
        # radio station ... said 2,879 more people are unaccounted for in one town, ..., the AP reported."
        claims[0] = Claim("C53", who, relayed["verb"], 0, (0, relayed.start("verb"))) if who else claims[0]
    # C18: an attribution that ends the sentence is the claim of all of it, "Y said" before it included: "The
    # officials said more than 150 houses were buried in the landslide, Mr Serhan Aktoprak, ..., said in an e-mail
    # statement."
    inside = [c for c in claims.values() if any(o.words[0] < c.words[0] and c.words[1] <= o.words[1]
                                                 for o in claims.values())]  # "and officials in three east coast
    # districts" within "politicians and officials in ...": one claimant (C25)
    return sorted((c for c in claims.values() if c not in inside and
                   not (c.rule in ("C3", "C24") and 0 < c.start < outer < len(sentence))), key=lambda c: c.start)


# A claimant at two places joined by "and" before its verb: the head before the first place (C54).
_JOINT = re.compile(rf"(?P<head>(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}{NOUN}) "
                    r"(?P<between>(?:at|in|from) [^.;\"“”\d]*?) and (?:the )?$")
# Who said what a news agency reports at the sentence's end: the sentence's subject and its verb (C53).
_RELAYED = re.compile(r"(?:The (?P<who>[a-z][^,;\"“”\d]{1,90}?)|(?P<name>[A-Z][^,;\"“”\d]{1,90}?)) "
                      r"(?P<verb>said|told|announced|reported)\b")


def _is_agency(who: str) -> bool:
    """Whether a claimant is a news agency, which relays what others say (C53)."""
    return who in en.NEWS_AGENCIES or who.lower().endswith("news agency")


_REPORTS = re.compile(r"\b(?:reported|reports|notified)$")  # what a place that reports a count says (C80)
_TITLE_NOUNS = {title.lower() for title in en.TITLES}  # "spokeswoman" among them
_IDENTIFIED = r"(?:identified (?:only )?as |named )?"  # "The commander, identified only as Gen. Naderian, said" (C19)
_NOUN_VERBS = ("states", "reports", "records", "claims", "estimates", "estimate", "puts")
_NOUN_AFTER = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:indicate|show|suggest|say|said|put|estimate|reveal)(?:s|ed|d)?\b"
                         r"|\s+[a-z]{3,}ed\b")  # "The government claims contradicted Mexico City police reports" (C9)
# A headline's claimant after a colon or a dash at its end: "25,000 Afghans returned home in three months: IOM",
# "At least 39 people killed during anti-Finance Bill protests – KNCHR" (C7).
_HEADLINE_CLAIMANT = re.compile(r"\D(?::| [–—-]) (?P<who>[A-Z][A-Za-z.'’&-]*(?: (?:of |for |the )?[A-Z][A-Za-z.'’&-]*)"
                                r"{0,4})$")
