import type { Feature, PageContext } from '../features/feature.js';

/**
 * Starts the features that run on this page, each with the one signal that stops them all.
 * One feature failing does not stop the others; its error is reported in the console.
 */
export function runFeatures(
  features: readonly Feature[],
  page: PageContext,
  signal: AbortSignal,
): void {
  for (const feature of features) {
    if (feature.runsIn !== 'content') continue;
    const runs =
      feature.pages.includes('any') ||
      (page.kind !== undefined && feature.pages.includes(page.kind));
    if (!runs) continue;
    Promise.resolve()
      .then(() => feature.init(signal, page))
      .catch((error: unknown) => console.error(`Etalase: ${feature.id}`, error));
  }
}
