// sharing.test.mjs — the consultant's workflow in real headless Chromium, from the single file over file://:
// build an invitation; three respondents open it, answer and copy their results links; the consultant pastes
// the links into the team view, whose figures must equal those of the command-line tool on the same results.
// Every request the pages make is counted: nothing may leave the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, state, click, target, waitScreen, recordCopies, pasteText, pageFileUrl, artifacts, cliPath } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 }, acceptDownloads: true };

async function newPage(url, requests) {
  const context = await browser.newContext(DESKTOP);
  await recordCopies(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) requests.push(r.url()); });
  await page.goto(url);
  await page.waitForFunction(() => window.systemic && window.systemic.frames > 0);
  return { context, page, errors };
}

async function typeInto(page, label, text) {
  await click(page, label);
  await page.keyboard.type(text);
}

async function lastCopy(page) {
  await page.waitForFunction(() => window.__copied.length > 0);
  return page.evaluate(() => window.__copied[window.__copied.length - 1]);
}

test('invitation → three respondents → team view equals systemic team; no request leaves the page', async () => {
  const requests = [];
  // The consultant prepares the invitation.
  const consultant = await newPage(pageFileUrl, requests);
  await click(consultant.page, 'Prepare invitation');
  await waitScreen(consultant.page, 'invite');
  await typeInto(consultant.page, 'Client', 'Harbour & Sons <Ltd>');
  await typeInto(consultant.page, 'Consultant', 'Alex Morgan');
  await typeInto(consultant.page, 'Contact', 'alex@example.com');
  await click(consultant.page, 'Invite public');
  await click(consultant.page, 'Invite quick');
  await click(consultant.page, 'Create link');
  await click(consultant.page, 'Copy invitation');
  const invitation = await lastCopy(consultant.page);
  assert.match(invitation, /^file:\/\/.*#invite=/);
  await consultant.page.screenshot({ path: path.join(artifacts, 'invite-1440.png') });
  await consultant.context.close();

  // Three respondents open it from the single file, with the fragment, and answer differently.
  const links = [];
  const roles = ['Owner or director', 'Manager', 'Front line (serves customers directly)'];
  for (let who = 0; who < 3; who++) {
    const r = await newPage(invitation, requests);
    await waitScreen(r.page, 'invited');
    if (who === 0) await r.page.screenshot({ path: path.join(artifacts, 'invited-1440.png') });
    await click(r.page, 'Start invited');
    await waitScreen(r.page, 'about');
    await click(r.page, roles[who]);
    await click(r.page, 'Continue');
    await click(r.page, 'Continue');
    await waitScreen(r.page, 'questions');
    const total = (await state(r.page)).total;
    for (let i = 0; i < total; i++) {
      await r.page.keyboard.press(String(1 + ((i + who) % 4)));
      await r.page.keyboard.press(`Shift+Digit${2 + ((i + 2 * who) % 4)}`);
      await r.page.keyboard.press('Enter');
    }
    await waitScreen(r.page, 'review');
    await click(r.page, 'See results');
    await waitScreen(r.page, 'results');
    await click(r.page, 'Copy results link');
    const link = await lastCopy(r.page);
    assert.match(link, /#r=/);
    assert.ok(link.split('#r=')[1].length < 120, 'the results link payload is short');
    links.push(link);
    assert.deepEqual(r.errors, []);
    await r.context.close();
  }

  // The consultant pastes the three links into the team view.
  const team = await newPage(pageFileUrl, requests);
  await click(team.page, 'Team view');
  await waitScreen(team.page, 'team');
  await click(team.page, 'Links');
  await pasteText(team.page, links.join('\n'));
  await click(team.page, 'Add links');
  await team.page.waitForFunction(() => window.systemic.state().team === 3);
  await team.page.screenshot({ path: path.join(artifacts, 'team-1440.png') });
  const download = team.page.waitForEvent('download');
  await click(team.page, 'Team CSV');
  const csvPath = path.join(artifacts, 'team-page.csv');
  await (await download).saveAs(csvPath);
  assert.deepEqual(team.errors, []);
  await team.context.close();

  // The same links through the command-line tool give the same team table, byte for byte.
  const dir = fs.mkdtempSync(path.join(artifacts, 'team-'));
  const files = links.map((link, i) => {
    const file = path.join(dir, `r${i + 1}.json`);
    fs.writeFileSync(file, execFileSync(cliPath, ['link', 'decode', 'public', link, '--json']));
    return file;
  });
  const cliCsv = execFileSync(cliPath, ['export', 'public', ...files, '--csv', 'team']);
  assert.equal(fs.readFileSync(csvPath).toString('utf8'), cliCsv.toString('utf8'));

  // Private by construction: every request was for the page file itself.
  const outside = requests.filter((u) => !u.startsWith(pageFileUrl));
  assert.deepEqual(outside, []);
});

test('a damaged results link in the address gets a clear message and changes nothing', async () => {
  const requests = [];
  const { context, page } = await newPage(pageFileUrl + '#r=AQID-damaged', requests);
  await waitScreen(page, 'team');
  const s = await state(page);
  assert.equal(s.team, 0);
  assert.equal(s.questionnaire, null);
  await page.screenshot({ path: path.join(artifacts, 'team-bad-link-1440.png') });
  await context.close();
});
