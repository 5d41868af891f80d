// The sample catalog is written once, dated SAMPLE_CATALOG_DATE; a demo opened weeks later
// would show every harvest as old ("Panen minggu ini": none), every pre-order as closed and
// every seller as idle. The demo's servers and build move its dates forward so that the
// catalog's date is today: every product keeps the age the sample gave it. The file in
// `public/` and the generator stay as they are (deterministic, checked by tests); only what
// is served or built moves. A built site is a snapshot: it is dated the day it was built.
import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { daysBetween, todayIn } from '@etalase/catalog';
import { SAMPLE_CATALOG_DATE } from './generate-sample-catalog.js';

const DAY = 86_400_000;

/** The catalog's date fields (see `@etalase/catalog`'s schema). */
const DATE_FIELD =
  /"(updatedAt|harvestedAt|bestBefore|readyAt|orderBy)": "(\d{4}-\d{2}-\d{2})([^"]*)"/g;

/**
 * Whole days from `catalogDate` to the date it is in western Indonesia (WIB, UTC+7) at
 * `today`; 0 when that is not later. The storefront reads dates in an Indonesian time zone
 * (the buyer's, else WIB), never the server's or UTC: with UTC dates the catalog was dated
 * yesterday from midnight to 07:00 WIB. WIB's date is never later than WITA's or WIT's, so
 * the catalog is never dated tomorrow there.
 */
export function daysToToday(catalogDate: string, today: Date): number {
  return Math.max(0, daysBetween(catalogDate, todayIn(today.getTime(), 'WIB')));
}

/**
 * `json` (a catalog file's text) with every date field moved `days` days later. The text is
 * otherwise unchanged, byte for byte (a date keeps its length), so the file's size is the
 * one the benchmarks measure.
 */
export function shiftCatalogDates(json: string, days: number): string {
  if (days === 0) return json;
  return json.replace(DATE_FIELD, (_, key: string, date: string, rest: string) => {
    const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY);
    return `"${key}": "${moved.toISOString().slice(0, 10)}${rest}"`;
  });
}

/** Vite plugin: serves and builds `katalog.json` with its dates moved so that it is dated today. */
export function currentSampleDates(
  publicDir = fileURLToPath(new URL('../public/', import.meta.url)),
  today: () => Date = () => new Date(),
): Plugin {
  const file = join(publicDir, 'katalog.json');
  const shifted = () =>
    shiftCatalogDates(readFileSync(file, 'utf8'), daysToToday(SAMPLE_CATALOG_DATE, today()));
  const serve: Connect.NextHandleFunction = (
    request: IncomingMessage,
    response: ServerResponse,
    next: Connect.NextFunction,
  ) => {
    const path = (request.url ?? '').split('?')[0]!;
    if (!path.endsWith('/katalog.json')) return next();
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(shifted());
  };
  let outDir = '';
  return {
    name: 'etalase-current-sample-dates',
    configResolved(config) {
      const { outDir: dir } = config.build;
      outDir = isAbsolute(dir) ? dir : join(config.root, dir);
    },
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    writeBundle() {
      writeFileSync(join(outDir, 'katalog.json'), shifted());
    },
  };
}
