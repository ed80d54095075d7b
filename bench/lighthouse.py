"""Lighthouse performance scores of the home, map and sessions pages, mobile preset (issue 15).

Serves the built SPA (frontend/dist, `make frontend-build`) with the demo data on
a free local port, as the browser tests do, and runs Lighthouse's default
configuration, which is the mobile one (a phone's screen, simulated slow 4G and
a 4× slower CPU), with only the performance category, in Debian's Chromium.
Lighthouse comes from the npm registry through npx (pinned: 13 wants Node 22).
The simulated CPU times scale what this machine measured, so a busy machine
lowers the scores (total blocking time first); the load average is printed.

Before measuring, each page and the API calls they make are requested once, so
no run pays the server's first request (imports, the demo's caches).

Usage: python -m bench.lighthouse [--runs 3] [--pages /,/map,/sessions] [--dist DIR]
       [--keep-reports DIR]   (--dist serves another build, e.g. an older commit's)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2

from bench._support import free_port

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = "lighthouse@12.2.3"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# What the three pages ask the API for, requested once before measuring.
WARM_UP = [
    "/api/v1/cities",
    "/api/v1/sdgs",
    "/api/v1/themes",
    "/api/v1/sessions",
    "/api/v1/initiatives?page=1&per_page=8",
    "/api/v1/map/initiatives?bbox=5.1,5.4,68.7,72.2&zoom=3",
]
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}


def serve(folder: Path, dist: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "POLYLOG_FRONTEND_DIST": str(dist),
        "POLYLOG_DATABASE_URL": f"sqlite:///{folder / 'lighthouse.db'}",
        "POLYLOG_DEMO_DATA": "1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "polylog.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=(folder / "server.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited early: see {folder / 'server.log'}")
        try:
            if httpx2.get(f"{url}/readyz", timeout=2).status_code == 200:
                return server, url
        except httpx2.TransportError:
            pass
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not become ready in 300 s")


def warm_up(url: str, pages: list[str], dist: Path) -> None:
    assets = [f"/assets/{path.name}" for path in (dist / "assets").iterdir()]
    with httpx2.Client(base_url=url, timeout=60) as client:
        for path in [*pages, *WARM_UP, *assets]:
            client.get(path)


def lighthouse(npx: str, url: str, report: Path) -> dict:
    # On a busy machine Chromium now and then records no usable trace (NO_NAVSTART): try again.
    for attempt in range(3):
        if run_lighthouse(npx, url, report) == 0:
            return json.loads(report.read_text(encoding="utf-8"))
        print(f"  (Lighthouse failed on {url}, attempt {attempt + 1} of 3)")
    raise SystemExit(f"Lighthouse failed three times on {url}")


def run_lighthouse(npx: str, url: str, report: Path) -> int:
    return subprocess.run(
        [
            npx,
            "--yes",
            LIGHTHOUSE,
            url,
            "--only-categories=performance",
            "--output=json",
            f"--output-path={report}",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env={**os.environ, "CHROME_PATH": CHROME},
        check=False,
    ).returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is shown")
    parser.add_argument("--pages", default="/,/map,/sessions")
    parser.add_argument("--dist", type=Path, default=ROOT / "frontend" / "dist")
    parser.add_argument("--keep-reports", type=Path, help="a folder for the JSON reports")
    args = parser.parse_args()
    npx = shutil.which("npx")
    if npx is None:
        raise SystemExit("npx is missing: install Node.js 20")
    if not (args.dist / "index.html").is_file():
        raise SystemExit(f"{args.dist} has no index.html: make frontend-build")
    pages = args.pages.split(",")

    with tempfile.TemporaryDirectory(prefix="polylog-lighthouse-") as tmp:
        folder = Path(tmp)
        reports = args.keep_reports or folder
        reports.mkdir(parents=True, exist_ok=True)
        server, url = serve(folder, args.dist.resolve())
        try:
            warm_up(url, pages, args.dist)
            print(f"Lighthouse {LIGHTHOUSE.split('@')[1]}, mobile preset, {CHROME}")
            print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
            for page in pages:
                scores: list[float] = []
                metrics: dict[str, list[float]] = {key: [] for key in METRICS}
                for run in range(args.runs):
                    name = page.strip("/").replace("/", "-") or "home"
                    result = lighthouse(npx, url + page, reports / f"{name}-{run + 1}.json")
                    scores.append(100 * result["categories"]["performance"]["score"])
                    for key in METRICS:
                        metrics[key].append(result["audits"][key]["numericValue"])
                shown = "  ".join(
                    f"{label} {statistics.median(metrics[key]):.3f}"
                    if key == "cumulative-layout-shift"
                    else f"{label} {statistics.median(metrics[key]):.0f} ms"
                    for key, label in METRICS.items()
                )
                runs = ", ".join(f"{score:.0f}" for score in scores)
                print(
                    f"{page:10} score {statistics.median(scores):3.0f} (runs: {runs}; goal ≥ 95)  {shown}"
                )
            print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
