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
import { rateValue, worse } from './rate-value.js';

/** What {@link checkBackground} reads. */
export interface BackgroundInput {
  /** Share of background pixels on a clear edge (0–1). */
  readonly edgeDensity: number;
  /** Share of the border free of sharp colour jumps (0–1). */
  readonly coverage: number;
  /** Colour changes going once round the border. */
  readonly transitions: number;
  /** Backdrop colour (sRGB 0–255). */
  readonly color: readonly [number, number, number];
}

/**
 * Combines edge density around the product, how much of the border is smooth and how often its
 * colour changes into a clutter value (0 plain – 1 busy): good up to 0.2, bad from 0.45. When the preset asks for a
 * white backdrop, a plain but grey or coloured one is a warning.
 */
export function checkBackground(input: BackgroundInput, preset: MarketplacePreset): Check {
  if (stryMutAct_9fa48("38")) {
    {}
  } else {
    stryCov_9fa48("38");
    const clutter = stryMutAct_9fa48("39") ? Math.max(1, Math.max(input.edgeDensity * 4, 1 - input.coverage, Math.max(0, input.transitions - 2) / 12)) : (stryCov_9fa48("39"), Math.min(1, stryMutAct_9fa48("40") ? Math.min(input.edgeDensity * 4, 1 - input.coverage, Math.max(0, input.transitions - 2) / 12) : (stryCov_9fa48("40"), Math.max(stryMutAct_9fa48("41") ? input.edgeDensity / 4 : (stryCov_9fa48("41"), input.edgeDensity * 4), stryMutAct_9fa48("42") ? 1 + input.coverage : (stryCov_9fa48("42"), 1 - input.coverage), stryMutAct_9fa48("43") ? Math.max(0, input.transitions - 2) * 12 : (stryCov_9fa48("43"), (stryMutAct_9fa48("44") ? Math.min(0, input.transitions - 2) : (stryCov_9fa48("44"), Math.max(0, stryMutAct_9fa48("45") ? input.transitions + 2 : (stryCov_9fa48("45"), input.transitions - 2)))) / 12)))));
    const rating = rateValue(clutter, 0.2, 0.45);
    const [r, g, b] = input.color;
    const white = stryMutAct_9fa48("48") ? Math.min(r, g, b) >= 225 || Math.max(r, g, b) - Math.min(r, g, b) <= 20 : stryMutAct_9fa48("47") ? false : stryMutAct_9fa48("46") ? true : (stryCov_9fa48("46", "47", "48"), (stryMutAct_9fa48("51") ? Math.min(r, g, b) < 225 : stryMutAct_9fa48("50") ? Math.min(r, g, b) > 225 : stryMutAct_9fa48("49") ? true : (stryCov_9fa48("49", "50", "51"), (stryMutAct_9fa48("52") ? Math.max(r, g, b) : (stryCov_9fa48("52"), Math.min(r, g, b))) >= 225)) && (stryMutAct_9fa48("55") ? Math.max(r, g, b) - Math.min(r, g, b) > 20 : stryMutAct_9fa48("54") ? Math.max(r, g, b) - Math.min(r, g, b) < 20 : stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53", "54", "55"), (stryMutAct_9fa48("56") ? Math.max(r, g, b) + Math.min(r, g, b) : (stryCov_9fa48("56"), (stryMutAct_9fa48("57") ? Math.min(r, g, b) : (stryCov_9fa48("57"), Math.max(r, g, b))) - (stryMutAct_9fa48("58") ? Math.max(r, g, b) : (stryCov_9fa48("58"), Math.min(r, g, b))))) <= 20)));
    if (stryMutAct_9fa48("61") ? rating.verdict === 'good' && preset.background === 'white' || !white : stryMutAct_9fa48("60") ? false : stryMutAct_9fa48("59") ? true : (stryCov_9fa48("59", "60", "61"), (stryMutAct_9fa48("63") ? rating.verdict === 'good' || preset.background === 'white' : stryMutAct_9fa48("62") ? true : (stryCov_9fa48("62", "63"), (stryMutAct_9fa48("65") ? rating.verdict !== 'good' : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65"), rating.verdict === (stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), 'good')))) && (stryMutAct_9fa48("68") ? preset.background !== 'white' : stryMutAct_9fa48("67") ? true : (stryCov_9fa48("67", "68"), preset.background === (stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), 'white')))))) && (stryMutAct_9fa48("70") ? white : (stryCov_9fa48("70"), !white)))) {
      if (stryMutAct_9fa48("71")) {
        {}
      } else {
        stryCov_9fa48("71");
        const notWhite = worse(rating, stryMutAct_9fa48("72") ? {} : (stryCov_9fa48("72"), {
          verdict: stryMutAct_9fa48("73") ? "" : (stryCov_9fa48("73"), 'warn'),
          severity: 0.15
        }));
        return stryMutAct_9fa48("74") ? {} : (stryCov_9fa48("74"), {
          id: stryMutAct_9fa48("75") ? "" : (stryCov_9fa48("75"), 'background'),
          value: clutter,
          ...notWhite,
          tip: stryMutAct_9fa48("76") ? {} : (stryCov_9fa48("76"), {
            id: stryMutAct_9fa48("77") ? `` : (stryCov_9fa48("77"), `${preset.name} meminta latar putih: pakai kertas atau kain putih polos di bawah dan di belakang produk.`),
            en: stryMutAct_9fa48("78") ? `` : (stryCov_9fa48("78"), `${preset.name} asks for a white background: put plain white paper or cloth under and behind the product.`)
          })
        });
      }
    }
    return stryMutAct_9fa48("79") ? {} : (stryCov_9fa48("79"), {
      id: stryMutAct_9fa48("80") ? "" : (stryCov_9fa48("80"), 'background'),
      value: clutter,
      ...rating,
      tip: (stryMutAct_9fa48("83") ? rating.verdict !== 'good' : stryMutAct_9fa48("82") ? false : stryMutAct_9fa48("81") ? true : (stryCov_9fa48("81", "82", "83"), rating.verdict === (stryMutAct_9fa48("84") ? "" : (stryCov_9fa48("84"), 'good')))) ? stryMutAct_9fa48("85") ? {} : (stryCov_9fa48("85"), {
        id: stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), 'Latar sudah polos.'),
        en: stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), 'The background is plain.')
      }) : stryMutAct_9fa48("88") ? {} : (stryCov_9fa48("88"), {
        id: stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), 'Latar terlalu ramai: pakai alas kain polos atau kertas putih di bawah dan di belakang produk, singkirkan barang lain.'),
        en: stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), 'The background is busy: use a plain cloth or white paper under and behind the product, and clear other things away.')
      })
    });
  }
}