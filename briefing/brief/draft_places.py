"""The places an article names, for `briefing draft`: each a [[places]] entry, resolved through the gazetteer
where it can be, else left for the author to settle, never dropped. The words are in words/en_places.py; the
names of countries and regions are the gazetteer's own (briefing/places/).

- P1 a country, by any name the gazetteer gives it ("DR Congo", "Britain", "Czechia"), standing on its own
  somewhere (not only in "Malawi Red Cross", nor "US$25 million"), as an area; a name two countries bear ("Congo")
  is the one the article also names otherwise, else left to settle (draft_countries.py); "North Mozambique" is
  the country it names, no other place; two countries joined by a hyphen are both named ("the former
  Tadzhikistan-Afghanistan frontier", P1b); a country's name in a list of regions that ends in their plural kind is
  the region ("in Kwara, Niger, Sokoto and Taraba States", P1c); a country's name listed with towns of --country
  that a city of --country bears is that city ("destroyed Armenia and Pereira" in an article on Colombia, P1d); a
  country in a dateline's capitals is named ("BOGOTA, COLOMBIA -", P1e), and one that ends a headline stands alone
  ("Refugees Return to Kyrgyzstan", P1f);
- P2 a name the gazetteer knows (in `--country` if given): a town, or a region (an area) where the article puts
  a region word after it ("the Kharkiv region", "Sindh province") or where only a region bears it. A name found
  only abroad is taken where the article says it is a place (P4's words) and it is a city (100,000 people),
  in a country the article does not name only if a city of a million people bears it. A name only villages of
  `--country` bear is a first-level region or a city of a million of another country the article names, where
  one bears it ("in California and Texas" in an article on Mexico that names the U.S.); a district the gazetteer
  knows only as its town is that town ("in Zinda Jan and Ghorian districts"), unless that town is far from the
  article's other places (P2b: "the Prigorodny region of North Ossetia" is not Prigorodnyy in Orenburg, 1,600 km
  away: a district to settle); a region with another kind than the gazetteer's is the region ("Kherson
  Governorate", "Idlib Governorate", P2c), and so is a name before a plural kind ("Piura and Tumbes departments");
  a capital before a word for those who act or speak is the capital ("Washington urged", "a senior Washington
  official", P2d);
- P3 the place of a dateline ("CAIRO (Reuters) -", "SAINT-MARC, Haiti —", "Cape Town: ...", "Maputo/New York: ...");
- P4 a name the gazetteer lacks, where the article says it is a place: after "in", "near", "fled to" (and the names
  listed with it: "in Grenada and Carriacou"), before ", an island", "camp", "sites" or ", south of Tyre", after "the
  village of" (also after a name: "the North West Frontier Province town of Balakot"), in "X is one of the camps", after
  a kind or "what" and "called" ("two regions called Chechenia and Ingushetia", "what used to be called
  Chechen-Ingushetia"), in apposition after a kind ("one LGA, Itas-Gadu reporting"), after "in North and" ("in North and
  South Ossetia"), in a list after a counted kind ("three villages, Dogo Nahawa, Ratsat and Zot", P4b), at the end of a
  way from a place ("from the town of Bahai to Tine", P104), after ", called" in a clause that sets it at a place ("one
  near Farchana, called Tangore", P105), after a country's or a region's possessive ("Ethiopia's Tigray", "Tigray's
  Shire"), a name ending in an area's kind ("the North West Frontier Province"), a region before the places it groups in
  brackets ("Western(Kakamega, Vihiga, ...)", in their country), a natural feature ("Mount Nyiragongo", "Indian Ocean",
  "the Atlas mountains") or a part of the world ("Caribbean", "Horn of Africa"), not in a title ("regional director for
  South Asia"), nor a group's ("Tamil Tiger stronghold") nor a building's name ("the Kenya Assemblies of God Pentecostal
  church"; "the Tuzla airport", a name the article writes only so, though the gazetteer knows the town): an entry whose
  note is a placeholder that `check` refuses (B105) until the author gives its position, with the sentence it came from;
  one with its kind ("Palma District") or a letter or two apart ("Cabo Delagado") from a place found is that place; two
  names the article writes apart, run together where a comma is missing ("north of Gori Karaleti, Tkiavi"), are no
  third;
- P5 a name several places bear that nearness to the others does not settle, nor a country the article names
  (the one of them there): an entry to settle, its candidates in the comment;
- P6 a region's adjective is no place ("the North Sumatran capital of Medan", "in North Ossetian Fighting");
- P7 a name the article puts in a country, right after it ("the village of Bole in Southwest Cameroon",
  "Menka, Cameroon"), is that country's place, or one to settle where the gazetteer has none there: not Bole in
  China, whatever its size;
- P9 a name the article puts at a distance from another ("the village of Guayabal, 4 miles from Armero") is
  another place: where the gazetteer finds both at one point, the one found only by another of its names (Armero,
  an old name of Guayabal there) is one to settle, the gazetteer's place in the comment;
- P8 without `--country`, a town in a country the article does not name, far (2,000 km) from all its other places
  and not a city of a million, is one to settle, the gazetteer's town in the comment ("Chibok, Waraba A, and
  Lassa" is not Lhasa in China).
- P60 a country's name before a region's singular kind is the region ("Kagara, Niger state": Niger State, Nigeria), P66
  one before its embassy's word names no place of it ("U.S. Embassy officials" in Colombia), P68 one an envoy is posted
  to stands alone ("U.S. Ambassador to Mexico John Gavin"), P103 one in brackets between an outlet's name and its date
  is the outlet's ("The Guardian (UK), March 16, 2001"): draft_countries.py; P62 a feature's name begun by its kind in
  its own language is a place ("Kali Lanang", "Cerro Negro", "Jebel Marra"), P71 "Soviet" is an adjective, P72 a "Unit"
  a ward's name, P101 a "division" a region ("under Barisal division", Bangladesh's Barisal Division, not the city),
  P108 a port a facility, as are the names listed before it ("forced Chittagong and Mongla ports to suspend their
  operations"), P111 apartments a building ("the six-storey Gokul apartments"), P143 a cemetery a facility ("At the Sidi
  Arcine cemetery"), P144 a trust a body, whose country is no place of the article ("the Press Trust of India said"),
  P145 a township an area's kind, one place with the name alone ("the Jiegu Township", "in Jiegu"): words/en_places.py;
  P63 a name ending in a kind of place is no speaker's ("Candipuro Sub-district"), P64 a name before "village" is one
  though a person bears it ("in Kawaye village ... Sadi Kawaye"), P65 a name before "in" and an area with its kind is a
  place ("Jangebe in Talata Mafara local government area"), P67 a compass word listed with regions before their plural
  kind is a region ("in the South, 137 in the Nippes, ... departments"), P69 a speaker or claimant that is a town of
  --country written after "in" is that town ("sources in Bucharest"), P70 a word opening a sentence before "the" as a
  preposition or a verb in "-ing" is none ("Under the state of emergency"), P73 a headline in capitals read as a
  dateline is none ("VENEZUELA MIRED IN MUD, FLOODS"), P74 "Downtown" before a city names the city ("Downtown
  Timisoara"), P75 a word the gazetteer lacks whose plural the article writes as a name is a group's ("in Tiger battle",
  "Tigers of Tamil Eelam"), P76 the region around a city that is a division of its own is another place ("eight in the
  Almaty region"), P100 a feature's word in lower case before a noun it qualifies is no part of the name ("the South
  Pacific island nation of Samoa"), P106 a name after people and "in", before "said", is where they are, no speaker
  ("officials in Central America said"), P109 a name several places bear that the article says is a place is the one
  city of 100,000 among them ("a press briefing in Geneva"; abroad, in a country the article does not name, the entry's
  note says where), P107 a headline's name that runs into its next words is the name the prose writes ("Officials In
  Central America Feared It Would Rise"), P102 a country's adjective a region abroad bears is no place before a word in
  lower case ("Somali news agency Shabelle" in an article that names Somalia: not Ethiopia's Somali region), P110 a name
  the gazetteer lacks that heads a facility's name is the facility where it stands alone ("receiving treatment at
  Munigi", the "Munigi Health Center"), P131 a region named for a point of the compass is none abroad ("Gedeo zone in
  the Southern Region" in an article on Ethiopia is not Malawi's): draft_where.py; P130 a name a letter from another's
  is its spelling only where the two are as alike as "Petit" and "Petite" for their length ("Gedeo" is no Gedeb, "Kera"
  no Kercha), P134 a point of the compass before a place names a part of it ("on East Ambae"), P135 a name with a
  feature's word in lower case is the name the article writes alone ("Ambae island" of Ambae, "the Jaffna peninsula" of
  Jaffna): draft_spellings.py; P132 names listed with commas before their plural kind are one list ("across Bule, Dilla
  Zuria, Gedeb, Kochere, Wonago, Yirgachefe districts and Dilla town"), P133 a name ending in "an" after a preposition
  is a place where no noun in lower case ends its list ("In Pesawaran and Tanggamus, at least two people died"; not "in
  Ethiopian and Sudanese camps"), P136 a name right after a kind of place is the place though "said" follows it ("the
  country's capital Naypyitaw said"): draft_places.py, draft_place_words.py; P137 a volcano's or an island's word in
  lower case is no part of a name the gazetteer lacks ("the eruption of Anak Krakatau volcano"): draft_entries.py; P138
  a small town's name after "with" that the article does not say is a place is none ("with Mercedes in the driveway"),
  P139 a town before a comma and a first-level region is that region's town ("the Boulder, Colorado-based US Geological
  Survey", in an article on Peru), P142 a person's surname is no small town ("Elda Arboleda was poor ... Arboleda's
  humble world"), P140 a name in capitals before a comma and a word in lower case is no dateline ("UNHCR, together with
  other UN agencies"): draft_place_words.py; P141 two countries' names joined by a hyphen are no third place ("from the
  Chad-Sudan border"): draft_spellings.py;
- P4h a name only a headline gives (a line in title case) is none to settle ("Ebola Prompts Mini-quarantine in Sierra
  Leone Capital", "Battling Ebola in Liberia"), nor a word opening a sentence that only places abroad bear ("Look
  at this child.": not Looc in the Philippines).

The words that say a name is a place (P4's) are read by draft_cues.py; the entry each name gets, and the
kind of place each mention means, are made by draft_entries.py; where a name found is (abroad, a region
abroad, a district's town, a region's adjective) is weighed by draft_where.py; a known place the article spells
another way, or names run together, are told by draft_spellings.py. The names are found by
draft_mentions.py, which also says which can be no place (a person's, a body's, a storm's, a demonym). One found
only abroad is taken where the article says it is a place and it is a city (100,000 people), a country or a region:
a village abroad that a word of the article happens to name is not. A country's capital is taken wherever it
stands, in its country: news names capitals for their governments ("Washington called the move an attack"), and the
place is named all the same.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from briefing.brief import draft_cues as cues
from briefing.brief import draft_mentions as mentioned
from briefing.brief import draft_place_words as beside
from briefing.brief import draft_spellings as spellings
from briefing.brief import draft_where as where
from briefing.brief.archive import Archive
from briefing.brief.draft_countries import countries
from briefing.brief.draft_entries import bare, by_kind, entry
from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.draft_spellings import in_country_name, part_of_country, run_together, spelled_as_known, variant_of
from briefing.brief.draft_where import CITY_ABROAD, DISTRICT_KM, Lookup
from briefing.brief.proposal import Draft, Proposal
from briefing.brief.words import en_places


class Gazetteer(NamedTuple):
    """What the draft asks of the places stage, which it may not import (drafting reads a brief; places come
    later): a name looked up, and every name of every country with the ISO codes of those bearing it."""

    lookup: Lookup
    country_names: Mapping[str, frozenset[str]]
    capitals: Mapping[str, str] = {}  # the capital of every country, by its name: its country's ISO code


FAR_KM = 2_000  # without --country, a town this far from all the article's other places is one to settle (P8)


def places(archive: Archive, source_id: str, gazetteer: Gazetteer, country: str | None, result: Draft,
           people: frozenset[str] = frozenset()) -> None:
    """Add the article's places to `result` (P1-P5); `people` are the names of its speakers and claimants."""
    text = "\n".join(archive.paragraphs)
    lookup = gazetteer.lookup
    every = [where.feature_word_qualifying(where.in_the_city(m))  # P74: "Downtown Timisoara"; P100: "the South
             for m in mentioned.mentions(archive)]  # Pacific island nation of Samoa" names the South Pacific
    prose = {m.name for m in every if not mentioned.title_case(m.sentence)}
    every = [where.headline_as_written(m, prose) for m in every]  # P107: "Officials In Central America Feared"
    found_countries = [_town_not_country(p, every, lookup, country) for p in countries(archive, source_id,
                                                                                       gazetteer.country_names)]
    named = {name for p in found_countries for name in (p.fields["name"], *p.fields.get("aka", []))}
    people = people | (mentioned.people_named(text) - {*gazetteer.capitals, *gazetteer.country_names})
    counting = mentioned.counting(text)  # "Kajiado and Mombasa reported 3 deaths each": places, not claimants
    people = frozenset(p.split(" in ")[0] for p in people  # "the Institute ... in Imphal East district"
                       if not set(re.split(r", | and ", p)) <= counting or any(p != q and p in q for q in people))
    people = frozenset(p for p in people if not where.named_as_place(p)  # P63: "Candipuro Sub-district"
                       and not where.place_for_person(p, text, lookup, country))  # P69: "sources in Bucharest"
    every = [_of_a_person(m, people) for m in every]  # P162: "Governor Joselito Mendoza of Bulacan province"
    known = {*gazetteer.country_names, *en_places.WORLD_REGIONS, *(m.name for m in every)}
    mentions = [m for m in every if not in_country_name(m.name, named) and not part_of_country(m.name, named, lookup)
                and (mentioned.may_be_place(m, text, people) or _for_its_government(m, gazetteer.capitals, people)
                     or where.before_settlement_word(m, people)  # P64: "in Kawaye village", Sadi Kawaye speaks
                     or beside.after_a_kind(m))  # P136: "the country's capital Naypyitaw said"
                and not mentioned.demonym(m.name, known)
                and not where.adjective_of_area(m, text, lookup)
                and not where.adjective_of_country(m, named)  # P102: "Somali news agency Shabelle", in Somalia
                and not where.opening_verb_or_preposition(m)  # P70: "Under the state of emergency"
                and not where.headline_for_dateline(m, lookup, country)  # P73: "VENEZUELA MIRED IN MUD, FLOODS"
                and not beside.subject_for_dateline(m, lookup, country)  # P140: "UNHCR, together with other UN"
                and not spellings.countries_joined(m.name, gazetteer.country_names)]  # P141: "the Chad-Sudan border"
    compass = where.compass_regions(every)  # P67: "in the South, 137 in the Nippes, ... departments"
    mentions += [m for m in compass if m.name not in {n.name for n in mentions}]
    mentions = where.regions_around_cities(mentions, lookup, country)  # P76: "eight in the Almaty region"
    wholes = {m.name for m in mentions if m.joined}
    known_wholes = {name for name in wholes if gazetteer.lookup(name, country, None, None)[0] is not None}
    mentions = [m for m in mentions if (not m.joined or m.name in known_wholes)
                and m.within not in known_wholes and not run_together(m.name, known, lookup, country)]
    buildings = {m.name for m in mentions if _BUILDING_AFTER.match(m.after)}  # P4: "near the Tuzla airport"
    mentions = [m for m in mentions if m.name not in buildings or any(not _BUILDING_AFTER.match(n.after)
                                                                      for n in mentions if n.name == m.name)]
    by_name = by_kind(mentions)
    found = {key: lookup(key[0], country, None, key[1]) for key in by_name}
    regions = {name for (name, _), (resolved, _) in found.items() if resolved is not None and
               resolved.feature == "A.ADM1"}  # "Tigray's Shire": a place of the region, as of a country (P4)
    cued = _cued_names(mentions, named, regions) - mentioned.actors([m for m in every if not where.where_they_are(m)])
    # P106: "which officials in Central America said": the officials speak, in Central America
    regions_by_compass = {m.name for m in compass}
    cued |= {m.name for m in mentions if where.in_an_area(m)} | regions_by_compass  # P65, P67
    abroad = cued | {m.name for m in mentions if m.before.rstrip().split()[-1:] in (["from"], ["to"], ["via"])}
    settled = [resolved for resolved, _ in found.values() if resolved is not None]
    apart = where.another_places_name(mentions, found)  # P9: "the village of Guayabal, 4 miles from Armero"
    cued |= apart
    centre = (statistics.median(p.lat for p in settled), statistics.median(p.lon for p in settled)) \
        if settled else None
    chosen: dict[Any, Proposal] = {}
    codes = {p.fields.get("country") for p in found_countries}  # of the countries the article names
    for (name, kind), each in by_name.items():
        resolved, candidates = found[name, kind] if not mentioned.world_region(name) else (None, [])  # "Asia",
        # not the towns of the Philippines and Peru that bear its name: a part of the world, to settle (P4)
        inside = beside.country_after([m for m in mentions if m.name == name], gazetteer.country_names)
        if inside is not None and inside != country and name not in gazetteer.country_names and \
                not _word_opening_sentences(name, each) and \
                not all(mentioned.headline(m.sentence) for m in each):  # not "Fighting in eastern DRC has
            # spread", nor a headline's "Battling Ebola in Liberia" (P4h)
            resolved, candidates = lookup(name, inside, centre, kind)  # P7: "the village of Bole in Southwest
            cued.add(name)  # Cameroon" is Cameroon's, or one to settle; not Bole in China
        town = beside.in_region_after(each, lookup, resolved)  # P139: "the Boulder, Colorado-based US Geological
        if town is not None:  # Survey", in an article on Peru: Boulder in Colorado
            resolved, candidates = town, []
            cued.add(name)
        if resolved is None and candidates:
            resolved, candidates = lookup(name, country, centre, kind)
        at_home = [c for c in candidates if c.country in codes]
        if resolved is None and len(at_home) == 1:
            resolved = at_home[0]  # P5: "in and around Colombo", in a report on Sri Lanka: not Colombo, Brazil
        resolved, candidates = where.one_large_city((resolved, candidates), name in cued)  # P109: "a press
        # briefing in Geneva" is Geneva, Switzerland, the one city of the places that bear the name
        words = name.split()
        if resolved is None and not candidates and len(words) > 1 and words[-1] in en_places.AREA_TAILS:
            region = lookup(" ".join(words[:-1]), country, centre, "area")  # P2c: "Kherson Governorate", "Idlib
            if region[0] is not None and region[0].feature.startswith("A"):  # Governorate": the region, whatever
                resolved, candidates = region  # kind the article calls it
        if country and where.hamlets(resolved, candidates):  # "in California and Texas", in an article on Mexico
            resolved, candidates = where.region_abroad(lookup(name, None, None, kind), (resolved, candidates),
                                                       codes - {country})
        if resolved is None and not candidates and kind == "area" and country:  # "Zinda Jan and Ghorian districts"
            resolved, candidates = lookup(name, country, centre, None)  # the town the district is named after
            if resolved is not None and settled and min(where.km((p.lat, p.lon), (resolved.lat, resolved.lon))
                                                        for p in settled) > DISTRICT_KM:
                resolved, candidates = None, []  # P2b: "the Prigorodny region" of North Ossetia is not Prigorodnyy,
                # a town 1,600 km away: a district to settle, never a point in the wrong place
        grouping = any(mentioned.GROUPING.match(m.after) for m in each)  # in the country of the places it groups
        if resolved is None and not candidates and country and not grouping:  # "by phone from Nairobi"
            elsewhere = lookup(name, None, centre, kind)
            far = where.one_large_city(elsewhere, name in abroad)  # P109
            resolved, candidates = where.abroad(far, name in abroad, codes | {country})
            if resolved is None and elsewhere[0] is None and far[0] is not None:
                candidates = [far[0]]  # P109: the one large city of that name abroad: the note says where it is
        if resolved is None and name in gazetteer.capitals and kind != "area" and (not candidates or gazetteer.capitals[
                name] in codes | {country}):
            resolved, candidates = lookup(name, gazetteer.capitals[name], None, "point")  # "Washington called";
            # "a summit meeting in Washington", in an article that names the United States: the capital, not one of
            # its towns of that name (but Tripoli in an article on Lebanon is no capital of Libya)
        if resolved is not None and resolved.is_country:
            continue  # P1's, by the names it reads
        if resolved is not None and _word_opening_sentences(name, each) and name not in cued and \
                resolved.country not in codes | {country} and \
                (resolved.population or 0) < CITY_ABROAD:
            continue  # "Grave fears are held ...": a word that opens a sentence, not Grave in the Netherlands
        if resolved is not None and name not in cued and (resolved.population or 0) < CITY_ABROAD and \
                all(beside.after_with(m) for m in each):
            continue  # P138: "ranch homes in south Kendall with Mercedes in the driveway": a car, no town
        if resolved is not None and name not in cued and (resolved.population or 0) < CITY_ABROAD and \
                beside.surname_of(name, people, text):
            continue  # P142: "Elda Arboleda was poor ... Arboleda's humble world": her surname, no town
        others = [p for p in settled if resolved is not None and (p.lat, p.lon) != (resolved.lat, resolved.lon)]
        if resolved is not None and not country and others and not resolved.feature.startswith("A") and \
                resolved.country not in codes and \
                (resolved.population or 0) < where.BIG_CITY and name not in gazetteer.capitals and \
                min(where.km((p.lat, p.lon), (resolved.lat, resolved.lon)) for p in others) > FAR_KM:
            resolved, candidates = None, [resolved]  # P8: without --country, "Chibok, Waraba A, and Lassa" is no
            # town in China 9,000 km from the article's other places: one to settle, the gazetteer's in the comment
        if resolved is not None and name in apart:
            resolved, candidates = None, [resolved]  # P9: Armero is not Guayabal, 4 miles from it: one to settle
        if resolved is None and not candidates and kind is None and where.facility_named_for(name, text):
            continue  # P110: "receiving treatment at Munigi", the "Munigi Health Center": a facility, no place
        if resolved is None and not candidates and where.group_in_plural(name, text):
            continue  # P75: "in Tiger battle", where the Liberation Tigers of Tamil Eelam fight: no place
        proposal = entry(name, each[0], source_id, resolved, candidates, name in cued,
                         "area" if name in regions_by_compass else kind)  # P67: a region, drawn as an area
        if proposal is None and candidates and _word_opening_sentences(name, each) and not any(
                c.country in codes | {country} for c in candidates):
            continue  # "Look at this child.": a word that opens a sentence, not Looc in the Philippines
        if proposal is None and candidates:  # a name of several places, which the article does not call a place
            listed = "; ".join(f"{c.name} ({c.country}, {c.lat:.2f}, {c.lon:.2f})" for c in candidates[:5])
            result.unsettled.append(f"line {each[0].line}: '{name}' is ambiguous: {listed}")
        if proposal is None:
            continue
        variant = variant_of(proposal, chosen)
        if variant is not None:
            proposal = replace(proposal, same=variant)
        if proposal.same in chosen:
            kept = chosen[proposal.same].fields
            if name not in (kept["name"], *kept.get("aka", [])):
                kept.setdefault("aka", []).append(name)
            if name.lower() == bare(kept["name"]) != kept["name"].lower() and kept["name"].split()[-1].islower():
                kept["name"], kept["aka"] = name, [kept["name"], *(n for n in kept["aka"] if n != name)]  # P135
            continue
        chosen[proposal.same] = proposal
    result.proposals += [*found_countries, *spelled_as_known(chosen).values()]


def _town_not_country(proposal: Proposal, every: list[Mention], lookup: Lookup, country: str | None) -> Proposal:
    """P1d: a country's name listed with towns of --country, where a city of --country (CITY_ABROAD people) bears
    it, is that city: "The quake destroyed Armenia and Pereira" in an article on Colombia is Armenia, Colombia."""
    name, code = proposal.fields["name"], proposal.fields.get("country")
    if not country or code in (None, country):
        return proposal
    listed = {other for m in every if m.name == name for other in _listed_with(m)}
    if not any((found := lookup(other, country, None, None)[0]) is not None and found.feature[:1] == "P"
               for other in listed):
        return proposal
    town, _ = lookup(name, country, None, "point")
    if town is None or town.feature[:1] != "P" or (town.population or 0) < CITY_ABROAD:
        return proposal
    fields = {"name": name, "country": town.country, "role": "city", "sources": proposal.fields["sources"]}
    return Proposal("places", fields, proposal.line, f"rule P1d: listed with towns of {country}, not the country "
                                                     f"{code}; {town.name}, {town.lat:.3f}, {town.lon:.3f}",
                    same=("point", town.lat, town.lon))


# A building's word after a name, which makes it the building's name (P4): "near the Tuzla airport".
_BUILDING_AFTER = re.compile(rf"^(?:(?:,|,? and|,? or) {WORD}(?: {WORD})*)* (?:{'|'.join(en_places.BUILDINGS)})\b")
# (and a list's names before it: "forced Chittagong and Mongla ports to suspend their operations", P108)


def _of_a_person(mention: Mention, people: frozenset[str]) -> Mention:
    """P162: a name joined to a person's by "of" is the place the person is of ("Governor Joselito Mendoza of Bulacan
    province"), no place called "Joselito Mendoza of Bulacan"."""
    head, _, tail = mention.name.partition(" of ")
    if tail and head in people:
        return replace(mention, name=tail, before=f"{mention.before}{head} of ")
    return mention


def _for_its_government(mention: Mention, capitals: Mapping[str, str], people: frozenset[str]) -> bool:
    """P2d: a country's capital before a word for those who act or speak, standing for its government ("Washington
    urged both sides to show restraint", "said a senior Washington official"), is the capital named all the same;
    not a person's name ("Victoria said")."""
    return mention.name in capitals and not mention.name.isupper() and \
        not any(mention.name in person.split() for person in people) and \
        re.match(rf" (?:{'|'.join(en_places.ACTORS)})\b", mention.after) is not None


def _word_opening_sentences(name: str, mentions: list[Mention]) -> bool:
    """A single word the article capitalises only where it opens a sentence, which may be any word."""
    return " " not in name and all(not m.before.strip(" \"'“‘(") for m in mentions)


def _cued_names(mentions: list[Mention], named: set[str], regions: frozenset[str] | set[str] = frozenset()
                ) -> set[str]:
    """The names the article says are places (P4's words), and those it lists with them ("in Grenada and
    Carriacou"; "the commune of Croix-des-Bouquets, Cité Soleil, Bas Delmas and Martissant") or sets at the end of a
    way from one of them (P104: "going south from the town of Bahai to Tine on foot"), or name a part of with a
    point of the compass (P134: "the safe zones on East Ambae", where the article says Ambae is a place)."""
    cued = {m.name for m in mentions if (cues.cued(m) or _of_a_country(m, named | regions)
                                         or where.called_near_a_place(m)  # P105: "near Farchana, called Tangore"
                                         or beside.listed_after_preposition(m)) and  # P133: "In Pesawaran and"
            (m.dateline or not mentioned.headline(m.sentence))} | named  # P4h: not "in Sierra Leone Capital"
    while True:
        more = {m.name for m in mentions if m.name not in cued and (_listed_with(m) & cued or
                                                                    where.from_place_to(m) in cued  # P104
                                                                    or spellings.compass_part_of(m.name) in cued)}
        if not more:
            return cued - named
        cued |= more


def _of_a_country(mention: Mention, named: set[str]) -> bool:
    """A name after a country's or a region's possessive ("Ethiopia's Tigray", "in Syria's rebel-held Idlib",
    "Tigray's Shire") is its place."""
    before = cues.QUALIFIERS.sub("", mention.before.rstrip())
    owner = re.search(r"(\S+(?: \S+)?)['’]s$", before)
    if owner is None:
        return False
    return (owner[1] in named or owner[1].split()[-1] in named) and not mention.after.startswith(
        tuple(f" {word}" for word in en_places.ACTORS))


_OPENING = re.compile(rf"^(?:{'|'.join(p.title() for p in en_places.PREPOSITIONS if ' ' not in p)}) ")  # "In Pesawaran"
_PLURAL_KIND = rf"(?:{'|'.join(kind for kind in en_places.KINDS if kind.endswith('s'))})\b"
_KIND_AFTER = re.compile(rf"\s(?:{'|'.join(en_places.KIND_ABBREVIATIONS)})$")  # "Dikwa and Jere LGAs": Jere


def _listed_with(mention: Mention) -> set[str]:
    """The other names of a list this name stands in: "Grenada and Carriacou", "Croix-des-Bouquets, Cité Soleil,
    Bas Delmas and Martissant"; or one of commas alone that ends in their plural kind (P132: "across Bule, Dilla
    Zuria, Gedeb, Kochere, Wonago, Yirgachefe districts and Dilla town")."""
    name = rf"{WORD}(?:\s{WORD})*"
    lists = rf"{name}(?:,\s{name})*,?\s(?:and|or)\s{name}|{name}(?:,\s{name})+(?=\s{_PLURAL_KIND})"
    for listed in re.finditer(lists, mention.sentence):
        names = {_KIND_AFTER.sub("", n.strip()) for n in re.split(r",?\s(?:and|or)\s|,\s", _OPENING.sub("", listed[0]))}
        if mention.name in names:
            return names - {mention.name}
    return set()
