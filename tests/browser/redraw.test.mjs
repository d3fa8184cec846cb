// redraw.test.mjs — issue 15: a frame that changes part of the canvas redraws only that rectangle (the canvas keeps
// the rest: preserveDrawingBuffer), and the picture built up from such pieces is, pixel for pixel, the one a whole
// redraw gives. A lost and restored WebGL context empties the canvas and changes nothing else, so the page then
// draws all of it again from the same state: the picture to compare with.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, click, target, waitIdle, quickScanToQuestions, pageFileUrl, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const counts = (page) => page.evaluate(() => ({ run: window.systemic.frames, drawn: window.systemic.framesDrawn,
  pixels: window.systemic.pixelsDrawn }));

// The frames one input costs, the frames sent to the GPU and the backing-store pixels they covered.
async function costOf(page, act) {
  const before = await counts(page);
  await act();
  await page.waitForFunction((n) => window.systemic.frames > n, before.run);
  await waitIdle(page);
  const after = await counts(page);
  return { run: after.run - before.run, drawn: after.drawn - before.drawn, pixels: after.pixels - before.pixels };
}

for (const [size, viewport, scale] of [['1440', { width: 1440, height: 900 }, 1], ['390', { width: 390, height: 844 }, 3]]) {
  test(`hovers and choices redraw part of the canvas, and the pieces make the picture a whole redraw gives (${size} px)`, async () => {
    const { context, page, seen } = await open(browser, pageFileUrl, { viewport, deviceScaleFactor: scale });
    await quickScanToQuestions(page, click);
    await page.mouse.move(1, 1);
    await waitIdle(page);
    const canvasPixels = await page.evaluate(() => { const c = document.getElementById('canvas'); return c.width * c.height; });

    // Level cards in view (below the fold on a phone, some are not): hover each, then choose it.
    const s = await page.evaluate(() => window.systemic.state());
    const cards = s.targets.filter((t) => /^(Today|Target) [1-5]$/.test(t.label) && t.y > 0 && t.y + t.h < s.view_bottom)
      .map((t) => t.label).slice(0, 3);
    assert.ok(cards.length >= 2, `level cards in view: ${cards.join(', ')}`);
    const hovers = [];
    for (const label of cards) {
      const t = await target(page, label);
      const hover = await costOf(page, () => page.mouse.move(t.x, t.y));
      hovers.push(hover);
      await costOf(page, () => page.mouse.click(t.x, t.y));
    }
    const key = await costOf(page, () => page.keyboard.press('5'));   // a level no card click chose
    await costOf(page, () => page.mouse.move(1, 1));
    console.log(`${size} px: canvas ${canvasPixels} px; hovers ${JSON.stringify(hovers)}; key 5 ${JSON.stringify(key)}`);
    for (const h of hovers) {
      assert.ok(h.run <= 3, `frames for a hover: ${h.run}`);
      if (h.drawn > 0) assert.ok(h.pixels / h.drawn < canvasPixels / 4, `a hover redraws a small part: ${h.pixels / h.drawn} of ${canvasPixels}`);
    }
    assert.ok(hovers.some((h) => h.drawn > 0), 'a hover over a level card changes the picture');
    assert.ok(key.run <= 3, `frames for a key press: ${key.run}`);
    assert.equal((await page.evaluate(() => window.systemic.state())).today, 5);
    assert.ok(key.drawn >= 1, 'choosing a level by key draws it');
    const pieces = await page.screenshot();

    const before = await counts(page);
    await page.evaluate(() => {
      window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await page.getByRole('alert').waitFor({ state: 'visible' });
    await page.evaluate(() => window.__lose.restoreContext());
    await page.getByRole('alert').waitFor({ state: 'hidden' });
    await page.waitForFunction((n) => window.systemic.framesDrawn > n, before.drawn);
    await waitIdle(page);
    const after = await counts(page);
    assert.equal(after.pixels - before.pixels, canvasPixels * (after.drawn - before.drawn), 'after a restore the canvas is drawn whole');
    const whole = await page.screenshot();
    if (!pieces.equals(whole)) {
      fs.mkdirSync(artifacts, { recursive: true });
      fs.writeFileSync(path.join(artifacts, `redraw-pieces-${size}.png`), pieces);
      fs.writeFileSync(path.join(artifacts, `redraw-whole-${size}.png`), whole);
    }
    assert.ok(pieces.equals(whole), `the same picture, pixel for pixel (build/test-artifacts/redraw-pieces-${size}.png, redraw-whole-${size}.png)`);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}
