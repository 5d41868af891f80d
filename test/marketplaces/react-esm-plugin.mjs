// React ships CommonJS only, and web-test-runner serves modules as they are. This plugin
// bundles react and react-dom/client once with esbuild into one shared ES module (one copy
// of React, which react-dom needs) and answers the bare imports `react` and
// `react-dom/client` of the React fixture forms with small facades over it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const REACT_EXPORTS = [
  'Children',
  'Fragment',
  'StrictMode',
  'createElement',
  'useCallback',
  'useEffect',
  'useId',
  'useLayoutEffect',
  'useMemo',
  'useReducer',
  'useRef',
  'useState',
];
const FILES = {
  '/__react/react.js': `import { React } from './shared.js';
export default React;
export const { ${REACT_EXPORTS.join(', ')} } = React;`,
  '/__react/react-dom-client.js': `import { ReactDOMClient } from './shared.js';
export default ReactDOMClient;
export const { createRoot, hydrateRoot } = ReactDOMClient;`,
};

let shared;
async function sharedBundle() {
  shared ??= build({
    stdin: {
      contents: `import * as R from 'react'; import * as C from 'react-dom/client';
export const React = R.default ?? R; export const ReactDOMClient = C.default ?? C;`,
      resolveDir: here,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return shared;
}

/** The web-test-runner plugin. */
export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source === 'react') return '/__react/react.js';
      if (source === 'react-dom/client') return '/__react/react-dom-client.js';
      return undefined;
    },
    async serve(context) {
      if (context.path === '/__react/shared.js') return { body: await sharedBundle(), type: 'js' };
      const facade = FILES[context.path];
      return facade ? { body: facade, type: 'js' } : undefined;
    },
  };
}
