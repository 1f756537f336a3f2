"""Where a heavy or untrusted step runs. A stage is handed to an `Offload`: `offload(stage, function, *args)`
returns `function(*args)`. `here` runs it in this process; briefing.workers gives one that runs it in a worker
process, within a time limit and a memory ceiling."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Offload = Callable[..., Any]


def here(stage_name: str, function: Callable[..., Any], *args: Any) -> Any:
    """Run a stage in this process."""
    return function(*args)
