"""Held-out set D: shaped personal data in customer-research interview excerpts.

Written blind on 2026-12-03, without reading the detector's code, tests or
docs. Each excerpt is a short "day in the life" interview (interviewer and
participant alternating, no speaker labels) at a different workplace, in the
language of its locale:

- two excerpts each for en-US, en-GB, fr-FR, de-DE, es-ES and pt-BR;
- one excerpt each for en-AU, en-IE, fr-BE, de-AT, es-MX, es-AR, pt-PT,
  it-IT, nl-NL, pl-PL, sv-SE and da-DK.

Conventions:

- ``pii`` lists personal data that has a shape: ``phone`` (national mobile and
  landline formats with the local grouping, international ``+CC`` / ``00CC``
  formats, some with "(0)", some without separators, some with an extension),
  ``address`` (street and house number in the local order, with building,
  floor or flat details where locals give them, usually followed by postcode
  and town), ``postcode`` (said alone, without a street) and ``email``
  (ordinary addresses, plus two spoken forms using the local words for "at"
  and "dot"; the value is the whole spoken form). Every value is an exact
  substring of one utterance.
- ``keep`` lists numbers and codes that are NOT personal data and must survive
  pseudonymisation unchanged (prices, amounts, dates, times, quantities,
  model codes, invoice or order numbers, percentages, versions, "Halle 5"
  style names followed by numbers). No keep term overlaps a pii value.
- Six excerpts (marked ``# lower case``) are written as speech recognition
  outputs them: all lower case, no punctuation except what numbers and e-mail
  addresses contain, numbers still as digits.
- All people, streets, numbers and domains are invented, in the formats of
  each country (postcode formats, phone number lengths, street conventions).
"""

from __future__ import annotations

from typing import TypedDict


class ShapeItem(TypedDict):
    kind: str  # "phone" | "email" | "address" | "postcode"
    value: str  # exact substring of one utterance


class ShapeExcerpt(TypedDict):
    locale: str  # e.g. "de-DE", "en-GB"
    utterances: list[str]  # 4-6 turns, interviewer and participant alternating
    pii: list[ShapeItem]
    keep: list[str]  # exact substrings that are not personal data and must survive


EXCERPTS_D: list[ShapeExcerpt] = [
    # 1. en-US, veterinary practice
    {
        "locale": "en-US",
        "utterances": [
            "Can you walk me through how a typical morning starts at the practice?",
            "Sure. I get in around 7:15, before the first appointments at eight. The front desk line is (512) 555-0147, but most clients text our after-hours number, 512-555-0193, so I check that first thing. Last week we had 37 messages overnight, mostly questions about the new dental package, which is $1,250 with anesthesia and X-rays included. Then I do a quick huddle with the techs and we look at the surgery board together.",
            "And where do referrals and lab samples go?",
            "Anything orthopedic goes to our partner hospital at 4810 Burnet Road, Suite 210, Austin, TX 78756. If the reference lab needs me directly, they call the main switchboard at +1 512 555 0108 ext. 204, or they email me at dr.maria-ortiz@hillcountryvet.com. We send maybe 120 samples a month, and every requisition gets an order number like LAB-2024-08817 so nothing goes missing between the courier and the lab.",
        ],
        "pii": [
            {"kind": "phone", "value": "(512) 555-0147"},
            {"kind": "phone", "value": "512-555-0193"},
            {"kind": "address", "value": "4810 Burnet Road, Suite 210, Austin, TX 78756"},
            {"kind": "phone", "value": "+1 512 555 0108 ext. 204"},
            {"kind": "email", "value": "dr.maria-ortiz@hillcountryvet.com"},
        ],
        "keep": ["7:15", "$1,250", "120 samples", "LAB-2024-08817"],
    },
    # 2. en-US, food truck
    {
        "locale": "en-US",
        "utterances": [
            "Where does the truck usually park during the week?",
            "Mondays through Thursdays we're at the food cart pod on Division, the exact spot is 3322 SE Division St, Portland, OR 97202, from 11 to 3. Fridays we set up outside a brewery at 1419 N Killingsworth Street until late. We're doing about 450 covers a week now, and the average ticket is around $14.75, which is up 12% from last summer, so the move to the pod really paid off.",
            "How do people reach you for catering?",
            "Honestly mostly through Instagram, but the catering line is 971-555-0126, which is just my cell. A lot of our catering requests come from offices in the 97209 zip code, the Pearl District, so we're thinking about a second truck over there. The biggest job this year was a wedding for 180 guests on 09/14/2024, invoice 2024-0381, and we ran out of brisket by eight thirty.",
        ],
        "pii": [
            {"kind": "address", "value": "3322 SE Division St, Portland, OR 97202"},
            {"kind": "address", "value": "1419 N Killingsworth Street"},
            {"kind": "phone", "value": "971-555-0126"},
            {"kind": "postcode", "value": "97209"},
        ],
        "keep": ["$14.75", "12%", "180 guests", "09/14/2024", "2024-0381"],
    },
    # 3. en-GB, bike shop
    {
        "locale": "en-GB",
        "utterances": [
            "Tell me a bit about how customers get hold of the shop.",
            "Most people ring the shop line, which on the website is +44 (0)117 496 0288, and it rings through to the workshop. Then there's my mobile, 07700 900418, which I only give to the club riders, because otherwise it never stops. Saturdays are mad, we'll do maybe 25 services and sell three or four bikes. The Trek Domane SL 6 at £3,450 is the one everyone asks about this spring.",
            "And where are you based exactly?",
            "We're at 58 Gloucester Road, Bishopston, Bristol BS7 8BH, just past the stop for the number 75 bus. Suppliers email me at tom.harding@bishopstoncycles.co.uk, and I've told them to put the purchase order, something like PO-11482, in the subject line, otherwise it disappears into the pile. Shimano 105 R7100 groupsets never stay on the shelf longer than a week, honestly.",
        ],
        "pii": [
            {"kind": "phone", "value": "+44 (0)117 496 0288"},
            {"kind": "phone", "value": "07700 900418"},
            {"kind": "address", "value": "58 Gloucester Road, Bishopston, Bristol BS7 8BH"},
            {"kind": "email", "value": "tom.harding@bishopstoncycles.co.uk"},
        ],
        "keep": [
            "Trek Domane SL 6",
            "£3,450",
            "number 75",
            "PO-11482",
            "Shimano 105 R7100",
        ],
    },
    # 4. en-GB, care home
    # lower case
    {
        "locale": "en-GB",
        "utterances": [
            "so what does a normal shift look like for you",
            "i start at 7 in the morning and hand over at 2 in the afternoon we have 42 residents across two floors and on a good day there are 9 carers on the rota the manager always says if anything happens ring her mobile which is 07700 900 731 and if she does not pick up ring the office on 0161 496 0753 before you ring anyone else",
            "and do you ever work at other sites",
            "yes every second thursday i go over to our sister home at 19 barlow moor road didsbury to help with the medication rounds they use version 4.2 of the care planning software which drives me mad because it logs you out all the time the laundry all goes to a unit in m40 8wn and the van comes at half 10 last month the laundry bill was 2450 pounds and the manager was not happy",
        ],
        "pii": [
            {"kind": "phone", "value": "07700 900 731"},
            {"kind": "phone", "value": "0161 496 0753"},
            {"kind": "address", "value": "19 barlow moor road didsbury"},
            {"kind": "postcode", "value": "m40 8wn"},
        ],
        "keep": ["42 residents", "9 carers", "version 4.2", "2450 pounds"],
    },
    # 5. fr-FR, tax adviser
    {
        "locale": "fr-FR",
        "utterances": [
            "Comment vos clients vous contactent-ils pendant la période des déclarations ?",
            "En avril et en mai, c'est la folie. Le standard du cabinet, c'est le 04 78 62 11 45, mais beaucoup de clients ont mon portable, le 06 12 47 88 30, et ils m'appellent même le dimanche. On gère à peu près 380 dossiers de particuliers, avec une date limite au 22 mai pour la première zone. Le forfait de base est à 1 200 € HT, et la TVA à 20 % s'ajoute dessus.",
            "Et pour les pièces justificatives, comment ça se passe ?",
            "Ils peuvent les déposer au cabinet, 27 rue Professeur Grignard, 69007 Lyon, au deuxième étage, ou les envoyer par mail. Au téléphone, je dicte toujours l'adresse lentement : claire point morel arobase cabinet tiret morel point fr, tout attaché. Pour les factures de nos clients professionnels, on exige une numérotation continue, du genre FA-2023-00457, sinon l'article 242 nonies A n'est pas respecté et on a un souci en cas de contrôle.",
        ],
        "pii": [
            {"kind": "phone", "value": "04 78 62 11 45"},
            {"kind": "phone", "value": "06 12 47 88 30"},
            {"kind": "address", "value": "27 rue Professeur Grignard, 69007 Lyon"},
            {
                "kind": "email",
                "value": "claire point morel arobase cabinet tiret morel point fr",
            },
        ],
        "keep": ["380 dossiers", "22 mai", "1 200 € HT", "20 %", "FA-2023-00457"],
    },
    # 6. fr-FR, bookshop
    {
        "locale": "fr-FR",
        "utterances": [
            "Vous pouvez me décrire une journée type à la librairie ?",
            "J'ouvre à 9 h 30, mais j'arrive vers 8 h pour réceptionner les cartons. La librairie est au 14 bis rue du Maréchal-Joffre, 44000 Nantes, juste en face de l'arrêt de la ligne 2 du tram. Le samedi, on fait facilement 2 500 € de chiffre, surtout grâce à la BD et à la jeunesse. On a à peu près 12 000 références en rayon, et les commandes partent chez le distributeur avant 16 h.",
            "Vous avez d'autres points de vente ou de livraison ?",
            "Oui, on a un petit dépôt chez une amie fleuriste, au 3 place du 8-Mai-1945, bâtiment C, 44400 Rezé. Pour les salons du livre, on livre surtout vers la Vendée, autour de 85300, du côté de Challans. Si quelqu'un veut réserver un livre, il appelle la boutique au 02 40 47 18 92. La dernière commande groupée pour un collège, c'était la facture n° 2024/117, pour 340 exemplaires d'un même roman.",
        ],
        "pii": [
            {"kind": "address", "value": "14 bis rue du Maréchal-Joffre, 44000 Nantes"},
            {
                "kind": "address",
                "value": "3 place du 8-Mai-1945, bâtiment C, 44400 Rezé",
            },
            {"kind": "postcode", "value": "85300"},
            {"kind": "phone", "value": "02 40 47 18 92"},
        ],
        "keep": [
            "9 h 30",
            "ligne 2",
            "2 500 €",
            "12 000 références",
            "facture n° 2024/117",
        ],
    },
    # 7. de-DE, plumber
    {
        "locale": "de-DE",
        "utterances": [
            "Wie läuft bei Ihnen die Auftragsannahme ab?",
            "Das meiste kommt telefonisch rein. Unsere Zentrale ist die 0221 4478-230, da sitzt vormittags meine Frau, und für Notfälle gibt es die Handynummer 0171 2345678, die klingelt auch nachts. Im Winter haben wir locker 60 Einsätze pro Woche, vor allem ausgefallene Heizungen. Eine normale Thermenwartung kostet bei uns 189,00 Euro netto, dazu kommt natürlich noch die Mehrwertsteuer.",
            "Und wo sitzt der Betrieb?",
            "Die Werkstatt ist in der Venloer Straße 312, 50823 Köln, hinten im Hof, in der Halle 5. Bestellungen beim Großhandel laufen über meine Adresse, k.becker@becker-haustechnik.de, und jede Rechnung hat eine Nummer wie RE-2024-1187. Letzte Woche haben wir eine Viessmann Vitodens 200-W eingebaut, das waren insgesamt 8.450 Euro, also für uns ein richtig großer Auftrag.",
        ],
        "pii": [
            {"kind": "phone", "value": "0221 4478-230"},
            {"kind": "phone", "value": "0171 2345678"},
            {"kind": "address", "value": "Venloer Straße 312, 50823 Köln"},
            {"kind": "email", "value": "k.becker@becker-haustechnik.de"},
        ],
        "keep": [
            "189,00 Euro",
            "Halle 5",
            "RE-2024-1187",
            "Vitodens 200-W",
            "8.450 Euro",
        ],
    },
    # 8. de-DE, driving school
    {
        "locale": "de-DE",
        "utterances": [
            "Wo finden bei Ihnen die Theoriestunden statt?",
            "Wir haben zwei Standorte. Die Hauptfiliale ist in der Karl-Liebknecht-Straße 47, 04275 Leipzig, im ersten Stock über der Bäckerei, und die kleinere Filiale ist in der Eisenbahnstraße 9 in Volkmarsdorf. Theorie ist dienstags und donnerstags von 18:30 bis 20:00 Uhr. Pro Jahr machen bei uns ungefähr 320 Schüler den Führerschein Klasse B, und die Grundgebühr liegt bei 390 Euro.",
            "Und wie melden sich neue Fahrschüler bei Ihnen?",
            "Meistens rufen die Eltern an, unter 0341 2198870, das ist das Büro, oder sie kommen einfach vorbei. Viele wohnen gar nicht in der Stadt, sondern kommen aus der Postleitzahl 04416, also Markkleeberg und Umgebung. Eine Fahrstunde à 45 Minuten kostet 68 Euro, und die Prüfungstermine beim TÜV am 12.03.2025 waren nach zwei Tagen komplett ausgebucht, das ist echt ein Problem.",
        ],
        "pii": [
            {"kind": "address", "value": "Karl-Liebknecht-Straße 47, 04275 Leipzig"},
            {"kind": "address", "value": "Eisenbahnstraße 9"},
            {"kind": "phone", "value": "0341 2198870"},
            {"kind": "postcode", "value": "04416"},
        ],
        "keep": [
            "18:30 bis 20:00 Uhr",
            "320 Schüler",
            "390 Euro",
            "45 Minuten",
            "12.03.2025",
        ],
    },
    # 9. es-ES, coworking space
    {
        "locale": "es-ES",
        "utterances": [
            "¿Cómo gestionáis las reservas de salas en el coworking?",
            "Casi todo va por la app, pero mucha gente sigue llamando al fijo, el 963 51 24 87. Tenemos 85 puestos fijos y unos 30 flexibles, y la tarifa mensual es de 180 € más IVA. Si hay una incidencia fuera de horario, me llaman a mí al 654 32 17 89, aunque intento que sea solo para urgencias de verdad, como el día que se inundó la Sala 3 por una tubería.",
            "¿Y dónde está el espacio exactamente?",
            "Estamos en la calle de Sueca, 41, bajo, 46006 València, en pleno Ruzafa, a cinco minutos andando de la estación de Xàtiva. Los proveedores escriben a reservas@cowork-ruzafa.es y yo reviso el correo cada mañana a las 9:15. El último pedido de sillas fue el número 2024-00932, unas 40 unidades del modelo Ergo-X200, y nos costó casi 6.800 euros con el transporte.",
        ],
        "pii": [
            {"kind": "phone", "value": "963 51 24 87"},
            {"kind": "phone", "value": "654 32 17 89"},
            {"kind": "address", "value": "calle de Sueca, 41, bajo, 46006 València"},
            {"kind": "email", "value": "reservas@cowork-ruzafa.es"},
        ],
        "keep": ["180 €", "Sala 3", "2024-00932", "Ergo-X200", "6.800 euros"],
    },
    # 10. es-ES, wedding photographer
    {
        "locale": "es-ES",
        "utterances": [
            "¿Cómo es para ti un día de boda, de principio a fin?",
            "Empiezo temprano, sobre las 8:30, en casa de la novia. El sábado pasado fue en la calle de Fuencarral, 127, 4.º izquierda, y luego la ceremonia en una parroquia de la calle de San Bernabé, 12, con el banquete en una finca de Boadilla. Suelo disparar unas 3.000 fotos por boda y entrego unas 600 editadas. El paquete completo cuesta 2.400 €, con un 30 % por adelantado.",
            "¿Y cómo te contactan las parejas?",
            "Por Instagram casi siempre, pero en la web pongo mi móvil, 678 45 12 90, y el teléfono del estudio, que es el +34 915 47 23 68. A los novios les mando el contrato con un número de referencia, tipo BOD-25-041, y la fecha del evento, por ejemplo el 14/06/2025. Trabajo con una Canon EOS R5 y dos objetivos, y las copias en papel de 30x40 se pagan aparte.",
        ],
        "pii": [
            {"kind": "address", "value": "calle de Fuencarral, 127, 4.º izquierda"},
            {"kind": "address", "value": "calle de San Bernabé, 12"},
            {"kind": "phone", "value": "678 45 12 90"},
            {"kind": "phone", "value": "+34 915 47 23 68"},
        ],
        "keep": [
            "3.000 fotos",
            "2.400 €",
            "BOD-25-041",
            "14/06/2025",
            "Canon EOS R5",
        ],
    },
    # 11. pt-BR, veterinary clinic
    {
        "locale": "pt-BR",
        "utterances": [
            "Como funciona o atendimento na clínica ao longo do dia?",
            "A gente abre às 8h e fecha às 20h, mas aos sábados tem plantão até meia-noite. O telefone fixo da recepção é (11) 3865-2047, e o WhatsApp da clínica é (11) 98765-4321, que é o que mais toca, de longe. Por mês a gente faz umas 1.200 consultas, e a consulta básica está R$ 180,00. A vacina V10 sai por R$ 95,00, e a procura explodiu depois da campanha.",
            "E os exames, vocês fazem aí mesmo?",
            "Os de sangue sim, mas os de imagem a gente manda para um laboratório parceiro na Rua Doutor Homem de Melo, 842, sala 3, Perdizes, que fica a uns dez minutos daqui. O laudo chega por e-mail, no endereço laudos.vetpompeia@gmail.com, e cada pedido tem um número tipo OS-45871. No ano passado foram mais de 3.400 exames, um aumento de 15% em relação a 2022.",
        ],
        "pii": [
            {"kind": "phone", "value": "(11) 3865-2047"},
            {"kind": "phone", "value": "(11) 98765-4321"},
            {
                "kind": "address",
                "value": "Rua Doutor Homem de Melo, 842, sala 3, Perdizes",
            },
            {"kind": "email", "value": "laudos.vetpompeia@gmail.com"},
        ],
        "keep": ["1.200 consultas", "R$ 180,00", "R$ 95,00", "OS-45871", "15%"],
    },
    # 12. pt-BR, food truck
    # lower case
    {
        "locale": "pt-BR",
        "utterances": [
            "onde o food truck costuma ficar durante a semana",
            "de segunda a quarta a gente fica na rua professor moraes 476 no savassi perto da praça e quinta e sexta vai para um estacionamento no funcionários quem quer encomenda para evento liga no 31 99876 5432 que é o meu celular ou no fixo da cozinha 31 3241 7788 a gente vende umas 250 marmitas por dia e o combo com suco sai por 32 reais",
            "e de onde vêm os ingredientes",
            "a maior parte vem do ceasa mas a carne eu compro de um fornecedor que fica num galpão com cep 32040-120 lá em contagem eu busco tudo toda terça às 6h30 cada nota fiscal vem com um número tipo 000.482.117 e eu guardo tudo numa pasta no último mês gastei 7.800 reais só com proteína o que dá uns 40% do faturamento então preciso renegociar",
        ],
        "pii": [
            {"kind": "address", "value": "rua professor moraes 476"},
            {"kind": "phone", "value": "31 99876 5432"},
            {"kind": "phone", "value": "31 3241 7788"},
            {"kind": "postcode", "value": "32040-120"},
        ],
        "keep": ["250 marmitas", "32 reais", "6h30", "000.482.117", "7.800 reais"],
    },
    # 13. en-AU, landscaper
    {
        "locale": "en-AU",
        "utterances": [
            "What does a typical week look like for your landscaping business?",
            "We run two crews of four, and most jobs are in the inner north. This week we're doing a full backyard at 27 Gold Street, Brunswick VIC 3056, with retaining walls and about 85 square metres of instant turf. The quote was $18,400 including GST, so it's a decent job. Clients usually ring the office on (03) 9387 6120, or they just text me on 0412 345 678 because I'm never at the desk.",
            "How do suppliers and council paperwork work for you?",
            "The landscape supplies yard sends invoices to accounts@greenlinegardens.com.au and we pay on 30-day terms. For permits we deal with two councils, and anything north of Bell Street, around postcode 3058, is a different planning overlay, which catches people out. Our tipper is an Isuzu NPR 75-190, and we go through roughly 12 tonnes of crushed rock a month, more in spring.",
        ],
        "pii": [
            {"kind": "address", "value": "27 Gold Street, Brunswick VIC 3056"},
            {"kind": "phone", "value": "(03) 9387 6120"},
            {"kind": "phone", "value": "0412 345 678"},
            {"kind": "email", "value": "accounts@greenlinegardens.com.au"},
            {"kind": "postcode", "value": "3058"},
        ],
        "keep": [
            "85 square metres",
            "$18,400",
            "30-day terms",
            "NPR 75-190",
            "12 tonnes",
        ],
    },
    # 14. en-IE, agricultural contractor
    {
        "locale": "en-IE",
        "utterances": [
            "Can you describe how you organise the contracting work in a season?",
            "Well, silage is the busy time, from the end of May right through to August. Farmers ring me on the mobile, 087 214 6639, and my wife takes bookings on the landline, (021) 487 6543, when I'm out in the field. We'd cut around 1,500 acres in a season, and the rate this year is €65 an acre, up about 8% on last year with the price of diesel.",
            "Where's the yard, and where do the machines go for servicing?",
            "The yard is out the road from Ballinhassig, and the Eircode is T12 KF82, lads find it easier with that than with directions. The tractors go to a dealer at Unit 4, Blackwater Business Park, Mallow, and the service on the John Deere 6R 185 came to €2,340 in March. For parts they gave me the head office number, +353 (0)1 678 9012, which is handy enough.",
        ],
        "pii": [
            {"kind": "phone", "value": "087 214 6639"},
            {"kind": "phone", "value": "(021) 487 6543"},
            {"kind": "postcode", "value": "T12 KF82"},
            {
                "kind": "address",
                "value": "Unit 4, Blackwater Business Park, Mallow",
            },
            {"kind": "phone", "value": "+353 (0)1 678 9012"},
        ],
        "keep": ["1,500 acres", "€65", "8%", "John Deere 6R 185", "€2,340"],
    },
    # 15. fr-BE, care home
    {
        "locale": "fr-BE",
        "utterances": [
            "Comment s'organise une journée à la maison de repos ?",
            "On commence à 7 h avec les soins, puis le petit-déjeuner vers 8 h 15. Nous avons 96 lits, répartis sur trois étages, et une équipe d'environ 54 personnes. Le prix de journée tourne autour de 62,50 €, ce qui est dans la moyenne pour la province. Les familles appellent l'accueil au 04 223 45 67, et la nuit, pour les urgences, c'est le GSM de l'infirmière en chef, le 0475 12 34 56.",
            "Et vous travaillez avec d'autres établissements ?",
            "Oui, avec l'hôpital, bien sûr, et avec notre deuxième résidence, qui se trouve rue Saint-Gilles 218, 4000 Liège. Les kinés viennent d'un cabinet à Angleur, avenue de la Libération 12, boîte 3. Pour la pharmacie, la centrale d'achat nous a donné le numéro 0032 4 342 18 90, et chaque bon de commande porte une référence comme BC/2024/0678, conformément à l'arrêté du 21 janvier 2022.",
        ],
        "pii": [
            {"kind": "phone", "value": "04 223 45 67"},
            {"kind": "phone", "value": "0475 12 34 56"},
            {"kind": "address", "value": "rue Saint-Gilles 218, 4000 Liège"},
            {"kind": "address", "value": "avenue de la Libération 12, boîte 3"},
            {"kind": "phone", "value": "0032 4 342 18 90"},
        ],
        "keep": [
            "96 lits",
            "54 personnes",
            "62,50 €",
            "BC/2024/0678",
            "21 janvier 2022",
        ],
    },
    # 16. de-AT, tax adviser
    # lower case
    {
        "locale": "de-AT",
        "utterances": [
            "wie sieht bei ihnen ein typischer arbeitstag in der kanzlei aus",
            "ich bin meistens um halb 8 im büro und schaue zuerst die post durch wir betreuen ungefähr 230 klienten vor allem kleine gastronomiebetriebe und handwerker die kanzlei ist in der elisabethstraße 38 im zweiten stock und die klienten rufen meistens direkt bei mir an unter 0316 812447 oder sie schreiben an office@stb-pichler.at was mir ehrlich gesagt lieber ist weil ich dann alles dokumentiert habe",
            "und woher kommen ihre klienten hauptsächlich",
            "großteils aus graz selbst aber viele auch aus dem süden mit der postleitzahl 8401 also kalsdorf und umgebung letztes jahr haben wir 1450 erklärungen abgegeben und der stundensatz liegt bei 145 euro netto dazu kommen 20% umsatzsteuer wir arbeiten mit bmd ntcs in der version 2024.1 und die umstellung hat uns im jänner fast zwei wochen gekostet",
        ],
        "pii": [
            {"kind": "address", "value": "elisabethstraße 38"},
            {"kind": "phone", "value": "0316 812447"},
            {"kind": "email", "value": "office@stb-pichler.at"},
            {"kind": "postcode", "value": "8401"},
        ],
        "keep": [
            "230 klienten",
            "1450 erklärungen",
            "145 euro",
            "20%",
            "version 2024.1",
        ],
    },
    # 17. es-MX, dental practice
    {
        "locale": "es-MX",
        "utterances": [
            "¿Cómo organizan las citas en el consultorio?",
            "La recepción abre a las 9:00 y la última cita es a las 19:30. Los pacientes llaman al 33 3615 2478, que es el fijo del consultorio, o nos mandan WhatsApp al +52 33 1987 4562, que contesta mi asistente. Atendemos unos 45 pacientes a la semana, y una limpieza cuesta $850, aunque con el paquete de ortodoncia se aplica un 10% de descuento en todo el tratamiento.",
            "¿Y dónde se encuentra el consultorio?",
            "Estamos en Av. Chapultepec Sur 284, interior 5, Col. Americana, 44160 Guadalajara, casi enfrente de una farmacia. Las facturas del laboratorio dental llegan por correo a facturacion.dentalamericana@outlook.com, y cada una lleva un folio como A-20931. El año pasado compramos un sillón nuevo, un Sirona C8+, que nos costó 385,000 pesos, y todavía lo estamos pagando a 24 meses.",
        ],
        "pii": [
            {"kind": "phone", "value": "33 3615 2478"},
            {"kind": "phone", "value": "+52 33 1987 4562"},
            {
                "kind": "address",
                "value": "Av. Chapultepec Sur 284, interior 5, Col. Americana, 44160 Guadalajara",
            },
            {"kind": "email", "value": "facturacion.dentalamericana@outlook.com"},
        ],
        "keep": ["19:30", "$850", "A-20931", "Sirona C8+", "385,000 pesos"],
    },
    # 18. es-AR, bike shop
    # lower case
    {
        "locale": "es-AR",
        "utterances": [
            "contame cómo es un día normal en la bicicletería",
            "abrimos a las 10 pero yo llego a las 9 para armar los pedidos el local está en avenida díaz vélez 4120 en almagro y tenemos un depósito chico en la calle 24 de noviembre 1480 donde guardamos las cajas de las bicis nuevas un service completo hoy sale 45000 pesos y una cubierta buena anda por los 28000 así que la gente arregla más de lo que compra",
            "y cómo te contactan los clientes",
            "casi todo por whatsapp al 11 15 3456 7890 que es mi celular aunque los clientes más grandes como los gimnasios llaman al fijo del local que es el 011 4981-2234 los sábados hacemos unos 30 services y tenemos en stock unas 120 bicis rodado 29 el modelo que más sale es la venzo vulcan 2025 y las pedimos al mayorista con una orden tipo la número 5531",
        ],
        "pii": [
            {"kind": "address", "value": "avenida díaz vélez 4120"},
            {"kind": "address", "value": "calle 24 de noviembre 1480"},
            {"kind": "phone", "value": "11 15 3456 7890"},
            {"kind": "phone", "value": "011 4981-2234"},
        ],
        "keep": [
            "45000 pesos",
            "28000",
            "30 services",
            "rodado 29",
            "venzo vulcan 2025",
        ],
    },
    # 19. pt-PT, pastry shop
    {
        "locale": "pt-PT",
        "utterances": [
            "Como é uma manhã típica na pastelaria?",
            "Começo às 5h30 com a massa dos pastéis de nata, fazemos cerca de 1.800 por dia. A pastelaria fica na Rua de Santa Catarina, 512, 4000-446 Porto, e temos uma segunda loja mais pequena na Avenida da Boavista, 1837, loja 4. O pastel custa 1,30 €, o café 0,80 €, e as encomendas grandes para eventos pagam-se com 50% de sinal, sempre adiantado.",
            "E como é que recebem as encomendas?",
            "Por telefone, para o fixo, que é o 222 083 415, ou por e-mail para encomendas.doce-norte@sapo.pt. Os hotéis costumam mandar uma nota de encomenda com número, tipo NE 2024/312, e entregamos com a carrinha antes das 8h. No ano passado faturámos 320 mil euros, e o IVA na restauração é de 13%, o que complica bastante as contas ao fim do mês.",
        ],
        "pii": [
            {"kind": "address", "value": "Rua de Santa Catarina, 512, 4000-446 Porto"},
            {"kind": "address", "value": "Avenida da Boavista, 1837, loja 4"},
            {"kind": "phone", "value": "222 083 415"},
            {"kind": "email", "value": "encomendas.doce-norte@sapo.pt"},
        ],
        "keep": ["1.800 por dia", "1,30 €", "NE 2024/312", "320 mil euros", "13%"],
    },
    # 20. it-IT, physiotherapy practice
    {
        "locale": "it-IT",
        "utterances": [
            "Mi racconta come funziona lo studio durante la settimana?",
            "Apriamo alle 7:30 perché molti pazienti vengono prima di andare al lavoro. Lo studio principale è in Corso XXII Marzo 15, 20135 Milano, al primo piano, e poi abbiamo un ambulatorio convenzionato in via Giuseppe Mazzini 8, scala B, 20099 Sesto San Giovanni. Facciamo circa 140 sedute a settimana, e una seduta di tecarterapia costa 60 euro, oppure 540 euro con il pacchetto da dieci.",
            "E come vi contattano i pazienti?",
            "La segreteria risponde allo 02 5518 3409, mentre per le urgenze do il mio cellulare, 347 812 6650. Le prescrizioni arrivano spesso via mail a segreteria@fisiomarzo.it, con l'impegnativa e il codice della prestazione, tipo 93.39.4. Abbiamo appena comprato un macchinario nuovo, il modello TK-3000, pagato 12.500 euro, che ammortizziamo in cinque anni, quindi al 20% all'anno.",
        ],
        "pii": [
            {"kind": "address", "value": "Corso XXII Marzo 15, 20135 Milano"},
            {
                "kind": "address",
                "value": "via Giuseppe Mazzini 8, scala B, 20099 Sesto San Giovanni",
            },
            {"kind": "phone", "value": "02 5518 3409"},
            {"kind": "phone", "value": "347 812 6650"},
            {"kind": "email", "value": "segreteria@fisiomarzo.it"},
        ],
        "keep": ["140 sedute", "540 euro", "93.39.4", "TK-3000", "12.500 euro"],
    },
    # 21. nl-NL, florist
    # lower case
    {
        "locale": "nl-NL",
        "utterances": [
            "hoe ziet een gewone werkdag in de bloemenwinkel eruit",
            "ik sta om 5 uur op de veiling in aalsmeer en ben rond 8 uur terug in de winkel die zit op de oudegracht 142 vlak bij de dom op zaterdag verkopen we makkelijk 400 bossen en een gemiddeld boeket kost 27,50 euro klanten die iets willen bestellen bellen meestal de winkel op 0302314467 of ze mailen naar info@bloemerijoudegracht.nl en dat print ik dan uit",
            "en hoe werkt het bezorgen",
            "we bezorgen met een elektrische bakfiets en een bestelbus door de hele stad de grootste vaste klant is een kantoor met postcode 3584 kt waar we elke maandag 12 vazen verversen de bus is een renault kangoo van 2022 en we rijden ongeveer 90 kilometer per dag de factuur voor dat kantoor heeft altijd een nummer als 2024-118 en die stuur ik aan het eind van de maand",
        ],
        "pii": [
            {"kind": "address", "value": "oudegracht 142"},
            {"kind": "phone", "value": "0302314467"},
            {"kind": "email", "value": "info@bloemerijoudegracht.nl"},
            {"kind": "postcode", "value": "3584 kt"},
        ],
        "keep": [
            "400 bossen",
            "27,50 euro",
            "renault kangoo van 2022",
            "90 kilometer",
            "2024-118",
        ],
    },
    # 22. pl-PL, computer repair shop
    {
        "locale": "pl-PL",
        "utterances": [
            "Jak wygląda u Pana typowy dzień w serwisie?",
            "Otwieramy o 9:00, ale ja jestem od ósmej, żeby przejrzeć zgłoszenia. Serwis mieści się przy ul. Święty Marcin 24 lok. 5, 61-806 Poznań, na pierwszym piętrze. Klienci dzwonią na stacjonarny, 61 852 34 17, albo na komórkę, 601 234 567. Miesięcznie robimy około 220 napraw, a wymiana matrycy w laptopie kosztuje zwykle 450 zł brutto, zależnie od modelu.",
            "A jak klienci przesyłają dokumenty albo zdjęcia usterek?",
            "Najczęściej mailem. Przez telefon zawsze dyktuję adres powoli: serwis kropka nowak małpa wp kropka pl, i proszę, żeby w temacie wpisali numer zlecenia, na przykład ZL/2024/0815. Części zamawiamy w hurtowni przy ul. 3 Maja 12 w Pruszkowie. Ostatnio wzięliśmy 15 sztuk dysków Samsung 870 EVO, po 289,99 zł za sztukę, plus 23% VAT.",
        ],
        "pii": [
            {"kind": "address", "value": "ul. Święty Marcin 24 lok. 5, 61-806 Poznań"},
            {"kind": "phone", "value": "61 852 34 17"},
            {"kind": "phone", "value": "601 234 567"},
            {"kind": "email", "value": "serwis kropka nowak małpa wp kropka pl"},
            {"kind": "address", "value": "ul. 3 Maja 12"},
        ],
        "keep": [
            "220 napraw",
            "450 zł",
            "ZL/2024/0815",
            "Samsung 870 EVO",
            "289,99 zł",
        ],
    },
    # 23. sv-SE, carpentry workshop
    # lower case
    {
        "locale": "sv-SE",
        "utterances": [
            "berätta hur en vanlig arbetsdag ser ut för dig",
            "jag börjar klockan 7 i verkstaden som ligger på ringögatan 23 på hisingen vi är 6 snickare och just nu bygger vi ett platsbyggt kök till en kund på karl johansgatan 52 lägenhet 1203 det är ett stort jobb på ungefär 185000 kronor inklusive moms kunderna ringer oftast till mig direkt på 070 123 45 67 eller till kontoret på 031 722 45 90",
            "och hur beställer ni material",
            "vi beställer virke från en brädgård utanför stan och de levererar två gånger i veckan oftast på tisdagar klockan 6 på morgonen förra månaden handlade vi för 42000 kronor och det var mest ek ungefär 3 kubikmeter vi kör med en festool kapsåg ks 120 och fakturorna har nummer som 10457 med 30 dagars betalning vilket funkar bra för oss",
        ],
        "pii": [
            {"kind": "address", "value": "ringögatan 23"},
            {"kind": "address", "value": "karl johansgatan 52 lägenhet 1203"},
            {"kind": "phone", "value": "070 123 45 67"},
            {"kind": "phone", "value": "031 722 45 90"},
        ],
        "keep": [
            "185000 kronor",
            "42000 kronor",
            "3 kubikmeter",
            "ks 120",
            "10457",
        ],
    },
    # 24. da-DK, architecture studio
    {
        "locale": "da-DK",
        "utterances": [
            "Hvordan ser en typisk dag ud på tegnestuen?",
            "Vi er 11 ansatte, og de fleste møder ind omkring kl. 8.30. Tegnestuen ligger på Mejlgade 47, 2. sal, 8000 Aarhus C, lige ved domkirken. Lige nu arbejder vi på et rækkehusprojekt på 2.400 kvadratmeter, og honoraret er på cirka 1,2 mio. kr. Kunderne ringer normalt til os på 86 12 45 78, eller de skriver direkte til mig på mette.lund@tegnestuen-mejlgade.dk.",
            "Arbejder I også uden for byen?",
            "Ja, en hel del. Vi har flere sommerhusprojekter i postnummer 8400, altså Ebeltoft og omegn, og der kører vi ud cirka en gang om ugen. Byggeansøgningerne skal følge BR18, og vi tegner alt i ArchiCAD 27. Sidste faktura, nummer 2024-0219, var på 86.500 kr. ekskl. moms, og så kommer momsen på 25 % oveni, hvilket nogle private bygherrer glemmer.",
        ],
        "pii": [
            {"kind": "address", "value": "Mejlgade 47, 2. sal, 8000 Aarhus C"},
            {"kind": "phone", "value": "86 12 45 78"},
            {"kind": "email", "value": "mette.lund@tegnestuen-mejlgade.dk"},
            {"kind": "postcode", "value": "8400"},
        ],
        "keep": [
            "kl. 8.30",
            "2.400 kvadratmeter",
            "BR18",
            "2024-0219",
            "86.500 kr.",
        ],
    },
]

VALID_KINDS = frozenset({"phone", "email", "address", "postcode"})


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    """Return the character spans of every occurrence of ``term`` in ``text``."""
    spans: list[tuple[int, int]] = []
    start = text.find(term)
    while start != -1:
        spans.append((start, start + len(term)))
        start = text.find(term, start + 1)
    return spans


def check() -> None:
    """Raise ValueError listing every inconsistency in EXCERPTS_D."""
    problems: list[str] = []
    for index, excerpt in enumerate(EXCERPTS_D, start=1):
        where = f"excerpt {index} ({excerpt['locale']})"
        utterances = excerpt["utterances"]
        text = "\n".join(utterances)
        if not 4 <= len(utterances) <= 6:
            problems.append(f"{where}: {len(utterances)} utterances, expected 4-6")
        if not 3 <= len(excerpt["pii"]) <= 5:
            problems.append(f"{where}: {len(excerpt['pii'])} pii items, expected 3-5")
        if not 3 <= len(excerpt["keep"]) <= 5:
            problems.append(f"{where}: {len(excerpt['keep'])} keep items, expected 3-5")
        for item in excerpt["pii"]:
            if item["kind"] not in VALID_KINDS:
                problems.append(f"{where}: invalid kind {item['kind']!r}")
            if not any(item["value"] in utterance for utterance in utterances):
                problems.append(f"{where}: pii {item['value']!r} not in any utterance")
        for term in excerpt["keep"]:
            keep_spans = _spans(text, term)
            if not keep_spans:
                problems.append(f"{where}: keep {term!r} not in the utterances")
            for item in excerpt["pii"]:
                value = item["value"]
                if term in value or value in term:
                    problems.append(f"{where}: keep {term!r} contains or is in {value!r}")
                    continue
                for keep_start, keep_end in keep_spans:
                    if any(
                        keep_start < pii_end and pii_start < keep_end
                        for pii_start, pii_end in _spans(text, value)
                    ):
                        problems.append(f"{where}: keep {term!r} overlaps {value!r}")
                        break
    if problems:
        raise ValueError("pii_shapes_d problems:\n" + "\n".join(problems))


check()
