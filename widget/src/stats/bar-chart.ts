import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { inlineStyle } from '../shared/inline-style.js';
import type { Lang } from '@etalase/catalog';
import { formatCount, ts } from './stats-strings.js';

/** One bar: what it counts, and the numbers its table row shows. */
export interface BarRow {
  readonly key: string;
  readonly label: string;
  /** The number the bar's length shows. */
  readonly value: number;
  /** Further columns of the table row (e.g. sellers beside products). */
  readonly extra?: readonly number[];
}

/** A chart's caption and its table's column headings. */
export interface BarChartSpec {
  readonly id: string;
  readonly title: string;
  readonly valueHeading: string;
  readonly extraHeadings?: readonly string[];
  readonly rows: readonly BarRow[];
}

/**
 * A horizontal bar chart with its data table. The bars are for the eye (hidden from screen
 * readers); the table carries the numbers for everyone: visually hidden until the reader asks
 * for it, always read by screen readers, always printed. Widths go through the CSSOM
 * (`inlineStyle`), so a strict `style-src` allows them.
 */
export function barChart(
  spec: BarChartSpec,
  lang: Lang,
  tableShown: boolean,
  toggleTable: (id: string) => void,
): TemplateResult {
  const max = Math.max(1, ...spec.rows.map((r) => r.value));
  const headingId = `${spec.id}-title`;
  return html`<section class="chart" part="chart" aria-labelledby=${headingId}>
    <div class="chart-head">
      <h3 id=${headingId}>${spec.title}</h3>
      <button
        type="button"
        class="link-button no-print"
        aria-expanded=${tableShown ? 'true' : 'false'}
        aria-controls=${`${spec.id}-table`}
        @click=${() => toggleTable(spec.id)}
      >
        ${ts(lang, tableShown ? 'hideTable' : 'showTable')}
      </button>
    </div>
    <ol class="bars" aria-hidden="true">
      ${spec.rows.map(
        (row) =>
          html`<li class="bar-row">
            <span class="bar-label">${row.label}</span>
            <span class="bar-track"
              ><span
                class=${row.value === 0 ? 'bar bar-empty' : 'bar'}
                ${inlineStyle({ width: `${(row.value / max) * 100}%` })}
              ></span
            ></span>
            <span class="bar-value">${formatCount(row.value, lang)}</span>
          </li>`,
      )}
    </ol>
    <div class=${tableShown ? 'table-wrap' : 'table-wrap visually-hidden print-show'}>
      <table id=${`${spec.id}-table`} class="data-table">
        <caption class="visually-hidden">
          ${spec.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ts(lang, 'colName')}</th>
            <th scope="col">${spec.valueHeading}</th>
            ${spec.extraHeadings?.map((h) => html`<th scope="col">${h}</th>`) ?? nothing}
          </tr>
        </thead>
        <tbody>
          ${spec.rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                <td>${formatCount(row.value, lang)}</td>
                ${row.extra?.map((n) => html`<td>${formatCount(n, lang)}</td>`) ?? nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
