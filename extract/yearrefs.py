"""A line's "over the year" and the mentions before it → a date mention of the year they last named."""
from __future__ import annotations

import regex

from extract.datementions import H, DateMention

# "the year" told of a year already named ("We added up every report for 2024. Over the year, Russia launched ..."):
# not a year counted back from the report ("over the past year", "in the year to March"), nor a part of it ("the
# start of the year": no preposition right before "the year")
_THE_YEAR = regex.compile(
    rf"\b(?i:over|during|throughout|across|in|for|through){H}+(?i:the){H}+(?:(?i:whole|entire|full){H}+)?(?i:year)\b"
    rf"(?!{H}+(?i:to|ending|ended|before|earlier|after|ago|of|since|so{H}+far)\b|['’])")
# how many lines back a named year still stands for "the year"
YEAR_REACH = 3


def _whole_year(mention: DateMention) -> bool:
    """A mention that names a whole year ("2024", "in 2023", "last year"), read as its Dec. 31."""
    return (mention.day is not None and not mention.precise and mention.role == "day"
            and (mention.day.month, mention.day.day) == (12, 31))


def year_mentions(text: str, start: int, end: int, own: list[DateMention],
                  earlier: list[list[DateMention]]) -> list[DateMention]:
    """A mention for each "over the year" in text[start:end] (own: the line's mentions), dated at the last whole
    year named before it on its line or in the earlier lines' mentions (nearest last); none where none was named."""
    if "year" not in text[start:end].lower():
        return []
    found = []
    for m in _THE_YEAR.finditer(text, start, end):
        named = [y for y in own if y.end <= m.start() and _whole_year(y)]
        for line in reversed(earlier):
            if named:
                break
            named = [y for y in line if _whole_year(y)]
        if named:
            found.append(DateMention(m.start(), m.end(), named[-1].day, "day", precise=False))
    return found
