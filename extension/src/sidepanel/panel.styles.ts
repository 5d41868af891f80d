import { css } from 'lit';

/**
 * The panel's look: the widget's palette and custom properties (`--etalase-*`), laid out for
 * a narrow side panel (320–480 px).
 */
export const panelStyles = css`
  :host {
    display: block;
    --etalase-accent: #8a3b12;
    --etalase-accent-text: #fff;
    --etalase-surface: #fffdf8;
    --etalase-text: #2b2118;
    --etalase-muted: #6b5d52;
    --etalase-border: #e6dccf;
    --etalase-radius: 8px;
    --etalase-focus: #f0b37e;
    --good: #1f7a3a;
    --warn: #8a5a00;
    --bad: #b3261e;
    font:
      14px/1.45 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    color: var(--etalase-text);
    background: var(--etalase-surface);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    padding: 12px;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h1 {
    font-size: 18px;
    margin: 0;
  }
  h2 {
    font-size: 16px;
    margin: 12px 0 8px;
  }
  h3 {
    font-size: 14px;
    margin: 12px 0 6px;
  }
  p {
    margin: 6px 0;
  }
  .muted {
    color: var(--etalase-muted);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border-radius: var(--etalase-radius);
    border: 1px solid var(--etalase-border);
    background: #fff;
    padding: 6px 10px;
    min-height: 36px;
  }
  button.primary {
    background: var(--etalase-accent);
    color: var(--etalase-accent-text);
    border-color: var(--etalase-accent);
  }
  button.link {
    border: none;
    background: none;
    color: var(--etalase-accent);
    text-decoration: underline;
    padding: 4px;
    min-height: 0;
  }
  :focus-visible {
    outline: 3px solid var(--etalase-focus);
    outline-offset: 1px;
  }
  input[type='search'],
  input[type='text'],
  input[type='number'],
  input[type='tel'],
  select,
  textarea {
    width: 100%;
    padding: 8px 10px;
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    background: #fff;
  }
  textarea {
    min-height: 96px;
    resize: vertical;
  }
  nav {
    display: flex;
    gap: 6px;
    flex-wrap: wrap;
    margin: 10px 0;
  }
  nav button[aria-pressed='true'] {
    border-color: var(--etalase-accent);
    color: var(--etalase-accent);
    font-weight: 600;
  }
  .notice {
    background: #eef7ee;
    border-radius: var(--etalase-radius);
    padding: 8px 10px;
    margin: 8px 0;
  }
  .error {
    background: #fdecea;
    color: var(--bad);
    border-radius: var(--etalase-radius);
    padding: 8px 10px;
    margin: 8px 0;
  }
  ul.listings {
    list-style: none;
    padding: 0;
    margin: 8px 0;
  }
  ul.listings li {
    display: grid;
    grid-template-columns: auto 48px 1fr;
    gap: 8px;
    align-items: center;
    padding: 8px 0;
    border-bottom: 1px solid var(--etalase-border);
  }
  .thumb {
    width: 48px;
    height: 48px;
    border-radius: 6px;
    object-fit: cover;
    background: #f1ebe2;
    display: block;
  }
  .row-main {
    min-width: 0;
  }
  .row-title {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    text-align: left;
    width: 100%;
    color: inherit;
  }
  .row-meta {
    color: var(--etalase-muted);
    font-size: 13px;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 2px;
  }
  .badge {
    font-size: 12px;
    border-radius: 999px;
    padding: 0 8px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.synced {
    color: var(--good);
  }
  .badge.drift {
    color: var(--warn);
    background: #fff4e5;
  }
  .badge.unknown {
    color: var(--etalase-muted);
  }
  .bar {
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    margin: 8px 0;
  }
  .bar > input[type='search'] {
    flex: 1 1 160px;
  }
  label.field {
    display: block;
    margin: 10px 0;
  }
  label.field > span {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .invalid {
    border-color: var(--bad) !important;
  }
  .field-error {
    color: var(--bad);
    font-size: 13px;
    margin-top: 2px;
  }
  .grid2 {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 8px 0;
  }
  .photo {
    position: relative;
  }
  .photo img {
    width: 72px;
    height: 72px;
    object-fit: cover;
    border-radius: 6px;
    display: block;
  }
  .photo .main {
    position: absolute;
    left: 4px;
    top: 4px;
    background: var(--etalase-accent);
    color: #fff;
    font-size: 11px;
    border-radius: 4px;
    padding: 0 4px;
  }
  .photo button {
    font-size: 12px;
    padding: 2px 6px;
    min-height: 0;
    margin-top: 2px;
  }
  .actions {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    margin: 12px 0;
    position: sticky;
    bottom: 0;
    background: var(--etalase-surface);
    padding: 8px 0;
  }
  fieldset {
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    margin: 10px 0;
    padding: 8px 10px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .bindings li {
    margin: 4px 0;
  }
`;
