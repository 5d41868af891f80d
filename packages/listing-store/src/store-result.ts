import type { LocalizedText } from '@etalase/catalog';
import type { StoredListing } from './stored-listing.js';

/** Why a store operation did not happen. Nothing was written when it fails. */
export type StoreFailureReason =
  /** The listing (or backup entry) does not fit the `Listing` schema; see `issues`. */
  | 'invalid'
  /** No listing with that id. */
  | 'not-found'
  /** A listing with that id already exists (create only). */
  | 'exists'
  /** Someone else (another tab or panel) saved the listing first; see `current`. */
  | 'conflict'
  /** The browser has no room left for this site's data (`QuotaExceededError`). */
  | 'quota'
  /** The browser refused the write for another reason (see the message). */
  | 'write-failed'
  /** The browser could not read stored data (a backup could not be made). */
  | 'read-failed'
  /** This connection was closed, e.g. because another tab upgraded the database. */
  | 'closed';

/** One problem with what was written, for people (`message`) and programs (`path`, `code`). */
export interface StoreIssue {
  /** Where, e.g. `['price']`, `['variants', 0, 'name']`, or `['listings', 3, 'title']` in a backup. */
  readonly path: readonly (string | number)[];
  /** Stable, machine-readable kind, e.g. `required`, `too-long`, `conflict`, `quota`. */
  readonly code: string;
  /** In Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/** A failed store operation: a reason, the issues behind it, and nothing half-written. */
export interface StoreFailure {
  readonly success: false;
  readonly reason: StoreFailureReason;
  /** At least one issue; the first says what happened in a sentence. */
  readonly issues: readonly StoreIssue[];
  /** With `reason: 'conflict'`: the listing as the other writer saved it. */
  readonly current?: StoredListing;
}

/** What a write returns: `{ success: true, data }` or a {@link StoreFailure}, like zod's `safeParse`. */
export type StoreResult<T> = { readonly success: true; readonly data: T } | StoreFailure;

/** Builds a failure with one issue. Internal. */
export function failure(
  reason: StoreFailureReason,
  message: LocalizedText,
  extra: { path?: readonly (string | number)[]; current?: StoredListing } = {},
): StoreFailure {
  const issue: StoreIssue = { path: extra.path ?? [], code: reason, message };
  return extra.current
    ? { success: false, reason, issues: [issue], current: extra.current }
    : { success: false, reason, issues: [issue] };
}

/** `reason: 'not-found'` for a listing id. Internal. */
export function notFound(id: string): StoreFailure {
  return failure('not-found', {
    id: `Produk "${id}" tidak ditemukan; mungkin sudah dihapus di tab lain.`,
    en: `Listing "${id}" was not found; it may have been deleted in another tab.`,
  });
}

/** `reason: 'conflict'`, carrying the listing another writer saved. Internal. */
export function conflict(current: StoredListing, expectedRevision: number): StoreFailure {
  return failure(
    'conflict',
    {
      id: `"${current.title}" sudah diubah di tab atau panel lain (revisi ${current.revision}, Anda mengedit revisi ${expectedRevision}). Perubahan Anda belum disimpan: lihat versi terbaru, lalu simpan lagi.`,
      en: `"${current.title}" was changed in another tab or panel (revision ${current.revision}; you edited revision ${expectedRevision}). Your change is not saved yet: review the latest version, then save again.`,
    },
    { current },
  );
}

/** The failure a closed store gives, with the message to show (reload the page). */
export const STORE_CLOSED: StoreFailure = failure('closed', {
  id: 'Penyimpanan produk ditutup karena Etalase diperbarui di tab lain. Muat ulang halaman ini; tidak ada yang hilang.',
  en: 'The listing store was closed because Etalase was updated in another tab. Reload this page; nothing was lost.',
});

/**
 * Turns an error raised while writing (by IndexedDB or the browser) into a failure that says
 * what happened and that nothing was saved. Returns `undefined` for errors that are bugs
 * (anything but a `DOMException`), which the caller rethrows.
 */
export function writeFailure(error: unknown): StoreFailure | undefined {
  if (!isDomException(error)) return undefined;
  if (error.name === 'QuotaExceededError') {
    return failure('quota', {
      id: 'Penyimpanan browser penuh, jadi perubahan ini tidak disimpan (data lama tetap utuh). Hapus foto atau produk yang tidak dipakai, atau unduh cadangan lalu kosongkan ruang, kemudian coba lagi.',
      en: 'Browser storage is full, so this change was not saved (your existing data is intact). Delete unused photos or listings, or download a backup and free some space, then try again.',
    });
  }
  if (error.name === 'InvalidStateError') return STORE_CLOSED;
  return failure('write-failed', {
    id: `Browser menolak menyimpan (${error.name}). Perubahan ini tidak disimpan; data lama tetap utuh. Coba lagi.`,
    en: `The browser refused to save (${error.name}). This change was not saved; your existing data is intact. Try again.`,
  });
}

/** Like {@link writeFailure}, for reading everything into a backup. */
export function readFailure(error: unknown): StoreFailure | undefined {
  if (!isDomException(error)) return undefined;
  if (error.name === 'InvalidStateError') return STORE_CLOSED;
  return failure('read-failed', {
    id: `Browser tidak bisa membaca data produk (${error.name}), jadi cadangan belum dibuat. Coba lagi; jika tetap gagal, muat ulang halaman.`,
    en: `The browser could not read the listing data (${error.name}), so no backup was made. Try again; if it keeps failing, reload the page.`,
  });
}

function isDomException(error: unknown): error is DOMException {
  return typeof DOMException !== 'undefined' && error instanceof DOMException && error.name !== '';
}
