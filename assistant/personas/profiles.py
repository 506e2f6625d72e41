"""Participant profiles: each interviewee's verified findings, study, date, language, and their vectors.

A participant is represented by what they said about who they are (situation) and how they buy
(decision), each embedded with the multilingual embedder and centred on the study: every study has a
shared vocabulary (its domain, its product), and what tells people apart is the distance from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from assistant.core.errors import NotFoundError
from assistant.core.models import Category, Finding
from assistant.core.words import base_language
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import load_findings
from assistant.providers.embeddings import Embedder

NO_STUDY = "(no study)"
REPRESENTATION: dict[str, tuple[Category, ...]] = {
    "auto": ("situation", "decision"),
    "role": ("situation",),
    "decision": ("decision",),
    "pain": ("pain",),
    "goal": ("impact",),
    "trigger": ("trigger", "critical_event"),
    "channel": ("channel",),
}
"""Which findings describe a participant for each differentiation criterion (``--by``)."""


@dataclass
class Profile:
    """What grouping and drafting know about one interviewee."""

    interview_id: str
    study: str
    findings: list[Finding]
    newest: date | None = None
    participant: str | None = None
    language: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)

    def of(self, categories: Iterable[str]) -> list[Finding]:
        wanted = set(categories)
        return [f for f in self.findings if f.category in wanted]


def finding_position(finding: Finding) -> int:
    """The index of a finding's first utterance in its transcript (0 when unknown)."""
    tail = finding.utterance_ids[0].rsplit(":", 1)[-1] if finding.utterance_ids else ""
    return int(tail) if tail.isdigit() else 0


def load_findings_by_interview(
    workspace: Workspace, interview_ids: list[str] | None = None
) -> dict[str, list[Finding]]:
    """Verified findings per interview (findings whose quote does not support them left out)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in load_findings(workspace, interview_ids):
        if finding.verified:
            grouped.setdefault(finding.interview_id, []).append(finding)
    return {key: grouped[key] for key in sorted(grouped)}


def build_profiles(workspace: Workspace | None, findings: dict[str, list[Finding]]) -> list[Profile]:
    """One profile per interview with findings, with its study and date from the transcript."""
    profiles = []
    for interview_id in sorted(findings):
        if not findings[interview_id]:
            continue
        profile = Profile(interview_id, NO_STUDY, findings[interview_id])
        if workspace is not None:
            try:
                interview = workspace.load_transcript(interview_id).interview
            except NotFoundError:
                interview = None
            if interview is not None:
                profile.study = interview.study or NO_STUDY
                profile.newest = interview.date or interview.imported_at.date()
                profile.participant = interview.participant
                profile.language = interview.language
                profile.attributes = dict(interview.participant_attributes)
        profiles.append(profile)
    return profiles


def by_study(profiles: list[Profile]) -> dict[str, list[Profile]]:
    grouped: dict[str, list[Profile]] = {}
    for profile in profiles:
        grouped.setdefault(profile.study, []).append(profile)
    return {key: grouped[key] for key in sorted(grouped)}


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Each row scaled to unit length (a zero row stays zero)."""
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def append_block(vectors: np.ndarray, block: np.ndarray, weight: float) -> np.ndarray:
    """Profile vectors with another description of the same participants appended at ``weight``, rows
    unit length (how signals, job titles and words join what participants said)."""
    return unit_rows(np.hstack([vectors, weight * block]))


def centre_by_language(rows: np.ndarray, languages: list[str]) -> np.ndarray:
    """Rows with each language's own mean moved onto the mean of all rows, for every language that at
    least two (and not all) rows share.

    The multilingual embedder places a language's texts a little apart from the same meanings in
    another language, enough for clustering to group participants by the language they spoke (on
    the evaluation corpus, the three English interviews of a Spanish study became one persona, and
    the French and Portuguese ones of an English study another). A language spoken by one
    participant only is left as is: its mean is that participant. A study whose personas *are* its
    languages (one market per language) loses that split; group it ``--by`` an attribute then."""
    result = np.array(rows, dtype=np.float64, copy=True)
    if len(set(languages)) < 2:
        return result
    overall = result.mean(axis=0)
    for language in sorted(set(languages)):
        members = [i for i, x in enumerate(languages) if x == language]
        if 2 <= len(members) < len(languages):
            result[members] += overall - result[members].mean(axis=0)
    return result


def profile_vectors(
    profiles: list[Profile], embedder: Embedder, categories: tuple[str, ...] = REPRESENTATION["auto"]
) -> np.ndarray:
    """One row per profile: per category, the mean embedding of its findings, centred on these
    profiles (and per language, :func:`centre_by_language`) and unit-length; categories
    concatenated, then unit-length again."""
    if not profiles:
        return np.zeros((0, 0), dtype=np.float32)
    languages = [base_language(p.language) for p in profiles]
    blocks = []
    for category in categories:
        rows = []
        for profile in profiles:
            texts = [f.statement for f in profile.of([category])]
            rows.append(
                embedder.embed_documents(texts).mean(axis=0) if texts else np.zeros(embedder.dimension)
            )
        block = centre_by_language(np.vstack(rows), languages)
        blocks.append(unit_rows(block - block.mean(axis=0)))
    return unit_rows(np.hstack(blocks)).astype(np.float32)


def raw_vector(profile: Profile, embedder: Embedder) -> np.ndarray:
    """The unit mean embedding of a participant's situation and decision findings (all findings when
    they have none): what they said about who they are and how they buy, not centred."""
    texts = [f.statement for f in profile.of(REPRESENTATION["auto"])] or [
        f.statement for f in profile.findings
    ]
    vector = embedder.embed_documents(texts).mean(axis=0)
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def main_language_rows(profiles: list[Profile]) -> list[int]:
    """Indexes of the profiles in the study's most spoken language (ties: the first in sorted order);
    cosines across languages are lower whatever is said, so typicality compares these only."""
    languages = [base_language(p.language) for p in profiles]
    main = max(sorted(set(languages)), key=languages.count) if profiles else ""
    return [i for i, language in enumerate(languages) if language == main]


def z_scores(values: np.ndarray) -> np.ndarray:
    """Values as z-scores among themselves (a spread under 0.001 counts as 0.001)."""
    return (values - values.mean()) / max(float(values.std()), 1e-3)


def leave_one_out_cosines(members: np.ndarray) -> np.ndarray:
    """Each member's cosine to the centre of the other members (vectorised: one pass, not n)."""
    if len(members) < 2:
        return np.zeros(0)
    rest = (members.sum(axis=0)[None, :] - members) / (len(members) - 1)
    norms = np.maximum(np.linalg.norm(rest, axis=1), 1e-9)
    return np.einsum("ij,ij->i", members, rest) / norms
