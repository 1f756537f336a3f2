"""The faces a brief is set in, and which characters of a brief they cannot show."""

from __future__ import annotations

import functools
import unicodedata

from pydantic import BaseModel

from briefing.pdf import bundled_fonts_dir
from briefing.validation import iter_texts

# The files style.css loads through the briefing-font: scheme: STIX (serif, Latin/Greek/Cyrillic) for text,
# DejaVu Sans (Latin/Greek/Cyrillic/Arabic/Hebrew and more) for headings, tables and as the text fallback.
FACES = (
    "STIXGeneral.ttf", "STIXGeneralItalic.ttf", "STIXGeneralBol.ttf", "STIXGeneralBolIta.ttf",
    "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf",
)
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}  # controls and format characters: nothing to draw


@functools.lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Every code point that at least one bundled face has a glyph for."""
    from fontTools.ttLib import TTFont

    folder = bundled_fonts_dir()
    points: set[int] = set()
    for face in FACES:
        points.update(TTFont(folder / face, lazy=True).getBestCmap())
    return frozenset(points)


def missing_glyphs(brief: BaseModel, shown: str) -> list[str]:
    """One warning per text field holding characters no face covers, naming each character once."""
    covered = coverage()
    warnings = []
    for key, text in iter_texts(brief):
        missing = dict.fromkeys(c for c in text if ord(c) not in covered and unicodedata.category(c) not in _INVISIBLE)
        if missing:
            names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')} ({c})" for c in missing)
            warnings.append(f"{shown}: {key}: no font for {names}")
    return warnings
