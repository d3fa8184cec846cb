// robust.test.mjs — the page against careless and hostile input: three files dropped at once with two bad ones,
// files in UTF-16 and with invalid UTF-8 (the same answer as the command line), links in a sentence, and the printable
// report on a 390 px phone (no sideways scrolling: document width measured in Chromium, screenshots saved).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { launch, open, pageFileUrl, state, click, cliPath, artifacts } from './lib.mjs';

// Drops files on the page the way a file manager does: one DataTransfer holding them all.
async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })));
}

async function waitState(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 15000 });
  return state(page);
}

function synthResult(dir) {
  execFileSync(cliPath, ['synth', 'b2b', '--count', '1', '--out', dir]);
  return path.join(dir, fs.readdirSync(dir).filter((f) => f.endsWith('.json'))[0]);
}

test('three files dropped at once on the team view, two bad: one added, both errors shown', async () => {
  const browser = await launch();
  try {
    const { page, seen } = await open(browser, pageFileUrl);
    await click(page, 'Team view');
    await page.waitForFunction(() => window.systemic.state().screen === 'team');
    const dir = fs.mkdtempSync(path.join(artifacts, 'robust-'));
    const good = fs.readFileSync(synthResult(dir));
    await dropFiles(page, [
      { name: 'broken.json', bytes: Buffer.from('{"schema_version": 1, "note": "r=1", ') },
      { name: 'good.json', bytes: good },
      { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]) },
    ]);
    const s = await waitState(page, () => window.systemic.state().team_messages.length >= 3);
    assert.equal(s.team, 1);
    const text = s.team_messages.join('\n');
    assert.match(text, /broken\.json/);
    assert.match(text, /photo\.jpg/);
    assert.match(text, /good\.json: added/);
    await page.screenshot({ path: path.join(artifacts, 'robust-team-batch-1440.png') });
    assert.deepEqual(seen.errors, []);
  } finally {
    await browser.close();
  }
});

test('file bytes are read as the command line reads them: UTF-16 opens, invalid UTF-8 is refused', async () => {
  const browser = await launch();
  try {
    const { page } = await open(browser, pageFileUrl);
    const dir = fs.mkdtempSync(path.join(artifacts, 'robust-'));
    const file = synthResult(dir);
    const utf8 = fs.readFileSync(file, 'utf8');
    // Invalid UTF-8 (Latin-1 é, an overlong '/', a surrogate): the page refuses what `systemic score` refuses.
    for (const bad of [[0xe9], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
      const at = utf8.indexOf('Respondent');
      const bytes = Buffer.concat([Buffer.from(utf8.slice(0, at)), Buffer.from(bad), Buffer.from(utf8.slice(at))]);
      const badFile = path.join(dir, 'bad.json');
      fs.writeFileSync(badFile, bytes);
      let cli = '';
      try { execFileSync(cliPath, ['score', 'b2b', badFile], { stdio: 'pipe' }); } catch (e) { cli = String(e.stderr); }
      assert.match(cli, /not valid UTF-8/);
      await dropFiles(page, [{ name: 'bad.json', bytes }]);
      const s = await waitState(page, () => window.systemic.state().file_problem !== '');
      assert.match(s.file_problem, /bad\.json:\d+:\d+: error: .*not valid UTF-8/);
      assert.equal(s.screen, 'welcome');
    }
    // UTF-16 with a byte-order mark, as PowerShell's '>' writes it: opens.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]);
    await dropFiles(page, [{ name: 'powershell.json', bytes: utf16 }]);
    const s = await waitState(page, () => window.systemic.state().screen === 'results');
    assert.equal(s.file_problem, '');
  } finally {
    await browser.close();
  }
});

test('the printable HTML reports fit a 390 px phone: no sideways page scrolling', async () => {
  const dir = fs.mkdtempSync(path.join(artifacts, 'robust-report-'));
  execFileSync(cliPath, ['synth', 'b2b', '--count', '3', '--out', dir]);
  const results = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
  // Long unbroken names and a right-to-left override, as hostile as a real file can be.
  const first = JSON.parse(fs.readFileSync(results[0], 'utf8'));
  first.respondent.organisation = 'Supercalifragilisticexpialidocious'.repeat(4) + ' \u202eLtd';
  first.respondent.name = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(3);
  fs.writeFileSync(results[0], JSON.stringify(first, null, 2));
  const single = path.join(dir, 'report.html');
  const team = path.join(dir, 'team-report.html');
  execFileSync(cliPath, ['report', 'b2b', results[0], '--out', single]);
  execFileSync(cliPath, ['report', '--team', 'b2b', ...results, '--out', team]);
  const browser = await launch();
  try {
    for (const [file, name] of [[single, 'report'], [team, 'team-report']]) {
      for (const width of [390, 1440]) {
        const context = await browser.newContext({ viewport: { width, height: 844 } });
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: false });
        assert.ok(scrollWidth <= width, `${name} at ${width} px is ${scrollWidth} px wide`);
        if (width === 390) {
          // Wide tables scroll inside their own wrapper instead.
          const wrappers = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].map((w) => w.clientWidth <= 390));
          assert.ok(wrappers.length > 0 && wrappers.every(Boolean));
          console.log(`${name}: document width at 390 px = ${scrollWidth}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
});
