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
 * Judges sensor noise (σ in levels at the analysis size): good up to 3, bad from 6. Grain
 * comes from too little light, so the tip is about light, not about a filter.
 */
export function checkNoise(sigma: number): Check {
  if (stryMutAct_9fa48("287")) {
    {}
  } else {
    stryCov_9fa48("287");
    const rating = rateValue(sigma, 3, 6);
    return stryMutAct_9fa48("288") ? {} : (stryCov_9fa48("288"), {
      id: stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), 'noise'),
      value: sigma,
      ...rating,
      tip: (stryMutAct_9fa48("292") ? rating.verdict !== 'good' : stryMutAct_9fa48("291") ? false : stryMutAct_9fa48("290") ? true : (stryCov_9fa48("290", "291", "292"), rating.verdict === (stryMutAct_9fa48("293") ? "" : (stryCov_9fa48("293"), 'good')))) ? stryMutAct_9fa48("294") ? {} : (stryCov_9fa48("294"), {
        id: stryMutAct_9fa48("295") ? "" : (stryCov_9fa48("295"), 'Foto bersih dari bintik.'),
        en: stryMutAct_9fa48("296") ? "" : (stryCov_9fa48("296"), 'No visible grain.')
      }) : stryMutAct_9fa48("297") ? {} : (stryCov_9fa48("297"), {
        id: stryMutAct_9fa48("298") ? "" : (stryCov_9fa48("298"), 'Foto berbintik (noise): tambah cahaya, misalnya foto di dekat jendela pada siang hari, dan jangan pakai zoom digital.'),
        en: stryMutAct_9fa48("299") ? "" : (stryCov_9fa48("299"), 'The photo is grainy: add light, for example shoot near a window in daylight, and don’t use digital zoom.')
      })
    });
  }
}