// web-ext ships no types; this declares the one call the build makes.
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  interface LintOptions {
    sourceDir: string;
    output?: 'text' | 'json';
    selfHosted?: boolean;
  }
  const webExt: {
    cmd: {
      build(
        options: BuildOptions,
        extra: { shouldExitProgram: boolean; showReadyMessage?: boolean },
      ): Promise<{ extensionPath: string }>;
      lint(
        options: LintOptions,
        extra: { shouldExitProgram: boolean },
      ): Promise<{ errors: unknown[]; warnings: unknown[]; notices: unknown[] }>;
    };
  };
  export default webExt;
}
