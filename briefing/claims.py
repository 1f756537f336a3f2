"""Rules every claim follows: it cites a source, and it uses the configured words for likelihood."""

from __future__ import annotations

import re

from briefing.errors import Problem
from briefing.model import Brief

# ICD 203's seven terms, from least to most likely: the default likelihood scale.
ICD_203 = ["almost no chance", "very unlikely", "unlikely", "roughly even chance",
           "likely", "very likely", "almost certain"]

# Estimative words and phrases analysts reach for; any not on the configured scale is flagged.
ESTIMATIVE = [
    "almost no chance", "remote chance", "remote possibility", "very unlikely", "highly unlikely",
    "highly improbable", "improbable", "unlikely", "roughly even chance", "roughly even odds", "even chance",
    "realistic possibility", "likely", "probable", "probably", "very likely", "highly likely",
    "highly probable", "almost certain", "almost certainly", "nearly certain", "virtually certain",
    "possibly", "perhaps", "conceivably", "doubtful", "slim chance", "good chance",
]
_CONFIDENCE = re.compile(r"\b(low|moderate|medium|high)[- ]confidence\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def source_problems(brief: Brief, shown: str, require_sources: bool) -> tuple[list[Problem], list[str]]:
    """Claims citing nothing (errors unless relaxed) and sources cited by nothing (warnings)."""
    problems = []
    if require_sources:
        problems = [Problem(shown, key, "cites no source; every claim needs at least one "
                                        "(or set require_sources = false in config.toml)")
                    for key, ids in brief.cited() if not ids and _is_claim(key)]
    cited = {sid for _, ids in brief.cited() for sid in ids}
    warnings = [f"{shown}: sources[{i}]: '{source.id}' is cited by nothing"
                for i, source in enumerate(brief.sources) if source.id not in cited]
    return problems, warnings


def _is_claim(key: str) -> bool:
    return key.split("[")[0] in ("facts", "figures", "quotes", "sections", "timeline")


def likelihood_warnings(brief: Brief, shown: str, scale: list[str]) -> list[str]:
    """Estimative words outside the scale, and sentences mixing a confidence level with a likelihood term."""
    on_scale = {term.lower() for term in scale} | {f"{term.lower()}ly" for term in scale}
    vocabulary = sorted({*ESTIMATIVE, *on_scale}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(term) for term in vocabulary) + r")\b", re.IGNORECASE)
    warnings = []
    for key, text in _assessed_texts(brief):
        for sentence in _SENTENCE_END.split(text):
            terms = [match.group(1) for match in pattern.finditer(sentence)]
            warnings += [f"{shown}: {key}: \"{term}\" is not on the likelihood scale ({', '.join(scale)})"
                         for term in dict.fromkeys(terms) if term.lower() not in on_scale]
            if terms and _CONFIDENCE.search(sentence):
                warnings.append(f"{shown}: {key}: \"{_excerpt(sentence)}\" mixes a confidence level and a "
                                f"likelihood term in one sentence; state them separately")
    return warnings


def _assessed_texts(brief: Brief):
    """The brief's own words (not quotations, which stay verbatim)."""
    yield "brief.summary", brief.brief.summary
    for i, fact in enumerate(brief.facts):
        yield f"facts[{i}].text", fact.text
    for i, section in enumerate(brief.sections):
        yield f"sections[{i}].body", section.body
    for i, entry in enumerate(brief.timeline):
        yield f"timeline[{i}].text", entry.text


def _excerpt(sentence: str, limit: int = 70) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
