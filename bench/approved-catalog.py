#!/usr/bin/env python3
"""Writes N approved, valid, synthetic Dutch records into a new catalog (no media files: export and index do not
read them). Shared by bench/export and bench/serve. Usage: approved-catalog.py VOCAB_DIR CATALOG N"""
import json, os, random, sys, hashlib
vocab, cat, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
load = lambda f: json.load(open(os.path.join(vocab, f), encoding="utf-8"))["terms"]
subjects, levels, goals, licences = load("vakken-vo.json"), load("niveaus.json"), load("kerndoelen-vo.json"), load("licenties.json")
licences = [l for l in licences if l["id"].startswith("cc")]
rnd = random.Random(42)
# Topic-coherent texts, as a school's videos are: a record is about one topic of its subject, so a query finds the
# few percent of the catalogue on that topic (not, as with words drawn from one shared bag, most of it).
topics = {
    "wiskunde": "breuken vereenvoudigen procenten grafieken vergelijkingen kwadraten wortels oppervlakte kansrekening "
                "pythagoras gelijkvormigheid machten haakjes statistiek gemiddelde coördinaten hoeken verhoudingen",
    "biologie": "fotosynthese celdeling spijsvertering bloedsomloop ecosystemen erfelijkheid evolutie ademhaling "
                "zintuigen hormonen voortplanting voedselketens bacteriën skelet spieren lichaam",
    "natuurkunde": "krachten snelheid elektriciteit stroomkring weerstand magnetisme geluid licht lenzen energie "
                   "warmte druk dichtheid hefbomen zwaartekracht golven",
    "scheikunde": "atomen moleculen reacties verbranding zuren basen zouten oplossingen mengsels destilleren filtreren "
                  "reactievergelijkingen metalen kunststoffen",
    "aardrijkskunde": "kaartlezen klimaat vulkanen aardbevingen rivieren bevolking verstedelijking landbouw "
                      "globalisering weer gesteenten erosie migratie atlas tijdzones",
    "geschiedenis": "romeinen middeleeuwen gouden eeuw verlichting industriële revolutie wereldoorlog koude oorlog "
                    "slavernij reformatie tachtigjarige kolonialisme franse revolutie grieken ridders",
    "Nederlands": "werkwoordspelling persoonsvorm onderwerp zinsontleding spelling samenvatten leesstrategieën "
                  "betoog signaalwoorden voltooid deelwoord lijdend voorwerp",
    "Engels": "engelse tijden onregelmatige werkwoorden present perfect past simple vocabulary pronunciation "
              "reading listening grammar",
    "Frans": "franse werkwoorden passé composé vocabulaire uitspraak lidwoorden bijvoeglijke naamwoorden",
    "economie": "vraag aanbod marktvormen inflatie begroting belasting rente sparen lenen arbeidsmarkt",
    "lichamelijke opvoeding": "turnen basketbal volleybal atletiek hoogspringen sprinten warming-up conditie",
    "muziek": "ritme noten akkoorden toonladders componeren zingen blokfluit muziekgeschiedenis",
}
by_label = {t["label"].lower(): t for t in subjects}
topic_list = [(by_label[k.lower()], v.split()) for k, v in sorted(topics.items()) if k.lower() in by_label]
actions = ("uitleg", "stap voor stap", "oefenen", "voor beginners", "herhalen voor de toets", "met voorbeelden",
           "in vijf minuten", "veelgemaakte fouten")
fillers = "dus eigenlijk gewoon namelijk bijvoorbeeld natuurlijk eerst daarna steeds vaak".split()
os.makedirs(os.path.join(cat, "records"), exist_ok=True)
os.makedirs(os.path.join(cat, "media"), exist_ok=True)
json.dump({"schemaVersion": 1, "name": "Bench college", "rules": {}}, open(os.path.join(cat, "catalog.json"), "w"))
term = lambda t, code=None: {"id": t["id"], "code": code or t.get("code"), "label": t["label"], "input": t["label"]}
for i in range(n):
    subject, words = topic_list[rnd.randrange(len(topic_list))]
    word = rnd.choice(words)
    title = f"{word.capitalize()} {rnd.choice(actions)} deel {i % 7 + 1}"
    sha = hashlib.sha256(str(i).encode()).hexdigest()
    rid = f"video-{i:06d}-{sha[:8]}"
    lvl = rnd.choice(levels)
    maxy = lvl.get("maxYear", 6)
    y = rnd.randint(1, min(3, maxy))
    g = rnd.sample(goals, rnd.choice([0, 1, 2]))
    consent = rnd.random() < 0.5
    d = f"media/{rid}/"
    rec = {
        "schemaVersion": 1, "id": rid,
        "metadata": {
            "title": title,
            "description": f"Een leerling legt uit: {word}, " + " ".join(
                rnd.choice(words) if rnd.random() < 0.4 else rnd.choice(fillers) for _ in range(30)) + ".",
            "keywords": rnd.sample(sorted(set(words)), 3), "subject": term(subject),
            "levels": [term(lvl)], "years": [y], "goals": [term(x) for x in g], "language": "nl",
            "licence": term(rnd.choice(licences), None) | {"code": None},
            "school": "Bench college", "teacher": "mw. De Vries",
            # without consent the sheet names nobody (named makers without consent fail validation)
            "makers": ["Sanne", "Daan"] if consent else [], "consent": consent},
        "source": {"originalPath": f"{rid}.mp4", "file": d + "source.mp4", "size": 12345678, "sha256": sha,
                   "container": "mov,mp4,m4a,3gp,3g2,mj2", "durationSeconds": 95.0, "locationTags": []},
        "media": {
            "renditions": [{"name": "720p", "profile": "web", "file": d + "720p.mp4", "width": 1280, "height": 720,
                            "videoCodec": "h264", "durationSeconds": 95.0, "size": 9000000, "bitrate": 750000,
                            "remuxed": False, "faststart": True}],
            "poster": {"jpeg": d + "poster.jpg", "webp": d + "poster.webp", "timeSeconds": 12.0, "score": 0.8,
                       "width": 1280, "height": 720},
            "subtitles": [{"file": d + "subtitles.nl.vtt", "language": "nl"}]},
        "status": "approved",
        "reviews": [{"reviewer": "dhr. Jansen", "at": "2026-09-10T12:30:00Z", "scores": {"content": "4"},
                     "decision": "approve"}],
        "problems": [], "ingestedAt": "2026-09-01T08:00:00Z", "updatedAt": "2026-09-10T12:30:00Z"}
    rec["metadata"]["licence"]["code"] = rec["metadata"]["licence"]["id"]
    with open(os.path.join(cat, "records", rid + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
