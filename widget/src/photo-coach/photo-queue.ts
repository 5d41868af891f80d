import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@etalase/catalog';
import type { MarketplacePresetId } from '@etalase/photo-coach';
import type { FileAnalysis, FileFix } from '@etalase/photo-coach/browser';
import { patchPhoto, pendingCount } from './coach-photo.js';
import type { CoachPhoto, PhotoFix } from './coach-photo.js';
import { ct } from './photo-coach-strings.js';
import { startPhotoEngine } from './photo-engine.js';
import type { PhotoEngine } from './photo-engine.js';
import { toLang } from '../shared/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a bug in the coach (not the photo) looks like to the seller. */
function unexpectedError(): { code: 'corrupt'; message: { id: string; en: string } } {
  return { code: 'corrupt', message: { id: ct('id', 'failed'), en: ct('en', 'failed') } };
}

/** What the queue tells the element about a finished fix. */
export interface FixedPhoto {
  readonly photo: CoachPhoto;
  readonly result: Extract<FileFix, { ok: true }>;
}

/** The queue's state, replaced as a whole on every change. */
export interface PhotoQueueState {
  /** The listing's photos in order; the first is the main photo. */
  readonly photos: readonly CoachPhoto[];
  readonly selectedKey: number | undefined;
  /** The last step, said to screen readers (and shown). */
  readonly status: string;
}

/**
 * The photo coach's model: the listing's photos and the one selected, and the queue that
 * analyses and fixes them one at a time in the photo engine (a Worker). Its state is
 * immutable: each step replaces {@link state}, and the host re-renders.
 */
export class PhotoQueue implements ReactiveController {
  #state: PhotoQueueState = { photos: [], selectedKey: undefined, status: '' };
  #engine: PhotoEngine | undefined;
  #queue: Promise<void> = Promise.resolve();
  #nextKey = 1;
  /** The previews' object URLs were revoked when the element left the page. */
  #released = false;

  /**
   * @param preset The marketplace rules photos are judged by now.
   * @param onFixed A photo has been fixed; returns what to say about it.
   */
  constructor(
    private readonly host: Host,
    private readonly preset: () => MarketplacePresetId,
    private readonly onFixed: (fixed: FixedPhoto) => string,
  ) {
    host.addController(this);
  }

  get state(): PhotoQueueState {
    return this.#state;
  }

  get photos(): readonly CoachPhoto[] {
    return this.#state.photos;
  }

  /** The selected photo, else the first. */
  get selected(): CoachPhoto | undefined {
    return this.photos.find((p) => p.key === this.#state.selectedKey) ?? this.photos[0];
  }

  /** The photo engine, started on first need; undefined before. */
  get engine(): PhotoEngine | undefined {
    return this.#engine;
  }

  /** Starts the photo engine (for the camera too) if it is not running. */
  startEngine(): PhotoEngine {
    return (this.#engine ??= startPhotoEngine());
  }

  hostConnected(): void {
    if (this.#released) {
      // Previews were released when the element left the page; make them again.
      this.#released = false;
      this.#set({
        photos: this.photos.map((photo) => ({
          ...photo,
          url: URL.createObjectURL(photo.file),
          ...(photo.fix?.result
            ? { fix: { ...photo.fix, url: URL.createObjectURL(photo.fix.result.blob) } }
            : {}),
        })),
      });
    }
    // Work stopped by a disconnection (the element moved in the page) starts again.
    for (const photo of this.photos) if (photo.status === 'waiting') this.#enqueue(photo.key);
  }

  hostDisconnected(): void {
    // The Worker goes (its answers with it), so what was under way is put back to wait.
    this.#engine?.close();
    this.#engine = undefined;
    this.#queue = Promise.resolve();
    for (const photo of this.photos) {
      // Release the previews' memory: an element removed for good keeps none of it.
      URL.revokeObjectURL(photo.url);
      if (photo.fix?.url) URL.revokeObjectURL(photo.fix.url);
    }
    this.#released = true;
    this.#set({
      photos: this.photos.map((photo) => {
        const status = photo.status === 'checking' ? 'waiting' : photo.status;
        const fix = photo.fix?.status === 'fixing' ? undefined : photo.fix;
        return { ...photo, status, fix };
      }),
    });
  }

  hostUpdate(): void {
    // A new preset changes what is judged (size, shape, backdrop): judge every photo again.
    const preset = this.preset();
    const stale = (p: CoachPhoto) =>
      p.status !== 'error' && p.preset !== undefined && p.preset !== preset;
    if (!this.photos.some(stale)) return;
    const again = this.photos.filter((p) => p.status !== 'error' && p.preset !== preset);
    for (const photo of again) this.#releaseFix(photo);
    const keys = new Set(again.map((p) => p.key));
    this.#state = {
      ...this.#state,
      photos: this.photos.map((p) =>
        keys.has(p.key) ? { ...p, status: 'waiting', preset: undefined, fix: undefined } : p,
      ),
    }; // (during the host's update: this render already shows it)
    for (const key of keys) this.#enqueue(key);
  }

  /** Adds photos and checks them in turn; the first added is selected. */
  add(files: Iterable<Blob>): void {
    const added: CoachPhoto[] = [];
    for (const file of files) {
      const key = this.#nextKey++;
      const name = file instanceof File && file.name ? file.name : `foto-${key}.jpg`;
      added.push({ key, file, name, url: URL.createObjectURL(file), status: 'waiting' });
    }
    if (added.length === 0) return;
    this.#set({ photos: [...this.photos, ...added], selectedKey: added[0]!.key });
    for (const photo of added) this.#enqueue(photo.key);
  }

  /** Says a step to screen readers (and shows it). */
  announce(status: string): void {
    this.#set({ status });
  }

  select(key: number): void {
    this.#set({ selectedKey: key });
  }

  /** Makes a photo the listing's main (first) photo. */
  makeMain(key: number): void {
    const photo = this.photos.find((p) => p.key === key);
    if (!photo) return;
    this.#set({ photos: [photo, ...this.photos.filter((p) => p !== photo)] });
  }

  /** Removes a photo; the one after it (or before, at the end) is selected. */
  remove(key: number): void {
    const index = this.photos.findIndex((p) => p.key === key);
    const photo = this.photos[index];
    if (!photo) return;
    URL.revokeObjectURL(photo.url);
    this.#releaseFix(photo);
    const photos = this.photos.filter((p) => p !== photo);
    this.#set({ photos, selectedKey: photos[Math.min(index, photos.length - 1)]?.key });
  }

  /** Moves the before/after divider of a fixed photo. */
  setCompareAt(key: number, at: number): void {
    this.#patch(key, (p) => (p.fix ? { ...p, fix: { ...p.fix, at } } : p));
  }

  /** Fixes a checked photo in one tap (see the engine's `fixFile`). */
  async fix(key: number): Promise<void> {
    const photo = this.photos.find((p) => p.key === key);
    const analysis = photo?.analysis;
    const preset = photo?.preset;
    if (!photo || !analysis || !preset || photo.fix?.status === 'fixing') return;
    this.#releaseFix(photo);
    this.#patch(key, (p) => ({ ...p, fix: { status: 'fixing', at: 50 } }));
    this.announce(ct(this.lang, 'fixing'));
    const engine = this.startEngine();
    let result: FileFix;
    try {
      result = await engine.fixFile(photo.file, analysis.report, preset);
    } catch {
      result = { ok: false, error: unexpectedError() };
    }
    const now = this.photos.find((p) => p.key === key);
    // Removed meanwhile, re-judged, or the element left the page.
    if (!now || now.fix?.status !== 'fixing' || engine !== this.#engine) return;
    const fix: PhotoFix = result.ok
      ? { status: 'done', result, url: URL.createObjectURL(result.blob), at: 50 }
      : { status: 'error', error: result.error.message, at: 50 };
    this.#patch(key, (p) => ({ ...p, fix }));
    if (result.ok)
      this.announce(this.onFixed({ photo: this.photos.find((p) => p.key === key)!, result }));
    else this.announce(result.error.message[this.lang]);
  }

  /** Fixes every checked photo not fixed yet, one after another. */
  async fixAll(): Promise<void> {
    for (const { key } of this.photos) {
      const photo = this.photos.find((p) => p.key === key);
      if (photo?.status === 'done' && photo.fix?.status !== 'done') await this.fix(key);
    }
  }

  private get lang(): Lang {
    return toLang(this.host.lang);
  }

  #enqueue(key: number): void {
    this.#queue = this.#queue.then(() => this.#check(key));
  }

  /** Analyses one photo, one at a time: memory stays bounded to one decoded photo. */
  async #check(key: number): Promise<void> {
    const photo = this.photos.find((p) => p.key === key);
    if (!photo || photo.status !== 'waiting') return;
    const preset = this.preset();
    this.#patch(key, (p) => ({ ...p, status: 'checking' }));
    const position = this.photos.findIndex((p) => p.key === key) + 1;
    this.announce(ct(this.lang, 'progress', { done: position, total: this.photos.length }));
    const engine = this.startEngine();
    let result: FileAnalysis;
    try {
      result = await engine.analyzeFile(photo.file, preset);
    } catch {
      result = { ok: false, error: unexpectedError() };
    }
    // Removed meanwhile, or the element left the page (and the work was put back to wait).
    const now = this.photos.find((p) => p.key === key);
    if (!now || now.status !== 'checking' || engine !== this.#engine) return;
    this.#patch(key, (p) =>
      result.ok
        ? { ...p, status: 'done', analysis: result, preset }
        : { ...p, status: 'error', error: result.error.message },
    );
    if (pendingCount(this.photos) === 0)
      this.announce(ct(this.lang, 'allChecked', { n: this.photos.length }));
  }

  #releaseFix(photo: CoachPhoto): void {
    if (photo.fix?.url) URL.revokeObjectURL(photo.fix.url);
  }

  #patch(key: number, patch: (photo: CoachPhoto) => CoachPhoto): void {
    this.#set({ photos: patchPhoto(this.photos, key, patch) });
  }

  /**
   * The one place the state changes. A controller's state is not a reactive property of the
   * element, so this tells the element to render again.
   */
  #set(change: Partial<PhotoQueueState>): void {
    this.#state = { ...this.#state, ...change };
    this.host.requestUpdate();
  }
}
