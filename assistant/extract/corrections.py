"""Corrections by hand: findings the researcher files, recategorises, rewrites or rejects.

They live in ``<workspace>/corrections/<interview_id>.json`` (atomic writes), apart from the
machine's ``findings/`` files, so re-extraction never loses them: ``load_findings`` applies them to
whatever the engine produced last. A researcher's finding is an ordinary :class:`Finding` with
``engine: "researcher"`` whose quote is verified verbatim against a participant utterance like
every other. A machine finding is identified by its utterance and quote span, so a rejection still
matches the same passage after the engine runs again: a rejected finding never comes back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import CATEGORIES, Category, Finding, Transcript
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace
from assistant.extract.statements import clean_statement
from assistant.extract.verify import find_quote, quote_from_ids, verify_quote

RESEARCHER_ENGINE = "researcher"
SCHEMA_VERSION = 1
SAME_PASSAGE_OVERLAP = 0.5
"""Two quotes of one utterance are the same passage when they share half of the shorter one."""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Passage(BaseModel):
    """Where a finding's quote sits: enough to find the same passage after a re-extraction."""

    model_config = ConfigDict(extra="forbid")

    utterance_id: str
    start: int | None = None
    end: int | None = None
    quote: str
    category: Category | None = None
    """The category the finding had when the researcher corrected it."""


class Rejection(Passage):
    at: str = ""
    reason: str = ""


class Recategorisation(Passage):
    to: Category
    at: str = ""


class StatementEdit(Passage):
    statement: str
    at: str = ""


class Corrections(BaseModel):
    """One interview's corrections file."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    interview_id: str
    findings: list[Finding] = Field(default_factory=list)
    """The researcher's own findings (``engine: "researcher"``)."""
    rejected: list[Rejection] = Field(default_factory=list)
    recategorised: list[Recategorisation] = Field(default_factory=list)
    edited: list[StatementEdit] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.findings or self.rejected or self.recategorised or self.edited)


# -- storage -------------------------------------------------------------------------------------------
def corrections_dir(workspace: Workspace) -> Path:
    return workspace.root / "corrections"


def corrections_path(workspace: Workspace, interview_id: str) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", interview_id):
        raise WorkspaceError(f"invalid interview id {interview_id!r}")
    return corrections_dir(workspace) / f"{interview_id}.json"


def load_corrections(workspace: Workspace, interview_id: str) -> Corrections:
    """The interview's corrections (empty when there are none); a damaged file names itself."""
    path = corrections_path(workspace, interview_id)
    if not path.exists():
        return Corrections(interview_id=interview_id)
    data = read_json(path)
    try:
        return Corrections.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise WorkspaceError(f"{path}: invalid corrections file ({where}: {first['msg']})") from exc


def save_corrections(workspace: Workspace, corrections: Corrections) -> Path:
    path = corrections_path(workspace, corrections.interview_id)
    atomic_write_json(path, corrections.model_dump(mode="json"))
    return path


def corrected_interview_ids(workspace: Workspace) -> list[str]:
    folder = corrections_dir(workspace)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if not p.name.startswith("."))


# -- matching a finding to a passage ----------------------------------------------------------------------
def passage_of(finding: Finding) -> Passage:
    citation = finding.citations[0] if finding.citations else None
    utterance_id = citation.utterance_id if citation else (finding.utterance_ids or [""])[0]
    return Passage(
        utterance_id=utterance_id,
        start=citation.start if citation else None,
        end=citation.end if citation else None,
        quote=citation.quote if citation else finding.quote,
        category=finding.category,
    )


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def same_passage(a: Passage, b: Passage) -> bool:
    """Same utterance, and the quotes overlap by at least half of the shorter one."""
    if a.utterance_id != b.utterance_id:
        return False
    if None not in (a.start, a.end, b.start, b.end):
        assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
        overlap = min(a.end, b.end) - max(a.start, b.start)
        shorter = min(a.end - a.start, b.end - b.start)
        return shorter > 0 and overlap / shorter >= SAME_PASSAGE_OVERLAP
    quote_a, quote_b = _squash(a.quote), _squash(b.quote)
    return bool(quote_a and quote_b) and (quote_a in quote_b or quote_b in quote_a)


def _is_researchers(finding: Finding) -> bool:
    return finding.engine == RESEARCHER_ENGINE


# -- applying ---------------------------------------------------------------------------------------------
def _reverified(finding: Finding, transcript: Transcript) -> Finding | None:
    """A researcher finding whose quote is still verbatim in the transcript (fail closed)."""
    passage = passage_of(finding)
    citation = None
    if passage.start is not None and passage.end is not None:
        citation = quote_from_ids(transcript, passage.utterance_id, passage.start, passage.end)
        if citation is not None and citation.quote != passage.quote:
            citation = None
    citation = citation or verify_quote(transcript, passage.utterance_id, passage.quote)
    if citation is None:
        return None
    return finding.model_copy(
        update={"citations": [citation], "quote": citation.quote, "utterance_ids": [citation.utterance_id]}
    )


def correct_findings(
    findings: list[Finding], corrections: Corrections, transcript: Transcript | None
) -> list[Finding]:
    """One interview's findings with the corrections applied (``transcript`` re-verifies the researcher's)."""
    corrected: list[Finding] = []
    own = list(corrections.findings)
    if transcript is not None:
        own = [f for f in (_reverified(f, transcript) for f in own) if f is not None]
    for finding in findings:
        passage = passage_of(finding)
        if any(same_passage(passage, rejected) for rejected in corrections.rejected):
            continue
        # The researcher judged the passage, whatever category the engine gives it this time.
        update: dict[str, Any] = {}
        for change in corrections.recategorised:
            if same_passage(passage, change):
                update["category"] = change.to
        for edit in corrections.edited:
            if same_passage(passage, edit):
                update["statement"] = edit.statement
        if update:
            update.update(engine=RESEARCHER_ENGINE, confidence=None)
            finding = finding.model_copy(update=update)
        duplicate = any(
            same_passage(passage, passage_of(kept)) and kept.category == finding.category
            for kept in [*own, *corrected]
        )
        if not duplicate:
            corrected.append(finding)
    return corrected + own


def _utterance_order(finding: Finding) -> tuple[int, int]:
    passage = passage_of(finding)
    try:
        number = int(passage.utterance_id.rsplit(":", 1)[1])
    except (IndexError, ValueError):
        number = 0
    return number, passage.start or 0


def apply_corrections(
    workspace: Workspace, findings: list[Finding], interview_ids: Iterable[str] | None = None
) -> list[Finding]:
    """Stored findings with every interview's corrections applied (the hook in ``load_findings``).

    ``interview_ids`` None means every interview: those with only researcher findings are added.
    """
    by_interview: dict[str, list[Finding]] = {}
    for finding in findings:
        by_interview.setdefault(finding.interview_id, []).append(finding)
    wanted = list(by_interview) if interview_ids is None else list(interview_ids)
    if interview_ids is None:
        wanted += [i for i in corrected_interview_ids(workspace) if i not in by_interview]
    result: list[Finding] = []
    for interview_id in wanted:
        stored = by_interview.get(interview_id, [])
        if not corrections_path(workspace, interview_id).exists():
            result.extend(stored)
            continue
        corrections = load_corrections(workspace, interview_id)
        try:
            transcript = workspace.load_transcript(interview_id)
        except NotFoundError:
            continue  # the interview was removed: its corrections no longer apply
        corrected = correct_findings(stored, corrections, transcript)
        result.extend(sorted(corrected, key=_utterance_order))
    return result


# -- recording corrections --------------------------------------------------------------------------------
def file_finding(
    workspace: Workspace,
    transcript: Transcript,
    utterance_id: str,
    quote: str,
    category: str,
    statement: str | None = None,
    *,
    span: tuple[int, int] | None = None,
) -> Finding:
    """File the researcher's own finding: the quote must be verbatim in that participant utterance.

    ``span`` (offsets of a selection in the utterance text) pins the quote when its words occur twice.
    """
    if category not in CATEGORIES:
        raise WorkspaceError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")
    utterance = transcript.utterance(utterance_id)
    if utterance is None:
        raise NotFoundError(f"{transcript.interview.id}: no utterance {utterance_id!r}")
    if utterance.role != "participant":
        raise WorkspaceError(
            f"{utterance_id}: only the participant's words can be a finding ({utterance.role} speaks here)"
        )
    if span is None or utterance.text[span[0] : span[1]].strip() != quote.strip():
        span = find_quote(utterance.text, quote)
    citation = quote_from_ids(transcript, utterance_id, *span) if span else None
    if citation is None:
        raise WorkspaceError(
            f"{utterance_id}: the quote is not verbatim in this utterance: {quote.strip()!r}"
        )
    finding = Finding(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        category=category,  # type: ignore[arg-type]
        statement=(statement or "").strip()
        or clean_statement(citation.quote, language=transcript.interview.language),
        quote=citation.quote,
        utterance_ids=[citation.utterance_id],
        verified=True,
        engine=RESEARCHER_ENGINE,
        citations=[citation],
        support="unchecked",
    )
    corrections = load_corrections(workspace, transcript.interview.id)
    corrections.findings = [
        f
        for f in corrections.findings
        if not (same_passage(passage_of(f), passage_of(finding)) and f.category == finding.category)
    ]
    corrections.findings.append(finding)
    save_corrections(workspace, corrections)
    return finding


def _own_index(corrections: Corrections, finding: Finding) -> int | None:
    passage = passage_of(finding)
    for index, mine in enumerate(corrections.findings):
        if mine.category == finding.category and same_passage(passage_of(mine), passage):
            return index
    return None


def recategorise(workspace: Workspace, finding: Finding, category: str) -> Finding:
    """Give a finding another category (kept across re-extractions)."""
    if category not in CATEGORIES:
        raise WorkspaceError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")
    corrections = load_corrections(workspace, finding.interview_id)
    updated = finding.model_copy(
        update={"category": category, "engine": RESEARCHER_ENGINE, "confidence": None}
    )
    mine = _own_index(corrections, finding) if _is_researchers(finding) else None
    if mine is not None:
        corrections.findings[mine] = updated
    else:
        passage = passage_of(finding)
        corrections.recategorised = [c for c in corrections.recategorised if not same_passage(c, passage)]
        corrections.recategorised.append(
            Recategorisation(**passage.model_dump(), to=category, at=_now())  # type: ignore[arg-type]
        )
    save_corrections(workspace, corrections)
    return updated


def edit_statement(workspace: Workspace, finding: Finding, statement: str) -> Finding:
    """Rewrite a finding's statement (the quote never changes)."""
    statement = statement.strip()
    if not statement:
        raise WorkspaceError("the statement is empty")
    corrections = load_corrections(workspace, finding.interview_id)
    updated = finding.model_copy(
        update={"statement": statement, "engine": RESEARCHER_ENGINE, "confidence": None}
    )
    mine = _own_index(corrections, finding) if _is_researchers(finding) else None
    if mine is not None:
        corrections.findings[mine] = updated
    else:
        passage = passage_of(finding)
        corrections.edited = [e for e in corrections.edited if not same_passage(e, passage)]
        corrections.edited.append(StatementEdit(**passage.model_dump(), statement=statement, at=_now()))
    save_corrections(workspace, corrections)
    return updated


def reject(workspace: Workspace, finding: Finding, reason: str = "") -> None:
    """Reject a finding: the machine's never comes back on re-extraction; the researcher's is deleted."""
    corrections = load_corrections(workspace, finding.interview_id)
    mine = _own_index(corrections, finding) if _is_researchers(finding) else None
    if mine is not None:
        del corrections.findings[mine]
    else:
        passage = passage_of(finding)
        corrections.rejected.append(Rejection(**passage.model_dump(), at=_now(), reason=reason.strip()))
    save_corrections(workspace, corrections)


def reject_quote(
    workspace: Workspace, transcript: Transcript, utterance_id: str, quote: str, reason: str
) -> Rejection:
    """Reject whatever finding cites this quote (a quote removed from a persona), now and after re-extraction."""
    utterance = transcript.utterance(utterance_id)
    span = find_quote(utterance.text, quote) if utterance is not None else None
    if utterance is None or span is None:
        raise WorkspaceError(f"{utterance_id}: the quote is not in this utterance: {quote.strip()!r}")
    rejection = Rejection(
        utterance_id=utterance_id,
        start=span[0],
        end=span[1],
        quote=utterance.text[span[0] : span[1]],
        at=_now(),
        reason=reason,
    )
    corrections = load_corrections(workspace, transcript.interview.id)
    corrections.findings = [f for f in corrections.findings if not same_passage(passage_of(f), rejection)]
    corrections.rejected.append(rejection)
    save_corrections(workspace, corrections)
    return rejection


def without_citation(
    persona_set: dict[str, Any], persona_id: str, field: str, utterance_id: str, quote: str
) -> dict[str, Any]:
    """A copy of a persona-set dict with one quote removed from one attribute.

    Evidence counts are recounted; an attribute left with no quote is dropped (no claim without
    evidence). Raises NotFoundError when the persona, attribute field or quote is not there.
    """
    import copy

    updated = copy.deepcopy(persona_set)
    persona = next((p for p in updated.get("personas", []) if p.get("id") == persona_id), None)
    if persona is None:
        raise NotFoundError(f"no persona {persona_id!r} in version {persona_set.get('version', '?')}")
    found = False
    kept_attributes = []
    for attribute in persona.get("attributes", []):
        citations = attribute.get("citations", [])
        if attribute.get("field") == field:
            remaining = [
                c
                for c in citations
                if not (c.get("utterance_id") == utterance_id and c.get("quote") == quote)
            ]
            if len(remaining) != len(citations):
                found = True
                attribute["citations"] = remaining
                attribute["evidence_count"] = len({c.get("interview_id") for c in remaining})
                attribute["thin"] = attribute["evidence_count"] < 2
                if not remaining:
                    continue
        kept_attributes.append(attribute)
    if not found:
        raise NotFoundError(f"persona {persona_id!r} has no quote {quote!r} ({utterance_id}) under {field!r}")
    persona["attributes"] = kept_attributes
    updated["operation"] = "correct"
    updated["created_at"] = ""
    return updated
