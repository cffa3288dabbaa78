#!/usr/bin/env python3
"""The robustness run: every text under ../shared/eval (plus a hostile variant of each sentence) through
extraction and the whole analysis; crashes (must be 0), the slowest documents, peak memory.

    .venv/bin/python scripts/robustness_run.py                      # all of them, 2 processes
    .venv/bin/python scripts/robustness_run.py --sample 300         # the fixed sample CI runs
    .venv/bin/python scripts/robustness_run.py --write               # also replace the section in docs/benchmarks.md

Exits 1 when any document crashed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from collections import Counter
from pathlib import Path

from politika.eval.robustness import run_robustness, sample, shared_texts

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
HEADING = "## Robustness run"


def _section(report: dict, by_set: Counter[str], command: str) -> str:
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [HEADING, "",
             f"`{command}`, {dt.date.today().isoformat()}, {machine}. Every text of `../shared/eval` through "
             "extraction (pages) and the whole analysis (actors, events, attributions, causal; second stage off), one "
             "document at a time.", "",
             "| texts | from | crashes | pages refused (no article text) | seconds | peak memory per process |",
             "|---:|---|---:|---:|---:|---:|",
             f"| {report['texts']:,} | " + ", ".join(f"{name} {count:,}" for name, count in sorted(by_set.items()))
             + f" | **{len(report['crashes'])}** | {report['refused']} | {report['seconds']:,.0f} | "
               f"{report['peak_rss_mb']:,.0f} MB |", "",
             "Slowest documents:", "", "| seconds | document | characters |", "|---:|---|---:|"]
    lines += [f"| {s['seconds']:.2f} | {s['origin']} | {s['chars']:,} |" for s in report["slowest"]]
    if report["crashes"]:
        lines += ["", "Crashes:", ""] + [f"- {c['origin']}: {c['error']}" for c in report["crashes"][:20]]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sample", type=int, default=None, help="Only a fixed sample of N texts.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default=None)
    parser.add_argument("--write", action="store_true", help="Write the result into docs/benchmarks.md.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = list(shared_texts(args.shared))
    if args.sample:
        texts = sample(texts, args.sample)
    by_set = Counter(t.origin.split("/")[0].split(":")[0] for t in texts)
    print(f"{len(texts):,} texts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(by_set.items())), flush=True)
    report = run_robustness(texts, model=args.model, workers=args.workers).to_dict()
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"crashes: {len(report['crashes'])}; pages refused: {report['refused']}; "
              f"{report['seconds']:.0f} s; peak memory per process {report['peak_rss_mb']:.0f} MB")
        for slow in report["slowest"]:
            print(f"  {slow['seconds']:7.2f} s  {slow['origin']} ({slow['chars']:,} chars)")
        for crash in report["crashes"]:
            print(f"CRASH {crash['origin']}: {crash['error']}")
    if args.write:
        command = "scripts/robustness_run.py" + (f" --sample {args.sample}" if args.sample else "") \
            + f" --workers {args.workers}"
        text = DOC.read_text(encoding="utf-8")
        section = _section(report, by_set, command)
        if HEADING in text:
            before, _, rest = text.partition(HEADING)
            after = rest[rest.find("\n## "):] if "\n## " in rest else ""
            text = before + section + after
        else:
            text = text.rstrip("\n") + "\n\n" + section
        DOC.write_text(text, encoding="utf-8")
    return 1 if report["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
