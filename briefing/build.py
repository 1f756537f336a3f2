"""The one pipeline: load → check → places → figures → html → pdf → write, one function per stage.

`gather` runs load, check and places for every brief first (every problem at once; nothing is written unless
every brief is sound), then `build` runs the rest for one brief. The two stages that need heavy libraries
(figures: Matplotlib and Cartopy; pdf: WeasyPrint) go through `offload`, which runs them here by default and
in a warmed-up process when briefing.workers runs the build.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path
from typing import Any

from briefing import cache
from briefing.brief import contained
from briefing.brief.aliases import ALIASES_FILE, load_aliases
from briefing.brief.checks import run_checks
from briefing.brief.checks.verify import Verification, verify
from briefing.brief.checks.weekly import against_previous
from briefing.brief.compare import Changes
from briefing.brief.datafiles import Event, Point, read_events, read_series
from briefing.brief.history import Followed
from briefing.brief.load import Loaded, load
from briefing.brief.model import Brief, Events, MapLayer, Series
from briefing.config import Limits
from briefing.errors import BriefingError, BuildFailed, Problem, ValidationFailed, errors, note, warning
from briefing.figures import Figures, draw_figures
from briefing.figures.maps.request import outside_message
from briefing.files import remove_orphans, unwritable, write_atomic
from briefing.fonts import bundled_fonts_dir
from briefing.messages import desk_of
from briefing.offload import Offload, here
from briefing.output.html import Settings, render_html
from briefing.output.pdf import FONT_SCHEME, PdfOptions, Rendered, render_pdf
from briefing.places import resolve
from briefing.places.desk import DESK_FILE, load_desk
from briefing.places.located import Located
from briefing.workspace import Workspace, shown_path, slug_of

FONT_URL = re.compile(rf"{FONT_SCHEME}:([A-Za-z0-9_.-]+)")


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
    """One checked brief with its data and places, ready to build."""

    shown: str
    path: Path
    slug: str
    brief: Brief
    settings: Settings
    warnings: list[Problem] = field(default_factory=list)
    series: list[list[Point]] = field(default_factory=list)
    events: list[list[Event]] = field(default_factory=list)
    located: list[Located] = field(default_factory=list)
    places_memo: Path | None = None
    checked_s: float = 0.0  # spent loading and checking it: the first part of its limits.build_seconds
    changes: Changes | None = None  # since the previous brief, when it names one
    history: list[Followed] = field(default_factory=list)  # its [[history]], followed through the previous briefs
    verification: Verification = field(default_factory=Verification)  # its claims against the archived sources

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class Written:
    files: list[Path]
    problems: list[Problem]  # content warnings found while building, and notices about the machine
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    pages: int = 0  # of the PDF


# load → check → places, for every brief ------------------------------------------------------------------------

@dataclass(frozen=True)
class Gathered:
    """Every brief of a build, checked: the jobs of those that can be built (with their warnings), and each of the
    others with its problems (an error, or under --strict a content warning)."""

    jobs: list[Job]
    invalid: dict[str, list[Problem]]
    problems: list[Problem]  # of every brief, each once, in the order found


def gather(brief_args: list[str], workspace: Workspace, options: BuildOptions = BuildOptions(),
           offload: Offload = here) -> list[Job]:
    """Load, check and place every brief; raise ValidationFailed with every problem of every brief if any brief
    is invalid (has an error; under --strict, a content warning). The jobs carry their warnings. Reading an
    archived web page or PDF goes through `offload`."""
    gathered = gather_each(brief_args, workspace, options, offload)
    if gathered.invalid:
        raise ValidationFailed(gathered.problems)
    return gathered.jobs


def gather_each(brief_args: list[str], workspace: Workspace, options: BuildOptions = BuildOptions(),
                offload: Offload = here) -> Gathered:
    """Load, check and place every brief, and sort them into those that can be built and those that cannot
    (for `build --keep-going`); raises nothing for an invalid brief. A brief that writes the same output name
    as one given before it is invalid (B205), whether or not that one is: which brief is built does not depend
    on which is mended first."""
    apply = workspace.config.checks.apply
    found: dict[str, list[Problem]] = {}
    jobs: list[Job] = []
    for arg in brief_args:
        job, problems = check(arg, workspace, options, offload)
        found[arg] = apply(list(dict.fromkeys(problems)))
        jobs += [job] if job else []
    for clash in _slug_clashes(brief_args):
        found[clash.file].append(clash)
    invalid = {arg: problems for arg, problems in found.items()
               if arg not in {job.shown for job in jobs} or _refused(problems, options.strict)}
    sound = [replace(job, warnings=[p for p in found[job.shown] if p.file == job.shown]) for job in jobs
             if job.shown not in invalid]
    return Gathered(sound, invalid, list(dict.fromkeys(p for problems in found.values() for p in problems)))


def _refused(problems: list[Problem], strict: bool) -> bool:
    """Whether these problems of one brief keep it from being built."""
    return any(p.fails(strict) for p in problems)


def check(arg: str, workspace: Workspace, options: BuildOptions = BuildOptions(),
          offload: Offload = here) -> tuple[Job | None, list[Problem]]:
    """One brief through load, check (every rule), its data files and places: the job, if it can be built,
    and every problem found."""
    config = workspace.config
    started = time.monotonic()
    try:
        loaded = load(Path(arg), arg, config.limits)
    except ValidationFailed as failed:
        return None, failed.problems
    problems = run_checks(loaded, config, allowed_folders(workspace, loaded.folder))
    series, events, data_problems = read_data(loaded, config.limits)
    desk = load_desk(workspace.root, shown_path(workspace.root / DESK_FILE), config.limits)
    resolved = resolve(loaded, workspace.figures_dir, desk)
    weekly = against_previous(loaded, config.limits)
    aliases = load_aliases(workspace.root, shown_path(workspace.root / ALIASES_FILE), config.limits)
    verification = verify(loaded, config, workspace.figures_dir, offload, aliases)
    problems += data_problems + desk.problems + aliases.problems + resolved.problems + weekly.problems + \
        verification.problems + _outside_extent(loaded, resolved.located)
    if loaded.brief is None or errors(problems):
        return None, problems
    brief = loaded.brief.model_copy(update={"places": resolved.places}) if resolved.places else loaded.brief
    job = Job(arg, loaded.path, loaded.folder.name, brief, _settings(brief, workspace, options),
              [], series, events, resolved.located, resolved.memo, time.monotonic() - started, weekly.changes,
              weekly.history, verification)
    return job, problems


def _outside_extent(loaded: Loaded, located: list[Located]) -> list[Problem]:
    """A place outside the brief's own [map] extent, which the map cannot show (B707): known here, before anything
    is drawn, so that `check --strict` refuses what `build --strict` would."""
    if loaded.brief is None or loaded.brief.map.extent is None:
        return []
    west, east, south, north = loaded.brief.map.extent
    names = {place.name: i for i, place in reversed(list(enumerate(loaded.brief.places)))}
    problems = []
    for place in located:
        across = west <= place.lon <= east if west <= east else (place.lon >= west or place.lon <= east)
        if place.kind == "point" and place.name in names and not (across and south <= place.lat <= north):
            problems.append(warning("B707", loaded.shown, f"places[{names[place.name]}]", outside_message(place.name)))
    return problems


def verify_brief(arg: str, workspace: Workspace, offload: Offload = here) -> tuple[Verification | None, list[Problem]]:
    """`briefing verify`: one brief's claims against its archived sources, and the problems that stopped it
    (a brief that cannot be read, a missing archive, a broken aliases.toml) or that it found."""
    config = workspace.config
    try:
        loaded = load(Path(arg), arg, config.limits)
    except ValidationFailed as failed:
        return None, failed.problems
    files = [p for p in run_checks(loaded, config, allowed_folders(workspace, loaded.folder))
             if p.key.startswith("sources[") and p.key.endswith(".archive")]
    aliases = load_aliases(workspace.root, shown_path(workspace.root / ALIASES_FILE), config.limits)
    verification = verify(loaded, config, workspace.figures_dir, offload, aliases)
    return verification, config.checks.apply([*loaded.problems, *files, *aliases.problems, *verification.problems])


def check_writable(folders: list[Path]) -> None:
    """Before anything is checked or drawn: each folder a build writes into can take files (it is made if
    missing); else BuildFailed (B706) naming the first that cannot and why, not a traceback after the work."""
    for folder in folders:
        if why := unwritable(folder):
            raise BuildFailed(f"cannot write into {shown_path(folder)}: {why}", "B706")


def draft_brief(archives: list[Path], source_id: str | None, country: str | None, out: Path | None, tables: bool,
                workspace: Workspace, as_of: dt.datetime, offload: Offload = here) -> tuple[str, list[Problem]]:
    """`briefing draft`: one brief (or, with `tables`, only its [[...]] tables) proposed from saved articles (files,
    or folders of them), and a problem for each archive that cannot be read: the others are drafted all the same.
    Refuses to name an output that exists or sits beside an existing brief."""
    from briefing.brief.archive import read_archive
    from briefing.brief.draft import brief_header, draft, read_notes, source_tables, to_toml
    from briefing.brief.draft_merge import archives_in, merge, source_ids
    from briefing.places.gazetteer import draft_gazetteer
    from briefing.places.geonames import country_codes

    if country and country.upper() not in country_codes():
        raise BuildFailed(f"--country: unknown country code '{country}'", "B603")
    if out is not None and (out.exists() or (out.parent / "brief.toml").exists()):
        existing = out if out.exists() else out.parent / "brief.toml"
        raise BuildFailed(f"{shown_path(existing)} exists: draft never overwrites a file or writes into an "
                          "existing brief (print the tables with --tables and paste them)", "B706")
    if out is not None and (why := unwritable(out.parent)):
        raise BuildFailed(f"cannot write {shown_path(out)}: {why}", "B706")
    named = archives_in(archives)
    files = [path for path in named if isinstance(path, Path)]
    ids = [source_id] if source_id is not None else source_ids([file.name for file in files])
    base = (out.parent if out else Path.cwd()).resolve()
    sid_of = dict(zip(files, ids))
    drafts, shown, read, problems = [], {}, {}, []
    gazetteer = draft_gazetteer()
    for file in named:
        if isinstance(file, Problem):
            problems.append(file)
            continue
        sid = sid_of[file]
        try:
            found, _ = read_archive(file.parent, file.name, workspace.config.limits, offload=offload)
        except BriefingError as error:
            problems.append(Problem(getattr(error, "code", "B901"), str(file), "", str(error)))
            continue
        shown[sid], read[sid] = Path(os.path.relpath(file.resolve(), base)).as_posix(), found
        drafts.append((sid, draft(found, sid, gazetteer, country.upper() if country else None)))
    if not drafts:
        raise ValidationFailed(problems)
    listed = [(sid, path, read[sid]) for sid, path in shown.items()]
    if tables:
        header = "\n".join(read_notes(listed)) if source_id is not None else \
            "\n".join([*read_notes(listed), source_tables(listed)])
    else:
        header = brief_header(listed, as_of.strftime("%Y-%m-%dT%H:%M:00Z"))
    return to_toml(merge(drafts), shown, header), problems


def read_data(loaded: Loaded, limits: Limits) -> tuple[list[list[Point]], list[list[Event]], list[Problem]]:
    """The CSV files of [[series]] and [[events]] (a file that is missing, outside the brief's folder or too
    large is the check's to report)."""
    shown_folder = Path(loaded.shown).parent
    series: list[list[Point]] = []
    events: list[list[Event]] = []
    problems: list[Problem] = []
    readers: list[tuple[str, Callable[[Path, str, str, Limits], list[Any]], list[list[Any]]]] = [
        ("series", read_series, series), ("events", read_events, events)]
    for section, read, into in readers:
        for _, item in loaded.items(section):
            try:
                contained.locate(loaded.folder, item.file, limits.max_file_bytes)
            except contained.Refused:
                continue
            try:
                into.append(read(loaded.folder, item.file, str(shown_folder / item.file), limits))
            except ValidationFailed as failed:
                problems.extend(failed.problems)
    return series, events, problems


def _settings(brief: Brief, workspace: Workspace, options: BuildOptions) -> Settings:
    """Built-in defaults < config.toml < the brief < command-line flags."""
    config, info = workspace.config, brief.brief
    return Settings(
        organisation=info.organisation or config.organisation,
        marking=info.marking if info.marking is not None else config.marking,
        marking_colour=info.marking_colour or config.marking_colour,
        language=info.language or config.language,
        paper=options.paper or config.paper,
        contents_threshold=config.contents_threshold,
        modified=_source_date() or info.as_of,
        titles=config.titles,
        desk=desk_of(workspace, info.language or config.language),
    )


def _source_date() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH, the reproducible-builds convention for "the time of this build"."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    except ValueError:
        raise BuildFailed(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, got {epoch!r}") from None


def _slug_clashes(brief_args: list[str]) -> list[Problem]:
    first: dict[str, str] = {}
    problems = []
    for arg in brief_args:
        slug = slug_of(arg)
        if slug in first:
            problems.append(Problem("B205", arg, "", f"writes the same output name '{slug}' as {first[slug]}"))
        first.setdefault(slug, arg)
    return problems


# figures → html → pdf → write, for one brief ---------------------------------------------------------------------

def build(job: Job, workspace: Workspace, options: BuildOptions = BuildOptions(), offload: Offload = here) -> Written:
    """Build one gathered brief; nothing is replaced unless the whole brief rendered (and, under --strict,
    rendered without a content warning)."""
    timings: dict[str, float] = {}
    try:
        with stage(timings, "figures"):
            figures = offload("figures", draw_figures, job.brief, job.located, job.series, job.events, job.folder,
                              job.slug, job.settings.language, workspace, job.history, _new_places(job))
        with stage(timings, "html"):
            html = render_html(job.brief, job.settings, workspace.templates_dir, figures, job.changes,
                               job.verification)
        rendered = offload("pdf", render_pdf, html, job.folder, allowed_folders(workspace, job.folder),
                           _pdf_options(job, workspace, options), job.shown)
    except BuildFailed as failed:
        raise failed.blamed_on(job.shown) from failed
    return write(job, figures, html, rendered, workspace, options, {**timings, **rendered.timings})


def _new_places(job: Job) -> tuple[str, ...]:
    """The places on the map for the first time since the previous brief."""
    indexes = job.changes.new.get("places", ()) if job.changes else ()
    return tuple(job.brief.places[i].name for i in indexes)


def _pdf_options(job: Job, workspace: Workspace, options: BuildOptions) -> PdfOptions:
    data: list[Series | Events | MapLayer] = [*job.brief.series, *job.brief.events, *job.brief.map.layers]
    limit = workspace.config.limits.max_file_bytes
    attachments = (job.path, *(contained.locate(job.folder, item.file, limit) for item in data),
                   *(archive.path for archive in job.verification.archives.values()))
    return PdfOptions(variant=options.variant, tagged=workspace.config.tagged or options.variant == "pdf/ua-1",
                      attachments=attachments if options.variant == "pdf/a-3b" else (), date=job.settings.modified,
                      limits=workspace.config.limits)


def write(job: Job, figures: Figures, html: str, rendered: Rendered, workspace: Workspace, options: BuildOptions,
          timings: dict[str, float]) -> Written:
    """The PDF (and the HTML with --html), each written atomically; then the cache forgets what this brief no
    longer uses."""
    known = {p.message for p in job.warnings}  # a place outside [map] extent: the check said it already
    maps = [("", figures.map)] if figures.map else []
    maps += [(f"detail map {d.detail.letter}: ", d.map) for d in figures.details]
    drawn = [warning("B707", job.shown, "map", which + text) for which, result in maps for text in result.warnings
             if text not in known]
    drawn += [note("B701", job.shown, "map", which + text) for which, result in maps for text in result.notes]
    found = [*drawn, *_new(rendered.problems, job)]
    problems = workspace.config.checks.apply(found)
    if any(p.fails(options.strict) for p in problems):
        raise ValidationFailed(problems)
    out_dir = options.out_dir or workspace.out_dir
    written = [(out_dir / f"{job.slug}.pdf", rendered.pdf)]
    fonts: list[tuple[Path, bytes]] = []
    if options.keep_html:
        html, fonts = _html_fonts(html, job.folder, out_dir)
        written.append((out_dir / f"{job.slug}.html", _html_file(html, job.folder, out_dir).encode("utf-8")))
    for folder in (out_dir, workspace.figures_dir):
        remove_orphans(folder)
    for path, data in [*written, *fonts]:
        try:
            write_atomic(path, data)
        except OSError as error:
            raise BuildFailed(f"cannot write {shown_path(path)}: {error.strerror}", "B706", job.shown) from None
    cache.prune(workspace.figures_dir, job.slug, [*figures.files, *([job.places_memo] if job.places_memo else []),
                                                  *job.verification.cached])
    return Written([path for path, _ in written], problems, timings, rendered.pages)


def _new(problems: list[Problem], job: Job) -> list[Problem]:
    """WeasyPrint's own .notdef notice repeats, without the key path, what the check found already (B303)."""
    if any(p.code == "B303" for p in job.warnings):
        return [p for p in problems if not p.message.startswith(".notdef glyph")]
    return problems


def _html_fonts(html: str, folder: Path, out_dir: Path) -> tuple[str, list[tuple[Path, bytes]]]:
    """The HTML with its fonts (the renderer's private `briefing-font:` addresses) at `fonts/` beside it, where a
    browser finds them; and the font files to write there, those not there already."""
    names = sorted({name for name in FONT_URL.findall(html) if (bundled_fonts_dir() / name).is_file()})
    base = Path(os.path.relpath(out_dir.resolve() / "fonts", folder.resolve())).as_posix()  # from the <base>
    files = []
    for name in names:
        html = html.replace(f"{FONT_SCHEME}:{name}", f"{base}/{name}")
        data = (bundled_fonts_dir() / name).read_bytes()
        target = out_dir / "fonts" / name
        if not target.is_file() or target.stat().st_size != len(data) or target.read_bytes() != data:
            files.append((target, data))
    return html, files


def _html_file(html: str, folder: Path, out_dir: Path) -> str:
    """The HTML as written beside the PDF: a relative <base> points its images back at the brief's folder,
    so it opens in a browser as it was laid out (no absolute path goes into it)."""
    base = Path(os.path.relpath(folder, out_dir.resolve())).as_posix()
    return html.replace("<head>", f'<head>\n<base href="{escape(base)}/">', 1)


@contextlib.contextmanager
def stage(timings: dict[str, float], name: str) -> Iterator[None]:
    """Time one stage of a build (for the benchmark; costs nothing worth measuring)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def allowed_folders(workspace: Workspace, folder: Path) -> list[Path]:
    """The only folders the renderer may read from."""
    return [folder, workspace.templates_dir, workspace.figures_dir]
