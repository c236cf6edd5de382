"""The business rules. Plain functions that take a unit of work and return plain data. No Qt here."""
