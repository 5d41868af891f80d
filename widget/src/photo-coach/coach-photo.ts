import type { Lang } from '@etalase/catalog';
import { MARKETPLACE_PRESETS } from '@etalase/photo-coach';
import type { MarketplacePresetId } from '@etalase/photo-coach';
import type { FileAnalysis, FileFix } from '@etalase/photo-coach/browser';

type Ok<T> = Extract<T, { ok: true }>;

/** What the seller is told, in both languages. */
export type Message = Readonly<Record<Lang, string>>;

/** The one-tap fix of a photo, as far as it got. */
export interface PhotoFix {
  readonly status: 'fixing' | 'done' | 'error';
  readonly result?: Ok<FileFix>;
  /** Object URL of the fixed JPEG. */
  readonly url?: string;
  readonly error?: Message;
  /** Where the before/after divider sits, 0–100. */
  readonly at: number;
}

/**
 * One photo of the listing and what the coach knows of it. Never changed in place: every
 * step makes a new object (see {@link patchPhoto}), so the view sees each change.
 */
export interface CoachPhoto {
  readonly key: number;
  readonly file: Blob;
  readonly name: string;
  /** Object URL of the file, for the preview. */
  readonly url: string;
  readonly status: 'waiting' | 'checking' | 'done' | 'error';
  readonly analysis?: Ok<FileAnalysis>;
  /** For `error`: what to tell the seller. */
  readonly error?: Message;
  /** The preset the analysis was made for. */
  readonly preset?: MarketplacePresetId;
  readonly fix?: PhotoFix;
}

/** Every marketplace preset's id, `semua` included. */
export const PRESET_IDS = Object.keys(MARKETPLACE_PRESETS) as MarketplacePresetId[];

/** `value` as a preset id; an unknown one means all marketplaces (`semua`). */
export function toPresetId(value: string): MarketplacePresetId {
  return (PRESET_IDS as string[]).includes(value) ? (value as MarketplacePresetId) : 'semua';
}

/** The photos with the one whose key is `key` replaced by `patch` applied to it. */
export function patchPhoto(
  photos: readonly CoachPhoto[],
  key: number,
  patch: (photo: CoachPhoto) => CoachPhoto,
): readonly CoachPhoto[] {
  return photos.map((photo) => (photo.key === key ? patch(photo) : photo));
}

/**
 * A photo's place in the listing, 1 for the main photo, counting only the files that are
 * photos: one the coach could not read takes no place (`undefined`), so it is never called the
 * main photo and the photos after it keep their numbers.
 */
export function listingPlace(photo: CoachPhoto, photos: readonly CoachPhoto[]): number | undefined {
  if (photo.status === 'error') return undefined;
  const place = photos.filter((p) => p.status !== 'error').indexOf(photo);
  return place < 0 ? undefined : place + 1;
}

/** Photos still waiting for or in analysis. */
export function pendingCount(photos: readonly CoachPhoto[]): number {
  return photos.filter((p) => p.status === 'waiting' || p.status === 'checking').length;
}
