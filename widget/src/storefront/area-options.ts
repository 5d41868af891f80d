import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegionInfo } from '@etalase/catalog';
import type { CatalogController } from '../catalog/catalog-controller.js';

/**
 * The provinces and kabupaten/kota in the catalog, for the area filter. Worked out when
 * `wanted()` first says so (the filters are open or an area is chosen), with the region
 * table loaded then: it is not needed to show products.
 */
export class AreaOptions implements ReactiveController {
  list: readonly RegionInfo[] = [];
  private revision = -1;

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
    if (this.revision === revision || !catalog || !this.wanted()) return;
    this.revision = revision;
    void import('./regions-of.js').then(({ regionsOf }) => {
      if (this.loader.revision !== revision) return;
      this.list = regionsOf(catalog);
      this.host.requestUpdate();
    });
  }
}
