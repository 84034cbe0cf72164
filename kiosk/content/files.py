"""Reading a file of the content folder safely: only a regular file, never more than a limit.

A named pipe opened for reading blocks until someone writes to it, and ``/dev/zero`` never ends,
so neither may be opened the ordinary way. :func:`read_regular` opens without blocking, looks at
what it opened (not at the name, which could change in between), and reads at most ``limit + 1``
bytes. Its refusals are :class:`OSError`\\ s with a plain ``strerror``, so every caller's existing
"cannot read …: <reason>" message says what is wrong.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


class NotRegularFile(OSError):
    """The path is a pipe, a device, a socket or a folder."""


class FileTooLarge(OSError):
    """The file is over the limit for its kind."""


def kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (following links), at most ``limit`` of them.

    Raises :class:`NotRegularFile` or :class:`FileTooLarge` (both OSError), or the OSError of
    opening or reading."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, f"it is {kind(st.st_mode)}, not a file", str(path))
        if st.st_size > limit:
            raise FileTooLarge(
                errno.EFBIG, f"the file is {st.st_size / 1048576:.1f} MiB; the limit is {limit / 1048576:.0f} MiB"
            )
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while being read
            raise FileTooLarge(errno.EFBIG, f"the file is over the limit of {limit / 1048576:.0f} MiB")
        return data
    finally:
        os.close(fd)


def is_regular(path: Path | str) -> bool:
    """Whether ``path`` (following links) is a regular file; never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
