// Runs in headless Chromium for fill-forms.bench.ts: mounts each marketplace's fixture
// add-product form, waits for it to settle (the seller opens the page, then asks to fill),
// and times planFill + applyFill end to end, late fields and the settle check included.
// The baseline, on a fresh copy of the same form in the same rounds: a naive fill that
// sets `.value` on the first selector of each mapped field, with no events and no waiting.
// After each, it counts the fields whose value the page's own state (React, Vue-style or
// the DOM) holds.
import { applyFill, FIELD_MAPS, planFill } from '@etalase/marketplaces';
import type { FieldPlan } from '@etalase/marketplaces';
import { FIXTURE_FORMS } from '../../test/marketplaces/fixture-forms.js';
import type { FixtureForm } from '../../test/marketplaces/fixture-forms.js';
import type { FormHandle } from '../../test/marketplaces/react-kit.js';
import { KERIPIK, samplePhoto } from '../../test/marketplaces/sample-listing.js';

/** Timings of one form (ms per run) and how many expected fields the page's state held. */
export interface FormTimings {
  marketplace: string;
  framework: string;
  fields: number;
  plan: number[];
  fill: number[];
  naive: number[];
  heldByFill: number;
  heldByNaive: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mounted(form: FixtureForm): Promise<{ handle: FormHandle; container: HTMLElement }> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  const handle = await form.mount(container);
  await sleep(600);
  return { handle, container };
}

function held(form: FixtureForm, handle: FormHandle): number {
  const state = handle.state as unknown as Record<string, string>;
  return Object.entries(form.expected).filter(([key, value]) => state[key] === value).length;
}

/** The baseline: `.value` on the first selector of each field the plan has a value for. */
function naiveFill(form: FixtureForm, plans: readonly FieldPlan[]): void {
  const map = FIELD_MAPS[form.marketplace];
  for (const plan of plans) {
    const selector = map.fields[plan.field]?.selectors?.[0];
    const element = selector ? document.querySelector(selector) : null;
    if (element && 'value' in element && plan.kind !== 'file')
      (element as HTMLInputElement).value = plan.value;
  }
}

async function run(runs: number, warmup: number): Promise<FormTimings[]> {
  const photos = [await samplePhoto(30), await samplePhoto(200)];
  const results: FormTimings[] = FIXTURE_FORMS.map((form) => ({
    marketplace: form.marketplace,
    framework: form.framework,
    fields: Object.keys(form.expected).length,
    plan: [],
    fill: [],
    naive: [],
    heldByFill: 0,
    heldByNaive: 0,
  }));
  // Rounds over all forms (not form after form), so the first form does not pay for the
  // JIT's warm-up alone.
  for (let round = 0; round < warmup + runs; round++) {
    for (const [index, form] of FIXTURE_FORMS.entries()) {
      const timings = results[index]!;
      let { handle } = await mounted(form);
      const start = performance.now();
      const plans = planFill(document, KERIPIK, form.marketplace);
      const planned = performance.now();
      await applyFill(plans, { images: photos });
      const filled = performance.now();
      const heldByFill = held(form, handle);
      handle.unmount();

      ({ handle } = await mounted(form));
      const naivePlans = planFill(document, KERIPIK, form.marketplace);
      const naiveStart = performance.now();
      naiveFill(form, naivePlans);
      const naiveEnd = performance.now();
      // Let the page render once, as it would before the seller looks.
      await sleep(50);
      const heldByNaive = held(form, handle);
      handle.unmount();
      if (round < warmup) continue;
      timings.plan.push(planned - start);
      timings.fill.push(filled - start);
      timings.naive.push(naiveEnd - naiveStart);
      timings.heldByFill = heldByFill;
      timings.heldByNaive = heldByNaive;
    }
  }
  return results;
}

const params = new URLSearchParams(location.search);
(window as unknown as { benchResult: Promise<FormTimings[]> }).benchResult = run(
  Number(params.get('runs') ?? 7),
  2,
);
