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
import type { MarketplacePreset } from '../marketplace-presets.js';
import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/** Fill asked for when the preset names none: Etalase's own default, not a marketplace rule. */
export const DEFAULT_FILL = 0.7;

/**
 * Judges how much of the frame the product fills, the way marketplaces measure it: its longest
 * side against the frame side (Lazada asks 80 %, Amazon 85 %). Good from the preset's fill
 * less 5 points, bad 30 points under it. A product that touches two opposite edges is
 * probably cut off, which is a warning.
 */
export function checkSubjectSize(fill: number, touchesOppositeEdges: boolean, preset: MarketplacePreset): Check {
  if (stryMutAct_9fa48("354")) {
    {}
  } else {
    stryCov_9fa48("354");
    const target = stryMutAct_9fa48("355") ? preset.minFill && DEFAULT_FILL : (stryCov_9fa48("355"), preset.minFill ?? DEFAULT_FILL);
    const pct = Math.round(stryMutAct_9fa48("356") ? target / 100 : (stryCov_9fa48("356"), target * 100));
    if (stryMutAct_9fa48("359") ? touchesOppositeEdges || fill > 0.97 : stryMutAct_9fa48("358") ? false : stryMutAct_9fa48("357") ? true : (stryCov_9fa48("357", "358", "359"), touchesOppositeEdges && (stryMutAct_9fa48("362") ? fill <= 0.97 : stryMutAct_9fa48("361") ? fill >= 0.97 : stryMutAct_9fa48("360") ? true : (stryCov_9fa48("360", "361", "362"), fill > 0.97)))) {
      if (stryMutAct_9fa48("363")) {
        {}
      } else {
        stryCov_9fa48("363");
        return stryMutAct_9fa48("364") ? {} : (stryCov_9fa48("364"), {
          id: stryMutAct_9fa48("365") ? "" : (stryCov_9fa48("365"), 'subject-size'),
          value: fill,
          verdict: stryMutAct_9fa48("366") ? "" : (stryCov_9fa48("366"), 'warn'),
          severity: 0.25,
          tip: stryMutAct_9fa48("367") ? {} : (stryCov_9fa48("367"), {
            id: stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), 'Produk mungkin terpotong: mundurkan HP sedikit agar seluruh produk masuk bingkai dengan sedikit ruang di tepinya.'),
            en: stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), 'The product may be cut off: step back a little so all of it fits, with a little room at the edges.')
          })
        });
      }
    }
    const rating = rateValue(fill, stryMutAct_9fa48("370") ? target + 0.05 : (stryCov_9fa48("370"), target - 0.05), stryMutAct_9fa48("371") ? target + 0.3 : (stryCov_9fa48("371"), target - 0.3));
    return stryMutAct_9fa48("372") ? {} : (stryCov_9fa48("372"), {
      id: stryMutAct_9fa48("373") ? "" : (stryCov_9fa48("373"), 'subject-size'),
      value: fill,
      ...rating,
      tip: (stryMutAct_9fa48("376") ? rating.verdict !== 'good' : stryMutAct_9fa48("375") ? false : stryMutAct_9fa48("374") ? true : (stryCov_9fa48("374", "375", "376"), rating.verdict === (stryMutAct_9fa48("377") ? "" : (stryCov_9fa48("377"), 'good')))) ? stryMutAct_9fa48("378") ? {} : (stryCov_9fa48("378"), {
        id: stryMutAct_9fa48("379") ? "" : (stryCov_9fa48("379"), 'Ukuran produk di bingkai sudah pas.'),
        en: stryMutAct_9fa48("380") ? "" : (stryCov_9fa48("380"), 'The product fills the frame well.')
      }) : stryMutAct_9fa48("381") ? {} : (stryCov_9fa48("381"), {
        id: stryMutAct_9fa48("382") ? `` : (stryCov_9fa48("382"), `Produk terlalu kecil: dekatkan HP (jangan pakai zoom) sampai produk memenuhi sekitar ${pct}% bingkai.`),
        en: stryMutAct_9fa48("383") ? `` : (stryCov_9fa48("383"), `The product is too small: move the phone closer (don’t zoom) until it fills about ${pct}% of the frame.`)
      })
    });
  }
}