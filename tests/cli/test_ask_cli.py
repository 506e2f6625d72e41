"""`personas ask` and `personas chat` through click's runner (offline and with a fake chat model)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.cli import main
from assistant.core.storage import read_jsonl

_spec = importlib.util.spec_from_file_location(
    "ask_fixtures", Path(__file__).parent.parent / "unit" / "ask_fixtures.py"
)
assert _spec and _spec.loader
ask_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ask_fixtures)


@pytest.fixture
def study(tmp_path):
    return ask_fixtures.make_workspace(tmp_path / "study")


def run(workspace, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["--workspace", str(workspace.root), *args], input=stdin)


def test_ask_offline_json_contract(study):
    result = run(study, "ask", "How long does the month-end close take?", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["answerable"] is True and data["answer"] is None
    assert data["label"].startswith("No language model configured")
    assert data["citations"] and all(c["quote"] and c["utterance_id"] for c in data["citations"])
    assert "kelsey:4" in {c["utterance_id"] for c in data["citations"]}


def test_ask_offline_text_shows_label_and_quotes(study):
    result = run(study, "ask", "Who keeps an Excel tracker?", "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "No language model configured: showing the most relevant quotes" in result.output
    assert "[tanya:3] Tanya Brooks (participant), tanya, 00:01:30" in result.output
    assert "personal Excel tracker" in result.output


def test_ask_unanswerable_says_so(study):
    result = run(study, "ask", "Which participants use SAP?")
    assert result.exit_code == 0
    assert "The interviews don't say." in result.output and "SAP" in result.output
    data = json.loads(run(study, "ask", "Which participants use SAP?", "--json").output)
    assert data["answerable"] is False and data["citations"] == []


def test_ask_filters_and_errors(study):
    data = json.loads(
        run(
            study,
            "ask",
            "How do people chase approvals and keep trackers in Excel?",
            "--interview",
            "tanya",
            "--json",
        ).output
    )
    assert data["answerable"] and {c["interview_id"] for c in data["citations"]} == {"tanya"}
    data = json.loads(run(study, "ask", "vendor master bank details", "--role", "any", "--json").output)
    assert data["citations"][0]["utterance_id"] == "kelsey:3"
    data = json.loads(run(study, "ask", "close days", "--since", "2025-01-01", "--json").output)
    assert "kelsey" not in {c["interview_id"] for c in data["citations"]}
    missing = run(study, "ask", "anything", "--interview", "nobody")
    assert missing.exit_code == 1 and "error: no interview with id 'nobody'" in missing.output
    no_findings = run(study, "ask", "anything", "--category", "pain")
    assert no_findings.exit_code == 1 and "personas extract" in no_findings.output


def test_ask_streams_model_answer_then_verified_citations(study, monkeypatch):
    fake = FakeListChatModel(responses=["Tanya keeps a personal Excel tracker [tanya:3] [made:1]."])
    monkeypatch.setattr("assistant.providers.llm.get_chat_model", lambda settings: fake)
    result = run(study, "ask", "Who keeps an Excel tracker?")
    assert result.exit_code == 0, result.output
    assert "Tanya keeps a personal Excel tracker [tanya:3]." in result.output
    assert "[made:1]" not in result.output.split("removed")[0]
    assert "Citations:" in result.output
    assert '"I keep a personal Excel tracker of every invoice waiting on an approver."' in result.output


def test_ask_json_with_model_removes_invented_ids(study, monkeypatch):
    fake = FakeListChatModel(responses=["Chasing by phone [tanya:2] [nope:3]."])
    monkeypatch.setattr("assistant.providers.llm.get_chat_model", lambda settings: fake)
    data = json.loads(run(study, "ask", "chasing branch managers approvals", "--json").output)
    assert data["answer"] == "Chasing by phone [tanya:2]."
    assert data["removed_citations"] == ["nope:3"]
    cited = data["citations"][0]
    text = study.load_transcript("tanya").utterance("tanya:2").text
    assert cited["quote"] == text[cited["span_start"] : cited["span_end"]] and cited["quote"]


def test_chat_offline_follow_ups_and_history_file(study):
    result = run(study, "chat", stdin="What about the month-end close?\nand the audit?\nexit\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("No language model configured") == 2
    sessions = list(study.sessions_dir.glob("chat-*.jsonl"))
    assert len(sessions) == 1
    records = read_jsonl(sessions[0])
    assert [r["question"] for r in records] == ["What about the month-end close?", "and the audit?"]
    assert records[1]["standalone_question"] == "What about the month-end close? and the audit?"


def test_chat_ends_on_eof(study):
    result = run(study, "chat", "--offline", stdin="Which participants use SAP?\n")
    assert result.exit_code == 0
    assert "The interviews don't say." in result.output


def test_ask_in_an_empty_workspace_says_how_to_fix_it(tmp_path):
    from assistant.core.workspace import Workspace

    empty = Workspace.init(tmp_path / "empty")
    result = run(empty, "ask", "anything?")
    assert result.exit_code == 1
    assert "no interviews in" in result.output and "personas import" in result.output


def test_chat_in_an_empty_workspace_fails_before_the_prompt(tmp_path):
    from assistant.core.workspace import Workspace

    empty = Workspace.init(tmp_path / "empty")
    result = run(empty, "chat", "--offline", stdin="anything?\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: no interviews in") and "personas import" in result.stderr
    assert list(empty.sessions_dir.iterdir()) == []


def test_ask_discards_a_streamed_answer_without_valid_citations(study, monkeypatch):
    fake = FakeListChatModel(responses=["Everyone loves spreadsheets [made:1]."])
    monkeypatch.setattr("assistant.providers.llm.get_chat_model", lambda settings: fake)
    result = run(study, "ask", "Who keeps an Excel tracker?")
    assert result.exit_code == 0, result.output
    assert "[made:1]" not in result.output
    assert "The interviews don't say." in result.output
    assert "cited no utterance from the evidence" in result.output


def test_an_empty_question_is_a_usage_error(study):
    result = run(study, "ask", "   ")
    assert result.exit_code == 2
    assert "the question is empty" in result.output


def test_ask_offline_text_says_how_many_participants_the_quotes_come_from(study):
    """The one-line offline summary ("Quotes from 2 of 3 participants; findings among them: ...")
    and, under each persona, how many of its members the quotes come from."""
    from assistant.ask.answering import Answer
    from assistant.cli.ask_cmds import group_count

    result = run(study, "ask", "Who keeps an Excel tracker?", "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "Quotes from " in result.output and " participants" in result.output
    answer = Answer(
        question="q",
        answer=None,
        answerable=True,
        mode="offline",
        groups=[{"persona": "Controllers", "participants": 2, "of_participants": 3, "utterance_ids": []}],
    )
    assert group_count(answer, "Controllers") == "  (2 of 3 participants)"
    assert group_count(answer, "Someone else") == ""


def test_ask_names_the_question_words_no_interview_uses(study):
    """A near miss ("drones" over interviews about invoice approvals) gets quotes on its topic; the
    answer says which of its words no interview uses, in the text and in the JSON, and a word the
    interviews use in another form ("approving", "approvals") is not named."""
    result = run(study, "ask", "Do they approve invoices with drones?")
    assert result.exit_code == 0, result.output
    assert "No interview uses: “drones”." in result.output
    data = json.loads(run(study, "ask", "Do they approve invoices with drones?", "--json").output)
    assert data["unused_words"] == ["drones"]
    data = json.loads(run(study, "ask", "Who is approving invoices?", "--json").output)
    assert data["unused_words"] == []
    assert "No interview uses" not in run(study, "ask", "Who is approving invoices?").output
