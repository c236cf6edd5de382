"""Running the database: opening and upgrading it, our company's details, backups and restores."""
