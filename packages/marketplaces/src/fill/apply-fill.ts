import { chooseInCombobox } from './choose-option.js';
import { controlLabels } from './control-labels.js';
import { fillMessages } from './fill-message.js';
import type { FillMessage } from './fill-message.js';
import { textSimilarity } from './fold-label.js';
import type { FormControl } from './form-controls.js';
import { loadImages } from './load-images.js';
import type { ImageSource } from './load-images.js';
import type { FieldPlan } from './plan-fill.js';
import { readControl } from './read-control.js';
import {
  chooseRadio,
  chooseSelectOption,
  enterRichText,
  enterText,
  setChecked,
  setFiles,
} from './set-control-value.js';
import { sleep, waitFor } from './wait-for.js';

/** Options of {@link applyFill}. Defaults in brackets. */
export interface ApplyFillOptions {
  /** The listing's photos as Blobs (in `listing.images` order) or a loader; [fetch each URL]. */
  readonly images?: ImageSource;
  /** How long to wait, in all, for fields that are not on the page yet, in ms [4000]. */
  readonly lateFieldTimeoutMs?: number;
  /** Stop waiting for a missing field once the page has been still this long, in ms [1000]. */
  readonly quietMs?: number;
  /** How long to wait for a combobox's options, in ms [2000]. */
  readonly optionTimeoutMs?: number;
  /** How long to let the page settle before checking that every value held, in ms [150]. */
  readonly settleMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * How one field went: `filled`; `review` (filled, but the seller should look: a guessed
 * category, a photo left out); `missing` (no such field on the page); `lost` (the page
 * re-rendered the field and dropped the value, even after a second try); `failed` (the
 * control would not take the value).
 */
export type FieldStatus = 'filled' | 'review' | 'missing' | 'lost' | 'failed';

/** The outcome for one field. */
export interface FieldResult {
  readonly field: FieldPlan['field'];
  readonly status: FieldStatus;
  /** The control at the end (a new node when the page re-rendered it), or `null`. */
  readonly element: Element | null;
  /** What the control shows at the end. */
  readonly shown: string;
  /** Whether the page replaced the control while it was filled. */
  readonly rerendered: boolean;
  readonly warnings: readonly FillMessage[];
}

/** What {@link applyFill} did. */
export interface FillReport {
  readonly fields: readonly FieldResult[];
  /** Submit events the page fired while it was filled (all stopped). */
  readonly submitsBlocked: number;
  readonly warnings: readonly FillMessage[];
  readonly ms: number;
}

interface Attempt {
  readonly ok: boolean;
  readonly warnings: FillMessage[];
  readonly review: boolean;
  /** Whether the control, as it is now, still shows what was put in. */
  readonly holds: (control: FormControl) => boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const digits = (text: string) => text.replace(/[^\d]/g, '');
const sameText = (expected: string) => (c: FormControl) =>
  collapse(readControl(c)) === collapse(expected);
const sameNumber = (expected: string) => (c: FormControl) => {
  const shown = readControl(c);
  return (
    shown !== '' &&
    (digits(shown) === digits(expected) || Number(shown.replace(',', '.')) === Number(expected))
  );
};
const showsChoice = (chosen: string) => (c: FormControl) => {
  const shown = readControl(c);
  return shown !== '' && textSimilarity(shown, chosen) >= 0.7;
};

/**
 * Fills one control; a page script that throws while it is filled (or a control that
 * vanishes half-way) makes the field fail with a warning, never the whole fill.
 */
async function fillControl(
  plan: FieldPlan,
  control: FormControl,
  options: ApplyFillOptions,
): Promise<Attempt> {
  try {
    return await fillControlOnce(plan, control, options);
  } catch {
    return {
      ok: false,
      warnings: [fillMessages.notSet(plan.field)],
      review: false,
      holds: () => false,
    };
  }
}

async function fillControlOnce(
  plan: FieldPlan,
  control: FormControl,
  options: ApplyFillOptions,
): Promise<Attempt> {
  const element = control.element;
  const warnings: FillMessage[] = [];
  const mode = plan.field === 'category' ? 'path' : 'choices';
  const wanted = plan.choices.length > 0 ? plan.choices : [plan.value];
  switch (control.kind) {
    case 'text':
    case 'number': {
      enterText(element as HTMLInputElement, plan.value);
      const holds = control.kind === 'number' ? sameNumber(plan.value) : sameText(plan.value);
      return { ok: holds(control), warnings, review: false, holds };
    }
    case 'richtext': {
      const ok = enterRichText(element as HTMLElement, plan.value);
      return { ok, warnings, review: false, holds: sameText(plan.value) };
    }
    case 'select': {
      const chosen = chooseSelectOption(element as HTMLSelectElement, wanted, mode);
      return chosenResult(
        plan,
        chosen,
        chosen !== undefined && textSimilarity(chosen, wanted[wanted.length - 1]!) >= 0.95,
      );
    }
    case 'combobox': {
      if (element.localName === 'select')
        return fillControl(plan, { element, kind: 'select' }, options);
      const choice = await chooseInCombobox(element, wanted, mode, {
        timeoutMs: options.optionTimeoutMs ?? 2000,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const last = choice.chosen[choice.chosen.length - 1];
      // A cascader left half-way shows nothing: then the seller chooses.
      const shown = readControl(control);
      const took = last !== undefined && shown !== '' && textSimilarity(shown, last) >= 0.5;
      return chosenResult(plan, took ? last : undefined, choice.complete && choice.score >= 0.95);
    }
    case 'radio': {
      const chosen = chooseRadio(control.options ?? [], wanted);
      return chosenResult(plan, chosen, true);
    }
    case 'checkbox': {
      // A checkbox stands for one choice ("Bekas", "Produk baru"): checked when its label
      // fits one of the plan's choices, cleared otherwise.
      const label = controlLabels(control)[0]?.text ?? '';
      const checked = plan.choices.some((c) => textSimilarity(label, c) >= 0.7);
      setChecked(element, checked);
      return {
        ok: true,
        warnings,
        review: false,
        holds: (c) => readControl(c) === String(checked),
      };
    }
    case 'file': {
      const input = element as HTMLInputElement;
      const loaded = await loadImages(
        plan.images,
        options.images,
        input,
        plan.limits?.photoMaxBytes,
      );
      warnings.push(...loaded.warnings);
      if (loaded.files.length === 0)
        return { ok: false, warnings, review: true, holds: () => true };
      const slots = input.multiple ? [input] : photoSlots(input);
      if (slots.length === 1) setFiles(input, loaded.files);
      else slots.forEach((slot, i) => loaded.files[i] && setFiles(slot, [loaded.files[i]!]));
      const placed = input.multiple
        ? loaded.files.length
        : Math.min(slots.length, loaded.files.length);
      if (placed < loaded.files.length) warnings.push(fillMessages.tooManyPhotos(placed));
      // Uploaders usually clear the input after reading it, so nothing to check afterwards.
      return { ok: true, warnings, review: warnings.length > 0, holds: () => true };
    }
  }
}

/**
 * The one-photo file inputs of an uploader with a slot per photo ("Foto 1", "Foto 2" …),
 * in page order from `input`: the file inputs with the same `accept` in the nearest
 * ancestor that holds more than one.
 */
function photoSlots(input: HTMLInputElement): HTMLInputElement[] {
  let around = input.parentElement;
  for (let depth = 0; around && depth < 5; depth++, around = around.parentElement) {
    const inputs = [...around.querySelectorAll<HTMLInputElement>('input[type="file"]')].filter(
      (other) => !other.multiple && !other.disabled && other.accept === input.accept,
    );
    if (inputs.length > 1) return inputs.slice(inputs.indexOf(input));
  }
  return [input];
}

function chosenResult(plan: FieldPlan, chosen: string | undefined, exact: boolean): Attempt {
  if (chosen === undefined) {
    return {
      ok: false,
      warnings: [fillMessages.chooseYourself(plan.field)],
      review: true,
      holds: () => true,
    };
  }
  return {
    ok: true,
    warnings: exact ? [] : [fillMessages.checkChoice(plan.field, chosen)],
    review: !exact,
    holds: showsChoice(chosen),
  };
}

function current(plan: FieldPlan, control: FormControl): FormControl | undefined {
  return control.element.isConnected ? control : plan.locate();
}

/**
 * Fills a form as {@link planFill} planned it, field after field, in a way the page's
 * framework sees (the native value setter and input/change events, typing into editors,
 * choosing in selects, comboboxes and radio groups, files through a DataTransfer). Waits
 * for fields that are not rendered yet. Then checks that every value held, fills once more
 * any field the page re-rendered empty, and reports those that still lost their value.
 *
 * It never submits: it presses no publish or save button, and submit events the page fires
 * while it is filled are stopped (and counted). The seller reviews and publishes.
 */
export async function applyFill(
  plans: readonly FieldPlan[],
  options: ApplyFillOptions = {},
): Promise<FillReport> {
  const started = performance.now();
  const doc = plans[0]?.document;
  if (!doc) return { fields: [], submitsBlocked: 0, warnings: [], ms: 0 };
  let submitsBlocked = 0;
  const stopSubmit = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    submitsBlocked++;
  };
  doc.addEventListener('submit', stopSubmit, true);
  const deadline = performance.now() + (options.lateFieldTimeoutMs ?? 4000);
  const done: { plan: FieldPlan; control: FormControl; attempt: Attempt }[] = [];
  const results = new Map<FieldPlan, FieldResult>();
  let settled = false;
  try {
    for (const plan of plans) {
      if (options.signal?.aborted) break;
      let control = plan.control?.element.isConnected ? plan.control : plan.locate();
      if (!control && !settled) {
        control = await waitFor(doc, () => plan.locate(), {
          timeoutMs: Math.max(0, deadline - performance.now()),
          quietMs: options.quietMs ?? 1000,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      }
      if (!control) {
        // The page went still without it: later missing fields are not waited for again.
        settled = true;
        results.set(plan, {
          field: plan.field,
          status: 'missing',
          element: null,
          shown: '',
          rerendered: false,
          warnings: [...plan.warnings, fillMessages.notFound(plan.field)],
        });
        continue;
      }
      const attempt = await fillControl(plan, control, options);
      done.push({ plan, control, attempt });
    }
    await sleep(options.settleMs ?? 150);
    // Second pass: a field the page re-rendered empty gets one more try.
    const retried = new Set<FieldPlan>();
    for (const item of done) {
      const now = current(item.plan, item.control);
      if (item.attempt.ok && now && !item.attempt.holds(now)) {
        retried.add(item.plan);
        item.attempt = await fillControl(item.plan, now, options);
        item.control = now;
      }
    }
    if (retried.size > 0) await sleep(options.settleMs ?? 150);
    for (const { plan, control, attempt } of done) {
      const now = current(plan, control);
      const holds = now !== undefined && attempt.holds(now);
      const rerendered = now?.element !== (plan.control ?? control).element;
      const warnings = [...plan.warnings, ...attempt.warnings];
      let status: FieldStatus;
      if (!attempt.ok) status = attempt.review ? 'review' : 'failed';
      else if (!holds) status = retried.has(plan) || rerendered ? 'lost' : 'failed';
      else
        status =
          attempt.review || (plan.source === 'classifier' && plan.confidence < 0.7)
            ? 'review'
            : 'filled';
      if (status === 'lost') warnings.push(fillMessages.lost(plan.field));
      if (status === 'failed' && !warnings.some((w) => w.code === 'not-set')) {
        warnings.push(fillMessages.notSet(plan.field));
      }
      results.set(plan, {
        field: plan.field,
        status,
        element: now?.element ?? null,
        shown: now ? readControl(now) : '',
        rerendered,
        warnings,
      });
    }
  } finally {
    doc.removeEventListener('submit', stopSubmit, true);
  }
  const fields = plans.flatMap((p) => {
    const r = results.get(p);
    return r ? [r] : [];
  });
  return {
    fields,
    submitsBlocked,
    warnings: submitsBlocked > 0 ? [fillMessages.submitBlocked()] : [],
    ms: performance.now() - started,
  };
}
