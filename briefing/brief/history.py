"""A figure followed back through the chain of previous briefs ([[history]]): one dated value per brief that
reports it as a single number, matched week to week by the rule of briefing.brief.compare. A week that does not
report it, or gives only a range or a bound, is a gap, never a guessed value."""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing.brief.compare import match
from briefing.brief.datafiles import Point
from briefing.brief.model import Brief, History


@dataclass(frozen=True)
class Followed:
    title: str
    unit: str
    points: list[Point]  # one per brief that reports the figure, oldest first; NaN for a range or bound
    weeks: int  # briefs in the chain, this one included


def follow(entry: History, current: Brief, chain: list[Brief]) -> Followed:
    """The figure `entry` names (its id, else its label), in this brief and each brief before it."""
    index = next(i for i, f in enumerate(current.figures) if entry.figure in (f.id, f.label))
    figure = current.figures[index]
    title = entry.title or figure.label
    points = [_point(current, index, title)]
    later: Brief = current
    for brief in chain:
        pairs, _ = match("figures", brief.figures, later.figures)
        found = next((p.old for p in pairs if p.new == index), None)
        if found is None:  # not reported that week: a gap, and the week before is matched against the last seen
            points.append(Point(brief.brief.as_of.date(), figure.claimed_by, title, math.nan, ""))
            continue
        points.append(_point(brief, found, title))
        index, later = found, brief
    return Followed(title, figure.unit_name, points[::-1], len(chain) + 1)


def _point(brief: Brief, index: int, title: str) -> Point:
    figure = brief.figures[index]
    value = figure.value if figure.value is not None and figure.bound is None else math.nan
    return Point(brief.brief.as_of.date(), figure.claimed_by, title, value, "")
