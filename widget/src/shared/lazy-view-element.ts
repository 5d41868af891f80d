import { LitElement, html } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { LocalizedText } from '@etalase/catalog';
import { toLang } from './strings.js';

/** The view an element loads as a chunk when it is first put in a page. */
export interface LazyView {
  render(): unknown;
}

/**
 * An element whose view loads when it is first connected, so that a page which never shows
 * it never downloads it. Until then it says that it is loading, and if the chunk cannot be
 * fetched (offline, a stale deploy) it says so instead of staying blank.
 */
export abstract class LazyViewElement<View extends LazyView> extends LitElement {
  /** UI language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';

  @state() private view: View | undefined;
  @state() private loadFailed = false;
  private loading = false;

  /** Imports the view's chunk and makes the view for this element. */
  protected abstract loadView(): Promise<View>;

  /** What the element says while its view loads, and when it cannot be loaded. */
  protected abstract readonly loadingText: LocalizedText;
  protected abstract readonly failedText: LocalizedText;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view || this.loading) return;
    this.loading = true;
    this.loadView().then(
      (view) => {
        this.view = view;
      },
      () => {
        this.loading = false;
        this.loadFailed = true;
      },
    );
  }

  override render(): unknown {
    if (this.view) return this.view.render();
    const lang = toLang(this.lang);
    if (this.loadFailed) return html`<p role="alert">${this.failedText[lang]}</p>`;
    return html`<p role="status">${this.loadingText[lang]}</p>`;
  }
}
