"""The few exception types that the CLI prints cleanly, without a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file, located by its key path."""

    file: str
    key: str
    message: str

    def __str__(self) -> str:
        if self.key:
            return f"{self.file}: {self.key}: {self.message}"
        return f"{self.file}: {self.message}"


class BriefingError(Exception):
    """A problem with the user's input or environment, reported in one line."""


class ValidationFailed(BriefingError):
    """Every problem found in a set of inputs, reported together."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class BuildFailed(BriefingError):
    """Rendering failed after validation passed (nothing was replaced)."""
