#!/usr/bin/env node
// The README's two commands (`npm run demo`, `npm test`) land here. On a machine that has
// only Node and npm this installs what the command needs, then runs it:
//   pnpm (the version pinned in package.json), the workspace's dependencies exactly as
//   pnpm-lock.yaml pins them (a test run never rewrites the lockfile),
//   and for tests Debian's `chromium` when neither $CHROME_PATH nor /usr/bin/chromium exists.
// `npm test` is what CI runs: format check, lint, type-check of every TypeScript file,
// build, then every Node and browser test (the `check` script).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2];
const tasks = {
  demo: { browser: false, run: ['run', '--filter', '@etalase/demo', 'start'] },
  test: { browser: true, run: ['run', 'check'] },
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
step('Installing dependencies (pnpm install --frozen-lockfile)…');
if (pnpmRun(['install', '--frozen-lockfile']) !== 0) {
  console.error(
    '\n✗ pnpm install failed; see the messages above. (If you changed a package.json, run `pnpm install` once to update pnpm-lock.yaml.)',
  );
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
    // Never prompt: as root run apt-get directly, otherwise only through password-less sudo.
    const asRoot = process.getuid?.() === 0;
    const hasApt = output('apt-get', ['--version']) !== null;
    const canSudo = asRoot || output('sudo', ['-n', 'true']) !== null;
    const apt = (args) =>
      run(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (hasApt && canSudo) step("Installing Debian's chromium (apt-get install -y chromium)…");
    if (!hasApt || !canSudo || apt(['update']) !== 0 || apt(['install', '-y', 'chromium']) !== 0) {
      console.error(
        `✗ No browser for the tests: ${hasApt ? 'run `sudo apt-get install -y chromium`' : 'install Chromium or Chrome'}, or set CHROME_PATH to a Chromium or Chrome binary (e.g. CHROME_PATH=/usr/bin/google-chrome npm test).`,
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
