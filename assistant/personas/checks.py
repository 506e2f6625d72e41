"""Checks on a persona set: personas too alike, thin evidence and stale evidence, as warnings."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import numpy as np

from assistant.personas.versions import Persona, PersonaAttribute

# Attribute fields that are evidence themselves, not claims to be supported by several interviews.
_NOT_CLAIMS = {"quotes", "day_in_the_life", "disqualifiers"}


def _tokens(text: str) -> set[str]:
    return {token for token in re.findall(r"\w+", text.lower()) if len(token) > 2}


def _same_statement(a: PersonaAttribute, b: PersonaAttribute) -> bool:
    left, right = _tokens(a.statement), _tokens(b.statement)
    if not left or not right:
        return False
    return len(left & right) / len(left | right) >= 0.8


def attribute_overlap(a: Persona, b: Persona) -> float:
    """Share of the smaller persona's claims that the other persona states almost word for word."""
    left = [x for x in a.attributes if x.field not in _NOT_CLAIMS]
    right = [x for x in b.attributes if x.field not in _NOT_CLAIMS]
    if not left or not right:
        return 0.0
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    matched = sum(1 for x in small if any(x.field == y.field and _same_statement(x, y) for y in large))
    return matched / len(small)


def distinctness_warnings(
    personas: list[Persona], centroids: dict[str, np.ndarray], threshold: float
) -> list[dict[str, Any]]:
    """Pairs of personas whose centroids or attributes are too alike, each with a merge proposal."""
    warnings: list[dict[str, Any]] = []
    for i, first in enumerate(personas):
        for second in personas[i + 1 :]:
            if first.negative != second.negative:
                continue
            cosine = 0.0
            if first.id in centroids and second.id in centroids:
                u, v = centroids[first.id], centroids[second.id]
                norms = float(np.linalg.norm(u) * np.linalg.norm(v))
                cosine = float(u @ v / norms) if norms else 0.0
            overlap = attribute_overlap(first, second)
            if cosine >= threshold or overlap >= threshold:
                warnings.append(
                    {
                        "kind": "similar_personas",
                        "personas": [first.id, second.id],
                        "similarity": round(max(cosine, overlap), 3),
                        "centroid_cosine": round(cosine, 3),
                        "attribute_overlap": round(overlap, 3),
                        "proposal": f"merge {first.id} and {second.id}",
                        "message": (
                            f"personas {first.label!r} and {second.label!r} are alike "
                            f"(centroid cosine {cosine:.2f}, attribute overlap {overlap:.2f}): consider merging them"
                        ),
                    }
                )
    return warnings


def thin_evidence_warnings(personas: list[Persona]) -> list[dict[str, Any]]:
    """Attributes that rest on a single interview (marked ``thin`` on the attribute too)."""
    warnings: list[dict[str, Any]] = []
    for persona in personas:
        thin = []
        for attribute in persona.attributes:
            is_thin = attribute.field not in _NOT_CLAIMS and attribute.evidence_count <= 1
            attribute.thin = is_thin
            if is_thin:
                thin.append(attribute)
        if thin:
            warnings.append(
                {
                    "kind": "thin_evidence",
                    "persona": persona.id,
                    "count": len(thin),
                    "fields": sorted({a.field for a in thin}),
                    "message": (
                        f"{persona.label}: {len(thin)} of {sum(1 for a in persona.attributes if a.field not in _NOT_CLAIMS)}"
                        " attributes rest on a single interview"
                    ),
                }
            )
    return warnings


def months_between(older: date, newer: date) -> float:
    return (newer - older).days / 30.44


def stale_warnings(personas: list[Persona], stale_months: int, today: date) -> list[dict[str, Any]]:
    """Personas whose newest evidence is older than ``stale_months``."""
    warnings: list[dict[str, Any]] = []
    for persona in personas:
        if not persona.newest_evidence:
            continue
        newest = date.fromisoformat(persona.newest_evidence[:10])
        age = months_between(newest, today)
        if age > stale_months:
            warnings.append(
                {
                    "kind": "stale",
                    "persona": persona.id,
                    "newest_evidence": persona.newest_evidence,
                    "months": round(age, 1),
                    "message": (
                        f"{persona.label}: newest evidence is from {persona.newest_evidence} "
                        f"({age:.0f} months old, more than {stale_months}); interview again"
                    ),
                }
            )
    return warnings
