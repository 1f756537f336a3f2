"""What the words right beside a name say of it, for the draft's places (draft_places.py), beyond draft_cues.py's
words of place: a name ending in "an" after a preposition is a place where no noun in lower case ends its list, no
adjective of nationality (P133: "In Pesawaran and Tanggamus, at least two people died"; not "in Ethiopian and Sudanese
camps"); a name right after a kind of place is that place, though a speech verb follows it and the draft takes it for a
speaker (P136: "The state radio station operating out of the country's capital Naypyitaw said")."""

from __future__ import annotations

import re

from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.words import en_places


def listed_after_preposition(mention: Mention) -> bool:
    """P133: a name ending in "an" after a preposition of place, which an adjective of nationality may end in ("in
    Sudanese camps", "the Himalayan nation"), is a place where it ends a list of names, or begins one, that no noun in
    lower case follows: "In Pesawaran and Tanggamus, at least two people died" (not "in Ethiopian and Sudanese
    camps")."""
    before = re.sub(r"\s(?:the|northern|southern|eastern|western|central)$", "", mention.before.rstrip(),
                    flags=re.IGNORECASE).split()
    return mention.name.endswith("an") and bool(before) and before[-1].lower() in en_places.PREPOSITIONS and \
        _LIST_ENDS.match(mention.after) is not None


_LIST_ENDS = re.compile(rf"^(?:(?:,\s{WORD}(?:\s{WORD})*)*,?\s(?:and|or)\s{WORD}(?:\s{WORD})*)?(?:[,.;:!?]|$)")


def after_a_kind(mention: Mention) -> bool:
    """P136: a name right after a kind of place in lower case ("out of the country's capital Naypyitaw said", "the
    border town Adre"), which names the place, whatever verb follows."""
    return _KIND_BEFORE.search(mention.before) is not None


_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(en_places.NAMING_KINDS)}) $")
