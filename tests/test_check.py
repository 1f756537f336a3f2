"""`briefing check`: every problem at once, one line each, with file and key path; exit 1."""

from __future__ import annotations

import json

from conftest import MINIMAL, write_brief
from test_gazetteer import HINT, meant

SHOWN = "briefs/test/brief.toml"


def problems(run, *paths: str) -> list[str]:
    result = run("check", *paths)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stderr.splitlines()


def test_valid_brief_is_ok(run, workspace):
    write_brief(workspace, MINIMAL)
    result = run("check", SHOWN)
    assert result.exit_code == 0
    assert result.stdout == f"{SHOWN}: ok\n"


def test_malformed_toml_names_line_and_column(run, workspace):
    bad_line = "oops = "
    write_brief(workspace, MINIMAL + bad_line + "\n")
    line = MINIMAL.count("\n") + 1
    column = len(bad_line) + 1
    assert problems(run, SHOWN) == [f"{SHOWN}: line {line}, column {column}: malformed TOML: invalid value [B100]"]


def test_missing_required_field(run, workspace):
    write_brief(workspace, MINIMAL.replace('publisher = "Publisher One"\n', ""))
    assert problems(run, SHOWN) == [f"{SHOWN}: sources[0].publisher: field required [B102]"]


def test_wrong_type(run, workspace):
    write_brief(workspace, MINIMAL.replace('title = "Minimal brief"', "title = 42"))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.title: expected a string, got an integer [B103]"]


def test_unknown_key_with_did_you_mean(run, workspace):
    write_brief(workspace, MINIMAL.replace("summary =", "sumary ="))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.sumary: unknown key (did you mean 'summary'?) [B101]"]


def test_unknown_table_with_did_you_mean(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[quote]]\ntext = "x"\n')
    assert problems(run, SHOWN) == [f"{SHOWN}: quote: unknown key (did you mean 'quotes'?) [B101]"]


def test_source_id_that_no_source_defines(run, workspace):
    write_brief(workspace, MINIMAL.replace('sources = ["s1"]', 'sources = ["s1", "s2"]'))
    assert problems(run, SHOWN) == [f"{SHOWN}: facts[0].sources[1]: unknown source 's2' (did you mean 's1'?) [B201]"]


def test_duplicate_source_id(run, workspace):
    duplicate = '\n[[sources]]\nid = "s1"\npublisher = "Another"\ntitle = "Another report"\n'
    write_brief(workspace, MINIMAL + duplicate)
    assert problems(run, SHOWN) == [f"{SHOWN}: sources[1].id: duplicate source id 's1' (first defined at sources[0]) [B202]"]


def test_as_of_needs_a_time_zone(run, workspace):
    write_brief(workspace, MINIMAL.replace("2025-01-02T03:04:00Z", "2025-01-02T03:04:00"))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.as_of: needs a time zone, e.g. 2025-10-28T06:00:00Z [B104]"]


def test_figure_needs_value_or_range(run, workspace):
    figure = '\n[[figures]]\nlabel = "Troops"\nvalue = 5\nlow = 1\nhigh = 9\nclaimed_by = "X"\nstatus = "claimed"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + figure)
    assert problems(run, SHOWN) == [f"{SHOWN}: figures[0]: give either value, or low and/or high (low alone: at least; "
                                    "high alone: up to) [B104]"]


def test_figure_status_must_be_known(run, workspace):
    figure = '\n[[figures]]\nlabel = "Troops"\nvalue = 5\nclaimed_by = "X"\nstatus = "rumoured"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + figure)
    expected = "'rumoured' is not one of 'claimed', 'estimated', 'confirmed' or 'disputed'"
    assert problems(run, SHOWN) == [f"{SHOWN}: figures[0].status: {expected} [B104]"]


def test_every_problem_of_every_brief_at_once(run, workspace):
    write_brief(workspace, MINIMAL.replace("summary =", "sumary ="), slug="one")
    write_brief(workspace, MINIMAL.replace('title = "A report"\n', ""), slug="two")
    write_brief(workspace, MINIMAL, slug="three")
    one, two, three = (f"briefs/{slug}/brief.toml" for slug in ("one", "two", "three"))
    assert problems(run, one, two, three) == [
        f"{one}: brief.sumary: unknown key (did you mean 'summary'?) [B101]",
        f"{two}: sources[0].title: field required [B102]",
    ]


def test_missing_file_and_directory(run, workspace):
    (workspace / "briefs").mkdir()
    assert problems(run, "briefs/nothing.toml", "briefs") == [
        "briefs/nothing.toml: no such file [B100]",
        "briefs: is a directory, not a TOML file [B100]",
    ]


def test_invalid_utf8(run, workspace):
    path = write_brief(workspace, MINIMAL)
    path.write_bytes(MINIMAL.encode() + b'extra = "\xff"\n')
    line = MINIMAL.count("\n") + 1
    assert problems(run, SHOWN) == [f"{SHOWN}: line {line}: is not valid UTF-8 text [B100]"]


def test_bad_config_is_named_by_its_path(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "config.toml").write_text('papr = "A4"\n')
    assert problems(run, SHOWN) == ["config.toml: papr: unknown key (did you mean 'paper'?) [B101]"]


FOUR_MISTAKES = MINIMAL.replace("summary =", "sumary =").replace('sources = ["s1"]', 'sources = ["reuter"]') + """
[[figures]]
label = "Troops"
value = 5
claimed_by = "X"
status = "rumoured"
sources = ["s1"]

[[places]]
name = "Pokrofsk"
country = "UA"
sources = ["s1"]
"""


def test_four_independent_mistakes_in_one_run(run, workspace):
    """Schema errors no longer hide reference errors, which no longer hide place errors."""
    write_brief(workspace, FOUR_MISTAKES)
    expected = [
        f"{SHOWN}: brief.sumary: unknown key (did you mean 'summary'?) [B101]",
        f"{SHOWN}: figures[0].status: 'rumoured' is not one of 'claimed', 'estimated', 'confirmed' or 'disputed' "
        "[B104]",
        f"{SHOWN}: facts[0].sources[0]: unknown source 'reuter' [B201]",
        f"{SHOWN}: places[0].name: 'Pokrofsk' not found in UA {meant('Pokrovsk', 'UA')}; {HINT} [B601]",
    ]
    assert problems(run, SHOWN) == expected


def test_check_as_json_gives_the_same_problems_as_records(run, workspace):
    write_brief(workspace, FOUR_MISTAKES)
    result = run("check", SHOWN, "--format", "json")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [(r["code"], r["key"], r["severity"], r["origin"], r["file"]) for r in records] == [
        ("B101", "brief.sumary", "error", "content", SHOWN),
        ("B104", "figures[0].status", "error", "content", SHOWN),
        ("B201", "facts[0].sources[0]", "error", "content", SHOWN),
        ("B601", "places[0].name", "error", "content", SHOWN),
    ]
    assert records[0]["hint"] == "did you mean 'summary'?"


def test_a_warning_can_be_raised_to_an_error_or_ignored_by_code(run, workspace):
    uncited = MINIMAL + '\n[[sources]]\nid = "s2"\npublisher = "Nobody"\ntitle = "Uncited"\n'
    write_brief(workspace, uncited)
    config = workspace / "config.toml"
    base = config.read_text()
    result = run("check", SHOWN)
    assert result.exit_code == 0
    assert result.stderr == f"warning: {SHOWN}: sources[1]: 's2' is cited by nothing [B204]\n"
    config.write_text(base + '\n[checks]\nerror = ["B204"]\n')
    assert problems(run, SHOWN) == [f"{SHOWN}: sources[1]: 's2' is cited by nothing [B204]"]
    config.write_text(base + '\n[checks]\nignore = ["B204"]\n')
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (0, "")
    config.write_text(base + '\n[checks]\nignore = ["B201"]\n')
    [line] = problems(run, SHOWN)
    assert line.startswith("config.toml: checks.ignore: only warning codes can be raised or ignored (B204, ")
    assert line.endswith("not B201 [B104]")


def test_a_detail_map_frames_only_places_the_brief_names(run, workspace):
    place = '\n[[places]]\nname = "Kramatorsk"\ncountry = "UA"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + place + '\n[[maps]]\nplaces = ["Kramatorsk", "Kramatorks"]\n')
    assert problems(run, SHOWN) == [
        f"{SHOWN}: maps[0].places[1]: 'Kramatorks' is not one of the brief's [[places]]: a detail map frames "
        "places the brief names (did you mean 'Kramatorsk'?) [B606]"]
    write_brief(workspace, MINIMAL + place + '\n[[maps]]\ntitle = "Kramatorsk"\n')
    assert problems(run, SHOWN) == [f"{SHOWN}: maps[0]: a detail map needs an extent or the places it frames [B104]"]
