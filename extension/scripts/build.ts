// Builds the extension for Chrome and Firefox from one source, with plain Vite:
//   dist/chrome/, dist/firefox/  unpacked builds (load these in the browser)
//   dist/etalase-chrome.zip, dist/etalase-firefox.zip  the packages for the stores
// Four entries: the background (a classic script: Chrome's service worker and Firefox's
// background script alike), the content script on marketplace pages, the script injected
// into any other product page the seller imports from (classic scripts: content scripts
// cannot be modules), and the side panel (an ES module page). The widget's built bundle
// (widget/dist) is copied beside the side panel for <etalase-photo-coach> and its Worker.
// Decorators: this package's tsconfig sets experimentalDecorators, which Vite honours (it
// does not lower standard decorators; see ../shared/TOOLCHAIN.md).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { InlineConfig } from 'vite';
import webExt from 'web-ext';
import { marketplaceMatchPatterns } from '../src/marketplace-hosts.js';
import { iconPng } from './icon.js';
import { TARGETS, makeManifest } from './manifest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const stage = join(dist, '.stage');
const widgetDist = fileURLToPath(new URL('../../widget/dist/', import.meta.url));

const CLASSIC_ENTRIES = {
  background: 'src/background/background.ts',
  content: 'src/content/content.ts',
  'import-any-page': 'src/content/import-any-page.ts',
} as const;

function shared(): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

async function buildClassic(name: string, entry: string): Promise<void> {
  await build({
    ...shared(),
    build: {
      target: 'es2022',
      outDir: stage,
      emptyOutDir: false,
      sourcemap: false,
      lib: {
        entry: join(root, entry),
        formats: ['iife'],
        name: 'etalase',
        fileName: () => `${name}.js`,
      },
      rollupOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}

async function buildSidePanel(): Promise<void> {
  await build({
    ...shared(),
    root: join(root, 'src/sidepanel'),
    base: './',
    build: {
      target: 'es2022',
      outDir: stage,
      emptyOutDir: false,
      sourcemap: false,
      rollupOptions: {
        input: join(root, 'src/sidepanel/sidepanel.html'),
        output: { minify: true },
      },
    },
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(widgetDist, 'etalase.js'))) {
    throw new Error('widget/dist is missing: build the widget first (pnpm run build at the root)');
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const [name, entry] of Object.entries(CLASSIC_ENTRIES)) await buildClassic(name, entry);
  await buildSidePanel();
  cpSync(join(root, 'public'), stage, { recursive: true });
  mkdirSync(join(stage, 'icons'));
  for (const size of [16, 32, 48, 128])
    writeFileSync(join(stage, `icons/${size}.png`), iconPng(size));
  mkdirSync(join(stage, 'widget'));
  for (const file of readdirSync(widgetDist)) {
    // The ES build and its chunks and Workers; the classic-script build is for web pages.
    if (file.endsWith('.js') && !file.endsWith('.iife.js')) {
      cpSync(join(widgetDist, file), join(stage, 'widget', file));
    }
  }

  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  for (const target of TARGETS) {
    const out = join(dist, target);
    cpSync(stage, out, { recursive: true });
    const manifest = makeManifest(target, {
      version,
      marketplaceMatches: marketplaceMatchPatterns(),
    });
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await webExt.cmd.build(
      {
        sourceDir: out,
        artifactsDir: dist,
        filename: `etalase-${target}.zip`,
        overwriteDest: true,
      },
      { shouldExitProgram: false, showReadyMessage: false },
    );
    console.log(`extension: dist/${target}/ and dist/etalase-${target}.zip`);
  }
  rmSync(stage, { recursive: true, force: true });
}

await main();
