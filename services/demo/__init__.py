"""A reproducible demo database: the books of a medical-supplies distributor, written in bulk."""
