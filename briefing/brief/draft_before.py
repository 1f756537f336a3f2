"""The attribution before a quote in its sentence, for draft_quotes.py (Q2, Q25, Q44 and the rules they are
described with there): the last verb of saying before the marks whose subject names someone, "according to X,",
words "made by X:"."""

from __future__ import annotations

import re

from briefing.brief import sentences
from briefing.brief.draft_people import NAME, VERB, People, is_body
from briefing.brief.draft_quoting import quoted_before
from briefing.brief.draft_said import Said
from briefing.brief.draft_spans import without_adverb
from briefing.brief.draft_speakers import PRONOUN, speaker_named, speaker_of_subject
from briefing.brief.words import en

_VERB = re.compile(VERB)
# Someone described, not named, as a subject: "A resident", "one woman", "the security source".
_DESCRIBED = re.compile(r"(?:a|an|one|the|another)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*$", re.IGNORECASE)
_NOT_DESCRIPTION = {"was", "were", "is", "are", "has", "have", "had", "been", "be", "it", "this", "that"}
_APPOSITION = re.compile(r"(?:a|an|the|one|[A-Z][\w'’.-]*(?:'s|’s)?) [a-z]")  # "a nurse", "UNHCR's head of"
# A speaker named in a relative clause without a comma: "a girl called Lamees who had kept repeating".
# A name, then its title in apposition, which may hold commas of its own, right before the verb: "Abdel-Fatau
# Musah, Ecowas commissioner for political affairs, peace and security, said ... that it still wanted" (Q2).
_TITLE_WORDS = "|".join(sorted({w.lower() for t in en.TITLES for w in t.split() if len(w) > 3 and "." not in w}))
_NAME_THEN_TITLE = re.compile(rf"(?:^|[.;:]\s)(?P<who>{NAME}), (?P<role>(?:[\w'’.-]+ ){{0,4}}(?:{_TITLE_WORDS})\b"
                              r"[^\"“”;]{0,80}?)$")
_RELATIVE_SPEAKER = re.compile(rf"(?P<who>{NAME}) who(?: [a-z]+){{0,3}}$")
# Words named as someone's by "by X:" just before a quote: 'the most chilling observation ... is this, made by Vivek
# Srivastav, district superintendent of police, Kutch: "..."'.
_UTTERANCES = "|".join(en.UTTERANCE_NOUNS)
_MADE_BY = re.compile(rf"\bby (?P<who>{NAME})(?:, [^,:\"]{{2,60}}){{0,3}}:\s*$")
# A clause that gives whom a person speaks for, or where they are, not who they are: "Jens Laerke, for the Office
# for ..., said", "aid workers Simone Von Den Berg, in the war-torn state of Bahr Al Ghazal, said:" (Q9).
_AFFILIATION = re.compile(r"(?:for|of|from|at|with|in)\s")
# Q25: a subject of two names joined by "and" right before the verb, from the clause's start: both speak ("Mali and
# Burkina Faso said in a joint statement:"), or it is a title with "and" in it and a name ("Minister for Relief and
# Resettlement Maung Maung Swe said").
# Q80: a subordinate clause's subject right before the verb, with no comma between: "when the state radio said troops
# opened fire 'in the interests of the entire people'", "after what the Nation daily newspaper headlined '...'".
_SUBORDINATE = re.compile(r".*\b(?:when|what|where|after|because|since|although|though|until)\s"
                          r"(?P<subject>(?:the |an? )?[A-Za-z][^,;:\"]{0,60})$", re.DOTALL)
# Q84: a group named as the subject of the sentence before "They said" (or "claim"): "Mauritanian officials deny that
# their citizens are being forcefully expelled. They claim that ...".
_GROUPS = sorted({*en.STATE_COLLECTIVES, *(n for n in en.CLAIMANT_NOUNS if n.endswith("s") and " " not in n)})
_GROUP_SUBJECT = re.compile(rf"(?:[Tt]he )?(?P<who>(?:[A-Z][\w'’.-]* )?(?:[a-z]+ )?(?:{'|'.join(_GROUPS)})) "
                            r"(?!of\b|who\b|which\b)[a-z]")
_JOINED_SUBJECT = re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))(?P<run>{NAME} and {NAME})$")


_RELATIVE = re.compile(r"(?<=[a-z]), (?:who|which) [^,\"“”]{1,100}, (?=(?:[a-z]+ ){0,2}(?:said|says|told|added)\b)")


def before_quote(text: str, people: People, at: int) -> Said:
    """Q2: the last verb of saying before the quote in its sentence whose subject names someone; the subject
    may stand before an apposition, an age or a relative clause ("John Smith, spokesman for the UN rights office,
    said", "Mohammed Salim, 35, told The National:", "Jane Doe, who runs a clinic, said:", "by the UN, which
    said"). A participle ("..., adding:") has the subject of the sentence's first quote: Q4 finds it."""
    described = Said()
    text = _RELATIVE.sub(lambda m: " " * len(m[0]), text)  # Q93: "Governor Ahmed Musa, who visited the camp on
    # Monday, said the attack was ..." is the governor's, not Monday's (blanked, so positions hold)
    quoted = quoted_before(text, people, at)
    if quoted is not None:  # Q23, Q48 (draft_quoting.py): 'Tass quoted Gorbachev as saying: "..."'
        return quoted
    according = re.search(r"\b[Aa]ccording to (?P<who>[^,]{2,80}),\s*$", text)
    if according:  # 'According to the committee, "..."'
        return speaker_named(according["who"], "", people, at, "Q2")
    according = re.search(rf"\b[Aa]ccording to (?P<role>(?:the|an?) [^,\"]{{2,60}}), (?P<who>{NAME}),\s*$", text)
    if according and according["who"].split()[0] not in en.SENTENCE_WORDS:  # Q44: 'According to the mayor, X, "..."'
        return speaker_named(according["who"], according["role"], people, at, "Q44")
    made_by = _MADE_BY.search(text)
    if made_by and re.search(rf"\b(?:{_UTTERANCES})\b", text[:made_by.start()]):  # 'an observation made by X, ...:'
        return speaker_named(made_by["who"], "", people, at, "Q2")
    for verb in reversed(list(_VERB.finditer(text))):
        head = without_adverb(text[:verb.start()].rstrip(" ,"))
        both = _JOINED_SUBJECT.search(head)
        if both and both["run"].split()[0] not in en.SENTENCE_WORDS:  # Q25: "Mali and Burkina Faso said ...:"
            return speaker_named(both["run"], "", people, at, "Q25")
        who = _RELATIVE_SPEAKER.search(head)
        if who and who["who"] not in en.SENTENCE_WORDS:  # "a 19-year-old girl called Lamees who had kept repeating"
            return speaker_named(who["who"], "", people, at, "Q2")
        if verb[0].endswith("ing"):  # "The RSF denied the accusations ..., saying its forces "...""
            subject = re.match(rf"(?:The )?(?P<who>{NAME}) [a-z]", text)
            if subject and subject["who"].split()[0] not in en.SENTENCE_WORDS and not PRONOUN.match(subject["who"]):
                return speaker_named(subject["who"], "", people, at, "Q2")
            return Said()
        titled = _NAME_THEN_TITLE.search(head)
        if titled and titled["who"].split()[0] not in en.SENTENCE_WORDS and not is_body(titled["who"]):
            return speaker_named(titled["who"], titled["role"], people, at, "Q2")
        relative = re.search(rf"(?P<who>{NAME}),\s*(?:which|who)\s*$", head)
        if relative and relative["who"] not in en.SENTENCE_WORDS:
            return speaker_named(relative["who"], "", people, at, "Q2")
        subordinate = _SUBORDINATE.match(head)
        if subordinate and not text[:verb.start()].rstrip().endswith(","):  # Q80: "when the state radio said"
            found = speaker_of_subject(subordinate["subject"], people, at)
            if found.who:
                return Said(found.speaker, found.role, found.when, "Q80")
        clauses = [c.strip() for c in re.split(r",\s|;\s|\bthat\s|\band\s|\bbut\s|\bwhile\s|\bwhich\s|\bwho\s|:\s",
                                                head)]  # "..., but Jenneke Kruyt, a Dutch nurse, said:"
        backwards = list(reversed(clauses[-5:]))
        apposition = ""  # "Jacques de Milliano, the president of the medical charity, said:": his role
        for n, clause in enumerate(backwards):
            if clause.lower() == "they" and n == 0:  # Q84: "They claim that ..." after "Mauritanian officials deny"
                return _they(people, at - len(text))
            if clause.lower() in ("it", "they", "we", "which", "who"):
                break
            if n < len(backwards) - 1 and _AFFILIATION.match(clause):
                continue  # "Jens Laerke, for the Office for the Coordination of Humanitarian Affairs, said"
            if n < len(backwards) - 1 and re.match(r"(?!the |an? )[a-z]", clause) and \
                    re.fullmatch(NAME, backwards[n + 1]) and \
                    backwards[n + 1].split()[0] not in en.SENTENCE_WORDS:
                continue  # Q2: "Gunalan, chairman of the local Sri Lankan Red Cross, said": Gunalan, not the body
            where = head.rfind(clause) if clause else -1  # Q98: a pronoun stands for whom it follows, not whom the
            # sentence names after it ("He said at ... a meeting between the Deputy Governor, Hadiza Balarabe, ...")
            found = speaker_of_subject(clause, people, at - len(text) + where if where >= 0 and
                                       PRONOUN.match(clause) else at) if clause else Said()
            if found.speaker:
                found.rule = "Q2" if found.rule == "Q1" else found.rule
                if n == 1 and apposition and not found.role and re.fullmatch(NAME, clause):
                    found.role = apposition
                return found
            if n == 0 and re.match(r"the (?:country|nation|state|island|city|region)['’]s ", clause):
                return Said("", clause, rule="Q96")  # Q96: "protests rocking Venezuela, the country's top prosecutor
                # said": the place before is what the role is of, no speaker
            if n == 0 and re.match(r"(?:the|an?) [a-z]", clause):
                apposition = clause
            if found.role and _described(clause) and not described.who:
                described = Said("", found.role, rule="Q2")  # "A resident who asked not to be named said:"
            if clause and not (clause[:1].islower() or clause.isdigit() or n == 0 and _APPOSITION.match(clause)):
                break  # not an apposition: the subject is not further back
    return described


def _described(clause: str) -> bool:
    """Whether a subject describes someone without naming them: "A resident", "one woman", "Residents"."""
    words = clause.split()
    return _DESCRIBED.match(clause) is not None or \
        0 < len(words) <= 4 and not any(w.lower() in _NOT_DESCRIPTION for w in words)


def _they(people: People, start: int) -> Said:
    """Q84: whom "They" that opens a sentence stands for: the group that was the last sentence's subject, as the draft
    takes it as a speaker ("Mauritanian officials", Q83) or describes it ("Residents"); nobody otherwise."""
    parts = sentences.split(people.text[:start].rstrip())
    group = _GROUP_SUBJECT.match(parts[-1].strip()) if parts else None
    if group is None:
        return Said()
    found = speaker_of_subject(group["who"], people, start)
    return Said(found.speaker, found.role, rule="Q84")
