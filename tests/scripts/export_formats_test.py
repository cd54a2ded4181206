#!/usr/bin/env python3
"""The exports as their users open them: `rasd export --format acled-csv` read by pandas (the way ACLED's own
files are read) with ACLED's 2023 header, and `--format geojson` checked against RFC 7946.

The events come from `rasd ingest` of the project's own articles (examples/demo-article.txt and the web
test's fixtures), into a temporary SQLite database; nothing from ../shared/data but the gazetteer index
the build made (RASD_GAZETTEER).

Usage: export_formats_test.py --rasd BINARY --source-dir DIR [unittest options]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import unittest

import pandas as pd

RASD = None
SOURCE_DIR = None

# ACLED's export columns, in order (ACLED Codebook 2023, "Data columns").
ACLED_2023 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def run(*args):
    return subprocess.run([RASD, *args], check=True, capture_output=True, text=True)


class ExportFormatsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "events.db")
        run("ingest", "--db", cls.db, "--published", "2024-03-10",
            os.path.join(SOURCE_DIR, "examples", "demo-article.txt"),
            os.path.join(SOURCE_DIR, "tests", "web", "fixtures", "articles.jsonl"))
        lines = run("query", "--db", cls.db, "--format", "jsonl", "--limit", "0").stdout.splitlines()
        cls.stored = [json.loads(line) for line in lines if line.strip()]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_acled_csv_reads_in_pandas_with_the_acled_header(self):
        path = os.path.join(self.tmp.name, "events.csv")
        run("export", "--db", self.db, "--format", "acled-csv", "-o", path)
        frame = pd.read_csv(path)
        self.assertEqual(list(frame.columns), ACLED_2023)
        self.assertEqual(len(frame), len(self.stored))
        self.assertGreaterEqual(len(frame), 4, "the articles should give several events")
        # Columns a user computes with come back typed, as from ACLED's files.
        dates = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
        self.assertTrue((dates.dt.year == frame["year"]).all())
        for column in ("fatalities", "inter1", "time_precision", "geo_precision", "timestamp"):
            self.assertTrue(pd.api.types.is_integer_dtype(frame[column]), column)
        for column in ("latitude", "longitude"):
            self.assertTrue(pd.api.types.is_float_dtype(frame[column]), column)
        self.assertTrue(frame["event_id_cnty"].is_unique)
        self.assertTrue(frame["notes"].str.len().gt(0).all(), "notes are built from the evidence")
        # Arabic text survives the round trip (UTF-8, quoted fields with commas and quotes).
        self.assertTrue(frame["location"].dropna().str.contains(r"[\u0600-\u06FF]").any())

    def test_geojson_is_an_rfc7946_feature_collection(self):
        path = os.path.join(self.tmp.name, "events.geojson")
        run("export", "--db", self.db, "--format", "geojson", "-o", path)
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        self.assertEqual(doc["type"], "FeatureCollection")
        self.assertNotIn("crs", doc)  # RFC 7946 section 4: WGS 84 only, no crs member
        located = [e for e in self.stored if e.get("lat") is not None]
        self.assertEqual(len(doc["features"]), len(located))
        self.assertGreater(len(located), 0)
        for feature in doc["features"]:
            self.assertEqual(feature["type"], "Feature")
            self.assertIsInstance(feature["properties"], dict)
            geometry = feature["geometry"]
            self.assertEqual(geometry["type"], "Point")
            lon, lat = geometry["coordinates"]  # longitude first (section 3.1.1), two positions
            self.assertTrue(-180 <= lon <= 180 and -90 <= lat <= 90, geometry)
            self.assertTrue(math.isfinite(lon) and math.isfinite(lat))
            self.assertIn(type(feature["id"]), (int, str))  # section 3.2


def main():
    global RASD, SOURCE_DIR
    parser = argparse.ArgumentParser()
    parser.add_argument("--rasd", required=True)
    parser.add_argument("--source-dir", required=True)
    args, rest = parser.parse_known_args()
    RASD, SOURCE_DIR = args.rasd, args.source_dir
    unittest.main(argv=[sys.argv[0], *rest])


if __name__ == "__main__":
    main()
