"""Images are inspected before anything decodes them. The file must be a regular file within
limits.max_file_bytes. A picture may have at most limits.max_image_pixels pixels, read from its header only. An
SVG may be at most limits.max_svg_bytes, may declare no entities, and may have at most limits.max_svg_elements
elements once every <use> is expanded. `check` (B505) and the PDF renderer's URL fetcher (B702) both ask
`examine`, so an image over a limit is never decoded.

What is an image is judged as WeasyPrint judges it: whatever Pillow opens is a picture, and anything else is
parsed as XML, whatever its name.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Literal
from xml.parsers import expat

from briefing.brief import contained
from briefing.config import Limits

Kind = Literal["picture", "svg"]
CHUNK = 1 << 16
XLINK_HREF = "http://www.w3.org/1999/xlink href"  # the parser joins a namespace and a name with a space


class Refused(Exception):
    """Why an image may not be read. The message names the image as it was written and the limit, and never
    shows the image's content."""


def inspect_image(path: Path, limits: Limits, name: str | None = None) -> str | None:
    """Why the file at `path`, shown as an image named `name`, may not be read. None if it may."""
    name = path.name if name is None else name
    try:
        if examine(read_file(path, name, limits.max_file_bytes), name, limits) is None:
            return f"image {name!r} is not an image: neither a picture format Pillow reads nor SVG"
    except Refused as refused:
        return str(refused)
    return None


def read_file(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them (see briefing.brief.contained)."""
    try:
        return contained.read_real(path, f"image {name!r}", max_bytes)
    except contained.Refused as refused:
        raise Refused(str(refused)) from None


def examine(data: bytes, name: str, limits: Limits) -> Kind | None:
    """What `data` would be decoded as: a "picture", an "svg", or None for neither (a stylesheet, say). Raises
    Refused if it is over a limit. Nothing is decoded."""
    if _picture(data, name, limits):
        return "picture"
    return "svg" if _svg(data, name, limits) else None


def _picture(data: bytes, name: str, limits: Limits) -> bool:
    """Whether Pillow opens `data`. Image.open reads only the header. Raises Refused if the picture has more
    pixels than the limit."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning and format guesses: the limit is ours
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Image.DecompressionBombError:  # more than twice Image.MAX_IMAGE_PIXELS: Pillow won't decode it
            raise Refused(_too_many_pixels(name, 2 * (Image.MAX_IMAGE_PIXELS or 0), limits.max_image_pixels)) from None
        except Exception:  # Pillow raises many kinds for what it cannot read; WeasyPrint then tries SVG
            return False
    if width * height > limits.max_image_pixels:
        raise Refused(f"image {name!r} is {width:,} x {height:,} pixels; the limit is {limits.max_image_pixels:,} "
                      "(limits.max_image_pixels in config.toml)")
    return True


def decode(data: bytes, name: str) -> None:
    """Decode a picture that `examine` let through (so its pixels are within the limit); Refused if its data
    is damaged. The PDF renderer calls this in its worker process, bounded in time and memory, so that a damaged
    picture is left out by name instead of failing the whole PDF."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
        except Exception:
            raise Refused(f"image {name!r} is damaged: its header reads, its pixels do not") from None


def _too_many_pixels(name: str, cap: int, limit: int) -> str:
    if cap < limit:
        return f"image {name!r} has more than {cap:,} pixels, more than Pillow decodes"
    return (f"image {name!r} has more than {cap:,} pixels; the limit is {limit:,} "
            "(limits.max_image_pixels in config.toml)")


def _svg(data: bytes, name: str, limits: Limits) -> bool:
    """Whether `data` is an SVG document. Raises Refused if it is too long, declares entities, or has too many
    elements once its <use> elements are expanded. Anything that is not XML is left to the caller."""
    shape = _Shape(name, limits.max_svg_elements)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = shape.doctype
    parser.EntityDeclHandler = shape.entity
    parser.StartElementHandler = shape.start
    parser.EndElementHandler = shape.end
    try:
        for start in range(0, min(len(data), limits.max_svg_bytes), CHUNK):
            parser.Parse(data[start:min(start + CHUNK, limits.max_svg_bytes)], False)
        if len(data) > limits.max_svg_bytes:
            raise Refused(f"image {name!r} is {len(data):,} bytes; the limit for SVG is {limits.max_svg_bytes:,} "
                          "(limits.max_svg_bytes in config.toml)")
        parser.Parse(b"", True)
    except expat.ExpatError:
        return False  # not XML: WeasyPrint can't read it as SVG either
    shape.check_expanded()
    return shape.root_is_svg


class _Shape:
    """The elements of an SVG as the parser meets them: each one's children, the id its <use> refers to, and
    whether it is a <defs> (whose elements are drawn only where a <use> refers to them). Only the shape is kept,
    never text or attribute values."""

    def __init__(self, name: str, limit: int):
        self.name, self.limit = name, limit
        self.children: list[list[int]] = []
        self.refers: list[str | None] = []  # the id a <use> element refers to
        self.ids: dict[str, int] = {}
        self.defs: set[int] = set()
        self.open: list[int] = []
        self.root_is_svg = False

    def doctype(self, name: str, system_id: str | None, public_id: str | None, internal_subset: int) -> None:
        # A DOCTYPE that only names a DTD (Matplotlib writes one) is not read. Entities are declared in an
        # internal subset, so that is refused before any entity is declared.
        if internal_subset:
            raise Refused(f"image {self.name!r} declares entities (a DOCTYPE with an internal subset); "
                          "they are not read")

    def entity(self, *declaration: object) -> None:
        raise Refused(f"image {self.name!r} declares entities; they are not read")

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        index = len(self.children)
        if index >= self.limit:
            raise self.too_many()
        local_name = tag.rpartition(" ")[2]  # without its namespace
        if self.open:
            self.children[self.open[-1]].append(index)
        else:
            self.root_is_svg = local_name == "svg"
        self.children.append([])
        if local_name == "defs":
            self.defs.add(index)
        href = (attributes.get("href") or attributes.get(XLINK_HREF) or "") if local_name == "use" else ""
        self.refers.append(href.partition("#")[2] or None)  # "other.svg#id" is counted as this file's #id
        if "id" in attributes:
            self.ids.setdefault(attributes["id"], index)  # WeasyPrint uses the first element with an id
        self.open.append(index)

    def end(self, tag: str) -> None:
        self.open.pop()

    def too_many(self) -> Refused:
        return Refused(f"image {self.name!r} expands to more than {self.limit:,} elements "
                       "(limits.max_svg_elements in config.toml)")

    def check_expanded(self) -> None:
        """Refuse the SVG if it has more elements than the limit once drawn: each <use> counted as itself and
        what it refers to, each <defs> as the elements it holds. Refuse it too if a <use> refers to itself or
        to an element holding it. Each element's count is computed once, without recursion."""
        held = [1] * len(self.children)  # the elements of each one's subtree, as written
        for node in reversed(range(len(self.children))):  # children come after their parent
            held[node] += sum(held[child] for child in self.children[node])
        WHITE, GREY, BLACK = 0, 1, 2
        colour = [WHITE] * len(self.children)
        drawn = [0] * len(self.children)
        stack: list[tuple[int, bool]] = [(0, False)] if self.children else []
        while stack:
            node, finished = stack.pop()
            edges = self._edges(node)
            if finished:
                drawn[node] = held[node] if node in self.defs else 1 + sum(drawn[edge] for edge in edges)
                if drawn[node] > self.limit:
                    raise self.too_many()  # the root draws every element counted here, so it has more still
                colour[node] = BLACK
            elif colour[node] == WHITE:
                colour[node] = GREY
                stack.append((node, True))
                for edge in edges:
                    if colour[edge] == GREY:  # on the path from the root to here
                        raise Refused(f"image {self.name!r} has a <use> that refers to itself or to an element "
                                      "holding it")
                    if colour[edge] == WHITE:
                        stack.append((edge, False))

    def _edges(self, node: int) -> list[int]:
        """The elements drawn as part of `node`: its children, and what its <use> refers to."""
        if node in self.defs:
            return []
        referred = self.refers[node]
        target = self.ids.get(referred) if referred else None
        return self.children[node] + ([target] if target is not None else [])
