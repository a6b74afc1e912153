// Bundles charts.js (ECharts trimmed) into one minified script for summary.html: node build.mjs OUTFILE
// Run by Maven (generate-resources) through build.sh; node_modules comes from package-lock.json (npm ci).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'charts.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  outfile: process.argv[2],
  logLevel: 'warning',
});
