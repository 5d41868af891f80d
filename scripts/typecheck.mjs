#!/usr/bin/env node
// Type-checks every TypeScript file in the repository, and proves that none was missed.
//
// Convention (so a new package is covered without touching this file):
//   - every workspace package (pnpm-workspace.yaml) that holds TypeScript has a `typecheck`
//     script made of `tsc -p <tsconfig> --noEmit` commands joined by `&&`;
//   - TypeScript outside the workspace packages is checked by the root tsconfigs in
//     ROOT_PROJECTS below.
// This script runs those tsc projects itself (two at a time, as CI has two cores) with
// `--listFiles`, which costs nothing extra, and fails when a `.ts`/`.mts`/`.cts` file in the
// repository (outside node_modules and dist) belongs to none of them, or when a package
// with TypeScript has no `typecheck` script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Projects for files that live in no workspace package (paths relative to the root). */
const ROOT_PROJECTS = ['tsconfig.scripts.json'];
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', '.stryker-tmp', 'reports']);
const TS_FILE = /\.(m|c)?ts$/;

function workspacePackages() {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [];
  let inPackages = false;
  for (const line of yaml.split('\n')) {
    if (/^packages:\s*$/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const match = /^\s*-\s*['"]?([^'"#\s]+)['"]?/.exec(line);
      if (match) globs.push(match[1]);
    }
  }
  const dirs = [];
  for (const glob of globs) {
    if (glob.endsWith('/*')) {
      const parent = join(root, glob.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const name of readdirSync(parent)) dirs.push(join(parent, name));
    } else dirs.push(join(root, glob));
  }
  return dirs.filter((dir) => existsSync(join(dir, 'package.json')));
}

function tsFilesUnder(dir, stopAt = new Set()) {
  const files = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.stryker-tmp')) continue;
    const path = join(dir, name);
    if (stopAt.has(path)) continue;
    if (statSync(path).isDirectory()) files.push(...tsFilesUnder(path, stopAt));
    else if (TS_FILE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts'))
      files.push(path);
  }
  return files;
}

const problems = [];
/** @type {{ cwd: string, project: string }[]} */
const projects = ROOT_PROJECTS.map((project) => ({ cwd: root, project }));
const packages = workspacePackages();
for (const dir of packages) {
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.typecheck;
  const name = relative(root, dir);
  if (!script) {
    if (tsFilesUnder(dir).length > 0)
      problems.push(`${name} holds TypeScript but has no "typecheck" script.`);
    continue;
  }
  const commands = script.split('&&').map((part) => part.trim());
  for (const command of commands) {
    const match = /^tsc\s+(?:-p|--project)\s+(\S+)\s+--noEmit$/.exec(command);
    if (!match) {
      problems.push(
        `${name}: its typecheck script must be \`tsc -p <tsconfig> --noEmit\` commands joined by &&; found \`${command}\`.`,
      );
      continue;
    }
    projects.push({ cwd: dir, project: match[1] });
  }
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const checked = new Set();
let failed = false;
function check({ cwd, project }) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit', '--listFiles'], {
      cwd,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      const diagnostics = [];
      for (const line of out.split('\n')) {
        if (line.startsWith('/') && TS_FILE.test(line)) checked.add(line);
        else if (line.trim()) diagnostics.push(line);
      }
      const label = relative(root, join(cwd, project));
      if (code !== 0) {
        failed = true;
        console.error(`✗ ${label}\n${diagnostics.join('\n')}`);
      } else console.log(`✓ ${label}`);
      done();
    });
  });
}
const queue = [...projects];
await Promise.all(
  Array.from({ length: 2 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await check(next);
  }),
);

/** The repository's files (tracked, or new and not ignored), or a walk where git is missing. */
function repositoryTsFiles() {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) return tsFilesUnder(root);
  return listed.stdout
    .split('\n')
    .filter((path) => TS_FILE.test(path) && !/\.d\.m?ts$/.test(path))
    .map((path) => join(root, path))
    .filter((path) => existsSync(path));
}

for (const file of repositoryTsFiles()) {
  if (!checked.has(file))
    problems.push(
      `${relative(root, file)} is type-checked by no project: add it to a tsconfig that a "typecheck" script names.`,
    );
}
for (const problem of problems) console.error(`✗ ${problem}`);
if (failed || problems.length > 0) process.exit(1);
console.log(`Type-checked ${checked.size} files in ${projects.length} projects.`);
