// The page a browser bench runs in: its entries bundled by Vite (sources, minified, as a
// site ships them) into a temporary folder with an index.html that loads `page.js`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds `entries` (output name → path relative to bench/, one of them `page`) into a new
 * temporary folder named after `name`, and returns that folder. The caller removes it.
 */
export async function buildBenchPage(
  name: string,
  entries: Readonly<Record<string, string>>,
  define?: Readonly<Record<string, string>>,
): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), `etalase-${name}-bench-`));
  await build({
    logLevel: 'error',
    configFile: false,
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    ...(define ? { define } : {}),
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: Object.fromEntries(
          Object.entries(entries).map(([key, path]) => [
            key,
            fileURLToPath(new URL(path, import.meta.url)),
          ]),
        ),
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
    },
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>',
  );
  return out;
}
