"""extract_article over the bundled and shared articles → row invariants: columns, spans inside quotes, stable ids."""
from __future__ import annotations

from datetime import date

import pytest

from extract.article import Article
from extract.pipeline import extract_article, fingerprint
from extract.schema import CLAIM_COLUMNS, DOCUMENT_COLUMNS, METRICS, QUALIFIERS, UNITS

SETS = ("seeds", "dev2022", "dev2024")


@pytest.fixture(scope="module")
def articles(shared):
    return [Article(doc_id=p.stem, text=p.read_text(encoding="utf-8"), source_path=p.name)
            for s in SETS for p in sorted((shared / "corpus" / s / "articles").glob("*.txt"))]


@pytest.fixture(scope="module")
def results(articles):
    return [extract_article(a) for a in articles]


def test_rows_have_every_column_and_valid_vocabulary(results):
    rows = [r for res in results for r in res.claims]
    assert rows
    for row in rows:
        assert tuple(row) == CLAIM_COLUMNS
        assert row["metric"] in METRICS and row["unit"] in UNITS and row["qualifier"] in QUALIFIERS
        assert isinstance(row["value"], float) and isinstance(row["cumulative"], bool)
        assert (row["group"] is None) == (row["metric"] not in ("killed", "injured"))


def test_span_lies_inside_quote_and_quote_is_the_text(articles, results):
    for article, res in zip(articles, results):
        text = article.text
        for row in res.claims:
            q0 = row["quote_start"]
            assert text[q0:q0 + len(row["quote"])] == row["quote"]
            assert q0 <= row["span_start"] < row["span_end"] <= q0 + len(row["quote"])
            assert text[row["span_start"]:row["span_end"]] == row["evidence"]


def test_same_input_same_rows_and_ids(articles, results):
    again = [extract_article(a) for a in articles[:10]]
    assert [r.claims for r in again] == [r.claims for r in results[:10]]
    ids = [row["claim_id"] for res in results for row in res.claims]
    assert len(ids) == len(set(ids))


def test_repeated_figure_is_one_row():
    text = ("Russia fired 76 missiles at Ukraine on Friday.\n\n"
            "Russia fired 76 missiles at Ukraine on Friday morning, killing three people, officials said.")
    rows = extract_article(Article(doc_id="dup", text=text)).claims
    assert sorted((r["metric"], r["value"]) for r in rows) == [("killed", 3.0), ("missiles_launched", 76.0)]


@pytest.mark.parametrize("text,rows", [
    # two sources, two regions: two events with one figure
    ("In Kyiv, a missile wounded two people in the Holosiivskyi district, Mayor Vitali Klitschko said.\n\n"
     "In Zaporizhzhia region, a strike on a facility left two people injured, acting governor Yuriy Malashko said.", 2),
    ("Shelling killed three people in Kherson, governor Oleksandr Prokudin said.\n\n"
     "In Sumy Oblast, three civilians were killed, governor Volodymyr Artiukh said.", 2),
    # two towns, neither inside the other, each in a body sentence of its own: two events
    ("In Kharkiv, a drone injured two people, Mayor Ihor Terekhov said.\n\n"
     "In the Kharkiv region, two people were injured in Chuhuiv, governor Oleh Syniehubov said.", 2),
    # one area (a city and its region), a source named only by its kind, a place of no known region, one source:
    # the same event told twice
    ("In Kharkiv, a drone injured two people, Mayor Ihor Terekhov said.\n\n"
     "In the Kharkiv region, two people were injured, governor Oleh Syniehubov said.", 1),
    ("One woman was killed in the Moscow region, officials said.\n\n"
     "In Ramenskoye, a drone hit a building and one woman was killed, Gov. Andrey Vorobyov said.", 1),
    ("Two people were injured in Odesa, governor Oleh Kiper said.\n\n"
     "Later, Kiper said two people were injured in the Kherson region as well.", 1),
    # a nation's toll beside a town's equal one: two claims; a town's toll restated "in all": one
    ("In Odesa, two people were killed, the mayor said.\n\n"
     "Nationwide, two people died in the overnight attack, the emergency service said.", 2),
    ("In Dnipro, a strike killed three people, the governor said. Three people were killed across Ukraine overnight, "
     "police said.", 2),
    ("A drone killed four people in Kharkiv, the mayor said.\n\nIn all, four people died in the Kharkiv region, "
     "the governor said.", 1),
    ("Russia struck Ukraine overnight, killing five people, officials said.\n\nIn total, five people were killed "
     "across Ukraine, the emergency service said.", 1),
    # a nation's toll and a later line naming no place of its own (its town taken from the text before): one toll
    ("Missiles struck Kyiv overnight.\n\n• At least seven people were killed across the country.\n\n"
     "At least seven people were killed in Monday's attacks, Ukrainian officials said.", 1),
    ("Drones hit Odesa overnight, the mayor said.\n\nNationwide, four people died in the overnight attack, the "
     "emergency service said.\n\nFour people were killed in Saturday's strikes, officials said later.", 1),
    ("Kharkiv came under fire again.\n\nThroughout Ukraine, 12 civilians were killed on Tuesday, police said.\n\n"
     "The strikes killed 12 people, the prosecutor's office said.", 1),
    # ... but a line that names its town is the town's toll
    ("Drones hit Odesa overnight, the mayor said.\n\nNationwide, four people died in the overnight attack, the "
     "emergency service said.\n\nIn Odesa, four people were killed, officials said later.", 2),
])
def test_same_figure_of_two_events_is_two_rows(text, rows):
    claims = extract_article(Article(doc_id="events", text=text)).claims
    assert len([c for c in claims if c["metric"] in ("killed", "injured")]) == rows


def test_nation_toll_repeated_without_a_place_keeps_the_nation():
    text = ("Missiles struck Kyiv overnight.\n\n• At least seven people were killed across the country.\n\n"
            "At least seven people were killed in Monday's attacks, Ukrainian officials said.")
    rows = extract_article(Article(doc_id="n", text=text)).claims
    assert [r["location"] for r in rows if r["metric"] == "killed"] == ["Ukraine"]


def test_document_row_counts_claims_and_known_metadata_wins():
    known = {"publisher": "Example Wire", "published": date(2023, 5, 1), "url": "https://example.org/a"}
    res = extract_article(Article(doc_id="k", text="Shelling killed 4 civilians in Kherson.", known=known))
    doc = res.document
    assert tuple(sorted(doc)) == tuple(sorted(DOCUMENT_COLUMNS))
    assert doc["n_claims"] == len(res.claims) == 1
    assert (doc["publisher"], doc["published"], doc["published_from"]) == ("Example Wire", date(2023, 5, 1), "manifest")
    assert res.claims[0]["published"] == date(2023, 5, 1)


def test_article_without_figures_still_has_a_document_row():
    res = extract_article(Article(doc_id="empty", text="No numbers here at all."))
    assert res.claims == [] and res.document["n_claims"] == 0 and res.document["doc_id"] == "empty"


def test_fingerprint_is_stable_hex():
    assert fingerprint() == fingerprint() and len(fingerprint()) == 64


@pytest.mark.parametrize("text,want", [
    ("Russia attacked Odesa with 25 Shahed drones overnight. Air defence units shot down 19 of them.", "Odesa"),
    ("Russian forces launched 11 drones at Sumy Oblast. Of those, 9 were shot down.", "Sumy Oblast"),
    ("Russia launched 50 drones at Ukraine overnight. Of those, 41 were downed.", "Ukraine"),
])
def test_downed_part_of_a_placed_launch_keeps_its_place(text, want):
    rows = extract_article(Article(doc_id="x", text=text)).claims
    assert [r["location"] for r in rows if r["metric"] == "drones_shot_down"] == [want]


def test_lower_case_list_labels_are_no_places_continuing_a_figure():
    """In a General Staff list, "• submarines: 1" is another tally, not the cruise missiles' share of a place."""
    text = "Overall, Russian losses are as follows:\n• cruise missiles: 3,880\n• submarines: 1\n• special equipment: 3,983"
    rows = extract_article(Article(doc_id="x", text=text)).claims
    assert [(r["metric"], r["value"]) for r in rows] == [("missiles_shot_down", 3880.0)]


@pytest.mark.parametrize("text,want", [
    ("Russia said it had shot down 62 Ukrainian drones overnight.\n\n"
     "\"Air defence systems destroyed 62 drones,\" Russia's Defence Ministry said on Telegram.", "Russia's Defence Ministry"),
    ("Russia says 14 drones were downed on their way to the capital.\n\n"
     "Moscow mayor Sergei Sobyanin said 14 drones had been shot down on their approach to the city.", "Sergei Sobyanin"),
    ("Ukraine said it downed 40 drones overnight.\n\nThe Ukrainian air force said 40 drones had been shot down.",
     "Ukraine's Air Force"),
    # the other state's speaker of the same figure does not speak for the state the lead credits
    ("Russia said it shot down 33 Ukrainian drones over its border regions overnight.\n\nUkraine's air force said 33 drones were shot down.", "Russia"),
])
def test_a_state_credited_in_the_lead_is_the_speaker_its_repeat_names(text, want):
    """"Russia said it downed 105 drones" and the defence ministry's own words of the 105: the ministry is the claimant."""
    rows = extract_article(Article(doc_id="x", text=text)).claims
    assert [r["claimant"] for r in rows] == [want]


@pytest.mark.parametrize("text,want", [
    ("Zelensky said Russia had attacked with \"309 drones and eight missiles\" overnight.\n\n"
     "Ukraine's air force says Russia launched 309 drones and eight missiles overnight.", "Ukraine's Air Force"),
    ("Mayor Vitali Klitschko said the strike had left \u201cfive people dead, among them a child\u201d.\n\n"
     "Five people were killed, the State Emergency Service said.", "State Emergency Service"),
    ("Governor Oleh Syniehubov wrote on Telegram that \u00abnine people were injured in Kharkiv\u00bb this morning.\n\n"
     "The National Police said nine people were injured in the strike on Kharkiv.", "National Police"),
    # the speaker's quoted words alone keep the speaker; a reporter's line naming nobody does not outrank them
    ("Zelensky said Russia had attacked with \"40 drones\" overnight.\n\nRussia launched 40 drones, the outlet counted.",
     "Volodymyr Zelensky"),
])
def test_a_reporters_attributed_line_outranks_a_speakers_quoted_words(text, want):
    """A figure repeated in a speaker's quoted words and in a reporter's attributed line: the line's source speaks it."""
    rows = extract_article(Article(doc_id="x", text=text)).claims
    assert {r["claimant"] for r in rows} == {want}


_STATEMENT = "{}\nOfficial statement | 02.03.2024 09:10\n\nOn the night\n\n{}"


@pytest.mark.parametrize("publisher,body,want", [
    ("Zaporizhzhia Regional Military Administration", "Overnight, 6 people were injured. Debris fell in Vilniansk and Polohy; "
     "residents of Komyshuvakha and Huliaipole reported explosions; Zaporizhzhia region was shelled 300 times.", "Zaporizhzhia Oblast"),
    ("Dnipropetrovsk Regional Military Administration", "Over the past week, 640 people were evacuated. Trains left Pavlohrad "
     "for Lviv and Kyiv; residents of Nikopol and Marhanets were also taken out of the Dnipropetrovsk region.", "Dnipropetrovsk Oblast"),
    ("Kherson City Military Administration", "Over the past day, 7 people were injured. Shells hit the Dniprovskyi and Korabelnyi "
     "districts; residents of Antonivka and Komyshany reported explosions; Kherson was shelled 40 times.", "Kherson"),
    # an outlet named for a town is no office speaking for it (a page touring one region's towns is that region's, not
    # the town's); an office's page about the whole country stays national
    ("Kherson Online", "Over the past day, 8 people were injured. Shells hit Bilozerka and Beryslav; residents of Antonivka "
     "and Komyshany reported explosions; Kherson was shelled 40 times.", "Kherson Oblast"),
    ("Sumy Regional Military Administration", "Overnight, 9 people were injured across Ukraine. Debris fell in Kyiv, Odesa and "
     "Lviv; residents of Dnipro reported explosions.", "Ukraine"),
])
def test_an_offices_own_page_over_many_places_is_about_its_seat(publisher, body, want):
    """A regional administration's statement touring its region's towns: a figure placed nowhere is the region's."""
    rows = extract_article(Article(doc_id="x", text=_STATEMENT.format(publisher, body))).claims
    assert [r["location"] for r in rows] == [want]


_GS = "WAR NEWS\nNews | War | 31.12.2023\n\nEnemy losses on the last day of the year\n\nLosses of the enemy, the General Staff of the Armed Forces of Ukraine reports:\npersonnel — about 402,000 (+1,150);\n"


@pytest.mark.parametrize("text,value,want", [
    (_GS + "cruise missiles — 1,743 (+10);\n\nAnalysis. The 10 cruise missiles were shot down as Russia continued its strikes.",
     10.0, "Ukraine's General Staff"),
    (_GS + "cruise missiles — 2,010 (+12);\n\nThe 12 cruise missiles were intercepted over the south and the centre overnight.",
     12.0, "Ukraine's General Staff"),
    (_GS + "UAV operational-tactical level — 7,433 (+61);\n\nThe 61 drones were destroyed by mobile fire groups and electronic warfare.",
     61.0, "Ukraine's General Staff"),
    # (another event's figure of the same value, credited later, lends no speaker; nor does a headline's label)
    ("News Wrap: Russian shelling kills 13 in central Ukraine towns\n\nMay 2, 2024\n\nTRANSCRIPT\n\n"
     "Thirteen people died when rockets hit apartment buildings and homes in Marhanets overnight.", 13.0, None),
    ("Kherson under fire\n\nNine people were injured in a strike on Kharkiv on Monday.\n\n"
     "The State Emergency Service said later that nine people were injured in a separate attack on Sumy.", 9.0, None),
])
def test_a_figure_told_again_without_a_speaker_keeps_the_first_speaker(text, value, want):
    """A list's "(+10)" under the General Staff's report, then "The 10 cruise missiles were shot down ...": the staff's."""
    rows = extract_article(Article(doc_id="x", text=text)).claims
    assert [r["claimant"] for r in rows if r["value"] == value][0] == want
