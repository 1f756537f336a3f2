"""Direct quotes for `briefing draft`: each span in quotation marks that reports someone's words, with the speaker
the article gives it. The rules, in the order they are tried (tests/test_draft.py has a real line for each):

- Q1 attribution after (the attribution before a quote, Q2, Q25, Q44, is draft_before.py's):
  '"...," Basubi said', '"...," said Paulo Tomas, spokesperson for ...', '"...," Emad Al
  Falah, an aid worker from Benghazi, told AP', '"...," said one official' (a description, no name), '"...,"
  according to X'; the apposition after a name may be long ('"...," Bashir Ahmed Bilour, a senior minister in
  the provincial government of the North West Frontier Province (NWFP) told reporters'); not the next sentence
  after a quote that ends in its marks ('called it "a national tragedy." Pakistan's Geo television quoted ...'),
  nor words that go on after the marks with a preposition ('reported "a sharp increase" of cases in Guinea');
- Q2 attribution before, in the same sentence: 'Mitchell said on Tuesday ... the toll "remains a grim reality"',
  'The UN noted that ... "which have taken ..."', 'She told DW: "..."', 'X, spokesman for Y, said "..."', words
  named as someone's by "by X:" ('the most chilling observation ..., made by Vivek Srivastav, ..., Kutch: "..."');
  a name before an apposition with no article is the speaker, not a body inside the apposition ('Gunalan,
  chairman of the local Sri Lankan Red Cross, said:'), the title after it whole, commas and all ('Abdel-Fatau
  Musah, Ecowas commissioner for political affairs, peace and security, said ... "diplomacy to work"');
- Q3 pronoun: '"...," he said' is the last person named before it, or someone described and not named whom a
  sentence opened with since ('A police officer confirmed the toll ... who he said had "..."': the officer's
  role); '"...," it added' the body that last said something ("the department said");
- Q4 the same speaker goes on: an unattributed quote after an attributed one in the paragraph, or a paragraph
  that is a quote after a paragraph whose speaker is known (a quote running over two paragraphs), or a quote
  left open at a paragraph's end whose next paragraph names its speaker, or a sentence that is a quote after
  'X said ...' in its paragraph (X a body too: 'The OCHA said ... . "They, however, ..."'), or a participle
  ('..., adding: "..."');
- Q5 full name: "Mr Guterres", "Akimu", "the PM" are the full name the article gives ("Antonio Guterres");
  "the agency", "the paramilitary group" the body last named;
- Q6 unattributed: a quoted phrase nobody is said to have said ("compared the scene to a "horror movie"") is
  proposed without a speaker; a quote inside a quote has none either; a term in marks ('whose first name means
  "sorrowful"', 'known only as "Tairos"') is not a quote, nor one lower-case word in marks no one named said
  ('anything amounting to "war" or "genocide"');
- Q7 repeated (draft_spans.py, with where the quotes are): a headline or crosshead that is only a quote ("'We
  need to act now'") has the speaker of the body's quote that repeats its words ('"We need to act now to prevent
  catastrophe," he said'), not the one before it;
- Q8 a title before the name, after the quote: '"...," Head of the Center for Disaster Data, Information, and
  Communication at the National Disaster Mitigation Agency (BNPB), Raditya Jati, stated in Jakarta on Tuesday.'
- Q9 where the speaker is, in apposition, is not the speaker: 'One of the charity's aid workers Simone Von Den
  Berg, in the war-torn state of Bahr Al Ghazal, said: "..."' is Simone Von Den Berg;
- Q10 the one name a described speaker gives: '"...," said one survivor, identifying himself only as Mohamed' is
  Mohamed (and '"...," he said' after it);
- Q11 an unnamed subject of a verb of saying: '"...," he said' after 'A military source, speaking on condition of
  anonymity, confirmed ...' is that source, nobody named, not the man quoted before;
- Q12, Q13 (draft_spans.py) a title or a term in marks is not a quote: 'hymns - "Thank Ye Lord for What You Have
  Given Us" was especially popular', 'episodes of "ethnic cleansing" by the Serbs';
- Q14 a description or a title, then the name: '"...," said a 37-year-old farmer, Xu Guanxin, working a 12-hour
  shift' is Xu Guanxin, "a farmer" his role; 'said Ca Mau's vice governor, Le Kong Nghiep' is Le Kong Nghiep;
  'said the Red Cross coordinator in Kigali, Jean-Pascal Chappa' is Jean-Pascal Chappa, not Kigali;
- Q15 a described person's place or body is not the speaker: 'Wakar Uddin, a resident of Patenga, said, "..."' is
  Wakar Uddin, not Patenga; '"...," admitted a representative of the United Nations High Commissioner of Refugees
  (UNHCR)' names no one;
- Q16 an adverb between the speaker and the verb: '"...," Be sadly said' is Be (Tran Thi Be, named before);
- Q17 a quote after a sentence whose subject is a person named (draft_people.py's P5), or at the end of one that a
  colon ends: 'Another woman, 36-year-old Izeta Alihodzic, is missing 14 men: "..."' is Izeta Alihodzic's;
- Q18 a title's complement is not the name: '"...," UN World Food Programme (WFP) director for Somalia Burk Oberle
  told a press conference' is Burk Oberle, not "Somalia Burk Oberle";
- Q20 the clause that ends a quote's sentence: 'With "no indications that civil strife and famine will cease" in
  Ethiopia and Somalia, Kenya could have from 300,000 to 500,000 refugees within a few months, he says.' is his;
- Q21 a relative clause after the name with no comma before it: '"...," said Rahima Bibi who, with her disabled
  daughter, took shelter in the school' is Rahima Bibi; a title "Headmaster" is split off a name like others;
- Q22 (draft_speakers.py) a description of the one person named before: '"...," the 65-year-old Palestinian
  refugee recalls' after 'Youssef Hamza remembers ...' is Youssef Hamza; "the distressed father" is the one man
  named before with no title (not the governor); nobody where two could be it, or where someone described and not
  named by the same noun stands between;
- Q23 (draft_quoting.py) words quoted through someone else: '"...," the official Tass news agency quoted
  Gorbachev as saying' and 'Tass quoted Gorbachev as saying: "..."' are Gorbachev's, not the agency's;
- Q24 a term in marks is no one speaking: 'John Gavin, in what he described as a "guess," estimated that ...' holds
  a term ("described as"), and "estimated that" after it attributes no words, so '"...," he said' in the next
  paragraph is Gavin, not the term's "speaker";
- Q25 a subject of two names joined by "and" right before the verb, from its clause's start: 'Mali and Burkina Faso
  said in a joint statement: "..."' is both, not Burkina Faso alone; "Minister for Relief and Resettlement Maung
  Maung Swe said" is a title with "and" in it and Maung Maung Swe, not "Resettlement Maung Maung Swe";
- Q26 (draft_speakers.py) where the speaker is, after the name: '"...," said John Smith in Geneva' is John Smith;
- Q27 (draft_speakers.py) someone by their age: "the 35-year-old (mother) said" is the last person named before with
  no title and of the noun's gender, not the governor named after her;
- Q28 someone else named since the last quote's sentence: '"...," said Governor Babagana Zulum. Local leader Ali Modu
  disagreed: "..."' is Ali Modu's (one person named, a colon before the quote), not Q4's governor going on; with two
  others named, nobody's;
- Q40 (draft_speakers.py) someone described, then where they are, names no one: '"...," residents in Goma told
  AFP' is nobody's (not Goma's), nor are 'unofficial sources in Bucharest' Bucharest; "the UN office in Geneva"
  is the UN office;
- Q41 (draft_speakers.py) a unit of a government in lower case: '"...," the health ministry said in a statement' is
  the Ministry of Health the article named before, or the "health ministry" as it names it, not the last body named;
- Q42 (draft_speakers.py) no role that says nothing of what the speaker is: '"...," said Gina Freedman, who huddled
  under a mattress with relatives' and '"...," Mr. Laerke said' give the speaker, with no role ("who huddled ...",
  "Mr.");
- Q43 (draft_speakers.py) a surname with its particle joined, in lower case, is a name: '"...," said Kamal al-Siwi,
  the official in charge ...' is Kamal al-Siwi, not someone described as "Kamal al-Siwi";
- Q44 "according to" a role and a name: 'According to the mayor, Jean-Pierre Dumas, "..."' is Jean-Pierre Dumas (Q2
  took 'According to the committee, "..."' only, with no name after the description);
- Q45 (draft_spans.py) a class in marks is a term: 'Classified as a "very severe cyclonic storm" of category 3,
  Biparjoy ...' quotes no one ("rated as", "categorised as" too);
- Q46 (draft_speakers.py) someone described when quoted, named after by the description's noun: 'quoted an air force
  commander as saying ... "yielded good results."' is Naderian when the next paragraph says "The commander,
  identified only as Gen. Naderian, said";
- Q47 (draft_spans.py) an auxiliary between a pronoun or a name and the verb: '"...," he has said' is whom "he"
  stands for (not after a long description: "Teams searching ... in the Libyan city of Derna have compared");
- Q48 (draft_quoting.py) words an agency or a paper quotes from sources it does not name are its own ('The
  Yugoslav news agency Tanjug quoted unofficial sources in Bucharest as saying that "..."'), unless the one quoted
  is named after (Q46); someone it describes is the speaker ('UNHCR quoted a local aid worker');
- Q49 (draft_speakers.py) a body of a state in lower case: '"...," the army said' is the army the article named
  with that word ("the Kenya Police" for "the police"), or the "army" as it names it, not the last body named;
- Q50 (draft_people.py) a dateline's place and outlet ("BAIDOA, Somalia (AP) _") are no body "the ministry said"
  stands for.
- Q60 (draft_speakers.py) a title, then the name after a comma: '"...," UN Under-Secretary-General for Humanitarian
  Affairs, Jan Egeland told the Security Council' is Jan Egeland;
- Q61 words in marks that a verb follows are no one's after them: 'State TV said "unknown assailants" killed ...' is
  State TV's, not the man killed's; Q62 (draft_quoting.py) '"...," he was quoted as saying'; Q63 (draft_speakers.py)
  a state's broadcaster in lower case ("State television said");
- Q64 (draft_speakers.py) where the words were given is no role ("In a press statement Unamid called for ...");
- Q70 (draft_speakers.py) how someone spoke or looked is no role: '"...," Mariama Dalanda, in tears, told AFP' has none.
- Q80 (draft_spans.py, draft_before.py) lower-case words in single marks, three or more, inside a sentence are a
  quote ("'red shirt' protesters" holds a term), and the subject of a subordinate clause right before its verb is
  the speaker: "when the state radio said troops opened fire 'in the interests of the entire people'";
- Q81 (draft_speakers.py) a publication's name before what it is: "what the Nation daily newspaper headlined 'our
  darkest hour'" is the Nation's;
- Q82 (draft_spans.py) a storm's name in marks after its kind is no quote, and no storm speaks: "Cyclone 'SIDR'
  wreaks havoc", "The cyclone called 'SIDR' triggered a 15-foot high tidal surge";
- Q83 (draft_speakers.py) a state's officials or forces named by its demonym or acronym are a speaker, as the
  article names them, not people described: "Mauritanian officials", "Kenyan police", "U.S. officials" (not "local
  officials", "residents");
- Q84 (draft_before.py) "They" that opens a sentence before a verb of saying is the group the sentence before has for
  its subject: "Mauritanian officials deny that their citizens are being forcefully expelled. They claim that people
  who are ``confused about their national identity'' ..." is Mauritanian officials';
- Q85 (draft_speakers.py) how someone spoke after a word of degree is no role either: '"...," said writer Rania Abu
  Al-Anin, almost in tears' is a writer;
- Q86 (draft_speakers.py) a full stop misprinted before the verb ends no role: '"...," Benito Ramos, head of the
  National Disaster Risk Reduction and Management Council. said of the victims' is the head of the Council.
- Q87 (draft_speakers.py) "he said" after someone described since the last person named is that one ("The man, who
  did not want to be named, said ..."); Q88 a village in a description is no speaker ("A 92-year-old woman living
  in the Kabyle mountain village of Ait Saada said"); Q90 a quote in a sentence that opens with "According to X,"
  is X's ('According to the Risk Management Secretariat, the count ... remains a "moving target"').

P41 (draft_speakers.py): a pronoun whose person is named joined by "and" to another it could stand for as well
('John Smith and Peter Jones visited the camp. "...," he said') stands for nobody.

Q5's roles include a title written in lower case before a name ("provincial government spokesman Asadollah
Iranmanesh" ... '"...," the government spokesman said': Iranmanesh; draft_people.py finds the title).

Speech verbs, titles and pronouns are in words/en.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.brief import sentences
from briefing.brief.draft_before import before_quote
from briefing.brief.draft_people import NAME, VERB, People
from briefing.brief.draft_quoting import quoted_after
from briefing.brief.draft_said import Said
from briefing.brief.draft_spans import (
    PARTICIPLE_TAIL,
    Span,
    a_term,
    opens_sentence,
    repeated,
    role_head,
    sentence_after,
    sentence_before,
    spans,
    without_adverb,
)
from briefing.brief.draft_speakers import (
    IN_A_STATEMENT,
    TITLE_FIRST,
    named_later,
    reported_speaker,
    speaker_named,
    speaker_of_subject,
)
from briefing.brief.proposal import Proposal
from briefing.brief.words import en

_VERB = re.compile(VERB)
_AGE = re.compile(r"\b\d+-year-old\s+|\s*\(\d+\)")
_AGE_AFTER = re.compile(r",\s*\d+,?")
_WHEN = re.compile(r"\s+(?:on|late|early|earlier|later|last|this)\b.*$"
                   r"|\s+(?:in a|by|from|at|after|shortly|during|as|while|when|because)\b.*$")  # Q100: "added Sergiy
# as water from the dam poured downstream"
# A word before a verb's form that makes it a noun: "by the reports", "in a statement".
_DETERMINER = re.compile(r"\b(?:the|a|an|these|those|his|her|its|their|our|this|that)\s+$", re.IGNORECASE)
# A subject that is a name and an apposition, which may be long: "Bashir Ahmed Bilour, a senior minister in the
# provincial government of the North West Frontier Province (NWFP) told reporters".
_NAMED_APPOSITION = re.compile(rf"{NAME}, (?:a|an|the) [a-z]")
# A quote that ends its sentence inside the marks: the sentence after it is another one, not its attribution.
_NEXT_SENTENCE = re.compile(r".*[.!?]\s*$", re.DOTALL)
# Words that begin another clause after a quote, so that a verb after them is not the quote's attribution.
_NEW_CLAUSE = re.compile(r"(?:as|while|when|because|since|after|before|but|and|which|where|whereas|although|if)\b")



def quotes(paragraphs: list[tuple[int, str]], text: str, source_id: str) -> Iterator[Proposal]:
    """The direct quotes of an article given as (line, paragraph) pairs; `text` is the whole article, for names."""
    found = list(_quotes(paragraphs, text, source_id))
    for proposal, title in found:
        yield repeated(proposal, [other for other, _ in found]) if title else proposal


def _quotes(paragraphs: list[tuple[int, str]], text: str, source_id: str) -> Iterator[tuple[Proposal, bool]]:
    """Each quote, and whether it is a paragraph of its own with no sentence's end: a headline or a crosshead."""
    people = People.of(text)
    people.spoke += [(at, "") for at, _ in people.described]  # Q11: "he said" after it is this unnamed person
    offset, carried = 0, Said()
    for n, (line, paragraph) in enumerate(paragraphs):
        previous, previous_end = Said(), 0
        for span in spans(paragraph):
            said = Said(rule="Q6") if span.inner else _attributed(paragraph, span, people, offset)
            if said.speaker in _CALENDAR:  # Q93: "Governor Ahmed Musa, who visited the camp on Monday, said" is no
                said = Said()  # Monday's
            if span.open and not said.who and n + 1 < len(paragraphs):
                said = _goes_on(paragraphs[n + 1][1], people, offset + len(paragraph) + 1) or said
            ended = _SENTENCE_END.search(paragraph, previous_end, span.start) if previous.who else None
            if not said.who and not span.inner and ended:  # Q28: someone else named in a sentence since the last quote
                between = {full for at, full, _ in people.names if offset + ended.end() <= at < offset + span.start
                           and full != previous.speaker}
                if between:  # 'Local leader Ali Modu disagreed: "..."' is his, or (two named) nobody's
                    colon = paragraph[:span.start].rstrip().endswith(":")
                    said = Said(between.pop() if colon and len(between) == 1 else "", rule="Q28")
                    previous = Said()
            if not said.who and not span.inner:
                went_on = previous if previous.who else carried if span.start == 0 else \
                    reported_speaker(paragraph[:span.start], people, offset, last=True) or Said() \
                    if opens_sentence(paragraph, span.start) else Said()
                said = Said(went_on.speaker, went_on.role, went_on.when, "Q4") if went_on.who else said
            if not said.who and not span.inner and span.start > 0:
                said = _introduced(paragraph, span, people, offset) or _according_to(paragraph, span) or said
            if not said.who and not span.inner and span.start == 0 and n and not paragraph[span.end:].strip(" .,"):
                said = _subject_before(paragraphs[n - 1][1], people, offset) or said  # Q92
            if said.role and not said.speaker and named_later(said.role, people, offset + span.end):
                said = Said(named_later(said.role, people, offset + span.end), said.role, said.when, "Q46")
            if a_term(paragraph, span, named=bool(said.speaker), described=bool(said.role)):
                continue  # Q6, Q12, Q13 (draft_spans.py): a term or a title in marks, not someone's words, and
                # (Q24) no one speaking: "he said" after 'X, in what he described as a "guess," estimated' is X
            if said.who and not span.inner:
                previous, previous_end = said, span.end
                people.spoke.append((offset + span.start, said.speaker))  # "" for "a resident": "he" is them
                if role_head(said.role) in (*en.BODY_NOUNS, *en.MEDIA_NOUNS):
                    people.bodies.add(said.speaker)  # "the ... news magazine Caijing said": no "he"
            fields = {"kind": "direct", "speaker": said.speaker, "role": PARTICIPLE_TAIL.sub("", said.role),
                      "when": said.when,
                      "text": span.text.rstrip(",").strip(), "sources": [source_id]}
            title = span.start == 0 and not paragraph[span.end:].strip(" ") and not re.search(r"[.!?,]$", span.text)
            yield Proposal("quotes", {k: v for k, v in fields.items() if v}, line,
                           f"rule {said.rule or 'Q6'}" + ("" if said.speaker else ": the article names no speaker")), \
                title
        carried = previous if previous.who else reported_speaker(paragraph, people, offset) or Said()
        offset += len(paragraph) + 1


# The end of a sentence: its stop, a closing mark, and the next sentence's first letter or mark.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z])")


def _introduced(paragraph: str, span: Span, people: People, offset: int) -> Said | None:
    """Q17: a quote with no attribution after a sentence of its paragraph whose subject is a person the article
    names, or at the end of one that a colon ends: 'Another woman, 36-year-old Izeta Alihodzic, is missing 14 men:
    "..."', 'Mrs Husic spotted her boy, Fikret, among the men sprawled along the road. "The Serbs stopped ..."'."""
    before = paragraph[:span.start].rstrip()
    if not before.endswith(":") and not opens_sentence(paragraph, span.start):
        return None
    parts = sentences.split(before)
    who = people.subject_of(parts[-1], offset + span.start) if parts else ""
    return Said(who, rule="Q17") if who else None


def _subject_before(paragraph: str, people: People, offset: int) -> Said | None:
    """Q92: a paragraph that is a quote and nothing else, after a paragraph whose last sentence has a person the
    article names for its subject, is that person's: "Maria Lopez lost her home in the floods." / '"We have nothing
    left. The water took everything."'."""
    parts = sentences.split(paragraph)
    who = people.subject_of(parts[-1], offset) if parts and '"' not in parts[-1] else ""
    return Said(who, rule="Q92") if who else None


# Days and months, which a relative clause before "said" may end with: never a speaker (Q93).
_CALENDAR = {*en.WEEKDAYS, *en.MONTHS}


def _according_to(paragraph: str, span: Span) -> Said | None:
    """Q90: a quote in a sentence that opens with "According to X," is X's, a body or people named with a capital:
    'According to the Risk Management Secretariat, the count of missing people remains a "moving target"'."""
    ends = list(_SENTENCE_END.finditer(paragraph, 0, span.start))
    head = paragraph[ends[-1].end() if ends else 0:span.start]
    found = _ACCORDING_TO.match(head)
    return Said(found["who"], rule="Q90") if found else None


_ACCORDING_TO = re.compile(r"\s*(?:But |However, )?According to (?:the )?(?P<who>[A-Z][\w'’.-]*(?: (?:of|for|and|the|"
                           r"on|[A-Z][\w'’.-]*)){0,7}(?: [a-z]+s)?),\s")


def _goes_on(paragraph: str, people: People, offset: int) -> Said | None:
    """Q4: the speaker of a quote left open at a paragraph's end, as the next paragraph gives it after the
    quote goes on ('"...' / '"... ," she said.')."""
    first = next(iter(spans(paragraph)), None)
    if first is None or first.start != 0:
        return None
    said = _attributed(paragraph, first, people, offset)
    return Said(said.speaker, said.role, said.when, "Q4") if said.who else None


def _attributed(paragraph: str, span: Span, people: People, offset: int) -> Said:
    after = sentence_after(paragraph, span.end)
    if _NEXT_SENTENCE.match(span.text) and re.match(r"\s*[A-Z]", paragraph[span.end:]) and \
            not re.match(rf"\s*(?:\S+\s+){{0,4}}{VERB}", paragraph[span.end:]):
        after = ""  # Q1: 'called it "a national tragedy." Pakistan's Geo television quoted ...' is another sentence
    said = _after(after, people, offset + span.end)
    if not said.speaker and not said.role:
        said = before_quote(sentence_before(paragraph, span.start), people, offset + span.start)
    last = _SAID_LAST.search(after) if not said.who else None
    if last:  # Q20: 'With "no indications that ..." in Ethiopia and Somalia, Kenya could have ..., he says.'
        said = speaker_of_subject(last["subject"], people, offset + span.end + last.start("subject"))
    return said


# Q20: the clause that ends a quote's sentence and says who said it all: ", he says.", ", Oberle said."
_SAID_LAST = re.compile(rf",\s+(?P<subject>[^,\"]{{1,40}}?)\s+{VERB}(?:\s+on\s+\w+day)?"
                        r"(?:\s+(?:on|at|in|during|after|from|before)\s[^,\"]{1,80})?[.!?]?\s*$")  # Q97: "..., Luisa
# Ortega Diaz said on the sidelines of the UN's Human Rights Council in Geneva."


# Q61: a verb of the sentence right after the marks, not one of saying: the quoted words are its subject ('"unknown
# assailants" killed ...', '"rioters" were arrested').
_GOES_ON = re.compile(r"(?:[a-z]+ed|is|was|were|are|had|has|have|will|would|could|can|may|might)\s")
# Q95: a person's name (an honorific first), then whom or where they are of, after "said".
_NAME_OF = re.compile(r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) "
                      r"(?P<of>(?:of|from|at|with) (?:the )?\S.*)$")


def _after(text: str, people: People, at: int) -> Said:
    """Q1/Q3/Q5: the attribution that follows a quote: 'X said', 'said X, role', 'he said', 'the PM said'."""
    text = text.strip(" ,;:-")
    if re.match(r"(?:of|in|at|on|for|from|with|to|by|near|around|outside|inside|across|into|over|under|after|"
                r"before|during|since|between|against|about|than|as)\s", text):  # Q94: '"freakish weather event"
        # near Albury': a place, no one who said it
        return Said()  # 'reported "a sharp increase" of cases in Guinea': the sentence goes on, no one is named
    if _GOES_ON.match(text) and not re.match(VERB, text):
        return Said()  # Q61: 'State TV said "unknown assailants" killed Ali Habibi Mousavi Khamene, whose death was
        # described as ...': the marks are the subject of the sentence's verb; the one who said it is before them
    quoted = quoted_after(text, people, at)
    if quoted is not None:  # Q23, Q48, Q62 (draft_quoting.py): '"...," Tass quoted Gorbachev as saying', '"...," he was
        return quoted  # quoted as saying'
    first = re.match(rf"(?P<verb>{VERB}|according to)\s+(?P<who>.+)", text)
    if first and first["who"].startswith("that "):
        return Said()  # Q24: 'X, in what he described as a "guess," estimated that ...': the marks' sentence's verb
    if first:
        who = IN_A_STATEMENT.sub("", _AGE_AFTER.sub(",", _AGE.sub(" ", first["who"])).strip())
        name, _, role = who.partition(",")
        name = re.sub(r"\s+(?:who|whose)$", "", name)  # Q21: 'said Rahima Bibi who, with her disabled daughter, ...'
        of = _NAME_OF.match(name)
        if of:  # Q95: 'said Dr. Jean Dennis Balaku of the provincial Ministry of Health': the doctor, of the ministry
            name, role = of["name"], f"{of['of']} {role}".strip()
        return speaker_named(_WHEN.sub("", name.strip()), role.strip(" ,."), people, at, "Q1")
    verb = next((v for v in _VERB.finditer(text) if not _DETERMINER.search(text[:v.start()])), None)
    longest = 32 if _NAMED_APPOSITION.match(text) or TITLE_FIRST.match(text) else 16  # Q1: 'X, a senior minister
    # in ... (NWFP) told reporters', '"...," Head of the Center for ... (BNPB), Raditya Jati, stated' (Q8)
    if verb is None or len(text[:verb.start()].split()) > longest or _NEW_CLAUSE.match(text):
        return Said()  # 'is "terrible" as President Bola Tinubu ... expressed concerns': another clause's verb
    subject = without_adverb(text[:verb.start()].strip(" ,"))
    when = _WHEN.search(" " + text[verb.end():].split(",")[0])
    found = speaker_of_subject(subject, people, at)
    said_when = when[0].strip(" .") if when else ""
    found.when = said_when if found.speaker and re.fullmatch(r"on \w+day", said_when) else ""
    return found
