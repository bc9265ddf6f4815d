"""Files in and out safely: atomic writes (a temporary file in the same folder, flushed and fsynced, then
``os.replace``) and the check every reader makes first (only a regular file is read: a FIFO would block forever).

A failed write leaves the earlier file whole and raises :class:`WriteError` saying why in the user's terms
(no permission, disk full, file held open by another program). A target that is not a regular file — a link, a
device such as ``/dev/null``, a folder, a pipe — is refused, never replaced. Temporary files a killed write left
behind are swept by the next write of the same file.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path
from typing import IO, Callable

from core.errors import Field, TokenQuoteError, WriteError, describe_os_error

STALE_TEMP_SECONDS = 15 * 60   # a temporary file this old belongs to no write still running
_PREFIX_CHARS = 100            # the temporary name stays within the 255 bytes a file name may have


def file_kind(mode: int) -> Field | None:
    """None for a regular file; else what it is, in words (a link, a folder, a device, a pipe)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return Field("kind_link")
    if stat.S_ISDIR(mode):
        return Field("kind_folder")
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return Field("kind_pipe")
    return Field("kind_device")


def path_kind(path: Path, error: type[TokenQuoteError]) -> str | None:
    """What is at ``path`` (links followed): ``"file"``, ``"folder"`` or ``"other"``; None when nothing is there.

    ``Path.exists()`` and ``is_dir()`` raise for a name the system cannot look up at all (longer than the disk
    allows, a folder on the way without permission): here that is ``error`` naming the path and why, never an
    ``OSError`` escaping a check."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        from core.errors import read_reason
        raise error(str(path), "file_unreadable", reason=read_reason(exc)) from None
    if stat.S_ISREG(mode):
        return "file"
    return "folder" if stat.S_ISDIR(mode) else "other"


def check_readable(path: Path, error: type[TokenQuoteError]) -> int:
    """The size of ``path`` if it is a regular file (following links); else ``error`` naming the file."""
    try:
        info = path.stat()
    except OSError as exc:
        from core.errors import read_reason
        raise error(str(path), "file_unreadable", reason=read_reason(exc)) from None
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise error(str(path), "not_a_regular_file", kind=kind)
    return info.st_size


def _refuse_special_target(target: Path) -> None:
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(str(target), "write_failed", reason=describe_os_error(exc)) from exc
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise WriteError(str(target), "not_a_regular_file", kind=kind)
    # A file its owner made read-only is not replaced behind their back: the move into place would succeed (it
    # needs only the folder), even for root, so the file's own mode is asked too.
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteError(str(target), "write_read_only")


def _sweep(folder: Path, prefix: str) -> None:
    """Remove temporary files of this target that a killed write left behind (old enough to be nobody's)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        for leftover in folder.glob(f"{prefix}*.tmp"):
            try:
                if leftover.lstat().st_mtime < cutoff and stat.S_ISREG(leftover.lstat().st_mode):
                    leftover.unlink()
            except OSError:
                pass
    except OSError:
        pass


def check_writable(path: str | os.PathLike) -> None:
    """Raise the WriteError :func:`atomic_write` would raise for ``path`` before it wrote a byte: a link, folder,
    device or read-only file in the way, or a folder that does not exist or takes no new file (tried with a
    temporary file, as the write itself would). When one command writes two files, both are checked first, so a
    second that cannot be written does not leave the first written (or an earlier one replaced)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _refuse_special_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:_PREFIX_CHARS]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(str(target), "write_failed", reason=describe_os_error(exc)) from exc
    os.close(fd)
    _discard(tmp_name)


def atomic_write(path: str | os.PathLike, write: Callable[[IO[bytes]], object]) -> None:
    """Call ``write(fileobj)`` on a temporary file beside ``path`` and move it into place atomically."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _refuse_special_target(target)
    prefix = f".{target.name[:_PREFIX_CHARS]}."
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
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
        _sweep(folder, prefix)
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


def fingerprint(path: str | os.PathLike) -> tuple[int, str] | None:
    """(size, SHA-256) of a file as it is on disk now, or None if there is none: what a window remembers when it
    opens or saves a file, to tell later whether someone else wrote it meanwhile (another TokenQuote window)."""
    import hashlib

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return len(data), hashlib.sha256(data).hexdigest()
