"""Who the claimants of an article's sentences stand for, for draft_claims.py, read sentence after sentence (its
rule C6: "he" or "she" is the person last named, "it" the body that last claimed something, a surname the full name
the article gives; C15: "the Health Ministry" is the fuller name given before, "the agency" the name written with
that noun), with what the sentence before claimed (C13, C23)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.brief import sentences
from briefing.brief.draft_people import People, is_body
from briefing.brief.words import en


@dataclass
class Claimants:
    """Who claims the numbers of one article, read sentence after sentence (C6): the people it names, for "he"
    and "Mr X", and the claimant it last named, for "it"."""

    people: People
    last: str = ""
    previous: str = ""  # the claimant of the sentence before, if it named one (C13)
    speech: str = ""  # who the sentence before reports the words of ("X said that ..."), and where it ended (C23)
    speech_end: int = -1
    is_place: Callable[[str], bool] = lambda name: False  # a name the gazetteer knows as a place (C17)

    @classmethod
    def of(cls, text: str, is_place: Callable[[str], bool] | None = None) -> Claimants:
        return cls(People.of(text), is_place=is_place or (lambda name: False))

    def resolve(self, who: str, at: int) -> str:
        """The claimant `who` stands for at position `at` of the article: a pronoun's person or body, a surname's
        full name; `who` itself if the article says no more."""
        if who.lower() in en.PERSON_PRONOUNS:
            return self._subject_before(at, who) or self.people.person_before(at, who)
        if who.lower() == "it":  # a body: the one that last claimed something, else the last named
            return self.last if is_body(self.last) else self.people.body_before(at, "") or self.last
        if who.lower() == "they":
            return self.last
        if is_body(who) and len(who.split()) > 1:  # "the Health Ministry" after "the Lebanese Health Ministry" (C15)
            fuller = [m[1] for m in re.finditer(rf"\b((?:[A-Z][\w'’-]+ ){{1,2}}){re.escape(who)}\b",
                                                  self.people.text[:at])
                      if m[1].split()[0] not in en.NOT_PEOPLE and  # C99: no "SHAFAQNA- The" before it
                      not any(w in en.SENTENCE_WORDS or w.endswith("-") for w in m[1].split())]
            return fuller[-1] + who if fuller else who
        return self.people.full(who, at)

    def named_with(self, noun: str, at: int) -> str:
        """The name last written before `at` with `noun` after it, which "the agency" (`noun`) stands for when no
        body's name holds the noun: "Haiti’s Civil Protection agency" ... "the agency also counted" (C15)."""
        found = [m[1] for m in re.finditer(rf"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,4}}) {re.escape(noun)}\b",
                                             self.people.text[:at]) if m[1].split()[0] not in en.SENTENCE_WORDS]
        return re.sub(r"^[A-Z][\w-]*['’]s ", "", found[-1]) if found else ""

    def _subject_before(self, at: int, pronoun: str) -> str:
        """C95: the person a sentence's first word "He" or "She" stands for is the one the sentence before opens
        with, not one named in apposition later in it ("Mr Athulathmudali brushed aside a statement by the Indian
        Prime Minister, Rajiv Gandhi, denouncing the offensive ..." "He said 14 civilians had been reported killed")."""
        before = self.people.text[max(0, at - 600):at]
        if not re.search(r"[.!?][\"”’]?\s+$", before):
            return ""  # not a sentence's first word
        opening = _OPENS_WITH_PERSON.match(sentences.split(before)[-1])
        if opening is None:
            return ""
        full = self.people.full(opening["name"], at)
        other = {"he": "f", "she": "m"}.get(pronoun.lower(), "")
        known = {name for _, name, _ in self.people.names}
        return full if full in known and self.people.gender(full) != other else ""


# A sentence that opens with a person's name, perhaps after "Mr" (C95).
_OPENS_WITH_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) [a-z]")
