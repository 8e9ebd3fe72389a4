"""Write gold.claims.jsonl and gold.docs.jsonl for blind set 4 and check them.

Checks: every evidence string stands in its article (the tag-stripped page for html, title + text for the
csv rows), group/side are set for casualties only, no claim (doc, metric, unit, value, location) is repeated,
and every article has a docs line.  Run from anywhere: python tests/heldout_blind4/make_gold.py
"""
import csv, html, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"

DOCS = [
    ("f01_serhiivka-apartment-strike", "Reuters", "2022-07-01"),
    ("f02_meduza-kursk-incursion", "Meduza", "2024-08-14"),
    ("f03_kyiv-independent-explainer-dec29", "The Kyiv Independent", "2023-12-30"),
    ("f04_iom-displacement-survey", "International Organization for Migration", "2025-01-28"),
    ("f05_ukrenergo-schedules-dec13", "RBC-Ukraine", "2024-12-14"),
    ("f06_kommersant-bryansk-digest", "Kommersant", "2025-07-20"),
    ("f07_euronews-live-kyiv-jul4", "Euronews", "2025-07-04"),
    ("f08_texty-civilian-deaths-2024", "Texty.org.ua", "2025-02-21"),
    ("f09_interfax-mod-weekly", "Interfax", "2025-01-18"),
    ("f10_suspilne-toretsk-remain", "Suspilne Donbas", "2024-06-20"),
    ("f11_lviv-strike-update", None, "2024-09-04"),
    ("f12_kharkiv-glide-bomb-aug30", "Ukrinform", "2024-08-31"),
    ("f13_kramatorsk-restaurant-ap", "Associated Press", "2023-06-28"),
    ("f14_odesa-apartment-drone", "Odesa Journal", "2024-03-03"),
]

CAS = ("killed", "injured")
G = []


def c(doc, metric, value, qual, date, loc, group, side, cum, claimant, ev, unit="count"):
    G.append(dict(doc_id=doc, metric=metric, value=value, unit=unit, qualifier=qual, event_date=date,
                  location=loc, group=group if metric in CAS else None, side=side if metric in CAS else None,
                  cumulative=cum, claimant=claimant, evidence=ev))


def cas(doc, metric, value, qual, date, loc, group, side, cum, claimant, ev):
    c(doc, metric, value, qual, date, loc, group, side, cum, claimant, ev)


def air(doc, metric, value, qual, date, loc, cum, claimant, ev):
    c(doc, metric, value, qual, date, loc, None, None, cum, claimant, ev)


# f01 Reuters, Serhiivka 1 Jul 2022
d = "f01_serhiivka-apartment-strike"; D = "2022-07-01"
cas(d, "killed", 21, "at_least", D, "Serhiivka", "unspecified", "ukrainian", False, "Ukrainian officials", "killing at least 21 people")
cas(d, "injured", 38, "exact", D, "Serhiivka", "unspecified", "ukrainian", False, "State Emergency Service", "38 people were injured, six of them children")
cas(d, "injured", 6, "exact", D, "Serhiivka", "children", "ukrainian", False, "State Emergency Service", "38 people were injured, six of them children")
cas(d, "killed", 16, "exact", D, "Serhiivka", "unspecified", "ukrainian", False, "State Emergency Service", "16 people had died in the apartment block alone")
air(d, "missiles_launched", 3, "exact", D, "Serhiivka", False, "Andriy Yermak", "three Kh-22 missiles had been fired")

# f02 Meduza, Kursk incursion, 14 Aug 2024
d = "f02_meduza-kursk-incursion"; D = "2024-08-14"
c(d, "evacuated", 121000, "at_least", D, "Kursk Oblast", None, None, True, "Alexei Smirnov", "pushed more than 121,000 people out of their homes")
cas(d, "killed", 12, "exact", D, "Kursk Oblast", "civilians", "russian", True, "Alexei Smirnov", "12 civilians have been killed in the region since the incursion began")
cas(d, "injured", 121, "exact", D, "Kursk Oblast", "civilians", "russian", True, "Alexei Smirnov", "121 have been wounded, 10 of them children")
cas(d, "injured", 10, "exact", D, "Kursk Oblast", "children", "russian", True, "Alexei Smirnov", "121 have been wounded, 10 of them children")
cas(d, "killed", 2030, "at_most", D, "Kursk Oblast", "military", "ukrainian", True, "Russia's Defence Ministry", "killed up to 2,030 Ukrainian servicemen")
c(d, "evacuated", 11000, "approx", D, "Krasnaya Yaruga", None, None, True, "Vyacheslav Gladkov", "about 11,000 people had already left the area")

# f03 Kyiv Independent explainer, 29 Dec 2023
d = "f03_kyiv-independent-explainer-dec29"; D = "2023-12-29"
AF = "Ukraine's Air Force"
air(d, "missiles_launched", 122, "exact", D, "Ukraine", False, AF, "Russia fired 122 missiles and 36 Shahed-type drones")
air(d, "drones_launched", 36, "exact", D, "Ukraine", False, AF, "Russia fired 122 missiles and 36 Shahed-type drones")
air(d, "missiles_shot_down", 87, "exact", D, "Ukraine", False, AF, "shot down 87 of the missiles and 27 of the drones")
air(d, "drones_shot_down", 27, "exact", D, "Ukraine", False, AF, "shot down 87 of the missiles and 27 of the drones")
cas(d, "killed", 39, "exact", D, "Ukraine", "unspecified", "ukrainian", False, "State Emergency Service", "the death toll had risen to 39 across the country")
cas(d, "injured", 159, "exact", D, "Ukraine", "unspecified", "ukrainian", False, "State Emergency Service", "with 159 people injured")
cas(d, "killed", 16, "exact", D, "Kyiv", "unspecified", "ukrainian", False, "Kyiv City Military Administration", "16 people were killed and 53 injured")
cas(d, "injured", 53, "exact", D, "Kyiv", "unspecified", "ukrainian", False, "Kyiv City Military Administration", "16 people were killed and 53 injured")
cas(d, "killed", 6, "exact", D, "Dnipro", "unspecified", "ukrainian", False, "Serhii Lysak", "six people died and 30 were injured")
cas(d, "injured", 30, "exact", D, "Dnipro", "unspecified", "ukrainian", False, "Serhii Lysak", "six people died and 30 were injured")
cas(d, "killed", 4, "exact", D, "Odesa", "unspecified", "ukrainian", False, "Oleh Kiper", "four people were killed and 22 wounded")
cas(d, "injured", 22, "exact", D, "Odesa", "unspecified", "ukrainian", False, "Oleh Kiper", "four people were killed and 22 wounded")

# f04 IOM General Population Survey, Round 19
d = "f04_iom-displacement-survey"; D = "2024-12-31"
c(d, "evacuated", 3669000, "approx", D, "Ukraine", None, None, True, None, "An estimated 3,669,000 people are internally displaced")
c(d, "evacuated", 1130000, "approx", D, "Donetsk Oblast", None, None, True, None, "About 1,130,000 displaced persons left Donetsk Oblast")
c(d, "evacuated", 780000, "approx", D, "Kharkiv Oblast", None, None, True, None, "around 780,000 left Kharkiv Oblast")
c(d, "evacuated", 450000, "approx", D, "Zaporizhzhia Oblast", None, None, True, None, "some 450,000 of the displaced")
c(d, "evacuated", 190000, "approx", "2024-11-30", "Ukraine", None, None, False, None, "Roughly 190,000 people were newly displaced")

# f05 RBC-Ukraine, 13 Dec 2024 grid attack
d = "f05_ukrenergo-schedules-dec13"; D = "2024-12-13"
air(d, "missiles_launched", 94, "exact", D, "Ukraine", False, AF, "Russia launched 94 missiles and 193 drones at Ukraine")
air(d, "drones_launched", 193, "exact", D, "Ukraine", False, AF, "Russia launched 94 missiles and 193 drones at Ukraine")
air(d, "missiles_shot_down", 81, "exact", D, "Ukraine", False, AF, "Air defence shot down 81 missiles and 80 drones")
air(d, "drones_shot_down", 80, "exact", D, "Ukraine", False, AF, "Air defence shot down 81 missiles and 80 drones")
c(d, "without_power", 200000, "approx", D, "Ternopil Oblast", None, None, False, "Vyacheslav Nehoda", "about 200,000 consumers without power")
c(d, "without_power", 60000, "approx", D, "Lviv Oblast", None, None, False, "Lviv regional administration", "some 60,000 households had no electricity")

# f06 Kommersant, Bogomaz's posts of Saturday 19 Jul 2025
d = "f06_kommersant-bryansk-digest"; D = "2025-07-19"
air(d, "drones_shot_down", 11, "exact", D, "Bryansk Oblast", False, "Alexander Bogomaz", "destroyed 11 UAVs of the aircraft type")
cas(d, "killed", 2, "exact", D, "Belaya Berezka", "civilians", "russian", False, "Alexander Bogomaz", "two civilians were killed and three more were wounded")
cas(d, "injured", 3, "exact", D, "Belaya Berezka", "civilians", "russian", False, "Alexander Bogomaz", "two civilians were killed and three more were wounded")
air(d, "drones_shot_down", 7, "exact", D, "Bryansk Oblast", False, "Alexander Bogomaz", "another 7 drones were destroyed")
c(d, "evacuated", 1500, "approx", "2025-06-30", "Bryansk Oblast", None, None, True, "Alexander Bogomaz", "some 1,500 residents of the border areas had been moved to temporary accommodation centres")

# f07 Euronews live, Kyiv 4 Jul 2025
d = "f07_euronews-live-kyiv-jul4"; D = "2025-07-04"
cas(d, "killed", 2, "exact", D, "Kyiv", "unspecified", "ukrainian", False, "Kyiv City Military Administration", "two people have been killed and 23 injured in the capital")
cas(d, "injured", 23, "exact", D, "Kyiv", "unspecified", "ukrainian", False, "Kyiv City Military Administration", "two people have been killed and 23 injured in the capital")
air(d, "drones_launched", 539, "exact", D, "Ukraine", False, AF, "Russia launched 539 drones and decoys and 11 missiles")
air(d, "missiles_launched", 11, "exact", D, "Ukraine", False, AF, "Russia launched 539 drones and decoys and 11 missiles")
air(d, "drones_shot_down", 270, "exact", D, "Ukraine", False, AF, "Air defence downed 270 drones and two missiles")
air(d, "missiles_shot_down", 2, "exact", D, "Ukraine", False, AF, "Air defence downed 270 drones and two missiles")
c(d, "evacuated", 40, "approx", D, "Kyiv", None, None, False, "State Emergency Service", "About 40 people were moved out of a partly collapsed apartment block")
cas(d, "injured", 16, "exact", D, "Kyiv", "unspecified", "ukrainian", False, "Vitali Klitschko", "Earlier he had spoken of 16")

# f08 Texty data piece, HRMMU figures for 2024
d = "f08_texty-civilian-deaths-2024"; Y = "2024-12-31"; H = "HRMMU"
cas(d, "killed", 2088, "exact", Y, "Ukraine", "civilians", "ukrainian", False, H, "verified 2,088 civilians killed and 9,138 injured")
cas(d, "injured", 9138, "exact", Y, "Ukraine", "civilians", "ukrainian", False, H, "verified 2,088 civilians killed and 9,138 injured")
cas(d, "killed", 151, "exact", Y, "Ukraine", "children", "ukrainian", False, H, "Among the dead were 151 children")
cas(d, "killed", 12605, "exact", "2025-01-31", "Ukraine", "civilians", "ukrainian", True, H, "12,605 civilian deaths and 29,178 injuries")
cas(d, "injured", 29178, "exact", "2025-01-31", "Ukraine", "civilians", "ukrainian", True, H, "12,605 civilian deaths and 29,178 injuries")
cas(d, "killed", 743, "exact", Y, "Donetsk Oblast", "civilians", "ukrainian", False, None, "with 743 civilians killed in 2024")
cas(d, "killed", 384, "exact", Y, "Kharkiv Oblast", "civilians", "ukrainian", False, None, "Kharkiv Oblast followed with 384 dead")
cas(d, "killed", 213, "exact", Y, "Zaporizhzhia Oblast", "civilians", "ukrainian", False, None, "Zaporizhzhia Oblast with 213")
cas(d, "killed", 165, "exact", Y, "Dnipropetrovsk Oblast", "civilians", "ukrainian", False, None, "Dnipropetrovsk Oblast with 165")
cas(d, "killed", 92, "exact", Y, "Kyiv", "civilians", "ukrainian", False, None, "Kyiv city counted 92 civilian deaths")
cas(d, "killed", 219, "exact", "2024-07-31", "Ukraine", "civilians", "ukrainian", False, None, "219 civilians were killed and 1,018 injured")
cas(d, "injured", 1018, "exact", "2024-07-31", "Ukraine", "civilians", "ukrainian", False, None, "219 civilians were killed and 1,018 injured")

# f09 Interfax, Russian MoD weekly summary
d = "f09_interfax-mod-weekly"; D = "2025-01-18"; MOD = "Russia's Defence Ministry"
air(d, "drones_shot_down", 400, "at_least", D, None, False, None, "downs over 400 Ukrainian drones in a week")
air(d, "drones_shot_down", 413, "exact", D, None, False, MOD, "shot down 413 fixed-wing drones over the past week")
air(d, "missiles_shot_down", 5, "exact", D, None, False, MOD, "5 Neptune-MD long-range guided missiles")
air(d, "missiles_shot_down", 12, "exact", D, None, False, MOD, "12 HIMARS rockets")
cas(d, "killed", 9420, "at_most", D, "Ukraine", "military", "ukrainian", False, MOD, "lost up to 9,420 servicemen over the week")
cas(d, "killed", 3235, "at_most", D, None, "military", "ukrainian", False, MOD, "including up to 3,235 in the zone of responsibility")
cas(d, "killed", 2070, "at_least", D, "Kursk Oblast", "military", "ukrainian", False, MOD, "lost more than 2,070 servicemen")

# f10 Suspilne Donbas, Toretsk 20 Jun 2024
d = "f10_suspilne-toretsk-remain"; D = "2024-06-20"; CH = "Vasyl Chynchyk"
c(d, "residents_remaining", 1150, "approx", D, "Toretsk", None, None, False, CH, "About 1,150 residents still live in Toretsk")
c(d, "evacuated", 86, "exact", D, "Toretsk", None, None, False, CH, "took 86 people out of the town, among them 9 children")
c(d, "evacuated", 9, "exact", D, "Toretsk", None, None, False, CH, "took 86 people out of the town, among them 9 children")
c(d, "evacuated", 400, "at_least", D, "Toretsk", None, None, True, CH, "we have evacuated more than 400 residents")
c(d, "residents_remaining", 29, "exact", D, "Toretsk", None, None, False, CH, "there were still 29 children in Toretsk")
cas(d, "killed", 2, "exact", "2024-06-19", "Pivnichne", "civilians", "ukrainian", False, "Vadym Filashkin", "Two residents were killed on Wednesday in the village of Pivnichne")
cas(d, "injured", 3, "exact", "2024-06-19", "Toretsk", "civilians", "ukrainian", False, "Vadym Filashkin", "three more were wounded in Toretsk itself")

# f11 no outlet named, Lviv 4 Sep 2024, with a correction
d = "f11_lviv-strike-update"; D = "2024-09-04"
cas(d, "killed", 7, "exact", D, "Lviv", "unspecified", "ukrainian", False, "Maksym Kozytskyi", "Seven people were killed and 64 injured")
cas(d, "injured", 64, "exact", D, "Lviv", "unspecified", "ukrainian", False, "Maksym Kozytskyi", "Seven people were killed and 64 injured")
air(d, "missiles_launched", 13, "exact", D, "Ukraine", False, AF, "launched 13 missiles and 29 Shahed drones")
air(d, "drones_launched", 29, "exact", D, "Ukraine", False, AF, "launched 13 missiles and 29 Shahed drones")
air(d, "missiles_shot_down", 7, "exact", D, "Ukraine", False, AF, "shooting down 7 missiles and 22 drones")
air(d, "drones_shot_down", 22, "exact", D, "Ukraine", False, AF, "shooting down 7 missiles and 22 drones")
air(d, "missiles_launched", 2, "exact", D, "Lviv", False, AF, "Two hypersonic Kinzhal missiles were among those fired at Lviv")
cas(d, "injured", 4, "exact", D, "Lviv", "children", "ukrainian", False, "Andriy Sadovyi", "four children were among the injured")
c(d, "evacuated", 60, "approx", D, "Lviv", None, None, False, "Lviv City Council", "About 60 residents of the damaged buildings")

# f12 Ukrinform html, Kharkiv 30 Aug 2024
d = "f12_kharkiv-glide-bomb-aug30"; D = "2024-08-30"; SY = "Oleh Syniehubov"
cas(d, "killed", 7, "exact", D, "Kharkiv", "unspecified", "ukrainian", False, SY, "has risen to seven, and 97 people were injured")
cas(d, "injured", 97, "exact", D, "Kharkiv", "unspecified", "ukrainian", False, SY, "has risen to seven, and 97 people were injured")
cas(d, "injured", 21, "exact", D, "Kharkiv", "children", "ukrainian", False, SY, "Among the injured are 21 children")
c(d, "evacuated", 34, "exact", D, "Kharkiv", None, None, False, "Ihor Terekhov", "34 residents of the damaged building had been taken to temporary accommodation points")
air(d, "drones_launched", 20, "exact", "2024-08-31", "Ukraine", False, AF, "overnight Russia had launched 20 Shahed drones at Ukraine")
air(d, "drones_shot_down", 18, "exact", "2024-08-31", "Ukraine", False, AF, "Air defence forces shot down 18 of them")

# f13 AP (csv), Kramatorsk 27 Jun 2023
d = "f13_kramatorsk-restaurant-ap"; D = "2023-06-27"
cas(d, "killed", 12, "exact", D, "Kramatorsk", "unspecified", "ukrainian", False, "Ukrainian officials", "raising the death toll from Russia's missile strike the previous evening to 12")
cas(d, "killed", 3, "exact", D, "Kramatorsk", "children", "ukrainian", False, "Ukrainian officials", "among them three children")
cas(d, "injured", 60, "exact", D, "Kramatorsk", "unspecified", "ukrainian", False, "Pavlo Kyrylenko", "60 people had been wounded")
cas(d, "injured", 5, "exact", D, "Bilenke", "unspecified", "ukrainian", False, "National Police", "wounding five more people")

# f14 Odesa Journal (csv), Odesa 2 Mar 2024
d = "f14_odesa-apartment-drone"; D = "2024-03-02"
cas(d, "killed", 12, "exact", D, "Odesa", "unspecified", "ukrainian", False, "State Emergency Service", "the bodies of 12 people had been found, five of them children")
cas(d, "killed", 5, "exact", D, "Odesa", "children", "ukrainian", False, "State Emergency Service", "the bodies of 12 people had been found, five of them children")
cas(d, "injured", 8, "exact", D, "Odesa", "unspecified", "ukrainian", False, "Oleh Kiper", "Eight people were injured in the attack")
air(d, "drones_launched", 17, "exact", D, "Ukraine", False, AF, "Russia attacked Ukraine with 17 Shahed-type drones")
air(d, "drones_shot_down", 14, "exact", D, "Ukraine", False, AF, "Air defence destroyed 14 of them")
air(d, "drones_shot_down", 38, "exact", D, "Belgorod Oblast", False, MOD, "destroyed 38 Ukrainian drones over the Belgorod region")
c(d, "evacuated", 30, "approx", D, "Odesa", None, None, False, "local officials", "about 30 residents of the building had been moved to temporary accommodation")


def texts():
    out = {}
    for p in sorted(ART.iterdir()):
        if p.suffix == ".txt":
            out[p.stem] = p.read_text(encoding="utf-8")
        elif p.suffix == ".html":
            s = re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))
            out[p.stem] = html.unescape(s)
        elif p.suffix == ".csv":
            with p.open(newline="", encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    out[r["doc_id"]] = r["title"] + "\n\n" + r["text"]
    return out


def main():
    t = texts()
    bad = 0
    ids = [x[0] for x in DOCS]
    if sorted(ids) != sorted(t):
        print("doc ids differ:", set(ids) ^ set(t)); bad += 1
    seen = set()
    for g in G:
        if g["doc_id"] not in t:
            print("no article:", g); bad += 1; continue
        if g["evidence"] not in t[g["doc_id"]]:
            print("evidence not in article:", g["doc_id"], g["evidence"]); bad += 1
        k = (g["doc_id"], g["metric"], g["unit"], g["value"], g["location"])
        if k in seen:
            print("repeated:", k); bad += 1
        seen.add(k)
    with (HERE / "gold.claims.jsonl").open("w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with (HERE / "gold.docs.jsonl").open("w", encoding="utf-8") as f:
        for doc, pub, date in DOCS:
            f.write(json.dumps(dict(doc_id=doc, publisher=pub, published=date), ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} articles, {len(G)} claims, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
