import { css } from 'lit';

/** The minimum order and the pre-order and halal badges, on the cards and in the dialog. */
const produceBadgeStyles = css`
  .min-order {
    font-weight: 400;
    color: var(--etalase-muted, #545e58);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .badge.preorder {
    background: var(--etalase-preorder, #fff0c7);
    color: var(--etalase-preorder-text, #5c4300);
  }
  .badge.halal {
    background: var(--etalase-halal, #dcefdc);
    color: var(--etalase-halal-text, #1f4d1f);
  }
`;

/** Card and filter styles of the produce features, added to the storefront's own. */
export const produceCardStyles = [
  produceBadgeStyles,
  css`
    .fresh {
      color: var(--etalase-accent-soft-text);
      font-weight: 600;
    }
    .card.unavailable img {
      opacity: 0.6;
    }
    .produce-filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr));
      gap: 4px 12px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .produce-filters legend {
      padding: 8px 0 0;
      font-weight: 600;
      font-size: 0.875rem;
    }
  `,
];

/** Dialog styles of the produce features: facts, price tiers, certificates, pickup/delivery. */
export const produceDialogStyles = [
  produceBadgeStyles,
  css`
    .facts {
      margin: 0;
      padding-left: 1.25em;
      font-size: 0.9375rem;
    }
    .unavailable-note {
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--etalase-surface-2, #f4f2ed);
      font-weight: 600;
    }
    .tiers {
      border-collapse: collapse;
      font-size: 0.9375rem;
      width: 100%;
      max-width: 360px;
    }
    .tiers caption {
      text-align: left;
      font-size: 0.8125rem;
      font-weight: 600;
      color: var(--etalase-muted, #545e58);
      padding-bottom: 4px;
    }
    .tiers th,
    .tiers td {
      text-align: left;
      padding: 4px 8px;
      border-bottom: 1px solid var(--etalase-border, #dcd8cf);
    }
    .tiers tr.applies td {
      font-weight: 700;
    }
    .certs h3 {
      margin: 0 0 4px;
    }
    .certs dl {
      margin: 0;
      display: grid;
      gap: 2px;
    }
    .certs dl div {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .certs dt {
      font-weight: 600;
      min-width: 4.5em;
    }
    .certs dd {
      margin: 0;
      overflow-wrap: anywhere;
      font-variant-numeric: tabular-nums;
    }
    .fulfilment {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .fulfilment .choice {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      min-height: 44px;
      padding-top: 10px;
    }
    .fulfilment input[type='radio'] {
      width: 20px;
      height: 20px;
      margin: 0;
      flex: none;
      accent-color: var(--etalase-accent, #0b6e4f);
    }
    .fulfilment .muted {
      display: block;
      font-size: 0.8125rem;
      color: var(--etalase-muted, #545e58);
    }
    .fulfilment .area {
      min-height: 44px;
      max-width: 100%;
      border: 1px solid var(--etalase-border, #dcd8cf);
      border-radius: 8px;
      background: var(--etalase-surface, #fff);
      color: inherit;
      font: inherit;
      padding: 0 8px;
    }
  `,
];
