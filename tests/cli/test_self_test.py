"""The bundle's self-test, run from source: a fresh database, a contract, a PDF read by QtPdf."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_self_test_exits_0_and_says_what_it_did():
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, str(root / "main.py"), "--self-test"],
                            capture_output=True, text=True, timeout=120, cwd=root)
    assert result.returncode == 0, result.stderr
    assert "1 page(s), 拼音 found, 2 receivables imported" in result.stdout
    assert result.stdout.rstrip().endswith(": ok") and "-QR-" in result.stdout
