// Filling each marketplace's add-product form in Chromium: planFill + applyFill on the six
// fixture forms of test/marketplaces (React, Vue-style, server-rendered, a table form), end
// to end as the seller waits: the fields that render late, the combobox options that load,
// the check that every value held. Beside it, in the same rounds on a fresh copy of the
// same form, the baseline: a naive fill that sets `.value` on each mapped selector without
// events or waiting; and how many fields each leaves in the page's own state. Medians of
// FILL_BENCH_RUNS runs (default 7) after two warm-up rounds. Prints figures; never fails
// on timing.
import { rmSync } from 'node:fs';
import { launchChromium } from '../test/chromium.js';
import { serveStatic } from '../test/serve-static.js';
import { buildBenchPage } from './bench-page.js';
import type { FormTimings } from './fill-forms/page.js';
import { median } from './sample-stats.js';

const runs = Number(process.env.FILL_BENCH_RUNS ?? 7);
const out = await buildBenchPage(
  'fill',
  { page: './fill-forms/page.ts' },
  { 'process.env.NODE_ENV': '"production"' },
);

const server = await serveStatic(out);
const browser = await launchChromium();
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${server.origin}/index.html?runs=${runs}`);
const results = await page.evaluate(
  () => (window as unknown as { benchResult: Promise<FormTimings[]> }).benchResult,
  undefined,
);
const version = browser.version();
await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });

console.log(
  `node ${process.version}, Chromium ${version}, React 19 production build; median of ${runs} runs after two warm-up rounds (ms)`,
);
console.log(
  `${'marketplace'.padEnd(12)}${'form'.padEnd(18)}${'planFill'.padStart(9)}${'plan+fill'.padStart(11)}${'naive'.padStart(8)}   fields the page's state holds`,
);
for (const r of results) {
  console.log(
    `${r.marketplace.padEnd(12)}${r.framework.padEnd(18)}${median(r.plan).toFixed(1).padStart(9)}${median(r.fill).toFixed(0).padStart(11)}${median(r.naive).toFixed(2).padStart(8)}   ${`${r.heldByFill}/${r.fields}`.padStart(5)} filled, ${r.heldByNaive}/${r.fields} naive`,
  );
}
const total = (pick: (r: FormTimings) => number[]) =>
  results.reduce((sum, r) => sum + median(pick(r)), 0);
console.log(
  `all six forms: plan+fill ${total((r) => r.fill).toFixed(0)} ms, naive ${total((r) => r.naive).toFixed(1)} ms (${(total((r) => r.fill) / total((r) => r.naive)).toFixed(0)}× the time)`,
);
console.log(
  `fields held in the page's state: ${results.reduce((s, r) => s + r.heldByFill, 0)}/${results.reduce((s, r) => s + r.fields, 0)} filled, ${results.reduce((s, r) => s + r.heldByNaive, 0)} naive`,
);
console.log(
  '  (plan+fill includes waiting for fields a form renders late and combobox options it loads, and the 150 ms settle check)',
);
