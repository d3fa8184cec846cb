// frames.test.mjs — the render loop draws what input changes and nothing more: at most 3 canvas draws per scripted
// input when nothing animates (counted with window.systemic.frames from rest to rest: a count, not a timing), none
// while idle, and the picture at rest is the settled one (hover highlights, tooltips, touch scrolling still show).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, state, target, click, tap, waitIdle, waitScreen, pageFileUrl, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const MAX_DRAWS_PER_INPUT = 3;

// Canvas draws caused by one input: from the loop asleep, through `act` and the effect `done` waits for, to the loop
// asleep again. Playwright dispatches each DOM event synchronously, so the loop is awake when `act` returns.
async function drawsFor(page, act, done = async () => {}) {
  await waitIdle(page);
  const f0 = await page.evaluate(() => window.systemic.frames);
  await act();
  await done();
  await waitIdle(page);
  return (await page.evaluate(() => window.systemic.frames)) - f0;
}

// Pixels of a rectangle of the page (CSS pixels) as a PNG: equal buffers mean an equal picture.
const picture = (page, r) => page.screenshot({ clip: { x: r.left, y: r.top, width: r.w, height: r.h } });

async function toQuestions(page) {
  for (const label of ['Start', 'b2b', 'Full assessment', 'Continue', 'Continue', 'Continue']) await click(page, label);
  await waitScreen(page, 'questions');
}

test('clicks and keys on the question screen cost at most 3 draws each, and idle costs none', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await toQuestions(page);
  await waitIdle(page);
  const counts = {};
  // Click a level card for today, then one for the target, with the mouse (a move, a press and a release).
  const level3 = await target(page, 'Level 3');
  counts['click today'] = await drawsFor(page, () => page.mouse.click(level3.x, level3.y),
    () => page.waitForFunction(() => window.systemic.state().today === 3));
  const level4 = await target(page, 'Level 4');
  counts['click target'] = await drawsFor(page, () => page.mouse.click(level4.x, level4.y),
    () => page.waitForFunction(() => window.systemic.state().target === 4));
  // Keys: today, the target, and Enter to the next question (a new screen's worth of text).
  counts['key 2'] = await drawsFor(page, () => page.keyboard.press('2'),
    () => page.waitForFunction(() => window.systemic.state().today === 2));
  counts['key Shift+5'] = await drawsFor(page, () => page.keyboard.press('Shift+Digit5'),
    () => page.waitForFunction(() => window.systemic.state().target === 5));
  counts['key Enter'] = await drawsFor(page, () => page.keyboard.press('Enter'),
    () => page.waitForFunction(() => window.systemic.state().position === 1));
  // A mouse move over empty space changes nothing on screen.
  counts['move over nothing'] = await drawsFor(page, () => page.mouse.move(8, 600));
  counts['move over nothing again'] = await drawsFor(page, () => page.mouse.move(12, 620));
  // One wheel notch scrolls the question.
  counts['wheel'] = await drawsFor(page, () => page.mouse.wheel(0, 100));
  console.log('draws per input:', JSON.stringify(counts));
  for (const [input, n] of Object.entries(counts)) assert.ok(n <= MAX_DRAWS_PER_INPUT, `${input}: ${n} draws`);
  for (const input of ['click today', 'click target', 'key 2', 'key Shift+5', 'key Enter'])
    assert.ok(counts[input] >= 1, `${input} changed the screen, so it drew`);
  assert.equal(counts['move over nothing again'], 0, 'a move that changes nothing draws nothing');

  const f0 = await page.evaluate(() => window.systemic.frames);
  const t0 = await page.evaluate(() => window.systemic.ticks);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.systemic.frames), f0, 'no draws while idle');
  assert.equal(await page.evaluate(() => window.systemic.ticks), t0, 'no ticks while idle');
  await context.close();
});

test('the picture at rest is the settled one: hover highlight, then the same after more passes', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await toQuestions(page);
  await page.mouse.move(5, 5);
  await waitIdle(page);
  const next = await target(page, 'Level 2');
  const before = await picture(page, next);
  const draws = await drawsFor(page, () => page.mouse.move(next.x, next.y));
  const hovered = await picture(page, next);
  assert.ok(draws >= 1 && draws <= MAX_DRAWS_PER_INPUT, `hover: ${draws} draws`);
  assert.ok(!before.equals(hovered), 'moving onto the button highlights it');
  // Wake the loop without changing anything: it runs passes, finds the same picture, and neither draws nor changes.
  const frames = await page.evaluate(() => window.systemic.frames);
  const passes = await page.evaluate(() => window.systemic.passes);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await waitIdle(page);
  assert.ok(await page.evaluate(() => window.systemic.passes) > passes, 'the loop woke up and ran');
  assert.equal(await page.evaluate(() => window.systemic.frames), frames, 'nothing new to draw');
  assert.ok(hovered.equals(await picture(page, next)), 'the picture at rest did not change');
  await page.mouse.move(5, 5);
  await waitIdle(page);
  assert.ok(before.equals(await picture(page, next)), 'moving away takes the highlight off');
  await context.close();
});

test('redrawing only what changed leaves the same picture as redrawing everything', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await toQuestions(page);
  const canvasPixels = 1440 * 900;
  // Hover, choose, type: each draw covers only part of the canvas...
  const partial = [];
  for (const label of ['Level 2', 'Level 4', 'Level 1']) {
    const t = await target(page, label);
    await drawsFor(page, () => page.mouse.move(t.x, t.y));
    partial.push(await page.evaluate(() => window.systemic.lastDrawPixels));
    await drawsFor(page, () => page.mouse.click(t.x, t.y));
    partial.push(await page.evaluate(() => window.systemic.lastDrawPixels));
  }
  await drawsFor(page, () => page.keyboard.press('3'));
  await drawsFor(page, () => page.mouse.move(5, 5));
  console.log('pixels per draw:', JSON.stringify(partial));
  assert.ok(Math.min(...partial) < canvasPixels / 4, 'a hover redraws a small part of the canvas');
  const pieces = await page.screenshot();
  // ... and the picture is the one a whole redraw gives. A lost and restored WebGL context empties the canvas and
  // changes nothing else, so the page draws all of it again from the same state. (Another window width would also
  // redraw everything, but it moves the semantic layer's visible bottom, which shows the keyboard focus ring.)
  const drawn = await page.evaluate(() => window.systemic.frames);
  await page.evaluate(() => {
    window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await page.getByRole('alert').waitFor({ state: 'visible' });
  await page.evaluate(() => window.__lose.restoreContext());
  await page.getByRole('alert').waitFor({ state: 'hidden' });
  await page.waitForFunction((n) => window.systemic.frames > n, drawn);
  await waitIdle(page);
  assert.equal(await page.evaluate(() => window.systemic.lastDrawPixels), canvasPixels, 'the last draw was whole');
  const whole = await page.screenshot();
  if (!pieces.equals(whole)) {
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, 'frames-pieces.png'), pieces);
    fs.writeFileSync(path.join(artifacts, 'frames-whole.png'), whole);
  }
  assert.ok(pieces.equals(whole), 'the same picture, pixel for pixel (build/test-artifacts/frames-pieces.png, frames-whole.png)');
  await context.close();
});

test('a chart tooltip appears on hover and settles within the same input', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await click(page, 'Start');
  await click(page, 'b2b');
  await click(page, 'Quick scan');
  for (const label of ['Continue', 'Continue', 'Continue']) await click(page, label);
  await waitScreen(page, 'questions');
  const total = (await state(page)).total;
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(String(1 + (i % 4)));
    await page.keyboard.press(`Shift+Digit${2 + (i % 4)}`);
    await page.keyboard.press('Enter');
    if (i + 1 < total) await page.waitForFunction((p) => window.systemic.state().position === p, i + 1);
  }
  await waitScreen(page, 'review');
  await click(page, 'See results');
  await waitScreen(page, 'results');
  // Scroll the radar into view with the wheel, then hover one of its axes.
  const vp = page.viewportSize();
  await page.mouse.move(vp.width / 2, vp.height / 2);
  for (let i = 0; i < 40; i++) {
    const t = await target(page, 'Radar insight');
    if (t.top > 100 && t.top + t.h < vp.height - 100) break;
    await page.mouse.wheel(0, 100);
    await waitIdle(page);
  }
  const axis = await target(page, 'Radar insight');
  await page.mouse.move(5, 5);
  await waitIdle(page);
  assert.equal((await state(page)).tooltip, false);
  const whole = { left: 0, top: 0, w: vp.width, h: vp.height };
  const rest = await picture(page, whole);
  const draws = await drawsFor(page, () => page.mouse.move(axis.x, axis.y));
  assert.ok(draws >= 1 && draws <= MAX_DRAWS_PER_INPUT, `hovering the radar: ${draws} draws`);
  assert.equal((await state(page)).tooltip, true, 'the tooltip is shown once the loop sleeps');
  const shown = await picture(page, whole);
  await page.screenshot({ path: path.join(artifacts, 'frames-tooltip-1440.png') });
  assert.ok(!rest.equals(shown), 'the tooltip is on the canvas');
  const away = await drawsFor(page, () => page.mouse.move(5, 5));
  assert.ok(away >= 1 && away <= MAX_DRAWS_PER_INPUT, `moving away: ${away} draws`);
  assert.equal((await state(page)).tooltip, false);
  assert.ok(rest.equals(await picture(page, whole)), 'and the picture is as before');
  await context.close();
});

test('touch drags scroll, each move at most one draw', async () => {
  const { context, page } = await open(browser, pageFileUrl,
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  for (const label of ['Start', 'b2b', 'Quick scan', 'Continue', 'Continue', 'Continue']) await tap(page, label);
  await waitScreen(page, 'questions');
  const cdp = await context.newCDPSession(page);
  await waitIdle(page);
  const first = await target(page, 'Level 3');
  const f0 = await page.evaluate(() => window.systemic.frames);
  const moves = 8;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 20, y: 700 }] });
  for (let k = 1; k <= moves; k++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 20, y: 700 - 40 * k }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await waitIdle(page);
  const draws = (await page.evaluate(() => window.systemic.frames)) - f0;
  const moved = await target(page, 'Level 3');
  assert.ok(moved.y < first.y - 100, `the page scrolled (Level 3: ${first.y} -> ${moved.y})`);
  assert.ok(draws >= 1 && draws <= moves + 2, `${draws} draws for ${moves} moves`);
  await page.screenshot({ path: path.join(artifacts, 'frames-touch-scrolled-390.png') });
  await context.close();
});

test('focus and answers from the DOM tree wake the loop, and the tree follows each change before the loop sleeps', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await toQuestions(page);
  await waitIdle(page);
  const radios = page.getByRole('radiogroup', { name: 'Today' }).getByRole('radio');
  // Focus moved from the DOM (a screen reader, Tab): the canvas shows it and the DOM node stays the focused one.
  const syncs0 = await page.evaluate(() => window.systemic.semanticSyncs);
  const focusDraws = await drawsFor(page, () => radios.nth(2).focus());
  assert.ok(focusDraws <= MAX_DRAWS_PER_INPUT, `focus from the DOM: ${focusDraws} draws`);
  assert.ok(await radios.nth(2).evaluate((el) => el === document.activeElement), 'the DOM focus stayed on the radio');
  // An answer given from the DOM: drawn, and the tree shows it checked by the time the loop is asleep again.
  const answerDraws = await drawsFor(page, () => page.keyboard.press('Space'),
    () => page.waitForFunction(() => window.systemic.state().today === 3));
  assert.ok(answerDraws >= 1 && answerDraws <= MAX_DRAWS_PER_INPUT, `answer from the DOM: ${answerDraws} draws`);
  const checked = await page.evaluate(() => document.querySelectorAll('#sem [role=radio][aria-checked=true]').length);
  assert.ok(checked >= 1, 'the tree followed without another input');
  assert.ok(await page.evaluate(() => window.systemic.semanticSyncs) > syncs0, 'node lists were sent');
  // At rest nothing is sent again: the same nodes are not rebuilt.
  const syncs1 = await page.evaluate(() => window.systemic.semanticSyncs);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await waitIdle(page);
  assert.equal(await page.evaluate(() => window.systemic.semanticSyncs), syncs1, 'no node list for a pass that changed nothing');
  await context.close();
});
