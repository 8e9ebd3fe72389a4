"""Column tables written with tabs (a tab cannot stand in a tests/cases line) → the claims of their rows."""
from extract.article import Article
from extract.pipeline import extract_article


def _claims(text: str) -> dict[tuple[str, float], dict]:
    return {(c["metric"], c["value"]): c for c in extract_article(Article(doc_id="t", text=text)).claims}


def test_tab_separated_weapon_table():
    text = ("The air force published its count for the night.\nType\tfired\tintercepted\n"
            "Kalibr cruise missiles\t12\t10\nShahed drones\t96\t71")
    assert set(_claims(text)) == {("missiles_launched", 12), ("missiles_shot_down", 10),
                                  ("drones_launched", 96), ("drones_shot_down", 71)}


def test_tab_separated_casualty_table_by_region():
    text = "The governors reported:\nRegion\tpeople killed\tpeople injured\nKharkiv\t4\t22\nOdesa\tnone\t5"
    claims = _claims(text)
    assert set(claims) == {("killed", 4), ("injured", 22), ("injured", 5)}
    assert claims[("injured", 22)]["location"] == "Kharkiv Oblast"


def test_semicolons_in_prose_make_no_table():
    text = "Officials counted the dead; killed; injured.\nKharkiv; 4 people died there; 22 more were hurt in Odesa."
    assert set(_claims(text)) <= {("killed", 4), ("injured", 22)}


def test_columns_lined_up_with_several_tabs():
    text = ("The air force gave the count.\nType\t\tfired\tdowned\nKalibr cruise missiles\t\t12\t10\n"
            "Shahed drones\t\t96\t71")
    assert set(_claims(text)) == {("missiles_launched", 12), ("missiles_shot_down", 10),
                                  ("drones_launched", 96), ("drones_shot_down", 71)}
