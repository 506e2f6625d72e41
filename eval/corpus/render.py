#!/usr/bin/env python3
"""Render a conversation script into one of the export layouts the corpus uses.

A script is a UTF-8 text file with one turn per line, `Label: text` (the label exactly as the
export should show it), blank lines and lines starting with `#` ignored, except the header lines
`# title: ...`, `# date: ...`, `# interviewer: ...` and `# source: ...` used by the Markdown
layout. Times are synthetic, at a steady speaking rate with short pauses between turns. VTT and SRT
turns are cut into cues of about 12-22 words at sentence or clause ends; every cue repeats the
speaker label, as Zoom and SRT caption exports do.

Usage: python3 render.py SCRIPT --format FORMAT --out FILE [--wpm 140] [--seed N]
Formats: zoom_vtt teams_vtt srt otter_txt rev_txt plain_txt markdown
"""

from __future__ import annotations

import argparse
import html
import random
import re
import textwrap
import uuid
from pathlib import Path

FORMATS = ("zoom_vtt", "teams_vtt", "srt", "otter_txt", "rev_txt", "plain_txt", "markdown")

# Japanese (and Chinese) has no spaces between words: a turn holding kana or kanji is cut and timed
# by characters, CJK_CHARS_PER_WORD characters to a word (as check_study.py counts them), its cues
# (30-55 characters) cut at 。！？ or else 、 or a space where one is near, never inside a run of Latin
# letters or digits, and never wrapped. Other text is rendered exactly as before.
CJK_CHARS_PER_WORD = 2.5
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def _words(text: str) -> float:
    cjk = len(CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return len(CJK_PUNCT.sub(" ", CJK_CHAR.sub(" ", text)).split()) + cjk / CJK_CHARS_PER_WORD


def _latin_pair(pair: str) -> bool:
    return pair.isascii() and " " not in pair


def _cjk_pieces(text: str, rng: random.Random) -> list[str]:
    pieces: list[str] = []
    start = 0
    while start < len(text):
        target = round(rng.randint(12, 22) * CJK_CHARS_PER_WORD)
        if len(text) - start <= target + 15:
            pieces.append(text[start:].strip())
            break
        cut = start + target
        for marks in ("。！？!?", "、，,", " "):
            near = range(start + target, min(len(text), start + target + 20))
            ahead = [e for e in near if text[e - 1] in marks]
            behind = [e for e in range(start + target - 1, start + target // 2, -1) if text[e - 1] in marks]
            if ahead or behind:
                cut = ahead[0] if ahead else behind[0]
                break
        # never inside a number, an e-mail address or a Latin word
        while start + 1 < cut < len(text) and _latin_pair(text[cut - 1 : cut + 1]):
            cut -= 1
        pieces.append(text[start:cut].strip())
        start = cut
    return [piece for piece in pieces if piece]


def read_script(path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    header: dict[str, str] = {}
    turns: list[tuple[str, str]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            match = re.match(r"#\s*(title|date|interviewer|source)\s*:\s*(.*)$", line, re.I)
            if match:
                header[match.group(1).lower()] = match.group(2).strip()
            continue
        label, sep, text = line.partition(": ")
        if not sep or not label.strip() or not text.strip():
            raise SystemExit(f"{path}:{number}: expected 'Label: text'")
        turns.append((label.strip(), " ".join(text.split())))
    return header, turns


def cue_pieces(text: str, rng: random.Random) -> list[str]:
    """Cut a turn into caption-sized pieces at sentence or clause ends where possible."""
    if CJK_CHAR.search(text):
        return _cjk_pieces(text, rng)
    words = text.split()
    pieces: list[str] = []
    start = 0
    while start < len(words):
        target = rng.randint(12, 22)
        if len(words) - start <= target + 6:
            pieces.append(" ".join(words[start:]))
            break
        cut = None
        for end in range(start + target, min(len(words), start + target + 8)):
            if re.search(r"[.!?]$", words[end - 1]):
                cut = end
                break
        if cut is None:
            for end in range(start + target, min(len(words), start + target + 6)):
                if re.search(r"[,;:]$", words[end - 1]):
                    cut = end
                    break
        cut = cut or start + target
        pieces.append(" ".join(words[start:cut]))
        start = cut
    return pieces


def _clock(seconds: float, sep: str = ".") -> str:
    millis = int(round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def _short_clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def timed_pieces(turns: list[tuple[str, str]], wpm: float, rng: random.Random, split: bool):
    """(label, text, start, end, turn_start) for each cue (or each turn when not split)."""
    clock = rng.uniform(0.5, 2.5)
    for label, text in turns:
        turn_start = clock
        for piece in cue_pieces(text, rng) if split else [text]:
            duration = max(0.8, _words(piece) * 60.0 / wpm)
            yield label, piece, clock, clock + duration, turn_start
            clock += duration + rng.uniform(0.05, 0.3)
        clock += rng.uniform(0.3, 1.5)


def render(header: dict[str, str], turns: list[tuple[str, str]], fmt: str, wpm: float, seed: int) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    if fmt == "zoom_vtt":
        out.append("WEBVTT\n")
        for n, (label, text, start, end, _) in enumerate(timed_pieces(turns, wpm, rng, True), 1):
            out.append(f"{n}\n{_clock(start)} --> {_clock(end)}\n{label}: {text}\n")
    elif fmt == "teams_vtt":
        meeting = uuid.UUID(int=rng.getrandbits(128))
        out.append("WEBVTT\n")
        turn_number, piece_number, last_start = 0, 0, None
        for label, text, start, end, turn_start in timed_pieces(turns, wpm, rng, True):
            if turn_start != last_start:
                turn_number, piece_number, last_start = turn_number + 1, 0, turn_start
            out.append(
                f"{meeting}/{turn_number}-{piece_number}\n{_clock(start)} --> {_clock(end)}\n"
                f"<v {label}>{html.escape(text, quote=False)}</v>\n"
            )
            piece_number += 1
    elif fmt == "srt":
        for n, (label, text, start, end, _) in enumerate(timed_pieces(turns, wpm, rng, True), 1):
            width = rng.randint(42, 60)
            wrapped = f"{label}: {text}"
            if not CJK_CHAR.search(text):
                wrapped = "\n".join(textwrap.wrap(wrapped, width=width))
            out.append(f"{n}\n{_clock(start, ',')} --> {_clock(end, ',')}\n{wrapped}\n")
    elif fmt in ("otter_txt", "rev_txt"):
        for label, text, start, _end, _ in timed_pieces(turns, wpm, rng, False):
            if fmt == "otter_txt":
                out.append(f"{label}  {_short_clock(start)}\n{text}\n")
            else:
                minutes, secs = divmod(int(start), 60)
                out.append(f"{label} ({minutes:02d}:{secs:02d}):\n{text}\n")
        if fmt == "otter_txt":
            out.append("Transcribed by https://otter.ai\n")
    elif fmt == "plain_txt":
        return "".join(f"{label}: {text}\n" for label, text in turns)
    elif fmt == "markdown":
        lines = [f"# Interview: {header.get('title', 'Interview')}", ""]
        for key in ("date", "interviewer", "source"):
            if header.get(key):
                lines.append(f"{key.capitalize()}: {header[key]}  ")
        lines += ["", "---", ""]
        for label, text in turns:
            lines += [f"**{label}:** {text}", ""]
        return "\n".join(lines)
    else:
        raise SystemExit(f"unknown format {fmt}; one of {', '.join(FORMATS)}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script", type=Path)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--wpm", type=float, default=140.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    header, turns = read_script(args.script)
    args.out.write_text(render(header, turns, args.format, args.wpm, args.seed), encoding="utf-8")


if __name__ == "__main__":
    main()
