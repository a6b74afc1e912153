// The page's share of bench/workbench (not a test: node --test runs *.test.mjs only). Against a running
// `gongkai serve` (ADDRESS, token included), in headless Chromium through playwright-core (PAGE_DIR's node_modules,
// CHROMIUM, as workbench.test.mjs):
//   loads: LOADS times ADDRESS&file=ERROR_FILE (a report with one error) in a fresh browser context (an empty
//          profile: nothing cached), then reloaded in it (what it cached kept); from the navigation's start
//          (performance.now()'s origin) to Monaco showing the text, the error's marker in the model, and its squiggle
//          painted (looked for on every animation frame). With BEFORE_ADDRESS (another build's server on the same
//          folder), its loads in turn with these.
//   typing: CLEAN_FILE (no errors) open once; TYPINGS rounds of: a digit of 行政许可's number typed (keydown → the
//          preview's frame shows the new number: the page's 50 ms wait, the server, the frame), a digit of the
//          reconsideration row's total typed (keydown → its error's marker), typed back (keydown → no marker).
// Prints one line of JSON on stdout: { load: { this, before }, typing: { preview, marker, cleared, asked, answered } },
// each load's { first, reload } as { text, marker, squiggle, domContentLoaded, files, file, raw, sent } in
// milliseconds (raw, sent: the bytes of the scripts, styles and fonts, as the page uses them and as they came over the
// network, nothing when cached; asked: keydown → the page asks for the preview; answered: asked → the answer arrived).
//
//   node bench-page.mjs ADDRESS ERROR_FILE CLEAN_FILE LOADS TYPINGS [BEFORE_ADDRESS]
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [address, errorFile, cleanFile, loadsArg, typingsArg, beforeAddress] = process.argv.slice(2);
if (!typingsArg) {
  console.error('usage: node bench-page.mjs ADDRESS ERROR_FILE CLEAN_FILE LOADS TYPINGS [BEFORE_ADDRESS]');
  process.exit(2);
}
const { chromium } = createRequire(join(process.env.PAGE_DIR, 'package.json'))('playwright-core');
const TIMEOUT = 120000;
// tall enough that every line of a typical report is painted (long texts wrap), so its squiggles are in the DOM
const viewport = { width: 1500, height: 2800 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Installed before the page's own scripts: records when the text, the first marker and a squiggle first appear. */
function watchLoad() {
  const seen = {};
  window.__bench = seen;
  const look = () => {
    const now = performance.now();
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (seen.text == null && lines && /report\s/.test(lines.textContent)) seen.text = now;
    const g = window.gongkai;
    const model = g?.editor.getModel();
    if (seen.marker == null && model && g.monaco.editor.getModelMarkers({ resource: model.uri }).length > 0) {
      seen.marker = now;
      seen.markers = g.monaco.editor.getModelMarkers({ resource: model.uri }).length;
    }
    if (seen.squiggle == null && document.querySelector('.monaco-editor .squiggly-error')) seen.squiggle = now;
    if (seen.text == null || seen.marker == null || seen.squiggle == null) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const KEYS = ['text', 'marker', 'squiggle', 'domContentLoaded', 'files', 'file', 'raw', 'sent'];

/** Waits for the page just navigated to: the text, the error's marker, its squiggle; what it took. */
async function loaded(page, label) {
  await page.waitForFunction(() => window.__bench.text != null && window.__bench.marker != null && window.__bench.squiggle != null,
    null, { timeout: TIMEOUT, polling: 50 }).catch(async (error) => {
    const state = await page.evaluate(() => JSON.stringify({ seen: window.__bench, open: window.gongkai?.open.name,
      notice: document.getElementById('notice-text')?.textContent, counts: [...(window.gongkai?.counts?.entries() ?? [])].map(([uri, c]) => [uri, c.errors]) }));
    throw new Error(`${label}: ${error.message} ${state}`);
  });
  const seen = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const files = resources.filter((r) => /\.(js|css|ttf)$/.test(new URL(r.name).pathname));
    return {
      ...window.__bench,
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      // when the list of reports (validated by the server) and the report's text had arrived
      files: resources.find((r) => new URL(r.name).pathname === '/api/files')?.responseEnd,
      file: resources.find((r) => new URL(r.name).pathname === '/api/file')?.responseEnd,
      raw: files.reduce((sum, r) => sum + r.decodedBodySize, 0),
      // a file taken from the cache has a transferSize of 0
      sent: files.reduce((sum, r) => sum + (r.transferSize > 0 ? r.encodedBodySize : 0), 0),
    };
  });
  if (seen.markers !== 1) throw new Error(`${label}: ${errorFile}: ${seen.markers} markers, expected its one error`);
  console.error(`${label}: text ${seen.text.toFixed(0)} ms, marker ${seen.marker.toFixed(0)} ms, squiggle ${seen.squiggle.toFixed(0)} ms, `
    + `${(seen.sent / 1048576).toFixed(2)} MB sent`);
  return seen;
}

const servers = { this: address, ...(beforeAddress ? { before: beforeAddress } : {}) };
const load = Object.fromEntries(Object.keys(servers).map((name) => [name,
  Object.fromEntries(['first', 'reload'].map((kind) => [kind, Object.fromEntries(KEYS.map((key) => [key, []]))]))]));
for (let i = 0; i < Number(loadsArg); i++) {
  const order = Object.keys(servers);
  if (i % 2 === 1) order.reverse();
  for (const name of order) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.addInitScript(watchLoad);
    await page.goto(`${servers[name]}&file=${encodeURIComponent(errorFile)}`);
    const first = await loaded(page, `load ${i + 1} ${name}, first`);
    await page.reload();
    const reload = await loaded(page, `load ${i + 1} ${name}, reload`);
    for (const key of KEYS) {
      load[name].first[key].push(first[key]);
      load[name].reload[key].push(reload[key]);
    }
    await context.close();
  }
}

const typing = { preview: [], marker: [], cleared: [], asked: [], answered: [] };
const context = await browser.newContext({ viewport, locale: 'zh-CN' });
const page = await context.newPage();
// when the page asks the server for the preview and when the answer arrives (its own requests' ids are gongkai-N)
await page.addInitScript(() => {
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.__watched) {
      this.__watched = true;
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.includes('"id":"gongkai-')) window.__answered = performance.now();
      });
    }
    if (typeof data === 'string' && data.includes('"method":"gongkai/preview"')) window.__asked = performance.now();
    return send.call(this, data);
  };
});
page.on('pageerror', (error) => /has been cancelled/.test(error.message) || console.error('page error:', error.message));
await page.goto(`${address}&file=${encodeURIComponent(cleanFile)}`);
await page.waitForFunction(() => window.gongkai?.open.model && document.getElementById('preview-status').classList.contains('ok'),
  null, { timeout: TIMEOUT });
await page.evaluate(() => document.addEventListener('keydown', () => { window.__keydown = performance.now(); }, true));

/** Selects the last digit of the first match of the pattern (a regular expression ending in a digit). */
function selectDigit(pattern) {
  return page.evaluate((source) => {
    const { editor, monaco } = window.gongkai;
    const match = editor.getModel().findMatches(source, false, true, false, null, false)[0];
    const { startLineNumber: line, endColumn: end } = match.range;
    editor.setSelection(new monaco.Selection(line, end - 1, line, end));
    editor.focus();
  }, pattern);
}

/**
 * Waits in the page, frame by frame, until the preview's frame shows the value ('preview') or the editor has that many
 * markers ('markers'); the time since the last keydown. (The page's policy allows no eval: the conditions are here.)
 */
function sinceKeydown(kind, value) {
  return page.evaluate(({ kind, value }) => new Promise((resolve, reject) => {
    const holds = () => {
      if (kind === 'preview') {
        return [...(document.getElementById('preview').contentDocument?.querySelectorAll('td.value') ?? [])]
          .some((td) => td.textContent.trim() === value);
      }
      const { monaco, editor } = window.gongkai;
      return monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).length === value;
    };
    const until = performance.now() + 60000;
    const look = () => {
      if (holds()) resolve(performance.now() - window.__keydown);
      else if (performance.now() > until) reject(new Error(`not within 60 s: ${kind} ${value}`));
      else requestAnimationFrame(look);
    };
    look();
  }), { kind, value });
}

for (let i = 0; i < Number(typingsArg); i++) {
  const digit = String((2 + i) % 10);
  await selectDigit('decisions 82\\d');
  await page.keyboard.type(digit);
  typing.preview.push(await sinceKeydown('preview', `82${digit}`));
  const { keydown, asked, answered } = await page.evaluate(() => ({ keydown: window.__keydown, asked: window.__asked, answered: window.__answered }));
  typing.asked.push(asked - keydown);
  typing.answered.push(answered - asked);
  await page.waitForTimeout(200);
  await selectDigit('reconsideration:.*total \\d');
  await page.keyboard.type('1');
  typing.marker.push(await sinceKeydown('markers', 1));
  await page.waitForTimeout(200);
  await selectDigit('reconsideration:.*total \\d');
  await page.keyboard.type('0');
  typing.cleared.push(await sinceKeydown('markers', 0));
  await page.waitForTimeout(200);
  console.error(`typing ${i + 1}: preview ${typing.preview.at(-1).toFixed(0)} ms, marker ${typing.marker.at(-1).toFixed(0)} ms, `
    + `gone ${typing.cleared.at(-1).toFixed(0)} ms`);
}
await context.close();
await browser.close();
console.log(JSON.stringify({ load, typing }));
