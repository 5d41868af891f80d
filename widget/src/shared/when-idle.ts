/**
 * Runs `task` when the browser is idle (within `timeout` ms at the latest), for work the
 * buyer does not wait for. Falls back to a timer where requestIdleCallback is missing
 * (Safari). Returns a handle for {@link cancelIdle}.
 */
export function whenIdle(task: () => void, timeout = 2000): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(task, { timeout });
  return -(setTimeout(task, 50) as unknown as number) - 1;
}

/** Work done in one go (a slice of reading, parsing, checking) before the page gets a turn. */
export const SLICE_MS = 8;

/** Cancels a task scheduled with {@link whenIdle}. */
export function cancelIdle(handle: number): void {
  if (handle < 0) clearTimeout(-handle - 1);
  else cancelIdleCallback(handle);
}

/**
 * Runs `task` once the next frame has been painted, for work that must not delay what the
 * buyer is waiting to see (building the search index, JSON-LD for search engines).
 */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}
