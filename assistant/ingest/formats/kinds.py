"""Is this an interview? Monologues, lectures, one-speaker files and tables of codes are not.

Importing them as interviews would make one person's talk, or a researcher's coding table, into
"participant evidence". They are refused with the reason (``--force`` imports them anyway); long
conversations that read like a podcast are imported with a warning. Very long turns are split at
sentence boundaries so no unit shown or embedded is tens of thousands of characters long (the
embedding model reads 512 tokens and would silently ignore the rest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.sentences import split_sentences
from assistant.ingest.formats.base import PROMPT, ParsedTranscript, ParsedUtterance

MONOLOGUE_SHARE = 0.93
"""One speaker with this share of the words (of at least MIN_WORDS) is giving a monologue or lecture."""
MIN_WORDS = 400
CONVERSATION_WORDS = 5000
CONVERSATION_HOST_SHARE = 0.25
"""Long talks where the "interviewer" says this much read like a podcast or discussion among peers."""
MAX_UTTERANCE_CHARS = 1500
"""Longer turns are split at sentence ends (about 350 words: inside what an embedding model reads)."""

_CODE_PATH = re.compile(r"\w[\w'’()/ -]{1,60}? > \w")
_CODE_TITLE = re.compile(
    r"\b(?:coded segments|code system|codebook|code book|coding (?:frame|scheme))\b", re.I
)


@dataclass
class KindCheck:
    """Why a parsed file is not an interview (None: it is one), and softer doubts."""

    refuse: str | None = None
    warnings: list[str] = field(default_factory=list)


def _speech(parsed: ParsedTranscript) -> list[ParsedUtterance]:
    return [u for u in parsed.utterances if u.kind != PROMPT]


def check_kind(parsed: ParsedTranscript, interviewers: list[str] | None = None) -> KindCheck:
    """Refuse monologues, one-speaker files and code tables; warn about podcast-like conversations."""
    check = KindCheck()
    speech = _speech(parsed)
    words_by: dict[str | None, int] = {}
    for utterance in speech:
        key = utterance.speaker.rstrip("?").strip() if utterance.speaker else None
        words_by[key] = words_by.get(key, 0) + len(utterance.text.split())
    total = sum(words_by.values())
    text = " ".join(u.text for u in speech[:2000])
    code_paths = len(_CODE_PATH.findall(text))
    head = " ".join([parsed.title or "", *(u.text for u in parsed.utterances[:3])])
    if (code_paths >= 10 and code_paths * 1500 >= total) or (_CODE_TITLE.search(head) and code_paths >= 3):
        check.refuse = (
            f"a table of coded segments ({code_paths} code paths like 'Code > Subcode'), not a transcript"
        )
        return check
    named = {k: v for k, v in words_by.items() if k is not None}
    prompts = sum(1 for u in parsed.utterances if u.kind == PROMPT)
    if prompts >= 3:
        return check  # task prompts between the answers: a think-aloud or usability session, not a lecture
    unattributed = words_by.get(None, 0)
    if total < MIN_WORDS or not named:
        if not named and total >= 2000:
            check.warnings.append(
                f"no speaker labels in {total:,} words: cannot tell a monologue from an interview"
            )
        return check
    if len(named) == 1 and unattributed < total * 0.1:
        speaker = next(iter(named))
        check.refuse = (
            f"only one speaker ({speaker!r}, {total:,} words): a monologue or lecture, not an interview"
        )
        return check
    top, top_words = max(named.items(), key=lambda item: item[1])
    if top_words >= MONOLOGUE_SHARE * total:
        check.refuse = (
            f"a monologue or lecture: {top!r} says {top_words / total:.0%} of {total:,} words, "
            "the others hardly speak"
        )
        return check
    hosts = [name.rstrip("?").strip() for name in interviewers or []]
    host_words = sum(named.get(name, 0) for name in hosts)
    if total >= CONVERSATION_WORDS and host_words >= CONVERSATION_HOST_SHARE * total and len(named) <= 3:
        check.warnings.append(
            f"reads like a podcast or a conversation between peers, not a research interview: the interviewer "
            f"says {host_words / total:.0%} of {total:,} words"
        )
    return check


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after sentences (else between words)."""
    sentences = [text[span.start : span.end] for span in split_sentences(text)] or [text]
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > limit:  # one endless "sentence" (ASR without punctuation): cut at a space
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return pieces


def split_long_turns(parsed: ParsedTranscript, limit: int = MAX_UTTERANCE_CHARS) -> int:
    """Split turns longer than ``limit`` characters into consecutive turns of the same speaker.

    Only the first piece keeps the start time and only the last the end time: times inside a turn are
    not known, and are not guessed. Returns how many turns were split.
    """
    split = 0
    result: list[ParsedUtterance] = []
    for utterance in parsed.utterances:
        if len(utterance.text) <= limit:
            result.append(utterance)
            continue
        pieces = _pieces(utterance.text, limit)
        split += 1
        for number, piece in enumerate(pieces):
            result.append(
                ParsedUtterance(
                    utterance.speaker,
                    piece,
                    utterance.start if number == 0 else None,
                    utterance.end if number == len(pieces) - 1 else None,
                    utterance.kind,
                )
            )
    parsed.utterances = result
    return split
