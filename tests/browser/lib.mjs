// lib.mjs — shared helpers for the browser tests: Debian's headless Chromium through playwright-core,
// a loopback-only static server, and a page wrapper that records console errors and network requests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const pagePath = process.env.SYSTEMIC_PAGE || path.join(repo, 'build/web/systemic.html');
export const pageFileUrl = pathToFileURL(pagePath).href;
export const cliPath = process.env.SYSTEMIC_CLI || path.join(repo, 'build/native/app/cli/systemic');
export const artifacts = path.join(repo, 'build/test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function launch(extraArgs = []) {
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Serves one directory on 127.0.0.1 at a free port. Counts every request it receives.
export async function serve(dir) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const target = fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(dir) || !fs.existsSync(target)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': target.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    fs.createReadStream(target).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

// Opens the page and waits for the first frame. `seen` collects console errors, page errors and every
// request the page made (data: and blob: URLs stay inside the page and are not counted).
export async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const seen = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) seen.requests.push(r.url()); });
  await page.goto(url);
  await waitForFrames(page);
  return { context, page, seen };
}

export async function waitForFrames(page, min = 1) {
  await page.waitForFunction((n) => window.systemic && window.systemic.frames >= n, min, { timeout: 30000 });
}

export async function state(page) { return page.evaluate(() => window.systemic.state()); }

// Waits until the render loop has gone to sleep (no input for a while).
export async function waitIdle(page) {
  await page.waitForFunction(() => window.systemic.paused, null, { timeout: 10000 });
}

// The targets in state() are those the last frame drew; right after a change (a new screen, Next) the model is
// already on the next screen or question while they still show the old one (targets_screen, targets_position).
function drawnNow(s) {
  return s.targets_screen === s.screen && (s.position === undefined || s.targets_position === s.position);
}

// Where a named widget is (CSS pixels), waiting up to 20 s for the frame that draws it: after a click the
// next screen appears one frame later (seconds later on a machine loaded by parallel builds).
export async function target(page, label) {
  let s;
  for (let i = 0; i < 400; i++) {
    s = await state(page);
    const t = drawnNow(s) && s.targets.find((x) => x.label === label);
    if (t) return { ...t, left: t.x, top: t.y, x: t.x + t.w / 2, y: t.y + t.h / 2, viewBottom: s.view_bottom };   // x, y: the centre
    await page.waitForTimeout(50);
  }
  throw new Error(`no target "${label}" on screen "${s.screen}": ${s.targets.map((x) => x.label).join(', ')}`);
}

// A target whose position held still across frames: after a press, a scroll or a layout change the next frames
// may still move it (the press is applied after one frame and drawn in the next; Dear ImGui clamps scrolling one
// frame later; a flick glides on). Two reads at the same place with two frames drawn between them, or with the
// render loop asleep (it sleeps only once its input is drawn and nothing changes), are taken as settled: two reads
// alone are not, on a loaded machine no frame may come between them.
async function steadyTarget(page, label) {
  const frames = () => page.evaluate(() => ({ n: window.systemic.frames, paused: window.systemic.paused }));
  let t = await target(page, label), f = await frames();
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(80);
    const again = await target(page, label), g = await frames();
    if (again.x === t.x && again.y === t.y && (g.n >= f.n + 2 || g.paused)) return again;
    if (again.x !== t.x || again.y !== t.y) { t = again; f = g; }
  }
  return t;
}

// Where a target lies against the visible part of the screen: 1 below it, -1 above it, 0 in view. The screen
// scrolls above the pinned bar (view_bottom); a pinned target is always in view.
function outOfView(page, t, margin) {
  if (t.pinned) return 0;
  const bottom = t.viewBottom || page.viewportSize().height;
  return t.y > bottom - margin ? 1 : t.y < margin ? -1 : 0;
}

// Clicks a named widget with the mouse, scrolling it into view first when it lies below the fold.
export async function click(page, label) {
  const vp = page.viewportSize();
  let t = await steadyTarget(page, label);
  for (let i = 0, dir; i < 20 && (dir = outOfView(page, t, 0)) !== 0; i++) {
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, dir * 300);
    await page.waitForTimeout(100);
    t = await steadyTarget(page, label);
  }
  await page.mouse.click(t.x, t.y);
  await page.waitForTimeout(60);
}

// Taps a named widget on a touch screen, scrolling by touch drag first when it lies out of view.
export async function tap(page, label) {
  let t = await steadyTarget(page, label);
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0, dir; i < 20 && (dir = outOfView(page, t, 10)) !== 0; i++) {
    const bottom = t.viewBottom || page.viewportSize().height;
    // In the window's left padding, clear of every widget (a drag that starts on a text field scrolls too: weblayer.test.mjs).
    const x = 6, y0 = dir > 0 ? bottom * 0.8 : bottom * 0.2, y1 = dir > 0 ? bottom * 0.3 : bottom * 0.7;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    for (let k = 1; k <= 8; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (y1 - y0) * k / 8 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(150);
    t = await steadyTarget(page, label);
  }
  await cdp.detach();
  await page.touchscreen.tap(t.x, t.y);
  await page.waitForTimeout(60);
}

// Records what the page copies to the clipboard in window.__copied (headless Chromium has no clipboard to read).
export async function recordCopies(context) {
  await context.addInitScript(() => {
    window.__copied = [];
    const record = (text) => { window.__copied.push(String(text)); return Promise.resolve(); };
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: record }, configurable: true });
  });
}

// Types into the focused text field in one go, as a paste does (fast for long text). Text fields are real DOM
// fields (docs/accessibility.md): the text is inserted there, and the field sends it to the app.
export async function pasteText(page, text) {
  await page.evaluate((t) => {
    const el = document.activeElement;
    if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) { document.execCommand('insertText', false, t); return; }
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, text);
}

// Waits for the screen and for a frame that drew it: right after a change, state().screen already names the new
// screen while the targets are still those the last frame drew on the old one (targets_screen says which).
export async function waitScreen(page, screen) {
  await page.waitForFunction((s) => {
    const st = window.systemic.state();
    return st.screen === s && st.targets_screen === s && (st.position === undefined || st.targets_position === st.position);
  },
    screen, { timeout: 10000 });
}

// Counts the distinct colours in a screenshot's sample of pixels: a blank canvas has one or two.
export async function distinctColours(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    const probe = document.createElement('canvas');
    probe.width = 200; probe.height = 200;
    const g = probe.getContext('2d');
    g.drawImage(c, 0, 0, 200, 200);
    const d = g.getImageData(0, 0, 200, 200).data;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return colours.size;
  });
}

// Presses a control found by role and name, as a keyboard or screen-reader user does: focus it, then Space.
export async function pressRole(page, role, name) {
  const el = page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  await el.waitFor({ state: 'attached', timeout: 10000 });
  await el.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(80);
}

// Chooses by `press` (click, tap) until state()[field] is value. Choosing the same thing twice changes nothing, so
// a press that a heavily loaded machine lost is simply repeated; the assertions on what was stored stay exact.
export async function chooseUntil(page, press, label, field, value) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await press(page, label);
    try {
      await page.waitForFunction(([f, v]) => window.systemic.state()[f] === v, [field, value], { timeout: 20000 });
      return;
    } catch (e) {
      if (attempt === 2) throw e;
    }
  }
}

// From the welcome screen to the first question of a B2B quick scan, about you and priorities left as they are.
export async function quickScanToQuestions(page, press) {
  await press(page, 'Start');
  await waitScreen(page, 'sector');
  await press(page, 'b2b');
  await press(page, 'Quick scan');
  await press(page, 'Continue');
  await waitScreen(page, 'about');
  await press(page, 'Continue');
  await waitScreen(page, 'priorities');
  await press(page, 'Continue');
  await waitScreen(page, 'questions');
}

// From the welcome screen to the results of a B2B quick scan, the questions answered from the keyboard: question i
// at today(i) and target(i) (levels 1-5; Shift+digit sets the 12-month level), Enter for Next. `press` is click or tap.
export async function quickScanToResults(page, press, today, target) {
  const slow = { timeout: 90000 };
  await quickScanToQuestions(page, press);
  const total = (await state(page)).total;
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(String(today(i)));
    await page.keyboard.press(`Shift+Digit${target(i)}`);
    await page.keyboard.press('Enter');
    if (i + 1 < total) await page.waitForFunction((n) => window.systemic.state().position === n, i + 1, slow);
  }
  await waitScreen(page, 'review');
  await press(page, 'See results');
  await waitScreen(page, 'results');
}

// axe-core (npm) on the whole page: its serious and critical violations, each as "rule (impact): first targets".
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export async function seriousAxeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// What zbarimg (Debian's zbar-tools) reads in a PNG: the decoded text of each code found, exactly as encoded
// (--raw), or '' for none.
export function decodeQr(png) {
  try {
    return execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
  } catch (e) {
    return '';   // exit 4: no code found
  }
}

// Types `text` into the text field named `name` (found by role and label) as a paste, and waits until the field
// of the DOM tree holds it.
export async function fillField(page, name, text) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.focus();
  await pasteText(page, text);
  await page.waitForFunction(([n, t]) => {
    const el = [...document.querySelectorAll('#sem input, #sem textarea')].find((e) => e.getAttribute('aria-label') === n);
    return el && el.value === t;
  }, [name, text]);
}

// Scrolls the canvas with the mouse wheel until the named target lies wholly inside the visible part (`margin` CSS
// pixels clear of its edges), and returns where it is then.
export async function scrollIntoView(page, label, margin = 8) {
  const vp = page.viewportSize();
  let t = await target(page, label);
  for (let i = 0; i < 30; i++) {
    const bottom = t.viewBottom || vp.height;
    const below = t.top + t.h - (bottom - margin), above = margin - t.top;
    if (below <= 0 && above <= 0) break;
    await page.mouse.move(vp.width / 2, Math.min(bottom, vp.height) / 2);
    await page.mouse.wheel(0, below > 0 ? Math.min(200, below + 16) : -Math.min(200, above + 16));
    await page.waitForTimeout(250);
    t = await target(page, label);
  }
  await page.waitForTimeout(300);
  return target(page, label);
}

// The rows of the table named `name` (by role) that have a row header: { header: [the other cells' text] }.
export async function tableRows(page, name) {
  const out = {};
  for (const row of await page.getByRole('table', { name }).getByRole('row').all()) {
    const header = row.getByRole('rowheader');
    if (await header.count() !== 1) continue;
    out[await header.textContent()] = await row.getByRole('cell').allTextContents();
  }
  return out;
}
