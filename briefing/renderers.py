"""The processes that render briefs: started first, so the slow imports overlap with validation."""

from __future__ import annotations

import gc
import json
import sys

from briefing.errors import BriefingError

INTERRUPT_GRACE_S = 2.0


class Renderers:
    """Processes that render the briefs, started before validation so that importing WeasyPrint (the
    slowest import) overlaps with checking them on another core. One long-lived pool for a batch; a single
    brief is laid out in one of them too. Where WeasyPrint is imported already (a long-running caller, the
    tests) a single-process build gains nothing from a pool, and none is started. Leaving with an exception
    (invalid briefs) stops the processes at once."""

    def __init__(self, workers: int, briefs: int, map_to_draw: bool = False):
        self.workers = max(1, min(workers, briefs))
        self.pool = self.mapper = None
        self.needed = briefs > 1 and self.workers > 1 or "weasyprint" not in sys.modules
        # A single brief whose map will (probably) be drawn: a second process imports Matplotlib and Cartopy
        # meanwhile and draws it. Only then: on a warm build it would only take a core from the others.
        self.map_to_draw = self.needed and briefs == 1 and map_to_draw

    def __enter__(self) -> Renderers:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if not self.needed:
            return self
        fork = multiprocessing.get_context("fork")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=fork, initializer=_warm_up)
        if self.map_to_draw:
            self.mapper = ProcessPoolExecutor(1, mp_context=fork, initializer=_warm_up_maps)
        gc.freeze()  # forked renderers then share the parent's objects instead of copying them on write
        try:
            for pool in filter(None, (self.pool, self.mapper)):
                pool.submit(int)  # a pool forks its processes on the first task
        finally:
            gc.unfreeze()
        return self

    def __exit__(self, kind, error, trace) -> None:
        """Stop the renderers. They hold nothing once every result is in (files are written by whoever
        finished the brief), so they are not left to tear their interpreters down at leisure."""
        if self.pool is None:
            return
        pools = [pool for pool in (self.pool, self.mapper) if pool is not None]
        processes = [process for pool in pools for process in getattr(pool, "_processes", {}).values()]
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if isinstance(error, KeyboardInterrupt):  # they got Ctrl-C too: let them remove their temporary files
                process.join(timeout=INTERRUPT_GRACE_S)
            process.terminate()
        for process in processes:
            process.join()

    def write_all(self, jobs: list, workspace, options):
        """Yield (job, Written or the BriefingError it failed with) as each brief finishes; a failed brief
        does not stop the others."""
        from concurrent.futures import as_completed

        if self.pool is None:
            yield from ((job, _write_or_error(job, workspace, options)) for job in jobs)
            return
        if len(jobs) == 1:  # this process draws the figures and the HTML while the renderer warms up
            yield jobs[0], self._one(jobs[0], workspace, options)
            return
        futures = {self.pool.submit(_write_or_error, job, workspace, options): job for job in jobs}
        for future in as_completed(futures):
            yield futures[future], future.result()


    def _one(self, job, workspace, options):
        """Figures and HTML here, the PDF layout in the warmed-up renderer, the writing here again."""
        from briefing.build import finish, prepare

        def render_elsewhere(*args, **kwargs):
            timings = kwargs.pop("timings", None)
            pdf, warnings, spent = self.pool.submit(_render, *args, **kwargs).result()
            if timings is not None:
                timings.update(spent)
            return pdf, warnings

        def draw_elsewhere(request):
            return self.mapper.submit(_draw_map, request).result()

        try:
            prepared = prepare(job, workspace, draw_map=draw_elsewhere if self.mapper else None)
            return finish(prepared, workspace, options, render_pdf=render_elsewhere)
        except BriefingError as error:
            return error


def _draw_map(request):
    from briefing.maps.render import render_map

    return render_map(request)


def _warm_up_maps() -> None:
    """Import what drawing a map needs (Matplotlib, Cartopy, Shapely), while the parent validates."""
    import briefing.maps.render  # noqa: F401


def map_likely_drawn(brief: str) -> bool:
    """Whether building this brief will probably draw its map: it has places or a [map], and no earlier build
    of it in the workspace's figures folder recorded one. A cheap guess, read with tomllib before anything
    else is imported; a wrong guess costs a little time, never a wrong result."""
    import tomllib
    from pathlib import Path

    path = Path(brief)
    try:
        text = path.read_text(encoding="utf-8")
        if "[[places]]" not in text and "[map]" not in text:
            return False
        folder = path.resolve().parent
        config = next((f / "config.toml" for f in [folder, *folder.parents] if (f / "config.toml").is_file()), None)
        root = config.parent if config else Path.cwd()
        figures = tomllib.loads(config.read_text(encoding="utf-8")).get("paths", {}).get("figures", "figures") \
            if config else "figures"
        manifest = root / figures / f".built-{folder.name}.json"
        drawn = [name for name in json.loads(manifest.read_text(encoding="utf-8")) if "-map-" in name]
        return not all((manifest.parent / name).is_file() for name in drawn) or not drawn
    except (OSError, ValueError, TypeError, AttributeError):
        return True


def _render(*args, **kwargs):
    from briefing.pdf import render_pdf

    timings: dict[str, float] = {}
    pdf, warnings = render_pdf(*args, timings=timings, **kwargs)
    return pdf, warnings, timings


def _write_or_error(job, workspace, options):
    from briefing.build import write

    try:
        return write(job, workspace, options)
    except BriefingError as error:
        return error


def _warm_up() -> None:
    """Import the PDF renderer once per process, while the parent validates (the engine as a batch needs it;
    Matplotlib and Cartopy only if a figure has to be drawn)."""
    import weasyprint  # noqa: F401

    import briefing.pdf  # noqa: F401
