"""Who the words of an attribution name, for draft_quotes.py: a name with its title split off and resolved to the
full name the article gives (Q5), a pronoun (Q3), a role the article gave someone ("the PM"), a body ("the agency",
"Sudan's foreign ministry"), a description with no name ("one official"); and the rules that read those words:
Q8 a title before the name, Q10 the one name a described speaker gives, Q14 a description then the name, Q15 a
described person's place or body, Q18 a title's complement, Q22 a description of the one person named before, Q26
where the speaker is after the name, Q40 someone described where they are, Q41 a ministry in lower case, Q42 no
role, Q43 a surname's particle, Q46 someone described and named later, Q49 a state's body in lower case, P41 a
pronoun after two people joined by "and" (each described in draft_quotes.py), Q60 a title, then the name after a
comma, Q63 a state's broadcaster or paper in lower case (both described below); and the person a paragraph without
quotes reports as saying something, for a quote that opens the next (Q4)."""

from __future__ import annotations

import re

from briefing.brief import sentences
from briefing.brief.draft_people import NAME, VERB, People, is_body
from briefing.brief.draft_said import Said
from briefing.brief.draft_spans import role_head
from briefing.brief.draft_titles import is_complement, split_title
from briefing.brief.words import en

# A role given for a person named elsewhere: "the UN's refugee commissioner", "the minister".
_ROLE = re.compile(r"the (?:[\w.'’-]+ ){0,3}(?:" + "|".join(t.lower() for t in en.TITLES if " " not in t) + ")",
                   re.IGNORECASE)

_BODY_REFERENCE = re.compile(r"[Tt]he (?:[a-z-]+ )?(" + "|".join(en.BODY_REFERENCES) + ")")
# A body named by whose it is and what it is: "Sudan's foreign ministry", "the UN refugee agency".
_BODY = re.compile(r"(?:[Tt]he )?(?:[A-Z][\w.-]*(?:'s|’s)|[A-Z]{2,}|U\.N\.) (?:[a-z][\w-]* ){0,2}(?:" +
                   "|".join(w.lower() for w in en.BODY_NOUNS) + ")")

PRONOUN = re.compile(r"^(?:" + "|".join(en.PERSON_PRONOUNS) + r")$", re.IGNORECASE)

# A body's words named by what they are in: "a statement by MSF", "the statement" (the body last named).
_STATEMENT_WORDS = "|".join(en.STATEMENT_NOUNS)
IN_A_STATEMENT = re.compile(rf"^(?:an?|the) (?:[a-z]+ )?(?:{_STATEMENT_WORDS}) (?:by|from|of) ")
_STATEMENT_ALONE = re.compile(rf"(?:[Tt]he|[Ii]ts) (?:[a-z]+ ){{0,2}}(?:{_STATEMENT_WORDS})")  # "the situation report"

# Someone referred to by their age: "the 35-year-old said" is the person last named.
_BY_AGE = re.compile(r"the \d{1,3}-year-old(?: [a-z]+)?", re.IGNORECASE)

# Words of a title only, no name: "the UN Resident Coordinator", "OCHA Spokesperson".
_TITLE_ONLY = {word.lower() for title in en.TITLES for word in title.split()} | {"resident", "humanitarian", "special"}

# Q102: a private person by what they are, with "the" and a word or two before it: "the single mother".
_PERSON_BACK = re.compile(rf"[Tt]he (?:[a-z-]+ ){{0,2}}(?P<noun>{'|'.join((*en.PERSON_NOUNS, *en.KIN_NOUNS))})")

# Q14: a description, then the name in apposition, after the verb: '"...," said a 37-year-old farmer, Xu Guanxin,
# working a 12-hour shift.'
_NAMED_AFTER = re.compile(rf"(?P<name>{NAME})(?:,|$)")
# Q15: someone described by where they are from or whom they work for, a name at its end: "Wakar Uddin, a resident of
# Patenga, said" is Wakar Uddin; "a resident of Patenga", "a representative of the United Nations High Commissioner
# of Refugees (UNHCR)" name no one (the body is whom they speak for, not the speaker).
# (Q88: also as a sentence opens it, and with an age: "A 92-year-old woman living in the Kabyle mountain village of
# Ait Saada said" is no one named, not Ait Saada.)
_PLACE_OF = re.compile(r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother) (?:[a-z\d][\w'’-]* ){1,3}(?:of|in|from|near|for|at|with) "
                       r"(?:the )?[A-Z].*")
# Q10: the one name a described speaker gives: 'said one survivor, identifying himself only as Mohamed', 'a woman
# who gave her name only as Amina', 'who identified himself as Ali'.
_GIVEN_NAME = re.compile(rf"^(?:who )?(?:(?:identif(?:ying|ied|ies)|gave|giving|gives) (?:only )?(?:himself|herself|"
                         rf"(?:his|her) (?:first )?name)(?: only)?(?: as|,)|surnamed|named|called) (?P<name>{NAME})")
# (Q100: or "surnamed", "named": '"...," said one witness, surnamed Lee')

# Q60: a title, then the name after a comma and no comma after it: "UN Under-Secretary-General for Humanitarian
# Affairs, Jan Egeland told": the name alone is a person's (two to four capitalised words), the title has a title word.
_TITLE_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, en.TITLES), key=len, reverse=True)) + r")\b")
_PERSON_ALONE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")

# A title that opens an attribution, the name after it: "Head of the Center for Disaster Data, Information, and
# Communication at the National Disaster Mitigation Agency (BNPB), Raditya Jati, stated" (Q8).
TITLE_FIRST = re.compile(r"(?:" + "|".join(sorted(map(re.escape, en.TITLES), key=len, reverse=True)) +
                          r") (?:of|for)\b")


# Q46: someone described when quoted and named after, by the description's noun: 'quoted an air force commander as
# saying ... "yielded good results." / The commander, identified only as Gen. Naderian, said ...'.
_ABBREVIATION = "|".join(re.escape(a.title()) for a in en.TITLE_ABBREVIATIONS if a.endswith("."))


def named_later(role: str, people: People, at: int) -> str:
    """Q46: the name the article gives after `at` ("The commander, identified only as Gen. Naderian,") to someone a
    quote described with no name ("an air force commander"); "" if it gives none in the next 600 characters."""
    head = role_head(role)
    if not re.match(r"(?:an?|one) ", role) or not head.isalpha():
        return ""
    named = re.search(rf"\b[Tt]he {re.escape(head)}, (?:(?:identified|named) (?:only )?as )?"
                      rf"(?P<name>(?:(?:{_ABBREVIATION}) )?{NAME}),", people.text[at:at + 600])
    if not named or is_body(named["name"]) or named["name"].split()[0] in en.SENTENCE_WORDS:
        return ""
    return people.full(split_title(re.sub(rf"^(?:{_ABBREVIATION}) ", "", named["name"]))[0], at)


def _paired(who: str, people: People, at: int, pronoun: str) -> bool:
    """P41: whether the last mention of `who` before `at` is joined by "and" to another person the pronoun could
    stand for as well (not known to be of the other gender)."""
    last = people.text.rfind(who, 0, at)
    if last < 0:
        return False
    other = {"he": "f", "she": "m"}[pronoun.lower()]
    around = people.text[max(0, last - 60):last + len(who) + 60]
    for match in re.finditer(rf"(?P<one>{NAME}) and (?P<two>{NAME})", around):
        pair = {match["one"], match["two"]}
        if who in pair and all(not is_body(n) and n.split()[0] not in en.SENTENCE_WORDS for n in pair):
            mate = (pair - {who}).pop() if len(pair) == 2 else ""
            if mate and people.gender(people.full(mate, at)) != other:
                return True
    return False


def pronoun_speaker(people: People, at: int, pronoun: str) -> str:
    """Q3: the person "he" or "she" at `at` stands for (draft_people.py), noted as a man or a woman for the pronouns
    after it (P42: whom '"...," she said' stood for is no "he")."""
    who = people.person_before(at, pronoun)
    if who and pronoun.lower() in en.PERSON_PRONOUNS and _paired(who, people, at, pronoun):
        return ""  # P41: 'John Smith and Peter Jones visited the camp. "...," he said' is either of them
    if who and pronoun.lower() in en.PERSON_PRONOUNS:
        people.pronoun_genders.setdefault(who, "m" if pronoun.lower() == "he" else "f")
    return who


def speaker_of_subject(subject: str, people: People, at: int) -> Said:
    """The speaker and role in a subject: "Emad Al Falah, an aid worker from Benghazi", "the mayor, X", "he",
    "the security source"."""
    subject = re.sub(r"^(?:But|And|Yet|So|Then|who|whom|that)\s+", "", subject)  # "But he told a news briefing
    # ...", 'blamed "secessionists" who he said had "entered the village ..."'
    if PRONOUN.match(subject):
        who = pronoun_speaker(people, at, subject)
        described = people.described_before(at)
        if who and described and described[0] > people.text.rfind(who.split()[-1], 0, at):
            who = ""  # Q87: someone described since the person last named: "The man, who did not want to be named,
            # said ... . '"...," he said' is the man's, not the prime minister's named before
        return Said(who, described[1] if described and not who else "", rule="Q3")
    parts = [p.strip() for p in subject.split(",") if p.strip()]
    if not parts:
        return Said()
    if len(parts) > 1 and re.match(r"the (?:country|nation|state|island|city|region)['’]s ", parts[-1]):
        return Said("", parts[-1], rule="Q96")  # Q96: "protests rocking Venezuela, the country's top prosecutor
        # said": the place is what the role is of, no speaker
    if len(parts) > 1 and PRONOUN.match(parts[-1]):
        return Said(pronoun_speaker(people, at, parts[-1]), "", rule="Q3")
    if len(parts) > 1 and parts[0][:1].islower() and re.fullmatch(NAME, parts[1]):
        return speaker_named(parts[1], parts[0], people, at, "Q1")
    if len(parts) > 1 and TITLE_FIRST.match(parts[0]) and re.fullmatch(NAME, parts[-1]) and \
            not is_body(parts[-1]):  # Q8: "Head of the Center for Disaster Data, ... (BNPB), Raditya Jati"
        return speaker_named(parts[-1], ", ".join(parts[:-1]), people, at, "Q1")
    if len(parts) > 1 and parts[0].split()[0] in ("of", "in", "on", "at", "for", "to", "from", "with", "by"):
        # '“...” of people on a vast scale, the UN's commissioner said'
        return speaker_named(parts[-1], "", people, at, "Q1")
    return speaker_named(parts[0], ", ".join(parts[1:]), people, at, "Q1")


def speaker_named(name: str, role: str, people: People, at: int, rule: str) -> Said:
    """A speaker from the words that name them: a name with its title split off and resolved to the full
    name (Q5); a role the article gave someone ("the PM"); a description with no name ("one official")."""
    name = IN_A_STATEMENT.sub("", name.strip(" .,;"))  # "according to a statement by MSF": MSF
    role = re.sub(r"(?<=[a-z]{3})\.$", "", role.strip())  # Q86: "..., head of the ... Council. said of the victims"
    given = _GIVEN_NAME.match(role)
    if given and given["name"] not in en.SENTENCE_WORDS:  # Q10: "one survivor, identifying himself only as Mohamed"
        return Said(given["name"], name, rule=rule)
    role = "" if _RELATIVE_ROLE.match(role) else _without_manner(role)  # Q42: "said Gina Freedman, who huddled ..."
    after = _NAMED_AFTER.match(role)
    described = re.split(r"\s(?:in|at|for|of|from)\s", name)[0].split()  # "the Red Cross coordinator in Kigali"
    if after and described and described[-1].islower() and len(after["name"].split()) > 1 and \
            not is_body(after["name"]) and after["name"].split()[0] not in en.SENTENCE_WORDS:
        return Said(people.full(after["name"], at), name, rule=rule)  # Q14: "said a farmer, Xu Guanxin, working ..."
    if _TITLE_WORD.search(name) and _PERSON_ALONE.fullmatch(role) and not is_body(role) and \
            role.split()[0] not in en.SENTENCE_WORDS and not _PERSON_ALONE.fullmatch(name):
        return Said(people.full(role, at), name, rule="Q60")  # Q60: '"...," UN Under-Secretary-General for
        # Humanitarian Affairs, Jan Egeland told the Security Council' is Jan Egeland, not his title
    if _PLACE_OF.fullmatch(name):  # Q15: "a resident of Patenga" is someone described, from a place
        return Said("", name, rule=rule)
    if _STATEMENT_ALONE.fullmatch(name):  # '"...," the statement added': the body last named
        return Said(people.body_before(at, ""), "", rule="Q5") if people.body_before(at, "") else Said()
    if name in ("it", "It"):  # Q3: '"...," it added' is the body that last said something
        return Said(people.body_that_spoke(at), "", rule="Q3")
    whole = re.fullmatch(rf"(?:[Tt]he )?(?P<name>{NAME}) \((?P<acronym>[A-Z]{{2,}})\)", name)
    if whole:  # "Medecins Sans Frontieres (MSF) said": the full name, as the article gives it
        return Said(whole["name"], "", rule=rule)
    if PRONOUN.match(name):
        return Said(pronoun_speaker(people, at, name), role, rule="Q3")
    if _BY_AGE.fullmatch(name):  # "the 35-year-old said": the person last named (Q27: with no title, of the noun's
        # gender: "the 35-year-old mother" is no governor named after her)
        noun = name.split()[-1].lower()
        other = "m" if noun in _FEMALE_NOUNS else "f" if noun in {w.lower() for w in en.MALE_WORDS} else ""
        named = [full for position, full, title in people.names if position < at and not title and not is_body(full)
                 and (not other or people.gender(full) != other)]
        return Said(named[-1] if named else "", "" if named else name, rule="Q3")
    kin = _PERSON_BACK.fullmatch(name)
    if kin:  # Q102: "the single mother said" after "Alice Kerubo said her four children ...": the person last named
        noun = kin["noun"].lower()  # just before, of the noun's gender
        other = "m" if noun in _FEMALE_NOUNS else "f" if noun in {w.lower() for w in en.MALE_WORDS} else ""
        near = [full for position, full, title in people.names if at - 300 < position < at and not title and
                not is_body(full) and (not other or people.gender(full) != other)]
        if len(set(near)) == 1:  # (two people it could be are neither: Q22)
            return Said(near[-1], name, rule="Q102")
    back = described_back(name, people, at)
    if back:  # Q22: "the 65-year-old Palestinian refugee recalls" is the one such person named before
        return Said(back, name, rule="Q22")
    unit = _GOVERNMENT_UNIT.fullmatch(name)
    if unit:  # Q41: "the health ministry said" is the ministry of health the article named, or the health ministry
        domain, noun = unit["domain"] or unit["domain_after"], unit["unit"] or unit["unit_before"]
        named = [m[0] for m in re.finditer(NAME, people.text[:at]) if is_body(m[0]) and
                 {noun, *domain.split()} <= set(m[0].lower().split())]  # "the Ministry of Health", named before
        return Said(re.sub(r"^[Tt]he ", "", named[-1] if named else name), "", rule="Q41")
    state = _STATE_BODY.fullmatch(name)
    if state and state["bare"]:
        return Said("police", "", rule="Q49")
    if state:  # Q49: "the army said" is the army the article named ("Sudan's army"), or the army as it names it
        named = [m[0] for m in re.finditer(NAME, people.text[:at]) if is_body(m[0]) and
                 set(name.lower().split()[1:]) <= set(m[0].lower().split())]
        return Said(re.sub(r"^[Tt]he ", "", named[-1] if named else name), "", rule="Q49")
    if _NATIONAL_BODY.fullmatch(name):  # Q83: "Mauritanian officials", "Kenyan police": a state's, as the article
        return Said(re.sub(r"^[Tt]he ", "", name), "", rule="Q83")  # names them, not people described
    if _PUBLIC_MEDIA.fullmatch(name):  # Q63: "State television said", "the state radio said": the broadcaster as
        return Said(name, "", rule="Q63")  # the article names it, not a description with no one named
    press = _PRESS.fullmatch(name)
    if press and press["name"] not in en.SENTENCE_WORDS:  # Q81: "the Nation daily newspaper headlined" is the Nation
        return Said(press["name"], "", rule=rule)
    reference = _BODY_REFERENCE.fullmatch(name)
    body = people.body_before(at, reference[1]) if reference else ""
    if body:  # Q5: "the agency said" is the body last named
        return Said(body, "", rule="Q5")
    titled = people.titled(name, at) if name.lower() in en.ROLE_SHORT or _ROLE.fullmatch(name) else ""
    if titled:
        return Said(titled, "", rule="Q5")
    name = re.sub(rf"\s+(?:{'|'.join(en.STATEMENT_NOUNS)})$", "", name)  # "the OCHA report said": OCHA
    head = re.split(r"\s+(?:with|from)\s+(?=\S)", name)[0]
    person = next((full for _, full, _ in people.names if re.match(rf"{re.escape(full)} (?:of|at|for|in) ", head)), "")
    somewhere = _DESCRIBED_IN_PLACE.fullmatch(head) if not person else None
    if somewhere:  # Q40: "residents in Goma", "unofficial sources in Bucharest" name no one: Goma is where they are
        office = _BODY.fullmatch(somewhere["who"])  # "the UN office in Geneva" is the UN office
        return Said(re.sub(r"^[Tt]he ", "", somewhere["who"]), role, rule=rule) if office else Said("", name, rule=rule)
    where = _NAME_IN_PLACE.fullmatch(head) if not person else None
    if where and where["who"].split()[0] not in en.SENTENCE_WORDS and len(where["who"].split()) > 1:
        # Q26: "said John Smith in Geneva" is John Smith, not Geneva
        return Said(people.full(where["who"], at), head[where.end("who"):].strip(), rule=rule)
    if person:  # "Jens Laerke of the UN humanitarian office"
        return Said(person, head[len(person):].strip(), rule=rule)
    head = re.sub(r"\s+to$", "", head)
    matches = [m for m in re.finditer(NAME, head) if m[0] not in en.SENTENCE_WORDS]
    # (Q43: a surname with its particle joined is a name's word, not a description's: "Kamal al-Siwi")
    described = head.split()[-1][:1].islower() and not _JOINED_PARTICLE.match(head.split()[-1]) if head.split() \
        else True
    if described and _BODY.fullmatch(head):  # "Sudan's foreign ministry", "the UN refugee agency": a body, named
        return Said(re.sub(r"^[Tt]he ", "", head), role, rule=rule)
    if not matches or described:
        return Said("", name if name.lower() not in en.NOBODY else "", rule=rule) if name else Said()
    match = matches[-1]
    bare, title = split_title(re.sub(r"^The ", "", match[0]))
    complement = ""
    if len(bare.split()) >= 3 and not title and is_complement(head[:match.start()]):  # Q18: "director for Somalia
        complement, bare = bare.split(maxsplit=1)  # Burk Oberle" is Burk Oberle, "Somalia" the title's complement
    whence = re.fullmatch(r"(?P<name>\S+(?: \S+)+?) of (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)", bare)
    if whence and not is_body(bare):  # "Vice President Enrique Bolanos of Nicaragua": a person, and where from
        bare, title = whence["name"], f"{title} of {whence['place']}".strip()
    whose = re.match(r"^([\w.-]+)['’]s (?=\S+ \S)", bare)  # "OCHA's Eri Kaneko"
    if whose:
        bare, title = bare[whose.end():], f"{whose[0].strip()} {title}".strip()
    words = bare.split()
    if all(w.lower() in _TITLE_ONLY or w.isupper() for w in words) and any(w.lower() in _TITLE_ONLY for w in words):
        return Said("", name, rule=rule)  # "the UN Resident Coordinator": what someone is, not who
    full = people.full(bare, at)
    # "Maung" of "Maung Maung Swe" for "Maung Swe" is no part of the title "Minister for Relief and Resettlement"
    first_words = full.split()[:len(full.split()) - len(bare.split())]
    if first_words and title.split()[-len(first_words):] == first_words:
        title = " ".join(title.split()[:-len(first_words)])
    before = f"{head[:match.start()].strip()} {complement}".strip()
    before = "" if before.strip(".") in _COURTESY or _WHERE_GIVEN.match(before) else before  # Q42: "Mr. Laerke
    # said": Mr. is no role; Q64: nor where the words were given, "In a press statement Unamid called for ..."
    rest = name[len(head):].strip()
    extra = ", ".join(p for p in (before if before.lower() != "the" else "", title, rest, role) if p)
    return Said(full, _without_manner(extra), rule="Q5" if full != bare else rule)


def _without_manner(role: str) -> str:
    """Q70: a role up to a part that says how someone spoke or looked, which is no role ("in tears", "blinking and
    mumbling, alongside the corpses of six dead relatives")."""
    parts = role.split(", ")
    cut = next((i for i, part in enumerate(parts) if _MANNER.match(part)), len(parts))
    return ", ".join(parts[:cut])


# Q42: what is no role of a named speaker: a relative clause after the name ("who huddled under a mattress with
# relatives"), a courtesy title before it ("Mr.", "Mrs").
_RELATIVE_ROLE = re.compile(r"(?:who|whose|which|that)\b")
_WHERE_GIVEN = re.compile(r"(?:In|On|At|From|Through|Via|By)\s+(?:a|an|the|its|his|her|their)\b")  # Q64
_MANNER = re.compile(rf"(?:(?:{'|'.join(en.DEGREE_WORDS)}) )?(?:{'|'.join(en.MANNER_WORDS)})\b")  # Q70: "in tears",
# "blinking and mumbling"; Q85: after a word of degree, "almost in tears"
_COURTESY = {h.strip(".") for h in en.HONORIFICS if h.strip(".") in ("Mr", "Mrs", "Ms", "Miss")}
# Q43: a surname that begins with a particle joined to it by a hyphen: "al-Siwi", "el-Drese".
_JOINED_PARTICLE = re.compile(r"(?:al|el|de|da|di|du|van|von|bin|ibn|abu)-[A-Z]")
# Q41: a unit of a government named in lower case by its domain: "the health ministry", "the ministry of health".
_UNITS = "|".join(en.GOVERNMENT_UNITS)
_GOVERNMENT_UNIT = re.compile(rf"[Tt]he (?:(?P<domain>[a-z]+(?: [a-z]+)?) (?P<unit>{_UNITS})|"
                              rf"(?P<unit_before>{_UNITS}) of (?P<domain_after>[a-z]+(?: [a-z]+)?))")
# Q49: a body of a state named by what it is alone, or with whose it is: "the army", "the Sudanese army".
# Q83: a state's officials or forces, by its demonym or its acronym: "Mauritanian officials deny ...", "Kenyan police",
# "U.S. officials" (not "local officials", nor "residents": people described, who name no one).
_NATIONAL_BODY = re.compile(rf"(?:[Tt]he )?(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|(?:[A-Z]\.){{2,3}}|[A-Z]{{2,3}}) "
                            rf"(?:(?:{'|'.join(en.STATE_BODIES)}|security|health|border) )?"
                            rf"(?:{'|'.join(en.STATE_COLLECTIVES)})")
_STATE_BODY = re.compile(rf"[Tt]he (?:[A-Z][a-z]+ )?(?P<body>{'|'.join(en.STATE_BODIES)})|(?P<bare>[Pp]olice)")
# (Q100: "police said" with no article is the police's too)
# Q63: a broadcaster or a paper named by whose it is, in lower case: "State television", "the state radio", "Iranian
# state-run television", "the official news agency" (a speaker, as a body the article names so; "the newspaper" alone
# is the paper last named, Q5).
# Q81: a publication's name before what it is: "the Nation daily newspaper" (P14 finds it as a body that spoke).
_PRESS = re.compile(rf"(?:[Tt]he )?(?P<name>{NAME})(?: [a-z-]+)? (?:{'|'.join(en.MEDIA_NOUNS)})")
_PUBLIC_MEDIA = re.compile(r"(?:[Tt]he )?(?:[A-Z][a-z]+ )?(?:(?:[Ss]tate|[Ss]tate-run|[Ss]tate-owned|[Oo]fficial|"
                           r"[Gg]overnment|[Gg]overnment-run|[Pp]ublic|[Nn]ational|semi-official|pro-government) )+"
                           rf"(?:news )?(?:{'|'.join(en.MEDIA_NOUNS)}|TV|media|agency|news agency)")
# Q40: someone described, not named, then where they are: "residents in Goma", "a Red Cross official in Goma",
# "unofficial sources in Bucharest" (the words before the place end in a noun in lower case, not a name).
_DESCRIBED_IN_PLACE = re.compile(r"(?P<who>(?:[\w'’.-]+ ){0,4}?[a-z][\w'’-]*) (?:in|at|near|inside|outside) "
                                 rf"(?:the )?{NAME}")
# Q26: a name, then where the speaker is: "John Smith in Geneva", "Basubi at Goma".
_NAME_IN_PLACE = re.compile(rf"(?P<who>{NAME}) (?:in|at) (?P<place>{NAME})")


# Q22: a definite description of a private person, its adjectives (an age, a demonym) before the noun: "the 65-year-old
# Palestinian refugee", "the distressed father".
_DEFINITE_PERSON = re.compile(r"the (?:\d{1,3}-year-old )?(?:(?:[a-z][\w'’-]*|[A-Z][a-z][\w'’-]*) ){0,3}"
                              rf"(?P<noun>{'|'.join(en.PERSON_NOUNS)})")
_FEMALE_NOUNS = {"mother", "widow", "woman", "girl", "daughter", "wife", "sister", "grandmother", "housewife"}


def described_back(name: str, people: People, at: int) -> str:
    """Q22: the person a definite description ("the 65-year-old Palestinian refugee", "the distressed father") refers
    back to: the one person named before `at` who can be it, a man for "father", a woman for "mother", and no one
    the article gives a title (the governor is no "father"); "" if none or several can, or if someone described and
    not named by the same noun stands between ("A farmer told AFP ... the farmer said": the unnamed farmer)."""
    match = _DEFINITE_PERSON.fullmatch(name)
    if not match:
        return ""
    noun = match["noun"]
    other = "m" if noun in _FEMALE_NOUNS else "f" if noun in {w.lower() for w in en.MALE_WORDS} else ""
    firsts: dict[str, int] = {}
    for position, full, title in people.names:
        if position < at and not title and not is_body(full):
            firsts.setdefault(full, position)
    candidates = [full for full in firsts if not other or people.gender(full) != other]
    if len(candidates) != 1:
        return ""
    described = people.described_before(at)
    if described and described[0] > firsts[candidates[0]] and re.search(rf"\b{noun}\b", described[1]):
        return ""
    return candidates[0]


def reported_speaker(paragraph: str, people: People, offset: int, last: bool = False) -> Said | None:
    """The person a paragraph without quotes reports as saying something ("UN deputy spokesperson, Farhan Haq
    ..., said"), for a quote that opens the next paragraph (Q4)."""
    found = []
    known = {full for _, full, _ in people.names}
    at = 0
    for sentence in sentences.split(paragraph):
        at = paragraph.find(sentence, at)
        for match in re.finditer(rf"(?P<who>{NAME})(?:,? [^,\"]{{0,80}},|(?:, [^,\"A-Z]{{1,60}}){{2}},"
                                 rf"|, the [^,\"]{{1,60}}?(?= {VERB}))? {VERB}", sentence):  # Q91: or two
            # appositions in lower case, "Araceli Medina, mother and volunteer, 50 years old, said:"; Q101: or a title
            # with no comma before the verb, "Mr Godfrey Watenga Nabutanyi, the Lutseshe county MP told this reporter"
            if match["who"].lower() in en.PERSON_PRONOUNS:  # "She said the needs were growing."
                name = pronoun_speaker(people, offset + at + match.start(), match["who"])
            elif last and is_body(re.sub(r"^The ", "", match["who"])):  # 'The OCHA said ... . "They, however, ..."'
                found.append(Said(re.sub(r"^The ", "", match["who"]), rule="Q4"))
                continue
            else:
                name = people.full(split_title(match["who"])[0], offset)
            if (len(name.split()) >= 2 or name in known) and not is_body(name) and \
                    name.split()[0] not in en.SENTENCE_WORDS:
                found.append(Said(name, rule="Q4"))
    return (found[-1] if last else found[0]) if found else None
