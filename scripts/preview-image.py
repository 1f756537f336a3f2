"""The picture of `briefing serve` in the README: the example brief with an uncited source added (so the
problems list shows a warning), previewed in the system's headless Chromium. Run by `make readme-preview-image`."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
UNCITED = '\n[[sources]]\nid = "desk-notes"\npublisher = "Eastern Europe Desk"\ntitle = "[Working notes]"\n'


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copy(ROOT / "config.toml", folder)
        shutil.copytree(ROOT / "templates", folder / "templates")
        shutil.copytree(ROOT / "briefs" / "pokrovsk", folder / "briefs" / "pokrovsk")
        brief = folder / "briefs" / "pokrovsk" / "brief.toml"
        brief.write_text(brief.read_text(encoding="utf-8") + UNCITED, encoding="utf-8")
        server = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "briefs/pokrovsk/brief.toml"],
                                  cwd=folder, stdout=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().split(" at ")[1].split()[0]  # type: ignore[union-attr]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1100, "height": 760}, bypass_csp=True)  # for its probes
                page.goto(url)
                page.wait_for_selector("li.problem", timeout=60_000)
                shown = page.evaluate("Number(document.body.dataset.version)")
                brief.write_text(brief.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a warm rebuild
                page.wait_for_function(f"Number(document.body.dataset.version) > {shown} && "
                                       "document.getElementById('status').textContent.includes('built in')",
                                       timeout=60_000)
                page.wait_for_function("[...document.images].every(image => image.complete)", timeout=60_000)
                page.screenshot(path=str(ROOT / "docs" / "preview.png"))
                browser.close()
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
