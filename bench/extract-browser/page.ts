// Runs in Chromium for extract-listing.bench.ts: parses a page's HTML with DOMParser (real
// DOM parsing, as a browser does) and reads its listing twice, with every source and with
// structured data only (the baseline), timing each; then once more from the page's text
// alone (no markup), untimed.
import { extractListing } from '@etalase/marketplaces';
import type { ExtractResult, ExtractSource } from '@etalase/marketplaces';

/** The structured-data-only reading that extruct-style tools do. */
const STRUCTURED_ONLY: readonly ExtractSource[] = ['json-ld', 'microdata', 'opengraph'];

/** What the page shows without any markup: the heuristics alone. */
const PAGE_ONLY: readonly ExtractSource[] = ['dom', 'url'];

/** What one page gives, with the time each step took (ms, median of `rounds`). */
export interface PageRun {
  readonly full: ExtractResult['listing'];
  readonly fullSource: ExtractResult['source'];
  readonly baseline: ExtractResult['listing'];
  readonly pageOnly: ExtractResult['listing'];
  readonly warnings: string[];
  readonly parseMs: number;
  readonly fullMs: number;
  readonly baselineMs: number;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function run(html: string, url: string, rounds: number): PageRun {
  const parse: number[] = [];
  const full: number[] = [];
  const base: number[] = [];
  let fullResult: ExtractResult | undefined;
  let baseResult: ExtractResult | undefined;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const document = new DOMParser().parseFromString(html, 'text/html');
    const t1 = performance.now();
    fullResult = extractListing(document, url);
    const t2 = performance.now();
    baseResult = extractListing(document, url, { sources: STRUCTURED_ONLY });
    const t3 = performance.now();
    parse.push(t1 - t0);
    full.push(t2 - t1);
    base.push(t3 - t2);
  }
  // Untimed: the heuristics alone, to show what they add and where they err.
  const document = new DOMParser().parseFromString(html, 'text/html');
  const pageOnly = extractListing(document, url, { sources: PAGE_ONLY }).listing;
  return {
    full: fullResult!.listing,
    pageOnly,
    fullSource: fullResult!.source,
    baseline: baseResult!.listing,
    warnings: fullResult!.warnings.map((w) => w.message.en),
    parseMs: median(parse),
    fullMs: median(full),
    baselineMs: median(base),
  };
}

(window as unknown as { extractRun: typeof run }).extractRun = run;
