import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { PAGE_STYLES } from './page.styles.js';

/** Etalase's own corner of a marketplace page: a Shadow DOM the page's styles cannot reach. */
export interface PageShell {
  /** Replaces what the shell shows. */
  show(view: TemplateResult | null): void;
  readonly root: ShadowRoot;
}

/**
 * Adds a shell to the page for one feature (`data-etalase` names it), removed when `signal`
 * aborts. The shadow root is open so that tests (and assistive tools) can reach it; it
 * shows only what the seller asked for on this page.
 */
export function mountPageShell(feature: string, signal: AbortSignal): PageShell {
  const host = document.createElement('div');
  host.dataset['etalase'] = feature;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PAGE_STYLES;
  root.append(style);
  const mount = document.createElement('div');
  mount.className = 'mount';
  root.append(mount);
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return {
    root,
    show(view) {
      render(view, mount);
    },
  };
}
