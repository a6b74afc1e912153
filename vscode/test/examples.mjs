// Tokenizes every examples/*.gongkai with the TextMate grammar and fails when a report's blocks do not close
// (the grammar lost track of < > or { }) or when some text outside strings and comments gets no scope of its
// own (a keyword spelling, number or punctuation the grammar does not know).
//   node test/examples.mjs [FILE_OR_DIR...]   (default: ../examples)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s) => new oniguruma.OnigString(s),
  }),
  loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(root, 'syntaxes/gongkai.tmLanguage.json'), 'utf8'), 'gongkai.tmLanguage.json'),
});
const grammar = await registry.loadGrammar('source.gongkai');

const args = process.argv.slice(2);
const files = (args.length ? args : [join(root, '../examples')]).flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.gongkai')).sort().map((f) => join(p, f)) : [p],
);
const plain = (scope) => scope === 'source.gongkai' || scope.startsWith('meta.');
let problems = 0;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const before = problems;
  let stack = vsctm.INITIAL;
  lines.forEach((line, i) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    for (const token of tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      const scopes = token.scopes;
      if (text.trim() && scopes.every(plain)) {
        problems++;
        console.error(`${file}:${i + 1}:${token.startIndex + 1}: no scope for ${JSON.stringify(text.trim())} (${scopes.join(' ')})`);
      }
    }
    stack = ruleStack;
  });
  if (stack.depth !== 1) {
    problems++;
    console.error(`${file}: a block is still open at the end of the file`);
  }
  if (problems === before) console.log(`✓ ${file}`);
}
if (files.length === 0) {
  console.error('no .gongkai files');
  process.exit(2);
}
process.exit(problems ? 1 : 0);
