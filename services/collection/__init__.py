"""Getting the money in: credit hold, promises, follow-ups, alerts, the monthly plan and the collection record."""
