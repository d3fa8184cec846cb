#!/usr/bin/env python3
"""Assemble the single-file page: the HTML shell with the script and the gzipped wasm inside.

Emscripten's own SINGLE_FILE embeds the wasm as plain base64, which gzip shrinks poorly; gzipping the wasm
first and unpacking it in the browser (web/platform.js, Module.instantiateWasm) makes the file about half the
size raw and smaller gzipped too. The script is minified by terser (npm, pinned in web/pack/package-lock.json,
installed by scripts/deps): 3.4 KB less gzipped than Emscripten's own output at -Oz without closure. Nothing is
fetched: the page works from file:// and over http alike.

usage: make_single_file.py SHELL.html SCRIPT.js MODULE.wasm PACK_DIR OUT.html [COPY.html ...]
  PACK_DIR: web/pack, whose node_modules holds terser.
"""
import base64
import pathlib
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from gzip_best import gzip_best   # noqa: E402  cmake/gzip_best.py, beside this script


def minify(script: str, pack_dir: pathlib.Path) -> str:
    node = shutil.which("node")
    terser = pack_dir / "node_modules" / "terser" / "bin" / "terser"
    if not node or not terser.exists():
        raise SystemExit(f"make_single_file.py: {terser} (or node) is missing: run scripts/deps")
    # Property names and top-level names are kept (the runtime reads Module['...'], the page and tests read globals).
    return subprocess.run([node, str(terser), "--compress", "passes=2", "--mangle", "--ecma", "2020"],
                          input=script, capture_output=True, text=True, check=True).stdout


def main() -> None:
    if len(sys.argv) < 6:
        raise SystemExit(__doc__)
    shell = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    script = minify(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"), pathlib.Path(sys.argv[4]))
    wasm = pathlib.Path(sys.argv[3]).read_bytes()
    packed = base64.b64encode(gzip_best(wasm)).decode()
    # A "</script" inside inline script text would end the element early.
    script = script.replace("</script", "<\\/script")
    tags = f'<script>var SYSTEMIC_WASM_GZ = "{packed}";</script>\n<script>\n{script}\n</script>'
    if shell.count("{{{ SCRIPT }}}") != 1:
        raise SystemExit("make_single_file.py: the shell must contain {{{ SCRIPT }}} exactly once")
    page = shell.replace("{{{ SCRIPT }}}", tags)
    for out in sys.argv[5:]:
        path = pathlib.Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
