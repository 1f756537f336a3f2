"""`briefing next`: next week's brief, written from this one.

The new folder sits beside this brief's, named by slug and date ("pokrovsk-2025-11-04"), and is never written
over. Its brief.toml is this one's text with `as_of` moved (by default a week on) and `previous` pointing back;
every comment and entry is kept, for the author to edit. The data files the brief names are copied. Relative time
words ("on Sunday", "yesterday", "last week") are kept as written, never turned into guessed dates, and each is
listed as a warning to review (B807)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing import formatting
from briefing.brief import contained
from briefing.brief.load import Loaded, data_files, load
from briefing.brief.relative import relative_texts
from briefing.config import Limits
from briefing.errors import BriefingError, Problem, ValidationFailed, warning
from briefing.files import cannot_write, write_new
from briefing.workspace import shown_path

WEEK = dt.timedelta(days=7)
_DATED_SLUG = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_TABLE = re.compile(r"^\s*\[")
_KEY = r"^(\s*{}\s*=\s*)(.*)$"


@dataclass(frozen=True)
class Successor:
    path: Path  # the new brief.toml
    copied: list[Path]
    warnings: list[Problem]


def write_next(brief_path: Path, shown: str, limits: Limits, as_of: dt.datetime | None = None,
               slug: str | None = None) -> Successor:
    """Write the brief that follows `brief_path`; raise BriefingError if it is not a valid brief or the folder
    for the new one exists."""
    loaded = load(brief_path, shown, limits)
    if loaded.brief is None:
        raise ValidationFailed(loaded.problems)
    moved = as_of or loaded.brief.brief.as_of + WEEK
    if moved.tzinfo is None:
        raise BriefingError(f"--as-of {moved.isoformat()}: give a time zone, e.g. {moved.isoformat()}Z")
    base = slug or _DATED_SLUG.sub("", loaded.folder.name)
    folder = loaded.folder.parent / f"{base}-{moved.date().isoformat()}"
    text = successor_text(loaded.path.read_text(encoding="utf-8"), moved, f"../{loaded.folder.name}/brief.toml")
    target = folder / "brief.toml"
    try:
        folder.mkdir()
    except FileExistsError:
        raise BriefingError(f"{shown_path(folder)}: already exists; nothing was written (choose --slug or "
                            "--as-of, or edit that brief)") from None
    except OSError as error:
        raise BriefingError(cannot_write(target, error)) from None
    try:
        write_new(target, text)
        copied = _copy_data(loaded, folder, limits)
    except OSError as error:  # the disk filled, a data file went away: what was written stays, as it says
        raise BriefingError(f"cannot write into {shown_path(folder)} ({error.strerror}); it holds what was written "
                            "before") from None
    return Successor(target, copied, review_words(loaded, shown_path(target)))


def successor_text(text: str, as_of: dt.datetime, previous: str) -> str:
    """The brief's TOML with [brief] as_of set to `as_of` and previous to `previous`; nothing else touched."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == "[brief]"), None)
    if start is None:
        raise BriefingError("the brief has no [brief] table on a line of its own; write the next brief by hand")
    end = next((i for i in range(start + 1, len(lines)) if _TABLE.match(lines[i])), len(lines))
    stamp = as_of.isoformat().replace("+00:00", "Z")
    quoted = '"' + previous.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines, found = _set_key(lines, start, end, "as_of", stamp)
    if not found:
        raise BriefingError("the brief's as_of is not on a line of its own in [brief]; write the next brief by hand")
    lines, found = _set_key(lines, start, end, "previous", quoted)
    if not found:
        at = next(i for i in range(start, end) if re.match(_KEY.format("as_of"), lines[i]))
        lines.insert(at + 1, f"previous = {quoted}\n")
    written = "".join(lines)
    parsed = tomllib.loads(written)["brief"]
    if parsed.get("as_of") != as_of or parsed.get("previous") != previous:
        raise BriefingError("could not set as_of and previous in the brief's text; write the next brief by hand")
    return written


def _set_key(lines: list[str], start: int, end: int, key: str, value: str) -> tuple[list[str], bool]:
    pattern = re.compile(_KEY.format(re.escape(key)))
    for i in range(start + 1, end):
        match = pattern.match(lines[i])
        if match:
            comment = re.search(r"\s+#.*$", match.group(2)) if key == "as_of" else None
            lines[i] = f"{match.group(1)}{value}{comment.group(0) if comment else ''}\n"
            return lines, True
    return lines, False


def _copy_data(loaded: Loaded, folder: Path, limits: Limits) -> list[Path]:
    """The data files the brief names, copied to the same place in the new folder (only those inside the
    brief's folder: the others are the check's to report)."""
    copied = []
    for _, name in data_files(loaded):
        try:
            real = contained.locate(loaded.folder, name, limits.max_file_bytes)
        except contained.Refused:
            continue
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(real, target)
            copied.append(target)
    return copied


def review_words(loaded: Loaded, shown: str) -> list[Problem]:
    """One warning per text with relative time words: they meant days before the previous as_of."""
    assert loaded.brief is not None
    when = formatting.dtg(loaded.brief.brief.as_of)
    return [warning("B807", shown, key, f"{_quoted(words)} was written as of {when}: review it for this brief "
                                        "(kept as written, never turned into a date)")
            for key, _, words in relative_texts(loaded.raw, present=True)]


def _quoted(words: list[str]) -> str:
    return ", ".join(f'"{word}"' for word in words)
