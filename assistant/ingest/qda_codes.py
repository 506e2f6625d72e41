"""A QDA project's codes as researcher findings: codes mapped to our categories, selections to quotes.

A code maps to one of the seven categories when its name, or a parent code's name, is that
category's name (in English, French, German, Spanish or Portuguese); otherwise the category is
guessed from what the code name means (the bundled multilingual embedder against a one-line
definition of each category), and the import says so. Either way the finding's statement starts
with the original code path in brackets, so the researcher's own code is never lost. Coded text
becomes quotes by aligning the words of the source text with the words of the parsed utterances:
only the participant's words become findings, each a verbatim slice of one utterance.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.core.models import CATEGORIES, Category, Citation, Finding, Transcript
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.workspace import Workspace

RESEARCHER_ENGINE = "researcher"
CORRECTIONS_FOLDER = "corrections"
"""Where the researcher's own findings live (read by ``assistant.extract.corrections``), so that
re-extraction never loses them."""

CATEGORY_CODE_NAMES: dict[Category, str] = {
    "situation": "Situation",
    "pain": "Pains",
    "impact": "Desired impact",
    "critical_event": "Critical events",
    "trigger": "Triggers",
    "decision": "Decision making",
    "channel": "Channels",
}
"""The code each category gets in an exported project (and is recognised by on import)."""

_CATEGORY_NAMES: dict[Category, tuple[str, ...]] = {
    "situation": (
        "situation", "context", "current situation", "current solution", "contexte", "kontext",
        "situacion", "situacao", "contexto",
    ),
    "pain": (
        "pain", "pain point", "challenge", "problem", "frustration", "douleur", "point de douleur",
        "irritant", "probleme", "schmerz", "schmerzpunkt", "dolor", "punto de dolor", "dor",
        "ponto de dor", "problema",
    ),
    "impact": (
        "impact", "desired impact", "desired outcome", "outcome", "goal", "impact souhaite", "objectif",
        "wirkung", "ziel", "impacto", "objetivo", "resultado deseado", "resultado desejado",
    ),
    "critical_event": (
        "critical event", "critical incident", "evenement critique", "incident critique",
        "kritisches ereignis", "evento critico", "incidente critico",
    ),
    "trigger": ("trigger", "buying trigger", "declencheur", "ausloser", "desencadenante", "gatilho"),
    "decision": (
        "decision", "decision making", "decision maker", "decision criteria", "decision role",
        "buying centre", "buying center", "prise de decision", "entscheidung", "toma de decision",
        "decisao", "tomada de decisao",
    ),
    "channel": (
        "channel", "information channel", "preferred channel", "canal", "canaux", "kanal", "kanale",
        "canales", "canais",
    ),
}  # fmt: skip

CATEGORY_MEANINGS: dict[Category, str] = {
    "situation": "The person's current situation: their role, team, context, daily work and the tools "
    "and solutions they use today.",
    "pain": "Pains: problems, challenges, frustrations and what goes wrong or costs time and money.",
    "impact": "Desired impact: the outcomes and goals they want, what success would look like.",
    "critical_event": "A critical event: a specific incident or moment that went badly or changed things.",
    "trigger": "Triggers: what would make them start looking for a new solution or change now.",
    "decision": "Decision making: who decides, who approves the budget, and the criteria for choosing.",
    "channel": "Channels: where they learn about products and get information: peers, events, media, sales.",
}
"""One line per category, compared by meaning with a code name that matches no category by name."""

_CODE_PATH = re.compile(r"^\[([^\]\n]{1,300})\] ")
_WORD = re.compile(r"\S+")
ALIGN_WINDOW = 60
"""How many source words ahead an utterance word is looked for (skipping labels, times, layout)."""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[^\w]+", " ", plain).split()
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words)


_NAME_TO_CATEGORY: dict[str, Category] = {
    _fold(name): category for category, names in _CATEGORY_NAMES.items() for name in names
}
_NAME_TO_CATEGORY.update({_fold(name): category for category, name in CATEGORY_CODE_NAMES.items()})


def category_by_name(name: str) -> Category | None:
    """The category a code name stands for, when it is one of the category names."""
    return _NAME_TO_CATEGORY.get(_fold(name))


@dataclass
class CodeMapping:
    """Where one code's segments go."""

    path: str
    """The code and its parents, ``Parent / Child``."""
    category: Category
    how: Literal["name", "parent", "meaning"]
    score: float | None = None
    segments: int = 0

    def describe(self) -> str:
        """One line for the import report."""
        count = f"{self.segments} segment{'s' if self.segments != 1 else ''}"
        if self.how == "name":
            return f"code {self.path!r} ({count}) -> {self.category}"
        if self.how == "parent":
            return f"code {self.path!r} ({count}) -> {self.category} (from its parent code)"
        return (
            f"code {self.path!r} ({count}) -> {self.category}, guessed from the code's meaning "
            f"(no category by that name; the code name stays in each statement)"
        )


def map_codes(
    paths: dict[str, list[str]],
    descriptions: dict[str, str],
    embedder: Callable[[], Any] | None = None,
) -> dict[str, CodeMapping]:
    """Code guid -> mapping; ``paths`` gives each code's names from the root code down."""
    mapped: dict[str, CodeMapping] = {}
    unmapped: list[str] = []
    for guid, names in paths.items():
        path = " / ".join(names)
        own = category_by_name(names[-1])
        if own is not None:
            mapped[guid] = CodeMapping(path, own, "name")
            continue
        parent = next((c for c in map(category_by_name, reversed(names[:-1])) if c is not None), None)
        if parent is not None:
            mapped[guid] = CodeMapping(path, parent, "parent")
        else:
            unmapped.append(guid)
    if unmapped:
        model = (embedder or _bundled_embedder)()
        texts = [
            f"{paths[guid][-1]}: {descriptions[guid]}" if descriptions.get(guid) else paths[guid][-1]
            for guid in unmapped
        ]
        for guid, (category, score) in zip(unmapped, guess_categories(texts, model), strict=True):
            mapped[guid] = CodeMapping(" / ".join(paths[guid]), category, "meaning", round(score, 3))
    return mapped


def _bundled_embedder() -> Any:
    from assistant.providers.embeddings import classifier_embedder

    return classifier_embedder()


def guess_categories(texts: Sequence[str], embedder: Any) -> list[tuple[Category, float]]:
    """The category whose definition is closest in meaning to each text, with the cosine."""
    import numpy as np

    definitions = np.stack([embedder.embed_query(CATEGORY_MEANINGS[c]) for c in CATEGORIES])
    guesses: list[tuple[Category, float]] = []
    for text in texts:
        scores = definitions @ embedder.embed_query(text)
        best = int(np.argmax(scores))
        guesses.append((CATEGORIES[best], float(scores[best])))
    return guesses


def code_path_of(finding: Finding) -> str | None:
    """The original QDA code path a researcher finding was imported from (None for others)."""
    match = _CODE_PATH.match(finding.statement)
    return match.group(1) if match and finding.engine == RESEARCHER_ENGINE else None


def statement_without_code(finding: Finding) -> str:
    """The statement without the ``[code path]`` an import put in front of it."""
    if code_path_of(finding) is None:
        return finding.statement
    return _CODE_PATH.sub("", finding.statement, count=1)


# -- selections in the source text -> quotes in utterances ---------------------------------------
def _key(word: str) -> str:
    folded = re.sub(r"[^\w]+", "", word.casefold())
    return folded or word


@dataclass
class AlignedWord:
    utterance_start: int
    utterance_end: int
    source_start: int
    source_end: int
    exact: bool
    """The word is written identically in both (a selection may then start or end inside it)."""


def align_words(source_text: str, transcript: Transcript) -> dict[str, list[AlignedWord]]:
    """Each utterance's words with where they sit in the source text (words not found are left out).

    The parser drops labels, times and layout and may merge or split turns, but keeps the words in
    order; so each utterance word is looked for a little ahead of the previous match.
    """
    source = [(m.start(), m.end(), _key(m.group()), m.group()) for m in _WORD.finditer(source_text)]
    aligned: dict[str, list[AlignedWord]] = {}
    cursor = 0
    for utterance in transcript.utterances:
        words: list[AlignedWord] = []
        for match in _WORD.finditer(utterance.text):
            key = _key(match.group())
            for index in range(cursor, min(len(source), cursor + ALIGN_WINDOW)):
                if source[index][2] == key:
                    start, end, _, written = source[index]
                    words.append(
                        AlignedWord(match.start(), match.end(), start, end, written == match.group())
                    )
                    cursor = index + 1
                    break
        aligned[utterance.id] = words
    return aligned


@dataclass
class Selection:
    """A coded span of a source text (character positions, end exclusive)."""

    start: int
    end: int
    code_guids: list[str]
    memo: str = ""


@dataclass
class CodingStats:
    findings: int = 0
    not_participant: int = 0
    """Coded text that is the interviewer's (or unattributed): context, never a quote."""
    unplaced: int = 0
    """Coded text whose words could not be found in the parsed utterances."""
    by_code: dict[str, int] = field(default_factory=dict)


def findings_from_selections(
    transcript: Transcript,
    source_text: str,
    selections: Sequence[Selection],
    mapping: dict[str, CodeMapping],
    *,
    private: Callable[[str], str] | None = None,
) -> tuple[list[Finding], CodingStats]:
    """Researcher findings for the coded participant words; each quote is a slice of one utterance.

    ``private`` pseudonymises a text: when given, the researcher's memos (free text the pseudonymiser
    never saw) are left out, and code names pass through it.
    """
    aligned = align_words(source_text, transcript)
    by_id = {u.id: u for u in transcript.utterances}
    stats = CodingStats()
    findings: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    for selection in selections:
        codes = [mapping[g] for g in selection.code_guids if g in mapping]
        if not codes:
            continue
        pieces: list[tuple[str, int, int]] = []
        touched_other = False
        for utterance_id, words in aligned.items():
            inside = [w for w in words if w.source_start < selection.end and w.source_end > selection.start]
            if not inside:
                continue
            if by_id[utterance_id].role != "participant":
                touched_other = True
                continue
            first, last = inside[0], inside[-1]
            start, end = first.utterance_start, last.utterance_end
            if first.exact:  # the selection may begin inside the word (after an opening quote mark)
                start += max(0, selection.start - first.source_start)
            if last.exact:  # ...or end inside it (before a comma)
                end -= max(0, last.source_end - selection.end)
            quote = by_id[utterance_id].text[start:end]
            start += len(quote) - len(quote.lstrip())
            end -= len(quote) - len(quote.rstrip())
            if start < end:
                pieces.append((utterance_id, start, end))
        if touched_other:
            stats.not_participant += len(codes)
        if not pieces and not touched_other:
            stats.unplaced += len(codes)
        for code in codes:
            for utterance_id, start, end in pieces:
                identity = (utterance_id, start, end, code.path)
                if identity in seen:
                    continue
                seen.add(identity)
                quote = by_id[utterance_id].text[start:end]
                memo = selection.memo if private is None else ""
                label = code.path if private is None else private(code.path)
                findings.append(_finding(transcript, utterance_id, start, end, quote, code, label, memo))
                code.segments += 1
                stats.by_code[code.path] = stats.by_code.get(code.path, 0) + 1
    stats.findings = len(findings)
    return findings, stats


def _finding(
    transcript: Transcript,
    utterance_id: str,
    start: int,
    end: int,
    quote: str,
    code: CodeMapping,
    label: str,
    memo: str,
) -> Finding:
    interview = transcript.interview
    said = " ".join((memo or quote).split())
    return Finding(
        interview_id=interview.id,
        source_file=interview.source_file,
        category=code.category,
        statement=f"[{label}] {said}",
        quote=quote,
        utterance_ids=[utterance_id],
        verified=True,  # a slice of the participant's utterance, so verbatim by construction
        engine=RESEARCHER_ENGINE,
        citations=[
            Citation(
                interview_id=interview.id,
                utterance_id=utterance_id,
                quote=quote,
                start=start,
                end=end,
                verified=True,
            )
        ],
        confidence=code.score if code.how == "meaning" else None,
    )


def save_researcher_findings(workspace: Workspace, interview_id: str, findings: list[Finding]) -> Path | None:
    """Add findings to the interview's corrections file (kept apart from re-extractable findings).

    The file's layout is ``assistant.extract.corrections.Corrections``; anything already there is kept.
    """
    if not findings:
        return None
    path = workspace.root / CORRECTIONS_FOLDER / f"{interview_id}.json"
    data: dict[str, Any] = {
        "schema_version": 1,
        "interview_id": interview_id,
        "findings": [],
        "rejected": [],
        "recategorised": [],
        "edited": [],
    }
    if path.exists():
        data = read_json(path)
    known = {
        (f.get("category"), tuple(f.get("utterance_ids", [])), f.get("quote"), f.get("statement"))
        for f in data.get("findings", [])
    }
    for finding in findings:
        identity = (finding.category, tuple(finding.utterance_ids), finding.quote, finding.statement)
        if identity not in known:
            data.setdefault("findings", []).append(finding.model_dump(mode="json"))
            known.add(identity)
    atomic_write_json(path, data)
    return path
