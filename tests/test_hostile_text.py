"""Hostile briefs: the brief's words are printed as typed, never run as Matplotlib mathtext, and no word,
however long, pushes anything off the page."""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import MINIMAL, pdf_text, write_brief
from pypdf import PdfReader
from pypdf.generic import FloatObject, NumberObject, TextStringObject

SHOWN = "briefs/test/brief.toml"
PRICE = "Price $5 and $10"  # mathtext would draw "Price 5and10"
FRACTION = r"$\frac{a}{b}$"  # ... a fraction
DEEP = "$" + "{" * 100 + "$"  # ... a RecursionError (Matplotlib 3.11 needs under 100 levels)
BROKEN = r"$\frac{a}$"  # ... a syntax error; short enough that the map key does not wrap it

toml = json.dumps  # a JSON string is a TOML basic string


def source(publisher: str = "Publisher Two") -> str:
    return f'\n[[sources]]\nid = "s2"\npublisher = {toml(publisher)}\ntitle = "Another report"\n'


def place(name: str, lat: float = 48.28, lon: float = 37.18) -> str:
    return f'\n[[places]]\nname = {toml(name)}\nlat = {lat}\nlon = {lon}\nsources = ["s1"]\n'


def point_layer(workspace: Path, label: str, names: list[str], cited: str = "s1") -> str:
    """A [[map.layers]] entry of named points near Pokrovsk, its GeoJSON file written beside the brief."""
    features = [{"type": "Feature", "properties": {"name": name},
                 "geometry": {"type": "Point", "coordinates": [37.45 - 0.1 * i, 48.35 + 0.12 * i]}}
                for i, name in enumerate(names)]
    folder = workspace / "briefs" / "test"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "points.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return (f'\n[[map.layers]]\nfile = "points.geojson"\nkind = "point"\nstyle = "point"\nlabel = {toml(label)}\n'
            f'sources = ["{cited}"]\n')


def series(workspace: Path, title: str, rows: list[tuple[str, str, str]]) -> str:
    """A [[series]] entry; `rows` are (party, kind, value) for two weeks each."""
    lines = ["date,party,kind,value,source"] + [f"{day},{party},{kind},{value},GS" for party, kind, value in rows
                                                for day in ("2025-09-01", "2025-09-08")]
    folder = workspace / "briefs" / "test"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "losses.csv").write_text("\n".join(lines) + "\n")
    return f'\n[[series]]\nfile = "losses.csv"\ntitle = {toml(title)}\nsources = ["s1"]\n'


def figure(party: str, claimant: str, value: int, **more: str) -> str:
    fields = {"label": "Killed", "unit": "soldiers", "kind": "killed", **more}
    extra = "".join(f"{key} = {toml(text)}\n" for key, text in fields.items())
    return (f'\n[[figures]]\n{extra}value = {value}\nparty = {toml(party)}\nclaimed_by = {toml(claimant)}\n'
            'status = "claimed"\nsources = ["s1"]\n')


def map_sidecar(workspace: Path) -> dict:
    [path] = (workspace / "figures").glob("test-map-*.json")
    return json.loads(path.read_text(encoding="utf-8"))


# --- Part 1: text handed to Matplotlib is never code ---------------------------------------------------------

@functools.cache
def svg_text(path: Path) -> dict[str, str]:
    """What an SVG written by Matplotlib with svg.fonttype "none" shows: each line of text it sets, as drawn
    (without spaces, as the glyph comparison this replaced had it)."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    shown = {}
    for element in root.iter("{http://www.w3.org/2000/svg}text"):
        line = "".join(element.itertext())
        shown[line] = line.replace(" ", "")
    return shown


def chart_text(workspace: Path) -> dict[str, str]:
    drawn: dict[str, str] = {}
    for path in sorted((workspace / "figures").glob("test-chart-*.svg")):
        drawn.update(svg_text(path))
    return drawn


def literal_width(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """The width of `text` set as typed on the map, in the sidecar's unit (a fraction of the map's width)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from briefing.figures.maps.request import HEIGHT_MM, WIDTH_MM

    fig = Figure(figsize=(WIDTH_MM / 25.4, HEIGHT_MM / 25.4), dpi=300)
    FigureCanvasAgg(fig)
    probe = fig.text(0, 0, text, fontsize=size, fontweight=weight, fontstyle=style, family="DejaVu Sans",
                     parse_math=False)
    return probe.get_window_extent(fig.canvas.get_renderer()).width / fig.bbox.width


def test_dollars_and_backslashes_on_the_map_are_drawn_as_typed(run, workspace):
    from briefing.figures.maps.render import SMALL
    from briefing.figures.maps.style import place_symbol

    layer_label, feature_names = r"Cost $\alpha$ and \$3", ["$x^2$ and $y$", FRACTION]
    brief = MINIMAL + place(PRICE) + place(FRACTION, 48.52, 37.71) + point_layer(workspace, layer_label, feature_names)
    write_brief(workspace, brief)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    data = map_sidecar(workspace)
    city = place_symbol("city")
    places = {f["name"]: f for f in data["features"] if f["layer"] == "places"}
    points = {f["name"]: f for f in data["features"] if f["layer"] == layer_label}
    labels = [(places[name], city.label_size, city.label_weight, "normal") for name in (PRICE, FRACTION)]
    labels += [(points[name], SMALL, "normal", "italic") for name in feature_names]
    for feature, size, weight, style in labels:
        assert feature["label"] == feature["name"]
        x0, _, x1, _ = feature["bbox"]  # the drawn label's box: as wide as the text set as typed
        assert x1 - x0 == pytest.approx(literal_width(feature["name"], size, weight, style), abs=2e-4)
    assert layer_label in [entry["label"] for entry in data["legend"]]


def test_chart_titles_parties_and_kinds_are_drawn_as_typed(run, workspace):
    title, parties, kinds = PRICE, [FRACTION, r"C:\new $x$"], ["$k$ killed", "wounded"]
    rows = [(party, kind, str(10 + i)) for i, (party, kind) in enumerate((p, k) for p in parties for k in kinds)]
    figures = figure(r"$\alpha$ side", "Claimant A", 100) + figure(r"$\alpha$ side", r"$\beta$ desk", 200)  # rivals
    write_brief(workspace, MINIMAL + series(workspace, title, rows) + figures)
    result = run("build", SHOWN, "--html")
    assert result.exit_code == 0, result.output
    drawn = chart_text(workspace)
    expected = [f"{title}: {kind}" for kind in kinds] + parties + [r"$\alpha$ side, per Claimant A",
                                                                   r"$\alpha$ side, per $\beta$ desk"]
    for text in expected:
        assert drawn.get(text) == text.replace(" ", ""), text
    assert PRICE in pdf_text(workspace / "out" / "test.pdf")  # the caption, in the page's own text


def test_text_that_breaks_mathtext_is_drawn_as_typed_on_the_map(run, workspace):
    """A place name, a feature name, a layer label and a publisher in the credit line, in one map."""
    brief = MINIMAL + source(DEEP) + place(DEEP) + point_layer(workspace, BROKEN, [DEEP], cited="s2")
    write_brief(workspace, brief)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    data = map_sidecar(workspace)
    assert [f["layer"] for f in data["features"] if f["name"] == DEEP] == ["places", BROKEN]  # place, feature
    assert BROKEN in [entry["label"] for entry in data["legend"]]
    assert data["credit"].endswith(f"Overlays: {DEEP}")


def test_text_that_breaks_mathtext_is_drawn_as_typed_in_charts(run, workspace):
    """A series title and party, and a figure's party, in one brief's charts."""
    party = DEEP + " party"  # as hostile, and told apart from the title
    brief = (MINIMAL + series(workspace, DEEP, [(party, "killed", "5"), ("B", "killed", "6")])
             + figure(DEEP, "Claimant A", 100) + figure(DEEP, "Claimant B", 200))  # rival claims of one party
    write_brief(workspace, brief)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    drawn = "".join("".join(element.itertext()) for path in sorted((workspace / "figures").glob("test-chart-*.svg"))
                    for element in ET.parse(path).iter("{http://www.w3.org/2000/svg}text"))  # every line, in order
    for shown in (DEEP, party, f"{DEEP}, per Claimant A"):
        assert shown.replace(" ", "") in drawn.replace(" ", ""), shown


# --- Part 2: nothing leaves the page -------------------------------------------------------------------------

def _glyph_widths(font) -> tuple[dict[int, float], float]:
    """A WeasyPrint font (Type0, Identity-H): glyph code -> advance width in 1/1000 em, and the default."""
    descendant = font["/DescendantFonts"][0].get_object()
    widths, table, i = {}, descendant.get("/W", []), 0
    while i < len(table):
        first = int(table[i])
        if isinstance(table[i + 1], list):
            widths.update({first + n: float(w) for n, w in enumerate(table[i + 1])})
            i += 2
        else:
            widths.update({code: float(table[i + 2]) for code in range(first, int(table[i + 1]) + 1)})
            i += 3
    return widths, float(descendant.get("/DW", 1000))


def _page_text(page) -> list[tuple[str, list[tuple[float, float]]]]:
    fonts = {name: _glyph_widths(font.get_object()) for name, font in page["/Resources"]["/Font"].items()}
    font: dict = {}
    ends: list[tuple[float, float]] = []
    found = []

    def operator(op, args, cm, tm):
        if op == b"Tf":
            font["widths"], font["size"] = fonts[args[0]], float(args[1])
        elif op == b"TJ":
            widths, default = font["widths"]
            advance = 0.0
            for item in args[0]:
                if isinstance(item, (NumberObject, FloatObject)):
                    advance -= float(item)  # a TJ adjustment moves the next glyph back
                    continue
                codes = item.original_bytes if isinstance(item, TextStringObject) else bytes(item)
                advance += sum(widths.get(int.from_bytes(codes[k:k + 2], "big"), default)
                               for k in range(0, len(codes), 2))
            for x in (0.0, advance / 1000 * font["size"]):
                tx, ty = tm[0] * x + tm[4], tm[1] * x + tm[5]
                ends.append((cm[0] * tx + cm[2] * ty + cm[4], cm[1] * tx + cm[3] * ty + cm[5]))

    def text(characters, *_):
        if characters.strip():
            found.append((characters, ends[:]))
        ends.clear()

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return found


def drawn_text(path: Path) -> list[tuple[int, str, list[tuple[float, float]]]]:
    """Each piece of text in the PDF: (page index, its characters, where its glyph runs start and end in PDF
    points), the ends found by adding up the glyphs' advance widths from the embedded fonts."""
    return [(number, characters, ends) for number, page in enumerate(PdfReader(path).pages)
            for characters, ends in _page_text(page)]


def on_and_off_the_page(path: Path) -> tuple[set[str], list[str]]:
    """The pieces of text drawn inside their page's box, and (the start of) those drawn partly outside it."""
    boxes = [page.mediabox for page in PdfReader(path).pages]
    inside, outside = set(), []
    for number, characters, ends in drawn_text(path):
        box = boxes[number]
        if all(box.left <= x <= box.right and box.bottom <= y <= box.top for x, y in ends):
            inside.add(characters.strip())
        else:
            outside.append(characters.strip()[:40])
    return inside, outside


LETTER = "\u0416"  # Ж: wide, and in no other text of these briefs
HEADERS = ["Figure", "Amount", "Party", "Claimed by", "Status", "Date", "Source"]


def printed(letter: str, pdf: Path) -> int:
    """How many times `letter` (in either case) is printed in the page bodies."""
    return pdf_text(pdf).lower().count(letter.lower())


@pytest.mark.parametrize("field", ["label", "kind"])  # the layout is the table's, not the cell's: two suffice
def test_a_long_word_in_a_figures_cell_stays_on_the_page(run, workspace, field):
    word = LETTER * 3000  # as unbreakable as the 5,000 of the report; WeasyPrint breaks it in time quadratic in its length
    claimant = word if field == "claimed_by" else "Claimant A"
    hostile = {} if field == "claimed_by" else {field: word}
    rows = figure("Ukraine", "Claimant B", 5, date="on Sunday") + figure("Russia", claimant, 7, **hostile)
    write_brief(workspace, MINIMAL + rows)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    pdf = workspace / "out" / "test.pdf"
    inside, outside = on_and_off_the_page(pdf)
    assert set(HEADERS) <= inside  # all seven columns, the widest table a brief makes, are on the page
    assert outside == []
    assert printed(LETTER, pdf) == len(word)  # wrapped, every letter of it, none cut off


@pytest.mark.parametrize("field", ["title", "author", "region", "organisation", "marking"])
def test_a_long_word_in_the_title_block_stays_on_the_page(run, workspace, field):
    word = LETTER * 2000
    brief = MINIMAL.replace('"Minimal brief"', toml(word) if field == "title" else '"Minimal brief"')
    brief = brief.replace("[brief]\n", "[brief]\n" + {"author": f"authors = [{toml(word)}]\n",
                                                      "region": f"region = {toml(word)}\n"}.get(field, ""))
    if field in ("organisation", "marking"):
        (workspace / "config.toml").write_text(f"{field} = {toml(word)}\n")
    write_brief(workspace, brief)
    result = run("build", SHOWN)
    assert result.exit_code == 0, result.output
    pdf = workspace / "out" / "test.pdf"
    assert on_and_off_the_page(pdf)[1] == []
    assert printed(LETTER, pdf) == len(word)  # the title block prints it whole (the running heads shorten it)


def test_a_row_or_statement_taller_than_a_page_splits_and_leaves_no_page_empty(run, workspace):
    from conftest import BOTTOM_MARGIN_PT, TOP_MARGIN_PT, body_text

    def sentences(what: str, count: int) -> str:
        return " ".join(f"{what} sentence {n} says what the source reported of the fighting there." for n in range(count))

    facts = "".join(f'\n[[facts]]\ntext = "Fact number {n} of the day, said plainly."\nsources = ["s1"]\n'
                    for n in range(30))  # most of the first page, so what follows starts low on a page
    timeline = (f'\n[[timeline]]\nwhen = "in spring"\ntext = "{sentences("Timeline", 90)}"\nsources = ["s1"]\n'
                '\n[[timeline]]\nwhen = "in summer"\ntext = "A short entry."\nsources = ["s1"]\n')
    quote = f'\n[[quotes]]\ntext = "{sentences("Quoted", 90)}"\nspeaker = "A long speaker"\nsources = ["s1"]\n'
    write_brief(workspace, MINIMAL + facts + quote + timeline)  # a place note splits as a timeline entry does
    assert run("build", SHOWN).exit_code == 0
    reader = PdfReader(workspace / "out" / "test.pdf")
    pages = [" ".join(body_text(page).split()) for page in reader.pages]
    assert len(pages) >= 4
    height = float(reader.pages[0].mediabox.height)
    quarter = BOTTOM_MARGIN_PT + (height - TOP_MARGIN_PT - BOTTOM_MARGIN_PT) / 4
    unfilled = [n for n, page in enumerate(reader.pages[:-1], start=1) if _lowest_text(page) > quarter]
    assert unfilled == []  # the text of every page but the last reaches its last quarter: none holds only a heading
    for text in ("Timeline sentence 0 ", "Timeline sentence 89 ", "Quoted sentence 0 ", "Quoted sentence 89 "):
        assert sum(text in page for page in pages) == 1  # every sentence printed, once


def _lowest_text(page) -> float:
    """The height above the page's foot of its lowest line of body text (the running foot left out)."""
    from conftest import BOTTOM_MARGIN_PT

    heights: list[float] = []

    def keep(text, cm, tm, *_):
        y = cm[5] + tm[5] * cm[3]
        if text.strip() and y > BOTTOM_MARGIN_PT:
            heights.append(y)

    page.extract_text(visitor_text=keep)
    return min(heights, default=float("inf"))
