"""The files a brief names are untrusted: each must be a regular file inside the brief's folder (after following
symbolic links) and no larger than limits.max_file_bytes. Every reader of a named file goes through `read`, so
nothing outside the folder reaches a message, a figure, a sidecar or an attachment."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePath

from briefing.errors import BriefingError


class Refused(BriefingError):
    """A named file that may not be read; the message names the file as written, never its content. The code
    is B501 for a missing file, B506 for one outside the folder, not a regular file, or too large."""

    def __init__(self, message: str, code: str = "B506"):
        super().__init__(message)
        self.code = code


def locate(folder: Path, name: str, max_bytes: int) -> Path:
    """The real path of `name` (as written in the brief) inside `folder`, or Refused saying why not."""
    if PurePath(name).is_absolute() or name.startswith("~"):
        raise Refused(f"{name!r} is an absolute path: a brief's files must be inside its folder")
    root = resolved(folder, repr(str(folder)))
    real = resolved(root / name, repr(name))
    if not real.is_relative_to(root):
        through = "a symbolic link to " if _has_link(root, name) else ""
        raise Refused(f"{name!r} is {through}a file outside the brief's folder")
    try:
        status = real.stat()
    except FileNotFoundError:
        raise Refused(f"no such file: {name}", "B501") from None
    except OSError as exc:
        raise Refused(_unreadable(repr(name), exc)) from None
    if not stat.S_ISREG(status.st_mode):
        raise Refused(f"{name!r} is not a regular file")
    if status.st_size > max_bytes:
        raise Refused(_too_large(repr(name), status.st_size, max_bytes))
    return real


def resolved(path: Path, shown: str) -> Path:
    """`path` with its symbolic links followed, or Refused naming it as `shown`: a name with a NUL character
    (which no file has), a loop of symbolic links, a name too long. A missing file is no refusal here."""
    if "\0" in str(path):
        raise Refused(f"{shown} is not a file name: it holds a NUL character")
    try:
        return path.resolve()
    except RuntimeError:  # Python before 3.13 says a loop so
        raise Refused(f"{shown} is a loop of symbolic links") from None
    except (OSError, ValueError) as exc:
        raise Refused(_unreadable(shown, exc)) from None


def _unreadable(shown: str, error: Exception) -> str:
    if isinstance(error, OSError) and error.errno == errno.ELOOP:
        return f"{shown} is a loop of symbolic links"
    return f"{shown} cannot be read ({getattr(error, 'strerror', None) or type(error).__name__})"


def read(folder: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of `name` inside `folder`, checked as `locate` does, and checked again on the open file (it may
    have been swapped since): at most `max_bytes` are ever read."""
    return read_real(locate(folder, name, max_bytes), repr(name), max_bytes)


def read_real(real: Path, shown: str, max_bytes: int) -> bytes:
    """The bytes of the regular file at `real` (a resolved path), at most `max_bytes` of them, checked again once
    open; a special file is never opened for reading (it could block). `shown` names it in messages."""
    try:
        status = real.stat()
        if not stat.S_ISREG(status.st_mode):
            raise Refused(f"{shown} is not a regular file")
        if status.st_size > max_bytes:
            raise Refused(_too_large(shown, status.st_size, max_bytes))
        handle = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise Refused(f"{shown}: no such file", "B501") from None
    except (OSError, ValueError) as exc:
        raise Refused(_unreadable(shown, exc)) from None
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise Refused(f"{shown} is not a regular file")
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Refused(_too_large(shown, None, max_bytes))
    return data


def _too_large(shown: str, size: int | None, limit: int) -> str:
    """`size` is None for a file that grew while it was read: only that it passed the limit is known."""
    amount = f"{size:,} bytes; the limit is {limit:,}" if size is not None else f"over {limit:,} bytes"
    return f"{shown} is {amount} (limits.max_file_bytes in config.toml)"


def _has_link(root: Path, name: str) -> bool:
    """Whether a part of `name` under `root` is a symbolic link (for the wording of the refusal)."""
    path = root
    for part in PurePath(name).parts:
        path = path / part
        if path.is_symlink():
            return True
    return False
