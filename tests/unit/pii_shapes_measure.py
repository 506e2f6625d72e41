"""Scoring of the blind sets of personal data with a shape (``pii_shapes_a``, ``pii_shapes_b``).

Each excerpt is pseudonymised on its own, as an import would (one ``Pseudonymiser`` prepared on its
turns, in the excerpt's language), and scored by the rules of the corpus's PII gold
(``score_pii`` in eval/harness/measures.py): an e-mail or a postcode leaks when its value is still
there; an address when the whole of it, or any comma-separated part of it that carries a number
(street and number, postcode and town), is still there; a phone when its value is, or when its last
six digits are still inside one number of the output. A term to keep is lost when it is no longer
there, whole.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from assistant.ingest.pseudonymise import Pseudonymiser

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "eval") not in sys.path:
    sys.path.insert(0, str(REPO / "eval"))
from harness.measures import _address_parts, _digit_runs, _digits  # noqa: E402


def _present(value: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text) is not None


def pseudonymised(utterances: list[str], language: str) -> str:
    pseudonymiser = Pseudonymiser(None, languages=[language])
    pseudonymiser.prepare(utterances)
    return "\n".join(pseudonymiser.replace(u) for u in utterances)


def leaked(kind: str, value: str, output: str, runs: list[str]) -> bool:
    """Whether one item of personal data is still in the pseudonymised ``output``."""
    if kind == "phone":
        tail = _digits(value)[-6:]
        return _present(value, output) or (len(tail) == 6 and any(tail in run for run in runs))
    if kind == "address":
        return any(_present(part, output) for part in _address_parts(value))
    return _present(value, output)


def measure_shapes(excerpts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Recall per kind, overall, and the share of terms to keep that were lost; ``leaks`` and
    ``lost`` name them (print them only for a set used for development)."""
    counts: dict[str, Counter] = {}
    leaks: list[str] = []
    lost: list[str] = []
    keep_total = 0
    lower = Counter()
    for excerpt in excerpts:
        language = excerpt["locale"].split("-")[0]
        output = pseudonymised(list(excerpt["utterances"]), language)
        runs = _digit_runs(output)
        is_lower = all(u == u.lower() for u in excerpt["utterances"])
        for item in excerpt["pii"]:
            counter = counts.setdefault(item["kind"], Counter())
            counter["total"] += 1
            lower["total"] += is_lower
            if leaked(item["kind"], item["value"], output, runs):
                counter["leaked"] += 1
                lower["leaked"] += is_lower
                leaks.append(f"{excerpt['locale']} {item['kind']}: {item['value']!r}")
        for term in excerpt["keep"]:
            keep_total += 1
            if not _present(term, output):
                lost.append(f"{excerpt['locale']}: {term!r}")
    total = sum(c["total"] for c in counts.values())
    missed = sum(c["leaked"] for c in counts.values())
    return {
        "items": total,
        "recall": 1 - missed / total,
        "recall_by_kind": {
            kind: round(1 - c["leaked"] / c["total"], 3) for kind, c in sorted(counts.items())
        },
        "lower_case_recall": 1 - lower["leaked"] / lower["total"] if lower["total"] else None,
        "keep_terms": keep_total,
        "over_redaction": len(lost) / keep_total if keep_total else 0.0,
        "leaks": leaks,
        "lost": lost,
    }
