"""Freed memory is overwritten, so a transcript's original words cannot reach a file by accident.

Native libraries that write buffers to disk (the vector index's graph files) may write bytes they
allocated but never set; with the C allocator those bytes can be what an earlier, freed buffer held,
for example a transcript read before pseudonymisation. glibc's ``M_PERTURB`` fills memory with a
fixed byte when it is allocated and when it is freed, so what reaches such a file is that byte, not
old text. Other C libraries (macOS, musl) are left as they are.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_PERTURB = -6
PERTURB_BYTE = 0x5A
_installed = False


def wipe_freed_memory() -> bool:
    """Ask glibc to overwrite allocated and freed memory (once per process); whether it took effect."""
    global _installed
    if _installed:
        return True
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _installed = bool(mallopt(M_PERTURB, PERTURB_BYTE))
    return _installed
