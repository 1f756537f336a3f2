"""Templates: the workspace's own files first, packaged defaults last; everything escaped."""

from __future__ import annotations

from conftest import MINIMAL, pdf_text, write_brief


def build_html(run, workspace) -> str:
    result = run("build", "briefs/test/brief.toml", "--html")
    assert result.exit_code == 0, result.output
    return (workspace / "out" / "test.html").read_text(encoding="utf-8")


def test_packaged_defaults_without_a_templates_folder(run, workspace):
    write_brief(workspace, MINIMAL)
    assert not (workspace / "templates").exists()
    assert "Bottom line up front" in build_html(run, workspace)


def test_workspace_file_overrides_the_packaged_one(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text(
        "<html><body><h1>{{ info.title }} in the house style</h1></body></html>")
    html = build_html(run, workspace)
    assert "Minimal brief in the house style" in html
    assert "Bottom line up front" not in html
    assert "Minimal brief in the house style" in pdf_text(workspace / "out" / "test.pdf")


def test_workspace_template_extends_the_default(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text(
        '{% extends "default:brief.html" %}{% block summary %}<p>Our own summary block</p>{% endblock %}')
    html = build_html(run, workspace)
    assert "Our own summary block" in html
    assert "Key facts" in html  # the rest of the default remains


def test_workspace_stylesheet_overrides_the_default(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "templates").mkdir()
    (workspace / "templates" / "style.css").write_text(
        '{% include "default:style.css" %}\n.summary { background: rgb(1, 2, 3); }\n')
    assert "background: rgb(1, 2, 3)" in build_html(run, workspace)


def test_text_is_escaped_and_raw_html_is_not_rendered(run, workspace):
    hostile = MINIMAL.replace('title = "Minimal brief"', 'title = "A <b>bold</b> title"').replace(
        'text = "A fact."', 'text = "A <script>alert(1)</script> fact."')
    write_brief(workspace, hostile)
    html = build_html(run, workspace)
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;" in html and "A &lt;b&gt;bold&lt;/b&gt; title" in html


def test_undefined_template_variable_fails_cleanly(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text("<p>{{ no_such_thing }}</p>")
    result = run("build", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr == "templates/brief.html: line 1: 'no_such_thing' is undefined [B704]\n"
    assert not (workspace / "out").exists()


def test_template_syntax_error_names_file_and_line(run, workspace):
    write_brief(workspace, MINIMAL)
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text("<p>fine</p>\n{% if %}\n")
    result = run("build", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert result.stderr == ("templates/brief.html: line 2: Expected an expression, got 'end of statement block' "
                             "[B704]\n")
