// @ts-nocheck
import { z } from './zod.js';
import { Catalog, CATALOG_VERSION } from './catalog.js';
import { PriceRange } from './product.js';
import { HttpUrl, SafeUrl } from './schema-primitives.js';

// Characters `isSafeUrl` refuses inside a URL: C0 controls, space, DEL and all JS whitespace.
const URL_CHAR = String.raw`[^\u0000-\u0020\u007f\s]`;
const HOST_CHAR = String.raw`[^/?#\u0000-\u0020\u007f\s]`;
// JSON Schema patterns take no flags, so the case-insensitive scheme is spelled out.
const HTTP_PREFIX = '[Hh][Tt][Tt][Pp][Ss]?://';

/**
 * `isSafeUrl` as a pattern, since zod cannot put a `.refine()` into JSON Schema and
 * `format: "uri-reference"` admits `javascript:`. Accepts exactly what `isSafeUrl` accepts
 * (surrounding whitespace included, as it trims): an http(s) URL with a host, or a relative URL
 * that has no scheme and does not start with `//`, `\` or `/\`.
 */
const SAFE_URL_PATTERN =
  String.raw`^\s*(?:${HTTP_PREFIX}${HOST_CHAR}+${URL_CHAR}*` +
  String.raw`|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!//)(?!/?\\)${URL_CHAR}+)\s*$`;

/**
 * `HttpUrl` as a pattern: zod writes its regex without the `i` flag (so `HTTPS://…` would fail)
 * and drops its `isSafeUrl` refine (so control characters would pass).
 */
const HTTP_URL_PATTERN = `^${HTTP_PREFIX}${HOST_CHAR}+${URL_CHAR}*$`;

function buildCatalogJsonSchema(): z.core.JSONSchema.JSONSchema {
  const generated = z.toJSONSchema(Catalog, {
    target: 'draft-2020-12',
    // A file author writes the input form: fields with defaults (`title`, `sellers`, `images`,
    // `madeLocally`, …) may be left out. The output form would mark them required and forbid
    // unknown keys, rejecting files the parser reads without complaint.
    io: 'input',
    // Anything zod cannot express should fail the build, not vanish from the schema.
    unrepresentable: 'throw',
    override({ zodSchema, jsonSchema }) {
      if (zodSchema === SafeUrl) jsonSchema.pattern = SAFE_URL_PATTERN;
      else if (zodSchema === HttpUrl) jsonSchema.pattern = HTTP_URL_PATTERN;
      else if (zodSchema === PriceRange) {
        // JSON Schema cannot compare two values; say it so editors show it.
        jsonSchema.description = 'A price range in integer rupiah; min must not exceed max.';
      }
    },
  });
  const { $schema, ...rest } = generated;
  // `parseCatalog` refuses a file without a `products` list (even though the zod schema
  // defaults it), so the file format requires it.
  const required = [...new Set([...(rest.required ?? []), 'products'])];
  // JSON round trip: drops zod's non-enumerable `~standard` and the object sharing between
  // reused subschemas, leaving plain data a caller may serialise or change freely.
  return JSON.parse(
    JSON.stringify({
      $schema,
      // A URN, not an https URL: we own no domain, and an `$id` must not promise a location
      // it cannot be fetched from. It stays a stable, absolute name for `$ref` and validator
      // registries. Editors fetch schemas from the `$schema` key of a catalog instead, which
      // can point at any copy (e.g. `@etalase/catalog/catalog.schema.json` on a CDN).
      $id: `urn:etalase:catalog:v${CATALOG_VERSION}`,
      ...rest,
      required,
    }),
  ) as z.core.JSONSchema.JSONSchema;
}

/**
 * The JSON Schema (draft 2020-12) of the catalog file format, generated from {@link Catalog}:
 * what a file author writes, so fields with defaults are optional and unknown keys are allowed
 * (the parser ignores them). `$schema` may appear in a catalog. URLs carry `pattern`s that
 * accept what `isSafeUrl` accepts. Checks across fields are not expressible and are left to
 * `parseCatalog`: a range's `min ≤ max`, unique ids, a product's `sellerId` naming a seller.
 *
 * A plain, JSON-serialisable object; the package also ships it as `catalog.schema.json`.
 */
export const catalogJsonSchema: z.core.JSONSchema.JSONSchema =
  /* @__PURE__ */ buildCatalogJsonSchema();
