"""The desk's own gazetteer: places.toml beside config.toml, searched before GeoNames by every brief of the
workspace, so that a village the gazetteer lacks is placed once, with its source, and never guessed again.

    [[places]]
    name = "Kihondo camp"
    aka = ["Kihondo IDP camp"]
    country = "CD"
    near = "Nyanzale"
    distance_km = 3
    approximate = true
    note = "Camp for displaced people; the article gives no direction."
    sources = ["AFP, 6 March 2024"]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from briefing.brief.model import DeskGazetteer, DeskPlace, Location, Place
from briefing.config import Limits
from briefing.errors import Problem, ValidationFailed
from briefing.places.geonames import fold
from briefing.schema import parse, read_toml

DESK_FILE = "places.toml"
TAKEN = ("lat", "lon", "near", "distance_km", "bearing", "country", "kind", "aka", "note")  # from an entry


@dataclass(frozen=True)
class Desk:
    places: list[DeskPlace] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @functools.cached_property
    def _keys(self) -> list[set[str]]:
        """Each entry's folded names, folded once."""
        return [{fold(name) for name in (entry.name, *entry.aka)} for entry in self.places]

    def find(self, place: Location) -> DeskPlace | None:
        """The entry bearing one of the place's names, in its country when both give one."""
        keys = {fold(name) for name in (place.name, *place.aka)} - {""}
        for entry, names in zip(self.places, self._keys):
            same_country = not (place.country and entry.country) or place.country.upper() == entry.country.upper()
            if same_country and keys & names:
                return entry
        return None

    def merged(self, place: Place) -> Place | None:
        """The place with what its desk entry says and the brief does not (None without an entry): a brief
        that gives coordinates or a relative position of its own is not looked up."""
        entry = None if place.lat is not None or place.near is not None else self.find(place)
        if entry is None:
            return None
        taken = {name: getattr(entry, name) for name in TAKEN if name not in place.model_fields_set}
        return place.model_copy(update={**taken, "approximate": place.approximate or entry.approximate})


def load_desk(root: Path, shown: str, limits: Limits) -> Desk:
    """The workspace's places.toml (none: an empty desk); its problems, named by file and key, are every
    brief's problems until they are mended."""
    path = root / DESK_FILE
    try:
        stat = path.stat()
    except OSError:
        return Desk()
    return _read(path, stat.st_mtime_ns, stat.st_size, shown, limits)


@functools.lru_cache(maxsize=4)
def _read(path: Path, mtime_ns: int, size: int, shown: str, limits: Limits) -> Desk:
    try:
        raw = read_toml(path, shown, limits.max_brief_bytes, limits.max_depth, limits.max_items)
        return Desk(parse(DeskGazetteer, raw, shown).places)
    except ValidationFailed as failed:
        return Desk([], failed.problems)
