const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
};

/**
 * The file name a stored photo gets when it is published next to a catalog: its key's UUID
 * and an extension from its MIME type (`photo:1b7c…` + `image/jpeg` → `1b7c….jpg`).
 * `undefined` for a type a storefront cannot show (not a JPEG, PNG, WebP, GIF or AVIF).
 */
export function photoFileName(key: string, type: string): string | undefined {
  const extension = EXTENSIONS[type.toLowerCase()];
  const id = key.replace(/^photo:/, '');
  if (extension === undefined || !/^[A-Za-z0-9-]{1,80}$/.test(id)) return undefined;
  return `${id}.${extension}`;
}
