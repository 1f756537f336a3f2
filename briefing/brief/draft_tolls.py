"""What a number with no noun after it counts, read from the verb around it, for draft_figures.py's `_unit`: the
number as a clause's subject (U10 "more than 630 were reported dead", U41 "up to 15,000 may have died", U46 "About
100,000 now live in", U70 "over 2,100 escaped to shelters"), after a verb of harm (U2 "killed 1,200"), after "the
number of" (U21 "the current number of missing girls is 219"), a toll (U5 "put the death toll at 125", U72 "the
figure could reach 500"), and a count that rose, was brought to, could reach or stood at a number (U13 "Ebola cases
in Kampala have risen to 14", U45 "the total fatalities could reach 10,000", U72 "the fatalities – for the moment –
stood at approximately 400", U73 "and the injured at well above 1,000"). The rules are described in full, with
their lines, in draft_figures.py's docstring; this module's own (each with a real line in
tests/test_draft_figures_found.py):

- U80 a count that reaches, tops, passes or exceeds a number with no modal ("MERS cases reach more than 400"), not in
  a supposition ("Even if the human casualty figures exceed 100,000 we will not be surprised");
- U81 any of numbers.py's qualifiers before the number of a toll, a count's verb or a verb of harm, which a headline
  may write in title case ("Samoan Tsunami Kills Up to 100"), and a toll that "could exceed", "could top" or "hits" a
  number as it "reaches" one ("the toll could exceed 20,000");
- U82 a toll's verb past an aside between commas ("The toll from the cyclone, which began on Oct. 29 and ..., rose to
  9,392");
- U84 a count "left" homeless, dead or injured ("150,000 left homeless").

Words: words/en.py."""

from __future__ import annotations

import re

from briefing.brief.draft_counts import plural
from briefing.brief.numbers import MEANING, Mention
from briefing.brief.words import en

# Any of numbers.py's qualifiers, as a toll's or a count's verb may have it before its number (U81): "Samoan Tsunami
# Kills Up to 100", "stood at approximately 400".
_QUALIFIED = r"(?:(?:" + "|".join(sorted(map(re.escape, MEANING), key=len, reverse=True)) + r")\s+)?"
# The number as a clause's subject, with no noun, and the participle its verb ends in (U10), also in a relative clause
# (U95: "including about 550,000 who were displaced", "including 148,695 that were totally destroyed").
_SUBJECT_COUNT = re.compile(r"\s+(?:more\s+|others\s+|of [\w'’]+(?: [a-z]+)?\s+)?(?:who\s+|that\s+)?"  # U95
                            r"(?:were|was|have been|has been|had been|are|is)\s+(?:[a-z]+ly\s+)?"
                            r"(?:(?:reported|confirmed|believed|feared|said|known|thought)\s+(?:to be\s+)?)?"
                            r"(?P<participle>" + "|".join(en.PARTICIPLES) + r"|[a-z]{3,}ed)\b"
                            r"|\s+(?:(?:had|have|has) |(?:may|might|could|would|must) have )?"
                            r"(?P<died>died|die|dies|perished)\b"  # "up to 15,000 may have died" (U41)
                            r"|\s+(?:who |that )?(?:(?:had|have|has) to |(?:were|was|have been|had been) forced to "
                            r"|(?:had|have|has) )?"  # "more than 50,000 who fled since the flare-up" (U70)
                            r"(?P<fled>fled|flee|escaped)\b"  # "1 million had to flee their homes" (U41), "over 2,100
                            # escaped to shelters" (U70)
                            r"|\s+(?:now |still )?(?P<live>live|lived)\b"  # "About 100,000 now live in" (U46)
                            r"|\s+(?:(?:were|was|have been|has been|had been|are|is)\s+)?left\s+"
                            r"(?P<left>" + "|".join(en.PARTICIPLES) + r")\b")  # U84: "150,000 left homeless"
# "another 150 were reportedly injured", "541 had died" (U15)
_HARM = "(?:" + "|".join(en.HARM_VERBS) + ")"
_TOLL = re.compile(r"\b(?:toll|number(?: of)?|(?<=the )figure(?= could| may| might| would| will))\b"  # U72
                   r"[^.]{0,100}\b(?:at|to|passed|passes|exceeds|exceeded|exceed|of|reached|reach|hits?|top|"
                   r"rose to|risen to|standing at|stands at|stood at|rise|rose|near|nears|neared|nearing|surpassed|"
                   r"surpasses|topped|tops|(?<=\btoll)[^.]{0,100}?\b(?:was|is))\s+[\"“]?"
                   + _QUALIFIED + r"$",
                   re.IGNORECASE)  # U24: a headline's "Death Toll in Bangladesh at Nearly 40,000", "The official
# death toll today surpassed 37,000"  # U5; "the
# number of dead could rise as high as 40,000" (U13)
# What a count stood at after it grew, or what something brought it to (U13).
_RISEN = re.compile(r"\b(?P<noun>[a-z]+s)(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)? (?:have|has|had) (?:now )?"
                    r"(?:risen|rose|climbed|increased|jumped|grown) to\s+$"
                    r"|\b(?:brings?|bringing|brought|raising|raises|raised|takes|taking|took|pushing|pushes|pushed) "
                    r"(?:the )?(?:[a-z]+ ){0,2}(?P<brought>[a-z]+s) to\s+$"
                    r"|\b(?P<reach>[a-z]+s) (?:(?:could|may|might|would|will) (?:reach|rise to|climb to|top|exceed)|"
                    r"(?:(?:have|has|had) )?(?:now )?(?:reach|reaches|reached|tops?|topped|exceeds?|exceeded|"
                    r"pass|passes|passed))\s+" + _QUALIFIED + r"$"  # U45: "the total fatalities could reach 10,000";
                    # U80: with no modal, "MERS cases reach more than 400"
                    r"|\b(?P<stood>[a-z]+s|" + "|".join(en.PARTICIPLES) + r")(?: [–—-] [^–—.;]{1,30} [–—-])? "
                    r"(?:stood|stands|stand) at\s+"
                    + _QUALIFIED + r"$"  # U72: "the
                    # fatalities – for the moment – stood at approximately 400"; U95: "Total reported injured stood
                    # at 742"
                    r"|\band (?:the )?(?P<also>[a-z]+) at\s+" + _QUALIFIED + "$")  # U73: "put the death toll at
# more than 400 and the injured
# at well above 1,000": what follows "and the" a toll's count coordinated with it
# "The number of" things that a bare number after "is" or "stands at" counts (U21): "the current number of missing
# girls is 219".
_NUMBER_OF = re.compile(r"\b(?:number|total|count) of (?P<words>(?:[a-z]+ ){0,2}[a-z]+)\b[^.;:]{0,80}?\b(?:is|was|are|"
                        r"were|stands at|stood at|standing at|rose to|risen to|reached|to|at) "
                        r"(?:now |currently |still )?"
                        + _QUALIFIED + "$")

# A supposition, which counts nothing yet: "Even if the human casualty figures exceed 100,000 we will not be
# surprised" (U80).
_IF = re.compile(r"\b(?:if|unless|whether)\b[^,;]*$", re.IGNORECASE)
# A relative clause between commas, which a toll's verb may follow (U82).
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")


def counted_by_verb(sentence: str, mention: Mention, after_a_count: bool) -> str | None:
    """What the number at `mention` counts by the verb it is the subject or the object of, or by the toll or "the
    number of" before it; None if no verb says. `after_a_count`: the sentence has a number before this one (U73)."""
    verb = _SUBJECT_COUNT.match(sentence, mention.end)
    if verb:
        return verb["participle"] or verb["left"] or ("displaced" if verb["fled"] else "people" if verb["live"] else
                                                      "dead")
        # U10: "more than 630 were reported dead", "after 11,000 die in Derna"; U41, U46
    head = sentence[max(0, mention.start - 40):mention.start]
    if re.search(rf"\b{_HARM}\s+{_QUALIFIED}$", head, re.IGNORECASE):
        return "people"  # U2: "killed 1,200"; U81: a headline's title case, any qualifier ("Kills Up to 100")
    counted = _NUMBER_OF.search(sentence[max(0, mention.start - 160):mention.start])
    nouns = [word for word in counted["words"].split() if plural(word)] if counted else []
    if nouns:
        return nouns[0]  # U21: "the number of girls confirmed to be still missing is now 219"
    if _TOLL.search(_ASIDE.sub("", sentence[:mention.start])):  # U82: past an aside, "The toll from the cyclone,
        # which began on Oct. 29 and ..., rose to 9,392"
        return "deaths"  # U5
    risen = _RISEN.search(sentence[max(0, mention.start - 100):mention.start])
    if risen and not (risen["reach"] and _IF.search(sentence[:mention.start])):  # U80: not a supposition
        also = risen["also"] if after_a_count and (risen["also"] in en.PARTICIPLES or risen["also"] and
                                            plural(risen["also"])) else None  # U73: after a count it goes on from
        if not risen["also"] or also:
            return risen["noun"] or risen["brought"] or risen["reach"] or risen["stood"] or also  # U13: "Ebola
        # cases in Kampala have risen to 14", "this brings cumulative confirmed cases to 84"; U45, U72, U73
    return None
