"""Load the dev study's transcripts as Transcript objects, with the real importer when it exists."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

from assistant.core.models import Interview, Transcript, Utterance


def _checker_module(dev_dir: Path):
    """The dataset's own validator, used as a fallback parser while the importers are missing."""
    spec = importlib.util.spec_from_file_location("check_dataset", dev_dir / "check_dataset.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(dev_dir / "check_dataset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _with_manifest_roles(transcript: Transcript, info: dict) -> Transcript:
    """Set roles from manifest.json: its participant label is the participant, the rest are not."""
    participant = info["participant"]["label"]
    interviewer = info["interviewer"]["label"]
    for utterance in transcript.utterances:
        if utterance.speaker == participant:
            utterance.role = "participant"
        elif utterance.speaker == interviewer:
            utterance.role = "interviewer"
        else:
            utterance.role = "other"
    transcript.interview.participant = participant
    return transcript


def fallback_transcript(path: Path, info: dict, checker) -> Transcript:
    """Parse one dev file with the dataset validator's parser (utterance definition of the README)."""
    raw = path.read_text(encoding="utf-8")
    segments = checker.parse_segments(raw, info["format"])
    utterances = checker.to_utterances(segments)
    interview_id = path.stem
    interview = Interview(
        id=interview_id,
        title=path.stem,
        language=info.get("language"),
        source_file=path.name,
        source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
        format=info["format"],
        imported_at=datetime.now(UTC),
    )
    return Transcript(
        interview=interview,
        utterances=[
            Utterance(id=f"{interview_id}:{n}", speaker=u["speaker"], text=u["text"])
            for n, u in enumerate(utterances, 1)
        ],
    )


def load_dev_transcripts(dev_dir: Path, *, use_importer: bool = True) -> tuple[list[Transcript], str]:
    """All dev transcripts with manifest roles, and which parser produced them."""
    manifest = json.loads((dev_dir / "manifest.json").read_text(encoding="utf-8"))["files"]
    parser = "fallback:check_dataset.py"
    parse_file = None
    if use_importer:
        try:
            from assistant.ingest.formats import parse_file as real_parse_file  # type: ignore[attr-defined]

            parse_file = real_parse_file
            parser = "assistant.ingest.formats.parse_file"
        except ImportError:
            parse_file = None
            parser = "fallback:check_dataset.py"
    checker = _checker_module(dev_dir)
    transcripts = []
    for name, info in sorted(manifest.items()):
        path = dev_dir / name
        transcript = None
        if parse_file is not None:
            try:
                transcript = _from_parsed(parse_file(path), path, info)
            except Exception:  # noqa: BLE001 - importer still in progress: fall back, say so
                transcript = None
                parser = "mixed (importer failed on some files)"
        if transcript is None:
            transcript = fallback_transcript(path, info, checker)
        transcripts.append(_with_manifest_roles(transcript, info))
    return transcripts, parser


def _from_parsed(parsed, path: Path, info: dict) -> Transcript:
    """Build a Transcript from the importer's ParsedTranscript (utterances with speaker and text)."""
    interview_id = path.stem
    utterances = [
        Utterance(
            id=f"{interview_id}:{n}",
            speaker=getattr(u, "speaker", None),
            start=getattr(u, "start", None),
            end=getattr(u, "end", None),
            text=u.text,
        )
        for n, u in enumerate(parsed.utterances, 1)
    ]
    interview = Interview(
        id=interview_id,
        title=path.stem,
        language=info.get("language"),
        source_file=path.name,
        source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
        format=info["format"],
        imported_at=datetime.now(UTC),
    )
    return Transcript(interview=interview, utterances=utterances)
