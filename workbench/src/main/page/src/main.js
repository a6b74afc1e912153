// The workbench page: the list of reports, Monaco talking to Gongkai's language server over a WebSocket, the live
// preview, saving (never over a file another program changed), new, rename, import by drop, part 三 from a register
// dropped on the open report, downloads, print.
import 'monaco-editor/nls/lang/zh-cn.js';
import * as monaco from './monaco.js';
import './style.css';
import { Channel } from './channel.js';
import { call, download, socketAddress } from './api.js';
import { registerGongkai, editorOptions } from './language.js';
import { Preview } from './preview.js';

registerGongkai(monaco);

const $ = (id) => document.getElementById(id);
const editor = monaco.editor.create($('editor'), editorOptions);
const preview = new Preview($('preview'), $('preview-status'), (position) => {
  editor.setPosition({ lineNumber: position.line + 1, column: position.character + 1 });
  editor.revealLineInCenter(position.line + 1);
  editor.focus();
});
const DISK_POLL_MS = 2000;
const CHECKED = 'gongkai-check';

/** The open report: name, model, the digest it was read or saved with, and whether it differs from the file. */
const open = { name: null, uri: null, model: null, digest: null, dirty: false, saving: false, warnedDigest: null };
let channel;
let reports = [];
const counts = new Map();

async function connect() {
  const socket = new WebSocket(socketAddress());
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('无法连接语言服务器')), { once: true });
  });
  socket.addEventListener('close', () => notice('与 gongkai serve 的连接已断开；请确认它仍在运行，然后刷新本页。', { error: true }));
  channel = new Channel(monaco.lsp.WebSocketTransport.fromWebSocket(socket), (uri) => monaco.Uri.parse(uri));
  channel.onDiagnostics((params) => {
    if (open.model && params.uri.toLowerCase() === open.uri.toLowerCase()) monaco.editor.setModelMarkers(open.model, CHECKED, []);
    const errors = params.diagnostics.filter((d) => d.severity === 1).length;
    counts.set(params.uri.toLowerCase(), { errors, warnings: params.diagnostics.length - errors, diagnostics: params.diagnostics });
    renderList();
  });
  channel.onShowMessage((params) => notice(params.message, { error: params.type === 1 }));
  new monaco.lsp.MonacoLspClient(channel);
}

/**
 * The report's errors and warnings from the folder's check that came with its file (as `gongkai validate --format
 * json` gives them), shown until the tab's session publishes its own: a session is made for each tab and checks the
 * report only after Monaco's client has started, a second or so after the page.
 */
function showChecked(model, diagnostics) {
  monaco.editor.setModelMarkers(model, CHECKED, diagnostics.map((d) => ({
    severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    startLineNumber: d.line, startColumn: d.column, endLineNumber: d.endLine, endColumn: d.endColumn,
    message: d.message, code: d.code ?? undefined,
  })));
}

function askPreview() {
  if (!open.model) return Promise.resolve(null);
  return channel.request('gongkai/preview', { uri: open.uri });
}

async function refreshList() {
  reports = await call('GET', 'files');
  renderList();
}

function renderList() {
  const list = $('file-list');
  list.replaceChildren(...reports.map((report) => {
    const item = document.createElement('li');
    item.dataset.name = report.name;
    item.classList.toggle('open', report.name === open.name);
    const live = counts.get(report.uri.toLowerCase()) ?? report;
    const organ = document.createElement('span');
    organ.className = 'organ';
    organ.textContent = report.organ ? `${report.organ}${report.year ? ` ${report.year}年度` : ''}` : report.name;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.append(badge(live), report.name);
    item.append(organ, meta);
    item.addEventListener('click', () => openReport(report.name));
    return item;
  }));
}

function badge({ errors, warnings }) {
  const span = document.createElement('span');
  span.className = `badge ${errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean'}`;
  span.textContent = errors > 0 ? `${errors} 错误${warnings > 0 ? ` ${warnings} 警告` : ''}` : warnings > 0 ? `${warnings} 警告` : '无误';
  return span;
}

/** Opens a report; its file as the server gave it when the page asked for it already, or asks for it. */
async function openReport(name, fetched = null) {
  if (open.dirty && !confirm(`${open.name} 有未保存的修改，放弃这些修改吗？`)) return;
  let file;
  try {
    file = (await fetched) ?? await call('GET', 'file', { name });
  } catch (error) {
    notice(error.message, { error: true });
    return;
  }
  open.model?.dispose();
  preview.clear();
  channel.remember(file.uri);
  const model = monaco.editor.createModel(file.text, 'gongkai', monaco.Uri.parse(file.uri));
  Object.assign(open, { name, uri: file.uri, model, digest: file.digest, dirty: false, warnedDigest: null });
  editor.setModel(model);
  if (!channel.replayDiagnostics(file.uri)) showChecked(model, file.diagnostics ?? []);
  model.onDidChangeContent(() => {
    setDirty(true);
    preview.schedule(askPreview);
  });
  setDirty(false);
  $('file-name').textContent = name;
  const query = new URLSearchParams(location.search);
  query.set('file', name);
  history.replaceState(null, '', `?${query}`);
  renderList();
  hideNotice();
  if (file.warning) notice(file.warning);
  // the first preview waits for the server to have the document (its diagnostics come first)
  setTimeout(() => preview.refresh(askPreview), 300);
  editor.focus();
}

function setDirty(dirty) {
  open.dirty = dirty;
  $('save-state').textContent = open.name ? (dirty ? '● 未保存' : '已保存') : '';
}

async function save() {
  if (!open.name) return;
  open.saving = true;
  try {
    const answer = await call('PUT', 'file', { name: open.name, base: open.digest }, open.model.getValue());
    open.digest = answer.digest;
    setDirty(false);
    channel.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: open.uri, type: 2 }] });
    refreshList();
  } catch (error) {
    if (error.status === 409) changedOnDisk(error.message);
    else notice(error.message, { error: true });
  } finally {
    open.saving = false;
  }
}

function changedOnDisk(message) {
  notice(message ?? `${open.name} 已被其他程序修改。重新载入会丢掉这里未保存的修改；保留则下次保存时覆盖那边的修改。`,
    { reload: true, keep: true });
}

async function watchDisk() {
  if (!open.name || open.saving) return;
  try {
    const { digest } = await call('GET', 'digest', { name: open.name });
    if (digest !== open.digest && digest !== open.warnedDigest && !open.saving) {
      open.warnedDigest = digest;
      changedOnDisk();
    }
  } catch (error) {
    if (error.status === 404) notice(`${open.name} 已被其他程序删除或改名；保存会失败，请用"新建"另存。`, { error: true });
  }
}

async function keepMine() {
  const { digest } = await call('GET', 'digest', { name: open.name });
  open.digest = digest;
  hideNotice();
}

async function rename() {
  if (!open.name) return;
  const to = prompt('新的文件名（以 .gongkai 结尾）：', open.name);
  if (!to || to === open.name) return;
  if (open.dirty) await save();
  try {
    const from = open.name;
    const oldUri = open.uri;
    await call('POST', 'rename', {}, JSON.stringify({ from, to }));
    open.dirty = false;
    await refreshList();
    const moved = reports.find((r) => r.name === to);
    channel.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: oldUri, type: 3 }, ...(moved ? [{ uri: moved.uri, type: 1 }] : [])] });
    await openReport(to);
  } catch (error) {
    notice(error.message, { error: true });
  }
}

async function created(name) {
  await refreshList();
  const report = reports.find((r) => r.name === name);
  if (report) channel.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: report.uri, type: 1 }] });
  await openReport(name);
}

async function importFiles(files) {
  for (const file of files) {
    try {
      const answer = await call('POST', 'import', { file: file.name }, file);
      await created(answer.name);
      notice(`已导入 ${file.name} → ${answer.name}${answer.warnings?.length ? `（${answer.warnings.length} 处存疑，见编辑器中的注释）` : ''}`);
    } catch (error) {
      notice(error.message, { error: true });
    }
  }
}

async function downloadAs(format) {
  if (!open.name) return;
  if (open.dirty) await save();
  if (open.dirty) return;
  try {
    await download(open.name, format);
  } catch (error) {
    notice(error.message, { error: true });
  }
}

function notice(text, { error = false, reload = false, keep = false } = {}) {
  $('notice-text').textContent = text;
  $('notice').classList.toggle('error', error);
  $('notice-reload').hidden = !reload;
  $('notice-keep').hidden = !keep;
  $('notice').hidden = false;
}

function hideNotice() {
  $('notice').hidden = true;
}

function newReport() {
  const form = $('new-form');
  const from = $('new-from');
  from.replaceChildren(from.options[0], ...reports.filter((r) => r.organ && r.year).map((report) => {
    const option = document.createElement('option');
    option.value = report.name;
    option.textContent = `${report.organ} ${report.year}年度（${report.name}）`;
    return option;
  }));
  from.value = '';
  fromChosen();
  form.year.value = form.year.value || String(new Date().getFullYear() - 1);
  $('new-error').textContent = '';
  $('new-dialog').showModal();
}

/** With last year's report chosen, organ, year and level follow from it. */
function fromChosen() {
  const form = $('new-form');
  const last = reports.find((r) => r.name === $('new-from').value);
  for (const field of [form.organ, form.year, form.level]) field.disabled = Boolean(last);
  $('new-from-hint').hidden = !last;
  if (last) {
    form.organ.value = last.organ;
    form.year.value = String(last.year + 1);
    form.level.value = '';
  }
}

$('new-form').addEventListener('submit', async (event) => {
  if (event.submitter?.value !== 'ok') return;
  event.preventDefault();
  const form = event.target;
  try {
    const { name } = form.from.value
      ? await call('POST', 'next', {}, JSON.stringify({ from: form.from.value }))
      : await call('POST', 'new', {}, JSON.stringify({ organ: form.organ.value, year: Number(form.year.value), level: form.level.value }));
    $('new-dialog').close();
    await created(name);
  } catch (error) {
    $('new-error').textContent = error.message;
  }
});
$('new-from').addEventListener('change', fromChosen);

$('save').addEventListener('click', save);
$('rename').addEventListener('click', rename);
$('format').addEventListener('click', () => formatReport());
$('outline').addEventListener('click', () => {
  editor.focus();
  editor.getAction('editor.action.quickOutline')?.run();
});
$('print').addEventListener('click', () => preview.print());
$('new').addEventListener('click', newReport);
$('import').addEventListener('change', (event) => importFiles([...event.target.files]));
$('notice-close').addEventListener('click', hideNotice);
$('notice-keep').addEventListener('click', keepMine);
$('notice-reload').addEventListener('click', () => {
  open.dirty = false;
  openReport(open.name);
});
for (const button of $('downloads').querySelectorAll('button')) {
  button.addEventListener('click', () => downloadAs(button.dataset.format));
}
$('preview').addEventListener('previewed', () => {
  const printable = preview.printable;
  for (const button of $('downloads').querySelectorAll('button')) button.disabled = !printable;
  $('print').disabled = !printable;
});
editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, save);
editor.onDidChangeCursorPosition((event) => preview.follow(event.position.lineNumber - 1));
// the server cancels a request whose document changed meanwhile; Monaco asks again, nothing is lost
window.addEventListener('unhandledrejection', (event) => {
  if (/has been cancelled/.test(event.reason?.message ?? '')) event.preventDefault();
});
window.addEventListener('beforeunload', (event) => {
  if (open.dirty) event.preventDefault();
});

let dragging = 0;
const REGISTER = /\.(xlsx|csv)$/i;
window.addEventListener('dragenter', (event) => {
  if (![...event.dataTransfer.types].includes('Files')) return;
  dragging++;
  $('drop').hidden = false;
});
window.addEventListener('dragleave', () => {
  if (--dragging <= 0) {
    dragging = 0;
    $('drop').hidden = true;
  }
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragging = 0;
  $('drop').hidden = true;
  const files = [...event.dataTransfer.files];
  const registers = files.filter((file) => REGISTER.test(file.name));
  if (registers.length) tallyInto(registers[0]);
  importFiles(files.filter((file) => !REGISTER.test(file.name)));
}, true);

/**
 * Part 三 counted from a register of applications dropped on the open report (the server's gongkai.lsp.tally): an
 * edit of the editor, not saved, which undo takes back. A register with mistakes changes nothing; the server says which
 * rows (window/showMessage, shown as a notice).
 */
async function tallyInto(file) {
  if (!open.name) {
    notice('请先打开要填入的报告，再把登记台账拖到本页。', { error: true });
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  const uri = open.uri;
  try {
    const edit = await channel.requestAskedAgainWhenCancelled('workspace/executeCommand',
      { command: 'gongkai.lsp.tally', arguments: [uri, file.name, btoa(binary)] });
    const changes = edit?.changes?.[uri];
    if (!changes || open.uri !== uri) return;
    applyEdits('gongkai-tally', changes);
    notice(`已由 ${file.name} 填入第三部分，尚未保存：看过无误再保存，按 Ctrl+Z 撤销。`);
  } catch (error) {
    notice(error.message, { error: true });
  }
}

/**
 * 整理格式: the server's formatting of the open report, asked again when the server cancelled it because a check began
 * (as just after typing, which Monaco's own action leaves at nothing done); applied only to the text it was made for.
 */
async function formatReport() {
  if (!open.uri) return;
  const uri = open.uri;
  const version = editor.getModel().getVersionId();
  try {
    const edits = await channel.requestAskedAgainWhenCancelled('textDocument/formatting',
      { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    if (edits?.length && open.uri === uri && editor.getModel().getVersionId() === version) applyEdits('gongkai-format', edits);
  } catch (error) {
    notice(error.message, { error: true });
  }
}

/** The server's text edits (LSP, 0-based) as one change of the editor, which one undo takes back. */
function applyEdits(source, edits) {
  editor.pushUndoStop();
  editor.executeEdits(source, edits.map((change) => ({
    range: new monaco.Range(change.range.start.line + 1, change.range.start.character + 1, change.range.end.line + 1,
      change.range.end.character + 1),
    text: change.newText,
  })));
  editor.pushUndoStop();
}

async function start() {
  const wanted = new URLSearchParams(location.search).get('file');
  // the socket, the list and the report asked for by file= all at once; when the report cannot be had, openReport
  // asks again and says why
  const fetched = wanted ? call('GET', 'file', { name: wanted }).catch(() => null) : null;
  try {
    await Promise.all([connect(), refreshList()]);
  } catch (error) {
    notice(error.message, { error: true });
    return;
  }
  const first = reports.find((r) => r.name === wanted) ?? reports[0];
  if (wanted && !reports.some((r) => r.name === wanted)) notice(`工作区中没有 ${wanted}`, { error: true });
  if (first) await openReport(first.name, first.name === wanted ? fetched : null);
  else preview.say('文件夹中还没有报告：点"新建…"，或把已发布的年报拖到本页导入。', '');
  setInterval(watchDisk, DISK_POLL_MS);
  window.gongkai = { editor, monaco, preview, open, counts };
}

start();
