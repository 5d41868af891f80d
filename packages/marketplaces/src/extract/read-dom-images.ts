import { TreeDistance, isElsewhere } from './page-anchors.js';
import { absoluteHttpUrl } from './read-schema-product.js';

/** Image addresses that are site chrome, not product photos. */
const NOT_A_PHOTO =
  /logo|icon|sprite|placeholder|blank|spacer|loader|loading|pixel|badge|flag|avatar|rating|star|payment|banner|\.svg(\?|$)/i;
/** Photos further than this from the heading or buy button belong to something else. */
const NEAR = 10;
const MAX_IMAGES = 10;

/** The address an `<img>` shows or will show once lazy-loaded. */
function sourceOf(img: Element): string | undefined {
  for (const attr of [
    'data-zoom-image',
    'data-large',
    'data-src',
    'data-original',
    'data-lazy',
    'src',
  ]) {
    const value = img.getAttribute(attr)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  return srcset?.split(',')[0]?.trim().split(/\s+/)[0];
}

/** Whether the image is a link to another page (a related product), not to a larger photo. */
function linksToAnotherPage(img: Element): boolean {
  const href = img.closest('a[href]')?.getAttribute('href')?.trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  return !/\.(jpe?g|png|webp|gif|avif)(\?|$)/i.test(href);
}

/**
 * Product photos from the page when no markup names them: `<img>` elements near the
 * product's heading or buy button, outside lists of other products, not logos or icons and
 * not declared tiny; in page order (a gallery shows its main photo first), as absolute
 * http(s) URLs.
 */
export function readDomImages(
  document: Document,
  pageUrl: string,
  anchors: readonly (Element | undefined)[],
): string[] {
  const distance = new TreeDistance(anchors);
  if (!distance.hasAnchors) return [];
  const found: { url: string; index: number }[] = [];
  let index = 0;
  for (const img of document.querySelectorAll('img')) {
    index++;
    const width = Number(img.getAttribute('width') ?? NaN);
    const height = Number(img.getAttribute('height') ?? NaN);
    if (width < 100 || height < 100) continue;
    const url = absoluteHttpUrl(sourceOf(img), pageUrl);
    if (!url || NOT_A_PHOTO.test(url) || isElsewhere(img) || linksToAnotherPage(img)) continue;
    if (distance.to(img) > NEAR) continue;
    if (!found.some((f) => f.url === url)) found.push({ url, index });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .slice(0, MAX_IMAGES)
    .map((f) => f.url);
}
