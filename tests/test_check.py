"""`briefing check`: every problem at once, one line each, with file and key path; exit 1."""

from __future__ import annotations

from conftest import MINIMAL, write_brief

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
    assert problems(run, SHOWN) == [f"{SHOWN}: line {line}, column {column}: malformed TOML: invalid value"]


def test_missing_required_field(run, workspace):
    write_brief(workspace, MINIMAL.replace('publisher = "Publisher One"\n', ""))
    assert problems(run, SHOWN) == [f"{SHOWN}: sources[0].publisher: field required"]


def test_wrong_type(run, workspace):
    write_brief(workspace, MINIMAL.replace('title = "Minimal brief"', "title = 42"))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.title: expected a string, got an integer"]


def test_unknown_key_with_did_you_mean(run, workspace):
    write_brief(workspace, MINIMAL.replace("summary =", "sumary ="))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.sumary: unknown key (did you mean 'summary'?)"]


def test_unknown_table_with_did_you_mean(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[quote]]\ntext = "x"\n')
    assert problems(run, SHOWN) == [f"{SHOWN}: quote: unknown key (did you mean 'quotes'?)"]


def test_source_id_that_no_source_defines(run, workspace):
    write_brief(workspace, MINIMAL.replace('sources = ["s1"]', 'sources = ["s1", "s2"]'))
    assert problems(run, SHOWN) == [f"{SHOWN}: facts[0].sources[1]: unknown source 's2' (did you mean 's1'?)"]


def test_duplicate_source_id(run, workspace):
    duplicate = '\n[[sources]]\nid = "s1"\npublisher = "Another"\ntitle = "Another report"\n'
    write_brief(workspace, MINIMAL + duplicate)
    assert problems(run, SHOWN) == [f"{SHOWN}: sources[1].id: duplicate source id 's1' (first defined at sources[0])"]


def test_as_of_needs_a_time_zone(run, workspace):
    write_brief(workspace, MINIMAL.replace("2025-01-02T03:04:00Z", "2025-01-02T03:04:00"))
    assert problems(run, SHOWN) == [f"{SHOWN}: brief.as_of: needs a time zone, e.g. 2025-10-28T06:00:00Z"]


def test_figure_needs_value_or_range(run, workspace):
    figure = '\n[[figures]]\nlabel = "Troops"\nvalue = 5\nlow = 1\nhigh = 9\nclaimed_by = "X"\nstatus = "claimed"\n'
    write_brief(workspace, MINIMAL + figure)
    assert problems(run, SHOWN) == [f"{SHOWN}: figures[0]: give either value, or low and high"]


def test_figure_status_must_be_known(run, workspace):
    figure = '\n[[figures]]\nlabel = "Troops"\nvalue = 5\nclaimed_by = "X"\nstatus = "rumoured"\n'
    write_brief(workspace, MINIMAL + figure)
    expected = "'rumoured' is not one of 'claimed', 'estimated', 'confirmed' or 'disputed'"
    assert problems(run, SHOWN) == [f"{SHOWN}: figures[0].status: {expected}"]


def test_every_problem_of_every_brief_at_once(run, workspace):
    write_brief(workspace, MINIMAL.replace("summary =", "sumary ="), slug="one")
    write_brief(workspace, MINIMAL.replace('title = "A report"\n', ""), slug="two")
    write_brief(workspace, MINIMAL, slug="three")
    one, two, three = (f"briefs/{slug}/brief.toml" for slug in ("one", "two", "three"))
    assert problems(run, one, two, three) == [
        f"{one}: brief.sumary: unknown key (did you mean 'summary'?)",
        f"{two}: sources[0].title: field required",
    ]


def test_missing_file_and_directory(run, workspace):
    (workspace / "briefs").mkdir()
    assert problems(run, "briefs/nothing.toml", "briefs") == [
        "briefs/nothing.toml: no such file",
        "briefs: is a directory, not a TOML file",
    ]


def test_invalid_utf8(run, workspace):
    path = write_brief(workspace, MINIMAL)
    path.write_bytes(MINIMAL.encode() + b'extra = "\xff"\n')
    line = MINIMAL.count("\n") + 1
    assert problems(run, SHOWN) == [f"{SHOWN}: line {line}: is not valid UTF-8 text"]


def test_bad_config_is_named_by_its_path(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "config.toml").write_text('papr = "A4"\n')
    assert problems(run, SHOWN) == ["config.toml: papr: unknown key (did you mean 'paper'?)"]
