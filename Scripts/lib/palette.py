#!/usr/bin/env python3
"""Chooses the fourteen relation colours of netmap's drawings (Sources/NetmapFormats/Style.swift).

Usage: python3 Scripts/lib/palette.py        (needs: pip install colorspacious numpy)

The candidates are the colours of palettes made for colour-blind readers: Okabe-Ito and Paul
Tol's bright, vibrant, muted, medium- and high-contrast schemes (https://personal.sron.nl/~pault/),
plus a mid grey, keeping those with CIE L* <= 75 so that a thin line shows on white. The
script looks for the 14 whose closest pair is furthest apart, distance being CAM02-UCS delta E
taken as the smallest over normal vision and simulated deuteranopia, protanopia and tritanopia
(Machado et al. 2009, severity 100). Local search from 200 fixed random starts: deterministic.
It prints the colours, the smallest distance in each kind of vision and the closest pairs.
"""
import itertools
import random

import numpy as np
from colorspacious import cspace_convert

PALETTES = {
    "okabe-ito": ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000"],
    "tol-bright": ["#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB"],
    "tol-vibrant": ["#0077BB", "#33BBEE", "#009988", "#EE7733", "#CC3311", "#EE3377"],
    "tol-muted": ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
                  "#882255", "#AA4499"],
    "tol-high-contrast": ["#004488", "#DDAA33", "#BB5566"],
    "tol-medium-contrast": ["#6699CC", "#004488", "#EECC66", "#994455", "#997700", "#EE99AA"],
    "grey": ["#777777"],
}
VISION = ["normal", "deuteranomaly", "protanomaly", "tritanomaly"]
COUNT = 14
LIGHTEST = 75


def rgb(colour):
    return np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255


def seen(colour, vision):
    c = rgb(colour)
    if vision != "normal":
        c = np.clip(cspace_convert(c, {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}, "sRGB1"), 0, 1)
    return cspace_convert(c, "sRGB1", "CAM02-UCS")


def main():
    lightness = {c: cspace_convert(rgb(c), "sRGB1", "CIELab")[0] for p in PALETTES.values() for c in p}
    candidates = sorted(c for c in lightness if lightness[c] <= LIGHTEST)
    points = {c: [seen(c, v) for v in VISION] for c in candidates}

    def distance(a, b, vision=None):
        kinds = range(len(VISION)) if vision is None else [vision]
        return min(float(np.linalg.norm(points[a][k] - points[b][k])) for k in kinds)

    table = {(a, b): distance(a, b) for a in candidates for b in candidates if a < b}

    def worst(colours):
        return min(table[min(a, b), max(a, b)] for a, b in itertools.combinations(colours, 2))

    best = None
    for seed in range(200):
        chosen = random.Random(seed).sample(candidates, COUNT)
        improved = True
        while improved:
            improved = False
            for i in range(COUNT):
                for c in candidates:
                    if c in chosen:
                        continue
                    trial = chosen[:i] + [c] + chosen[i + 1:]
                    if worst(trial) > worst(chosen) + 1e-9:
                        chosen, improved = trial, True
        if best is None or worst(chosen) > worst(best):
            best = sorted(chosen)
    print(f"{len(candidates)} candidates; the closest pair of the {COUNT} chosen is delta E {worst(best):.1f}")
    for c in sorted(best, key=lambda c: lightness[c]):
        print(c, f"L*={lightness[c]:.0f}", ", ".join(n for n, p in PALETTES.items() if c in p))
    for k, vision in enumerate(VISION):
        print(f"{vision}: closest pair delta E {min(distance(a, b, k) for a, b in itertools.combinations(best, 2)):.1f}")
    print("closest pairs (normal, deuteranomaly, protanomaly, tritanomaly):")
    for a, b in sorted(itertools.combinations(best, 2), key=lambda p: table[min(p), max(p)])[:5]:
        print(a, b, " ".join(f"{distance(a, b, k):.1f}" for k in range(len(VISION))))


if __name__ == "__main__":
    main()
