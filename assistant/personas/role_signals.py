"""Cues about the interviewee's own role level and buying position, read from their words (en, fr, pt, es, de).

Nothing here names a domain: a role is placed on a generic seniority ladder (hands-on individual
contributor, manager, executive or owner) from the title the participant gives for themselves, and
interviewees with no budget and no intent to buy are flagged as non-buyers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.core.models import Finding

# Seniority levels, from hands-on user to economic buyer; "nonbuyer" (students, retirees) sits apart.
ROLE_LEVELS: tuple[str, ...] = ("individual", "manager", "executive")

# Title words per level, in English, French, Portuguese, Spanish and German (feminine and plural forms).
LEVEL_WORDS: dict[str, str] = {
    "nonbuyer": (
        r"students?|ph\.?d\.?\s+candidate|doctoral\s+candidate|retired|retiree|"
        r"[ée]tudiante?s?|doctorante?|retrait[ée]e?|estudantes?|estudiantes?|aposentad[oa]|jubilad[oa]|"
        r"student(?:in)?|rentner(?:in)?|im\s+ruhestand"
    ),
    "executive": (
        r"directors?|vp|svp|evp|vice[\s-]presidents?|chief\s+\w+(?:\s+\w+)?\s+officer|chief|"
        r"c[efotimrh]o|chro|president|owners?|co-?owners?|founders?|co-?founders?|partners?|proprietors?|"
        r"managing\s+director|general\s+manager|"
        r"directeur|directrice|pr[ée]sidente?|fondat(?:eur|rice)|propri[ée]taire|associ[ée]e?|g[ée]rant\s+associ[ée]|"
        r"diretora?|presidente|s[óo]ci[oa]|fundador(?:a)?|propriet[áa]ri[oa]|dono|dona|"
        r"director(?:a)?|due[ñn][oa]|"
        r"direktor(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|inhaber(?:in)?|gr[üu]nder(?:in)?|vorstand"
    ),
    "manager": (
        r"managers?|manageress|lead|team\s+leader|leader|supervisors?|head(?:\s+of)?|controller|comptroller|"
        r"principal|superintendent|foreman|forewoman|"
        r"responsable|g[ée]rante?|chef|cheffe|superviseur|superviseuse|encadrante?|"
        r"gerente|gestor(?:a)?|supervisor(?:a)?|encarregad[oa]|chefe|"
        r"encargad[oa]|jef[ea]|"
        r"leiter(?:in)?|teamleiter(?:in)?|abteilungsleiter(?:in)?|vorgesetzte[r]?"
    ),
    "individual": (
        r"specialists?|clerks?|coordinators?|co-ordinators?|assistants?|analysts?|associates?|technicians?|"
        r"receptionists?|agents?|nurses?|teachers?|planners?|schedulers?|dispatchers?|accountants?|"
        r"bookkeepers?|administrators?|admins?|officers?|representatives?|reps?|secretar(?:y|ies)|"
        r"operators?|drivers?|cashiers?|therapists?|engineers?|developers?|designers?|staff|employees?|"
        r"sp[ée]cialiste|assistante?|technicien(?:ne)?|comptable|r[ée]ceptionniste|infirmi[èe]re?|"
        r"secr[ée]taire|enseignante?|professeure?|coordinat(?:eur|rice)|planificat(?:eur|rice)|"
        r"gestionnaire|analyste|employ[ée]e?|charg[ée]e?\s+de|conseill[èe]re?|"
        r"analista|assistente|auxiliar|t[ée]cnic[oa]|especialista|recepcionista|enfermeir[oa]|enfermer[oa]|"
        r"professor(?:a)?|coordenador(?:a)?|coordinador(?:a)?|contador(?:a)?|atendente|secret[áa]ri[oa]|"
        r"administrativ[oa]|planejador(?:a)?|planificador(?:a)?|"
        r"sachbearbeiter(?:in)?|assistent(?:in)?|techniker(?:in)?|analyst(?:in)?|spezialist(?:in)?|"
        r"buchhalter(?:in)?|pflegekraft|krankenschwester|krankenpfleger(?:in)?|lehrer(?:in)?|"
        r"koordinator(?:in)?|disponent(?:in)?|mitarbeiter(?:in)?"
    ),
}
_LEVEL_ORDER = ("nonbuyer", "executive", "manager", "individual")
# A title word, not a possessive ("the manager's job" names someone else's role).
_LEVEL_RE = {
    level: re.compile(r"\b(?:" + words + r")\b(?!['’]s\b)", re.IGNORECASE)
    for level, words in LEVEL_WORDS.items()
}

# Words that introduce the speaker's own title (first person) or, in model statements, the participant's.
_SELF = (
    r"(?:\bi'?m\b|\bi\s+am\b|\bi\s+work\s+as\b|\bi\s+serve\s+as\b|\bmy\s+(?:role|title|job|position)\s+is\b|"
    r"\bje\s+suis\b|\bje\s+travaille\s+comme\b|\bj'occupe\s+le\s+poste\s+de\b|"
    r"\beu\s+sou\b|\bsou\b|\btrabalho\s+como\b|\bsoy\b|\btrabajo\s+como\b|"
    r"\bich\s+bin\b|\bich\s+arbeite\s+als\b)"
)
# In a statement about the participant (a model's paraphrase), the third person is the participant.
_THIRD = r"(?:\bshe\s+is\b|\bhe\s+is\b|\bthey\s+are\b|\bshe'?s\b|\bhe'?s\b|\bthe\s+participant\s+is\b|\bworks\s+as\b)"
# Words that end a title: a place, an employer, a clause or a pause.
_STOP_WORDS = frozenset(
    """
    at for with in here there since and but so because who which that where to on as too now currently
    full-time part-time two three chez dans pour depuis et mais qui du deux trois em na no da do das dos
    numa num desde e mas que dois en para y pero tres bei im seit und aber der die von zwei
    """.split()
)
_FILLER_WORDS = frozenset(
    """
    a an the our their um uh like just currently now basically actually kind sort of well still really
    officially le la l' un une o os uma el los las una ein eine einer als also
    """.split()
)
_NOT_TITLE_START = frozenset(
    """
    my our their his her your we i they mon ma mes notre meu minha nosso nossa mi nuestro nuestra mein
    meine unser
    """.split()
)
_WORD_RE = re.compile(r"[\w'’/.&-]+|[,;:!?()\"“”]")
_INTRO_RE = re.compile(_SELF, re.IGNORECASE)
_THIRD_RE = re.compile(_SELF + "|" + _THIRD, re.IGNORECASE)
# Model statements open with the participant's name: "Dana is a scheduling coordinator at ...".
_NAMED_RE = re.compile(r"^\W*[A-Z][\w'-]+\s+(?:is|works\s+as)\b")
# "Operations manager at Acme." / "Front desk here": a title opening the sentence, then a place.
_LEADING_RE = re.compile(
    r"^\W*(?:(?:so|well|um|uh|yeah|oui|sim|bom|pues|also|ja)\W+){0,2}((?:[\w'’&/-]+\s+){0,4}?[\w'’&/-]+)\s+"
    r"(?:at|for|with|here|chez|da|na|no|en|bei)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 6


def _title_after(text: str) -> str:
    """The title words right after an introduction, up to the first stop word or punctuation."""
    words: list[str] = []
    for token in _WORD_RE.findall(text):
        lowered = token.lower().strip(".")
        if not lowered or token in ',;:!?()"“”':
            break
        if not words and lowered in _FILLER_WORDS:
            continue
        if lowered in _STOP_WORDS:
            break
        words.append(lowered)
        if len(words) >= _TITLE_WORDS or token.endswith("."):
            break
    return " ".join(words)


def _trim_title(phrase: str, level_match: re.Match[str]) -> str:
    """The title up to its level word plus a short complement ("director of operations", "diretora financeira")."""
    head = phrase[: level_match.end()].strip()
    rest = phrase[level_match.end() :].split()
    most = 3 if rest and rest[0] in ("of", "de", "des") else 1
    kept: list[str] = []
    for word in rest[:most]:
        if word in _STOP_WORDS or word in _FILLER_WORDS and word not in ("of", "de") or word[:1].isdigit():
            break
        kept.append(word)
    while kept and kept[-1] in ("of", "de", "des"):
        kept.pop()
    return " ".join([head, *kept]).strip(" .")


_ACTIVITY_WORDS = frozenset({"my", "to", "your", "his", "her", "their", "around", "about", "with", "for"})


def _title_prefix_ok(prefix: list[str]) -> bool:
    """Whether the words before a level word can be part of a title ("senior practice", not "getting my")."""
    if len(prefix) > 3 or any(word in _ACTIVITY_WORDS for word in prefix):
        return False
    # "scheduling coordinator" is a title; "getting ... head" or "trying ... lead" is an activity.
    return not (len(prefix) > 1 and prefix[0].endswith("ing"))


def classify_title(phrase: str) -> tuple[str, str] | None:
    """(level, trimmed title) of a self-described title phrase, or None if it names no known role."""
    if not phrase or phrase.split()[0] in _NOT_TITLE_START:
        return None
    for level in _LEVEL_ORDER:
        # A title's head word comes early ("senior practice manager"); one found deep in the phrase
        # belongs to an activity ("I'm getting my head around the principal's plan").
        matches = [
            m for m in _LEVEL_RE[level].finditer(phrase) if _title_prefix_ok(phrase[: m.start()].split())
        ]
        if matches:
            if level == "nonbuyer":
                return level, phrase[: matches[0].end()].strip(" .")
            return level, _trim_title(phrase, matches[-1])
    return None


def _self_roles(text: str, *, about_participant: bool = False) -> list[tuple[str, str]]:
    """(level, title) for each title the speaker gives for themselves in ``text``.

    ``about_participant`` marks a statement about the participant (a model's paraphrase), where
    "she is ..." and "Dana is ..." describe the participant; in the participant's own words they
    describe someone else.
    """
    found: list[tuple[str, str]] = []
    intro = _THIRD_RE if about_participant else _INTRO_RE
    starts = [m.end() for m in intro.finditer(text)]
    named = _NAMED_RE.match(text) if about_participant else None
    if named:
        starts.append(named.end())
    for start in starts:
        role = classify_title(_title_after(text[start:]))
        if role:
            found.append(role)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _THIRD_RE.search(sentence) or _NAMED_RE.match(sentence):
            continue
        leading = _LEADING_RE.match(sentence)
        if leading and leading.group(1).split()[0].lower() not in _FILLER_WORDS:
            role = classify_title(_title_after(leading.group(1)))
            if role:
                found.append(role)
    if _STANDALONE_NONBUYER.search(text):
        found.append(("nonbuyer", "student"))
    return found


_STANDALONE_NONBUYER = re.compile(
    r"\b(?:my|ma|mon|minha|mi|meine)\s+(?:thesis|dissertation|th[èe]se|m[ée]moire|tese|disserta[çc][ãa]o|"
    r"tesis|abschlussarbeit|masterarbeit|doktorarbeit)\b",
    re.IGNORECASE,
)

BUYING_CUES: dict[str, tuple[str, ...]] = {
    "owner": (
        r"\bi\s+(?:own|control|hold|have|manage|set)\s+the\s+(?:\w+\s+){0,3}budget",
        r"\bmy\s+budget\b",
        r"\bit'?s\s+my\s+(?:call|decision)\b",
        r"\bi\s+(?:make|own)\s+the\s+(?:final\s+)?(?:decision|call)\b",
        r"\bi\s+(?:decide|sign\s+off|sign\s+the\s+contract|approve\s+the\s+spend)\b",
        r"\bi'?ve\s+(?:got|set\s+aside|budgeted)\b[^.]{0,60}(?:thousand|hundred|\bk\b|\d)",
        r"\bbudget\s+is\s+approved\b",
        r"\beu\s+decido\b|\bmeu\s+or[çc]amento\b|\bor[çc]amento\b[^.]{0,40}\b[ée]\s+meu\b",
        r"\bc'est\s+moi\s+qui\s+(?:d[ée]cide|signe|valide)\b|\bje\s+d[ée]cide\b|\bmon\s+budget\b",
        r"\bj'ai\s+(?:un|le|mon)\s+budget\b",
        r"\byo\s+decido\b|\bmi\s+presupuesto\b|\btengo\s+(?:un|el)\s+presupuesto\b",
        r"\bich\s+entscheide\b|\bmein\s+budget\b|\bich\s+habe\s+(?:ein|das)\s+budget\b",
    ),
    "evaluator": (
        r"\bi\s+(?:do|run|lead|own)\s+the\s+(?:evaluation|selection|pilot|trial)\b",
        r"\bi\s+build\s+the\s+business\s+case\b",
        r"\bi\s+(?:put\s+together|make|write|prepare)\s+(?:the|a)\s+(?:recommendation|shortlist|comparison)\b",
        r"\bi\s+(?:would\s+|'d\s+)?(?:shortlist|compare\s+(?:the\s+)?options|run\s+the\s+demos?)\b",
        r"\bje\s+pr[ée]pare\s+le\s+dossier\b|\bje\s+fais\s+la\s+s[ée]lection\b|\bje\s+compare\b",
        r"\beu\s+(?:fa[çc]o|conduzo)\s+a\s+avalia[çc][ãa]o\b|\byo\s+(?:hago|llevo)\s+la\s+evaluaci[óo]n\b",
        r"\bich\s+(?:mache|leite)\s+die\s+(?:bewertung|auswahl|evaluierung)\b",
    ),
    "user": (
        r"\bi\s+don'?t\s+have\s+(?:any\s+|a\s+)?budget\b",
        r"\b(?:they|nobody|no\s+one)\s+(?:don'?t|doesn'?t|never)\s+(?:really\s+)?asks?\s+(?:us|me)\b",
        r"\bi'?(?:d|ll)\s+(?:take|bring)\s+it\s+to\b",
        r"\bnot\s+my\s+(?:call|decision)\b",
        r"\bi\s+(?:would\s+)?(?:just\s+)?(?:test|try|use)\s+it\b[^.]{0,40}\b(?:then|but)\b",
        r"\b(?:my|our|the)\s+(?:boss|manager|director|owners?|supervisor|principal)\s+"
        r"(?:decides|would\s+decide|signs|has\s+the\s+budget|makes\s+the\s+call)\b",
        r"\bon\s+the\s+evaluation\s+team\b|\bsit\s+in\s+on\s+the\s+demos\b",
        # In the participant's own words, someone else ("she", "he") holds the budget or the decision.
        r"\b(?:she|he)\s+(?:owns|holds|controls|has|manages|signs\s+off\s+on)\s+the\s+(?:\w+\s+){0,2}budget\b",
        r"\b(?:she|he)\s+(?:decides|makes\s+the\s+(?:call|decision)|has\s+the\s+final\s+say)\b",
        r"\b(?:elle|il)\s+(?:a|g[èe]re|d[ée]cide)\b[^.]{0,20}\bbudget\b|\b(?:ela|ele)\s+(?:tem|decide)\b[^.]{0,20}or[çc]amento\b",
        r"\bend\s+user\b|\bchampion\b",
        r"\bje\s+n'ai\s+pas\s+de\s+budget\b|\bn[ãa]o\s+tenho\s+or[çc]amento\b|\bno\s+tengo\s+presupuesto\b|"
        r"\bich\s+habe\s+kein\s+budget\b",
    ),
}

# How a statement about the participant (a model's paraphrase) names their buying position.
STATEMENT_BUYING_CUES: dict[str, tuple[str, ...]] = {
    "owner": (
        r"\bowns\s+the\s+(?:\w+\s+){0,3}(?:budget|decision)\b",
        r"\beconomic\s+buyer\b|\bbudget\s+owner\b|\bfinal\s+decision[- ]maker\b",
    ),
    "evaluator": (r"\bevaluator\b|\bbuilds\s+the\s+business\s+case\b|\bleads\s+the\s+evaluation\b",),
    "user": (r"\bhas\s+no\s+budget\b",),
}

# Signs that the interviewee will not buy: (pattern, weight). Strong signs weigh 2; three points make a non-buyer.
NONBUYER_CUES: tuple[tuple[str, int], ...] = (
    (r"\bzero\s+budget\b", 2),
    (r"\bi'?m\s+(?:just\s+|only\s+)?a\s+student\b", 2),
    (
        r"\b(?:my|the|his|her)\s+(?:thesis|dissertation)\b|\bma\s+th[èe]se\b|\bmon\s+m[ée]moire\b|"
        r"\bminha\s+(?:tese|disserta[çc][ãa]o)\b|\bmi\s+tesis\b|\bmeine\s+(?:abschluss|master|doktor)arbeit\b",
        2,
    ),
    (r"\b(?:never|wouldn'?t|would\s+not|won'?t|will\s+not)\s+(?:ever\s+)?pay\s+for\b", 2),
    (r"\bwrong\s+person\b", 2),
    (r"\bi\s+don'?t\s+(?:really\s+)?need\s+(?:anything|it|one|a\s+tool|software)\b", 2),
    (r"\b(?:not|no)\s+(?:looking|planning|intent\w*|plans?)\s+(?:to\s+)?(?:buy|switch|change|pay)\w*\b", 2),
    (r"\bno\s+(?:intent|intention)\b|\bnot\s+a\s+buyer\b|\bnon[- ]buyer\b", 2),
    (r"\bhappy\s+with\s+(?:what\s+i\s+(?:have|use|'?ve\s+got)|(?:my|the)\s+(?:current|old|free|paper)\b)", 2),
    (r"\b(?:works|does)\s+(?:fine|well|the\s+job)\s+for\s+me\b|\bgood\s+enough\s+for\s+me\b", 1),
    (
        r"\b(?:i'?m|i\s+am)\s+(?:retired|retiring|semi-retired)\b|\b(?:close|near)\s+to\s+retirement\b|"
        r"\bbefore\s+i\s+retire\b|\bfor\s+(?:a|my)\s+hobby\b|\bas\s+a\s+hobby\b",
        2,
    ),
    (r"\bno\s+(?:buying\s+|purchasing\s+)?authority\b", 1),
    (r"\bno\s+budget\b", 1),
    (r"\bpas\s+de\s+budget\b|\bsem\s+or[çc]amento\b|\bsin\s+presupuesto\b|\bkein\s+budget\b", 1),
    (
        r"\bje\s+n'ai\s+besoin\s+de\s+rien\b|\bn[ãa]o\s+preciso\s+de\s+nada\b|\bno\s+necesito\s+nada\b|"
        r"\bich\s+brauche\s+nichts\b|\bretrait[ée]e?\b|\baposentad[oa]\b|\bjubilad[oa]\b|\bim\s+ruhestand\b",
        2,
    ),
)

_BUYING_RE = {key: [re.compile(p, re.IGNORECASE) for p in patterns] for key, patterns in BUYING_CUES.items()}
_STATEMENT_BUYING_RE = {
    key: _BUYING_RE[key] + [re.compile(p, re.IGNORECASE) for p in STATEMENT_BUYING_CUES[key]]
    for key in _BUYING_RE
}
_NONBUYER_RE = [(re.compile(p, re.IGNORECASE), weight) for p, weight in NONBUYER_CUES]

LEVEL_NAMES = {
    "individual": "Hands-on staff",
    "manager": "Managers",
    "executive": "Executives and owners",
    "nonbuyer": "Non-buyers",
}
"""Fallback labels when members give no title in their own words."""


@dataclass
class RoleCues:
    """What the participant's own words say about their role level and buying position."""

    interview_id: str
    level_counts: Counter[str] = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)
    buying: Counter[str] = field(default_factory=Counter)
    nonbuyer_score: int = 0
    nonbuyer_cues: list[str] = field(default_factory=list)

    @property
    def level(self) -> str | None:
        """The most supported role level (ties go to the more senior one)."""
        ranked = [(self.level_counts[lvl], i, lvl) for i, lvl in enumerate(("nonbuyer", *ROLE_LEVELS))]
        best = max(ranked)
        return best[2] if best[0] > 0 else None

    @property
    def title(self) -> str | None:
        """The title the participant gives most often for themselves."""
        titles = Counter(t for t in self.titles if t)
        return max(titles, key=lambda t: (titles[t], -self.titles.index(t))) if titles else None

    @property
    def is_nonbuyer(self) -> bool:
        """Non-buyer signs worth three points (a student or retiree title counts two) and no budget of their own."""
        score = self.nonbuyer_score + (2 if self.level_counts["nonbuyer"] else 0)
        return score >= 3 and self.buying["owner"] == 0


def finding_texts(finding: Finding) -> list[str]:
    """The participant's words and the statement about them."""
    texts = [finding.quote]
    if finding.statement and finding.statement.strip() != finding.quote.strip():
        texts.append(finding.statement)
    return texts


def is_paraphrase(finding: Finding, text: str) -> bool:
    """Whether ``text`` is the finding's statement in other words than the quote (a model's description)."""
    return text is not finding.quote and " ".join(finding.quote.split()) not in " ".join(text.split())


def _read_text(cues: RoleCues, text: str, seen: set[str], *, roles: bool, buying: bool, about: bool) -> None:
    if roles:
        for level, title in _self_roles(text, about_participant=about):
            cues.level_counts[level] += 1
            cues.titles.append(title)
    if buying:
        for key, patterns in (_STATEMENT_BUYING_RE if about else _BUYING_RE).items():
            if any(p.search(text) for p in patterns):
                cues.buying[key] += 1
    for pattern, weight in _NONBUYER_RE:
        if pattern.pattern not in seen and pattern.search(text):
            seen.add(pattern.pattern)
            cues.nonbuyer_score += weight
            cues.nonbuyer_cues.append(text)


def read_cues(
    interview_id: str, findings: list[Finding], participant_texts: list[str] | None = None
) -> RoleCues:
    """Collect role-level, buying and non-buyer cues from one interview's findings and the participant's own turns.

    Only self-descriptions count for the role ("I'm the practice manager"), so a participant who talks
    about their manager is not taken for one.
    """
    cues = RoleCues(interview_id=interview_id)
    seen: set[str] = set()
    for text in participant_texts or []:
        _read_text(cues, text, seen, roles=True, buying=True, about=False)
    for finding in findings:
        for text in finding_texts(finding):
            _read_text(
                cues,
                text,
                seen,
                roles=finding.category in ("situation", "decision"),
                buying=finding.category in ("decision", "situation", "trigger"),
                about=is_paraphrase(finding, text),
            )
    return cues


def has_nonbuyer_cue(text: str) -> bool:
    """Whether a sentence says there is no budget, no intent or no authority to buy."""
    return any(pattern.search(text) for pattern, _ in _NONBUYER_RE)


DECISION_ROLE_RE = re.compile(
    r"budget|sign|decid|decision|approv|my call|recommend|evaluat|business case|owner|or[çc]amento|"
    r"presupuesto|signe|d[ée]cide|assina|decido|entscheid|champion|influence|\bask us\b|take it to|\bsay\b",
    re.IGNORECASE,
)
