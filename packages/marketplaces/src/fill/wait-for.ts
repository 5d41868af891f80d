/** How long {@link waitFor} waits. */
export interface WaitOptions {
  /** Give up after this long, in ms. */
  readonly timeoutMs: number;
  /** Also give up once the page has not changed for this long, in ms. */
  readonly quietMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Resolves with the first truthy result of `check`, run now and after changes to the
 * document (MutationObserver; at most every 50 ms), or `undefined` on timeout, quiet or
 * abort.
 */
export function waitFor<T>(
  doc: Document,
  check: () => T | undefined | null | false,
  options: WaitOptions,
): Promise<T | undefined> {
  const first = check();
  if (first) return Promise.resolve(first);
  if (options.signal?.aborted || options.timeoutMs <= 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const view = doc.defaultView ?? globalThis;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let scheduled = false;
    let finished = false;
    const done = (value: T | undefined) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(deadline);
      clearTimeout(quiet);
      options.signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = () => done(undefined);
    const restartQuiet = () => {
      if (options.quietMs === undefined) return;
      clearTimeout(quiet);
      quiet = view.setTimeout(() => done(undefined), options.quietMs);
    };
    // Checks at most once per 50 ms however many mutations arrive: `check` may classify a
    // whole form, and a busy page mutates all the time.
    let lastCheck = 0;
    const observer = new MutationObserver(() => {
      restartQuiet();
      if (scheduled) return;
      scheduled = true;
      const wait = Math.max(0, lastCheck + 50 - performance.now());
      view.setTimeout(() => {
        scheduled = false;
        if (finished) return;
        lastCheck = performance.now();
        const result = check();
        if (result) done(result);
      }, wait);
    });
    observer.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const deadline = view.setTimeout(() => done(check() || undefined), options.timeoutMs);
    restartQuiet();
    options.signal?.addEventListener('abort', abort);
  });
}

/** Resolves after `ms` (at least one task, so the page's own updates run). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
