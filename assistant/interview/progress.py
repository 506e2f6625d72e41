"""Where an interview stands against its guide: sections, budgets, missing topics, and what to ask next."""

from __future__ import annotations

from assistant.core.models import Category
from assistant.interview.answers import is_short, is_vague, mentions_people_or_events
from assistant.interview.guides import Guide, GuideQuestion, GuideSection
from assistant.interview.turns import QuestionSource, SectionProgress, Suggestion, Turn

MAX_CONSECUTIVE_PROBES = 2


class GuideProgress:
    """The guide's state computed from the turns so far, the skipped sections and the covered topics."""

    def __init__(
        self, guide: Guide, turns: list[Turn], skipped_sections: set[str], covered: set[Category]
    ) -> None:
        self.guide = guide
        self.turns = turns
        self.skipped_sections = skipped_sections
        self.covered = covered
        self.questions = [t for t in turns if t.kind == "question"]

    # -- what was asked -----------------------------------------------------------------
    def asked_texts(self) -> set[str]:
        return {t.text.casefold() for t in self.questions}

    def asked_refs(self) -> set[str]:
        return {t.question_ref for t in self.questions if t.question_ref}

    def used_in(self, section_id: str) -> int:
        return sum(1 for t in self.questions if t.section_id == section_id)

    def section_of_last_question(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.kind == "question":
                return turn.section_id
        return None

    def last_answer(self) -> Turn | None:
        """The participant's answer to the last question, if they gave one."""
        for turn in reversed(self.turns):
            if turn.kind == "question":
                return None
            if turn.kind == "answer":
                return turn
        return None

    def consecutive_probes(self) -> int:
        count = 0
        for turn in reversed(self.questions):
            if turn.source == "scripted":
                break
            count += 1
        return count

    def _last_scripted(self) -> tuple[GuideSection, GuideQuestion] | None:
        for turn in reversed(self.questions):
            if turn.source == "scripted" and turn.question_ref:
                section_id, index = turn.question_ref.rsplit(":", 1)
                section = self.guide.section(section_id)
                return section, section.questions[int(index)]
        return None

    # -- sections -------------------------------------------------------------------------
    def missing_topics(self, section: GuideSection) -> list[Category]:
        return [topic for topic in section.required_topics if topic not in self.covered]

    def unasked_scripted(self, section: GuideSection) -> list[tuple[int, GuideQuestion]]:
        refs = self.asked_refs()
        return [(i, q) for i, q in enumerate(section.questions) if f"{section.id}:{i}" not in refs]

    def topic_probe(self, section: GuideSection) -> Suggestion | None:
        asked = self.asked_texts()
        for topic in self.missing_topics(section):
            probe = self.guide.topic_probes.get(topic)
            if probe and probe.casefold() not in asked:
                return Suggestion(
                    text=probe, source="topic", section_id=section.id, reason=f"{topic} not covered yet"
                )
        return None

    def _awaiting_answer_in(self, section_id: str) -> bool:
        return (
            bool(self.turns) and self.turns[-1].kind == "question" and self.turns[-1].section_id == section_id
        )

    def section_done(self, section: GuideSection) -> bool:
        if section.id in self.skipped_sections or self.used_in(section.id) >= section.budget:
            return True
        if self.unasked_scripted(section):
            return False
        return self.topic_probe(section) is None and not self._awaiting_answer_in(section.id)

    def current_section(self) -> GuideSection | None:
        """The first section of the guide that is neither finished, skipped nor out of budget."""
        for section in self.guide.sections:
            if not self.section_done(section):
                return section
        return None

    def sections(self) -> list[SectionProgress]:
        current = self.current_section()
        return [
            SectionProgress(
                section_id=s.id,
                title=s.title,
                budget=s.budget,
                used=self.used_in(s.id),
                done=self.section_done(s),
                current=current is not None and current.id == s.id,
                missing_topics=self.missing_topics(s),
            )
            for s in self.guide.sections
        ]

    # -- suggestions ---------------------------------------------------------------------
    def next_question(self) -> Suggestion | None:
        """The next scripted question (or a probe for a missing required topic); None when done."""
        section = self.current_section()
        if section is None:
            return None
        unasked = self.unasked_scripted(section)
        if unasked:
            index, question = unasked[0]
            return Suggestion(
                text=question.text,
                source="scripted",
                section_id=section.id,
                question_ref=f"{section.id}:{index}",
                verbatim=question.verbatim,
                reason="ask verbatim" if question.verbatim else "guide question",
            )
        return self.topic_probe(section)

    def probe_suggestions(self, limit: int = 3) -> list[Suggestion]:
        """Follow-ups for the last answer, from the guide's probing rules (no model needed)."""
        answer = self.last_answer()
        section_id = self.section_of_last_question()
        if answer is None or section_id is None:
            return []
        section = self.guide.section(section_id)
        if self.used_in(section.id) >= section.budget:
            return []
        candidates: list[Suggestion] = []

        def add(text: str | None, source: QuestionSource, reason: str) -> None:
            if text:
                candidates.append(Suggestion(text=text, source=source, section_id=section.id, reason=reason))

        if is_vague(answer.text):
            for rule in self.guide.rules_for("vague"):
                add(rule.probe, "probe", "vague answer")
        if is_short(answer.text):
            for rule in self.guide.rules_for("short"):
                add(rule.probe, "probe", "short answer")
        last = self._last_scripted()
        if last is not None and last[0].id == section.id:
            for probe in last[1].probes:
                add(probe, "probe", "guide follow-up")
        if not mentions_people_or_events(answer.text):
            for rule in self.guide.rules_for("no_example"):
                add(rule.probe, "probe", "no people or events yet")
        topic = self.topic_probe(section)
        if topic is not None:
            candidates.append(topic)
        asked = self.asked_texts()
        unique: list[Suggestion] = []
        for candidate in candidates:
            key = candidate.text.casefold()
            if key not in asked and all(key != u.text.casefold() for u in unique):
                unique.append(candidate)
        return unique[:limit]

    def decide_next(self, model_probes: list[str] | None = None) -> Suggestion | None:
        """What the assistant asks next in a self-interview: a probe when the answer needs one, else the guide."""
        answer = self.last_answer()
        section_id = self.section_of_last_question()
        if (
            answer is not None
            and section_id is not None
            and self.consecutive_probes() < MAX_CONSECUTIVE_PROBES
        ):
            section = self.guide.section(section_id)
            room = section.budget - self.used_in(section.id) - len(self.unasked_scripted(section))
            if room > 0:
                if model_probes:
                    fresh = [p for p in model_probes if p.strip() and p.casefold() not in self.asked_texts()]
                    if fresh:
                        return Suggestion(text=fresh[0].strip(), source="llm", section_id=section.id)
                needs_probe = is_vague(answer.text) or is_short(answer.text)
                probes = [p for p in self.probe_suggestions() if p.source == "probe"]
                if probes and (needs_probe or probes[0].reason == "guide follow-up"):
                    return probes[0]
        return self.next_question()
