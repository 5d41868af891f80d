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
 * plus a little. The storefront issue's target is 25,000 for everything fetched until the
 * first cards are painted (bench/storefront.bench.ts measures that in a browser). A JSON
 * catalog's first cards need only the small preview reader in the entry; the full reader
 * (zod, regions, CSV), search and JSON-LD load after them. The classic-script build has no
 * chunks and inlines all of it.
 */
const CEILINGS = {
  // 24,500: the preview reader, reading the catalog's start while it downloads and sliced
  // reading (+1.9 KB), Lit in a chunk of its own beside the entry since the storefront's
  // split into modules (+0.9 KB), less the Worker's page side, now loaded on demand (-0.6 KB).
  // 25,000 (the storefront issue's target): fresh produce: the check whether a catalog has
  // produce and the controller that then loads the produce chunk. Badges, filters, dates,
  // tiers and their styles come in that chunk, only for such catalogs.
  // 27,000: the merge of the session's branches measured 26,704: on top of the storefront's
  // 24,350 came produce detection (+0.5 KB), the <etalase-stats> definition (+0.6 KB) and
  // catalog URLs resolved against the catalog on the preview path (+0.3 KB). Over the
  // storefront issue's 25,000 target: see its closing note.
  // 24,000: measured 23,257, then 23,428 with the first-cards changes that followed.
  // Everything the first cards need is now one file (Lit and the small shared modules had
  // been split into seven chunks beside the entry, each compressed on its own: -1.8 KB),
  // the cache reads IndexedDB without idb and the product dialog's text loads with the
  // dialog (-1.3 KB together), and the styles lose their indentation (-0.4 KB).
  // +0.47 KB: search keystrokes render the first screen and only new cards (the card cache,
  // measuring a screenful, the fill-in after paint) and the search index yields while the
  // buyer types.
  // 24,700: session 7 measured 24,495 after the first-render work (sliced JSON reading's
  // loader, a screenful first, photos after the first paint, the cache looked up without
  // creating its database) and search's card reuse, less the decorators taken one by one
  // (-137 B); 200 B of room, still 300 B under the 25,000.
  // 24,800: measured 24,720 (+21 B) once the search index answers for what it holds while
  // it builds (the quick path scans only the products not indexed yet).
  // 24,600: the filter panel moved to a file of its own, fetched after the first cards are
  // painted (-509 B), a download that came whole read for the first cards 16 KB at a time
  // (+26 B), and a catalog of 20,000 products or more indexed in a Worker (starting it, the
  // fallback to the main thread; +~206 B; the Worker's page side loads on demand).
  // 24,500: the panel's own text moved with it (-186 B; measured 24,328).
  // 23,500: the search index's own code (the quick path, the Worker hand-over, the building
  // schedule) loads with the first products given to it, once a page is read whole, after
  // the first cards (-1,307 B; measured 23,185). The same ceiling holds the search Worker
  // closed with its catalog, the photos a frame after the names on a search keystroke, and
  // the "still searching" status and the note for a search that cannot run (measured 23,349).
  'etalase.js': 23_500,
  // 65,500: the same readers (the classic build inlines the Worker's page side anyway).
  // 77,000: fresh produce (+11.3 KB). The classic build inlines what the module build reads
  // in its Worker or loads lazily: the produce fields' schemas, the CSV produce columns with
  // their Indonesian dates, seasons, tiers and messages, the produce chunk, and the dialog's
  // price tiers, certificates and pickup/delivery.
  // 78,000: the same merge measured 77,155 (URL resolution on the preview path).
  // 78,500: the same search and grid changes (measured 78,031).
  // 78,800: session 7's first-render and search work (measured 78,487).
  // 79,900: session 8's first-render and search work (78,870), the first cards' reading of
  // a whole download 16 KB at a time (+33 B), the filter panel loaded apart (its loader and
  // failure note: the classic build inlines the panel anyway), and the search index in a
  // Worker's page side, inlined (+~650 B); 80,000: the panel's text in its own table
  // (measured 79,866).
  // 80,600: a large catalog's search answers its first screen first (the index ranks the
  // best 48 of 100,000 matches without sorting them all, the Worker's page side takes the
  // whole order after, a page during a search answered without a round trip; +~580 B,
  // inlined here; measured 80,486).
  // 81,200: the search index loaded apart (the classic build inlines it anyway, behind
  // rollup's wrapper for a dynamic import; measured 80,705), the search Worker closed with
  // its catalog and a search engine that cannot load leaving the substring answers final
  // (+~175 B), the photos a frame after the names, the note for a search that cannot run
  // (measured 81,020).
  // 81,500: session 10's seller WhatsApp column names read from CSV, the stats tables' CSS
  // for phones, and the storefront's imageUrl for a page's own photos (the catalog builder's
  // preview), all inlined here (measured 81,210).
  'etalase.iife.js': 81_500,
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
