"""The changes since the last brief in words, the same for the PDF's section and for `briefing diff`.

Every figure is written as each brief states it (formatting.amount: its own qualifier, bounds and unit), with its
claimant and status. A difference is printed only where it means something: both figures single values in the
same unit, with no qualifier or the same "about"/"some" (then the difference is "about" too). Between ranges,
bounds ("at least", "up to", "nearly") or differently qualified numbers none is printed, and the line says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing import formatting, vocabulary
from briefing.brief.compare import Changes, FigureChange
from briefing.brief.model import Brief, Fact, Figure, Place, Quote, TimelineEntry
from briefing.messages import ENGLISH, N_  # `briefing diff` speaks English; the page, the brief's language

DIFFERENCE_WORDS = (None, "about")  # meanings: "some", "around" mean "about"
MINUS = "\u2212"
NO_DIFFERENCE = N_("no difference computed: the figures are not both single values in one unit with the same qualifier")


@dataclass(frozen=True)
class FigureLine:
    label: str
    state: str  # changed, new, dropped
    old: str  # "Reuters (claimed): about 100,000 troops"; "" for a new figure
    new: str
    difference: str  # "+10,000 (+10%)", or why there is none; "" unless changed
    notes: tuple[str, ...]  # "claimant: Reuters → UN", "status: claimed → confirmed"

    @property
    def text(self) -> str:
        """One line: "label: old → new; difference; notes"."""
        sides = " → ".join(side for side in (self.old or "not reported", self.new or "no longer reported"))
        tail = "; ".join(part for part in (self.difference, *self.notes) if part)
        return f"{self.label}: {sides}" + (f" ({tail})" if tail else "")


def stated(figure: Figure, language: str = "en", words: Any = ENGLISH) -> str:
    """The figure as its brief states it, with who claims it: "Reuters (claimed): about 100,000 troops"."""
    qualifier = vocabulary.qualifier(figure.words, words, figure.meaning) if figure.words else None
    amount = formatting.amount(figure.value, figure.low, figure.high, qualifier, figure.unit, language)
    return words.gettext("%(claimant)s (%(status)s): %(amount)s") % {
        "claimant": figure.claimed_by, "status": vocabulary.status(figure.status, words), "amount": amount}


def difference(old: Figure, new: Figure, language: str = "en", words: Any = ENGLISH) -> str:
    """"+10,000 (+10%)", "about −5,000 (about −4.5%)", "+2 percentage points"; or NO_DIFFERENCE."""
    if old.value is None or new.value is None or old.words != new.words or old.meaning not in DIFFERENCE_WORDS \
            or old.unit_name != new.unit_name:
        return words.gettext(NO_DIFFERENCE)
    about = vocabulary.qualifier("about", words) + " " if old.words else ""
    change = new.value - old.value
    if old.unit_name == "%":
        counted = int(abs(change)) if float(change).is_integer() else 5  # a fraction takes the plural
        return about + words.ngettext("%(number)s percentage point", "%(number)s percentage points",
                                      counted) % {"number": _signed(change, language)}
    unit = formatting.counted(abs(change), new.unit, language) if new.unit else ""
    text = f"{about}{_signed(change, language)}{' ' + unit if unit else ''}"
    if old.value:
        text += f" ({about}{_signed(round(100 * change / abs(old.value), 1), language)}%)"
    return text


def _signed(value: float, language: str) -> str:
    if value == 0:
        return formatting.number(0, language)
    return ("+" if value > 0 else MINUS) + formatting.number(abs(value), language)


def figure_line(change: FigureChange, language: str = "en", words: Any = ENGLISH) -> FigureLine:
    old, new = change.old, change.new
    label = (new or old).label  # type: ignore[union-attr]
    notes: list[str] = []
    text = ""
    if old and new:
        text = difference(old, new, language, words)
        if old.claimed_by != new.claimed_by:
            notes.append(words.gettext("claimant: %(old)s → %(new)s") % {"old": old.claimed_by, "new": new.claimed_by})
        if old.status != new.status:
            notes.append(words.gettext("status: %(old)s → %(new)s") % {
                "old": vocabulary.status(old.status, words), "new": vocabulary.status(new.status, words)})
    return FigureLine(label, change.state, stated(old, language, words) if old else "",
                      stated(new, language, words) if new else "", text, tuple(notes))


def item_text(item: Any, language: str = "en") -> str:
    """A fact, quote, place or timeline entry in one line, as the dropped list names it."""
    if isinstance(item, Fact):
        return item.text
    if isinstance(item, Quote):  # as the brief words it: "Ukraine has denied that ..." keeps its verb
        if item.kind != "direct":
            return f"{item.speaker} {item.verb} {item.text}"
        opening, closing = formatting.quote_marks(language)[:2]
        return f"{item.speaker}{' ' + item.lead if item.lead else ':'} {opening}{item.text}{closing}"
    if isinstance(item, Place):
        return item.name
    if isinstance(item, TimelineEntry):
        return f"{formatting.when(item.when, language)}: {item.text}"
    return str(item)


SECTION_NAMES = {"facts": "facts", "quotes": "statements", "places": "places", "timeline": "timeline entries"}
SINGULAR = {"facts": "fact", "quotes": "statement", "places": "place", "timeline": "timeline entry"}


def count(section: str, number: int, words: Any = ENGLISH) -> str:
    """"1 fact", "3 timeline entries" (the plural form by the language's rule)."""
    counted = {
        "facts": words.ngettext("%(num)d fact", "%(num)d facts", number),
        "quotes": words.ngettext("%(num)d statement", "%(num)d statements", number),
        "places": words.ngettext("%(num)d place", "%(num)d places", number),
        "timeline": words.ngettext("%(num)d timeline entry", "%(num)d timeline entries", number),
    }
    return counted[section] % {"num": number}


def dropped_heading(section: str, words: Any = ENGLISH) -> str:
    """The heading of the items of a section the last brief had and this one dropped."""
    return {
        "facts": words.gettext("Facts no longer in the brief"),
        "quotes": words.gettext("Statements no longer in the brief"),
        "places": words.gettext("Places no longer in the brief"),
        "timeline": words.gettext("Timeline entries no longer in the brief"),
    }[section]


def record(changes: Changes, current: Brief, language: str = "en") -> dict[str, Any]:
    """The changes as plain data (`briefing diff --format json`)."""
    lines = [figure_line(change, language) for change in changes.figures]
    return {
        "previous_as_of": changes.previous_as_of.isoformat(),
        "as_of": current.brief.as_of.isoformat(),
        "figures": [{"label": line.label, "state": line.state, "old": line.old, "new": line.new,
                     "difference": line.difference, "notes": list(line.notes)} for line in lines],
        "new": {section: [{"index": i, "text": item_text(getattr(current, section)[i], language)} for i in indexes]
                for section, indexes in changes.new.items()},
        "dropped": {section: [item_text(item, language) for item in items]
                    for section, items in changes.dropped.items()},
        "unsure": [{"section": u.section, "index": u.new, "previous_index": u.old, "similarity": round(u.similarity, 3)}
                   for u in changes.unsure],
    }


def text_lines(changes: Changes, current: Brief, language: str = "en") -> list[str]:
    """The changes for a terminal: figures changed, new and no longer reported; then new and dropped items."""
    lines = [f"since the brief of {formatting.dtg(changes.previous_as_of)} "
             f"(this brief: {formatting.dtg(current.brief.as_of)})"]
    for state, heading in (("changed", "figures changed"), ("new", "figures newly reported"),
                           ("dropped", "figures no longer reported")):
        chosen = [figure_line(c, language) for c in changes.figures if c.state == state]
        lines += [f"{heading}:", *(f"  {line.text}" for line in chosen)] if chosen else []
    for section, name in SECTION_NAMES.items():
        new = [item_text(getattr(current, section)[i], language) for i in changes.new.get(section, ())]
        lines += [f"new {name}:", *(f"  NEW {text}" for text in new)] if new else []
    for section, name in SECTION_NAMES.items():
        gone = [item_text(item, language) for item in changes.dropped.get(section, ())]
        lines += [f"{name} no longer in the brief:", *(f"  - {text}" for text in gone)] if gone else []
    for unsure in changes.unsure:
        lines.append(f"not matched confidently: {unsure.section}[{unsure.new}] is {unsure.similarity:.0%} like "
                     f"{unsure.section}[{unsure.old}] of the previous brief (give both the same id if it is one item)")
    if changes.empty:
        lines.append("no changes")
    return lines
