// Gongkai for VS Code: starts the language server (`java -jar server/gongkai.jar lsp`, stdio) for *.gongkai files
// and offers the command "Gongkai: Generate report / 生成报告", which asks the server to print the report beside its
// file (the server's command gongkai.lsp.generate, under the rules of `gongkai generate`), and "Gongkai: Import
// report… / 导入报告", which turns a published report into a .gongkai file beside it (`gongkai import`) and opens it, and
// "Gongkai: Open Preview / 打开预览" (preview.ts), and "Gongkai: Start next year's report / 从上年报告开始", which has
// the server write next year's report beside last year's (its command gongkai.lsp.nextYear) and opens it, "New
// report… / 新建报告" (the server's gongkai.lsp.newReport), "Generate as… / 生成为…" (the formats picked) and "Fill
// part 三 from register… / 从台账填入…" (the server's gongkai.lsp.tally, an edit of the report's editor).
import { ChildProcess, execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, WorkspaceEdit as ServerEdit,
} from 'vscode-languageclient/node';
import { Preview, REFRESH_MS, ReportPreview } from './preview';

/** For tests: how long the preview waits after typing stops. */
export const PREVIEW_REFRESH_MS = REFRESH_MS;

const MIN_JAVA = 17;

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

interface Java {
  /** the java executable */
  command: string;
  /** where it was found, for messages */
  source: string;
  /** its major version, once checked */
  major?: number;
  /** its version as `java -version` prints it ("21.0.5"), once checked */
  version?: string;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function run(command: string, args: string[], cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr), error: error && code === null ? error : undefined });
    });
  });
}

/** `java` inside a Java home, or the path itself when it names the executable. */
function javaIn(home: string): string {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  try {
    if (fs.statSync(home).isDirectory()) return path.join(home, 'bin', exe);
  } catch {
    // does not exist: reported when `java -version` fails
  }
  return home;
}

/** The setting `gongkai.java.home`, else JAVA_HOME, else `java` on the PATH. */
function findJava(): Java {
  const setting = vscode.workspace.getConfiguration('gongkai').get<string>('java.home', '').trim();
  if (setting) return { command: javaIn(setting), source: `gongkai.java.home = ${setting}` };
  const home = process.env.JAVA_HOME?.trim();
  if (home) return { command: javaIn(home), source: `JAVA_HOME = ${home}` };
  return { command: 'java', source: 'PATH' };
}

/** The major version that `java -version` prints ("17.0.9", "21", "1.8.0_392" → 8), or undefined. */
export function javaMajor(versionOutput: string): number | undefined {
  const m = /version "([0-9]+)(?:\.([0-9]+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** The Java to run the server with, or undefined after telling the user why there is none. */
async function checkJava(): Promise<Java | undefined> {
  const java = findJava();
  const result = await run(java.command, ['-version']);
  const major = javaMajor(result.stderr + result.stdout);
  let problem: string | undefined;
  if (result.error || major === undefined) {
    problem =
      `未找到 Java（${java.source}）。Gongkai 需要 Java ${MIN_JAVA} 或更高版本。` +
      ` No Java found (${java.source}): Gongkai needs Java ${MIN_JAVA} or newer.`;
  } else if (major < MIN_JAVA) {
    problem =
      `Java 版本过低：${java.command} 是 Java ${major}，Gongkai 需要 Java ${MIN_JAVA} 或更高版本。` +
      ` ${java.command} is Java ${major}; Gongkai needs Java ${MIN_JAVA} or newer.`;
  }
  if (problem) {
    output.appendLine(problem);
    const settings = '设置 Java 路径 / Set Java path';
    const hint = ` 请安装 Java ${MIN_JAVA}+，或在设置 gongkai.java.home 中指定。 Install Java ${MIN_JAVA}+ or set gongkai.java.home.`;
    void vscode.window.showErrorMessage(problem + hint, settings).then((choice) => {
      if (choice === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'gongkai.java.home');
    });
    return undefined;
  }
  output.appendLine(`Java ${major}: ${java.command} (${java.source})`);
  return { ...java, major, version: /version "([^"]+)"/.exec(result.stderr + result.stdout)?.[1] ?? String(major) };
}

function serverJar(context: vscode.ExtensionContext): string | undefined {
  const jar = context.asAbsolutePath(path.join('server', 'gongkai.jar'));
  if (fs.existsSync(jar)) return jar;
  const message = `扩展中缺少服务器 ${jar}。 The extension is missing its server jar ${jar}.`;
  output.appendLine(message);
  void vscode.window.showErrorMessage(message);
  return undefined;
}

/**
 * Options that start the server faster, kept in the extension's global storage and named by the extension's and Java's
 * versions (the jar comes with the extension). Java logs nothing about them: stdout is the LSP channel.
 * * Java 25+: an AOT cache. When it is missing, `java -XX:AOTCacheOutput=… -jar gongkai.jar train lsp` makes it in the
 *   background (a session of the server inside that process, never the server the editor talks to, since making a
 *   cache prints on stdout) and the next start uses it.
 * * Java 19 to 24: a class-data archive, made by Java when the first server ends.
 */
export function archiveArgs(major: number | undefined, javaVersion: string | undefined, storage: string | undefined,
    extensionVersion: string, train: (cache: string) => void = () => {}): string[] {
  if (major === undefined || major < 19 || !storage) return [];
  try {
    fs.mkdirSync(storage, { recursive: true });
  } catch {
    return [];
  }
  const name = `lsp-${extensionVersion}-java${javaVersion ?? major}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (major >= 25) {
    const cache = path.join(storage, `${name}.aot`);
    if (fs.existsSync(cache)) return [`-XX:AOTCache=${cache}`, '-Xlog:disable'];
    train(cache);
    return [];
  }
  return [`-XX:SharedArchiveFile=${path.join(storage, `${name}.jsa`)}`, '-XX:+AutoCreateSharedArchive', '-Xlog:disable'];
}

let training: ChildProcess | undefined;

/** Makes the AOT cache in a process of its own, under a temporary name renamed into place when Java has written it. */
export function trainCache(java: string, jar: string, cache: string): ChildProcess | undefined {
  if (training) return training;
  const partial = `${cache}.${process.pid}.tmp`;
  const child = spawn(java, [`-XX:AOTCacheOutput=${partial}`, '-Xlog:disable', '-jar', jar, 'train', 'lsp'],
    { stdio: 'ignore' });
  training = child;
  const done = (ok: boolean) => {
    training = undefined;
    try {
      if (ok) fs.renameSync(partial, cache);
      else fs.rmSync(partial, { force: true });
    } catch (e) {
      output?.appendLine(`AOT cache not made: ${e}`);
    }
  };
  child.on('exit', (code) => done(code === 0 && fs.existsSync(partial)));
  child.on('error', () => done(false));
  return child;
}

/** The setting `gongkai.java.vmargs`: options for the server's Java, e.g. -Xmx2g. */
function vmargs(): string[] {
  const value = vscode.workspace.getConfiguration('gongkai').get<unknown>('java.vmargs', []);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const java = await checkJava();
  const jar = serverJar(context);
  if (!java || !jar) return;
  let missingCache: string | undefined;
  const serverOptions: ServerOptions = {
    command: java.command,
    args: [
      ...archiveArgs(java.major, java.version, context.globalStorageUri?.fsPath, String(context.extension?.packageJSON?.version ?? '0'),
        (cache) => (missingCache = cache)),
      ...vmargs(),
      '-jar',
      jar,
      'lsp',
    ],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'gongkai' },
      { scheme: 'untitled', language: 'gongkai' },
    ],
    outputChannel: output,
  };
  client = new LanguageClient('gongkai', 'Gongkai', serverOptions, clientOptions);
  try {
    await client.start();
    // after the server has started, so that the two do not share the processor while the editor waits
    if (missingCache) trainCache(java.command, jar, missingCache);
  } catch (e) {
    output.appendLine(`语言服务器未能启动 / The language server did not start: ${e}`);
    client = undefined;
  }
}

async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.stop();
    } catch {
      // already stopped
    }
  }
}

/** The server's command that prints a report beside its file; not `gongkai.generate`, which the client would register again. */
const SERVER_GENERATE = 'gongkai.lsp.generate';
/** JSON-RPC's code for a request the server cancelled (LSP's RequestCancelled). */
const REQUEST_CANCELLED = -32800;

/** The server's command that writes next year's report beside last year's and answers with its URI. */
const SERVER_NEXT_YEAR = 'gongkai.lsp.nextYear';

/** What the server's command answers. */
interface Outcome {
  generated: boolean;
  files: string[];
  message: string;
}

/** The server's command that writes `gongkai new`'s skeleton into a folder and answers with its URI. */
/** The server's tally of a register into the open report (LANGUAGE.md §8): returns the edit of its part 三. */
const SERVER_TALLY = 'gongkai.lsp.tally';

const SERVER_NEW_REPORT = 'gongkai.lsp.newReport';

/** The formats the server prints (`gongkai generate --to`), as the clerk picks them; the first two by default. */
export const FORMATS = [
  { name: 'html', label: 'HTML（网页）' },
  { name: 'docx', label: 'Word（DOCX）' },
  { name: 'md', label: 'Markdown' },
  { name: 'json', label: 'JSON（数据）' },
];

/** What the server's commands {@link SERVER_NEXT_YEAR} and {@link SERVER_NEW_REPORT} answer. */
interface NewReportOutcome {
  created: boolean;
  uri?: string;
  message: string;
}

/** The .gongkai file named, else the active one, saved; undefined after telling the user there is none. */
async function savedReport(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'gongkai' || document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('请先打开一个已保存的 .gongkai 文件。 Open a saved .gongkai file first.');
    return undefined;
  }
  if (document.isDirty && !(await document.save())) return undefined;
  return document;
}

/**
 * Runs one of the server's commands on a report, with a notification while it works. The server shows a refusal
 * (window/showMessage, which the language client turns into a notification); the output channel keeps the outcome.
 * Undefined when the server is not running or the request failed, after saying so with `failed`.
 */
async function serverCommand<T extends { message: string }>(command: string, args: unknown[], title: string,
    failed: string): Promise<T | undefined> {
  const server = client;
  if (!server) {
    void vscode.window.showErrorMessage(`${failed}：语言服务器没有运行，详见输出。 The language server is not running; see the output.`);
    return undefined;
  }
  output.appendLine(`> ${command} ${args.map(String).join(' ')}`);
  try {
    const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title },
      () => askedAgainWhenCancelled(() => server.sendRequest<T>('workspace/executeCommand', { command, arguments: args })));
    output.appendLine(outcome.message);
    return outcome;
  } catch (e) {
    output.appendLine(String(e));
    void vscode.window.showErrorMessage(`${failed}，详见输出。 See the output.`);
    return undefined;
  }
}

/** Saves the .gongkai file and has the language server print it beside itself, which shows the outcome. */
async function generate(uri?: vscode.Uri): Promise<void> {
  const report = await savedReport(uri);
  if (report) {
    await serverCommand<Outcome>(SERVER_GENERATE, [report.uri.toString()], '正在生成报告 / Generating report…', '报告未生成');
  }
}

/** 生成为…: the clerk picks the formats (HTML and Word ticked), then as {@link generate}. */
async function generateAs(uri?: vscode.Uri): Promise<void> {
  const report = await savedReport(uri);
  if (!report) return;
  const picked = await vscode.window.showQuickPick(
    FORMATS.map((format, i) => ({ label: format.label, name: format.name, picked: i < 2 })),
    { canPickMany: true, title: '生成为 / Generate as', placeHolder: '选择要生成的格式 / Pick the formats' });
  if (!picked || picked.length === 0) return;
  await serverCommand<Outcome>(SERVER_GENERATE, [report.uri.toString(), picked.map((format) => format.name)],
    '正在生成报告 / Generating report…', '报告未生成');
}

/** The folder a new report goes into: the one picked in the Explorer, else the active file's, else the first open. */
async function newReportFolder(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (uri && (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.Directory) return uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return vscode.Uri.file(path.dirname(active.fsPath));
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** 新建报告: asks for the organ and the year, has the server write `gongkai new`'s skeleton (never over a file), opens it. */
async function newReport(uri?: vscode.Uri): Promise<void> {
  const folder = await newReportFolder(uri);
  if (!folder) {
    void vscode.window.showWarningMessage('请先打开一个文件夹。 Open a folder first.');
    return;
  }
  const organ = await vscode.window.showInputBox({
    title: '新建报告 / New report', prompt: '机关名称 / Organ', placeHolder: '某县人民政府',
    validateInput: (value) => (value.trim() === '' ? '请填写机关名称' : undefined),
  });
  if (organ === undefined) return;
  const year = await vscode.window.showInputBox({
    title: '新建报告 / New report', prompt: '报告年度 / Year', value: String(new Date().getFullYear() - 1),
    validateInput: (value) => (/^\s*\d{4}\s*$/.test(value) ? undefined : '年度须是四位数，如 2024'),
  });
  if (year === undefined) return;
  const outcome = await serverCommand<NewReportOutcome>(SERVER_NEW_REPORT, [folder.toString(), organ.trim(), year.trim()],
    '正在新建报告 / Creating report…', '未能新建报告');
  if (outcome?.created && outcome.uri) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(outcome.uri)));
  }
}

/**
 * Counts part 三 from the office's register of applications (.xlsx or .csv) with the language server's tally and puts it
 * in place of the open report's part 三 as an edit of the editor (undo takes it back; the file is saved by the clerk).
 * From the Explorer's menu on a register the report is the active editor's; from a report, the register is asked for.
 */
async function tally(uri?: vscode.Uri): Promise<void> {
  const register = uri && /\.(xlsx|csv)$/i.test(uri.fsPath) ? uri : (await vscode.window.showOpenDialog({
    canSelectMany: false, openLabel: '填入 / Fill in', filters: { '登记台账 / Register': ['xlsx', 'csv'] },
  }))?.[0];
  const editor = vscode.window.visibleTextEditors.find((e) => e === vscode.window.activeTextEditor && e.document.languageId === 'gongkai')
    ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'gongkai');
  if (!register) return;
  if (!editor) {
    void vscode.window.showErrorMessage('请先打开要填入的报告。 Open the report to fill in first.');
    return;
  }
  const server = client;
  if (!server) {
    void vscode.window.showErrorMessage('未能从登记台账填入：语言服务器没有运行，详见输出。 The language server is not running; see the output.');
    return;
  }
  const report = editor.document.uri.toString();
  output.appendLine(`> ${SERVER_TALLY} ${report} ${register.toString()}`);
  try {
    const edit = await askedAgainWhenCancelled(() => server.sendRequest<ServerEdit | null>('workspace/executeCommand',
      { command: SERVER_TALLY, arguments: [report, register.toString()] }));
    // null: the register has mistakes, which the server has shown row by row. The edit goes to the editor itself: a
    // workspace edit is saved to the file by VS Code, where the clerk is to see it first and save it themselves
    const changes = edit?.changes?.[report];
    if (changes) {
      const edits = await server.protocol2CodeConverter.asTextEdits(changes);
      await editor.edit((builder) => (edits ?? []).forEach((e) => builder.replace(e.range, e.newText)));
    }
  } catch (e) {
    output.appendLine(String(e));
    void vscode.window.showErrorMessage('未能从登记台账填入，详见输出。 See the output.');
  }
}

/** Has the language server write next year's report beside last year's (never over a file), and opens it. */
async function nextYear(uri?: vscode.Uri): Promise<void> {
  const last = await savedReport(uri);
  if (!last) return;
  const outcome = await serverCommand<NewReportOutcome>(SERVER_NEXT_YEAR, [last.uri.toString()], '正在开始下一年度的报告 / Starting next year’s report…',
    '未能开始下一年度的报告');
  if (outcome?.created && outcome.uri) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(outcome.uri)));
  }
}

/**
 * A request the server cancelled because a build began meanwhile (Xtext cancels the reads in flight when the workspace
 * changes, as when it checks the folder just after starting) is asked again, a few times: nothing was wrong with it.
 */
export async function askedAgainWhenCancelled<T>(send: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (e) {
      const cancelled = (e as { code?: number }).code === REQUEST_CANCELLED || /has been cancelled/.test(String(e));
      if (!cancelled || attempt >= attempts) throw e;
    }
  }
}

/** The first name `NAME.gongkai`, `NAME-2.gongkai`, … beside `file` that no file has: an import never overwrites. */
export function importTarget(file: string): string {
  const folder = path.dirname(file);
  const name = path.basename(file, path.extname(file));
  for (let n = 1; ; n++) {
    const target = path.join(folder, `${name}${n === 1 ? '' : `-${n}`}.gongkai`);
    if (!fs.existsSync(target)) return target;
  }
}

/**
 * Imports a published report (.docx, .html, .pdf, .txt) into a .gongkai file beside it with the jar's `gongkai import`
 * (the command line's import code, as Eclipse uses it too) and opens it. A report with errors is imported all the same:
 * the editor then shows them.
 */
async function importReport(context: vscode.ExtensionContext, uri?: vscode.Uri): Promise<void> {
  const picked = uri ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: '导入 / Import',
    filters: { '已发布的年度报告 / Published report': ['docx', 'html', 'htm', 'pdf', 'txt'] },
  }))?.[0];
  if (!picked) return;
  const java = await checkJava();
  const jar = serverJar(context);
  if (!java || !jar) return;
  const target = importTarget(picked.fsPath);
  output.appendLine(`> gongkai import -o ${target} ${picked.fsPath}`);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: '正在导入报告 / Importing report…' },
    () => run(java.command, [...vmargs(), '-jar', jar, 'import', '-o', target, picked.fsPath], path.dirname(picked.fsPath)),
  );
  output.appendLine((result.stdout + result.stderr).trim());
  if ((result.code === 0 || result.code === 1) && fs.existsSync(target)) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(target)));
    return;
  }
  const reason = result.stderr.trim().split('\n').filter((line) => line.trim() !== '').pop() ?? String(result.error ?? result.code);
  void vscode.window.showErrorMessage(`报告未导入：${reason} The report was not imported; see the output.`);
}

const previews = new Map<string, ReportPreview>();

/** Opens the preview of a .gongkai file (the active one) beside its editor, or shows the one already open. */
async function openPreview(uri?: vscode.Uri): Promise<ReportPreview | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'gongkai') {
    void vscode.window.showWarningMessage('请先打开一个 .gongkai 文件。 Open a .gongkai file first.');
    return undefined;
  }
  const key = document.uri.toString();
  const open = previews.get(key);
  if (open) {
    open.panel.reveal(vscode.ViewColumn.Beside, true);
    open.refresh();
    return open;
  }
  const preview = new ReportPreview(document, (report) => {
    const server = client;
    return server
      ? askedAgainWhenCancelled(() => server.sendRequest<Preview>('gongkai/preview', { uri: report }))
      : Promise.reject(new Error('语言服务器没有运行 / the language server is not running'));
  });
  previews.set(key, preview);
  preview.panel.onDidDispose(() => previews.delete(key));
  return preview;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Gongkai');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('gongkai.generate', (uri?: vscode.Uri) => generate(uri)),
    vscode.commands.registerCommand('gongkai.generateAs', (uri?: vscode.Uri) => generateAs(uri)),
    vscode.commands.registerCommand('gongkai.newReport', (uri?: vscode.Uri) => newReport(uri)),
    vscode.commands.registerCommand('gongkai.import', (uri?: vscode.Uri) => importReport(context, uri)),
    vscode.commands.registerCommand('gongkai.preview', (uri?: vscode.Uri) => openPreview(uri)),
    vscode.commands.registerCommand('gongkai.nextYear', (uri?: vscode.Uri) => nextYear(uri)),
    vscode.commands.registerCommand('gongkai.tally', (uri?: vscode.Uri) => tally(uri)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('gongkai.java.home') || event.affectsConfiguration('gongkai.java.vmargs')) {
        await stopClient();
        await startClient(context);
      }
    }),
  );
  await startClient(context);
}

export function deactivate(): Promise<void> {
  previews.forEach((preview) => preview.panel.dispose());
  previews.clear();
  return stopClient();
}
