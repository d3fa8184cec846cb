// team-batch.test.mjs — thousands of results files dropped on the team view (issue 15 item 4): 2,000 files from the
// command-line tool (1,900 people, 99 copies, one broken file) go in slices; while they do, a progress bar (found by
// its role) says how far, and the page answers script round trips and key presses between slices; at the end one
// summary says how many people were added, how many duplicates skipped, and which file was refused and why.
// Screenshots during and after the batch at 1440 px and at 390 px (device pixel ratio 3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, click, waitScreen, pageFileUrl, cliPath, artifacts } from './lib.mjs';

const PEOPLE = 1900, COPIES = 99, TOTAL = PEOPLE + COPIES + 1;

let browser, files;
before(async () => {
  browser = await launch();
  const dir = fs.mkdtempSync(path.join(artifacts, 'team-batch-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', String(PEOPLE), '--seed', '15', '--out', dir]);
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  files = names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  for (let i = 0; i < COPIES; i++) files.push({ name: `copy-${i}.json`, text: files[(i * 17) % PEOPLE].text });
  files.splice(1000, 0, { name: 'broken.json', text: '{"schema_version": 1, "answers": {' });
  assert.equal(files.length, TOTAL);
});
after(async () => { await browser.close(); });

// Drops the files the way a file manager does: one DataTransfer holding them all.
async function dropAll(page) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

const teamFiles = (page) => page.evaluate(() => window.systemic.state().team_files);

async function batchOn(page, label) {
  await click(page, 'Team view');
  await waitScreen(page, 'team');
  await dropAll(page);

  // While the files go in: a progress bar with a name in plain words and a value, found by its role.
  const bar = page.getByRole('progressbar', { name: /^Reading [\d,]+ of 2,000 files/ });
  await bar.waitFor({ state: 'attached', timeout: 30000 });
  const value = Number(await bar.getAttribute('aria-valuenow'));
  assert.ok(value >= 0 && value <= 100, `aria-valuenow ${value}`);

  // The page keeps answering: round trips and key presses come back while files are still being read, and the
  // count moves on between them (no timing is asserted: only that answers come during the batch). The screenshot
  // waits until then: at 390 px and ratio 3 one takes about as long as the batch itself.
  const during = new Set();
  let pictured = false;
  for (let f = await teamFiles(page); f.total > 0; f = await teamFiles(page)) {
    if (f.done > 0 && f.done < f.total) during.add(f.done);
    if (during.size >= 2 && !pictured) {
      await page.screenshot({ path: path.join(artifacts, `team-batch-during-${label}.png`) });
      pictured = true;
    }
    await page.keyboard.press('Shift');
  }
  assert.ok(during.size >= 2, `answered during the batch at ${[...during].join(', ')} files`);

  // The end: one summary, the team's picture added up once.
  await page.waitForFunction(() => window.systemic.state().team_scored, null, { timeout: 60000 });
  const s = await state(page);
  assert.equal(s.team, PEOPLE);
  assert.equal(await bar.count(), 0);
  const summary = page.getByText(/^Added 1,900 people from 2,000 files\./);
  await summary.waitFor({ state: 'attached', timeout: 10000 });
  const text = await summary.textContent();
  assert.match(text, /Skipped 99 duplicates/);
  assert.match(text, /Refused 1 file; the reason is below\./);
  const reason = s.team_messages.find((m) => m.startsWith('broken.json'));
  assert.ok(reason, s.team_messages.join('\n'));
  assert.match(reason, /broken\.json:1:\d+: error: /);   // which file, where, and what is wrong
  // Kept in this browser, or said plainly that it could not be (never a silent loss).
  if (!s.team_kept) assert.match(s.storage_notice, /team view/);
  await page.screenshot({ path: path.join(artifacts, `team-batch-after-${label}.png`) });
  return s;
}

test('2,000 files dropped on the team view at 1440 px: progress, answers between slices, one summary', async () => {
  const { page, context, seen } = await open(browser, pageFileUrl);
  try {
    await batchOn(page, '1440');
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test('the same on a phone, 390 px at device pixel ratio 3', async () => {
  const { page, context, seen } = await open(browser, pageFileUrl,
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    await batchOn(page, '390');
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
