#!/usr/bin/env python3
"""Gazetteer sources: Who's On First per-country properties (ndjson) -> wof_places_flat.tsv.xz.

Input: one `whosonfirst-data-admin-<cc>.properties.ndjson[.xz]` file per country, each line the
complete `properties` object of one WOF GeoJSON record (see scripts/gazetteer/wof_extract.py for how
they are made from the upstream repositories). Output: the flat table `rasd gazetteer build` reads
(src/geo/sources.cc), one row per record that has a wof:placetype, grouped by country in the order
given on the command line (scripts/fetch-gazetteer.sh passes the documented order) then by wof_id.

The column rules are those documented with the shared data (whosonfirst/SOURCE.md); where it is silent
(which languages and properties feed latin_variants, the population fallback) they were completed by
matching the shared table, which this script reproduces byte for byte (docs/data-sources.md):
  name_ar             first ara preferred name, else arz preferred, else meso:name_loc
  ar_variants         every other Arabic-script name in Arabic (ara, dialects) or und
  other_arabic_script Arabic-script names of other languages (Persian, Urdu, Kurdish, ...)
  latin_variants      other non-Arabic-script names of und/eng/fra/deu and the record's source names
                      (wof:name, gn:name, gn:asciiname, qs:name, meso:*, statoids:name) other than name_en
  population          wof:population, else gn:population; 0 is left empty
  admin1/admin2       wof:hierarchy[0] region_id/county_id, names looked up across ALL countries
  '|' inside a name becomes '/', because '|' separates the variants.
Python standard library only.
"""
import argparse
import json
import lzma
import os
import re
import sys

HEADER = ("wof_id country placetype placetype_local gn_feature_code is_current deprecated superseded_by "
          "name name_en name_ar ar_variants other_arabic_script latin_variants lat lon population "
          "admin1_id admin1_name admin1_name_ar admin2_id admin2_name admin2_name_ar "
          "parent_locality_id parent_locality_name geonames_id wikidata_id").split()

# Arabic and its spoken varieties (ISO 639-3 members of the `ara` macrolanguage that WOF uses).
ARABIC_LANGS = {"ara", "arb", "arz", "ary", "arq", "aeb", "apc", "ajp", "acm", "acq", "acw", "acx", "adf",
                "afb", "ayh", "ayl", "ayn", "ayp", "aao", "abh", "abv", "auz", "avl", "pga", "shu", "ssh"}
LATIN_LANGS = {"und", "eng", "fra", "deu"}
LATIN_NAME_PROPERTIES = ("wof:name", "gn:name", "gn:asciiname", "meso:name_en", "meso:nam_en_alt", "meso:gadm_adm2",
                         "statoids:name", "qs:name")
ARABIC_SCRIPT = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")  # not U+FEFF, the byte-order mark


def open_text(path):
    """ndjson or ndjson.xz, read as UTF-8."""
    if path.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def language(key):
    """'name:deu_at_x_preferred' -> ('deu', 'preferred')."""
    body = key[len("name:"):]
    lang_part, _, qualifier = body.partition("_x_")
    return lang_part.split("_")[0], qualifier


def clean(value):
    return str(value).replace("|", "/").replace("\t", " ").replace("\n", " ")


def cell(value):
    """A scalar property as the table writes it: None/missing -> empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(clean(v) for v in value)
    return clean(value)


def first_name(props, key):
    values = props.get(key) or []
    for v in values:
        if isinstance(v, str) and v.strip():
            return clean(v)
    return ""


def arabic_name(props):
    """The name_ar fallback chain: ara preferred, arz preferred, meso:name_loc."""
    for key in ("name:ara_x_preferred", "name:arz_x_preferred"):
        v = first_name(props, key)
        if v.strip():
            return v
    local = clean(props.get("meso:name_loc") or "")
    return local if ARABIC_SCRIPT.search(local) else ""  # Israel's meso:name_loc is Hebrew


def names(props):
    """(name_en, name_ar, ar_variants, other_arabic_script, latin_variants) of one record."""
    name_en = first_name(props, "name:eng_x_preferred") or clean(props.get("wof:name") or "")
    name_ar = arabic_name(props)
    arabic, other, latin = set(), set(), set()
    for key, values in props.items():
        if not key.startswith("name:") or not isinstance(values, list):
            continue
        lang, _ = language(key)
        for raw in values:
            if not isinstance(raw, str):
                continue
            v = clean(raw)  # an empty name is kept, as in the reference table
            if ARABIC_SCRIPT.search(v):
                (arabic if lang in ARABIC_LANGS or lang == "und" else other).add(v)
            elif lang in LATIN_LANGS:
                latin.add(v)
    arabic.discard(name_ar)
    other -= arabic
    other.discard(name_ar)
    # The record's own names from its sources (often GeoNames/GADM transliterations) count too.
    for key in LATIN_NAME_PROPERTIES:
        value = props.get(key)
        if isinstance(value, str) and value.strip() and not ARABIC_SCRIPT.search(value):
            latin.add(clean(value))
    latin.discard(name_en)
    return name_en, name_ar, "|".join(sorted(arabic)), "|".join(sorted(other)), "|".join(sorted(latin))


def number(value):
    if value is None or value == "":
        return ""
    return str(value)


def population(props):
    """wof:population, else GeoNames' figure; 0 means unknown and is left empty."""
    value = props.get("wof:population") or props.get("gn:population")
    return str(value) if value else ""


def read_country(path):
    """Records of one country file that have a placetype, by wof:id. Errors name file and line."""
    records = {}
    with open_text(path) as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                props = json.loads(line)
                wof_id = int(props["wof:id"])
            except (ValueError, KeyError, TypeError) as e:
                raise SystemExit(f"{path}:{lineno}: not a WOF properties record ({e})")
            if props.get("wof:placetype"):
                records[wof_id] = props
    return records


def country_code(path):
    m = re.search(r"whosonfirst-data-admin-([a-z]{2})", os.path.basename(path))
    if not m:
        raise SystemExit(f"{path}: file name must contain whosonfirst-data-admin-<cc>")
    return m.group(1).upper()


def name_index(paths):
    """wof:id -> (wof:name, name_ar) over every given country: wof:hierarchy often points across a border
    (an Iraqi village in an Iranian county), so admin names are looked up in all of them. Only these two
    strings are kept per record, and one country's full records at a time: all 34 countries (451k records)
    take 1.25 GB at peak."""
    index = {}
    for path in paths:
        for wof_id, props in read_country(path).items():
            index[wof_id] = (clean(props.get("wof:name") or ""), arabic_name(props))
    return index


def build(paths, out, lookup_only=()):
    """Writes the table for `paths` (in that order) and returns the row count. `lookup_only` countries
    are used for admin names but give no rows (a subset of countries then matches the full table)."""
    index = name_index([*paths, *lookup_only])

    def lookup(place_id):
        return index.get(place_id, ("", ""))

    out.write("\t".join(HEADER) + "\n")
    rows = 0
    for path in paths:
        cc = country_code(path)
        records = read_country(path)
        for wof_id in sorted(records):
            p = records[wof_id]
            name_en, name_ar, ar_variants, other, latin = names(p)
            hierarchy = p.get("wof:hierarchy") or [{}]
            h = hierarchy[0] if isinstance(hierarchy[0], dict) else {}

            def admin(key):
                i = h.get(key)
                if not isinstance(i, int) or i <= 0:
                    return ["", "", ""]
                return [str(i), *lookup(i)]

            locality = h.get("locality_id")
            parent = ["", ""]
            if isinstance(locality, int) and locality > 0 and locality != wof_id:
                parent = [str(locality), lookup(locality)[0]]
            conc = p.get("wof:concordances") or {}
            row = [str(wof_id), cc, cell(p.get("wof:placetype")), cell(p.get("wof:placetype_local")),
                   cell(p.get("gn:feature_code") or p.get("gn:fcode")), number(p.get("mz:is_current")),
                   cell(p.get("edtf:deprecated")), cell(p.get("wof:superseded_by")),
                   clean(p.get("wof:name") or ""), name_en, name_ar, ar_variants, other, latin,
                   number(p.get("geom:latitude")), number(p.get("geom:longitude")), population(p),
                   *admin("region_id"), *admin("county_id"), *parent,
                   number(conc.get("gn:id")), cell(conc.get("wd:id"))]
            out.write("\t".join(row) + "\n")
            rows += 1
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", help="wof_places_flat.tsv.xz (or .tsv; '-' for stdout)")
    ap.add_argument("inputs", nargs="+", help="whosonfirst-data-admin-<cc>.properties.ndjson[.xz], in output order")
    ap.add_argument("--lookup", action="append", default=[], metavar="NDJSON",
                    help="another country file used only to name admin units across the border (no rows)")
    args = ap.parse_args()
    if args.output == "-":
        rows = build(args.inputs, sys.stdout, args.lookup)
    else:
        tmp = args.output + ".part"
        opener = (lambda: lzma.open(tmp, "wt", encoding="utf-8", preset=6)) if args.output.endswith(".xz") \
            else (lambda: open(tmp, "w", encoding="utf-8"))
        with opener() as out:
            rows = build(args.inputs, out, args.lookup)
        os.replace(tmp, args.output)
    print(f"wof_flat: {rows} rows from {len(args.inputs)} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
