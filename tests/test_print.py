"""Print-grade PDF: markings, contents, bookmarks, metadata, variants, reproducible bytes, fonts."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import tomllib
from pathlib import Path

import pikepdf
import pytest
from conftest import EXAMPLE, MINIMAL, normalise, pdf_pages, write_brief
from pypdf import PdfReader

EPOCH = "1761631200"


def outline_titles(path) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(path).outline)
    return titles


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_outline_has_an_entry_per_section(example_build):
    brief = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    titles = outline_titles(example_build / "pokrovsk.pdf")
    assert titles[0] == brief["brief"]["title"]
    for section in brief["sections"]:
        assert section["heading"] in titles


@pytest.mark.usefixtures("figures_drawn")
def test_contents_list_with_page_numbers_only_when_long_enough(run, example_copy, workspace):
    brief = tomllib.loads(example_copy.read_text(encoding="utf-8"))
    (workspace / "config.toml").write_text(f"contents_threshold = {len(brief['sections']) - 1}\n")
    assert run("build", example_copy, "--html").exit_code == 0
    html = (workspace / "out" / "pokrovsk.html").read_text(encoding="utf-8")
    assert 'class="contents"' in html
    pages = [normalise(page) for page in pdf_pages(workspace / "out" / "pokrovsk.pdf")]
    assert "CONTENTS" in pages[0]
    for section in brief["sections"]:
        heading = normalise(section["heading"])
        page = 1 + next(i for i, text in enumerate(pages) if i and heading in text)  # not the contents itself
        assert re.search(re.escape(heading) + r"[ .]*" + f"{page}\\b", pages[0]), heading
    (workspace / "config.toml").write_text(f"contents_threshold = {len(brief['sections'])}\n")
    assert run("build", example_copy, "--html").exit_code == 0
    assert 'class="contents"' not in (workspace / "out" / "pokrovsk.html").read_text(encoding="utf-8")


def test_metadata(example_build):
    info = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["brief"]
    pdf = PdfReader(example_build / "pokrovsk.pdf")
    meta = pdf.metadata
    assert meta.title == info["title"]
    assert meta.author == ", ".join(info["authors"])
    assert meta.subject == info["region"]
    assert meta["/Keywords"] == ", ".join(info["keywords"])
    assert meta.creation_date == info["as_of"]
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_marking_colour_from_brief(run, workspace):
    write_brief(workspace, MINIMAL.replace("[brief]\n", '[brief]\nmarking_colour = "#b2182b"\n'))
    assert run("build", "briefs/test/brief.toml", "--html").exit_code == 0
    assert "--marking: #b2182b;" in (workspace / "out" / "test.html").read_text(encoding="utf-8")


def test_bad_marking_colour_is_rejected(run, workspace):
    write_brief(workspace, MINIMAL.replace("[brief]\n", '[brief]\nmarking_colour = "red; x: y"\n'))
    result = run("check", "briefs/test/brief.toml")
    assert result.exit_code == 1
    assert result.stderr == ("briefs/test/brief.toml: brief.marking_colour: "
                             "expected a colour such as \"#b2182b\" or \"red\", got 'red; x: y' [B104]\n")


def test_reproducible_bytes_with_source_date_epoch(run, example_copy, workspace, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    figures = workspace / "figures"
    builds = []
    for name in ("first", "second"):
        shutil.rmtree(figures, ignore_errors=True)  # the first build starts from an empty figures folder
        assert run("build", example_copy, "--out", name).exit_code == 0
        builds.append(workspace / name / "pokrovsk.pdf")
    # (a build that re-uses the figures: test_reproducible_bytes_without_source_date_epoch)
    assert len({sha256(path) for path in builds}) == 1
    modified = PdfReader(builds[0]).metadata.modification_date
    assert modified == dt.datetime.fromtimestamp(int(EPOCH), dt.UTC)
    assert str(workspace).encode() not in builds[0].read_bytes()


def embedded_font_dates(path) -> list[dt.datetime]:
    """The `head.modified` stamp of every font file embedded in the PDF."""
    from fontTools.misc.timeTools import epoch_diff
    from fontTools.ttLib import TTFont

    dates = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                for key in ("/FontFile2", "/FontFile3"):
                    if key in obj:
                        font = TTFont(io.BytesIO(obj[key].read_bytes()))
                        dates.append(dt.datetime.fromtimestamp(font["head"].modified + epoch_diff, dt.UTC))
    return dates


@pytest.mark.parametrize("subsetter", ["harfbuzz", "fonttools"])
@pytest.mark.usefixtures("figures_drawn")
def test_reproducible_bytes_without_source_date_epoch(run, example_copy, workspace, monkeypatch, subsetter):
    """fontTools (used where HarfBuzz-Subset is missing) stamps subset fonts with the time of the build unless
    told otherwise: the stamp must be the brief's own date, so two builds are the same bytes."""
    import weasyprint.pdf.fonts

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    if subsetter == "fonttools":
        monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)  # the build's workers fork from here
    for name in ("first", "second"):
        assert run("build", example_copy, "--out", name).exit_code == 0
    first, second = (workspace / name / "pokrovsk.pdf" for name in ("first", "second"))
    assert sha256(first) == sha256(second)
    dates = embedded_font_dates(first)
    assert dates
    if subsetter == "fonttools":
        as_of = tomllib.loads(example_copy.read_text(encoding="utf-8"))["brief"]["as_of"]
        assert set(dates) == {as_of}
    assert "SOURCE_DATE_EPOCH" not in os.environ  # put back as it was


@pytest.mark.usefixtures("figures_drawn")
def test_archival_variant_carries_the_brief_and_its_archives_byte_for_byte(run, example_copy, workspace):
    assert run("build", example_copy, "--pdf-variant", "pdf/a-3b").exit_code == 0
    pdf = PdfReader(workspace / "out" / "pokrovsk.pdf")
    assert pdf.attachments["brief.toml"] == [example_copy.read_bytes()]
    archive = tomllib.loads(example_copy.read_text(encoding="utf-8"))["sources"][0]["archive"]
    assert pdf.attachments[Path(archive).name] == [(example_copy.parent / archive).read_bytes()]
    with pikepdf.open(workspace / "out" / "pokrovsk.pdf") as archived, archived.open_metadata() as xmp:
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("3", "B")
        assert archived.check_pdf_syntax() == [] and "/StructTreeRoot" in archived.Root


def test_the_default_pdf_passes_structural_checks(example_build):
    with pikepdf.open(example_build / "pokrovsk.pdf") as pdf:
        assert pdf.check_pdf_syntax() == []
        assert "/StructTreeRoot" in pdf.Root  # tagged by default


@pytest.mark.usefixtures("figures_drawn")
def test_the_accessible_variant_passes_structural_checks(run, example_copy, workspace):
    assert run("build", example_copy, "--pdf-variant", "pdf/ua-1").exit_code == 0
    with pikepdf.open(workspace / "out" / "pokrovsk.pdf") as pdf:
        assert pdf.check_pdf_syntax() == []
        assert "/StructTreeRoot" in pdf.Root  # always for pdf/ua-1
        scopes = {}
        for element in pdf.objects:
            if isinstance(element, pikepdf.Dictionary) and element.get("/S") == "/TH":
                text = str(element.get("/ID"))
                scopes[text] = str(element.A.get("/Scope"))
    # Every header cell says what it heads (PDF/UA, ISO 14289-1 7.5): the table heads head columns, the figure
    # kinds (a row group's header) rows.
    assert set(scopes.values()) == {"/Column", "/Row"}
    assert list(scopes.values()).count("/Row") == len({f["kind"] for f in tomllib.loads(
        EXAMPLE.read_text(encoding="utf-8"))["figures"] if f.get("kind")})


INTERNATIONAL = {
    "title": "Покровськ і Αθήνα",
    "summary": "Місто Покровськ · Ελληνικά κείμενα · مدينة حلب",
    "fact": "Ἀθῆναι; Краматорськ; دمشق عاصمة سوريا.",
}


def international_brief(fact: str) -> str:
    return (MINIMAL.replace("Minimal brief", INTERNATIONAL["title"])
            .replace("Nothing happened.", INTERNATIONAL["summary"]).replace("A fact.", fact))


def test_cyrillic_greek_arabic_render_and_extract(run, workspace):
    write_brief(workspace, international_brief(INTERNATIONAL["fact"]))
    result = run("build", "briefs/test/brief.toml", "--strict")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no .notdef warning
    text = normalise(" ".join(pdf_pages(workspace / "out" / "test.pdf")))
    for value in INTERNATIONAL.values():
        assert normalise(value) in text


def test_a_character_no_font_covers_warns_with_its_place(run, workspace):
    write_brief(workspace, international_brief("A sign \U0001F6F0 in orbit."))
    result = run("build", "briefs/test/brief.toml")
    assert result.exit_code == 0
    assert result.stderr == ("warning: briefs/test/brief.toml: facts[0].text: "
                             "no font for U+1F6F0 SATELLITE (\U0001F6F0) [B303]\n")


def test_strict_turns_the_warning_into_a_failure(run, workspace):
    write_brief(workspace, international_brief("A sign \U0001F6F0 in orbit."))
    result = run("build", "briefs/test/brief.toml", "--strict")
    assert result.exit_code == 1
    assert result.stderr == ("warning: briefs/test/brief.toml: facts[0].text: "
                             "no font for U+1F6F0 SATELLITE (\U0001F6F0) [B303]\n"
                             "--strict: not written because of the warnings above\n")
    assert not (workspace / "out").exists()
    assert run("check", "briefs/test/brief.toml", "--strict").exit_code == 1
    assert run("check", "briefs/test/brief.toml").exit_code == 0


def test_long_words_and_urls_stay_on_the_page(run, workspace):
    long_word = "Zeitgeist" * 30
    url = "https://example.org/" + "a-very-long-path/" * 12
    brief = MINIMAL.replace("A fact.", long_word).replace('title = "A report"', f'title = "A report"\nurl = "{url}"')
    write_brief(workspace, brief)
    assert run("build", "briefs/test/brief.toml", "--strict").exit_code == 0
    page = PdfReader(workspace / "out" / "test.pdf").pages[0]
    width = float(page.mediabox.width)
    text = normalise(" ".join(pdf_pages(workspace / "out" / "test.pdf"))).replace(" ", "")
    assert long_word in text and url in text

    xs = []
    page.extract_text(visitor_text=lambda t, cm, tm, *_: xs.append(tm[4] * cm[0] + cm[4]) if t.strip() else None)
    assert max(xs) < width


def test_a_heading_and_its_confidence_keep_with_their_first_lines(run, workspace):
    """Forty analysis sections of one to nine sentences, each with a confidence badge: on whatever page a section's
    heading falls, its first sentence is there too (no heading or badge alone at a page's foot)."""
    import random

    chance = random.Random(3)
    sections = []
    for i in range(40):
        body = " ".join(f"Section {i} says {j} in a sentence of ordinary length for a brief."
                        for j in range(chance.randint(1, 9)))
        sections.append(f'\n[[sections]]\nheading = "Outlook {i}"\nconfidence = "{chance.choice(["high", "low"])}"\n'
                        f'body = "{body}"\nsources = ["s1"]\n')
    write_brief(workspace, MINIMAL + "".join(sections))
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    pages = pdf_pages(workspace / "out" / "test.pdf")
    heading_page = {int(m[1]): n for n, text in enumerate(pages) for m in re.finditer(r"^Outlook (\d+)\[1\]$", text, re.M)}
    first_line_page = {int(m[1]): n for n, text in enumerate(pages)
                       for m in re.finditer(r"Section (\d+) says 0 ", normalise(text))}
    assert sorted(heading_page) == sorted(first_line_page) == list(range(40))
    assert len(set(heading_page.values())) > 3  # the sections do run over several pages
    assert {i: (heading_page[i], first_line_page[i]) for i in range(40) if heading_page[i] != first_line_page[i]} == {}


def _resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads this process's memory from /proc")
def test_laying_out_document_after_document_does_not_grow_memory(tmp_path):
    """Each document's Fontconfig configuration goes with it: Pango 1.50 kept every one (0.22 MB a document, 10 MB
    for these 40), so a worker laying out brief after brief grew without end."""
    import gc

    from briefing.output.pdf import PdfOptions, render_pdf

    def lay_out() -> None:
        assert render_pdf("<p>A fact.</p>", tmp_path, [tmp_path], PdfOptions()).pages == 1

    lay_out()
    gc.collect()
    before = _resident_mb()
    for _ in range(40):
        lay_out()
    gc.collect()
    assert _resident_mb() - before < 5


def test_a_long_figures_table_starts_under_its_heading(run, workspace):
    """Twenty-four figures after a screen or two of facts: the table starts under its heading where the facts end
    and splits across the page break. Moved whole, it left "Key figures" and its lead alone at a page's foot (the
    Freddy example), or took them along and left half a page empty."""
    figures = "".join(f'\n[[figures]]\nlabel = "Figure row {i}"\nvalue = {100 + i}\nunit = "people"\n'
                      f'kind = "{("killed", "displaced", "affected")[i % 3]}"\nclaimed_by = "Claimant {i}"\nstatus = "claimed"\n'
                      f'sources = ["s1"]\n' for i in range(24))
    pages_of = []
    for facts in (8, 16):
        extra = "".join(f'\n[[facts]]\ntext = "Fact {i} in a sentence of ordinary length for a brief, long '
                        f'enough to wrap onto a second line of the key facts."\nsources = ["s1"]\n'
                        for i in range(facts))
        write_brief(workspace, MINIMAL + extra + figures)
        result = run("build", "briefs/test/brief.toml")
        assert result.exit_code == 0, result.output
        pages = pdf_pages(workspace / "out" / "test.pdf")
        heading = [n for n, text in enumerate(pages) if re.search(r"^Key figures$", text, re.M | re.I)]
        first_row = [n for n, text in enumerate(pages) if "Figure row 0" in text]
        last_row = [n for n, text in enumerate(pages) if "Figure row 23" in text]
        pages_of.append((heading, first_row, last_row))
    for heading, first_row, _ in pages_of:
        assert len(heading) == 1 and heading == first_row, pages_of
    assert any(first != last for _, first, last in pages_of)  # the table does split across pages


def test_a_kind_of_figures_keeps_its_heading_with_its_first_figure(run, workspace):
    """Twenty kinds of one to three figures, labels of one to four lines: on whatever page a kind's heading falls,
    its first figure is there too (the Cameroon week left "Killed" alone at page 2's foot)."""
    import random

    chance = random.Random(7)
    figures = []
    for kind in range(20):
        for n in range(chance.randint(1, 3)):
            words = " ".join(["of a figure's label"] * chance.randint(1, 12))
            figures.append(f'\n[[figures]]\nlabel = "Label {kind}.{n} {words}"\nvalue = {100 + kind}\nunit = "people"\n'
                           f'kind = "group {kind}"\nclaimed_by = "Claimant {kind}"\nstatus = "claimed"\n'
                           f'sources = ["s1"]\n')
    write_brief(workspace, MINIMAL + "".join(figures))
    assert run("build", "briefs/test/brief.toml").exit_code == 0
    pages = pdf_pages(workspace / "out" / "test.pdf")
    heading_page = {int(m[1]): n for n, text in enumerate(pages) for m in re.finditer(r"^GROUP (\d+)$", text, re.M)}
    first_page = {int(m[1]): n for n, text in enumerate(pages) for m in re.finditer(r"Label (\d+)\.0 ", text)}
    assert sorted(heading_page) == sorted(first_page) == list(range(20))
    assert len(set(heading_page.values())) > 2  # the table does run over several pages
    assert {k: (heading_page[k], first_page[k]) for k in range(20) if heading_page[k] != first_page[k]} == {}
