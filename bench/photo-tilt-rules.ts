// The tilt check's rules rerun in seconds over stored lines: each real photo of photo-set.ts,
// clean and turned as the bench turns it, is read once (`readTiltLines`: the Hough vote and
// the straight segments, the pixel work, about a minute) into a file; later runs apply
// `judgeTilt` and `checkTilt` from the source as it is now, and print the bench's tilt figures
// per group (real photos only, so the halves' counts are the bench's less its rendered scenes)
// and, against a baseline saved earlier, the copies whose verdict or confidence changed. For
// trying a rule on the tune half and seeing what else it moves, before a bench run.
//
//   cd bench && node --conditions=source --import tsx photo-tilt-rules.ts --read   (store the lines)
//   cd bench && node --conditions=source --import tsx photo-tilt-rules.ts --save   (figures; keep as baseline)
//   cd bench && node --conditions=source --import tsx photo-tilt-rules.ts          (figures, changes)
//
// Changes are listed for the tune half only unless PHOTO_TILT_LINES_ANY=1: the report half and
// the fresh batches stay unseen (their figures are printed, as the bench prints them). The lines
// are stored in $TMPDIR (PHOTO_TILT_RULES_DIR to choose); read them again after changing
// photo-set.ts or the segment finder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTilt } from '../packages/photo-coach/src/checks/check-tilt.js';
import {
  judgeTilt,
  readTiltLines,
  type TiltLines,
} from '../packages/photo-coach/src/estimate-tilt.js';
import { SURE_CONFIDENCE } from '../packages/photo-coach/src/photo-report.js';
import { loadPhoto } from './photo-load.js';
import { REAL_PHOTOS, type RealPhoto } from './photo-set.js';
import { tiltInputs, turnedPhoto } from './photo-tilt-inputs.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.PHOTO_TILT_RULES_DIR ?? tmpdir();
const linesFile = join(dir, 'etalase-tilt-lines.json');
const baselineFile = join(dir, 'etalase-tilt-baseline.json');
/** The bench's tilt strengths, and −12° (the other way) as a check on a rule's symmetry. */
const TURNS = [0, 2, 4, 8, 12, -12] as const;

interface Stored extends TiltLines {
  readonly file: string;
  readonly turn: number;
  readonly width: number;
  readonly height: number;
}

if (process.argv.includes('--read')) {
  const stored: Stored[] = [];
  for (const photo of REAL_PHOTOS) {
    const image = loadPhoto(join(here, 'photo-set', photo.file));
    for (const turn of TURNS) {
      const { gradients, edges, width, height } = tiltInputs(turnedPhoto(image, turn));
      stored.push({
        file: photo.file,
        turn,
        width,
        height,
        ...readTiltLines(gradients, edges, width, height),
      });
    }
  }
  writeFileSync(linesFile, JSON.stringify(stored));
  console.log(`stored the lines of ${stored.length} copies in ${linesFile}`);
  process.exit(0);
}
if (!existsSync(linesFile))
  throw new Error(`no stored lines: run with --read first (${linesFile})`);

const GROUPS = ['report', 'tune', 'fresh', 'fresh2', 'fresh3'] as const;
type Group = (typeof GROUPS)[number];
const FRESH: Partial<Record<Group, number>> = { fresh: 1, fresh2: 2, fresh3: 3 };
const inGroup = (p: RealPhoto, g: Group) =>
  FRESH[g] !== undefined ? p.fresh === FRESH[g] : p.half === g && !p.fresh;

const photos = new Map(REAL_PHOTOS.map((p) => [p.file, p]));
const readings = (JSON.parse(readFileSync(linesFile, 'utf8')) as Stored[])
  .filter((s) => photos.has(s.file))
  .map((s) => {
    const t = judgeTilt(s, s.width, s.height);
    const check = checkTilt(t.degrees, t.confidence);
    const flagged = check.verdict !== 'good';
    return {
      photo: photos.get(s.file)!,
      turn: s.turn,
      value: check.value,
      flagged,
      sure: flagged && t.confidence >= SURE_CONFIDENCE,
      /** Verdict, "!" sure or "?" possible when flagged, angle and confidence. */
      text: `${check.verdict}${flagged ? (t.confidence >= SURE_CONFIDENCE ? '!' : '?') : ''} ${t.degrees.toFixed(1)}° ${t.confidence.toFixed(2)}`,
    };
  });
type Reading = (typeof readings)[number];

const share = (list: readonly Reading[], pick: (r: Reading) => boolean) =>
  `${list.filter(pick).length}/${list.length}`;
const mean = (values: readonly number[]) =>
  values.length ? (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2) : '–';
console.log(
  'group    12° caught (surely) lines · angle error all / caught · false alarms (sure) · 2/4/8/12° flagged · −12° caught lines',
);
for (const g of GROUPS) {
  const group = readings.filter((r) => inGroup(r.photo, g));
  if (group.length === 0) continue;
  const clean = group.filter((r) => r.turn === 0);
  const lines12 = group.filter((r) => r.turn === 12 && r.photo.lines);
  const errors = (list: readonly Reading[]) => list.map((r) => Math.abs(r.value - 12));
  const flaggedAt = [2, 4, 8, 12].map((turn) =>
    share(
      group.filter((r) => r.turn === turn),
      (r) => r.flagged,
    ),
  );
  const sureAlarms = clean
    .filter((r) => r.sure)
    .map((r) => `${r.photo.file} ${r.value.toFixed(1)}°`);
  console.log(
    `${g.padEnd(8)} ${share(lines12, (r) => r.flagged)} (${lines12.filter((r) => r.sure).length}) · ${mean(errors(lines12))} / ${mean(errors(lines12.filter((r) => r.flagged)))} · ${share(clean, (r) => r.flagged)} (${sureAlarms.length}${sureAlarms.length ? `: ${sureAlarms.join(', ')}` : ''}) · ${flaggedAt.join(' ')} · ${share(
      group.filter((r) => r.turn === -12 && r.photo.lines),
      (r) => r.flagged,
    )}`,
  );
}

const key = (r: Reading) => `${r.photo.file} ${r.turn}°`;
if (process.argv.includes('--save')) {
  writeFileSync(
    baselineFile,
    JSON.stringify(Object.fromEntries(readings.map((r) => [key(r), r.text]))),
  );
  console.log(`saved as the baseline: ${baselineFile}`);
} else if (existsSync(baselineFile)) {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, string>;
  const any = process.env.PHOTO_TILT_LINES_ANY === '1';
  const changed = readings.filter(
    (r) => baseline[key(r)] !== undefined && baseline[key(r)] !== r.text,
  );
  const shown = changed.filter((r) => any || inGroup(r.photo, 'tune'));
  console.log(
    `changed against the baseline: ${changed.length} copies${shown.length < changed.length ? ` (${changed.length - shown.length} outside the tune half not listed)` : ''}`,
  );
  for (const r of shown) console.log(`  ${key(r)}: ${baseline[key(r)]} → ${r.text}`);
}
