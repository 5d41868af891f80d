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
import type { Check, IlluminantReference } from '../photo-report.js';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/**
 * Judges the light's tint from the illuminant's `ln(R/G)` and `ln(B/G)`: the value is the
 * tint’s strength in percent (100 × the length of that vector), good up to 14 %, bad from
 * 26 %. The tip names the likely light: warm (yellow bulbs), cool (shade, blue sky), green
 * (fluorescent tubes) or magenta.
 *
 * Read off a plain backdrop or a neutral surface of at least 5 % of the frame (confidence
 * ≥ 0.5), the tint is the light's and is judged. Guessed from the whole `scene`, or from a
 * smaller surface, it may be the goods' own colour (on the bench's clean photos without
 * either, most read above 14 %: orange petals, red fruit, a cat on a brown sofa), so nothing
 * is held against the photo: the verdict is `good` with that low `confidence`, and when the
 * tint is strong the tip asks the seller to compare with the product.
 *
 * @param confidence How much the photo shows the light's colour (see IlluminantEstimate);
 *   default 1 for a backdrop or surface, 0.2 for the scene.
 */
export function checkColorCast(logRatios: readonly [number, number], reference: IlluminantReference, confidence: number = (stryMutAct_9fa48("106") ? reference !== 'scene' : stryMutAct_9fa48("105") ? false : stryMutAct_9fa48("104") ? true : (stryCov_9fa48("104", "105", "106"), reference === (stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), 'scene')))) ? 0.2 : 1): Check {
  if (stryMutAct_9fa48("108")) {
    {}
  } else {
    stryCov_9fa48("108");
    const [lr, lb] = logRatios;
    const value = stryMutAct_9fa48("109") ? 100 / Math.hypot(lr, lb) : (stryCov_9fa48("109"), 100 * Math.hypot(lr, lb));
    const rating = rateValue(value, 14, 26);
    const sure = stryMutAct_9fa48("113") ? confidence < SURE_CONFIDENCE : stryMutAct_9fa48("112") ? confidence > SURE_CONFIDENCE : stryMutAct_9fa48("111") ? false : stryMutAct_9fa48("110") ? true : (stryCov_9fa48("110", "111", "112", "113"), confidence >= SURE_CONFIDENCE);
    if (stryMutAct_9fa48("116") ? false : stryMutAct_9fa48("115") ? true : stryMutAct_9fa48("114") ? sure : (stryCov_9fa48("114", "115", "116"), !sure)) {
      if (stryMutAct_9fa48("117")) {
        {}
      } else {
        stryCov_9fa48("117");
        // Nothing neutral enough shows the light: the tint may be the goods' own colour.
        const tip = (stryMutAct_9fa48("120") ? rating.verdict !== 'good' : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), rating.verdict === (stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), 'good')))) ? NEUTRAL : SCENE_TIPS[tintOf(lr, lb)];
        return stryMutAct_9fa48("122") ? {} : (stryCov_9fa48("122"), {
          id: stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), 'color-cast'),
          value,
          verdict: stryMutAct_9fa48("124") ? "" : (stryCov_9fa48("124"), 'good'),
          severity: 0,
          confidence,
          tip
        });
      }
    }
    if (stryMutAct_9fa48("127") ? rating.verdict !== 'good' : stryMutAct_9fa48("126") ? false : stryMutAct_9fa48("125") ? true : (stryCov_9fa48("125", "126", "127"), rating.verdict === (stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), 'good')))) return stryMutAct_9fa48("129") ? {} : (stryCov_9fa48("129"), {
      id: stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), 'color-cast'),
      value,
      ...rating,
      tip: NEUTRAL
    });
    return stryMutAct_9fa48("131") ? {} : (stryCov_9fa48("131"), {
      id: stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), 'color-cast'),
      value,
      ...rating,
      tip: BACKDROP_TIPS[tintOf(lr, lb)]
    });
  }
}
type Tint = 'warm' | 'cool' | 'green' | 'magenta';
function tintOf(lr: number, lb: number): Tint {
  if (stryMutAct_9fa48("133")) {
    {}
  } else {
    stryCov_9fa48("133");
    const warmth = stryMutAct_9fa48("134") ? lr + lb : (stryCov_9fa48("134"), lr - lb);
    const green = stryMutAct_9fa48("135") ? -(lr + lb) * 2 : (stryCov_9fa48("135"), (stryMutAct_9fa48("136") ? +(lr + lb) : (stryCov_9fa48("136"), -(stryMutAct_9fa48("137") ? lr - lb : (stryCov_9fa48("137"), lr + lb)))) / 2);
    if (stryMutAct_9fa48("141") ? Math.abs(green) <= Math.abs(warmth) / 2 : stryMutAct_9fa48("140") ? Math.abs(green) >= Math.abs(warmth) / 2 : stryMutAct_9fa48("139") ? false : stryMutAct_9fa48("138") ? true : (stryCov_9fa48("138", "139", "140", "141"), Math.abs(green) > (stryMutAct_9fa48("142") ? Math.abs(warmth) * 2 : (stryCov_9fa48("142"), Math.abs(warmth) / 2)))) return (stryMutAct_9fa48("146") ? green <= 0 : stryMutAct_9fa48("145") ? green >= 0 : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145", "146"), green > 0)) ? stryMutAct_9fa48("147") ? "" : (stryCov_9fa48("147"), 'green') : stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), 'magenta');
    return (stryMutAct_9fa48("152") ? warmth <= 0 : stryMutAct_9fa48("151") ? warmth >= 0 : stryMutAct_9fa48("150") ? false : stryMutAct_9fa48("149") ? true : (stryCov_9fa48("149", "150", "151", "152"), warmth > 0)) ? stryMutAct_9fa48("153") ? "" : (stryCov_9fa48("153"), 'warm') : stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), 'cool');
  }
}
const NEUTRAL: LocalizedText = stryMutAct_9fa48("155") ? {} : (stryCov_9fa48("155"), {
  id: stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), 'Warna sudah netral.'),
  en: stryMutAct_9fa48("157") ? "" : (stryCov_9fa48("157"), 'Colours look neutral.')
});

/** A backdrop or a neutral surface shows the tint: it is the light's. */
const BACKDROP_TIPS: Record<Tint, LocalizedText> = stryMutAct_9fa48("158") ? {} : (stryCov_9fa48("158"), {
  green: stryMutAct_9fa48("159") ? {} : (stryCov_9fa48("159"), {
    id: stryMutAct_9fa48("160") ? "" : (stryCov_9fa48("160"), 'Warna kehijauan dari lampu neon: matikan lampu dan foto di dekat jendela pada siang hari.'),
    en: stryMutAct_9fa48("161") ? "" : (stryCov_9fa48("161"), 'A green tint from fluorescent tubes: switch them off and shoot near a window in daylight.')
  }),
  magenta: stryMutAct_9fa48("162") ? {} : (stryCov_9fa48("162"), {
    id: stryMutAct_9fa48("163") ? "" : (stryCov_9fa48("163"), 'Warna keunguan: hindari lampu warna-warni, foto dengan cahaya siang dari jendela.'),
    en: stryMutAct_9fa48("164") ? "" : (stryCov_9fa48("164"), 'A magenta tint: avoid coloured lights, and shoot in daylight from a window.')
  }),
  warm: stryMutAct_9fa48("165") ? {} : (stryCov_9fa48("165"), {
    id: stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), 'Warna kekuningan dari lampu rumah: matikan lampu kuning dan foto di dekat jendela pada siang hari.'),
    en: stryMutAct_9fa48("167") ? "" : (stryCov_9fa48("167"), 'A yellow tint from indoor bulbs: switch off warm lights and shoot near a window in daylight.')
  }),
  cool: stryMutAct_9fa48("168") ? {} : (stryCov_9fa48("168"), {
    id: stryMutAct_9fa48("169") ? "" : (stryCov_9fa48("169"), 'Warna kebiruan: jangan memotret di tempat teduh atau di bawah langit mendung langsung; foto di dekat jendela yang terang.'),
    en: stryMutAct_9fa48("170") ? "" : (stryCov_9fa48("170"), 'A blue tint: don’t shoot in open shade or under an overcast sky; shoot near a bright window.')
  })
});

/** Nothing neutral enough in the frame to tell the light from the goods' own colour. */
const SCENE_TIPS: Record<Tint, LocalizedText> = stryMutAct_9fa48("171") ? {} : (stryCov_9fa48("171"), {
  green: stryMutAct_9fa48("172") ? {} : (stryCov_9fa48("172"), {
    id: stryMutAct_9fa48("173") ? "" : (stryCov_9fa48("173"), 'Foto tampak kehijauan. Jika warna asli produk tidak sehijau itu, matikan lampu neon dan foto di dekat jendela pada siang hari.'),
    en: stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), 'The photo looks greenish. If the product is not really that green, switch off fluorescent tubes and shoot near a window in daylight.')
  }),
  magenta: stryMutAct_9fa48("175") ? {} : (stryCov_9fa48("175"), {
    id: stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), 'Foto tampak keunguan. Jika warna asli produk tidak seungu itu, hindari lampu warna-warni dan foto dengan cahaya siang dari jendela.'),
    en: stryMutAct_9fa48("177") ? "" : (stryCov_9fa48("177"), 'The photo looks purplish. If the product is not really that purple, avoid coloured lights and shoot in daylight from a window.')
  }),
  warm: stryMutAct_9fa48("178") ? {} : (stryCov_9fa48("178"), {
    id: stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), 'Foto tampak kekuningan. Jika warna asli produk tidak sekuning itu, matikan lampu kuning dan foto di dekat jendela pada siang hari.'),
    en: stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), 'The photo looks yellowish. If the product is not really that yellow, switch off warm lights and shoot near a window in daylight.')
  }),
  cool: stryMutAct_9fa48("181") ? {} : (stryCov_9fa48("181"), {
    id: stryMutAct_9fa48("182") ? "" : (stryCov_9fa48("182"), 'Foto tampak kebiruan. Jika warna asli produk tidak sebiru itu, jangan memotret di tempat teduh; foto di dekat jendela yang terang.'),
    en: stryMutAct_9fa48("183") ? "" : (stryCov_9fa48("183"), 'The photo looks bluish. If the product is not really that blue, don’t shoot in open shade; shoot near a bright window.')
  })
});