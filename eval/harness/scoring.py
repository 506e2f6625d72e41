"""Extraction scoring against gold findings: per-category P/R/F1, macro-F1, lenient, quote validity.

Matching rule (documented in docs/evaluation.md):

* A finding and a gold finding can match only when they come from the same file (compared by the
  basename of ``source_file`` and the gold ``file``) and, in the strict variant, have the same category.
* Quotes are compared after normalisation: Unicode NFKC, typographic quotes/dashes folded, lower case,
  tokens = runs of letters/digits (so punctuation and whitespace differences do not matter), and
  single characters in scripts without spaces (Japanese, Chinese, Korean, Thai).
* They overlap "substantially" when the normalised token sequence of one is contained in the other
  (containment either way), or when the multiset token overlap is at least 0.5 of the shorter quote's
  token count. ``--jaccard`` adds a stricter rule: overlap / union must also be at least 0.5
  (penalises very long quotes that merely contain the gold quote).
* Matching is one-to-one: candidate pairs are taken greedily by overlap (highest first), each gold
  and each finding used at most once.

Citation validity: share of output findings whose quote is a verbatim substring (exact characters,
after only collapsing runs of whitespace) of a participant utterance of the same file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

CATEGORIES = ("situation", "pain", "impact", "critical_event", "trigger", "decision", "channel")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
MARKS = (
    "".join(
        chr(c)
        for c in range(0x300, 0x10000)
        if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me") and not chr(c).isalnum()
    )
    .replace("-", "")
    .replace("]", "")
    .replace("\\", "")
    .replace("^", "")
)
"""Combining marks (standard library only: this module also scores outside the package)."""
_JOINED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
_TOKEN = re.compile(f"[{_JOINED}]|(?:(?![{_JOINED}])(?:[^\\W_]|[{MARKS}]))+", re.UNICODE)
"""A run of letters and digits (with the vowel signs and other combining marks of the Indic scripts,
which ``\\w`` leaves out), or one character of a script without spaces between words (Japanese,
Chinese, Korean syllables, Thai), where a run would be a whole clause: until 2026-12-05 a Japanese
quote was one token per clause and a Hindi word several."""


def tokens(text: str) -> list[str]:
    """Normalised word tokens of a quote."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    return _TOKEN.findall(folded)


def _contains(long: list[str], short: list[str]) -> bool:
    if not short or len(short) > len(long):
        return False
    width = len(short)
    return any(long[i : i + width] == short for i in range(len(long) - width + 1))


def overlap(a: str, b: str, *, jaccard: bool = False) -> float:
    """Match strength in [0, 1] (0 = no match) between two quotes under the documented rule."""
    return token_overlap(tokens(a), tokens(b), jaccard=jaccard)


def token_overlap(ta: list[str], tb: list[str], *, jaccard: bool = False) -> float:
    """:func:`overlap` on already tokenised quotes."""
    if not ta or not tb:
        return 0.0
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    common = sum((Counter(ta) & Counter(tb)).values())
    union = len(ta) + len(tb) - common
    ratio_short = common / len(shorter)
    contained = _contains(longer, shorter)
    if not contained and ratio_short < 0.5:
        return 0.0
    if jaccard and common / union < 0.5:
        return 0.0
    # Strength used to order greedy matching: prefer tight matches.
    return common / union if union else 1.0


def _basename(value: str) -> str:
    return Path(str(value)).name


def match(
    findings: list[dict], gold: list[dict], *, use_category: bool = True, jaccard: bool = False
) -> list[tuple[int, int]]:
    """One-to-one greedy matching; returns (finding index, gold index) pairs."""
    pairs: list[tuple[float, int, int]] = []
    gold_by_key: dict[tuple, list[int]] = defaultdict(list)
    for j, g in enumerate(gold):
        key = (_basename(g["file"]), g["category"] if use_category else None)
        gold_by_key[key].append(j)
    for i, f in enumerate(findings):
        key = (_basename(f.get("source_file", "")), f.get("category") if use_category else None)
        for j in gold_by_key.get(key, []):
            strength = overlap(f.get("quote", ""), gold[j]["quote"], jaccard=jaccard)
            if strength > 0:
                pairs.append((strength, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_f: set[int] = set()
    used_g: set[int] = set()
    result = []
    for _, i, j in pairs:
        if i in used_f or j in used_g:
            continue
        used_f.add(i)
        used_g.add(j)
        result.append((i, j))
    return result


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "predicted": n_pred, "gold": n_gold}


def participant_texts(transcripts: Iterable) -> dict[str, list[str]]:
    """source_file basename -> participant utterance texts, from Transcript objects."""
    texts: dict[str, list[str]] = {}
    for transcript in transcripts:
        name = _basename(transcript.interview.source_file)
        texts[name] = [u.text for u in transcript.utterances if u.role == "participant"]
    return texts


def _squash(text: str) -> str:
    return " ".join(text.split())


def citation_validity(findings: list[dict], texts_by_file: dict[str, list[str]]) -> float:
    """Share of findings whose quote is verbatim inside a participant utterance of its file."""
    if not findings:
        return 0.0
    valid = 0
    for f in findings:
        quote = _squash(f.get("quote", ""))
        utterances = texts_by_file.get(_basename(f.get("source_file", "")), [])
        if quote and any(quote in _squash(text) for text in utterances):
            valid += 1
    return valid / len(findings)


def score(
    findings: list[dict],
    gold: list[dict],
    *,
    texts_by_file: dict[str, list[str]] | None = None,
    jaccard: bool = False,
    files: set[str] | None = None,
) -> dict:
    """All scores as a dict; ``files`` restricts gold and findings to these basenames."""
    if files is not None:
        gold = [g for g in gold if _basename(g["file"]) in files]
        findings = [f for f in findings if _basename(f.get("source_file", "")) in files]
    strict = match(findings, gold, use_category=True, jaccard=jaccard)
    per_category = {}
    for category in CATEGORIES:
        tp = sum(1 for i, _ in strict if findings[i]["category"] == category)
        n_pred = sum(1 for f in findings if f.get("category") == category)
        n_gold = sum(1 for g in gold if g["category"] == category)
        per_category[category] = _prf(tp, n_pred, n_gold)
    macro = {
        key: sum(per_category[c][key] for c in CATEGORIES) / len(CATEGORIES)
        for key in ("precision", "recall", "f1")
    }
    lenient = match(findings, gold, use_category=False, jaccard=jaccard)
    result = {
        "per_category": per_category,
        "macro": macro,
        "micro": _prf(len(strict), len(findings), len(gold)),
        "lenient": _prf(len(lenient), len(findings), len(gold)),
        "findings": len(findings),
        "gold": len(gold),
        "files": len({_basename(g["file"]) for g in gold}),
        "mean_quote_tokens": (sum(len(tokens(f.get("quote", ""))) for f in findings) / len(findings))
        if findings
        else 0.0,
        "jaccard": jaccard,
    }
    if texts_by_file is not None:
        result["citation_validity"] = citation_validity(findings, texts_by_file)
    return result


def format_table(result: dict) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'category':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
    for category, row in result["per_category"].items():
        lines.append(
            f"{category:<16}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
            f"{row['tp']:>5}{row['predicted']:>6}{row['gold']:>6}"
        )
    macro = result["macro"]
    lines.append(f"{'macro':<16}{macro['precision']:>7.3f}{macro['recall']:>7.3f}{macro['f1']:>7.3f}")
    for name in ("micro", "lenient"):
        row = result[name]
        lines.append(
            f"{name:<16}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
            f"{row['tp']:>5}{row['predicted']:>6}{row['gold']:>6}"
        )
    if "citation_validity" in result:
        lines.append(f"citation validity: {result['citation_validity']:.3f}")
    lines.append(f"findings: {result['findings']}, mean quote tokens: {result['mean_quote_tokens']:.1f}")
    return "\n".join(lines)


def load_findings(path: Path) -> list[dict]:
    """A findings JSON list, a findings file object with "findings", or JSONL."""
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = data.get("findings", [])
    return list(data)


def load_gold(path: Path) -> list[dict]:
    """Gold findings from JSONL."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
