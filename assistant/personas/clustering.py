"""Interview profiles (own role, buying position, findings embedding) and their clustering into groups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from assistant.core.errors import NotFoundError
from assistant.core.models import Finding
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import load_findings
from assistant.personas.drafting import IdFinding, card_text
from assistant.personas.role_signals import ROLE_LEVELS, RoleCues, read_cues

ROLE_WEIGHT = 1.0
BUYING_WEIGHT = 0.6
EMBEDDING_WEIGHT = 0.5


@dataclass
class InterviewProfile:
    """What clustering knows about one interviewee."""

    interview_id: str
    findings: list[IdFinding]
    cues: RoleCues
    newest: date | None = None
    participant: str | None = None


# -- inputs ----------------------------------------------------------------------------------------


def load_findings_by_interview(
    workspace: Workspace, interview_ids: list[str] | None = None
) -> dict[str, list[Finding]]:
    """Verified findings per interview."""
    findings = load_findings(workspace, interview_ids)
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.verified:
            grouped.setdefault(finding.interview_id, []).append(finding)
    return {key: grouped[key] for key in sorted(grouped)}


def _interview_meta(workspace: Workspace, interview_id: str) -> tuple[date | None, str | None, list[str]]:
    """Newest-evidence date, participant pseudonym and the participant's own turns of one interview."""
    try:
        transcript = workspace.load_transcript(interview_id)
    except NotFoundError:
        return None, None, []
    interview = transcript.interview
    newest = interview.date or interview.imported_at.date()
    return newest, interview.participant, [u.text for u in transcript.participant_utterances()]


def build_profiles(
    workspace: Workspace | None,
    findings_by_interview: dict[str, list[Finding]],
    participant_texts: dict[str, list[str]] | None = None,
) -> list[InterviewProfile]:
    """One profile per interview with findings, in interview-id order.

    Role cues come from the findings and, when the transcript is at hand (or ``participant_texts``
    gives them), from the participant's own turns.
    """
    profiles = []
    for interview_id in sorted(findings_by_interview):
        findings = findings_by_interview[interview_id]
        if not findings:
            continue
        indexed = [IdFinding(f"{interview_id}#{n}", finding) for n, finding in enumerate(findings, start=1)]
        newest, participant, texts = (
            _interview_meta(workspace, interview_id) if workspace else (None, None, [])
        )
        if participant_texts and interview_id in participant_texts:
            texts = participant_texts[interview_id]
        cues = read_cues(interview_id, findings, texts)
        profiles.append(InterviewProfile(interview_id, indexed, cues, newest, participant))
    return profiles


# -- features and clustering -------------------------------------------------------------------------


def _profile_texts(profile: InterviewProfile) -> list[str]:
    """The participant's situation and decision findings: who they are and how they buy."""
    texts = [
        card_text(item.finding)
        for item in profile.findings
        if item.finding.category in ("situation", "decision")
    ]
    return texts or [card_text(item.finding) for item in profile.findings[:10]]


def profile_features(
    profiles: list[InterviewProfile], embed: Callable[[list[str]], np.ndarray]
) -> np.ndarray:
    """Rows: own role level, buying position and the centred mean embedding of situation/decision findings.

    Finding texts are embedded one by one (the same texts drafting embeds, so a cache serves both).
    """
    if not profiles:
        return np.zeros((0, 0), dtype=np.float32)
    roles = np.zeros((len(profiles), len(ROLE_LEVELS)))
    buying = np.zeros((len(profiles), 3))
    for row, profile in enumerate(profiles):
        counts = np.array([profile.cues.level_counts[lvl] for lvl in ROLE_LEVELS], dtype=float)
        if counts.sum():
            roles[row] = counts / counts.sum()
        stance = np.array([profile.cues.buying[k] for k in ("owner", "evaluator", "user")], dtype=float)
        if stance.sum():
            buying[row] = stance / stance.sum()
    per_profile = [_profile_texts(p) for p in profiles]
    flat = [text for texts in per_profile for text in texts]
    matrix = np.asarray(embed(flat), dtype=float)
    vectors = np.zeros((len(profiles), matrix.shape[1]))
    offset = 0
    for row, texts in enumerate(per_profile):
        vectors[row] = matrix[offset : offset + len(texts)].mean(axis=0)
        offset += len(texts)
    if len(profiles) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return np.hstack([ROLE_WEIGHT * roles, BUYING_WEIGHT * buying, EMBEDDING_WEIGHT * vectors])


@dataclass
class Clustering:
    """Groups of profile indexes: buyer personas, the negative group, and interviews left out."""

    groups: list[list[int]]
    negative: list[int]
    unassigned: list[int]
    k: int
    scores: dict[int, float]


def _ward(features: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    if k <= 1 or len(features) <= 1:
        return np.zeros(len(features), dtype=int)
    return AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(features)


def _relabel(labels: np.ndarray, indexes: list[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for label, index in zip(labels, indexes, strict=True):
        groups.setdefault(int(label), []).append(index)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def cluster_profiles(
    profiles: list[InterviewProfile],
    features: np.ndarray,
    *,
    k: int | None,
    k_min: int,
    k_max: int,
    allow_single_member: bool,
) -> Clustering:
    """Split off non-buyers, then Ward clustering of the rest with k chosen by silhouette in [k_min, k_max]."""
    from sklearn.metrics import silhouette_score

    smallest = 1 if allow_single_member else 2
    negative = [i for i, p in enumerate(profiles) if p.cues.is_nonbuyer]
    unassigned: list[int] = []
    if len(negative) < smallest:
        unassigned.extend(negative)
        negative = []
    rest = [i for i in range(len(profiles)) if i not in set(negative) | set(unassigned)]
    if not rest:
        return Clustering([], negative, unassigned, 0, {})
    most = max(1, len(rest) // smallest)
    if k is not None:
        candidates = [max(1, min(k, len(rest)))]
    else:
        high = min(k_max, most)
        # "Enough interviews" for k_min personas means about three each; with fewer, two may be all there is.
        low = min(k_min, high) if len(rest) >= 3 * k_min else min(2, high)
        candidates = list(range(max(1, low), high + 1))
    subset = features[rest]
    scores: dict[int, float] = {}
    best_k, best_score, best_labels = candidates[0], -np.inf, _ward(subset, candidates[0])
    for candidate in candidates:
        labels = _ward(subset, candidate)
        sizes = Counter(labels.tolist())
        distinct = len(np.unique(subset, axis=0))
        if 2 <= candidate < len(rest) and distinct > candidate:
            score = float(silhouette_score(subset, labels))
        else:
            score = 0.0
        # Clusters too small to be a persona count against a k.
        score -= 0.25 * sum(1 for size in sizes.values() if size < smallest)
        scores[candidate] = round(score, 4)
        if score > best_score + 1e-9:
            best_k, best_score, best_labels = candidate, score, labels
    groups = []
    for group in _relabel(best_labels, rest):
        if len(group) < smallest:
            unassigned.extend(group)
        else:
            groups.append(group)
    return Clustering(groups, negative, sorted(unassigned), best_k, scores)
