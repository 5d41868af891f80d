// The listing the fixture forms are filled with, and photos made on the spot.
import { Listing } from '@etalase/catalog';

/** A seller's listing: a title longer than Tokopedia's 70 characters, a multi-line description. */
export const KERIPIK: Listing = Listing.parse({
  id: 'keripik-tempe-01',
  title: 'Keripik Tempe Sagu Khas Malang Renyah Gurih 250 gram Tanpa Pengawet Oleh-Oleh Asli',
  description:
    'Keripik tempe sagu asli Malang, digoreng renyah tanpa pengawet.\nBerat bersih 250 gram.\nTahan 3 bulan dalam kemasan tertutup.',
  price: 25000,
  stock: 120,
  sku: 'KTS-250',
  weightGrams: 300,
  dimensionsCm: { length: 20, width: 12, height: 6 },
  condition: 'new',
  category: 'Makanan & Minuman > Camilan > Keripik',
  brand: 'Sari Rasa',
  images: [
    'https://contoh.test/foto/keripik-depan.jpg',
    'https://contoh.test/foto/keripik-belakang.jpg',
  ],
});

/** A small JPEG made with a canvas, for the uploaders. */
export async function samplePhoto(hue: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(320, 320);
  const context = canvas.getContext('2d')!;
  context.fillStyle = `hsl(${hue} 70% 50%)`;
  context.fillRect(0, 0, 320, 320);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
}

/** A fresh container on the page, emptied of earlier tests. */
export function freshContainer(): HTMLElement {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** Fails the test on any submit, in the capture phase before anything else sees it. */
export function watchSubmits(): { readonly count: number; stop(): void } {
  let count = 0;
  const onSubmit = () => count++;
  window.addEventListener('submit', onSubmit, true);
  const originalSubmit = HTMLFormElement.prototype.submit;
  const originalRequest = HTMLFormElement.prototype.requestSubmit;
  HTMLFormElement.prototype.submit = function () {
    count++;
  };
  HTMLFormElement.prototype.requestSubmit = function () {
    count++;
  };
  return {
    get count() {
      return count;
    },
    stop() {
      window.removeEventListener('submit', onSubmit, true);
      HTMLFormElement.prototype.submit = originalSubmit;
      HTMLFormElement.prototype.requestSubmit = originalRequest;
    },
  };
}
