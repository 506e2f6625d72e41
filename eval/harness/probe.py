"""Command line of the ask experiments: collect the corpus data once, or reuse a dump of it."""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any


def probe_data(collect: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """``--load FILE`` reads a dump instead of collecting; ``--dump FILE`` writes what was collected."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--load", type=Path)
    args = parser.parse_args()
    data: list[dict[str, Any]] = pickle.loads(args.load.read_bytes()) if args.load else collect()
    if args.dump:
        args.dump.write_bytes(pickle.dumps(data))
    return data
