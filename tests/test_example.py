"""The example brief, built end to end: everything in the TOML reaches the PDF a reader gets."""

from __future__ import annotations

import html
import re
import tomllib

import pytest
from conftest import EXAMPLE, ROOT, markdown_text, normalise, pdf_pages, pdf_text
from pypdf import PdfReader


@pytest.fixture(scope="module")
def out(example_build):
    return example_build


@pytest.fixture(scope="module")
def brief() -> dict:
    return tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text(out) -> str:
    return pdf_text(out / "pokrovsk.pdf")


def amount(figure: dict) -> str:
    """The figure as an English reader expects it, computed here independently of the engine."""
    words = f"{figure['qualifier']} " if "qualifier" in figure else ""  # the source's own words, and no other
    if "value" in figure:
        return f"{words}{figure['value']:,.0f}"
    return f"{words}{figure['low']:,.0f}-{figure['high']:,.0f}"


def test_build_writes_pdf_and_html_named_after_the_folder(out):
    assert (out / "pokrovsk.pdf").read_bytes().startswith(b"%PDF-")
    assert "<html" in (out / "pokrovsk.html").read_text(encoding="utf-8")


def test_title_block_and_summary(text, brief):
    info = brief["brief"]
    assert normalise(info["title"]) in text
    assert normalise(info["subtitle"]) in text
    assert markdown_text(info["summary"]) in text
    assert info["as_of"].strftime("%d%H%MZ %b %y").upper() in text


def test_every_fact(text, brief):
    for fact in brief["facts"]:
        assert markdown_text(fact["text"]) in text
    for topic in {fact["topic"] for fact in brief["facts"]}:
        assert normalise(topic) in text


def test_every_section(text, brief):
    for section in brief["sections"]:
        assert normalise(section["heading"]) in text
        assert markdown_text(section["body"]) in text


def test_direct_quotes_verbatim_in_quotation_marks(text, brief):
    direct = [q for q in brief["quotes"] if q["kind"] == "direct"]
    assert direct
    for quote in direct:
        assert f'"{normalise(quote["text"])}"' in text
        attribution = ", ".join(filter(None, [quote["speaker"], quote.get("role")]))
        assert normalise(f"\u2014 {attribution}") in text


def test_reported_speech_without_quotation_marks(text, brief):
    reported = [q for q in brief["quotes"] if q["kind"] != "direct"]
    assert reported
    for quote in reported:
        words = normalise(quote["text"])
        assert words in text
        assert f'"{words}' not in text
        assert normalise(quote["speaker"]) in text


def test_every_figure_with_its_claimant_and_status(text, out, brief):
    for figure in brief["figures"]:
        assert normalise(figure["label"]) in text
        assert amount(figure) in text
        assert normalise(figure["claimed_by"]) in text
    rows = re.findall(r"<tr>(.*?)</tr>", (out / "pokrovsk.html").read_text(encoding="utf-8"), re.S)
    for figure in brief["figures"]:
        row = next(r for r in rows if html.escape(figure["label"]) in r)
        assert f"status-{figure['status']}" in row
        assert html.escape(figure["claimed_by"]) in row


def test_every_timeline_entry(text, brief):
    for entry in brief["timeline"]:
        assert markdown_text(entry["text"]) in text
        assert normalise(str(entry["when"])) in text


def test_every_place(text, brief):
    for place in brief["places"]:
        assert normalise(place["name"]) in text
        for other in place.get("aka", []):
            assert normalise(other) in text


def test_every_source_title_and_its_caveat(text, brief):
    for source in brief["sources"]:
        assert normalise(source["title"]) in text
        assert normalise(source["publisher"]) in text
        for key in ("caveat", "note"):
            if source.get(key):
                assert normalise(source[key]) in text


def test_citations_link_to_the_source_list(out, brief):
    html = (out / "pokrovsk.html").read_text(encoding="utf-8")
    for number, _ in enumerate(brief["sources"], start=1):
        assert f'id="source-{number}"' in html
        assert f'href="#source-{number}"' in html


def test_every_page_has_marking_top_and_bottom_and_page_x_of_y(out):
    config = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    pages = pdf_pages(out / "pokrovsk.pdf")
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert normalise(page).count(normalise(config["marking"])) >= 2, f"page {number}"
        assert f"Page {number} of {len(pages)}" in page


def test_pdf_metadata_title(out, brief):
    assert PdfReader(out / "pokrovsk.pdf").metadata.title == brief["brief"]["title"]
