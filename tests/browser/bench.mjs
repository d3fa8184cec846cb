// bench.mjs — page figures in headless Chromium (not a test: it prints figures, it asserts nothing).
// Prints JSON: size raw and gzipped, time to first frame (median of 5), frames during 3 s idle, frame CPU time
// (median and 95th percentile) on the welcome, question, results and team (100 respondents) screens, the wasm
// heap size, the length of a full assessment's results link, and the accessibility tree's non-ignored nodes per
// screen (CDP Accessibility.getFullAXTree; docs/accessibility.md).
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, state, target, click, waitIdle, waitScreen, pasteText, pageFileUrl, pagePath, cliPath } from './lib.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).length;
}

async function clickTarget(page, label) {
  await click(page, label);
  await page.waitForTimeout(120);
}

// Frame CPU time while the user moves the mouse across the screen: one sample per tick of the render loop (its
// Dear ImGui passes, and the draw calls when the picture changed), waiting for the loop to sleep between moves.
async function frameTimes(page, samples = 120) {
  const times = [];
  const vp = page.viewportSize();
  for (let i = 0; i < samples; i++) {
    await waitIdle(page);
    const before = await page.evaluate(() => window.systemic.ticks);
    await page.mouse.move(40 + (i * 37) % (vp.width - 80), 80 + (i * 53) % (vp.height - 160));
    await page.waitForFunction((n) => window.systemic.ticks > n, before);
    times.push(await page.evaluate(() => window.systemic.lastFrameMs));
  }
  return { median: median(times), p95: p95(times) };
}

const browser = await launch();
const out = {};
const html = fs.readFileSync(pagePath);
out.single_file_bytes = html.length;
out.single_file_gzip_bytes = zlib.gzipSync(html, { level: 9 }).length;

const starts = [];
for (let i = 0; i < 5; i++) {
  const { context, page } = await open(browser, pageFileUrl);
  starts.push(await page.evaluate(() => window.systemic.firstFrameMs));
  await context.close();
}
out.first_frame_ms_median_of_5 = median(starts);
out.first_frame_ms_all = starts.map((x) => Math.round(x));

const { context, page } = await open(browser, pageFileUrl);
await waitIdle(page);
const f0 = await page.evaluate(() => window.systemic.frames);
await page.waitForTimeout(3000);
out.idle_frames_in_3s = (await page.evaluate(() => window.systemic.frames)) - f0;
out.frame_ms_welcome = await frameTimes(page);
out.ax_nodes = { welcome: await axNodes(page) };

await clickTarget(page, 'Start');
await clickTarget(page, 'b2b');
await clickTarget(page, 'Full assessment');
await clickTarget(page, 'Continue');
await clickTarget(page, 'Continue');
await clickTarget(page, 'Continue');
out.frame_ms_questions = await frameTimes(page);
out.ax_nodes.question = await axNodes(page);
const total = (await state(page)).total;
for (let i = 0; i < total; i++) {
  await page.keyboard.press(String(1 + (i % 4)));
  await page.keyboard.press(`Shift+Digit${2 + (i % 4)}`);
  await page.keyboard.press('Enter');
  if (i + 1 < total) await page.waitForFunction((p) => window.systemic.state().position === p, i + 1);
}
await page.waitForFunction(() => window.systemic.state().screen === 'review');
await page.waitForTimeout(200);
await clickTarget(page, 'See results');
out.frame_ms_results = await frameTimes(page);
out.ax_nodes.results = await axNodes(page);
out.answered = (await state(page)).answered;
out.wasm_heap_bytes = await page.evaluate(() => window.systemic.heapBytes);
await context.close();

// Results links of full assessments, from the command-line tool: their length, and a team of 100 in the page.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'systemic-bench-'));
execFileSync(cliPath, ['synth', 'b2b', '--count', '100', '--seed', '7', '--out', dir]);
const links = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => execFileSync(cliPath, ['link', 'encode', 'b2b', path.join(dir, f)]).toString().trim());
out.results_link_chars_full_b2b = Math.max(...links.map((l) => l.length));
const team = await open(browser, pageFileUrl);
await click(team.page, 'Team view');
await waitScreen(team.page, 'team');
await click(team.page, 'Links');
await pasteText(team.page, links.map((l) => 'file:///x#' + l).join('\n'));
await click(team.page, 'Add links');
await team.page.waitForFunction(() => window.systemic.state().team === 100);
out.team_respondents = 100;
out.frame_ms_team = await frameTimes(team.page);
await team.context.close();
fs.rmSync(dir, { recursive: true, force: true });
await browser.close();
console.log(JSON.stringify(out, null, 2));
