// The builder's autosave: the draft and its photos in IndexedDB (idb), with a revision so two
// tabs never overwrite each other silently, and a BroadcastChannel to tell the other tab.
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Draft } from './draft.js';

interface Saved {
  readonly draft: Draft;
  /** Bumped on every save; a save is refused when the stored one is not the one it started from. */
  readonly revision: number;
  readonly savedAt: number;
}

interface BuilderDb extends DBSchema {
  drafts: { key: string; value: Saved };
  photos: { key: string; value: Blob };
}

/** The result of a save: saved, or refused because another tab saved first (with its copy). */
export type SaveResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly reason: 'conflict'; readonly current: Saved }
  | {
      readonly ok: false;
      readonly reason: 'storage';
      readonly message: { id: string; en: string };
    };

const CURRENT = 'current';

/** Autosave of one catalog draft. */
export class DraftStore {
  private readonly channel: BroadcastChannel | undefined;

  private constructor(
    private readonly db: IDBPDatabase<BuilderDb>,
    private readonly name: string,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${name}-changes`) : undefined;
  }

  /** Opens (or creates) the store; `name` lets tests use their own database. */
  static async open(name = 'etalase-builder'): Promise<DraftStore> {
    const db = await openDB<BuilderDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('drafts');
        database.createObjectStore('photos');
      },
    });
    return new DraftStore(db, name);
  }

  /** The saved draft, if any. */
  async load(): Promise<Saved | undefined> {
    return this.db.get('drafts', CURRENT);
  }

  /**
   * Saves the draft if the stored revision is still `expected` (0: nothing saved yet). The
   * check and the write are one transaction, so of two tabs saving at once exactly one wins;
   * the other gets `conflict` with the winner's copy and loses nothing of its own (it is still
   * in that tab, to merge or save over on purpose).
   */
  async save(draft: Draft, expected: number): Promise<SaveResult> {
    try {
      const tx = this.db.transaction('drafts', 'readwrite');
      const current = await tx.store.get(CURRENT);
      if ((current?.revision ?? 0) !== expected) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { ok: false, reason: 'conflict', current: current! };
      }
      const revision = expected + 1;
      await tx.store.put({ draft, revision, savedAt: Date.now() }, CURRENT);
      await tx.done;
      this.channel?.postMessage({ revision });
      return { ok: true, revision };
    } catch (error) {
      return { ok: false, reason: 'storage', message: storageMessage(error) };
    }
  }

  /** Keeps a photo; returns false (with nothing written) when the device refuses the space. */
  async putPhoto(key: string, blob: Blob): Promise<SaveResult | { ok: true }> {
    try {
      await this.db.put('photos', blob, key);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: 'storage', message: storageMessage(error) };
    }
  }

  getPhoto(key: string): Promise<Blob | undefined> {
    return this.db.get('photos', key);
  }

  /** Deletes photos no product refers to any more. */
  async prunePhotos(keep: ReadonlySet<string>): Promise<void> {
    const tx = this.db.transaction('photos', 'readwrite');
    for (const key of await tx.store.getAllKeys()) if (!keep.has(key)) await tx.store.delete(key);
    await tx.done;
  }

  /** Calls `listener` when another tab saves; returns a function that stops listening. */
  onChange(listener: (revision: number) => void): () => void {
    const handler = (event: MessageEvent<{ revision: number }>) => listener(event.data.revision);
    this.channel?.addEventListener('message', handler);
    return () => this.channel?.removeEventListener('message', handler);
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }
}

function storageMessage(error: unknown): { id: string; en: string } {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return {
      id: 'Ruang penyimpanan di perangkat ini penuh, jadi perubahan terakhir belum tersimpan. Ekspor katalog (zip) sekarang agar aman, lalu hapus foto atau data situs lain.',
      en: 'This device’s storage is full, so the last change is not saved. Export the catalog (zip) now to keep it safe, then delete photos or other sites’ data.',
    };
  }
  return {
    id: 'Perubahan belum tersimpan di perangkat ini (penyimpanan peramban menolak). Ekspor katalog (zip) agar aman.',
    en: 'The change is not saved on this device (the browser’s storage refused it). Export the catalog (zip) to keep it safe.',
  };
}
