"""Whom a source gives a number to, and whether that is the claimant a brief names: for `verify`'s check of a
figure's `claimed_by` (B906). The claimant of a sentence is read as `draft` reads it (draft_claims.claimant);
names are compared by the words that say whose a claim is, so "Government figures" is the government's and
"Syrskyi" is "Oleksandr Syrskyi"; the bodies' other names are `aliases`' to give."""

from __future__ import annotations

import re

from briefing.brief.aliases import mentioned
from briefing.brief.archive import normalise

# Small words that are no part of whose a claim is (an acronym in capitals, "WHO", always is).
STOPWORDS = {"the", "of", "in", "by", "and", "a", "an", "to", "for", "on", "at", "from", "with", "still", "its",
             "their", "his", "her", "as", "or", "is", "are", "was", "were", "that", "this", "who", "what"}
# Words of a claimant that say what kind of claim, not whose: "government figures" is the government's.
CLAIM_WORDS = {"figures", "figure", "data", "statistics", "tally", "tallies", "estimates", "estimate", "report",
               "reports", "statement", "count", "toll", "no", "source", "named", "not"}
# Claimants that name nobody in particular: whose officials, which sources, the sentence does not say.
UNNAMED = {"officials", "official", "authorities", "sources", "residents", "witnesses", "local", "security",
           "medical", "rescuers", "activists", "medics", "doctors", "workers", "observers", "monitors"}
# Where a sentence's second claim begins: "X said 190 were killed, while Y reported 20 deaths".
CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|but)\s+|;\s+")


def clause_at(sentence: str, at: int) -> str:
    """The part of the sentence that gives the number at `at` its claimant: the number's own clause where it
    names one ("X said 190 were killed, while Y reported 20 deaths": X's, then Y's), else the whole sentence
    ("190 were killed in Malawi, while 20 died in Mozambique, officials said")."""
    cuts = list(CLAUSE.finditer(sentence))
    start = max((match.end() for match in cuts if match.end() <= at), default=0)
    own = sentence[start:next((match.start() for match in cuts if match.start() > at), len(sentence))]
    return own if own == sentence or claimant_in(own) else sentence


def claimant_in(text: str, at: int | None = None) -> str:
    """Whom the text attributes its numbers to, as `draft` reads it ("" if no one), without the stop of a
    sentence that ends with it ("according to the WHO."); with `at`, the number there: a clause's claimant
    claims only what follows its verb ("42 people have been killed and the deputy prime minister said more are
    missing": not the deputy prime minister's 42)."""
    from briefing.brief.draft_claims import claimed  # its patterns take 0.1 s to compile: only when needed

    claims = claimed(text)
    if at is not None:
        claims = [claim for claim in claims if claim.start <= at][-1:]
    who = claims[0].who if claims else ""
    return who[:-1] if who.endswith(".") and "." not in who[:-1] else who


def _words(name: str) -> set[str]:
    """The words of a claimant's name that say whose the claim is: without "the", "'s", what is in brackets
    ("Reuters (no source named)") and words of the kind of claim ("figures")."""
    text = re.sub(r"\([^)]*\)", " ", normalise(name)).replace("'s ", " ")
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)
            if (w.isupper() and len(w) > 1) or w.lower() not in STOPWORDS | CLAIM_WORDS | {"s"}}


def bare(name: str) -> str:
    """A claimant's name without what the brief says of it in brackets."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name).split())


def is_unnamed(who: str) -> bool:
    """Whether a claimant names nobody in particular ("officials", "security sources")."""
    return _words(who) <= UNNAMED


def same_claimant(one: str, other: str) -> bool:
    """Whether two names are one claimant's: one's words of whose all among the other's ("Government figures"
    and "Malawi's government"; "Syrskyi" and "Oleksandr Syrskyi"), or one is the acronym the other gives itself
    in brackets ("DoDMA" and "Malawi's Department of Disaster Management Affairs (DoDMA)")."""
    if bare(one) in _acronyms(other) or bare(other) in _acronyms(one):
        return True
    a, b = _words(one), _words(other)
    return bool(a and b) and (a <= b or b <= a)


def _acronyms(name: str) -> set[str]:
    """The acronyms a name gives in brackets: "(DoDMA)", "(OCHA)"; not "(no source named)"."""
    return {inner for inner in re.findall(r"\(([^()\s]+)\)", name) if sum(c.isupper() for c in inner) >= 2}


def is_named(name: str, sentence: str) -> bool:
    """Whether the sentence names the claimant: as a whole (an acronym in capitals), or by every word of whose
    ("Authorities in Mozambique" in "authorities in neighbouring Mozambique")."""
    words = _words(name)
    if mentioned(bare(name), sentence):
        return True
    present = {w.replace("'s", "") for w in re.findall(r"[^\W\d_]+(?:'s)?", normalise(sentence).lower())}
    return bool(words) and words <= present and not words <= UNNAMED
