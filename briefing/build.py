"""The orchestration: gather and validate every input first, then write HTML and PDF."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from briefing.datafiles import Event, Point, read_events, read_series
from briefing.errors import BuildFailed, Problem, ValidationFailed
from briefing.geo import Located
from briefing.model import Brief, data_files, file_problems, load_brief, reference_problems
from briefing.render import Settings
from briefing.workspace import Workspace, shown_path


@dataclass(frozen=True)
class BuildOptions:
    """What the command line asked for; None means "as config.toml says"."""

    out_dir: Path | None = None
    keep_html: bool = False
    paper: str | None = None
    variant: str | None = None
    strict: bool = False


@dataclass(frozen=True)
class Job:
    """One validated brief, ready to render."""

    shown: str
    path: Path
    slug: str
    brief: Brief
    settings: Settings
    warnings: list[str] = field(default_factory=list)
    series: list[list[Point]] = field(default_factory=list)
    events: list[list[Event]] = field(default_factory=list)
    located: list[Located] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class Written:
    files: list[Path]
    warnings: list[str]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


def gather(brief_args: list[str], workspace: Workspace, options: BuildOptions = BuildOptions()) -> list[Job]:
    """Load and validate every brief; raise ValidationFailed with all problems of all briefs.

    Under --strict a warning is a problem too.
    """
    problems: list[Problem] = []
    jobs: list[Job] = []
    for arg in brief_args:
        try:
            jobs.append(_gather_one(arg, workspace, options))
        except ValidationFailed as failed:
            problems.extend(failed.problems)
    problems.extend(_slug_clashes(jobs))
    if options.strict:
        problems.extend(Problem(job.shown, "", f"--strict: {w.removeprefix(job.shown + ': ')}")
                        for job in jobs for w in job.warnings)
    if problems:
        raise ValidationFailed(problems)
    return jobs


def _gather_one(arg: str, workspace: Workspace, options: BuildOptions) -> Job:
    """One brief with the data files it uses, checked against the workspace's rules."""
    from briefing.claims import likelihood_warnings, source_problems
    from briefing.fonts import missing_glyphs
    from briefing.markup import markup_warnings
    from briefing.situation import map_problems, resolve_cached
    from briefing.validation import text_problems

    config = workspace.config
    brief = load_brief(Path(arg), arg, config.limits.max_brief_bytes)
    path = Path(arg).resolve()
    problems = reference_problems(brief, arg)
    if problems:  # later checks rely on the references being sound
        raise ValidationFailed(problems)
    problems, warnings = source_problems(brief, arg, config.require_sources)
    problems += file_problems(brief, path.parent, arg) + text_problems(brief, arg, config.limits.max_text_chars)
    series, events = [], []
    for item, read, into in [*((s, read_series, series) for s in brief.series),
                             *((e, read_events, events) for e in brief.events)]:
        if not (path.parent / item.file).is_file():
            continue  # reported by file_problems
        try:
            into.append(read(path.parent / item.file, str(Path(arg).parent / item.file)))
        except ValidationFailed as failed:
            problems.extend(failed.problems)
    problems += map_problems(brief, path.parent, config, arg)
    located = []
    if brief.places:
        try:
            located = resolve_cached(brief, arg, workspace.figures_dir)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
    if problems:
        raise ValidationFailed(problems)
    warnings += likelihood_warnings(brief, arg, config.likelihood_scale) + missing_glyphs(brief, arg)
    warnings += markup_warnings(brief, arg, path.parent, _allowed(workspace, path.parent))
    return Job(arg, path, path.parent.name, brief, _settings(brief, workspace, options), warnings, series, events,
               located)


def _settings(brief: Brief, workspace: Workspace, options: BuildOptions) -> Settings:
    """Built-in defaults < config.toml < the brief < command-line flags."""
    config, info = workspace.config, brief.brief
    return Settings(
        organisation=config.organisation,
        marking=info.marking if info.marking is not None else config.marking,
        marking_colour=info.marking_colour or config.marking_colour,
        language=info.language or config.language,
        paper=options.paper or config.paper,
        contents_threshold=config.contents_threshold,
        modified=_source_date() or info.as_of,
    )


def _source_date() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH, the reproducible-builds convention for "the time of this build"."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except ValueError:
        raise BuildFailed(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {epoch!r}") from None


def _slug_clashes(jobs: list[Job]) -> list[Problem]:
    first: dict[str, Job] = {}
    problems = []
    for job in jobs:
        if job.slug in first:
            clash = f"writes the same output name '{job.slug}' as {first[job.slug].shown}"
            problems.append(Problem(job.shown, "", clash))
        first.setdefault(job.slug, job)
    return problems


@dataclass(frozen=True)
class Prepared:
    """A brief's figures drawn and its HTML rendered: what the PDF is laid out from."""

    job: Job
    html: str
    warnings: list[str]
    timings: dict[str, float]
    figures: list[Path] = field(default_factory=list)  # the files in figures/ this build used


def write(job: Job, workspace: Workspace, options: BuildOptions = BuildOptions()) -> Written:
    """Render one gathered brief; nothing is replaced unless the whole brief rendered (and, under --strict,
    rendered without a warning)."""
    return finish(prepare(job, workspace), workspace, options)


def prepare(job: Job, workspace: Workspace, draw_map=None) -> Prepared:
    """Draw (or reuse) the map and charts, and render the HTML. `draw_map` (default: in this process) may
    draw an uncached map elsewhere, e.g. in a process that has Matplotlib and Cartopy imported already."""
    from briefing.chartdraw import render_charts
    from briefing.charts import chart_specs
    from briefing.render import Figures, render_html
    from briefing.situation import places_memo, situation_map as make_map

    timings: dict[str, float] = {}
    with stage(timings, "map"):
        situation_map = make_map(job, workspace, draw_map) if job.located or job.brief.map.extent else None
    with stage(timings, "charts"):
        specs = chart_specs(job.brief, job.series, job.events, job.settings.language)
        charts = render_charts(specs, workspace.figures_dir, job.slug)
    figures = Figures(charts=charts, map=situation_map, located=job.located, folder=job.folder)
    with stage(timings, "html"):
        html = render_html(job.brief, job.settings, workspace.templates_dir, figures)
    used = [path for chart in charts for path in (chart.image, chart.sidecar)]
    if situation_map:
        used += [situation_map.image, situation_map.sidecar]
    if job.located:
        used.append(places_memo(job.brief, workspace.figures_dir))
    return Prepared(job, html, situation_map.warnings if situation_map else [], timings, used)


def finish(prepared: Prepared, workspace: Workspace, options: BuildOptions, render_pdf=None) -> Written:
    """Lay out and write the PDF (and the HTML with --html), atomically. `render_pdf` (default: in this
    process) may lay the PDF out elsewhere, e.g. in a renderer process that has WeasyPrint imported already."""
    from briefing.figcache import prune_figures
    from briefing.pdf import PdfOptions, write_atomic

    if render_pdf is None:
        from briefing.pdf import render_pdf

    job, timings = prepared.job, dict(prepared.timings)
    pdf_options = PdfOptions(variant=options.variant, tagged=workspace.config.tagged or options.variant == "pdf/ua-1",
                             attachments=_attachments(job) if options.variant == "pdf/a-3b" else (),
                             date=job.settings.modified, timeout=workspace.config.limits.render_seconds)
    try:
        pdf, render_warnings = render_pdf(prepared.html, base=job.folder, allowed=_allowed(workspace, job.folder),
                                          options=pdf_options, timings=timings)
    except BuildFailed as failed:
        raise BuildFailed(f"{job.shown}: {failed}") from failed
    if job.warnings:  # WeasyPrint's own .notdef notice repeats, without the key path, what gather found
        render_warnings = [w for w in render_warnings if not w.startswith(".notdef glyph")]
    warnings = [f"{job.shown}: {w}" for w in [*prepared.warnings, *render_warnings]]
    if options.strict and warnings:
        raise BuildFailed("\n".join([*warnings, f"{job.shown}: --strict: not written because of the warnings above"]))
    out_dir = options.out_dir or workspace.out_dir
    written = [out_dir / f"{job.slug}.pdf"]
    write_atomic(written[0], pdf)
    if options.keep_html:
        written.append(out_dir / f"{job.slug}.html")
        write_atomic(written[1], _html_file(prepared.html, job.folder, out_dir).encode("utf-8"))
    prune_figures(workspace.figures_dir, job.slug, prepared.figures)
    return Written(written, warnings, timings)


def _html_file(html: str, folder: Path, out_dir: Path) -> str:
    """The HTML as written beside the PDF: a relative <base> points its images back at the brief's folder,
    so it opens in a browser as it was laid out (no absolute path goes into it)."""
    base = Path(os.path.relpath(folder, out_dir.resolve())).as_posix()
    return html.replace("<head>", f'<head>\n<base href="{escape(base)}/">', 1)


@contextlib.contextmanager
def stage(timings: dict[str, float], name: str):
    """Time one stage of a build (for the benchmark; costs nothing worth measuring)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def _allowed(workspace: Workspace, folder: Path) -> list[Path]:
    """The only folders the renderer may read from."""
    return [folder, workspace.templates_dir, workspace.figures_dir]


def _attachments(job: Job) -> tuple[Path, ...]:
    """The brief's TOML and every file it uses, so an archived PDF carries its own source."""
    return (job.path, *(job.folder / file for _, file in data_files(job.brief)))


def shown(paths: list[Path]) -> list[str]:
    return [shown_path(path) for path in paths]
