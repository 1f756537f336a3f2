"""Drawing ChartSpecs with Matplotlib: explicit Figures, fixed style, reproducible bytes."""

from __future__ import annotations

import dataclasses
import functools
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from briefing import cache, palette
from briefing.figures.charts.plan import ChartSpec, Mark, segments
from briefing.messages import right_to_left

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
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with rc_context(palette.RC | LITERAL_TEXT | _text_setting(spec)):
        rows = len(spec.marks) if spec.kind == "comparison" else 0
        figure = Figure(figsize=(WIDTH_IN, 1.4 + 0.5 * rows if rows else 2.8))
        FigureCanvasAgg(figure)  # text is measured as it will be set
        axes = figure.add_subplot()
        (_draw_comparison if spec.kind == "comparison" else _draw_series)(axes, spec)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        size = palette.RC["axes.titlesize"]
        title = _wrapped(figure, spec.title, size, "bold", WIDTH_IN * 0.97)
        rtl = right_to_left(spec.language)  # the title starts where the language's lines do
        figure.suptitle(title, x=0.99 if rtl else 0.01, ha="right" if rtl else "left", fontsize=size,
                        fontweight="bold", color=palette.ACCENT)
        legend_height = _legend_below(figure, axes)
        figure.tight_layout(pad=0.4, rect=(0, legend_height, 1, 1))
        figure.canvas.draw()  # lay out the legend and ticks as they will be drawn, then measure
        extents = _text_extents(figure)
        arrows = _arrow_spans(axes)
        buffer = io.BytesIO()
        figure.savefig(buffer, format=FORMAT, dpi=DPI, metadata=palette.SAVE_METADATA[FORMAT])
    # Matplotlib names the face it measured; the page has it as "Brief Sans" (the same DejaVu Sans file).
    svg = buffer.getvalue().replace(b"'DejaVu Sans'", b"'Brief Sans', 'DejaVu Sans'")
    return svg, {**_sidecar(spec), "text": extents, "arrows": arrows}


def _text_setting(spec: ChartSpec) -> dict:
    """Text stays text in the SVG (searchable, set in the brief's faces by the page), except where it holds a script
    written right to left (Arabic, Hebrew...): the SVG renderer of the page sets text letter by letter, so Arabic
    would come out unjoined and backwards. Such a chart's text is drawn as outlines, laid out by Matplotlib
    (libraqm: joined, right to left); its words are in the figure's caption all the same."""
    texts = [spec.title, spec.unit, *(m.label for m in spec.marks), *(m.text for m in spec.marks),
             *(word for _, word in spec.status_words), *(line.label for line in spec.lines)]
    if any(unicodedata.bidirectional(c) in ("R", "AL") for text in texts for c in text):
        return {"svg.fonttype": "path"}
    return {}


def _wrapped(figure, text: str, size: float, weight: str, width_in: float) -> str:
    """`text` broken at spaces into lines no wider than `width_in` when set at `size` points, measured as
    Matplotlib will set it; a word longer than a line is broken where it must be."""
    from matplotlib.font_manager import FontProperties

    renderer = figure.canvas.get_renderer()
    font = FontProperties(family=palette.RC["font.family"], size=size, weight=weight)
    limit = width_in * figure.dpi

    def width(line: str) -> float:
        return renderer.get_text_width_height_descent(line, font, ismath=False)[0]

    lines: list[str] = []
    for word in text.split():
        while width(word) > limit:  # a word wider than a line: break it inside
            cut = max(1, int(len(word) * limit / width(word)) - 1)
            lines.append(word[:cut])
            word = word[cut:]
        if lines and width(f"{lines[-1]} {word}") <= limit:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or text


def _arrow_spans(axes) -> list[list[float]]:
    """The data-axis span ([from, to] along the value axis, and the row) of every arrow drawn: a bound's."""
    from matplotlib.text import Annotation

    renderer = axes.figure.canvas.get_renderer()
    spans = []
    for annotation in axes.texts:
        if isinstance(annotation, Annotation) and annotation.arrow_patch is not None:
            box = annotation.arrow_patch.get_window_extent(renderer).transformed(axes.transData.inverted())
            spans.append([round(box.x0, 1), round(box.x1, 1), round((box.y0 + box.y1) / 2, 2)])
    return spans


def _text_extents(figure) -> list[dict]:
    """Every piece of text drawn, with its box as fractions of the figure (x0, y0, x1, y1): what a test measures
    for overlaps and clipping, and what a reader of the sidecar can check. Tick labels count only where their
    tick is inside the axis (Matplotlib keeps the others, undrawn)."""
    from matplotlib.text import Text

    renderer = figure.canvas.get_renderer()
    undrawn: set[int] = set()
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            margin = (high - low) * 1e-9
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not low - margin <= tick.get_loc() <= high + margin:
                    undrawn.update((id(tick.label1), id(tick.label2)))
    extents = []
    for text in figure.findobj(Text):
        if id(text) in undrawn or not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer).transformed(figure.transFigure.inverted())
        extents.append({"text": text.get_text(), "box": [round(v, 4) for v in (box.x0, box.y0, box.x1, box.y1)]})
    return extents


def _legend_below(figure, axes) -> float:
    """Move the axes' legend (if any) to the foot of the figure, in as many columns as fit its width: it never
    sits on the title, the plot or the axis label. Returns the height it takes, as a fraction of the figure."""
    legend = axes.get_legend()
    if legend is None:
        return 0.0
    handles, labels = legend.legend_handles, [text.get_text() for text in legend.get_texts()]
    legend.remove()
    renderer = figure.canvas.get_renderer()
    for columns in range(len(labels), 0, -1):
        placed = figure.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.01, 0.005), ncols=columns,
                               borderaxespad=0)
        box = placed.get_window_extent(renderer).transformed(figure.transFigure.inverted())
        if box.x1 <= 0.99 or columns == 1:
            return box.y1 + 0.01
        placed.remove()
    return 0.0


def _number_axis(axis, language: str) -> None:
    """Ticks at round numbers (steps of 1, 2 or 5 times a power of ten, whole numbers only), few enough that their
    labels never touch, written the brief's language's way."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    from briefing.formatting import number

    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10], integer=True, min_n_ticks=2))
    axis.set_major_formatter(FuncFormatter(lambda value, _: number(value, language)))


def _draw_comparison(axes, spec: ChartSpec) -> None:
    from matplotlib.lines import Line2D

    positions = list(range(len(spec.marks)))[::-1]
    top = max(cast(float, m.edge if m.bound else (m.high if m.value is None else m.value)) for m in spec.marks)
    reach = top * 0.15  # how far a bound's arrow points
    right = max([top, *(cast(float, m.edge) + reach for m in spec.marks if m.bound == "lower")]) * 1.08
    for y, mark in zip(positions, spec.marks):
        style = STATUS_MARKERS[mark.status]
        if mark.bound:  # a bound: a bar where it stops and an arrow the way the number may lie, never a point
            edge = cast(float, mark.edge)
            end = edge + reach if mark.bound == "lower" else max(0.0, edge - reach)
            axes.annotate("", xy=(end, y), xytext=(edge, y),
                          arrowprops=dict(arrowstyle="-|>", color=palette.INK, linewidth=1.2, shrinkA=0, shrinkB=0))
            axes.plot([edge], [y], linestyle="none", marker="|", markersize=9, markeredgewidth=1.6,
                      color=palette.INK)
        elif mark.value is None:
            axes.plot([mark.low, mark.high], [y, y], color=palette.INK, linewidth=1.2, solid_capstyle="butt")
            axes.plot([mark.low, mark.high], [y, y], linestyle="none", markersize=5, **style)
        else:
            axes.plot([mark.value], [y], linestyle="none", markersize=6, **style)
    size = palette.RC["ytick.labelsize"]
    shown = dict(spec.status_words)
    labels = [_wrapped(axes.figure, m.label, size, "normal", WIDTH_IN * 0.3) +
              f"\n{m.text} \u00b7 {shown.get(m.status, m.status)}" for m in spec.marks]
    axes.set_yticks(positions, labels)
    axes.set_xlim(0, right)
    axes.set_ylim(-0.7, len(spec.marks) - 0.3)
    _number_axis(axes.xaxis, spec.language)
    axes.grid(axis="x", color=palette.FAINT, linewidth=0.6)
    axes.set_axisbelow(True)
    if spec.unit:
        axes.set_xlabel(spec.unit)
    statuses = list(dict.fromkeys(m.status for m in spec.marks if not m.bound))  # the markers drawn
    handles = [Line2D([], [], linestyle="none", markersize=5, **STATUS_MARKERS[s]) for s in statuses]
    if statuses:
        axes.legend(handles, [shown.get(s, s) for s in statuses])  # moved to the foot by _legend_below


def _date_formatter(pattern: str, language: str):
    """Dates on an axis in the language's month names (CLDR, through Babel): "3 Mar", "3 mars", "3 бер."."""
    from babel.dates import format_date
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    from briefing.formatting import locale

    return FuncFormatter(lambda value, _: format_date(num2date(value).date(), pattern, locale=locale(language)))


def _draw_series(axes, spec: ChartSpec) -> None:
    from matplotlib.dates import MO, AutoDateLocator, ConciseDateFormatter, WeekdayLocator

    for index, line in enumerate(spec.lines):
        axes.plot(line.dates, line.values, label=line.label, color=palette.SERIES_COLOURS[index % 5],
                  marker=palette.SERIES_MARKERS[index % 5], linestyle=palette.SERIES_LINESTYLES[index % 5],
                  markersize=3.5, linewidth=1.2)
    dates = [d for line in spec.lines for d in line.dates]
    if (max(dates) - min(dates)).days <= 120:
        axes.xaxis.set_major_locator(WeekdayLocator(byweekday=MO))
        axes.xaxis.set_major_formatter(_date_formatter("d MMM", spec.language))
    elif spec.language.split("-")[0] == "en":
        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    else:  # Matplotlib's concise dates are English: months by CLDR's names instead
        axes.xaxis.set_major_locator(AutoDateLocator())
        axes.xaxis.set_major_formatter(_date_formatter("MMM y", spec.language))
    _number_axis(axes.yaxis, spec.language)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", color=palette.FAINT, linewidth=0.6)
    axes.set_axisbelow(True)
    if spec.unit:
        axes.set_ylabel(spec.unit)
    if len(spec.lines) > 1:
        axes.legend()  # moved to the foot of the figure by _legend_below


def _sidecar(spec: ChartSpec) -> dict:
    return {
        "kind": spec.kind, "title": spec.title, "unit": spec.unit, "caption": spec.caption, "alt": spec.alt,
        "marks": [_mark(m) for m in spec.marks],
        "lines": [{"label": line.label, "segments": segments(line)} for line in spec.lines],
        "gaps": [[start.isoformat(), end.isoformat()] for start, end in spec.gaps],
    }


def _mark(mark: Mark) -> dict:
    if mark.bound:
        values: dict[str, Any] = {"bound": mark.bound, "edge": mark.edge}
    elif mark.value is not None:
        values = {"value": mark.value}
    else:
        values = {"low": mark.low, "high": mark.high}
    return {"label": mark.label, "status": mark.status, "approx": mark.approx, **values}
