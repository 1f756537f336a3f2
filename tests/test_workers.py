"""The worker pool: processes start when first wanted, forked from the parent as it is by then."""

from __future__ import annotations

import gc
import os
import sys

from briefing.workers import Workers

SEEN: list[str] = []  # what the parent had done when a worker was forked


def _seen() -> list[str]:
    return list(SEEN)


def test_a_worker_starts_when_first_wanted_and_stages_go_to_the_one_warmed_for_them():
    SEEN.clear()
    with Workers(2) as pool:
        assert pool.workers == []  # nothing forked before anything is wanted
        pool.warm("pdf")
        assert len(pool.workers) == 1
        SEEN.append("checked the brief")  # the parent goes on after the first worker was forked
        first = pool.run("pdf", os.getpid)
        assert pool.run("pdf", _seen) == []  # forked before the parent's later work
        assert len(pool.workers) == 1  # the worker warmed for pdf took the pdf stage
        second = pool.run("figures", os.getpid)  # not the pdf worker, still importing for its own stage
        assert second not in (first, os.getpid())
        assert pool.run("figures", _seen) == ["checked the brief"]  # forked afterwards: as warm as the parent
        assert len(pool.workers) == 2
        assert pool.run("pdf", os.getpid) == first
    assert pool.workers == []


def test_a_full_pool_shares_its_workers_between_stages():
    with Workers(1) as pool:
        pool.warm("pdf")
        pid = pool.run("pdf", os.getpid)
        assert pool.run("figures", os.getpid) == pid
        assert len(pool.workers) == 1


def test_a_worker_warmed_for_maps_takes_the_figures_stage():
    with Workers(2) as pool:
        pool.warm("pdf")
        pool.warm("maps")  # a map will be drawn: Matplotlib and Cartopy are imported meanwhile
        assert len(pool.workers) == 2
        mapper = pool.workers[1].process.pid
        assert pool.run("figures", os.getpid) == mapper
        assert pool.run("pdf", os.getpid) == pool.workers[0].process.pid


def test_a_worker_forked_under_an_event_loop_ends_on_sigterm_and_the_loop_never_hears_of_it():
    import asyncio
    import signal

    async def main() -> tuple[int | None, bool]:
        heard = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, heard.set)  # as `briefing serve` does
        try:
            with Workers(1) as pool:
                pid = await asyncio.to_thread(pool.run, "pdf", os.getpid)  # forked from the loop's thread pool
                os.kill(pid, signal.SIGTERM)
                pool.workers[0].process.join(timeout=10)
                code = pool.workers[0].process.exitcode
                await asyncio.sleep(0.2)  # time for a byte on the loop's wake-up socket to be read
                return code, heard.is_set()
        finally:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGTERM)

    assert asyncio.run(main()) == (-signal.SIGTERM, False)


class _Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.itself = self


def _leave_cycles() -> None:
    """A stage that leaves garbage in cycles, as a Matplotlib figure or a laid-out document does: its objects
    lived through the young collections while it ran, so only a full collection would free them."""
    cycles = [_Cycle() for _ in range(100)]
    gc.collect(1)
    del cycles


def _cycles_left() -> int:
    return sum(isinstance(thing, _Cycle) for thing in gc.get_objects())


def _import(folder: str, module: str) -> bool:
    """Import `module` from `folder`; whether it was imported before."""
    import importlib

    sys.path.insert(0, folder)
    before = module in sys.modules
    importlib.import_module(module)
    return before


def test_a_worker_frees_what_each_stage_left_in_cycles_before_the_next():
    with Workers(1) as pool:
        pool.run("figures", _leave_cycles)
        assert pool.run("pdf", _cycles_left) == 0


def test_a_worker_freezes_what_a_stage_imported_out_of_later_collections(tmp_path):
    (tmp_path / "imported_by_a_stage.py").write_text("TABLE = {n: [n] for n in range(1000)}\n")
    with Workers(1) as pool:
        assert pool.run("figures", _import, str(tmp_path), "json")  # imported already: nothing to freeze
        frozen = pool.run("figures", gc.get_freeze_count)
        assert pool.run("figures", gc.get_freeze_count) == frozen
        assert not pool.run("figures", _import, str(tmp_path), "imported_by_a_stage")
        assert pool.run("figures", gc.get_freeze_count) >= frozen + 1000  # the module's table among them
