// semantics.test.mjs — the semantic layer in real headless Chromium: the DOM tree over the canvas as a screen-reader
// user meets it (role and label locators, the keyboard), the text layer (find, select, copy), real text input
// (composition, dead keys, emoji, paste), accessibility-tree sizes and axe-core on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, state, waitScreen, pageFileUrl, artifacts, pressRole, seriousAxeViolations } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).length;
}

// Welcome → sector → quick scan → about → priorities → questions, by role and keyboard only.
async function startQuickScan(page, sector = /\(B2B\)/) {
  await pressRole(page, 'button', 'Start the assessment');
  await waitScreen(page, 'sector');
  await pressRole(page, 'radio', sector);
  await pressRole(page, 'radio', /^Quick scan/);
  await pressRole(page, 'button', 'Continue');
  await waitScreen(page, 'about');
}

test('a screen-reader user completes the quick scan by role, label and keyboard, hearing every descriptor', async () => {
  const { context, page, seen } = await open(browser, pageFileUrl);
  const counts = {};
  counts.welcome = await axNodes(page);
  assert.ok(await page.getByRole('heading', { name: 'Systemic', level: 1 }).count() === 1);
  await startQuickScan(page);
  const org = page.getByRole('textbox', { name: 'Organisation' });
  await org.focus();
  await page.keyboard.type('Harbour Street Bakery');
  await page.waitForFunction(() => window.systemic.state().organisation === 'Harbour Street Bakery');
  await pressRole(page, 'button', 'Continue');
  await waitScreen(page, 'priorities');
  await pressRole(page, 'button', 'Skip this step');
  await waitScreen(page, 'questions');
  counts.question = await axNodes(page);
  const total = (await state(page)).total;
  for (let i = 0; i < total; i++) {
    await page.waitForFunction((n) => window.systemic.state().position === n, i);
    const today = page.getByRole('radiogroup', { name: 'Today' });
    const radios = today.getByRole('radio');
    assert.equal(await radios.count(), 5, 'five descriptors');
    for (let level = 0; level < 5; level++) {
      const name = await radios.nth(level).evaluate((el) => el.textContent);
      assert.ok(name.length > 30, `level ${level + 1} is heard with its descriptor: "${name}"`);
    }
    await radios.nth(i % 4).focus();
    await page.keyboard.press('Space');
    const target = page.getByRole('radiogroup', { name: 'In 12 months' }).getByRole('radio');
    await target.first().waitFor();
    await target.nth(1 + (i % 4)).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => { const s = window.systemic.state(); return s.answered >= n; }, i + 1);
    // The tree follows in the frame after the answer changed.
    await page.waitForFunction(() => document.querySelectorAll('#sem [role=radiogroup][aria-label="In 12 months"] [role=radio][aria-checked=true]').length === 1);
    assert.equal(await page.getByRole('radiogroup', { name: 'In 12 months' }).getByRole('radio', { checked: true }).count(), 1);
    await pressRole(page, 'button', i + 1 < total ? 'Next' : 'Review answers');
  }
  await waitScreen(page, 'review');
  await pressRole(page, 'button', 'See my results');
  await waitScreen(page, 'results');
  await page.waitForTimeout(300);
  counts.results = await axNodes(page);
  // The next steps and the downloads are reachable by role.
  assert.ok(await page.getByRole('heading', { name: /What to do first|priorit/i }).count() >= 1, 'a heading for what to do first');
  assert.ok(await page.getByRole('button', { name: /Download/ }).count() >= 2, 'download buttons');
  assert.ok(await page.getByRole('table').count() >= 1, 'a chart carries its numbers as a table');
  // A next step: select it and copy (Ctrl+C is the browser's): the clipboard holds exactly its text.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const step = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('#sem p')];
    const i = ps.findIndex((p) => p.textContent === 'How to move up');
    const p = ps[i + 1];
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return p.textContent;
  });
  assert.ok(step.length > 20, `a next step: "${step}"`);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), step);
  console.log(`accessibility tree, non-ignored nodes: ${JSON.stringify(counts)}`);
  assert.ok(counts.question >= 123, `a question screen has at least what a plain HTML form has (123): ${counts.question}`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('text can be found, selected and copied; right-click on text is not blocked', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await startQuickScan(page);
  await pressRole(page, 'button', 'Continue');
  await pressRole(page, 'button', 'Skip this step');
  await waitScreen(page, 'questions');
  const descriptor = await page.getByRole('radiogroup', { name: 'Today' }).getByRole('radio').nth(2).locator('p').nth(1).textContent();
  const words = descriptor.split(' ').slice(1, 4).join(' ');
  assert.equal(await page.evaluate((w) => window.find(w), words), true, `window.find("${words}")`);
  // Select a paragraph by dragging over it: the selection is its text exactly.
  const p = page.locator('#sem p').filter({ hasText: /\w{4,} \w{4,}/ }).first();
  const text = await p.textContent();
  const box = await p.boundingBox();
  await page.mouse.click(box.x + 2, box.y + box.height / 2, { clickCount: 3 });
  const selected = await page.evaluate(() => String(window.getSelection()));
  assert.equal(selected.trim(), text.trim(), 'triple-click selects the paragraph');
  const prevented = await p.evaluate((el) => !el.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
  assert.equal(prevented, false, 'the context menu on text is left to the browser');
  await page.screenshot({ path: path.join(artifacts, 'semantics-selection-1440.png') });
  await context.close();
});

test('real text input: composition, dead keys, emoji and paste are stored exactly, once', async () => {
  const { context, page } = await open(browser, pageFileUrl);
  await startQuickScan(page);
  const org = page.getByRole('textbox', { name: 'Organisation' });
  await org.focus();
  const cdp = await context.newCDPSession(page);
  // Gboard-style: every letter composes the word so far, then commits it.
  for (let n = 1; n <= 'Harbour'.length; n++) {
    await cdp.send('Input.imeSetComposition', { text: 'Harbour'.slice(0, n), selectionStart: n, selectionEnd: n });
  }
  await cdp.send('Input.insertText', { text: 'Harbour' });
  await cdp.send('Input.insertText', { text: ' ' });
  // Japanese: とうきょう composed, 東京 committed.
  for (const t of ['と', 'とう', 'とうき', 'とうきょ', 'とうきょう']) await cdp.send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
  await cdp.send('Input.insertText', { text: '東京' });
  // A dead key (´ then e) arrives as a composition of the accent, then é.
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.insertText(' 🙂');
  await page.waitForFunction(() => window.systemic.state().organisation === 'Harbour 東京é 🙂');
  // Paste into the field: the browser's own paste, from the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = page.getByRole('textbox', { name: 'Your name' });
  await name.focus();
  await page.evaluate(() => navigator.clipboard.writeText('Zoë 𝒜nne'));
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.systemic.state().organisation === 'Harbour 東京é 🙂');
  await pressRole(page, 'button', 'Continue');
  await waitScreen(page, 'priorities');
  const saved = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n'));
  assert.ok(saved.includes('Harbour 東京é 🙂'), 'stored exactly');
  assert.ok(saved.includes('Zoë 𝒜nne'), 'pasted text stored exactly');
  assert.ok(!saved.includes('\\u0000') && !saved.includes('\u0000'), 'no NUL stored');
  await cdp.detach();
  await context.close();
});

test('the focused note stays in view above an on-screen keyboard, and multi-line fields wrap', async () => {
  const { context, page } = await open(browser, pageFileUrl, PHONE);
  await startQuickScan(page);
  await pressRole(page, 'button', 'Continue');
  await pressRole(page, 'button', 'Skip this step');
  await waitScreen(page, 'questions');
  const note = page.getByRole('textbox', { name: 'Note (optional)' });
  await note.focus();
  await page.keyboard.type('A long note that is certainly wider than one line on a phone, so it has to wrap onto the next.');
  await page.setViewportSize({ width: 390, height: 470 });   // the keyboard takes the lower part of the screen
  await page.waitForTimeout(600);
  const box = await note.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 470, `the note is inside the visible part: ${JSON.stringify(box)}`);
  const lines = await note.evaluate((el) => Math.round(el.scrollHeight / parseFloat(getComputedStyle(el).lineHeight)));
  assert.ok(lines >= 2, `the note wraps (${lines} lines)`);
  await page.screenshot({ path: path.join(artifacts, 'semantics-note-keyboard-390.png') });
  await context.close();
});

for (const [label, options] of [['1440', {}], ['390', PHONE]]) {
  for (const scheme of ['light', 'dark', 'high-contrast']) {
    test(`axe-core: no serious or critical violation on any screen (${label} px, ${scheme})`, async () => {
      const { context, page } = await open(browser, pageFileUrl, { ...options, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
      if (scheme === 'high-contrast') await pressRole(page, 'radio', 'High contrast');
      const found = {};
      const check = async (screen) => { await page.waitForTimeout(200); const v = await seriousAxeViolations(page); if (v.length) found[screen] = v; };
      await check('welcome');
      await startQuickScan(page);
      await check('about');
      await pressRole(page, 'button', 'Continue');
      await check('priorities');
      await pressRole(page, 'button', 'Skip this step');
      await waitScreen(page, 'questions');
      await check('question');
      const total = (await state(page)).total;
      for (let i = 0; i < total; i++) {
        await page.keyboard.press('Escape');
        await page.evaluate(() => document.activeElement && document.activeElement.blur());
        await page.keyboard.press('3');
        await page.keyboard.press('Shift+Digit4');
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(40);
      }
      await waitScreen(page, 'review');
      await check('review');
      await pressRole(page, 'button', 'See my results');
      await waitScreen(page, 'results');
      await check('results');
      await pressRole(page, 'button', 'Home');
      await pressRole(page, 'button', /^Prepare an invitation/);
      await waitScreen(page, 'invite');
      await check('invite');
      await pressRole(page, 'button', 'Home');
      await pressRole(page, 'button', /^Team view/);
      await waitScreen(page, 'team');
      await check('team');
      assert.deepEqual(found, {});
      await context.close();
    });
  }
}
