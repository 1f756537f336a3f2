"""Who a claimant's words stand for, for draft_claims.py's rules: "he" or "she" the person last named, "it" the
body that last claimed something, a surname the full name the article gives (C6); "Officials" themselves, "But"
nobody, "Some government officials" the officials (C15); "The report" the claimant that issued it (C20); "the
agency" the body last named with that noun (C15); a title the person the article gives it (C6); "Officials from
Liberia's Ministry of Information, ..." officials, not "Tourism" (C52). The rules are described in draft_claims.py."""

from __future__ import annotations

import re

from briefing.brief.draft_claimants import Claimants
from briefing.brief.draft_people import split_title
from briefing.brief.words import en

__all__ = ["named"]


def named(who: str, claimants: Claimants | None, at: int) -> str:
    """The claimant a subject names (C6), or "" if it names nobody: "he" the last person named, "Officials"
    themselves, "But" nobody."""
    head = re.split(r" (?:at|from|of|in|with|for|to) ", who)[0]  # "Officials from Liberia's Ministry of ..." (C52)
    first, last = who.split()[0], head.split()[-1].lower()
    some = len(who.split()) > 1 and first.lower() in en.HOW_MANY and last in en.CLAIMANT_NOUNS  # "Some government
    # officials have said": how many speak, then who (C15)
    if claimants is not None and who.lower() in (*en.PERSON_PRONOUNS, "it", "they"):
        return claimants.resolve(who, at)
    if claimants is not None and who in en.STATEMENT_NOUNS and claimants.last[:1].isupper():
        return claimants.last  # "The report said that a total of 91,770": the report of the claimant named before,
        # "Haiti's Health Ministry said in a report Monday" (C20)
    if claimants is not None and who.split()[-1].lower() in en.BODY_REFERENCES and who[:1].islower() and \
            len(who.split()) <= 2:  # "the agency said": the body last named
        noun = who.split()[-1]
        return claimants.people.body_before(at, noun) or claimants.named_with(noun, at) or who
    if first.lower() in en.NOBODY and not first.isupper() and not some:
        return ""
    if first in en.SENTENCE_WORDS and last not in en.CLAIMANT_NOUNS:
        return ""
    if claimants is not None and (f"the {who.lower()}" in en.ROLE_SHORT or who in en.TITLES):
        titled = claimants.people.titled(who, at)  # "According to the CS": the person the article gives that title
        if titled:
            return titled
    name = split_title(who)[0]
    return claimants.resolve(name, at) if claimants is not None else name
