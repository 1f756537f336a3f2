"""Shared helpers: build into temporary folders and read the real output back."""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
import weasyprint  # noqa: F401  (imported, so in-process builds lay out here; see briefing.workers)
from click.testing import CliRunner
from markdown_it import MarkdownIt
from pypdf import PdfReader

from briefing.cli import main

# No GeoNames dump a developer imported on this machine changes what a test finds.
os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="briefing-test-data-")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "briefs" / "pokrovsk" / "brief.toml"

_TYPOGRAPHY = {ord("\u2019"): "'", ord("\u2018"): "'", ord("\u201c"): '"', ord("\u201d"): '"',
               ord("\u2026"): "...", ord("\u2060"): None, ord("\u00a0"): " ", ord("\u202f"): " ",
               ord("\u2013"): "-", ord("\u2014"): "-"}


def normalise(text: str) -> str:
    """Compare text as a reader would: typographic quotes, spaces and line breaks don't matter."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    text = " ".join(text.split())
    return text.replace("- ", "-")  # a line broken after a hyphen


def markdown_text(source: str) -> str:
    """The words a reader sees of a Markdown string."""
    rendered = MarkdownIt("commonmark").render(source)
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", rendered)))


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


TOP_MARGIN_PT, BOTTOM_MARGIN_PT = 24 / 25.4 * 72, 22 / 25.4 * 72  # style.css @page margins


def body_text(page) -> str:
    """A page's text without its running head and foot (which would split a paragraph crossing pages)."""
    parts: list[str] = []
    height = float(page.mediabox.height)

    def keep(text, cm, tm, *_):
        y = cm[5] + tm[5] * cm[3]
        parts.append(text if BOTTOM_MARGIN_PT < y < height - TOP_MARGIN_PT else " ")

    page.extract_text(visitor_text=keep)
    return "".join(parts)


def pdf_text(path: Path) -> str:
    """The text of every page body, normalised, as one string."""
    return normalise(" ".join(body_text(page) for page in PdfReader(path).pages))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory) -> Path:
    """The example brief built once per test session (PDF and HTML), for the tests that only read it."""
    folder = tmp_path_factory.mktemp("example-out")
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--out", str(folder), "--html"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def run():
    """Invoke the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


WORKSPACE_CONFIG = 'organisation = "Test Desk"\nmarking = "TEST MARKING"\n'


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """An empty workspace (a config.toml and nothing else) as the current folder."""
    (tmp_path / "config.toml").write_text(WORKSPACE_CONFIG)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def example_copy(workspace) -> Path:
    """The example brief, with the archived copy of its source, copied into the temporary workspace."""
    target = workspace / "briefs" / "pokrovsk" / "brief.toml"
    shutil.copytree(EXAMPLE.parent, target.parent)
    return target


@pytest.fixture(scope="session")
def example_figures(tmp_path_factory) -> Path:
    """The figures/ folder of the example built once per session in a workspace like `workspace`."""
    root = tmp_path_factory.mktemp("example-figures")
    (root / "config.toml").write_text(WORKSPACE_CONFIG)
    shutil.copytree(EXAMPLE.parent, root / "briefs" / "pokrovsk")
    result = CliRunner().invoke(main, ["build", str(root / "briefs" / "pokrovsk" / "brief.toml")])
    assert result.exit_code == 0, result.output
    return root / "figures"


@pytest.fixture
def figures_drawn(workspace, example_figures) -> None:
    """The figures the example's build makes, already in the workspace's figures/: for the tests of what comes
    after the figures (the cache reuses them, as for any second build of a brief)."""
    shutil.copytree(example_figures, workspace / "figures")


def write_brief(workspace: Path, text: str, slug: str = "test") -> Path:
    path = workspace / "briefs" / slug / "brief.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = '''\
[brief]
title = "Minimal brief"
as_of = 2025-01-02T03:04:00Z
summary = "Nothing happened."

[[sources]]
id = "s1"
publisher = "Publisher One"
title = "A report"

[[facts]]
text = "A fact."
sources = ["s1"]
'''
