#!/usr/bin/env node
// Runs every `*.test.ts` of the pure packages with Node's own test runner (through tsx,
// since Node 20 cannot strip types). Browser tests are `*.browser.test.ts` and run in
// Chromium via web-test-runner instead. Node 20's `--test` takes no globs, so we list files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'test', 'bench', 'demo/scripts', 'widget/scripts'];
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.test\.(ts|mjs)$/.test(name) && !/\.browser\.test\.ts$/.test(name)) files.push(path);
  }
}
for (const root of roots) walk(root);
if (files.length === 0) {
  console.error('No Node tests found.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files.sort()],
  { stdio: 'inherit' },
);

process.exit(result.status ?? 1);
