import { fillMessages } from './fill-message.js';
import type { FillMessage } from './fill-message.js';

/** Where {@link applyFill} gets the listing's photos: Blobs in order, or a loader. */
export type ImageSource = readonly Blob[] | ((ref: string, index: number) => Promise<Blob>);

const FETCHABLE = new Set(['http:', 'https:', 'blob:']);

/** Fetches one photo reference: http(s) and blob URLs, and data URLs of images only. */
async function fetchImage(ref: string, base: string): Promise<Blob> {
  const url = new URL(ref, base);
  const isImageData = url.protocol === 'data:' && /^data:image\//i.test(ref);
  if (!FETCHABLE.has(url.protocol) && !isImageData)
    throw new Error(`not a photo URL: ${url.protocol}`);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** Whether a file fits an `accept` attribute ("image/*", ".jpg,.png", "image/jpeg"). */
export function fitsAccept(file: File, accept: string): boolean {
  const rules = accept
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  if (rules.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return rules.some((rule) =>
    rule.startsWith('.')
      ? name.endsWith(rule)
      : rule.endsWith('/*')
        ? type.startsWith(rule.slice(0, -1))
        : type === rule,
  );
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

function fileName(ref: string, index: number, type: string): string {
  const last = /([^/?#]+\.(?:jpe?g|png|webp|gif))(?:[?#]|$)/i.exec(ref)?.[1];
  return last ?? `foto-${index + 1}.${EXTENSIONS[type] ?? 'jpg'}`;
}

/**
 * Loads the photos to upload as Files: each one that cannot be read, is larger than the
 * marketplace takes or is of a type the input refuses is left out with a warning.
 */
export async function loadImages(
  refs: readonly string[],
  source: ImageSource | undefined,
  input: HTMLInputElement,
  maxBytes: number | undefined,
): Promise<{ files: File[]; warnings: FillMessage[] }> {
  const files: File[] = [];
  const warnings: FillMessage[] = [];
  const base = input.ownerDocument.baseURI;
  const accept = input.getAttribute('accept') ?? '';
  for (const [index, ref] of refs.entries()) {
    let blob: Blob | undefined;
    try {
      blob = Array.isArray(source)
        ? source[index]
        : typeof source === 'function'
          ? await source(ref, index)
          : await fetchImage(ref, base);
    } catch {
      blob = undefined;
    }
    if (!blob) {
      warnings.push(fillMessages.photoUnreadable(index));
      continue;
    }
    if (maxBytes !== undefined && blob.size > maxBytes) {
      warnings.push(fillMessages.photoTooBig(index, maxBytes));
      continue;
    }
    const file =
      blob instanceof File
        ? blob
        : new File([blob], fileName(ref, index, blob.type), { type: blob.type });
    if (!fitsAccept(file, accept)) {
      warnings.push(fillMessages.photoType(index));
      continue;
    }
    files.push(file);
  }
  return { files, warnings };
}
