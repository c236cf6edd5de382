"""Issuing a paper into a file from the command line: numbered and recorded only once the file is
written (`print`, `statement`). One place for the checks before, and for what each failure
prints and leaves."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from services.admin.bootstrap import open_context
from services.core.uow import AppContext, login_name

Made = TypeVar("Made")
Deliver = Callable[[bytes, str], None]


def _error(command: str, message: str) -> None:
    print(f"{command}: {message}", file=sys.stderr)


def issue_to_file(command: str, db: str | Path, output: Path,
                  issue: Callable[[AppContext, Deliver], Made], not_found: str) -> Made | None:
    """Run `issue(ctx, deliver)` (it finds what to issue and issues it, handing `deliver` to
    the service) with a deliver that writes the PDF to `output` (printing.write_pdf); returns
    what `issue` returned, or None after one line on stderr ("<command>: …") with nothing
    recorded: the database missing, `output` a folder, NotFound (`not_found` is said), a
    ValidationError (its words), `output` not written (the OS's reason), or the database
    failing after the file was written (the file is taken back)."""
    from services.core.environment import DatabaseProblem
    from services.core.errors import NotFound, ValidationError
    from services.documents.printing import write_pdf

    if "://" not in str(db) and not Path(db).exists():
        _error(command, f"database {db} does not exist")
        return None
    if output.is_dir():
        _error(command, f"cannot write {output}: it is a folder")
        return None
    steps: list[str] = []  # "numbered", then "written": how far the delivery got

    def write(pdf: bytes, _number: str) -> None:
        steps.append("numbered")
        write_pdf(output, pdf)
        steps.append("written")

    try:
        ctx = open_context(db, operator=login_name())
        try:
            return issue(ctx, write)
        finally:
            ctx.close()
    except NotFound:
        _error(command, not_found)
    except ValidationError as error:
        _error(command, str(error))
    except (OSError, DatabaseProblem) as error:
        if steps == ["numbered"]:  # the file could not be written: nothing was recorded
            cause = error.__cause__ if isinstance(error, DatabaseProblem) else error
            reason = getattr(cause, "strerror", None) or str(cause)
            _error(command, f"cannot write {output}: {reason}; nothing recorded")
        else:
            if "written" in steps:  # written, then recording it failed: take the file back
                with contextlib.suppress(OSError):
                    output.unlink()
            _error(command, f"{error}; nothing recorded")
    return None
