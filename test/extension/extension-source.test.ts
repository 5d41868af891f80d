// Meta-tests over the extension's source: every feature is registered and documented, every
// text a seller reads exists in both languages, and the manifests ask for no more than the
// marketplaces' hosts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeManifest } from '../../extension/scripts/manifest.js';
import {
  ALL_MARKETPLACE_HOSTS,
  marketplaceMatchPatterns,
} from '../../extension/src/marketplace-hosts.js';

const extension = fileURLToPath(new URL('../../extension/', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function extensionSection(): string {
  const start = readme.indexOf('\n## Extension');
  assert.ok(start >= 0, 'README has an "Extension" section');
  const end = readme.indexOf('\n## ', start + 5);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('extension features', () => {
  const featuresDir = join(extension, 'src/features');
  const files = readdirSync(featuresDir).filter(
    (f) => f.endsWith('.ts') && f !== 'feature.ts' && !f.endsWith('-features.ts'),
  );
  const registries = ['content-features.ts', 'background-features.ts']
    .map((f) => readFileSync(join(featuresDir, f), 'utf8'))
    .join('\n');

  it('has one feature per file, each registered and named in the README', () => {
    assert.ok(files.length >= 7, files.join());
    const ids = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(featuresDir, file), 'utf8');
      const declared = [...text.matchAll(/export const (\w+): Feature = \{\s*id: '([\w-]+)'/g)];
      assert.equal(declared.length, 1, `${file} declares exactly one feature`);
      const [, name, id] = declared[0]!;
      assert.equal(
        `${id}.ts`,
        file === 'import.ts' ? 'import.ts' : file,
        `${file}: the id names the file`,
      );
      assert.ok(!ids.has(id!), `feature id ${id} is unique`);
      ids.add(id!);
      assert.match(text, /^\/\/ /, `${file} says what it does in its first comment`);
      assert.ok(
        new RegExp(`import \\{ ${name} \\} from './${file.replace('.ts', '.js')}'`).test(
          registries,
        ) && new RegExp(`\\b${name}\\b[,\\]]`).test(registries),
        `${file} is registered`,
      );
      assert.ok(
        extensionSection().includes(`\`${id}\``),
        `README "Extension" names the ${id} feature`,
      );
    }
  });

  it('gives every listener of a content or background feature its signal', () => {
    for (const file of files) {
      const text = readFileSync(join(featuresDir, file), 'utf8');
      for (const call of text.matchAll(/(?<!signal\.)addEventListener\(([^;]*)\)/g)) {
        assert.match(call[1]!, /signal|once: true/, `${file}: ${call[0]}`);
      }
    }
  });
});

describe('extension texts', () => {
  const locale = (lang: string) =>
    JSON.parse(
      readFileSync(join(extension, `public/_locales/${lang}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>;
  const id = locale('id');
  const en = locale('en');

  it('has every key in Indonesian and English, with the same substitutions', () => {
    assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort());
    for (const key of Object.keys(id)) {
      const holes = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      assert.deepEqual(holes(id[key]!.message), holes(en[key]!.message), key);
      assert.ok(id[key]!.message.trim() && en[key]!.message.trim(), key);
    }
  });

  it('has a text for every key the code asks for', () => {
    for (const file of sourceFiles(join(extension, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['`])([^'`]+)\1/g)) {
        const key = match[2]!;
        if (key.includes('${')) {
          const prefix = key.slice(0, key.indexOf('${'));
          assert.ok(
            Object.keys(id).some((k) => k.startsWith(prefix)),
            `${file}: ${key}`,
          );
        } else {
          assert.ok(key in id, `${file}: missing text "${key}"`);
        }
      }
    }
  });

  it('names every field the fill can report and every sync badge state', () => {
    for (const field of [
      'title',
      'category',
      'description',
      'price',
      'stock',
      'sku',
      'condition',
      'weight',
      'length',
      'width',
      'height',
      'brand',
      'images',
    ]) {
      assert.ok(`field_${field}` in id, field);
    }
    for (const state of ['synced', 'drift', 'unknown']) assert.ok(`badge_${state}` in id, state);
  });
});

describe('extension manifests', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    it(`asks ${target} only for the marketplaces' hosts, and for any other site only when used`, () => {
      const manifest = makeManifest(target, {
        version: '1.2.3',
        marketplaceMatches: marketplaceMatchPatterns(),
      }) as {
        host_permissions: string[];
        optional_host_permissions: string[];
        permissions: string[];
        content_scripts: { matches: string[] }[];
        content_security_policy: { extension_pages: string };
        manifest_version: number;
      };
      assert.equal(manifest.manifest_version, 3);
      assert.deepEqual(
        manifest.host_permissions,
        ALL_MARKETPLACE_HOSTS.map((h) => `https://${h}/*`),
      );
      assert.deepEqual(manifest.content_scripts[0]!.matches, manifest.host_permissions);
      assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
      assert.ok(
        !manifest.permissions.some((p) =>
          /tabs|history|cookies|webRequest|<all_urls>|downloads/.test(p),
        ),
      );
      assert.doesNotMatch(
        manifest.content_security_policy.extension_pages,
        /https?:|'unsafe-eval'|'unsafe-inline'/,
      );
    });
  }

  it('gives Firefox its add-on id, background scripts and sidebar, and Chrome its side panel and service worker', () => {
    const firefox = makeManifest('firefox', { version: '1', marketplaceMatches: [] }) as Record<
      string,
      unknown
    >;
    const chrome = makeManifest('chrome', { version: '1', marketplaceMatches: [] }) as Record<
      string,
      unknown
    >;
    assert.deepEqual(firefox['background'], { scripts: ['background.js'] });
    assert.ok((firefox['browser_specific_settings'] as { gecko: { id: string } }).gecko.id);
    assert.ok(firefox['sidebar_action']);
    assert.deepEqual(chrome['background'], { service_worker: 'background.js' });
    assert.ok(chrome['side_panel']);
    assert.ok((chrome['permissions'] as string[]).includes('sidePanel'));
  });
});

describe('extension locale keys', () => {
  it('uses only the characters Chrome accepts in message names', () => {
    const messages = JSON.parse(
      readFileSync(join(extension, 'public/_locales/id/messages.json'), 'utf8'),
    ) as Record<string, unknown>;
    for (const key of Object.keys(messages)) assert.match(key, /^[A-Za-z0-9_@]+$/, key);
  });
});

/** Host names a field map's URL pattern can match, from its source (`(?:a|b)` and `(?:x)?` groups). */
function hostsOf(pattern: RegExp): string[] {
  const match = /^\^https:\\\/\\\/(.+?)\\\//.exec(pattern.source);
  assert.ok(match, `pattern starts with its https host: ${pattern.source}`);
  let variants = [match[1]!.replace(/\\\./g, '.')];
  for (;;) {
    const next = variants.flatMap((v) => {
      const group = /\(\?:([^()]*)\)(\?)?/.exec(v);
      if (!group) return [v];
      const options = group[1]!.split('|');
      if (group[2]) options.push('');
      return options.map(
        (o) => v.slice(0, group.index) + o + v.slice(group.index + group[0].length),
      );
    });
    if (next.length === variants.length && next.every((v, i) => v === variants[i])) return variants;
    variants = next;
  }
}

describe('extension host permissions', () => {
  it("cover every host of every marketplace's URL patterns, and no other", async () => {
    const { FIELD_MAPS } = await import('@etalase/marketplaces');
    const fromMaps = new Set<string>();
    for (const map of Object.values(FIELD_MAPS)) {
      for (const patterns of Object.values(map.urls)) {
        for (const pattern of patterns) for (const host of hostsOf(pattern)) fromMaps.add(host);
      }
    }
    assert.deepEqual([...fromMaps].sort(), [...ALL_MARKETPLACE_HOSTS].sort());
  });
});
