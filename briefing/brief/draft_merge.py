"""One draft from several archives (`briefing draft A B C`): each archive's proposals, the same claim kept once
with every source that reports it, rival figures kept side by side with a note that names them.

Inside one article: M0 a headline's bare number repeated in the body with a claimant or qualifier is one figure,
the body's (`repeated`), and so is a headline's number with a qualifier that the body repeats with one of the same
meaning and claimant (M0g); a bare repeat in the body of a claimed number is it said again, whatever its qualifier
(M0f: "At least 2,071 people were killed ..., Haiti's Health Ministry said" and "has killed a total of 2,071 people"),
its unit another word of the same kind ("has soared to 708" and "708 dead"); M70 a headline's qualified number
that names nobody is the body's claimed count of the same kind, not a quote's (the body's figure, with the
headline's qualifier if it has none: "over 400 people died" and "About 400 people have died ..., a local official
said"; "At least 36 die" and "Thirty-six people died, according to official radio reports"); any other repeat is
left as the article gives it. What counts as the same, across archives:

- M1 a direct quote: the same words, after `archive.normalise` (quote marks, dashes, whitespace), and without
  the comma or stop the sentence put after them; a reported statement: the same speaker and words;
- M2 a figure: the same value (or `low` and `high`) from the same claimant (case, a leading "the" and an acronym
  aside: "UN" is "the United Nations"); not two of different kinds ("killed" and "displaced"). A figure whose
  claimant the article does not name is never the same as another: each outlet reports it on its own account.
  Where the sources differ on its qualifier, unit, status or the claimant's name, the first is kept and a note
  says what each source gives;
- M3 a place: the same point of the gazetteer, or the same country; its other names are kept as `aka`; a name
  several places bear in one source ("Colombo") is the place another source settles under that name;
- M4 a timeline entry: the same sentence with the same time words.

M5 rivals: figures of one kind (killed, missing, displaced, ...: the figure's kind, or a word of en.KIND_WORDS
in its unit or next to its number) cited by different sources, whose values or claimants differ, are never
merged or summed; each gets a note naming the others, which may also be of another place or time (the author
tells which)."""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import replace
from pathlib import Path, PurePath

from briefing.brief.archive import KINDS as KINDS_OF_ARCHIVE
from briefing.brief.archive import kind_of, normalise
from briefing.brief.claimants import claimant_keys
from briefing.brief.draft_figures import MEASURES
from briefing.brief.numbers import MEANING, mentions
from briefing.brief.proposal import Draft, Proposal
from briefing.brief.scaffold import AMBIGUOUS_NOTE
from briefing.brief.words import en
from briefing.errors import Problem

MAX_RIVALS = 6  # named in one figure's notes; more are counted
KIND_WINDOW = 4  # words either side of a figure's number that may say what it counts


def archives_in(paths: list[Path]) -> list[Path | Problem]:
    """The archives named, in the order given: each file as it is, and the files of each folder that an archive
    may be (by their ending, in name order); a folder that holds none is a problem in its place."""
    found: list[Path | Problem] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        inside = sorted(p for p in path.iterdir() if p.is_file() and kind_of(p.name) and not p.name.startswith("."))
        endings = ", ".join(KINDS_OF_ARCHIVE)
        found += inside or [Problem("B901", str(path), "", f"no archived copy in this folder ({endings})")]
    unique: dict[Path | Problem, Path | Problem] = {}  # a file named twice (alone, in its folder) is one source
    for entry in found:
        unique.setdefault(entry if isinstance(entry, Problem) else entry.resolve(), entry)
    return list(unique.values())


def source_ids(names: list[str]) -> list[str]:
    """A source id for each archive, from its file name: lower-case letters, digits and hyphens
    ("Reuters 16.03.2023.html" is "reuters-16-03-2023"), unique ("-2" after a name already taken)."""
    ids: list[str] = []
    for name in names:
        base = re.sub(r"[^a-z0-9]+", "-", PurePath(name).stem.lower()).strip("-") or "source"
        wanted, n = base, 1
        while wanted in ids:
            n += 1
            wanted = f"{base}-{n}"
        ids.append(wanted)
    return ids


def merge(drafts: list[tuple[str, Draft]]) -> Draft:
    """The drafts of several archives, as (source id, draft), as one: M1-M4, then M5."""
    merged = Draft()
    claimants = claimant_keys(p.fields.get("claimed_by", "") for _, d in drafts for p in d.proposals)
    first: dict[Hashable, int] = {}
    versions: dict[int, list[Proposal]] = {}  # what each source proposed, of an entry several give
    settled = {name.casefold(): p.same for _, d in drafts for p in d.proposals if p.section == "places" and
               "note" not in p.fields for name in (p.fields["name"], *p.fields.get("aka", []))}
    for source_id, draft in drafts:
        for proposal in draft.proposals:
            key = identity(proposal, claimants)
            if _ambiguous(proposal):  # M3: "Colombo", which another source's places settle
                key = settled.get(proposal.fields["name"].casefold(), key)
            at = first.get(key) if key is not None else None
            if at is not None and source_id not in merged.proposals[at].fields["sources"] and \
                    _compatible(merged.proposals[at], proposal):
                versions.setdefault(at, [merged.proposals[at]]).append(proposal)
                kept, new = (proposal, merged.proposals[at]) if _ambiguous(merged.proposals[at]) else \
                    (merged.proposals[at], proposal)
                merged.proposals[at] = joined(kept, new)
                continue
            if key is not None:
                first.setdefault(key, len(merged.proposals))
            merged.proposals.append(proposal)
        merged.unsettled += [f"{source_id}, {entry}" if len(drafts) > 1 else entry for entry in draft.unsettled]
    for at, given in versions.items():
        merged.proposals[at] = replace(merged.proposals[at], notes=differences(given))
    merged.proposals = rivals(merged.proposals, claimants)
    return merged


def identity(proposal: Proposal, claimants: dict[str, str]) -> Hashable:
    """What makes two proposals of different archives the same entry (M1-M4), `claimants` the key of each name
    of a claimant; None: never the same."""
    fields = proposal.fields
    if proposal.section == "quotes":
        words = normalise(fields["text"]).rstrip(" ,.;:")
        return ("direct", words) if fields["kind"] == "direct" else \
            ("reported", fields.get("speaker", "").casefold(), words)
    if proposal.section == "figures":
        if not fields.get("claimed_by"):
            return None
        amount = tuple(fields.get(k) for k in ("value", "low", "high"))
        return ("figure", amount, claimants[fields["claimed_by"]])
    if proposal.section == "timeline":
        return ("timeline", fields["when"], normalise(fields["text"]))
    return proposal.same


def _ambiguous(proposal: Proposal) -> bool:
    """A place of several of the gazetteer, which the article's own places did not settle."""
    return proposal.section == "places" and proposal.fields.get("note") == AMBIGUOUS_NOTE


def _compatible(kept: Proposal, new: Proposal) -> bool:
    """Not two figures of different kinds ("killed" and "displaced") for one."""
    kinds = {p.fields.get("kind") for p in (kept, new)} - {None, ""}
    return len(kinds) <= 1


def joined(kept: Proposal, new: Proposal) -> Proposal:
    """`kept` citing `new`'s source too; a quote takes the speaker of the first source that names one, a place
    the other names the new source gives it."""
    fields = dict(kept.fields)
    fields["sources"] = [*kept.fields["sources"], *new.fields["sources"]]
    comment = kept.comment
    if kept.section == "quotes" and not kept.fields.get("speaker") and new.fields.get("speaker"):
        fields |= {k: new.fields[k] for k in ("speaker", "role", "when") if k in new.fields}
        comment = new.comment
    if kept.section == "places":
        names = [fields["name"], *fields.get("aka", [])]
        aka = [n for n in (new.fields["name"], *new.fields.get("aka", [])) if n not in names]
        fields |= {"aka": [*fields.get("aka", []), *aka]} if aka else {}
    return replace(kept, fields=fields, comment=comment, also=(*kept.also, *new.origins))


DIFFERING = {"quotes": ("speaker", "role"), "figures": ("qualifier", "unit", "status", "claimed_by")}


def differences(versions: list[Proposal]) -> tuple[str, ...]:
    """A note for each field the sources of one entry give differently: "qualifier differs: afp, reuters give
    'at least'; bbc gives none". A speaker one source names in full and another by surname is the same, and a
    quote's speaker or role that a source does not give is no difference."""
    notes = []
    for key in DIFFERING.get(versions[0].section, ()):
        values = [str(v.fields.get(key) or "") for v in versions]
        compared = [next((o for o in values if key == "speaker" and x and o.endswith(" " + x)), x) for x in values]
        if len(set(compared) - ({""} if versions[0].section == "quotes" else set())) < 2:
            continue
        by_value: dict[str, list[str]] = {}
        for value, version in zip(values, versions):
            by_value.setdefault(value, []).append(version.fields["sources"][0])
        given = [f"{', '.join(ids)} give{'s' if len(ids) == 1 else ''} {repr(value) if value else 'none'}"
                 for value, ids in by_value.items()]
        notes.append(f"{key} differs: {'; '.join(given)}")
    return tuple(notes)


def rivals(proposals: list[Proposal], claimants: dict[str, str]) -> list[Proposal]:
    """M5: each figure with a note naming the figures of its kind from other sources that give another value or
    another claimant (by their place among the draft's figures: "figures[3]")."""
    figures = [p for p in proposals if p.section == "figures"]
    found: dict[int, list[str]] = {}
    for n, figure in enumerate(figures):
        kind = what_it_counts(figure)
        for m, other in enumerate(figures):
            if m == n or not kind or what_it_counts(other) != kind or \
                    set(figure.fields["sources"]) == set(other.fields["sources"]):
                continue
            same_value = [figure.fields.get(k) for k in ("value", "low", "high")] == \
                [other.fields.get(k) for k in ("value", "low", "high")]
            by = other.fields.get("claimed_by", "")
            if same_value and by and claimants[by] == claimants[figure.fields.get("claimed_by", "")]:
                continue  # the same figure that M2 did not merge: the same source cites it twice
            found.setdefault(n, []).append(
                f"figures[{m}] ({_amount(other)}, claimed by {by or 'nobody named'}, in "
                f"{', '.join(other.fields['sources'])})")
    notes = {}
    for n, listed in found.items():
        more = len(listed) - MAX_RIVALS
        notes[n] = (f"rivals of this figure, or of another place or time (kept side by side, never merged or summed): "
                    f"{'; '.join(listed[:MAX_RIVALS])}" + (f"; and {more} more" if more > 0 else ""),)
    at = {id(p): n for n, p in enumerate(figures)}
    return [replace(p, notes=(*p.notes, *notes[at[id(p)]])) if at.get(id(p)) in notes else p for p in proposals]


OPENING_LINES = 3  # a headline (line 1) and a standfirst (line 3) before the body
PEOPLE = {"people", "persons", "individuals", *en.PARTICIPLES}  # units of one count of people (M0b)
SMALL_COUNT = 10  # below it, the same count twice in one article is as often two things as one (M0b)


def repeated(proposals: list[Proposal]) -> list[Proposal]:
    """M0: the same number given bare in one article's headline and then in its body with a claimant or a
    qualifier, of the same thing (or the headline's says not what), is one figure, the body's; a note gives the
    headline's line. So is a number of the headline or the standfirst that the body gives again with the same
    unit and claimant ("Starvation ... can be stopped with $10.3 billion appeal" and "the UN has appealed for
    $10.3 billion"). M0b: so is a number the article gives twice anywhere with the same unit and qualifier, once
    with a claimant and once without or twice by the same one ("At least 32 people have reportedly died" in a
    report's highlights, "At least 32 people have died, according to the Somali authorities" in its overview),
    kept where it has its claimant (a headline's claimant too: "...: IOM"; but not a headline's number that names
    nobody: the author settles whose it is, M0 aside); a small count only when the same claimant gives it twice,
    since "one case in week 42" and "one case in week 44" are two, and not the next figure of its paragraph (C82:
    "three in hospitals owned by ... and three in other hospitals"). Two claimants' figures of one number stay apart.
    M0c: a number after "the" that an earlier line gave is that line's count referred back to ("the bodies of
    eight people" ... "among the eight bodies found"), not a figure of its own; M0d: also a sentence before in the
    same paragraph, and at a sentence's start ("Civil Protection announced it had counted 2,189 deaths ..." "Out of
    the 2,189 people known dead so far"; "... after nine more people tested positive" ... "The nine cases are
    contacts of the fatal case")."""
    figures = [p for p in proposals if p.section == "figures" and "value" in p.fields]
    kept: dict[int, Proposal] = {}
    for n, later in enumerate(figures):  # M0c: "the eight bodies found" refers back to "the bodies of eight people"
        earlier = next((e for e in figures[:n] if e.line <= later.line and e.fields["value"] == later.fields["value"]),
                       None)  # of a line before, or of a sentence before in the same paragraph (M0d)
        if earlier is not None and _referred_back(later):
            kept[id(later)] = earlier
    figures = [p for p in figures if id(p) not in kept]
    for early in figures:
        kind, bare = what_it_counts(early), not (early.fields.get("claimed_by") or early.fields.get("qualifier"))
        keeper = next((p for p in figures if p.line > early.line and p.fields["value"] == early.fields["value"] and
                       (not kind or what_it_counts(p) in (kind, "")) and (
                           bare and early.line <= OPENING_LINES and (p.fields.get("claimed_by") or
                                                                      p.fields.get("qualifier")) or
                           early.line <= OPENING_LINES and (_same_claim(early, p) or _same_qualified(early, p)))),
                      None)
        if keeper is None and early.line <= OPENING_LINES and not early.fields.get("claimed_by") and kind:
            keeper = next((p for p in figures if p.line > early.line and p.fields["value"] == early.fields["value"]
                           and what_it_counts(p) == kind and _headline_told(early, p)), None)
        if keeper is not None:
            kept[id(early)] = keeper
    for n, early in enumerate(figures):
        for m, later in enumerate(figures[n + 1:], n + 1):
            listed = m == n + 1 and early.line == later.line and float(early.fields["value"]) < SMALL_COUNT
            if id(early) in kept or id(later) in kept or listed or not _said_again(early, later):
                continue  # C82: a small count next to the same in one paragraph is the next item of a list ("three
                # in hospitals owned by Karachi Municipal Corporation (KMC) and three in other hospitals in the city")
            dropped, keeper = (later, early) if early.fields.get("claimed_by") or \
                not later.fields.get("claimed_by") else (early, later)
            kept[id(dropped)] = keeper
    every = [p for p in proposals if p.section == "figures" and "value" in p.fields]
    notes = {id(k): tuple(f"also given on line {b.line}" for b in every if kept.get(id(b)) is k) for k in
             kept.values()}
    qualified = {id(k): str(b.fields["qualifier"]) for b in every if b.line <= OPENING_LINES and
                 b.fields.get("qualifier") for k in [kept.get(id(b))]
                 if k is not None and not k.fields.get("qualifier")}
    # M70: "Thirty-six people died, according to ..." is the "At least 36" of the headline "At least 36 die"
    return [replace(p, notes=(*p.notes, *notes[id(p)]), fields=p.fields | (
        {"qualifier": qualified[id(p)]} if id(p) in qualified else {})) if id(p) in notes else p
            for p in proposals if id(p) not in kept]


def _headline_told(early: Proposal, later: Proposal) -> bool:
    """M70: whether a headline's number that names nobody, with a qualifier, is the body's claimed count of the same
    kind ("over 400 people died" and "About 400 people have died ..., a local official said"), not a witness's count
    in a quote ("At least 45 villagers were killed" and "'... 45 men have been killed ...,' Usman said"). The body's
    figure is kept, with the headline's qualifier if it has none ("At least 36 die as unrest spreads" and
    "Thirty-six people died, according to official radio reports")."""
    return bool(early.fields.get("qualifier") and later.fields.get("claimed_by")) and later.comment != "rule C4"


def _said_again(early: Proposal, later: Proposal) -> bool:
    """M0b: whether a later figure of one article is the same claim as an earlier one said again."""
    a, b = early.fields, later.fields
    units = {str(a.get("unit", "")).casefold(), str(b.get("unit", "")).casefold()}
    # M0f: a later bare repeat of a claimed number need not repeat its qualifier ("At least 2,071 people were killed
    # ..., Haiti's Health Ministry said" ... "The cholera epidemic has killed a total of 2,071 people")
    bare = bool(a.get("claimed_by")) and not (b.get("claimed_by") or b.get("qualifier"))
    qualifiers = str(a.get("qualifier", "")).casefold(), str(b.get("qualifier", "")).casefold()
    if a["value"] != b["value"] or not bare and qualifiers[0] != qualifiers[1] or \
            len(units) > 1 and not units <= PEOPLE and len({en.KIND_WORDS.get(u, u) for u in units}) > 1:
        # "over 456,800 displaced", "over 456,800 people displaced"; "has soared to 708" (deaths) and "The latest
        # number I have is 708 dead" (M0f)
        return False
    names = [str(a.get("claimed_by", "")), str(b.get("claimed_by", ""))]
    by = {claimant_keys(names)[name] for name in names if name}  # "KNCHR" and the commission's full name are one
    if len(by) == 2 and any(_initials(x) == y for x, y in (names, names[::-1])):
        by = {names[0]}  # "IOM" and "International Organisation for Migration", in whichever spelling
    kinds = {what_it_counts(early), what_it_counts(later)} - {""}
    large = float(a["value"]) >= SMALL_COUNT or a.get("unit") in ("%", *MEASURES)  # "the 7.8 magnitude quake"
    headline = early.line <= OPENING_LINES and not names[0] and bool(names[1])  # a headline's unclaimed number is
    # the author's to settle against a claimed one; M0i: not against the body's unclaimed one of the same kind, which
    # is the outlet's own number said again ("279 reported dead in Turkey earthquake", "The death toll has risen to
    # 279")
    return not headline and len(by) <= 1 and len(kinds) <= 1 and (large or len(by) == 1 and all(names))


def _referred_back(figure: Proposal) -> bool:
    """Whether a figure's number stands after "the", as a count already given does ("among the eight bodies")."""
    label, value = figure.fields.get("label", ""), figure.fields["value"]
    at = next((m for m in mentions(label) if m.value == value), None)
    return at is not None and re.search(r"\b[Tt]he\s+$", label[:at.start]) is not None  # "The nine cases" (M0d)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "International Organisation for Migration" is "IOM"."""
    words = name.split()
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


def _same_qualified(early: Proposal, later: Proposal) -> bool:
    """M0g: whether a body's figure repeats a headline's with a qualifier of the same meaning and the claimant the
    headline names, in as many words or more, or none where the headline names none ("At least seven dead in
    Caribbean ..." and "killed at least seven people"; "More than 670 feared dead ..., UN agency says" and "More than
    670 people ..., the UN migration agency estimated"). A headline's number that names nobody stays apart from a
    body's claimed one: the author settles whose it is (M0b)."""
    qualifiers = [str(p.fields.get("qualifier", "")).casefold() for p in (early, later)]
    if not all(qualifiers) or len({MEANING.get(q, q) for q in qualifiers}) > 1:
        return False
    said = [set(re.findall(r"\w+", str(p.fields.get("claimed_by", "")).casefold())) for p in (early, later)]
    return said[0] <= said[1] and bool(said[0]) == bool(said[1])


def _same_claim(early: Proposal, later: Proposal) -> bool:
    """Whether a later figure repeats an earlier one: the same unit and the same claimant (or none), and no
    qualifier of another meaning (M0h: "Over 70,000 people have evacuated" in the lead and "About 70,000 people from
    22 villages ... were evacuated" are two counts, not one said again)."""
    qualifiers = [str(p.fields.get("qualifier", "")).casefold() for p in (early, later)]
    if all(qualifiers) and len({MEANING.get(q, q) for q in qualifiers}) > 1:
        return False
    return all(str(early.fields.get(key, "")).casefold() == str(later.fields.get(key, "")).casefold()
               for key in ("unit", "claimed_by"))


def what_it_counts(figure: Proposal) -> str:
    """What a figure counts, for M5: its kind, else a word of en.KIND_WORDS in its unit, in the few words after
    its number in its label, or in the few before ("10,000 others are missing", "killed about 170 people"); a
    percentage is never of one kind with a count."""
    fields = figure.fields
    if fields.get("kind"):
        return str(fields["kind"])
    label, value = fields.get("label", ""), fields.get("value", fields.get("low", fields.get("high")))
    at = next((m for m in mentions(label) if m.value == value), None)
    after = re.findall(r"[\w'-]+", label[at.end:])[:KIND_WINDOW] if at else []
    before = re.findall(r"[\w'-]+", label[:at.start])[-KIND_WINDOW:][::-1] if at else []
    words = [w.lower() for w in (str(fields.get("unit", "")), *after, *before)]
    kind = next((en.KIND_WORDS[w] for w in words if w in en.KIND_WORDS), "")
    return f"{kind} %" if kind and fields.get("unit") == "%" else kind


def _amount(figure: Proposal) -> str:
    def number(value: float) -> str:
        return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    fields = figure.fields
    if "value" in fields:
        amount = number(fields["value"])
    else:
        amount = "–".join(number(fields[k]) for k in ("low", "high") if k in fields)
    return " ".join(str(p) for p in (fields.get("qualifier"), amount, fields.get("unit")) if p)
