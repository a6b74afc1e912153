// Monaco as the page uses it: the editor's core and API, the features the workbench offers with Gongkai's language
// server behind them, Monaco's own LSP client, and the editor worker; not editor.main, which brings every feature
// and some eighty languages.
import 'monaco-editor/features/codicon/register.js';
// what the language server answers: hover (and the markers' messages), quick fixes and the light bulb, completion,
// formatting, folding, semantic colouring, the outline (Ctrl+Shift+O, the 大纲 button)
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/codeAction/register.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/format/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/semanticTokens/register.js';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens.js';
import 'monaco-editor/features/quickOutline/register.js';
// going from problem to problem (F8), finding and replacing, the editing a clerk expects of a text editor
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/unicodeHighlighter/register.js';

export * from 'monaco-editor/editor/editor.api.js';
// the client is not among the package's exports (only editor.main re-exports it, with everything else)
export * as lsp from '../node_modules/monaco-editor/esm/external/monaco-lsp-client/out/index.js';

// EDITOR_WORKER: the worker's content-hashed file name, defined by build.mjs
self.MonacoEnvironment = { getWorker: () => new Worker(EDITOR_WORKER) };
