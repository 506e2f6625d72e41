"""Text exports: plain ``Name: text``, Otter, Rev, Descript, Zoom saved transcripts, Markdown, Google Meet."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from assistant.ingest.formats.base import (
    PROMPT,
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    clean_text,
    clock_seconds,
    merge_segments,
)
from assistant.ingest.formats.labels import SPEAKER_ALONE, SPEAKER_PREFIX, accept_labels, name_like
from assistant.ingest.formats.metadata import find_date, header_metadata
from assistant.ingest.formats.one_sided import TASK_LABEL, one_sided_label, parse_one_sided

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
OTTER_HEAD = re.compile(rf"^(\S.{{0,59}}?) {{2,}}({_TIME})\s*$")
REV_HEAD = re.compile(rf"^(\S.{{0,59}}?) \(({_TIME})\):\s*(.*)$")
DESCRIPT_LINE = re.compile(rf"^\[({_TIME})\]\s+([^:\[\]]{{1,60}}?):\s+(.*)$")
ZOOM_TXT_HEAD = re.compile(rf"^\[([^\[\]]{{1,60}})\]\s+({_TIME})\s*$")
ZOOM_CHAT_LINE = re.compile(rf"^({_TIME})\t([^\t]{{1,60}}?):\t(.*)$")
_HEADING = re.compile(r"^#{1,6}\s+\S")
MD_BOLD = re.compile(r"^\*\*([^*]{1,60}?)(?:[:：]\*\*|\*\*[:：])\s*(.*)$")
MD_BOLD_ALONE = re.compile(r"^\*\*([^*]{1,60}?)(?:[:：]\*\*|\*\*[:：])\s*$")
STAMP_LINE = re.compile(rf"^(?:\*\*|_)?\\?\[?({_TIME})\\?\]?(?:\*\*|_)?$")
MD_STAMP = re.compile(rf"\\?\[({_TIME})(?:\.\d+)?\\?\]\s*")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+.!|-])")
MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\((?:https?://|mailto:|www\.)[^)\s]{1,500}\)")
"""A Markdown link, read as its text: "a [Let's Encrypt](https://...) system" says "a Let's Encrypt system"."""
TIMES_ONLY = re.compile(
    rf"^[*_]*(?P<label>[^\W\d_][^*:]{{0,30}}?)[*_]*\s*:\s*"
    rf"(?:[*_]*\\?\[{_TIME}(?:\.\d+)?\\?\][*_]*\s*(?:to|-|–)?\s*)+$",
    re.I,
)
"""A label followed by times and no words ("**Break** : \\[20:00\\]", "Break: [57:26] to [58:16]"). A
label that never says anything else is a marker (a podcast's ad break), nobody's turn."""
MD_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference, which Markdown shows as its character: "It&#39;s" is "It's" (web exports)."""
MEET_TITLE = re.compile(r"^#*\s*(.+?)\s+[-–]\s+Transcript\s*$")
OTTER_FOOTER = re.compile(r"^Transcribed by https?://otter\.ai\s*$", re.I)
MEET_BOILERPLATE = re.compile(
    r"^[#*_\s]*This editable transcript was computer[- ]generated|^[#*_\s]*Meeting ended after\b", re.I
)

META_KEYS = frozenset(
    "date time interviewer interviewee participant source title location duration attendees name "
    "company role study recorded project language".split()
)

ROLE_KEYS = frozenset("interviewer interviewee participant".split())
"""Header keys that are also the labels of a short transcript's two speakers: read as speakers when
fewer than two other labels would be left and one of their lines says something."""


def _says_something(body: str) -> bool:
    """A turn ("What do you do each morning?"), not a header value ("Jane Doe", "P3, nurse")."""
    return len(body.split()) >= 4 or "?" in body


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.split("\n")]


def _finish(fmt: str, segments: list[Segment], path: Path, **extra: object) -> ParsedTranscript:
    utterances = merge_segments(segments)
    if not utterances:
        raise NotATranscriptError(path, f"no speaker turns found (read as {fmt})")
    return ParsedTranscript(format=fmt, utterances=utterances, **extra)  # type: ignore[arg-type]


def _headed_blocks(
    text: str,
    path: Path,
    fmt: str,
    head: re.Pattern[str],
    speaker_time: Callable[[re.Match[str]], tuple[str, str]],
) -> ParsedTranscript:
    """Formats where a header line (speaker + time) is followed by the turn's text lines."""
    segments: list[Segment] = []
    current: Segment | None = None
    preamble: list[str] = []
    for line in _lines(text):
        stripped = line.strip()
        if not stripped or OTTER_FOOTER.match(stripped):
            continue
        match = head.match(stripped)
        if match:
            speaker, stamp = speaker_time(match)
            current = Segment(speaker.strip(), "", clock_seconds(stamp) if stamp else None)
            segments.append(current)
            rest = match.groupdict().get("rest")
            if rest:
                current.text = rest
            continue
        if current is None:
            preamble.append(stripped)
            continue
        current.text = f"{current.text} {stripped}" if current.text else stripped
    title, date, hint, meta = header_metadata(preamble)
    return _finish(fmt, segments, path, title=title, date=date, interviewer_hint=hint, metadata=meta)


def parse_otter(text: str, path: Path) -> ParsedTranscript:
    """Otter.ai: ``Name  0:03`` then the text; the ``Transcribed by`` footer is dropped."""
    return _headed_blocks(text, path, "otter_txt", OTTER_HEAD, lambda m: (m.group(1), m.group(2)))


_REV_ANY = re.compile(rf"^(?P<speaker>\S.{{0,59}}?) \((?P<time>{_TIME})\):\s*(?P<rest>.*)$")


def parse_rev(text: str, path: Path) -> ParsedTranscript:
    """Rev: ``Speaker 1 (00:00):`` then the text (or the text on the same line)."""
    return _headed_blocks(text, path, "rev_txt", _REV_ANY, lambda m: (m.group("speaker"), m.group("time")))


_ZOOM_TXT = re.compile(rf"^\[(?P<speaker>[^\[\]]{{1,60}})\](?:\s+(?P<time>{_TIME}))?\s*$")


def parse_zoom_txt(text: str, path: Path) -> ParsedTranscript:
    """Zoom "Save transcript": ``[Name] 11:02:09`` then the text."""
    return _headed_blocks(text, path, "zoom_txt", _ZOOM_TXT, lambda m: (m.group("speaker"), m.group("time")))


def parse_descript(text: str, path: Path) -> ParsedTranscript:
    """Descript-style ``[00:00:03] Name: text`` lines; unlabelled lines continue the turn."""
    segments: list[Segment] = []
    preamble: list[str] = []
    for line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        match = DESCRIPT_LINE.match(stripped)
        if match:
            segments.append(Segment(match.group(2).strip(), match.group(3), clock_seconds(match.group(1))))
        elif segments:
            segments[-1].text += " " + stripped
        else:
            preamble.append(stripped)
    title, date, hint, meta = header_metadata(preamble)
    return _finish(
        "descript_txt", segments, path, title=title, date=date, interviewer_hint=hint, metadata=meta
    )


def parse_zoom_chat(text: str, path: Path) -> ParsedTranscript:
    """Zoom chat export: ``HH:MM:SS<TAB>Name:<TAB>text``."""
    segments: list[Segment] = []
    for line in _lines(text):
        match = ZOOM_CHAT_LINE.match(line)
        if match:
            segments.append(Segment(match.group(2).strip(), match.group(3), clock_seconds(match.group(1))))
        elif line.strip() and segments:
            segments[-1].text += " " + line.strip()
    return _finish("zoom_chat", segments, path)


def _marker_labels(lines: list[str]) -> set[str]:
    """Labels that only ever precede times (``TIMES_ONLY``), never words."""
    timed: set[str] = set()
    spoken: set[str] = set()
    for line in lines:
        stripped = line.strip()
        match = TIMES_ONLY.match(stripped)
        if match:
            timed.add(match.group("label").strip().casefold())
            continue
        said = MD_BOLD.match(stripped) or SPEAKER_PREFIX.match(stripped)
        if said:
            spoken.add(said.group(1).strip().strip("*_").casefold())
    return timed - spoken


def _is_marker(stripped: str, markers: set[str]) -> bool:
    match = TIMES_ONLY.match(stripped) if markers else None
    return bool(match and match.group("label").strip().casefold() in markers)


def _labelled(
    text: str,
    path: Path,
    fmt: str,
    *,
    markdown: bool = False,
    drop: re.Pattern[str] | None = None,
    skip_header_until: Callable[[str], bool] | None = None,
    trust_labels: bool = False,
) -> ParsedTranscript:
    """Lines or paragraphs starting ``Name:`` (or ``**Name:**``); other lines continue the turn."""
    lines = _lines(text)
    counts: Counter[str] = Counter()
    said: dict[str, str] = {}  # each label's first words on its line
    nonblank = 0
    markers = _marker_labels(lines)
    for line in lines:
        stripped = line.strip()
        if not stripped or _is_marker(stripped, markers):
            continue
        nonblank += 1
        bold = MD_BOLD.match(stripped)
        if bold:
            counts[bold.group(1).strip()] += 2  # bold labels are explicit
            continue
        alone = SPEAKER_ALONE.match(stripped)
        if alone:
            label = alone.group(1).strip()
            counts[label] += (
                2 if label[:1].isupper() else 1
            )  # a capitalised label alone on a line is explicit
            continue
        match = SPEAKER_PREFIX.match(stripped)
        if match:
            counts[match.group(1).strip()] += 1
            said.setdefault(match.group(1).strip(), match.group(2))
    accepted = accept_labels(counts, nonblank)
    if trust_labels:  # the layout is known (Google Meet): any name-like label is a speaker
        accepted |= {label for label in counts if name_like(label)}
    header = {label for label in accepted if label.casefold() in META_KEYS and counts[label] == 1}
    if len(accepted - header) < 2:  # "Interviewer: ..." / "Participant: ..." may be the whole conversation
        roles = {label for label in header if label.casefold() in ROLE_KEYS}
        if any(_says_something(said.get(label, "")) for label in roles):
            header -= roles
    accepted -= header
    accepted = {label for label in accepted if not TASK_LABEL.match(label)}  # "Task 3:" is a prompt

    segments: list[Segment] = []
    preamble: list[str] = []
    current: Segment | None = None
    stamp: float | None = None
    header_done = skip_header_until is None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if not header_done:
            assert skip_header_until is not None
            preamble.append(stripped)
            header_done = skip_header_until(stripped)
            continue
        if (drop is not None and drop.search(stripped)) or _is_marker(stripped, markers):
            continue
        if segments and (TASK_LABEL.match(stripped) or _HEADING.match(stripped)):
            segments.append(Segment(None, stripped.lstrip("#").strip(), kind=PROMPT))
            current = None  # what follows a heading is nobody's turn until a label says whose
            continue
        stamp_match = STAMP_LINE.match(stripped)
        if stamp_match:
            stamp = clock_seconds(stamp_match.group(1))
            continue
        speaker, body = None, None
        bold = MD_BOLD.match(stripped)
        if bold and bold.group(1).strip() in accepted | {bold.group(1).strip()}:
            speaker, body = bold.group(1).strip(), bold.group(2)
        else:
            match = SPEAKER_PREFIX.match(stripped) or SPEAKER_ALONE.match(stripped)
            if match and match.group(1).strip() in accepted:
                speaker = match.group(1).strip()
                body = match.group(2) if match.re is SPEAKER_PREFIX else ""
        if speaker is not None:
            start = stamp
            if body:
                leading = MD_STAMP.match(body)
                if leading:  # "Name: [00:01:02] text" (Markdown exports, noScribe): the turn's start
                    start = clock_seconds(leading.group(1))
                    if not markdown:
                        body = body[leading.end() :]
            current = Segment(speaker, body or "", start)
            segments.append(current)
            stamp = None
        elif current is None and not segments:
            preamble.append(stripped)
            continue
        elif current is None:
            current = Segment(None, stripped, stamp)
            segments.append(current)
        else:
            current.text = f"{current.text} {stripped}" if current.text else stripped
    if markdown:
        for segment in segments:
            text = MD_ESCAPE.sub(r"\1", MD_STAMP.sub("", segment.text))
            segment.text = MD_LINK.sub(r"\1", MD_ENTITY.sub(lambda m: html.unescape(m.group(0)), text))
    title, date, hint, meta = header_metadata(preamble)
    parsed = _finish(fmt, segments, path, title=title, date=date, interviewer_hint=hint, metadata=meta)
    if len(parsed.utterances) < 2:
        raise NotATranscriptError(path, f"only one speaker turn found (read as {fmt}); not a conversation")
    if len(segments) < nonblank * 0.01:
        raise NotATranscriptError(
            path, f"too few speaker turns for its length (read as {fmt}); not a transcript"
        )
    return parsed


def parse_plain(text: str, path: Path) -> ParsedTranscript:
    """``Name: text`` lines, or a ``Name:`` line followed by paragraphs; a header block is metadata.

    When only one side is labelled (``MODERATOR:`` lines between unlabelled paragraphs), the
    unlabelled paragraphs stay separate unattributed turns instead of joining the labelled one.
    """
    label = one_sided_label(text)
    if label is not None:
        return parse_one_sided(text, path, label)
    return _labelled(text, path, "plain_txt")


def parse_markdown(text: str, path: Path) -> ParsedTranscript:
    """``**Name:** text`` paragraphs, optional ``\\[hh:mm:ss\\]`` stamps and a ``# Interview`` header."""
    return _labelled(text, path, "markdown", markdown=True)


def parse_google_meet(text: str, path: Path) -> ParsedTranscript:
    """Google Meet (Gemini) transcript: title with date, attendees, boilerplate, ``Name: text`` turns."""
    parsed = _labelled(text, path, "google_meet", markdown=True, drop=MEET_BOILERPLATE, trust_labels=True)
    for line in _lines(text)[:5]:
        match = MEET_TITLE.match(line.strip())
        if match:
            parsed.title = match.group(1).strip()
            parsed.date = parsed.date or find_date(match.group(1))
            break
    attendees = parsed.metadata.pop("preamble", "")
    if attendees:
        parsed.metadata["attendees"] = attendees
    return parsed


def looks_like(text: str) -> str | None:
    """Which text layout this is, judging from the first few hundred lines."""
    lines = [line.strip() for line in text.split("\n")[:400] if line.strip()]
    if not lines:
        return None
    head = "\n".join(lines[:8])
    scores: Counter[str] = Counter()
    for line in lines:
        if OTTER_HEAD.match(line):
            scores["otter_txt"] += 1
        elif _REV_ANY.match(line):
            scores["rev_txt"] += 1
        elif DESCRIPT_LINE.match(line):
            scores["descript_txt"] += 1
        elif _ZOOM_TXT.match(line):
            scores["zoom_txt"] += 1
        elif ZOOM_CHAT_LINE.match(line):
            scores["zoom_chat"] += 1
        elif MD_BOLD.match(line):
            scores["markdown"] += 1
        else:
            match = SPEAKER_PREFIX.match(line) or SPEAKER_ALONE.match(line)
            if match and name_like(match.group(1)):
                scores["plain_txt"] += 1
    if "Transcribed by https://otter.ai" in text[-500:]:
        scores["otter_txt"] += 5
    if any(MEET_TITLE.match(line) for line in lines[:5]) and (
        "Attendees" in head or re.search(r"editable transcript was computer", text[:5000])
    ):
        return "google_meet"
    if not scores:
        return None
    best, count = scores.most_common(1)[0]
    if best == "plain_txt" and scores["markdown"] >= 2:
        return "markdown"
    if best == "plain_txt" and count < 2:
        return None
    return best


def clean_pdf_text(text: str) -> str:
    """Text from a PDF's text layer: tabs to spaces, page markers and line-number columns dropped."""
    kept: list[str] = []
    for line in text.split("\n"):
        stripped = clean_text(line)
        if re.fullmatch(r"\d{1,4}(?:\s*/\s*\d{1,4})?", stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept)
