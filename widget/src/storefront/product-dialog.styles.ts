import { css } from 'lit';

/** Styles of the product detail dialog; it reads the storefront's `--etalase-*` properties. */
export const productDialogStyles = css`
  :host {
    display: contents;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--etalase-focus, #1a5fb4);
    outline-offset: 2px;
  }
  dialog {
    width: min(960px, calc(100vw - 16px));
    max-height: calc(100dvh - 16px);
    padding: 0;
    border: 0;
    border-radius: var(--etalase-radius, 12px);
    background: var(--etalase-surface, #fff);
    color: var(--etalase-text, #1d2320);
    font-family: var(--etalase-font, inherit);
    line-height: 1.5;
    text-transform: none;
    letter-spacing: normal;
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(10 14 12 / 0.6);
  }
  .layout {
    display: grid;
    grid-template-columns: 1fr;
  }
  @media (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    height: 0;
  }
  .close {
    margin: 8px;
    width: 44px;
    height: 44px;
    border-radius: 999px;
    border: 1px solid var(--etalase-border, #dcd8cf);
    background: var(--etalase-surface, #fff);
    color: inherit;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .gallery {
    position: relative;
    align-self: start;
    background: var(--etalase-surface-2, #f4f2ed);
  }
  .slides {
    display: flex;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
  }
  .slides::-webkit-scrollbar {
    display: none;
  }
  .slide {
    flex: 0 0 100%;
    scroll-snap-align: center;
    aspect-ratio: 1;
    margin: 0;
  }
  .slide img {
    width: 100%;
    height: 100%;
    object-fit: contain;
    display: block;
  }
  .nav {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    width: 44px;
    height: 44px;
    border-radius: 999px;
    border: 1px solid var(--etalase-border, #dcd8cf);
    background: var(--etalase-surface, #fff);
    color: inherit;
    font-size: 1.25rem;
    cursor: pointer;
  }
  .nav.prev {
    left: 8px;
  }
  .nav.next {
    right: 8px;
  }
  .dots {
    display: flex;
    justify-content: center;
    gap: 6px;
    padding: 8px;
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 999px;
    background: var(--etalase-border, #dcd8cf);
  }
  .dot.active {
    background: var(--etalase-accent, #0b6e4f);
  }
  .content {
    padding: 16px 16px 20px;
    display: flex;
    flex-direction: column;
    gap: 12px;
    min-width: 0;
  }
  h2 {
    margin: 0;
    padding-right: 44px;
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .price {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .unit {
    font-size: 0.9375rem;
    font-weight: 400;
    color: var(--etalase-muted, #545e58);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .badge {
    font-size: 0.8125rem;
    font-weight: 600;
    border-radius: 999px;
    padding: 2px 10px;
    background: var(--etalase-accent-soft, #d8f0e6);
    color: var(--etalase-accent-soft-text, #0b4f39);
  }
  .badge.muted {
    background: var(--etalase-surface-2, #f4f2ed);
    color: var(--etalase-muted, #545e58);
  }
  .description {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .seller {
    border: 1px solid var(--etalase-border, #dcd8cf);
    border-radius: 10px;
    padding: 10px 12px;
  }
  .seller h3 {
    margin: 0;
    font-size: 1rem;
  }
  .seller p {
    margin: 2px 0 0;
    color: var(--etalase-muted, #545e58);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .label {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--etalase-muted, #545e58);
  }
  .order {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .qty {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .qty input {
    width: 72px;
    min-height: 44px;
    text-align: center;
    border: 1px solid var(--etalase-border, #dcd8cf);
    border-radius: 8px;
    background: var(--etalase-surface, #fff);
    color: inherit;
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 14px;
    border-radius: 8px;
    border: 1px solid var(--etalase-border, #dcd8cf);
    background: var(--etalase-surface, #fff);
    color: var(--etalase-text, #1d2320);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.whatsapp {
    background: var(--etalase-whatsapp, #1f7a4d);
    border-color: var(--etalase-whatsapp, #1f7a4d);
    color: var(--etalase-whatsapp-text, #fff);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .feedback {
    min-height: 1.5em;
    margin: 0;
    font-size: 0.875rem;
    color: var(--etalase-muted, #545e58);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
