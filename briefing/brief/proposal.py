"""What `briefing draft` proposes: an entry for one of a brief's arrays of tables, with the line of the archived
text it was cut from and what the author must settle."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Proposal:
    section: str               # the array of tables it goes into
    fields: dict[str, Any]
    line: int                  # of the archived text it came from
    comment: str = ""          # anything the author must settle, and the rule that proposed it
    same: Hashable = None      # what it is, where the fields cannot say (a place: the gazetteer's point)
    also: tuple[tuple[str, int], ...] = ()  # (source id, line) of each other archive it was found in
    notes: tuple[str, ...] = ()             # what the sources disagree on, and rival figures, for the author

    @property
    def origins(self) -> list[tuple[str, int]]:
        """(source id, line) of every archive it was found in, its own first."""
        return [(self.fields["sources"][0], self.line), *self.also]


@dataclass
class Draft:
    proposals: list[Proposal] = field(default_factory=list)
    unsettled: list[str] = field(default_factory=list)  # place names with several candidates, and them

    def of(self, section: str) -> list[Proposal]:
        return [p for p in self.proposals if p.section == section]
