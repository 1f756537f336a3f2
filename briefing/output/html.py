"""HTML from Jinja2: the workspace's templates first, the packaged defaults last."""

from __future__ import annotations

import datetime
import re
import traceback
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined, TemplateError
from markupsafe import Markup
from pydantic import BaseModel

from briefing import formatting, vocabulary
from briefing.brief import since
from briefing.brief.aliases import Aliases
from briefing.brief.checks.verify import Verification
from briefing.brief.claimants import claimant_keys
from briefing.brief.compare import Changes
from briefing.brief.markup import MD
from briefing.brief.model import Brief, Figure, Place, Quote
from briefing.config import Titles
from briefing.errors import BuildFailed
from briefing.figures import Figures
from briefing.messages import Desk, direction, translator
from briefing.workspace import shown_path

PACKAGED_TEMPLATES = Path(str(resources.files("briefing.output") / "templates"))


@dataclass(frozen=True)
class Settings:
    """What the brief is rendered with, after defaults < config.toml < brief < command line."""

    organisation: str
    marking: str
    marking_colour: str
    language: str
    paper: str
    contents_threshold: int
    modified: datetime.datetime
    titles: Titles = Titles()  # the section headings ([titles] in config.toml)
    desk: Desk = Desk()  # the workspace's own words for the language ([messages] in config.toml, locale/)


def markdown_block(text: str) -> Markup:
    return Markup(MD.render(text))


def markdown_inline(text: str) -> Markup:
    return Markup(MD.renderInline(text))


def environment(templates_dir: Path, language: str = "en", desk: Desk = Desk()) -> Environment:
    """User templates first; `default:NAME` always reaches the packaged file, for {% extends %}. The tool's own
    words go through the language's catalog: `{{ _("Key facts") }}`, `{{ ngettext(...) }}` (messages.py)."""
    packaged = FileSystemLoader(PACKAGED_TEMPLATES)
    env = Environment(
        extensions=["jinja2.ext.i18n"],
        loader=ChoiceLoader([FileSystemLoader(templates_dir), PrefixLoader({"default": packaged}, delimiter=":"),
                             packaged]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=markdown_block, md_inline=markdown_inline, dtg=formatting.dtg,
                       when=lambda value: formatting.when(value, language),
                       number=lambda value: formatting.number(value, language),
                       long_datetime=lambda moment: formatting.long_datetime(moment, language),
                       capfirst=lambda text: str(text)[:1].upper() + str(text)[1:])
    env.tests["tall"] = tall
    words = translator(language, desk)
    env.install_gettext_translations(words, newstyle=True)  # type: ignore[attr-defined]
    env.filters["dir_attr"] = lambda text: dir_attribute(text, language)
    env.globals.update(direction=direction(language), css_string=css_string, css_counters=css_counters,
                       qualifier_word=lambda value: vocabulary.qualifier(value, words),
                       compass_point=lambda value: vocabulary.compass(value, words),
                       status_word=lambda value: vocabulary.status(value, words),
                       role_word=lambda value: vocabulary.role(value, words))
    return env


def dir_attribute(text: object, language: str) -> Markup:
    """` dir="ltr"` on a block of the brief's own text written the other way from the page (an English quote in an
    Arabic brief, an Arabic one in an English brief), so that it is laid out in its own direction, its full stop at
    its end; nothing where they agree. The text's direction is its first strong letter's (what dir="auto" does,
    which WeasyPrint does not)."""
    own = text_direction(str(text)) if text else None
    return Markup(f' dir="{own}"') if own and own != direction(language) else Markup("")


def text_direction(text: str) -> str | None:
    """"rtl" or "ltr" by the first letter with a strong direction; None without one (digits, punctuation)."""
    import unicodedata

    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def css_string(text: str) -> Markup:
    """Text as a CSS string, safe inside <style> (which entities do not reach)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ").replace("\n", "\\a ")
    return Markup(f'"{escaped}"')


def css_counters(message: str) -> Markup:
    """A translated message with %(page)s, %(pages)s or %(figure)s as CSS content: "Page " counter(page) ...
    (the counters stand where the language puts them)."""
    parts = re.split(r"%\((page|pages|figure)\)s", message)
    return Markup(" ".join(f"counter({part})" if i % 2 else css_string(part) for i, part in enumerate(parts)
                           if i % 2 or part))


LONG_TABLE_ROWS = 10  # a figures table with more rows than this would not fit a page whole: it is let split
TALL_CHARS = 1000  # a row or statement this long may fill half a page or more


def tall(text: object) -> bool:
    """Whether a text is long enough that its row or statement may be split across pages rather than kept whole:
    kept whole, one taller than the space left would leave that space empty, and one taller than a page a whole
    page with nothing but a heading."""
    return isinstance(text, str) and len(text) > TALL_CHARS


def render_html(brief: Brief, settings: Settings, templates_dir: Path, figures: Figures = Figures(),
                changes: Changes | None = None, verification: Verification | None = None) -> str:
    env = environment(templates_dir, settings.language, settings.desk)
    words = translator(settings.language, settings.desk)
    settings = replace(settings, titles=settings.titles.translated(words.gettext))
    numbers = {source.id: n for n, source in enumerate(brief.sources, start=1)}
    by_id = {source.id: source for source in brief.sources}

    shown: set[int] = set()  # sources whose caveat the body has printed (the template renders in page order)

    def notes_of_sources(sources) -> list[tuple[int, str, str]]:
        """(number, publisher, caveat) of those sources that carry a caveat."""
        return [(numbers[source.id], source.publisher, source.caveat) for source in sources if source.caveat]

    def notes(items) -> list[tuple[int, str, str]]:
        """The caveats of the sources these items cite, each once."""
        cited = dict.fromkeys(sid for item in items for sid in item.sources)
        return notes_of_sources(by_id[sid] for sid in cited)

    def caveats_once(items) -> list[tuple[int, str, str]]:
        """The caveats of the sources these items cite that the body has not printed yet: each caveat is
        printed once, after the first block of claims that cites its source."""
        fresh = [caveat for caveat in notes(items) if caveat[0] not in shown]
        shown.update(number for number, _, _ in fresh)
        return fresh

    def amount(figure) -> str:
        alone = figure.value is None and (figure.low is None or figure.high is None)  # a bound: "at least 15"
        said = figure.words or ("at least" if alone and figure.low is not None else "up to" if alone else None)
        qualifier = vocabulary.qualifier(said, words, figure.meaning) if said else None
        return formatting.amount(figure.value, figure.low, figure.high, qualifier, figure.unit, settings.language)

    brief = _typeset(brief, settings.language)
    corroborated = {id(figure): found for figure, found in
                    zip(brief.figures, corroboration(brief.figures, verification.aliases if verification else None))}
    new_items = {id(getattr(brief, section)[i]) for section, indexes in (changes.new if changes else {}).items()
                 for i in indexes}
    context = dict(
        since=_since(changes, settings.language, words) if changes else None,
        is_new=lambda item: id(item) in new_items,
        quote_marks=formatting.quote_marks(settings.language),
        brief=brief,
        info=brief.brief,
        settings=settings,
        source_number=numbers,
        grades={source.id: source.grade for source in brief.sources},
        topics=_group(brief.facts, key=lambda fact: fact.topic),
        notes=notes,
        notes_of_sources=notes_of_sources,
        caveats_once=caveats_once,
        amount=amount,
        figure_groups=_figure_groups(brief),
        corroboration=lambda figure: corroborated[id(figure)],
        corroborated=any(c.sources > 1 or c.claimants > 1 for c in corroborated.values()),
        located={place.name: place for place in figures.located},
        figures=figures,
        LONG_TABLE=LONG_TABLE_ROWS,
        map_caption=lambda result, detail=None: _map_caption(result, detail, figures, settings.language, words),
        verification=verification or Verification(),
    )
    try:
        return env.get_template("brief.html").render(context)
    except TemplateError as error:
        raise _template_problem(error) from error


def _map_caption(result: Any, detail: Any, figures: Figures, language: str, words: Any) -> str:
    """What a map's frame shows (see output.captions); a detail map's title, where the brief gives one, leads."""
    from briefing.output.captions import frame_caption

    if detail is None:
        return frame_caption(result.shows, figures.located, language, words=words)
    shows = frame_caption(result.shows, figures.located, language, detail.members, words=words)
    return f"{detail.title} ({shows})" if detail.title else shows


def _since(changes: Changes, language: str, words: Any) -> dict[str, Any]:
    """The "Since the last brief" section: figures changed, new and no longer reported, counts of the items
    marked NEW, and the items dropped (facts and timeline entries as the Markdown they are)."""
    def dropped(section: str, item: Any) -> str | Markup:
        text = formatting.typographic(since.item_text(item, language), language)
        return markdown_inline(text) if section in ("facts", "timeline") else text

    return dict(
        previous_as_of=changes.previous_as_of,
        figures=[since.figure_line(change, language, words) for change in changes.figures],
        new=[since.count(s, len(indexes), words) for s, indexes in changes.new.items() if indexes],
        dropped=[(since.dropped_heading(s, words), [dropped(s, item) for item in items])
                 for s, items in changes.dropped.items() if items],
        empty=changes.empty,
    )


# What is not prose: identifiers, addresses, file names, keys the engine matches on.
NOT_PROSE = {"id", "url", "file", "sources", "style", "marking_colour", "language", "status", "qualifier", "kind",
             "near", "previous", "figure"}


def _typeset(model: Any, language: str) -> Any:
    """The brief with straight quotes and apostrophes set typographically in its prose, by language. A direct
    quotation's own words are left exactly as the source printed them; place names keep theirs (they are looked
    up and matched)."""
    if isinstance(model, list):
        return [_typeset(item, language) for item in model]
    if not isinstance(model, BaseModel):
        return model
    changes: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if name in NOT_PROSE or (isinstance(model, Quote) and name == "text" and model.kind == "direct") or \
                (isinstance(model, Place) and name in ("name", "aka", "role")):
            continue
        typeset = formatting.typographic(value, language) if isinstance(value, str) else _typeset(value, language)
        if typeset is not value:
            changes[name] = typeset
    return model.model_copy(update=changes) if changes else model


def _template_problem(error: TemplateError) -> BuildFailed:
    """One line naming the template file and line where rendering failed (B704)."""
    name, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if name is None:  # runtime errors: the innermost template frame in the traceback
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith((".html", ".css"))]
        if frames:
            name, line = frames[-1].filename, frames[-1].lineno
    if name is None:
        return BuildFailed(f"template error: {error.message}", "B704")
    where = shown_path(Path(name)) if Path(name).is_absolute() else name
    return BuildFailed(str(error.message), "B704", file=where, key=f"line {line}")


@dataclass(frozen=True)
class Corroboration:
    """Of one figure: how many sources give the same number of the same thing, and how many claimants they cite
    between them (three outlets repeating one government's figure are one claimant, not three confirmations)."""

    sources: int
    claimants: int


def corroboration(figures: list[Figure], aliases: Aliases | None = None) -> list[Corroboration]:
    """For each figure, the sources and claimants (as `claimant_keys` tells them apart, through `aliases`) of
    every figure of the brief with the same value or range of the same thing: unit, kind, party and claim."""
    def same(figure: Figure) -> tuple[Any, ...]:
        return (figure.value, figure.low, figure.high, figure.unit_name.lower(), figure.kind.lower(),
                figure.party.lower(), figure.claim.lower())

    claimants = claimant_keys((figure.claimed_by for figure in figures), aliases)
    groups: dict[tuple[Any, ...], list[Figure]] = {}
    for figure in figures:
        groups.setdefault(same(figure), []).append(figure)
    found = {key: Corroboration(len({sid for f in group for sid in f.sources}),
                                len({claimants[f.claimed_by] for f in group}))
             for key, group in groups.items()}
    return [found[same(figure)] for figure in figures]


def _figure_groups(brief: Brief) -> list[tuple[str, list]]:
    """Figures by kind, and within a kind by party; both in order of first appearance. Never summed."""
    return [(kind, [f for _, party_figures in _group(figures, key=lambda f: f.party) for f in party_figures])
            for kind, figures in _group(brief.figures, key=lambda f: f.kind)]


def _group(items, key) -> list[tuple[str, list]]:
    """Items grouped by key, groups in order of first appearance."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())
