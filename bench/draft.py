"""`make bench-draft`: how well `briefing draft` reads articles nobody here wrote, on the corpus in corpus/draft/.

Each article's gold (gold.toml, written from the article before any rule was run on it) is compared with what
`briefing draft ARTICLE --source SRC --tables --country CC` proposes, as a user gets it:
- quotes with the right speaker: a proposed quote matches a gold quote by its words; it is right if its speaker is
  the one the article identifies (the full name where the article gives it; an organisation under any name the
  article uses for it; a surname alone is not enough) or, where the article names nobody, empty or as described;
- figures with value, qualifier and claimant: a proposed figure matches a gold one by its value (a range's, by its
  low end); it is right if its qualifier is the article's own word(s) ("an estimated" may be the figure's status,
  as a brief gives it), a range's high end the article's, and its
  claimant the one the article names (empty where it names nobody: the outlet's id as claimant is a claim the
  article does not make);
- places: a proposed place matches a gold place by name (any spelling the article uses; a kind's word in lower case
  after a name is no part of it, so "Maktaaral district" and "Maktaaral", "the Syr Darya river" and "Syr Darya"
  are one name, as the article may write either and gold keeps whichever came first), and is right unless the
  draft put it in another country.
Recall is right / gold, precision right / proposed. The test part's misses are never printed (`--misses` prints
the tuning part's, and then leaves out the test part's per-article table too), so that rules are written for
patterns, not for the test articles' lines; both parts print how many misses of each kind they have (a quote's
speaker left empty or wrong, a figure's qualifier or claimant wrong, something not found or proposed in excess),
which says which stage fails without showing any line.

    python bench/draft.py [--misses] [--json FILE]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "draft"
SOURCE = "src"  # the source id the draft is given: a claimant equal to it is the draft's, not the article's
FIELDS = ("quotes", "figures", "figure values", "places")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}


def normal(text: str) -> str:
    """Lower case, straight quotes, no punctuation at the ends, single spaces, no leading article: "the UN" is
    "UN", and "a UN official" is "UN official" (an article before a claimant or a speaker says nothing of who)."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip(" \"'.,;:!?-—–").lower()
    return re.sub(r"^(?:the|an?) ", "", text)


def words(name: str) -> set[str]:
    return {word for word in re.findall(r"[\w'-]+", normal(name)) if word not in HONORIFICS}


def names_of(main: str, also: list[str]) -> set[str]:
    """The names that identify one speaker or claimant: the main one, and each other name the article uses for it
    unless that is only part of the main one (a surname for a full name)."""
    accepted = {normal(main)}
    for other in also:
        if not words(other) < words(main):
            accepted.add(normal(other))
    return accepted - {""}


# The words for a place's kind that an article writes in lower case after its name ("Maktaaral district", "the Syr
# Darya river"): the name with or without them is one name.
PLACE_KINDS = ("district", "districts", "region", "province", "state", "county", "river", "lake", "village", "town",
               "city", "camp", "island", "islands", "governorate", "municipality", "department", "prefecture",
               "commune", "valley", "volcano", "mountain", "mountains", "peninsula", "oblast", "regency", "division",
               "zone", "neighbourhood", "neighborhood", "sub-district", "woreda", "county", "area", "township",
               "kebele", "upazila", "tehsil", "barangay", "parish", "chiefdom", "commune")


def place_names(name: str) -> set[str]:
    """A place's name as normal() gives it, and without a kind's word in lower case after it."""
    bare = re.fullmatch(rf"(.+?) (?:{'|'.join(PLACE_KINDS)})", name.strip())
    return {normal(name), *([normal(bare[1])] if bare else [])} - {""}


def same_words(proposed: str, gold: str) -> bool:
    a, b = normal(proposed), normal(gold)
    return bool(a and b) and (a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8)


@dataclass
class Tally:
    gold: int = 0
    proposed: int = 0
    right: int = 0

    def add(self, other: Tally) -> None:
        self.gold, self.proposed, self.right = (self.gold + other.gold, self.proposed + other.proposed,
                                                self.right + other.right)

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 1.0


@dataclass
class Scored:
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    misses: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)  # how many misses of each kind: printed for both parts

    def miss(self, kind: str, line: str) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.misses.append(line)


def score_quotes(gold: list[dict], proposed: list[dict], scored: Scored) -> None:
    tally, left = scored.tallies["quotes"], list(proposed)
    tally.gold, tally.proposed = len(gold), len(proposed)
    for quote in gold:
        match = next((p for p in left if same_words(p.get("text", ""), quote["text"])), None)
        if match is None:
            scored.miss("quote not found",
                        f"quote not found: {quote['text'][:70]!r} ({quote['speaker'] or 'nobody named'})")
            continue
        left.remove(match)
        said = normal(match.get("speaker", ""))
        if quote["speaker"]:
            right = said in names_of(quote["speaker"], quote.get("speaker_also", []))
        else:
            right = said in {"", normal(quote.get("speaker_description", ""))}
        tally.right += right
        if not right:
            kind = "quote speaker " + ("left empty" if not said else "wrong")
            scored.miss(kind, f"quote {quote['text'][:50]!r}: speaker {match.get('speaker', '')!r}, "
                                 f"not {quote['speaker'] or quote.get('speaker_description', '')!r}")
    for p in left:
        scored.miss("quote extra", f"quote proposed that the article does not have: {p.get('text', '')[:70]!r}")


def _value_of(entry: dict) -> float:
    """A figure's value, or the low end of its range (the gold gives a range as value and value_high)."""
    return float(entry.get("value", entry.get("low", float("nan"))))


def score_figures(gold: list[dict], proposed: list[dict], scored: Scored) -> None:
    whole, values, left = scored.tallies["figures"], scored.tallies["figure values"], list(proposed)
    whole.gold = values.gold = len(gold)
    whole.proposed = values.proposed = len(proposed)
    for figure in gold:
        same = [p for p in left if abs(_value_of(p) - float(figure["value"])) <= 1e-9 * max(1.0, abs(figure["value"]))]
        same.sort(key=lambda p: normal(figure["text"]) not in normal(p.get("label", "")))
        if not same:
            scored.miss("figure not found", f"figure not found: {figure['value']:g} in {figure['text']!r}")
            continue
        match = same[0]
        left.remove(match)
        values.right += 1
        said, wanted = normal(match.get("qualifier", "")), normal(figure.get("qualifier", ""))
        if not said and wanted == "estimated" and match.get("status") == "estimated":
            said = wanted  # "an estimated 1,000": the draft says it as the figure's status, as a brief does
        qualifier = said == wanted and match.get("high") == figure.get("value_high")  # a range's high end too
        claimant = normal(match.get("claimed_by", ""))
        if figure.get("claimant"):
            by = claimant in names_of(figure["claimant"], figure.get("claimant_also", []))
        else:
            by = claimant == ""
        whole.right += qualifier and by
        if not (qualifier and by):
            kind = "figure " + " and ".join(w for w, bad in (("qualifier", not qualifier), ("claimant", not by)) if bad)
            scored.miss(kind, f"figure {figure['value']:g} in {figure['text']!r}: "
                                 f"qualifier {match.get('qualifier', '')!r} (gold {figure.get('qualifier', '')!r}), "
                                 f"claimant {match.get('claimed_by', '')!r} (gold {figure.get('claimant', '')!r})")
    for p in left:
        scored.miss("figure extra", f"figure proposed that the article does not give: {_value_of(p):g} in "
                                    f"{p.get('label', '')[:60]!r}")


def score_places(gold: list[dict], proposed: list[dict], scored: Scored) -> None:
    tally, left = scored.tallies["places"], list(proposed)
    tally.gold, tally.proposed = len(gold), len(proposed)
    for place in gold:
        names = {n for name in (place["name"], *place.get("also", [])) for n in place_names(name)}
        match = next((p for p in left if place_names(p.get("name", "")) & names), None)
        if match is None:
            scored.miss("place not found",
                        f"place not found: {place['name']} ({place['kind']}, {place.get('country', '')})")
            continue
        left.remove(match)
        where = match.get("country", "")
        right = not where or not place.get("country") or where.upper() == place["country"].upper()
        tally.right += right
        if not right:
            scored.miss("place in another country", f"place {place['name']}: put in {where}, not {place['country']}")
    for p in left:
        scored.miss("place extra", f"place proposed that the article does not name: {p.get('name', '')!r} "
                                   f"({p.get('country', '')})")


def drafted(folder: Path, country: str) -> dict:
    """What `briefing draft --tables` proposes for the article, as TOML tables."""
    from click.testing import CliRunner

    from briefing.cli import main

    args = ["draft", str(folder / "article.txt"), "--source", SOURCE, "--tables", *(["--country", country] if country
                                                                                      else [])]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"{folder.name}: briefing draft exited {result.exit_code}: {result.output}")
    return tomllib.loads(result.stdout)


def score(folder: Path) -> Scored:
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    countries = gold["article"].get("countries", [])
    proposed = drafted(folder, countries[0] if countries else "")
    scored = Scored()
    score_quotes([q for q in gold.get("quotes", [])], [q for q in proposed.get("quotes", []) if q.get("kind") ==
                                                       "direct"], scored)
    score_figures(gold.get("figures", []), proposed.get("figures", []), scored)
    score_places(gold.get("places", []), proposed.get("places", []), scored)
    return scored


def parts() -> dict[str, list[str]]:
    """The tuning part and the test part. The articles added to the test part later (`added_to_test`, listed apart
    from the test part as it was split) are scored as test articles: their misses are never printed either."""
    split = tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8"))
    return {"tune": split["tune"], "test": split["test"] + split.get("added_to_test", [])}


def run() -> dict[str, dict]:
    """Per part: the totals and each article's tallies (and misses, kept for the tuning part only)."""
    results: dict[str, dict] = {}
    for part, ids in parts().items():
        total = Scored()
        articles = {}
        for article in ids:
            scored = score(CORPUS / article)
            for name, tally in scored.tallies.items():
                total.tallies[name].add(tally)
            for kind, count in scored.kinds.items():
                total.kinds[kind] = total.kinds.get(kind, 0) + count
            articles[article] = {"tallies": {n: vars(t) for n, t in scored.tallies.items()},
                                 "misses": scored.misses if part == "tune" else []}
        results[part] = {"articles": articles, "totals": {n: vars(t) | {"recall": round(t.recall, 3),
                                                                         "precision": round(t.precision, 3)}
                                                          for n, t in total.tallies.items()},
                         "misses by kind": dict(sorted(total.kinds.items()))}
    return results


def table(results: dict[str, dict], *, per_test_article: bool = True) -> str:
    lines = []
    for part, result in results.items():
        lines += [f"{part} part ({len(result['articles'])} articles)",
                  f"  {'field':<14} {'gold':>5} {'proposed':>9} {'right':>6} {'recall':>7} {'precision':>10}"]
        for name, t in result["totals"].items():
            lines.append(f"  {name:<14} {t['gold']:>5} {t['proposed']:>9} {t['right']:>6} {t['recall']:>7.2f} "
                         f"{t['precision']:>10.2f}")
        lines.append("  misses by kind (counts only): " + ", ".join(f"{kind} {count}" for kind, count in
                                                               result["misses by kind"].items()))
        if part == "test" and not per_test_article:
            lines.append("")
            continue
        lines.append("  per article (recall: quotes, figures, places)")
        for article, scored in result["articles"].items():
            recall = [Tally(**scored["tallies"][name]).recall for name in ("quotes", "figures", "places")]
            lines.append(f"    {article:<52} " + "  ".join(f"{value:4.2f}" for value in recall))
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuning part's misses")
    parser.add_argument("--json", type=Path, help="write the results here")
    options = parser.parse_args()
    results = run()
    print(table(results, per_test_article=not options.misses))
    if options.misses:
        for article, scored in results["tune"]["articles"].items():
            for miss in scored["misses"]:
                print(f"{article}: {miss}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
