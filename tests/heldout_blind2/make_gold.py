import json
UA, RU = "ukrainian", "russian"
AF = "Ukraine's Air Force"
C = []
def c(doc, metric, value, q, date, loc, group, side, cum, claimant, ev):
    cas = metric in ("killed", "injured")
    C.append(dict(doc_id=doc, metric=metric, value=value, unit="count", qualifier=q, event_date=date,
                  location=loc, group=group if cas else None, side=side if cas else None,
                  cumulative=cum, claimant=claimant, evidence=ev))
d = "c01_kryvyi-rih-playground"
c(d,"killed",20,"exact","2025-04-04","Kryvyi Rih","unspecified",UA,False,"Ukrainian officials","climbed to 20 on Saturday, nine of them children")
c(d,"killed",9,"exact","2025-04-04","Kryvyi Rih","children",UA,False,"Ukrainian officials","climbed to 20 on Saturday, nine of them children")
c(d,"injured",61,"exact","2025-04-04","Kryvyi Rih","unspecified",UA,False,"Serhii Lysak","61 people were wounded, 12 of them children")
c(d,"injured",12,"exact","2025-04-04","Kryvyi Rih","children",UA,False,"Serhii Lysak","61 people were wounded, 12 of them children")
c(d,"killed",85,"at_most","2025-04-04","Kryvyi Rih","military",UA,False,"Russia's Defense Ministry","killing up to 85 servicemen")
c(d,"drones_launched",92,"exact","2025-04-05","Ukraine",None,None,False,AF,"Russia launched 92 Shahed and decoy drones at Ukraine")
c(d,"drones_shot_down",51,"exact","2025-04-05","Ukraine",None,None,False,AF,"Of those, 51 were shot down")
c(d,"killed",1,"exact","2025-04-05","Kharkiv","unspecified",UA,False,"Ihor Terekhov","one person was killed and five were hurt by drone strikes")
c(d,"injured",5,"exact","2025-04-05","Kharkiv","unspecified",UA,False,"Ihor Terekhov","one person was killed and five were hurt by drone strikes")

d = "c02_belgorod-new-year-eve"
c(d,"killed",24,"exact","2023-12-30","Belgorod","unspecified",RU,False,"Russian officials","rose to 24, among them four children, and 108 were injured")
c(d,"killed",4,"exact","2023-12-30","Belgorod","children",RU,False,"Russian officials","rose to 24, among them four children")
c(d,"injured",108,"exact","2023-12-30","Belgorod","unspecified",RU,False,"Russian officials","and 108 were injured")
c(d,"injured",17,"exact","2023-12-30","Belgorod","children",RU,False,"Vyacheslav Gladkov","17 children were among the wounded")
c(d,"drones_shot_down",32,"exact","2023-12-31","Russia",None,None,False,"Russia's Defence Ministry","had destroyed 32 Ukrainian drones over the Belgorod, Bryansk, Kursk and Moscow regions")
c(d,"killed",39,"at_least","2023-12-29","Ukraine","civilians",UA,False,None,"which killed at least 39 civilians across Ukraine")
c(d,"missiles_launched",122,"exact","2023-12-29","Ukraine",None,None,False,AF,"Russia had fired 122 missiles and 36 drones on Friday")
c(d,"drones_launched",36,"exact","2023-12-29","Ukraine",None,None,False,AF,"Russia had fired 122 missiles and 36 drones on Friday")

d = "c03_kyiv-april-barrage-live"
SES = "Ukraine's State Emergency Service"
c(d,"killed",12,"exact","2025-04-24","Kyiv","unspecified",UA,False,SES,"has risen to 12")
c(d,"injured",90,"exact","2025-04-24","Kyiv","unspecified",UA,False,SES,"Another 90 people were injured, including six children")
c(d,"injured",6,"exact","2025-04-24","Kyiv","children",UA,False,SES,"Another 90 people were injured, including six children")
c(d,"missiles_launched",70,"exact","2025-04-24","Ukraine",None,None,False,AF,"70 missiles of various types and 145 attack and decoy drones")
c(d,"drones_launched",145,"exact","2025-04-24","Ukraine",None,None,False,AF,"70 missiles of various types and 145 attack and decoy drones")
c(d,"missiles_shot_down",48,"exact","2025-04-24","Ukraine",None,None,False,AF,"shot down 48 missiles and 64 drones")
c(d,"drones_shot_down",64,"exact","2025-04-24","Ukraine",None,None,False,AF,"shot down 48 missiles and 64 drones")
c(d,"killed",4,"at_least","2025-04-24","Kyiv","unspecified",UA,False,"Tymur Tkachenko","At least four people were killed and 42 were wounded in Kyiv")
c(d,"injured",42,"exact","2025-04-24","Kyiv","unspecified",UA,False,"Tymur Tkachenko","At least four people were killed and 42 were wounded in Kyiv")
c(d,"killed",9,"exact","2025-04-23","Marhanets","unspecified",UA,False,"Serhii Lysak","killing nine people and injuring more than 40")
c(d,"injured",40,"at_least","2025-04-23","Marhanets","unspecified",UA,False,"Serhii Lysak","killing nine people and injuring more than 40")

d = "c04_ryazan-refinery-drones"
MOD = "Russia's Defence Ministry"
c(d,"drones_shot_down",121,"exact","2025-01-24","Russia",None,None,False,MOD,"121 Ukrainian fixed-wing drones overnight over thirteen regions")
c(d,"drones_shot_down",37,"exact","2025-01-24","Bryansk Oblast",None,None,False,MOD,"37 of them were brought down over Bryansk region")
c(d,"drones_shot_down",18,"exact","2025-01-24","Ryazan Oblast",None,None,False,MOD,"18 over Ryazan region")
c(d,"drones_shot_down",11,"exact","2025-01-24","Kursk Oblast",None,None,False,MOD,"11 over Kursk region")
c(d,"injured",1,"exact","2025-01-24","Ryazan","unspecified",RU,False,"Pavel Malkov","One person was injured and taken to hospital")
c(d,"injured",2,"exact","2025-01-24","Lopandino","civilians",RU,False,"Alexander Bogomaz","Two residents, a man and his elderly mother, were wounded")
c(d,"evacuated",16,"exact","2025-01-24","Glushkovo",None,None,False,"Alexander Khinshtein","16 residents of the border district of Glushkovo had been taken out to temporary accommodation centres")
c(d,"killed",60,"at_least","2025-01-24","Russia","civilians",RU,True,"Mediazona","at least 60 civilians have been killed by Ukrainian drones and shelling")

d = "c05_belgorod-children-evacuation"
G = "Vyacheslav Gladkov"
c(d,"evacuated",300,"exact","2024-03-22","Belgorod",None,None,False,G,"The first buses with 300 children left for Penza this morning")
c(d,"evacuated",1200,"approx","2024-03-22","Belgorod",None,None,True,G,"about 1,200 children had been taken out of the city and the border districts")
c(d,"drones_launched",23,"exact","2024-03-22","Belgorod Oblast",None,None,False,G,"fired 67 shells and 23 drones at 13 settlements of the region")
c(d,"killed",2,"exact","2024-03-22","Nikolskoye","unspecified",RU,False,G,"two people were killed - a man and a woman")
c(d,"injured",9,"exact","2024-03-22","Belgorod Oblast","unspecified",RU,False,G,"Nine people were injured, among them a 12-year-old girl")
c(d,"killed",54,"exact","2024-03-22","Belgorod Oblast","civilians",RU,True,G,"since the beginning of the year 54 residents of the region had been killed, including four children")
c(d,"killed",4,"exact","2024-03-22","Belgorod Oblast","children",RU,True,G,"54 residents of the region had been killed, including four children")

d = "c06_unhcr-three-years"
c(d,"evacuated",6900000,"exact","2025-02-24","Ukraine",None,None,True,None,"6.9 million refugees from Ukraine have been recorded globally")
c(d,"evacuated",6300000,"exact","2025-02-24","Ukraine",None,None,True,None,"6.3 million of them in Europe")
c(d,"evacuated",3700000,"approx","2024-12-31","Ukraine",None,None,True,"International Organization for Migration","some 3.7 million people were internally displaced at the end of December 2024")
c(d,"evacuated",80000,"at_least","2024-12-31","Donetsk Oblast",None,None,False,"Ukrainian authorities","more than 80,000 people were evacuated from front-line communities of Donetsk Oblast")
c(d,"residents_remaining",7000,"at_most","2025-01-31","Pokrovsk",None,None,False,None,"Fewer than 7,000 residents remained in Pokrovsk at the end of January")
c(d,"evacuated",5100,"exact","2025-02-24","Sumy Oblast",None,None,True,None,"5,100 people have been evacuated from border communities since 1 January")

d = "c07_dtek-outage-statement"
c(d,"without_power",800000,"at_least","2025-10-10","Kyiv",None,None,False,None,"more than 800,000 households in the capital were cut off")
c(d,"without_power",380000,"approx","2025-10-10","Kyiv",None,None,False,None,"About 380,000 households remain without electricity")
c(d,"without_power",62000,"exact","2025-10-10","Kyiv Oblast",None,None,False,None,"62,000 families were left without power")
c(d,"without_power",44000,"exact","2025-10-10","Dnipropetrovsk Oblast",None,None,False,None,"44,000 households of DTEK Dnipro Electric Networks remain de-energised")
c(d,"without_power",18000,"exact","2025-10-10","Odesa Oblast",None,None,False,None,"Emergency shutdowns affected 18,000 customers in the Izmail district")

d = "c08_air-force-night-sept7"
c(d,"drones_shot_down",747,"exact","2025-09-07","Ukraine",None,None,False,AF,"747 enemy UAVs of various types")
c(d,"missiles_shot_down",4,"exact","2025-09-07","Ukraine",None,None,False,AF,"4 Iskander-K cruise missiles")
c(d,"drones_launched",810,"exact","2025-09-07","Ukraine",None,None,False,AF,"810 Shahed-type strike UAVs and decoy drones")
c(d,"missiles_launched",13,"exact","2025-09-07","Ukraine",None,None,False,AF,"and 13 missiles - 9 Iskander-K cruise missiles")
c(d,"missiles_launched",9,"exact","2025-09-07","Ukraine",None,None,False,AF,"9 Iskander-K cruise missiles")
c(d,"missiles_launched",4,"exact","2025-09-07","Ukraine",None,None,False,AF,"4 Iskander-M/KN-23 ballistic missiles")
c(d,"killed",2,"exact","2025-09-07","Kyiv","unspecified",UA,False,"Kyiv City Military Administration","two people were killed and 18 were injured")
c(d,"injured",18,"exact","2025-09-07","Kyiv","unspecified",UA,False,"Kyiv City Military Administration","two people were killed and 18 were injured")
c(d,"injured",1,"exact","2025-09-07","Dnipro","unspecified",UA,False,"Serhii Lysak","one person was injured when debris hit a residential building")
c(d,"drones_launched",502,"exact","2025-09-03","Ukraine",None,None,False,None,"Russia attacked Ukraine with 502 drones and 24 missiles")
c(d,"missiles_launched",24,"exact","2025-09-03","Ukraine",None,None,False,None,"Russia attacked Ukraine with 502 drones and 24 missiles")

d = "c09_war-latest-bilopillia-bus"
SUMY = "Sumy Oblast Military Administration"; GS = "General Staff of the Armed Forces of Ukraine"
c(d,"killed",9,"exact","2025-05-17","Bilopillia","civilians",UA,False,SUMY,"killing nine people and injuring seven")
c(d,"injured",7,"exact","2025-05-17","Bilopillia","unspecified",UA,False,SUMY,"killing nine people and injuring seven")
c(d,"evacuated",5600,"exact","2025-05-17","Sumy Oblast",None,None,True,"Oleh Hryhorov","Since the start of the year, 5,600 people have been evacuated")
c(d,"drones_launched",112,"exact","2025-05-17","Ukraine",None,None,False,AF,"Russia launched 112 Shahed-type attack drones and decoys")
c(d,"drones_shot_down",63,"exact","2025-05-17","Ukraine",None,None,False,AF,"Air defense downed 63 of them")
c(d,"killed",974960,"exact","2025-05-17","Ukraine","military",RU,True,GS,"Russia has lost 974,960 troops in Ukraine")
c(d,"killed",1210,"exact","2025-05-17","Ukraine","military",RU,False,GS,"including 1,210 casualties over the past day")
c(d,"drones_shot_down",32780,"exact","2025-05-17","Ukraine",None,None,True,GS,"10,854 tanks and 32,780 drones")
c(d,"injured",6,"exact","2025-05-17","Kherson","unspecified",UA,False,"Oleksandr Prokudin","Russian shelling injured six people, including a 14-year-old boy")

d = "c10_campaign-assessment-feb12"
c(d,"missiles_launched",7,"exact","2025-02-12","Ukraine",None,None,False,AF,"seven Iskander-M/KN-23 ballistic missiles")
c(d,"missiles_launched",1,"exact","2025-02-12","Ukraine",None,None,False,AF,"one Kh-101 cruise missile")
c(d,"drones_launched",123,"exact","2025-02-12","Ukraine",None,None,False,AF,"123 Shahed and decoy drones")
c(d,"drones_shot_down",71,"exact","2025-02-12","Ukraine",None,None,False,AF,"shot down 71 drones over nine oblasts")
c(d,"killed",1,"exact","2025-02-12","Kyiv","unspecified",UA,False,"Tymur Tkachenko","the strike killed one person and injured four others")
c(d,"injured",4,"exact","2025-02-12","Kyiv","unspecified",UA,False,"Tymur Tkachenko","the strike killed one person and injured four others")
c(d,"killed",280,"exact","2025-02-10","Kupiansk","military",RU,False,"Viktor Trehubov","killed 280 Russian soldiers in the Kupyansk direction in the first ten days of February")

d = "c11_uman-one-year-on"
c(d,"killed",23,"exact","2023-04-28","Uman","unspecified",UA,False,None,"23 people were killed, six of them children")
c(d,"killed",6,"exact","2023-04-28","Uman","children",UA,False,None,"23 people were killed, six of them children")
c(d,"injured",17,"exact","2023-04-28","Uman","unspecified",UA,False,None,"Seventeen people were injured, among them three children")
c(d,"injured",3,"exact","2023-04-28","Uman","children",UA,False,None,"Seventeen people were injured, among them three children")
c(d,"missiles_launched",23,"exact","2023-04-28","Ukraine",None,None,False,AF,"Russia fired 23 cruise missiles at Ukraine")
c(d,"missiles_shot_down",21,"exact","2023-04-28","Ukraine",None,None,False,AF,"air defence destroyed 21 of them")
c(d,"killed",2,"exact","2023-04-28","Dnipro","unspecified",UA,False,None,"killing two people, a young mother and her two-year-old daughter")
c(d,"evacuated",109,"exact","2023-04-28","Uman",None,None,False,None,"109 residents of the damaged sections were moved to temporary accommodation")

d = "c12_week-of-attacks-march"
Z = "Volodymyr Zelensky"
c(d,"drones_launched",1000,"at_most","2025-03-30","Ukraine",None,None,False,Z,"Russia launched almost 1,000 attack drones")
c(d,"missiles_launched",10,"at_most","2025-03-30","Ukraine",None,None,False,Z,"nearly 10 missiles of various types")
for day, l, s, el, es in (("2025-03-24",99,57,"Russia sent 99 drones","57 were shot down"),
        ("2025-03-25",139,78,"The Air Force counted 139 drones","of which 78 were downed"),
        ("2025-03-26",117,56,"Two Iskander-M ballistic missiles and 117 drones","Air defence destroyed 56 drones"),
        ("2025-03-27",78,42,"A quieter night: 78 drones","78 drones, 42 downed"),
        ("2025-03-28",163,89,"The Air Force reported 163 drones launched nationwide","89 shot down"),
        ("2025-03-30",131,75,"131 drones; 75 of them were shot down","75 of them were shot down over 12 regions")):
    c(d,"drones_launched",l,"exact",day,"Ukraine",None,None,False,AF,el)
    c(d,"drones_shot_down",s,"exact",day,"Ukraine",None,None,False,AF,es)
c(d,"injured",88,"exact","2025-03-25","Sumy","unspecified",UA,False,"Sumy regional administration","injured 88 people, 17 of them children")
c(d,"injured",17,"exact","2025-03-25","Sumy","children",UA,False,"Sumy regional administration","injured 88 people, 17 of them children")
c(d,"missiles_launched",2,"exact","2025-03-26","Ukraine",None,None,False,AF,"Two Iskander-M ballistic missiles and 117 drones")
c(d,"killed",4,"exact","2025-03-28","Dnipro","unspecified",UA,False,"Dnipropetrovsk regional head","Four people were killed in Dnipro")
c(d,"injured",21,"exact","2025-03-28","Dnipro","unspecified",UA,False,"Dnipropetrovsk regional head","and 21 were injured")
c(d,"drones_launched",15,"exact","2025-03-29","Kharkiv",None,None,False,"Ihor Terekhov","Russia attacked Kharkiv with 15 drones")
c(d,"injured",5,"exact","2025-03-29","Kharkiv","unspecified",UA,False,"Ihor Terekhov","five people were injured in the city")
c(d,"drones_launched",111,"exact","2025-03-29","Ukraine",None,None,False,AF,"the Air Force recorded 111 drones and three missiles")
c(d,"missiles_launched",3,"exact","2025-03-29","Ukraine",None,None,False,AF,"the Air Force recorded 111 drones and three missiles")
c(d,"drones_shot_down",453,"exact","2025-03-30","Ukraine",None,None,False,None,"shot down 453 drones over the seven nights")

d = "c13_drone-war-in-numbers"
HR = "UN Human Rights Monitoring Mission in Ukraine"
c(d,"drones_launched",2114,"exact","2025-01-31","Ukraine",None,None,False,AF,"Russia launched 2,114 long-range attack and decoy drones")
c(d,"drones_launched",4200,"approx","2025-05-31","Ukraine",None,None,False,AF,"By May the monthly figure had doubled to about 4,200")
c(d,"drones_launched",5438,"exact","2025-06-30","Ukraine",None,None,False,AF,"in June it reached 5,438")
c(d,"drones_launched",6297,"exact","2025-07-31","Ukraine",None,None,False,AF,"July set a new record: 6,297 drones")
c(d,"missiles_launched",198,"exact","2025-07-31","Ukraine",None,None,False,AF,"198 missiles launched in July")
c(d,"missiles_launched",231,"exact","2025-06-30","Ukraine",None,None,False,AF,"against 231 in June")
c(d,"drones_shot_down",5637,"exact","2025-07-31","Ukraine",None,None,False,AF,"shot down or suppressed 5,637")
c(d,"killed",232,"exact","2025-06-30","Ukraine","civilians",UA,False,HR,"232 civilians were killed and 1,343 injured in June")
c(d,"injured",1343,"exact","2025-06-30","Ukraine","civilians",UA,False,HR,"232 civilians were killed and 1,343 injured in June")
c(d,"killed",286,"exact","2025-07-31","Ukraine","civilians",UA,False,HR,"it verified 286 civilian deaths and 1,388 injuries")
c(d,"injured",1388,"exact","2025-07-31","Ukraine","civilians",UA,False,HR,"it verified 286 civilian deaths and 1,388 injuries")
c(d,"killed",13580,"at_least","2025-06-30","Ukraine","civilians",UA,True,HR,"at least 13,580 civilians, among them 716 children")
c(d,"killed",716,"exact","2025-06-30","Ukraine","children",UA,True,HR,"at least 13,580 civilians, among them 716 children")

d = "c14_kostiantynivka-9000-remain"
F = "Vadym Filashkin"; DRMA = "Donetsk Regional Military Administration"
c(d,"residents_remaining",9000,"approx","2025-08-20","Kostiantynivka",None,None,False,F,"Some 9,000 residents are still living in Kostiantynivka")
c(d,"evacuated",1480,"exact","2025-08-20","Donetsk Oblast",None,None,False,F,"1,480 people, including 160 children, were evacuated")
c(d,"evacuated",160,"exact","2025-08-20","Donetsk Oblast",None,None,False,F,"1,480 people, including 160 children, were evacuated")
c(d,"evacuated",70000,"at_least","2025-08-20","Donetsk Oblast",None,None,True,F,"more than 70,000 residents have left the oblast")
c(d,"residents_remaining",200000,"approx","2025-08-20","Donetsk Oblast",None,None,False,F,"Around 200,000 people remain in the part of Donetsk Oblast that Ukraine controls")
c(d,"killed",3,"exact","2025-08-20","Donetsk Oblast","civilians",UA,False,DRMA,"killed three civilians and injured 12")
c(d,"injured",12,"exact","2025-08-20","Donetsk Oblast","civilians",UA,False,DRMA,"killed three civilians and injured 12")
c(d,"killed",2,"exact","2025-08-20","Kostiantynivka","civilians",UA,False,DRMA,"Two of the dead were in Kostiantynivka")

docs = [("c01_kryvyi-rih-playground","Associated Press","2025-04-05"),
        ("c02_belgorod-new-year-eve","Reuters","2023-12-31"),
        ("c03_kyiv-april-barrage-live","CNN","2025-04-24"),
        ("c04_ryazan-refinery-drones","Novaya Gazeta Europe","2025-01-24"),
        ("c05_belgorod-children-evacuation","The Moscow Times","2024-03-22"),
        ("c06_unhcr-three-years","UNHCR","2025-02-24"),
        ("c07_dtek-outage-statement","DTEK","2025-10-10"),
        ("c08_air-force-night-sept7","Ukrinform","2025-09-07"),
        ("c09_war-latest-bilopillia-bus","The Kyiv Independent","2025-05-17"),
        ("c10_campaign-assessment-feb12",None,"2025-02-12"),
        ("c11_uman-one-year-on","Hromadske","2024-04-28"),
        ("c12_week-of-attacks-march","Ukrainska Pravda","2025-03-30"),
        ("c13_drone-war-in-numbers","Euronews","2025-08-12"),
        ("c14_kostiantynivka-9000-remain","Espreso","2025-08-20")]
import pathlib
out = str(pathlib.Path(__file__).resolve().parent) + "/"
with open(out+"gold.claims.jsonl","w") as f:
    for r in C: f.write(json.dumps(r, ensure_ascii=False)+"\n")
with open(out+"gold.docs.jsonl","w") as f:
    for d,p,pub in docs: f.write(json.dumps(dict(doc_id=d,publisher=p,published=pub), ensure_ascii=False)+"\n")
# checks
import os, html as H, collections
texts = {}
A = out+"articles/"
for fn in os.listdir(A):
    if fn.endswith(".txt"): texts[fn[:-4]] = open(A+fn).read()
    elif fn.endswith(".html"): texts[fn[:-5]] = H.unescape(open(A+fn).read())
    elif fn.endswith(".jsonl"):
        for l in open(A+fn): r=json.loads(l); texts[r["doc_id"]] = r["title"]+"\n"+r["text"]
seen = collections.Counter()
for r in C:
    assert r["doc_id"] in texts, r["doc_id"]
    if r["evidence"] not in texts[r["doc_id"]]: print("EVIDENCE MISSING", r["doc_id"], r["evidence"])
    seen[(r["doc_id"], r["metric"], r["value"])] += 1
for k,v in seen.items():
    if v>1: print("dup key", k)
print(len(C), "claims", len(docs), "docs", collections.Counter(r["metric"] for r in C))
