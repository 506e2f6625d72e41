"""The per-study table (terminal and docs/evaluation.md) of an evaluation run."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parents[2] / "docs" / "evaluation.md"
BEGIN, END = "<!-- eval/run.py table: begin -->", "<!-- eval/run.py table: end -->"

# (summary name, path into a study row, lower is worse)
HEADLINES: list[tuple[str, tuple[str, ...], bool]] = [
    ("extraction_macro_f1", ("extraction", "macro", "f1"), True),
    ("extraction_macro_p", ("extraction", "macro", "precision"), True),
    ("extraction_macro_r", ("extraction", "macro", "recall"), True),
    ("quote_validity", ("extraction", "citation_validity"), True),
    ("persona_ari", ("personas", "ari"), True),
    ("ask_recall_at_10", ("ask", "recall_at_10"), True),
    ("pii_name_recall", ("pii", "recall", "name"), True),
    ("pii_over_redaction", ("pii", "over_redaction"), False),
    ("extraction_seconds_per_1000_words", ("extraction", "seconds_per_1000_words"), False),
]


def _get(row: dict[str, Any], *path: str) -> Any:
    value: Any = row
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _num(value: Any, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _ratio(found: Any, total: Any) -> str:
    return "–" if not total else f"{found}/{total}"


def rows_markdown(result: dict[str, Any]) -> list[str]:
    header = (
        "| study | lang | files | roles ok | extraction F1 (P / R) | quotes valid | persona ARI | negatives found (wrongly flagged) "
        "| labels name the designed role "
        "| ask R@10 | unanswerable detected | answerable refused | PII names | PII e-mail/phone/address | over-redaction |"
    )
    lines = [
        header,
        "|" + "---|" * header.count("|")[:-1] if False else "|" + "---|" * (header.count("|") - 1),
    ]
    for row in result["studies"]:
        ext = row.get("extraction", {})
        per = row.get("personas", {})
        ask = row.get("ask", {})
        pii = row.get("pii", {})
        recall = pii.get("recall", {}) if pii else {}
        other = [recall.get(k) for k in ("emails", "phones", "addresses")]
        lines.append(
            f"| {row['study']} | {','.join(row['languages'])} | {row['files']} "
            f"| {_ratio(_get(row, 'import', 'participant_right'), row['files'])} "
            f"| {_num(_get(ext, 'macro', 'f1'))} ({_num(_get(ext, 'macro', 'precision'))} / {_num(_get(ext, 'macro', 'recall'))}) "
            f"| {_num(ext.get('citation_validity'))} | {_num(per.get('ari'))} "
            f"| {_ratio(per.get('negative_found'), per.get('negative_gold'))} ({per.get('false_negative', '–')}) "
            f"| {_ratio(per.get('label_title_match'), per.get('labels_judged'))} "
            f"| {_num(ask.get('recall_at_10'))} | {_ratio(ask.get('unanswerable_detected'), ask.get('unanswerable'))} "
            f"| {_ratio(ask.get('answerable_refused'), ask.get('answerable'))} | {_num(recall.get('name'))} "
            f"| {' / '.join(_num(v) for v in other)} | {_num(pii.get('over_redaction') if pii else None)} |"
        )
    summary = result.get("summary", {})

    def cell(name: str) -> tuple[str, str]:
        s = summary.get(name)
        return ("–", "–") if not s else (_num(s["mean"]), f"{_num(s['worst'])} ({s['worst_study']})")

    totals = {}
    for key in ("negative_found", "negative_gold", "false_negative", "label_title_match", "labels_judged"):
        totals[key] = sum(_get(r, "personas", key) or 0 for r in result["studies"])
    for key in ("unanswerable_detected", "unanswerable", "answerable_refused", "answerable"):
        totals[key] = sum(_get(r, "ask", key) or 0 for r in result["studies"])
    mean = {n: cell(n)[0] for n, _p, _w in HEADLINES}
    worst = {n: cell(n)[1] for n, _p, _w in HEADLINES}
    lines.append(
        f"| **mean** | | | | **{mean['extraction_macro_f1']}** ({mean['extraction_macro_p']} / {mean['extraction_macro_r']}) "
        f"| {mean['quote_validity']} | **{mean['persona_ari']}** | {_ratio(totals['negative_found'], totals['negative_gold'])} "
        f"({totals['false_negative']}) | {_ratio(totals['label_title_match'], totals['labels_judged'])} "
        f"| **{mean['ask_recall_at_10']}** | {_ratio(totals['unanswerable_detected'], totals['unanswerable'])} "
        f"| {_ratio(totals['answerable_refused'], totals['answerable'])} | {mean['pii_name_recall']} | | {mean['pii_over_redaction']} |"
    )
    lines.append(
        f"| **worst study** | | | | {worst['extraction_macro_f1']} | {worst['quote_validity']} | {worst['persona_ari']} | "
        f"| | {worst['ask_recall_at_10']} | | | {worst['pii_name_recall']} | | {worst['pii_over_redaction']} |"
    )
    return lines


def table(result: dict[str, Any]) -> str:
    lines = [
        f"engine: {result['engine']}  held-out classifier (LOSO): {result['loso']}  seconds: {result.get('seconds')}"
    ]
    lines += rows_markdown(result)
    personas = [row["personas"] for row in result.get("studies", []) if "personas" in row]
    if personas:
        lines.append(
            f"persona labels naming a word no member said: {sum(p['labels_ungrounded'] for p in personas)}"
            f" of {sum(len(p['labels']) for p in personas)}"
        )
        themes = [p.get("evidence_themes") or {} for p in personas]
        if any(themes):
            keys = themes[0] or next(t for t in themes if t)
            total = {k: sum(t.get(k, 0) for t in themes) for k in keys if not k.startswith("by_")}
            by_size = _summed(themes, "by_persona_size")
            by_field = _summed(themes, "by_field")
            per_study = [
                t["supporting_same_theme"] / t["supporting_citations"]
                for t in themes
                if t.get("supporting_citations")
            ]
            lines.append(
                "persona evidence (human themes): other members' quotes that say the same as the attribute"
                f" {total['supporting_same_theme']} of {total['supporting_citations']}"
                f" ({total['supporting_same_theme'] / max(total['supporting_citations'], 1):.2f};"
                f" worst study {min(per_study) if per_study else 0:.2f}); points members truly share shown"
                f" {total['shared_points_shown']} of {total['shared_points']}"
                + "; by persona size: "
                + ", ".join(f"{size} {same} of {cited}" for size, (cited, same) in sorted(by_size.items()))
                + (
                    "; by section: "
                    + ", ".join(
                        f"{field} {same} of {cited}" for field, (cited, same) in sorted(by_field.items())
                    )
                    if by_field
                    else ""
                )
                + _in_sample_note(result)
            )
    curve = result.get("answerability_tradeoff")
    if curve:
        points = [c for c in curve if round(c["bar"] * 20) % 2 == 0]  # every 0.1
        lines.append(
            "answerability trade-off (one bar for every study on its held-out probability; "
            "unanswerable detected / answerable refused): "
            + ", ".join(
                f"{c['bar']:.1f}: {c['unanswerable_detected']}/{c['unanswerable']}"
                f" / {c['answerable_refused']}/{c['answerable']}"
                for c in points
            )
        )
    questions = [q for row in result.get("studies", []) for q in (row.get("ask") or {}).get("questions", [])]
    if any("unused_words" in q for q in questions):
        missed = [q for q in questions if "detected" in q and not q["detected"]]
        answered = [q for q in questions if "recall" in q and not q["refused"]]
        lines.append(
            "ask, the note on question words no interview uses: on "
            f"{sum(bool(q.get('unused_words')) for q in missed)} of the {len(missed)} unanswerable questions"
            f" answered anyway, and on {sum(bool(q.get('unused_words')) for q in answered)} of the"
            f" {len(answered)} answerable questions answered"
        )
    mix = result.get("mix")
    if mix:
        lines.append(
            f"mixed workspace {mix['studies']}: {mix['mixing']} of {mix['personas']} personas mix studies"
        )
    return "\n".join(lines)


def write_docs(result: dict[str, Any]) -> None:
    """Replace the generated block of docs/evaluation.md with this run's table."""
    block = "\n".join(
        [BEGIN, "", f"Command: `{result['command']}` ({result.get('seconds')} s on this machine).", ""]
        + table(result).splitlines()[1:]
        + ["", END]
    )
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Evaluation\n"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + r".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOCS.write_text(text, encoding="utf-8")


def _summed(rows: list[dict[str, Any]], key: str) -> dict[str, list[int]]:
    """Per key of each row's ``key`` breakdown ([quotes, of the same theme]), summed over the rows."""
    summed: dict[str, list[int]] = {}
    for row in rows:
        for name, (cited, same) in (row.get(key) or {}).items():
            summed.setdefault(name, [0, 0])
            summed[name][0] += cited
            summed[name][1] += same
    return summed


def _in_sample_note(result: dict[str, Any]) -> str:
    """Scored with the shipped models (``--no-loso``), which of the studies those were fitted on."""
    if result.get("loso"):
        return ""
    trained = result.get("shipped_models_trained_on")
    if trained is None:  # a result written before the field existed
        return " (in-sample: the shipped sameness test was fitted on these studies)"
    read = result.get("classifier_trained_on") or []
    findings = (
        f"; the findings are in-sample for {len(read)} of them: the shipped extraction classifier was fitted on them"
        if read
        else ""
    )
    if not trained:
        return f" (out of sample: the shipped grouping and sameness models were fitted on none of these studies{findings})"
    return f" (in-sample for {', '.join(trained)}: the shipped sameness test was fitted on them{findings})"
