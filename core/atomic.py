"""Atomic file writes: a temporary file in the same folder, flushed and fsynced, then ``os.replace``.

A failed write leaves the earlier file whole and raises :class:`WriteError` saying why in the user's terms
(no permission, disk full, file held open by another program).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Callable

from core.errors import WriteError, describe_os_error


def atomic_write(path: str | os.PathLike, write: Callable[[IO[bytes]], None]) -> None:
    """Call ``write(fileobj)`` on a temporary file beside ``path`` and move it into place atomically."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(str(target), "write_failed", reason=describe_os_error(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions the user gave the earlier file.
            try:
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except OSError as exc:
        _discard(tmp_name)
        raise WriteError(str(target), "write_failed", reason=describe_os_error(exc)) from exc
    except BaseException:
        _discard(tmp_name)
        raise


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    atomic_write(path, lambda handle: handle.write(data))


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _discard(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
