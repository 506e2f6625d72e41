"""Ask the interviews: ``personas ask`` (one question) and ``personas chat`` (follow-ups)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import click

from assistant.cli import dump_json, index_note, main, safe, workspace_of
from assistant.core.errors import NotFoundError
from assistant.core.models import format_hms
from assistant.core.workspace import Workspace

ROLE_CHOICES = ["participant", "interviewer", "other", "any"]


def _shorten(text: str, width: int = 320) -> str:
    text = " ".join(safe(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def filter_options(function: Any) -> Any:
    """The retrieval filters shared by ``ask`` and ``chat``."""
    options = [
        click.option("--persona", default=None, help="Only interviews of this persona (label)."),
        click.option("--interview", "interviews", multiple=True, help="Only this interview id (repeatable)."),
        click.option("--category", default=None, help="Only utterances cited by findings of this category."),
        click.option("--study", default=None, help="Only interviews of this study."),
        click.option(
            "--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Interviews on/after DATE."
        ),
        click.option(
            "--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Interviews on/before DATE."
        ),
        click.option(
            "--role",
            type=click.Choice(ROLE_CHOICES),
            default="participant",
            show_default=True,
            help="Speaker role of the quotes (any = every speaker).",
        ),
        click.option(
            "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Evidence to use."
        ),
        click.option(
            "--mode",
            type=click.Choice(["hybrid", "vector", "keyword"]),
            default="hybrid",
            show_default=True,
            help="Retrieval: vector index, BM25 keywords, or both fused.",
        ),
        click.option(
            "--offline", is_flag=True, help="Do not use the language model: show ranked quotes only."
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _filters(
    persona: str | None,
    interviews: tuple[str, ...],
    category: str | None,
    study: str | None,
    since: Any,
    until: Any,
    role: str,
) -> Any:
    from assistant.ask.retrieval import RetrievalFilters

    def as_date(value: Any) -> date | None:
        return value.date() if value is not None else None

    return RetrievalFilters(
        persona=persona,
        interview_ids=list(interviews) or None,
        study=study,
        category=category,
        since=as_date(since),
        until=as_date(until),
        role=None if role == "any" else role,
    )


def _model(workspace: Workspace, offline: bool) -> Any:
    if offline:
        return None
    from assistant.providers.llm import get_chat_model

    return get_chat_model(workspace.settings)


def print_citations(answer: Any) -> None:
    """Verified citations grouped by persona: id, speaker, interview, timestamp and the transcript quote."""
    from assistant.ask.answering import grouped_citations

    groups = grouped_citations(answer)
    single_unassigned = len(groups) == 1 and groups[0][0] == "(no persona)"
    for persona, citations in groups:
        if not single_unassigned:
            click.echo(click.style(safe(f"\n## {persona}{group_count(answer, persona)}"), bold=True))
        for citation in citations:
            speaker = citation.speaker or "(unattributed)"
            click.echo(
                safe(
                    f"[{citation.utterance_id}] {speaker} ({citation.role}), {citation.interview_id}, "
                    f"{format_hms(citation.start, '--:--:--')}"
                )
            )
            click.echo(f'    "{_shorten(citation.quote)}"')


def group_count(answer: Any, persona: str) -> str:
    """ "  (2 of 3 participants)": how many of a persona's interviews the quotes under it come from."""
    for group in getattr(answer, "groups", None) or []:
        if group.get("persona") == persona and group.get("of_participants"):
            return f"  ({group['participants']} of {group['of_participants']} participants)"
    return ""


def render_answer(answer: Any, *, streamed: bool) -> None:
    """Print an answer for people: prose (unless already streamed) or the offline label, the question's
    words no interview uses, then citations."""
    from assistant.ask.answering import says_not_in_data, unused_note

    # words the reason already names ("no interview mentions SAP") are not named twice
    note = unused_note(
        [w for w in getattr(answer, "unused_words", None) or [] if w not in (answer.reason or "")]
    )
    if answer.mode == "offline" and answer.answerable:
        click.echo(click.style(safe(answer.label), italic=True))
        if answer.summary:
            click.echo(safe(answer.summary))
    elif not streamed and answer.answer:
        click.echo(safe(answer.answer))
    if not answer.answerable:
        if streamed and answer.answer and not says_not_in_data(answer.model_reply or ""):
            click.echo(safe(answer.answer))
        if answer.reason:
            click.echo(click.style(safe(f"({answer.reason})"), dim=True))
        if note:
            click.echo(click.style(safe(note), dim=True))
        return
    if note:
        click.echo(click.style(safe(note), fg="yellow"))
    if answer.removed_citations:
        click.echo(
            click.style(
                f"(removed {len(answer.removed_citations)} citation(s) not in the evidence: "
                f"{safe(', '.join(answer.removed_citations))})",
                dim=True,
            )
        )
    click.echo(
        click.style("\nCitations:" if answer.mode == "llm" else "", bold=True), nl=answer.mode == "llm"
    )
    print_citations(answer)


def _stream_printer() -> tuple[Callable[[str], None], list[bool]]:
    printed = [False]

    def on_token(text: str) -> None:
        printed[0] = True
        click.echo(safe(text), nl=False)  # a model can be made to repeat an escape sequence it read

    return on_token, printed


@main.command("ask")
@click.argument("question")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def ask_cmd(
    ctx: click.Context,
    question: str,
    persona: str | None,
    interviews: tuple[str, ...],
    category: str | None,
    study: str | None,
    since: Any,
    until: Any,
    role: str,
    limit: int,
    mode: str,
    offline: bool,
    as_json: bool,
) -> None:
    """Answer QUESTION from the interviews, citing utterance ids (quotes only when no model is set)."""
    from assistant.ask.answering import answer_question

    if not question.strip():
        raise click.UsageError(
            'the question is empty: ask something, e.g. personas ask "What slows approvals?"'
        )
    workspace = workspace_of(ctx)
    index_problem, vectors_usable = index_note(workspace)  # ask reads the transcripts too: no catch-up
    if index_problem and not as_json:
        fallback = "; answering from keyword search only" if not vectors_usable and mode != "keyword" else ""
        click.echo(safe(f"warning: {index_problem}{fallback}"), err=True)
    if not vectors_usable:
        mode = "keyword"  # a damaged store is not opened again (Chroma can panic reading one)
    filters = _filters(persona, interviews, category, study, since, until, role)
    model = _model(workspace, offline)
    on_token: Callable[[str], None] | None = None
    printed = [False]
    if not as_json and model is not None:
        on_token, printed = _stream_printer()
    answer = answer_question(
        workspace,
        question,
        filters=filters,
        limit=limit,
        model=model,
        mode=mode,  # type: ignore[arg-type]
        on_token=on_token,
    )
    if as_json:
        click.echo(dump_json(answer.public_dict()))
        return
    if printed[0]:
        click.echo()
    render_answer(answer, streamed=printed[0])
    if mode != "keyword" and answer.retrieval_mode == "keyword" and not index_problem:
        click.echo(click.style("\n(no vector index: keyword search only; run `personas reindex`)", dim=True))


@main.command("chat")
@filter_options
@click.pass_context
def chat_cmd(
    ctx: click.Context,
    persona: str | None,
    interviews: tuple[str, ...],
    category: str | None,
    study: str | None,
    since: Any,
    until: Any,
    role: str,
    limit: int,
    mode: str,
    offline: bool,
) -> None:
    """Ask questions and follow-ups; type `exit` or press Ctrl-D to leave (history saved in sessions/)."""
    from assistant.ask.answering import ChatSession

    workspace = workspace_of(ctx)
    if not workspace.interview_ids():  # say so before the prompt, not after the first question
        raise NotFoundError(
            f"no interviews in {workspace.transcripts_dir} (import some with `personas import FILE`)"
        )
    index_problem, vectors_usable = index_note(workspace)
    if index_problem:
        fallback = "; answering from keyword search only" if not vectors_usable and mode != "keyword" else ""
        click.echo(safe(f"warning: {index_problem}{fallback}"), err=True)
    if not vectors_usable:
        mode = "keyword"  # a damaged store is not opened again (Chroma can panic reading one)
    filters = _filters(persona, interviews, category, study, since, until, role)
    model = _model(workspace, offline)
    session = ChatSession(workspace, model=model, filters=filters, limit=limit, mode=mode)  # type: ignore[arg-type]
    click.echo("Ask about the interviews (follow-ups welcome). Type `exit` or press Ctrl-D to leave.")
    stdin: Any = click.get_text_stream("stdin")  # type: ignore[operator]
    while True:
        click.echo("> ", nl=False)
        line = stdin.readline()
        if not line:
            click.echo()
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in ("exit", "quit", ":q"):
            break
        on_token: Callable[[str], None] | None = None
        printed = [False]
        if model is not None:
            on_token, printed = _stream_printer()
        answer = session.ask(question, on_token=on_token)
        if printed[0]:
            click.echo()
        if answer.retrieval_query:
            click.echo(click.style(safe(f"(searched for: {answer.retrieval_query})"), dim=True))
        render_answer(answer, streamed=printed[0])
        click.echo()
    if session.path is not None and session.history:
        click.echo(f"history saved to {session.path}")
