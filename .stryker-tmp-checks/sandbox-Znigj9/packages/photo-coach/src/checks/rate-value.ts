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
import type { Verdict } from '../photo-report.js';

/** A verdict and a severity (0–1) for a measurement. */
export interface Rating {
  readonly verdict: Verdict;
  readonly severity: number;
}

/**
 * Rates `value` against a `good` and a `bad` threshold (either direction: when `bad > good`
 * larger is worse). Severity is 0 up to `good`, rises linearly to 0.5 at `bad`, and reaches 1
 * one more step of the same size beyond `bad`, so the score keeps falling as a defect worsens.
 */
export function rateValue(value: number, good: number, bad: number): Rating {
  if (stryMutAct_9fa48("431")) {
    {}
  } else {
    stryCov_9fa48("431");
    const span = stryMutAct_9fa48("432") ? bad + good : (stryCov_9fa48("432"), bad - good);
    const t = (stryMutAct_9fa48("435") ? span !== 0 : stryMutAct_9fa48("434") ? false : stryMutAct_9fa48("433") ? true : (stryCov_9fa48("433", "434", "435"), span === 0)) ? (stryMutAct_9fa48("438") ? value !== good : stryMutAct_9fa48("437") ? false : stryMutAct_9fa48("436") ? true : (stryCov_9fa48("436", "437", "438"), value === good)) ? 0 : 2 : stryMutAct_9fa48("439") ? (value - good) * span : (stryCov_9fa48("439"), (stryMutAct_9fa48("440") ? value + good : (stryCov_9fa48("440"), value - good)) / span);
    if (stryMutAct_9fa48("443") ? false : stryMutAct_9fa48("442") ? true : stryMutAct_9fa48("441") ? t > 0 : (stryCov_9fa48("441", "442", "443"), !(stryMutAct_9fa48("447") ? t <= 0 : stryMutAct_9fa48("446") ? t >= 0 : stryMutAct_9fa48("445") ? false : stryMutAct_9fa48("444") ? true : (stryCov_9fa48("444", "445", "446", "447"), t > 0)))) return stryMutAct_9fa48("448") ? {} : (stryCov_9fa48("448"), {
      verdict: stryMutAct_9fa48("449") ? "" : (stryCov_9fa48("449"), 'good'),
      severity: 0
    });
    if (stryMutAct_9fa48("453") ? t >= 1 : stryMutAct_9fa48("452") ? t <= 1 : stryMutAct_9fa48("451") ? false : stryMutAct_9fa48("450") ? true : (stryCov_9fa48("450", "451", "452", "453"), t < 1)) return stryMutAct_9fa48("454") ? {} : (stryCov_9fa48("454"), {
      verdict: stryMutAct_9fa48("455") ? "" : (stryCov_9fa48("455"), 'warn'),
      severity: stryMutAct_9fa48("456") ? 0.5 / t : (stryCov_9fa48("456"), 0.5 * t)
    });
    return stryMutAct_9fa48("457") ? {} : (stryCov_9fa48("457"), {
      verdict: stryMutAct_9fa48("458") ? "" : (stryCov_9fa48("458"), 'bad'),
      severity: stryMutAct_9fa48("459") ? Math.max(1, 0.5 + 0.5 * (t - 1)) : (stryCov_9fa48("459"), Math.min(1, stryMutAct_9fa48("460") ? 0.5 - 0.5 * (t - 1) : (stryCov_9fa48("460"), 0.5 + (stryMutAct_9fa48("461") ? 0.5 / (t - 1) : (stryCov_9fa48("461"), 0.5 * (stryMutAct_9fa48("462") ? t + 1 : (stryCov_9fa48("462"), t - 1)))))))
    });
  }
}

/** The worse of two ratings. */
export function worse(a: Rating, b: Rating): Rating {
  if (stryMutAct_9fa48("463")) {
    {}
  } else {
    stryCov_9fa48("463");
    return (stryMutAct_9fa48("467") ? a.severity < b.severity : stryMutAct_9fa48("466") ? a.severity > b.severity : stryMutAct_9fa48("465") ? false : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465", "466", "467"), a.severity >= b.severity)) ? a : b;
  }
}