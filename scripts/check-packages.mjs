#!/usr/bin/env node
// Checks that the published packages are what a site or a bundler expects: publint (files,
// exports, formats) and @arethetypeswrong/cli (types resolve as the code does). ESM only:
// CommonJS `require` is not supported, by design. Run after `pnpm run build`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const packages = ['packages/catalog', 'packages/photo-coach', 'widget'];
let failed = 0;
for (const dir of packages) {
  /** @type {[string, string[]][]} */
  const checks = [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
  ];
  for (const [name, args] of checks) {
    console.log(`\n== ${name} ${dir}`);
    const result = spawnSync(bin(name), args, { cwd: root + dir, stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
}
process.exit(failed ? 1 : 0);
