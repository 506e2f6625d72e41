"""Helpers of the live interview: answer heuristics, coverage scoring, probe and summary writing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.models import CATEGORIES, Category

if TYPE_CHECKING:
    from assistant.interviews import InterviewSession

COVERED_THRESHOLD = 0.4
"""A category counts as covered once one answer scores at least this much for it."""
SHORT_ANSWER_WORDS = 12

_HEDGES = re.compile(
    r"\b(usually|normally|generally|typically|sometimes|often|it depends|kind of|sort of|stuff|things|"
    r"whatever|basically|in general|more or less|i guess|not sure|various)\b",
    re.IGNORECASE,
)
_CONCRETE = re.compile(
    r"\b(yesterday|today|last (week|month|year|time|monday|tuesday|wednesday|thursday|friday)|"
    r"this morning|for example|for instance|once|when i|when we|at \d|\d+)\b",
    re.IGNORECASE,
)
_PEOPLE_OR_EVENTS = re.compile(
    r"\b(my (boss|manager|team|colleague|client|customer|director|lead)|he|she|they|we|"
    r"meeting|call|email|called|told|asked|happened|yesterday|last)\b",
    re.IGNORECASE,
)

# Offline fallback only: used when assistant.classifier is not installed.
_KEYWORDS: dict[Category, tuple[str, ...]] = {
    "situation": (
        "i work",
        "my role",
        "my job",
        "team",
        "every day",
        "each day",
        "we use",
        "i use",
        "responsible",
        "spreadsheet",
        "tool",
        "morning",
        "currently",
        "today i",
        "manage",
    ),
    "pain": (
        "frustrat",
        "annoy",
        "hard",
        "difficult",
        "problem",
        "pain",
        "waste",
        "slow",
        "struggl",
        "hate",
        "tedious",
        "manual",
        "mess",
        "broken",
        "stuck",
        "worst",
    ),
    "impact": (
        "cost",
        "hours",
        "lost",
        "money",
        "late",
        "stress",
        "revenue",
        "overtime",
        "missed",
        "delay",
        "penalt",
        "customers left",
        "%",
    ),
    "critical_event": (
        "once",
        "the day",
        "last year",
        "went wrong",
        "crisis",
        "incident",
        "audit",
        "when it broke",
        "disaster",
        "outage",
        "finally",
        "that's when",
        "that was when",
    ),
    "trigger": (
        "started looking",
        "because",
        "after",
        "when we grew",
        "new boss",
        "new manager",
        "decided to look",
        "triggered",
        "the moment",
        "pushed us",
        "made me",
    ),
    "decision": (
        "decide",
        "approve",
        "budget",
        "sign off",
        "my boss",
        "the ceo",
        "procurement",
        "compare",
        "criteria",
        "vote",
        "chooses",
        "final say",
    ),
    "channel": (
        "linkedin",
        "google",
        "conference",
        "podcast",
        "newsletter",
        "forum",
        "reddit",
        "colleague",
        "peers",
        "word of mouth",
        "blog",
        "youtube",
        "slack",
        "meetup",
    ),
}


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_short(text: str) -> bool:
    """Too short to carry evidence."""
    return word_count(text) < SHORT_ANSWER_WORDS


def is_vague(text: str) -> bool:
    """Talks in generalities ("usually", "stuff") without a concrete moment or number."""
    return bool(_HEDGES.search(text)) and not _CONCRETE.search(text)


def mentions_people_or_events(text: str) -> bool:
    return bool(_PEOPLE_OR_EVENTS.search(text))


def keyword_scores(text: str) -> dict[str, float]:
    """A crude category score from keywords (the offline fallback when no classifier is installed)."""
    lowered = text.casefold()
    scores: dict[str, float] = {}
    for category in CATEGORIES:
        hits = sum(1 for keyword in _KEYWORDS[category] if keyword in lowered)
        scores[category] = min(1.0, 0.45 * hits)
    return scores


def score_texts(texts: list[str], *, embedder: Any = None) -> list[dict[str, float]]:
    """Category probabilities per text, from the offline classifier when it is installed."""
    if not texts:
        return []
    try:
        from assistant.classifier import classify_texts
    except ImportError:
        return [keyword_scores(text) for text in texts]
    return [dict(scores) for scores in classify_texts(texts, embedder=embedder)]


# -- summaries ---------------------------------------------------------------------------
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
    from assistant.sentences import split_sentences

    sentences = split_sentences(text) or []
    picked = ""
    for sentence in sentences:
        candidate = f"{picked} {sentence.text}".strip()
        if picked and len(candidate) > max_chars:
            break
        picked = candidate
    picked = picked or text.strip()
    return picked if len(picked) <= max_chars else picked[: max_chars - 1].rstrip() + "…"


def offline_summary(session: InterviewSession) -> str:
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


def transcript_text(session: InterviewSession, max_chars: int = 12000) -> str:
    interviewer, participant = session.speaker_labels()
    names = {"question": interviewer, "answer": participant, "note": "Note"}
    text = "\n".join(f"{names[t.kind]}: {t.text}" for t in session.turns)
    return text[-max_chars:]


class ProbeIdeas(BaseModel):
    """Follow-up questions the model proposes for the last answer."""

    model_config = ConfigDict(extra="ignore")

    probes: list[str] = Field(default_factory=list)


def llm_probes(session: InterviewSession, model: Any, *, settings: Any = None) -> list[str]:
    """Up to three follow-ups written by the model from the guide's probing rules (ModelError on failure)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from assistant.llm import invoke_structured
    from assistant.prompt_files import read_prompt

    guide = session.guide
    section_id = session._section_of_last_question()
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


def llm_summary(session: InterviewSession, model: Any, *, settings: Any = None) -> str:
    """A member-check summary written by the model from the conversation (ModelError on failure)."""
    from langchain_core.messages import HumanMessage

    from assistant.llm import invoke_text
    from assistant.prompt_files import read_prompt

    prompt = read_prompt("interview_summary.md").format(
        participant=session.participant, conversation=transcript_text(session)
    )
    return invoke_text(
        model, [HumanMessage(content=prompt)], settings=settings, purpose="interview summary"
    ).strip()
