"""One brief under preview: its last check and build, rebuilt whenever a file it uses is saved.

A rebuild runs the same pipeline as `briefing build` (gather, then the pool's warm worker processes), writing
into the preview's own folder. A save during a rebuild supersedes it: the stage it is in is killed, and the
rebuild starts again from the saved files. The last good pages stay until a rebuild succeeds.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import shutil
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing.build import BuildOptions, gather
from briefing.errors import BriefingError, BuildFailed, Problem, ValidationFailed
from briefing.preview import watch
from briefing.preview.pages import Page, PageImages, png
from briefing.workers import Workers, archive_offload
from briefing.workspace import Workspace, find_config, open_workspace


@dataclass(frozen=True)
class State:
    """What the preview shows: the problems of the last rebuild and the pages of the last good one."""

    brief: str = ""  # as given on the command line
    version: int = 0
    server: str = ""  # new with each server: a page that reconnects to another starts again from its state
    building: bool = True
    valid: bool = False  # the last rebuild checked and built
    problems: tuple[Problem, ...] = ()
    pages: tuple[Page, ...] = ()
    pdf: bytes | None = None
    seconds: float | None = None  # the last rebuild's, from the save settling to its pages being drawn

    def record(self) -> dict[str, Any]:
        """The state as the page's script reads it."""
        ordered = sorted(self.problems, key=lambda p: (p.origin != "content", not p.is_error))
        return {"brief": self.brief, "version": self.version, "server": self.server, "building": self.building,
                "valid": self.valid, "seconds": self.seconds, "pdf": bool(self.pdf),
                "problems": [{"severity": p.severity, "origin": p.origin, "code": p.code, "file": p.file,
                              "key": p.key, "text": str(p)} for p in ordered],
                "pages": [{"src": f"/pages/{page.name}", "width": page.width, "height": page.height}
                          for page in self.pages]}


@dataclass(frozen=True)
class Rebuilt:
    problems: list[Problem]
    pdf: bytes | None = None  # None: the brief is invalid or failed to build
    pages: tuple[Page, ...] = ()
    pictures: dict[str, Any] = field(default_factory=dict)  # of the pages not encoded yet, by name


class Preview:
    """Rebuilds `brief` on every save and publishes each new State to whoever waits for one."""

    def __init__(self, brief: str, config_file: str | None, pool: Workers, out_dir: Path, scratch: Path):
        self.brief = brief
        self.config_file = config_file
        self.pool = pool
        self.out_dir = out_dir
        self.scratch = scratch  # the temporary folder of the workers, emptied before each rebuild
        self.images = PageImages()
        self.state = State(brief=brief, server=secrets.token_hex(8))
        self.workspace: Workspace | None = None
        self.generation = 0  # of rebuilds started; a rebuild whose generation is not the latest is superseded
        self.closing = False
        self._updated = asyncio.Event()

    def next_update(self) -> Callable[[], Any]:
        """A wait for the next state after this one (take it before reading the state, so none is missed)."""
        return self._updated.wait

    def _publish(self, **changes: Any) -> None:
        self.state = replace(self.state, version=self.state.version + 1, **changes)
        self._updated.set()
        self._updated = asyncio.Event()

    def close(self) -> None:
        """Release every waiter (the server is stopping)."""
        self.closing = True
        self._publish()

    async def run(self) -> None:
        """Build now, then again on every save, until cancelled."""
        task = asyncio.create_task(self._rebuild())
        try:
            async for _ in watch.saves(self._watched):
                if not task.done():
                    self.generation += 1  # the running rebuild is superseded: stop its stage now
                    self.pool.interrupt()
                with contextlib.suppress(Exception):
                    await task
                task = asyncio.create_task(self._rebuild())
        finally:
            self.generation += 1
            self.pool.interrupt()
            task.cancel()

    def _watched(self) -> list[Path]:
        try:
            workspace = self.workspace or open_workspace(self.config_file, near=Path(self.brief).parent)
        except BriefingError:  # config.toml is invalid, and has never been valid: watch it and the brief
            config = Path(self.config_file) if self.config_file else find_config(Path(self.brief).parent.resolve())
            return [Path(self.brief).resolve(), *([config.resolve()] if config else [])]
        return watch.watched_files(Path(self.brief), workspace)

    async def _rebuild(self) -> None:
        self.generation += 1
        mine = self.generation
        self._publish(building=True)
        started = time.perf_counter()
        try:
            rebuilt = await asyncio.to_thread(self._rebuild_here, mine)
        except Exception as error:  # a defect, not the brief's fault: said where the problems are shown
            detail = traceback.format_exception_only(error)[-1].strip()
            rebuilt = Rebuilt(BuildFailed(f"internal error while rebuilding: {detail}", file=self.brief).problems)
        if mine != self.generation:
            return
        if rebuilt.pdf is not None:
            encoded = await asyncio.gather(*(asyncio.to_thread(png, picture) for picture in rebuilt.pictures.values()))
            self.images.keep(list(rebuilt.pages), dict(zip(rebuilt.pictures, encoded)))
        seconds = round(time.perf_counter() - started, 2)
        if rebuilt.pdf is None:
            self._publish(building=False, valid=False, problems=tuple(rebuilt.problems), seconds=seconds)
            return
        self._publish(building=False, valid=True, problems=tuple(rebuilt.problems), pages=rebuilt.pages,
                      pdf=rebuilt.pdf, seconds=seconds)

    def _rebuild_here(self, generation: int) -> Rebuilt:
        """Check and build the brief as `briefing build` would, into the preview's folder (in a thread)."""
        _empty(self.scratch)  # of what a superseded stage left: no other rebuild is running
        try:
            self.workspace = workspace = open_workspace(self.config_file, near=Path(self.brief).parent)
            options = BuildOptions(out_dir=self.out_dir)
            jobs = gather([self.brief], workspace, options, archive_offload(self.pool, workspace.config.limits))
        except ValidationFailed as failed:
            return Rebuilt(failed.problems)
        except BriefingError as error:
            return Rebuilt(error.blamed_on(self.brief).problems)
        job = jobs[0]
        if generation != self.generation:
            return Rebuilt([])
        ((_, result, _),) = self.pool.build_all(jobs, workspace, options)
        if isinstance(result, BriefingError):
            return Rebuilt([*job.warnings, *result.blamed_on(job.shown).problems])
        if generation != self.generation:
            return Rebuilt([])
        try:
            pdf = result.files[0].read_bytes()
        except OSError as error:
            return Rebuilt(BuildFailed(f"cannot read the PDF just built: {error.strerror}", file=job.shown).problems)
        pages, pictures = self.images.draw(pdf)
        return Rebuilt([*job.warnings, *result.problems], pdf, tuple(pages), pictures)


def _empty(folder: Path) -> None:
    """Remove what `folder` holds."""
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
