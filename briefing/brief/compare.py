"""What changed since the last brief, computed from the two briefs: which items are the same across the weeks,
which figures moved, what is new and what is no longer there.

The matching rule, in order (README, "The weekly cycle"):
1. Items that carry the same `id` in both briefs are the same item, whatever else changed; two different ids
   are never the same item.
2. Otherwise, a figure is the same figure when its kind, party, unit, scope (its `claim`, else its label) and
   claimant are the same; several such figures pair in file order. A figure whose claimant changed is the
   same figure only through an `id`.
3. A place is the same place when its name (or one of its `aka`) is the same, ignoring case and accents.
4. Facts, quotes (of the same speaker) and timeline entries are the same when their words, normalised (case,
   accents, punctuation and spacing ignored), are at least SAME_TEXT alike; pairs between LIKE_TEXT and
   SAME_TEXT are not matched but reported (`check`, B803), since they may be one item reworded. When more than
   MAX_ALIKE_PAIRS pairs are left after items with the same words have paired, only those pair (a bound on time).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from briefing.brief.model import Brief, Figure, Place, Quote

SAME_TEXT = 0.85
LIKE_TEXT = 0.55
MAX_ALIKE_PAIRS = 40_000  # pairs compared word by word in one section; past it, only the same words match
SECTIONS = ("facts", "figures", "quotes", "places", "timeline")  # compared; sections (analysis) are rewritten
MARKED = ("facts", "quotes", "places", "timeline")  # marked NEW where they stand

How = Literal["id", "key", "name", "text"]


@dataclass(frozen=True)
class Pair:
    old: int
    new: int
    how: How


@dataclass(frozen=True)
class Unsure:
    """A new item that resembles a previous one too little to be called the same, too much to be ignored."""

    section: str
    new: int
    old: int
    similarity: float


@dataclass(frozen=True)
class FigureChange:
    """A figure that moved (old and new), appeared (new only) or is no longer reported (old only)."""

    old: Figure | None
    new: Figure | None

    @property
    def state(self) -> Literal["changed", "new", "dropped"]:
        return "changed" if self.old and self.new else ("new" if self.new else "dropped")


@dataclass(frozen=True)
class Changes:
    previous_as_of: dt.datetime
    figures: list[FigureChange] = field(default_factory=list)  # changed, then new, then no longer reported
    new: dict[str, tuple[int, ...]] = field(default_factory=dict)  # section -> indexes in this brief
    dropped: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # section -> items of the previous brief
    unsure: list[Unsure] = field(default_factory=list)
    pairs: dict[str, list[Pair]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.figures or any(self.new.values()) or any(self.dropped.values()))


def compare(previous: Brief, current: Brief) -> Changes:
    """The changes from `previous` to `current` (both valid briefs)."""
    pairs: dict[str, list[Pair]] = {}
    unsure: list[Unsure] = []
    for section in SECTIONS:
        pairs[section], doubtful = match(section, getattr(previous, section), getattr(current, section))
        unsure += doubtful
    new = {s: _unpaired(len(getattr(current, s)), {p.new for p in pairs[s]}) for s in SECTIONS}
    gone = {s: _unpaired(len(getattr(previous, s)), {p.old for p in pairs[s]}) for s in SECTIONS}
    dropped = {s: tuple(getattr(previous, s)[i] for i in indexes) for s, indexes in gone.items()}
    moved = [FigureChange(previous.figures[p.old], current.figures[p.new]) for p in pairs["figures"]
             if figure_differs(previous.figures[p.old], current.figures[p.new])]
    figures = [*moved, *(FigureChange(None, current.figures[i]) for i in new["figures"]),
               *(FigureChange(old, None) for old in dropped["figures"])]
    return Changes(previous.brief.as_of, figures, {s: new[s] for s in MARKED},
                   {s: dropped[s] for s in SECTIONS if s != "figures"}, unsure, pairs)


def _unpaired(count: int, paired: set[int]) -> tuple[int, ...]:
    return tuple(i for i in range(count) if i not in paired)


def match(section: str, old: Sequence[Any], new: Sequence[Any]) -> tuple[list[Pair], list[Unsure]]:
    """The pairs (old index, new index) of one section that are the same item, and the doubtful ones."""
    pairs = _by_id(old, new)
    free_old = [i for i in range(len(old)) if i not in {p.old for p in pairs}]
    free_new = [i for i in range(len(new)) if i not in {p.new for p in pairs}]
    unsure: list[Unsure] = []
    if section == "figures":
        found = _by_key(old, new, free_old, free_new, figure_key, "key")
        pairs += found
        unsure = _rescoped(old, new, [i for i in free_old if i not in {p.old for p in found}],
                           [j for j in free_new if j not in {p.new for p in found}])
    elif section == "places":
        pairs += _by_names(old, new, free_old, free_new)
    else:
        found, unsure = _by_text(section, old, new, free_old, free_new)
        pairs += found
    return sorted(pairs, key=lambda pair: pair.new), unsure


def _by_id(old: Sequence[Any], new: Sequence[Any]) -> list[Pair]:
    first_old: dict[str, int] = {}
    for i, item in enumerate(old):
        if item.id is not None:
            first_old.setdefault(item.id, i)
    pairs, taken = [], set()
    for j, item in enumerate(new):
        found = first_old.get(item.id) if item.id is not None else None
        if found is not None and found not in taken:
            pairs.append(Pair(found, j, "id"))
            taken.add(found)
    return pairs


def _compatible(a: Any, b: Any) -> bool:
    """Two items with different ids are never the same item."""
    return a.id is None or b.id is None or a.id == b.id


def _by_key(old: Sequence[Any], new: Sequence[Any], free_old: list[int], free_new: list[int],
            key: Callable[[Any], tuple[str, ...]], how: How) -> list[Pair]:
    """Pairs of equal key, in file order."""
    waiting: dict[tuple[str, ...], list[int]] = {}
    for i in free_old:
        waiting.setdefault(key(old[i]), []).append(i)
    pairs = []
    for j in free_new:
        queue = waiting.get(key(new[j]), [])
        found = next((i for i in queue if _compatible(old[i], new[j])), None)
        if found is not None:
            queue.remove(found)
            pairs.append(Pair(found, j, how))
    return pairs


def figure_key(figure: Figure) -> tuple[str, ...]:
    """Kind, party, unit, scope (claim, else label) and claimant, normalised."""
    return tuple(normalise(part) for part in (figure.kind, figure.party, figure.unit_name,
                                              figure.claim or figure.label, figure.claimed_by))


def _rescoped(old: Sequence[Figure], new: Sequence[Figure], free_old: list[int], free_new: list[int]) -> list[Unsure]:
    """Unmatched figures of the same kind, party, unit and claimant whose scope (claim or label) changed: perhaps
    one figure relabelled, perhaps two."""
    def unscoped(figure: Figure) -> tuple[str, ...]:
        key = figure_key(figure)
        return key[:3] + key[4:]

    waiting: dict[tuple[str, ...], list[int]] = {}
    for i in free_old:
        waiting.setdefault(unscoped(old[i]), []).append(i)
    unsure = []
    for j in free_new:
        twin = next((i for i in waiting.get(unscoped(new[j]), []) if _compatible(old[i], new[j])), None)
        if twin is not None:
            before, after = (normalise(f.claim or f.label).split() for f in (old[twin], new[j]))
            alike = difflib.SequenceMatcher(None, before, after, autojunk=False).ratio()
            unsure.append(Unsure("figures", j, twin, alike))
    return unsure


def _by_names(old: Sequence[Place], new: Sequence[Place], free_old: list[int], free_new: list[int]) -> list[Pair]:
    """Places sharing a name or an aka, each pairing once, in file order."""
    def names(place: Place) -> set[str]:
        return {normalise(name) for name in (place.name, *place.aka)}

    holders: dict[str, list[int]] = {}
    for i in free_old:
        for name in names(old[i]):
            holders.setdefault(name, []).append(i)
    pairs, taken = [], set()
    for j in free_new:
        candidates = sorted({i for name in names(new[j]) for i in holders.get(name, [])})
        found = next((i for i in candidates if i not in taken and _compatible(old[i], new[j])), None)
        if found is not None:
            taken.add(found)
            pairs.append(Pair(found, j, "name"))
    return pairs


def _by_text(section: str, old: Sequence[Any], new: Sequence[Any], free_old: list[int],
             free_new: list[int]) -> tuple[list[Pair], list[Unsure]]:
    """Items with the same words pair first, in file order; then the most alike pairs, each item once."""
    said_old, said_new = ({i: _words(items[i]) for i in free} for items, free in ((old, free_old), (new, free_new)))
    pairs = _by_key(old, new, free_old, free_new, lambda item: (_speaker(item), *_words(item)), "text")
    left_old = [i for i in free_old if i not in {p.old for p in pairs}]
    left_new = [j for j in free_new if j not in {p.new for p in pairs}]
    alike = _alike(old, new, said_old, said_new, left_old, left_new) \
        if len(left_old) * len(left_new) <= MAX_ALIKE_PAIRS else []
    scored = sorted(alike, key=lambda s: (-s[0], s[2], s[1]))
    used_old, used_new = set(), set()
    for score, i, j in scored:
        if score >= SAME_TEXT and i not in used_old and j not in used_new:
            pairs.append(Pair(i, j, "text"))
            used_old.add(i)
            used_new.add(j)
    unsure: dict[int, Unsure] = {}
    for score, i, j in scored:
        if LIKE_TEXT <= score < SAME_TEXT and i not in used_old and j not in used_new and j not in unsure:
            unsure[j] = Unsure(section, j, i, score)
    return pairs, sorted(unsure.values(), key=lambda u: u.new)


def _words(item: Any) -> tuple[str, ...]:
    return tuple(normalise(item.text).split())


def _speaker(item: Any) -> str:
    """Whose words a quote gives, normalised; "" for anything else."""
    return normalise(item.speaker) if isinstance(item, Quote) else ""


def _alike(old: Sequence[Any], new: Sequence[Any], said_old: dict[int, tuple[str, ...]],
           said_new: dict[int, tuple[str, ...]], left_old: list[int], left_new: list[int]) -> list[tuple]:
    """(similarity, old index, new index) of every pair at least LIKE_TEXT alike; quotes only of one speaker.
    Difflib's cheap upper bounds skip most pairs before the full ratio is computed."""
    scored = []
    matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(None, autojunk=False)
    speakers = {id(item): _speaker(item) for item in (*old, *new)}
    for j in left_new:
        matcher.set_seq2(said_new[j])
        for i in left_old:
            if not _compatible(old[i], new[j]) or speakers[id(old[i])] != speakers[id(new[j])]:
                continue
            matcher.set_seq1(said_old[i])
            if matcher.real_quick_ratio() >= LIKE_TEXT and matcher.quick_ratio() >= LIKE_TEXT:
                ratio = matcher.ratio()
                if ratio >= LIKE_TEXT:
                    scored.append((ratio, i, j))
    return scored


_NOT_WORD = re.compile(r"[^\w%]+")


def normalise(text: str) -> str:
    """Lower case, without accents, punctuation or repeated spaces: "Pokrovsk’s  ‘gateway’" -> "pokrovsk s gateway"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def figure_differs(old: Figure, new: Figure) -> bool:
    """Whether a figure says something else this week: its number, qualifier, unit, status or claimant."""
    def said(figure: Figure) -> tuple[Any, ...]:
        return (figure.value, figure.low, figure.high, figure.words, figure.unit_name, figure.status,
                figure.claimed_by)

    return said(old) != said(new)
