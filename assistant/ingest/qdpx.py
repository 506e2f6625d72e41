"""REFI-QDA projects (``.qdpx``, as QualCoder, NVivo, MAXQDA and ATLAS.ti export them): read and import.

A ``.qdpx`` is a zip of ``project.qde`` (XML in the ``urn:QDA-XML:project:1.0`` namespace) and the
source files under ``sources/``. Each text source becomes an interview (parsed like any transcript,
so speaker labels and times are found), its case and source variables become participant
attributes, and its coded selections become researcher findings (see ``qda_codes``).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from xml.etree import ElementTree

from assistant.core.errors import AssistantError, InputFileError
from assistant.core.models import Transcript
from assistant.core.workspace import Workspace
from assistant.ingest.formats import NotATranscriptError, parse_text
from assistant.ingest.formats.base import ParsedTranscript
from assistant.ingest.formats.decode import max_file_bytes
from assistant.ingest.qda_codes import (
    CodeMapping,
    Selection,
    findings_from_selections,
    map_codes,
    save_researcher_findings,
)

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_FILE = "project.qde"
MAX_SOURCES_BYTES = 2_000_000_000
"""Refuse archives that unpack to more than this (a zip bomb is not a project)."""
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: ElementTree.Element, name: str) -> ElementTree.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: ElementTree.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


@dataclass
class QdaSource:
    """One text source of a project."""

    guid: str
    name: str
    text: str | None
    selections: list[Selection] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    problem: str | None = None
    """Why its text could not be read (the source is reported, the others still import)."""
    invalid_selections: int = 0


@dataclass
class QdaProject:
    """What the importer needs from a project: codes, text sources, and what was left out."""

    name: str
    code_paths: dict[str, list[str]]
    code_descriptions: dict[str, str]
    sources: list[QdaSource]
    skipped: list[str] = field(default_factory=list)


def _zip_member(archive: zipfile.ZipFile, wanted: str) -> zipfile.ZipInfo | None:
    """The archive member with this name or path, ignoring case and the folder it sits in."""
    wanted = wanted.replace("\\", "/").lstrip("/").casefold()
    members = [m for m in archive.infolist() if not m.is_dir()]
    for member in members:
        if member.filename.casefold() == wanted:
            return member
    base = wanted.rsplit("/", 1)[-1]
    for member in members:
        if member.filename.replace("\\", "/").rsplit("/", 1)[-1].casefold() == base:
            return member
    return None


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> bytes:
    limit = max_file_bytes()
    if member.file_size > limit:
        raise InputFileError(path, f"{member.filename} is too large ({member.file_size / 1e6:.0f} MB)")
    try:
        with archive.open(member) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
        raise InputFileError(path, f"{member.filename} cannot be read from the archive ({exc})") from exc
    if len(data) > limit:
        raise InputFileError(path, f"{member.filename} is too large")
    return data


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig")


def read_project(data: bytes, path: Path) -> QdaProject:
    """Parse a ``.qdpx``; an archive that is not a REFI-QDA project is one InputFileError."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputFileError(
            path, "not a REFI-QDA project (a .qdpx is a zip archive; this is not one)"
        ) from None
    with archive:
        if sum(m.file_size for m in archive.infolist()) > MAX_SOURCES_BYTES:
            raise InputFileError(path, "the archive unpacks to more than 2 GB; not imported")
        member = _zip_member(archive, PROJECT_FILE)
        if member is None:
            raise InputFileError(path, f"not a REFI-QDA project (no {PROJECT_FILE} inside the archive)")
        xml = _read_member(archive, member, path)
        if _DTD.search(xml[:65536]):
            raise InputFileError(path, f"{PROJECT_FILE} declares a DTD or entities, which are not read")
        try:
            root = ElementTree.fromstring(xml)
        except ElementTree.ParseError as exc:
            raise InputFileError(path, f"{PROJECT_FILE} is not well-formed XML ({exc})") from exc
        if _local(root.tag) != "Project":
            raise InputFileError(
                path,
                f"not a REFI-QDA project ({PROJECT_FILE} starts with <{_local(root.tag)}>, not <Project>)",
            )
        project = QdaProject(
            name=root.get("name") or path.stem, code_paths={}, code_descriptions={}, sources=[]
        )
        codebook = _child(root, "CodeBook")
        codes = _child(codebook, "Codes") if codebook is not None else None
        if codes is not None:
            _read_codes(codes, [], project)
        variables = _read_variables(root)
        sources = _child(root, "Sources")
        skipped: dict[str, int] = {}
        for element in list(sources) if sources is not None else []:
            kind = _local(element.tag)
            text_element = element if kind == "TextSource" else None
            if kind == "PDFSource":
                text_element = _child(element, "Representation")  # the PDF's text, when the tool kept it
            if text_element is None:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            project.sources.append(_read_source(archive, element, text_element, variables, path))
        for kind, count in skipped.items():
            label = kind.removesuffix("Source").lower() or kind
            project.skipped.append(
                f"{count} {label} source{'s' if count != 1 else ''} skipped (only text is imported)"
            )
        _apply_cases(root, variables, project)
    if not project.sources:
        raise NotATranscriptError(path, "the REFI-QDA project holds no text sources")
    return project


def _read_codes(element: ElementTree.Element, parents: list[str], project: QdaProject) -> None:
    for code in _children(element, "Code"):
        guid = code.get("guid") or ""
        names = [*parents, (code.get("name") or "unnamed code").strip()]
        if guid:
            project.code_paths[guid] = names
            description = _text(_child(code, "Description"))
            if description:
                project.code_descriptions[guid] = description
        _read_codes(code, names, project)


def _read_variables(root: ElementTree.Element) -> dict[str, str]:
    """Variable guid -> name."""
    holder = _child(root, "Variables")
    if holder is None:
        return {}
    return {
        v.get("guid", ""): (v.get("name") or "").strip()
        for v in _children(holder, "Variable")
        if v.get("guid")
    }


def _variable_values(element: ElementTree.Element, variables: dict[str, str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for entry in _children(element, "VariableValue"):
        reference = _child(entry, "VariableRef")
        name = variables.get(reference.get("targetGUID", "")) if reference is not None else None
        value = next((_text(child) for child in entry if _local(child.tag) != "VariableRef"), "")
        if name and value:
            values[name] = value
    return values


def _apply_cases(root: ElementTree.Element, variables: dict[str, str], project: QdaProject) -> None:
    """Case variables (a participant's age, role, segment...) go to the case's sources."""
    holder = _child(root, "Cases")
    if holder is None:
        return
    by_guid = {source.guid: source for source in project.sources}
    for case in _children(holder, "Case"):
        values = _variable_values(case, variables)
        for reference in _children(case, "SourceRef"):
            source = by_guid.get(reference.get("targetGUID", ""))
            if source is not None:
                source.variables = {**values, **source.variables}


def _read_source(
    archive: zipfile.ZipFile,
    element: ElementTree.Element,
    text_element: ElementTree.Element,
    variables: dict[str, str],
    path: Path,
) -> QdaSource:
    name = (element.get("name") or text_element.get("name") or element.get("guid") or "source").strip()
    source = QdaSource(guid=element.get("guid") or "", name=name, text=None)
    source.variables = _variable_values(element, variables)
    inline = _child(text_element, "PlainTextContent")
    location = text_element.get("plainTextPath") or ""
    try:
        if inline is not None and inline.text:
            source.text = inline.text
        elif location.startswith("internal://"):
            member = _zip_member(archive, "sources/" + location.removeprefix("internal://"))
            if member is None:
                source.problem = f"its text {location} is missing from the archive"
            else:
                source.text = _decode(_read_member(archive, member, path))
        else:
            source.problem = f"its text is outside the archive ({location or 'no path'}); export it with the sources included"
    except UnicodeDecodeError:
        source.problem = "its text is not UTF-8"
    except InputFileError as exc:
        source.problem = exc.problem
    if source.text is None:
        return source
    length = len(source.text)
    for selection in _children(text_element, "PlainTextSelection"):
        try:
            start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            source.invalid_selections += 1
            continue
        if not 0 <= start < end <= length:
            source.invalid_selections += 1
            continue
        guids = [
            reference.get("targetGUID", "")
            for coding in _children(selection, "Coding")
            for reference in _children(coding, "CodeRef")
        ]
        memo = _text(_child(selection, "Description"))
        source.selections.append(Selection(start, end, [g for g in guids if g], memo))
    return source


# -- importing ----------------------------------------------------------------------------------
def _pseudonymiser(workspace: Workspace, transcript: Transcript) -> Callable[[str], str]:
    """Pseudonymise code names with the study's map (saved, so every placeholder stays reversible)."""
    from assistant.ingest.pseudonymise import load_pseudonymiser

    pseudonymiser = load_pseudonymiser(workspace, [transcript.interview.language or "en"])

    def private(text: str) -> str:
        replaced = pseudonymiser.replace(text)
        pseudonymiser.save()
        return replaced

    return private


def _import_codes(
    workspace: Workspace, result: Any, source: QdaSource, codes: dict[str, CodeMapping]
) -> None:
    """The source's coded participant words as researcher findings of the interview just imported."""
    assert source.text is not None
    transcript = workspace.load_transcript(result.interview_id)
    private = _pseudonymiser(workspace, transcript) if transcript.interview.pseudonymised else None
    findings, stats = findings_from_selections(
        transcript, source.text, source.selections, codes, private=private
    )
    save_researcher_findings(workspace, transcript.interview.id, findings)
    context = stats.not_participant
    result.notes.append(
        f"{source.name}: {_count(stats.findings, 'coded participant passage')} -> researcher findings"
        + (f", {_count(context, 'coded interviewer passage')} kept as context" if context else "")
    )
    if stats.unplaced:
        result.warnings.append(
            f"{_count(stats.unplaced, 'coded passage')} could not be matched to the parsed text"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def source_hash(source: QdaSource) -> str:
    """Identity of one source's text: the same interview in two projects is imported once."""
    return hashlib.sha256(f"qdpx\x1f{source.text}".encode()).hexdigest()


class SourceImporter(Protocol):
    """What ``importing._Importer`` offers to import one parsed interview (kept structural: no cycle)."""

    workspace: Workspace
    hashes: dict[str, str]

    def import_one(
        self, parsed: ParsedTranscript, path: Path, *, source_file: str, source_hash: str, stem: str
    ) -> Any: ...

    def _unchanged(self, path: Path, known: str, key: str | None = None) -> Any: ...


def import_qdpx(
    importer: SourceImporter, path: Path, data: bytes, result_type: Callable[..., Any]
) -> list[Any]:
    """Import every text source of a project as an interview and its coded participant words as findings.

    Returns one ``result_type`` (the importer's FileResult) per source.
    """
    FileResult = result_type  # noqa: N806 - the importer's result class, passed in to avoid an import cycle
    project = read_project(data, path)
    used = {guid for source in project.sources for s in source.selections for guid in s.code_guids}
    mapping: dict[str, CodeMapping] = {}

    def code_mapping() -> dict[str, CodeMapping]:
        """Mapped on first need: guessing a code's category loads the embedder."""
        if not mapping:
            codes = {guid: names for guid, names in project.code_paths.items() if guid in used}
            mapping.update(map_codes(codes, project.code_descriptions))
        return mapping

    results: list[Any] = []
    for source in project.sources:
        if source.problem is not None or source.text is None:
            results.append(
                FileResult(
                    path, "failed", key=source.name, message=f"{path} [{source.name}]: {source.problem}"
                )
            )
            continue
        identity = source_hash(source)
        known = importer.hashes.get(identity)
        if known is not None:
            results.append(importer._unchanged(path, known, source.name))
            continue
        stem = Path(source.name).stem or source.name
        try:
            # Detected as text whatever the original file was (the project holds its plain text).
            parsed = parse_text(source.text.replace("\r\n", "\n"), Path(f"{stem}.txt"), None)
        except NotATranscriptError as exc:
            results.append(FileResult(path, "skipped", key=source.name, message=exc.problem))
            continue
        parsed.key = source.name
        parsed.attributes.update(source.variables)
        try:
            result = importer.import_one(
                parsed, path, source_file=f"{path.absolute()}#{source.name}", source_hash=identity, stem=stem
            )
        except AssistantError as exc:  # this source fails; the ones before it stay imported
            results.append(
                FileResult(path, "failed", key=source.name, message=f"{path} [{source.name}]: {exc.message}")
            )
            continue
        if result.status == "imported" and result.interview_id is not None and source.selections:
            try:
                _import_codes(importer.workspace, result, source, code_mapping())
            except AssistantError as exc:
                result.warnings.append(
                    f"its coding was not imported ({exc.message}); run `personas rm {result.interview_id}` "
                    "and import the project again"
                )
        if source.invalid_selections:
            result.warnings.append(
                f"{_count(source.invalid_selections, 'selection')} outside the source text, ignored"
            )
        results.append(result)
    if results:
        results[0].notes[:0] = [m.describe() for m in mapping.values() if m.segments] + project.skipped
    return results
