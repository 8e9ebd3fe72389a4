"""A figure's span → the figure of its sentence it is told against (a total's daily rise, a compared earlier figure) and how far back from that figure's day it stands."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import regex

from extract.datementions import H
from extract.tolls import toll_figure

# a total with its day's rise in brackets right after it: the rise is that total's day's, whatever the story's strike
# ("personnel: about 1,019,300 (+1,040)", "tanks – 10,987 (+1)", "UAVs 44,150 (up 122)", "cruise missiles 3,373 [+12]")
_TOTAL_BEFORE = regex.compile(r"(?<![\d.,])(\d{1,3}(?:[,\s\u202f\u00a0]\d{3})+|\d+)\s*[(\[]\s*(?:\+|(?i:up|plus)\s+(?:by\s+)?)\s*$")
# "down from 211 the previous week", "compared with 60 the day before", "up from 150 a week earlier", "than the 30
# downed on the previous night": the compared figure is that much older than the one it is set against
_CUE_BEFORE = regex.compile(rf"(?i:\b(?:from|with|than|against|versus|vs\.?)(?:{H}+(?:about|some|around|nearly|almost|roughly|over|the|just))*{H}*+)$")
_BACK_AFTER = regex.compile(
    rf"(?:{H}+[\p{{L}}-]+){{0,3}}?{H}+(?:(?i:in|on|during|over){H}+)?"
    rf"(?i:(?:the{H}+)?(?:previous|preceding|prior){H}+(?P<a>day|night|week)|the{H}+(?P<b>day|night|week){H}+before"
    rf"|(?:a|one){H}+(?P<c>day|week){H}+(?:earlier|before))\b")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    cumulative: bool | None
    back: timedelta = timedelta(0)

    def shift(self, day: date | None) -> date | None:
        return day - self.back if day else day


def figure_anchor(text: str, sentence: tuple[int, int], span_start: int, span_end: int, cumulative: bool | None) -> Anchor | None:
    """The figure whose day dates this one, or None where it stands on its own."""
    start = span_start + 1 if text.startswith("+", span_start) else span_start
    if not cumulative and (total := _TOTAL_BEFORE.search(text, max(0, start - 40), start)):
        return Anchor(*total.span(1), True)   # "44,150 (+122)": the rise stands at its total's day
    if _CUE_BEFORE.search(text, max(0, span_start - 40), span_start) and (back := _BACK_AFTER.match(text, span_end)):
        main = toll_figure(text, sentence, (), first=True)
        if main[0] < span_start:   # (its sentence's main figure, told before it)
            unit = (back.group("a") or back.group("b") or back.group("c")).lower()
            return Anchor(*main, cumulative, timedelta(days=7 if unit == "week" else 1))
    return None
