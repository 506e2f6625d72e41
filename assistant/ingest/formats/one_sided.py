"""Transcripts where only one side is labelled, and the lines in them that nobody said.

Think-aloud and usability sessions are often typed as ``MODERATOR: ...`` lines between unlabelled
paragraphs of the participant, with the task sheet's numbered prompts and headings in between. Read
as ordinary ``Name: text`` turns, every participant paragraph would be glued to the moderator's last
question; here unlabelled paragraphs stay separate, unattributed turns (``--unlabelled-speaker``
names them) and prompts, headings and stage directions are kept as context, never as speech.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from assistant.ingest.formats.base import (
    PROMPT,
    NotATranscriptError,
    ParsedTranscript,
    Segment,
    merge_segments,
)
from assistant.ingest.formats.labels import SPEAKER_ALONE, SPEAKER_PREFIX, name_like
from assistant.ingest.formats.metadata import header_metadata

# Role words that label the interviewing side (several languages), for a label used only once.
_ROLE_LABEL = re.compile(
    r"^(?:moderat(?:or|orin|rice|eur|ora)|interviewer(?:in)?|intervieweu[rs]e?|entrevistador(?:a)?|"
    r"researcher|facilitator|host|animat(?:eur|rice)|enqu[eê]t(?:eur|rice)|pesquisador(?:a)?|"
    r"investigador(?:a)?|forscher(?:in)?|mod|int|q|i)\b",
    re.I,
)
_NUMBERED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2})*(?P<sub>\.?[a-z]{1,3}\b)?)[.)]?|(?P<roman>[a-z]{1,2}\.[ivx]{1,5}|[ivx]{1,5})[.)]?)"
    r"\s+\S"
)
TASK_LABEL = re.compile(
    r"^(?:task|question|section|part|step|scenario|exercise|prompt|aufgabe|frage|abschnitt|t[âa]che|"
    r"exercice|tarea|pregunta|tarefa|pergunta|quest[ãa]o)\s*\d{1,3}[a-z]?\b",
    re.I,
)
_STAGE = re.compile(r"^[(\[][^()\[\]]{2,300}[)\]]\.?$")
_SENTENCE_END = re.compile(r"[.?!…\"”’')\]]$")
_HEADING_PUNCTUATION = re.compile(r"[.?!,;:…]")


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def _next_nonblank(lines: list[str], index: int) -> int | None:
    for later in range(index + 1, len(lines)):
        if lines[later].strip():
            return later
    return None


def prompt_lines(lines: list[str]) -> set[int]:
    """Indices of task prompts, headings and stage directions among a document's raw lines.

    A numbered line is a prompt when speech under it is indented deeper, another numbered line follows,
    or its number has a sub-part (``3.b``, ``c.ii``); a short unpunctuated line is a heading when the
    text under it is indented deeper. Speech that starts with a number ("20 data sets...") stays speech.
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if TASK_LABEL.match(stripped) or stripped.startswith("#") or _STAGE.match(stripped):
            found.add(index)
            continue
        following = _next_nonblank(lines, index)
        deeper = following is not None and _indent(lines[following]) > _indent(line)
        numbered = _NUMBERED.match(stripped)
        if numbered:
            next_numbered = following is not None and _NUMBERED.match(lines[following].strip()) is not None
            if deeper or next_numbered or numbered.group("sub") or numbered.group("roman"):
                found.add(index)
            continue
        words = stripped.split()
        if (
            deeper
            and len(words) <= 6
            and stripped[0].isupper()
            and not _HEADING_PUNCTUATION.search(stripped)
            and not SPEAKER_PREFIX.match(stripped)
        ):
            found.add(index)
    return found


def _label_of(stripped: str) -> tuple[str, str] | None:
    match = SPEAKER_PREFIX.match(stripped)
    if match:
        return match.group(1).strip(), match.group(2)
    alone = SPEAKER_ALONE.match(stripped)
    if alone:
        return alone.group(1).strip(), ""
    return None


def one_sided_label(text: str) -> str | None:
    """The only speaker label of a transcript whose other side is unlabelled, or None.

    The label must be the only name-like one, used inline (``MODERATOR: text``), and followed by
    unlabelled paragraphs that start after a finished sentence (not a wrapped line of its own turn);
    a role word (Moderator, Interviewer...) may be used just once.
    """
    raw = text.split("\n")
    prompts = prompt_lines(raw)
    counts: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for index, line in enumerate(raw):
        stripped = line.strip()
        if not stripped or index in prompts or TASK_LABEL.match(stripped):
            continue
        found = _label_of(stripped)
        if found and name_like(found[0]):
            counts[found[0]] += 1
            if not found[1]:
                alone[found[0]] += 1
    candidates = [label for label, count in counts.items() if count >= 2 or _ROLE_LABEL.match(label)]
    if len(candidates) != 1:
        return None
    label = candidates[0]
    if counts[label] == 1 and not _ROLE_LABEL.match(label):
        return None
    if alone[label] * 2 > counts[label]:
        return None  # "Name:" alone on a line, then paragraphs: that is one speaker's long turn
    if any(alone[other] for other in counts if other != label):
        return None  # another speaker is labelled on a line of its own: both sides are labelled
    if any(
        label_count >= 2 and other != label and not _ROLE_LABEL.match(other)
        for other, label_count in counts.items()
    ):
        return None
    orphans = 0
    previous = ""
    for index, line in enumerate(raw):
        stripped = line.strip()
        if not stripped or index in prompts:
            previous = "" if not stripped else previous
            continue
        found = _label_of(stripped)
        if found is None and len(stripped.split()) >= 3 and (not previous or _SENTENCE_END.search(previous)):
            orphans += 1
        previous = stripped
    return label if orphans >= 3 and orphans >= counts[label] // 2 else None


def _looks_like_header(stripped: str) -> bool:
    return len(stripped.split()) <= 12 and not _SENTENCE_END.search(stripped)


def parse_one_sided(text: str, path: Path, label: str, fmt: str = "plain_txt") -> ParsedTranscript:
    """Turns of ``label``, unlabelled paragraphs as unattributed turns, prompts and headings as context."""
    raw = text.split("\n")
    prompts = prompt_lines(raw)
    segments: list[Segment] = []
    preamble: list[str] = []
    current: Segment | None = None
    previous = ""
    started = False
    for index, line in enumerate(raw):
        stripped = line.strip()
        if not stripped:
            previous = ""
            continue
        found = _label_of(stripped)
        if index in prompts:
            segments.append(Segment(None, stripped, kind=PROMPT))
            current, previous, started = None, stripped, True
            continue
        if found is not None and found[0] == label:
            current = Segment(label, found[1])
            segments.append(current)
            previous, started = stripped, True
            continue
        if not started and _looks_like_header(stripped):
            preamble.append(stripped)
            continue
        started = True
        continues = current is not None and previous and not _SENTENCE_END.search(previous)
        if continues and current is not None:
            current.text = f"{current.text} {stripped}" if current.text else stripped
        else:
            current = Segment(None, stripped)
            segments.append(current)
        previous = stripped
    utterances = merge_segments(segments)
    if not any(u.speaker is None and u.kind != PROMPT for u in utterances):
        raise NotATranscriptError(path, f"only {label!r} speaks; not a conversation")
    title, when, hint, metadata = header_metadata(preamble)
    parsed = ParsedTranscript(
        format=fmt, utterances=utterances, title=title, date=when, interviewer_hint=hint, metadata=metadata
    )
    unlabelled = sum(1 for u in utterances if u.speaker is None and u.kind != PROMPT)
    prompt_count = sum(1 for u in utterances if u.kind == PROMPT)
    parsed.notes.append(
        f"only {label!r} is labelled: {unlabelled} unlabelled paragraphs kept apart"
        + (f", {prompt_count} task prompts and headings kept as context (not speech)" if prompt_count else "")
    )
    parsed.metadata["one_sided_label"] = label
    return parsed


def assign_unlabelled(parsed: ParsedTranscript, speaker: str) -> int:
    """Give unlabelled speech to ``speaker`` (``--unlabelled-speaker``); prompts stay nobody's.

    Consecutive turns of one speaker are merged again; returns how many turns were attributed.
    """
    assigned = 0
    segments: list[Segment] = []
    for utterance in parsed.utterances:
        name = utterance.speaker
        if name is None and utterance.kind != PROMPT:
            name = speaker
            assigned += 1
        segments.append(Segment(name, utterance.text, utterance.start, utterance.end, utterance.kind))
    if assigned:
        parsed.utterances = merge_segments(segments)
        parsed.warnings = [w for w in parsed.warnings if "--unlabelled-speaker" not in w]
    return assigned
