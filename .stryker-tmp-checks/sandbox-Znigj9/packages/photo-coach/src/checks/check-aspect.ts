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

/**
 * Judges width ÷ height against the preset's aspect (good within 3 %, bad beyond 2.5 : 1).
 * Only a light penalty: the one-tap fix crops to the right aspect, padding rather than cutting.
 */
export function checkAspect(width: number, height: number, preset: MarketplacePreset): Check {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const value = (stryMutAct_9fa48("4") ? height <= 0 : stryMutAct_9fa48("3") ? height >= 0 : stryMutAct_9fa48("2") ? false : stryMutAct_9fa48("1") ? true : (stryCov_9fa48("1", "2", "3", "4"), height > 0)) ? stryMutAct_9fa48("5") ? width * height : (stryCov_9fa48("5"), width / height) : 0;
    const target = preset.aspect;
    if (stryMutAct_9fa48("8") ? target === undefined && value === 0 : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), (stryMutAct_9fa48("10") ? target !== undefined : stryMutAct_9fa48("9") ? false : (stryCov_9fa48("9", "10"), target === undefined)) || (stryMutAct_9fa48("12") ? value !== 0 : stryMutAct_9fa48("11") ? false : (stryCov_9fa48("11", "12"), value === 0)))) {
      if (stryMutAct_9fa48("13")) {
        {}
      } else {
        stryCov_9fa48("13");
        return stryMutAct_9fa48("14") ? {} : (stryCov_9fa48("14"), {
          id: stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), 'aspect'),
          verdict: stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), 'good'),
          value,
          severity: 0,
          tip: stryMutAct_9fa48("17") ? {} : (stryCov_9fa48("17"), {
            id: stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), 'Rasio foto bebas untuk marketplace ini.'),
            en: stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), 'Any aspect ratio is fine here.')
          })
        });
      }
    }
    const off = Math.abs(Math.log(stryMutAct_9fa48("20") ? value * target : (stryCov_9fa48("20"), value / target)));
    const rating = rateValue(off, Math.log(1.03), Math.log(2.5));
    const square = stryMutAct_9fa48("23") ? target !== 1 : stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22", "23"), target === 1);
    return stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
      id: stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), 'aspect'),
      value,
      ...rating,
      tip: (stryMutAct_9fa48("28") ? rating.verdict !== 'good' : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28"), rating.verdict === (stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'good')))) ? stryMutAct_9fa48("30") ? {} : (stryCov_9fa48("30"), {
        id: stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), 'Rasio foto sudah sesuai.'),
        en: stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'The aspect ratio fits.')
      }) : stryMutAct_9fa48("33") ? {} : (stryCov_9fa48("33"), {
        id: square ? stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), 'Foto belum persegi: pakai mode kamera 1:1, atau biarkan perbaikan otomatis memotongnya.') : stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), 'Rasio foto belum sesuai marketplace: biarkan perbaikan otomatis memotongnya.'),
        en: square ? stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), 'The photo is not square: use the camera’s 1:1 mode, or let the one-tap fix crop it.') : stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), 'The aspect ratio does not fit this marketplace: let the one-tap fix crop it.')
      })
    });
  }
}