"""Text the live assistant writes: the member-check summary (offline or by a model) and model probes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.core.models import CATEGORIES
from assistant.interview.answers import COVERED_THRESHOLD
from assistant.interview.turns import SessionView

_LABELS: dict[str, str] = {
    "situation": "How you work",
    "pain": "What gets in your way",
    "impact": "What it costs you",
    "critical_event": "A moment that mattered",
    "trigger": "What makes you act",
    "decision": "How decisions are made",
    "channel": "Where you learn about new ways",
}


def _first_sentences(text: str, max_chars: int = 160) -> str:
    from assistant.core.sentences import split_sentences

    sentences = split_sentences(text) or []
    picked = ""
    for sentence in sentences:
        candidate = f"{picked} {sentence.text}".strip()
        if picked and len(candidate) > max_chars:
            break
        picked = candidate
    picked = picked or text.strip()
    return picked if len(picked) <= max_chars else picked[: max_chars - 1].rstrip() + "…"


def offline_summary(session: SessionView) -> str:
    """A short extractive summary of the participant's day and findings, in their own words."""
    answers = session.answers
    lines = [f"Summary for {session.participant}."]
    day = [t for t in answers if t.section_id and "yesterday" in t.section_id] or answers[:3]
    if day:
        longest = max(day, key=lambda turn: len(turn.text))
        lines.append(f'Your day: "{_first_sentences(longest.text, 220)}"')
    used: set[int] = {longest.n} if day else set()
    for category in CATEGORIES:
        best_turn, best_score = None, COVERED_THRESHOLD
        for turn in answers:
            score = session.answer_scores.get(turn.n, {}).get(category, 0.0)
            if score >= best_score and turn.n not in used:
                best_turn, best_score = turn, score
        if best_turn is not None:
            used.add(best_turn.n)
            lines.append(f'- {_LABELS[category]}: "{_first_sentences(best_turn.text)}"')
    if len(lines) == 1:
        lines.append("We did not collect enough answers for a summary.")
    return "\n".join(lines)


def transcript_text(session: SessionView, max_chars: int = 12000) -> str:
    interviewer, participant = session.speaker_labels()
    names = {"question": interviewer, "answer": participant, "note": "Note"}
    text = "\n".join(f"{names[t.kind]}: {t.text}" for t in session.turns)
    return text[-max_chars:]


class ProbeIdeas(BaseModel):
    """Follow-up questions the model proposes for the last answer."""

    model_config = ConfigDict(extra="ignore")

    probes: list[str] = Field(default_factory=list)


def llm_probes(session: SessionView, model: Any, *, settings: Any = None) -> list[str]:
    """Up to three follow-ups written by the model from the guide's probing rules (ModelError on failure)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from assistant.core.prompts import read_prompt
    from assistant.providers.llm import invoke_structured

    guide = session.guide
    section_id = session.section_of_last_question()
    section = guide.section(section_id) if guide and section_id else None
    last_answer = session.last_answer()
    question = next((t.text for t in reversed(session.questions)), "")
    missing = session.missing_topics(section) if section else []
    prompt = read_prompt("interview_probe.md").format(
        rules="\n".join(f"- {rule.rule}" for rule in (guide.probing_rules if guide else [])),
        section=section.title if section else "",
        question=question,
        answer=last_answer.text if last_answer else "",
        missing_topics=", ".join(missing) or "none",
        conversation=transcript_text(session, 4000),
    )
    ideas = invoke_structured(
        model,
        ProbeIdeas,
        [
            SystemMessage(content="You help a user researcher run a customer interview."),
            HumanMessage(content=prompt),
        ],
        settings=settings,
        purpose="interview probes",
    )
    return [p.strip() for p in ideas.probes if p.strip()][:3]


def llm_summary(session: SessionView, model: Any, *, settings: Any = None) -> str:
    """A member-check summary written by the model from the conversation (ModelError on failure)."""
    from langchain_core.messages import HumanMessage

    from assistant.core.prompts import read_prompt
    from assistant.providers.llm import invoke_text

    prompt = read_prompt("interview_summary.md").format(
        participant=session.participant, conversation=transcript_text(session)
    )
    return invoke_text(
        model, [HumanMessage(content=prompt)], settings=settings, purpose="interview summary"
    ).strip()
