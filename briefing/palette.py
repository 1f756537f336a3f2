"""The look maps and charts share with the page: colours, typography and fixed Matplotlib settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

ACCENT = "#1f3a5f"
INK = "#1a1a1a"
MUTED = "#4a5563"
RULE = "#8a95a3"
FAINT = "#e9edf2"
HOSTILE = "#b2182b"

# Distinct in greyscale as well as in colour: dark blue, mid red, light grey-blue, near black.
SERIES_COLOURS = [ACCENT, HOSTILE, "#7a8ca3", INK, "#c47a2c"]
SERIES_MARKERS = ["o", "s", "^", "D", "v"]
SERIES_LINESTYLES = ["solid", "dashed", "dotted", "dashdot", (0, (5, 1, 1, 1))]

# Fixed settings: same fonts and sizes everywhere, and byte-reproducible files.
RC: dict[RcKeyType, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 7.5,
    "axes.titlesize": 8.5,
    "axes.labelsize": 7.5,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.linewidth": 0.6,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 7,
    "legend.frameon": False,
    "text.color": INK,
    "svg.hashsalt": "briefing",
    "svg.fonttype": "none",  # text stays text: searchable and read aloud in the PDF, set in the brief's fonts
    "pdf.fonttype": 42,
    "path.simplify": True,
}

# Metadata that would otherwise carry the time of drawing or the Matplotlib version.
SAVE_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}
