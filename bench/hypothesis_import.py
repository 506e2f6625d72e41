"""Property-based inputs for every importer: no traceback, no hang, no invalid stored file.

    .venv/bin/pip install hypothesis   # not a dependency of personas itself
    PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/hypothesis_import.py --examples 300

For each format in ``--format``'s choices, Hypothesis builds files shaped like that format (cues,
speaker turns, JSON records of every service, table rows, Office archives, PDF headers) from
arbitrary text, numbers (NaN, infinities, huge integers), nesting and control characters, and
imports each one twice: with the format forced and with detection. A crash or an internal error
is recorded and the run goes on, so the count is of failing inputs, not of the first one.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from reliability_common import Hang, invalid_stored_files, time_limit, write_result  # noqa: E402

TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("\x1b\x00\r\x0b\x9b\u202e"),
    max_size=80,
)
LABEL = st.one_of(st.sampled_from(["Interviewer", "Dana", "Speaker 1", "Q", "A", "S01", "MODERATOR"]), TEXT)
NUMBER = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 59.999, 3600, 86_400_000]),
)
SCALAR = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
JSON_ANY = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=30,
)


def clock(seconds: float, comma: bool = False) -> str:
    seconds = abs(seconds) if seconds == seconds and abs(seconds) < 1e7 else 0
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    text = f"{int(h):02d}:{int(m):02d}:{s:06.3f}"
    return text.replace(".", ",") if comma else text


def turns(min_size: int = 0) -> st.SearchStrategy[list[tuple[str, str, float, float]]]:
    return st.lists(
        st.tuples(LABEL, TEXT, st.floats(0, 10_000), st.floats(0, 10_000)), min_size=min_size, max_size=12
    )


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@st.composite
def caption_file(draw: Any, kind: str) -> bytes:
    rows = draw(turns())
    lines = ["WEBVTT", ""] if kind == "vtt" else []
    for number, (speaker, text, start, end) in enumerate(rows, start=1):
        if kind == "sbv":
            lines += [f"{clock(start)},{clock(end)}", f"{speaker}: {text}", ""]
            continue
        lines += [str(number), f"{clock(start, kind == 'srt')} --> {clock(end, kind == 'srt')}"]
        lines += [f"<v {speaker}>{text}" if draw(st.booleans()) else f"{speaker}: {text}", ""]
    return encode("\n".join(lines))


@st.composite
def text_file(draw: Any, kind: str) -> bytes:
    rows = draw(turns())
    lines: list[str] = []
    if kind == "markdown":
        lines.append(f"# {draw(TEXT)}")
    for speaker, text, start, _end in rows:
        if kind == "otter":
            lines += [f"{speaker}  {clock(start)[3:8]}", text, ""]
        elif kind == "rev":
            lines += [f"{speaker} ({clock(start)[:8]}):", text, ""]
        elif kind in ("zoom_txt", "zoom_chat"):
            lines.append(
                f"{clock(start)[:8]} From {speaker} : {text}"
                if kind == "zoom_chat"
                else f"[{speaker}] {clock(start)[:8]}"
            )
            lines.append(text)
        elif kind == "google_meet":
            lines += [f"{speaker}: {text}" if draw(st.booleans()) else f"{clock(start)[:8]}", text]
        elif kind == "descript":
            lines += [f"[{clock(start)[:8]}] {speaker}: {text}"]
        else:
            lines.append(f"**{speaker}:** {text}" if kind == "markdown" else f"{speaker}: {text}")
    return encode("\n".join(lines))


@st.composite
def json_file(draw: Any) -> bytes:
    shape = draw(
        st.sampled_from(
            [
                "any",
                "list",
                "stored",
                "assemblyai",
                "deepgram",
                "aws",
                "revai",
                "whisperx",
                "whispercpp",
                "qmsum",
            ]
        )
    )
    record = st.dictionaries(
        st.sampled_from(["speaker", "text", "start", "end", "name", "content", "start_ms", "words", "role"]),
        SCALAR | st.lists(SCALAR, max_size=3),
        max_size=6,
    )
    if shape == "any":
        value: Any = draw(JSON_ANY)
    elif shape == "list":
        value = draw(st.lists(record, max_size=10))
    elif shape == "stored":
        value = {
            "interview": draw(st.dictionaries(TEXT, SCALAR, max_size=3)),
            "utterances": draw(st.lists(record, max_size=8)),
        }
    elif shape == "assemblyai":
        value = {
            "id": draw(TEXT),
            "status": "completed",
            "text": draw(TEXT),
            "utterances": draw(st.lists(record, max_size=8)),
            "words": draw(st.lists(record, max_size=8)),
        }
    elif shape == "deepgram":
        words = st.lists(
            st.dictionaries(
                st.sampled_from(["word", "start", "end", "speaker", "punctuated_word"]), SCALAR, max_size=5
            ),
            max_size=8,
        )
        value = {
            "metadata": {"duration": draw(NUMBER)},
            "results": {"channels": [{"alternatives": [{"transcript": draw(TEXT), "words": draw(words)}]}]},
        }
    elif shape == "aws":
        items = st.lists(
            st.dictionaries(
                st.sampled_from(["start_time", "end_time", "type", "alternatives", "speaker_label"]),
                SCALAR | st.lists(JSON_ANY, max_size=2),
                max_size=5,
            ),
            max_size=8,
        )
        value = {
            "jobName": "x",
            "results": {
                "transcripts": [{"transcript": draw(TEXT)}],
                "items": draw(items),
                "speaker_labels": {"segments": draw(st.lists(JSON_ANY, max_size=3))},
            },
        }
    elif shape == "revai":
        value = {
            "monologues": draw(
                st.lists(
                    st.fixed_dictionaries({"speaker": SCALAR, "elements": st.lists(JSON_ANY, max_size=5)}),
                    max_size=5,
                )
            )
        }
    elif shape == "whisperx":
        value = {"segments": draw(st.lists(record, max_size=8)), "language": draw(TEXT)}
    elif shape == "whispercpp":
        value = {
            "transcription": draw(
                st.lists(
                    st.dictionaries(
                        st.sampled_from(["timestamps", "offsets", "text", "speaker"]), JSON_ANY, max_size=4
                    ),
                    max_size=8,
                )
            )
        }
    else:
        value = {"meeting_transcripts": draw(st.lists(record, max_size=8))}
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))  # NaN and Infinity written as Python does
    return text.encode("utf-8", "surrogatepass")


@st.composite
def table_file(draw: Any, kind: str) -> bytes:
    header = draw(
        st.lists(
            st.sampled_from(
                ["id", "interview_id", "speaker", "text", "start", "end", "segment", "transcript", ""]
            )
            | TEXT,
            min_size=1,
            max_size=6,
        )
    )
    rows = draw(st.lists(st.lists(TEXT | NUMBER.map(str), min_size=0, max_size=7), max_size=12))
    if kind == "jsonl":
        return encode("\n".join(json.dumps(dict(zip(header, row, strict=False))) for row in rows))
    separator = "\t" if kind == "tsv" else ","
    quote = draw(st.booleans())

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote else value

    return encode("\n".join(separator.join(cell(v) for v in line) for line in [header, *rows]))


@st.composite
def markup_file(draw: Any, kind: str) -> bytes:
    rows = draw(turns())
    if kind == "html":
        body = "".join(
            f"<p><b>{s}</b>: {t}</p>" + draw(st.sampled_from(["", "<div>", "</span>", "<script>x", "&#0;"]))
            for s, t, _, _ in rows
        )
        return encode(f"<html><body>{body}</body></html>")
    body = "".join(
        f"{s}: {t}" + draw(st.sampled_from([r"\par ", "{", "}", r"\u-3?", r"\'e9", r"\bin5 "]))
        for s, t, _, _ in rows
    )
    return encode(r"{\rtf1\ansi " + body + draw(st.sampled_from(["}", "", "}}"])))


@st.composite
def office_file(draw: Any, kind: str) -> bytes:
    rows = draw(turns())
    paragraphs = "".join(f"<w:p><w:r><w:t>{s}: {t}</w:t></w:r></w:p>" for s, t, _, _ in rows)
    noise = draw(st.sampled_from(["", "<w:p>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "\x00", "&undefined;"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if kind == "docx":
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr(
                "word/document.xml",
                encode(f'<w:document xmlns:w="w"><w:body>{paragraphs}{noise}</w:body></w:document>'),
            )
        elif kind == "odt":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr(
                "content.xml",
                encode(f"<office:document-content>{paragraphs}{noise}</office:document-content>"),
            )
        else:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr(
                "xl/worksheets/sheet1.xml",
                encode(f"<worksheet><sheetData>{paragraphs}{noise}</sheetData></worksheet>"),
            )
            archive.writestr("xl/sharedStrings.xml", encode(f"<sst>{noise}</sst>"))
    data = buffer.getvalue()
    if draw(st.booleans()):  # a damaged archive too
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    return data


@st.composite
def pdf_file(draw: Any) -> bytes:
    rows = draw(turns())
    stream = "".join(f"({s}: {t}) Tj " for s, t, _, _ in rows)
    body = draw(st.binary(max_size=200))
    return (
        b"%PDF-1.4\n1 0 obj << /Length 44 >> stream\n"
        + encode(stream)
        + b"\nendstream endobj\n"
        + body
        + b"\n%%EOF"
    )


STRATEGIES: dict[str, Any] = {
    "vtt": caption_file("vtt"),
    "srt": caption_file("srt"),
    "sbv": caption_file("sbv"),
    "otter": text_file("otter"),
    "rev": text_file("rev"),
    "zoom_txt": text_file("zoom_txt"),
    "zoom_chat": text_file("zoom_chat"),
    "google_meet": text_file("google_meet"),
    "descript": text_file("descript"),
    "plain": text_file("plain"),
    "markdown": text_file("markdown"),
    "json": json_file(),
    "csv": table_file("csv"),
    "tsv": table_file("tsv"),
    "jsonl": table_file("jsonl"),
    "html": markup_file("html"),
    "rtf": markup_file("rtf"),
    "docx": office_file("docx"),
    "odt": office_file("odt"),
    "xlsx": office_file("xlsx"),
    "pdf": pdf_file(),
}
SUFFIX = {
    "plain": ".txt",
    "otter": ".txt",
    "rev": ".txt",
    "zoom_txt": ".txt",
    "zoom_chat": ".txt",
    "google_meet": ".txt",
    "descript": ".txt",
    "markdown": ".md",
}


def run_format(name: str, examples: int, work: Path) -> dict[str, Any]:
    from assistant.core.workspace import Workspace
    from assistant.ingest.importing import _Importer

    workspace = Workspace.init(work / f"ws-{name}")
    forced = _Importer(workspace, study=None, fmt=name, interviewer=None, pseudonymise=False, index=False)
    detected = _Importer(workspace, study=None, fmt=None, interviewer=None, pseudonymise=False, index=False)
    counts: Counter[str] = Counter()
    crashes: list[str] = []
    internal: list[str] = []
    hangs: list[str] = []
    path = work / f"input{SUFFIX.get(name, '.' + name)}"

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(STRATEGIES[name])
    def check(data: bytes) -> None:
        path.write_bytes(data)
        for importer in (forced, detected):
            counts["inputs"] += 1
            try:
                with time_limit(20):
                    results = importer.import_file(path, False)
            except Hang:
                hangs.append(repr(data[:200]))
                continue
            except Exception:  # noqa: BLE001 - counted, then the run goes on
                crashes.append(f"{repr(data[:160])}: {traceback.format_exc(limit=2)[-400:]}")
                continue
            for result in results:
                counts[result.status] += 1
                if "internal error" in result.message:
                    internal.append(f"{repr(data[:160])}: {result.message[-250:]}")

    check()
    invalid = invalid_stored_files(workspace.root)
    return {
        "inputs": counts.pop("inputs", 0),
        "results": dict(counts),
        "tracebacks": len(crashes),
        "internal_errors": len(internal),
        "hangs": len(hangs),
        "invalid_stored_files": len(invalid),
        "examples": (crashes + internal + hangs + invalid)[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300, help="Hypothesis examples per format")
    parser.add_argument("--only", default=None, help="comma-separated formats (default: all)")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(STRATEGIES)
    work = Path(tempfile.mkdtemp(prefix="personas-hypothesis-"))
    started = time.monotonic()
    per_format: dict[str, Any] = {}
    try:
        for name in names:
            begin = time.monotonic()
            per_format[name] = run_format(name, args.examples, work)
            per_format[name]["seconds"] = round(time.monotonic() - begin, 1)
            row = per_format[name]
            print(
                f"{name:<12} inputs {row['inputs']:>5}  tracebacks {row['tracebacks']}  internal {row['internal_errors']}"
                f"  hangs {row['hangs']}  invalid {row['invalid_stored_files']}  {row['results']}",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    totals = {
        key: sum(row[key] for row in per_format.values())
        for key in ("inputs", "tracebacks", "internal_errors", "hangs", "invalid_stored_files")
    }
    result = {
        "command": f"PERSONAS_EMBEDDINGS__PROVIDER=hashing .venv/bin/python bench/hypothesis_import.py --examples {args.examples}",
        "formats": len(per_format),
        **totals,
        "seconds": round(time.monotonic() - started, 1),
        "per_format": per_format,
    }
    path = write_result("reliability_hypothesis.json", result)
    print(json.dumps(totals), f"in {result['seconds']} s; written to {path}")


if __name__ == "__main__":
    main()
