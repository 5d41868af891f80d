import type { z } from './zod.js';
import { describeZodIssue } from './catalog-issue.js';
import type { CsvField } from './csv-columns.js';
import { prefixed, rowLabel } from './csv-messages.js';
import { repairRegionCode } from './csv-table.js';
import type { CsvTable } from './csv-table.js';
import type { IssueList } from './issue-list.js';
import type { LocalizedText } from './localized-text.js';
import { normalizeBoolean } from './normalize.js';
import { parseIndonesianDate } from './parse-indonesian-date.js';
import { parsePriceTiers, parseQuantity } from './parse-price-tiers.js';
import { parseSeason } from './parse-season.js';
import {
  CERTIFICATION_KINDS,
  CertificateNumber,
  DeliveryArea,
  PreOrder,
  PriceTiers,
  Quantity,
} from './produce.js';
import { findRegion } from './region.js';

type Json = Record<string, unknown>;

/** How to write each produce cell, for messages about one that cannot be read. */
const EXAMPLES: Partial<Record<CsvField, LocalizedText>> = {
  minOrder: {
    id: 'tulis jumlah seperti 5 atau 0,5 kg',
    en: 'write a quantity such as 5 or 0.5 kg',
  },
  priceTiers: {
    id: 'tulis seperti “10 kg: Rp20.000; 50 kg: Rp18.000”',
    en: 'write it like “10 kg: Rp20.000; 50 kg: Rp18.000”',
  },
  harvestedAt: {
    id: 'tulis tanggal seperti 12/03/2026, 12 Maret 2026 atau 2026-03-12',
    en: 'write a date such as 12/03/2026, 12 Maret 2026 or 2026-03-12',
  },
  season: {
    id: 'tulis bulan seperti Okt-Des, Oktober–Desember atau 10-12',
    en: 'write months such as Okt-Des, Oktober–Desember or 10-12',
  },
  preOrder: { id: 'tulis ya atau tidak', en: 'write ya (yes) or tidak (no)' },
  pickup: {
    id: 'tulis nama tempat, alamat dan kode wilayah seperti “Pasar Tani, Jl. Merapi 1 (33.09)”; pisahkan tempat dengan ;',
    en: 'write the place, address and region code like “Pasar Tani, Jl. Merapi 1 (33.09)”; separate places with ;',
  },
  deliveryAreas: {
    id: 'tulis kode Kemendagri seperti 33.09; 33.72, dipisah ;',
    en: 'write Kemendagri codes such as 33.09; 33.72, separated by ;',
  },
};
EXAMPLES.bestBefore = EXAMPLES.harvestedAt;
EXAMPLES.preOrderReadyAt = EXAMPLES.harvestedAt;
EXAMPLES.preOrderOrderBy = EXAMPLES.harvestedAt;
EXAMPLES.preOrderQuota = EXAMPLES.minOrder;

/** Reads the fresh-produce cells of one row; each unreadable cell is an issue of its own. */
class RowReader {
  constructor(
    private readonly table: CsvTable,
    private readonly i: number,
    private readonly row: number,
    private readonly issues: IssueList,
  ) {}

  cell(field: CsvField): string {
    const value = this.table.cell(this.i, field);
    return /^(?:-|–|tidak|tdk|no|none|n\/a)$/i.test(value) ? '' : value;
  }

  /**
   * Reports a cell that cannot be read; the rest of the row is kept. `how` says how to write
   * it (the column's example by default); `because` replaces the whole explanation.
   */
  report(field: CsvField, written: string, how?: LocalizedText, because?: LocalizedText): void {
    const header = this.table.headerOf(field, this.i)!;
    const example = how ?? EXAMPLES[field] ?? { id: '', en: '' };
    const cell = `${header} “${written.slice(0, 60)}”`;
    this.issues.add({
      path: ['rows', this.row, header],
      code: 'csv.produce.unreadable',
      severity: 'warning',
      message: prefixed(
        rowLabel(this.row),
        because
          ? { id: `${cell} diabaikan: ${because.id}`, en: `${cell} was ignored: ${because.en}` }
          : {
              id: `${cell} tidak terbaca dan diabaikan; ${example.id}.`,
              en: `${cell} cannot be read and was ignored; ${example.en}.`,
            },
      ),
    });
  }

  /** A value checked against its schema; the schema's message, naming `key`, when it fails. */
  checked<T>(
    field: CsvField,
    written: string,
    key: string,
    schema: z.ZodMiniType<T>,
    value: unknown,
  ): T | undefined {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const { message } = describeZodIssue({ ...issue, path: [key, ...issue.path] });
    this.report(field, written, undefined, message);
    return undefined;
  }

  date(field: CsvField): string | undefined {
    const written = this.cell(field);
    if (written === '') return undefined;
    const date = parseIndonesianDate(written);
    if (date === undefined) this.report(field, written);
    return date;
  }

  quantity(field: CsvField): number | undefined {
    const written = this.cell(field);
    if (written === '') return undefined;
    const value = parseQuantity(written);
    if (value === undefined) {
      this.report(field, written);
      return undefined;
    }
    return this.checked(
      field,
      written,
      field === 'minOrder' ? 'minOrder' : 'quota',
      Quantity,
      value,
    );
  }
}

/**
 * A pickup point as written in a cell: `Nama tempat, alamat (33.09)`; without a code it is in
 * the row's region.
 */
function readPickupPoint(text: string, rowRegion: string): Json | undefined {
  const m = /^(.*?)\s*[([]\s*([\d.,]+)\s*[)\]]\s*$/.exec(text);
  const body = (m ? m[1]! : text).trim();
  const code = m ? repairRegionCode(m[2]!) : rowRegion;
  const region = code === '' ? undefined : findRegion(code);
  const comma = body.indexOf(',');
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const address = comma < 0 ? '' : body.slice(comma + 1).trim();
  if (!region || name === '' || name.length > 120 || address.length > 300) return undefined;
  return {
    name,
    region: { code: region.code, name: region.name },
    ...(address ? { address } : {}),
  };
}

/**
 * Reads a row's fresh-produce columns (`min_order`, `harga_grosir`, `tanggal_panen`,
 * `baik_sebelum`, `musim`, `pre_order`, `siap_tanggal`, `pesan_sebelum`, `kuota`, `halal`,
 * `pirt`, `bpom`, `organik`, `sni`, `ambil_di`, `kirim_ke`) into `product`. A value that cannot
 * be read is a `warning` on its row and column, and only that value is left out.
 */
export function readProduceCells(
  table: CsvTable,
  i: number,
  row: number,
  rowRegion: string,
  product: Json,
  issues: IssueList,
): void {
  const r = new RowReader(table, i, row, issues);
  const minOrder = r.quantity('minOrder');
  if (minOrder !== undefined) product.minOrder = minOrder;

  const tiersCell = r.cell('priceTiers');
  if (tiersCell !== '') {
    const tiers = parsePriceTiers(tiersCell);
    if (tiers === undefined) r.report('priceTiers', tiersCell);
    else {
      const valid = r.checked('priceTiers', tiersCell, 'priceTiers', PriceTiers, tiers);
      if (valid && valid.length > 0) product.priceTiers = valid;
    }
  }

  for (const field of ['harvestedAt', 'bestBefore'] as const) {
    const date = r.date(field);
    if (date !== undefined) product[field] = date;
  }

  const seasonCell = r.cell('season');
  if (seasonCell !== '') {
    const season = parseSeason(seasonCell);
    if (season === undefined) r.report('season', seasonCell);
    else product.season = season;
  }

  readPreOrder(r, table, i, product);

  const certifications: Json[] = [];
  for (const kind of CERTIFICATION_KINDS) {
    const written = r.cell(`cert.${kind}`);
    if (written === '') continue;
    for (const part of written
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (normalizeBoolean(part) === true) {
        // A certificate number is checked by buyers; it is never made up for the seller.
        r.report(`cert.${kind}`, part, {
          id: 'tulis nomor sertifikat seperti tercetak, bukan “ya”',
          en: 'write the certificate number as printed, not “yes”',
        });
        continue;
      }
      const number = r.checked(`cert.${kind}`, part, 'number', CertificateNumber, part);
      if (number !== undefined) certifications.push({ kind, number });
    }
  }
  if (certifications.length > 0) product.certifications = certifications;

  const pickupCell = r.cell('pickup');
  if (pickupCell !== '') {
    const points: Json[] = [];
    for (const part of pickupCell
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const point = readPickupPoint(part, rowRegion);
      if (point) points.push(point);
      else r.report('pickup', part);
    }
    if (points.length > 0) product.pickup = points.slice(0, 20);
  }

  const areasCell = r.cell('deliveryAreas');
  if (areasCell !== '') {
    const areas: string[] = [];
    for (const part of areasCell
      .split(/[;,\n]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const code = findRegion(repairRegionCode(part))?.code;
      const area = code && r.checked('deliveryAreas', part, 'deliveryAreas', DeliveryArea, code);
      if (area) areas.push(area);
      else if (!code) r.report('deliveryAreas', part);
    }
    if (areas.length > 0) product.deliveryAreas = [...new Set(areas)];
  }
}

/** `pre_order`, `siap_tanggal`, `pesan_sebelum`, `kuota`: a ready date makes a pre-order. */
function readPreOrder(r: RowReader, table: CsvTable, i: number, product: Json): void {
  const flagCell = table.cell(i, 'preOrder');
  const flag = flagCell === '' ? undefined : normalizeBoolean(flagCell);
  if (flag === false) return;
  if (flag !== undefined && flag !== true) r.report('preOrder', flagCell);
  const readyAt = r.date('preOrderReadyAt');
  const orderBy = r.date('preOrderOrderBy');
  const quota = r.quantity('preOrderQuota');
  if (readyAt === undefined) {
    if (flag === true) {
      r.report('preOrder', flagCell, {
        id: 'pre-order perlu tanggal siap di kolom siap_tanggal',
        en: 'a pre-order needs the ready date in the siap_tanggal (ready_at) column',
      });
    }
    return;
  }
  const preOrder: Json = { readyAt };
  if (quota !== undefined) preOrder.quota = quota;
  if (orderBy !== undefined) {
    if (orderBy.slice(0, 10) <= readyAt.slice(0, 10)) preOrder.orderBy = orderBy;
    else {
      const written = table.cell(i, 'preOrderOrderBy');
      r.checked('preOrderOrderBy', written, 'preOrder', PreOrder, { readyAt, orderBy });
    }
  }
  product.preOrder = preOrder;
}
