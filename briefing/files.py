"""Files the engine writes: atomically, so a reader sees the old file or the new one, never half; and the
temporary files of a build that was killed mid-write, removed by the next."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from briefing.workspace import shown_path

# .<target name>.<pid of the writer>.<random>.tmp, beside the target
TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.tmp$")


def write_atomic(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: a reader sees the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_new(target: Path, text: str) -> None:
    """Write `text` to `target`, a file that must not exist yet (nor be made by another process meanwhile), making
    its folder if need be; OSError if it cannot (`cannot_write` says why in one line)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as stream:
        stream.write(text)


def cannot_write(target: Path, error: OSError) -> str:
    """One line on why `target` could not be written: what stands in the way (a file where a folder should be),
    else the system's reason; never a traceback."""
    why = unwritable(target.parent) if isinstance(error, (FileExistsError, NotADirectoryError)) else None
    return f"cannot write {shown_path(target)}: {why or error.strerror or type(error).__name__}"


def unwritable(folder: Path) -> str | None:
    """Why files cannot be written into `folder` (made first if missing), or None if they can: a file where
    it or a folder above it should be, a folder without write permission. Nothing is made or written."""
    probe = folder.absolute()
    while True:
        try:
            status = probe.stat()
        except (FileNotFoundError, NotADirectoryError):
            if probe.parent == probe:
                return None
            probe = probe.parent
            continue
        except (OSError, ValueError) as error:  # a loop of symbolic links, a NUL character
            return f"{shown_path(probe)}: {getattr(error, 'strerror', None) or type(error).__name__}"
        if not stat.S_ISDIR(status.st_mode):
            return f"{shown_path(probe)} is a file, not a folder"
        if not os.access(probe, os.W_OK | os.X_OK):
            return f"{shown_path(probe)} is not writable (permission denied)"
        return None


def remove_orphans(folder: Path) -> None:
    """Delete the temporary files in `folder` whose writer is no longer running (a build killed mid-write);
    those of a build still running are left alone."""
    try:
        entries = list(folder.glob(".*.tmp"))
    except OSError:
        return
    for entry in entries:
        match = TEMPORARY.match(entry.name)
        if match and not _running(int(match["pid"])):
            entry.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _umask() -> int:
    """The process umask (mkstemp creates files readable by their owner only)."""
    current = os.umask(0)
    os.umask(current)
    return current
