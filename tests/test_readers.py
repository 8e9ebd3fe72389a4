"""Input files of every kind, good and bad → Articles and one clear Problem line per bad input."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.manifest import apply_manifests, read_manifest
from extract.readers import ArticleReader, decode, discover, parse_bool, parse_date
from extract.sitenames import outlet_name

BODY = "Russian missiles hit Kyiv overnight, killing 3 people and injuring 12.\n"


def read_all(root: Path, max_bytes: int = 20 * 1024 * 1024):
    reader = ArticleReader(max_bytes=max_bytes)
    found = discover([root])
    articles = [a for base, path in found.articles for a in reader.read(base, path)]
    return articles, reader.problems


# name, bytes, expected category of the problem, whether the article is still read
BAD_FILES = [
    ("empty.txt", b"", "empty", False),
    ("blank.txt", b" \n\t\n", "empty", False),
    ("binary.txt", b"PK\x03\x04\x00\x00 data", "binary", False),
    ("smart-quotes.txt", "\u201cThree\u201d were killed \u2013 officials. 5 injured.".encode("cp1252"),
     "read as cp1252", True),
    ("latin.txt", b"Caf\xe9 \x81 hit; 4 killed", "read as latin-1", True),
]


@pytest.mark.parametrize("name,data,category,still_read", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_text_files_give_one_line_naming_the_file(tmp_path, name, data, category, still_read):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert [p.category for p in problems] == [category]
    line = str(problems[0])
    assert line.startswith(name + ":") and "\n" not in line
    assert problems[0].skipped is not still_read
    ids = sorted(a.doc_id for a in articles)
    assert ids == sorted(["good"] + ([Path(name).stem] if still_read else []))


def test_cp1252_text_is_decoded_to_the_right_characters(tmp_path):
    (tmp_path / "a.txt").write_bytes("\u201cThree\u201d \u2013 5\u20ac".encode("cp1252"))
    articles, _ = read_all(tmp_path)
    assert articles[0].text == "\u201cThree\u201d \u2013 5\u20ac"


def test_oversized_file_is_skipped_with_the_limit_named(tmp_path):
    (tmp_path / "huge.txt").write_text(BODY * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_all(tmp_path, max_bytes=len(BODY) * 10)
    assert [a.doc_id for a in articles] == ["small"]
    assert problems[0].category == "too large" and "--max-mb" in str(problems[0])


@pytest.mark.parametrize("raw,expected", [
    (b"a\r\nb\rc\n", "a\nb\nc\n"),
    (b"\xef\xbb\xbfwith BOM 5", "with BOM 5"),
    ("utf-16 text 7".encode("utf-16"), "utf-16 text 7"),
])
def test_decode_gives_plain_newlines_and_no_bom(raw, expected):
    assert decode(raw)[0] == expected


def test_discover_skips_hidden_folders_and_treats_manifest_as_manifest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    for rel in ("a.txt", "sub/b.txt", ".cache/c.txt", "sub/manifest.csv", "notes.md", "d.html", "e.jsonl", "f.csv"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = discover([tmp_path])
    assert [Path(p).relative_to(tmp_path).as_posix() for _, p in found.articles] == \
        ["a.txt", "d.html", "e.jsonl", "f.csv", "sub/b.txt"]
    assert [p.name for _, p in found.manifests] == ["manifest.csv"]


def test_jsonl_records_default_ids_metadata_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"doc_id": "kyiv-1", "text": BODY, "publisher": "Kyiv Independent", "published": "2022-10-10",
                    "url": "https://example.org/a", "title": "Strike"}),
        json.dumps({"text": BODY}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY, "published": "10 October"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert [a.doc_id for a in articles] == ["kyiv-1", "feed-2", "feed-7"]
    assert articles[0].known == {"publisher": "Kyiv Independent", "published": date(2022, 10, 10),
                                 "url": "https://example.org/a", "title": "Strike"}
    assert articles[2].known == {}
    assert [(p.where, p.category) for p in problems] == [
        ("line 4", "malformed JSON line"), ("line 5", "malformed JSON line"),
        ("line 6", "record without text"), ("line 7", "bad published")]
    assert all(str(p).startswith("feed.jsonl:line ") for p in problems)


def test_csv_articles_and_csv_without_text_column(tmp_path):
    (tmp_path / "rows.csv").write_text(
        'doc_id,text,published,restated\n,"Line one, 5 killed.\nLine two.",2023-01-02,yes\nx9,,,\n', encoding="utf-8")
    (tmp_path / "wrong.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert [a.doc_id for a in articles] == ["rows-1"]
    assert articles[0].text == "Line one, 5 killed.\nLine two."
    assert articles[0].known == {"published": date(2023, 1, 2), "restated": True}
    assert [(p.path, p.where, p.category) for p in problems] == [
        ("rows.csv", "row 2", "record without text"), ("wrong.csv", "", "CSV without text column")]
    assert "columns: id, body" in str(problems[1])


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path):
    paragraph = "Ukraine's air force said it shot down 54 of the 69 missiles launched overnight. " * 3
    html = f"""<html><head><title>Missile barrage | Example News</title>
      <meta property="og:title" content="Missile barrage hits Ukraine">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2022-12-16T09:00:00Z">
      <link rel="canonical" href="https://example.org/barrage"></head>
      <body><nav>Home | World | Sport</nav><article><h1>Missile barrage hits Ukraine</h1>
      <p>{paragraph}</p><p>{paragraph}</p></article><footer>Cookie settings</footer></body></html>"""
    (tmp_path / "barrage.html").write_text(html, encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert problems == []
    (article,) = articles
    assert article.doc_id == "barrage"
    assert "shot down 54 of the 69 missiles" in article.text
    assert "Cookie settings" not in article.text and "<p>" not in article.text
    assert article.known["published"] == date(2022, 12, 16)
    assert article.known["url"] == "https://example.org/barrage"


@pytest.mark.parametrize("site_name,title,outlet", [
    ("Example News", "Missile barrage | Example News", "Example News"),
    ("061.ua - Zaporizhzhia city website", "Massive attack: 62,000 without power | 061.ua", "061.ua"),
    ("061.ua - Zaporizhzhia city website", "Massive attack", "061.ua"),                # the tagline's lower-case words
    ("Latest news from Odesa | Dumskaya", "Night attack on Odesa", "Dumskaya"),
    ("Kharkiv Today — News of Kharkiv and the region", None, "Kharkiv Today"),
    ("Kyiv Post: Ukraine's Global Voice", "Drone attack | Kyiv Post", "Kyiv Post"),   # the title signs with it
    ("Voice of America", "Drones over Kyiv - Voice of America", "Voice of America"),   # joiners are part of a name
    ("Radio Free Europe/Radio Liberty", None, "Radio Free Europe/Radio Liberty"),      # no spaced separator
    ("Novyny.LIVE", "x", "Novyny.LIVE"),
    ("UN News: Global perspective Human stories", None, "UN News"),
    (None, "x", None),
])
def test_outlet_name_drops_a_site_names_tagline(site_name, title, outlet):
    assert outlet_name(site_name, title) == outlet


def test_html_site_name_with_tagline_gives_the_outlet(tmp_path):
    paragraph = "Ukraine's air force said it shot down 54 of the 69 missiles launched overnight. " * 3
    html = f"""<html><head><title>Missile barrage: 54 downed | 061.ua</title>
      <meta property="og:site_name" content="061.ua - Zaporizhzhia city website"></head>
      <body><article><h1>Missile barrage</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"""
    (tmp_path / "barrage.html").write_text(html, encoding="utf-8")
    (article,), problems = read_all(tmp_path)
    assert problems == [] and article.known["publisher"] == "061.ua"


def test_html_photo_captions_are_story_paragraphs(tmp_path):
    intro = "A missile hit an apartment block in the centre of the city on Saturday morning, officials said. " * 2
    html = f"""<html><head><meta property="og:site_name" content="Example News"></head><body><article>
      <h1>After the strike: a photo report</h1><p>{intro}</p>
      <figure><img src="1.jpg" alt="Rubble"><figcaption>1/3. Rescuers at the site. By the evening, nine people
      had been killed and 16 injured.</figcaption></figure>
      <figure><img src="2.jpg"><figcaption>2/3. About 40 residents were moved to a shelter.</figcaption></figure>
      <figure><img src="3.jpg" alt="A decorative photo without a caption"></figure>
      <p>{intro}</p></article></body></html>"""
    (tmp_path / "gallery.html").write_text(html, encoding="utf-8")
    (article,), _ = read_all(tmp_path)
    assert "nine people had been killed and 16 injured" in " ".join(article.text.split())
    lines = article.text.splitlines()
    # each caption stays a line of its own: a figure never runs into the next caption's number
    assert any(line.startswith("2/3. About 40 residents") for line in lines)


def test_html_without_main_text_is_skipped(tmp_path):
    (tmp_path / "nav.html").write_text("<html><head><script>var x = 1;</script></head><body></body></html>",
                                       encoding="utf-8")
    articles, problems = read_all(tmp_path)
    assert articles == [] and [p.category for p in problems] == ["HTML without text"]


@pytest.mark.parametrize("value,expected", [
    ("2022-12-27", date(2022, 12, 27)), ("2022-12-27T22:40:00+02:00", date(2022, 12, 27)), ("", None)])
def test_parse_date_accepts_iso(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["27/12/2022", "2022-13-01", "yesterday"])
def test_parse_date_rejects_the_rest(value):
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize("value,expected", [("true", True), ("FALSE", False), ("1", True), ("no", False), ("", None)])
def test_parse_bool(value, expected):
    assert parse_bool(value) is expected


def manifest_case(tmp_path: Path, manifest_text: str, names=("a", "b")):
    for name in names:
        (tmp_path / f"{name}.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(manifest_text, encoding="utf-8")
    problems = []
    manifest = read_manifest(tmp_path, tmp_path / "manifest.csv", problems)
    articles, _ = read_all(tmp_path)
    files = [tmp_path / f"{a.doc_id}.txt" for a in articles]
    applied = apply_manifests(articles, files, [manifest] if manifest else [], problems)
    return {a.doc_id: a.known for a in applied}, problems


def test_manifest_values_are_typed_and_reach_the_articles(tmp_path):
    known, problems = manifest_case(tmp_path, "doc_id,publisher,url,published,restated,title\n"
                                              "a,Reuters,https://r.example/a,2022-03-01,true,Headline\n")
    assert problems == []
    assert known["a"] == {"publisher": "Reuters", "url": "https://r.example/a", "published": date(2022, 3, 1),
                          "restated": True, "title": "Headline"}
    assert known["b"] == {}


# manifest text, expected (where, category) of each problem, doc a's known values
MANIFEST_PROBLEMS = [
    ("doc_id,publisher,url,published\na,AP,,03/01/2022\n", [("line 2", "bad published")], {"publisher": "AP"}),
    ("doc_id,publisher,url,published\nzzz,AP,,2022-03-01\n", [("line 2", "manifest unknown doc_id")], {}),
    ("doc_id,publisher\na,AP\n", [("", "manifest missing a column")], {"publisher": "AP"}),
    ("name,publisher,url,published\na,AP,,\n", [("", "manifest without doc_id column")], {}),
    ("doc_id,publisher,url,published\na,AP,,\na,BBC,,\n", [("line 3", "manifest duplicate doc_id")],
     {"publisher": "AP"}),
]


@pytest.mark.parametrize("text,expected,known_a", MANIFEST_PROBLEMS)
def test_manifest_problems_are_one_line_each_and_the_rest_is_used(tmp_path, text, expected, known_a):
    known, problems = manifest_case(tmp_path, text)
    assert [(p.where, p.category) for p in problems] == expected
    assert all(str(p).startswith("manifest.csv") and "\n" not in str(p) for p in problems)
    assert known["a"] == known_a


def test_nearest_manifest_wins_and_covers_only_its_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "top.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "inner.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,publisher,url,published\ninner,Outer,,\ntop,Outer,,\n")
    (tmp_path / "sub" / "manifest.csv").write_text("doc_id,publisher,url,published\ninner,Inner,,\ntop,Wrong,,\n")
    problems = []
    found = discover([tmp_path])
    manifests = [read_manifest(root, path, problems) for root, path in found.manifests]
    reader = ArticleReader()
    pairs = [(a, path) for root, path in found.articles for a in reader.read(root, path)]
    applied = apply_manifests([a for a, _ in pairs], [p for _, p in pairs], manifests, problems)
    assert {a.doc_id: a.known["publisher"] for a in applied} == {"inner": "Inner", "top": "Outer"}
    # sub/manifest.csv names `top`, which is not under sub/
    assert [(p.path, p.category) for p in problems] == [("sub/manifest.csv", "manifest unknown doc_id")]


def test_html_tables_in_the_story_are_kept(tmp_path):
    # a report's table of incidents carries its figures: its rows stay in the text, a cell apart by bars
    intro = "The commission verified the following attacks on civilians in the period under review, it said. " * 2
    html = f"""<html><head><meta property="og:site_name" content="Example Monitor"></head><body><article>
      <h1>Attacks verified in 2023</h1><p>{intro}</p>
      <table><tr><th>Date</th><th>Place</th><th>Killed</th><th>Injured</th></tr>
      <tr><td>14 January 2023</td><td>Dnipro</td><td>46</td><td>80</td></tr>
      <tr><td>28 April 2023</td><td>Uman</td><td>23</td><td>–</td></tr></table>
      <p>{intro}</p></article></body></html>"""
    (tmp_path / "report.html").write_text(html, encoding="utf-8")
    (article,), problems = read_all(tmp_path)
    assert problems == []
    row = next(line for line in article.text.splitlines() if "Dnipro" in line)
    assert [cell.strip() for cell in row.strip("| ").split("|")] == ["14 January 2023", "Dnipro", "46", "80"]


def test_html_site_name_read_off_the_address_gives_way_to_the_titles_signature(tmp_path):
    paragraph = "The oblast council said 340 people were evacuated from the north of the region on Thursday. " * 3
    html = f"""<html><head><title>Evacuation continues | Sumy Oblast Council</title>
      <meta property="og:url" content="https://sumyrada.example.gov.ua/en/news/evacuation-continues"></head>
      <body><article><h1>Evacuation continues</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"""
    (tmp_path / "council.html").write_text(html, encoding="utf-8")
    (article,), problems = read_all(tmp_path)
    assert problems == [] and article.known["publisher"] == "Sumy Oblast Council"
