#!/usr/bin/env python3
"""Validate this study folder against its labels: python3 check_dataset.py (see ../../corpus/check_study.py).

A copy of eval/corpus/check_dataset_shim.py, adapted to live in eval/blind/: it also looks for
check_study.py in ../../corpus.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "corpus"))
from check_study import main  # noqa: E402

sys.exit(main([str(HERE), *sys.argv[1:]]))
