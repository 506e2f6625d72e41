"""Persona documents: Markdown (one file per persona + index), one self-contained HTML file, and JSON."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from assistant.core.errors import NotFoundError, WorkspaceError
from assistant.core.models import Transcript, Utterance
from assistant.core.storage import atomic_write_text
from assistant.core.workspace import Workspace
from assistant.personas.versions import (
    ATTRIBUTE_FIELDS,
    FIELD_TITLES,
    Persona,
    PersonaAttribute,
    PersonaCitation,
    PersonaSet,
)

ExportFormat = Literal["md", "html", "json"]
WIDE_FIELDS = {"who", "situation", "pains", "disqualifiers", "quotes"}
"""Fields laid out over the full width of a persona card in HTML; the others go two by two."""
CONTEXT_TURNS = 2
"""Utterances shown before and after a quoted one in the HTML transcript excerpts."""


def format_clock(seconds: float | None) -> str:
    """``hh:mm:ss`` (or ``mm:ss`` under an hour); empty when the transcript has no times."""
    if seconds is None:
        return ""
    total = int(seconds)
    hours, minutes, secs = total // 3600, total % 3600 // 60, total % 60
    return f"{hours:d}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:d}:{secs:02d}"


@dataclass
class Evidence:
    """One numbered citation with what documents show about it."""

    number: int
    citation: PersonaCitation
    participant: str
    interview_title: str
    timestamp: str
    context: list[dict[str, Any]] = field(default_factory=list)
    """Surrounding utterances: ``{id, speaker, role, time, before, quote, after, cited}``."""
    language: str = ""
    """The interview's language (BCP 47, "" unknown): HTML marks the quote with it, so that a browser
    picks the right glyphs and a screen reader the right voice ("zh" and "ja" share letters)."""


class EvidenceBook:
    """Numbers citations across a document and looks their context up in the transcripts."""

    def __init__(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._transcripts: dict[str, Transcript | None] = {}
        self.items: list[Evidence] = []
        self._numbers: dict[tuple[str, str], int] = {}

    def _transcript(self, interview_id: str) -> Transcript | None:
        if interview_id not in self._transcripts:
            transcript = None
            if self.workspace is not None:
                try:
                    transcript = self.workspace.load_transcript(interview_id)
                except (NotFoundError, WorkspaceError):
                    transcript = None
            self._transcripts[interview_id] = transcript
        return self._transcripts[interview_id]

    def number(self, citation: PersonaCitation) -> int:
        """The citation's footnote number (the same quote from the same utterance keeps its number)."""
        key = (citation.utterance_id, citation.quote)
        if key in self._numbers:
            return self._numbers[key]
        transcript = self._transcript(citation.interview_id)
        utterance = transcript.utterance(citation.utterance_id) if transcript else None
        participant = citation.interview_id
        title = citation.interview_id
        if transcript is not None:
            participant = (
                transcript.interview.participant
                or (utterance.speaker if utterance else None)
                or "participant"
            )
            title = transcript.interview.title
        evidence = Evidence(
            number=len(self.items) + 1,
            citation=citation,
            participant=participant,
            interview_title=title,
            timestamp=format_clock(utterance.start) if utterance else "",
            context=self._context(transcript, utterance, citation.quote) if transcript and utterance else [],
            language=(transcript.interview.language or "") if transcript is not None else "",
        )
        self.items.append(evidence)
        self._numbers[key] = evidence.number
        return evidence.number

    @staticmethod
    def _context(transcript: Transcript, cited: Utterance, quote: str) -> list[dict[str, Any]]:
        position = next(i for i, u in enumerate(transcript.utterances) if u.id == cited.id)
        rows = []
        for utterance in transcript.utterances[
            max(0, position - CONTEXT_TURNS) : position + CONTEXT_TURNS + 1
        ]:
            before, marked, after = utterance.text, "", ""
            if utterance.id == cited.id:
                start = utterance.text.find(quote)
                if start < 0:
                    start = _loose_find(utterance.text, quote)
                if start >= 0:
                    end = start + len(quote)
                    before, marked, after = (
                        utterance.text[:start],
                        utterance.text[start:end],
                        utterance.text[end:],
                    )
            rows.append(
                {
                    "id": utterance.id,
                    "speaker": utterance.speaker or "(unattributed)",
                    "role": utterance.role,
                    "time": format_clock(utterance.start),
                    "before": before,
                    "quote": marked,
                    "after": after,
                    "cited": utterance.id == cited.id,
                }
            )
        return rows


def _loose_find(text: str, quote: str) -> int:
    """Start of the quote in the text ignoring case, or -1."""
    return text.lower().find(quote.lower())


def _fields_in_order(persona: Persona) -> list[tuple[str, str, list[Any]]]:
    grouped = persona.by_field()
    return [(name, FIELD_TITLES[name], grouped[name]) for name in ATTRIBUTE_FIELDS if name in grouped] + [
        (name, name.replace("_", " ").capitalize(), items)
        for name, items in grouped.items()
        if name not in FIELD_TITLES
    ]


def version_line(persona_set: PersonaSet) -> str:
    engine = persona_set.engine + (f" ({persona_set.model})" if persona_set.model else "")
    return f"Persona version {persona_set.version} · created {persona_set.created_at or 'unknown'} · engine {engine}"


# -- Markdown ------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """Plain text made inert in Markdown: no HTML, links, emphasis or footnotes from transcript words."""
    flat = " ".join(text.split())
    flat = re.sub(r"&(?=#?\w+;)", "&amp;", flat)  # only where it would start an entity: FP&A stays readable
    return _MD_SPECIAL.sub(
        lambda m: "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1), flat
    )


def evidence_text(attribute: PersonaAttribute, persona: Persona) -> str:
    """ "3 of 5 members" (members whose findings say the same thing), "thin" when it is one."""
    total = attribute.member_count or len(persona.members)
    thin = " · thin evidence" if attribute.thin else ""
    return f"{attribute.evidence_count} of {total} members{thin}"


def member_note(persona: Persona, member: str) -> str:
    """What the document says after a member's id: fit, and the job title read for them ("guessed"
    when the learned reader's, not a self-introduction)."""
    parts = []
    if member in persona.member_fit:
        parts.append(f"fit {persona.member_fit[member]:+.2f}")
    if member in persona.member_titles:
        guessed = ", guessed" if member in persona.guessed_titles else ""
        parts.append(f"“{persona.member_titles[member]}”{guessed}")
    return f"({'; '.join(parts)})" if parts else ""


def _with_note(member: str, note: str) -> str:
    return f"{member} {note}" if note else member


def noted_member(persona: Persona, member: str) -> str:
    """A member's id with its note (``member_note``), as the documents, ``personas show`` and the
    app list members."""
    return _with_note(member, member_note(persona, member))


def persona_markdown(persona: Persona, persona_set: PersonaSet, book: EvidenceBook) -> str:
    """One persona as Markdown, with footnotes carrying the quote, participant, interview and time."""
    lines = [f"# {md_escape(persona.label)}", "", f"*{version_line(persona_set)}*", ""]
    if persona.negative:
        because = (
            f" Because: {md_escape(persona.disqualified_because)}" if persona.disqualified_because else ""
        )
        lines += [f"**Not a target** (no budget, no intent, no authority or wrong fit).{because}", ""]
    elif persona.priority:
        lines += [
            f"**Priority {persona.priority}** in study {md_escape(persona.study or '-')} (pain frequency, critical events).",
            "",
        ]
    if persona.summary:
        lines += [md_escape(persona.summary), ""]
    fits = ", ".join(_with_note(md_escape(m), md_escape(member_note(persona, m))) for m in persona.members)
    lines += [f"Members ({len(persona.members)}): {fits}", ""]
    if persona.newest_evidence:
        lines += [f"Newest evidence: {persona.newest_evidence}", ""]
    local: list[int] = []
    for name, title, attributes in _fields_in_order(persona):
        lines += [f"## {title}", ""]
        for attribute in attributes:
            marks = []
            for citation in attribute.citations:
                number = book.number(citation)
                local.append(number)
                marks.append(f"[^{number}]")
            if name in ("quotes", "day_in_the_life"):
                lines.append(f"> “{md_escape(attribute.statement)}”{''.join(marks)}")
                lines.append("")
                continue
            lines.append(
                f"- {md_escape(attribute.statement)} *({evidence_text(attribute, persona)})*{''.join(marks)}"
            )
        lines.append("")
    notes = []
    for number in sorted(set(local)):
        evidence = book.items[number - 1]
        where = f"{evidence.citation.interview_id}, utterance {evidence.citation.utterance_id}"
        if evidence.timestamp:
            where += f", at {evidence.timestamp}"
        notes.append(
            f"[^{number}]: “{md_escape(evidence.citation.quote)}” — {md_escape(evidence.participant)} ({md_escape(where)})"
        )
    return "\n".join(lines + notes).rstrip() + "\n"


def index_markdown(persona_set: PersonaSet) -> str:
    lines = [f"# Personas (version {persona_set.version})", "", f"*{version_line(persona_set)}*", ""]
    for persona in persona_set.personas:
        flag = " — negative persona" if persona.negative else ""
        lines.append(f"- [{md_escape(persona.label)}]({persona.id}.md){flag}: {md_escape(persona.summary)}")
    if persona_set.unassigned:
        lines += ["", f"Interviews in no persona: {', '.join(md_escape(i) for i in persona_set.unassigned)}"]
    if persona_set.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {md_escape(str(w.get('message', w)))}" for w in persona_set.warnings]
    return "\n".join(lines) + "\n"


def render_markdown(workspace: Workspace | None, persona_set: PersonaSet) -> dict[str, str]:
    """File name -> Markdown text: ``index.md`` and one ``<persona id>.md`` per persona."""
    files = {"index.md": index_markdown(persona_set)}
    for persona in persona_set.personas:
        files[f"{persona.id}.md"] = persona_markdown(persona, persona_set, EvidenceBook(workspace))
    return files


# -- HTML ---------------------------------------------------------------------------------------------


def _template() -> Any:
    from jinja2 import Environment, select_autoescape

    source = resources.files("assistant").joinpath("data/persona.html.j2").read_text(encoding="utf-8")
    environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return environment.from_string(source)


def render_html(workspace: Workspace | None, persona_set: PersonaSet) -> str:
    """One self-contained HTML page (inline CSS, no external assets); every transcript word is escaped."""
    book = EvidenceBook(workspace)
    personas = []
    evidence_groups = []
    for persona in persona_set.personas:
        first_number = len(book.items)
        sections = []
        for name, title, attributes in _fields_in_order(persona):
            rows = [
                {
                    "statement": attribute.statement,
                    "evidence_count": attribute.evidence_count,
                    "evidence_text": evidence_text(attribute, persona),
                    "thin": bool(attribute.thin),
                    "refs": [book.number(citation) for citation in attribute.citations],
                }
                for attribute in attributes
            ]
            sections.append({"name": name, "title": title, "rows": rows, "wide": name in WIDE_FIELDS})
        halves = [section for section in sections if not section["wide"]]
        if len(halves) % 2:
            halves[-1]["wide"] = True
        members = [noted_member(persona, member) for member in persona.members]
        personas.append({"persona": persona, "sections": sections, "members": members})
        evidence_groups.append({"persona": persona, "items": book.items[first_number:]})
    return _template().render(
        persona_set=persona_set,
        version_line=version_line(persona_set),
        personas=personas,
        evidence=book.items,
        evidence_groups=[group for group in evidence_groups if group["items"]],
        warnings=[str(w.get("message", w)) for w in persona_set.warnings],
    )


# -- export -------------------------------------------------------------------------------------------


def export_personas(
    workspace: Workspace,
    persona_set: PersonaSet | None = None,
    fmt: ExportFormat = "md",
    out_dir: Path | None = None,
) -> list[Path]:
    """Write the persona documents of one version (default: latest) into ``out_dir``, file by file atomically."""
    if persona_set is None:
        from assistant.personas.versions import load_version

        persona_set = load_version(workspace)
    if out_dir is None:
        out_dir = workspace.exports_dir / f"personas-v{persona_set.version:04d}"
    export_format = fmt
    out_dir = Path(out_dir)
    written: list[Path] = []
    if export_format == "md":
        for name, text in render_markdown(workspace, persona_set).items():
            path = out_dir / name
            atomic_write_text(path, text)
            written.append(path)
    elif export_format == "html":
        path = out_dir / f"personas-v{persona_set.version:04d}.html"
        atomic_write_text(path, render_html(workspace, persona_set))
        written.append(path)
    elif export_format == "json":
        path = out_dir / f"personas-v{persona_set.version:04d}.json"
        atomic_write_text(path, json.dumps(persona_set.public_dict(), ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    else:
        raise WorkspaceError(f"unknown export format {export_format!r} (md, html or json)")
    return written
