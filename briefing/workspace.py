"""The workspace: config.toml and the folders beside it (templates/, figures/, out/)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from briefing.config import Config, load_config

CONFIG_NAME = "config.toml"


@dataclass(frozen=True)
class Workspace:
    root: Path
    config: Config
    config_file: Path | None = None

    @property
    def templates_dir(self) -> Path:
        return self.root / self.config.paths.templates

    @property
    def figures_dir(self) -> Path:
        return self.root / self.config.paths.figures

    @property
    def out_dir(self) -> Path:
        return self.root / self.config.paths.out

    @property
    def briefs_dir(self) -> Path:
        return self.root / "briefs"


def find_config(start: Path) -> Path | None:
    """The nearest config.toml in `start` or one of its parents."""
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def open_workspace(config_file: str | None, near: Path | None = None) -> Workspace:
    """The workspace named by --config, else the one around `near` (a brief's folder) or the current folder.

    Without any config.toml the current folder is the workspace and built-in defaults apply.
    """
    if config_file is not None:
        path = Path(config_file)
        return Workspace(path.resolve().parent, load_config(path, config_file), path)
    cwd = Path.cwd()
    found = (near and find_config(near.resolve())) or find_config(cwd)
    if found is None:
        return Workspace(cwd, Config())
    return Workspace(found.parent, load_config(found, shown_path(found)), found)


def shown_path(path: Path) -> str:
    """A path as a user would write it: relative to the current folder where that is shorter."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return relative if len(relative) < len(str(path)) else str(path)
