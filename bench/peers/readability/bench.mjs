#!/usr/bin/env node
// Peer benchmark: Mozilla Readability.js on top of linkedom.
//
// usage: node bench.mjs PAGES_DIR [--limit N] [--text-out DIR]
//
// Reads every *.html.gz in PAGES_DIR (sorted by name), gunzips and decodes
// them all into memory first (untimed), then, single-threaded, times for each
// page: parseHTML(html) (linkedom) followed by new Readability(document).parse().
// Prints one JSON line on stdout; diagnostics go to stderr.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const require = createRequire(import.meta.url);

function usage(msg) {
  if (msg) process.stderr.write(`bench.mjs: ${msg}\n`);
  process.stderr.write('usage: node bench.mjs PAGES_DIR [--limit N] [--text-out DIR]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { pagesDir: null, limit: Infinity, textOut: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') {
      if (i + 1 >= argv.length) usage('--limit needs a value');
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) usage(`bad --limit: ${argv[i]}`);
      opts.limit = n;
    } else if (a === '--text-out') {
      if (i + 1 >= argv.length) usage('--text-out needs a value');
      opts.textOut = argv[++i];
    } else if (a === '-h' || a === '--help') {
      usage();
    } else if (a.startsWith('--')) {
      usage(`unknown option: ${a}`);
    } else if (opts.pagesDir === null) {
      opts.pagesDir = a;
    } else {
      usage(`unexpected argument: ${a}`);
    }
  }
  if (opts.pagesDir === null) usage('missing PAGES_DIR');
  return opts;
}

function packageVersion(name) {
  // The package's "exports" map may not expose package.json, so locate the
  // package directory from its resolved entry point.
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const p = path.join(dir, 'package.json');
      if (fs.existsSync(p)) {
        const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
        if (pkg.name === name) return pkg.version;
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  } catch { /* fall through */ }
  return 'unknown';
}

// Bytes -> string, the way a browser would roughly do it: BOM, then valid
// UTF-8, then a <meta charset> / http-equiv declaration in the first 4 KiB,
// else windows-1252. Untimed; only matters for the few non-UTF-8 pages.
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
function decodeHtml(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(buf.subarray(3));
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(buf.subarray(2));
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(buf.subarray(2));
  }
  try {
    return utf8Fatal.decode(buf);
  } catch { /* not UTF-8 */ }
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (m) {
    try {
      return new TextDecoder(m[1].toLowerCase()).decode(buf);
    } catch { /* unknown label */ }
  }
  return new TextDecoder('windows-1252').decode(buf);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));

  let names;
  try {
    names = fs.readdirSync(opts.pagesDir).filter((n) => n.endsWith('.html.gz'));
  } catch (e) {
    if (e.code === 'ENOENT') {
      // the corpus lives outside the repository and may be absent: skip cleanly
      process.stderr.write(`bench.mjs: ${opts.pagesDir} not found, skipping the benchmark\n`);
      process.exit(0);
    }
    process.stderr.write(`bench.mjs: cannot read ${opts.pagesDir}: ${e.message}\n`);
    process.exit(1);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length > opts.limit) names = names.slice(0, opts.limit);
  if (names.length === 0) {
    process.stderr.write(`bench.mjs: no *.html.gz files in ${opts.pagesDir}\n`);
    process.exit(1);
  }

  // --- untimed: load, gunzip, decode everything ---
  const htmls = new Array(names.length);
  let bytes = 0;
  for (let i = 0; i < names.length; i++) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(opts.pagesDir, names[i])));
    bytes += raw.length;
    htmls[i] = decodeHtml(raw);
  }

  // --- timed: parseHTML + Readability.parse, one page after another ---
  const texts = opts.textOut ? new Array(names.length).fill('') : null;
  const errors = [];
  let failures = 0;
  let nulls = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < htmls.length; i++) {
    try {
      const { document } = parseHTML(htmls[i]);
      const article = new Readability(document).parse();
      if (article === null) nulls++;
      else if (texts) texts[i] = article.textContent ?? '';
    } catch (e) {
      failures++;
      errors.push([i, e && e.message ? String(e.message) : String(e)]);
    }
  }
  const t1 = process.hrtime.bigint();
  const seconds = Number(t1 - t0) / 1e9;

  // --- untimed: outputs ---
  if (opts.textOut) {
    fs.mkdirSync(opts.textOut, { recursive: true });
    for (let i = 0; i < names.length; i++) {
      // failures and null results are written as empty files
      fs.writeFileSync(path.join(opts.textOut, names[i].slice(0, -'.html.gz'.length) + '.txt'), texts[i]);
    }
  }
  for (const [i, msg] of errors) {
    process.stderr.write(`bench.mjs: failed: ${names[i]}: ${msg.split('\n')[0]}\n`);
  }
  if (nulls) process.stderr.write(`bench.mjs: ${nulls} page(s) gave no article (parse() returned null)\n`);

  const result = {
    tool: 'readability+linkedom',
    version: packageVersion('@mozilla/readability'),
    pages: names.length,
    failures,
    bytes,
    seconds: Number(seconds.toFixed(6)),
    pages_per_s: Number((names.length / seconds).toFixed(3)),
    mb_per_s: Number((bytes / 1e6 / seconds).toFixed(3)),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
