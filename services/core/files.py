"""Writing a file whole or not at all: one helper for every file the app writes from a service
(report workbooks and PDFs, import templates)."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a partial file beside `path` (".<name>.partial", missing folders made) that
    replaces `path` in one step only once the block finished: a write that fails halfway
    (disk full, cancelled) leaves the old file, or none, never half a one, and no partial
    file. OSError from the file system is raised as it is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
