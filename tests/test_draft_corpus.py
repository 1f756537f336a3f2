"""The draft's scores on the corpus (corpus/draft/) do not fall: a rule that helps one article and hurts three
fails here. The figures reached are those `make bench-draft` last wrote to bench/draft-results.json; after a rule
raises them, run it again and commit the file with the rule."""

from __future__ import annotations

import importlib.util
import json
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_draft", ROOT / "bench" / "draft.py")
bench = sys.modules["bench_draft"] = importlib.util.module_from_spec(spec)  # dataclasses look their module up
spec.loader.exec_module(bench)
REACHED = json.loads((ROOT / "bench" / "draft-results.json").read_text())


@pytest.fixture(scope="module")
def results() -> dict:
    return bench.run()


def test_the_corpus_is_what_the_issue_asked_for():
    split = bench.parts()
    articles = {path.name for path in bench.CORPUS.iterdir() if path.is_dir()}
    assert sorted(split["tune"] + split["test"]) == sorted(articles) and not set(split["tune"]) & set(split["test"])
    raw = tomllib.loads((bench.CORPUS / "split.toml").read_text())
    later = raw["added_to_tune"]  # after the split, tune only
    added = raw.get("added_to_test", [])  # after the split, test only: listed apart from the split's test part
    assert set(later) <= set(split["tune"]) and len(articles) >= 30
    assert not set(added) & (set(raw["tune"]) | set(raw["test"])) and set(added) <= set(split["test"])
    assert len(raw["test"]) * 3 >= len(articles) - len(later) - len(added)  # the split: a third of the articles then
    assert len(split["test"]) * 3 >= len(split["tune"]) + len(split["test"])  # test + added_to_test: still a third
    golds = [tomllib.loads((bench.CORPUS / name / "gold.toml").read_text()) for name in articles]
    assert len({gold["article"]["outlet"].split(" (")[0] for gold in golds}) >= 8
    assert len({gold["article"]["situation"] for gold in golds}) >= 8
    situations = {part: {tomllib.loads((bench.CORPUS / n / "gold.toml").read_text())["article"]["situation"]
                         for n in names} for part, names in split.items()}
    assert not situations["tune"] & situations["test"]  # no event in both parts


@pytest.mark.parametrize("name", sorted(p.name for p in bench.CORPUS.iterdir() if p.is_dir()))
def test_every_gold_span_is_in_its_article(name):
    article = (bench.CORPUS / name / "article.txt").read_text(encoding="utf-8")
    gold = tomllib.loads((bench.CORPUS / name / "gold.toml").read_text(encoding="utf-8"))
    for entry in [*gold.get("quotes", []), *gold.get("figures", [])]:
        assert entry["text"] in article, entry["text"]
    for place in gold.get("places", []):
        assert place["name"] in article, place["name"]


@pytest.mark.parametrize("part", ["tune", "test"])
@pytest.mark.parametrize("field", bench.FIELDS)
def test_no_field_scores_lower_than_reached(results, part, field):
    now, then = results[part]["totals"][field], REACHED[part]["totals"][field]
    assert (now["gold"], now["right"] >= then["right"]) == (then["gold"], True), (now, then)
    assert now["precision"] >= then["precision"] - 0.02, (now, then)


def test_the_scorer_counts_a_right_and_a_wrong_answer():
    """The scorer itself, on hand-made proposals: a surname is not the full name; the outlet's id as claimant is not
    'nobody named'; an organisation's acronym that the article uses is its name."""
    scored = bench.Scored()
    bench.score_quotes([{"text": "We are starving,", "speaker": "Paulo Tomas", "speaker_also": ["Tomas"]},
                        {"text": "Help came late", "speaker": "UNICEF", "speaker_also": ["UN Children's Fund"]}],
                       [{"text": "We are starving", "speaker": "Tomas"},
                        {"text": "Help came late.", "speaker": "the UN Children's Fund"}], scored)
    bench.score_figures([{"value": 53, "qualifier": "At least", "claimant": "", "text": "At least 53 people"},
                         {"value": 225, "qualifier": "", "claimant": "", "text": "225 in Malawi"}],
                        [{"value": 53, "qualifier": "at least", "label": "At least 53 people have died"},
                         {"value": 225, "claimed_by": "src", "label": "and 225 in Malawi"},
                         {"value": 7, "label": "7 days"}], scored)
    assert {name: (t.gold, t.proposed, t.right) for name, t in scored.tallies.items() if name != "places"} == {
        "quotes": (2, 2, 1), "figures": (2, 3, 1), "figure values": (2, 3, 2)}


def test_the_scorer_drops_a_claimants_leading_article():
    """"a UN official" is "UN official", as "the UN" is "UN"; an article inside a name is kept."""
    assert bench.normal("a UN official") == bench.normal("UN official") == "un official"
    assert bench.normal("An aid worker") == "aid worker" and bench.normal("The UN") == "un"
    scored = bench.Scored()
    bench.score_figures([{"value": 4, "qualifier": "", "claimant": "a senior UN official", "text": "4 people"}],
                        [{"value": 4, "claimed_by": "senior UN official", "label": "4 people"}], scored)
    assert scored.tallies["figures"].right == 1


@pytest.mark.parametrize("status, gold_qualifier, right", [
    ("estimated", "an estimated", 1),  # the draft says "an estimated 1,000" as the figure's status, as a brief does
    ("claimed", "an estimated", 0),
    ("estimated", "", 1),  # a status is no qualifier the article does not give
    ("estimated", "about", 0),
])
def test_an_estimated_figure_is_scored_by_its_status(status, gold_qualifier, right):
    scored = bench.Scored()
    gold = [{"value": 1000, "qualifier": gold_qualifier, "claimant": "", "text": "1,000"}]
    bench.score_figures(gold, [{"value": 1000, "status": status, "label": "1,000 killed"}], scored)
    assert scored.tallies["figures"].right == right


@pytest.mark.parametrize("gold, proposed, right", [
    ("Maktaaral district", "Maktaaral", 1),  # a kind's word in lower case after the name is no part of it
    ("Syr Darya", "Syr Darya river", 1),
    ("Longtoushan township", "Longtoushan", 1),
    ("Jaffna District", "Jaffna", 0),  # a capital makes it part of the name the article gives
    ("Maktaaral district", "Turkestan", 0),
])
def test_the_scorer_takes_a_place_with_or_without_its_kinds_word(gold, proposed, right):
    scored = bench.Scored()
    bench.score_places([{"name": gold, "kind": "district", "country": "KZ"}], [{"name": proposed, "country": "KZ"}],
                       scored)
    assert scored.tallies["places"].right == right
