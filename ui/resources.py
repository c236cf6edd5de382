"""Bundled files for the UI: the same lookup the services use (from source or frozen)."""
from services.core.resources import FONT_FILE, app_root, resource_path

__all__ = ["FONT_FILE", "app_root", "resource_path"]
