"""Is a database file on a network share? SQLite must not be used there. No Qt here.

SQLite's documentation (https://www.sqlite.org/useovernet.html, and "How To Corrupt An SQLite
Database File" §2) warns that file locking over network file systems (SMB/CIFS, NFS, …) is often
broken, so two PCs writing through a share can corrupt the file, and that WAL mode needs shared
memory on one host, so it does not work over a network at all. A database on a share is refused
with a way forward: keep the file on this PC, or use a PostgreSQL server for several PCs.

`network_location(path)` says why a path is a network location, or None:

- Windows: a UNC path (\\\\server\\share\\…, //server/share/…, \\\\?\\UNC\\server\\share\\…), or a
  drive letter that Windows reports as a network drive (GetDriveTypeW == DRIVE_REMOTE).
- Linux: the file system its folder is mounted from (/proc/mounts, the longest mount point
  that contains the folder) is a network one: NFS, SMB/CIFS, sshfs, 9p, …
- Elsewhere (macOS), or when the mounts cannot be read: None (not known to be a share).

The pure parts take their inputs (`mounts_text`, `drive_type`, `windows`) so tests can give a
fake Windows drive or a fake mount table.
"""
from __future__ import annotations

import ntpath
import os
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from services.core.environment import DatabaseProblem

DRIVE_REMOTE = 4  # GetDriveTypeW: "The drive is a remote (network) drive."

# File system types (the third field of /proc/mounts) that reach another machine.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs", "coda", "ceph", "glusterfs",
    "lustre", "davfs", "beegfs", "gpfs", "orangefs", "pvfs2",
    "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.rclone", "fuse.davfs2",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.lizardfs",
    "fuse.moosefs", "fuse.juicefs", "fuse.gvfsd-fuse",
})

_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def network_location(path: str | Path, *, windows: bool | None = None,
                     drive_type: Callable[[str], int] | None = None,
                     mounts_text: str | None = None) -> str | None:
    """Why `path` (a database file) is on a network share, or None when it is not (or it cannot
    be told). `windows` picks the rules (default: this computer's); `drive_type(root)` answers
    like GetDriveTypeW for "Z:\\"; `mounts_text` stands for /proc/mounts."""
    if windows is None:
        windows = os.name == "nt"
    if windows:
        return _windows_location(str(path), drive_type or _get_drive_type)
    if mounts_text is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="surrogateescape") as file:
                mounts_text = file.read()
        except OSError:  # not Linux (macOS), or no /proc: not known to be a share
            return None
        folder = os.path.dirname(os.path.realpath(os.fspath(path)))
    else:  # a test's mount table: the path is taken as written, not looked up on this disk
        folder = posixpath.dirname(posixpath.normpath(posixpath.join("/", os.fspath(path))))
    return _mount_location(folder, parse_mounts(mounts_text))


def refuse_network_share(db: str | Path) -> None:
    """Raise DatabaseProblem("network_share", why) for an SQLite file on a network share; a
    server URL (PostgreSQL) or an in-memory database passes."""
    text = str(db)
    if "://" in text:
        from sqlalchemy.engine import make_url

        url = make_url(text)
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return
        text = url.database
    where = network_location(os.path.expanduser(text))
    if where is not None:
        raise DatabaseProblem("network_share", where)


# -- Windows ----------------------------------------------------------------------------------
def _windows_location(text: str, drive_type: Callable[[str], int]) -> str | None:
    drive, _rest = ntpath.splitdrive(text)
    if not drive and os.name == "nt":  # a relative path: where it really is
        drive, _rest = ntpath.splitdrive(os.path.abspath(text))
    unified = drive.replace("/", "\\")
    upper = unified.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return f"UNC path \\\\{unified[8:]}"
    if upper.startswith(("\\\\?\\", "\\\\.\\")):  # \\?\C:\… : a local drive, long-path form
        unified = unified[4:]
    elif unified.startswith("\\\\"):
        return f"UNC path {unified}"
    if len(unified) == 2 and unified[1] == ":":
        root = unified.upper() + "\\"
        if drive_type(root) == DRIVE_REMOTE:
            return f"network drive {unified.upper()}"
    return None


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


# -- Linux ------------------------------------------------------------------------------------
def parse_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, fs type) for each line of /proc/mounts, octal escapes decoded
    (a space in a mount point is written \\040, a backslash \\134)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            device, point, fs_type = (_unescape(field) for field in fields[:3])
            mounts.append((device, point, fs_type))
    return mounts


def _unescape(field: str) -> str:
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def _mount_location(folder: str, mounts: list[tuple[str, str, str]]) -> str | None:
    """The network file system the folder lives on: the last-mounted of the longest mount
    points containing it decides (a later mount hides an earlier one at the same place)."""
    best: tuple[str, str, str] | None = None
    for device, point, fs_type in mounts:
        if _contains(point, folder) and (best is None or len(point) >= len(best[1])):
            best = (device, point, fs_type)
    if best is None:
        return None
    device, point, fs_type = best
    if fs_type.lower() in NETWORK_FS_TYPES:
        return f"{fs_type} mount of {device} at {point}"
    return None


def _contains(point: str, folder: str) -> bool:
    point = point.rstrip("/") or "/"
    return point == "/" or folder == point or folder.startswith(point + "/")
