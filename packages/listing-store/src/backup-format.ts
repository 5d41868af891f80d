import { Listing, MARKETPLACES, MarketplaceBinding } from '@etalase/catalog';
import type { LocalizedText } from '@etalase/catalog';
import type { BindingRecord, ListingRecord, PhotoRecord, RevisionRecord } from './db-schema.js';
import { listingIssues } from './listing-issues.js';
import type { StoreFailure, StoreIssue } from './store-result.js';

// A backup is one file that holds everything the store holds, photos included, and reads
// back byte for byte. It is a small container rather than JSON with base64 photos: photos
// are most of the bytes, and a container writes them as they are (no 4/3 growth, no giant
// string in memory: the file is a Blob made of the stored photo Blobs) and reads each back
// as a slice of the file.
//
//   ETALASE-LISTINGS-BACKUP\n       magic, 24 bytes of ASCII
//   0000000000001234\n              the manifest's length in bytes, 16 ASCII digits
//   { …manifest JSON… }\n           UTF-8: listings, bindings, revisions, photo table
//   <photo bytes, back to back>     each photo at `offset` (from here), `size` bytes long
//
// The manifest names each photo's key, MIME type, size, offset and SHA-256, so a truncated
// or damaged file is caught before anything is restored. `head -c 2000 backup.etalase`
// shows what a file holds.

/** The first bytes of every backup file. */
export const BACKUP_MAGIC = 'ETALASE-LISTINGS-BACKUP\n';
/** The manifest format this code writes; it reads this one only. */
export const BACKUP_FORMAT_VERSION = 1;
/** The MIME type of a backup file (a suggestion for downloads: `.etalase`). */
export const BACKUP_MIME_TYPE = 'application/vnd.etalase.listings-backup';

const LENGTH_DIGITS = 16;
const HEADER_BYTES = BACKUP_MAGIC.length + LENGTH_DIGITS + 1;
/** A manifest this big is not one we wrote (it would be a million listings). */
const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;

/** Everything a backup holds, as the store's records. */
export interface BackupContents {
  readonly listings: readonly ListingRecord[];
  readonly bindings: readonly BindingRecord[];
  readonly revisions: readonly RevisionRecord[];
  readonly photos: readonly PhotoRecord[];
}

interface PhotoEntry {
  readonly key: string;
  readonly type: string;
  readonly size: number;
  readonly offset: number;
  readonly addedAt: string;
  readonly sha256: string;
}

interface Manifest {
  readonly format: 'etalase-listing-store-backup';
  readonly formatVersion: number;
  readonly createdAt: string;
  /** The database version the records were read from. */
  readonly dbVersion: number;
  readonly listings: readonly unknown[];
  readonly bindings: readonly unknown[];
  readonly revisions: readonly unknown[];
  readonly photos: readonly unknown[];
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Writes a backup file. Reads each photo once (for its checksum); the file itself is a Blob
 * built from the photo Blobs, so no copy of all photos is held in memory at once.
 */
export async function encodeBackup(
  contents: BackupContents,
  meta: { readonly createdAt: string; readonly dbVersion: number },
): Promise<Blob> {
  const photos: PhotoEntry[] = [];
  let offset = 0;
  for (const photo of contents.photos) {
    photos.push({
      key: photo.key,
      type: photo.blob.type,
      size: photo.blob.size,
      offset,
      addedAt: photo.addedAt,
      sha256: await sha256(photo.blob),
    });
    offset += photo.blob.size;
  }
  const manifest: Manifest = {
    format: 'etalase-listing-store-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: meta.createdAt,
    dbVersion: meta.dbVersion,
    listings: contents.listings,
    bindings: contents.bindings,
    revisions: contents.revisions,
    photos,
  };
  const json = new TextEncoder().encode(`${JSON.stringify(manifest)}\n`);
  const length = String(json.byteLength).padStart(LENGTH_DIGITS, '0');
  return new Blob([BACKUP_MAGIC, `${length}\n`, json, ...contents.photos.map((p) => p.blob)], {
    type: BACKUP_MIME_TYPE,
  });
}

/** What {@link decodeBackup} found: the valid records, and an issue for each bad entry. */
export interface DecodedBackup {
  readonly success: true;
  readonly contents: BackupContents;
  /** One per entry left out; empty when the file is entirely good. */
  readonly issues: readonly StoreIssue[];
  readonly createdAt: string;
}

function unreadable(code: string, message: LocalizedText): StoreFailure {
  return { success: false, reason: 'invalid', issues: [{ path: [], code, message }] };
}

const NOT_A_BACKUP = unreadable('backup.not-a-backup', {
  id: 'Berkas ini bukan cadangan produk Etalase.',
  en: 'This file is not an Etalase listings backup.',
});

/**
 * Reads a backup file and checks every entry: listings against the `Listing` schema,
 * bindings and history entries against their listing, photos against their size and
 * checksum. Writes nothing. Fails as a whole only when the file is not a backup at all (or
 * is cut short before its table of contents); a bad entry is left out with an issue.
 */
export async function decodeBackup(file: Blob): Promise<DecodedBackup | StoreFailure> {
  const header = await file.slice(0, HEADER_BYTES).text();
  if (!header.startsWith(BACKUP_MAGIC) || !header.endsWith('\n')) return NOT_A_BACKUP;
  const lengthText = header.slice(BACKUP_MAGIC.length, -1);
  const length = /^\d+$/.test(lengthText) ? Number(lengthText) : NaN;
  if (!Number.isSafeInteger(length) || length > MAX_MANIFEST_BYTES) return NOT_A_BACKUP;
  const dataStart = HEADER_BYTES + length;
  if (file.size < dataStart) {
    return unreadable('backup.truncated', {
      id: 'Berkas cadangan terpotong (tidak lengkap); unduh atau salin ulang berkasnya.',
      en: 'The backup file is cut short (incomplete); download or copy it again.',
    });
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(await file.slice(HEADER_BYTES, dataStart).text());
  } catch {
    return NOT_A_BACKUP;
  }
  if (!isManifest(manifest)) return NOT_A_BACKUP;
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    return unreadable('backup.newer', {
      id: `Cadangan ini dibuat oleh versi Etalase yang lebih baru (format ${String(manifest.formatVersion)}). Perbarui Etalase lalu pulihkan lagi.`,
      en: `This backup was made by a newer Etalase (format ${String(manifest.formatVersion)}). Update Etalase, then restore again.`,
    });
  }

  const issues: StoreIssue[] = [];
  const listings = readListings(manifest.listings, issues);
  const listingIds = new Set(listings.map((l) => l.id));
  const bindings = readBindings(manifest.bindings, listingIds, issues);
  const revisions = readRevisions(manifest.revisions, issues);
  const photos = await readPhotos(manifest.photos, file, dataStart, issues);
  return {
    success: true,
    contents: { listings, bindings, revisions, photos },
    issues,
    createdAt: manifest.createdAt,
  };
}

function isManifest(value: unknown): value is Manifest {
  if (!isObject(value) || value.format !== 'etalase-listing-store-backup') return false;
  return (
    typeof value.createdAt === 'string' &&
    Array.isArray(value.listings) &&
    Array.isArray(value.bindings) &&
    Array.isArray(value.revisions) &&
    Array.isArray(value.photos)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRevisionNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

const BAD_REVISION: LocalizedText = {
  id: 'Nomor revisi tidak sah.',
  en: 'The revision number is not valid.',
};

/** A listing record (fields and `revision`), validated; `undefined` with issues when bad. */
function readListingRecord(
  raw: unknown,
  path: readonly (string | number)[],
  issues: StoreIssue[],
): ListingRecord | undefined {
  if (!isObject(raw)) {
    issues.push({ path, code: 'invalid', message: { id: 'Entri rusak.', en: 'Broken entry.' } });
    return undefined;
  }
  const { revision, ...fields } = raw;
  const parsed = Listing.safeParse({ ...fields, bindings: {} }, { reportInput: true });
  if (!parsed.success) {
    issues.push(...listingIssues(parsed.error.issues, path));
    return undefined;
  }
  if (!isRevisionNumber(revision)) {
    issues.push({ path: [...path, 'revision'], code: 'revision', message: BAD_REVISION });
    return undefined;
  }
  const listing: Partial<Listing> = JSON.parse(JSON.stringify(parsed.data)) as Listing;
  delete listing.bindings;
  return { ...(listing as Omit<Listing, 'bindings'>), revision };
}

function readListings(raw: readonly unknown[], issues: StoreIssue[]): ListingRecord[] {
  const seen = new Set<string>();
  const listings: ListingRecord[] = [];
  raw.forEach((entry, index) => {
    const listing = readListingRecord(entry, ['listings', index], issues);
    if (!listing) return;
    if (seen.has(listing.id)) {
      issues.push({
        path: ['listings', index, 'id'],
        code: 'duplicate',
        message: {
          id: `ID produk "${listing.id}" muncul dua kali; yang kedua dilewati.`,
          en: `Listing ID "${listing.id}" appears twice; the second is left out.`,
        },
      });
      return;
    }
    seen.add(listing.id);
    listings.push(listing);
  });
  return listings;
}

function readBindings(
  raw: readonly unknown[],
  listingIds: ReadonlySet<string>,
  issues: StoreIssue[],
): BindingRecord[] {
  const bindings: BindingRecord[] = [];
  raw.forEach((entry, index) => {
    const path = ['bindings', index];
    if (!isObject(entry)) {
      issues.push({ path, code: 'invalid', message: { id: 'Entri rusak.', en: 'Broken entry.' } });
      return;
    }
    const { listingId, marketplace, ...fields } = entry;
    if (typeof listingId !== 'string' || !listingIds.has(listingId)) {
      issues.push({
        path: [...path, 'listingId'],
        code: 'orphan',
        message: {
          id: 'Data marketplace ini milik produk yang tidak ada di cadangan.',
          en: 'This marketplace data belongs to a listing that is not in the backup.',
        },
      });
      return;
    }
    const known = MARKETPLACES.find((m) => m === marketplace);
    if (!known) {
      issues.push({
        path: [...path, 'marketplace'],
        code: 'unknown-marketplace',
        message: {
          id: `Marketplace tidak dikenal: ${String(marketplace)}.`,
          en: `Unknown marketplace: ${String(marketplace)}.`,
        },
      });
      return;
    }
    const parsed = MarketplaceBinding.safeParse(fields, { reportInput: true });
    if (!parsed.success) {
      issues.push(...listingIssues(parsed.error.issues, path));
      return;
    }
    bindings.push({
      ...(JSON.parse(JSON.stringify(parsed.data)) as MarketplaceBinding),
      listingId,
      marketplace: known,
    });
  });
  return bindings;
}

function readRevisions(raw: readonly unknown[], issues: StoreIssue[]): RevisionRecord[] {
  const revisions: RevisionRecord[] = [];
  raw.forEach((entry, index) => {
    const path = ['revisions', index];
    if (
      !isObject(entry) ||
      typeof entry.listingId !== 'string' ||
      !isRevisionNumber(entry.revision) ||
      typeof entry.replacedAt !== 'string'
    ) {
      issues.push({
        path,
        code: 'invalid',
        message: { id: 'Entri riwayat rusak.', en: 'Broken history entry.' },
      });
      return;
    }
    const listing = readListingRecord(entry.listing, [...path, 'listing'], issues);
    if (!listing) return;
    revisions.push({
      listingId: entry.listingId,
      revision: entry.revision,
      replacedAt: entry.replacedAt,
      listing,
    });
  });
  return revisions;
}

async function readPhotos(
  raw: readonly unknown[],
  file: Blob,
  dataStart: number,
  issues: StoreIssue[],
): Promise<PhotoRecord[]> {
  const photos: PhotoRecord[] = [];
  for (const [index, entry] of raw.entries()) {
    const path = ['photos', index];
    if (
      !isObject(entry) ||
      typeof entry.key !== 'string' ||
      typeof entry.type !== 'string' ||
      typeof entry.addedAt !== 'string' ||
      typeof entry.sha256 !== 'string' ||
      !Number.isSafeInteger(entry.size) ||
      !Number.isSafeInteger(entry.offset)
    ) {
      issues.push({
        path,
        code: 'invalid',
        message: { id: 'Entri foto rusak.', en: 'Broken photo entry.' },
      });
      continue;
    }
    const start = dataStart + (entry.offset as number);
    const end = start + (entry.size as number);
    const blob = file.slice(start, end, entry.type);
    if ((entry.offset as number) < 0 || end > file.size || (await sha256(blob)) !== entry.sha256) {
      issues.push({
        path,
        code: 'photo-damaged',
        message: {
          id: 'Foto ini rusak atau terpotong di berkas cadangan.',
          en: 'This photo is damaged or cut short in the backup file.',
        },
      });
      continue;
    }
    photos.push({ key: entry.key, blob, addedAt: entry.addedAt });
  }
  return photos;
}
