"""Archived copies as desks receive them: text in UTF-8, UTF-16 with a byte order mark or Windows-1252, a Word
document (.docx), a saved e-mail (.eml). Each is built here from real bytes; each readable one verifies like the
UTF-8 text of the same article, and drafts; each broken one is one line (B901), the rest of the brief checked."""

from __future__ import annotations

import codecs
import html
import io
import tomllib
import zipfile
from email.message import EmailMessage
from xml.sax.saxutils import escape

import pytest
from conftest import MINIMAL, write_brief
from test_verify import ARTICLE, SMALL

from briefing.brief.archive import paragraphs
from briefing.brief.archive_formats import docx_text, email_text, plain_text

CAFE = "\u201cNous restons,\u201d said Am\u00e9lie Durand, who runs the caf\u00e9 on the square."
WITH_CAFE = SMALL + '''
[[quotes]]
speaker = "Am\u00e9lie Durand"
text = "Nous restons"
sources = ["s1"]
'''
SUMMARY = "1 of 1 direct quotes, 2 of 2 figures, 1 of 1 other statements and facts verified; 0 claims unverifiable\n"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
TABLE = [["Site", "Shelters open"], ["Kramatorsk", "12"]]


def paragraph(text: str) -> str:
    """A w:p whose text is cut into two runs (as Word does at any change of formatting)."""
    half = len(text) // 2
    return "".join(["<w:p>", *(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
                               for part in (text[:half], text[half:])), "</w:p>"])


def document_xml(paragraphs: list[str], table: list[list[str]] = TABLE, doctype: str = "") -> str:
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in table)
    deleted = '<w:p><w:del><w:r><w:delText>Deleted words.</w:delText></w:r></w:del></w:p>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}<w:document xmlns:w="{W}"><w:body>'
            + "".join(paragraph(p) for p in paragraphs) + deleted + f"<w:tbl>{rows}</w:tbl><w:sectPr/></w:body>"
            "</w:document>")


def docx_bytes(body: str, extra_members: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("[Content_Types].xml", CONTENT_TYPES)
        packed.writestr("_rels/.rels", RELS)
        packed.writestr("word/document.xml", body)
        for n in range(extra_members):
            packed.writestr(f"word/media/image{n}.png", b"")
    return buffer.getvalue()


def eml_bytes(plain: bool) -> bytes:
    message = EmailMessage()
    message["From"] = "Desk Officer <officer@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Fwd: City emptied as fighting nears"
    forwarded = ("---------- Forwarded message ---------\nFrom: News <news@example.com>\nDate: Mon, 3 Mar 2025\n"
                 "Subject: City emptied as fighting nears\n\n")
    page = ("<html><body><div class='nav'><a href='/'>Home</a></div><article><h1>City emptied</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE) + "</article></body></html>")
    if plain:
        message.set_content(forwarded + "\n\n".join(ARTICLE) + "\n")
        message.add_alternative(page, subtype="html")
    else:
        message.set_content(page, subtype="html")
    return bytes(message)


ARTICLE_TEXT = "\n\n".join(ARTICLE)
READABLE = {
    "utf16.txt": codecs.BOM_UTF16_LE + (ARTICLE_TEXT + "\r\n\r\n" + CAFE).encode("utf-16-le"),
    "cp1252.txt": (ARTICLE_TEXT + "\r\n\r\n" + CAFE).encode("cp1252"),
    "copy.docx": docx_bytes(document_xml([*ARTICLE, CAFE])),
    "plain.eml": eml_bytes(plain=True),
    "html.eml": eml_bytes(plain=False),
}
READ_AS = {"utf16.txt": "UTF-16 (little-endian, with a byte order mark)", "cp1252.txt": "Windows-1252, as it is not UTF-8",
           "copy.docx": "", "plain.eml": "the e-mail's text/plain part", "html.eml": "the e-mail's text/html part"}


def test_the_encodings_a_desk_receives_are_told_apart():
    assert plain_text(READABLE["utf16.txt"], "a.txt").text == ARTICLE_TEXT + "\r\n\r\n" + CAFE
    assert plain_text(READABLE["cp1252.txt"], "a.txt").text == ARTICLE_TEXT + "\r\n\r\n" + CAFE
    assert plain_text(codecs.BOM_UTF8 + CAFE.encode("utf-8"), "a.txt").text == CAFE
    assert plain_text(codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"), "a.txt").read_as.startswith("UTF-16 (big")
    assert plain_text(CAFE.encode("utf-8"), "a.txt").read_as == ""


def test_wire_copys_double_backticks_and_apostrophes_are_quote_marks(run, workspace):
    """Wire copy and typewritten archives write a double mark as two backticks and two apostrophes: the quote is
    drafted with its speaker, and a brief quoting it in ordinary marks verifies against it."""
    speaker, words = "Dimas Alonzo", "We will probably never know how many people died"
    line = f"``{words},'' said {speaker} of the Honduras National Emergency Committee."
    assert paragraphs(line) == (f'"{words}," said {speaker} of the Honduras National Emergency Committee.',)
    (workspace / "wire.txt").write_text(f"Storm deluge lingers\n\n{line}\n", encoding="utf-8")
    draft = tomllib.loads(run("draft", "wire.txt", "--source", "s1", "--country", "HN").stdout)
    assert [(q["speaker"], q["text"]) for q in draft["quotes"]] == [(speaker, words)]
    assert paragraphs("the word ``shelter'' and O'Brien's") == ('the word "shelter" and O\'Brien\'s',)


def test_a_word_document_is_its_paragraphs_in_order_then_its_tables_rows():
    found = docx_text(READABLE["copy.docx"], "copy.docx", 10**6)
    assert found.text.split("\n\n") == [*ARTICLE, CAFE, "Site | Shelters open", "Kramatorsk | 12"]


def test_an_email_is_its_plain_part_without_headers_and_its_subject_the_title():
    found = email_text(READABLE["plain.eml"], "plain.eml")
    assert found.text.strip() == ARTICLE_TEXT
    assert (found.title, found.read_as) == ("City emptied as fighting nears", "the e-mail's text/plain part")
    only_html = email_text(READABLE["html.eml"], "html.eml")
    assert only_html.text.split("\n\n")[-3:] == ARTICLE and "Home" not in only_html.text


@pytest.mark.parametrize("name", list(READABLE))
def test_each_readable_format_verifies_like_utf8_text(run, workspace, name):
    cafe = name != "plain.eml" and name != "html.eml"
    brief = (WITH_CAFE if cafe else SMALL).replace("copy.ARCHIVE", name)
    path = write_brief(workspace, brief)
    (path.parent / name).write_bytes(READABLE[name])
    result = run("verify", "briefs/test/brief.toml")
    assert (result.exit_code, result.stderr) == (0, "")
    expected = SUMMARY.replace("1 of 1 direct", "2 of 2 direct") if cafe else SUMMARY
    assert result.stdout == f"briefs/test/brief.toml: {expected}"
    assert run("check", "briefs/test/brief.toml").stdout == "briefs/test/brief.toml: ok\n"


@pytest.mark.parametrize("name", list(READABLE))
def test_each_readable_format_drafts_and_says_how_it_was_read(run, workspace, name):
    (workspace / name).write_bytes(READABLE[name])
    result = run("draft", name, "--source", "s1", "--country", "UA")
    assert result.exit_code == 0, result.output
    header = [line for line in result.stdout.splitlines() if ": its text was read as" in line]
    assert header == ([f"# {name}: its text was read as {READ_AS[name]}; line numbers below are of that text."]
                      if READ_AS[name] else [])
    draft = tomllib.loads(result.stdout)
    speakers = {q.get("speaker") for q in draft["quotes"]}
    assert "Ivan Petrenko" in speakers
    assert ("Am\u00e9lie Durand" in speakers) is ("eml" not in name)
    assert [(f["value"], f.get("qualifier")) for f in draft["figures"]][:3] == [
        (100000, "more than"), (2500000, "about"), (7, None)]
    title = "City emptied as fighting nears" if name.endswith(".eml") else "[title]"
    assert draft["sources"][0]["title"] == title


BOMB_MB = 30  # unpacked; the default limits.max_file_bytes is 25 MB


def bomb() -> bytes:
    """A .docx of a few tens of kilobytes whose body unpacks to BOMB_MB megabytes of spaces."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("[Content_Types].xml", CONTENT_TYPES)
        with packed.open("word/document.xml", "w") as stream:
            stream.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(BOMB_MB):
                stream.write(b" " * 1_000_000)
            stream.write(b"</w:body></w:document>")
    return buffer.getvalue()


def content_types_only() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as packed:
        packed.writestr("[Content_Types].xml", CONTENT_TYPES)
    return buffer.getvalue()


def damaged(content: bytes) -> bytes:
    """The .docx with bytes of its compressed body flipped."""
    flipped = bytearray(content)
    start = content.find(b"word/document.xml") + 40
    flipped[start:start + 30] = bytes(b ^ 0x55 for b in flipped[start:start + 30])
    return bytes(flipped)


CONTENT_TYPES_ONLY = content_types_only()
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("copy.txt", b"caf\x81 \xe9", "'copy.txt' is not text in UTF-8, UTF-16 or Windows-1252 (byte 3)"),
    ("copy.txt", b"a\x00b\x00", "'copy.txt' holds NUL bytes: not text (UTF-16 without a byte order mark, or a binary "
                                "file)"),
    ("copy.docx", b"PK\x03\x04 not a zip at all",
     "'copy.docx' cannot be read as a Word document (.docx) (BadZipFile)"),
    ("copy.docx", damaged(docx_bytes(document_xml(ARTICLE))),
     "'copy.docx' cannot be read as a Word document (.docx) (damaged compressed data)"),
    ("copy.docx", docx_bytes(document_xml(ARTICLE), extra_members=1_000),
     "'copy.docx' holds 1,003 files; a Word document may hold 1,000"),
    ("copy.docx", docx_bytes(document_xml(ARTICLE, doctype=LAUGHS).replace("<w:body>", "<w:body>&lol3;")),
     "'copy.docx': its word/document.xml declares a DOCTYPE or entities, which Word never writes"),
    ("copy.docx", docx_bytes("<w:document><w:body>"),
     "'copy.docx': its word/document.xml is not well-formed XML (line 1)"),
    ("copy.docx", CONTENT_TYPES_ONLY, "'copy.docx' is not a Word document (.docx): it has no word/document.xml"),
    ("copy.eml", b"Subject: nothing\r\nContent-Type: image/png\r\n\r\nxxxx",
     "'copy.eml': this e-mail has no text/plain or text/html part"),
    ("copy.doc", b"x", "'copy.doc': an archived copy is a .txt, .html, .pdf, .docx or .eml file"),
])
def test_a_bad_archive_is_one_line_and_the_rest_of_the_brief_is_checked(run, workspace, name, content, expected):
    one_line_each(run, workspace, name, content, expected)


def test_a_zip_bomb_is_refused_by_what_it_would_unpack_to(run, workspace):
    content = bomb()
    with zipfile.ZipFile(io.BytesIO(content)) as packed:
        unpacked = sum(member.file_size for member in packed.infolist())
    assert len(content) < 100_000 < 25_000_000 < unpacked
    one_line_each(run, workspace, "copy.docx", content, f"'copy.docx' unpacks to {unpacked:,} bytes; the limit is "
                                                         "25,000,000 (limits.max_file_bytes in config.toml)")


def one_line_each(run, workspace, name: str, content: bytes, expected: str) -> None:
    """`check` and `verify` both report the archive in one B901 line, and `check` the brief's other problems."""
    brief = MINIMAL.replace('title = "A report"', f'title = "A report"\narchive = "{name}"') + (
        '\n[[facts]]\ntext = "Another fact."\nsources = ["nowhere"]\n')
    path = write_brief(workspace, brief)
    (path.parent / name).write_bytes(content)
    shown = "briefs/test/brief.toml"
    for command in ("check", "verify"):
        result = run(command, shown)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert f"{shown}: sources[0].archive: {expected} [B901]" in lines, lines
        assert [line for line in lines if "B901" in line] == [f"{shown}: sources[0].archive: {expected} [B901]"]
    assert any("facts[1].sources" in line for line in run("check", shown).stderr.splitlines())


def test_every_format_but_plain_text_is_parsed_through_the_offload(tmp_path):
    """The parsers of untrusted bytes (zip, XML, MIME, HTML) run where `offload` puts them: a worker process
    with a time limit and a memory ceiling in every command (tests/test_verify.py stops one at its limit)."""
    from briefing.brief.archive import read_archive
    from briefing.config import Limits

    offloaded = []

    def offload(stage, function, *args):
        offloaded.append((stage, args[1]))
        return function(*args)

    for name, content in READABLE.items():
        (tmp_path / name).write_bytes(content)
        read_archive(tmp_path, name, Limits(), offload=offload)
    assert offloaded == [("archive", "docx"), ("archive", "email"), ("archive", "email")]


def forwarded_as_attachment(cover: str | None, inner_html: bool = False) -> bytes:
    """A cover note (or none) with the article attached as a message/rfc822 part, as mail programs forward."""
    inner = EmailMessage()
    inner["From"] = "News <news@example.com>"
    inner["Subject"] = "City emptied as fighting nears"
    if inner_html:
        inner.set_content("<html><body><article>" + "".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE)
                          + "</article></body></html>", subtype="html")
    else:
        inner.set_content("\n\n".join(ARTICLE) + "\n")
    outer = EmailMessage()
    outer["From"] = "Desk Officer <officer@example.org>"
    outer["Subject"] = "Fwd: City emptied as fighting nears"
    if cover is not None:
        outer.set_content(cover)
    outer.add_attachment(inner)
    return bytes(outer)


def test_an_email_forwarded_as_an_attachment_is_its_cover_note_then_the_attached_message():
    found = email_text(forwarded_as_attachment("For Thursday's brief.\n"), "fwd.eml")
    assert paragraphs(found.text) == paragraphs("\n\n".join(["For Thursday's brief.", *ARTICLE]))
    assert found.read_as == "the e-mail's text/plain part, then the text/plain part of the message it forwards"
    assert found.title == "City emptied as fighting nears"
    html_inside = email_text(forwarded_as_attachment("See the attached.\n", inner_html=True), "fwd.eml")
    assert paragraphs(html_inside.text)[-3:] == paragraphs(ARTICLE_TEXT)
    assert html_inside.read_as == ("the e-mail's text/plain part, then the text/html part of the message it "
                                   "forwards")


@pytest.mark.parametrize("cover", [None, "For Thursday's brief.\n"])
def test_an_email_forwarded_as_an_attachment_verifies_and_drafts(run, workspace, cover):
    path = write_brief(workspace, SMALL.replace("copy.ARCHIVE", "fwd.eml"))
    (path.parent / "fwd.eml").write_bytes(forwarded_as_attachment(cover))
    result = run("verify", "briefs/test/brief.toml")
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", f"briefs/test/brief.toml: {SUMMARY}")
    drafted = run("draft", path.parent / "fwd.eml", "--source", "s1", "--country", "UA")
    assert drafted.exit_code == 0, drafted.output
    assert "Ivan Petrenko" in {q.get("speaker") for q in tomllib.loads(drafted.stdout)["quotes"]}


BOGUS = (b"From: news@example.com\r\nSubject: City emptied\r\nMIME-Version: 1.0\r\n"
         b"Content-Type: text/plain; charset=\"x-bogus-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")


@pytest.mark.parametrize(("encoding", "read_as"), [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")])
def test_an_email_in_an_unknown_charset_is_read_and_the_draft_says_how(run, workspace, encoding, read_as):
    (workspace / "bogus.eml").write_bytes(BOGUS + (ARTICLE_TEXT + "\r\n\r\n" + CAFE).replace("\n", "\r\n")
                                          .encode(encoding))
    found = email_text((workspace / "bogus.eml").read_bytes(), "bogus.eml")
    assert found.text.replace("\r\n", "\n") == ARTICLE_TEXT + "\n\n" + CAFE
    said = f"the e-mail's text/plain part (its charset 'x-bogus-8' is unknown: read as {read_as})"
    assert found.read_as == said
    result = run("draft", "bogus.eml", "--source", "s1", "--country", "UA")
    assert result.exit_code == 0, result.output
    assert f"# bogus.eml: its text was read as {said}; line numbers below are of that text." in result.stdout
    assert "Am\u00e9lie Durand" in {q.get("speaker") for q in tomllib.loads(result.stdout)["quotes"]}


def page(head: str, texts: tuple[str, ...] = (*ARTICLE, CAFE)) -> str:
    return (f"<html><head>{head}<title>City emptied</title></head><body><div class='nav'><a href='/'>Home</a></div>"
            "<article>" + "".join(f"<p>{html.escape(p)}</p>" for p in texts) + "</article></body></html>")


@pytest.mark.parametrize(("name", "content", "read_as"), [
    ("meta.html", page('<meta charset="windows-1252">').encode("cp1252"), "windows-1252, as its <meta> says"),
    ("equiv.html", page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode("cp1252"),
     "Windows-1252, as browsers read the ISO-8859-1 its <meta> declares"),
    ("none.html", page("").encode("cp1252"), "Windows-1252, as it is not UTF-8"),
    ("stale.html", page('<meta charset="utf-8">').encode("cp1252"),
     "Windows-1252, as it is not the utf-8 its <meta> declares"),
    ("bogus.html", page('<meta charset="x-bogus">').encode("utf-8"),
     "UTF-8, as the charset 'x-bogus' its <meta> declares is unknown"),
    ("bom.html", codecs.BOM_UTF16_LE + page("").encode("utf-16-le"), "UTF-16 (little-endian, with a byte order mark)"),
    ("utf8.html", page('<meta charset="utf-8">').encode("utf-8"), ""),
])
def test_a_web_page_is_decoded_as_a_browser_would_and_the_draft_says_how(run, workspace, name, content, read_as):
    path = write_brief(workspace, WITH_CAFE.replace("copy.ARCHIVE", name))
    (path.parent / name).write_bytes(content)
    result = run("verify", "briefs/test/brief.toml")
    expected = SUMMARY.replace("1 of 1 direct", "2 of 2 direct")
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", f"briefs/test/brief.toml: {expected}")
    drafted = run("draft", path.parent / name, "--source", "s1", "--country", "UA")
    notes = [line for line in drafted.stdout.splitlines() if ": its text was read as" in line]
    assert notes == ([f"# briefs/test/{name}: its text was read as {read_as}; line numbers below are of that "
                      "text."] if read_as else [])


def test_a_web_page_in_a_declared_cyrillic_charset_reads_as_its_letters():
    from briefing.brief.archive_formats import html_page

    words = "\u0411\u043e\u043b\u0435\u0435 100 000 \u0447\u0435\u043b\u043e\u0432\u0435\u043a \u043f\u043e\u043a\u0438\u043d\u0443\u043b\u0438 \u0433\u043e\u0440\u043e\u0434, \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0432\u043b\u0430\u0441\u0442\u0438."
    found = html_page(page('<meta charset="windows-1251">', (words,) * 3).encode("cp1251"), "ru.html")
    assert found.text.split("\n\n")[-1] == words and found.read_as == "windows-1251, as its <meta> says"


ENCRYPTED_DOCX = (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900") + bytes(488)
                  + "EncryptionInfo".encode("utf-16-le") + bytes(1024))


def zip_encrypted_docx() -> bytes:
    """A .docx whose document.xml has the zip's "encrypted" flag set (zipfile then asks for a password)."""
    content = bytearray(docx_bytes(document_xml(ARTICLE)))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = content.find(signature, content.find(b"word/document.xml") - 60 if signature == b"PK\x03\x04" else 0)
        while at != -1:
            content[at + flags_at] |= 1
            at = content.find(signature, at + 4)
    return bytes(content)


@pytest.mark.parametrize(("content", "expected"), [
    (ENCRYPTED_DOCX, "'copy.docx' is encrypted or not a Word document (.docx): it is password-protected; save it "
                     "without a password, as .docx"),
    (ENCRYPTED_DOCX.replace("EncryptionInfo".encode("utf-16-le"), bytes(28)),
     "'copy.docx' is encrypted or not a Word document (.docx): it is an OLE compound file; save it without a "
     "password, as .docx"),
    (zip_encrypted_docx(), "'copy.docx' is encrypted or not a Word document (.docx): its word/document.xml is "
                           "encrypted; save it without a password, as .docx"),
])
def test_an_encrypted_word_document_is_one_clear_line(run, workspace, content, expected):
    one_line_each(run, workspace, "copy.docx", content, expected)


def test_a_corrupt_pdf_is_our_one_line_and_nothing_of_pypdfs(workspace):
    """In a real process, where the worker's stderr is the terminal's: pypdf logs "EOF marker not found"."""
    import subprocess
    import sys

    path = write_brief(workspace, MINIMAL.replace('title = "A report"', 'title = "A report"\narchive = "copy.pdf"'))
    (path.parent / "copy.pdf").write_bytes(b"%PDF-1.4 cut off here")
    for command in (["verify", "briefs/test/brief.toml"], ["check", "briefs/test/brief.toml"],
                    ["draft", "briefs/test/copy.pdf"]):
        result = subprocess.run([sys.executable, "-m", "briefing", *command], cwd=workspace, capture_output=True,
                                text=True)
        where = "briefs/test/copy.pdf: " if command[0] == "draft" else "briefs/test/brief.toml: sources[0].archive: "
        assert (result.returncode, result.stderr) == (
            1, f"{where}'copy.pdf' cannot be read as PDF (PdfStreamError) [B901]\n")


def pdf_bytes(trailer: bytes = b"<<") -> bytes:
    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(200, 200)
    writer.write(buffer)
    return buffer.getvalue().replace(b"trailer\n<<", b"trailer\n" + trailer)


def test_a_pdf_that_breaks_pypdf_in_another_way_is_one_line_too(run, workspace):
    """A trailer that is a number, not a dictionary: pypdf raises AttributeError, which was an 'internal error'."""
    one_line_each(run, workspace, "copy.pdf", pdf_bytes(b"5<"), "'copy.pdf' cannot be read as PDF (damaged)")


@pytest.mark.parametrize("charset", ["x-bogus", "undefined", "utf-7", "idna", "unicode_escape", "zlib"])
def test_a_charset_that_is_only_a_python_codec_is_unknown_to_a_web_page_and_an_email(charset):
    """Python decodes with codecs no browser or mail program means ('undefined' raises, 'unicode_escape' reads
    backslashes): each is passed over as unknown, never an internal error."""
    from briefing.brief.charsets import html_decoded

    text = "caf\u00e9 \\u0041 at 100%"
    assert html_decoded(f'<meta charset="{charset}"><p>{text}</p>'.encode()) == (
        f'<meta charset="{charset}"><p>{text}</p>', f"UTF-8, as the charset {charset!r} its <meta> declares is unknown")
    mail = (f"Subject: x\r\nContent-Type: text/plain; charset={charset}\r\n\r\n{text}").encode()
    if charset not in ("utf-7", "unicode_escape"):  # the email package decodes these as Python does
        found = email_text(mail, "x.eml")
        assert (found.text, found.read_as) == (text, f"the e-mail's text/plain part (its charset {charset!r} is "
                                                     "unknown: read as UTF-8)")


REALGIST = ('The Commissioner of Police in Borno, Alhaji Lawan Tanko, has appealed to parents whose wards were '
            'abducted in Chibok to forward the names and photographs of the girls for documentation.\n'
            '"We want to appeal to parents of the abducted girls to please come forward with the names and '
            'photographs of their wards.\n'
            '"The April 14 attack on the school by suspected insurgents has damaged the entire structure.\n'
            '"This makes it difficult to get records on the number of girls actually abducted at the school," he '
            'said.\n')


@pytest.mark.parametrize("text, expected", [
    (REALGIST, 4),  # a page saved one paragraph a line (realgist, May 2014): each line a paragraph
    (REALGIST.replace("\n", "\n\n"), 4),  # blank lines part them as ever
    ("An e-mail newsletter wraps its lines at seventy-two characters, so that\na sentence runs over several of "
     "them and no line but the last ends\none; its lines are one paragraph.\n", 1),
    ("Headline\nOne sentence.\n", 1),  # two lines are too few to tell
])
def test_a_text_is_parted_into_paragraphs_by_blank_lines_or_by_lines_that_end_sentences(text, expected):
    from briefing.brief.archive import paragraphs

    assert len(paragraphs(text, saved_text=True)) == expected
    assert len(paragraphs(text)) == (1 if "\n\n" not in text else expected)  # a PDF's lines are no paragraphs
