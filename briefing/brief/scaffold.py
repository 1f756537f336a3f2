"""`briefing new`: a first brief.toml with every entity present and explained."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from string import Template

from briefing.errors import BriefingError
from briefing.workspace import shown_path


def scaffold(target: Path, slug: str, now: dt.datetime | None = None) -> Path:
    """Write the scaffold to `target`; never overwrite an existing brief."""
    if target.exists():
        raise BriefingError(f"{shown_path(target)}: already exists; choose another name or edit it")
    moment = (now or dt.datetime.now(dt.UTC)).replace(minute=0, second=0, microsecond=0)
    text = Template((resources.files("briefing.brief") / "scaffold.toml").read_text("utf-8")).substitute(
        title=slug.replace("-", " ").title(),
        as_of=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        today=moment.date().isoformat(),
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as stream:
        stream.write(text)
    return target
