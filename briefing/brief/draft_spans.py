"""Where an article's direct quotes are: the spans in double marks (one left open at a paragraph's end goes on in
the next) and in single marks where they are not apostrophes; and Q7, a headline or crosshead that is only a quote
("'We need to act now'"), which has the speaker of the body's quote that repeats its words. Who said each quote is
draft_quotes.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.brief.proposal import Proposal

_DOUBLE = re.compile(r'"([^"]+)"|"([^"]+)$')
# A paragraph that opens inside a quote and closes it: its first mark follows a word and is followed by a comma,
# a stop or a space, and no mark opens before it.
_CLOSING_FIRST = re.compile(r'([^"]*[\w.,!?])"(?=[\s,.;:]|$)')
_SINGLE = re.compile(r"(?:^|(?<=[\s(:]))'(?=[A-Z])((?:[^'\s]|\s|(?<=\w)'(?=\w))+?)'(?=[\s,.;:!?)\"]|$)")


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
    for match in _SINGLE.finditer(paragraph):
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
