"""What words a participant uses, as a vector: the lexical side of a profile.

The embedder's mean vectors say what a participant talks about, and within one study everyone talks
about the same things; which words they use tells more than the embedder keeps (a landlord says
"tenants", a head chef "the line", a buyer "invoices"). Each participant is represented by the words
of their own quotes (their verified findings; a quote repeated word for word counts once), weighed by
TF-IDF among the participants of the study who speak the same language, centred on that language's
participants and unit length. Words of different languages never match, and a language with fewer
than three speakers has no word that two, but not all, of them use: those participants get a zero row
(no pull either way), as does a participant who shares no word with another speaker of their language.
No word list: a word every speaker of the language uses weighs nothing, a word only one uses links no
one. Words are letters (a token starting with a digit is no word); what a transcriber wrote in square
brackets, or as one lower-case word in parentheses, is skipped (``labels.ANNOTATION``).
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from scipy import sparse

from assistant.core.words import MARKS, UNSPACED_LETTER, base_language
from assistant.personas.labels import ANNOTATION
from assistant.personas.profiles import (
    Profile,
    append_block,
    leave_one_out_cosines,
    main_language_rows,
    unit_rows,
    z_scores,
)

_WORD = re.compile(f"[^\\W\\d_](?:[^\\W_]|[{MARKS}])*")
MIN_LETTERS = 3
"""Shorter words (articles, pronouns, most prepositions) are grammar in most languages."""


def word_tokens(text: str) -> list[str]:
    """Lower-cased words of at least ``MIN_LETTERS`` letters; a run of Chinese, Japanese or Korean
    letters gives its pairs of letters (those scripts join words, or a word and its particles)."""
    tokens: list[str] = []
    for piece in ANNOTATION.split(text):
        for word in _WORD.findall(piece.casefold()):
            if UNSPACED_LETTER.search(word):
                tokens.extend(word[i : i + 2] for i in range(len(word) - 1))
            elif len(word) >= MIN_LETTERS:
                tokens.append(word)
    return tokens


def _tfidf(profiles: list[Profile], rows: list[int]) -> np.ndarray | None:
    """Unit TF-IDF rows (sublinear term counts) of the words of the quotes of ``profiles[rows]``, over
    the words two or more, but not all, of them use; None when there is no such word."""
    counts = [
        Counter(word_tokens(" ".join(dict.fromkeys(f.quote for f in profiles[i].findings)))) for i in rows
    ]
    speakers = len(rows)
    used_by = Counter(word for count in counts for word in count)
    vocabulary = sorted(word for word, n in used_by.items() if 2 <= n < speakers)
    if not vocabulary:
        return None
    column = {word: j for j, word in enumerate(vocabulary)}
    cells = [
        (row, column[word], (1 + math.log(n)) * math.log(speakers / used_by[word]))
        for row, count in enumerate(counts)
        for word, n in count.items()
        if word in column
    ]
    found, columns, values = (list(part) for part in zip(*cells, strict=True))
    matrix = sparse.csr_matrix((values, (found, columns)), shape=(speakers, len(vocabulary)))
    return unit_rows(_same_geometry(matrix))


def _same_geometry(matrix: sparse.csr_matrix) -> np.ndarray:
    """Dense rows with the same inner products as ``matrix``'s: the rows themselves when there are
    fewer words than rows, otherwise coordinates from the eigenvectors of the rows' Gram matrix (a
    study of a thousand participants and fifty thousand words needs a thousand columns, not fifty
    thousand)."""
    if matrix.shape[1] <= matrix.shape[0]:
        return np.asarray(matrix.todense(), dtype=np.float64)
    gram = np.asarray((matrix @ matrix.T).todense(), dtype=np.float64)
    values, vectors = np.linalg.eigh(gram)
    keep = values > 1e-12 * max(float(values.max()), 1e-300)
    return vectors[:, keep] * np.sqrt(values[keep])


def word_vectors(profiles: list[Profile]) -> np.ndarray:
    """One row per profile: TF-IDF of the words of its quotes among the profiles of its language,
    centred on them and unit length; a zero row where its language offers no word that two, but not
    all, of its speakers use."""
    by_language: dict[str, list[int]] = {}
    for index, profile in enumerate(profiles):
        by_language.setdefault(base_language(profile.language), []).append(index)
    blocks = []
    for language in sorted(by_language):
        rows = by_language[language]
        matrix = _tfidf(profiles, rows)
        if matrix is None:
            continue
        # Centred on the speakers who share some word; one who shares none stays a zero row (centring
        # would give every such speaker the same vector, pulling the thinnest interviews together).
        worded = matrix.any(axis=1)
        block = np.zeros((len(profiles), matrix.shape[1]))
        block[np.asarray(rows)[worded]] = unit_rows(matrix[worded] - matrix[worded].mean(axis=0))
        blocks.append(block)
    return np.hstack(blocks) if blocks else np.zeros((len(profiles), 1))


def word_typicality_rows(profiles: list[Profile]) -> np.ndarray:
    """Per participant, how typical of the study their words are, as z-scores within the study: the
    cosine of their TF-IDF row to the other participants' mean, and to their nearest fellow
    participant. Someone outside the market the others share (a student among practice managers, a
    hobbyist among firms) names other things. As for ``grouping.typicality_rows``, only participants
    of the study's main language are compared, and only when three or more speak it and share some
    word with another; the others get 0 (a short interview whose few words no one else used is no
    evidence of being an outsider)."""
    rows = np.zeros((len(profiles), 2))
    compared = main_language_rows(profiles)
    matrix = _tfidf(profiles, compared) if len(compared) >= 3 else None
    if matrix is not None:
        worded = np.flatnonzero(matrix.any(axis=1))
        compared, matrix = [compared[int(i)] for i in worded], matrix[worded]
    if matrix is None or len(compared) < 3:
        return rows
    own = leave_one_out_cosines(matrix)
    similarity = matrix @ matrix.T
    np.fill_diagonal(similarity, -np.inf)
    rows[compared] = np.column_stack([z_scores(own), z_scores(similarity.max(axis=1))])
    return rows


def with_words(vectors: np.ndarray, profiles: list[Profile], weight: float) -> np.ndarray:
    """Profile vectors with :func:`word_vectors` appended at ``weight``, rows unit length."""
    if weight <= 0 or not profiles:
        return vectors
    return append_block(vectors, word_vectors(profiles), weight).astype(np.float32)
