"""The brief's text: no template text left in (B105), bounded (B301), free of control characters and
bidirectional controls (B302), printable in the brief's fonts (B303), and its markup printed as text where it
would reach outside the brief (B304-B306)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token

from briefing.brief import contained
from briefing.brief.checks import Context, rule
from briefing.brief.markup import LINK_SCHEMES, MD, RAW_HTML
from briefing.brief.scaffold import is_template_text
from briefing.errors import Problem, warning
from briefing.fonts import coverage
from briefing.schema import iter_texts, unsafe_character

INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}  # controls and format characters: nothing to draw
MARKDOWN = [("brief", "summary"), ("facts", "text"), ("sections", "body"), ("timeline", "text"),
            ("places", "note")]  # the fields that take Markdown


@rule
def length_and_controls(context: Context) -> Iterator[Problem]:
    """Text fields that are too long, or hold control characters (pasted terminal output, binary junk)."""
    limit = context.config.limits.max_text_chars
    for key, text in iter_texts(context.loaded.raw):
        if len(text) > limit:
            yield Problem("B301", context.shown, key, f"is {len(text):,} characters long; the limit is {limit:,} "
                                                      "(limits.max_text_chars in config.toml)")
        unsafe = unsafe_character(text)
        if unsafe:
            yield Problem("B302", context.shown, key, unsafe)


@rule
def template_text(context: Context) -> Iterator[Problem]:
    """Template text that `briefing new` or `briefing draft` wrote for the author, left in: no brief goes out
    with it."""
    for key, text in iter_texts(context.loaded.raw):
        if is_template_text(text):
            shown = text.strip() if len(text.strip()) <= 40 else text.strip()[:37] + "...]"
            yield Problem("B105", context.shown, key, f"template text {shown!r}: replace it with the brief's own "
                                                      "words, or remove the entry")


@rule
def missing_glyphs(context: Context) -> Iterator[Problem]:
    """One warning per text field holding characters no face covers, naming each character once."""
    covered = coverage()
    for key, text in iter_texts(context.loaded.raw):
        missing = dict.fromkeys(c for c in text if ord(c) not in covered and unicodedata.category(c) not in INVISIBLE)
        if missing:
            names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')} ({c})" for c in missing)
            yield warning("B303", context.shown, key, f"no font for {names}")


@rule
def markup_printed_as_text(context: Context) -> Iterator[Problem]:
    """What in the brief's text is printed as text instead of being followed, each with its key path."""
    for key, text in iter_texts(context.loaded.raw):
        for tag in dict.fromkeys(m.group(1).lower() for m in RAW_HTML.finditer(text)):
            yield warning("B304", context.shown, key, f"raw HTML <{tag}> is printed as text, not interpreted")
    for key, text in _markdown_texts(context):
        for token in (child for block in MD.parse(text) for child in block.children or []):
            yield from _token_problems(context, key, token)


def _markdown_texts(context: Context) -> Iterator[tuple[str, str]]:
    yield "brief.summary", context.loaded.text("brief.summary")
    for section, name in MARKDOWN[1:]:
        for i, table in context.loaded.tables(section):
            if isinstance(table.get(name), str):
                yield f"{section}[{i}].{name}", table[name]


def _token_problems(context: Context, key: str, token: Token) -> Iterator[Problem]:
    shown = context.shown
    if token.meta.get("removed"):
        yield warning("B305", shown, key, f"link to {token.attrGet('href')!r} is not allowed "
                                          f"(only {', '.join(LINK_SCHEMES)}); printed as text")
    elif token.type == "text" and token.attrGet("src"):
        yield warning("B306", shown, key, f"image {token.attrGet('src')!r} is not a file inside the workspace; "
                                          "only its description is printed")
    elif token.type == "image":
        src = str(token.attrGet("src"))
        try:
            real = contained.resolved(context.loaded.folder / unquote(urlsplit(src).path), f"image {src!r}")
        except contained.Refused as refused:
            yield warning("B306", shown, key, f"{refused}; it will not be read")
            return
        if not any(real.is_relative_to(Path(root).resolve()) for root in context.allowed):
            yield warning("B306", shown, key, f"image {src!r} is outside the workspace; it will not be read")
        elif not real.is_file():
            yield warning("B306", shown, key, f"image {src!r}: no such file")
