"""Documents with a text layer: PDF (pypdf) and Word DOCX (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

from assistant.core.errors import InputFileError
from assistant.ingest.formats.base import NotATranscriptError


def pdf_text(data: bytes, path: Path) -> str:
    """The text layer of a PDF, page after page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputFileError(path, "PDF is password-protected") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputFileError(path, f"damaged PDF ({exc})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise NotATranscriptError(path, "PDF has no text layer (scanned pages? run OCR first)")
    return text


def docx_text(data: bytes, path: Path) -> str:
    """The paragraphs (and table cells) of a Word document, one per line."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError variants
        raise InputFileError(path, f"damaged Word document ({type(exc).__name__})") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            if len(cells) >= 2 and cells[0] and cells[-1]:
                lines.append(f"{cells[0]}: {' '.join(cells[1:])}")
    text = "\n".join(lines)
    if not text.strip():
        raise NotATranscriptError(path, "Word document has no text")
    return text
