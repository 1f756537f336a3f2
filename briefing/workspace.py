"""The workspace: config.toml and the folders beside it (templates/, figures/, out/)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a workspace is opened: `figures_dir_guess` needs neither pydantic nor them
    from briefing.config import Config

CONFIG_NAME = "config.toml"
FIGURES = "figures"  # paths.figures when config.toml does not say


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
    from briefing.config import Config, load_config

    root, found = _located(config_file, near)
    if found is None:
        return Workspace(root, Config())
    return Workspace(root, load_config(found, config_file or shown_path(found)), found)


def _located(config_file: str | None, near: Path | None) -> tuple[Path, Path | None]:
    """The workspace's folder and its config.toml, if it has one."""
    if config_file is not None:
        return real_path(Path(config_file)).parent, Path(config_file)
    found = (near and find_config(real_path(near))) or find_config(Path.cwd())
    return (found.parent, found) if found else (Path.cwd(), None)


def figures_dir_guess(config_file: str | None, near: Path | None = None) -> Path:
    """Where the workspace that open_workspace would open keeps its figures, read from config.toml without
    checking it (0.1 s sooner than opening it): for guesses that cost time if wrong, never a wrong result."""
    root, found = _located(config_file, near)
    try:
        paths = tomllib.loads(found.read_text(encoding="utf-8")).get("paths", {}) if found and found.is_file() else {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        paths = {}
    figures = paths.get("figures") if isinstance(paths, dict) else None
    return root / (figures if isinstance(figures, str) else FIGURES)


def slug_of(brief: str) -> str:
    """A brief's output name: the name of its folder."""
    return real_path(Path(brief)).parent.name


def real_path(path: Path) -> Path:
    """`path` with its symbolic links followed; as written, made absolute, where they cannot be (a loop of links,
    a NUL character): reading it then fails, and says so in one line."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def shown_path(path: Path) -> str:
    """A path as a user would write it: relative to the current folder where that is shorter."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return relative if len(relative) < len(str(path)) else str(path)
