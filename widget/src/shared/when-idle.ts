/**
 * Runs `task` when the browser is idle (within `timeout` ms at the latest), for work the
 * buyer does not wait for. Falls back to a timer where requestIdleCallback is missing
 * (Safari). Returns a handle for {@link cancelIdle}.
 */
export function whenIdle(task: () => void, timeout = 2000): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(task, { timeout });
  return -(setTimeout(task, 50) as unknown as number) - 1;
}

/**
 * Runs `task` as an ordinary task, after those already queued: for background work that
 * must go on while the page is never idle. Cancelled with {@link cancelIdle}.
 */
export function soon(task: () => void): number {
  return -(setTimeout(task, 0) as unknown as number) - 1;
}

/** Cancels a task scheduled with {@link whenIdle} or {@link soon}. */
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
