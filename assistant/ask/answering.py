"""Grounded answers to questions about the interviews, with citations checked by code."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, Field

from assistant.ask.citation_ids import CitationStreamFilter, check_citations
from assistant.ask.ranking import (
    answer_row,
    candidate_rows,
    question_language_differs,
    shipped_ask_model,
    transliterated,
    unused_words,
)
from assistant.ask.retrieval import (
    DEFAULT_MODE,
    NO_PERSONA,
    Evidence,
    RetrievalFilters,
    RetrievalMode,
    Retriever,
    adjacent_passages,
    fold,
    group_by_persona,
    query_terms,
    shared_retriever,
)
from assistant.ask.terms import close_term, question_names, spelled_acronyms
from assistant.core.errors import NotFoundError
from assistant.core.models import Role
from assistant.core.prompts import read_prompt
from assistant.core.storage import append_jsonl
from assistant.core.workspace import Workspace
from assistant.providers.llm import invoke_text, stream_text

NOT_IN_DATA = "The interviews don't say."
OFFLINE_LABEL = "No language model configured: showing the most relevant quotes, grouped by persona"
PROMPT_VERSION = "answer-v1"

MIN_VECTOR_SIMILARITY = 0.0
"""Offline/code-side floor on the best vector similarity when no keyword matched (see evaluation)."""


class AnswerCitation(BaseModel):
    """A verified citation: the sentence(s) of an utterance that answer, copied by code from the transcript."""

    interview_id: str
    utterance_id: str
    quote: str
    """The span's words, verbatim (``utterance.text[span_start:span_end]``); the full turn is the context."""
    persona: str | None = None
    speaker: str | None = None
    role: str | None = None
    start: float | None = None
    """When the utterance starts in the recording (seconds), if the transcript has times."""
    span_start: int = 0
    span_end: int = 0
    study: str | None = None
    categories: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    """The result of one question: prose (or None offline), answerability and verified citations."""

    question: str
    answerable: bool
    answer: str | None
    citations: list[AnswerCitation] = Field(default_factory=list)
    mode: str = "offline"
    """``llm`` when a chat model wrote the answer, ``offline`` for ranked quotes only."""
    label: str | None = None
    reason: str | None = None
    """Why the answer is ``answerable: false`` (code check or model judgement)."""
    retrieval_query: str | None = None
    retrieval_mode: str | None = None
    """``hybrid``, ``vector`` or ``keyword`` (keyword only when the workspace has no vector index)."""
    removed_citations: list[str] = Field(default_factory=list)
    """Ids the model cited that were not in the evidence it was given (removed from the answer)."""
    groups: list[dict[str, Any]] = Field(default_factory=list)
    summary: str | None = None
    """Offline: one line on who the quotes come from and what they are (from the findings' categories)."""
    answerable_probability: float | None = None
    unused_words: list[str] = Field(default_factory=list)
    """Words of the question that no searched interview uses in any form (``unused_words``): the
    thing asked may not be discussed even where the quotes are on its topic."""
    timings: dict[str, float] = Field(default_factory=dict)
    model_reply: str | None = None
    """The model's raw reply before citation checking (kept for evaluation; not in the JSON contract)."""

    def public_dict(self) -> dict[str, Any]:
        """The documented JSON contract of ``personas ask --json`` (plus extras)."""
        data = self.model_dump(mode="json", exclude={"timings", "model_reply"})
        if not self.groups:
            data.pop("groups")
        return data


# -- answerability (code side) ----------------------------------------------------------------


def _absent_names(question: str, retriever: Retriever, positions: list[int]) -> str | None:
    """A reason to refuse when the question names something (a product, an acronym) no interview mentions."""
    if transliterated(retriever, positions):
        return None  # "Excel" over Japanese interviews that write "エクセル"
    vocabulary = retriever.vocabulary(positions)
    names = question_names(question)
    missing = [n for n in names if not any(close_term(t, vocabulary) for t in query_terms(n))]
    # an acronym spelled like a function word ("AI") is the topic when nothing else is
    acronyms = spelled_acronyms(question) if not query_terms(question) else []
    if acronyms:
        used = retriever.acronyms(positions)
        names += acronyms
        missing += [a for a in acronyms if a not in used]
    if names and len(missing) == len(names):
        return f"no interview mentions {', '.join(missing)}"
    return None


def code_answerability(
    question: str, retriever: Retriever, positions: list[int], evidence: list[Evidence]
) -> tuple[bool, str | None]:
    """Whether the filtered interviews can answer: some evidence, named terms present, topic words matched."""
    if not positions:
        return False, "no interview utterances match the filters"
    if not evidence:
        return False, "nothing in the interviews matches the question"
    names_reason = _absent_names(question, retriever, positions)
    if names_reason:
        return False, names_reason
    vocabulary = retriever.vocabulary(positions)
    topic = query_terms(question)
    cross = question_language_differs(retriever, question, positions)
    if topic and not cross and not any(close_term(t, vocabulary) for t in topic):
        return False, "none of the question's words occur in the interviews"
    best_keyword = max((e.keyword_score or 0.0) for e in evidence)
    best_vector = max((e.vector_score if e.vector_score is not None else -1.0) for e in evidence)
    if best_keyword <= 0.0 and best_vector < MIN_VECTOR_SIMILARITY:
        return False, "no utterance is close enough to the question"
    return True, None


# -- prompt -----------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_evidence(evidence: list[Evidence]) -> str:
    """Evidence as delimited data blocks, one per utterance (its retrieved sentences, in order);
    markup inside transcript text is escaped so it cannot close them."""
    by_utterance: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_utterance.setdefault(item.utterance_id, []).append(item)
    blocks = []
    for utterance_id, items in by_utterance.items():
        first = items[0]
        attributes = [f'id="{utterance_id}"', f'speaker="{_escape(first.speaker or "unknown")}"']
        if first.persona:
            attributes.append(f'persona="{_escape(first.persona)}"')
        if first.date:
            attributes.append(f'date="{first.date.isoformat()}"')
        text = " … ".join(_escape(i.text) for i in sorted(items, key=lambda i: i.span_start))
        blocks.append(f"<utterance {' '.join(attributes)}>\n{text}\n</utterance>")
    return "\n".join(blocks)


_PLACEHOLDER = re.compile(r"\{(citation_example|question|unused|evidence)\}")


def unused_note(words: list[str]) -> str:
    """ "No interview uses: “drones”, “audio”." (empty when every word is used)."""
    return f"No interview uses: {', '.join(f'“{w}”' for w in words)}." if words else ""


def build_messages(question: str, evidence: list[Evidence], unused: list[str] | None = None) -> list[Any]:
    """System and user messages for the answering model (evidence delimited as data); ``unused``: the
    question's words no interview uses, told to the model so that quotes on the topic are not taken
    for an answer about the thing asked."""
    from langchain_core.messages import HumanMessage, SystemMessage

    example = f"[{evidence[0].utterance_id}]" if evidence else "[interview-01:12]"
    system = read_prompt("answer_system.md").replace("{citation_example}", example)
    values = {
        "citation_example": example,
        "question": question.strip(),
        "unused": unused_note(unused or []),
        "evidence": format_evidence(evidence),
    }
    # one pass: a question or a transcript that holds "{evidence}" or "{unused}" is not filled in
    user = _PLACEHOLDER.sub(lambda m: values[m.group(1)], read_prompt("answer_user.md"))
    return [SystemMessage(content=system), HumanMessage(content=user)]


def says_not_in_data(text: str) -> bool:
    """Whether the model's reply is (or opens with) the agreed 'not in the interviews' sentence."""
    head = fold(text.strip()).replace("\u2019", "'")[:80]
    return head.startswith(("the interviews don't say", "the interviews do not say"))


# -- answering --------------------------------------------------------------------------------


def _citation(item: Evidence) -> AnswerCitation:
    return AnswerCitation(
        interview_id=item.interview_id,
        utterance_id=item.utterance_id,
        quote=item.text,
        persona=item.persona,
        speaker=item.speaker,
        role=item.role,
        start=item.start,
        span_start=item.span_start,
        span_end=item.span_end,
        study=item.study,
        categories=list(item.categories),
    )


CATEGORY_WORDS = {
    "situation": "situation",
    "pain": "pains",
    "impact": "desired outcomes",
    "critical_event": "critical events",
    "trigger": "triggers",
    "decision": "decision role and criteria",
    "channel": "channels",
}


def offline_summary(evidence: list[Evidence], retriever: Retriever, allowed_interviews: list[str]) -> str:
    """ "Quotes from 4 of 10 participants (2 studies); mostly pains (5), triggers (2)." """
    people = {e.interview_id for e in evidence}
    studies = {e.study for e in evidence if e.study}
    counts: dict[str, int] = {}
    for item in evidence:
        for category in item.categories:
            counts[category] = counts.get(category, 0) + 1
    kinds = ", ".join(
        f"{CATEGORY_WORDS.get(c, c)} ({n})"
        for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    )
    where = f" in {len(studies)} studies" if len(studies) > 1 else ""
    line = f"Quotes from {len(people)} of {len(set(allowed_interviews))} participants{where}"
    return f"{line}; findings among them: {kinds}." if kinds else f"{line}."


def _groups(
    evidence: list[Evidence],
    allowed_interviews: list[str],
    personas: dict[str, str],
    non_targets: Collection[str] = (),
) -> list[dict[str, Any]]:
    """Citations grouped by persona (and study), with "k of n participants" of each persona; the
    non-target personas last."""
    members: dict[str, set[str]] = {}
    for interview_id in allowed_interviews:
        members.setdefault(personas.get(interview_id) or NO_PERSONA, set()).add(interview_id)
    groups = []
    for group in group_by_persona(evidence, last=non_targets):
        cited = {e.interview_id for e in group.evidence}
        groups.append(
            {
                "persona": group.persona,
                "studies": sorted({e.study for e in group.evidence if e.study}),
                "utterance_ids": [e.utterance_id for e in group.evidence],
                "participants": len(cited),
                "of_participants": len(members.get(group.persona, cited)),
            }
        )
    return groups


def _stream(model: Any, messages: list[Any], usage: Any) -> Iterator[str]:
    yield from stream_text(model, messages, usage=usage)


def _invoke_text(model: Any, messages: list[Any], usage: Any) -> str:
    return invoke_text(model, messages, usage=usage)


def _ranked(
    retriever: Retriever,
    query: str,
    filters: RetrievalFilters,
    positions: list[int],
    mode: RetrievalMode,
    limit: int,
    ask_model: Any,
) -> tuple[list[Evidence], float | None]:
    """The best spans and, with a model, the probability that the interviews answer the question."""
    if ask_model is None or mode != "hybrid" or not positions:
        return retriever.search(query, filters, limit=limit, mode=mode, positions=positions), None
    found = retriever.candidates(query, positions, filters, mode)
    rows, features = candidate_rows(retriever, query, found)
    probabilities = ask_model.ranker.probability(features)
    order = sorted(range(len(rows)), key=lambda i: (-probabilities[i], rows[i]))
    ranked = [(rows[i], float(probabilities[i])) for i in order]
    evidence = [
        retriever.passage_evidence(passage, score, found)
        for passage, score in adjacent_passages(retriever, ranked, limit, allowed=positions)
    ]
    answer_features = answer_row(retriever, query, positions, found, features)
    return evidence, float(ask_model.answerable.probability(answer_features[None])[0])


def answer_question(
    workspace: Workspace,
    question: str,
    *,
    filters: RetrievalFilters | None = None,
    limit: int = 10,
    model: Any = None,
    retriever: Retriever | None = None,
    mode: RetrievalMode = DEFAULT_MODE,
    retrieval_query: str | None = None,
    on_token: Callable[[str], None] | None = None,
    usage: Any = None,
    ask_model: Any = "shipped",
) -> Answer:
    """Answer ``question`` from retrieved spans only; ``model=None`` gives grouped quotes, no prose.

    ``ask_model`` ranks the spans and judges answerability (the shipped one by default; the evaluation
    passes one trained without the study it scores; None falls back to rank fusion and word checks).
    """
    started = time.perf_counter()
    filters = filters or RetrievalFilters()
    retriever = retriever or shared_retriever(workspace)
    if not retriever.transcripts:
        raise NotFoundError(
            f"no interviews in {workspace.transcripts_dir} (import some with `personas import FILE`)"
        )
    if ask_model == "shipped":
        ask_model = shipped_ask_model()
    query = retrieval_query or question
    positions = retriever.allowed_positions(filters)
    evidence, probability = _ranked(retriever, query, filters, positions, mode, limit, ask_model)
    names_reason = _absent_names(query, retriever, positions) if positions else None
    if probability is None:
        answerable, reason = code_answerability(query, retriever, positions, evidence)
    elif names_reason:
        answerable, reason = False, names_reason
    else:
        answerable = bool(evidence) and probability >= ask_model.answerable.threshold
        reason = (
            None
            if answerable
            else "no interview utterances match the filters"
            if not positions
            else f"the best evidence does not address the question (answerability {probability:.2f})"
        )
    allowed = retriever.interview_ids(positions)
    timings = {"retrieval_s": time.perf_counter() - started}
    base: dict[str, Any] = {
        "question": question,
        "retrieval_query": query if query != question else None,
        "retrieval_mode": retriever.effective_mode(mode),
        "answerable_probability": round(probability, 4) if probability is not None else None,
        # whoever says it: an interviewer's "Do you use drones?" answered "No, never" is an answer
        "unused_words": unused_words(
            retriever,
            question,
            positions,
            also=[
                retriever.allowed_positions(filters.model_copy(update={"role": role}))
                for role in get_args(Role)
                if filters.role is not None and role != filters.role
            ],
        ),
    }

    if model is None:
        answer = Answer(
            **base,
            answerable=answerable,
            answer=None if answerable else NOT_IN_DATA,
            mode="offline",
            label=OFFLINE_LABEL,
            reason=reason,
            citations=[_citation(e) for e in evidence] if answerable else [],
            groups=_groups(evidence, allowed, retriever.personas, retriever.non_targets)
            if answerable
            else [],
            summary=offline_summary(evidence, retriever, allowed) if answerable else None,
        )
        timings["first_token_s"] = timings["total_s"] = time.perf_counter() - started
        answer.timings = timings
        if on_token is not None and answer.answer:
            on_token(answer.answer)
        return answer

    if not answerable:
        if on_token is not None:
            on_token(NOT_IN_DATA)
        timings["first_token_s"] = timings["total_s"] = time.perf_counter() - started
        return Answer(
            **base, answerable=False, answer=NOT_IN_DATA, mode="llm", reason=reason, timings=timings
        )

    messages = build_messages(query, evidence, base["unused_words"])
    valid_ids = list(dict.fromkeys(e.utterance_id for e in evidence))
    stream_filter = CitationStreamFilter(valid_ids)
    pieces: list[str] = []
    for chunk in _stream(model, messages, usage):
        if not chunk:
            continue
        if "first_token_s" not in timings:
            timings["first_token_s"] = time.perf_counter() - started
        pieces.append(chunk)
        if on_token is not None:
            shown = stream_filter.feed(chunk)
            if shown:
                on_token(shown)
    if on_token is not None:
        rest = stream_filter.flush()
        if rest:
            on_token(rest)
    raw = "".join(pieces).strip()
    timings["total_s"] = time.perf_counter() - started
    timings.setdefault("first_token_s", timings["total_s"])
    text, kept, removed = check_citations(raw, valid_ids)
    by_id: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_id.setdefault(item.utterance_id, []).append(item)
    base["model_reply"] = raw
    if says_not_in_data(raw) or not raw:
        return Answer(
            **base,
            answerable=False,
            answer=NOT_IN_DATA,
            mode="llm",
            reason="the model found no answer in the evidence",
            removed_citations=removed,
            timings=timings,
        )
    if not kept:
        return Answer(
            **base,
            answerable=False,
            answer=NOT_IN_DATA,
            mode="llm",
            reason="the model's answer cited no utterance from the evidence, so it was discarded",
            removed_citations=removed,
            timings=timings,
        )
    return Answer(
        **base,
        answerable=True,
        answer=re.sub(r"[ \t]{2,}", " ", text).strip(),
        mode="llm",
        citations=[_citation(by_id[i][0]) for i in kept],
        removed_citations=removed,
        timings=timings,
    )


def grouped_citations(answer: Answer) -> list[tuple[str, list[AnswerCitation]]]:
    """Citations grouped by persona, in the order of the answer's groups (non-targets last), else of
    first appearance."""
    groups: dict[str, list[AnswerCitation]] = {}
    for citation in answer.citations:
        groups.setdefault(citation.persona or NO_PERSONA, []).append(citation)
    order = [g.get("persona") for g in answer.groups]
    return sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


# -- chat ------------------------------------------------------------------------------------


class ChatTurn(BaseModel):
    """One question and answer of a chat session."""

    question: str
    standalone_question: str
    answer: Answer


class ChatSession:
    """Follow-up questions over the interviews; each turn is answered and checked like ``ask``."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        model: Any = None,
        filters: RetrievalFilters | None = None,
        limit: int = 10,
        retriever: Retriever | None = None,
        save: bool = True,
        usage: Any = None,
        mode: RetrievalMode = DEFAULT_MODE,
    ) -> None:
        self.workspace = workspace
        self.mode = mode
        self.model = model
        self.filters = filters or RetrievalFilters()
        self.limit = limit
        self.retriever = retriever or shared_retriever(workspace)
        self.usage = usage
        self.history: list[ChatTurn] = []
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.path: Path | None = workspace.sessions_dir / f"chat-{stamp}.jsonl" if save else None

    def standalone_question(self, question: str) -> str:
        """The follow-up rewritten with the conversation (model), or joined to the previous question."""
        if not self.history:
            return question
        previous = self.history[-1]
        if self.model is None:
            return f"{previous.question} {question}"
        from langchain_core.messages import HumanMessage

        lines = []
        for turn in self.history[-3:]:
            lines.append(f"User: {turn.standalone_question}")
            lines.append(f"Assistant: {(turn.answer.answer or '')[:600]}")
        prompt = (
            read_prompt("answer_condense.md")
            .replace("{question}", question.strip())
            .replace("{history}", "\n".join(lines))
        )
        rewritten = _invoke_text(self.model, [HumanMessage(content=prompt)], self.usage).strip()
        rewritten = rewritten.splitlines()[0].strip().strip('"') if rewritten else ""
        return rewritten or f"{previous.question} {question}"

    def ask(self, question: str, *, on_token: Callable[[str], None] | None = None) -> Answer:
        standalone = self.standalone_question(question)
        answer = answer_question(
            self.workspace,
            standalone,
            filters=self.filters,
            limit=self.limit,
            model=self.model,
            retriever=self.retriever,
            mode=self.mode,
            on_token=on_token,
            usage=self.usage,
        )
        answer.question = question
        answer.retrieval_query = standalone if standalone != question else None
        turn = ChatTurn(question=question, standalone_question=standalone, answer=answer)
        self.history.append(turn)
        if self.path is not None:
            append_jsonl(
                self.path,
                {
                    "turn": len(self.history),
                    "at": datetime.now(UTC).isoformat(),
                    "question": question,
                    "standalone_question": standalone,
                    "filters": self.filters.model_dump(mode="json", exclude_none=True),
                    "answer": answer.public_dict(),
                },
            )
        return answer
