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


def reports_errors(command):
    """Print a BriefingError as its lines and exit 1; a traceback only with --debug."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BriefingError as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            click.echo(str(error), err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
def main(debug: bool) -> None:
    """Turn a brief written in TOML into a print-ready PDF."""


@main.command()
@click.argument("briefs", nargs=-1, required=True, metavar="BRIEF...")
@click.option("--out", "out_dir", metavar="DIR", default=None, type=click.Path(file_okay=False),
              help="Output folder (default: paths.out in config.toml, else out/).")
@click.option("--html", "keep_html", is_flag=True, help="Also write the HTML the PDF is made from.")
@click.option("--paper", type=click.Choice(["A4", "Letter"]), default=None,
              help="Paper size (default: paper in config.toml, else A4).")
@click.option("--pdf-variant", "variant", type=click.Choice(["pdf/a-3b", "pdf/ua-1"]), default=None,
              help="pdf/a-3b: archival, with the brief and its files attached; pdf/ua-1: accessible.")
@click.option("--jobs", "workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Build this many briefs at once (0: one per CPU).")
@strict_option
@config_option
@reports_errors
def build(briefs: tuple[str, ...], out_dir: str | None, keep_html: bool, paper: str | None,
          variant: str | None, workers: int, strict: bool, config_file: str | None) -> None:
    """Validate BRIEF... then write out/<slug>.pdf for each."""
    from briefing.renderers import Renderers, map_likely_drawn

    map_to_draw = len(briefs) == 1 and map_likely_drawn(briefs[0])
    with Renderers(workers or os.cpu_count() or 1, len(briefs), map_to_draw) as renderers:  # before heavy imports
        from briefing.build import BuildOptions, gather
        from briefing.workspace import open_workspace

        options = BuildOptions(Path(out_dir) if out_dir else None, keep_html, paper, variant, strict)
        workspace = open_workspace(config_file, near=Path(briefs[0]).parent)
        jobs = gather(list(briefs), workspace, options)
        for job in jobs:
            _warn(job.warnings)
        failed = _report(renderers.write_all(jobs, workspace, options), len(jobs))
    if failed and len(jobs) > 1:
        raise BriefingError(f"{failed} of {len(jobs)} briefs failed to build; the others were written")
    if failed:
        sys.exit(1)


def _report(results, total: int) -> int:
    """Print each brief's files (stdout) and warnings or error (stderr) as it finishes; count the failures."""
    from briefing.build import shown

    failed = 0
    progress = sys.stderr.isatty() and total > 1
    for done, (job, result) in enumerate(results, 1):
        if progress:
            click.echo(f"\r\x1b[K[{done}/{total}] {job.slug}", err=True, nl=done == total)
        if isinstance(result, BriefingError):
            failed += 1
            click.echo(str(result), err=True)
            continue
        _warn(result.warnings)
        for path in shown(result.files):
            click.echo(path)
    return failed


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)


@main.command()
@click.argument("briefs", nargs=-1, required=True, metavar="BRIEF...")
@strict_option
@config_option
@reports_errors
def check(briefs: tuple[str, ...], strict: bool, config_file: str | None) -> None:
    """Validate BRIEF... without rendering; print every problem, one per line."""
    from briefing.build import BuildOptions, gather
    from briefing.workspace import open_workspace

    workspace = open_workspace(config_file, near=Path(briefs[0]).parent)
    for job in gather(list(briefs), workspace, BuildOptions(strict=strict)):
        _warn(job.warnings)
        click.echo(f"{job.shown}: ok")


@main.command()
@click.argument("slug")
@config_option
@reports_errors
def new(slug: str, config_file: str | None) -> None:
    """Start briefs/SLUG/brief.toml with every entity present and explained."""
    from briefing.scaffold import scaffold
    from briefing.workspace import open_workspace, shown_path

    if not SLUG.match(slug):
        raise click.BadParameter("use lower-case letters, digits and hyphens, e.g. 'pokrovsk-2025-10'",
                                 param_hint="SLUG")
    workspace = open_workspace(config_file)
    click.echo(shown_path(scaffold(workspace.briefs_dir / slug / "brief.toml", slug)))


@main.command()
@click.argument("name")
@click.option("--country", metavar="CC", default=None, help="ISO country code to look in, e.g. UA.")
@reports_errors
def places(name: str, country: str | None) -> None:
    """Show what place NAME resolves to in the offline gazetteer, and the runners-up."""
    from briefing.gazetteer import describe

    for line in describe(name, country):
        click.echo(line)


@main.command()
def basemap() -> None:
    """Say which map data is in use, from where, at what resolution."""
    from briefing.maps import basemap_report

    for line in basemap_report():
        click.echo(line)
