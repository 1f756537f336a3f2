"""Words quoted through someone, for draft_quotes.py: who said what an agency, a paper or an unnamed voice is
said to have quoted.

- Q23 words quoted through someone else, an agency or a paper: '"...," the official Tass news agency quoted
  Gorbachev as saying' and 'Tass quoted Gorbachev as saying: "..."' are Gorbachev's (the one who quotes is not the
  speaker); "quoting him as saying" is whom "him" stands for;
- Q48 words an agency or a paper quotes from sources it does not name are its own: 'The Yugoslav news agency
  Tanjug quoted unofficial sources in Bucharest as saying that "..."' is Tanjug's (its sources the role), unless
  the one quoted is named after (Q46); someone it describes is the speaker ('UNHCR quoted a local aid worker');
- Q62 the passive of quoting: '"...," he was quoted as saying in a meeting', '"...," the minister was quoted as
  telling' are whom the subject names (as '"...," he said' would be).
"""

from __future__ import annotations

import re

from briefing.brief.draft_people import People, is_body
from briefing.brief.draft_said import Said
from briefing.brief.draft_spans import role_head
from briefing.brief.draft_speakers import named_later, speaker_named, speaker_of_subject
from briefing.brief.words import en

_QUOTED_AS = re.compile(r"(?:[^\"]{0,80}?\s)?quot(?:ed|ing|es)\s+(?P<who>[^,\"]{1,60}?)\s+as\s+(?:saying|telling)\b")
_QUOTED_AS_BEFORE = re.compile(r"\bquot(?:ed|ing|es)\s+(?P<who>[^,\"]{1,60}?)\s+as\s+(?:saying|telling)\b[^\"]*$")
_QUOTED_PASSIVE = re.compile(r"(?P<who>[^,\"]{1,60}?)\s+(?:was|were|is|has been|had been)\s+quoted\s+as\s+"
                             r"(?:saying|telling)\b")


def quoted_after(text: str, people: People, at: int) -> Said | None:
    """Q62 and Q23 in the words after a quote (`text`, from the marks' end at `at`); None where neither is."""
    passive = _QUOTED_PASSIVE.match(text)
    if passive:
        return speaker_named(passive["who"], "", people, at, "Q62")
    quoted = _QUOTED_AS.match(text)
    if quoted:
        return _through(speaker_of_subject(quoted["who"], people, at + quoted.start("who")),
                        text[:quoted.start("who")], people, at)
    return None


def quoted_before(text: str, people: People, at: int) -> Said | None:
    """Q23 in the words before a quote (`text`, up to the marks at `at`); None where it is not."""
    quoted = _QUOTED_AS_BEFORE.search(text)
    if quoted is None:
        return None
    return _through(speaker_of_subject(quoted["who"], people, at - len(text) + quoted.start("who")),
                    text[:quoted.start()], people, at - len(text))


def _through(found: Said, quoting: str, people: People, at: int) -> Said:
    """Q48: the agency or paper that quotes (`quoting`) for the unnamed sources it quotes (`found`)."""
    quoting = re.sub(r"\s*quot(?:ed|ing|es)\s*$", "", quoting.strip(" ,"))
    if found.speaker or not quoting or named_later(found.role, people, at):
        return found  # Q46: "an air force commander" whom the next paragraph names is that commander
    if not re.search(r"\bsources\b", found.role):
        return found  # '"...," UNHCR quoted a local aid worker as saying' is someone described, not UNHCR's words
    agency = speaker_of_subject(quoting, people, at)
    if agency.speaker and (is_body(agency.speaker) or role_head(agency.role) in (*en.BODY_NOUNS, *en.MEDIA_NOUNS)):
        return Said(agency.speaker, found.role, rule="Q48")
    return found
