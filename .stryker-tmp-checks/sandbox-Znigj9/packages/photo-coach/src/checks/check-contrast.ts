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
import { rateValue } from './rate-value.js';
const lin = stryMutAct_9fa48("184") ? () => undefined : (stryCov_9fa48("184"), (() => {
  const lin = (v: number): number => SRGB_TO_LINEAR[stryMutAct_9fa48("185") ? Math.min(0, Math.min(255, Math.round(v))) : (stryCov_9fa48("185"), Math.max(0, stryMutAct_9fa48("186") ? Math.max(255, Math.round(v)) : (stryCov_9fa48("186"), Math.min(255, Math.round(v)))))]!;
  return lin;
})());

/** Blacks below this luma all count as black (the ratio would explode on sensor noise). */
const BLACK_FLOOR = 8;

/**
 * Tonal range in stops between the 1st and 99th luma percentiles, in linear light. Measured
 * as a ratio so that a dark but otherwise fine photo (an exposure problem, fixed by levels)
 * is not also called flat; haze, a smudged lens or backlight lift the blacks and shrink it.
 */
export function tonalRange(low: number, high: number): number {
  if (stryMutAct_9fa48("187")) {
    {}
  } else {
    stryCov_9fa48("187");
    return Math.log2(stryMutAct_9fa48("188") ? lin(high) * lin(Math.max(low, BLACK_FLOOR)) : (stryCov_9fa48("188"), lin(high) / lin(stryMutAct_9fa48("189") ? Math.min(low, BLACK_FLOOR) : (stryCov_9fa48("189"), Math.max(low, BLACK_FLOOR)))));
  }
}

/** Judges contrast: good from 4.5 stops, bad under 3. */
export function checkContrast(low: number, high: number): Check {
  if (stryMutAct_9fa48("190")) {
    {}
  } else {
    stryCov_9fa48("190");
    const value = (stryMutAct_9fa48("194") ? high <= 0 : stryMutAct_9fa48("193") ? high >= 0 : stryMutAct_9fa48("192") ? false : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192", "193", "194"), high > 0)) ? tonalRange(low, high) : 0;
    const rating = rateValue(value, 4.5, 3);
    return stryMutAct_9fa48("195") ? {} : (stryCov_9fa48("195"), {
      id: stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), 'contrast'),
      value,
      ...rating,
      tip: (stryMutAct_9fa48("199") ? rating.verdict !== 'good' : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199"), rating.verdict === (stryMutAct_9fa48("200") ? "" : (stryCov_9fa48("200"), 'good')))) ? stryMutAct_9fa48("201") ? {} : (stryCov_9fa48("201"), {
        id: stryMutAct_9fa48("202") ? "" : (stryCov_9fa48("202"), 'Kontras sudah cukup.'),
        en: stryMutAct_9fa48("203") ? "" : (stryCov_9fa48("203"), 'Contrast is fine.')
      }) : stryMutAct_9fa48("204") ? {} : (stryCov_9fa48("204"), {
        id: stryMutAct_9fa48("205") ? "" : (stryCov_9fa48("205"), 'Foto tampak pucat/berkabut: lap lensa kamera HP, dan jangan memotret membelakangi jendela atau lampu.'),
        en: stryMutAct_9fa48("206") ? "" : (stryCov_9fa48("206"), 'The photo looks flat or hazy: wipe the phone’s lens, and don’t shoot against a window or lamp.')
      })
    });
  }
}