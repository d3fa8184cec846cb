// invite_qr.test.mjs — QR invitations in real headless Chromium (issue 16, item 4): the invitation builder, by role
// and label, at 1440 px (light) and 390 px (phone, dark colours and high contrast). A real decoder (zbarimg, Debian's
// zbar-tools) must read exactly the link the page shows, from a screenshot of the QR code on the canvas and from the
// downloaded printable invitation opened in Chromium; the invitation names the consultant, the client and the
// message; axe-core finds no serious or critical violation on the screen with the code shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, open, waitScreen, pressRole, pageFileUrl, artifacts, seriousAxeViolations, decodeQr, fillField, scrollIntoView } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const DESKTOP = { viewport: { width: 1440, height: 900 }, acceptDownloads: true };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true, acceptDownloads: true };

const CONSULTANT = 'Zoë O\'Brien';
const CLIENT = 'Urząd Miasta Łódź <Biuro> & Co';
const MESSAGE = 'Dzień dobry! Please take this before our workshop 🙂\nBring "coffee" & questions.';

for (const [label, options, scheme] of [['1440', DESKTOP, 'light'], ['390', PHONE, 'dark'], ['390', PHONE, 'high-contrast']]) {
  test(`the invitation's QR code reads back as its link, on screen and printed (${label} px, ${scheme})`, async () => {
    const { context, page, seen } = await open(browser, pageFileUrl, { ...options, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
    if (scheme === 'high-contrast') await pressRole(page, 'radio', 'High contrast');
    await pressRole(page, 'button', 'Prepare an invitation for a client');
    await waitScreen(page, 'invite');
    await fillField(page, 'Client organisation', CLIENT);
    await fillField(page, 'Your name', CONSULTANT);
    await fillField(page, 'Your e-mail address or phone number', 'zoe@example.org');
    await fillField(page, 'A short message (optional)', MESSAGE);
    assert.equal(await page.getByRole('img', { name: 'QR code of the invitation link' }).count(), 0, 'no code before the link');
    await pressRole(page, 'button', 'Create the link');
    const img = page.getByRole('img', { name: 'QR code of the invitation link' });
    await img.waitFor({ state: 'attached', timeout: 10000 });
    const link = await page.getByRole('textbox', { name: 'Your invitation link', exact: true }).inputValue();
    assert.match(link, /^file:\/\/.*#invite=/);

    // The code on the canvas, as a person sees it.
    const t = await scrollIntoView(page, 'Invitation QR');
    assert.ok(t.w >= 150 && Math.abs(t.w - t.h) < 0.5, `a square code of a useful size: ${t.w} x ${t.h}`);
    assert.ok(t.left >= 0 && t.left + t.w <= options.viewport.width, `inside the screen: ${t.left} + ${t.w}`);
    const name = `invite-qr-${label}-${scheme}`;
    await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
    const clip = { x: Math.max(0, t.left - 6), y: Math.max(0, t.top - 6), width: t.w + 12, height: t.h + 12 };
    const shot = path.join(artifacts, `${name}-code.png`);
    await page.screenshot({ path: shot, clip });
    assert.equal(decodeQr(shot), link, 'zbarimg reads the link shown on the page from the code on screen');
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe-core: no serious or critical violation with the code shown');

    // The printable invitation: downloaded, opened in Chromium, read back.
    const download = page.waitForEvent('download');
    await pressRole(page, 'button', 'Download printable invitation');
    const file = await download;
    await page.screenshot({ path: path.join(artifacts, `${name}-download.png`) });
    assert.match(file.suggestedFilename(), /^systemic-invitation-b2b-\d{4}-\d{2}-\d{2}\.html$/);
    const saved = path.join(artifacts, `${name}-invitation.html`);
    await file.saveAs(saved);
    assert.deepEqual(seen.errors, []);
    await context.close();

    const printed = await browser.newContext(options === PHONE ? { ...PHONE, colorScheme: 'light' } : DESKTOP);
    const sheet = await printed.newPage();
    const requests = [];
    sheet.on('request', (r) => { if (!/^(data|blob|file):/.test(r.url())) requests.push(r.url()); });
    await sheet.goto(pathToFileURL(saved).href);
    await sheet.screenshot({ path: path.join(artifacts, `${name}-invitation.png`), fullPage: true });
    const text = await sheet.locator('main').innerText();
    for (const want of [CONSULTANT, CLIENT, 'Dzień dobry! Please take this before our workshop 🙂', 'Bring "coffee" & questions.', link])
      assert.ok(text.includes(want), `the printed invitation has ${JSON.stringify(want)}`);
    assert.equal(await sheet.locator('script').count(), 0, 'no script in the printed invitation');
    const code = sheet.getByRole('img', { name: 'QR code of the invitation link' });
    const printedShot = path.join(artifacts, `${name}-invitation-code.png`);
    await code.screenshot({ path: printedShot });
    assert.equal(decodeQr(printedShot), link, 'zbarimg reads the same link from the printed invitation');
    assert.deepEqual(requests, [], 'the printed invitation loads nothing');
    await printed.close();
  });
}
