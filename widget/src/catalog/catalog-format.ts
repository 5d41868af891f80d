/** Whether catalog text is CSV: by the URL or content type, else by its first character. */
export function isCsv(text: string, url = '', contentType = ''): boolean {
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase();
  if (path.endsWith('.csv') || /text\/csv|text\/tab-separated/.test(contentType)) return true;
  if (path.endsWith('.json') || /json/.test(contentType)) return false;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== undefined && first !== '{' && first !== '[' && !text.trimStart().startsWith('<');
}
