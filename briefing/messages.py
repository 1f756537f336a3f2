"""The tool's own words in the brief's language: gettext message catalogs, read through Babel.

The words live in catalogs, not in code (briefing/locale/<lang>/LC_MESSAGES/briefing.po, compiled to the .mo beside
it and shipped in the wheel; `make catalogs-extract`, `catalogs-update`, `catalogs-compile`). The code and the
templates hold only the English message ids: `_("Key facts")` in a template, `words.gettext("Key facts")` here.
Plural forms follow the catalog's CLDR rule ("1 source", "3 sources"; Ukrainian, Russian and Arabic have more).

A desk has the last word, highest first: the `[messages.<lang>]` table of its config.toml, its own catalog
`locale/<lang>.po` in the workspace (a language the package lacks is added the same way), the packaged catalog,
and last the English message id itself.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DOMAIN = "briefing"
LOCALE_DIR = Path(__file__).parent / "locale"
# Languages written right to left: the page is laid out mirrored, and numbers and Latin names are isolated in it.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})
ENGLISH = gettext.NullTranslations()  # the message ids themselves: what a terminal command prints


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a message marked for extraction, not translated here
    """Marks a message for the catalogs where it is defined (a default heading); translated where it is shown."""
    return message


@dataclass(frozen=True)
class Desk:
    """A workspace's own words for one language: its [messages.<lang>] table and its locale/<lang>.po text."""

    words: tuple[tuple[str, Any], ...] = ()  # msgid -> text, or -> {one = ..., other = ...} for a plural message
    catalog: str = ""  # the text of the workspace's .po file, "" if it has none

    def fingerprint(self) -> str:
        return hashlib.sha256(repr((self.words, self.catalog)).encode("utf-8")).hexdigest()


def base_language(language: str) -> str:
    """"pt-BR" -> "pt"; "en" -> "en"."""
    return language.replace("_", "-").split("-")[0].lower()


def right_to_left(language: str) -> bool:
    return base_language(language) in RIGHT_TO_LEFT


def direction(language: str) -> str:
    return "rtl" if right_to_left(language) else "ltr"


def desk_of(workspace: Any, language: str) -> Desk:
    """The desk's own words for `language` from a workspace (its config.toml and its locale/ folder)."""
    tables: Mapping[str, Mapping[str, Any]] = getattr(workspace.config, "messages", {}) or {}
    words = {**tables.get(base_language(language), {}), **tables.get(language, {})}
    catalog = ""
    root = getattr(workspace, "root", None)
    if root is not None:
        for name in dict.fromkeys((language, base_language(language))):
            path = Path(root) / "locale" / f"{name}.po"
            if path.is_file():
                catalog = path.read_text(encoding="utf-8")
                break
    return Desk(tuple(sorted((key, _frozen(value)) for key, value in words.items())), catalog)


def _frozen(value: Any) -> Any:
    return tuple(sorted(value.items())) if isinstance(value, Mapping) else value


def packaged_languages() -> list[str]:
    """The languages the package has a catalog for."""
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))


def fingerprint(language: str, desk: Desk = Desk()) -> str:
    """What the words of `language` depend on, for the cache keys of figures that carry them."""
    digest = hashlib.sha256(desk.fingerprint().encode())
    for name in dict.fromkeys((language.replace("-", "_"), base_language(language))):
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=32)
def translator(language: str, desk: Desk = Desk()) -> gettext.NullTranslations:
    """The words of `language`: the desk's, then the packaged catalog's, then the English message ids."""
    from babel.support import Translations

    packaged: gettext.NullTranslations = Translations.load(str(LOCALE_DIR), [language.replace("-", "_"),
                                                                             base_language(language)], DOMAIN)
    if desk.catalog:
        own = _compiled(desk.catalog, language)
        own.add_fallback(packaged)
        packaged = own
    if desk.words:
        return _DeskWords(dict(desk.words), language, packaged)
    return packaged


def _compiled(po_text: str, language: str) -> gettext.NullTranslations:
    """A desk's .po read as it is: compiled in memory, so the desk runs no compile step."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    catalog = read_po(io.StringIO(po_text), locale=language.replace("-", "_"), domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


class _DeskWords(gettext.NullTranslations):
    """A config.toml [messages.<lang>] table in front of the catalogs: a plain text for a message, a table of
    CLDR plural forms ({one = "...", few = "...", other = "..."}) for a plural one."""

    def __init__(self, words: dict[str, Any], language: str, fallback: gettext.NullTranslations) -> None:
        super().__init__()
        self.words = words
        self.language = language
        self.add_fallback(fallback)

    def _plural(self, forms: Any, n: int) -> str:
        from briefing import formatting

        table = dict(forms)
        category = formatting.locale(self.language).plural_form(abs(n))
        return str(table.get(category) or table.get("other") or next(iter(table.values())))

    def gettext(self, message: str) -> str:
        own = self.words.get(message)
        return own if isinstance(own, str) else super().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        own = self.words.get(msgid1)
        if own is None:
            return super().ngettext(msgid1, msgid2, n)
        return own if isinstance(own, str) else self._plural(own, n)

    def pgettext(self, context: str, message: str) -> str:
        own = self.words.get(f"{context}|{message}", self.words.get(message))
        return own if isinstance(own, str) else super().pgettext(context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        own = self.words.get(f"{context}|{msgid1}", self.words.get(msgid1))
        if own is None:
            return super().npgettext(context, msgid1, msgid2, n)
        return own if isinstance(own, str) else self._plural(own, n)
