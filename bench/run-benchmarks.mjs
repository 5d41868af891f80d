#!/usr/bin/env node
// Runs every `*.bench.ts` in this folder, one after another, each in its own Node process
// (so one benchmark's garbage does not skew the next). Benchmarks print figures and ratios
// against a baseline measured in the same run; they never fail on timing. A benchmark that
// crashes still makes this exit non-zero, since then it measured nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
    cwd: here,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
