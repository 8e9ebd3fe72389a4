"""Page text → the address a browser or a print printed above the page, and the day its path gives
("https://www.048.ua/news/2023/07/20/3607451/..." → 2023-07-20)."""
from __future__ import annotations

from datetime import date

import regex

_ADDRESS_LINE = regex.compile(r"[^\S\n]*+(?P<url>https?://[^\s/]++(?P<path>/\S*+)?)[^\S\n]*+")
# the day as a site files its stories: /2023/07/20/, /2023-07-20-slug, /20230720/
_PATH_DAY = regex.compile(r"/(?P<y>20\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)|-(?P<m>[01]\d)-(?P<d>[0-3]\d)|(?P<m>[01]\d)(?P<d>[0-3]\d))(?=[/_.-]|$)")


def own_address(text: str) -> str | None:
    """The page's address alone on its first line, as a browser's print or a copied page shows it."""
    first = text.lstrip().split("\n", 1)[0]
    return m.group("url") if (m := _ADDRESS_LINE.fullmatch(first)) else None


def day_in_address(url: str | None) -> date | None:
    if not url or (m := _PATH_DAY.search(url.split("?", 1)[0], url.find("/", url.find("//") + 2))) is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
