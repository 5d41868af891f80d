import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { Lang } from '@etalase/catalog';
import { CHECK_IDS, SURE_CONFIDENCE } from '@etalase/photo-coach';
import type { Check, CheckId, LocalizedText, PhotoReport, Verdict } from '@etalase/photo-coach';
import { CHECK_NAMES, CHECK_WHY, VERDICT_LABELS, ct } from './photo-coach-strings.js';

// How a photo report looks: the score, the top tips and every check. Pure functions of
// the report and the language.

/**
 * What a seller is shown for a check: its verdict, or `maybe` for a check that is not sure
 * yet still raises a possible problem (verdict `good` with `possibleProblem`, or a `warn`
 * under {@link SURE_CONFIDENCE}, whose tip the report contract words as a question: "the
 * photo may be tilted"): neither a green "good" beside a tip that asks them to look, nor a
 * verdict the photo gave no evidence for, but "check for yourself".
 */
export type ShownVerdict = Verdict | 'maybe';

/** How `check` is shown (see {@link ShownVerdict}); a report without the fields, as before. */
export function shownVerdict(check: Check): ShownVerdict {
  if (check.verdict === 'good') return check.possibleProblem === true ? 'maybe' : 'good';
  if (check.verdict === 'warn' && (check.confidence ?? 1) < SURE_CONFIDENCE) return 'maybe';
  return check.verdict;
}

const VERDICT_ICONS: Readonly<Record<ShownVerdict, TemplateResult>> = {
  good: svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`,
  warn: svg`<path d="M12 6v8M12 17.5v.5" />`,
  bad: svg`<path d="M7 7l10 10M17 7L7 17" />`,
  maybe: svg`<path d="M9.2 9.4a2.9 2.9 0 1 1 3.9 2.7c-.7.3-1.1.9-1.1 1.6v.6M12 17.5v.5" />`,
};

/** A verdict's icon (decorative: the verdict is also given in words). */
export function verdictIcon(verdict: ShownVerdict): TemplateResult {
  return html`<svg class="icon ${verdict}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${VERDICT_ICONS[verdict]}
  </svg>`;
}

/**
 * The verdict in words for screen readers, and for `maybe` also on screen: a question mark
 * alone is not a verdict a new seller knows (a tick, "!" and a cross are).
 */
function verdictWords(verdict: ShownVerdict, lang: Lang, before: string, after: string) {
  return html`${
      verdict === 'maybe'
        ? html`<span class="maybe-label" aria-hidden="true">${ct(lang, 'checkYourself')}</span>`
        : nothing
    }<span class="visually-hidden">${before}${VERDICT_LABELS[verdict][lang]}${after}</span>`;
}

/** Most tips shown at once (the report's own `tips` hold at most this many). */
const MAX_TIPS = 3;

/** A tip as the report view lists it. */
export interface ShownTip {
  readonly check: CheckId;
  readonly tip: LocalizedText;
}

/**
 * The tips a seller reads: the report's own (problems, the one worth most first; a `warn`
 * the check is not sure of is among them, shown as `maybe`), then the checks whose verdict
 * is `good` yet raise a possible problem (`maybe`, never among the report's tips; the one
 * costing the score most first), at most three in all.
 */
export function shownTips(report: PhotoReport): ShownTip[] {
  const sure = (report.tips ?? []).map(({ check, tip }) => ({ check, tip }));
  const listed = new Set(sure.map((t) => t.check));
  const maybe = report.checks
    .filter((c) => shownVerdict(c) === 'maybe' && !listed.has(c.id))
    .sort((a, b) => b.severity - a.severity)
    .map((c) => ({ check: c.id, tip: c.tip }));
  return [...sure, ...maybe].slice(0, MAX_TIPS);
}

/**
 * Whether every tip shown only raises a possible problem (see {@link ShownVerdict}): then
 * "change these first" would claim more than the coach knows.
 */
export function onlyPossibleProblems(report: PhotoReport): boolean {
  const tips = shownTips(report);
  return (
    tips.length > 0 &&
    tips.every((tip) => shownVerdict(report.checks.find((c) => c.id === tip.check)!) === 'maybe')
  );
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
  const tips = shownTips(report);
  if (tips.length === 0) return html`<p class="note good">${ct(lang, 'noTips')}</p>`;
  return html`<ol class="tips">
    ${tips.map((tip) => {
      const verdict = shownVerdict(report.checks.find((c) => c.id === tip.check)!);
      return html`<li class="tip">
        ${verdictIcon(verdict)}
        <div>
          <span class="check-name">
            <strong>${CHECK_NAMES[tip.check][lang]}</strong>
            ${verdictWords(verdict, lang, '(', ')')}
          </span>
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
      const verdict = shownVerdict(check);
      return html`<li class="check">
        ${verdictIcon(verdict)}
        <span class="check-name">
          ${CHECK_NAMES[id][lang]}${verdictWords(verdict, lang, ': ', '.')}
        </span>
        <span class="check-value">${describeValue(check, report, lang)}</span>
        <span class="check-tip">${check.tip[lang]}</span>
      </li>`;
    })}
  </ul>`;
}
