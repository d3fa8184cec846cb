// draw-cost.mjs — what one canvas draw costs the GPU process (software GL here: SwiftShader), and how many draws
// hovering costs: the mouse goes back and forth between two level cards N times, each time until the loop sleeps.
// Not a test: prints JSON. Usage: node draw-cost.mjs [page.html] [moves] [width] [height] [dpr]
import { pathToFileURL } from 'node:url';
import { launch, pagePath, click, waitScreen } from './lib.mjs';

const file = process.argv[2] || pagePath;
const moves = Number(process.argv[3] || 20);
const width = Number(process.argv[4] || 1440), height = Number(process.argv[5] || 900), dpr = Number(process.argv[6] || 1);
const browser = await launch();
const bcdp = await browser.newBrowserCDPSession();
const gpuCpu = async () => {
  const { processInfo } = await bcdp.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type === 'GPU').reduce((s, p) => s + p.cpuTime, 0);
};
const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
const page = await context.newPage();
await page.goto(pathToFileURL(file).href);
await page.waitForFunction(() => window.systemic && window.systemic.frames > 0, null, { timeout: 30000 });
const target = async (label) => {
  for (let i = 0; i < 100; i++) {
    const t = await page.evaluate((l) => window.systemic.state().targets.find((x) => x.label === l), label);
    if (t) return { x: t.x + t.w / 2, y: t.y + t.h / 2 };
    await page.waitForTimeout(50);
  }
  throw new Error(`no ${label}`);
};
const idle = () => page.waitForFunction(() => window.systemic.paused, null, { polling: 50, timeout: 20000 });
for (const [label, screen] of [['Start', 'sector'], ['b2b', null], ['Full assessment', null], ['Continue', 'about'],
  ['Continue', 'priorities'], ['Continue', 'questions']]) {
  await click(page, label);
  if (screen) await waitScreen(page, screen);
}
const a = await target('Level 2'), b = await target('Level 4');
await idle();
const f0 = await page.evaluate(() => window.systemic.frames);
const g0 = await gpuCpu();
const t0 = Date.now();
for (let i = 0; i < moves; i++) {
  const p = i % 2 ? a : b;
  await page.mouse.move(p.x, p.y);
  await idle();
}
const g1 = await gpuCpu();
const f1 = await page.evaluate(() => window.systemic.frames);
const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
console.log(JSON.stringify({ file, moves, canvas, draws: f1 - f0, draws_per_move: (f1 - f0) / moves,
  gpu_cpu_ms: Math.round((g1 - g0) * 1000), gpu_ms_per_draw: +((g1 - g0) * 1000 / Math.max(1, f1 - f0)).toFixed(1),
  wall_ms: Date.now() - t0 }));
await browser.close();
