#!/usr/bin/env python3
"""Writes Sources/NetmapLexicon/Data/OfficeHolders.swift, the dated office-holders table.

    Scripts/kb/office-holders.py [SHARED_KB_DIR]     (default ../shared/kb)

Rows come from two sources, in this order, each sorted:
1. petrarch2's Phoenix.Countries.actors.txt (MIT, openeventdata/petrarch2): every person with
   a dated government term `[XXXGOV from-to]` becomes one row per term, office `government`,
   the state found by the country code (the code's country block names it; its names are
   matched against netmap's states table). Names are written in capitals there: they are
   recased ("HANS-DIETRICH_GENSCHER" -> "Hans-Dietrich Genscher", particles such as "von" and
   "bin" in lower case, from the name-particles table); aliases that carry a title ("PRESIDENT_
   REAGAN", "THE_REAGAN_ADMINISTRATION") are left out.
2. Scripts/kb/office-holders-2014-2025.tsv, completed by hand in the same dated form for the
   years the dictionary does not cover (offices named: head-of-state, head-of-government,
   foreign-minister, defence-minister, finance-minister, head).

The output is deterministic: the same inputs give the same bytes.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KB = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "kb"
OUT = ROOT / "Sources/NetmapLexicon/Data/OfficeHolders.swift"
HAND = ROOT / "Scripts/kb/office-holders-2014-2025.tsv"

# Codes of states that no longer exist, and codes the dictionary uses beside ISO 3166.
HISTORIC = {"SUN": "soviet-union", "USR": "soviet-union", "DDR": "east-germany", "CSK": "czechoslovakia",
            "YUG": "yugoslavia", "FRY": "yugoslavia", "SCG": "serbia", "KSV": "kosovo", "SRP": "serbia"}


def table_rows(path, name, columns):
    """Rows of the netmap table held in `static let NAME` (a raw string) of a Swift file."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"static let {name} = #\"\"\"") + len(f"static let {name} = #\"\"\"")
    body = text[start: text.index('\"\"\"#', start)]
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == columns:
            yield cells


def norm(name):
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def state_index():
    index = {}
    for cells in table_rows(ROOT / "Sources/NetmapLexicon/Data/States.swift", "states", 5):
        for name in [cells[1]] + [x.strip() for x in cells[2].split(";") if x.strip()]:
            index.setdefault(norm(name), cells[0])
    return index


def particles():
    """The name-particles table: words written in lower case inside a name."""
    return {cells[0].rstrip("-") for cells in table_rows(ROOT / "Sources/NetmapLexicon/Data/Titles.swift", "nameParticles", 1)}


def title_words():
    words = set()
    for cells in table_rows(ROOT / "Sources/NetmapLexicon/Data/Titles.swift", "titles", 4):
        words.update(cells[0].upper().replace("-", " ").split())
    return words | {"FORMER", "THE", "ADMINISTRATION", "GOV.", "GOVENOR", "GOVERNMENT", "REGIME", "EX", "LATE"}


def recase(raw, small):
    words = [w for w in raw.strip("_ ").split("_") if w]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and i < len(words) - 1 and lower in small:
            out.append(lower)
        elif i > 0 and re.fullmatch(r"[IVX]+", word):
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def parse_date(text, end=False):
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y = 2000 + yy if yy <= 20 else 1900 + yy
    else:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def petrarch_rows(states, small, titles):
    path = KB / "petrarch2/Phoenix.Countries.actors.txt"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    codes = {}
    for line in lines:
        match = re.match(r"^([A-Z][A-Z_]*?)_?\s+\[([A-Z]{3})\]\s*$", line)
        if match:
            state = states.get(norm(match.group(1).replace("_", " ")))
            if state:
                codes.setdefault(match.group(2), state)
    codes.update(HISTORIC)
    rows = set()
    name, aliases, coded = None, [], False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if re.match(r"^[A-Z]", line) and (name is None or coded):
            name = line.split("#")[0].strip()
            aliases = []
            coded = False
            continue
        if (line.startswith("+") or re.match(r"^[A-Z]", line)) and name:
            # Synonyms, with "+" or without it before the block's first code.
            alias = line.lstrip("+").split("#")[0].strip()
            words = [w for w in alias.strip("_ ").split("_") if w]
            first = [w for w in name.strip("_ ").split("_") if w][:1]
            # Other spellings of the same name: the same first name, or an initial.
            if 2 <= len(words) <= 4 and not any(w in titles for w in words) and re.fullmatch(r"[A-Z_.\-']+", alias) \
                    and (words[:1] == first or re.fullmatch(r"[A-Z]\.", words[0])):
                aliases.append(alias)
            continue
        if line.startswith(("\t", " ")) and "[" in line:
            coded = True
        match = re.match(r"^\s+\[([A-Z]{3})GOV\s+(\d{6,8})?-?(\d{6,8})?\]", line)
        if not match or not name or match.group(1) not in codes:
            continue
        start = parse_date(match.group(2)) if match.group(2) else ""
        end = parse_date(match.group(3), end=True) if match.group(3) else ""
        if not start:
            continue
        words = [w for w in name.strip("_ ").split("_") if w]
        if len(words) < 2 or any(w in titles for w in words) or not re.fullmatch(r"[A-Z_.\-']+", name):
            continue
        label = recase(name, small)
        others = sorted({recase(a, small) for a in aliases} - {label})
        rows.add((label, "; ".join(others), codes[match.group(1)], "government", start, end or "?"))
    return sorted(rows)


def hand_rows():
    rows = []
    for n, line in enumerate(HAND.read_text(encoding="utf-8").splitlines()):
        if n == 0 or not line.strip():
            continue
        label, aliases, body, office, start, end = line.split("\t")
        rows.append((label, aliases, body, office, start, end or "?"))
    return sorted(rows)


def main():
    rows = petrarch_rows(state_index(), particles(), title_words())
    hand = hand_rows() if HAND.exists() else []
    out = [
        "// Office holders with dated terms: made by Scripts/kb/office-holders.py; edit the sources, not this file.",
        "extension BuiltinTable {",
        '    static let officeHolders = #"""',
        "    # Who held which office when, for titles the text gives without naming the state",
        "    # (\"Prime Minister Bob Hawke\" in a 1987 story: Australia) and for names of their time.",
        "    # Sources: petrarch2 Phoenix.Countries.actors.txt (MIT, openeventdata/petrarch2, commit",
        "    # 676801cd): dated government terms, office `government`; and, for 2014-2025, rows",
        "    # completed by hand in the same form (Scripts/kb/office-holders-2014-2025.tsv).",
        "    #",
        "    # Columns: person | other names (;) | state or organisation id | office | from | to",
        "    #   office: government (any office in it), head-of-state, head-of-government,",
        "    #     foreign-minister, defence-minister, finance-minister, head (of an organisation).",
        "    #   from, to: YYYY-MM-DD; to is ? while in office.",
    ]
    for section in (rows, hand):
        for row in section:
            out.append("    " + " | ".join(row))
    out += ['    """#', "}", ""]
    OUT.write_text("\n".join(out), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows from petrarch2, {len(hand)} by hand", file=sys.stderr)


if __name__ == "__main__":
    main()
