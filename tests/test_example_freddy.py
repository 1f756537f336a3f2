"""The second shipped example, outside Europe: a humanitarian brief on Cyclone Freddy from three real reports, with a
map of three countries and a detail map of the southern Malawi districts. Built once with --strict; everything in
its TOML reaches the PDF, every claim verifies against the archived reports, the map frames and names the three
countries, and the districts crowded on it are drawn on the detail map instead."""

from __future__ import annotations

import json
import re
import tomllib

import pytest
from click.testing import CliRunner
from conftest import ROOT, markdown_text, normalise, pdf_text

from briefing.cli import main

FREDDY = ROOT / "briefs" / "freddy" / "brief.toml"
BRIEF = tomllib.loads(FREDDY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("freddy")
    (root / "config.toml").write_text((ROOT / "config.toml").read_text())
    target = root / "briefs" / "freddy"
    target.mkdir(parents=True)
    (target / "brief.toml").write_text(FREDDY.read_text(encoding="utf-8"), encoding="utf-8")
    (target / "sources").mkdir()
    for archive in (FREDDY.parent / "sources").iterdir():
        (target / "sources" / archive.name).write_bytes(archive.read_bytes())
    result = CliRunner().invoke(main, ["build", "--strict", str(target / "brief.toml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="module")
def text(built) -> str:
    return pdf_text(built / "out" / "freddy.pdf")


def test_every_claim_verifies_against_the_two_reports(built):
    result = CliRunner().invoke(main, ["verify", "--strict", str(built / "briefs" / "freddy" / "brief.toml")])
    direct = sum(q["kind"] == "direct" for q in BRIEF["quotes"])
    others = len(BRIEF["facts"]) + len(BRIEF["sections"]) + len(BRIEF["timeline"]) + len(BRIEF["quotes"]) - direct
    assert result.exit_code == 0, result.output
    assert (f"{direct} of {direct} direct quotes, {len(BRIEF['figures'])} of {len(BRIEF['figures'])} figures, "
            f"{others} of {others} other statements and facts verified; 0 claims unverifiable") in result.output


def test_everything_in_the_brief_reaches_the_pdf(text):
    for fact in BRIEF["facts"]:
        assert markdown_text(fact["text"]) in text
    for quote in BRIEF["quotes"]:
        assert normalise(quote["text"]) in text and normalise(quote["speaker"]) in text
    for entry in BRIEF["timeline"]:
        when = entry["when"] if isinstance(entry["when"], str) else f"{entry['when'].day} {entry['when']:%B %Y}"
        assert normalise(entry["text"]) in text and when in text
    for figure in BRIEF["figures"]:
        words = f"{figure['qualifier']} " if "qualifier" in figure else ""
        assert f"{words}{figure['value']:,.0f} people" in text, figure["label"]
        assert normalise(figure["claimed_by"]) in text


def test_the_map_frames_and_names_the_three_countries(built):
    [sidecar] = (built / "figures").glob("freddy-map-*.json")
    data = json.loads(sidecar.read_text())
    areas = {f["name"]: f for f in data["features"] if f.get("kind") == "area"}
    assert sorted(areas) == sorted(p["name"] for p in BRIEF["places"] if p.get("kind") == "area")
    assert all(area["inside"] and area["label"].replace(" ", "") == area["name"].upper() for area in areas.values())
    west, east, south, north = data["extent"]["requested"]
    for place in BRIEF["places"]:  # every place lies in the frame, drawn there or left to the detail map
        drawn = [f for f in data["features"] if f.get("name") == place["name"]]
        assert not drawn or drawn[0]["inside"]
    assert west < 35.0 < 47.0 < east and south < -16.0 < -12.0 < north  # Blantyre's and Madagascar's longitudes
    labels = [f["label"] for f in data["features"] if f.get("label")]
    assert sum(bool(re.fullmatch(r"(?i)m ?o ?z ?a ?m ?b ?i ?q ?u ?e", label)) for label in labels) == 1


def _places_drawn(data: dict) -> dict[str, dict]:
    return {f["name"]: f for f in data["features"] if f.get("layer") == "places"}


def test_the_district_cluster_gets_a_detail_map_and_the_situation_map_frames_it(built, text):
    points = [p["name"] for p in BRIEF["places"] if p.get("kind") != "area"]
    [main] = (built / "figures").glob("freddy-map-*.json")
    [detail] = (built / "figures").glob("freddy-detail-a-map-*.json")
    main_data, detail_data = json.loads(main.read_text()), json.loads(detail.read_text())
    on_detail = _places_drawn(detail_data)
    assert sorted(on_detail) == sorted(points)  # every point place of the brief, each inside the detail frame
    assert all(feature["inside"] and feature["label"] for feature in on_detail.values())
    on_main = _places_drawn(main_data)
    focus = next(p["name"] for p in BRIEF["places"] if p.get("role") == "focus")
    assert [name for name in on_main if name in points] == [focus]  # the others are left to the detail map
    assert "Area of detail map A" in [entry["label"] for entry in main_data["legend"]]
    assert "Area of detail map A" not in [entry["label"] for entry in detail_data["legend"]]
    assert main_data["furniture"]["scale"] != detail_data["furniture"]["scale"]
    main_scale = int(main_data["furniture"]["scale"].split(":")[1])
    detail_scale = int(detail_data["furniture"]["scale"].split(":")[1])
    assert main_scale / detail_scale >= 3  # worth a map of its own
    caption = normalise(text)
    districts = [p for p in points if p != focus]
    assert (f"Figure 2. Detail map A: {focus}, {', '.join(districts[:-1])} and {districts[-1]} in Malawi"
            in caption), caption
    assert "the framed area is shown in detail below" in caption


def test_the_map_caption_says_what_the_frame_shows(built, text):
    [main] = (built / "figures").glob("freddy-map-*.json")
    shows = json.loads(main.read_text())["shows"]
    countries = [p["name"] for p in BRIEF["places"] if p.get("role") == "country"]
    assert all(p["country"] in shows for p in BRIEF["places"] if p.get("role") == "country")
    assert f"Situation map: {countries[0]}, {countries[1]} and {countries[2]}, with parts of" in normalise(text)
    assert BRIEF["brief"]["region"] not in normalise(text).split("Figure 1.")[1][:300]
