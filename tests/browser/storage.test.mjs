// storage.test.mjs — "nothing is lost" in real Chromium: two tabs of one browser share localStorage and hear each
// other's writes through `storage` events; keys typed just before the page is left are saved on pagehide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, state, click, waitScreen, waitForFrames, quickScanToQuestions, pageFileUrl, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 } };

async function newTab(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pageFileUrl);
  await waitForFrames(page);
  return { page, errors };
}

async function startQuickScan(page) {
  await quickScanToQuestions(page, click);
}

// Answers the question on screen with the keyboard and moves on: level, then Enter.
async function answer(page, level) {
  const before = (await state(page)).position;
  await page.keyboard.press(String(level));
  await page.keyboard.press('Enter');
  // The last question's Enter goes on to the review instead.
  await page.waitForFunction((p) => { const s = window.systemic.state(); return s.position === p + 1 || s.screen === 'review'; }, before);
}

function storedAnswers(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('systemic.v1.session')).result.answers);
}

test('two tabs: A answers 1-3, B resumes and answers 4-10, a key press in A keeps all ten', async () => {
  const context = await browser.newContext(DESKTOP);
  const a = await newTab(context);
  await startQuickScan(a.page);
  for (let i = 0; i < 3; i++) await answer(a.page, 2);
  await a.page.waitForFunction(() => window.systemic.state().saved);

  const b = await newTab(context);
  assert.equal((await state(b.page)).answered, 3);
  await click(b.page, 'Resume');
  await waitScreen(b.page, 'questions');
  const total = (await state(b.page)).total;
  assert.ok(total >= 10);
  for (let i = 3; i < 10; i++) await answer(b.page, 4);
  await b.page.waitForFunction(() => window.systemic.state().saved);
  assert.equal(Object.keys(await storedAnswers(b.page)).length, 10);

  await b.page.screenshot({ path: path.join(artifacts, 'two-tabs-b-1440.png') });
  // Tab A heard tab B's writes (storage events) and took them in.
  await a.page.bringToFront();
  await a.page.waitForFunction(() => window.systemic.state().answered === 10, null, { timeout: 10000 });
  await a.page.screenshot({ path: path.join(artifacts, 'two-tabs-merged-1440.png') });
  // One key press in tab A: saved, and the ten answers stay.
  await a.page.keyboard.press('5');
  await a.page.waitForFunction(() => window.systemic.state().saved);
  const s = await state(a.page);
  assert.equal(s.storage_problem, false);
  assert.equal(Object.keys(await storedAnswers(a.page)).length, 10);

  await a.page.reload();
  await waitForFrames(a.page);
  assert.equal((await state(a.page)).answered, 10);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await context.close();
});

test('a tab whose assessment was replaced in another tab stops saving and says so', async () => {
  const context = await browser.newContext(DESKTOP);
  const a = await newTab(context);
  await startQuickScan(a.page);
  await answer(a.page, 3);
  await a.page.waitForFunction(() => window.systemic.state().saved);

  // Another tab (say, a newer version of the page) writes data this page cannot read.
  const b = await newTab(context);
  const newer = '{"format":"systemic-session","version":2,"result":{}}';
  await b.page.evaluate((t) => localStorage.setItem('systemic.v1.session', t), newer);
  await a.page.waitForFunction(() => window.systemic.state().save_block === 'unreadable', null, { timeout: 10000 });
  await a.page.keyboard.press('4');
  await a.page.waitForTimeout(300);
  const s = await state(a.page);
  assert.equal(s.saved, false);
  assert.equal(s.storage_problem, true);
  assert.equal(await a.page.evaluate(() => localStorage.getItem('systemic.v1.session')), newer);   // byte for byte
  await a.page.screenshot({ path: path.join(artifacts, 'two-tabs-stopped-1440.png') });
  assert.deepEqual(a.errors, []);
  await context.close();
});

test('a note typed just before the page is left is saved (pagehide)', async () => {
  const context = await browser.newContext(DESKTOP);
  const { page, errors } = await newTab(context);
  await startQuickScan(page);
  await page.keyboard.press('3');
  await click(page, 'Note');
  await page.waitForFunction(() => window.systemic.state().saved);
  // From here no frame will run again, as when a tab is closed straight after typing: only pagehide can save.
  await page.evaluate(() => { window.requestAnimationFrame = () => 0; });
  await page.keyboard.type('Call Sam back');
  await page.waitForTimeout(200);
  const before = await storedAnswers(page);
  const first = Object.values(before)[0];
  assert.ok(!first.note || !first.note.includes('Sam'), 'the note is not saved before the page is left');
  await page.goto('about:blank');   // leaving the page fires pagehide
  await page.goto(pageFileUrl);
  await waitForFrames(page);
  const after = await storedAnswers(page);
  assert.equal(Object.values(after)[0].note, 'Call Sam back');
  assert.deepEqual(errors, []);
  await context.close();
});
