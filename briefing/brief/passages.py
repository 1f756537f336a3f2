"""Finding a brief's words in an archived copy: a direct quotation verbatim (after `archive.normalise`), with an
ellipsis for a gap in the same paragraph and [square brackets] for the author's insertions; and, when it is not
there, the closest passage and a word-level account of how they differ."""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable

from briefing.brief.archive import normalise
from briefing.brief.sentences import boundaries
from briefing.brief.sentences import split as split_sentences

_GAP = re.compile(r"\s*(?:\[[^\]]*\]|\.\s?\.\s?\.)\s*")  # "..." ("…" after NFKC) or [an insertion]
EXCERPT_CHARS = 240
INSERTION_CHARS = 120  # of the source that one [insertion] may stand for
MAX_WINDOWS = 200_000
EDGE = "\"'.,;:!?()"  # word windows compared when looking for the closest passage


def quote_parts(quote: str) -> tuple[list[str], list[str]]:
    """The quotation's literal pieces (normalised), and between each two the kind of gap: "..." (any stretch of
    the paragraph) or "[]" (an insertion: up to INSERTION_CHARS of the source)."""
    text = normalise(quote)
    pieces, gaps, position = [], [], 0
    for gap in _GAP.finditer(text):
        pieces.append(text[position:gap.start()])
        gaps.append("..." if gap[0].strip()[:1] == "." else "[]")
        position = gap.end()
    pieces.append(text[position:])
    return pieces, gaps


def find_quote(quote: str, paragraphs: Iterable[str]) -> bool:
    """Whether the quotation is in one of the (normalised) paragraphs, as `quote_parts` reads it."""
    pieces, gaps = quote_parts(quote)
    return any(_in_paragraph(pieces, gaps, paragraph) for paragraph in paragraphs)


def _in_paragraph(pieces: list[str], gaps: list[str], paragraph: str) -> bool:
    """Piece by piece, keeping every place the quotation so far may end: linear in the occurrences of each
    piece, whatever a brief's quotation holds (a pattern with many gaps could backtrack for ever)."""
    ends = [start + len(pieces[0]) for start in _occurrences(pieces[0], paragraph)]
    for piece, gap in zip(pieces[1:], gaps):
        if not ends:
            return False
        starts = _occurrences(piece, paragraph)
        if gap == "...":
            ends = [start + len(piece) for start in starts if start >= ends[0]]
        else:
            ends = [start + len(piece) for start in starts if _reachable(ends, start)]
    return bool(ends)


def _occurrences(piece: str, paragraph: str) -> list[int]:
    found, position = [], paragraph.find(piece)
    while position != -1:
        found.append(position)
        position = paragraph.find(piece, position + 1) if position < len(paragraph) else -1
    return found


def _reachable(ends: list[int], start: int) -> bool:
    """Whether some end lies at most INSERTION_CHARS before `start` (ends ascending)."""
    index = bisect.bisect_right(ends, start)
    return index > 0 and start - ends[index - 1] <= INSERTION_CHARS


def closest(words: list[str], paragraphs: Iterable[str]) -> str:
    """The run of as many words, in any one paragraph, most like `words` (difflib's ratio over words)."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(words)
    best, passage, compared = 0.0, "", 0
    for paragraph in paragraphs:
        tokens = paragraph.split()
        for start in range(max(1, len(tokens) - len(words) + 1)):
            window = tokens[start:start + len(words)]
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best and matcher.ratio() > best:
                best, passage = matcher.ratio(), " ".join(window).strip(EDGE)
            compared += 1
            if compared > MAX_WINDOWS:
                return passage
    return passage


def differences(passage: str, quote: str) -> str:
    """How the quote differs from the passage, word by word: '"approaches" → "approach"', '"and" left out',
    '"very" added'. Punctuation at either end of a word is not a difference (the passage is cut mid-sentence)."""
    source, given = passage.split(), normalise(quote).split()
    bare = difflib.SequenceMatcher(None, [w.strip(EDGE) for w in source], [w.strip(EDGE) for w in given],
                                   autojunk=False)
    changes = []
    for operation, a1, a2, b1, b2 in bare.get_opcodes():
        was, now = " ".join(source[a1:a2]), " ".join(given[b1:b2])
        if operation == "replace":
            changes.append(f'"{was}" → "{now}"')
        elif operation == "delete":
            changes.append(f'"{was}" left out')
        elif operation == "insert":
            changes.append(f'"{now}" added')
    return "; ".join(changes)


def sentences(paragraph: str) -> list[str]:
    return split_sentences(paragraph)


def best_sentence(words: set[str], paragraphs: Iterable[str]) -> str:
    """The sentence holding most of `words` (lower case), shortened; "" when none holds any."""
    scored = [(sum(w in sentence.lower() for w in words), sentence) for p in paragraphs for sentence in sentences(p)]
    score, sentence = max(scored, key=lambda pair: pair[0], default=(0, ""))
    return excerpt(sentence) if score else ""


def sentence_at(paragraph: str, position: int) -> str:
    """The sentence of `paragraph` that holds `position`, shortened to EXCERPT_CHARS."""
    return excerpt(sentence_at_position(paragraph, position)[0])


def sentence_at_position(paragraph: str, position: int) -> tuple[str, int]:
    """The sentence of `paragraph` that holds `position`, and where `position` is in it."""
    start = 0
    for end, following in boundaries(paragraph):
        if end >= position:
            return paragraph[start:end], position - start
        start = following
    return paragraph[start:], position - start


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
