"""The processes that render briefs: started first, so the slow imports overlap with validation."""

from __future__ import annotations

import gc
import sys

from briefing.errors import BriefingError

INTERRUPT_GRACE_S = 2.0


class Renderers:
    """Processes that render the briefs, started before validation so that importing WeasyPrint (the
    slowest import) overlaps with checking them on another core. One long-lived pool for a batch; a single
    brief is laid out in one of them too. Where WeasyPrint is imported already (a long-running caller, the
    tests) a single-process build gains nothing from a pool, and none is started. Leaving with an exception
    (invalid briefs) stops the processes at once."""

    def __init__(self, workers: int, briefs: int):
        self.workers = max(1, min(workers, briefs))
        self.pool = None
        self.needed = briefs > 1 and self.workers > 1 or "weasyprint" not in sys.modules

    def __enter__(self) -> Renderers:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if not self.needed:
            return self
        self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_warm_up)
        gc.freeze()  # forked renderers then share the parent's objects instead of copying them on write
        try:
            self.pool.submit(int)  # the pool forks its processes on the first task
        finally:
            gc.unfreeze()
        return self

    def __exit__(self, kind, error, trace) -> None:
        """Stop the renderers. They hold nothing once every result is in (files are written by whoever
        finished the brief), so they are not left to tear their interpreters down at leisure."""
        if self.pool is None:
            return
        processes = list(getattr(self.pool, "_processes", {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
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

        try:
            return finish(prepare(job, workspace), workspace, options, render_pdf=render_elsewhere)
        except BriefingError as error:
            return error


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
