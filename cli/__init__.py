"""The command line (`main.py demo|print|alerts`, `--self-test`): parses nothing, prints and returns exit codes.

It sits beside ui/, not in services/: like the window, it is a way in for people and scripts, and it prints, which no business rule does."""
