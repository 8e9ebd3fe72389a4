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


def test_fact_box_rows_opening_on_their_figure_take_the_source_cell():
    text = ("Kyiv, 3 March. A night attack on Dnipro.\n\nKey facts\nFigure | What it counts | Source\n"
            "5 | people killed in Dnipro | Serhiy Lysak\n6 | Kalibr missiles launched at Dnipro | Air Force\n"
            "7 | people rescued from the rubble | State Emergency Service\n"
            "200 | residents moved to a temporary shelter | City council")
    claims = _claims(text)
    assert set(claims) == {("killed", 5), ("missiles_launched", 6), ("evacuated", 200)}
    assert claims[("killed", 5)]["claimant"] == "Serhiy Lysak"
    assert claims[("missiles_launched", 6)]["claimant"] == "Ukraine's Air Force"
    assert claims[("evacuated", 200)]["claimant"].lower().endswith("city council")   # named for its place where one is read


def test_figure_first_rows_without_a_header_need_a_run():
    one = "Odesa after the strike.\n3 | people killed | police\nThe city mourned."
    assert set(_claims(one)) == set()
    run = ("Odesa after the strike.\n3 | people killed in Odesa\n8 | people injured in Odesa\n"
           "2 | of the injured in hospital")
    assert {("killed", 3), ("injured", 8)} <= set(_claims(run))
