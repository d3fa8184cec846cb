// benchmark.test.mjs — benchmarks without a server (issue 16 item 2) in real headless Chromium at 1440 × 900 (light)
// and 390 × 844 (touch, DPR 3, dark): a quick scan answered, a benchmark file made by the command-line tool opened
// through the page's file chooser, its table read by role and label, kept across a reload, in the downloaded report;
// on the team view, 4 respondents refused as a benchmark with the reason, 5 downloaded as one. axe-core finds no
// serious or critical violation with the comparison shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, click, tap, waitScreen, waitIdle, waitForFrames, pageFileUrl, cliPath, artifacts, pressRole, quickScanToResults, seriousAxeViolations, tableRows } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 }, acceptDownloads: true, colorScheme: 'light' };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, acceptDownloads: true, colorScheme: 'dark' };
const SIZES = [['1440', DESKTOP, click], ['390', PHONE, tap]];
const SLOW = { timeout: 90000 };   // the machine may be loaded: waits are generous, the assertions are not
const TABLE = 'Where your scores stand in the benchmark';
const HEADERS = ['Score', 'Yours', 'Position', 'Benchmark'];
const POSITION = /^(in the lowest quarter \(1st quartile\)|below the middle \(2nd quartile\)|above the middle \(3rd quartile\)|in the highest quarter \(4th quartile\))$/;

// Six synthetic b2b respondents from the command-line tool, and the benchmark `systemic benchmark build` makes of them.
function made() {
  const dir = fs.mkdtempSync(path.join(artifacts, 'benchmark-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', '6', '--seed', '16', '--out', dir]);
  const results = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  const bench = path.join(dir, 'bench.json');
  execFileSync(cliPath, ['benchmark', 'build', 'b2b', ...results, '--out', bench, '--date', '2026-12-01'], { stdio: 'ignore' });
  return { results, bench };
}

// A screenshot with the section in view: focusing its last button scrolls it to the foot of the screen, with the
// table above it.
async function shot(page, name) {
  await page.getByRole('button', { name: 'Remove benchmark' }).focus();
  await page.waitForTimeout(300);
  await waitIdle(page);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

// The team view's foot, where the benchmark button and its message are.
async function teamShot(page, name) {
  await page.getByRole('button', { name: 'Download as a benchmark' }).focus();
  await page.waitForTimeout(300);
  const vp = page.viewportSize();
  await page.mouse.move(vp.width / 2, vp.height / 2);
  await page.mouse.wheel(0, vp.height);
  await page.waitForTimeout(300);
  await waitIdle(page);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

for (const [size, options, press] of SIZES) {
  test(`benchmark: opened from a file, read as a table, kept across a reload, in the report; team download (${size} px)`, async () => {
    const { results, bench } = made();
    const { context, page, seen } = await open(browser, pageFileUrl, options);
    await quickScanToResults(page, press, (i) => 1 + (i % 5), (i) => Math.min(5, 2 + (i % 5)));

    // No benchmark yet: the section offers to open one, through the page's own file chooser.
    await page.getByRole('heading', { name: 'Compared with other businesses' }).waitFor({ state: 'attached', ...SLOW });
    assert.equal(await page.getByRole('table', { name: TABLE }).count(), 0);
    const chooser = page.waitForEvent('filechooser', SLOW);
    await pressRole(page, 'button', 'Open a benchmark file\u2026');
    await (await chooser).setFiles(bench);
    await page.getByRole('table', { name: TABLE }).waitFor({ state: 'attached', ...SLOW });
    assert.deepEqual((await state(page)).benchmark, { n: 6, created: '2026-12-01' });
    await page.getByRole('main').getByText('Benchmark: 6 results, built 1 Dec 2026 (bench.json).').waitFor({ state: 'attached', ...SLOW });
    await page.getByRole('main').getByText(/^Quartiles split the businesses in the benchmark into four equal groups/).waitFor({ state: 'attached' });

    // By role and label: each row's header names the score; the position is one of four plain phrases; n is there.
    assert.deepEqual(await page.getByRole('table', { name: TABLE }).getByRole('columnheader').allTextContents(), HEADERS);
    const rows = await tableRows(page, TABLE);
    const names = Object.keys(rows);
    assert.equal(names[0], 'Overall index');
    assert.equal(names[1], 'Systemic index');
    const areas = JSON.parse(fs.readFileSync(bench, 'utf8')).areas.length;
    assert.equal(names.length, 2 + areas, names.join(', '));   // both indices and every area of b2b
    for (const name of names) {
      const [yours, where, compared] = rows[name];
      assert.match(yours, /^\d+(\.\d)? %$/, `${name}: ${yours}`);
      assert.match(where, POSITION, `${name}: ${where}`);
      assert.match(compared, /^6 results, middle \d+(\.\d)? %$/, `${name}: ${compared}`);
    }
    const shownPositions = names.map((n) => rows[n][1]);
    await shot(page, `benchmark-results-${size}`);
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe-core: no serious or critical violation with the benchmark shown');

    // A reload keeps it (this browser's storage), and the table reads the same.
    await waitIdle(page);
    assert.ok(await page.evaluate(() => localStorage.getItem('systemic.v1.benchmark')), 'stored');
    await page.reload();
    await waitForFrames(page);
    await waitScreen(page, 'results');
    await page.getByRole('table', { name: TABLE }).waitFor({ state: 'attached', ...SLOW });
    assert.deepEqual(await tableRows(page, TABLE), rows);

    // The printable report carries the same positions.
    const download = page.waitForEvent('download', SLOW);
    await pressRole(page, 'button', 'Download printable report (HTML)');
    const file = await download;
    const report = fs.readFileSync(await file.path(), 'utf8');
    fs.writeFileSync(path.join(artifacts, `benchmark-report-${size}.html`), report);
    assert.ok(report.includes('<h2 id="benchmark">Compared with other businesses</h2>'), 'the report has the section');
    for (const position of shownPositions) assert.ok(report.includes(position), `the report says "${position}"`);
    assert.ok(report.includes('6 results'));

    // The team view: 4 respondents are refused as a benchmark, with the reason; 5 are downloaded as one.
    await pressRole(page, 'button', 'Home');
    await waitScreen(page, 'welcome');
    await press(page, 'Team view');
    await waitScreen(page, 'team');
    const picked = page.waitForEvent('filechooser', SLOW);
    await press(page, 'Open files');
    await (await picked).setFiles(results.slice(0, 4));
    await page.waitForFunction(() => window.systemic.state().team === 4, null, SLOW);
    await pressRole(page, 'button', 'Download as a benchmark');
    const refusal = page.getByRole('main').getByText(/^Not downloaded: a benchmark needs the results of at least 5 people, and this team has 4\./);
    await refusal.waitFor({ state: 'attached', ...SLOW });
    await teamShot(page, `benchmark-team-refused-${size}`);
    const more = page.waitForEvent('filechooser', SLOW);
    await pressRole(page, 'button', 'Open results files');
    await (await more).setFiles(results[4]);
    await page.waitForFunction(() => window.systemic.state().team === 5, null, SLOW);
    const benchDownload = page.waitForEvent('download', SLOW);
    await pressRole(page, 'button', 'Download as a benchmark');
    const made5 = await benchDownload;
    assert.match(made5.suggestedFilename(), /^systemic-benchmark-b2b-\d{4}-\d{2}-\d{2}\.json$/);
    const teamBench = JSON.parse(fs.readFileSync(await made5.path(), 'utf8'));
    assert.equal(teamBench.kind, 'systemic-benchmark');
    assert.equal(teamBench.n, 5);
    assert.ok(!JSON.stringify(teamBench).includes('Respondent'), 'no names in a benchmark');
    await page.getByRole('main').getByText(/^Downloaded systemic-benchmark-b2b-.*: 5 results as quartiles only/).waitFor({ state: 'attached', ...SLOW });
    await teamShot(page, `benchmark-team-${size}`);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}
