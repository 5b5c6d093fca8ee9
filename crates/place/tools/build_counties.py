#!/usr/bin/env python3
"""Build data/places/counties.tsv: US counties ("X County", and Louisiana's
"X Parish") with their GeoNames points.

News names counties where it names towns ("a deputy in Barren County",
"Monroe County, Mich."), and the name without its county word is often a
town somewhere else. GeoNames gives each county a point; the `rgeo` crate
(0.3.0, GeoNames data, CC BY 4.0) ships the features of more than 100
people, counties among them, as (name, point, country) records. A county's
first-level division is the division of the nearest towns of
data/places/places.tsv in its country (the majority of the five nearest).

Run by hand after build_gazetteer.py (it reads places.tsv):

  cargo info rgeo@0.3.0 >/dev/null   # puts the crate in ~/.cargo/registry/src
  python3 crates/place/tools/build_counties.py \
     --rgeo ~/.cargo/registry/src/*/rgeo-0.3.0/src/data --out data/places

The output has the columns of places.tsv (population left empty: rgeo has
none; the finder treats a county as a town of 50,000).
"""

import argparse
import collections
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gazetteer as bg  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rgeo", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rgeo, _ = bg.read_rgeo(args.rgeo)
    a2_to_a3 = {}
    with open(os.path.join(args.out, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[0].startswith("#"):
                continue
            a2_to_a3[r[1]] = r[0]
    # Towns by country and whole degree, for the nearest-town search.
    grid = collections.defaultdict(list)
    with open(os.path.join(args.out, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[0].startswith("#") or not r[2]:
                continue
            lat, lon = float(r[3]), float(r[4])
            grid[(r[1], math.floor(lat), math.floor(lon))].append((lat, lon, r[2]))

    def division(a3, lat, lon):
        near = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for t in grid.get((a3, math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    near.append((bg.km((lat, lon), t[:2]), t[2]))
        near.sort()
        votes = collections.Counter(code for _, code in near[:5])
        return votes.most_common(1)[0][0] if votes else None

    rows = set()
    for (a2, k), points in rgeo.items():
        # US counties only: elsewhere a "county" is often a first-level
        # division (Liberia, Sweden, Hungary), which admin1.tsv has.
        if a2 != "US" or not (k.endswith(" county") or k.endswith(" parish")):
            continue
        a3 = a2_to_a3.get(a2)
        if a3 is None or len(k.split()) < 2:
            continue
        seen = []
        for lat, lon, name in points:
            # The same county listed twice (a few km apart) is kept once.
            if any(bg.km((lat, lon), s) < 30 for s in seen):
                continue
            seen.append((lat, lon))
            code = division(a3, lat, lon)
            if code is None:
                continue
            rows.add((a3, code, name, round(lat, 4), round(lon, 4)))
    with open(os.path.join(args.out, "counties.tsv"), "w", encoding="utf-8") as f:
        f.write("#name\tiso3\tadmin1\tlat\tlon\tpopulation\tflags\talt_names\n")
        for a3, code, name, lat, lon in sorted(rows):
            f.write(f"{name}\t{a3}\t{code}\t{lat:.4f}\t{lon:.4f}\t\t\t\n")
    print(f"{len(rows)} counties", file=sys.stderr)


if __name__ == "__main__":
    main()
