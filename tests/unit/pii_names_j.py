"""Tenth held-out set of person-name test data (set J).

Thirty-two excerpts from customer-research interviews about a working day: the
participant talks about the job, the tools, colleagues, customers, family and the
places involved. All excerpts are in languages the detector has no grammar rules
for, four each in Czech, Finnish, Turkish, Hungarian, Romanian, Croatian, Danish
and Polish. Turns alternate interviewer / participant without speaker labels;
each excerpt has six to twelve turns. In every language exactly one excerpt is
entirely lower case with little punctuation, as automatic speech recognition
writes it.

Each excerpt mentions about ten person names: people of the country and people
of other origins (immigrant colleagues, customers and partners abroad), as the
participant introducing themselves, first names, surnames, full names, names
after a title or role word of the language, in lists, as a form of address
(vocatives included), possessives, Hungarian family forms, and above all the
case forms of inflecting languages (Czech, Polish and Croatian declension,
Finnish and Hungarian case suffixes, Romanian genitive-dative, Turkish suffixes
after an apostrophe). Inflected forms are mentions of their own, listed exactly
as written.

``people`` lists every distinct person-name mention exactly as written (name
words only, never a title). ``keep`` lists three to six non-person proper names
of the excerpt (companies, products, shops, towns, districts, regions, often in
an inflected form) that must survive pseudonymisation; street names are not keep
terms. ``hard_keep`` is the subset of ``keep`` that looks like a person's name
(a company or brand named after its founder, a place named after a person or a
saint, a product that is also a first name). No keep term shares a word with a
person mention of the same excerpt, and every word of a person mention occurs in
the excerpt only inside a listed mention, so a word left in the output is a leak
(for Turkish, the suffix after an apostrophe is not a name word). ``_check``
enforces this; run the module to validate the data.
"""

from __future__ import annotations

import re
from typing import TypedDict


class InterviewJ(TypedDict):
    language: str  # ISO 639-1: "cs", "fi", "tr", "hu", "ro", "hr", "da" or "pl"
    utterances: list[str]  # 6-12 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_J: list[InterviewJ] = [
    # ------------------------------------------------------------------ Czech
    {
        # Small bakery (Brno)
        "language": "cs",
        "utterances": [
            "Dobrý den, můžete mi na úvod popsat, jak vypadá váš běžný pracovní den?",
            "Jasně. Jmenuju se Markéta Horáková a mám malou pekárnu v Brně, v Králově Poli. Vstávám ve tři, v půl čtvrté už jsem v dílně a s Tomášem zapínáme pece.",
            "Kdo je Tomáš?",
            "Tomáš Bartoš je náš pekař, dělá u nás šestým rokem. Od pěti chodí ještě Oksana, ta je z Ukrajiny a dělá koláče. Oksaně jsem loni vyřizovala pracovní povolení a to byla teda anabáze.",
            "Jaké programy nebo nástroje při práci používáte?",
            "Objednávky nám chodí přes Rohlík.cz a přes vlastní e-shop na Shoptetu. Ovoce nám vozí pan Nguyen, má velkoobchod na Vídeňské, a Nguyenovi posílám objednávku přes WhatsApp, jinak to nejde.",
            "Vzpomenete si na nějaký opravdu špatný den?",
            "Loni před Vánoci se nám porouchala velká pec a technik z firmy Hromádka Servis přijel až večer. Radek, můj muž, mezitím rozvážel, co jsme stihli upéct, a dcera Eliška obvolávala zákazníky. Elišce bylo tehdy patnáct a zvládla to líp než já.",
            "A kdo u vás rozhoduje o větších nákupech, třeba o nové peci?",
            "Nakonec já, ale vždycky se ptám Radka a Tomáše. A protože nám na pece půjčoval tchán, pan Vojtíšek, jdu mu to s Radkem vždycky vysvětlit osobně. Mouku mimochodem bereme z mlýna u Kroměříže.",
        ],
        "people": [
            "Markéta Horáková",
            "Tomášem",
            "Tomáš",
            "Tomáš Bartoš",
            "Oksana",
            "Oksaně",
            "Nguyen",
            "Nguyenovi",
            "Radek",
            "Eliška",
            "Elišce",
            "Radka",
            "Tomáše",
            "Vojtíšek",
            "Radkem",
        ],
        "keep": ["Brně", "Králově Poli", "Rohlík.cz", "Shoptetu", "Hromádka Servis", "Kroměříže"],
        "hard_keep": ["Hromádka Servis"],
    },
    {
        # Car service workshop (Ostrava)
        "language": "cs",
        "utterances": [
            "Můžete mi říct, co přesně děláte a kde?",
            "Jmenuju se Jiří Dvořák a jsem vedoucí servisu v Autocentru Polášek v Ostravě. Opravujeme hlavně vozy Škoda, občas něco od Hyundaie.",
            "Jak začíná váš den?",
            "V sedm si otevřu zakázky v systému a rozdělím je mezi kluky. Nejdřív volám Lukášovi, to je náš učeň, Lukáš Beneš, protože ten vždycky něco zapomene. Lukáši, říkám mu, dneska máš tři výměny oleje a jednu spojku.",
            "S kým dalším se během dne potkáte?",
            "Na recepci sedí paní Procházková, ta řeší zákazníky a já s ní ladím termíny. Když je zákazník naštvaný, pošlu ho k paní Procházkové, ona ho umí uklidnit. S diagnostikou nám na dálku pomáhá technik z Mladé Boleslavi, Ravi Menon. Ravimu posílám data z testeru a on do hodiny odpoví.",
            "Stala se vám v poslední době nějaká nepříjemná situace?",
            "Minulý měsíc si pan Krejčí, náš stálý zákazník, odvezl auto s poškrábaným blatníkem. Panu Krejčímu jsme to samozřejmě opravili zadarmo, ale doma jsem to pak Hance vyprávěl do půlnoci.",
            "Kdo rozhoduje o tom, jaké vybavení si koupíte?",
            "Majitel, pan Dostál, ale návrh dělám já. Hanka mi říká, že jsem pořád v práci, i když sedím doma na gauči.",
        ],
        "people": [
            "Jiří Dvořák",
            "Lukášovi",
            "Lukáš Beneš",
            "Lukáši",
            "Procházková",
            "Procházkové",
            "Ravi Menon",
            "Ravimu",
            "Krejčí",
            "Krejčímu",
            "Hance",
            "Dostál",
            "Hanka",
        ],
        "keep": ["Autocentru Polášek", "Ostravě", "Škoda", "Hyundaie", "Mladé Boleslavi"],
        "hard_keep": ["Autocentru Polášek", "Škoda", "Mladé Boleslavi"],
    },
    {
        # Hospital nurse (Olomouc)
        "language": "cs",
        "utterances": [
            "Popíšete mi, prosím, vaši práci?",
            "Jsem zdravotní sestra na interně ve fakultní nemocnici v Olomouci. Jmenuju se Veronika Šťastná. Směny mám dvanáctihodinové, začínám v šest ráno předáním od noční.",
            "Kdo s vámi bývá na směně?",
            "Většinou jsem s Bárou, Barbora Kadlecová, jsme spolu od školy. Primář Hrubý chodí na vizitu kolem deváté a my mu musíme mít všechno připravené. Bez primáře Hrubého se tam nic nerozhodne.",
            "Jaké systémy používáte?",
            "Dokumentaci píšeme v nemocničním systému, a když nám něco chybí, skočím po směně do Dr.Max naproti. Nový lékař, doktor Samir Haddad, přišel ze Sýrie a se systémem ještě bojuje, tak Samirovi občas pomáhám.",
            "Pamatujete si nějaký náročný den?",
            "V lednu jsme měli na pokoji paní Marešovou, měla těžký zápal plic a rodina volala každou hodinu. Její syn z Přerova u ní sedával celé noci. Veroniko, řekla mi tehdy Bára, běž se aspoň najíst.",
            "Kdo vám pomáhá, když je toho moc?",
            "Manžel Kuba hlídá děti, a když nemůže, tak moje máma. Kubovi to nikdy nezapomenu, v lednu byl s dětmi tři týdny sám.",
        ],
        "people": [
            "Veronika Šťastná",
            "Bárou",
            "Barbora Kadlecová",
            "Hrubý",
            "Hrubého",
            "Samir Haddad",
            "Samirovi",
            "Marešovou",
            "Veroniko",
            "Bára",
            "Kuba",
            "Kubovi",
        ],
        "keep": ["Olomouci", "Dr.Max", "Sýrie", "Přerova"],
        "hard_keep": ["Dr.Max"],
    },
    {
        # Goat farm with an e-shop (South Bohemia), speech-recognition style
        "language": "cs",
        "utterances": [
            "takže jak vypadá váš den na farmě",
            "no já jsem pavla machová a s manželem máme kozí farmu kousek od českých budějovic ráno dojíme pak dělám sýry a odpoledne balím objednávky",
            "kdo vám s tím pomáhá",
            "manžel zdeněk se stará o zvířata a o traktor a zdeňkovi pomáhá taras to je kluk z ukrajiny bydlí u nás v podkroví s tarasem se domlouváme napůl česky napůl rusky",
            "a jak prodáváte",
            "přes vlastní e-shop posíláme přes zásilkovnu a taky nás lidi najdou na heurece sýry vozíme i do tábora na trh tam stojí vedle nás paní kolářová s medem a paní kolářové vždycky necháme kousek sýra",
            "co byl nejhorší den za poslední rok",
            "když nám v létě vypadl proud a zkazila se celá várka tehdy přijel soused vašek s generátorem vaškovi jsme pak dali celé kůzle a dcera terezka mu upekla dort",
            "kdo u vás rozhoduje o penězích",
            "hlavně já ale účetnictví nám dělá linh nguyenová ta je z vietnamské rodiny z františkových lázní a s linh to vždycky probereme po telefonu",
        ],
        "people": [
            "pavla machová",
            "zdeněk",
            "zdeňkovi",
            "taras",
            "tarasem",
            "kolářová",
            "kolářové",
            "vašek",
            "vaškovi",
            "terezka",
            "linh nguyenová",
            "linh",
        ],
        "keep": ["českých budějovic", "zásilkovnu", "heurece", "tábora", "františkových lázní"],
        "hard_keep": ["františkových lázní"],
    },
    # ------------------------------------------------------------------ Finnish
    {
        # Warehouse shift lead (Tampere region)
        "language": "fi",
        "utterances": [
            "Kertoisitko ensin, mitä teet työksesi?",
            "Joo. Mä oon Jussi Virtanen ja teen vuorovastaavana Keskon varastossa Tampereella, tai oikeestaan Lempäälän puolella. Aamuvuoro alkaa kuudelta.",
            "Keitä sun tiimissä on?",
            "Meitä on vuorossa kymmenkunta. Mikan kanssa mä oon tehny pisimpään, Mika Laine on ollu täällä melkein kakskyt vuotta. Sit on Abdi, se tuli Somaliasta pienenä, ja Abdille mä annan yleensä hankalimmat keräilyt, koska se on tosi tarkka.",
            "Mitä järjestelmiä te käytätte?",
            "Keräilyt tulee käsipäätteelle, ja vuorolistat on Excelissä, jota esimies Hanna Korhonen päivittää. Jos joku sairastuu, mä laitan Korhoselle viestiä. Suurin osa tavarasta on ruokaa, Pauligin kahvia ja Fazerin karkkeja.",
            "Muistatko jonkun tosi huonon päivän?",
            "Viime jouluna yks rekka jäi jumiin Pirkkalaan, kuski oli virolainen Margus. Marguksen puhelin oli kuollu, ja me odoteltiin kolme tuntia. Asiakkaan yhteyshenkilö Leena Mäkinen soitti mulle joka vartti, ja lopulta Mäkiseltä tuli vielä sähköpostilla valitus.",
            "Kuka teillä päättää hankinnoista?",
            "Isommista jutuista päättää Hanna, mut mä voin ehdottaa. Ja jos mä en itse ehdi, sanon vaan: Mika, voitsä hoitaa tän? Kotona taas päättää vaimo, Sanna. Sannalta mä kysyn aina ennen ku mä lupaan tehdä ylitöitä.",
        ],
        "people": [
            "Jussi Virtanen",
            "Mikan",
            "Mika Laine",
            "Abdi",
            "Abdille",
            "Hanna Korhonen",
            "Korhoselle",
            "Margus",
            "Marguksen",
            "Leena Mäkinen",
            "Mäkiseltä",
            "Hanna",
            "Mika",
            "Sanna",
            "Sannalta",
        ],
        "keep": ["Keskon", "Tampereella", "Lempäälän", "Pauligin", "Fazerin", "Pirkkalaan"],
        "hard_keep": ["Pauligin", "Fazerin"],
    },
    {
        # Primary school teacher (Oulu)
        "language": "fi",
        "utterances": [
            "Millainen sun tavallinen työpäivä on?",
            "Mä oon luokanopettaja Oulussa, kolmosluokalla. Nimi on Päivi Rantanen. Koulu alkaa kahdeksalta, mutta mä oon paikalla yleensä jo seittemältä.",
            "Mitä välineitä sä käytät?",
            "Wilma on auki koko ajan, sieltä tulee viestit vanhemmilta. Eilen Eetun isä, Petri Heikkinen, laittoi Wilmassa pitkän viestin, että Eetu on joutunut kiusatuksi välitunnilla. Sitten on vielä Teams ja kaikki sähköiset kirjat.",
            "Keitä sun luokalla on?",
            "Kakskytkaks oppilasta. Meillä on esimerkiks Aino, joka lukee jo kuutosluokan kirjoja, ja Ainolle mä annan aina lisätehtäviä. Rebin on tullu Irakista viime syksynä, ja Rebinille tulee S2-opettaja Olga Petrova kahdesti viikossa. Olgan kanssa me suunnitellaan tunnit yhdessä.",
            "Kuka teillä päättää, mitä ostetaan?",
            "Rehtori Laaksonen. Rehtori Laaksoselle pitää tehdä kirjallinen pyyntö, ja usein vastaus on, että rahaa ei oo. Viimeks mä lainasin Kempeleen koululta robotiikkasarjoja.",
            "Entä joku huono päivä?",
            "Marraskuussa sähköt katkes koko koulusta ja Wilma ei toiminu. Mä soitin kollegalle, Juha Lindroosille, ja hän toi taskulampun. Juha, mä sanoin, sä pelastit päivän.",
        ],
        "people": [
            "Päivi Rantanen",
            "Eetun",
            "Petri Heikkinen",
            "Eetu",
            "Aino",
            "Ainolle",
            "Rebin",
            "Rebinille",
            "Olga Petrova",
            "Olgan",
            "Laaksonen",
            "Laaksoselle",
            "Juha Lindroosille",
            "Juha",
        ],
        "keep": ["Oulussa", "Wilma", "Wilmassa", "Teams", "Kempeleen"],
        "hard_keep": ["Wilma", "Wilmassa"],
    },
    {
        # Café owner (Helsinki), speech-recognition style
        "language": "fi",
        "utterances": [
            "kerro vähän mitä sä teet",
            "mä oon tiina lehtonen ja mulla on pieni kahvila helsingissä kalliossa me avataan seittemältä ja mä teen itse kaikki leivonnaiset",
            "onko sulla työntekijöitä",
            "kaks vakituista ja yks harjoittelija jari on ollu mun kanssa alusta asti ja jarin vastuulla on kassa ja tilaukset somchai tekee keittiössä thaimaalaisia lounaita ja somchaille mä maksan vähän enemmän koska ilman sitä lounasta ei ois",
            "mitä sovelluksia te käytätte",
            "kassa on tabletilla ja lounaita myydään myös woltissa limsat tulee hartwallilta ja kahvit pieneltä paahtimolta vantaalta",
            "muistatko jonkun huonon päivän",
            "viime kesänä jari oli lomalla ja harjoittelija minh sairastui samana aamuna ja mä olin yksin koko päivän tytär emma tuli koulun jälkeen auttamaan ja emmalle mä sit ostin uudet lenkkarit",
            "kuka päättää isommista hankinnoista",
            "mä itse mut kirjanpitäjä kari salminen katsoo aina luvut ensin ja salmiselle mä lähetän kuitit kerran kuussa",
        ],
        "people": [
            "tiina lehtonen",
            "jari",
            "jarin",
            "somchai",
            "somchaille",
            "minh",
            "emma",
            "emmalle",
            "kari salminen",
            "salmiselle",
        ],
        "keep": ["helsingissä", "kalliossa", "woltissa", "hartwallilta", "vantaalta"],
        "hard_keep": ["hartwallilta"],
    },
    {
        # Software developer at a consultancy (Jyväskylä)
        "language": "fi",
        "utterances": [
            "Mitä sä teet työksesi?",
            "Mä oon ohjelmistokehittäjä, Antti Nieminen, ja teen töitä konsulttitalolle Jyväskylässä. Käytännössä istun kotona Palokassa ja koko tiimi on etänä.",
            "Keitä siinä tiimissä on?",
            "Tiimin vetäjä on Heikki Aaltonen, ja Heikiltä tulee tehtävät Jirassa joka maanantai. Lisäks on Priya Sharma Bangaloresta ja Tomasz Wójcik Krakovasta. Priyan kanssa mä teen pariohjelmointia melkein joka päivä, ja Tomaszille mä lähetän koodikatselmoinnit.",
            "Kuka on teidän asiakas?",
            "Nyt asiakas on Stockmann, me tehdään niiden verkkokaupan kassaa. Asiakkaan puolella tuoteomistaja on Riikka Lahtinen, ja Lahtiselle pitää esitellä demo joka toinen perjantai.",
            "Muistatko jonkun huonon päivän?",
            "Marraskuun alennuspäivänä kassa kaatu kesken päivän. Mä heräsin Heikin puheluun kuudelta. Heikki, mä sanoin, anna mulle puol tuntia. Poika, Onni, lähti sinä aamuna kouluun ilman eväitä, ja Onnin opettaja soitti mulle vielä siitäkin.",
            "Kuka päättää teidän työkaluista?",
            "Isommat päätökset tekee meidän toimitusjohtaja Maarit, mutta Maaritille riittää yleensä se, että Heikki sanoo joo.",
        ],
        "people": [
            "Antti Nieminen",
            "Heikki Aaltonen",
            "Heikiltä",
            "Priya Sharma",
            "Tomasz Wójcik",
            "Priyan",
            "Tomaszille",
            "Riikka Lahtinen",
            "Lahtiselle",
            "Heikin",
            "Heikki",
            "Onni",
            "Onnin",
            "Maarit",
            "Maaritille",
        ],
        "keep": ["Jyväskylässä", "Palokassa", "Jirassa", "Krakovasta", "Stockmann"],
        "hard_keep": ["Stockmann"],
    },
    # ------------------------------------------------------------------ Turkish
    {
        # Towel weaving workshop (Bursa)
        "language": "tr",
        "utterances": [
            "Merhaba, bize günlük işinizi anlatır mısınız?",
            "Tabii. Ben Ayşe Kaya, Bursa'da küçük bir havlu atölyesinin ustabaşısıyım. Sabah yedide atölyeyi açıyorum, sekizde makineler çalışmaya başlıyor.",
            "Atölyede kimlerle çalışıyorsunuz?",
            "Patronumuz Mehmet Bey, atölye ona babasından kalma. Mehmet Bey'e her akşam üretim raporu veriyorum. Bir de Yusuf var, Halep'ten geldi, dokuma makinelerinden çok iyi anlıyor. Yusuf'a en zor siparişleri veriyorum.",
            "Hangi programları ya da araçları kullanıyorsunuz?",
            "Siparişler çoğunlukla Trendyol'dan geliyor, bir kısmı da Almanya'daki müşterimizden. Oradaki alıcı Klaus Weber, Weber'e her hafta WhatsApp'tan numune fotoğrafı atıyorum. Muhasebeyi Fatma Hanım yapıyor.",
            "Kötü geçen bir gününüzü hatırlıyor musunuz?",
            "Geçen kış Mustafakemalpaşa'dan gelen iplik yanlış renkte çıktı. Deniz'den, yani tedarikçinin satış sorumlusundan, üç gün cevap alamadık. O sırada kızım Zeynep hastaydı, eşim Murat'ın da işi vardı, Zeynep'le annem ilgilendi.",
            "Satın alma kararlarını kim veriyor?",
            "Son sözü Mehmet Bey söylüyor ama önce bana soruyor. Geçen ay Yusuf geldi, Ayşe Abla, dedi, bu makine artık gitmeli. Ben de Mehmet Bey'i ikna ettim.",
        ],
        "people": [
            "Ayşe Kaya",
            "Mehmet",
            "Yusuf",
            "Yusuf'a",
            "Klaus Weber",
            "Weber'e",
            "Fatma",
            "Deniz'den",
            "Zeynep",
            "Murat'ın",
            "Zeynep'le",
            "Ayşe",
        ],
        "keep": ["Bursa'da", "Halep'ten", "Trendyol'dan", "Mustafakemalpaşa'dan"],
        "hard_keep": ["Mustafakemalpaşa'dan"],
    },
    {
        # Delivery courier (Ankara), speech-recognition style
        "language": "tr",
        "utterances": [
            "günün nasıl geçiyor anlatır mısın",
            "ben emre yıldız getir'de kuryeyim ankara'da çankaya tarafında çalışıyorum sabah onda motoru alıyorum gece on bire kadar sipariş taşıyorum",
            "depoda kimler var",
            "depo sorumlusu hakan abi hakan abiye bir şey olursa hemen yazıyoruz bir de afganistanlı ahmad var o da kurye ahmad'la genelde aynı vardiyadayız",
            "hangi uygulamaları kullanıyorsun",
            "kuryelerin uygulaması var bir de yol için navigasyon bazen yemeksepeti'nden de ek iş alıyorum ama oğuz'un haberi olmasın o bölge müdürümüz",
            "zor bir gün oldu mu",
            "geçen ocakta kar vardı kaydım düştüm dizim kırıldı selin beni hastaneye götürdü selin benim nişanlım sonra oğuz aradı geçmiş olsun dedi ahmad da motorumu depoya getirdi",
            "peki ailende kimler var",
            "annemler osmaniye'de yaşıyor babam mustafa emekli öğretmen kız kardeşim sevgi üniversitede okuyor sevgi'ye her ay biraz para gönderiyorum",
        ],
        "people": [
            "emre yıldız",
            "hakan",
            "ahmad",
            "ahmad'la",
            "oğuz'un",
            "selin",
            "oğuz",
            "mustafa",
            "sevgi",
            "sevgi'ye",
        ],
        "keep": ["getir'de", "ankara'da", "çankaya", "yemeksepeti'nden", "osmaniye'de"],
        "hard_keep": ["osmaniye'de"],
    },
    {
        # Product manager at a software company (Istanbul)
        "language": "tr",
        "utterances": [
            "İşinizi ve ekibinizi biraz anlatır mısınız?",
            "Ben Burak Şahin, İstanbul'da bir yazılım şirketinde ürün yöneticisiyim. Ofisimiz Ataşehir'de ama haftada iki gün evden çalışıyorum.",
            "Ekipte kimler var?",
            "Beş geliştiricimiz var. Elif arka uçtan sorumlu, Elif'le her sabah on dakikalık bir toplantı yapıyoruz. Kiev'den Olena Kovalenko uzaktan çalışıyor, Olena'ya işleri Jira'dan atıyorum. Bir de Amsterdam'daki yöneticim Joost van Dijk var.",
            "Müşterileriniz kimler?",
            "En büyük müşterimiz Ülker. Ülker'in tarafında Kemal Aydın ile çalışıyoruz, Aydın Bey çok titizdir. Hepsiburada ile de bir pilot proje yürütüyoruz.",
            "Zor bir gününüzü anlatır mısınız?",
            "Geçen bahar canlıya çıkış günü sistem çöktü. Joost'a gece ikide telefon açtım, Can da bütün gece ofisteydi. Can'a hâlâ bir akşam yemeği borçluyum.",
            "Araç satın alma kararlarını kim veriyor?",
            "Bütçe Joost'ta, ama önce benim onayım gerekiyor. Elif, bunu bir yazıya dök, diyorum, o da hemen hazırlıyor.",
        ],
        "people": [
            "Burak Şahin",
            "Elif",
            "Elif'le",
            "Olena Kovalenko",
            "Olena'ya",
            "Joost van Dijk",
            "Kemal Aydın",
            "Aydın",
            "Joost'a",
            "Can",
            "Can'a",
            "Joost'ta",
        ],
        "keep": ["İstanbul'da", "Ataşehir'de", "Jira'dan", "Ülker", "Hepsiburada"],
        "hard_keep": ["Ülker"],
    },
    {
        # Olive grove and guesthouse (Ayvalık)
        "language": "tr",
        "utterances": [
            "Bir gününüz nasıl geçiyor?",
            "Adım Hüseyin Demir. Ayvalık'ta zeytinliğimiz var, bir de yazın pansiyon işletiyoruz. Kasımda hasat başlayınca sabah altıda bahçedeyim.",
            "Kimler yardım ediyor?",
            "Hanımım Gül pansiyona bakıyor, Gül'e rezervasyonlar Booking'den düşüyor. Hasatta oğlum Barış geliyor İzmir'den. Barış'la zeytinleri Kemalpaşa'daki fabrikaya değil, kooperatife götürüyoruz.",
            "Yabancı misafirleriniz de oluyor mu?",
            "Çok. Almanya'dan Ingrid Hoffmann on yıldır her eylül geliyor. Ingrid'in kocası Peter zeytinyağımızı orada arkadaşlarına satıyor. Rusya'dan da gelenler var, Nataşa diye bir rehber grup getiriyor, Nataşa'ya komisyon veriyoruz.",
            "Kötü bir gün hatırlıyor musunuz?",
            "İki yıl önce dolu yağdı, ürünün yarısı gitti. Komşumuz Hasan Öztürk traktörünü verdi, Hasan Amca olmasa kalanı da toplayamazdık.",
            "Kararları kim veriyor?",
            "Pansiyonla ilgili her şeye Gül karar verir, zeytinlikte de ben. Barış, şu Tariş'e üye olalım diyor ama ben daha düşünüyorum.",
        ],
        "people": [
            "Hüseyin Demir",
            "Gül",
            "Gül'e",
            "Barış",
            "Barış'la",
            "Ingrid Hoffmann",
            "Ingrid'in",
            "Peter",
            "Nataşa",
            "Nataşa'ya",
            "Hasan Öztürk",
            "Hasan",
        ],
        "keep": ["Ayvalık'ta", "Booking'den", "İzmir'den", "Kemalpaşa'daki", "Tariş'e"],
        "hard_keep": ["Kemalpaşa'daki"],
    },
    # ------------------------------------------------------------------ Hungarian
    {
        # Accounting office (Debrecen)
        "language": "hu",
        "utterances": [
            "Elmondaná, hogy néz ki egy átlagos munkanapja?",
            "Persze. Szabó Katalin vagyok, könyvelőirodában dolgozom Debrecenben. Nyolcra járok be, de januárban és májusban, a bevallások idején, sokszor este nyolcig bent vagyok.",
            "Kikkel dolgozik együtt?",
            "Az irodát Tóth Gábor vezeti, Gábornak minden reggel leadom, mi jött be. Mellettem ül Hegedűs Kati, vele osztozunk az ügyfeleken. Kati, szoktam mondani, ezt most te vedd át, mert én már nem bírom.",
            "Milyen programokat használnak?",
            "A könyvelés a Kulcs-Softban megy, és persze rengeteg az e-mail. Az egyik nagy ügyfelünk a Richter Gedeon egyik beszállítója, náluk Horváth Bence a kapcsolattartó, Horváth úrral havonta egyszer személyesen is egyeztetünk.",
            "Mi volt az utóbbi idők legrosszabb napja?",
            "Tavaly márciusban leállt a szerver, pont a határidő előtt. Wang úr, egy kínai étteremtulajdonos Nyíregyházáról, háromszor is felhívott, mert nem kapta meg a bevallását. Wangnak végül este tízkor küldtem el.",
            "És otthon ki segít ilyenkor?",
            "A férjem, Zoli, ő viszi a gyerekeket edzésre. Zolival megbeszéltük, hogy ilyenkor ő főz. Rékának, a nagylányomnak pedig megígértem, hogy nyáron elmegyünk Hévízre.",
        ],
        "people": [
            "Szabó Katalin",
            "Tóth Gábor",
            "Gábornak",
            "Hegedűs Kati",
            "Kati",
            "Horváth Bence",
            "Horváth",
            "Wang",
            "Wangnak",
            "Zoli",
            "Zolival",
            "Rékának",
        ],
        "keep": ["Debrecenben", "Kulcs-Softban", "Richter Gedeon", "Nyíregyházáról", "Hévízre"],
        "hard_keep": ["Richter Gedeon"],
    },
    {
        # Plumber (Budapest), speech-recognition style
        "language": "hu",
        "utterances": [
            "meséljen egy kicsit a munkájáról",
            "fekete attila vagyok vízszerelő budapesten dolgozom főleg újpesten meg a tizenharmadik kerületben egyéni vállalkozó vagyok",
            "egyedül dolgozik",
            "nem a sógorom laci szokott jönni velem lacival már tizenöt éve csinálunk fürdőszobákat néha jön egy erdélyi srác is sándor ő csempéz sándorral nagyon jó dolgozni",
            "honnan szerzi be az anyagokat",
            "az obiból meg a praktikerből és van egy kis bolt a szomszéd utcában azt egy vietnami házaspár viszi nguyen úrnál mindig van tömítés amikor máshol nincs",
            "volt olyan nap amikor minden rosszul ment",
            "hát tavaly télen egy idős néninél erzsi néninél szétfagyott a cső a pincében és elöntötte a víz én meg hívtam a fiamat bencét hogy hozza a szivattyút bencének pedig akkor kellett volna vizsgáznia",
            "ki dönt a nagyobb vásárlásokról",
            "a feleségem marika ő intézi a könyvelést is marikának ha nem tetszik egy szerszám ára akkor nem vesszük meg a furgont is ő választotta ki egy szentendrei kereskedésben",
        ],
        "people": [
            "fekete attila",
            "laci",
            "lacival",
            "sándor",
            "sándorral",
            "nguyen",
            "erzsi",
            "bencét",
            "bencének",
            "marika",
            "marikának",
        ],
        "keep": ["budapesten", "újpesten", "obiból", "praktikerből", "szentendrei"],
        "hard_keep": ["szentendrei"],
    },
    {
        # Family winery (Eger)
        "language": "hu",
        "utterances": [
            "Hogyan telik egy napja a pincészetben?",
            "Molnár Péter vagyok, a feleségemmel, Ildikóval együtt visszük a családi pincészetet Egerben. Szüret idején hajnali ötkor kelünk, egyébként hétkor kezdünk a pincében.",
            "Kik dolgoznak még önökkel?",
            "A borászunk Farkas Ádám, Ádámmal együtt döntjük el, mikor szüretelünk. Szüretkor jönnek szlovák munkások is, a vezetőjük Jozef, Jozeffel már nyolc éve dolgozunk. Ildikó meg a kóstolókat szervezi.",
            "Hová adják el a borokat?",
            "Itthon főleg éttermeknek és a Sparnak, külföldre pedig egy német importőrnek. Ott Hannah Schulz a kapcsolattartónk, Schulz asszonynak minden tavasszal küldünk mintát. A törkölyt egy pálinkafőzde veszi meg, ők a Zwacknak is szállítanak.",
            "Volt olyan év, amikor nagyon rosszul ment?",
            "2021-ben a jégeső elvitte a termés felét. Akkor a fiunk, Marci, hazajött Budapestről segíteni. Marcinak azóta is mondom, hogy nélküle nem ment volna.",
            "Ki dönt a nagyobb beruházásokról?",
            "Közösen, de Ildikónak van vétójoga. A szomszédban Takácsék tavaly vettek egy új prést, Takácséktól kérdeztük meg, megéri-e.",
        ],
        "people": [
            "Molnár Péter",
            "Ildikóval",
            "Farkas Ádám",
            "Ádámmal",
            "Jozef",
            "Jozeffel",
            "Ildikó",
            "Hannah Schulz",
            "Schulz",
            "Marci",
            "Marcinak",
            "Ildikónak",
            "Takácsék",
            "Takácséktól",
        ],
        "keep": ["Egerben", "Sparnak", "Zwacknak", "Budapestről"],
        "hard_keep": ["Zwacknak"],
    },
    {
        # Logistics planner at a car-parts supplier (Győr)
        "language": "hu",
        "utterances": [
            "Mivel foglalkozik pontosan?",
            "Varga Eszter vagyok, logisztikai tervező egy beszállító cégnél Győrben. Alkatrészeket szállítunk az Audinak, úgyhogy nálunk minden percre pontosan megy.",
            "Kikkel dolgozik együtt nap mint nap?",
            "A főnököm Kiss Balázs, Balázstól kapom reggel a heti tervet. Mellettem ül Dóri, Dórival ketten csináljuk a kamionok beosztását. A német anyacégtől Jürgen Maier szokott hívni, Jürgennel angolul és németül vegyesen beszélünk.",
            "Milyen rendszereket használnak?",
            "Mindent egy vállalatirányítási rendszerben látunk, a kamionokat egy térképes alkalmazásban követjük. Az informatikán van egy indiai kolléga, Arjun, Arjunnal szoktam megoldani, ha valami lefagy.",
            "Melyik volt a legnehezebb napja?",
            "Tavaly egy kamion elakadt Mosonmagyaróvárnál a hóban, és majdnem leállt a gyártósor. Dóri, mondtam, hívd fel az összes fuvarozót, én addig beszélek Balázzsal.",
            "Otthon hogy tudja ezt összeegyeztetni?",
            "A férjem, Gergő, a Széchenyi István Egyetemen tanít, így neki rugalmasabb az ideje. Gergővel megosztjuk, ki megy a gyerekért az óvodába.",
        ],
        "people": [
            "Varga Eszter",
            "Kiss Balázs",
            "Balázstól",
            "Dóri",
            "Dórival",
            "Jürgen Maier",
            "Jürgennel",
            "Arjun",
            "Arjunnal",
            "Balázzsal",
            "Gergő",
            "Gergővel",
        ],
        "keep": ["Győrben", "Audinak", "Mosonmagyaróvárnál", "Széchenyi István Egyetemen"],
        "hard_keep": ["Széchenyi István Egyetemen"],
    },
    # ------------------------------------------------------------------ Romanian
    {
        # Pharmacist (Cluj)
        "language": "ro",
        "utterances": [
            "Bună ziua, ne puteți descrie o zi obișnuită de lucru?",
            "Sigur. Mă numesc Ioana Pop și sunt farmacistă la o farmacie Catena din Cluj, în cartierul Mănăștur. Deschidem la opt, dar eu ajung pe la șapte și jumătate.",
            "Cu cine lucrați în tură?",
            "Cu Andreea, e asistentă de farmacie. Andreei îi place partea cu clienții, eu mă ocup mai mult de rețete. Șeful nostru, domnul Mureșan, vine de obicei după-amiaza să verifice stocurile.",
            "Ce programe folosiți?",
            "Rețetele le introducem în sistemul casei de asigurări, iar comenzile le facem online la distribuitor. Reprezentantul lor e un italian, Marco Bellini, lui Marco îi trimit lista de comenzi în fiecare luni.",
            "Vă amintiți o zi foarte grea?",
            "În pandemie, când nu mai aveam măști și oamenii stăteau la coadă până afară. O doamnă în vârstă, doamna Moldovan, a leșinat la coadă. Andreea, i-am zis, sună la 112, iar eu am ieșit la ea.",
            "Și acasă cum vă descurcați?",
            "Soțul meu, Mihai, lucrează în schimburi la un depozit în Florești. Fiica noastră, Ilinca, merge la grădiniță, iar lui Mihai îi revine să o ia de acolo. Ilincăi îi promisesem o excursie la Alba Iulia și până la urmă a mers cu bunica, Veronica.",
        ],
        "people": [
            "Ioana Pop",
            "Andreea",
            "Andreei",
            "Mureșan",
            "Marco Bellini",
            "Marco",
            "Moldovan",
            "Mihai",
            "Ilinca",
            "Ilincăi",
            "Veronica",
        ],
        "keep": ["Catena", "Cluj", "Mănăștur", "Florești", "Alba Iulia"],
        "hard_keep": ["Alba Iulia"],
    },
    {
        # Site foreman on a residential construction site (Bucharest area)
        "language": "ro",
        "utterances": [
            "Ce faceți la serviciu, mai exact?",
            "Sunt șef de echipă pe un șantier de blocuri în Pipera. Mă cheamă Costel Dinu, dar pe șantier toți îmi zic nea Costică.",
            "Cine mai e în echipa dumneavoastră?",
            "Am doisprezece oameni. Jumătate sunt din Nepal, cel mai vechi e Ramesh Thapa, lui Ramesh îi dau mereu echipa de la cofraje. Mai am doi din Sri Lanka și restul sunt români, ca Florin Enache, care e cu mine de zece ani.",
            "Cum vă organizați ziua?",
            "Dimineața la șapte avem ședință cu inginera, doamna Raluca Radu. Ralucăi îi trimit pe WhatsApp poze cu tot ce s-a turnat. Materialele vin de la Dedeman sau direct de la stația de betoane din Chitila, iar fierul beton de la un furnizor din Sfântu Gheorghe.",
            "Care a fost cea mai grea zi?",
            "Acum doi ani, un băiat, Sujan, a căzut de pe schelă. Noroc că avea ham. L-am dus cu mașina la spital, iar lui Sujan i-am ținut locul până s-a refăcut. Florine, i-am zis atunci lui Enache, de azi nimeni nu urcă fără ham.",
            "Cine decide ce echipamente cumpărați?",
            "Patronul, domnul Ionescu, dar ascultă de inginera Radu. Eu îi spun Ralucăi ce ne trebuie, ea îi spune lui Ionescu și după o lună vine.",
        ],
        "people": [
            "Costel Dinu",
            "Costică",
            "Ramesh Thapa",
            "Ramesh",
            "Florin Enache",
            "Raluca Radu",
            "Ralucăi",
            "Sujan",
            "Florine",
            "Enache",
            "Ionescu",
            "Radu",
        ],
        "keep": ["Pipera", "Dedeman", "Chitila", "Sfântu Gheorghe"],
        "hard_keep": ["Sfântu Gheorghe"],
    },
    {
        # Technical support agent (Iași), speech-recognition style
        "language": "ro",
        "utterances": [
            "spuneți-ne puțin ce lucrați",
            "mă numesc alexandru ciobanu și lucrez în suport tehnic la o firmă de software din iași răspundem la tichete de la clienți din franța și belgia",
            "cum arată echipa",
            "suntem opt în tura de zi șefa de echipă e elena stoica elenei îi raportez la sfârșitul fiecărei ture lângă mine stă cristina ea e cea mai bună din echipă de la cristina învăț cel mai mult",
            "ce unelte folosiți",
            "zendesk pentru tichete un chat intern pentru echipă și un wiki clientul cel mai mare e un lanț de magazine din lyon acolo vorbim cu pierre dubois lui pierre îi trimitem raportul lunar",
            "a fost vreo zi foarte proastă",
            "da când a picat serverul în ajunul crăciunului eram doar eu și ion un coleg din chișinău ion a stat cu mine până la miezul nopții soția mea oana m-a sunat de zece ori iar cristinei i-am scris să vină mai devreme a doua zi",
            "cine decide ce programe cumpără firma",
            "directorul tehnic domnul mihăilescu dar întreabă mereu echipa eu i-am spus lui mihăilescu că ne trebuie alt sistem de tichete și acum testăm unul nou după program mergem cu toții la iulius mall la o bere",
        ],
        "people": [
            "alexandru ciobanu",
            "elena stoica",
            "elenei",
            "cristina",
            "pierre dubois",
            "pierre",
            "ion",
            "oana",
            "cristinei",
            "mihăilescu",
        ],
        "keep": ["iași", "zendesk", "lyon", "chișinău", "iulius mall"],
        "hard_keep": ["iulius mall"],
    },
    {
        # Agritourism guesthouse (near Sibiu)
        "language": "ro",
        "utterances": [
            "Cum arată o zi la pensiunea dumneavoastră?",
            "Eu sunt Floarea Hossu și am o pensiune agroturistică în Rășinari, lângă Sibiu. Ne trezim la cinci, mulgem vacile, apoi pregătesc micul dejun pentru oaspeți.",
            "Cine vă ajută?",
            "Soțul meu, Ilie, se ocupă de animale. Lui Ilie nu-i place să vorbească cu turiștii, așa că eu fac tot ce ține de rezervări. Fata noastră, Anca, vine în weekend și o ajută pe bunica Veta la bucătărie. Vara mai vine și un băiat din Moldova, Vitalie, pe care îl plătim cu ziua.",
            "Cum vă găsesc oaspeții?",
            "Cei mai mulți de pe Booking, unii de pe un site nemțesc. Avem o doamnă din Stuttgart, Sabine Keller, care vine în fiecare an. Sabinei îi plac mult plimbările cu oile. Cumpărăturile le facem la Kaufland, în oraș.",
            "Ați avut vreo zi grea?",
            "Primăvara trecută s-a îmbolnăvit o vacă și veterinarul, domnul Pârvu, era plecat. L-am sunat pe vecinul nostru, Bálint, care a fost și el veterinar. Lui Bálint îi datorăm vaca.",
            "Cine hotărăște investițiile?",
            "Împreună, dar Anca are ultimul cuvânt la partea cu internetul. Ancăi i-am dat și parola de la contul de Booking. Anul trecut am cumpărat un tractor la mâna a doua de la un om din Victoria, și Ilie tot zice că l-am plătit prea scump.",
        ],
        "people": [
            "Floarea Hossu",
            "Ilie",
            "Anca",
            "Veta",
            "Vitalie",
            "Sabine Keller",
            "Sabinei",
            "Pârvu",
            "Bálint",
            "Ancăi",
        ],
        "keep": ["Rășinari", "Sibiu", "Booking", "Kaufland", "Victoria"],
        "hard_keep": ["Victoria"],
    },
    # ------------------------------------------------------------------ Croatian
    {
        # Holiday apartments (Split)
        "language": "hr",
        "utterances": [
            "Dobar dan, možete li opisati kako izgleda vaš radni dan?",
            "Naravno. Ja sam Ivana Jurić i s mužem iznajmljujem šest apartmana u Splitu, ispod Marjana. U sezoni se dižem u šest i prvo provjerim poruke na Bookingu.",
            "Tko vam pomaže?",
            "Muž Ante radi u luci, tako da Anti ostaju samo vikendi. Čišćenje radi Marija, susjeda, a Mariji plaćamo po apartmanu. Prošle godine smo zaposlili i jednog mladića iz Nepala, Bikasha, on nosi prtljagu i popravlja sitnice.",
            "Koje aplikacije koristite?",
            "Booking, Airbnb i jednu aplikaciju za kalendar. Račune izdaje knjigovođa, gospođa Vuković, ona sve radi u svom programu. Gospođi Vuković šaljem popis gostiju svakog prvog u mjesecu.",
            "Sjećate li se nekog baš lošeg dana?",
            "Prošlog kolovoza je jedan gost iz Njemačke, gospodin Schneider, našao vodu po podu jer je pukla cijev. Gospodinu Schneideru smo vratili dva noćenja, a Bikash je cijelu noć s Antom skupljao vodu. Sin Luka je dovezao pumpu iz Trogira.",
            "Tko kod vas donosi odluke o većim troškovima?",
            "Ante i ja zajedno, ali Luki uvijek prvo pokažem jer se on razumije u te stvari. Luka, kažem mu, ajde pogledaj je li ovo dobra ponuda.",
        ],
        "people": [
            "Ivana Jurić",
            "Ante",
            "Anti",
            "Marija",
            "Mariji",
            "Bikasha",
            "Vuković",
            "Schneider",
            "Schneideru",
            "Bikash",
            "Antom",
            "Luka",
            "Luki",
        ],
        "keep": ["Splitu", "Marjana", "Bookingu", "Airbnb", "Trogira"],
        "hard_keep": ["Marjana"],
    },
    {
        # Car repair shop (Osijek), speech-recognition style
        "language": "hr",
        "utterances": [
            "kako izgleda vaš tipičan dan u radionici",
            "ja sam dario kovačević imam autoservis u osijeku na izlazu prema đakovu radimo od sedam do tri a subotom do podne",
            "tko radi s vama",
            "imam dva mehaničara emir je iz tuzle on je sa mnom dvanaest godina emiru vjerujem kao sebi a mlađi je jomar s filipina došao je prije dvije godine s jomarom pričam pola hrvatski pola engleski",
            "kako naručujete dijelove",
            "preko weba od dobavljača iz zagreba a gume nam dovozi zvonko bešlić zvonku javim dan prije i on sutra dođe",
            "jeste imali neki baš loš dan",
            "lani nam je gospođa vukić dovezla auto na servis i mi smo zamijenili krivi remen gospođi vukić smo onda sve popravili besplatno a emir se danima ljutio na sebe",
            "tko odlučuje o novoj opremi",
            "ja ali pitam ženu sanju jer ona vodi knjige sanja kaže da kupujemo samo ono što se isplati prošle godine smo kupili dijagnostiku od firme iz svetog ivana zeline",
        ],
        "people": [
            "dario kovačević",
            "emir",
            "emiru",
            "jomar",
            "jomarom",
            "zvonko bešlić",
            "zvonku",
            "vukić",
            "sanju",
            "sanja",
        ],
        "keep": ["osijeku", "đakovu", "tuzle", "zagreba", "svetog ivana zeline"],
        "hard_keep": ["svetog ivana zeline"],
    },
    {
        # Backend developer at a fintech company (Zagreb)
        "language": "hr",
        "utterances": [
            "Čime se točno bavite?",
            "Ja sam Marko Horvat, backend developer u jednoj fintech firmi u Zagrebu. Dolazim u ured samo utorkom i četvrtkom, inače radim od kuće.",
            "S kim najviše surađujete?",
            "S Petrom, ona je QA inženjerka. Petri šaljem svaki build prije nego ide dalje. U timu je i Rajesh iz Indije, s Rajeshom radim na integracijama s bankama. Šefica nam je Dubravka Novak, a Dubravki se javljam kad nešto zapne.",
            "Koje alate koristite?",
            "GitLab, Slack i hrpu internih alata. Klijent nam je jedna banka iz Münchena, tamo je kontakt gospođa Bauer. Gospođi Bauer svaki petak šaljem izvještaj na njemačkom, a Nemanja mi ga prije toga provjeri jer je studirao u Beču. Nemanji dugujem dosta piva.",
            "Sjećate li se nekog teškog dana?",
            "Kad je pao sustav plaćanja usred najveće akcije u godini. Horvate, rekla mi je Dubravka, ti ne ideš kući dok ovo ne proradi. I nisam otišao do tri ujutro.",
            "A kako vam je izvan posla?",
            "Živim u Velikoj Gorici s curom, Lanom. Lana radi u Krašu, u marketingu, pa doma uvijek imamo bajadere. Petra, kad dođe na kavu, uvijek odnese pola kutije.",
        ],
        "people": [
            "Marko Horvat",
            "Petrom",
            "Petri",
            "Rajesh",
            "Rajeshom",
            "Dubravka Novak",
            "Dubravki",
            "Bauer",
            "Nemanja",
            "Nemanji",
            "Horvate",
            "Dubravka",
            "Lanom",
            "Lana",
            "Petra",
        ],
        "keep": ["Zagrebu", "GitLab", "Münchena", "Velikoj Gorici", "Krašu"],
        "hard_keep": ["Krašu"],
    },
    {
        # Fisherman (Kvarner)
        "language": "hr",
        "utterances": [
            "Opišite nam malo svoj posao.",
            "Zovem se Nikola Perić, ribar sam iz Voloskog, to je odmah kraj Opatije. Na more izlazim oko četiri ujutro, a vraćam se kad izvučemo mreže.",
            "Radite li sami?",
            "Ne, sa mnom je brat Tomislav i jedan Bosanac, Adnan. Tomislavu je brod na ime, a ja vodim papire. Adnana sam upoznao u Rijeci, radio je u brodogradilištu.",
            "Kome prodajete ribu?",
            "Restoranima u Opatiji i jednom otkupljivaču iz Italije, gospodinu Giorgiu Rossettiju. Giorgio dođe kamionom dva puta tjedno. Ostatak ide u Plodine, ali tamo je cijena loša.",
            "Sjećate li se nekog lošeg dana?",
            "Prošle zime nam je na moru stao motor. Zvao sam Tomislava i lučku kapetaniju, a žena Đurđica je cijelu noć bila budna. Đurđici sam tek ujutro mogao javiti da smo dobro.",
            "Tko kod vas odlučuje o novcu?",
            "Đurđica, naravno. Ona je iz Marije Bistrice, a tamo su ljudi štedljivi. A kad treba novi motor, pitamo ujaka Zdravka, on ima servis.",
        ],
        "people": [
            "Nikola Perić",
            "Tomislav",
            "Tomislavu",
            "Adnan",
            "Adnana",
            "Giorgiu Rossettiju",
            "Giorgio",
            "Tomislava",
            "Đurđica",
            "Đurđici",
            "Zdravka",
        ],
        "keep": ["Opatije", "Rijeci", "Opatiji", "Plodine", "Marije Bistrice"],
        "hard_keep": ["Marije Bistrice"],
    },
    # ------------------------------------------------------------------ Danish
    {
        # Dairy farm (Central Jutland)
        "language": "da",
        "utterances": [
            "Vil du fortælle lidt om, hvordan en almindelig dag ser ud for dig?",
            "Ja. Jeg hedder Mette Kristensen, og jeg driver en mælkegård sammen med min mand tæt på Herning. Jeg er egentlig opvokset i Frederikshavn. Vi leverer til Arla, så tankbilen kommer hver anden dag.",
            "Hvem arbejder på gården?",
            "Min mand, Lars, står for marken og maskinerne. Så har vi to malkere fra Polen, Paweł og hans kone Agnieszka. Pawełs bror arbejdede her før, men han er flyttet til Odense.",
            "Hvilke systemer bruger I?",
            "Malkerobotten er fra DeLaval, og vi følger køerne i et program på computeren. Regnskabet laver Birgit hos rådgivningscentret, og Birgits spørgsmål kommer altid på mail fredag eftermiddag.",
            "Kan du huske en rigtig dårlig dag?",
            "Sidste vinter fik vi yverbetændelse i halvdelen af besætningen. Dyrlægen, Søren Holm, kom tre gange samme uge. Holm sagde, at det var vandet, og Lars' far mente, det var foderet.",
            "Hvem bestemmer, når I skal investere?",
            "Det gør Lars og jeg sammen, men banken har jo også noget at skulle have sagt. Vores datter Freja vil gerne overtage gården, så Frejas mening tæller også. Freja, siger jeg tit, du skal først have en uddannelse.",
        ],
        "people": [
            "Mette Kristensen",
            "Lars",
            "Paweł",
            "Agnieszka",
            "Pawełs",
            "Birgit",
            "Birgits",
            "Søren Holm",
            "Holm",
            "Freja",
            "Frejas",
        ],
        "keep": ["Herning", "Frederikshavn", "Arla", "Odense", "DeLaval"],
        "hard_keep": ["Frederikshavn", "DeLaval"],
    },
    {
        # Home care assistant (Copenhagen)
        "language": "da",
        "utterances": [
            "Hvad laver du til daglig?",
            "Jeg hedder Aisha Khan og er social- og sundhedsassistent i hjemmeplejen på Nørrebro i København. Jeg møder klokken syv, og så cykler vi ud til borgerne.",
            "Hvem er du på arbejde med?",
            "Min makker er oftest Camilla. Camillas ruter ligger ved siden af mine, så vi spiser frokost sammen. Vores leder hedder Henrik Møller, og Henrik er god til at lytte, men han har alt for mange medarbejdere.",
            "Hvilke systemer bruger I?",
            "Vi dokumenterer alt i Nexus på telefonen. Hvis den går ned, ringer jeg til Yasin, han er superbruger. Yasins nummer kan jeg udenad.",
            "Har du haft en dag, der var særligt hård?",
            "En dag i januar fandt jeg fru Andersen på gulvet. Hun havde ligget der hele natten. Jeg ringede 112 og til hendes søn, Jonas. Jonas kom fra Frederiksberg på ti minutter. Camilla, sagde jeg bagefter, jeg kan ikke tage den næste borger lige nu.",
            "Hvem bestemmer, hvilke hjælpemidler I får?",
            "Kommunen. Visitatoren, Pernille, kommer ud og vurderer. Pernilles afgørelser er ofte fornuftige, men det tager tid. Min mand, Tariq, siger, at jeg selv burde blive visitator.",
        ],
        "people": [
            "Aisha Khan",
            "Camilla",
            "Camillas",
            "Henrik Møller",
            "Henrik",
            "Yasin",
            "Yasins",
            "Andersen",
            "Jonas",
            "Pernille",
            "Pernilles",
            "Tariq",
        ],
        "keep": ["Nørrebro", "København", "Nexus", "Frederiksberg"],
        "hard_keep": ["Frederiksberg"],
    },
    {
        # Architect at a small studio (Aarhus), speech-recognition style
        "language": "da",
        "utterances": [
            "hvad går dit arbejde ud på",
            "jeg hedder rasmus nielsen og er arkitekt på en mindre tegnestue i aarhus vi laver mest butiksindretning og lige nu tegner vi en ny butik for georg jensen i aalborg",
            "hvem arbejder du sammen med",
            "sofie er min nærmeste kollega sofies tegninger er meget bedre end mine og så har vi johan fra göteborg som laver visualiseringerne johan taler svensk og vi svarer på dansk det går fint",
            "hvilke værktøjer bruger i",
            "tegneprogrammer og så videomøder ananya som sidder på vores kontor i bangalore laver de tekniske tegninger og ananyas team arbejder mens vi sover",
            "kan du huske en dårlig dag",
            "da kunden ændrede hele planen to dage før afleveringen birgitte vores chef sagde rasmus du må bare tage natten med og det gjorde jeg",
            "hvem bestemmer hvilke programmer i køber",
            "birgitte og partneren anders men anders lytter mest til sofie og min kæreste mikkel siger at jeg arbejder for meget mikkels mor er også arkitekt så hun forstår mig",
        ],
        "people": [
            "rasmus nielsen",
            "sofie",
            "sofies",
            "johan",
            "ananya",
            "ananyas",
            "birgitte",
            "rasmus",
            "anders",
            "mikkel",
            "mikkels",
        ],
        "keep": ["aarhus", "georg jensen", "aalborg", "göteborg", "bangalore"],
        "hard_keep": ["georg jensen"],
    },
    {
        # Bicycle workshop (Odense)
        "language": "da",
        "utterances": [
            "Kan du beskrive din arbejdsdag?",
            "Jeg hedder Kasper Madsen og har et cykelværksted i Odense, lige ved banegården. Jeg åbner klokken otte, men pendlerne står der allerede kvart i. Min kone, Stine, laver regnskabet om aftenen, og Stines bror, Mads, hjælper i weekenderne.",
            "Har du ansatte?",
            "To. Omar er mekaniker, han kom fra Syrien i 2015 og har været her i seks år. Omars speciale er elcykler. Og så er der Line, som passer butikken og webshoppen. Line og jeg har kendt hinanden siden gymnasiet.",
            "Hvilke systemer bruger I?",
            "Webshoppen kører på Shopify, og kunderne betaler mest med MobilePay. Reservedele bestiller vi hos en grossist i Svendborg, hvor Malene Friis er sælger. Malene ringer hver mandag og spørger, om vi mangler noget.",
            "Har du haft en rigtig dårlig dag?",
            "Ja, sidste forår blev der brudt ind, og de tog otte cykler. Lines telefon var den eneste, der havde politiets nummer. Bagefter hjalp min far, Ib, med at sætte nye låse op. Ib er pensioneret smed.",
            "Hvem bestemmer, hvad du køber ind?",
            "Det gør jeg, men jeg spørger Omar om alt teknisk. Omar, siger jeg, er det her skrammel? Og hvis han siger ja, køber jeg det ikke. Christiania-cykler sælger vi også, dem elsker børnefamilierne.",
        ],
        "people": [
            "Kasper Madsen",
            "Stine",
            "Stines",
            "Mads",
            "Omar",
            "Omars",
            "Line",
            "Malene Friis",
            "Malene",
            "Lines",
            "Ib",
        ],
        "keep": ["Odense", "Shopify", "MobilePay", "Svendborg", "Christiania"],
        "hard_keep": ["Svendborg", "Christiania"],
    },
    # ------------------------------------------------------------------ Polish
    {
        # Furniture factory shift manager (near Poznań)
        "language": "pl",
        "utterances": [
            "Dzień dobry, czy może pani opowiedzieć, jak wygląda pani dzień w pracy?",
            "Jasne. Nazywam się Katarzyna Wróbel, jestem kierowniczką zmiany w fabryce mebli pod Poznaniem, w Swarzędzu. Zaczynam o szóstej, od obchodu hali.",
            "Z kim pani pracuje?",
            "Na mojej zmianie jest trzydzieści osób. Moją prawą ręką jest Tomek, z Tomkiem znamy się jeszcze z technikum. Mamy też sporo Ukraińców, najdłużej jest Ołeh, z Ołehem zawsze ustalam, kto gdzie stoi. Raport oddaję panu Kowalczykowi, to nasz dyrektor produkcji.",
            "Jakich systemów używacie?",
            "Zlecenia przychodzą z systemu, a większość mebli idzie do sieci Black Red White. Mniejsze zamówienia sprzedajemy na Allegro. Kadry prowadzi pani Grażyna, a pani Grażynie trzeba wszystko zgłaszać na piśmie.",
            "Pamięta pani jakiś naprawdę zły dzień?",
            "W zeszłym roku stanęła linia lakiernicza w środku dużego zamówienia dla sieci Bodzio. Dyrektor Kowalczyk stał nade mną cały dzień. Kasiu, mówił, musisz to ogarnąć do wieczora.",
            "A kto decyduje o zakupach maszyn?",
            "Ostatecznie właściciel, pan Marciniak, ale słucha Kowalczyka i mnie. W domu natomiast rządzi moja córka Zosia, Zosi nie da się niczego odmówić.",
        ],
        "people": [
            "Katarzyna Wróbel",
            "Tomek",
            "Tomkiem",
            "Ołeh",
            "Ołehem",
            "Kowalczykowi",
            "Grażyna",
            "Grażynie",
            "Kowalczyk",
            "Kasiu",
            "Marciniak",
            "Kowalczyka",
            "Zosia",
            "Zosi",
        ],
        "keep": ["Poznaniem", "Swarzędzu", "Black Red White", "Allegro", "Bodzio"],
        "hard_keep": ["Bodzio"],
    },
    {
        # Lorry driver (Łódź region), speech-recognition style
        "language": "pl",
        "utterances": [
            "jak wygląda pana typowy dzień",
            "nazywam się krzysztof mazur jestem kierowcą w firmie transportowej spod łodzi mamy bazę w strykowie i stamtąd jeżdżę głównie do niemiec i czech",
            "z kim pan się kontaktuje w ciągu dnia",
            "najczęściej z dyspozytorką panią eweliną to ona daje trasy eweliny nie da się oszukać wie o każdym postoju jest jeszcze drugi kierowca na tej trasie siarhiej z białorusi z siarhiejem wymieniamy się naczepą pod poznaniem",
            "jakich aplikacji pan używa",
            "trans.eu do zleceń tachograf cyfrowy i komunikator do rozmów z szefem szef to pan adam nowicki adamowi wysyłam zdjęcia dokumentów po każdym rozładunku",
            "był jakiś naprawdę zły dzień",
            "zimą pod berlinem złapałem gumę w nocy zadzwoniłem do siarhieja bo był najbliżej i przyjechał po dwóch godzinach żona beata nie spała całą noc beacie do dziś się to przypomina",
            "kto u was decyduje o większych wydatkach",
            "w firmie pan adam a w domu beata syn kuba chce iść w moje ślady kubie mówię że to ciężki kawałek chleba a teściowa z tomaszowa mazowieckiego dzwoni codziennie",
        ],
        "people": [
            "krzysztof mazur",
            "eweliną",
            "eweliny",
            "siarhiej",
            "siarhiejem",
            "adam nowicki",
            "adamowi",
            "siarhieja",
            "beata",
            "beacie",
            "adam",
            "kuba",
            "kubie",
        ],
        "keep": ["łodzi", "strykowie", "trans.eu", "berlinem", "tomaszowa mazowieckiego"],
        "hard_keep": ["tomaszowa mazowieckiego"],
    },
    {
        # Dental hygienist (Kraków)
        "language": "pl",
        "utterances": [
            "Czym się pani zajmuje?",
            "Jestem higienistką stomatologiczną w prywatnej klinice w Krakowie, na Kazimierzu. Nazywam się Magdalena Zielińska. Pracuję na dwie zmiany, rano albo po południu.",
            "Z kim pani współpracuje?",
            "Głównie z doktorem Jabłońskim, to właściciel kliniki. U doktora Jabłońskiego pracuję już siedem lat. Od zeszłego roku jest też doktor Iryna Bondarenko z Charkowa, z Iryną pracujemy przy implantach. Na recepcji siedzi Ola.",
            "Jakich programów używacie?",
            "Pacjenci umawiają się przez Booksy, a dokumentację prowadzimy w programie gabinetowym. Oli zawsze przypominam, żeby potwierdzała wizyty esemesem. Ola, mówię, zadzwoń jeszcze do pani Hanny, bo ona nie czyta wiadomości.",
            "Pamięta pani jakiś trudny dzień?",
            "Raz pacjent, pan Wiśniewski, zemdlał na fotelu. Doktor Jabłoński był akurat na urlopie, więc dzwoniłam do Iryny. Pan Wiśniewski potem przyniósł nam bombonierkę z Wedla.",
            "Kto decyduje o zakupach sprzętu?",
            "Doktor, ale ja mówię, czego brakuje. Mąż, Michał, też jest dentystą, w Wieliczce, więc z Michałem porównujemy ceny sprzętu przy kolacji.",
        ],
        "people": [
            "Magdalena Zielińska",
            "Jabłońskim",
            "Jabłońskiego",
            "Iryna Bondarenko",
            "Iryną",
            "Ola",
            "Oli",
            "Hanny",
            "Wiśniewski",
            "Jabłoński",
            "Iryny",
            "Michał",
            "Michałem",
        ],
        "keep": ["Krakowie", "Kazimierzu", "Charkowa", "Booksy", "Wedla", "Wieliczce"],
        "hard_keep": ["Kazimierzu", "Wedla"],
    },
    {
        # Planner at a container terminal (Gdańsk)
        "language": "pl",
        "utterances": [
            "Proszę opowiedzieć o swojej pracy.",
            "Nazywam się Łukasz Lewandowski, jestem planistą w terminalu kontenerowym w Gdańsku. Pracuję w systemie czterobrygadowym, więc czasem w nocy, czasem w dzień.",
            "Z kim pan współpracuje najbliżej?",
            "Z Martą, ona planuje statki, a ja place składowe. Marcie zawsze przekazuję plan zmiany. Jest też Raj z Indii, z Rajem siedzimy przy jednym biurku i kłócimy się o klimatyzację. Szefem działu jest pan Szymański.",
            "Z jakich narzędzi korzystacie?",
            "Mamy system operacyjny terminalu, a faktury idą przez księgowość. Armatorzy przysyłają wszystko mailem, a z klientem z Norwegii kontaktuje się Sigrid Halvorsen. Sigrid pisze tylko po angielsku, więc Marta tłumaczy, jak czegoś nie rozumiem.",
            "Był jakiś szczególnie zły dzień?",
            "W listopadzie sztorm zamknął port na dwa dni i wszystkie statki stały na redzie pod Gdynią. Do pana Szymańskiego dzwonili wszyscy, a on przekierowywał to do mnie. Marta, powiedziałem, bierz połowę telefonów.",
            "A po pracy?",
            "Mieszkam w Sopocie, a w weekendy jeżdżę do brata, Bartka, do Władysławowa. Bartkowi pomagam przy łodzi, on łowi dorsze.",
        ],
        "people": [
            "Łukasz Lewandowski",
            "Martą",
            "Marcie",
            "Raj",
            "Rajem",
            "Szymański",
            "Sigrid Halvorsen",
            "Sigrid",
            "Marta",
            "Szymańskiego",
            "Bartka",
            "Bartkowi",
        ],
        "keep": ["Gdańsku", "Gdynią", "Sopocie", "Władysławowa"],
        "hard_keep": ["Władysławowa"],
    },
]


def interviews_j() -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(i["language"], list(i["utterances"]), list(i["people"]), list(i["keep"])) for i in INTERVIEWS_J]


def all_names_j() -> list[str]:
    return [name for item in INTERVIEWS_J for name in item["people"]]


HARD_KEEP_J: frozenset[str] = frozenset(term for item in INTERVIEWS_J for term in item["hard_keep"])


# -- sanity checks on the data itself (run the module) -------------------------------------------


def _occurs(phrase: str, text: str) -> bool:
    """The same whole-word, case-sensitive test the measurement uses."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _words(phrase: str) -> set[str]:
    """Name words of a mention or term; a Turkish suffix after an apostrophe is not one."""
    return set(re.findall(r"\w+", re.sub(r"'\w+", "", phrase)))


def _blank(phrases: list[str], text: str) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " | ", text)
    return text


def _check() -> None:
    problems: list[str] = []
    languages = ("cs", "fi", "tr", "hu", "ro", "hr", "da", "pl")
    expected = {language: 4 for language in languages}
    counts = {language: 0 for language in languages}
    lower_counts = {language: 0 for language in languages}
    for number, item in enumerate(INTERVIEWS_J):
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
        if not 8 <= len(people) <= 16 or len(set(people)) != len(people):
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
        raise ValueError("pii_names_j data problems:\n" + "\n".join(problems))


if __name__ == "__main__":
    _check()
    print(
        f"{len(INTERVIEWS_J)} excerpts, {len(all_names_j())} person mentions, {len(HARD_KEEP_J)} hard keep terms"
    )
