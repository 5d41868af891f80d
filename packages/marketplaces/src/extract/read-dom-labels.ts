import { TreeDistance, isElsewhere } from './page-anchors.js';
import type { PageText } from './page-text.js';

/**
 * Labels shops print before a SKU, in many languages. Not "Model" or "MPN": a maker's part
 * number is not the shop's own id for the product.
 */
const SKU_LABEL =
  /^(?:sku|art(?:ikel)?\.?[ -]?(?:nr|no|nummer|number|#)\.?|artikelnummer|artikel ?nr\.?|article (?:no|number|code)\.?|item (?:#|no\.?|number|code|id)|item#|product (?:code|id|no\.?|number|#)|produkt ?(?:nr|nummer|kód|kod)\.?|produkta kods|kode (?:produk|barang)|no\.? produk|nomor produk|código(?: de (?:producto|produto|artículo|articulo))?|cód\.?|ref(?:erence|erencia|\.)?|réf(?:érence)?\.?|referência|codice(?: articolo)?|cod\. art\.?|код(?: товара)?|артикул|kód(?: produktu)?|katalógové číslo|katalogové číslo|šifra|商品編號|商品编号|商品コード|品番|商品番号|상품번호|mã sản phẩm|stock code|catalog(?:ue)? (?:no|number)\.?|bestell(?:nummer|-?nr\.?)|best\.-?nr\.?|post id|ad id|ad no\.?|listing id|id iklan|anzeigen-?(?:nummer|nr\.?)|номер объявления|id (?:produk|barang))(?!\p{L})\s*[:#.]?\s*/iu;

/**
 * The labels that name the shop's own code without doubt (not "Ref." or "Código", which
 * shops also use for a maker's reference): only these outrank a SKU in the markup.
 */
const STRONG_SKU_LABEL =
  /^(?:sku|item (?:#|no\.?|number)|item#|art(?:ikel)?\.?[ -]?(?:nr|no|nummer|number)|artikelnummer|article (?:no|number)|product (?:code|no\.?|number)|kode (?:produk|barang)|código de (?:producto|produto|artículo|articulo)|код товара|артикул|bestellnummer|商品編號|商品编号|商品コード|商品番号|상품번호|mã sản phẩm)(?!\p{L})/iu;

/** Labels before a brand. */
const BRAND_LABEL =
  /^(?:brand|merek|merk|marke|hersteller|marca|marque|бренд|марка|производитель|značka|výrobce|zīmols|prekės ženklas|品牌|ブランド|브랜드|thương hiệu|make\s*\/\s*manufacturer|manufacturer|výrobca|gamintojas|ražotājs|proizvođač)(?=\s|:|：|$)\s*[:：]?\s*/iu;

/** Labels before a GTIN. */
const GTIN_LABEL =
  /^(?:gtin|ean(?:-13)?|upc|barcode|isbn(?:-13)?|jan)(?!\p{L})\s*(?:code)?\s*[:#.]?\s*/iu;

/** A shop's id for a product: letters, digits and a few marks, with at least one digit. */
const IDENTIFIER = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u;

/** A labelled value found in the page. */
export interface LabelledValue {
  readonly value: string;
  readonly element: Element;
  /** Steps in the element tree to the nearest anchor (heading, buy button); Infinity without. */
  readonly steps: number;
  /** The label itself, as the page prints it. */
  readonly label: string;
}

/** Texts longer than this are paragraphs, not "label: value" pairs. */
const MAX_PAIR_CHARS = 80;

function valueAfterLabel(
  page: PageText,
  element: Element,
  text: string,
  label: RegExp,
  accept: (value: string) => string | undefined,
): string | undefined {
  const match = label.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length).trim();
  // "SKU: 12345 | In stock": the value follows the label in the same element.
  if (rest !== '') return accept(rest);
  // "<dt>SKU</dt><dd>12345</dd>", "<th>Art.-Nr.</th><td>…</td>", "<span>SKU:</span><b>…</b>".
  const next = element.nextElementSibling ?? element.parentElement?.nextElementSibling;
  if (!next || page.length(next) > MAX_PAIR_CHARS * 2) return undefined;
  const nextText = page.text(next);
  return nextText.length <= MAX_PAIR_CHARS ? accept(nextText) : undefined;
}

/** The value after a label, among short elements, nearest to the product's anchors first. */
function findLabelled(
  page: PageText,
  anchors: readonly (Element | undefined)[],
  label: RegExp,
  accept: (value: string) => string | undefined,
): LabelledValue | undefined {
  const distance = new TreeDistance(anchors);
  const found: LabelledValue[] = [];
  for (const { element, text } of page.short(MAX_PAIR_CHARS)) {
    if (!label.test(text)) continue;
    // The deepest element with the label: skip a parent whose child says the same.
    const child = element.firstElementChild;
    if (child && child === element.lastElementChild && page.text(child) === text) continue;
    const value = valueAfterLabel(page, element, text, label, accept);
    // A label inside a link is a menu entry ("Brand ► X" in a category menu), not a fact.
    if (!value || isElsewhere(element) || element.closest('a[href]')) continue;
    found.push({ value, element, steps: distance.to(element), label: label.exec(text)![0].trim() });
  }
  found.sort((a, b) => a.steps - b.steps);
  return found[0];
}

function firstToken(rest: string): string | undefined {
  const token = rest.split(/[\s|,;]+/)[0]?.replace(/[.)]+$/, '');
  return token && IDENTIFIER.test(token) && /\d/.test(token) ? token : undefined;
}

/** Whether a labelled SKU's label names the shop's own code without doubt ("SKU", "Product code"). */
export function isStrongSkuLabel(value: LabelledValue): boolean {
  return STRONG_SKU_LABEL.test(value.label);
}

/** A SKU printed with a label ("SKU: 123", "Art.-Nr. 123", "Kode produk 123", "Код: 01245"). */
export function readDomSku(
  page: PageText,
  anchors: readonly (Element | undefined)[],
): LabelledValue | undefined {
  return findLabelled(page, anchors, SKU_LABEL, firstToken);
}

/** A brand printed with a label ("Brand: Batik Keris", "Merek: …"). */
export function readDomBrand(
  page: PageText,
  anchors: readonly (Element | undefined)[],
): LabelledValue | undefined {
  return findLabelled(page, anchors, BRAND_LABEL, (rest) => {
    const value = rest.split(/\s*[|•·]\s*/)[0]?.trim();
    return value && value.length <= 40 && /^[\p{L}\p{N}]/u.test(value) ? value : undefined;
  });
}

/** A GTIN printed with a label ("EAN: 8596201003541"). */
export function readDomGtin(
  page: PageText,
  anchors: readonly (Element | undefined)[],
): LabelledValue | undefined {
  return findLabelled(page, anchors, GTIN_LABEL, (rest) => {
    const digits = rest.split(/\s+/)[0]?.replace(/\D/g, '');
    return digits && /^(\d{8}|\d{12,14})$/.test(digits) ? digits : undefined;
  });
}
