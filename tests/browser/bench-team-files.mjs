// bench-team-files.mjs — how long the page takes to read and add up thousands of results files dropped on the team
// view (issue 15 item 4: 100,000 respondents in at most 8 s). Not a test: it prints a Markdown table.
//   node bench-team-files.mjs [N ...]      (default 10000 100000; scripts/bench files runs it)
// The files: 1,000 B2B results files from `systemic synth` (compact JSON, about 2.4 KB each), repeated with the
// respondent's name made unique, so every file is a person of its own; made as File objects inside the page and
// dropped at once. Timed from the drop event to the frame whose team view has every person added and the team's
// picture aggregated (state().team_scored), with the wasm heap after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, open, click, waitScreen, pageFileUrl, cliPath, artifacts } from './lib.mjs';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!counts.length) counts.push(10000, 100000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'systemic-bench-files-'));
execFileSync(cliPath, ['synth', 'b2b', '--count', '1000', '--seed', '4', '--out', dir]);
const templates = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
fs.rmSync(dir, { recursive: true, force: true });

const rows = [];
const browser = await launch(['--js-flags=--max-old-space-size=4096']);
try {
  for (const n of counts) {
    const { page, context } = await open(browser, pageFileUrl);
    await click(page, 'Team view');
    await waitScreen(page, 'team');
    const made = await page.evaluate(({ templates, n }) => {
      const files = [];
      let bytes = 0;
      for (let i = 0; i < n; i++) {
        const text = templates[i % templates.length].replace(/"name":"[^"]*"/, `"name":"Person ${i + 1}"`);
        bytes += text.length;
        files.push(new File([text], `result-${i + 1}.json`, { type: 'application/json' }));
      }
      window.benchFiles = files;
      return bytes;
    }, { templates, n });
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const dt = new DataTransfer();
      for (const f of window.benchFiles) dt.items.add(f);
      const start = performance.now();
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const n = window.benchFiles.length;
      (function check() {
        const s = window.systemic.state();
        if (s.team === n && s.team_scored && s.team_files.total === 0) resolve(performance.now() - start);
        else setTimeout(check, 20);
      })();
    }));
    const heap = await page.evaluate(() => window.systemic.heapBytes || 0);
    rows.push({ n, mb: made / 1e6, ms, heap });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log('| respondents (files) | bytes | drop to team aggregated | per file | MB/s | wasm heap after |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(`| ${r.n.toLocaleString('en')} | ${r.mb.toFixed(1)} MB | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms * 1000 / r.n).toFixed(0)} µs | ` +
    `${(r.mb / (r.ms / 1000)).toFixed(1)} | ${r.heap ? (r.heap / 1048576).toFixed(0) + ' MB' : 'n/a'} |`);
console.log(`\nLoad average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
