// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { Check } from '../photo-report.js';
import { SRGB_TO_LINEAR } from '../srgb.js';
import { rateValue, worse } from './rate-value.js';
import type { Rating } from './rate-value.js';

/** What {@link checkExposure} reads. Luma values are 0–255. */
export interface ExposureInput {
  /** 99.5th percentile of the whole frame's luma: the brightest real highlight. */
  readonly high: number;
  /** Median luma of the product. */
  readonly subjectMedian: number;
  /** Share of the product's pixels with a channel at 250 or more (blown highlights). */
  readonly clippedHighlights: number;
  /** Share of the product's pixels with luma 4 or less (crushed shadows). */
  readonly clippedShadows: number;
  /**
   * Whether a plain, light, nearly neutral backdrop (paper, cloth, a wall) fills the border:
   * the photo was meant to be bright, so a dim one is too dark for sure. Default false: then a
   * photo whose highlights stay within {@link LOW_KEY_LIMIT} of white may be dark on purpose.
   */
  readonly lightBackdrop?: boolean;
}

/** Brightest highlight of a well-exposed photo (luma). */
export const WHITE_TARGET = 242;
/** Median of a product that is not too bright (luma). */
export const BRIGHT_TARGET = 170;
/**
 * How far (EV) the highlights of a photo without a light backdrop may stay under white before
 * it is too dark whatever the intent: a cat on a brown sofa, fruit on black or a macro on dark
 * leaves reads −0.7 to −0.9 EV, and a well-lit photo one and a half stops under reads −1.34 or
 * darker. Chosen on the bench's tune half, between its darkest clean photo (−0.79) and its
 * lightest −1.5 EV copy (−1.34).
 */
export const LOW_KEY_LIMIT = 1.1;
/** The confidence of a dark verdict in the low-key range when nothing shows it is wrong. */
export const LOW_KEY_CONFIDENCE = 0.3;
const lin = stryMutAct_9fa48("207") ? () => undefined : (stryCov_9fa48("207"), (() => {
  const lin = (v: number): number => SRGB_TO_LINEAR[stryMutAct_9fa48("208") ? Math.min(0, Math.min(255, Math.round(v))) : (stryCov_9fa48("208"), Math.max(0, stryMutAct_9fa48("209") ? Math.max(255, Math.round(v)) : (stryCov_9fa48("209"), Math.min(255, Math.round(v)))))]!;
  return lin;
})());

/**
 * Estimates the exposure error in stops: when even the brightest highlights stay grey, how
 * far they are from white (negative); otherwise how far the product's median sits above a
 * bright-but-detailed level (positive). Blown highlights and crushed shadows on the product
 * are rated too, since a stop-count alone misses them. Good within ±0.6 EV, bad past 1.1 EV.
 */
export function exposureError(input: ExposureInput): number {
  if (stryMutAct_9fa48("210")) {
    {}
  } else {
    stryCov_9fa48("210");
    if (stryMutAct_9fa48("214") ? input.high >= WHITE_TARGET : stryMutAct_9fa48("213") ? input.high <= WHITE_TARGET : stryMutAct_9fa48("212") ? false : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213", "214"), input.high < WHITE_TARGET)) return Math.log2(stryMutAct_9fa48("215") ? Math.max(lin(input.high), 1e-4) * lin(WHITE_TARGET) : (stryCov_9fa48("215"), (stryMutAct_9fa48("216") ? Math.min(lin(input.high), 1e-4) : (stryCov_9fa48("216"), Math.max(lin(input.high), 1e-4))) / lin(WHITE_TARGET)));
    return stryMutAct_9fa48("217") ? Math.min(0, Math.log2(lin(input.subjectMedian) / lin(BRIGHT_TARGET))) : (stryCov_9fa48("217"), Math.max(0, Math.log2(stryMutAct_9fa48("218") ? lin(input.subjectMedian) * lin(BRIGHT_TARGET) : (stryCov_9fa48("218"), lin(input.subjectMedian) / lin(BRIGHT_TARGET)))));
  }
}

/**
 * Judges exposure: too dark, too bright, blown highlights, crushed shadows.
 *
 * A photo can be dark on purpose (low key: a dark product on a dark cloth, lit from one
 * side). Without a light backdrop to show that it was meant to be bright, a photo whose
 * highlights stay within {@link LOW_KEY_LIMIT} of white, and its crushed shadows, are not
 * held against it: the verdict is `good` with `confidence` {@link LOW_KEY_CONFIDENCE} and
 * a tip that says what to do if the darkness was not meant.
 */
export function checkExposure(input: ExposureInput): Check {
  if (stryMutAct_9fa48("219")) {
    {}
  } else {
    stryCov_9fa48("219");
    const ev = exposureError(input);
    const stops = rateValue(Math.abs(ev), 0.6, 1.1);
    const blown = rateValue(input.clippedHighlights, 0.06, 0.2);
    const crushed = rateValue(input.clippedShadows, 0.1, 0.3);
    const lowKey = stryMutAct_9fa48("222") ? ev < 0 && input.lightBackdrop !== true || -ev <= LOW_KEY_LIMIT : stryMutAct_9fa48("221") ? false : stryMutAct_9fa48("220") ? true : (stryCov_9fa48("220", "221", "222"), (stryMutAct_9fa48("224") ? ev < 0 || input.lightBackdrop !== true : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224"), (stryMutAct_9fa48("227") ? ev >= 0 : stryMutAct_9fa48("226") ? ev <= 0 : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226", "227"), ev < 0)) && (stryMutAct_9fa48("229") ? input.lightBackdrop === true : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229"), input.lightBackdrop !== (stryMutAct_9fa48("230") ? false : (stryCov_9fa48("230"), true)))))) && (stryMutAct_9fa48("233") ? -ev > LOW_KEY_LIMIT : stryMutAct_9fa48("232") ? -ev < LOW_KEY_LIMIT : stryMutAct_9fa48("231") ? true : (stryCov_9fa48("231", "232", "233"), (stryMutAct_9fa48("234") ? +ev : (stryCov_9fa48("234"), -ev)) <= LOW_KEY_LIMIT)));
    const fine: Rating = stryMutAct_9fa48("235") ? {} : (stryCov_9fa48("235"), {
      verdict: stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), 'good'),
      severity: 0
    });
    const rating = lowKey ? blown : worse(worse(stops, blown), crushed);
    if (stryMutAct_9fa48("239") ? lowKey && rating.verdict === 'good' || worse(stops, crushed).verdict !== 'good' : stryMutAct_9fa48("238") ? false : stryMutAct_9fa48("237") ? true : (stryCov_9fa48("237", "238", "239"), (stryMutAct_9fa48("241") ? lowKey || rating.verdict === 'good' : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241"), lowKey && (stryMutAct_9fa48("243") ? rating.verdict !== 'good' : stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242", "243"), rating.verdict === (stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), 'good')))))) && (stryMutAct_9fa48("246") ? worse(stops, crushed).verdict === 'good' : stryMutAct_9fa48("245") ? true : (stryCov_9fa48("245", "246"), worse(stops, crushed).verdict !== (stryMutAct_9fa48("247") ? "" : (stryCov_9fa48("247"), 'good')))))) {
      if (stryMutAct_9fa48("248")) {
        {}
      } else {
        stryCov_9fa48("248");
        return stryMutAct_9fa48("249") ? {} : (stryCov_9fa48("249"), {
          id: stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), 'exposure'),
          value: ev,
          ...fine,
          confidence: LOW_KEY_CONFIDENCE,
          tip: stryMutAct_9fa48("251") ? {} : (stryCov_9fa48("251"), {
            id: stryMutAct_9fa48("252") ? "" : (stryCov_9fa48("252"), 'Foto cukup gelap. Jika bukan disengaja, foto di dekat jendela pada siang hari atau ketuk produk di layar lalu geser ikon matahari ke atas.'),
            en: stryMutAct_9fa48("253") ? "" : (stryCov_9fa48("253"), 'The photo is rather dark. If that is not on purpose, shoot near a window in daylight, or tap the product on screen and slide the sun icon up.')
          })
        });
      }
    }
    let tip;
    if (stryMutAct_9fa48("256") ? rating.verdict !== 'good' : stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : (stryCov_9fa48("254", "255", "256"), rating.verdict === (stryMutAct_9fa48("257") ? "" : (stryCov_9fa48("257"), 'good')))) {
      if (stryMutAct_9fa48("258")) {
        {}
      } else {
        stryCov_9fa48("258");
        tip = stryMutAct_9fa48("259") ? {} : (stryCov_9fa48("259"), {
          id: stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), 'Pencahayaan sudah pas.'),
          en: stryMutAct_9fa48("261") ? "" : (stryCov_9fa48("261"), 'Exposure looks right.')
        });
      }
    } else if (stryMutAct_9fa48("264") ? rating === stops || ev < 0 : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264"), (stryMutAct_9fa48("266") ? rating !== stops : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266"), rating === stops)) && (stryMutAct_9fa48("269") ? ev >= 0 : stryMutAct_9fa48("268") ? ev <= 0 : stryMutAct_9fa48("267") ? true : (stryCov_9fa48("267", "268", "269"), ev < 0)))) {
      if (stryMutAct_9fa48("270")) {
        {}
      } else {
        stryCov_9fa48("270");
        tip = stryMutAct_9fa48("271") ? {} : (stryCov_9fa48("271"), {
          id: stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), 'Foto terlalu gelap: foto di dekat jendela pada siang hari, atau ketuk produk di layar lalu geser ikon matahari ke atas.'),
          en: stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), 'Too dark: shoot near a window in daylight, or tap the product on screen and slide the sun icon up.')
        });
      }
    } else if (stryMutAct_9fa48("276") ? rating !== crushed : stryMutAct_9fa48("275") ? false : stryMutAct_9fa48("274") ? true : (stryCov_9fa48("274", "275", "276"), rating === crushed)) {
      if (stryMutAct_9fa48("277")) {
        {}
      } else {
        stryCov_9fa48("277");
        tip = stryMutAct_9fa48("278") ? {} : (stryCov_9fa48("278"), {
          id: stryMutAct_9fa48("279") ? "" : (stryCov_9fa48("279"), 'Bagian gelap produk hilang detailnya: pasang kertas putih di sisi yang gelap sebagai pemantul cahaya.'),
          en: stryMutAct_9fa48("280") ? "" : (stryCov_9fa48("280"), 'The dark parts lose detail: put a white sheet of paper on the shadow side to bounce light in.')
        });
      }
    } else {
      if (stryMutAct_9fa48("281")) {
        {}
      } else {
        stryCov_9fa48("281");
        tip = stryMutAct_9fa48("282") ? {} : (stryCov_9fa48("282"), {
          id: stryMutAct_9fa48("283") ? "" : (stryCov_9fa48("283"), 'Foto terlalu terang atau bagian putih “gosong”: hindari sinar matahari langsung, ketuk produk di layar lalu geser ikon matahari ke bawah.'),
          en: stryMutAct_9fa48("284") ? "" : (stryCov_9fa48("284"), 'Too bright, or whites are blown out: avoid direct sun, tap the product on screen and slide the sun icon down.')
        });
      }
    }
    return stryMutAct_9fa48("285") ? {} : (stryCov_9fa48("285"), {
      id: stryMutAct_9fa48("286") ? "" : (stryCov_9fa48("286"), 'exposure'),
      value: ev,
      ...rating,
      tip
    });
  }
}