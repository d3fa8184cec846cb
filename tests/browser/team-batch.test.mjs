// team-batch.test.mjs — a consultant drops hundreds of results files at once: the page takes them a slice at a time
// between frames (a progress line shows meanwhile, the loop keeps running), the same result dropped twice is counted
// once, and the team view ends with one summary and the team's picture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, waitIdle, waitScreen, pageFileUrl, cliPath, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const PEOPLE = 400;
const COPIES = 50;   // the first 50 files dropped a second time, under other names

function synthFiles(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'systemic-batch-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', String(count), '--seed', '5', '--out', dir]);
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  const files = names.map((n) => ({ name: n, text: fs.readFileSync(path.join(dir, n), 'utf8') }));
  fs.rmSync(dir, { recursive: true });
  return files;
}

test('hundreds of dropped files load in slices with progress, duplicates skipped, one summary', async () => {
  const files = synthFiles(PEOPLE);
  assert.equal(files.length, PEOPLE);
  const batch = files.concat(files.slice(0, COPIES).map((f) => ({ name: 'copy-' + f.name, text: f.text })));
  const { context, page, seen } = await open(browser, pageFileUrl);
  await waitIdle(page);
  // Watch from inside the page: the progress seen between slices, and that the loop ran while files were arriving.
  await page.evaluate(() => {
    window.batchSeen = { partial: 0, maxDone: 0, total: 0, ticksDuring: 0 };
    const t0 = window.systemic.ticks;
    const watch = () => {
      const s = window.systemic.state();
      if (s.team_files.total > 0) {
        window.batchSeen.total = s.team_files.total;
        if (s.team_files.done < s.team_files.total) window.batchSeen.partial++;
        window.batchSeen.maxDone = Math.max(window.batchSeen.maxDone, s.team_files.done);
        window.batchSeen.ticksDuring = window.systemic.ticks - t0;
      }
      if (s.team_files.total > 0 || s.team === 0) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, batch);
  await waitScreen(page, 'team');
  await page.waitForFunction((n) => {
    const s = window.systemic.state();
    return s.team_files.total === 0 && s.team === n && s.team_scored;
  }, PEOPLE, { timeout: 120000 });
  await waitIdle(page);
  const seenInPage = await page.evaluate(() => window.batchSeen);
  assert.equal(seenInPage.total, batch.length);
  assert.ok(seenInPage.partial > 0, 'the progress line was there while files were still arriving');
  assert.ok(seenInPage.ticksDuring > 1, 'the loop kept drawing between slices');
  const s = await state(page);
  assert.equal(s.team, PEOPLE);
  assert.match(s.team_messages[0], new RegExp(`^Added ${PEOPLE} respondents from ${batch.length} files\\.`));
  assert.match(s.team_messages[0], new RegExp(`${COPIES} files hold a result already in the team: skipped`));
  assert.equal(s.team_messages.length, 1 + 5 + 1, 'five duplicates named, the rest counted');
  assert.match(s.team_messages[6], /^\.\.\. and 45 more like these\.$/);
  // The summary is in the DOM tree (for screen readers) and the long team list scrolls in a box of its own.
  assert.ok(await page.getByText(`Added ${PEOPLE} respondents`).count() > 0);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'team-batch.png') });
  assert.deepEqual(seen.errors, []);
  await context.close();
});
