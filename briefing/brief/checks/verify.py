"""Every claim checked against the archived copies of the sources it cites (`archive = "sources/x.txt"`):

- a direct quotation must be in a cited copy verbatim (B902, an error), else the closest passage and the words
  that differ are shown;
- a figure's number must be there, in any written form, near words of its kind (B903), with a qualifier that
  means the brief's (B904);
- reported speech and paraphrase must name a speaker the copy names (by one of its names: `aliases`), and every
  number in a statement, fact,
  section or timeline entry must be in the copy; a timeline entry's date must be one the copy's words give,
  written out or relative to the source's publication date ("on Saturday"), and its words of time the copy's
  (B905, under `when`);
- a verified figure's `claimed_by` must be whom the source's sentence with the number gives it to, by any of
  that body's names (`aliases`, and the article's own "Full Name (ACRONYM)"), where the sentence names one
  (B906, a warning naming whom the source gives it to).

A claim citing no archived copy is unverifiable: counted, not a problem. An archived copy that cannot be read as
text is B901 (missing or outside the folder: B501/B506, from the files check)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.brief import contained
from briefing.brief.aliases import Aliases, defined_in, mentioned, shipped
from briefing.brief.archive import Archive, normalise, read_archive
from briefing.brief.archive_formats import Unreadable
from briefing.brief.checks.claimed_by import (
    bare,
    claimant_in,
    clause_at,
    is_named,
    is_unnamed,
    same_claimant,
)
from briefing.brief.dates import RELATIVE as RELATIVE_WORDS
from briefing.brief.dates import stated_dates
from briefing.brief.load import Loaded
from briefing.brief.model import Figure, Quote, TimelineEntry
from briefing.brief.numbers import MEANING, Mention, mentions, qualifier_before, same
from briefing.brief.passages import (
    best_sentence,
    closest,
    differences,
    excerpt,
    find_quote,
    sentence_at,
    sentence_at_position,
)
from briefing.config import Config
from briefing.errors import BriefingError, Problem, warning
from briefing.offload import Offload, here

NEAR_CHARS = 80  # how far from a number the words of its kind may stand
UNIT_WORDS = {"km2": ("km", "square", "kilometres", "kilometers"), "%": ("%", "percent", "cent"),
              "km": ("km", "kilometres", "kilometers"), "mi": ("miles",)}
STOPWORDS = {"the", "of", "in", "by", "and", "a", "an", "to", "for", "on", "at", "from", "with", "still", "its",
             "their", "his", "her", "as", "or", "is", "are", "was", "were", "that", "this", "who", "what"}
PROSE = (("facts", "text"), ("sections", "body"))


@dataclass
class Tally:
    verified: int = 0
    total: int = 0

    def count(self, ok: bool) -> None:
        self.total += 1
        self.verified += ok

    def __str__(self) -> str:
        return f"{self.verified} of {self.total}"


@dataclass
class Verification:
    """What `verify` found: problems, the tallies, and the archived copies by source id."""

    problems: list[Problem] = field(default_factory=list)
    quotes: Tally = field(default_factory=Tally)
    figures: Tally = field(default_factory=Tally)
    others: Tally = field(default_factory=Tally)
    unverifiable: int = 0
    archives: dict[str, Archive] = field(default_factory=dict)
    published: dict[str, dt.date] = field(default_factory=dict)  # by archive name, where the source dates itself
    languages: dict[str, str | None] = field(default_factory=dict)  # by archive name: what its text is read as
    cached: list[Path] = field(default_factory=list)  # the cache files of their text
    aliases: Aliases = field(default_factory=Aliases)  # the names bodies go by: the tables', and the archives' own

    def summary(self) -> str:
        claims = "claim" if self.unverifiable == 1 else "claims"
        return (f"{self.quotes} direct quotes, {self.figures} figures, {self.others} other statements and facts "
                f"verified; {self.unverifiable} {claims} unverifiable")

    def record(self) -> dict[str, Any]:
        return {"direct_quotes": vars(self.quotes), "figures": vars(self.figures), "others": vars(self.others),
                "unverifiable": self.unverifiable,
                "archives": {sid: {"file": a.name, "sha256": a.sha256} for sid, a in self.archives.items()}}


def verify(loaded: Loaded, config: Config, cache_dir: Path | None, offload: Offload = here,
           aliases: Aliases | None = None) -> Verification:
    """Check every valid claim of `loaded` against the archived copies its sources name (every format but plain
    text read through `offload`); a speaker matches by any of its `aliases` (default: the shipped table)."""
    result = Verification()
    for i, source in loaded.items("sources"):
        if not source.archive:
            continue
        try:
            archive, cached = read_archive(loaded.folder, source.archive, config.limits, cache_dir, offload)
        except contained.Refused:
            continue  # reported by the files check
        except Unreadable as error:
            result.problems.append(Problem("B901", loaded.shown, f"sources[{i}].archive", str(error)))
            continue
        except BriefingError as error:  # stopped at its time limit or memory ceiling
            result.problems.append(Problem("B901", loaded.shown, f"sources[{i}].archive",
                                           f"{source.archive!r}: {error}"))
            continue
        result.archives[source.id] = archive
        result.languages[archive.name] = source.language or written_in(archive.paragraphs)
        if isinstance(source.published, dt.date):
            result.published[archive.name] = _day(source.published)
        result.cached += [cached] if cached else []
    language = (loaded.brief.brief.language if loaded.brief else None) or config.language
    _Checker(loaded, result, language, shipped() if aliases is None else aliases).run()
    return result


ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "was", "were", "said", "has", "have", "is", "are"})
ENGLISH_SHARE = 0.08  # of a text's words: English prose runs at 15-25% of these; French or Spanish near 0


def written_in(paragraphs: Sequence[str]) -> str | None:
    """"en" where a text's common words are English (a brief in French citing an English wire story reads its
    "88,000" as eighty-eight thousand, not as 88.0); None, to read it as the brief's language, otherwise."""
    words = [w.lower() for p in paragraphs[:40] for w in re.findall(r"[^\W\d_]+", p)]
    english = sum(w in ENGLISH_WORDS for w in words)
    return "en" if words and english / len(words) >= ENGLISH_SHARE else None


class _Checker:
    def __init__(self, loaded: Loaded, result: Verification, language: str, aliases: Aliases):
        self.loaded, self.result, self.language, self.aliases = loaded, result, language, aliases
        self.defined = {a.name: defined_in(a.paragraphs) for a in result.archives.values()}
        result.aliases = aliases.extended(d for found in self.defined.values() for d in found)
        self.mentions = {a.name: [(p, m) for p in a.paragraphs for m in mentions(p, self._of(a))]
                         for a in result.archives.values()}

    def _of(self, archive: Archive) -> str:
        """The language the source is written in, whose numbers and dates its text is read by: the source's own
        `language`, else English where its common words are, else the brief's."""
        return self.result.languages.get(archive.name) or self.language

    def run(self) -> None:
        for i, quote in self.loaded.items("quotes"):
            self._record(self._tally_of(quote), quote.sources, self._quote, quote, f"quotes[{i}]")
        for i, figure in self.loaded.items("figures"):
            self._record(self.result.figures, figure.sources, self._figure, figure, f"figures[{i}]")
        for section, name in PROSE:
            for i, item in self.loaded.items(section):
                key = f"{section}[{i}].{name}"
                self._record(self.result.others, item.sources, self._numbers, getattr(item, name), key)
        for i, entry in self.loaded.items("timeline"):
            self._record(self.result.others, entry.sources, self._timeline, entry, f"timeline[{i}]")

    def _record(self, tally: Tally, sources: list[str],
                check: Callable[[Any, str, list[Archive]], Problem | list[Problem] | None], claim: Any,
                key: str) -> None:
        """Count one claim: unverifiable without an archived copy, else verified unless `check` finds a problem."""
        cited = self._cited(sources)
        if not cited:
            self.result.unverifiable += 1
            return
        found = check(claim, key, cited)
        problems = found if isinstance(found, list) else [found] if found else []
        tally.count(not problems)
        self.result.problems += problems

    def _cited(self, sources: list[str]) -> list[Archive]:
        return [self.result.archives[sid] for sid in sources if sid in self.result.archives]

    def _tally_of(self, quote: Quote) -> Tally:
        return self.result.quotes if quote.kind == "direct" else self.result.others

    def _quote(self, quote: Quote, key: str, archives: list[Archive]) -> Problem | None:
        if quote.kind != "direct":
            return self._statement(quote, key, archives)
        paragraphs = [p for a in archives for p in a.paragraphs]
        if find_quote(quote.text, paragraphs):
            return None
        passage = closest(normalise(quote.text).split(), paragraphs)
        where = " or ".join(a.name for a in archives)
        hint = f'closest passage: "{excerpt(passage)}"; differs: {differences(passage, quote.text)}' if passage else ""
        return Problem("B902", self.loaded.shown, f"{key}.text", f"direct quote not found verbatim in {where}",
                       hint=hint)

    def _statement(self, quote: Quote, key: str, archives: list[Archive]) -> Problem | None:
        text = " ".join(p for a in archives for p in a.paragraphs)
        speaker = normalise(quote.speaker)
        others = self.aliases.extended(d for a in archives for d in self.defined[a.name]).names_of(speaker)
        surname = speaker.split()[-1] if len(speaker.split()) > 1 else ""
        if not any(mentioned(name, text) for name in (speaker, *others, *([surname] if surname else []))):
            also = f"also looked for {_listed(list(others))}" if others else ""
            return warning("B905", self.loaded.shown, f"{key}.speaker", f"'{quote.speaker}' is not named in "
                                                                        f"{_names(archives)}", hint=also)
        return self._numbers(quote.text, f"{key}.text", archives)

    def _numbers(self, text: str, key: str, archives: list[Archive]) -> Problem | None:
        found = [m.value for a in archives for _, m in self.mentions[a.name]]
        missing = [m.text for m in mentions(normalise(text), written_in([text]) or self.language)
                   if not any(same(m.value, v) for v in found)]
        if not missing:
            return None
        return warning("B905", self.loaded.shown, key, f"{_listed(missing)} not found in {_names(archives)}")

    def _timeline(self, entry: TimelineEntry, key: str, archives: list[Archive]) -> Problem | None:
        """Its numbers as in any fact; its `when` as a date some words of the source give (written out, or relative
        to the source's publication date), or as words the source writes."""
        if isinstance(entry.when, str):
            wanted = normalise(entry.when).lower()
            if any(wanted in p.lower() for a in archives for p in a.paragraphs):
                return self._numbers(entry.text, f"{key}.text", archives)
            return warning("B905", self.loaded.shown, f"{key}.when", f"'{entry.when}' not found in {_names(archives)}")
        given = [stated for a in archives for p in a.paragraphs
                 for stated in stated_dates(p, self.result.published.get(a.name), self._of(a))]
        if not any(stated.supports(_day(entry.when)) for stated in given):
            return warning("B905", self.loaded.shown, f"{key}.when", self._unsupported(entry, archives))
        return self._numbers(entry.text, f"{key}.text", archives)

    def _unsupported(self, entry: TimelineEntry, archives: list[Archive]) -> str:
        """Why a timeline date is not verified, with what the sentence closest to its text says of when."""
        assert isinstance(entry.when, dt.date)
        message = f"{entry.when.isoformat()} is not a date {_names(archives)} gives"
        passage = closest(normalise(entry.text).split(), [p for a in archives for p in a.paragraphs])
        archive, paragraph = next(((a, p) for a in archives for p in a.paragraphs if passage in p),
                                  (archives[0], ""))
        sentence = sentence_at(paragraph, paragraph.find(passage) + len(passage)) if paragraph else ""
        published = self.result.published.get(archive.name)
        said = [f'"{s.words}" ({s.day.isoformat()}{", read from its publication date" if s.relative else ""})'
                for s in stated_dates(sentence, published, self._of(archive))]
        if said:
            return f"{message}: the closest passage says {', '.join(said)}"
        if published is None and any(RELATIVE_WORDS.search(p) for p in archive.paragraphs):
            return f"{message}; its words of time are relative: give the source's published date to read them"
        return f'{message} (closest passage: "{sentence or excerpt(passage)}")'

    def _figure(self, figure: Figure, key: str, archives: list[Archive]) -> Problem | list[Problem] | None:
        cues = cue_words(figure)
        values = [v for v in (figure.value, figure.low, figure.high) if v is not None]
        found: list[tuple[str, Mention]] = []
        for n, value in enumerate(values):
            hits = [(p, m) for a in archives for p, m in self.mentions[a.name] if same(m.value, value)]
            near = sorted(((p, m) for p, m in hits if _near(cues, p, m)), key=lambda hit: -_score(cues, *hit))
            if not near:
                return self._figure_missing(figure, key, archives, value, hits)
            found += near if n == 0 else []
        best = [hit for hit in found if _score(cues, *hit) == _score(cues, *found[0])]  # the figure's own sentence,
        # not another of that number: "the two regions" is not "Two members ..., according to the official media"
        claimed = self._claimant(figure, key, archives, best)
        wanted = expected_qualifiers(figure)
        if any(qualifier_before(p, m.start) in wanted for p, m in found):
            return claimed
        paragraph, mention = found[0]
        said = qualifier_before(paragraph, mention.start)
        given = f'"{figure.words}"' if figure.words else "no qualifier"
        return [warning("B904", self.loaded.shown, f"{key}.qualifier", f"{given}, but the source says {_said(said)}",
                        hint=f'"{sentence_at(paragraph, mention.start)}"'), *([claimed] if claimed else [])]

    def _claimant(self, figure: Figure, key: str, archives: list[Archive],
                  found: list[tuple[str, Mention]]) -> Problem | None:
        """Whether a sentence that gives the figure's number gives it to its `claimed_by` (by any of its names),
        or names it at all; else a warning naming whom the source gives it to, where a sentence names someone."""
        aliases = self.aliases.extended(d for a in archives for d in self.defined[a.name])
        names = [figure.claimed_by, *aliases.names_of(bare(figure.claimed_by))]
        other = None
        for paragraph, mention in found:
            sentence, at = sentence_at_position(paragraph, mention.start)
            clause = clause_at(sentence, at)
            if any(is_named(name, clause) for name in names):
                return None
            who = claimant_in(clause, at - max(sentence.find(clause), 0))
            if not who or is_unnamed(who):
                continue
            if any(same_claimant(n, c) for n in (who, *aliases.names_of(who)) for c in names):
                return None
            other = other or (who, sentence)
        if other is None:
            return None
        who, sentence = other
        hint = f"also looked for {_listed(names[1:])}; " if names[1:] else ""
        return warning("B906", self.loaded.shown, f"{key}.claimed_by",
                       f"'{figure.claimed_by}', but {_names(archives)} gives it to '{who}'",
                       hint=f'{hint}"{excerpt(sentence)}"')

    def _figure_missing(self, figure: Figure, key: str, archives: list[Archive], value: float,
                        hits: list[tuple[str, Mention]]) -> Problem:
        field_name = "value" if figure.value is not None else ("low" if value == figure.low else "high")
        if hits:
            paragraph, mention = hits[0]
            hint = f'the number stands away from words of its kind: "{sentence_at(paragraph, mention.start)}"'
        else:
            passage = best_sentence(cue_words(figure), [p for a in archives for p in a.paragraphs])
            hint = f'closest passage: "{passage}"' if passage else ""
        return warning("B903", self.loaded.shown, f"{key}.{field_name}",
                       f"{value:,g} ({figure.label}) not found in {_names(archives)}", hint=hint)


def cue_words(figure: Figure) -> set[str]:
    """Words that say what a number counts: its unit, kind, label, party and claim, and the unit's spellings."""
    text = normalise(" ".join([figure.unit_name, figure.kind, figure.label, figure.party, figure.claim])).lower()
    words = {w for w in re.findall(r"[^\W\d_]+|%", text) if w not in STOPWORDS and (len(w) > 2 or w == "%")}
    unit = normalise(figure.unit_name).lower()
    return words | set(UNIT_WORDS.get(unit, ())) | ({unit} if unit else set())


def expected_qualifiers(figure: Figure) -> set[str | None]:
    """What the source may write before the number for the brief's qualifier to be right."""
    if figure.words:
        return {MEANING[figure.words]}
    if figure.value is None and figure.high is None:
        return {None, "at least", "more than"}
    if figure.value is None and figure.low is None:
        return {None, "up to", "fewer than"}
    return {None}


def _near(cues: set[str], paragraph: str, mention: Mention) -> bool:
    """Whether words of the figure's kind stand near this number (a percentage must be one)."""
    if "%" in cues and not mention.percent:
        return False
    return _score(cues, paragraph, mention) > 0


def _score(cues: set[str], paragraph: str, mention: Mention) -> int:
    """How many words of the figure's kind stand near this number."""
    window = paragraph[max(0, mention.start - NEAR_CHARS):mention.end + NEAR_CHARS].lower()
    words = set(re.findall(r"[^\W\d_]+|%", window)) | ({"%"} if mention.percent else set())
    return sum(any(w == cue or (len(cue) > 4 and len(w) > 4 and w[:5] == cue[:5]) for w in words) for cue in cues)


def _said(qualifier: str | None) -> str:
    return f'a word meaning "{qualifier}"' if qualifier else "no qualifier"


def _day(moment: dt.date) -> dt.date:
    """The day of a date or of a TOML date-time (a datetime is a date too, but never equal to one)."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _names(archives: list[Archive]) -> str:
    return " or ".join(a.name for a in archives)


def _listed(numbers: list[str]) -> str:
    quoted = [f'"{n}"' for n in dict.fromkeys(numbers)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]

