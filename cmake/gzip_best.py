"""gzip_best: the smallest gzip this machine can make, shared by make_page_data.py and make_single_file.py."""
import gzip
import pathlib
import shutil
import subprocess
import tempfile


def gzip_best(data: bytes) -> bytes:
    """Gzip as small as it gets: zopfli (Debian package zopfli) when present, else zlib at level 9.
    Both are deterministic, and any gzip reader, DecompressionStream included, reads either."""
    if shutil.which("zopfli"):
        with tempfile.TemporaryDirectory() as d:
            src = pathlib.Path(d) / "data"
            src.write_bytes(data)
            return subprocess.run(["zopfli", "--i10", "-c", str(src)], check=True, capture_output=True).stdout
    return gzip.compress(data, compresslevel=9, mtime=0)
