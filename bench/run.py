"""Benchmark of the example brief, with WeasyPrint's own layout of the same HTML beside it as the floor.

Run with `make bench`. Writes bench/results.json and prints a table. Plain Python, outside the test suite:
timings vary by machine; the ratios between them are what the targets speak of.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
BATCH = 12
LONG_BATCH, WINDOW = 60, 10  # a long batch, and the briefs at its start and at its end that are compared


def timed(command: list[str], cwd: Path, before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(samples: list[float]) -> dict:
    return {"median": round(statistics.median(samples), 3), "min": round(min(samples), 3),
            "max": round(max(samples), 3), "runs": len(samples)}


def workspace(folder: Path, copies: int = 1, titled: bool = False) -> list[str]:
    """A copy of this workspace's config, templates and the example brief (as `copies` briefs; `titled`: each
    with a title of its own, so that no two are the same document)."""
    shutil.copy(ROOT / "config.toml", folder / "config.toml")
    shutil.copytree(ROOT / "templates", folder / "templates")
    briefs = []
    for n in range(copies):
        slug = "pokrovsk" if copies == 1 else f"pokrovsk-{n:02d}"
        shutil.copytree(ROOT / "briefs" / "pokrovsk", folder / "briefs" / slug)
        if titled:
            brief = folder / "briefs" / slug / "brief.toml"
            text, count = re.subn(r'^title = "', f'title = "Copy {n + 1}: ', brief.read_text(encoding="utf-8"),
                                  count=1, flags=re.MULTILINE)
            assert count == 1, "the example brief has no title line to change"
            brief.write_text(text, encoding="utf-8")
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


def long_batch(folder: Path) -> dict:
    """LONG_BATCH titled copies of the example, each drawing its own map, built one after another by one
    `briefing build --all` (one process and its worker). Whatever a brief leaves behind in those processes
    shows at the end of the batch: the median of the report's seconds over the last WINDOW briefs against
    the first WINDOW, and the peak resident set of the parent and of its largest worker over each."""
    folder.mkdir()
    workspace(folder, LONG_BATCH, titled=True)
    report = folder / "report.json"
    command = [str(BIN / "briefing"), "build", "--all", "--report", str(report)]
    process = subprocess.Popen(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peaks = Peaks(process.pid)
    built, first, cpu = 0, {}, [0.0]
    for line in process.stdout:  # type: ignore[union-attr]
        if not line.startswith("out/"):  # one line per brief, as it is written
            continue
        built += 1
        cpu.append(peaks.cpu_seconds())
        if built == WINDOW:
            first = peaks.take()
        elif built == LONG_BATCH - WINDOW:
            peaks.reset()
    last = peaks.take()
    peaks.stop()
    if process.wait() != 0:
        raise SystemExit(f"the {LONG_BATCH}-brief batch failed: {' '.join(command)} in {folder}")
    seconds = [entry["seconds"] for entry in json.loads(report.read_text(encoding="utf-8"))["briefs"]]
    median_first, median_last = statistics.median(seconds[:WINDOW]), statistics.median(seconds[-WINDOW:])
    used = [after - before for before, after in zip(cpu, cpu[1:])]  # CPU seconds of parent and worker, by brief
    cpu_first, cpu_last = statistics.median(used[:WINDOW]), statistics.median(used[-WINDOW:])
    return {"briefs": len(seconds), "first_ten_s": round(median_first, 3), "last_ten_s": round(median_last, 3),
            "drift": round(median_last / median_first, 3), "cpu_first_ten_s": round(cpu_first, 3),
            "cpu_last_ten_s": round(cpu_last, 3), "cpu_drift": round(cpu_last / cpu_first, 3),
            "peak_rss_mb": {"first_ten": first, "last_ten": last}}


class Peaks:
    """While a process runs: the peak resident set (VmHWM) of it and of its largest child, read every 50 ms,
    and how many cores other processes of the machine kept busy meanwhile (its neighbours slow it down, and a
    shared machine's neighbours come and go), since it started or since `reset` (which asks Linux to start
    each process's peak anew: /proc/<pid>/clear_refs)."""

    def __init__(self, pid: int):
        self.pid, self.lock = pid, threading.Lock()
        self.peak: dict[int, int] = {}  # kB since the last reset, by process
        self.cpu: dict[int, int] = {}  # clock ticks used since it started, by process
        self.generation = 0  # a reading begun before a reset is dropped
        self.since = (time.monotonic(), _machine_busy(), 0)  # when, the machine's busy ticks, ours
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _pids(self) -> list[int]:
        try:
            children = Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text().split()
        except OSError:
            return [self.pid]
        return [self.pid, *map(int, children)]

    def _watch(self) -> None:
        while self.running:
            generation = self.generation
            for pid in self._pids():
                try:
                    status, stat = Path(f"/proc/{pid}/status").read_text(), Path(f"/proc/{pid}/stat").read_text()
                except OSError:
                    continue
                found = re.search(r"^VmHWM:\s+(\d+)", status, re.MULTILINE)
                fields = stat.rsplit(")", 1)[1].split()
                with self.lock:
                    self.cpu[pid] = int(fields[11]) + int(fields[12])  # utime + stime
                    if found and generation == self.generation:
                        self.peak[pid] = max(self.peak.get(pid, 0), int(found[1]))
            time.sleep(0.05)

    def cpu_seconds(self) -> float:
        """CPU seconds the process and its children have used so far (as last read)."""
        with self.lock:
            return sum(self.cpu.values()) / os.sysconf("SC_CLK_TCK")

    def take(self) -> dict:
        """{"parent": MB, "worker": MB of the largest child, "others_cores": busy cores not ours}."""
        with self.lock:
            children = [kb for pid, kb in self.peak.items() if pid != self.pid]
            when, busy, ours = self.since
            others = (_machine_busy() - busy) - (sum(self.cpu.values()) - ours)
            return {"parent": round(self.peak.get(self.pid, 0) / 1024, 1),
                    "worker": round(max(children, default=0) / 1024, 1),
                    "others_cores": round(others / os.sysconf("SC_CLK_TCK") / (time.monotonic() - when), 2)}

    def reset(self) -> None:
        with self.lock:
            for pid in self._pids():
                with contextlib.suppress(OSError):
                    Path(f"/proc/{pid}/clear_refs").write_text("5")
            self.peak.clear()
            self.generation += 1
            self.since = (time.monotonic(), _machine_busy(), sum(self.cpu.values()))

    def stop(self) -> None:
        self.running = False
        self.thread.join()


def _machine_busy() -> int:
    """Clock ticks all the machine's cores have spent busy since it booted (/proc/stat), 0 where unknown."""
    try:
        fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0
    return sum(fields[:3]) + sum(fields[5:8])  # user, nice, system, irq, softirq, steal (not idle, iowait)


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
        results["batch60"] = long_batch(Path(scratch) / "batch60")
        results["stages"] = stages(folder)
        results["figures_s"] = results["stages"].get("figures")
    results["targets"] = targets(results)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


def targets(r: dict) -> dict:
    rss = r["batch60"]["peak_rss_mb"]
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
        "batch60 drift <= 1.1 (last ten briefs' median seconds / first ten's)": r["batch60"]["drift"] <= 1.1,
        "batch60 peak RSS flat (last ten <= 1.05 x first ten, parent and worker)":
            all(rss["last_ten"][p] <= 1.05 * rss["first_ten"][p] for p in ("parent", "worker")),
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
    lines = _markdown(rows) + [""] + _markdown(_long_batch_rows(r["batch60"]))
    lines.append("")
    lines += [f"- {'met' if ok else 'MISSED'}: {name}" for name, ok in r["targets"].items()]
    lines.append(f"\nMachine: {r['machine']}; {r['runs']} runs each (batch: {max(1, r['runs'] // 2)}).")
    return "\n".join(lines)


def _long_batch_rows(long: dict) -> list[tuple[str, ...]]:
    rss = long["peak_rss_mb"]
    rows = [(f"batch60 ({long['briefs']} briefs, one process)", "first ten", "last ten", "last / first"),
            ("median seconds (the report's)", f"{long['first_ten_s']:.3f}", f"{long['last_ten_s']:.3f}",
             f"{long['drift']:.3f}"),
            ("median CPU seconds (parent + worker)", f"{long['cpu_first_ten_s']:.3f}", f"{long['cpu_last_ten_s']:.3f}",
             f"{long['cpu_drift']:.3f}")]
    for who in ("parent", "worker"):
        first, last = rss["first_ten"][who], rss["last_ten"][who]
        rows.append((f"peak RSS MB, {who}", f"{first}", f"{last}", f"{last / first:.3f}" if first else ""))
    rows.append(("other processes' busy cores", f"{rss['first_ten']['others_cores']}",
                 f"{rss['last_ten']['others_cores']}", ""))
    return rows


def _markdown(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines


if __name__ == "__main__":
    main()
