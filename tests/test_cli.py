"""The command line: exit codes, what is written, what is never lost, precedence of settings."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib

import pytest
from conftest import MINIMAL, normalise, pdf_pages, pdf_text, write_brief
from pypdf import PdfReader

from briefing.schema import iter_texts

A4 = (595, 842)  # points, rounded
LETTER = (612, 792)


def page_size(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_build_prints_the_paths_it_wrote(run, workspace):
    write_brief(workspace, MINIMAL)
    result = run("build", "briefs/test/brief.toml", "--html")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["out/test.pdf", "out/test.html"]
    assert "Minimal brief" in pdf_text(workspace / "out" / "test.pdf")
    html = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    assert "briefing-font:" not in html and 'url("../../out/fonts/STIXGeneral.ttf")' in html  # for a browser
    assert (workspace / "out" / "fonts" / "STIXGeneral.ttf").is_file()


def test_build_into_another_folder(run, workspace):
    write_brief(workspace, MINIMAL)
    result = run("build", "briefs/test/brief.toml", "--out", "elsewhere")
    assert result.exit_code == 0
    assert (workspace / "elsewhere" / "test.pdf").is_file()
    assert not (workspace / "out").exists()


def test_invalid_brief_exits_1_and_writes_nothing(run, workspace):
    write_brief(workspace, MINIMAL.replace('title = "Minimal brief"', "title = 1"))
    result = run("build", "briefs/test/brief.toml", "--html")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not (workspace / "out").exists()


def test_one_invalid_brief_stops_the_whole_batch_before_writing(run, workspace):
    write_brief(workspace, MINIMAL, slug="good")
    write_brief(workspace, MINIMAL.replace('publisher = "Publisher One"\n', ""), slug="bad")
    result = run("build", "briefs/good/brief.toml", "briefs/bad/brief.toml")
    assert result.exit_code == 1
    assert result.stderr == "briefs/bad/brief.toml: sources[0].publisher: field required [B102]\n"
    assert not (workspace / "out").exists()


def test_failed_build_leaves_the_last_good_pdf(run, workspace):
    path = write_brief(workspace, MINIMAL)
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    before = (workspace / "out" / "test.pdf").read_bytes()
    path.write_text(MINIMAL + "broken = \n")
    assert run("build", "briefs/test/brief.toml").exit_code == 1
    assert (workspace / "out" / "test.pdf").read_bytes() == before
    assert sorted(p.name for p in (workspace / "out").iterdir()) == ["test.pdf"]


def test_usage_errors_exit_2(run, workspace):
    assert run("build").exit_code == 2
    assert run("build", "x.toml", "--no-such-flag").exit_code == 2
    assert run("build", "x.toml", "--paper", "A5").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_debug_shows_the_traceback(workspace):
    write_brief(workspace, "[brief\n")
    quiet = subprocess.run([sys.executable, "-m", "briefing", "check", "briefs/test/brief.toml"],
                           capture_output=True, text=True)
    loud = subprocess.run([sys.executable, "-m", "briefing", "--debug", "check", "briefs/test/brief.toml"],
                          capture_output=True, text=True)
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    assert loud.returncode == 1 and "Traceback" in loud.stderr


def test_marking_precedence_config_then_brief(run, workspace):
    write_brief(workspace, MINIMAL, slug="from-config")
    write_brief(workspace, MINIMAL.replace("[brief]\n", '[brief]\nmarking = "BRIEF MARKING"\n'), slug="from-brief")
    assert run("build", "briefs/from-config/brief.toml", "briefs/from-brief/brief.toml").exit_code == 0
    config_marking = "TEST MARKING"  # the workspace fixture's config.toml
    assert normalise(pdf_pages(workspace / "out" / "from-config.pdf")[0]).count(config_marking) >= 2
    brief_pages = pdf_pages(workspace / "out" / "from-brief.pdf")
    assert brief_pages[0].count("BRIEF MARKING") >= 2
    assert config_marking not in brief_pages[0]


def test_paper_precedence_config_then_flag(run, workspace):
    write_brief(workspace, MINIMAL)
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    assert page_size(workspace / "out" / "test.pdf") == A4
    (workspace / "config.toml").write_text('paper = "Letter"\n')
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    assert page_size(workspace / "out" / "test.pdf") == LETTER
    assert run("build", "briefs/test/brief.toml", "--paper", "A4").exit_code == 0
    assert page_size(workspace / "out" / "test.pdf") == A4


def test_config_flag_names_another_workspace(run, workspace, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    (other / "config.toml").write_text('[paths]\nout = "pdfs"\n')
    write_brief(workspace, MINIMAL)
    result = run("build", "briefs/test/brief.toml", "--config", other / "config.toml")
    assert result.exit_code == 0, result.output
    assert (other / "pdfs" / "test.pdf").is_file()


def fill_in(text: str, place: str) -> str:
    """What an author does to the skeleton: every [bracketed] template value replaced (the place by a real one)."""
    def real(words: str) -> str:
        return place if words == "Place name" else f"Filled: {words}"

    text = re.sub(r'"\[([^"\]]+)\]"', lambda m: json.dumps(real(m[1])), text)  # "..." values
    return re.sub(r"^\[([^\]]* [^\]]*)\]$", lambda m: real(m[1]), text, flags=re.MULTILINE)  # lines of """..."""


def test_new_scaffolds_a_brief_that_check_refuses_until_its_template_text_is_replaced(run, workspace):
    result = run("new", "cyclone-freddy", "--country", "mw")
    assert result.exit_code == 0, result.output
    path = workspace / "briefs" / "cyclone-freddy" / "brief.toml"
    assert result.stdout == "briefs/cyclone-freddy/brief.toml\n"
    text = path.read_text()
    for table in ("[brief]", "[[sources]]", "[[facts]]", "[[sections]]", "[[places]]",
                  "[[figures]]", "[[quotes]]", "[[timeline]]"):
        assert table in text
    assert 'country = "MW"' in text and "UA" not in text and "lat = " not in text.replace("# lat = ", "")
    template = [key for key, value in iter_texts(tomllib.loads(text))
                if value.strip().startswith("[") and value.strip().endswith("]")]
    refused = run("check", "briefs/cyclone-freddy/brief.toml")
    assert refused.exit_code == 1
    assert [line.split(": ")[1] for line in refused.stderr.splitlines()] == template  # each one, and nothing else
    assert all(line.endswith("replace it with the brief's own words, or remove the entry [B105]")
               for line in refused.stderr.splitlines())
    path.write_text(fill_in(text, "Blantyre"))
    assert run("check", "briefs/cyclone-freddy/brief.toml").stdout == "briefs/cyclone-freddy/brief.toml: ok\n"
    assert run("build", "briefs/cyclone-freddy/brief.toml").exit_code == 0
    assert "Blantyre" in pdf_text(workspace / "out" / "cyclone-freddy.pdf")


def test_new_without_a_country_names_no_place_and_draws_no_map(run, workspace):
    assert run("new", "outbreak").exit_code == 0
    path = workspace / "briefs" / "outbreak" / "brief.toml"
    text = path.read_text()
    assert "places" not in tomllib.loads(text) and "UA" not in text
    path.write_text(fill_in(text, "unused"))
    assert run("build", "briefs/outbreak/brief.toml").exit_code == 0
    assert not list((workspace / "figures").glob("*-map-*"))


def test_new_refuses_an_unknown_country(run, workspace):
    result = run("new", "x", "--country", "ZZ")
    assert (result.exit_code, result.stderr) == (1, "--country: unknown country code 'ZZ'\n")
    assert not (workspace / "briefs").exists()


def test_new_never_overwrites(run, workspace):
    assert run("new", "x").exit_code == 0
    path = workspace / "briefs" / "x" / "brief.toml"
    path.write_text("mine")
    result = run("new", "x")
    assert result.exit_code == 1
    assert result.stderr == "briefs/x/brief.toml: already exists; choose another name or edit it\n"
    assert path.read_text() == "mine"


def test_new_rejects_a_bad_slug(run, workspace):
    assert run("new", "Bad Name").exit_code == 2
    assert not (workspace / "briefs").exists()


def test_python_dash_m(workspace):
    result = subprocess.run([sys.executable, "-m", "briefing", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "build" in result.stdout and "check" in result.stdout and "new" in result.stdout


def test_batch_build_with_two_jobs(run, workspace):
    slugs = ["alpha", "bravo", "charlie"]
    for slug in slugs:
        write_brief(workspace, MINIMAL.replace("Minimal brief", f"Brief {slug}"), slug=slug)
    result = run("build", *(f"briefs/{slug}/brief.toml" for slug in slugs), "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.splitlines()) == [f"out/{slug}.pdf" for slug in slugs]
    for slug in slugs:
        assert f"Brief {slug}" in pdf_text(workspace / "out" / f"{slug}.pdf")


def test_draft_into_a_file_where_a_folder_should_be_is_one_line(run, workspace):
    (workspace / "article.txt").write_text("The mayor said 12 people were killed in Kramatorsk on Sunday.\n")
    (workspace / "a.txt").write_text("mine")
    for out in ("a.txt/b.toml", "a.txt/c/b.toml"):
        result = run("draft", "article.txt", "--out", out)
        assert (result.exit_code, result.stdout, result.stderr) == (
            1, "", f"cannot write {out}: a.txt is a file, not a folder [B706]\n")
    assert (workspace / "a.txt").read_text() == "mine"


def test_draft_into_a_loop_of_links_is_one_line(run, workspace):
    (workspace / "article.txt").write_text("The mayor said 12 people were killed in Kramatorsk on Sunday.\n")
    (workspace / "loop").symlink_to("loop")
    result = run("draft", "article.txt", "--out", "loop/b.toml")
    assert (result.exit_code, result.stderr) == (
        1, "cannot write loop/b.toml: loop: Too many levels of symbolic links [B706]\n")


def test_new_where_a_file_stands_in_the_briefs_place_is_one_line(run, workspace):
    (workspace / "briefs").mkdir()
    (workspace / "briefs" / "x").write_text("mine")
    result = run("new", "x")
    assert (result.exit_code, result.stderr) == (
        1, "cannot write briefs/x/brief.toml: briefs/x is a file, not a folder\n")
    assert (workspace / "briefs" / "x").read_text() == "mine"


def test_next_into_a_read_only_briefs_folder_is_one_line(workspace):
    """As root, without the capability that lets root write anywhere (as test_hostile_files does)."""
    write_brief(workspace, MINIMAL)
    (workspace / "briefs").chmod(0o555)
    unprivileged = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    try:
        result = subprocess.run([*unprivileged, sys.executable, "-m", "briefing", "next", "briefs/test/brief.toml"],
                                cwd=workspace, capture_output=True, text=True)
    finally:
        (workspace / "briefs").chmod(0o755)
    assert (result.returncode, result.stderr) == (
        1, "cannot write briefs/test-2025-01-09/brief.toml: Permission denied\n")
    assert sorted(p.name for p in (workspace / "briefs").iterdir()) == ["test"]


@pytest.mark.parametrize(("blocked", "args", "expected"), [
    ("out", [], "cannot write into out: out is a file, not a folder"),
    ("figures", [], "cannot write into figures: figures is a file, not a folder"),
    ("elsewhere", ["--out", "elsewhere/pdfs"], "cannot write into elsewhere/pdfs: elsewhere is a file, not a folder"),
    ("reports", ["--report", "reports/build.json"], "cannot write into reports: reports is a file, not a folder"),
    ("reports", ["--junit", "reports/junit.xml"], "cannot write into reports: reports is a file, not a folder"),
])
def test_build_into_a_file_where_a_folder_should_be_is_one_line_before_any_work(run, workspace, blocked, args,
                                                                                  expected):
    write_brief(workspace, MINIMAL)
    (workspace / blocked).write_text("mine")
    result = run("build", "briefs/test/brief.toml", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"{expected} [B706]\n")
    assert (workspace / blocked).read_text() == "mine"
    assert not (workspace / "out").is_dir() and not (workspace / "figures").is_dir()
