import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { Lang } from '@etalase/catalog';
import { CHECK_IDS } from '@etalase/photo-coach';
import type { Check, PhotoReport, Verdict } from '@etalase/photo-coach';
import { CHECK_NAMES, CHECK_WHY, VERDICT_LABELS, ct } from './photo-coach-strings.js';

// How a photo report looks: the score, the top tips and every check. Pure functions of
// the report and the language.

const VERDICT_ICONS: Readonly<Record<Verdict, TemplateResult>> = {
  good: svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`,
  warn: svg`<path d="M12 6v8M12 17.5v.5" />`,
  bad: svg`<path d="M7 7l10 10M17 7L7 17" />`,
};

/** A verdict's icon (decorative: the verdict is also given in words). */
export function verdictIcon(verdict: Verdict): TemplateResult {
  return html`<svg class="icon ${verdict}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${VERDICT_ICONS[verdict]}
  </svg>`;
}

/** A score's band: 80 and up is ready to list, under 60 needs work. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

/** A number with the language's decimal mark (`1,5` in Bahasa Indonesia). */
function decimal(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** A check's measurement in words a seller can read at a glance. */
export function describeValue(check: Check, report: PhotoReport, lang: Lang): string {
  const v = check.value;
  switch (check.id) {
    case 'resolution':
      return `${Math.round(v)} px`;
    case 'aspect':
      return decimal(v, 2, lang);
    case 'exposure':
      return `${v > 0 ? '+' : ''}${decimal(v, 1, lang)} EV`;
    case 'tilt':
      return `${decimal(Math.abs(v), 1, lang)}°`;
    case 'subject-size':
    case 'centering':
    case 'background':
      return `${Math.round(v * 100)} %`;
    case 'color-cast':
      return `${Math.round(v)} %`;
    default:
      return report.problem ? '—' : decimal(v, 1, lang);
  }
}

/** The score as a ring with its number, and what it means. */
export function renderScore(score: number, lang: Lang): TemplateResult {
  const band = scoreBand(score);
  const label = ct(
    lang,
    band === 'good' ? 'scoreGood' : band === 'fair' ? 'scoreFair' : 'scorePoor',
  );
  const circumference = 2 * Math.PI * 42;
  return html`
    <div class="score ${band}">
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="track" cx="50" cy="50" r="42" />
        <circle
          class="value"
          cx="50"
          cy="50"
          r="42"
          stroke-dasharray="${(circumference * score) / 100} ${circumference}"
        />
        <text x="50" y="58" text-anchor="middle">${score}</text>
      </svg>
      <div>
        <p class="score-title">
          ${ct(lang, 'score')}:
          <span class="visually-hidden">${ct(lang, 'scoreOf', { score })}</span>
        </p>
        <p class="score-label">${label}</p>
      </div>
    </div>
  `;
}

/** The (up to three) tips that would help most, each with why it matters to buyers. */
export function renderTips(report: PhotoReport, lang: Lang): TemplateResult {
  const tips = report.tips ?? [];
  if (tips.length === 0) return html`<p class="note good">${ct(lang, 'noTips')}</p>`;
  return html`<ol class="tips">
    ${tips.map((tip) => {
      const check = report.checks.find((c) => c.id === tip.check)!;
      return html`<li class="tip">
        ${verdictIcon(check.verdict)}
        <div>
          <strong>${CHECK_NAMES[tip.check][lang]}</strong>
          <span class="visually-hidden">(${VERDICT_LABELS[check.verdict][lang]})</span>
          <p>${tip.tip[lang]}</p>
          <p class="muted small">
            <span class="why">${ct(lang, 'whyLabel')}</span>
            ${CHECK_WHY[tip.check][lang]}
          </p>
        </div>
      </li>`;
    })}
  </ol>`;
}

/** Every check, with its icon, verdict in words, measurement and tip. */
export function renderChecks(report: PhotoReport, lang: Lang): TemplateResult {
  return html`<ul class="checks">
    ${CHECK_IDS.map((id) => {
      const check = report.checks.find((c) => c.id === id);
      if (!check) return nothing;
      return html`<li class="check">
        ${verdictIcon(check.verdict)}
        <span class="check-name">${CHECK_NAMES[id][lang]}</span>
        <span class="visually-hidden">: ${VERDICT_LABELS[check.verdict][lang]}.</span>
        <span class="check-value">${describeValue(check, report, lang)}</span>
        <span class="check-tip">${check.tip[lang]}</span>
      </li>`;
    })}
  </ul>`;
}
