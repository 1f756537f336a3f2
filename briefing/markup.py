"""Markdown in briefs: raw HTML shown as text, links only to http(s)/mailto, images only from the workspace.

Brief text is pasted from news sites and messaging channels: nothing in it may make the renderer read a file
or reach the network. Offending markup is printed as text, and `check` reports it with its key path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.model import Brief
from briefing.validation import iter_texts

LINK_SCHEMES = ("http", "https", "mailto")
_RAW_HTML = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")


def link_allowed(url: str) -> bool:
    return urlsplit(url.strip()).scheme.lower() in LINK_SCHEMES


def image_allowed(src: str) -> bool:
    """A relative path (resolved from the brief's folder); the PDF fetcher still checks where it leads."""
    parts = urlsplit(src.strip())
    return not parts.scheme and not parts.netloc and not PurePosixPath(unquote(parts.path)).is_absolute()


def _neutralise(state) -> None:
    """Core rule: a disallowed link keeps its words and loses its target; a disallowed image becomes its alt text."""
    for token in state.tokens:
        removing = False  # CommonMark links do not nest
        for child in token.children or []:
            if child.type == "link_open":
                removing = not link_allowed(child.attrGet("href") or "")
                if removing:
                    child.type, child.meta["removed"] = "text", True
            elif child.type == "link_close" and removing:
                child.type, removing = "text", False
            elif child.type == "image" and not image_allowed(child.attrGet("src") or ""):
                child.type = "text"


def markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": True})
    md.enable("smartquotes")
    md.validateLink = lambda url: True  # judged by _neutralise, which also lets check report it
    md.core.ruler.push("briefing_neutralise", _neutralise)
    return md


MD = markdown()


def markdown_texts(brief: Brief) -> Iterator[tuple[str, str]]:
    """(key path, text) of every field that takes Markdown."""
    yield "brief.summary", brief.brief.summary
    keyed = [("facts", "text", brief.facts), ("sections", "body", brief.sections),
             ("timeline", "text", brief.timeline), ("places", "note", brief.places)]
    for name, attribute, items in keyed:
        for i, item in enumerate(items):
            yield f"{name}[{i}].{attribute}", getattr(item, attribute)


def markup_warnings(brief: Brief, shown: str, folder: Path, allowed: list[Path]) -> list[str]:
    """What in the brief's text is printed as text instead of being followed, each with its key path."""
    warnings = []
    for key, text in iter_texts(brief):
        for tag in dict.fromkeys(m.group(1).lower() for m in _RAW_HTML.finditer(text)):
            warnings.append(f"{shown}: {key}: raw HTML <{tag}> is printed as text, not interpreted")
    for key, text in markdown_texts(brief):
        for token in _inline_tokens(MD.parse(text)):
            warnings.extend(f"{shown}: {key}: {problem}" for problem in _token_problems(token, folder, allowed))
    return warnings


def _inline_tokens(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield from token.children or []


def _token_problems(token: Token, folder: Path, allowed: list[Path]) -> list[str]:
    if token.meta.get("removed"):
        return [f"link to {token.attrGet('href')!r} is not allowed (only {', '.join(LINK_SCHEMES)}); printed as text"]
    src = token.attrGet("src") if token.type == "image" else None
    if token.type == "text" and token.attrGet("src"):
        return [f"image {token.attrGet('src')!r} is not a file inside the workspace; only its description is printed"]
    if src is not None:
        real = (folder / unquote(urlsplit(src).path)).resolve()
        if not any(real.is_relative_to(root.resolve()) for root in allowed):
            return [f"image {src!r} is outside the workspace; it will not be read"]
        if not real.is_file():
            return [f"image {src!r}: no such file"]
    return []
