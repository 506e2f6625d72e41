"""Replace personal data with stable placeholders before anything is stored, indexed or sent to a model.

People become "Person 3"; e-mails, phones, addresses, listed identifiers and listed employers become
"[EMAIL-1]", "[PHONE-2]", "[ADDRESS-1]", "[ID-1]", "[ORG-1]". The map lives in
``<workspace>/pseudonyms.json`` (mode 0600) so the same person gets the same placeholder in every
transcript, and the researcher can reverse it. Map updates hold an exclusive lock, so concurrent
imports never hand one placeholder to two people.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import WorkspaceError
from assistant.core.storage import atomic_write_json, read_json
from assistant.core.words import (
    READ_SHARE,
    UNSPACED_LETTER,
    base_language,
    plain_letters,
    plain_zipf,
    wordfreq_languages,
)
from assistant.ingest.lexicon import calendar_names, commonness, word_languages
from assistant.ingest.names import (
    DETERMINERS,
    FUNCTION_WORDS,
    NO_RANK,
    PARTICLES,
    SMALL_TOWN,
    TITLES,
    UNREAD_ZIPF,
    WORD_LIST_OF,
    NameFinder,
    Token,
    after_saint,
    mask_addresses,
    read_share,
    tokenize,
)
from assistant.ingest.names_caseless import (
    HANGUL_RUN,
    INDIC_SUFFIXES,
    KO_WORD_ZIPF,
    CaselessNameFinder,
    has_caseless_text,
    listed_zipf,
    own_word,
    prefix_splits,
    prefixed_word,
)
from assistant.ingest.pii import Match, find_structured, phone_digits

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from assistant.core.models import Transcript
    from assistant.core.workspace import Workspace

KINDS = ("PERSON", "EMAIL", "PHONE", "ADDRESS", "ID", "ORG")
PLACEHOLDER = re.compile(
    r"(?<![A-Za-z0-9_])Person (\d+)(?![A-Za-z0-9_])|\[(PERSON|EMAIL|PHONE|ADDRESS|ID|ORG)-(\d+)\]"
)
"""A placeholder, also right before or after Japanese or Chinese letters ("Person 1さんと")."""
GENERIC_LABELS = re.compile(
    r"^(?:speaker|interviewer|interviewerin|interviewee|participant|participante|moderator|moderatorin|"
    r"moderador|moderadora|respondent|host|guest|me|you|unknown|unknown speaker|q|a|question|answer|"
    r"p\d*|r\d*|s\d*|es\d+|user|customer|teilnehmer|teilnehmerin|befragte|befragter|partner|partnerin|"
    r"sprecher|sprecherin|gesprächspartner|gesprächspartnerin|interviewte|interviewter|"
    r"interviewé|interviewée|enquêté|enquêtée|répondant|répondante|animateur|animatrice|chercheur|"
    r"chercheuse|encuestado|encuestada|investigador|investigadora|pesquisador|pesquisadora|"
    r"entrevistador|entrevistadora|entrevistado|entrevistada|locuteur|locutrice|"
    r"enquêteur|enquêtrice|intervieweur|intervieweuse|hablante|orador|oradora|falante|note|notes|"
    r"intervistatore|intervistatrice|intervistato|intervistata|partecipante|moderatrice|"
    r"ricercatore|ricercatrice|geïnterviewde|geinterviewde|deelnemer|deelneemster|gespreksleider|"
    r"onderzoeker|interviewster|"
    r"badacz|badaczka|rozmówca|rozmówczyni|uczestnik|uczestniczka|respondentka|prowadzący|prowadząca|"
    r"ankieter|ankieterka|tazatel|tazatelka|účastník|účastnice|účastníčka|výzkumník|výskumník|"
    r"intervjuare|intervjuer|deltagare|deltager|deltaker|forskare|forsker|haastattelija|haastateltava|"
    r"osallistuja|tutkija|görüşmeci|katılımcı|araştırmacı|intervievator|participantă|cercetător|"
    r"kérdező|interjúalany|résztvevő|kutató|ispitivač|sudionik|ispitanik|"
    r"person|researcher|facilitator|ai|assistant|bot|system|"
    r"интервьюер|интервьюерка|респондент|респондентка|участник|участница|модератор|исследователь|"
    r"исследовательница|ведущий|ведущая|собеседник|собеседница|спикер|інтерв['’]юер|учасник|учасниця|"
    r"дослідник|дослідниця|інтервюиращ|"
    # scripts without capitals: interviewer, interviewee, participant, moderator, researcher
    r"المحاور|المحاورة|محاور|محاورة|المشارك|المشاركة|مشارك|مشاركة|الباحث|الباحثة|المقابل|الضيف|"
    r"مصاحبه‌گر|مصاحبه‌شونده|شرکت‌کننده|انٹرویو لینے والا|شریک|"
    r"מראיין|מראיינת|מרואיין|מרואיינת|משתתף|משתתפת|חוקר|חוקרת|מנחה|"
    r"साक्षात्कारकर्ता|प्रतिभागी|उत्तरदाता|शोधकर्ता|সাক্ষাৎকারগ্রহণকারী|অংশগ্রহণকারী|"
    r"インタビュアー|インタビュイー|回答者|参加者|聞き手|話し手|司会|調査者|質問者|"
    r"采访者|访谈者|訪談者|受访者|受訪者|参与者|參與者|主持人|研究员|研究員|"
    r"인터뷰어|진행자|참여자|응답자|면접관|연구자|ผู้สัมภาษณ์|ผู้ให้สัมภาษณ์|ผู้เข้าร่วม)(?:\s*\d+)?$",
    re.I,
)
CODE_NAME_RANK = 60
"""A language's two-letter code in a file name is read as a word unless it is also among the 60 most
popular surnames or given names ("hu", "he", "ko", "el"): then it is judged as a name, as before."""
ACRONYM_LETTERS = 5
"""A word of a file name written in capitals and this short ("REE", "SVM") is an acronym, left to the
name finder."""
FILE_GIVEN_RANK = 100
"""In a file name, a word among the 100 most popular given names somewhere is a name ("anna", "mark",
"sarah"), unless it is a word as common as ``FILE_WORD_ZIPF``: a slug has no capitals to tell them
apart, and a name left in an interview id is in every utterance id."""
FILE_NAME_RANK = 1000
"""A file-name word this popular as a given name or surname somewhere ("whitfield") is a
name when it is a rarer word than ``FILE_MAYBE_ZIPF``; a commoner one ("owner", "baker", "rossi") is a
name only beside another name ("giulia-rossi")."""
FILE_MAYBE_ZIPF = 4.0
"""See ``FILE_NAME_RANK``; a known name of any rank that is a rarer word than this and no word of the
languages read even in plain letters (a rare surname) is a name too."""
FILE_WORD_ZIPF = 5.5
"""Zipf frequency from which a popular name in a file name is read as the word ("may", "will")."""
FILE_PLAIN_ZIPF = 3.0
"""A file-name word that is no popular name and is, in plain letters, a word this common of the
transcript's language or of the languages the finder reads, is a plain word (a file name's words are
few and chosen: "wywiad", "gorusme", "apteka")."""
COMMON_WORD = 4.5
"""Zipf frequency above which a name that is also a word ("Mark", "Rose") is replaced only in name position."""
RARE_WORD = 3.5
"""Zipf frequency below which a known name written in lower case ("ngozi", "edson": automatic
captions, quick typing) is replaced too; a speaker's own name words up to COMMON_WORD."""


_FIRM_WORDS = (
    "製作所|工業|商店|商事|工務店|建設|産業|電機|精機|工場|病院|医院|薬局|書店|食堂|銀行|株式会社|有限会社|合同会社|"
    "公司|集团|集團|商行|醫院|药店|藥局|超市|饭店|飯店|상사|회사|병원|약국|식당|학원|마트"
)
_FIRM_AFTER = re.compile(f"(?:{_FIRM_WORDS})")
"""Kinds of firm written right after their name in Japanese, Chinese and Korean ("<name>製作所",
"<name>公司"); with words between ("<name>去医院", went to the hospital) the name is someone's."""
_FIRM_BEFORE = re.compile("(?:株式会社|有限会社|合同会社)$")
"""Japanese company forms written before the name ("株式会社<name>")."""
_JOINING_SCRIPT = re.compile("[\u0590-\u06ff\u0750-\u077f\u0900-\u0dff]")
"""Letters of the scripts that join prefixes or honorifics to a name (Hebrew, Arabic, Indic)."""


def _joined(words: list[str]) -> str:
    """Name words written back as a name: letters of a script without spaces ("田", "中") join
    without one."""
    text = words[0] if words else ""
    for previous, word in zip(words, words[1:], strict=False):
        unspaced = UNSPACED_LETTER.fullmatch(previous[-1]) and UNSPACED_LETTER.fullmatch(word[0])
        text += ("" if unspaced else " ") + word
    return text


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def format_placeholder(kind: str, number: int) -> str:
    return f"Person {number}" if kind == "PERSON" else f"[{kind}-{number}]"


def _parse_placeholder(placeholder: str) -> tuple[str, int] | None:
    match = PLACEHOLDER.fullmatch(placeholder)
    if not match:
        return None
    if match.group(1):
        return "PERSON", int(match.group(1))
    return match.group(2), int(match.group(3))


@contextmanager
def map_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the pseudonym map (one writer at a time, across processes)."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise WorkspaceError(f"{lock_path}: cannot lock the pseudonym map ({exc.strerror})") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


ADDRESS_NAME_RANK = 300
"""A name found only inside addresses is still registered when a word of it is among this many most
popular given names anywhere (``_address_part``)."""


def _only_in_addresses(
    name: str, texts: Sequence[str], addresses: Sequence[Sequence[tuple[int, int]]], inside: set[str]
) -> bool:
    """Whether every mention of ``name`` in ``texts`` lies inside an address that will be replaced with
    it (``inside``: the words written inside those addresses, a quick first test). A name any word of
    which is also said outside an address stays a name, even if an address took it in ("<street> 5,
    <town>, <given name> <surname> lives next door", then "<given name> came by")."""
    words = name.split()
    if not words or any(word.casefold() not in inside for word in words):
        return False
    mentions = 0
    for word in words:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        for text, spans in zip(texts, addresses, strict=True):
            for match in pattern.finditer(text):
                mentions += 1
                if not any(start <= match.start() and match.end() <= end for start, end in spans):
                    return False
    return mentions > 0


class Pseudonymiser:
    """Stable placeholders for personal data, shared by every transcript of a workspace."""

    def __init__(
        self,
        path: Path | None = None,
        extra_names: Iterable[str] = (),
        *,
        identifiers: Iterable[str] = (),
        organisations: Iterable[str] = (),
        languages: Iterable[str] = ("en",),
        finder: NameFinder | None = None,
    ) -> None:
        self.path = path
        self.entities: dict[str, str] = {}
        """placeholder -> original (first spelling seen)."""
        self._lookup: dict[tuple[str, str], str] = {}
        self._counters = dict.fromkeys(KINDS, 0)
        self._dirty = False
        self._names: dict[tuple[str, ...], str] = {}
        """Words of a person's name (casefolded) -> placeholder: full names and their parts."""
        self._lowercase: set[str] = set()
        """Name words also replaced when written in lower case (automatic transcripts)."""
        self._speaker_words: set[str] = set()
        """Name words of the speakers of the transcript being replaced."""
        self._lower_seen: set[str] | None = None
        """Words the transcript being prepared also writes in lower case (None: not known)."""
        self._terms: dict[str, str] = {}
        self._things: set[str] = set()
        """Words (casefolded) a transcript introduced as a product or an organisation, never as someone
        (``FoundNames.things``): later transcripts keep them where no cue speaks of someone."""
        self._languages = tuple(languages)
        self._finder = finder
        self._structured: dict[str, list[Match]] = {}
        """Contact details found in the texts of the transcript being prepared, reused by ``replace``."""
        if path is not None and path.exists():
            data = read_json(path)
            for placeholder, original in (data.get("entities") or {}).items():
                self._register(placeholder, original)
            self._lowercase.update(data.get("lowercase") or [])
            self._things.update(data.get("things") or [])
        for name in extra_names:
            self.add_name(name)
        for term in identifiers:
            self.add_term(term, "ID")
        for term in organisations:
            self.add_term(term, "ORG")

    @property
    def finder(self) -> NameFinder:
        if self._finder is None:
            self._finder = NameFinder(self._languages)
        return self._finder

    # -- mapping -------------------------------------------------------------------------
    def _register(self, placeholder: str, original: str) -> None:
        parsed = _parse_placeholder(placeholder)
        if parsed is None:
            return
        kind, number = parsed
        self.entities[placeholder] = original
        self._lookup[(kind, self._key(kind, original))] = placeholder
        self._counters[kind] = max(self._counters[kind], number)
        if kind == "PERSON":
            self._add_name_words(original, placeholder)
        elif kind in ("ID", "ORG"):
            self._terms[original] = kind

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return phone_digits(value) if kind == "PHONE" else _norm(value)

    def placeholder(self, kind: str, original: str) -> str:
        """The placeholder for ``original``, creating the next one of its kind when new."""
        key = (kind, self._key(kind, original))
        found = self._lookup.get(key)
        if found is not None:
            return found
        self._counters[kind] += 1
        placeholder = format_placeholder(kind, self._counters[kind])
        self.entities[placeholder] = original
        self._lookup[key] = placeholder
        self._dirty = True
        return placeholder

    def add_term(self, term: str, kind: str) -> str | None:
        """A researcher-listed identifier (``ID``) or employer (``ORG``), replaced wherever it occurs."""
        term = re.sub(r"\s+", " ", term).strip()
        if len(term) < 2:
            return None
        self._terms[term] = kind
        self._structured.clear()  # found without the new term
        return self.placeholder(kind, term)

    def add_name(self, name: str, *, lowercase: bool = False) -> str | None:
        """Register a person's name; each of its words alone maps to the same placeholder."""
        name = re.sub(r"\s+", " ", name).strip()
        if len(name) < 2 or self.generic_label(name) or PLACEHOLDER.fullmatch(name):
            return None
        words = self._name_words(name)
        if not words:
            return None
        known = self._names.get(tuple(w.casefold() for w in words))
        placeholder = known or self.placeholder("PERSON", _joined(words))
        self._add_name_words(name, placeholder)
        if lowercase:
            self._lowercase.update(w.casefold() for w in words)
            self._dirty = True
        return placeholder

    def add_caseless_name(self, name: str, parts: Iterable[str] = ()) -> str | None:
        """Register a name written in a script without capitals, and the parts of it that name the same
        person alone ("○○△△": "○○", "△△"), replaced wherever they are written."""
        words = tuple(w.casefold() for w in self._name_words(name))
        # a part already known (a speaker's surname) makes the full name that person's
        known = next(
            (self._names[k] for k in (tuple(self._name_words(p)) for p in parts) if k in self._names), None
        )
        if known is not None and words and words not in self._names:
            self._names[words] = known
            self._lowercase.update(words)
            self._dirty = True
        placeholder = self.add_name(name, lowercase=True)
        if placeholder is None:
            return None
        for part in parts:
            words = tuple(w.casefold() for w in self._name_words(part))
            if HANGUL_RUN.fullmatch(part) and listed_zipf(part, "ko") >= KO_WORD_ZIPF:
                continue  # "김○○"'s given name that is also an everyday word ("하나", one): the full name only
            if words and len(part) >= 2:
                self._names.setdefault(words, placeholder)
                self._lowercase.update(words)
        return placeholder

    @staticmethod
    def _name_words(name: str) -> list[str]:
        words = [t.text for t in tokenize(name) if t.key not in TITLES and t.key.rstrip(".") not in TITLES]
        return [w for w in words if len(w) >= 2 or len(words) > 1]

    def _add_name_words(self, name: str, placeholder: str) -> None:
        words = [w.casefold() for w in self._name_words(name)]
        if not words:
            return
        self._names[tuple(words)] = placeholder
        if len(words) > 1:
            for word in words:
                if word not in PARTICLES and word not in FUNCTION_WORDS and len(word) >= 2:
                    self._names.setdefault((word,), placeholder)
            # "○○ △△": each part written apart is the same person ("○○です"); a part of one
            # character ("王 伟") is also a word, and stays
            for part in name.split():
                chars = tuple(w.casefold() for w in self._name_words(part))
                if len(chars) >= 2 and all(UNSPACED_LETTER.fullmatch(c) for c in chars):
                    self._names.setdefault(chars, placeholder)
                    if self._names[chars] == placeholder:
                        self._lowercase.update(chars)

    def save(self) -> None:
        """Write the map atomically, readable by its owner only (when it changed)."""
        if self.path is None or not self._dirty:
            return
        atomic_write_json(
            self.path,
            {
                "version": 2,
                "entities": self.entities,
                "lowercase": sorted(self._lowercase),
                "things": sorted(self._things),
            },
        )
        try:
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise WorkspaceError(
                f"{self.path}: cannot make the pseudonym map private ({exc.strerror})"
            ) from exc
        self._dirty = False

    # -- detection -----------------------------------------------------------------------
    def prepare(
        self,
        texts: Iterable[str],
        speakers: Iterable[str] = (),
        extra_names: Iterable[str] = (),
    ) -> None:
        """Register speakers, configured names and the names found in ``texts`` before replacing."""
        texts = list(texts)
        speakers = self._named_speakers(speakers)
        for name in [*speakers, *extra_names]:
            self.add_name(name)
        self._speaker_words = {w.casefold() for s in speakers for w in self._name_words(s)}
        self._lower_seen = {
            t.key for text in texts for t in tokenize(mask_addresses(text)) if t.text.islower()
        }
        found = self.finder.find(
            texts, known=[*speakers, *extra_names, *self._known_names()], things=self._things
        )
        self._structured = {text: self._find_structured(text) for text in texts}
        addresses = [
            [(m.start, m.end) for m in self._structured[text] if m.kind == "ADDRESS"] for text in texts
        ]
        if any(addresses):
            inside = {
                w.casefold()
                for text, spans in zip(texts, addresses, strict=True)
                for start, end in spans
                for w in re.findall(r"\w+", text[start:end])
            }
            found.full = [n for n in found.full if not self._address_part(n, texts, addresses, inside)]
            found.single = [n for n in found.single if not self._address_part(n, texts, addresses, inside)]
        self._keep_things(found.things)
        for full in found.full:
            self.add_name(full, lowercase=full.islower())
        for word in found.single:
            if (word.casefold(),) not in self._names:
                self.add_name(word)
        if found.lowercase:
            self._lowercase.update(found.lowercase)
            self._dirty = True
        if has_caseless_text(texts):
            caseless = CaselessNameFinder().find(texts, known=[*speakers, *extra_names])
            for name, parts in caseless.names:
                self.add_caseless_name(name, parts)

    def _address_part(
        self,
        name: str,
        texts: Sequence[str],
        addresses: Sequence[Sequence[tuple[int, int]]],
        inside: set[str],
    ) -> bool:
        """A name the finder found that is only ever written inside addresses replaced with it: the district
        and the town of "Kel. <district>, Kec. <district>, Kota <town> 40123" are no one to register, or the
        same words would become "Person N" wherever else they stand. Not when a word of it is a popular
        given name (``ADDRESS_NAME_RANK``): a person an address pattern took in ("<street> 12, Co.
        <county>, <given name> <surname>, <street> 14") is registered, so that a later transcript that
        names them with less around it finds them in the map."""
        return _only_in_addresses(name, texts, addresses, inside) and not any(
            self.finder.first_rank(word.casefold()) <= ADDRESS_NAME_RANK for word in name.split()
        )

    def note_things(
        self, texts: Iterable[str], speakers: Iterable[str] = (), language: str | None = None
    ) -> None:
        """Remember what a transcript of this import introduces as a product or an organisation
        (``FoundNames.things``), before any transcript of the import registers names: "l'appli <given
        name> <surname>" in the fifth file then keeps the app in the first, where it is only listed
        ("j'ai essayé <X>, <given name> <surname>, <Y>"), as it would if the fifth came first."""
        finder = self.finder if language is None else NameFinder((language,))
        known = [*self._named_speakers(speakers), *self._known_names()]
        self._keep_things(finder.find(list(texts), known=known, things=self._things).things)

    def _named_speakers(self, speakers: Iterable[str]) -> list[str]:
        """The speaker labels that name someone ("Speaker 2", "Interviewer" name no one)."""
        return [s for s in speakers if s and not self.generic_label(s)]

    def _known_names(self) -> list[str]:
        """Names registered so far that the finder should take as known: full names, and single words
        found in lower case."""
        return [" ".join(words) for words in self._names if len(words) > 1 or words[0] in self._lowercase]

    def _keep_things(self, things: set[str]) -> None:
        """Remember products and organisations the finder read as things (saved with the map)."""
        if things - self._things:
            self._things.update(things)
            self._dirty = True

    # -- replacing -------------------------------------------------------------------------
    def replace(self, text: str) -> str:
        """``text`` with e-mails, phones, addresses, listed terms and registered names replaced."""
        if not text:
            return text
        pieces: list[str] = []
        position = 0
        matches = self._structured.get(text)
        for match in self._find_structured(text) if matches is None else matches:
            if PLACEHOLDER.fullmatch(match.text):
                continue
            pieces.append(text[position : match.start])
            pieces.append(self.placeholder(match.kind, match.text))
            position = match.end
        pieces.append(text[position:])
        return self._replace_names("".join(pieces))

    def _find_structured(self, text: str) -> list[Match]:
        return find_structured(text, self._terms, self._languages)

    def _matchable(self, token: Token) -> bool:
        if token.cap or UNSPACED_LETTER.match(token.text):  # a script without capitals: any listed name
            return True
        if token.key in self._lowercase:
            return True
        if (token.key,) in self._names and len(token.key) >= 3:
            # a name already known (a speaker, a name found capitalised) also written in lower case
            limit = COMMON_WORD if token.key in self._speaker_words else RARE_WORD
            if self.finder.common(token.key) < limit:
                return True
        return token.text.isupper() and len(token.text) >= 3 and self.finder.common(token.key) < 3.5

    def _replace_names(self, text: str) -> str:
        if not self._names:
            return text
        tokens = [self._unprefixed(token) for token in tokenize(text)]
        org_tokens = self._org_tokens(text, tokens)
        replacements: list[tuple[int, int, str]] = []
        longest = max(len(k) for k in self._names)
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not self._matchable(token):
                i += 1
                continue
            matched = 0
            for size in range(min(longest, len(tokens) - i), 0, -1):
                window = tokens[i : i + size]
                if not (self._matchable(window[0]) and self._matchable(window[-1])) or any(
                    not self._matchable(t) and t.key not in PARTICLES for t in window
                ):
                    continue
                if any(
                    text[a.end : b.start] not in (" ", "-", "  ")
                    # letters of a script written without spaces follow each other directly
                    and not (
                        a.end == b.start and UNSPACED_LETTER.match(a.text) and UNSPACED_LETTER.match(b.text)
                    )
                    for a, b in zip(window, window[1:], strict=False)
                ):
                    continue
                placeholder = self._names.get(tuple(t.key for t in window))
                if placeholder is None:
                    continue
                # A word of a speaker's own name is replaced even inside a company name: "<surname>
                # Landscaping" names the speaker's family as surely as "<surname>" does.
                # A registered name of several words is replaced inside a company name too ("<name>
                # Consulting" names its owner); one word of it alone is not ("<surname> Logistics").
                in_org = i in org_tokens and window[0].key not in self._speaker_words
                # "<surname>製作所", "<surname>工業", "株式会社<surname>": a firm named after someone
                in_org = in_org or (
                    UNSPACED_LETTER.match(window[0].text) is not None
                    and not self._speaker_words & {t.key for t in window}
                    and bool(
                        _FIRM_AFTER.match(text, window[-1].end)
                        or _FIRM_BEFORE.search(text[max(0, window[0].start - 6) : window[0].start])
                    )
                )
                if size > 1 and in_org and UNSPACED_LETTER.match(window[0].text):
                    break
                if size == 1 and (in_org or self._word_not_name(text, tokens, i)):
                    break
                replacements.append((window[0].start, window[-1].end, placeholder))
                matched = size
                break
            i += matched or 1
        for start, end, placeholder in reversed(replacements):
            text = text[:start] + placeholder + text[end:]
        return text

    def _unprefixed(self, token: Token) -> Token:
        """A word of Arabic or Hebrew letters without the conjunction or preposition joined to it, or
        one of Bengali or Hindi letters without a joined kinship honorific, when what is left is a
        registered name ("وفلانة", "ולפלוני", "রাহুলদা")."""
        if (token.key,) in self._names or not _JOINING_SCRIPT.match(token.text):
            return token
        if prefixed_word(token.key):
            return token  # "ولدينا": "and" joined to a word
        for prefix, rest in prefix_splits(token.key):
            if (rest,) in self._names and not own_word(token.key, rest):
                return Token(token.text[len(prefix) :], token.start + len(prefix), token.end, False)
        for suffix in INDIC_SUFFIXES:
            rest = token.key[: -len(suffix)]
            if token.key.endswith(suffix) and len(rest) >= 2 and (rest,) in self._names:
                return Token(token.text[: -len(suffix)], token.start, token.end - len(suffix), token.initial)
        return token

    def _word_not_name(self, text: str, tokens: list[Token], i: int) -> bool:
        """A name that is also a common word, at a sentence start with nothing name-like after it."""
        token = tokens[i]
        if not token.initial or self.finder.common(token.key) < COMMON_WORD:
            return False
        following = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if (
            self._lower_seen is not None
            and token.key not in self._lower_seen
            and following not in DETERMINERS
        ):
            # never an ordinary word in this transcript: "Rose decides" is a person ("Mark the..." a verb)
            return False
        after = text[token.end : token.end + 2]
        if after.startswith((",", "'s", "’s")):
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return not (nxt is not None and nxt.cap and (nxt.key,) in self._names)

    def _org_tokens(self, text: str, tokens: list[Token]) -> set[int]:
        """Indexes of words inside company or product names ("Blue Planet Software"), kept as they are."""
        inside: set[int] = set()
        finder = self.finder
        for i, j in finder.runs(text, tokens):
            if j - i >= 2 and (tuple(t.key for t in tokens[i:j]) not in self._names):
                start, skipped = finder.trim(tokens, i, j)
                # after a title or a role the run is a person, as the finder read it ("Frau <surname>
                # von der Buchhaltung" is no firm ending in a word)
                if start < j and skipped not in ("title", "role") and finder.org_run(text, tokens, start, j):
                    inside.update(range(start, j))
        # "Clinica Sf. <name>", "Santa <name>": a saint's name, whoever else bears it
        inside.update(k for k in range(1, len(tokens)) if after_saint(text, tokens, k))
        return inside

    def generic_label(self, label: str) -> bool:
        """A speaker label that names a role, not a person (``GENERIC_LABELS``: the research roles in
        the seven languages and in Polish, Czech, Slovak, the Nordic languages, Finnish, Turkish,
        Romanian, Hungarian and Croatian). A frequency test ("a word of the language no name index
        knows") was tried and dropped: occupational surnames ("Mlynár", "Tesár") passed it."""
        return bool(GENERIC_LABELS.match(label.strip()))

    def label(self, speaker: str | None) -> str | None:
        """A speaker label pseudonymised (generic labels like 'Speaker 1' stay)."""
        if speaker is None or self.generic_label(speaker):
            return speaker
        words = tuple(w.casefold() for w in self._name_words(speaker))
        return self._names.get(words) or self.replace(speaker)

    def file_stem(self, stem: str) -> str:
        """A file name stem with the names in it replaced ("dana-whitfield-may" -> "Person 1 may").

        A slug has lost the capitals names are told by, and often its accents, so each word is
        judged on its own (``_file_word_kind``): a name gets its capital, a plain word of the
        transcript's language, with or without its accents ("gorusme-klinik" is Turkish for
        "interview-clinic"), or a month ("interview-april-03") loses it, and the name finder reads
        the rest. Names the finder does not take alone ("wywiad-anna", "gesprach-muller") are
        replaced all the same: a name left in an interview id is in every utterance id."""
        spaced = re.sub(r"[_.]+|(?<=[^\W\d_])-(?=[^\W\d_])", " ", stem).strip()
        slug = spaced in (spaced.lower(), spaced.upper())  # "DANA WHITFIELD" has no capitals to go by either
        words = list(re.finditer(r"[^\W\d_]+", spaced))
        kinds = [self._file_word_kind(m.group(0)) for m in words]
        calendar = calendar_names(self.finder.native_language or "en")

        def beside(k: int, wanted: tuple[str, ...]) -> bool:
            """Whether a word next to word ``k`` (over a name particle: "jan-de-vries") is of a kind."""
            for step in (-1, 1):
                n = k + step
                while 0 <= n < len(words) and kinds[n] == "particle":
                    n += step
                if 0 <= n < len(words) and kinds[n] in wanted:
                    return True
            return False

        kinds = [
            "plain"
            if kind == "name"
            and plain_letters(words[k].group(0)) in calendar
            and not beside(k, ("name", "unknown", "acronym"))
            else kind
            for k, kind in enumerate(kinds)
        ]
        changed = True
        while changed:  # "giulia-rossi", "<given>-<ranked word>": a name's neighbour is a name
            changed = False
            for k, kind in enumerate(kinds):
                if kind in ("unknown", "acronym") and not self.finder.prior(words[k].group(0).casefold()):
                    continue  # a word no name index knows ("acme") is left to the name finder
                if kind in ("maybe", "ranked", "unknown", "acronym") and beside(
                    k, ("name", "ranked") if kind == "ranked" else ("name",)
                ):
                    kinds[k], changed = "name", True
        kinds = ["plain" if kind in ("maybe", "ranked") else kind for kind in kinds]
        # a name's words are registered as one name first, so that the whole of it is replaced
        k = 0
        while k < len(words):
            if kinds[k] != "name":
                k += 1
                continue
            end = k + 1
            while end < len(words) and kinds[end] in ("name", "particle"):
                end += 1
            while kinds[end - 1] == "particle":
                end -= 1
            run = [words[n].group(0) for n in range(k, end)]
            self.add_name(
                " ".join(word if word[:1].isupper() else word[:1].upper() + word[1:] for word in run)
            )
            k = end
        pieces, end = [], 0
        for m, kind in zip(words, kinds, strict=True):
            word = m.group(0)
            if kind == "plain" or (kind == "particle" and slug):
                word = word.lower()
            elif slug and kind != "acronym":
                word = word[:1].upper() + word[1:].lower()
            elif kind == "name" and word.islower():
                word = word[:1].upper() + word[1:]
            pieces += [spaced[end : m.start()], word]
            end = m.end()
        probe = "".join([*pieces, spaced[end:]])
        known = [" ".join(words) for words in self._names if len(words) > 1]
        found = self.finder.find([probe], known=known)
        for name in [*found.full, *found.single]:
            if (name.casefold(),) not in self._names:
                self.add_name(name)
        replaced = self.replace(probe)
        if replaced == probe:
            return stem
        if not slug:  # the plain words get back the capitals they were written with
            cursor = 0
            for m, kind in zip(words, kinds, strict=True):
                if kind != "plain":
                    continue
                lowered = re.compile(r"(?<!\w)" + re.escape(m.group(0).lower()) + r"(?!\w)")
                found_at = lowered.search(replaced, cursor)
                if found_at:
                    replaced = replaced[: found_at.start()] + m.group(0) + replaced[found_at.end() :]
                    cursor = found_at.start() + len(m.group(0))
        return replaced

    def _file_word_kind(self, word: str) -> str:
        """How a word of a file name is read (``file_stem``): "name"; "plain", a word; "ranked", a
        popular name that is also a common word ("rossi", "park"), a name beside a name or another
        "ranked" ("giulia-rossi", "<given>-park"); "maybe", a known name that is also a word of one of
        the languages read, with or without its accents, a name only beside a name; "particle" ("de",
        "van"); "unknown", left to the name finder, as are towns; or "acronym", a short word in
        capitals, left to the finder as written ("ESTR1", "ensemble-REE"), unless a name stands beside
        it ("DANA WHITFIELD")."""
        finder = self.finder
        key = word.casefold()
        if key in PARTICLES:
            return "particle"
        if word.isupper() and len(word) <= ACRONYM_LETTERS:
            return "acronym"
        if (
            len(key) == 2
            and key in wordfreq_languages()
            and min(finder.first_rank(key), finder.last_rank(key)) > CODE_NAME_RANK
        ):
            return "maybe"  # a language's code ("interview-zh", "p03-es"), a name only beside a name
        exact = max(finder.common(key), finder.own_common(key))
        first, last = finder.first_rank(key), finder.last_rank(key)
        rank = min(first, last)
        if finder.lexicon.place(key) >= SMALL_TOWN and first > FILE_GIVEN_RANK:
            return "unknown"
        native = finder.native_rank(key)
        if native <= FILE_GIVEN_RANK:  # one of the language's most popular given names
            return "name" if exact < FILE_WORD_ZIPF else "plain"
        if native <= FILE_NAME_RANK and exact < FILE_MAYBE_ZIPF:  # a popular one; if it is also a
            return "name"  # common word of the language ("taller", a workshop), the rules below judge it
        plain = max(
            exact, plain_zipf(key, finder.word_list), commonness(key, tuple(sorted(word_languages())))
        )
        if exact >= FILE_WORD_ZIPF or rank >= NO_RANK - 1:  # NO_RANK - 1: listed, but never ranked
            return "plain" if plain >= FILE_PLAIN_ZIPF else "unknown"
        if first <= FILE_GIVEN_RANK:
            return "name"
        if rank <= FILE_NAME_RANK:
            return "name" if exact < FILE_MAYBE_ZIPF else "ranked"
        if exact < FILE_MAYBE_ZIPF:
            return "name" if plain < FILE_PLAIN_ZIPF else "maybe"
        return "plain"

    # -- reversing -----------------------------------------------------------------------
    def reverse(self, text: str) -> str:
        """Put the original values back in place of placeholders."""
        return PLACEHOLDER.sub(lambda m: self.entities.get(m.group(0), m.group(0)), text)


def load_pseudonymiser(workspace: Workspace, languages: Iterable[str] = ("en",)) -> Pseudonymiser:
    """The workspace's pseudonymiser with ``privacy.names``, identifiers and employers registered."""
    privacy = workspace.settings.privacy
    return Pseudonymiser(
        workspace.pseudonyms_path,
        privacy.names,
        identifiers=privacy.identifiers,
        organisations=privacy.organisations,
        languages=languages,
    )


CASELESS_SHARE = 0.3
"""Share of a transcript's letters in scripts without capitals above which pseudonymisation warns."""


def caseless_script_warning(texts: Iterable[str]) -> str | None:
    """A warning when much of the text is in a script without capital letters (Japanese, Chinese,
    Korean, Arabic, Hebrew, Thai, Devanagari...): without capitals the name finder has only the grammar
    around a name and the name index to go by (``names_caseless``), so some names stay."""
    letters = caseless = 0
    for text in texts:
        for char in text:
            if char.isalpha():
                letters += 1
                caseless += char.lower() == char.upper()
    if not letters or caseless / letters < CASELESS_SHARE:
        return None
    return (
        "names written in a script without capital letters are found only by a title, an honorific, an "
        "introduction or the name index (a name nothing announces may stay); e-mails, phones, addresses "
        "and the names listed under [privacy] names in personas.toml are replaced; check the transcript "
        "before you share it"
    )


def unread_speech_warning(texts: Iterable[str], language: str | None) -> str | None:
    """A warning when a transcript has no capitals and its language's word list holds fewer than
    ``READ_SHARE`` of its words as everyday words (``UNREAD_ZIPF``): speech recognition output of a
    language the finder cannot read, such as South Asian speech in Latin letters, where rarity is all
    that marks a lower-case name, so ordinary words become "Person N" and names may stay
    (docs/evaluation.md, "South Asian speech in Latin letters")."""
    texts = [text for text in texts if text]
    if not texts or any(char.isupper() for text in texts for char in text):
        return None
    if caseless_script_warning(texts) is not None:
        return None  # a script without capitals: its own warning says what the finder reads there
    code = base_language(language) if language else "en"
    if read_share(texts, WORD_LIST_OF.get(code, code), UNREAD_ZIPF) >= READ_SHARE:
        return None
    return (
        "this transcript has no capital letters and many of its words are in no word list the name finder "
        "reads (speech recognition of a language written in Latin letters?): ordinary words may be "
        'replaced by "Person N" and names may stay; list the participants\' names under [privacy] names in '
        "personas.toml and check the transcript before you share it"
    )


def _rename_interview(transcript: Transcript, new_id: str) -> None:
    transcript.interview.id = new_id
    for number, utterance in enumerate(transcript.utterances, start=1):
        utterance.id = f"{new_id}:{number}"


def pseudonymise_transcript(
    workspace: Workspace,
    transcript: Transcript,
    *,
    keep: frozenset[str] | set[str] = frozenset(),
    stem: str | None = None,
    new_id: Callable[[str], str] | None = None,
) -> None:
    """Replace personal data in a transcript in place, before it is stored.

    Covers utterance text, speaker labels, the participant, its attributes, the title, the stored
    source file name and, when ``new_id`` is given, the interview id derived from the file name
    ``stem``. Speakers in ``keep`` (the interviewer of a live session, note turns) keep their labels.
    The map is saved, under its lock, before the caller stores anything that uses it.
    """
    interview = transcript.interview
    with map_lock(workspace.pseudonyms_path):
        pseudonymiser = load_pseudonymiser(workspace, [interview.language or ""])
        speakers = sorted({u.speaker for u in transcript.utterances if u.speaker and u.speaker not in keep})
        texts = [u.text for u in transcript.utterances]
        pseudonymiser.prepare([*texts, interview.title], speakers)
        labels = {speaker: pseudonymiser.label(speaker) or speaker for speaker in speakers}
        for utterance in transcript.utterances:
            utterance.text = pseudonymiser.replace(utterance.text)
            if utterance.speaker in labels:
                utterance.speaker = labels[utterance.speaker]
        if interview.participant:
            interview.participant = labels.get(interview.participant) or pseudonymiser.label(
                interview.participant
            )
        interview.participant_attributes = {
            key: pseudonymiser.replace(value) for key, value in interview.participant_attributes.items()
        }
        interview.role_warnings = [pseudonymiser.replace(w) for w in interview.role_warnings]
        source = Path(interview.source_file)
        private_stem = pseudonymiser.file_stem(source.stem) if source.stem else source.stem
        interview.source_file = private_stem + source.suffix
        interview.title = pseudonymiser.replace(
            pseudonymiser.file_stem(interview.title) if interview.title == source.stem else interview.title
        )
        if stem is not None and new_id is not None:
            private = pseudonymiser.file_stem(stem)
            if private != stem:
                _rename_interview(transcript, new_id(private))
        interview.pseudonymised = True
        pseudonymiser.save()


def note_study_things(
    workspace: Workspace, transcripts: Iterable[tuple[list[str], list[str], str | None]]
) -> None:
    """Before the files of one import are pseudonymised one by one: what any of them introduces as a
    thing (texts, speaker labels, language of each), saved with the map, so that the order of the
    files does not decide whether a product named like a person keeps its name."""
    with map_lock(workspace.pseudonyms_path):
        pseudonymiser = load_pseudonymiser(workspace)
        for texts, speakers, language in transcripts:
            try:
                pseudonymiser.note_things(texts, speakers, language or "")
            except Exception:  # noqa: BLE001 - that file's own pseudonymisation reports what is wrong
                log.debug("reading the things of a transcript before its import failed", exc_info=True)
        pseudonymiser.save()


def pseudonymise_stored(
    workspace: Workspace, interview_id: str, *, new_id: Callable[[str], str]
) -> Transcript:
    """Pseudonymise an interview imported earlier without it, under its new id.

    The old transcript, its index entries and its findings (which quote the originals) are removed;
    the caller indexes the returned transcript.
    """
    from assistant.index.store import open_index

    transcript = workspace.load_transcript(interview_id)
    source = Path(transcript.interview.source_file)
    pseudonymise_transcript(workspace, transcript, stem=source.stem, new_id=new_id)
    open_index(workspace).remove_interview(interview_id)
    findings = workspace.findings_dir / f"{interview_id}.json"
    try:
        findings.unlink(missing_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{findings}: cannot remove ({exc.strerror})") from exc
    # Save the new copy before removing the old one: a kill in between never loses the interview.
    workspace.save_transcript(transcript)
    if transcript.interview.id != interview_id:
        workspace.delete_transcript(interview_id)
    return transcript


def pseudonymise_label(workspace: Workspace, transcript: Transcript, name: str) -> str:
    """The placeholder for a real name given to a speaker; names already in the text are replaced too."""
    with map_lock(workspace.pseudonyms_path):
        pseudonymiser = load_pseudonymiser(workspace, [transcript.interview.language or ""])
        placeholder = pseudonymiser.add_name(name)
        if placeholder is None:
            return name
        for utterance in transcript.utterances:
            utterance.text = pseudonymiser.replace(utterance.text)
        pseudonymiser.save()
        return placeholder
