"""Images in the brief's Markdown must be within the limits on what may be decoded (B505). That means a regular
file within limits.max_file_bytes, a picture within limits.max_image_pixels, and an SVG within
limits.max_svg_bytes and limits.max_svg_elements that declares no entities. An image outside the workspace or
missing is text.py's to report (B306)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing.brief import contained
from briefing.brief.checks import Context, rule
from briefing.brief.checks.text import _markdown_texts
from briefing.brief.images import inspect_image
from briefing.brief.markup import MD
from briefing.errors import Problem


@rule
def image_limits(context: Context) -> Iterator[Problem]:
    """One error for each Markdown image over a limit, in each text field that shows it."""
    refusals: dict[Path, str | None] = {}
    for key, src, path in dict.fromkeys(markdown_images(context)):
        if path is None or not path.is_file():
            continue
        if path not in refusals:
            refusals[path] = inspect_image(path, context.config.limits, src)
        if refusals[path]:
            yield Problem("B505", context.shown, key, str(refusals[path]))


def markdown_images(context: Context) -> Iterator[tuple[str, str, Path | None]]:
    """Each image the brief's Markdown shows, with the key path of its text field, its address as written, and
    the file it names. The file is None when it is outside the folders images may come from."""
    for key, text in _markdown_texts(context):
        for token in (child for block in MD.parse(text) for child in block.children or []):
            if token.type == "image":
                src = str(token.attrGet("src"))
                try:
                    real = contained.resolved(context.loaded.folder / unquote(urlsplit(src).path), repr(src))
                except contained.Refused:
                    yield key, src, None  # text.py says why
                    continue
                inside = any(real.is_relative_to(Path(root).resolve()) for root in context.allowed)
                yield key, src, real if inside else None
