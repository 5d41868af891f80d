#!/usr/bin/env node
// Prints the raw, gzip and brotli bytes of each built bundle, and of what a page downloads
// before it can show products (the entry plus the chunks it imports statically; lazy
// chunks such as the product dialog and the CSV parser come later). Sizes are
// deterministic, so unlike timings they may fail the build against a ceiling: raise a
// ceiling only in the commit that causes the growth, and say why there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;

/**
 * Ceilings in gzip bytes for the first-paint download of each entry: what was measured,
 * plus a little. The storefront issue's target for etalase.js is 25,000. Reading catalogs
 * (zod, regions, CSV) and search run in etalase-catalog-worker.js, loaded in parallel and
 * not counted here; the classic-script build has no chunks and inlines all of it.
 */
const CEILINGS = {
  // 23,000: the dark theme's own background and the removal of zod's page globals (+0.3 KB).
  'etalase.js': 23_000,
  // 63,000: photo URLs resolved against the catalog's own URL, and the cache's check of
  // what it gives back (issue 18; the classic build carries the catalog reader).
  'etalase.iife.js': 63_000,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** An entry and every chunk it imports statically (`import … from "./x.js"`), transitively. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(join(dist, name), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']\.\/([^"']+)["']/g,
    ))
      visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

const files = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .sort();
console.log('bundle                                    raw      gzip    brotli');
for (const name of files) {
  const bytes = readFileSync(join(dist, name));
  console.log(
    `${name.padEnd(38)} ${String(bytes.length).padStart(7)} ${String(gzip(bytes)).padStart(9)} ${String(brotli(bytes)).padStart(9)}`,
  );
}
let over = 0;
console.log('\nfirst paint (entry + static imports)      gzip    brotli   gzip ceiling');
for (const [entry, ceiling] of Object.entries(CEILINGS)) {
  const chunks = staticClosure(entry);
  // Each file is compressed on its own, as a server sends it.
  const g = chunks.reduce((sum, c) => sum + gzip(readFileSync(join(dist, c))), 0);
  const b = chunks.reduce((sum, c) => sum + brotli(readFileSync(join(dist, c))), 0);
  const verdict = g > ceiling ? 'OVER' : 'ok';
  if (g > ceiling) over++;
  console.log(
    `${entry.padEnd(38)} ${String(g).padStart(9)} ${String(b).padStart(9)}   ${ceiling} ${verdict}   (${chunks.join(', ')})`,
  );
}
if (over) {
  console.error(`\n${over} entry bundle(s) over their gzip ceiling.`);
  process.exit(1);
}
