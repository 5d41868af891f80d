/** Saves a file to the seller's downloads, from the panel (nothing is sent anywhere). */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Today as `YYYY-MM-DD`, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
