"""extract.vaguecredits through the pipeline: a figure credited to unnamed officials takes the speaker a later sentence
names for the same figure; another figure, kind or place keeps the vague credit."""
from __future__ import annotations

import pytest

from extract.article import Article
from extract.pipeline import extract_article


@pytest.mark.parametrize("text,metric,value,expected", [
    ("A Russian drone attack on Odesa overnight killed three people and injured 11, local officials said.\n\n"
     "Governor Oleh Kiper said later that three people had died and 11 were wounded in the city.", "injured", 11, "Oleh Kiper"),
    ("Ukrainian drones struck Podolsk overnight, injuring 18 people, Russian officials said. Moscow regional governor "
     "Andrei Vorobyov said 18 people had been hurt.", "injured", 18, "Andrei Vorobyov"),
    ("Four people were killed in a missile strike on Dnipro, authorities said.\nRescuers worked through the night. The "
     "State Emergency Service said the death toll stood at four.", "killed", 4, "State Emergency Service"),
    # hard negatives: the same number of another kind, of another place, or of another metric
    ("Russia struck Kyiv overnight, killing 12 people, officials said. The air force said 12 drones were shot down.",
     "killed", 12, "officials"),
    ("A strike killed five people in Kharkiv, officials said. In Sumy, five people died, governor Volodymyr Artiukh said.",
     "killed", 5, "officials"),
    ("Eight people were killed in Zaporizhzhia, officials said. Governor Ivan Fedorov said on Monday eight people had "
     "been injured in Orikhiv.", "killed", 8, "officials"),
])
def test_vague_credit_takes_the_speaker_named_later(text, metric, value, expected):
    claims = extract_article(Article(doc_id="case", text=text)).claims
    row = min((c for c in claims if c["metric"] == metric and c["value"] == value), key=lambda c: c["span_start"])
    assert row["claimant"] == expected
