import { trustedTypesBlocked, workerScriptUrl } from './trusted-types.js';

/**
 * This module's URL: `import.meta.url` in the ES build; in the classic-script build, where
 * bundlers leave it empty, the script's own `src`, read while the script first runs (this
 * module is part of the entry chunk, so it runs then).
 */
const moduleUrl: string | undefined =
  import.meta.url ||
  (typeof document === 'undefined'
    ? undefined
    : (document.currentScript as HTMLScriptElement | null)?.src);

/**
 * Starts a module Worker from a file beside the embed bundle: `built` from the build, or
 * `source` (its TypeScript, relative to this module) when the bundle runs from source (dev server, tests). Returns
 * undefined where a Worker cannot be started from there: no Worker support, a bundle served
 * from another origin, a Trusted Types policy that leaves no room for ours, or a CSP
 * without room for workers. A file missing on the server is only seen later, as the
 * Worker's `error` event.
 */
export function startBundledWorker(
  built: string,
  source: string,
  name: string,
): Worker | undefined {
  if (typeof Worker !== 'function' || !moduleUrl) return undefined;
  try {
    const fromSource = new URL(moduleUrl).pathname.endsWith('.ts');
    // A variable, not a literal, so bundlers leave the URL to be resolved at run time.
    const url = new URL(fromSource ? source : built, moduleUrl);
    if (url.origin !== location.origin || trustedTypesBlocked()) return undefined;
    return new Worker(workerScriptUrl(url), { type: 'module', name });
  } catch {
    return undefined;
  }
}
