#!/usr/bin/env python3
"""exports_test.py SITREP NEWS_DIR: every export read back by the tool its
users read it with, on a store of the sample news.

  csv, acled, acled-numeric  Python's csv: one header, every row as wide
                             as it, CAMEO codes with their leading zeros,
                             dates as ISO days
  jsonl, plover              Python's json, a line each
  gdelt                      61 tab-separated columns a row; FIPS 10-4
                             country codes (Syria SY, Sudan SU); AvgTone empty
  geojson                    GDAL's ogrinfo: a feature each, flat typed
                             fields (event_type String, date Date, killed
                             Integer, confidence Real), the feature id
  the store                  the sqlite3 shell reads its tables
Exits 77 for what a machine lacks (ogrinfo, sqlite3) only when it lacks it."""
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

S, NEWS = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what)


def run(*args):
    r = subprocess.run([S] + list(args), capture_output=True)
    if r.returncode != 0:
        print("FAIL: sitrep %s: %s" % (" ".join(args), r.stderr.decode()[-400:]))
        sys.exit(1)
    return r.stdout.decode("utf-8")


def is_day(v):
    try:
        datetime.date.fromisoformat(v)
        return True
    except ValueError:
        return False


tmp = tempfile.mkdtemp()
try:
    db = os.path.join(tmp, "s.db")
    news = [os.path.join(NEWS, f) for f in sorted(os.listdir(NEWS)) if f.endswith(".html")]
    run("ingest", "--quiet", "--db", db, *news)
    n_inc = sum(1 for line in run("query", "--db", db, "--format", "jsonl").splitlines() if line.strip())
    check(n_inc > 5, "incidents in the store: %d" % n_inc)

    # CSV: the same columns as query's CSV
    text = run("export", "--db", db, "--format", "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    head = rows[0]
    check(len(rows) - 1 == n_inc and all(len(r) == len(head) for r in rows), "csv: %d rows as wide as the header" % (len(rows) - 1))
    q = list(csv.reader(io.StringIO(run("query", "--db", db, "--format", "csv"), newline="")))
    check(q[0] == head, "query --format csv and export --format csv: one set of columns")
    d = [dict(zip(head, r)) for r in rows[1:]]
    check(all(re.fullmatch(r"\d{2,4}", r["cameo"]) for r in d if r["cameo"]), "csv: CAMEO codes as written")
    check(any(r["cameo"].startswith("0") for r in d), "csv: a CAMEO code with its leading zero (0871)")
    check(all(is_day(r["date"]) for r in d if r["date"]), "csv: dates as ISO days")

    # ACLED: its 31 columns; labels, or numbers with acled-numeric
    for fmt, numeric in (("acled", False), ("acled-numeric", True)):
        rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", fmt), newline="")))
        cols = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp"]
        check(rows and list(rows[0].keys()) == cols, "%s: ACLED's 31 columns in its order" % fmt)
        check(all(r["event_type"] and r["sub_event_type"] and r["location"] and r["admin1"] and r["geo_precision"]
                  and r["time_precision"] and r["notes"] and r["fatalities"].isdigit() for r in rows),
              "%s: every row with its type, location, admin1, precisions, notes and fatalities" % fmt)
        if numeric:
            check(all(r["inter1"].isdigit() and r["interaction"].isdigit() for r in rows), "acled-numeric: inter codes")
        else:
            check(all(not r["inter1"].isdigit() for r in rows) and any("-" in r["interaction"] for r in rows),
                  "acled: inter1 and interaction as labels")

    # JSON Lines and PLOVER
    lines = run("export", "--db", db, "--format", "jsonl").splitlines()
    objs = [json.loads(x) for x in lines]
    check(len(objs) == n_inc and all("cluster" in o and "article" in o and "url" in o for o in objs),
          "jsonl: an incident a line with its cluster, article and URL")
    plover = [json.loads(x) for x in run("export", "--db", db, "--format", "plover").splitlines()]
    check(plover and all({"id", "date", "event", "actor", "recipient"} <= set(p) for p in plover), "plover records")

    # GDELT: 61 columns, FIPS countries, no tone
    rows = list(csv.reader(io.StringIO(run("export", "--db", db, "--format", "gdelt"), newline=""), delimiter="\t",
                           quoting=csv.QUOTE_NONE))
    check(rows and all(len(r) == 61 for r in rows), "gdelt: 61 columns a row")
    geo_cc = {r[53] for r in rows if r[53]}
    check("SU" in geo_cc and "SY" in geo_cc and "SD" not in geo_cc, "gdelt: FIPS 10-4 country codes: %s" % sorted(geo_cc))
    check(all(r[34] == "" for r in rows), "gdelt: AvgTone empty")
    check(all(re.fullmatch(r"\d{8}", r[1]) for r in rows), "gdelt: SQLDATE")

    # GeoJSON through GDAL, as QGIS reads it
    gj = os.path.join(tmp, "events.geojson")
    with open(gj, "w", encoding="utf-8") as f:
        f.write(run("export", "--db", db, "--format", "geojson"))
    if shutil.which("ogrinfo"):
        info = subprocess.run(["ogrinfo", "-ro", "-al", "-so", gj], capture_output=True, text=True).stdout
        m = re.search(r"Feature Count: (\d+)", info)
        check(m and int(m.group(1)) == n_inc, "ogrinfo: a feature per incident: %s" % (m and m.group(1)))
        fields = dict(re.findall(r"^(\w+): (\w+) ", info, re.M))
        check(fields.get("event_type") == "String" and fields.get("date") == "Date" and
              fields.get("killed") == "Integer" and fields.get("confidence") == "Real" and
              fields.get("cameo") == "String",
              "ogrinfo: flat typed fields: %s" % {k: fields.get(k) for k in ("event_type", "date", "killed", "confidence", "cameo")})
        check(not any(v.startswith("String(JSON)") for v in re.findall(r"^\w+: (.*)$", info, re.M)),
              "ogrinfo: no nested JSON columns")
        full = subprocess.run(["ogrinfo", "-ro", "-al", "-q", gj], capture_output=True, text=True).stdout
        fids = re.findall(r"OGRFeature\(\w+\):(\d+)", full)
        check(len(fids) == n_inc and len(set(fids)) == n_inc, "ogrinfo: each feature with its own id")
    else:
        print("SKIP: the GeoJSON through GDAL: no ogrinfo (Debian gdal-bin)")
    feats = json.load(open(gj, encoding="utf-8"))["features"]
    check(all(isinstance(ft["properties"].get("cameo"), str) for ft in feats), "geojson: CAMEO codes as strings")

    # the store itself, as the sqlite3 shell reads it
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", db, "SELECT count(*) FROM incidents; SELECT count(*) FROM articles;"],
                             capture_output=True, text=True).stdout.split()
        check(out and int(out[0]) == n_inc and int(out[1]) == 10, "sqlite3: the incidents and articles tables: %s" % out)
finally:
    shutil.rmtree(tmp)

print("exports: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
