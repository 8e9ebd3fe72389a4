"""A page's date line in the language of its edition → the day it names ("12 травня 2023, 08:40", "8. Oktober 2022",
"publié le 3 avril 2022", "Sábado, 24 junio 2023", "3–5 marca 2023" → its first day)."""
from __future__ import annotations

from datetime import date

import regex

from extract.vocab import alternation, load_rules

_VOCAB = load_rules("metadata")["page_months"]
_MONTHS = {name.lower(): i for lang in ("uk", "ru", "pl", "de", "fr", "es", "it") for i, name in enumerate(_VOCAB[lang], 1)}
H = r"[^\S\n]"
_MONTH = alternation(_MONTHS, flexible_spaces=False)
_DAY = regex.compile(rf"(?i)(?<![\w.])(?P<d>[0-3]?\d)\.?(?:{H}*+[–-]{H}*+[0-3]?\d\.?)?{H}++(?:de{H}++)?(?P<m>{_MONTH})"
                     rf"(?:{H}++de)?,?{H}++(?P<y>(?:19|20)\d\d)(?!\d)")
PUBLISHED_CUES = "|".join(regex.escape(c) for c in _VOCAB["published_cues"])
UPDATED_CUES = "|".join(regex.escape(c) for c in _VOCAB["updated_cues"])


def page_days(line: str) -> list[date]:
    found = []
    for m in _DAY.finditer(line):
        try:
            found.append(date(int(m.group("y")), _MONTHS[m.group("m").lower()], int(m.group("d"))))
        except ValueError:
            pass
    return found
