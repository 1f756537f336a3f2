"""The `briefing` command: parses options, calls the library, prints results. No logic of its own."""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

import click

from briefing import __version__
from briefing.errors import BriefingError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

config_option = click.option("--config", "config_file", metavar="FILE", default=None,
                             type=click.Path(dir_okay=False),
                             help="Workspace config.toml (default: the nearest one above the brief).")

strict_option = click.option("--strict", is_flag=True, default=False,
                             help="Treat every warning as an error (for CI).")


def format_option(json_help: str):
    return click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
                        show_default=True, help=json_help)


def reports_errors(command):
    """Print a BriefingError as its lines and exit 1; a traceback only with --debug."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BriefingError as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            if error.problems:
                _print_problems(error.problems, bool(kwargs.get("strict")))
            else:
                click.echo(str(error), err=True)
            sys.exit(1)
        except OSError as error:  # a file the library did not expect to fail: still one line, never a traceback
            if click.get_current_context().find_root().params.get("debug"):
                raise
            click.echo(_os_error(error), err=True)
            sys.exit(1)

    return wrapper


def _os_error(error: OSError) -> str:
    """An operating system's refusal as one line: the file it names and why."""
    from briefing.workspace import shown_path

    why = error.strerror or type(error).__name__
    if error.filename is None:
        return f"briefing: {why}"
    return f"{shown_path(Path(os.fsdecode(error.filename)))}: {why}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
def main(debug: bool) -> None:
    """Turn a brief written in TOML into a print-ready PDF."""


@main.command()
@click.argument("briefs", nargs=-1, metavar="BRIEF...")
@click.option("--all", "every", is_flag=True,
              help="Build every brief under the workspace's briefs/ folder: all of them or, if one is invalid, "
                   "none (unless --keep-going).")
@click.option("--keep-going", is_flag=True, default=False,
              help="Build every valid brief even when others are invalid; report each invalid one and exit 1. "
                   "Without it, one invalid brief stops the build: nothing is written and the others are "
                   "reported skipped.")
@click.option("--shard", metavar="K/N", default=None,
              help="Build only shard K of N (every N-th brief by slug): N CI jobs build each brief once.")
@click.option("--out", "out_dir", metavar="DIR", default=None, type=click.Path(file_okay=False),
              help="Output folder (default: paths.out in config.toml, else out/).")
@click.option("--html", "keep_html", is_flag=True, help="Also write the HTML the PDF is made from.")
@click.option("--paper", type=click.Choice(["A4", "Letter"]), default=None,
              help="Paper size (default: paper in config.toml, else A4).")
@click.option("--pdf-variant", "variant", type=click.Choice(["pdf/a-3b", "pdf/ua-1"]), default=None,
              help="pdf/a-3b: archival, with the brief and its files attached; pdf/ua-1: accessible.")
@click.option("--jobs", "workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Build this many briefs at once (0: one per CPU).")
@click.option("--report", "report_file", metavar="FILE.json", default=None, type=click.Path(dir_okay=False),
              help="Write per brief: status, problems, output, sha256, pages, bytes, seconds.")
@click.option("--junit", "junit_file", metavar="FILE.xml", default=None, type=click.Path(dir_okay=False),
              help="Write a JUnit XML file: one test case per brief, its problems as the failure.")
@strict_option
@config_option
@reports_errors
def build(briefs: tuple[str, ...], every: bool, keep_going: bool, shard: str | None, out_dir: str | None,
          keep_html: bool, paper: str | None, variant: str | None, workers: int, report_file: str | None,
          junit_file: str | None, strict: bool, config_file: str | None) -> None:
    """Validate BRIEF... then write out/<slug>.pdf for each."""
    from briefing.workers import Workers, archive_offload, worker_count

    if every == bool(briefs):
        raise click.UsageError("give BRIEF... or --all (not both)")
    single = len(briefs) == 1 and shard is None
    count = worker_count(workers, len(briefs) or 2)
    with Workers(count + 1 if single else count) as pool:  # one brief: a second process for its figures
        pool.warm("pdf")  # a process that imports WeasyPrint while the briefs are checked
        if single and _map_likely_drawn(briefs[0], config_file):
            pool.warm("maps")  # ... and one that imports Matplotlib and Cartopy
        from briefing.build import BuildOptions, check_writable, gather_each
        from briefing.errors import ValidationFailed
        from briefing.workspace import open_workspace

        workspace = open_workspace(config_file, near=Path(briefs[0]).parent if briefs else None)
        check_writable([Path(out_dir) if out_dir else workspace.out_dir, workspace.figures_dir,
                        *(Path(report).parent for report in (report_file, junit_file) if report)])
        chosen = _chosen(list(briefs), every, shard, workspace)
        for _ in range(count - 1):
            pool.warm("pdf")
        options = BuildOptions(Path(out_dir) if out_dir else None, keep_html, paper, variant, strict)
        gathered = gather_each(chosen, workspace, options, archive_offload(pool, workspace.config.limits))
        if gathered.invalid and not keep_going:
            _write_reports(_stopped(chosen, gathered), report_file, junit_file, strict)
            raise ValidationFailed(gathered.problems)
        _print_invalid(gathered.invalid, strict)
        for job in gathered.jobs:
            _print_problems(job.warnings)
        built = _report(pool.build_all(gathered.jobs, workspace, options), len(gathered.jobs), strict)
    outcomes = sorted([*built, *_invalid(gathered)], key=lambda outcome: outcome.brief)
    _write_reports(outcomes, report_file, junit_file, strict)
    _exit_unless_all_built(outcomes)


def _chosen(briefs: list[str], every: bool, shard: str | None, workspace) -> list[str]:
    """The briefs this command builds: those given, or every brief of the workspace, then this shard of them."""
    from briefing.reports import shard as shard_of
    from briefing.workspace import shown_path

    if every:
        briefs = [shown_path(path) for path in sorted(workspace.briefs_dir.glob("*/brief.toml"))]
        if not briefs:
            raise BriefingError(f"{shown_path(workspace.briefs_dir)}: no briefs (*/brief.toml) to build")
    if shard is None:
        return briefs
    try:
        chosen = shard_of(briefs, shard)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--shard") from None
    if not chosen:
        click.echo(f"shard {shard}: no briefs to build ({len(briefs)} in all)", err=True)
    return chosen


def _stopped(chosen: list[str], gathered) -> list:
    """Without --keep-going an invalid brief stops the build: each invalid brief's outcome, and each sound one
    "skipped"."""
    from briefing.reports import Outcome
    from briefing.workspace import slug_of

    warnings = {job.shown: job.warnings for job in gathered.jobs}
    return [Outcome(b, slug_of(b), "invalid", gathered.invalid[b]) if b in gathered.invalid
            else Outcome(b, slug_of(b), "skipped", warnings[b]) for b in chosen]


def _invalid(gathered) -> list:
    from briefing.reports import Outcome
    from briefing.workspace import slug_of

    return [Outcome(brief, slug_of(brief), "invalid", problems) for brief, problems in gathered.invalid.items()]


def _print_invalid(invalid: dict, strict: bool) -> None:
    """Each invalid brief's problems; one that several share (of the workspace's places.toml, say) once."""
    printed: set = set()
    for brief, problems in invalid.items():
        _print_problems([p for p in problems if p not in printed], strict, brief)
        printed.update(problems)


def _exit_unless_all_built(outcomes) -> None:
    """Exit 1 if a brief was not built: with a count when there were several."""
    invalid, failed = (sum(o.status == status for o in outcomes) for status in ("invalid", "failed"))
    if not invalid + failed:
        return
    if len(outcomes) == 1:
        sys.exit(1)
    why = ", ".join(f"{count} {what}" for count, what in ((invalid, "invalid"), (failed, "failed to build")) if count)
    raise BriefingError(f"{invalid + failed} of {len(outcomes)} briefs not built ({why}); "
                        f"{len(outcomes) - invalid - failed} written")


def _write_reports(outcomes, report_file: str | None, junit_file: str | None, strict: bool) -> None:
    from briefing.reports import write_json, write_junit

    if report_file:
        write_json(Path(report_file), outcomes)
    if junit_file:
        write_junit(Path(junit_file), outcomes, strict)


def _map_likely_drawn(brief: str, config_file: str | None) -> bool:
    """Whether building this brief will probably draw its map: it has places or a [map], and its last build
    left no map in the cache. A wrong guess costs a little time, never a wrong result."""
    from briefing import cache
    from briefing.workspace import figures_dir_guess

    try:
        text = Path(brief).read_text(encoding="utf-8", errors="replace") if Path(brief).is_file() else ""
    except OSError:  # a pipe is not read: it could block; checking the brief says what is wrong
        return False
    if "[[places]]" not in text and "[map]" not in text:
        return False
    figures = figures_dir_guess(config_file, near=Path(brief).parent)
    return not cache.has_map(figures, Path(brief).resolve().parent.name)


def _report(results, total: int, strict: bool) -> list:
    """Print each brief's files (stdout) and problems (stderr) as it finishes; then the notices about this
    machine, once; return each brief's outcome."""
    from briefing.reports import Outcome
    from briefing.workspace import shown_path

    outcomes, notices = [], []
    progress = sys.stderr.isatty() and total > 1
    for done, (job, result, seconds) in enumerate(results, 1):
        if progress:
            click.echo(f"\r\x1b[K[{done}/{total}] {job.slug}", err=True, nl=done == total)
        notices += [p for p in result.problems if p.origin == "environment" and p not in notices]
        content = [p for p in result.problems if p.origin == "content"]
        if isinstance(result, BriefingError):
            _print_problems(content, strict, job.shown) if content else click.echo(str(result), err=True)
            problems = content or result.blamed_on(job.shown).problems  # a failure without a record gets one
            outcomes.append(Outcome(job.shown, job.slug, "failed", [*job.warnings, *problems], seconds=seconds))
            continue
        _print_problems(content)
        for path in result.files:
            click.echo(shown_path(path))
        outcomes.append(Outcome(job.shown, job.slug, "built", [*job.warnings, *content], result.files[0], seconds,
                                result.pages))
    _print_notices(notices)
    return outcomes


def _print_problems(problems, strict: bool = False, shown: str = "") -> None:
    """Errors first, then content warnings ("warning: ..."); under --strict, say why nothing was written."""
    content = [p for p in problems if p.origin == "content"]
    rank = {"error": 0, "warning": 1, "note": 2}
    for problem in sorted(content, key=lambda p: rank[p.severity]):
        click.echo(str(problem) if problem.is_error else f"{problem.severity}: {problem}", err=True)
    if strict and any(p.fails(strict) for p in content) and not any(p.is_error for p in content):
        click.echo(f"{shown + ': ' if shown else ''}--strict: not written because of the warnings above", err=True)
    _print_notices([p for p in problems if p.origin == "environment"])


def _print_notices(notices) -> None:
    """About this machine, not any brief: shown once, under their own heading."""
    if notices:
        click.echo("about this machine (not the brief):", err=True)
        for notice in dict.fromkeys(notices):
            click.echo(f"  {notice}", err=True)


@main.command()
@click.argument("briefs", nargs=-1, required=True, metavar="BRIEF...")
@strict_option
@format_option("json: every problem as a record (code, severity, origin, file, key, message, hint).")
@config_option
@reports_errors
def check(briefs: tuple[str, ...], strict: bool, output_format: str, config_file: str | None) -> None:
    """Validate BRIEF... without rendering; print every problem, one per line."""
    import json

    from briefing.build import BuildOptions, gather
    from briefing.errors import ValidationFailed
    from briefing.workers import Workers, archive_offload
    from briefing.workspace import open_workspace

    workspace = open_workspace(config_file, near=Path(briefs[0]).parent)
    try:
        with Workers(1) as pool:  # a process only if a web page or PDF must be read
            jobs = gather(list(briefs), workspace, BuildOptions(strict=strict),
                          archive_offload(pool, workspace.config.limits))
    except ValidationFailed as failed:
        if click.get_current_context().find_root().params.get("debug"):
            raise
        if output_format == "json":
            click.echo(json.dumps([p.record() for p in failed.problems], indent=1, ensure_ascii=False))
            sys.exit(1)
        _print_problems(failed.problems, strict and not any(p.is_error for p in failed.problems))
        sys.exit(1)
    if output_format == "json":
        click.echo(json.dumps([p.record() for job in jobs for p in job.warnings], indent=1, ensure_ascii=False))
        return
    for job in jobs:
        _print_problems(job.warnings)
        click.echo(f"{job.shown}: ok")


@main.command()
@click.argument("brief")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1 (default: a free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the preview in the web browser.")
@config_option
@reports_errors
def serve(brief: str, port: int, open_browser: bool, config_file: str | None) -> None:
    """Preview BRIEF's real pages and problems in a browser, rebuilt on every save (Ctrl-C stops)."""
    from briefing.preview import run_preview

    def ready(url: str) -> None:
        click.echo(f"previewing {brief} at {url} (Ctrl-C stops)")
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    run_preview(brief, config_file, port, ready)
    click.echo("stopped", err=True)


@main.command()
@click.argument("briefs", nargs=-1, required=True, metavar="BRIEF...")
@strict_option
@format_option("json: per brief, its problems as records and the counts.")
@config_option
@reports_errors
def verify(briefs: tuple[str, ...], strict: bool, output_format: str, config_file: str | None) -> None:
    """Check every quote, figure and statement of BRIEF... against the archived copies of its sources."""
    import json

    from briefing.build import verify_brief
    from briefing.workers import Workers, archive_offload
    from briefing.workspace import open_workspace

    workspace = open_workspace(config_file, near=Path(briefs[0]).parent)
    failed, records, shown = False, [], set()
    for brief in briefs:
        with Workers(1) as pool:  # a process only if an archived copy other than plain text must be read
            verification, problems = verify_brief(brief, workspace, archive_offload(pool, workspace.config.limits))
        failed = failed or any(p.fails(strict) for p in problems)
        problems = [p for p in problems if p not in shown]  # the workspace's (aliases.toml) once, not per brief
        shown.update(problems)
        if output_format == "json":
            records.append({"brief": brief, "problems": [p.record() for p in problems],
                            "summary": verification.record() if verification else None})
            continue
        _print_problems(problems)
        click.echo(f"{brief}: {verification.summary() if verification else 'not verified'}")
    if output_format == "json":
        click.echo(json.dumps(records, indent=1, ensure_ascii=False))
    if failed:
        sys.exit(1)


@main.command()
@click.argument("archives", nargs=-1, required=True, metavar="ARCHIVE...", type=click.Path(exists=True))
@click.option("--source", "source_id", default=None, metavar="ID",
              help="The id the brief gives the source of a single ARCHIVE (default: made from its file name).")
@click.option("--country", metavar="CC", default=None, help="ISO country code the article's places are in, e.g. UA.")
@click.option("--out", "out_file", metavar="FILE", default=None, type=click.Path(dir_okay=False),
              help="Write the draft brief here (never over a file, never beside an existing brief.toml).")
@click.option("--tables", is_flag=True, help="Only the [[...]] tables, to paste into a brief (with --source ID, one "
                                             "that has source ID; else the [[sources]] tables come too).")
@config_option
@reports_errors
def draft(archives: tuple[str, ...], source_id: str | None, country: str | None, out_file: str | None, tables: bool,
          config_file: str | None) -> None:
    """Propose one brief from saved articles (each ARCHIVE a .txt, .html,
    .pdf, .docx or .eml file, or a folder of them):
    quotes, statements, figures, places and timeline, each with the line it came from and every source that
    reports it. An archive that cannot be read is reported in one line, the others are drafted, and the exit
    status is 1."""
    import datetime as dt

    from briefing.build import draft_brief
    from briefing.workers import Workers, archive_offload
    from briefing.workspace import open_workspace, shown_path

    out = Path(out_file) if out_file else None
    paths = [Path(archive) for archive in archives]
    if source_id is not None and (len(paths) > 1 or paths[0].is_dir()):
        raise click.BadParameter("names the source of a single archive file; without it each archive's source id "
                                 "is made from its file name", param_hint="--source")
    workspace = open_workspace(config_file, near=paths[0] if paths[0].is_dir() else paths[0].parent)
    with Workers(1) as pool:
        text, unreadable = draft_brief(paths, source_id, country, out, tables, workspace, dt.datetime.now(dt.UTC),
                                       archive_offload(pool, workspace.config.limits))
    if out is None:
        click.echo(text, nl=False)
    else:
        from briefing.errors import BuildFailed
        from briefing.files import cannot_write, write_new

        try:
            write_new(out, text)  # never over a file, even one made since draft_brief looked
        except OSError as error:
            raise BuildFailed(cannot_write(out, error), "B706") from None
        click.echo(shown_path(out))
    if unreadable:
        _print_problems(unreadable)
        sys.exit(1)


@main.command()
@click.argument("slug")
@click.option("--country", metavar="CC", default=None,
              help="ISO code of the situation's country: the skeleton's place is looked up there. Without it the "
                   "skeleton names no place and draws no map.")
@config_option
@reports_errors
def new(slug: str, country: str | None, config_file: str | None) -> None:
    """Start briefs/SLUG/brief.toml with every entity present and explained; its template text, in [square
    brackets], fails `check` until replaced."""
    from briefing.brief.scaffold import scaffold
    from briefing.workspace import open_workspace, shown_path

    if not SLUG.match(slug):
        raise click.BadParameter("use lower-case letters, digits and hyphens, e.g. 'pokrovsk-2025-10'",
                                 param_hint="SLUG")
    if country is not None:
        from briefing.places.geonames import country_codes

        if country.upper() not in country_codes():
            raise BriefingError(f"--country: unknown country code '{country}'")
    workspace = open_workspace(config_file)
    target = workspace.briefs_dir / slug / "brief.toml"
    click.echo(shown_path(scaffold(target, slug, country=country.upper() if country else None)))


@main.command("next")
@click.argument("brief", metavar="BRIEF")
@click.option("--as-of", "as_of", metavar="DATETIME", default=None,
              help="The new brief's as_of, e.g. 2025-11-04T06:00:00Z (default: a week after this brief's).")
@click.option("--slug", default=None, help="Name of the new folder before its date (default: this brief's).")
@config_option
@reports_errors
def next_brief(brief: str, as_of: str | None, slug: str | None, config_file: str | None) -> None:
    """Write next week's brief from BRIEF, in a new folder beside it; never overwrites."""
    import datetime as dt

    from briefing.brief.successor import write_next
    from briefing.workspace import open_workspace, shown_path

    moment = None
    if as_of is not None:
        try:
            moment = dt.datetime.fromisoformat(as_of)
        except ValueError:
            raise click.BadParameter("expected a date-time such as 2025-11-04T06:00:00Z",
                                     param_hint="--as-of") from None
    if slug is not None and not SLUG.match(slug):
        raise click.BadParameter("use lower-case letters, digits and hyphens, e.g. 'pokrovsk'", param_hint="--slug")
    workspace = open_workspace(config_file, near=Path(brief).parent)
    written = write_next(Path(brief), brief, workspace.config.limits, moment, slug)
    _print_problems(workspace.config.checks.apply(written.warnings))
    click.echo(shown_path(written.path))


@main.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: the changes as one record.")
@config_option
@reports_errors
def diff(old: str, new: str, output_format: str, config_file: str | None) -> None:
    """Show what changed from brief OLD to brief NEW, as the "Since the last brief" section computes it."""
    import json

    from briefing.brief.compare import compare
    from briefing.brief.since import record, text_lines
    from briefing.workspace import open_workspace

    workspace = open_workspace(config_file, near=Path(new).parent)
    before, after = (_valid_brief(path, workspace) for path in (old, new))
    language = after.brief.language or workspace.config.language
    changes = compare(before, after)
    if output_format == "json":
        click.echo(json.dumps(record(changes, after, language), indent=1, ensure_ascii=False))
        return
    for line in text_lines(changes, after, language):
        click.echo(line)


def _valid_brief(path: str, workspace):
    from briefing.brief.load import load
    from briefing.errors import ValidationFailed

    loaded = load(Path(path), path, workspace.config.limits)
    if loaded.brief is None:
        raise ValidationFailed(loaded.problems)
    return loaded.brief


@main.command()
@click.argument("words", nargs=-1, required=True, metavar="NAME | import FILE")
@click.option("--country", metavar="CC", default=None, help="ISO country code to look in, e.g. UA.")
@reports_errors
def places(words: tuple[str, ...], country: str | None) -> None:
    """Show what place NAME resolves to in the offline gazetteer, and the runners-up (exit 1 if it resolves to
    no single place).

    `briefing places import FILE` adds a GeoNames dump (XX.zip or XX.txt from download.geonames.org/export/dump,
    or allCountries.zip) to the index: every village, area, camp and mine of it is found from then on.
    """
    if words[0] == "import" and len(words) == 2:
        from briefing.places.index import import_dump

        count, target = import_dump(Path(words[1]), words[1])
        click.echo(f"{words[1]}: {count:,} places indexed in {target}")
        return
    from briefing.places.gazetteer import describe

    lines = describe(" ".join(words), country)
    for line in lines:
        click.echo(line)
    if "is ambiguous" in lines[0]:
        sys.exit(1)


@main.command()
@config_option
@reports_errors
def doctor(config_file: str | None) -> None:
    """Check this machine: libraries, fonts, map data, gazetteer, writable folders (exit 1 if a part is missing)."""
    from briefing.doctor import examine
    from briefing.workspace import open_workspace

    findings = examine(open_workspace(config_file))
    for finding in findings:
        for line in finding.lines():
            click.echo(line)
    if any(f.required and not f.ok for f in findings):
        click.echo("doctor: a required part is missing; run the fix line under it", err=True)
        sys.exit(1)


@main.command()
def basemap() -> None:
    """Say which map data is in use, from where, at what resolution."""
    from briefing.figures.maps import basemap_report

    for line in basemap_report():
        click.echo(line)
