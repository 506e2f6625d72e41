"""Twelfth held-out set of person-name test data (set L).

Twenty-four excerpts from customer-research interviews in which a participant
describes a working day: the job, the tools and suppliers, colleagues, customers,
family and the places involved. Three excerpts each in Polish, Czech, Romanian,
Croatian, Swedish, Finnish, Lithuanian and Indonesian. Interviewer and
participant turns alternate without speaker labels; each excerpt has six to ten
turns. In every language exactly one excerpt is written wholly in lower case
without punctuation, the way automatic speech recognition writes.

Each excerpt has eight to twelve person-name mentions: people of the country and
people of other origins, the participant introducing themselves, first names,
surnames, full names and diminutives, names after a title of address or a role
word of the language (pan/pani, pan/paní, domnul/doamna, gospodin/gospođa,
herr/fru, herra/rouva, ponas/ponia, Pak/Bu and their case forms), vocatives,
names in lists, possessives and the case forms of the inflecting languages.
Every inflected form is a mention of its own, listed exactly as written.

``people`` lists every distinct person-name mention exactly as written (name
words only, never a title or a kinship word). ``keep`` lists three to five
non-person proper names of the excerpt (companies, products, shops, towns,
districts, often inflected) that must survive pseudonymisation. ``hard_keep`` is
the subset of ``keep`` that looks like a person's name (a firm named after a
person or with a trade word before a given name, a place named after a saint,
a place that is also a surname). No keep term shares a word with a person
mention of the same excerpt, and every word of a person mention occurs in the
excerpt only inside a listed mention, so a name word left in the output is a
leak. ``_check`` enforces this; run the module to validate the data.
"""

from __future__ import annotations

from typing import TypedDict

from pii_set_check import check_excerpts


class InterviewL(TypedDict):
    language: str  # ISO 639-1: "pl", "cs", "ro", "hr", "sv", "fi", "lt" or "id"
    utterances: list[str]  # 6-10 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_L: list[InterviewL] = [
    # ----------------------------------------------------------------- Polish
    {
        # Joinery workshop (Nowy Sącz)
        "language": "pl",
        "utterances": [
            "Dzień dobry, proszę powiedzieć kilka słów o sobie i o swojej pracy.",
            "Nazywam się Bożena Kraszewska-Wilk, prowadzę z mężem stolarnię w Nowym Sączu. Mąż, Zdzisław, zajmuje się produkcją, a ja papierami i klientami.",
            "Kto jeszcze u państwa pracuje?",
            "Mamy czterech stolarzy. Najdłużej jest z nami pan Ryszard Połeć, potem dwóch młodych, Kuba i Olek, a od zeszłego roku Ukrainiec Taras Melnyczuk. Z panem Ryszardem zawsze rano ustalam plan, bo on wie najlepiej, co się da zrobić. Tarasowi sama załatwiałam kartę pobytu.",
            "Z jakich narzędzi i dostawców korzystacie?",
            "Płyty bierzemy z hurtowni Drewmax w Limanowej, okucia od firmy Hettler, a zamówienia prowadzę w programie Stolik. Księgowość robiła nam pani Wiesława Gąsior, ale od lipca jest na emeryturze, więc teraz dzwonię do jej córki, pani Magdy.",
            "A klienci? Pamięta pani jakąś trudną sytuację?",
            "Pan mecenas Dobrowolski zamówił u nas kuchnię i trzy razy zmieniał kolor frontów. W końcu mówię mu: panie Henryku, to już naprawdę ostatnia zmiana. Kuba się potem śmiał, że następnym razem zrobimy mu fronty w paski.",
        ],
        "people": [
            "Bożena Kraszewska-Wilk",
            "Zdzisław",
            "Ryszard Połeć",
            "Kuba",
            "Olek",
            "Taras Melnyczuk",
            "Ryszardem",
            "Tarasowi",
            "Wiesława Gąsior",
            "Magdy",
            "Dobrowolski",
            "Henryku",
        ],
        "keep": ["Nowym Sączu", "Drewmax", "Limanowej", "Hettler", "Stolik"],
        "hard_keep": ["Hettler"],
    },
    {
        # Pharmacy manager (Łódź)
        "language": "pl",
        "utterances": [
            "Dzień dobry. Czym się pani zajmuje na co dzień?",
            "Jestem kierowniczką apteki na Widzewie w Łodzi, nazywam się Agnieszka Wądołowska. Apteka należy do pana Konrada Olszaka, ale na co dzień rozliczam się z Panią Dyrektor regionalną.",
            "Z kim pani pracuje?",
            "Z farmaceutką Ireną Bąk i z technikiem Damianem. Od marca mamy też panią Olenę z Charkowa, która jeszcze nostryfikuje dyplom.",
            "Jakich systemów pani używa?",
            "Leki zamawiamy w hurtowni Farmivo, a sprzedaż idzie przez program ApteKit. Z Pawłem z serwisu rozmawiam chyba co tydzień, bo system się wiesza przy każdej aktualizacji.",
            "Co jest w tej pracy najtrudniejsze?",
            "Starsi pacjenci, choć ich lubię. Jest taka pani Genowefa, która przychodzi codziennie i pyta o ceny. Mówię jej: pani Genowefo, przecież wczoraj było tak samo. Gorzej z Panią Dyrektor, bo co miesiąc przysyła nowe cele sprzedażowe.",
            "A po pracy?",
            "Syn Antek trenuje piłkę, mąż Michał odbiera go z treningów, a w weekendy jeździmy do teściów do Kalisza.",
        ],
        "people": [
            "Agnieszka Wądołowska",
            "Konrada Olszaka",
            "Ireną Bąk",
            "Damianem",
            "Olenę",
            "Pawłem",
            "Genowefa",
            "Genowefo",
            "Antek",
            "Michał",
        ],
        "keep": ["Widzewie", "Łodzi", "Farmivo", "ApteKit", "Kalisza"],
        "hard_keep": ["Kalisza"],
    },
    {
        # Apple orchard near Grójec, speech recognition output
        "language": "pl",
        "utterances": [
            "dzień dobry niech pan opowie jak wygląda pana dzień",
            "no więc ja jestem tadeusz mrówka mam sad pod grójcem głównie jabłka i trochę gruszek",
            "kto panu pomaga",
            "syn łukasz i synowa ewelina a w sezonie przyjeżdżają ukraińcy od lat ta sama ekipa brygadzista nazywa się wołodymyr i z wołodymyrem dogadujemy się po polsku bez problemu a jego żona oksana gotuje dla wszystkich",
            "z kim pan współpracuje przy sprzedaży",
            "jabłka oddaję do grupy producenckiej sadpol w belsku dużym tam zajmuje się nami pani jadwiga kłos a jak coś nie gra to dzwonię prosto do prezesa ruckiego",
            "a sprzęt kto panu serwisuje",
            "ciągnik i opryskiwacz robi mi warsztat zenek w warce tam są porządni mechanicy",
            "a rodzina",
            "wnuczka zosia przyjeżdża na wakacje i łukaszowi pomaga na sortowni a żona krysia mówi że za dużo pracuję",
        ],
        "people": [
            "tadeusz mrówka",
            "łukasz",
            "ewelina",
            "wołodymyr",
            "wołodymyrem",
            "oksana",
            "jadwiga kłos",
            "ruckiego",
            "zosia",
            "łukaszowi",
            "krysia",
        ],
        "keep": ["grójcem", "sadpol", "belsku dużym", "warsztat zenek", "warce"],
        "hard_keep": ["warsztat zenek"],
    },
    # ------------------------------------------------------------------ Czech
    {
        # Small accounting office (Olomouc)
        "language": "cs",
        "utterances": [
            "Dobrý den, můžete nám říct něco o sobě a o své práci?",
            "Jmenuji se Radka Vondráčková a mám malou účetní kancelář v Olomouci. Pracuje u mě kolegyně Hana Šťastná a brigádně student Vojta.",
            "Kdo jsou vaši klienti?",
            "Hlavně živnostníci. Třeba pan Kubíček, který má truhlárnu U Matouše v Prostějově. Pane Kubíčku, říkám mu pořád, ty účtenky mi nenoste v igelitce! Ale nepomáhá to.",
            "Jaké programy používáte?",
            "Účetnictví vedeme v programu Ledgero a účty máme u Hanácké banky. Datové schránky hlídá Hana. S Hanou jsme spolu už dvanáct let.",
            "Vzpomenete si na nějakou nepříjemnou situaci?",
            "Loni přišla finanční kontrola ke klientovi, panu Nguyenovi, který má večerku u nádraží. Paní Nguyenová, jeho žena, přinesla všechny doklady v krabici od bot. Vojtovi jsme to pak dali roztřídit na celý týden.",
            "A doma?",
            "Manžel Petr je hasič, takže pořád směny, a dcera Terezka chodí do třetí třídy.",
        ],
        "people": [
            "Radka Vondráčková",
            "Hana Šťastná",
            "Vojta",
            "Kubíček",
            "Kubíčku",
            "Hana",
            "Hanou",
            "Nguyenovi",
            "Nguyenová",
            "Vojtovi",
            "Petr",
            "Terezka",
        ],
        "keep": ["Olomouci", "U Matouše", "Prostějově", "Ledgero", "Hanácké banky"],
        "hard_keep": ["U Matouše"],
    },
    {
        # Haulage dispatcher (Ostrava-Poruba)
        "language": "cs",
        "utterances": [
            "Dobrý den, čím se zabýváte?",
            "Dělám dispečera v dopravní firmě v Porubě. Jmenuji se Marek Šindelář. Máme dvacet kamionů a jezdíme hlavně do Německa a do Polska.",
            "S kým nejvíc spolupracujete?",
            "S řidiči. Nejstarší je pan Zbyněk Holub, pak máme dva Poláky, Grzegorze a Mariusze, a Ukrajince Bohdana. Panu Holubovi vždycky dávám nejkratší trasy, je mu už šedesát.",
            "Jaké nástroje používáte?",
            "Trasy plánujeme v systému Routix a s řidiči si píšu přes WhatsApp. Kamiony nám servisuje Autoservis Bartoš v Havířově.",
            "A nějaký opravdu těžký den?",
            "Bohdan jednou uvízl na hranici, protože mu chyběl jeden papír. Volal jsem paní Jirouškové na celní úřad a ta nám pomohla. Pan ředitel Kratochvíl mi pak řekl: Marku, bez paní Jirouškové bychom to nezvládli.",
            "A rodina?",
            "Přítelkyně Lucie říká, že mám telefon přirostlý k ruce.",
        ],
        "people": [
            "Marek Šindelář",
            "Zbyněk Holub",
            "Grzegorze",
            "Mariusze",
            "Bohdana",
            "Holubovi",
            "Bohdan",
            "Jirouškové",
            "Kratochvíl",
            "Marku",
            "Lucie",
        ],
        "keep": ["Porubě", "Routix", "WhatsApp", "Autoservis Bartoš", "Havířově"],
        "hard_keep": ["Autoservis Bartoš"],
    },
    {
        # Pub with a small brewery (Vodňany), speech recognition output
        "language": "cs",
        "utterances": [
            "dobrý den řekněte nám něco o vaší práci",
            "no já jsem kamil brabec a mám hospodu ve vodňanech a k tomu malý pivovar pivo vaříme sami a prodáváme ho pod jménem rybníkář",
            "kdo vám pomáhá",
            "sládek je můj kamarád honza petrásek s honzou jsme to celé rozjeli před pěti lety v kuchyni vaří paní marcela a na place máme dva brigádníky kubu a mongolku sarangerel",
            "od koho berete suroviny",
            "slad bereme ze sladovny prokop a chmel od pana šebesty ze žatce",
            "stalo se vám něco nepříjemného",
            "jednou přijel hygienik pan doležal a zrovna nám nešla lednice paní marcela ho uklidnila kafem a doležalovi jsme pak poslali fotky nové lednice",
            "a rodina",
            "žena jitka mi dělá účty a syn filípek chce být taky sládek jako honza",
        ],
        "people": [
            "kamil brabec",
            "honza petrásek",
            "honzou",
            "marcela",
            "kubu",
            "sarangerel",
            "šebesty",
            "doležal",
            "doležalovi",
            "jitka",
            "filípek",
            "honza",
        ],
        "keep": ["vodňanech", "rybníkář", "sladovny prokop", "žatce"],
        "hard_keep": ["sladovny prokop"],
    },
    # --------------------------------------------------------------- Romanian
    {
        # Dental clinic assistant (Cluj-Napoca)
        "language": "ro",
        "utterances": [
            "Bună ziua, ne puteți spune câteva cuvinte despre dumneavoastră și despre munca dumneavoastră?",
            "Sigur. Mă numesc Ioana Bârsan și sunt asistentă la o clinică stomatologică din Cluj-Napoca, în cartierul Mănăștur. Clinica este a doamnei doctor Lăcrămioara Feier.",
            "Cu cine lucrați zilnic?",
            "Cu dna. Feier, evident, și cu colegul meu, Sorin, care se ocupă de radiografii. La recepție stă Andreea, iar de curățenie se ocupă tanti Viorica. Lui Sorin îi spun mereu că e cel mai punctual om din clinică.",
            "Ce programe sau furnizori folosiți?",
            "Programările le facem în aplicația DentaFlux, iar materialele le comandăm de la Medistoc. Agentul lor, domnul Csaba Kovács, vine o dată pe lună. Domnule Kovács, îi zic, iar ați uitat mănușile!",
            "Vă amintiți o zi dificilă?",
            "O pacientă, doamna Rădulescu, a leșinat în fotoliu. Soțul ei a intrat în panică, doamna doctor a rămas calmă, iar Andreei i-am cerut să sune imediat la ambulanță.",
            "Și acasă?",
            "Acasă mă așteaptă băiețelul meu, Tudor, și mama, care îl ia de la grădiniță. I-am promis că mergem vara la Sfântu Gheorghe.",
        ],
        "people": [
            "Ioana Bârsan",
            "Lăcrămioara Feier",
            "Feier",
            "Sorin",
            "Andreea",
            "Viorica",
            "Andreei",
            "Csaba Kovács",
            "Kovács",
            "Rădulescu",
            "Tudor",
        ],
        "keep": ["Cluj-Napoca", "Mănăștur", "DentaFlux", "Medistoc", "Sfântu Gheorghe"],
        "hard_keep": ["Sfântu Gheorghe"],
    },
    {
        # Bakery (Iași)
        "language": "ro",
        "utterances": [
            "Bună ziua. Cu ce vă ocupați?",
            "Am o brutărie în Iași, în Tătărași. Mă numesc Costel Vasiliu, dar toată lumea îmi spune nea Costică.",
            "Cine lucrează cu dumneavoastră?",
            "Soția mea, Mirela, face prăjiturile. Brutarii sunt Gelu și Florinel, iar de anul trecut avem și un băiat din Sri Lanka, Nuwan. Lui Nuwan i-am arătat cum se frământă cozonacul și acum îl face mai bine ca mine.",
            "De unde luați materiile prime?",
            "Făina o luăm de la Moara Sava din Pașcani, iar drojdia de la firma Levadia. Cu dna. Ciobotaru de la Levadia vorbesc în fiecare marți.",
            "S-a întâmplat ceva neplăcut?",
            "Iarna trecută s-a stricat cuptorul chiar înainte de Crăciun. L-am sunat pe dl. Amariei, tehnicianul, la miezul nopții. Domnule Amariei, i-am zis, dacă nu veniți, pierdem toate comenzile. A venit.",
            "Și familia?",
            "Fata noastră, Bianca, studiază la Timișoara și ne ajută cu pagina de internet. Mirelei îi e tare dor de ea.",
        ],
        "people": [
            "Costel Vasiliu",
            "Costică",
            "Mirela",
            "Gelu",
            "Florinel",
            "Nuwan",
            "Ciobotaru",
            "Amariei",
            "Bianca",
            "Mirelei",
        ],
        "keep": ["Iași", "Tătărași", "Moara Sava", "Pașcani", "Levadia"],
        "hard_keep": ["Moara Sava"],
    },
    {
        # Parcel courier (Bucharest), speech recognition output
        "language": "ro",
        "utterances": [
            "bună ziua spuneți-ne cum arată o zi de lucru pentru dumneavoastră",
            "păi eu sunt curier mă cheamă marius dinu lucrez pentru firma rapidcolet și plec din depozitul de la pantelimon la șapte dimineața",
            "cu cine lucrați",
            "șeful de tură e domnul bogdan lazăr un om corect mai am un coleg cu care împart ruta vali iar de la dispecerat ne sună doamna geta sau fata cea nouă o cheamă rahela pe lazăr îl știu de zece ani",
            "ce aplicații folosiți",
            "totul e pe scanerul de la firmă și în aplicația rutaplus iar mașina e de la flota lor și i-am zis lui vali că o dau înapoi dacă mai face figuri",
            "aveți o întâmplare care v-a rămas în minte",
            "un client domnul ștefănescu din titan nu a vrut să semneze pentru colet că zicea că nu e al lui și până la urmă era al nevestei lui care comandase pantofi",
            "și acasă",
            "acasă e soția mea corina și băiatul nostru andrei corinei îi povestesc seara toate pățaniile",
        ],
        "people": [
            "marius dinu",
            "bogdan lazăr",
            "lazăr",
            "vali",
            "geta",
            "rahela",
            "ștefănescu",
            "corina",
            "andrei",
            "corinei",
        ],
        "keep": ["rapidcolet", "pantelimon", "rutaplus", "titan"],
        "hard_keep": ["pantelimon"],
    },
    # --------------------------------------------------------------- Croatian
    {
        # Boat-trip and apartment agency (Split)
        "language": "hr",
        "utterances": [
            "Dobar dan, možete li nam reći nešto o sebi i svom poslu?",
            "Naravno. Zovem se Nives Jurjević i vodim malu turističku agenciju u Splitu, na Varošu. Iznajmljujemo apartmane i organiziramo izlete brodom.",
            "Tko radi s vama?",
            "Moj partner u poslu je Dino Matošić, on vodi brodove. Ljeti zapošljavamo studente, ove godine Paulu i Lovru, a vodič na engleskom je Irac Declan. S Dinom se svaki dan čujem u sedam ujutro.",
            "Koje alate i suradnike koristite?",
            "Rezervacije idu preko sustava Bookalo, a motore nam servisira obrt Marin Mehanika. Oni su jedini koji dođu i u nedjelju.",
            "Sjećate li se nekog teškog dana?",
            "Prošlog kolovoza gospođa Hendricks iz Nizozemske pala je na brodu i slomila ruku. Dino je odmah okrenuo prema obali, a ja sam zvala doktora Pavlovića. Gospođi Hendricks smo na kraju vratili novac.",
            "A obitelj?",
            "Sin Roko ide u osnovnu školu, a mama ga čuva kad sam na brodu. Roki sam obećala da ćemo na jesen na Hvar.",
        ],
        "people": [
            "Nives Jurjević",
            "Dino Matošić",
            "Paulu",
            "Lovru",
            "Declan",
            "Dinom",
            "Dino",
            "Hendricks",
            "Pavlovića",
            "Roko",
            "Roki",
        ],
        "keep": ["Splitu", "Varošu", "Bookalo", "Marin Mehanika", "Hvar"],
        "hard_keep": ["Marin Mehanika"],
    },
    {
        # Catering business (Osijek)
        "language": "hr",
        "utterances": [
            "Dobar dan, čime se bavite?",
            "Imam obrt za catering u Osijeku, zove se Kuhinja Blaženka, po mojoj baki. Ja sam Vesna Bošnjak.",
            "Tko vam pomaže?",
            "Kuharica je gospođa Ruža Perić, radi sa mnom petnaest godina. Gospođu Perić svi zovu teta Ruža. Dostavu vozi Željko, a od proljeća imamo i Nepalca, Bikram se zove. Bikramu je sve ovo novo, ali brzo uči.",
            "Odakle nabavljate namirnice?",
            "Meso uzimamo od mesnice Slavonka u Đakovu, a povrće od OPG Kraljević. Narudžbe vodim u tablicama na računalu.",
            "Je li bilo nekih problema?",
            "Jednom smo za vjenčanje Krešimira i Ane Lovrić dostavili krivu tortu. Krešimir me nazvao u ponoć. Ispričala sam se i Lovrićima vratila pola iznosa.",
        ],
        "people": [
            "Vesna Bošnjak",
            "Ruža Perić",
            "Perić",
            "Ruža",
            "Željko",
            "Bikram",
            "Bikramu",
            "Krešimira",
            "Ane Lovrić",
            "Krešimir",
            "Lovrićima",
        ],
        "keep": ["Osijeku", "Kuhinja Blaženka", "Slavonka", "Đakovu", "OPG Kraljević"],
        "hard_keep": ["Kuhinja Blaženka", "OPG Kraljević"],
    },
    {
        # Fisherman and olive grower (Sali, Dugi otok), speech recognition output
        "language": "hr",
        "utterances": [
            "dobar dan recite nam nešto o sebi",
            "ja sam ante vidović iz sali na dugom otoku imam mali ribarski brod i maslinik a zimi radim kod brata jure u konobi",
            "s kim radite",
            "na brodu sa mnom ide susjed šime i njegov sin frane a ulje prešamo u uljari kod barbe nikole",
            "kome prodajete ribu",
            "ribu uzima restoran vinko u zadru vlasnik je gospodin krstić a njegova žena vodi kuhinju",
            "koje alate koristite",
            "na brodu imam sonar a vrijeme gledam na aplikaciji vjetromjer račune mi radi knjigovođa gospođa dragica s kojom se čujem jednom mjesečno dragici uvijek donesem koju ribu",
            "a obitelj",
            "žena mirjana i kćer ema su u zadru tijekom škole a ljeti dođu na otok emi je najdraže kad idemo zajedno na more",
        ],
        "people": [
            "ante vidović",
            "jure",
            "šime",
            "frane",
            "nikole",
            "krstić",
            "dragica",
            "dragici",
            "mirjana",
            "ema",
            "emi",
        ],
        "keep": ["sali", "dugom otoku", "restoran vinko", "zadru", "vjetromjer"],
        "hard_keep": ["restoran vinko"],
    },
    # ---------------------------------------------------------------- Swedish
    {
        # Electrical contractor (Umeå)
        "language": "sv",
        "utterances": [
            "Hej, kan du berätta lite om dig själv och ditt jobb?",
            "Absolut. Jag heter Fredrik Åkesson och driver elfirman Norrsken Installation i Umeå.",
            "Vilka jobbar med dig?",
            "Vi är sex. Närmast mig är Linnea Strand, hon är projektledare. Sedan har vi montörerna Kalle, Jonte och Ahmad, och en lärling, Elias. Linneas pappa var min första chef, faktiskt.",
            "Vilka verktyg och leverantörer använder ni?",
            "Material köper vi från Johanssons Elgross och tidrapporterna görs i appen Jobbkoll. Vår kontakt på grossisten heter Per-Olof Lind, men alla säger Pelle. Pelle ringer mig varje fredag.",
            "Finns det någon kund du minns särskilt?",
            "Fru Berglund i Holmsund, hon är åttiofem och ringer om varenda glödlampa. Ahmad är hennes favorit, hon bakar bullar åt honom.",
            "Och hemma?",
            "Min fru Sanna är sjuksköterska, så vi pusslar med hämtningar. Sannas mamma hjälper till när det kör ihop sig.",
        ],
        "people": [
            "Fredrik Åkesson",
            "Linnea Strand",
            "Kalle",
            "Jonte",
            "Ahmad",
            "Elias",
            "Linneas",
            "Per-Olof Lind",
            "Pelle",
            "Berglund",
            "Sanna",
            "Sannas",
        ],
        "keep": ["Norrsken Installation", "Umeå", "Johanssons Elgross", "Jobbkoll", "Holmsund"],
        "hard_keep": ["Johanssons Elgross"],
    },
    {
        # Hair salon owner (Malmö)
        "language": "sv",
        "utterances": [
            "Hej! Vad jobbar du med?",
            "Jag äger en frisersalong på Möllevången i Malmö, den heter Salong Saga. Jag heter Jasmina Hodžić, min familj kom hit från Bosnien när jag var liten.",
            "Vilka jobbar i salongen?",
            "Vi är fyra frisörer: jag, Emelie, Tove och Dragan, som är min kusin. Emelie och Tove delar på en stol. Dragans kunder är mest killar som vill ha fade.",
            "Vilka system använder ni?",
            "Bokningarna går via Klippa Online och produkterna köper vi från Hårhuset. Säljaren där heter Mats Ekdahl, han har varit frisör själv.",
            "Har du någon kund som du minns?",
            "Fru Lilja, hon har kommit varje torsdag i tjugo år. Hon tar alltid med kaffebröd till Tove. En gång kom hennes man, herr Lilja, och ville ha samma frisyr som Zlatan. Det gick sådär.",
            "Och familjen?",
            "Min sambo Oskar lagar maten, och vår dotter Alma går på förskola. Almas förskollärare är faktiskt också kund hos oss.",
        ],
        "people": [
            "Jasmina Hodžić",
            "Emelie",
            "Tove",
            "Dragan",
            "Dragans",
            "Mats Ekdahl",
            "Lilja",
            "Zlatan",
            "Oskar",
            "Alma",
            "Almas",
        ],
        "keep": ["Möllevången", "Malmö", "Salong Saga", "Klippa Online", "Hårhuset"],
        "hard_keep": ["Salong Saga"],
    },
    {
        # Forest owner and forwarder driver (near Mora), speech recognition output
        "language": "sv",
        "utterances": [
            "hej berätta lite om vad du gör på dagarna",
            "ja jag heter gunnar ersson och jag har skog utanför mora och så kör jag skotare åt andra skogsägare",
            "vem jobbar du med",
            "mest med min bror anders och så har vi en kille från litauen som heter mindaugas han är jätteduktig anders och mindaugas tar det mesta av gallringen",
            "vem köper ditt virke",
            "timret går till sågverket i björkbacken och virkesköparen där heter lena sjöberg hon är bra att ha att göra med ibland ringer också hennes chef herr bäck",
            "använder du några appar eller program",
            "kartorna har jag i appen skogsvy och bokföringen sköter min fru kerstin kerstins syster är revisor så hon hjälper till",
            "och familjen i övrigt",
            "vi har två barn elin och mattias elin bor i falun och mattias pluggar och ringer mest när han behöver pengar och svärfar olle är nittio och kommer fortfarande ut i skogen",
        ],
        "people": [
            "gunnar ersson",
            "anders",
            "mindaugas",
            "lena sjöberg",
            "bäck",
            "kerstin",
            "kerstins",
            "elin",
            "mattias",
            "olle",
        ],
        "keep": ["mora", "björkbacken", "skogsvy", "falun"],
        "hard_keep": [],
    },
    # ---------------------------------------------------------------- Finnish
    {
        # Plumbing and heating company (Tampere)
        "language": "fi",
        "utterances": [
            "Hei, kertoisitko vähän itsestäsi ja työstäsi?",
            "Olen Jarmo Heikkilä, ja minulla on LVI-yritys Tampereella. Firman nimi on Putkiliike Aarne, se on peritty isoisältä.",
            "Keitä teillä on töissä?",
            "Meitä on viisi. Vanhin asentaja on Raimo Kettunen, sitten Teemu, ja viime syksynä tuli virolainen Margus. Raimon kanssa olen tehnyt töitä kaksikymmentä vuotta. Marguksen suomi paranee koko ajan.",
            "Mitä toimittajia käytätte?",
            "Tarvikkeet tilataan Vesiosalta. Myyjä siellä on rouva Tarja Lehtinen, ja Tarjalle soitan melkein joka päivä.",
            "Muistatko jonkin hankalan asiakkaan?",
            "Herra Salminen Hervannasta. Häneltä vuoti lattialämmitys, ja hän soitti keskellä yötä. Teemu meni paikalle, ja Salmiselle piti selittää kolme kertaa, ettei vika ollut meidän asennuksessamme.",
            "Entä perhe?",
            "Vaimo Päivi on opettaja, ja tytär Noora opiskelee Jyväskylässä.",
        ],
        "people": [
            "Jarmo Heikkilä",
            "Raimo Kettunen",
            "Teemu",
            "Margus",
            "Raimon",
            "Marguksen",
            "Tarja Lehtinen",
            "Tarjalle",
            "Salminen",
            "Salmiselle",
            "Päivi",
            "Noora",
        ],
        "keep": ["Tampereella", "Putkiliike Aarne", "Vesiosalta", "Hervannasta", "Jyväskylässä"],
        "hard_keep": ["Putkiliike Aarne"],
    },
    {
        # Day-care centre director (Oulu)
        "language": "fi",
        "utterances": [
            "Hyvää päivää. Mitä teet työksesi?",
            "Olen päiväkodin johtaja Oulussa, Kaukovainiolla. Nimeni on Sari Määttä. Päiväkodin nimi on Satakieli.",
            "Millainen työyhteisö teillä on?",
            "Meillä on kahdeksan kasvattajaa. Varajohtaja on Heli Rautio, ja pitkäaikaisin opettaja on Eija. Uusimpana tuli Abdirahman, joka on kotoisin Somaliasta. Helin kanssa suunnittelemme työvuorot aina maanantaisin.",
            "Mistä ruoka ja tarvikkeet tulevat?",
            "Ruoka tulee Ateriakeskus Helmeltä, ja vanhemmille viestitään puhelinsovelluksella.",
            "Onko jäänyt mieleen jokin vaikea tilanne?",
            "Eräs isä, herra Korhonen, suuttui, kun hänen poikansa Eetu sai naarmun pihalla. Selitin Korhoselle rauhallisesti, mitä tapahtui. Eetun äiti soitti myöhemmin ja pyysi anteeksi.",
            "Entä vapaa-aika?",
            "Mieheni Antti vie minut mökille Iihin. Antin kanssa kalastetaan ja saunotaan.",
        ],
        "people": [
            "Sari Määttä",
            "Heli Rautio",
            "Eija",
            "Abdirahman",
            "Helin",
            "Korhonen",
            "Eetu",
            "Korhoselle",
            "Eetun",
            "Antti",
            "Antin",
        ],
        "keep": ["Oulussa", "Kaukovainiolla", "Satakieli", "Ateriakeskus Helmeltä", "Iihin"],
        "hard_keep": ["Ateriakeskus Helmeltä"],
    },
    {
        # Dairy farm near Seinäjoki, speech recognition output
        "language": "fi",
        "utterances": [
            "no niin kerro vähän mitä sä teet",
            "mä oon tuomas kivioja ja mulla on maitotila seinäjoen lähellä meillä on kuuskyt lehmää ja robotti lypsää",
            "kuka tilalla auttaa",
            "vaimo riikka hoitaa vasikat ja kirjanpidon ja kesällä meillä on ukrainalainen harjoittelija dmytro dmytron kanssa puhutaan englantia ja vähän suomea",
            "keneltä te ostatte rehut ja huollot",
            "rehut tulee niiralan myllyltä ja robotin huoltaa lypsytekniikka oy jonka asentaja on nimeltään pasi pasille pitää soittaa aina kun robotti hälyttää",
            "onko ollut jotain hankalaa",
            "viime talvena sähköt katkes ja robotti seis naapurin erkki tuli aggregaatin kanssa ja erkin poika janne auttoi lypsämään",
            "entä lapset",
            "kaks poikaa eelis ja onni eelis on jo rippikoulussa ja onni haluaa isona traktorikuskiksi maito menee muuten kauhavan meijeriin",
        ],
        "people": [
            "tuomas kivioja",
            "riikka",
            "dmytro",
            "dmytron",
            "pasi",
            "pasille",
            "erkki",
            "erkin",
            "janne",
            "eelis",
            "onni",
        ],
        "keep": ["seinäjoen", "niiralan myllyltä", "lypsytekniikka", "kauhavan"],
        "hard_keep": ["niiralan myllyltä"],
    },
    # ------------------------------------------------------------- Lithuanian
    {
        # Car parts shop (Kaunas)
        "language": "lt",
        "utterances": [
            "Laba diena, gal galėtumėte trumpai papasakoti apie save ir savo darbą?",
            "Aš esu Rimantas Žukauskas, turiu autodalių parduotuvę Kaune, Šilainiuose. Parduotuvė vadinasi Detalė Plius.",
            "Kas su jumis dirba?",
            "Trys žmonės: pardavėja Laima, sandėlininkas Darius ir vairuotojas Tomas. Su Laima dirbame jau dešimt metų, o Dariui vis sakau, kad laikas sutvarkyti sandėlį.",
            "Iš kur gaunate prekes?",
            "Daugiausia iš lenkų tiekėjo, jų vadybininkas yra Piotras. Su Piotru kalbamės lenkiškai. Užsakymus tvarkome programoje Sandėlis Pro.",
            "Ar prisimenate kokį sunkų atvejį?",
            "Vienas klientas, ponas Bagdonas, atvežė grąžinti netinkamą dalį ir labai pyko. Sakau jam: pone Bagdonai, ši dalis ne iš mūsų. Pasirodo, jis ją pirko Vilniuje, Jonaičio Detalės parduotuvėje.",
            "O šeima?",
            "Žmona Rasa dirba mokytoja, o dukra Ugnė studijuoja Vilniuje. Ugnei kasdien parašau žinutę.",
        ],
        "people": [
            "Rimantas Žukauskas",
            "Laima",
            "Darius",
            "Tomas",
            "Dariui",
            "Piotras",
            "Piotru",
            "Bagdonas",
            "Bagdonai",
            "Rasa",
            "Ugnė",
            "Ugnei",
        ],
        "keep": ["Kaune", "Šilainiuose", "Detalė Plius", "Sandėlis Pro", "Jonaičio Detalės"],
        "hard_keep": ["Jonaičio Detalės"],
    },
    {
        # Beekeeper (near Anykščiai)
        "language": "lt",
        "utterances": [
            "Sveiki. Kuo jūs užsiimate?",
            "Esu bitininkė, mano vardas Dalia Kazlauskienė. Turime apie du šimtus avilių prie Anykščių, o medų parduodame su prekės ženklu Bičių Kraitis.",
            "Kas jums padeda?",
            "Vyras Algirdas, o vasarą ateina kaimyno sūnus Mantas. Algirdui labiau patinka technika, o aš prie bičių. Sezono metu dar atvažiuoja studentė iš Ukrainos, Kateryna. Kateryną labai pamėgo mūsų šuo.",
            "Kur parduodate medų?",
            "Turguje Utenoje ir internetu. Be to, tiekiame parduotuvių tinklui Kaimo Skrynia, ten mūsų kontaktinis asmuo yra ponia Vaitkienė. Ponia Vaitkiene, sakau jai, šiemet medaus bus mažiau.",
            "Ar buvo sudėtingų situacijų?",
            "Pernai ūkininkas ponas Stankevičius purškė rapsą per žydėjimą ir išnuodijo pusę bičių. Su Stankevičiumi ilgai kalbėjomės, o galiausiai padėjo seniūnas Petrauskas.",
            "O laisvalaikis?",
            "Anūkė Gabija atvažiuoja savaitgaliais, jai labai patinka sukti medsukį.",
        ],
        "people": [
            "Dalia Kazlauskienė",
            "Algirdas",
            "Mantas",
            "Algirdui",
            "Kateryna",
            "Kateryną",
            "Vaitkienė",
            "Vaitkiene",
            "Stankevičius",
            "Stankevičiumi",
            "Petrauskas",
            "Gabija",
        ],
        "keep": ["Anykščių", "Bičių Kraitis", "Utenoje", "Kaimo Skrynia"],
        "hard_keep": [],
    },
    {
        # Software developer (Vilnius), speech recognition output
        "language": "lt",
        "utterances": [
            "laba diena papasakokite apie savo darbo dieną",
            "aš esu programuotojas vardu karolis petraitis dirbu įmonėje kodo kalvė vilniuje naujamiestyje",
            "su kuo dirbate",
            "mūsų komandos vadovė yra ponia jurgita mockienė bet visi ją vadina tiesiog jurgita dar yra testuotoja indrė ir du kolegos iš indijos arjun ir suresh su arjunu dažnai programuojame poroje",
            "kokius įrankius naudojate",
            "kodas laikomas gitlabe o klientas yra draudimo bendrovė saugus rytas ten mūsų užsakovas ponas gedvilas",
            "ar buvo sunkus momentas",
            "kartą prieš išleidimą sugriuvo visa sistema ir paskambino ponas gedvilas aš jam sakau pone gedvilai pataisysime iki ryto ir indrė su manimi sėdėjo iki trečios nakties indrei paskui daviau laisvą dieną",
            "o namuose",
            "gyvenu su drauge austėja ir ji sako kad per daug dirbu",
        ],
        "people": [
            "karolis petraitis",
            "jurgita mockienė",
            "jurgita",
            "indrė",
            "arjun",
            "suresh",
            "arjunu",
            "gedvilas",
            "gedvilai",
            "indrei",
            "austėja",
        ],
        "keep": ["kodo kalvė", "vilniuje", "naujamiestyje", "gitlabe", "saugus rytas"],
        "hard_keep": [],
    },
    # ------------------------------------------------------------- Indonesian
    {
        # Coffee roastery (Bandung)
        "language": "id",
        "utterances": [
            "Selamat siang, bisa ceritakan sedikit tentang diri Anda dan pekerjaan Anda?",
            "Nama saya Rizky Pratama, saya punya usaha sangrai kopi di Bandung, namanya Kopi Abah Engkus. Nama itu diambil dari warung kakek saya dulu.",
            "Siapa saja yang bekerja dengan Anda?",
            "Ada lima orang. Kepala produksi Pak Dadang Supriatna, dia yang paling paham soal sangrai. Lalu ada Neng Wulan di bagian pengemasan, Teh Siti di kasir, dan dua anak muda, Fajar dan Yoga. Sama Pak Dadang saya biasa diskusi tiap pagi.",
            "Biji kopinya dari mana?",
            "Dari petani di Garut. Koordinator petaninya Bu Euis, orangnya tegas sekali. Pengiriman pakai ekspedisi Kilat Parahyangan, dan penjualan online lewat Tokopedia.",
            "Pernah ada kejadian yang sulit?",
            "Pernah, pembeli dari Jepang, Mr. Takahashi, komplain karena sangraiannya terlalu gelap. Saya minta maaf langsung ke Takahashi-san lewat video call dan kirim ulang gratis.",
            "Keluarga bagaimana?",
            "Istri saya, Nadia, yang pegang keuangan. Anak kami Raka baru masuk SD.",
        ],
        "people": [
            "Rizky Pratama",
            "Dadang Supriatna",
            "Dadang",
            "Wulan",
            "Siti",
            "Fajar",
            "Yoga",
            "Euis",
            "Takahashi",
            "Nadia",
            "Raka",
        ],
        "keep": ["Bandung", "Kopi Abah Engkus", "Garut", "Kilat Parahyangan", "Tokopedia"],
        "hard_keep": ["Kopi Abah Engkus"],
    },
    {
        # Online Muslim fashion seller (Surabaya)
        "language": "id",
        "utterances": [
            "Selamat pagi, Bu. Boleh diceritakan pekerjaan Ibu sehari-hari?",
            "Boleh. Saya Lestari Handayani, jualan baju muslim secara online dari Surabaya. Tokonya bernama Butik Ratna, dulu dirintis ibu saya, sekarang saya yang pegang.",
            "Siapa yang membantu Ibu?",
            "Ada tiga admin: Mbak Yuni, Mbak Dewi, dan Mas Anton. Penjahitnya Pak Slamet dan istrinya, Bu Sumarni. Mbak Yuni paling lama, sudah tujuh tahun.",
            "Pakai aplikasi atau sistem apa saja?",
            "Stok dicatat di aplikasi Gudangku, jualannya lewat Shopee. Kainnya saya ambil di Pasar Kapasan, di toko Pak Haji Umar.",
            "Pernah ada masalah dengan pelanggan?",
            "Ada pelanggan dari Malaysia, Puan Rosnah, paketnya tertahan di bea cukai sebulan. Saya sampai minta tolong keponakan saya, Bayu, yang kerja di ekspedisi.",
            "Di rumah siapa yang bantu?",
            "Suami saya, Mas Hendra, antar jemput anak-anak. Hendra juga yang angkat karung kain dari gudang.",
        ],
        "people": [
            "Lestari Handayani",
            "Yuni",
            "Dewi",
            "Anton",
            "Slamet",
            "Sumarni",
            "Umar",
            "Rosnah",
            "Bayu",
            "Hendra",
        ],
        "keep": ["Surabaya", "Butik Ratna", "Gudangku", "Shopee", "Kapasan"],
        "hard_keep": ["Butik Ratna"],
    },
    {
        # Motorcycle repair shop (Sleman), speech recognition output
        "language": "id",
        "utterances": [
            "selamat sore pak bisa cerita sedikit tentang bengkel bapak",
            "iya mas saya joko susilo punya bengkel motor di sleman namanya bengkel sri rejeki sudah dua puluh tahun",
            "siapa saja yang kerja di sana",
            "ada tiga mekanik mas agus mas bambang sama anak muda namanya dimas dimas itu lulusan smk baru setahun kerja sama saya kalau mas agus sudah dari awal",
            "suku cadang belinya di mana",
            "saya ambil dari toko onderdil di jalan magelang yang punya koh liong orangnya baik bisa bon dulu terus oli dari distributor yang salesnya mbak rini",
            "ada pelanggan yang berkesan",
            "ada bule dari belanda tiap bulan servis vespa tuanya saya panggil dia om joost terus ada bu harjo pelanggan lama tiap datang bawa gorengan",
            "keluarga gimana",
            "istri saya warsini jualan nasi kucing di depan bengkel anak saya laras kuliah di ugm",
        ],
        "people": [
            "joko susilo",
            "agus",
            "bambang",
            "dimas",
            "liong",
            "rini",
            "joost",
            "harjo",
            "warsini",
            "laras",
        ],
        "keep": ["sleman", "bengkel sri rejeki", "magelang", "ugm"],
        "hard_keep": ["bengkel sri rejeki"],
    },
]


def interviews_l() -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(i["language"], list(i["utterances"]), list(i["people"]), list(i["keep"])) for i in INTERVIEWS_L]


def all_names_l() -> list[str]:
    return [name for item in INTERVIEWS_L for name in item["people"]]


HARD_KEEP_L: frozenset[str] = frozenset(term for item in INTERVIEWS_L for term in item["hard_keep"])


# -- sanity checks on the data itself (run the module) -------------------------------------------


def _check() -> None:
    check_excerpts(
        "pii_names_l",
        INTERVIEWS_L,
        {language: 3 for language in ("pl", "cs", "ro", "hr", "sv", "fi", "lt", "id")},
        turns=(6, 10),
        keep_terms=(3, 5),
        mentions=(8, 12),
    )


if __name__ == "__main__":
    _check()
    print(
        f"{len(INTERVIEWS_L)} excerpts, {len(all_names_l())} person mentions, {len(HARD_KEEP_L)} hard keep terms"
    )
