// compare.test.mjs — "Progress since an earlier assessment" on the results screen, in real headless Chromium at
// 1440 × 900 and 390 × 844 (touch, DPR 3), by role and label: an earlier results file downloaded from the page itself
// is opened through the section's file chooser, its table reads earlier → now with the change in words, it is back
// after a reload (in dark colours then), the downloaded report holds it, and Remove takes it away; axe-core finds no
// serious or critical violation on the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, state, click, tap, waitScreen, waitIdle, pageFileUrl, artifacts, quickScanToResults, seriousAxeViolations } from './lib.mjs';

let browser;
let earlierFile;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const SLOW = { timeout: 90000 };   // the machine may be loaded: waits are generous, the assertions are not
const INDICES = 'Progress: your two indices, earlier and now';
const AREAS = 'Progress: areas, earlier and now';
const HEADING = 'Progress since an earlier assessment';

const percent = (text) => Number.parseFloat(text);

// A quick scan of B2B answered from the keyboard: question i at level(i) today, one level up in 12 months.
const quickScan = (page, press, level) => quickScanToResults(page, press, level, (i) => Math.min(5, level(i) + 1));

// The row of a comparison table named `name`: [earlier, now, target, change] as the cells read.
async function cells(page, caption, name) {
  const table = page.getByRole('table', { name: caption });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return row.getByRole('cell').allTextContents();
}

// A screenshot with the section's heading near the top of the screen: the wheel scrolls until its place settles.
async function shot(page, name) {
  const heading = page.getByRole('heading', { name: HEADING });
  await page.getByRole('button', { name: 'Remove comparison' }).focus();
  await page.waitForTimeout(300);
  const vp = page.viewportSize();
  for (let i = 0; i < 12; i++) {
    const box = await heading.boundingBox();
    if (box && box.y >= 0 && box.y < vp.height * 0.2) break;
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, box ? Math.max(-vp.height, Math.min(vp.height, box.y - vp.height * 0.08)) : -vp.height / 2);
    await page.waitForTimeout(250);
  }
  await waitIdle(page);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

test('an earlier results file, downloaded from the page', async () => {
  // The earlier assessment: every question one level lower than the one compared below.
  const { context, page, seen } = await open(browser, pageFileUrl, { ...DESKTOP, acceptDownloads: true });
  await quickScan(page, click, (i) => 1 + (i % 3));
  const download = page.waitForEvent('download');
  await click(page, 'Download JSON');
  const file = await download;
  earlierFile = path.join(artifacts, 'compare-earlier.json');
  await file.saveAs(earlierFile);
  const earlier = JSON.parse(fs.readFileSync(earlierFile, 'utf8'));
  assert.equal(earlier.questionnaire.id, 'b2b');
  assert.equal(earlier.mode, 'quick');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

for (const [size, options, press] of [['1440', DESKTOP, click], ['390', PHONE, tap]]) {
  test(`progress: open the earlier file, read the table, reload, download the report, remove (${size} px)`, async () => {
    assert.ok(earlierFile, 'the earlier file was made first');
    const { context, page, seen } = await open(browser, pageFileUrl, { ...options, acceptDownloads: true });
    await quickScan(page, press, (i) => 2 + (i % 3));
    await page.getByRole('heading', { name: HEADING }).waitFor({ state: 'attached', ...SLOW });
    assert.equal(await page.getByRole('table', { name: INDICES }).count(), 0, 'nothing compared yet');

    // The section's button opens the browser's file chooser; the chosen file is the earlier side.
    const chooser = page.waitForEvent('filechooser', SLOW);
    await press(page, 'Compare earlier');
    await (await chooser).setFiles(earlierFile);
    await page.getByRole('table', { name: INDICES }).waitFor({ state: 'attached', ...SLOW });
    assert.equal((await state(page)).screen, 'results', 'the current answers stay open');

    const [earlier, now, target, change] = await cells(page, INDICES, 'Overall index');
    assert.ok(percent(now) > percent(earlier), `${now} > ${earlier}`);
    assert.ok(percent(target) >= percent(now), `target ${target} >= ${now}`);
    const rose = /^Rose by ([0-9.]+)$/.exec(change);
    assert.ok(rose, change);
    assert.ok(Math.abs(Number(rose[1]) - (percent(now) - percent(earlier))) <= 0.11, `${change}: ${now} - ${earlier}`);
    assert.match((await cells(page, INDICES, 'Systemic index'))[3], /^(Rose by [0-9.]+|Unchanged)$/);
    const areaRows = page.getByRole('table', { name: AREAS }).getByRole('rowheader');
    assert.equal(await areaRows.count(), 8, 'a row per area');
    await page.getByRole('main').getByText(/^You acted on 3 of the 3 first steps your earlier results put first\.$/).waitFor({ state: 'attached', ...SLOW });
    await page.getByRole('main').getByText(new RegExp(`^Earlier: ${path.basename(earlierFile).replace('.', '\\.')}, \\d{4}-\\d\\d-\\d\\d, quick scan\\.`))
      .waitFor({ state: 'attached', ...SLOW });
    await shot(page, `results-compare-${size}`);
    // And the section's end: the first steps and its buttons.
    await page.getByRole('button', { name: /^Compare with another earlier result/ }).focus();
    await page.waitForTimeout(300);
    await waitIdle(page);
    await page.screenshot({ path: path.join(artifacts, `results-compare-end-${size}.png`) });
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe-core: no serious or critical violation with the comparison shown');

    // Kept in this browser: after a reload (now in dark colours) the comparison is back with the same figures.
    await page.waitForFunction(() => !!localStorage.getItem('systemic.v1.earlier'), null, SLOW);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.waitForFunction(() => window.systemic && window.systemic.frames > 0, null, SLOW);
    await waitScreen(page, 'results');
    await page.getByRole('table', { name: INDICES }).waitFor({ state: 'attached', ...SLOW });
    assert.deepEqual(await cells(page, INDICES, 'Overall index'), [earlier, now, target, change]);
    await shot(page, `results-compare-dark-${size}`);

    // The printable report from the results screen holds the comparison.
    const download = page.waitForEvent('download', SLOW);
    await press(page, 'Download report');
    const report = fs.readFileSync(await (await download).path(), 'utf8');
    assert.ok(report.includes('<h2>Progress over time</h2>'), 'the report has the comparison');
    assert.ok(report.includes('Overall index'), 'with its indices');

    // Remove: the section offers to open one again, and nothing is kept.
    await press(page, 'Remove comparison');
    await page.getByRole('main').getByText(/^Comparison removed\. Your current results are unchanged\.$/).waitFor({ state: 'attached', ...SLOW });
    assert.equal(await page.getByRole('table', { name: INDICES }).count(), 0);
    await page.waitForFunction(() => localStorage.getItem('systemic.v1.earlier') === null, null, SLOW);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}
