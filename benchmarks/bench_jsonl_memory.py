"""Memory of reading a big JSONL file: peak resident memory of a process that reads and extracts every line.

A JSONL file is read line by line (``politika.ingest.jsonl``), so the peak should not grow with the file. Writes a
file of ``--mb`` megabytes of ~5 KB articles, then, in a fresh process, reads it with ``iter_documents`` and
extracts each article (what ``politika ingest --no-analyse`` does before storing), and prints the peak (VmHWM)
after the imports and after the file.

    .venv/bin/python benchmarks/bench_jsonl_memory.py [--mb 300]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(path: str) -> None:
    from politika.errors import PolitikaError
    from politika.ingest.extraction import extract
    from politika.ingest.sources import iter_documents

    before = peak_mb()
    started = time.perf_counter()
    count = errors = 0
    for item in iter_documents([path]):
        if isinstance(item, PolitikaError):
            errors += 1
            continue
        extract(item)
        count += 1
    print(json.dumps({"articles": count, "errors": errors, "seconds": round(time.perf_counter() - started, 1),
                      "peak_after_imports_mb": round(before, 1), "peak_mb": round(peak_mb(), 1)}))


def write_file(path: Path, megabytes: int) -> int:
    words = ["parliament", "minister", "sanctions", "budget", "border", "treaty", "election", "coalition",
             "talks", "envoy", "ceasefire", "opposition", "vote", "reform", "court", "ruling", "protest",
             "summit"]
    rng = random.Random(7)
    lines = 0
    with path.open("w") as handle:
        while handle.tell() < megabytes * 1_000_000:
            text = " ".join(rng.choice(words) for _ in range(700)) + "."
            handle.write(json.dumps({"id": f"a{lines}", "title": f"Story {lines}", "text": text}) + "\n")
            lines += 1
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=300)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jsonl"
        lines = write_file(path, args.mb)
        result = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                check=True)
        data = json.loads(result.stdout)
        print(f"| {path.stat().st_size / 1e6:,.0f} MB, {lines:,} lines | {data['articles']:,} | {data['seconds']} | "
              f"{data['peak_after_imports_mb']} | {data['peak_mb']} |")


if __name__ == "__main__":
    main()
