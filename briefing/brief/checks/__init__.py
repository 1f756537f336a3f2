"""The rules a loaded brief is checked against: each a function from the brief (and its workspace's settings)
to problems, registered under the codes it reports. Every rule runs in one pass; a rule that needs a valid
part of the brief looks only at the entries that are valid (Loaded.items), so `check` shows every problem
at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.brief.load import Loaded
from briefing.config import Config
from briefing.errors import Problem


@dataclass(frozen=True)
class Context:
    loaded: Loaded
    config: Config
    allowed: tuple[Path, ...]  # the folders a brief's images may come from

    @property
    def shown(self) -> str:
        return self.loaded.shown


Rule = Callable[[Context], Iterable[Problem]]
RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    """Register a rule; rules run in the order their modules register them."""
    RULES.append(function)
    return function


def run_checks(loaded: Loaded, config: Config, allowed: Iterable[Path]) -> list[Problem]:
    """Every rule's problems, schema problems first."""
    from briefing.brief.checks import claims, files, images, references, text, weekly  # noqa: F401  (registers the rules)

    context = Context(loaded, config, tuple(allowed))
    return [*loaded.problems, *(problem for check in RULES for problem in check(context))]
