"""Benchmark of the example brief, with WeasyPrint's own layout of the same HTML beside it as the floor.

Run with `make bench`. Writes bench/results.json and prints a table. Plain Python, outside the test suite:
timings vary by machine; the ratios between them are what the targets speak of.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
BATCH = 12


def timed(command: list[str], cwd: Path, before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(samples: list[float]) -> dict:
    return {"median": round(statistics.median(samples), 3), "min": round(min(samples), 3),
            "max": round(max(samples), 3), "runs": len(samples)}


def workspace(folder: Path, copies: int = 1) -> list[str]:
    """A copy of this workspace's config, templates and the example brief (as `copies` briefs)."""
    shutil.copy(ROOT / "config.toml", folder / "config.toml")
    shutil.copytree(ROOT / "templates", folder / "templates")
    briefs = []
    for n in range(copies):
        slug = "pokrovsk" if copies == 1 else f"pokrovsk-{n:02d}"
        shutil.copytree(ROOT / "briefs" / "pokrovsk", folder / "briefs" / slug)
        briefs.append(f"briefs/{slug}/brief.toml")
    return briefs


def empty_figures(folder: Path):
    return lambda: shutil.rmtree(folder / "figures", ignore_errors=True)


def stages(folder: Path) -> dict:
    """Per-stage medians inside the build, in this process (imports already paid)."""
    sys.path.insert(0, str(ROOT))
    from briefing.build import BuildOptions, build, gather, stage
    from briefing.workspace import open_workspace

    os.chdir(folder)
    samples: dict[str, list[float]] = {}
    for run in range(RUNS + 1):
        shutil.rmtree(folder / "figures", ignore_errors=True)
        timings: dict[str, float] = {}
        with stage(timings, "load_validate"):
            space = open_workspace(None, folder / "briefs" / "pokrovsk")
            jobs = gather(["briefs/pokrovsk/brief.toml"], space)
        timings.update(build(jobs[0], space, BuildOptions(keep_html=True)).timings)
        if run:  # the first run pays the imports
            for name, seconds in timings.items():
                samples.setdefault(name, []).append(seconds)
    return {name: round(statistics.median(values), 3) for name, values in samples.items()}


def floor_html(folder: Path) -> Path:
    """The build's HTML with its fonts (copies in out/fonts/) pointed at the bundled files the build reads, so
    bare WeasyPrint lays out the same. It is written beside the brief, where its figure paths resolve without
    the <base> the written HTML has for its place in out/."""
    import re

    from briefing.fonts import bundled_fonts_dir

    html = (folder / "out" / "pokrovsk.html").read_text(encoding="utf-8")
    html = re.sub(r'<base href="[^"]*">\n?', "", html, count=1)
    target = folder / "briefs" / "pokrovsk" / "floor.html"
    fonts = bundled_fonts_dir().as_uri()
    target.write_text(re.sub(r'url\("[^"]*fonts/([^"/]+)"\)', lambda m: f'url("{fonts}/{m[1]}")', html),
                      encoding="utf-8")
    return target


def floor_command(folder: Path, html: Path) -> list[str]:
    """Bare WeasyPrint on the build's HTML, with the output options the build uses (tagged, as config.toml's
    `tagged` is by default). It must lay out everything the build did: a figure it cannot load would make the
    floor cheaper than the work (a <base> for out/ once left the map out of it unnoticed)."""
    command = [str(BIN / "weasyprint"), "--pdf-tags", str(html), str(folder / "floor.pdf")]
    complaints = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=True).stderr
    if complaints.strip():
        raise SystemExit(f"the floor's WeasyPrint run is not the build's work:\n{complaints}")
    return command


def peak_rss_mb(folder: Path) -> float:
    """The largest resident set of a cold build's processes (the parent, or a renderer it started)."""
    code = ("import resource, sys; from briefing.cli import main\n"
            "try: main(['build', 'briefs/pokrovsk/brief.toml'])\n"
            "except SystemExit: pass\n"
            "print(max(resource.getrusage(who).ru_maxrss\n"
            "          for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))")
    empty_figures(folder)()
    out = subprocess.run([sys.executable, "-c", code], cwd=folder, check=True, capture_output=True, text=True)
    return round(int(out.stdout.split()[-1]) / 1024, 1)


def chromium(folder: Path, html: Path) -> dict | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        return None
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={folder / 'chromium-profile'}", "--allow-file-access-from-files",
               f"--print-to-pdf={folder / 'chromium.pdf'}", "--no-pdf-header-footer", html.as_uri()]
    return summary([timed(command, folder) for _ in range(RUNS)])


def preview_edit(folder: Path) -> dict:
    """`briefing serve` on the example: from the save of a text-only edit (the summary's words) to every page
    image of the new state fetched from the server, through its server-sent events as a browser gets them."""
    brief = folder / "briefs" / "pokrovsk" / "brief.toml"
    original = brief.read_text(encoding="utf-8")
    server = subprocess.Popen([str(BIN / "briefing"), "serve", "briefs/pokrovsk/brief.toml"], cwd=folder,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = server.stdout.readline().split(" at ")[1].split()[0]  # type: ignore[union-attr]
        with urllib.request.urlopen(url + "events", timeout=60) as events:
            state = next_state(events, lambda s: s["valid"] and not s["building"])  # the first build
            samples = []
            for run in range(RUNS):
                brief.write_text(original.replace('summary = """\n', f'summary = """\nEdit {run}. ', 1),
                                 encoding="utf-8")
                saved = time.perf_counter()
                version = state["version"]
                state = next_state(events, lambda s, v=version: s["version"] > v and not s["building"])
                assert state["valid"], state["problems"]
                for page in state["pages"]:
                    urllib.request.urlopen(url + page["src"].lstrip("/"), timeout=10).read()
                samples.append(time.perf_counter() - saved)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        brief.write_text(original, encoding="utf-8")
    return summary(samples)


def next_state(events, wanted) -> dict:
    """The next state from the preview's event stream that is `wanted`."""
    for line in events:
        if line.startswith(b"data: "):
            state = json.loads(line[6:])
            if wanted(state):
                return state
    raise RuntimeError("the preview's event stream ended")


def main() -> None:
    results: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                     "runs": RUNS}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "single"
        folder.mkdir()
        brief = workspace(folder)[0]
        briefing = [str(BIN / "briefing")]
        results["check_s"] = summary([timed([*briefing, "check", brief], folder) for _ in range(RUNS)])
        # Uncached: no figures and no remembered places (the place index itself is built once per machine).
        results["check_cold_s"] = summary([timed([*briefing, "check", brief], folder, empty_figures(folder))
                                           for _ in range(RUNS)])
        results["places_s"] = summary([timed([*briefing, "places", "Kramatorsk"], folder) for _ in range(RUNS)])
        build = [*briefing, "build", brief, "--html"]
        results["cold_s"] = summary([timed(build, folder, empty_figures(folder)) for _ in range(RUNS)])
        results["warm_s"] = summary([timed(build, folder) for _ in range(RUNS)])
        results["pdf_bytes"] = (folder / "out" / "pokrovsk.pdf").stat().st_size
        results["peak_rss_mb"] = peak_rss_mb(folder)
        html = floor_html(folder)
        floor = floor_command(folder, html)
        results["weasyprint_floor_s"] = summary([timed(floor, folder) for _ in range(RUNS)])
        results["chromium_s"] = chromium(folder, html)
        results["preview_edit_s"] = preview_edit(folder)

        batch = Path(scratch) / "batch"
        batch.mkdir()
        briefs = workspace(batch, BATCH)
        results["batch_seq_s"] = summary([timed([*briefing, "build", *briefs], batch, empty_figures(batch))
                                          for _ in range(max(1, RUNS // 2))])
        results["batch_jobs2_s"] = summary([timed([*briefing, "build", *briefs, "--jobs", "2"], batch,
                                                  empty_figures(batch)) for _ in range(max(1, RUNS // 2))])
        results["stages"] = stages(folder)
        results["figures_s"] = results["stages"].get("figures")
    results["targets"] = targets(results)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


def targets(r: dict) -> dict:
    med = {k: r[k]["median"] for k in ("check_s", "check_cold_s", "places_s", "cold_s", "warm_s",
                                         "weasyprint_floor_s", "batch_seq_s", "batch_jobs2_s")}
    return {
        "warm_s <= 1.25 x weasyprint_floor_s": med["warm_s"] <= 1.25 * med["weasyprint_floor_s"],
        "cold_s <= 2 x warm_s": med["cold_s"] <= 2 * med["warm_s"],
        "batch_jobs2_s <= 0.65 x batch_seq_s": med["batch_jobs2_s"] <= 0.65 * med["batch_seq_s"],
        "check_s <= 0.6": med["check_s"] <= 0.6,
        "check_cold_s <= 0.8": med["check_cold_s"] <= 0.8,
        "places_s <= 0.3 (worldwide lookup)": med["places_s"] <= 0.3,
        "pdf_bytes <= 1.5 MB": r["pdf_bytes"] <= 1_500_000,
        "preview_edit_s <= 1.5": r["preview_edit_s"]["median"] <= 1.5,
    }


def table(r: dict) -> str:
    rows = [("measure", "median", "min", "max")]
    for key in ("check_s", "check_cold_s", "places_s", "cold_s", "warm_s", "weasyprint_floor_s", "chromium_s",
                "preview_edit_s", "batch_seq_s", "batch_jobs2_s"):
        if r.get(key):
            rows.append((key, *(f"{r[key][k]:.3f}" for k in ("median", "min", "max"))))
    rows += [("figures_s", str(r["figures_s"]), "", ""), ("peak_rss_mb", str(r["peak_rss_mb"]), "", ""),
             ("pdf_bytes", f"{r['pdf_bytes']:,}", "", "")]
    rows += [(f"stage: {k}", f"{v:.3f}", "", "") for k, v in r["stages"].items()]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines.append("")
    lines += [f"- {'met' if ok else 'MISSED'}: {name}" for name, ok in r["targets"].items()]
    lines.append(f"\nMachine: {r['machine']}; {r['runs']} runs each (batch: {max(1, r['runs'] // 2)}).")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
