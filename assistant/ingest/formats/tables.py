"""Tables of interviews: CSV, TSV, XLSX and JSONL, in the two shapes people export.

- one interview per row: an id, a text of ``Speaker: text`` turns, and optional columns that become
  participant attributes (segment, role, country, date...), as AI-interview and survey platforms export;
- one utterance per row: interview id, speaker, text, start, end, as transcription tools export.

The shape is read from the header and said out loud; a table is never imported as one interview of
rows, and the text before the first label of a row is kept as an unattributed turn, never dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from assistant.core.errors import InputFileError
from assistant.ingest.formats.base import (
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    clean_text,
    clock_seconds,
    merge_segments,
)
from assistant.ingest.formats.decode import decode_text
from assistant.ingest.formats.documents import parse_xml, read_zip_member
from assistant.ingest.formats.labels import name_like
from assistant.ingest.formats.metadata import find_date
from assistant.ingest.formats.timing import check_times

TABLE_FORMATS = ("csv", "tsv", "xlsx", "jsonl")
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".xlsx": "xlsx", ".xlsm": "xlsx",
                  ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_")


# Column names, normalised (lower case, runs of other characters as "_").
INTERVIEW_KEYS = (
    "interview_id", "interview", "transcript_id", "session_id", "session", "conversation_id",
    "conversation", "call_id", "meeting_id", "recording_id", "respondent_id", "participant_id",
    "response_id", "thread_id", "chat_id", "file", "filename", "file_name", "document", "source",
)  # fmt: skip
GENERIC_KEYS = ("id", "uuid", "key", "row_id", "record_id")
TEXT_KEYS = (
    "text", "transcript", "transcription", "content", "utterance", "message", "body", "dialogue",
    "dialog", "turns", "messages", "speech", "verbatim", "full_text", "conversation_text", "value",
)  # fmt: skip
SPEAKER_KEYS = (
    "speaker",
    "speaker_name",
    "speaker_label",
    "speaker_id",
    "role",
    "author",
    "sender",
    "who",
    "name",
    "from",
)
START_KEYS = ("start", "start_time", "starttime", "start_s", "start_sec", "start_seconds", "start_ms", "begin",
              "from_ms", "offset", "timestamp", "time", "in")  # fmt: skip
END_KEYS = ("end", "end_time", "endtime", "end_s", "end_sec", "end_seconds", "end_ms", "stop", "to_ms", "out")
TITLE_KEYS = ("title", "interview_title", "subject", "topic")
DATE_KEYS = (
    "date",
    "interview_date",
    "created_at",
    "created",
    "started_at",
    "start_date",
    "recorded_at",
    "timestamp_utc",
)


@dataclass
class Table:
    """A table read from a file: header names and rows of cell values (str, list or dict)."""

    header: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    """The 1-based line (CSV/JSONL) or row (XLSX) each row came from, for error messages."""
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- reading


def _unique(header: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    names = []
    for number, name in enumerate(header, start=1):
        name = str(name).strip() or f"column {number}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names


def _raise_field_limit() -> None:
    """CSV cells hold whole interviews; the csv module's default 128 KB cell limit is too small."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def read_csv(data: bytes, path: Path, delimiter: str | None = None) -> Table:
    """CSV or TSV bytes as a table (encoding and delimiter detected)."""
    text, _encoding = decode_text(data, path)
    if delimiter is None:
        sample = text[:65536]
        first_line = sample.split("\n", 1)[0]
        counts = {d: first_line.count(d) for d in (",", "\t", ";", "|")}
        delimiter = max(counts, key=lambda d: counts[d])
        if counts[delimiter] == 0:
            raise NotATranscriptError(path, "not a table: the first line has no comma, tab or semicolon")
    _raise_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Any]] = []
    numbers: list[int] = []
    header: list[str] | None = None
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = row
                continue
            rows.append(row)
            numbers.append(reader.line_num)
    except csv.Error as exc:
        raise InputFileError(path, f"line {reader.line_num}: malformed CSV ({exc})") from None
    if header is None:
        raise InputFileError(path, "file is empty")
    return Table(_unique(header), rows, numbers)


def read_jsonl(data: bytes, path: Path) -> Table:
    """JSON Lines: one object per line; the header is every key, in order of first appearance."""
    text, _encoding = decode_text(data, path)
    records: list[dict[str, Any]] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(path, f"line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputFileError(
                path, f"line {number}: expected a JSON object, found {type(record).__name__}"
            )
        records.append(record)
        numbers.append(number)
    keys: dict[str, None] = {}
    for record in records:
        for key in record:
            keys.setdefault(str(key), None)
    header = list(keys)
    rows = [[record.get(key) for key in header] for record in records]
    return Table(header, rows, numbers)


_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def _xlsx_text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter(f"{_MAIN}t"))


def read_xlsx(data: bytes, path: Path) -> Table:
    """The first worksheet of an Excel workbook (read with the standard library: zip + XML)."""
    kind = "XLSX workbook"
    workbook = parse_xml(read_zip_member(data, "xl/workbook.xml", path, kind), path, kind)
    sheets = list(workbook.iter(f"{_MAIN}sheet"))
    if not sheets:
        raise InputFileError(path, "damaged XLSX workbook (no worksheet)")
    first = sheets[0]
    relation = first.get(f"{_REL}id")
    target = "worksheets/sheet1.xml"
    try:
        rels = parse_xml(read_zip_member(data, "xl/_rels/workbook.xml.rels", path, kind), path, kind)
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            if rel.get("Id") == relation and rel.get("Target"):
                target = str(rel.get("Target"))
    except InputFileError:
        pass  # workbooks written by small tools may lack the relationships part
    member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    shared: list[str] = []
    try:
        strings = parse_xml(read_zip_member(data, "xl/sharedStrings.xml", path, kind), path, kind)
        shared = [_xlsx_text(item) for item in strings.iter(f"{_MAIN}si")]
    except InputFileError as exc:
        if "no xl/sharedStrings.xml" not in exc.problem:
            raise
    sheet = parse_xml(read_zip_member(data, member, path, kind), path, kind)
    grid: list[tuple[int, list[Any]]] = []
    for row in sheet.iter(f"{_MAIN}row"):
        cells: dict[int, Any] = {}
        for cell in row.iter(f"{_MAIN}c"):
            match = _CELL_REF.match(cell.get("r", ""))
            column = _column_index(match.group(1)) if match else len(cells)
            kind_attr = cell.get("t", "n")
            value_node = cell.find(f"{_MAIN}v")
            raw = value_node.text if value_node is not None else None
            value: Any
            if kind_attr == "s" and raw is not None:
                try:
                    value = shared[int(raw)]
                except (ValueError, IndexError):
                    raise InputFileError(
                        path, f"damaged XLSX workbook (cell {cell.get('r')}: bad shared string)"
                    ) from None
            elif kind_attr == "inlineStr":
                inline = cell.find(f"{_MAIN}is")
                value = _xlsx_text(inline) if inline is not None else ""
            elif kind_attr == "b":
                value = "TRUE" if raw == "1" else "FALSE"
            elif raw is None:
                value = ""
            elif kind_attr in ("str", "e"):
                value = raw
            else:
                try:
                    number = float(raw)
                    value = int(number) if number.is_integer() else number
                except ValueError:
                    value = raw
            cells[column] = value
        if cells:
            width = max(cells) + 1
            grid.append((int(row.get("r") or len(grid) + 1), [cells.get(i, "") for i in range(width)]))
    grid = [(number, values) for number, values in grid if any(str(v).strip() for v in values)]
    if not grid:
        raise InputFileError(path, "file is empty (the first worksheet has no cells)")
    header_number, header = grid[0]
    table = Table(
        _unique([str(h) for h in header]), [values for _, values in grid[1:]], [n for n, _ in grid[1:]]
    )
    if len(sheets) > 1:
        table.notes.append(f"read the first of {len(sheets)} worksheets ({first.get('name')!r})")
    return table


def read_table(data: bytes, path: Path, fmt: str) -> Table:
    """Bytes as a table of the given format (csv, tsv, xlsx, jsonl)."""
    if fmt == "xlsx":
        return read_xlsx(data, path)
    if fmt == "jsonl":
        return read_jsonl(data, path)
    return read_csv(data, path, "\t" if fmt == "tsv" else None)


def sniff_table(data: bytes) -> str | None:
    """``csv`` or ``tsv`` when a file without a table extension starts with a table header.

    Only a header naming a text column and an id or speaker column counts, so that a transcript whose
    first line happens to hold commas is never read as a table.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace").split("\n", 1)[0].strip()
    if not head or head.startswith(("{", "[", "WEBVTT")):
        return None
    for delimiter, fmt in (("\t", "tsv"), (",", "csv"), (";", "csv")):
        names = [_norm(name.strip().strip('"')) for name in head.split(delimiter)]
        if len(names) < 2:
            continue
        has_text = any(name in TEXT_KEYS for name in names)
        has_key = any(
            name in INTERVIEW_KEYS or name in GENERIC_KEYS or name in SPEAKER_KEYS for name in names
        )
        if has_text and has_key:
            return fmt
    return None


# ---------------------------------------------------------------- shape


@dataclass
class Shape:
    """Which columns mean what, and what that makes of the table."""

    kind: str
    """``per_interview`` (one interview per row) or ``per_utterance`` (one utterance per row)."""
    text: int
    key: int | None = None
    speaker: int | None = None
    start: int | None = None
    end: int | None = None
    title: int | None = None
    date: int | None = None
    attributes: list[int] = field(default_factory=list)

    def describe(self, header: list[str]) -> str:
        def name(index: int | None) -> str:
            return repr(header[index]) if index is not None else "-"

        if self.kind == "per_utterance":
            where = (
                f"interview id {name(self.key)}"
                if self.key is not None
                else "no interview id column: one interview"
            )
            times = f", start {name(self.start)}" if self.start is not None else ""
            return f"table, one utterance per row ({where}, speaker {name(self.speaker)}, text {name(self.text)}{times})"
        attributes = ", ".join(header[i] for i in self.attributes)
        key = f"id {name(self.key)}" if self.key is not None else "no id column: rows numbered"
        extra = f"; attributes: {attributes}" if attributes else ""
        return f"table, one interview per row ({key}, turns in {name(self.text)}{extra})"


def _find(normalised: list[str], names: tuple[str, ...], taken: set[int]) -> int | None:
    for wanted in names:
        for index, name in enumerate(normalised):
            if index not in taken and name == wanted:
                return index
    return None


def _is_turn_list(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


def _text_column(table: Table, normalised: list[str], taken: set[int]) -> int | None:
    """The column holding the words: a known name, else the column with the longest cells."""
    found = _find(normalised, TEXT_KEYS, taken)
    if found is not None:
        return found
    sample = table.rows[:200]
    best, best_length = None, 0.0
    for index in range(len(table.header)):
        if index in taken:
            continue
        cells = [row[index] for row in sample if index < len(row)]
        strings = [c for c in cells if isinstance(c, str)]
        if not strings or any(_is_turn_list(c) for c in cells):
            continue
        mean = sum(len(s) for s in strings) / max(len(cells), 1)
        if mean > best_length:
            best, best_length = index, mean
    return best if best_length >= 40 else None


def detect_shape(table: Table, path: Path) -> Shape:
    """Decide the table's shape from its header (and, for a bare ``id`` column, its values)."""
    normalised = [_norm(name) for name in table.header]
    taken: set[int] = set()
    turn_lists = [
        i
        for i in range(len(table.header))
        if any(_is_turn_list(row[i]) for row in table.rows[:50] if i < len(row))
    ]
    speaker = _find(normalised, SPEAKER_KEYS, taken)
    key = _find(normalised, INTERVIEW_KEYS, taken)
    if key is not None:
        taken.add(key)
    if turn_lists:
        text = turn_lists[0]
        speaker = None
    else:
        if speaker is not None:
            taken.add(speaker)
        text_found = _text_column(table, normalised, taken)
        if text_found is None:
            columns = ", ".join(table.header[:12])
            raise NotATranscriptError(
                path,
                f"table without a text column (columns: {columns}); expected a 'text' or 'transcript' column",
            )
        text = text_found
    taken.add(text)
    if speaker is not None and speaker == text:
        speaker = None
    generic = _find(normalised, GENERIC_KEYS, taken)
    if speaker is not None:
        if key is None and generic is not None:
            values = [row[generic] for row in table.rows if generic < len(row)]
            if len(set(map(str, values))) < len(
                values
            ):  # repeated ids name interviews, unique ones utterances
                key = generic
                taken.add(generic)
        shape = Shape("per_utterance", text=text, key=key, speaker=speaker)
        taken.add(speaker)
        shape.start = _find(normalised, START_KEYS, taken)
        if shape.start is not None:
            taken.add(shape.start)
        shape.end = _find(normalised, END_KEYS, taken)
        if shape.end is not None:
            taken.add(shape.end)
    else:
        if key is None and generic is not None:
            key = generic
            taken.add(generic)
        shape = Shape("per_interview", text=text, key=key)
    shape.title = _find(normalised, TITLE_KEYS, taken)
    if shape.title is not None:
        taken.add(shape.title)
    shape.date = _find(normalised, DATE_KEYS, taken)
    if shape.kind == "per_interview":
        shape.attributes = [i for i in range(len(table.header)) if i not in taken]
    return shape


# ---------------------------------------------------------------- turns inside one cell

_LABEL_START = re.compile(r"(?:^|\n|(?<=[.?!…\"”)\]])[ \t]+)[ \t]*([^\W\d_][^\n:]{0,40}?)[ \t]*:[ \t]+", re.M)


def learn_labels(texts: list[str]) -> set[str]:
    """Speaker labels used in a table's texts: name-like, at a line or sentence start, and repeated.

    A label counts when many rows use it, when it is used three times in a row, or when a row starts
    two or more of its lines with different labels (the layout of a transcript).
    """
    in_rows: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    line_labels: set[str] = set()
    for text in texts:
        seen: set[str] = set()
        at_line_start: set[str] = set()
        for match in _LABEL_START.finditer(text):
            label = match.group(1).strip()
            if not name_like(label):
                continue
            uses[label] += 1
            seen.add(label)
            before = text[: match.start(1)]
            if not before.strip() or before.rstrip(" \t").endswith("\n"):
                at_line_start.add(label)
        in_rows.update(seen)
        if len(at_line_start) >= 2:
            line_labels |= at_line_start
    threshold = max(2, len(texts) * 0.05)
    return {label for label in uses if in_rows[label] >= threshold or uses[label] >= 3} | line_labels


def split_turns(text: str, labels: set[str]) -> list[Segment]:
    """``Speaker: text`` turns of one cell; text before the first label is an unattributed turn."""
    if not labels:
        return [Segment(None, text)] if text.strip() else []
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    pattern = re.compile(rf"(?:^|(?<=\n)|(?<=\s))[ \t]*({alternatives})[ \t]*:[ \t]*", re.M)
    segments: list[Segment] = []
    position = 0
    speaker: str | None = None
    for match in pattern.finditer(text):
        before = text[position : match.start()]
        if before.strip() or speaker is not None:
            segments.append(Segment(speaker, before))
        speaker = match.group(1)
        position = match.end()
    segments.append(Segment(speaker, text[position:]))
    return [s for s in segments if s.text.strip()]


def _turns_from_list(value: list[Any]) -> list[Segment]:
    """``[{"speaker"|"role", "text"|"content"}]`` turn lists (chat exports, AI-interview platforms)."""
    segments = []
    for item in value:
        if not isinstance(item, dict):
            continue
        speaker = next(
            (item[k] for k in ("speaker", "role", "name", "author", "sender") if item.get(k)), None
        )
        text = next(
            (
                item[k]
                for k in ("text", "content", "message", "utterance", "value")
                if isinstance(item.get(k), str)
            ),
            "",
        )
        start = _seconds(item.get("start", item.get("start_time")))
        segments.append(Segment(str(speaker).strip() if speaker is not None else None, text, start))
    return segments


# ---------------------------------------------------------------- values


def _cell(row: list[Any], index: int | None) -> Any:
    if index is None or index >= len(row):
        return None
    return row[index]


def _string(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


def _seconds(value: Any) -> float | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    if isinstance(value, int | float):
        return float(value)
    text = (
        str(value).strip().replace(",", ".")
        if re.fullmatch(r"\d+,\d+", str(value).strip())
        else str(value).strip()
    )
    try:
        return float(text)
    except ValueError:
        return clock_seconds(text)


_EXCEL_EPOCH = date(1899, 12, 30)


def _date_of(value: Any) -> date | None:
    if isinstance(value, int | float) and 20000 < value < 80000:  # an Excel date serial (1954-2119)
        return _EXCEL_EPOCH + timedelta(days=int(value))
    return find_date(_string(value)) if value not in (None, "") else None


def _attribute_value(value: Any, header: str) -> str:
    if isinstance(value, int | float) and "date" in header.casefold():
        as_date = _date_of(value)
        if as_date is not None:
            return as_date.isoformat()
    return _string(value)


# ---------------------------------------------------------------- building transcripts


@dataclass
class TableResult:
    """Interviews parsed from one table, what was detected, and rows skipped."""

    transcripts: list[ParsedTranscript]
    shape: str
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _per_interview(table: Table, shape: Shape, path: Path, fmt: str) -> TableResult:
    texts = [_cell(row, shape.text) for row in table.rows]
    labels = learn_labels([t for t in texts if isinstance(t, str)])
    transcripts: list[ParsedTranscript] = []
    empty_rows: list[int] = []
    no_turns: list[int] = []
    seen_keys: Counter[str] = Counter()
    for row, number, value in zip(table.rows, table.row_numbers, texts, strict=True):
        if _is_turn_list(value):
            segments = _turns_from_list(value)
        else:
            segments = split_turns(_string(value).replace("\r\n", "\n"), labels)
        utterances = merge_segments(segments)
        if not utterances:
            empty_rows.append(number)
            continue
        if not any(u.speaker for u in utterances):
            no_turns.append(number)
        key = _string(_cell(row, shape.key)) or f"row-{number}"
        seen_keys[key] += 1
        if seen_keys[key] > 1:
            key = f"{key}-{seen_keys[key]}"
        parsed = ParsedTranscript(format=f"{fmt}_table", utterances=utterances, key=key)
        parsed.title = _string(_cell(row, shape.title)) or None
        parsed.date = _date_of(_cell(row, shape.date))
        for index in shape.attributes:
            cell = _attribute_value(_cell(row, index), table.header[index])
            if cell:
                parsed.attributes[table.header[index]] = cell[:500]
        transcripts.append(parsed)
    result = TableResult(transcripts, "per_interview")
    if not transcripts:
        raise NotATranscriptError(path, f"table has no text in column {table.header[shape.text]!r}")
    if len(no_turns) > len(transcripts) / 2:
        raise NotATranscriptError(
            path,
            f"column {table.header[shape.text]!r} holds no 'Speaker: text' turns in {len(no_turns)} of "
            f"{len(transcripts)} rows (first: line {no_turns[0]}); not a table of interviews",
        )
    if labels:
        result.notes.append(f"speaker labels found in the text: {', '.join(sorted(labels)[:8])}")
    if empty_rows:
        result.warnings.append(f"{len(empty_rows)} rows without text skipped (first: line {empty_rows[0]})")
    if no_turns:
        result.warnings.append(f"{len(no_turns)} rows have no speaker labels (first: line {no_turns[0]})")
    return result


def _per_utterance(table: Table, shape: Shape, path: Path, fmt: str) -> TableResult:
    groups: dict[str, list[Segment]] = {}
    skipped = 0
    for row in table.rows:
        text = _string(_cell(row, shape.text))
        if not text:
            skipped += 1
            continue
        key = _string(_cell(row, shape.key)) if shape.key is not None else ""
        key = key or ("" if shape.key is None else "(no id)")
        speaker = _string(_cell(row, shape.speaker)) or None
        segment = Segment(speaker, text, _seconds(_cell(row, shape.start)), _seconds(_cell(row, shape.end)))
        groups.setdefault(key, []).append(segment)
    if not groups:
        raise NotATranscriptError(path, f"table has no text in column {table.header[shape.text]!r}")
    result = TableResult([], "per_utterance")
    declared = (
        "ms" if shape.start is not None and table.header[shape.start].casefold().endswith("ms") else None
    )
    for key, segments in groups.items():
        utterances = merge_segments(segments)
        parsed = ParsedTranscript(format=f"{fmt}_table", utterances=utterances, key=key or None)
        if shape.start is not None or shape.end is not None:
            check = check_times(utterances, declared=declared)
            parsed.notes.extend(check.notes)
            parsed.warnings.extend(check.warnings)
        result.transcripts.append(parsed)
    if skipped:
        result.warnings.append(f"{skipped} rows without text skipped")
    return result


def parse_table(data: bytes, path: Path, fmt: str) -> TableResult:
    """Every interview in a table file, with the detected shape described in ``notes``."""
    table = read_table(data, path, fmt)
    if not table.rows:
        raise NotATranscriptError(path, "table has a header but no rows")
    if len(table.header) < 2 and not any(_is_turn_list(c) for row in table.rows[:20] for c in row):
        column = repr(table.header[0]) if table.header else "no named column"
        raise NotATranscriptError(
            path, f"table with one column ({column}); expected an id and a text column at least"
        )
    shape = detect_shape(table, path)
    if shape.kind == "per_utterance":
        result = _per_utterance(table, shape, path, fmt)
    else:
        result = _per_interview(table, shape, path, fmt)
    count = len(result.transcripts)
    result.notes.insert(0, f"{shape.describe(table.header)}: {count} interview{'s' if count != 1 else ''}")
    result.notes[1:1] = table.notes
    for parsed in result.transcripts:
        for utterance in parsed.utterances:
            utterance.text = clean_text(utterance.text)
    return result
