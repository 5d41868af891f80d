import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { CHECK_IDS } from '@etalase/photo-coach';
import type { Check, CheckId, PhotoReport, PhotoTip } from '@etalase/photo-coach';
import {
  onlyPossibleProblems,
  renderChecks,
  renderTips,
  shownTips,
  shownVerdict,
} from './photo-report-view.js';

/** A report whose checks are all good, but for `changes`; `tips` as the package would list. */
function reportWith(changes: Partial<Record<CheckId, Partial<Check>>>, tips: PhotoTip[] = []) {
  const checks = CHECK_IDS.map((id): Check => ({
    id,
    verdict: 'good',
    value: 0,
    severity: 0,
    tip: { id: `Tip ${id}`, en: `Tip ${id}` },
    ...changes[id],
  }));
  return { score: 90, checks, subject: { x: 0, y: 0, width: 1, height: 1 }, tips } as PhotoReport;
}

const tip = (check: CheckId, impact: number): PhotoTip => ({
  check,
  impact,
  tip: { id: `Tip ${check}`, en: `Tip ${check}` },
});

/** A tilt the coach is not sure of, yet mentions (any check may carry the field). */
const gentleTilt: Partial<Check> = {
  verdict: 'good',
  confidence: 0.3,
  severity: 0.1,
  possibleProblem: true,
  tip: {
    id: 'Foto mungkin miring. Jika memang miring, …',
    en: 'The photo may be tilted. If so, …',
  },
};

function mount(template: TemplateResult): HTMLElement {
  const div = document.createElement('div');
  render(template, div);
  return div;
}
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tiltRow = (view: HTMLElement) => view.querySelectorAll('.check')[CHECK_IDS.indexOf('tilt')]!;

afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

describe('photo report view: a possible problem the coach is not sure of', () => {
  it('shows "check for yourself", not the green good, in the checks, for any check', () => {
    const report = reportWith({ tilt: gentleTilt });
    expect(shownVerdict(report.checks.find((c) => c.id === 'tilt')!)).to.equal('maybe');
    const id = mount(renderChecks(report, 'id'));
    const icon = tiltRow(id).querySelector('.icon')!.getAttribute('class');
    expect(icon).to.contain('maybe');
    expect(icon).to.not.contain('good');
    expect(text(tiltRow(id).querySelector('.maybe-label'))).to.equal('Periksa sendiri');
    expect(text(tiltRow(id).querySelector('.visually-hidden'))).to.equal(
      ': Mungkin perlu diperbaiki, periksa sendiri.',
    );
    const en = mount(renderChecks(report, 'en'));
    expect(text(tiltRow(en).querySelector('.maybe-label'))).to.equal('Check yourself');
    expect(text(tiltRow(en).querySelector('.visually-hidden'))).to.equal(
      ': May need fixing, check for yourself.',
    );
    // The other checks are as sure and as good as before.
    expect(id.querySelectorAll('.icon.good').length).to.equal(CHECK_IDS.length - 1);
    expect(id.querySelectorAll('.maybe-label').length).to.equal(1);
  });

  it('lists its tip after the sure tips, three tips at most', () => {
    const one = reportWith({ tilt: gentleTilt, exposure: { verdict: 'bad', severity: 0.8 } }, [
      tip('exposure', 20),
    ]);
    expect(shownTips(one).map((t) => t.check)).to.deep.equal(['exposure', 'tilt']);
    const view = mount(renderTips(one, 'id'));
    const items = [...view.querySelectorAll('.tip')];
    expect(items.map((li) => li.querySelector('.icon')!.getAttribute('class'))).to.deep.equal([
      'icon bad',
      'icon maybe',
    ]);
    expect(text(items[1]!)).to.contain('Kemiringan');
    expect(text(items[1]!)).to.contain('Foto mungkin miring');
    expect(text(items[1]!)).to.contain('(Mungkin perlu diperbaiki, periksa sendiri)');
    expect(view.querySelector('.note')).to.equal(null);

    const full = reportWith(
      {
        tilt: gentleTilt,
        'color-cast': { ...gentleTilt, severity: 0.3 },
        exposure: { verdict: 'bad' },
        sharpness: { verdict: 'warn' },
      },
      [tip('exposure', 20), tip('sharpness', 5)],
    );
    // The gentle mention costing the score more comes first; the third slot is the last.
    expect(shownTips(full).map((t) => t.check)).to.deep.equal([
      'exposure',
      'sharpness',
      'color-cast',
    ]);
    const sure = [tip('exposure', 20), tip('sharpness', 5), tip('noise', 2)];
    expect(shownTips(reportWith({ tilt: gentleTilt }, sure)).map((t) => t.check)).to.deep.equal(
      sure.map((t) => t.check),
    );
  });

  it('is shown as a tip even when nothing is sure to need changing', () => {
    const view = mount(renderTips(reportWith({ tilt: gentleTilt }), 'en'));
    expect(view.querySelector('.note')).to.equal(null);
    expect(text(view.querySelector('.tip'))).to.contain('The photo may be tilted');
  });
});

describe('photo report view: a warning the coach is not sure of', () => {
  /** A tilt read off few or short lines: `warn` under SURE_CONFIDENCE, as checkTilt gives. */
  const mayBeTilted: Partial<Check> = {
    verdict: 'warn',
    confidence: 0.35,
    severity: 0.3,
    value: 9.5,
    tip: {
      id: 'Foto mungkin miring 9,5°: nyalakan garis bantu (grid) kamera.',
      en: 'The photo may be tilted 9.5°: turn on the camera grid.',
    },
  };

  it('shows "check for yourself" in the checks and in its tip, not "could be better"', () => {
    const report = reportWith({ tilt: mayBeTilted }, [tip('tilt', 5)]);
    expect(text(tiltRow(mount(renderChecks(report, 'id'))).querySelector('.maybe-label'))).to.equal(
      'Periksa sendiri',
    );
    const items = [...mount(renderTips(report, 'en')).querySelectorAll('.tip')];
    expect(items.length).to.equal(1);
    expect(items[0]!.querySelector('.icon')!.getAttribute('class')).to.equal('icon maybe');
    expect(text(items[0]!)).to.contain('(May need fixing, check for yourself)');
    expect(text(items[0]!)).to.not.contain('Could be better');
  });

  it('counts as only a possible problem (the heading does not say "change these first")', () => {
    expect(onlyPossibleProblems(reportWith({ tilt: mayBeTilted }, [tip('tilt', 5)]))).to.equal(
      true,
    );
    expect(onlyPossibleProblems(reportWith({ tilt: gentleTilt }))).to.equal(true);
    const withSure = reportWith({ tilt: mayBeTilted, sharpness: { verdict: 'bad' } }, [
      tip('sharpness', 20),
      tip('tilt', 5),
    ]);
    expect(onlyPossibleProblems(withSure)).to.equal(false);
    expect(onlyPossibleProblems(reportWith({}))).to.equal(false);
  });

  it('keeps a sure warning (no confidence, or confidence from 0.5) as "could be better"', () => {
    for (const confidence of [undefined, 0.5, 0.9]) {
      const check = { ...mayBeTilted, confidence };
      const report = reportWith({ tilt: check }, [tip('tilt', 5)]);
      expect(shownVerdict(report.checks.find((c) => c.id === 'tilt')!)).to.equal('warn');
    }
  });
});

describe('photo report view: reports without possibleProblem (made before it existed)', () => {
  /** A colour cast the coach could not tell, as reports have said since `confidence` came. */
  const cannotTell: Partial<Check> = {
    verdict: 'good',
    confidence: 0.2,
    severity: 0.2,
    tip: {
      id: 'Tidak ada benda putih atau abu-abu yang jelas di foto untuk menilai warna cahaya.',
      en: 'Nothing clearly white or grey in the photo shows the colour of the light.',
    },
  };

  it('shows a check that is merely not sure as good, with no tip, as before', () => {
    const report = reportWith({ 'color-cast': cannotTell });
    const checks = mount(renderChecks(report, 'id'));
    expect(checks.querySelectorAll('.icon.good').length).to.equal(CHECK_IDS.length);
    expect(checks.querySelector('.maybe-label')).to.equal(null);
    expect(text(checks.querySelectorAll('.check .visually-hidden')[0])).to.equal(': Bagus.');
    const tips = mount(renderTips(report, 'id'));
    expect(text(tips)).to.equal('Foto ini sudah bagus. Tidak ada yang perlu diubah.');
  });

  it("lists exactly the report's own tips, with their verdicts", () => {
    const report = reportWith(
      { 'color-cast': cannotTell, sharpness: { verdict: 'bad' }, noise: { verdict: 'warn' } },
      [tip('sharpness', 20), tip('noise', 3)],
    );
    expect(shownTips(report)).to.deep.equal(
      report.tips!.map(({ check, tip: words }) => ({ check, tip: words })),
    );
    const items = [...mount(renderTips(report, 'en')).querySelectorAll('.tip')];
    expect(items.map((li) => li.querySelector('.icon')!.getAttribute('class'))).to.deep.equal([
      'icon bad',
      'icon warn',
    ]);
    expect(text(items[0]!)).to.contain('(Needs fixing)');
    expect(text(items[1]!)).to.contain('(Could be better)');
  });
});
