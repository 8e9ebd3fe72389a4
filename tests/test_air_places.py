"""Where a shoot-down told apart from its launch happened: the whole article run, as claim_rows places it."""
import pytest

from extract.article import Article
from extract.pipeline import extract_article

CASES = [
    ("Ukraine's air force said Russia had fired two Iskander-M missiles at the Poltava region. One was shot down; "
     "the other hit a depot.", "missiles_shot_down", 1, "Poltava Oblast"),
    ("The enemy launched 12 Shahed drones at Odesa overnight. Nine were destroyed by air defence, the governor said.",
     "drones_shot_down", 9, "Odesa"),
    ("Russia fired four Kh-59 missiles at the Zaporizhzhia region. Three were intercepted and one hit a warehouse.",
     "missiles_shot_down", 3, "Zaporizhzhia Oblast"),
    # "All 31 were destroyed." after the launch told: the launch's place, though the all-downed rule also reads a launch
    ("The air force said Russia launched 18 missiles at Lviv overnight. All 18 were destroyed.",
     "missiles_shot_down", 18, "Lviv"),
    ("Russia sent 22 Shahed drones at the Kharkiv region overnight. All 22 were shot down, the governor said.",
     "drones_shot_down", 22, "Kharkiv Oblast"),
    ("Russia launched 40 drones at Ukraine overnight. All 40 were shot down.", "drones_shot_down", 40, "Ukraine"),
    # a figure with a weapon and a place of its own is no part of the launch before
    ("Russia fired four Kh-59 missiles at the Zaporizhzhia region. Over Kyiv, three drones were intercepted.",
     "drones_shot_down", 3, "Kyiv"),
]


@pytest.mark.parametrize("text,metric,value,place", CASES, ids=lambda v: str(v)[:30])
def test_shoot_down_place(text, metric, value, place):
    claims = {(c["metric"], c["value"]): c for c in extract_article(Article(doc_id="t", text=text)).claims}
    assert claims[(metric, value)]["location"] == place
