#!/usr/bin/env python3
"""Regenerates the OBK-based vocabularies in this folder from Kennisnet's public Edurep mapping files.

Usage: python3 catalog-schema/vocab/generate.py ../shared/reference/edurep
The product reads only the JSON written here; this script documents where every UUID came from.
"""
import csv, io, json, sys, urllib.parse
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/edurep")
out = Path(__file__).resolve().parent


def rows(name):
    raw = (src / name).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # the kerndoelen VO file is ISO-8859-1
        text = raw.decode("latin-1")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def write(name, doc):
    (out / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def kerndoelen(name, set_code, source_file):
    terms, seen = [], {}
    for r in rows(name):
        code = r["term.identifier"]
        number = code.replace("deel1", "").replace("deel2", "")
        uuid = r["obk.begrip.identifier"]
        label = r["obk.begrip.aanduiding"]
        if uuid in seen:  # 32deel1/32deel2 share one UUID: one goal
            continue
        seen[uuid] = True
        terms.append({"id": uuid, "code": number, "label": label})
    write(f"kerndoelen-{set_code}.json", {
        "vocabulary": source_file.replace(".csv", "").replace("mapping_", ""),
        "purpose": "educational objective",
        "source": f"Kennisnet Edurep mapping file {source_file}",
        "terms": terms,
    })


kerndoelen("mapping_vdex_classification_kerndoelen_onderbouw_vo_20071115.xml.csv", "vo",
           "mapping_vdex_classification_kerndoelen_onderbouw_vo_20071115.xml.csv")
kerndoelen("mapping_vdex_classification_kerndoelen_po_04_2006.xml.csv", "po",
           "mapping_vdex_classification_kerndoelen_po_04_2006.xml.csv")

subjects = []
for r in rows("mapping_vdex_classification_vakaanduidingen_vo_20071115.xml.csv"):
    code = urllib.parse.unquote(r["term.identifier"])
    subjects.append({"id": r["obk.begrip.identifier"], "code": code, "label": r["obk.begrip.aanduiding"]})
ALIASES = {  # school shorthand seen in real sheets
    "wiskunde": ["wis", "wi", "math", "mathematics", "maths"],
    "lichamelijke opvoeding": ["lo", "gym", "gymnastiek", "physical education", "pe", "sport"],
    "aardrijkskunde": ["ak", "geography"],
    "geschiedenis": ["gs", "ges", "history"],
    "Nederlands": ["ne", "ned", "dutch"],
    "Engels": ["en", "eng", "english"],
    "Duits": ["du", "german"],
    "Frans": ["fa", "fr", "french"],
    "biologie": ["bi", "bio", "biology"],
    "natuurkunde": ["na", "nask", "physics"],
    "scheikunde": ["sk", "chemistry"],
    "economie": ["ec", "economics"],
    "informatica": ["in", "inf", "computer science"],
    "muziek": ["mu", "music"],
    "maatschappijleer": ["ma", "mij"],
    "techniek": ["te", "technology"],
    "beeldende vorming": ["bv", "beeldende vormgeving", "art"],
}
for s in subjects:
    if s["code"] in ALIASES:
        s["aliases"] = ALIASES[s["code"]]
write("vakken-vo.json", {
    "vocabulary": "vdex_classification_vakaanduidingen_vo_20071115.xml",
    "purpose": "discipline",
    "source": "Kennisnet Edurep mapping file mapping_vdex_classification_vakaanduidingen_vo_20071115.xml.csv",
    "terms": subjects,
})

obk = {r["term.identifier"]: r for r in rows("mapping_vdex_classification_educationallevel_czp_20071115.xml.csv")}
LEVELS = [  # (our code, label, OBK term for the level, OBK prefix for per-year terms, max year, aliases)
    ("vmbo-b", "vmbo basisberoepsgerichte leerweg", "vmbo", "vmbo_bl", 4, ["vmbo-bb", "vmbo bb", "vmbo-bl", "bb", "basis", "vmbo basis", "vmbo-basis"]),
    ("vmbo-k", "vmbo kaderberoepsgerichte leerweg", "vmbo", "vmbo_kl", 4, ["vmbo-kb", "vmbo kb", "vmbo-kl", "kb", "kader", "vmbo kader", "vmbo-kader"]),
    ("vmbo-gt", "vmbo gemengde/theoretische leerweg", "vmbo", "vmbo_gl,vmbo_tl", 4, ["vmbo-gl", "vmbo-tl", "vmbo gl", "vmbo tl", "vmbo-g", "vmbo-t", "gl", "tl", "gt", "mavo", "vmbo-gl/tl", "vmbo gl/tl"]),
    ("havo", "havo", "havo", "havo", 5, []),
    ("vwo", "vwo", "vwo", "vwo", 6, ["atheneum", "gymnasium"]),
    ("praktijkonderwijs", "praktijkonderwijs", "praktonderwijs", None, 6, ["pro", "praktonderwijs"]),
]
levels = []
for code, label, base, prefix, max_year, aliases in LEVELS:
    entry = {"id": obk[base]["obk.begrip.identifier"], "code": code, "label": label,
             "obkLabel": obk[base]["obk.begrip.aanduiding"], "maxYear": max_year, "aliases": aliases}
    if prefix:
        years = {}
        for y in range(1, max_year + 1):
            ids = [obk[f"{p}{y}"]["obk.begrip.identifier"] for p in prefix.split(",") if f"{p}{y}" in obk]
            labels = [obk[f"{p}{y}"]["obk.begrip.aanduiding"] for p in prefix.split(",") if f"{p}{y}" in obk]
            if ids:
                years[str(y)] = [{"id": i, "label": l} for i, l in zip(ids, labels)]
        entry["years"] = years
    levels.append(entry)
write("niveaus.json", {
    "vocabulary": "vdex_classification_educationallevel_czp_20071115.xml",
    "purpose": "educational level",
    "source": "Kennisnet Edurep mapping file mapping_vdex_classification_educationallevel_czp_20071115.xml.csv",
    "context": {"id": obk["VO"]["obk.begrip.identifier"], "code": "VO", "label": obk["VO"]["obk.begrip.aanduiding"]},
    "terms": levels,
})
