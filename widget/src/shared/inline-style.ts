import { nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/**
 * Sets an element's inline styles through the CSSOM (`style.setProperty`), always.
 * Lit's `styleMap` writes its first values as a `style` attribute, which a
 * Content-Security-Policy without `style-src 'unsafe-inline'` blocks; CSSOM writes are
 * allowed. Property names are CSS names (`aspect-ratio`, `clip-path`).
 */
class InlineStyle extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('inlineStyle() goes on an element');
  }

  // The argument types the binding; the work is done in update().
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_styles: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(styles));
    return nothing;
  }
}

/** Element binding: `<div ${inlineStyle({ 'aspect-ratio': '4 / 3' })}>`. */
export const inlineStyle = directive(InlineStyle);
