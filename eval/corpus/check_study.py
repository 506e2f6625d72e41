#!/usr/bin/env python3
"""Validate one evaluation study folder (laid out like ../shared/data/dev) against its own labels.

Standard library only, independent of the `assistant` package: it is the reference reading of the
files that every label refers to. It parses each transcript into utterances (a maximal run of
consecutive segments by one speaker, joined with a single space; VTT text HTML-unescaped), then
checks that speakers match manifest.json, that every gold and question quote is a verbatim
substring of ONE utterance of the file's participant, that no quote holds personal data, that the
personal data listed is really in the text, that every file has a persona, and that the questions
include unanswerable ones whose absent terms are truly absent. Exit status 1 on any failure.

Usage: python3 check_study.py STUDY_DIR [--quiet]
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CATEGORIES = ["situation", "pain", "impact", "critical_event", "trigger", "decision", "channel"]
PII_TEXT_KEYS = ("mentioned_full_names", "mentioned_first_names", "emails", "phones", "addresses")
TRANSCRIPT_GLOB = "interview-*"
# Japanese (and Chinese) is written without spaces between words: in text holding kana or kanji,
# each such character counts as 1/CJK_CHARS_PER_WORD of a word (about 2.5 Japanese characters per
# English word, in translation and in speech: ~350 characters a minute against ~140 words), CJK
# punctuation counts as nothing, and anything else counts as space-separated words. Text without
# kana or kanji is counted exactly as before, by spaces.
CJK_CHARS_PER_WORD = 2.5
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")

TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}")
NAME_PREFIX = re.compile(r"^([^:<>\n]{1,80}?): (.*)$", re.S)
VOICE = re.compile(r"<v\s+([^>]+)>(.*?)(?:</v>|$)", re.S)
OTTER_HEAD = re.compile(r"^(.+?)  (\d{1,2}:\d{2}(?::\d{2})?)\s*$")
REV_HEAD = re.compile(r"^(.+?) \((\d{1,2}:\d{2}(?::\d{2})?)\):\s*$")
MD_LINE = re.compile(r"^\*\*([^*]+?):\*\*\s?(.*)$")
PLAIN_LINE = re.compile(r"^([^:\n]{1,60}): (.*)$")


def detect_format(text: str) -> str:
    """The export layout, from content only."""
    if text.startswith("WEBVTT"):
        return "teams_vtt" if VOICE.search(text) else "zoom_vtt"
    if re.match(r"^\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->", text):
        return "srt"
    if "Transcribed by https://otter.ai" in text:
        return "otter_txt"
    lines = text.splitlines()
    if any(REV_HEAD.match(line) for line in lines):
        return "rev_txt"
    if any(MD_LINE.match(line) for line in lines):
        return "markdown"
    return "plain_txt"


def _cues(text: str):
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip("\n").splitlines()
        for i, line in enumerate(lines):
            if TIMING.match(line):
                yield [ln.strip() for ln in lines[i + 1 :] if ln.strip()]
                break


def _headed_segments(text: str, head: re.Pattern[str]):
    speaker, buffer = None, []
    for line in text.splitlines() + [""]:
        if line.strip().startswith("Transcribed by https://otter.ai"):
            break
        match = head.match(line)
        if match:
            if speaker is not None and buffer:
                yield speaker, " ".join(buffer)
            speaker, buffer = match.group(1).strip(), []
        elif line.strip():
            if speaker is not None:
                buffer.append(line.strip())
        elif speaker is not None and buffer:
            yield speaker, " ".join(buffer)
            buffer = []
    if speaker is not None and buffer:
        yield speaker, " ".join(buffer)


def parse_segments(text: str, fmt: str) -> list[tuple[str | None, str]]:
    """(speaker, text) segments; speaker None continues the previous speaker."""
    segments: list[tuple[str | None, str]] = []
    if fmt == "teams_vtt":
        for lines in _cues(text):
            joined = " ".join(lines)
            voices = VOICE.findall(joined)
            if voices:
                segments.extend((spk.strip(), html.unescape(body.strip())) for spk, body in voices)
            elif joined:
                segments.append((None, html.unescape(joined)))
    elif fmt in ("zoom_vtt", "srt"):
        for lines in _cues(text):
            joined = " ".join(lines)
            if not joined:
                continue
            if fmt == "zoom_vtt":
                joined = html.unescape(joined)
            match = NAME_PREFIX.match(joined)
            segments.append((match.group(1).strip(), match.group(2).strip()) if match else (None, joined))
    elif fmt in ("otter_txt", "rev_txt"):
        segments.extend(_headed_segments(text, OTTER_HEAD if fmt == "otter_txt" else REV_HEAD))
    elif fmt in ("markdown", "plain_txt"):
        pattern = MD_LINE if fmt == "markdown" else PLAIN_LINE
        started = False
        for line in text.splitlines():
            match = pattern.match(line)
            if match:
                started = True
                segments.append((match.group(1).strip(), match.group(2).strip()))
            elif started and line.strip() and not line.startswith(("#", "---")):
                segments.append((None, line.strip()))
    else:
        raise ValueError(f"unknown format {fmt}")
    return segments


def to_utterances(segments: list[tuple[str | None, str]]) -> list[dict]:
    utterances: list[dict] = []
    for speaker, text in segments:
        if not text:
            continue
        if utterances and (speaker is None or speaker == utterances[-1]["speaker"]):
            utterances[-1]["segments"].append(text)
        else:
            utterances.append({"speaker": speaker, "segments": [text]})
    for utterance in utterances:
        utterance["text"] = " ".join(utterance["segments"])
    return utterances


def count_words(text: str) -> float:
    """Words in `text`: split on spaces, except kana and kanji (see CJK_CHARS_PER_WORD)."""
    cjk = len(CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return len(CJK_PUNCT.sub(" ", CJK_CHAR.sub(" ", text)).split()) + cjk / CJK_CHARS_PER_WORD


def read_utterances(path: Path) -> tuple[str, list[dict]]:
    text = path.read_text(encoding="utf-8-sig")
    fmt = detect_format(text)
    return fmt, to_utterances(parse_segments(text, fmt))


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: invalid JSON: {exc}") from exc
    return rows


def check(root: Path, quiet: bool = False) -> list[str]:
    """Every problem found in the study folder `root` (empty when it is consistent)."""
    errors: list[str] = []
    say = (lambda *a: None) if quiet else print
    manifest_doc = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    manifest = manifest_doc["files"]
    study = manifest_doc.get("study", {})
    min_words, max_words = study.get("words", [1200, 2500])
    min_files, max_files = study.get("files", [6, 12])
    min_categories = study.get("min_categories_per_file", 7)
    min_findings = study.get("min_findings_per_file", 10)
    min_questions, min_unanswerable = study.get("questions", [10, 3])
    personas = json.loads((root / "personas.json").read_text(encoding="utf-8"))
    gold = read_jsonl(root / "gold_findings.jsonl")
    questions = read_jsonl(root / "questions.jsonl")

    names = sorted(p.name for p in root.glob(TRANSCRIPT_GLOB))
    if not min_files <= len(names) <= max_files:
        errors.append(f"{len(names)} transcripts, expected {min_files}-{max_files}")
    parsed: dict[str, list[dict]] = {}
    say(f"{'file':34s} {'format':10s} {'lang':6s} {'utts':>4s} {'words':>6s}  speakers")
    for name in names:
        meta = manifest.get(name)
        if meta is None:
            errors.append(f"{name}: no manifest entry")
            continue
        fmt, utterances = read_utterances(root / name)
        if fmt != meta["format"]:
            errors.append(f"{name}: detected format {fmt}, manifest says {meta['format']}")
        parsed[name] = utterances
        speakers = Counter(u["speaker"] for u in utterances)
        participant = meta["participant"]["label"]
        known = {participant, meta["interviewer"]["label"]} | {
            o["label"] for o in meta.get("other_speakers", [])
        }
        if None in speakers:
            errors.append(f"{name}: {speakers[None]} utterance(s) with no speaker")
        errors.extend(
            f"{name}: unexpected speaker label {s!r}" for s in speakers if s is not None and s not in known
        )
        errors.extend(f"{name}: speaker {s!r} from manifest not in file" for s in known if s not in speakers)
        words = round(sum(count_words(u["text"]) for u in utterances))
        if not min_words <= words <= max_words:
            errors.append(f"{name}: {words} words, outside {min_words}-{max_words}")
        say(
            f"{name:34s} {fmt:10s} {meta.get('language', '?'):6s} {len(utterances):4d} {words:6d}  "
            + ", ".join(f"{s} ({c})" for s, c in speakers.items())
        )
        full_text = "\n".join(u["text"] for u in utterances)
        pii = meta.get("pii", {})
        for key in PII_TEXT_KEYS:
            for item in pii.get(key, []):
                if item not in full_text:
                    errors.append(f"{name}: pii.{key} {item!r} not found in utterance text")
        for item in pii.get("keep", []):
            if item not in full_text:
                errors.append(f"{name}: pii.keep {item!r} (a name to keep) not found in utterance text")
        injection = meta.get("prompt_injection")
        if injection and not any(injection in u["text"] for u in utterances if u["speaker"] == participant):
            errors.append(f"{name}: prompt_injection text not in a participant utterance")

    pii_by_file = {
        name: [
            x
            for key in ("speaker_names",) + PII_TEXT_KEYS
            for x in manifest[name].get("pii", {}).get(key, [])
        ]
        for name in manifest
    }

    def check_quote(where: str, file_name: str, quote: str, stats: Counter) -> None:
        if file_name not in parsed:
            errors.append(f"{where}: unknown file {file_name!r}")
            return
        if not quote.strip():
            errors.append(f"{where}: empty quote")
            return
        participant = manifest[file_name]["participant"]["label"]
        hits = [u for u in parsed[file_name] if u["speaker"] == participant and quote in u["text"]]
        if not hits:
            others = [u["speaker"] for u in parsed[file_name] if quote in u["text"]]
            why = f"found only in {others}" if others else "not found verbatim"
            errors.append(f"{where}: quote {why} in {file_name}: {quote!r}")
            return
        stats["ok"] += 1
        for item in pii_by_file.get(file_name, []):
            if re.search(r"(?<!\w)" + re.escape(item) + r"(?!\w)", quote):
                errors.append(f"{where}: quote holds personal data {item!r}: {quote!r}")

    gold_stats: Counter = Counter()
    per_category: Counter = Counter()
    per_file: dict[str, Counter] = defaultdict(Counter)
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(gold, 1):
        where = f"gold_findings.jsonl:{number}"
        if set(row) != {"file", "category", "quote", "statement"}:
            errors.append(f"{where}: keys {sorted(row)}")
        if row.get("category") not in CATEGORIES:
            errors.append(f"{where}: bad category {row.get('category')!r}")
        if not str(row.get("statement", "")).strip():
            errors.append(f"{where}: empty statement")
        key = (row.get("file", ""), row.get("quote", ""))
        if key in seen:
            errors.append(f"{where}: duplicate quote in the same file")
        seen.add(key)
        check_quote(where, row.get("file", ""), row.get("quote", ""), gold_stats)
        per_category[row.get("category")] += 1
        per_file[row.get("file", "")][row.get("category")] += 1
    for name in names:
        present = [c for c in CATEGORIES if per_file[name][c]]
        if len(present) < min_categories:
            errors.append(f"{name}: gold findings in {len(present)} categories, expected >= {min_categories}")
        if sum(per_file[name].values()) < min_findings:
            errors.append(f"{name}: {sum(per_file[name].values())} gold findings, expected >= {min_findings}")

    persona_ids = [p.get("id") for p in personas.get("personas", [])]
    for persona in personas.get("personas", []):
        for key in ("id", "name", "description", "key_pains", "key_triggers", "decision_role"):
            if not persona.get(key):
                errors.append(f"personas.json: persona {persona.get('id')!r} lacks {key}")
        if "negative" not in persona:
            errors.append(f"personas.json: persona {persona.get('id')!r} lacks negative")
    if not 2 <= len(persona_ids) <= 6:
        errors.append(f"personas.json: {len(persona_ids)} personas, expected 2-6")
    assignment = personas.get("assignment", {})
    for name in names:
        if assignment.get(name) not in persona_ids:
            errors.append(f"personas.json: {name} has no valid persona ({assignment.get(name)!r})")
    errors.extend(f"personas.json: assignment for missing file {n}" for n in assignment if n not in names)
    errors.extend(
        f"personas.json: persona {p!r} has no member" for p in persona_ids if p not in assignment.values()
    )

    question_stats: Counter = Counter()
    unanswerable = near_misses = 0
    all_text = {name: "\n".join(u["text"] for u in utts) for name, utts in parsed.items()}
    if len(questions) < min_questions:
        errors.append(f"questions.jsonl: {len(questions)} questions, expected >= {min_questions}")
    for number, question in enumerate(questions, 1):
        where = f"questions.jsonl:{number}"
        for key in ("question", "answerable", "relevant", "answer_points"):
            if key not in question:
                errors.append(f"{where}: missing {key}")
        if question.get("answerable") is False:
            unanswerable += 1
            if question.get("relevant"):
                errors.append(f"{where}: unanswerable question has relevant quotes")
            if not question.get("absent_terms"):
                errors.append(f"{where}: unanswerable question without absent_terms")
            for term in question.get("absent_terms", []):
                pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.I)
                errors.extend(
                    f"{where}: absent term {term!r} occurs in {n}"
                    for n, t in all_text.items()
                    if pattern.search(t)
                )
            if question.get("near_miss"):
                near_misses += 1
                for term in question.get("near_terms", []):
                    if not any(term.lower() in t.lower() for t in all_text.values()):
                        errors.append(f"{where}: near-miss term {term!r} occurs in no transcript")
        else:
            if not question.get("relevant"):
                errors.append(f"{where}: answerable question without relevant quotes")
            for relevant in question.get("relevant", []):
                check_quote(where, relevant.get("file", ""), relevant.get("quote", ""), question_stats)
    if unanswerable < min_unanswerable:
        errors.append(
            f"questions.jsonl: {unanswerable} unanswerable questions, expected >= {min_unanswerable}"
        )

    say()
    say(f"gold findings: {len(gold)} verified: {gold_stats['ok']}")
    say("per category: " + ", ".join(f"{c}={per_category[c]}" for c in CATEGORIES))
    say("persona sizes: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(assignment.values()).items())))
    say(
        f"questions: {len(questions)} ({unanswerable} unanswerable, {near_misses} near misses), "
        f"relevant quotes verified: {question_stats['ok']}"
    )
    return errors


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path.cwd()
    errors = check(root, quiet="--quiet" in argv)
    if errors:
        print(f"\nFAILED: {root}: {len(errors)} error(s)")
        for error in errors:
            print("  -", error)
        return 1
    print(f"\nOK: {root}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
