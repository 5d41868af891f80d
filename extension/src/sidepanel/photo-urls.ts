import { isPhotoKey } from '@etalase/listing-store';
import type { ListingStore } from '@etalase/listing-store';
import { isSafeUrl } from '@etalase/catalog';

/**
 * Object URLs for stored photos, made once per key and kept while the panel is open (a
 * panel shows a few hundred at most). Photo links from a page are shown only if http(s).
 */
export class PhotoUrls {
  readonly #urls = new Map<string, Promise<string | undefined>>();
  constructor(private readonly store: ListingStore) {}

  /** A URL to show the image, or undefined when it cannot be shown. */
  get(image: string): Promise<string | undefined> {
    if (!isPhotoKey(image))
      return Promise.resolve(/^https?:/i.test(image) && isSafeUrl(image) ? image : undefined);
    let url = this.#urls.get(image);
    if (!url) {
      url = this.store
        .getPhoto(image)
        .then((blob) => (blob ? URL.createObjectURL(blob) : undefined));
      this.#urls.set(image, url);
    }
    return url;
  }
}
