"""Writes gold.claims.jsonl and gold.docs.jsonl for tests/heldout_blind3 and checks that every evidence string
stands in its article (the text field for the rows of the CSV export). Run from anywhere:
    python tests/heldout_blind3/make_gold.py
"""
import csv
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"

AF = "Ukraine's Air Force"
RU_MOD = "Russia's Defence Ministry"

# (metric, value, unit, qualifier, event_date, location, group, side, cumulative, claimant, evidence)
C = {}

C["e01_aljazeera-key-events-day-1338"] = [
    ("killed", 6, "count", "at_least", "2025-10-22", "Kyiv", "unspecified", "ukrainian", False, "State Emergency Service", "killing at least six people in the capital"),
    ("killed", 2, "count", "exact", "2025-10-22", "Kyiv", "children", "ukrainian", False, "State Emergency Service", "among them two children"),
    ("injured", 17, "count", "exact", "2025-10-22", "Kyiv", "unspecified", "ukrainian", False, "Kyiv City Military Administration", "Seventeen more people were wounded in Kyiv"),
    ("drones_launched", 405, "count", "exact", "2025-10-22", "Ukraine", None, None, False, AF, "Russia had fired 405 drones and 28 missiles"),
    ("missiles_launched", 28, "count", "exact", "2025-10-22", "Ukraine", None, None, False, AF, "Russia had fired 405 drones and 28 missiles"),
    ("drones_shot_down", 333, "count", "exact", "2025-10-22", "Ukraine", None, None, False, AF, "333 drones and 16 missiles had been shot down or suppressed"),
    ("missiles_shot_down", 16, "count", "exact", "2025-10-22", "Ukraine", None, None, False, AF, "333 drones and 16 missiles had been shot down or suppressed"),
    ("without_power", 102000, "count", "at_least", "2025-10-22", "Kyiv Oblast", None, None, False, "DTEK", "more than 102,000 households in the Kyiv region were left without electricity"),
    ("killed", 1, "count", "exact", "2025-10-22", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "killing one man and injuring seven people"),
    ("injured", 7, "count", "exact", "2025-10-22", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "killing one man and injuring seven people"),
    ("drones_shot_down", 139, "count", "exact", "2025-10-22", "Russia", None, None, False, RU_MOD, "destroyed 139 Ukrainian drones over Russian regions and the Black Sea"),
    ("drones_shot_down", 46, "count", "exact", "2025-10-22", "Bryansk Oblast", None, None, False, RU_MOD, "46 of them over the Bryansk region"),
    ("injured", 4, "count", "exact", "2025-10-22", "Shebekino", "unspecified", "russian", False, "Vyacheslav Gladkov", "wounding four people"),
]

C["e02_bbc-verify-soldier-deaths"] = [
    ("killed", 46000, "count", "exact", "2025-02-16", "Ukraine", "military", "ukrainian", True, "Volodymyr Zelensky", "46,000 Ukrainian soldiers had been killed since the full-scale invasion began"),
    ("injured", 380000, "count", "approx", "2025-02-16", "Ukraine", "military", "ukrainian", True, "Volodymyr Zelensky", "about 380,000 had been wounded"),
    ("killed", 70000, "count", "at_least", "2025-05-30", "Ukraine", "military", "ukrainian", True, "UALosses", "lists more than 70,000 Ukrainian servicemen who have died"),
    ("killed", 984840, "count", "approx", "2025-05-30", "Ukraine", "military", "russian", True, "Ukraine's General Staff", "put Russian personnel losses at about 984,840"),
    ("killed", 5937, "count", "exact", "2022-09-30", "Ukraine", "military", "russian", True, RU_MOD, "the last official update, in September 2022, gave 5,937 dead"),
    ("killed", 106745, "count", "exact", "2025-05-30", "Ukraine", "military", "russian", True, "Mediazona and BBC Russian Service", "have confirmed by name 106,745 Russian military deaths"),
    ("killed", 237000, "count", "at_most", "2025-05-30", "Ukraine", "military", "russian", True, "Mediazona and BBC Russian Service", "could be between 164,000 and 237,000"),
    ("killed", 13134, "count", "exact", "2025-04-30", "Ukraine", "civilians", "ukrainian", True, "UN Human Rights Monitoring Mission in Ukraine", "verified 13,134 civilian deaths in Ukraine"),
]

C["e03_up-odesa-drone-night"] = [
    ("killed", 2, "count", "exact", "2025-12-02", "Odesa", "unspecified", "ukrainian", False, "Oleh Kiper", "Two people were killed and nine more were injured"),
    ("injured", 9, "count", "exact", "2025-12-02", "Odesa", "unspecified", "ukrainian", False, "Oleh Kiper", "Two people were killed and nine more were injured"),
    ("without_power", 40000, "count", "at_least", "2025-12-02", "Odesa", None, None, False, "Oleh Kiper", "more than 40,000 customers in the city's Kyivskyi and Prymorskyi districts were left without electricity"),
    ("evacuated", 35, "count", "exact", "2025-12-02", "Odesa", None, None, False, "Oleh Kiper", "35 residents of one of the buildings were moved to a temporary shelter"),
    ("drones_launched", 89, "count", "exact", "2025-12-02", "Ukraine", None, None, False, AF, "89 Shahed-type and decoy drones and one Iskander-M ballistic missile"),
    ("missiles_launched", 1, "count", "exact", "2025-12-02", "Ukraine", None, None, False, AF, "89 Shahed-type and decoy drones and one Iskander-M ballistic missile"),
    ("drones_shot_down", 67, "count", "exact", "2025-12-02", "Ukraine", None, None, False, AF, "shot down or suppressed 67 drones"),
    ("injured", 3, "count", "exact", "2025-11-26", "Odesa Oblast", "unspecified", "ukrainian", False, "Oleh Kiper", "injured three people, Kiper reported"),
]

C["e04_tass-mod-drones"] = [
    ("drones_shot_down", 159, "count", "exact", "2025-05-21", "Russia", None, None, False, RU_MOD, "destroyed 159 Ukrainian fixed-wing drones over 12 Russian regions"),
    ("drones_shot_down", 63, "count", "exact", "2025-05-21", "Bryansk Oblast", None, None, False, RU_MOD, "63 drones were destroyed over the Bryansk Region"),
    ("drones_shot_down", 28, "count", "exact", "2025-05-21", "Kursk Oblast", None, None, False, RU_MOD, "28 over the Kursk Region"),
    ("drones_shot_down", 21, "count", "exact", "2025-05-21", "Oryol Oblast", None, None, False, RU_MOD, "21 over the Oryol Region"),
    ("drones_shot_down", 14, "count", "exact", "2025-05-21", "Moscow Oblast", None, None, False, RU_MOD, "14 over the Moscow Region"),
    ("drones_shot_down", 12, "count", "exact", "2025-05-21", "Moscow", None, None, False, RU_MOD, "including 12 flying toward Moscow"),
    ("drones_shot_down", 11, "count", "exact", "2025-05-21", "Belgorod Oblast", None, None, False, RU_MOD, "11 over the Belgorod Region"),
    ("drones_shot_down", 8, "count", "exact", "2025-05-21", "Tula Oblast", None, None, False, RU_MOD, "eight over the Tula Region"),
    ("drones_shot_down", 6, "count", "exact", "2025-05-21", "Sea of Azov", None, None, False, RU_MOD, "six over the Sea of Azov"),
    ("drones_shot_down", 9, "count", "exact", "2025-05-21", "Kursk Oblast", None, None, False, RU_MOD, "Nine more UAVs were shot down over the Kursk Region"),
    ("injured", 2, "count", "exact", "2025-05-21", "Lgov", "unspecified", "russian", False, "Alexander Khinshtein", "two people were injured when a drone struck a car"),
    ("killed", 230, "count", "at_most", "2025-05-21", "Kupiansk", "military", "ukrainian", False, RU_MOD, "lost up to 230 servicemen"),
]

C["e05_kharkiv-today-live"] = [
    ("killed", 2, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Oleh Syniehubov", "reports 2 killed and 14 injured"),
    ("injured", 14, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Oleh Syniehubov", "reports 2 killed and 14 injured"),
    ("killed", 3, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "The death toll has risen to three"),
    ("injured", 17, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "Seventeen people are injured"),
    ("injured", 21, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Oleh Syniehubov", "21 people were injured overnight, among them two children"),
    ("injured", 2, "count", "exact", "2025-06-07", "Kharkiv", "children", "ukrainian", False, "Oleh Syniehubov", "21 people were injured overnight, among them two children"),
    ("evacuated", 47, "count", "exact", "2025-06-07", "Kharkiv", None, None, False, "Kharkiv City Council", "47 residents of the damaged building have been moved to a temporary accommodation point"),
    ("killed", 1, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Oleh Syniehubov", "One man was killed and four people were injured"),
    ("injured", 4, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Oleh Syniehubov", "One man was killed and four people were injured"),
    ("without_power", 30000, "count", "approx", "2025-06-07", "Kharkiv", None, None, False, "Kharkivoblenergo", "about 30,000 subscribers in the city are still without electricity"),
    ("killed", 4, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "four people have been killed in Kharkiv today and 25 have been injured"),
    ("injured", 25, "count", "exact", "2025-06-07", "Kharkiv", "unspecified", "ukrainian", False, "Ihor Terekhov", "four people have been killed in Kharkiv today and 25 have been injured"),
]

C["e06_bloomberg-grid-deep-freeze"] = [
    ("without_power", 1200000, "count", "approx", "2026-01-09", "Ukraine", None, None, False, "Ukrenergo", "about 1.2 million consumers were without power on Friday morning"),
    ("without_power", 400000, "count", "exact", "2026-01-09", "Kyiv", None, None, False, "DTEK", "400,000 households in the city had no electricity"),
    ("without_power", 60, "percent", "approx", "2026-01-09", "Kharkiv", None, None, False, "Ihor Terekhov", "about 60% of residents were without power"),
    ("without_power", 210000, "count", "exact", "2026-01-09", "Odesa Oblast", None, None, False, "Odesa regional administration", "210,000 consumers in the region were still cut off"),
]

C["e07_ocha-donetsk-snapshot"] = [
    ("killed", 74, "count", "exact", "2025-09-30", "Donetsk Oblast", "civilians", "ukrainian", False, None, "Civilians killed in Donetsk Oblast (September): 74"),
    ("injured", 301, "count", "exact", "2025-09-30", "Donetsk Oblast", "civilians", "ukrainian", False, None, "Civilians injured in Donetsk Oblast (September): 301"),
    ("evacuated", 61400, "count", "exact", "2025-09-30", "Donetsk Oblast", None, None, True, None, "People evacuated from Donetsk Oblast since 1 August: 61,400"),
    ("evacuated", 5900, "count", "exact", "2025-09-30", "Donetsk Oblast", None, None, True, None, "Of whom children: 5,900"),
    ("evacuated", 9300, "count", "exact", "2025-09-30", "Dnipropetrovsk Oblast", None, None, True, None, "People evacuated from Dnipropetrovsk Oblast since 1 August: 9,300"),
    ("residents_remaining", 210000, "count", "approx", "2025-09-30", "Donetsk Oblast", None, None, False, None, "People remaining in Government-controlled areas of Donetsk Oblast: about 210,000"),
    ("killed", 3, "count", "exact", "2025-09-22", "Sloviansk", "civilians", "ukrainian", False, "local authorities", "killing three civilians and injuring 12"),
    ("injured", 12, "count", "exact", "2025-09-22", "Sloviansk", "civilians", "ukrainian", False, "local authorities", "killing three civilians and injuring 12"),
    ("residents_remaining", 14000, "count", "approx", "2025-09-30", "Druzhkivka", None, None, False, None, "an estimated 14,000 people remain"),
]

C["e08_guardian-nikopol-longread"] = [
    ("killed", 2, "count", "exact", "2025-01-31", "Nikopol", "unspecified", "ukrainian", False, None, "one of two people killed on her street"),
    ("residents_remaining", 50000, "count", "approx", "2025-03-13", "Nikopol", None, None, False, "Oleksandr Saiuk", "Today about 50,000 remain"),
    ("evacuated", 3000, "count", "at_least", "2025-03-13", "Nikopol", None, None, True, "Oleksandr Saiuk", "More than 3,000 children have left the city since 2022"),
    ("killed", 60, "count", "at_least", "2025-03-13", "Nikopol", "civilians", "ukrainian", True, "Serhiy Lysak", "at least 60 civilians have been killed in Nikopol since the start of the invasion"),
    ("injured", 400, "count", "at_least", "2025-03-13", "Nikopol", "civilians", "ukrainian", True, "Serhiy Lysak", "more than 400 injured"),
    ("killed", 11, "count", "exact", "2025-02-28", "Nikopol", "unspecified", "ukrainian", False, "Dnipropetrovsk Oblast Military Administration", "In February alone, 11 people were killed and 58 wounded in the city"),
    ("injured", 58, "count", "exact", "2025-02-28", "Nikopol", "unspecified", "ukrainian", False, "Dnipropetrovsk Oblast Military Administration", "In February alone, 11 people were killed and 58 wounded in the city"),
]

C["e09_rferl-occupied-zaporizhzhia"] = [
    ("evacuated", 1600, "count", "at_least", "2023-05-08", "Zaporizhzhia Oblast", None, None, True, "Russian-installed authorities", "they have moved more than 1,600 people out of towns and villages near the front line"),
    ("evacuated", 1679, "count", "exact", "2023-05-07", "Zaporizhzhia Oblast", None, None, True, "Yevgeny Balitsky", "1,679 people, including 660 children, had been taken"),
    ("evacuated", 660, "count", "exact", "2023-05-07", "Zaporizhzhia Oblast", None, None, True, "Yevgeny Balitsky", "1,679 people, including 660 children, had been taken"),
    ("evacuated", 3000, "count", "approx", "2023-05-08", "Enerhodar", None, None, True, "Dmytro Orlov", "about 3,000 residents had left the town since Friday"),
    ("residents_remaining", 15000, "count", "approx", "2023-05-08", "Enerhodar", None, None, False, "Dmytro Orlov", "around 15,000 remain"),
    ("killed", 2, "count", "exact", "2023-05-07", "Orikhiv", "civilians", "ukrainian", False, "Zaporizhzhia regional administration", "Russian shelling killed two civilians in Orikhiv on Sunday"),
    ("evacuated", 115000, "count", "approx", "2022-11-30", "Kherson", None, None, True, "Vladimir Saldo", "about 115,000 people had been moved out of the city of Kherson"),
]

C["e10_nv-kurakhove-remain"] = [
    ("residents_remaining", 1100, "count", "approx", "2024-10-14", "Kurakhove", None, None, False, "Roman Padun", "About 1,100 residents remain in Kurakhove"),
    ("evacuated", 312, "count", "exact", "2024-10-14", "Kurakhove", None, None, False, "Roman Padun", "312 people were evacuated from the Kurakhove community"),
    ("residents_remaining", 170, "count", "exact", "2024-10-14", "Kurakhove", None, None, False, "Roman Padun", "170 children are still to be evacuated"),
    ("evacuated", 2500, "count", "at_least", "2024-10-14", "Kurakhove", None, None, True, "police of Donetsk region", "has taken more than 2,500 people out of the Kurakhove area since August"),
    ("killed", 2, "count", "exact", "2024-10-13", "Kurakhove", "civilians", "ukrainian", False, "Vadym Filashkin", "killing two residents and injuring five"),
    ("injured", 5, "count", "exact", "2024-10-13", "Kurakhove", "civilians", "ukrainian", False, "Vadym Filashkin", "killing two residents and injuring five"),
    ("evacuated", 421, "count", "exact", "2024-10-14", "Donetsk Oblast", None, None, False, "Vadym Filashkin", "421 people, including 38 children, were evacuated"),
    ("evacuated", 38, "count", "exact", "2024-10-14", "Donetsk Oblast", None, None, False, "Vadym Filashkin", "421 people, including 38 children, were evacuated"),
]

C["e11_kherson-governor-statement"] = [
    ("killed", 2, "count", "exact", "2025-08-12", "Kherson Oblast", "unspecified", "ukrainian", False, "Oleksandr Prokudin", "2 people were killed and 15 people were injured"),
    ("injured", 15, "count", "exact", "2025-08-12", "Kherson Oblast", "unspecified", "ukrainian", False, "Oleksandr Prokudin", "2 people were killed and 15 people were injured"),
    ("without_power", 12400, "count", "exact", "2025-08-12", "Kherson", None, None, False, "Oleksandr Prokudin", "12,400 subscribers in Kherson remain without electricity"),
    ("evacuated", 46, "count", "exact", "2025-08-12", "Kherson Oblast", None, None, False, "Oleksandr Prokudin", "46 residents, including 7 children, were evacuated"),
    ("evacuated", 7, "count", "exact", "2025-08-12", "Kherson Oblast", None, None, False, "Oleksandr Prokudin", "46 residents, including 7 children, were evacuated"),
    ("evacuated", 3280, "count", "exact", "2025-08-12", "Kherson Oblast", None, None, True, "Oleksandr Prokudin", "a total of 3,280 people have left"),
    ("residents_remaining", 60000, "count", "approx", "2025-08-12", "Kherson", None, None, False, "Oleksandr Prokudin", "about 60,000 residents remain in Kherson"),
]

C["e12_hroza-strike-correction"] = [
    ("killed", 51, "count", "at_least", "2023-10-05", "Hroza", "unspecified", "ukrainian", False, "Ukrainian officials", "killing at least 51 people, Ukrainian officials have said"),
    ("injured", 6, "count", "exact", "2023-10-05", "Hroza", "unspecified", "ukrainian", False, "Oleh Syniehubov", "six more people were injured"),
    ("drones_launched", 33, "count", "exact", "2023-10-05", "Ukraine", None, None, False, AF, "Russia had attacked Ukraine with 33 Shahed drones, 24 of which were shot down"),
    ("drones_shot_down", 24, "count", "exact", "2023-10-05", "Ukraine", None, None, False, AF, "Russia had attacked Ukraine with 33 Shahed drones, 24 of which were shot down"),
]

HQ = "Coordination Headquarters for the Treatment of Prisoners of War"
C["e13_istanbul-bodies-exchange"] = [
    ("killed", 1212, "count", "exact", "2025-06-11", None, "military", "ukrainian", False, HQ, "the remains of 1,212 people that Moscow says are Ukrainian soldiers"),
    ("killed", 27, "count", "exact", "2025-06-11", None, "military", "russian", False, "Shamsail Saraliev", "the bodies of 27 Russian servicemen"),
    ("killed", 7000, "count", "at_least", "2025-06-11", None, "military", "ukrainian", True, HQ, "brought home the bodies of more than 7,000 fallen defenders"),
]

C["e14_dnipro-two-accounts"] = [
    ("killed", 30, "count", "at_most", "2025-06-24", "Dnipro", "military", "ukrainian", False, RU_MOD, "up to 30 Ukrainian servicemen had been killed"),
    ("killed", 17, "count", "exact", "2025-06-24", "Dnipro", "unspecified", "ukrainian", False, "Serhiy Lysak", "Lysak said 17 people had been killed and 279 injured"),
    ("injured", 279, "count", "exact", "2025-06-24", "Dnipro", "unspecified", "ukrainian", False, "Serhiy Lysak", "Lysak said 17 people had been killed and 279 injured"),
    ("injured", 11, "count", "exact", "2025-06-24", "Dnipro", "children", "ukrainian", False, "Serhiy Lysak", "including 11 children"),
    ("killed", 18, "count", "exact", "2025-06-24", "Dnipro", "unspecified", "ukrainian", False, "Serhiy Lysak", "the number of dead had risen to 18"),
    ("missiles_launched", 2, "count", "exact", "2025-06-24", "Dnipro", None, None, False, AF, "Russia had fired two Iskander-M missiles at Dnipro"),
    ("killed", 2, "count", "exact", "2025-06-24", "Samarivka", "unspecified", "ukrainian", False, "Serhiy Lysak", "two people were killed when a missile hit a private house"),
    ("drones_launched", 46, "count", "exact", "2025-06-24", "Ukraine", None, None, False, AF, "Russia launched 46 attack drones at Ukraine"),
    ("drones_shot_down", 30, "count", "exact", "2025-06-24", "Ukraine", None, None, False, AF, "Thirty of them were shot down"),
]

# doc_id: (publisher, published, url, note)
D = {
    "e01_aljazeera-key-events-day-1338": ("Al Jazeera", "2025-10-23", None, "Al Jazeera 'list of key events, day N' digest; 22 Oct 2025 strikes on Kyiv and Kharkiv, Russian MoD drone claim, Shebekino."),
    "e02_bbc-verify-soldier-deaths": ("BBC News", "2025-05-30", None, "BBC Verify comparison of both sides' death figures (Zelensky Feb 2025, UALosses, General Staff, Russian MoD, Mediazona/BBC Russian, HRMMU)."),
    "e03_up-odesa-drone-night": ("Ukrainska Pravda", "2025-12-02", None, "Ukrainska Pravda short news with Source:/Quote:/Details:/Background: blocks; Odesa drone night."),
    "e04_tass-mod-drones": ("TASS", "2025-05-21", None, "TASS report of the Russian MoD's overnight drone figures by region and its daily update."),
    "e05_kharkiv-today-live": ("Kharkiv Today", "2025-06-07", None, "Kharkiv local outlet, updates with 24-hour time stamps after the 7 Jun 2025 night attack."),
    "e06_bloomberg-grid-deep-freeze": ("Bloomberg", "2026-01-09", None, "Bloomberg-style energy story: gigawatts, prices, percentages; consumers/households without power."),
    "e07_ocha-donetsk-snapshot": ("OCHA", "2025-10-03", None, "OCHA humanitarian snapshot with 'Label: N' key figures, situation as of 30 Sep 2025."),
    "e08_guardian-nikopol-longread": ("The Guardian", "2025-03-13", None, "Guardian long read on Nikopol with an amendment line dated the next day."),
    "e09_rferl-occupied-zaporizhzhia": ("Radio Free Europe/Radio Liberty", "2023-05-08", None, "RFE/RL on the Russian-installed officials' relocation from occupied Zaporizhzhia towns, May 2023."),
    "e10_nv-kurakhove-remain": ("NV", "2024-10-14", None, "NV (The New Voice of Ukraine) evacuation story from Kurakhove with 'remain' and 'still to be evacuated' figures."),
    "e11_kherson-governor-statement": (None, "2025-08-12", None, "Translated statement of the Kherson governor with no outlet named (publisher null)."),
    "e12_hroza-strike-correction": ("Sky News", "2023-10-05", "https://news.sky.com/story/ukraine-war-russian-missile-strike-on-village-cafe-in-hroza-kills-at-least-51-12978412", "Sky News html page (meta tags, nav, teasers, footer) on the Hroza strike with a correction notice (49 -> 51)."),
    "e13_istanbul-bodies-exchange": ("Euronews", "2025-06-11", "https://www.euronews.com/2025/06/11/ukraine-receives-1212-bodies-from-russia-in-first-stage-of-istanbul-exchange", "CSV row: repatriation of bodies and prisoner exchanges after the Istanbul talks."),
    "e14_dnipro-two-accounts": ("DW", "2025-06-24", "https://www.dw.com/en/dnipro-missile-strike-moscow-and-kyiv-give-clashing-accounts/a-73041212", "CSV row: Russian and Ukrainian accounts of the 24 Jun 2025 Dnipro strike."),
}

KEYS = ["metric", "value", "unit", "qualifier", "event_date", "location", "group", "side", "cumulative", "claimant", "evidence"]
METRICS = {"missiles_launched", "missiles_shot_down", "drones_launched", "drones_shot_down", "killed", "injured",
           "evacuated", "residents_remaining", "without_power"}
CASUALTY = {"killed", "injured"}


def texts():
    out = {}
    for p in sorted(ART.iterdir()):
        if p.suffix == ".txt":
            out[p.stem] = p.read_text(encoding="utf-8")
        elif p.suffix == ".html":
            out[p.stem] = html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))
        elif p.suffix == ".csv":
            with p.open(newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    out[row["doc_id"]] = row["title"] + "\n" + row["text"]
    return out


def main():
    t = texts()
    problems = []
    if set(t) != set(C) or set(t) != set(D):
        problems.append(f"doc ids differ: texts {sorted(t)} claims {sorted(C)} docs {sorted(D)}")
    lines = []
    for doc, rows in C.items():
        seen = set()
        for r in rows:
            d = dict(zip(KEYS, r))
            if d["metric"] not in METRICS:
                problems.append(f"{doc}: bad metric {d['metric']}")
            if (d["group"] is None) != (d["metric"] not in CASUALTY) or (d["side"] is None) != (d["metric"] not in CASUALTY):
                problems.append(f"{doc}: group/side only for casualties: {r}")
            key = (d["metric"], d["unit"], d["value"], d["location"])
            if key in seen:
                problems.append(f"{doc}: repeated claim {key}")
            seen.add(key)
            if d["evidence"] not in t.get(doc, ""):
                problems.append(f"{doc}: evidence not in article: {d['evidence']!r}")
            lines.append(json.dumps({"doc_id": doc, **d}, ensure_ascii=False))
    (HERE / "gold.claims.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = [json.dumps({"doc_id": k, "publisher": v[0], "published": v[1], "url": v[2], "source_note": v[3]},
                       ensure_ascii=False) for k, v in D.items()]
    (HERE / "gold.docs.jsonl").write_text("\n".join(docs) + "\n", encoding="utf-8")
    print(f"{len(D)} articles, {len(lines)} gold claims")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
