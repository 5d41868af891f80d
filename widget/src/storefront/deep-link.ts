import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STATE_KEY = 'etalaseProduct';

/**
 * Keeps the open product in the page URL (`?produk=<id>`), so a product can be shared and
 * the Back button closes the dialog. Several storefronts on one page use different
 * parameter names (`product-param`).
 */
export class DeepLink implements ReactiveController {
  private pushed = false;
  /** Our own step back (closing) is on its way: the browser moves through history later. */
  private backPending = false;
  /** A product opened while that step was on its way, recorded once it has been taken. */
  private queued: string | undefined;
  private readonly onPopState = (): void => {
    if (this.backPending) {
      this.backPending = false;
      const queued = this.queued;
      this.queued = undefined;
      // The buyer opened another product meanwhile: that one stays open (the URL the step
      // back lands on still names the one just closed).
      if (queued !== undefined) {
        this.push(queued);
        return;
      }
    }
    this.sync();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly param: () => string,
    private readonly open: (id: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The product id in the current URL, if any. */
  current(): string | undefined {
    return new URL(location.href).searchParams.get(this.param()) ?? undefined;
  }

  /** Opens or closes to match the URL (after load, and on Back/Forward). */
  sync(): void {
    const id = this.current();
    if (id === undefined) this.pushed = false;
    this.open(id);
  }

  /** The page URL with this product open. */
  urlFor(id: string): string {
    const url = new URL(location.href);
    url.searchParams.set(this.param(), id);
    url.hash = '';
    return url.href;
  }

  /** Records that the buyer opened a product (a history entry, so Back closes it). */
  push(id: string): void {
    if (this.backPending) {
      this.queued = id;
      return;
    }
    if (this.current() === id) return;
    history.pushState(
      { ...(history.state as object | null), [STATE_KEY]: id },
      '',
      this.urlFor(id),
    );
    this.pushed = true;
  }

  /** Records that the buyer closed the product. */
  pop(): void {
    this.queued = undefined;
    if (this.current() === undefined || this.backPending) return;
    if (
      this.pushed &&
      (history.state as Record<string, unknown> | null)?.[STATE_KEY] !== undefined
    ) {
      this.pushed = false;
      this.backPending = true;
      history.back();
      return;
    }
    // Opened from a shared link: there is no entry of ours to go back to.
    const url = new URL(location.href);
    url.searchParams.delete(this.param());
    history.replaceState(history.state, '', url.href);
  }
}
