"""A deterministic stand-in for the coverage classifier in interview tests: category keywords."""

from __future__ import annotations

KEYWORDS: dict[str, tuple[str, ...]] = {
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


def keyword_scores(text: str) -> dict[str, float]:
    lowered = text.casefold()
    return {
        category: min(1.0, 0.45 * sum(k in lowered for k in words)) for category, words in KEYWORDS.items()
    }


def keyword_scorer(texts: list[str], questions: list[str] | None = None) -> list[dict[str, float]]:
    """Scores by keywords in the answer (the question is read by the real classifier only)."""
    return [keyword_scores(text) for text in texts]
