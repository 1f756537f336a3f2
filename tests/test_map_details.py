"""Detail maps as data (figures.maps.details) and map captions made from what the frame shows (output.captions):
table tests, no drawing."""

from __future__ import annotations

import pytest

from briefing.brief.model import DetailMap
from briefing.figures.maps.details import LINK_MM, MIN_CLUSTER, _km_per_mm, left_off, plan_details
from briefing.figures.maps.frame import auto_extent
from briefing.output.captions import SLIVER, frame_caption
from briefing.places.geodesy import destination
from briefing.places.located import Located

BLANTYRE = Located("Blantyre", -15.785, 35.0085, "focus", country="MW")
DISTRICTS = [Located("Chikwawa", -16.0335, 34.8009, "city", country="MW"),
             Located("Mulanje", -16.0316, 35.5000, "city", country="MW"),
             Located("Phalombe", -15.8063, 35.6509, "city", country="MW"),
             Located("Nsanje", -16.9200, 35.2620, "city", country="MW")]
TOAMASINA = Located("Toamasina", -18.1492, 49.4023, "city", country="MG")
MALAWI = Located("Malawi", -13.99, 34.52, "country", kind="area", feature="A.PCLI", country="MW")


def near(place: Located, name: str, km: float, azimuth: float, role: str = "site") -> Located:
    lat, lon = destination(place.lat, place.lon, azimuth, km)
    return Located(name, lat, lon, role, country=place.country)


def test_a_district_cluster_on_a_map_of_three_countries_gets_one_detail_map():
    places = [MALAWI, BLANTYRE, *DISTRICTS, TOAMASINA]
    extent = auto_extent(places)
    [detail] = plan_details([], places, extent, automatic=True)
    assert detail.letter == "A" and detail.title is None
    assert set(detail.members) == {p.name for p in [BLANTYRE, *DISTRICTS]}  # not the area, not the far town
    assert detail.kept == "Blantyre"  # the focus stays on the situation map
    assert left_off([detail]) == {p.name for p in DISTRICTS}
    assert _km_per_mm(extent) >= 3 * _km_per_mm(detail.extent)


@pytest.mark.parametrize("spacing_mm, expected", [(LINK_MM * 0.5, 1), (LINK_MM * 2.0, 0)])
def test_three_places_get_a_detail_map_only_when_they_crowd_on_paper(spacing_mm, expected):
    far = Located("Far", -15.785, 45.0, "city")
    extent = auto_extent([BLANTYRE, far])
    km = spacing_mm * _km_per_mm(extent)
    places = [BLANTYRE, near(BLANTYRE, "East", km, 90), near(BLANTYRE, "West", km, 270), far]
    assert len(plan_details([], places, extent, automatic=True)) == expected


def test_two_crowded_places_are_moved_apart_rather_than_given_a_detail_map():
    far = Located("Far", -15.785, 45.0, "city")
    places = [BLANTYRE, near(BLANTYRE, "Mine", 2.0, 45), far]
    assert MIN_CLUSTER == 3
    assert plan_details([], places, auto_extent(places), automatic=True) == []


def test_three_places_within_2_km_on_a_local_map_get_no_detail_map_hardly_larger_than_it():
    places = [BLANTYRE, near(BLANTYRE, "North", 1.0, 0), near(BLANTYRE, "South", 1.0, 180)]
    extent = auto_extent([*places, near(BLANTYRE, "Edge", 15.0, 90)])
    assert plan_details([], places, extent, automatic=True) == []


def test_details_can_be_turned_off_and_given():
    places = [MALAWI, BLANTYRE, *DISTRICTS, TOAMASINA]
    extent = auto_extent(places)
    assert plan_details([], places, extent, automatic=False) == []
    given = [DetailMap(title="Southern Malawi", places=["Blantyre", "Nsanje"]),
             DetailMap(extent=[49.0, 50.0, -18.5, -17.5])]
    first, second = plan_details(given, places, extent, automatic=True)
    assert first.title == "Southern Malawi" and {"Blantyre", "Nsanje"} <= set(first.members)
    west, east, south, north = first.extent
    assert all(west <= p.lon <= east and south <= p.lat <= north for p in places if p.name in first.members)
    assert second.letter == "B" and second.members == ("Toamasina",) and second.extent == (49.0, 50.0, -18.5, -17.5)


THREE = {"MZ": 0.30, "MG": 0.20, "TZ": 0.15, "ZM": 0.10, "ZA": 0.05, "ZW": 0.05, "MW": 0.02, "BW": SLIVER / 2}


@pytest.mark.parametrize("shows, places, members, expected", [
    (THREE, [MALAWI, Located("Mozambique", -18.4, 35.0, "country", kind="area", feature="A.PCLI", country="MZ"),
             Located("Madagascar", -19.0, 46.9, "country", kind="area", feature="A.PCLI", country="MG"), BLANTYRE],
     (), "Malawi, Mozambique and Madagascar, with parts of Tanzania, Zambia, South Africa and Zimbabwe"),
    ({"UA": 0.95}, [Located("Pokrovsk", 48.28, 37.18, "focus", country="UA")], (), "around Pokrovsk, Ukraine"),
    ({"UA": 0.7, "RU": 0.3}, [Located("Kupiansk", 49.7, 37.6, "city", country="UA")], (),
     "around Kupiansk, Ukraine and Russia"),
    ({}, [Located("Buoy", 0.0, -30.0, "site")], (), "around Buoy"),
    ({"MW": 0.6, "MZ": 0.3}, [BLANTYRE, *DISTRICTS], ("Blantyre", "Chikwawa"),
     "Blantyre and Chikwawa in Malawi, with part of Mozambique"),
    ({"MW": 0.9}, [BLANTYRE, *DISTRICTS], tuple(p.name for p in [BLANTYRE, *DISTRICTS, *DISTRICTS[:1]]),
     "6 places around Blantyre in Malawi"),
])
def test_the_caption_says_what_the_frame_shows(shows, places, members, expected):
    assert frame_caption(shows, places, "en", members) == expected


def test_the_caption_is_in_the_brief_language():
    assert frame_caption({"UA": 0.95}, [Located("Pokrovsk", 48.28, 37.18, "focus")], "es") == "around Pokrovsk, Ucrania"


def test_a_crowd_still_crowded_at_the_largest_detail_scale_gets_no_detail_map():
    """A dozen sites within 2 km: a detail map (never under 30 km across) would crowd them as much."""
    far = Located("Far", -15.785, 37.0, "city")
    crowd = [near(BLANTYRE, f"Site {i}", 0.15 * i, 37 * i) for i in range(1, 12)]
    places = [BLANTYRE, *crowd, far]
    assert plan_details([], places, auto_extent(places), automatic=True) == []
    spread = [near(BLANTYRE, f"Site {i}", 4.0 * i, 90 * i) for i in range(1, 4)]
    assert len(plan_details([], [BLANTYRE, *spread, far], auto_extent([BLANTYRE, *spread, far]), True)) == 1


def test_the_caption_names_the_brief_countries_too_small_for_the_frame_grid():
    """A map of West Africa that also reaches Washington: Sierra Leone falls between the points of the grid that
    measures what the frame shows, yet it is drawn and named; the caption must not read "United States" alone."""
    places = [Located("Sierra Leone", 8.5, -11.8, "country", kind="area", feature="A.PCLI", country="SL"),
              Located("Liberia", 6.4, -9.4, "country", kind="area", feature="A.PCLI", country="LR"),
              Located("United States", 39.8, -98.6, "country", kind="area", feature="A.PCLI", country="US"),
              Located("Washington", 38.9, -77.0, "city", country="US")]
    assert frame_caption({"US": 0.12, "BR": 0.06}, places, "en") == \
        "Sierra Leone, Liberia and United States, with part of Brazil"


def test_a_detail_maps_caption_names_no_brief_country_it_does_not_show():
    """The detail map of Sierra Leone and Liberia, in a brief that also names the United States: the US is the
    brief's, not the detail map's."""
    places = [Located("Sierra Leone", 8.5, -11.8, "country", kind="area", feature="A.PCLI", country="SL"),
              Located("Liberia", 6.4, -9.4, "country", kind="area", feature="A.PCLI", country="LR"),
              Located("United States", 39.8, -98.6, "country", kind="area", feature="A.PCLI", country="US"),
              Located("Freetown", 8.5, -13.2, "city", country="SL")]
    assert frame_caption({"GN": 0.4, "SL": 0.3, "LR": 0.2}, places, "en", ("Freetown", "Sierra Leone", "Liberia")) == \
        "Freetown, Sierra Leone and Liberia in Sierra Leone and Liberia, with part of Guinea"


def test_countries_no_larger_than_a_dot_on_the_situation_map_get_a_detail_map():
    """West Africa's Ebola week also names Washington: on a map of the Atlantic, Sierra Leone, Liberia and Guinea
    (their extents from Wikipedia's extreme points) are a few millimetres across, their names crowding each
    other's and Freetown's; with Freetown and Monrovia they make a cluster that gets a detail map, where the two
    towns alone would only be moved apart."""
    def country(name, code, extent):
        west, east, south, north = extent
        return Located(name, (south + north) / 2, (west + east) / 2, "country", kind="area", feature="A.PCLI",
                       country=code, extent=extent)
    places = [country("Sierra Leone", "SL", (-13.3, -10.3, 6.9, 10.0)), country("Liberia", "LR", (-11.5, -7.4, 4.3, 8.6)),
              country("Guinea", "GN", (-15.1, -7.6, 7.2, 12.7)), Located("Freetown", 8.48, -13.24, "city", country="SL"),
              Located("Monrovia", 6.30, -10.80, "city", country="LR"), Located("Washington", 38.9, -77.0, "city", country="US"),
              country("United States", "US", (-124.8, -66.9, 24.5, 49.4))]
    corners = [Located(p.name, lat, lon, "area-edge") for p in places if p.extent
               for lat, lon in ((p.extent[2], p.extent[0]), (p.extent[3], p.extent[1]))]  # as the situation map's
    [detail] = plan_details([], places, auto_extent([*places, *corners]), automatic=True)
    assert {"Sierra Leone", "Liberia", "Freetown", "Monrovia"} <= set(detail.members)  # Guinea, 7 mm across: either
    assert not {"Washington", "United States"} & set(detail.members)
    towns = places[3:6]
    assert plan_details([], towns, auto_extent([*towns, *corners]), automatic=True) == []  # two towns: moved apart
