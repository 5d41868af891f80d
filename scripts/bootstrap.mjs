#!/usr/bin/env node
// The README's two commands (`npm run demo`, `npm test`) land here. On a machine that has
// only Node and npm this installs what the command needs, then runs it:
//   pnpm (the version pinned in package.json), the workspace's dependencies,
//   and for tests Debian's `chromium` when neither $CHROME_PATH nor /usr/bin/chromium exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2];
const tasks = {
  demo: { browser: false, run: ['run', '--filter', '@etalase/demo', 'start'] },
  test: { browser: true, run: ['run', 'test:all'] },
  verify: { browser: true, run: ['run', 'check'] },
  // Benchmarks measure the built bundle, so build first.
  bench: { browser: true, run: ['run', 'bench:all'] },
};
if (!(task in tasks)) {
  console.error(`Usage: node scripts/bootstrap.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // "pnpm@x.y.z"
const pinnedVersion = pinned.split('@')[1];

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
function output(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}
function step(message) {
  console.log(`\n▸ ${message}`);
}

// 1. pnpm
let pnpm = ['pnpm'];
if (output('pnpm', ['--version']) !== pinnedVersion) {
  step(`Installing ${pinned} (npm i -g)…`);
  // Global install needs write access to npm's prefix; fall back to npx, which needs none.
  if (
    run('npm', ['install', '--global', '--no-fund', '--no-audit', pinned]) !== 0 ||
    output('pnpm', ['--version']) !== pinnedVersion
  ) {
    pnpm = ['npx', '--yes', pinned];
  }
}
const pnpmRun = (args) => run(pnpm[0], [...pnpm.slice(1), ...args]);

// 2. dependencies
step('Installing dependencies (pnpm install)…');
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
if (pnpmRun(['install', ...frozen]) !== 0) {
  console.error('\n✗ pnpm install failed; see the messages above.');
  process.exit(1);
}

// 3. a browser for the tests
if (tasks[task].browser) {
  const chrome = process.env.CHROME_PATH;
  if (chrome && !existsSync(chrome)) {
    console.error(`✗ CHROME_PATH is set to ${chrome}, which does not exist.`);
    process.exit(1);
  }
  if (!chrome && !existsSync('/usr/bin/chromium')) {
    step("Installing Debian's chromium (apt-get install -y chromium)…");
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const apt = (args) =>
      run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (apt(['update']) !== 0 || apt(['install', '-y', 'chromium']) !== 0) {
      console.error(
        '✗ Could not install chromium. Install Chromium or Chrome yourself and set CHROME_PATH to it.',
      );
      process.exit(1);
    }
  }
}

// 4. the command itself
// Extra arguments go to the command: `npm run bench -- storefront`.
const args = [...tasks[task].run, ...process.argv.slice(3)];
step(`pnpm ${args.join(' ')}`);
process.exit(pnpmRun(args));
