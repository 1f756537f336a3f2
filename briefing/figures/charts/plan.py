"""Charts of claims: comparisons of competing figures, dated series, weekly reported fatalities.

What to draw (ChartSpec, plain data) is decided apart from the drawing; no chart invents a value:
a missing week is a gap, a range is drawn as a range, and claims are never added up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing import formatting, vocabulary
from briefing.brief.datafiles import Event, Point
from briefing.brief.history import Followed
from briefing.brief.model import Brief, Figure
from briefing.messages import ENGLISH


@dataclass(frozen=True)
class Mark:
    """One claim on a comparison chart."""

    label: str
    value: float | None
    low: float | None
    high: float | None
    status: str
    approx: bool
    text: str
    bound: str | None = None  # "lower" (at least, more than) or "upper" (up to, fewer than, nearly): drawn as one
    edge: float | None = None  # where a bound stops


@dataclass(frozen=True)
class Line:
    """A dated series; NaN values are gaps (no data), never zeros."""

    label: str
    dates: tuple[dt.date, ...]
    values: tuple[float, ...]
    missing: tuple[tuple[dt.date, dt.date], ...] = ()  # the first and last missing step of each gap


@dataclass(frozen=True)
class ChartSpec:
    name: str
    kind: str  # "comparison" or "series"
    title: str
    unit: str
    caption: str
    alt: str
    marks: tuple[Mark, ...] = ()
    lines: tuple[Line, ...] = ()
    gaps: tuple[tuple[dt.date, dt.date], ...] = field(default=())
    language: str = "en"  # of the numbers and dates on its axes
    status_words: tuple[tuple[str, str], ...] = ()  # claim status -> the word the key prints for it


def chart_specs(brief: Brief, series: list[list[Point]], events: list[list[Event]], language: str,
                unchartered: frozenset[str] = frozenset(), history: Sequence[Followed] = (),
                words: Any = ENGLISH) -> list[ChartSpec]:
    """Every chart of the brief; figures of the kinds in `unchartered` (config.toml) are never charted. `words`:
    the brief's language's catalog (messages.translator)."""
    specs = [_comparison(group, language, words) for group in comparable_groups(brief.figures, unchartered)]
    for index, (item, points) in enumerate(zip(brief.series, series)):
        specs.extend(_series_charts(index, item.title, item.unit, points, language, words))
    for index, (entry, rows) in enumerate(zip(brief.events, events)):
        specs.append(_weekly_fatalities(index, entry.title, entry.credit, rows, language, words))
    for index, followed in enumerate(history):
        specs.append(_history_chart(index, followed, language, words))
    return specs


def _history_chart(index: int, followed: Followed, language: str, words: Any) -> ChartSpec:
    """A figure through the chain of briefs, a line per claimant, a gap for a week without a single value."""
    by_party: dict[str, list[Point]] = defaultdict(list)
    for point in followed.points:
        by_party[point.party].append(point)
    lines = tuple(_line(party, [(p.date, p.value) for p in rows], cadence=7) for party, rows in by_party.items())
    credit = words.ngettext(
        "Each point is the figure as a brief of this chain reported it (%(num)d brief), by claimant; a week that "
        "gave no single value (not reported, a range or a bound) is a gap.",
        "Each point is the figure as a brief of this chain reported it (%(num)d briefs), by claimant; a week that "
        "gave no single value (not reported, a range or a bound) is a gap.", followed.weeks) % {"num": followed.weeks}
    return _time_chart(f"history{index}-{_slug(followed.title)}", followed.title, followed.unit, lines, credit,
                       language, words)


def comparable_groups(figures: list[Figure], unchartered: frozenset[str] = frozenset()) -> list[list[Figure]]:
    """Rival claims about one quantity, in file order: figures of the same `claim`, or (without one) of the same
    kind, unit, party and label, from more than one claimant. Figures of different scope (another place, another
    party, another measure) are listed, never charted as rivals; so is a figure with `chart = false`. A bound
    ("at least", "up to", `low` or `high` alone, "nearly") is charted as a bound, never as a point."""
    groups: dict[tuple[str, ...], list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.chart and figure.kind not in unchartered and (figure.kind or figure.claim):
            key = (figure.claim,) if figure.claim else (figure.kind, figure.unit_name, figure.party, figure.label)
            groups[key].append(figure)
    return [group for group in groups.values() if len({f.claimed_by for f in group}) > 1]


def _comparison(group: list[Figure], language: str, words: Any) -> ChartSpec:
    kind, unit = group[0].claim or group[0].label, group[0].unit_name
    marks = tuple(Mark(words.gettext("%(party)s, per %(claimant)s") % {
                           "party": f.party or words.gettext("Unspecified"), "claimant": f.claimed_by},
                       f.value if f.bound is None else None, f.low if f.bound is None else None,
                       f.high if f.bound is None else None, f.status, f.meaning == "about",
                       formatting.amount(f.value, f.low, f.high, vocabulary.qualifier(f.words, words, f.meaning)
                                         if f.words else None, f.unit, language), f.bound,
                       f.edge if f.bound else None)
                  for f in group)
    title = (words.gettext("Rival claims: %(what)s (%(unit)s)") if unit else words.gettext("Rival claims: %(what)s")) \
        % {"what": kind, "unit": unit}
    alt = words.ngettext("Chart comparing %(num)d claim of %(what)s: %(claims)s.",
                         "Chart comparing %(num)d claims of %(what)s: %(claims)s.", len(marks)) % {
        "num": len(marks), "what": kind,
        "claims": "; ".join(f"{m.label}: {m.text} ({vocabulary.status(m.status, words)})" for m in marks)}
    caption = (words.gettext("%(title)s. Each bar or dot is one claimant’s figure, shown side by side and not added "
                             "up; ranges run from low to high; an arrow is a bound, pointing the way the number may "
                             "lie.") if any(m.bound for m in marks) else
               words.gettext("%(title)s. Each bar or dot is one claimant’s figure, shown side by side and not added "
                             "up; ranges run from low to high.")) % {"title": title}
    return ChartSpec(f"compare-{_slug(kind)}-{_slug(unit)}", "comparison", title, unit, caption, alt, marks=marks,
                     language=language, status_words=_status_words(words))


def _status_words(words: Any) -> tuple[tuple[str, str], ...]:
    return tuple((status, vocabulary.status(status, words)) for status in ("confirmed", "estimated", "claimed",
                                                                             "disputed"))


def _series_charts(index: int, title: str, unit: str, points: list[Point], language: str,
                   words: Any) -> list[ChartSpec]:
    by_kind: dict[str, list[Point]] = defaultdict(list)
    for point in points:
        by_kind[point.kind].append(point)
    specs = []
    for kind, rows in by_kind.items():
        by_party: dict[str, list[Point]] = defaultdict(list)
        for row in rows:
            by_party[row.party].append(row)
        lines = tuple(_line(party, [(p.date, p.value) for p in party_rows]) for party, party_rows in by_party.items())
        sources = ", ".join(dict.fromkeys(p.source for p in rows if p.source))
        chart_title = f"{title}: {kind}" if len(by_kind) > 1 else title
        specs.append(_time_chart(f"series{index}-{_slug(kind)}", chart_title, unit, lines,
                                 words.gettext("Data: %(sources)s.") % {"sources": sources}, language, words))
    return specs


def _weekly_fatalities(index: int, title: str, credit: str, events: list[Event], language: str,
                       words: Any) -> ChartSpec:
    weekly: Counter[dt.date] = Counter()
    for event in events:
        weekly[event.date - dt.timedelta(days=event.date.weekday())] += event.fatalities
    line = _line(words.gettext("Reported fatalities"), sorted(weekly.items()), cadence=7)
    chart_title = words.gettext("%(title)s: reported fatalities by week") % {"title": title}
    return _time_chart(f"events{index}-weekly-fatalities", chart_title, words.gettext("fatalities"), (line,),
                       words.gettext("Data: %(credit)s; weeks begin on Monday; fatalities as reported, not "
                                     "verified.") % {"credit": credit}, language, words)


def _time_chart(name: str, title: str, unit: str, lines: tuple[Line, ...], credit: str,
                language: str = "en", words: Any = ENGLISH) -> ChartSpec:
    gaps = tuple(sorted({gap for line in lines for gap in _gaps(line)}))
    described = "; ".join(f"{line.label}: {_describe(line, language, words)}" for line in lines)
    missing = "; ".join(f"{line.label}, {', '.join(_missing_dates(line, language, words))}" for line in lines
                        if line.missing)
    gap_text = " " + words.gettext("No data (the line is broken, not drawn at zero): %(missing)s.") % {
        "missing": missing} if missing else ""
    caption = f"{title}. {credit}{gap_text}"
    alt = words.gettext("Time chart, %(title)s. %(described)s.") % {"title": title, "described": described} + gap_text
    return ChartSpec(name, "series", title, unit, caption, alt, lines=lines, gaps=gaps, language=language)


def _missing_dates(line: Line, language: str = "en", words: Any = ENGLISH) -> list[str]:
    """Each gap as the steps it misses: "20 January 2025", or "20 January 2025 to 3 February 2025"."""
    return [formatting.when(first, language) if first == last else words.gettext("%(first)s to %(last)s") % {
        "first": formatting.when(first, language), "last": formatting.when(last, language)}
        for first, last in line.missing]


def _line(label: str, pairs: list[tuple[dt.date, float]], cadence: int = 0) -> Line:
    """Sorted points, with a NaN wherever a step is missing. The step is the cadence in days where it is given;
    else the data's own: calendar months where every date falls on one day of the month (or each on its
    month's last day), else the shortest step in days. No missing step is dated by guesswork: a monthly
    series missing April misses 1 April, not 1 March plus 28 days."""
    pairs = sorted(pairs)
    step = _Step(days=cadence) if cadence else _Step.of([date for date, _ in pairs])
    dates, values, missing = [], [], []
    for i, (date, value) in enumerate(pairs):
        if i and step.misses(pairs[i - 1][0], date):
            steps = step.between(pairs[i - 1][0], date)
            dates.append(steps[0])
            values.append(math.nan)
            missing.append((steps[0], steps[-1]))
        dates.append(date)
        values.append(value)
    return Line(label, tuple(dates), tuple(values), tuple(missing))


@dataclass(frozen=True)
class _Step:
    """The step of a dated series: a number of days, or of calendar months (`month_end`: each date is the last
    day of its month)."""

    days: int = 0
    months: int = 0
    month_end: bool = False

    @classmethod
    def of(cls, dates: list[dt.date]) -> _Step:
        steps = [(a, b) for a, b in zip(dates, dates[1:]) if b > a]
        if not steps:
            return cls()
        month_end = all(_last_day(date) for date in dates)
        if month_end or (len({date.day for date in dates}) == 1 and dates[0].day <= 28):
            return cls(months=min(_months(a, b) for a, b in steps), month_end=month_end)
        return cls(days=min((b - a).days for a, b in steps))

    def after(self, date: dt.date) -> dt.date:
        if not self.months:
            return date + dt.timedelta(days=self.days)
        year, month = divmod(date.month - 1 + self.months, 12)
        year, month = date.year + year, month + 1
        return dt.date(year, month, calendar.monthrange(year, month)[1] if self.month_end else date.day)

    def misses(self, before: dt.date, after: dt.date) -> bool:
        """Whether a step is missing between two dates with data (half a step of slack for daily cadences)."""
        if self.months:
            return after > self.after(before)
        return bool(self.days) and (after - before).days > 1.5 * self.days

    def between(self, before: dt.date, after: dt.date) -> list[dt.date]:
        """The missing steps between two dates with data: at least one (the first after `before`)."""
        steps = [self.after(before)]
        while len(steps) < 10_000 and (following := self.after(steps[-1])) < after and \
                (self.months or (after - following).days > 0.5 * self.days):
            steps.append(following)
        return steps


def _months(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _last_day(date: dt.date) -> bool:
    return (date + dt.timedelta(days=1)).day == 1


def _gaps(line: Line) -> list[tuple[dt.date, dt.date]]:
    """(last date with data, next date with data) around each run of missing values."""
    gaps = []
    for i, value in enumerate(line.values):
        if math.isnan(value) and 0 < i < len(line.values) - 1:
            gaps.append((line.dates[i - 1], line.dates[i + 1]))
    return gaps


def segments(line: Line) -> list[list[tuple[str, float]]]:
    """The runs of the line that are drawn connected (for sidecars and tests)."""
    runs: list[list[tuple[str, float]]] = [[]]
    for date, value in zip(line.dates, line.values):
        if math.isnan(value):
            runs.append([])
        else:
            runs[-1].append((date.isoformat(), value))
    return [run for run in runs if run]


def _describe(line: Line, language: str = "en", words: Any = ENGLISH) -> str:
    known = [(d, v) for d, v in zip(line.dates, line.values) if not math.isnan(v)]
    if not known:
        return words.gettext("no data")
    low, high = min(v for _, v in known), max(v for _, v in known)
    return words.ngettext("%(num)d value from %(first)s to %(last)s, between %(low)s and %(high)s",
                          "%(num)d values from %(first)s to %(last)s, between %(low)s and %(high)s", len(known)) % {
        "num": len(known), "first": known[0][0].isoformat(), "last": known[-1][0].isoformat(),
        "low": _whole(low, language), "high": _whole(high, language)}


def _whole(value: float, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(round(value), locale=formatting.locale(language))


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "none"
