import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { inlineStyle } from '../shared/inline-style.js';
import type { Lang } from '@etalase/catalog';
import type { LiveCamera } from './live-camera.js';
import { CUE_ICONS, ct } from './photo-coach-strings.js';

/** What the camera view's buttons do. */
export interface CameraActions {
  shoot(): void;
  close(): void;
}

/**
 * The live camera: the viewfinder with the cue over it (and the product's box, and a level
 * line when tilted), the shutter and a close button; or why the camera cannot be used.
 * `announced` is the cue screen readers hear (only when it changes).
 */
export function renderCamera(
  camera: LiveCamera,
  lang: Lang,
  announced: string,
  actions: CameraActions,
): TemplateResult {
  const state = camera.state;
  const close = html`<button type="button" @click=${() => actions.close()}>
    ${ct(lang, 'closeCamera')}
  </button>`;
  if (state.phase === 'error') {
    return html`<section class="camera" part="camera" aria-label=${ct(lang, 'cameraTitle')}>
      <p class="note bad" role="alert">${ct(lang, state.problem)}</p>
      ${close}
    </section>`;
  }
  const guidance = state.phase === 'live' ? state.guidance : undefined;
  const frame = state.phase === 'live' && state.frame.width > 0 ? state.frame : undefined;
  const box =
    guidance && frame
      ? {
          left: `${(guidance.subject.x / frame.width) * 100}%`,
          top: `${(guidance.subject.y / frame.height) * 100}%`,
          width: `${(guidance.subject.width / frame.width) * 100}%`,
          height: `${(guidance.subject.height / frame.height) * 100}%`,
        }
      : undefined;
  return html`
    <section class="camera" part="camera" aria-label=${ct(lang, 'cameraTitle')}>
      <div
        class="viewfinder"
        ${inlineStyle(frame ? { 'aspect-ratio': `${frame.width} / ${frame.height}` } : {})}
      >
        <video
          ${ref((el) => {
            if (el) camera.attach(el as HTMLVideoElement);
          })}
          muted
          playsinline
          aria-hidden="true"
        ></video>
        ${
          box && guidance?.cue !== 'ready'
            ? html`<span class="subject-box" ${inlineStyle(box)} aria-hidden="true"></span>`
            : nothing
        }
        ${
          guidance?.cue === 'tilted'
            ? html`<span
                class="level"
                ${inlineStyle({ transform: `rotate(${-guidance.tiltDegrees}deg)` })}
                aria-hidden="true"
              ></span>`
            : nothing
        }
        <p
          class="cue ${guidance?.cue ?? 'starting'}"
          aria-hidden="true"
          data-cue=${guidance?.cue ?? ''}
        >
          ${
            guidance
              ? html`<span class="cue-icon">${CUE_ICONS[guidance.cue]}</span>
                  ${guidance.message[lang]}`
              : ct(lang, 'cameraStarting')
          }
        </p>
        ${
          state.phase === 'live'
            ? html`<span class="fps" aria-hidden="true"
                >${ct(lang, 'fps', { fps: state.fps })}</span
              >`
            : nothing
        }
      </div>
      <p class="visually-hidden" role="status">${announced}</p>
      <div class="camera-buttons">
        <button
          type="button"
          class="primary shutter"
          @click=${() => actions.shoot()}
          ?disabled=${state.phase !== 'live'}
        >
          ${ct(lang, 'shutter')}
        </button>
        ${close}
      </div>
    </section>
  `;
}
