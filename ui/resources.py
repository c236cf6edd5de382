"""Finding bundled files the same way whether run from source or from a PyInstaller folder."""
from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


FONT_FILE = "wqy-microhei.ttc"
