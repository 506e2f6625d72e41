"""Where an interview stands against its guide: sections, budgets, topics, and what to ask next.

A section is done when its scripted questions have been asked and answered (or its budget is used)
and each of its required topics is covered by an answer or was asked about and answered; or when the
researcher skips it. Nothing is suggested twice: a question close to one already asked is not
offered again, and probes read the answer (one that names people is not asked "who else").
"""

from __future__ import annotations

import re

from assistant.core.models import CATEGORIES, Category
from assistant.interview.answers import (
    COVERED_THRESHOLD,
    asks_for_quantity,
    asks_who,
    gives_number,
    is_non_answer,
    is_short,
    is_vague,
    mentions_people_or_events,
    names_people,
)
from assistant.interview.guides import Guide, GuideQuestion, GuideSection
from assistant.interview.turns import (
    QuestionSource,
    SectionProgress,
    SectionStatus,
    Suggestion,
    TopicStatus,
    Turn,
)

MAX_CONSECUTIVE_PROBES = 2
SIMILAR_QUESTION = 0.6
"""Share of content words two questions must share to count as the same question."""

_QUESTION_STOPWORDS = frozenset(
    """a an and are as at be can could did do does for from how i in is it me of on or so that the
    this to was what when where which who why will with would you your yours about there their them
    just tell bit more""".split()
)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9$€£%]+", text.casefold()) if w not in _QUESTION_STOPWORDS}


def similar_questions(a: str, b: str) -> bool:
    """Whether two questions ask the same thing (same words after dropping function words)."""
    if a.casefold().strip() == b.casefold().strip():
        return True
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= SIMILAR_QUESTION


class GuideProgress:
    """The guide's state computed from the turns, the skipped sections and the coverage scores."""

    def __init__(
        self,
        guide: Guide,
        turns: list[Turn],
        skipped_sections: set[str],
        scores: dict[int, dict[str, float]],
    ) -> None:
        self.guide = guide
        self.turns = turns
        self.skipped_sections = skipped_sections
        self.scores = scores
        self.questions = [t for t in turns if t.kind == "question"]
        self._answers_to: dict[int, list[Turn]] = {}
        for turn in turns:
            if turn.kind == "answer" and turn.question_n is not None:
                self._answers_to.setdefault(turn.question_n, []).append(turn)
        self._kinds = {section.id: section.kind for section in guide.sections}

    # -- what was asked and answered -----------------------------------------------------------
    def asked_texts(self) -> list[str]:
        return [t.text for t in self.questions]

    def already_asked(self, text: str) -> bool:
        return any(similar_questions(text, asked) for asked in self.asked_texts())

    def asked_refs(self) -> set[str]:
        return {t.question_ref for t in self.questions if t.question_ref}

    def used_in(self, section_id: str) -> int:
        return sum(1 for t in self.questions if t.section_id == section_id)

    def answers_to(self, question: Turn) -> list[Turn]:
        return self._answers_to.get(question.n, [])

    def open_question(self) -> Turn | None:
        """The last question, when nothing has answered it yet (notes do not count)."""
        if self.questions and not self.answers_to(self.questions[-1]):
            return self.questions[-1]
        return None

    def section_of_last_question(self) -> str | None:
        return self.questions[-1].section_id if self.questions else None

    def last_answer(self) -> Turn | None:
        """The participant's answer to the last question, if they gave one (all parts joined)."""
        if not self.questions:
            return None
        parts = self.answers_to(self.questions[-1])
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return parts[-1].model_copy(update={"text": " ".join(p.text for p in parts)})

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

    # -- topics -------------------------------------------------------------------------------
    def small_talk(self) -> set[int]:
        """Answers to the warm-up's scripted questions: rapport, not evidence about the participant's work.

        A probe or the researcher's own question in the warm-up goes deeper, so its answer counts.
        """
        scripted_warmup = {
            q.n
            for q in self.questions
            if q.source == "scripted" and self._kinds.get(q.section_id or "") == "warmup"
        }
        return {t.n for t in self.turns if t.kind == "answer" and t.question_n in scripted_warmup}

    def coverage(self) -> dict[Category, float]:
        """Highest coverage score of each category over the answers, warm-up small talk excluded."""
        best: dict[Category, float] = {category: 0.0 for category in CATEGORIES}
        small_talk = self.small_talk()
        for turn in self.turns:
            if turn.kind != "answer" or turn.n in small_talk:
                continue
            for category in CATEGORIES:
                best[category] = max(best[category], float(self.scores.get(turn.n, {}).get(category, 0.0)))
        return best

    def covered(self) -> set[Category]:
        return {c for c, score in self.coverage().items() if score >= COVERED_THRESHOLD}

    def answered_topics(self) -> set[Category]:
        """Topics a question asked about directly and the participant gave a real answer to.

        Only a question about one topic counts ("What does that cost you?"); a broad question
        tagged with several topics ("Walk me through yesterday") proves none of them by itself.
        """
        topics: set[Category] = set()
        for question in self.questions:
            answer = " ".join(a.text for a in self.answers_to(question))
            if len(question.topics) == 1 and answer and not is_non_answer(answer):
                topics.update(question.topics)
        return topics

    def topic_status(self) -> dict[Category, TopicStatus]:
        covered, answered = self.covered(), self.answered_topics()
        return {
            c: "covered" if c in covered else ("answered" if c in answered else "missing") for c in CATEGORIES
        }

    def missing_topics(self, section: GuideSection) -> list[Category]:
        addressed = self.covered() | self.answered_topics()
        return [topic for topic in section.required_topics if topic not in addressed]

    # -- sections -----------------------------------------------------------------------------
    def unasked_scripted(self, section: GuideSection) -> list[tuple[int, GuideQuestion]]:
        """Scripted questions not asked yet (one already asked in other words counts as asked)."""
        refs = self.asked_refs()
        return [
            (i, q)
            for i, q in enumerate(section.questions)
            if f"{section.id}:{i}" not in refs and not self.already_asked(q.text)
        ]

    def topic_probe(self, section: GuideSection) -> Suggestion | None:
        for topic in self.missing_topics(section):
            probe = self.guide.topic_probes.get(topic)
            if probe and not self.already_asked(probe):
                return Suggestion(
                    text=probe,
                    source="topic",
                    section_id=section.id,
                    reason=f"{topic.replace('_', ' ')} not covered yet",
                    topics=[topic],
                )
        return None

    def _waiting_in(self, section_id: str) -> bool:
        question = self.open_question()
        return question is not None and question.section_id == section_id

    def section_status(self, section: GuideSection) -> SectionStatus:
        """Skipped, done, over budget or still open (``pending``; the first open one is current)."""
        if section.id in self.skipped_sections:
            return "skipped"
        if self._waiting_in(section.id):
            return "pending"
        out_of_budget = self.used_in(section.id) >= section.budget
        asked_all = not self.unasked_scripted(section)
        topics_done = not self.missing_topics(section) or self.topic_probe(section) is None and asked_all
        if (asked_all or out_of_budget) and topics_done:
            return "done"
        return "over_budget" if out_of_budget else "pending"

    def section_done(self, section: GuideSection) -> bool:
        return self.section_status(section) in ("done", "skipped")

    def current_section(self) -> GuideSection | None:
        """The first section of the guide that is neither done nor skipped."""
        for section in self.guide.sections:
            if not self.section_done(section):
                return section
        return None

    def sections(self) -> list[SectionProgress]:
        current = self.current_section()
        progress = []
        for section in self.guide.sections:
            status = self.section_status(section)
            is_current = current is not None and current.id == section.id
            progress.append(
                SectionProgress(
                    section_id=section.id,
                    title=section.title,
                    budget=section.budget,
                    used=self.used_in(section.id),
                    done=status in ("done", "skipped"),
                    current=is_current,
                    missing_topics=self.missing_topics(section),
                    status="current" if is_current and status == "pending" else status,
                )
            )
        return progress

    # -- suggestions ----------------------------------------------------------------------------
    def next_question(self) -> Suggestion | None:
        """The next scripted question (or a probe for a missing required topic); None when all is done.

        A section that only waits for the answer to its last question has nothing left to suggest, so
        the suggestion comes from the section after it.
        """
        for section in self.guide.sections:
            if self.section_done(section):
                continue
            suggestion = self._next_in(section)
            if suggestion is not None:
                if self.used_in(section.id) >= section.budget:
                    suggestion.reason += " (section over budget)"
                return suggestion
            if not self._waiting_in(section.id):
                return None
        return None

    def _next_in(self, section: GuideSection) -> Suggestion | None:
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
                topics=list(question.topics),
            )
        return self.topic_probe(section)

    def probe_suggestions(self, limit: int = 3) -> list[Suggestion]:
        """Follow-ups for the last answer, from the guide's probing rules, that fit what was said."""
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
        unique: list[Suggestion] = []
        for candidate in candidates:
            if not self.fits_answer(candidate.text, answer.text) or self.already_asked(candidate.text):
                continue
            if all(not similar_questions(candidate.text, u.text) for u in unique):
                unique.append(candidate)
        return unique[:limit]

    @staticmethod
    def fits_answer(probe: str, answer: str) -> bool:
        """A probe is pointless when the answer already holds what it asks for."""
        if asks_who(probe) and names_people(answer):
            return False
        return not (asks_for_quantity(probe) and gives_number(answer))

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
                    fresh = [p for p in model_probes if p.strip() and not self.already_asked(p)]
                    if fresh:
                        return Suggestion(text=fresh[0].strip(), source="llm", section_id=section.id)
                needs_probe = is_vague(answer.text) or is_short(answer.text)
                probes = [p for p in self.probe_suggestions() if p.source == "probe"]
                if probes and (needs_probe or probes[0].reason == "guide follow-up"):
                    return probes[0]
        return self.next_question()
