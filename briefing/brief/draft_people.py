"""Who is who in an article, for `briefing draft`: the names of people and bodies as it writes them (a title
split off a name, "Prime Minister Garry Conille", is draft_titles.py's), and a short reference ("Mr Guterres",
"Akimu", "he", "the PM") resolved to the full name the article gives; names in a shape of their own (one word, a
nickname, P2, P3, P10, P15, P90, P91) and what is a body are draft_names.py's. The words are in words/en.py.

- P1 byline: the reporter a byline names ("Rory McCarthy in Jalozai", "Ali Akbar Dareini", "By Tim Johnson") at
  the article's head, before its first sentence, is nobody the article quotes: "he said" is not them.
- P2 one name: a person the article names by one word, as the subject of a clause whose "his" or "her" follows
  ("Abdullah knows his son Waseem's death is only hours away"): "he said" after it is Abdullah.
- P3 a surname that is a sentence's word: "He Biao, the director of the Aba Disaster Relief headquarters in
  northern Sichuan province, said" names He Biao (not "he"), where an apposition or a verb of saying follows.
- P4 a middle initial is part of a name: "said Timothy M. Swarray from the International Islamic Relief
  Organisation" is Timothy M. Swarray, not "Swarray" with a role "Timothy M.".
- P5 a sentence's subject: "Another woman, 36-year-old Izeta Alihodzic, is missing 14 men:" has Izeta Alihodzic
  for its subject (for Q17).
- P6 a title that is also part of a name: "Amina Sheikh Mohamed, a nurse" is Amina Sheikh Mohamed, not "Mohamed"
  titled "Amina Sheikh" ("Sheikh Tamim" keeps its title).
- P7 a body's possessive of several words before a name: "The Australian Geological Survey Organization's Kevin
  McCue said" names Kevin McCue, whom "Mr. McCue" after it stands for.
- P8 one name before a relative clause: "Lily, who went to Denpasar with her family, decided to escape" names a
  person, Lily, whom "she told The Jakarta Post" after it stands for.
- P9 one name after "said" and before an apposition: "..., said Zhuohuaxia, a publicity official with the Tibetan
  Autonomous Prefecture of Yushu." names a person, whom '"...," he said' in the next paragraph stands for.
- P10 a nickname in brackets is part of a name: "Corazon (Cory) Aquino" is one person, whom "Aquino" stands for.
- P11 a title's complement is no person, and may be a list: "Dr Win Myat Aye, Union Minister for Social Welfare,
  Relief and Resettlement, said" names no "Social Welfare" for "he said" to stand for; "Minister for Relief and
  Resettlement Maung Maung Swe" is Maung Maung Swe.
- P12 a sentence's subject with its title before the name, in lower case too: "Police chief Alhaji Lawan Tanko said
  ..." is whom '"...," he said' stands for, a paragraph or two on.
- P13 a title in lower case before its complement, a comma and the name: "The governor of Kinshasa, Bernadin Mungul
  Diaka, said" gives him the title, whom "the governor said" then stands for.
- P14 a publication's name before what it is: "what the Nation daily newspaper headlined ..." is a body that spoke,
  whom "'...,' it said in a front-page commentary" stands for.
- P15 a name after a conjunction that opens a sentence: "But Ali Modu countered:" names Ali Modu (not "But Ali
  Modu", which no one is).
- P42 whom a pronoun stood for: the person '"...," she said' was taken to be is a woman, no one '"...," he said'
  after it stands for (the nurse of an AP report from Baidoa, then "Her father, a farmer ... he said"); what the
  article says of them (draft_gender.py) comes first.
- P80 a publication's name after what it is: "Opposition website Jaras said" is a body, whom "it said" stands for.
- P81 "he" or "she" after a subject of two people ("Barack Obama, and the prime minister, Gordon Brown, have both
  ...") stands for neither for sure: left to the desk.
- P90 the one name a described subject gives ("One villager from Ambiki, who gave his name only as Sanatan, told")
  and P91 one name after a kin noun that opens a clause ("..., Elda's son Elkin had rushed home") are people.
- P92 a surname's particle is part of it: "José Eduardo dos Santos" (not "Santos"), whom "Dos Santos" stands for.
- P93 a title's complement runs to its last place kind or body word: "Deputy Head of Lumajang District Indah
  Amperawati appealed" names Indah Amperawati; P94 "Candipuro Sub-district" (a place's kind) is no person.
- P95 a rank in capitals is no part of a name, and a subject described in lower case then named is that person:
  "The spokesman of the state police command command SP Muhammad Shehu didn't deny ..." is whom "he said" is.
- P120 a name after a description in lower case that opens a clause, before a verb of saying, is its subject: "In
  the Petionville district, iron merchant Julien Louis said he had felt the aftershocks." is whom '"...," he told
  AFP' after it stands for.
- P121 an occupation that opens a sentence is a title (words/en.py): "Sociologist Issouf Bayard ... told IRIN".
- P122 a pronoun that opens a sentence is the last sentence's subject, not someone named or quoted after it in
  that sentence: "Mr Athulathmudali brushed aside a statement by the Indian Prime Minister, Rajiv Gandhi, denouncing
  ... He said 14 civilians had been reported killed" is Athulathmudali's.
- P123 (draft_names.py) initials before a surname name a person, not a body's acronym: "district deputy police chief
  S.M. Ashrafuzzaman told AFP", "OB Sisay", whom "he said" after them stands for ("UN Women" is a body)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.brief import sentences
from briefing.brief.draft_gender import gender
from briefing.brief.draft_names import GAVE_NAME, is_body, one_word_names
from briefing.brief.draft_titles import COMPLEMENT, HONORIFIC, TITLE_WORDS, TITLES, UPPER, split_title
from briefing.brief.words import en

VERB = r"\b(?:" + "|".join(sorted(en.SPEECH_VERBS, key=len, reverse=True)) + r")\b"  # a verb of saying
# A capitalised word of a name: "Kamal al-Siwi", "Marie el-Drese", "U.N.", "Özlem"
# (a middle initial too, before a surname, not a sentence's end: "Timothy M. Swarray", P4)
_NOT_AFTER_INITIAL = "|".join(w for w in en.SENTENCE_WORDS if " " not in w)
WORD = (rf"(?:(?:[A-Z]\.){{2,}}|[A-Z]\.(?= (?!(?:{_NOT_AFTER_INITIAL})\b){UPPER}[a-z])|"
        rf"(?:(?:al|el|de|da|di|du|dos|das|van|von|bin|ibn|abu)[- ])?{UPPER}[\w'’-]*)")  # P92: "dos Santos"
NAME = rf"(?<![\w'’-]){WORD}(?: +(?:(?:of|for|and|on|the|de|la|du|des) +){{0,2}}{WORD}){{0,7}}"  # person or body
# An abbreviated title inside a name's run: "Florida Gov. Ron DeSantis".
_ABBREVIATED = "(?:" + "|".join(re.escape(a.title()) for a in en.TITLE_ABBREVIATIONS if a.endswith(".")) + ")"
_PERSON = re.compile(rf"(?<![\w'’.-])(?:{_ABBREVIATED}|{WORD})(?: (?:{_ABBREVIATED}|{WORD})){{1,7}}(?![\w'’-])")
# P95: a rank in capitals before a given name and a surname ("SP Muhammad Shehu"); a sentence's subject described in
# lower case, then named ("The spokesman of the state police command command SP Muhammad Shehu didn't deny").
_RANK = re.compile(r"[A-Z]{2,4} (?=\S+ \S)")
_DESCRIBED_THEN_NAMED = re.compile(r"(?:^|[.!?][\"”’]?\s|\n)(?:The|A|An) [a-z][a-z ’'-]{0,80}?(?:[A-Z]{2,4} )?$")
# Where a sentence's or a clause's subject begins, or a speaker is named: "..., according to Oleh Synyehubov".
_SUBJECT_START = re.compile(r"(?:^|[.!?]\"? |\n|\" |, |[Aa]ccording to |said |says |\bthat )"
                            r"(?:[Tt]he [\w.-]+['’]s )?$|"  # "The BBC's Rachel Harvey ... she says"
                            rf"{GAVE_NAME}$|(?:[.!?] |\n|, )(?:{UPPER}[a-z]+['’]s|[Hh]is|[Hh]er|[Tt]heir) "
                            rf"(?:{'|'.join(en.KIN_NOUNS)}) $")  # P90 "who gave his name only as", P91 "Elda's son"
_DATELINE = re.compile(rf"(?<![^\n]){WORD}(?: {WORD}){{0,3}}(?:/{WORD}(?: {WORD}){{0,3}})*:")  # at a line's start
# P1: a byline, a paragraph of the article's head that is a reporter's name (or two), with where they write from
# or what they are: "Rory McCarthy in Jalozai", "Sheela Bhatt in Bhuj, Gujarat", "Author: Edmund Blair and ...".
_BYLINE = re.compile(rf"(?:By|BY|Author:) +.{{3,80}}|{WORD}(?: {WORD}){{1,3}}(?: and {WORD}(?: {WORD}){{1,3}})?"
                     r"(?: in [^.!?\"]{2,40}|, [^.!?\"]{2,40})?")
# Q50: a dateline, its place and the outlet that wrote the article, no body "the ministry" or "the statement" stands
# for: "BAIDOA, Somalia (AP) _", "BENI, Congo (AFP) -".
_DATELINE_OUTLET = re.compile(r"(?:^|\n)[A-Z][A-Za-z .,'’-]{1,60}\((?P<outlet>[A-Za-z .-]{2,30})\)\s*[-–—_]")
_FIRST_SENTENCE = re.compile(r"(?:\S+\s+){11,}.*[.!?\"]$")  # where the head ends: the body's first sentence
# P5: a sentence's subject, after a description or an introductory phrase: "Another woman, 36-year-old Izeta
# Alihodzic, is missing", "Travelling in a bus ..., Mrs Husic spotted".
_SUBJECT = re.compile(rf"(?:^|, )(?:(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]he) [a-z][\w-]*(?: [a-z][\w-]*)?, )?"
                      rf"(?:\d{{1,3}}-year-old )?(?P<who>{NAME})(?:, [^,]{{1,60}},|,)? (?!(?:and|or|of)\b)[a-z]")
_BODY_REFERENCE = re.compile(r"[Tt]he (?:[a-z-]+ )?(" + "|".join(en.BODY_REFERENCES) + ")")  # "the agency"
# A body as the subject of a verb of saying: "the department said", "UNICEF, the UN children's agency, said".
# (P14: or a publication's name before what it is: "the Nation daily newspaper headlined"; P80: or after it:
# "Opposition website Jaras said")
_MEDIA = "|".join(en.MEDIA_NOUNS)
_BODY_SAID = re.compile(rf"(?:\b(?P<kind>{_MEDIA}) )?"
                        rf"(?P<who>{NAME}|[Tt]he (?:[a-z-]+ )?(?:{'|'.join(en.BODY_REFERENCES)}))"
                        rf"(?P<media> (?:[a-z-]+ )?(?:{_MEDIA}))?(?:, [^,\"]{{1,80}},)? {VERB}")
# A sentence whose subject is someone described, not named, with a verb of saying or doing (Q3, Q11): "A police
# officer confirmed the toll to AFP", "A military source, speaking on condition of anonymity, confirmed ...",
# "Another local source who visited Menka ... said"; "he said" after it is that person.
_NOT_RELATIVE = r"(?!(?:who|which|that)\b)"
# Q87: also a private person by what they are, with "The": "The man, who did not want to be named, said police had
# erected roadblocks" ('"...," he said' after it is the man, not a minister named before).
_DESCRIBED_SUBJECT = re.compile(rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] )|(?<=\n))(?P<who>(?:A|An|One|Another) "
                                rf"(?:{_NOT_RELATIVE}[a-z][\w'’-]* ){{0,3}}?{_NOT_RELATIVE}(?P<head>[a-z][\w'’-]*)"
                                rf"|The (?:[a-z][\w'’-]* ){{0,2}}(?:{'|'.join(en.PERSON_NOUNS)}))"
                                rf"(?:, [^,\"]{{1,80}},)? (?:(?:who|that) )?(?:{VERB}|[a-z]+ed\b)")
# P120: a name after a description in lower case that opens a clause, then a verb of saying, is the clause's subject:
# "In the Petionville district, iron merchant Julien Louis said he had felt the aftershocks."
_DESCRIPTION = re.compile(rf"(?:^|[.!?][\"”’]?\s|\n|, )(?:(?:the|an?) )?(?!(?:{'|'.join(en.CLAUSE_WORDS)})\b)"
                          r"(?:[a-z][\w'’-]* ){1,3}$")
_NOT_PERSON_NOUNS = {*en.STATEMENT_NOUNS, *en.UTTERANCE_NOUNS, *(w.lower() for w in en.BODY_NOUNS), *en.MEDIA_NOUNS}
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _before_plural(text: str, at: int) -> bool:
    """Whether a plural noun follows `at`: "both British and US passports" (not "has", nor "says")."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and len(word[1]) > 4 and word[1].endswith("s") and not word[1].endswith("ss") and \
        word[1] not in en.SPEECH_VERBS and word[1] not in en.CLAIM_VERBS
# A title's complement just before a name: "High Commissioner for [Refugees Antonio Guterres]".
# A title given in apposition after a name: ", the UN Resident and Humanitarian Coordinator for Sudan,".
_TITLE_APPOSITION = re.compile(r", (?:the|a|an) (?P<title>(?:[\w'’.-]+ ){0,5}?(?:" +
                               "|".join(map(re.escape, TITLES)) + r")(?: (?:for|of|to|in) [^,.;]{1,40})?)[,.;]",
                               re.IGNORECASE)
# A title in lower case just before a name, or before it and a comma: "provincial government spokesman Asadollah
# Iranmanesh", "The UN envoy, Jan Egeland" ("the government spokesman said" is then Iranmanesh).
_LOWER_TITLES = sorted({t.lower() for t in en.TITLES if len(t) > 3 and not t.endswith(".")} - {
    h.lower() for h in en.HONORIFICS}, key=len, reverse=True)
# (P13: or before a complement and a comma: "The governor of the state, Babagana Zulum", "the governor of Kinshasa,")
_TITLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<title>(?:[A-Za-z][\w'’-]* ){0,3}?(?i:" +  # P158: "The
                           # Commissioner for Internal Security and Home Affairs, Samuel Aruwan" in capitals too
                           "|".join(map(re.escape, _LOWER_TITLES)) + r"))(?:,? $|(?= (?:of|for|in) [^,.;\"]{1,40}, $))")
def without_bylines(text: str) -> str:
    """P1: the text with each byline of its head blanked out (positions kept): a reporter is no speaker."""
    kept: list[str] = []
    at = 0
    for line in text.split("\n"):
        if _FIRST_SENTENCE.match(line):
            return "".join(kept) + text[at:]
        kept.append((" " * len(line) if _BYLINE.fullmatch(line.strip()) else line) + "\n")
        at += len(line) + 1
    return text



# A paragraph's first word in capitals before a capitalised one, as a feature's lead writes a name (P160).
_CAPITALS_LEAD = re.compile(r"(?m)^([A-Z]{2,})(?= [A-Z][a-z])")

@dataclass
class People:
    """The full names of people an article gives, in order of their first mention, and the article."""

    names: list[tuple[int, str, str]]  # (position in the text, full name, title)
    text: str = ""
    spoke: list[tuple[int, str]] = field(default_factory=list)  # (position, full name) of each speaker found
    bodies: set[str] = field(default_factory=set)  # speakers the article describes as a body or a publication
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # P42: "f" for whom "she said" stood for
    described: list[tuple[int, str]] = field(default_factory=list)  # (position, description) of each unnamed
    # subject of a sentence ("A police officer")

    @classmethod
    def of(cls, text: str) -> People:
        text = _CAPITALS_LEAD.sub(lambda m: m[1].title(), without_bylines(text))  # P160: "ASLAN Zaratsov was one of
        # the lucky ones": a feature's lead in capitals (the same length, so positions hold)
        names = []
        for match in _PERSON.finditer(text):
            name, title = split_title(HONORIFIC.sub("", re.sub(r"['’]s$", "", match[0])))  # "Zinedine Mohamed's"
            name = re.sub(r"^The (?=(?:[\w.-]+ ){0,4}[\w.-]+['’]s )", "", name)  # "The BBC's Rachel Harvey"
            # "OCHA's Eri Kaneko": Eri Kaneko, of OCHA; P7: "Australian Geological Survey Organization's Kevin McCue"
            whose = re.match(r"^((?:[\w.-]+ ){0,4}[\w.-]+)['’]s (?=\S+ \S)", name)
            if whose:
                name, title = name[whose.end():], f"{whose[0].strip()} {title}".strip()
            complement = COMPLEMENT.search(text[max(0, match.start() - 40):match.start()])
            if len(name.split()) >= 3 and complement and not title:  # "High Commissioner for Refugees Antonio Guterres"
                words = name.split()  # P93: "Head of Lumajang District Indah Amperawati": the complement's last place
                cut = max([1] + [i + 1 for i, w in enumerate(words[:-2]) if w in en.NOT_PEOPLE or is_body(w)])
                title, name = f"{complement[0]}{' '.join(words[:cut])}", " ".join(words[cut:])
            elif complement and not title:
                continue  # P11: "Union Minister for [Social Welfare], Relief and Resettlement": a complement, no one
            elif complement:  # P11: "... Relief and Resettlement Dr. Win Myat Aye": the title goes on before the name
                title = f"{complement[0]}{title}"
            rank = _RANK.match(name)  # P95: "SP Muhammad Shehu" is Muhammad Shehu, a superintendent of police
            if rank and not title and not is_body(name[rank.end():]):
                name, title = name[rank.end():], rank[0].strip()
            words = name.split()
            if len(words) == 2 and words[0] in en.WEEKDAYS and re.search(rf"\b{re.escape(words[1])} {VERB}", text):
                words = ["", words[1]]  # P148: "Monday Kassah, head of the local government", "Kassah told AFP"
            if _DATELINE.match(text, match.start()):
                continue  # "Cape Town: France was rushing help ...": a dateline's place
            if 2 <= len(words) <= 4 and not is_body(name) and not any(  # P94: "Candipuro Sub-district" is no one
                    w in en.NOT_PEOPLE or w.partition("-")[2].capitalize() in en.NOT_PEOPLE for w in words) and \
                    words[0] not in en.SENTENCE_WORDS and words[-1] not in (*en.JOB_TITLES, "I") and \
                    not all(w.lower() in TITLE_WORDS for w in words):  # P153: "Communications Manager" is a post;
                # P161: "Normally I stay in the middle" is no one called "Normally I"
                apposition = _TITLE_APPOSITION.match(text, match.end())
                if not title and apposition:  # "Clementine Nkweta-Salami, the UN Resident ... Coordinator for Sudan,"
                    title = apposition["title"]
                before = _TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                if not title and before:  # "provincial government spokesman Asadollah Iranmanesh"
                    title = before["title"]
                names.append((match.start(), name, title))
        names += one_word_names(text)  # P2, P3, P10, P15, P90, P91 (draft_names.py)
        names.sort()
        return cls([(at, name, title) for at, name, title in names  # "Mr Dalein Diallo": Cellou Dalein Diallo's
                    if not any(before < at and len(other.split()) > len(name.split()) and
                               (other.split()[-len(name.split()):] == name.split() or
                                name == other.split()[0] and not title and len(other.split()) == 2)  # P149:
                               # "Ahmed" after "Dr. Ahmed Liasu" (not "Iran" after "Iran Human Rights")
                               for before, other, _ in names)],
                   text, described=[(m.start("who"), m["who"]) for m in _DESCRIBED_SUBJECT.finditer(text)
                                    if m["head"] not in _NOT_PERSON_NOUNS])

    def full(self, name: str, before: int | None = None) -> str:
        """The full name for `name` ("Mr Guterres", "Akimu", "El-Sonni"): the last person before `before` (else
        the first after) whose name ends with the same word; `name` itself if there is none."""
        bare = HONORIFIC.sub("", name).strip()
        if not bare or is_body(bare):
            return bare
        tail = bare.split()  # "Al Eryani" of "Moammar Al Eryani" too
        same = [(at, full) for at, full, _ in self.names if full != bare and  # P92: "Dos Santos", "dos Santos"
                [w.lower() for w in full.split()[-len(tail):]] == [w.lower() for w in tail]]
        if len(tail) > 1 and not same:
            return bare
        if not same:  # "Mehmet" for "Mehmet Kaya", where only one person is named so
            given = {full for _, full, _ in self.names if len(full.split()) > 1 and full.split()[0] == bare}
            same = [(0, given.pop())] if len(given) == 1 else []
        if not same and len(tail) == 1:  # "President Flores" for "Carlos Flores Facusse": a first of two surnames
            middle = {full for _, full, _ in self.names if len(full.split()) > 2 and bare in full.split()[1:-1]}
            same = [(0, middle.pop())] if len(middle) == 1 else []
        earlier = [full for at, full in same if before is None or at < before]
        return earlier[-1] if earlier else same[0][1] if same else bare

    def subject_of(self, sentence: str, before: int) -> str:
        """P5: the person a sentence has for its subject, by the full name the article gives ("Another woman,
        36-year-old Izeta Alihodzic, is missing 14 men:" -> Izeta Alihodzic; "Travelling in a bus ..., Mrs Husic
        spotted her boy" -> Ajka Husic); "" if its subject is no one the article names, or a body."""
        known = {full for _, full, _ in self.names}
        for match in _SUBJECT.finditer(sentence):
            bare = split_title(HONORIFIC.sub("", match["who"]))[0]
            if is_body(bare):
                return ""
            full = self.full(bare, before)
            if full in known and full.split()[0] not in en.SENTENCE_WORDS:
                return full
        return ""

    def body_that_spoke(self, at: int) -> str:
        """Q3: the body "it" stands for before `at`: the last one that was the subject of a verb of saying ("the
        department said", "UNICEF said") or the speaker of a quote; "" if none was."""
        found = [(position, who) for position, who in self.spoke if position < at and who and is_body(who)]
        for match in _BODY_SAID.finditer(self.text[:at]):
            reference = _BODY_REFERENCE.fullmatch(match["who"])
            who = self.body_before(match.start(), reference[1]) if reference else match["who"]
            described = match["media"] or match["kind"]  # "the Nation daily newspaper", "website Jaras"
            if reference or (is_body(who) or described) and who.split()[0] not in en.SENTENCE_WORDS:
                found.append((match.start(), who))
        return max(found)[1] if found else ""

    def body_before(self, position: int, noun: str) -> str:
        """The body "the agency" (`noun`) at `position` stands for: the last body named before it whose name has
        that noun, else the last body named ("The UN refugee agency UNHCR said ... 'the agency said'"); or "". A
        name before a plural names no body ("both British and US passports", "UN peacekeepers")."""
        datelines = [m.span() for m in _DATELINE_OUTLET.finditer(self.text)]  # Q50: "BENI, Congo (AFP) -"
        bodies = [(m.start(), re.sub(r"^The ", "", m[0])) for m in re.finditer(NAME, self.text[:position])
                  if is_body(m[0]) and m[0] not in en.SENTENCE_WORDS and not _before_plural(self.text, m.end()) and
                  not any(start <= m.start() < end for start, end in datelines)]
        named = [name for _, name in bodies if noun.lower() in name.lower().split()]
        proper = [name for _, name in bodies if not all(w.lower() in en.CLAIMANT_NOUNS for w in name.split())]
        # "the foreign ministry" is no "Police" of "Police spokesman Ruwan Gunasekera", nor a headline's "Police
        # Officials": common nouns in capitals name no one body
        return named[-1] if named else proper[-1] if proper else ""

    def gender(self, full: str) -> str:
        """"m", "f" or "" for a person named (draft_gender.py), or (P42) as a pronoun that stood for them says: the
        person '"...," she said' stood for is no "he"."""
        return gender(self.text, full) or self.pronoun_genders.get(full, "")

    def titled(self, role: str, before: int) -> str:
        """The person the article gives `role` as a title ("the PM" -> "Prime Minister Dickon Mitchell", "the
        UN's refugee commissioner" -> "High Commissioner for Refugees Antonio Guterres"): the last one before
        `before`, else the only one after; or ""."""
        wanted = en.ROLE_SHORT.get(role.lower(), role).lower().split()[-1]
        found = [(at, full) for at, full, title in self.names if title and  # "Gov." is a governor
                 re.search(rf"\b{re.escape(wanted)}\b", title.lower() + " " + " ".join(
                     en.TITLE_ABBREVIATIONS.get(w, w) for w in title.lower().split()))]
        earlier = [full for at, full in found if at < before]
        return earlier[-1] if earlier else found[0][1] if len({full for _, full in found}) == 1 else ""

    def person_before(self, position: int, pronoun: str = "") -> str:
        """The person a pronoun at `position` stands for: the last one who spoke, or was the subject of a
        sentence or clause, before it (by full name, or by the last word of one: "Machado told journalists"),
        and who is not known to be a woman for "he", a man for "she"."""
        surnames = {full.split()[-1]: full for _, full, _ in self.names}
        found = [(at, full) for at, full in self.spoke if at < position]
        if surnames:
            # the subject may have a title, a body's name and a complement before the name: "World Food Programme
            # (WFP) spokesperson Elisabeth Byrs", "UN High Commissioner for Refugees Filippo Grandi"
            # (a word of the title never ends a sentence: "... on Friday. U.N. spokesman Kris Janowski said")
            pattern = (r"(?:(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*|\([A-Z]{2,}\)|and|of|for|the) ){0,6}(?:" +
                       "|".join(map(re.escape, TITLES)) + r"|spokesperson|spokesman|spokeswoman)"
                       r"(?: (?:for|of|to) (?:the )?[A-Z][\w'’.-]*)? )?"
                       r"(?P<name>(?:" + "|".join(map(re.escape, {full for _, full, _ in self.names})) + r")|(?:" +
                       "|".join(map(re.escape, surnames)) + r"))\b")
            for match in re.finditer(pattern, self.text[:position]):
                if _SUBJECT_START.search(self.text[max(0, match.start() - 30):match.start()]):
                    name = HONORIFIC.sub("", match["name"])
                    found.append((match.start(), surnames.get(name, name)))
        for at, full, _ in self.names:  # P95: "The spokesman of the state police command SP Muhammad Shehu didn't"
            if at < position and _DESCRIBED_THEN_NAMED.search(self.text, max(0, at - 100), at):
                found.append((at, full))
        for at, full, title in self.names:  # P12: "Police chief Alhaji Lawan Tanko said": a title in lower case
            start = self.text.rfind(f"{title} ", max(0, at - len(title) - 1), at) if title and at < position else -1
            if start >= 0 and _SUBJECT_START.search(self.text[max(0, start - 30):start]):
                found.append((start, full))
        for at, full, title in self.names:  # P120: "..., iron merchant Julien Louis said": described, then named
            end = self.text.find(full, at) + len(full)
            if at < position and not title and _DESCRIPTION.search(self.text, max(0, at - 60), at) and \
                    re.match(rf"(?:, [^,\"]{{1,80}},)? {VERB}", self.text[end:end + 100]):
                found.append((at, full))
        other = {"he": "f", "she": "m"}.get(pronoun.lower(), "")
        found = sorted((at, full) for at, full in found if not other or not full or self.gender(full) != other
                       and full not in self.bodies and not is_body(full))  # "he" is no magazine's: not Caijing
        subject = self._subject_before(position) if found and pronoun else ""
        if subject and subject != found[-1][1] and self.gender(subject) != other and not is_body(subject):
            return subject  # P122: "Mr Athulathmudali brushed aside a statement by ..., Rajiv Gandhi, denouncing ... He
            # said": a sentence's "He" is the last sentence's subject, not one quoted in its object
        if len(found) > 1 and found[-2][1] != found[-1][1] and \
                re.search(r"\band\b", self.text[found[-2][0]:found[-1][0]]) and \
                not re.search(r"[.!?][\"”’]?\s", self.text[found[-2][0]:found[-1][0]]):
            return ""  # P81: the last subject is two people ("Barack Obama, and the prime minister, Gordon Brown,
            # have both"): "he" after them is neither for sure
        return found[-1][1] if found else ""

    def _subject_before(self, position: int) -> str:
        """P122: the person named as the subject of the sentence before a pronoun that opens its own, where someone
        else was named or quoted after that subject in it; "" otherwise."""
        head = self.text[:position]
        start = head.rfind("\n") + 1
        if not re.search(r"[.!?][\"”’]?\s+$", head[start:]):
            return ""
        parts = sentences.split(head[start:].rstrip())
        subject = _SUBJECT.match(parts[-1]) if parts else None
        if subject is None:
            return ""
        at = start + head[start:].rfind(parts[-1])
        full = self.full(split_title(HONORIFIC.sub("", subject["who"]))[0], position)
        others = [who for where, who in self.spoke if at + subject.end("who") <= where < position and who != full]
        others += [who for where, who, _ in self.names if at + subject.end("who") <= where < position and who != full]
        known = {who for _, who, _ in self.names}
        return full if others and full in known and full.split()[0] not in en.SENTENCE_WORDS else ""

    def described_before(self, position: int) -> tuple[int, str] | None:
        """The last subject of a sentence, described and not named, before `position` ("A police officer confirmed
        the toll to AFP"), with where it stands; None if none is."""
        found = [(at, who) for at, who in self.described if at < position]
        return found[-1] if found else None
