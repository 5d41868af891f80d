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
import type { LocalizedText } from '../localized-text.js';
import type { Check } from '../photo-report.js';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/** Below this confidence the tilt estimate is a guess and is not held against the photo. */
export const MIN_TILT_CONFIDENCE = 0.2;

/**
 * Judges camera roll in degrees: good within ±1°, bad past ±3°. When no straight line
 * gave a confident angle (confidence under {@link MIN_TILT_CONFIDENCE}), the photo is not
 * penalised (value 0). Between that and {@link SURE_CONFIDENCE} the lines are short or few:
 * the verdict is at most `warn`, at a fraction of the score points, and the check carries
 * that `confidence`.
 */
export function checkTilt(degrees: number, confidence: number): Check {
  if (stryMutAct_9fa48("384")) {
    {}
  } else {
    stryCov_9fa48("384");
    const judged = stryMutAct_9fa48("388") ? confidence < MIN_TILT_CONFIDENCE : stryMutAct_9fa48("387") ? confidence > MIN_TILT_CONFIDENCE : stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386", "387", "388"), confidence >= MIN_TILT_CONFIDENCE);
    const value = judged ? degrees : 0;
    let rating = rateValue(Math.abs(value), 1, 3);
    const sure = stryMutAct_9fa48("392") ? confidence < SURE_CONFIDENCE : stryMutAct_9fa48("391") ? confidence > SURE_CONFIDENCE : stryMutAct_9fa48("390") ? false : stryMutAct_9fa48("389") ? true : (stryCov_9fa48("389", "390", "391", "392"), confidence >= SURE_CONFIDENCE);
    if (stryMutAct_9fa48("395") ? judged || !sure : stryMutAct_9fa48("394") ? false : stryMutAct_9fa48("393") ? true : (stryCov_9fa48("393", "394", "395"), judged && (stryMutAct_9fa48("396") ? sure : (stryCov_9fa48("396"), !sure)))) {
      if (stryMutAct_9fa48("397")) {
        {}
      } else {
        stryCov_9fa48("397");
        rating = stryMutAct_9fa48("398") ? {} : (stryCov_9fa48("398"), {
          verdict: (stryMutAct_9fa48("401") ? rating.verdict !== 'bad' : stryMutAct_9fa48("400") ? false : stryMutAct_9fa48("399") ? true : (stryCov_9fa48("399", "400", "401"), rating.verdict === (stryMutAct_9fa48("402") ? "" : (stryCov_9fa48("402"), 'bad')))) ? stryMutAct_9fa48("403") ? "" : (stryCov_9fa48("403"), 'warn') : rating.verdict,
          severity: stryMutAct_9fa48("404") ? rating.severity / confidence : (stryCov_9fa48("404"), rating.severity * confidence)
        });
      }
    }
    return stryMutAct_9fa48("405") ? {} : (stryCov_9fa48("405"), {
      id: stryMutAct_9fa48("406") ? "" : (stryCov_9fa48("406"), 'tilt'),
      value,
      ...rating,
      ...(sure ? {} : stryMutAct_9fa48("407") ? {} : (stryCov_9fa48("407"), {
        confidence
      })),
      tip: tiltTip(stryMutAct_9fa48("410") ? rating.verdict !== 'good' : stryMutAct_9fa48("409") ? false : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409", "410"), rating.verdict === (stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), 'good'))), judged, sure, Math.abs(value))
    });
  }
}
function tiltTip(level: boolean, judged: boolean, sure: boolean, degrees: number): LocalizedText {
  if (stryMutAct_9fa48("412")) {
    {}
  } else {
    stryCov_9fa48("412");
    if (stryMutAct_9fa48("415") ? false : stryMutAct_9fa48("414") ? true : stryMutAct_9fa48("413") ? judged : (stryCov_9fa48("413", "414", "415"), !judged)) {
      if (stryMutAct_9fa48("416")) {
        {}
      } else {
        stryCov_9fa48("416");
        return stryMutAct_9fa48("417") ? {} : (stryCov_9fa48("417"), {
          id: stryMutAct_9fa48("418") ? "" : (stryCov_9fa48("418"), 'Tidak ada garis lurus yang cukup panjang untuk menilai kemiringan foto.'),
          en: stryMutAct_9fa48("419") ? "" : (stryCov_9fa48("419"), 'No straight line is long enough to tell whether the photo is level.')
        });
      }
    }
    if (stryMutAct_9fa48("421") ? false : stryMutAct_9fa48("420") ? true : (stryCov_9fa48("420", "421"), level)) return stryMutAct_9fa48("422") ? {} : (stryCov_9fa48("422"), {
      id: stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), 'Foto sudah lurus.'),
      en: stryMutAct_9fa48("424") ? "" : (stryCov_9fa48("424"), 'The photo is level.')
    });
    const d = degrees.toFixed(1);
    return sure ? stryMutAct_9fa48("425") ? {} : (stryCov_9fa48("425"), {
      id: stryMutAct_9fa48("426") ? `` : (stryCov_9fa48("426"), `Foto miring ${d}°: luruskan HP, nyalakan garis bantu (grid) kamera dan sejajarkan dengan tepi meja.`),
      en: stryMutAct_9fa48("427") ? `` : (stryCov_9fa48("427"), `The photo is tilted ${d}°: hold the phone level, turn on the camera grid and line it up with the table edge.`)
    }) : stryMutAct_9fa48("428") ? {} : (stryCov_9fa48("428"), {
      id: stryMutAct_9fa48("429") ? `` : (stryCov_9fa48("429"), `Foto mungkin miring ${d}°: nyalakan garis bantu (grid) kamera dan sejajarkan dengan tepi meja.`),
      en: stryMutAct_9fa48("430") ? `` : (stryCov_9fa48("430"), `The photo may be tilted ${d}°: turn on the camera grid and line it up with the table edge.`)
    });
  }
}