// invite_benchmark.test.mjs — the benchmark an invitation carries (issue 16 item 2), in real headless Chromium at
// 1440 × 900 (light, mouse) and 390 × 844 (phone, DPR 3, dark, touch). The consultant opens a benchmark that the
// command-line tool built (`systemic benchmark build`), ticks "Include the benchmark" in the invitation builder
// (found by role and label), and creates the link; zbarimg (Debian's zbar-tools) reads exactly that link from the QR
// code on screen. The client opens the link in a fresh browser context, is told the invitation includes a benchmark,
// answers a quick scan, and the results table says where each score stands in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, click, tap, waitScreen, waitIdle, pressRole, pageFileUrl, cliPath, artifacts, decodeQr, fillField, scrollIntoView, tableRows } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 }, acceptDownloads: true, colorScheme: 'light' };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, acceptDownloads: true, colorScheme: 'dark' };
const SIZES = [['1440', DESKTOP, click], ['390', PHONE, tap]];
const SLOW = { timeout: 90000 };
const TABLE = 'Where your scores stand in the benchmark';
const POSITION = /^(in the lowest quarter \(1st quartile\)|below the middle \(2nd quartile\)|above the middle \(3rd quartile\)|in the highest quarter \(4th quartile\))$/;
const INCLUDE = 'Include the benchmark (6 results, 1 Dec 2026)';

// Six synthetic b2b respondents and the benchmark the command-line tool builds of them.
function made() {
  const dir = fs.mkdtempSync(path.join(artifacts, 'invite-bench-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', '6', '--seed', '16', '--out', dir]);
  const results = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  const bench = path.join(dir, 'bench.json');
  execFileSync(cliPath, ['benchmark', 'build', 'b2b', ...results, '--out', bench, '--date', '2026-12-01'], { stdio: 'ignore' });
  return bench;
}

for (const [size, options, press] of SIZES) {
  test(`an invitation carries the benchmark to the client's results (${size} px)`, async () => {
    const bench = made();

    // The consultant: the benchmark opened from the welcome screen, then the invitation builder.
    const { context, page, seen } = await open(browser, pageFileUrl, options);
    const chooser = page.waitForEvent('filechooser', SLOW);
    await pressRole(page, 'button', 'Open a results or questionnaire file');
    await (await chooser).setFiles(bench);
    await page.waitForFunction(() => window.systemic.state().benchmark, null, SLOW);
    assert.deepEqual((await state(page)).benchmark, { n: 6, created: '2026-12-01' });
    await pressRole(page, 'button', 'Prepare an invitation for a client');
    await waitScreen(page, 'invite');
    await fillField(page, 'Your name', 'Sam Adviser');
    await fillField(page, 'Your e-mail address or phone number', 'sam@example.org');
    const box = page.getByRole('checkbox', { name: INCLUDE, exact: true });
    await box.waitFor({ state: 'attached', ...SLOW });
    assert.equal(await box.getAttribute('aria-checked'), 'false', 'not included until ticked');
    await page.getByRole('main').getByText(/It holds only counts and quartiles, no answers and no names\. It makes the link \d+ characters longer/)
      .waitFor({ state: 'attached', ...SLOW });
    await press(page, 'Include benchmark');
    await page.waitForFunction((n) => [...document.querySelectorAll('#sem [role=checkbox]')]
      .some((e) => e.textContent === n && e.getAttribute('aria-checked') === 'true'), INCLUDE, SLOW);
    await scrollIntoView(page, 'Include benchmark', 40);
    await waitIdle(page);
    await page.screenshot({ path: path.join(artifacts, `invite-benchmark-builder-${size}.png`) });

    await pressRole(page, 'button', 'Create the link');
    const img = page.getByRole('img', { name: 'QR code of the invitation link' });
    await img.waitFor({ state: 'attached', ...SLOW });
    const link = await page.getByRole('textbox', { name: 'Your invitation link', exact: true }).inputValue();
    assert.match(link, /^file:\/\/.*#invite=A[A-Za-z0-9_-]+&b=A[A-Za-z0-9_-]+$/, link);
    await page.getByRole('main').getByText(/^With the benchmark the link has \d+ characters instead of \d+, and the code \d+ × \d+ squares/)
      .waitFor({ state: 'attached', ...SLOW });
    const t = await scrollIntoView(page, 'Invitation QR');
    await waitIdle(page);
    await page.screenshot({ path: path.join(artifacts, `invite-benchmark-qr-${size}.png`) });
    const shot = path.join(artifacts, `invite-benchmark-qr-${size}-code.png`);
    await page.screenshot({ path: shot, clip: { x: Math.max(0, t.left - 6), y: Math.max(0, t.top - 6), width: t.w + 12, height: t.h + 12 } });
    assert.equal(decodeQr(shot), link, 'zbarimg reads the exact link, benchmark and all, from the code on screen');
    assert.deepEqual(seen.errors, []);
    await context.close();

    // The client, in a fresh context (no storage): the invitation says it brings a benchmark.
    const client = await open(browser, link, options);
    await waitScreen(client.page, 'invited');
    const p = client.page;
    await p.getByRole('main').getByText(/^This invitation includes a benchmark of 6 results, built 1 Dec 2026: anonymous figures/).waitFor({ state: 'attached', ...SLOW });
    assert.deepEqual((await state(p)).benchmark, { n: 6, created: '2026-12-01' });
    assert.ok(await p.evaluate(() => localStorage.getItem('systemic.v1.benchmark')), 'stored like an opened file');
    await waitIdle(p);
    await p.screenshot({ path: path.join(artifacts, `invite-benchmark-invited-${size}.png`) });

    // A quick scan from the invitation: the questions answered from the keyboard.
    await press(p, 'Start invited');
    await waitScreen(p, 'about');
    await press(p, 'Continue');
    await waitScreen(p, 'priorities');
    await press(p, 'Continue');
    await waitScreen(p, 'questions');
    const total = (await state(p)).total;
    for (let i = 0; i < total; i++) {
      await p.keyboard.press(String(1 + (i % 5)));
      await p.keyboard.press(`Shift+Digit${Math.min(5, 2 + (i % 5))}`);
      await p.keyboard.press('Enter');
      if (i + 1 < total) await p.waitForFunction((n) => window.systemic.state().position === n, i + 1, SLOW);
    }
    await waitScreen(p, 'review');
    await press(p, 'See results');
    await waitScreen(p, 'results');

    // The positions, read by role: both indices and every area, each in one of four plain phrases, with n.
    await p.getByRole('table', { name: TABLE }).waitFor({ state: 'attached', ...SLOW });
    await p.getByRole('main').getByText('Benchmark: 6 results, built 1 Dec 2026 (from the invitation).').waitFor({ state: 'attached', ...SLOW });
    const rows = await tableRows(p, TABLE);
    const names = Object.keys(rows);
    assert.equal(names[0], 'Overall index');
    assert.equal(names[1], 'Systemic index');
    assert.equal(names.length, 2 + JSON.parse(fs.readFileSync(bench, 'utf8')).areas.length, names.join(', '));
    for (const name of names) {
      const [yours, where, compared] = rows[name];
      assert.match(yours, /^\d+(\.\d)? %$/, `${name}: ${yours}`);
      assert.match(where, POSITION, `${name}: ${where}`);
      assert.match(compared, /^6 results, middle \d+(\.\d)? %$/, `${name}: ${compared}`);
    }
    await p.getByRole('button', { name: 'Remove benchmark' }).focus();
    await p.waitForTimeout(300);
    await waitIdle(p);
    await p.screenshot({ path: path.join(artifacts, `invite-benchmark-client-results-${size}.png`) });
    assert.deepEqual(client.seen.errors, []);
    await client.context.close();
  });
}
