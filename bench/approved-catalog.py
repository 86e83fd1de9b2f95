#!/usr/bin/env python3
"""Writes N approved, valid, synthetic Dutch records into a new catalog (no media files: export and index do not
read them). Shared by bench/export and bench/serve. Usage: approved-catalog.py VOCAB_DIR CATALOG N"""
import json, os, random, sys, hashlib
vocab, cat, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
load = lambda f: json.load(open(os.path.join(vocab, f), encoding="utf-8"))["terms"]
subjects, levels, goals, licences = load("vakken-vo.json"), load("niveaus.json"), load("kerndoelen-vo.json"), load("licenties.json")
licences = [l for l in licences if l["id"].startswith("cc")]
rnd = random.Random(42)
words = ("breuken vereenvoudigen procenten grafieken lezen fotosynthese de Gouden Eeuw werkwoordspelling "
         "klimaat vulkanen het menselijk lichaam stroomkring verhoudingen Pythagoras onregelmatige werkwoorden "
         "Engelse tijden de Franse Revolutie kaartlezen vergelijkingen oplossen").split()
os.makedirs(os.path.join(cat, "records"), exist_ok=True)
os.makedirs(os.path.join(cat, "media"), exist_ok=True)
json.dump({"schemaVersion": 1, "name": "Bench college", "rules": {}}, open(os.path.join(cat, "catalog.json"), "w"))
term = lambda t, code=None: {"id": t["id"], "code": code or t.get("code"), "label": t["label"], "input": t["label"]}
for i in range(n):
    title = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 6))).capitalize() + f" deel {i % 7 + 1}"
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
            "description": "Een leerling legt stap voor stap uit: " + " ".join(rnd.choice(words) for _ in range(30)) + ".",
            "keywords": rnd.sample(sorted(set(words)), 3), "subject": term(rnd.choice(subjects)),
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
