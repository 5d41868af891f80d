import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { inlineStyle } from '../shared/inline-style.js';
import type { Lang } from '@etalase/catalog';
import { ct } from './photo-coach-strings.js';

/** What {@link renderBeforeAfter} shows. */
export interface BeforeAfter {
  readonly before: string;
  readonly after: string;
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
  const { at } = view;
  return html`
    <div class="compare" ${inlineStyle({ 'aspect-ratio': `${view.width} / ${view.height}` })}>
      <img class="before" src=${view.before} alt=${ct(lang, 'before')} />
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
