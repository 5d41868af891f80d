import type { MarketplacePresetId } from '@etalase/photo-coach';
import type { CoachPhoto } from './coach-photo.js';
import { listingPlace } from './coach-photo.js';

/** `Foto Kopi.JPG` → `foto-kopi`: a safe base for download names. */
export function baseName(name: string): string {
  const base = name
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return base || 'foto';
}

/**
 * The file name of a fixed photo: `foto-kopi-shopee-1.jpg`, its name, the marketplace it was
 * made for and its place in the listing (1 is the main photo).
 */
export function downloadName(
  photo: CoachPhoto,
  photos: readonly CoachPhoto[],
  preset: MarketplacePresetId,
): string {
  const index = listingPlace(photo, photos) ?? photos.indexOf(photo) + 1;
  return `${baseName(photo.name)}-${photo.preset ?? preset}-${index}.jpg`;
}

/** Saves every fixed photo, each under its {@link downloadName}, through links in `root`. */
export function downloadAll(
  root: ShadowRoot,
  photos: readonly CoachPhoto[],
  preset: MarketplacePresetId,
): void {
  for (const photo of photos) {
    if (!photo.fix?.url) continue;
    const link = document.createElement('a');
    link.href = photo.fix.url;
    link.download = downloadName(photo, photos, preset);
    root.appendChild(link);
    link.click();
    link.remove();
  }
}
