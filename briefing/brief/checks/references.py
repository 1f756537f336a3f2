"""Source ids: each defined once, and every citation names one that is defined (B201, B202); a detail map
frames places the brief names (B606)."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.brief.checks import Context, rule
from briefing.errors import Problem
from briefing.suggest import did_you_mean


@rule
def duplicate_source_ids(context: Context) -> Iterator[Problem]:
    first_seen: dict[str, int] = {}
    for i, source_id in context.loaded.source_ids():
        if source_id in first_seen:
            yield Problem("B202", context.shown, f"sources[{i}].id",
                          f"duplicate source id '{source_id}' (first defined at sources[{first_seen[source_id]}])")
        first_seen.setdefault(source_id, i)


@rule
def unknown_sources(context: Context) -> Iterator[Problem]:
    known = [source_id for _, source_id in context.loaded.source_ids()]
    for _, key, ids in context.loaded.citations():
        for j, source_id in enumerate(ids):
            if source_id not in known:
                yield Problem("B201", context.shown, f"{key}[{j}]", f"unknown source '{source_id}'",
                              hint=did_you_mean(source_id, known))


@rule
def unknown_detail_places(context: Context) -> Iterator[Problem]:
    brief = context.loaded.brief
    if brief is None:
        return
    known = [place.name for place in brief.places]
    folded = {name.casefold() for name in known}
    for i, detail in enumerate(brief.maps):
        for j, name in enumerate(detail.places):
            if name.casefold() not in folded:
                yield Problem("B606", context.shown, f"maps[{i}].places[{j}]",
                              f"'{name}' is not one of the brief's [[places]]: a detail map frames places the "
                              "brief names", hint=did_you_mean(name, known))
