"""Files the engine writes: atomically, so a reader sees the old file or the new one, never half; and the
temporary files of a build that was killed mid-write, removed by the next."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

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
