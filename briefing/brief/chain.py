"""The chain of briefs a brief follows: its `previous`, that brief's `previous`, and so on.

A `previous` is untrusted like every file a brief names: it must be a brief in a folder beside this brief's (in
the same folder of briefs), a regular file within limits.max_brief_bytes, never this brief itself; the chain is
followed at most MAX_LINKS briefs back and stops at a cycle. A broken `previous` of the brief itself is an error
(B801); a broken link further back only ends the chain there, with a warning (B805)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from briefing.brief import contained
from briefing.brief.load import Loaded, load
from briefing.config import Limits
from briefing.errors import Problem, ValidationFailed, warning
from briefing.schema import iter_texts, unsafe_character

MAX_LINKS = 104  # two years of weekly briefs


@dataclass(frozen=True)
class Chain:
    links: list[Loaded] = field(default_factory=list)  # the previous briefs, nearest first, each valid
    problems: list[Problem] = field(default_factory=list)

    @property
    def previous(self) -> Loaded | None:
        return self.links[0] if self.links else None


def load_chain(loaded: Loaded, limits: Limits, max_links: int = MAX_LINKS) -> Chain:
    """Every valid brief before this one, nearest first, and the problems of the links that are not."""
    links: list[Loaded] = []
    seen = {loaded.path}
    current = loaded
    while len(links) < max_links and current.brief is not None and current.brief.brief.previous:
        name = current.brief.brief.previous
        try:
            found = _load_previous(current, name, limits)
        except contained.Refused as refused:
            problem = Problem("B801", loaded.shown, "brief.previous", str(refused))
            if current is not loaded:
                problem = warning("B805", loaded.shown, "brief.previous",
                                  f"the chain of previous briefs ends at {current.shown}, whose previous cannot be "
                                  f"read ({refused})")
            return Chain(links, [problem])
        if found.path in seen:
            return Chain(links, [warning("B805", loaded.shown, "brief.previous",
                                         f"the chain of previous briefs comes back to {found.shown}; it ends there")])
        seen.add(found.path)
        links.append(found)
        current = found
    return Chain(links)


def _load_previous(current: Loaded, name: str, limits: Limits) -> Loaded:
    """The brief `name` (relative to current's folder) names, loaded and valid, or Refused/ValidationFailed."""
    briefs_folder = current.folder.parent
    if PurePath(name).is_absolute() or name.startswith("~"):
        raise contained.Refused(f"{name!r} is an absolute path: give the brief beside this one, "
                                "e.g. \"../slug-2025-10-21/brief.toml\"")
    real = contained.resolved(current.folder / name, repr(name))
    if not real.is_relative_to(briefs_folder.resolve()) or real.parent == briefs_folder.resolve():
        raise contained.Refused(f"{name!r} is not a brief in a folder beside this brief's")
    if real == current.path:
        raise contained.Refused(f"{name!r} is this brief itself")
    if not real.exists():
        raise contained.Refused(f"{name!r}: no such brief")
    located = contained.locate(briefs_folder, os.path.relpath(real, briefs_folder.resolve()), limits.max_brief_bytes)
    shown = os.path.normpath(Path(current.shown).parent / name)
    try:
        previous = load(located, shown, limits)
    except ValidationFailed as failed:
        raise contained.Refused(f"{name!r} cannot be read as a brief: {failed.problems[0].message}") from None
    unsafe = next(((key, found) for key, text in iter_texts(previous.raw) if (found := unsafe_character(text))), None)
    if unsafe:
        raise contained.Refused(f"{name!r} has a control character at {unsafe[0]} (run briefing check {shown})")
    if previous.brief is None:
        count = len(previous.problems)
        raise contained.Refused(f"{name!r} is not a valid brief ({count} problem{'s' if count > 1 else ''}; "
                                f"run briefing check {shown})")
    return previous
