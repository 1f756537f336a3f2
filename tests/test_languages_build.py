"""The example built in each language the package has a catalog for: none of the tool's English words is left on the
page or on the map (the brief's own text, the article's words, stays as the source said it), and a right-to-left
brief is laid out right to left."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, WORKSPACE_CONFIG, normalise, pdf_pages
from pypdf import PdfReader

from briefing.cli import main
from briefing.messages import translator

LANGUAGES = ["fr", "es", "uk", "ru", "ar"]

# The tool's own words (message ids, with their context where they have one) that a reader of the example would see.
FURNITURE = [
    "As of", "Region", ("title block", "Prepared by"), "Based on", "Bottom line up front", "Contents", "Key facts",
    "Situation map", "Key figures", "Analysis", "Statements", "Timeline", "Places named", "Sources",
    ("caption", "Figure %(figure)s. "), ("table column", "Figure"), "Claimed by", "Amount", "Party", "Status",
    ("table column", "Source"), "Also called", "Role", "When", "What", "Source caveat", "Situation brief",
    "Page %(page)s of %(pages)s", "Numbered on the map:", "Partial quotation", "Reported speech", "Paraphrase",
    ("claim status", "estimated"), ("claim status", "claimed"), ("claim status", "confirmed"),
    "Times in italics are the source’s own words, not dates.", "Accessed %(date)s.", "Published %(date)s",
    "Archived copy, sha256 %(hash)s.", "Position from the desk gazetteer.",
    "Placed %(distance)s %(bearing)s of %(place)s, as the source gives it.",
    "%(num)d source, listed at the end",
]
MAP_WORDS = ["Focus of this brief", "Reported objective", "Place named in the brief", "Site named in the brief",
             "Other town (GeoNames)", "River", "Sea or lake", "International border", "Situation as of %(dtg)s",
             "Basemap: %(data)s", "Places: %(origins)s"]


def _english(message: str) -> str:
    """The words of a message that stand on the page in English: its text up to the first placeholder."""
    return re.split(r"%\(\w+\)\w", message)[0].strip(" .:")


def _words(language: str, item) -> tuple[str, str]:
    """(the English words, the language's words) of a furniture message."""
    context, message = item if isinstance(item, tuple) else (None, item)
    words = translator(language)
    if "%(num)d" in message:
        return _english(message), words.ngettext(message, message, 1)
    return _english(message), words.pgettext(context, message) if context else words.gettext(message)


def _brief_texts(data) -> list[str]:
    """Every string of the brief: its own words, which the page prints as the brief gives them."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [text for value in data.values() for text in _brief_texts(value)]
    if isinstance(data, list):
        return [text for value in data for text in _brief_texts(value)]
    return []


def _count(words: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


@pytest.fixture(scope="module", params=LANGUAGES)
def built(request, tmp_path_factory) -> tuple[str, Path, Path]:
    """The example with `language` set in [brief], built in a workspace of its own: (language, PDF, figures/)."""
    language = request.param
    root = tmp_path_factory.mktemp(f"example-{language}")
    (root / "config.toml").write_text(WORKSPACE_CONFIG)
    shutil.copytree(EXAMPLE.parent, root / "briefs" / "pokrovsk")
    brief = root / "briefs" / "pokrovsk" / "brief.toml"
    text = brief.read_text(encoding="utf-8")
    assert "\nlanguage =" not in text
    brief.write_text(text.replace("[brief]\n", f'[brief]\nlanguage = "{language}"\n', 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(brief), "--out", str(root / "out"), "--html"])
    assert result.exit_code == 0, result.output
    return language, root / "out" / "pokrovsk.pdf", root / "figures"


def test_no_english_furniture_on_the_page(built):
    """Each of the tool's words is in the brief's language: an English one may stand on the page no more often
    than the brief's own text (the article's words, repeated in running heads where it is the title) has it."""
    language, pdf, _ = built
    pages = pdf_pages(pdf)
    text = normalise(" ".join(pages))
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    heads = [data["brief"]["title"], WORKSPACE_CONFIG]  # on every page
    contents = [section["heading"] for section in data["sections"]]  # listed again in the contents
    own = normalise(" ".join(_brief_texts(data) + heads * len(pages) + contents))
    translated = normalise(" ".join(_words(language, item)[1] for item in FURNITURE))
    left = []
    for item in FURNITURE:
        english = _words(language, item)[0]
        if _count(english, translated):
            continue  # the language's word is the English one ("Sources" and "Figure" in French)
        if _count(english, text) > _count(english, own):
            left.append(english)
    assert left == [], f"{language}: English words of the tool's on the page"


def test_the_tools_words_on_the_page_are_the_languages(built):
    language, pdf, _ = built
    text = normalise(" ".join(pdf_pages(pdf)))
    for item in ["Key facts", "Sources", "Bottom line up front", ("title block", "Prepared by")]:
        assert normalise(_words(language, item)[1]).upper() in text.upper()


def test_no_english_words_on_the_map(built):
    """The map's key, its as-of line and its credit, as the sidecar records what was drawn."""
    language, _, figures = built
    (sidecar,) = [path for path in figures.glob("pokrovsk-map-*.json")]
    drawn = json.loads(sidecar.read_text(encoding="utf-8"))
    shown = " ".join([entry["label"] for entry in drawn["legend"]] + [drawn["caption"], drawn["credit"]])
    left = [_english(message) for message in MAP_WORDS
            if _count(_english(message), shown) and not _count(_english(message), translator(language).gettext(message))]
    assert left == [], f"{language}: English words on the map"
    assert translator(language).gettext("Focus of this brief") in shown
    approximate = [feature["label"] for feature in drawn["features"] if feature.get("approximate")]
    assert approximate and all(label == translator(language).gettext("%(place)s (approx.)") % {"place": "Coking-coal mine"}
                               for label in approximate)


def test_html_says_its_language_and_direction(built):
    language, pdf, _ = built
    page = (pdf.parent / "pokrovsk.html").read_text(encoding="utf-8")
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == language
