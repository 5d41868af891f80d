import type { PhotoPayload } from '../messaging/messages.js';

/** A Blob as a data URL (works in a service worker, which has no FileReader in every browser). */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${blob.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/** A photo from a message as a Blob. */
export function dataUrlToBlob(photo: PhotoPayload): Blob {
  const comma = photo.dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(photo.dataUrl)?.[1] ?? 'image/jpeg';
  const binary = atob(photo.dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
