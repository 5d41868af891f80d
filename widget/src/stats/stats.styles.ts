import { css } from 'lit';
import { baseReset } from '../shared/shared.styles.js';

/** The dark palette, for `theme="dark"` and `theme="auto"` on a dark device. */
const darkTheme = css`
  --etalase-bg: #121614;
  --etalase-padding: 12px;
  --etalase-accent: #5fd3a6;
  --etalase-accent-text: #08251b;
  --etalase-surface: #1c211f;
  --etalase-surface-2: #262c29;
  --etalase-text: #eef2ef;
  --etalase-muted: #b3bdb7;
  --etalase-border: #3a433f;
  --etalase-focus: #8ab4f8;
  --etalase-shade-1: #1f4a3b;
  --etalase-shade-2: #2f7a5e;
  --etalase-shade-3: #43a981;
  --etalase-shade-4: #7fe0b8;
  --etalase-shade-text: #eef2ef;
  --etalase-shade-strong-text: #08251b;
`;

/**
 * `<etalase-stats>` styles: `--etalase-*` custom properties as the storefront's, plus five map
 * shades (`--etalase-shade-0` … `-4`). Bars and tiles print in their colours; buttons do not
 * print; tables hidden on screen print in full.
 */
export const statsStyles = css`
  :host {
    display: block;
    --etalase-accent: #0b6e4f;
    --etalase-accent-text: #ffffff;
    --etalase-bg: transparent;
    --etalase-surface: #ffffff;
    --etalase-surface-2: #f4f2ed;
    --etalase-text: #1d2320;
    --etalase-muted: #545e58;
    --etalase-border: #dcd8cf;
    --etalase-focus: #1a5fb4;
    --etalase-radius: 12px;
    --etalase-font: inherit;
    --etalase-shade-0: #efece5;
    --etalase-shade-1: #cfe9dc;
    --etalase-shade-2: #8fcdb0;
    --etalase-shade-3: #3f9c77;
    --etalase-shade-4: #0b6e4f;
    --etalase-shade-text: #1d2320;
    --etalase-shade-strong-text: #ffffff;
  }
  :host([theme='dark']) {
    ${darkTheme}
    --etalase-shade-0: #262c29;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
      --etalase-shade-0: #262c29;
    }
  }
  ${baseReset}
  .base {
    display: block;
    background: var(--etalase-bg);
    padding: var(--etalase-padding, 0);
    border-radius: var(--etalase-radius);
    container-type: inline-size;
  }
  :host([theme='dark']) .base {
    color-scheme: dark;
  }
  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 1.0625rem;
    margin: 0;
  }
  h4 {
    font-size: 0.9375rem;
    margin: 0 0 0.25rem;
  }
  .meta,
  .note {
    color: var(--etalase-muted);
    font-size: 0.875rem;
    margin: 0.25rem 0;
  }
  .message {
    padding: 1rem;
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    background: var(--etalase-surface);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.75rem;
    margin: 1rem 0;
  }
  @container (min-width: 640px) {
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .change-lists {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .figures.compact {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .figure {
    background: var(--etalase-surface);
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    padding: 0.75rem;
    min-width: 0;
  }
  .figure dt {
    color: var(--etalase-muted);
    font-size: 0.875rem;
  }
  .figure dd {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .figure-value {
    font-size: 1.625rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .figure-note {
    color: var(--etalase-muted);
    font-size: 0.8125rem;
  }
  .charts {
    display: grid;
    gap: 1rem;
    margin: 1rem 0;
  }
  .chart,
  .map,
  .change,
  .audit {
    background: var(--etalase-surface);
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    padding: 0.75rem;
    min-width: 0;
  }
  .map,
  .change,
  .audit,
  .fresh {
    margin: 1rem 0;
  }
  .chart-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-bottom: 0.5rem;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6rem, 38%) 1fr auto;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875rem;
  }
  .bar-label {
    overflow-wrap: anywhere;
  }
  .bar-track {
    display: block;
    height: 0.875rem;
    background: var(--etalase-surface-2);
    border-radius: 4px;
    overflow: hidden;
  }
  .bar {
    display: block;
    height: 100%;
    background: var(--etalase-accent);
    border-radius: 4px;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .bar-empty {
    display: none;
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    min-width: 2.5ch;
    text-align: end;
  }
  .data-table {
    width: 100%;
    border-collapse: collapse;
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .data-table th,
  .data-table td {
    border-bottom: 1px solid var(--etalase-border);
    padding: 0.25rem;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .data-table td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A column heading wraps between words only ("Buatan / lokal", never "Penj / ual"). The
     columns of numbers take no more room than their headings need, so the names keep the
     rest ("Kabupaten Pangandaran", not "Kabupat / en"). */
  .data-table thead th {
    overflow-wrap: normal;
    font-size: 0.8125rem;
  }
  .data-table thead th:not(:first-child) {
    width: 1%;
  }
  .audit .data-table thead th:last-child {
    width: auto;
  }
  .audit .data-table td:last-child {
    text-align: start;
  }
  /* On a phone the map keeps a readable size and scrolls sideways; the tables carry the numbers. */
  .map-scroll {
    overflow-x: auto;
  }
  .tile-map {
    display: block;
    width: 100%;
    min-width: 34rem;
    max-height: 22rem;
    margin: 0.5rem 0;
  }
  .tile rect {
    fill: var(--etalase-shade-0);
    stroke: var(--etalase-border);
    stroke-width: 1;
  }
  .tile text {
    fill: var(--etalase-shade-text);
    font-family: inherit;
  }
  .tile-code {
    font-size: 9px;
  }
  .tile-value {
    font-size: 11px;
    font-weight: 700;
  }
  .shade-1 rect {
    fill: var(--etalase-shade-1);
  }
  .shade-2 rect {
    fill: var(--etalase-shade-2);
  }
  .shade-3 rect {
    fill: var(--etalase-shade-3);
  }
  .shade-4 rect {
    fill: var(--etalase-shade-4);
  }
  .shade-3 text,
  .shade-4 text {
    fill: var(--etalase-shade-strong-text);
  }
  .tile-selected rect {
    stroke: var(--etalase-text);
    stroke-width: 2;
  }
  .callout {
    border-inline-start: 4px solid var(--etalase-accent);
    background: var(--etalase-surface-2);
    padding: 0.625rem 0.75rem;
    border-radius: 4px;
    margin: 1rem 0;
  }
  .change-lists {
    display: grid;
    gap: 0.75rem;
  }
  .names {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
  }
  .audit-controls {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  progress {
    flex: 1 1 10rem;
    accent-color: var(--etalase-accent);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-top: 1rem;
  }
  .button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    border: 1px solid var(--etalase-accent);
    background: var(--etalase-accent);
    color: var(--etalase-accent-text);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--etalase-text);
    border-color: var(--etalase-border);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    font: inherit;
    font-size: 0.875rem;
    background: none;
    border: none;
    padding: 0.25rem;
    min-height: 32px;
    color: var(--etalase-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  :host([theme='dark']) .link-button {
    color: var(--etalase-accent);
  }
  .print-only {
    display: none;
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .print-show.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0.5rem 0 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .chart,
    .map,
    .change,
    .audit,
    .figure {
      break-inside: avoid;
    }
    .tile rect,
    .bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
