#!/usr/bin/env python3
"""Gazetteer sources: Natural Earth attribute tables -> countries.tsv, admin1.tsv, populated_places.tsv.

Reads, from one directory (plain or .xz):
  ne_10m_populated_places_simple.tsv   every 1:10m place: coordinates, population, admin names
  ne_50m_populated_places.tsv          the 1:50m places, which carry NAME_AR (joined on NE_ID)
  ne_10m_admin_1_states_provinces.tsv  admin-1 units with name_ar and label lat/lon
  ne_50m_admin_0_countries.geojson     countries with NAME_AR and LABEL_X/LABEL_Y
  ne_10m_admin_0_countries.tsv         countries that exist only at 1:10m
and writes the three tables `rasd gazetteer build` reads (src/geo/sources.cc), with the columns and
rules documented in docs/data-sources.md (they follow naturalearth/SOURCE.md of the shared data).
Python standard library only.
"""
import argparse
import json
import lzma
import os
import re
import sys
import unicodedata
from collections import defaultdict

PLACE_COLUMNS = ("name name_ar lat lon iso_a2 adm0name adm1name pop_max featurecla name_ar_clean nameascii "
                 "namealt adm0_a3 adm0cap scalerank min_zoom ne_id wikidataid name_ar_core name_ar_derived "
                 "name_ar_from").split()
ADMIN1_COLUMNS = ("iso_a2 name name_ar lat lon name_ar_clean iso_3166_2 adm0_a3 admin type_en name_alt name_en "
                  "wikidataid ne_id name_ar_core").split()
COUNTRY_COLUMNS = ("iso_a2 iso_a3 name name_ar lat lon name_ar_clean adm0_a3 name_long admin formal_en type "
                   "continent wikidataid ne_id coord_source name_ar_core").split()

# Generic words that open an Arabic admin-unit label ("منطقة نجران") and are not part of the name.
GENERIC_PREFIXES = ("منطقة", "محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة", "مدينة", "بلدية", "إمارة", "لواء",
                    "قضاء", "إدارة", "كانتون", "ضاحية", "دائرة", "جهة", "عمالة", "مديرية", "شعبية", "أبرشية",
                    "قسم", "ناحية")
GENERIC_PREFIX = re.compile("^(?:" + "|".join(GENERIC_PREFIXES) + r")\s+")
CAPITAL_WORD = re.compile(r"\s+العاصمة$")  # "تونس العاصمة" is the city of Tunis
QUALIFIER = re.compile(r"\s*[،,]")           # "بومبو، أوغندا": Wikidata's disambiguating qualifier
PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")
PLACEHOLDERS = {"-99", "-99.0", "None", "null"}


def read_text(directory, name):
    """The file `name` or `name.xz` from `directory`, as text."""
    path = os.path.join(directory, name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return path, f.read()
    if os.path.exists(path + ".xz"):
        with lzma.open(path + ".xz", "rt", encoding="utf-8") as f:
            return path + ".xz", f.read()
    raise SystemExit(f"naturalearth_tsv: {path}[.xz] not found")


def read_table(directory, name):
    """A tab-separated NE attribute table as a list of dicts; a ragged line is an error naming file and line."""
    path, text = read_text(directory, name)
    lines = text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    table = []
    for lineno, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        table.append(dict(zip(header, cells)))
    return table


def blank(value):
    """NE writes 'none' as -99; an empty cell is clearer."""
    text = "" if value is None else str(value).strip()
    return "" if text in PLACEHOLDERS else text


def iso_code(value, length):
    text = blank(value)
    return text if len(text) == length and text.isascii() and text.isalpha() and text.isupper() else ""


def coordinate(value):
    text = blank(value)
    if not text:
        return ""
    return f"{float(text):.6f}".rstrip("0").rstrip(".")


def arabic_clean(label):
    """The name without a qualifier after '،'/',' or anything in parentheses."""
    text = QUALIFIER.split((label or "").strip())[0]
    text = PARENTHESES.sub(" ", text)
    return " ".join(text.split())


def arabic_core(label):
    """arabic_clean() without one leading generic admin word and a trailing 'العاصمة'."""
    return CAPITAL_WORD.sub("", GENERIC_PREFIX.sub("", arabic_clean(label))).strip()


def english_key(name):
    """Accents, case and punctuation ignored: 'Dayr az Zawr' and 'Dayr az-Zawr' compare equal."""
    ascii_only = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return "".join(c for c in ascii_only if "a" <= c <= "z")


def write_table(directory, name, columns, rows):
    path = os.path.join(directory, name)
    with open(path + ".part", "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(str(row.get(c, "")).replace("\t", " ").replace("\n", " ") for c in columns) + "\n")
    os.replace(path + ".part", path)
    print(f"naturalearth_tsv: {path}: {len(rows)} rows", file=sys.stderr)


def admin1_rows(units):
    rows = [{"iso_a2": iso_code(u["iso_a2"], 2), "name": u["name"], "name_ar": u["name_ar"].strip(),
             "lat": coordinate(u["latitude"]), "lon": coordinate(u["longitude"]),
             "name_ar_clean": arabic_clean(u["name_ar"]), "iso_3166_2": blank(u["iso_3166_2"]),
             "adm0_a3": u["adm0_a3"], "admin": u["admin"], "type_en": u["type_en"], "name_alt": u["name_alt"],
             "name_en": u["name_en"], "wikidataid": u["wikidataid"], "ne_id": u["ne_id"],
             "name_ar_core": arabic_core(u["name_ar"])} for u in units]
    return sorted(rows, key=lambda r: (r["iso_a2"], r["name"]))


def place_rows(places_10m, places_50m, units):
    """1:10m places with the Arabic name of the same place at 1:50m, else (heuristic, flagged in
    name_ar_from) the Arabic core name of the one admin-1 unit of the country with the same English name."""
    arabic_by_id = {p["NE_ID"]: p for p in places_50m}
    units_by_name = defaultdict(list)
    for u in units:
        for n in {u["name"], u["name_en"], u["name_alt"].split("|")[0]}:
            if english_key(n):
                units_by_name[(iso_code(u["iso_a2"], 2), english_key(n))].append(u)
    rows = []
    for p in places_10m:
        at_50m = arabic_by_id.get(p["ne_id"], {})
        name_ar = at_50m.get("NAME_AR", "").strip()
        row = {"name": p["name"], "name_ar": name_ar, "lat": coordinate(p["latitude"]),
               "lon": coordinate(p["longitude"]), "iso_a2": iso_code(p["iso_a2"], 2), "adm0name": p["adm0name"],
               "adm1name": p["adm1name"], "pop_max": blank(p["pop_max"]), "featurecla": p["featurecla"],
               "name_ar_clean": arabic_clean(name_ar), "nameascii": p["nameascii"], "namealt": p["namealt"],
               "adm0_a3": p["adm0_a3"], "adm0cap": p["adm0cap"], "scalerank": p["scalerank"],
               "min_zoom": p["min_zoom"], "ne_id": p["ne_id"], "wikidataid": at_50m.get("WIKIDATAID", ""),
               "name_ar_core": arabic_core(name_ar), "name_ar_derived": "",
               "name_ar_from": "ne_50m_populated_places" if name_ar else ""}
        if not name_ar:
            same = (units_by_name.get((row["iso_a2"], english_key(p["name"])))
                    or units_by_name.get((row["iso_a2"], english_key(p["nameascii"]))))
            if same and len(same) == 1 and arabic_core(same[0]["name_ar"]):
                row["name_ar_derived"] = arabic_core(same[0]["name_ar"])
                row["name_ar_from"] = "derived:ne_10m_admin_1 same-name unit " + same[0]["ne_id"]
        rows.append(row)
    return sorted(rows, key=lambda r: -int(r["pop_max"] or 0))  # largest first; stable for ties


def country_rows(features_50m, countries_10m, units):
    """Countries of the 1:50m GeoJSON (label points), then those that exist only at 1:10m, placed at the
    mean of their admin-1 label points."""
    props = [f["properties"] for f in features_50m]
    taken_a2 = {iso_code(p["ISO_A2"], 2) for p in props} - {""}
    taken_a3 = {iso_code(p["ISO_A3"], 3) for p in props} - {""}
    rows, at_50m = [], set()
    for p in props:
        a2, a3 = iso_code(p["ISO_A2"], 2), iso_code(p["ISO_A3"], 3)
        # NE marks some codes as not plain (France -99, Taiwan CN-TW); the _EH code then fills in if unused.
        if not a2 and iso_code(p["ISO_A2_EH"], 2) not in taken_a2:
            a2 = iso_code(p["ISO_A2_EH"], 2)
        if not a3 and iso_code(p["ISO_A3_EH"], 3) not in taken_a3:
            a3 = iso_code(p["ISO_A3_EH"], 3)
        at_50m.add(p["ADM0_A3"])
        rows.append({"iso_a2": a2, "iso_a3": a3, "name": p["NAME"], "name_ar": (p["NAME_AR"] or "").strip(),
                     "lat": coordinate(p["LABEL_Y"]), "lon": coordinate(p["LABEL_X"]),
                     "name_ar_clean": arabic_clean(p["NAME_AR"]), "adm0_a3": p["ADM0_A3"],
                     "name_long": p["NAME_LONG"], "admin": p["ADMIN"], "formal_en": p["FORMAL_EN"] or "",
                     "type": p["TYPE"], "continent": p["CONTINENT"], "wikidataid": p["WIKIDATAID"] or "",
                     "ne_id": p["NE_ID"], "coord_source": "ne_50m_admin_0_countries LABEL_X/LABEL_Y",
                     "name_ar_core": arabic_core(p["NAME_AR"])})
    points = defaultdict(list)
    for u in units:
        if blank(u["latitude"]):
            points[u["adm0_a3"]].append((float(u["latitude"]), float(u["longitude"])))
    for c in countries_10m:
        if c["ADM0_A3"] in at_50m:
            continue
        pts = points.get(c["ADM0_A3"], [])
        rows.append({"iso_a2": iso_code(c["ISO_A2"], 2), "iso_a3": iso_code(c["ISO_A3"], 3), "name": c["NAME"],
                     "name_ar": c["NAME_AR"].strip(),
                     "lat": coordinate(sum(p[0] for p in pts) / len(pts)) if pts else "",
                     "lon": coordinate(sum(p[1] for p in pts) / len(pts)) if pts else "",
                     "name_ar_clean": arabic_clean(c["NAME_AR"]), "adm0_a3": c["ADM0_A3"],
                     "name_long": c["NAME_LONG"], "admin": c["ADMIN"], "formal_en": c["FORMAL_EN"],
                     "type": c["TYPE"], "continent": c["CONTINENT"], "wikidataid": c["WIKIDATAID"],
                     "ne_id": c["NE_ID"], "coord_source": "mean of ne_10m admin-1 lat/lon" if pts else "",
                     "name_ar_core": arabic_core(c["NAME_AR"])})
    return sorted(rows, key=lambda r: r["name"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw_dir", help="directory with the five Natural Earth files (plain or .xz)")
    ap.add_argument("out_dir", help="where countries.tsv, admin1.tsv and populated_places.tsv are written")
    args = ap.parse_args()
    units = read_table(args.raw_dir, "ne_10m_admin_1_states_provinces.tsv")
    places = place_rows(read_table(args.raw_dir, "ne_10m_populated_places_simple.tsv"),
                        read_table(args.raw_dir, "ne_50m_populated_places.tsv"), units)
    path, text = read_text(args.raw_dir, "ne_50m_admin_0_countries.geojson")
    try:
        features = json.loads(text)["features"]
    except (ValueError, KeyError) as e:
        raise SystemExit(f"{path}: not a GeoJSON FeatureCollection ({e})")
    countries = country_rows(features, read_table(args.raw_dir, "ne_10m_admin_0_countries.tsv"), units)
    os.makedirs(args.out_dir, exist_ok=True)
    write_table(args.out_dir, "populated_places.tsv", PLACE_COLUMNS, places)
    write_table(args.out_dir, "admin1.tsv", ADMIN1_COLUMNS, admin1_rows(units))
    write_table(args.out_dir, "countries.tsv", COUNTRY_COLUMNS, countries)


if __name__ == "__main__":
    main()
