// The .vsix in a real VS Code (code-server) in headless Chromium, as a clerk uses it: the problems of a broken report
// in Chinese, a cell's official label on hover, a quick fix, 生成报告, 打开预览, 从上年报告开始, 导入报告 and 从台账填入, no
// highlight boxes around Chinese punctuation, and a folder holding only the files the clerk made or asked for.
// Run by run.sh: VSIX, CODE_SERVER_DIR, SESSION_DIR, SCREENSHOTS, REPOSITORY and CHROMIUM are set there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const { chromium } = createRequire(join(process.env.CODE_SERVER_DIR, 'package.json'))('playwright-core');
const entry = join(process.env.CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
const session = process.env.SESSION_DIR;
const screenshots = process.env.SCREENSHOTS;
const repository = process.env.REPOSITORY;
const SLOW = { timeout: 120000 };

let folder;
let server;
let browser;
let page;
let before_;

/** Every file and folder below `dir`, hidden ones included, as sorted relative paths. */
function listing(dir) {
  return readdirSync(dir, { recursive: true }).map((p) => relative(dir, join(dir, p))).sort();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function shot(name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gongkai-code-server-'));
  copyFileSync(join(repository, 'examples/zeku-2023.gongkai'), join(folder, 'zeku-2023.gongkai'));
  copyFileSync(join(repository, 'examples/gongbujiangda-2023.gongkai'), join(folder, 'gongbujiangda-2023.gongkai'));
  copyFileSync(join(repository, 'language.tests/src/test/resources/published/04_hongzequ_2023.txt'),
    join(folder, '洪泽区2023.txt'));
  writeFileSync(join(folder, '登记台账.csv'), '收到日期,申请人类型,办理结果,办结日期\n2023-03-01,公民,本机关不掌握相关政府信息,2023-03-20\n'
    + '2023-05-10,自然人,予以公开,2023-05-20\n2023-12-30,律师事务所,,\n');
  before_ = listing(folder);

  rmSync(session, { recursive: true, force: true });
  const userData = join(session, 'user-data');
  const extensions = join(session, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    // saved by the clerk, as VS Code does by default: a test sees the editor's change before the file's
    'files.autoSave': 'off',
  }));
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', join(session, 'config.yaml')];
  // code-server keeps its logs and configuration under the XDG folders, ~/.local and ~/.config by default
  const env = { ...process.env, XDG_CONFIG_HOME: join(session, 'config'), XDG_DATA_HOME: join(session, 'data'),
    XDG_CACHE_HOME: join(session, 'cache') };
  execFileSync(process.execPath, [entry, ...dirs, '--install-extension', process.env.VSIX], { stdio: 'inherit', env });

  const port = await freePort();
  server = spawn(process.execPath, [entry, ...dirs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', folder],
  { stdio: ['ignore', 'pipe', 'pipe'], env });
  await new Promise((resolve, reject) => {
    let log = '';
    const listen = (chunk) => {
      log += chunk;
      if (log.includes('HTTP server listening on')) resolve();
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
    server.once('exit', (code) => reject(new Error(`code-server exited with ${code}: ${log}`)));
  });

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor(SLOW);
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs a command of the palette by (part of) its title. */
async function palette(title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Quick Open: a file by name, or `:LINE:COLUMN` in the active editor. */
async function quickOpen(text, row) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  if (row) await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a file of the folder as a clerk does: a double click on it in the Explorer. */
async function openFile(name) {
  await page.keyboard.press('Control+Shift+E');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  // the Explorer redraws its rows when a file appears: a click that landed meanwhile is given again
  await until(async () => {
    await row.dblclick();
    return activeTab(name).waitFor({ timeout: 3000 }).then(() => true, () => false);
  }, `${name} did not open from the Explorer`);
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** The tab of the file `name`, when it is its group's active one. */
function activeTab(name) {
  return page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).first();
}

/** Line and column (1-based) of `text` in the file, after `after` when given. */
function place(file, text, after = '') {
  const lines = readFileSync(join(folder, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(after) && l.includes(text, l.indexOf(after)));
  return { line: line + 1, column: lines[line].indexOf(text, lines[line].indexOf(after)) + 1 };
}

/** Waits until `done()` holds (it may be async), failing with `message` after SLOW's time. */
async function until(done, message) {
  const deadline = Date.now() + SLOW.timeout;
  while (!(await done())) {
    if (Date.now() >= deadline) {
      // what VS Code said meanwhile (an error of the extension shows there), for the log of a failed run
      const said = await page.locator('.notifications-toasts .notification-toast').allInnerTexts().catch(() => []);
      await shot(`failed-${message.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`).catch(() => {});
      assert.fail(`${message}${said.length ? `; VS Code showed: ${said.join(' | ')}` : ''}`);
    }
    await page.waitForTimeout(250);
  }
}

/**
 * Runs the command `title` of the Explorer's menu on the file `name`. The Explorer redraws its rows when a file
 * appears, so a menu that opened on another row is closed and asked for again, and a click that found the menu redrawn
 * (the menu still open afterwards) is given again.
 */
async function explorerCommand(name, title) {
  await page.keyboard.press('Control+Shift+E');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  const command = page.locator('.context-view .action-item', { hasText: title }).first();
  await until(async () => {
    if (!(await command.isVisible().catch(() => false))) {
      await row.click({ button: 'right' });
      const onRow = await row.evaluate((element) => element.classList.contains('focused')).catch(() => false);
      if (!onRow || !(await command.waitFor({ timeout: 3000 }).then(() => true, () => false))) {
        await page.keyboard.press('Escape');
        return false;
      }
    }
    await command.click({ timeout: 3000 }).catch(() => {});
    return command.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false);
  }, `the Explorer's menu on ${name} did not run ${title}`);
}

async function notification(text) {
  await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor(SLOW);
}

test('the Problems panel lists the broken report\'s errors with their Chinese messages', async () => {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await openFile('zeku-2023.gongkai');
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  await problems.locator('.monaco-list-row', { hasText: '总计与各项之和不符（行政复议）' }).waitFor(SLOW);
  await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 6);
  const text = await problems.textContent();
  assert.equal(text.match(/勾稽关系不成立/g)?.length, 3, text);
  assert.match(text, /总计与各项之和不符（行政复议）：写的是 1/);
  await shot('vscode-problems');
});

test('no highlight boxes around the full-width punctuation of Chinese text, no banner about it', async () => {
  await quickOpen(':10:1');
  const lines = page.locator('.editor-instance .monaco-editor .view-lines').first();
  await page.waitForFunction(() => /（.*；.*：/.test(document.querySelector('.editor-instance .view-lines')?.textContent ?? ''));
  assert.match(await lines.textContent(), /[，：（）；]/);
  assert.equal(await page.locator('.editor-instance .monaco-editor .unicode-highlight').count(), 0);
  // nor, in their place, the banner "This document contains many non-basic ASCII unicode characters"
  assert.equal(await page.locator('.editor-banner:visible').count(), 0);
  await shot('vscode-punctuation');
});

test('hover on a cell shows its official label, and a quick fix repairs the total', async () => {
  const total = place('zeku-2023.gongkai', 'total 1', 'reconsideration:');
  await quickOpen(`:${total.line}:${total.column + 'total '.length}`);
  await palette('Show or Focus Hover');
  const hover = page.locator('.monaco-hover:visible');
  await hover.filter({ hasText: '行政复议 · 总计' }).waitFor(SLOW);
  assert.match(await hover.textContent(), /总计 = 结果维持 0 \+ 结果纠正 0 \+ 其他结果 0 \+ 尚未审结 0 = 0（写的是 1）/);
  await shot('vscode-hover');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: '改为 0（各项之和）' });
  await fix.waitFor(SLOW);
  await shot('vscode-quick-fix');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /reconsideration:\s*upheld 0, corrected 0, other 0, pending 0, total 0/
    .test(document.querySelector('.editor-instance .view-lines').textContent.replace(/\u00a0/g, ' ')));
  await page.locator('.markers-panel .monaco-list-row', { hasText: '总计与各项之和不符（行政复议）' }).waitFor({ state: 'detached', ...SLOW });
  await page.keyboard.press('Control+S');
  await until(() => /reconsideration: +upheld 0, corrected 0, other 0, pending 0, total 0/
    .test(readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8')), 'the repaired report was not saved');
});

test('生成报告 writes the documents beside the report', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  await palette('生成报告');
  await notification('报告已生成：gongbujiangda-2023.html、gongbujiangda-2023.docx');
  assert.ok(existsSync(join(folder, 'gongbujiangda-2023.html')));
  assert.ok(existsSync(join(folder, 'gongbujiangda-2023.docx')));
  await shot('vscode-generate');
});

test('打开预览 shows the printed report beside its editor and follows the cursor', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  await palette('打开预览');
  const title = '工布江达县人民政府2023年政府信息公开工作年度报告';
  await page.waitForFunction(() => document.querySelectorAll('iframe.webview').length > 0, null, SLOW);
  const shown = async () => {
    for (const frame of page.frames()) {
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (text.includes(title)) return true;
    }
    return false;
  };
  await until(shown, 'the preview never showed the report');
  await shot('vscode-preview');

  // the cursor moved into part 四 in the editor beside it: the preview scrolls to that part
  let preview;
  await until(async () => {
    for (const frame of page.frames()) {
      if (await frame.evaluate(() => document.getElementById('review') !== null).catch(() => false)) preview = frame;
    }
    return preview !== undefined;
  }, 'no frame holds the preview\'s part 四');
  await palette('View: Focus First Editor Group');
  const review = place('gongbujiangda-2023.gongkai', 'section review');
  await quickOpen(`:${review.line}:3`);
  await until(() => preview.evaluate(() => Math.abs(document.getElementById('review').getBoundingClientRect().top) < 5)
    .catch(() => false),
    'the preview did not scroll to part 四 under the cursor');
  await shot('vscode-preview-follows-cursor');
});

test('从上年报告开始 writes next year\'s report beside last year\'s and opens it', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  await palette('从上年报告开始');
  await activeTab('工布江达县人民政府2024.gongkai').waitFor(SLOW);
  const next = readFileSync(join(folder, '工布江达县人民政府2024.gongkai'), 'utf8');
  assert.match(next, /year\s+2024/);
  assert.match(next, /previous "工布江达县2023"/);
  await shot('vscode-next-year');
});

test('导入报告 on a published file in the Explorer opens the .gongkai it wrote', async () => {
  await explorerCommand('洪泽区2023.txt', '导入报告');
  await until(() => existsSync(join(folder, '洪泽区2023.gongkai')), '导入报告 wrote no 洪泽区2023.gongkai');
  await activeTab('洪泽区2023.gongkai').waitFor(SLOW);
  assert.match(readFileSync(join(folder, '洪泽区2023.gongkai'), 'utf8'), /organ\s+"[^"]*洪泽区/);
  await shot('vscode-import');
});

test('从台账填入… on a register in the Explorer fills the open report\'s part 三 as an edit, which undo takes back', async () => {
  const original = readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8');
  await openFile('zeku-2023.gongkai');
  await explorerCommand('登记台账.csv', '从台账填入');
  await until(() => page.locator('.tabs-container .tab.active.dirty[data-resource-name="zeku-2023.gongkai"]').count(),
    '从台账填入 changed nothing in the open report');
  assert.equal(readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8'), original, 'the file is the clerk\'s to save');
  await shot('vscode-tally');
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+S');
  await until(() => readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8') !== original, 'the filled report was not saved');
  const filled = readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8');
  assert.match(filled, /natural:\s+new 2,[^\n]*granted 1/);
  assert.match(filled, /legal:\s+new 1,/);
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+S');
  await until(() => readFileSync(join(folder, 'zeku-2023.gongkai'), 'utf8') === original, 'undo did not take the tally back');
});

test('生成为… writes the formats picked, and only those', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  await palette('生成为');
  const row = (label) => page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row('Markdown').waitFor();
  for (const label of ['HTML（网页）', 'Word（DOCX）', 'Markdown', 'JSON（数据）']) await row(label).click();
  await shot('vscode-generate-as');
  await page.keyboard.press('Enter');
  await notification('gongbujiangda-2023.json');
  assert.ok(existsSync(join(folder, 'gongbujiangda-2023.md')));
  assert.match(readFileSync(join(folder, 'gongbujiangda-2023.json'), 'utf8'), /"organ"/);
});

test('新建报告 asks for the organ and the year and opens gongkai new\'s skeleton', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  await palette('新建报告');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill('某镇人民政府');
  await page.keyboard.press('Enter');
  await until(async () => /^\d{4}$/.test(await input.inputValue()), 'the year was not asked for');
  await input.fill('2024');
  await shot('vscode-new-report');
  await page.keyboard.press('Enter');
  await activeTab('某镇人民政府2024.gongkai').waitFor(SLOW);
  const text = readFileSync(join(folder, '某镇人民政府2024.gongkai'), 'utf8');
  assert.match(text, /organ\s+"某镇人民政府"/);
  assert.match(text, /level\s+township/);
});

test('Format Document lays a report out as the formatter does', async () => {
  await openFile('gongbujiangda-2023.gongkai');
  const organ = place('gongbujiangda-2023.gongkai', 'organ');
  await quickOpen(`:${organ.line}:1`);
  await page.keyboard.type('    ');
  const organLine = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-line')]
    .map((line) => line.textContent.replace(/\u00a0/g, ' ')).find((line) => line.includes('"工布江达县人民政府"')));
  // code-server may drop a typed key now and then: what matters is that the line is out of the formatter's layout
  await until(async () => /^ {3,}organ/.test((await organLine()) ?? ''), 'the typed spaces did not reach the organ line');
  await palette('Format Document');
  await until(async () => /^ {2}organ +"工布江达县人民政府"/.test(await organLine()), 'Format Document did not lay the line out');
  await shot('vscode-format');
  await palette('File: Revert File');
  await until(async () => !(await page.locator('.tabs-container .tab.active.dirty').count()), 'the report was not reverted');
});

test('Go to Symbol lists the report\'s parts by their official headings', async () => {
  await openFile('zeku-2023.gongkai');
  await page.keyboard.press('Control+Shift+O');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '三、收到和处理政府信息公开申请情况' }).first().waitFor(SLOW);
  assert.ok(await page.locator('.quick-input-list .monaco-list-row', { hasText: '四、政府信息公开行政复议、行政诉讼情况' }).count());
  await shot('vscode-outline');
  await page.keyboard.press('Escape');
});

test('completion at a cell offers the fields of its table with their labels', async () => {
  await openFile('zeku-2023.gongkai');
  const cell = place('zeku-2023.gongkai', 'upheld 0, ', 'direct-suit:');
  await quickOpen(`:${cell.line}:${cell.column + 'upheld 0, '.length}`);
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  // asked again while the server is still busy with the edits before (its first answer may come empty)
  await until(async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    return suggestions.filter({ hasText: 'corrected' }).first().waitFor({ timeout: 5000 }).then(() => true, () => false);
  }, 'completion offered no field of part 四');
  assert.ok(await suggestions.filter({ hasText: 'pending' }).count());
  assert.equal(await suggestions.filter({ hasText: 'natural' }).count(), 0, 'applicants are no field of part 四');
  await shot('vscode-completion');
  await page.keyboard.press('Escape');
});

test('afterwards the folder holds the clerk\'s files and what they asked for, nothing else', () => {
  const made = ['gongbujiangda-2023.docx', 'gongbujiangda-2023.html', '工布江达县人民政府2024.gongkai', '洪泽区2023.gongkai',
    'gongbujiangda-2023.md', 'gongbujiangda-2023.json', '某镇人民政府2024.gongkai'];
  assert.deepEqual(listing(folder), [...before_, ...made].sort());
});
