// The manifest for each browser, from one description. Chrome and Firefox differ only where
// their MV3 differs: Chrome's side panel and service worker, Firefox's sidebar, background
// scripts and add-on id.

/** The browsers the build targets. */
export const TARGETS = ['chrome', 'firefox'] as const;
/** One of {@link TARGETS}. */
export type Target = (typeof TARGETS)[number];

/** What varies between builds. */
export interface ManifestOptions {
  readonly version: string;
  /** Match patterns of the marketplace hosts: the only host permissions asked at install. */
  readonly marketplaceMatches: readonly string[];
}

const ICONS = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };

/** The Manifest V3 object for `target`. */
export function makeManifest(target: Target, options: ManifestOptions): Record<string, unknown> {
  const matches = [...options.marketplaceMatches];
  const common = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Etalase',
    description: '__MSG_extDescription__',
    version: options.version,
    default_locale: 'id',
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    host_permissions: matches,
    // "Import from any product page": asked for one site at a time, when the seller clicks.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
    // Extension pages run only the packaged code ('wasm-unsafe-eval' lets the photo coach
    // use its WebAssembly loops; without it they run in JavaScript).
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  };
  if (target === 'chrome') {
    return {
      ...common,
      minimum_chrome_version: '116',
      permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'sidePanel'],
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'sidepanel.html' },
    };
  }
  return {
    ...common,
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    background: { scripts: ['background.js'] },
    sidebar_action: {
      default_title: '__MSG_actionTitle__',
      default_panel: 'sidepanel.html',
      default_icon: ICONS,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'etalase@etalase.id',
        strict_min_version: '140.0',
        // Nothing the seller stores leaves the device unless she exports it herself.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 (no sidebar there).
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
