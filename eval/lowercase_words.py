"""Words replaced in the blind name sets' lower-case excerpts that are no listed name.

The sets (``tests/unit/pii_names_*.py``) score name words found and kept terms lost; an ordinary word
taken for a name in lower-case speech ("mhm", "kocht") is in neither. This counts, per set, the
distinct words ``NameFinder.find`` returns for each lower-case excerpt that are no word of a listed
person. Counts only: it prints no word of the never-read sets (ninth to eleventh).

    .venv/bin/python eval/lowercase_words.py            # counts
    .venv/bin/python eval/lowercase_words.py --show     # and the words of the read sets (third to eighth)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

import test_pseudonymise as sets  # noqa: E402
from pii_names_c import interviews_c  # noqa: E402
from pii_names_d import interviews_d  # noqa: E402
from pii_names_e import interviews_e  # noqa: E402
from pii_names_f import interviews_f  # noqa: E402
from pii_names_g import interviews_g  # noqa: E402
from pii_names_h import interviews_h  # noqa: E402
from pii_names_i import interviews_i  # noqa: E402
from pii_names_j import interviews_j  # noqa: E402
from pii_names_k import interviews_k  # noqa: E402
from pii_names_l import interviews_l  # noqa: E402
from pii_names_m import interviews_m  # noqa: E402
from pii_names_n import interviews_n  # noqa: E402

from assistant.ingest.names import NameFinder, tokenize  # noqa: E402

READ = {"third", "fourth", "fifth", "sixth", "seventh", "eighth"}
SETS = [
    ("third", interviews_c),
    ("fourth", interviews_d),
    ("fifth", interviews_e),
    ("sixth", interviews_f),
    ("seventh", interviews_g),
    ("eighth", interviews_h),
    ("ninth", interviews_i),
    ("tenth", interviews_j),
    ("eleventh", interviews_k),
    ("twelfth", interviews_l),
    ("thirteenth", interviews_m),
    ("fourteenth", interviews_n),
]


def main() -> None:
    show = "--show" in sys.argv
    for name, interviews in SETS:
        words = found = other = 0
        examples: list[tuple[str, str]] = []
        for language, utterances, people, _keep in interviews():
            if not all(u == u.lower() for u in utterances):
                continue
            listed = {w.casefold() for m in people for w in sets._identifying_words(m)}
            listed |= {t.key for m in people for t in tokenize(m)}
            single = NameFinder([language]).find(utterances).single
            words += sum(len(tokenize(u)) for u in utterances)
            found += len(single)
            extra = [w for w in single if w.casefold() not in listed]
            other += len(extra)
            examples += [(language, w) for w in extra]
        print(f"{name}: {words} lower-case words, {found} name words found, {other} no listed name")
        if show and name in READ:
            print("   ", examples)


if __name__ == "__main__":
    main()
