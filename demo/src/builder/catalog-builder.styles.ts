import { css } from 'lit';

/** The builder's styles: the demo's palette, roomy targets (44 px) for phones, no inline styles. */
export const builderStyles = css`
  :host {
    /* Its own block formatting context: the first child's margin stays inside, so the
       element does not move when its loading line gives way to the form. */
    display: flow-root;
    --accent: #0b6e4f;
    --ink: #1d2320;
    --muted: #55605a;
    --line: #d6d2c8;
    --danger: #a4161a;
    --card: #ffffff;
    color: var(--ink);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  section {
    margin: 1.5rem 0;
  }
  .card {
    background: var(--card);
    border: 1px solid var(--line);
    border-radius: 12px;
    padding: 0.75rem 1rem 1rem;
    margin: 0 0 0.75rem;
    min-width: 0;
  }
  fieldset.card {
    margin: 0 0 0.75rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin: 0.25rem 0;
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    font: inherit;
    min-height: 44px;
    padding: 0.375rem 0.5rem;
    border: 1px solid #8a877f;
    border-radius: 8px;
    background: #fff;
    color: inherit;
    width: 100%;
    min-width: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--danger) !important;
    border-width: 2px !important;
  }
  :focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  .hint {
    color: var(--muted);
    font-size: 0.8125rem;
  }
  .problem {
    font-size: 0.875rem;
  }
  .problem.error {
    color: var(--danger);
  }
  .problem.warning {
    color: #7a4a00;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 44px;
    font-weight: 400;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    border: 1px solid var(--accent);
    background: var(--accent);
    color: #fff;
    cursor: pointer;
  }
  .button.secondary {
    background: #fff;
    color: var(--ink);
    border-color: #8a877f;
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .link {
    font: inherit;
    background: none;
    border: none;
    padding: 0.5rem 0.25rem;
    min-height: 44px;
    min-width: 44px;
    color: var(--accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .link.danger {
    color: var(--danger);
  }
  .file {
    position: relative;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
    width: 100%;
  }
  .file:focus-within {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .toggle {
    display: inline-flex;
    border: 1px solid #8a877f;
    border-radius: 8px;
    overflow: hidden;
  }
  .toggle button {
    font: inherit;
    min-height: 40px;
    padding: 0.25rem 0.875rem;
    border: none;
    background: #fff;
    color: var(--ink);
    cursor: pointer;
  }
  .toggle button[aria-pressed='true'] {
    background: var(--accent);
    color: #fff;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
    font-size: 0.9375rem;
    position: sticky;
    top: 0;
    z-index: 2;
    background: #fbfaf7;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--line);
  }
  .save-state {
    color: var(--muted);
  }
  .problems {
    color: var(--danger);
    font-weight: 600;
  }
  .ready {
    color: var(--accent);
    font-weight: 600;
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border-radius: 8px;
    margin: 0.5rem 0;
    border-inline-start: 4px solid var(--accent);
    background: #eef6f1;
  }
  .banner.error {
    border-color: var(--danger);
    background: #fdeeee;
  }
  .banner p {
    margin: 0;
    flex: 1 1 14rem;
  }
  .empty {
    color: var(--muted);
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .photos figure {
    margin: 0;
    position: relative;
  }
  .photos img {
    display: block;
    width: 72px;
    height: 72px;
    object-fit: cover;
    border-radius: 8px;
    border: 1px solid var(--line);
  }
  .photos figure .link {
    position: absolute;
    top: -0.5rem;
    right: -0.5rem;
    background: #fff;
    border-radius: 50%;
    min-height: 32px;
    min-width: 32px;
    padding: 0;
    text-decoration: none;
    border: 1px solid var(--line);
  }
  .table-scroll {
    /* The containing block of the cells' visually hidden labels: without it they sit at the
       far end of the page, and a phone's page scrolls sideways with the table. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--line);
    border-radius: 12px;
    background: var(--card);
    margin-bottom: 0.75rem;
  }
  table {
    border-collapse: collapse;
    min-width: 60rem;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.375rem;
    border-bottom: 1px solid var(--line);
    vertical-align: top;
  }
  td .field {
    margin: 0;
  }
  td input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.75rem;
  }
  .snippet {
    background: #1d2320;
    color: #f1f1ec;
    padding: 0.75rem;
    border-radius: 8px;
    overflow-x: auto;
    white-space: pre-wrap;
    word-break: break-all;
    font-size: 0.8125rem;
  }
  dialog.coach {
    width: min(56rem, 100vw - 1rem);
    max-height: calc(100vh - 1rem);
    border: none;
    border-radius: 12px;
    padding: 1rem;
  }
  dialog.coach::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  etalase-storefront {
    display: block;
    min-height: 20rem;
  }
`;
