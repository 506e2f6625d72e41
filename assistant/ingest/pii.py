"""Patterns for personal data with a shape: e-mails (written and spoken), phones, street addresses, postcodes.

Conventions of en, fr, de, es, pt, it and nl: national and international phone formats, house number
before (en, fr) or after (de, es, pt, it, nl) the street, and the postcodes of those countries. Names have
no shape and are found in ``names.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.core.words import UNSPACED_LETTER

_TLDS = (
    r"com|net|org|edu|gov|io|co|info|biz|eu|uk|ie|us|ca|au|nz|de|at|ch|fr|be|lu|es|pt|br|mx|ar|cl|"
    r"it|nl|se|no|dk|fi|pl|example|test|local"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
SPOKEN_EMAIL = re.compile(
    r"(?<![\w])[^\W\d_][\w-]*(?:\s+(?:dot|underscore|dash|point|punkt|punto|ponto)\s+[^\W_]+(?:\s+[A-Za-z]\b)*)*"
    r"\s+(?:at|arobase|arroba|ät)\s+[\w-]+(?:\s+(?:dot|point|punkt|punto|ponto)\s+[\w-]+)*"
    rf"\s+(?:dot|point|punkt|punto|ponto)\s+(?:{_TLDS})\b",
    re.I,
)
"""An address read out in an ASR transcript: 'ana dot ruiz at example dot org'."""

_PHONE_SHAPE = re.compile(
    r"(?<![\w+/.,:-])(?:\+|00)?(?:\(\d{1,5}\)\s?\d{1,8}|\d{1,15})"
    r"(?:(?:[ .-]|\s-\s)\d{1,8}|\s?\(\d{1,5}\)\s?\d{1,8}){0,7}(?![\w/]|[.,-]\d)"
)
_PHONE_WORDS = (
    r"phone|call|ring|tel|telephone|mobile|cell|fax|whatsapp|telefon|handy|anrufen|téléphone|tél|"
    r"portable|appeler|teléfono|tel[eé]fono|celular|móvil|movil|llamar|telefone|ligar|cellulare|chiamare|"
    r"chiamami|telefoonnummer|mobiel|bellen|gsm"
)
"""Cue words that say a phone number follows."""
_PHONE_ONLY_CUE = re.compile(rf"\b(?:{_PHONE_WORDS})\b", re.I)
"""The phone words alone (not "number", "numéro", "nummer": order numbers)."""
_PHONE_CUE = re.compile(
    rf"\b(?:{_PHONE_WORDS}|number|extension|ext|text|nummer|durchwahl|numéro|appelle[sz]?|número|llama|"
    r"liga|contato|numero|chiamarmi|recapito|squillo|mobieltje|bel)\b",
    re.I,
)
_DATE_LIKE = re.compile(r"\d{4}[./ -]\d{1,2}[./ -]\d{1,2}|\d{1,2}[./ -]\d{1,2}[./ -](?:\d{4}|\d{2})")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")

_CAP = r"[^\W\d_][\w'’.-]*"
"""A word (the street-type keyword around it carries the evidence, so case is not required)."""
_UPPER = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*)(?!\w)"
_EN_STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Close|Crescent|Cres|Row|Court|Ct|Place|Pl|"
    r"Terrace|Boulevard|Blvd|Parkway|Pkwy|Square|Sq|Gardens|Grove|Mews|Hill|Park|Walk|Green|Rise|"
    r"Circle|Cir|Highway|Hwy|Trail|Loop|Broadway|Quay|Wharf|Yard|Gate|View|Vale"
)
EN_STREET_TYPES = frozenset(_EN_STREET_TYPES.split("|"))
"""English street types, written after the street's name ("Sycamore Ave")."""
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d"
_US_ZIP = r"[A-Z]{2}\s+\d{5}(?:-\d{4})?"
_TOWN_WORD = rf"(?=[^\W\d_]*[a-zß-ÿ]){_UPPER}"
_TOWN = rf"{_TOWN_WORD}(?:[ -](?:(?:de|da|do|dos|das|del|la|le|sur|am|an|der|im|en)[ -])?{_TOWN_WORD}){{0,3}}"
_EN_TAIL = (
    rf"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Flat|Fl)\.?\s*#?\w+)?"
    rf"(?:,\s*{_TOWN}){{0,3}}"
    rf"(?:,?\s*(?:{_US_ZIP}|{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE}|(?:[A-Z]{{2}}\s+)?{_CA_POSTCODE})|,\s*\d{{5}}(?:-\d{{4}})?\b)?"
)
_EN_ADDRESS = (
    rf"(?:\b(?:Unit|Flat|Apt|Apartment|Suite)\s+\w+,\s*)?"
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?(?:{_UPPER}\s+){{1,3}}(?:{_EN_STREET_TYPES})\b\.?"
    rf"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?{_EN_TAIL}"
)
_EN_UNIT_ADDRESS = rf"\b(?:Unit|Flat|Apt|Apartment|Suite)\s+\w+,\s*(?:{_UPPER}\s+){{1,3}}(?:{_EN_STREET_TYPES})\b\.?{_EN_TAIL}"
_POSTCODE_TOWN = rf"(?:,\s*|\s+)(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+{_TOWN}"
_DE_ADDRESS = (
    r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|"
    r"chaussee|stieg|zeile|kamp|graben|anger|gässle|gässchen|hof)\s+\d{1,4}\s?[a-zA-Z]?\b"
    rf"(?:{_POSTCODE_TOWN})?"
)
_DE_MULTIWORD = (
    r"\b(?:[A-ZÄÖÜ][\wäöüß-]+\s+){1,2}(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)"
    rf"\s+\d{{1,4}}\s?[a-zA-Z]?\b(?:{_POSTCODE_TOWN})?"
)
_FR_ADDRESS = (
    r"\b\d{1,4}(?:\s?(?:bis|ter|[A-Z]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|"
    r"route|quai|cours|square|passage|voie|sentier|lotissement|résidence|hameau|rond-point|faubourg|"
    r"cité|montée|esplanade|promenade|parvis|villa)\s+"
    r"(?:(?:de|du|des|la|le|les|d'|l'|d’|l’)\s*)*[\w'’-]+(?:\s+(?:(?:de|du|des|la|le|les|et|d'|l'|d’|l’)\s*)*"
    rf"{_UPPER})*(?:,?\s*\d{{5}}\s+{_TOWN})?"
)
_ES_PT_STREET = (
    r"Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Passeig|Plaza|Plaça|Camino|Ronda|Travesía|Carretera|Calzada|"
    r"Callejón|Rambla|Carrer|Pasaje|Glorieta|Rua|R\.|Travessa|Tv\.|Praça|Largo|Alameda|Estrada|"
    r"Passagem|Rodovia|Beco|Viela|Ladeira|Avinguda|Via|Vía"
)
_ES_PT_ADDRESS = (
    rf"\b(?:{_ES_PT_STREET})\s+(?:(?:de|del|dels|de la|de las|de los|la|el|els|d[aeo]s?|d'|d’)\s*)*"
    rf"{_UPPER}(?:\s+(?:(?:de|del|la|las|los|y|i|e|d[aeo]s?|d'|d’)\s*)*{_UPPER}){{0,4}}"
    r",?\s*(?:n[º°o]\.?\s*)?\d{1,5}[A-Za-z]?\b"
    r"(?:,?\s*(?:\d{1,2}[º°ª]\s*\d?[º°ª]?\w?|apto?\.?\s*\w+|apartamento\s*\w+|bloco\s*\w+|casa\s*\w+|"
    r"sala\s*\w+|piso\s*\w+|puerta\s*\w+|andar\s*\w+|lote\s*\w+|fundos))*"
    rf"(?:,\s*{_TOWN}(?=,?\s*(?:CEP|\d{{4,5}}-?\d{{3}})))?"
    rf"(?:,?\s*(?:CEP:?\s*)?\d{{5}}-\d{{3}}|,?\s*\d{{4}}-\d{{3}}\s+{_TOWN}|,?\s*\d{{5}}\s+{_TOWN})?"
)
_IT_STREET = (
    r"(?:(?<=\bin\s)|(?<=\bIn\s))[Vv]ia|\bVia|\b(?:Corso|Largo|Strada|Borgo)|\b(?i:viale|piazza|piazzale|"
    r"vicolo|contrada|località|lungomare|lungarno|circonvallazione)"
)
"""Italian street types, before the name; "via" ("by way of" in English too) only after "in" ("abito in
via ...") or with a capital."""
_IT_ADDRESS = (
    rf"(?:{_IT_STREET})\s+(?:(?:del|della|dei|degli|delle|dello|di|San|Santa|Santo)\s+|(?:d|dell|Sant)['’])*"
    rf"{_UPPER}(?:\s+(?:(?:del|della|dei|degli|delle|dello|di|e|d'|d’)\s*)*{_UPPER}){{0,4}}"
    r",?\s*(?:n\.?\s*|n[º°]\s*|civico\s+)?\d{1,4}(?!\d)(?:\s?/\s?[A-Za-z0-9]{1,3}|[A-Za-z]\b)?"
    rf"(?:,?\s*\d{{5}}\s+{_TOWN}(?:\s*\([A-Z]{{2}}\))?)?"
)
_NL_SUFFIX = r"straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|dreef"
_NL_SUFFIX_WITH_POSTCODE = r"markt|baan|wal|haven|hof|pad|park"
"""Street types that also end German and English words ("Supermarkt", "Fuhrpark", "Launchpad"): a
street only with a postcode after it."""
_NL_LEAD = r"(?:[A-Z][a-z]+\s+(?:van|de|der|den|ter|ten|het|'t)\s+|Van\s+(?:der\s+|den\s+)?)?"
"""Words before a street type that are part of the name: "Burgemeester de Vlugtlaan", "Van Goghlaan"."""
_NL_LOWER_SUFFIX = r"straat|laan|plein|gracht|kade|singel|steeg|dreef"
"""In lower case only the street types that end no everyday compound ("snelweg", "supermarkt")."""
_NL_POSTCODE_TOWN = rf"(?:,?\s*[1-9]\d{{3}}\s?[A-Z]{{2}}(?:\s+{_TOWN})?|,\s*[1-9]\d{{3}}\s+{_TOWN})"
_NL_ADDRESS = (
    rf"(?<![\w'’-]){_NL_LEAD}[A-Z][^\W\d_]{{0,40}}?(?:{_NL_SUFFIX})\s+\d{{1,4}}(?!\d)"
    rf"(?:\s?[a-zA-Z]\b|-\d{{1,3}}\b|\s+bus\s+\d{{1,3}}\b)?(?:{_NL_POSTCODE_TOWN})?"
    rf"|(?<![\w'’-]){_NL_LEAD}[A-Z][^\W\d_]{{0,40}}?(?:{_NL_SUFFIX_WITH_POSTCODE})\s+\d{{1,4}}(?!\d)"
    rf"(?:\s?[a-zA-Z]\b|-\d{{1,3}}\b)?{_NL_POSTCODE_TOWN}"
    rf"|\b[a-zà-ÿ]{{3,}}(?:{_NL_LOWER_SUFFIX})\s+\d{{1,4}}\b(?:\s?[a-z]\b)?"
    r"(?:,?\s*[1-9]\d{3}\s?[a-z]{2}\s+[a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)?)?"
)
"""Dutch and Flemish streets: the type ends the name ("Kerkstraat 12", "Van Goghlaan 5a"), then a Dutch
postcode ("1234 AB") or a Belgian one ("2000 Antwerpen"); in lower case (speech recognition) only a
compound street with its number, and a postcode right after it."""
_PL_ADDRESS = (
    rf"\b(?:ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|pl\.|plac)\s+{_UPPER}(?:\s+{_UPPER}){{0,3}}"
    rf"\s+\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?\b(?:,?\s*\d{{2}}-\d{{3}}\s+{_TOWN})?"
)
"""Polish streets: the type before the name, often abbreviated ("ul. Sosnowa 41"), then a postcode of
the shape 00-000 and the town."""
_TR_TYPES = r"Mahallesi|Mah\.|Mh\.|Caddesi|Cad\.|Cd\.|Sokağı|Sokak|Sok\.|Sk\.|Bulvarı|Blv\.|Meydanı"
_TR_LOWER_TYPES = r"mahallesi|caddesi|sokağı|sokak|bulvarı|meydanı"
_TR_TOWNS = rf"{_TOWN}(?:\s*/\s*{_TOWN_WORD})?"
_TR_ADDRESS = (
    rf"\b(?:{_UPPER}\s+){{1,3}}(?:{_TR_TYPES})(?:,?\s+(?:{_UPPER}\s+){{0,2}}(?:{_UPPER}|\d{{1,5}}\.?)\s+(?:{_TR_TYPES}))?"
    r",?\s+(?i:no)\s*[:.]?\s*\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?"
    r"(?:,?\s*(?:D|Daire|Kat|K)\s*[:.]?\s*\d{1,3})*"
    rf"(?:,?\s*\d{{5}}\s+{_TR_TOWNS})?"
    rf"|\b[^\W\d_]+\s+(?:{_TR_LOWER_TYPES})(?:\s+(?:[^\W\d_]+|\d{{1,5}})\s+(?:{_TR_LOWER_TYPES}))?"
    r"\s+no\s*[:.]?\s*\d{1,5}\b(?:\s+(?:daire|kat)\s+\d{1,3}\b)*"
)
"""Turkish addresses: the neighbourhood and the street, each with its type after the name ("Lale
Mah. 12 Sok.", "Çınar Caddesi"), the door number ("No: 12", "no 12") that must follow, flat and floor
("D:3", "Kat: 4"), then a five-digit postcode and "district/city"; in lower case (speech
recognition) the types and the number alone."""
_GRID_ADDRESS = (
    r"\b(?:Carrera|Cra\.?|Kr\.?|Calle|Cl\.?|Transversal|Tv\.?|Diagonal|Dg\.?|Avenida|Av\.?)\s+\d{1,3}\s?[A-Z]?"
    r"(?:\s*bis)?\s*(?:#|No\.?|N[º°])\s*\d{1,3}\s?[A-Z]?\s*-\s*\d{1,3}"
)
"""Colombian and other grid addresses: 'Carrera 76 # 35-21'."""
ADDRESS = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            _GRID_ADDRESS,
            _EN_UNIT_ADDRESS,
            _EN_ADDRESS,
            _DE_ADDRESS,
            _DE_MULTIWORD,
            _FR_ADDRESS,
            _IT_ADDRESS,
            _NL_ADDRESS,
            _ES_PT_ADDRESS,
            _PL_ADDRESS,
            _TR_ADDRESS,
        )
    )
)
POSTCODE = re.compile(
    rf"\b(?:{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE})\b(?![-/])"
    r"|\bCEP:?\s*\d{5}-?\d{3}\b"
    r"|\b\d{5}-\d{3}\b(?!-)"
    r"|\b(?:zip|zip code|postcode|post code|code postal|Postleitzahl|PLZ|código postal|CP)\s*:?\s*\d{4,5}\b"
    rf"|(?:(?<=, )|(?<=: )|^)\d{{2}}-\d{{3}}\s+{_TOWN}"
    rf"|(?:(?<=, )|(?<=: )|^)(?:0[1-9]|[1-7]\d|8[01])\d{{3}}(?<!000)\s+{_TOWN_WORD}\s*/\s*{_TOWN_WORD}"
    rf"|(?:(?<=,\s)|(?<=:\s)|(?m:^))[1-9]\d{{3}}\s?(?!SA|SD|SS)[A-Z]{{2}}\s+{_TOWN}",
)
"""Postcodes on their own: UK, Irish and Canadian shapes, Brazilian CEP, a Polish 00-000 before its town
(after a comma or a colon, as an address is written; "w latach 20-300 Rzymianie" is no address), a
Turkish one (a province code 01-81, not a round number) before "district/city" there ("45000 Lira/Ay",
a salary, is no address), a Dutch 1234 AB before its town (after a comma, a colon or at a line's start:
"Zwaluwhof 8,\n3074 HK Rotterdam", where the street was read by another country's pattern), or any
postcode announced as one."""
_UK_LIKE_FALSE = re.compile(r"^(?:[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2})$")


@dataclass(frozen=True)
class Match:
    """One piece of personal data found in a text."""

    kind: str
    start: int
    end: int
    text: str


def find_emails(text: str) -> Iterator[Match]:
    for pattern in (EMAIL, SPOKEN_EMAIL):
        for match in pattern.finditer(text):
            yield Match("EMAIL", match.start(), match.end(), match.group(0))


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _plausible_phone(text: str, start: int, value: str) -> bool:
    digits = phone_digits(value)
    if not 7 <= len(digits) <= 15:
        return False
    stripped = value.strip()
    if _DATE_LIKE.fullmatch(stripped):
        return False
    groups = [g for g in re.split(r"[\s().-]+", stripped.lstrip("+")) if g]
    if all(_YEAR.fullmatch(g) for g in groups):
        return False  # a list or range of years
    if re.fullmatch(r"0[.,]\d+", stripped):
        return False  # a decimal ("0.00012345")
    international = stripped.startswith("+") or (stripped.startswith("00") and not stripped.startswith("000"))
    if not international and re.fullmatch(r"[1-9]\d{0,2}(?:[ .]\d{3})+", stripped):
        # an amount with thousands separators; but nine digits in three threes that end a clause, with
        # no unit or currency after them, are how many countries write a mobile number ("698 104 552.")
        after = text[start + len(value) : start + len(value) + 2]
        threes = re.fullmatch(r"\d{3} \d{3} \d{3}", stripped) and not stripped.endswith("000")
        if not (threes and (not after or after[0] in ".,;)\n")):
            return False  # "120 000 000." is an amount however it ends
    trunk = len(groups) == 2 and groups[0].startswith("0") and len(groups[0]) <= 4 and len(groups[1]) <= 8
    # "+39 347 1234567", "+31 6 12345678": a country code, an area or mobile prefix, the subscriber
    trunk = trunk or (
        international and len(groups) <= 4 and len(groups[0]) <= 4 and all(len(g) <= 8 for g in groups)
    )
    if len(groups) > 1 and any(len(g) > 6 for g in groups) and not trunk:
        return False  # "06-12345678", "020-1234567": a trunk code, then the subscriber's number
    before = text[max(0, start - 60) : start]
    cue = bool(_PHONE_CUE.search(before))
    if len(groups) == 1:
        if re.search(r"\d[.,]$", before[-2:]):
            return False  # the decimals of an amount ("0.00012345")
        specific = bool(_PHONE_ONLY_CUE.search(before))
        return (
            international
            or (len(digits) >= 9 and stripped.startswith("0") and not stripped.startswith("00") and cue)
            or (len(digits) >= 9 and specific)
        )
    if len(digits) >= 9:
        return True
    return cue or bool(re.fullmatch(r"\(?\d{3}\)?[ .-]\d{4}", stripped))


def find_phones(text: str) -> Iterator[Match]:
    for match in _PHONE_SHAPE.finditer(text):
        value = match.group(0)
        # a trailing ')' or '(' that is not part of the number
        value = value.rstrip(" ).-") if value.count("(") < value.count(")") else value.rstrip(" (.-")
        if _plausible_phone(text, match.start(), value):
            yield Match("PHONE", match.start(), match.start() + len(value), value)


def find_addresses(text: str) -> Iterator[Match]:
    for match in ADDRESS.finditer(text):
        value = match.group(0).rstrip(" ,.")
        yield Match("ADDRESS", match.start(), match.start() + len(value), value)
    for match in POSTCODE.finditer(text):
        yield Match("ADDRESS", match.start(), match.end(), match.group(0))


_WORD_CHAR = f"(?:(?!{UNSPACED_LETTER.pattern})[\\w@])"
"""A letter that continues a word: not one of a script without spaces ("Acme社の人" names Acme)."""


def find_terms(text: str, terms: dict[str, str]) -> Iterator[Match]:
    """Occurrences of listed terms (``term -> kind``), case-insensitive, whole words only."""
    if not terms:
        return
    ordered = sorted(terms, key=len, reverse=True)

    def whole(term: str) -> str:
        # a term that starts or ends in a script written without spaces (Japanese, Chinese, Korean)
        # has no word boundary there: it is found inside a run of text
        body = r"\s+".join(map(re.escape, term.split()))
        before = "" if UNSPACED_LETTER.match(term[0]) else rf"(?<!{_WORD_CHAR})"
        after = "" if UNSPACED_LETTER.match(term[-1]) else rf"(?!{_WORD_CHAR})"
        return before + body + after

    pattern = re.compile("|".join(whole(t) for t in ordered if t.strip()), re.I)
    folded = {re.sub(r"\s+", " ", t).casefold(): kind for t, kind in terms.items()}
    for match in pattern.finditer(text):
        kind = folded.get(re.sub(r"\s+", " ", match.group(0)).casefold(), "ID")
        yield Match(kind, match.start(), match.end(), match.group(0))


def find_structured(text: str, terms: dict[str, str] | None = None) -> list[Match]:
    """E-mails, phones, addresses, postcodes and listed terms, without overlaps (earliest, longest first)."""
    found = [
        *find_terms(text, terms or {}),
        *find_emails(text),
        *find_addresses(text),
        *find_phones(text),
    ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Match] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
