import { html, svg, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Lang } from '@etalase/catalog';
import { formatCount } from './stats-strings.js';

/**
 * A tile-grid cartogram of Indonesia's 38 provinces: one square each, placed roughly where
 * the province lies (Sumatra west, Papua east, Java and Nusa Tenggara south). It needs no
 * boundary data, so it weighs a few hundred bytes and prints crisply; every province gets the
 * same area, which suits counts better than a geographic map where Papua dwarfs Jakarta.
 * [column, row, short name] by Kemendagri province code.
 */
export const PROVINCE_TILES: Readonly<Record<string, readonly [number, number, string]>> = {
  '11': [0, 0, 'Aceh'], // Aceh
  '12': [1, 1, 'Sumut'], // Sumatera Utara
  '14': [2, 1, 'Riau'], // Riau
  '21': [3, 1, 'Kepri'], // Kepulauan Riau
  '13': [1, 2, 'Sumbar'], // Sumatera Barat
  '15': [2, 2, 'Jambi'], // Jambi
  '17': [1, 3, 'Bkl'], // Bengkulu
  '16': [2, 3, 'Sumsel'], // Sumatera Selatan
  '19': [3, 3, 'Babel'], // Kepulauan Bangka Belitung
  '18': [2, 4, 'Lpg'], // Lampung
  '31': [4, 4, 'DKI'], // DKI Jakarta
  '36': [3, 5, 'Banten'], // Banten
  '32': [4, 5, 'Jabar'], // Jawa Barat
  '33': [5, 5, 'Jateng'], // Jawa Tengah
  '34': [5, 6, 'DIY'], // DI Yogyakarta
  '35': [6, 5, 'Jatim'], // Jawa Timur
  '51': [7, 6, 'Bali'], // Bali
  '52': [8, 6, 'NTB'], // Nusa Tenggara Barat
  '53': [9, 6, 'NTT'], // Nusa Tenggara Timur
  '61': [5, 1, 'Kalbar'], // Kalimantan Barat
  '62': [5, 2, 'Kalteng'], // Kalimantan Tengah
  '63': [6, 2, 'Kalsel'], // Kalimantan Selatan
  '64': [6, 1, 'Kaltim'], // Kalimantan Timur
  '65': [6, 0, 'Kaltara'], // Kalimantan Utara
  '71': [9, 0, 'Sulut'], // Sulawesi Utara
  '75': [8, 1, 'Gtlo'], // Gorontalo
  '72': [8, 2, 'Sulteng'], // Sulawesi Tengah
  '76': [7, 3, 'Sulbar'], // Sulawesi Barat
  '73': [8, 3, 'Sulsel'], // Sulawesi Selatan
  '74': [9, 3, 'Sultra'], // Sulawesi Tenggara
  '82': [10, 1, 'Malut'], // Maluku Utara
  '81': [10, 3, 'Maluku'], // Maluku
  '96': [11, 1, 'PBD'], // Papua Barat Daya
  '92': [12, 1, 'PB'], // Papua Barat
  '94': [12, 2, 'PT'], // Papua Tengah
  '91': [13, 1, 'Papua'], // Papua
  '95': [13, 2, 'PP'], // Papua Pegunungan
  '93': [13, 3, 'PS'], // Papua Selatan
};

/** A tile to draw: its place, its label and its count. */
export interface Tile {
  readonly code: string;
  readonly name: string;
  readonly short: string;
  readonly col: number;
  readonly row: number;
  readonly value: number;
}

/** Five shades from the lightest (none) to the accent: the share of the largest count. */
export function shadeOf(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((value / max) * 3.999));
}

/** Tiles for kabupaten/kota of one province: a plain grid in code order (no geography). */
export function gridTiles(
  rows: readonly { code: string; name: string; value: number }[],
  columns: number,
): Tile[] {
  return rows.map((r, i) => ({
    code: r.code,
    name: r.name,
    short: r.code.slice(3),
    col: i % columns,
    row: Math.floor(i / columns),
    value: r.value,
  }));
}

/**
 * The map as SVG. It is a picture (`role="img"` with a label); the numbers are in the
 * chart tables beside it, which screen readers read instead. Each tile has a `<title>` for a
 * pointer's tooltip.
 */
export function tileMap(
  tiles: readonly Tile[],
  label: string,
  lang: Lang,
  selected?: string,
): TemplateResult {
  const size = 40;
  const gap = 4;
  const cols = Math.max(1, ...tiles.map((t) => t.col + 1));
  const rows = Math.max(1, ...tiles.map((t) => t.row + 1));
  const max = Math.max(0, ...tiles.map((t) => t.value));
  return html`<svg
    class="tile-map"
    role="img"
    aria-label=${label}
    viewBox=${`0 0 ${cols * (size + gap)} ${rows * (size + gap)}`}
    preserveAspectRatio="xMidYMid meet"
  >
    ${tiles.map((t) => {
      const x = t.col * (size + gap);
      const y = t.row * (size + gap);
      const shade = shadeOf(t.value, max);
      return svg`<g class=${`tile shade-${shade}${t.code === selected ? ' tile-selected' : ''}`}>
        <title>${t.name}: ${formatCount(t.value, lang)}</title>
        <rect x=${x} y=${y} width=${size} height=${size} rx="4"></rect>
        <text x=${x + size / 2} y=${y + 16} text-anchor="middle" class="tile-code">${t.short}</text>
        <text x=${x + size / 2} y=${y + 32} text-anchor="middle" class="tile-value">${t.value > 0 ? formatCount(t.value, lang) : nothing}</text>
      </g>`;
    })}
  </svg>`;
}

/** Tiles for the 38 provinces, with each province's count. */
export function provinceTiles(
  counts: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
): Tile[] {
  return Object.entries(PROVINCE_TILES).map(([code, [col, row, short]]) => ({
    code,
    name: names.get(code) ?? code,
    short,
    col,
    row,
    value: counts.get(code) ?? 0,
  }));
}
