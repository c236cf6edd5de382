"""Finding bundled files (fonts, …) without Qt, from source or from a PyInstaller bundle.

The one lookup for bundled files (ui/resources.py re-exports it): `resource_path("fonts", FONT_FILE)` is `<root>/resources/fonts/…`,
where <root> is the project folder when run from source and `sys._MEIPASS` when frozen.
"""
from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "wqy-microhei.ttc"


def app_root() -> Path:
    """The folder the app runs from: the project folder, or the bundle's (`sys._MEIPASS`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A bundled file: <app_root>/resources/<parts…> (fonts, icons)."""
    return app_root().joinpath("resources", *parts)
