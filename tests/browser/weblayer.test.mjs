// weblayer.test.mjs — the page as a web page, in real headless Chromium: Back and Forward within the app and a
// reload that keeps the place (app/state/history.h), printing the report (page.pdf() read back with poppler's
// pdftotext), and a WebGL context loss and restore that keeps working with every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, target, waitScreen, pageFileUrl, artifacts, cliPath, distinctColours, pressRole } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function openAboutYou(page) {
  await pressRole(page, 'button', 'Start the assessment');
  await waitScreen(page, 'sector');
  await pressRole(page, 'radio', /\(B2B\)/);
  await pressRole(page, 'radio', /^Quick scan/);
  await pressRole(page, 'button', 'Continue');
  await waitScreen(page, 'about');
}

async function startQuickScan(page) {
  await openAboutYou(page);
  await pressRole(page, 'button', 'Continue');
  await waitScreen(page, 'priorities');
  await pressRole(page, 'button', 'Skip this step');
  await waitScreen(page, 'questions');
}

// Chooses today's level (0-based) on the question shown, by role and keyboard, and waits until `answered` is n.
async function chooseToday(page, level, answered) {
  await page.getByRole('radiogroup', { name: 'Today' }).getByRole('radio').nth(level).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((n) => window.systemic.state().answered === n, answered);
}

async function at(page, position) {
  await page.waitForFunction((n) => window.systemic.state().screen === 'questions' && window.systemic.state().position === n,
    position, { timeout: 10000 });
}

// A synthetic respondent's results file from the command-line tool, and its results link's fragment (r=...).
function synthResult() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'systemic-print-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', '1', '--seed', '7', '--out', dir]);
  const file = path.join(dir, 'result-0001.json');
  const result = { json: fs.readFileSync(file, 'utf8'), fragment: execFileSync(cliPath, ['link', 'encode', 'b2b', file]).toString().trim() };
  fs.rmSync(dir, { recursive: true });
  return result;
}

// Drops a file on the page, as a user dragging it from the desktop does.
async function dropFile(page, name, text) {
  await page.evaluate(([n, t]) => {
    const data = new DataTransfer();
    data.items.add(new File([t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
}

async function printed(page, name) {
  const pdf = path.join(artifacts, name);
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  const sheets = text.split('\f');
  if (sheets.length > 1 && sheets[sheets.length - 1] === '') sheets.pop();   // pdftotext ends each page with a form feed
  return { text, sheets };
}

test('Back and Forward move between questions and screens inside the page, and a reload keeps the place', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl);
  await startQuickScan(page);
  await chooseToday(page, 1, 1);
  await pressRole(page, 'button', 'Next');
  await at(page, 1);
  await pressRole(page, 'button', 'Next');
  await at(page, 2);
  assert.match(await page.title(), /^Question 3 of \d+/);

  await page.goBack();
  await at(page, 1);
  await page.goBack();
  await at(page, 0);
  assert.equal(page.url(), pageFileUrl, 'Back stayed in the page');
  assert.equal((await state(page)).answered, 1, 'the answer is still there');
  await page.goBack();
  await waitScreen(page, 'priorities');
  await page.goForward();
  await at(page, 0);
  await page.goForward();
  await at(page, 1);
  // The radio group of the question shown is the one Back brought back: its first answer is still chosen.
  await page.goBack();
  await at(page, 0);
  assert.equal(await page.getByRole('radiogroup', { name: 'Today' }).getByRole('radio', { checked: true }).count(), 1);

  await page.goForward();
  await at(page, 1);
  await page.reload();
  await at(page, 1);
  const s = await state(page);
  assert.equal(s.answered, 1);
  assert.match(await page.title(), /^Question 2 of \d+/);
  await page.goBack();
  await at(page, 0);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a link typed into the address bar opens in its own history entry, and Back returns from it', async () => {
  const { fragment } = synthResult();
  const { context, page, seen } = await open(browser, pageFileUrl);
  await startQuickScan(page);
  await page.goto(pageFileUrl + '#' + fragment);
  await waitScreen(page, 'team');
  assert.equal((await state(page)).team, 1);
  assert.equal(page.url(), pageFileUrl, 'the link was read once and left the address bar');
  await page.goBack();
  await at(page, 0);
  await page.goForward();
  await waitScreen(page, 'team');
  await page.reload();
  await waitScreen(page, 'team');   // the place is kept; the link is not read again
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('printing the results prints the report; the team view its report; elsewhere one page says there is none', async () => {
  const { json, fragment } = synthResult();
  const { context, page, seen } = await open(browser, pageFileUrl);
  const welcome = await printed(page, 'print-welcome.pdf');
  assert.match(welcome.text, /Nothing to print on this screen/);
  assert.equal(welcome.sheets.length, 1, 'one page');

  await dropFile(page, 'result-0001.json', json);
  await waitScreen(page, 'results');
  const report = await printed(page, 'print-results.pdf');
  assert.ok(report.sheets.length >= 3, `the report runs over several pages, got ${report.sheets.length}`);
  for (const [i, sheet] of report.sheets.entries()) assert.ok(sheet.trim().length > 100, `page ${i + 1} is not blank`);
  assert.match(report.text, /How these scores were computed/);
  assert.match(report.text, /What to do first|Priorities/i);
  assert.equal(await page.evaluate(() => document.getElementById('print-view').childElementCount), 0, 'the print view is emptied after printing');
  await page.screenshot({ path: path.join(artifacts, 'print-after.png') });
  assert.ok(await distinctColours(page) > 4, 'the screen is drawn as before');

  await page.goto(pageFileUrl + '#' + fragment);
  await waitScreen(page, 'team');
  const team = await printed(page, 'print-team.pdf');
  assert.ok(team.sheets.length >= 2);
  assert.match(team.text, /1 respondent/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('after a WebGL context loss the page says so, then redraws on restore and carries on with every answer', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl);
  await startQuickScan(page);
  await chooseToday(page, 2, 1);

  await page.evaluate(() => {
    window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ state: 'visible' });
  assert.match(await alert.textContent(), /display stopped/);
  await page.screenshot({ path: path.join(artifacts, 'context-lost.png') });
  const answered = (await state(page)).answered;
  await page.keyboard.press('Digit4');   // held back while nothing can be drawn
  await page.waitForTimeout(200);
  assert.equal((await state(page)).answered, answered);

  // Counted before the restore: the loop draws the restored screen in a few frames and may be asleep again by the
  // time the message has gone.
  const framesBefore = await page.evaluate(() => window.systemic.frames);
  await page.evaluate(() => window.__lose.restoreContext());
  await alert.waitFor({ state: 'hidden' });
  await page.waitForFunction((n) => window.systemic.frames > n, framesBefore);
  await page.waitForTimeout(300);
  assert.ok(await distinctColours(page) > 4, 'the canvas is drawn again, not one flat colour');
  await pressRole(page, 'button', 'Next');
  await at(page, 1);
  assert.equal((await state(page)).answered, 1);
  await page.screenshot({ path: path.join(artifacts, 'context-restored.png') });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('names in Latin Extended, Greek and Cyrillic are drawn with their own letters; other scripts as a visible box', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await openAboutYou(page);
  const european = 'Łódź, Dvořák, İstanbul, Ωmega, Київ';
  await page.getByRole('textbox', { name: 'Organisation' }).fill(european);
  await page.waitForFunction((t) => window.systemic.state().organisation === t, european);
  await page.waitForFunction(() => window.systemic.state().glyphs.extra > 0 && window.systemic.paused);
  let s = await state(page);
  assert.deepEqual(s.glyphs.missing, [], 'every letter of the European names is in the atlas');
  await page.evaluate(() => document.activeElement.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, 'glyphs-390.png') });

  await page.getByRole('textbox', { name: 'Your name' }).fill('東京 😀');
  await page.waitForFunction(() => window.systemic.state().glyphs.missing.length === 3);
  s = await state(page);
  assert.deepEqual(s.glyphs.missing, ['U+4EAC', 'U+6771', 'U+1F600']);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('systemic.v1.session')).result.respondent);
  assert.equal(stored.organisation, european, 'stored exactly');
  assert.equal(stored.name, '東京 😀', 'stored exactly, beyond U+FFFF too');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a mouse user pointing at controls by role and name (Playwright click) gets exactly one activation each', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await waitScreen(page, 'sector');
  await page.getByRole('radio', { name: /\(B2B\)/ }).click();
  await page.getByRole('radio', { name: /^Quick scan/ }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await waitScreen(page, 'about');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await waitScreen(page, 'priorities');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await waitScreen(page, 'questions');
  await page.getByRole('radiogroup', { name: 'Today' }).getByRole('radio').nth(2).click();
  await page.waitForFunction(() => window.systemic.state().answered === 1);
  await page.mouse.move(700, 450);
  await page.mouse.wheel(0, 3000);   // Next may lie below the fold: scroll to it as a mouse user does
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await at(page, 1);   // one press, one step: not two
  await page.waitForTimeout(300);
  assert.equal((await state(page)).position, 1);
  assert.equal(await page.evaluate(() => document.activeElement === document.getElementById('canvas') || document.activeElement === document.body), true,
    'a pointer press does not leave the DOM focus on the control');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('long screens show a scrollbar, and a flick on a touch screen glides on and slows down', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await startQuickScan(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, 'scrollbar-390.png') });
  const heading = async () => (await target(page, 'Today 3')).y;
  const y0 = await heading();
  // A quick upward flick, 25 CSS px every 8 ms, the finger lifting while still moving. The pointer events are made in
  // the page because CDP's touch events here arrive 150 ms apart, far slower than any finger.
  await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    const fire = (type, y) => canvas.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', clientX: 30,
      clientY: y, isPrimary: true, bubbles: true, cancelable: true }));
    const wait = (ms) => { const end = performance.now() + ms; while (performance.now() < end) { /* a finger's pace */ } };
    fire('pointerdown', 700);
    for (let k = 1; k <= 6; k++) { wait(8); fire('pointermove', 700 - 25 * k); }
    wait(8);
    fire('pointerup', 550);
  });
  await page.waitForFunction(() => window.systemic.paused, null, { timeout: 10000 });   // the glide comes to rest
  const yEnd = await heading();
  assert.ok(y0 - yEnd > 150 + 40, `the page moved further than the finger did, 150 px (${y0} → ${yEnd})`);
  await page.screenshot({ path: path.join(artifacts, 'scrollbar-after-flick-390.png') });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a touch drag that starts on a text field scrolls the page, and does not put the cursor in the field', async () => {
  // 560 px tall, so the question screen scrolls with the note in view.
  const { context, page, seen } = await open(browser, pageFileUrl, { viewport: { width: 390, height: 560 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await startQuickScan(page);
  const cdp = await context.newCDPSession(page);
  // Real touches through the browser (CDP), so the field's own touch handling (the browser takes the gesture and
  // cancels the pointer) is what the page meets on a phone.
  const drag = async (x, y0, y1) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    for (let k = 1; k <= 8; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (y1 - y0) * k / 8 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(() => window.systemic.paused, null, { timeout: 10000 });
  };
  const note = page.getByRole('textbox', { name: /^Note/ });
  await note.waitFor({ state: 'attached' });
  for (let i = 0; i < 20 && (await note.boundingBox()).y > 300; i++) await drag(6, 400, 150);   // bring the note up
  const before = await note.boundingBox();
  assert.ok(before.y < 420, `the note is in view (${before.y})`);
  // Down from the middle of the note: the page follows the finger, 150 px.
  await drag(before.x + before.width / 2, before.y + before.height / 2, before.y + before.height / 2 + 150);
  const after = await note.boundingBox();
  assert.ok(after.y - before.y > 100, `the page scrolled with a drag started on the note (${before.y} → ${after.y})`);
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'a drag is not a tap: no cursor in the note');
  // A tap on the note still puts the cursor there.
  for (let i = 0; i < 20 && (await note.boundingBox()).y > 300; i++) await drag(6, 400, 150);
  const shown = await note.boundingBox();
  await page.touchscreen.tap(shown.x + shown.width / 2, shown.y + shown.height / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'TEXTAREA', null, { timeout: 5000 });
  await page.screenshot({ path: path.join(artifacts, 'drag-on-note-390.png') });
  assert.deepEqual(seen.errors, []);
  await context.close();
});
