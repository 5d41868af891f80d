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
  // 24,000: fresh produce (+1.1 KB measured: 22,452 → 23,530): the check whether a catalog
  // has produce, the controller that then loads the produce chunk, and the card and filter
  // styles. Badges, filters, dates and tiers are in that chunk, fetched only for such catalogs.
  'etalase.js': 24_000,
  // 74,000: fresh produce (+11.3 KB measured: 62,418 → 73,734). The classic build inlines
  // what the module build reads in its Worker or loads lazily: the produce fields' schemas,
  // the CSV produce columns with their Indonesian dates, seasons and tiers and their messages,
  // the produce chunk and the dialog's price tiers, certificates and pickup/delivery.
  'etalase.iife.js': 74_000,
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
