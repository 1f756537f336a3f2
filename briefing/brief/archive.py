"""Archived copies of sources: a saved article as plain text, a web page or a PDF, kept in the brief's folder.
Each is read through `contained` (inside the folder, bounded), reduced to its text (the main text of a web page,
the text layer of a PDF), and that text is cached under the hash of the file's bytes, like every other artefact.
Nothing here reaches the network.

`normalise` is the one definition of what may differ between a quotation and its source: Unicode form, quote
marks and apostrophes, dashes and whitespace."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePath

from briefing import cache
from briefing.brief import contained
from briefing.config import Limits
from briefing.errors import BriefingError
from briefing.files import write_atomic
from briefing.offload import Offload, here

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_PDF_PAGES = 500
MAX_TEXT_CHARS = 2_000_000  # of extracted text: far more than any article or report

_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4"}
                        | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"}
                        | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


class Unreadable(BriefingError):
    """An archived copy whose text cannot be had: not UTF-8, not a PDF, a web page without main text (B901)."""


@dataclass(frozen=True)
class Archive:
    name: str                     # as the brief writes it
    path: Path                    # resolved, inside the brief's folder
    sha256: str                   # of the file's bytes
    paragraphs: tuple[str, ...]   # normalised, one line each
    lines: tuple[int, ...] = ()   # the line of its text on which each paragraph starts (1-based)

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]


def normalise(text: str) -> str:
    """One line: NFKC (so "…" is "...", a no-break space a space), curly quotes straight, dashes as "-",
    whitespace as single spaces. Case and every other character are kept."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()


def paragraphs(text: str) -> tuple[str, ...]:
    """The text's paragraphs (parted by blank lines), each normalised to one line."""
    return tuple(paragraph for _, paragraph in numbered(text))


def numbered(text: str) -> list[tuple[int, str]]:
    """(line it starts on, normalised paragraph) of each paragraph of the text."""
    found, line, position = [], 1, 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        part = text[position:end]
        if normalise(part):
            leading = len(part) - len(part.lstrip("\n"))  # newlines before its first line
            found.append((line + leading, normalise(part)))
        if match:
            line += text.count("\n", position, match.end())
            position = match.end()
    return found


def kind_of(name: str) -> str | None:
    return KINDS.get(PurePath(name).suffix.lower())


def read_archive(folder: Path, name: str, limits: Limits, cache_dir: Path | None = None,
                 offload: Offload = here) -> tuple[Archive, Path | None]:
    """The archived copy `name` in `folder`, and the cache file its text was kept in (None without a cache).
    A web page's or PDF's text is read through `offload` (the parsers are given untrusted bytes: in a worker,
    they are stopped at limits.archive_seconds). Raises contained.Refused (missing, outside, too large),
    Unreadable, or what `offload` raises when it stops the reading."""
    kind = kind_of(name)
    if kind is None:
        raise Unreadable(f"{name!r}: an archived copy is a .txt, .html or .pdf file")
    real = contained.locate(folder, name, limits.max_file_bytes)
    data = contained.read_real(real, repr(name), limits.max_file_bytes)
    digest = hashlib.sha256(data).hexdigest()
    cached = _cache_path(cache_dir, kind, digest) if cache_dir else None
    text = _read_cached(cached)
    if text is None:
        text = extract(data, kind, name) if kind == "text" else offload("archive", extract, data, kind, name)
        if cached is not None:
            try:
                write_atomic(cached, text.encode("utf-8"))
            except OSError:
                cached = None  # an unwritable cache only costs time
    parts = numbered(text)
    return Archive(name, real, digest, tuple(p for _, p in parts), tuple(n for n, _ in parts)), cached


def extract(data: bytes, kind: str, name: str) -> str:
    """The text of an archived copy: plain text as it is, a web page's main text, a PDF's text layer."""
    if kind == "html":
        text = _html_text(data, name)
    elif kind == "pdf":
        text = _pdf_text(data, name)
    else:
        text = _plain_text(data, name)
    if not text.strip():
        raise Unreadable(f"{name!r} holds no text")
    return text[:MAX_TEXT_CHARS]


def _plain_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(f"{name!r} is not UTF-8 text (byte {error.start})") from None


def _html_text(data: bytes, name: str) -> str:
    """The page's main text, without navigation, boxes and footers (trafilatura); paragraphs parted by blank
    lines."""
    import trafilatura

    try:
        text = trafilatura.extract(data.decode("utf-8", errors="replace"), include_comments=False,
                                   include_tables=True, favor_recall=True, deduplicate=False)
    except Exception:  # lxml and trafilatura raise many kinds on broken input; the user needs one line
        text = None
    if not text:
        raise Unreadable(f"{name!r}: no main text found in this web page")
    return "\n\n".join(text.splitlines())


def _pdf_text(data: bytes, name: str) -> str:
    """The text layer of each page (at most MAX_PDF_PAGES), pages parted as paragraphs. A scanned PDF without
    a text layer has none: it cannot be verified against."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise Unreadable(f"{name!r} has {len(reader.pages)} pages; an archived copy may have {MAX_PDF_PAGES}")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise Unreadable(f"{name!r} cannot be read as PDF ({type(error).__name__})") from None
    return "\n\n".join(pages)


def _cache_path(folder: Path, kind: str, digest: str) -> Path:
    key = cache.key("archive-text", {"kind": kind, "sha256": digest}, ["briefing.brief.archive"],
                    ["trafilatura", "pypdf"])
    return folder / f"archive-{key[:16]}.txt"


def _read_cached(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
