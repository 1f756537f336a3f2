"""Rules every claim follows: it cites a source (B203), every source is cited (B204), and likelihood is said
with the configured words (B401), apart from confidence (B402)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.brief import sentences
from briefing.brief.checks import Context, rule
from briefing.errors import Problem, warning

# Estimative words and phrases analysts reach for; any not on the configured scale is flagged.
ESTIMATIVE = [
    "almost no chance", "remote chance", "remote possibility", "very unlikely", "highly unlikely",
    "highly improbable", "improbable", "unlikely", "roughly even chance", "roughly even odds", "even chance",
    "realistic possibility", "likely", "probable", "probably", "very likely", "highly likely",
    "highly probable", "almost certain", "almost certainly", "nearly certain", "virtually certain",
    "possibly", "perhaps", "conceivably", "doubtful", "slim chance", "good chance",
]
CLAIMS = ("facts", "figures", "quotes", "sections", "timeline")  # what must cite a source
# the brief's own words
ASSESSED = [("brief", "summary"), ("facts", "text"), ("sections", "body"), ("timeline", "text")]
_CONFIDENCE = re.compile(r"\b(low|moderate|medium|high)[- ]confidence\b", re.IGNORECASE)


@rule
def claims_without_sources(context: Context) -> Iterator[Problem]:
    if not context.config.require_sources:
        return
    for section, key, ids in context.loaded.citations():
        if section in CLAIMS and not ids:
            yield Problem("B203", context.shown, key, "cites no source; every claim needs at least one "
                                                      "(or set require_sources = false in config.toml)")


@rule
def uncited_sources(context: Context) -> Iterator[Problem]:
    cited = {source_id for _, _, ids in context.loaded.citations() for source_id in ids}
    for i, source_id in context.loaded.source_ids():
        if source_id not in cited:
            yield warning("B204", context.shown, f"sources[{i}]", f"'{source_id}' is cited by nothing")


@rule
def likelihood_words(context: Context) -> Iterator[Problem]:
    """Estimative words outside the scale, and sentences mixing a confidence level with a likelihood term."""
    scale = context.config.likelihood_scale
    on_scale = {term.lower() for term in scale} | {adverb(term.lower()) for term in scale}
    vocabulary = sorted({*ESTIMATIVE, *on_scale}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(term) for term in vocabulary) + r")\b", re.IGNORECASE)
    for key, text in _assessed_texts(context):
        for sentence in sentences.split(text):
            terms = [match.group(1) for match in pattern.finditer(sentence)]
            for term in dict.fromkeys(terms):
                if term.lower() not in on_scale:
                    yield warning("B401", context.shown, key,
                                  f"\"{term}\" is not on the likelihood scale ({', '.join(scale)})")
            if terms and _CONFIDENCE.search(sentence):
                yield warning("B402", context.shown, key, f"\"{_excerpt(sentence)}\" mixes a confidence level and "
                                                          "a likelihood term in one sentence; state them separately")


def adverb(term: str) -> str:
    """The term said as an adverb, where its last word is an adjective: "probable" -> "probably", "almost
    certain" -> "almost certainly", "doubtful" -> "doubtfully"; "likely", "unlikely" and a noun phrase ("even
    chance") stay as they are."""
    *head, last = term.split(" ")
    if last.endswith("ble"):
        last = last[:-1] + "y"
    elif last.endswith("ic"):
        last += "ally"
    elif last.endswith(ADJECTIVE_ENDINGS):
        last += "ly"
    return " ".join([*head, last])


ADJECTIVE_ENDINGS = ("ain", "ful", "ous", "ive", "al", "ent", "ant", "ate")


def _assessed_texts(context: Context) -> Iterator[tuple[str, str]]:
    """The brief's own words (not quotations, which stay verbatim)."""
    loaded = context.loaded
    yield "brief.summary", loaded.text("brief.summary")
    for section, name in ASSESSED[1:]:
        for i, table in loaded.tables(section):
            if isinstance(table.get(name), str):
                yield f"{section}[{i}].{name}", table[name]


def _excerpt(sentence: str, limit: int = 70) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
