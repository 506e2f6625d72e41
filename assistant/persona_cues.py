"""Cues about the interviewee's own role and buying position, read from their findings (en, fr, pt, es)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.models import Finding

# Role families, from hands-on user to economic buyer; "nonbuyer" marks students and tiny-business helpers.
ROLE_FAMILIES: tuple[str, ...] = ("ap", "controller", "executive")

ROLE_TITLES: dict[str, str] = {
    "ap": (
        r"(?:accounts?[ -]payables?|a/?p|payables)\s+(?:specialist|clerk|coordinator|analyst|associate|"
        r"lead|processor|manager|supervisor)|comptables?\s+fournisseurs?|analista\s+de\s+contas\s+a\s+pagar|"
        r"auxiliar\s+de\s+contas\s+a\s+pagar|especialista\s+de\s+cuentas\s+por\s+pagar"
    ),
    "controller": (
        r"(?:assistant\s+|corporate\s+|financial\s+|group\s+|division(?:al)?\s+)?(?:controller|comptroller)|"
        r"responsable\s+comptable|chef\s+comptable|contr[ôo]leur(?:\s+de\s+gestion|\s+financier)?|"
        r"controladora?|contador(?:a)?|accounting\s+manager|head\s+of\s+accounting"
    ),
    "executive": (
        r"cfo|chief\s+financial\s+officer|vp\s+(?:of\s+)?finance|vice[\s-]president(?:,)?\s+(?:of\s+)?finance|"
        r"finance\s+director|director\s+of\s+finance|head\s+of\s+finance|daf|directeur\s+financier|"
        r"directrice\s+financi[èe]re|diretora?\s+financeir[oa]|director\s+financiero"
    ),
    "nonbuyer": (
        r"(?:graduate\s+|master'?s\s+|phd\s+|accounting\s+)?student|master\s+of\s+\w+(?:\s+program)?|"
        r"phd\s+candidate|[ée]tudiant\w*|estudante|estudiante|(?:part[\s-]time\s+)?bookkeeper"
    ),
}

# Words that make the sentence about the speaker (first person) or, in model statements, the participant.
_SELF = (
    r"(?:\bi'?m|\bi\s+am|\bi\s+work\s+as|\bmy\s+(?:role|title|job)\s+is|\bje\s+suis|\beu\s+sou|\bsou|"
    r"\bsoy|\bshe\s+is|\bhe\s+is|\bthey\s+are|\bshe'?s|\bhe'?s|\bthe\s+participant\s+is|\bworks\s+as)"
)
_FILLER = r"(?:\s+(?:a|an|the|our|in|um|uh|like|just|currently|now|o|a|le|la|un|une|el|la|da|de)\b,?)*"
_SELF_ROLE = {
    family: re.compile(_SELF + _FILLER + r"\s+(?:\S+\s+){0,2}?(" + titles + r")\b", re.IGNORECASE)
    for family, titles in ROLE_TITLES.items()
}
# Model statements open with the participant's name: "Dana is an AP clerk at ...".
_NAMED_ROLE = {
    family: re.compile(r"^\W*[A-Z][\w'-]+\s+is(?i:" + _FILLER + r"\s+(?:\S+\s+){0,2}?(" + titles + r"))\b")
    for family, titles in ROLE_TITLES.items()
}
# "Corporate controller at Ironbridge." / "AP clerk here": the title opening the sentence, then a company.
_LEADING_ROLE = {
    family: re.compile(
        r"^\W*(?:(?:so|well|um|uh|yeah|oui|sim|bom)\W+){0,2}("
        + titles
        + r")\s+(?:at|for|with|here|chez|da|na|no|en)\b",
        re.IGNORECASE,
    )
    for family, titles in ROLE_TITLES.items()
}
_STANDALONE_NONBUYER = re.compile(
    r"\bi\s+do\s+the\s+books\b|\bmy\s+thesis\b|\bma\s+th[èe]se\b|\bminha\s+tese\b", re.I
)

BUYING_CUES: dict[str, tuple[str, ...]] = {
    "owner": (
        r"\bi\s+(?:own|control|hold|have)\s+the\s+(?:\w+\s+){0,3}budget",
        r"\bmy\s+budget\b",
        r"\bit'?s\s+my\s+(?:call|decision)\b",
        r"\bi\s+(?:make|own)\s+the\s+decision\b",
        r"\bi\s+decide\b",
        r"\bi'?ve\s+(?:got|set\s+aside|budgeted)\b[^.]{0,60}(?:thousand|hundred|\bk\b|\d)",
        r"\bbudget\s+is\s+approved\b",
        r"\bgave\s+me\s+a\s+line\b",
        r"\bowns\s+the\s+(?:\w+\s+){0,3}(?:budget|decision)\b",
        r"\beconomic\s+buyer\b|\bbudget\s+owner\b|\bowns\s+the\s+budget\b|\bfinal\s+decision[- ]maker\b",
        r"\beu\s+decido\b",
        r"\bor[çc]amento\b[^.]{0,40}\b[ée]\s+meu\b",
        r"\bc'est\s+moi\s+qui\s+(?:d[ée]cide|signe)\b",
        r"\bon\s+a\s+pr[ée]vu\b[^.]{0,40}(?:euros|\bk\b|mille)",
        r"\bj'ai\s+(?:un|le)\s+budget\b",
    ),
    "evaluator": (
        r"\bi\s+(?:do|run|lead|own)\s+the\s+evaluation\b",
        r"\bi\s+build\s+the\s+business\s+case\b",
        r"\bi\s+put\s+together\s+the\s+recommendation\b",
        r"\bi\s+(?:will\s+|'ll\s+)?(?:make|write)\s+the\s+recommendation\b",
        r"\bje\s+pr[ée]pare\s+le\s+dossier\b",
        r"\bje\s+fais\s+la\s+s[ée]lection\b",
        r"\bevaluator\b|\bbuilds\s+the\s+business\s+case\b|\bleads\s+the\s+evaluation\b",
        r"\beu\s+(?:fa[çc]o|conduzo)\s+a\s+avalia[çc][ãa]o\b",
    ),
    "user": (
        r"\bi\s+don'?t\s+have\s+(?:any\s+)?budget\b",
        r"\bthey\s+don'?t\s+(?:really\s+)?ask\s+us\b",
        r"\bi'?ll\s+take\s+it\s+to\b",
        r"\bnot\s+my\s+(?:call|decision)\b",
        r"\bon\s+the\s+evaluation\s+team\b",
        r"\bsit\s+in\s+on\s+the\s+demos\b",
        r"\bhas\s+no\s+budget\b|\bend\s+user\b|\bchampion\b",
        r"\bje\s+n'ai\s+pas\s+de\s+budget\b|\bn[ãa]o\s+tenho\s+or[çc]amento\b",
    ),
}

# Signs that the interviewee will not buy: (pattern, weight). Two strong signs make a non-buyer.
NONBUYER_CUES: tuple[tuple[str, int], ...] = (
    (r"\bzero\s+budget\b", 2),
    (r"\bi'?m\s+(?:just\s+)?a\s+student\b", 2),
    (r"\b(?:my|the|his|her)\s+thesis\b|\bma\s+thèse\b|\bminha\s+tese\b", 2),
    (r"\bnever\s+pay\s+for\b|\b(?:will\s+not|won'?t)\s+pay\s+for\b", 2),
    (r"\bwrong\s+person\b", 2),
    (r"\bi\s+don'?t\s+need\s+anything\b", 2),
    (r"\b(?:not|no)\s+(?:looking|planning|intent\w*|plans?)\s+(?:to\s+)?buy\w*\b", 2),
    (r"\bno\s+(?:intent|intention)\b|\bnot\s+a\s+buyer\b|\bnon[- ]buyer\b", 2),
    (r"\bhappy\s+with\s+(?:quickbooks|excel|(?:the\s+)?spreadsheets?)\b", 2),
    (r"\bno\s+(?:buying\s+)?authority\b", 1),
    (r"\bno\s+budget\b", 1),
    (r"\bpas\s+de\s+budget\b|\bsem\s+or[çc]amento\b", 1),
)

_BUYING_RE = {key: [re.compile(p, re.IGNORECASE) for p in patterns] for key, patterns in BUYING_CUES.items()}
_NONBUYER_RE = [(re.compile(p, re.IGNORECASE), weight) for p, weight in NONBUYER_CUES]

FAMILY_LABELS = {
    "ap": "AP specialists",
    "controller": "Controllers",
    "executive": "CFOs and finance VPs",
    "nonbuyer": "Non-buyers",
}


@dataclass
class RoleCues:
    """What the participant's own words say about their role and buying position."""

    interview_id: str
    family_counts: Counter[str] = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)
    buying: Counter[str] = field(default_factory=Counter)
    nonbuyer_score: int = 0
    nonbuyer_cues: list[str] = field(default_factory=list)

    @property
    def family(self) -> str | None:
        """The most supported role family (ties broken by the order of ROLE_FAMILIES)."""
        buyer = [(self.family_counts[f], -i, f) for i, f in enumerate((*ROLE_FAMILIES, "nonbuyer"))]
        best = max(buyer)
        return best[2] if best[0] > 0 else None

    @property
    def is_nonbuyer(self) -> bool:
        """Two strong signs of no budget or no intent, and no sign of owning a budget."""
        score = self.nonbuyer_score + (2 if self.family_counts["nonbuyer"] else 0)
        return score >= 3 and self.buying["owner"] == 0


def finding_texts(finding: Finding) -> list[str]:
    """The participant's words and the statement about them."""
    texts = [finding.quote]
    if finding.statement and finding.statement.strip() != finding.quote.strip():
        texts.append(finding.statement)
    return texts


def _self_roles(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for family in (*ROLE_FAMILIES, "nonbuyer"):
        for pattern in (_SELF_ROLE[family], _LEADING_ROLE[family], _NAMED_ROLE[family]):
            for match in pattern.finditer(text):
                found.append((family, re.sub(r"\s+", " ", match.group(1).strip().lower())))
    if _STANDALONE_NONBUYER.search(text):
        found.append(("nonbuyer", "bookkeeper" if "book" in text.lower() else "student"))
    return found


def read_cues(
    interview_id: str, findings: list[Finding], participant_texts: list[str] | None = None
) -> RoleCues:
    """Collect role, buying and non-buyer cues from one interview's findings and the participant's own turns.

    Only first-person patterns count for the role ("I'm the controller"), so a participant who talks
    about their controller is not taken for one.
    """
    cues = RoleCues(interview_id=interview_id)
    seen_nonbuyer: set[str] = set()
    for text in participant_texts or []:
        for family, title in _self_roles(text):
            cues.family_counts[family] += 1
            cues.titles.append(title)
        for key, patterns in _BUYING_RE.items():
            if any(p.search(text) for p in patterns):
                cues.buying[key] += 1
        for pattern, weight in _NONBUYER_RE:
            if pattern.pattern not in seen_nonbuyer and pattern.search(text):
                seen_nonbuyer.add(pattern.pattern)
                cues.nonbuyer_score += weight
                cues.nonbuyer_cues.append(text)
    for finding in findings:
        for text in finding_texts(finding):
            if finding.category in ("situation", "decision"):
                for family, title in _self_roles(text):
                    cues.family_counts[family] += 1
                    cues.titles.append(title)
            if finding.category in ("decision", "situation", "trigger"):
                for key, patterns in _BUYING_RE.items():
                    if any(p.search(text) for p in patterns):
                        cues.buying[key] += 1
            for pattern, weight in _NONBUYER_RE:
                if pattern.pattern not in seen_nonbuyer and pattern.search(text):
                    seen_nonbuyer.add(pattern.pattern)
                    cues.nonbuyer_score += weight
                    cues.nonbuyer_cues.append(text)
    return cues


def has_nonbuyer_cue(text: str) -> bool:
    """Whether a sentence says there is no budget, no intent or no authority to buy."""
    return any(pattern.search(text) for pattern, _ in _NONBUYER_RE)


DECISION_ROLE_RE = re.compile(
    r"budget|sign|decid|decision|approv|my call|recommend|evaluat|business case|owner|or[çc]amento|"
    r"signe|d[ée]cide|assina|decido|champion|influence|\bask us\b|take it to|\bsay\b",
    re.IGNORECASE,
)
