"""Problems as records, and the few exception types that carry them to the CLI.

A Problem knows its code, severity, origin (the brief and its files, or the machine), file and key path;
printing it is the CLI's job. Codes are listed in the README ("Problem codes").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Literal

Severity = Literal["error", "warning", "note"]  # a note says what the tool did about something; never fails
Origin = Literal["content", "environment"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file (or the machine), located by its key path."""

    code: str
    file: str
    key: str
    message: str
    severity: Severity = "error"
    origin: Origin = "content"
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.message} ({self.hint})" if self.hint else self.message
        where = ": ".join(part for part in (self.file, self.key) if part)
        return f"{where}: {text} [{self.code}]" if where else f"{text} [{self.code}]"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def fails(self, strict: bool) -> bool:
        """Whether this problem stops a build: an error always; under --strict, a warning about the brief too.
        A note (the map numbered a name it had no room for) never does: the brief is whole without the fix."""
        return self.is_error or (strict and self.severity == "warning" and self.origin == "content")

    def record(self) -> dict[str, str]:
        return asdict(self)

    def at(self, file: str) -> Problem:
        """The same problem, blamed on another file (a data file's problem reported against the brief)."""
        return replace(self, file=file)


def warning(code: str, file: str, key: str, message: str, hint: str = "") -> Problem:
    return Problem(code, file, key, message, "warning", "content", hint)


def note(code: str, file: str, key: str, message: str, hint: str = "") -> Problem:
    """What the tool did about something in the brief that the author may want to change; never a failure."""
    return Problem(code, file, key, message, "note", "content", hint)


def notice(code: str, message: str, hint: str = "") -> Problem:
    """Something about the machine a brief is built on, never about the brief."""
    return Problem(code, "", "", message, "warning", "environment", hint)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.is_error]


class BriefingError(Exception):
    """A problem with the user's input or environment, reported in one line."""

    problems: list[Problem] = []

    def blamed_on(self, file: str) -> BriefingError:
        """This error with its problems that name no file blamed on `file` (the brief being built)."""
        if not self.problems:
            return BuildFailed(str(self), file=file)
        return ValidationFailed([p if p.file else p.at(file) for p in self.problems])


class ValidationFailed(BriefingError):
    """Every problem found in a set of inputs, reported together (errors, and the warnings found beside them)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class BuildFailed(BriefingError):
    """Rendering failed after validation passed (nothing was replaced)."""

    def __init__(self, message: str, code: str = "B705", file: str = "", key: str = ""):
        self.problems = [Problem(code, file, key, message)]
        super().__init__(str(self.problems[0]) if file else message)
