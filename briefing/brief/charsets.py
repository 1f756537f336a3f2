"""How the bytes of an archived copy become text, as the programs that wrote them meant: a byte order mark (UTF-8,
UTF-16), a web page's declared charset (its <meta>, or its XML declaration) read as browsers read it, else UTF-8,
else Windows-1252. Each reading says how it read the bytes where a reader of the draft should know."""

from __future__ import annotations

import codecs
import re

BOMS = ((codecs.BOM_UTF8, "utf-8-sig", ""),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (little-endian, with a byte order mark)"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (big-endian, with a byte order mark)"))
# Codecs Python has that no web page means: browsers know none of them (UTF-7 they refuse, as a way round filters).
NOT_CHARSETS = {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7", "mbcs", "oem"}
SNIFF_BYTES = 8_192  # of a web page, looked through for the charset it declares
DECLARED_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|"""
                               rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def html_decoded(data: bytes) -> tuple[str, str]:
    """The page as text, and how it was read where a reader should know (not for UTF-8). A declared charset
    that is unknown, or that the bytes are not in, is passed over, and the reading says so."""
    for bom, codec, said in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), said
    found = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if found is None:
        return utf8_else_cp1252(data)
    declared = (found.group(1) or found.group(2)).decode("ascii")
    where = "its <meta>" if found.group(1) else "its XML declaration"
    known = html_codec(declared)
    if known is None:
        return utf8_else_cp1252(data, f"the charset {declared!r} {where} declares is unknown")
    codec = known
    try:
        text = data.decode(codec, errors="replace" if codec == "cp1252" else "strict")
    except UnicodeError:  # UnicodeDecodeError, or a codec's own complaint
        return utf8_else_cp1252(data, f"it is not the {declared} {where} declares", given=codec)
    if codec == "utf-8":
        return text, ""
    if codec == "cp1252" and codecs.lookup(declared).name != "cp1252":
        return text, f"Windows-1252, as browsers read the {declared} {where} declares"
    return text, f"{declared}, as {where} says"


def html_codec(label: str) -> str | None:
    """The Python codec a browser uses for a declared charset (WHATWG: Latin-1 and ASCII mean Windows-1252, a
    declared UTF-16 means UTF-8), or None if no text codec has that name."""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_CHARSETS:  # Python's codecs, no charsets
        return None
    if info.name in ("iso8859-1", "ascii"):
        return "cp1252"
    return "utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name


def utf8_else_cp1252(data: bytes, why: str = "", given: str = "") -> tuple[str, str]:
    """UTF-8 if the bytes are, else Windows-1252 (its five undefined bytes replaced); and how, saying `why`
    (what was passed over) where there is one. `given` is a codec already tried."""
    if given != "utf-8":
        try:
            return data.decode("utf-8"), f"UTF-8, as {why}" if why else ""
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1252", errors="replace")
    if given == "utf-8":
        return text, f"Windows-1252, as {why}"
    return text, f"Windows-1252, as it is not UTF-8{' and ' + why if why else ''}"
