"""Shape-based personal data in interview excerpts, set C.

Test data for the pseudonymisation of customer-research interview transcripts,
written blind on 2026-12-03, without reading the detector's code, tests or docs.

Each excerpt is a short "day in the life" exchange (interviewer and participant
alternating, no speaker labels) at a different workplace, in the language of its
locale. Participants mention personal data that has a shape: phone numbers,
e-mail addresses, street addresses and postcodes, written in the conventions of
the country. The same excerpts carry numbers and codes that are not personal data
(prices, amounts, dates, times, quantities, model codes, order or invoice numbers,
percentages, flights, bus lines...) which must survive pseudonymisation.

Locales covered (one excerpt each): en-CA, en-NZ, en-ZA, en-IN, en-US, fr-CA,
fr-LU, fr-FR, de-DE, de-LU, es-CO, es-CL, es-ES, pt-BR, it-CH, it-IT, nl-BE,
sk-SK, hr-HR, sl-SI, hu-HU, lt-LT, is-IS, id-ID.

Conventions:

* ``pii`` values are exact substrings of one utterance. ``kind`` is one of
  ``phone``, ``email``, ``address`` or ``postcode``. An address value runs from
  the street (or house number, where it comes first) to the town or postcode
  where the speaker gives them, including building, floor or flat details; a
  ``postcode`` item is a postcode said on its own, without a street.
* Phone values include the country code, the "(0)", brackets and an extension
  ("ext. 22", "poste 214", "-80") when they are said.
* Two e-mails are spelled out in words for "at" and "dot" (fr-CA, es-CO); the
  value is the whole spoken form.
* ``keep`` terms are exact substrings that are not personal data and must be
  left unchanged; none of them overlaps a ``pii`` value.
* Six excerpts (en-NZ, es-CL, nl-BE, sl-SI, lt-LT, id-ID) are written the way
  speech recognition writes them: all lower case, no punctuation except inside
  numbers and e-mail addresses. They are marked ``# lower case``.
* All people, streets, numbers, phone numbers and e-mail addresses are invented;
  postcodes and phone numbers have the length and format of their country.
"""

from __future__ import annotations

from typing import TypedDict


class ShapeItem(TypedDict):
    kind: str  # "phone" | "email" | "address" | "postcode"
    value: str  # exact substring of one utterance


class ShapeExcerpt(TypedDict):
    locale: str  # e.g. "sk-SK", "en-ZA"
    utterances: list[str]  # 4-6 turns, interviewer and participant alternating
    pii: list[ShapeItem]
    keep: list[str]  # exact substrings that are not personal data and must survive


EXCERPTS_C: list[ShapeExcerpt] = [
    # Florist, Toronto.
    {
        "locale": "en-CA",
        "utterances": [
            "Can you walk me through a typical morning at the shop, from the moment the first orders come in?",
            "Sure. I open at 7:30 and the wholesale truck drops off around eight. Most orders come through the website, but the older customers still phone the landline, that's (416) 555-0142, and honestly that line rings more than my cell. Last Valentine's we moved about 1 850 stems in two days, which is nuts for a shop our size. If I'm out on deliveries, the calls forward to my cell at 647-555-0196, so I end up answering at red lights.",
            "Where exactly is the shop, and how do the deliveries work from there?",
            "We're at 1184 Queen Street West, Unit 2, Toronto, ON M6J 1J6, right by the streetcar stop, so parking the van is a daily fight. A big wedding can eat the whole day. The last one was order number 40718, a $2 340 package with forty centrepieces. For invoices, people email me at dana.whitfield@bloomandbranch.ca and I answer at night, after the buckets are washed and the cooler is set back to 4 degrees.",
        ],
        "pii": [
            {"kind": "phone", "value": "(416) 555-0142"},
            {"kind": "phone", "value": "647-555-0196"},
            {
                "kind": "address",
                "value": "1184 Queen Street West, Unit 2, Toronto, ON M6J 1J6",
            },
            {"kind": "email", "value": "dana.whitfield@bloomandbranch.ca"},
        ],
        "keep": ["7:30", "1 850 stems", "order number 40718", "$2 340"],
    },
    # Craft brewery, Wellington.
    # lower case
    {
        "locale": "en-NZ",
        "utterances": [
            "so tell me how you handle the orders coming in from the bars",
            "yeah so most of the bars just text me on 021 784 3310 which is my personal mobile to be honest and then i punch it into the system at night we brew about 2400 litres a week across three fermenters and the hazy pale sells out first every time if it is a keg order over 20 kegs i ask them to ring the brewery line instead which is 04 384 5521 because whoever is on the floor can check the cool store",
            "and where do you actually brew is that the same place as the taproom",
            "no the taproom is down on the waterfront but the brewhouse is out at 37 kaiwharawhara road in an old panel beater shop we moved in there in 2019 and the rent went up 12 percent last year the rep from our malt supplier always gets lost so i tell him to put postcode 6035 in the gps and look for the big green roller door and he still rings me from the motorway every single time",
        ],
        "pii": [
            {"kind": "phone", "value": "021 784 3310"},
            {"kind": "phone", "value": "04 384 5521"},
            {"kind": "address", "value": "37 kaiwharawhara road"},
            {"kind": "postcode", "value": "6035"},
        ],
        "keep": ["2400 litres", "20 kegs", "2019", "12 percent"],
    },
    # Car rental branch, Cape Town airport.
    {
        "locale": "en-ZA",
        "utterances": [
            "What does a normal shift at the branch look like for you?",
            "I start at 06:00 because the first Joburg flight, SA 317, lands just after seven and there's always a queue at the counter. We've got 140 cars on the fleet at this branch. Customers who get lost in the parkade phone me on 082 555 7314, that's the branch cellphone, and the desk landline is +27 (0)21 934 6620 for the overseas people. Deposits are R3 500 on a compact and more on the bakkies, and honestly people argue about that every day.",
            "Do you ever have to go out to customers yourself?",
            "Ja, quite a lot. If a car breaks down on the N2 we send a replacement out, and the damaged ones go back to our workshop at 14 Voortrekker Road, Bellville, 7530, where the panel guys assess them. Claims go to claims.capetown@drivewise.co.za and the customer must put the rental agreement number in the subject line, like RA-2025-08841, otherwise nobody in head office can find anything. That process alone takes me two hours a day.",
        ],
        "pii": [
            {"kind": "phone", "value": "082 555 7314"},
            {"kind": "phone", "value": "+27 (0)21 934 6620"},
            {"kind": "address", "value": "14 Voortrekker Road, Bellville, 7530"},
            {"kind": "email", "value": "claims.capetown@drivewise.co.za"},
        ],
        "keep": ["06:00", "SA 317", "140 cars", "R3 500", "RA-2025-08841"],
    },
    # Pharmacy, Bengaluru.
    {
        "locale": "en-IN",
        "utterances": [
            "How do patients usually reach the pharmacy when they need a refill?",
            "Mostly they call only. Our counter number is 080 4123 7789, and for home delivery we have a separate mobile, +91 98450 31276, which is on WhatsApp also. In the monsoon season the calls nearly double, we do around 300 orders a day. Insulin we keep in the fridge at 2 to 8 degrees, and a strip of Dolo 650 is hardly thirty rupees, so people club lots of small things together in one order.",
            "And the delivery area, how far does it go from the shop?",
            "We are at No. 42, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038, opposite the Canara Bank ATM. Delivery is free within 3 km. Beyond that we charge ₹40, but the boys still go up to Domlur, pin code 560071, because many of our senior citizen customers have shifted there. GST on most medicines used to be 12%, and the invoice number is printed on top, like INV/24-25/08812, which they need for insurance claims.",
        ],
        "pii": [
            {"kind": "phone", "value": "080 4123 7789"},
            {"kind": "phone", "value": "+91 98450 31276"},
            {
                "kind": "address",
                "value": "No. 42, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038",
            },
            {"kind": "postcode", "value": "560071"},
        ],
        "keep": ["300 orders a day", "Dolo 650", "₹40", "12%", "INV/24-25/08812"],
    },
    # Electrical contractor, Columbus, Ohio.
    {
        "locale": "en-US",
        "utterances": [
            "Can you describe a typical service call, from the first phone call to the invoice?",
            "Sure. Most calls come into the office line, and (614) 555-0137 ext. 22 gets you me directly, but Brenda does the scheduling. Yesterday I had a panel swap at 2209 W 5th Ave, Columbus, OH 43212, an old 100-amp Federal Pacific panel we upgraded to 200 amps. That job ran about $3,480 with the permit. We work to the 2023 NEC, so bedroom circuits need AFCI breakers now, which homeowners don't always love paying for.",
            "And how do customers send you photos or paperwork?",
            "They email me at mike.ortega@buckeye-electric.com, or they just text pictures. On the commercial side we do a lot for a dental office at 480 Lazelle Road, Suite 110, Westerville, and their office manager will email at 7 a.m. saying a breaker tripped again. Every job gets a work order, like work order 15-3307, and we try to close those out within 48 hours so billing doesn't pile up at the end of the month.",
        ],
        "pii": [
            {"kind": "phone", "value": "(614) 555-0137 ext. 22"},
            {"kind": "address", "value": "2209 W 5th Ave, Columbus, OH 43212"},
            {"kind": "address", "value": "480 Lazelle Road, Suite 110, Westerville"},
            {"kind": "email", "value": "mike.ortega@buckeye-electric.com"},
        ],
        "keep": ["100-amp", "$3,480", "2023 NEC", "work order 15-3307", "48 hours"],
    },
    # Print shop, Montréal.
    {
        "locale": "fr-CA",
        "utterances": [
            "Comment les clients vous joignent-ils quand ils ont une commande urgente?",
            "Ça dépend. La plupart appellent à la boutique, au 514 555-0163, poste 214 si c'est pour moi directement. Les gros clients, comme les cégeps, m'écrivent plutôt. Le mois passé, on a imprimé 12 500 dépliants pour une seule campagne électorale, et le papier a augmenté de 8 % depuis janvier. Quand c'est vraiment pressé, je donne mon cellulaire, le 438 555-0187, mais j'essaie de ne pas trop le faire, sinon ça sonne jusqu'à minuit.",
            "Où se trouve l'atelier, et comment les gens vous envoient-ils leurs fichiers?",
            "On est au 4521, rue Saint-Denis, local 3, Montréal (Québec) H2J 2L4, juste en haut du dépanneur. Pour les fichiers, je dis aux gens au téléphone d'écrire à julie point gagnon arobase imprimeriesaintdenis point ca, et ils l'écrivent tout de travers une fois sur deux. La dernière facture, la numéro 2024-0917, c'était 1 275,50 $ pour des affiches grand format, livrées le lendemain.",
        ],
        "pii": [
            {"kind": "phone", "value": "514 555-0163, poste 214"},
            {"kind": "phone", "value": "438 555-0187"},
            {
                "kind": "address",
                "value": "4521, rue Saint-Denis, local 3, Montréal (Québec) H2J 2L4",
            },
            {
                "kind": "email",
                "value": "julie point gagnon arobase imprimeriesaintdenis point ca",
            },
        ],
        "keep": ["12 500 dépliants", "8 %", "numéro 2024-0917", "1 275,50 $"],
    },
    # Office cleaning company, Luxembourg.
    {
        "locale": "fr-LU",
        "utterances": [
            "Pouvez-vous me décrire une journée type pour vos équipes de nettoyage?",
            "Les équipes commencent à 5h30, avant l'ouverture des bureaux au Kirchberg. On a 38 salariés, dont beaucoup de frontaliers qui viennent de Thionville ou d'Arlon. Quand un client a un souci, il appelle le bureau au 26 48 31 75, et moi je garde toujours mon portable allumé, le +352 621 483 907, même le week-end. Un contrat standard pour un open space de 400 m², c'est environ 2 150 € par mois hors TVA.",
            "Et où se trouve votre dépôt, là où vous stockez le matériel?",
            "Le dépôt est au 12, rue des Artisans, L-3895 Foetz, dans la zone artisanale, à dix minutes de l'autoroute. Les fournisseurs livrent toujours là-bas. Pour le courrier officiel, par contre, l'administration veut notre boîte postale en ville, donc juste le code postal L-1855, et ça crée des confusions avec les colis. La TVA ici est à 17 %, ça surprend toujours nos clients français quand ils comparent les devis.",
        ],
        "pii": [
            {"kind": "phone", "value": "26 48 31 75"},
            {"kind": "phone", "value": "+352 621 483 907"},
            {"kind": "address", "value": "12, rue des Artisans, L-3895 Foetz"},
            {"kind": "postcode", "value": "L-1855"},
        ],
        "keep": ["5h30", "38 salariés", "400 m²", "2 150 €", "17 %"],
    },
    # Physiotherapy practice, Lyon.
    {
        "locale": "fr-FR",
        "utterances": [
            "Comment vos patients prennent-ils rendez-vous au cabinet?",
            "Surtout par téléphone. Le secrétariat répond au 04 78 62 15 39 le matin, et l'après-midi ça bascule sur mon portable, le 06.71.28.45.90, ce qui n'est pas idéal quand j'ai un patient sur la table. On fait à peu près 25 séances par jour à trois kinés. Une séance de rééducation du genou, c'est 16,13 € sur la base de la Sécu, et les mutuelles complètent. Depuis le 1er juillet, les tarifs ont bougé, donc on a refait toutes les affiches.",
            "Et l'accès au cabinet, c'est facile pour des patients qui marchent mal?",
            "Pas toujours. On est au 18 rue du 4 Septembre, bâtiment B, 2e étage, 69002 Lyon, et l'ascenseur tombe en panne une fois par mois. Pour les ordonnances, beaucoup nous les envoient par mail à cabinet.kine.bellecour@orange.fr, ce qui évite de les perdre. On vient aussi d'acheter une table électrique, la C3530, à 2 890 €, parce que l'ancienne ne montait plus assez haut pour les patients âgés.",
        ],
        "pii": [
            {"kind": "phone", "value": "04 78 62 15 39"},
            {"kind": "phone", "value": "06.71.28.45.90"},
            {
                "kind": "address",
                "value": "18 rue du 4 Septembre, bâtiment B, 2e étage, 69002 Lyon",
            },
            {"kind": "email", "value": "cabinet.kine.bellecour@orange.fr"},
        ],
        "keep": ["25 séances par jour", "16,13 €", "1er juillet", "C3530", "2 890 €"],
    },
    # Parcel courier depot, Leipzig.
    {
        "locale": "de-DE",
        "utterances": [
            "Wie sieht bei Ihnen im Depot ein ganz normaler Morgen aus?",
            "Um 4:45 Uhr kommen die Wechselbrücken aus dem Hub, dann wird sortiert. Wir haben 62 Touren und an Spitzentagen vor Weihnachten gut 18 000 Pakete. Das Depot ist in der Maximilianallee 14, 04129 Leipzig, direkt an der Straßenbahn. Wenn ein Fahrer ein Problem hat, soll er eigentlich die Disposition anrufen, 0341 22567-80, und nicht mich. Aber die Hälfte hat trotzdem meine Handynummer und schreibt mir schon um fünf.",
            "Welche Zustellungen machen Ihnen am meisten Ärger?",
            "Ehrlich gesagt die Hinterhöfe. Es gibt einen Kunden in der Dr.-Wilhelm-Külz-Straße 3a, Hinterhaus, 2. OG, da muss jeder Fahrer dreimal klingeln. Und bei den Packstationen geben die Leute nur die Postleitzahl 04159 an und denken, das reicht. Reklamationen laufen über depot.leipzig-nord@schnellpaket-logistik.de, da schreiben wir die Sendungsnummer rein, zum Beispiel 3400 5512 8870, und dann wird ein Ticket angelegt.",
        ],
        "pii": [
            {"kind": "address", "value": "Maximilianallee 14, 04129 Leipzig"},
            {"kind": "phone", "value": "0341 22567-80"},
            {
                "kind": "address",
                "value": "Dr.-Wilhelm-Külz-Straße 3a, Hinterhaus, 2. OG",
            },
            {"kind": "postcode", "value": "04159"},
            {"kind": "email", "value": "depot.leipzig-nord@schnellpaket-logistik.de"},
        ],
        "keep": ["4:45 Uhr", "62 Touren", "18 000 Pakete", "3400 5512 8870"],
    },
    # Small hotel, Echternach.
    {
        "locale": "de-LU",
        "utterances": [
            "Wie läuft bei Ihnen im Hotel ein typischer Anreisetag?",
            "Die meisten Gäste kommen zwischen 15 und 18 Uhr, viele sind Wanderer für den Müllerthal Trail. Wir haben 24 Zimmer, und in der Hochsaison sind wir zu 95 % belegt. Reservierungen kommen per Telefon, die Rezeption ist unter +352 72 84 61 erreichbar, oder eben über die Buchungsportale. Ein Doppelzimmer kostet im Sommer 145 € mit Frühstück, und die Kurtaxe kommt noch dazu, was manche Gäste überrascht.",
            "Und wenn Gäste den Weg nicht finden?",
            "Das passiert oft, weil das Navi sie in die Fußgängerzone schickt. Wir stehen in der Rue de la Gare 7, L-6440 Echternach, aber die Einfahrt zum Parkplatz ist hinten. Deshalb schicke ich vorher eine Mail von reception@hotel-sauerblick.lu mit einer Skizze. Rechnungen von Lieferanten sollen ans Postfach gehen, also nur L-6401 Echternach, das verwechseln die Firmen aus Trier ständig. Der Bus 111 hält übrigens direkt vor dem Haus.",
        ],
        "pii": [
            {"kind": "phone", "value": "+352 72 84 61"},
            {"kind": "address", "value": "Rue de la Gare 7, L-6440 Echternach"},
            {"kind": "email", "value": "reception@hotel-sauerblick.lu"},
            {"kind": "postcode", "value": "L-6401"},
        ],
        "keep": ["15 und 18 Uhr", "24 Zimmer", "95 %", "145 €", "Bus 111"],
    },
    # Bakery, Medellín.
    {
        "locale": "es-CO",
        "utterances": [
            "¿Cómo le hacen los pedidos los clientes de la panadería?",
            "Pues la mayoría por WhatsApp, al 3104567821, que es mi celular personal. Los fines de semana sacamos como 1500 pandebonos y unas 600 almojábanas, entonces hay que tener todo listo desde las 4 de la mañana. Una torta de cumpleaños para veinte personas está en $85.000, y si la quieren con fondant sube a $120.000. Eso casi siempre lo piden con una semana de anticipación, gracias a Dios.",
            "¿Y dónde queda la panadería? ¿Tienen una sola sede?",
            "Tenemos dos. La principal está en la Carrera 43A # 34-95, local 102, El Poblado, y la otra en la Calle 10 Sur # 50-28, Guayabal, que es más pequeñita. Para los pedidos de empresas les digo que escriban a pedidos punto laespiga arroba gmail punto com, y por ahí les mando la cotización. La última fue la cotización 0457, para un evento de 300 personas, con IVA del 19 %.",
        ],
        "pii": [
            {"kind": "phone", "value": "3104567821"},
            {
                "kind": "address",
                "value": "Carrera 43A # 34-95, local 102, El Poblado",
            },
            {"kind": "address", "value": "Calle 10 Sur # 50-28, Guayabal"},
            {
                "kind": "email",
                "value": "pedidos punto laespiga arroba gmail punto com",
            },
        ],
        "keep": [
            "1500 pandebonos",
            "$85.000",
            "$120.000",
            "cotización 0457",
            "19 %",
        ],
    },
    # Vineyard, Maule region.
    # lower case
    {
        "locale": "es-CL",
        "utterances": [
            "cuénteme cómo es un día normal en la viña en época de vendimia",
            "en vendimia partimos a las 6 de la mañana y tenemos como 45 temporeros cosechando a mano la uva se paga por kilo y este año salió a 280 pesos el kilo más o menos los compradores me llaman al celular que es el +56 9 8765 4312 porque en el campo no hay señal para el fijo y la verdad yo ando todo el día arriba de la camioneta revisando los cuarteles",
            "y dónde queda la viña llegan solos los compradores",
            "la viña queda en el camino a san clemente kilómetro 14 parcela 27 pero nadie la encuentra la primera vez así que les digo que pregunten en el retén la bodega donde vendemos el vino embotellado está en la ciudad en 1 sur 1348 talca al lado de una ferretería ahí atiende mi señora y el número fijo de la bodega es el 71 2 234 590 el año pasado vendimos 32 000 botellas y la mitad se fue a brasil",
        ],
        "pii": [
            {"kind": "phone", "value": "+56 9 8765 4312"},
            {
                "kind": "address",
                "value": "camino a san clemente kilómetro 14 parcela 27",
            },
            {"kind": "address", "value": "1 sur 1348 talca"},
            {"kind": "phone", "value": "71 2 234 590"},
        ],
        "keep": ["6 de la mañana", "45 temporeros", "280 pesos", "32 000 botellas"],
    },
    # Public library branch, València.
    {
        "locale": "es-ES",
        "utterances": [
            "¿Cómo es una mañana normal en la biblioteca?",
            "Abrimos a las 9:00, pero yo llego a las 8:15 para vaciar el buzón de devoluciones. Tenemos unos 42.000 volúmenes y el año pasado hicimos 3.870 préstamos solo de cómics, que es lo que más sale con diferencia. Cuando alguien quiere renovar por teléfono, llama al 963 52 47 18, aunque ahora casi todo el mundo lo hace desde la aplicación. Los martes hay club de lectura en la Sala 2 y se llena siempre.",
            "¿Y los usuarios les escriben también? ¿Dónde está exactamente la biblioteca?",
            "Sí, nos escriben a biblioteca.russafa@valencia-cultura.es, sobre todo para pedir libros en préstamo interbibliotecario. Estamos en la calle del Doctor Serrano, 23, bajo, 46006 València, justo detrás del mercado. Además tenemos un punto de préstamo en un centro de mayores, pero ese solo lo conocen los vecinos del 46020, que vienen todos los jueves. La multa por retraso es de 0,20 € al día, aunque casi nunca la cobramos.",
        ],
        "pii": [
            {"kind": "phone", "value": "963 52 47 18"},
            {"kind": "email", "value": "biblioteca.russafa@valencia-cultura.es"},
            {
                "kind": "address",
                "value": "calle del Doctor Serrano, 23, bajo, 46006 València",
            },
            {"kind": "postcode", "value": "46020"},
        ],
        "keep": ["9:00", "42.000 volúmenes", "3.870 préstamos", "Sala 2", "0,20 €"],
    },
    # Veterinary clinic, São Paulo.
    {
        "locale": "pt-BR",
        "utterances": [
            "Como os tutores costumam entrar em contato com a clínica?",
            "A maioria manda mensagem no WhatsApp da clínica, que é (11) 98765-4321, e a recepção responde até as 20h. Para emergência de madrugada a gente tem outro número, o fixo (11) 3456-7890, que cai direto no plantão. Fazemos umas 35 consultas por dia, e uma consulta normal custa R$ 180,00. Já a castração de gato sai por R$ 1.250,00 com os exames. Em dezembro o movimento aumenta uns 30%, por causa das viagens.",
            "E onde fica a clínica? Os clientes são mais do bairro?",
            "A maioria é do bairro, sim. Ficamos na Rua Treze de Maio, 1.120, sala 4, Bela Vista, São Paulo - SP, 01327-000, perto do metrô. Os resultados de exame a gente manda por e-mail, do endereço atendimento.vetbelavista@uol.com.br, e muita gente acha que é spam e não abre. O laboratório parceiro trabalha com código de pedido, tipo pedido nº 88214, e a nota fiscal sai no mesmo dia.",
        ],
        "pii": [
            {"kind": "phone", "value": "(11) 98765-4321"},
            {"kind": "phone", "value": "(11) 3456-7890"},
            {
                "kind": "address",
                "value": "Rua Treze de Maio, 1.120, sala 4, Bela Vista, São Paulo - SP, 01327-000",
            },
            {"kind": "email", "value": "atendimento.vetbelavista@uol.com.br"},
        ],
        "keep": ["20h", "R$ 180,00", "R$ 1.250,00", "30%", "pedido nº 88214"],
    },
    # Car repair garage, Lugano.
    {
        "locale": "it-CH",
        "utterances": [
            "Mi racconta come si organizza una giornata in officina?",
            "Apriamo alle 7.30 e la prima ora è tutta per i cambi gomme, soprattutto tra ottobre e novembre. Siamo in sei, più un apprendista al secondo anno. I clienti ci chiamano sul fisso, 091 923 45 67, e se non rispondiamo lasciano un messaggio in segreteria. Un servizio completo su una Golf costa circa CHF 480.–, e il collaudo alla Sezione della circolazione va prenotato con almeno tre settimane di anticipo.",
            "Dove si trova l'officina? E i ricambi da dove arrivano?",
            "L'officina è in Via Cantonale 22, 6900 Lugano, subito dopo la rotonda. I ricambi arrivano dal grossista due volte al giorno, e per i pezzi urgenti chiamo direttamente il magazziniere sul natel, 0041 79 345 67 89. Le gomme dei clienti le teniamo in deposito in un capannone in Via Giuseppe Motta 8a, circa 900 set, ognuno con un'etichetta tipo DEP-2231 così non si confondono.",
        ],
        "pii": [
            {"kind": "phone", "value": "091 923 45 67"},
            {"kind": "address", "value": "Via Cantonale 22, 6900 Lugano"},
            {"kind": "phone", "value": "0041 79 345 67 89"},
            {"kind": "address", "value": "Via Giuseppe Motta 8a"},
        ],
        "keep": ["7.30", "CHF 480.–", "900 set", "DEP-2231"],
    },
    # Dental practice, Bologna.
    {
        "locale": "it-IT",
        "utterances": [
            "Come prendono appuntamento i pazienti nello studio?",
            "Quasi tutti telefonano in segreteria, allo 051 639 8214, dalle 9 alle 13 e dalle 15 alle 19. Abbiamo quattro poltrone e facciamo sui 40 appuntamenti al giorno. Un'igiene professionale costa 90 euro, un impianto intorno ai 1.800 euro, e molti chiedono di pagare a rate. Per le urgenze del sabato lasciamo in segreteria il cellulare del dottore, il 347 512 0963, ma lo chiama davvero solo chi ha un dolore forte.",
            "Lo studio è facile da raggiungere? E come vi mandano i documenti?",
            "Siamo in Via XX Settembre 14, scala B, interno 6, 40121 Bologna, a due passi dalla stazione, però il parcheggio è un incubo. Le radiografie fatte altrove ce le mandano per email a segreteria.studiorossetti@libero.it e poi le archiviamo nella cartella del paziente. Da quando c'è la fattura elettronica, ogni fattura ha un numero tipo 2025/0412 e deve arrivare al Sistema di Interscambio entro 12 giorni.",
        ],
        "pii": [
            {"kind": "phone", "value": "051 639 8214"},
            {"kind": "phone", "value": "347 512 0963"},
            {
                "kind": "address",
                "value": "Via XX Settembre 14, scala B, interno 6, 40121 Bologna",
            },
            {"kind": "email", "value": "segreteria.studiorossetti@libero.it"},
        ],
        "keep": [
            "40 appuntamenti",
            "90 euro",
            "1.800 euro",
            "2025/0412",
            "12 giorni",
        ],
    },
    # Bicycle shop, Ghent.
    # lower case
    {
        "locale": "nl-BE",
        "utterances": [
            "hoe ziet een gewone dag eruit in de fietsenwinkel",
            "we gaan open om 9 uur maar ik ben er meestal al om half acht voor de herstellingen van de dag ervoor de meeste klanten bellen naar de winkel op 09 225 43 17 en als het dringend is geef ik mijn gsm 0478 12 34 56 want ik sta toch de hele dag in het atelier een elektrische fiets kost tegenwoordig al snel 2 899 euro en een nieuwe batterij van 625 wattuur zit rond de 700 euro",
            "en waar is de winkel precies en tot waar leveren jullie",
            "de winkel is op de brugsesteenweg 214 bus 3 9030 mariakerke maar het atelier zit achteraan dus klanten moeten langs de zijkant binnen we leveren ook fietsen aan huis maar gratis alleen binnen postcode 9000 daarbuiten rekenen we 25 euro extra vorige maand hebben we 63 fietsen verkocht en bijna de helft was een bestelling via de website met een levertermijn van zes weken",
        ],
        "pii": [
            {"kind": "phone", "value": "09 225 43 17"},
            {"kind": "phone", "value": "0478 12 34 56"},
            {"kind": "address", "value": "brugsesteenweg 214 bus 3 9030 mariakerke"},
            {"kind": "postcode", "value": "9000"},
        ],
        "keep": [
            "2 899 euro",
            "625 wattuur",
            "700 euro",
            "25 euro extra",
            "63 fietsen",
        ],
    },
    # Accounting office, Bratislava.
    {
        "locale": "sk-SK",
        "utterances": [
            "Ako vyzerá váš bežný deň v účtovnej kancelárii?",
            "Ráno o 8:00 si najprv prejdem e-maily, lebo klienti posielajú faktúry večer. Máme okolo 120 klientov, väčšinou živnostníkov a malé eseročky. Keď niekto potrebuje niečo rýchlo, volá na pevnú linku 02/5441 2387, ale v skutočnosti väčšina volá rovno na môj mobil, 0905 318 642, aj v sobotu. Daňové priznanie pre živnostníka robíme za 150 €, pre firmu od 400 € vyššie podľa počtu dokladov.",
            "Kde sídlite a ako vám klienti posielajú doklady?",
            "Sídlime na Štefánikovej 14, 3. poschodie, 811 05 Bratislava, hneď oproti Prezidentskej záhrade. Doklady nám klienti nosia osobne v šanónoch alebo ich posielajú na uctovnictvo.kovacova@azet.sk. Najhorší je vždy marec, lebo termín na daňové priznanie je 31. marca, a vtedy robíme aj 60 hodín týždenne. DPH je teraz 23 %, takže to museli všetci prepočítať vo svojich cenníkoch.",
        ],
        "pii": [
            {"kind": "phone", "value": "02/5441 2387"},
            {"kind": "phone", "value": "0905 318 642"},
            {
                "kind": "address",
                "value": "Štefánikovej 14, 3. poschodie, 811 05 Bratislava",
            },
            {"kind": "email", "value": "uctovnictvo.kovacova@azet.sk"},
        ],
        "keep": ["8:00", "120 klientov", "150 €", "31. marca", "23 %"],
    },
    # Yacht charter office, Split.
    {
        "locale": "hr-HR",
        "utterances": [
            "Kako izgleda jedna tipična subota u čarteru?",
            "Subota je dan smjene. Od 8 do 9 sati gosti vraćaju brodove, a poslije 17 sati ulaze novi. Imamo 28 jedrilica i 6 katamarana. Gosti zovu fiksni broj ureda, 021/345-678, ali kad su već na moru, zovu mene na mobitel, +385 91 234 5617, pa onda ja tražim tehničara. Tjedni najam katamarana u kolovozu je oko 9.500 eura, plus kaucija i završno čišćenje.",
            "Gdje vam je ured, a gdje su brodovi?",
            "Ured nam je u Ulici Domovinskog rata 45, 21000 Split, u prizemlju, a brodovi su u marini u Kaštelima. Servis motora radi jedan majstor iz Trogira, on je na adresi Obala kralja Zvonimira 12, i kod njega čekamo po tjedan dana. Gorivo je ove sezone poskupjelo 15 %. Svaki brod ima svoj model, recimo Bavaria C42, a svaki najam broj ugovora, na primjer 2025-CH-0318.",
        ],
        "pii": [
            {"kind": "phone", "value": "021/345-678"},
            {"kind": "phone", "value": "+385 91 234 5617"},
            {"kind": "address", "value": "Ulici Domovinskog rata 45, 21000 Split"},
            {"kind": "address", "value": "Obala kralja Zvonimira 12"},
        ],
        "keep": [
            "28 jedrilica",
            "9.500 eura",
            "15 %",
            "Bavaria C42",
            "2025-CH-0318",
        ],
    },
    # Dairy farm selling cheese, near Celje.
    # lower case
    {
        "locale": "sl-SI",
        "utterances": [
            "kako izgleda vaš običajen dan na kmetiji",
            "vstanem ob 5 zjutraj ker je treba najprej pomolsti krave imamo jih 34 in na dan namolzemo okrog 700 litrov mleka del ga predelamo v sir ostalo odpeljejo v mlekarno kupci ki hočejo sir ali skuto me kličejo kar na mobitel 041 582 304 ker sem tako ali tako ves dan zunaj kilogram trdega sira prodajamo po 14 evrov na tržnici pa malo dražje",
            "kje vas kupci najdejo in kako naročajo",
            "kmetija je na naslovu zgornja hudinja 27 3000 celje ampak navigacija ljudi rada pošlje na drugo stran potoka zato jim rečem naj vpišejo kar poštno številko 3202 in potem sledijo tablam za domači sir naročila pa večinoma pošiljajo na kmetija.novak@siol.net in ob petkih vozimo na dom za naročila nad 30 evrov je dostava brezplačna letos smo prodali že 2 100 kilogramov sira",
        ],
        "pii": [
            {"kind": "phone", "value": "041 582 304"},
            {"kind": "address", "value": "zgornja hudinja 27 3000 celje"},
            {"kind": "postcode", "value": "3202"},
            {"kind": "email", "value": "kmetija.novak@siol.net"},
        ],
        "keep": ["700 litrov", "14 evrov", "30 evrov", "2 100 kilogramov"],
    },
    # Optician, Budapest.
    {
        "locale": "hu-HU",
        "utterances": [
            "Hogyan telik egy átlagos nap az optikában?",
            "Kilenckor nyitunk, és délelőtt általában szemvizsgálatok vannak, óránként kettő. A vendégek a vezetékes számon foglalnak időpontot, ez a +36 1 321 4587, de sokan inkább SMS-t küldenek a mobilomra, a 06 30 482 7163-ra. Egy átlagos progresszív szemüveg kerettel együtt 180 000 Ft körül van, és a lencséket 7–10 munkanap alatt kapjuk meg a gyártótól, ami a vendégeknek mindig túl hosszú.",
            "Hol található az üzlet, és van másik telephelyük is?",
            "Az üzlet címe 1051 Budapest, Október 6. utca 19. I. em. 3., a belső udvarban, ami elsőre nehezen található. Van egy kis csiszolóműhelyünk is Újpesten, a Görgey Artúr utca 30/B alatt, ott készülnek a lencsék. Tavaly 2 450 szemüveget adtunk el, és a lencsék ára januártól 8%-kal nőtt. A 15-ös busz szinte az ajtó előtt áll meg, ez sokat segít.",
        ],
        "pii": [
            {"kind": "phone", "value": "+36 1 321 4587"},
            {"kind": "phone", "value": "06 30 482 7163"},
            {
                "kind": "address",
                "value": "1051 Budapest, Október 6. utca 19. I. em. 3.",
            },
            {"kind": "address", "value": "Görgey Artúr utca 30/B"},
        ],
        "keep": [
            "180 000 Ft",
            "7–10 munkanap",
            "2 450 szemüveget",
            "8%-kal",
            "15-ös busz",
        ],
    },
    # Furniture workshop, Kaunas.
    # lower case
    {
        "locale": "lt-LT",
        "utterances": [
            "papasakokite kaip atrodo įprasta diena jūsų dirbtuvėse",
            "dirbtuvės atsidaro septintą ryto ir pirmiausia pjaustome plokštes užsakymams per mėnesį padarome apie 40 virtuvių ir dar kelias spintas klientai dažniausiai skambina man tiesiai 8 612 48357 nes administratorė dirba tik iki pietų vidutinė virtuvė kainuoja apie 4 800 eurų o ąžuolinis stalas nuo 1 200 eurų priklausomai nuo dydžio o gamybos terminas paprastai šešios savaitės",
            "kur yra jūsų dirbtuvės ir kaip klientai atsiunčia brėžinius",
            "mūsų adresas savanorių prospektas 321 kaunas dirbtuvės kieme už parduotuvės tai vairuotojai dažnai pasiklysta kurjeriai dar visada klausia pašto kodo tai sakau 50120 brėžinius klientai siunčia el paštu uzsakymai@baldudirbtuve.lt arba atneša ant popieriaus lapo o prie kainos dar pridedame 21 procento pvm ir tai klientams būna nemaloni staigmena",
        ],
        "pii": [
            {"kind": "phone", "value": "8 612 48357"},
            {"kind": "address", "value": "savanorių prospektas 321 kaunas"},
            {"kind": "postcode", "value": "50120"},
            {"kind": "email", "value": "uzsakymai@baldudirbtuve.lt"},
        ],
        "keep": ["40 virtuvių", "4 800 eurų", "1 200 eurų", "21 procento pvm"],
    },
    # Guesthouse, Akureyri.
    {
        "locale": "is-IS",
        "utterances": [
            "Hvernig lítur venjulegur dagur út hjá þér á gistiheimilinu?",
            "Ég byrja klukkan sjö á morgunmatnum og svo eru þrif frá tíu til tvö. Við erum með 14 herbergi og á sumrin er nánast alltaf fullt. Gestirnir hringja mest í farsímann minn, 862 4471, því ég er sjaldan við afgreiðsluborðið. Fyrir hópa bendi ég frekar á fasta númerið, +354 462 3380, sem er áframsent á konuna mína. Tveggja manna herbergi kostar 24 900 kr. nóttin í júlí.",
            "Hvar er gistiheimilið og hvernig rata gestirnir til ykkar?",
            "Við erum á Hafnarstræti 88, 600 Akureyri, rétt fyrir ofan höfnina. Margir koma með flugi frá Reykjavík, yfirleitt með FI 124 seinnipartinn, og taka leigubíl beint til okkar. Þvotturinn fer í þvottahús á Glerárgötu 36, og póstur til fyrirtækisins fer í pósthólf með póstnúmerinu 602, sem ruglar alla birgjana. Virðisaukaskattur á gistingu er 11 prósent, og svo bætist gistináttaskatturinn við.",
        ],
        "pii": [
            {"kind": "phone", "value": "862 4471"},
            {"kind": "phone", "value": "+354 462 3380"},
            {"kind": "address", "value": "Hafnarstræti 88, 600 Akureyri"},
            {"kind": "address", "value": "Glerárgötu 36"},
            {"kind": "postcode", "value": "602"},
        ],
        "keep": ["14 herbergi", "24 900 kr.", "FI 124", "11 prósent"],
    },
    # Office catering kitchen, Jakarta.
    # lower case
    {
        "locale": "id-ID",
        "utterances": [
            "bisa ceritakan bagaimana hari biasa di usaha katering ibu",
            "biasanya saya mulai masak jam 3 pagi karena nasi kotak harus sudah diantar sebelum jam 11 siang sehari kami bisa kirim sampai 850 kotak kalau ada acara kantor pelanggan biasanya pesan lewat whatsapp ke nomor 081234567809 itu nomor saya sendiri harga nasi kotak paket ayam bakar rp 35.000 per kotak dan minimal pesan 30 kotak supaya ongkos kirimnya masuk",
            "dapurnya di mana dan ke mana saja biasanya ibu mengantar",
            "dapur kami di jalan kebon kacang raya nomor 17 rt 005 rw 008 tanah abang jakarta pusat 10240 dekat masjid pelanggan paling besar itu kantor di jalan imam bonjol nomor 61 mereka pesan tiap senin untuk rapat kalau minta faktur pajak saya kirim dari email katering.bundasari@yahoo.co.id dan ppn nya 11 persen jadi harus dihitung dari awal supaya tidak rugi",
        ],
        "pii": [
            {"kind": "phone", "value": "081234567809"},
            {
                "kind": "address",
                "value": "jalan kebon kacang raya nomor 17 rt 005 rw 008 tanah abang jakarta pusat 10240",
            },
            {"kind": "address", "value": "jalan imam bonjol nomor 61"},
            {"kind": "email", "value": "katering.bundasari@yahoo.co.id"},
        ],
        "keep": ["jam 11 siang", "850 kotak", "rp 35.000", "30 kotak", "11 persen"],
    },
]

_KINDS = frozenset({"phone", "email", "address", "postcode"})


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    """All (start, end) spans of ``term`` in ``text``, overlapping ones included."""
    spans: list[tuple[int, int]] = []
    start = text.find(term)
    while start != -1:
        spans.append((start, start + len(term)))
        start = text.find(term, start + 1)
    return spans


def check() -> None:
    """Raise ValueError listing every inconsistency in EXCERPTS_C."""
    problems: list[str] = []
    seen_locales: set[str] = set()
    for index, excerpt in enumerate(EXCERPTS_C):
        label = f"excerpt {index} ({excerpt['locale']})"
        if excerpt["locale"] in seen_locales:
            problems.append(f"{label}: duplicate locale")
        seen_locales.add(excerpt["locale"])
        utterances = excerpt["utterances"]
        if not 4 <= len(utterances) <= 6:
            problems.append(f"{label}: {len(utterances)} utterances, expected 4-6")
        if not 3 <= len(excerpt["pii"]) <= 5:
            problems.append(f"{label}: {len(excerpt['pii'])} pii items, expected 3-5")
        if not 3 <= len(excerpt["keep"]) <= 5:
            problems.append(f"{label}: {len(excerpt['keep'])} keep terms, expected 3-5")
        text = "\n".join(utterances)
        for item in excerpt["pii"]:
            if item["kind"] not in _KINDS:
                problems.append(f"{label}: invalid kind {item['kind']!r}")
            if not any(item["value"] in utterance for utterance in utterances):
                problems.append(f"{label}: pii value not found: {item['value']!r}")
        for term in excerpt["keep"]:
            if not any(term in utterance for utterance in utterances):
                problems.append(f"{label}: keep term not found: {term!r}")
            term_spans = _spans(text, term)
            for item in excerpt["pii"]:
                value = item["value"]
                if term in value or value in term:
                    problems.append(
                        f"{label}: keep term {term!r} and pii value {value!r} contain one another"
                    )
                    continue
                value_spans = _spans(text, value)
                if any(
                    start < value_end and value_start < end
                    for start, end in term_spans
                    for value_start, value_end in value_spans
                ):
                    problems.append(f"{label}: keep term {term!r} overlaps pii value {value!r}")
    if problems:
        raise ValueError("pii_shapes_c data problems:\n" + "\n".join(problems))


check()
