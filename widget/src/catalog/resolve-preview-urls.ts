import { isSafeUrl } from '@etalase/catalog';
import type { CatalogPreview } from '@etalase/catalog';

/**
 * The preview's photo URLs resolved against the catalog's own URL, as `resolveCatalogUrls`
 * does for the full read (which is too large to load before the first cards). An unsafe URL
 * is left as it is and dropped where it would be used.
 */
export function resolvePreviewUrls(preview: CatalogPreview, base: string): CatalogPreview {
  const resolve = (src: string): string => {
    if (!isSafeUrl(src)) return src;
    try {
      const url = new URL(src.trim(), base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : src;
    } catch {
      return src;
    }
  };
  return {
    ...preview,
    products: preview.products.map((p) => ({
      ...p,
      images: p.images.map((image) => ({
        ...image,
        src: resolve(image.src),
        ...(image.sources
          ? { sources: image.sources.map((s) => ({ ...s, src: resolve(s.src) })) }
          : {}),
      })),
    })),
  };
}
