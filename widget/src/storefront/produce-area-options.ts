import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogController } from '../catalog/catalog-controller.js';
import { catalogHasProduce } from './produce-filters.js';
import type { ProduceAreas } from './produce-regions-of.js';

const NONE: ProduceAreas = { pickup: [], delivery: [] };

/**
 * Whether the catalog has produce (so the produce filters are worth showing), and the pickup
 * and delivery areas they offer, worked out with the regions table when `wanted()` first
 * says so (the filters are open).
 */
export class ProduceAreaOptions implements ReactiveController {
  areas: ProduceAreas = NONE;
  /** The catalog has products with harvest dates, pre-orders, certificates, pickup or delivery. */
  present = false;
  private revision = -1;
  private areasRevision = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: CatalogController,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const catalog = this.loader.source?.catalog;
    const revision = this.loader.revision;
    if (this.revision !== revision) {
      this.revision = revision;
      this.present = catalogHasProduce(catalog);
    }
    if (this.areasRevision === revision || !catalog || !this.present || !this.wanted()) return;
    this.areasRevision = revision;
    void import('./produce-regions-of.js').then(({ produceAreasOf }) => {
      if (this.loader.revision !== revision) return;
      this.areas = produceAreasOf(catalog);
      this.host.requestUpdate();
    });
  }
}
