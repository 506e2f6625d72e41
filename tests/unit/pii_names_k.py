"""Eleventh held-out set of person-name test data (set K).

Thirty-two excerpts from customer-research interviews in which a participant
describes a working day: the job, the tools and suppliers, colleagues, customers,
family and the places involved. Four excerpts each in Slovak, Slovenian,
Lithuanian, Latvian, Estonian, Norwegian Bokmål, Indonesian and Vietnamese.
Interviewer and participant turns alternate without speaker labels; each excerpt
has six to twelve turns. In every language exactly one excerpt is written wholly
in lower case without punctuation, the way automatic speech recognition writes.

Each excerpt has ten to fourteen person-name mentions: people of the country and
people of other origins (immigrant colleagues, partners and customers abroad),
the participant introducing themselves, first names, surnames and full names,
names after a title or role word of the language, names in lists, names used to
address someone, possessives, and the case forms of the inflecting languages
(Slovak and Slovenian declension, Lithuanian, Latvian and Estonian endings).
Every inflected form is a mention of its own, listed exactly as written.

``people`` lists every distinct person-name mention exactly as written (name
words only, never a title or a kinship word). ``keep`` lists three to six
non-person proper names of the excerpt (companies, products, shops, towns,
districts, regions, often inflected) that must survive pseudonymisation.
``hard_keep`` is the subset of ``keep`` that looks like a person's name (a firm or
brand named after its founder, a place named after a saint or a person, a
product or place that is also a first name). No keep term shares a word with a
person mention of the same excerpt, and every word of a person mention occurs in
the excerpt only inside a listed mention, so a name word left in the output is a
leak. ``_check`` enforces this; run the module to validate the data.
"""

from __future__ import annotations

import re
from typing import TypedDict


class InterviewK(TypedDict):
    language: str  # ISO 639-1: "sk", "sl", "lt", "lv", "et", "nb", "id" or "vi"
    utterances: list[str]  # 6-12 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_K: list[InterviewK] = [
    # ----------------------------------------------------------------- Slovak
    {
        # Car repair workshop (Žilina)
        "language": "sk",
        "utterances": [
            "Dobrý deň, mohli by ste nám na začiatok povedať niečo o sebe a o vašej práci?",
            "Áno, volám sa Ľubomír Hrušovský, ale všetci mi hovoria Ľubo. Mám autoservis v Žiline na Vlčincoch a robíme hlavne autá značky Škoda.",
            "Koľko ľudí u vás pracuje?",
            "Sme štyria. Mechanik Rasťo Beňo je so mnou od začiatku, potom Dávid, ten je ešte mladý, a od jari k nám chodí Andrij z Užhorodu. Andrijovi som musel pomáhať s prechodným pobytom, papierov bolo neúrekom.",
            "Aké programy alebo nástroje pri práci používate?",
            "Diely objednávame cez Autokelly, faktúry mi robí účtovníčka pani Gregorová v programe Pohoda. Rasťovi som minulý rok kúpil novú diagnostiku, lebo staré zariadenie už nestíhalo.",
            "Spomeniete si na nejaký naozaj zlý deň?",
            "Minulú zimu. Zákazník, pán Šimko z Martina, mal u nás auto na servise a Dávid mu omylom nalial do motora nesprávny olej. Musel som mu volať a ospravedlňovať sa a Šimkovi sme nakoniec vymenili olej zadarmo.",
            "Kto vám pomáha s administratívou?",
            "Manželka Zuzana, tá robí aj sociálne siete. So Zuzkou sme sa dohodli, že cez víkend nevolám zákazníkom. A syn Matúš chodí cez leto, Matúšovi to s počítačom ide lepšie ako mne.",
        ],
        "people": [
            "Ľubomír Hrušovský",
            "Ľubo",
            "Rasťo Beňo",
            "Dávid",
            "Andrij",
            "Andrijovi",
            "Gregorová",
            "Rasťovi",
            "Šimko",
            "Šimkovi",
            "Zuzana",
            "Zuzkou",
            "Matúš",
            "Matúšovi",
        ],
        "keep": ["Žiline", "Škoda", "Autokelly", "Pohoda", "Martina"],
        "hard_keep": ["Škoda", "Martina"],
    },
    {
        # HR officer in a software company (Bratislava)
        "language": "sk",
        "utterances": [
            "Ďakujem, že ste si našli čas. Čomu sa venujete?",
            "Pracujem ako personalistka v softvérovej firme v Bratislave, volám sa Katarína Vargová. Máme asi osemdesiat ľudí a veľa z nich nie sú Slováci.",
            "Odkiaľ sú vaši kolegovia?",
            "Odvšadiaľ. Vedúci vývoja je Rajesh Iyer, prišiel k nám z Indie. Potom máme dve Srbky, Milicu a Jelenu, a jedného Brazílčana, volá sa Thiago. S Rajeshom riešim hlavne víza a nábor.",
            "Aké nástroje používate pri nábore?",
            "Inzeráty dávame na Profesia.sk a na LinkedIn, dochádzku máme v systéme od firmy Kros. Zmluvy mi kontroluje právnička, doktorka Matejková, a mzdy so mnou rieši kolega Ondrej Lipták z účtovníctva.",
            "Čo vás na práci najviac trápi?",
            "Cudzinecká polícia. Kvôli Thiagovi som tam bola štyrikrát, a keď konečne dostal povolenie, Jelene zase vypršalo. Pán riaditeľ Kollár sa na mňa už len smeje.",
            "Máte doma niekoho, kto vás podrží?",
            "Manžel Igor varí, keď prídem neskoro, a mama mi stráži malú Emku. Igorovi som sľúbila, že v septembri pôjdeme do Svätého Jura na vinobranie.",
        ],
        "people": [
            "Katarína Vargová",
            "Rajesh Iyer",
            "Milicu",
            "Jelenu",
            "Thiago",
            "Rajeshom",
            "Matejková",
            "Ondrej Lipták",
            "Thiagovi",
            "Jelene",
            "Kollár",
            "Igor",
            "Emku",
            "Igorovi",
        ],
        "keep": ["Bratislave", "Profesia.sk", "LinkedIn", "Kros", "Svätého Jura"],
        "hard_keep": ["Svätého Jura"],
    },
    {
        # Dairy farm near Prešov, speech recognition output
        "language": "sk",
        "utterances": [
            "dobrý deň povedzte mi prosím niečo o vašom hospodárstve",
            "no tak ja som jozef tkáč a máme s bratom farmu pri prešove chováme kravy a mlieko predávame do mliekarne rajo a trošku aj cez náš malý obchod",
            "kto vám na farme pomáha",
            "brat miroslav robí s technikou a potom máme troch ľudí dvaja sú z rumunska ionel a florin a jeden chlapec z dediny ten sa volá samuel dzurko samuelovi je len devätnásť ale robí ako kôň",
            "aké technológie používate",
            "dojacie roboty od firmy lely a v mobile máme aplikáciu na kŕmenie s miroslavom sme to nastavovali celú zimu lebo ten program je po holandsky a pomáhal nám holanďan pieter van dijk ktorý nám tie roboty montoval",
            "a rodina pomáha vám niekto z rodiny",
            "žena mária robí účty a syn tomáš študuje v košiciach veterinu tomášovi sme sľúbili že keď doštuduje tak farmu prevezme ale uvidíme",
            "čo vás najviac trápi",
            "ceny no mliekareň platí málo a nákupca pán hudák vždy povie že sa nedá inak hudákovi som už povedal že pôjdeme inam ale kam",
        ],
        "people": [
            "jozef tkáč",
            "miroslav",
            "ionel",
            "florin",
            "samuel dzurko",
            "samuelovi",
            "miroslavom",
            "pieter van dijk",
            "mária",
            "tomáš",
            "tomášovi",
            "hudák",
            "hudákovi",
        ],
        "keep": ["prešove", "rajo", "lely", "košiciach"],
        "hard_keep": ["lely"],
    },
    {
        # Pharmacy (Banská Bystrica)
        "language": "sk",
        "utterances": [
            "Dobrý deň, čomu sa venujete a ako vyzerá váš bežný deň?",
            "Som lekárnička, volám sa Veronika Šípošová a vediem lekáreň v Banskej Bystrici. Ráno otváram o siedmej spolu s Lenkou, to je naša farmaceutická laborantka.",
            "Aké systémy pri práci používate?",
            "Hlavne lekárenský systém a e-recepty. Lieky objednávame od distribútora Phoenix a niečo aj od Unipharmy. Keď niečo nefunguje, volám pánovi Baranovi, to je náš technik, a Baran to väčšinou opraví na diaľku. Konkurencia je hneď oproti, veľká Dr.Max.",
            "Kto sú vaši zákazníci?",
            "Väčšinou starší ľudia zo sídliska. Napríklad pani Ilona Kissová chodí každý týždeň a vždy sa pýta na Lenku. A potom máme veľa Vietnamcov z tržnice, pán Nguyen Van Hung nám pomáha prekladať, keď jeho krajania nerozumejú dávkovaniu.",
            "Zažili ste niečo nepríjemné?",
            "Raz prišiel muž s falošným receptom podpísaným na doktora Mrázika. Lenke to bolo hneď podozrivé, zavolali sme doktorovi Mrázikovi a ukázalo sa, že taký recept nikdy nevypísal.",
            "A doma? Ako zvládate služby?",
            "Manžel Radovan je hasič, má tiež zmeny, takže deti nám často stráži svokra. Radovanovi som vravela, že na Vianoce nikto z nás slúžiť nebude. Hádam to vyjde, ideme k jeho rodičom do Bardejova.",
        ],
        "people": [
            "Veronika Šípošová",
            "Lenkou",
            "Baranovi",
            "Baran",
            "Ilona Kissová",
            "Lenku",
            "Nguyen Van Hung",
            "Mrázika",
            "Lenke",
            "Mrázikovi",
            "Radovan",
            "Radovanovi",
        ],
        "keep": ["Banskej Bystrici", "Phoenix", "Unipharmy", "Dr.Max", "Bardejova"],
        "hard_keep": ["Dr.Max"],
    },
    # -------------------------------------------------------------- Slovenian
    {
        # Wine estate with guest rooms (Goriška Brda)
        "language": "sl",
        "utterances": [
            "Dober dan, bi se nam lahko na začetku na kratko predstavili?",
            "Seveda. Sem Nataša Bizjak, z možem imava vinsko klet v Brdih, čisto blizu meje z Italijo. Vino prodajamo doma, na turistično kmetijo pa prihajajo tudi gostje iz Avstrije in Nemčije.",
            "Kdo vse dela na kmetiji?",
            "Mož Aleš skrbi za vinograd, jaz za klet in goste. Ob trgatvi pridejo še Alešev brat Primož in dva delavca iz Makedonije, Goran in Dejan. Z Goranom se poznava že deset let, Dejan pa je bil letos prvič pri nas.",
            "Katera orodja uporabljate za prodajo?",
            "Sobe gostje rezervirajo prek Booking.com, vino pa prodajamo tudi v spletni trgovini, ki nam jo je naredila Tjaša Kovačič iz Nove Gorice. Tjašo še vedno pokličem, ko kaj ne dela.",
            "Kdo so vaši največji kupci?",
            "Restavracije na Obali in en uvoznik iz Münchna, gospod Hofmann. Gospodu Hofmannu pošljemo približno tristo steklenic na leto, čeprav smo poleg velikih imen, kot je Simčič, čisto majhni. Tudi Mercator je nekoč hotel naše vino, ampak so bile cene prenizke.",
            "Kaj vas pri delu najbolj skrbi?",
            "Vreme. Lani je toča uničila pol letnika. Takrat nam je pomagal sosed Štefan Mužič, Štefanu sem še danes hvaležna. Hčerka Urška pa mi pravi, naj neham skrbeti.",
        ],
        "people": [
            "Nataša Bizjak",
            "Aleš",
            "Alešev",
            "Primož",
            "Goran",
            "Dejan",
            "Goranom",
            "Tjaša Kovačič",
            "Tjašo",
            "Hofmann",
            "Hofmannu",
            "Štefan Mužič",
            "Štefanu",
            "Urška",
        ],
        "keep": ["Brdih", "Booking.com", "Nove Gorice", "Simčič", "Mercator"],
        "hard_keep": ["Simčič"],
    },
    {
        # Dispatcher in a haulage company (Celje)
        "language": "sl",
        "utterances": [
            "Dober dan. Kaj je vaše delo in kako izgleda vaš tipičen dan?",
            "Sem disponent v prevozniškem podjetju v Celju, ime mi je Rok Zupančič. Zjutraj ob šestih najprej pogledam, kje so kamioni, potem pa kličem šoferje.",
            "S kom največ sodelujete?",
            "S šoferji, seveda. Najdlje je pri nas Boštjan, potem sta tu dva Bosanca, Emir in Senad, in en Ukrajinec, Vasyl Bondarenko. Emirju zaupam najtežje ture, ker pozna vsako cesto do Münchna.",
            "Katera orodja uporabljate?",
            "Sledenje imamo od Frotcoma, prevoze pa iščemo prek Timocoma. Računalnik mi ureja sodelavec Klemen, Klemnu povem, ko kaj zamrzne, in mi pomaga v pol minute.",
            "Se spomnite kakšnega res slabega dne?",
            "Ja, ko je Vasylu na Karavankah odpovedal hladilnik s sadjem za Hofer. Direktorica, gospa Mlakar, je bila cel dan na telefonu, jaz pa sem z Boštjanom iskal rezervni kamion.",
            "Kako delo vpliva na vaše zasebno življenje?",
            "Žena Maja pravi, da imam telefon prirasel na uho. Ob vikendih z Majo in sinom Lukom hodimo v hribe, tam telefon ugasnem.",
        ],
        "people": [
            "Rok Zupančič",
            "Boštjan",
            "Emir",
            "Senad",
            "Vasyl Bondarenko",
            "Emirju",
            "Klemen",
            "Klemnu",
            "Vasylu",
            "Mlakar",
            "Boštjanom",
            "Maja",
            "Majo",
            "Lukom",
        ],
        "keep": ["Celju", "Frotcoma", "Timocoma", "Hofer"],
        "hard_keep": ["Hofer"],
    },
    {
        # Hair salon (Maribor), speech recognition output
        "language": "sl",
        "utterances": [
            "dober dan a mi lahko poveste kaj delate",
            "ja jaz sem frizerka mateja potočnik imam salon v mariboru na taboru in delam že petnajst let",
            "kdo še dela v salonu",
            "zdaj sva dve jaz in amra ki je prišla iz bosne amra je odlična barvarka pa še vajenka nika ki hodi dvakrat na teden z niko sem zelo zadovoljna",
            "kako se stranke naročajo",
            "večinoma prek aplikacije fresha starejše pa še kličejo po telefonu gospa zlatka horvat me kliče vsak petek ob osmih in reče da je zlatka in da bi rada barvo pa še kitajka chen jing ki ima restavracijo v centru pride vsak mesec",
            "kje kupujete material",
            "barve naročam pri schwarzkopfu zastopnik gospod kranjc pride enkrat na mesec in kranjcu vedno povem kaj mi manjka",
            "kaj pa doma kdo vam pomaga",
            "mož gregor dela v tovarni v hočah tako da otroke vozi moja mama gregorju sem rekla da bi šli poleti na morje v umag pa bomo videli",
        ],
        "people": [
            "mateja potočnik",
            "amra",
            "nika",
            "niko",
            "zlatka horvat",
            "zlatka",
            "chen jing",
            "kranjc",
            "kranjcu",
            "gregor",
            "gregorju",
        ],
        "keep": ["mariboru", "fresha", "schwarzkopfu", "hočah", "umag"],
        "hard_keep": ["schwarzkopfu"],
    },
    {
        # Product manager in a health-tech start-up (Ljubljana)
        "language": "sl",
        "utterances": [
            "Hvala, da ste si vzeli čas. Kaj počnete v službi?",
            "Sem produktna vodja v zagonskem podjetju v Ljubljani. Kličejo me Špela, polno ime je Špela Kos Ferjan. Delamo aplikacijo za naročanje v zdravstvu.",
            "Kako je sestavljena vaša ekipa?",
            "Imamo šest razvijalcev. Vodja razvoja je Matevž, potem sta dva Srba, Nikola in Stefan, pa Portugalka Inês Carvalho, ki dela na daljavo iz Lizbone. Z Matevžem se dobiva vsak dan ob devetih.",
            "Katera orodja uporabljate?",
            "Naloge imamo v Jiri, pogovarjamo se na Slacku, zaslone pa riše Ana v Figmi. Ani sem že stokrat rekla, naj ne spreminja gumbov brez mene.",
            "Kdo so vaše stranke?",
            "Zasebne ambulante. Največja je v Novem mestu, vodi jo doktor Tadej Rozman. Doktorju Rozmanu smo obljubili novo verzijo do jeseni, zato Nikola in Stefan zdaj delata tudi ob vikendih.",
            "Kaj vam je pri delu najtežje?",
            "Vlagatelji. Naš glavni vlagatelj, gospod Oberstar, bi hotel vse takoj. Moj fant Blaž pa pravi, da sem bolj poročena z Inês kot z njim.",
        ],
        "people": [
            "Špela",
            "Špela Kos Ferjan",
            "Matevž",
            "Nikola",
            "Stefan",
            "Inês Carvalho",
            "Matevžem",
            "Ana",
            "Ani",
            "Tadej Rozman",
            "Rozmanu",
            "Oberstar",
            "Blaž",
            "Inês",
        ],
        "keep": ["Ljubljani", "Jiri", "Slacku", "Figmi", "Novem mestu"],
        "hard_keep": ["Jiri"],
    },
    # ------------------------------------------------------------- Lithuanian
    {
        # Café (Vilnius)
        "language": "lt",
        "utterances": [
            "Laba diena, gal galėtumėte trumpai papasakoti apie save ir savo darbą?",
            "Žinoma. Aš esu Rasa Petrauskienė, turiu nedidelę kavinę Vilniuje, Užupyje. Dirbu ten jau aštuonerius metus.",
            "Kas dirba kartu su jumis?",
            "Virtuvėje dirba Darius, jis kepa pyragus. Prie baro stovi Gabija ir ukrainietė Olena, ji atvažiavo iš Charkivo prieš trejus metus. Olenai labai patinka bendrauti su žmonėmis, o Dariui geriau, kai niekas netrukdo.",
            "Kokias programas naudojate?",
            "Kasos sistemą turime iš lietuviškos įmonės, užsakymus gauname per Wolt ir Bolt Food. Buhalterę irgi turime, ponią Jankauskienę, ji viską daro internetu, o su Jankauskiene susitinkame tik kartą per ketvirtį.",
            "Ar prisimenate kokią nors tikrai blogą dieną?",
            "Taip, kai per Kaziuko mugę sugedo kavos aparatas. Meistras Tomas Žukauskas atvažiavo tik vakare, o Gabijai teko visiems aiškinti, kad kavos nebus.",
            "Kas jums padeda už darbo ribų?",
            "Vyras Mindaugas ir mūsų dukra. Mindaugui kartais tenka vežti tortus klientams, o Austėjos draugė iš Indijos, Priya, padeda mums su Instagramu.",
        ],
        "people": [
            "Rasa Petrauskienė",
            "Darius",
            "Gabija",
            "Olena",
            "Olenai",
            "Dariui",
            "Jankauskienę",
            "Jankauskiene",
            "Tomas Žukauskas",
            "Gabijai",
            "Mindaugas",
            "Mindaugui",
            "Austėjos",
            "Priya",
        ],
        "keep": ["Vilniuje", "Wolt", "Bolt Food", "Kaziuko mugę"],
        "hard_keep": ["Kaziuko mugę"],
    },
    {
        # Haulage company (Kaunas)
        "language": "lt",
        "utterances": [
            "Ačiū, kad sutikote pasikalbėti. Kuo jūs užsiimate?",
            "Mano vardas Andrius Kazlauskas, vadovauju nedidelei transporto įmonei Kaune. Turime dvidešimt vilkikų, važiuojame daugiausia į Vokietiją ir Skandinaviją.",
            "Kas yra jūsų vairuotojai?",
            "Lietuvių vis mažiau. Dabar dirba daug baltarusių ir uzbekų, pavyzdžiui, Aliaksandr, Sherzod ir Rustam. Su Sherzodu dažnai kalbuosi rusiškai, o Rustamas dar mokosi lietuvių kalbos.",
            "Kokias sistemas naudojate darbe?",
            "Krovinius planuojame per Transporeon, o kuro korteles turime iš Circle K. Sandėlį nuomojamės Jonavoje. Logistikos vadybininkė Ieva Stankevičiūtė sėdi su manimi viename kabinete, Ievai patikiu visus sunkius klientus.",
            "Koks buvo sunkiausias pastarųjų metų momentas?",
            "Kai mūsų vilkikas trims dienoms įstrigo Lenkijos pasienyje. Ponas Wiśniewski, mūsų klientas iš Varšuvos, skambino kas valandą. Wiśniewskiui jau nebeturėjau ką pasakyti.",
            "O šeima kaip žiūri į tokį darbą?",
            "Žmona Vaida sako, kad aš gyvenu telefone. Su Vaida ir sūnumi Jonu vasarą važiuojame į Palangą, bet ir ten skambina Ieva.",
        ],
        "people": [
            "Andrius Kazlauskas",
            "Aliaksandr",
            "Sherzod",
            "Rustam",
            "Sherzodu",
            "Rustamas",
            "Ieva Stankevičiūtė",
            "Ievai",
            "Wiśniewski",
            "Wiśniewskiui",
            "Vaida",
            "Jonu",
            "Ieva",
        ],
        "keep": ["Kaune", "Transporeon", "Circle K", "Jonavoje", "Varšuvos", "Palangą"],
        "hard_keep": ["Jonavoje"],
    },
    {
        # Beekeeper near Utena, speech recognition output
        "language": "lt",
        "utterances": [
            "laba diena papasakokite apie savo ūkį",
            "aš esu bitininkas kęstutis vaitkus turiu apie du šimtus avilių prie utenos medų parduodu turguje ir per internetą o pats geriu tik vytautą",
            "kas jums padeda",
            "žmona birutė tvarko užsakymus o sūnus lukas vasarą padeda sukti medų dar pas mus dirba ukrainietis mykola mykolai labai patinka bitės o lukui ne visai",
            "kur parduodate medų",
            "daugiausia vilniuje halės turguje kiekvieną šeštadienį ten stovi mano pusseserė jurgita ir jos vyras antanas o internete parduodu per pigu.lt",
            "ar turite kokių problemų",
            "praeitą vasarą kaimynas ūkininkas gediminas purškė rapsą ir mano bitės apsinuodijo skambinau gediminui bet jis sakė kad viskas pagal taisykles galiausiai padėjo veterinarė daktarė simonaitienė",
            "ar bendradarbiaujate su kitais bitininkais",
            "taip su latviu artūrs ozols iš bauskės mes keičiamės motinėlėmis o vokietis klaus pas mus pirko medų savo parduotuvei artūrui siunčiu ir vašką",
        ],
        "people": [
            "kęstutis vaitkus",
            "birutė",
            "lukas",
            "mykola",
            "mykolai",
            "lukui",
            "jurgita",
            "antanas",
            "gediminas",
            "gediminui",
            "simonaitienė",
            "artūrs ozols",
            "klaus",
            "artūrui",
        ],
        "keep": ["utenos", "vytautą", "vilniuje", "halės turguje", "pigu.lt", "bauskės"],
        "hard_keep": ["vytautą"],
    },
    {
        # Dental clinic (Klaipėda)
        "language": "lt",
        "utterances": [
            "Laba diena. Papasakokite, kuo užsiimate ir kaip atrodo jūsų darbo diena.",
            "Aš esu odontologė Eglė Jonaitytė, kartu su kolege turime kliniką Klaipėdoje, visai šalia Akropolio. Pacientus priimame nuo aštuonių ryto iki septynių vakaro.",
            "Kas yra jūsų kolegė?",
            "Daktarė Laura Vasiliauskaitė, mes kartu studijavome. Su Laura dalijamės ir kabinetais, ir administratore Inga. Ingai tenka atsiliepti į visus skambučius, o Laurai tenka skaičiuoti pinigus.",
            "Kokias programas naudojate?",
            "Pacientų registracijai naudojame Medon, o medžiagas perkame iš Henry Schein. Jų atstovas ponas Mikalauskas atvažiuoja kas mėnesį, ir Mikalauskui aš visada užsakau per daug.",
            "Kas yra jūsų pacientai?",
            "Daug uostamiesčio žmonių, bet ir užsieniečių. Turime norvegą Bjørną, kuris dirba laivų statykloje, ir filipiniečių šeimą, Marisol ir jos vyrą Juną. Marisol atveda ir vaikus.",
            "Kas buvo sunkiausia pastaraisiais metais?",
            "Kai Inga išėjo motinystės atostogų. Mano vyras Paulius du mėnesius atsiliepinėjo į telefoną, Pauliui net patiko. O sūnėnas Ignas sutvarkė mūsų svetainę.",
        ],
        "people": [
            "Eglė Jonaitytė",
            "Laura Vasiliauskaitė",
            "Laura",
            "Inga",
            "Ingai",
            "Laurai",
            "Mikalauskas",
            "Mikalauskui",
            "Bjørną",
            "Marisol",
            "Juną",
            "Paulius",
            "Pauliui",
            "Ignas",
        ],
        "keep": ["Klaipėdoje", "Akropolio", "Medon", "Henry Schein"],
        "hard_keep": ["Henry Schein"],
    },
    # ---------------------------------------------------------------- Latvian
    {
        # Confectionery (Rīga)
        "language": "lv",
        "utterances": [
            "Labdien! Vai varat pastāstīt, ar ko jūs nodarbojaties?",
            "Jā, protams. Mani sauc Ilze Kalniņa, es vadu nelielu konditoreju Rīgā, Āgenskalnā. Cepam tortes un kūkas gan veikaliem, gan privātiem klientiem.",
            "Kas strādā kopā ar jums?",
            "Mēs esam pieci. Galvenais konditors ir Raimonds, viņš pie manis strādā jau desmit gadus. Vēl ir Līga un ukrainiete Tetiana, un pirms gada pievienojās puisis no Nepālas, Sanjay. Raimondam ļoti patīk mācīt Sanjay latviešu valodu.",
            "Kur jūs iepērkat izejvielas?",
            "Šokolādi ņemam no Laimas, miltus no Dobeles dzirnavniekiem. Piegādātājs Andris Ozoliņš atved visu otrdienās, un Andrim es vienmēr iedodu kafiju ar kūku.",
            "Kā jūs saņemat pasūtījumus?",
            "Caur mūsu mājaslapu un Instagram, bet daudzi raksta arī WhatsApp. Tetianai ir sava klientu grupa ukraiņu valodā, tur pasūta pat no Jelgavas.",
            "Vai atceraties kādu ļoti sliktu dienu?",
            "Jā, Jāņos, kad saplīsa ledusskapis un visas siera kūkas sāka kust. Mans vīrs Edgars brauca pēc ģeneratora pie sava brālēna Valda, bet Līgai nācās zvanīt visiem klientiem. Edgaram es par to joprojām esmu pateicīga.",
        ],
        "people": [
            "Ilze Kalniņa",
            "Raimonds",
            "Līga",
            "Tetiana",
            "Sanjay",
            "Raimondam",
            "Andris Ozoliņš",
            "Andrim",
            "Tetianai",
            "Edgars",
            "Valda",
            "Līgai",
            "Edgaram",
        ],
        "keep": ["Rīgā", "Laimas", "Dobeles dzirnavniekiem", "Jelgavas", "Jāņos"],
        "hard_keep": ["Laimas", "Jāņos"],
    },
    {
        # Sawmill production manager (near Valmiera)
        "language": "lv",
        "utterances": [
            "Paldies, ka atradāt laiku. Pastāstiet, lūdzu, par savu darbu.",
            "Esmu Juris Bērziņš, strādāju kokapstrādes uzņēmumā pie Valmieras par ražošanas vadītāju. Mēs ražojam dēļus un granulas, lielākā daļa aiziet eksportam.",
            "Ar ko jūs ikdienā sadarbojaties?",
            "Visvairāk ar maiņu meistariem. Rīta maiņā ir Aivars, vakara maiņā Gatis. Aivaram ir trīsdesmit gadu pieredze, bet Gatim tikai pieci, tāpēc viņu vairāk uzraugu. Vēl pie mums strādā divi puiši no Filipīnām, Ramon un Jericho.",
            "Kādas programmas jūs izmantojat?",
            "Grāmatvedība ir Horizon sistēmā, bet ražošanu plānojam vienkārši Excel tabulā. Tabulu uztur mana kolēģe Dace Liepiņa, un bez Daces te viss apstātos.",
            "Kas ir jūsu lielākie klienti?",
            "Viens dāņu uzņēmums un vācieši. Ar dāni, kuru sauc Mikkel Sørensen, runājam katru nedēļu. Mikkelam patīk braukt uz Latviju, viņš vienmēr grib aizbraukt uz Siguldu.",
            "Kā darbs ietekmē jūsu ģimeni?",
            "Sieva Inese saka, ka es smaržoju pēc skaidām. Dēls Kārlis mācās tehnikumā Madonā, un Kārlim arī patīk koks. Varbūt viņš kādreiz strādās pie mums.",
        ],
        "people": [
            "Juris Bērziņš",
            "Aivars",
            "Gatis",
            "Aivaram",
            "Gatim",
            "Ramon",
            "Jericho",
            "Dace Liepiņa",
            "Daces",
            "Mikkel Sørensen",
            "Mikkelam",
            "Inese",
            "Kārlis",
            "Kārlim",
        ],
        "keep": ["Valmieras", "Horizon", "Excel", "Siguldu", "Madonā"],
        "hard_keep": ["Madonā"],
    },
    {
        # Taxi driver (Liepāja), speech recognition output
        "language": "lv",
        "utterances": [
            "labdien pastāstiet lūdzu kā izskatās jūsu darba diena",
            "nu es esmu taksists mani sauc normunds kļaviņš braucu liepājā jau divdesmit gadus pēdējos gados galvenokārt caur bolt",
            "vai jūs strādājat viens",
            "man ir mazs uzņēmums trīs mašīnas otru mašīnu vada mans svainis guntars bet trešo puisis no indijas gurpreet singh gurpreetam ļoti labi sanāk ar ārzemju studentiem",
            "kas ir jūsu klienti",
            "visādi ostas strādnieki pensionāri un vasarā tūristi piemēram vakar vedu vienu lietuviešu kundzi vārdā ramutė viņa brauca uz lielo dzintaru uz koncertu un visu ceļu stāstīja par savu mazdēlu tomu",
            "kas jums palīdz ar grāmatvedību",
            "sieva sandra viņa visu dara ar datoru un ja kaut kas nav skaidrs sandra zvana grāmatvedei ritai ozolai rita ozola ir mūsu kaimiņiene",
            "atceraties kādu sliktu dienu",
            "ziemā kad bija ledus guntars iebrauca grāvī pie grobiņas paldies dievam guntaram nekas nenotika bet mašīna bija jāved uz servisu pie jāņa gaiļa jānim ir labākais serviss visā kurzemē",
        ],
        "people": [
            "normunds kļaviņš",
            "guntars",
            "gurpreet singh",
            "gurpreetam",
            "ramutė",
            "tomu",
            "sandra",
            "ritai ozolai",
            "rita ozola",
            "guntaram",
            "jāņa gaiļa",
            "jānim",
        ],
        "keep": ["liepājā", "bolt", "lielo dzintaru", "grobiņas", "kurzemē"],
        "hard_keep": ["lielo dzintaru"],
    },
    {
        # Online children's clothing shop (Daugavpils)
        "language": "lv",
        "utterances": [
            "Labdien! Ar ko jūs nodarbojaties?",
            "Mani sauc Olga Ivanova, esmu no Daugavpils un vadu interneta veikalu, kas pārdod bērnu apģērbu, arī Reima virsjakas. Sūtām pa visu Latviju un arī uz Igauniju.",
            "Cik cilvēku pie jums strādā?",
            "Piecas sievietes noliktavā un viens programmētājs. Noliktavu vada Natālija, viņai palīdz Kristīne un Svetlana. Natālijai ir vislabākā atmiņa, viņa zina katru preci. Programmētājs ir Artjoms, viņš dzīvo Rīgā un strādā attālināti.",
            "Kādas platformas izmantojat?",
            "Veikals ir uz Shopify, paciņas sūtām ar Omniva. Ar Artjomu mēs katru pirmdienu sazvanāmies, un viņš man rāda, ko ir mainījis.",
            "Kas ir jūsu piegādātāji?",
            "Audumus pērkam Turcijā, pie ražotāja Mehmet Yılmaz. Mehmetam ir fabrika Bursā. Bet adījumus mums taisa vietējā meistare, kundze Zeltīte Vītola no Krāslavas.",
            "Vai ģimene jums palīdz?",
            "Jā, vīrs Dmitrijs brauc uz pastu, un meita Alise fotografē preces. Alisei ir tikai sešpadsmit, bet bildes ir labākas nekā profesionāļiem. Dmitrijam es esmu ļoti pateicīga.",
        ],
        "people": [
            "Olga Ivanova",
            "Natālija",
            "Kristīne",
            "Svetlana",
            "Natālijai",
            "Artjoms",
            "Artjomu",
            "Mehmet Yılmaz",
            "Mehmetam",
            "Zeltīte Vītola",
            "Dmitrijs",
            "Alise",
            "Alisei",
            "Dmitrijam",
        ],
        "keep": ["Daugavpils", "Reima", "Rīgā", "Shopify", "Omniva", "Krāslavas"],
        "hard_keep": ["Reima"],
    },
    # --------------------------------------------------------------- Estonian
    {
        # Café (Tartu)
        "language": "et",
        "utterances": [
            "Tere! Kas te saaksite alustuseks rääkida, millega te tegelete?",
            "Muidugi. Minu nimi on Kadri Tamm ja mul on väike kohvik Tartus, Supilinnas. Teeme hommikusööki ja lõunat, õhtuti on vahel kontserdid.",
            "Kes teiega koos töötavad?",
            "Köögis on Margus, tema on meie kokk. Saalis töötavad Liis ja Oleksandr, Oleksandr tuli Kiievist sõja alguses. Margusega oleme koos töötanud juba kaheksa aastat, Liisile on see esimene töökoht.",
            "Milliseid programme ja tarnijaid te kasutate?",
            "Tellimused tulevad Wolti ja Bolt Foodi kaudu. Toorainet ostame Selverist ja talunikult Peipsi äärest, härra Sepp toob igal reedel kurke ja sibulat. Sepale maksan alati sularahas. Koogi jaoks võtame ainult Kalevi šokolaadi.",
            "Kas mäletate mõnda eriti halba päeva?",
            "Jah, kui Emajõgi üle kallaste tõusis ja kelder vett täis sai. Siis tulid appi mu vend Toomas ja tema sõber Aleksei. Aleksei pumpas terve öö vett välja ja Toomasele olen siiani tänulik.",
            "Kes teid veel aitab?",
            "Raamatupidamist teeb Maarika Kask, ta on ka minu ristiema. Maarikaga käime kord kuus kõik arved läbi. Ja mu tütar Hanna joonistab meie menüüsid.",
        ],
        "people": [
            "Kadri Tamm",
            "Margus",
            "Liis",
            "Oleksandr",
            "Margusega",
            "Liisile",
            "Sepp",
            "Sepale",
            "Toomas",
            "Aleksei",
            "Toomasele",
            "Maarika Kask",
            "Maarikaga",
            "Hanna",
        ],
        "keep": ["Tartus", "Wolti", "Selverist", "Peipsi", "Kalevi", "Emajõgi"],
        "hard_keep": ["Kalevi"],
    },
    {
        # E-commerce warehouse (Tallinn)
        "language": "et",
        "utterances": [
            "Aitäh, et leidsite aega. Millega te tööl tegelete?",
            "Olen laojuhataja ühe e-poe laos Tallinnas. Nimi on Priit Saar. Päevas saadame välja umbes kolm tuhat pakki, põhiliselt Apollo raamatuid ja mänguasju.",
            "Kes teie meeskonnas on?",
            "Vahetuses on kakskümmend inimest. Vanem laotöötaja on Jelena, tema teab kõike. Siis on palju noori, näiteks Karl-Erik, ja paar Nepaali poissi, Bikash ja Sunil. Jelenaga arutan iga hommik plaani läbi.",
            "Milliseid süsteeme kasutate?",
            "Laosüsteem on Directo, pakid lähevad Omniva kaudu. IT poolelt aitab meid Siim Kuusk, kes istub kontoris Tartus. Siimule kirjutan Slackis, kui skännerid jälle ei tööta.",
            "Kas on olnud mõni eriti keeruline periood?",
            "Jõulud, alati. Eelmisel detsembril jäi Sunil haigeks ja Bikashil oli viisaga probleem. Siis tulid appi mu naine Piret ja tema õde Triin, Triinuga pakkisime kaks ööd järjest.",
            "Kes on teie ülemus?",
            "Ettevõtte omanik on soomlane Jari Leinonen, ta käib Tallinnas kord kuus. Jarile meeldib, et meil on kõik numbrid tabelis näha.",
        ],
        "people": [
            "Priit Saar",
            "Jelena",
            "Karl-Erik",
            "Bikash",
            "Sunil",
            "Jelenaga",
            "Siim Kuusk",
            "Siimule",
            "Bikashil",
            "Piret",
            "Triin",
            "Triinuga",
            "Jari Leinonen",
            "Jarile",
        ],
        "keep": ["Tallinnas", "Apollo", "Directo", "Omniva", "Tartus"],
        "hard_keep": ["Apollo"],
    },
    {
        # Fisherman and boat trips (Saaremaa), speech recognition output
        "language": "et",
        "utterances": [
            "tere rääkige palun oma tööst",
            "ma olen kalur ja suviti teen ka turistidele paadisõite siin saaremaal kuressaare lähedal nimi on tõnu raudsepp",
            "kes teiega koos merel käib",
            "tavaliselt vend ain ja vahel naabrimees ülo ülo on juba seitsekümmend aga ikka tugev ainiga oleme koos kalal käinud lapsest saati",
            "kuhu te kala müüte",
            "osa läheb kohalikule kalatööstusele osa suitsutab mu naine anneli ja osa viin ise kuressaare turule seal ostab minult üks soome naine liisa virtanen kes peab restorani ja liisale meeldib eriti lest",
            "kuidas te turiste leiate",
            "airbnb kaudu ja meil on facebooki leht mille tegi mu tütar kertu kertul on see värk hästi käpas enamik tuleb mandrilt praamiga piret näiteks eelmisel suvel käis siin härra schneider oma perega",
            "kas on olnud ka raskeid hetki",
            "kaks aastat tagasi läks mootor keset merd katki ja pidime raadio teel abi kutsuma merepäästest tuli appi andres lepik ja andresele olen siiani ühe pudeli võlgu",
        ],
        "people": [
            "tõnu raudsepp",
            "ain",
            "ülo",
            "ainiga",
            "anneli",
            "liisa virtanen",
            "liisale",
            "kertu",
            "kertul",
            "schneider",
            "andres lepik",
            "andresele",
        ],
        "keep": ["saaremaal", "kuressaare", "airbnb", "piret"],
        "hard_keep": ["piret"],
    },
    {
        # Construction project manager (Pärnu)
        "language": "et",
        "utterances": [
            "Tere päevast. Kirjeldage palun, mida te igapäevaselt teete.",
            "Olen ehitusfirma projektijuht, firma asub Pärnus. Minu nimi on Marko Lepp. Ehitame peamiselt eramuid ja vahel ka väiksemaid kortermaju.",
            "Kellega te kõige rohkem suhtlete?",
            "Objektil on töödejuhataja Urmas, temaga räägin iga päev. Betoonitöid teevad ukrainlased, brigadir on Vitalii Kovalenko. Urmasele meeldib Vitalii, sest tema mehed ei hiline kunagi.",
            "Milliseid tööriistu ja programme kasutate?",
            "Hankeid teeme tabelites ja materjali tellime Bauhofist ja Espakist, kruvid ja kinnitused tulevad Würthist. Espaki müügimees Rein Ojala on tore mees, Reinule helistan vahel kolm korda päevas.",
            "Kes on teie kliendid?",
            "Enamasti noored pered. Praegu ehitame maja ühele Norra-Eesti perele, Lars ja Kristiina Halvorsen. Larsiga suhtleme inglise keeles, Kristiinaga eesti keeles, ja nad ei ole kunagi ühel meelel.",
            "Kuidas töö mõjutab teie perekonda?",
            "Naine Kati on harjunud, et käin laupäeviti ka objektil. Poeg Rasmus tahab ka ehitajaks saada, Rasmusele meeldib juba praegu kõik, mis sõidab.",
        ],
        "people": [
            "Marko Lepp",
            "Urmas",
            "Vitalii Kovalenko",
            "Urmasele",
            "Vitalii",
            "Rein Ojala",
            "Reinule",
            "Lars",
            "Kristiina Halvorsen",
            "Larsiga",
            "Kristiinaga",
            "Kati",
            "Rasmus",
            "Rasmusele",
        ],
        "keep": ["Pärnus", "Bauhofist", "Espakist", "Würthist"],
        "hard_keep": ["Würthist"],
    },
    # ------------------------------------------------------- Norwegian Bokmål
    {
        # Salmon farm operations manager (near Tromsø)
        "language": "nb",
        "utterances": [
            "Hei, og takk for at du stiller opp. Kan du fortelle litt om hva du jobber med?",
            "Ja, jeg heter Ingrid Solberg og er driftsleder på et oppdrettsanlegg utenfor Tromsø. Vi har laks i åtte merder, og jeg har ansvaret for fôring og fiskehelse.",
            "Hvem jobber du tettest med?",
            "Røkterne, først og fremst. Det er Sindre og Håkon, og så har vi to fra Litauen, Tomas og Vytautas. Tomas har jobbet her lengst av alle, og Håkons far var faktisk med og startet anlegget.",
            "Hvilke verktøy bruker dere?",
            "Fôringen styres med kamerasystem fra AKVA group, og rapporteringen skjer i Fishtalk. Veterinæren vår, Marte Eliassen, logger seg på og ser tallene selv. Marte er ærlig talt den som holder orden på oss.",
            "Kan du huske en skikkelig dårlig dag?",
            "Da vi fikk maneter i merdene i fjor høst. Vi ringte folk hos Mowi for å høre hvordan de løste det, og Sindres onkel kom ut med båten sin. Jeg tror vi jobbet trettiseks timer i strekk.",
            "Hvem er sjefen din?",
            "Daglig leder er Arild Nygård, han sitter på kontoret i Bergen. Arild ringer meg hver morgen klokka sju. Og hjemme har jeg samboeren min, Jonas, og datteren vår Aurora. Jonas lager middag de dagene jeg kommer sent.",
        ],
        "people": [
            "Ingrid Solberg",
            "Sindre",
            "Håkon",
            "Tomas",
            "Vytautas",
            "Håkons",
            "Marte Eliassen",
            "Marte",
            "Sindres",
            "Arild Nygård",
            "Arild",
            "Jonas",
            "Aurora",
        ],
        "keep": ["Tromsø", "AKVA group", "Fishtalk", "Mowi", "Bergen"],
        "hard_keep": ["Mowi"],
    },
    {
        # Plumbing firm (Oslo)
        "language": "nb",
        "utterances": [
            "Kan du begynne med å fortelle hvem du er og hva du gjør?",
            "Jeg heter Kjetil Haugen og er rørlegger. Jeg har mitt eget firma i Oslo med seks ansatte, vi holder til på Alnabru.",
            "Hvem er de ansatte?",
            "Det er en fin gjeng. Piotr og Marek fra Polen, de har vært med siden starten. Så har vi Ahmed, som kom fra Somalia som tenåring, og lærlingen Emil. Piotrs kone Agnieszka fører regnskapet for oss.",
            "Hvilke verktøy eller programmer bruker dere?",
            "Vi bruker Tripletex til timer og faktura, og deler kjøper vi hos Ahlsell og Brødrene Dahl. Hos Brødrene Dahl har jeg en fast selger, Frode, og Frode finner alltid det jeg trenger.",
            "Kan du fortelle om en kunde som har gjort inntrykk?",
            "Ei eldre dame på Grünerløkka, fru Berit Lunde. Hun ringte meg klokka to om natta fordi badet var fullt av vann. Ahmed og jeg kjørte dit, og Berit hadde stekt vafler til oss da vi var ferdige.",
            "Hvordan påvirker jobben familien din?",
            "Kona mi, Silje, sier at jeg aldri er hjemme. Og sønnen vår Magnus vil bli rørlegger han også, så Magnus blir med meg på jobb i sommerferien. Emils mor er forresten Siljes beste venninne.",
        ],
        "people": [
            "Kjetil Haugen",
            "Piotr",
            "Marek",
            "Ahmed",
            "Emil",
            "Piotrs",
            "Agnieszka",
            "Frode",
            "Berit Lunde",
            "Berit",
            "Silje",
            "Magnus",
            "Emils",
            "Siljes",
        ],
        "keep": ["Oslo", "Tripletex", "Ahlsell", "Brødrene Dahl", "Grünerløkka"],
        "hard_keep": ["Ahlsell", "Brødrene Dahl"],
    },
    {
        # Grocery shop (Stavanger), speech recognition output
        "language": "nb",
        "utterances": [
            "hei kan du fortelle litt om deg selv og butikken",
            "ja jeg heter dilan aziz og jeg har en liten dagligvarebutikk i stavanger på storhaug vi selger mest mat fra midtøsten og tyrkia men nordmennene kjøper mest ali kaffe her",
            "hvem jobber i butikken",
            "det er meg og broren min rebaz og så har vi en norsk gutt som heter sander som jobber på lørdager og datteren min nura hjelper også til rebaz kjører til oslo hver uke for å hente varer",
            "hvor kjøper dere varene",
            "det meste fra en grossist i oslo som eies av en tyrker som heter mustafa demir og noe kjøper vi fra asko mustafa gir oss god pris fordi vi har handlet med ham i ti år",
            "hvilke verktøy bruker du",
            "kassasystemet er fra zettle og regnskapet gjør en regnskapsfører som heter solveig kvalheim solveig ringer meg hvis noe ikke stemmer og det gjør det ofte",
            "hvem er kundene dine",
            "alle mulige folk syrere afghanere og mange nordmenn også for eksempel en gammel mann som heter oddvar han kommer hver dag og kjøper baklava og kona mi shirin baker brød som oddvar elsker shirins brød er kjent i hele bydelen",
        ],
        "people": [
            "dilan aziz",
            "rebaz",
            "sander",
            "nura",
            "mustafa demir",
            "mustafa",
            "solveig kvalheim",
            "solveig",
            "oddvar",
            "shirin",
            "shirins",
        ],
        "keep": ["stavanger", "ali kaffe", "oslo", "asko", "zettle"],
        "hard_keep": ["ali kaffe"],
    },
    {
        # Hotel front-desk manager (Lillehammer)
        "language": "nb",
        "utterances": [
            "Takk for at du ville være med. Hva jobber du med til daglig?",
            "Jeg er resepsjonssjef på et hotell på Lillehammer. Jeg heter Torunn Bakke, og jeg har jobbet i hotellbransjen i snart tjue år.",
            "Hvordan ser teamet ditt ut?",
            "Vi er ni i resepsjonen. Nestlederen min heter Øyvind, og så har vi mange utenlandske, blant annet Ana Lucía fra Spania og Kofi fra Ghana. Øyvind og Kofi tar stort sett nattevaktene. Over oss er det direktøren, Hege Moen.",
            "Hvilke systemer bruker dere?",
            "Bookingene kommer inn via Visbook og Booking.com. Hotellet er en del av Thon-kjeden, så vi har også deres egne systemer. Ana Lucías mann, Javier, jobber forresten på kjøkkenet.",
            "Kan du huske en spesiell gjest?",
            "En gang hadde vi en hel gruppe fra Japan, og lederen deres, herr Takahashi, ville ha grønn te klokka fem hver morgen. Takahashi sendte oss et takkekort etterpå. Og så har vi en fast gjest, Gunnar Brekke, som har bodd hos oss hver vinter siden åttitallet. Gunnar kaller meg fortsatt jenta.",
            "Hva er det vanskeligste med jobben?",
            "Turnus. Samboeren min, Eirik, jobber også skift, på sykehuset på Gjøvik, så vi ser hverandre for lite. Eiriks foreldre bor i Kristiansand, og dit har vi lovet oss selv en tur i sommer.",
        ],
        "people": [
            "Torunn Bakke",
            "Øyvind",
            "Ana Lucía",
            "Kofi",
            "Hege Moen",
            "Ana Lucías",
            "Javier",
            "Takahashi",
            "Gunnar Brekke",
            "Gunnar",
            "Eirik",
            "Eiriks",
        ],
        "keep": ["Lillehammer", "Visbook", "Booking.com", "Thon", "Gjøvik", "Kristiansand"],
        "hard_keep": ["Thon", "Kristiansand"],
    },
    # ------------------------------------------------------------- Indonesian
    {
        # Catering business (Yogyakarta)
        "language": "id",
        "utterances": [
            "Selamat siang, Bu. Boleh diceritakan sedikit tentang usaha Ibu?",
            "Boleh, Mbak. Nama saya Sri Wahyuni, saya punya usaha katering kecil di Yogyakarta, di daerah Kotagede. Kami masak untuk kantor-kantor dan acara keluarga.",
            "Siapa saja yang bekerja dengan Ibu?",
            "Ada lima orang. Yang masak utama Bu Tutik, dia sudah ikut saya sepuluh tahun. Terus ada Mas Anto yang antar pesanan, dan dua anak muda, Rina sama Fajar. Fajar itu keponakan suami saya.",
            "Pesanannya biasanya masuk lewat mana?",
            "Paling banyak lewat WhatsApp, sebagian dari GoFood dan GrabFood. Bumbu saya beli di Pasar Beringharjo, langganan saya Koh Liong, orangnya jujur sekali. Roti untuk snack box saya ambil dari Sari Roti.",
            "Pernah ada kejadian yang paling berat?",
            "Pernah, waktu ada pesanan lima ratus kotak untuk kantornya Pak Hendra Gunawan. Kompornya rusak jam tiga pagi. Untung Bu Tutik tenang, dan Rina langsung telepon tetangga. Pak Hendra tidak tahu sampai sekarang.",
            "Pelanggannya siapa saja, Bu?",
            "Macam-macam. Ada juga pelanggan dari Jepang, Pak Sato, dosen tamu di kampus, dia suka sekali gudeg buatan Bu Tutik.",
            "Keluarga Ibu ikut membantu?",
            "Suami saya, Mas Bambang, yang urus keuangan. Anak saya Dimas kuliah di Surabaya, tapi Dimas yang bikin Instagram kami. Menantu saya orang Batak, namanya Yohana Siregar, dia bantu promosi.",
        ],
        "people": [
            "Sri Wahyuni",
            "Tutik",
            "Anto",
            "Rina",
            "Fajar",
            "Liong",
            "Hendra Gunawan",
            "Hendra",
            "Sato",
            "Bambang",
            "Dimas",
            "Yohana Siregar",
        ],
        "keep": ["Yogyakarta", "GoFood", "GrabFood", "Pasar Beringharjo", "Sari Roti", "Surabaya"],
        "hard_keep": ["Sari Roti"],
    },
    {
        # Product manager in a fintech start-up (Jakarta)
        "language": "id",
        "utterances": [
            "Terima kasih sudah mau ngobrol. Bisa ceritakan pekerjaan Anda?",
            "Saya Rizky Pratama, product manager di startup fintech di Jakarta. Kantor kami di SCBD, tapi sebagian tim kerja remote dari Bandung dan Medan.",
            "Timnya seperti apa?",
            "Ada dua belas orang. Lead engineer-nya Bang Togar Simanjuntak, orang Medan. Lalu ada Putri dan Wayan di desain, dan dua developer dari India, Arjun dan Deepak. Bang Togar paling senior di antara kami.",
            "Tools apa yang dipakai sehari-hari?",
            "Jira, Slack, Figma, yang standar. Untuk pembayaran kami integrasi dengan Bank Mandiri dan BCA. Wayan yang paling jago Figma, semua desain lewat dia dulu.",
            "Siapa atasan Anda?",
            "CEO kami Ibu Melissa Tanoto, dulu dia kerja di Singapura. Bu Melissa orangnya cepat sekali ambil keputusan. Investor utamanya dari Jepang, Mr. Kenji Watanabe, dan Watanabe-san datang ke Jakarta tiap kuartal.",
            "Ada pengalaman yang paling berat?",
            "Waktu server down pas Lebaran. Arjun lagi pulang ke India, Togar mudik ke kampung. Akhirnya istri saya, Nadia, yang bantu telepon semua orang sambil minum Teh Botol Sosro. Nadia juga programmer, jadi dia ngerti.",
        ],
        "people": [
            "Rizky Pratama",
            "Togar Simanjuntak",
            "Togar",
            "Putri",
            "Wayan",
            "Arjun",
            "Deepak",
            "Melissa Tanoto",
            "Melissa",
            "Kenji Watanabe",
            "Watanabe",
            "Nadia",
        ],
        "keep": ["Jakarta", "Bandung", "Figma", "Bank Mandiri", "BCA", "Teh Botol Sosro"],
        "hard_keep": ["Teh Botol Sosro"],
    },
    {
        # Motorbike repair shop (Surabaya), speech recognition output
        "language": "id",
        "utterances": [
            "selamat pagi pak bisa cerita sedikit tentang bengkel bapak",
            "iya mas saya punya bengkel motor di surabaya daerah rungkut nama saya heru susanto sudah buka dari tahun dua ribu lima kebanyakan motor honda sama yamaha",
            "siapa saja yang kerja di bengkel",
            "ada tiga mekanik cak mamat paling senior terus ada joko sama anak baru namanya yosef dari flores yosef itu rajin sekali kalau joko suka telat",
            "sparepart biasanya beli di mana",
            "kebanyakan dari toko koh acong di pasar sama pesan online di tokopedia kalau koh acong tidak ada barangnya saya telepon anaknya namanya vincent",
            "pelanggannya kebanyakan siapa",
            "ojol mas driver gojek sama grab ada satu pelanggan tetap bu lilis dia jualan sayur pakai motor tiap minggu servis di sini terus ada juga bule dari belanda namanya mister pieter dekker tinggal di kenjeran",
            "ada pengalaman yang paling susah",
            "waktu banjir tahun kemarin bengkel kemasukan air semua motor pelanggan terendam untung adik saya wahyu punya mobil bak jadi motor diangkut ke rumah pak rt namanya pak sutrisno pak sutrisno baik sekali orangnya istri saya siti aminah sampai masak buat semua orang",
        ],
        "people": [
            "heru susanto",
            "mamat",
            "joko",
            "yosef",
            "acong",
            "vincent",
            "lilis",
            "pieter dekker",
            "wahyu",
            "sutrisno",
            "siti aminah",
        ],
        "keep": ["surabaya", "honda", "yamaha", "flores", "tokopedia", "gojek"],
        "hard_keep": ["honda", "yamaha"],
    },
    {
        # Nurse in a private clinic (Bali)
        "language": "id",
        "utterances": [
            "Halo, Kak. Bisa diceritakan pekerjaan Kakak sehari-hari?",
            "Bisa. Saya Ni Luh Ayu Lestari, perawat di klinik swasta di Denpasar. Banyak pasien kami turis dari Australia dan Eropa, jadi bahasa Inggris wajib.",
            "Siapa rekan kerja yang paling sering bersama Kakak?",
            "Dokter jaga kami dr. Made Wirawan dan dr. Anastasia Kurniawan. Dokter Made biasanya shift pagi. Terus ada perawat lain, Komang dan Gede, dan resepsionis kami Bli Ketut.",
            "Pakai sistem apa untuk data pasien?",
            "Rekam medisnya pakai aplikasi buatan lokal namanya Klinikku, terus klaim asuransi kebanyakan lewat Allianz. Obat kami pesan dari Kimia Farma.",
            "Pernah ada pasien yang paling berkesan?",
            "Ada, seorang nenek dari Melbourne, Mrs. Margaret O'Brien, jatuh dari motor sewaan di Ubud. Margaret tidak mau dirawat kalau bukan saya yang jaga. Anaknya, Liam, terbang besoknya dan bawakan kami kue.",
            "Bagaimana dengan keluarga?",
            "Suami saya, Wayan Sudarsana, kerja di Ritz-Carlton di Nusa Dua. Kalau kami berdua sama-sama shift malam, anak-anak dititip ke ibu mertua. Sudarsana selalu bilang nanti kita buka klinik sendiri.",
        ],
        "people": [
            "Ni Luh Ayu Lestari",
            "Made Wirawan",
            "Anastasia Kurniawan",
            "Made",
            "Komang",
            "Gede",
            "Ketut",
            "Margaret O'Brien",
            "Margaret",
            "Liam",
            "Wayan Sudarsana",
            "Sudarsana",
        ],
        "keep": ["Denpasar", "Klinikku", "Allianz", "Kimia Farma", "Ubud", "Ritz-Carlton"],
        "hard_keep": ["Ritz-Carlton"],
    },
    # ------------------------------------------------------------- Vietnamese
    {
        # Phở shop (Hà Nội)
        "language": "vi",
        "utterances": [
            "Chào chị, chị có thể giới thiệu một chút về công việc của mình không ạ?",
            "Dạ, em tên là Nguyễn Thị Thu Trang, em có một quán phở nhỏ ở Hà Nội, trên phố Bát Đàn. Quán của bố mẹ em mở từ năm chín mươi.",
            "Quán mình có bao nhiêu người làm ạ?",
            "Dạ có sáu người. Nấu chính là chú Tư, chú ấy làm với nhà em hơn hai mươi năm rồi. Chạy bàn có Linh, Tuấn và một bạn người Myanmar tên là Aung. Tuấn là em họ của em.",
            "Chị dùng những công cụ gì để quản lý quán?",
            "Bán hàng thì bọn em dùng phần mềm KiotViet, đơn online thì qua ShopeeFood và GrabFood. Sổ sách do anh Phạm Quốc Bảo làm, anh Bảo là kế toán làm thêm cho mấy quán trên phố.",
            "Nguyên liệu thì chị lấy ở đâu?",
            "Thịt bò em lấy của bác Hùng ở chợ Long Biên, bánh phở thì lấy của nhà cô Loan. Bác Hùng nhiều khi giao muộn nhưng thịt của bác ấy ngon nhất.",
            "Có khách nào mà chị nhớ nhất không?",
            "Có một ông khách người Pháp, ông Lefebvre, sáng nào cũng ăn một bát tái. Ông Lefebvre còn dẫn cả cháu gái là Camille đến. Chồng em, anh Đức, hay nói là khách Tây còn trung thành hơn khách ta.",
        ],
        "people": [
            "Nguyễn Thị Thu Trang",
            "Tư",
            "Linh",
            "Tuấn",
            "Aung",
            "Phạm Quốc Bảo",
            "Bảo",
            "Hùng",
            "Loan",
            "Lefebvre",
            "Camille",
            "Đức",
        ],
        "keep": ["Hà Nội", "KiotViet", "ShopeeFood", "GrabFood", "Long Biên"],
        "hard_keep": ["Long Biên"],
    },
    {
        # Garment factory production manager (Bình Dương)
        "language": "vi",
        "utterances": [
            "Xin chào anh, anh có thể kể về công việc hằng ngày của mình được không?",
            "Được chứ. Tôi là Lê Văn Thắng, quản lý sản xuất ở một xưởng may tại Bình Dương. Chúng tôi may áo khoác xuất khẩu sang Mỹ và Nhật.",
            "Anh làm việc nhiều nhất với ai?",
            "Với các tổ trưởng. Tổ cắt do chị Hoa phụ trách, tổ may do chị Nguyệt và anh Khải. Chị Hoa làm ở đây lâu nhất, từ hồi xưởng mới có ba chục máy.",
            "Khách hàng của xưởng là ai?",
            "Khách lớn nhất là một công ty Hàn Quốc, người phụ trách bên đó là ông Park Jae-sung. Ông Park sang xưởng ba tháng một lần. Ngoài ra có một bên mua hàng người Mỹ tên là Jennifer Collins, chị Jennifer thì chỉ làm việc qua email.",
            "Xưởng dùng phần mềm gì để quản lý?",
            "Chấm công dùng máy của Ronald Jack, còn đơn hàng thì theo dõi trên Excel và Zalo. Cậu Vinh bên IT làm hết, Vinh mới hai mươi lăm tuổi mà giỏi lắm.",
            "Có thời điểm nào khó khăn nhất không?",
            "Hồi dịch, xưởng phải cho công nhân ở lại làm ba tại chỗ. Vợ tôi là Trần Thị Mai Phương, cô ấy nấu cơm cho cả trăm người. Phương nói đó là ba tháng mệt nhất đời. Con trai tôi, thằng Khoa, lúc đó mới lên năm.",
        ],
        "people": [
            "Lê Văn Thắng",
            "Hoa",
            "Nguyệt",
            "Khải",
            "Park Jae-sung",
            "Park",
            "Jennifer Collins",
            "Jennifer",
            "Vinh",
            "Trần Thị Mai Phương",
            "Phương",
            "Khoa",
        ],
        "keep": ["Bình Dương", "Ronald Jack", "Excel", "Zalo"],
        "hard_keep": ["Bình Dương", "Ronald Jack"],
    },
    {
        # Coffee grower (Đắk Lắk), speech recognition output
        "language": "vi",
        "utterances": [
            "chào anh anh kể cho em nghe về vườn cà phê của anh đi",
            "ừ anh tên là phan thanh tùng nhà anh có ba hécta cà phê ở buôn ma thuột trồng từ thời ba anh còn sống",
            "ai làm cùng với anh trong vườn",
            "mùa thu hoạch thì thuê thêm người đồng bào ê đê như chị h'nhi niê với chồng chị ấy là ksor khăm chị h'nhi hái nhanh nhất vườn còn lại là vợ anh chị xuyến với thằng em trai tên quyết",
            "anh bán cà phê cho ai",
            "bán cho đại lý của ông sáu lực ở chợ đầu mối với bán cho công ty trung nguyên một ít ông lực trả giá cao hơn nhưng hay trả chậm",
            "anh có dùng điện thoại hay ứng dụng gì trong việc trồng cà phê không",
            "có anh xem giá cà phê trên zalo nhóm của hội nông dân với lại thằng cháu tên đạt nó cài cho anh cái app tưới nước tự động đạt học ở sài gòn về",
            "năm nay có khó khăn gì không",
            "hạn hán nặng lắm giếng khô hết anh phải mua nước của nhà anh khuê bên cạnh rồi có người nhật tên là ông tanaka đến mua cà phê đặc sản ông tanaka nói cà phê nhà anh ngon nhất buôn",
        ],
        "people": [
            "phan thanh tùng",
            "h'nhi niê",
            "ksor khăm",
            "h'nhi",
            "xuyến",
            "quyết",
            "sáu lực",
            "lực",
            "đạt",
            "khuê",
            "tanaka",
        ],
        "keep": ["buôn ma thuột", "trung nguyên", "zalo", "sài gòn"],
        "hard_keep": ["trung nguyên"],
    },
    {
        # Software team lead (Đà Nẵng)
        "language": "vi",
        "utterances": [
            "Chào bạn, bạn có thể giới thiệu về công việc của mình không?",
            "Chào chị, mình là Võ Hoàng Nam, mình làm trưởng nhóm phát triển ở một công ty phần mềm tại Đà Nẵng. Công ty làm outsourcing cho khách Nhật và Úc.",
            "Nhóm của bạn có bao nhiêu người?",
            "Mười người. Có bạn Quỳnh làm tester, Hiếu với Phúc làm backend, còn frontend là bạn Trâm. Ngoài ra có một bạn người Philippines làm remote, tên là Carlo Reyes. Carlo làm đêm theo giờ khách Úc.",
            "Nhóm dùng những công cụ gì?",
            "Quản lý công việc thì dùng Backlog vì khách Nhật yêu cầu, chat với khách thì Slack, còn trong công ty thì Zalo. Anh Sơn, giám đốc kỹ thuật, thì chỉ đọc email thôi.",
            "Khách hàng của bạn thế nào?",
            "Khách lớn nhất ở Osaka, người phụ trách là anh Yamamoto Takeshi. Anh Yamamoto rất kỹ, mỗi lỗi nhỏ là gửi mail dài. Còn khách Úc, chị Olivia Hart, thì dễ tính hơn nhiều.",
            "Ngoài giờ làm thì bạn thường làm gì?",
            "Cuối tuần mình hay chở bạn gái là Thảo đi biển Mỹ Khê. Nhà Thảo ở Hội An, bố Thảo có tiệm may áo dài.",
        ],
        "people": [
            "Võ Hoàng Nam",
            "Quỳnh",
            "Hiếu",
            "Phúc",
            "Trâm",
            "Carlo Reyes",
            "Carlo",
            "Sơn",
            "Yamamoto Takeshi",
            "Yamamoto",
            "Olivia Hart",
            "Thảo",
        ],
        "keep": ["Đà Nẵng", "Backlog", "Slack", "Zalo", "Mỹ Khê", "Hội An"],
        "hard_keep": ["Mỹ Khê"],
    },
]


def interviews_k() -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(i["language"], list(i["utterances"]), list(i["people"]), list(i["keep"])) for i in INTERVIEWS_K]


def all_names_k() -> list[str]:
    return [name for item in INTERVIEWS_K for name in item["people"]]


HARD_KEEP_K: frozenset[str] = frozenset(term for item in INTERVIEWS_K for term in item["hard_keep"])


# -- sanity checks on the data itself (run the module) -------------------------------------------


def _occurs(phrase: str, text: str) -> bool:
    """The same whole-word, case-sensitive test the measurement uses."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _words(phrase: str) -> set[str]:
    """Name words of a mention or term."""
    return set(re.findall(r"\w+", phrase))


def _blank(phrases: list[str], text: str) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " | ", text)
    return text


def _check() -> None:
    problems: list[str] = []
    languages = ("sk", "sl", "lt", "lv", "et", "nb", "id", "vi")
    expected = {language: 4 for language in languages}
    counts = {language: 0 for language in languages}
    lower_counts = {language: 0 for language in languages}
    for number, item in enumerate(INTERVIEWS_K):
        where = f"excerpt {number} ({item['language']})"
        if item["language"] not in expected:
            problems.append(f"{where}: unexpected language")
            continue
        counts[item["language"]] += 1
        utterances, people, keep = item["utterances"], item["people"], item["keep"]
        text = "\n".join(utterances)
        if not 6 <= len(utterances) <= 12:
            problems.append(f"{where}: {len(utterances)} turns")
        if not 3 <= len(keep) <= 6 or len(set(keep)) != len(keep):
            problems.append(f"{where}: {len(keep)} keep terms or a repeated one")
        if not 10 <= len(people) <= 14 or len(set(people)) != len(people):
            problems.append(f"{where}: {len(people)} person mentions or a repeated one")
        lower = all(u == u.lower() for u in utterances)
        lower_counts[item["language"]] += lower
        if lower and any(m != m.lower() for m in [*people, *keep]):
            problems.append(f"{where}: capitals in a lower-case excerpt's lists")
        for mention in people:
            if not _occurs(mention, text):
                problems.append(f"{where}: person mention {mention!r} not in the text")
            # it must also occur on its own, not only inside a longer listed mention
            longer = [m for m in people if len(m) > len(mention) and _occurs(mention, m)]
            if longer and not _occurs(mention, _blank(longer, text)):
                problems.append(f"{where}: person mention {mention!r} only occurs inside {longer}")
        for term in keep:
            if not _occurs(term, text):
                problems.append(f"{where}: keep term {term!r} not in the text")
        for term in item["hard_keep"]:
            if term not in keep:
                problems.append(f"{where}: hard keep term {term!r} not in keep")
        name_words = {w.casefold() for m in people for w in _words(m)}
        for term in keep:
            shared = name_words & {w.casefold() for w in _words(term)}
            if shared:
                problems.append(f"{where}: keep term {term!r} shares {sorted(shared)} with a person mention")
        # every occurrence of a name word must lie inside a listed mention
        rest = _blank(people, text)
        for mention in people:
            for word in _words(mention):
                if _occurs(word, rest):
                    problems.append(f"{where}: name word {word!r} also occurs outside the listed mentions")
        # a keep term must not overlap a person mention
        rest_keep = _blank(keep, text)
        for mention in people:
            if _occurs(mention, text) and not _occurs(mention, rest_keep):
                problems.append(f"{where}: person mention {mention!r} only occurs inside a keep term")
    if counts != expected:
        problems.append(f"excerpts per language {counts}, expected {expected}")
    if lower_counts != {language: 1 for language in languages}:
        problems.append(f"lower-case excerpts per language {lower_counts}, expected one each")
    if problems:
        raise ValueError("pii_names_k data problems:\n" + "\n".join(problems))


if __name__ == "__main__":
    _check()
    print(
        f"{len(INTERVIEWS_K)} excerpts, {len(all_names_k())} person mentions, {len(HARD_KEEP_K)} hard keep terms"
    )
