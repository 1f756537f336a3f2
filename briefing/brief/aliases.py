"""Names one body goes by ("the UN", "United Nations"), so that `verify` takes a speaker the brief writes one way
as named by a source that writes it another. Three places give them:

- the article's own first full mention: "the UN Children's Fund (UNICEF)" makes UNICEF and "UN Children's Fund"
  one body in that article (`defined_in`);
- the desk's aliases.toml beside config.toml, read and reported like places.toml:

      [[aliases]]
      names = ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"]

- the table shipped with briefing (words/aliases.toml: the UN system and common humanitarian bodies), which the
  desk's extends: groups that share a name are one group.

A name's case and a leading "the" do not matter in the tables; in a source, an acronym ("UN", "WHO") is matched in
capitals only, any other name in any case, each as whole words."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import field_validator

from briefing.brief.archive import normalise
from briefing.brief.words import en
from briefing.config import Limits
from briefing.errors import Problem, ValidationFailed
from briefing.schema import Strict, Text, parse, read_toml, unsafe_character

ALIASES_FILE = "aliases.toml"
DEFAULT_TABLE = Path(__file__).parent / "words" / "aliases.toml"
MAX_NAME_WORDS = 12  # of a full name an article defines: longer is a sentence, not a name
_DEFINITION = re.compile(r"\(([A-Z][A-Z0-9&]{1,11})\)")  # "(UNICEF)", "(M23)", "(R&D)"
_THE = re.compile(r"^the\s+", re.IGNORECASE)


class AliasGroup(Strict):
    """One body's names."""

    names: list[Text]

    @field_validator("names")
    @classmethod
    def _names(cls, names: list[str]) -> list[str]:
        if len(names) < 2:
            raise ValueError(f"a group of aliases needs at least two names, got {len(names)}")
        for name in names:
            unsafe = unsafe_character(name, allowed="")
            if unsafe:
                raise ValueError(f"{name!r} {unsafe}")
            if not any(c.isalpha() for c in name):
                raise ValueError(f"{name!r} is not a name: it has no letter")
        return names


class AliasTable(Strict):
    aliases: list[AliasGroup] = []


def key(name: str) -> str:
    """What two names that are one name share: case, a leading "the" and spacing do not count."""
    return _THE.sub("", normalise(name)).casefold()


@dataclass(frozen=True)
class Aliases:
    groups: tuple[tuple[str, ...], ...] = ()   # each a body's names; no name in two groups
    problems: list[Problem] = field(default_factory=list)

    def names_of(self, name: str) -> tuple[str, ...]:
        """The other names of the body `name` is one name of (none if no group has it)."""
        wanted = key(name)
        return tuple(n for n in self.group_of(name) if key(n) != wanted)

    def group_of(self, name: str) -> tuple[str, ...]:
        """All the names of the body `name` is one name of (none if no group has it)."""
        wanted = key(name)
        return next((g for g in self.groups if any(key(n) == wanted for n in g)), ()) if wanted else ()

    def extended(self, groups: Iterable[Sequence[str]]) -> Aliases:
        """These aliases and `groups`, groups that share a name merged."""
        return Aliases(_merged([*self.groups, *groups]), self.problems)


def _merged(groups: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """Groups that share a name (by `key`) as one, each name once, in the order first given."""
    merged: list[dict[str, str]] = []  # key -> the name as first written
    for group in groups:
        names = {key(n): n for n in reversed(group)}
        touching = [m for m in merged if m.keys() & names.keys()]
        one: dict[str, str] = {}
        for m in touching:
            one.update({k: v for k, v in m.items() if k not in one})
            merged.remove(m)
        one.update({k: v for k, v in names.items() if k not in one})
        merged.append(one)
    return tuple(tuple(m.values()) for m in merged)


def mentioned(name: str, text: str) -> bool:
    """Whether `text` (normalised) names `name` as whole words: an acronym in capitals (one of four letters or
    more also as a word, as some outlets write them: "Unicef", "Nato"), any other name in any case; a name of two
    letters or fewer that is not an acronym never ("UN" is not "un", "WHO" not "Who")."""
    name = _THE.sub("", normalise(name))
    acronym = not any(c.islower() for c in name)
    if len(name) < 2 or (len(name) < 3 and not acronym):
        return False
    if not acronym:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None
    forms = {name, name.capitalize()} if len(name) >= 4 and name.isalpha() else {name}
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms)


def defined_in(paragraphs: Iterable[str]) -> list[tuple[str, str]]:
    """(acronym, full name) for each "Full Name (ACRONYM)" of an article, its first definition of each: the
    capitalised words (and the small words between them) before the parenthesis, from the first that begins
    with the acronym's letter: "said the UN Children's Fund (UNICEF)" gives ("UNICEF", "UN Children's Fund")."""
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        for match in _DEFINITION.finditer(paragraph):
            acronym = match[1]
            words = _name_before(paragraph[:match.start()], acronym[0])
            if acronym not in found and len(words) >= 2:
                found[acronym] = " ".join(words)
    return list(found.items())


def _name_before(text: str, initial: str) -> list[str]:
    words: list[str] = []
    for word in reversed(text.split()[-MAX_NAME_WORDS:]):
        if word[-1] in ",.;:!?\"')" and words:
            break
        if not (word[0].isupper() or word in en.NAME_JOINERS):
            break
        words.insert(0, word)
    start = next((i for i, w in enumerate(words) if w[0] == initial), None)
    if start is None:
        return []
    words = words[start:]
    while words and words[-1] in en.NAME_JOINERS:
        words.pop()
    return words


def load_aliases(root: Path, shown: str, limits: Limits) -> Aliases:
    """The shipped table extended by the workspace's aliases.toml (none: the shipped table alone); its problems,
    named by file and key, are every brief's problems until they are mended, and its groups are then left out."""
    default = shipped()
    path = root / ALIASES_FILE
    try:
        stat = path.stat()
    except OSError:
        return default
    desk = _read(path, stat.st_mtime_ns, stat.st_size, shown, limits)
    return Aliases(default.extended(desk.groups).groups, desk.problems)


@functools.cache
def shipped() -> Aliases:
    """The table shipped with briefing (a defect if it does not load: a test reads it)."""
    raw = read_toml(DEFAULT_TABLE, str(DEFAULT_TABLE))
    return Aliases(_merged([g.names for g in parse(AliasTable, raw, str(DEFAULT_TABLE)).aliases]))


@functools.lru_cache(maxsize=4)
def _read(path: Path, mtime_ns: int, size: int, shown: str, limits: Limits) -> Aliases:
    try:
        raw = read_toml(path, shown, limits.max_brief_bytes, limits.max_depth, limits.max_items)
        return Aliases(_merged([g.names for g in parse(AliasTable, raw, shown).aliases]))
    except ValidationFailed as failed:
        return Aliases((), failed.problems)
