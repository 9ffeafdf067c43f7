#!/usr/bin/env python3
"""Lists the verbs of the CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt, MIT licence) by
the CAMEO code of their verb group, as candidate relation cues.

Usage: Scripts/kb/cameo-cues.py CAMEO.2.0.txt
Prints tab-separated rows: code, group, lemma, forms (the dictionary's irregular forms).
Only single-word verbs are listed; multi-word entries (+MEET_WITH) are phrases that the
dependency slots of a single lemma already cover.
"""
import re
import sys


def groups(path):
    """Yields (code, group name, [(lemma, [forms])]) for every verb group of the dictionary."""
    code = group = None
    verbs = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            m = re.match(r"^---\s+(\S+)\s+\[([0-9:]+)\]\s*---", line)
            if m:
                if group:
                    yield code, group, verbs
                group, code, verbs = m.group(1), m.group(2).split(":")[0], []
                continue
            if not group or not line or line.startswith("-") or line.startswith("+"):
                continue
            m = re.match(r"^([A-Z][A-Z_']*)\s*(\{([^}]*)\})?", line)
            if m and "_" not in m.group(1):
                forms = m.group(3).split() if m.group(3) else []
                verbs.append((m.group(1).lower(), [x.lower() for x in forms]))
    if group:
        yield code, group, verbs


if __name__ == "__main__":
    for code, group, verbs in groups(sys.argv[1]):
        for lemma, forms in verbs:
            print(f"{code}\t{group}\t{lemma}\t{' '.join(forms)}")
