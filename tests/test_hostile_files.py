"""Hostile briefs and data files: every named file stays inside the brief's folder, every input is bounded, and
each refusal is one line naming the file, the key and the limit (exit 1, no traceback, no outside byte)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from conftest import MINIMAL, pdf_text, write_brief
from test_claims import ACLED_HEADER, EVENTS, SERIES, acled_row

from briefing.config import Limits

SHOWN = "briefs/test/brief.toml"
SENTINEL = "OUTSIDE-SENTINEL-7f3a"
LIMITS = Limits()


def layer(file: str) -> str:
    return f'\n[[map.layers]]\nfile = "{file}"\nkind = "line"\nstyle = "front-line"\nlabel = "Front"\nsources = ["s1"]\n'


def series_csv(*rows: str) -> str:
    return "\n".join(["date,party,kind,value,source", *rows]) + "\n"


def outside_files(workspace):
    """An outside folder holding a CSV and a GeoJSON whose every text is the sentinel."""
    outside = workspace.parent / f"{workspace.name}-outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.csv").write_text(series_csv(f"2025-09-01,{SENTINEL},{SENTINEL},5,{SENTINEL}"))
    line = {"type": "Feature", "properties": {"name": SENTINEL},
            "geometry": {"type": "LineString", "coordinates": [[37.1, 48.2], [37.3, 48.3]]}}
    (outside / "secret.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [line]}))
    return outside


def every_output(workspace) -> bytes:
    """The bytes of everything the build left in the workspace's out/ and figures/."""
    found = b""
    for folder in ("out", "figures"):
        for path in sorted((workspace / folder).rglob("*")) if (workspace / folder).exists() else []:
            found += path.read_bytes() if path.is_file() else b""
    return found


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink", "symlinked-folder"])
@pytest.mark.parametrize("section", ["series", "events", "map.layers"])
def test_a_file_outside_the_briefs_folder_is_refused_and_never_read(run, workspace, how, section):
    outside = outside_files(workspace)
    folder = workspace / "briefs" / "test"
    folder.mkdir(parents=True)
    suffix = "geojson" if section == "map.layers" else "csv"
    if how == "dotdot":
        name = os.path.relpath(outside / f"secret.{suffix}", folder)
    elif how == "absolute":
        name = str(outside / f"secret.{suffix}")
    elif how == "symlink":
        name = f"data.{suffix}"
        (folder / name).symlink_to(outside / f"secret.{suffix}")
    else:
        (folder / "data").symlink_to(outside, target_is_directory=True)
        name = f"data/secret.{suffix}"
    entry = {"series": SERIES.replace("losses.csv", name), "events": EVENTS.replace("acled.csv", name),
             "map.layers": layer(name)}[section]
    write_brief(workspace, MINIMAL + entry)
    reason = ("is an absolute path: a brief's files must be inside its folder" if how == "absolute" else
              "is a symbolic link to a file outside the brief's folder" if how.startswith("symlink") else
              "is a file outside the brief's folder")
    expected = f"{SHOWN}: {section}[0].file: {name!r} {reason} [B506]\n"
    for command in (["check", "--strict"], ["build", "--pdf-variant", "pdf/a-3b"]):
        result = run(*command, SHOWN)
        assert (result.exit_code, result.stderr) == (1, expected)
        assert SENTINEL not in result.output
    assert not (workspace / "out").exists()
    assert SENTINEL.encode() not in every_output(workspace)


@pytest.mark.parametrize(("name", "reason"), [
    ("loop/a.txt", "is a loop of symbolic links"),
    ("sources/a\\u0000b.txt", "is not a file name: it holds a NUL character"),
])
def test_a_loop_of_links_or_a_nul_in_an_archives_name_is_one_line(run, workspace, name, reason):
    folder = write_brief(workspace, MINIMAL.replace('title = "A report"', f'title = "A report"\narchive = "{name}"'))
    (folder.parent / "loop").symlink_to("loop")
    shown = repr(name.replace("\\u0000", "\0"))
    expected = f"{SHOWN}: sources[0].archive: {shown} {reason} [B506]"
    for command in ("check", "verify"):
        result = run(command, SHOWN)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert expected in result.stderr.splitlines(), result.stderr


@pytest.mark.parametrize(("section", "entry"), [
    ("series", SERIES.replace("losses.csv", "loop/losses.csv")), ("map.layers", layer("loop/front.geojson"))])
def test_a_loop_of_links_in_a_data_files_name_is_one_line(run, workspace, section, entry):
    folder = write_brief(workspace, MINIMAL + entry).parent
    (folder / "loop").symlink_to("loop")
    name = entry.split('file = "')[1].split('"')[0]
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: {section}[0].file: {name!r} is a loop of symbolic links [B506]\n")


def test_a_loop_of_links_or_a_nul_in_previous_is_one_line(run, workspace):
    brief = MINIMAL.replace('summary = "Nothing happened."', 'summary = "Nothing happened."\nprevious = "PREVIOUS"')
    (workspace / "briefs" / "loop").mkdir(parents=True)
    (workspace / "briefs" / "loop" / "loop").symlink_to("loop")
    for previous, reason in (("../loop/loop/brief.toml", "is a loop of symbolic links"),
                             ("../old\\u0000/brief.toml", "is not a file name: it holds a NUL character")):
        write_brief(workspace, brief.replace("PREVIOUS", previous))
        result = run("check", SHOWN)
        shown = repr(previous.replace("\\u0000", "\0"))
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert f"{SHOWN}: brief.previous: {shown} {reason} [B801]" in result.stderr.splitlines(), result.stderr


def test_an_image_whose_name_is_a_loop_or_holds_a_nul_is_only_its_description(run, workspace):
    folder = write_brief(workspace, MINIMAL.replace("Nothing happened.", "![a map](loop/map.png) ![a plan](a%00b.png)"))
    (folder.parent / "loop").symlink_to("loop")
    result = run("build", SHOWN)
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert result.stderr.startswith("".join(
        f"warning: {SHOWN}: brief.summary: image {src!r} {reason}; it will not be read [B306]\n"
        for src, reason in (("loop/map.png", "is a loop of symbolic links"),
                            ("a%00b.png", "is not a file name: it holds a NUL character"))))
    assert "a map a plan" in pdf_text(workspace / "out" / "test.pdf")  # the renderer refused them too (B702)


@pytest.mark.parametrize("command", ["check", "build", "verify"])
def test_a_brief_or_config_that_is_a_loop_of_links_or_a_pipe_is_one_line(run, workspace, command):
    write_brief(workspace, MINIMAL)
    (workspace / "loop.toml").symlink_to("loop.toml")
    os.mkfifo(workspace / "pipe.toml")  # reading it would block forever
    for args, shown, why in ((["loop.toml"], "loop.toml", "cannot be read (Too many levels of symbolic links)"),
                             (["--config", "loop.toml", SHOWN], "loop.toml",
                              "cannot be read (Too many levels of symbolic links)"),
                             (["--config", "pipe.toml", SHOWN], "pipe.toml", "is not a regular file"),
                             (["pipe.toml"], "pipe.toml", "is not a regular file")):
        result = run(command, *args)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.splitlines()[0] == f"{shown}: {why} [B100]", (args, result.stderr)


def test_a_special_file_is_refused(run, workspace):
    folder = workspace / "briefs" / "test"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "front.geojson")  # reading it would block forever
    write_brief(workspace, MINIMAL + layer("front.geojson"))
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: map.layers[0].file: 'front.geojson' is not a regular file [B506]\n")


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read(run, workspace):
    (workspace / "config.toml").write_text("[limits]\nmax_file_bytes = 100\n")
    write_brief(workspace, MINIMAL + SERIES)
    data = series_csv(*[f"2025-09-0{day},Russia,killed,{day},GS" for day in range(1, 9)])
    (workspace / "briefs" / "test" / "losses.csv").write_text(data)
    result = run("build", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: series[0].file: 'losses.csv' is {len(data.encode()):,} bytes; the limit is 100 "
           f"(limits.max_file_bytes in config.toml) [B506]\n")


def write_csv(workspace, text: str, name: str = "losses.csv") -> None:
    (workspace / "briefs" / "test" / name).write_text(text, encoding="utf-8")


def build_error(run, *args: str) -> str:
    result = run("build", SHOWN, *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert not (result.stderr.count("\n") != 1 or (result.stderr and not result.stderr.endswith("\n")))
    return result.stderr.rstrip("\n")


CSV = "briefs/test/losses.csv"


def test_a_csv_with_more_rows_than_the_limit(run, workspace):
    (workspace / "config.toml").write_text("[limits]\nmax_rows = 3\n")
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(*[f"2025-09-0{day},Russia,killed,{day},GS" for day in range(1, 6)]))
    assert build_error(run) == f"{CSV}: has more than 3 rows (limits.max_rows in config.toml) [B502]"


def test_a_csv_field_longer_than_csvs_own_limit(run, workspace):
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(f"2025-09-01,{'R' * 131_073},killed,5,GS"))
    assert build_error(run) == (f"{CSV}: line 2: not readable as CSV (field larger than field limit (131072)) "
                                "[B502]")


def test_a_csv_field_longer_than_the_text_limit(run, workspace):
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(f"2025-09-01,{'R' * (LIMITS.max_text_chars + 1)},killed,5,GS"))
    assert build_error(run) == (f"{CSV}: line 2, party: is {LIMITS.max_text_chars + 1:,} characters long; the "
                                f"limit is {LIMITS.max_text_chars:,} (limits.max_text_chars in config.toml) [B502]")


@pytest.mark.parametrize(("character", "what"), [
    ("\0", "the control character U+0000"),
    ("\x1b", "the control character U+001B"),
    ("\u202e", "the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\u2066", "the bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE"),
])
def test_controls_in_a_csv_text_field_are_refused(run, workspace, character, what):
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(f"2025-09-01,Rus{character}sia,killed,5,GS"))
    tail = ("which makes text read in another order than it is written; remove it" if "bidirectional" in what
            else "remove it")
    assert build_error(run) == f"{CSV}: line 2, party: holds {what} at position 4{',' if 'bidi' in what else ';'} {tail} [B502]"


@pytest.mark.parametrize(("value", "message"), [
    ("inf", "'inf' is not a finite number"),
    ("-Infinity", "'-Infinity' is not a finite number"),
    ("nan", "'nan' is not a finite number"),
    ("1e308", "1e+308 is out of range (-1e+15 to 1e+15)"),
])
def test_non_finite_and_absurd_series_values(run, workspace, value, message):
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(f"2025-09-01,Russia,killed,{value},GS"))
    assert build_error(run) == f"{CSV}: line 2, value: {message} [B502]"


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_dates_no_chart_can_show(run, workspace, date):
    write_brief(workspace, MINIMAL + SERIES)
    write_csv(workspace, series_csv(f"{date},Russia,killed,5,GS", "2025-09-02,Russia,killed,6,GS"))
    assert build_error(run) == f"{CSV}: line 2, date: {date} is outside the years 1800-2199 [B502]"


@pytest.mark.parametrize(("deaths", "message"), [
    ("inf", "'inf' is not a finite number"),
    ("2.5", "2.5 is not a whole number"),
    ("1e9", "1e+09 is out of range (0 to 1e+07)"),
])
def test_acled_fatalities_must_be_a_plausible_count(run, workspace, deaths, message):
    write_brief(workspace, MINIMAL + EVENTS)
    row = acled_row(1, "2025-09-01", "Battles", "Pokrovsk", 48.28, 37.18, 0).rsplit(",", 3)
    row[1] = deaths
    write_csv(workspace, "\n".join([ACLED_HEADER, ",".join(row)]) + "\n", "acled.csv")
    assert build_error(run) == f"briefs/test/acled.csv: line 2, fatalities: {message} [B502]"


def test_toml_nested_ten_thousand_deep(run, workspace):
    write_brief(workspace, "deep = " + "[" * 10_000 + "]" * 10_000 + "\n" + MINIMAL)
    message = f"{SHOWN}: is nested more than {LIMITS.max_depth} levels deep (limits.max_depth in config.toml) [B100]\n"
    for command in ("check", "build"):
        result = run(command, SHOWN)
        assert (result.exit_code, result.stderr) == (1, message)


def test_toml_nested_past_the_limit_names_where(run, workspace):
    depth = LIMITS.max_depth + 1
    write_brief(workspace, "deep = " + "[" * depth + "]" * depth + "\n" + MINIMAL)
    result = run("check", SHOWN)
    key = "deep" + "[0]" * (depth - 1)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: {key}: is nested more than {LIMITS.max_depth} levels deep (limits.max_depth in config.toml) "
           "[B100]\n")


def test_more_entries_than_the_limit(run, workspace):
    facts = '\n[[facts]]\ntext = "A fact."\nsources = ["s1"]\n' * LIMITS.max_items
    write_brief(workspace, MINIMAL + facts)  # MINIMAL has one fact already
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: facts: has {LIMITS.max_items + 1:,} entries; the limit is {LIMITS.max_items:,} "
           "(limits.max_items in config.toml) [B100]\n")


def write_geojson(workspace, document: object | str) -> None:
    text = document if isinstance(document, str) else json.dumps(document)
    (workspace / "briefs" / "test" / "front.geojson").write_text(text)


def line_feature(points: int) -> dict:
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "LineString", "coordinates": [[37 + i / 1e6, 48.0] for i in range(points)]}}


@pytest.mark.parametrize("case", ["deep", "features", "vertices", "bidi-name"])
def test_geojson_past_its_limits(run, workspace, case):
    write_brief(workspace, MINIMAL + layer("front.geojson"))
    if case == "deep":
        write_geojson(workspace, "[" * 100_000 + "]" * 100_000)
        reason = f"is nested more than {LIMITS.max_depth} levels deep (limits.max_depth in config.toml)"
    elif case == "features":
        (workspace / "config.toml").write_text("[limits]\nmax_features = 40\n")
        write_geojson(workspace, {"type": "FeatureCollection", "features": [line_feature(2)] * 41})
        reason = "has 41 features; the limit is 40 (limits.max_features in config.toml)"
    elif case == "vertices":
        (workspace / "config.toml").write_text("[limits]\nmax_vertices = 1000\n")
        write_geojson(workspace, {"type": "FeatureCollection", "features": [line_feature(600), line_feature(401)]})
        reason = "has more than 1,000 vertices (limits.max_vertices in config.toml)"
    else:
        feature = line_feature(2)
        feature["properties"]["name"] = "evil\u202egpj.exe"
        write_geojson(workspace, {"type": "FeatureCollection", "features": [feature]})
        reason = ("features[0].properties.name: holds the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE at "
                  "position 5, which makes text read in another order than it is written; remove it")
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (1, f"{SHOWN}: map.layers[0].file: front.geojson: {reason} [B503]\n")


@pytest.mark.parametrize(("entry", "key", "message"), [
    ('\n[[places]]\nname = "P"\nnear = "Q"\ndistance_km = 1e12\nbearing = "W"\nsources = ["s1"]\n'
     '\n[[places]]\nname = "Q"\nlat = 48.0\nlon = 37.0\nsources = ["s1"]\n',
     "places[0].distance_km", "input should be less than or equal to 20037.5"),
    ('\n[[figures]]\nlabel = "Losses"\nvalue = inf\nclaimed_by = "X"\nstatus = "claimed"\nsources = ["s1"]\n',
     "figures[0].value", "expected a finite number, got a float"),
    ('\n[[figures]]\nlabel = "Losses"\nvalue = nan\nclaimed_by = "X"\nstatus = "claimed"\nsources = ["s1"]\n',
     "figures[0].value", "expected a finite number, got a float"),
    ('\n[[figures]]\nlabel = "Losses"\nvalue = 1e308\nclaimed_by = "X"\nstatus = "claimed"\nsources = ["s1"]\n',
     "figures[0].value", "input should be less than or equal to 1000000000000000"),
])
def test_non_finite_and_absurd_numbers_in_the_brief(run, workspace, entry, key, message):
    write_brief(workspace, MINIMAL + entry)
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [f"{SHOWN}: {key}: {message} [B104]"]
                                                              if "finite" not in message else
                                                              [f"{SHOWN}: {key}: {message} [B103]"])


def test_a_bidirectional_control_in_the_brief_is_refused(run, workspace):
    write_brief(workspace, MINIMAL.replace('title = "A report"', 'title = "report\u202efdp.exe"'))
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: sources[0].title: holds the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE at position 7, "
           "which makes text read in another order than it is written; remove it [B302]\n")


@pytest.mark.parametrize(("url", "given"), [
    ("javascript:app.alert(1)", "a javascript: link"),
    ("file:///etc/passwd", "a file: link"),
    ("data:text/plain,x", "a data: link"),
    ("reports/x.pdf", "a relative path"),
    ("https:/etc/passwd", "a https: link"),
])
def test_a_source_url_must_be_a_web_or_mail_link(run, workspace, url, given):
    write_brief(workspace, MINIMAL.replace('title = "A report"', f'title = "A report"\nurl = "{url}"'))
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: sources[0].url: must be an http, https or mailto link, not {given} [B104]\n")


def test_a_folder_in_the_pdfs_place(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "out" / "test.pdf").mkdir(parents=True)
    assert build_error(run) == f"{SHOWN}: cannot write out/test.pdf: Is a directory [B706]"
    assert (workspace / "out" / "test.pdf").is_dir()
    assert not list((workspace / "out").glob(".*.tmp"))


def test_a_read_only_out_folder(workspace):
    """Root may write anywhere: when the tests run as root, the build runs without that capability. The build
    finds out before it checks or draws anything."""
    write_brief(workspace, MINIMAL)
    (workspace / "out").mkdir()
    before = b"the previous build's PDF"
    (workspace / "out" / "test.pdf").write_bytes(before)
    (workspace / "out").chmod(0o555)
    unprivileged = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    try:
        result = subprocess.run([*unprivileged, sys.executable, "-m", "briefing", "build", SHOWN], cwd=workspace,
                                capture_output=True, text=True)
    finally:
        (workspace / "out").chmod(0o755)
    assert (result.returncode, result.stderr) == (
        1, "cannot write into out: out is not writable (permission denied) [B706]\n")
    assert (workspace / "out" / "test.pdf").read_bytes() == before
    assert not list((workspace / "out").glob(".*.tmp"))


def processes_running(marker: str) -> list[int]:
    """PIDs of the processes whose command line holds `marker` (a forked worker keeps its parent's)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as stream:
                    if marker.encode() in stream.read():
                        found.append(int(entry))
            except OSError:
                continue
    return found


def test_a_build_killed_at_any_moment_leaves_no_process_and_no_temporary_file(workspace, example_copy):
    command = [sys.executable, "-m", "briefing", "build", str(example_copy)]
    for moment in (0.3, 1.3):  # during checking, during the figures or PDF: where the kill lands; nothing is timed
        process = subprocess.Popen(command, cwd=workspace, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment)
        process.kill()
        process.wait()
    waited = 0.0
    while processes_running(str(example_copy)) and waited < 15:  # workers notice their parent is gone
        time.sleep(0.1)
        waited += 0.1
    assert processes_running(str(example_copy)) == []
    dead = subprocess.Popen(["true"])
    dead.wait()  # its PID is now nobody's: a writer that was killed
    (workspace / "out").mkdir(exist_ok=True)
    (workspace / "figures").mkdir(exist_ok=True)
    orphans = [workspace / "out" / f".pokrovsk.pdf.{dead.pid}.a1b2c3.tmp",
               workspace / "figures" / f".pokrovsk-map-0123abcd.png.{dead.pid}.d4e5f6.tmp"]
    in_flight = workspace / "out" / f".other.pdf.{os.getpid()}.g7h8i9.tmp"  # a build still running
    for path in [*orphans, in_flight]:
        path.write_bytes(b"half a file")
    assert subprocess.run(command, cwd=workspace, capture_output=True).returncode == 0
    left = sorted(p.name for folder in ("out", "figures") for p in (workspace / folder).glob(".*.tmp"))
    assert left == [in_flight.name]


def uri_actions(path) -> list[str]:
    """The target of every /URI link action in a PDF."""
    import pikepdf

    found = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get("/A")
                if action is not None and action.get("/S") == "/URI":
                    found.append(str(action.get("/URI")))
    return found


def test_every_link_in_a_pdf_is_web_or_mail(run, workspace, example_build):
    """Links of every scheme written into brief text: only http(s) and mailto become link actions."""
    from urllib.parse import urlsplit

    hostile = ["javascript:app.alert(1)", "file:///etc/passwd", "data:text/plain,x", "reports/x.pdf",
               "/etc/passwd", "https:/etc/passwd", "vbscript:x", "JaVaScRiPt:x"]
    allowed = ["https://example.org/report", "http://example.org/a?b=c", "mailto:desk@example.org"]
    links = " ".join(f"[link {i}]({url})" for i, url in enumerate(hostile + allowed))
    source = MINIMAL.replace('title = "A report"', 'title = "A report"\nurl = "https://example.org/source"')
    write_brief(workspace, source.replace('text = "A fact."', f'text = "A fact. {links}"'))
    assert run("build", SHOWN).exit_code == 0
    built = uri_actions(workspace / "out" / "test.pdf")
    assert set(built) == {*allowed, "https://example.org/source"}
    example = uri_actions(example_build / "pokrovsk.pdf")  # its citations are links inside the PDF (/Dest)
    for url in built + example:
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https", "mailto") and (parts.netloc or parts.scheme == "mailto"), url


def test_a_worker_past_its_memory_ceiling_is_one_line(run, workspace, example_copy):
    """RLIMIT_AS: an allocation past limits.memory_mb fails in the worker, which says so, instead of the machine
    running out of memory."""
    (workspace / "config.toml").write_text("[limits]\nmemory_mb = 256\n")  # less than drawing a map takes
    result = run("build", example_copy)
    assert (result.exit_code, result.stderr) == (
        1, f"{example_copy}: the figures stage needed more than 256 MB of memory "
           "(limits.memory_mb in config.toml) [B705]\n")
    assert not (workspace / "out").exists()


def test_a_figure_kind_of_400_characters_names_no_file(run, workspace):
    """Figure files are named by a hash of their inputs, never by user text."""
    kind = "k" * 400
    entry = (f'\n[[figures]]\nlabel = "Killed"\nvalue = 5\nkind = "{kind}"\nclaimed_by = "X"\nstatus = "claimed"\n'
             f'sources = ["s1"]\n\n[[figures]]\nlabel = "Killed"\nvalue = 6\nkind = "{kind}"\nclaimed_by = "Y"\n'
             'status = "claimed"\nsources = ["s1"]\n')
    write_brief(workspace, MINIMAL + entry)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    names = [path.name for path in (workspace / "figures").iterdir()]
    assert names and all(kind not in name and len(name) < 100 for name in names)
