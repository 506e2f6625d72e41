"""What the harness measures per study: extraction, personas, ask, personal data, import roles."""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from collections import Counter
from typing import Any

from assistant.ask.text import fold
from assistant.core.models import Transcript
from harness import scoring
from harness.study import Study
from harness.workspaces import StudyWorkspace

# -- import ------------------------------------------------------------------------------------


def role_agreement(study: Study, sw: StudyWorkspace) -> dict[str, Any]:
    """Share of files whose imported participant is the manifest's, and of utterances with the right role."""
    files_ok = utterances_ok = utterances = 0
    for interview_id, key in sw.file_of.items():
        study_id, name = key.split("/", 1)
        if study_id != study.id:
            continue
        info = study.file_info(name)
        transcript = sw.workspace.load_transcript(interview_id)
        expected = {info["participant"]["label"]: "participant", info["interviewer"]["label"]: "interviewer"}
        for other in info.get("other_speakers", []):
            expected[other["label"]] = "interviewer" if other.get("role") == "interviewer" else "other"
        good = [
            u.role == expected.get(u.speaker or "", "other")
            or (expected.get(u.speaker or "") == "other" and u.role != "participant")
            for u in transcript.utterances
        ]
        utterances += len(good)
        utterances_ok += sum(good)
        participants = {u.speaker for u in transcript.utterances if u.role == "participant"}
        files_ok += participants == {info["participant"]["label"]}
    return {
        "files": len(study.files),
        "imported": sum(1 for key in sw.file_of.values() if key.startswith(f"{study.id}/")),
        "participant_right": files_ok,
        "utterance_roles_right": utterances_ok / utterances if utterances else 0.0,
        "failures": [f for f in sw.failures if study.id in f],
    }


# -- extraction --------------------------------------------------------------------------------


def findings_as_dicts(study: Study, sw: StudyWorkspace, results: dict[str, Any]) -> list[dict]:
    """Findings of every interview of ``study`` as scorer rows (source_file = the study's file name)."""
    rows: list[dict] = []
    for interview_id, result in results.items():
        key = sw.file_of[interview_id]
        for finding in result.shown_findings():
            rows.append(
                {
                    "source_file": key.split("/", 1)[1],
                    "category": finding.category,
                    "quote": finding.quote,
                    "statement": finding.statement,
                }
            )
    return rows


def score_extraction(study: Study, rows: list[dict]) -> dict[str, Any]:
    result = scoring.score(rows, study.gold, texts_by_file=study.participant_texts())
    lengths = [len(scoring.tokens(r["quote"])) for r in rows]
    result["quote_tokens_p90"] = sorted(lengths)[int(0.9 * (len(lengths) - 1))] if lengths else 0
    return result


# -- personas ----------------------------------------------------------------------------------


def adjusted_rand(truth: list[str], predicted: list[str]) -> float:
    from sklearn.metrics import adjusted_rand_score

    if len(truth) < 2:
        return 0.0
    return float(adjusted_rand_score(truth, predicted))


def score_personas(study: Study, sw: StudyWorkspace, persona_set: Any) -> dict[str, Any]:
    """ARI against the designed personas, negative-persona recall, and personas that mix studies."""
    gold = study.assignment()
    negatives = study.negative_personas()
    predicted: dict[str, str] = {}
    negative_members: set[str] = set()
    for persona in persona_set.personas:
        for member in persona.members:
            key = sw.file_of.get(member)
            if key and key.startswith(f"{study.id}/"):
                name = key.split("/", 1)[1]
                predicted[name] = persona.id
                if persona.negative:
                    negative_members.add(name)
    for member in persona_set.unassigned:
        key = sw.file_of.get(member)
        if key and key.startswith(f"{study.id}/"):
            predicted[key.split("/", 1)[1]] = f"unassigned:{member}"
    files = [f for f in study.files if f in gold]
    truth = [gold[f] for f in files]
    guess = [predicted.get(f, f"missing:{f}") for f in files]
    gold_negative = [f for f in files if gold[f] in negatives]
    labels = [p.label for p in persona_set.personas]
    titled, terms_titled, judged = _label_title_agreement(study, sw, persona_set, gold)
    (supporting, consistent), (shared, representative) = _evidence_consistency(study, sw, persona_set)
    ungrounded = ungrounded_labels(sw, persona_set)
    return {
        "labels_ungrounded": len(ungrounded),
        "labels_ungrounded_examples": ungrounded,
        "evidence_supporting_citations": supporting,
        "evidence_category_consistent": consistent,
        "evidence_shared_attributes": shared,
        "evidence_representative_consistent": representative,
        "evidence_themes": evidence_themes(study, sw, persona_set),
        "label_title_match": titled,
        "label_terms_title_match": terms_titled,
        "labels_judged": judged,
        "ari": adjusted_rand(truth, guess),
        "personas": len(persona_set.personas),
        "designed": len(set(truth)),
        "negative_gold": len(gold_negative),
        "negative_found": sum(1 for f in gold_negative if f in negative_members),
        "false_negative": sum(1 for f in files if f in negative_members and gold[f] not in negatives),
        "labels": labels,
        "assignment": {f: predicted.get(f) for f in files},
    }


FIELD_CATEGORIES = {
    "who": "situation",
    "situation": "situation",
    "pains": "pain",
    "goals": "impact",
    "critical_events": "critical_event",
    "triggers": "trigger",
    "decision_role": "decision",
    "channels": "channel",
}


def _evidence_consistency(
    study: Study, sw: StudyWorkspace, persona_set: Any
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Of the citations that back a shared attribute beside its representative quote ("3 of 5
    members"), how many are a gold finding of the attribute's category in their own interview.

    A necessary condition for "this member said the same thing", not a sufficient one (see
    :func:`evidence_themes` for sameness of meaning). Returns (supporting citations, consistent
    ones) and (shared attributes, whose representative quote is consistent): the second pair is the
    extraction's own error rate, for comparison."""
    supporting = consistent = shared = representative = 0
    for _persona, _attribute, citations in _shared_attributes(study, sw, persona_set):
        checks = [bool(lines) for lines in citations]
        shared += 1
        representative += checks[0]
        supporting += len(checks) - 1
        consistent += sum(checks[1:])
    return (supporting, consistent), (shared, representative)


def _shared_attributes(
    study: Study, sw: StudyWorkspace, persona_set: Any
) -> list[tuple[Any, Any, list[list[int]]]]:
    """Each attribute resting on 2+ members, with, per citation (representative first), the gold
    findings of the attribute's category in that member's interview that the quote overlaps."""
    found = []
    for persona in persona_set.personas:
        for attribute in persona.attributes:
            category = FIELD_CATEGORIES.get(attribute.field)
            if category is None or attribute.evidence_count < 2 or not attribute.citations:
                continue
            citations = []
            for citation in attribute.citations:
                key = sw.file_of.get(citation.interview_id, "/")
                name = key.split("/", 1)[1] if key.startswith(f"{study.id}/") else ""
                citations.append(study.gold_lines(name, category, citation.quote))
            found.append((persona, attribute, citations))
    return found


def evidence_themes(study: Study, sw: StudyWorkspace, persona_set: Any) -> dict[str, Any]:
    """Does each other member's quote under a shared attribute say the same thing as its statement?

    Judged with the study's human themes (``eval/themes/<study>.json``: which gold findings make the
    same point): an attribute is judged when its representative quote is a gold finding of its
    category; a supporting quote then supports it when it is a gold finding of the same theme. A
    supporting quote that is no gold finding of that category counts as not supporting (strict).
    Also counts the points members of a persona truly share (a theme with gold findings of 2+
    members) and how many of them the persona shows as a shared attribute with a right supporter."""
    theme_of = study.theme_of()
    if not theme_of:
        return {}
    judged = unjudged = supporting = same = honest = 0
    by_size: dict[str, list[int]] = {}
    """Supporting quotes and those of the same theme, by persona size (two members or more)."""
    by_field: dict[str, list[int]] = {}
    """The same, by the persona document's section (who they are, situation, pains...)."""
    shown: set[tuple[str, int]] = set()
    for persona, attribute, citations in _shared_attributes(study, sw, persona_set):
        themes = {theme_of[i] for i in citations[0] if i in theme_of}
        if not themes:
            unjudged += 1
            continue
        judged += 1
        agree = [bool(themes & {theme_of[i] for i in lines if i in theme_of}) for lines in citations[1:]]
        supporting += len(agree)
        same += sum(agree)
        size = "2 members" if len(persona.members) <= 2 else "3+ members"
        for breakdown, key in ((by_size, size), (by_field, attribute.field)):
            cell = breakdown.setdefault(key, [0, 0])
            cell[0] += len(agree)
            cell[1] += sum(agree)
        honest += all(agree)
        if any(agree):
            for lines in citations[1:]:
                for theme in themes & {theme_of[i] for i in lines if i in theme_of}:
                    shown.add((persona.id, theme))
    shared_points = 0
    for persona in persona_set.personas:
        files = {
            sw.file_of[m].split("/", 1)[1]
            for m in persona.members
            if sw.file_of.get(m, "").startswith(f"{study.id}/")
        }
        members_of: dict[int, set[str]] = {}
        for index, finding in enumerate(study.gold):
            if (
                finding["file"] in files
                and index in theme_of
                and finding["category"] in FIELD_CATEGORIES.values()
            ):
                members_of.setdefault(theme_of[index], set()).add(finding["file"])
        shared_points += sum(1 for m in members_of.values() if len(m) >= 2)
    return {
        "attributes_judged": judged,
        "attributes_unjudged": unjudged,
        "attributes_all_supporting": honest,
        "supporting_citations": supporting,
        "supporting_same_theme": same,
        "shared_points": shared_points,
        "shared_points_shown": len(shown),
        "by_persona_size": by_size,
        "by_field": by_field,
    }


_CJK_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
"""Han and katakana: a Japanese title's words (kana particles such as "の" end a run)."""


def _title_tokens(text: str) -> set[str]:
    """Accent-folded word prefixes (5 letters) of 4+ letter words in any alphabet: "Nurses" and "nurse"
    agree, and so do "Директор" and "директор" (Arabic words without the article "ال"). Chinese and
    Japanese, written without spaces, by pairs of neighbouring characters: "店长" is in "客栈店长".
    (Until 2026-12-06 only the letters a-z were read, so no label in another alphabet could agree.)"""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    tokens: set[str] = set()
    for run in _CJK_RUN.findall(folded):
        tokens |= {run[i : i + 2] for i in range(len(run) - 1)}
    for word in re.findall(r"[^\W\d_]{4,}", re.sub(r"[\u3040-\u309f]", " ", _CJK_RUN.sub(" ", folded))):
        if word.startswith("ال") and len(word) > 5:
            word = word[2:]
        tokens.add(word[:5])
    return tokens


def _label_title_agreement(
    study: Study, sw: StudyWorkspace, persona_set: Any, gold: dict[str, str]
) -> tuple[int, int, int]:
    """Personas (not negative) whose label shares a word with the designed persona most members belong
    to (its typical titles and name): with the shipped label, and with the distinctive phrases alone."""
    designed = {p["id"]: p for p in study.personas.get("personas", [])}
    titled = terms_titled = judged = 0
    for persona in persona_set.personas:
        if persona.negative:
            continue
        names = [sw.file_of[m].split("/", 1)[1] for m in persona.members if m in sw.file_of]
        majority = Counter(gold[n] for n in names if n in gold).most_common(1)
        if not majority or majority[0][0] not in designed:
            continue
        target = designed[majority[0][0]]
        words = _title_tokens(" ".join(target.get("typical_titles", [])) + " " + target.get("name", ""))
        judged += 1
        titled += bool(_title_tokens(persona.label) & words)
        terms_titled += bool(_title_tokens(" ".join(persona.label_terms)) & words)
    return titled, terms_titled, judged


_LABEL_FRAME = re.compile(r"^not a target:?\s*|^persona \d+$|\(split\)$", re.IGNORECASE)


def ungrounded_labels(sw: StudyWorkspace, persona_set: Any) -> list[str]:
    """Labels with a word (3+ letters) that none of the persona's members said: a label may only name
    what members state (the frame "Not a target:", "Persona N" aside). A Chinese or Japanese word
    counts as said where it occurs in a member's words (until 2026-12-07 it had to be a whole run
    between punctuation, so every title read from a CJK introduction counted as unsaid)."""
    found = []
    for persona in persona_set.personas:
        label = unicodedata.normalize("NFC", _LABEL_FRAME.sub("", persona.label.strip()).strip())
        words = {fold(w) for w in re.findall(r"[^\W\d_]{3,}", label)}
        if not words:
            continue
        transcripts = [sw.workspace.load_transcript(member) for member in persona.members]
        said = " ".join(
            unicodedata.normalize("NFC", u.text).casefold()
            for transcript in transcripts
            for u in transcript.utterances
            if u.role == "participant"
        )
        as_said = set(re.findall(r"[^\W\d_]+", said))
        spoken = {fold(w) for w in as_said}
        # Chinese and Japanese are written without spaces: a title is said when it occurs in the text
        unsaid = {w for w in words - spoken if not (_CJK_RUN.fullmatch(w) and w in said)}
        if unsaid:
            # a title shown in its dictionary form ("nauczycielka" of a said "nauczycielką") names
            # what was said: the form a member said must lead to it
            languages = {transcript.interview.language for transcript in transcripts}
            unsaid = {w for w in unsaid if not _said_in_another_form(w, as_said, languages)}
        if unsaid:
            found.append(f"{persona.label} ({', '.join(sorted(unsaid))})")
    return found


def _said_in_another_form(word: str, spoken: set[str], languages: set[str | None]) -> bool:
    """Whether ``word`` (folded) is the dictionary form the product shows for a word members said
    (``spoken``, as written but in lower case; `personas.titles.dictionary_form`)."""
    from assistant.personas.titles import dictionary_form

    return any(
        fold(dictionary_form(other, language)) == word
        for other in spoken
        if fold(other).startswith(word[:4]) and fold(other) != word
        for language in languages
    )


def mixing_personas(sw: StudyWorkspace, persona_set: Any) -> int:
    """How many personas have members from more than one study."""
    mixed = 0
    for persona in persona_set.personas:
        studies = {sw.file_of[m].split("/", 1)[0] for m in persona.members if m in sw.file_of}
        mixed += len(studies) > 1
    return mixed


# -- ask ---------------------------------------------------------------------------------------


def covers(citation_quote: str, relevant_quote: str) -> bool:
    """A citation answers at sentence precision: it holds the quote and is at most ~4x its length."""
    if len(citation_quote) > 4 * max(len(relevant_quote), 40):
        return False
    return scoring.overlap(citation_quote, relevant_quote) > 0 and (
        scoring._contains(scoring.tokens(citation_quote), scoring.tokens(relevant_quote))
        or scoring.overlap(citation_quote, relevant_quote) >= 0.5
    )


def _answerability(answer: Any) -> dict[str, Any]:
    """The held-out answerability probability, and whether a rule (a named term no interview uses,
    no evidence at all) refused the question whatever the probability."""
    probability = answer.answerable_probability
    by_rule = not answer.answerable and (probability is None or "answerability" not in (answer.reason or ""))
    return {"probability": probability, "refused_by_rule": by_rule}


def answerability_tradeoff(
    rows: list[dict[str, Any]], bars: list[float] | None = None
) -> list[dict[str, Any]]:
    """Unanswerable questions detected and answerable ones refused if every study used the same bar on
    its held-out answerability probability (rule refusals stay refusals)."""
    questions = [q for row in rows for q in row.get("ask", {}).get("questions", [])]
    curve = []
    for bar in bars or [round(0.05 * i, 2) for i in range(1, 20)]:

        def refused(q: dict[str, Any], bar: float = bar) -> bool:
            p = q.get("probability")
            return bool(q.get("refused_by_rule")) or (p is not None and p < bar)

        unanswerable = [q for q in questions if "detected" in q]
        answerable = [q for q in questions if "recall" in q]
        curve.append(
            {
                "bar": bar,
                "unanswerable_detected": sum(refused(q) for q in unanswerable),
                "unanswerable": len(unanswerable),
                "answerable_refused": sum(refused(q) for q in answerable),
                "answerable": len(answerable),
            }
        )
    return curve


def score_ask(study: Study, sw: StudyWorkspace, answer_fn: Any, limit: int = 10) -> dict[str, Any]:
    """recall@10 of relevant quotes (sentence precision), unanswerable detection, latency."""
    recalls: list[float] = []
    loose_recalls: list[float] = []
    detected = unanswerable = refused = answerable = 0
    latencies: list[float] = []
    details: list[dict[str, Any]] = []
    for question in study.questions:
        started = time.perf_counter()
        answer = answer_fn(question["question"])
        latencies.append(time.perf_counter() - started)
        cited = []
        for citation in answer.citations[:limit]:
            key = sw.file_of.get(citation.interview_id, "/")
            cited.append((key.split("/", 1)[1], citation.quote))
        if question.get("answerable", True):
            answerable += 1
            refused += not answer.answerable
            relevant = question.get("relevant", [])
            hits = sum(1 for r in relevant if any(f == r["file"] and covers(q, r["quote"]) for f, q in cited))
            loose = sum(
                1
                for r in relevant
                if any(f == r["file"] and scoring.overlap(q, r["quote"]) > 0 for f, q in cited)
            )
            recall = hits / len(relevant) if relevant else 0.0
            recalls.append(recall)
            loose_recalls.append(loose / len(relevant) if relevant else 0.0)
            details.append(
                {
                    "question": question["question"],
                    "recall": recall,
                    "refused": not answer.answerable,
                    "unused_words": list(answer.unused_words),
                    **_answerability(answer),
                }
            )
        else:
            unanswerable += 1
            detected += not answer.answerable
            details.append(
                {
                    "question": question["question"],
                    "detected": not answer.answerable,
                    "near_miss": bool(question.get("near_miss")),
                    "unused_words": list(answer.unused_words),
                    **_answerability(answer),
                }
            )
    latencies.sort()
    return {
        "recall_at_10": statistics.mean(recalls) if recalls else 0.0,
        "recall_at_10_any_length": statistics.mean(loose_recalls) if loose_recalls else 0.0,
        "answerable": answerable,
        "answerable_refused": refused,
        "unanswerable": unanswerable,
        "unanswerable_detected": detected,
        "latency_p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else 0.0,
        "questions": details,
    }


# -- personal data -----------------------------------------------------------------------------

_NAME_PART = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*", re.UNICODE)


_JOINED_LETTERS = "\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
_JOINED = re.compile(f"[{_JOINED_LETTERS}]")
"""Letters of scripts that join a word to its particles (Japanese, Chinese, Korean, Thai) or to case
endings and postpositions (the Indic scripts): a name there is found as a substring."""
_PREFIXED = {
    re.compile("[\u0600-\u06ff\u0750-\u077f]"): "(?:[وفبلك]{1,2}|ال|لل)?",
    re.compile("[\u0590-\u05ff]"): "[ושהבלמכ]{0,3}",
}
"""Arabic and Hebrew join "and", "to", "the" and prepositions to the word after them ("وسارة")."""


def _pattern(needle: str, *, any_ending: bool = False) -> str:
    """The regular expression that finds ``needle`` as the transcript writes it; with ``any_ending``,
    followed by any letters: a term with the ending its sentence gives it ("Debrecenben", "Excela",
    "Zuglóban"), as languages that inflect by suffix write it."""
    for script, prefix in _PREFIXED.items():
        if script.search(needle):
            return r"(?<!\w)" + prefix + re.escape(needle) + (r"\w*" if any_ending else r"(?!\w)")
    if _JOINED.search(needle):
        return re.escape(needle)
    # a Latin word runs straight into the letters of those scripts ("一张Excel表"): they bound it
    edge = f"[^\\W{_JOINED_LETTERS}]"
    return f"(?<!{edge})" + re.escape(needle) + (r"\w*" if any_ending else f"(?!{edge})")


def _utterance_text(transcript: Transcript) -> str:
    return "\n".join(u.text for u in transcript.utterances)


def _term_lost(term: str, said: str, before: str, stored: str) -> bool:
    """Whether a term to keep was lost: fewer of its mentions (any ending) in the pseudonymised
    utterances ``said`` than in the original ones ``before``; where ``before`` has none, whether it is
    missing as a whole word from the whole stored transcript."""
    pattern = _pattern(term, any_ending=True)
    mentions = len(re.findall(pattern, before))
    if mentions:
        return len(re.findall(pattern, said)) < mentions
    return not _present(term, stored)


def _present(needle: str, haystack: str) -> bool:
    """Whether ``needle`` is still in ``haystack``: as a whole word, with the prefixes Arabic and Hebrew
    join to a word, or as a substring in the scripts that join words to their particles (until
    2026-12-05 always as a whole word, so no Japanese name was ever found still there, and no Japanese
    term kept)."""
    return re.search(_pattern(needle), haystack) is not None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_DIGIT_RUN = re.compile(r"\d(?:[ ().\-/]{0,2}\d)*")


def _digit_runs(text: str) -> list[str]:
    """The digits of each number as written (digits joined by at most two spaces, dots, dashes, slashes or
    brackets): a phone's digits must be found inside one, not across the timestamps and numbers of a
    whole stored transcript run together."""
    return [_digits(run) for run in _DIGIT_RUN.findall(text)]


def stored_text(transcript: Transcript) -> str:
    """Everything a pseudonymised workspace stores about an interview, as one string."""
    return json.dumps(transcript.model_dump(mode="json"), ensure_ascii=False)


HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir herr frau monsieur madame mme mlle m señor señora sr sra don doña dona dom "
    "seu senhor senhora doutor doutora signor signore signora signorina dottor dottore dottoressa dott ing avv "
    "meneer mevrouw mevr dhr juf meester pan pani fru "
    "pana panem panie panią paní".split()
)
"""Titles in a gold full name ("Frau Nguyen") are not personal data: only the name words are scored.
Polish and Czech titles are listed in the case forms a sentence gives them before a name ("panią" in
the accusative; until 2026-12-05 only "pan" and "pani" were, and the other forms were scored as
leaked names), except forms that are also given names (the Finnish "Panu")."""
NAME_PARTICLES = frozenset(
    "van von der den de del della dei di da do dos das du des ter ten 't la le y e bin binti ibn al el zu af av".split()
)
"""Lower-case particles inside a name ("van der", "dos", "di"): grammar words that every transcript in
the language uses elsewhere, so "still present in the text" cannot tell whether the name was replaced;
only the name's other words are scored (until 2026-12-02 they were scored, and always counted as
leaked: Dutch names with "van der" lost a third of their words that way)."""


def name_words(full: str) -> list[str]:
    """The words of a gold name that identify someone: no title, no lower-case particle."""
    return [
        part
        for part in _NAME_PART.findall(full)
        if len(part) > 1
        and part.casefold().rstrip(".") not in HONORIFICS
        and not (part.islower() and part in NAME_PARTICLES)
    ]


def _address_parts(address: str) -> list[str]:
    """The identifying parts of an address: the whole, and each comma-separated part with a number in it."""
    parts = [p.strip() for p in address.split(",")]
    return [address, *(p for p in parts if re.search(r"\d", p) and len(_digits(p)) >= 1 and len(p) > 2)]


def spurious_persons(study: Study, sw: StudyWorkspace) -> dict[str, Any]:
    """Person placeholders of the study's pseudonym map that stand for no person the gold lists:
    ordinary words, products or places taken for names ("lo quiero", "Brasa Norte"). Over-redaction
    of ``keep`` terms counts only the products the gold names; this counts every wrong person."""
    path = sw.workspace.pseudonyms_path
    if not path.is_file():
        return {"persons": 0, "spurious": 0, "examples": []}
    entities = json.loads(path.read_text(encoding="utf-8")).get("entities", {})
    gold: set[str] = set()
    for name in study.files:
        pii = study.file_info(name).get("pii", {})
        for full in [
            *pii.get("speaker_names", []),
            *pii.get("mentioned_full_names", []),
            *pii.get("mentioned_first_names", []),
        ]:
            gold.update(part.casefold() for part in _NAME_PART.findall(full))
    persons = [value for key, value in entities.items() if key.startswith("Person ")]
    joined = [g for g in gold if _JOINED.search(g) and len(g) >= 2]

    def someone(value: str) -> bool:
        # in a script without spaces a replaced run holds the gold parts ("松本健一": "松本", "健一")
        return any(p.casefold() in gold for p in _NAME_PART.findall(value)) or any(
            g in value.casefold() for g in joined
        )

    wrong = [v for v in persons if not someone(v)]
    return {"persons": len(persons), "spurious": len(wrong), "examples": wrong[:40]}


def score_pii(study: Study, sw: StudyWorkspace, original: StudyWorkspace | None = None) -> dict[str, Any]:
    """Per kind: how many listed items no longer appear anywhere in the stored transcript.

    A term to keep is lost when fewer of its occurrences survive in the pseudonymised utterances than
    ``original`` (the same study imported without pseudonymisation) has, each occurrence read with any
    ending after it (``_pattern(..., any_ending=True)``): "Debrecen" is kept when "Debrecenben" is, and lost when
    one of two mentions is replaced. Until 2026-12-07 it counted as kept when written once anywhere as
    a whole word: a Hungarian or Polish term said only in a case form counted as lost, and a term
    replaced in one place but not another as kept. Mentions inside a listed address or e-mail do not
    count (a town in an address is replaced with it). Without ``original``, or when the term is not in
    its utterances in any form, the old whole-word test decides.

    A name leaks when any of its words (titles aside) is still there; an address when the whole of it,
    or any part of it that carries a number (street and number, postcode), is still there; a phone
    when its last six digits are still inside one number written in the transcript (``_digit_runs``;
    until 2026-12-03 the digits of the whole stored transcript were run together, so timestamps could
    spell a replaced phone's last six digits).
    """
    kinds: dict[str, Counter] = {}
    leaks: list[str] = []
    keep_total = keep_lost = 0
    lost_terms: list[str] = []
    original_of = {key: interview_id for interview_id, key in (original.file_of if original else {}).items()}
    for interview_id, key in sw.file_of.items():
        study_id, name = key.split("/", 1)
        if study_id != study.id:
            continue
        transcript = sw.workspace.load_transcript(interview_id)
        text = stored_text(transcript)
        said = _utterance_text(transcript)
        before = (
            _utterance_text(original.workspace.load_transcript(original_of[key]))
            if original is not None and key in original_of
            else ""
        )
        runs = _digit_runs(text)
        pii = study.file_info(name).get("pii", {})
        items: list[tuple[str, list[str]]] = []
        for full in pii.get("speaker_names", []) + pii.get("mentioned_full_names", []):
            items += [("name", [part]) for part in name_words(full)]
        items += [("name", [first]) for first in pii.get("mentioned_first_names", [])]
        items += [("emails", [value]) for value in pii.get("emails", [])]
        items += [("addresses", _address_parts(value)) for value in pii.get("addresses", [])]
        # a name inside a term the gold keeps ("Bogdan" in the firm "Bogdan-Trans") is the term's,
        # which must stay: until 2026-12-05 it was scored as the person's name leaking
        unkept = text
        for term in sorted(pii.get("keep", []), key=len, reverse=True):
            if " " in term or "-" in term or _JOINED.search(term):
                unkept = re.sub(_pattern(term), " ", unkept)
        for kind, variants in items:
            counter = kinds.setdefault(kind, Counter())
            counter["total"] += 1
            present = [v for v in variants if _present(v, unkept if kind == "name" else text)]
            if present:
                counter["leaked"] += 1
                leaks.append(
                    f"{name}: {kind} {variants[0]!r}"
                    + (f" ({present[-1]!r})" if present[-1] != variants[0] else "")
                )
        for phone in pii.get("phones", []):
            counter = kinds.setdefault("phones", Counter())
            counter["total"] += 1
            tail = _digits(phone)[-6:]
            if _present(phone, text) or (len(tail) == 6 and any(tail in run for run in runs)):
                counter["leaked"] += 1
                leaks.append(f"{name}: phone {phone!r}")
        # A kept town inside an address (or an e-mail) goes with it, as it should: those mentions do
        # not count.
        contact_free = before
        for value in sorted(pii.get("addresses", []) + pii.get("emails", []), key=len, reverse=True):
            contact_free = contact_free.replace(value, " ")
        for term in pii.get("keep", []):
            keep_total += 1
            if _term_lost(term, said, contact_free, text):
                keep_lost += 1
                lost_terms.append(f"{name}: {term!r}")
    recall = {
        kind: (c["total"] - c["leaked"]) / c["total"] if c["total"] else None
        for kind, c in sorted(kinds.items())
    }
    spurious = spurious_persons(study, sw)
    return {
        "spurious_persons": spurious,
        "recall": recall,
        "counts": {kind: dict(c) for kind, c in kinds.items()},
        "over_redaction": keep_lost / keep_total if keep_total else None,
        "keep_terms": keep_total,
        "keep_lost": keep_lost,
        "leaks": leaks[:80],
        "lost_terms": lost_terms[:80],
    }
