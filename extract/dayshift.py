"""A day + the sentence that names it → the day the sentence moves it to ("the next day", "came a day after")."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.vocab import may_hold

H = r"[^\S\n]"

# "The next day, drones struck the city": a day counted from the day named before
# ("On the previous night, the enemy launched 250 drones": the night before the one named, dated by its morning; not
# "the night before the referendum", a night named by what came after it)
_DAY_AFTER = regex.compile(rf"(?i:\b(?:the{H}+(?:next|following){H}+(?:day|night)|a{H}+(?:day|night){H}+later)\b)")
_DAY_BEFORE = regex.compile(rf"(?i:\b(?:the{H}+(?:previous|preceding){H}+(?:day|night)|a{H}+(?:day|night){H}+earlier"
                            rf"|the{H}+night{H}+before(?!{H}+(?:yesterday|last|the|a|an|his|her|their|its)\b))\b"
                            # ("The day before, 7 were injured in Myrnohrad": the day before the one named; not "the day
                            # before the referendum", a day named by what came after it)
                            rf"|(?i:\bthe{H}+day{H}+before)(?=[,.;:]|{H}+(?:in|at|near|on{H}+the{H}+outskirts)\b))")
# "Three days earlier, shelling of Vilniansk injured 10", "Two days later, ...": that many days from the day named before
# (not "two days before the vote", a day named by what came after it)
_DAYS_SHIFTED = regex.compile(rf"(?i:\b(?P<n>two|three|four|five|six|seven|[2-7]){H}+days{H}+(?P<dir>earlier|later|before(?=[,.;:])|after(?=[,.;:])))")


# a statement made the next day of what had happened ("Russia's Defence Ministry said the next day it had targeted a
# meeting, claiming that 60 servicemen had been killed"): the day moves the telling, not the past perfect's event
_TOLD_BEFORE = regex.compile(rf"(?i:\b(?:said|says|reported|announced|claimed|stated|confirmed|told{H}+[\w-]+|wrote|added|insisted){H}+)$")
_PAST_PERFECT = regex.compile(rf"(?i:\bhad{H}+(?:(?:already|also|been){H}+)*[a-z]+(?:ed|en|wn|ght|id|ung|lt|nt)\b)")


# "The shelling came a day after Russia launched an attack that killed 39": the figure after the words is
# that many days before the day the sentence's subject (the story's event) has
_CAME_DAYS_AFTER = regex.compile(rf"(?i:\b(?:came|comes|happened|occurred|followed|was){H}+(?:just{H}+|only{H}+)?"
                                 rf"(?P<n>a|one|two|three|four|five|[1-5]){H}+days?{H}+(?P<dir>after|before)\b)")
# words one of the shifts above holds
SHIFT_WORDS = ("next", "following", "previous", "preceding", "later", "earlier", "before")
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def next_day(day: date, text: str, s_start: int, s_end: int, span_start: int | None = None) -> date:
    """day moved by the sentence's "the next day" / "the previous day", if it says one."""
    if span_start is not None and may_hold(text[s_start:span_start], ("after", "before")) \
            and (came := _CAME_DAYS_AFTER.search(text, s_start, span_start)):
        n = _DAY_COUNTS.get(came.group("n").lower()) or int(came.group("n"))
        return day - timedelta(days=n) if came.group("dir").lower() == "after" else day + timedelta(days=n)
    if not may_hold(text[s_start:s_end], SHIFT_WORDS + ("after",)):
        return day
    # (at the sentence's head only: "... first admitted 63 dead, and two days later raised it to 89" counts from no day named)
    if (shifted := _DAYS_SHIFTED.match(text, s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip(" \t-–•*")))) is not None:
        n = _DAY_COUNTS.get(shifted.group("n").lower()) or int(shifted.group("n"))
        return day - timedelta(days=n) if shifted.group("dir").lower() in ("earlier", "before") else day + timedelta(days=n)
    if shift := _DAY_AFTER.search(text, s_start, s_end):
        if span_start is not None and shift.end() <= span_start and _TOLD_BEFORE.search(text, max(s_start, shift.start() - 30), shift.start()) \
                and _PAST_PERFECT.search(text, shift.end(), span_start + 60):
            return day   # told the next day: what had happened keeps its own day
        return day + timedelta(days=1)
    if _DAY_BEFORE.search(text, s_start, s_end):
        return day - timedelta(days=1)
    return day


# "Two days after the attack of 26 January, 340,000 were still without power", "A day after Monday's strike, ...": a
# state counted that many days after the attack whose day the sentence names
_DAYS_AFTER_ATTACK = regex.compile(
    rf"(?i:\b(?P<n>a|one|two|three|four|five|[1-5]){H}+days?{H}+after{H}+(?:(?:the|a|Russia's|Russian|last){H}+)?"
    rf"(?:(?:[\w-]+{H}+){{0,2}}?(?:attacks?|strikes?|barrage|shelling|raid|bombardment)(?:{H}+(?:of|on))?{H}+)?)$")
_ATTACK_NAMED_AFTER = regex.compile(rf"(?i:(?:'s)?{H}+(?:[\w-]+{H}+){{0,2}}?(?:attacks?|strikes?|barrage|shelling|raid|bombardment)\b)")


def days_after_attack(day: date, text: str, s_start: int, mention_start: int, mention_end: int) -> date:
    """day moved on by the "N days after" before it, when the day names an attack ("after the attack of 26 January",
    "after Monday's strike"); else day."""
    if day is None or not may_hold(text[max(s_start, mention_start - 80):mention_start], ("after",)):
        return day
    found = _DAYS_AFTER_ATTACK.search(text, max(s_start, mention_start - 80), mention_start)
    if found is None or not (found.group(0).rstrip().lower().endswith(("of", "on")) or _ATTACK_NAMED_AFTER.match(text, mention_end)):
        return day
    return day + timedelta(days=_DAY_COUNTS.get(found.group("n").lower()) or int(found.group("n")))


# a lede that counts the time gone by since the day it names ("Nine days have passed since ... on 13 April", "Two weeks
# after the strike of 4 May", "Ten days ago, on 3 March"): a story told later than the week a news report follows
_COUNTED_SINCE = regex.compile(rf"(?i:\b(?:\d{{1,2}}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
                               rf"(?:{H}+and{H}+a{H}+half)?{H}+(?:days|weeks?){H}+(?:have{H}+(?:now{H}+)?(?:passed|gone{H}+by){H}+since|after|since|ago)\b)")
# ...at most this long back
COUNTED_REACH = timedelta(days=31)


def counts_since(text: str, s_start: int, s_end: int) -> bool:
    return may_hold(text[s_start:s_end], ("days", "week")) and _COUNTED_SINCE.search(text, s_start, s_end) is not None
