// Bundles the page (src/main.js and its CSS, Monaco's codicon font) and Monaco's editor worker into OUT_DIR.
// Usage: node build.mjs OUT_DIR
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const out = process.argv[2];
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const common = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
await build({
  ...common,
  entryPoints: ['src/main.js'],
  format: 'esm',
  outfile: join(out, 'main.js'),
  loader: { '.ttf': 'file' },
  assetNames: '[name]',
});
await build({
  ...common,
  entryPoints: ['node_modules/monaco-editor/esm/vs/editor/editor.worker.start.js'],
  format: 'iife',
  outfile: join(out, 'editor.worker.js'),
});
await copyFile('index.html', join(out, 'index.html'));
