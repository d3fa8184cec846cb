// flow.test.mjs — the assessment in real headless Chromium, as a user does it: the quick scan with the mouse,
// with the keyboard alone, by touch on a phone; a reload half-way; storage that throws. Screenshots of every
// screen at 390 × 844 and 1440 × 900 land in build/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, state, click, tap, target, waitScreen, pageFileUrl, artifacts, chooseUntil } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

async function shot(page, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

async function startQuickScan(page, press, sector, size) {
  await press(page, 'Start');
  await waitScreen(page, 'sector');
  await press(page, sector);
  await press(page, 'Quick scan');
  if (size) await shot(page, `sector-${size}`);
  await press(page, 'Continue');
  await waitScreen(page, 'about');
  if (size) await shot(page, `about-${size}`);
  await press(page, 'Continue');
  await waitScreen(page, 'priorities');
  if (size) {
    await press(page, 'Share points');
    await shot(page, `priorities-${size}`);
    await press(page, 'Clear points');
  }
  await press(page, 'Continue');
  await waitScreen(page, 'questions');
}

async function answerAll(page, press, size) {
  const total = (await state(page)).total;
  for (let i = 0; i < total; i++) {
    await chooseUntil(page, press, `Today ${1 + (i % 4)}`, 'today', 1 + (i % 4));
    await chooseUntil(page, press, `Target ${2 + (i % 4)}`, 'target', 2 + (i % 4));
    if (size && i === 0) await shot(page, `questions-${size}`);
    const before = (await state(page)).position;
    await press(page, 'Next');
    if (i + 1 < total) await page.waitForFunction((p) => window.systemic.state().position === p + 1, before);
  }
  await waitScreen(page, 'review');
  return total;
}

for (const [size, options, press] of [['1440', DESKTOP, click], ['390', PHONE, tap]]) {
  test(`the quick scan completes with ${press === click ? 'the mouse' : 'touch on a phone'} (${size} px)`, async () => {
    const { context, page, seen } = await open(browser, pageFileUrl, options);
    await shot(page, `welcome-${size}`);
    await startQuickScan(page, press, size === '390' ? 'public' : 'b2b', size);
    const total = await answerAll(page, press, size);
    const s = await state(page);
    assert.equal(s.answered, total);
    assert.ok(total >= 8 && total <= 12);
    await shot(page, `review-${size}`);
    await press(page, 'See results');
    await waitScreen(page, 'results');
    await shot(page, `results-${size}`);
    assert.equal((await state(page)).saved, true);
    // No horizontal scrolling: nothing is drawn beyond the right edge.
    for (const t of (await state(page)).targets) assert.ok(t.x + t.w <= options.viewport.width + 1, `${t.label} fits`);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}

// Presses Tab until the named widget has the keyboard focus, then Enter.
async function tabTo(page, label) {
  for (let i = 0; i < 40; i++) {
    const t = (await state(page)).targets.find((x) => x.label === label);
    if (t && t.focused) { await page.keyboard.press('Enter'); await page.waitForTimeout(80); return; }
    const frames = await page.evaluate(() => window.systemic.frames);
    await page.keyboard.press('Tab');
    await page.waitForFunction((n) => window.systemic.frames > n + 1, frames);
  }
  throw new Error(`Tab never reached "${label}"`);
}

test('the quick scan completes with the keyboard alone', async () => {
  const { context, page } = await open(browser, pageFileUrl, DESKTOP);
  await startQuickScan(page, tabTo, 'b2c');
  const total = (await state(page)).total;
  await page.keyboard.press('Shift+Slash');
  await page.waitForFunction(() => window.systemic.state().dialog === 'shortcuts');
  await shot(page, 'shortcuts-1440');
  await page.keyboard.press('Escape');
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(String(1 + (i % 5)));
    await page.keyboard.press(`Shift+Digit${1 + ((i + 2) % 5)}`);
    if (i === 1) await page.keyboard.press('d');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(40);
  }
  await waitScreen(page, 'review');
  assert.equal((await state(page)).answered, total);
  await tabTo(page, 'See results');
  await waitScreen(page, 'results');
  await context.close();
});

test('a reload half-way returns to the same question; a new visit offers to resume; every answer intact', async () => {
  const { context, page: first } = await open(browser, pageFileUrl, DESKTOP);
  await startQuickScan(first, click, 'b2b');
  for (let i = 0; i < 5; i++) {
    await first.keyboard.press(String(2 + (i % 3)));
    await first.keyboard.press('Shift+Digit5');
    await first.keyboard.press('Enter');
  }
  await first.waitForFunction(() => window.systemic.state().position === 5);
  await first.waitForFunction(() => window.systemic.state().saved);
  const stored = await first.evaluate(() => JSON.parse(localStorage.getItem('systemic.v1.session')).result.answers);
  await first.reload();
  await first.waitForFunction(() => window.systemic && window.systemic.frames > 0);
  await waitScreen(first, 'questions');   // the history entry keeps the place (app/state/history.h)
  assert.equal((await state(first)).position, 5);
  await first.close();
  // A new tab has no history entry of its own: the welcome screen offers to resume.
  const page = await context.newPage();
  await page.goto(pageFileUrl);
  await page.waitForFunction(() => window.systemic && window.systemic.frames > 0);
  assert.equal((await state(page)).screen, 'welcome');
  await shot(page, 'welcome-resume-1440');
  await click(page, 'Resume');
  await waitScreen(page, 'questions');
  const s = await state(page);
  assert.equal(s.answered, 5);
  assert.equal(s.position, 5);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('systemic.v1.session')).result.answers);
  assert.deepEqual(after, stored);
  await click(page, 'Home');
  await click(page, 'Start over');
  await page.waitForFunction(() => window.systemic.state().dialog === 'start-over');
  await shot(page, 'start-over-1440');
  await click(page, 'Cancel');
  await context.close();
});

test('a storage that throws: a visible note, a download, and the app keeps working', async () => {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageFileUrl);
  await page.waitForFunction(() => window.systemic && window.systemic.frames > 0);
  await startQuickScan(page, tap, 'b2b');
  await tap(page, 'Today 3');
  await page.waitForFunction(() => window.systemic.state().storage_problem);
  await shot(page, 'storage-full-390');
  const download = page.waitForEvent('download');
  await tap(page, 'Download answers');
  const file = await download;
  assert.match(file.suggestedFilename(), /^systemic-b2b-.*\.json$/);
  await tap(page, 'Next');
  await page.waitForFunction(() => window.systemic.state().position === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a storage that cannot even be reached (blocked) leaves the app working', async () => {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  await page.goto(pageFileUrl);
  await page.waitForFunction(() => window.systemic && window.systemic.frames > 0);
  await startQuickScan(page, click, 'public');
  await click(page, 'Today 2');
  await page.waitForFunction(() => window.systemic.state().storage_problem);
  await click(page, 'Next');
  await page.waitForFunction(() => window.systemic.state().position === 1);
  await context.close();
});
