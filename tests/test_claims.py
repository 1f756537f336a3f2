"""Claims: who says what, how sure anyone is, where it comes from; competing claims never merged."""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
import tomllib
from collections import defaultdict

import pytest
from conftest import EXAMPLE, MINIMAL, normalise, pdf_text, write_brief

from briefing.config import ICD_203

SHOWN = "briefs/test/brief.toml"


@pytest.fixture(scope="module")
def example(example_build):
    out = example_build
    brief = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    return brief, (out / "pokrovsk.html").read_text(encoding="utf-8"), pdf_text(out / "pokrovsk.pdf")


def section(page: str, section_id: str) -> str:
    match = re.search(rf'<section id="{section_id}">(.*?)\n</section>', page, re.S)
    assert match, section_id
    return match.group(1)



def chart_sidecar(workspace, kind: str) -> dict:
    """The one chart of `kind` the build drew (charts are named by a hash, never by the brief's words)."""
    [chart] = [data for data in (json.loads(p.read_text()) for p in (workspace / "figures").glob("test-chart-*.json"))
               if data["kind"] == kind]
    return chart

def test_the_100000_figure_with_claimant_and_status(example):
    brief, page, text = example
    figure = next(f for f in brief["figures"] if f.get("value") == 100_000)
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", page, re.S) if "100,000" in r)
    assert html.escape(figure["claimed_by"]) in row
    assert f'status-{figure["status"]}">{figure["status"]}<' in row
    assert "qualifier" not in figure and "approx" not in figure  # "An estimated 100,000": estimated is its status
    assert normalise(f'100,000 {figure["unit"]} {figure["party"]} {figure["claimed_by"]}') in text
    assert "about 100,000" not in text


def test_zelenskiy_in_quotation_marks_with_president(example):
    brief, page, text = example
    quote = next(q for q in brief["quotes"] if q["speaker"] == "Volodymyr Zelenskiy")
    assert quote["kind"] == "direct"
    assert normalise(f'"{quote["text"]}" \u2014 {quote["speaker"]}, President') in text


def test_gerasimov_reported_without_quotation_marks(example):
    brief, page, text = example
    quote = next(q for q in brief["quotes"] if q["speaker"] == "Valery Gerasimov")
    assert quote["kind"] == "reported"
    sentence = normalise(f'{quote["speaker"]}, {quote["role"]}, {quote["verb"]} {quote["when"]} that {quote["text"]}.')
    assert sentence in text
    assert f'"{normalise(quote["text"])}' not in text


def test_every_citation_points_at_an_existing_source(example):
    brief, page, _ = example
    targets = set(re.findall(r'href="#(source-\d+)"', page))
    anchors = set(re.findall(r'<li id="(source-\d+)">', page))
    assert targets and targets <= anchors
    assert len(anchors) == len(brief["sources"])


def test_the_reuters_caveat_prints_once_with_the_first_claims_and_in_the_source_list(example):
    """Key facts are the first claims citing Reuters: the caveat follows them, and is not repeated in the body."""
    brief, page, _ = example
    caveat = html.escape(brief["sources"][0]["caveat"])
    body, sources = page.split('<section id="sources">')
    assert body.count(caveat) == 1
    assert caveat in section(page, "key-facts")
    assert f"Caveat: {caveat}" in sources


def figure_toml(label: str, party: str, claimant: str, source: str, **amount) -> str:
    values = "\n".join(f"{k} = {v}" for k, v in amount.items())
    return (f'\n[[figures]]\nlabel = "{label}"\n{values}\nunit = "soldiers"\nkind = "killed"\n'
            f'party = "{party}"\nclaimed_by = "{claimant}"\nstatus = "claimed"\nsources = ["{source}"]\n')


SECOND_SOURCE = '\n[[sources]]\nid = "s2"\npublisher = "Publisher Two"\ntitle = "Another report"\n'


def test_rival_claims_about_one_quantity_are_charted_side_by_side_and_never_summed(run, workspace):
    """Russia's losses in September, as two claimants give them: one quantity, two claims, one chart."""
    claims = [("Russia", "Claimant A", "s1", {"value": 1200}), ("Russia", "Claimant B", "s2", {"low": 4000, "high": 4500})]
    brief = MINIMAL + SECOND_SOURCE + "".join(figure_toml("Killed in September", *c[:3], **c[3]) for c in claims)
    write_brief(workspace, brief)
    assert run("build", SHOWN, "--html").exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "1,200" in text and "4,000-4,500" in text
    for total in (1200 + 4000, 1200 + 4500, 1200 + 4250):
        assert f"{total:,}" not in text
    chart = chart_sidecar(workspace, "comparison")
    assert [m.get("value", (m.get("low"), m.get("high"))) for m in chart["marks"]] == [1200, (4000, 4500)]
    assert [m["label"] for m in chart["marks"]] == [f"{p}, per {c}" for p, c, *_ in claims]


def test_claims_about_different_quantities_are_not_rivals(run, workspace):
    """Russian and Ukrainian losses are two quantities: both listed, neither charted against the other."""
    claims = [("Russia", "Claimant A", "s1", {"value": 1200}), ("Ukraine", "Claimant B", "s2", {"value": 900})]
    write_brief(workspace, MINIMAL + SECOND_SOURCE + "".join(figure_toml("Killed", *c[:3], **c[3]) for c in claims))
    assert run("build", SHOWN).exit_code == 0
    assert not list((workspace / "figures").glob("test-chart-*"))
    assert "1,200" in pdf_text(workspace / "out" / "test.pdf")


def write_series(workspace, rows: list[tuple[str, str, str]]) -> None:
    lines = ["date,party,kind,value,source"] + [f"{d},{p},killed,{v},GS" for d, p, v in rows]
    (workspace / "briefs" / "test" / "losses.csv").write_text("\n".join(lines) + "\n")


SERIES = '\n[[series]]\nfile = "losses.csv"\ntitle = "Reported losses"\nsources = ["s1"]\n'


def test_a_missing_week_is_a_gap_not_a_zero(run, workspace):
    weeks = [dt.date(2025, 9, 1) + dt.timedelta(weeks=n) for n in range(5)]
    present = [w for i, w in enumerate(weeks) if i != 2]
    write_brief(workspace, MINIMAL + SERIES)
    write_series(workspace, [(w.isoformat(), "Russia", str(100 + i)) for i, w in enumerate(present)])
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    chart = chart_sidecar(workspace, "series")
    dates = [[d for d, _ in run_] for run_ in chart["lines"][0]["segments"]]
    assert dates == [[w.isoformat() for w in present[:2]], [w.isoformat() for w in present[2:]]]
    assert all(value != 0 for run_ in chart["lines"][0]["segments"] for _, value in run_)
    assert f"{weeks[2].day} {weeks[2]:%B %Y}" in chart["caption"]
    assert html.escape(chart["alt"]) in (workspace / "out" / "test.html").read_text(encoding="utf-8")


ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                "tags,timestamp")


def acled_row(n: int, date: str, kind: str, place: str, lat: float, lon: float, deaths: int) -> str:
    return (f"UKR{n},{date},2025,1,Political violence,{kind},Armed clash,Military Forces of Russia,,8,"
            f"Military Forces of Ukraine,,8,88,,804,Europe,Ukraine,Donetsk,,,{place},{lat},{lon},1,"
            f"Local media,National,Notes,{deaths},,1700000000")


EVENTS = '\n[[events]]\nfile = "acled.csv"\nsources = ["s1"]\n'


def test_acled_weekly_fatalities_chart(run, workspace):
    rows = [(1, "2025-09-01", "Battles", "Pokrovsk", 48.28, 37.18, 12), (2, "2025-09-04", "Battles", "Myrnohrad", 48.30, 37.26, 3),
            (3, "2025-09-16", "Explosions/Remote violence", "Rodynske", 48.35, 37.21, 7)]
    write_brief(workspace, MINIMAL + EVENTS)
    (workspace / "briefs" / "test" / "acled.csv").write_text("\n".join([ACLED_HEADER, *(acled_row(*r) for r in rows)]) + "\n")
    assert run("build", SHOWN).exit_code == 0
    expected = defaultdict(int)
    with open(workspace / "briefs" / "test" / "acled.csv", newline="") as stream:
        for row in csv.DictReader(stream):
            day = dt.date.fromisoformat(row["event_date"])
            expected[(day - dt.timedelta(days=day.weekday())).isoformat()] += int(row["fatalities"])
    chart = chart_sidecar(workspace, "series")
    drawn = [point for run_ in chart["lines"][0]["segments"] for point in run_]
    assert dict(drawn) == dict(expected)
    assert len(chart["lines"][0]["segments"]) == 2  # the week of 8 September had no events: a gap
    assert "ACLED" in chart["caption"]


def test_csv_with_missing_columns_and_bad_values(run, workspace):
    write_brief(workspace, MINIMAL + SERIES + EVENTS)
    write_series(workspace, [("2025-09-01", "Russia", "many"), ("yesterday", "Russia", "5")])
    (workspace / "briefs" / "test" / "acled.csv").write_text("event_date,location\n2025-09-01,Pokrovsk\n")
    result = run("check", SHOWN)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "briefs/test/losses.csv: line 2, value: 'many' is not a number [B502]",
        "briefs/test/losses.csv: line 3, date: 'yesterday' is not a date like 2025-10-27 [B502]",
        "briefs/test/acled.csv: line 1: missing columns event_type, sub_event_type, actor1, actor2, latitude, "
        "longitude, fatalities, source, notes (expected event_date, event_type, sub_event_type, actor1, actor2, "
        "location, latitude, longitude, fatalities, source, notes) [B502]",
    ]


def test_a_claim_without_a_source_is_an_error_unless_relaxed(run, workspace):
    write_brief(workspace, MINIMAL.replace('sources = ["s1"]', "sources = []"))
    result = run("check", SHOWN)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{SHOWN}: facts[0].sources: cites no source; every claim needs at least one "
        "(or set require_sources = false in config.toml) [B203]",
        f"warning: {SHOWN}: sources[0]: 's1' is cited by nothing [B204]"]  # every problem at once
    (workspace / "config.toml").write_text("require_sources = false\n")
    result = run("check", SHOWN)
    assert result.exit_code == 0
    assert result.stderr == f"warning: {SHOWN}: sources[0]: 's1' is cited by nothing [B204]\n"


def test_a_likelihood_word_outside_the_scale_warns(run, workspace):
    write_brief(workspace, MINIMAL.replace("A fact.", "Russia will probably attack. An attack is very likely."))
    result = run("check", SHOWN)
    assert result.exit_code == 0
    scale = ", ".join(ICD_203)  # the default scale
    assert result.stderr == f'warning: {SHOWN}: facts[0].text: "probably" is not on the likelihood scale ({scale}) [B401]\n'


def test_a_configured_scale_replaces_the_default(run, workspace):
    (workspace / "config.toml").write_text('likelihood_scale = ["remote", "unlikely", "realistic possibility", '
                                           '"likely", "highly likely"]\n')
    write_brief(workspace, MINIMAL.replace("A fact.", "There is a realistic possibility of an attack."))
    assert run("check", SHOWN).stderr == ""


def test_mixing_confidence_and_likelihood_in_a_sentence_warns(run, workspace):
    sentence = "We assess with high confidence that an attack is likely."
    write_brief(workspace, MINIMAL.replace("A fact.", sentence))
    result = run("check", SHOWN)
    assert result.stderr == (f'warning: {SHOWN}: facts[0].text: "{sentence}" mixes a confidence level and a '
                             "likelihood term in one sentence; state them separately [B402]\n")


def test_grades_and_confidence_are_printed(run, workspace):
    graded = MINIMAL.replace('title = "A report"', 'title = "A report"\nreliability = "B"\ncredibility = 2')
    write_brief(workspace, graded.replace('text = "A fact."', 'text = "A fact."\nconfidence = "moderate"'))
    assert run("build", SHOWN).exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert "A fact. MODERATE CONFIDENCE [1 B2]" in text
    assert "Publisher One. A report. B2" in text


def claim(value: float, claimant: str, *sources: str, **more) -> dict:
    return {"label": "Killed", "value": value, "unit": "people", "claimed_by": claimant, "status": "claimed",
            "sources": list(sources), **more}


# Figures of a brief -> for each, (sources that give its number, claimants they cite between them).
@pytest.mark.parametrize("figures,expected", [
    ([claim(120, "Government", "a")], [(1, 1)]),
    ([claim(120, "Government", "a", "b", "c")], [(3, 1)]),  # three outlets, one claimant: not three confirmations
    ([claim(120, "Government", "a", "b"), claim(120, "Red Cross", "c")], [(3, 2), (3, 2)]),
    ([claim(120, "the UN", "a"), claim(120, "United Nations", "b")], [(2, 1), (2, 1)]),  # one claimant, two names
    ([claim(120, "OCHA", "a"), claim(120, "UN Office for the Coordination of Humanitarian Affairs", "b")],
     [(2, 1), (2, 1)]),  # one body by the alias table: not two claimants
    ([claim(120, "Government", "a"), claim(300, "Red Cross", "a", "b")], [(1, 1), (2, 1)]),  # rivals: apart
    ([claim(120, "Government", "a"), claim(120, "Government", "b", unit="homes")], [(1, 1), (1, 1)]),
    ([claim(120, "Government", "a", party="Malawi"), claim(120, "UN", "b", party="Mozambique")], [(1, 1), (1, 1)]),
])
def test_corroboration_counts_sources_and_claimants_of_the_same_number(figures, expected):
    from briefing.brief.model import Figure
    from briefing.output.html import corroboration

    found = corroboration([Figure(**figure) for figure in figures])
    assert [(c.sources, c.claimants) for c in found] == expected


@pytest.mark.parametrize("names,claimants", [
    (["UN", "U.N.", "the United Nations", "United Nations"], 1),
    (["government", "Government", "the  government"], 1),
    (["Malawi Red Cross", "Malawi Red Crescent"], 2),  # two full names are never one by their initials
    (["MRC", "Malawi Red Cross", "Malawi Red Crescent"], 3),  # an acronym two names fit stands alone
    (["UN", "United Nations", "Union of Nurses"], 2),  # ... unless the alias table says whose it is
    (["government", "officials"], 2),
    (["Libyan Red Crescent", "UN"], 2),
    # the alias table (words/aliases.toml), as `verify` reads a speaker's names: not two claimants in the PDF
    (["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "the UN humanitarian office"], 1),
    (["UNHCR", "UN refugee agency"], 1),
])
def test_claimants_are_told_apart_by_name_case_and_acronym(names, claimants):
    from briefing.brief.claimants import claimant_keys

    assert len(set(claimant_keys(names).values())) == claimants


def test_a_desks_aliases_make_two_names_one_claimant():
    from briefing.brief.aliases import shipped
    from briefing.brief.claimants import claimant_keys

    names = ["Plataforma Decide", "the Decide platform"]
    assert len(set(claimant_keys(names).values())) == 2
    assert len(set(claimant_keys(names, shipped().extended([names])).values())) == 1


def test_a_figure_several_sources_repeat_from_one_claimant_says_so(run, workspace):
    """Two outlets repeating the ministry's number: "Reported by 2 sources, all citing" it, never "2 claimants";
    the ministry's rival in a third source is its own row."""
    brief = MINIMAL + SECOND_SOURCE + '\n[[sources]]\nid = "s3"\npublisher = "Three"\ntitle = "A third"\n'
    brief += figure_toml("Killed", "Russia", "Ministry of Defence", "s1", value=1200).replace(
        'sources = ["s1"]', 'sources = ["s1", "s2"]')
    brief += figure_toml("Killed", "Russia", "Ministry of Defence", "s3", value=1500)
    write_brief(workspace, brief)
    assert run("build", SHOWN).exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf")
    assert text.count("Reported by 2 sources, all citing Ministry of Defence") == 1
    assert "claimants give this number" not in text and "1,200" in text and "1,500" in text
