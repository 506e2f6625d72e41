"""Replace personal data (emails, phones, street addresses, person names) with stable placeholders.

The mapping lives in ``<workspace>/pseudonyms.json`` so the same person gets the same placeholder in
every transcript of the study, and a researcher can reverse it. It is written atomically before any
transcript that uses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.storage import atomic_write_json, read_json

if TYPE_CHECKING:
    from assistant.core.models import Transcript
    from assistant.core.workspace import Workspace

KINDS = ("PERSON", "EMAIL", "PHONE", "ADDRESS")
PLACEHOLDER = re.compile(r"\[(PERSON|EMAIL|PHONE|ADDRESS)-(\d+)\]")

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?(?![\w])"
)
ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][A-Za-z'-]+\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy)\b\.?"
    r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|place|chemin|allée)\s+(?:d[eu']\s?|des\s+|la\s+|l')?[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)*"
    r"|\b(?:Rua|Avenida|Av\.|Calle)\s+[A-ZÀ-Ý][\w'-]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ý][\w'-]+)*,?\s+\d{1,5}\b"
)
_CAPITALISED = re.compile(
    r"(?<![\w'’-])(?=([A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+([A-ZÀ-Ý][a-zà-ÿ'’-]{1,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b)"
)
_CONTEXT = re.compile(
    r"\b(?:colleague|coworker|co-worker|boss|manager|supervisor|lead|director|CFO|CEO|VP|controller|"
    r"named|called|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|collègue|chef|DAF|colega|chefe|gerente)\b[,:]?\s*$",
    re.I,
)
GENERIC_LABELS = re.compile(
    r"^(?:speaker|interviewer|interviewee|participant|moderator|respondent|host|guest|me|you|unknown|"
    r"unknown speaker|q|a|question|answer|p\d*|r\d*|s\d*|es\d+|user|customer)(?:\s*\d+)?$",
    re.I,
)

# Common given names (en, fr, pt, es, de): a capitalised pair starting with one of these is a person.
FIRST_NAMES = frozenset(
    """aaron adam adrian alan albert alex alexander alexandra alice alicia amanda amy ana andrea andrew angela anna
    anne anthony antoine antonio arthur ashley barbara ben benjamin beth bob brad brandon brian bruno carl carla
    carlos carol caroline catherine charles charlotte chris christian christine christopher claire claude clara
    daniel daniela danielle dana dave david deborah dennis diana diego dominique donald dorothy edward elena
    elizabeth emily emma eric erik eva evelyn felipe fernanda fernando florian frances francis francisco frank
    françois frédéric gabriel gabriela gary george gerhard gloria grace greg gregory hannah hans harry heather
    helen henry hugo ian isabel isabelle jack jacob jacques james jamie jan jane janet jason jean jeff jeffrey
    jennifer jeremy jerry jessica jim joan joe john jonathan jorge jose josé joseph joshua juan julia julie julien
    justin karen kate katherine kathleen keith kelly kelsey kevin kim kyle larry laura lauren laurent lea leo
    linda lisa lucas lucia luis luisa luiz luke manuel marc marcus margaret maria marie mario mark martin mary
    matheus mathieu matt matthew maxime megan melissa michael michel michelle miguel mike monica nancy natalie
    nathan nicholas nicolas nicole olivia omar pablo pamela patricia patrick paul paula pedro peter philippe
    pierre priya rachel rafael raymond rebecca renata richard robert roberto roger ronald rose ruth ryan sam
    samantha samuel sandra sara sarah scott sean sebastian sébastien sharon shirley sophie stefan stephanie
    stephen steve steven susan tanya teresa thierry thomas tim timothy tom tony tyler valérie vanessa victor
    vincent virginia walter wayne william wolfgang yves zoe""".split()
)
WORD_NAMES = frozenset(
    """mark will bill may june april august rose grace faith hope joy pat sue rob art jack frank amber dawn
    summer guy ray max wade chase hunter drew miles sky eve jean penny victor bob don gene""".split()
)
"""Given names that are also common words: replaced only as part of a full name, never alone."""
NOT_NAMES = frozenset(
    """the and but so then our my your his her their this that these those monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october november december
    series master mountain north south east west new san los las saint st google microsoft zoom teams excel
    quickbooks netsuite sage linkedin gartner amazon""".split()
)


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def _phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


class Pseudonymiser:
    """Stable placeholders for personal data, shared by every transcript of a workspace."""

    def __init__(self, path: Path | None = None, extra_names: Iterable[str] = ()) -> None:
        self.path = path
        self.entities: dict[str, str] = {}
        """placeholder -> original (first spelling seen)."""
        self._lookup: dict[tuple[str, str], str] = {}
        self._counters = {kind: 0 for kind in KINDS}
        self._dirty = False
        self._surfaces: set[str] = set()
        """Spellings of person names to replace (case-sensitive, so 'Mark' matches but 'mark' does not)."""
        self._names: re.Pattern[str] | None = None
        if path is not None and path.exists():
            data = read_json(path)
            for placeholder, original in (data.get("entities") or {}).items():
                self._register(placeholder, original)
        for name in extra_names:
            self.add_name(name)

    # -- mapping -------------------------------------------------------------------------
    def _register(self, placeholder: str, original: str) -> None:
        match = PLACEHOLDER.fullmatch(placeholder)
        if not match:
            return
        kind, number = match.group(1), int(match.group(2))
        self.entities[placeholder] = original
        self._lookup[(kind, self._key(kind, original))] = placeholder
        self._counters[kind] = max(self._counters[kind], number)
        if kind == "PERSON":
            self._add_surfaces(original, placeholder)

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return _phone_digits(value) if kind == "PHONE" else _norm(value)

    def placeholder(self, kind: str, original: str) -> str:
        """The placeholder for ``original``, creating the next one of its kind when new."""
        key = (kind, self._key(kind, original))
        found = self._lookup.get(key)
        if found is not None:
            return found
        self._counters[kind] += 1
        placeholder = f"[{kind}-{self._counters[kind]}]"
        self.entities[placeholder] = original
        self._lookup[key] = placeholder
        self._dirty = True
        return placeholder

    def add_name(self, name: str, *, with_first_name: bool = True) -> str | None:
        """Register a person's name (and their given name alone, mapped to the same placeholder)."""
        name = re.sub(r"\s+", " ", name).strip()
        if len(name) < 2 or GENERIC_LABELS.match(name) or PLACEHOLDER.fullmatch(name):
            return None
        placeholder = self.placeholder("PERSON", name)
        self._add_surfaces(name, placeholder, with_first_name)
        return placeholder

    def _add_surfaces(self, name: str, placeholder: str, with_first_name: bool = True) -> None:
        self._surfaces.add(name)
        parts = name.split(" ")
        first = parts[0]
        if (
            with_first_name
            and len(parts) >= 2
            and len(first) >= 3
            and first[:1].isupper()
            and first.casefold() not in NOT_NAMES
            and first.casefold() not in WORD_NAMES
        ):
            self._lookup.setdefault(("PERSON", _norm(first)), placeholder)
            self._surfaces.add(first)

    def save(self) -> None:
        """Write the mapping atomically (only when it changed)."""
        if self.path is None or not self._dirty:
            return
        atomic_write_json(self.path, {"version": 1, "entities": self.entities})
        self._dirty = False

    # -- detection -----------------------------------------------------------------------
    def detect_names(self, texts: Iterable[str]) -> None:
        """Find person names in text: 'First Last' with a known given name or a 'my colleague' cue."""
        for text in texts:
            for match in _CAPITALISED.finditer(text):
                first, last = match.group(1), re.sub(r"['’]s$", "", match.group(2))
                if first.casefold() in NOT_NAMES or last.casefold() in NOT_NAMES:
                    continue
                before = text[max(0, match.start() - 40) : match.start()]
                at_sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?:"“'
                known_first = first.casefold() in FIRST_NAMES
                cue = bool(_CONTEXT.search(before))
                if known_first and (not at_sentence_start or cue) or cue:
                    self.add_name(f"{first} {last}")

    def _name_pattern(self) -> re.Pattern[str] | None:
        names = sorted(self._surfaces, key=len, reverse=True)
        if not names:
            return None
        alternatives = "|".join(r"\s+".join(re.escape(part) for part in name.split(" ")) for name in names)
        return re.compile(rf"(?<![\w@.\[-])(?:{alternatives})(?![\w@])")

    def prepare(self, texts: Iterable[str], speakers: Iterable[str], extra_names: Iterable[str] = ()) -> None:
        """Register speakers, configured names and detected names before replacing."""
        for speaker in speakers:
            self.add_name(speaker)
        for name in extra_names:
            self.add_name(name)
        self.detect_names(texts)
        self._names = self._name_pattern()

    def replace(self, text: str) -> str:
        """``text`` with emails, phones, addresses and registered names replaced."""
        if not text:
            return text
        text = EMAIL.sub(lambda m: self.placeholder("EMAIL", m.group(0)), text)
        text = PHONE.sub(self._phone, text)
        text = ADDRESS.sub(lambda m: self.placeholder("ADDRESS", m.group(0)), text)
        pattern = self._names
        if pattern is not None:
            text = pattern.sub(lambda m: self._lookup.get(("PERSON", _norm(m.group(0))), m.group(0)), text)
        return text

    def _phone(self, match: re.Match[str]) -> str:
        value = match.group(0)
        digits = _phone_digits(value)
        if not 9 <= len(digits) <= 15:
            return value
        if re.fullmatch(r"(?:19|20)\d\d[\s.-]\d{1,2}[\s.-]\d{1,2}", value.strip()):
            return value  # a date, not a phone
        return self.placeholder("PHONE", value)

    def label(self, speaker: str | None) -> str | None:
        """A speaker label pseudonymised (generic labels like 'Speaker 1' stay)."""
        if speaker is None or GENERIC_LABELS.match(speaker.strip()):
            return speaker
        return self._lookup.get(("PERSON", _norm(speaker))) or self.replace(speaker)

    # -- reversing -----------------------------------------------------------------------
    def reverse(self, text: str) -> str:
        """Put the original values back in place of placeholders."""
        return PLACEHOLDER.sub(lambda m: self.entities.get(m.group(0), m.group(0)), text)


def load_pseudonymiser(workspace: Workspace) -> Pseudonymiser:
    """The workspace's pseudonymiser with ``privacy.names`` registered."""
    return Pseudonymiser(workspace.pseudonyms_path, workspace.settings.privacy.names)


def pseudonymise_transcript(
    workspace: Workspace, transcript: Transcript, *, keep: frozenset[str] | set[str] = frozenset()
) -> None:
    """Replace names, emails, phones and addresses in a transcript in place, before it is stored.

    Speakers in ``keep`` (the interviewer of a live session, note turns) keep their labels. The
    mapping is saved before the caller stores any transcript that uses it.
    """
    pseudonymiser = load_pseudonymiser(workspace)
    speakers = sorted({u.speaker for u in transcript.utterances if u.speaker and u.speaker not in keep})
    pseudonymiser.prepare((u.text for u in transcript.utterances), speakers)
    labels = {speaker: pseudonymiser.label(speaker) or speaker for speaker in speakers}
    for utterance in transcript.utterances:
        utterance.text = pseudonymiser.replace(utterance.text)
        if utterance.speaker in labels:
            utterance.speaker = labels[utterance.speaker]
    interview = transcript.interview
    if interview.participant:
        interview.participant = labels.get(interview.participant, interview.participant)
    interview.title = pseudonymiser.replace(interview.title)
    interview.pseudonymised = True
    pseudonymiser.save()
