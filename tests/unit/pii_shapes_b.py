"""Held-out test set B: shaped personal data in interview transcripts.

Written blind on 2026-12-03, without reading the detector, its tests or
its documentation.  Each excerpt is a short "day in the life" exchange
from a customer-research interview: interviewer and participant turns
alternate (no speaker labels), the participant answers at length, and
phone numbers, e-mail addresses, street addresses and postcodes come up
the way people actually say them, in the conventions of each country.

Locales (one excerpt each, each at a different workplace): en-US, en-CA,
en-NZ, en-ZA, en-IN, en-GB, fr-FR, fr-CA, fr-LU, de-DE, de-CH, es-ES,
es-CO, es-CL, pt-BR, pt-PT, it-IT, it-CH, nl-NL, pl-PL, sk-SK, hr-HR,
sl-SI, sv-SE, fi-FI, id-ID.

Conventions:

* ``pii`` lists the personal data to be pseudonymised.  ``kind`` is one
  of "phone", "email", "address" or "postcode"; ``value`` is an exact
  substring of one utterance.  An address value runs from the street (or
  building / plot / unit designation) to the town or postcode when those
  are said with it; a postcode value is a postcode said without a street
  (with the town name when it is said together with it).  Spoken e-mail
  addresses ("... dot ... at ...") are labelled as written.
* ``keep`` lists numbers and codes that are not personal data and must
  survive unchanged: prices, amounts, percentages, dates, times,
  quantities, measurements, versions, order / invoice / lot / ticket
  numbers, model codes, standards, route and flight numbers.  No keep
  term overlaps a pii value.
* Excerpts marked ``# lower case`` imitate raw speech recognition output:
  all lower case, no punctuation except what the numbers and e-mail
  addresses themselves contain, numbers as digits.
* All names, streets, numbers and domains are invented; phone numbers
  have the right length and grouping for their country and postcodes
  the right format, but none is meant to be a real, known one.
"""

from __future__ import annotations

from typing import TypedDict


class ShapeItem(TypedDict):
    kind: str  # "phone" | "email" | "address" | "postcode"
    value: str  # exact substring of one utterance


class ShapeExcerpt(TypedDict):
    locale: str  # e.g. "de-DE", "pt-PT", "en-CA"
    utterances: list[str]  # 4-8 turns, interviewer and participant alternating
    pii: list[ShapeItem]
    keep: list[str]  # exact substrings that are not personal data and must survive


EXCERPTS_B: list[ShapeExcerpt] = [
    {
        "locale": "en-US",
        "utterances": [
            ("Thanks for making time today. Could you walk me through a normal morning at the bakery?"),
            (
                "Sure. I get in around 4:30 a.m., fire up the deck ovens and start "
                "shaping the sourdough. We bake roughly 1,200 loaves a week out of the "
                "main shop at 2218 Maple Ridge Rd, Columbus, OH 43215, and by seven I'm "
                "loading the van for the wholesale run. The first drop is a café at 77 "
                "Linden Ave, Suite 4B, Worthington, and they always want the bread before "
                "they open, so timing is everything. If traffic is bad, the whole morning "
                "slides."
            ),
            "How do customers and wholesale accounts usually reach you?",
            (
                "Mostly by phone. The shop line is (614) 555-0187, and that goes to "
                "whoever is on the counter. The problem is regulars have my cell too, "
                "614-555-0142, so I get texts at nine at night asking for an extra dozen "
                "croissants. For anything formal we ask them to email, and my address is "
                "jenna.kowalski@maplecrumbbakery.com. Last week a café sent Order #48213 "
                "to my personal inbox by mistake and it just sat there, which meant a "
                "$2,480.50 invoice got paid late."
            ),
            "What part of that would you change first?",
            (
                "Honestly, one inbox for everything. Flour went up 12% since March, so I "
                "can't afford to lose track of a single order. If every request landed in "
                "one place with the order number and the delivery window, say 6:00 to "
                "6:45, I'd stop checking three different apps before the sun is even up."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "2218 Maple Ridge Rd, Columbus, OH 43215"},
            {"kind": "address", "value": "77 Linden Ave, Suite 4B, Worthington"},
            {"kind": "phone", "value": "(614) 555-0187"},
            {"kind": "phone", "value": "614-555-0142"},
            {"kind": "email", "value": "jenna.kowalski@maplecrumbbakery.com"},
        ],
        "keep": [
            "4:30 a.m.",
            "1,200 loaves",
            "Order #48213",
            "$2,480.50",
            "12%",
            "6:00 to 6:45",
        ],
    },
    {
        "locale": "en-CA",
        "utterances": [
            "Tell me about a typical day at the clinic.",
            (
                "We open at eight, but the phones start well before that. I'm the "
                "practice manager, so I'm juggling appointments, two vets and whatever "
                "walks in the door. The clinic is at 5521 Quinpool Rd, Halifax, NS B3L "
                "1H2, right across from the pharmacy, and we see maybe forty animals on a "
                "busy day. A lot of our clients are farmers from out past Windsor, postal "
                "code B0N 2T0 mostly, so they call ahead and we book a longer slot. The "
                "emergency hospital we refer to is open 24/7."
            ),
            "So how do people actually get hold of you?",
            (
                "The main number is 902-555-0163 ext. 214 if they want me directly, "
                "otherwise it rings the front desk. Dr. Leblanc prefers email for lab "
                "results, she's amy.leblanc@harbourvetclinic.ca, and she phones people "
                "back from her cell, 902-555-0198, when it's urgent. Last spring the "
                "rabies vaccine from lot 7745-22 got recalled, and we had to contact 160 "
                "clients in two days, which I still have nightmares about."
            ),
            "What did that recall week look like for you?",
            (
                "Chaos, honestly. We reprinted every certificate, and each booster visit "
                "would normally be $89.99 plus tax, which we waived. I kept a spreadsheet "
                "with a column for every dog over 25 kg because the dosage sheet changed "
                "halfway through. By Friday I'd made something like three hundred calls "
                "and my voice was gone."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "5521 Quinpool Rd, Halifax, NS B3L 1H2"},
            {"kind": "postcode", "value": "B0N 2T0"},
            {"kind": "phone", "value": "902-555-0163 ext. 214"},
            {"kind": "email", "value": "amy.leblanc@harbourvetclinic.ca"},
            {"kind": "phone", "value": "902-555-0198"},
        ],
        "keep": [
            "24/7",
            "lot 7745-22",
            "160 clients",
            "$89.99",
            "25 kg",
        ],
    },
    # lower case
    {
        "locale": "en-NZ",
        "utterances": [
            "so what does a normal day look like for you out at the vineyard",
            (
                "it really depends on the season but right now in april we are flat out "
                "with harvest so i am up at 5am checking sugar levels with the winemaker "
                "we are at 186 kowhai valley road renwick 7204 about twenty minutes out "
                "of blenheim and we had 38 tonnes come in last week alone the pickers "
                "park down by the woolshed and the trucks come in the back gate off state "
                "highway 63 which always makes the neighbours grumpy"
            ),
            "and how do contractors and buyers get hold of you",
            (
                "the cellar door landline is 03 578 2419 and thats usually me or jess on "
                "the counter my mobile is 021 456 8830 but reception is patchy down in "
                "the bottom block so half the time it goes straight to voicemail the "
                "distributors in australia email cellar@kowhaivalleywines.co.nz for "
                "samples and we send those from the contract bottling crew at 27 karaka "
                "place riverlands blenheim 7274 because they have the proper packaging"
            ),
            "what happens once the fruit is in",
            (
                "then its mostly paperwork every bin gets a lot code like kv25 sb 014 and "
                "the sauvignon goes into the big tanks we bottled 2400 cases of the 2024 "
                "vintage and an export order runs about 18000 dollars each so i double "
                "check the invoices at night after the kids are in bed because one wrong "
                "digit and customs holds the whole container"
            ),
        ],
        "pii": [
            {"kind": "address", "value": "186 kowhai valley road renwick 7204"},
            {"kind": "phone", "value": "03 578 2419"},
            {"kind": "phone", "value": "021 456 8830"},
            {"kind": "email", "value": "cellar@kowhaivalleywines.co.nz"},
            {"kind": "address", "value": "27 karaka place riverlands blenheim 7274"},
        ],
        "keep": [
            "5am",
            "38 tonnes",
            "state highway 63",
            "kv25 sb 014",
            "2400 cases",
            "18000 dollars",
        ],
    },
    {
        "locale": "en-ZA",
        "utterances": [
            "Can you describe a normal shift at the warehouse?",
            (
                "I'm the dispatch supervisor, so I start at 06:00 with the night shift "
                "handover. We're at 14 Kruger Street, Unit 6, Germiston, 1401, close to "
                "the highway on-ramp, and most days we move about 4 000 cartons. The big "
                "retail client wants everything on the trucks by ten, and our second "
                "depot at 3 Bosbok Road, Isando, 1600 takes the overflow. When "
                "loadshedding hits we run the generator, which eats diesel like crazy, "
                "roughly R12 500 a week in winter."
            ),
            "How do drivers and clients contact you during the day?",
            (
                "The office line is 011 482 3917, but honestly the drivers WhatsApp me on "
                "082 614 7730 because they know I'll answer. A lot of our deliveries go "
                "to spaza shops around Tembisa, 1632, and those drivers know the streets "
                "better than any GPS. For proofs of delivery the clients email me at "
                "thabo.nkosi@fastlinelogistics.co.za, and I match each one against the "
                "waybill, like WB-77120 this morning, which went missing for three hours."
            ),
            "What tends to go wrong?",
            (
                "Paperwork, mostly. A full pallet weighs up to 1 200 kg, and if the scale "
                "ticket doesn't match the invoice the client deducts it. VAT is 15% and "
                "some invoices still get captured without it. Last month we had a dispute "
                "over R48 750 that took two weeks to sort out, and I spent most evenings "
                "going through delivery notes."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "14 Kruger Street, Unit 6, Germiston, 1401"},
            {"kind": "address", "value": "3 Bosbok Road, Isando, 1600"},
            {"kind": "phone", "value": "011 482 3917"},
            {"kind": "phone", "value": "082 614 7730"},
            {"kind": "postcode", "value": "1632"},
            {"kind": "email", "value": "thabo.nkosi@fastlinelogistics.co.za"},
        ],
        "keep": [
            "06:00",
            "4 000 cartons",
            "R12 500",
            "WB-77120",
            "1 200 kg",
            "R48 750",
        ],
    },
    {
        "locale": "en-IN",
        "utterances": [
            "What does a normal day in IT support look like for you?",
            (
                "I reach office by 9:30, and the first hour is just clearing the "
                "overnight queue. Our team sits at No. 42, 3rd Cross, 5th Main, "
                "Indiranagar, Bengaluru 560038, but half the users are at the Electronic "
                "City site, PIN 560100, so I go there on Tuesdays. Yesterday alone we had "
                "63 tickets, mostly VPN issues after the client pushed version 3.2.1 of "
                "their agent. Priority ones like INC0048812 have a four-hour SLA, so I "
                "keep my phone with me even at lunch."
            ),
            "And how do users reach you when something breaks?",
            (
                "Officially through the portal, but everybody has my mobile, 98861 40327, "
                "so they just call. The desk landline is 080-4156 2290 and after seven in "
                "the evening it forwards to the on-call engineer. For escalations I tell "
                "people to write to my manager, it's rahul dot menon at brightwave tech "
                "dot in, and he copies the vendor. The vendor's service centre is at Plot "
                "17, Silicon Lane, Madhapur, Hyderabad 500081, and we courier dead "
                "laptops there every Friday."
            ),
            "What's the hardest part of the job?",
            (
                "Hardware approvals. A laptop is around ₹78,500 and anything above "
                "₹50,000 needs two sign-offs, so a new joiner can wait a whole week for a "
                "machine. We also have a 98% SLA target for the quarter, and every missed "
                "ticket pulls the number down. I track all of it in a sheet every Friday "
                "evening before I log off."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "No. 42, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038"},
            {"kind": "postcode", "value": "560100"},
            {"kind": "phone", "value": "98861 40327"},
            {"kind": "phone", "value": "080-4156 2290"},
            {"kind": "email", "value": "rahul dot menon at brightwave tech dot in"},
            {"kind": "address", "value": "Plot 17, Silicon Lane, Madhapur, Hyderabad 500081"},
        ],
        "keep": [
            "9:30",
            "63 tickets",
            "3.2.1",
            "INC0048812",
            "₹78,500",
            "98% SLA target",
        ],
    },
    {
        "locale": "en-GB",
        "utterances": [
            "Can you tell me what your day is like at the practice?",
            (
                "I'm the practice manager, so I'm in by 8.15 to open up before the first "
                "patient at half eight. We're at 19 Ashgrove Terrace, Leeds LS6 3BN, in "
                "an old Victorian house, so the upstairs surgery isn't accessible and I'm "
                "always shuffling wheelchair users into Surgery 1 downstairs. We've got "
                "four dentists and two hygienists, and on a Monday we'll see about ninety "
                "patients. Our sister practice is over in town, LS2 7QH, and we share a "
                "lab courier with them."
            ),
            "How do patients get in touch with you?",
            (
                "Mostly by phone. The reception number is 0113 496 0782, and the "
                "emergency mobile, which I carry at weekends, is 07700 900461. We've got "
                "patients living abroad who ring +44 (0)113 496 0782 and can never work "
                "out whether to dial the zero. The lab we use is at Unit 5, Kirkstall "
                "Industrial Park, Leeds LS5 3JF, and they always want the job number, "
                "like LAB-2291, written on the bag."
            ),
            "And what about payments?",
            (
                "A Band 2 course of treatment is £73.50 on the NHS at the moment, and "
                "private crowns start at around £650. The fees change every April, so I'm "
                "updating the price list at the desk while the phone's ringing. We also "
                "had the CQC inspection on 14/03/2026, which took up most of my week."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "19 Ashgrove Terrace, Leeds LS6 3BN"},
            {"kind": "postcode", "value": "LS2 7QH"},
            {"kind": "phone", "value": "0113 496 0782"},
            {"kind": "phone", "value": "07700 900461"},
            {"kind": "phone", "value": "+44 (0)113 496 0782"},
            {"kind": "address", "value": "Unit 5, Kirkstall Industrial Park, Leeds LS5 3JF"},
        ],
        "keep": [
            "8.15",
            "Surgery 1",
            "LAB-2291",
            "£73.50",
            "£650",
            "14/03/2026",
        ],
    },
    {
        "locale": "fr-FR",
        "utterances": [
            "Pouvez-vous me raconter une journée type au garage ?",
            (
                "J'ouvre à 7 h 30, avant les mécaniciens, pour préparer les ordres de "
                "réparation. Le garage est au 27, rue des Tanneurs, 69007 Lyon, dans une "
                "cour un peu cachée, donc les clients se perdent souvent. Le matin on "
                "fait surtout les vidanges et les pneus, on a facilement une quinzaine de "
                "voitures, et l'après-midi les diagnostics plus longs. En ce moment on a "
                "une Clio IV qui est revenue trois fois pour le même voyant, et le client "
                "commence à perdre patience, je le comprends."
            ),
            "Comment les clients et les fournisseurs vous joignent-ils ?",
            (
                "Le fixe, c'est le 04 78 62 19 45, mais il sonne tout le temps, alors les "
                "habitués m'envoient des SMS au 06 12 84 33 70. Les pièces, on les "
                "commande chez un distributeur au 14 bd Jean Moulinier, 69003 Lyon, et "
                "leur commercial m'appelle depuis son portable, le +33 6 45 90 21 78, "
                "quand il y a une rupture. Pour la facture F-2026-0412, par exemple, on "
                "attend encore la pièce depuis le 12/09/2026."
            ),
            "Et côté devis et paiements ?",
            (
                "Un embrayage, c'est autour de 1 250 € TTC, avec la TVA à 20 %. Beaucoup "
                "de clients paient en trois fois, donc je suis les échéances dans un "
                "tableau que personne d'autre ne comprend. Le contrôle technique, on le "
                "sous-traite, et s'il y a une contre-visite, le client a deux mois pour "
                "revenir, sinon il repaie tout."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "27, rue des Tanneurs, 69007 Lyon"},
            {"kind": "phone", "value": "04 78 62 19 45"},
            {"kind": "phone", "value": "06 12 84 33 70"},
            {"kind": "address", "value": "14 bd Jean Moulinier, 69003 Lyon"},
            {"kind": "phone", "value": "+33 6 45 90 21 78"},
        ],
        "keep": [
            "7 h 30",
            "Clio IV",
            "F-2026-0412",
            "12/09/2026",
            "1 250 €",
            "20 %",
        ],
    },
    # lower case
    {
        "locale": "fr-CA",
        "utterances": [
            "comment se passe une journée typique pour vous aux travaux publics",
            (
                "je commence à 6h45 au garage municipal au 1250 rue des ateliers québec "
                "g1n 2e4 on fait la tournée des appels de la nuit les nids de poule les "
                "bris d aqueduc les lampadaires brûlés l hiver c est surtout le "
                "déneigement on a 42 camions sur la route et une grosse opération coûte "
                "autour de 3500 dollars de l heure pour toute la ville donc on surveille "
                "la météo comme des faucons"
            ),
            "et comment les citoyens et les entrepreneurs vous rejoignent",
            (
                "les entrepreneurs ont la ligne directe 418 555-0192 poste 2231 qui sonne "
                "sur mon bureau et mon cellulaire de garde c est le 581 555-0147 je le "
                "laisse ouvert la nuit quand il y a une tempête pour les plaintes écrites "
                "je dis aux gens d écrire à ma collègue sylvie point gagnon arobase "
                "voirie quebec point ca elle entre tout dans le système avec un numéro de "
                "requête comme 2026-04817 et les camions partent du dépôt à neige au 455 "
                "chemin de la butte"
            ),
            "et ce qui vous prend le plus de temps c est quoi",
            (
                "les suivis honnêtement une requête peut rester ouverte 30 jours si on "
                "attend une pièce et le budget de l an prochain est déjà serré on a eu "
                "une hausse de 8 pour cent sur le sel de déglaçage donc je prépare des "
                "rapports chaque vendredi à 15h pour le conseil de quartier et personne "
                "ne les lit vraiment"
            ),
        ],
        "pii": [
            {"kind": "address", "value": "1250 rue des ateliers québec g1n 2e4"},
            {"kind": "phone", "value": "418 555-0192 poste 2231"},
            {"kind": "phone", "value": "581 555-0147"},
            {"kind": "email", "value": "sylvie point gagnon arobase voirie quebec point ca"},
            {"kind": "address", "value": "455 chemin de la butte"},
        ],
        "keep": [
            "6h45",
            "42 camions",
            "3500 dollars",
            "2026-04817",
            "8 pour cent",
            "15h",
        ],
    },
    {
        "locale": "fr-LU",
        "utterances": [
            "Pouvez-vous me décrire votre journée à l'association ?",
            (
                "Je coordonne la distribution alimentaire, donc j'arrive vers 8 h au "
                "dépôt, 25, route d'Arlon, L-8009 Strassen. On reçoit les invendus des "
                "supermarchés le matin, on trie, et l'après-midi les bénévoles préparent "
                "les colis. On sert environ 2 300 repas par mois, et avec l'inflation la "
                "demande a augmenté de 18 % depuis l'an dernier. Notre deuxième point de "
                "distribution est dans le sud, à L-4360, et là-bas c'est une équipe de "
                "retraités qui gère tout, ils sont formidables."
            ),
            "Comment restez-vous en contact avec les bénévoles et les partenaires ?",
            (
                "Le bureau, c'est le +352 26 48 31 20, mais je suis rarement assise. Les "
                "bénévoles m'écrivent sur WhatsApp au 621 345 678. Pour les dons, les "
                "entreprises écrivent à dons@entraide-solidaire.lu et c'est notre "
                "trésorier qui répond. Le siège administratif est au 12, rue de la Gare, "
                "L-1616 Luxembourg, au troisième étage, et c'est là qu'on garde les "
                "dossiers des familles, sous clé évidemment."
            ),
            "Et la partie administrative ?",
            (
                "C'est lourd. Chaque don de plus de 1 800 € demande un reçu fiscal, et on "
                "doit tout justifier pour la subvention du ministère, qui couvre 60 % du "
                "loyer. Les colis ont des numéros de lot, par exemple lot 58-B, et si un "
                "produit est rappelé on doit retrouver toutes les familles qui l'ont reçu "
                "en 48 heures."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "25, route d'Arlon, L-8009 Strassen"},
            {"kind": "postcode", "value": "L-4360"},
            {"kind": "phone", "value": "+352 26 48 31 20"},
            {"kind": "phone", "value": "621 345 678"},
            {"kind": "email", "value": "dons@entraide-solidaire.lu"},
            {"kind": "address", "value": "12, rue de la Gare, L-1616 Luxembourg"},
        ],
        "keep": [
            "2 300 repas",
            "18 %",
            "1 800 €",
            "60 %",
            "lot 58-B",
            "48 heures",
        ],
    },
    {
        "locale": "de-DE",
        "utterances": [
            "Wie sieht bei Ihnen ein typischer Arbeitstag aus?",
            (
                "Ich bin Bauleiter, also fange ich um 6:30 Uhr auf der Baustelle an, "
                "bevor die Kolonnen kommen. Im Moment sind wir in der Kornblumenstr. 214, "
                "80689 München, da entsteht ein Bürogebäude mit sechs Geschossen. Die "
                "Stahlträger müssen nach EN 1090 zertifiziert sein, und die Lieferung kam "
                "letzte Woche mit zwei Tagen Verspätung. Nachmittags fahre ich meistens "
                "noch ins Büro, Am Kiesgrubenweg 12a, 81829 München, um die Bautagebücher "
                "zu schreiben und Nachträge zu prüfen."
            ),
            "Und wie erreichen Sie Subunternehmer und Lieferanten?",
            (
                "Meistens telefonisch. Unser Büro hat die 089 4521330, Durchwahl 215 geht "
                "direkt zu mir. Auf der Baustelle bin ich aber nur mobil zu erreichen, "
                "unter 0171/2345678. Der Statiker in Augsburg geht nie ans Telefon, dem "
                "schreibe ich an t.huber@ingenieurbuero-huber.de, und der Kranverleih hat "
                "eine Hotline, +49 (0)8131 44 92 10, die auch am Wochenende besetzt ist. "
                "Der Kran selbst, ein Liebherr 172 EC-B, kostet uns 12.500 Euro im Monat."
            ),
            "Was kostet Sie am meisten Zeit?",
            (
                "Die Dokumentation. Jede Abnahme muss protokolliert werden, und die "
                "Mängelliste für dieses Projekt hat inzwischen 143 Punkte. Die Toleranzen "
                "nach DIN 18202 sind streng, und wenn der Estrich ein paar Millimeter "
                "daneben liegt, gibt es sofort Diskussionen. Die Rechnungen laufen mit 19 "
                "% Mehrwertsteuer, und die Schlussrechnung ist für KW 14 geplant."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Kornblumenstr. 214, 80689 München"},
            {"kind": "address", "value": "Am Kiesgrubenweg 12a, 81829 München"},
            {"kind": "phone", "value": "089 4521330, Durchwahl 215"},
            {"kind": "phone", "value": "0171/2345678"},
            {"kind": "email", "value": "t.huber@ingenieurbuero-huber.de"},
            {"kind": "phone", "value": "+49 (0)8131 44 92 10"},
        ],
        "keep": [
            "6:30 Uhr",
            "EN 1090",
            "172 EC-B",
            "12.500 Euro",
            "DIN 18202",
            "KW 14",
        ],
    },
    {
        "locale": "de-CH",
        "utterances": [
            "Erzählen Sie mir doch, wie Ihr Tag in der Schreinerei abläuft.",
            (
                "Wir starten um 7 Uhr mit einem kurzen Rapport in der Werkstatt, die ist "
                "am Sihlfeldring 41, 8004 Zürich, im Hinterhof. Momentan bauen wir "
                "Einbauschränke für eine Überbauung in 8953 Dietikon, das sind 36 "
                "Wohnungen, und ich fahre fast jeden Tag hin, um auszumessen. Die Platten "
                "sind meistens 19 mm Eiche furniert, und wir haben gerade eine Lieferung "
                "von 240 Quadratmetern bekommen, die irgendwo gelagert werden muss."
            ),
            "Wie kommunizieren Sie mit Kunden und Architekten?",
            (
                "Die Werkstatt erreicht man unter 044 271 38 90, aber dort nimmt nur am "
                "Vormittag jemand ab. Ich selbst bin auf dem Natel, 079 412 55 83. Die "
                "Architektin aus Winterthur schreibt mir immer an "
                "m.keller@holzwerk-keller.ch, und ihr Büro ruft manchmal über die "
                "Zentrale an, +41 52 208 14 70, dann weiss ich nie, wer dran ist. Die "
                "Offerte für den Auftrag 2026-118 ging letzte Woche raus, und jetzt "
                "warten wir."
            ),
            "Und die Administration?",
            (
                "Die mache ich abends. Eine Küche kostet bei uns schnell CHF 28'450.–, "
                "plus 8,1 % Mehrwertsteuer, und die Kunden zahlen in drei Raten. Die "
                "Maschinen werden alle 500 Betriebsstunden gewartet, und die CNC-Fräse, "
                "eine Centateq P-110, ist letzte Woche zwei Tage gestanden, das hat den "
                "ganzen Plan durcheinandergebracht."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Sihlfeldring 41, 8004 Zürich"},
            {"kind": "postcode", "value": "8953 Dietikon"},
            {"kind": "phone", "value": "044 271 38 90"},
            {"kind": "phone", "value": "079 412 55 83"},
            {"kind": "email", "value": "m.keller@holzwerk-keller.ch"},
            {"kind": "phone", "value": "+41 52 208 14 70"},
        ],
        "keep": [
            "19 mm",
            "240 Quadratmetern",
            "Auftrag 2026-118",
            "CHF 28'450.–",
            "8,1 %",
            "P-110",
        ],
    },
    {
        "locale": "es-ES",
        "utterances": [
            "¿Cómo es un día normal en la clínica?",
            (
                "Pues abrimos a las 8:00 y hasta las 14:00 no paro. La clínica está en la "
                "Calle Maestro Llorens 22, 2.º, puerta 5, 46005 Valencia, en un segundo "
                "piso sin ascensor, que para una clínica de fisioterapia tiene su gracia. "
                "Cada sesión dura 50 minutos y veo unos doce pacientes al día. Por la "
                "tarde hago domicilios, sobre todo a gente mayor, y los martes voy "
                "siempre a una señora que vive en la Av. de la Marina Baixa 118, 7.ª, en "
                "el barrio de Nazaret."
            ),
            "¿Y cómo le piden cita los pacientes?",
            (
                "Casi todos por WhatsApp al 612 34 56 78, que es mi móvil. El fijo de la "
                "clínica es el 963 41 28 77, pero solo lo atiende la recepcionista por "
                "las mañanas. Los seguros nos mandan las autorizaciones por correo a mi "
                "compañera, lucia punto ferrer arroba fisiolevante punto es, y ella las "
                "archiva. Hay una mutua que nunca contesta los correos, así que pierdo "
                "media mañana al teléfono con ellos."
            ),
            "¿Qué le gustaría mejorar?",
            (
                "La facturación. Cobramos 45 euros la sesión privada y la mutua nos paga "
                "18,50 €, y encima con retraso. Tengo facturas de enero, como la "
                "2026/0157, que todavía no han pagado. Además, los bonos de 10 sesiones a "
                "400 € se me lían en la hoja de cálculo, y mi gestor se enfada cada "
                "trimestre."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Calle Maestro Llorens 22, 2.º, puerta 5, 46005 Valencia"},
            {"kind": "address", "value": "Av. de la Marina Baixa 118, 7.ª"},
            {"kind": "phone", "value": "612 34 56 78"},
            {"kind": "phone", "value": "963 41 28 77"},
            {"kind": "email", "value": "lucia punto ferrer arroba fisiolevante punto es"},
        ],
        "keep": [
            "8:00",
            "50 minutos",
            "45 euros",
            "18,50 €",
            "2026/0157",
            "400 €",
        ],
    },
    {
        "locale": "es-CO",
        "utterances": [
            "Cuénteme cómo es un día suyo en la empresa de mensajería.",
            (
                "Yo soy coordinadora de rutas, entonces llego a las 6:30 a la bodega, que "
                "queda en la Calle 13 # 68-45, bodega 9, en Puente Aranda. Ahí repartimos "
                "los paquetes entre 22 motos y dos camiones. Lo más complicado son las "
                "direcciones: la gente escribe Carrera 15 # 93-47, oficina 502, y se les "
                "olvida poner el nombre del edificio, entonces el mensajero da vueltas. "
                "Cada guía tiene un número largo, tipo 7001234589, y con eso rastreamos "
                "todo."
            ),
            "¿Y cómo se comunican con usted los clientes?",
            (
                "Por WhatsApp casi todo, al 310 456 7821. La línea fija de la oficina es "
                "el 601 345 6789, pero desde que cambiaron los indicativos mucha gente "
                "todavía marca el número viejo. Los clientes corporativos escriben a "
                "despachos.bogota@rapientrega.com.co y yo respondo desde ahí. Un cliente "
                "grande en Medellín nos llama desde el +57 604 448 2190 y siempre pide "
                "entrega el mismo día, aunque el envío salga después de las 3 de la "
                "tarde."
            ),
            "¿Qué le quita más tiempo?",
            (
                "Las devoluciones. Un envío nacional cuesta unos $18.500, pero si el "
                "cliente no está, la segunda visita la pagamos nosotros. Este mes "
                "llevamos 340 devoluciones, y con el IVA del 19 % eso ya suma más de "
                "$1.500.000. Además, los mensajeros que se mueven por la ruta B74 del "
                "TransMilenio dicen que la Avenida 68 está imposible a cualquier hora."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Calle 13 # 68-45, bodega 9"},
            {"kind": "address", "value": "Carrera 15 # 93-47, oficina 502"},
            {"kind": "phone", "value": "310 456 7821"},
            {"kind": "phone", "value": "601 345 6789"},
            {"kind": "email", "value": "despachos.bogota@rapientrega.com.co"},
            {"kind": "phone", "value": "+57 604 448 2190"},
        ],
        "keep": [
            "22 motos",
            "7001234589",
            "$18.500",
            "19 %",
            "$1.500.000",
            "ruta B74",
        ],
    },
    # lower case
    {
        "locale": "es-CL",
        "utterances": [
            "cuénteme cómo es un día normal en la ferretería",
            (
                "abro a las 8 y media y a esa hora ya hay maestros esperando afuera para "
                "comprar cemento y fierro la tienda está en avenida los quillayes 2845 "
                "local 3 ñuñoa vendemos harto al detalle pero lo fuerte son los despachos "
                "a obras tenemos una camioneta que sale dos veces al día y hoy por "
                "ejemplo va a pasaje los aromos 1132 maipú con 80 sacos de cemento que "
                "pesan 25 kilos cada uno"
            ),
            "y cómo le hacen los pedidos los clientes",
            (
                "la mayoría por whatsapp al +56 9 8765 4321 que es el celular de la "
                "tienda el teléfono fijo es el 22 345 6789 pero ese casi no suena salvo "
                "cuando llaman de los bancos mi hermano que maneja la camioneta tiene el "
                "9 6123 4587 y los maestros lo llaman directo para saber a qué hora llega "
                "el despacho cuando la obra es grande les pido orden de compra y la anoto "
                "con el número de la boleta por ejemplo la 448120"
            ),
            "y qué es lo más complicado del negocio",
            (
                "los precios cambian todo el tiempo el saco de cemento estaba a 5990 "
                "pesos y ahora está a 6490 y tengo que cambiar las etiquetas a mano "
                "además con el iva de 19 por ciento hay que tener cuidado en las "
                "cotizaciones los viernes cierro a las 19 horas y me quedo hasta tarde "
                "cuadrando la caja con mi señora"
            ),
        ],
        "pii": [
            {"kind": "address", "value": "avenida los quillayes 2845 local 3 ñuñoa"},
            {"kind": "address", "value": "pasaje los aromos 1132 maipú"},
            {"kind": "phone", "value": "+56 9 8765 4321"},
            {"kind": "phone", "value": "22 345 6789"},
            {"kind": "phone", "value": "9 6123 4587"},
        ],
        "keep": [
            "8 y media",
            "80 sacos",
            "25 kilos",
            "448120",
            "5990 pesos",
            "19 por ciento",
        ],
    },
    # lower case
    {
        "locale": "pt-BR",
        "utterances": [
            "como é um dia normal para você no centro de distribuição",
            (
                "eu chego às 5 da manhã porque os caminhões saem às 6 o centro de "
                "distribuição fica na rua dos ipês amarelos 318 galpão 2 vila leopoldina "
                "são paulo 05316-020 e de lá a gente abastece 14 lojas da zona oeste cada "
                "loja recebe em média 1200 caixas por dia e eu confiro tudo pelo sistema "
                "se uma carga atrasa a loja fica sem pão e sem leite e o gerente me liga "
                "na hora"
            ),
            "e como as lojas e os fornecedores falam com você",
            (
                "pelo celular quase sempre o meu é 11 98765-4321 e o fixo do cd é 11 3456 "
                "7890 mas ninguém atende o fixo depois das 10 os fornecedores mandam as "
                "notas para compras.zonaoeste@mercadobompreco.com.br e eu baixo o xml de "
                "lá a loja mais longe fica na avenida das magnólias 2200 butantã e ainda "
                "temos um depósito pequeno em barueri cep 06454-000 onde ficam as bebidas"
            ),
            "o que mais te dá dor de cabeça",
            (
                "a nota fiscal com certeza cada carga tem uma nota como a 001245 série 1 "
                "e se o valor não bate com o pedido o caminhão volta esse mês teve uma "
                "nota de 12450 reais parada três dias por causa de 2 por cento de "
                "diferença no icms e a temperatura do caminhão refrigerado tem que ficar "
                "em 4 graus senão a gente perde tudo"
            ),
        ],
        "pii": [
            {
                "kind": "address",
                "value": "rua dos ipês amarelos 318 galpão 2 vila leopoldina são paulo 05316-020",
            },
            {"kind": "phone", "value": "11 98765-4321"},
            {"kind": "phone", "value": "11 3456 7890"},
            {"kind": "email", "value": "compras.zonaoeste@mercadobompreco.com.br"},
            {"kind": "address", "value": "avenida das magnólias 2200 butantã"},
            {"kind": "postcode", "value": "06454-000"},
        ],
        "keep": [
            "14 lojas",
            "1200 caixas",
            "001245",
            "12450 reais",
            "2 por cento",
            "4 graus",
        ],
    },
    {
        "locale": "pt-PT",
        "utterances": [
            "Como é um dia normal no restaurante?",
            (
                "Chego por volta das 9h30 para receber o peixe. O restaurante fica na Rua "
                "da Fábrica Velha, 412, 4050-247 Porto, perto de Cedofeita, e servimos "
                "uns 120 almoços por dia. O menu do dia é 12,50 €, com sopa, prato e "
                "café. À tarde vou ao armazém que temos em Matosinhos, código postal "
                "4450-208, buscar as bebidas, porque o fornecedor só entrega às quintas e "
                "nunca chega a tempo."
            ),
            "E como falam consigo os clientes e os fornecedores?",
            (
                "As reservas são por telefone, o número do restaurante é o 222 084 531. O "
                "meu telemóvel, que os fornecedores têm, é o 912 345 678, e o do chefe de "
                "cozinha é +351 936 214 870, mas ele nunca atende durante o serviço. O "
                "peixe vem da lota e cada caixa traz um lote, por exemplo o lote 2309-PX, "
                "que temos de guardar para a fiscalização. Os jantares de grupo começam "
                "às 20h30 e, com mais de 15 pessoas, pedimos sinal."
            ),
            "E a parte financeira?",
            (
                "O IVA na restauração é 13 %, mas as bebidas alcoólicas são a 23 %, e "
                "isso complica as contas. Um jantar de empresa fica facilmente em 1.850 "
                "€. A contabilista tem o escritório na Rua Doutor Alves Morgado, 77, 3.º "
                "Dto., e eu vou lá uma vez por mês com as faturas todas numa pasta."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Rua da Fábrica Velha, 412, 4050-247 Porto"},
            {"kind": "postcode", "value": "4450-208"},
            {"kind": "phone", "value": "222 084 531"},
            {"kind": "phone", "value": "912 345 678"},
            {"kind": "phone", "value": "+351 936 214 870"},
            {"kind": "address", "value": "Rua Doutor Alves Morgado, 77, 3.º Dto."},
        ],
        "keep": [
            "9h30",
            "120 almoços",
            "12,50 €",
            "lote 2309-PX",
            "20h30",
            "1.850 €",
        ],
    },
    {
        "locale": "it-IT",
        "utterances": [
            "Mi racconta com'è una giornata tipo in farmacia?",
            (
                "Apro alle 8:30 e chiudiamo alle 19:30, con la pausa dalle 13 alle 15. La "
                "farmacia è in Via dei Mulini Vecchi 58/2, 40124 Bologna, proprio sotto i "
                "portici, quindi d'estate abbiamo parecchi turisti. La mattina arrivano "
                "gli ordini dal grossista, in media 35 colli, e controllo le scadenze. "
                "Poi c'è la consegna a domicilio per gli anziani: il giovedì porto i "
                "farmaci a una signora in Piazza San Rocco 3, scala B, interno 7, che non "
                "esce più di casa."
            ),
            "E come vi contattano i clienti e i medici?",
            (
                "Il numero fisso è 051 642 3318, e i medici di base lo hanno tutti. Il "
                "mio cellulare, 347 281 5590, lo do solo a pochi pazienti cronici. Le "
                "ricette elettroniche arrivano via sistema, ma per i preparati galenici i "
                "medici scrivono a farmacia.mulini@gmail.com e io rispondo con il "
                "preventivo. Il grossista ci chiama dal +39 051 6017244 quando un farmaco "
                "è carente, come è successo con il lotto A2317 di un antibiotico."
            ),
            "Cosa le porta via più tempo?",
            (
                "La burocrazia, senza dubbio. Ogni mese devo inviare la distinta "
                "riepilogativa, e un errore di 18,50 € blocca tutto il rimborso. L'IVA "
                "sui farmaci è al 10%, sui cosmetici al 22%, e i clienti non capiscono "
                "perché lo stesso scontrino abbia due aliquote. Poi c'è l'art. 32 del "
                "regolamento regionale sui turni, che mi obbliga a un turno notturno ogni "
                "venti giorni."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Via dei Mulini Vecchi 58/2, 40124 Bologna"},
            {"kind": "address", "value": "Piazza San Rocco 3, scala B, interno 7"},
            {"kind": "phone", "value": "051 642 3318"},
            {"kind": "phone", "value": "347 281 5590"},
            {"kind": "email", "value": "farmacia.mulini@gmail.com"},
            {"kind": "phone", "value": "+39 051 6017244"},
        ],
        "keep": [
            "8:30",
            "35 colli",
            "lotto A2317",
            "18,50 €",
            "22%",
            "art. 32",
        ],
    },
    {
        "locale": "it-CH",
        "utterances": [
            "Mi descrive una sua giornata tipo all'albergo?",
            (
                "Sono la responsabile del ricevimento, quindi inizio alle 7 con i "
                "check-out. L'albergo è in Via dei Tigli 27, 6900 Lugano, a due passi dal "
                "lago. Abbiamo 48 camere e d'estate siamo quasi sempre pieni. Molti "
                "ospiti arrivano con il treno, con l'IC 2 da Zurigo, e poi ci chiamano "
                "dalla stazione per sapere come arrivare. I gruppi grandi li mandiamo "
                "nella nostra seconda struttura, in zona 6600 Muralto, vicino alla "
                "stazione di Locarno."
            ),
            "Come vi contattano gli ospiti?",
            (
                "Le prenotazioni arrivano soprattutto per e-mail, a "
                "prenotazioni@hotelcerese-lugano.ch. Il numero della reception è 091 922 "
                "45 18, e lo scriviamo su tutte le conferme. Io ho anche il cellulare di "
                "servizio, 076 518 33 20, per le emergenze notturne. Ieri un ospite della "
                "camera 312 aveva perso il volo LX 1612 e ho passato un'ora al telefono "
                "con la compagnia per trovargli un altro posto."
            ),
            "E i pagamenti?",
            (
                "Una doppia in alta stagione costa CHF 240.– a notte, più la tassa di "
                "soggiorno. L'IVA sull'alloggio è al 3,8%, quindi le fatture hanno due "
                "aliquote diverse e gli ospiti fanno domande. Il check-in è dalle 15:00, "
                "ma tutti vogliono arrivare alle 11, e io devo inventarmi qualcosa ogni "
                "giorno."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Via dei Tigli 27, 6900 Lugano"},
            {"kind": "postcode", "value": "6600 Muralto"},
            {"kind": "email", "value": "prenotazioni@hotelcerese-lugano.ch"},
            {"kind": "phone", "value": "091 922 45 18"},
            {"kind": "phone", "value": "076 518 33 20"},
        ],
        "keep": [
            "48 camere",
            "IC 2",
            "camera 312",
            "LX 1612",
            "CHF 240.–",
            "3,8%",
        ],
    },
    {
        "locale": "nl-NL",
        "utterances": [
            "Hoe ziet een gewone werkdag er voor u uit op de kwekerij?",
            (
                "Ik begin om half zes, want de klimaatcomputer geeft 's nachts alarmen "
                "door. De kwekerij ligt aan de Kwekerslaan 18, 2671 DB Naaldwijk, en we "
                "hebben ruim 4 hectare onder glas met chrysanten. 's Ochtends worden de "
                "bossen gesneden en gesorteerd, en om 11:00 moet alles bij de veiling "
                "zijn. De kas houden we op 18 graden, en met de gasprijs van nu is dat "
                "een flinke kostenpost. Ons tweede bedrijf zit in 2691 GH, een stukje "
                "verderop richting de kust."
            ),
            "En hoe regelt u de contacten met kopers en leveranciers?",
            (
                "Kantoor is bereikbaar op 0174 62 83 19, maar de meeste kopers bellen "
                "gewoon mijn mobiel, 06-12345678. Orders komen per mail binnen op "
                "verkoop@kwekerijvandijk.nl, en elk order krijgt een orderbon, zoals "
                "55012 van vanochtend. De transporteur heeft zijn loods aan de Teelthof "
                "3-5 in Honselersdijk en haalt elke middag om half drie op, ook als wij "
                "nog niet klaar zijn."
            ),
            "Waar gaat de meeste tijd in zitten?",
            (
                "Administratie. De btw op bloemen is 9%, maar op sommige diensten 21%, "
                "dus iedere factuur moet ik nakijken. In week 37 hadden we een claim van "
                "€ 1.250 omdat een partij te warm was vervoerd. En de subsidie voor de "
                "nieuwe schermen, 30 procent van de investering, vraagt elk kwartaal een "
                "rapport."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Kwekerslaan 18, 2671 DB Naaldwijk"},
            {"kind": "postcode", "value": "2691 GH"},
            {"kind": "phone", "value": "0174 62 83 19"},
            {"kind": "phone", "value": "06-12345678"},
            {"kind": "email", "value": "verkoop@kwekerijvandijk.nl"},
            {"kind": "address", "value": "Teelthof 3-5"},
        ],
        "keep": [
            "4 hectare",
            "11:00",
            "18 graden",
            "55012",
            "week 37",
            "€ 1.250",
        ],
    },
    # lower case
    {
        "locale": "pl-PL",
        "utterances": [
            "jak wygląda pana zwykły dzień w drukarni",
            (
                "zaczynam o 7 rano od sprawdzenia zleceń z nocy drukarnia jest na ulicy "
                "drukarzy 124 lokal 5 30-552 kraków w starej hali po zakładach mięsnych "
                "więc miejsca mamy dużo w tym tygodniu drukujemy 25000 ulotek dla sieci "
                "piekarni i katalogi na targi w poznaniu maszyna speedmaster sm 74 chodzi "
                "prawie bez przerwy a papier musi leżeć w hali co najmniej dobę żeby się "
                "zaklimatyzował"
            ),
            "a jak kontaktują się z panem klienci",
            (
                "biuro ma numer 12 634 58 21 ale klienci wolą dzwonić na komórkę 601 234 "
                "567 bo wiedzą że odbiorę od razu pliki do druku przychodzą na "
                "biuro@drukarnia-drukarzy.pl a duże zlecenia omawiamy na miejscu papier "
                "trzymamy w osobnym magazynie na ulicy kamiennej 18 w podgórzu bo w hali "
                "przy maszynach jest za ciepło i za wilgotno żeby go tam przechowywać "
                "dłużej niż tydzień"
            ),
            "co zajmuje panu najwięcej czasu",
            (
                "wyceny i faktury każde zlecenie ma swój numer na przykład 118/2026 i do "
                "tego trzeba doliczyć 23 procent vat klient widzi 1450 złotych netto i "
                "dziwi się że zapłaci więcej a jeszcze papier podrożał o 12 procent od "
                "stycznia więc ceny z zeszłego roku są już nieaktualne i muszę wszystko "
                "liczyć od nowa"
            ),
        ],
        "pii": [
            {"kind": "address", "value": "ulicy drukarzy 124 lokal 5 30-552 kraków"},
            {"kind": "phone", "value": "12 634 58 21"},
            {"kind": "phone", "value": "601 234 567"},
            {"kind": "email", "value": "biuro@drukarnia-drukarzy.pl"},
            {"kind": "address", "value": "ulicy kamiennej 18"},
        ],
        "keep": [
            "25000 ulotek",
            "sm 74",
            "118/2026",
            "23 procent",
            "1450 złotych",
            "12 procent",
        ],
    },
    {
        "locale": "sk-SK",
        "utterances": [
            "Ako vyzerá váš bežný pracovný deň v účtovnej kancelárii?",
            (
                "Do kancelárie prichádzam o 8:00 a prvá hodina je vždy pošta od klientov. "
                "Sídlime na Gaštanovej 42, 811 06 Bratislava, na druhom poschodí, a máme "
                "asi šesťdesiat klientov, väčšinou živnostníkov a malé firmy. Najhoršie "
                "je to vždy do 25. dňa v mesiaci, keď sa podávajú priznania k DPH. "
                "Niektorí klienti sú z Trnavy, PSČ 917 01, tak tam chodím raz za mesiac "
                "osobne po doklady, lebo poštou to jednoducho nefunguje."
            ),
            "A ako s vami klienti komunikujú?",
            (
                "Kancelária má číslo 02/4445 6789, ale väčšina klientov mi volá priamo na "
                "mobil 0905 123 456, aj v sobotu. Mzdy rieši kolegyňa Zuzana a podklady k "
                "mzdám jej klienti posielajú na zuzana.hornakova@uctovnictvo-gastan.sk, "
                "aby sa to nemiešalo s mojou poštou. Originály faktúr si necháváme nosiť "
                "osobne alebo poštou, lebo kontrola z daňového úradu chce vidieť pečiatky "
                "a podpisy."
            ),
            "Čo vám zaberá najviac času?",
            (
                "Kontrola faktúr. Klient mi pošle faktúru č. 2026/0415 na 1 250 € a na "
                "nej je zlá sadzba DPH, lebo od januára 2025 je základná sadzba 23 %. "
                "Potom opravujem, volám, posielam dobropis. A uzávierka je 31. 3. 2026, "
                "takže v marci tu sedím často aj do deviatej večer."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Gaštanovej 42, 811 06 Bratislava"},
            {"kind": "postcode", "value": "917 01"},
            {"kind": "phone", "value": "02/4445 6789"},
            {"kind": "phone", "value": "0905 123 456"},
            {"kind": "email", "value": "zuzana.hornakova@uctovnictvo-gastan.sk"},
        ],
        "keep": [
            "8:00",
            "25. dňa",
            "2026/0415",
            "1 250 €",
            "23 %",
            "31. 3. 2026",
        ],
    },
    {
        "locale": "hr-HR",
        "utterances": [
            "Kako izgleda vaš tipičan radni dan u marini?",
            (
                "Dolazim u 6:30, prije nego što krenu charter brodovi. Ured nam je u "
                "Ulici ribarskih mreža 14, 21000 Split, odmah iznad recepcije. Imamo 320 "
                "vezova, a ljeti je marina gotovo potpuno puna. Subotom je najgore jer se "
                "mijenjaju gosti na 40 jedrilica, pa svi istovremeno traže gorivo, vodu i "
                "račune, a ja trčim s jednog kraja mola na drugi."
            ),
            "Kako vas gosti i agencije kontaktiraju?",
            (
                "Recepcija ima broj 021 345 678, ali nautičari najčešće zovu moj mobitel, "
                "+385 91 234 5678, jer ga imaju još od prošle sezone. Agencije šalju "
                "popise posade na rezervacije@marina-ribarska.hr i to moram provjeriti "
                "prije dolaska. Servis motora radimo s radionicom u Kaštel Sućurcu, na "
                "adresi Lučki put 9, i njihov majstor dolazi ovamo skoro svaki dan."
            ),
            "Što vam oduzima najviše vremena?",
            (
                "Papiri i naplata. Godišnji vez za brod od 12 metara košta oko 6.800,00 "
                "eura, a dnevni vez ljeti je devedesetak eura. PDV je 25 %, i svaki račun "
                "mora proći fiskalizaciju. Kad kasni trajekt ili puše jako jugo, gosti "
                "otkazuju dolazak i onda vraćamo predujmove, što mi zna pojesti cijelo "
                "poslijepodne."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Ulici ribarskih mreža 14, 21000 Split"},
            {"kind": "phone", "value": "021 345 678"},
            {"kind": "phone", "value": "+385 91 234 5678"},
            {"kind": "email", "value": "rezervacije@marina-ribarska.hr"},
            {"kind": "address", "value": "Lučki put 9"},
        ],
        "keep": [
            "6:30",
            "320 vezova",
            "40 jedrilica",
            "12 metara",
            "6.800,00 eura",
            "25 %",
        ],
    },
    {
        "locale": "sl-SI",
        "utterances": [
            "Kako poteka vaš običajni delovni dan na čebelarstvu?",
            (
                "Spomladi vstanem ob 5.30 in grem najprej do čebelnjaka. Kmetija je na "
                "naslovu Zgornje Gorje 42a, 4247 Zgornje Gorje, čisto pod gozdom, in "
                "imamo 180 panjev. Del panjev poleti prevažamo na ajdovo pašo v "
                "Prekmurje, kjer imamo najeto zemljišče, naslov je Lendavska cesta 15, "
                "9231 Beltinci. Letos smo natočili približno 2.400 kilogramov medu, kar "
                "je manj kot lani, ker je bila pomlad deževna."
            ),
            "Kako vas kupci najdejo in kontaktirajo?",
            (
                "Večinoma po telefonu. Domača številka je 04 574 12 36, svoj mobitel pa "
                "napišem kar na nalepko kot +386 41 234 567, ker kličejo tudi kupci iz "
                "Avstrije. Trgovine iz Ljubljane naročajo prek e-pošte na "
                "narocila@cebelarstvo-mlinar.si, to ureja moja hči, ki vodi tudi spletno "
                "trgovino. Vsak kozarec ima številko serije, na primer SER-2026-07, da "
                "vemo, iz katerega panja je med."
            ),
            "In kaj vam vzame največ časa?",
            (
                "Papirologija. Kozarec medu prodajam po 12 evrov, DDV za hrano je 9,5 %, "
                "in vsak mesec oddam poročilo. Pa še registracija čebelnjaka, ki jo moram "
                "obnoviti vsako leto spomladi. Za zdravljenje proti varoji imam po "
                "točenju samo nekaj tednov časa, in če zamudim, lahko izgubim pol "
                "čebeljih družin."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Zgornje Gorje 42a, 4247 Zgornje Gorje"},
            {"kind": "address", "value": "Lendavska cesta 15, 9231 Beltinci"},
            {"kind": "phone", "value": "04 574 12 36"},
            {"kind": "phone", "value": "+386 41 234 567"},
            {"kind": "email", "value": "narocila@cebelarstvo-mlinar.si"},
        ],
        "keep": [
            "5.30",
            "180 panjev",
            "2.400 kilogramov",
            "SER-2026-07",
            "12 evrov",
            "9,5 %",
        ],
    },
    {
        "locale": "sv-SE",
        "utterances": [
            "Hur ser en vanlig dag ut för dig på förskolan?",
            (
                "Jag öppnar klockan 6.30, och då kommer de första barnen redan. Förskolan "
                "ligger på Lingonvägen 14, 424 35 Angered, och vi har 54 barn fördelade "
                "på tre avdelningar. Förmiddagen är utevistelse och lunch, och efter "
                "vilan vid halv ett blir det mer planerade aktiviteter. En gång i veckan "
                "går vi till biblioteket, och det tar en kvart med buss 71, vilket med "
                "tjugo små barn är ett helt äventyr."
            ),
            "Hur håller du kontakten med föräldrarna?",
            (
                "Mest via appen, men många ringer ändå. Förskolans nummer är 031-712 45 "
                "80, och min mobil är 070-123 45 67, men den har jag bara på under "
                "öppettiderna. En gång i månaden har vi utedag på en gård utanför stan, i "
                "443 40 Gråbo, och då åker vi hyrbuss dit med alla barn och matsäck. "
                "Föräldrarna får fylla i en lapp om vem som hämtar."
            ),
            "Vad tar mest tid för dig?",
            (
                "Schemat och dokumentationen. Vi har 11 anställda, och när någon är sjuk "
                "måste jag hitta vikarier före sju på morgonen. En vikarie kostar ungefär "
                "2 400 kronor per dag. Dessutom ska vi följa läroplanen Lpfö 18, och "
                "varje barn har en utvecklingsplan som ska uppdateras två gånger per "
                "termin, så kvällarna går åt till pappersarbete."
            ),
        ],
        "pii": [
            {"kind": "address", "value": "Lingonvägen 14, 424 35 Angered"},
            {"kind": "phone", "value": "031-712 45 80"},
            {"kind": "phone", "value": "070-123 45 67"},
            {"kind": "postcode", "value": "443 40 Gråbo"},
        ],
        "keep": [
            "6.30",
            "54 barn",
            "buss 71",
            "11 anställda",
            "2 400 kronor",
            "Lpfö 18",
        ],
    },
    # lower case
    {
        "locale": "fi-FI",
        "utterances": [
            "millainen on tavallinen työpäiväsi siivousyrityksessä",
            (
                "herään viideltä ja olen toimistolla kuudelta toimisto on osoitteessa "
                "kehräämönkatu 24 b 12 33200 tampere meillä on 14 siivoojaa ja aamulla "
                "jaan vuorot ensimmäinen kohde on yleensä hammaslääkäriasema jossa pitää "
                "olla valmista ennen kahdeksaa koska potilaat tulevat silloin isoin "
                "toimistokohde on osoitteessa tekniikankaari 8 a 33720 tampere ja siellä "
                "siivottavaa on noin 2300 neliötä joka päivä"
            ),
            "miten asiakkaat ottavat sinuun yhteyttä",
            (
                "useimmat soittavat suoraan minun numerooni 040 123 4567 koska toimiston "
                "lankapuhelimeen 03 234 5678 vastataan vain aamupäivisin tarjouspyynnöt "
                "tulevat sähköpostiin tarjoukset@puhdasjalki.fi ja vastaan niihin yleensä "
                "illalla kun lapset ovat nukkumassa jos asiakas haluaa katselmuksen menen "
                "paikan päälle ja mittaan tilat itse koska piirustukset ovat usein "
                "vanhoja"
            ),
            "mikä vie eniten aikaa",
            (
                "laskutus ja vuorosuunnittelu yksi iso kohde maksaa noin 1200 euroa "
                "kuukaudessa ja alv on nyt 25,5 prosenttia joten pitää tarkistaa että "
                "hinnat ovat oikein sopimuksessa 2026-031 on kolmen kuukauden "
                "irtisanomisaika ja työehtosopimus muuttui keväällä joten palkat nousivat "
                "3 prosenttia ja se pitää siirtää hintoihin"
            ),
        ],
        "pii": [
            {"kind": "address", "value": "kehräämönkatu 24 b 12 33200 tampere"},
            {"kind": "address", "value": "tekniikankaari 8 a 33720 tampere"},
            {"kind": "phone", "value": "040 123 4567"},
            {"kind": "phone", "value": "03 234 5678"},
            {"kind": "email", "value": "tarjoukset@puhdasjalki.fi"},
        ],
        "keep": [
            "14 siivoojaa",
            "2300 neliötä",
            "1200 euroa",
            "25,5 prosenttia",
            "2026-031",
            "3 prosenttia",
        ],
    },
    {
        "locale": "id-ID",
        "utterances": [
            "Bisa ceritakan seperti apa hari biasa Anda di roastery?",
            (
                "Saya biasanya datang jam 07.00 karena mesin sangrai harus dipanaskan "
                "dulu. Roastery kami ada di Jl. Kopi Luhur No. 47, RT 03/RW 05, Kel. "
                "Cipaganti, Kec. Coblong, Bandung 40131. Sehari kami bisa menyangrai "
                "sekitar 60 kilogram biji kopi, kebanyakan arabika dari petani di "
                "Pangalengan. Gudang penyimpanan green bean ada di Jl. Raya Cibeureum No. "
                "112, Kabupaten Bandung, dan saya ke sana dua kali seminggu untuk cek "
                "kelembapan."
            ),
            "Bagaimana pelanggan dan pemasok menghubungi Anda?",
            (
                "Kebanyakan lewat WhatsApp ke nomor saya, 0812-3456-7890. Telepon kantor "
                "(022) 423 1567, tapi jarang diangkat kalau mesin sedang jalan karena "
                "berisik sekali. Kafe-kafe di Jakarta pesan lewat email ke "
                "order@kopiluhur.id, dan pembeli dari Singapura biasanya telepon ke +62 "
                "812 3456 7890. Setiap pesanan dapat nomor, misalnya INV/2026/0311, "
                "supaya mudah dilacak."
            ),
            "Apa yang paling menyita waktu?",
            (
                "Urusan harga dan pengiriman. Satu kilo house blend kami jual Rp 185.000, "
                "ditambah PPN 11%, dan ongkos kirim ke Jakarta bisa sampai Rp 45.000 per "
                "paket. Kopi harus dikirim paling lambat dua minggu setelah disangrai, "
                "jadi jadwalnya ketat. Tahun ini kami juga ikut sertifikasi halal, nomor "
                "pengajuannya SH2026-00871, dan prosesnya lama sekali."
            ),
        ],
        "pii": [
            {
                "kind": "address",
                "value": "Jl. Kopi Luhur No. 47, RT 03/RW 05, Kel. Cipaganti, Kec. Coblong, Bandung 40131",
            },
            {"kind": "address", "value": "Jl. Raya Cibeureum No. 112, Kabupaten Bandung"},
            {"kind": "phone", "value": "0812-3456-7890"},
            {"kind": "phone", "value": "(022) 423 1567"},
            {"kind": "email", "value": "order@kopiluhur.id"},
            {"kind": "phone", "value": "+62 812 3456 7890"},
        ],
        "keep": [
            "07.00",
            "60 kilogram",
            "INV/2026/0311",
            "Rp 185.000",
            "11%",
            "SH2026-00871",
        ],
    },
]


_KINDS = frozenset({"phone", "email", "address", "postcode"})


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = text.find(term)
    while start != -1:
        spans.append((start, start + len(term)))
        start = text.find(term, start + 1)
    return spans


def check() -> None:
    """Raise ValueError listing every structural problem in EXCERPTS_B."""
    problems: list[str] = []
    seen_locales: set[str] = set()
    for index, excerpt in enumerate(EXCERPTS_B):
        where = f"excerpt {index} ({excerpt['locale']})"
        if excerpt["locale"] in seen_locales:
            problems.append(f"{where}: duplicate locale")
        seen_locales.add(excerpt["locale"])
        utterances = excerpt["utterances"]
        if not 4 <= len(utterances) <= 8:
            problems.append(f"{where}: {len(utterances)} utterances, expected 4-8")
        text = "\n".join(utterances)
        pii_spans: list[tuple[str, int, int]] = []
        for item in excerpt["pii"]:
            if item["kind"] not in _KINDS:
                problems.append(f"{where}: invalid kind {item['kind']!r}")
            found = _spans(text, item["value"])
            if not found:
                problems.append(f"{where}: pii value not in text: {item['value']!r}")
            pii_spans.extend((item["value"], start, end) for start, end in found)
        for term in excerpt["keep"]:
            found = _spans(text, term)
            if not found:
                problems.append(f"{where}: keep term not in text: {term!r}")
            for item in excerpt["pii"]:
                value = item["value"]
                if term in value or value in term:
                    problems.append(
                        f"{where}: keep term {term!r} and pii value {value!r} contain one another"
                    )
            for start, end in found:
                for value, pii_start, pii_end in pii_spans:
                    if start < pii_end and pii_start < end:
                        problems.append(f"{where}: keep term {term!r} overlaps pii value {value!r}")
    if problems:
        raise ValueError("pii_shapes_b problems:\n" + "\n".join(problems))


check()
