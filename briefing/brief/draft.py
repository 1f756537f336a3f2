"""A first draft of a brief from a saved article (`briefing draft`): its direct quotes with the speaker and role
the article gives them, its reported statements, its figures with unit, kind, qualifier and claimant, the places
it names (draft_places.py), and timeline entries for sentences with time words, each with the line it came from.

Every proposal is cut from the archived text itself, so it passes `verify` by construction. The gazetteer is
passed in (`gazetteer`): drafting is part of reading a brief, and places are a later stage."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from briefing.brief import sentences
from briefing.brief.archive import Archive
from briefing.brief.draft_claims import WHEN, Claimants
from briefing.brief.draft_figures import Speaker, figures
from briefing.brief.draft_merge import repeated
from briefing.brief.draft_people import People, split_title
from briefing.brief.draft_places import Gazetteer, places
from briefing.brief.draft_quotes import quotes
from briefing.brief.draft_spans import spans
from briefing.brief.proposal import Draft, Proposal
from briefing.brief.words import en

NAME = r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+"  # of a reported statement's speaker
# when it was said: also a weekday alone, as American copy writes it ("said Tuesday that ...")
_SAID_WHEN = rf"(?:{WHEN}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_REPORTED_AFTER = re.compile(rf"^(?P<text>[A-Z][^\"]+?), (?P<speaker>the [A-Z][\w ]+?|{NAME}) (?P<verb>said|says)"
                             rf"(?P<when> {_SAID_WHEN})?\.$")
# "..., said OB Sisay, director of the Situation Room at the National Ebola Response Center." (AP)
_REPORTED_INVERTED = re.compile(rf"^(?P<text>[A-Z][^\"]+?), (?P<verb>said|says) (?P<speaker>{NAME})"
                                rf"(?:, (?P<role>(?:the |an? )?[a-z][^\",]+?))?\.$")
_REPORTED_BEFORE = re.compile(rf"(?:^|, )(?P<speaker>{NAME}) (?P<verb>says|said|told [A-Z]\w+)(?P<when> {_SAID_WHEN})? "
                              r"(?:that )?(?P<text>[^\"]+?)\.$")
_CALENDAR = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday")
MAX_SENTENCE_CHARS = 2_000  # longer is not a sentence of an article; its patterns would only cost time


def draft(archive: Archive, source_id: str, gazetteer: Gazetteer, country: str | None = None) -> Draft:
    result = Draft()
    quoted = list(quotes(list(zip(archive.lines, archive.paragraphs)), "\n".join(archive.paragraphs), source_id))
    claimants, offset = Claimants.of("\n".join(archive.paragraphs), _place_test(gazetteer, country)), 0
    persons = People.of("\n".join(archive.paragraphs))
    for line, paragraph in zip(archive.lines, archive.paragraphs):
        at = 0
        for sentence in (s for s in sentences.split(paragraph) if len(s) <= MAX_SENTENCE_CHARS):
            at = paragraph.find(sentence, at)
            result.proposals += [*_quotes(sentence, line, source_id, persons, offset + at),
                                 *figures(sentence, line, source_id, _speaker_in(paragraph, quoted, at), claimants,
                                          offset + at),
                                 *_timeline(sentence, line, source_id)]
        offset += len(paragraph) + 1
    result.proposals = repeated(result.proposals) + quoted
    people = frozenset(p.fields[key] for p in result.proposals for key in ("speaker", "claimed_by")
                       if p.fields.get(key))
    places(archive, source_id, gazetteer, country, result, people)
    return result


def _place_test(gazetteer: Gazetteer, country: str | None) -> Callable[[str], bool] | None:
    """Whether a name is a place of the article's country (`--country`), for a place that "reported 4 fatalities"
    (rule C17); none without a country, where a name of a person could be a place somewhere."""
    if not country:
        return None
    return functools.cache(lambda name: gazetteer.lookup(name, country)[0] is not None)


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


def _quotes(sentence: str, line: int, source_id: str, people: People | None = None, at: int = 0
            ) -> Iterator[Proposal]:
    """Reported statements: "X said (that) ...", "..., the ministry said on Monday."; "She said ..." is the person
    the pronoun stands for (as a quote's "she said" is), and is left out where the article names no one; "It said
    ..." is left out."""
    if '"' in sentence:
        return
    sentence = re.sub(r"\s+\.$", ".", sentence)  # "..., WHO said Wednesday ." as a page may space it
    found = _REPORTED_AFTER.match(sentence) or _REPORTED_INVERTED.match(sentence) or \
        _REPORTED_BEFORE.search(sentence)
    if not found or found["speaker"] in _CALENDAR or re.fullmatch(_SAID_WHEN, found["text"].strip()):
        return  # "..., said Monday" names no one; "X said Wednesday" says nothing
    speaker, title = split_title(found["speaker"])
    if speaker.lower() in ("it", "they", "this", "that"):
        return  # "It said the attackers torched several shops": a body named sentences before, left to the desk
    if speaker.lower() in en.PERSON_PRONOUNS:
        speaker = people.person_before(at, speaker) if people is not None else ""
        if not speaker:
            return
    elif people is not None:
        speaker = people.full(speaker, at)  # "Brown said" after "Information Minister Lewis Brown said"
    role = title or (found["role"] if "role" in found.re.groupindex else None) or ""
    fields = {"kind": "reported", "speaker": speaker[0].upper() + speaker[1:], "role": role,
              "verb": found["verb"], "when": ((found["when"] if "when" in found.re.groupindex else None) or
                                              "").strip(), "text": found["text"], "sources": [source_id]}
    yield Proposal("quotes", {k: v for k, v in fields.items() if v}, line)


def _timeline(sentence: str, line: int, source_id: str) -> Iterator[Proposal]:
    found = re.search(WHEN, sentence)
    if found and '"' not in sentence:
        yield Proposal("timeline", {"when": found[0], "text": sentence, "sources": [source_id]}, line)


ORDER = ("quotes", "figures", "places", "timeline")
FIELD_ORDER = ("kind", "speaker", "name", "role", "aka", "country", "verb", "when", "label", "value", "low", "high",
               "qualifier", "unit", "text", "claimed_by", "status", "note", "sources")


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
