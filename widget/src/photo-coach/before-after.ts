import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { inlineStyle } from '../shared/inline-style.js';
import type { Lang } from '@etalase/catalog';
import type { FixWindow } from '@etalase/photo-coach';
import { ct } from './photo-coach-strings.js';

/** The part of the original that the fixed photo shows, in the pixels of a photo `of` in size. */
export type BeforeWindow = FixWindow & {
  readonly of: { readonly width: number; readonly height: number };
};

/** What {@link renderBeforeAfter} shows. */
export interface BeforeAfter {
  readonly before: string;
  readonly after: string;
  /**
   * The window of `before` the fix cut out (crop, straightening, padding): `before` is then
   * shown through it, so both sides line up and the divider compares like with like. Without
   * it, `before` is shown whole.
   */
  readonly window?: BeforeWindow;
  /** Size of the fixed photo: the comparison takes its shape. */
  readonly width: number;
  readonly height: number;
  /** Where the divider sits, 0–100 (per cent from the left). */
  readonly at: number;
}

/**
 * The photo before and after the fix, one over the other, with a divider moved by a range
 * input (so it works by touch, mouse and keyboard, and screen readers read it as a slider).
 */
export function renderBeforeAfter(
  view: BeforeAfter,
  lang: Lang,
  onMove: (at: number) => void,
): TemplateResult {
  const { at, window } = view;
  return html`
    <div
      class="compare ${window ? 'framed' : ''}"
      ${inlineStyle({
        'aspect-ratio': `${view.width} / ${view.height}`,
        // Narrower rather than shorter: the box keeps the photo's shape, so the divider spans
        // the photo alone and both sides keep one scale.
        'max-width': `calc(70vh * ${view.width} / ${view.height})`,
      })}
    >
      <img
        class="before"
        src=${view.before}
        alt=${ct(lang, 'before')}
        ${inlineStyle(window ? framedStyle(window) : {})}
      />
      <img
        class="after"
        src=${view.after}
        alt=${ct(lang, 'after')}
        ${inlineStyle({ 'clip-path': `inset(0 0 0 ${at}%)` })}
      />
      <span class="divider" ${inlineStyle({ left: `${at}%` })} aria-hidden="true"></span>
      <span class="tag before-tag" aria-hidden="true">${ct(lang, 'before')}</span>
      <span class="tag after-tag" aria-hidden="true">${ct(lang, 'after')}</span>
      <input
        type="range"
        min="0"
        max="100"
        step="1"
        .value=${String(at)}
        aria-label=${ct(lang, 'compare')}
        aria-valuetext="${ct(lang, 'before')} ${at} %, ${ct(lang, 'after')} ${100 - at} %"
        @input=${(e: Event) => onMove(Number((e.target as HTMLInputElement).value))}
      />
    </div>
  `;
}

/**
 * Inline CSS that shows the whole original (an `<img>` in a box of the fixed photo's aspect)
 * through `window`, as the fix framed it: the window's centre at the box's centre, the photo
 * scaled so the window fills the box and turned clockwise by `degrees` about that centre (see
 * `rotateCrop`). Per cents of the box, so it holds at any size; the box clips the rest, and
 * what of the window lies outside the photo (the fix's padding) shows the box's background.
 */
function framedStyle(window: BeforeWindow): Record<string, string> {
  const { cx, cy, width, height, degrees, of } = window;
  const pc = (n: number) => `${+(n * 100).toFixed(4)}%`;
  return {
    left: pc(0.5 - cx / width),
    top: pc(0.5 - cy / height),
    width: pc(of.width / width),
    height: pc(of.height / height),
    'transform-origin': `${pc(cx / of.width)} ${pc(cy / of.height)}`,
    transform: `rotate(${+degrees.toFixed(4)}deg)`,
  };
}
