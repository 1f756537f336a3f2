"""`briefing serve`: the live preview, end to end in the system's Chromium, and its parts as table tests."""

from __future__ import annotations

import asyncio
import http.client
import io
import math
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2
import pytest
from conftest import MINIMAL, normalise, write_brief
from pypdf import PdfReader

from briefing.build import _html_file, _html_fonts, gather
from briefing.errors import ValidationFailed
from briefing.fonts import bundled_fonts_dir
from briefing.preview import watch
from briefing.preview.pages import PageImages, png
from briefing.preview.server import refusal
from briefing.workspace import open_workspace

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_MS = 30_000  # for a rebuild on a busy machine; the test goes on as soon as the page shows it


# The parts --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("headers", "why"), [
    ({"Host": "127.0.0.1:8000"}, None),
    ({"Host": "localhost:8000"}, None),
    ({"Host": "127.0.0.1:8000", "Origin": "http://127.0.0.1:8000", "Sec-Fetch-Site": "same-origin"}, None),
    ({"Host": "127.0.0.1:8000", "Sec-Fetch-Site": "none"}, None),  # typed into the address bar
    ({}, "another host"),
    ({"Host": "evil.example:8000"}, "another host"),  # a name rebound to 127.0.0.1
    ({"Host": "127.0.0.1:8001"}, "another host"),
    ({"Host": "127.0.0.1:8000", "Origin": "http://evil.example"}, "another origin"),
    ({"Host": "127.0.0.1:8000", "Origin": "null"}, "another origin"),
    ({"Host": "127.0.0.1:8000", "Sec-Fetch-Site": "cross-site"}, "another site"),
    ({"Host": "127.0.0.1:8000", "Sec-Fetch-Site": "same-site"}, "another site"),
])
def test_only_requests_from_the_preview_itself_are_answered(headers, why):
    assert refusal(headers, 8000) == why


def test_the_watched_files_are_the_briefs_folder_the_config_the_desks_tables_and_the_templates(workspace):
    brief = write_brief(workspace, MINIMAL)
    (brief.parent / "data.csv").write_text("date,value\n")
    (brief.parent / "maps").mkdir()
    (brief.parent / "maps" / "areas.geojson").write_text("{}")
    (brief.parent / ".brief.toml.swp").write_text("")  # an editor's
    (workspace / "templates").mkdir()
    (workspace / "templates" / "style.css").write_text("")
    (workspace / "out").mkdir()
    (workspace / "out" / "other.pdf").write_text("")
    files = watch.watched_files(Path("briefs/test/brief.toml"), open_workspace(None, brief.parent))
    assert sorted(str(path.relative_to(workspace)) for path in files) == [
        "aliases.toml", "briefs/test/brief.toml", "briefs/test/data.csv", "briefs/test/maps/areas.geojson",
        "config.toml", "places.toml", "templates/style.css"]  # watched before they exist: creating one is a save


def _saves(folder: Path, edit, settle_s: float = 0.05) -> list[list[str]]:
    """The bursts `watch.saves` reports for what `edit()` does, until 0.5 s pass without one."""
    async def collect() -> list[list[str]]:
        bursts: list[list[str]] = []
        stream = watch.saves(lambda: sorted(folder.iterdir()), poll_s=0.01, settle_s=settle_s)
        first = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.05)  # the stream has taken its first snapshot
        edit()
        pending = first
        while True:
            try:
                changed = await asyncio.wait_for(pending, timeout=0.5)
            except TimeoutError:
                return bursts
            bursts.append(sorted(path.name for path in changed))
            pending = asyncio.ensure_future(anext(stream))

    return asyncio.run(collect())


def test_saves_close_together_are_one_change(tmp_path):
    (tmp_path / "brief.toml").write_text("a")

    def save_like_an_editor():
        for text in ("b", "cc", "ddd"):
            (tmp_path / ".brief.toml.tmp").write_text(text)
            os.replace(tmp_path / ".brief.toml.tmp", tmp_path / "brief.toml")
        (tmp_path / "data.csv").write_text("x")

    assert _saves(tmp_path, save_like_an_editor) == [["brief.toml", "data.csv"]]


def test_nothing_saved_is_no_change(tmp_path):
    (tmp_path / "brief.toml").write_text("a")
    assert _saves(tmp_path, lambda: (tmp_path / "brief.toml").read_text()) == []


def _pdf(*sizes: tuple[float, float]) -> bytes:
    document = pypdfium2.PdfDocument.new()
    for width, height in sizes:
        document.new_page(width, height)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_page_images_are_named_by_their_pixels_and_encoded_once():
    sizes = [(595.28, 841.89), (612, 792)]  # A4 and Letter, in points
    images = PageImages()
    pages, pictures = images.draw(_pdf(*sizes))
    assert [(page.width, page.height) for page in pages] == [(round(w * 96 / 72), round(h * 96 / 72))
                                                             for w, h in sizes]  # CSS pixels
    assert [picture.size for picture in pictures.values()] == [(math.ceil(w * 192 / 72), math.ceil(h * 192 / 72))
                                                               for w, h in sizes]  # twice as many
    images.keep(pages, {name: png(picture) for name, picture in pictures.items()})
    again, fresh = images.draw(_pdf((612, 792)))
    assert again[0].name == pages[1].name and fresh == {}
    images.keep(again, {})
    assert images.image(pages[1].name).startswith(b"\x89PNG")
    assert images.image(pages[0].name) is not None  # the previous state's, for a page still showing it
    images.keep([], {})
    assert images.image(pages[0].name) is None


def test_html_output_points_at_copies_of_its_fonts_beside_it(tmp_path):
    folder, out_dir = tmp_path / "briefs" / "x", tmp_path / "out"
    html = '<head></head><style>@font-face { src: url("briefing-font:STIXGeneral.ttf"); }\n' \
           '@font-face { src: url("briefing-font:DejaVuSans-Bold.ttf"); }</style>'
    rewritten, fonts = _html_fonts(html, folder, out_dir)
    page = _html_file(rewritten, folder, out_dir)
    assert "briefing-font" not in page
    base = re.search(r'<base href="([^"]+)">', page)[1]
    urls = re.findall(r'url\("([^"]+)"\)', page)
    assert [os.path.normpath(out_dir / base / url) for url in urls] == \
        [str(out_dir / "fonts" / name) for name in ("STIXGeneral.ttf", "DejaVuSans-Bold.ttf")]
    assert sorted(fonts) == sorted((out_dir / "fonts" / name, (bundled_fonts_dir() / name).read_bytes())
                                   for name in ("STIXGeneral.ttf", "DejaVuSans-Bold.ttf"))
    for path, data in fonts:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert _html_fonts(html, folder, out_dir) == (rewritten, [])  # written once


def test_an_interrupted_stage_fails_at_once_and_its_process_is_replaced():
    import threading

    from briefing.errors import BuildFailed
    from briefing.workers import Workers

    outcome: list[object] = []
    with Workers(1) as pool:
        def slow() -> None:
            try:
                outcome.append(pool.run("pdf", time.sleep, 60))
            except BuildFailed as failed:
                outcome.append(failed)

        thread = threading.Thread(target=slow)
        thread.start()
        deadline = time.monotonic() + 10
        while not (pool.workers and pool.workers[0].busy) and time.monotonic() < deadline:  # started by the run
            time.sleep(0.01)
        pool.interrupt()
        thread.join(timeout=10)
        assert not thread.is_alive()
        assert "process ended unexpectedly (signal 9)" in str(outcome[0])
        assert pool.run("pdf", abs, -7) == 7  # a fresh process took its place


class HangingFirstBuild:
    """A stand-in for the worker pool: its first build hangs until interrupted; the others write a one-page PDF."""

    def __init__(self) -> None:
        import threading

        self.interrupted = threading.Event()
        self.facts: list[str] = []

    def interrupt(self) -> None:
        self.interrupted.set()

    def bounded(self, seconds, memory_mb, setting):  # archived copies are read here (the brief names none)
        from briefing.offload import here

        return here

    def build_all(self, jobs, workspace, options):
        from briefing.build import Written
        from briefing.errors import BuildFailed

        job = jobs[0]
        self.facts.append(job.brief.facts[0].text)
        if len(self.facts) == 1:
            self.interrupted.wait(timeout=20)
            return [(job, BuildFailed("the pdf stage's process ended unexpectedly (signal 9)"), 0.0)]
        options.out_dir.mkdir(parents=True, exist_ok=True)
        (options.out_dir / "test.pdf").write_bytes(_pdf((200, 300)))
        return [(job, Written([options.out_dir / "test.pdf"], []), 0.0)]


def test_a_save_during_a_rebuild_supersedes_it(workspace):
    from briefing.preview.session import Preview

    brief = write_brief(workspace, MINIMAL)
    pool = HangingFirstBuild()
    (workspace / "scratch").mkdir()

    async def scenario():
        preview = Preview("briefs/test/brief.toml", None, pool, workspace / "preview-out", workspace / "scratch")
        running = asyncio.create_task(preview.run())
        while not pool.facts:
            await asyncio.sleep(0.01)
        brief.write_text(brief.read_text().replace("A fact.", "Another fact."))
        while not preview.state.valid and not running.done():
            await asyncio.sleep(0.01)
        running.cancel()
        return preview.state

    state = asyncio.run(asyncio.wait_for(scenario(), timeout=20))  # a rebuild queued behind the first never ends
    assert pool.interrupted.is_set()
    assert pool.facts == ["A fact.", "Another fact."]
    assert state.valid and not state.building and state.problems == () and len(state.pages) == 1


# End to end -------------------------------------------------------------------------------------------------------

def _start(workspace: Path, scratch: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "TMPDIR": str(scratch)}
    server = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "briefs/test/brief.toml"], cwd=workspace,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    assert line.startswith("previewing briefs/test/brief.toml at http://127.0.0.1:"), line + server.stderr.read()
    return server, line.split(" at ")[1].split()[0]


def _get(url: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """A request sent as written: no client tidies `path` first."""
    host, port = url.removeprefix("http://").strip("/").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def served(workspace, tmp_path_factory):
    """`briefing serve` on a small brief, in a process of its own, with its own temporary folder."""
    brief = write_brief(workspace, MINIMAL.replace('summary = "Nothing happened."',
                                                   'summary = """' + "Nothing happened.\n\n" * 40 + '"""'))
    scratch = tmp_path_factory.mktemp("serve-tmp")
    server, url = _start(workspace, scratch)
    yield server, url, brief, scratch
    if server.poll() is None:
        server.kill()
        server.wait()


def test_preview_in_a_browser_follows_every_save_and_stops_cleanly(served):
    from playwright.sync_api import sync_playwright

    server, url, brief, scratch = served
    _refuses_everything_but_its_own(url)
    assert Path(CHROMIUM).is_file(), "Chromium is missing: scripts/system-deps installs it"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700}, bypass_csp=True)  # for its probes
            page.goto(url)
            _shows_the_pages_and_follows_an_edit(page, url, brief)
            _shows_an_error_over_the_last_good_pages_until_fixed(page, brief)
            _html_output_loads_its_fonts(page, brief)
        finally:
            browser.close()
    _stops_on_ctrl_c_leaving_nothing(server, scratch)


def _refuses_everything_but_its_own(url: str) -> None:
    for path in ("/../brief.toml", "/brief.toml", "/briefs/test/brief.toml", "/%2e%2e/brief.toml",
                 "//etc/passwd", "/etc/passwd", "/pages/", "/pages/../../brief.toml",
                 "/pages/" + "0" * 32 + ".png", url + "../config.toml"):
        assert _get(url, path)[0] == 404, path
    origin = url.removeprefix("http://").strip("/")
    assert _get(url, "/state", {"Origin": "http://evil.example"})[0] == 403
    assert _get(url, "/state", {"Host": "evil.example"})[0] == 403
    assert _get(url, "/state", {"Origin": f"http://{origin}"})[0] == 200


def _served_pdf(url: str) -> PdfReader:
    status, body = _get(url, "/brief.pdf")
    assert status == 200
    return PdfReader(io.BytesIO(body))


def _page_sources(page) -> list[str]:
    return page.eval_on_selector_all("img.page", "images => images.map(image => image.getAttribute('src'))")


def _shows_the_pages_and_follows_an_edit(page, url: str, brief: Path) -> None:
    page.wait_for_function("document.body.dataset.version && !document.body.classList.contains('stale') "
                           "&& document.querySelectorAll('img.page').length > 0", timeout=WAIT_MS)
    pages = len(_served_pdf(url).pages)
    assert pages >= 2  # the page scrolls
    assert len(_page_sources(page)) == pages
    page.wait_for_function("[...document.querySelectorAll('img.page')].every(image => image.complete "
                           "&& image.naturalWidth > 0)", timeout=WAIT_MS)
    assert page.eval_on_selector_all("img.page", "images => images.every(image => "
                                                 "image.naturalWidth >= 2 * image.width)")  # sharp at 2 dppx
    assert page.is_hidden("#problems") and page.locator("li.problem").count() == 0
    assert page.is_visible("text=Download the PDF")
    before = _page_sources(page)
    page.evaluate("window.scrollTo(0, 400); window.unchanged = true")

    brief.write_text(brief.read_text().replace('text = "A fact."', 'text = "Forty-two bridges were counted."'))
    page.wait_for_function("sources => { const now = [...document.querySelectorAll('img.page')]"
                           ".map(image => image.getAttribute('src')); return now.join() !== sources.join(); }",
                           arg=before, timeout=WAIT_MS)
    text = normalise(" ".join(p.extract_text() for p in _served_pdf(url).pages))
    assert "Forty-two bridges were counted." in text and "A fact." not in text
    assert page.evaluate("window.unchanged === true && window.scrollY === 400")  # not reloaded, not scrolled


def _shows_an_error_over_the_last_good_pages_until_fixed(page, brief: Path) -> None:
    good = brief.read_text()
    before = _page_sources(page)
    brief.write_text(good.replace('title = "Minimal brief"', 'title = "Minimal brief'))
    try:
        gather(["briefs/test/brief.toml"], open_workspace(None, brief.parent))
    except ValidationFailed as failed:
        expected = [str(problem) for problem in failed.problems]
    assert expected[0].startswith("briefs/test/brief.toml: line 2, column ")
    page.wait_for_selector("li.problem.error", timeout=WAIT_MS)
    assert page.locator("li.problem").all_inner_texts() == expected
    assert page.evaluate("document.body.classList.contains('stale')")  # the last good pages, greyed
    assert _page_sources(page) == before
    assert page.is_visible("img.page >> nth=0")

    brief.write_text(good)
    page.wait_for_selector("#problems", state="hidden", timeout=WAIT_MS)  # shown with the status, at once
    assert page.locator("li.problem").count() == 0
    assert not page.evaluate("document.body.classList.contains('stale')")
    assert page.evaluate("window.unchanged === true")


def _html_output_loads_its_fonts(page, brief: Path) -> None:
    """The HTML `build --html` writes (as `build.write` writes it) loads its fonts in a browser from a file: URL."""
    html = '<html><head></head><body><style>{css}</style><h1 style="font-family: Brief Sans">Title</h1>' \
           '<p style="font-family: Brief Serif">Text</p></body></html>'
    css = (Path(__file__).parent.parent / "briefing" / "output" / "templates" / "style.css").read_text()
    out_dir = brief.parent.parent.parent / "out"
    rewritten, fonts = _html_fonts(html.format(css=css), brief.parent, out_dir)
    for path, data in fonts:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (out_dir / "test.html").write_text(_html_file(rewritten, brief.parent, out_dir))
    page.goto((out_dir / "test.html").as_uri())
    faces = page.evaluate("document.fonts.ready.then(() => [...document.fonts].map(face => "
                          "`${face.family} ${face.weight} ${face.style}: ${face.status}`))")
    assert "Brief Serif normal normal: loaded" in faces and "Brief Sans bold normal: loaded" in faces, faces  # h1
    assert not [face for face in faces if face.endswith("error")], faces


def _stops_on_ctrl_c_leaving_nothing(server: subprocess.Popen, scratch: Path) -> None:
    children = _children(server.pid)
    assert children  # its warm worker processes
    server.send_signal(signal.SIGINT)
    assert server.wait(timeout=30) == 0, server.stderr.read()
    assert "Traceback" not in server.stderr.read()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in children if _alive(pid)]
    assert list(scratch.iterdir()) == []


def test_serve_refuses_a_brief_that_is_not_there(run, workspace):
    result = run("serve", "briefs/none/brief.toml")
    assert result.exit_code == 1
    assert result.stderr == "briefs/none/brief.toml: no such file\n"



def test_serve_on_a_port_in_use_says_so(run, workspace):
    import socket

    write_brief(workspace, MINIMAL)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run("serve", "briefs/test/brief.toml", "--port", port)
    assert result.exit_code == 1
    assert result.stderr == f"cannot listen on 127.0.0.1:{port}: Address already in use\n"
