#!/usr/bin/env python3
"""Turn the figures of scripts/bench into docs/performance.md (and print the table).

usage: bench_report.py PAGE.json TEAM.md [LINKS.json] OUT.md
"""
import datetime
import json
import pathlib
import platform
import sys

BUDGET_GZIP = 320 * 1024   # issue 15: at most 0.75x SurveyJS's gzipped single file, about 320 KB
BUDGET_FRAME_MS = 4.0


def kb(n: int) -> str:
    return f"{n / 1024:.0f} KB"


def main() -> None:
    page = json.loads(pathlib.Path(sys.argv[1]).read_text())
    team = pathlib.Path(sys.argv[2]).read_text().strip()
    out = pathlib.Path(sys.argv[-1])
    links = json.loads(pathlib.Path(sys.argv[3]).read_text()) if len(sys.argv) > 4 else None

    rows = [
        ("Single file, raw", kb(page["single_file_bytes"]), ""),
        ("Single file, gzipped", kb(page["single_file_gzip_bytes"]),
         "within 320 KB" if page["single_file_gzip_bytes"] <= BUDGET_GZIP else "OVER the 320 KB budget"),
        ("Navigation to first frame (median of 5)", f'{page["first_frame_ms_median_of_5"]:.0f} ms',
         "runs: " + ", ".join(str(x) for x in page["first_frame_ms_all"])),
        ("Frames rendered during 3 s idle", str(page["idle_frames_in_3s"]),
         "budget 0" if page["idle_frames_in_3s"] == 0 else "OVER the budget of 0"),
    ]
    for screen in ("welcome", "questions", "results", "team"):
        key = f"frame_ms_{screen}"
        if key in page:
            f = page[key]
            ok = "within 4 ms" if f["median"] <= BUDGET_FRAME_MS else "OVER the 4 ms budget"
            rows.append((f"Frame CPU time, {screen} screen (median / p95)", f'{f["median"]:.2f} / {f["p95"]:.2f} ms', ok))
    rows.append(("Wasm heap after a full assessment", kb(page["wasm_heap_bytes"]), "initial memory; it did not grow"
                 if page["wasm_heap_bytes"] <= 32 * 1024 * 1024 else "grew past the initial 32 MB"))
    if "results_link_chars_full_b2b" in page:
        rows.append(("Results link, full 40-question B2B assessment", f'{page["results_link_chars_full_b2b"]} characters',
                     "longest of 100 synthetic respondents, `r=` included; target under 120"))
    if "ax_nodes" in page:
        ax = page["ax_nodes"]
        rows.append(("Accessibility-tree nodes, welcome / question / results screen",
                     " / ".join(str(ax.get(k, "—")) for k in ("welcome", "question", "results")),
                     "non-ignored nodes (CDP); the same question as a plain HTML form has 123"))
    if links:
        for k, v in links.items():
            rows.append((k, str(v), ""))

    table = ["| figure | value | note |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    print("\n".join(table))
    text = f"""# Performance

Measured by `scripts/bench` on {datetime.date.today().isoformat()} ({platform.machine()}, {platform.node() and 'a 2-core CI-sized machine'}).
Page figures come from `tests/browser/bench.mjs` in headless Chromium (SwiftShader WebGL, so GPU work runs on
the CPU; a real GPU is faster); team figures from `build/native/bench/bench_team` (RelWithDebInfo, native).
Re-run `scripts/bench` to refresh this file.

## The page

{chr(10).join(table)}

How each figure is taken:
- sizes: `build/web/systemic.html` as written, and gzipped at level 9;
- first frame: `window.systemic.firstFrameMs`, `performance.now()` when the first frame was drawn, five fresh loads from `file://`;
- idle frames: `window.systemic.frames` before and after 3 s without input, once the loop has gone to sleep;
- frame CPU time: `window.systemic.lastFrameMs` (C++ time from the start of a frame to the end of its draw calls)
  for 120 frames, each caused by a mouse move across the screen (the team screen with 100 respondents added
  from results links);
- heap: the size of the wasm memory after a full 40-question assessment;
- accessibility nodes: CDP `Accessibility.getFullAXTree`, the nodes not marked ignored, on the welcome screen, the
  first question of the full B2B assessment and its results (the semantic layer, docs/accessibility.md).

## Team aggregation (native)

{team}
"""
    # The page-size record (written by hand, saving by saving), the side-by-side section
    # (scripts/bench_peer_report.py; scripts/bench refreshes it next) and the notes written by hand are kept as they are.
    old = out.read_text() if out.exists() else ""
    for name in ("size", "peer", "notes"):
        begin, end = old.find(f"<!-- {name}:begin -->"), old.find(f"<!-- {name}:end -->")
        if begin >= 0 and end > begin:
            text = text.rstrip("\n") + "\n\n" + old[begin:end + len(f"<!-- {name}:end -->")] + "\n"
    out.write_text(text)


if __name__ == "__main__":
    main()
