"""The SPA's first-route JavaScript, gzipped, and the message catalogs it loads (issue 15).

Builds the SPA into a temporary folder with Vite's manifest and follows it: the
first route is what ``index.html`` loads before the first render, its entry
chunk and every chunk that chunk imports statically (the ``modulepreload``
links), plus the reader's message catalog, which ``main.tsx`` fetches before
rendering. Each other route adds the chunks of its lazily loaded page. Sizes
are gzip level 9, as the server's GZipMiddleware sends them.

Usage: python -m bench.bundle [--dist PATH] [--budget-kb 120]   (after ``make frontend-deps``)
(``--dist`` reads a folder already built with ``vite build --manifest``.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import tempfile
from pathlib import Path

FRONTEND = Path(__file__).resolve().parent.parent / "frontend"
CATALOG = re.compile(r"locales/(\w+)/LC_MESSAGES/frontend\.po(\?start)?$")

# Routes measured beside the home page, by the module of their page.
ROUTES = {
    "/map": "src/features/initiatives/map/MapPage.tsx",
    "/sessions": "src/features/sessions/SessionsPage.tsx",
    "/practices/:id/edit": "src/features/practices/PracticeFormPage.tsx",
}


def build(out: Path) -> None:
    subprocess.run(
        [
            str(FRONTEND / "node_modules" / ".bin" / "vite"),
            "build",
            "--manifest",
            "--outDir",
            str(out),
            "--emptyOutDir",
            "--logLevel",
            "warn",
        ],
        cwd=FRONTEND,
        check=True,
    )


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def static_closure(manifest: dict[str, dict], keys: list[str]) -> list[str]:
    """The chunks `keys` load before running: themselves and their static imports, transitively."""
    seen: list[str] = []
    stack = list(keys)
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.append(key)
        stack.extend(manifest[key].get("imports", []))
    return seen


def kb(size: int) -> str:
    return f"{size / 1000:6.1f} KB"


def report(dist: Path, budget_kb: float) -> bool:
    manifest = json.loads((dist / ".vite" / "manifest.json").read_text(encoding="utf-8"))
    start: dict[str, str] = {}  # language: the part of its catalog the first route needs
    whole: dict[str, str] = {}  # language: its whole catalog, which other pages load
    for key in manifest:
        if (match := CATALOG.search(key)) is not None:
            (start if match.group(2) else whole)[match.group(1)] = key
    first = static_closure(manifest, ["index.html"])
    sizes = {key: gzipped(dist / manifest[key]["file"]) for key in manifest}
    js = [key for key in first if manifest[key]["file"].endswith(".js")]
    total = sum(sizes[key] for key in js)

    print("First route (/): index.html's entry and its static imports, gzipped")
    for key in sorted(js, key=lambda k: -sizes[k]):
        print(f"  {kb(sizes[key])}  {manifest[key]['file']}  ({key})")
    print(f"  {kb(total)}  JavaScript before the catalog")
    bundled = [language for language, key in (start | whole).items() if key in first]
    print(f"  catalogs in the first route's static imports: {', '.join(bundled) or 'none'}")

    print(
        "\nWith the reader's catalog (only that language's start is fetched, before the first render)"
    )
    worst = total
    for language in sorted(start or whole):
        catalog = sizes[(start or whole)[language]]
        worst = max(worst, total + catalog)
        rest = (
            f"; the whole catalog, {kb(sizes[whole[language]]).strip()}, with other pages"
            if start
            else ""
        )
        print(f"  {language}: {kb(total + catalog)}  (catalog {kb(catalog).strip()}{rest})")

    print("\nOther routes: what their page's code adds to the first route's JavaScript")
    for route, module in ROUTES.items():
        if module not in manifest:
            print(f"  {route}: {module} is not a chunk of its own")
            continue
        extra = [k for k in static_closure(manifest, [module]) if k not in first]
        later = [
            k
            for k in static_closure(manifest, manifest[module].get("dynamicImports", []))
            if k not in first and k not in extra
        ]
        line = f"  {route}: +{kb(sum(sizes[k] for k in extra)).strip()} in {len(extra)} chunk(s)"
        if later:
            line += f", then +{kb(sum(sizes[k] for k in later)).strip()} that the page loads itself"
        print(line)

    met = worst <= budget_kb * 1000 and not bundled
    print(
        f"\nGoal: at most {budget_kb:g} KB with only the reader's catalog: "
        f"{kb(worst).strip()} at most (the largest catalog) — {'met' if met else 'not met'}"
    )
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="a folder built with vite build --manifest")
    parser.add_argument("--budget-kb", type=float, default=120)
    args = parser.parse_args()
    if args.dist is not None:
        met = report(args.dist, args.budget_kb)
    else:
        with tempfile.TemporaryDirectory(prefix="polylog-bundle-") as folder:
            build(Path(folder))
            met = report(Path(folder), args.budget_kb)
    print(f"met: {'yes' if met else 'no'}")


if __name__ == "__main__":
    main()
