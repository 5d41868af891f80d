import type { PhotoPayload } from '../messaging/messages.js';
import { blobToDataUrl } from '../store/photo-data-url.js';

export { dataUrlToBlob as payloadToBlob } from '../store/photo-data-url.js';

const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

/**
 * Reads the photos of a page for an import: each image the page lets us read (same origin,
 * or served with CORS) becomes bytes to keep on the device; the others stay as links.
 */
export async function readPagePhotos(
  urls: readonly string[],
  signal: AbortSignal,
): Promise<{ photos: PhotoPayload[]; links: string[] }> {
  const photos: PhotoPayload[] = [];
  const links: string[] = [];
  for (const url of urls.slice(0, 20)) {
    const absolute = new URL(url, location.href).href;
    try {
      const response = await fetch(absolute, { signal, credentials: 'omit' });
      const blob = await response.blob();
      if (!response.ok || !blob.type.startsWith('image/') || blob.size > MAX_PHOTO_BYTES) {
        throw new Error('not a photo');
      }
      const name = new URL(absolute).pathname.split('/').pop() || 'foto.jpg';
      photos.push({ name, dataUrl: await blobToDataUrl(blob) });
    } catch {
      if (/^https?:/.test(absolute)) links.push(absolute);
    }
  }
  return { photos, links };
}
