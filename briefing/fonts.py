"""The faces a brief is set in, and which characters they cover."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from briefing.errors import BuildFailed

# The files style.css loads through the briefing-font: scheme: STIX (serif, Latin/Greek/Cyrillic) for text,
# DejaVu Sans (Latin/Greek/Cyrillic/Arabic/Hebrew and more) for headings, tables and as the text fallback.
FACES = (
    "STIXGeneral.ttf", "STIXGeneralItalic.ttf", "STIXGeneralBol.ttf", "STIXGeneralBolIta.ttf",
    "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf",
)


def bundled_fonts_dir() -> Path:
    """Matplotlib's own fonts (DejaVu, STIX): present wherever the package is installed."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise BuildFailed("matplotlib is not installed; it provides the fonts a brief is set in")
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


@functools.lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Every code point that at least one bundled face has a glyph for."""
    from fontTools.ttLib import TTFont

    folder = bundled_fonts_dir()
    points: set[int] = set()
    for face in FACES:
        points.update(TTFont(folder / face, lazy=True).getBestCmap())
    return frozenset(points)
