"""Arbitrary text in every text field either builds and reaches the PDF, or fails validation cleanly."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from conftest import normalise, pdf_text
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.cli import main

# Letters, digits, punctuation and spaces from the scripts briefs are written in, plus anything at all
# (controls, unassigned code points, emoji) now and then, so both outcomes are exercised.
MARKDOWN_SYNTAX = "\\*_[]()<>!#`&|~=+{}-"
SCRIPTS = st.one_of(*(st.characters(min_codepoint=low, max_codepoint=high, categories=("L", "N", "P", "Zs"),
                                    exclude_characters=MARKDOWN_SYNTAX)
                      for low, high in [(0x20, 0x17F), (0x20, 0x7E), (0x391, 0x3C9), (0x410, 0x4FF), (0x621, 0x64A)]))
ANYTHING = st.characters(codec="utf-8")

PLAIN_FIELDS = ["title", "subtitle", "publisher", "source_title", "label", "claimed_by", "speaker", "quote"]
MARKDOWN_FIELDS = ["summary", "fact", "heading", "body", "timeline"]
FIELDS = PLAIN_FIELDS + MARKDOWN_FIELDS


@st.composite
def brief_texts(draw) -> dict[str, str]:
    """Clean text in every field; in about a third of the briefs, one field holds anything at all."""
    values = {name: draw(st.text(SCRIPTS, min_size=1, max_size=50)) for name in FIELDS}
    if draw(st.integers(0, 2)) == 0:
        values[draw(st.sampled_from(FIELDS))] = draw(st.text(ANYTHING, min_size=1, max_size=20))
    return values


def brief_toml(values: dict[str, str]) -> str:
    q = {k: json.dumps(v, ensure_ascii=False) for k, v in values.items()}  # a JSON string is a TOML basic string
    return f"""
[brief]
title = {q['title']}
subtitle = {q['subtitle']}
as_of = 2025-01-02T03:04:00Z
summary = {q['summary']}

[[sources]]
id = "s1"
publisher = {q['publisher']}
title = {q['source_title']}

[[facts]]
text = {q['fact']}
sources = ["s1"]

[[sections]]
heading = {q['heading']}
body = {q['body']}
sources = ["s1"]

[[figures]]
label = {q['label']}
value = 5
claimed_by = {q['claimed_by']}
status = "claimed"
sources = ["s1"]

[[quotes]]
text = {q['quote']}
speaker = {q['speaker']}
sources = ["s1"]

[[timeline]]
when = "mid-2024"
text = {q['timeline']}
sources = ["s1"]
"""


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(brief_texts())
def test_any_text_builds_and_appears_or_fails_cleanly(values):
    with tempfile.TemporaryDirectory() as folder:
        brief = Path(folder) / "briefs" / "p" / "brief.toml"
        brief.parent.mkdir(parents=True)
        brief.write_text(brief_toml(values), encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            result = CliRunner().invoke(main, ["build", "briefs/p/brief.toml", "--strict"], catch_exceptions=False)
        finally:
            os.chdir(cwd)
        event("built" if result.exit_code == 0 else "refused")
        if result.exit_code != 0:
            assert result.exit_code == 1
            assert "Traceback" not in result.output
            assert all(line.startswith(("briefs/p/brief.toml: ", "warning: briefs/p/brief.toml: ", "--strict: "))
                       for line in result.stderr.splitlines())
            return
        text = pdf_text(Path(folder) / "out" / "p.pdf")
        unbroken = text.replace(" ", "")  # a word longer than its line is broken across lines, as it should be
        for name, value in values.items():
            for run_ in reading_runs(normalise(value)):
                assert run_ in text or run_.replace(" ", "") in unbroken, name


def reading_runs(text: str) -> list[str]:
    """Text as PDF extraction can give it back: whole, unless right-to-left letters are mixed with other
    characters; the PDF stores such a line in visual order, so then each run of one kind separately
    (right-to-left letters, other letters, digits, each other character)."""
    if not RTL.search(text):
        return [text]
    return re.findall(r"[\u0590-\u08ff]+|[^\W\d\u0590-\u08ff]+|\d+|[^\s]", text)


RTL = re.compile(r"[\u0590-\u08ff]")
