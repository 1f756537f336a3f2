"""What the preview watches, and when a save has settled.

The watched files are few (a brief's folder, config.toml, templates/), so they are polled: a stat of each,
every POLL_S seconds. Polling sees what an editor does on save, whether it writes in place or writes a new
file and renames it over the old one, and needs neither a thread nor a platform's notification API.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path

from briefing.brief.aliases import ALIASES_FILE
from briefing.places.desk import DESK_FILE
from briefing.workspace import Workspace

POLL_S = 0.04
SETTLE_S = 0.05  # saves closer together than this are one change (an editor's write, then its rename)
MAX_FILES = 2000  # of one watched folder: a folder with more is watched for its first MAX_FILES files only

Signature = tuple[int, int, int] | None  # (modification time ns, size, inode), or None for a missing file


def watched_files(brief: Path, workspace: Workspace) -> list[Path]:
    """Every file a build of `brief` may read: its folder (its CSV, GeoJSON, images, archived sources and any
    file beside it), the workspace's config.toml, its desk gazetteer (places.toml) and aliases (aliases.toml),
    its templates/ and the basemap layers config.toml names."""
    files = [brief, *_files_under(brief.parent), *_files_under(workspace.templates_dir), workspace.root / DESK_FILE,
             workspace.root / ALIASES_FILE]
    if workspace.config_file is not None:
        files.append(workspace.config_file)
    files += [workspace.root / layer.file for layer in workspace.config.map.layers]
    return list(dict.fromkeys(path.resolve() for path in files))


def _files_under(folder: Path) -> list[Path]:
    """The files in `folder` and below, hidden ones (editors' swap files, temporary files) left out."""
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [Path(root) / name for name in sorted(names) if not name.startswith(".")]
        if len(found) >= MAX_FILES:
            return found[:MAX_FILES]
    return found


def snapshot(files: Iterable[Path]) -> dict[Path, Signature]:
    """Each file's signature now: any save changes it."""
    signatures: dict[Path, Signature] = {}
    for path in files:
        try:
            status = path.stat()
        except OSError:
            signatures[path] = None
            continue
        signatures[path] = (status.st_mtime_ns, status.st_size, status.st_ino)
    return signatures


async def saves(files: Callable[[], list[Path]], poll_s: float = POLL_S,
                settle_s: float = SETTLE_S) -> AsyncIterator[list[Path]]:
    """Yield the changed files once per burst of saves, when the files have been still for `settle_s`.
    `files()` is asked again after each burst (a save may add or remove a file to watch)."""
    before = snapshot(files())
    while True:
        await asyncio.sleep(poll_s)
        now = snapshot(files())
        if now == before:
            continue
        changed = set(_changed(before, now))
        while True:  # wait until the files are still
            await asyncio.sleep(settle_s)
            later = snapshot(files())
            if later == now:
                break
            changed.update(_changed(now, later))
            now = later
        before = now
        yield sorted(changed)


def _changed(before: dict[Path, Signature], now: dict[Path, Signature]) -> list[Path]:
    return [path for path in {*before, *now} if before.get(path) != now.get(path)]
