"""A date mention + its line → whether it is the page's own stamp in a bar of short parts ("Memorial | Stories of the killed | 9 March 2024")."""
from __future__ import annotations

import regex

from extract.datementions import H

# the parts of a masthead or breadcrumb bar are set apart by bars or dots; a date standing alone in one of them (perhaps
# with its clock: "World | 20 July 2023, 12:47") dates the page, not an event its other parts' words name ("the killed")
_SEP = r"[|•·]"
_CLOCK = rf"(?:,?{H}*+\d{{1,2}}[:.]\d\d(?:{H}*+[AaPp]\.?[Mm]\.?)?(?:{H}++[A-Z]{{2,4}}|{H}*+GMT[+-]?\d{{0,2}})?)?"
_PART_BEFORE = regex.compile(rf"(?:^|{_SEP}){H}*+$")
_PART_AFTER = regex.compile(rf"{_CLOCK}{H}*+(?:{_SEP}[^\n]*+)?$")
_ANY_SEP = regex.compile(_SEP)


def page_stamp(text: str, line: tuple[int, int], start: int, end: int) -> bool:
    """Whether text[start:end] is a whole part of a bar line (one holding a separator), alone but for a clock."""
    if not _ANY_SEP.search(text, line[0], line[1]):
        return False
    return bool(_PART_BEFORE.search(text[line[0]:start]) and _PART_AFTER.match(text, end, line[1]))
