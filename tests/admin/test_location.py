"""An SQLite file on a network share is refused before it is opened, with the reason."""
from __future__ import annotations

import pytest

from services.admin import location
from services.admin.bootstrap import open_context
from services.admin.location import network_location, parse_mounts, refuse_network_share
from services.core.environment import DatabaseProblem

DRIVES = {"C:\\": 3, "D:\\": 2, "Z:\\": 4}  # fixed, removable, remote (GetDriveTypeW)


def windows(path: str) -> str | None:
    return network_location(path, windows=True, drive_type=lambda root: DRIVES.get(root, 0))


@pytest.mark.parametrize(("path", "expected"), [
    (r"\\nas\账套\回款.sqlite3", r"UNC path \\nas\账套"),
    ("//nas/acct/books.sqlite3", r"UNC path \\nas\acct"),
    (r"\\?\UNC\nas\acct\books.sqlite3", r"UNC path \\nas\acct"),
    (r"Z:\回款\books.sqlite3", "network drive Z:"),
    (r"z:\books.sqlite3", "network drive Z:"),
    (r"\\?\Z:\books.sqlite3", "network drive Z:"),
    (r"C:\Users\张三\AppData\Local\ReceivablesDesk\receivables.sqlite3", None),
    (r"\\?\C:\data\books.sqlite3", None),
    (r"D:\books.sqlite3", None),
])
def test_windows_unc_paths_and_network_drives(path, expected):
    assert windows(path) == expected


def test_windows_asks_the_drive_of_the_path():
    asked = []
    network_location(r"Z:\a\b.sqlite3", windows=True, drive_type=lambda r: asked.append(r) or 4)
    assert asked == ["Z:\\"]


MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
nas:/export/acct /mnt/acct nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/acct/local ext4 rw,relatime 0 0
//nas/my\040share /media/my\040share cifs rw,relatime,vers=3.1.1 0 0
u@host:/srv /home/u/remote fuse.sshfs rw,nosuid,nodev,relatime 0 0
drvfs /mnt/c 9p rw,noatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/sdc1 /mnt/back\134slash ext4 rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/u/receivables.sqlite3", None),
    ("/tmp/x/books.sqlite3", None),
    ("/mnt/acct/books.sqlite3", "nfs4 mount of nas:/export/acct at /mnt/acct"),
    ("/mnt/acct/2026/books.sqlite3", "nfs4 mount of nas:/export/acct at /mnt/acct"),
    ("/mnt/acct/local/books.sqlite3", None),  # a local disk mounted inside the share
    ("/mnt/acctx/books.sqlite3", None),       # a prefix of the name is not the folder
    ("/media/my share/books.sqlite3", "cifs mount of //nas/my share at /media/my share"),
    ("/home/u/remote/books.sqlite3", "fuse.sshfs mount of u@host:/srv at /home/u/remote"),
    ("/mnt/c/Users/books.sqlite3", "9p mount of drvfs at /mnt/c"),
    ("/mnt/back\\slash/books.sqlite3", None),
])
def test_linux_mounts(path, expected):
    assert network_location(path, windows=False, mounts_text=MOUNTS) == expected


def test_mount_table_escapes_are_decoded():
    mounts = parse_mounts(MOUNTS)
    assert ("//nas/my share", "/media/my share", "cifs") in mounts
    assert ("/dev/sdc1", "/mnt/back\\slash", "ext4") in mounts


def test_the_later_of_two_mounts_on_one_folder_decides():
    over = MOUNTS + "nas:/other /home nfs rw 0 0\n"
    assert network_location("/home/u/b.sqlite3", windows=False, mounts_text=over) == (
        "nfs mount of nas:/other at /home")


def test_opening_a_database_on_a_share_is_refused_before_anything_is_made(tmp_path,
                                                                          monkeypatch):
    target = tmp_path / "share" / "books.sqlite3"
    seen = []

    def fake(path, **_kw):
        seen.append(str(path))
        return "cifs mount of //nas/acct at " + str(tmp_path / "share")

    monkeypatch.setattr(location, "network_location", fake)
    for db in (target, f"sqlite:///{target}"):
        with pytest.raises(DatabaseProblem) as caught:
            open_context(db)
        assert caught.value.kind == "network_share"
        assert caught.value.detail == f"cifs mount of //nas/acct at {tmp_path / 'share'}"
    assert seen == [str(target), str(target)]
    assert not (tmp_path / "share").exists()
    refuse_network_share("postgresql+psycopg://rkt@db.example/rkt")  # a server: not asked
    refuse_network_share("sqlite://")  # in memory
    assert len(seen) == 2
