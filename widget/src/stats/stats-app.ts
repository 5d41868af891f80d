import { adoptStyles, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  CATEGORY_LABELS,
  MARKETPLACE_NAMES,
  catalogFigures,
  compareCatalogs,
  figuresToCsv,
  findRegion,
  kabupatenKotaOf,
  normalizeRegionCode,
  PROVINCES,
  priceBandLabel,
  productRegionCode,
  regionWithin,
} from '@etalase/catalog';
import type { Catalog, CatalogChange, CatalogFigures, CatalogIssue, Lang } from '@etalase/catalog';
import { CHECK_NAMES } from '../photo-coach/photo-coach-strings.js';
import { CatalogReaders } from '../catalog/catalog-backend.js';
import { CatalogLoadError, StaticCatalogSource } from '../catalog/catalog-source.js';
import { emit } from '../shared/events.js';
import { startPhotoEngine } from '../photo-coach/photo-engine.js';
import { toLang } from '../shared/strings.js';
import { barChart } from './bar-chart.js';
import type { BarChartSpec } from './bar-chart.js';
import { commonProblem, emptyAudit, runPhotoAudit, sampleEvenly } from './photo-audit.js';
import type { AuditItem, AuditState } from './photo-audit.js';
import { statsStyles } from './stats.styles.js';
import { formatCount, formatShare, ts } from './stats-strings.js';
import { gridTiles, provinceTiles, tileMap } from './tile-map.js';

/** What the element gives its controller: its attributes, as properties. */
export interface StatsHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  catalog: unknown;
  region: string | undefined;
  compare: string | undefined;
  lang: string;
  photoAudit: boolean;
  auditSample: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How many pages of a split catalog the figures follow at most (as the storefront). */
const MAX_PAGES = 1000;
/** How many region rows get a bar; the table beside the chart lists them all. */
const REGION_BARS = 20;

type Loaded = {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
  readonly url: string | undefined;
};

/** Loads a whole catalog (every page of a split one) through the storefront's catalog source. */
async function loadWhole(
  input: { url: string } | { data: unknown },
  readers: CatalogReaders,
  signal: AbortSignal,
): Promise<Loaded> {
  const source = new StaticCatalogSource(input, readers);
  const first = await source.load(signal);
  const issues = [...first.issues];
  for (let n = 1; source.hasMore && n < MAX_PAGES; n++) {
    const page = await source.page(signal);
    if (page) issues.push(...page.issues);
  }
  return { catalog: source.catalog!, issues, url: 'url' in input ? input.url : undefined };
}

function reasonOf(error: unknown, lang: Lang): string {
  if (error instanceof CatalogLoadError && error.kind === 'http') {
    return lang === 'id'
      ? `server menjawab HTTP ${error.status}.`
      : `the server answered HTTP ${error.status}.`;
  }
  return lang === 'id' ? 'tidak ada sambungan ke server.' : 'no connection to the server.';
}

/**
 * The regional figures' behaviour and view, loaded as a chunk when `<etalase-stats>` is
 * first shown: loads the catalog (and the one to compare with), counts, runs the optional
 * photo audit, exports CSV, and renders. State is replaced, never mutated, so the host's
 * `requestUpdate()` after each replacement is the only refresh.
 */
export class StatsApp implements ReactiveController {
  private status: 'loading' | 'ready' | 'error' = 'loading';
  private error = '';
  private loaded: Loaded | undefined;
  private figures: CatalogFigures | undefined;
  private change: CatalogChange | undefined;
  private changeError = '';
  private audit: AuditState | undefined;
  /** Products in scope with no photo at all, for the audit's note. */
  private withoutPhoto = 0;
  private tablesShown: ReadonlySet<string> = new Set();
  private abort: AbortController | undefined;
  private auditAbort: AbortController | undefined;
  private readers: CatalogReaders | undefined;
  private key = '';
  private inline: unknown;

  constructor(private readonly host: StatsHost) {
    adoptStyles(host.renderRoot as ShadowRoot, [statsStyles]);
    host.addController(this);
  }

  private get lang(): Lang {
    return toLang(this.host.lang);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.auditAbort?.abort();
    this.readers?.close();
    this.readers = undefined;
    this.key = '';
  }

  /** Called by the host when its inputs may have changed: reloads only when they did. */
  hostUpdate(): void {
    this.refresh();
  }

  private set(patch: () => void): void {
    patch();
    this.host.requestUpdate();
  }

  /** Reloads when an input changed since the last load (the inline catalog by identity). */
  private refresh(): void {
    const { src, catalog, region, compare } = this.host;
    const key = JSON.stringify([src ?? null, region ?? null, compare ?? null]);
    if (key === this.key && catalog === this.inline) return;
    this.key = key;
    this.inline = catalog;
    void this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    this.auditAbort?.abort();
    const abort = (this.abort = new AbortController());
    const { src, catalog, compare } = this.host;
    const region = this.host.region ? normalizeRegionCode(this.host.region) : undefined;
    this.readers ??= new CatalogReaders();
    const input =
      catalog !== undefined && catalog !== null
        ? { data: catalog }
        : src
          ? { url: new URL(src, document.baseURI).href }
          : undefined;
    if (!input) return;
    this.set(() => {
      this.status = 'loading';
      this.audit = undefined;
      this.change = undefined;
      this.changeError = '';
    });
    try {
      const loaded = await loadWhole(input, this.readers, abort.signal);
      if (abort.signal.aborted) return;
      const figures = catalogFigures(loaded.catalog, region === undefined ? {} : { region });
      this.set(() => {
        this.loaded = loaded;
        this.figures = figures;
        this.status = 'ready';
        this.audit = this.host.photoAudit ? emptyAudit(this.auditItems().length) : undefined;
        // Counted once per catalog, not on each of the audit's many re-renders.
        this.withoutPhoto = this.host.photoAudit ? this.productsWithoutPhoto() : 0;
      });
      emit(this.host, 'etalase-ready', { count: figures.products, fromCache: false });
      if (loaded.issues.length > 0) emit(this.host, 'etalase-error', { issues: loaded.issues });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.set(() => {
        this.status = 'error';
        this.error = reasonOf(error, this.lang);
      });
      emit(this.host, 'etalase-error', {
        issues: [
          {
            path: [],
            code: 'load.network',
            severity: 'fatal',
            message: {
              id: ts('id', 'loadFailed', { reason: reasonOf(error, 'id') }),
              en: ts('en', 'loadFailed', { reason: reasonOf(error, 'en') }),
            },
          },
        ],
      });
      return;
    }
    if (compare) {
      try {
        const before = await loadWhole(
          { url: new URL(compare, document.baseURI).href },
          this.readers,
          abort.signal,
        );
        if (abort.signal.aborted) return;
        const change = compareCatalogs(
          before.catalog,
          this.loaded!.catalog,
          region === undefined ? {} : { region },
        );
        this.set(() => (this.change = change));
      } catch (error) {
        if (!abort.signal.aborted) this.set(() => (this.changeError = reasonOf(error, this.lang)));
      }
    }
  }

  /** The main photos the audit would check: at most `audit-sample`, spread over the catalog. */
  private auditItems(): AuditItem[] {
    const loaded = this.loaded;
    if (!loaded) return [];
    const scope = this.figures?.region;
    const sellers = new Map(loaded.catalog.sellers.map((s) => [s.id, s]));
    const base = loaded.url ?? document.baseURI;
    const items: AuditItem[] = [];
    for (const product of loaded.catalog.products) {
      const region = productRegionCode(product, sellers.get(product.sellerId));
      if (scope !== undefined && !regionWithin(region, scope)) continue;
      const src = product.images[0]?.src;
      if (!src) continue;
      let url: URL;
      try {
        url = new URL(src, base);
      } catch {
        continue;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
      items.push({ productId: product.id, url: url.href, region });
    }
    return sampleEvenly(items, Math.max(1, this.host.auditSample));
  }

  private productsWithoutPhoto(): number {
    const f = this.figures;
    if (!f || !this.loaded) return 0;
    const sellers = new Map(this.loaded.catalog.sellers.map((s) => [s.id, s]));
    return this.loaded.catalog.products.filter(
      (p) =>
        p.images.length === 0 &&
        (f.region === undefined ||
          regionWithin(productRegionCode(p, sellers.get(p.sellerId)), f.region)),
    ).length;
  }

  private startAudit(): void {
    this.auditAbort?.abort();
    const abort = (this.auditAbort = new AbortController());
    const engine = startPhotoEngine();
    abort.signal.addEventListener('abort', () => engine.close(), { once: true });
    void runPhotoAudit(
      this.auditItems(),
      engine,
      (state) => this.set(() => (this.audit = state)),
      abort.signal,
    ).finally(() => engine.close());
  }

  private cancelAudit(): void {
    this.auditAbort?.abort();
  }

  private toggleTable = (id: string): void => {
    const next = new Set(this.tablesShown);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set(() => (this.tablesShown = next));
  };

  private downloadCsv(): void {
    if (!this.figures) return;
    const blob = new Blob(['\uFEFF', figuresToCsv(this.figures, this.lang)], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `angka-umkm${this.figures.region ? `-${this.figures.region}` : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  render(): TemplateResult {
    const lang = this.lang;
    if (this.status === 'error') {
      return html`<div class="base" part="base">
        <p class="message" part="message" role="alert">
          ${ts(lang, 'loadFailed', { reason: this.error })}
        </p>
      </div>`;
    }
    const f = this.figures;
    if (this.status === 'loading' || !f) {
      return html`<div class="base" part="base">
        <p class="message" part="message" role="status">${ts(lang, 'loading')}</p>
      </div>`;
    }
    return html`<div class="base" part="base">
      ${this.header(f, lang)} ${this.headline(f, lang)}
      ${
        this.loaded && this.loaded.issues.length > 0
          ? html`<p class="note" part="message">
              ${ts(lang, 'skipped', { count: this.loaded.issues.length })}
            </p>`
          : nothing
      }
      ${this.freshView(f, lang)} ${this.changeView(lang)}
      ${
        // The map and charts change only with the figures: the audit's progress, which
        // re-renders many times a minute, leaves them alone.
        guard([f, lang, this.tablesShown], () => [
          this.mapView(f, lang),
          html`<div class="charts">
            ${this.charts(f, lang).map((spec) => barChart(spec, lang, this.tablesShown.has(spec.id), this.toggleTable))}
          </div>`,
        ])
      }
      ${f.whatsappOnly > 0 ? html`<p class="callout">${ts(lang, 'whatsappOnlyNote', { count: formatCount(f.whatsappOnly, lang) })}</p>` : nothing}
      ${this.audit ? this.auditView(this.audit, lang) : nothing}
      <div class="actions no-print">
        <button type="button" class="button" @click=${() => this.downloadCsv()}>
          ${ts(lang, 'downloadCsv')}
        </button>
        <button type="button" class="button secondary" @click=${() => window.print()}>
          ${ts(lang, 'print')}
        </button>
      </div>
    </div>`;
  }

  private header(f: CatalogFigures, lang: Lang): TemplateResult {
    const regionName = f.region
      ? (findRegion(f.region)?.name ?? f.region)
      : ts(lang, 'allIndonesia');
    const source = this.loaded?.url ?? (this.host.src || '');
    return html`<header class="head" part="header">
      <h2>${ts(lang, 'title')}</h2>
      <p class="meta">
        ${ts(lang, 'region', { name: regionName })}${f.asOf ? html` · ${ts(lang, 'asOf', { date: f.asOf })}` : nothing}
      </p>
      ${source ? html`<p class="meta print-only">${ts(lang, 'source', { source })}</p>` : nothing}
    </header>`;
  }

  private headline(f: CatalogFigures, lang: Lang): TemplateResult {
    return html`<dl class="figures">
      ${figureCard(ts(lang, 'sellers'), formatCount(f.sellers, lang))}
      ${figureCard(ts(lang, 'products'), formatCount(f.products, lang))}
      ${figureCard(ts(lang, 'madeLocally'), formatShare(f.madeLocallyShare, lang), ts(lang, 'madeLocallyNote', { count: formatCount(f.madeLocally, lang), total: formatCount(f.products, lang) }))}
      ${figureCard(ts(lang, 'regencies'), formatCount(f.regenciesCovered, lang), ts(lang, 'regenciesNote', { count: formatCount(f.provincesCovered, lang) }))}
    </dl>`;
  }

  private freshView(f: CatalogFigures, lang: Lang): TemplateResult | typeof nothing {
    const fresh = f.fresh;
    if (!fresh) return nothing;
    const share = (n: number) => (fresh.kuliner === 0 ? 0 : n / fresh.kuliner);
    const note = (n: number) =>
      ts(lang, 'ofKuliner', {
        count: formatCount(n, lang),
        total: formatCount(fresh.kuliner, lang),
      });
    return html`<section class="fresh" aria-labelledby="fresh-title">
      <h3 id="fresh-title">${ts(lang, 'fresh')}</h3>
      <dl class="figures">
        ${figureCard(ts(lang, 'harvestedThisMonth'), formatCount(fresh.harvestedThisMonth, lang))}
        ${figureCard(ts(lang, 'preOrdersOpen'), formatCount(fresh.preOrdersOpen, lang))}
        ${figureCard(ts(lang, 'kulinerHalal'), formatShare(share(fresh.kulinerHalal), lang), note(fresh.kulinerHalal))}
        ${figureCard(ts(lang, 'kulinerPirt'), formatShare(share(fresh.kulinerPirt), lang), note(fresh.kulinerPirt))}
      </dl>
    </section>`;
  }

  private mapView(f: CatalogFigures, lang: Lang): TemplateResult {
    const province = f.region?.slice(0, 2);
    if (province) {
      const counts = new Map(f.byRegion.map((r) => [r.key, r.products]));
      const regencies = kabupatenKotaOf(province).map((r) => ({
        code: r.code,
        name: r.name,
        value: counts.get(r.code) ?? 0,
      }));
      const name = findRegion(province)?.name ?? province;
      return html`<section class="map" aria-labelledby="map-title">
        <h3 id="map-title">${ts(lang, 'mapRegencies', { name })}</h3>
        ${tileMap(gridTiles(regencies, 8), ts(lang, 'mapRegencies', { name }), lang, f.region)}
      </section>`;
    }
    const counts = new Map<string, number>();
    for (const r of f.byRegion)
      counts.set(r.provinceCode, (counts.get(r.provinceCode) ?? 0) + r.products);
    const names = new Map(PROVINCES.map((p) => [p.code, p.name]));
    return html`<section class="map" aria-labelledby="map-title">
      <h3 id="map-title">${ts(lang, 'map')}</h3>
      <div class="map-scroll" tabindex="0" aria-label=${ts(lang, 'map')}>
        ${tileMap(provinceTiles(counts, names), ts(lang, 'map'), lang)}
      </div>
      <p class="note">${ts(lang, 'mapNote')}</p>
    </section>`;
  }

  private charts(f: CatalogFigures, lang: Lang): BarChartSpec[] {
    const products = ts(lang, 'colProducts');
    const sellers = ts(lang, 'colSellers');
    return [
      {
        id: 'category',
        title: ts(lang, 'byCategory'),
        valueHeading: products,
        extraHeadings: [sellers],
        rows: f.byCategory.map((r) => ({
          key: r.key,
          label: CATEGORY_LABELS[r.key][lang],
          value: r.products,
          extra: [r.sellers],
        })),
      },
      {
        id: 'region',
        title: ts(lang, 'byRegion'),
        valueHeading: products,
        extraHeadings: [sellers, ts(lang, 'colMadeLocally')],
        rows: f.byRegion
          .filter((r) => r.products > 0 || r.sellers > 0)
          .slice(0, REGION_BARS)
          .map((r) => ({
            key: r.key,
            label: r.name,
            value: r.products,
            extra: [r.sellers, r.madeLocally],
          })),
      },
      {
        id: 'price',
        title: ts(lang, 'byPrice'),
        valueHeading: products,
        extraHeadings: [sellers],
        rows: f.byPriceBand.map((r) => ({
          key: r.key,
          label: priceBandLabel(r.band),
          value: r.products,
          extra: [r.sellers],
        })),
      },
      {
        id: 'marketplace',
        title: ts(lang, 'byMarketplace'),
        valueHeading: sellers,
        rows: [
          ...f.byMarketplace.map((r) => ({
            key: r.marketplace,
            label: MARKETPLACE_NAMES[r.marketplace],
            value: r.sellers,
          })),
          { key: 'whatsapp-only', label: ts(lang, 'whatsappOnly'), value: f.whatsappOnly },
          { key: 'none', label: ts(lang, 'noChannel'), value: f.noChannel },
        ],
      },
    ];
  }

  private changeView(lang: Lang): TemplateResult | typeof nothing {
    if (this.changeError)
      return html`<p class="note" role="alert">
        ${ts(lang, 'compareFailed', { reason: this.changeError })}
      </p>`;
    const c = this.change;
    if (!c) return nothing;
    const delta = (before: number, after: number) => {
      const d = after - before;
      return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatCount(Math.abs(d), lang)}`;
    };
    const pp = (c.madeLocallyShare.after - c.madeLocallyShare.before) * 100;
    const ppText = `${pp > 0 ? '+' : pp < 0 ? '−' : '±'}${Math.abs(Math.round(pp * 10) / 10).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')} ${lang === 'id' ? 'poin' : 'points'}`;
    const list = (items: readonly { name: string }[]) =>
      items.length === 0
        ? nothing
        : html`<ul class="names">
            ${items.slice(0, 10).map((i) => html`<li>${i.name}</li>`)}${items.length > 10 ? html`<li>…</li>` : nothing}
          </ul>`;
    return html`<section class="change" aria-labelledby="change-title">
      <h3 id="change-title">
        ${c.since ? ts(lang, 'change', { date: c.since }) : ts(lang, 'changeNoDate')}
      </h3>
      <dl class="figures compact">
        <div class="figure">
          <dt>${ts(lang, 'sellers')}</dt>
          <dd>
            <span class="figure-value">${delta(c.sellers.before, c.sellers.after)}</span
            ><span class="figure-note"
              >${formatCount(c.sellers.before, lang)} → ${formatCount(c.sellers.after, lang)}</span
            >
          </dd>
        </div>
        <div class="figure">
          <dt>${ts(lang, 'products')}</dt>
          <dd>
            <span class="figure-value">${delta(c.products.before, c.products.after)}</span
            ><span class="figure-note"
              >${formatCount(c.products.before, lang)} →
              ${formatCount(c.products.after, lang)}</span
            >
          </dd>
        </div>
        <div class="figure">
          <dt>${ts(lang, 'localShare')}</dt>
          <dd>
            <span class="figure-value">${ppText}</span
            ><span class="figure-note"
              >${formatShare(c.madeLocallyShare.before, lang)} →
              ${formatShare(c.madeLocallyShare.after, lang)}</span
            >
          </dd>
        </div>
      </dl>
      <div class="change-lists">
        <div>
          <h4>${ts(lang, 'newSellers')} (${formatCount(c.newSellers.length, lang)})</h4>
          ${list(c.newSellers)}
        </div>
        <div>
          <h4>${ts(lang, 'newProducts')} (${formatCount(c.newProducts.length, lang)})</h4>
          ${list(c.newProducts)}
        </div>
        <div>
          <h4>${ts(lang, 'goneSellers')} (${formatCount(c.goneSellers.length, lang)})</h4>
          ${list(c.goneSellers)}
        </div>
        <div>
          <h4>${ts(lang, 'goneProducts')} (${formatCount(c.goneProducts.length, lang)})</h4>
          ${list(c.goneProducts)}
        </div>
      </div>
    </section>`;
  }

  private auditView(a: AuditState, lang: Lang): TemplateResult {
    const running = a.status === 'running';
    const rows = [...a.byRegion]
      .filter(([, r]) => r.checked > 0)
      .sort((x, y) => y[1].needWork - x[1].needWork || y[1].checked - x[1].checked)
      .map(([code, r]) => {
        const problem = commonProblem(r);
        return {
          name: code ? (findRegion(code)?.name ?? code) : '—',
          checked: r.checked,
          needWork: r.needWork,
          problem: problem ? CHECK_NAMES[problem][lang] : ts(lang, 'none'),
        };
      });
    const noPhoto = this.withoutPhoto;
    return html`<section class="audit" aria-labelledby="audit-title">
      <h3 id="audit-title">${ts(lang, 'audit')}</h3>
      <p>${ts(lang, 'auditIntro', { count: formatCount(a.total, lang) })}</p>
      <div class="audit-controls no-print">
        ${
          running
            ? html`<button
                type="button"
                class="button secondary"
                @click=${() => this.cancelAudit()}
              >
                ${ts(lang, 'auditCancel')}
              </button>`
            : html`<button
                type="button"
                class="button"
                ?disabled=${a.total === 0}
                @click=${() => this.startAudit()}
              >
                ${ts(lang, 'auditStart')}
              </button>`
        }
        <progress
          max=${Math.max(1, a.total)}
          .value=${a.done}
          aria-label=${ts(lang, 'audit')}
        ></progress>
      </div>
      <p role="status" aria-live="polite">
        ${
          a.status === 'idle'
            ? nothing
            : a.status === 'cancelled'
              ? ts(lang, 'auditCancelled', { done: formatCount(a.done, lang) })
              : a.status === 'running'
                ? ts(lang, 'auditProgress', {
                    done: formatCount(a.done, lang),
                    total: formatCount(a.total, lang),
                  })
                : ts(lang, 'auditDone', {
                    bad: formatCount(a.needWork, lang),
                    done: formatCount(a.done - a.unreadable, lang),
                    share: formatShare(
                      a.done - a.unreadable > 0 ? a.needWork / (a.done - a.unreadable) : 0,
                      lang,
                    ),
                  })
        }
      </p>
      ${a.unreadable > 0 ? html`<p class="note">${ts(lang, 'auditUnreadable', { count: formatCount(a.unreadable, lang) })}</p>` : nothing}
      ${noPhoto > 0 ? html`<p class="note">${ts(lang, 'auditNoPhoto', { count: formatCount(noPhoto, lang) })}</p>` : nothing}
      ${
        rows.length > 0
          ? html`<table class="data-table">
              <caption>
                ${ts(lang, 'auditWhere')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${ts(lang, 'colName')}</th>
                  <th scope="col">${ts(lang, 'auditChecked')}</th>
                  <th scope="col">${ts(lang, 'auditNeedWork')}</th>
                  <th scope="col">${ts(lang, 'auditCommon')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.name}</th>
                      <td>${formatCount(r.checked, lang)}</td>
                      <td>${formatCount(r.needWork, lang)}</td>
                      <td>${r.problem}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </section>`;
  }
}

/** One headline figure: its label, its value, and a note under it. */
function figureCard(label: string, value: string, note?: string): TemplateResult {
  return html`<div class="figure" part="figure">
    <dt>${label}</dt>
    <dd>
      <span class="figure-value">${value}</span
      >${note ? html`<span class="figure-note">${note}</span>` : nothing}
    </dd>
  </div>`;
}
