import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WIDGET_WORKERS, widgetWorkers } from './widget-workers.js';

/** Runs the plugin's generateBundle hook against `dist`, returning the files it emitted. */
function emitted(dist: string): string[] {
  const files: string[] = [];
  const hook = widgetWorkers(pathToFileURL(`${dist}/`)).generateBundle as (this: unknown) => void;
  hook.call({ emitFile: (file: { fileName: string }) => files.push(file.fileName) });
  return files;
}

describe('the demo build’s copy of the widget’s Workers', () => {
  it('copies each Worker of the built widget beside the page scripts', () => {
    const dist = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    for (const file of WIDGET_WORKERS) writeFileSync(join(dist, file), '// worker');
    assert.deepEqual(
      emitted(dist),
      WIDGET_WORKERS.map((file) => `assets/${file}`),
    );
    rmSync(dist, { recursive: true, force: true });
  });

  it('says what to run when the widget has not been built, not just ENOENT', () => {
    const dist = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    assert.throws(
      () => emitted(dist),
      (error: Error) =>
        /etalase-catalog-worker\.js/.test(error.message) &&
        /pnpm --filter @etalase\/widget run build/.test(error.message) &&
        !/ENOENT/.test(error.message),
    );
    rmSync(dist, { recursive: true, force: true });
  });
});
