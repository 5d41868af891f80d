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
import { rateValue } from './rate-value.js';

/**
 * Blur (σ at a 1024-pixel long side) up to which a photo is sharp, and from which it is bad.
 * `good` is midway on a log scale between the blurriest clean photo (0.88) and the sharpest
 * photo blurred by σ 2 (1.25) of the `tune` half of the bench's photo set.
 */
export const SHARPNESS_THRESHOLDS = {
  good: 1.05,
  bad: 1.45
} as const;

/**
 * Judges the blur on the product's edges (σ in pixels at a 1024-pixel long side; `Infinity`
 * when no edge could be measured, which is reported as 8 px: nothing is in focus).
 */
export function checkSharpness(sigmaAt1024: number): Check {
  if (stryMutAct_9fa48("341")) {
    {}
  } else {
    stryCov_9fa48("341");
    const value = Number.isFinite(sigmaAt1024) ? sigmaAt1024 : 8;
    const rating = rateValue(value, SHARPNESS_THRESHOLDS.good, SHARPNESS_THRESHOLDS.bad);
    return stryMutAct_9fa48("342") ? {} : (stryCov_9fa48("342"), {
      id: stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), 'sharpness'),
      value,
      ...rating,
      tip: (stryMutAct_9fa48("346") ? rating.verdict !== 'good' : stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345", "346"), rating.verdict === (stryMutAct_9fa48("347") ? "" : (stryCov_9fa48("347"), 'good')))) ? stryMutAct_9fa48("348") ? {} : (stryCov_9fa48("348"), {
        id: stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), 'Produk tajam.'),
        en: stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), 'The product is sharp.')
      }) : stryMutAct_9fa48("351") ? {} : (stryCov_9fa48("351"), {
        id: stryMutAct_9fa48("352") ? "" : (stryCov_9fa48("352"), 'Foto buram: sandarkan HP agar tidak goyang, ketuk produk di layar agar fokus, dan lap lensa kamera.'),
        en: stryMutAct_9fa48("353") ? "" : (stryCov_9fa48("353"), 'The photo is blurry: rest the phone on something so it stays still, tap the product on screen to focus, and wipe the lens.')
      })
    });
  }
}