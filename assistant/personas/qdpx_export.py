"""A study as a REFI-QDA project (``.qdpx``) that QualCoder, NVivo, MAXQDA and ATLAS.ti open.

The transcripts become text sources (``[hh:mm:ss] Speaker: text`` paragraphs), every verified
finding a coded selection (character offsets into that text) under one code per category, the
researcher's own findings codings by the researcher user (under their original QDA code when they
were imported from one), and each persona a set of sources with a note listing its cited
attributes, plus a ``Persona`` variable on each case. GUIDs are derived from our ids, so exporting
the same study twice gives the same project.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

from assistant.core.errors import NotFoundError
from assistant.core.models import CATEGORIES, Category, Finding, Transcript, format_hms
from assistant.core.storage import atomic_write_bytes
from assistant.core.workspace import Workspace, slugify
from assistant.ingest.qda_codes import (
    CATEGORY_CODE_NAMES,
    RESEARCHER_ENGINE,
    code_path_of,
    statement_without_code,
)
from assistant.ingest.qdpx import NAMESPACE, PROJECT_FILE
from assistant.personas.versions import FIELD_TITLES, PersonaSet

ORIGIN = "personas (https://pypi.org/project/personas)"
CATEGORY_COLOURS: dict[Category, str] = {
    "situation": "#4E79A7",
    "pain": "#E15759",
    "impact": "#59A14F",
    "critical_event": "#F28E2B",
    "trigger": "#B07AA1",
    "decision": "#76B7B2",
    "channel": "#EDC948",
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GUID_SPACE = uuid.UUID("6f1c1d3e-5b0a-4c55-9a43-2f1f6d1e8b27")


def guid(*parts: str) -> str:
    """A stable GUID for one of our objects (same study, same project)."""
    return str(uuid.uuid5(_GUID_SPACE, "\x1f".join(parts)))


def clean(text: str) -> str:
    """Text XML 1.0 can carry, same length (characters it forbids become spaces)."""
    return _NOT_XML.sub(" ", text)


def render_source(transcript: Transcript) -> tuple[str, dict[str, int]]:
    """The transcript as plain text, and where each utterance's text starts in it."""
    parts: list[str] = []
    starts: dict[str, int] = {}
    position = 0
    for utterance in transcript.utterances:
        prefix = f"[{format_hms(utterance.start)}] " if utterance.start is not None else ""
        prefix += f"{utterance.speaker}: " if utterance.speaker else ""
        body = clean(utterance.text).replace("\r", " ").replace("\n", " ")  # one line, same offsets
        starts[utterance.id] = position + len(prefix)
        parts.append(prefix + body)
        position += len(prefix) + len(body) + 2
    return "\n\n".join(parts) + "\n", starts


@dataclass
class QdpxExport:
    """What one export wrote."""

    path: Path
    sources: int = 0
    codings: int = 0
    researcher_codings: int = 0
    personas: int = 0
    persona_version: int | None = None
    not_placed: int = 0
    """Citations whose quote is no longer at its offsets (a transcript edited after extraction)."""

    def line(self) -> str:
        personas = (
            f", {self.personas} personas of version {self.persona_version} as sets"
            if self.persona_version is not None
            else ", no personas yet"
        )
        skipped = (
            f"; {self.not_placed} citations no longer match their transcript, left out"
            if self.not_placed
            else ""
        )
        return (
            f"wrote {self.path}: {self.sources} sources, {self.codings} coded segments "
            f"({self.researcher_codings} by the researcher){personas}{skipped}"
        )


@dataclass
class _Code:
    guid: str
    name: str
    colour: str | None = None
    children: dict[str, _Code] = field(default_factory=dict)


class _Builder:
    """Builds project.qde: one element per call, in the order the schema asks for."""

    def __init__(self, name: str, now: str) -> None:
        ElementTree.register_namespace("", NAMESPACE)
        self.now = now
        self.root = self.element(None, "Project", name=clean(name), origin=ORIGIN, creationDateTime=now)
        self.users: dict[str, str] = {}

    def element(
        self, parent: ElementTree.Element | None, tag: str, text: str | None = None, **attributes: str
    ) -> ElementTree.Element:
        qualified = f"{{{NAMESPACE}}}{tag}"
        node = ElementTree.Element(qualified) if parent is None else ElementTree.SubElement(parent, qualified)
        for key, value in attributes.items():
            node.set(key, value)
        if text is not None:
            node.text = clean(text)
        return node

    def user(self, label: str) -> str:
        if label not in self.users:
            self.users[label] = guid("user", label)
        return self.users[label]


def _user_label(engine: str) -> str:
    return "researcher" if engine == RESEARCHER_ENGINE else f"personas ({engine})"


def _code_tree(findings: Iterable[Finding]) -> tuple[dict[str, _Code], dict[Category, _Code]]:
    """Top-level codes: one per category, plus the researcher's imported code paths."""
    roots: dict[str, _Code] = {}
    by_category: dict[Category, _Code] = {}
    for category in CATEGORIES:
        name = CATEGORY_CODE_NAMES[category]
        code = _Code(guid("code", name), name, CATEGORY_COLOURS[category])
        roots[name] = code
        by_category[category] = code
    for finding in findings:
        path = code_path_of(finding)
        if path is None:
            continue
        level, trail = roots, []
        for name in (part.strip() for part in path.split(" / ")):
            trail.append(name)
            if name not in level:
                level[name] = _Code(guid("code", *trail), name)
            level = level[name].children
    return roots, by_category


def _code_for(finding: Finding, roots: dict[str, _Code], by_category: dict[Category, _Code]) -> _Code:
    path = code_path_of(finding)
    if path is None:
        return by_category[finding.category]
    names = [part.strip() for part in path.split(" / ")]
    code = roots[names[0]]
    for name in names[1:]:
        code = code.children[name]
    return code


def _write_codes(builder: _Builder, parent: ElementTree.Element, codes: Iterable[_Code]) -> None:
    for code in codes:
        attributes = {"guid": code.guid, "name": clean(code.name), "isCodable": "true"}
        if code.colour:
            attributes["color"] = code.colour
        node = builder.element(parent, "Code", **attributes)
        _write_codes(builder, node, code.children.values())


def _persona_note(persona_set: PersonaSet, persona_index: int) -> str:
    persona = persona_set.personas[persona_index]
    lines = [persona.label + ("  [negative persona: no budget or no intent]" if persona.negative else ""), ""]
    if persona.summary:
        lines += [persona.summary, ""]
    lines += [f"Interviews: {', '.join(persona.members)}", ""]
    for field_name, attributes in persona.by_field().items():
        lines += [FIELD_TITLES.get(field_name, field_name)]
        for attribute in attributes:
            lines.append(f"- {attribute.statement} ({attribute.evidence_count} interviews)")
            lines += [f'    "{c.quote}" [{c.utterance_id}]' for c in attribute.citations]
        lines.append("")
    lines.append(
        f"personas version {persona_set.version}, {persona_set.created_at}, engine {persona_set.engine}"
    )
    return "\n".join(lines)


def build_project(
    workspace: Workspace, persona_set: PersonaSet | None, *, now: datetime | None = None
) -> tuple[bytes, dict[str, str], QdpxExport]:
    """project.qde, the source texts by archive path, and what they hold."""
    from assistant.extract.pipeline import load_findings

    transcripts = list(workspace.transcripts())
    if not transcripts:
        raise NotFoundError(
            f"no interviews in {workspace.root} to export (import some with `personas import FILE`)"
        )
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    builder = _Builder(project_name(workspace, transcripts), stamp)
    summary = QdpxExport(Path(), persona_version=persona_set.version if persona_set else None)
    findings = load_findings(workspace)
    by_interview: dict[str, list[Finding]] = {}
    for finding in findings:
        by_interview.setdefault(finding.interview_id, []).append(finding)
    persona_of = {
        member: persona.label
        for persona in (persona_set.personas if persona_set else [])
        for member in persona.members
    }

    builder.root.set("creatingUserGUID", builder.user(_user_label("offline")))
    users = builder.element(builder.root, "Users")
    codebook = builder.element(builder.root, "CodeBook")
    codes_element = builder.element(codebook, "Codes")
    roots, by_category = _code_tree(findings)
    _write_codes(builder, codes_element, roots.values())

    variable_values = _variable_values(transcripts, persona_of)
    variables = builder.element(builder.root, "Variables")
    for variable, kind in variable_values.names.items():
        builder.element(
            variables, "Variable", guid=guid("variable", variable), name=clean(variable), typeOfVariable=kind
        )
    if not variable_values.names:
        builder.root.remove(variables)

    cases = builder.element(builder.root, "Cases")
    sources = builder.element(builder.root, "Sources")
    texts: dict[str, str] = {}
    for transcript in transcripts:
        interview = transcript.interview
        source_guid = guid("source", interview.id)
        text, starts = render_source(transcript)
        texts[f"sources/{source_guid}.txt"] = text
        source = builder.element(
            sources,
            "TextSource",
            guid=source_guid,
            name=interview.id,  # ids are stable: importing the project back keeps them
            plainTextPath=f"internal://{source_guid}.txt",
            creatingUser=builder.user(_user_label("offline")),
            creationDateTime=stamp,
        )
        builder.element(
            source,
            "Description",
            f"{interview.title} ({interview.format}, from {Path(interview.source_file).name})",
        )
        utterances = {u.id: u for u in transcript.utterances}
        for number, finding in enumerate(by_interview.get(interview.id, []), start=1):
            user = builder.user(_user_label(finding.engine))
            code = _code_for(finding, roots, by_category)
            for citation in finding.citations or []:
                utterance = utterances.get(citation.utterance_id)
                if utterance is None or citation.start is None or citation.end is None:
                    summary.not_placed += 1
                    continue
                start = starts[utterance.id] + citation.start
                end = starts[utterance.id] + citation.end
                if (
                    text[start:end] != clean(citation.quote).replace("\r", " ").replace("\n", " ")
                    or start >= end
                ):
                    summary.not_placed += 1
                    continue
                key = f"{citation.utterance_id}:{citation.start}:{citation.end}:{finding.category}:{number}"
                selection = builder.element(
                    source,
                    "PlainTextSelection",
                    guid=guid("selection", interview.id, key),
                    name=clean(" ".join(citation.quote.split())[:80]),
                    startPosition=str(start),
                    endPosition=str(end),
                    creatingUser=user,
                    creationDateTime=stamp,
                )
                builder.element(selection, "Description", statement_without_code(finding))
                coding = builder.element(
                    selection,
                    "Coding",
                    guid=guid("coding", interview.id, key),
                    creatingUser=user,
                    creationDateTime=stamp,
                )
                builder.element(coding, "CodeRef", targetGUID=code.guid)
                summary.codings += 1
                summary.researcher_codings += finding.engine == RESEARCHER_ENGINE
        values = variable_values.by_interview.get(interview.id, {})
        _write_values(builder, source, values, variable_values.names)
        case = builder.element(
            cases, "Case", guid=guid("case", interview.id), name=clean(interview.participant or interview.id)
        )
        _write_values(builder, case, values, variable_values.names)
        builder.element(case, "SourceRef", targetGUID=source_guid)
        summary.sources += 1

    if persona_set is not None and persona_set.personas:
        notes = builder.element(builder.root, "Notes")
        sets = builder.element(builder.root, "Sets")
        for index, persona in enumerate(persona_set.personas):
            note_guid = guid("note", str(persona_set.version), persona.id)
            note = builder.element(
                notes,
                "Note",
                guid=note_guid,
                name=clean(f"Persona: {persona.label}"),
                creatingUser=builder.user(_user_label(persona_set.engine)),
                creationDateTime=stamp,
            )
            builder.element(note, "PlainTextContent", _persona_note(persona_set, index))
            members = builder.element(
                sets, "Set", guid=guid("set", str(persona_set.version), persona.id), name=clean(persona.label)
            )
            flag = "Negative persona (no budget or no intent). " if persona.negative else ""
            builder.element(members, "Description", f"{flag}{persona.summary}".strip() or persona.label)
            known = {t.interview.id for t in transcripts}
            for member in persona.members:
                if member in known:
                    builder.element(members, "MemberSource", targetGUID=guid("source", member))
            builder.element(members, "MemberNote", targetGUID=note_guid)
        summary.personas = len(persona_set.personas)

    for label, user_guid in builder.users.items():
        builder.element(users, "User", guid=user_guid, name=clean(label))
    builder.element(
        builder.root,
        "Description",
        f"Exported by personas on {stamp}: transcripts, cited findings and personas.",
    )
    ElementTree.indent(builder.root, space="  ")
    xml = ElementTree.tostring(builder.root, encoding="utf-8", xml_declaration=True)
    return xml, texts, summary


@dataclass
class _Variables:
    names: dict[str, str] = field(default_factory=dict)
    """Variable name -> REFI type (Text or Date)."""
    by_interview: dict[str, dict[str, str]] = field(default_factory=dict)


def _variable_values(transcripts: list[Transcript], persona_of: dict[str, str]) -> _Variables:
    found = _Variables()
    for transcript in transcripts:
        interview = transcript.interview
        values: dict[str, str] = {}
        for name, value in (
            ("Participant", interview.participant),
            ("Study", interview.study),
            ("Interview date", interview.date.isoformat() if interview.date else None),
            ("Language", interview.language),
            ("Persona", persona_of.get(interview.id)),
            *sorted(interview.participant_attributes.items()),
        ):
            if value:
                values[name] = str(value)
                found.names.setdefault(name, "Date" if name == "Interview date" else "Text")
        found.by_interview[interview.id] = values
    return found


def _write_values(
    builder: _Builder, parent: ElementTree.Element, values: dict[str, str], kinds: dict[str, str]
) -> None:
    for name, value in values.items():
        entry = builder.element(parent, "VariableValue")
        builder.element(entry, "VariableRef", targetGUID=guid("variable", name))
        builder.element(entry, "DateValue" if kinds[name] == "Date" else "TextValue", value)


def project_name(workspace: Workspace, transcripts: list[Transcript] | None = None) -> str:
    """The study's name: the configured study, else the one study all interviews share, else the folder."""
    if workspace.settings.study:
        return workspace.settings.study
    studies = {t.interview.study for t in (workspace.transcripts() if transcripts is None else transcripts)}
    shared = studies.pop() if len(studies) == 1 else None
    return shared or workspace.root.name


def default_export_path(workspace: Workspace) -> Path:
    return workspace.exports_dir / f"{slugify(project_name(workspace))}.qdpx"


def export_qdpx(
    workspace: Workspace,
    persona_set: PersonaSet | None = None,
    out: Path | None = None,
    *,
    now: datetime | None = None,
) -> QdpxExport:
    """Write the study as a ``.qdpx`` (atomically): ``out`` is a file ending in .qdpx, or a folder."""
    xml, texts, summary = build_project(workspace, persona_set, now=now)
    if out is None:
        target = default_export_path(workspace)
    elif out.suffix.lower() == ".qdpx":
        target = out
    else:
        target = out / default_export_path(workspace).name
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PROJECT_FILE, xml)
        for name, text in texts.items():
            archive.writestr(name, text.encode("utf-8", errors="replace"))
    atomic_write_bytes(target, buffer.getvalue())
    summary.path = target
    return summary
