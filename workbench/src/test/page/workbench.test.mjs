// The workbench page in headless Chromium (Debian's, driven by playwright-core), against `gongkai serve` started
// from this build's classes on a copy of the examples. Run by Maven at integration-test (src/build/test-page.sh):
// PAGE_DIR (where node_modules is), GONGKAI_JAVA, GONGKAI_CLASSPATH, EXAMPLES and SCREENSHOTS are set there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';

const { chromium } = createRequire(join(process.env.PAGE_DIR, 'package.json'))('playwright-core');
const screenshots = process.env.SCREENSHOTS;
const PREVIEW_SHOWN_MS = 10000;

let server;
let address;
let browser;
let page;
let workspace;

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'gongkai-page-'));
  cpSync(process.env.EXAMPLES, workspace, { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  server = spawn(process.env.GONGKAI_JAVA, ['-cp', process.env.GONGKAI_CLASSPATH, 'org.gongkai.cli.GongkaiCli',
    'serve', '--no-browser', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
  address = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`gongkai serve exited with ${code}`)));
  });
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1500, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  // a request the server cancelled because the text changed meanwhile is asked again by Monaco: not an error
  page.on('pageerror', (error) => /has been cancelled/.test(error.message) || console.error('page error:', error.message));
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(workspace, { recursive: true, force: true });
});

/** The markers Monaco shows for the open report. */
function markers() {
  return page.evaluate(() => {
    const { monaco, editor } = window.gongkai;
    return monaco.editor.getModelMarkers({ resource: editor.getModel().uri })
      .map((m) => ({ severity: m.severity, message: m.message, line: m.startLineNumber }));
  });
}

/**
 * Run in a page before its scripts: the diagnostics the server publishes never reach the page's code, those of the
 * reports the page has opened (`ofOpenedOnly`) or all.
 */
function dropDiagnostics({ ofOpenedOnly }) {
  const opened = new Set();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === 'string' && data.includes('"textDocument/didOpen"')) opened.add(JSON.parse(data).params.textDocument.uri.toLowerCase());
    return send.call(this, data);
  };
  const handler = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    get() { return handler.get.call(this); },
    set(listener) {
      handler.set.call(this, listener && ((event) => {
        const dropped = typeof event.data === 'string' && event.data.includes('"textDocument/publishDiagnostics"')
          && (!ofOpenedOnly || opened.has(JSON.parse(event.data).params.uri.toLowerCase()));
        if (!dropped) listener.call(this, event);
      }));
    },
  });
}

async function openReport(name) {
  await page.goto(`${address}&file=${encodeURIComponent(name)}`);
  await page.waitForFunction((n) => window.gongkai?.open.name === n, name, { timeout: 60000 });
}

// zeku-2023 breaks four rules (three 勾稽 rows, the total of 行政复议) and is warned about its format, as validate says
/** zeku-2023's diagnostics: four errors of its arithmetic, format.year, cell.blank on three 处理决定数量 printed empty. */
const ZEKU_MARKERS = 8;

test('the page opens a report by file= and shows its diagnostics as markers, with the Chinese messages', async () => {
  await openReport('zeku-2023.gongkai');
  await page.waitForFunction((count) => {
    const { monaco, editor } = window.gongkai;
    return monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).length === count;
  }, ZEKU_MARKERS, { timeout: 60000 });
  const all = await markers();
  const errors = all.filter((m) => m.severity === 8);
  assert.equal(errors.length, 4);
  // format.year, and cell.blank on the three 处理决定数量 printed empty
  assert.equal(all.filter((m) => m.severity === 4).length, 4);
  assert.ok(all.every((m) => /[\u4e00-\u9fff]/.test(m.message)), JSON.stringify(all));
  assert.ok(errors.filter((m) => m.message.startsWith('勾稽关系不成立')).length === 3, JSON.stringify(errors));
  await page.waitForFunction(() => /还有 4 处错误/.test(document.getElementById('preview-status').textContent));
  await page.waitForFunction(() => /4 错误 4 警告/.test(document.querySelector('#file-list li.open').textContent), null, { timeout: 10000 })
    .catch(async (error) => {
      const diagnostics = await page.evaluate(() => JSON.stringify([...window.gongkai.counts.entries()]));
      throw new Error(`${error.message}: ${await page.locator('#file-list li.open').textContent()} ${diagnostics}`);
    });
  assert.equal(await page.locator('#downloads button[data-format=docx]').isDisabled(), true);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(screenshots, 'zeku-errors.png') });
  await page.click('#preview-status');
  const line = await page.evaluate(() => window.gongkai.editor.getPosition().lineNumber);
  assert.equal(line, Math.min(...errors.map((m) => m.line)));
});

test('typing a date shows it in the preview (the time it took printed; bench/workbench measures it)', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.waitForFunction(() => document.getElementById('preview-status').classList.contains('ok'), null, { timeout: 60000 });
  const frame = page.frameLocator('#preview');
  await frame.locator('text=2024年1月27日').waitFor();
  const timings = [];
  for (const day of ['28', '29', '26']) {
    await page.evaluate(() => {
      const { editor, monaco } = window.gongkai;
      const model = editor.getModel();
      const match = model.findMatches('2024-01-\\d\\d', false, true, false, null, false)[0];
      editor.setSelection(new monaco.Selection(match.range.startLineNumber, match.range.endColumn - 2, match.range.endLineNumber, match.range.endColumn));
      editor.focus();
    });
    await page.keyboard.type(day, { delay: 40 });
    const typed = await page.evaluate(() => performance.now());
    const shown = await page.evaluate(({ text, limit }) => new Promise((resolve, reject) => {
      const look = () => {
        const body = document.getElementById('preview').contentDocument?.body;
        if (body?.textContent.includes(text)) resolve(performance.now());
        else if (performance.now() - started > limit) reject(new Error(`the preview did not show ${text}`));
        else requestAnimationFrame(look);
      };
      const started = performance.now();
      look();
    }), { text: `2024年1月${day}日`, limit: PREVIEW_SHOWN_MS });
    timings.push(shown - typed);
  }
  console.log(`keystroke → preview: ${timings.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
  await page.screenshot({ path: join(screenshots, 'preview.png') });
});

test('the preview follows the cursor to the part it is in', async () => {
  const scrolled = () => page.evaluate(() => document.getElementById('preview').contentDocument.scrollingElement.scrollTop);
  assert.equal(await scrolled(), 0);
  await page.evaluate(() => {
    const { editor } = window.gongkai;
    const match = editor.getModel().findMatches('section apply', false, false, true, null, false)[0];
    editor.setPosition({ lineNumber: match.range.startLineNumber + 1, column: 1 });
  });
  await page.waitForFunction(() => {
    const document = window.gongkai && window.document.getElementById('preview').contentDocument;
    const part = document.getElementById('apply');
    return part && Math.abs(part.getBoundingClientRect().top) < 40;
  }, null, { timeout: 5000 });
  assert.ok(await scrolled() > 300);
  await page.screenshot({ path: join(screenshots, 'follow-cursor.png') });
});

test('completion (Ctrl+Space) on a new row of a table lists the server\'s row keywords with their Chinese names; Enter inserts one', async () => {
  const line = await page.evaluate(() => {
    const { editor } = window.gongkai;
    const model = editor.getModel();
    const at = model.findMatches('section apply <', false, false, true, null, false)[0].range.startLineNumber;
    editor.setPosition({ lineNumber: at, column: model.getLineMaxColumn(at) });
    editor.focus();
    return at + 1;
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget .monaco-list-row');
  await rows.filter({ hasText: 'natural' }).waitFor({ state: 'visible', timeout: 30000 });
  const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents();
  for (const keyword of ['natural', 'business', 'research', 'charity', 'legal', 'other-org', 'total']) {
    assert.ok(labels.includes(keyword), labels.join(' '));
  }
  await page.keyboard.type('nat');
  await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'natural' }).waitFor({ timeout: 10000 });
  const detail = await page.locator('.suggest-widget .monaco-list-row.focused .details-label').textContent();
  assert.match(detail, /[\u4e00-\u9fff]/);
  await page.screenshot({ path: join(screenshots, 'completion.png') });
  await page.keyboard.press('Enter');
  assert.equal((await page.evaluate((l) => window.gongkai.editor.getModel().getLineContent(l), line)).trim(), 'natural');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
});

test('大纲 lists the report\'s parts as the server names them; choosing one moves the cursor there', async () => {
  await page.click('#outline');
  const row = (name) => page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row('二、主动公开政府信息情况').waitFor({ state: 'visible', timeout: 30000 });
  const labels = (await page.locator('.quick-input-widget .monaco-list-row .label-name').allTextContents()).map((l) => l.trim());
  for (const name of ['一、总体情况', '二、主动公开政府信息情况', '（一）主动公开']) assert.ok(labels.includes(name), labels.join(' '));
  await page.screenshot({ path: join(screenshots, 'outline.png') });
  // the list shows the first parts; typing narrows it to the one wanted
  await page.keyboard.type('收到和处理');
  const part = row('三、收到和处理政府信息公开申请情况');
  await part.waitFor({ state: 'visible', timeout: 10000 });
  await part.click();
  await page.waitForFunction(() => !document.querySelector('.quick-input-widget')?.checkVisibility());
  const { cursor, apply } = await page.evaluate(() => {
    const { editor } = window.gongkai;
    const match = editor.getModel().findMatches('section apply', false, false, true, null, false)[0];
    return { cursor: editor.getPosition().lineNumber, apply: match.range.startLineNumber };
  });
  assert.equal(cursor, apply);
});

test('a wrong total is marked; its quick fix (Ctrl+.) makes it the sum, and the preview prints it', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.waitForFunction(() => document.getElementById('preview-status').classList.contains('ok'), null, { timeout: 60000 });
  await page.evaluate(() => {
    const { editor, monaco } = window.gongkai;
    const match = editor.getModel().findMatches('reconsideration:   upheld 0', false, false, true, null, false)[0];
    const end = match.range.endColumn;
    editor.setSelection(new monaco.Selection(match.range.startLineNumber, end - 1, match.range.startLineNumber, end));
    editor.focus();
  });
  await page.keyboard.type('2');
  await page.waitForFunction(() => /还有 1 处错误/.test(document.getElementById('preview-status').textContent), null, { timeout: 30000 });
  const error = (await markers()).find((m) => m.severity === 8);
  assert.match(error.message, /总计与各项之和不符（行政复议）/);
  await page.evaluate((line) => {
    const { editor } = window.gongkai;
    const column = editor.getModel().getLineContent(line).indexOf('total') + 2;
    editor.setPosition({ lineNumber: line, column });
    editor.focus();
  }, error.line);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget', { hasText: '改为 2（各项之和）' }).first().waitFor({ state: 'visible', timeout: 10000 });
  await page.screenshot({ path: join(screenshots, 'quick-fix.png') });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /reconsideration:\s+upheld 2, corrected 0, other 0, pending 0, total 2/
    .test(window.gongkai.editor.getModel().getValue()), null, { timeout: 10000 });
  await page.waitForFunction(() => document.getElementById('preview-status').classList.contains('ok'), null, { timeout: 30000 });
  const row = await page.evaluate(() => [...document.getElementById('preview').contentDocument.querySelectorAll('#review tr')]
    .map((tr) => tr.textContent).join('|'));
  assert.match(row, /2/);
  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => document.getElementById('save-state').textContent === '已保存');
});

test('a Chinese input method composes without losing or doubling characters', async () => {
  await page.evaluate(() => {
    const { editor } = window.gongkai;
    const model = editor.getModel();
    const match = model.findMatches('organ', false, false, true, null, false)[0];
    const line = match.range.startLineNumber;
    editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) });
    editor.focus();
  });
  const before = await page.evaluate(() => window.gongkai.editor.getModel().getValue());
  const cdp = await page.context().newCDPSession(page);
  for (const [partial, final] of [['gong', '公'], ['kai', '开']]) {
    for (let i = 1; i <= partial.length; i++) {
      await cdp.send('Input.imeSetComposition', { text: partial.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.insertText', { text: final });
  }
  await cdp.send('Input.imeSetComposition', { text: '年报', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '年报' });
  const after = await page.evaluate(() => window.gongkai.editor.getModel().getValue());
  const line = after.split('\n').find((l) => l.includes('organ'));
  assert.ok(line.endsWith('公开年报'), line);
  assert.equal(after.length, before.length + 4);
  assert.equal((after.match(/公开年报/g) ?? []).length, 1);
  await page.keyboard.press('Control+Z');
});

test('saving writes the file; a file changed on disk shows the reload notice', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.evaluate(() => {
    const { editor } = window.gongkai;
    const model = editor.getModel();
    model.pushEditOperations([], [{ range: model.getFullModelRange().collapseToEnd?.() ?? { startLineNumber: model.getLineCount(), startColumn: model.getLineMaxColumn(model.getLineCount()), endLineNumber: model.getLineCount(), endColumn: model.getLineMaxColumn(model.getLineCount()) }, text: '\n// 保存测试\n' }], () => null);
  });
  await page.waitForFunction(() => document.getElementById('save-state').textContent.includes('未保存'));
  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => document.getElementById('save-state').textContent === '已保存');
  const file = join(workspace, 'gongbujiangda-2023.gongkai');
  assert.ok(readFileSync(file, 'utf8').endsWith('// 保存测试\n'));
  writeFileSync(file, `${readFileSync(file, 'utf8')}// 另一个程序\n`);
  await page.locator('#notice-reload').waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await page.locator('#notice-text').textContent(), /其他程序/);
  await page.screenshot({ path: join(screenshots, 'changed-on-disk.png') });
  await page.click('#notice-reload');
  await page.waitForFunction(() => window.gongkai.editor.getModel().getValue().includes('// 另一个程序'));
});

test('a report without errors downloads in each format: Word, HTML, Markdown and JSON', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.waitForFunction(() => !document.querySelector('#downloads button[data-format=docx]').disabled, null, { timeout: 60000 });
  const downloaded = async (format) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#downloads button[data-format=${format}]`)]);
    assert.equal(download.suggestedFilename(), `gongbujiangda-2023.${format}`);
    return readFileSync(await download.path());
  };
  const docx = await downloaded('docx');
  assert.equal(docx.subarray(0, 2).toString(), 'PK');
  assert.ok(docx.includes(Buffer.from('word/document.xml')));
  assert.match((await downloaded('html')).toString('utf8'), /<html[\s\S]*工布江达县人民政府/);
  assert.match((await downloaded('md')).toString('utf8'), /工布江达县人民政府/);
  assert.equal(JSON.parse((await downloaded('json')).toString('utf8')).organ, '工布江达县人民政府');
});

test('整理格式 lays the report out as the formatter does', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  const organLine = () => page.evaluate(() => {
    const model = window.gongkai.editor.getModel();
    return model.getLinesContent().find((line) => line.includes('"工布江达县人民政府"') && line.includes('organ'));
  });
  await page.evaluate(() => {
    const model = window.gongkai.editor.getModel();
    const line = model.getLinesContent().findIndex((l) => l.includes('"工布江达县人民政府"') && l.includes('organ')) + 1;
    model.pushEditOperations([], [{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, text: '    ' }], () => null);
  });
  assert.match(await organLine(), /^ {6}organ/);
  await page.click('#format');
  await page.waitForFunction(() => window.gongkai.editor.getModel().getLinesContent()
    .some((line) => /^ {2}organ +"工布江达县人民政府"/.test(line)), null, { timeout: 30000 });
  await page.screenshot({ path: join(screenshots, 'format.png') });
});

test('hover on a column shows its official label and the part it belongs to', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  const position = await page.evaluate(() => {
    const { editor } = window.gongkai;
    const lines = editor.getModel().getLinesContent();
    const line = lines.findIndex((l) => l.includes('direct-suit:'));
    const at = { lineNumber: line + 1, column: lines[line].indexOf('direct-suit') + 3 };
    editor.revealPositionInCenter(at);
    return at;
  });
  await page.waitForTimeout(300);
  const point = await page.evaluate((at) => {
    const { editor } = window.gongkai;
    const visible = editor.getScrolledVisiblePosition(at);
    const box = editor.getDomNode().getBoundingClientRect();
    return { x: box.left + visible.left + 2, y: box.top + visible.top + visible.height / 2, gutter: box.left + 5 };
  }, position);
  // as a user hovers: the mouse comes along the line from the gutter (not across the rows above, whose words have
  // hovers of their own) and rests on the word; it comes again when the first hover came while the tab's session had
  // not yet opened the report (it answers nothing then)
  const hover = page.locator('.monaco-hover:visible', { hasText: '未经复议直接起诉' });
  const deadline = Date.now() + 30000;
  for (;;) {
    await page.mouse.move(point.gutter, point.y);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    if (await hover.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
    assert.ok(Date.now() < deadline, 'no hover with the column\'s label within 30 s');
  }
  assert.match(await hover.textContent(), /四、政府信息公开行政复议、行政诉讼情况/);
  await page.screenshot({ path: join(screenshots, 'hover.png') });
});

test('a new report from the form is written from the skeleton and opened, its placeholders pointed out', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.click('#new');
  await page.fill('input[name=organ]', '某某县人民政府');
  await page.fill('input[name=year]', '2025');
  await page.screenshot({ path: join(screenshots, 'new-report.png') });
  await page.click('#new-ok');
  await page.waitForFunction(() => window.gongkai.open.name === '某某县人民政府2025.gongkai', null, { timeout: 60000 });
  assert.match(readFileSync(join(workspace, '某某县人民政府2025.gongkai'), 'utf8'), /〔待填写〕/);
  await page.waitForFunction(() => {
    const { monaco, editor } = window.gongkai;
    return monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).some((m) => m.message.includes('待填写'));
  }, null, { timeout: 60000 });
  assert.match(await page.locator('#file-list').textContent(), /某某县人民政府 2025年度/);
});

test('a published report dropped on the page becomes a new report, never written over another', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  const published = await page.evaluate(async () => {
    const token = new URLSearchParams(location.search).get('token');
    return (await fetch(`/api/download?name=gongbujiangda-2023.gongkai&to=html&token=${token}`)).text();
  });
  for (const expected of ['已发布的年报.gongkai', '已发布的年报-2.gongkai']) {
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], '已发布的年报.html', { type: 'text/html' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, published);
    await page.waitForFunction((name) => window.gongkai.open.name === name, expected, { timeout: 60000 })
      .catch(async (error) => {
        throw new Error(`${error.message}: ${await page.locator('#notice-text').textContent()}`);
      });
    const imported = readFileSync(join(workspace, expected), 'utf8');
    assert.match(imported, /工布江达县人民政府/);
  }
  await page.locator('#notice').waitFor({ state: 'visible' });
  assert.match(await page.locator('#notice-text').textContent(), /已导入 已发布的年报\.html → 已发布的年报-2\.gongkai/);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(screenshots, 'imported.png') });
});

test('a register dropped on the open report fills its part 三 in the editor, unsaved, and undo takes it back', async () => {
  await openReport('zeku-2023.gongkai');
  const original = readFileSync(join(workspace, 'zeku-2023.gongkai'), 'utf8');
  const text = () => page.evaluate(() => window.gongkai.editor.getModel().getValue());
  const before = await text();
  const drop = (name, content) => page.evaluate(([file, csv]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], file, { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, content]);

  await drop('台账有误.csv', '收到日期,申请人类型\n2023-01-05,群众\n');
  await page.waitForFunction(() => /第 2 行/.test(document.getElementById('notice-text').textContent), null, { timeout: 60000 })
    .catch(async (error) => {
      throw new Error(`${error.message}: ${await page.locator('#notice-text').textContent()}`);
    });
  assert.equal(await text(), before, 'a register with mistakes changes nothing');

  await drop('登记台账.csv', '收到日期,申请人类型,办理结果,办结日期\n2023-03-01,公民,本机关不掌握相关政府信息,2023-03-20\n'
    + '2023-05-10,自然人,予以公开,2023-05-20\n2023-12-30,律师事务所,,\n');
  await page.waitForFunction(() => /legal: +new 1,/.test(window.gongkai.editor.getModel().getValue()), null, { timeout: 60000 });
  assert.match(await text(), /natural: +new 2,[^\n]*granted 1/);
  assert.ok(await page.evaluate(() => window.gongkai.open.dirty), 'the filled report is the clerk\'s to save');
  assert.equal(readFileSync(join(workspace, 'zeku-2023.gongkai'), 'utf8'), original);
  await page.screenshot({ path: join(screenshots, 'tally.png') });
  await page.evaluate(() => window.gongkai.editor.trigger('keyboard', 'undo', null));
  assert.equal(await text(), before, 'undo takes the tally back');
  await page.evaluate(() => window.gongkai.editor.focus());
  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => !window.gongkai.open.dirty, null, { timeout: 30000 });
  assert.equal(readFileSync(join(workspace, 'zeku-2023.gongkai'), 'utf8'), original);
});

test('next year\'s report starts from last year\'s: 上年结转 and 现行有效 taken over, the carried applications pointed out', async () => {
  const example = readFileSync(join(workspace, 'gongbujiangda-2023.gongkai'), 'utf8');
  const last = example.replace('report "工布江达县2023"', 'report "工布江达县2024"').replace(/year(\s+)2023/, 'year$12024')
    .replace('natural:   new 3, carried 0, other-handling 3, total 3, next 0', 'natural:   new 5, carried 0, other-handling 3, total 3, next 2')
    .replace('total:     new 3,', 'total:     new 5,').replace(/total 3, next 0\n  >/, 'total 3, next 2\n  >');
  assert.equal(last.match(/next 2/g)?.length, 2, last);
  writeFileSync(join(workspace, '工布江达县2024.gongkai'), last);
  await openReport('gongbujiangda-2023.gongkai');
  await page.click('#new');
  await page.selectOption('#new-from', '工布江达县2024.gongkai');
  assert.equal(await page.inputValue('input[name=organ]'), '工布江达县人民政府');
  assert.equal(await page.inputValue('input[name=year]'), '2025');
  await page.screenshot({ path: join(screenshots, 'next-year-form.png') });
  await page.click('#new-ok');
  await page.waitForFunction(() => window.gongkai.open.name === '工布江达县人民政府2025.gongkai', null, { timeout: 60000 });
  const started = readFileSync(join(workspace, '工布江达县人民政府2025.gongkai'), 'utf8');
  assert.match(started, /previous +"工布江达县2024"/);
  assert.match(started, /natural: +carried 2/);
  assert.match(started, /normative: +valid 12/);
  assert.doesNotMatch(started, /一是围绕县委/);
  // the two applications carried over still want a result: the only error until one is written
  await page.waitForFunction(() => {
    const { monaco, editor } = window.gongkai;
    return monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).some((m) => m.message.startsWith('勾稽关系不成立（自然人）'));
  }, null, { timeout: 60000 });
  const all = await markers();
  assert.equal(all.filter((m) => m.severity === 8).length, 1, JSON.stringify(all));
  assert.ok(!all.some((m) => /上年报告「|但上年/.test(m.message)), JSON.stringify(all));
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(screenshots, 'next-year.png') });

  await page.click('#new');
  await page.selectOption('#new-from', '工布江达县2024.gongkai');
  await page.click('#new-ok');
  await page.waitForFunction(() => /已存在，不会覆盖/.test(document.getElementById('new-error').textContent));
  await page.click('#new-form button[value=cancel]');
  assert.equal(readFileSync(join(workspace, '工布江达县人民政府2025.gongkai'), 'utf8'), started);
});

test('the page\'s files come gzipped, those named by their content kept for a year, the page itself asked for each time', async () => {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'zh-CN' });
  const fresh = await context.newPage();
  const responses = [];
  fresh.on('response', (response) => responses.push(response));
  try {
    await fresh.goto(`${address}&file=${encodeURIComponent('gongbujiangda-2023.gongkai')}`);
    await fresh.waitForFunction(() => window.gongkai?.open.name === 'gongbujiangda-2023.gongkai', null, { timeout: 60000 });
    const page = responses.find((r) => new URL(r.url()).pathname === '/');
    assert.equal(page.headers()['cache-control'], 'no-cache');
    assert.match(page.headers()['content-security-policy'], /default-src 'self'/);
    const assets = responses.filter((r) => new URL(r.url()).pathname.startsWith('/assets/'));
    // the codicon font comes once an icon is shown
    assert.deepEqual([...new Set(assets.map((r) => r.url().replace(/.*\./, '')))].filter((kind) => kind !== 'ttf').sort(), ['css', 'js']);
    for (const asset of assets) {
      const headers = await asset.allHeaders();
      assert.equal(asset.status(), 200, asset.url());
      assert.match(asset.url(), /\/assets\/[\w.]+-[A-Z0-9]{8}\.\w+$/);
      assert.equal(headers['content-encoding'], 'gzip', asset.url());
      assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', asset.url());
      assert.match(headers['content-security-policy'], /default-src 'self'/);
    }
    const api = responses.find((r) => new URL(r.url()).pathname === '/api/files');
    assert.equal(api.headers()['cache-control'], 'no-store');

    await fresh.reload();
    await fresh.waitForFunction(() => window.gongkai?.open.name === 'gongbujiangda-2023.gongkai', null, { timeout: 60000 });
    const fetched = await fresh.evaluate(() => ({
      page: performance.getEntriesByType('navigation')[0].transferSize,
      assets: performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/assets/'))
        .map((r) => [r.name, r.transferSize]),
    }));
    assert.ok(fetched.page > 0, 'index.html is asked for again');
    assert.ok(fetched.assets.length > 0 && fetched.assets.every(([, bytes]) => bytes === 0), JSON.stringify(fetched.assets));
  } finally {
    await context.close();
  }
});

test('the preview prints on A4 pages, as the print button gives it to the browser', async () => {
  await openReport('gongbujiangda-2023.gongkai');
  await page.waitForFunction(() => !document.getElementById('print').disabled
    && /工布江达县/.test(document.getElementById('preview').contentDocument?.body?.textContent ?? ''), null, { timeout: 60000 });
  const previewed = await page.evaluate(() => document.getElementById('preview').contentDocument.documentElement.outerHTML);
  assert.match(previewed, /@page \{ size: A4/);
  const printing = await browser.newPage();
  try {
    await printing.setContent(previewed);
    const pdf = join(workspace, '..', `${basename(workspace)}-printed.pdf`);
    await printing.pdf({ path: pdf, preferCSSPageSize: true });
    // poppler's pdfinfo (poppler-utils, as for the DOCX rendered): "Pages: 3", "Page size: 595.92 x 842.88 pts (A4)"
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    rmSync(pdf, { force: true });
    assert.ok(Number(info.match(/^Pages:\s+(\d+)/m)?.[1]) >= 2, info);
    assert.match(info, /^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/m);
  } finally {
    await printing.close();
  }
});

test('a report opened after the server checked it shows the diagnostics published before its model existed', async () => {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'zh-CN' });
  const fresh = await context.newPage();
  // the server's diagnostics for a report arriving after the page opened it are dropped: only what was published
  // while the folder was checked, before the report had a model, can put its markers there
  await fresh.addInitScript(dropDiagnostics, { ofOpenedOnly: true });
  try {
    await fresh.goto(`${address}&file=${encodeURIComponent('gongbujiangda-2023.gongkai')}`);
    await fresh.waitForFunction(() => window.gongkai?.open.name === 'gongbujiangda-2023.gongkai'
      && [...window.gongkai.counts.keys()].some((uri) => uri.endsWith('/zeku-2023.gongkai')), null, { timeout: 60000 });
    await fresh.click('#file-list li[data-name="zeku-2023.gongkai"]');
    await fresh.waitForFunction((count) => {
      const { monaco, editor, open } = window.gongkai;
      return open.name === 'zeku-2023.gongkai' && monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).length === count;
    }, ZEKU_MARKERS, { timeout: 30000 });
  } finally {
    await context.close();
  }
});

test('a report shows the markers of the folder\'s check until its session has checked it, where the session puts them', async () => {
  await openReport('zeku-2023.gongkai');
  await page.waitForFunction((count) => window.gongkai.monaco.editor.getModelMarkers({ resource: window.gongkai.editor.getModel().uri })
    .length === count, ZEKU_MARKERS, { timeout: 60000 });
  const bySession = await markers();
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'zh-CN' });
  const fresh = await context.newPage();
  // the session's diagnostics never reach this page: whatever it marks came with the file from the folder's check
  await fresh.addInitScript(dropDiagnostics, { ofOpenedOnly: false });
  try {
    await fresh.goto(`${address}&file=${encodeURIComponent('zeku-2023.gongkai')}`);
    await fresh.waitForFunction(() => window.gongkai?.open.name === 'zeku-2023.gongkai'
      && window.gongkai.monaco.editor.getModelMarkers({ resource: window.gongkai.editor.getModel().uri }).length > 0, null, { timeout: 60000 });
    const checked = await fresh.evaluate(() => window.gongkai.monaco.editor.getModelMarkers({ resource: window.gongkai.editor.getModel().uri })
      .map((m) => ({ severity: m.severity, message: m.message, line: m.startLineNumber })));
    const key = (m) => `${m.line} ${m.severity} ${m.message.replace(/\s+/g, ' ')}`;
    assert.deepEqual(checked.map(key).sort(), bySession.map(key).sort());
    assert.equal(await fresh.evaluate(() => window.gongkai.counts.size), 0, 'a diagnostic of the session reached the page');
  } finally {
    await context.close();
  }
});

// Monaco boxes characters that look like ASCII ones; a Chinese report is full of them (，：（）；), and boxes there
// only hide the text. A zero-width space is inserted as well: Monaco still boxes it, so the highlighter has run.
test('full-width punctuation is not boxed as ambiguous Unicode; an invisible character still is', async () => {
  await openReport('zeku-2023.gongkai');
  const text = await page.evaluate(() => window.gongkai.editor.getModel().getValue());
  for (const punctuation of ['，', '：', '（', '）', '；']) assert.ok(text.includes(punctuation), punctuation);
  assert.equal(await page.evaluate(() => {
    const { editor, monaco } = window.gongkai;
    return editor.getOption(monaco.editor.EditorOption.unicodeHighlighting).ambiguousCharacters;
  }), false);
  await page.evaluate(() => {
    const model = window.gongkai.editor.getModel();
    model.pushEditOperations([], [{ range: { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 }, text: '\u200b' }], () => null);
  });
  const boxed = () => page.evaluate(() => {
    const model = window.gongkai.editor.getModel();
    return model.getAllDecorations().filter((d) => d.options.description === 'unicode-highlight').map((d) => model.getValueInRange(d.range));
  });
  // the highlighter computes in Monaco's editor worker: once the zero-width space is boxed, it has run
  await page.waitForFunction(() => window.gongkai.editor.getModel().getAllDecorations()
    .some((d) => d.options.description === 'unicode-highlight'), null, { timeout: 30000 });
  await page.waitForTimeout(500);
  assert.deepEqual(await boxed(), ['\u200b']);
  assert.equal(await page.locator('#editor .unicode-highlight').count(), 1);
  await page.screenshot({ path: join(screenshots, 'unicode-highlight.png') });
});

// every test above writes reports only; nothing else may appear (the server's builder once printed src-gen/)
test('after the session the folder holds reports and nothing else: no src-gen/, no caches, no lock files', () => {
  const entries = readdirSync(workspace, { recursive: true, withFileTypes: true })
    .map((entry) => `${join(entry.parentPath ?? entry.path, entry.name).slice(workspace.length + 1)}${entry.isDirectory() ? '/' : ''}`);
  assert.deepEqual(entries.filter((name) => name.includes('/') || !name.endsWith('.gongkai')), []);
});
