"""`briefing new`: a first brief.toml with every entity present and explained, assuming nothing of the situation:
its template text is in [square brackets], which `check` refuses until replaced (B105)."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from briefing.errors import BriefingError
from briefing.files import cannot_write, write_new
from briefing.workspace import shown_path

# The [[places]] entry: looked up by name in the brief's country, or, with no country given, left for the author
# to write (a brief that names no place draws no map).
PLACE = """[[places]]
name = "[Place name]"
country = "$country"                  # ISO code: settles names that several countries share
role = "focus"
# lat = 0.0                           # lat and lon, when the gazetteer lacks the place or the source locates it
# lon = 0.0
aka = []                              # other names the sources use
note = ""
sources = ["src-1"]"""
NO_PLACE = """# [[places]]
# name = "A place the brief names"
# country = "XX"                      # its ISO code (`briefing new SLUG --country XX` writes this entry for you)
# role = "focus"
# sources = ["src-1"]"""
# What `briefing draft` leaves for the author, beside the scaffold's own template text: a source's publisher and
# title, and the position of a place the gazetteer lacks or cannot settle alone.
UNSETTLED_NOTE = "[not in the gazetteer: give lat and lon, or near and distance_km, or remove this place]"
AMBIGUOUS_NOTE = "[several places bear this name: give country, or lat and lon, or remove this place]"
DRAFT_PLACEHOLDERS = frozenset({"[publisher]", "[title]", UNSETTLED_NOTE, AMBIGUOUS_NOTE})
_DRAFT_TITLE = re.compile(r"\[Draft from [^\]]+\]")


def scaffold(target: Path, slug: str, now: dt.datetime | None = None, country: str | None = None) -> Path:
    """Write the scaffold to `target`; never overwrite an existing brief."""
    if target.exists():
        raise BriefingError(f"{shown_path(target)}: already exists; choose another name or edit it")
    moment = (now or dt.datetime.now(dt.UTC)).replace(minute=0, second=0, microsecond=0)
    text = _template(
        title=slug.replace("-", " ").title(),
        as_of=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        today=moment.date().isoformat(),
        places=Template(PLACE).substitute(country=country) if country else NO_PLACE,
        country_hint=country or "XX",
    )
    try:
        write_new(target, text)
    except FileExistsError as error:
        if Path(os.fsdecode(error.filename)) == target:  # made since it was looked for
            raise BriefingError(f"{shown_path(target)}: already exists; choose another name or edit it") from None
        raise BriefingError(cannot_write(target, error)) from None
    except OSError as error:
        raise BriefingError(cannot_write(target, error)) from None
    return target


def _template(**values: str) -> str:
    return Template((resources.files("briefing.brief") / "scaffold.toml").read_text("utf-8")).substitute(values)


@cache
def placeholders() -> frozenset[str]:
    """The template text of the scaffold (each string of it in [square brackets]), as written."""
    text = _template(title="Title", as_of="2025-01-01T00:00:00Z", today="2025-01-01",
                     places=Template(PLACE).substitute(country="XX"), country_hint="XX")
    found: set[str] = set()
    stack: list[Any] = [tomllib.loads(text)]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack += item.values()
        elif isinstance(item, list):
            stack += item
        elif isinstance(item, str) and is_bracketed(item):
            found.add(item.strip())
    return frozenset(found)


def is_bracketed(text: str) -> bool:
    text = text.strip()
    return text.startswith("[") and text.endswith("]")


def is_template_text(text: str) -> bool:
    """Text that `briefing new` or `briefing draft` wrote for the author to replace."""
    text = text.strip()
    return text in placeholders() or text in DRAFT_PLACEHOLDERS or bool(_DRAFT_TITLE.fullmatch(text))
