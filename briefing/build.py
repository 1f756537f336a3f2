"""The orchestration: gather and validate every input first, then write HTML and PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Problem, ValidationFailed
from briefing.model import Brief, load_brief
from briefing.render import Settings
from briefing.workspace import Workspace, shown_path


@dataclass(frozen=True)
class Job:
    """One validated brief, ready to render."""

    shown: str
    folder: Path
    slug: str
    brief: Brief
    settings: Settings


def gather(brief_args: list[str], workspace: Workspace, paper: str | None = None) -> list[Job]:
    """Load and validate every brief; raise ValidationFailed with all problems of all briefs."""
    problems: list[Problem] = []
    jobs: list[Job] = []
    for arg in brief_args:
        try:
            brief = load_brief(Path(arg), arg)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
            continue
        folder = Path(arg).resolve().parent
        jobs.append(Job(arg, folder, folder.name, brief, _settings(brief, workspace, paper)))
    problems.extend(_slug_clashes(jobs))
    if problems:
        raise ValidationFailed(problems)
    return jobs


def _settings(brief: Brief, workspace: Workspace, paper: str | None) -> Settings:
    """Built-in defaults < config.toml < the brief < command-line flags."""
    config, info = workspace.config, brief.brief
    return Settings(
        organisation=config.organisation,
        marking=info.marking if info.marking is not None else config.marking,
        language=info.language or config.language,
        paper=paper or config.paper,
    )


def _slug_clashes(jobs: list[Job]) -> list[Problem]:
    first: dict[str, Job] = {}
    problems = []
    for job in jobs:
        if job.slug in first:
            problems.append(Problem(job.shown, "", f"writes the same output name '{job.slug}' as {first[job.slug].shown}"))
        first.setdefault(job.slug, job)
    return problems


@dataclass(frozen=True)
class Written:
    files: list[Path]
    warnings: list[str]


def write(job: Job, workspace: Workspace, out_dir: Path, keep_html: bool = False) -> Written:
    """Render one gathered brief; return the files written and what the renderer refused to fetch."""
    from briefing.pdf import write_atomic, write_pdf
    from briefing.render import render_html

    html = render_html(job.brief, job.settings, workspace.templates_dir)
    written = []
    if keep_html:
        html_path = out_dir / f"{job.slug}.html"
        write_atomic(html_path, html.encode("utf-8"))
        written.append(html_path)
    pdf_path = out_dir / f"{job.slug}.pdf"
    allowed = [workspace.root, workspace.figures_dir, job.folder]
    refused = write_pdf(html, pdf_path, base=job.folder, allowed=allowed)
    written.insert(0, pdf_path)
    return Written(written, [f"{job.shown}: refused to fetch {url}" for url in refused])


def shown(paths: list[Path]) -> list[str]:
    return [shown_path(path) for path in paths]
