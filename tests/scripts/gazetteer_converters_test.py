#!/usr/bin/env python3
"""Gazetteer sources: tests for scripts/fetch-gazetteer.sh and scripts/gazetteer/*.py, all offline.

Two kinds of test:
  * records written here (no data needed): the column rules of wof_flat.py, wof_extract.py on a small
    tarball and SQLite file, and the script's clear error when it cannot download;
  * against this machine's shared data (the fixture the converters must reproduce): wof_flat.py on the
    SY and LB properties gives exactly the SY/LB rows of the shared wof_places_flat.tsv.xz,
    naturalearth_tsv.py on the raw Natural Earth tables gives exactly the shared TSVs, and the whole
    fetch-gazetteer.sh runs against a local file:// mirror made from the shared files.
The data directory is $RASD_DATA, else ../shared/data next to the source tree. If it is missing, the
shared-data tests are skipped with a message when RASD_DATA is unset (a checkout without the data) and
fail when RASD_DATA is set (the user pointed at data that is not there).

Usage: gazetteer_converters_test.py --source-dir DIR [unittest options]
"""
import argparse
import bz2
import hashlib
import io
import json
import lzma
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unittest

SOURCE_DIR = None
SCRIPTS = None


def data_dir():
    """(path or None, whether RASD_DATA chose it)."""
    env = os.environ.get("RASD_DATA")
    if env:
        return env, True
    path = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "data"))
    return (path if os.path.isdir(path) else None), False


def gazetteer_dir(test):
    """The shared gazetteer folder, or skip/fail as the module docstring says."""
    path, from_env = data_dir()
    gaz = os.path.join(path, "gazetteer") if path else None
    if gaz and os.path.isdir(gaz):
        return gaz
    if from_env:
        test.fail(f"data directory not found: RASD_DATA={path} has no gazetteer/ folder")
    test.skipTest("data directory not found (no $RASD_DATA, no ../shared/data): shared-data comparisons not run")


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=280, **kw)


def read_rows(path, countries=None):
    """Lines of a (possibly xz) TSV, header first, keeping only rows of the given country codes."""
    opener = lzma.open if path.endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if countries is None:
        return lines
    return [lines[0]] + [l for l in lines[1:] if l.split("\t", 2)[1] in countries]


def first_difference(mine, reference):
    for i, (a, b) in enumerate(zip(mine, reference)):
        if a != b:
            return f"line {i + 1}:\n  mine: {a[:300]}\n  ref:  {b[:300]}"
    return f"row counts differ: {len(mine)} vs {len(reference)}"


def write_ndjson_xz(path, records):
    with lzma.open(path, "wt", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def feature(props):
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [props.get("geom:longitude", 0), props.get("geom:latitude", 0)]}}


def record_path(wof_id):
    digits = str(wof_id)
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    return "data/" + "/".join(groups) + f"/{digits}.geojson"


def add_member(tar, name, payload):
    info = tarfile.TarInfo(name)
    info.size = len(payload)
    tar.addfile(info, io.BytesIO(payload))


def make_tarball(path, top, records, extras=True):
    """A GitHub-style tarball (<top>/data/...) holding one GeoJSON per record, plus an alternate
    geometry and a non-data file that the extractor must ignore."""
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        add_member(tar, f"{top}/README.md", b"not data\n")
        for props in records:
            add_member(tar, f"{top}/{record_path(props['wof:id'])}", json.dumps(feature(props), ensure_ascii=False).encode())
        if extras and records:
            alt = dict(records[0])
            alt.pop("wof:placetype", None)
            add_member(tar, f"{top}/{record_path(records[0]['wof:id'])[:-8]}-alt-quattroshapes.geojson",
                       json.dumps(feature(alt)).encode())


# Records written for the tests: a country, a region and a county in "xx", a village in "yy" whose
# hierarchy points into xx (the cross-border lookup), and a Hebrew meso:name_loc that must not be name_ar.
REGION = {"wof:id": 1001, "wof:placetype": "region", "wof:name": "Wadi Region", "mz:is_current": 1, "gn:population": 5000,
          "name:ara_x_preferred": ["محافظة الوادي"], "name:eng_x_preferred": ["Wadi"],
          "wof:hierarchy": [{"country_id": 1000, "region_id": 1001}], "geom:latitude": 34.5, "geom:longitude": 38.25}
COUNTY = {"wof:id": 1002, "wof:placetype": "county", "wof:name": "Nahr District", "meso:name_loc": "منطقة النهر",
          "wof:hierarchy": [{"country_id": 1000, "region_id": 1001, "county_id": 1002}],
          "geom:latitude": 34.6, "geom:longitude": 38.3}
HEBREW_COUNTY = {"wof:id": 1003, "wof:placetype": "county", "wof:name": "Galil", "meso:name_loc": "גליל",
                 "wof:hierarchy": [{"region_id": 1001, "county_id": 1003}]}
VILLAGE = {"wof:id": 2001, "wof:placetype": "locality", "wof:name": "Qaryat al Bir", "gn:fcode": "PPL",
           "mz:is_current": -1, "wof:population": 120, "geom:latitude": 33.123456, "geom:longitude": 39.5,
           "name:ara_x_preferred": ["قرية البئر"], "name:ara_x_variant": ["البير", "Qaryat al-Bir", "قرية البئر"],
           "name:arz_x_preferred": ["قريه البير"], "name:und_x_variant": ["البئر|الجديدة", "Kariet el Bir", "ביר"],
           "name:fas_x_preferred": ["قریه البئر"], "name:urd_x_preferred": ["البير"], "name:spa_x_preferred": ["Bir"],
           "name:fra_x_preferred": ["Karyat el Bir"], "name:eng_x_preferred": ["Qaryat al-Bir"],
           "name:pan_x_preferred": ["\ufeffਬੀਰ"], "qs:name": "Qariat al Bir",
           "gn:name": "Qaryat al Bi'r", "gn:asciiname": "Qaryat al Bi`r", "edtf:deprecated": "2020-01-02", "wof:superseded_by": [3001, 3002],
           "wof:concordances": {"gn:id": 12345, "wd:id": "Q42"},
           "wof:hierarchy": [{"country_id": 1000, "region_id": 1001, "county_id": 1002, "locality_id": 2001}]}
NO_PLACETYPE = {"wof:id": 2002, "wof:name": "alt geometry"}


class WofFlatRules(unittest.TestCase):
    """wof_flat.py on records written here: each documented column rule."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="rasd-gaz-test-")
        write_ndjson_xz(os.path.join(cls.tmp, "whosonfirst-data-admin-xx.properties.ndjson.xz"), [REGION, COUNTY, HEBREW_COUNTY])
        write_ndjson_xz(os.path.join(cls.tmp, "whosonfirst-data-admin-yy.properties.ndjson.xz"), [VILLAGE, NO_PLACETYPE])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def build(self, countries, lookup=()):
        out = os.path.join(self.tmp, "flat.tsv")
        args = [sys.executable, os.path.join(SCRIPTS, "wof_flat.py"), out]
        args += [os.path.join(self.tmp, f"whosonfirst-data-admin-{c}.properties.ndjson.xz") for c in countries]
        for c in lookup:
            args += ["--lookup", os.path.join(self.tmp, f"whosonfirst-data-admin-{c}.properties.ndjson.xz")]
        r = run(args)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = read_rows(out)
        header = lines[0].split("\t")
        return [dict(zip(header, l.split("\t"))) for l in lines[1:]], lines

    def test_village_columns(self):
        rows, _ = self.build(["yy"], lookup=["xx"])
        self.assertEqual(len(rows), 1, "the record without wof:placetype is left out")
        v = rows[0]
        self.assertEqual(v["country"], "YY")
        self.assertEqual(v["name_ar"], "قرية البئر")
        self.assertEqual(v["name_en"], "Qaryat al-Bir")
        # Other Arabic names of ara/arz/und, sorted; '|' inside a name became '/'; the Hebrew und name is not Arabic.
        self.assertEqual(v["ar_variants"], "البئر/الجديدة|البير|قريه البير")
        # Persian/Urdu spellings only where they are not already Arabic names.
        # A byte-order mark (U+FEFF) before a Gurmukhi name does not make it Arabic script.
        self.assertEqual(v["other_arabic_script"], "قریه البئر")
        # und/eng/fra/deu non-Arabic names plus wof:name, gn:name, gn:asciiname and qs:name, without name_en;
        # Spanish is not included.
        self.assertEqual(v["latin_variants"], "Kariet el Bir|Karyat el Bir|Qariat al Bir|Qaryat al Bi'r|Qaryat al Bi`r|Qaryat al Bir|ביר")
        self.assertEqual((v["lat"], v["lon"], v["population"], v["gn_feature_code"]), ("33.123456", "39.5", "120", "PPL"))
        self.assertEqual((v["is_current"], v["deprecated"], v["superseded_by"]), ("-1", "2020-01-02", "3001,3002"))
        self.assertEqual((v["geonames_id"], v["wikidata_id"]), ("12345", "Q42"))
        # The hierarchy points into another country's file: names come from there.
        self.assertEqual((v["admin1_id"], v["admin1_name"], v["admin1_name_ar"]), ("1001", "Wadi Region", "محافظة الوادي"))
        self.assertEqual((v["admin2_id"], v["admin2_name"], v["admin2_name_ar"]), ("1002", "Nahr District", "منطقة النهر"))
        self.assertEqual((v["parent_locality_id"], v["parent_locality_name"]), ("", ""), "a place is not its own parent")

    def test_without_the_neighbour_admin_names_are_empty_but_ids_stay(self):
        rows, _ = self.build(["yy"])
        self.assertEqual((rows[0]["admin1_id"], rows[0]["admin1_name"], rows[0]["admin1_name_ar"]), ("1001", "", ""))

    def test_order_and_arabic_only_name_loc(self):
        rows, lines = self.build(["yy", "xx"])
        self.assertEqual([r["wof_id"] for r in rows], ["2001", "1001", "1002", "1003"], "country order, then wof_id")
        self.assertEqual(rows[2]["name_ar"], "منطقة النهر", "meso:name_loc is the last fallback")
        self.assertEqual(rows[3]["name_ar"], "", "a Hebrew meso:name_loc is not an Arabic name")
        self.assertEqual(rows[1]["population"], "5000", "GeoNames population when WOF has none")
        self.assertEqual(rows[2]["population"], "", "no population at all is empty")
        self.assertTrue(all(len(l.split("\t")) == 27 for l in lines))

    def test_bad_input_names_file_and_line(self):
        bad = os.path.join(self.tmp, "whosonfirst-data-admin-zz.properties.ndjson")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(json.dumps(REGION) + "\n{not json\n")
        r = run([sys.executable, os.path.join(SCRIPTS, "wof_flat.py"), "-", bad])
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(f"{bad}:2:", r.stderr)


class WofExtract(unittest.TestCase):
    """wof_extract.py on a GitHub-style tarball and on a WOF SQLite file written here."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="rasd-gaz-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def read(self, path):
        with lzma.open(path, "rt", encoding="utf-8") as f:
            return [json.loads(l) for l in f]

    def test_tarball_from_stdin(self):
        tarball = os.path.join(self.tmp, "repo.tar.gz")
        make_tarball(tarball, "whosonfirst-data-admin-yy-abc", [VILLAGE, REGION, NO_PLACETYPE])
        out = os.path.join(self.tmp, "yy.properties.ndjson.xz")
        with open(tarball, "rb") as f:
            r = subprocess.run([sys.executable, os.path.join(SCRIPTS, "wof_extract.py"), "tar", "-", out],
                               stdin=f, capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.read(out), [REGION, VILLAGE], "properties only, sorted by wof:id, alt and README left out")

    def test_sqlite(self):
        db_path = os.path.join(self.tmp, "yy.db")
        db = sqlite3.connect(db_path)
        db.execute("CREATE TABLE geojson (id INTEGER NOT NULL, body TEXT, source TEXT, alt_label TEXT, is_alt BOOLEAN, lastmodified INTEGER)")
        for props, alt in ((VILLAGE, 0), (REGION, 0), (dict(REGION, **{"wof:name": "alt"}), 1)):
            db.execute("INSERT INTO geojson VALUES (?, ?, '', '', ?, 0)",
                       (props["wof:id"], json.dumps(feature(props), ensure_ascii=False), alt))
        db.commit()
        db.close()
        out = os.path.join(self.tmp, "yy.properties.ndjson.xz")
        r = run([sys.executable, os.path.join(SCRIPTS, "wof_extract.py"), "sqlite", db_path, out])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.read(out), [REGION, VILLAGE])

    def test_truncated_tarball_is_a_clear_error(self):
        tarball = os.path.join(self.tmp, "repo.tar.gz")
        make_tarball(tarball, "top", [VILLAGE, REGION])
        with open(tarball, "rb") as f:
            data = f.read()
        with open(tarball, "wb") as f:
            f.write(data[: len(data) // 2])
        r = run([sys.executable, os.path.join(SCRIPTS, "wof_extract.py"), "tar", tarball, os.path.join(self.tmp, "o.xz")])
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(tarball, r.stderr)


class FetchScriptOffline(unittest.TestCase):
    """fetch-gazetteer.sh when nothing can be downloaded."""

    def test_unreachable_host_is_a_clear_error(self):
        with tempfile.TemporaryDirectory(prefix="rasd-gaz-test-") as tmp:
            env = dict(os.environ, RASD_FETCH_RAW_BASE="http://127.0.0.1:9", RASD_FETCH_CODELOAD_BASE="http://127.0.0.1:9")
            r = run(["bash", os.path.join(SOURCE_DIR, "scripts", "fetch-gazetteer.sh"), os.path.join(tmp, "d")], env=env)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("could not download http://127.0.0.1:9/", r.stderr)
            self.assertIn("online", r.stderr)
            leftovers = [f for _, _, fs in os.walk(tmp) for f in fs if f != ".made-by-fetch-gazetteer"]
            self.assertEqual(leftovers, [], "no partial file is left behind")

    def test_refuses_a_gazetteer_it_did_not_make(self):
        with tempfile.TemporaryDirectory(prefix="rasd-gaz-test-") as tmp:
            os.makedirs(os.path.join(tmp, "gazetteer", "naturalearth"))
            kept = os.path.join(tmp, "gazetteer", "naturalearth", "countries.tsv")
            with open(kept, "w", encoding="utf-8") as f:
                f.write("hand-made\n")
            r = run(["bash", os.path.join(SOURCE_DIR, "scripts", "fetch-gazetteer.sh"), tmp])
            self.assertEqual(r.returncode, 1)
            self.assertIn("was not made by this script", r.stderr)
            with open(kept, encoding="utf-8") as f:
                self.assertEqual(f.read(), "hand-made\n")

    def test_bad_options(self):
        r = run(["bash", os.path.join(SOURCE_DIR, "scripts", "fetch-gazetteer.sh"), "--wof", "zip"])
        self.assertEqual(r.returncode, 2)
        self.assertIn("--wof must be tar or sqlite", r.stderr)


class AgainstSharedData(unittest.TestCase):
    """The converters reproduce the shared tables they replace (this machine's fixture)."""

    def test_wof_flat_sy_lb_identical(self):
        gaz = gazetteer_dir(self)
        wof = os.path.join(gaz, "whosonfirst")
        src = lambda c: os.path.join(wof, f"whosonfirst-data-admin-{c}.properties.ndjson.xz")
        with tempfile.TemporaryDirectory(prefix="rasd-gaz-test-") as tmp:
            out = os.path.join(tmp, "flat.tsv")
            # Israel is read for the names of its counties that Syrian (Golan) rows point to.
            r = run([sys.executable, os.path.join(SCRIPTS, "wof_flat.py"), out, src("sy"), src("lb"), "--lookup", src("il")])
            self.assertEqual(r.returncode, 0, r.stderr)
            mine = read_rows(out)
        reference = read_rows(os.path.join(wof, "wof_places_flat.tsv.xz"), {"SY", "LB"})
        self.assertEqual(len(mine), 14124)
        self.assertTrue(mine == reference, first_difference(mine, reference))

    def test_naturalearth_identical(self):
        gaz = gazetteer_dir(self)
        ne = os.path.join(gaz, "naturalearth")
        with tempfile.TemporaryDirectory(prefix="rasd-gaz-test-") as tmp:
            r = run([sys.executable, os.path.join(SCRIPTS, "naturalearth_tsv.py"), os.path.join(ne, "raw"), tmp])
            self.assertEqual(r.returncode, 0, r.stderr)
            for name in ("countries.tsv", "admin1.tsv", "populated_places.tsv"):
                mine, reference = read_rows(os.path.join(tmp, name)), read_rows(os.path.join(ne, name))
                self.assertTrue(mine == reference, f"{name}: " + first_difference(mine, reference))

    def test_whole_script_against_a_file_mirror(self):
        """fetch-gazetteer.sh end to end with file:// URLs laid out like the upstream hosts, built from the
        shared files (NE raw tables, Open-Syria JSON, WOF tarballs for Bahrain and the Emirates, two small
        countries whose hierarchies stay inside them, so their rows must equal the shared ones); then run again to
        check that it skips what it has."""
        gaz = gazetteer_dir(self)
        script = os.path.join(SOURCE_DIR, "scripts", "fetch-gazetteer.sh")
        pins = {}
        with open(script, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and len(parts[0]) == 2 and len(parts[1]) == 40:
                    pins[parts[0]] = parts[1]
        self.assertEqual(len(pins), 34)
        with tempfile.TemporaryDirectory(prefix="rasd-gaz-test-") as tmp:
            raw, codeload = os.path.join(tmp, "raw"), os.path.join(tmp, "codeload")
            ne_base = os.path.join(raw, "Raysphere24/NaturalEarthCsvTsv/7cc9ef2bd1e761f382238908066713be36dc30f0/tsv_with_names")
            layout = {
                f"{ne_base}/50m_cultural/ne_50m_populated_places.tsv": "naturalearth/raw/ne_50m_populated_places.tsv.xz",
                f"{ne_base}/10m_cultural/ne_10m_populated_places_simple.tsv": "naturalearth/raw/ne_10m_populated_places_simple.tsv.xz",
                f"{ne_base}/10m_cultural/ne_10m_admin_1_states_provinces.tsv": "naturalearth/raw/ne_10m_admin_1_states_provinces.tsv.xz",
                f"{ne_base}/10m_cultural/ne_10m_admin_0_countries.tsv": "naturalearth/raw/ne_10m_admin_0_countries.tsv.xz",
                os.path.join(raw, "mikeskydev/energy-globe/661cb797ef294f63fd312e6d6b99fa75aa1b933c/public/data/ne_50m_admin_0_countries.geojson"):
                    "naturalearth/raw/ne_50m_admin_0_countries.geojson.xz",
            }
            syria = os.path.join(raw, "Open-Syria/data-geography/bebd183c9f59bde9fa56fa942cb8b8e9ca1351e6")
            for name in ("governorates.json", "districts.json", "subdistricts.json", "sources.json"):
                layout[f"{syria}/data/{name}"] = f"open-syria-data-geography/{name}"
            layout[f"{syria}/LICENSE.md"] = "open-syria-data-geography/LICENSE.md"
            for dest, source in layout.items():
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                opener = lzma.open if source.endswith(".xz") else open
                with opener(os.path.join(gaz, source), "rb") as i, open(dest, "wb") as o:
                    shutil.copyfileobj(i, o)
            for cc in ("bh", "ae"):
                with lzma.open(os.path.join(gaz, f"whosonfirst/whosonfirst-data-admin-{cc}.properties.ndjson.xz"), "rt",
                               encoding="utf-8") as f:
                    records = [json.loads(l) for l in f]
                dest = os.path.join(codeload, f"whosonfirst-data/whosonfirst-data-admin-{cc}/tar.gz/{pins[cc]}")
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                make_tarball(dest, f"whosonfirst-data-admin-{cc}-{pins[cc]}", records)
            env = dict(os.environ, RASD_FETCH_RAW_BASE=f"file://{raw}", RASD_FETCH_CODELOAD_BASE=f"file://{codeload}",
                       RASD_WOF_COUNTRIES="bh ae")
            env.pop("RASD_DATA", None)
            out = os.path.join(tmp, "out")
            r = run(["bash", script, out], env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(f"export RASD_DATA={out}", r.stdout)
            made = os.path.join(out, "gazetteer")
            for name in ("countries.tsv", "admin1.tsv", "populated_places.tsv"):
                self.assertEqual(read_rows(os.path.join(made, "naturalearth", name)),
                                 read_rows(os.path.join(gaz, "naturalearth", name)), name)
            for name in ("governorates.json", "districts.json", "subdistricts.json"):
                with open(os.path.join(made, "open-syria-data-geography", name), "rb") as a, \
                        open(os.path.join(gaz, "open-syria-data-geography", name), "rb") as b:
                    self.assertEqual(hashlib.sha256(a.read()).digest(), hashlib.sha256(b.read()).digest(), name)
            mine = read_rows(os.path.join(made, "whosonfirst", "wof_places_flat.tsv.xz"))
            reference = read_rows(os.path.join(gaz, "whosonfirst", "wof_places_flat.tsv.xz"), {"BH", "AE"})
            self.assertEqual(len(mine), 1 + 189 + 944)
            self.assertTrue(mine == reference, first_difference(mine, reference))

            again = run(["bash", script, out], env=env)
            self.assertEqual(again.returncode, 0, again.stderr)
            self.assertNotIn("downloading", again.stderr)
            self.assertNotIn("streaming", again.stderr)
            self.assertIn("have ", again.stderr)
            # A WOF repository that cannot be downloaded (km is not in the mirror) is a clear error.
            r = run(["bash", script, out], env=dict(env, RASD_WOF_COUNTRIES="bh km"))
            self.assertEqual(r.returncode, 1)
            self.assertIn("could not download file://", r.stderr)
            self.assertIn("whosonfirst-data-admin-km", r.stderr)
            self.assertFalse([f for f in os.listdir(os.path.join(made, "whosonfirst")) if "-km." in f], "no partial km file")
            # Another country list rebuilds the table from the files already there.
            r = run(["bash", script, out], env=dict(env, RASD_WOF_COUNTRIES="bh"))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertNotIn("streaming", r.stderr)
            self.assertEqual(read_rows(os.path.join(made, "whosonfirst", "wof_places_flat.tsv.xz")),
                             [l for l in reference if l.split("\t", 2)[1] in ("country", "BH")])

            # The same countries from geocode.earth-style SQLite bundles (--wof sqlite) give the same rows.
            sqlite_base = os.path.join(tmp, "sqlite")
            os.makedirs(sqlite_base)
            for cc in ("bh", "ae"):
                db_path = os.path.join(tmp, f"{cc}.db")
                db = sqlite3.connect(db_path)
                db.execute("CREATE TABLE geojson (id INTEGER NOT NULL, body TEXT, source TEXT, alt_label TEXT, "
                           "is_alt BOOLEAN, lastmodified INTEGER)")
                with lzma.open(os.path.join(gaz, f"whosonfirst/whosonfirst-data-admin-{cc}.properties.ndjson.xz"), "rt",
                               encoding="utf-8") as f:
                    db.executemany("INSERT INTO geojson VALUES (?, ?, '', '', 0, 0)",
                                   ((json.loads(l)["wof:id"], json.dumps(feature(json.loads(l)), ensure_ascii=False)) for l in f))
                db.commit()
                db.close()
                with open(db_path, "rb") as i, bz2.open(os.path.join(sqlite_base, f"whosonfirst-data-admin-{cc}-latest.db.bz2"), "wb",
                                                       compresslevel=1) as o:
                    shutil.copyfileobj(i, o)
            env["RASD_FETCH_WOF_SQLITE_BASE"] = f"file://{sqlite_base}"
            out2 = os.path.join(tmp, "out-sqlite")
            r = run(["bash", script, "--wof", "sqlite", out2], env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            mine = read_rows(os.path.join(out2, "gazetteer", "whosonfirst", "wof_places_flat.tsv.xz"))
            self.assertTrue(mine == reference, first_difference(mine, reference))
            self.assertEqual([f for f in os.listdir(os.path.join(out2, "gazetteer", "whosonfirst")) if ".db" in f], [],
                             "the unpacked bundles are deleted")


def main():
    global SOURCE_DIR, SCRIPTS
    ap = argparse.ArgumentParser()
    ap.add_argument("--source-dir", default=os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..")))
    args, rest = ap.parse_known_args()
    SOURCE_DIR = os.path.abspath(args.source_dir)
    SCRIPTS = os.path.join(SOURCE_DIR, "scripts", "gazetteer")
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
