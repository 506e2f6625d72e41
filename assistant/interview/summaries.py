"""Text the live assistant writes: the member-check summary (offline or by a model) and model probes.

The offline summary is built from the session's offline findings (the extraction engine run on the
conversation, nothing saved) and says, in plain sentences addressed to the participant: their role
and context, the sequence of their day, the main pains with what they cost, and what would make
them change. Warm-up small talk is never used.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.core.models import Finding
from assistant.core.sentences import split_sentences
from assistant.interview.answers import gives_number
from assistant.interview.to_transcript import utterance_turns
from assistant.interview.turns import SessionView, Turn

MAX_CLAUSE_WORDS = 24
DAY_SENTENCES = 4

# First person -> second person, for summaries addressed to the participant (English guides only).
_PERSON_SWAPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\bI am\b", "you are"),
        (r"\bI'm\b|\bI’m\b", "you're"),
        (r"\bI was\b", "you were"),
        (r"\bI've\b|\bI’ve\b", "you've"),
        (r"\bI'd\b|\bI’d\b", "you'd"),
        (r"\bI'll\b|\bI’ll\b", "you'll"),
        (r"\bmyself\b", "yourself"),
        (r"\bmine\b", "yours"),
        (r"\bmy\b", "your"),
        (r"\bme\b", "you"),
        (r"\bI\b", "you"),
    )
]
_SEQUENCE = re.compile(
    r"\b(first|then|after|afterwards|before|next|later|finally|morning|afternoon|evening|lunch|noon|"
    r"start|started|begin|began|end of the day|by the time|until|at \d|\d{1,2}(:\d\d)?\s?(am|pm|h))\b",
    re.IGNORECASE,
)
_FILLER_START = re.compile(r"^(so|well|and|but|yeah|yes|oh|um|uh|like|okay|ok|right)[,\s]+", re.IGNORECASE)


def second_person(text: str) -> str:
    """The participant's first-person words turned to "you" (a summary speaks to them)."""
    for pattern, replacement in _PERSON_SWAPS:
        text = pattern.sub(replacement, text)
    return text


def _clause(text: str, max_words: int = MAX_CLAUSE_WORDS) -> str:
    """A sentence trimmed to its first clauses, without fillers or the final full stop."""
    text = " ".join(text.split()).strip().rstrip(".!?…;:,")
    while True:
        stripped = _FILLER_START.sub("", text)
        if stripped == text:
            break
        text = stripped
    words = text.split()
    if len(words) > max_words:
        cut = " ".join(words[:max_words])
        for mark in (";", ",", " - ", " – "):
            position = cut.rfind(mark)
            if position > len(cut) // 2:
                cut = cut[:position]
                break
        text = cut.rstrip(",;:- ") + "…"
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def _words(finding: Finding, english: bool) -> str:
    clause = _clause(finding.statement or finding.quote)
    return second_person(clause) if english else clause


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and not text.startswith("I "):
        return text[0].lower() + text[1:]
    return text


def _day_sentences(session: SessionView, english: bool) -> list[str]:
    """The day in the order it was told: sentences with time or sequence words from the day's answers."""
    guide = session.guide
    sections = guide.sections if guide else []
    day_sections = {s.id for s in sections if s.kind == "unstructured"} or {s.id for s in sections}
    small_talk = session.small_talk()
    answers: list[Turn] = [
        t for t in session.answers if t.section_id in day_sections and t.n not in small_talk
    ]
    sentences = [s.text for answer in answers for s in split_sentences(answer.text)]
    if not sentences:
        return []
    ordered = [s for s in sentences if _SEQUENCE.search(s)] or sentences
    picked = [_clause(s, 18) for s in ordered[:DAY_SENTENCES]]
    return [second_person(p) if english else p for p in picked if p]


def _topic_answers(session: SessionView, topic: str, english: bool) -> list[str]:
    """Clauses of answers to questions asked about one topic (the classifier can miss what they say)."""
    small_talk = session.small_talk()
    clauses: list[str] = []
    for answer in session.answers:
        question = session.question_of(answer)
        if question is None or question.topics != [topic] or answer.n in small_talk:
            continue
        for sentence in split_sentences(answer.text):
            clause = _clause(sentence.text)
            clauses.append(second_person(clause) if english else clause)
    return clauses


def _ranked(findings: list[Finding], category: str) -> list[Finding]:
    return sorted((f for f in findings if f.category == category), key=lambda f: -(f.confidence or 0.0))


def _distinct(findings: list[Finding], limit: int) -> list[Finding]:
    chosen: list[Finding] = []
    for finding in findings:
        if all(finding.quote not in c.quote and c.quote not in finding.quote for c in chosen):
            chosen.append(finding)
        if len(chosen) == limit:
            break
    return chosen


def offline_summary(
    session: SessionView,
    findings: list[Finding] | None = None,
    attributes: dict[str, dict[str, Any]] | None = None,
) -> str:
    """A structured member-check summary in plain sentences addressed to the participant.

    ``findings`` are the offline engine's findings of the session transcript; ``attributes`` the
    participant attributes it found (role, company size). Without findings only the day is told.
    """
    guide = session.guide
    english = (guide.language if guide else "en").lower().startswith("en")
    turns_of = utterance_turns(session)
    small_talk = session.small_talk()
    usable = [
        f
        for f in (findings or [])
        if f.verified and not all(set(turns_of.get(u, [])) <= small_talk for u in f.utterance_ids)
    ]
    lines = [f"Summary for {session.participant}."]

    role = (attributes or {}).get("role", {}).get("value")
    situation = [_words(f, english) for f in _distinct(_ranked(usable, "situation"), 3)]
    situation = situation or _topic_answers(session, "situation", english)
    if role:
        situation = [text for text in situation if role.casefold() not in text.casefold()]
    context: list[str] = [f"you work as {role}"] if role else []
    context.extend(situation[: 2 - bool(role)])
    if context:
        lines.append(_sentence("Your role and context: " + "; ".join(_lower_first(c) for c in context)))

    day = _day_sentences(session, english)
    if day:
        lines.append(_sentence("Your day: " + ", then ".join(_lower_first(d) for d in day)))
    told = " ".join(day).casefold()

    pains = [_words(f, english) for f in _distinct(_ranked(usable, "pain"), 3)]
    pains = [
        text for text in pains or _topic_answers(session, "pain", english) if text.casefold() not in told
    ]
    costs = [_words(f, english) for f in _ranked(usable, "impact")] + _topic_answers(
        session, "impact", english
    )
    costs.sort(key=lambda text: not gives_number(text))  # a cost with a number says the most
    for number, pain in enumerate(pains[:2]):
        sentence = f"What gets in your way: {_lower_first(pain)}"
        if number == 0 and costs:
            sentence += f". What it costs you: {_lower_first(costs.pop(0))}"
        lines.append(_sentence(sentence))
    if not pains and costs:
        lines.append(_sentence(f"What it costs you: {_lower_first(costs[0])}"))

    for category, label in (
        ("critical_event", "A moment that mattered"),
        ("trigger", "What would make you change how you work"),
        ("decision", "Who decides"),
        ("channel", "Where you learn about new ways of working"),
    ):
        top = [_words(f, english) for f in _ranked(usable, category)] or _topic_answers(
            session, category, english
        )
        if top:
            lines.append(_sentence(f"{label}: {_lower_first(top[0])}"))
    if len(lines) == 1:
        lines.append("We did not collect enough answers for a summary.")
    return "\n".join(lines)


def transcript_text(session: SessionView, max_chars: int = 12000) -> str:
    interviewer, participant = session.speaker_labels()
    names = {"question": interviewer, "answer": participant, "note": "Note"}
    text = "\n".join(f"{names[t.kind]}: {t.text}" for t in session.turns if t.kind != "note")
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


def session_findings(
    session: Any, *, extractor: Any = None
) -> tuple[list[Finding], dict[str, dict[str, Any]]]:
    """The offline engine's findings and participant attributes for the conversation so far (nothing saved)."""
    from assistant.extract.offline import OfflineExtractor
    from assistant.extract.pipeline import extract_offline
    from assistant.providers.embeddings import classifier_embedder

    transcript = session.to_transcript()
    if not transcript.participant_utterances():
        return [], {}
    engine = extractor or OfflineExtractor(classifier_embedder(session.workspace))
    result = extract_offline(session.workspace, transcript, extractor=engine)
    return result.shown_findings(), result.attributes
