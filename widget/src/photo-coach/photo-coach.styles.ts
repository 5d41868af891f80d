import { css } from 'lit';
import { baseReset } from '../shared/shared.styles.js';

/**
 * The photo coach's styles, loaded with it. Same custom properties as the storefront, so a
 * page themes both at once.
 */
export const photoCoachStyles = css`
  :host {
    display: block;
    --etalase-accent: #0b6e4f;
    --etalase-accent-text: #ffffff;
    --etalase-surface: #ffffff;
    --etalase-surface-2: #f4f2ed;
    --etalase-text: #1d2320;
    --etalase-muted: #545e58;
    --etalase-border: #dcd8cf;
    --etalase-good: #1e7b3c;
    --etalase-warn: #8a5a00;
    --etalase-danger: #a4161a;
    --etalase-maybe: #3e5675;
    --etalase-focus: #1a5fb4;
    --etalase-radius: 12px;
    --etalase-font: inherit;
  }
  ${baseReset}
  .base {
    background: var(--etalase-surface);
    border: 1px solid var(--etalase-border);
    border-radius: var(--etalase-radius);
    padding: 16px;
    display: grid;
    gap: 16px;
    max-width: 100%;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.3rem;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.1rem;
  }
  h4 {
    font-size: 1rem;
    margin-top: 8px;
  }
  .muted {
    color: var(--etalase-muted);
  }
  .small {
    font-size: 0.875rem;
  }
  .head {
    display: grid;
    gap: 8px;
  }
  .preset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    font-weight: 600;
  }
  button,
  select,
  .button {
    font: inherit;
    min-height: 44px;
    padding: 8px 16px;
    border-radius: 999px;
    border: 1px solid var(--etalase-border);
    background: var(--etalase-surface);
    color: var(--etalase-text);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
  }
  select {
    border-radius: 8px;
    padding-inline: 12px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .primary {
    background: var(--etalase-accent);
    border-color: var(--etalase-accent);
    color: var(--etalase-accent-text);
    font-weight: 600;
  }
  .quiet {
    border-color: transparent;
    text-decoration: underline;
  }
  .drop {
    border: 2px dashed var(--etalase-border);
    border-radius: var(--etalase-radius);
    padding: 16px;
    display: grid;
    gap: 8px;
    justify-items: start;
    background: var(--etalase-surface-2);
  }
  .drop.dragging {
    border-color: var(--etalase-accent);
  }
  .buttons,
  .actions,
  .bulk,
  .camera-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .note {
    padding: 8px 12px;
    border-radius: 8px;
    border-inline-start: 4px solid var(--etalase-muted);
    background: var(--etalase-surface-2);
  }
  .note.good {
    border-color: var(--etalase-good);
  }
  .note.warn {
    border-color: var(--etalase-warn);
  }
  .note.bad {
    border-color: var(--etalase-danger);
  }
  .strip {
    list-style: none;
    margin: 0;
    padding: 0 0 4px;
    display: flex;
    gap: 8px;
    overflow-x: auto;
  }
  .thumb {
    position: relative;
    display: grid;
    gap: 4px;
    padding: 4px;
    border-radius: 10px;
    width: 96px;
    min-height: 0;
    justify-items: center;
    font-size: 0.8rem;
  }
  .thumb[aria-current='true'] {
    border: 2px solid var(--etalase-accent);
  }
  .thumb img {
    width: 84px;
    height: 84px;
    object-fit: cover;
    border-radius: 6px;
    background: var(--etalase-surface-2);
  }
  .thumb-broken {
    display: grid;
    place-items: center;
    width: 84px;
    height: 84px;
    border-radius: 6px;
    background: var(--etalase-surface-2);
    color: var(--etalase-muted);
    font-size: 2rem;
  }
  .thumb-score {
    position: absolute;
    top: 6px;
    right: 6px;
    min-width: 28px;
    padding: 0 4px;
    border-radius: 999px;
    font-weight: 700;
    text-align: center;
    color: #fff;
    background: var(--etalase-muted);
  }
  .good.thumb-score {
    background: var(--etalase-good);
  }
  .fair.thumb-score {
    background: var(--etalase-warn);
  }
  .poor.thumb-score {
    background: var(--etalase-danger);
  }
  .report {
    display: grid;
    gap: 12px;
  }
  .name {
    font-weight: 400;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    gap: 16px;
  }
  @media (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  .visual {
    display: grid;
    gap: 8px;
  }
  .preview {
    width: 100%;
    max-height: 60vh;
    object-fit: contain;
    border-radius: 8px;
    background: var(--etalase-surface-2);
  }
  .findings {
    display: grid;
    gap: 10px;
    align-content: start;
  }
  .score {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .score svg {
    width: 84px;
    height: 84px;
    flex: none;
  }
  .score circle {
    fill: none;
    stroke-width: 10;
  }
  .score .track {
    stroke: var(--etalase-surface-2);
  }
  .score .value {
    stroke: var(--etalase-muted);
    transform: rotate(-90deg);
    transform-origin: 50% 50%;
    stroke-linecap: round;
  }
  .score text {
    font-size: 30px;
    font-weight: 700;
    fill: var(--etalase-text);
  }
  .score.good .value {
    stroke: var(--etalase-good);
  }
  .score.fair .value {
    stroke: var(--etalase-warn);
  }
  .score.poor .value {
    stroke: var(--etalase-danger);
  }
  .score-title {
    color: var(--etalase-muted);
  }
  .score-label {
    font-size: 1.2rem;
    font-weight: 700;
  }
  .icon {
    width: 24px;
    height: 24px;
    flex: none;
    border-radius: 50%;
    fill: none;
    stroke: #fff;
    stroke-width: 2.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon.good {
    background: var(--etalase-good);
  }
  .icon.warn {
    background: var(--etalase-warn);
  }
  .icon.bad {
    background: var(--etalase-danger);
  }
  /* Not sure, yet a possible problem: neither the green of good nor the red of bad. */
  .icon.maybe {
    background: var(--etalase-maybe);
  }
  /* A name and its "check yourself" label: side by side, or stacked flush when narrow. */
  .check-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
  }
  .maybe-label {
    padding: 0 8px;
    border: 1px solid var(--etalase-maybe);
    border-radius: 999px;
    color: var(--etalase-maybe);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .tips,
  .checks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
  }
  .tip,
  .check {
    display: flex;
    gap: 10px;
    align-items: flex-start;
  }
  .tip p {
    margin-top: 2px;
  }
  .why {
    font-weight: 600;
  }
  .check {
    display: grid;
    grid-template-columns: 24px 1fr auto;
    column-gap: 10px;
  }
  .check-value {
    font-variant-numeric: tabular-nums;
    color: var(--etalase-muted);
  }
  .check-tip {
    grid-column: 2 / 4;
    font-size: 0.875rem;
    color: var(--etalase-muted);
  }
  details summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 32px;
  }
  details .checks {
    margin-top: 8px;
  }
  .compare {
    position: relative;
    width: 100%;
    max-height: 70vh;
    margin-inline: auto;
    overflow: hidden;
    border-radius: 8px;
    background: var(--etalase-surface-2);
  }
  .compare img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .compare .after {
    background: var(--etalase-surface-2);
  }
  /* Before, framed like the fix: what lies outside the original shows as a checkerboard. */
  .compare.framed {
    background:
      repeating-conic-gradient(rgb(128 128 128 / 0.3) 0 25%, transparent 0 50%) 0 0 / 16px 16px,
      var(--etalase-surface-2);
  }
  .compare.framed .before {
    inset: auto;
    max-width: none;
    max-height: none;
    object-fit: fill;
  }
  .compare .divider {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 3px;
    margin-left: -1px;
    background: #fff;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.4);
    pointer-events: none;
  }
  .compare .tag {
    position: absolute;
    top: 8px;
    padding: 2px 8px;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    font-size: 0.8rem;
    pointer-events: none;
  }
  .before-tag {
    left: 8px;
  }
  .after-tag {
    right: 8px;
  }
  .compare input {
    position: absolute;
    inset: auto 0 8px 0;
    width: calc(100% - 16px);
    margin: 0 8px;
    accent-color: var(--etalase-accent);
    min-height: 32px;
  }
  .camera {
    display: grid;
    gap: 8px;
  }
  .viewfinder {
    position: relative;
    background: #000;
    border-radius: 8px;
    overflow: hidden;
    aspect-ratio: 4 / 3;
    max-height: 70vh;
  }
  .viewfinder video {
    width: 100%;
    height: 100%;
    object-fit: contain;
    display: block;
  }
  .subject-box {
    position: absolute;
    border: 2px dashed rgb(255 255 255 / 0.8);
    border-radius: 6px;
    pointer-events: none;
  }
  .level {
    position: absolute;
    left: 10%;
    right: 10%;
    top: 50%;
    height: 0;
    border-top: 3px solid #ffd54a;
    pointer-events: none;
  }
  .cue {
    position: absolute;
    left: 8px;
    right: 8px;
    bottom: 8px;
    padding: 8px 12px;
    border-radius: 8px;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: 1.1rem;
    font-weight: 700;
    text-align: center;
  }
  .cue.ready {
    background: rgb(20 110 60 / 0.9);
  }
  .cue-icon {
    font-size: 1.2em;
  }
  .fps {
    position: absolute;
    top: 8px;
    right: 8px;
    padding: 0 6px;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    font-size: 0.75rem;
  }
  .shutter {
    min-width: 140px;
  }
`;
