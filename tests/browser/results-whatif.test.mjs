// results-whatif.test.mjs — the results screen's "What if?" section in real headless Chromium at 1440 × 900 and
// 390 × 844 (touch, DPR 3), by role and label as a screen-reader user meets it: raise an area and see the figures
// move; Reset leaves nothing saved; "Use as my 12-month target" is saved and kept across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, state, click, tap, waitScreen, waitIdle, pageFileUrl, artifacts, pressRole, quickScanToResults } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const SIZES = [['1440', DESKTOP, click], ['390', PHONE, tap]];
const SLOW = { timeout: 90000 };   // the machine may be loaded: waits are generous, the assertions are not
const TABLE = 'What if: your figures now and after the change';

const stored = (page) => page.evaluate(() => localStorage.getItem('systemic.v1.session'));

// A screenshot with the section's buttons in view: focusing one scrolls it into view at the foot of the screen,
// then the wheel shows the lines under it.
async function shot(page, name, button = 'Use as my 12-month target') {
  await page.getByRole('button', { name: button }).focus();
  await page.waitForTimeout(300);
  const vp = page.viewportSize();
  await page.mouse.move(vp.width / 2, vp.height / 2);
  await page.mouse.wheel(0, vp.height / 4);
  await page.waitForTimeout(300);
  await waitIdle(page);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

// "38.3 %" -> 38.3
const percent = (text) => Number.parseFloat(text);

// The row of the what-if table named `name`: [now, what if] as the cells read.
async function figures(page, name) {
  const table = page.getByRole('table', { name: TABLE });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return row.getByRole('cell').allTextContents();
}

// Waits for the frame after a press to reach the DOM tree: the overall index's what-if cell has moved up ('up')
// or reads the same as today ('same').
async function waitOverall(page, mode) {
  await page.waitForFunction(([caption, want]) => {
    const table = [...document.querySelectorAll('#sem [role=table]')].find((t) => t.getAttribute('aria-label') === caption);
    if (!table) return false;
    const row = [...table.querySelectorAll('[role=row]')].find((r) => r.querySelector('[role=rowheader]')?.textContent === 'Overall index');
    const cells = row ? [...row.querySelectorAll('[role=cell]')] : [];
    if (cells.length !== 2) return false;
    return want === 'up' ? cells[1].textContent.includes('(up ') : cells[0].textContent === cells[1].textContent;
  }, [TABLE, mode], SLOW);
}

for (const [size, options, press] of SIZES) {
  test(`what if: raise an area, the figures move; Reset saves nothing; adopt as target survives a reload (${size} px)`, async () => {
    const { context, page, seen } = await open(browser, pageFileUrl, options);
    // The first question at level 1, the others at 2 to 4 (one weakest area); each target the same as today, so
    // one level up is above every target.
    const level = (i) => (i === 0 ? 1 : 2 + (i % 3));
    await quickScanToResults(page, press, level, level);

    // Focusing the section's button brings it into view; the weakest area is the one tried first.
    await page.getByRole('button', { name: 'Raise one level' }).focus();
    await page.getByRole('heading', { name: 'What if?' }).waitFor(SLOW);
    const chosen = page.getByRole('radiogroup', { name: 'Area to try' }).getByRole('radio', { checked: true });
    assert.equal(await chosen.count(), 1);
    const area = (await chosen.textContent()).split(' \u00B7 ')[0];
    const [overallNow, overallSame] = await figures(page, 'Overall index');
    assert.equal(overallSame, overallNow, 'nothing tried yet: the what-if column is today');
    const [systemicNow] = await figures(page, 'Systemic index');
    const [weakestNow] = await figures(page, 'Weakest link');
    assert.equal(weakestNow, area);
    await waitIdle(page);
    const saved = await stored(page);
    assert.ok(saved, 'the answers were saved before');

    // Raise: the overall and systemic index go up, with the one-line reason; nothing is saved.
    await pressRole(page, 'button', 'Raise one level');
    await waitOverall(page, 'up');
    const [, overallAfter] = await figures(page, 'Overall index');
    const [, systemicAfter] = await figures(page, 'Systemic index');
    assert.ok(percent(overallAfter) > percent(overallNow), `${overallAfter} > ${overallNow}`);
    assert.ok(percent(systemicAfter) > percent(systemicNow), `${systemicAfter} > ${systemicNow}`);
    // The change shown beside the figure is after - now, to one decimal.
    const up = Number.parseFloat(overallAfter.split('(up ')[1]);
    assert.ok(Math.abs(up - (percent(overallAfter) - percent(overallNow))) <= 0.11, overallAfter);
    const reason = page.getByRole('main').getByText(new RegExp(`^Raising ${area}, your weakest area, by one level lifts the systemic index by [0-9.]+ and the overall index by [0-9.]+ percentage points?\\.`));
    await reason.waitFor(SLOW);
    // The live region reads the same line to a screen reader.
    assert.equal(await page.locator('#live').textContent(), await reason.textContent());
    await shot(page, `results-whatif-${size}`);
    await waitIdle(page);
    assert.equal(await stored(page), saved, 'trying a change saves nothing');

    // Reset: back to today's figures, still nothing saved.
    await pressRole(page, 'button', 'Reset');
    await waitOverall(page, 'same');
    assert.equal(await reason.count(), 0);
    await waitIdle(page);
    assert.equal(await stored(page), saved, 'Reset leaves nothing saved');

    // Adopt: the targets of the raised questions become the what-if level, saved like an answer.
    await pressRole(page, 'button', 'Raise one level');
    await waitOverall(page, 'up');
    await pressRole(page, 'button', 'Use as my 12-month target');
    await page.getByRole('main').getByText(/^Saved: the 12-month targets? of \d+ questions? (is|are) now (its|their) what-if levels?\./).waitFor(SLOW);
    await shot(page, `results-whatif-adopted-${size}`, 'Raise one level');
    await page.waitForFunction((before) => localStorage.getItem('systemic.v1.session') !== before, saved, SLOW);
    // Answers are keyed by question id.
    const before = JSON.parse(saved).result.answers;
    const adopted = JSON.parse(await stored(page)).result.answers;
    const raised = Object.keys(adopted).filter((id) => adopted[id].target !== before[id].target);
    assert.ok(raised.length >= 1, 'some targets were raised');
    for (const id of raised) {
      assert.equal(adopted[id].today, before[id].today, 'today is not changed');
      assert.equal(adopted[id].target, before[id].today + 1, 'the target is the what-if level');
    }

    // Reload: the page returns to the results; the targets are kept and the what-if starts afresh.
    await page.reload();
    await page.waitForFunction(() => window.systemic && window.systemic.frames > 0, null, SLOW);
    await waitScreen(page, 'results');
    assert.deepEqual(JSON.parse(await stored(page)).result.answers, adopted);
    await page.getByRole('button', { name: 'Raise one level' }).focus();
    await page.getByRole('main').getByText(/^Trying: nothing yet\./).waitFor(SLOW);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}
