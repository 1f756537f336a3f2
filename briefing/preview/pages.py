"""Images of a PDF's pages, drawn from the PDF itself by PDFium: the pages as WeasyPrint laid them out."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

CSS_PX_PER_PT = 96 / 72  # a CSS pixel is 1/96 inch, a PDF point 1/72
DEVICE_PX_PER_CSS_PX = 2  # drawn at twice screen resolution: sharp on a high-DPI screen too


@dataclass(frozen=True)
class Page:
    name: str  # "<digest of its pixels>.png": a new name whenever the page looks different
    width: int  # CSS pixels, as the page is shown
    height: int


class PageImages:
    """The PNG images of the current and the previous PDF's pages, by name. A page whose pixels an edit left
    as they were keeps its name and is not encoded again."""

    def __init__(self) -> None:
        self.current: dict[str, bytes] = {}
        self.previous: dict[str, bytes] = {}

    def draw(self, pdf: bytes) -> tuple[list[Page], dict[str, Any]]:
        """Every page of `pdf`, and the pictures (PIL images) of those not encoded yet, by name: `png` encodes
        them, several at once if it likes, then `keep` keeps them."""
        import pypdfium2

        document = pypdfium2.PdfDocument(pdf)
        pages: list[Page] = []
        fresh: dict[str, Any] = {}
        try:
            for index in range(len(document)):
                page = document[index]
                width, height = page.get_size()
                bitmap = page.render(scale=DEVICE_PX_PER_CSS_PX * CSS_PX_PER_PT, may_draw_forms=False)
                name = hashlib.blake2b(bitmap.buffer, digest_size=16).hexdigest() + ".png"
                if self.image(name) is None:
                    fresh[name] = bitmap.to_pil().copy()  # a copy: the bitmap's memory goes with the document
                pages.append(Page(name, round(width * CSS_PX_PER_PT), round(height * CSS_PX_PER_PT)))
        finally:
            document.close()
        return pages, fresh

    def keep(self, pages: list[Page], encoded: dict[str, bytes]) -> None:
        """The images of `pages` become the current ones; those of the PDF before the last are forgotten."""
        known = {**self.previous, **self.current, **encoded}
        self.previous, self.current = self.current, {page.name: known[page.name] for page in pages}

    def image(self, name: str) -> bytes | None:
        return self.current.get(name) or self.previous.get(name)


def png(picture: Any) -> bytes:
    """PNG at the lowest compression level: four times faster to write than the default, a tenth larger.
    Pillow lets go of the interpreter while it encodes, so several pages encode at once."""
    stream = io.BytesIO()
    picture.save(stream, "PNG", compress_level=1)
    return stream.getvalue()
