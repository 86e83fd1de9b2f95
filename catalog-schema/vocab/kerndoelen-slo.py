#!/usr/bin/env python3
"""Writes kerndoelen-slo-2020.json: SLO's published elaboration of each kerndoel (VO onderbouw 1-58, PO 1-58).

Usage:
  git clone https://github.com/slonl/curriculum-lpib
  git clone https://github.com/slonl/curriculum-basis
  git clone https://github.com/slonl/curriculum-kerndoelen
  python3 catalog-schema/vocab/kerndoelen-slo.py curriculum-lpib curriculum-basis curriculum-kerndoelen

The script reads the files at the commits below with `git show` (the clones may be at any commit) and writes the
JSON next to itself. What it takes from SLO's curriculum data:
  - Leerplan in beeld (curriculum-lpib, release of 2020-10-02, the last before SLO deprecated the set): the titles
    and descriptions of the vakkernen, vaksubkernen and vakinhouden, each linked to kerndoelen through its
    doelniveaus (curriculum-basis at the commit lpib pins as its submodule), grouped by the vakleergebied the item
    sits under and that vakleergebied mapped to a subject code of vakken-vo.json (SUBJECTS below; vakleergebieden of
    the general learning areas become goal-level texts, the vmbo beroepsgerichte profielen are left out);
  - curriculum-kerndoelen (the commit curriculum-basis pins): SLO's short label of each kerndoel and the titles of
    the kerndoel domains that hold it.
Texts (an item's title, and its description after a full stop) are deduplicated per goal and subject;
only whitespace is changed. The product reads only the JSON written here.
"""
import json, re, subprocess, sys
from collections import defaultdict
from pathlib import Path

out = Path(__file__).resolve().parent

LPIB = ("https://github.com/slonl/curriculum-lpib", "ec95855338cf34b9ae02e7cfaa0066f365326cb7")
BASIS = ("https://github.com/slonl/curriculum-basis", "76b37a60f29fd039c8083b204c4499b87ba57101")
KERNDOELEN = ("https://github.com/slonl/curriculum-kerndoelen", "aaeb21817bdc064d81ec4ee1fa2a68220dcaf1d0")

LPIB_FILES = ["data/lpib_vakleergebieden.json", "data/lpib_vakkernen.json", "data/lpib_vaksubkernen.json",
              "data/lpib_vakinhouden.json"]
BASIS_FILES = ["data/doelniveaus.json"]
KERNDOELEN_FILES = ["data/kerndoelen.json", "data/domeinen.json"]

# vakleergebied title (Leerplan in beeld) -> subject code (vakken-vo.json); "" = the learning area as a whole, no
# subject. Titles not listed (the vmbo beroepsgerichte profielen, bovenbouw-only subjects) are left out.
SUBJECTS = {
    "Aardrijkskunde": "aardrijkskunde", "Algemene natuurwetenschappen": "algemene natuurwetenschappen",
    "Biologie": "biologie", "Duits": "Duits", "Economie": "economie", "Engels": "Engels", "Frans": "Frans",
    "Geschiedenis": "geschiedenis", "Grieks": "Grieks", "Latijn": "Latijn", "Filosofie": "filosofie",
    "Maatschappijleer": "maatschappijleer", "Maatschappijkunde": "maatschappijleer",
    "Maatschappijwetenschappen": "maatschappijwetenschappen", "Natuurkunde": "natuurkunde",
    "Natuur- en scheikunde I": "natuurkunde", "Natuur- en scheikunde II": "scheikunde", "Scheikunde": "scheikunde",
    "Nederlands": "Nederlands", "Spaans": "Spaans", "Wiskunde": "wiskunde", "Wiskunde A": "wiskunde",
    "Wiskunde B": "wiskunde", "Wiskunde C": "wiskunde", "Wiskunde D": "wiskunde",
    "Natuur, leven en technologie": "natuur leven en technologie",
    "Culturele en kunstzinnige vorming": "culturele en kunstzinnige vorming",
    "Kunst: beeldende vorming": "beeldende vorming", "Kunst: muziek": "muziek", "Kunst: dans": "dans",
    "Kunst: drama": "drama", "Lichamelijke opvoeding": "lichamelijke opvoeding",
    "Bewegen en sport": "lichamelijke opvoeding", "Bewegingsonderwijs": "lichamelijke opvoeding",
    "Bewegen, sport en maatschappij": "lichamelijke opvoeding",
    "Mens en natuur": "", "Mens en maatschappij": "", "Kunst en cultuur": "", "Kunstzinnige oriëntatie": "",
    "Cultureel erfgoed": "",
}


def show(repo, commit, path):
    return json.loads(subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True,
                                     capture_output=True).stdout)


def goal_key(prefix):
    """'VO Kerndoel 22: Rekenstructuren ...' -> ('vo-2006', '22'); other sets (SO, VSO) -> None."""
    m = re.match(r"^(VO|PO) Kerndoel (\d+)", prefix)
    return (m.group(1).lower() + "-2006", str(int(m.group(2)))) if m else None


def text(entity):
    t = re.sub(r"\s+", " ", entity.get("title", "")).strip()
    d = re.sub(r"\s+", " ", entity.get("description", "") or "").strip()
    return t + (". " + d if d and d != t else "")


def subjects_of(lpib):
    """Item id -> the vakleergebied titles it sits under (vakleergebied > vakkern > vaksubkern > vakinhoud)."""
    vlg, kern, sub = lpib["data/lpib_vakleergebieden.json"], lpib["data/lpib_vakkernen.json"], \
        lpib["data/lpib_vaksubkernen.json"]
    kern, sub = {k["id"]: k for k in kern}, {s["id"]: s for s in sub}
    under = defaultdict(set)
    for v in vlg:
        for k in v.get("lpib_vakkern_id", []):
            under[k].add(v["title"])
            for i in kern.get(k, {}).get("lpib_vakinhoud_id", []):
                under[i].add(v["title"])
            for s in kern.get(k, {}).get("lpib_vaksubkern_id", []):
                under[s].add(v["title"])
                for i in sub.get(s, {}).get("lpib_vakinhoud_id", []):
                    under[i].add(v["title"])
    return under


def add(goal, area, item_text):
    """Adds a text under the subject of vakleergebied `area`, goal-level for a general area, not for others."""
    subject = SUBJECTS.get(area)
    target = None if subject is None else goal["general"] if subject == "" else goal["subjects"][subject]
    if target is not None and item_text not in target:
        target.append(item_text)


def main(lpib_repo, basis_repo, kerndoelen_repo):
    lpib = {f: show(lpib_repo, LPIB[1], f) for f in LPIB_FILES}
    doelniveaus = {d["id"]: d for d in show(basis_repo, BASIS[1], BASIS_FILES[0])}
    kerndoelen = show(kerndoelen_repo, KERNDOELEN[1], KERNDOELEN_FILES[0])
    domains = show(kerndoelen_repo, KERNDOELEN[1], KERNDOELEN_FILES[1])
    key_of = {k["id"]: goal_key(k["prefix"]) for k in kerndoelen}
    goals = defaultdict(lambda: {"label": "", "domains": [], "general": [], "subjects": defaultdict(list)})
    for k in kerndoelen:
        if key_of[k["id"]]:
            goals[key_of[k["id"]]]["label"] = re.sub(r"\s+", " ", k["prefix"].split(":", 1)[-1]).strip()
    for d in domains:
        for k in d.get("kerndoel_id", []):
            if key_of.get(k) and d["title"] not in goals[key_of[k]]["domains"]:
                goals[key_of[k]]["domains"].append(d["title"].strip())
    under = subjects_of(lpib)
    for f in LPIB_FILES[1:]:
        for item in lpib[f]:
            keys = {key_of.get(k) for dn in item.get("doelniveau_id", [])
                    for k in doelniveaus.get(dn, {}).get("kerndoel_id", [])} - {None}
            for key in sorted(keys):
                for area in sorted(under.get(item["id"], ())):
                    add(goals[key], area, text(item))
    sets = defaultdict(dict)
    for (set_name, number), g in sorted(goals.items(), key=lambda e: (e[0][0], int(e[0][1]))):
        sets[set_name][number] = {"label": g["label"], "domains": g["domains"], "general": g["general"],
                                  "subjects": dict(sorted(g["subjects"].items()))}
    doc = {
        "description": "SLO's published elaboration of each kerndoel: its short label, the kerndoel domains that "
                       "hold it, and the Leerplan in beeld content (vakkernen, vaksubkernen, vakinhouden) linked to "
                       "it, goal-level ('general') or per subject code of vakken-vo.json. vidcat suggest matches a "
                       "record against the law text of a goal together with these texts. Keys: set-version as in "
                       "the kerndoelen-teksten files, then goal number. Generated by kerndoelen-slo.py; see "
                       "README.md.",
        "licence": "CC BY 4.0: the catalogue record 'SLO Curriculumdatabase API' on data.overheid.nl "
                   "(https://data.overheid.nl/dataset/slo-curriculumdatabase) says 'Licentie: CC-BY (4.0)' for "
                   "the data these repositories hold; the repositories carry no licence file, their package.json "
                   "says MIT; slo.nl's disclaimer allows copying with the source named. Attribution: SLO "
                   "(Stichting Leerplanontwikkeling), https://opendata.slo.nl/curriculum/. Changes: items selected "
                   "by their kerndoel links and regrouped per goal and subject; title and description joined, "
                   "whitespace collapsed, words unchanged.",
        "source": [{"repository": repo, "commit": commit, "files": files} for (repo, commit), files in
                   ((LPIB, LPIB_FILES), (BASIS, BASIS_FILES), (KERNDOELEN, KERNDOELEN_FILES))],
        "sets": sets,
    }
    (out / "kerndoelen-slo-2020.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
