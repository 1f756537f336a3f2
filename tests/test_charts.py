"""Charts a print designer would sign off: every piece of text measured as drawn (no overlap, nothing outside the
figure), round ticks written the language's way, and chart text in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from conftest import MINIMAL, normalise, pdf_text, write_brief
from test_claims import ACLED_HEADER, acled_row

SHOWN = "briefs/test/brief.toml"
LONG = ("Civilians trapped in the besieged city centre and the industrial district along the river, as counted by "
        "the regional administration")


def rivals(unit: str = "people") -> str:
    claims = [("The regional administration of the province, citing its own emergency services", 'value = 250000'),
              ("UN OCHA", "low = 240000\nhigh = 260000"), ("A local volunteer group", "value = 7")]
    return "".join(f'\n[[figures]]\nlabel = "{LONG}"\n{amount}\nunit = "{unit}"\nkind = "trapped"\nparty = "Civilians"\n'
                   f'claimed_by = "{claimant}"\nstatus = "claimed"\nsources = ["s1"]\n' for claimant, amount in claims)


def series_brief(workspace) -> str:
    rows = ["date,party,kind,value,source"]
    for week in range(10):
        day = dt.date(2025, 9, 1) + dt.timedelta(weeks=week)
        for party, base in (("Russia (per the Ukrainian General Staff)", 1000), ("Ukraine (per the Russian Ministry "
                                                                                "of Defence)", 800), ("A third party "
                                                                                                       "with a long name",
                                                                                                       300)):
            rows.append(f"{day},{party},killed,{base + week * 117},GS")
    (workspace / "briefs" / "test" / "losses.csv").write_text("\n".join(rows) + "\n")
    return (f'\n[[series]]\nfile = "losses.csv"\ntitle = "{LONG}, week by week, as each side states them"\n'
            'unit = "soldiers"\nsources = ["s1"]\n')


def events_brief(workspace) -> str:
    rows = [acled_row(n, (dt.date(2025, 9, 1) + dt.timedelta(days=3 * n)).isoformat(), "Battles", "Pokrovsk",
                      48.28, 37.18, n % 7) for n in range(30)]
    (workspace / "briefs" / "test" / "acled.csv").write_text("\n".join([ACLED_HEADER, *rows]) + "\n")
    return f'\n[[events]]\nfile = "acled.csv"\ntitle = "{LONG}"\ncredit = "ACLED"\nsources = ["s1"]\n'


def sidecars(workspace) -> list[dict]:
    return [json.loads(path.read_text()) for path in sorted((workspace / "figures").glob("test-chart-*.json"))]


def overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> Path:
    """One brief with every kind of chart (rival claims, a series, weekly events), long titles and labels, built
    once for the tests that read it."""
    from click.testing import CliRunner

    from briefing.cli import main

    workspace = tmp_path_factory.mktemp("charts")
    (workspace / "config.toml").write_text('organisation = "Test Desk"\n')
    brief = write_brief(workspace, MINIMAL)
    write_brief(workspace, MINIMAL + rivals() + series_brief(workspace) + events_brief(workspace))
    result = CliRunner().invoke(main, ["build", str(brief)])
    assert result.exit_code == 0, result.output
    return workspace


@pytest.fixture
def built(drawn) -> list[dict]:
    return sidecars(drawn)


def test_every_chart_kind_is_drawn(built):
    assert sorted(chart["kind"] for chart in built) == ["comparison", "series", "series"]  # series and weekly events


def test_no_text_overlaps_another_or_leaves_the_chart(built):
    for chart in built:
        texts = chart["text"]
        assert len(texts) > 5
        for text in texts:
            x0, y0, x1, y1 = text["box"]
            assert 0 <= x0 and x1 <= 1 and 0 <= y0 and y1 <= 1, (chart["title"][:30], text)
        for a, b in itertools.combinations(texts, 2):
            assert not overlaps(a["box"], b["box"]), (chart["title"][:30], a["text"], b["text"])


def test_ticks_are_round_numbers(built):
    for chart in built:
        numbers = [t["text"] for t in chart["text"] if t["text"].replace(",", "").isdigit()]
        values = sorted({int(n.replace(",", "")) for n in numbers})
        assert len(values) >= 2, chart["title"]
        step = values[1] - values[0]
        assert all(b - a == step for a, b in zip(values, values[1:]))
        assert int(str(step).rstrip("0") or "0") in (1, 2, 5), (chart["title"], values)


def test_chart_text_is_text_in_the_pdf(drawn):
    text = pdf_text(drawn / "out" / "test.pdf")
    assert normalise("Rival claims: Civilians trapped") in text
    assert normalise("A local volunteer group") in text
    assert "250,000 people · claimed" in text


def test_axis_numbers_in_the_briefs_language(run, workspace):
    write_brief(workspace, MINIMAL.replace("summary =", 'language = "fr"\nsummary =') + rivals(unit="personnes"))
    assert run("build", SHOWN).exit_code == 0
    [chart] = sidecars(workspace)
    assert "100\u202f000" in [t["text"] for t in chart["text"]]
