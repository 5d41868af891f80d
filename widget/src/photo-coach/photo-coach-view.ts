import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '@etalase/catalog';
import { MARKETPLACE_PRESETS } from '@etalase/photo-coach';
import type { MarketplacePresetId } from '@etalase/photo-coach';
import { renderBeforeAfter } from './before-after.js';
import { renderCamera } from './camera-view.js';
import { PRESET_IDS, listingPlace, pendingCount } from './coach-photo.js';
import type { CoachPhoto } from './coach-photo.js';
import type { LiveCamera } from './live-camera.js';
import { coachText, presetName } from './photo-coach-strings.js';
import type { PhotoIntake } from './photo-intake.js';
import type { PhotoQueue } from './photo-queue.js';
import {
  renderChecks,
  renderScore,
  renderTips,
  scoreBand,
  onlyPossibleProblems,
  shownTips,
} from './photo-report-view.js';

/** What the element does when the seller acts (beside the queue's own methods). */
export interface CoachActions {
  setPreset(preset: string): void;
  openPicker(selector: string): void;
  openCamera(): void;
  readonly shoot: () => void;
  readonly closeCamera: () => void;
  downloadAll(): void;
  makeMain(photo: CoachPhoto): void;
  remove(photo: CoachPhoto): void;
  fixedText(photo: CoachPhoto): string;
  downloadName(photo: CoachPhoto): string;
}

/** Everything the photo coach's view shows. */
export interface CoachView {
  readonly lang: Lang;
  readonly preset: MarketplacePresetId;
  readonly q: PhotoQueue;
  readonly intake: PhotoIntake;
  readonly camera: LiveCamera | undefined;
  /** The camera cue last said to screen readers. */
  readonly cueAnnounced: string;
  readonly a: CoachActions;
}

/** The photo coach: presets, the ways to add photos, the photo strip and the report. */
export function renderCoach(v: CoachView): TemplateResult {
  const { q, lang, preset, a } = v;
  const t = coachText(lang);
  const rules = MARKETPLACE_PRESETS[preset];
  const fixedCount = q.photos.filter((p) => p.fix?.status === 'done').length;
  const checkedCount = q.photos.filter((p) => p.status === 'done').length;
  const tooMany = rules.maxPhotos !== undefined && q.photos.length > rules.maxPhotos;
  return html`
    <div class="base" part="base" lang=${lang}>
      <header class="head">
        <h2>${t('title')}</h2>
        <p class="muted">${t('intro')}</p>
        <label class="preset">
          <span>${t('preset')}</span>
          <select
            .value=${preset}
            @change=${(e: Event) => a.setPreset((e.target as HTMLSelectElement).value)}
          >
            ${PRESET_IDS.map(
              (id) =>
                html`<option value=${id} ?selected=${id === preset}>
                  ${presetName(id, lang)}
                </option>`,
            )}
          </select>
        </label>
      </header>

      <div
        class="drop ${v.intake.dragging ? 'dragging' : ''}"
        part="drop"
        @dragover=${(e: Event) => v.intake.dragOver(e as DragEvent)}
        @dragleave=${v.intake.dragLeave}
        @drop=${(e: Event) => v.intake.drop(e as DragEvent)}
      >
        <div class="buttons">
          <button type="button" class="primary pick" @click=${() => a.openPicker('.capture')}>
            ${t('takePhoto')}
          </button>
          <button type="button" @click=${() => a.openPicker('.choose')}>
            ${t('choosePhotos')}
          </button>
          <button type="button" class="live" @click=${() => a.openCamera()} ?disabled=${!!v.camera}>
            ${t('liveCamera')}
          </button>
        </div>
        <p class="muted hint">${t('dropHint')}</p>
        <input
          class="capture"
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          tabindex="-1"
          aria-hidden="true"
          @change=${v.intake.pick}
        />
        <input
          class="choose"
          type="file"
          accept="image/*"
          multiple
          hidden
          tabindex="-1"
          aria-hidden="true"
          @change=${v.intake.pick}
        />
      </div>

      ${
        v.camera
          ? renderCamera(v.camera, lang, v.cueAnnounced, {
              shoot: a.shoot,
              close: a.closeCamera,
            })
          : nothing
      }

      <p class="visually-hidden" role="status" aria-live="polite">${q.state.status}</p>
      ${
        pendingCount(q.photos) > 0
          ? html`<p class="muted progress" aria-hidden="true">
              ${t('progress', {
                done: q.photos.length - pendingCount(q.photos) + 1,
                total: q.photos.length,
              })}
            </p>`
          : nothing
      }
      ${q.photos.length ? renderStrip(v) : nothing}
      ${
        q.engine && !q.engine.inWorker && checkedCount > 0
          ? html`<p class="muted small">${t('workerFallback')}</p>`
          : nothing
      }
      ${
        tooMany
          ? html`<p class="note warn">
              ${t('tooMany', {
                marketplace: presetName(preset, lang),
                n: rules.maxPhotos!,
                from: rules.maxPhotos! + 1,
              })}
            </p>`
          : nothing
      }
      ${
        q.photos.length > 1 && checkedCount > 0
          ? html`<div class="bulk">
              <button type="button" @click=${() => void q.fixAll()}>${t('fixAll')}</button>
              ${
                fixedCount > 0
                  ? html`<button type="button" @click=${() => a.downloadAll()}>
                      ${t('downloadAll', { n: fixedCount })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${q.selected ? renderReport(v, q.selected) : nothing}
    </div>
  `;
}

function renderStrip(v: CoachView): TemplateResult {
  const { q, lang } = v;
  const t = coachText(lang);
  const selected = q.selected;
  return html`
    <ol class="strip" aria-label=${t('photos')}>
      ${repeat(
        q.photos,
        (p) => p.key,
        (photo) => html`
          <li>
            <button
              type="button"
              class="thumb"
              aria-current=${photo === selected ? 'true' : 'false'}
              @click=${() => q.select(photo.key)}
            >
              ${
                photo.status === 'error'
                  ? html`<span class="thumb-broken" aria-hidden="true">?</span>`
                  : html`<img src=${photo.fix?.url ?? photo.url} alt="" />`
              }
              <span class="thumb-label">
                ${placeLabel(t, listingPlace(photo, q.photos))}
                <span class="visually-hidden">: ${photo.name}</span>
              </span>
              ${
                photo.status === 'done'
                  ? renderThumbScore((photo.fix?.result?.report ?? photo.analysis!.report).score)
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

/** "Foto utama", "Foto 2", or "Tidak terbaca" for a file that takes no place. */
function placeLabel(t: ReturnType<typeof coachText>, place: number | undefined): string {
  return place === undefined
    ? t('unreadable')
    : place === 1
      ? t('mainPhoto')
      : t('photoN', { n: place });
}

function renderThumbScore(score: number): TemplateResult {
  return html`<span class="thumb-score ${scoreBand(score)}">${score}</span>`;
}

function renderReport(v: CoachView, photo: CoachPhoto): TemplateResult {
  const { q, lang, a } = v;
  const t = coachText(lang);
  const place = listingPlace(photo, q.photos);
  const heading = placeLabel(t, place);
  const actions = html`
    <div class="actions">
      ${
        photo.status === 'done' && photo.fix?.status !== 'done'
          ? html`<button
              type="button"
              class="primary"
              @click=${() => void q.fix(photo.key)}
              ?disabled=${photo.fix?.status === 'fixing'}
            >
              ${photo.fix?.status === 'fixing' ? t('fixing') : t('fix')}
            </button>`
          : nothing
      }
      ${
        place !== undefined && place > 1
          ? html`<button type="button" @click=${() => a.makeMain(photo)}>${t('makeMain')}</button>`
          : nothing
      }
      <button type="button" class="quiet" @click=${() => a.remove(photo)}>${t('remove')}</button>
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
              <p class="note bad" role="alert">${photo.error![lang]}</p>
              ${actions}
            </div>`
          : photo.status !== 'done'
            ? html`<p class="muted">${t('reading')}</p>`
            : renderAnalysis(v, photo, actions)
      }
    </section>
  `;
}

function renderAnalysis(v: CoachView, photo: CoachPhoto, actions: TemplateResult): TemplateResult {
  const { q, a } = v;
  const lang = v.lang;
  const t = coachText(lang);
  const { note, original, analysed } = photo.analysis!;
  const fix = photo.fix;
  const fixed = fix?.status === 'done' ? fix.result : undefined;
  // Once fixed, the report is the fixed photo's: what is left is what only a new photo
  // can mend.
  const report = fixed?.report ?? photo.analysis!.report;
  const tips = shownTips(report);
  const onlyMaybe = onlyPossibleProblems(report);
  return html`
    <div class="layout">
      <div class="visual">
        ${
          fixed && fix?.url
            ? renderBeforeAfter(
                {
                  before: photo.url,
                  after: fix.url,
                  window: fixed.window,
                  width: fixed.width,
                  height: fixed.height,
                  at: fix.at,
                },
                lang,
                (at) => q.setCompareAt(photo.key, at),
              )
            : html`<img class="preview" src=${photo.url} alt=${photo.name} />`
        }
        ${
          fixed
            ? html`<p class="note good">${a.fixedText(photo)}</p>
                <p class="muted small">${t('fixedNoExif')}</p>
                <a class="button primary" href=${fix!.url!} download=${a.downloadName(photo)}>
                  ${t('download')}
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
                ${t('originalScore', { score: photo.analysis!.report.score })}
              </p>`
            : nothing
        }
        ${report.problem ? html`<p class="note warn">${report.problem.message[lang]}</p>` : nothing}
        ${note === 'first-frame' ? html`<p class="note warn">${t('firstFrame')}</p>` : nothing}
        ${
          analysed.width < original.width
            ? html`<p class="muted small">
                ${t('downscaled', { width: original.width, height: original.height })}
              </p>`
            : nothing
        }
        ${actions}
        <h4>${t(onlyMaybe ? 'maybeTips' : fixed ? 'tipsAfterFix' : 'topTips')}</h4>
        ${renderTips(report, lang)}
        <details class="all" ?open=${tips.length === 0}>
          <summary>${t('allChecks')}</summary>
          ${renderChecks(report, lang)}
        </details>
      </div>
    </div>
  `;
}
