"""`briefing serve`: the real pages of a brief beside its problems, rebuilt as the officer saves.

`session.py` rebuilds the brief on every save (`watch.py`) through warm worker processes, `pages.py` draws the
PDF's pages, `server.py` serves them to the page in `assets/`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError

if TYPE_CHECKING:
    from briefing.preview.session import Preview

HOST = "127.0.0.1"  # this machine only


def run_preview(brief: str, config_file: str | None, port: int, ready: Callable[[str], None]) -> None:
    """Serve the preview of `brief` until Ctrl-C; `ready(url)` is called once it answers. Leaves no process and
    no file behind."""
    from briefing.preview.session import Preview
    from briefing.workers import Workers, warm_here

    if not Path(brief).is_file():
        raise BriefingError(f"{brief}: no such file")
    listening = _listen(port)
    text = Path(brief).read_text(encoding="utf-8", errors="replace")
    maps = ("maps",) if "[[places]]" in text or "[map]" in text else ()  # Cartopy: 0.7 s, for a brief with a map
    warm_here("pdf", "figures", *maps)  # here, so every worker forked from this process starts warm
    with contextlib.closing(listening), tempfile.TemporaryDirectory(prefix="briefing-serve-") as folder, \
            _temporary_files_in(Path(folder) / "tmp"), Workers(2) as pool:
        with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
            preview = Preview(brief, config_file, pool, Path(folder) / "out", Path(folder) / "tmp")
            asyncio.run(_serve(preview, listening, ready))


@contextlib.contextmanager
def _temporary_files_in(folder: Path) -> Iterator[None]:
    """Every temporary file of this process and of the workers it forks, in `folder`. A stage killed because a
    save superseded it cannot remove its own (WeasyPrint's copies of the fonts): the preview can."""
    folder.mkdir()
    previous, tempfile.tempdir = tempfile.tempdir, str(folder)
    try:
        yield
    finally:
        tempfile.tempdir = previous


def _listen(port: int) -> socket.socket:
    try:
        return socket.create_server((HOST, port))
    except OSError as error:
        raise BriefingError(f"cannot listen on {HOST}:{port}: {os.strerror(error.errno or 0)}") from None


async def _serve(preview: Preview, listening: socket.socket, ready: Callable[[str], None]) -> None:
    from aiohttp import web

    from briefing.preview.server import application

    port = listening.getsockname()[1]
    runner = web.AppRunner(application(preview, port), access_log=None, handle_signals=False, shutdown_timeout=1)
    await runner.setup()
    await web.SockSite(runner, listening).start()
    stopping = asyncio.current_task()
    if stopping is not None:  # SIGTERM (a service manager, `kill`) stops as cleanly as Ctrl-C
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.cancel)
    ready(f"http://{HOST}:{port}/")
    try:
        await preview.run()
    finally:
        await runner.cleanup()
