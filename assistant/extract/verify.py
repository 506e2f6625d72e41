"""Citation checks done by code: quotes are found in participant utterances, never trusted from a model.

Only whitespace and typography (curly quotes, dashes, ellipsis, non-breaking spaces) are normalised
before matching, and every match is mapped back to offsets in the original utterance text, so the
quote that is stored and shown is always ``utterance.text[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from assistant.core.models import Citation, Transcript, Utterance

# One typographic character -> its plain form (may be longer, like the ellipsis).
_TYPOGRAPHY: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}
# Zero-width characters that some exports leave inside words: dropped entirely.
_INVISIBLE = frozenset({"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"})
# Characters a model often wraps a quote in; stripped from the ends of a quote before matching.
_WRAPPERS = "\"' \t\n"

SupportLabel = Literal["supported", "weak", "unrelated", "unchecked"]


@dataclass(frozen=True)
class NormalisedText:
    """Text with whitespace and typography normalised, and where each character came from."""

    text: str
    starts: tuple[int, ...]
    """``starts[i]``: offset in the original text of the character that produced ``text[i]``."""
    ends: tuple[int, ...]
    """``ends[i]``: end offset (exclusive) in the original text of that character."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to a span of the original text."""
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> NormalisedText:
    """Collapse whitespace runs to one space and replace typographic characters by plain ones."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in _INVISIBLE:
            index += 1
            continue
        if char.isspace():
            run_end = index
            while run_end < length and (text[run_end].isspace() or text[run_end] in _INVISIBLE):
                run_end += 1
            out.append(" ")
            starts.append(index)
            ends.append(run_end)
            index = run_end
            continue
        plain = _TYPOGRAPHY.get(char)
        if plain is None:
            # Compatibility forms such as full-width letters or ligatures are typography too.
            plain = unicodedata.normalize("NFKC", char) if unicodedata.category(char) != "Mn" else char
            if not plain:
                plain = char
        for piece in plain:
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
        index += 1
    return NormalisedText("".join(out), tuple(starts), tuple(ends))


def clean_quote(quote: str) -> str:
    """The quote as a model or a person may write it, minus wrapping quotation marks and spaces."""
    plain = normalise(quote).text.strip(_WRAPPERS)
    # "..." at either end means "the sentence goes on": not part of the words themselves.
    while plain.startswith("..."):
        plain = plain[3:].lstrip(_WRAPPERS)
    while plain.endswith("..."):
        plain = plain[:-3].rstrip(_WRAPPERS)
    return plain


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text`` after whitespace/typography normalisation, or None."""
    needle = clean_quote(quote)
    if not needle:
        return None
    haystack = normalise(text)
    position = haystack.text.find(needle)
    if position < 0:
        return None
    return haystack.original_span(position, position + len(needle))


def _is_evidence(utterance: Utterance) -> bool:
    """Only the participant's own words are evidence; interviewers and others never are."""
    return utterance.role == "participant"


def _citation(
    transcript: Transcript, utterance: Utterance, start: int, end: int, reanchored: bool
) -> Citation:
    return Citation(
        interview_id=transcript.interview.id,
        utterance_id=utterance.id,
        quote=utterance.text[start:end],
        start=start,
        end=end,
        verified=True,
        reanchored=reanchored,
    )


def verify_quote(transcript: Transcript, utterance_id: str | None, quote: str) -> Citation | None:
    """A verified citation for ``quote``: in the cited participant utterance, else re-anchored, else None.

    Re-anchoring looks in the interview's other participant utterances, nearest to the cited one
    first. A quote found only in interviewer (or other speakers') words is never evidence.
    """
    if not clean_quote(quote):
        return None
    cited = transcript.utterance(utterance_id) if utterance_id else None
    if cited is not None and _is_evidence(cited):
        span = find_quote(cited.text, quote)
        if span is not None:
            return _citation(transcript, cited, span[0], span[1], reanchored=False)
    participant = [u for u in transcript.utterances if _is_evidence(u) and u is not cited]
    if cited is not None:
        anchor = transcript.utterances.index(cited)
        order = {u.id: i for i, u in enumerate(transcript.utterances)}
        participant.sort(key=lambda u: abs(order[u.id] - anchor))
    for utterance in participant:
        span = find_quote(utterance.text, quote)
        if span is not None:
            return _citation(transcript, utterance, span[0], span[1], reanchored=True)
    return None


def quote_from_ids(
    transcript: Transcript,
    utterance_id: str,
    start: int | None = None,
    end: int | None = None,
) -> Citation | None:
    """The quote taken from the transcript itself for a cited participant utterance (and span).

    This is the preferred citation path: a model names ids, code copies the words.
    """
    utterance = transcript.utterance(utterance_id)
    if utterance is None or not _is_evidence(utterance):
        return None
    text = utterance.text
    span_start = 0 if start is None else start
    span_end = len(text) if end is None else end
    if not 0 <= span_start < span_end <= len(text):
        return None
    # Trim surrounding whitespace but keep the words exactly as written.
    while span_start < span_end and text[span_start].isspace():
        span_start += 1
    while span_end > span_start and text[span_end - 1].isspace():
        span_end -= 1
    if span_start >= span_end:
        return None
    return _citation(transcript, utterance, span_start, span_end, reanchored=False)


# -- does the quote support the statement? ------------------------------------------------------

_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just like me
    more most my myself no nor not now of off on once only or other our ours ourselves out over own
    really same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves um uh yeah okay ok kind sort thing things
    something lot get got go going know mean think say said well one two participant interviewee
    they them he she his her company team""".split()
)
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_ENGLISH_MARKERS = frozenset(
    "the and is are was we i you it that to of in for with this have don't i'm it's not my our they".split()
)
_OTHER_MARKERS = frozenset(
    """le la les des est une et que pour pas nous je on du un au aux sur avec ce qui mais très c'est
    il elle en o os as um uma não para com é eu nós da do na em mais muito isso se por ele ela
    der die das und ist nicht ich wir el los las es y por con""".split()
)


def _stems(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(normalise(text).text)]
    return {w[:5] for w in words if w not in _STOPWORDS and (len(w) > 2 or w.isdigit())}


def looks_english(text: str) -> bool:
    """A cheap guess used to skip the lexical support check across languages."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", normalise(text).text)]
    english = sum(w in _ENGLISH_MARKERS for w in words)
    other = sum(w in _OTHER_MARKERS for w in words)
    return english >= other


def lexical_support(statement: str, evidence: str) -> float:
    """Share of the statement's content-word stems that also occur in the evidence (0..1)."""
    statement_stems = _stems(statement)
    if not statement_stems:
        return 0.0
    return len(statement_stems & _stems(evidence)) / len(statement_stems)


SUPPORT_THRESHOLD = 0.1
"""Below this lexical overlap (with the quote and its whole utterance) a statement is unrelated."""


def check_support(
    statement: str,
    quote: str,
    context: str = "",
    *,
    similarity: Callable[[str, str], float] | None = None,
    similarity_threshold: float | None = None,
) -> SupportLabel:
    """Whether the cited words plausibly support the statement, judged by code.

    Lexical overlap of content-word stems between the statement and the quote plus its surrounding
    utterance text; when the evidence is not English (statements are written in English) the check
    needs a cross-lingual ``similarity`` function, else it answers ``unchecked``.
    """
    if not statement.strip() or not quote.strip():
        return "unrelated"
    evidence = f"{quote} {context}".strip()
    if similarity is not None and similarity_threshold is not None:
        return "supported" if similarity(statement, evidence) >= similarity_threshold else "unrelated"
    if not looks_english(evidence):
        return "unchecked"
    return "supported" if lexical_support(statement, evidence) >= SUPPORT_THRESHOLD else "unrelated"


def participant_texts(transcript: Transcript) -> Iterable[str]:
    """Texts of the participant utterances (the only place a shown quote may come from)."""
    return (u.text for u in transcript.utterances if _is_evidence(u))
