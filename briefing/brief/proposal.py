"""What `briefing draft` proposes: an entry for one of a brief's arrays of tables, with the line of the archived
text it was cut from and what the author must settle."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Proposal:
    section: str               # the array of tables it goes into
    fields: dict[str, Any]
    line: int                  # of the archived text it came from
    comment: str = ""          # anything the author must settle, and the rule that proposed it


@dataclass
class Draft:
    proposals: list[Proposal] = field(default_factory=list)
    unsettled: list[str] = field(default_factory=list)  # place names with several candidates, and them

    def of(self, section: str) -> list[Proposal]:
        return [p for p in self.proposals if p.section == section]
