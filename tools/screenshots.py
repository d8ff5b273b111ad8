"""Screenshots of every dashboard page, for the docs.

    .venv/bin/python tools/screenshots.py --db accord.duckdb --out docs/images

Serves the store on a free port of 127.0.0.1 and photographs each page in Debian's chromium.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", default=str(ROOT / "docs" / "images"))
    ap.add_argument("--article", help="the article id to show (default: the one with the most events)")
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from accord.serve import create_app
    from accord.store import Store

    with Store(args.db, read_only=True) as s:
        arts = s.articles()
        article = args.article or arts.sort_values("n_events", ascending=False).iloc[0].article_id
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                          "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        for path, name in (("/", "overview"), ("/events?type=SANCTION", "events"), ("/network", "network"),
                           ("/map", "map"), (f"/articles/{article}", "article")):
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            if name == "article":
                page.locator("mark.ev").first.click()
                page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"{name}.png"))
            print(f"wrote {out / (name + '.png')}")
        browser.close()
    server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
