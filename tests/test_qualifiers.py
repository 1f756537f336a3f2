"""Figures exactly as the source states them: "more than", "at least", "nearly", bounds alone; a bound or a
"nearly" is listed, never charted as a point; a per-brief organisation."""

from __future__ import annotations

import glob
import html
import json
import re
import tomllib

import pytest
from conftest import EXAMPLE, MINIMAL, normalise, pdf_text, write_brief

from briefing.places import geodesy

SHOWN = "briefs/test/brief.toml"
NBSP = "\u00a0"


def figure(label: str, claimant: str, unit: str = "people", kind: str = "displaced", party: str = "Civilians",
           **amount) -> str:
    values = "".join(f"{key} = {json.dumps(value)}\n" for key, value in amount.items())
    return (f'\n[[figures]]\nlabel = "{label}"\n{values}unit = "{unit}"\nkind = "{kind}"\nparty = "{party}"\n'
            f'claimed_by = "{claimant}"\nstatus = "claimed"\nsources = ["s1"]\n')


# The Nyanzale article (AFP, 2024): the numbers as it gives them, and as the brief must print them.
NYANZALE = [
    (figure("Newly displaced by the fighting", "UN OCHA", value=100000, qualifier="more than"),
     "more than 100,000 people"),
    (figure("Killed in Nyanzale", "Local officials", kind="killed", low=15), "at least 15 people"),
    (figure("Displaced in the country", "UN", value=7000000, qualifier="nearly"), "nearly 7 million people"),
    (figure("Displaced in North Kivu", "UN agencies", value=2500000), "2.5 million people"),
    (figure("Abducted", "Witnesses", kind="abducted", value=1), "1 person"),
    (figure("Killed at a camp", "Camp officials", kind="killed", high=5, qualifier="fewer than"), "fewer than 5 people"),
]


def test_figures_print_exactly_as_their_sources_state_them(run, workspace):
    write_brief(workspace, MINIMAL + "".join(entry for entry, _ in NYANZALE))
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    text = pdf_text(workspace / "out" / "test.pdf")
    page = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    for _, expected in NYANZALE:
        assert normalise(expected) in text, expected
        number, unit = expected.rsplit(" ", 1)
        assert f"{number}{NBSP}{unit}" in page, expected
    assert "about" not in text.split("FORCES")[-1].split("SOURCES")[0]  # no qualifier the sources did not give
    assert glob.glob(str(workspace / "figures" / "test-chart-*")) == []  # different quantities: no rival claims


def test_a_bound_is_charted_as_a_bound_never_as_a_point(run, workspace):
    """Of two claims of people displaced, one is "more than 100,000": both on one chart, that one as a bar at
    100,000 with an arrow pointing up the scale, not as a dot."""
    entries = figure("Displaced", "Claimant A", value=100000, qualifier="more than") + \
        figure("Displaced", "Claimant B", value=120000) + figure("Displaced", "Claimant C", high=90000)
    write_brief(workspace, MINIMAL + entries)
    assert run("build", SHOWN).exit_code == 0
    [path] = glob.glob(str(workspace / "figures" / "test-chart-*.json"))
    chart = json.loads(open(path).read())
    assert [(m.get("bound"), m.get("edge", m.get("value"))) for m in chart["marks"]] == [
        ("lower", 100000), (None, 120000), ("upper", 90000)]
    assert "an arrow is a bound" in chart["caption"]
    rows = {round(y): (x0, x1) for x0, x1, y in chart["arrows"]}  # as drawn, in the chart's own units
    assert sorted(rows) == [0, 2]  # the first and the last row (drawn top to bottom), none at the exact figure
    lower, upper = rows[2], rows[0]
    assert lower[0] == pytest.approx(100000, rel=0.01) and lower[1] > 110000  # from 100,000 up the scale
    assert upper[1] == pytest.approx(90000, rel=0.01) and upper[0] < 80000  # from 90,000 down
def test_two_exact_rival_claims_are_charted_and_chart_false_keeps_one_out(run, workspace):
    rivals = figure("Trapped", "Claimant A", kind="trapped", value=250000) + \
        figure("Trapped", "Claimant B", kind="trapped", value=260000)
    write_brief(workspace, MINIMAL + rivals)
    assert run("build", SHOWN).exit_code == 0
    [chart] = [json.loads(open(p).read()) for p in glob.glob(str(workspace / "figures" / "test-chart-*.json"))]
    assert [m["value"] for m in chart["marks"]] == [250000, 260000]
    write_brief(workspace, MINIMAL + rivals.replace('value = 260000\n', 'value = 260000\nchart = false\n'))
    assert run("build", SHOWN).exit_code == 0
    assert glob.glob(str(workspace / "figures" / "test-chart-*.json")) == []  # the old chart pruned, none new


@pytest.mark.parametrize(("amount", "message"), [
    ({"low": 15, "qualifier": "up to"},
     "low alone is a lower bound: qualifier \"at least\" or \"more than\", not 'up to'"),
    ({"high": 5, "qualifier": "nearly"},
     "high alone is an upper bound: qualifier \"up to\" or \"fewer than\", not 'nearly'"),
    ({"low": 1, "high": 2, "qualifier": "more than"},
     "a range from low to high takes no qualifier but \"about\", not 'more than'"),
    ({"value": 5, "approx": True, "qualifier": "about"}, "approx = true means qualifier = \"about\": give one of them"),
    ({"low": 15, "qualifier": "as many as"},  # a source's word is read as what it means: "up to"
     "low alone is a lower bound: qualifier \"at least\" or \"more than\", not 'as many as'"),
    ({"value": 5, "qualifier": "give or take"},
     "'give or take' is not one of 'about', 'some', 'nearly', 'at least', 'more than', 'up to', 'fewer than', "
     "'around', 'roughly', 'approximately', 'circa', 'almost', 'close to', 'just under', 'not quite', "
     "'no fewer than', 'no less than', 'a minimum of', 'over', 'just over', 'upwards of', 'in excess of', 'above', "
     "'exceeding', "
     "'passed', 'as many as', 'as much as', 'a maximum of', 'at most', 'less than', 'under', 'below', "
     "'as high as', 'near', 'as low as', 'surpassed', 'perhaps', 'well above' or 'well over'"),
])
def test_a_qualifier_that_contradicts_its_numbers_is_refused(run, workspace, amount, message):
    write_brief(workspace, MINIMAL + figure("Killed", "X", **amount))
    result = run("check", SHOWN)
    assert result.exit_code == 1
    key = "figures[0].qualifier" if "give or take" in message else "figures[0]"
    assert result.stderr.splitlines()[0] == f"{SHOWN}: {key}: {message} [B104]"


def test_approx_still_means_about(run, workspace):
    write_brief(workspace, MINIMAL + figure("Troops", "X", unit="troops", value=100000, approx=True))
    assert run("build", SHOWN).exit_code == 0
    assert "about 100,000 troops" in pdf_text(workspace / "out" / "test.pdf")


def test_a_brief_names_its_own_organisation(run, workspace):
    write_brief(workspace, MINIMAL.replace('as_of =', 'organisation = "Great Lakes Desk"\nas_of ='))
    assert run("build", SHOWN).exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "GREAT LAKES DESK" in text.upper() and "Test Desk" not in text
    write_brief(workspace, MINIMAL.replace('as_of =', 'organization = "Great Lakes Desk"\nas_of ='))
    result = run("check", SHOWN)
    assert result.stderr == f"{SHOWN}: brief.organization: unknown key (did you mean 'organisation'?) [B101]\n"


def test_a_caveat_prints_once_beside_the_first_claim_and_a_note_only_in_the_list(run, workspace):
    brief = MINIMAL.replace('title = "A report"', 'title = "A report"\ncaveat = "Could not verify CAVEAT-X."\n'
                                                  'note = "Paywalled NOTE-Y."')
    quotes = '\n[[quotes]]\ntext = "A statement."\nspeaker = "Someone"\nkind = "reported"\nsources = ["s1"]\n'
    write_brief(workspace, brief + figure("Killed", "X", value=5) + quotes)
    assert run("build", SHOWN, "--html").exit_code == 0
    page = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    body, sources = page.split('<section id="sources">')
    assert body.count("CAVEAT-X") == 1 and body.index("CAVEAT-X") > body.index('id="key-facts"')
    assert body.index("CAVEAT-X") < body.index('id="key-figures"')
    assert "NOTE-Y" not in body
    assert "Caveat: Could not verify CAVEAT-X." in sources and "Note: Paywalled NOTE-Y." in sources


@pytest.mark.parametrize(("language", "forms"), [
    ("fr", {"one": "personne", "other": "personnes"}),
    ("uk", {"one": "особа", "few": "особи", "many": "осіб", "other": "особи"}),
    ("ar", {"zero": "شخص", "one": "شخص", "two": "شخصان", "few": "أشخاص", "many": "شخصًا", "other": "شخص"}),
])
def test_numbers_dates_and_plurals_by_language(run, workspace, language, forms):
    """Babel's (CLDR's) way of the brief's language: digits and marks, the date, and the unit's plural form."""
    import datetime as dt

    from babel import Locale
    from babel.dates import format_date
    from babel.numbers import format_decimal

    units = "{" + ", ".join(f"{key} = {json.dumps(word, ensure_ascii=False)}" for key, word in forms.items()) + "}"
    entries = "".join(f'\n[[figures]]\nlabel = "L{n}"\nvalue = {n}\nunit = {units}\nclaimed_by = "X"\n'
                      f'status = "claimed"\ndate = 2025-10-27\nsources = ["s1"]\n' for n in (1, 3, 11, 2500000))
    brief = MINIMAL.replace('summary =', f'language = "{language}"\nsummary =')
    write_brief(workspace, brief + entries)
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    page = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    rules = Locale.parse(language)
    for n in (1, 3, 11, 2500000):
        word = forms.get(rules.plural_form(n)) or forms["other"]
        assert f"{format_decimal(n, locale=language)}{NBSP}{word}<" in page, (n, word)
    assert format_date(dt.date(2025, 10, 27), "long", locale=language) in page


def test_a_language_babel_does_not_know_is_refused(run, workspace):
    write_brief(workspace, MINIMAL.replace('summary =', 'language = "xx"\nsummary ='))
    result = run("check", SHOWN)
    assert (result.exit_code, result.stderr) == (
        1, f"{SHOWN}: brief.language: 'xx' is not a language Babel knows (e.g. \"en\", \"fr\", \"uk\", \"ar\") [B104]\n")


@pytest.mark.parametrize(("fields", "expected"), [
    ({"published": "Wednesday", "url": "https://example.org/a"},
     "Publisher One. Why now? Published Wednesday. https://example.org/a"),
    ({"url": "https://example.org/a", "accessed": "2025-01-02"}, "Publisher One. Why now? https://example.org/a "
                                                                   "Accessed 2 January 2025."),
    ({"published": "2025-01-01", "note": "Paywalled"}, "Publisher One. Why now? Published 1 January 2025. Note: "
                                                       "Paywalled."),
    ({}, "Publisher One. Why now?"),
])
def test_the_source_list_reads_right_in_every_combination(run, workspace, fields, expected):
    values = "".join(f"{key} = {value if key in ('accessed',) or value[:1].isdigit() else json.dumps(value)}\n"
                     for key, value in fields.items())
    write_brief(workspace, MINIMAL.replace('title = "A report"\n', f'title = "Why now?"\n{values}'))
    assert run("build", SHOWN).exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert normalise(expected) in text.split("SOURCES")[-1]


QUOTES_BRIEF = MINIMAL.replace('text = "A fact."', '''text = "Ukraine's army calls it \\"the gateway\\"."''') + '''
[[quotes]]
text = "We won't give up the city"
speaker = "A commander"
role = "the brigade's chief"
sources = ["s1"]

[[quotes]]
text = "killing civilians"
lead = "accused the M23 of"
speaker = "Congo's army"
when = "on Sunday"
sources = ["s1"]

[[quotes]]
text = "more than 100,000 people had fled the town's centre"
speaker = "The UN"
kind = "reported"
sources = ["s1"]
'''


@pytest.mark.parametrize(("language", "opening", "closing"), [("en", "\u201c", "\u201d"),
                                                              ("fr", "\u00ab\u202f", "\u202f\u00bb")])
def test_quotation_marks_and_apostrophes_as_a_typesetter_sets_them(run, workspace, language, opening, closing):
    brief = QUOTES_BRIEF.replace('summary =', f'language = "{language}"\nsummary =')
    write_brief(workspace, brief)
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    page = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    prose = re.sub(r"[ \t\n]+", " ", html.unescape(re.sub(r"<[^>]*>", "", page.split("<body")[1])))  # no attributes
    assert f"Ukraine\u2019s army calls it {opening}the gateway{closing}." in prose
    assert f"{opening}We won't give up the city{closing}" in prose  # a direct quotation's own words, untouched
    assert "the brigade\u2019s chief" in prose
    assert f"Congo\u2019s army on Sunday accused the M23 of {opening}killing civilians{closing}." in prose
    assert "the town\u2019s centre" in prose
    assert "'" not in prose.replace("We won't", "") and '"' not in prose


def test_lead_belongs_to_a_direct_quotation(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[quotes]]\ntext = "x"\nlead = "said"\nspeaker = "Y"\nkind = "reported"\n'
                                     'sources = ["s1"]\n')
    result = run("check", SHOWN)
    assert result.stderr == (f"{SHOWN}: quotes[0]: lead goes before a direct quotation; a reported statement is "
                             "written as one sentence [B104]\n")


def test_a_distance_without_a_direction_is_said_and_never_drawn_as_a_point(run, workspace):
    """"Three kilometres from Pokrovsk": no bearing is invented, nothing is put on the map at a guessed spot, and
    the places table says only what the source says."""
    places = ('\n[[places]]\nname = "Pokrovsk"\nlat = 48.28\nlon = 37.18\nsources = ["s1"]\n'
              '\n[[places]]\nname = "Kihondo camp"\nrole = "site"\nnear = "Pokrovsk"\ndistance_km = 3\nsources = ["s1"]\n'
              '\n[[places]]\nname = "The mine"\nrole = "site"\nnear = "Pokrovsk"\ndistance_km = 10\nbearing = "W"\n'
              'sources = ["s1"]\n')
    write_brief(workspace, MINIMAL + places)
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "3 km from Pokrovsk; the source gives no direction, so the map draws a ring of that radius." in text
    assert "Placed 10 km W of Pokrovsk, as the source gives it." in text
    assert "bearing" not in text and "10.0" not in text
    [sidecar] = glob.glob(str(workspace / "figures" / "test-map-*.json"))
    features = json.loads(open(sidecar).read())["features"]
    points = [f["name"] for f in features if f.get("layer") == "places"]
    assert "The mine" in points and "Kihondo camp" not in points  # never a point at an invented spot
    [ring] = [f for f in features if f.get("layer") == "Kihondo camp: 3 km from Pokrovsk, direction not given"]
    assert ring["name"] == "Kihondo camp"  # the key names it: a ring, not a point


def test_a_place_the_source_gives_only_roughly_is_drawn_as_approximate(run, workspace):
    places = ('\n[[places]]\nname = "Nyanzale"\nlat = -0.9\nlon = 29.2\napproximate = true\nsources = ["s1"]\n'
              '\n[[places]]\nname = "Goma"\nlat = -1.674\nlon = 29.228\nsources = ["s1"]\n')
    write_brief(workspace, MINIMAL + places)
    assert run("build", SHOWN, "--html").exit_code == 0
    [sidecar] = glob.glob(str(workspace / "figures" / "test-map-*.json"))
    drawn = {f["name"]: f for f in json.loads(open(sidecar).read())["features"] if f.get("layer") == "places"}
    assert (drawn["Nyanzale"]["approximate"], drawn["Goma"]["approximate"]) == (True, False)
    assert drawn["Nyanzale"]["label"] == "Nyanzale (approx.)"
    page = (workspace / "out" / "test.html").read_text(encoding="utf-8")
    assert "≈ -0.900, 29.200" in page and "≈ -1.674" not in page


def test_figures_are_numbered_and_the_map_credit_is_printed_once(example_build):
    text = pdf_text(example_build / "pokrovsk.pdf")
    places = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["places"]
    placed_by_the_brief = any("lat" in place or "near" in place for place in places)  # the mine: 10 km W of Pokrovsk
    origins = "GeoNames, the brief" if placed_by_the_brief else "GeoNames"
    focus = next(place["name"] for place in places if place.get("role") == "focus")
    assert normalise(f"Figure 1. Situation map: Around {focus}, Ukraine. Basemap: GSHHG/WDB · Places: "
                     f"{origins}.") in text  # what the frame shows: one country, around the focus
    assert text.count("Basemap: GSHHG/WDB") == 1  # as text in the caption; the picture does not repeat it
    assert text.count("Situation as of") == 0  # in the picture only


def test_a_hedged_distance_keeps_its_hedge_and_a_lone_place_shows_its_ring_whole(run, workspace):
    """"About 70 kilometres from el-Fasher": the table and the map's key say "about", and a map made around
    el-Fasher alone is wide enough for the whole ring."""
    places = ('\n[[places]]\nname = "el-Fasher"\nlat = 13.628\nlon = 25.349\nsources = ["s1"]\n'
              '\n[[places]]\nname = "Tawila"\nrole = "site"\nnear = "el-Fasher"\ndistance_km = 70\n'
              'distance_qualifier = "about"\nsources = ["s1"]\n'
              '\n[[places]]\nname = "The camp"\nrole = "site"\nnear = "el-Fasher"\ndistance_km = 10\nbearing = "W"\n'
              'distance_qualifier = "nearly"\nsources = ["s1"]\n')
    write_brief(workspace, MINIMAL + places)
    assert run("build", SHOWN).exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "About 70 km from el-Fasher; the source gives no direction" in text
    assert "Placed nearly 10 km W of el-Fasher, as the source gives it." in text
    [sidecar] = glob.glob(str(workspace / "figures" / "test-map-*.json"))
    data = json.loads(open(sidecar).read())
    [ring] = [f for f in data["features"] if f.get("layer") == "Tawila: about 70 km from el-Fasher, direction not given"]
    west, east, south, north = data["extent"]["shown"]
    reach = [geodesy.destination(13.628, 25.349, azimuth, 70) for azimuth in (0, 90, 180, 270)]
    assert all(south < lat < north and west < lon < east for lat, lon in reach)  # the whole ring is in the frame


def test_a_distance_qualifier_needs_a_distance(run, workspace):
    write_brief(workspace, MINIMAL + '\n[[places]]\nname = "X"\nlat = 1\nlon = 2\ndistance_qualifier = "about"\n'
                                     'sources = ["s1"]\n')
    result = run("check", SHOWN)
    assert result.exit_code == 1
    assert result.stderr == (f"{SHOWN}: places[0]: distance_qualifier qualifies distance_km: give it only with a "
                             "distance [B104]\n")


@pytest.mark.parametrize(("fields", "refused"), [
    ({"value": -225, "kind": "", "unit": "people"}, "people"),  # the cyclone brief's "-225 people"
    ({"value": -3, "kind": "killed"}, "killed"),
    ({"low": -10, "high": 40, "kind": "displaced"}, "displaced"),
    ({"value": -1200, "kind": "change", "unit": "people"}, None),  # a change keeps its sign
    ({"low": -5, "high": 3, "kind": "temperature", "unit": "°C"}, None),  # so does a range of anything else
    ({"value": 0, "unit": "people"}, None),
])
def test_a_count_cannot_be_negative(run, workspace, fields, refused):
    write_brief(workspace, MINIMAL + figure("A figure", "X", **fields))
    result = run("check", SHOWN)
    if refused is None:
        assert result.exit_code == 0, result.output
        return
    negative = min(v for k, v in fields.items() if k in ("value", "low", "high"))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"{SHOWN}: figures[0]: a count of {refused} cannot be negative "
                                             f"({negative:g}); a change in it is kind = \"change\" [B104]")


@pytest.mark.parametrize(("text", "number", "words"), [
    ("At least 53 people have died in Mozambique and 225 in Malawi since the weekend", "225", "at least"),
    ("more than 300 tanks and 40 jets", "40", "more than"),
    ("At least 53 people have died, and 225 in Malawi", "225", None),    # a clause break: not shared
    ("About 10 were killed in 2022 and 15 in 2023", "15", None),          # another number between: not shared
    ("some 60,000 people", "60,000", "some"),
])
def test_a_qualifier_is_shared_by_the_numbers_it_coordinates(text, number, words):
    from briefing.brief.numbers import qualifier_words_before

    assert qualifier_words_before(text, text.index(number)) == words


def test_a_qualifier_is_the_sources_word_for_one_of_the_briefs():
    """A figure keeps the source's own qualifier ("over", "almost"), printed as given and read as what it means:
    "over" is a lower bound like "more than"; every word numbers.QUALIFIERS knows is a qualifier a brief may give."""
    from typing import get_args

    from briefing import formatting
    from briefing.brief.model import Figure, Qualifier
    from briefing.brief.numbers import MEANING

    assert set(get_args(Qualifier)) == set(MEANING)
    over = Figure(label="Displaced", value=140000, qualifier="over", unit="people", claimed_by="IOM", status="claimed")
    assert (over.meaning, over.bound) == ("more than", "lower")
    assert formatting.amount(over.value, None, None, over.words, over.unit) == f"over 140,000{NBSP}people"
    assert Figure(label="Dead", high=40, qualifier="as many as", claimed_by="UN", status="claimed").bound == "upper"
    with pytest.raises(ValueError, match="low alone is a lower bound"):
        Figure(label="Dead", low=40, qualifier="almost", claimed_by="UN", status="claimed")
