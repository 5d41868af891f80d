// Mutation testing (`npm run mutation`; not part of CI: it takes many minutes on two cores).
// StrykerJS changes the code below one small step at a time (a `<` to `<=`, a constant, a
// removed call) and runs the Node tests; a change no test notices is a gap in the tests.
// The TAP runner runs each test file with Node through tsx. Each mutated file names the
// tests that exercise it, and with per-test coverage a mutant runs only those of them that
// reach it. `MUTATE=product-search,whatsapp npm run mutation` limits the run to files whose
// path contains one of those texts; MUTATION_REPORT=name writes the report to
// reports/mutation/name/.
const catalog = (name) => `packages/catalog/src/${name}`;
// The CSV reader's tests (one file per job: sniffing, records, header, rows, issues), and the
// writer's, which read their CSV back. catalog-figures and resolve-catalog-urls read one small
// CSV each for their own subject and would double the time of every CSV mutant.
const CSV_TESTS = [
  catalog('{parse-catalog-csv,csv-,sniff-csv,locate-csv-header}*.test.ts'),
  catalog('catalog-to-csv.test.ts'),
];
/** Each mutated file (or glob) and the test files that exercise it. */
const TARGETS = {
  [catalog('parse-catalog.ts')]: [catalog('parse-catalog.test.ts')],
  [catalog('parse-catalog-csv.ts')]: CSV_TESTS,
  [catalog('sniff-csv.ts')]: CSV_TESTS,
  [catalog('csv-records.ts')]: CSV_TESTS,
  [catalog('locate-csv-header.ts')]: CSV_TESTS,
  [catalog('csv-table.ts')]: CSV_TESTS,
  [catalog('csv-rows-to-catalog.ts')]: CSV_TESTS,
  [catalog('csv-row-issues.ts')]: CSV_TESTS,
  [catalog('csv-messages.ts')]: CSV_TESTS,
  [catalog('product-search.ts')]: [catalog('product-search.test.ts')],
  [catalog('whatsapp.ts')]: [catalog('whatsapp.test.ts')],
  [catalog('format-rupiah.ts')]: [catalog('format-rupiah.test.ts')],
  // The checks' own tests only: analyze-pixels.test.ts reaches every check too, but takes a
  // minute a run, so each check's verdicts and tips are pinned down by its unit tests.
  'packages/photo-coach/src/checks/!(*.test).ts': ['packages/photo-coach/src/checks/*.test.ts'],
};
const only = process.env.MUTATE?.split(',');
const chosen = Object.keys(TARGETS).filter(
  (path) => !only || only.some((part) => path.includes(part)),
);
const reportDir = `reports/mutation/${process.env.MUTATION_REPORT ?? 'latest'}`;

export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  tap: {
    testFiles: [...new Set(chosen.flatMap((path) => TARGETS[path]))],
    nodeArgs: ['--import', '{{hookFile}}', '--conditions=source', '--import', 'tsx'],
    forceBail: true,
  },
  mutate: chosen,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  ignorePatterns: [
    'bench',
    'demo',
    // The end-to-end tests stay out; their fixtures are read by unit tests too.
    'test/*',
    '!test/fixtures',
    'widget',
    'extension',
    'packages/*/dist',
    '**/.stryker-tmp*',
    'reports',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
