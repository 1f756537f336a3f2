"""Whether a person an article names is a man or a woman, for `briefing draft`'s pronouns: "he said" is no one the
article shows to be a woman, "she said" no man. Split out of draft_people.py; the words are in words/en.py.

- P40 a woman by her given name: "said Amina, 30, a nurse with four kids of her own" makes Amina Sheikh Mohamed a
  woman, and "his 14-year-old daughter, Habiba" Habiba a girl, so '"...," he said' is neither of them."""

from __future__ import annotations

import re

from briefing.brief.words import en

_MALE = {w.lower() for w in en.MALE_WORDS}
_FEMALE = {w.lower() for w in en.FEMALE_WORDS}
_PRONOUNS = {"he", "his", "him", "she", "her", "hers"}
# The pronoun that opens the sentence after a mention, whose subject it then is: "... in Menka. He declined".
_NEXT_SUBJECT = re.compile(r"[.!?][\"”’]?\s+(?P<pronoun>He|She)\b")
# A noun in apposition: "Amina, 34, a mother of three", "Ali, the father of two".
_KIN = re.compile(r",(?: \d{1,3},)? (?:a|an|the) (?:[\w-]+ ){0,2}?(" + "|".join(
    sorted(w for w in _MALE | _FEMALE if w not in _PRONOUNS and not w.startswith(("mr", "ms", "miss")))) + r")\b")

# P40: a noun in apposition before a name: "his 14-year-old daughter, Habiba".
_KIN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(" + "|".join(
    sorted(w for w in _MALE | _FEMALE if w not in _PRONOUNS and not w.startswith(("mr", "ms", "miss")))) + r"), $")


def gender(text: str, full: str) -> str:
    """"m", "f" or "" for a person named in `text`: by the honorific before their surname, a noun in apposition
    ("Amina, 34, a mother of three"), or the first pronoun after a mention of them in its sentence ("Amina Yusuf
    fled with her children")."""
    words = full.split()
    # P40: or by the given name alone where the article calls them by it ("said Amina, 30, a nurse with four kids of
    # her own" after "Amina Sheikh Mohamed"), and by a noun in apposition before the name ("his daughter, Habiba")
    given = rf"|\b{re.escape(words[0])}\b(?! {re.escape(words[1])})" if len(words) > 1 else ""
    for match in re.finditer(rf"(?:\b(?P<honorific>Mrs?\.?|Ms\.?|Miss) )?(?:\b{re.escape(words[-1])}\b{given})", text):
        if match["honorific"]:
            return "m" if match["honorific"].lower().strip(".") == "mr" else "f"
        noun = _KIN_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if noun:
            return "m" if noun[1] in _MALE else "f"
        after = re.split(r"[.!?]\s|\n|\"|“", text[match.end():match.end() + 120])[0]
        noun = _KIN.match(after)
        if noun:
            return "m" if noun[1] in _MALE else "f"
        for word in re.findall(r"[a-z]+", after):
            if word in _PRONOUNS:
                return "m" if word in _MALE else "f"
        following = _NEXT_SUBJECT.match(text, match.end() + len(after))
        if following:  # "Agbor Balla Nkongho ... told Reuters that ... He declined to say who had killed them."
            return "m" if following["pronoun"].lower() in _MALE else "f"
    return ""
