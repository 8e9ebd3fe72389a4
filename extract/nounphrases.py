"""A masked sentence and a figure's end → the lower-cased words of the noun phrase after it (who the figure counts)."""
from __future__ import annotations

import regex

_WORD = regex.compile(r"[\w'-]+|[,.;:!?()⟨—]")
# words between a subset's number and its noun: "five of them children", "21 were soldiers", "one of them a child"
_SUBSET_GLUE = {"of", "them", "whom", "which", "were", "are", "was", "a", "an"}
_OF_THE_TOLL = regex.compile(r" of (?:those|the) (?:killed|dead|injured|wounded|hurt)\b", regex.I)
# a verb or conjunction ends the noun phrase: "2 killed as Russian missiles hit Kyiv" names no Russian victims
_NOUN_PHRASE_STOP = {"were", "was", "have", "had", "are", "is", "in", "at", "on", "and", "from", "who", "among",
                     "including", "when", "after", "since", "during", "across", "over", "as", "by", "while",
                     "killed", "died", "injured", "wounded", "hurt", "to", "near", "under", "due", "because",
                     # a relative clause tells of others: "1,000 people that the Russian side says are Ukrainian"
                     "that", "which", "whom", "whose"}
_HURT_ADJ = {"killed", "injured", "wounded", "hurt"}


def noun_phrase(masked: str, token_end: int) -> list[str]:
    """Lower-cased words after a figure up to the first punctuation, token or verb-like stop word."""
    # "three of those killed were police officers": the part's people come after its whole
    whole = _OF_THE_TOLL.match(masked, token_end)
    token_end = whole.end() if whole else token_end
    words = [w.lower() for w in _WORD.findall(masked[token_end:token_end + 80])]
    while words and words[0] in _SUBSET_GLUE:
        words = words[1:]
    out = []
    for i, w in enumerate(words):
        if not w[0].isalnum() and w != "'":
            break
        # "deaths of 406 civilians", "bodies of civilians": the noun comes after "of"
        if w == "of" and not (out and out[-1] in ("bodies", "deaths", "death", "remains")):
            break
        if w in _NOUN_PHRASE_STOP and not (i == 0 and w in _HURT_ADJ and len(words) > 1 and words[1][0].isalpha()
                                           and words[1] not in _NOUN_PHRASE_STOP):
            break   # "some 600 wounded troops": a participle before the noun is its adjective, not the verb
        out.append(w)
        if len(out) >= 6:
            break
    return out
