"""The text of an archived copy from its bytes, one reader per format, as desks receive them: plain text (UTF-8,
UTF-16 with a byte order mark, else Windows-1252), a web page, a PDF, a Word document (.docx) and a saved e-mail
(.eml). Every byte is untrusted: a reader says what is wrong in its own words (the file's name, never its
content) and raises Unreadable; `archive.read_archive` runs every reader but the plain-text one in a worker
process, within a time limit and a memory ceiling."""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import logging
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from xml.parsers import expat

from briefing.brief.charsets import BOMS, html_decoded, utf8_else_cp1252
from briefing.errors import BriefingError

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".eml": "email"}
MAX_PDF_PAGES = 500
MAX_TEXT_CHARS = 2_000_000  # of extracted text: far more than any article or report
MAX_DOCX_MEMBERS = 1_000    # files inside a .docx: Word writes a few dozen, one per picture more
MAX_TITLE_CHARS = 300       # an e-mail's Subject, as a title
MAX_FORWARDED = 3           # messages forwarded within forwarded messages, as deep as that is read
DOCX_BODY = "word/document.xml"
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file: an encrypted Office document, a .doc
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FORWARDED = re.compile(r"^\s*(?:(?:fwd?|fw|tr|wg|re)\s*:\s*)+", re.IGNORECASE)
# What a mail program writes into the body it forwards: a marker line, then the original's headers.
_FORWARD_MARKER = re.compile(r"^\s*-{3,}\s*(?:Forwarded message|Original Message|Begin forwarded message)\b.*$|"
                             r"^\s*Begin forwarded message:\s*$", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*(?:From|Date|Sent|Subject|To|Cc|Reply-To)\s*:", re.IGNORECASE)


class Unreadable(BriefingError):
    """An archived copy whose text cannot be had: not text, not a PDF, a web page without main text (B901)."""


@dataclass(frozen=True)
class Extracted:
    text: str
    read_as: str = ""  # how it was read, where a reader should know: "Windows-1252", "the e-mail's text/html part"
    title: str = ""    # the title the file gives itself (an e-mail's Subject), "" if none


def extract(data: bytes, kind: str, name: str, max_bytes: int) -> Extracted:
    """The text of an archived copy of `kind` (a value of KINDS); `max_bytes` bounds what a packed format
    (.docx) may unpack to."""
    readers: dict[str, Callable[[bytes, str], Extracted]] = {
        "text": plain_text, "html": html_page,
        "pdf": lambda d, n: Extracted(_pdf_text(d, n)), "docx": lambda d, n: docx_text(d, n, max_bytes),
        "email": email_text}
    found = readers[kind](data, name)
    if not found.text.strip():
        raise Unreadable(f"{name!r} holds no text")
    return Extracted(found.text[:MAX_TEXT_CHARS], found.read_as, found.title)


def plain_text(data: bytes, name: str) -> Extracted:
    """UTF-8 or UTF-16 by their byte order mark, else UTF-8, else Windows-1252 (Windows' "ANSI", which decodes
    every byte but five). Text with NUL bytes is not text: UTF-16 without a byte order mark, or a binary file."""
    for bom, codec, said in BOMS:
        if data.startswith(bom):
            try:
                return _no_nul(Extracted(data.decode(codec), said), name)
            except UnicodeDecodeError as error:
                raise Unreadable(f"{name!r} is not {said or 'UTF-8'} text as its first bytes say "
                                 f"(byte {error.start})") from None
    try:
        return _no_nul(Extracted(data.decode("utf-8")), name)
    except UnicodeDecodeError:
        pass
    try:
        return _no_nul(Extracted(data.decode("cp1252"), "Windows-1252, as it is not UTF-8"), name)
    except UnicodeDecodeError as error:
        raise Unreadable(f"{name!r} is not text in UTF-8, UTF-16 or Windows-1252 (byte {error.start})") from None


def _no_nul(found: Extracted, name: str) -> Extracted:
    if "\0" in found.text:
        raise Unreadable(f"{name!r} holds NUL bytes: not text (UTF-16 without a byte order mark, or a binary file)")
    return found


def html_page(data: bytes, name: str) -> Extracted:
    """A saved web page's main text, its bytes decoded as a browser would: by its byte order mark, else by the
    charset its <meta> (or XML declaration) declares, else UTF-8, else Windows-1252."""
    page, read_as = html_decoded(data)
    return Extracted(html_text(page, name), read_as)


def html_text(page: str, name: str) -> str:
    """The page's main text, without navigation, boxes and footers (trafilatura); paragraphs parted by blank
    lines."""
    import trafilatura

    try:
        text = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True,
                                   deduplicate=False)
    except Exception:  # lxml and trafilatura raise many kinds on broken input; the user needs one line
        text = None
    if not text:
        raise Unreadable(f"{name!r}: no main text found in this web page")
    return "\n\n".join(text.splitlines())


def _pdf_text(data: bytes, name: str) -> str:
    """The text layer of each page (at most MAX_PDF_PAGES), pages parted as paragraphs. A scanned PDF without
    a text layer has none: it cannot be verified against."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with _quiet("pypdf"):  # its own notices ("EOF marker not found") would be a second line on stderr
            reader = PdfReader(io.BytesIO(data))
            if len(reader.pages) > MAX_PDF_PAGES:
                raise Unreadable(f"{name!r} has {len(reader.pages)} pages; an archived copy may have {MAX_PDF_PAGES}")
            pages = [page.extract_text() or "" for page in reader.pages]
    except (Unreadable, MemoryError):  # the worker tells a reading that ran out of memory by its MemoryError
        raise
    except Exception as error:  # pypdf raises many kinds on a broken file (AttributeError, RecursionError, ...)
        kind = type(error).__name__ if isinstance(error, (PyPdfError, ValueError, OSError)) else "damaged"
        raise Unreadable(f"{name!r} cannot be read as PDF ({kind})") from None
    return "\n\n".join(pages)


@contextlib.contextmanager
def _quiet(library: str) -> Iterator[None]:
    """Neither the library's log records nor its warnings are printed while it reads: what it could not read
    is said once, by the reader that called it, in the user's terms."""
    logger = logging.getLogger(library)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def docx_text(data: bytes, name: str, max_bytes: int) -> Extracted:
    """A Word document's body, paragraph by paragraph in order, a table's row as one paragraph of its cells
    (" | " between them). A .docx is a zip: at most MAX_DOCX_MEMBERS files, unpacking to at most `max_bytes`
    by what its directory declares, and no part is read past what it declares. A password-protected document
    is not a zip but an OLE compound file (as Word 97-2003's .doc is): refused as such, as is a zip whose parts
    are encrypted."""
    if data.startswith(OLE_MAGIC):
        why = "password-protected" if "EncryptionInfo".encode("utf-16-le") in data else "an OLE compound file"
        raise Unreadable(f"{name!r} is encrypted or not a Word document (.docx): it is {why}; save it without "
                         "a password, as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as packed:
            members = packed.infolist()
            if len(members) > MAX_DOCX_MEMBERS:
                raise Unreadable(f"{name!r} holds {len(members):,} files; a Word document may hold "
                                 f"{MAX_DOCX_MEMBERS:,}")
            unpacked = sum(member.file_size for member in members)
            if unpacked > max_bytes:
                raise Unreadable(f"{name!r} unpacks to {unpacked:,} bytes; the limit is {max_bytes:,} "
                                 "(limits.max_file_bytes in config.toml)")
            if DOCX_BODY not in packed.namelist():
                raise Unreadable(f"{name!r} is not a Word document (.docx): it has no {DOCX_BODY}")
            with packed.open(DOCX_BODY) as stream:
                body = stream.read(max_bytes + 1)
    except RuntimeError:  # zipfile: "File ... is encrypted, password required for extraction"
        raise Unreadable(f"{name!r} is encrypted or not a Word document (.docx): its {DOCX_BODY} is encrypted; "
                         "save it without a password, as .docx") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, OSError,
            ValueError) as error:
        detail = "damaged compressed data" if isinstance(error, zlib.error) else type(error).__name__
        raise Unreadable(f"{name!r} cannot be read as a Word document (.docx) ({detail})") from None
    if len(body) > max_bytes:  # a directory that understates a part: zipfile stops at its word, so never here
        raise Unreadable(f"{name!r} unpacks past {max_bytes:,} bytes (limits.max_file_bytes in config.toml)")
    return Extracted("\n\n".join(_DocxBody(name).read(body)))


class _DocxBody:
    """WordprocessingML's paragraphs (w:p) and table rows (w:tr) as text, in document order, read with expat as
    it streams (no tree is built). A part that declares a DOCTYPE is refused before any entity is expanded:
    Office never writes one."""

    def __init__(self, name: str):
        self.name = name
        self.blocks: list[str] = []
        self.runs: list[list[str]] = []    # the open paragraphs' text (a text box's paragraph opens inside one)
        self.cells: list[list[str]] = []   # the open table cells' paragraphs
        self.rows: list[list[str]] = []    # the open table rows' cells
        self.in_text = 0

    def read(self, body: bytes) -> list[str]:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        try:
            parser.Parse(body, True)
        except expat.ExpatError as error:
            raise Unreadable(f"{self.name!r}: its {DOCX_BODY} is not well-formed XML (line {error.lineno})") from None
        return [block for block in self.blocks if block.strip()]

    def _refuse(self, *_: object) -> None:
        raise Unreadable(f"{self.name!r}: its {DOCX_BODY} declares a DOCTYPE or entities, which Word never writes")

    def _start(self, tag: str, _attributes: dict[str, str]) -> None:
        namespace, _, local = tag.rpartition(" ")
        if namespace != W:
            return
        if local == "p":
            self.runs.append([])
        elif local == "t":
            self.in_text += 1
        elif local in ("tab", "br", "cr") and self.runs:
            self.runs[-1].append("\t" if local == "tab" else "\n")
        elif local == "tr":
            self.rows.append([])
        elif local == "tc":
            self.cells.append([])

    def _end(self, tag: str) -> None:
        namespace, _, local = tag.rpartition(" ")
        if namespace != W:
            return
        if local == "t":
            self.in_text -= 1
        elif local == "p" and self.runs:
            self._emit("".join(self.runs.pop()))
        elif local == "tc" and self.cells and self.rows:
            self.rows[-1].append(" ".join(p for p in self.cells.pop() if p.strip()))
        elif local == "tr" and self.rows:
            self._emit(" | ".join(self.rows.pop()))

    def _emit(self, text: str) -> None:
        """A finished paragraph or row: into the paragraph (text box) or cell it stands in, else the body."""
        if self.runs:
            self.runs[-1].append(f" {text} ")
        elif self.cells:
            self.cells[-1].append(text)
        else:
            self.blocks.append(text)

    def _characters(self, data: str) -> None:
        if self.in_text and self.runs:
            self.runs[-1].append(data)


def email_text(data: bytes, name: str) -> Extracted:
    """A saved e-mail's body (a newsletter forwarded to the desk): its text/plain part, else its text/html part
    reduced like a web page; then, in order, those of each message it forwards as an attachment (message/rfc822).
    A part in a charset no codec knows is read as UTF-8, else Windows-1252, and the reading says so. Headers are
    not content; the Subject, less "Fwd:", is the title."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        bodies = _bodies(message, 0)
        if not bodies:
            raise Unreadable(f"{name!r}: this e-mail has no text/plain or text/html part")
        read = [(*_part_text(part, subtype, name, alone=len(bodies) == 1), subtype, depth)
                for part, subtype, depth in bodies]
        subject = str(message.get("subject", "") or "")
    except Unreadable:
        raise
    except Exception as error:  # the email package raises many kinds on broken input; the user needs one line
        raise Unreadable(f"{name!r} cannot be read as an e-mail ({type(error).__name__})") from None
    read = [body for body in read if body[0].strip()]
    text = "\n\n".join(_without_forwarding(body.replace("\r\n", "\n")) for body, *_ in read)
    said = [(f"the e-mail's {subtype} part" if depth == 0 else f"the {subtype} part of the message it forwards") + how
            for _, how, subtype, depth in read]
    return Extracted(text, ", then ".join(said), _title(subject))


def _part_text(part: EmailMessage, subtype: str, name: str, alone: bool) -> tuple[str, str]:
    """A body part's text (a web page's main text for text/html: none, unless it is the e-mail's only body,
    where it has none), and how its bytes were read where its charset is unknown (" (its charset 'x' is
    unknown: read as UTF-8)")."""
    try:
        content, how = part.get_content(), ""
    except (LookupError, UnicodeError):  # a charset no codec knows: decode the bytes as plain text is decoded
        charset = str(part.get_param("charset", ""))
        raw = part.get_payload(decode=True)
        content, read_as = utf8_else_cp1252(raw if isinstance(raw, bytes) else b"")
        how = f" (its charset {charset!r} is unknown: read as {read_as.split(',')[0] or 'UTF-8'})"
    if not isinstance(content, str):
        raise Unreadable(f"{name!r}: this e-mail's text part is not text")
    if subtype != "text/html":
        return content, how
    try:
        return html_text(content, name), how
    except Unreadable:  # a cover note in HTML that says only "see the attached"
        if alone:
            raise
        return "", how


def _without_forwarding(text: str) -> str:
    """The body without the forwarding marker and the original's From:, Date:, Subject: ... lines after it:
    headers, not content."""
    kept: list[str] = []
    in_headers = False
    for line in text.split("\n"):
        if _FORWARD_MARKER.match(line):
            in_headers = True
            continue
        if in_headers and (not line.strip() or _HEADER_LINE.match(line)):
            continue
        in_headers = False
        kept.append(line)
    return "\n".join(kept)


def _bodies(message: EmailMessage, depth: int) -> list[tuple[EmailMessage, str, int]]:
    """(part, "text/plain" or "text/html", how deep) of the message's own body (its text/plain part, else its
    text/html part), then of each message it forwards as an attachment, depth first, at most MAX_FORWARDED deep."""
    found: list[tuple[EmailMessage, str, int]] = []
    for subtype in ("plain", "html"):
        part = message.get_body(preferencelist=(subtype,))
        if isinstance(part, EmailMessage):
            found.append((part, f"text/{subtype}", depth))
            break
    if depth < MAX_FORWARDED:
        for inner in _attached_messages(message):
            found += _bodies(inner, depth + 1)
    return found


def _attached_messages(part: EmailMessage) -> list[EmailMessage]:
    """The messages attached to `part` (message/rfc822), not those attached to them."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_content()
        return [inner] if isinstance(inner, EmailMessage) else []
    if not part.is_multipart():
        return []
    return [message for sub in part.iter_parts() if isinstance(sub, EmailMessage)
            for message in _attached_messages(sub)]


def _title(subject: str) -> str:
    """The Subject as a title: one line, without "Fwd:" or "Re:", control and format characters dropped."""
    shown = "".join(c for c in subject if unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(_FORWARDED.sub("", shown).split())[:MAX_TITLE_CHARS]
