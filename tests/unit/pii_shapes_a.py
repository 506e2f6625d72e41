"""Shaped personal data in interview excerpts, set A.

Test data for the pseudonymisation of customer-research interview
transcripts, written blind on 2026-12-03: the excerpts were written without
looking at the detector, its code, its tests or its documentation.

Each excerpt is a short "day in the life" exchange (interviewer and
participant alternating, no speaker labels) at a different workplace, in the
language of its locale.  Participants mention personal data that has a
*shape*: phone numbers, e-mail addresses, street addresses and postcodes.
``pii`` lists those values (exact substrings of one utterance) with their
kind; ``keep`` lists numbers and codes in the same excerpt that are not
personal data and must survive unchanged (prices, amounts, percentages,
dates, times, quantities, distances, version numbers, order / invoice /
batch / ticket numbers, model codes, statute numbers, flight numbers, bus
lines, payment references...).  No phone number is ever in ``keep``.

Locales (one excerpt each): en-US, en-GB, en-IE, en-AU, fr-FR, fr-BE, fr-CH,
de-DE, de-AT, de-CH, es-ES, es-MX, es-AR, pt-PT, pt-BR, it-IT, nl-NL, nl-BE,
pl-PL, cs-CZ, sv-SE, da-DK, nb-NO, fi-FI, tr-TR, ro-RO.

Conventions followed:

* phone numbers in each country's usual length and grouping, mobile and
  landline, some international (+CC, some with "(0)"), some without any
  separator, some with an extension (US "ext.", German "-215" Durchwahl),
  Argentine "11 15-" mobiles, Romanian dotted groups;
* addresses in the local order and abbreviations (US/UK/AU number first,
  continental street first, "bis", "/2", "C/", "Av.", "Rua", "nr.", "Sok.",
  "Cad.", "No:", "bus", "boîte", "2º B", "3.º esq.", "scala C, interno 4",
  Czech "1184/12", Finnish "4 b 12"), often followed by postcode and town,
  some given as street and number only;
* postcodes said on their own in the local format (US ZIP, UK, Irish
  Eircode, Dutch "1234 AB", Polish "31-042", Brazilian CEP "04532-010", ...);
* e-mails ordinary (dots, hyphens, "+"), on local domains, and three spoken
  forms (en-IE "dot"/"at", sv-SE "punkt"/"snabel-a", fi-FI "piste"/"ät"),
  where the value is the whole spoken form.

Six excerpts (en-IE, de-CH, es-MX, pt-BR, pl-PL, fi-FI) are written as
automatic speech recognition writes them: lower case, no punctuation except
inside numbers and e-mails, numbers as digits.  They are marked
``# lower case``.

All names, streets, numbers and addresses are invented; phone numbers use
fictional or unallocated-looking ranges where a country has one.
"""

from __future__ import annotations

from typing import TypedDict


class ShapeItem(TypedDict):
    kind: str  # "phone" | "email" | "address" | "postcode"
    value: str  # exact substring of one utterance


class ShapeExcerpt(TypedDict):
    locale: str  # e.g. "de-AT", "pt-BR", "en-GB"
    utterances: list[str]  # 4-8 turns, interviewer and participant alternating, no speaker labels
    pii: list[ShapeItem]
    keep: list[str]  # exact substrings that are not personal data and must survive


EXCERPTS_A: list[ShapeExcerpt] = [
    # en-US: independent bike repair shop
    {
        "locale": "en-US",
        "utterances": [
            "Thanks for making time today. Could you walk me through a normal Tuesday at the shop, from the moment you unlock the door?",
            "Sure. I get in around 7:45, before we open at nine, and the first thing I do is check the voicemail on the shop line, which is (503) 555-0142 ext. 2, because extension one just plays the recording with our hours. Half the messages are people asking if we can look at a wheel the same day. The shop is at 2318 SE Larkspur Street, so we get a ton of commuters dropping bikes off on their way downtown, and by ten the repair stand is already full.",
            "What happens when a part you need isn't in stock?",
            "Then I order from our distributor. Their portal is awful, honestly, it's on version 4.2.1 and it logs you out every ten minutes. A typical order is something like PO 88310 for brake pads, cables and chains, maybe $1,240 all in. If it's urgent I text the rep directly, Marcus, on his cell, 971-555-0187, and he'll usually get it on the truck the next morning. Shipping is free over $500, which is why I try to batch everything on Tuesdays.",
            "And how do customers reach you after hours, or send you photos of a damaged frame?",
            "Most people just email me, dana.whitfield+shop@gmail.com. I set up that plus thing so the shop mail lands in its own folder and doesn't get buried. We also do mobile repairs for folks who live close by, we're in 97202, so basically anybody within two or three miles, and we charge a flat $35 call-out. Last month we did 41 house calls, which is up about 12% from the spring, so I'm thinking about buying a cargo trailer.",
        ],
        "pii": [
            {"kind": "phone", "value": "(503) 555-0142 ext. 2"},
            {"kind": "address", "value": "2318 SE Larkspur Street"},
            {"kind": "phone", "value": "971-555-0187"},
            {"kind": "email", "value": "dana.whitfield+shop@gmail.com"},
            {"kind": "postcode", "value": "97202"},
        ],
        "keep": ["7:45", "version 4.2.1", "PO 88310", "$1,240", "41 house calls", "12%"],
    },
    # en-GB: community pharmacy
    {
        "locale": "en-GB",
        "utterances": [
            "Could you describe what a typical morning looks like in the pharmacy?",
            "We open at 8.30, but I'm usually in by quarter to eight to sort out the deliveries. The wholesaler drops off about fourteen totes a day, and each one comes with a batch sheet, something like batch 2207-4416, that I have to check and sign. We're at 41 Ashgrove Mews, Headingley, which confuses drivers because there's an Ashgrove Road as well, so I always give them the postcode, LS6 3QE, and tell them to look for the green cross above the door.",
            "How do patients and care homes get in touch with you?",
            "Mostly by phone. The pharmacy landline is 0113 496 0572, and that rings constantly between nine and eleven. The manager at one of the care homes we look after, Priya, prefers to ring my mobile, 07700 900418, because she knows I'll pick up even when I'm in the consultation room. A monthly order for that home is roughly £2,300 of stock, about 180 items, so it's worth keeping her happy, to be honest.",
            "And the paperwork side of things? Invoices, NHS claims?",
            "That's Thursday afternoons. I submit the claims through the portal before the fifth of the month, and anything that gets queried comes back to me. If a supplier needs to chase an invoice, say INV-00731, they email me directly at r.okonkwo@ashgrovepharmacy.co.uk rather than the shared inbox, because nobody checks that one. VAT on most of the over-the-counter stuff is 20%, and I keep a spreadsheet so the accountant doesn't have to guess.",
        ],
        "pii": [
            {"kind": "address", "value": "41 Ashgrove Mews, Headingley"},
            {"kind": "postcode", "value": "LS6 3QE"},
            {"kind": "phone", "value": "0113 496 0572"},
            {"kind": "phone", "value": "07700 900418"},
            {"kind": "email", "value": "r.okonkwo@ashgrovepharmacy.co.uk"},
        ],
        "keep": ["8.30", "batch 2207-4416", "£2,300", "180 items", "INV-00731", "20%"],
    },
    # en-IE: dairy farm
    # lower case
    {
        "locale": "en-IE",
        "utterances": [
            "so tell me a bit about how your day starts on the farm",
            "well the alarm goes at 5 and i am out in the parlour by half 5 we have 96 cows at the moment so milking takes about an hour and 40 minutes then the collection lorry comes around 8 and the driver usually rings my mobile 087 219 4406 if the yard gate is closed the farm is on the old mallow road about 6 km outside the village and the eircode is p51 kx7t which is the only way anyone ever finds us",
            "and who else do you deal with during the week",
            "the vet mostly she has the practice at 12 bridge street in mallow and her direct line is 022 41837 so i ring her before 9 if one of the cows is down then there is the co op for feed we take about 4 tonnes a fortnight at roughly 340 euro a tonne and the last invoice was number 55812 which i still have not paid to be honest",
            "and how do people send you things like the herd test results",
            "they email them to me at siobhan dot kavanagh at eircom dot net because i never got around to changing it and the accountant has a separate one for the farm business the last herd test was on the 14th of march and the cell count was 180 thousand which is grand and the milk price was 47 cent a litre in april so we are doing alright this year",
        ],
        "pii": [
            {"kind": "phone", "value": "087 219 4406"},
            {"kind": "postcode", "value": "p51 kx7t"},
            {"kind": "address", "value": "12 bridge street"},
            {"kind": "phone", "value": "022 41837"},
            {"kind": "email", "value": "siobhan dot kavanagh at eircom dot net"},
        ],
        "keep": ["96 cows", "6 km", "340 euro", "number 55812", "47 cent a litre"],
    },
    # en-AU: café
    {
        "locale": "en-AU",
        "utterances": [
            "What does a normal weekday look like for you at the café?",
            "I'm there by 5.30 to get the ovens going, because the first tradies turn up at six on the dot. We're at 218 Tallis Street, Brunswick VIC 3056, right near the tram stop, so route 19 basically feeds us all morning. We do about 350 coffees on a weekday and closer to five hundred on a Saturday. Our sourdough comes from a little bakery at Unit 4, 27 Kingsley Court, Coburg North, and the owner, Dimitri, always says to ring his mobile, 0491 570 156, rather than the shop, because nobody answers the shop.",
            "How do you handle staff and rosters?",
            "I've got seven staff, mostly casuals, and the weekend rate for a barista works out at about $31.50 an hour, so Sundays are expensive. Rosters go out every Thursday. If someone's sick they ring the café landline, (03) 7010 4825, and whoever's opening just shuffles people around. The POS system finally got an update to version 3.8, which lets me export the timesheets straight to the accountant, and she wants them by the 28th of each month.",
        ],
        "pii": [
            {"kind": "address", "value": "218 Tallis Street, Brunswick VIC 3056"},
            {"kind": "address", "value": "Unit 4, 27 Kingsley Court, Coburg North"},
            {"kind": "phone", "value": "0491 570 156"},
            {"kind": "phone", "value": "(03) 7010 4825"},
        ],
        "keep": ["5.30", "route 19", "350 coffees", "$31.50 an hour", "version 3.8"],
    },
    # fr-FR: physiotherapy practice
    {
        "locale": "fr-FR",
        "utterances": [
            "Pouvez-vous me raconter une journée type au cabinet ?",
            "Alors, j'arrive vers 7 h 45, et le premier patient est à 8 h 15. Le cabinet est au 14 bis rue des Tanneurs, au deuxième étage sans ascenseur, ce qui est franchement un problème pour les patients qui sortent d'une prothèse de genou. On voit entre vingt-cinq et trente patients par jour à trois kinés. Les nouveaux patients appellent le fixe, le 04 78 62 19 53, et c'est souvent moi qui décroche entre deux séances, avec les mains pleines d'huile de massage.",
            "Et pour les annulations ou les urgences, comment ça se passe ?",
            "Pour les urgences, mes patients réguliers ont mon portable, le 06 39 98 41 27, mais je leur demande plutôt d'envoyer un SMS. On est dans le 69001, donc beaucoup de gens viennent à pied ou en métro. Une séance est remboursée sur la base de 16,13 €, et avec le dépassement on tourne autour de vingt-deux euros. J'ai fait le calcul l'an dernier : on a perdu près de 4 000 € de chiffre d'affaires à cause des rendez-vous non honorés.",
            "Et tout l'administratif, vous le faites quand ?",
            "Le jeudi, entre deux patients. Le secrétariat à distance m'envoie les factures, par exemple la facture n° 2023-0457 du mois dernier, et je réponds depuis ma boîte perso, claire.menard-kine@orange.fr, parce que celle du cabinet est pleine de pubs. Les télétransmissions partent le soir, et la dernière mise à jour du logiciel, la version 5.12, a tout planté en septembre. Je passe facilement deux heures par semaine là-dessus.",
        ],
        "pii": [
            {"kind": "address", "value": "14 bis rue des Tanneurs"},
            {"kind": "phone", "value": "04 78 62 19 53"},
            {"kind": "phone", "value": "06 39 98 41 27"},
            {"kind": "postcode", "value": "69001"},
            {"kind": "email", "value": "claire.menard-kine@orange.fr"},
        ],
        "keep": ["7 h 45", "8 h 15", "16,13 €", "4 000 €", "facture n° 2023-0457", "version 5.12"],
    },
    # fr-BE: car repair garage
    {
        "locale": "fr-BE",
        "utterances": [
            "Comment se passe une journée normale au garage ?",
            "On ouvre à 7 h 30, et à cette heure-là il y a déjà deux ou trois clients qui attendent devant la porte avec leur café. On est rue des Houblonnières 52, 4020 Liège, juste après le pont, et le numéro du garage c'est le 04 343 27 81, c'est ma femme qui décroche le matin. On fait à peu près septante entretiens par mois, et un entretien complet, c'est 189 euros TVAC, pièces comprises pour une petite voiture.",
            "Et avec les fournisseurs de pièces, comment ça se passe ?",
            "Le grossiste est à Herstal. Je commande avant dix heures et ils livrent l'après-midi. Quand il y a un souci, j'appelle directement le magasinier, Kevin, sur son GSM, le 0476 38 21 95, parce qu'au standard on attend vingt minutes. La semaine passée, on a reçu des plaquettes pour une 308 au lieu d'une 208, bon, ça arrive. Le bon de commande, c'était le 77 140, je m'en souviens parce qu'il a fallu le refaire trois fois.",
            "Vous vous déplacez aussi chez les clients ?",
            "Oui, pour les dépannages. Mardi, j'ai été chez une dame avenue des Acacias 17 boîte 3, à Ans, une batterie à plat, rien de grave. On facture le déplacement quarante-cinq euros dans un rayon de 15 km, au-delà c'est au kilomètre. Le reste du temps, c'est la paperasse : la TVA à 21 %, les factures, les rappels, et les contrôles techniques à préparer pour les clients.",
        ],
        "pii": [
            {"kind": "address", "value": "rue des Houblonnières 52, 4020 Liège"},
            {"kind": "phone", "value": "04 343 27 81"},
            {"kind": "phone", "value": "0476 38 21 95"},
            {"kind": "address", "value": "avenue des Acacias 17 boîte 3"},
        ],
        "keep": ["7 h 30", "189 euros TVAC", "une 308 au lieu d'une 208", "77 140", "15 km", "21 %"],
    },
    # fr-CH: primary school
    {
        "locale": "fr-CH",
        "utterances": [
            "Pouvez-vous me décrire une journée à l'école ?",
            "Je commence à 8 h 10 avec ma classe de 7P, on est 21 élèves cette année, ce qui est beaucoup. L'établissement se trouve chemin des Alouettes 9, 1004 Lausanne, et comme le secrétariat ferme à seize heures, les parents m'écrivent souvent directement. Mon adresse professionnelle, c'est nathalie.rochat@ecoles-lausanne-ouest.ch, et je réponds en général le soir, entre le souper et les corrections.",
            "Et quand il y a une sortie de classe à organiser ?",
            "Pour les sorties, je loue un car chez un petit transporteur de la Broye. Le patron me donne toujours son natel, le 079 412 35 68, et on règle tout par téléphone. La dernière sortie au musée nous a coûté CHF 1 250 pour le car, qu'on a divisé entre trois classes. Le départ était à 8 h 45 et le retour à 16 h 30. On a aussi un élève qui habite route de la Gare 31, à Puidoux, et c'est moi qui fais le lien avec le taxi scolaire.",
            "Et le matériel informatique, ça fonctionne bien ?",
            "Pas vraiment. On a douze tablettes pour tout le collège, et la mise à jour iPadOS 17.4 a cassé l'application de lecture qu'on utilise avec les plus faibles. J'ai ouvert un ticket, le n° 48213, il y a trois semaines, et toujours rien. Du coup je photocopie, et on a un quota de 2 500 copies par trimestre, donc en décembre je suis toujours à sec.",
        ],
        "pii": [
            {"kind": "address", "value": "chemin des Alouettes 9, 1004 Lausanne"},
            {"kind": "email", "value": "nathalie.rochat@ecoles-lausanne-ouest.ch"},
            {"kind": "phone", "value": "079 412 35 68"},
            {"kind": "address", "value": "route de la Gare 31"},
        ],
        "keep": ["8 h 10", "21 élèves", "CHF 1 250", "16 h 30", "iPadOS 17.4", "n° 48213"],
    },
    # de-DE: haulage company dispatch
    {
        "locale": "de-DE",
        "utterances": [
            "Wie sieht bei Ihnen ein ganz normaler Arbeitstag in der Disposition aus?",
            "Ich fange um 6 Uhr an, weil die ersten Lkw um halb sieben vom Hof rollen. Wir sind eine kleine Spedition mit achtzehn Fahrzeugen, der Hof ist in der Kranstraße 27a, 50735 Köln, direkt am Rhein. Die Fahrer rufen mich auf dem Diensthandy an, den polnischen und tschechischen Kollegen gebe ich die Nummer immer als +49 (0)171 4839207, sonst kommen die nicht durch. Im Büro bin ich unter meiner Durchwahl 0221 4938-215 erreichbar, aber da bin ich eigentlich nie.",
            "Was passiert, wenn eine Lieferung hängen bleibt?",
            "Dann geht's los. Letzte Woche hatten wir eine Sendung mit der Auftragsnummer 2024-118734, die in Duisburg im Lager stehen geblieben ist, weil der Lieferschein gefehlt hat. Ich musste die Tour komplett umplanen. So eine Tour nach Stuttgart sind ungefähr 420 km, und allein die Maut kostet uns dann etwa 38,50 € pro Fahrt. Wenn der Fahrer dann noch in die Lenkzeitgrenze läuft, wird es richtig teuer.",
            "Und wie läuft die Kommunikation mit den Kunden?",
            "Fast alles per Mail. Die Kunden schreiben direkt an mich, j.krueger-dispo@spedition-haller.de, weil die allgemeine Adresse keiner liest. Unsere Telematik läuft auf Version 2.14.3 und zeigt mir, wo jeder Lkw gerade steht. Die Lenkzeiten sind in der Verordnung 561/2006 geregelt, neun Stunden am Tag, und das kontrolliert die Polizei an der Autobahn gern mal.",
        ],
        "pii": [
            {"kind": "address", "value": "Kranstraße 27a, 50735 Köln"},
            {"kind": "phone", "value": "+49 (0)171 4839207"},
            {"kind": "phone", "value": "0221 4938-215"},
            {"kind": "email", "value": "j.krueger-dispo@spedition-haller.de"},
        ],
        "keep": ["6 Uhr", "Auftragsnummer 2024-118734", "420 km", "38,50 €", "Version 2.14.3", "561/2006"],
    },
    # de-AT: veterinary practice
    {
        "locale": "de-AT",
        "utterances": [
            "Erzählen Sie mir bitte, wie ein typischer Tag in Ihrer Ordination abläuft.",
            "Also, wir haben vormittags von acht bis zwölf und dann am Nachmittag von 15 bis 19 Uhr Ordination, dazwischen fahre ich zu den Bauern. Die Ordination ist im Mühlgangweg 14/2, 8020 Graz, im Hochparterre, was praktisch ist, wenn jemand einen großen Hund nicht die Stiegen hinauftragen will. Termine gehen über die Ordinationsnummer, 0316 718 342, da hebt meistens unsere Assistentin ab, die Lisa.",
            "Wie sieht so ein Hausbesuch bei den Bauern aus?",
            "Gestern war ich zum Beispiel bei einem Milchbauern, Hofstätten 27, 8200 Gleisdorf. Der hat 42 Kühe, und eine davon hatte eine Labmagenverlagerung. Er hat mich um halb sieben in der Früh am Handy angerufen, 0664 381 27 90, da war ich noch beim Frühstück. So eine Operation im Stall dauert gut eineinhalb Stunden, und danach muss man noch zweimal nachschauen fahren, das sind jedes Mal rund vierzig Kilometer hin und zurück.",
            "Und wann machen Sie die Abrechnung?",
            "Am Wochenende, leider. Eine Rechnung für so einen Besuch liegt bei 180 bis 250 Euro, je nachdem, plus die Medikamente, und auf Tierarztleistungen sind 20 % Umsatzsteuer drauf. Die letzte war die Rechnungsnummer 2024/0893, die hat der Bauer sogar schon bezahlt, das ist selten. Unsere Praxissoftware ist uralt, Version 7.1, und die Übertragung an den Steuerberater funktioniert nur jeden zweiten Monat.",
        ],
        "pii": [
            {"kind": "address", "value": "Mühlgangweg 14/2, 8020 Graz"},
            {"kind": "phone", "value": "0316 718 342"},
            {"kind": "address", "value": "Hofstätten 27, 8200 Gleisdorf"},
            {"kind": "phone", "value": "0664 381 27 90"},
        ],
        "keep": [
            "15 bis 19 Uhr",
            "42 Kühe",
            "180 bis 250 Euro",
            "20 %",
            "Rechnungsnummer 2024/0893",
            "Version 7.1",
        ],
    },
    # de-CH: landscape gardening
    # lower case
    {
        "locale": "de-CH",
        "utterances": [
            "wie sieht bei ihnen ein normaler tag im gartenbau aus",
            "also wir fangen um 7 uhr im werkhof an der ist an der industriestrasse 8 in dietikon und dort laden wir das material auf meistens sind wir zu viert auf einer baustelle heute zum beispiel machen wir einen sitzplatz mit 45 quadratmetern granitplatten bei einer kundin und die ruft mich immer auf meinem natel an 079 318 24 56 weil sie genau wissen will wann wir kommen",
            "und wie machen sie die offerten",
            "die offerten schreibe ich am abend im büro so ein sitzplatz kostet mit allem etwa 18 500 franken und dazu kommt noch die mehrwertsteuer von 8.1 prozent die kunden schicken mir vorher fotos an r.baumann@baumann-gartenbau.ch und dann rechne ich aus wie viel kies wir brauchen für einen gartenweg sind das meistens so 12 tonnen",
            "und was machen sie wenn es den ganzen tag regnet",
            "dann arbeiten wir im werkhof an den maschinen oder ich mache besichtigungen bei neuen kunden letzte woche war ich bei einem ehepaar an der rebbergstrasse 22 8953 dietikon die wollen einen naturteich das gibt arbeit für etwa 3 wochen und wenn es klappt rufe ich noch den sanitär an der hat die nummer 044 741 58 20 und macht uns den wasseranschluss",
        ],
        "pii": [
            {"kind": "address", "value": "industriestrasse 8"},
            {"kind": "phone", "value": "079 318 24 56"},
            {"kind": "email", "value": "r.baumann@baumann-gartenbau.ch"},
            {"kind": "address", "value": "rebbergstrasse 22 8953 dietikon"},
            {"kind": "phone", "value": "044 741 58 20"},
        ],
        "keep": ["7 uhr", "45 quadratmetern", "18 500 franken", "8.1 prozent", "12 tonnen", "3 wochen"],
    },
    # es-ES: dental clinic
    {
        "locale": "es-ES",
        "utterances": [
            "¿Me cuentas cómo es un día normal en la clínica?",
            "Pues abrimos a las nueve, pero yo llego a las 8:30 para preparar los gabinetes y revisar la agenda. La clínica está en la C/ de los Tintoreros 23, 2º B, 46003 València, en un segundo sin ascensor, así que a los pacientes mayores les cuesta. Vemos unos 35 pacientes al día entre tres doctoras. El teléfono fijo es el 963 41 27 85, y por WhatsApp atendemos en el 612 48 93 07, que en realidad es mi móvil de trabajo.",
            "¿Qué es lo que más tiempo te quita?",
            "Los presupuestos y las financiaciones, sin duda. Un implante sale por unos 1.200 €, y mucha gente lo paga en doce meses sin intereses, así que tengo que rellenar los papeles de la financiera con cada uno. Luego están los pedidos de material al depósito dental; el último fue el pedido 30-4471 y tardaron 48 horas en llegar, cuando nos habían dicho que sería al día siguiente.",
            "¿Y con el laboratorio de prótesis cómo os coordináis?",
            "El laboratorio está en la Av. del Mestre Palau 58, bajo, a diez minutos andando, y muchas veces voy yo misma a recoger las coronas. Para todo lo demás, el técnico me escribe a marta.ferrer@clinicatintoreros.es y le mando las fotos y los registros. Una corona de zirconio nos cuesta unos 180 € en el laboratorio, y la cobramos bastante más, claro.",
        ],
        "pii": [
            {"kind": "address", "value": "C/ de los Tintoreros 23, 2º B, 46003 València"},
            {"kind": "phone", "value": "963 41 27 85"},
            {"kind": "phone", "value": "612 48 93 07"},
            {"kind": "address", "value": "Av. del Mestre Palau 58, bajo"},
            {"kind": "email", "value": "marta.ferrer@clinicatintoreros.es"},
        ],
        "keep": ["8:30", "35 pacientes", "1.200 €", "pedido 30-4471", "48 horas", "180 €"],
    },
    # es-MX: tortilla shop
    # lower case
    {
        "locale": "es-MX",
        "utterances": [
            "cuénteme cómo es un día normal en la tortillería",
            "pues yo me levanto a las 4 y media y a las 5 ya estoy prendiendo la máquina el local está en la calle tomás balcázar 1423 aquí en guadalajara entre dos escuelas así que en la mañana se llena hacemos como 180 kilos de masa al día y el kilo de tortilla lo damos a 24 pesos la mayoría de los pedidos llegan por whatsapp al 33 3615 2840 que es el número del negocio",
            "y cómo le hace con los proveedores",
            "el maíz me lo trae un señor de zapopan cada lunes son 2 toneladas y le pago como 13 mil 500 pesos por carga su celular es el 3312874093 y siempre contesta aunque vaya manejando como nosotros estamos en el código postal 44150 le queda de paso y no me cobra flete y lo bueno es que me da crédito de 15 días",
            "y los pedidos grandes para fiestas",
            "esos sí hay que apartarlos con 2 días de anticipación porque para una fiesta de 300 personas se van como 30 kilos de tortilla y a veces también piden totopos los restaurantes me piden factura entonces la saco en el portal del sat la última fue la factura con folio a 3391 y eso me quita tiempo en la noche cuando ya estoy cansada",
        ],
        "pii": [
            {"kind": "address", "value": "calle tomás balcázar 1423"},
            {"kind": "phone", "value": "33 3615 2840"},
            {"kind": "phone", "value": "3312874093"},
            {"kind": "postcode", "value": "44150"},
        ],
        "keep": ["180 kilos", "24 pesos", "13 mil 500 pesos", "15 días", "300 personas", "folio a 3391"],
    },
    # es-AR: accounting office
    {
        "locale": "es-AR",
        "utterances": [
            "¿Cómo es un día típico en el estudio?",
            "Arranco a las ocho, con un mate y la bandeja de entrada llena. El estudio está en Av. Gaspar Campos 2841, piso 5, oficina B, en Palermo, a dos cuadras del subte. Somos tres personas y tenemos unos 60 clientes, casi todos monotributistas. Los clientes me llaman al fijo del estudio, 11 4832-7165, pero los más ansiosos van directo a mi celular, que es el 11 15-6294-3380, y me mandan audios de cinco minutos.",
            "¿Qué es lo que más te consume en el mes?",
            "Los vencimientos. Este mes el monotributo vence el 20/06, y una categoría intermedia paga una cuota de $ 48.500 por mes, así que todos quieren saber si los recategorizo o no. Además cambió la normativa con la Resolución General 5286, y me pasé una semana entera leyendo letra chica para explicarles a los clientes qué tienen que hacer y qué no.",
            "¿Y cómo te mandan la documentación?",
            "Por mail, a lucia.barrenechea@estudiobarrenechea.com.ar, aunque les pido mil veces que pongan el mes en el asunto. Me mandan las facturas electrónicas, tipo C, con números como 0003-00001247, y yo las cargo una por una en la planilla. Los que tienen local me traen las cajas con papeles en mano, y ahí se me va una tarde entera.",
        ],
        "pii": [
            {"kind": "address", "value": "Av. Gaspar Campos 2841, piso 5, oficina B"},
            {"kind": "phone", "value": "11 4832-7165"},
            {"kind": "phone", "value": "11 15-6294-3380"},
            {"kind": "email", "value": "lucia.barrenechea@estudiobarrenechea.com.ar"},
        ],
        "keep": ["60 clientes", "20/06", "$ 48.500", "Resolución General 5286", "0003-00001247"],
    },
    # pt-PT: plumber
    {
        "locale": "pt-PT",
        "utterances": [
            "Como é um dia normal para si?",
            "Começo às 7h30 na loja, que fica na Rua Padre Luís Cabral 214, loja B, 4050-268 Porto, e carrego a carrinha com o material do dia. A maior parte dos clientes liga-me para o telemóvel, o 912 408 375, porque sabem que na loja ninguém atende antes das nove. Para os fornecedores e para as administrações de condomínio dou o número da loja, 22 608 41 73, que tem atendedor.",
            "E ontem, por exemplo, como foi?",
            "Ontem tive uma fuga de água num prédio antigo, na Travessa do Carregal 18, 3.º esq., e a senhora já tinha o teto da cozinha todo manchado. Tive de abrir a parede e trocar quase dois metros de tubo de 22 mm. O orçamento ficou em 340 €, mais IVA a 23 %, e mesmo assim ela achou caro, mas pronto, são três horas de trabalho e material.",
            "E a parte da faturação, como trata disso?",
            "Faço tudo à noite no programa de faturação. A última foi a fatura FT 2024/318, e como a senhora quis pagar por multibanco, mandei-lhe a referência: entidade 21312, referência 415 227 098, valor 418,20 €. Muitos clientes ainda pagam em dinheiro, e isso depois complica a contabilidade, porque tenho de ir ao banco depositar tudo às sextas.",
        ],
        "pii": [
            {"kind": "address", "value": "Rua Padre Luís Cabral 214, loja B, 4050-268 Porto"},
            {"kind": "phone", "value": "912 408 375"},
            {"kind": "phone", "value": "22 608 41 73"},
            {"kind": "address", "value": "Travessa do Carregal 18, 3.º esq."},
        ],
        "keep": ["7h30", "340 €", "23 %", "FT 2024/318", "entidade 21312", "415 227 098"],
    },
    # pt-BR: hair salon
    # lower case
    {
        "locale": "pt-BR",
        "utterances": [
            "me conta como é o seu dia no salão",
            "então eu abro o salão às 9 mas chego umas 8 e 20 pra arrumar tudo e ligar as máquinas o salão fica na rua professora almerinda prado 714 no térreo de um prédio comercial a gente atende umas 25 clientes por dia entre corte escova e unha e a maioria marca pelo whatsapp que é o 11 98734 2056 então eu passo o dia inteiro respondendo mensagem entre uma cliente e outra",
            "e como funciona a compra de produtos",
            "eu compro tudo numa distribuidora aqui perto o pedido mínimo é de 800 reais e a vendedora sempre me passa o fixo dela 11 3078 4419 porque o celular dela vive sem bateria como a gente tá no cep 04532-010 a entrega sai de graça e chega em 2 dias úteis o que ajuda bastante quando acaba a tinta no meio da semana",
            "e você também atende em casa",
            "atendo sim principalmente noiva semana passada eu fui numa cliente na alameda dos jacarandás 1502 apartamento 83 fazer cabelo e maquiagem pra ela e pra mãe uma progressiva custa 350 reais e eu parcelo em 3 vezes no cartão mas tudo com nota a última foi a nota número 004 218 porque a contadora me cobra se eu esqueço",
        ],
        "pii": [
            {"kind": "address", "value": "rua professora almerinda prado 714"},
            {"kind": "phone", "value": "11 98734 2056"},
            {"kind": "phone", "value": "11 3078 4419"},
            {"kind": "postcode", "value": "04532-010"},
            {"kind": "address", "value": "alameda dos jacarandás 1502 apartamento 83"},
        ],
        "keep": ["8 e 20", "25 clientes", "800 reais", "350 reais", "3 vezes", "004 218"],
    },
    # it-IT: hardware shop
    {
        "locale": "it-IT",
        "utterances": [
            "Mi racconta una giornata tipo in negozio?",
            "Apro alle otto e mezza, ma sono lì già dalle 7:45 per scaricare la merce che arriva dal grossista. Il negozio è in via dei Cordai 38/A, 20135 Milano, una ferramenta di quartiere che era di mio padre. I clienti mi chiamano al fisso, 02 8734 5612, oppure, quelli più affezionati, direttamente sul cellulare, 347 218 6093, anche la domenica, se gli si rompe un rubinetto.",
            "Fate anche consegne?",
            "Sì, entro una decina di chilometri, gratis sopra i 150 euro. Ieri per esempio ho portato un trapano Bosch GSB 18V-55 e due scatole di tasselli a un idraulico in viale dei Mughetti 12, scala C, interno 4, perché lui era bloccato in un cantiere. Sui prezzi metto l'IVA al 22%, e ai professionisti faccio lo sconto del dieci per cento, altrimenti vanno tutti al centro commerciale.",
            "E gli ordini ai fornitori come li gestisce?",
            "Per e-mail, quasi sempre. Il rappresentante mi scrive a g.colombo.ferramenta@libero.it, e io gli rispondo con l'elenco, tipo l'ordine n. 4471/B della settimana scorsa, che conteneva anche i cartelli di sicurezza previsti dal D.Lgs. 81/2008 per i cantieri. Di solito la consegna arriva in tre o quattro giorni lavorativi, ma ad agosto scordatelo.",
        ],
        "pii": [
            {"kind": "address", "value": "via dei Cordai 38/A, 20135 Milano"},
            {"kind": "phone", "value": "02 8734 5612"},
            {"kind": "phone", "value": "347 218 6093"},
            {"kind": "address", "value": "viale dei Mughetti 12, scala C, interno 4"},
            {"kind": "email", "value": "g.colombo.ferramenta@libero.it"},
        ],
        "keep": ["7:45", "150 euro", "GSB 18V-55", "22%", "ordine n. 4471/B", "D.Lgs. 81/2008"],
    },
    # nl-NL: GP practice
    {
        "locale": "nl-NL",
        "utterances": [
            "Hoe ziet een gewone dag eruit voor jou als doktersassistente?",
            "Om 7.45 uur ben ik binnen, en om acht uur gaat de telefoonlijn open en dan staat hij meteen roodgloeiend. De praktijk zit aan de Lijsterbeslaan 41A, 3521 KX Utrecht, op de begane grond, en voor spoed hebben we een aparte lijn, 030 271 44 68, die alleen ik en de huisarts opnemen. Zelf woon ik in 3572 BT, dus ik fiets elke ochtend een kwartiertje door het park, en dat is eigenlijk mijn enige rustige moment.",
            "Wat doe je allemaal tussen de telefoontjes door?",
            "Bloedprikken, uitstrijkjes, wratten aanstippen, oren uitspuiten, van alles. We zien met z'n drieën zo'n 40 patiënten per dag. Mensen vragen vaak of iets onder het eigen risico van € 385 valt, en dat moet ik dan uitleggen. Het systeem is net geüpdatet naar versie 10.3 en sindsdien loopt de agenda steeds vast. Materiaal bestel ik bij de groothandel, het laatste was bestelnummer 2024-0611.",
            "En wat als de huisarts er niet is?",
            "Dan bel ik haar op haar mobiel, +31 (0)6 41 83 92 07, want ze zit in het weekend vaak in Duitsland bij haar ouders. Dringende uitslagen en verwijsbrieven zet ik in de beveiligde omgeving en ik stuur haar een kort bericht op s.van.dijk@huisartsenlijsterbes.nl dat er iets klaarstaat, en dat leest ze meestal binnen een uur.",
        ],
        "pii": [
            {"kind": "address", "value": "Lijsterbeslaan 41A, 3521 KX Utrecht"},
            {"kind": "phone", "value": "030 271 44 68"},
            {"kind": "postcode", "value": "3572 BT"},
            {"kind": "phone", "value": "+31 (0)6 41 83 92 07"},
            {"kind": "email", "value": "s.van.dijk@huisartsenlijsterbes.nl"},
        ],
        "keep": ["7.45 uur", "40 patiënten", "€ 385", "versie 10.3", "bestelnummer 2024-0611"],
    },
    # nl-BE: microbrewery
    {
        "locale": "nl-BE",
        "utterances": [
            "Hoe ziet een werkdag er bij jullie in de brouwerij uit?",
            "Ik begin om half zeven met brouwen, want één brouwsel duurt al snel negen uur, met het spoelen erbij. We zitten in de Mouterijstraat 118, 9000 Gent, in een oude garage die we zelf verbouwd hebben. Per keer brouwen we 1 200 liter, een blond van 6,5 % en af en toe een tripel. De rest van de dag gaat op aan bottelen, etiketten kleven en cafés bellen.",
            "Hoe verloopt de verkoop aan die cafés?",
            "De cafébazen bellen me gewoon op mijn gsm, 0486 27 53 18, meestal op zondagavond als hun voorraad op is. Een vat van twintig liter kost 96 euro exclusief btw, en we leveren zelf tot een kilometer of veertig rond Gent. Gisteren nog naar een café in de Stationsstraat 7 bus 2, in Lokeren, waar ze de kelder alleen via een trap met een bocht bereiken, dus dat is sjouwen.",
            "En de communicatie met klanten buiten de telefoon?",
            "Bestellingen en facturen lopen via pieter-jan.desmet@brouwerijmouterij.be, en ik zet altijd het lotnummer erbij, bijvoorbeeld lotnummer B24-117, want als er ooit iets mis is met een batch moet ik dat kunnen terugvinden. Op zaterdag is de brouwerij open voor bezoekers, tussen 9 en 17 uur, en dan sta ik zelf achter de toog.",
        ],
        "pii": [
            {"kind": "address", "value": "Mouterijstraat 118, 9000 Gent"},
            {"kind": "phone", "value": "0486 27 53 18"},
            {"kind": "address", "value": "Stationsstraat 7 bus 2"},
            {"kind": "email", "value": "pieter-jan.desmet@brouwerijmouterij.be"},
        ],
        "keep": ["1 200 liter", "6,5 %", "96 euro", "lotnummer B24-117", "tussen 9 en 17 uur"],
    },
    # pl-PL: bakery
    # lower case
    {
        "locale": "pl-PL",
        "utterances": [
            "jak wygląda pani typowy dzień w piekarni",
            "zaczynam o 3 w nocy bo pierwsze pieczywo musi być gotowe na 6 kiedy przychodzą pierwsi klienci piekarnia jest przy ulicy bartniczej 14 lokal 2 na parterze starej kamienicy pieczemy około 1500 bułek dziennie i do tego chleby na zakwasie sklepy i restauracje dzwonią z zamówieniami na stacjonarny +48 12 421 76 30 a po południu odbiera to już moja córka",
            "a jak wyglądają dostawy do sklepów",
            "mamy 2 samochody dostawcze i dwóch kierowców jeden z nich pan marek ma służbowy telefon 601 734 218 i to do niego dzwonią sklepy jak chleb nie dojechał jeździmy w promieniu 25 km od piekarni a nasz kod pocztowy to 31-042 więc do centrum mamy blisko ale na wieś to już cała wyprawa",
            "a sprawy papierowe kiedy pani to robi",
            "faktury robię wieczorem w programie ostatnia miała numer 118/05/2024 dla jednej restauracji na kazimierzu chleb mamy po 8 zł 50 gr za bochenek a vat na pieczywo to 5 procent więc rachunki są proste ale i tak schodzi mi na to godzina dziennie a w soboty jeszcze dłużej",
        ],
        "pii": [
            {"kind": "address", "value": "ulicy bartniczej 14 lokal 2"},
            {"kind": "phone", "value": "+48 12 421 76 30"},
            {"kind": "phone", "value": "601 734 218"},
            {"kind": "postcode", "value": "31-042"},
        ],
        "keep": ["1500 bułek", "25 km", "118/05/2024", "8 zł 50 gr", "5 procent"],
    },
    # cs-CZ: building contractor
    {
        "locale": "cs-CZ",
        "utterances": [
            "Jak vypadá váš běžný den na stavbě?",
            "Na stavbě jsem každý den v 6:30, ještě než přijedou řemeslníci. Teď děláme rekonstrukci rodinného domu na adrese Jabloňová 1184/12, 615 00 Brno, kompletně nové podlahy, střecha a zateplení. Majitelka mi volá skoro každý den na mobil, 602318447, a chce vědět, jak to jde. Do základové desky jsme minulý týden lili beton C25/30, přijely tři mixy a všechno se stihlo do oběda.",
            "A co kancelář a objednávání materiálu?",
            "Kancelář máme v Zelné 7a, v prvním patře nad pekárnou, a tam dělám odpoledne papíry. Materiál objednávám přes e-mail, dodavatelé píšou na k.novotna@stavby-novotny.cz, to je moje adresa, i když firma je manželova. Minulý měsíc jsme za izolace zaplatili přes 12 500 Kč jen za dopravu, a to ještě bez DPH 21 %, takže teď objednávám všechno najednou.",
            "Na co si musíte dávat největší pozor?",
            "Na normy a na revize. U zateplení se všechno řídí normou ČSN 73 0540, a když tam technický dozor najde chybu, musíme to předělat na vlastní náklady. Taky hlídám počasí, protože pod pět stupňů se nesmí betonovat bez přísad. A pak termíny, smlouva nám dává čtrnáct týdnů a pokuta je tisíc korun za každý den zpoždění.",
        ],
        "pii": [
            {"kind": "address", "value": "Jabloňová 1184/12, 615 00 Brno"},
            {"kind": "phone", "value": "602318447"},
            {"kind": "address", "value": "Zelné 7a"},
            {"kind": "email", "value": "k.novotna@stavby-novotny.cz"},
        ],
        "keep": ["6:30", "C25/30", "12 500 Kč", "21 %", "ČSN 73 0540"],
    },
    # sv-SE: home care service
    {
        "locale": "sv-SE",
        "utterances": [
            "Kan du berätta hur en vanlig dag ser ut för dig i hemtjänsten?",
            "Jag börjar 07.00 på kontoret, som ligger på Slånbärsgatan 14B, 416 74 Göteborg, och där hämtar jag nycklar och kollar dagens lista i appen. Vi är elva undersköterskor i gruppen och har ungefär 38 brukare, så det blir många korta besök. Första besöket är oftast en dam som behöver hjälp med medicinen, och sen fortsätter det så fram till lunch.",
            "Hur håller ni kontakt med anhöriga?",
            "De ringer mig direkt på jobbmobilen, 070-412 88 31, och om jag inte svarar kan de ringa gruppledaren på 031-711 23 45, hon sitter på kontoret hela dagen. Ibland mejlar de också, min adress är anna punkt berg snabel-a omsorgsbolaget punkt se, men jag säger alltid att de ska ringa om det är bråttom, för mejlen hinner jag bara läsa efter passet.",
            "Vad är svårast med jobbet?",
            "Tiden. Vi har en fikapaus inlagd kl. 14.30 men den blir nästan aldrig av. Appen uppdaterades till version 4.7 och nu tar det längre tid att kvittera besöken. Och biståndet beviljas enligt 4 kap. 1 § socialtjänstlagen, så om en brukare behöver mer hjälp måste handläggaren fatta ett nytt beslut först, och det kan ta veckor.",
        ],
        "pii": [
            {"kind": "address", "value": "Slånbärsgatan 14B, 416 74 Göteborg"},
            {"kind": "phone", "value": "070-412 88 31"},
            {"kind": "phone", "value": "031-711 23 45"},
            {"kind": "email", "value": "anna punkt berg snabel-a omsorgsbolaget punkt se"},
        ],
        "keep": ["07.00", "38 brukare", "14.30", "version 4.7", "4 kap. 1 §"],
    },
    # da-DK: carpenter
    {
        "locale": "da-DK",
        "utterances": [
            "Hvordan ser en typisk dag ud for dig som tømrer?",
            "Jeg møder kl. 7 ude hos kunden, og lige nu er vi på en tagudskiftning på Skovsnerlevej 23, 8210 Aarhus V. Det er et parcelhus fra halvfjerdserne med cirka 180 m² tag, så vi er tre mand på det i to uger. Kunden ringer til mig på 28 41 67 93 næsten hver dag, fordi hun er bekymret for regnen, og det forstår jeg godt, når halvdelen af taget er åbent.",
            "Hvordan får du fat i materialerne?",
            "Jeg bestiller hos trælasten om morgenen, og så bliver det leveret ved 10.15-tiden direkte på pladsen. Den sidste ordre havde nummer 5512 3380, og der manglede selvfølgelig halvdelen af lægterne, 4,8 m lange, så jeg måtte selv køre ud efter dem. Resten af materialet, skruer og beslag, har jeg på værkstedet på Industrivej 9 i Hinnerup, hvor vi også skærer spær til.",
            "Og papirarbejdet?",
            "Det tager jeg om aftenen. Tilbud og fakturaer sender jeg fra mikkel.holm.toemrer@mail.dk, og kunderne skal lægge 25 % moms oveni, hvilket nogle altid glemmer. Så er der håndværkerfradraget, som folk spørger meget til, og det skal jeg forklare igen og igen. Det er nok den del af jobbet, jeg bryder mig mindst om.",
        ],
        "pii": [
            {"kind": "address", "value": "Skovsnerlevej 23, 8210 Aarhus V"},
            {"kind": "phone", "value": "28 41 67 93"},
            {"kind": "address", "value": "Industrivej 9"},
            {"kind": "email", "value": "mikkel.holm.toemrer@mail.dk"},
        ],
        "keep": ["kl. 7", "180 m²", "10.15", "5512 3380", "4,8 m", "25 % moms"],
    },
    # nb-NO: boat repair workshop
    {
        "locale": "nb-NO",
        "utterances": [
            "Kan du fortelle litt om hvordan en vanlig dag på verkstedet ser ut?",
            "Jeg låser opp klokka 07.30, og det første jeg gjør er å gå en runde og sjekke båtene som står på land. Verkstedet ligger i Naustveien 14, nede ved vannet, så vi kan sjøsette rett fra slippen. Vi har postnummer 5179, men kundene finner oss best hvis de bare kjører mot småbåthavna. Kundene ringer meg på mobilen, 928 41 306, og det gjør de gjerne før jeg har fått av meg jakka.",
            "Hva slags jobber har dere mest av?",
            "Motorservice, helt klart. I dag har jeg en Yamaha F150 inne til service, og den har gått nesten 900 timer, så det er på tide. Timeprisen vår er 1 150 kroner, og folk blir alltid litt overrasket når regningen kommer. Etterpå skal jeg prøvekjøre en båt som skal klare 25 knop, men som ikke kommer over atten med den gamle propellen.",
            "Har dere mange kunder utenfra?",
            "Ganske mange tyskere om sommeren, de leier hytte og båt her ute. De ringer på verkstedtelefonen, +47 55 31 82 40, og snakker ofte tysk, så da svarer kona mi. Hver jobb får et nummer i systemet, den tyske båten nå er arbeidsordre 40718, og da kan de ringe og spørre om status uten at jeg må lete gjennom alle papirene.",
        ],
        "pii": [
            {"kind": "address", "value": "Naustveien 14"},
            {"kind": "postcode", "value": "5179"},
            {"kind": "phone", "value": "928 41 306"},
            {"kind": "phone", "value": "+47 55 31 82 40"},
        ],
        "keep": ["07.30", "Yamaha F150", "1 150 kroner", "25 knop", "arbeidsordre 40718"],
    },
    # fi-FI: flower shop
    # lower case
    {
        "locale": "fi-FI",
        "utterances": [
            "kertoisitko millainen tavallinen päivä kukkakaupassa on",
            "no aamulla olen kaupalla jo 6.30 koska tukusta tulee kukat tiistaisin ja perjantaisin ja niitä on yleensä noin 40 laatikkoa kauppa on osoitteessa pellavakatu 12 ihan rautatieaseman lähellä asiakkaat soittavat tilauksia numeroon 040 718 2245 ja se on oikeastaan minun oma kännykkä joten puhelin soi koko päivän",
            "entä hääkukat ja hautajaiset miten ne tilataan",
            "ne tilataan yleensä sähköpostilla ja osoite on miisa piste koskinen ät kukkapuoti piste fi sinne ihmiset lähettävät kuvia ja toiveita morsiuskimppu maksaa meillä noin 180 euroa ja siihen sisältyy arvonlisävero 25,5 prosenttia hautajaisiin teemme arkkulaitteita ja ne pitää tilata viimeistään kaksi päivää ennen",
            "toimitatteko kukkia myös koteihin",
            "toimitamme kyllä kotiinkuljetus maksaa 15 euroa 10 kilometrin säteellä eilen esimerkiksi vein syntymäpäiväkimpun osoitteeseen kuusikuja 4 b 12 ja siellä ei ollut hissiä joten kannoin ison kimpun neljänteen kerrokseen vastaanottaja oli 90 vuotta täyttävä rouva ja hän oli niin iloinen että melkein itki",
        ],
        "pii": [
            {"kind": "address", "value": "pellavakatu 12"},
            {"kind": "phone", "value": "040 718 2245"},
            {"kind": "email", "value": "miisa piste koskinen ät kukkapuoti piste fi"},
            {"kind": "address", "value": "kuusikuja 4 b 12"},
        ],
        "keep": ["6.30", "40 laatikkoa", "180 euroa", "25,5 prosenttia", "10 kilometrin", "90 vuotta"],
    },
    # tr-TR: textile workshop
    {
        "locale": "tr-TR",
        "utterances": [
            "Atölyede tipik bir gününüz nasıl geçiyor?",
            "Sabah sekizde atölyeyi açıyorum, çaylar demleniyor, sonra kesimhaneye iniyorum. Atölye Güngören'de, Yıldız Çiçeği Sok. No: 14 Kat: 3 adresinde, binanın asansörü çoğu zaman bozuk. Yirmi makinemiz var ve günde ortalama 600 tişört çıkarıyoruz. Posta kodumuz 34173, kargocular hep bunu soruyor. İşçiler de müşteriler de beni cepten arıyor, 0532 418 27 63, çünkü atölyenin sabit hattını kimse açmıyor.",
            "Müşterilerle nasıl çalışıyorsunuz?",
            "Çoğunlukla Almanya'daki markalara fason üretim yapıyoruz. Şu an elimizde sipariş no 24-0817 var, 2.000 adet kapüşonlu, adet başı 3,75 euro. Kumaşı Bursa'daki bir tedarikçiden alıyorum, sahibi Mehmet Bey'in sabit hattı (0224) 345 12 78, ona sabah erken ulaşmak lazım, öğleden sonra hep dışarıda oluyor. Yurt içi satışlarda KDV %10, ama ihracatta KDV yok.",
            "Peki yurt içine de satış yapıyor musunuz?",
            "Az da olsa yapıyoruz. Ankara'da bir butik var, her ay koli gönderiyoruz, adresleri Lale Cad. No: 52/A, 06690 Çankaya/Ankara. Kargo firmasının sistemine bu adresi her seferinde yeniden yazıyorum, çünkü program kaydetmiyor. Bir koli ortalama on sekiz kilo geliyor ve kargo ücreti 240 lira civarında, onu da butik ödüyor.",
        ],
        "pii": [
            {"kind": "address", "value": "Yıldız Çiçeği Sok. No: 14 Kat: 3"},
            {"kind": "postcode", "value": "34173"},
            {"kind": "phone", "value": "0532 418 27 63"},
            {"kind": "phone", "value": "(0224) 345 12 78"},
            {"kind": "address", "value": "Lale Cad. No: 52/A, 06690 Çankaya/Ankara"},
        ],
        "keep": ["600 tişört", "sipariş no 24-0817", "2.000 adet", "3,75 euro", "%10", "240 lira"],
    },
    # ro-RO: guesthouse
    {
        "locale": "ro-RO",
        "utterances": [
            "Cum arată o zi obișnuită la pensiune?",
            "Mă trezesc la șase și pregătesc micul dejun pentru oaspeți, avem 9 camere și de obicei vara sunt toate ocupate. Pensiunea e pe Str. Cireșilor nr. 27, 500152 Brașov, la zece minute de centrul vechi. Check-in-ul e de la 14:00, dar mulți ajung mai devreme și mă sună pe mobil, la 0744.318.522, ca să întrebe dacă își pot lăsa bagajele. Eu le zic mereu că da, sigur.",
            "Cum vă vin rezervările?",
            "Cam jumătate vin prin platforme, restul direct. Turiștii străini sună la fix, +40 268 415 097, și dacă nu răspund intră robotul. O cameră dublă e 320 de lei pe noapte cu micul dejun inclus, iar la cazare e TVA de 9%, deci nu pot să cobor prea mult prețul. Cei care vor factură pe firmă îmi scriu la ioana.dumitrescu@pensiuneacirese.ro și le trimit totul în aceeași zi.",
            "Și cum ajung oaspeții până la voi?",
            "Cei care vin cu avionul aterizează de obicei la aeroportul din Ghimbav, mulți cu zborul RO 7631, apoi iau autobuzul 20 până aproape de noi, stația e la două sute de metri. Cu furnizorii e mai complicat: ultima factură de la spălătorie, seria BV nr. 00418, a venit cu o greșeală, așa că am pierdut o dimineață întreagă la telefon cu ei.",
        ],
        "pii": [
            {"kind": "address", "value": "Str. Cireșilor nr. 27, 500152 Brașov"},
            {"kind": "phone", "value": "0744.318.522"},
            {"kind": "phone", "value": "+40 268 415 097"},
            {"kind": "email", "value": "ioana.dumitrescu@pensiuneacirese.ro"},
        ],
        "keep": ["9 camere", "14:00", "320 de lei", "9%", "zborul RO 7631", "seria BV nr. 00418"],
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
    """Raise ValueError listing every structural problem in EXCERPTS_A."""
    problems: list[str] = []
    seen_locales: set[str] = set()
    for index, excerpt in enumerate(EXCERPTS_A):
        label = f"excerpt {index} ({excerpt['locale']})"
        if excerpt["locale"] in seen_locales:
            problems.append(f"{label}: duplicate locale")
        seen_locales.add(excerpt["locale"])
        utterances = excerpt["utterances"]
        if not 4 <= len(utterances) <= 8:
            problems.append(f"{label}: {len(utterances)} utterances, expected 4-8")
        if not 3 <= len(excerpt["pii"]) <= 6:
            problems.append(f"{label}: {len(excerpt['pii'])} pii items, expected 3-6")
        if not 3 <= len(excerpt["keep"]) <= 6:
            problems.append(f"{label}: {len(excerpt['keep'])} keep items, expected 3-6")
        text = "\n".join(utterances)
        for item in excerpt["pii"]:
            if item["kind"] not in _KINDS:
                problems.append(f"{label}: invalid kind {item['kind']!r} for {item['value']!r}")
            if not item["value"]:
                problems.append(f"{label}: empty pii value")
            elif not any(item["value"] in utterance for utterance in utterances):
                problems.append(f"{label}: pii value {item['value']!r} not found in any utterance")
        for term in excerpt["keep"]:
            if not term:
                problems.append(f"{label}: empty keep term")
                continue
            if term not in text:
                problems.append(f"{label}: keep term {term!r} not found")
            for item in excerpt["pii"]:
                value = item["value"]
                if not value:
                    continue
                if term in value or value in term:
                    problems.append(
                        f"{label}: keep term {term!r} and pii value {value!r} contain one another"
                    )
                    continue
                for k_start, k_end in _spans(text, term):
                    if any(k_start < p_end and p_start < k_end for p_start, p_end in _spans(text, value)):
                        problems.append(
                            f"{label}: keep term {term!r} overlaps pii value {value!r} in the text"
                        )
                        break
    if problems:
        raise ValueError("pii_shapes_a: " + str(len(problems)) + " problem(s):\n" + "\n".join(problems))


check()
