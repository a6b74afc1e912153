// Bundles the page (src/main.js and its CSS, Monaco's codicon font) and Monaco's editor worker into OUT_DIR/assets,
// their names content-hashed (the server lets browsers keep them for a year), each beside its gzip (served to
// browsers that accept it, as all do; a brotli copy, a fifth smaller, took a minute to make and would grow the jar
// again, for bytes that cost little over the loopback); OUT_DIR/index.html names them. Usage: node build.mjs OUT_DIR
import { build } from 'esbuild';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/**
 * Monaco's LSP client imports every feature of the editor for its side effects alone, which would bring them all into
 * the page; those lines are dropped, and the page brings the features it uses (src/monaco.js).
 */
const lspClientAlone = {
  name: 'lsp-client-alone',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]monaco-lsp-client[\\/]out[\\/]index\.js$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(/^import '[^']+';$/gm, ''),
      loader: 'js',
    }));
  },
};

const out = process.argv[2];
const assets = join(out, 'assets');
await rm(out, { recursive: true, force: true });
const common = {
  bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'none', metafile: true,
  outdir: assets, entryNames: '[name]-[hash]', assetNames: '[name]-[hash]',
};
const worker = await build({
  ...common,
  entryPoints: ['node_modules/monaco-editor/esm/vs/editor/editor.worker.js'],
  entryNames: 'editor.worker-[hash]',
  format: 'iife',
});
const page = await build({
  ...common,
  entryPoints: ['src/main.js'],
  format: 'esm',
  loader: { '.ttf': 'file' },
  define: { EDITOR_WORKER: JSON.stringify(served(only(worker, (output) => output.entryPoint))) },
  plugins: [lspClientAlone],
});

const script = only(page, (output) => output.entryPoint === 'src/main.js');
let html = await readFile('index.html', 'utf8');
for (const [from, to] of [['href="main.css"', page.metafile.outputs[script].cssBundle], ['src="main.js"', script]]) {
  if (!html.includes(from)) throw new Error(`index.html: no ${from}`);
  html = html.replace(from, from.replace(/main\.\w+/, served(to)));
}
await writeFile(join(out, 'index.html'), html);

for (const file of await readdir(out, { recursive: true, withFileTypes: true })) {
  if (!file.isFile()) continue;
  const path = join(file.parentPath, file.name);
  await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: constants.Z_BEST_COMPRESSION }));
}

/** The one output of a build that the test picks. */
function only(result, test) {
  const found = Object.entries(result.metafile.outputs).filter(([, output]) => test(output)).map(([path]) => path);
  if (found.length !== 1) throw new Error(`${found.length} outputs, expected one: ${found}`);
  return found[0];
}

/** An output's address relative to the page. */
function served(path) {
  return relative(out, path).split('\\').join('/');
}
