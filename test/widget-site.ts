// A throwaway site holding the built embed bundle (widget/dist), for end-to-end tests to
// add their own pages to.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetDist = fileURLToPath(new URL('../widget/dist/', import.meta.url));

/** A new temporary folder with every file of widget/dist; remove it when done. */
export function makeWidgetSite(prefix: string): string {
  assert.ok(
    existsSync(join(widgetDist, 'etalase.js')) &&
      existsSync(join(widgetDist, 'etalase-photo-worker.js')),
    'widget/dist is missing: run `pnpm run build` first',
  );
  const site = mkdtempSync(join(tmpdir(), prefix));
  cpSync(widgetDist, site, { recursive: true });
  return site;
}
