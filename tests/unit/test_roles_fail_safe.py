"""Roles that fail safe: confidence, doubts, confirmation, the extraction guard; and files that are not interviews."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.models import Interview
from assistant.ingest.formats import parse_file
from assistant.ingest.formats.base import ParsedTranscript, ParsedUtterance
from assistant.ingest.formats.kinds import MAX_UTTERANCE_CHARS, check_kind, split_long_turns
from assistant.ingest.importing import import_paths
from assistant.ingest.roles import RolesUnconfirmedError, assign_roles, confirm_roles, require_confirmed_roles

SAMPLES = Path(__file__).parent / "import_samples"


def turns(*pairs: tuple[str | None, str]) -> list[ParsedUtterance]:
    return [ParsedUtterance(speaker, text) for speaker, text in pairs]


INTERVIEW = turns(
    ("S00", "Can you describe your morning routine at the depot?"),
    ("S01", "I arrive at six, check the vans, and hand out the route sheets to the drivers."),
    ("S00", "What goes wrong most often?"),
    ("S01", "Missing keys. Someone always takes a key home, and then a van sits there all morning."),
    ("S00", "How do you find out?"),
    ("S01?", "When the driver phones me, usually ten minutes after they should have left."),
)


def test_nosribe_style_labels_and_question_mark_suffix() -> None:
    roles = assign_roles(INTERVIEW)
    assert roles.interviewers == ["S00"] and roles.participant == "S01"
    assert roles.roles["S01?"] == "participant"  # an unsure label gets the role of the speaker it names
    assert roles.confidence >= 0.8 and not roles.needs_review


def test_participant_who_asks_the_questions_is_flagged() -> None:
    swapped = turns(
        ("Participant", "Tell me, how long have you run the depot?"),
        ("Interviewer", "About eight years now, since the second site opened in the north of the city."),
        ("Participant", "And who plans the routes?"),
        ("Interviewer", "I do, every evening, on a spreadsheet that my predecessor built."),
        ("Participant", "Why not software?"),
        ("Interviewer", "We tried one. It did not know about the bridge that closes at night."),
    )
    roles = assign_roles(swapped)
    assert roles.participant == "Participant"  # the labels are kept...
    assert roles.needs_review and "asks questions in 100% of turns" in roles.warnings[0]  # ...but flagged


def test_one_letter_labels_only_mean_roles_in_pairs() -> None:
    qa = assign_roles(
        turns(("Q", "What do you sell?"), ("A", "Flowers, mostly wholesale to hotels and restaurants."))
    )
    assert qa.interviewers == ["Q"] and qa.participant == "A"
    anonymous = assign_roles(
        turns(
            ("B", "We sell flowers, mostly wholesale, and the hotels pay at the end of the month."),
            ("A", "Who pays late?"),
            ("B", "The big chains. Sixty days sometimes, and I still have to pay the growers weekly."),
            ("A", "What do you do then?"),
        )
    )
    assert anonymous.interviewers == ["A"] and anonymous.participant == "B"


@pytest.mark.parametrize(
    "label", ["AI", "Assistant", "Interviewer (AI)", "Moderator", "Interviewerin", "Entrevistador"]
)
def test_interviewer_role_labels(label: str) -> None:
    roles = assign_roles(
        turns((label, "Hello, how are you today?"), ("Dana", "Fine, a long week at the shop though."))
    )
    assert roles.interviewers == [label] and roles.participant == "Dana"


def test_names_that_look_like_role_words_are_not_roles() -> None:
    roles = assign_roles(
        turns(
            ("Ai Tanaka", "I run the night shift at the bakery and I hate the new ordering screen."),
            ("Hostetler", "Why do you hate it?"),
            ("Ai Tanaka", "It hides the flour stock behind three menus, so I order too late."),
            ("Hostetler", "What would you change?"),
        )
    )
    assert roles.interviewers == ["Hostetler"] and roles.participant == "Ai Tanaka"


def test_role_agreement_with_every_manifest(shared_data: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    manifests = sorted((repo / "eval" / "corpus").glob("*/manifest.json"))
    dev = shared_data / "dev" / "manifest.json"
    if dev.is_file():
        manifests.append(dev)
    right = total = flagged = 0
    for manifest in manifests:
        for name, expected in json.loads(manifest.read_text(encoding="utf-8"))["files"].items():
            parsed = parse_file(manifest.parent / name)
            roles = assign_roles(parsed.utterances, header_interviewer=parsed.interviewer_hint)
            total += 1
            right += roles.participant == expected["participant"]["label"]
            flagged += roles.needs_review
    assert total >= 90
    assert right == total and flagged == 0


def _store(workspace, tmp_path: Path, name: str, text: str, **options: object):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [result] = import_paths(workspace, [path], index=False, **options).results  # type: ignore[arg-type]
    return result


GROUP = """Speaker 1: Thanks both for coming in. What does a normal week look like for the two of you?
Speaker 2: For me it starts with the Monday stock count, which takes most of the morning because the scanner is slow and the shelves are never in the order the system expects.
Speaker 3: And I do the ordering on Tuesday, based on that count, but half the time the count is wrong and we end up with forty boxes of the wrong size of gloves.
Speaker 1: Who decides what to order?
Speaker 2: Officially she does. In practice the supplier's rep tells us what is on offer and we follow that, which is not ideal for a clinic our size.
Speaker 3: That is true, the rep knows our numbers better than we do, honestly, because he keeps his own spreadsheet of everything we bought.
Speaker 1: What would help?
Speaker 2: One list that both of us can see, with the real stock in it.
Speaker 3: And an alert when we are about to run out of something we cannot borrow from the hospital next door.
"""


def test_uncertain_roles_are_flagged_refused_by_extraction_and_confirmed(workspace, tmp_path: Path) -> None:
    result = _store(workspace, tmp_path, "clinic.txt", GROUP)
    assert result.status == "imported" and result.roles_uncertain
    assert "roles uncertain" in result.line()
    transcript = workspace.load_transcript(result.interview_id)
    assert transcript.interview.roles_need_review
    with pytest.raises(RolesUnconfirmedError) as refused:
        require_confirmed_roles(transcript)
    assert f"personas roles {result.interview_id} --participant" in refused.value.message

    from assistant.extract.pipeline import extract_interview

    with pytest.raises(RolesUnconfirmedError):  # the guard runs before any engine or model is touched
        extract_interview(workspace, transcript, engine="offline")

    confirmed = confirm_roles(workspace, result.interview_id, "Speaker 3", ["Speaker 1"])
    assert confirmed.interview.participant == "Speaker 3" and confirmed.interview.roles_confirmed
    roles = {u.speaker: u.role for u in confirmed.utterances}
    assert roles == {"Speaker 1": "interviewer", "Speaker 2": "other", "Speaker 3": "participant"}
    require_confirmed_roles(workspace.load_transcript(result.interview_id))  # no longer refused


def test_confirm_swaps_roles_when_the_participant_was_the_interviewer(workspace, tmp_path: Path) -> None:
    text = "\n".join(f"{u.speaker}: {u.text}" for u in INTERVIEW[:4])
    result = _store(workspace, tmp_path, "depot.txt", text)
    swapped = confirm_roles(workspace, result.interview_id, "s00")  # labels match case-insensitively
    roles = {u.speaker: u.role for u in swapped.utterances}
    assert roles == {"S00": "participant", "S01": "interviewer"}


def test_old_transcripts_without_confidence_are_not_refused() -> None:
    interview = Interview.model_validate(
        {
            "id": "x",
            "title": "x",
            "source_file": "x",
            "source_hash": "0",
            "format": "vtt",
            "imported_at": "2024-01-01T00:00:00Z",
        }
    )
    assert interview.role_confidence is None and not interview.roles_need_review


LECTURE = (
    "Professor Lind: "
    + " ".join(
        f"Today we look at cold chains, part {n}. The temperature log matters more than the fridge itself."
        for n in range(60)
    )
    + "\nStudent: Will this be on the exam?\nProfessor Lind: Yes.\n"
)


def test_monologue_is_refused_unless_forced(workspace, tmp_path: Path) -> None:
    result = _store(workspace, tmp_path, "lecture.txt", LECTURE)
    assert (
        result.status == "skipped"
        and "monologue or lecture" in result.message
        and "--force" in result.message
    )
    assert workspace.interview_ids() == []
    forced = _store(workspace, tmp_path, "lecture2.txt", LECTURE, force=True)
    assert forced.status == "imported" and any("--force" in w for w in forced.warnings)
    stored = workspace.load_transcript(forced.interview_id)
    assert (
        max(len(u.text) for u in stored.utterances) <= MAX_UTTERANCE_CHARS
    )  # never one 8,000-character unit


def test_code_table_and_one_speaker_are_not_interviews() -> None:
    rows = [
        ParsedUtterance("P4", f"Explainability purposes > Guiding feature work {n}. We look at what matters.")
        for n in range(12)
    ]
    codes = ParsedTranscript(format="pdf", utterances=rows, title="Coded Segments")
    assert "coded segments" in (check_kind(codes).refuse or "")
    single = ParsedTranscript(format="vtt", utterances=[ParsedUtterance("Host", "word " * 600)])
    assert "only one speaker" in (check_kind(single).refuse or "")


def test_coded_segments_pdf_is_refused(real_data: Path) -> None:
    parsed = parse_file(real_data / "pdpilot-userstudy" / "coded-segments.pdf")
    assert "coded segments" in (check_kind(parsed).refuse or "")


def test_long_turns_split_at_sentences_keep_speaker_and_times() -> None:
    sentence = "We load the van, check the list twice, and still forget the ladder. "
    parsed = ParsedTranscript(
        format="plain_txt",
        utterances=[
            ParsedUtterance("Sam", sentence * 80, 10.0, 500.0),
            ParsedUtterance("Jo", "Why?", 501.0, 502.0),
        ],
    )
    assert split_long_turns(parsed) == 1
    pieces = [u for u in parsed.utterances if u.speaker == "Sam"]
    assert len(pieces) >= 4 and all(len(u.text) <= MAX_UTTERANCE_CHARS for u in pieces)
    assert all(u.text.endswith("ladder.") for u in pieces)  # cut after a sentence
    assert pieces[0].start == 10.0 and pieces[-1].end == 500.0 and pieces[1].start is None
    assert " ".join(u.text for u in pieces) == (sentence * 80).strip()
