"""The faces a brief is set in, and which characters they cover."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import sys
from pathlib import Path

from briefing.errors import BuildFailed

# The files style.css loads through the briefing-font: scheme: STIX (serif, Latin/Greek/Cyrillic) for text,
# DejaVu Sans (Latin/Greek/Cyrillic/Arabic/Hebrew and more) for headings, tables and as the text fallback.
FACES = (
    "STIXGeneral.ttf", "STIXGeneralItalic.ttf", "STIXGeneralBol.ttf", "STIXGeneralBolIta.ttf",
    "DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf",
)


# Scripts a brief may be written in, each with letters that stand for it: a script is covered when every one of its
# letters has a glyph in a bundled face. (Shaping joined scripts such as Arabic is HarfBuzz's work on the page and
# libraqm's in Matplotlib, with the face's own tables: DejaVu Sans has Arabic's.)
SCRIPTS = {
    "Latin": "AaÉéŁłŞşĐđ", "Greek": "ΑαΩω", "Cyrillic": "АаЖжЇїЁё", "Armenian": "Աա", "Georgian": "აბ",
    "Hebrew": "אבש", "Arabic": "عربيةپچ", "Devanagari": "कख", "Bengali": "কখ", "Thai": "กข", "Ethiopic": "አበ",
    "Han (Chinese, Japanese)": "中文", "Kana (Japanese)": "かカ", "Hangul (Korean)": "한글",
}


def scripts_covered() -> tuple[list[str], list[str]]:
    """(the scripts the bundled faces cover, those they do not), as `briefing doctor` lists them."""
    covered = coverage()
    have = [name for name, letters in SCRIPTS.items() if all(ord(c) in covered for c in letters)]
    return have, [name for name in SCRIPTS if name not in have]


def bundled_fonts_dir() -> Path:
    """Matplotlib's own fonts (DejaVu, STIX): present wherever the package is installed."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise BuildFailed("matplotlib is not installed; it provides the fonts a brief is set in")
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


@functools.lru_cache(maxsize=1)
def coverage() -> frozenset[int]:
    """Every code point that at least one bundled face has a glyph for. Reading the faces' character maps takes
    0.1 s, so the answer is kept in the machine's cache folder, named by the faces, this code and the versions
    of the package that ships the fonts and of the library that reads them."""
    from briefing import cache

    digest = cache.key("font coverage", FACES, ("briefing.fonts",), ("matplotlib", "fonttools"))
    kept = cache.user_dir() / f"coverage-{digest[:16]}.json"
    ranges = cache.read_json(kept)
    if isinstance(ranges, list) and all(_run(r) for r in ranges):
        return frozenset(point for first, last in ranges for point in range(first, last + 1))
    points = _read_coverage()
    with contextlib.suppress(OSError):  # a read-only cache folder costs time, not the answer
        cache.write_json(kept, _ranges(points))
    return points


def _read_coverage() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    folder = bundled_fonts_dir()
    points: set[int] = set()
    for face in FACES:
        points.update(TTFont(folder / face, lazy=True).getBestCmap())
    return frozenset(points)


def _run(run: object) -> bool:
    """Whether a kept run is one (a damaged file is read again from the fonts)."""
    return isinstance(run, list) and len(run) == 2 and all(type(n) is int for n in run) and \
        0 <= run[0] <= run[1] <= sys.maxunicode


def _ranges(points: frozenset[int]) -> list[list[int]]:
    """Sorted code points as [first, last] runs: [[32, 126], [160, 383], ...]."""
    runs: list[list[int]] = []
    for point in sorted(points):
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return runs
