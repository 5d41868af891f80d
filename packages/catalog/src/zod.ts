// Every schema in this package is built with zod through this module:
// - the tree-shakable `zod/mini` API, because the storefront embeds this package and the
//   classic API alone costs about 30 kB gzip of the page's download;
// - with zod's JIT off, through zod's documented switch `z.config({ jitless: true })`, set
//   here before any schema of this package is built. zod otherwise compiles object parsers
//   with `new Function` where the page allows it, and probes for that first. Under a CSP
//   without 'unsafe-eval', or with Trusted Types, the probe is blocked (harmless: zod falls
//   back) but the browser reports it as a `securitypolicyviolation`, which host pages
//   monitor. Parsing without compiled code gives the same results and costs little for our
//   small schemas (see bench/parse-catalog.bench.ts). zod keeps this setting in a page-wide
//   object; where the host page's own zod loaded first and shares it, that copy also parses
//   without JIT: the same results, a little slower.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
