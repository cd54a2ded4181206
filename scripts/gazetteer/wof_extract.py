#!/usr/bin/env python3
"""Gazetteer sources: one Who's On First admin repository -> <name>.properties.ndjson.xz.

The WOF repositories hold one GeoJSON file per place (data/123/456/789/123456789.geojson) with large
polygon geometries; rasd needs only the `properties` objects. This reads either
  tar     a GitHub tarball of the repository at a pinned commit (a file or '-' for stdin), streamed,
          so the geometries never touch the disk: `curl ... | wof_extract.py tar - out.ndjson.xz`
  sqlite  a per-country SQLite distribution (data.geocode.earth/wof/dist/sqlite/, table `geojson`)
and writes one JSON object per line, the complete properties of each record, sorted by wof:id.
Alternate-geometry files (<id>-alt-<source>.geojson, no wof:placetype) are left out, as in the shared
copy (see docs/data-sources.md). Python standard library only.
"""
import argparse
import json
import lzma
import os
import re
import sqlite3
import sys
import tarfile

# data/AAA/BBB/CCC[/D]/<wof:id>.geojson; alternate geometries carry "-alt-..." and are skipped.
RECORD_PATH = re.compile(r"(?:^|/)data/(?:\d+/)*(\d+)\.geojson$")


def keep(props):
    return isinstance(props, dict) and bool(props.get("wof:placetype")) and isinstance(props.get("wof:id"), int)


def from_tar(source):
    """wof:id -> properties from a (gzip) tarball; `source` is a path or '-'."""
    records = {}
    fileobj = sys.stdin.buffer if source == "-" else open(source, "rb")
    try:
        with tarfile.open(fileobj=fileobj, mode="r|*") as tar:
            for member in tar:
                if not member.isfile() or not RECORD_PATH.search(member.name):
                    continue
                data = tar.extractfile(member).read()
                try:
                    props = json.loads(data)["properties"]
                except (ValueError, KeyError, TypeError) as e:
                    raise SystemExit(f"{source}: {member.name}: not a GeoJSON feature ({e})")
                if keep(props):
                    records[props["wof:id"]] = props
    except tarfile.TarError as e:
        raise SystemExit(f"{source}: not a readable tarball ({e}); was the download complete?")
    finally:
        if fileobj is not sys.stdin.buffer:
            fileobj.close()
    return records


def from_sqlite(path):
    """wof:id -> properties from a WOF SQLite distribution (table geojson(id, body, ..., is_alt))."""
    if not os.path.exists(path):
        raise SystemExit(f"{path}: not found")
    records = {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        columns = {row[1] for row in db.execute("PRAGMA table_info(geojson)")}
        if "body" not in columns:
            raise SystemExit(f"{path}: no table geojson(body); not a WOF SQLite distribution")
        query = "SELECT id, body FROM geojson" + (" WHERE is_alt = 0 OR is_alt IS NULL" if "is_alt" in columns else "")
        for row_id, body in db.execute(query):
            try:
                props = json.loads(body)["properties"]
            except (ValueError, KeyError, TypeError) as e:
                raise SystemExit(f"{path}: geojson row id {row_id}: not a GeoJSON feature ({e})")
            if keep(props):
                records[props["wof:id"]] = props
        db.close()
    except sqlite3.Error as e:
        raise SystemExit(f"{path}: {e}")
    return records


def write(records, output):
    tmp = output + ".part"
    opener = lzma.open if output.endswith(".xz") else open
    with opener(tmp, "wt", encoding="utf-8") as out:
        for wof_id in sorted(records):
            out.write(json.dumps(records[wof_id], ensure_ascii=False) + "\n")
    os.replace(tmp, output)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("tar", "sqlite"))
    ap.add_argument("source", help="tarball path or '-' (tar), or .db path (sqlite)")
    ap.add_argument("output", help="<...>.properties.ndjson.xz")
    args = ap.parse_args()
    records = from_tar(args.source) if args.kind == "tar" else from_sqlite(args.source)
    if not records:
        raise SystemExit(f"{args.source}: no WOF records with a wof:placetype found")
    write(records, args.output)
    print(f"wof_extract: {args.output}: {len(records)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
