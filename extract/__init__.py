"""News articles → numeric claims about the Russia–Ukraine war (claims and documents tables)."""
