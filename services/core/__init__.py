"""What every rule stands on: the unit of work, the clock, errors, parsing, settings, numbering, statuses."""
