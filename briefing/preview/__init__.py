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
from collections.abc import Callable
from pathlib import Path

from briefing.errors import BriefingError

HOST = "127.0.0.1"  # this machine only


def run_preview(brief: str, config_file: str | None, port: int, ready: Callable[[str], None]) -> None:
    """Serve the preview of `brief` until Ctrl-C; `ready(url)` is called once it answers. Leaves no process and
    no file behind."""
    from briefing.workers import Workers, warm_here

    if not Path(brief).is_file():
        raise BriefingError(f"{brief}: no such file")
    listening = _listen(port)
    text = Path(brief).read_text(encoding="utf-8", errors="replace")
    maps = ("maps",) if "[[places]]" in text or "[map]" in text else ()  # Cartopy: 0.7 s, for a brief with a map
    warm_here("pdf", "figures", *maps)  # here, so every worker forked from this process starts warm
    with contextlib.closing(listening), Workers(2) as pool, \
            tempfile.TemporaryDirectory(prefix="briefing-serve-") as out_dir:
        with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
            asyncio.run(_serve(brief, config_file, pool, Path(out_dir), listening, ready))


def _listen(port: int) -> socket.socket:
    try:
        return socket.create_server((HOST, port))
    except OSError as error:
        raise BriefingError(f"cannot listen on {HOST}:{port}: {os.strerror(error.errno or 0)}") from None


async def _serve(brief: str, config_file: str | None, pool, out_dir: Path, listening: socket.socket,
                 ready: Callable[[str], None]) -> None:
    from aiohttp import web

    from briefing.preview.server import application
    from briefing.preview.session import Preview

    preview = Preview(brief, config_file, pool, out_dir)
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
