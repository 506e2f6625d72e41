"""Hand-made interviews and findings for the persona tests (no engine, no shared data)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from assistant.core.models import Citation, Finding, Interview, Transcript, Utterance
from assistant.core.storage import atomic_write_json
from assistant.core.workspace import Workspace

# Each interview: participant turns as (category, sentence). AP clerks talk about their controller,
# controllers talk about invoice keying: clustering must follow the speaker's own role, not topics.
AP_CLERK = [
    ("situation", "I'm an AP clerk at {company}, we have {n} branches."),
    ("situation", "I key about fifteen hundred invoices a month into the ERP."),
    ("pain", "Chasing approvals from branch managers takes hours every week."),
    ("pain", "I keep a personal Excel tracker of every invoice on hold."),
    ("decision", "I don't have any budget, the controller decides and the owner signs."),
    ("decision", "It has to read line items and work with our ERP."),
    ("channel", "I learn from an AP forum on Facebook."),
    ("trigger", "When my colleague quit I had to cover her invoices too."),
]
CONTROLLER = [
    ("situation", "I'm the controller at {company}, about {n} hundred employees."),
    ("situation", "The close takes twelve business days and the AP team still keys invoices by hand."),
    ("pain", "Reconciliations live in Excel workbooks with no audit trail."),
    ("impact", "I want the close down to six days."),
    ("decision", "I own the decision, budget is approved up to sixty thousand a year."),
    ("decision", "NetSuite integration and a real audit trail are the criteria."),
    ("critical_event", "The auditors found a material weakness last year."),
    ("channel", "I read the controllers council newsletter."),
]
NON_BUYER = [
    ("situation", "I'm a student writing my thesis on invoice automation."),
    ("pain", "During my internship I keyed invoices by hand, it was boring."),
    ("decision", "I have zero budget and I'm the wrong person for whatever you're selling."),
    ("channel", "I read papers on Google Scholar."),
]
CFO = [
    ("situation", "I'm the CFO at {company}, we just raised a Series B."),
    ("decision", "It's my call, I own the finance systems budget."),
    ("pain", "I have no view of committed spend across entities."),
]
# A non-finance study: teachers, school principals and a student, all talking about the same topics.
TEACHER = [
    ("situation", "I'm a teacher at {company}, I have {n} classes of about twenty-five kids."),
    ("pain", "Planning the timetable with the principal takes my whole Sunday."),
    ("decision", "Not my call, the principal decides what we buy."),
    ("channel", "I follow a teachers' group on Facebook."),
]
PRINCIPAL = [
    ("situation", "I'm the principal of {company}, we have {n} hundred pupils."),
    ("pain", "Teachers spend their weekends planning the timetable."),
    ("decision", "I own the budget for software, up to ten thousand a year."),
    ("channel", "I read the school leaders' newsletter."),
]
EDUCATION_STUDENT = [
    ("situation", "I'm a student in education, writing my thesis on school timetables."),
    ("pain", "Teachers told me timetable planning takes their weekends."),
    ("decision", "I have zero budget and I would never pay for a tool."),
]
SCHOOLS = ["Lincoln Elementary", "Maple High", "Oak Primary", "Pine Academy", "Cedar School", "Elm Middle"]
COMPANIES = ["Acme Supply", "Birch Hotels", "Cobalt Freight", "Delta Dental", "Ember Retail", "Fjord Metal"]


def make_interview(
    interview_id: str,
    participant: str,
    sentences: list[tuple[str, str]],
    *,
    company: str = "Acme Supply",
    n: int = 4,
    interview_date: date | None = date(2026, 3, 1),
) -> tuple[Transcript, list[Finding]]:
    """A transcript alternating interviewer questions and participant answers, and one finding per answer."""
    utterances: list[Utterance] = []
    findings: list[Finding] = []
    clock = 0.0
    for category, template in sentences:
        text = template.format(company=company, n=n)
        question_id = f"{interview_id}:{len(utterances) + 1}"
        utterances.append(
            Utterance(
                id=question_id,
                speaker="Jamie Rivera",
                role="interviewer",
                start=clock,
                text="Can you tell me more?",
            )
        )
        clock += 7.0
        answer_id = f"{interview_id}:{len(utterances) + 1}"
        utterances.append(
            Utterance(id=answer_id, speaker=participant, role="participant", start=clock, text=text)
        )
        clock += 11.0
        findings.append(
            Finding(
                interview_id=interview_id,
                source_file=f"{interview_id}.txt",
                category=category,  # type: ignore[arg-type]
                statement=f"{participant} says: {text}",
                quote=text,
                utterance_ids=[answer_id],
                verified=True,
                engine="test",
                citations=[
                    Citation(
                        interview_id=interview_id,
                        utterance_id=answer_id,
                        quote=text,
                        start=0,
                        end=len(text),
                        verified=True,
                    )
                ],
            )
        )
    interview = Interview(
        id=interview_id,
        title=f"Interview with {participant}",
        date=interview_date,
        participant=participant,
        source_file=f"{interview_id}.txt",
        source_hash=interview_id,
        format="plain_txt",
        imported_at=datetime(2026, 3, 2, tzinfo=UTC),
    )
    return Transcript(interview=interview, utterances=utterances), findings


def save_interview(workspace: Workspace, transcript: Transcript, findings: list[Finding]) -> None:
    """Store a transcript and its findings file the way import and extract do."""
    workspace.save_transcript(transcript)
    atomic_write_json(
        workspace.findings_dir / f"{transcript.interview.id}.json",
        {
            "interview_id": transcript.interview.id,
            "source_file": transcript.interview.source_file,
            "engine": "test",
            "model": None,
            "prompt_version": None,
            "transcript_hash": transcript.text_hash,
            "created_at": "2026-03-02T00:00:00+00:00",
            "stats": {
                "proposed": len(findings),
                "verified": len(findings),
                "reanchored": 0,
                "dropped": 0,
                "unsupported": 0,
            },
            "findings": [f.model_dump(mode="json") for f in findings],
        },
    )


def study(include_nonbuyers: bool = True) -> dict[str, tuple[Transcript, list[Finding]]]:
    """Three AP clerks, three controllers and (optionally) two non-buyers."""
    interviews = {}
    for i in range(3):
        interviews[f"ap-{i + 1}"] = make_interview(
            f"ap-{i + 1}", f"Clerk {i + 1}", AP_CLERK, company=COMPANIES[i], n=3 + i
        )
        interviews[f"ctl-{i + 1}"] = make_interview(
            f"ctl-{i + 1}", f"Controller {i + 1}", CONTROLLER, company=COMPANIES[3 + i], n=4 + i
        )
    if include_nonbuyers:
        for i in range(2):
            interviews[f"nb-{i + 1}"] = make_interview(f"nb-{i + 1}", f"Student {i + 1}", NON_BUYER)
    return interviews


def hashing_workspace(root, interviews: dict[str, tuple[Transcript, list[Finding]]]) -> Workspace:
    """An initialised workspace using the fast hashing embedder, holding the given interviews."""
    workspace = Workspace.init(root)
    (workspace.root / "personas.toml").write_text('[embeddings]\nprovider = "hashing"\n', encoding="utf-8")
    workspace = Workspace(workspace.root)
    for transcript, findings in interviews.values():
        save_interview(workspace, transcript, findings)
    return workspace


def school_study() -> dict[str, tuple[Transcript, list[Finding]]]:
    """Three teachers, three principals and two students (a domain unlike the finance fixtures)."""
    interviews = {}
    for i in range(3):
        interviews[f"teacher-{i + 1}"] = make_interview(
            f"teacher-{i + 1}", f"Teacher {i + 1}", TEACHER, company=SCHOOLS[i], n=3 + i
        )
        interviews[f"principal-{i + 1}"] = make_interview(
            f"principal-{i + 1}", f"Principal {i + 1}", PRINCIPAL, company=SCHOOLS[3 + i], n=4 + i
        )
    for i in range(2):
        interviews[f"student-{i + 1}"] = make_interview(
            f"student-{i + 1}", f"Student {i + 1}", EDUCATION_STUDENT
        )
    return interviews
