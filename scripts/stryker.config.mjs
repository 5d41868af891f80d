// Mutation testing (`npm run mutation`; not part of CI: it takes minutes on two cores).
// StrykerJS changes the code below one small step at a time (a `<` to `<=`, a constant, a
// removed call) and runs the Node tests; a change no test notices is a gap in the tests.
// The TAP runner runs each test file with Node through tsx; with per-test coverage each
// mutant runs only the test files that reach it. `MUTATE=product-search,whatsapp npm run mutation`
// limits the run to files whose path contains one of those texts; MUTATION_REPORT=name writes the
// report to reports/mutation/name/.
const MUTATE = [
  'packages/catalog/src/parse-catalog.ts',
  'packages/catalog/src/parse-catalog-csv.ts',
  'packages/catalog/src/sniff-csv.ts',
  'packages/catalog/src/csv-records.ts',
  'packages/catalog/src/locate-csv-header.ts',
  'packages/catalog/src/csv-table.ts',
  'packages/catalog/src/csv-rows-to-catalog.ts',
  'packages/catalog/src/csv-row-issues.ts',
  'packages/catalog/src/csv-messages.ts',
  'packages/catalog/src/product-search.ts',
  'packages/catalog/src/whatsapp.ts',
  'packages/catalog/src/format-rupiah.ts',
  'packages/photo-coach/src/checks/*.ts',
  '!**/*.test.ts',
];
const only = process.env.MUTATE?.split(',');
const reportDir = `reports/mutation/${process.env.MUTATION_REPORT ?? 'latest'}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  tap: {
    testFiles: [
      // Only tests that exercise the mutated files, so the initial run stays short.
      'packages/catalog/src/**/*.test.ts',
      'packages/photo-coach/src/analyze-pixels.test.ts',
      'packages/photo-coach/src/checks/*.test.ts',
      '!**/*.browser.test.ts',
    ],
    nodeArgs: ['--import', '{{hookFile}}', '--conditions=source', '--import', 'tsx'],
    forceBail: true,
  },
  mutate: only
    ? MUTATE.filter((path) => path.startsWith('!') || only.some((part) => path.includes(part)))
    : MUTATE,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  ignorePatterns: [
    'bench',
    'demo',
    'test',
    'widget',
    'extension',
    'packages/*/dist',
    '**/.stryker-tmp',
    'reports',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
