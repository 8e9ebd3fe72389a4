"""Where a shoot-down told apart from its launch happened: the whole article run, as claim_rows places it."""
import pytest

from extract.article import Article
from extract.pipeline import extract_article

CASES = [
    # a part told with "of which", "out of which" before its figure: the launch's place, as "of them"
    ("The night before, Russia had sent 32 Shahed drones towards the Odesa region, of which 23 were shot down, the Air "
     "Force said.", "drones_shot_down", 23, "Odesa Oblast"),
    ("Russia fired 14 missiles towards Kyiv overnight, of which 11 were shot down, the Air Force said.",
     "missiles_shot_down", 11, "Kyiv"),
    ("The enemy sent 25 Shahed drones toward the Mykolaiv region overnight, out of which 20 were downed, the Air Force "
     "reported.", "drones_shot_down", 20, "Mykolaiv Oblast"),
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
    # "three of which were shot down" after a launch at a place, in a Russian tally too: the launch's place
    ("Russia's Defence Ministry said Ukraine had fired five ATACMS missiles at an airfield in the Kursk region, three of "
     "which were shot down.", "missiles_shot_down", 3, "Kursk Oblast"),
    ("The ministry said Ukraine fired eight missiles at the Belgorod region overnight. Six of them were intercepted by "
     "Russian air defences.", "missiles_shot_down", 6, "Belgorod Oblast"),
    ("Ukraine's air force said Russia fired six missiles at the Odesa region, four of which were destroyed.",
     "missiles_shot_down", 4, "Odesa Oblast"),
    ("Russia's Defence Ministry said 30 Ukrainian drones were shot down over Russia overnight.", "drones_shot_down", 30, "Russia"),
    # a headline giving an attack's air counts and naming only the story's city: the body's same counts, told with no
    # target (a launch site only), are that attack's
    ("Kharkiv attacked overnight: 14 of 17 Shaheds downed\nThe Air Force said Russia launched 17 Shahed drones from "
     "the Belgorod region overnight.\nAir defence destroyed 14 drones.", "drones_launched", 17, "Kharkiv"),
    ("Kharkiv attacked overnight: 14 of 17 Shaheds downed\nThe Air Force said Russia launched 17 Shahed drones from "
     "the Belgorod region overnight.\nAir defence destroyed 14 drones.", "drones_shot_down", 14, "Kharkiv"),
    ("Missile strike on Mykolaiv: air defence downs five of eight missiles\nThe Air Force said the enemy fired eight "
     "Kh-59 missiles from Su-34 jets over the Black Sea.\nAir defence shot down five missiles, it said.",
     "missiles_launched", 8, "Mykolaiv"),
    ("Zaporizhzhia hit by 12 drones, 9 shot down\nAccording to the Air Force, the Russians launched 12 Shaheds from the "
     "Primorsko-Akhtarsk area.\nAir defence destroyed 9 drones, the Air Force said.", "drones_launched", 12, "Zaporizhzhia"),
    ("Russia pounds Odesa with 40 drones, 35 shot down\n\nThe Air Force said the Russians launched 40 Shaheds from the "
     "Kursk region and occupied Crimea.\nAir defence destroyed 35 drones.", "drones_shot_down", 35, "Odesa"),
    # ...not when the headline names the country or a second place, nor a count the headline does not give
    ("Russia fires 90 drones at Ukraine, 12 hit Odesa\nThe Air Force said Russia launched 90 drones from the Kursk region "
     "overnight.\nAir defence destroyed 70 drones.", "drones_shot_down", 70, "Ukraine"),
    ("Drones hit Kyiv and Lviv: 30 of 40 Shaheds downed\nThe Air Force said Russia launched 40 drones from the Kursk "
     "region overnight.\nAir defence destroyed 30 drones.", "drones_shot_down", 30, "Ukraine"),
    # (the body telling the city's own share: the headline's counts are the whole attack's)
    ("Largest drone attack on Kharkiv: 40 of 45 Shaheds destroyed\n\nThe Air Force said 45 Shahed drones were launched "
     "from the Kursk region. Air defence destroyed 40 drones. Most of the drones were flying toward Kharkiv.",
     "drones_launched", 45, "Ukraine"),
    # (a headline number told of no weapon: "12 injured")
    ("Night drone attack on Khmelnytskyi: 12 injured\n\nThe Air Force said Russia launched 12 Shahed drones from the "
     "Kursk region overnight.", "drones_launched", 12, "Ukraine"),
    # (a Russian city's: Russia's ministry counts the drones over all its regions)
    ("Russia says it downed 240 Ukrainian drones in attack on Kursk\n\nKursk (AFP) - Russia's Defence Ministry said on "
     "Tuesday it had shot down 240 Ukrainian drones overnight, including 80 over the Kursk region.", "drones_shot_down", 240, "Russia"),
    ("Russia says it downed 210 Ukrainian drones in attack on Bryansk\n\nThe Defence Ministry said on Tuesday it had shot "
     "down 210 Ukrainian drones overnight, 60 of them over the Bryansk region.", "drones_shot_down", 210, "Russia"),
    ("Night attack on Odesa: 11 of 12 drones shot down\nThe Air Force said Russia launched 84 drones from the Kursk "
     "region overnight.\nAir defence destroyed 80 drones.", "drones_shot_down", 80, "Ukraine"),
    # "N of them", "N of the missiles" points back to the launch told up to three sentences before, past a sentence on
    # the launchers; a part told before its launch in the same sentence is that launch's
    ("Russian forces fired seven missiles at Odesa on Monday evening. The missiles were fired from Tu-22M3 bombers, the "
     "command said. Its spokeswoman said air defence had destroyed two of the missiles over the sea.",
     "missiles_shot_down", 2, "Odesa"),
    ("Russia launched 30 drones at the Kharkiv region overnight. They came from the Belgorod direction. Most flew low. "
     "Air defence destroyed 25 of the drones.", "drones_shot_down", 25, "Kharkiv Oblast"),
    ("Air Command South said three of the five Kalibr cruise missiles fired from the Black Sea at the Odesa region "
     "overnight had been shot down.", "missiles_shot_down", 3, "Odesa Oblast"),
    ("The air force said four of the six Shahed drones launched at Mykolaiv overnight were destroyed.",
     "drones_shot_down", 4, "Mykolaiv"),
    # ...the launch told last, when it is the country's, keeps the part national
    ("Russia fired 10 missiles at Lviv. Separately, Russia launched 50 drones at Ukraine overnight. Air defence "
     "destroyed 40 of them.", "drones_shot_down", 40, "Ukraine"),
    ("The air force said 30 of the 45 drones launched at Ukraine overnight were destroyed.", "drones_shot_down", 30, "Ukraine"),
    # a figure with a weapon and a place of its own is no part of the launch before
    ("Russia fired four Kh-59 missiles at the Zaporizhzhia region. Over Kyiv, three drones were intercepted.",
     "drones_shot_down", 3, "Kyiv"),
]


@pytest.mark.parametrize("text,metric,value,place", CASES, ids=lambda v: str(v)[:30])
def test_shoot_down_place(text, metric, value, place):
    claims = {(c["metric"], c["value"]): c for c in extract_article(Article(doc_id="t", text=text)).claims}
    assert claims[(metric, value)]["location"] == place
