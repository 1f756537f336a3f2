"""Archived copies of sources: a saved article as plain text, a web page, a PDF, a Word document or an e-mail,
kept in the brief's folder. Each is read through `contained` (inside the folder, bounded), reduced to its text by
`archive_formats` (in a worker process for all but plain text), and that text is cached under the hash of the
file's bytes, like every other artefact. Nothing here reaches the network.

`normalise` is the one definition of what may differ between a quotation and its source: Unicode form, quote
marks and apostrophes, dashes and whitespace."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePath

from briefing import cache
from briefing.brief import contained
from briefing.brief.archive_formats import KINDS, Extracted, Unreadable, extract
from briefing.config import Limits
from briefing.files import write_atomic
from briefing.offload import Offload, here

_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4"}
                        | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"}
                        | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_PAIRED = re.compile(r"``|''")  # the double marks of wire copy and typewriters: ``We will never know,'' he said
_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*\s*$|[\"”]\s*$")


def _line_a_paragraph(text: str) -> bool:
    """Whether each line of a text with no blank line is a paragraph: most of its lines (all but a headline or
    two) end a sentence, as a page saved one paragraph a line does, and a wrapped text does not."""
    lines = [line for line in text.splitlines() if line.strip()]
    ended = sum(bool(_SENTENCE_END.search(line)) for line in lines)
    return len(lines) > 2 and ended >= 0.75 * len(lines)


@dataclass(frozen=True)
class Archive:
    name: str                     # as the brief writes it
    path: Path                    # resolved, inside the brief's folder
    sha256: str                   # of the file's bytes
    paragraphs: tuple[str, ...]   # normalised, one line each
    lines: tuple[int, ...] = ()   # the line of its text on which each paragraph starts (1-based)
    read_as: str = ""             # how its bytes were read, where a reader should know ("Windows-1252")
    title: str = ""               # the title the file gives itself (an e-mail's Subject)

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]


def normalise(text: str) -> str:
    """One line: NFKC (so "…" is "...", a no-break space a space), curly quotes straight (and a pair of backticks
    or apostrophes, as wire copy writes a double mark, one straight double mark), dashes as "-", whitespace as
    single spaces. Case and every other character are kept."""
    text = _PAIRED.sub('"', unicodedata.normalize("NFKC", text).translate(_QUOTES))
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str, saved_text: bool = False) -> tuple[str, ...]:
    """The text's paragraphs (parted by blank lines), each normalised to one line."""
    return tuple(paragraph for _, paragraph in numbered(text, saved_text))


def numbered(text: str, saved_text: bool = False) -> list[tuple[int, str]]:
    """(line it starts on, normalised paragraph) of each paragraph of the text: parted by blank lines, or, in a
    text file (`saved_text`; not a PDF's lines), by line ends where no blank line parts any and its lines end
    sentences (a page saved one paragraph a line), not where they are wrapped."""
    found, line, position = [], 1, 0
    by_line = saved_text and not _PARAGRAPH_BREAK.search(text) and _line_a_paragraph(text)
    breaks = _LINE_BREAK if by_line else _PARAGRAPH_BREAK
    for match in [*breaks.finditer(text), None]:
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
    Every format but plain text is read through `offload` (the parsers are given untrusted bytes: in a worker,
    they are stopped at limits.archive_seconds). Raises contained.Refused (missing, outside, too large),
    Unreadable, or what `offload` raises when it stops the reading."""
    kind = kind_of(name)
    if kind is None:
        raise Unreadable(f"{name!r}: an archived copy is a .txt, .html, .pdf, .docx or .eml file")
    real = contained.locate(folder, name, limits.max_file_bytes)
    data = contained.read_real(real, repr(name), limits.max_file_bytes)
    digest = hashlib.sha256(data).hexdigest()
    cached = _cache_path(cache_dir, kind, digest) if cache_dir else None
    found = _read_cached(cached)
    if found is None:
        found = extract(data, kind, name, limits.max_file_bytes) if kind == "text" else \
            offload("archive", extract, data, kind, name, limits.max_file_bytes)
        if cached is not None:
            try:
                write_atomic(cached, json.dumps(vars(found), ensure_ascii=False).encode("utf-8"))
            except OSError:
                cached = None  # an unwritable cache only costs time
    parts = numbered(found.text, saved_text=kind == "text")
    return Archive(name, real, digest, tuple(p for _, p in parts), tuple(n for n, _ in parts), found.read_as,
                   found.title), cached


def _cache_path(folder: Path, kind: str, digest: str) -> Path:
    key = cache.key("archive-text", {"kind": kind, "sha256": digest},
                    ["briefing.brief.archive", "briefing.brief.archive_formats", "briefing.brief.charsets"],
                    ["trafilatura", "pypdf"])
    return folder / f"archive-{key[:16]}.json"


def _read_cached(path: Path | None) -> Extracted | None:
    if path is None:
        return None
    try:
        return Extracted(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
