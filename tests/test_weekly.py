"""The weekly cycle: `next` writes next week's brief, `previous` links them, the "Since the last brief" section, NEW
markers, the map's highlight of new places, `diff`, and [[history]]. One three-week chain is written with `next`
and edited; its third week is built once (PDF and HTML) and read back by several tests. Expectations are computed
from the TOML of the weeks, never copied from the output."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MINIMAL, normalise, pdf_text, write_brief

from briefing import formatting
from briefing.brief import compare as comparing
from briefing.brief.history import follow
from briefing.brief.model import Brief, Figure, History
from briefing.brief.relative import relative_words
from briefing.brief.since import NO_DIFFERENCE, difference
from briefing.cli import main

WEEK1 = '''\
[brief]
title = "Weekly test"
as_of = 2025-10-21T06:00:00Z   # the issue time
summary = "Fighting continued on Sunday around the town."

[[sources]]
id = "wire"
publisher = "Wire Agency"
title = "Report one"

[[sources]]
id = "un"
publisher = "UN OCHA"
title = "Situation report"

[[facts]]
id = "hub"
text = "The town is a road and rail hub."
sources = ["wire"]

[[facts]]
text = "Most civilians have left the town."
sources = ["wire"]

[[facts]]
text = "A bridge to the north was damaged by shelling."
sources = ["wire"]

[[figures]]
id = "displaced"
label = "People displaced from the district"
value = 100000
qualifier = "about"
unit = "people"
kind = "displaced"
party = "civilians"
claimed_by = "Wire Agency"
status = "claimed"
sources = ["wire"]

[[figures]]
label = "Troops around the town"
value = 50000
unit = "troops"
kind = "troops"
party = "Russia"
claimed_by = "Wire Agency"
status = "estimated"
sources = ["wire"]

[[figures]]
label = "Share of the district held"
value = 10
qualifier = "about"
unit = "%"
kind = "territory"
party = "Ukraine"
claimed_by = "Wire Agency"
status = "estimated"
sources = ["wire"]

[[figures]]
label = "Bridges damaged"
value = 2
unit = "bridges"
kind = "infrastructure"
claimed_by = "Wire Agency"
status = "claimed"
chart = false
sources = ["wire"]

[[quotes]]
kind = "reported"
speaker = "The ministry"
when = "on Sunday"
text = "its forces had advanced"
sources = ["wire"]

[[places]]
name = "Pokrovsk"
country = "UA"
role = "focus"

[[places]]
name = "Kramatorsk"
country = "UA"

[[timeline]]
when = "on Monday"
text = "The ministry reports an advance."
sources = ["wire"]

[[history]]
figure = "displaced"
title = "People displaced, by brief"
'''

# Week 2: the displaced figure now from the UN (matched by its id), troops up, one fact and one quote added.
WEEK2_EDITS = [
    ("value = 100000\nqualifier = \"about\"\nunit = \"people\"\nkind = \"displaced\"\nparty = \"civilians\"\n"
     "claimed_by = \"Wire Agency\"\nstatus = \"claimed\"\nsources = [\"wire\"]",
     "value = 110000\nqualifier = \"about\"\nunit = \"people\"\nkind = \"displaced\"\nparty = \"civilians\"\n"
     "claimed_by = \"UN OCHA\"\nstatus = \"estimated\"\nsources = [\"un\"]"),
    ("value = 50000\n", "value = 55000\n"),
]
WEEK2_ADDED = '''
[[facts]]
text = "Power was cut in the town centre."
sources = ["wire"]

[[quotes]]
kind = "reported"
speaker = "The general staff"
text = "the defence line holds"
sources = ["wire"]
'''

# Week 3: every kind of change.
WEEK3_EDITS = [
    ("value = 110000\n", "value = 120000\n"),
    ('status = "estimated"\nsources = ["un"]', 'status = "confirmed"\nsources = ["un"]'),
    ("value = 55000\n", 'value = 60000\nqualifier = "more than"\n'),
    ("value = 10\n", "value = 8\n"),
    ('[[facts]]\ntext = "A bridge to the north was damaged by shelling."\nsources = ["wire"]\n', ""),
    ('[[figures]]\nlabel = "Bridges damaged"\nvalue = 2\nunit = "bridges"\nkind = "infrastructure"\n'
     'claimed_by = "Wire Agency"\nstatus = "claimed"\nchart = false\nsources = ["wire"]\n', ""),
]
WEEK3_ADDED = '''
[[facts]]
text = "Water supply failed in the east of the town."
sources = ["un"]

[[figures]]
label = "Civilians remaining in the town"
value = 7000
qualifier = "fewer than"
unit = "people"
kind = "civilians"
claimed_by = "UN OCHA"
status = "estimated"
sources = ["un"]

[[quotes]]
kind = "direct"
speaker = "The governor"
text = "Evacuation continues day and night"
sources = ["un"]

[[places]]
name = "Sloviansk"
country = "UA"

[[timeline]]
when = 2025-11-01
text = "Evacuation convoys resume."
sources = ["un"]
'''


def _edit(path: Path, edits: list[tuple[str, str]], added: str) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text + added, encoding="utf-8")


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> dict:
    """Week 1 written by hand, weeks 2 and 3 by `briefing next` and edited; week 3 built with its HTML."""
    root = tmp_path_factory.mktemp("weekly")
    (root / "config.toml").write_text('organisation = "Test Desk"\n')
    first = root / "briefs" / "town-2025-10-21" / "brief.toml"
    first.parent.mkdir(parents=True)
    first.write_text(WEEK1, encoding="utf-8")
    runner = CliRunner()
    results = {}
    paths = [first]
    for week, (edits, added) in enumerate([(WEEK2_EDITS, WEEK2_ADDED), (WEEK3_EDITS, WEEK3_ADDED)], start=2):
        result = runner.invoke(main, ["next", str(paths[-1])], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        results[week] = result
        paths.append(Path(result.stdout.strip()))
        _edit(paths[-1], edits, added)
    out = root / "out"
    built = runner.invoke(main, ["build", str(paths[-1]), "--out", str(out), "--html"], catch_exceptions=False)
    assert built.exit_code == 0, built.output
    pdf = out / f"{paths[-1].parent.name}.pdf"
    return {"root": root, "paths": paths, "next": results, "build": built, "pdf": pdf, "text": pdf_text(pdf),
            "html": (out / f"{paths[-1].parent.name}.html").read_text(encoding="utf-8")}


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


# `next` ------------------------------------------------------------------------------------------------------

def test_next_moves_as_of_a_week_and_points_back(chain):
    first, second, third = (_toml(p) for p in chain["paths"])
    assert second["brief"]["as_of"] == first["brief"]["as_of"] + dt.timedelta(days=7)
    assert third["brief"]["as_of"] == first["brief"]["as_of"] + dt.timedelta(days=14)
    assert [p.parent.name for p in chain["paths"]] == ["town-2025-10-21", "town-2025-10-28", "town-2025-11-04"]
    assert second["brief"]["previous"] == "../town-2025-10-21/brief.toml"
    assert third["brief"]["previous"] == "../town-2025-10-28/brief.toml"
    assert "# the issue time" in chain["paths"][1].read_text(encoding="utf-8")  # comments kept


def test_next_lists_every_relative_time_word_and_keeps_it(chain):
    result = chain["next"][2]
    shown = chain["paths"][1].as_posix()
    expected = [f'warning: {shown}: {key}: "{word}" was written as of 210600Z OCT 25: review it for this brief '
                "(kept as written, never turned into a date) [B807]"
                for key, word in [("brief.summary", "on Sunday"), ("quotes[0].when", "on Sunday"),
                                  ("timeline[0].when", "on Monday")]]
    assert result.stderr.splitlines() == expected
    second = _toml(chain["paths"][1])
    assert second["quotes"][0]["when"] == "on Sunday" and second["timeline"][0]["when"] == "on Monday"


def test_next_never_overwrites(chain):
    target = chain["paths"][1]
    before = target.read_bytes()
    result = CliRunner().invoke(main, ["next", str(chain["paths"][0])])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"{target.parent.as_posix()}: already exists; nothing was written (choose --slug "
                                     "or --as-of, or edit that brief)")
    assert target.read_bytes() == before


def test_next_copies_the_data_files_and_takes_a_slug_and_date(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[series]]\nfile = "data/s.csv"\ntitle = "S"\n', slug="week")
    (workspace / "briefs" / "week" / "data").mkdir()
    (workspace / "briefs" / "week" / "data" / "s.csv").write_text("date,party,kind,value,source\n")
    result = run("next", "briefs/week/brief.toml", "--slug", "other", "--as-of", "2025-02-01T12:00:00+02:00")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "briefs/other-2025-02-01/brief.toml"
    written = tomllib.loads((workspace / "briefs/other-2025-02-01/brief.toml").read_text())["brief"]
    assert written["as_of"] == dt.datetime(2025, 2, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert written["previous"] == "../week/brief.toml"
    assert (workspace / "briefs/other-2025-02-01/data/s.csv").read_text() == "date,party,kind,value,source\n"


# check --------------------------------------------------------------------------------------------------------

def test_check_warns_of_weekday_words_carried_over(chain):
    result = CliRunner().invoke(main, ["check", str(chain["paths"][2])])
    assert result.exit_code == 0, result.output
    carried = [line for line in result.stderr.splitlines() if line.endswith("[B802]")]
    shown = chain["paths"][2].as_posix()
    assert carried == [f'warning: {shown}: {key}: "{word}" is carried over unchanged from the previous brief '
                       "(280600Z OCT 25), but as_of moved: say when, as the source does, or drop it [B802]"
                       for key, word in [("brief.summary", "on Sunday"), ("quotes[0].when", "on Sunday"),
                                         ("timeline[0].when", "on Monday")]]


@pytest.mark.parametrize(("previous", "message"), [
    ("/etc/passwd", "'/etc/passwd' is an absolute path: give the brief beside this one, "
                    "e.g. \"../slug-2025-10-21/brief.toml\""),
    ("../../../outside/brief.toml", "'../../../outside/brief.toml' is not a brief in a folder beside this brief's"),
    ("../gone/brief.toml", "'../gone/brief.toml': no such brief"),
    ("brief.toml", "'brief.toml' is this brief itself"),
    ("../bidi/brief.toml", "'../bidi/brief.toml' has a control character at facts[0].text "
                           "(run briefing check briefs/bidi/brief.toml)"),
])
def test_a_previous_outside_the_briefs_or_missing_is_an_error(run, workspace, previous, message):
    text = MINIMAL.replace('summary = "Nothing happened."', f'summary = "Nothing happened."\nprevious = "{previous}"')
    write_brief(workspace, text)
    write_brief(workspace, MINIMAL.replace("A fact.", "A \u202efact."), slug="bidi")
    result = run("check", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"briefs/test/brief.toml: brief.previous: {message} [B801]"]


def test_history_must_name_a_figure(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[history]]\nfigure = "displaced"\n')
    result = run("check", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["briefs/test/brief.toml: history[0].figure: 'displaced' is neither the id "
                                          "nor the label of a figure of this brief [B804]"]


def test_an_item_reworded_is_reported_as_not_matched_confidently(run, workspace):
    write_brief(workspace, MINIMAL.replace('"A fact."', '"The bridge over the river was damaged by shelling."'),
                slug="a")
    reworded = "The bridge over the river north of the town was hit by shelling overnight."
    text = MINIMAL.replace('"A fact."', f'"{reworded}"')
    write_brief(workspace, text.replace("as_of = 2025-01-02T03:04:00Z",
                                        'as_of = 2025-01-09T03:04:00Z\nprevious = "../a/brief.toml"'), slug="b")
    result = run("check", "briefs/b/brief.toml")
    old = comparing.normalise("The bridge over the river was damaged by shelling.").split()
    new = comparing.normalise(reworded).split()
    alike = 2 * sum(block.size for block in difflib.SequenceMatcher(None, old, new).get_matching_blocks())
    alike /= len(old) + len(new)
    assert comparing.LIKE_TEXT <= alike < comparing.SAME_TEXT
    assert f"warning: briefs/b/brief.toml: facts[0]: is {alike:.0%} like facts[0] of the previous brief: not " \
           "matched, so it is marked NEW and the other listed as dropped; if it is the same item, give both the " \
           "same id [B803]" in result.stderr.splitlines()


# the section, the markers, the map ------------------------------------------------------------------------------

def _figure_key(figure: dict) -> tuple:
    return tuple(str(figure.get(k, "")).casefold() for k in ("kind", "party", "unit")) + (
        str(figure.get("claim") or figure["label"]).casefold(), figure["claimed_by"].casefold())


def _stated(figure: dict) -> str:
    amount = formatting.amount(figure.get("value"), figure.get("low"), figure.get("high"), figure.get("qualifier"),
                               figure.get("unit", ""))
    return f"{figure['claimed_by']} ({figure['status']}): {amount}"


def _figure_pairs(old: list[dict], new: list[dict]) -> tuple[list, list, list]:
    """(changed pairs, new, dropped), matched by id, else by kind, party, unit, scope and claimant."""
    said = ("value", "low", "high", "qualifier", "unit", "status", "claimed_by")
    left = list(old)
    pairs, added = [], []
    for figure in new:
        twin = next((o for o in left if figure.get("id") and o.get("id") == figure.get("id")), None) or \
            next((o for o in left if not (o.get("id") and figure.get("id")) and _figure_key(o) == _figure_key(figure)),
                 None)
        if twin is None:
            added.append(figure)
            continue
        left.remove(twin)
        if any(twin.get(k) != figure.get(k) for k in said):
            pairs.append((twin, figure))
    return pairs, added, left


def test_the_section_lists_exactly_the_changed_new_and_dropped_figures(chain):
    second, third = _toml(chain["paths"][1]), _toml(chain["paths"][2])
    changed, added, dropped = _figure_pairs(second["figures"], third["figures"])
    assert len(changed) == 3 and len(added) == 1 and len(dropped) == 1  # the edits above, as a sanity check
    text = chain["text"]
    section = text[text.index("SINCE THE LAST BRIEF"):text.index("KEY FACTS")]
    for old, new in changed:
        assert normalise(f"{new['label']} {_stated(old)} {_stated(new)}") in section
    for figure in added:
        assert normalise(f"{figure['label']} not reported NEW {_stated(figure)} -") in section
    for figure in dropped:
        assert normalise(f"{figure['label']} {_stated(figure)} no longer reported -") in section
    rows = re.findall(r'<tr class="since-(\w+)">', chain["html"])
    assert rows == ["changed"] * len(changed) + ["new"] * len(added) + ["dropped"] * len(dropped)


def test_differences_are_computed_only_where_they_mean_something(chain):
    second, third = _toml(chain["paths"][1]), _toml(chain["paths"][2])
    changed, _, _ = _figure_pairs(second["figures"], third["figures"])
    section = chain["text"]
    for old, new in changed:
        if old.get("qualifier") != new.get("qualifier"):
            assert normalise(NO_DIFFERENCE) in section
            continue
        change = new["value"] - old["value"]
        about = "about " if new.get("qualifier") else ""
        sign = "+" if change > 0 else "\u2212"
        if new["unit"] == "%":
            expected = f"{about}{sign}{abs(change):,} percentage points"
        else:
            expected = f"{about}{sign}{abs(change):,} {new['unit']} ({about}{sign}{abs(change) / old['value']:.1%})"
            expected = expected.replace(".0%", "%")
        assert normalise(expected) in section, expected
        if old["claimed_by"] != new["claimed_by"]:
            assert normalise(f"claimant: {old['claimed_by']} → {new['claimed_by']}") in section
        if old["status"] != new["status"]:
            assert normalise(f"status: {old['status']} → {new['status']}") in section


def _texts(entries: list[dict], field: str = "text") -> list[str]:
    return [str(entry[field]) for entry in entries]


def test_new_items_are_marked_where_they_stand_and_dropped_ones_listed_once(chain):
    second, third = _toml(chain["paths"][1]), _toml(chain["paths"][2])
    html = chain["html"]
    new_facts = [t for t in _texts(third["facts"]) if t not in _texts(second["facts"])]
    new_quotes = [t for t in _texts(third["quotes"]) if t not in _texts(second["quotes"])]
    new_places = [t for t in _texts(third["places"], "name") if t not in _texts(second["places"], "name")]
    new_timeline = [t for t in _texts(third["timeline"]) if t not in _texts(second["timeline"])]
    markers = '<span class="new-marker">NEW</span> '
    for text in [*new_facts, *new_timeline]:
        assert f"{markers}{text}" in html
    for text in new_quotes:
        assert re.search(re.escape(markers) + r"\W*" + re.escape(text), html)
    for name in new_places:
        assert f"{markers}{name}" in html
    marked = len(new_facts) + len(new_quotes) + len(new_places) + len(new_timeline)
    new_figures = len(_figure_pairs(second["figures"], third["figures"])[1])
    assert html.count(markers) == marked + new_figures + 2  # and two in the section's own sentences
    dropped = [t for t in _texts(second["facts"]) if t not in _texts(third["facts"])]
    text = chain["text"]
    for fact in dropped:
        assert text.count(normalise(fact)) == 1
        assert normalise(f"Facts no longer in the brief {fact}") in text


def test_places_new_on_the_map_are_ringed_and_named_in_the_key(chain):
    second, third = _toml(chain["paths"][1]), _toml(chain["paths"][2])
    new_places = [p for p in _texts(third["places"], "name") if p not in _texts(second["places"], "name")]
    sidecars = sorted((chain["root"] / "figures").glob(f"{chain['paths'][2].parent.name}-map-*.json"))
    data = json.loads(sidecars[0].read_text())
    assert {"label": "New since the last brief (ringed)", "kind": "line"} in data["legend"]
    rings = [f for f in data["features"] if f.get("layer") == "New since the last brief (ringed)"]
    assert len(rings) == len(new_places)
    for name, ring in zip(new_places, rings):
        place = next(f for f in data["features"] if f.get("name") == name)
        west, south, east, north = ring["bounds"]
        assert west < place["lon"] < east and south < place["lat"] < north  # the ring goes round the place
        assert abs((west + east) / 2 - place["lon"]) < 0.01 and abs((south + north) / 2 - place["lat"]) < 0.01
    old_places = [f for f in data["features"] if f.get("name") in _texts(second["places"], "name")]
    assert old_places and not any(ring["bounds"][0] < p["lon"] < ring["bounds"][2] and
                                  ring["bounds"][1] < p["lat"] < ring["bounds"][3] for p in old_places for ring in rings)


def test_a_brief_without_previous_has_no_section_and_no_marker(example_build):
    html = (example_build / "pokrovsk.html").read_text(encoding="utf-8")
    assert "Since the last brief" not in html and "new-marker" not in html and "since-" not in html


# diff ------------------------------------------------------------------------------------------------------------

def test_diff_prints_the_same_changes(chain):
    second, third = chain["paths"][1:]
    result = CliRunner().invoke(main, ["diff", str(second), str(third)])
    assert result.exit_code == 0, result.output
    changed, added, dropped = _figure_pairs(_toml(second)["figures"], _toml(third)["figures"])
    lines = result.stdout.splitlines()
    assert lines[0] == "since the brief of 280600Z OCT 25 (this brief: 040600Z NOV 25)"
    for old, new in changed:
        assert any(line.startswith(f"  {new['label']}: {_stated(old)} → {_stated(new)}") for line in lines)
    assert [f"  {f['label']}: not reported → {_stated(f)}" for f in added] == \
        lines[lines.index("figures newly reported:") + 1:][:len(added)]
    assert [f"  {f['label']}: {_stated(f)} → no longer reported" for f in dropped] == \
        lines[lines.index("figures no longer reported:") + 1:][:len(dropped)]
    record = json.loads(CliRunner().invoke(main, ["diff", str(second), str(third), "--format", "json"]).stdout)
    assert [f["state"] for f in record["figures"]] == ["changed"] * len(changed) + ["new"] * len(added) + \
        ["dropped"] * len(dropped)
    assert record["dropped"]["facts"] == [t for t in _texts(_toml(second)["facts"])
                                          if t not in _texts(_toml(third)["facts"])]


def test_diff_of_an_invalid_brief_is_one_line_per_problem(run, workspace):
    write_brief(workspace, MINIMAL, slug="a")
    write_brief(workspace, MINIMAL.replace('title = "Minimal brief"', "title = 1"), slug="b")
    result = run("diff", "briefs/a/brief.toml", "briefs/b/brief.toml")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines() == ["briefs/b/brief.toml: brief.title: expected a string, got an integer [B103]"]


# history ---------------------------------------------------------------------------------------------------------

def test_history_is_charted_from_the_chain(chain):
    weeks = [_toml(p) for p in chain["paths"]]
    values = [next(f["value"] for f in week["figures"] if f.get("id") == "displaced") for week in weeks]
    text = chain["text"]
    assert "People displaced, by brief" in text
    assert normalise(f"Each point is the figure as a brief of this chain reported it ({len(weeks)} briefs)") in text
    assert values == [100000, 110000, 120000]


def _brief(as_of: str, figures: list[dict], previous: str | None = None) -> Brief:
    info = {"title": "T", "as_of": dt.datetime.fromisoformat(as_of)}
    return Brief.model_validate({"brief": info, "figures": figures})


def test_history_leaves_a_gap_where_a_week_did_not_report_the_figure():
    figure = {"id": "d", "label": "Displaced", "value": 10.0, "unit": "people", "claimed_by": "UN",
              "status": "claimed"}
    other = {**figure, "id": "x", "label": "Other"}
    weeks = [_brief("2025-01-01T00:00:00Z", [figure]), _brief("2025-01-08T00:00:00Z", [other]),
             _brief("2025-01-15T00:00:00Z", [{**figure, "value": 30.0}])]
    followed = follow(History(figure="d"), weeks[2], [weeks[1], weeks[0]])
    assert [p.date.isoformat() for p in followed.points] == ["2025-01-01", "2025-01-08", "2025-01-15"]
    assert followed.points[0].value == 10 and math.isnan(followed.points[1].value) and followed.points[2].value == 30


# pure helpers ----------------------------------------------------------------------------------------------------

def _figure(**given) -> Figure:
    return Figure.model_validate({"label": "L", "claimed_by": "C", "status": "claimed", **given})


@pytest.mark.parametrize(("old", "new", "expected"), [
    ({"value": 100000, "unit": "people"}, {"value": 110000, "unit": "people"}, "+10,000 people (+10%)"),
    ({"value": 100000, "qualifier": "about"}, {"value": 95000, "qualifier": "about"}, "about \u22125,000 (about \u22125%)"),
    ({"value": 10, "unit": "%"}, {"value": 12.5, "unit": "%"}, "+2.5 percentage points"),
    ({"value": 3, "unit": "tanks"}, {"value": 4, "unit": "tanks"}, "+1 tank (+33.3%)"),
    ({"value": 0, "unit": "tanks"}, {"value": 4, "unit": "tanks"}, "+4 tanks"),
    ({"value": 100000, "qualifier": "about"}, {"value": 110000, "qualifier": "more than"}, NO_DIFFERENCE),
    ({"value": 100, "qualifier": "at least"}, {"value": 150, "qualifier": "at least"}, NO_DIFFERENCE),
    ({"low": 10, "high": 20}, {"value": 15}, NO_DIFFERENCE),
    ({"value": 10, "unit": "km"}, {"value": 15, "unit": "miles"}, NO_DIFFERENCE),
])
def test_difference(old, new, expected):
    assert difference(_figure(**old), _figure(**new)) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("Zelenskiy spoke on Sunday of fierce fighting.", ["on Sunday"]),
    ("Yesterday and last week, and earlier this month", ["Yesterday", "last week", "earlier this month"]),
    ("Fighting on Mondays continues; two days ago", ["on Mondays", "two days ago"]),
    ("Sundayville is a town; in mid-2024; 27 October", []),
    ("At least 225 people have died since the weekend.", ["since the weekend"]),
    ("In recent days, overnight and over the past few weeks", ["In recent days", "overnight", "the past few weeks"]),
    ("Nowhere, a known fact, the weekend edition, so farther", []),
])
def test_relative_words(text, words):
    assert relative_words(text) == words


@pytest.mark.parametrize(("text", "words"), [
    ("At least 225 people have died since the weekend, and the toll is now 300.", ["since the weekend", "now"]),
    ("So far 19,000 are displaced; the army currently holds it", ["So far", "currently"]),
])
def test_the_words_of_the_present_are_listed_for_review_not_as_carried_over(text, words):
    assert relative_words(text, present=True) == words
    assert relative_words(text) == [word for word in words if word not in ("now", "So far", "currently")]


@pytest.mark.parametrize(("old", "new", "matched"), [
    ({"id": "a", "claimed_by": "Reuters"}, {"id": "a", "claimed_by": "UN"}, True),   # an id follows a new claimant
    ({"claimed_by": "Reuters"}, {"claimed_by": "UN"}, False),                       # without one, it cannot
    ({"id": "a", "kind": "troops"}, {"id": "b", "kind": "troops"}, False),          # two ids are two figures
    ({"kind": "troops", "party": "Russia"}, {"kind": "troops", "party": "russia", "status": "confirmed"}, True),
    ({"kind": "troops", "label": "In the town"}, {"kind": "troops", "label": "Around the town"}, False),
    ({"kind": "troops", "claim": "c", "label": "x"}, {"kind": "troops", "claim": "c", "label": "y"}, True),
])
def test_figure_matching_rule(old, new, matched):
    pairs, _ = comparing.match("figures", [_figure(value=1, **old)], [_figure(value=2, **new)])
    assert bool(pairs) is matched


def test_a_relabelled_figure_is_not_matched_but_reported():
    old = [_figure(value=1, kind="troops", label="Troops in the town")]
    new = [_figure(value=2, kind="troops", label="Troops around the town")]
    pairs, unsure = comparing.match("figures", old, new)
    assert pairs == [] and [(u.section, u.new, u.old) for u in unsure] == [("figures", 0, 0)]


def test_a_new_item_with_the_same_weekday_is_not_carried_over(run, workspace):
    entry = '\n[[timeline]]\nwhen = "on Monday"\ntext = "{}"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + entry.format("The bridge falls."), slug="a")
    later = MINIMAL.replace("as_of = 2025-01-02T03:04:00Z", 'as_of = 2025-01-09T03:04:00Z\nprevious = "../a/brief.toml"')
    write_brief(workspace, later + entry.format("The bridge falls.") + entry.format("Talks open in the capital."),
                slug="b")
    result = run("check", "briefs/b/brief.toml")
    assert [line for line in result.stderr.splitlines() if "[B802]" in line] == [
        'warning: briefs/b/brief.toml: timeline[0].when: "on Monday" is carried over unchanged from the previous '
        "brief (020304Z JAN 25), but as_of moved: say when, as the source does, or drop it [B802]"]


def test_the_example_second_week_is_sound_and_its_changes_are_the_briefs(run):
    from conftest import EXAMPLE

    second = EXAMPLE.parent.parent / "pokrovsk-2025-11-05" / "brief.toml"
    assert run("check", "--strict", second).exit_code == 0
    before, after = _toml(EXAMPLE), _toml(second)
    assert after["brief"]["previous"] == "../pokrovsk/brief.toml"
    record = json.loads(run("diff", EXAMPLE, second, "--format", "json").stdout)
    for section, words in (("facts", "text"), ("timeline", "text"), ("places", "name")):
        old, new = _texts(before[section], words), _texts(after[section], words)
        assert [item["index"] for item in record["new"][section]] == [i for i, t in enumerate(new) if t not in old]
    def worded(q: dict) -> str:  # a statement as the brief words it, its verb kept ("has denied that ...")
        if q.get("kind", "direct") != "direct":
            return f"{q['speaker']} {q.get('verb', 'said')} {q['text']}"
        return f"{q['speaker']}{' ' + q['lead'] if q.get('lead') else ':'} \u201c{q['text']}\u201d"

    kept = [(q["speaker"], q["text"]) for q in after["quotes"]]
    assert [worded(q) for q in before["quotes"] if (q["speaker"], q["text"]) not in kept] == record["dropped"]["quotes"]
    changed, added, dropped = _figure_pairs(before["figures"], after["figures"])
    assert [f["state"] for f in record["figures"]] == \
        ["changed"] * len(changed) + ["new"] * len(added) + ["dropped"] * len(dropped)


def test_the_section_and_its_style_are_all_that_previous_adds(workspace):
    """Against a previous brief that says the same, the HTML is today's plus the section and its style only."""
    from briefing.build import gather
    from briefing.output.html import render_html
    from briefing.workspace import open_workspace

    write_brief(workspace, MINIMAL, slug="a")
    later = MINIMAL.replace("as_of = 2025-01-02T03:04:00Z", 'as_of = 2025-01-09T03:04:00Z\nprevious = "../a/brief.toml"')
    write_brief(workspace, later, slug="b")
    space = open_workspace(None, near=workspace)
    first, second = gather(["briefs/a/brief.toml", "briefs/b/brief.toml"], space)
    assert first.changes is None and second.changes is not None and second.changes.empty
    alone = render_html(second.brief, second.settings, space.templates_dir)
    linked = render_html(second.brief, second.settings, space.templates_dir, changes=second.changes)
    css = (Path(__file__).parent.parent / "briefing/output/templates/weekly.css").read_text(encoding="utf-8")
    section = re.search(r'<section class="since".*?</section>\n', linked, re.DOTALL)
    assert section and "Nothing has changed" in section.group(0)
    assert linked.replace(css, "", 1).replace(section.group(0), "", 1) == alone


def test_places_match_by_name_or_aka_and_quotes_only_of_one_speaker():
    from briefing.brief.model import Fact, Place, Quote

    old = [Place(name="Pokrovsk", aka=["Krasnoarmeysk"]), Place(name="Bakhmut")]
    pairs, _ = comparing.match("places", old, [Place(name="Bakhmut"), Place(name="KRASNOARMEYSK")])
    assert [(p.old, p.new) for p in pairs] == [(1, 0), (0, 1)]
    said = "We hold the city and will hold it"
    pairs, _ = comparing.match("quotes", [Quote(speaker="A", text=said)], [Quote(speaker="B", text=said)])
    assert pairs == []
    fact = "Most people have now fled, and all children have been evacuated from the city."
    edited = "Most people have now fled, and all the children have been evacuated from the city."
    pairs, _ = comparing.match("facts", [Fact(text=fact)], [Fact(text=edited)])
    assert [(p.old, p.new, p.how) for p in pairs] == [(0, 0, "text")]


def test_past_the_bound_only_the_same_words_pair(monkeypatch):
    from briefing.brief.model import Fact

    monkeypatch.setattr(comparing, "MAX_ALIKE_PAIRS", 0)
    facts = [Fact(text="Most people have now fled the city."), Fact(text="The bridge is down.")]
    edited = [Fact(text="The bridge is down."), Fact(text="Most of the people have now fled the city.")]
    pairs, _ = comparing.match("facts", facts, edited)
    assert [(p.old, p.new) for p in pairs] == [(1, 0)]


def test_a_chain_broken_further_back_ends_there_with_a_warning(run, workspace):
    figure = '\n[[figures]]\nid = "d"\nlabel = "D"\nvalue = 1\nclaimed_by = "C"\nstatus = "claimed"\nsources = ["s1"]\n'
    for slug, day, previous in (("b", "09", "../a/brief.toml"), ("c", "16", "../b/brief.toml")):
        text = MINIMAL.replace("as_of = 2025-01-02T03:04:00Z", f'as_of = 2025-01-{day}T03:04:00Z\nprevious = "{previous}"')
        write_brief(workspace, text + figure + ('\n[[history]]\nfigure = "d"\n' if slug == "c" else ""), slug=slug)
    result = run("check", "briefs/c/brief.toml")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "warning: briefs/c/brief.toml: brief.previous: the chain of previous briefs ends at briefs/b/brief.toml, whose "
        "previous cannot be read ('../a/brief.toml': no such brief) [B805]"]
    assert run("check", "briefs/b/brief.toml").exit_code == 1  # for b itself, its previous is an error


def test_a_dropped_fact_is_printed_as_the_markdown_it_is(workspace):
    from briefing.build import gather
    from briefing.output.html import render_html
    from briefing.workspace import open_workspace

    write_brief(workspace, MINIMAL.replace('"A fact."', '"The *old* bridge <b>fell</b>."'), slug="a")
    later = MINIMAL.replace("as_of = 2025-01-02T03:04:00Z", 'as_of = 2025-01-09T03:04:00Z\nprevious = "../a/brief.toml"')
    write_brief(workspace, later, slug="b")
    space = open_workspace(None, near=workspace)
    job = gather(["briefs/b/brief.toml"], space)[0]
    html = render_html(job.brief, job.settings, space.templates_dir, changes=job.changes)
    assert '<ul class="since-dropped">\n<li>The <em>old</em> bridge &lt;b&gt;fell&lt;/b&gt;.</li>' in html


def test_next_lists_since_the_weekend_and_now(run, workspace):
    path = write_brief(workspace, MINIMAL.replace('text = "A fact."', 'text = "225 people have died since the '
                                                  'weekend; the toll is now 300."'), slug="storm-2023-03-13")
    result = run("next", path)
    assert result.exit_code == 0, result.output
    assert [line.split(": ", 3)[2:] for line in result.stderr.splitlines()] == [
        ["facts[0].text", '"since the weekend", "now" was written as of 020304Z JAN 25: review it for this brief '
                          "(kept as written, never turned into a date) [B807]"]]
