import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogController } from '../catalog/catalog-controller.js';
import { afterPaint, cancelIdle, whenIdle } from '../shared/when-idle.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Writes the shown catalog as schema.org JSON-LD into the host page, for search engines.
 * They are not the buyer: it is written once the grid is painted and the browser is idle,
 * replaced when the catalog changes, and removed with the storefront.
 */
export class JsonLdController implements ReactiveController {
  private task: number | undefined;
  private remove: (() => void) | undefined;
  private lastRevision = -1;

  constructor(
    private readonly host: Host,
    private readonly loader: CatalogController,
    private readonly productParam: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.loader.revision === this.lastRevision) return;
    this.lastRevision = this.loader.revision;
    this.schedule();
  }

  hostDisconnected(): void {
    this.remove?.();
    this.remove = undefined;
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
  }

  private schedule(): void {
    const revision = this.loader.revision;
    afterPaint(() => {
      if (revision !== this.loader.revision) return; // a newer catalog schedules its own
      if (this.task !== undefined) cancelIdle(this.task);
      this.task = whenIdle(() => {
        this.task = undefined;
        if (this.host.isConnected) void this.publish();
      });
    });
  }

  private async publish(): Promise<void> {
    const catalog = this.loader.source?.catalog;
    const revision = this.loader.revision;
    this.remove?.();
    this.remove = undefined;
    if (!catalog || this.loader.status !== 'ready') return;
    const { writeJsonLd } = await import('./json-ld-writer.js');
    if (revision !== this.loader.revision || !this.host.isConnected) return;
    this.remove = writeJsonLd(catalog, this.productParam());
  }
}
