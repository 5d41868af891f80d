/** The TypeScript module (the binary in base64) for one .wat source. */
// @ts-nocheck

export function compileWat(name: string, text: string): Promise<string>;
