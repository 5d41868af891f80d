import { css } from 'lit';
import { baseReset } from '../shared/shared.styles.js';

/** The dark palette, shared by `theme="dark"` and `theme="auto"` on a dark device. */
const darkTheme = css`
  /* Text outside the cards must stay readable on a light host page too. */
  --etalase-bg: #121614;
  --etalase-padding: 12px;
  --etalase-accent: #5fd3a6;
  --etalase-accent-text: #08251b;
  --etalase-accent-soft: #16382c;
  --etalase-accent-soft-text: #a8ecd1;
  --etalase-surface: #1c211f;
  --etalase-surface-2: #262c29;
  --etalase-text: #eef2ef;
  --etalase-muted: #b3bdb7;
  --etalase-border: #3a433f;
  --etalase-danger: #ff8a80;
  --etalase-focus: #8ab4f8;
  --etalase-whatsapp: #25a866;
  --etalase-whatsapp-text: #04170d;
`;

/**
 * The storefront's styles. Appearance is set through `--etalase-*` custom properties (with
 * defaults on :host) and `::part()`. The base wrapper resets every inherited property a
 * hostile host page could set (text-transform, letter-spacing…) except the font family,
 * which it inherits on purpose so the storefront looks at home.
 */
export const storefrontStyles = css`
  :host {
    display: block;
    --etalase-accent: #0b6e4f;
    --etalase-accent-text: #ffffff;
    --etalase-accent-soft: #d8f0e6;
    --etalase-accent-soft-text: #0b4f39;
    --etalase-bg: transparent;
    --etalase-surface: #ffffff;
    --etalase-surface-2: #f4f2ed;
    --etalase-text: #1d2320;
    --etalase-muted: #545e58;
    --etalase-border: #dcd8cf;
    --etalase-danger: #a4161a;
    --etalase-focus: #1a5fb4;
    --etalase-radius: 12px;
    --etalase-font: inherit;
    --etalase-whatsapp: #1f7a4d;
    --etalase-whatsapp-text: #ffffff;
  }
  :host([theme='dark']) {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }
  :host([hidden]) {
    display: none;
  }

  ${baseReset}
  .base {
    display: block;
    background: var(--etalase-bg);
    padding: var(--etalase-padding, 0);
    border-radius: var(--etalase-radius);
  }
  /* While the catalog loads, the space it will take is kept (the skeleton cards fill it), so
     the host page's text below does not jump when the products arrive. */
  .base.loading {
    min-height: var(--etalase-loading-height, 100vh);
  }
  :host([theme='dark']) .base {
    color-scheme: dark;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  /* Toolbar: search, filters, sort */
  .toolbar {
    display: grid;
    gap: 8px;
    grid-template-columns: 1fr auto;
    align-items: end;
    margin-bottom: 8px;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  label,
  .label {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--etalase-muted);
  }
  input[type='search'],
  input[type='number'],
  select {
    min-height: 44px;
    border: 1px solid var(--etalase-border);
    border-radius: 8px;
    background: var(--etalase-surface);
    padding: 8px 10px;
    width: 100%;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 44px;
    padding: 8px 14px;
    border-radius: 8px;
    border: 1px solid var(--etalase-border);
    background: var(--etalase-surface);
    color: var(--etalase-text);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--etalase-accent);
    border-color: var(--etalase-accent);
    color: var(--etalase-accent-text);
  }
  .filters-toggle[aria-expanded='true'] {
    background: var(--etalase-surface-2);
  }
  .filters {
    display: grid;
    gap: 8px 12px;
    grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr));
    padding: 12px;
    margin-bottom: 8px;
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    background: var(--etalase-surface);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field.wide .button {
    align-self: flex-start;
  }
  .check.field {
    display: flex;
    flex-direction: row;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    font-size: 0.9375rem;
    color: var(--etalase-text);
    font-weight: 400;
  }
  .check input {
    width: 20px;
    height: 20px;
    accent-color: var(--etalase-accent);
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
    justify-content: space-between;
    margin: 4px 0 12px;
    color: var(--etalase-muted);
    font-size: 0.875rem;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .note {
    margin: 0;
    font-size: 0.8125rem;
  }
  .note.transient {
    flex: 1 1 0;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    text-align: end;
  }

  /*
   * Grid: as many columns of at least 200 px as fit (one on a phone, five on a 1200 px
   * desktop). Container queries would say this more directly but double the layout work
   * of every render (measured: about 19 of 32 ms for 48 cards); auto-fill costs nothing.
   */
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 14px;
    grid-template-columns: repeat(auto-fill, minmax(min(200px, 100%), 1fr));
  }
  .grid > li {
    min-width: 0;
  }
  /* A card is blocks (its text lines 2 px apart, the name first with no margin), not a grid
     holding a flex column, which lay out each line more than once: a keystroke lays out the
     cards whose product changed (layout -29% a key). It is a stacking context (isolation), so
     a frame that changes some cards paints the others from cache (paint -40% a key). */
  .card {
    display: block;
    isolation: isolate;
    height: 100%;
    color: inherit;
    text-decoration: none;
    background: var(--etalase-surface);
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    overflow: hidden;
    content-visibility: auto;
    contain-intrinsic-size: auto 340px;
  }
  /* The first cards are on screen at once: laid out at their real size from the first frame,
     not at the placeholder size first (which moved the cards below them). */
  .grid > li:nth-child(-n + 12) > .card {
    content-visibility: visible;
  }
  /* On a phone, cards become rows: a thumbnail beside the text, more products per screen. */
  @media (max-width: 479px) {
    .grid {
      gap: 10px;
    }
    .card {
      display: grid;
      grid-template-columns: 112px 1fr;
      contain-intrinsic-size: auto 114px;
    }
  }
  .card:hover {
    border-color: var(--etalase-accent);
  }
  .thumb {
    position: relative;
    aspect-ratio: 1;
    background: var(--etalase-surface-2);
  }
  .thumb img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .info {
    padding: 8px 10px 10px;
    min-width: 0;
  }
  .info > * {
    display: block;
    margin-top: 2px;
  }
  .name {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .price {
    font-weight: 700;
    color: var(--etalase-text);
  }
  .unit {
    font-weight: 400;
    color: var(--etalase-muted);
    font-size: 0.8125rem;
  }
  .meta {
    color: var(--etalase-muted);
    font-size: 0.8125rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .info > .badges {
    margin-top: 4px;
  }
  .badge {
    font-size: 0.75rem;
    font-weight: 600;
    border-radius: 999px;
    padding: 1px 8px;
    background: var(--etalase-accent-soft);
    color: var(--etalase-accent-soft-text);
  }
  .badge.muted {
    background: var(--etalase-surface-2);
    color: var(--etalase-muted);
  }
  /* States */
  .skeleton .thumb,
  .skeleton .line {
    background: var(--etalase-surface-2);
  }
  .skeleton .line {
    height: 0.9em;
    border-radius: 4px;
    margin: 4px 0;
  }
  .skeleton .line.short {
    width: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .thumb,
    .skeleton .line {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .panel {
    padding: 20px;
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    background: var(--etalase-surface);
    text-align: center;
  }
  .panel h3 {
    margin: 0 0 6px;
    font-size: 1.0625rem;
  }
  .panel p {
    margin: 0 0 12px;
    color: var(--etalase-muted);
  }
  .panel.error h3 {
    color: var(--etalase-danger);
  }
  .more {
    display: flex;
    justify-content: center;
    padding: 16px 0 4px;
  }
`;
