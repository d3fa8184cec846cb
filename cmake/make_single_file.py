#!/usr/bin/env python3
"""Assemble the single-file page: the HTML shell with the script, and the wasm, fonts and questionnaires inside.

The binary payload (the wasm module, then each font, then each questionnaire, as raw bytes) travels as ONE xz stream
(LZMA2, preset 9e, CRC32 check), base64-encoded in the page. Measured on the 2026-11-30 page: xz takes the wasm to
86 % of its best gzip (zopfli), the fonts and questionnaires to about 85 %, and one stream over all of them shares
what the questionnaires have in common; in the browser, xz-decompress (npm; xz-embedded in a 12 KB wasm) unpacks it
before main() runs (web/platform.js). The page's script is minified by terser (npm). Nothing is fetched: the page
works from file:// and over http alike. Both npm packages are pinned in web/pack/package-lock.json and installed by
scripts/deps (npm ci).

The fonts and questionnaires come from page_data.js (written by cmake/make_page_data.py: `var SYSTEMIC_DATA_GZ =
{fonts: {NAME: "base64 of gzip", ...}, questionnaires: ["base64 of gzip", ...]}`); they are unpacked here and packed
again with the wasm.

usage: make_single_file.py SHELL.html SCRIPT.js MODULE.wasm PAGE_DATA.js PACK_DIR OUT.html [COPY.html ...]
  PACK_DIR: web/pack, whose node_modules holds terser and xz-decompress.
"""
import base64
import gzip
import json
import lzma
import pathlib
import re
import shutil
import subprocess
import sys


def read_page_data(path: pathlib.Path) -> tuple[list[bytes], list[bytes]]:
    """The fonts (in the file's order) and the questionnaires of page_data.js, as raw bytes."""
    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    match = re.search(r"var SYSTEMIC_DATA_GZ\s*=\s*(\{.*\})\s*;", body, re.S)
    if not match:
        raise SystemExit(f"make_single_file.py: {path} does not define SYSTEMIC_DATA_GZ as expected")
    # The object literal as JSON: quote the bare keys, drop trailing commas.
    literal = re.sub(r"([{,]\s*)([A-Za-z_]\w*)\s*:", r'\1"\2":', match.group(1))
    literal = re.sub(r",(\s*[}\]])", r"\1", literal)
    data = json.loads(literal)

    def unpack(b64: str) -> bytes:
        return gzip.decompress(base64.b64decode(b64))
    return [unpack(v) for v in data["fonts"].values()], [unpack(v) for v in data["questionnaires"]]


def xz(data: bytes) -> bytes:
    # CRC32: xz-embedded checks it (a damaged copy of the page fails to unpack instead of running garbage).
    # lc=4, pb=0 (literals from more context, no position bits) measured 0.2 % smaller than the preset here.
    return lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                         filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME,
                                           "lc": 4, "lp": 0, "pb": 0}])


def minify(script: str, pack_dir: pathlib.Path) -> str:
    node = shutil.which("node")
    terser = pack_dir / "node_modules" / "terser" / "bin" / "terser"
    if not node or not terser.exists():
        raise SystemExit(f"make_single_file.py: {terser} (or node) is missing: run scripts/deps")
    # ecma 2020 for output; names at top level are kept (the page's other scripts and the tests read globals).
    return subprocess.run([node, str(terser), "--compress", "passes=2", "--mangle", "--ecma", "2020"],
                          input=script, capture_output=True, text=True, check=True).stdout


def main() -> None:
    if len(sys.argv) < 7:
        raise SystemExit(__doc__)
    shell = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    script = pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")
    wasm = pathlib.Path(sys.argv[3]).read_bytes()
    fonts, questionnaires = read_page_data(pathlib.Path(sys.argv[4]))
    pack_dir = pathlib.Path(sys.argv[5])
    xz_js = (pack_dir / "node_modules" / "xz-decompress" / "dist" / "package" / "xz-decompress.min.js")
    if not xz_js.exists():
        raise SystemExit(f"make_single_file.py: {xz_js} is missing: run scripts/deps")

    parts = [wasm] + fonts + questionnaires
    packed = base64.b64encode(xz(b"".join(parts))).decode()
    index = {"wasm": len(wasm), "fonts": [len(f) for f in fonts], "questionnaires": [len(q) for q in questionnaires]}
    # A "</script" inside inline script text would end the element early.
    scripts = [f'var SYSTEMIC_PACK = {{sizes: {json.dumps(index)}, xz: "{packed}"}};',
               xz_js.read_text(encoding="utf-8"), minify(script, pack_dir)]
    tags = "\n".join("<script>\n" + s.replace("</script", "<\\/script") + "\n</script>" for s in scripts)
    if shell.count("{{{ SCRIPT }}}") != 1:
        raise SystemExit("make_single_file.py: the shell must contain {{{ SCRIPT }}} exactly once")
    page = shell.replace("{{{ SCRIPT }}}", tags)
    for out in sys.argv[6:]:
        path = pathlib.Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
