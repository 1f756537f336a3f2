"""The preview's web server (aiohttp), on 127.0.0.1 only.

It serves its own page, script and style, the page images and PDF of the last good build, the state as JSON,
and server-sent events when the state changes: nothing else. No path maps to a file on disk, so no request can
reach one; a request from another origin, or addressed to another host name (DNS rebinding), is refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from aiohttp import web

from briefing.preview.session import Preview

ASSETS = {"/": ("index.html", "text/html"), "/preview.js": ("preview.js", "text/javascript"),
          "/preview.css": ("preview.css", "text/css")}
POLICY = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
}
PREVIEW = web.AppKey("preview", Preview)
PORT = web.AppKey("port", int)


def application(preview: Preview, port: int) -> web.Application:
    app = web.Application(middlewares=[same_origin_only])
    app[PREVIEW] = preview
    app[PORT] = port
    app.router.add_get("/", asset)
    app.router.add_get("/preview.js", asset)
    app.router.add_get("/preview.css", asset)
    app.router.add_get("/state", state)
    app.router.add_get("/events", events)
    app.router.add_get("/brief.pdf", pdf)
    app.router.add_get(r"/pages/{name:[0-9a-f]{32}\.png}", page_image)
    app.on_shutdown.append(_release_listeners)
    return app


def allowed_hosts(port: int) -> set[str]:
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


def refusal(headers: Mapping[str, str], port: int) -> str | None:
    """Why a request with these headers is refused, or None: it must name this server as its host, and come
    from the preview's own page or from no page at all."""
    if headers.get("Host") not in allowed_hosts(port):
        return "another host"
    origin = headers.get("Origin")
    if origin is not None and origin.removeprefix("http://") not in allowed_hosts(port):
        return "another origin"
    if headers.get("Sec-Fetch-Site") in ("cross-site", "same-site"):
        return "another site"
    return None


@web.middleware
async def same_origin_only(request: web.Request, handler):
    if refusal(request.headers, request.app[PORT]) is not None:
        raise web.HTTPForbidden(text="refused: this preview answers only its own page\n")
    response = await handler(request)
    if not response.prepared:
        response.headers.update(POLICY)
    return response


async def asset(request: web.Request) -> web.Response:
    name, media = ASSETS[request.path]
    text = (resources.files("briefing.preview") / "assets" / name).read_text(encoding="utf-8")
    return web.Response(text=text, content_type=media, headers={"Cache-Control": "no-store"})


async def state(request: web.Request) -> web.Response:
    return web.json_response(request.app[PREVIEW].state.record(), headers={"Cache-Control": "no-store"})


async def pdf(request: web.Request) -> web.Response:
    preview = request.app[PREVIEW]
    if preview.state.pdf is None:
        raise web.HTTPNotFound()
    name = Path(preview.brief).resolve().parent.name + ".pdf"
    return web.Response(body=preview.state.pdf, content_type="application/pdf",
                        headers={"Cache-Control": "no-store", "Content-Disposition": f'inline; filename="{name}"'})


async def page_image(request: web.Request) -> web.Response:
    image = request.app[PREVIEW].images.image(request.match_info["name"])
    if image is None:
        raise web.HTTPNotFound()
    return web.Response(body=image, content_type="image/png",
                        headers={"Cache-Control": "private, max-age=31536000, immutable"})


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the state now, then each new state, until the page or the server goes."""
    preview = request.app[PREVIEW]
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store",
                                           **POLICY})
    await response.prepare(request)
    while not preview.closing:
        updated = preview.next_update()
        record = json.dumps(preview.state.record(), ensure_ascii=False)
        try:
            await response.write(f"data: {record}\n\n".encode())
        except ConnectionError:
            break
        await updated()
    return response


async def _release_listeners(app: web.Application) -> None:
    app[PREVIEW].close()
