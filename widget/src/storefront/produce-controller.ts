import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogController } from '../catalog/catalog-controller.js';
import { catalogHasProduce } from './produce-query.js';
import type { ProduceAreas } from './produce-regions-of.js';
import type * as ProduceViewModule from './produce-view.js';

type ProduceView = typeof ProduceViewModule;

const NONE: ProduceAreas = { pickup: [], delivery: [] };

/**
 * The storefront's produce features: whether the catalog has produce, the chunk that renders
 * it (loaded only then), and the pickup and delivery areas the filters offer, worked out with
 * the regions table when `wanted()` first says so (the filters are open).
 */
export class ProduceController implements ReactiveController {
  /** The produce chunk, once loaded; until then cards show no produce details. */
  view: ProduceView | undefined;
  areas: ProduceAreas = NONE;
  /** The catalog has products with harvest dates, pre-orders, certificates, pickup or delivery. */
  present = false;
  private revision = -1;
  private areasRevision = -1;
  private loading: Promise<ProduceView> | undefined;

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
      if (this.present && !this.loading) {
        this.loading = import('./produce-view.js');
        void this.loading.then((view) => {
          this.view = view;
          this.host.requestUpdate();
        });
      }
    }
    if (this.areasRevision === revision || !catalog || !this.present || !this.wanted()) return;
    this.areasRevision = revision;
    void (this.loading ?? import('./produce-view.js')).then(({ produceAreasOf }) => {
      if (this.loader.revision !== revision) return;
      this.areas = produceAreasOf(catalog);
      this.host.requestUpdate();
    });
  }
}
