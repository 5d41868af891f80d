import { adoptStyles, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '@etalase/catalog';
import { MARKETPLACE_PRESETS } from '@etalase/photo-coach';
import type { MarketplacePresetId } from '@etalase/photo-coach';
import type { FileAnalysis, FileFix } from '@etalase/photo-coach/browser';
import { renderBeforeAfter } from './before-after.js';
import { renderCamera } from './camera-view.js';
import { emit } from '../shared/events.js';
import { LiveCamera } from './live-camera.js';
import { photoCoachStyles } from './photo-coach.styles.js';
import { ct, formatBytes } from './photo-coach-strings.js';
import type { CoachStringKey } from './photo-coach-strings.js';
import { startPhotoEngine } from './photo-engine.js';
import { renderChecks, renderScore, renderTips, scoreBand } from './photo-report-view.js';
import type { PhotoEngine } from './photo-engine.js';
import { toLang } from '../shared/strings.js';

/** The element this controller drives (see photo-coach.ts). */
export interface PhotoCoachHost extends ReactiveControllerHost, HTMLElement {
  preset: string;
  lang: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

type Ok<T> = Extract<T, { ok: true }>;

/** One photo of the listing and what the coach knows of it. */
interface CoachPhoto {
  readonly key: number;
  readonly file: Blob;
  readonly name: string;
  /** Object URL of the file, for the preview. */
  readonly url: string;
  status: 'waiting' | 'checking' | 'done' | 'error';
  analysis?: Ok<FileAnalysis>;
  /** For `error`: what to tell the seller. */
  error?: Readonly<Record<Lang, string>>;
  /** The preset the analysis was made for. */
  preset?: MarketplacePresetId;
  fix?: {
    status: 'fixing' | 'done' | 'error';
    result?: Ok<FileFix>;
    url?: string;
    error?: Readonly<Record<Lang, string>>;
    /** Where the before/after divider sits, 0–100. */
    at: number;
  };
}

const PRESET_IDS = Object.keys(MARKETPLACE_PRESETS) as MarketplacePresetId[];

function isPresetId(value: string): value is MarketplacePresetId {
  return (PRESET_IDS as string[]).includes(value);
}

/** `Foto Kopi.JPG` → `foto-kopi`: a safe base for download names. */
function baseName(name: string): string {
  const base = name
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return base || 'foto';
}

/** What a bug in the coach (not the photo) looks like to the seller. */
function unexpectedError(): { code: 'corrupt'; message: Readonly<Record<Lang, string>> } {
  return { code: 'corrupt', message: { id: ct('id', 'failed'), en: ct('en', 'failed') } };
}

/**
 * The photo coach's behaviour and view, loaded on demand by `<etalase-photo-coach>`: a
 * controller of that element, so the element stays a few hundred bytes in the embed bundle.
 */
export class PhotoCoachApp implements ReactiveController {
  private photos: CoachPhoto[] = [];
  private selectedKey: number | undefined;
  private nextKey = 1;
  private engine: PhotoEngine | undefined;
  private queue: Promise<void> = Promise.resolve();
  private camera: LiveCamera | undefined;
  /** Announced to screen readers (and shown) after each step. */
  private status = '';
  private cueAnnounced = '';
  private dragging = false;
  private readonly onPaste = (event: ClipboardEvent) => this.paste(event);

  constructor(private readonly host: PhotoCoachHost) {
    adoptStyles(host.renderRoot as ShadowRoot, [photoCoachStyles]);
    host.addController(this); // calls hostConnected when the host is in the page already
    host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('paste', this.onPaste);
    // Work stopped by a disconnection (the element moved in the page) starts again.
    for (const photo of this.photos) if (photo.status === 'waiting') this.enqueue(photo);
  }

  hostDisconnected(): void {
    document.removeEventListener('paste', this.onPaste);
    this.closeCamera();
    // The Worker goes (its answers with it), so what was under way is put back to wait.
    this.engine?.close();
    this.engine = undefined;
    this.queue = Promise.resolve();
    for (const photo of this.photos) {
      if (photo.status === 'checking') photo.status = 'waiting';
      if (photo.fix?.status === 'fixing') photo.fix = undefined;
    }
  }

  hostUpdate(): void {
    // A new preset changes what is judged (size, shape, backdrop): judge every photo again.
    const preset = this.preset;
    if (this.photos.some((p) => p.preset !== undefined && p.preset !== preset)) {
      for (const photo of this.photos) {
        if (photo.status === 'error' || photo.preset === preset) continue;
        this.dropFix(photo);
        photo.status = 'waiting';
        photo.preset = undefined;
        this.enqueue(photo);
      }
    }
  }

  private get lang(): Lang {
    return toLang(this.host.lang);
  }

  private get preset(): MarketplacePresetId {
    return isPresetId(this.host.preset) ? this.host.preset : 'semua';
  }

  private t(key: CoachStringKey, values?: Readonly<Record<string, string | number>>): string {
    return ct(this.lang, key, values);
  }

  /** Photos still waiting for or in analysis. */
  private get pending(): number {
    return this.photos.filter((p) => p.status === 'waiting' || p.status === 'checking').length;
  }

  private get selected(): CoachPhoto | undefined {
    return this.photos.find((p) => p.key === this.selectedKey) ?? this.photos[0];
  }

  private getEngine(): PhotoEngine {
    return (this.engine ??= startPhotoEngine());
  }

  private update(status?: string): void {
    if (status !== undefined) this.status = status;
    this.host.requestUpdate();
  }

  // --- Taking photos in -------------------------------------------------------------------

  /** Adds photos (from the file inputs, a drop, a paste or the camera) and checks them in turn. */
  addFiles(files: Iterable<File | Blob>): void {
    const added: CoachPhoto[] = [];
    for (const file of files) {
      const name = file instanceof File && file.name ? file.name : `foto-${this.nextKey}.jpg`;
      const photo: CoachPhoto = {
        key: this.nextKey++,
        file,
        name,
        url: URL.createObjectURL(file),
        status: 'waiting',
      };
      this.photos.push(photo);
      added.push(photo);
    }
    if (added.length === 0) return;
    this.selectedKey = added[0]!.key;
    for (const photo of added) this.enqueue(photo);
    this.update();
  }

  private enqueue(photo: CoachPhoto): void {
    this.queue = this.queue.then(() => this.check(photo));
  }

  /** Analyses one photo, one at a time: memory stays bounded to one decoded photo. */
  private async check(photo: CoachPhoto): Promise<void> {
    if (!this.photos.includes(photo) || photo.status !== 'waiting') return;
    const preset = this.preset;
    photo.status = 'checking';
    const position = this.photos.indexOf(photo) + 1;
    this.update(this.t('progress', { done: position, total: this.photos.length }));
    const engine = this.getEngine();
    let result: FileAnalysis;
    try {
      result = await engine.analyzeFile(photo.file, preset);
    } catch {
      result = { ok: false, error: unexpectedError() };
    }
    // Removed meanwhile, or the element left the page (and the work was put back to wait).
    if (!this.photos.includes(photo) || engine !== this.engine) return;
    if (result.ok) {
      photo.status = 'done';
      photo.analysis = result;
      photo.preset = preset;
    } else {
      photo.status = 'error';
      photo.error = result.error.message;
    }
    const pending = this.photos.some((p) => p.status === 'waiting' || p.status === 'checking');
    this.update(pending ? undefined : this.t('allChecked', { n: this.photos.length }));
  }

  private pickFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files) this.addFiles(input.files);
    input.value = ''; // the same photo can be picked again
  }

  private paste(event: ClipboardEvent): void {
    if (event.defaultPrevented || !this.host.isConnected) return;
    const files = [...(event.clipboardData?.files ?? [])].filter((f) =>
      f.type.startsWith('image/'),
    );
    if (files.length === 0) return;
    event.preventDefault();
    this.addFiles(files);
  }

  private drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.addFiles(files);
    else this.update();
  }

  private dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.update();
    }
  }

  private openPicker(selector: string): void {
    (this.host.renderRoot as ShadowRoot).querySelector<HTMLInputElement>(selector)?.click();
  }

  // --- Arranging -----------------------------------------------------------------------

  private makeMain(photo: CoachPhoto): void {
    this.photos = [photo, ...this.photos.filter((p) => p !== photo)];
    this.update(`${photo.name}: ${this.t('mainPhoto')}`);
  }

  private remove(photo: CoachPhoto): void {
    const index = this.photos.indexOf(photo);
    this.photos = this.photos.filter((p) => p !== photo);
    URL.revokeObjectURL(photo.url);
    this.dropFix(photo);
    const next = this.photos[Math.min(index, this.photos.length - 1)];
    this.selectedKey = next?.key;
    this.update();
    // Keep focus in the list rather than losing it to the page.
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot as ShadowRoot;
      (
        root.querySelector<HTMLElement>('.thumb[aria-current="true"]') ??
        root.querySelector<HTMLElement>('.pick')
      )?.focus();
    });
  }

  private dropFix(photo: CoachPhoto): void {
    if (photo.fix?.url) URL.revokeObjectURL(photo.fix.url);
    photo.fix = undefined;
  }

  // --- Fixing --------------------------------------------------------------------------

  private async fix(photo: CoachPhoto): Promise<void> {
    const analysis = photo.analysis;
    const preset = photo.preset;
    if (!analysis || !preset || photo.fix?.status === 'fixing') return;
    this.dropFix(photo);
    photo.fix = { status: 'fixing', at: 50 };
    this.update(this.t('fixing'));
    const engine = this.getEngine();
    let result: FileFix;
    try {
      result = await engine.fixFile(photo.file, analysis.report, preset);
    } catch {
      result = { ok: false, error: unexpectedError() };
    }
    if (!this.photos.includes(photo) || photo.fix?.status !== 'fixing' || engine !== this.engine)
      return;
    if (!result.ok) {
      photo.fix = { status: 'error', error: result.error.message, at: 50 };
      this.update(result.error.message[this.lang]);
      return;
    }
    photo.fix = { status: 'done', result, url: URL.createObjectURL(result.blob), at: 50 };
    this.update(this.fixedText(photo));
    emit(this.host, 'etalase-photo', {
      blob: result.blob,
      report: result.report,
      before: analysis.report,
      preset,
      index: this.photos.indexOf(photo),
      name: this.downloadName(photo),
      original: photo.file,
    });
  }

  private async fixAll(): Promise<void> {
    for (const photo of this.photos) {
      if (photo.status === 'done' && photo.fix?.status !== 'done') await this.fix(photo);
    }
  }

  private downloadName(photo: CoachPhoto): string {
    const index = this.photos.indexOf(photo) + 1;
    return `${baseName(photo.name)}-${photo.preset ?? this.preset}-${index}.jpg`;
  }

  private downloadAll(): void {
    const root = this.host.renderRoot as ShadowRoot;
    for (const photo of this.photos) {
      if (!photo.fix?.url) continue;
      const link = document.createElement('a');
      link.href = photo.fix.url;
      link.download = this.downloadName(photo);
      root.appendChild(link);
      link.click();
      link.remove();
    }
  }

  private fixedText(photo: CoachPhoto): string {
    const fixed = photo.fix?.result;
    if (!fixed || !photo.analysis || !photo.preset) return '';
    return this.t('fixedFor', {
      marketplace: MARKETPLACE_PRESETS[photo.preset].name,
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
    const camera = new LiveCamera(this.getEngine(), () => this.cameraChanged());
    this.camera = camera;
    this.cueAnnounced = '';
    this.update();
    void camera.start();
  }

  private cameraChanged(): void {
    const state = this.camera?.state;
    if (state?.phase === 'live' && state.guidance) {
      const message = state.guidance.message[this.lang];
      // Screen readers hear a cue when it changes, not ten times a second.
      if (message !== this.cueAnnounced) this.cueAnnounced = message;
    }
    this.host.requestUpdate();
  }

  private closeCamera(): void {
    this.camera?.stop();
    this.camera = undefined;
    this.host.requestUpdate();
  }

  private async shoot(): Promise<void> {
    const camera = this.camera;
    if (!camera) return;
    const blob = await camera.capture();
    this.closeCamera();
    if (!blob) return;
    const name = `kamera-${new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-')}.jpg`;
    this.addFiles([new File([blob], name, { type: blob.type || 'image/jpeg' })]);
    this.update(this.t('captured'));
    void this.host.updateComplete.then(() =>
      (this.host.renderRoot as ShadowRoot).querySelector<HTMLElement>('.report h3')?.focus(),
    );
  }

  // --- View ----------------------------------------------------------------------------

  render(): TemplateResult {
    const preset = this.preset;
    const rules = MARKETPLACE_PRESETS[preset];
    const fixedCount = this.photos.filter((p) => p.fix?.status === 'done').length;
    const checkedCount = this.photos.filter((p) => p.status === 'done').length;
    const tooMany = rules.maxPhotos !== undefined && this.photos.length > rules.maxPhotos;
    return html`
      <div class="base" part="base" lang=${this.lang}>
        <header class="head">
          <h2>${this.t('title')}</h2>
          <p class="muted">${this.t('intro')}</p>
          <label class="preset">
            <span>${this.t('preset')}</span>
            <select
              .value=${preset}
              @change=${(e: Event) => {
                this.host.preset = (e.target as HTMLSelectElement).value;
              }}
            >
              ${PRESET_IDS.map(
                (id) =>
                  html`<option value=${id} ?selected=${id === preset}>
                    ${MARKETPLACE_PRESETS[id].name}
                  </option>`,
              )}
            </select>
          </label>
        </header>

        <div
          class="drop ${this.dragging ? 'dragging' : ''}"
          part="drop"
          @dragover=${(e: Event) => this.dragOver(e as DragEvent)}
          @dragleave=${() => {
            this.dragging = false;
            this.update();
          }}
          @drop=${(e: Event) => this.drop(e as DragEvent)}
        >
          <div class="buttons">
            <button type="button" class="primary pick" @click=${() => this.openPicker('.capture')}>
              ${this.t('takePhoto')}
            </button>
            <button type="button" @click=${() => this.openPicker('.choose')}>
              ${this.t('choosePhotos')}
            </button>
            <button
              type="button"
              class="live"
              @click=${() => this.openCamera()}
              ?disabled=${!!this.camera}
            >
              ${this.t('liveCamera')}
            </button>
          </div>
          <p class="muted hint">${this.t('dropHint')}</p>
          <input
            class="capture"
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            tabindex="-1"
            aria-hidden="true"
            @change=${(e: Event) => this.pickFiles(e)}
          />
          <input
            class="choose"
            type="file"
            accept="image/*"
            multiple
            hidden
            tabindex="-1"
            aria-hidden="true"
            @change=${(e: Event) => this.pickFiles(e)}
          />
        </div>

        ${
          this.camera
            ? renderCamera(this.camera, this.lang, this.cueAnnounced, {
                shoot: () => void this.shoot(),
                close: () => {
                  this.closeCamera();
                  // The close button is gone: keep focus on what opened the camera.
                  void this.host.updateComplete.then(() =>
                    (this.host.renderRoot as ShadowRoot)
                      .querySelector<HTMLElement>('.live')
                      ?.focus(),
                  );
                },
              })
            : nothing
        }

        <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
        ${
          this.pending > 0
            ? html`<p class="muted progress" aria-hidden="true">
                ${this.t('progress', {
                  done: this.photos.length - this.pending + 1,
                  total: this.photos.length,
                })}
              </p>`
            : nothing
        }
        ${this.photos.length ? this.renderStrip() : nothing}
        ${
          this.engine && !this.engine.inWorker && checkedCount > 0
            ? html`<p class="muted small">${this.t('workerFallback')}</p>`
            : nothing
        }
        ${
          tooMany
            ? html`<p class="note warn">
                ${this.t('tooMany', {
                  marketplace: rules.name,
                  n: rules.maxPhotos!,
                  from: rules.maxPhotos! + 1,
                })}
              </p>`
            : nothing
        }
        ${
          this.photos.length > 1 && checkedCount > 0
            ? html`<div class="bulk">
                <button type="button" @click=${() => void this.fixAll()}>
                  ${this.t('fixAll')}
                </button>
                ${
                  fixedCount > 0
                    ? html`<button type="button" @click=${() => this.downloadAll()}>
                        ${this.t('downloadAll', { n: fixedCount })}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${this.selected ? this.renderReport(this.selected) : nothing}
      </div>
    `;
  }

  private renderStrip(): TemplateResult {
    const selected = this.selected;
    return html`
      <ol class="strip" aria-label=${this.t('photos')}>
        ${repeat(
          this.photos,
          (p) => p.key,
          (photo, index) => html`
            <li>
              <button
                type="button"
                class="thumb"
                aria-current=${photo === selected ? 'true' : 'false'}
                @click=${() => {
                  this.selectedKey = photo.key;
                  this.update();
                }}
              >
                ${
                  photo.status === 'error'
                    ? html`<span class="thumb-broken" aria-hidden="true">?</span>`
                    : html`<img src=${photo.fix?.url ?? photo.url} alt="" />`
                }
                <span class="thumb-label">
                  ${index === 0 ? this.t('mainPhoto') : this.t('photoN', { n: index + 1 })}
                  <span class="visually-hidden">: ${photo.name}</span>
                </span>
                ${
                  photo.status === 'done'
                    ? this.renderThumbScore(
                        (photo.fix?.result?.report ?? photo.analysis!.report).score,
                      )
                    : photo.status === 'error'
                      ? html`<span class="thumb-score poor">!</span>`
                      : html`<span class="thumb-score busy" aria-hidden="true">…</span>`
                }
              </button>
            </li>
          `,
        )}
      </ol>
    `;
  }

  private renderThumbScore(score: number): TemplateResult {
    return html`<span class="thumb-score ${scoreBand(score)}">${score}</span>`;
  }

  private renderReport(photo: CoachPhoto): TemplateResult {
    const index = this.photos.indexOf(photo);
    const heading = index === 0 ? this.t('mainPhoto') : this.t('photoN', { n: index + 1 });
    const actions = html`
      <div class="actions">
        ${
          photo.status === 'done' && photo.fix?.status !== 'done'
            ? html`<button
                type="button"
                class="primary"
                @click=${() => void this.fix(photo)}
                ?disabled=${photo.fix?.status === 'fixing'}
              >
                ${photo.fix?.status === 'fixing' ? this.t('fixing') : this.t('fix')}
              </button>`
            : nothing
        }
        ${
          index > 0
            ? html`<button type="button" @click=${() => this.makeMain(photo)}>
                ${this.t('makeMain')}
              </button>`
            : nothing
        }
        <button type="button" class="quiet" @click=${() => this.remove(photo)}>
          ${this.t('remove')}
        </button>
      </div>
    `;
    return html`
      <section class="report" part="report" aria-labelledby="report-title">
        <h3 id="report-title" tabindex="-1">
          ${heading} <span class="muted name">${photo.name}</span>
        </h3>
        ${
          photo.status === 'error'
            ? html`<div class="layout">
                <p class="note bad" role="alert">${photo.error![this.lang]}</p>
                ${actions}
              </div>`
            : photo.status !== 'done'
              ? html`<p class="muted">${this.t('reading')}</p>`
              : this.renderAnalysis(photo, actions)
        }
      </section>
    `;
  }

  private renderAnalysis(photo: CoachPhoto, actions: TemplateResult): TemplateResult {
    const { note, original, analysed } = photo.analysis!;
    const lang = this.lang;
    const fix = photo.fix;
    const fixed = fix?.status === 'done' ? fix.result : undefined;
    // Once fixed, the report is the fixed photo's: what is left is what only a new photo
    // can mend.
    const report = fixed?.report ?? photo.analysis!.report;
    const tips = report.tips ?? [];
    return html`
      <div class="layout">
        <div class="visual">
          ${
            fixed && fix?.url
              ? renderBeforeAfter(
                  {
                    before: photo.url,
                    after: fix.url,
                    width: fixed.width,
                    height: fixed.height,
                    at: fix.at,
                  },
                  lang,
                  (at) => {
                    fix.at = at;
                    this.update();
                  },
                )
              : html`<img class="preview" src=${photo.url} alt=${photo.name} />`
          }
          ${
            fixed
              ? html`<p class="note good">${this.fixedText(photo)}</p>
                  <p class="muted small">${this.t('fixedNoExif')}</p>
                  <a class="button primary" href=${fix!.url!} download=${this.downloadName(photo)}>
                    ${this.t('download')}
                  </a>`
              : nothing
          }
          ${fix?.status === 'error' ? html`<p class="note bad" role="alert">${fix.error![lang]}</p>` : nothing}
        </div>
        <div class="findings">
          ${renderScore(report.score, lang)}
          ${
            fixed
              ? html`<p class="muted small">
                  ${this.t('originalScore', { score: photo.analysis!.report.score })}
                </p>`
              : nothing
          }
          ${report.problem ? html`<p class="note warn">${report.problem.message[lang]}</p>` : nothing}
          ${note === 'first-frame' ? html`<p class="note warn">${this.t('firstFrame')}</p>` : nothing}
          ${
            analysed.width < original.width
              ? html`<p class="muted small">
                  ${this.t('downscaled', { width: original.width, height: original.height })}
                </p>`
              : nothing
          }
          ${actions}
          <h4>${this.t(fixed ? 'tipsAfterFix' : 'topTips')}</h4>
          ${renderTips(report, lang)}
          <details class="all" ?open=${tips.length === 0}>
            <summary>${this.t('allChecks')}</summary>
            ${renderChecks(report, lang)}
          </details>
        </div>
      </div>
    `;
  }
}
