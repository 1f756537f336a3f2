"""Running builds in parallel: the only module that knows about processes.

Every build, of one brief or of a batch, goes through `Workers.build_all`: the briefs' pipelines (build.build)
run in threads of this process, and each hands its heavy stages (figures, pdf) to a pool of worker processes.
A worker asked to warm up before validation imports WeasyPrint (or Matplotlib and Cartopy) while the briefs
are checked; one started later is forked from this process with everything it has imported by then. A stage
that outlives its deadline has its process killed: no library can swallow that. A worker whose parent dies
exits on its own.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from briefing.errors import BriefingError, BuildFailed
from briefing.offload import Offload

if TYPE_CHECKING:  # not imported: the command forks its first worker before pydantic is loaded
    from briefing.config import Limits

# What a worker imports ahead of a stage: WeasyPrint for the pdf stage; the figures stage's own modules (enough
# to reuse cached figures), and Matplotlib and Cartopy too when a map will be drawn ("maps").
WARM_UP = {"pdf": ("weasyprint", "briefing.output.pdf"),
           "figures": ("briefing.figures", "briefing.figures.charts.draw", "briefing.figures.situation"),
           "maps": ("briefing.figures.maps.render",)}
STAGE = {"pdf": "pdf", "figures": "figures", "maps": "figures", "archive": "archive"}
PARENT_CHECK_S = 0.5
STOP_GRACE_S = 2.0
CEILING_MARGIN_MB = 64  # a failed allocation of up to this much, at the ceiling, is the ceiling's doing


def _warm(kind: str) -> None:
    import importlib

    for module in WARM_UP[kind]:
        importlib.import_module(module)


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process
    tasks: Connection  # parent -> worker
    replies: Connection  # worker -> parent
    warmed: set[str] = field(default_factory=set)
    busy: bool = False


class Workers:
    """A pool of up to `count` warmed-up worker processes, each started when it is first wanted (by `warm` or a
    run), forked from this process as warm as it is by then. Use as a context manager; leaving it stops every
    process."""

    def __init__(self, count: int):
        self.count = max(1, count)
        self.workers: list[_Worker] = []
        self.lock = threading.Condition()

    def __enter__(self) -> Workers:
        return self

    def _start(self) -> _Worker:
        """A worker process, forked from this one as it is now (so it shares every module imported so far, and
        its objects, instead of copying them on write), with two one-way pipes (plain OS pipes, no sockets)."""
        context = multiprocessing.get_context("fork")
        task_reader, task_writer = context.Pipe(duplex=False)
        reply_reader, reply_writer = context.Pipe(duplex=False)
        process = context.Process(target=_serve, args=(task_reader, reply_writer, (task_writer, reply_reader),
                                                        os.getpid()), daemon=True)
        gc.freeze()
        try:
            process.start()
        finally:
            gc.unfreeze()
        task_reader.close()
        reply_writer.close()
        return _Worker(process, task_writer, reply_reader)

    def _idle_or_new(self, fits: Callable[[_Worker], bool]) -> _Worker | None:
        """An idle worker that `fits`, else an idle one not warmed for anything, else a new one while the pool is
        not full (call with the lock held)."""
        idle = [w for w in self.workers if not w.busy]
        worker = next((w for w in idle if fits(w)), None) or next((w for w in idle if not w.warmed), None)
        if worker is None and len(self.workers) < self.count:
            worker = self._start()
            self.workers.append(worker)
        return worker

    def __exit__(self, *exc_info: object) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.tasks.close()  # an idle worker reads end-of-file and exits
                worker.replies.close()
        deadline = time.monotonic() + STOP_GRACE_S
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self.workers.clear()

    def warm(self, kind: str) -> None:
        """Have an idle worker import what `kind` of stage needs, now (returns at once)."""
        with self.lock:
            worker = self._idle_or_new(lambda w: False)
            if worker is None:
                return
            worker.warmed.add(kind)
            worker.tasks.send(("warm", kind))

    def run(self, kind: str, function: Callable[..., Any], *args: Any, deadline: float | None = None,
            late: str = "", memory_mb: int | None = None) -> Any:
        """function(*args) in a worker (preferably one warmed for `kind`), with at most `memory_mb` of address
        space; its BriefingError is raised here. At `deadline` (time.monotonic()) the worker is killed and
        replaced, and BuildFailed(`late`) is raised."""
        worker = self._acquire(kind)
        try:
            worker.tasks.send(("run", kind, function, args, memory_mb))
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not worker.replies.poll(wait):
                self._replace(worker)
                raise BuildFailed(late or f"the {kind} stage was stopped at its deadline")
            status, value = worker.replies.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=STOP_GRACE_S)
            ended = worker.process.exitcode
            self._replace(worker)
            how = f" (signal {-ended})" if ended is not None and ended < 0 else ""
            hint = f", perhaps for want of memory (limits.memory_mb is {memory_mb:,} in config.toml)" \
                if memory_mb is not None else ""
            raise BuildFailed(f"the {kind} stage's process ended unexpectedly{how}{hint}") from None
        finally:
            self._release(worker)
        if status == "error":
            raise value
        return value

    def bounded(self, seconds: float, memory_mb: int | None, setting: str) -> Offload:
        """An offload (briefing.offload) that runs each stage in a worker, stopped after `seconds` (the
        `setting` that says so is named in the error) and held under `memory_mb`."""
        def offload(kind: str, function: Callable[..., Any], *args: Any) -> Any:
            return self.run(kind, function, *args, deadline=time.monotonic() + seconds, memory_mb=memory_mb,
                            late=f"stopped after {seconds:g} s ({setting} in config.toml)")
        return offload

    def _acquire(self, kind: str) -> _Worker:
        with self.lock:
            while True:
                worker = self._idle_or_new(lambda w: kind in {STAGE[k] for k in w.warmed}) or \
                    next((w for w in self.workers if not w.busy), None)
                if worker:
                    if not worker.process.is_alive():  # interrupted as it finished its last stage
                        self._replace(worker)
                    worker.busy = True
                    worker.warmed.add(kind)
                    return worker
                self.lock.wait()

    def interrupt(self) -> None:
        """Kill the processes running a stage now: their runs raise BuildFailed at once, and each is replaced by
        a fresh process (forked from this one, so as warm as this process is). For a build that is superseded."""
        with self.lock:
            for worker in self.workers:
                if worker.busy:
                    worker.process.kill()

    def _release(self, worker: _Worker) -> None:
        with self.lock:
            worker.busy = False
            self.lock.notify_all()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (past its deadline, or broken) and start a fresh one in its place; it stays busy until
        the run that had it releases it."""
        worker.process.kill()
        worker.process.join()
        worker.tasks.close()
        worker.replies.close()
        fresh = self._start()
        worker.process, worker.tasks, worker.replies, worker.warmed = fresh.process, fresh.tasks, fresh.replies, set()

    def build_all(self, jobs: list, workspace: Any, options: Any) -> Iterator[tuple[Any, Any, float]]:
        """Yield (job, build.Written or the BriefingError it failed with, seconds from loading it to the end) as
        each brief finishes; a failed brief does not stop the others."""
        from briefing.build import build

        limits = workspace.config.limits

        def one(job: Any) -> Any:
            deadline = time.monotonic() + limits.build_seconds - job.checked_s  # checking was the first part
            late = f"the build took longer than {limits.build_seconds:g} s (limits.build_seconds in config.toml)"

            def offload(kind: str, function: Callable[..., Any], *args: Any) -> Any:
                if time.monotonic() >= deadline:
                    raise BuildFailed(late)
                return self.run(kind, function, *args, deadline=deadline, late=f"{late}; stopped in the {kind} "
                                "stage", memory_mb=limits.memory_mb)

            try:
                return build(job, workspace, options, offload), time.monotonic() - deadline + limits.build_seconds
            except BriefingError as error:
                return error, time.monotonic() - deadline + limits.build_seconds

        with ThreadPoolExecutor(max_workers=self.count, thread_name_prefix="brief") as threads:
            futures = {threads.submit(one, job): job for job in jobs}
            for future in as_completed(futures):
                yield futures[future], *future.result()


def _serve(tasks: Connection, replies: Connection, parent_ends: tuple[Connection, ...], parent: int) -> None:
    """A worker: run what the parent sends until the pipe closes or the parent is gone."""
    for end in parent_ends:
        end.close()
    _default_signals()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    while True:
        try:
            message = tasks.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            os._exit(0)
        modules = len(sys.modules)
        if message[0] == "warm":
            with contextlib.suppress(Exception):
                _warm(message[1])
        else:
            _run(message, replies)
        del message
        _collect(modules)


def _run(message: tuple, replies: Connection) -> None:
    """One stage, its result or failure sent back to the parent."""
    _, kind, function, args, memory_mb = message
    try:
        if memory_mb is not None and _vm_mb("VmSize") >= memory_mb - CEILING_MARGIN_MB:
            raise MemoryError  # already at the ceiling before the stage starts: it could not allocate at all
        with _memory_ceiling(memory_mb):
            reply = ("ok", function(*args))
    except Exception as error:
        reply = ("error", _failure(error, kind, function.__name__, memory_mb))
    try:
        replies.send(reply)
    except (OSError, EOFError):
        os._exit(0)


def _collect(modules_before: int) -> None:
    """Free what a stage left in reference cycles, once its reply is sent (the parent goes on meanwhile). A map's
    Matplotlib figure (with 12 MB of pixels) and a laid-out document's boxes are such cycles: left to the
    collector's thresholds, five to eight briefs' worth piled up in a worker before a full collection, which
    then scanned every object of the process (0.1-0.16 s, longer as the heap grew). What a stage or a warm-up
    imported lives as long as the process: it is frozen out of later collections, so that each one scans
    little more than the stage's garbage (5 ms after the figures, 20 ms after a PDF)."""
    gc.collect()
    if len(sys.modules) != modules_before:
        gc.freeze()


def _default_signals() -> None:
    """Python's own handling of Ctrl-C and SIGTERM, where they are not ignored (as in a background job). A
    worker forked while the parent runs an event loop (the preview) would otherwise keep the loop's handlers:
    a signal would wake the parent's loop through the socket they share, and leave the worker running."""
    signal.set_wakeup_fd(-1)
    for number, default in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, signal.SIG_DFL)):
        if signal.getsignal(number) is not signal.SIG_IGN:
            signal.signal(number, default)


def _failure(error: Exception, kind: str, name: str, memory_mb: int | None) -> BriefingError:
    """What a stage that raised `error` failed of. A library that cannot allocate does not always raise
    MemoryError (a C extension may raise SystemError, or a library may wrap the failure): a stage whose process
    reached its ceiling failed for want of memory, whatever it raised."""
    if memory_mb is not None and (isinstance(error, MemoryError) or _vm_mb("VmPeak") >= memory_mb - CEILING_MARGIN_MB):
        gc.collect()
        return BuildFailed(f"the {STAGE.get(kind, kind)} stage needed more than {memory_mb:,} MB of memory "
                           "(limits.memory_mb in config.toml)")
    if isinstance(error, BriefingError):
        return error
    detail = traceback.format_exception_only(error)[-1].strip()  # a defect, not the brief's fault: show where
    return BuildFailed(f"internal error in {name}: {detail}")


def _vm_mb(field: str) -> float:
    """This process's address space now ("VmSize") or at most ("VmPeak"), in MB; 0 where /proc does not say."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next((line for line in status if line.startswith(f"{field}:")), "")
    except OSError:
        return 0.0
    return int(line.split()[1]) / 1024 if line else 0.0


@contextlib.contextmanager
def _memory_ceiling(memory_mb: int | None) -> Iterator[None]:
    """At most `memory_mb` of address space for this process while the stage runs (RLIMIT_AS: an allocation
    past it fails with MemoryError instead of taking the machine's memory)."""
    if memory_mb is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def warm_here(*kinds: str) -> None:
    """Import now, in this process, what those kinds of stage need: every worker forked from it afterwards,
    including one that replaces a killed worker, starts warm."""
    for kind in kinds:
        _warm(kind)


def archive_offload(pool: Workers, limits: Limits) -> Offload:
    """How the checks read an archived web page or PDF: in a worker of `pool`, within [limits]."""
    return pool.bounded(limits.archive_seconds, limits.memory_mb, "limits.archive_seconds")


def worker_count(requested: int, briefs: int) -> int:
    """How many worker processes a build of `briefs` briefs with --jobs `requested` (0: one per CPU) uses."""
    return max(1, min(requested or os.cpu_count() or 1, briefs))
