#!/usr/bin/env python3
"""Writes the official texts of the kerndoelen (the law texts) as vidcat's versioned vocabulary files.

Usage:
  python3 catalog-schema/vocab/kerndoelen-teksten.py VO_BIJLAGE.md PO_BIJLAGE.md

The inputs are the consolidated texts of wetten.overheid.nl as the public repository statengeneraal/laws-markdown
keeps them in Markdown:
  AMvB/besluit/kerndoelen/onderbouw/vo/BWBR0019945/README.md    (Besluit kerndoelen onderbouw VO)
  AMvB/besluit/vernieuwde/kerndoelen/wpo/BWBR0018844/README.md  (Besluit vernieuwde kerndoelen WPO)
Only layout is changed: Markdown links become their text, list items keep their dash on a line of their own, and a
missing space after a sentence or a goal number (an artefact of the conversion) is put back. No word is changed.
The product reads only the JSON written here.
"""
import json, re, sys
from pathlib import Path

out = Path(__file__).resolve().parent
LICENCE = "public law text (Auteurswet art. 11): no copyright on laws and decrees"


def clean(line):
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # Markdown link -> its text
    return re.sub(r"\s+", " ", line).strip()


def goals(md, areas):
    """Numbered goals in the bijlage, with the area heading they stand under (areas: heading regex -> name)."""
    lines = md.split("\n")
    start = next(i for i, l in enumerate(lines) if re.match(r"^###\s*Bijlage", l))
    found, area, current = [], None, None
    for raw in lines[start:]:
        line = clean(raw)
        for pattern, name in areas:
            if re.search(pattern, raw):
                area, current = name, None
        if area is None or not line:
            continue
        if line.startswith("#"):
            current = None
            if re.match(r"^###\s*II\b", raw):
                break  # part II (Friese taal en cultuur, Fryslân only) has its own numbering
            continue
        m = re.match(r"^(\d{1,2})\.\s*(.*)$", line)
        if m:
            current = {"number": int(m.group(1)), "area": area, "text": m.group(2)}
            found.append(current)
        elif current is not None and line.startswith("–"):
            current["text"] += "\n– " + line[1:].strip()
        elif current is not None and current["text"].endswith(("en", ";", ")")) and "\n– " in current["text"]:
            # the sentence after a list ("(1950–heden). De leerling leert daarbij ...") stays with its goal
            current["text"] += " " + line
    for g in found:
        g["text"] = re.sub(r"(\w)\.(De |Ze |Zij |Het |In )", r"\1. \2", g["text"])
        g["text"] = g["text"].replace("   ", " ").strip()
    return found


def write(name, doc):
    (out / name).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def version_file(set_code, prefix, title, sources, found, expected):
    numbers = [g["number"] for g in found]
    assert numbers == list(range(1, expected + 1)), f"{set_code}: goals {numbers}"
    areas = []
    for g in found:
        if not areas or areas[-1]["name"] != g["area"]:
            areas.append({"name": g["area"], "goals": []})
        areas[-1]["goals"].append({"code": f"{prefix} {g['number']}", "number": g["number"], "text": g["text"]})
    return {"set": set_code, "version": "2006", "title": title, "source": sources, "licence": LICENCE,
            "areas": areas}


VO_AREAS = [(r"Onderdeel A: Nederlands", "Nederlands"), (r"Onderdeel B: Engels", "Engels"),
            (r"Onderdeel C: rekenen en wiskunde", "Wiskunde"), (r"Onderdeel D: mens en natuur", "Mens en natuur"),
            (r"Onderdeel E: mens en maatschappij", "Mens en maatschappij"),
            (r"Onderdeel F: kunst en cultuur", "Kunst en cultuur"), (r"Onderdeel G: bewegen en sport", "Bewegen en sport")]
PO_AREAS = [(r"^####\s*\*Nederlands\*", "Nederlands"), (r"^####\s*\*Engels\*", "Engels"),
            (r"^####\s*\*Friese taal\*", "Friese taal"), (r"^####\s*\*Rekenen/wiskunde\*", "Rekenen/wiskunde"),
            (r"^####\s*\*Oriëntatie op jezelf en de wereld\*", "Oriëntatie op jezelf en de wereld"),
            (r"^####\s*\*Kunstzinnige oriëntatie\*", "Kunstzinnige oriëntatie"),
            (r"^####\s*\*Bewegingsonderwijs\*", "Bewegingsonderwijs")]

vo = goals(Path(sys.argv[1]).read_text(encoding="utf-8"), VO_AREAS)
po = goals(Path(sys.argv[2]).read_text(encoding="utf-8"), PO_AREAS)
write("kerndoelen-teksten-vo-2006.json", version_file("vo", "KD", "Besluit kerndoelen onderbouw VO (Stb. 2006, 316), bijlage I", [
    "https://wetten.overheid.nl/BWBR0019945",
    "https://zoek.officielebekendmakingen.nl/stb-2006-316.html",
    "https://github.com/statengeneraal/laws-markdown/blob/master/AMvB/besluit/kerndoelen/onderbouw/vo/BWBR0019945/README.md"],
    vo, 58))
write("kerndoelen-teksten-po-2006.json", version_file("po", "PO", "Besluit vernieuwde kerndoelen WPO (Stb. 2005, 524), bijlage", [
    "https://wetten.overheid.nl/BWBR0018844",
    "https://github.com/statengeneraal/laws-markdown/blob/master/AMvB/besluit/vernieuwde/kerndoelen/wpo/BWBR0018844/README.md"],
    po, 58))
