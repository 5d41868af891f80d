// @ts-nocheck
// Compiles each src/wasm/NAME.wat to src/wasm/NAME.wasm.ts, a module exporting the binary as
// base64, so the kernels load the same way in Node, Workers and bundles (no file to fetch).
// Run after editing a .wat file: `node packages/photo-coach/scripts/build-wasm.mjs`; the test
// src/wasm/wasm-build.test.ts fails when a .wasm.ts no longer matches its source.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'wasm');

/** The TypeScript module for one .wat source: its binary in base64. */
export async function compileWat(name, text) {
  const wabt = await wabtInit();
  const module = wabt.parseWat(`${name}.wat`, text, { simd: true });
  try {
    module.validate();
    const { buffer } = module.toBinary({});
    const constant = `${name.replace(/-/g, '_').toUpperCase()}_WASM`;
    return (
      `// Generated from ${name}.wat by scripts/build-wasm.mjs: do not edit.\n` +
      `export const ${constant} =\n  '${Buffer.from(buffer).toString('base64')}';\n`
    );
  } finally {
    module.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.wat'))) {
    const name = file.slice(0, -'.wat'.length);
    writeFileSync(
      join(dir, `${name}.wasm.ts`),
      await compileWat(name, readFileSync(join(dir, file), 'utf8')),
    );
    console.log(`src/wasm/${name}.wasm.ts`);
  }
}
