"""The papers customers sign: content from the database, PDFs drawn with reportlab, stored with their hash; scans of signed copies."""
