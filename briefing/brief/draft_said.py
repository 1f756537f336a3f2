"""Who said a quote, as `briefing draft` finds them (draft_quotes.py, draft_speakers.py, draft_quoting.py): the
result each attribution rule gives, apart from draft_people.py's who is who in the article."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Said:
    """Who said a quote, as the draft finds them: a full name, or a description with no name; the rule that found
    them."""

    speaker: str = ""
    role: str = ""  # with no speaker: how the article describes them ("one resident")
    when: str = ""
    rule: str = ""

    @property
    def who(self) -> bool:
        """Whether the article attributes the words at all, by name or by description."""
        return bool(self.speaker or self.role)
