"""`main.py dunning --date DATE [--dry-run] [-o FOLDER] [--manager NAME] [--db FILE]`: the 催款 run
for a day, from a script. Prints one line per letter issued (or, dry, that it would issue);
running it again the same day issues nothing new. With -o every letter of that day (issued now
or earlier that day) is written into FOLDER from its stored bytes."""
from __future__ import annotations

import sys
from pathlib import Path

from services.admin.bootstrap import open_context
from services.core.uow import login_name


def run_dunning_command(db: str | Path, date: str | None, *, dry_run: bool = False,
                        folder: str | None = None, manager: str = "") -> int:
    """Exit 0 done (also when nothing was due); 1 refused (no database, -o not a folder, our
    company's name missing), nothing issued; 2 a bad --date (one line naming it)."""
    from services.core.errors import ValidationError
    from services.core.parsing import parse_date
    from services.papers import dunning

    try:
        day = parse_date(date, "--date", required=False)
    except ValidationError as error:
        _error(str(error))
        return 2
    if "://" not in str(db) and not Path(db).exists():
        _error(f"database {db} does not exist")
        return 1
    out = Path(folder) if folder else None
    if out is not None and not out.is_dir():
        _error(f"cannot write into {out}: not a folder")
        return 1
    ctx = open_context(db, operator=login_name())
    try:
        day = day or ctx.clock.today()
        try:
            run = dunning.run_dunning(ctx.uow(), day, dry_run=dry_run,
                                      issue_lawyer_letters_by=manager)
        except ValidationError as error:
            if error.field == "letter_date":  # the day given: the option's fault, as a bad value
                _error(f"--date {day}: a letter cannot be dated after today (use --dry-run to "
                       "look ahead)")
                return 2
            _error(str(error))
            return 1
        _report(run)
        if out is not None and not dry_run:
            for view in dunning.letter_views(ctx.uow(), letter_date=day):
                path = out / dunning.letter_file_name(view)
                from services.documents.printing import write_pdf

                write_pdf(path, dunning.letter_pdf(ctx.uow(), view.id))
                print(f"dunning: {view.number} -> {path}")
    finally:
        ctx.close()
    return 0


def _report(run) -> None:
    from services.collection.dunning import LEVEL_NAMES

    verb = "would issue" if run.dry_run else "issued"
    issued = {letter.customer_id: letter for letter in run.issued}
    held = {p.customer_id for p in run.held}
    for p in run.proposals:
        letter = issued.get(p.customer_id)
        if not run.dry_run and letter is None and p.customer_id not in held:
            continue  # another clerk's run served this customer meanwhile
        what = ("held (a lawyer's letter needs --manager)" if p.customer_id in held
                else f"{verb} {letter.number}" if letter else verb)
        skipped = f" skipped {','.join(map(str, p.skipped_levels))}" if p.skipped_levels else ""
        print(f"{what:28} {p.code:8} level {p.level} {LEVEL_NAMES[p.level]:6} "
              f"overdue {p.overdue:>12} late fee {p.late_fee:>10} days {p.days_overdue:>4} "
              f"pay by {p.pay_by.isoformat()}{skipped}  {p.name}")
    count = len(run.proposals) - len(run.held) if run.dry_run else len(run.issued)
    print(f"dunning {run.letter_date.isoformat()}: {count} letter(s) {verb}"
          + (f", {len(run.held)} held" if run.held else ""))


def _error(message: str) -> None:
    print(f"dunning: {message}", file=sys.stderr)
