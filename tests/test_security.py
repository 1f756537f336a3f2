"""Hostile content can't read files or reach the network; every refusal is reported."""

from __future__ import annotations

import pikepdf
import pytest
from conftest import MINIMAL, pdf_text, write_brief
from pypdf import PdfReader

SHOWN = "briefs/test/brief.toml"
SECRET = "TOPSECRET-7f3a"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6300010000050001a5f645400000000049454e44ae426082")


@pytest.fixture
def outside(tmp_path_factory):
    """Files outside the workspace that a hostile brief would like to read."""
    folder = tmp_path_factory.mktemp("outside")
    (folder / "secret.txt").write_text(SECRET)
    (folder / "evil.css").write_text(f'body::before {{ content: "{SECRET}"; }}')
    (folder / "secret.png").write_bytes(PNG)
    return folder


def image_count(path) -> int:
    with pikepdf.open(path) as pdf:
        return sum(1 for page in pdf.pages for _ in page.get_images())


def test_brief_text_vectors_are_printed_as_text_and_reported(run, workspace, outside):
    vectors = {
        "facts[0].text": f'<img src="file://{outside}/secret.png"> and <link rel="stylesheet" href="file://{outside}/evil.css">',
        "facts[1].text": f"![leak](file://{outside}/secret.png)",
        "facts[2].text": f'<span style="background: url(file://{outside}/secret.png)">styled</span>',
        "facts[3].text": "[click](javascript:alert(1))",
        "facts[4].text": f"[attached](file://{outside}/secret.txt)",
        "facts[5].text": "![relative escape](../../../secret.png)",
    }
    facts = "".join(f"\n[[facts]]\ntext = '''{text}'''\nsources = [\"s1\"]\n" for text in vectors.values())
    quote = '\n[[quotes]]\ntext = "<script>alert(1)</script>"\nspeaker = "X"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL.replace('[[facts]]\ntext = "A fact."\nsources = ["s1"]\n', "") + facts + quote)
    (workspace / "secret.png").write_bytes(PNG)  # inside the workspace root, outside the brief's folders
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    html = (workspace / "out" / "test.html").read_text()
    assert "<script>" not in html and '<img src="file:' not in html and "<link rel" not in html
    assert 'href="javascript:' not in html and 'href="file:' not in html
    text = pdf_text(workspace / "out" / "test.pdf")
    assert SECRET not in text
    assert image_count(workspace / "out" / "test.pdf") == 0
    assert PdfReader(workspace / "out" / "test.pdf").attachments == {}
    warned = result.stderr
    for key in vectors:
        assert f"warning: {SHOWN}: {key}: " in warned, key
    assert f"warning: {SHOWN}: quotes[0].text: raw HTML <script> is printed as text, not interpreted" in warned
    assert "link to 'javascript:alert(1)' is not allowed" in warned
    assert "image '../../../secret.png' is outside the workspace; it will not be read" in warned


def test_an_image_inside_the_brief_folder_is_shown(run, workspace):
    write_brief(workspace, MINIMAL.replace("A fact.", "![A locator](locator.png)"))
    (workspace / "briefs" / "test" / "locator.png").write_bytes(PNG)
    result = run("build", SHOWN, "--strict")
    assert result.exit_code == 0, result.output
    assert image_count(workspace / "out" / "test.pdf") == 1


def test_the_fetcher_refuses_everything_outside_the_workspace(run, workspace, outside):
    """Defence in depth: even a template that asks for outside files gets nothing."""
    (workspace / "briefs" / "test").mkdir(parents=True)
    (workspace / "briefs" / "test" / "escape.png").symlink_to(outside / "secret.png")
    urls = [f"file://{outside}/secret.png", "http://127.0.0.1:9/x.png", "https://example.org/x.png",
            f"../../../{outside.name}/secret.png", "escape.png"]
    hostile = "".join(f'<img src="{url}">' for url in urls) + (
        f'<link rel="stylesheet" href="file://{outside}/evil.css">'
        f'<div style="background: url(file://{outside}/secret.png)">x</div>'
        f'<a rel="attachment" href="file://{outside}/secret.txt">file</a>')
    (workspace / "templates").mkdir()
    (workspace / "templates" / "brief.html").write_text(
        '{% extends "default:brief.html" %}{% block summary %}' + hostile + "{% endblock %}")
    write_brief(workspace, MINIMAL)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    assert SECRET not in pdf_text(workspace / "out" / "test.pdf")
    assert image_count(workspace / "out" / "test.pdf") == 0
    assert PdfReader(workspace / "out" / "test.pdf").attachments == {}
    refused = {line.split("refused to fetch ")[1].split(": only")[0] for line in result.stderr.splitlines()
               if "refused to fetch " in line}
    brief_folder = (workspace / "briefs" / "test").as_uri()
    assert refused == {  # WeasyPrint asks once per distinct URL; ../ resolves to the same outside file
        f"file://{outside}/secret.png", f"file://{outside}/evil.css", f"file://{outside}/secret.txt",
        "http://127.0.0.1:9/x.png", "https://example.org/x.png", f"{brief_folder}/escape.png"}
    assert run("build", SHOWN, "--strict").exit_code == 1
