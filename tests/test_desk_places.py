"""More places, offline: a GeoNames country dump imported into the index, a desk's own places.toml shared by
the briefs of a workspace, areas, rings and the countries a map names (eastern DR Congo, where the bundled
gazetteer lacks the villages a desk writes about)."""

from __future__ import annotations

import glob
import json
import zipfile

import pytest
from conftest import MINIMAL, pdf_text, write_brief

from briefing.build import gather
from briefing.places import index
from briefing.places.geonames import country_names
from briefing.workspace import open_workspace

SHOWN = "briefs/test/brief.toml"
# GeoNames' 19 columns; coordinates near the places' Wikipedia coordinates.
DUMP_ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, ..., population
    (9001, "Nyanzale", "Nyanzale", "", -0.7749, 29.1251, "P", "PPL", 0),
    (9002, "Masisi", "Masisi", "", -1.4005, 28.8136, "P", "PPLA2", 0),
    (9003, "Masisi", "Masisi", "Territoire de Masisi", -1.35, 28.85, "A", "ADM2", 0),
    (9004, "Kitshanga", "Kitshanga", "Kitchanga,Kichanga", -1.1833, 29.0667, "P", "PPL", 0),
    (9005, "Nord-Kivu", "Nord-Kivu", "North Kivu,Province du Nord-Kivu", -0.75, 28.8, "A", "ADM1", 6655000),
]


def dump_line(row: tuple) -> str:
    geonameid, name, ascii_name, others, lat, lon, feature_class, code, population = row
    return "\t".join([str(geonameid), name, ascii_name, others, str(lat), str(lon), feature_class, code, "CD", "",
                      "11", "", "", "", str(population), "", "1500", "Africa/Lubumbashi", "2024-03-01"]) + "\n"


@pytest.fixture
def imported(tmp_path, monkeypatch, run):
    """The dump above imported with `briefing places import`, into a data folder of the test's own."""
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    index.forget()
    dump = tmp_path / "CD.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.writestr("readme.txt", "GeoNames export\n")
        archive.writestr("CD.txt", "".join(dump_line(row) for row in DUMP_ROWS))
    result = run("places", "import", dump)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{dump}: {len(DUMP_ROWS)} places indexed in ")
    yield
    index.forget()


def test_villages_of_an_imported_dump_resolve(imported, run):
    for name, row in [("Nyanzale", DUMP_ROWS[0]), ("Kitshanga", DUMP_ROWS[3]), ("Kitchanga", DUMP_ROWS[3])]:
        lat, lon, feature_class, code = row[4:8]
        result = run("places", name, "--country", "CD")
        assert result.exit_code == 0, result.output
        kind = "town" if feature_class == "P" else f"feature {feature_class}.{code}"
        assert result.stdout.splitlines()[1] == (f"  {row[1]} (CD 11)  {kind} in {country_names()['CD']}  {lat:.4f}, {lon:.4f}  "
                                                 "pop. unknown" + ("" if name == row[1] else "  (by another of its names)"))


def test_a_point_takes_the_town_and_an_area_the_district_of_one_name(imported, run, workspace):
    places = ('\n[[places]]\nname = "Masisi"\ncountry = "CD"\nsources = ["s1"]\n'
              '\n[[places]]\nname = "Masisi"\ncountry = "CD"\nkind = "area"\nrole = "territory"\nsources = ["s1"]\n')
    brief = write_brief(workspace, MINIMAL + places)
    assert run("check", SHOWN).exit_code == 0
    [job] = gather([SHOWN], open_workspace(None, brief.parent))
    town, territory = DUMP_ROWS[1], DUMP_ROWS[2]
    assert [(p.lat, p.lon, p.kind) for p in job.located] == [(town[4], town[5], "point"),
                                                               (territory[4], territory[5], "area")]


def test_a_damaged_dump_is_refused_with_its_line_and_nothing_imported(tmp_path, monkeypatch, run):
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    index.forget()
    dump = tmp_path / "CD.txt"
    dump.write_text(dump_line(DUMP_ROWS[0]) + "9002\tMasisi\t-1.4\n", encoding="utf-8")
    result = run("places", "import", dump)
    assert result.exit_code == 1
    assert result.stderr == f"{dump}:2: 3 columns, expected GeoNames' 19 tab-separated columns\n"
    assert index.imported_indexes() == []
    index.forget()


def test_a_miss_says_how_to_fix_it_and_lists_candidates_with_where_they_are(run):
    result = run("places", "Nyanzale", "--country", "CD")
    assert result.exit_code == 1
    assert result.stderr.startswith("'Nyanzale' not found in CD; if the gazetteer lacks it, give lat and lon")
    assert "import the country's GeoNames file (briefing places import XX.zip)" in result.stderr


DESK = '''
[[places]]
name = "Kihondo camp"
aka = ["Kihondo"]
country = "CD"
lat = -0.80
lon = 29.14
approximate = true
note = "Camp for displaced people."
sources = ["OCHA site list, March 2024"]
'''


def test_a_desk_entry_places_a_name_for_every_brief_of_the_workspace(run, workspace):
    (workspace / "places.toml").write_text(DESK, encoding="utf-8")
    place = '\n[[places]]\nname = "Kihondo"\nrole = "site"\nsources = ["s1"]\n'
    briefs = [str(write_brief(workspace, MINIMAL + place, slug).relative_to(workspace)) for slug in ("one", "two")]
    for job in gather(briefs, open_workspace(None, workspace)):
        [kihondo] = job.located
        assert (kihondo.lat, kihondo.lon, kihondo.origin, kihondo.approximate) == (-0.80, 29.14, "desk", True)
    result = run("build", briefs[1], "--html")  # and drawn, credited and said as such
    assert result.exit_code == 0, result.output
    [sidecar] = glob.glob(str(workspace / "figures" / "two-map-*.json"))
    data = json.loads(open(sidecar).read())
    [drawn] = [f for f in data["features"] if f.get("layer") == "places"]
    assert (drawn["lat"], drawn["lon"], drawn["origin"], drawn["approximate"]) == (-0.80, 29.14, "desk", True)
    assert data["credit"] == "Basemap: GSHHG/WDB · Places: GeoNames, desk gazetteer"  # background towns too
    page = (workspace / "out" / "two.html").read_text(encoding="utf-8")
    assert "Position from the desk gazetteer." in page and "Camp for displaced people." in page


def test_a_broken_desk_entry_is_every_brief_problem_once(run, workspace):
    (workspace / "places.toml").write_text(DESK.replace("lat = -0.80", "lat = -95.0"), encoding="utf-8")
    for slug in ("one", "two"):
        write_brief(workspace, MINIMAL, slug)
    result = run("check", "briefs/one/brief.toml", "briefs/two/brief.toml")
    assert result.exit_code == 1
    assert result.stderr.count("places.toml: places[0].lat: latitude must be between -90 and 90, got -95.0") == 1


NYANZALE = MINIMAL.replace('title = "Minimal brief"', 'title = "M23 takes Nyanzale"') + '''
[[places]]
name = "Nyanzale"
country = "CD"
role = "focus"
sources = ["s1"]

[[places]]
name = "Kihondo camp"
role = "site"
near = "Nyanzale"
distance_km = 3
sources = ["s1"]

[[places]]
name = "Goma"
country = "CD"
sources = ["s1"]

[[places]]
name = "North Kivu"
country = "CD"
kind = "area"
role = "province"
sources = ["s1"]
'''


def test_the_nyanzale_brief_says_only_what_its_source_says(imported, run, workspace):
    write_brief(workspace, NYANZALE)
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "3 km from Nyanzale; the source gives no direction, so the map draws a ring of that radius." in text
    assert "bearing" not in text and "3 km N" not in text  # no direction the brief did not give
    [sidecar] = glob.glob(str(workspace / "figures" / "test-map-*.json"))
    data = json.loads(open(sidecar).read())
    countries = data["furniture"]["countries"]
    [province] = [f for f in data["features"] if f.get("layer") == "places" and f["name"] == "North Kivu"]
    assert (province["kind"], province["label"], province["symbol_bbox"]) == ("area", "N O R T H   K I V U", None)
    assert (province["lat"], province["lon"]) == (DUMP_ROWS[4][4], DUMP_ROWS[4][5])  # the province, an import's
    assert {c["code"] for c in countries["map"]} >= {"CD", "RW"}  # the border the story is about
    assert "CD" in {c["code"] for c in countries["inset"]}
    assert text.count("Basemap: GSHHG/WDB") == 1


def test_a_point_takes_the_country_of_its_nearest_town_on_its_side_of_a_border(monkeypatch):
    """A Ugandan town is nearer, but across the border: the point is Congolese."""
    import numpy as np
    from shapely.geometry import LineString

    from briefing.figures.maps import countries

    towns = np.array([[29.70, -0.65], [29.20, -0.70]])  # (lon, lat): Uganda's 0.2° away, DR Congo's 0.3°
    monkeypatch.setattr(countries, "_towns", lambda lonlat: (towns, ["UG", "CD"]))
    border = LineString([(29.60, -2.0), (29.60, 1.0)])
    points = np.array([[29.50, -0.65], [29.65, -0.65]])
    assert countries._nearest_country(points, [border]) == ["CD", "UG"]
    assert countries._nearest_country(points, []) == ["UG", "UG"]  # without the border, only distance
