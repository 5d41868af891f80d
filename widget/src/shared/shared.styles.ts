import { css } from 'lit';

/**
 * What every element's `.base` wrapper resets: each inherited property a hostile host page
 * could set (text-transform, letter-spacing…), except the font family, inherited on purpose
 * so the elements look at home. Plus the helpers both elements use.
 */
export const baseReset = css`
  .base {
    box-sizing: border-box;
    font-family: var(--etalase-font);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    visibility: visible;
    color: var(--etalase-text);
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--etalase-focus);
    outline-offset: 2px;
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
`;
