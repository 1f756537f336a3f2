"""Figures for `briefing draft`: each number of a sentence that counts something of the event, with its unit,
kind, qualifier (the source's own word, or the brief's word it means), status and claimant. The rules (each with
a real line in tests/test_draft.py):

- F1 no claimant: a sentence that names nobody for its number leaves `claimed_by` out, and the comment says so
  (the outlet reports it on its own account; the author writes whom the brief takes it from);
- C1 'according to X' (a body, or "government figures", "official figures updated late on Sunday");
- C2 '..., X said.' / '..., said X.' at the sentence's end ("officials said", "residents said");
- C3 'X said/told AFP/estimated (that) ...' as the sentence's subject ("authorities have reported");
- C4 a number inside a quote is its speaker's;
- U1 the noun after the number ("53 people"); U2 after a verb of harm ("killed 1,200", "injured more than
  2,400"); U3 a participle after it ("584 injured", "19,000 displaced"); U4 a bare number coordinated with a
  figure before it ("53 people ... and 225 in Malawi"); U5 a toll ("put the death toll at 125", "passed 200");
- X never a figure: a year, a duration ("six weeks ago"), an age, an ordinal, a distance.

The words are in words/en.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefing.brief.draft_people import split_title
from briefing.brief.numbers import MEANING, Mention, mentions, qualifier_words_before
from briefing.brief.proposal import Proposal
from briefing.brief.words import en

WHEN = (r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:early|mid|late)[- ]\d{4}"
        r"|in (?:January|February|March|April|May|June|July|August|September|October|November|December)"
        r"|last (?:year|month|week)|this (?:year|month|week)|yesterday|in \d{4})\b")
# Who a figure is attributed to: an organisation's name may hold "of", "for", "and" ("International Organization
# for Migration"); an acronym after it in brackets is left out of the claimant. In lower case, only words that
# end in a claimant noun ("officials", "government figures", "security sources").
_NOUN = "(?:" + "|".join(sorted(map(re.escape, en.CLAIMANT_NOUNS), key=len, reverse=True)) + ")"
WHO = (r"(?:the )?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|the|in)\s+){0,2}[A-Z][\w'’.&-]*){0,7}"
       rf"(?:\s+{_NOUN})?|(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}{_NOUN}\b")
CLAIMING = (r"(?:said|says|say|reported|reports|estimated|estimates|told [A-Za-z]\w*|announced|claimed|claims|"
            r"stated|have reported|has reported|put|puts)")
_CLAIMANT = [
    ("C1", re.compile(rf"\b[Aa]ccording to (?:[^,.]{{0,40}}? (?:from|by) )?(?P<who>{WHO})(?: \([A-Z]{{2,}}\))?"
                      r"(?=[.,;]| updated| released|$)")),
    ("C2", re.compile(rf", (?P<verb>said|says|reported) (?P<who>{WHO})(?=[.,;]|$)")),
    ("C2", re.compile(rf", (?P<who>{WHO}) (?P<verb>{CLAIMING})(?: {WHEN}| \w+day)?\.?$")),
    ("C3", re.compile(rf"(?:^|, )(?P<who>{WHO}) (?:also |later )?(?P<verb>{CLAIMING})(?: {WHEN})?(?: that)? ")),
]
AREAS = {"km": "km²", "kilometres": "km²", "kilometers": "km²", "miles": "square miles"}
KINDS = {"troops": "troops", "soldiers": "troops", "killed": "killed", "dead": "killed", "wounded": "wounded",
         "injured": "wounded", "captured": "captured", "missing": "missing", "displaced": "displaced",
         "refugees": "displaced", "tanks": "equipment", "drones": "equipment", "km²": "territory"}
PLURALS = ("people", "children", "police", "dead", "personnel", "men", "women")
QUALIFIER_WORDS = ("about", "some", "nearly", "at least", "more than", "up to", "fewer than")
_HARM = "(?:" + "|".join(en.HARM_VERBS) + ")"
_TOLL = re.compile(r"\btoll\b[^.]{0,60}\b(?:at|to|passed|passes|exceeds|exceeded|of|reached|rose to|risen to)\s+"
                   r"(?:more than |over |at least |nearly |about )?$")
# Who says what is inside a quote at a position of the sentence: the quote's speaker, or "".
Speaker = Callable[[int], str]


def figures(sentence: str, line: int, source_id: str, speaker: Speaker = lambda at: "") -> Iterator[Proposal]:
    """The figures of one sentence; `speaker` says who speaks at a position of it, inside a quote (C4)."""
    found = mentions(sentence)
    for n, mention in enumerate(found):
        unit = _unit(sentence, mention, found[:n])
        if unit is None or _conversion(sentence, mention, found[n - 1] if n else None):
            continue
        words = qualifier_words_before(sentence, mention.start)
        qualifier = words if words in QUALIFIER_WORDS else (MEANING[words] if words else None)
        quoted = speaker(mention.start)
        rule, who, verb = ("C4", quoted, "") if quoted else claimant(sentence)
        estimated = verb.startswith("estimate") or "estimated" in sentence[max(0, mention.start - 16):mention.start]
        fields = {"label": _clause(sentence, mention), "value": mention.value, "qualifier": qualifier, "unit": unit,
                  "kind": _kind(sentence, mention, unit), "claimed_by": who,
                  "status": "estimated" if estimated else "claimed", "sources": [source_id]}
        yield Proposal("figures", {k: v for k, v in fields.items() if v not in (None, "")}, line,
                       f"rule {rule}" if who else "rule F1: the article names no claimant: write whom the brief "
                       "takes the figure from (the outlet, if it reports it on its own account)")


def claimant(sentence: str) -> tuple[str, str, str]:
    """The rule, whom the sentence attributes what it says to, and the verb ("according to" gives none):
    ("C3", "International Organization for Migration", "estimated"), ("C2", "Adam Rojal", "said"),
    ("C1", "government figures", ""); ("F1", "", "") if no one."""
    for rule, pattern in _CLAIMANT:
        for found in pattern.finditer(sentence):
            who = re.sub(r"(?<=[a-z])\.$", "", re.sub(r"^(?:[Tt]he|[Aa]n?) ", "", found["who"]).strip())
            first = who.split()[0]
            if not (first.lower() in en.NOBODY and not first.isupper()) and first not in en.SENTENCE_WORDS:
                return rule, split_title(who)[0], found.groupdict().get("verb") or ""
    return "F1", "", ""


def _unit(sentence: str, mention: Mention, before: list[Mention]) -> str | None:
    """What the number counts (U1-U5): "%", "km²", the first plural-looking lower-case word of the next two, ...;
    None for a year, a duration, an age, an ordinal, a distance, or a number that counts nothing named (X)."""
    if mention.percent:
        return "%"
    if re.fullmatch(r"\d{4}", mention.text) and 1800 <= mention.value <= 2100:
        return None
    following = re.findall(r"[\w²'-]+", sentence[mention.end:mention.end + 40])[:3]
    if _never_a_figure(sentence, mention, following):
        return None
    if following[:1] and following[0].lower() == "square" and len(following) > 1:
        return AREAS.get(following[1].lower())
    for word in following[:2]:
        if word.islower() and ((word.endswith("s") and not word.endswith("ss")) or word in PLURALS):
            return word
    if following[:1] and following[0] in en.PARTICIPLES:
        return following[0]  # U3: "584 injured"
    head = sentence[max(0, mention.start - 40):mention.start]
    if re.search(rf"\b{_HARM}\s+(?:more than |over |at least |nearly |about |some |almost )?$", head):
        return "people"  # U2: "killed 1,200"
    if _TOLL.search(sentence[:mention.start]):
        return "deaths"  # U5
    if before and re.search(r"\band\s+$", head) and (following[:1] in (["in"], ["on"], ["from"], []) or
                                                    following[0] in (",", ".")):
        return _unit(sentence, before[-1], before[:-1])  # U4: "53 people ... and 225 in Malawi"
    return None


def _never_a_figure(sentence: str, mention: Mention, following: list[str]) -> bool:
    """X: a duration ("six weeks ago", "a two-day trip"), an age ("60-year-old", "aged 35"), an ordinal, a
    distance ("72 kilometres")."""
    first = following[0].lower() if following else ""
    if first in en.DURATIONS or first in en.DISTANCES:
        return True
    if re.match(r"-(?:" + "|".join(en.DURATIONS) + r")\b", sentence[mention.end:mention.end + 12]):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", sentence[mention.end:mention.end + 3]):
        return True
    return bool(re.search(r"\baged\s+$", sentence[max(0, mention.start - 8):mention.start]))


def _conversion(sentence: str, mention: Mention, previous: Mention | None) -> bool:
    """A number in brackets just after another: the same quantity in other units ("5,000 square km (1,930
    square miles)")."""
    return previous is not None and sentence[:mention.start].rstrip().endswith("(") and \
        mention.start - previous.end < 30


def _kind(sentence: str, mention: Mention, unit: str) -> str:
    if unit == "people" and "population" in sentence[max(0, mention.start - 40):mention.start]:
        return "population"
    return KINDS.get(unit, "")


def _clause(sentence: str, mention: Mention) -> str:
    """The clause around the number, as a first label for the author to edit."""
    start = max((sentence.rfind(mark, 0, mention.start) for mark in (", ", "; ", " - ", "(")), default=-1)
    ends = [i for i in (sentence.find(mark, mention.end) for mark in (", ", "; ", " - ", " (", ".")) if i != -1]
    clause = sentence[start + 1 if start != -1 else 0:min(ends) if ends else len(sentence)].strip(" ,;-(")
    return clause[:1].upper() + clause[1:]
