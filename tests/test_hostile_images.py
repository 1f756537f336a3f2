"""Hostile images are refused before anything decodes them. `check` refuses a picture or an SVG over the limits
(B505), and so does the PDF renderer's fetcher for whatever reaches it another way (B702). An SVG let past
the limits is stopped by limits.build_seconds."""

from __future__ import annotations

import base64
import io
import os
import struct
import subprocess
import sys
import zlib

import pikepdf
import pytest
from conftest import MINIMAL, pdf_text, write_brief
from PIL import Image, ImageFile

from briefing.brief.images import inspect_image
from briefing.config import Limits
from briefing.output.pdf import PdfOptions, render_pdf

SHOWN = "briefs/test/brief.toml"
LIMITS = Limits()
PIXELS = "(limits.max_image_pixels in config.toml)"
ELEMENTS = f"expands to more than {LIMITS.max_svg_elements:,} elements (limits.max_svg_elements in config.toml)"
PILLOW_CAP = 2 * (Image.MAX_IMAGE_PIXELS or 0)  # past this Pillow refuses to open a picture at all
SECRET = "TOPSECRET-b505"
SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="30">'


def png(width: int, height: int, grey: int = 0x80) -> bytes:
    """A greyscale PNG whose header says width x height. Only a small one holds its pixels: the header alone
    is what a bomb shows before it is decoded."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + bytes([grey]) * width for _ in range(height)) if width * height <= 10_000 else b"\x00"
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8 bits, greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def svg(body: str, prolog: str = "") -> bytes:
    return f"{prolog}{SVG_OPEN}{body}</svg>".encode()


def use_bomb(levels: int = 10, uses: int = 10) -> bytes:
    """Each level a group of `uses` <use> elements of the level below: a few KB that expand exponentially."""
    groups = "".join(f'<g id="l{level}">' + f'<use xlink:href="#l{level - 1}"/>' * uses + "</g>"
                     for level in range(1, levels + 1))
    return svg(f'<defs><rect id="l0" width="1" height="1"/>{groups}</defs><use xlink:href="#l{levels}"/>')


def data_uri(data: bytes, media: str = "image/png") -> str:
    return f"data:{media};base64,{base64.b64encode(data).decode()}"


def image_count(pdf) -> int:
    with pikepdf.open(pdf) as document:
        return sum(1 for page in document.pages for _ in page.get_images())


def limits_config(workspace, text: str) -> None:
    (workspace / "config.toml").write_text(f'organisation = "Test Desk"\n[limits]\n{text}\n')


def brief_showing(workspace, images: dict[str, bytes], markdown: str) -> None:
    write_brief(workspace, MINIMAL.replace("A fact.", markdown))
    for name, data in images.items():
        (workspace / "briefs" / "test" / name).write_bytes(data)


def matplotlib_svg() -> bytes:
    """An SVG as the engine's charts are: Matplotlib's, with its DOCTYPE, <use> for markers and glyphs."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 2))
    axes = figure.add_subplot()
    axes.plot(range(50), [n % 7 for n in range(50)], marker="o")
    axes.set_title("Weekly events")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


# The inspection, file by file -------------------------------------------------------------------------------

STAIRS = '<g id="g0"><rect/></g>' + "".join(f'<g id="g{n}"><use href="#g{n - 1}"/></g>' for n in range(1, 2_000))
TINY = {"max_svg_elements": 5}  # <svg>, a <rect> and a <use> of it count 1 + 1 + (1 + 1)
CASES = [
    ("locator.png", png(40, 30), {}, None),
    ("plain.svg", svg('<rect width="40" height="30" fill="#369"/>'), {}, None),
    ("dtd.svg", svg("<rect/>", '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                               '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'), {}, None),
    ("utf16.svg", f"{SVG_OPEN}<rect/></svg>".encode("utf-16"), {}, None),
    ("chain.svg", svg(f"<defs>{STAIRS}</defs>" + '<use href="#g1999"/>'), {}, None),
    ("stairs.svg", svg(STAIRS), {}, f"image 'stairs.svg' {ELEMENTS}"),  # every step drawn: 2,000 x 2,000 / 2
    ("four.svg", svg('<rect id="r"/><use href="#r"/>'), TINY, None),
    ("six.svg", svg('<rect id="r"/><use href="#r"/><use href="#r"/>'), TINY,
     "image 'six.svg' expands to more than 5 elements (limits.max_svg_elements in config.toml)"),
    ("big.png", png(17_000, 10_000), {},
     f"image 'big.png' is {17_000:,} x {10_000:,} pixels; the limit is {LIMITS.max_image_pixels:,} {PIXELS}"),
    ("huge.png", png(30_000, 30_000), {},
     f"image 'huge.png' has more than {PILLOW_CAP:,} pixels; the limit is {LIMITS.max_image_pixels:,} {PIXELS}"),
    ("huge.png", png(30_000, 30_000), {"max_image_pixels": 10 ** 12},
     f"image 'huge.png' has more than {PILLOW_CAP:,} pixels, more than Pillow decodes"),
    ("wide.png", png(400, 300), {"max_image_pixels": 400 * 300 - 1},
     f"image 'wide.png' is 400 x 300 pixels; the limit is {400 * 300 - 1:,} {PIXELS}"),
    ("bomb.svg", use_bomb(), {}, f"image 'bomb.svg' {ELEMENTS}"),
    ("shallow.svg", use_bomb(levels=2, uses=150), {}, f"image 'shallow.svg' {ELEMENTS}"),
    ("flat.svg", svg("<rect/>" * LIMITS.max_svg_elements), {}, f"image 'flat.svg' {ELEMENTS}"),
    ("cycle.svg", svg('<g id="a"><g><use href="#a"/></g></g>'), {},
     "image 'cycle.svg' has a <use> that refers to itself or to an element holding it"),
    ("laughs.svg", svg(f"&l2;{SECRET}", '<!DOCTYPE svg [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;">'
                                        '<!ENTITY l2 "&l1;&l1;&l1;">]>'), {},
     "image 'laughs.svg' declares entities (a DOCTYPE with an internal subset); they are not read"),
    ("notes.png", f"{SECRET} is not a picture".encode(), {},
     "image 'notes.png' is not an image: neither a picture format Pillow reads nor SVG"),
    ("page.svg", f"<html><body>{SECRET}</body></html>".encode(), {},
     "image 'page.svg' is not an image: neither a picture format Pillow reads nor SVG"),
    ("heavy.png", png(40, 30) + b"\x00" * 500, {"max_file_bytes": 500},
     f"image 'heavy.png' is {len(png(40, 30)) + 500:,} bytes; the limit is 500 (limits.max_file_bytes in config.toml)"),
    ("long.svg", svg("<rect/>" * 30), {"max_svg_bytes": 100},
     f"image 'long.svg' is {len(svg('<rect/>' * 30)):,} bytes; the limit for SVG is 100 "
     "(limits.max_svg_bytes in config.toml)"),
]


@pytest.mark.parametrize(("name", "data", "limits", "expected"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_inspect_image(tmp_path, name, data, limits, expected):
    (tmp_path / name).write_bytes(data)
    assert inspect_image(tmp_path / name, Limits(**limits)) == expected


def test_matplotlib_svg_with_its_doctype_passes(tmp_path):
    (tmp_path / "chart.svg").write_bytes(matplotlib_svg())
    assert b"<!DOCTYPE svg" in (tmp_path / "chart.svg").read_bytes()
    assert inspect_image(tmp_path / "chart.svg", LIMITS) is None


def test_a_special_file_is_refused_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")  # opening it to read would wait for a writer
    assert inspect_image(tmp_path / "pipe.png", LIMITS) == "image 'pipe.png' is not a regular file"


def test_pictures_are_judged_by_their_header_only(tmp_path, monkeypatch):
    def decode(self):
        raise AssertionError("a picture was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", decode)
    for name, data in [("big.png", png(17_000, 10_000)), ("locator.png", png(40, 30))]:
        (tmp_path / name).write_bytes(data)
    assert "17,000 x 10,000 pixels" in str(inspect_image(tmp_path / "big.png", LIMITS))
    assert inspect_image(tmp_path / "locator.png", LIMITS) is None


# check and build ----------------------------------------------------------------------------------------------

REFUSED = [  # (name, content, [limits] in config.toml, expected message)
    (name, data, "\n".join(f"{key} = {value}" for key, value in limits.items()), expected)
    for name, data, limits, expected in CASES if expected and name not in ("six.svg", "flat.svg")]


@pytest.mark.parametrize(("name", "data", "config", "expected"), REFUSED, ids=[r[0] for r in REFUSED])
def test_check_and_build_refuse_an_image_over_a_limit(run, workspace, name, data, config, expected):
    limits_config(workspace, config)
    brief_showing(workspace, {name: data}, f"A fact. ![The image]({name})")
    for command in ("check", "build"):
        result = run(command, SHOWN)
        assert result.exit_code == 1, result.output
        assert result.stderr.splitlines() == [f"{SHOWN}: facts[0].text: {expected} [B505]"], command
        assert "Traceback" not in result.output and SECRET not in result.output
    assert not (workspace / "out").exists()


def test_each_text_field_showing_a_refused_image_is_named(run, workspace):
    brief_showing(workspace, {"bomb.svg": use_bomb()}, "![A](bomb.svg) and again ![B](bomb.svg)")
    path = workspace / SHOWN
    path.write_text(path.read_text().replace("Nothing happened.", "Nothing happened. ![C](bomb.svg)"))
    result = run("check", SHOWN)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{SHOWN}: brief.summary: image 'bomb.svg' {ELEMENTS} [B505]",
                                          f"{SHOWN}: facts[0].text: image 'bomb.svg' {ELEMENTS} [B505]"]


def test_pillow_prints_nothing_of_its_own(workspace):
    """In a real process, where Pillow's DecompressionBombWarning would reach stderr (in check, or in the
    worker that lays out the PDF)."""
    brief_showing(workspace, {"big.png": png(17_000, 10_000)}, "![Too big](big.png)")
    expected = (f"{SHOWN}: facts[0].text: image 'big.png' is {17_000:,} x {10_000:,} pixels; the limit is "
                f"{LIMITS.max_image_pixels:,} {PIXELS} [B505]\n")
    for command in ("check", "build"):
        result = subprocess.run([sys.executable, "-m", "briefing", command, SHOWN], capture_output=True, text=True,
                                timeout=120)
        assert (result.returncode, result.stderr) == (1, expected), command
    assert not (workspace / "out").exists()


def test_small_images_still_build(run, workspace):
    inner = data_uri(png(8, 8))
    images = {"locator.png": png(40, 30),
              "sketch.svg": svg(f'<rect width="40" height="30" fill="#369"/><image href="{inner}" width="8" '
                                'height="8"/><text x="2" y="20" font-size="8">Sketch label</text>')}
    brief_showing(workspace, images, "A fact. ![A locator](locator.png) ![A sketch](sketch.svg)")
    result = run("build", SHOWN, "--strict")
    assert result.exit_code == 0, result.output
    assert image_count(workspace / "out" / "test.pdf") == 2  # the PNG, and the picture inside the SVG
    assert "Sketch label" in pdf_text(workspace / "out" / "test.pdf")


def test_the_engines_own_chart_passes_the_fetcher(run, workspace):
    """A chart is Matplotlib's SVG, DOCTYPE and all, read through the same fetcher as the brief's images."""
    series = '\n[[series]]\nfile = "losses.csv"\ntitle = "Reported losses"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + series)
    rows = [f"2025-09-{day:02d},Russia,killed,{100 + day},GS" for day in (1, 8, 15, 22)]
    (workspace / "briefs" / "test" / "losses.csv").write_text("\n".join(["date,party,kind,value,source", *rows]))
    result = run("build", SHOWN, "--strict")
    assert result.exit_code == 0, result.output
    assert [path.suffix for path in (workspace / "figures").glob("test-chart-*") if path.suffix != ".json"] == [".svg"]
    assert "Reported losses" in pdf_text(workspace / "out" / "test.pdf")


# the renderer's fetcher, for what reaches it without check --------------------------------------------------------

def test_the_fetcher_refuses_images_over_the_limits(run, workspace):
    """A template may show any file of the brief's folder, and an SVG may hold a picture as a data: URI: check
    sees neither, so the fetcher refuses them (B702) and WeasyPrint never decodes them."""
    limits_config(workspace, "build_seconds = 20")  # without the fetcher's limits, the bomb runs to it
    huge = png(30_000, 30_000)
    images = {"huge.png": huge, "bomb.svg": use_bomb(),
              "wrapper.svg": svg(f'<image href="{data_uri(huge)}" width="10" height="10"/>')}
    brief_showing(workspace, images, "![A wrapper](wrapper.svg)")
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text(
        '{% extends "default:brief.html" %}{% block summary %}<img src="huge.png"><img src="bomb.svg">'
        "{% endblock %}")
    assert run("check", SHOWN).exit_code == 0  # the wrapper itself is a small SVG
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    folder = (workspace / "briefs" / "test").as_uri()
    pixels = f"has more than {PILLOW_CAP:,} pixels; the limit is {LIMITS.max_image_pixels:,} {PIXELS}"
    assert sorted(line for line in result.stderr.splitlines() if "[B702]" in line) == sorted([
        f"warning: {SHOWN}: refused to fetch {folder}/huge.png: image 'huge.png' {pixels} [B702]",
        f"warning: {SHOWN}: refused to fetch {folder}/bomb.svg: image 'bomb.svg' {ELEMENTS} [B702]",
        f"warning: {SHOWN}: refused to fetch data:image/png;base64,...: image 'data:image/png;base64' {pixels} "
        "[B702]"])
    assert "Traceback" not in result.output
    assert image_count(workspace / "out" / "test.pdf") == 0
    assert run("build", SHOWN, "--strict").exit_code == 1


def test_the_renderer_keeps_pillows_warnings_to_itself(tmp_path, monkeypatch, recwarn):
    """A workspace may allow more pixels than Pillow's own default: Pillow then warns as WeasyPrint decodes."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)  # 40 x 30 pixels is past it, not past twice it
    (tmp_path / "locator.png").write_bytes(png(40, 30))
    rendered = render_pdf('<img src="locator.png">', tmp_path, [tmp_path], PdfOptions())
    assert [str(w.message) for w in recwarn if issubclass(w.category, Image.DecompressionBombWarning)] == []
    assert image_count(io.BytesIO(rendered.pdf)) == 1
    assert [p for p in rendered.problems if p.code == "B702"] == []


def test_a_picture_swapped_after_it_was_inspected_is_not_read(tmp_path, monkeypatch):
    """WeasyPrint reads a PNG's file again when it writes the PDF: it must use the bytes that were inspected."""
    from weasyprint.document import Document

    (tmp_path / "locator.png").write_bytes(png(40, 30, grey=0x80))
    write_pdf = Document.write_pdf

    def swap_then_write(self, *args, **kwargs):
        (tmp_path / "locator.png").write_bytes(png(40, 30, grey=0xFF))
        return write_pdf(self, *args, **kwargs)

    monkeypatch.setattr(Document, "write_pdf", swap_then_write)
    rendered = render_pdf('<img src="locator.png">', tmp_path, [tmp_path], PdfOptions())
    with pikepdf.open(io.BytesIO(rendered.pdf)) as document:
        [image] = [pikepdf.PdfImage(image) for page in document.pages for image in page.get_images().values()]
        assert image.as_pil_image().getpixel((0, 0)) == 0x80


# past the limits: the time limit --------------------------------------------------------------------------------

def test_an_svg_bomb_let_past_the_limits_is_stopped_by_the_time_limit(run, workspace):
    limits_config(workspace, f"max_svg_elements = {10 ** 15}\nbuild_seconds = 2")
    brief_showing(workspace, {"bomb.svg": use_bomb()}, "![Allowed, and too much](bomb.svg)")
    assert run("check", SHOWN).exit_code == 0
    result = run("build", SHOWN)
    assert result.exit_code == 1, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{SHOWN}: ") and "took longer than 2 s" in line and line.endswith("[B705]"), line
    assert not (workspace / "out").exists()


def test_a_damaged_picture_is_left_out_by_name(run, workspace):
    """Its header passes inspection, its pixels are garbage: the PDF is made without it and says which it was,
    instead of failing the whole rendering."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "grey").save(buffer, format="PNG")
    data = buffer.getvalue()
    header_end = data.index(b"IDAT") + 4
    write_brief(workspace, MINIMAL.replace('text = "A fact."', 'text = "A fact. ![a photo](broken.png)"'))
    (workspace / "briefs" / "test" / "broken.png").write_bytes(data[:header_end] + b"\0garbage" * 20)
    result = run("build", "briefs/test/brief.toml")
    assert result.exit_code == 0, result.output
    url = (workspace / "briefs" / "test" / "broken.png").resolve().as_uri()
    assert result.stderr == (f"warning: briefs/test/brief.toml: refused to fetch {url}: image 'broken.png' is "
                             "damaged: its header reads, its pixels do not [B702]\n")
