"""Papers that get money back (issue 13): issuing statements and dunning letters, the evidence
bundle — a collection rule and a printed document in one unit of work."""
