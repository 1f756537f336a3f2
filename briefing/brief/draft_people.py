"""Who is who in an article, for `briefing draft`: the names of people and bodies as it writes them, a title
split off a name ("Prime Minister Garry Conille"), and a short reference ("Mr Guterres", "Akimu", "he", "the
PM") resolved to the full name the article gives. The words are in words/en.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.brief.words import en

UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"  # "A", "Ö", "Ş", "İ"
# A capitalised word of a name: "Kamal al-Siwi", "Marie el-Drese", "U.N.", "Özlem"
WORD = rf"(?:(?:[A-Z]\.){{2,}}|(?:(?:al|el|de|da|di|du|van|von|bin|ibn|abu)[- ])?{UPPER}[\w'’-]*)"
NAME = rf"{WORD}(?: +(?:(?:of|for|and|on|the|de|la|du|des) +){{0,2}}{WORD}){{0,7}}"  # of a person or a body
_PERSON = re.compile(rf"(?<![\w'’.-]){WORD}(?: {WORD}){{1,5}}(?![\w'’-])")
# Where a sentence's or a clause's subject begins, or a speaker is named: "..., according to Oleh Synyehubov".
_SUBJECT_START = re.compile(r"(?:^|[.!?]\"? |\n|\" |, |according to |said |says )$")
_TITLES = sorted(en.TITLES, key=len, reverse=True)
_TITLE = re.compile(r"^(?:(?:[A-Z][\w'.-]*|the|of)\s+)*?(?:" + "|".join(map(re.escape, _TITLES)) + r")\.?\s+",
                    re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:" + "|".join(map(re.escape, en.HONORIFICS)) + r")\s+")
_BODY_WORDS = {word.lower() for word in en.BODY_WORDS}


def split_title(name: str) -> tuple[str, str]:
    """("Volodymyr Zelenskiy", "President") from "President Volodymyr Zelenskiy", ("Dickon Mitchell", "Grenada
    Prime Minister") from "Grenada Prime Minister Dickon Mitchell"; a name without a title as it is."""
    found = _TITLE.match(name)
    if found and len(name[found.end():].split()) >= 1 and not _HONORIFIC.match(name):
        rest = name[found.end():]
        if rest[:1].isupper():
            return rest, name[:found.end()].strip()
    return name, ""


def is_body(name: str) -> bool:
    """An organisation or a government, not a person: an acronym ("UNICEF", "U.N."), or a name with a word
    such as "Office", "Ministry", "Crescent" in it."""
    words = re.findall(r"[\w'.-]+", name)
    return any(w.lower().strip(".") in _BODY_WORDS for w in words) or \
        any(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}", w) for w in words)


@dataclass
class People:
    """The full names of people an article gives, in order of their first mention, and the article."""

    names: list[tuple[int, str, str]]  # (position in the text, full name, title)
    text: str = ""
    spoke: list[tuple[int, str]] = field(default_factory=list)  # (position, full name) of each speaker found

    @classmethod
    def of(cls, text: str) -> People:
        names = []
        for match in _PERSON.finditer(text):
            name, title = split_title(_HONORIFIC.sub("", match[0]))
            words = name.split()
            if 2 <= len(words) <= 4 and not is_body(name) and not any(w in en.NOT_PEOPLE for w in words) and \
                    not _HONORIFIC.match(match[0]) and words[0] not in en.SENTENCE_WORDS:
                names.append((match.start(), name, title))
        return cls(names, text)

    def full(self, name: str, before: int | None = None) -> str:
        """The full name for `name` ("Mr Guterres", "Akimu", "El-Sonni"): the last person before `before` (else
        the first after) whose name ends with the same word; `name` itself if there is none."""
        bare = _HONORIFIC.sub("", name).strip()
        if not bare or len(bare.split()) > 1 or is_body(bare):
            return bare
        same = [(at, full) for at, full, _ in self.names if full.split()[-1] == bare]
        earlier = [full for at, full in same if before is None or at < before]
        return earlier[-1] if earlier else same[0][1] if same else bare

    def titled(self, role: str, before: int) -> str:
        """The person the article gave `role` as a title before ("the PM" -> "Prime Minister Dickon Mitchell"),
        or ""."""
        wanted = en.ROLE_SHORT.get(role.lower(), role).lower()
        found = [full for at, full, title in self.names if at < before and title and
                 title.lower().endswith(wanted)]
        return found[-1] if found else ""

    def person_before(self, position: int) -> str:
        """The person a pronoun at `position` stands for: the last one who spoke, or was the subject of a
        sentence or clause, before it (by full name, or by the last word of one: "Machado told journalists")."""
        surnames = {full.split()[-1]: full for _, full, _ in self.names}
        found = [(at, full) for at, full in self.spoke if at < position]
        if surnames:
            pattern = (r"(?:(?:" + "|".join(map(re.escape, _TITLES)) + r") )*(?:(?:" +
                       "|".join(map(re.escape, {full for _, full, _ in self.names})) + r")|(?:" +
                       "|".join(map(re.escape, surnames)) + r"))\b")
            for match in re.finditer(pattern, self.text[:position]):
                if _SUBJECT_START.search(self.text[max(0, match.start() - 14):match.start()]):
                    name = split_title(match[0])[0]
                    found.append((match.start(), surnames.get(name, name)))
        return max(found)[1] if found else ""
