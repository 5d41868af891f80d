// Does the one-tap fix ever make a photo score lower? For the real photos in photo-set/ (and
// any files given as arguments), clean and with one middle strength of each defect the fix is
// meant to repair (photo-defects.ts), it analyses the photo, fixes it, analyses the fixed
// photo and counts the cases whose score drops by more than 1 point, listing each with the
// checks whose verdict got worse: for fixPixels alone, and for fixChecked (what the element
// runs: a step that lowers the score is left out). PHOTO_FIX_EVERY=k takes every k-th real
// photo (a quicker run). Exits 1 when the checked fix lowers a score by more than 1 point.
//   node --conditions=source --import tsx photo-fix-score.ts [extra.png ...]
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhotoReport } from '../packages/photo-coach/src/index.js';
import { analyzePixels, fixChecked, fixPixels } from '../packages/photo-coach/src/index.js';
import { DEFECTS } from './photo-defects.js';
import type { CleanPhoto } from './photo-defects.js';
import { loadPhoto } from './photo-load.js';
import { REAL_PHOTOS } from './photo-set.js';

const here = dirname(fileURLToPath(import.meta.url));
const every = Math.max(1, Number(process.env.PHOTO_FIX_EVERY ?? 1));
/** One middle strength per defect, indexed like its `strengths`. */
const MIDDLE: Record<string, number> = {};
for (const d of DEFECTS) {
  if (d.fixable) MIDDLE[d.name] = d.strengths[Math.floor((d.strengths.length - 1) / 2)]!;
}

const rank = { good: 0, warn: 1, bad: 2 } as const;
function worsened(before: PhotoReport, after: PhotoReport): string {
  return after.checks
    .filter((c) => {
      const b = before.checks.find((x) => x.id === c.id);
      return b && rank[c.verdict] > rank[b.verdict];
    })
    .map((c) => `${c.id} ${before.checks.find((x) => x.id === c.id)!.verdict}→${c.verdict}`)
    .join(', ');
}

const photos: CleanPhoto[] = [
  ...REAL_PHOTOS.filter((_, i) => i % every === 0).map(({ file, half }) => ({
    name: file,
    image: loadPhoto(join(here, 'photo-set', file)),
    half,
  })),
  ...process.argv.slice(2).map((path) => ({
    name: basename(path),
    image: loadPhoto(path),
    half: 'report' as const,
  })),
];
const started = performance.now();
let cases = 0;
const plain = { dropped: 0, largest: 0, rose: 0 };
const checked = { dropped: 0, largest: 0, rose: 0, skipped: 0 };
const tally = (t: typeof plain, delta: number) => {
  if (delta > 0) t.rose++;
  if (delta < -1) t.dropped++;
  t.largest = Math.max(t.largest, -delta);
};
for (const p of photos) {
  const copies = [
    { label: 'clean', image: p.image },
    ...DEFECTS.filter((d) => d.fixable).map((d) => ({
      label: `${d.name} ${MIDDLE[d.name]}`,
      image: d.apply(p, MIDDLE[d.name]!).image,
    })),
  ];
  for (const { label, image } of copies) {
    const before = analyzePixels(image);
    const after = analyzePixels(fixPixels(image, before));
    cases++;
    tally(plain, after.score - before.score);
    if (after.score >= before.score) {
      tally(checked, after.score - before.score);
      continue;
    }
    // fixChecked differs from fixPixels only when the fixed photo scores lower.
    const fix = fixChecked(image, before);
    tally(checked, fix.report.score - before.score);
    if (fix.skipped.length > 0) checked.skipped++;
    const without = fix.skipped.length > 0 ? `, without ${fix.skipped.join(' and ')}` : '';
    console.log(
      `  ${p.name} · ${label}: ${before.score} → ${after.score} (${worsened(before, after) || 'no verdict worse'}); checked → ${fix.report.score}${without}`,
    );
  }
}
const share = (n: number) => `${n} (${((100 * n) / cases).toFixed(1)} %)`;
console.log(
  `photos ${photos.length} (every ${every}), cases ${cases}; score dropped by more than 1 point after the fix: fixPixels ${share(plain.dropped)}, largest drop ${plain.largest}; fixChecked ${share(checked.dropped)}, largest drop ${Math.max(0, checked.largest)}, a step left out in ${checked.skipped}; score rose in ${plain.rose} / ${checked.rose}; ${((performance.now() - started) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}`,
);
// The property the element promises: the checked fix never scores more than 1 point lower.
if (checked.dropped > 0) process.exitCode = 1;
