import { adoptStyles } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '@etalase/catalog';
import type { MarketplacePresetId } from '@etalase/photo-coach';
import { toPresetId } from './coach-photo.js';
import type { CoachPhoto } from './coach-photo.js';
import { emit } from '../shared/events.js';
import { LiveCamera } from './live-camera.js';
import { photoCoachStyles } from './photo-coach.styles.js';
import { ct, formatBytes, presetName } from './photo-coach-strings.js';
import type { CoachStringKey } from './photo-coach-strings.js';
import { renderCoach } from './photo-coach-view.js';
import type { CoachActions } from './photo-coach-view.js';
import { downloadAll, downloadName } from './photo-downloads.js';
import { PhotoIntake } from './photo-intake.js';
import { PhotoQueue } from './photo-queue.js';
import type { FixedPhoto } from './photo-queue.js';
import { toLang } from '../shared/strings.js';
import type { TextValues } from '../shared/strings.js';

/** The element this controller drives (see photo-coach.ts). */
export interface PhotoCoachHost extends ReactiveControllerHost, HTMLElement {
  preset: string;
  lang: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The photo coach's behaviour and view, loaded on demand by `<etalase-photo-coach>`: a
 * controller of that element, so the element stays a few hundred bytes in the embed bundle.
 * It wires the parts together: {@link PhotoQueue} (the photos, analysed and fixed one at a
 * time), {@link PhotoIntake} (pickers, drop, paste), the live camera, downloads and the view
 * ({@link renderCoach}).
 */
export class PhotoCoachApp implements ReactiveController {
  private readonly queue: PhotoQueue;
  private readonly intake: PhotoIntake;
  private camera: LiveCamera | undefined;
  private cueAnnounced = '';

  constructor(private readonly host: PhotoCoachHost) {
    adoptStyles(host.renderRoot as ShadowRoot, [photoCoachStyles]);
    this.queue = new PhotoQueue(
      host,
      () => this.preset,
      (fixed) => this.fixed(fixed),
    );
    this.intake = new PhotoIntake(host, (files) => this.queue.add(files));
    host.addController(this); // calls hostConnected when the host is in the page already
    host.requestUpdate(); // the element renders this app from now on
  }

  hostDisconnected(): void {
    this.closeCamera();
  }

  private get lang(): Lang {
    return toLang(this.host.lang);
  }

  private get preset(): MarketplacePresetId {
    return toPresetId(this.host.preset);
  }

  private t(key: CoachStringKey, values?: TextValues): string {
    return ct(this.lang, key, values);
  }

  /** Adds photos (from the file inputs, a drop, a paste or the camera) and checks them in turn. */
  addFiles(files: Iterable<File | Blob>): void {
    this.queue.add(files);
  }

  private root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  /** Once the view has rendered, focuses the first element matching one of `selectors`. */
  private focusAfterRender(...selectors: string[]): void {
    void this.host.updateComplete.then(() => {
      for (const selector of selectors) {
        const target = this.root().querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  /** A photo was fixed: tell the host page, and say what was made. */
  private fixed({ photo, result }: FixedPhoto): string {
    const photos = this.queue.photos;
    emit(this.host, 'etalase-photo', {
      blob: result.blob,
      report: result.report,
      before: photo.analysis!.report,
      preset: photo.preset!,
      index: photos.indexOf(photo),
      name: downloadName(photo, photos, this.preset),
      original: photo.file,
    });
    return this.fixedText(photo);
  }

  private fixedText(photo: CoachPhoto): string {
    const fixed = photo.fix?.result;
    if (!fixed || !photo.analysis || !photo.preset) return '';
    return this.t('fixedFor', {
      marketplace: presetName(photo.preset, this.lang, true),
      width: fixed.width,
      height: fixed.height,
      size: formatBytes(fixed.blob.size, this.lang),
      before: photo.analysis.report.score,
      after: fixed.report.score,
    });
  }

  // --- Live camera ---------------------------------------------------------------------

  private openCamera(): void {
    if (this.camera) return;
    const camera = new LiveCamera(this.queue.startEngine(), () => this.cameraChanged());
    this.camera = camera;
    this.cueAnnounced = '';
    this.host.requestUpdate(); // the camera is this controller's state, not a host property
    void camera.start();
  }

  /** The camera's state changed (many times a second while live). */
  private cameraChanged(): void {
    const state = this.camera?.state;
    if (state?.phase === 'live' && state.guidance) {
      // Screen readers hear a cue when it changes, not ten times a second.
      this.cueAnnounced = state.guidance.message[this.lang];
    }
    this.host.requestUpdate(); // LiveCamera keeps its state itself
  }

  private closeCamera(): void {
    if (!this.camera) return;
    this.camera.stop();
    this.camera = undefined;
    this.host.requestUpdate(); // as in openCamera
  }

  private async shoot(): Promise<void> {
    const camera = this.camera;
    if (!camera) return;
    const blob = await camera.capture();
    this.closeCamera();
    if (!blob) return;
    const name = `kamera-${new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-')}.jpg`;
    this.queue.add([new File([blob], name, { type: blob.type || 'image/jpeg' })]);
    this.queue.announce(this.t('captured'));
    this.focusAfterRender('.report h3');
  }

  // --- View ----------------------------------------------------------------------------

  private readonly actions: CoachActions = {
    setPreset: (preset) => {
      this.host.preset = preset;
    },
    openPicker: (selector) => this.root().querySelector<HTMLInputElement>(selector)?.click(),
    openCamera: () => this.openCamera(),
    shoot: () => void this.shoot(),
    closeCamera: () => {
      this.closeCamera();
      // The close button is gone: keep focus on what opened the camera.
      this.focusAfterRender('.live');
    },
    downloadAll: () => downloadAll(this.root(), this.queue.photos, this.preset),
    makeMain: (photo) => {
      this.queue.makeMain(photo.key);
      this.queue.announce(`${photo.name}: ${this.t('mainPhoto')}`);
    },
    remove: (photo) => {
      this.queue.remove(photo.key);
      // Keep focus in the list rather than losing it to the page.
      this.focusAfterRender('.thumb[aria-current="true"]', '.pick');
    },
    fixedText: (photo) => this.fixedText(photo),
    downloadName: (photo) => downloadName(photo, this.queue.photos, this.preset),
  };

  render(): TemplateResult {
    return renderCoach({
      lang: this.lang,
      preset: this.preset,
      q: this.queue,
      intake: this.intake,
      camera: this.camera,
      cueAnnounced: this.cueAnnounced,
      a: this.actions,
    });
  }
}
