"""Where an article's direct quotes are: the spans in double marks (one left open at a paragraph's end goes on in
the next) and in single marks where they are not apostrophes; and Q7, a headline or crosshead that is only a quote
("'We need to act now'"), which has the speaker of the body's quote that repeats its words; and which marks hold a
term or a title, not someone's words (Q6, Q12, Q13, Q45: `a_term`); and the text around a quote that says who said
it (the sentence before and after it, a subject without its adverb, Q16, or its auxiliary, Q47). Who said each
quote is draft_quotes.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.brief import sentences
from briefing.brief.proposal import Proposal
from briefing.brief.words import en

_DOUBLE = re.compile(r'"([^"]+)"|"([^"]+)$')
# A paragraph that opens inside a quote and closes it: its first mark follows a word and is followed by a comma,
# a stop or a space, and no mark opens before it.
_CLOSING_FIRST = re.compile(r'([^"]*[\w.,!?])"(?=[\s,.;:]|$)')
_SINGLE = re.compile(r"(?:^|(?<=[\s(:]))'(?=[A-Z])((?:[^'\s]|\s|(?<=\w)'(?=\w))+?)'(?=[\s,.;:!?)\"]|$)")
# Q80: words in single marks inside a sentence that begin in lower case, three words or more (a word or two is a
# term: "'red shirt' protesters"): 'the state radio said troops opened fire 'in the interests of the entire people''.
_SINGLE_LOWER = re.compile(r"(?<=\s)'(?=[a-z])((?:[^'\s]+\s){2,}(?:[^'\s]|\s|(?<=\w)'(?=\w))*?)'"
                           r"(?=[\s,.;:!?)\"]|$)")
# Words that put a term in marks, not someone's words: 'whose name means "sorrowful"', 'a so-called "safe zone"'.
_TERM = re.compile(r"\b(?:means?|meaning|known (?:only |simply )?as|dubbed|so-called|nicknamed|named|called it|"
                   r"termed|described (?:it |this |them )?as(?: an?| the)?|"
                   # Q45: a class a storm or an event is put in: 'Classified as a "very severe cyclonic storm"'
                   r"(?:[Cc]lassified|[Cc]ategori[sz]ed|[Rr]ated) as(?: an?| the)?)\s*$")  # 'described as a "guess,"'
# Q82: a storm's name in marks after its kind, and "called" or "named" after that: "Cyclone 'SIDR' wreaks havoc",
# "The cyclone called 'SIDR' triggered a 15-foot high tidal surge" (no cyclone speaks).
_STORM = re.compile(rf"\b(?:{'|'.join(en.STORM_WORDS)})(?: (?:called|named|dubbed))?\s$", re.IGNORECASE)
# Q12: a title in marks (a hymn's, a book's, an operation's): three words or more, each capitalised but short
# joining words, and no sentence's punctuation.
_TITLE_CASE = re.compile(r"(?:[A-Z][\w'’-]*|a|an|and|at|by|for|in|of|on|or|the|to|with)"
                         r"(?: (?:[A-Z][\w'’-]*|a|an|and|at|by|for|in|of|on|or|the|to|with)){2,}")
# Q13: a preposition or an article just before marks, which then hold a term, not someone's words.
_TERM_AFTER = re.compile(r"\b(?:of|in|into|as|for|against|about|from|the|a|an)\s$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    inner: bool = False  # inside another quote
    open: bool = False  # not closed before the paragraph's end: it goes on in the next


def spans(paragraph: str) -> list[Span]:
    """The quoted spans of a paragraph: in double marks (one left open at the paragraph's end goes on in the
    next), and in single marks where they are not apostrophes ("'Daddy, I'm going ...'")."""
    closing = _CLOSING_FIRST.match(paragraph) if paragraph.count('"') % 2 else None
    if closing:  # a quote the paragraph before left open, whose mark this one only closes: 'To be frank, ...
        # children", the distressed father told the governor.'
        at = closing.end()
        return [Span(0, at, closing[1]), *(replace(s, start=s.start + at, end=s.end + at)
                                           for s in spans(paragraph[at:]))]
    found = [Span(m.start(), m.end(), m[1] or m[2], open=m[2] is not None) for m in _DOUBLE.finditer(paragraph)]
    for match in [*_SINGLE.finditer(paragraph), *_SINGLE_LOWER.finditer(paragraph)]:
        inside = any(s.start < match.start() < s.end for s in found)
        found.append(Span(match.start(), match.end(), match[1], inner=inside))
    return sorted((s for s in found if re.search(r"[A-Za-z]{2}", s.text)), key=lambda s: s.start)


def repeated(title: Proposal, others: list[Proposal]) -> Proposal:
    """Q7: a headline or crosshead that is only a quote ("'We need to act now'") repeats words a quote of the body
    gives, with its speaker ('"We need to act now to prevent catastrophe," he said'): theirs, if only one does."""
    words = _letters(title.fields["text"])
    said = {(other.fields["speaker"], other.fields.get("role", "")) for other in others
            if other.fields.get("speaker") and words in _letters(other.fields["text"]) and
            len(_letters(other.fields["text"])) > len(words)}
    if len(words.split()) < 3 or len(said) != 1:
        return title
    speaker, role = said.pop()
    fields = {key: value for key, value in title.fields.items() if key not in ("role", "when")}
    return replace(title, fields={**fields, "speaker": speaker, **({"role": role} if role else {})},
                   comment="rule Q7")


def _letters(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def a_term(paragraph: str, span: Span, named: bool, described: bool) -> bool:
    """Whether the marks of `span` hold a term or a title, not someone's words, given whether the draft found the
    words' speaker `named` or `described` ("one resident"): Q6, a word or two that nobody is said to have said, one
    lower-case word that no one named said ('amounting to "war" or "genocide"'), a term after "known as", "so-called";
    Q12, a title inside a sentence ('hymns - "Thank Ye Lord for What You Have Given Us" was especially popular');
    Q13, a few lower-case words after a preposition or an article that no one named said ('episodes of "ethnic
    cleansing" by the Serbs')."""
    text, before = span.text, paragraph[:span.start]
    if _STORM.search(before) and len(text.split()) <= 2:  # Q82: "The cyclone called 'SIDR'" names a storm
        return True
    if not named and not described and len(text.split()) < 3 and not re.fullmatch(r"[A-Z].*[.!?]", text) or \
            _TERM.search(before):
        return True
    if not named and re.fullmatch(r"[a-z][\w'’-]*", text.strip(" ,.")):
        return True
    if not named and not described and span.start > 0 and _TITLE_CASE.fullmatch(text):
        return True
    return not named and _TERM_AFTER.search(before) is not None and \
        re.fullmatch(r"[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}", text.strip()) is not None


# The text around a quote, for who said it (draft_quotes.py).
_ADVERBS = re.compile(r"\s+(?:also|later|then|again|further|previously|though|however|nevertheless|meanwhile)$")
# Q47: an auxiliary between a pronoun or a name and the verb of saying: '"...," he has said', 'Ershad had said' (not
# after a long description, whose subject is no name: "Teams searching ... in the Libyan city of Derna have compared").
_AUXILIARY = re.compile(r"^(?:the )?(?:he|she|it|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
                        r"(?P<auxiliary>\s+(?:has|have|had))$")
# Q16: an adverb in "-ly" after a name or a pronoun ('"...," Be sadly said', 'he quietly added'); not a noun in "-ly"
# ("the family said", "the daily said").
_LY = re.compile(r"(?<=[\w'’-])\s+(?!(?:" + "|".join(en.NOUNS_IN_LY) + r")$)[a-z]{2,}ly$")
_BEFORE_LY = re.compile(r"(?:^|\s)(?:[A-Z][\w'’-]*|he|she)$")

# A participle's clause after a speaker's title, which says what they said, not who they are: "World Food Programme
# (WFP) Regional Director for Southern Africa, noting that WFP's call ... went unheeded".
PARTICIPLE_TAIL = re.compile(r",? (?:noting|adding|saying|warning|explaining|stressing|urging|calling|insisting|"
                             r"pointing out|referring to)\b.*$"
                              # or the whole role, where it is what the speaker was doing: "lying on an army cot"
                             r"|^(?!(?:managing|acting|leading|ruling|outgoing|incoming|governing|presiding|founding|"
                             r"reigning|visiting|ranking|coordinating|commanding)\b)[a-z]+ing\b.*$")


def without_adverb(subject: str) -> str:
    """A subject without the adverb before its verb: "also", "later", or (Q16) one in "-ly" after a name or a
    pronoun ("Be sadly", "he quietly"), not a noun in "-ly" ("the family")."""
    auxiliary = _AUXILIARY.search(subject)
    subject = _ADVERBS.sub("", subject[:auxiliary.start("auxiliary")] if auxiliary else subject)
    ly = _LY.search(subject)
    return subject[:ly.start()] if ly and _BEFORE_LY.search(subject[:ly.start()]) else subject


def role_head(role: str) -> str:
    """The noun a role is: "magazine" of "the state-sponsored news magazine", "spokesperson" (not "agency") of
    "spokesperson for Mozambique's disaster relief agency"."""
    words = re.split(r"\s(?:for|of|at|in|with|to|from|on)\s", role)[0].split()
    return words[-1].lower().strip(",.") if words else ""


def opens_sentence(paragraph: str, start: int) -> bool:
    """Whether a quote at `start` begins a sentence of the paragraph, after another sentence."""
    return start > 0 and re.search(r"[.!?][\"”’']?\s+$", paragraph[:start]) is not None


def sentence_after(paragraph: str, end: int) -> str:
    rest = paragraph[end:].split('"')[0]
    parts = sentences.split(rest.lstrip(" ,"))
    return parts[0] if parts else ""


def sentence_before(paragraph: str, start: int) -> str:
    before = paragraph[:start]
    cuts = [b for _, b in sentences.boundaries(paragraph[:start + 1]) if b <= start] + [before.rfind('"') + 1]
    return before[max(cuts, default=0):]
