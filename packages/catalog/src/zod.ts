// Every schema in this package is built with zod through this module:
// - the tree-shakable `zod/mini` API, because the storefront embeds this package and the
//   classic API alone costs about 30 kB gzip of the page's download;
// - with zod's eval probe settled without eval. zod compiles object parsers with
//   `new Function` where the page allows it, and probes for that when it builds its first
//   object schema. Under a CSP without 'unsafe-eval', or with Trusted Types, the probe is
//   blocked (harmless: zod falls back) but the browser reports it as a
//   `securitypolicyviolation`, which host pages monitor. Settling the probe as "no eval" for
//   this copy of zod takes zod's page-wide `jitless` switch for one moment only, so another
//   copy of zod on the page keeps its own setting. Our schemas are small; parsing without
//   compiled code costs little (see bench/parse-catalog.bench.ts).
import * as z from 'zod/mini';

const previous = z.config().jitless;
z.config({ jitless: true });
void z.util.allowsEval.value;
z.config({ jitless: previous });

export { z };
