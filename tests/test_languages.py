"""The tool's own words in the brief's language: the catalogs are complete and compiled, a desk's own words come
first, and right-to-left languages are laid out right to left."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from conftest import ROOT

from briefing import formatting, messages, vocabulary
from briefing.config import Titles
from briefing.output.html import css_counters, environment

LANGUAGES = ["en", "fr", "es", "uk", "ru", "ar"]  # the catalogs the package ships, complete
LOCALE = ROOT / "briefing" / "locale"


def _key(message) -> tuple[str | None, str]:
    return message.context, message.id if isinstance(message.id, str) else message.id[0]


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str | None, str], object]:
    """Every message the code and templates use, extracted now as `make catalogs-extract` does (babel.cfg)."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = {}
    for _, _, message, _, context in extract_from_dir(str(ROOT / "briefing"), method_map, options_map,
                                                         keywords={**DEFAULT_KEYWORDS, "N_": None}):
        single = message if isinstance(message, str) else message[0]
        if single:
            found[(context, single)] = message
    return found


def test_the_template_catalog_is_up_to_date(extracted):
    """briefing.pot holds exactly the messages in use (run `make catalogs-update` after changing a message)."""
    with open(LOCALE / "briefing.pot", "rb") as file:
        pot = {_key(m) for m in read_po(file) if m.id}
    assert sorted(set(extracted) - pot, key=str) == [], "messages missing from briefing.pot"
    assert sorted(pot - set(extracted), key=str) == [], "messages in briefing.pot no longer used"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_translates_every_message_and_none_is_fuzzy(language, extracted):
    with open(LOCALE / language / "LC_MESSAGES" / "briefing.po", "rb") as file:
        catalog = read_po(file, locale=language)
    by_key = {_key(m): m for m in catalog if m.id}
    assert sorted(set(extracted) - set(by_key), key=str) == [], f"{language}: messages without a translation"
    untranslated = [key for key, m in by_key.items()
                    if not m.string or (not isinstance(m.string, str) and not all(m.string))]
    assert untranslated == []
    assert [key for key, m in by_key.items() if m.fuzzy] == [], f"{language}: fuzzy translations"
    assert [key for key, m in by_key.items() if key not in extracted] == [], f"{language}: obsolete messages"
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == [], f"{language}: placeholders that do not match their message"
    plurals = [m for m in catalog if m.id and not isinstance(m.id, str)]
    assert [m.id[0] for m in plurals if len(m.string) != catalog.num_plurals] == [], f"{language}: plural forms"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_compiled_catalog_is_the_one_its_po_file_compiles_to(language):
    """The .mo shipped is never stale: `make catalogs-compile` after editing a .po file."""
    folder = LOCALE / language / "LC_MESSAGES"
    with open(folder / "briefing.po", "rb") as file:
        catalog = read_po(file, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    assert (folder / "briefing.mo").read_bytes() == compiled.getvalue(), f"{language}: briefing.mo is stale"


def test_the_packaged_languages_are_found():
    assert set(LANGUAGES) <= set(messages.packaged_languages())


@pytest.mark.parametrize(("language", "message", "expected"), [
    ("en", "Key facts", "Key facts"),
    ("fr", "Key facts", "Points clés"),
    ("fr-CA", "Key facts", "Points clés"),  # a regional tag falls back to its language
    ("es", "Key facts", "Datos clave"),
    ("uk", "Key facts", "Ключові факти"),
    ("ru", "Key facts", "Ключевые факты"),
    ("ar", "Key facts", "الوقائع الرئيسية"),
    ("pt", "Key facts", "Key facts"),  # a language without a catalog: the English message
])
def test_translator(language, message, expected):
    assert messages.translator(language).gettext(message) == expected


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("en", 1, "1 source"), ("en", 3, "3 sources"),
    ("fr", 1, "1 source"), ("fr", 2, "2 sources"),
    ("uk", 1, "1 джерело"), ("uk", 3, "3 джерела"), ("uk", 5, "5 джерел"), ("uk", 21, "21 джерело"),
    ("ru", 2, "2 источника"), ("ru", 11, "11 источников"),
    ("ar", 1, "مصدر واحد"), ("ar", 2, "مصدران"), ("ar", 3, "3 مصادر"), ("ar", 11, "11 مصدرًا"), ("ar", 100, "100 مصدر"),
])
def test_plural_forms_follow_the_languages_rule(language, count, expected):
    """CLDR's plural categories through the catalog's Plural-Forms: Ukrainian, Russian and Arabic have more than two."""
    words = messages.translator(language)
    assert words.ngettext("%(num)d source", "%(num)d sources", count) % {"num": count} == expected


def test_a_desks_table_comes_before_the_catalog():
    desk = messages.Desk(words=(("Key facts", "Faits saillants"),
                                ("%(num)d source", (("one", "%(num)d référence"), ("other", "%(num)d références")))))
    words = messages.translator("fr", desk)
    assert words.gettext("Key facts") == "Faits saillants"
    assert words.gettext("Sources") == "Sources"  # the packaged catalog for the rest
    assert words.ngettext("%(num)d source", "%(num)d sources", 3) % {"num": 3} == "3 références"
    assert words.pgettext("claim status", "estimated") == "estimé"


def test_a_desks_own_catalog_adds_a_language(tmp_path):
    (tmp_path / "locale").mkdir()
    (tmp_path / "locale" / "pt.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Key facts"\nmsgstr "Factos essenciais"\n', encoding="utf-8")

    class Workspace:
        root = tmp_path
        config = type("Config", (), {"messages": {"pt": {"Sources": "Fontes"}}})()

    desk = messages.desk_of(Workspace(), "pt")
    words = messages.translator("pt", desk)
    assert (words.gettext("Key facts"), words.gettext("Sources"), words.gettext("Timeline")) == \
        ("Factos essenciais", "Fontes", "Timeline")


def test_headings_a_desk_set_are_kept_and_the_defaults_translated():
    titles = Titles(facts="Faits saillants").translated(messages.translator("fr").gettext)
    assert (titles.facts, titles.sources, titles.summary) == ("Faits saillants", "Sources", "L’essentiel")


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl"), ("fa", "rtl"),
                                                     ("he", "rtl"), ("ur-PK", "rtl"), ("uk", "ltr")])
def test_direction(language, direction):
    assert messages.direction(language) == direction


@pytest.mark.parametrize(("message", "css"), [
    ("Page %(page)s of %(pages)s", '"Page " counter(page) " of " counter(pages)'),
    ("الصفحة %(page)s من %(pages)s", '"الصفحة " counter(page) " من " counter(pages)'),
    ("Figure %(figure)s. ", '"Figure " counter(figure) ". "'),
    ('Say "%(page)s"</style>', '"Say \\"" counter(page) "\\"\\3c /style>"'),
])
def test_css_counters(message, css):
    assert str(css_counters(message)) == css


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "28 October 2025, 06:00 UTC"),
    ("fr", "28 octobre 2025, 06:00 UTC"),
    ("ar", "28 أكتوبر 2025، \u206606:00 UTC\u2069"),  # the time isolated left to right inside Arabic
])
def test_long_datetime_joins_date_and_time_the_languages_way(language, expected):
    import datetime as dt

    moment = dt.datetime(2025, 10, 28, 6, 0, tzinfo=dt.UTC)
    assert formatting.long_datetime(moment, language) == expected


@pytest.mark.parametrize(("value", "language", "expected"), [
    ("about", "fr", "environ"), ("at least", "es", "al menos"), ("up to", "uk", "до"), ("nearly", "ar", "قرابة"),
    ("mid-2024", "fr", "mid-2024"),  # not the schema's word: as it is
])
def test_the_schemas_words_are_translated(value, language, expected):
    assert vocabulary.qualifier(value, messages.translator(language)) == expected


def test_templates_say_the_tools_words_in_the_language(tmp_path):
    env = environment(Path(tmp_path), "uk")
    rendered = env.from_string('{{ _("Key facts") }} | {{ ngettext("%(num)d fact", "%(num)d facts", 5) }} | '
                               '{{ pgettext("claim status", "claimed") }} | {{ direction }}').render()
    assert rendered == "Ключові факти | 5 фактів | заявлено | ltr"


def test_the_bundled_faces_cover_the_scripts_of_the_catalogs_and_say_which_they_do_not():
    from briefing.fonts import scripts_covered

    have, lacking = scripts_covered()
    assert {"Latin", "Greek", "Cyrillic", "Arabic", "Hebrew"} <= set(have)
    assert "Han (Chinese, Japanese)" in lacking


def test_doctor_lists_the_scripts_covered(run):
    result = run("doctor")
    line = next(line for line in result.output.splitlines() if " scripts " in line)
    assert "covered: Latin, Greek, Cyrillic" in line and "Arabic" in line and "not covered (check warns, B303)" in line


def test_check_names_a_character_no_face_has_before_any_build(run, workspace):
    from conftest import MINIMAL, write_brief

    write_brief(workspace, MINIMAL.replace('title = "Minimal brief"', 'title = "Minimal brief 中文"'))
    result = run("check", "briefs/test/brief.toml")
    assert result.exit_code == 0
    assert "brief.title: no font for U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中), U+6587 CJK UNIFIED IDEOGRAPH-6587 (文) " \
           "[B303]" in result.output + result.stderr
    assert not (workspace / "out").exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("Ukraine", "U K R A I N E"),
    ("DR Congo", "D R   C O N G O"),
    ("أوكرانيا", "أوكرانيا"),  # letters that join are never spaced apart
    ("ישראל", "ישראל"),
])
def test_country_names_are_letter_spaced_only_in_scripts_that_do_not_join(name, expected):
    from briefing.figures.maps.countries import spaced

    assert spaced(name) == expected


@pytest.mark.parametrize(("title", "outlines"), [("Rival claims: deaths", False), ("أرقام متعارضة: deaths", True),
                                                 ("Різні дані: загиблі", False)])
def test_a_chart_in_a_right_to_left_script_is_drawn_as_outlines(title, outlines):
    """The page's SVG renderer sets text letter by letter: Arabic would come out unjoined and backwards."""
    from briefing.figures.charts.draw import _text_setting
    from briefing.figures.charts.plan import ChartSpec

    spec = ChartSpec("c", "comparison", title, "people", "", "")
    assert (_text_setting(spec) == {"svg.fonttype": "path"}) is outlines


@pytest.mark.parametrize(("text", "language", "attribute"), [
    ("Russia wants Pokrovsk.", "en", ""),
    ("Russia wants Pokrovsk.", "ar", ' dir="ltr"'),  # an English quote in an Arabic brief: its full stop at its end
    ("«Pokrovsk» is a hub.", "ar", ' dir="ltr"'),  # the first letter decides, not the punctuation before it
    ("تريد روسيا بوكروفسك.", "ar", ""),
    ("تريد روسيا بوكروفسك.", "en", ' dir="rtl"'),
    ("2025", "ar", ""),  # no letter: the page's direction
])
def test_the_briefs_own_text_is_laid_out_in_its_own_direction(text, language, attribute):
    from briefing.output.html import dir_attribute

    assert str(dir_attribute(text, language)) == attribute


@pytest.mark.parametrize(("language", "expected"), [("en", "2 of 4"), ("fr", "2 sur 4"), ("uk", "2 з 4"),
                                                    ("ar", "2 من 4")])
def test_verified_tallies_in_the_language(language, expected, tmp_path):
    env = environment(Path(tmp_path), language)
    tally = env.from_string('{% import "macros.html" as m %}{{ m.tally(t) }}')
    assert tally.render(t=type("Tally", (), {"verified": 2, "total": 4})()) == expected


def test_a_desk_translates_the_headings_it_set_itself():
    desk = messages.Desk(words=(("Forces, losses and key figures", "Forces, pertes et chiffres clés"),))
    titles = Titles(figures="Forces, losses and key figures", facts="Faits saillants")
    fr = titles.translated(messages.translator("fr", desk).gettext)
    assert (fr.figures, fr.facts, fr.timeline) == ("Forces, pertes et chiffres clés", "Faits saillants", "Chronologie")
    uk = titles.translated(messages.translator("uk").gettext)
    assert uk.figures == "Forces, losses and key figures"  # no Ukrainian given: as the desk wrote it


@pytest.mark.parametrize(("language", "word", "meaning", "printed"), [
    ("en", "over", "more than", "over"),        # the source's own word, word for word, in an English brief
    ("en", "at least", "at least", "at least"),
    ("fr", "over", "more than", None),          # in French: the catalog's word for what it means
    ("fr", "almost", "nearly", None),
])
def test_a_sources_own_qualifier_is_kept_in_english_and_said_by_its_meaning_elsewhere(language, word, meaning,
                                                                                    printed):
    from briefing import vocabulary
    from briefing.messages import translator

    words = translator(language)
    expected = printed or words.pgettext("qualifier", meaning)
    assert vocabulary.qualifier(word, words, meaning) == expected
    if language != "en":
        assert expected != meaning  # the catalog does give the word in its language
