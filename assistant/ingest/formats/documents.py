"""Word-processor documents without a library: OpenDocument text (ODT) and Rich Text Format (RTF).

Both become plain lines, one paragraph per line, keeping leading tabs and spaces: in transcripts typed
in a word processor, indentation is often what separates task prompts from speech.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from assistant.core.errors import InputFileError
from assistant.ingest.formats.base import NotATranscriptError

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""A zipped document whose parts unpack to more than this is refused (a zip bomb, not a transcript)."""

_ODT_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODT_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T = f"{{{_ODT_TEXT}}}"


def zip_kind(data: bytes) -> str | None:
    """Which office document a ZIP archive is: ``docx``, ``odt``, ``xlsx``, ``ods`` or None."""
    if data[:2] != b"PK":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mimetype == "application/vnd.oasis.opendocument.text":
                    return "odt"
                if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
                    return "ods"
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "content.xml" in names:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, zlib.error, EOFError):
        return None
    return None


def read_zip_member(data: bytes, member: str, path: Path, kind: str) -> bytes:
    """One part of a zipped document, refusing damaged archives and parts that unpack too large."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(member)
            if info.file_size > MAX_UNZIPPED_BYTES:
                raise InputFileError(
                    path, f"{kind} part {member} unpacks to {info.file_size / 1e6:.0f} MB; refused"
                )
            return archive.read(member)
    except KeyError:
        raise InputFileError(path, f"damaged {kind} (no {member} inside)") from None
    except (zipfile.BadZipFile, OSError, ValueError, zlib.error, EOFError) as exc:
        raise InputFileError(
            path, f"damaged {kind} ({type(exc).__name__}: truncated or not a ZIP archive)"
        ) from None


def parse_xml(raw: bytes, path: Path, kind: str) -> ElementTree.Element:
    """Parse a document part; a DOCTYPE is refused (documents never need one, entity tricks do)."""
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw[:65536]:
        raise InputFileError(path, f"damaged {kind} (XML with a DOCTYPE or entities is refused)")
    try:
        return ElementTree.fromstring(raw)
    except ElementTree.ParseError as exc:
        raise InputFileError(path, f"damaged {kind} (invalid XML: {exc})") from None


def _odt_inline(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_T}tab":
            parts.append("\t")
        elif tag == f"{_T}s":
            parts.append(" " * int(child.get(f"{_T}c", "1") or 1))
        elif tag == f"{_T}line-break":
            parts.append("\n")
        elif tag in (f"{_T}note", f"{_T}tracked-changes", f"{{{_ODT_OFFICE}}}annotation"):
            pass  # footnotes, comments and deleted text are not what was said
        else:
            parts.append(_odt_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_block(element: ElementTree.Element, lines: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in (f"{_T}p", f"{_T}h"):
            lines.extend(_odt_inline(child).split("\n"))
        elif tag == f"{{{_ODT_TABLE}}}table-row":
            cells = []
            for cell in child:
                cell_lines: list[str] = []
                _odt_block(cell, cell_lines)
                cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
            if len(cells) >= 2 and cells[0] and any(cells[1:]):
                lines.append(f"{cells[0]}: {' '.join(c for c in cells[1:] if c)}")
            elif any(cells):
                lines.append(" ".join(c for c in cells if c))
        elif tag in (f"{_T}tracked-changes", f"{_T}sequence-decls"):
            continue
        else:
            _odt_block(child, lines)


def odt_text(data: bytes, path: Path) -> str:
    """The paragraphs of an OpenDocument text file (LibreOffice, Google Docs, Word "save as .odt")."""
    root = parse_xml(read_zip_member(data, "content.xml", path, "ODT document"), path, "ODT document")
    body = root.find(f"{{{_ODT_OFFICE}}}body")
    if body is None:
        raise InputFileError(path, "damaged ODT document (no document body)")
    lines: list[str] = []
    _odt_block(body, lines)
    text = "\n".join(lines)
    if not text.strip():
        raise NotATranscriptError(path, "ODT document has no text")
    return text


# RTF: enough of the 1.9 specification to read text written by Word, LibreOffice, TextEdit and WordPad.
_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S
)
_SKIP_DESTINATIONS = frozenset(
    "fonttbl colortbl stylesheet info pict header footer headerl headerr footerl footerr footnote "
    "object themedata colorschememapping datastore latentstyles listtable listoverridetable rsidtbl "
    "generator xmlnstbl mmathPr pgdsctbl revtbl filetbl fldinst bkmkstart bkmkend annotation atnid "
    "atnauthor comment nonshppict shppict userprops template".split()
)
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "tab": "\t", "cell": " "}
_SYMBOLS = {
    "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "bullet": "•", "emspace": " ", "enspace": " ", "~": "\u00a0", "-": "", "_": "-",
}  # fmt: skip


def rtf_text(data: bytes, path: Path) -> str:
    """The text of an RTF document: paragraphs as lines, ``\\'hh`` and ``\\uN`` characters decoded."""
    head = data.lstrip()[:5]
    if head != b"{\\rtf":
        raise InputFileError(path, "not an RTF document (no {\\rtf header)")
    source = data.decode("latin-1")
    codepage = "cp1252"
    match = re.search(r"\\ansicpg(\d+)", source[:2000])
    if match:
        candidate = f"cp{match.group(1)}"
        try:
            codecs.lookup(candidate)
            codepage = candidate
        except LookupError:
            pass
    out: list[str] = []
    pending_bytes = bytearray()
    stack: list[tuple[bool, int]] = []
    skipping = False
    unicode_skip = 1
    to_skip = 0
    depth = 0
    first_in_group = False

    def flush() -> None:
        if pending_bytes:
            out.append(pending_bytes.decode(codepage, errors="replace"))
            pending_bytes.clear()

    for token in _RTF_TOKEN.finditer(source):
        word, argument, hex_byte, symbol, brace, text = token.groups()
        if brace == "{":
            stack.append((skipping, unicode_skip))
            depth += 1
            first_in_group = True
            continue
        if brace == "}":
            if not stack:
                raise InputFileError(path, "damaged RTF (a closing brace without an opening one)")
            flush()
            skipping, unicode_skip = stack.pop()
            depth -= 1
            first_in_group = False
            continue
        starts_group = first_in_group
        first_in_group = False
        if word is not None:
            if to_skip and word:
                to_skip -= 1
                continue
            if word in _SKIP_DESTINATIONS or (symbol == "*" and starts_group):
                skipping = True
            if skipping:
                continue
            if word == "uc":
                unicode_skip = int(argument or 1)
            elif word == "u" and argument is not None:
                flush()
                value = int(argument)
                out.append(chr(value + 65536 if value < 0 else value))
                to_skip = unicode_skip
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
            elif word in _SYMBOLS:
                flush()
                out.append(_SYMBOLS[word])
            continue
        if symbol is not None:
            if symbol == "*" and starts_group:
                skipping = True
                continue
            if skipping:
                continue
            if to_skip:
                to_skip -= 1
                continue
            if symbol in "\\{}":
                flush()
                out.append(symbol)
            elif symbol in _SYMBOLS:
                flush()
                out.append(_SYMBOLS[symbol])
            elif symbol in "\n\r":
                flush()
                out.append("\n")
            continue
        if hex_byte is not None:
            if skipping:
                continue
            if to_skip:
                to_skip -= 1
                continue
            pending_bytes.append(int(hex_byte, 16))
            continue
        if text is not None and not skipping:
            if to_skip:
                skipped = min(to_skip, len(text))
                text = text[skipped:]
                to_skip -= skipped
            flush()
            out.append(text)
    flush()
    if depth != 0:
        raise InputFileError(path, "damaged RTF (truncated: unbalanced braces)")
    # characters beyond the BMP come as two \\u surrogates (as Word writes them): join the pairs
    result = "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if not result.strip():
        raise NotATranscriptError(path, "RTF document has no text")
    return result


class _HtmlText(HTMLParser):
    """Text of an HTML page, a line per block element; scripts, styles and the head are dropped."""

    _BLOCKS = frozenset(
        "p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article header footer table ul ol dt dd".split()
    )
    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def html_text(text: str, path: Path) -> str:
    """The visible text of an HTML transcript (noScribe, Word "save as web page", exported notes)."""
    parser = _HtmlText()
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything it raises means the file is not HTML
        raise InputFileError(path, f"damaged HTML ({type(exc).__name__})") from None
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    body = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split())
    if not body.strip():
        raise NotATranscriptError(path, "HTML page has no text")
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    return body


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
