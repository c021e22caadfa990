#!/usr/bin/env python3
"""petrarch_cli_test.py SITREP PETRARCH_DIR [--min PCT]: PETRARCH2's unit-test
records coded from the command line as a PETRARCH user would code them:
`sitrep code --petrarch --dict-only --mentions` with the PETR.Validate
dictionaries, the records given as JSON Lines (their text, their date),
those under a `require_dyad = False` configuration with --no-require-dyad.
Scored as eval/petrarch_eval scores the library: a record is right when the
set of its (source, target, code) triples, negated events left out, is
exactly the expected one.  Exits 1 below --min (default 85), 77 when the
data is absent."""
import json
import os
import re
import subprocess
import sys
import tempfile
from html import unescape


def attr(tag, name):
    m = re.search(r'(?:^|\s)' + name + r'\s*=\s*"([^"]*)"', tag)
    return m.group(1) if m else ""


def records(xml):
    """(id, date, text, require_dyad, expected triples) for each record."""
    require_dyad = True
    out = []
    for m in re.finditer(r"<Config [^>]*>|<Sentence [^>]*>.*?</Sentence>", xml, re.S):
        block = m.group(0)
        if block.startswith("<Config"):
            if attr(block, "option") == "require_dyad":
                require_dyad = not attr(block, "value").lower().startswith("f")
            continue
        tag = block[: block.index(">")]
        want = set()
        for e in re.finditer(r"<EventCoding [^>]*>", block):
            code = attr(e.group(0), "eventcode")
            if code:
                want.add((attr(e.group(0), "sourcecode"), attr(e.group(0), "targetcode"), code))
        t = re.search(r"<Text>(.*?)</Text>", block, re.S)
        if not t:
            continue
        text = unescape(t.group(1)).replace("\n", " ")
        out.append((attr(tag, "id"), attr(tag, "date"), text, require_dyad, want))
    return out


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    sitrep, pdir = sys.argv[1], sys.argv[2]
    lo = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 85.0
    path = os.path.join(pdir, "PETR.UnitTest.records.xml")
    if not os.path.exists(path):
        print("SKIP: no PETRARCH unit-test records at " + path)
        return 77
    recs = records(open(path, encoding="utf-8").read())
    dicts = []
    for f in ("actors", "agents", "verbs", "discards"):
        dicts += ["--dict", os.path.join(pdir, "PETR.Validate.%s.txt" % f)]
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for dyad in (True, False):
            group = [(i, r) for i, r in enumerate(recs) if r[3] == dyad]
            if not group:
                continue
            inp = os.path.join(tmp, "records-%d.jsonl" % dyad)
            with open(inp, "w", encoding="utf-8") as f:
                # each record by its place in the file (ids repeat)
                for i, (_, date, text, _, _) in group:
                    day = "%s-%s-%s" % (date[0:4], date[4:6], date[6:8]) if len(date) == 8 else None
                    f.write(json.dumps({"text": text, "published": day, "url": "https://petrarch.invalid/%d" % i}) + "\n")
            # the articles' ids, to find each event's record
            ids = {}
            ex = subprocess.run([sitrep, "extract", inp], capture_output=True, text=True, check=True)
            for line in ex.stdout.splitlines():
                a = json.loads(line)
                ids[a["id"]] = int(a["url"].rsplit("/", 1)[1])
            cmd = [sitrep, "code", "--petrarch", "--dict-only", "--mentions", "-j", "1"] + dicts
            if not dyad:
                cmd.append("--no-require-dyad")
            res = subprocess.run(cmd + [inp], capture_output=True, text=True)
            if res.returncode != 0:
                print("FAIL: %s: exit %d: %s" % (" ".join(cmd), res.returncode, res.stderr[-500:]))
                return 1
            for line in res.stdout.splitlines():
                e = json.loads(line)
                if e.get("negated"):
                    continue
                rid = ids.get(e.get("article"))
                src = (e.get("source") or {}).get("code") or ""
                tgt = (e.get("target") or {}).get("code") or "---"
                got.setdefault(rid, set()).add((src, tgt, e["cameo"]))
    right = sum(1 for i, r in enumerate(recs) if got.get(i, set()) == r[4])
    pct = 100.0 * right / len(recs) if recs else 0
    print("PETRARCH unit tests from the command line (sitrep code --petrarch --dict-only): "
          "%d of %d records right (%.1f%%)" % (right, len(recs), pct))
    print("RESULT petrarch_cli records_pct %.4f %.1f" % (pct, lo))
    if pct < lo:
        print("FAIL: below %.1f%%" % lo)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
