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
 * Judges how far the product's centre is from the frame's, as a share of the frame (the
 * larger of the horizontal and vertical offsets): good up to 8 %, bad from 20 %.
 */
export function checkCentering(offset: number): Check {
  if (stryMutAct_9fa48("91")) {
    {}
  } else {
    stryCov_9fa48("91");
    const rating = rateValue(offset, 0.08, 0.2);
    return stryMutAct_9fa48("92") ? {} : (stryCov_9fa48("92"), {
      id: stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), 'centering'),
      value: offset,
      ...rating,
      tip: (stryMutAct_9fa48("96") ? rating.verdict !== 'good' : stryMutAct_9fa48("95") ? false : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95", "96"), rating.verdict === (stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), 'good')))) ? stryMutAct_9fa48("98") ? {} : (stryCov_9fa48("98"), {
        id: stryMutAct_9fa48("99") ? "" : (stryCov_9fa48("99"), 'Produk sudah di tengah.'),
        en: stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), 'The product is centred.')
      }) : stryMutAct_9fa48("101") ? {} : (stryCov_9fa48("101"), {
        id: stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), 'Letakkan produk di tengah bingkai; nyalakan garis bantu (grid) kamera sebagai panduan.'),
        en: stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), 'Put the product in the middle of the frame; turn on the camera grid as a guide.')
      })
    });
  }
}