"""Rules of the weekly cycle: a brief against the brief before it. A relative time word carried over unchanged
while `as_of` moved (B802), an item that may be a previous one reworded (B803), a `previous` that is not earlier
(B806), and a [[history]] naming no figure of the brief (B804)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing import formatting
from briefing.brief import sentences
from briefing.brief.chain import MAX_LINKS, Chain, load_chain
from briefing.brief.checks import Context, rule
from briefing.brief.compare import Changes, compare
from briefing.brief.history import Followed, follow
from briefing.brief.load import Loaded
from briefing.brief.relative import relative_texts, relative_words
from briefing.config import Limits
from briefing.errors import Problem, warning
from briefing.suggest import did_you_mean


@rule
def history_figures(context: Context) -> Iterator[Problem]:
    figures = [figure for _, figure in context.loaded.items("figures")]
    names = [name for f in figures for name in (f.id, f.label) if name]
    for i, entry in context.loaded.items("history"):
        if entry.figure not in names:
            yield Problem("B804", context.shown, f"history[{i}].figure",
                          f"'{entry.figure}' is neither the id nor the label of a figure of this brief",
                          hint=did_you_mean(entry.figure, names))


@dataclass(frozen=True)
class Weekly:
    """A brief against the briefs before it: what changed since the last one, its [[history]] charts' data."""

    chain: Chain
    changes: Changes | None
    history: list[Followed]
    problems: list[Problem]


def against_previous(loaded: Loaded, limits: Limits) -> Weekly:
    """Load the previous brief (and the whole chain, for a brief with [[history]]), compare this brief with the
    last one, follow its [[history]]."""
    chain = load_chain(loaded, limits, MAX_LINKS if loaded.brief and loaded.brief.history else 1)
    brief, previous = loaded.brief, chain.previous
    if brief is None:
        return Weekly(chain, None, [], chain.problems)
    changes = compare(previous.brief, brief) if previous and previous.brief else None
    names = {name for f in brief.figures for name in (f.id, f.label) if name}
    history = [follow(entry, brief, [link.brief for link in chain.links if link.brief])
               for entry in brief.history if entry.figure in names]
    found = weekly_problems(loaded, previous, changes) if previous else []
    return Weekly(chain, changes, history, [*chain.problems, *found])


def weekly_problems(loaded: Loaded, previous: Loaded, changes: Changes | None) -> list[Problem]:
    """What the comparison with the previous brief finds (both loaded and valid)."""
    assert loaded.brief is not None and previous.brief is not None
    problems: list[Problem] = []
    now, before = loaded.brief.brief.as_of, previous.brief.brief.as_of
    if now <= before:
        problems.append(warning("B806", loaded.shown, "brief.as_of",
                                f"is not after the previous brief's ({formatting.dtg(before)}); "
                                "a brief follows the one before it"))
    if now != before:
        problems += stale_words(loaded, previous, changes)
    if changes is not None:
        problems += [_unsure(loaded.shown, u.section, u.new, u.old, u.similarity) for u in changes.unsure]
    return problems


def stale_words(loaded: Loaded, previous: Loaded, changes: Changes | None) -> list[Problem]:
    """Relative time words carried over from the previous brief: "on Sunday" meant the Sunday before that brief,
    not before this one. A sentence of prose is carried over when the previous brief has it word for word; a
    `when`, `date` or `published` when its item is the same item as before (compare) with the same words."""
    assert previous.brief is not None
    when = formatting.dtg(previous.brief.brief.as_of)
    earlier = {_plain(sentence) for _, text, _ in relative_texts(previous.raw) for sentence in _sentences(text)}
    problems = []
    for key, text, words in relative_texts(loaded.raw):
        field = _ITEM_FIELD.match(key)
        if field:
            carried = words if _same_item_same_words(field, text, loaded, previous, changes) else []
        else:
            carried = [word for sentence in _sentences(text) if _plain(sentence) in earlier
                       for word in relative_words(sentence)]
        if carried:
            problems.append(warning("B802", loaded.shown, key,
                                    f"{_quoted(dict.fromkeys(carried))} is carried over unchanged from the previous "
                                    f"brief ({when}), but as_of moved: say when, as the source does, or drop it"))
    return problems


_ITEM_FIELD = re.compile(r"^(\w+)\[(\d+)\]\.(when|date|published)$")


def _same_item_same_words(field: re.Match[str], text: str, loaded: Loaded, previous: Loaded,
                          changes: Changes | None) -> bool:
    section, index, name = field.group(1), int(field.group(2)), field.group(3)
    if section == "sources":
        ids = {source.id: source for source in previous.brief.sources} if previous.brief else {}
        own = loaded.brief.sources[index] if loaded.brief else None
        old = ids.get(own.id) if own else None
        return old is not None and getattr(old, name) == text
    pair = next((p for p in (changes.pairs.get(section, []) if changes else []) if p.new == index), None)
    return pair is not None and getattr(getattr(previous.brief, section)[pair.old], name) == text


def _quoted(words) -> str:
    return ", ".join(f'"{word}"' for word in words)


def _unsure(shown: str, section: str, new: int, old: int, similarity: float) -> Problem:
    return warning("B803", shown, f"{section}[{new}]",
                   f"is {similarity:.0%} like {section}[{old}] of the previous brief: not matched, so it is "
                   "marked NEW and the other listed as dropped; if it is the same item, give both the same id")


def _sentences(text: str) -> list[str]:
    return [s for s in sentences.split(text) if relative_words(s)]


def _plain(sentence: str) -> str:
    return " ".join(sentence.split())
