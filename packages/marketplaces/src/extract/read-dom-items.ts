import { localName } from './schema-item.js';
import type { SchemaItem, SchemaValue } from './schema-item.js';

/** How one DOM syntax marks items and properties. */
interface DomSyntax {
  readonly itemSelector: string;
  readonly propAttr: 'itemprop' | 'property';
  readonly isItem: (element: Element) => boolean;
  readonly types: (element: Element) => string[];
  readonly value: (element: Element) => string;
  /** Property names this syntax ignores (RDFa shares `property` with OpenGraph). */
  readonly skipProp?: (name: string) => boolean;
}

const URL_ELEMENTS: Readonly<Record<string, string>> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  TRACK: 'src',
  OBJECT: 'data',
};

function splitTypes(attr: string | null): string[] {
  return (attr ?? '').split(/\s+/).filter(Boolean).map(localName);
}

/** The microdata value of an element (HTML's rules, plus `content` on any element, which shops use). */
function microdataValue(element: Element): string {
  const urlAttr = URL_ELEMENTS[element.tagName];
  if (element.tagName === 'META') return element.getAttribute('content') ?? '';
  if (element.hasAttribute('content')) return element.getAttribute('content') ?? '';
  if (urlAttr) return element.getAttribute(urlAttr) ?? '';
  if (element.tagName === 'DATA' || element.tagName === 'METER')
    return element.getAttribute('value') ?? '';
  if (element.tagName === 'TIME')
    return element.getAttribute('datetime') ?? element.textContent ?? '';
  return element.textContent ?? '';
}

/** The RDFa value: `content` first, then a link target, then the text. */
function rdfaValue(element: Element): string {
  if (element.hasAttribute('content')) return element.getAttribute('content') ?? '';
  if (element.hasAttribute('resource')) return element.getAttribute('resource') ?? '';
  const urlAttr = URL_ELEMENTS[element.tagName];
  if (urlAttr && element.hasAttribute(urlAttr)) return element.getAttribute(urlAttr) ?? '';
  return element.textContent ?? '';
}

const MICRODATA: DomSyntax = {
  itemSelector: '[itemscope]',
  propAttr: 'itemprop',
  isItem: (e) => e.hasAttribute('itemscope'),
  types: (e) => splitTypes(e.getAttribute('itemtype')),
  value: microdataValue,
};

const RDFA: DomSyntax = {
  itemSelector: '[typeof]',
  propAttr: 'property',
  isItem: (e) => e.hasAttribute('typeof'),
  types: (e) => splitTypes(e.getAttribute('typeof')),
  value: rdfaValue,
  skipProp: (name) => /^(og|fb|twitter|article|product|al):/i.test(name),
};

function readItem(
  element: Element,
  syntax: DomSyntax,
  via: string | undefined,
  depth: number,
): SchemaItem {
  const props = new Map<string, SchemaValue[]>();
  const add = (names: string, value: SchemaValue) => {
    for (const raw of names.split(/\s+/)) {
      if (!raw || syntax.skipProp?.(raw)) continue;
      const name = localName(raw).toLowerCase();
      const list = props.get(name) ?? [];
      list.push(value);
      props.set(name, list);
    }
  };
  const crawl = (parent: Element) => {
    for (const child of parent.children) {
      const names = child.getAttribute(syntax.propAttr);
      if (syntax.isItem(child)) {
        if (names && depth < 12) add(names, nestedValue(child, syntax, names, depth));
        // A nested item's descendants are its own properties, not this item's.
        continue;
      }
      if (names) add(names, syntax.value(child));
      crawl(child);
    }
  };
  crawl(element);
  if (syntax === MICRODATA) {
    // itemref: properties written elsewhere on the page.
    const doc = element.ownerDocument;
    for (const ref of (element.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean)) {
      const target = doc.getElementById(ref);
      if (!target) continue;
      const names = target.getAttribute('itemprop');
      if (names)
        add(
          names,
          syntax.isItem(target) ? nestedValue(target, syntax, names, depth) : syntax.value(target),
        );
      if (!syntax.isItem(target)) crawl(target);
    }
  }
  const id = element.getAttribute(syntax === MICRODATA ? 'itemid' : 'resource') ?? undefined;
  return {
    types: syntax.types(element),
    ...(id ? { id } : {}),
    props,
    element,
    ...(via ? { via } : {}),
  };
}

/**
 * A nested item, or its `content` when it has nothing inside: shops write
 * `<div itemprop="brand" itemscope content="CALVIN KLEIN">` and mean the text.
 */
function nestedValue(
  element: Element,
  syntax: DomSyntax,
  names: string,
  depth: number,
): SchemaValue {
  const item = readItem(
    element,
    syntax,
    localName(names.split(/\s+/)[0]!).toLowerCase(),
    depth + 1,
  );
  const content = element.getAttribute('content')?.trim();
  return item.props.size === 0 && content ? content : item;
}

function readTopItems(document: Document, syntax: DomSyntax): SchemaItem[] {
  const out: SchemaItem[] = [];
  for (const element of document.querySelectorAll(syntax.itemSelector)) {
    // An item with a property name belongs to its parent item, unless the page forgot to
    // mark one (an Offer with itemprop="offers" and no Product around it): then it stands alone.
    const names = element.getAttribute(syntax.propAttr);
    if (names && element.parentElement?.closest(syntax.itemSelector)) continue;
    out.push(
      readItem(
        element,
        syntax,
        names ? localName(names.split(/\s+/)[0]!).toLowerCase() : undefined,
        0,
      ),
    );
  }
  return out;
}

/** Top-level microdata items (`itemscope` without `itemprop`), their nested items inside. */
export function readMicrodata(document: Document): SchemaItem[] {
  return readTopItems(document, MICRODATA);
}

/** Top-level RDFa items (`typeof` without `property`), schema.org or any vocabulary. */
export function readRdfa(document: Document): SchemaItem[] {
  return readTopItems(document, RDFA);
}
