"""Patterns for personal data with a shape: e-mails (written and spoken), phones, street addresses, postcodes.

Conventions of en, fr, de, es, pt, it and nl, and since 2026-12-03 of the Nordic languages, Finnish,
Polish, Czech, Romanian and Turkish streets: national and international phone formats announced by
the phone words of those languages, house number before (en, fr) or after the street, compound street
names ("Storgatan", "Seestrasse"), floors, flats and doors after the number, any street followed by a
postcode and a town, postcodes announced by their word, and addresses in speech written without
capitals. A number that follows an order, invoice or reference word is that reference, not a phone.
Names have no shape and are found in ``names.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.words import (
    CJK_LETTERS,
    JOINING_WORD,
    LETTER_RUN,
    SPELLED_NUMBER_LANGUAGES,
    SPOKEN_NUMBER_WORDS,
    UNSPACED_LETTER,
    base_language,
    fold_accents,
    spelled_numbers,
    zipf_in,
)
from assistant.ingest.titles import TITLES

_TLDS = (
    r"com|net|org|edu|gov|io|co|info|biz|eu|uk|ie|us|ca|au|nz|de|at|ch|fr|be|lu|es|pt|br|mx|ar|cl|"
    r"it|nl|se|no|dk|fi|pl|cz|sk|si|hr|hu|ro|bg|gr|tr|lt|lv|ee|za|sg|ph|vn|jp|kr|cn|ru|ua|rs|ba|pe|uy|"
    r"py|ec|ve|app|dev|online|shop|example|test|local"
)
_JOINED = f"{CJK_LETTERS}\uac00-\ud7a3"
_W = rf"[^\W{_JOINED}]"
"""A word character that is not a letter of a script written without spaces: in Japanese, Chinese and
Korean a number or an address runs straight into the words around it ("電話番号は090-1234-5678です",
"메일은 kim@example.kr입니다"), so those letters end it as a space would."""
EMAIL = re.compile(
    rf"(?<![.+-])(?<!{_W})(?:{_W}|[.%+-])+@(?:{_W}|-)+(?:\.(?:{_W}|-)+)*\.[A-Za-z]{{2,}}(?![A-Za-z0-9_])"
)
_SPOKEN_DOT = (
    r"dot|point|punkt|punto|ponto|prik|piste|tečka|tecka|kropka|nokta|punct|pont|točka|tocka|bodka|titik"
)
_SPOKEN_AT = r"at|arobase|arroba|ät|snabel-a|snabela|krøllalfa|kroellalfa|małpa|malpa|zavináč|zavinac|chiocciola|apenstaartje"
SPOKEN_EMAIL = re.compile(
    rf"(?<![\w])[^\W\d_][\w-]*(?:\s+(?:{_SPOKEN_DOT}|underscore|dash)\s+[^\W_]+(?:\s+[A-Za-z]\b)*)*"
    rf"\s+(?:{_SPOKEN_AT})\s+[\w-]+(?:\s+(?:{_SPOKEN_DOT})\s+[\w-]+)*"
    rf"\s+(?:{_SPOKEN_DOT})\s+(?:{_TLDS})\b",
    re.I,
)
"""An address read out in an ASR transcript: 'ana dot ruiz at example dot org'."""

_PHONE_SHAPE = re.compile(
    rf"(?<![+/.,:-])(?<!{_W})(?:\+|00)?(?:\(\d{{1,5}}\)\s?\d{{1,8}}|\d{{1,15}})"
    r"(?:(?:[ .-]|\s-\s|(?<=\d)/(?=\d{3}))\d{1,8}|\s?\(\d{1,5}\)\s?\d{1,8}){0,7}"
    rf"(?!{_W}|/|[.,-]\d)"
)
_PHONE_WORDS = (
    r"phone|call|ring|tel|telephone|mobile|cell|fax|whatsapp|telefon|handy|anrufen|téléphone|tél|"
    r"portable|appeler|teléfono|tel[eé]fono|celular|móvil|movil|llamar|telefone|ligar|cellulare|chiamare|"
    r"chiamami|telefoonnummer|mobiel|bellen|gsm|"
    # the word stems of the other languages the finder reads (Nordic, Slavic, Baltic, Finnish,
    # Hungarian, Romanian, Turkish, Indonesian): "telefonu", "mobilen", "ringer", "zavolat", "soita"
    r"tele?fon\w*|telp|tlf|mobil\w*|mobitel\w*|ring[aeit]\w*|rin[gk]|zavol\w*|vol[aá]\w*|zadzwo\w*|"
    r"dzwoni\w*|komórk\w*|nazov\w*|nazva\w*|pokli[cč]\w*|soit[at]\w*|puhelin\w*|kännyk\w*|"
    r"sun[aă]\w*|hívj\w*|hívn?i|ara[ry]\w*|cep|hubungi|wa|hp|sms|direct line|landline|llam\w*|llám\w*|"
    r"chiam\w*|appel\w*|ligue\w*|liga-\w*|bel\w*|fono|sími|símanúmer\w*|telefonas|telefono|tel\.|fon"
)
"""Cue words that say a phone number follows."""
_JOINED_PHONE_WORDS = (
    r"電話|携帯|ケータイ|ファックス|ファクス|电话|手机|手機|微信|传真|傳真|전화|핸드폰|휴대폰|휴대전화|팩스|"
    r"هاتف|تلفون|تليفون|جوال|موبايل|محمول|واتس|اتصل|اتصال|تلفن|موبایل|فون|موبائل|"
    r"טלפון|נייד|פלאפון|להתקשר|תתקשר|फ़ोन|फोन|मोबाइल|कॉल|ফোন|মোবাইল|โทร|เบอร์|มือถือ"
)
"""Phone words of the scripts whose words take particles, prefixes or suffixes without a space (Japanese
"電話番号は", Arabic "وجوالي", Hebrew "בטלפון"): matched inside a word, since no word boundary marks
them."""
_JOINED_NUMBER_WORDS = r"番号|連絡先|号码|號碼|联系|聯絡|번호|연락처|رقم|شماره|نمبر|מספר|नंबर|नम्बर|নম্বর|নাম্বার"
""""Number" and "contact" in those scripts: a phone cue only beside a number shaped like one."""
_JOINED_REFERENCE_WORDS = (
    r"注文|請求書|伝票|订单|訂單|发票|發票|单号|單號|주문|송장|영수증|طلب|فاتورة|فاتوره|سفارش|فاکتور|آرڈر|"
    r"הזמנה|חשבונית|ऑर्डर|बिल|চালান|অর্ডার|ใบแจ้งหนี้|คำสั่งซื้อ"
)
"""Order and invoice words of those scripts: a number after one is that reference, not a phone."""
_PHONE_ONLY_CUE = re.compile(rf"\b(?:{_PHONE_WORDS})\b|{_JOINED_PHONE_WORDS}", re.I)
"""The phone words alone (not "number", "numéro", "nummer": order numbers)."""
_PHONE_CUE = re.compile(
    rf"\b(?:{_PHONE_WORDS}|number|extension|ext|text|nummer(?:et|en)?|durchwahl|numéro|appelle[sz]?|número|llama|"
    r"liga|contato|numero|chiamarmi|recapito|squillo|mobieltje|bel|line|numer\w*|číslo|čísl\w*|broj\w*|"
    rf"nomor|numara\w*|număr\w*|szám\w*|numeri[ao]?|kontakt\w*)\b|{_JOINED_PHONE_WORDS}|{_JOINED_NUMBER_WORDS}",
    re.I,
)
_REFERENCE_CUE = re.compile(
    r"\b(?:order|orders|ordre|ordren|orden|ordine|ordem|invoice|factura|facture|fattura|fatura|faktura\w*|"
    r"rechnung\w*|lasku\w*|refer[eêé]n\w*|réf|ref|ticket\w*|tracking|sendung\w*|pedido|commande|bestell\w*|"
    r"auftrag\w*|zamówien\w*|objednávk\w*|sipariş\w*|comand[aă]\w*|tilaus\w*|dossier|lote|lotto|batch|"
    r"serial|entidade|account|konto|(?:kunden|artikel|vertrags?|kund|kunde|ordre|artikkel|tilaus|lot|charge|serien|"
    rf"asiakas|klient)s?(?:nummer|numero|nr\.?))\b|{_JOINED_REFERENCE_WORDS}",
    re.I,
)
"""Words that say a reference follows: an order, an invoice, a ticket, an account ("Auftragsnummer
2023-104512", "ordre nummer 4411 2290", "referência 123 456 789"). A number closer after one of
them than after a phone word is that reference, not a phone."""
_DATE_LIKE = re.compile(r"\d{4}[./ -]\d{1,2}[./ -]\d{1,2}|\d{1,2}[./ -]\d{1,2}[./ -](?:\d{4}|\d{2})")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DATE_HOUR = re.compile(
    r"(?:(?:19|20)\d\d(?P<a>[-./])(?:0?[1-9]|1[0-2])(?P=a)(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])(?P<b>[-./])(?:0?[1-9]|1[0-2])(?P=b)(?:19|20)\d\d)(?:[ T](?P<hour>[01]?\d|2[0-3]))?"
)
"""A calendar date, year first or last, perhaps followed by the hour of a time."""

_CAP = r"[^\W\d_][\w'’.-]*"
"""A word (the street-type keyword around it carries the evidence, so case is not required)."""
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ŽΆΈ-ΊΌΎ-ΏΑ-ΡΣ-ΫЀ-ЯҐ"
_SMALL = "a-zß-ÿά-ώа-яѐ-џґ"
"""Capital and small letters of the Latin, Greek and Cyrillic alphabets: a street or a town is written
with a capital in each ("Οδός Αγίας Σοφίας 21, 671 00 Ξάνθη", "Садовая 14, 394036 Воронеж")."""
_UPPER = rf"(?:[{_CAPITALS}][^\W\d_]*(?:['’-][^\W\d_]+)*)(?!\w)"
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
_TOWN_WORD = rf"(?=[^\W\d_]*[{_SMALL}]){_UPPER}"
_TOWN = rf"{_TOWN_WORD}(?:[ -](?:(?:de|da|do|dos|das|del|la|le|sur|am|an|der|im|en)[ -])?{_TOWN_WORD}){{0,3}}"
_EN_TAIL = (
    rf"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Flat|Fl)\.?\s*#?\w+)?"
    rf"(?:,\s*{_TOWN}){{0,3}}"
    rf"(?:,?\s*(?:{_US_ZIP}|{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE}|(?:[A-Z]{{2}}\s+)?{_CA_POSTCODE})|,\s*\d{{4,6}}(?:-\d{{4}})?\b|\s+(?:[A-Z]{{2,3}}\s+)?\d{{4,6}}\b(?![.,]\d|\s?%))?"
)
_EN_UNIT_BEFORE = r"(?:\b(?:Unit|Flat|Apt|Apartment|Suite|Level|Floor|Shop)\s+\w+,\s*)?"
"""A flat, unit, suite or floor written before an English-style street line ("Level 3, 88 King
Street")."""
_EN_ADDRESS = (
    rf"{_EN_UNIT_BEFORE}"
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?(?:(?:{_UPPER}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}"
    rf"(?:{_EN_STREET_TYPES})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b)?{_EN_TAIL}"
)
_EN_UNIT_ADDRESS = rf"\b(?:Unit|Flat|Apt|Apartment|Suite)\s+\w+,\s*(?:{_UPPER}\s+){{1,3}}(?:{_EN_STREET_TYPES})\b\.?{_EN_TAIL}"
_POSTCODE_TOWN = rf"(?:,\s*|\s+)(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+{_TOWN}"
_UNIT = (
    r"(?:,?\s*(?:\d{1,2}(?:\.|e|er|ème|st|nd|rd|th)?\s?(?i:poschodie|patro|nadstropje|kat|emelet|em\.|OG|"
    r"Etage|Stock|étage|piętro|piano|andar|floor|aukštas|stāvs|korrus|kerros|krs\.?|sprat)\b\.?(?:\s*\d{1,3}\.?)?"
    r"|(?i:bâtiment|bât\.|escalier|esc\.|porte|appartement|appt\.?|Hinterhaus|Vorderhaus|Seitenflügel|"
    r"Gartenhaus|Aufgang|Stiege|Tür|Top)(?:\s*[\w-]{1,4}\b)?"
    r"|\d{1,2}\.?\s?[º°ª]\.?(?:\s*\d?[º°ª])?(?:\s*(?:esq|dto|dta|dt|frente|izq|izda|dcha|der)\b\.?)?"
    r"|(?i:apto?|apartamento|apartment|bloco|bloque|casa|sala|piso|puerta|andar|lote|loja|local|escalera|esc|"
    r"portal|scala|interno|int|piano|lokal|lok|mieszkanie|m\.|bl|sc|ap|boîte|bte|bus|étage|byt|stan|kat|"
    r"daire|depto|dpto|departamento|oficina|of|torre|interior|int)\.?\s*[\w-]{1,4}\b|fundos"
    r"|(?i:parter|parterre|rez-de-chaussée|erdgeschoss|planta baja|térreo|ground floor|přízemí|prízemie|"
    r"pritličje|földszint)\b|EG\b))*"
)
"""What follows a house number in many countries: floor and side ("3.º esq.", "2º B"), flat, door,
staircase, shop or box ("loja B", "scala C, interno 4", "lokal 2", "bl. A3, ap. 14", "boîte 3"), or
the ground floor ("bl. M2, parter", "rez-de-chaussée", "EG")."""
_ANY_POSTCODE_TOWN = (
    r"(?:,?\s*(?:[A-Z]{1,2}-)?(?:\d{3}\s\d{2}|\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3})\s+"
    rf"(?=[^\W\d_]*[{_SMALL}])(?:[{_CAPITALS}][^\W\d_]*(?:['’-][^\W\d_]+)*)(?!\w)"
    r"(?:[ -](?:(?:de|da|do|dos|das|del|la|le|sur|am|an|der|im|en)[ -])?"
    rf"(?=[^\W\d_]*[{_SMALL}])[{_CAPITALS}][^\W\d_]*(?!\w)){{0,3}}(?:\s+(?:\d{{1,2}}|[A-Z]|[NSØVCK])\b)?)"
)
"""A postcode of any European shape and its town ("602 00 Brno", "8000 Aarhus C", "4000-123 Porto")."""
_DE_ADDRESS = (
    r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|"
    r"chaussee|stieg|zeile|kamp|graben|anger|gässle|gässchen|hof)\s+\d{1,4}(?:\s?[a-zA-Z]\b|/\d{1,3}\b)?"
    rf"(?:{_POSTCODE_TOWN}|{_ANY_POSTCODE_TOWN})?"
)
_DE_HYPHENATED = (
    r"\b(?:[A-Z][a-z]{0,4}\.-)?(?:[A-ZÄÖÜ][\wäöüß]*-){1,4}(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)"
    rf"\s+\d{{1,4}}(?:\s?[a-zA-Z]\b|/\d{{1,3}}\b)?{_UNIT}(?:{_POSTCODE_TOWN}|{_ANY_POSTCODE_TOWN})?"
)
"""German streets named after a person, hyphenated ("Dr.-Anna-Weber-Straße 3a", "Max-Planck-Ring 4")."""
_DE_MULTIWORD = (
    r"\b(?:[A-ZÄÖÜ][\wäöüß-]+\s+){1,2}(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer)"
    rf"\s+\d{{1,4}}(?:\s?[a-zA-Z]\b|/\d{{1,3}}\b)?(?:{_POSTCODE_TOWN}|{_ANY_POSTCODE_TOWN})?"
)
_FR_ADDRESS = (
    r"\b\d{1,4}(?:\s?(?:bis|ter|[A-Z]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|"
    r"route|quai|cours|square|passage|voie|sentier|lotissement|résidence|hameau|rond-point|faubourg|"
    r"cité|montée|esplanade|promenade|parvis|villa)\s+"
    r"(?:(?:de|du|des|la|le|les|d'|l'|d’|l’)\s*)*[\w'’-]+(?:\s+(?:(?:de|du|des|la|le|les|et|d'|l'|d’|l’)\s*)*"
    rf"{_UPPER})*{_UNIT}(?:,?\s*\d{{5}}\s+{_TOWN}|{_ANY_POSTCODE_TOWN}|(?:,\s*{_TOWN}(?:\s*\({_TOWN}\))?)?,?\s*(?:[A-Z]{{2}}\s+)?{_CA_POSTCODE}\b)?"
)
_ES_PT_STREET = (
    r"Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Passeig|Plaza|Plaça|Camino|Ronda|Travesía|Carretera|Calzada|"
    r"Callejón|Rambla|Carrer|Pasaje|Glorieta|Rua|R\.|Travessa|Tv\.|Praça|Largo|Alameda|Estrada|"
    r"Passagem|Rodovia|Beco|Viela|Ladeira|Avinguda|Via|Vía|Privada|Andador|Prolongación|Blvd\."
)
_ES_PT_ADDRESS = (
    rf"\b(?:{_ES_PT_STREET})\s+(?:(?:de|del|dels|de la|de las|de los|la|el|els|d[aeo]s?|d'|d’)\s*)*"
    rf"{_UPPER}(?:\s+(?:(?:de|del|la|las|los|y|i|e|d[aeo]s?|d'|d’)\s*)*{_UPPER}){{0,4}}"
    r",?\s*(?:n[º°o]\.?\s*)?(?:\d{1,2}\.\d{3}|\d{1,5})[A-Za-z]?\b"
    rf"(?:,?\s*(?:\d{{1,2}}[º°ª]\s*\d?[º°ª]?\w?|apto?\.?\s*\w+|apartamento\s*\w+|bloco\s*\w+|casa\s*\w+|"
    r"sala\s*\w+|piso\s*\w+|puerta\s*\w+|andar\s*\w+|lote\s*\w+|fundos))*"
    rf"{_UNIT}"
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
    rf"{_UNIT}(?:,?\s*\d{{5}}\s+{_TOWN}(?:\s*\([A-Z]{{2}}\))?)?"
)
_NL_SUFFIX = r"straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|dreef"
_NL_SUFFIX_WITH_POSTCODE = r"markt|baan|wal|haven|hof|pad|park"
"""Street types that also end German and English words ("Supermarkt", "Fuhrpark", "Launchpad"): a
street only with a postcode after it."""
_NL_LEAD = r"(?:[A-Z][a-z]+\s+(?:van|de|der|den|ter|ten|het|'t)\s+|Van\s+(?:der\s+|den\s+)?)?"
"""Words before a street type that are part of the name: "Burgemeester de Vlugtlaan", "Van Goghlaan"."""
_NL_LOWER_SUFFIX = r"straat|laan|plein|gracht|kade|singel|steeg|dreef|steenweg"
"""In lower case only the street types that end no everyday compound ("snelweg", "supermarkt")."""
_NL_POSTCODE_TOWN = rf"(?:,?\s*[1-9]\d{{3}}\s?[A-Z]{{2}}(?:\s+{_TOWN})?|,\s*[1-9]\d{{3}}\s+{_TOWN})"
_NL_ADDRESS = (
    rf"(?<![\w'’-]){_NL_LEAD}[A-Z][^\W\d_]{{0,40}}?(?:{_NL_SUFFIX})\s+\d{{1,4}}(?!\d)"
    rf"(?:\s?[a-zA-Z]\b|-\d{{1,3}}\b|\s+bus\s+\d{{1,3}}\b)?(?:{_NL_POSTCODE_TOWN})?"
    rf"|(?<![\w'’-]){_NL_LEAD}[A-Z][^\W\d_]{{0,40}}?(?:{_NL_SUFFIX_WITH_POSTCODE})\s+\d{{1,4}}(?!\d)"
    rf"(?:\s?[a-zA-Z]\b|-\d{{1,3}}\b)?{_NL_POSTCODE_TOWN}"
    rf"|\b[a-zà-ÿ]{{3,}}(?:{_NL_LOWER_SUFFIX})\s+\d{{1,4}}\b(?:\s?[a-z]\b|\s+bus\s+\d{{1,3}}\b)?"
    r"(?:,?\s*[1-9]\d{3}\s?[a-z]{2}\s+[a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)?|\s+[1-9]\d{3}\s+[a-zà-ÿ]+)?"
)
"""Dutch and Flemish streets: the type ends the name ("Kerkstraat 12", "Van Goghlaan 5a"), then a Dutch
postcode ("1234 AB") or a Belgian one ("2000 Antwerpen"); in lower case (speech recognition) only a
compound street with its number, and a postcode right after it."""
_PL_ADDRESS = (
    rf"\b(?:ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|pl\.|plac)\s+{_UPPER}(?:\s+{_UPPER}){{0,3}}"
    rf"\s+\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?\b{_UNIT}(?:,?\s*\d{{2}}-\d{{3}}\s+{_TOWN})?"
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
    r"(?:\s*bis)?(?:\s+(?:Sur|Norte|Este|Oeste))?\s*(?:#|No\.?|N[º°])\s*\d{1,3}\s?[A-Z]?\s*-\s*\d{1,3}"
    rf"{_UNIT}"
)
"""Colombian and other grid addresses: 'Carrera 76 # 35-21'."""
_FR_NAME_FIRST = (
    r"(?<![\w’'])(?i:rue|avenue|av\.|boulevard|bd|chemin|route|place|allée|impasse|quai|ruelle|sentier|"
    r"promenade|passage)\s+(?:(?:de|du|des|la|le|les|d'|l'|d’|l’)\s*)*"
    rf"{_UPPER}(?:[ -](?:(?:de|du|des|la|le|les|et|d'|l'|d’|l’)\s*)*{_UPPER}){{0,3}},?\s+\d{{1,4}}"
    rf"(?:\s?(?:bis|ter|[A-Za-z]))?\b(?![.,]\d|\s?%){_UNIT}{_ANY_POSTCODE_TOWN}?"
)
"""Belgian, Swiss and Luxembourgish French: the street first, then the number ("rue des Lilas 52, 4020
Liège", "chemin des Pins 9", "avenue des Acacias 17 boîte 3")."""
_RO_ADDRESS = (
    r"\b(?:Str\.|Strada|Bd\.|B-dul|Bulevardul|Calea|Șos\.|Sos\.|Șoseaua|Soseaua|Aleea|Splaiul|Piața|"
    rf"Intrarea)\s+{_UPPER}(?:\s+{_UPPER}){{0,3}},?\s+(?i:nr)\.?\s*\d{{1,4}}[A-Za-z]?\b{_UNIT}"
    rf"{_ANY_POSTCODE_TOWN}?"
)
"""Romanian: the type, the name, "nr." and the number ("Str. Teilor nr. 7, bl. A3, ap. 14")."""
_RU_TYPES = (
    r"ул\.?|улиц[аеуы]|вул\.?|вулиц[яі]|пр-к?т|просп\.|проспект[еу]?|пер\.|переул(?:ок|ке)|пров\.|провулок|б-р|"
    r"бул\.|бульвар[еу]?|наб\.|набережн(?:ая|ой)|ш\.|шоссе|пл\.|площад[ьи]|мкр\.?|мкрн\.?|микрорайон[еу]?"
)
_RU_TYPES_AFTER = r"улиц[аеуы]|проспект[еу]?|переул(?:ок|ке)|бульвар[еу]?|шоссе|набережн(?:ая|ой)|площад[ьи]"
_RU_COUNTED = (
    r"лет|год\w*|раз\w*|минут\w*|мин|час\w*|дн\w*|недел\w*|месяц\w*|человек\w*|рубл\w*|руб|тысяч\w*|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|"
    r"декабр\w*|%|процент\w*|штук\w*|км|метр\w*|этаж\w*"
)
"""Words after a number that make it a count, a time or a date ("улице Гагарина 3 года", "площади Победы 9
мая"), not a house number."""
_RU_HOUSE = (
    r"(?:,?\s*(?:д\.|дом[еу]?|буд\.|будинок)\s*|,?\s+)\d{1,4}(?!\d|\s*(?:" + _RU_COUNTED + r")(?![^\W\d_]))"
    r"(?:\s?[а-яё](?![^\W\d_]))?(?:/\d{1,4})?"
    r"(?:,?\s*(?:кв\.|квартир[аеуы]|оф\.|офис[еу]?|корп\.|корпус|к\.|стр\.|строение|эт\.|этаж|пом\.|"
    r"помещение)\s*\d{1,4}[а-яё]?(?![^\W\d_]))*"
)
_RU_BEFORE = (
    rf"(?:\b\d{{5,6}},\s*)?(?:{_UPPER}\s+(?:область|обл\.|край),\s*)?"
    rf"(?:(?:г\.|город|м\.|місто)\s*{_UPPER},\s*)?"
)
_RU_ADDRESS = (
    rf"{_RU_BEFORE}(?<![^\W\d_])(?:{_RU_TYPES})(?:\s+|(?<=\.))(?:\d{{1,2}}(?:-?го)?\s+)?{_UPPER}(?:\s{_UPPER}){{0,2}}"
    rf"{_RU_HOUSE}(?:,\s*\d{{5,6}}\b(?:\s+{_TOWN_WORD})?)?"
    rf"|{_RU_BEFORE}{_UPPER}(?:\s{_UPPER})?\s+(?:{_RU_TYPES_AFTER}){_RU_HOUSE}(?:,\s*\d{{5,6}}\b(?:\s+{_TOWN_WORD})?)?"
)
"""Russian, Ukrainian and Belarusian addresses: the street's type, abbreviated or not, before or after
its name ("ул. Тверская, д. 12, кв. 5", "Ленинский проспект 30", "вул. Хрещатик, 22"), a house number,
flat, office or building, and the postcode, region and town written before the street ("123456,
<Name> область, г. Город, ...") or after it."""
_COMPOUND_STREETS = (
    r"gatan|gata|gatu|gaten|vägen|gränd|torget|stigen|backen|allén|vej|vejen|gade|stræde|plads|torv|"
    r"vænge|vænget|veien|vegen|veg|plassen|bakken|katu|tie|kuja|polku|väylä|kaari|rinne|raitti|vegur|"
    r"stræti|braut|brautar|götu|vegi|"
    r"straße|strasse|gasse|allee"
)
"""Street types that end a compound street name in the Nordic languages, Finnish and German
("Storgatan", "Kirkevej", "Fjordveien", "Koivukatu", "Seestrasse")."""
_COMPOUND_ADDRESS = (
    rf"(?<![\w'’-])[^\W\d_]{{2,}}(?:{_COMPOUND_STREETS})\s+\d{{1,4}}(?:\s?[A-Za-z]\b|/\d{{1,3}}|-\d{{1,3}})?"
    r"(?![\d.,]\d|\s?%)"
    rf"{_UNIT}(?:{_ANY_POSTCODE_TOWN}|\s+\d{{4,5}}\s+[a-zß-ÿ]+(?=[\s,.]|$))?"
)
"""A compound street and its number, in capitals or not (speech recognition writes "seestrasse 22
8001 zürich"); the type must follow at least two letters, so a word that is only the type ("backen")
is not a street."""
_LOWER_TYPES = (
    r"cesta|ulica|ul\.|trg|utca|út|útja|tér|körút|köz|g\.|gatvė|pr\.|prospektas|al\.|iela|tänav|mnt\.|"
    r"maantee|ulice|náměstí|nám\.|námestie|trieda|street|road|rd\.|st\."
)
"""Street types written after the name in lower case ("Slovenska cesta", "Kossuth Lajos utca",
"Gedimino pr.")."""
_NUMBER_THEN_POSTCODE = (
    rf"(?<![\w'’-]){_UPPER}(?:\s+(?:{_UPPER}|[a-zà-ÿāčēģīķļņšūžąęėįųőű]{{3,}})){{0,2}}(?:\s+(?:{_LOWER_TYPES}))?\s+\d{{1,4}}[a-zA-Z]?(?:/\d{{1,4}}[a-zA-Z]?)?"
    rf"{_UNIT},\s*(?!(?:19|20)\d\d\s)(?:[A-Z]{{1,2}}-)?(?:\d{{3}}\s\d{{2}}|\d{{3,6}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}})\s+"
    rf"(?P<town>{_TOWN_WORD})(?:[ -]{_TOWN_WORD}){{0,2}}(?:\s+(?:\d{{1,2}}|[A-Z])\b)?"
)
"""Any street (no type needed) with its number, then a comma, a postcode and a town: how an address is
written in most of Europe ("Am Anger 27, 8200 Weiz", "Lipová 1184/12, 602 00 Brno"). A
four-digit year after the comma is no postcode ("Model 3, 2019 Tesla"), and the town must be a town:
one the place index knows, or a word too rare to be an ordinary one ("Kapitel 12, 3000 Stück" is no
address)."""
NUMBER_THEN_POSTCODE = re.compile(_NUMBER_THEN_POSTCODE)
NUMBER_NAME_TOWN_POSTCODE = re.compile(
    rf"{_EN_UNIT_BEFORE}\b\d{{1,5}}[A-Za-z]?\s+{_UPPER}(?:\s+{_UPPER}){{0,2}},\s*(?P<town>{_TOWN})"
    rf",?\s+(?:{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE}|{_US_ZIP})\b"
)
"""A house number and a street name with no street word, then a town and a postcode of the English
conventions ("12 Oakfield, Leeds LS6 2AB", "221B Baker, London NW1 6XE"): the postcode and a
town the place index knows say it is an address."""
POSTCODE_TOWN_AFTER_COMMA = re.compile(
    r"(?:(?<=,\s)|\b(?:[Ii]n|im|à|a|en|em|no|na|w|v|u|i|di|te|til|till|aan)\s|(?<![\w-])(?=[A-Z]{1,2}-\d))"
    r"(?P<code>(?!(?:19|20)\d\d\s)(?:[A-Z]{1,2}-)?(?:\d{3}\s\d{2}|\d{4,6}|\d{2}-\d{3}|\d{4}-\d{3})(?<!000))\s+"
    rf"(?P<town>{_TOWN_WORD}(?:[ -](?:(?:de|da|do|del|la|le|am|an|der)[ -])?{_TOWN_WORD}){{0,2}})"
    r"(?:\s+(?:\d{1,2}|[A-Z])\b)?"
)
"""A postcode and its town after a comma or a preposition, or with a country letter ("Col. Roma, 06700
Ciudad de México", "we're in 8001 Zürich", "CH-8001 Zürich"), with or without a street before it: the
town must be one the place index knows, and a year is no postcode ("in 2000 Berlin had ...")."""
TOWN_THEN_POSTCODE = re.compile(
    r"(?:\b(?:Kota|Kabupaten|Kab\.|Provinsi|Kecamatan|Kec\.)\s+)?"
    rf"(?P<town>{_TOWN_WORD}(?:\s{_TOWN_WORD})?)\s+(?:[A-Z]{{2,3}}\s+)?(?P<code>\d{{5,6}})(?=\s*[,.;)]|\s*$)"
)
"""A town, then a postcode of five or six digits that ends a clause ("Bengaluru 560001.", "Jakarta
12190,", "Kota Bandung 40123", with the Indonesian city or regency word before it): Indian,
Indonesian and other conventions; the town must be one the place index knows."""
TOWN_PLACE_SIZE = 3
"""A town of at least a thousand people in the place index (sizes are powers of ten of the population;
alternative names count two less), so that a hamlet spelled like a noun ("Tonnen") is not one."""
TOWN_WORD_ZIPF = 3.0
"""A word after a postcode rarer than this in every supported language is taken for a small town
(a village of a few hundred people); nouns that count things ("Paletten", "Besucher") are more common."""
_COUNTED = (
    r"times|vezes|veces|fois|volte|mal|keer|razy|krát|kertaa|gånger|gange|ganger|kez|ori|kali|puta|"
    r"km|m|cm|kg|t|min|h|%|horas?|minutos?|minuti|ore|heures?|stunden|godzin\w*|hodin\w*|dni|días|dias|"
    r"giorni|jours|tage|days|hours|minutes|pasy|carriles|faixas|voies|corsie|kilomet\w*|kilómet\w*|"
    r"quilômet\w*|километр\w*|минут\w*|часов|часа|дней|дня|лет|года|minute|hour|day|week|weeks|month|months|"
    r"year|years|mile|miles|años|meses|semanas|anos|mesi|settimane|anni|ans|mois|semaines|lat|miesięcy|"
    r"tygodni|jam|menit|hari|tahun|bulan|minggu|năm|tháng|tuần|ngày|giờ|phút|недел\w*|месяц\w*"
)
"""Words that make the number before them a count or a measure, not a house number ("na rua principal
2 vezes", "la rue principale 2 fois")."""
_LOWER_TYPE_FIRST = (
    r"\b(?:rua|avenida|alameda|travessa|calle|carrer|avinguda|paseo|viale|piazza|ulica|ulicy|ulicę|ul\.|"
    r"aleja|alei|aleje|strada|str\.|rue|chemin|boulevard|jl\.|ulice|utca|útja)\s+"
    r"(?:[a-zà-ÿąćęłńóśźżășțčěřšžůýő'’-]+\s+){1,4}?(?:n[º°o]\.?\s*|nr\.?\s*|no\.?\s*)?\d{1,5}[a-z]?"
    rf"(?:/\d{{1,4}})?\b(?![.,]\d|\s?%|\s+(?:{_COUNTED})\b){_UNIT}"
)
"""In speech written without capitals, a street type before the name ("alameda das flores 150
apartamento 8", "ulicy lipowej 4 lokal 2")."""
_EN_LOWER = (
    r"\b\d{1,5}[a-z]?\s+(?!(?:the|a|an|of|to|in|on|at|by|down|up|my|our|your|their|his|her|and|or|more|other|"
    r"miles?|km|minutes?|hours?|times|days?|weeks?|years?|cars?|trucks?)\b)[a-z]+(?:\s+(?!(?:the|a|an|of|to|in|"
    r"on|at|by|down|up|and|or)\b)[a-z]+)?\s+(?:street|road|avenue|lane|drive|crescent|terrace|boulevard|parkway|"
    r"square|gardens|highway)\b"
)
"""An English street in speech written without capitals ("12 church street")."""
_HU_ADDRESS = (
    rf"(?:\b\d{{4}}\s+{_TOWN},\s*)?(?:{_UPPER}\s+){{0,3}}(?:\d{{1,2}}\.\s+)?(?<!\w)(?i:utca|u\.|út|útja|tér|körút|krt\.|köz|"
    r"sor|fasor|rakpart|sétány)[ \t]+\d{1,4}\.?(?:/[A-Za-z])?(?:\s+[IVX]{1,4}\.)?(?:\s+(?:em|emelet)\.?\s*\d{1,3}\.?)?"
)
"""Hungarian: the postcode and town may come first, then the street with its type after it and the
number with a dot ("1051 Budapest, Nádor utca 12. II. em. 3.")."""
_LOWER_TYPE_AFTER = (
    r"\b[a-zà-ÿāčēģīķļņšūžąęėįųőű]{3,}\s+(?:gatvė|gatve|g\.|prospektas|pr\.|alėja|iela|utca|út|cesta|ulica|tér|"
    r"tänav|maantee|street|road|avenue)\s+\d{1,4}[a-z]?\b(?![.,]\d|\s?%"
    rf"|\s+(?:{_COUNTED}|hodin\w*|ur[ae]?|sati|val|kartus|reizes)\b){_UNIT}(?:\s+\d{{4,5}})?"
)
"""A street type after the name, in speech written without capitals ("savanorių prospektas 321")."""
_ID_LOWER = (
    r"\bjalan\s+(?:[a-z]+\s+){1,4}?(?:nomor|no\.?)\s*\d{1,4}[a-z]?\b"
    r"(?:\s+rt\.?\s*\d{1,3}\s*/?\s*rw\.?\s*\d{1,3})?(?:(?:\s+[a-z]+){0,4}?\s+\d{5}\b)?"
)
"""Indonesian in speech written without capitals: "jalan", the name, "nomor" and the number."""
_PO_BOX = (
    r"\b(?:P\.?\s?O\.?\s?Box|Post Office Box|Postfach|Apartado(?: de [Cc]orreos)?|Caixa Postal|"
    r"Casilla(?: de [Cc]orreo)?|Casella [Pp]ostale|Postboks|Postbus|Skrytka pocztowa|Postilokero|B\.?P\.?)"
    rf"\s*\d{{1,6}}(?:\s\d{{2,3}}){{0,2}}\b(?![.,]\d){_ANY_POSTCODE_TOWN}?"
)
"""A post-office box ("PO Box 1234", "Postfach 12 34 56", "Caixa Postal 987")."""
_ID_ADDRESS = (
    rf"\b(?:Jl\.|Jln\.|Jalan|Gg\.|Gang)\s+{_UPPER}(?:\s+{_UPPER}){{0,3}},?\s+(?i:no|nomor)\.?\s*\d{{1,4}}[A-Za-z]?\b"
    r"(?:,?\s*RT\.?\s*\d{1,3}\s*/\s*RW\.?\s*\d{1,3})?"
    rf"(?:,\s*{_TOWN}(?:\s+\d{{5}})?)?"
)
"""Indonesian streets: "Jl." and the name, "No." and the number, then neighbourhood ("RT 03/RW 05")
and town."""
_ID_NEIGHBOURHOOD = r"\bRT\.?\s*\d{1,3}\s*/\s*RW\.?\s*\d{1,3}\b"
"""An Indonesian neighbourhood and hamlet ("RT 04/RW 11") written apart from its street: a few dozen
households, an address on its own."""
_FLAT_IN_BUILDING = (
    rf"\b(?:Flat|Apartment|Apt\.?)\s+\d{{1,4}}[A-Za-z]?,\s*(?:{_UPPER}\s+){{1,3}}"
    r"(?:Heights|Apartments|Towers?|Residency|Residences?|Enclave|Court|House|Building|Complex|Society|"
    r"Mansions?|Block|Gardens|Villas?|Nagar|Niwas|Apts)\b"
)
"""A flat and its number before a named building ("Flat 12, Rosewood Heights"): the building stands
for the street in Indian and other English conventions; the building must end in a building word
("Flat 2, Maria lived..." is no address)."""
_IN_LOCALITY = (
    r"Nagar|Colony|Vihar|Enclave|Layout|Market|Bazaar|Bazar|Chowk|Marg|Road|Puram|Pura|Ganj|Bagh|Park|"
    r"Extension|Cross|Main|Sector|Block|Phase|Pocket|Stage|Society|Apartments?|Towers?|Complex|Estate|Area"
)
"""Words of an Indian locality or building ("... Nagar", "3rd Cross", "Sector 62"): one of them, or a
PIN code, makes a unit number and the parts after it an address (``find_addresses``)."""
_IN_WORD = rf"(?:{_UPPER}|\d{{1,2}}(?:st|nd|rd|th)(?!\w))"
"""A word of an Indian locality: capitalised, or an ordinal ("3rd Cross", "Koramangala 4th Block")."""
IN_ADDRESS = re.compile(
    r"\b(?:(?:(?i:h\.?\s?no|(?:house|flat|shop|plot|door|office|gala|makaan|makan|dukaan)(?:\s+(?:no|number))?)\.?\s*[:#]?\s*|No\.\s?|#\s?)"
    r"(?:[A-Z]-?\d{1,4}[A-Z]?|\d{1,5}(?:[-/]\d{1,4}){0,3}(?:[-/]?[A-Z])?)|[A-Z]-\d{2,4}[A-Z]?)"
    rf"(?P<parts>(?:,\s*(?:(?i:sector|block|phase|pocket|stage)\s+[\w-]{{1,4}}"
    rf"|{_IN_WORD}(?:\s+{_IN_WORD}){{0,3}})){{1,6}})"
    r"(?:,?\s*(?P<pin>[1-9]\d{2}\s?\d{3})(?![\d.,]\d|\s?%))?"
)
"""An address in the Indian convention: a house, flat, shop, plot or door number ("H.No. 5-9-22/A",
"Shop No. 14", "No. 42", "#12", "B-204"; the Hindi "Makaan No." too), then the parts of the locality after commas ("Sector 62", "3rd Cross",
"Adarsh Nagar"), the city and the state, and perhaps the six-digit PIN code; an address only with a
PIN or a locality word among the parts (``_IN_LOCALITY``: "Flat 2, Maria lived..." is none)."""
_SPOKEN_DIGIT = "zero|oh|one|two|three|four|five|six|seven|eight|nine|shunya|ek|do|teen|char|chaar|paanch|chhe|saat|aath|nau"
"""A digit read out in English or Hindi: six of them after an Indian address are its PIN code."""
IN_SPOKEN_ADDRESS = re.compile(
    r"\b(?:house|flat|shop|plot|door|makaan|makan|ghar)\s+(?:number|no\.?|nambar|nomor)\s+\d{1,5}[a-z]?"
    r"(?:\s+(?:sector|block|phase|gali|lane|street)\s+[a-z\d]{1,4}\b)?"
    r"(?:\s+[a-z]+){0,3}?\s+(?i:nagar|colony|vihar|enclave|layout|market|bazaar|bazar|chowk|marg|road|puram|ganj)\b"
    rf"(?:(?:\s+[a-z]+){{0,2}}?(?:\s+(?:{_SPOKEN_DIGIT})){{6}}\b)?"
)
"""The same read out without capitals ("plot number 42 sector b <colony> nagar"): a unit word and its
number, a sector or lane, and up to three words ending in a locality word; then the city and the PIN
code read out digit by digit, if they follow."""


_VI_UNIT = r"(?:(?i:phường|quận|huyện|thị xã|thị trấn|xã|tỉnh|thành phố)|TP\.?|Tp\.|P\.|Q\.)"
"""Vietnamese administrative units written before their name or number: ward, district, county, town,
commune, province, city (and the abbreviations "TP.", "P.", "Q.", with their capitals: "p. 45" is a
page)."""
_VI_PLACE = rf"(?:\d{{1,3}}|{_UPPER}(?:\s{_UPPER}){{0,3}})"
VI_ADDRESS = re.compile(
    rf"(?<![\w/])\d{{1,4}}[A-Z]?(?:/\d{{1,4}}[A-Z]?){{0,3}}\s(?:(?i:đường|phố|hẻm|ngõ|kiệt)\s)?{_UPPER}(?:\s{_UPPER}){{0,4}}"
    rf"(?:,?\s{_VI_UNIT}\s?{_VI_PLACE}){{1,4}}"
)
"""An address in the Vietnamese convention: the house number ("27", "45/3", "12A"), perhaps "đường"
(street) or an alley word, the street's name, then at least one administrative unit and its name or
number ("số 27 đường ○○ ○○, phường 3, quận 5, TP. ○○ ○○ ○○"). The streets are named after people,
so without this the street reads as a person and the rest of the address stays."""


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
            _RO_ADDRESS,
            _RU_ADDRESS,
            _PO_BOX,
            _ID_ADDRESS,
            _ID_NEIGHBOURHOOD,
            _FLAT_IN_BUILDING,
            _ID_LOWER,
            _HU_ADDRESS,
            _DE_HYPHENATED,
            _LOWER_TYPE_AFTER,
            _FR_NAME_FIRST,
            _COMPOUND_ADDRESS,
            _LOWER_TYPE_FIRST,
            _EN_LOWER,
        )
    )
)
_POSTCODE_WORDS = (
    r"zip|zip ?code|postcode|post code|postal code|eircode|code postal|postleitzahl|plz|código postal|"
    r"codigo postal|postnummer|postnr\.?|postinumero|kod pocztowy|kodu pocztowego|posta kod\w*|"
    r"poštanski broj|poštna številka|cod po[șs]tal|irányítószám|kode pos|pašto kodas|pasta indekss|"
    r"postiindeks|codice postale|pin ?code|poštn\w* številk\w*|pašto kod\w*|póstnúmer\w*|"
    r"postnumm?er\w*|irányítószám\w*|psč|(?:почтов\w+ |поштов\w+ )?(?:индекс\w*|індекс\w*)|(?:邮编|邮政编码|郵編|郵遞區號|郵便番号)(?:是|は|：)?|우편번호(?:는)?"
)
"""Words that announce a postcode, in the languages the finder reads."""
_ANY_POSTCODE = (
    rf"{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE}|\d{{5}}-\d{{3,4}}|\d{{4}}-\d{{3}}|\d{{3}}-\d{{4}}|\d{{2}}-\d{{3}}|"
    r"\d{3} \d{2}|[1-9]\d{3}\s?[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{3,6}"
)
"""A postcode of any of their shapes, once a word has announced one (Japanese 000-0000 too). Chinese,
Japanese and Korean write the next word right after it ("우편번호 06284입니다", "郵便番号は150-0001です")."""
POSTCODE = re.compile(
    rf"\b(?:{_UK_POSTCODE}|{_EIRCODE}|{_CA_POSTCODE})\b(?![-/])"
    r"|\b[a-z]{1,2}\d[a-z\d]?\s\d(?!st|nd|rd|th)[a-z]{2}\b|\b[a-z]\d[a-z]\s?\d[a-z]\d\b"
    r"|\b[ac-fhknprtv-y]\d[\dw]\s?(?=[a-z\d]{0,3}[a-z])[ac-fhknprtv-y\d]{4}\b"
    r"|\bCEP:?\s*\d{5}-?\d{3}\b"
    r"|\b\d{5}-\d{3}\b(?!-)"
    rf"|(?:(?i:\b(?:{_POSTCODE_WORDS}))|\b(?:CAP|CP|C\.P\.|PLZ|PSČ))(?:\s+[^\W\d_]{{1,6}}(?=\s)){{0,3}}\s*:?\s*(?P<code>(?i:{_ANY_POSTCODE}))(?![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]|[-/.,]\d)"
    r"|(?<=\bin )(?<!\d )\d{5}(?=[,.;!?](?!\d))|(?<=\bdans le )\d{5}\b(?![.,]\d)"
    r"|(?<=\bin )[1-9]\d{3}\s?(?!SA|SD|SS|KM|MB|GB|KB|TB|KW|MW|PS|HP|CV|AM|PM|BC|AD|CE|ML|KG|MM|CM|HZ|DB|EU|UK|US|TV|PC)"
    r"[A-Z]{2}\b"
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


_SPOKEN_EN_AT = re.compile(r"(\S+)\s+at\s+(\S+)", re.I)
EN_FUNCTION_ZIPF = 6.0
"""An English word at least this common ("and", "this", "some") is no part of an e-mail address."""


def _spoken_in_prose(value: str) -> bool:
    """English "at" between two of the language's most common words is prose, not an address read
    out: "remote-first, and at this point it" (where "point" and "it" also spell ". it")."""
    for match in _SPOKEN_EN_AT.finditer(value):
        # both words: "will at gmail dot com" and "ana at me dot com" are addresses
        if (
            min(zipf_in(match.group(1).casefold(), "en"), zipf_in(match.group(2).casefold(), "en"))
            >= EN_FUNCTION_ZIPF
        ):
            return True
    return False


PAYMENT_HANDLE = re.compile(
    rf"(?<![.+-])(?<!{_W})[A-Za-z0-9](?:{_W}|[.-])*[A-Za-z0-9]@[A-Za-z][A-Za-z0-9]{{1,24}}(?![\w@-]|\.[A-Za-z0-9])"
)
"""An address with a handle and no domain after the "@": a payment address ("<name>@okaxis", "<shop>@ybl",
India's UPI, which speakers read out to be paid), or an e-mail address whose domain was left off. It
names its owner as an e-mail does."""


def find_emails(text: str) -> Iterator[Match]:
    for pattern in (EMAIL, SPOKEN_EMAIL, PAYMENT_HANDLE):
        for match in pattern.finditer(text):
            if pattern is SPOKEN_EMAIL and _spoken_in_prose(match.group(0)):
                continue
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
    dated = _DATE_HOUR.fullmatch(stripped)
    if dated and (dated.group("hour") is None or text[start + len(value) : start + len(value) + 1] == ":"):
        return False  # a date and the hour of a time: "(2023-04-20 16:04 GMT+1)", a meeting's title
    groups = [g for g in re.split(r"[\s()./-]+", stripped.lstrip("+")) if g]
    if all(_YEAR.fullmatch(g) for g in groups):
        return False  # a list or range of years
    if "/" in stripped and not re.match(r"\(?0\d{1,4}/", stripped):
        return False  # a slash follows only a trunk code ("030/1234567"); "2023/04512" is a reference
    if re.fullmatch(r"0[.,]\d+", stripped):
        return False  # a decimal ("0.00012345")
    international = stripped.startswith("+") or (stripped.startswith("00") and not stripped.startswith("000"))
    if not international and re.fullmatch(r"[1-9]\d{0,2}(?:[ .]\d{3})+", stripped):
        # an amount with thousands separators; but nine digits in three threes that end a clause, with
        # no unit or currency after them, are how many countries write a mobile number ("698 104 552.")
        after = text[start + len(value) : start + len(value) + 2]
        threes = re.fullmatch(r"\d{3} \d{3} \d{3}", stripped) and not stripped.endswith("000")
        # or that a phone word announces ("mam telefon 601 234 567 i ...")
        announced = bool(_PHONE_ONLY_CUE.search(text[max(0, start - 30) : start]))
        if not (threes and (not after or after[0] in ".,;)\n" or announced)):
            return False  # "120 000 000." is an amount however it ends
    trunk = len(groups) == 2 and groups[0].startswith("0") and len(groups[0]) <= 4 and len(groups[1]) <= 8
    # "+39 347 1234567", "+31 6 12345678": a country code, an area or mobile prefix, the subscriber
    trunk = trunk or (
        international and len(groups) <= 4 and len(groups[0]) <= 4 and all(len(g) <= 8 for g in groups)
    )
    # "chiamami al 333 1234567": a mobile prefix and the subscriber, announced by a phone word
    trunk = trunk or (
        len(groups) == 2
        and len(groups[0]) <= 4
        and len(groups[1]) <= 8
        and bool(_PHONE_ONLY_CUE.search(text[max(0, start - 30) : start]))
    )
    if len(groups) > 1 and any(len(g) > 6 for g in groups) and not trunk:
        return False  # "06-12345678", "020-1234567": a trunk code, then the subscriber's number
    before = text[max(0, start - 60) : start]
    cue = bool(_PHONE_CUE.search(before))
    specific_at = max((m.end() for m in _PHONE_ONLY_CUE.finditer(before)), default=-1)
    reference_at = max((m.end() for m in _REFERENCE_CUE.finditer(before)), default=-1)
    if not international and reference_at > specific_at:
        return False  # "Auftragsnummer 2023-104512", "ordre nummer 4411 2290"
    if any(re.match(r"000\d", g) for g in groups) or (
        not international and re.fullmatch(r"(?:19|20)\d\d[-/]\d{3,}", stripped)
    ):
        return False  # zero-padded ("0001-00004321") or dated ("2023-104512") references
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
    return (
        cue or bool(re.fullmatch(r"\(?\d{3}\)?[ .-]\d{4}", stripped)) or _paired_groups(text, start, stripped)
    )


def _paired_groups(text: str, start: int, value: str) -> bool:
    """Eight digits read as three, two and three or as four pairs, separated by spaces ("412 57 903",
    "22 33 44 55"), or seven as three, two and two with hyphens ("123-45-67"): how national numbers
    are written in several countries. Only where the number ends a clause or a phone word announces
    it ("på 412 57 903.", "SMS til 48 21 07 66, for jeg"), and not pairs that only rise or only fall
    (years, ages, grades counted in a row): "412 57 903 kilo", "25 35 45 55 mostly", "10.20.30.40" and
    a house number before a postcode ("náměstí 12 390 01") are no phones."""
    found = re.fullmatch(r"\d+([ -])\d+(?:\1\d+)+", value)
    if not found:
        return False
    groups = value.split(found.group(1))
    shape = tuple(len(g) for g in groups)
    if not (shape in ((3, 2, 3), (2, 2, 2, 2)) and found.group(1) == " ") and not (
        shape == (3, 2, 2) and found.group(1) == "-"
    ):
        return False
    numbers = [int(g) for g in groups]
    steps = {(b > a) - (b < a) for a, b in zip(numbers, numbers[1:], strict=False)}
    if len(steps) == 1 and shape == (2, 2, 2, 2):
        return False
    after = text[start + len(value) : start + len(value) + 1]
    announced = bool(_PHONE_ONLY_CUE.search(text[max(0, start - 30) : start]))
    return not after or after in ".,;)\n" or announced


def find_phones(text: str) -> Iterator[Match]:
    for match in _PHONE_SHAPE.finditer(text):
        value = match.group(0)
        # a trailing ')' or '(' that is not part of the number
        value = value.rstrip(" ).-") if value.count("(") < value.count(")") else value.rstrip(" (.-")
        if _plausible_phone(text, match.start(), value):
            yield Match("PHONE", match.start(), match.start() + len(value), value)


MIN_SPOKEN_TOKENS = 5
"""A number read out needs at least this many number words in a row (and seven digits or more)."""


def _spoken_languages(languages: Sequence[str] | None) -> tuple[str, ...]:
    """The transcript's languages (and English) whose number words a read-out number may use, English
    alone when none is known. Never all of them: "on" is ten in Turkish, "to" two in Danish and "et"
    one, and English and French speech would read as numbers. Norwegian written as bokmål or nynorsk
    ("nb", "nn") reads ``num2words``'s Norwegian ("no")."""
    known = {base_language(language) for language in languages or () if language}
    known |= {"no" for language in known if language in ("nb", "nn")}
    return tuple(
        lang for lang in (*SPELLED_NUMBER_LANGUAGES, *SPOKEN_NUMBER_WORDS) if lang in known or lang == "en"
    )


def _tens_then_unit(first: int, second: int) -> bool:
    """A tens word followed by a unit: one number said in two words ("forty two")."""
    return first >= 20 and first % 10 == 0 and 0 < second < 10


@lru_cache(maxsize=32)
def _unaccented_numbers(languages: tuple[str, ...]) -> dict[str, int]:
    """``spelled_numbers`` without their accents: speech recognition often writes none ("sapte" for the
    Romanian "șapte"). Only for phones read out, where a run of such words must make a number: alone,
    a Polish "pięć" without its accents is a stove."""
    unaccented: dict[str, int] = {}
    for word, value in spelled_numbers(languages).items():
        unaccented.setdefault(fold_accents(word), value)
    return unaccented


REPEATED_DIGIT_WORDS = {"double": 2, "triple": 3}
"""English words that say the next digit comes twice or three times ("double oh nine"), as phone
numbers are read out in Britain and Ireland."""


def _only_rises_or_falls(values: Sequence[int]) -> bool:
    """Whether every value is above the one before it, or every one below (true for one value)."""
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    return all(step > 0 for step in steps) or all(step < 0 for step in steps)


def find_spoken_phones(text: str, languages: Sequence[str] | None = None) -> Iterator[Match]:
    """A phone number read out as words, as speech recognition writes it ("five five five one two
    three four", "noll sju nio tre ..."): at least ``MIN_SPOKEN_TOKENS`` number words in a row that
    make seven to fifteen digits. A tens word and a unit after it are one two-digit group ("forty
    two"), a hundred and the tens after it one group of three ("пятьсот сорок один"), and in English
    "double" or "triple" repeats the digit after it; a run whose groups only rise or only fall is
    counting or a list ("one two three four five six seven", "two, seven, eight, ten, fifteen")."""
    spoken_languages = _spoken_languages(languages)
    words = spelled_numbers(spoken_languages)
    unaccented = _unaccented_numbers(spoken_languages)

    def value_of(word: str) -> int | None:
        value = words.get(word.casefold())
        if value is None and "en" in spoken_languages and word.casefold() in REPEATED_DIGIT_WORDS:
            return -REPEATED_DIGIT_WORDS[word.casefold()]
        return value if value is not None else unaccented.get(fold_accents(word))

    tokens = [(m, value_of(m.group(0))) for m in LETTER_RUN.finditer(text)]

    def joins(k: int) -> bool:  # "et" in "quarante et un": after a tens word, before a unit
        before, after = tokens[k - 1][1] if k > 0 else None, tokens[k + 1][1] if k + 1 < len(tokens) else None
        return before is not None and after is not None and _tens_then_unit(before, after)

    index = 0
    while index < len(tokens):
        if tokens[index][1] is None or tokens[index][1] == JOINING_WORD:
            index += 1
            continue
        end = index
        while end + 1 < len(tokens) and tokens[end + 1][1] is not None:
            gap = text[tokens[end][0].end() : tokens[end + 1][0].start()]
            if not re.fullmatch(r"[\s,-]{1,3}", gap) or (
                tokens[end + 1][1] == JOINING_WORD and not joins(end + 1)
            ):
                break
            end += 1
        while end > index and (tokens[end][1] or 0) < JOINING_WORD:
            end -= 1  # "..., double check it": a "double" with no digit after it is no part of the number
        run: list[int] = []
        repeat = 1
        for _m, value in tokens[index : end + 1]:
            if value is None or value == JOINING_WORD:
                continue
            if value < JOINING_WORD:  # "double oh": the next digit twice
                repeat = -value
                continue
            run.extend([value] * repeat)
            repeat = 1
        groups: list[int] = []
        for position, value in enumerate(run):
            before = run[position - 1] if position > 0 else None
            if before is not None and _tens_then_unit(before, value):
                groups[-1] += value  # "forty two" is one group of two digits
            elif before is not None and value == 100 and 0 < before < 10 and groups[-1] == before:
                groups[-1] = before * 100  # "iki yüz": two hundred
            elif groups and groups[-1] >= 100 and groups[-1] % 100 == 0 and 0 < value < 100:
                groups[-1] += value  # "пятьсот сорок один": one group of three digits
            else:
                groups.append(value)
        digits = sum(len(str(group)) for group in groups)
        # groups that only rise or only fall are a count, unless said with a hundred and of different
        # lengths: "sıfır üç yüz on iki dört yüz elli" is a number, "сто двадцать, сто тридцать" no
        listing = _only_rises_or_falls(groups) and (
            max(groups, default=0) < 100 or len({len(str(g)) for g in groups}) == 1
        )
        if len(run) >= MIN_SPOKEN_TOKENS and 7 <= digits <= 15 and not listing:
            start, stop = tokens[index][0].start(), tokens[end][0].end()
            yield Match("PHONE", start, stop, text[start:stop])
            spoken = "".join(str(group) for group in groups)
            for written in RESTATED_NUMBER.finditer(text, stop, min(len(text), stop + RESTATED_WITHIN)):
                if re.sub(r"\D", "", written.group(0)) == spoken:
                    # "... sedm dva, tedy 412 639 572": the same number written out after it
                    yield Match("PHONE", written.start(), written.end(), written.group(0))
                    break
        index = end + 1


STREET_WORDS_BEFORE = frozenset(
    """rua avenida alameda travessa largo praça estrada rodovia calle carrera carrer avinguda paseo camino
    callejón privada boulevard bulevar via viale vicolo piazza corso strada rue chemin allée impasse quai
    place ulica ulicy ulicę aleja alei osiedle ulice třída náměstí nábřeží utca út tér körút köz sokak
    sokağı cadde caddesi bulvar bulvarı mahalle mahallesi jalan jl gang gg perum perumahan komplek
    kompleks đường hẻm ngõ phố kiệt улица ул проспект переулок пер шоссе бульвар вулиця вул
    провулок""".split()
)
"""Street words that come before the street's name, in lower case as speech recognition writes them
(the Romance, Slavic, Hungarian, Turkish, Indonesian, Vietnamese and Cyrillic conventions): an address read out is one of
them, its name and a number said in words (Hungarian and Turkish ones when digits follow them). Words
that are as often something else ("largo", "carrera", "corso", "place") are taken only with the name
and number rules of ``find_spoken_addresses``; "av" (Swedish "of") is not taken."""
NUMBER_FIRST_STREET_WORDS = frozenset(
    "rue avenue boulevard chemin allée impasse quai place route cours".split()
)
"""The French street words, which the house number comes before ("huit rue des lilas")."""
STREET_SUFFIXES = (
    "straße", "strasse", "gasse", "weg", "platz", "allee", "gade", "vej", "gata", "gatan", "vägen", "veien",
    "gaten", "katu", "kuja", "tie", "straat", "laan", "plein", "gracht",
)  # fmt: skip
"""Street types written as the end of one word with the name ("lindenstraße", "storgatan", "kirkeveien"):
read out, the house number follows the word."""
STREET_COMPOUND_MIN = 7
"""A compound street is at least this long: the type and a name of a few letters ("hauptweg")."""
STREET_WORDS_AFTER = frozenset("street road avenue lane crescent terrace boulevard".split())
"""English street types, which come after the name: read out, the number comes first ("nine mill
road")."""
UNIT_WORDS = frozenset(
    """квартира кв индекс офис корпус apartamento apto piso andar bloco blok rt rw lokal mieszkanie
    appartement étage apartment flat unit suite byt phường quận tầng""".split()
)
"""Words that announce a flat, a block, a floor or a postcode after a house number read out: the
number after each goes with the address."""
HOUSE_NUMBER_WORDS = frozenset(
    "number no nr numéro número numero numer nomor číslo номер дом д квартира кв apartamento apto blok".split()
)
"""Words that announce a house or flat number inside an address read out: no part of the name."""
STREET_COMMON_ZIPF = 5.5
"""A word at least this common in the transcript's languages ("estaba", "tem", "coś") is ordinary
speech; two of them after a street word and before a number say the street word is no address
("la calle estaba llena y tuvimos dos"), where a street's name has at most one ("rua das acácias")."""
ENGLISH_NAME_ZIPF = 6.0
"""An English street's name read out before its type is no word this common ("one more street": "more");
"high" (5.6) is one."""
SPOKEN_STREET_SPAN = 8
"""How many words after a street word its name and house number may take ("улица садовая дом
двадцать три")."""


def _spoken_number(word: str, words: dict[str, int]) -> int | None:
    """The value of a number word of the transcript's languages (``words``: ``spelled_numbers``) or of
    a number written in digits, ``JOINING_WORD`` for a word that joins the parts of one, None for
    another word. Only the transcript's own languages: "o" and "ten" are numbers somewhere."""
    if word.isdigit():
        return int(word)
    return words.get(word.casefold())


def _street_word(word: str) -> bool:
    return (
        word in STREET_WORDS_BEFORE
        or word in STREET_WORDS_AFTER
        or (len(word) >= STREET_COMPOUND_MIN and word.endswith(STREET_SUFFIXES))
    )


def find_spoken_addresses(text: str, languages: Sequence[str] | None = None) -> Iterator[Match]:
    """A street address read out in words, as speech recognition writes it, without capitals ("улица
    садовая дом двадцать три", "huit rue des lilas", "nine mill road"). A street word before a name of
    at most one everyday word and at least one rarer one, then, within ``SPOKEN_STREET_SPAN`` words with
    nothing but spaces, hyphens and commas between, the first number (in the transcript's number words
    or in digits) that no counted thing follows ("rua principal duas vezes" is none); digits right after
    the street word need no name ("hẻm 7"). The address ends with that number and the flat, block or
    postcode a unit word announces after it (``UNIT_WORDS``). The French number before "rue"; a
    compound street and its number ("...straße zwölf"); an English name before its type, the number
    first. ``find_structured`` keeps one only beside contact details or after a word announcing it."""
    found = list(_SPOKEN_TOKEN.finditer(text))
    if not any(_street_word(m.group(0).casefold()) for m in found):
        return  # most turns name no street: their words are not read as numbers
    spoken_languages = _spoken_languages(languages)
    words = spelled_numbers(spoken_languages)
    tokens = [(m, _spoken_number(m.group(0), words)) for m in found]

    def joined(k: int) -> bool:  # nothing but spaces, hyphens or a comma between token k and k + 1
        return bool(re.fullmatch(r"[\s,-]{1,3}", text[tokens[k][0].end() : tokens[k + 1][0].start()]))

    def run_end(k: int) -> int:  # the last token of the number run starting at k
        while k + 1 < len(tokens) and tokens[k + 1][1] is not None and joined(k):
            k += 1
        while tokens[k][1] == JOINING_WORD:
            k -= 1
        return k

    def common_word(word: str, bar: float = STREET_COMMON_ZIPF) -> bool:
        folded = word.casefold()
        return folded not in HOUSE_NUMBER_WORDS and any(
            zipf_in(folded, language) >= bar for language in spoken_languages
        )

    def extended(k: int) -> int:
        """The end of a house number at token k, with the flat, block or postcode announced after it
        ("... квартира двенадцать индекс три девять ...")."""
        for _ in range(3):
            unit = k + 1
            if (
                unit + 1 < len(tokens)
                and joined(k)
                and joined(unit)
                and tokens[unit][0].group(0).casefold() in UNIT_WORDS
                and tokens[unit + 1][1] not in (None, JOINING_WORD)
            ):
                k = run_end(unit + 1)
            else:
                break
        return k

    def counted(k: int) -> bool:  # a counted thing or a measure follows token k ("two times")
        return (
            k + 1 < len(tokens)
            and joined(k)
            and bool(re.fullmatch(_COUNTED, tokens[k + 1][0].group(0).casefold()))
        )

    for index, (token, value) in enumerate(tokens):
        word = token.group(0).casefold()
        if value is not None:
            continue
        start = end = None
        if word in STREET_WORDS_BEFORE:
            last = None
            k = index
            common = rare = 0  # everyday and other words in the street's name
            direct = False  # digits right after the street word: its house number, no name needed
            while k + 1 < len(tokens) and k < index + SPOKEN_STREET_SPAN and joined(k):
                k += 1
                is_number = tokens[k][1] is not None and tokens[k][1] != JOINING_WORD
                # a number word right after the street word names it ("calle dos de abril"); digits
                # there are its house number ("hẻm 7"); the first number after the name ends it
                if is_number and (k > index + 1 or tokens[k][0].group(0).isdigit()):
                    direct = k == index + 1
                    last = extended(run_end(k))
                    break
                if tokens[k][1] == JOINING_WORD or common_word(tokens[k][0].group(0)):
                    common += 1  # "y", "und": words that join numbers are common words too
                elif tokens[k][1] is None and tokens[k][0].group(0).casefold() not in HOUSE_NUMBER_WORDS:
                    rare += 1
            named = rare > 0 or direct
            if last is not None and (counted(last) or common > 1 or not named):
                last = None
            before = index
            while (
                word in NUMBER_FIRST_STREET_WORDS
                and before > 0
                and tokens[before - 1][1] not in (None, JOINING_WORD)
                and joined(before - 1)
            ):
                before -= 1  # "huit rue des lilas": the number before the street word
            if last is None and before < index:
                last = index  # the number first: the street's name is the next words
                while (
                    last + 1 < len(tokens)
                    and last < index + 3
                    and tokens[last + 1][1] is None
                    and joined(last)
                ):
                    last += 1
                while last > index + 1 and len(tokens[last][0].group(0)) <= 2:
                    last -= 1  # not the little word after it ("... à lyon")
            if last is not None:
                start, end = before, last
        elif (
            word.endswith(STREET_SUFFIXES)
            and len(word) >= STREET_COMPOUND_MIN
            and index + 1 < len(tokens)
            and joined(index)
            and tokens[index + 1][1] not in (None, JOINING_WORD)
        ):
            last = run_end(index + 1)
            if not counted(last):
                start, end = index, last
        elif word in STREET_WORDS_AFTER:
            first = index  # the street's name: one or two words before the type
            while first > max(0, index - 2) and tokens[first - 1][1] is None and joined(first - 1):
                first -= 1
            number = first - 1
            if (
                first < index
                and number >= 0
                and tokens[number][1] not in (None, JOINING_WORD)
                and joined(number)
                and not counted(number)
                and not any(
                    common_word(tokens[k][0].group(0), ENGLISH_NAME_ZIPF)
                    or tokens[k][0].group(0).casefold() in STREET_WORDS_AFTER
                    for k in range(first, index)
                )
            ):
                while number > 0 and tokens[number - 1][1] is not None and joined(number - 1):
                    number -= 1
                start, end = number, index
        if start is not None and end is not None:
            begin, stop = tokens[start][0].start(), tokens[end][0].end()
            yield Match("ADDRESS", begin, stop, text[begin:stop])


ADDRESS_CUE = re.compile(
    r"(?i:\b(?:address|addresses|adres|adresa|adresu|adresse|adressen|adresi|adresim|adresă|domicilio|"
    r"endereço|endereco|morada|indirizzo|адрес|адресу|адреса|alamat|địa chỉ|címem|címünk|osoite|osoitteeni|"
    r"διεύθυνση|postadres|anschrift)\b)"
)
"""Words that announce an address ("address", "endereço", "адрес", "địa chỉ"...)."""
ADDRESS_CUE_BEFORE = 80
"""How far before an address read out a word announcing it is looked for (characters)."""
CONTACT_NEAR = 300
"""An address read out is taken within this many characters of a phone or an e-mail address (contact
details come together) or after a word announcing it: alone, a street word and a number a few words
later are as often ordinary speech ("la calle estaba llena y tuvimos dos clientes")."""
_SPOKEN_TOKEN = re.compile(r"[^\W\d_]+|\d+")
"""A word or a number written in digits."""


_HAN_DIGITS = {
    c: i
    for i, cs in enumerate(["零〇", "一幺", "二两", "三", "四", "五", "六", "七", "八", "九"])
    for c in cs
}
"""Chinese digits as a number is read out: "幺" for one and "两" for two, as people say them on the phone."""
_HANGUL_DIGITS = {
    c: i for i, cs in enumerate(["공영", "일", "이", "삼", "사", "오", "육륙", "칠", "팔", "구"]) for c in cs
}
"""Sino-Korean digits, as a phone number is read out ("공일공": 010)."""
_KANA_DIGITS = {
    "ぜろ": 0, "ゼロ": 0, "れい": 0, "まる": 0, "いち": 1, "に": 2, "にー": 2, "さん": 3, "よん": 4,
    "ご": 5, "ごー": 5, "ろく": 6, "なな": 7, "しち": 7, "はち": 8, "きゅう": 9, "きゅー": 9,
}  # fmt: skip
"""Japanese digits in hiragana, as speech recognition writes a number read out ("ぜろきゅうぜろ")."""
_KANA_DIGIT = re.compile("|".join(sorted(_KANA_DIGITS, key=len, reverse=True)))
"""One kana digit, the longest spelling first ("ごー" before "ご")."""
_DIGIT_GAP = r"[\s,、，-]?"
CJK_SPOKEN_PHONE = re.compile(
    "|".join(
        [
            rf"(?<![{''.join(_HAN_DIGITS)}十百千万])(?:[{''.join(_HAN_DIGITS)}]{_DIGIT_GAP}){{8,14}}"
            rf"[{''.join(_HAN_DIGITS)}](?![{''.join(_HAN_DIGITS)}十百千万])",
            rf"(?<![가-힣])(?:[{''.join(_HANGUL_DIGITS)}]{_DIGIT_GAP}){{8,14}}[{''.join(_HANGUL_DIGITS)}](?![가-힣])",
            rf"(?:(?:{_KANA_DIGIT.pattern}){_DIGIT_GAP}){{8,14}}(?:{_KANA_DIGIT.pattern})(?![ぁ-ゖ])",
        ]
    )
)
"""A phone number read out in Chinese, Korean or Japanese digits: nine to fifteen digits in a row, a
space, a comma or a hyphen or nothing between them, the run not inside a longer Korean or hiragana
word; Chinese digits next to "十", "百"... are a quantity, not a number read digit by digit."""
CJK_MIN_GROUPS = 2
"""A number read out comes in groups ("幺五九 八七幺二 三三零六"): nine digits or more written in one run
with no group are as often ordinary text (Korean and Japanese digits are common syllables)."""


def _cjk_digits(group: str) -> str:
    """The digits a group of Chinese, Korean or Japanese digit words reads as ("幺五九": 159)."""
    if group[0] in _HAN_DIGITS:
        return "".join(str(_HAN_DIGITS[c]) for c in group)
    if group[0] in _HANGUL_DIGITS:
        return "".join(str(_HANGUL_DIGITS[c]) for c in group)
    return "".join(str(_KANA_DIGITS[m]) for m in _KANA_DIGIT.findall(group))


def find_cjk_spoken_phones(text: str) -> Iterator[Match]:
    """Phones read out in Chinese, Korean or Japanese digits (``CJK_SPOKEN_PHONE``), in at least
    ``CJK_MIN_GROUPS`` groups, whose digits do not only rise or only fall (counting)."""
    for match in CJK_SPOKEN_PHONE.finditer(text):
        groups = [g for g in re.split(r"[\s,、，-]+", match.group(0)) if g]
        if len(groups) < CJK_MIN_GROUPS:
            continue
        if _only_rises_or_falls([int(d) for g in groups for d in _cjk_digits(g)]):
            continue  # "一二三 四五六 七八九": counting
        if len({len(g) for g in groups}) == 1 and _only_rises_or_falls(
            [int(_cjk_digits(g) or "0") for g in groups]
        ):
            continue  # "二〇一九、二〇二〇、二〇二一": years or a list, not a number read out
        yield Match("PHONE", match.start(), match.end(), match.group(0))


RESTATED_NUMBER = re.compile(r"(?<![\w+])\+?\d[\d \-/.]{5,22}\d(?!\w)")
"""Digits written with spaces, dashes, slashes or dots: a number read out may be written out again
right after ("..., that is 412 639 572"); it is the phone when its digits are the ones read out."""
RESTATED_WITHIN = 40
"""How far after a number read out its written form is looked for (a few words: "tedy", "that is")."""


ADDRESS_SECTOR = re.compile(r",\s*(?i:sector)\s+[1-6]\b(?![.,]?\d)")
"""One of Bucharest's six districts after its street (", sector 3")."""
ADDRESS_TOWN_THEN_CODE = re.compile(
    rf",\s*(?P<town>{_TOWN}),\s*(?P<code>\d{{6}})(?!\d|[.,]\d|\s?%)(?=\s*(?:[.,;:)!?]|$))"
)
"""A town and then its six-digit postcode, each after a comma, right after a street, the code ending
the clause (``_address_tail``, the Romanian way): a year or an amount after the town ("Brașov, 2019,",
"Iași, 2000 lei") is none."""


def _is_town(word: str) -> bool:
    from assistant.core.words import word_frequency
    from assistant.ingest.lexicon import name_lexicon

    return name_lexicon().place(word) >= TOWN_PLACE_SIZE or word_frequency(word) < TOWN_WORD_ZIPF


def _is_place(name: str) -> bool:
    from assistant.ingest.lexicon import name_lexicon

    lexicon = name_lexicon()
    return lexicon.place(name) >= TOWN_PLACE_SIZE or lexicon.place(name.split()[0]) >= TOWN_PLACE_SIZE


_MEASURE = re.compile(
    r"\d[\s\d]*(?:square|sq\.?)\s+(?:foot|feet|ft|met(?:er|re)s?|m|miles?|kilomet(?:er|re)s?|km|yards?|inch(?:es)?)\b"
)
"""A surface ("700 square foot", "90 square metres"), which the English and French street patterns
would read as a number and a square."""


def _address_tail(text: str, end: int) -> int:
    """Where an address found up to ``end`` really ends: a Bucharest sector (", sector 3"), then a town
    and its six-digit postcode each after a comma (", Cluj-Napoca, 400123": the Romanian way of
    writing them; the town must be one the place index knows) are still the address."""
    sector = ADDRESS_SECTOR.match(text, end)
    if sector:
        end = sector.end()
    town = ADDRESS_TOWN_THEN_CODE.match(text, end)
    if town and _is_place(town.group("town")):
        end = town.end()
    return end


_D = "0-9０-９"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KATA = "\u30a0-\u30ff"
_BLOCKS = (
    rf"[{_D}]{{1,4}}(?:丁目[{_D}]{{1,4}}番地?(?:[{_D}]{{1,4}}号)?|[-－ー][{_D}]{{1,4}}[-－ー][{_D}]{{1,4}})"
    r"(?![年月日回時人個件分秒%％])"
)
"""Japanese block numbers: "3丁目4番5号" or "1-2-3" (not "2-3年")."""
_PLACE_HAN = rf"(?:(?![我你他她它们們的在是了和到从從住于於就也都要说說这這那有个個])[{_HAN}])"
"""A Chinese character that can be part of a place name: not one of the function words that precede an
address in a sentence ("我住在...")."""
_JOINED_ADDRESSES = re.compile(
    "|".join(
        [
            # Japanese: 〒 and the postcode, then the prefecture, the city or ward and the block numbers
            # ("〒150-0001 東京都渋谷区神宮前1-2-3", "大阪市北区梅田3丁目4番5号")
            rf"〒\s?[{_D}]{{3}}[-－ー][{_D}]{{4}}(?:\s?(?:[{_HAN}]{{2,3}}[都道府県])?"
            rf"(?:[{_HAN}{_KATA}]{{1,6}}?[市区町村郡]){{1,2}}[{_HAN}{_KATA}]{{0,8}}?{_BLOCKS})?",
            rf"(?:[{_HAN}]{{2,3}}[都道府県])?(?:[{_HAN}{_KATA}]{{1,6}}?[市区町村郡]){{1,2}}"
            rf"[{_HAN}{_KATA}]{{0,8}}?{_BLOCKS}",
            # Chinese: a road, street or lane and its number ("上海市浦东新区张江路123号3楼")
            rf"(?:{_PLACE_HAN}{{2,6}}?[省市])?(?:{_PLACE_HAN}{{1,6}}?[区區县縣])?{_PLACE_HAN}{{1,8}}?(?:[路街巷弄]|(?<!知)道)"
            rf"[{_D}]{{1,5}}[号號](?![线線])(?:[{_D}]{{1,4}}[栋棟幢楼樓]|[{_D}]{{1,3}}单元|[{_D}]{{1,5}}室)*",
            # Korean: a district, then a road or neighbourhood and its number ("강남구 테헤란로 123")
            rf"(?:[가-힣]{{2,6}}(?:특별시|광역시|특별자치시|시|도)\s)?[가-힣]{{1,6}}[구군시]\s"
            rf"[가-힣{_D}]{{1,10}}(?:로|길|동|읍|면|리)\s?[{_D}]{{1,5}}(?:-[{_D}]{{1,5}})?(?:번길\s?[{_D}]{{1,5}})?"
            rf"(?:,?\s?[{_D}]{{1,4}}동)?(?:\s?[{_D}]{{1,5}}호)?",
            # Arabic and Persian: a street word, its name and the building's number ("شارع <name>، عمارة 12")
            r"(?:شارع|خیابان|کوچه|زقاق)\s(?:[\u0600-\u06ff]+\s){1,3}?[،,]?\s?"
            r"(?:(?:رقم|عمارة|بناية|مبنى|بناء|پلاک|منزل|بيت)\s)?[0-9٠-٩۰-۹]{1,4}",
            # Hebrew: a street or boulevard and its number ("ברחוב הרצל 12", "שדרות ירושלים 4")
            r"(?<![\u0590-\u05ff])[בלמו]?(?:רחוב|שדרות|שד['׳])\s(?:[\u0590-\u05ff\"'׳״-]+\s){1,3}?[0-9]{1,4}",
            # Hindi and Urdu: a house, flat, plot or lane number ("मकान नंबर 12", "گلی نمبر 5")
            r"(?:मकान|फ़्लैट|फ्लैट|हाउस|प्लॉट|गली|مکان|فلیٹ|پلاٹ|گلی)\s(?:नंबर|नम्बर|नं\.?|संख्या|نمبر|نمبر)\s?[0-9०-९۰-۹]{1,5}",
            # Thai: a house number and its lane or road ("บ้านเลขที่ 12/3 ซอย...")
            r"(?:บ้านเลขที่|เลขที่)\s?[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?(?:\s?(?:หมู่|ซอย|ถนน)\s?[\u0e00-\u0e7f0-9]{1,20}){0,3}",
        ]
    )
)
"""Addresses in the conventions of scripts without capitals, where the street types of the Latin
addresses cannot anchor them: the Japanese postcode mark and block numbers, the Chinese road and its
number, the Korean district and road, and the street, house or plot words of Arabic, Persian, Hebrew,
Hindi, Urdu and Thai before a number."""


_CASELESS_LETTER = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f"
)
"""Hebrew, Arabic, the Indic scripts, Thai, Georgian and Ethiopic: scripts without capitals, where a
town's name cannot be told from the words around it by its first letter."""
_CASELESS_WORD = rf"[{_CASELESS_LETTER}]+(?:['\"׳״][{_CASELESS_LETTER}]+)?"
CASELESS_TOWN_THEN_POSTCODE = re.compile(
    rf"(?<=[,،])\s*(?P<town>{_CASELESS_WORD}(?:[ -]{_CASELESS_WORD}){{0,2}})\s+(?P<code>[0-9]{{5,7}})"
    r"(?![0-9]|[.,][0-9])(?=\s*(?:[.,;:)!?،]|$))"
)
"""A town and its postcode after a comma (Latin or Arabic), in a script without capitals, the code (five to seven
digits: the Israeli one has seven) ending the clause ("..., חיפה 3100001."): the town must be one the
place index knows, in any of its forms."""


_CASELESS_STREET = re.compile(rf"(?:{_CASELESS_WORD}\s+){{1,3}}[0-9]{{1,4}}[{_CASELESS_LETTER}]?\s*$")
"""Up to three words and a house number, just before the comma of a town and its postcode."""
CASELESS_LANGUAGES = ("he", "ar", "fa", "ur", "hi", "bn", "mr", "ne", "ta", "te", "th")
"""The languages, written in scripts without capitals, whose word frequencies tell a street's name from
the common words before it."""
STREET_STOP_ZIPF = 5.0
"""A word at least this common in one of ``CASELESS_LANGUAGES`` ("זה", "في") is no part of a street's
name: the street before a town and its postcode starts after it."""


def _caseless_street_start(text: str, comma: int) -> int:
    """Where the address whose town and postcode follow the comma at ``comma`` starts: at the street
    and house number just before it ("הנרקיס 14, ..."), without the common words that say what
    follows ("זה"), at the number when every word before it is common, and at the town when no number
    ends the text before the comma."""
    street = _CASELESS_STREET.search(text[max(0, comma - 80) : comma])
    if street is None:
        after = text[comma + 1 :]
        return comma + 1 + len(after) - len(after.lstrip())
    first = start = max(0, comma - 80) + street.start()
    number = first + re.search("[0-9]", text[first:comma]).start()  # type: ignore[union-attr]
    for word in re.finditer(_CASELESS_WORD, text[first:number]):
        if max(zipf_in(word.group(0), language) for language in CASELESS_LANGUAGES) >= STREET_STOP_ZIPF:
            start = first + word.end()  # the street's name starts after the last common word
    return start + len(text[start:number]) - len(text[start:number].lstrip())


def find_addresses(text: str) -> Iterator[Match]:
    for match in _JOINED_ADDRESSES.finditer(text):
        end = match.end()
        tail = CASELESS_TOWN_THEN_POSTCODE.match(text, end + 1) if text[end : end + 1] in (",", "،") else None
        if tail and _is_place(tail.group("town")):
            end = tail.end("code")  # "רחוב ... 27, <town> <postcode>": the town and postcode go with it
        yield Match("ADDRESS", match.start(), end, text[match.start() : end])
    for match in CASELESS_TOWN_THEN_POSTCODE.finditer(text):
        if _is_place(match.group("town")):
            start = _caseless_street_start(text, match.start() - 1)
            yield Match("ADDRESS", start, match.end("code"), text[start : match.end("code")])
    for match in ADDRESS.finditer(text):
        value = match.group(0).rstrip(" ,.")
        thousands = re.match(r"\d{3}(?!\d)", value) and re.search(
            r"(?<![\d,.])\d{1,3}[,.]$", text[max(0, match.start() - 5) : match.start()]
        )
        if thousands or _MEASURE.match(value):
            continue  # the thousands of a larger number ("1,000 square foot"), or a surface
        if value.startswith("Privada") and re.search(
            r"[A-ZÀ-Ý][\w-]*\s$", text[max(0, match.start() - 30) : match.start()]
        ):
            continue  # "Universidad Privada del Norte 2015": an adjective of a name, not a Mexican street
        end = _address_tail(text, match.start() + len(value))
        yield Match("ADDRESS", match.start(), end, text[match.start() : end])
    for match in IN_ADDRESS.finditer(text):
        parts = match.group("parts")
        if match.group("pin") or re.search(rf"\b(?:{_IN_LOCALITY})\b", parts):
            value = match.group(0).rstrip(" ,.")
            yield Match("ADDRESS", match.start(), match.start() + len(value), value)
    for match in IN_SPOKEN_ADDRESS.finditer(text):
        yield Match("ADDRESS", match.start(), match.end(), match.group(0))
    for match in VI_ADDRESS.finditer(text):
        yield Match("ADDRESS", match.start(), match.end(), match.group(0))
    for match in NUMBER_THEN_POSTCODE.finditer(text):
        if _is_town(match.group("town")):
            value = match.group(0).rstrip(" ,.")
            yield Match("ADDRESS", match.start(), match.start() + len(value), value)
    for match in NUMBER_NAME_TOWN_POSTCODE.finditer(text):
        if _is_place(match.group("town")):
            value = match.group(0).rstrip(" ,.")
            yield Match("ADDRESS", match.start(), match.start() + len(value), value)
    for match in POSTCODE_TOWN_AFTER_COMMA.finditer(text):
        prefixed = match.group("code")[0].isalpha()  # "L-6401 Echternach": the country says it
        if _is_place(match.group("town")) or (prefixed and _is_town(match.group("town"))):
            value = text[match.start("code") : match.end()].rstrip(" ,.")
            yield Match("ADDRESS", match.start("code"), match.start("code") + len(value), value)
    for match in TOWN_THEN_POSTCODE.finditer(text):
        if match.start() < match.start("town") and len(match.group("code")) != 5:
            continue  # after "Kota", "Kabupaten": an Indonesian postcode has five digits ("... 548000" counts)
        if _is_place(match.group("town")):
            yield Match("ADDRESS", match.start("code"), match.end("code"), match.group("code"))
    for match in POSTCODE.finditer(text):
        # an announced postcode is the code alone: the word that announced it stays ("PLZ [ADDRESS-1]")
        start = match.start("code") if match.group("code") else match.start()
        yield Match("ADDRESS", start, match.end(), text[start : match.end()])


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


def find_structured(
    text: str, terms: dict[str, str] | None = None, languages: Sequence[str] | None = None
) -> list[Match]:
    """E-mails, phones (written, or read out in ``languages``), addresses, postcodes and listed terms,
    without overlaps (earliest, longest first)."""
    found = [
        *find_terms(text, terms or {}),
        *find_emails(text),
        *find_addresses(text),
        *find_phones(text),
        *find_spoken_phones(text, languages),
        *find_cjk_spoken_phones(text),
    ]
    contacts = [m for m in found if m.kind in ("PHONE", "EMAIL")]
    if contacts or ADDRESS_CUE.search(text):  # most turns have neither: no address is read out there
        found += [
            m
            for m in find_spoken_addresses(text, languages)
            if not any(
                c.start < m.end and m.start < c.end for c in contacts
            )  # a phone's digits are no house number
            and (
                any(c.start - CONTACT_NEAR <= m.start <= c.end + CONTACT_NEAR for c in contacts)
                or ADDRESS_CUE.search(text, max(0, m.start - ADDRESS_CUE_BEFORE), m.start)
            )
        ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Match] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        if (
            kept
            and match.kind == kept[-1].kind == "ADDRESS"
            and _address_between(text[kept[-1].start : match.start], kept[-1].end - kept[-1].start)
        ):
            start = kept[-1].start
            kept[-1] = Match("ADDRESS", start, match.end, text[start : match.end])
            continue
        kept.append(match)
    return kept


ADDRESS_GAP = 90
"""Characters at most between two pieces of one written address (``_address_between``)."""


def _address_between(text: str, end: int) -> bool:
    """Whether the text between two address matches is more of the same address: districts, towns and
    regions, each announced by an abbreviation opening its comma-separated part ("Kel. <district>, Kec.
    <district>, Kota <town> 17510", "Col. <neighbourhood>, C.P. 44100"). At least one such abbreviation (a
    capitalised word of four letters or fewer with its full stop, no title of address) must stand there,
    a full stop only after one, every other word must have its capital (a lower-case word only inside a
    name, "Lomas del Río"), and nothing may end a sentence or a clause ("?", "!", ";", ":"), so that
    neither two sentences nor a person listed between two addresses ("<street> 5, <given name>
    <surname>, <street> 7") are joined. ``text`` runs from the first match's start, which ends at
    ``end``, to the second's."""
    gap = text[end:]
    if len(gap) > ADDRESS_GAP or any(c in gap for c in "\n?!;:"):
        return False
    pieces = gap.split(",")
    if gap.startswith("."):  # the full stop of the first match's last word: "...No. 5, Jl" + ". <street>"
        before = text[:end].rsplit(",", 1)[-1].split()
        if len(before) != 1:
            return False  # after a street, a number or a town the full stop ends a sentence
        pieces[0] = before[0] + pieces[0]
    announced = False
    for piece in pieces:
        words = piece.split()
        for k, word in enumerate(words):
            core = word.strip(".")
            if "." in word:
                short = len(core.replace(".", "")) <= 4 and core[:1].isupper()
                if k > 0 or not short or core.casefold() in TITLES or f"{core.casefold()}." in TITLES:
                    return False  # a sentence ends there, or a title announces someone
                announced = True
                continue
            if core[:1].isupper() or core[:1].isdigit():
                continue
            inside = 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
            if not (inside and core.isalpha() and len(core) <= 3):
                return False
    return announced
