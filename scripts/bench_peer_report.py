#!/usr/bin/env python3
"""Print the Systemic vs SurveyJS comparison of tests/browser/peer-bench.mjs and put it into docs/performance.md.

usage: bench_peer_report.py PEER.json OUT.md "LOAD BEFORE" "LOAD AFTER" "COMMAND"

The section between <!-- peer:begin --> and <!-- peer:end --> in OUT.md is replaced (appended when absent);
the rest of the file is left as it is.
"""
import datetime
import json
import pathlib
import re
import sys

BEGIN, END = "<!-- peer:begin -->", "<!-- peer:end -->"


def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def fmt_ratio(r):
    return "—" if r is None else f"{r:.2f}×"


def verdict(r, limit):
    if limit is None or r is None:
        return ""
    return "PASS" if r <= limit else "FAIL"


def kb(n):
    return "—" if n is None else f"{n / 1024:,.0f} KB"


def size(n):
    return "—" if n is None else f"{n:,} B ({n / 1024:,.0f} KB)"


def ms(n):
    return "—" if n is None else f"{n:,.0f} ms"


def num(n):
    return "—" if n is None else f"{n:g}"


def table(d):
    a, b = d["summary"]["Systemic"], d["summary"]["SurveyJS"]
    heap_a = a["js_heap_after_gc_bytes"] + (a.get("wasm_bytes") or 0)
    rows = [
        # figure, Systemic, SurveyJS, ratio, target
        ("Single file, gzip -9", size(a["single_file_gzip9_bytes"]), size(b["single_file_gzip9_bytes"]),
         ratio(a["single_file_gzip9_bytes"], b["single_file_gzip9_bytes"]), 0.75),
        ("Single file, raw", size(a["single_file_bytes"]), size(b["single_file_bytes"]),
         ratio(a["single_file_bytes"], b["single_file_bytes"]), None),
        ("First contentful paint (PerformanceObserver 'paint')", ms(a["fcp_ms"]), ms(b["fcp_ms"]),
         ratio(a["fcp_ms"], b["fcp_ms"]), 0.7),
        ("Questionnaire on screen (Systemic `firstFrameMs`; SurveyJS first frame after its render)",
         ms(a["ready_ms"]), ms(b["ready_ms"]), ratio(a["ready_ms"], b["ready_ms"]), 0.7),
        ("Answer 10 questions, wall time", ms(a["answer10_ms"]), ms(b["answer10_ms"]),
         ratio(a["answer10_ms"], b["answer10_ms"]), 1.0),
        ("Answer 10 questions: mouse clicks / wheel scroll steps the driver needed",
         f'{num(a["answer10_clicks"])} / {num(a["answer10_wheel_steps"])}',
         f'{num(b["answer10_clicks"])} / {num(b["answer10_wheel_steps"])}', None, None),
        ("Answer 10 questions, GPU-process CPU time", ms(a["answer10_gpu_cpu_ms"]), ms(b["answer10_gpu_cpu_ms"]),
         ratio(a["answer10_gpu_cpu_ms"], b["answer10_gpu_cpu_ms"]), 3.0),
        ("Answer 10 questions, renderer-process CPU time", ms(a["answer10_renderer_cpu_ms"]),
         ms(b["answer10_renderer_cpu_ms"]), ratio(a["answer10_renderer_cpu_ms"], b["answer10_renderer_cpu_ms"]), None),
        ("Answer 10 questions, renderer main-thread task time", ms(a["answer10_main_thread_ms"]),
         ms(b["answer10_main_thread_ms"]), ratio(a["answer10_main_thread_ms"], b["answer10_main_thread_ms"]), None),
        ("JS heap after GC", kb(a["js_heap_after_gc_bytes"]), kb(b["js_heap_after_gc_bytes"]),
         ratio(a["js_heap_after_gc_bytes"], b["js_heap_after_gc_bytes"]), None),
        ("JS heap after GC + wasm memory", kb(heap_a), kb(b["js_heap_after_gc_bytes"]),
         ratio(heap_a, b["js_heap_after_gc_bytes"]), None),
        ("Frames per input, the page's own counter (`window.systemic.frames`)", num(a["frames_per_input"]), "—", None, None),
        ("Frames per input sent to the GPU (`window.systemic.framesDrawn`: a frame that draws the picture already shown is not)",
         num(a.get("drawn_frames_per_input")), "—", None, None),
        ("Frames per input, main-thread frames in Chromium's trace", num(a["main_frames_per_input"]),
         num(b["main_frames_per_input"]), ratio(a["main_frames_per_input"], b["main_frames_per_input"]), None),
        ("Style recalculations / layouts per input", f'{num(a["style_recalcs_per_input"])} / {num(a["layouts_per_input"])}',
         f'{num(b["style_recalcs_per_input"])} / {num(b["layouts_per_input"])}', None, None),
    ]
    for key, name in (("ax_first_screen", "first screen"), ("ax_question_screen", "question screen")):
        rows.append((f"Accessibility-tree nodes, {name} (non-ignored / total)",
                     f'{a[key]["visible"]} / {a[key]["total"]}', f'{b[key]["visible"]} / {b[key]["total"]}',
                     ratio(a[key]["visible"], b[key]["visible"]), None))
    head = f"| figure | Systemic | SurveyJS {b.get('version', '')} | ratio | target | result |"
    lines = [head, "|---|---:|---:|---:|---|---|"]
    for name, va, vb, r, limit in rows:
        lines.append(f"| {name} | {va} | {vb} | {fmt_ratio(r)} | {'≤ ' + format(limit, 'g') + '×' if limit else ''} | {verdict(r, limit)} |")
    return "\n".join(lines)


def main():
    d = json.loads(pathlib.Path(sys.argv[1]).read_text())
    out = pathlib.Path(sys.argv[2])
    load_before, load_after, command = sys.argv[3], sys.argv[4], sys.argv[5]
    a, b = d["summary"]["Systemic"], d["summary"]["SurveyJS"]
    t = table(d)
    print(t)
    print(f"\nload average before: {load_before}\nload average after:  {load_after}")
    notes = []
    for name, s in (("Systemic", a), ("SurveyJS", b)):
        if s["errors"]:
            notes.append(f"- {name} page errors: {'; '.join(s['errors'])}")
        if s["network_requests"]:
            notes.append(f"- {name} network requests: {', '.join(s['network_requests'])}")
    section = f"""{BEGIN}
## Side by side with SurveyJS

Measured by `{command}` on {datetime.date.today().isoformat()}: {d['rounds']} rounds, medians; one headless Chromium
(SwiftShader WebGL: "GPU" work runs on the CPU), viewport {d['viewport']['width']}×{d['viewport']['height']},
both pages from `file://`, each load in a fresh browser context, interleaved Systemic, SurveyJS, Systemic, ….
Load average (`uptime`) before the run: **{load_before}**; after: **{load_after}** (a 2-core machine shared with
other work, so absolute times are noisy; the ratios are what the targets are about).

{t}

The peer page is `build/peer/surveyjs.html`, written by `bench/peer/build.mjs` from `questionnaires/b2b.json` with
survey-core and survey-js-ui {b.get('version', '')} (pinned in `bench/peer/package-lock.json`, installed by `npm ci`):
one page per area; per question a panel with two radio groups ("Where are you today?" with the five level
descriptors plus Don't know and Not applicable; "Where do you want to be in 12 months?"), a note field; a progress
bar. It inlines the vendor's minified builds and its font-less stylesheet (the normal one loads Open Sans from a
font host; the page then uses the system's sans-serif, while Systemic embeds its font).

How each figure is taken (`tests/browser/peer-bench.mjs`):
- sizes: each single file as written, gzipped at level 9;
- first contentful paint: the `first-contentful-paint` entry of a `PerformanceObserver('paint')` installed before
  the page's own scripts. For Systemic this is the HTML loading indicator, so the next row gives the moment the
  questionnaire is drawn: `window.systemic.firstFrameMs`, against the first frame after SurveyJS's
  `onAfterRenderSurvey`;
- answering 10 questions: from the sector screen's Full assessment (Systemic) / the first page (SurveyJS), with
  the mouse as a person does ({a['driving']} in Systemic): scroll with the wheel until the choice is in view, click
  today's level, click the 12-month level, click Next whenever the next question is on another screen (Systemic:
  after every question; SurveyJS: after every area of five). Each input waits for its effect in the page's model
  (answered count, position; SurveyJS `getValue`, `currentPageNo`), polled every 16 ms. Wall time covers all of it;
- GPU-process CPU time: CDP `SystemInfo.getProcessInfo` (browser-level session) before and after the 10 answers,
  the difference of `cpuTime` of the process of type `GPU`; the renderer row sums processes of type `renderer`;
  main-thread task time is the CDP `Performance.getMetrics` `TaskDuration` difference (it includes time the
  main thread waits on the GPU process);
- JS heap: CDP `HeapProfiler.collectGarbage` twice, then `Performance.getMetrics` `JSHeapUsedSize`, after the 10
  answers. Systemic's wasm linear memory (`window.systemic.heapBytes`) is outside the JS heap: the next row adds it;
- frames per input: 5 more questions, each input from the page at rest until it is at rest again (Systemic: its
  render loop asleep, `window.systemic.paused`; SurveyJS: 300 ms later), with Chromium tracing
  (`BeginMainThreadFrame` events) and, for Systemic, `window.systemic.frames`; with no input neither page draws;
- accessibility nodes: CDP `Accessibility.getFullAXTree` on the first screen after loading and on the question
  screen (for SurveyJS both are the first page), all nodes and those not marked ignored.

Reading the figures: with SwiftShader every WebGL frame is drawn in software by the GPU process, so each frame
Systemic sends to the GPU costs about the whole canvas in CPU time, and its main thread waits for that work;
SurveyJS repaints only what changed. Systemic runs frames while an input takes effect and sleeps as soon as two
frames in a row draw the same picture; a frame that draws the picture already on the canvas is not sent to the GPU
(`framesDrawn`). On a machine with a real GPU the GPU-process figure would be far smaller for Systemic; the
targets are judged here on this machine as it is. Systemic's page holds its wasm already gzipped, so gzip -9
gains little on it. Systemic's accessibility nodes come from its semantic layer (a DOM tree laid over the canvas,
docs/accessibility.md): headings, radio groups, buttons, text and tables of the screen shown.
{chr(10).join(notes)}
{END}"""
    text = out.read_text() if out.exists() else "# Performance\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    out.write_text(text)


if __name__ == "__main__":
    main()
