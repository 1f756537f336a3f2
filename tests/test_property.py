"""Arbitrary text in every text field either builds and reaches the PDF, or fails validation cleanly."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from conftest import normalise, pdf_text
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.brief.datafiles import read_series
from briefing.brief.geojson import read_features
from briefing.cli import main
from briefing.config import Limits
from briefing.errors import BriefingError, ValidationFailed
from briefing.schema import unsafe_character

# Letters, digits, punctuation and spaces from the scripts briefs are written in, plus anything at all
# (controls, unassigned code points, emoji) now and then, so both outcomes are exercised.
MARKDOWN_SYNTAX = "\\*_[]()<>!#`&|~=+{}-"
SCRIPTS = st.one_of(*(st.characters(min_codepoint=low, max_codepoint=high, categories=("L", "N", "P", "Zs"),
                                    exclude_characters=MARKDOWN_SYNTAX)
                      for low, high in [(0x20, 0x17F), (0x20, 0x7E), (0x391, 0x3C9), (0x410, 0x4FF), (0x621, 0x64A)]))
ANYTHING = st.characters(codec="utf-8")

PLAIN_FIELDS = ["title", "subtitle", "publisher", "source_title", "label", "claimed_by", "speaker", "quote"]
MARKDOWN_FIELDS = ["summary", "fact", "heading", "body", "timeline"]
FIELDS = PLAIN_FIELDS + MARKDOWN_FIELDS


KEYS = {"title": "brief.title", "subtitle": "brief.subtitle", "summary": "brief.summary",
        "publisher": "sources[0].publisher", "source_title": "sources[0].title", "fact": "facts[0].text",
        "heading": "sections[0].heading", "body": "sections[0].body", "label": "figures[0].label",
        "claimed_by": "figures[0].claimed_by", "quote": "quotes[0].text", "speaker": "quotes[0].speaker",
        "timeline": "timeline[0].text"}
# Characters that must never be printed as they are (controls, bidirectional controls), and "$", which Matplotlib
# would read as mathematics if it were not told otherwise.
REFUSED = ["\0", "\x07", "\x1b", "\x7f", "\x85", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
           "\u2067", "\u2068", "\u2069"]


@st.composite
def brief_texts(draw) -> dict[str, str]:
    """Clean text in every field; in about a third of the briefs, one field holds anything at all, and in
    another third one field has a refused character or a "$" put into it."""
    values = {name: draw(st.text(SCRIPTS, min_size=1, max_size=50)) for name in FIELDS}
    choice = draw(st.integers(0, 2))
    if choice == 0:
        values[draw(st.sampled_from(FIELDS))] = draw(st.text(ANYTHING, min_size=1, max_size=20))
    elif choice == 1:
        field = draw(st.sampled_from(FIELDS))
        at = draw(st.integers(0, len(values[field])))
        values[field] = values[field][:at] + draw(st.sampled_from([*REFUSED, "$"])) + values[field][at:]
    return values


def brief_toml(values: dict[str, str]) -> str:
    # a JSON string is a TOML basic string, once DEL (which TOML allows only escaped) is escaped too
    q = {k: json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f") for k, v in values.items()}
    return f"""
[brief]
title = {q['title']}
subtitle = {q['subtitle']}
as_of = 2025-01-02T03:04:00Z
summary = {q['summary']}

[[sources]]
id = "s1"
publisher = {q['publisher']}
title = {q['source_title']}

[[facts]]
text = {q['fact']}
sources = ["s1"]

[[sections]]
heading = {q['heading']}
body = {q['body']}
sources = ["s1"]

[[figures]]
label = {q['label']}
value = 5
claimed_by = {q['claimed_by']}
status = "claimed"
sources = ["s1"]

[[quotes]]
text = {q['quote']}
speaker = {q['speaker']}
sources = ["s1"]

[[timeline]]
when = "mid-2024"
text = {q['timeline']}
sources = ["s1"]
"""


@settings(max_examples=14, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # each a whole build
@given(brief_texts())
def test_any_text_builds_and_appears_or_fails_cleanly(values):
    with tempfile.TemporaryDirectory() as folder:
        brief = Path(folder) / "briefs" / "p" / "brief.toml"
        brief.parent.mkdir(parents=True)
        brief.write_text(brief_toml(values), encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            result = CliRunner().invoke(main, ["build", "briefs/p/brief.toml", "--strict"], catch_exceptions=False)
        finally:
            os.chdir(cwd)
        event("built" if result.exit_code == 0 else "refused")
        refused = [name for name, value in values.items() if any(c in value for c in REFUSED)]
        for name in refused:  # each refused character is reported against its field
            assert result.exit_code == 1
            assert f"briefs/p/brief.toml: {KEYS[name]}: holds the " in result.stderr, name
        if result.exit_code != 0:
            assert result.exit_code == 1
            assert "Traceback" not in result.output
            assert all(line.startswith(("briefs/p/brief.toml: ", "warning: briefs/p/brief.toml: ", "--strict: "))
                       for line in result.stderr.splitlines())
            return
        text = pdf_text(Path(folder) / "out" / "p.pdf")
        unbroken = text.replace(" ", "")  # a word longer than its line is broken across lines, as it should be
        for name, value in values.items():
            for run_ in reading_runs(normalise(value)):
                assert run_ in text or run_.replace(" ", "") in unbroken, name


def reading_runs(text: str) -> list[str]:
    """Text as PDF extraction can give it back: whole, unless right-to-left letters are mixed with other
    characters; the PDF stores such a line in visual order, so then each run of one kind separately
    (right-to-left letters, other letters, digits, each other character)."""
    if not RTL.search(text):
        return [text]
    return re.findall(r"[\u0590-\u08ff]+|[^\W\d\u0590-\u08ff]+|\d+|[^\s]", text)


RTL = re.compile(r"[\u0590-\u08ff]")


# Data files: any CSV or GeoJSON is read, or refused with problems naming the file; never a traceback, and what
# is read holds no control or bidirectional character and no non-finite number.
HOSTILE = st.sampled_from(["\0", "\x07", "\x1b", "\x7f", "\u202a", "\u202e", "\u2066", "\u2069", "$", "\\", '"', ","])
FIELD = st.text(st.one_of(SCRIPTS, HOSTILE), max_size=12)
TEXT = st.one_of(st.text(SCRIPTS, max_size=12), FIELD)  # hostile in a row's three texts about a third of the time
DATE = st.one_of(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
                 st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat), FIELD)
VALUE = st.one_of(st.integers(-10**6, 10**6).map(str), st.integers(-10**18, 10**18).map(str),
                  st.floats(allow_nan=True, allow_infinity=True).map(repr), st.just(""), FIELD)


def _row_valid(date: str, party: str, kind: str, value: str, source: str) -> bool:
    """The reader's rules, restated: a date of 1800-2199, a finite value within ±1e15 (or none), clean texts."""
    try:
        year_ok = 1800 <= dt.date.fromisoformat(date.strip()).year <= 2199 and len(date.strip()) == 10
    except ValueError:
        year_ok = False
    try:
        number = float(value.replace(",", "")) if value.strip() else 0.0
        value_ok = math.isfinite(number) and abs(number) <= 1e15
    except ValueError:
        value_ok = False
    clean = all(unsafe_character(text.strip(), allowed="") is None for text in (party, kind, source))
    return year_ok and value_ok and clean


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(DATE, TEXT, TEXT, VALUE, TEXT), max_size=4))
def test_any_series_csv_is_read_or_refused_cleanly(rows):
    with tempfile.TemporaryDirectory() as folder:
        with open(Path(folder) / "s.csv", "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["date", "party", "kind", "value", "source"])
            writer.writerows(rows)
        try:
            points = read_series(Path(folder), "s.csv", "s.csv", Limits())
        except ValidationFailed as failed:
            event("refused")
            assert failed.problems and all((p.file, p.code) == ("s.csv", "B502") for p in failed.problems)
            assert not all(_row_valid(*row) for row in rows)
            return
    event("read")
    assert all(_row_valid(*row) for row in rows)
    assert len(points) == len(rows)
    for point in points:
        assert math.isnan(point.value) or math.isfinite(point.value)
        assert all(unsafe_character(text, allowed="") is None for text in (point.party, point.kind, point.source))


JSON = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(SCRIPTS, max_size=5),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["type", "features", "geometry", "coordinates", "properties", "name"]),
                        inner, max_size=4), max_leaves=30)
LON, LAT = st.floats(-200, 200, allow_nan=False), st.floats(-100, 100, allow_nan=False)
LINE = st.lists(st.tuples(LON, LAT), min_size=2, max_size=5, unique=True).map(lambda points: [list(p) for p in points])


@st.composite
def geojson_lines(draw) -> tuple[object, bool, list[str]]:
    """A FeatureCollection of named lines, whether it is valid, and its names in order."""
    lines = draw(st.lists(st.tuples(LINE, FIELD), min_size=1, max_size=4))
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "LineString", "coordinates": line}}
        for line, name in lines]}
    in_range = all(-180 <= lon <= 180 and -90 <= lat <= 90 for line, _ in lines for lon, lat in line)
    clean = all(unsafe_character(name, allowed="") is None for _, name in lines)
    return document, in_range and clean, [name for _, name in lines]


@settings(max_examples=100, deadline=None)
@given(st.one_of(JSON.map(lambda d: (d, None, None)), geojson_lines()))
def test_any_geojson_is_read_or_refused_cleanly(case):
    document, valid, names = case
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "l.geojson").write_text(json.dumps(document), encoding="utf-8")
        try:
            features = read_features(Path(folder), "l.geojson", Limits(), "line")
        except BriefingError as error:
            event("refused")
            assert str(error).startswith("l.geojson: ")
            assert valid is not True
            return
    event("read")
    assert valid is not False
    if names is not None:  # a valid line may be split, never renamed
        assert {f.name for f in features} <= set(names)
