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


FIGURE = '''
[[figures]]
label = "People displaced"
value = 19000
qualifier = "more than"
unit = "people"
kind = "displaced"
claimed_by = "Publisher One"
status = "claimed"
sources = ["s1"]
'''


def test_section_headings_are_the_workspaces_words_or_neutral(run, workspace):
    """A humanitarian desk's heading for the figures; with no [titles], neutral words, never a defence desk's."""
    write_brief(workspace, MINIMAL + FIGURE)
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf").casefold()  # headings are set in capitals
    assert "key figures" in text and "forces" not in text
    config = workspace / "config.toml"
    config.write_text(config.read_text() + '\n[titles]\nfigures = "Humanitarian impact"\nfacts = "Main points"\n')
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    text = pdf_text(workspace / "out" / "test.pdf").casefold()
    assert "humanitarian impact" in text and "main points" in text
    assert "key figures" not in text and "key facts" not in text


def test_an_unknown_section_title_is_named_with_its_key(run, workspace):
    (workspace / "config.toml").write_text('[titles]\nfigure = "Impact"\n')
    write_brief(workspace, MINIMAL)
    result = run("check", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert "config.toml: titles.figure: unknown key (did you mean 'figures'?) [B101]" in result.output
