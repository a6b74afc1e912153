// Runs out/extension.js outside VS Code, against a stand-in for the `vscode` API and for vscode-languageclient (which
// starts the real server/gongkai.jar and speaks LSP to it with vscode-jsonrpc, showing the server's messages as the
// client does): the Java check (setting, version parsing, the message when there is no Java 17+), the server command
// line, and the commands gongkai.generate and gongkai.nextYear on a copy of an example.
//   node test/extension.test.mjs   (after tsc and with server/gongkai.jar in place, as build.sh does)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rpc = require('vscode-jsonrpc/node');

const settings = { 'java.home': '', 'java.vmargs': [] };
const messages = [];
const commands = new Map();
const clients = [];
const pickedFiles = [];
const shownDocuments = [];
let activeDocument;
const panels = [];
/** An event of the stand-in API: listeners are called by fire(). */
function emitter() {
  const listeners = new Set();
  const event = (listener) => { listeners.add(listener); return { dispose: () => listeners.delete(listener) }; };
  event.fire = (value) => listeners.forEach((listener) => listener(value));
  return event;
}
function webviewPanel(viewType, title) {
  const disposed = emitter();
  const received = emitter();
  return {
    viewType, title, posted: [],
    webview: { html: '', onDidReceiveMessage: received, postMessage: async function (m) { this.posted.push(m); return true; } },
    receive: (message) => received.fire(message),
    onDidDispose: disposed,
    reveal() {},
    dispose() { disposed.fire(); },
  };
}
const vscode = {
  ProgressLocation: { Notification: 15 },
  ViewColumn: { Beside: -2 },
  Position: class { constructor(line, character) { Object.assign(this, { line, character }); } },
  Range: class { constructor(start, end) { Object.assign(this, { start, end }); } },
  Uri: { file: (fsPath) => uri(fsPath), parse: (href) => uri(fileURLToPath(href)) },
  window: {
    createOutputChannel: () => ({ lines: [], append(s) { this.lines.push(s); }, appendLine(s) { this.lines.push(s + '\n'); }, show() {}, dispose() {} }),
    showErrorMessage: async (m) => { messages.push(['error', m]); },
    showWarningMessage: async (m) => { messages.push(['warning', m]); },
    showInformationMessage: async (m) => { messages.push(['info', m]); },
    withProgress: (_options, task) => task(),
    showOpenDialog: async () => pickedFiles.shift(),
    showTextDocument: async (doc) => { shownDocuments.push(doc.uri.fsPath); return {}; },
    get activeTextEditor() { return activeDocument && { document: activeDocument }; },
    createWebviewPanel: (viewType, title) => { const panel = webviewPanel(viewType, title); panel.webview.posted = []; panels.push(panel); return panel; },
    onDidChangeTextEditorSelection: emitter(),
  },
  workspace: {
    workspaceFolders: undefined,
    getConfiguration: () => ({ get: (key, fallback) => settings[key] ?? fallback }),
    onDidChangeTextDocument: emitter(),
    onDidChangeConfiguration: () => ({ dispose() {} }),
    openTextDocument: async (uri) => document(uri.fsPath),
  },
  commands: {
    registerCommand: (id, f) => { commands.set(id, f); return { dispose() {} }; },
    executeCommand: async () => {},
  },
};
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) { Object.assign(this, { id, name, serverOptions, clientOptions }); clients.push(this); }
  async start() {
    // what vscode-languageclient 9 adds to an executable's arguments for TransportKind.stdio
    const args = [...this.serverOptions.args, '--stdio'];
    this.server = spawn(this.serverOptions.command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.server.stdout), new rpc.StreamMessageWriter(this.server.stdin));
    this.connection.onNotification('window/showMessage', ({ type, message }) => {
      const show = { 1: vscode.window.showErrorMessage, 2: vscode.window.showWarningMessage }[type] ?? vscode.window.showInformationMessage;
      void show(message);
    });
    this.connection.listen();
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { executeCommand: {}, workspaceFolders: true } },
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => ({ uri: f.uri.toString(), name: f.name })),
    });
    await this.connection.sendNotification('initialized', {});
  }
  sendRequest(method, params) { return this.connection.sendRequest(method, params); }
  async stop() {
    if (!this.connection) return;
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    await new Promise((resolve) => (this.server.exitCode === null ? this.server.once('exit', resolve) : resolve()));
  }
}
const languageclient = { LanguageClient, TransportKind: { stdio: 0 } };
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return languageclient;
  return load.call(this, request, ...rest);
};
function uri(fsPath) {
  return { fsPath, scheme: 'file', toString: () => pathToFileURL(fsPath).href };
}
function document(fsPath) {
  return { uri: uri(fsPath), languageId: 'gongkai', isDirty: false, save: async () => true };
}
function workspace(dir) {
  vscode.workspace.workspaceFolders = [{ uri: uri(dir), name: 'reports' }];
}

const extension = require(join(root, 'out/extension.js'));
const context = { subscriptions: [], asAbsolutePath: (p) => join(root, p) };
let failed = 0;
async function test(name, body) {
  messages.length = 0;
  clients.length = 0;
  try {
    await body();
    console.log(`✓ ${name}`);
  } catch (e) {
    failed++;
    console.error(`✖ ${name}\n${e.stack}`);
  }
}

await test('javaMajor reads the versions java -version prints', () => {
  assert.equal(extension.javaMajor('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(extension.javaMajor('java version "1.8.0_392"'), 8);
  assert.equal(extension.javaMajor('openjdk version "21" 2023-09-19'), 21);
  assert.equal(extension.javaMajor('java version "25-ea"'), 25);
  assert.equal(extension.javaMajor('no java here'), undefined);
});

await test('a request the server cancelled (a build began meanwhile) is asked again; other errors are not', async () => {
  const cancelled = Object.assign(new Error("The request (id: 1, method: 'workspace/executeCommand') has been cancelled"), { code: -32800 });
  let sent = 0;
  assert.equal(await extension.askedAgainWhenCancelled(async () => (++sent < 3 ? Promise.reject(cancelled) : 'done')), 'done');
  assert.equal(sent, 3);
  sent = 0;
  await assert.rejects(extension.askedAgainWhenCancelled(async () => { sent++; throw new Error('读不出报告'); }), /读不出报告/);
  assert.equal(sent, 1);
  sent = 0;
  await assert.rejects(extension.askedAgainWhenCancelled(async () => { sent++; throw cancelled; }), /has been cancelled/);
  assert.equal(sent, 5);
});

await test('without Java the server is not started and the message says why, in both languages', async () => {
  settings['java.home'] = join(tmpdir(), 'no-such-java-home');
  await extension.activate(context);
  assert.equal(clients.length, 0);
  const [kind, text] = messages[0];
  assert.equal(kind, 'error');
  assert.match(text, /未找到 Java/);
  assert.match(text, /Java 17/);
  assert.match(text, /gongkai\.java\.home/);
  await extension.deactivate();
});

await test('with Java 17+ the server runs as java -jar server/gongkai.jar lsp on stdio', async () => {
  settings['java.home'] = '';
  await extension.activate(context);
  assert.deepEqual(messages, []);
  assert.equal(clients.length, 1);
  const { serverOptions, clientOptions } = clients[0];
  assert.deepEqual(serverOptions.args, ['-jar', join(root, 'server/gongkai.jar'), 'lsp']);
  assert.equal(serverOptions.transport, 0);
  assert.ok(clientOptions.documentSelector.some((s) => s.language === 'gongkai'));
  await extension.deactivate();
});

await test('an AOT cache in global storage for Java 25+, a class-data archive for 19 to 24, none before', () => {
  const storage = mkdtempSync(join(tmpdir(), 'gongkai-storage-'));
  try {
    const trained = [];
    const train = (cache) => trained.push(cache);
    assert.deepEqual(extension.archiveArgs(17, '17.0.15', storage, '1.0.0', train), []);
    assert.deepEqual(extension.archiveArgs(21, '21.0.5', undefined, '1.0.0', train), []);
    assert.deepEqual(extension.archiveArgs(21, '21.0.5', join(storage, 'sub'), '1.0.0', train), [
      `-XX:SharedArchiveFile=${join(storage, 'sub', 'lsp-1.0.0-java21.0.5.jsa')}`, '-XX:+AutoCreateSharedArchive', '-Xlog:disable']);
    assert.ok(existsSync(join(storage, 'sub')));
    assert.deepEqual(trained, []);
    const cache = join(storage, 'lsp-1.0.0-java25.0.1.aot');
    assert.deepEqual(extension.archiveArgs(25, '25.0.1', storage, '1.0.0', train), []);
    assert.deepEqual(trained, [cache]);
    writeFileSync(cache, '');
    assert.deepEqual(extension.archiveArgs(25, '25.0.1', storage, '1.0.0', train), [`-XX:AOTCache=${cache}`, '-Xlog:disable']);
    assert.equal(trained.length, 1);
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
});

await test('the server started by Java 19+ makes its archive or AOT cache and answers over a clean stdout', async () => {
  const storage = mkdtempSync(join(tmpdir(), 'gongkai-storage-'));
  const java = process.env.GONGKAI_TEST_JAVA19;
  if (!java) {
    console.log('  (GONGKAI_TEST_JAVA19 names no Java 19+: build.sh sets it)');
    return;
  }
  settings['java.home'] = java;
  try {
    const withStorage = { ...context, globalStorageUri: { fsPath: storage } };
    await extension.activate(withStorage);
    assert.deepEqual(messages, []);
    await extension.deactivate();
    // Java 19 to 24 writes its archive when the server ends; Java 25+ trains its AOT cache in a process of its own
    const made = () => readdirSync(storage).filter((f) => f.endsWith('.jsa') || f.endsWith('.aot'));
    for (let waited = 0; made().length === 0 && waited < 180_000; waited += 500) await new Promise((r) => setTimeout(r, 500));
    assert.equal(made().length, 1, readdirSync(storage).join(' '));
    await extension.activate(withStorage);
    assert.deepEqual(messages, []);
    const args = clients.at(-1).serverOptions.args;
    assert.ok(args.some((a) => a.startsWith('-XX:AOTCache=') || a.startsWith('-XX:SharedArchiveFile=')), args.join(' '));
    await clients.at(-1).sendRequest('workspace/symbol', { query: '' });
    await extension.deactivate();
  } finally {
    settings['java.home'] = '';
    rmSync(storage, { recursive: true, force: true });
  }
});

await test('gongkai.java.vmargs go to Java before -jar; the server starts with them', async () => {
  settings['java.vmargs'] = ['-Xmx256m', ' ', '-Dgongkai.test=1'];
  try {
    await extension.activate(context);
    assert.deepEqual(messages, []);
    assert.deepEqual(clients[0].serverOptions.args, ['-Xmx256m', '-Dgongkai.test=1', '-jar', join(root, 'server/gongkai.jar'), 'lsp']);
    await extension.deactivate();
  } finally {
    settings['java.vmargs'] = [];
  }
});

/** Runs `body` on a copy of the example `name` in a folder of its own, the workspace, open in the active editor. */
async function onExample(name, body) {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-vscode-'));
  try {
    const file = join(dir, `${name}.gongkai`);
    copyFileSync(join(root, `../examples/${name}.gongkai`), file);
    activeDocument = document(file);
    workspace(dir);
    await extension.activate(context);
    await body(dir, file);
    await extension.deactivate();
  } finally {
    activeDocument = undefined;
    vscode.workspace.workspaceFolders = undefined;
    rmSync(dir, { recursive: true, force: true });
  }
}

await test('gongkai.generate has the server print the open report beside it', () => onExample('gongbujiangda-2023', async (dir) => {
  await commands.get('gongkai.generate')();
  assert.deepEqual(messages, [['info', `报告已生成：gongbujiangda-2023.html、gongbujiangda-2023.docx（在 ${dir}）`]]);
  assert.ok(existsSync(join(dir, 'gongbujiangda-2023.html')), readdirSync(dir).join(' '));
  assert.ok(existsSync(join(dir, 'gongbujiangda-2023.docx')));
}));

await test('gongkai.preview shows the printed report beside its editor, keeps it while errors stand, follows the cursor', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-vscode-'));
  try {
    const file = join(dir, 'gongbujiangda-2023.gongkai');
    copyFileSync(join(root, '../examples/gongbujiangda-2023.gongkai'), file);
    const text = readFileSync(file, 'utf8');
    activeDocument = document(file);
    workspace(dir);
    await extension.activate(context);
    // the editor's copy of the text, as VS Code's language client keeps the server's in step
    const server = clients[0].connection;
    const textDocument = { uri: activeDocument.uri.toString(), languageId: 'gongkai', version: 1, text };
    await server.sendNotification('textDocument/didOpen', { textDocument });
    const preview = await commands.get('gongkai.preview')();
    await preview.refreshed;
    const panel = panels.at(-1);
    assert.equal(panel.viewType, 'gongkai.preview');
    assert.match(panel.webview.html, /工布江达县人民政府2023年政府信息公开工作年度报告/);
    assert.match(panel.webview.html, /Content-Security-Policy/);
    assert.doesNotMatch(panel.webview.html, /个错误，改正后才能打印/);

    const broken = text.replace('natural:   new 3,', 'natural:   new 9,');
    await server.sendNotification('textDocument/didChange', {
      textDocument: { uri: textDocument.uri, version: 2 }, contentChanges: [{ text: broken }] });
    vscode.workspace.onDidChangeTextDocument.fire({ document: activeDocument });
    await new Promise((resolve) => setTimeout(resolve, extension.PREVIEW_REFRESH_MS + 50));
    await preview.refreshed;
    assert.match(panel.webview.html, /还有 \d+ 个错误，改正后才能打印（下面是上一次没有错误时的样子）/);
    assert.match(panel.webview.html, /工布江达县人民政府2023年政府信息公开工作年度报告/);

    shownDocuments.length = 0;
    panel.receive({ type: 'firstError' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(shownDocuments, [file]);

    vscode.window.onDidChangeTextEditorSelection.fire({ textEditor: { document: activeDocument }, selections: [{ active: { line: 47 } }] });
    assert.equal(panel.webview.posted.at(-1)?.type, 'scroll');
    assert.ok(panel.webview.posted.at(-1).id, JSON.stringify(panel.webview.posted));
    await extension.deactivate();
  } finally {
    activeDocument = undefined;
    vscode.workspace.workspaceFolders = undefined;
    rmSync(dir, { recursive: true, force: true });
  }
});

await test('gongkai.generate says so when the report has errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-vscode-'));
  try {
    const file = join(dir, 'broken.gongkai');
    writeFileSync(file, 'report "broken" {\n  year 2023\n');
    activeDocument = document(file);
    workspace(dir);
    await extension.activate(context);
    await commands.get('gongkai.generate')();
    assert.equal(messages.length, 1);
    assert.equal(messages[0][0], 'error');
    assert.match(messages[0][1], /报告未生成/);
    assert.ok(!existsSync(join(dir, 'broken.html')));
    await extension.deactivate();
  } finally {
    activeDocument = undefined;
    vscode.workspace.workspaceFolders = undefined;
    rmSync(dir, { recursive: true, force: true });
  }
});

const nextYearTitle = 'gongkai.nextYear has the server write next year\'s report beside last year\'s and opens it, never over a file';
await test(nextYearTitle, () => onExample('gongbujiangda-2023', async (dir) => {
  shownDocuments.length = 0;
  await commands.get('gongkai.nextYear')();
  const next = join(dir, '工布江达县人民政府2024.gongkai');
  assert.deepEqual(messages, []);
  assert.deepEqual(shownDocuments, [next]);
  assert.match(readFileSync(next, 'utf8'), /previous "工布江达县2023"/);
  writeFileSync(next, '// 已经开始写了\n');
  await commands.get('gongkai.nextYear')();
  assert.equal(shownDocuments.length, 1);
  assert.deepEqual(messages, [['error', `未能开始下一年度的报告：${next} 已存在，不会覆盖`]]);
  assert.equal(readFileSync(next, 'utf8'), '// 已经开始写了\n');
}));

await test('gongkai.import turns a published report into a .gongkai file beside it, opens it, never overwrites', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-vscode-'));
  try {
    const seed = join(dir, '工布江达县 2023.txt');
    // seed 002 of shared/seeds as published, kept in the repository
    copyFileSync(join(root, '../language.tests/src/test/resources/published/gongbujiangda-2023.txt'), seed);
    await extension.activate(context);
    shownDocuments.length = 0;
    pickedFiles.push([uri(seed)]);
    await commands.get('gongkai.import')();
    assert.deepEqual(messages, []);
    assert.deepEqual(shownDocuments, [join(dir, '工布江达县 2023.gongkai')]);
    assert.match(readFileSync(shownDocuments[0], 'utf8'), /工布江达县人民政府/);
    await commands.get('gongkai.import')(uri(seed));
    assert.deepEqual(shownDocuments.slice(1), [join(dir, '工布江达县 2023-2.gongkai')]);
    const news = join(dir, 'news.txt');
    writeFileSync(news, '县政府召开常务会议，研究部署近期重点工作。\n会议强调，要抓好安全生产。\n');
    await commands.get('gongkai.import')(uri(news));
    assert.equal(messages.length, 1);
    assert.equal(messages[0][0], 'error');
    assert.match(messages[0][1], /未找到年度报告的表格/);
    assert.ok(!existsSync(join(dir, 'news.gongkai')));
    await extension.deactivate();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

process.exit(failed ? 1 : 0);
