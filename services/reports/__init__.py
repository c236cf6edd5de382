"""Views of the books written to files for people to read elsewhere (the plan as .xlsx)."""
