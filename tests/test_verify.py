"""`briefing verify` (and `check`): every claim found in the archived copies of its sources. Expectations are
computed from the example brief and its archived article, never copied from the output."""

from __future__ import annotations

import hashlib
import html
import json
import re
import tomllib
from pathlib import Path

import pytest
from conftest import EXAMPLE, MINIMAL, pdf_text, write_brief

from briefing.brief.archive import normalise, paragraphs
from briefing.brief.numbers import mentions, qualifier_before
from briefing.brief.passages import find_quote

SHOWN = "briefs/pokrovsk/brief.toml"
BRIEF = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
ARCHIVE_NAME = BRIEF["sources"][0]["archive"]
ARCHIVE = (EXAMPLE.parent / ARCHIVE_NAME).read_text(encoding="utf-8")
DIRECT = [i for i, q in enumerate(BRIEF["quotes"]) if q.get("kind", "direct") == "direct"]
OTHERS = len(BRIEF["quotes"]) - len(DIRECT) + sum(len(BRIEF[s]) for s in ("facts", "sections", "timeline"))


def summary(quotes: int, figures: int, others: int, unverifiable: int = 0) -> str:
    claims = "claim" if unverifiable == 1 else "claims"
    return (f"{quotes} of {len(DIRECT)} direct quotes, {figures} of {len(BRIEF['figures'])} figures, {others} of "
            f"{OTHERS} other statements and facts verified; {unverifiable} {claims} unverifiable")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_example_verifies_fully(run, example_copy):
    result = run("verify", SHOWN)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{SHOWN}: {summary(len(DIRECT), len(BRIEF['figures']), OTHERS)}\n"
    assert run("check", SHOWN).stdout == f"{SHOWN}: ok\n"


def test_the_example_archive_is_the_article_without_its_donation_appeal():
    article = Path("/work/shared/examples/pokrovsk-article.txt")
    if not article.exists():
        pytest.skip("the seed article is not on this machine")
    appeal, content = article.read_text(encoding="utf-8").split("\n\n", 1)
    assert ARCHIVE.strip() == content.strip() and "donation" in appeal and "donation" not in ARCHIVE


def test_one_word_changed_in_a_direct_quote_is_an_error_with_the_passage(run, example_copy):
    i = DIRECT[0]
    original = BRIEF["quotes"][i]["text"]
    word = max(original.split(), key=len)  # a word that occurs once and is not punctuation
    changed = original.replace(word, word[:-1], 1)
    edit(example_copy, f'"{original}"', f'"{changed}"')
    result = run("check", SHOWN)
    passage = " ".join(normalise(original).split())
    assert result.exit_code == 1
    assert result.stderr == (f"{SHOWN}: quotes[{i}].text: direct quote not found verbatim in {ARCHIVE_NAME} (closest "
                             f'passage: "{passage}"; differs: "{word}" → "{word[:-1]}") [B902]\n')


def example_figure(qualifier: str) -> tuple[int, dict]:
    return next((i, f) for i, f in enumerate(BRIEF["figures"]) if f.get("qualifier") == qualifier)


def sentence_with(number: str) -> str:
    return next(s for p in paragraphs(ARCHIVE) for s in re.split(r"(?<=\.)\s+", p) if number in s)


def test_a_figure_whose_number_changed_is_a_warning_with_the_passage(run, example_copy):
    i, figure = example_figure("some")
    edit(example_copy, f"value = {figure['value']}\n", f"value = {figure['value'] + 1}\n")
    result = run("check", SHOWN)
    assert result.exit_code == 0
    wrong, right = f"{figure['value'] + 1:,}", f"{figure['value']:,}"
    assert result.stderr == (f"warning: {SHOWN}: figures[{i}].value: {wrong} ({figure['label']}) not found in "
                             f'{ARCHIVE_NAME} (closest passage: "{sentence_with(right)}") [B903]\n')
    assert run("check", "--strict", SHOWN).exit_code == 1


def test_a_qualifier_the_source_does_not_use_is_a_warning_with_the_passage(run, example_copy):
    i, figure = example_figure("about")
    edit(example_copy, f'value = {figure["value"]}\nqualifier = "about"', f'value = {figure["value"]}\nqualifier = "more than"')
    result = run("check", SHOWN)
    number = f"{figure['value']:,}{figure['unit'] if figure['unit'] == '%' else ''}"
    assert (result.exit_code, result.stderr) == (0, (
        f'warning: {SHOWN}: figures[{i}].qualifier: "more than", but the source says a word meaning "about" '
        f'("{sentence_with(number)}") [B904]\n'))


def test_a_speaker_the_source_does_not_name_is_a_warning(run, example_copy):
    i, quote = next((i, q) for i, q in enumerate(BRIEF["quotes"]) if q.get("kind") == "reported")
    edit(example_copy, f'speaker = "{quote["speaker"]}"\nverb', 'speaker = "Nobody Knows"\nverb')
    result = run("verify", SHOWN)
    assert result.exit_code == 0
    assert result.stderr == f"warning: {SHOWN}: quotes[{i}].speaker: 'Nobody Knows' is not named in {ARCHIVE_NAME} [B905]\n"
    assert result.stdout == f"{SHOWN}: {summary(len(DIRECT), len(BRIEF['figures']), OTHERS - 1)}\n"


ARTICLE = ["More than 100,000 people have fled the city, officials said.",
           "\u201cWe will not leave,\u201d the mayor, Ivan Petrenko, said on Monday. \u201cThe city is ours.\u201d",
           "About 2.5 million people live in the region; seven bridges are down."]
SMALL = MINIMAL.replace('title = "A report"', 'title = "A report"\narchive = "copy.ARCHIVE"') + '''
[[quotes]]
speaker = "Ivan Petrenko"
text = "We will not leave... The city is ours."
sources = ["s1"]

[[figures]]
label = "People who fled the city"
value = 100000
qualifier = "more than"
unit = "people"
claimed_by = "officials"
status = "claimed"
sources = ["s1"]

[[figures]]
label = "Bridges down"
value = 7
unit = "bridges"
claimed_by = "s1"
status = "claimed"
sources = ["s1"]
'''


def archive_bytes(kind: str) -> bytes:
    if kind == "txt":
        return "\n\n".join(ARTICLE).encode("utf-8")
    page = ("<html><head><title>News</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            "<div class='appeal'><p>Support us: donate now.</p></div><article><h1>City emptied</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE) + "</article><footer>© News</footer></body></html>")
    if kind == "html":
        return page.encode("utf-8")
    from weasyprint import HTML

    return HTML(string="<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE) + "</body></html>").write_pdf()


def test_a_text_a_web_page_and_a_pdf_of_the_same_article_verify_the_same(run, workspace):
    outputs = []
    for kind in ("txt", "html", "pdf"):
        path = write_brief(workspace, SMALL.replace("ARCHIVE", kind), slug=kind)
        (path.parent / f"copy.{kind}").write_bytes(archive_bytes(kind))
        result = run("verify", f"briefs/{kind}/brief.toml")
        assert (result.exit_code, result.stderr) == (0, "")
        outputs.append(result.stdout.split(": ", 1)[1])
    assert outputs == ["1 of 1 direct quotes, 2 of 2 figures, 1 of 1 other statements and facts verified; "
                       "0 claims unverifiable\n"] * 3


def test_json_lists_the_problems_and_the_counts(run, workspace):
    brief = SMALL.replace("ARCHIVE", "txt").replace('qualifier = "more than"', 'qualifier = "about"')
    path = write_brief(workspace, brief)
    (path.parent / "copy.txt").write_bytes(archive_bytes("txt"))
    result = run("verify", "--format", "json", "briefs/test/brief.toml")
    [record] = json.loads(result.stdout)
    assert [(p["code"], p["key"], p["severity"], p["hint"]) for p in record["problems"]] == [
        ("B904", "figures[0].qualifier", "warning", f'"{ARTICLE[0]}"')]
    assert record["summary"]["figures"] == {"verified": 1, "total": 2}
    assert record["summary"]["archives"]["s1"]["sha256"] == hashlib.sha256(archive_bytes("txt")).hexdigest()
    assert run("verify", "--strict", "briefs/test/brief.toml").exit_code == 1


def test_claims_citing_no_archived_copy_are_counted_as_unverifiable(run, workspace):
    write_brief(workspace, MINIMAL)
    result = run("verify", "briefs/test/brief.toml")
    assert (result.exit_code, result.stdout) == (0, "briefs/test/brief.toml: 0 of 0 direct quotes, 0 of 0 figures, "
                                                    "0 of 0 other statements and facts verified; 1 claim unverifiable\n")


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("copy.txt", None, "sources[0].archive: no such file: copy.txt [B501]"),
    ("../copy.txt", b"x", "sources[0].archive: '../copy.txt' is a file outside the brief's folder [B506]"),
    ("copy.txt", b"\xff\xfe\x00bad\x00", "sources[0].archive: 'copy.txt' is not UTF-16 (little-endian, with a byte order "
                                        "mark) text as its first bytes say (byte 6) [B901]"),
    ("copy.pdf", b"%PDF-1.4 not really", "sources[0].archive: 'copy.pdf' cannot be read as PDF"),
    ("copy.doc", b"x", "sources[0].archive: 'copy.doc': an archived copy is a .txt, .html, .pdf, .docx or .eml file [B901]"),
])
def test_an_archive_that_cannot_be_read_is_one_error_line(run, workspace, name, content, expected):
    path = write_brief(workspace, MINIMAL.replace('title = "A report"', f'title = "A report"\narchive = "{name}"'))
    if content is not None:
        (path.parent / name).write_bytes(content)
    for command in ("check", "verify"):
        result = run(command, "briefs/test/brief.toml")
        assert result.exit_code == 1
        assert result.stderr.startswith(f"briefs/test/brief.toml: {expected}") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("quote", "found"), [
    ("\u201cWe will not leave,\u201d", True),             # quote marks: curly or straight
    ("We  will\nnot leave", True),                         # whitespace
    ("we will not leave", False),                          # case must match
    ("We will not leave... is ours.", True),               # an ellipsis is a gap in the same paragraph
    ("We will not leave... seven bridges", False),         # ... but not across paragraphs
    ("[He] said on Monday", True),                         # an insertion stands in for words of the source
    ("the mayor, [Ivan Petrenko], said", True),
    ("the mayor, [Ivan Petrenko], declared", False),
    ("We will not leave.", False),                         # every other character must match
    ("2.5 million people live in the region \u2014 seven", True),  # dashes: any kind
    ("2.5 million people live in the region; seven", False),
])
def test_what_a_direct_quote_may_differ_in(quote, found):
    archive = list(paragraphs("\n\n".join(ARTICLE).replace("; seven", " \u2013 seven")))
    assert find_quote(quote, archive) is found


@pytest.mark.parametrize(("text", "values"), [
    ("100,000 troops", [100000]), ("100 000 troops", [100000]), ("100k troops", [100000]),
    ("2.5 million people", [2500000]), ("seven tanks", [7]), ("two million", [2000000]),
    ("twenty-five", [25]), ("about 10% of it", [10]), ("a million", [1000000]), ("one of them", []),
    ("mid-2024", [2024]), ("six miles (10 km)", [6, 10]),
    ("15-million people", [15000000]), ("around a quarter of a million houses", [250000]),
    ("half a million people", [500000]), ("as much as a quarter of the city", [25]), ("1,1-million hectares", []),
])
def test_numbers_in_any_written_form(text, values):
    assert [m.value for m in mentions(text)] == values


@pytest.mark.parametrize(("text", "meaning"), [
    ("around 5", "about"), ("some 60,000", "about"), ("roughly 7", "about"), ("almost 3", "nearly"),
    ("over 100,000", "more than"), ("more than a million", "more than"), ("at least 15", "at least"),
    ("as many as 40", "up to"), ("fewer than 5", "fewer than"), ("an estimated 100,000", None), ("100", None),
    ("passed 200", "more than"), ("as much as a quarter of a million", "up to"),
])
def test_the_qualifier_a_source_puts_before_a_number(text, meaning):
    [mention] = mentions(text)
    assert qualifier_before(text, mention.start) == meaning


def test_the_pdf_names_the_archived_copy_and_what_was_verified(example_build):
    text = pdf_text(example_build / "pokrovsk.pdf")
    digest = hashlib.sha256((EXAMPLE.parent / ARCHIVE_NAME).read_bytes()).hexdigest()
    assert f"Archived copy, sha256 {digest[:12]}." in text
    assert (f"Verified against the archived copy: {len(DIRECT)} of {len(DIRECT)} direct quotes, "
            f"{len(BRIEF['figures'])} of {len(BRIEF['figures'])} figures and {OTHERS} of {OTHERS} other statements "
            "and facts found in it. The brief does not say when it was saved.") in text


def test_the_source_list_gives_the_hash_and_the_date_the_copy_was_saved(workspace):
    from briefing.build import gather
    from briefing.output.html import render_html
    from briefing.workspace import open_workspace

    brief = SMALL.replace("ARCHIVE", "txt").replace('archive = "copy.txt"', 'archive = "copy.txt"\narchived = 2025-10-27')
    path = write_brief(workspace, brief)
    (path.parent / "copy.txt").write_bytes(archive_bytes("txt"))
    space = open_workspace(None, path.parent)
    [job] = gather(["briefs/test/brief.toml"], space)
    page = render_html(job.brief, job.settings, space.templates_dir, verification=job.verification)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    digest = hashlib.sha256(archive_bytes("txt")).hexdigest()
    assert f"Archived copy, saved 27 October 2025, sha256 {digest[:12]} ." in text
    assert ("Verified against the archived copy: 1 of 1 direct quotes, 2 of 2 figures and 1 of 1 other statements "
            "and facts found in it. Saved 27 October 2025.") in text


@pytest.mark.parametrize(("text", "language", "values"), [
    ("100.000 Menschen", "de", [100000]), ("2,5 Prozent", "de", [2.5]), ("1 234,5 km", "fr", [1234.5]),
    ("100,000 people", "en-US", [100000]),
])
def test_numbers_are_read_with_the_languages_separators(text, language, values):
    assert [m.value for m in mentions(text, language)] == values


@pytest.mark.parametrize(("words", "found"), [(1, True), (23, True), (24, False)])
def test_an_insertion_stands_for_a_few_words_of_the_source_not_a_paragraph(words, found):
    from briefing.brief.passages import INSERTION_CHARS

    stretch = " ".join(["word"] * words)
    assert (len(f" {stretch} ") <= INSERTION_CHARS) is found  # the spaces around it are the source's too
    assert find_quote("They said [it] was over", [f"They said {stretch} was over"]) is found


@pytest.mark.parametrize("command", ["check", "verify", "build"])
def test_reading_an_archived_pdf_is_stopped_at_its_time_limit(run, workspace, monkeypatch, command):
    import multiprocessing
    import time

    from briefing.brief import archive_formats

    def endless(data: bytes, name: str) -> str:  # a PDF whose text layer takes for ever to read
        time.sleep(600)
        return ""

    monkeypatch.setattr(archive_formats, "_pdf_text", endless)  # the worker, forked from here, has it too
    config = workspace / "config.toml"
    config.write_text(config.read_text() + "\n[limits]\narchive_seconds = 0.5\n")
    path = write_brief(workspace, MINIMAL.replace('title = "A report"', 'title = "A report"\narchive = "copy.pdf"'))
    (path.parent / "copy.pdf").write_bytes(b"%PDF-1.7\n")
    shown = "briefs/test/brief.toml"
    result = run(command, shown)
    assert result.exit_code == 1
    stopped = f"{shown}: sources[0].archive: 'copy.pdf': stopped after 0.5 s (limits.archive_seconds in config.toml)"
    assert f"{stopped} [B901]" in result.stderr.splitlines()
    assert not (workspace / "out" / "test.pdf").exists()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("language", ["fr", "uk", "es", "ru", "ar"])
def test_the_example_in_another_language_verifies_as_the_english_one(run, example_copy, language):
    """The brief in French (its own words localised, its claims as written) cites the English Reuters story: the
    story's "some 60,000" is read as English writes it, not as 60.0 in French, so every figure verifies."""
    edit(example_copy, "\nas_of = ", f'\nlanguage = "{language}"\nas_of = ')
    result = run("verify", SHOWN)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{SHOWN}: {summary(len(DIRECT), len(BRIEF['figures']), OTHERS)}\n"


def test_a_number_written_the_briefs_way_matches_the_english_sources(run, example_copy):
    """A French fact says "quelque 60 000 habitants" (French grouping) of the English story's "some 60,000"; a
    wrong number in French ("70 000") still warns."""
    first_fact = BRIEF["facts"][0]["text"]
    edit(example_copy, "\nas_of = ", '\nlanguage = "fr"\nas_of = ')
    edit(example_copy, first_fact, "Pokrovsk comptait avant la guerre quelque 60 000 habitants.")
    assert run("verify", SHOWN).stderr == ""
    edit(example_copy, "quelque 60 000 habitants", "quelque 70 000 habitants")
    assert 'facts[0].text: "70 000" not found in' in run("verify", SHOWN).stderr


@pytest.mark.parametrize(("paragraphs", "language"), [
    (["The city lies on a key road which has been used by the military to supply other outposts."], "en"),
    (["La ville se trouve sur une route clé utilisée par l'armée pour ravitailler d'autres avant-postes."], None),
    (["Місто лежить на ключовій дорозі, якою користувалися військові."], None),
])
def test_the_language_a_source_is_read_in(paragraphs, language):
    from briefing.brief.checks.verify import written_in

    assert written_in(paragraphs) == language
