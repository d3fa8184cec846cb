// peer-bench.mjs — Systemic side by side with the same questionnaire as a SurveyJS form (bench/peer/).
// Not a test: it prints JSON figures and asserts nothing beyond the driving having worked.
//
// One headless Chromium; both pages from file://, each round in fresh contexts, interleaved
// (Systemic, SurveyJS, Systemic, SurveyJS, ...); figures are medians over the rounds.
// Per round and page:
//   - first-contentful-paint (PerformanceObserver 'paint' entries), and the moment the questionnaire itself is on
//     screen: window.systemic.firstFrameMs for Systemic, the first frame after SurveyJS's onAfterRenderSurvey;
//   - answering 10 questions as a user does with the mouse: today's level, the 12-month level, Next whenever the
//     next question is on another screen (Systemic: every question; SurveyJS: every area of 5). Timed from the
//     first click to the moment the last effect is visible: wall time, and the CPU time of Chromium's GPU process
//     and renderer processes over that span (CDP SystemInfo.getProcessInfo, before/after deltas), and the
//     renderer's main-thread task time (CDP Performance.getMetrics TaskDuration delta);
//   - JS heap after a forced GC (CDP HeapProfiler.collectGarbage, then Performance.getMetrics JSHeapUsedSize),
//     and for Systemic the wasm memory as well (it lives outside the JS heap);
//   - frames per input over 5 further questions, from just before an input until the page is idle again
//     (Systemic: its render loop asleep; SurveyJS: 300 ms later): Systemic's own window.systemic.frames (and
//     framesDrawn, those sent to the GPU), and for both pages the main-thread frames Chromium's trace records (BeginMainThreadFrame events), the layouts and
//     the style recalculations (CDP Performance.getMetrics LayoutCount, RecalcStyleCount deltas);
//   - accessibility-tree nodes (CDP Accessibility.getFullAXTree: all nodes and the non-ignored ones) on the first
//     screen after loading and on the question screen.
//
// Environment: PEER_ROUNDS (default 5), SYSTEMIC_PAGE, PEER_PAGE.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, repo, pagePath as systemicPath } from './lib.mjs';

const ROUNDS = Number(process.env.PEER_ROUNDS || 5);
const QUESTIONS = 10;
const peerPath = process.env.PEER_PAGE || path.join(repo, 'build/peer/surveyjs.html');
const VIEWPORT = { width: 1440, height: 900 };

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

// ---- CDP helpers
async function processCpu(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  const sum = (type) => processInfo.filter((p) => p.type === type).reduce((a, p) => a + p.cpuTime, 0);
  return { gpu: sum('GPU'), renderer: sum('renderer'), browser: sum('browser') };
}
async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}
async function axNodes(cdp) {
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.send('Accessibility.disable');
  return { total: nodes.length, visible: nodes.filter((n) => !n.ignored).length };
}

// ---- Clicking something at a place that may lie below the fold: scroll with the wheel like a person, wait until
// the place holds still, click its centre. `rect()` returns {x, y, w, h} in CSS pixels, or null while absent.
const counts = { wheel: 0, clicks: 0 };
async function placeRect(page, rect, settle) {
  let r = null;
  for (let i = 0; i < 100 && !r; i++) { r = await rect(); if (!r) await settle(); }
  if (!r) throw new Error('nothing to click');
  for (let i = 0; i < 40; i++) {
    // The visible part ends where the page's pinned bar begins (Systemic's Back/Next bar: `bottom`), else at the
    // viewport's foot: a place under the bar is not in view, a click there would press the bar.
    const bottom = r.bottom || VIEWPORT.height;
    const cy = r.y + r.h / 2;
    if (r.y >= 0 && cy <= bottom - 10 && r.y + Math.min(r.h, 40) <= bottom) break;
    const dy = Math.max(-400, Math.min(400, cy - bottom / 2));
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    await page.mouse.wheel(0, Math.sign(dy) * Math.max(100, Math.abs(dy)));
    counts.wheel++;
    await settle();
    r = await rect();
  }
  for (let i = 0; i < 20; i++) {   // steady: the same place on two reads a frame apart
    await settle();
    const again = await rect();
    if (again && again.x === r.x && again.y === r.y) break;
    r = again || r;
  }
  counts.clicks++;
  return { x: r.x + Math.min(r.w / 2, 24), y: r.y + r.h / 2 };
}
async function clickRect(page, rect, settle) {
  const at = await placeRect(page, rect, settle);
  await page.mouse.click(at.x, at.y);
}
// Effects are awaited by polling every 16 ms, not per animation frame, so that waiting adds no frames of its own.
const POLL = { polling: 16, timeout: 5000 };

// ================= Systemic
const systemic = {
  name: 'Systemic',
  url: pathToFileURL(systemicPath).href,
  async loaded(page) {
    await page.waitForFunction(() => window.systemic && window.systemic.frames >= 1, null, { timeout: 30000 });
    return page.evaluate(() => window.systemic.firstFrameMs);
  },
  state: (page) => page.evaluate(() => window.systemic.state()),
  async settle(page) {   // two frames of the page's own loop when it runs, else two browser frames
    const f = await page.evaluate(() => window.systemic.frames);
    await nextFrame(page);
    await page.waitForFunction((n) => window.systemic.paused || window.systemic.frames >= n + 2, f, POLL).catch(() => {});
  },
  async rect(page, label) {   // in the frame drawn last, for the screen and question the model is on
    const t = await page.evaluate((l) => {
      const s = window.systemic.state();
      if (s.targets_screen !== s.screen || (s.position !== undefined && s.targets_position !== s.position)) return null;
      const found = s.targets.find((x) => x.label === l);
      return found ? { ...found, bottom: found.pinned ? 0 : s.view_bottom } : null;
    }, label);
    return t && { x: t.x, y: t.y, w: t.w, h: t.h, bottom: t.bottom };
  },
  async clickLabel(page, label) { await clickRect(page, () => this.rect(page, label), () => this.settle(page)); },
  place(page, label) { return () => placeRect(page, () => this.rect(page, label), () => this.settle(page)); },
  async toQuestions(page) {
    for (const [label, screen] of [['Start', 'sector'], ['b2b', null], ['Full assessment', null], ['Continue', 'about'],
      ['Continue', 'priorities'], ['Continue', 'questions']]) {
      await this.clickLabel(page, label);
      if (screen) await page.waitForFunction((s) => window.systemic.state().screen === s, screen, { timeout: 10000 });
    }
  },
  // How today and the target are picked on the question screen, from the labels the page reports. Two radio groups
  // (labels naming "today" and "target"/"12 months" with the level) when the page has them; the current level-card
  // grid ("Level N": the first click sets today and moves the toggle to the target, the second sets the target);
  // else the keyboard (1–5 today, Shift+1–5 the target).
  async plan(page) {
    const labels = (await this.state(page)).targets.map((t) => t.label);
    const find = (re, n) => labels.find((l) => re.test(l) && new RegExp(`\\b${n}\\b`).test(l));
    if (find(/today|now/i, 3) && find(/target|12 months|want/i, 3)) {
      return { mode: 'mouse, two groups', today: (n) => find(/today|now/i, n), target: (n) => find(/target|12 months|want/i, n) };
    }
    if (labels.includes('Level 3')) return { mode: 'mouse, level cards', today: (n) => `Level ${n}`, target: (n) => `Level ${n}` };
    return { mode: 'keyboard', today: null, target: null };
  },
  async answer(page, plan, i, { perInput } = {}) {
    const today = 1 + (i % 4), target = 2 + (i % 4);
    const s0 = await this.state(page);
    // Each input: prepare (find the place and scroll it into view; not counted per input), then act (the click or
    // key and the wait for its effect).
    const click = async (at) => page.mouse.click(at.x, at.y);
    // Today's level is stored by the frame that reads the click (the loop may be asleep again before this runs).
    const todayDone = () => page.waitForFunction((t) => window.systemic.state().today === t, today, POLL);
    const targetDone = () => page.waitForFunction((a) => window.systemic.state().answered > a, s0.answered, POLL);
    const nextDone = () => page.waitForFunction((p) => { const s = window.systemic.state(); return s.position > p || s.screen !== 'questions'; }, s0.position, POLL);
    const useNext = plan.today && (await this.rect(page, 'Next'));
    const inputs = plan.today ? [
      { prepare: this.place(page, plan.today(today)), act: async (at) => { await click(at); await todayDone(); } },
      { prepare: this.place(page, plan.target(target)), act: async (at) => { await click(at); await targetDone(); } },
    ] : [
      { act: async () => { await page.keyboard.press(String(today)); await todayDone(); } },
      { act: async () => { await page.keyboard.press(`Shift+Digit${target}`); await targetDone(); } },
    ];
    inputs.push(useNext ? { prepare: this.place(page, 'Next'), act: async (at) => { await click(at); await nextDone(); } }
      : { act: async () => { await page.keyboard.press('Enter'); await nextDone(); } });
    return runInputs(page, inputs, perInput, this);
  },
  frames: (page) => page.evaluate(() => window.systemic.frames),
  drawn: (page) => page.evaluate(() => window.systemic.framesDrawn),   // frames sent to the GPU (same-picture frames are not)
  asleep: (page) => page.waitForFunction(() => window.systemic.paused, null, { polling: 50, timeout: 10000 }),
  async answeredCount(page) { return (await this.state(page)).answered; },
  async extra(page) { return { wasm_bytes: await page.evaluate(() => window.systemic.heapBytes) }; },
};

// ================= SurveyJS
const surveyjs = {
  name: 'SurveyJS',
  url: pathToFileURL(peerPath).href,
  async loaded(page) {
    await page.waitForFunction(() => window.peer && window.peer.renderedMs > 0, null, { timeout: 30000 });
    return page.evaluate(() => window.peer.renderedMs);
  },
  settle: (page) => nextFrame(page),
  async toQuestions() { /* the first page of questions is the first screen */ },
  async plan() { return { mode: 'mouse' }; },
  // The label of choice `value` of question `name`, or the Next button.
  rectOf(page, name, value) {
    return page.evaluate(([n, v]) => {
      let el;
      if (n === null) {
        el = document.querySelector('.sd-navigation__next-btn, .sv-footer__next-btn') ||
          [...document.querySelectorAll('button, input[type=button]')].find((b) => /^next$/i.test((b.value || b.textContent || '').trim()));
      } else {
        const q = window.peer.survey.getQuestionByName(n);
        const root = q && document.getElementById(q.id);
        const input = root && root.querySelector(`input[value="${v}"]`);
        el = input && (input.closest('label') || input);
      }
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    }, [name, value]);
  },
  async answer(page, plan, i, { perInput } = {}) {
    const survey = await page.evaluate((k) => {
      const s = window.peer.survey, qs = s.getAllQuestions().filter((q) => /-today$/.test(q.name));
      const q = qs[k];
      const pageOf = (x) => s.pages.indexOf(x.page);
      return { base: q.name.replace(/-today$/, ''), page: pageOf(q), nextOnOtherPage: k + 1 >= qs.length || pageOf(qs[k + 1]) !== pageOf(q) };
    }, i);
    const today = 1 + (i % 4), target = 2 + (i % 4);
    const settle = () => nextFrame(page);
    const place = (name, value) => () => placeRect(page, () => this.rectOf(page, name, value), settle);
    const chosen = (name, value) => page.waitForFunction(([n, v]) => window.peer.survey.getValue(n) === v, [name, value], POLL);
    const inputs = [
      { prepare: place(`${survey.base}-today`, today), act: async (at) => { await page.mouse.click(at.x, at.y); await chosen(`${survey.base}-today`, today); } },
      { prepare: place(`${survey.base}-target`, target), act: async (at) => { await page.mouse.click(at.x, at.y); await chosen(`${survey.base}-target`, target); } },
    ];
    if (survey.nextOnOtherPage) {
      inputs.push({ prepare: place(null), act: async (at) => {
        await page.mouse.click(at.x, at.y);
        await page.waitForFunction((p) => window.peer.survey.currentPageNo > p, survey.page, POLL);
      } });
    }
    return runInputs(page, inputs, perInput, this);
  },
  frames: async () => null,
  drawn: async () => null,
  asleep: (page) => page.waitForTimeout(300),
  async answeredCount(page) {
    return page.evaluate(() => { const d = window.peer.survey.data; return Object.keys(d).filter((k) => k.endsWith('-target') && d[`${k.slice(0, -7)}-today`] !== undefined).length; });
  },
  async extra() { return {}; },
};

// Runs one question's inputs; with perInput, measures frames and layouts from before each input until the page is
// idle again (Systemic's loop asleep; SurveyJS 300 ms later) and pushes them.
async function runInputs(page, inputs, perInput, app) {
  for (const input of inputs) {
    const at = input.prepare ? await input.prepare() : null;
    if (!perInput) { await input.act(at); continue; }
    await app.asleep(page);
    await page.context().browser().startTracing(page, { categories: ['disabled-by-default-devtools.timeline.frame', 'devtools.timeline'] });
    const f0 = await app.frames(page);
    const d0 = await app.drawn(page);
    const m0 = await metrics(perInput.cdp);
    await input.act(at);
    await app.asleep(page);
    const m1 = await metrics(perInput.cdp);
    const f1 = await app.frames(page);
    const d1 = await app.drawn(page);
    const trace = JSON.parse((await page.context().browser().stopTracing()).toString());
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    perInput.frames.push(f0 === null ? null : f1 - f0);
    perInput.drawn.push(d0 === null ? null : d1 - d0);
    perInput.mainFrames.push(events.filter((e) => e.name === 'BeginMainThreadFrame').length);
    perInput.layouts.push(m1.LayoutCount - m0.LayoutCount);
    perInput.styles.push(m1.RecalcStyleCount - m0.RecalcStyleCount);
  }
}

async function round(browser, browserCdp, app) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(() => {
    window.__fcp = null;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  });
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!/^(data|blob|file):/.test(r.url())) requests.push(r.url()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(app.url);
  const ready = await app.loaded(page);
  await page.waitForFunction(() => window.__fcp !== null, null, { timeout: 10000 }).catch(() => {});
  const out = { ready_ms: ready, fcp_ms: await page.evaluate(() => window.__fcp) };
  await app.asleep(page);
  out.ax_first_screen = await axNodes(cdp);
  await app.toQuestions(page);
  await app.asleep(page);
  out.ax_question_screen = await axNodes(cdp);
  const plan = await app.plan(page);
  out.mode = plan.mode;

  // Answer 10 questions, timed.
  const cpu0 = await processCpu(browserCdp);
  const m0 = await metrics(cdp);
  counts.wheel = 0; counts.clicks = 0;
  const t0 = Date.now();
  for (let i = 0; i < QUESTIONS; i++) await app.answer(page, plan, i);
  out.answer10_ms = Date.now() - t0;
  out.answer10_clicks = counts.clicks;
  out.answer10_wheel_steps = counts.wheel;
  const m1 = await metrics(cdp);
  const cpu1 = await processCpu(browserCdp);
  out.answer10_gpu_cpu_ms = (cpu1.gpu - cpu0.gpu) * 1000;
  out.answer10_renderer_cpu_ms = (cpu1.renderer - cpu0.renderer) * 1000;
  out.answer10_main_thread_ms = (m1.TaskDuration - m0.TaskDuration) * 1000;
  out.answered = await app.answeredCount(page);
  if (out.answered < QUESTIONS) throw new Error(`${app.name}: ${out.answered} of ${QUESTIONS} questions answered`);

  await app.asleep(page);
  out.js_heap_after_gc_bytes = await heapAfterGc(cdp);
  Object.assign(out, await app.extra(page));

  // Frames and layouts per input over 5 more questions, untimed.
  const perInput = { cdp, frames: [], drawn: [], mainFrames: [], layouts: [], styles: [] };
  for (let i = QUESTIONS; i < QUESTIONS + 5; i++) await app.answer(page, plan, i, { perInput });
  out.frames_per_input = perInput.frames[0] === null ? null : median(perInput.frames);
  out.frames_per_input_all = perInput.frames;
  out.drawn_frames_per_input = perInput.drawn[0] === null ? null : median(perInput.drawn);
  out.drawn_frames_per_input_all = perInput.drawn;
  out.main_frames_per_input = median(perInput.mainFrames);
  out.main_frames_per_input_all = perInput.mainFrames;
  out.layouts_per_input = median(perInput.layouts);
  out.style_recalcs_per_input = median(perInput.styles);
  out.errors = errors;
  out.requests = requests;
  await context.close();
  return out;
}

const browser = await launch();
const browserCdp = await browser.newBrowserCDPSession();
const apps = [systemic, surveyjs].filter((a) => !process.env.PEER_ONLY || a.name === process.env.PEER_ONLY);
const runs = { Systemic: [], SurveyJS: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const app of apps) {
    runs[app.name].push(await round(browser, browserCdp, app));
    process.stderr.write(`peer-bench: round ${r + 1}/${ROUNDS} ${app.name} done\n`);
  }
}
await browser.close();

const summary = {};
for (const app of apps) {
  const rs = runs[app.name];
  const file = fs.readFileSync(app === systemic ? systemicPath : peerPath);
  const med = (k) => median(rs.map((x) => x[k]));
  const ax = (screen, k) => median(rs.map((x) => x[screen][k]));
  summary[app.name] = {
    file: path.relative(repo, app === systemic ? systemicPath : peerPath),
    single_file_bytes: file.length,
    single_file_gzip9_bytes: zlib.gzipSync(file, { level: 9 }).length,
    fcp_ms: med('fcp_ms'),
    ready_ms: med('ready_ms'),
    answer10_ms: med('answer10_ms'),
    answer10_clicks: med('answer10_clicks'),
    answer10_wheel_steps: med('answer10_wheel_steps'),
    answer10_gpu_cpu_ms: med('answer10_gpu_cpu_ms'),
    answer10_renderer_cpu_ms: med('answer10_renderer_cpu_ms'),
    answer10_main_thread_ms: med('answer10_main_thread_ms'),
    js_heap_after_gc_bytes: med('js_heap_after_gc_bytes'),
    wasm_bytes: med('wasm_bytes'),
    frames_per_input: med('frames_per_input'),
    drawn_frames_per_input: med('drawn_frames_per_input'),
    main_frames_per_input: med('main_frames_per_input'),
    layouts_per_input: med('layouts_per_input'),
    style_recalcs_per_input: med('style_recalcs_per_input'),
    ax_first_screen: { total: ax('ax_first_screen', 'total'), visible: ax('ax_first_screen', 'visible') },
    ax_question_screen: { total: ax('ax_question_screen', 'total'), visible: ax('ax_question_screen', 'visible') },
    driving: [...new Set(rs.map((x) => x.mode))].join(', '),
    errors: [...new Set(rs.flatMap((x) => x.errors))],
    network_requests: [...new Set(rs.flatMap((x) => x.requests))],
  };
}
if (summary.SurveyJS) summary.SurveyJS.version = JSON.parse(fs.readFileSync(path.join(repo, 'bench/peer/node_modules/survey-core/package.json'), 'utf8')).version;
console.log(JSON.stringify({ rounds: ROUNDS, questions: QUESTIONS, viewport: VIEWPORT, summary, runs }, null, 2));
