"""A brief as read: the parsed TOML, the whole validated Brief when the schema holds, and each entry that is
valid on its own, so that every check can run on what is sound even when something else is not."""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefing.brief.model import Brief, MapLayer
from briefing.config import Limits
from briefing.errors import Problem, ValidationFailed
from briefing.schema import parse, read_toml

# Every array of tables that holds entries, by its key path; "map.layers" lives inside [map].
SECTIONS = ("sources", "facts", "sections", "places", "figures", "quotes", "timeline", "series", "events",
            "map.layers")
CITING = SECTIONS[1:]  # every entry but a source may cite sources


@dataclass
class Loaded:
    shown: str  # the path as the user gave it
    path: Path  # resolved
    raw: dict[str, Any]
    brief: Brief | None  # None when the schema found a problem
    problems: list[Problem] = field(default_factory=list)  # what the schema found

    @property
    def folder(self) -> Path:
        return self.path.parent

    def tables(self, section: str) -> list[tuple[int, dict[str, Any]]]:
        """(index, table as parsed) of each entry of an array of tables; entries that are not tables are skipped."""
        value: Any = self.raw
        for part in section.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, list):
            return []
        return [(i, entry) for i, entry in enumerate(value) if isinstance(entry, dict)]

    def items(self, section: str) -> list[tuple[int, Any]]:
        """(index, validated entry) of each entry that is valid on its own, in file order."""
        if self.brief is not None:
            value: Any = self.brief
            for part in section.split("."):
                value = getattr(value, part)
            return list(enumerate(value))
        model = _entry_model(section)
        valid = []
        for i, table in self.tables(section):
            try:
                valid.append((i, model.model_validate(table)))
            except ValidationError:
                continue  # reported by the schema
        return valid

    def citations(self) -> Iterator[tuple[str, str, list[str]]]:
        """(section, key path of its sources, source ids) of every entry, as written."""
        for section in CITING:
            for i, table in self.tables(section):
                ids = table.get("sources", [])
                if isinstance(ids, list):
                    yield section, f"{section}[{i}].sources", [s for s in ids if isinstance(s, str)]

    def source_ids(self) -> list[tuple[int, str]]:
        """(index, id) of every [[sources]] entry that has a string id, valid or not."""
        return [(i, table["id"]) for i, table in self.tables("sources") if isinstance(table.get("id"), str)]

    def text(self, dotted: str) -> str:
        """A string at a plain key path such as "brief.summary", or ""."""
        value: Any = self.raw
        for part in dotted.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value if isinstance(value, str) else ""


@functools.cache
def _entry_model(section: str) -> type[BaseModel]:
    if section == "map.layers":
        return MapLayer
    annotation = Brief.model_fields[section].annotation
    return typing.get_args(annotation)[0]


def load(path: Path, shown: str, limits: Limits = Limits()) -> Loaded:
    """Read one brief and validate it against the schema. An unreadable file, or one past the limits of size,
    nesting or entries, raises ValidationFailed (nothing else can be checked); schema problems are kept on the
    Loaded for check to report with everything else."""
    raw = read_toml(path, shown, limits.max_brief_bytes, limits.max_depth, limits.max_items)
    try:
        brief = parse(Brief, raw, shown)
    except ValidationFailed as failed:
        return Loaded(shown, path.resolve(), raw, None, failed.problems)
    return Loaded(shown, path.resolve(), raw, brief)


DATA_SECTIONS = ("series", "events", "map.layers")  # entries that name a file


def data_files(loaded: Loaded) -> list[tuple[str, str]]:
    """(key path, file as written) of every file the brief names, in file order."""
    archives = [(f"sources[{i}].archive", table["archive"]) for i, table in loaded.tables("sources")
                if isinstance(table.get("archive"), str) and table["archive"]]
    return archives + [(f"{section}[{i}].file", table["file"]) for section in DATA_SECTIONS
            for i, table in loaded.tables(section) if isinstance(table.get("file"), str)]
