"""REFI-QDA exchange: the export validates against the project schema and holds exact offsets;
a project from another tool imports as transcripts plus researcher findings, and survives re-extraction."""

from __future__ import annotations

import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from assistant.core.models import CATEGORIES, Citation, Finding, Transcript
from assistant.core.workspace import Workspace
from assistant.extract.pipeline import ExtractionResult, load_findings, save_result
from assistant.extract.verify import verify_quote
from assistant.ingest.importing import import_paths
from assistant.ingest.qda_codes import category_by_name, code_path_of
from assistant.personas.qdpx_export import export_qdpx
from assistant.personas.versions import (
    Persona,
    PersonaAttribute,
    PersonaCitation,
    PersonaSet,
    save_new_version,
)

sys.path.insert(0, str(Path(__file__).parent))
from qdpx_samples import BAKERY, SCHEMA, project_xml, write_project  # noqa: E402

NS = {"q": "urn:QDA-XML:project:1.0"}
SAMPLES = Path(__file__).resolve().parents[2] / "transcripts" / "sample-study"
NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def _finding(
    transcript: Transcript, number: int, category: str, words: str, engine: str = "offline"
) -> Finding:
    utterance = transcript.utterances[number - 1]
    start = utterance.text.index(words)
    citation = Citation(
        interview_id=transcript.interview.id,
        utterance_id=utterance.id,
        quote=words,
        start=start,
        end=start + len(words),
        verified=True,
    )
    return Finding(
        interview_id=transcript.interview.id,
        source_file=transcript.interview.source_file,
        category=category,  # type: ignore[arg-type]
        statement=words,
        quote=words,
        utterance_ids=[utterance.id],
        verified=True,
        engine=engine,
        citations=[citation],
    )


@pytest.fixture
def study(workspace: Workspace) -> Workspace:
    """Three sample interviews with findings in several categories and one persona version."""
    files = [
        SAMPLES / "interview-04-rev.txt",
        SAMPLES / "interview-02-teams.vtt",
        SAMPLES / "interview-09-teams.vtt",
    ]
    report = import_paths(workspace, files, study="clinics", index=False)
    assert report.ok, report.failures
    for transcript in workspace.transcripts():
        participant = [u for u in transcript.utterances if u.role == "participant"]
        chosen = [participant[1], participant[3], participant[5]]
        findings = []
        for utterance, category in zip(chosen, ["situation", "pain", "decision"], strict=True):
            number = transcript.utterances.index(utterance) + 1
            findings.append(_finding(transcript, number, category, " ".join(utterance.text.split()[:6])))
        save_result(
            workspace,
            ExtractionResult(
                interview_id=transcript.interview.id,
                source_file=transcript.interview.source_file,
                engine="offline",
                model=None,
                prompt_version=None,
                transcript_hash=transcript.text_hash,
                findings=findings,
                stats={},
            ),
        )
    ids = workspace.interview_ids()
    first = workspace.load_transcript(ids[0])
    citation = load_findings(workspace, [ids[0]])[1].citations[0]
    save_new_version(
        workspace,
        PersonaSet(
            engine="offline",
            personas=[
                Persona(
                    id="managers",
                    label="Practice managers",
                    members=ids[:2],
                    summary="Run the business side & own the budget.",
                    attributes=[
                        PersonaAttribute(
                            field="pains",
                            statement="Phones and reminders eat the day.",
                            citations=[
                                PersonaCitation(
                                    **citation.model_dump(include={"interview_id", "utterance_id", "quote"})
                                )
                            ],
                            evidence_count=1,
                        )
                    ],
                ),
                Persona(id="coordinators", label="Coordinators", members=ids[2:], negative=True),
            ],
        ),
    )
    assert first.interview.study == "clinics"
    return workspace


def _project(path: Path) -> tuple[etree._Element, dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        texts = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("sources/")}
    return root, texts


def test_export_is_a_valid_refi_qda_project(
    study: Workspace, schema: etree.XMLSchema, tmp_path: Path
) -> None:
    from assistant.personas.versions import load_version

    result = export_qdpx(study, load_version(study), tmp_path / "study.qdpx", now=NOW)
    assert result.path == tmp_path / "study.qdpx"
    root, texts = _project(result.path)
    assert schema.validate(root), schema.error_log
    assert root.get("name") == "clinics"
    assert (result.sources, result.codings, result.personas) == (3, 9, 2)
    assert result.not_placed == 0
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    assert {"Situation", "Pains", "Decision making", "Channels"} <= set(codes.values())
    # Every coded selection is the exact quote of its finding, at its offsets in the source text.
    quotes = {f.quote: f.category for f in load_findings(study)}
    for source in root.iterfind(".//q:TextSource", NS):
        text = texts["sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.iterfind("q:PlainTextSelection", NS):
            coded = text[int(selection.get("startPosition")) : int(selection.get("endPosition"))]
            assert coded in quotes, coded
            code = selection.find("q:Coding/q:CodeRef", NS).get("targetGUID")
            assert (
                codes[code]
                == {"situation": "Situation", "pain": "Pains", "decision": "Decision making"}[quotes[coded]]
            )
    sets = {s.get("name"): s for s in root.iterfind(".//q:Set", NS)}
    assert set(sets) == {"Practice managers", "Coordinators"}
    assert len(sets["Practice managers"].findall("q:MemberSource", NS)) == 2
    assert "Negative persona" in sets["Coordinators"].find("q:Description", NS).text
    note = root.find(".//q:Note/q:PlainTextContent", NS).text
    assert "Phones and reminders eat the day." in note
    variables = {v.get("name") for v in root.iterfind(".//q:Variable", NS)}
    assert {"Participant", "Study", "Persona"} <= variables
    assert len(root.findall(".//q:Case", NS)) == 3


def test_export_is_stable_and_survives_characters_xml_cannot_hold(
    study: Workspace, schema: etree.XMLSchema, tmp_path: Path
) -> None:
    transcript = study.load_transcript(study.interview_ids()[0])
    transcript.utterances[0].text = "Okay,\x0b we're\x00 recording\r\nnow."
    study.save_transcript(transcript)
    first = export_qdpx(study, None, tmp_path / "a.qdpx", now=NOW)
    second = export_qdpx(study, None, tmp_path / "b.qdpx", now=NOW)
    assert first.path.read_bytes() == second.path.read_bytes()
    root, texts = _project(first.path)
    assert schema.validate(root), schema.error_log
    assert root.find(".//q:Sets", NS) is None  # no personas given: sources and codes only
    assert all("\x00" not in text for text in texts.values())


def test_researcher_codes_from_another_tool_become_verified_findings(
    workspace: Workspace, tmp_path: Path
) -> None:
    project = write_project(tmp_path / "Small trades.qdpx")
    report = import_paths(workspace, [project], index=False)
    assert [r.status for r in report.results] == ["imported", "imported"], [r.line() for r in report.results]
    bakery = workspace.load_transcript(report.results[0].interview_id)
    assert bakery.interview.participant == "Marta Quell"
    assert bakery.interview.participant_attributes["Segment"] == "Food retail"
    assert bakery.interview.source_file.endswith("Small trades.qdpx#Bakery interview.docx")

    findings = load_findings(workspace)  # corrections applied: each quote re-verified against the transcript
    by_code = {code_path_of(f): f for f in findings}
    assert set(by_code) == {
        "Situation",
        "Pains",
        "Pains / Supply",
        "Workarounds",
        "Entscheidung",
        "Auslöser",
        "Canales",
    }
    assert all(f.engine == "researcher" and f.verified for f in findings)
    assert by_code["Situation"].quote == "I run the morning shift"  # the selected label is not speech
    assert by_code["Pains"].quote == "The flour delivery came two days late"
    assert (by_code["Pains"].category, by_code["Pains / Supply"].category) == ("pain", "pain")
    assert by_code["Pains / Supply"].statement == "[Pains / Supply] Late flour halves the bread."
    assert by_code["Entscheidung"].category == "decision"
    assert by_code["Auslöser"].category == "trigger"
    assert by_code["Canales"].category == "channel"
    assert by_code["Workarounds"].category in CATEGORIES
    assert by_code["Workarounds"].statement.startswith("[Workarounds] I keep a paper list of backup mills")
    assert not any("What went wrong" in f.quote for f in findings)  # the interviewer's words never are
    for finding in findings:
        transcript = workspace.load_transcript(finding.interview_id)
        assert verify_quote(transcript, finding.utterance_ids[0], finding.quote) is not None

    notes = report.results[0].notes
    assert "code 'Pains / Supply' (1 segment) -> pain (from its parent code)" in notes
    assert any(
        n.startswith("code 'Workarounds' (1 segment) -> ") and "guessed from the code's meaning" in n
        for n in notes
    )
    assert "1 audio source skipped (only text is imported)" in notes
    assert "1 selection outside the source text, ignored" in report.results[0].warnings
    assert (
        "Bakery interview.docx: 5 coded participant passages -> researcher findings, 1 coded interviewer passage kept as context"
        in notes
    )


def test_a_pseudonymised_import_leaves_no_name_in_the_researcher_findings(
    workspace: Workspace, tmp_path: Path
) -> None:
    xml = project_xml().replace(
        "Late flour halves the bread.", "Marta Quell says late flour halves the bread."
    )
    report = import_paths(
        workspace, [write_project(tmp_path / "Marta Quell.qdpx", xml)], index=False, pseudonymise=True
    )
    assert report.ok, report.failures
    stored = "".join(p.read_text(encoding="utf-8") for p in (workspace.root / "corrections").iterdir())
    assert "Marta" not in stored and "Quell" not in stored
    findings = load_findings(workspace)
    assert len(findings) == 7 and all(f.statement.startswith("[") for f in findings)


def test_reimporting_a_project_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    project = write_project(tmp_path / "trades.qdpx")
    import_paths(workspace, [project], index=False)
    before = sorted((f.interview_id, f.quote, f.statement) for f in load_findings(workspace))
    again = import_paths(workspace, [project], index=False)
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    assert sorted((f.interview_id, f.quote, f.statement) for f in load_findings(workspace)) == before
    assert len(workspace.interview_ids()) == 2


def test_imported_codes_survive_re_extraction(workspace: Workspace, tmp_path: Path) -> None:
    from assistant.extract.pipeline import extract_interview

    import_paths(workspace, [write_project(tmp_path / "trades.qdpx")], index=False)
    interview_id = workspace.interview_ids()[0]
    researcher = [f for f in load_findings(workspace, [interview_id]) if f.engine == "researcher"]
    extract_interview(workspace, workspace.load_transcript(interview_id), engine="offline")
    after = load_findings(workspace, [interview_id])
    assert {f.quote for f in researcher} <= {f.quote for f in after if f.engine == "researcher"}


def test_round_trip_keeps_ids_quotes_and_categories(study: Workspace, tmp_path: Path) -> None:
    exported = export_qdpx(study, None, tmp_path / "round.qdpx", now=NOW)
    other = Workspace.init(tmp_path / "other")
    report = import_paths(other, [exported.path], index=False)
    assert report.ok and len(report.imported) == 3
    assert other.interview_ids() == study.interview_ids()
    original = sorted((f.interview_id, f.category, f.quote) for f in load_findings(study))
    imported = sorted((f.interview_id, f.category, f.quote) for f in load_findings(other))
    assert imported == original
    for interview_id in study.interview_ids():
        a, b = study.load_transcript(interview_id), other.load_transcript(interview_id)
        assert [(u.speaker, u.role, u.text) for u in a.utterances] == [
            (u.speaker, u.role, u.text) for u in b.utterances
        ]
    # ...and back out again: the researcher's codings keep their codes, by the researcher user.
    root, _ = _project(export_qdpx(other, None, tmp_path / "again.qdpx", now=NOW).path)
    users = {u.get("guid"): u.get("name") for u in root.iterfind(".//q:User", NS)}
    creators = {users[s.get("creatingUser")] for s in root.iterfind(".//q:PlainTextSelection", NS)}
    assert creators == {"researcher"}
    assert len(root.findall(".//q:Code", NS)) == 7  # imported "[Pains]" etc. map back onto the category codes


def test_category_names_in_five_languages() -> None:
    assert category_by_name("Pain points") == "pain"
    assert category_by_name("Points de douleur") == "pain"
    assert category_by_name("Événement critique") == "critical_event"
    assert category_by_name("Kanäle") == "channel"
    assert category_by_name("Decisão") == "decision"
    assert category_by_name("Desencadenantes") == "trigger"
    assert category_by_name("Desired impact") == "impact"
    assert category_by_name("Scheduling") is None


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (
            lambda p: p.write_bytes(b"PK\x03\x04 not really"),
            "not a REFI-QDA project (a .qdpx is a zip archive",
        ),
        (lambda p: p.write_text("<Project/>"), "not a REFI-QDA project (a .qdpx is a zip archive"),
        (
            lambda p: write_project(p, sources={}).unlink() or _zip(p, {"notes.txt": b"x"}),
            "no project.qde inside",
        ),
        (lambda p: write_project(p, "<Project name='x'><Sources>"), "project.qde is not well-formed XML"),
        (
            lambda p: write_project(p, '<!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x"/>'),
            "declares a DTD or entities",
        ),
        (lambda p: write_project(p, "<CodeBook/>"), "starts with <CodeBook>, not <Project>"),
        (
            lambda p: write_project(p, '<Project xmlns="urn:QDA-XML:project:1.0" name="e"/>'),
            "holds no text sources",
        ),
    ],
)
def test_broken_projects_are_one_clear_error(
    workspace: Workspace, tmp_path: Path, make, problem: str
) -> None:
    path = tmp_path / "broken.qdpx"
    make(path)
    report = import_paths(workspace, [path], index=False)
    assert [r.status for r in report.results] == ["failed"]
    assert report.results[0].message.startswith(f"{path}: ")
    assert problem in report.results[0].message
    assert workspace.interview_ids() == []
    assert not (workspace.root / "corrections").exists()


def _zip(path: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_a_source_whose_text_is_missing_fails_alone(workspace: Workspace, tmp_path: Path) -> None:
    project = write_project(tmp_path / "partial.qdpx", sources={})
    report = import_paths(workspace, [project], index=False)
    statuses = {r.key: r.status for r in report.results}
    assert statuses == {"Bakery interview.docx": "failed", "Workshop interview.pdf": "imported"}
    failed = report.failed[0]
    assert failed.message == (
        f"{project} [Bakery interview.docx]: its text internal://0b1c2d3e-0000-4000-8000-0000000000d1.txt "
        "is missing from the archive"
    )


def test_the_sample_project_fixture_is_itself_valid(schema: etree.XMLSchema) -> None:
    assert schema.validate(etree.fromstring(project_xml().encode("utf-8"))), schema.error_log
    assert "\r\n" in BAKERY  # positions count the carriage returns a Windows tool leaves in
