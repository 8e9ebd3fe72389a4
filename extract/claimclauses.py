"""A figure's sentence and the clauses around it → the credit it borrows from the toll it adds to ("Among those killed
were 545 children") or loses to a concession after a trailing tag ("..., police reported, though 20,000 remain")."""
from __future__ import annotations

import regex

from extract.claimsources import DocClaimants, _last_link
from extract.context import DocContext

# a sentence telling a part of the toll before it, across a paragraph break: "Among those killed were 545 children",
# "Of the dead, 11 were children", "Among the injured are 40 children"
_PART_OF_BEFORE_RX = regex.compile(
    r"[\W_]*(?i:among|of)\s++(?:them|these|those|the\s++(?:dead|killed|victims|injured|wounded|casualties)"
    r"|those\s++(?:killed|dead|injured|wounded|hurt))\b")
# a part told with a tag of its own ("Of those killed, 487 were children, the UN office said"): that tag's, not the toll's
_TAGGED_RX = regex.compile(r"\b(?:said|says|reported|reports|told|added|adds|stated|announced|according\s+to)\b")
ADDED_CHAIN = 3   # sentences a run of additions ("Among those killed were 545 children. A further 1,161 ...") goes back


def added_to(ctx: DocContext, doc: DocClaimants, offset: int) -> tuple[int, int, str] | None:
    """The speaker's link in the sentence a figure's sentence adds to, back along a run of such sentences."""
    for _ in range(ADDED_CHAIN):
        before = ctx.continued_sentence(offset)
        i = ctx.sentence_index(offset)
        if (before is None and i > 0 and _PART_OF_BEFORE_RX.match(ctx.text, *ctx.sentences[i])
                and not _TAGGED_RX.search(ctx.text, *ctx.sentences[i])):
            before = ctx.sentences[i - 1]
        if before is None:
            return None
        if (link := _last_link(doc, *before)) is not None:
            return link
        offset = before[0]
    return None


# a tag closing its clause, then the outlet's own concession: "..., the Luhansk regional police reported, though about
# 20,000 residents are believed to remain" (not "police said, though, that ...": an adverb inside the words; not "...,
# the Mission said, while short-range drones killed 48": a "while" goes on with the speaker's own figures)
_TAG_THEN_CONCESSION_RX = regex.compile(
    r"\s++(?:said|says|reported|reports|added|adds|wrote|writes|stated|noted|announced|told\s++\S++)\s*+,\s*+"
    r"(?:though|although|even\s++though)\s++(?![,])")
_TRAILING_TAG_LEAD_RX = regex.compile(r",\s*+(?:the\s++)?$", regex.I)


def conceded(text: str, link: tuple[int, int, str], span_start: int) -> bool:
    """A trailing tag before the figure that a concession follows: "..., police reported, though about 20,000 ..."."""
    return (link[1] <= span_start and _TAG_THEN_CONCESSION_RX.match(text, link[1], span_start) is not None
            and _TRAILING_TAG_LEAD_RX.search(text, max(0, link[0] - 8), link[0]) is not None)
