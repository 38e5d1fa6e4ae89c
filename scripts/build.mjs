// Bundles the client, the language server and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __SERVER_VERSION__: JSON.stringify(version) },
  // jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow; its ESM build is static.
  mainFields: ['module', 'main'],
};

// The charting library stays out of the client and the CLI: their import of the charts module becomes
// a require of dist/charts.js, the bundle beside them.
const chartsApart = {
  name: 'charts-apart',
  setup(build) {
    build.onResolve({ filter: /\/caseload-charts$/ }, () => ({ path: './charts.js', external: true }));
  },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [chartsApart] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [chartsApart] },
  // Mostly the charting library itself: always minified, so the package stays small in every build.
  { entryPoints: ['server/src/features/caseload-charts.ts'], outfile: 'dist/charts.js', minify: true, sourcemap: false },
];

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
