// @ts-nocheck
// Writes dist/catalog.schema.json, the file the package exports as
// `@etalase/catalog/catalog.schema.json`, so editors and validators in any language can
// check a catalog without running TypeScript. Runs after `tsc` in `pnpm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogJsonSchema } from '../src/catalog-json-schema.js';

// Relative to this file, not the working directory, so it writes the same place from anywhere.
const target = fileURLToPath(new URL('../dist/catalog.schema.json', import.meta.url));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(catalogJsonSchema, null, 2)}\n`);
console.log(`Wrote ${relative(process.cwd(), target) || target}`);
