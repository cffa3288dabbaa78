#!/usr/bin/env python
"""Build the bundled sample WARC file from the HTML pages in ``data/sample_sources/warc/``.

Usage::

    python scripts/build_sample_warc.py [--src DIR] [--out FILE]

The source pages and ``manifest.json`` (file name, original URL and fetch time
for each page) live in ``src/politika/data/sample_sources/warc/``.  The output is
``src/politika/data/samples/sample.warc.gz`` and contains:

* one ``warcinfo`` record,
* one ``request`` record (for the first page in the manifest),
* one ``response`` record (HTTP/1.1 200, text/html; charset=utf-8) per page.

Record IDs are derived from the URLs and dates come from the manifest, so the
output is reproducible byte for byte.
"""

from __future__ import annotations

import argparse
import json
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "politika" / "data" / "samples"
NAMESPACE = uuid.UUID("6f1c2d3e-8a7b-4c5d-9e0f-706f6c6974ba")  # fixed namespace for record ids


def _record_id(kind: str, url: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, kind + ' ' + url)}>"


def _http_date(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return format_datetime(dt, usegmt=True)


def build(src: Path, out: Path) -> int:
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = {
            "software": "politika build_sample_warc.py (warcio)",
            "format": "WARC File Format 1.1",
            "description": "Sample corpus for politika. All articles are fictional-outlet pages written "
                           "for the project; URLs use the reserved .example domain.",
            "isPartOf": "politika-samples",
        }
        first_date = manifest[0]["fetched"]
        rec = writer.create_warcinfo_record(out.name, info)
        rec.rec_headers.replace_header("WARC-Record-ID", _record_id("warcinfo", out.name))
        rec.rec_headers.replace_header("WARC-Date", first_date)
        writer.write_record(rec)

        for i, entry in enumerate(manifest):
            url = entry["url"]
            fetched = entry["fetched"]
            payload = (src / entry["file"]).read_bytes()
            host = url.split("/")[2]
            path = "/" + url.split("/", 3)[3]
            if i == 0:
                req_headers = StatusAndHeaders(
                    f"GET {path} HTTP/1.1",
                    [
                        ("Host", host),
                        ("User-Agent", "politika-sample-crawler/1.0"),
                        ("Accept", "text/html,application/xhtml+xml"),
                        ("Accept-Language", "en"),
                    ],
                    is_http_request=True,
                )
                req = writer.create_warc_record(
                    url, "request", payload=BytesIO(b""), http_headers=req_headers,
                    warc_headers_dict={
                        "WARC-Record-ID": _record_id("request", url),
                        "WARC-Date": fetched,
                    },
                )
                writer.write_record(req)
            resp_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Date", _http_date(fetched)),
                    ("Server", "nginx"),
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(payload))),
                    ("Cache-Control", "max-age=300"),
                ],
                protocol="HTTP/1.1",
            )
            resp = writer.create_warc_record(
                url, "response", payload=BytesIO(payload), http_headers=resp_headers,
                warc_headers_dict={
                    "WARC-Record-ID": _record_id("response", url),
                    "WARC-Date": fetched,
                },
            )
            writer.write_record(resp)
    return len(manifest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src" / "politika" / "data" / "sample_sources" / "warc")
    parser.add_argument("--out", type=Path, default=SAMPLES / "sample.warc.gz")
    args = parser.parse_args()
    n = build(args.src, args.out)
    print(f"wrote {args.out} ({n} pages)")


if __name__ == "__main__":
    main()
