"""Drawing ChartSpecs with Matplotlib: explicit Figures, fixed style, reproducible bytes."""

from __future__ import annotations

import dataclasses
import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from briefing import cache, palette
from briefing.figures.charts.plan import ChartSpec, Mark, segments

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

WIDTH_IN = 6.7  # the page's text width, so chart text prints at its nominal size
FORMAT = "svg"
DPI = 300  # for PNG: sharp text in print
# The brief's words are drawn as typed, "$" and "\" included: never parsed as mathtext, never handed to TeX
# (whatever matplotlibrc says). No text of our own uses mathtext either.
LITERAL_TEXT: dict[RcKeyType, Any] = {"text.parse_math": False, "text.usetex": False}

# Claim status, distinct without colour: filled, half-filled, hollow, crossed.
STATUS_MARKERS: dict[str, dict[str, Any]] = {
    "confirmed": dict(marker="o", markerfacecolor=palette.INK, markeredgecolor=palette.INK),
    "estimated": dict(marker="D", markerfacecolor=palette.RULE, markeredgecolor=palette.INK),
    "claimed": dict(marker="o", markerfacecolor="white", markeredgecolor=palette.INK),
    "disputed": dict(marker="X", markerfacecolor="white", markeredgecolor=palette.INK),
}


@dataclass(frozen=True)
class Chart:
    spec: ChartSpec
    image: Path
    sidecar: Path


def render_charts(specs: list[ChartSpec], folder: Path, slug: str) -> list[Chart]:
    """Each chart drawn, or reused when its spec, this package's code and Matplotlib are unchanged. File names
    come from the hash, never from the brief's text."""
    charts = []
    for spec in specs:
        digest = cache.key("chart", [dataclasses.asdict(spec), palette.RC, FORMAT],
                           code=("briefing.figures.charts", "briefing.palette"), libraries=("matplotlib",))
        cached = cache.figure(folder, f"{slug}-chart", digest, FORMAT, functools.partial(_draw, spec))
        charts.append(Chart(spec, cached.image, cached.sidecar))
    return charts


def _draw(spec: ChartSpec) -> tuple[bytes, dict]:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    with rc_context(palette.RC | LITERAL_TEXT):
        rows = len(spec.marks) if spec.kind == "comparison" else 0
        figure = Figure(figsize=(WIDTH_IN, 1.2 + 0.42 * rows if rows else 2.6))
        axes = figure.add_subplot()
        (_draw_comparison if spec.kind == "comparison" else _draw_series)(axes, spec)
        axes.set_title(spec.title, loc="left", color=palette.ACCENT, fontweight="bold")
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        figure.tight_layout(pad=0.4)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=FORMAT, dpi=DPI, metadata=palette.SAVE_METADATA[FORMAT])
    return buffer.getvalue(), _sidecar(spec)


def _draw_comparison(axes, spec: ChartSpec) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    positions = list(range(len(spec.marks)))[::-1]
    top = max(cast(float, m.high if m.value is None else m.value) for m in spec.marks)  # a range has both ends
    for y, mark in zip(positions, spec.marks):
        style = STATUS_MARKERS[mark.status]
        if mark.value is None:
            axes.plot([mark.low, mark.high], [y, y], color=palette.INK, linewidth=1.2, solid_capstyle="butt")
            axes.plot([mark.low, mark.high], [y, y], linestyle="none", markersize=5, **style)
        else:
            axes.plot([mark.value], [y], linestyle="none", markersize=6, **style)
    axes.set_yticks(positions, [f"{m.label}\n{m.text} \u00b7 {m.status}" for m in spec.marks])
    axes.set_xlim(0, top * 1.08)
    axes.set_ylim(-0.7, len(spec.marks) - 0.3)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}"))
    axes.grid(axis="x", color=palette.FAINT, linewidth=0.6)
    axes.set_axisbelow(True)
    if spec.unit:
        axes.set_xlabel(spec.unit)
    statuses = list(dict.fromkeys(m.status for m in spec.marks))
    handles = [Line2D([], [], linestyle="none", markersize=5, **STATUS_MARKERS[s]) for s in statuses]
    axes.legend(handles, statuses, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(statuses))


def _draw_series(axes, spec: ChartSpec) -> None:
    from matplotlib.dates import MO, AutoDateLocator, ConciseDateFormatter, DateFormatter, WeekdayLocator
    from matplotlib.ticker import FuncFormatter

    for index, line in enumerate(spec.lines):
        axes.plot(line.dates, line.values, label=line.label, color=palette.SERIES_COLOURS[index % 5],
                  marker=palette.SERIES_MARKERS[index % 5], linestyle=palette.SERIES_LINESTYLES[index % 5],
                  markersize=3.5, linewidth=1.2)
    dates = [d for line in spec.lines for d in line.dates]
    if (max(dates) - min(dates)).days <= 120:
        axes.xaxis.set_major_locator(WeekdayLocator(byweekday=MO))
        axes.xaxis.set_major_formatter(DateFormatter("%-d %b"))
    else:
        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:,.0f}"))
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", color=palette.FAINT, linewidth=0.6)
    axes.set_axisbelow(True)
    if spec.unit:
        axes.set_ylabel(spec.unit)
    if len(spec.lines) > 1:
        axes.legend(loc="upper left", ncols=min(len(spec.lines), 4))


def _sidecar(spec: ChartSpec) -> dict:
    return {
        "kind": spec.kind, "title": spec.title, "unit": spec.unit, "caption": spec.caption, "alt": spec.alt,
        "marks": [_mark(m) for m in spec.marks],
        "lines": [{"label": line.label, "segments": segments(line)} for line in spec.lines],
        "gaps": [[start.isoformat(), end.isoformat()] for start, end in spec.gaps],
    }


def _mark(mark: Mark) -> dict:
    values = {"value": mark.value} if mark.value is not None else {"low": mark.low, "high": mark.high}
    return {"label": mark.label, "status": mark.status, "approx": mark.approx, **values}
