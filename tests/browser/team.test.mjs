// team.test.mjs — the team view survives a reload (issue 16 item 5): two pasted links and one opened file are
// listed again after the page is reloaded, in the same order; "Clear the team" asks first, and after it and a
// reload none are left. Screenshots of the team view after the reload at 390 and 1440 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, state, click, pasteText, waitScreen, waitForFrames, pageFileUrl, cliPath, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Three synthetic respondents from the command-line tool: two as results links, one as a results file.
function respondents() {
  fs.mkdirSync(artifacts, { recursive: true });
  const dir = fs.mkdtempSync(path.join(artifacts, 'team-keep-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', '3', '--seed', '16', '--out', dir]);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  const links = files.slice(0, 2).map((f) => 'file:///systemic.html#' + execFileSync(cliPath, ['link', 'encode', 'b2b', f]).toString().trim());
  return { links, file: files[2] };
}

function storedSources(page) {
  return page.evaluate(() => {
    const text = localStorage.getItem('systemic.v1.team');
    return text === null ? null : JSON.parse(text).members.map((m) => m.source);
  });
}

async function reload(page) {
  await page.reload();
  await waitForFrames(page);
  await waitScreen(page, 'team');   // the history entry brings the reload back to the team view
}

test('two pasted links and one opened file are listed again after a reload; cleared, none are', async () => {
  const { links, file } = respondents();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pageFileUrl);
  await waitForFrames(page);

  await click(page, 'Team view');
  await waitScreen(page, 'team');
  await click(page, 'Links');
  await pasteText(page, links.join('\n'));
  await click(page, 'Add links');
  await page.waitForFunction(() => window.systemic.state().team === 2);
  // The file through the page's own file picker, as a consultant opens it.
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Open files');
  await (await chooser).setFiles(file);
  await page.waitForFunction(() => window.systemic.state().team === 3);
  // Written at the end of the frame after the file arrived.
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('systemic.v1.team')) || { members: [] }).members.length === 3);
  const sources = await storedSources(page);
  assert.deepEqual(sources, ['Link 1', 'Link 2', path.basename(file)]);
  const before = (await state(page)).team_messages;
  assert.ok(before.some((m) => m.startsWith(path.basename(file) + ': added')), before.join('\n'));

  await reload(page);
  let s = await state(page);
  assert.equal(s.team, 3);
  assert.equal(s.team_kept, true);
  assert.equal(s.storage_notice, '');
  assert.deepEqual(await storedSources(page), sources);
  await page.screenshot({ path: path.join(artifacts, 'team-kept-1440.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForFrames(page, 3);
  await page.screenshot({ path: path.join(artifacts, 'team-kept-390.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForFrames(page, 3);

  // Clear asks first; Cancel keeps everything.
  await click(page, 'Clear team');
  await page.waitForFunction(() => window.systemic.state().dialog === 'clear-team');
  await page.screenshot({ path: path.join(artifacts, 'team-clear-dialog-1440.png') });
  await click(page, 'Cancel');
  await page.waitForFunction(() => window.systemic.state().dialog === '');
  assert.equal((await state(page)).team, 3);
  await click(page, 'Clear team');
  await page.waitForFunction(() => window.systemic.state().dialog === 'clear-team');
  await click(page, 'Confirm clear team');
  await page.waitForFunction(() => window.systemic.state().team === 0);
  assert.equal(await storedSources(page), null);

  await reload(page);
  s = await state(page);
  assert.equal(s.team, 0);
  assert.equal(await storedSources(page), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a team added in one tab appears in the other tab of the same browser', async () => {
  const { links } = respondents();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto(pageFileUrl);
    await waitForFrames(page);
    await click(page, 'Team view');
    await waitScreen(page, 'team');
  }
  await click(a, 'Links');
  await pasteText(a, links[0]);
  await click(a, 'Add links');
  await b.waitForFunction(() => window.systemic.state().team === 1);   // through the storage event
  await click(b, 'Links');
  await pasteText(b, links[1]);
  await click(b, 'Add links');
  await a.waitForFunction(() => window.systemic.state().team === 2);
  assert.deepEqual(await storedSources(a), ['Link 1', 'Link 1']);   // each tab's first link, both kept
  await context.close();
});

test('a team that does not fit in this browser\'s storage is said, and stays usable until the page is closed', async () => {
  const { links } = respondents();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // The browser's storage is full for the team's record (what localStorage throws when its quota is reached).
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'systemic.v1.team') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(pageFileUrl);
  await waitForFrames(page);
  await click(page, 'Team view');
  await waitScreen(page, 'team');
  await click(page, 'Links');
  await pasteText(page, links.join('\n'));
  await click(page, 'Add links');
  await page.waitForFunction(() => window.systemic.state().team === 2 && !window.systemic.state().team_kept);
  const s = await state(page);
  assert.match(s.storage_notice, /team view could not be kept in this browser \(this browser's storage is full\)/);
  assert.equal(await storedSources(page), null);
  await waitForFrames(page, 3);
  await page.screenshot({ path: path.join(artifacts, 'team-not-kept-390.png') });
  await context.close();
});
