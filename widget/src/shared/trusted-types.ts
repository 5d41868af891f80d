// Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) refuse plain
// strings at script sinks. The elements write to three: the catalog and photo Workers' URLs
// and the text of the storefront's JSON-LD script. One policy, created on first use, passes exactly those.

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript: (input: string) => string; createScriptURL: (input: string) => string },
  ): TrustedTypePolicyLike;
}

/** The files the storefront starts Workers from (built, and TypeScript source in tests). */
const WORKER_FILE =
  /\/(etalase-catalog-worker\.js|catalog-worker\.ts|etalase-photo-worker\.js|photo-coach-worker\.ts)$/;

let policy: TrustedTypePolicyLike | null | undefined;

function getPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('etalase', {
          // Only text made by `jsonLdText`, which escapes `<` so catalog text cannot close
          // the script element.
          createScript: (input) => input,
          createScriptURL: (input) => {
            const url = new URL(input, location.href);
            if (url.origin !== location.origin || !WORKER_FILE.test(url.pathname)) {
              throw new TypeError(`etalase: refusing script URL ${input}`);
            }
            return url.href;
          },
        })
      : null;
  } catch {
    policy = null; // the page's `trusted-types` directive does not allow our policy name
  }
  return policy;
}

/** Whether the page has Trusted Types but no policy of ours: script sinks are closed to us. */
export function trustedTypesBlocked(): boolean {
  return 'trustedTypes' in globalThis && getPolicy() === null;
}

/** A Worker URL in the form the page accepts (TrustedScriptURL where Trusted Types exist). */
export function workerScriptUrl(url: URL): string | URL {
  const tt = getPolicy();
  return tt ? (tt.createScriptURL(url.href) as string) : url;
}

/** JSON-LD text in the form the page accepts (TrustedScript where Trusted Types exist). */
export function scriptText(text: string): string {
  const tt = getPolicy();
  return tt ? (tt.createScript(text) as string) : text;
}
