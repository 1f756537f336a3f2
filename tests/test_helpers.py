"""Table tests of the engine's pure helpers: input -> expected, each expected value worked out by hand from the
helper's documented meaning (or, for geodesy, from the WGS84 definition and GeographicLib's published example)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from briefing import formatting
from briefing.brief import sentences
from briefing.brief.checks import Context
from briefing.brief.checks.claims import adverb, likelihood_words
from briefing.brief.load import Loaded
from briefing.brief.markup import image_allowed, link_allowed
from briefing.config import Config
from briefing.errors import BriefingError, Problem, notice, warning
from briefing.figures.charts.plan import _gaps, _line, _missing_dates, segments
from briefing.figures.maps.frame import auto_extent, choose_projection, lon_range, split_at_antimeridian, unwrap_extent
from briefing.places import geodesy
from briefing.places.located import Located
from briefing.suggest import did_you_mean

NBSP, NNBSP = "\u00a0", "\u202f"
# rows where the helper seems to contradict its documented meaning (strict: a fix makes them fail, to be unmarked)


# 1. Numbers, amounts and dates ------------------------------------------------------------------------------------
def tz(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize("value,language,expected", [
    (100000, "en", "100,000"), (100000.0, "en", "100,000"), (999, "en", "999"), (-1500, "en", "-1,500"),
    (1234567.5, "en", "1,234,567.5"), (0.25, "en", "0.25"), (0.1 + 0.2, "en", "0.3"),
    (1234567.5, "de", "1.234.567,5"), (12500, "de-AT", "12.500"), (12500, "DE", "12.500"),
    (1234567.5, "fr", f"1{NNBSP}234{NNBSP}567,5"), (12500, "uk", f"12{NBSP}500"), (2.75, "uk", "2,75"),
    (12500, "ru", f"12{NBSP}500"), (12500, "pl", f"12{NBSP}500"), (12500, "en-GB", "12,500"),
    (12500.5, "es", "12.500,5"), (12500.5, "ar", "12,500.5"),  # every language Babel knows, as CLDR writes it
    (2.000000000001, "en", "2"), (0.1234, "en", "0.1234"),  # the value's own decimals, never rounded to three
    (2500000, "en", "2.5 million"), (7000000, "fr", f"7{NNBSP}000{NNBSP}000"), (2500000, "uk", f"2{NBSP}500{NBSP}000"),
    (2512345, "en", "2,512,345"),  # the short way only where it is the same number
])
def test_number(value, language, expected):
    assert formatting.number(value, language) == expected


@pytest.mark.parametrize("value,low,high,words,unit,language,expected", [
    (100000, None, None, "about", "troops", "en", f"about 100,000{NBSP}troops"),
    (None, 10, 12, None, "%", "en", "10\u201312%"),
    (None, 3, 4.5, None, "\u2030", "en", "3\u20134.5\u2030"),
    (2.5, None, None, None, "km", "de", f"2,5{NBSP}km"),
    (None, 1500, 2000, "about", "", "fr", f"about 1{NNBSP}500\u20132{NNBSP}000"),
    (0, None, None, None, "casualties", "en", f"0{NBSP}casualties"),
    (35.5, None, None, None, "%", "uk", "35,5%"),
    (100000, None, None, "more than", "people", "en", f"more than 100,000{NBSP}people"),
    (7000000, None, None, "nearly", "people", "en", f"nearly 7 million{NBSP}people"),
    (1, None, None, None, "people", "en", f"1{NBSP}person"), (1, None, None, None, "civilian casualties", "en",
                                                              f"1{NBSP}civilian casualty"),
    (1, None, None, None, "tanks", "en", f"1{NBSP}tank"), (1, None, None, None, "km²", "en", f"1{NBSP}km²"),
    (None, 1, 2, None, "people", "en", f"1\u20132{NBSP}people"),
    (5, None, None, None, {"one": "особа", "few": "особи", "many": "осіб", "other": "особи"}, "uk", f"5{NBSP}осіб"),
    (2, None, None, None, {"one": "особа", "few": "особи", "many": "осіб", "other": "особи"}, "uk", f"2{NBSP}особи"),
    (21, None, None, None, {"one": "особа", "few": "особи", "many": "осіб", "other": "особи"}, "uk", f"21{NBSP}особа"),
    (None, 15, None, None, "people", "en", f"at least 15{NBSP}people"),
    (None, 100000, None, "more than", "people", "en", f"more than 100,000{NBSP}people"),
    (None, None, 40, None, "%", "en", "up to 40%"),
    (None, None, 5, "fewer than", "", "en", "fewer than 5"),
])
def test_amount(value, low, high, words, unit, language, expected):
    assert formatting.amount(value, low, high, words, unit, language) == expected


@pytest.mark.parametrize("moment,dtg,long", [
    (dt.datetime(2025, 10, 28, 6, 0, tzinfo=tz(0)), "280600Z OCT 25", "28 October 2025, 06:00 UTC"),
    (dt.datetime(2025, 10, 28, 8, 0, tzinfo=tz(2)), "280600Z OCT 25", "28 October 2025, 06:00 UTC"),
    (dt.datetime(2025, 3, 1, 1, 30, tzinfo=tz(3)), "282230Z FEB 25", "28 February 2025, 22:30 UTC"),
    (dt.datetime(2024, 12, 31, 23, 59, tzinfo=tz(-5)), "010459Z JAN 25", "1 January 2025, 04:59 UTC"),
])
def test_dtg_and_long_datetime(moment, dtg, long):
    assert (formatting.dtg(moment), formatting.long_datetime(moment)) == (dtg, long)


@pytest.mark.parametrize("value,expected", [
    (None, ""), (dt.date(2025, 10, 27), "27 October 2025"), (dt.date(2025, 3, 5), "5 March 2025"),
    ("on Sunday", "on Sunday"), ("late October", "late October"),
    (dt.datetime(2025, 10, 27, 9, 5), "27 October 2025, 09:05"),
    (dt.datetime(2025, 10, 27, 9, 5, tzinfo=tz(2)), "27 October 2025, 07:05 UTC"),
])
def test_when(value, expected):
    assert formatting.when(value) == expected


# 2. Series gaps: a missing step is a NaN (a break in the line), never a zero ----------------------------------------
def day(month_day: str) -> dt.date:
    return dt.date.fromisoformat(f"2025-{month_day}")


@pytest.mark.parametrize("values,cadence,missing,gaps,runs", [
    # weekly (Mondays), the week of 20 January missing
    ({"01-06": 1, "01-13": 2, "01-27": 3}, 7, ["01-20"], [("01-13", "01-27")], [["01-06", "01-13"], ["01-27"]]),
    ({"01-06": 1, "01-13": 2, "01-20": 3}, 7, [], [], [["01-06", "01-13", "01-20"]]),  # no gaps
    ({"01-20": 3, "01-06": 1, "01-13": 2}, 7, [], [], [["01-06", "01-13", "01-20"]]),  # unsorted input is sorted
    # no cadence given: the shortest step (one day) is the cadence, and the 4th is missing
    ({"01-01": 5, "01-02": 6, "01-03": 7, "01-05": 9}, 0, ["01-04"], [("01-03", "01-05")],
     [["01-01", "01-02", "01-03"], ["01-05"]]),
    ({"01-01": 1, "01-03": 3}, 2, [], [], [["01-01", "01-03"]]),  # a step of one cadence is no gap
    # monthly, April missing: the gap is dated 1 April, not 29 March (1 March + the 28-day shortest step)
    ({"01-01": 1, "02-01": 2, "03-01": 3, "05-01": 5}, 0, ["04-01"], [("03-01", "05-01")],
     [["01-01", "02-01", "03-01"], ["05-01"]]),
    # month ends, April missing: 30 April
    ({"01-31": 1, "02-28": 2, "03-31": 3, "05-31": 5}, 0, ["04-30"], [("03-31", "05-31")],
     [["01-31", "02-28", "03-31"], ["05-31"]]),
    # quarterly (every third month on the 15th), the July figure missing
    ({"01-15": 1, "04-15": 2, "10-15": 4}, 0, ["07-15"], [("04-15", "10-15")], [["01-15", "04-15"], ["10-15"]]),
])
def test_line_gaps_and_segments(values, cadence, missing, gaps, runs):
    line = _line("Series", [(day(k), v) for k, v in values.items()], cadence)
    assert [date for date, v in zip(line.dates, line.values) if math.isnan(v)] == [day(k) for k in missing]
    assert _gaps(line) == [(day(a), day(b)) for a, b in gaps]
    assert segments(line) == [[(day(k).isoformat(), values[k]) for k in run] for run in runs]


@pytest.mark.parametrize("values,cadence,said", [
    ({"01-06": 1, "01-13": 2, "01-27": 3}, 7, ["20 January 2025"]),
    ({"01-06": 1, "02-03": 5}, 7, ["13 January 2025 to 27 January 2025"]),  # three weeks missing, all said
    ({"01-01": 1, "02-01": 2, "05-01": 5}, 0, ["1 March 2025 to 1 April 2025"]),
    ({"01-01": 1, "01-02": 2, "01-03": 3}, 0, []),
])
def test_a_chart_caption_names_every_missing_step_and_no_other_date(values, cadence, said):
    line = _line("Series", [(day(k), v) for k, v in values.items()], cadence)
    assert _missing_dates(line) == said


# 3. Map frame: projection, extents, the antimeridian -----------------------------------------------------------------
@pytest.mark.parametrize("name,extent,projection,params", [
    ("auto", (30, 40, 45, 51), "lambert", {"central_longitude": 35, "central_latitude": 48, "cutoff": -30,
                                            "standard_parallels": (46, 50)}),
    ("auto", (140, 150, -40, -30), "lambert", {"central_longitude": 145, "central_latitude": -35, "cutoff": 30,
                                                "standard_parallels": (-38.3333, -31.6667)}),
    ("auto", (30, 40, -5, 5), "transverse-mercator", {"central_longitude": 35, "central_latitude": 0,
                                                       "approx": False}),  # across the equator
    ("auto", (-150, 40, -4, 57), "mercator", {"central_longitude": -55, "latitude_true_scale": 26.5}),  # and wide:
    # West Africa and Washington
    ("auto", (10, 30, 72, 80), "stereographic", {"central_longitude": 20, "central_latitude": 76}),
    ("auto", (0, 10, 60, 70), "stereographic", {"central_longitude": 5, "central_latitude": 65}),
    ("auto", (-180, 180, 80, 90), "stereographic", {"central_longitude": 0, "central_latitude": 90}),
    ("auto", (-180, 180, -90, -70), "stereographic", {"central_longitude": 0, "central_latitude": -90}),
    ("auto", (170, 190, 50, 60), "lambert", {"central_longitude": -180, "central_latitude": 55, "cutoff": -30,
                                              "standard_parallels": (51.6667, 58.3333)}),  # across the antimeridian
    ("mercator", (30, 40, 45, 51), "mercator", {"central_longitude": 35, "latitude_true_scale": 48}),
])
def test_choose_projection(name, extent, projection, params):
    chosen, got = choose_projection(name, extent)
    got, params = dict(got), dict(params)
    assert chosen == projection
    assert got.pop("standard_parallels", ()) == pytest.approx(params.pop("standard_parallels", ()), abs=1e-4)
    assert got == params


@pytest.mark.parametrize("name,extent", [
    ("lambert", (30, 40, -5, 5)), ("mercator", (0, 10, 80, 86)), ("gnomonic", (30, 40, 45, 51)),
])
def test_choose_projection_refuses(name, extent):
    with pytest.raises(BriefingError):
        choose_projection(name, extent)


@pytest.mark.parametrize("extent,expected", [
    ([30, 40, 45, 51], (30, 40, 45, 51)), ([177, -178, 60, 65], (177, 182, 60, 65)),
    ([170, -170, -20, -10], (170, 190, -20, -10)),
])
def test_unwrap_extent(extent, expected):
    assert unwrap_extent(extent) == expected


@pytest.mark.parametrize("lons,expected", [
    ([10, 20, 30], (10, 30)), ([170, -170], (170, 190)), ([-170, 170, 180], (170, 190)), ([37, 37], (37, 37)),
])
def test_lon_range_goes_the_short_way(lons, expected):
    assert lon_range(lons) == pytest.approx(expected)


@pytest.mark.parametrize("box,expected", [
    ((10, 20, 0, 5), [(10, 20, 0, 5)]), ((170, 190, 50, 60), [(170, 180, 50, 60), (-180, -170, 50, 60)]),
    ((-200, -170, 0, 5), [(160, 180, 0, 5), (-180, -170, 0, 5)]), ((0, 360, -90, 90), [(-180, 180, -90, 90)]),
])
def test_split_at_antimeridian(box, expected):
    assert split_at_antimeridian(*box) == expected


@pytest.mark.parametrize("places,expected", [
    # a lone place: half a degree of latitude each way, the same ground distance in longitude
    ([(48, 37)], (37 - 0.74724, 37 + 0.74724, 47.5, 48.5)),
    # two places at mid-latitude: an 18% margin, widened in longitude for cos(48.5°)
    ([(48, 37), (49, 38)], (36.72835, 38.27165, 47.82, 49.18)),
    # across the antimeridian: the short way round (2 degrees), not the long way (358)
    ([(65, 179), (66, -179)], (178.56594, 181.43406, 64.82, 66.18)),
])
def test_auto_extent(places, expected):
    located = [Located(f"P{i}", lat, lon, "city") for i, (lat, lon) in enumerate(places)]
    assert auto_extent(located) == pytest.approx(expected, abs=1e-4)


# 4. Link policy --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("url,allowed", [
    ("https://example.org", True), ("http://example.org/a?b=c", True), ("HTTPS://EXAMPLE.ORG", True),
    ("  https://example.org  ", True), ("mailto:desk@example.org", True), ("MailTo:desk@example.org", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("file:///etc/passwd", False), ("data:text/html;base64,PHA+", False),
    ("ftp://example.org", False), ("relative/page.html", False), ("/absolute/path", False),
    ("//example.org/x", False), ("", False),
])
def test_link_allowed(url, allowed):
    assert link_allowed(url) is allowed


@pytest.mark.parametrize("src,allowed", [
    ("figures/map.png", True), ("./img/a.png", True), ("../shared/a.png", True), (" map.png ", True),
    ("/etc/passwd", False), ("  /etc/passwd", False), ("%2Fetc%2Fpasswd", False), ("file:///etc/passwd", False),
    ("https://example.org/a.png", False), ("HTTPS://example.org/a.png", False), ("//example.org/a.png", False),
    ("data:image/png;base64,AAAA", False), ("javascript:alert(1)", False), ("C:/Windows/a.png", False),
])
def test_image_allowed(src, allowed):
    assert image_allowed(src) is allowed


# 5. Likelihood words (ICD 203 scale by default) --------------------------------------------------------------------
def problems(raw: dict, scale: list[str] | None = None) -> list[tuple[str, str, str]]:
    loaded = Loaded(shown="b.toml", path=Path("/tmp/b.toml"), raw=raw, brief=None)
    config = Config(likelihood_scale=scale) if scale else Config()
    return [(p.code, p.severity, p.key) for p in likelihood_words(Context(loaded, config, ()))]


B401, B402 = ("B401", "warning", "brief.summary"), ("B402", "warning", "brief.summary")


@pytest.mark.parametrize("summary,expected", [
    ("Russian forces are likely to take the town.", []),
    ("Likely, the town falls within the week.", []),
    ("Russian forces will probably take the town.", [B401]),
    ("It is highly likely that the town falls.", [B401]),
    ("A counter-attack is highly unlikely.", [B401]),
    ("The town will almost certainly fall.", []),
    ("We assess with high confidence that X is likely.", [B402]),
    ("We assess with moderate-confidence that X will probably happen.", [B401, B402]),
    ("We have high confidence in the reporting. The town is likely to fall.", []),
    ("The likelihood of a ceasefire is discussed below.", []),
    ("We assess with high confidence that U.S. forces are likely to withdraw.", [B402]),  # "U.S." ends nothing
    ("Gen. Syrskyi has high confidence in the line. The town is likely to hold.", []),
])
def test_likelihood_words(summary, expected):
    assert problems({"brief": {"summary": summary}}) == expected


@pytest.mark.parametrize("raw,scale,expected", [
    ({"facts": [{"text": "Fine."}, {"text": "It will probably rain."}]}, None, [("B401", "warning", "facts[1].text")]),
    ({"quotes": [{"text": "We will probably win."}]}, None, []),  # quotations stay verbatim
    ({"brief": {"summary": "It will probably rain."}}, ["improbable", "probable", "almost certain"], []),
    ({"brief": {"summary": "It will almost certainly rain."}}, ["improbable", "probable", "almost certain"], []),
    ({"brief": {"summary": "It will possibly rain."}}, ["improbable", "probable", "almost certain"], [B401]),
])
def test_likelihood_words_where_and_scale(raw, scale, expected):
    assert problems(raw, scale) == expected


# 6. Geodesy on WGS84 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("one,other,km,azimuth", [
    ((0, 0), (0, 90), 6378137 * math.pi / 2 / 1000, 90),  # a quarter of the equator
    ((0, 0), (90, 0), 10001.965729, 0),  # the meridian quadrant
    ((40.6, -73.8), (51.6, -0.5), 5551.759400, 51.198883),  # JFK -> LHR, GeographicLib's example
    ((0, 0), (0, 10), None, 90), ((0, 10), (0, 0), None, 270),  # due east and due west on the equator
    ((10, 0), (0, 0), None, 180), ((0, 0), (10, 0), None, 0),
])
def test_distance_and_bearing(one, other, km, azimuth):
    if km is not None:
        assert geodesy.distance_km(one, other) == pytest.approx(km, abs=1e-3)
    assert geodesy.bearing(one, other) == pytest.approx(azimuth, abs=1e-6)


@pytest.mark.parametrize("lat,lon,bearing,km", [
    (48.0, 37.0, 45, 100), (51.5, -0.1, 270, 50), (0, 0, 90, 1000), (65, 179.5, 90, 100), (-33.9, 151.2, 180, 500),
])
def test_destination_round_trips(lat, lon, bearing, km):
    there = geodesy.destination(lat, lon, bearing, km)
    assert -180 <= there[1] < 180
    assert geodesy.distance_km((lat, lon), there) == pytest.approx(km, abs=1e-6)
    assert geodesy.bearing((lat, lon), there) == pytest.approx(bearing, abs=1e-6)


def test_destination_a_quarter_of_the_equator_east():
    assert geodesy.destination(0, 0, 90, 6378137 * math.pi / 2 / 1000) == pytest.approx((0, 90), abs=1e-9)


@pytest.mark.parametrize("lon,expected", [
    (180, -180), (-181, 179), (540, -180), (0, 0), (-180, -180), (179.5, 179.5), (360, 0), (-540, -180),
])
def test_normal_lon(lon, expected):
    assert geodesy.normal_lon(lon) == expected


# 7. Did-you-mean ---------------------------------------------------------------------------------------------------
BRIEF_KEYS = ["title", "subtitle", "as_of", "marking", "marking_colour", "region", "authors", "keywords", "language",
              "summary"]


@pytest.mark.parametrize("word,choices,expected", [
    ("sumary", BRIEF_KEYS, "did you mean 'summary'?"), ("titel", BRIEF_KEYS, "did you mean 'title'?"),
    ("Summary", BRIEF_KEYS, "did you mean 'summary'?"), ("reuter", ["reuters", "ap"], "did you mean 'reuters'?"),
    ("zzz", BRIEF_KEYS, ""), ("reuter", [], ""),
])
def test_did_you_mean(word, choices, expected):
    assert did_you_mean(word, choices) == expected


# 8. Problem records ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("problem,text", [
    (Problem("B203", "brief.toml", "facts[0]", "cites no source"), "brief.toml: facts[0]: cites no source [B203]"),
    (Problem("B101", "brief.toml", "brief.sumary", "unknown key", hint="did you mean 'summary'?"),
     "brief.toml: brief.sumary: unknown key (did you mean 'summary'?) [B101]"),
    (Problem("B001", "brief.toml", "", "cannot be parsed"), "brief.toml: cannot be parsed [B001]"),
    (Problem("B705", "", "map", "failed"), "map: failed [B705]"),
    (Problem("B705", "", "", "failed", hint="see the log"), "failed (see the log) [B705]"),
])
def test_problem_text(problem, text):
    assert str(problem) == text


RECORD = dict(code="B203", file="b.toml", key="k", message="m", severity="error", origin="content", hint="")


@pytest.mark.parametrize("problem,differences", [
    (Problem("B203", "b.toml", "k", "m"), {}),
    (Problem("B203", "data.csv", "k", "m").at("b.toml"), {}),
    (warning("B204", "b.toml", "k", "m", "h"), {"code": "B204", "severity": "warning", "hint": "h"}),
    (notice("B901", "m"), {"code": "B901", "file": "", "key": "", "severity": "warning", "origin": "environment"}),
])
def test_problem_record(problem, differences):
    assert problem.record() == {**RECORD, **differences}


@pytest.mark.parametrize("term,expected", [
    ("probable", "probably"), ("improbable", "improbably"), ("possible", "possibly"), ("certain", "certainly"),
    ("almost certain", "almost certainly"), ("likely", "likely"), ("highly unlikely", "highly unlikely"),
    ("realistic possibility", "realistic possibility"), ("even chance", "even chance"), ("doubtful", "doubtfully"),
    ("remote", "remote"), ("evident", "evidently"), ("specific", "specifically"),
])
def test_adverb_of_a_scale_term(term, expected):
    assert adverb(term) == expected


# Sentences ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("One. Two!", ["One.", "Two!"]),
    ("U.S. forces left. The U.K. stayed.", ["U.S. forces left.", "The U.K. stayed."]),
    ("The U.S. Army left. It came back.", ["The U.S. Army left.", "It came back."]),
    ("Gen. Syrskyi spoke. Lt. Col. Ivanov too.", ["Gen. Syrskyi spoke.", "Lt. Col. Ivanov too."]),
    ("Set up by J. Smith in Jan. 2024. More.", ["Set up by J. Smith in Jan. 2024.", "More."]),
    ('"We will win." Then he left.', ['"We will win."', "Then he left."]),
    ("It rose 5.5 per cent. 300 died.", ["It rose 5.5 per cent.", "300 died."]),
    ("e.g. this one. And that.", ["e.g. this one.", "And that."]),
    ("No stop here\n\nA new paragraph", ["No stop here", "A new paragraph"]),
    ("lower case after a stop. is one sentence", ["lower case after a stop. is one sentence"]),
    ("", []),
])
def test_sentences(text, expected):
    assert sentences.split(text) == expected
    assert "".join(expected) == "".join(text[start:end] for start, end in _spans(text))


def _spans(text: str) -> list[tuple[int, int]]:
    """The sentences' spans, from the boundaries: together with them, they are the whole text."""
    edges = [0, *(edge for boundary in sentences.boundaries(text) for edge in boundary), len(text)]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2) if text[edges[i]:edges[i + 1]].strip()]
