"""The books: customers, contracts, payments and their allocation, and the one definition of what is owed."""
