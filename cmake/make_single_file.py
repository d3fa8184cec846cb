#!/usr/bin/env python3
"""Assemble the single-file page: the HTML shell with the script and the gzipped wasm inside.

Emscripten's own SINGLE_FILE embeds the wasm as plain base64, which gzip shrinks poorly; gzipping the wasm
first and unpacking it in the browser (web/platform.js, Module.instantiateWasm) makes the file about half the
size raw and smaller gzipped too. Nothing is fetched: the page works from file:// and over http alike.

usage: make_single_file.py SHELL.html SCRIPT.js MODULE.wasm OUT.html [COPY.html ...]
"""
import base64
import pathlib
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
from gzip_best import gzip_best   # noqa: E402  cmake/gzip_best.py, beside this script


def main() -> None:
    shell = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    script = pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")
    wasm = pathlib.Path(sys.argv[3]).read_bytes()
    packed = base64.b64encode(gzip_best(wasm)).decode()
    # A "</script" inside inline script text would end the element early.
    script = script.replace("</script", "<\\/script")
    tags = f'<script>var SYSTEMIC_WASM_GZ = "{packed}";</script>\n<script>\n{script}\n</script>'
    if shell.count("{{{ SCRIPT }}}") != 1:
        raise SystemExit("make_single_file.py: the shell must contain {{{ SCRIPT }}} exactly once")
    page = shell.replace("{{{ SCRIPT }}}", tags)
    for out in sys.argv[4:]:
        path = pathlib.Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
