"""The benchmark of issue 11: how long a clerk waits, against a floor, on a big database.

    python -m tests.bench [--size 10k|100k|300k] [--json FILE] [--db FILE] [--repeat N]

See tests/bench/__main__.py for the options and tests/bench/figures.py for what each figure
measures and what its floor is. Kept light: child processes import this package too.
"""
