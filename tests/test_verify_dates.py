"""A timeline entry's date verified as a date: against the dates its source writes out, and against its relative
words ("on Saturday", "last night", "since the weekend") read from the source's own publication date; a date no words
of the source give is flagged under `when`, with what the closest passage says."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import write_brief

from briefing.brief.dates import stated_dates

THURSDAY = dt.date(2023, 3, 16)  # the Reuters report on Cyclone Freddy in Malawi was published on this day


@pytest.mark.parametrize(("text", "published", "days"), [
    ("the cyclone made its second landfall on Saturday", THURSDAY, ["2023-03-11"]),
    ("At least 53 people have died since the weekend", THURSDAY, ["2023-03-11", "2023-03-12"]),
    ("Yesterday the president visited the hospital", THURSDAY, ["2023-03-15"]),
    ("shelling last night", THURSDAY, ["2023-03-15", "2023-03-16"]),
    ("the storm struck on 11 March 2023", None, ["2023-03-11"]),
    ("on March 11, the storm", THURSDAY, ["2023-03-11"]),
    ("on 20 March the storm", THURSDAY, ["2022-03-20"]),  # a day after publication: last year's
    ("on Saturday", None, []),  # a relative word without a publication date gives no date
    ("in early 2024", THURSDAY, []),
    ("up to 300 may 5 be", THURSDAY, []),  # "may" is not May
])
def test_stated_dates(text, published, days):
    assert [s.day.isoformat() for s in stated_dates(text, published)] == days


ARTICLE = """Cyclone Freddy death toll in Malawi exceeds 300

In Mozambique, some villages have been completely cut off since the cyclone made its second landfall on Saturday.

Malawi President Lazarus Chakwera visited Queen Elizabeth hospital on Thursday, where he prayed with flood victims.

Fighting over aid began in early 2024, officials said.
"""


def brief(when: str, text: str, published: str = "2023-03-16") -> str:
    return f'''[brief]
title = "Freddy"
as_of = 2023-03-17T06:00:00Z
summary = "A cyclone."

[[sources]]
id = "reuters"
publisher = "Reuters"
title = "Cyclone Freddy death toll in Malawi exceeds 300"
published = {published}
archive = "article.txt"

[[timeline]]
when = {when}
text = "{text}"
sources = ["reuters"]
'''


LANDFALL = "Freddy made its second landfall in Mozambique, cutting off villages."


@pytest.mark.parametrize(("when", "text", "published", "problem"), [
    ("2023-03-11", LANDFALL, "2023-03-16", None),  # "on Saturday" in Thursday's report
    ("2023-03-11T12:00:00Z", LANDFALL, "2023-03-16T09:00:00Z", None),  # date-times: their days are compared
    ('"on Saturday"', LANDFALL, "2023-03-16", None),  # the source's own words
    ("2023-03-16", "President Chakwera visited Queen Elizabeth hospital.", "2023-03-16", None),  # "on Thursday"
    ("2023-03-10", LANDFALL, "2023-03-16",
     'timeline[0].when: 2023-03-10 is not a date article.txt gives: the closest passage says "on Saturday" '
     "(2023-03-11, read from its publication date) [B905]"),
    ('"on Sunday"', LANDFALL, "2023-03-16", "timeline[0].when: 'on Sunday' not found in article.txt [B905]"),
    ("2024-02-17", "Fighting over aid began.", "2023-03-16",  # "early 2024" made into an invented day
     'timeline[0].when: 2024-02-17 is not a date article.txt gives (closest passage: "Fighting over aid began in '
     'early 2024, officials said.") [B905]'),
    ("2023-03-11", LANDFALL, '"Thursday"',
     "timeline[0].when: 2023-03-11 is not a date article.txt gives; its words of time are relative: give the "
     "source's published date to read them [B905]"),
])
def test_a_timeline_date_is_verified_against_the_sources_words(run, workspace, when, text, published, problem):
    path = write_brief(workspace, brief(when, text, published))
    (path.parent / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("verify", "briefs/test/brief.toml")
    if problem is None:
        assert (result.exit_code, result.stderr) == (0, ""), result.stderr
        assert "1 of 1 other statements and facts verified" in result.stdout
    else:
        assert result.stderr.splitlines() == [f"warning: briefs/test/brief.toml: {problem}"]
        assert "0 of 1 other statements and facts verified" in result.stdout
