import type { CheckId, PhotoReport } from '@etalase/photo-coach';
import type { PhotoEngine } from '../photo-coach/photo-engine.js';
import { cancelIdle, whenIdle } from '../shared/when-idle.js';

/** A product's main photo to audit, and where the product is from. */
export interface AuditItem {
  readonly productId: string;
  /** The photo's absolute URL (already checked to be http(s)). */
  readonly url: string;
  /** Kabupaten/kota (or province) code, when the product has one. */
  readonly region: string | undefined;
}

/** Where an audit stands. */
export interface AuditState {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled';
  readonly total: number;
  readonly done: number;
  /** Photos with at least one check a buyer would notice (`bad`). */
  readonly needWork: number;
  /** Photos that could not be fetched or decoded. */
  readonly unreadable: number;
  /** Per region code: photos checked, photos needing work, and problems by check. */
  readonly byRegion: ReadonlyMap<string, RegionAudit>;
}

/** One region's photo audit. */
export interface RegionAudit {
  readonly checked: number;
  readonly needWork: number;
  readonly problems: Readonly<Partial<Record<CheckId, number>>>;
}

/** The first state of an audit over `total` photos. */
export function emptyAudit(total: number): AuditState {
  return { status: 'idle', total, done: 0, needWork: 0, unreadable: 0, byRegion: new Map() };
}

/** The state after one more photo's report (or `undefined` when it could not be read). */
export function tallyAudit(
  state: AuditState,
  region: string | undefined,
  report: PhotoReport | undefined,
): AuditState {
  if (!report) return { ...state, done: state.done + 1, unreadable: state.unreadable + 1 };
  const bad = report.checks.filter((c) => c.verdict === 'bad').map((c) => c.id);
  const needs = bad.length > 0;
  const byRegion = new Map(state.byRegion);
  const key = region ?? '';
  const before = byRegion.get(key) ?? { checked: 0, needWork: 0, problems: {} };
  const problems: Partial<Record<CheckId, number>> = { ...before.problems };
  for (const id of bad) problems[id] = (problems[id] ?? 0) + 1;
  byRegion.set(key, {
    checked: before.checked + 1,
    needWork: before.needWork + (needs ? 1 : 0),
    problems,
  });
  return {
    ...state,
    done: state.done + 1,
    needWork: state.needWork + (needs ? 1 : 0),
    byRegion,
  };
}

/** The check that fails most often in one region's audit (ties: the earlier check id). */
export function commonProblem(audit: RegionAudit): CheckId | undefined {
  let best: CheckId | undefined;
  let count = 0;
  for (const [id, n] of Object.entries(audit.problems) as [CheckId, number][]) {
    if (n > count) {
      best = id;
      count = n;
    }
  }
  return best;
}

/**
 * At most `limit` items spread evenly over the list (every k-th), so a sample of a large
 * catalog covers all its regions rather than the first sellers' products.
 */
export function sampleEvenly<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/**
 * Runs the photo audit one photo at a time, each started in the browser's idle time and
 * analysed in the photo Worker, so the page stays responsive. Reports each new state; stops
 * at once when `signal` aborts (the photo in flight is dropped).
 */
export async function runPhotoAudit(
  items: readonly AuditItem[],
  engine: PhotoEngine,
  onState: (state: AuditState) => void,
  signal: AbortSignal,
): Promise<AuditState> {
  let state: AuditState = { ...emptyAudit(items.length), status: 'running' };
  onState(state);
  for (const item of items) {
    await idle(signal);
    if (signal.aborted) break;
    let report: PhotoReport | undefined;
    try {
      const response = await fetch(item.url, { signal, credentials: 'omit' });
      if (response.ok) {
        const analysis = await engine.analyzeFile(await response.blob(), 'semua');
        if (analysis.ok) report = analysis.report;
      }
    } catch {
      // A photo that cannot be fetched counts as unreadable, unless the audit was cancelled.
    }
    if (signal.aborted) break;
    state = tallyAudit(state, item.region, report);
    onState(state);
  }
  state = { ...state, status: signal.aborted ? 'cancelled' : 'done' };
  onState(state);
  return state;
}

function idle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const handle = whenIdle(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, 500);
    const stop = () => {
      cancelIdle(handle);
      resolve();
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
