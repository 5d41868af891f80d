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

/**
 * Judges the short side (what a square crop can keep) against the preset: `bad` below its
 * minimum (the marketplace refuses the photo), `warn` below its recommended side (zoom
 * suffers), `good` otherwise. Without preset figures, 600 px (the largest known minimum) and
 * 1024 px are used.
 */
export function checkResolution(width: number, height: number, preset: MarketplacePreset): Check {
  if (stryMutAct_9fa48("300")) {
    {}
  } else {
    stryCov_9fa48("300");
    const short = stryMutAct_9fa48("301") ? Math.max(width, height) : (stryCov_9fa48("301"), Math.min(width, height));
    const min = stryMutAct_9fa48("302") ? preset.minSide && 600 : (stryCov_9fa48("302"), preset.minSide ?? 600);
    const recommended = stryMutAct_9fa48("303") ? Math.min(min, preset.recommendedSide ?? 1024) : (stryCov_9fa48("303"), Math.max(min, stryMutAct_9fa48("304") ? preset.recommendedSide && 1024 : (stryCov_9fa48("304"), preset.recommendedSide ?? 1024)));
    if (stryMutAct_9fa48("308") ? short >= min : stryMutAct_9fa48("307") ? short <= min : stryMutAct_9fa48("306") ? false : stryMutAct_9fa48("305") ? true : (stryCov_9fa48("305", "306", "307", "308"), short < min)) {
      if (stryMutAct_9fa48("309")) {
        {}
      } else {
        stryCov_9fa48("309");
        return stryMutAct_9fa48("310") ? {} : (stryCov_9fa48("310"), {
          id: stryMutAct_9fa48("311") ? "" : (stryCov_9fa48("311"), 'resolution'),
          verdict: stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), 'bad'),
          value: short,
          severity: stryMutAct_9fa48("313") ? Math.max(1, 0.6 + 0.4 * (min - short) / min) : (stryCov_9fa48("313"), Math.min(1, stryMutAct_9fa48("314") ? 0.6 - 0.4 * (min - short) / min : (stryCov_9fa48("314"), 0.6 + (stryMutAct_9fa48("315") ? 0.4 * (min - short) * min : (stryCov_9fa48("315"), (stryMutAct_9fa48("316") ? 0.4 / (min - short) : (stryCov_9fa48("316"), 0.4 * (stryMutAct_9fa48("317") ? min + short : (stryCov_9fa48("317"), min - short)))) / min))))),
          tip: stryMutAct_9fa48("318") ? {} : (stryCov_9fa48("318"), {
            id: stryMutAct_9fa48("319") ? `` : (stryCov_9fa48("319"), `Foto terlalu kecil (${short} px, minimal ${min} px): pakai kamera belakang HP dengan resolusi penuh, jangan kirim lewat chat yang mengecilkan foto.`),
            en: stryMutAct_9fa48("320") ? `` : (stryCov_9fa48("320"), `Photo too small (${short} px, at least ${min} px): use the phone's main camera at full resolution, and don't send it through a chat app that shrinks photos.`)
          })
        });
      }
    }
    if (stryMutAct_9fa48("324") ? short >= recommended : stryMutAct_9fa48("323") ? short <= recommended : stryMutAct_9fa48("322") ? false : stryMutAct_9fa48("321") ? true : (stryCov_9fa48("321", "322", "323", "324"), short < recommended)) {
      if (stryMutAct_9fa48("325")) {
        {}
      } else {
        stryCov_9fa48("325");
        return stryMutAct_9fa48("326") ? {} : (stryCov_9fa48("326"), {
          id: stryMutAct_9fa48("327") ? "" : (stryCov_9fa48("327"), 'resolution'),
          verdict: stryMutAct_9fa48("328") ? "" : (stryCov_9fa48("328"), 'warn'),
          value: short,
          severity: stryMutAct_9fa48("329") ? 0.3 * (recommended - short) * recommended : (stryCov_9fa48("329"), (stryMutAct_9fa48("330") ? 0.3 / (recommended - short) : (stryCov_9fa48("330"), 0.3 * (stryMutAct_9fa48("331") ? recommended + short : (stryCov_9fa48("331"), recommended - short)))) / recommended),
          tip: stryMutAct_9fa48("332") ? {} : (stryCov_9fa48("332"), {
            id: stryMutAct_9fa48("333") ? `` : (stryCov_9fa48("333"), `Resolusi pas-pasan (${short} px, disarankan ${recommended} px): foto dengan resolusi penuh agar pembeli bisa memperbesar detail.`),
            en: stryMutAct_9fa48("334") ? `` : (stryCov_9fa48("334"), `Resolution is borderline (${short} px, ${recommended} px recommended): shoot at full resolution so buyers can zoom into details.`)
          })
        });
      }
    }
    return stryMutAct_9fa48("335") ? {} : (stryCov_9fa48("335"), {
      id: stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), 'resolution'),
      verdict: stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'good'),
      value: short,
      severity: 0,
      tip: stryMutAct_9fa48("338") ? {} : (stryCov_9fa48("338"), {
        id: stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), 'Resolusi cukup besar.'),
        en: stryMutAct_9fa48("340") ? "" : (stryCov_9fa48("340"), 'Resolution is high enough.')
      })
    });
  }
}