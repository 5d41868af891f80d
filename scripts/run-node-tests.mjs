#!/usr/bin/env node
// Runs every `*.test.ts` / `*.test.mjs` in the repository (outside node_modules and build
// output) with Node's own test runner, through tsx since Node 20 cannot strip types. Browser
// tests are `*.browser.test.ts` and run in Chromium via web-test-runner instead. Node 20's
// `--test` takes no globs, so we list files; a test placed anywhere is found.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', '.stryker-tmp', 'reports']);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.stryker-tmp')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.test\.(ts|mjs)$/.test(name) && !/\.browser\.test\.ts$/.test(name))
      files.push(relative(root, path));
  }
}
// `node scripts/run-node-tests.mjs a.test.ts b.test.ts` runs only those files.
if (process.argv.length > 2) files.push(...process.argv.slice(2));
else walk(root);
if (files.length === 0) {
  console.error('No Node tests found.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files.sort()],
  { stdio: 'inherit', cwd: root },
);

process.exit(result.status ?? 1);
