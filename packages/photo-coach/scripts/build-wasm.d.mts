/** The TypeScript module (the binary in base64) for one .wat source. */
export function compileWat(name: string, text: string): Promise<string>;
