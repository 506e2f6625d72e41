"""`personas extract` and `personas findings` through click's runner (offline engine, fake model)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.cli import main
from assistant.core.models import Interview, Transcript, Utterance
from assistant.core.workspace import Workspace

CONTRACT = {
    "interview_id",
    "source_file",
    "category",
    "statement",
    "quote",
    "utterance_ids",
    "verified",
    "engine",
}


def _transcript(interview_id: str, participant_lines: list[str]) -> Transcript:
    turns: list[tuple[str, str]] = []
    questions = [
        "Tell me about your role.",
        "What is hard?",
        "What would success look like?",
        "Where do you learn about tools?",
        "Who decides?",
        "What happened last month?",
    ]
    for question, answer in zip(questions, participant_lines, strict=False):
        turns += [("interviewer", question), ("participant", answer)]
    interview = Interview(
        id=interview_id,
        title=interview_id,
        source_file=f"{interview_id}.txt",
        source_hash=interview_id.ljust(64, "0"),
        format="plain_txt",
        imported_at=datetime(2026, 1, 1, tzinfo=UTC),
        participant="Dana",
    )
    return Transcript(
        interview=interview,
        utterances=[
            Utterance(
                id=f"{interview_id}:{n}",
                speaker="Dana" if role == "participant" else "Sam",
                role=role,
                text=text,
            )
            for n, (role, text) in enumerate(turns, start=1)
        ],
    )


LINES = [
    "I'm the AP clerk at a trucking company with about 400 employees. I key around 1,500 invoices a month.",
    "Chasing approvals from terminal managers is the worst part. I keep my own Excel tracker of open invoices.",
    "Success would be closing the month in five days instead of twelve.",
    "Mostly LinkedIn and a podcast. I don't read Gartner.",
    "The controller decides and the CFO signs anything over fifty thousand a year.",
    "Last month our senior clerk resigned and nobody knew her process.",
]


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("PERSONAS_EMBEDDINGS__PROVIDER", "hashing")
    workspace = Workspace.init(tmp_path / "study")
    workspace.save_transcript(_transcript("one", LINES))
    workspace.save_transcript(_transcript("two", list(reversed(LINES))))
    return workspace


def run(workspace: Workspace, *args: str) -> Any:
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args])


def test_extract_all_offline_writes_files_and_prints_the_contract(study: Workspace) -> None:
    result = run(study, "extract", "--all", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(set(row) == CONTRACT for row in rows)
    assert {row["interview_id"] for row in rows} == {"one", "two"}
    assert all(row["engine"] == "offline" and row["verified"] for row in rows)
    texts = {u.id: u.text for t in study.transcripts() for u in t.utterances if u.role == "participant"}
    assert all(row["quote"] in texts[row["utterance_ids"][0]] for row in rows)
    for interview_id in ("one", "two"):
        data = json.loads((study.findings_dir / f"{interview_id}.json").read_text())
        assert data["engine"] == "offline" and data["stats"]["verified"] == len(data["findings"])


def test_extract_text_output_names_the_engine_and_counts(study: Workspace) -> None:
    result = run(study, "extract", "one", "--engine", "offline")
    assert result.exit_code == 0, result.output
    assert "one:" in result.stdout and "engine offline" in result.stdout
    assert "re-anchored" in result.stdout and "unrelated" in result.stdout


def test_findings_command_shows_stored_findings(study: Workspace) -> None:
    assert run(study, "extract", "--all").exit_code == 0
    result = run(study, "findings", "one", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {row["interview_id"] for row in rows} == {"one"}
    category = rows[0]["category"]
    filtered = json.loads(run(study, "findings", "--category", category, "--json").stdout)
    assert filtered and all(row["category"] == category for row in filtered)
    text = run(study, "findings", "two")
    assert text.exit_code == 0 and "[two]" in text.stdout


def test_unknown_interview_is_one_error_line(study: Workspace) -> None:
    result = run(study, "extract", "nope")
    assert result.exit_code == 1
    assert result.output.strip().startswith("error:") and "nope" in result.output


def test_extract_needs_ids_or_all(study: Workspace) -> None:
    result = run(study, "extract")
    assert result.exit_code == 2
    assert "--all" in result.output


def test_engine_llm_without_configuration_is_an_error(study: Workspace) -> None:
    result = run(study, "extract", "one", "--engine", "llm")
    assert result.exit_code == 1
    assert "error:" in result.output and "llm" in result.output


class InterruptingModel(FakeListChatModel):
    """Answers for the first interview, then behaves like a user pressing Ctrl-C."""

    model_name: str = "fake-model"

    def _call(self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any) -> str:
        if "Interview two" in messages[-1].content:
            raise KeyboardInterrupt
        return super()._call(messages, stop=stop, run_manager=run_manager, **kwargs)


def test_ctrl_c_keeps_the_interviews_already_finished(
    study: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.providers.llm

    monkeypatch.setenv("PERSONAS_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("PERSONAS_LLM__EXTRACTION_MODE", "review")
    # A valid answer (an empty list of reviews is refused as unusable, and a model that answers nothing
    # usable is an error, not findings labelled as the model's): a verdict on no candidate of ours.
    verdict = {"id": "c999", "keep": False, "category": "pain", "confidence": 0.1, "statement": ""}
    model = InterruptingModel(responses=[json.dumps({"reviews": [verdict]})])
    monkeypatch.setattr(assistant.providers.llm, "get_chat_model", lambda settings: model)
    result = run(study, "extract", "one", "two")
    assert result.exit_code == 130
    assert (study.findings_dir / "one.json").exists()
    assert not (study.findings_dir / "two.json").exists()
    data = json.loads((study.findings_dir / "one.json").read_text())
    assert data["engine"] == "llm:fake-model+offline"
    assert data["findings"]


def _priced(workspace: Workspace, model: str = "gpt-4o-mini") -> None:
    # Nothing listens on port 9: a run that sent anything would fail with "answered none of its calls".
    workspace.settings_path.write_text(
        f'[llm]\nprovider = "openai"\nmodel = "{model}"\nbase_url = "http://127.0.0.1:9/v1"\n'
        'extraction_mode = "direct"\nmax_retries = 0\n',
        encoding="utf-8",
    )


def test_dry_run_prints_calls_tokens_and_cost_and_sends_nothing(study: Workspace) -> None:
    _priced(study)
    result = run(study, "extract", "--all", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "estimate, nothing sent: 2 interviews (direct 2)" in result.stdout
    assert "input" in result.stdout and "$" in result.stdout
    assert not list(study.findings_dir.glob("*.json"))
    data = json.loads(run(study, "extract", "one", "--dry-run", "--json").stdout)
    assert data["interviews"] == 1 and data["input_tokens"] > 0 and data["cost_usd"] > 0
    assert data["max_cost_usd"] >= data["cost_usd"]


def test_max_cost_below_the_estimate_refuses_before_sending(study: Workspace) -> None:
    _priced(study)
    result = run(study, "extract", "--all", "--max-cost", "0.000001")
    assert result.exit_code == 1
    assert "over --max-cost" in result.output and "nothing sent" in result.output
    assert "answered none" not in result.output  # no call was attempted
    assert not list(study.findings_dir.glob("*.json"))


def test_max_cost_needs_a_price(study: Workspace) -> None:
    _priced(study, model="some-local-model")
    result = run(study, "extract", "--all", "--max-cost", "1")
    assert result.exit_code == 1
    assert "price" in result.output and "llm.price_per_1k_prompt" in result.output


def test_dry_run_with_the_offline_engine_says_there_is_no_cost(study: Workspace) -> None:
    result = run(study, "extract", "--all", "--dry-run")
    assert result.exit_code == 0 and "no model calls, no cost" in result.stdout
    assert not list(study.findings_dir.glob("*.json"))
