"""Markdown in briefs: raw HTML shown as text, links only to http(s)/mailto, images only from the workspace.

Brief text is pasted from news sites and messaging channels: nothing in it may make the renderer read a file
or reach the network. Offending markup is printed as text, and `check` reports it with its key path.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt

LINK_SCHEMES = ("http", "https", "mailto")
RAW_HTML = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")


def link_allowed(url: str) -> bool:
    """http and https to a host, or mailto: nothing a PDF viewer would run, open locally, or resolve against
    the build machine's folders."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    return scheme == "mailto" or (scheme in ("http", "https") and bool(parts.netloc))


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
    # judged by _neutralise, which also lets check report it (replaced on the instance, as markdown-it allows)
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.core.ruler.push("briefing_neutralise", _neutralise)
    return md


MD = markdown()
