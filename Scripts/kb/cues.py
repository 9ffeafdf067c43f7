#!/usr/bin/env python3
"""Writes Sources/NetmapLexicon/Data/Cues.swift: the relation-cues and status-cues tables.

Usage: Scripts/kb/cues.py [CAMEO.2.0.txt]   (default ../shared/kb/petrarch2/CAMEO.2.0.txt)

Relation cues come from two sources, both recorded in the table's header:
  - the CAMEO verb dictionary (PETRARCH2, MIT licence): the verbs of the groups kept in
    Scripts/kb/cue-review.tsv (reviewed by hand, one row a group, with the reason for each
    verb left out), given the default slots of their relation below;
  - Scripts/kb/cues-added.tsv: nouns, verbs CAMEO codes only in patterns ("urge", "ask"),
    the alliance cues of the annotation guidelines, and slots that differ from the default.
Status words come from Scripts/kb/status-cues.tsv. The output is deterministic.
"""
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
spec = importlib.util.spec_from_file_location("cameo", os.path.join(here, "cameo-cues.py"))
cameo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cameo)

# The slots a derived verb gets, by relation: (first side, other side).
DEFAULT_SLOTS = {
    "met": ("subject", "obj; obl:with; group"),
    "demanded_of": ("subject", "obj; iobj; obl:on"),
    "allied_with": ("subject", "obl:with; group"),
}
OTHER = ("subject", "obj; obj:poss")


def rows(path):
    with open(os.path.join(here, path), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                yield [c.strip() for c in line.split("|")]


def main():
    dictionary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "kb", "petrarch2", "CAMEO.2.0.txt")
    verbs = {}
    for code, group, members in cameo.groups(dictionary):
        verbs.setdefault((code, group), []).extend(lemma for lemma, _ in members)
    derived = {}
    for code, group, relation, kept, _ in rows("cue-review.tsv"):
        known = verbs.get((code, group))
        if known is None:
            sys.exit(f"cue-review.tsv: no CAMEO group {group} [{code}]")
        for lemma in kept.split():
            if lemma not in known:
                sys.exit(f"cue-review.tsv: {lemma} is not a verb of {group} [{code}]")
            derived.setdefault((lemma, "verb"), (relation, f"CAMEO {code} {group}"))
    added = list(rows("cues-added.tsv"))
    replaced = {(r[0], r[1]) for r in added}
    table = []
    for (lemma, pos), (relation, source) in sorted(derived.items()):
        if (lemma, pos) in replaced:
            continue
        first, other = DEFAULT_SLOTS.get(relation, OTHER)
        table.append([lemma, pos, relation, first, other, "occurred", source])
    for r in added:
        table.append(r + ["added" if (r[0], r[1]) not in derived else f"{derived[(r[0], r[1])][1]}, slots added"])
    table.insert(0, ["# lemma", "pos", "relation", "first side", "other side", "status", "source"])
    widths = [max(len(r[k]) for r in table) for k in range(7)]
    out = []
    out.append("// Relation cues and status words, written by Scripts/kb/cues.py: do not edit by hand; edit")
    out.append("// Scripts/kb/cue-review.tsv, cues-added.tsv or status-cues.tsv and run the script.")
    out.append("extension BuiltinTable {")
    out.append('    static let relationCues = #"""')
    out.append("    # Sources: the CAMEO verb dictionary (PETRARCH2 CAMEO.2.0.txt, MIT licence; the groups and")
    out.append("    # verbs kept are in Scripts/kb/cue-review.tsv) and cues added by hand (Scripts/kb/cues-added.tsv).")
    out.append("    # lemma: the lower-case lemma, with a particle or preposition among its dependents (\"sit down\").")
    out.append("    # pos: verb, noun or adjective, as the tagger tags the cue.")
    out.append("    # first side, other side: Universal Dependencies slots tried in order for each side:")
    out.append("    #   subject   the verb's nsubj (obl:agent of a passive); without one, its controller (xcomp), the")
    out.append("    #             first conjunct's subject (conj), the main clause's subject (advcl), the antecedent")
    out.append("    #             of a relative clause")
    out.append("    #   obj, iobj the verb's object (a passive's nsubj:pass); poss  the noun's possessor (nmod:poss)")
    out.append("    #   obl:P, nmod:P  an oblique or noun modifier with the preposition P (case)")
    out.append("    #   obl:P:poss  the possessor inside that phrase (\"asked for Bolton's resignation\")")
    out.append("    #   modifier  an actor inside the noun phrase (\"US-Soviet summit\", \"Franco-German talks\")")
    out.append("    #   governor  the subject of the verb the noun depends on (\"held talks\", \"after talks with X, Y\")")
    out.append("    #   between   every pair of \"between A and B\"; group  the first side's members with each other")
    out.append("    #   ccomp:obligation  the subject of a clause with should, must or ought (\"said X must\")")
    out.append("    #   obj:poss  the possessor of the object (\"criticised Washington's tariffs\")")
    out.append("    #   ccomp:subject  the subject of the cue's clause (\"demanded that X withdraw\")")
    out.append("    # status: what the cue states when no status word says otherwise.")
    out.append("    # source: the CAMEO group the verb comes from, or \"added\".")
    out.append("    #")
    for r in table:
        cells = [r[k].ljust(widths[k]) for k in range(7)]
        out.append("    " + " | ".join(cells).rstrip())
    out.append('    """#')
    out.append("")
    out.append('    static let statusCues = #"""')
    with open(os.path.join(here, "status-cues.tsv"), encoding="utf-8") as f:
        for line in f:
            out.append("    " + line.rstrip())
    out.append('    """#')
    out.append("}")
    path = os.path.join(root, "Sources", "NetmapLexicon", "Data", "Cues.swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{path}: {len(table)} relation cues", file=sys.stderr)


if __name__ == "__main__":
    main()
