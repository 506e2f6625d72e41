"""Compare the offline engine with human qualitative coding (PDPilot user study, MAXQDA coded segments).

Usage: .venv/bin/python eval/real_pdpilot.py [--docs P1,P2,P3] [--out eval/results/pdpilot.json]

The study's interviews (P1-P7) were coded by the researchers with a thematic code system about ML
explainability tools; those codes are not our 7 categories, so the comparison is about *what* gets
flagged, not exact labels:

* coverage: share of human-coded segments (of the chosen documents) that share a passage with at
  least one offline finding (a common contiguous run of 8 tokens, or the whole shorter text; the
  bag-of-tokens rule of the dev scorer is too loose against long segments full of function words);
* precision proxy: share of offline findings that overlap some human-coded segment, next to the
  base rate (share of all participant sentences of 4+ words inside some coded segment);
* per code group: which of our categories the overlapping findings got (e.g. "PDPilot improvements"
  should look like impact, "Tool complexity" like pain, current techniques like situation).

Embedding speed on a shared 2-core machine limits how many documents run by default; say which.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness.scoring import tokens  # noqa: E402

from assistant.core.models import Interview, Transcript, Utterance  # noqa: E402
from assistant.core.sentences import split_sentences  # noqa: E402
from assistant.extract.offline import OfflineExtractor  # noqa: E402
from assistant.providers.embeddings import CACHE_FILE, CachedEmbedder, EmbeddingCache, classifier_embedder  # noqa: E402

DEFAULT_DIR = HERE.parent.parent / "shared" / "data" / "real" / "pdpilot-userstudy"
CACHE_DIR = Path(tempfile.gettempdir()) / "personas-eval-cache"
SPEAKER_LINE = re.compile(r"^([A-Z][\w .]{0,30}):\s*$")
PAGE_LINE = re.compile(r"^\s*\d+/\d+\s*$")
SEGMENT_LINE = re.compile(r"^(P\d) (.*)$")
GROUPS = (
    "Explainability purposes",
    "Explainability techniques",
    "PDP/ICE",
    "Which features to look at",
    "PDPilot General Usage",
    "PDPilot Techniques Usage",
    "PDPilot improvements",
    "Study limitations",
    "Benefits of PDPilot",
)


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def load_transcript(path: Path) -> Transcript:
    """Parse an extracted study transcript: ``Name:`` lines followed by that speaker's text lines."""
    turns: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        flat = _flat(line)
        if not flat or PAGE_LINE.match(flat) or flat in ("Interview", "Think-aloud", "Think Aloud"):
            continue
        match = SPEAKER_LINE.match(flat)
        if match:
            turns.append((match.group(1), []))
        elif turns:
            turns[-1][1].append(flat)
    interview_id = path.name.split(".")[0]
    utterances = []
    for speaker, lines in turns:
        text = " ".join(lines).strip()
        if not text:
            continue
        if utterances and utterances[-1].speaker == speaker:
            utterances[-1].text += " " + text
            continue
        role = "participant" if speaker == "Participant" else "interviewer"
        utterances.append(
            Utterance(id=f"{interview_id}:{len(utterances) + 1}", speaker=speaker, role=role, text=text)
        )
    interview = Interview(
        id=interview_id,
        title=interview_id,
        source_file=path.name,
        source_hash="-",
        format="pdf_text",
        imported_at=datetime.now(UTC),
        participant="Participant",
    )
    return Transcript(interview=interview, utterances=utterances)


def load_segments(path: Path) -> list[dict[str, str]]:
    """Coded segments as (document, group, text-with-code-name) records."""
    segments: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = SEGMENT_LINE.match(line)
        if match:
            rest = match.group(2)
            group = next((g for g in GROUPS if rest.startswith(g)), "other")
            segments.append({"doc": match.group(1), "group": group, "text": rest[len(group) :]})
        elif segments and line.strip() and not PAGE_LINE.match(line):
            segments[-1]["text"] += " " + line.strip()
    for segment in segments:
        # Drop the "> Code name" prefix as far as it can be recognised (words before the quote).
        segment["text"] = re.sub(r"^\s*(?:>\s*[^>]*?\s{0,1})*", "", segment["text"]).strip()
    return segments


def shares_passage(a: str, b: str, *, min_run: int = 8) -> bool:
    """True when the two texts share a contiguous run of tokens: the whole shorter one, or >= min_run."""
    from difflib import SequenceMatcher

    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    run = matcher.find_longest_match(0, len(ta), 0, len(tb)).size
    return run >= min(min_run, len(ta), len(tb))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--docs", default="P1,P2,P3")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "pdpilot.json")
    args = parser.parse_args(argv)
    docs = [d.strip() for d in args.docs.split(",") if d.strip()]
    extractor = OfflineExtractor(
        CachedEmbedder(classifier_embedder(), EmbeddingCache(CACHE_DIR / CACHE_FILE))
    )
    segments = [s for s in load_segments(args.dir / "coded-segments.extracted.txt") if s["doc"] in docs]
    findings_by_doc = {}
    sentences_total = 0
    sentences_in_segments = 0
    for doc in docs:
        transcript = load_transcript(args.dir / f"{doc}.extracted.txt")
        findings_by_doc[doc] = extractor.findings(transcript)
        doc_segments = [s["text"] for s in segments if s["doc"] == doc]
        for utterance in transcript.participant_utterances():
            for sentence in split_sentences(utterance.text):
                if len(sentence.text.split()) < 4:
                    continue
                sentences_total += 1
                sentences_in_segments += any(shares_passage(sentence.text, t) for t in doc_segments)
    covered = 0
    per_group: dict[str, Counter] = defaultdict(Counter)
    group_sizes: Counter = Counter()
    findings_in_segments = set()
    for segment in segments:
        group_sizes[segment["group"]] += 1
        hit = False
        for index, finding in enumerate(findings_by_doc[segment["doc"]]):
            if shares_passage(finding.quote, segment["text"]):
                hit = True
                findings_in_segments.add((segment["doc"], index))
                per_group[segment["group"]][finding.category] += 1
        covered += hit
    total_findings = sum(len(f) for f in findings_by_doc.values())
    report = {
        "docs": docs,
        "segments": len(segments),
        "findings": total_findings,
        "coverage_of_coded_segments": covered / len(segments) if segments else 0.0,
        "base_rate_sentences_inside_coded_segments": sentences_in_segments / sentences_total
        if sentences_total
        else 0.0,
        "participant_sentences_4plus_words": sentences_total,
        "findings_inside_coded_segments": len(findings_in_segments) / total_findings
        if total_findings
        else 0.0,
        "group_sizes": dict(group_sizes),
        "categories_per_group": {g: dict(c) for g, c in per_group.items()},
        "findings_per_category": dict(Counter(f.category for fs in findings_by_doc.values() for f in fs)),
    }
    print(json.dumps(report, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
