"""Ninth held-out set of person-name test data (set I).

Thirty-two short excerpts from "day in the life" customer-research interviews: a
researcher asks a worker about their job, their team, the tools they use, a bad
day and who decides purchases. Unlike the earlier sets, none is in English,
French, German, Spanish or Portuguese: nine excerpts are in Italian (Apulia,
Emilia, Trentino, Sicily, Piedmont, Campania, Lombardy), nine in Dutch (Holland,
Utrecht, Rotterdam, Groningen, and four in Flemish: Bruges, Antwerp, Limburg,
West Flanders), seven in Swedish and seven in Polish.

Turns alternate interviewer / participant without speaker labels; each excerpt
has four to eight turns. In every language two excerpts are entirely lower case
with little punctuation, as automatic speech recognition writes them.

Each excerpt names two to five fictional people from the naming variety of its
country, immigrant-origin names included, mentioned as the participant
introducing themselves, first names, full names, surnames after a title
(signor, dottoressa, meneer, mevrouw, mijnheer, herr, fru, pan, pani), names
with particles (Lo, Della, Dall', Di, van der, Van 't, De, af, von), nicknames
and diminutives, names that are also ordinary words of the language, names at
the start of a sentence and after prepositions, Swedish genitives and Polish
case forms (the inflected forms are mentions of their own).

``people`` lists every distinct person-name mention exactly as written (name
words only, never a title). ``keep`` lists one to three non-person proper names
of the excerpt (companies, products, brands, towns, streets) that must survive
pseudonymisation; ``hard_keep`` is the subset of ``keep`` that looks like a
person's name (a brand or company named after its founder, a street or place
named after a person or a saint). No keep term shares a word with a person
mention of the same excerpt, and every word of a person mention occurs in the
excerpt only inside a listed mention, so a word left in the output is a leak.
The checks at the end of the module enforce this when it is imported.
"""

from __future__ import annotations

import re
from typing import TypedDict


class InterviewI(TypedDict):
    language: str  # ISO 639-1: "it", "nl", "sv" or "pl"
    utterances: list[str]  # 4-8 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_I: list[InterviewI] = [
    # ------------------------------------------------------------------ Italian
    {
        # Olive oil mill (Apulia)
        "language": "it",
        "utterances": [
            "Buongiorno, mi racconta una giornata tipo al frantoio?",
            "Certo. Mi chiamo Nicoletta Lorusso e lavoro al Frantoio Terre di Bitonto da otto anni. Alle sei apro il piazzale, arrivano i trattori con le olive e io peso le cassette insieme a Mino.",
            "Chi è Mino?",
            "È il mio collega, Cosimo Sasso, però lo chiamano tutti Mino. Lui sta alla gramola, io sto al computer con il gestionale OlioNet.",
            "Mi racconta una giornata storta?",
            "A novembre si è rotto il decanter e il tecnico della Pieralisi è arrivato solo la sera. Il signor Ardito, un cliente di Molfetta, aspettava da ore e se la prendeva con Mino.",
            "E chi decide gli acquisti?",
            "La dottoressa Capozzi, la titolare. Io le preparo i preventivi, ma la firma è sua.",
        ],
        "people": ["Nicoletta Lorusso", "Mino", "Cosimo Sasso", "Ardito", "Capozzi"],
        "keep": ["Frantoio Terre di Bitonto", "Pieralisi", "Molfetta"],
        "hard_keep": ["Pieralisi"],
    },
    {
        # Pharmaceutical logistics warehouse (Emilia)
        "language": "it",
        "utterances": [
            "Grazie per il tempo. Com'è una sua giornata normale in magazzino?",
            "Allora, sono Loredana Moldovan, faccio la capoturno nel magazzino farmaceutico della Farmalog all'Interporto di Bologna. Abito a Castel San Pietro Terme, quindi parto alle cinque.",
            "Con chi lavora?",
            "Con Ettore ai carrelli e con Mariama Cissokho, che controlla i lotti. Mariama è precisissima, se un codice non torna blocca tutto il bancale.",
            "Che strumenti usate?",
            "I palmari e il gestionale SAP. Quando SAP si pianta chiamo il signor Dall'Olio dell'informatica, e lui mi dice sempre di riavviare, ovviamente.",
            "E chi decide se comprare palmari nuovi?",
            "Il direttore, l'ingegner Cavicchioli, ma ascolta molto Ettore, perché i palmari li usa lui tutto il giorno.",
        ],
        "people": ["Loredana Moldovan", "Ettore", "Mariama Cissokho", "Mariama", "Dall'Olio", "Cavicchioli"],
        "keep": ["Farmalog", "Castel San Pietro Terme", "SAP"],
        "hard_keep": ["Castel San Pietro Terme"],
    },
    {
        # Ski lift operator (Trentino)
        "language": "it",
        "utterances": [
            "Mi racconta com'è una giornata d'inverno sugli impianti?",
            "Sono Renzo Zulian, faccio il macchinista sulla cabinovia a Canazei. Alle sette facciamo il giro di prova con Elisa, che è la capo servizio, e apriamo alle otto e mezza.",
            "E la squadra?",
            "Siamo in sei. C'è il Nane, che sta alla stazione a monte da trent'anni, e c'è Ostap, un ragazzo ucraino che fa la stagione con noi. Ostap ha imparato il ladino prima di me, pensi.",
            "Una giornata brutta?",
            "Il giorno dopo Natale si è fermato il motore con la cabinovia piena. Ho chiamato subito la Doppelmayr, e intanto la signora Chiocchetti, dalla biglietteria, rispondeva ai clienti arrabbiati.",
            "Chi decide i ricambi da comprare?",
            "Li propone Elisa, ma decide il consiglio di amministrazione della Funivie Val di Fassa.",
        ],
        "people": ["Renzo Zulian", "Elisa", "Nane", "Ostap", "Chiocchetti"],
        "keep": ["Canazei", "Doppelmayr", "Funivie Val di Fassa"],
        "hard_keep": ["Doppelmayr"],
    },
    {
        # Gelato shop (Palermo)
        "language": "it",
        "utterances": [
            "Buongiorno. Com'è una giornata qui in gelateria?",
            "Io sono Rosalia Lo Cascio, e con mio fratello Totò abbiamo la gelateria in Via Maqueda. La mattina presto Totò fa le basi e io preparo la granita di mandorla.",
            "Chi altro lavora con voi?",
            "Shahid, che è del Bangladesh e sta al banco, parla con i turisti in quattro lingue. D'estate prendiamo anche una ragazza di Mondello, Ginevra.",
            "Che macchine usate?",
            "I mantecatori Carpigiani. Quando uno si è bloccato ad agosto, con quaranta gradi, è stata la giornata peggiore dell'anno: il tecnico, il signor Giambrone, è arrivato alle dieci di sera.",
            "E gli acquisti chi li decide?",
            "Li decido io, ma l'ultima parola è di Totò. È il maggiore, e qui il fratello maggiore conta.",
        ],
        "people": ["Rosalia Lo Cascio", "Totò", "Shahid", "Ginevra", "Giambrone"],
        "keep": ["Via Maqueda", "Carpigiani", "Mondello"],
        "hard_keep": ["Carpigiani"],
    },
    {
        # Hospital cleaning cooperative (Turin)
        "language": "it",
        "utterances": [
            "Mi descrive una sua giornata tipo?",
            "Mi chiamo Maribel Ccopa, sono peruviana, e lavoro per una cooperativa di pulizie alle Molinette, l'ospedale in Corso Bramante. Comincio alle cinque e mezza in cardiologia.",
            "Lavora da sola?",
            "No, in squadra con Marisa e con Ardit Mema. Ardit guida la lavasciuga nei corridoi, io e Marisa facciamo le stanze.",
            "Mi racconta una giornata difficile?",
            "Quando c'è stato il focolaio in reparto, la dottoressa Bertolino ci ha fatto rifare tutte le stanze due volte. Eravamo distrutte, e Marisa si è messa a piangere nello spogliatoio.",
            "Chi sceglie i prodotti e le attrezzature?",
            "La cooperativa, cioè Gabriele Audisio, il nostro responsabile. Ma sui panni Vileda abbiamo insistito noi.",
        ],
        "people": ["Maribel Ccopa", "Marisa", "Ardit Mema", "Ardit", "Bertolino", "Gabriele Audisio"],
        "keep": ["Molinette", "Corso Bramante", "Vileda"],
        "hard_keep": ["Corso Bramante"],
    },
    {
        # Ferry ticket office (Naples)
        "language": "it",
        "utterances": [
            "Come inizia una giornata in biglietteria?",
            "Mi chiamo Ciro Langella e lavoro alla biglietteria del Molo Beverello. Apro alle sei con Nunzia, che fa i biglietti per Casamicciola, e io faccio quelli per Capri.",
            "Nunzia è una collega?",
            "Sì, Annunziata Speranza, ma Nunzia per tutti. Poi c'è Nuwan, che è dello Sri Lanka e carica i bagagli sull'aliscafo.",
            "Quale è stata la giornata peggiore?",
            "Un sabato di luglio col mare forza sei. Il comandante Di Costanzo ha fermato le corse e avevamo trecento persone in fila. Nuwan portava l'acqua alla gente, e Nunzia faceva i rimborsi a mano perché il sistema della Caremar non rispondeva.",
            "Chi decide sulle attrezzature della biglietteria?",
            "La direzione. Noi mandiamo le richieste, e in genere rispondono dopo tre mesi.",
        ],
        "people": ["Ciro Langella", "Nunzia", "Annunziata Speranza", "Nuwan", "Di Costanzo"],
        "keep": ["Molo Beverello", "Casamicciola", "Caremar"],
        "hard_keep": [],
    },
    {
        # Winery (Langhe, Piedmont), ASR lower case
        "language": "it",
        "utterances": [
            "ok allora mi racconti un po' come è fatta la sua giornata in cantina",
            "allora io sono ornella ghione faccio la responsabile di cantina alla tenuta cascina dei sogni a barbaresco la mattina arrivo alle sette e controllo le vasche con bojan",
            "bojan è un collega",
            "sì bojan è macedone fa la vendemmia con noi da dieci anni e ormai è lui che comanda i ragazzi in vigna poi c'è harvinder che guida il trattore",
            "e una giornata proprio brutta",
            "eh la grandinata di giugno il signor cerrato l'agronomo è salito in vigna e ha detto che metà del nebbiolo era perso io ho chiamato subito gigi",
            "chi è gigi",
            "gigi è il titolare luigi rabino è lui che decide tutto anche i trattori li compra lui sempre new holland",
        ],
        "people": ["ornella ghione", "bojan", "harvinder", "cerrato", "gigi", "luigi rabino"],
        "keep": ["cascina dei sogni", "barbaresco", "new holland"],
        "hard_keep": [],
    },
    {
        # Pasta factory (Gragnano, Campania), ASR lower case
        "language": "it",
        "utterances": [
            "buongiorno mi dice come funziona una giornata in pastificio",
            "buongiorno sì allora mi chiamo assunta cuomo lavoro al pastificio fratelli donnarumma qua a gragnano sto al confezionamento dalle sei alle due",
            "con chi lavora",
            "con tanino che sta alla trafila e con una ragazza marocchina khadija che controlla le buste prima che vanno nei cartoni poi c'è il capo reparto che è il signor amitrano",
            "una giornata difficile me la racconta",
            "quando si è rotta la confezionatrice e avevamo l'ordine per la germania amitrano gridava khadija contava le buste a mano e io ho fatto tre turni di fila",
            "e chi decide se comprare una macchina nuova",
            "decide il dottore cioè carmine il figlio del padrone però chiede sempre a tanino che le macchine le conosce meglio di tutti",
        ],
        "people": ["assunta cuomo", "tanino", "khadija", "amitrano", "carmine"],
        "keep": ["fratelli donnarumma", "gragnano"],
        "hard_keep": ["fratelli donnarumma"],
    },
    {
        # CRM consultancy (Milan)
        "language": "it",
        "utterances": [
            "Mi racconta una giornata normale nel suo lavoro?",
            "Sono Giada Hu, lavoro in una piccola agenzia di consulenza vicino a Piazza Leonardo da Vinci. Arrivo verso le nove e mezza, e la prima cosa è la riunione in piedi con Jacopo e Leone.",
            "Che cosa fate?",
            "Configuriamo Salesforce per le aziende. Leone fa gli sviluppi, Jacopo parla con i clienti, io faccio un po' di tutto.",
            "Mi racconta una giornata storta?",
            "Un rilascio di venerdì sera, che non si fa mai. Il cliente era un'azienda di Lambrate, e la loro referente, la dottoressa Della Rovere, ci ha chiamato sei volte.",
            "Chi decide quali licenze comprare?",
            "Il socio fondatore, Piergiorgio Sangalli. Ma prima chiede a Leone, sempre.",
        ],
        "people": ["Giada Hu", "Jacopo", "Leone", "Della Rovere", "Piergiorgio Sangalli"],
        "keep": ["Piazza Leonardo da Vinci", "Salesforce", "Lambrate"],
        "hard_keep": ["Piazza Leonardo da Vinci"],
    },
    # -------------------------------------------------------------------- Dutch
    {
        # Tomato greenhouse (Westland)
        "language": "nl",
        "utterances": [
            "Fijn dat je tijd hebt. Hoe ziet een gewone werkdag in de kas eruit?",
            "Nou, ik ben Lieke Bogaard, teeltmedewerker bij een tomatenkwekerij in Naaldwijk. Om zes uur loop ik met Roos de kas door om te kijken of de planten het goed hebben.",
            "Met wie werk je verder?",
            "We hebben een ploeg Poolse jongens, en Łukasz is daar de voorman van. Het klimaat regelen we met de computer van Priva, die zit ook op mijn telefoon.",
            "Vertel eens over een slechte dag.",
            "Vorig jaar viel de verwarming uit in een nacht met vorst. Meneer Van der Lugt, de eigenaar, stond om drie uur 's nachts naast me in de kas, nog in zijn pyjama.",
            "Wie beslist er over de aankopen?",
            "Van der Lugt zelf, en zijn dochter Jorien doet de inkoop. Kleine spullen bestellen we gewoon bij Royal Brinkman.",
        ],
        "people": ["Lieke Bogaard", "Roos", "Łukasz", "Van der Lugt", "Jorien"],
        "keep": ["Naaldwijk", "Priva", "Royal Brinkman"],
        "hard_keep": ["Royal Brinkman"],
    },
    {
        # Chocolate maker (Bruges, Flemish)
        "language": "nl",
        "utterances": [
            "Dag, kunt ge mij eens vertellen hoe een gewone dag in de chocolaterie eruitziet?",
            "Ja, zeker. Ik ben Lieselot Deprez en ik sta in de winkel en het atelier van een chocolaterie in de Steenstraat. 's Morgens om zeven begin ik met Fien aan de pralines.",
            "Wie is Fien?",
            "Fien is eigenlijk Josefien, de dochter van de baas. En Soufiane doet het tempereren, die is daar echt een kunstenaar in, ge moet dat zien.",
            "Wat was de laatste slechte dag?",
            "Paaszaterdag. Een bus toeristen, de kassa viel uit, en mevrouw De Backer, die honderd paaseitjes besteld had, stond te roepen dat ze niet klaar waren. Soufiane heeft tot middernacht gewerkt.",
            "En wie beslist wat er aangekocht wordt?",
            "Dirk Vanhaecke, de baas. Onze chocolade komt van Callebaut, daar verandert hij nooit iets aan, en de dozen laat hij maken in Sint-Andries.",
        ],
        "people": ["Lieselot Deprez", "Fien", "Josefien", "Soufiane", "De Backer", "Dirk Vanhaecke"],
        "keep": ["Steenstraat", "Callebaut", "Sint-Andries"],
        "hard_keep": ["Callebaut", "Sint-Andries"],
    },
    {
        # Diamond cutting (Antwerp, Flemish)
        "language": "nl",
        "utterances": [
            "Hoe ziet uw dag eruit, als slijper?",
            "Ik ben Bart Goossens, ik slijp al dertig jaar diamant, nu bij een kleine firma in de Hoveniersstraat. Ik begin om acht uur, en de stenen krijg ik van Hetal, die doet de planning.",
            "Met welke toestellen werkt ge?",
            "Elke steen wordt eerst gescand met een toestel van Sarine, dan weet ge hoe ge moet zagen. Vroeger deed Moshe dat allemaal op het oog, die oude vakman, maar die is nu met pensioen.",
            "Was er onlangs een slechte dag?",
            "Ja, er is een steen van vier karaat gebarsten op mijn schijf. Meneer Kothari, de eigenaar, heeft een hele dag niets gezegd. Dat was erger dan roepen, geloof me.",
            "Wie beslist over de aankoop van nieuwe machines?",
            "Kothari beslist, maar zijn zoon Nikhil moet het eerst goedkeuren, want die doet de boekhouding.",
        ],
        "people": ["Bart Goossens", "Hetal", "Moshe", "Kothari", "Nikhil"],
        "keep": ["Hoveniersstraat", "Sarine"],
        "hard_keep": ["Sarine"],
    },
    {
        # Home nursing (Genk, Limburg, Flemish)
        "language": "nl",
        "utterances": [
            "Vertel eens hoe een gewone werkdag voor u begint.",
            "Ik ben Büşra Korkmaz, thuisverpleegkundige bij het Wit-Gele Kruis in Genk. Om half zeven haal ik mijn lijst op, en de eerste patiënt is meestal meneer Lambrechts in Zwartberg, voor zijn insuline.",
            "Werkt ge alleen?",
            "Op de baan wel, maar we zijn een team van acht. Rosaria Cuccurullo is onze hoofdverpleegkundige, en met Lowie wissel ik de weekends.",
            "Wat was een slechte dag?",
            "Toen de app op de tablet niet meer werkte en ik niet wist welke zorg elke patiënt nodig had. Ik heb Rosaria wel tien keer gebeld vanuit de auto.",
            "Wie beslist over nieuwe tablets of materiaal?",
            "Dat gaat naar het kantoor in de André Dumontlaan, naar de regioverantwoordelijke. Maar eerlijk, Rosaria weet goed hoe ze daar iets gedaan krijgt.",
        ],
        "people": ["Büşra Korkmaz", "Lambrechts", "Rosaria Cuccurullo", "Lowie", "Rosaria"],
        "keep": ["Wit-Gele Kruis", "Zwartberg", "André Dumontlaan"],
        "hard_keep": ["André Dumontlaan"],
    },
    {
        # Bicycle repair shop (Utrecht)
        "language": "nl",
        "utterances": [
            "Hoe ziet een dag in de fietsenwinkel eruit?",
            "Ik heet Mehari Berhane, ik kom uit Eritrea en ik ben monteur bij een fietsenmaker aan de Oudegracht. Om half negen gaat de deur open en dan staan er al mensen met een lekke band.",
            "Met wie werk je samen?",
            "Met Joep, die de winkel heeft, en met Jasmijn, die de verkoop doet. Jasmijn is heel goed met de e-bikes, vooral die van Gazelle.",
            "En een slechte dag?",
            "Een keer had ik de remmen van een klant verkeerd afgesteld. Mevrouw De Wit kwam terug en zei: 'Mehari, ik was bijna onder een bus gekomen.' Joep heeft haar toen een week lang een fiets geleend.",
            "Wie beslist over wat jullie inkopen?",
            "Joep, want het is zijn geld. Maar de onderdelen van Shimano bestel ik zelf, dat vertrouwt hij mij toe.",
        ],
        "people": ["Mehari Berhane", "Joep", "Jasmijn", "De Wit", "Mehari"],
        "keep": ["Oudegracht", "Gazelle", "Shimano"],
        "hard_keep": [],
    },
    {
        # Flower auction (Aalsmeer)
        "language": "nl",
        "utterances": [
            "Wat doe je op een normale dag?",
            "Ik ben Kavita Jagessar, ik werk als kwaliteitscontroleur bij Royal FloraHolland in Aalsmeer. Ik begin om vijf uur 's ochtends, dan rijden de karren met rozen en tulpen al binnen.",
            "Met wie werk je?",
            "Mijn vaste maatje is Shurandy, een jongen van Curaçao, die scant de karren en ik keur ze. En Kees, dat is de oudste van de ploeg, die weet alles van chrysanten.",
            "Wat ging er laatst mis?",
            "Op Valentijnsdag liep het kloksysteem vast. Mevrouw Van 't Hof belde van de kwekerij: 'Mijn rozen staan daar te verwelken!' En Kees was ziek, dus Shurandy en ik stonden er alleen voor.",
            "Wie beslist over nieuwe scanners en zo?",
            "Dat is het hoofd logistiek, Geert-Willem Mulder. Die zit op het kantoor aan de Legmeerdijk en komt bijna nooit op de vloer.",
        ],
        "people": ["Kavita Jagessar", "Shurandy", "Kees", "Van 't Hof", "Geert-Willem Mulder"],
        "keep": ["Royal FloraHolland", "Aalsmeer", "Legmeerdijk"],
        "hard_keep": ["Royal FloraHolland"],
    },
    {
        # Container crane operator (port of Rotterdam), ASR lower case
        "language": "nl",
        "utterances": [
            "oké vertel eens hoe je dag eruitziet",
            "ja ik ben nelson lopes ik ben kraanmachinist op de maasvlakte bij ect delta ik woon in spijkenisse dus ik rij om vijf uur al weg",
            "en je collega's",
            "ik draai mijn diensten met teun en met ahmet teun zit er al vijfentwintig jaar die heeft nog met de oude kranen gewerkt ahmet is net begonnen",
            "wat was een slechte dag",
            "storm in januari windkracht negen dan moeten de kranen stil en het schip moest toch weg mevrouw bakker van de planning bleef maar bellen ik zeg mevrouw ik ga niet vliegen met die kraan",
            "en wie beslist er over nieuwe dingen aanschaffen",
            "dat gaat allemaal via het management de terminalmanager rutger denk ik maar wij merken daar niks van",
        ],
        "people": ["nelson lopes", "teun", "ahmet", "bakker", "rutger"],
        "keep": ["maasvlakte", "ect delta", "spijkenisse"],
        "hard_keep": [],
    },
    {
        # Hop farm (Poperinge, West Flanders, Flemish), ASR lower case
        "language": "nl",
        "utterances": [
            "vertel eens hoe een gewone dag op het bedrijf eruitziet",
            "ja ik ben tuur vanneste ik werk op een hopboerderij hier in poperinge en in september is het pluktijd dan beginnen we om zes uur met kobe aan de plukmachine",
            "wie is kobe",
            "kobe is de zoon van de boer en dan hebben we nog justyna en haar man die komen elk jaar uit polen voor de pluk justyna doet het drogen in den ast",
            "was er een slechte dag",
            "vorig jaar is de plukmachine kapot gegaan in volle oogst en mijnheer vandewalle de boer heeft toen heel de nacht zelf staan lassen",
            "en wie beslist over de verkoop en de aankopen",
            "vandewalle zelf die doet alles met de brouwerijen onze hop gaat naar duvel moortgat en naar een paar kleine brouwers in westouter",
        ],
        "people": ["tuur vanneste", "kobe", "justyna", "vandewalle"],
        "keep": ["poperinge", "duvel moortgat", "westouter"],
        "hard_keep": ["duvel moortgat"],
    },
    {
        # Municipal IT service desk (Groningen)
        "language": "nl",
        "utterances": [
            "Hoe ziet jouw werkdag er meestal uit?",
            "Ik ben Maylin Tanamal, ik werk op de ICT-servicedesk van de gemeente, in het stadhuis vlak bij de Martinitoren. Om acht uur log ik in op TOPdesk en kijk ik met Hidde welke meldingen er 's nachts zijn binnengekomen.",
            "Wie zitten er in jullie team?",
            "Hidde, Baukje en ik, en onze teamleider is Hylke Dijkstra. Baukje doet vooral de telefoons en laptops van de wethouders.",
            "Vertel eens over een slechte dag.",
            "Toen niemand in Groningen een dag kon inloggen, vlak voor de verkiezingen. Meneer Vos, de griffier, stond aan mijn bureau en zei alleen maar: 'Dit kan niet.' We hebben tot tien uur 's avonds doorgewerkt.",
            "Wie beslist over wat er gekocht wordt?",
            "Hylke maakt een voorstel en dan gaat het via inkoop. Voor grote dingen moet het zelfs langs de gemeenteraad, dat duurt maanden.",
        ],
        "people": ["Maylin Tanamal", "Hidde", "Baukje", "Hylke Dijkstra", "Vos", "Hylke"],
        "keep": ["Martinitoren", "TOPdesk", "Groningen"],
        "hard_keep": ["Martinitoren"],
    },
    # ------------------------------------------------------------------ Swedish
    {
        # Sawmill (Medelpad)
        "language": "sv",
        "utterances": [
            "Kan du berätta hur en vanlig dag ser ut på sågen?",
            "Jag heter Pontus Nordin och jobbar på ett sågverk utanför Timrå. Jag börjar halv sju, och första timmen går jag runt med Sten och kollar linjen.",
            "Vem är Sten?",
            "Sten Olofsson, skiftledaren. Han har jobbat här sedan åttiotalet. Och så har vi Pirjo på justerverket, hon är finsk och svär på finska när maskinen krånglar.",
            "Berätta om en dålig dag.",
            "I februari frös en hydraulslang och hela linjen stod still i åtta timmar. Stens telefon ringde hela tiden, och en lastbil till Holmen stod och väntade på virket.",
            "Vem bestämmer om inköp av maskiner?",
            "Det är ägaren, gamle herr Wallin, fast numera är det mest hans dotter Ebba som skriver på. Hon ringer runt och jämför priser innan hon bestämmer något.",
        ],
        "people": ["Pontus Nordin", "Sten", "Sten Olofsson", "Pirjo", "Stens", "Wallin", "Ebba"],
        "keep": ["Timrå", "Holmen"],
        "hard_keep": ["Holmen"],
    },
    {
        # Combined heat and power plant (Västerås)
        "language": "sv",
        "utterances": [
            "Hur ser en vanlig arbetsdag ut för dig?",
            "Jag heter Sagal Abdille och är drifttekniker på kraftvärmeverket hos Mälarenergi i Västerås. Vi går treskift, och när jag kommer in på morgonen har Mats nattrapporten klar åt mig.",
            "Vilka andra jobbar du med?",
            "Inga-Britt i kontrollrummet, hon har varit här i trettio år och kan pannan utantill. Och vår chef heter Johanna af Sillén.",
            "Kan du berätta om en riktigt dålig dag?",
            "Ett styrsystem från ABB hängde sig mitt i en köldknäpp, minus tjugofem. Inga-Britt ringde in alla, och af Sillén kom själv i mjukisbyxor klockan två på natten.",
            "Vem bestämmer om större inköp?",
            "Det går genom Johanna, men stora investeringar tar styrelsen. Mats brukar säga att vi får vänta tills något går sönder.",
        ],
        "people": ["Sagal Abdille", "Mats", "Inga-Britt", "Johanna af Sillén", "af Sillén", "Johanna"],
        "keep": ["Mälarenergi", "Västerås", "ABB"],
        "hard_keep": [],
    },
    {
        # Furniture warehouse (Småland)
        "language": "sv",
        "utterances": [
            "Berätta lite om din vanliga dag.",
            "Jag heter Amela Begović och är truckförare på ett lager i Älmhult. Mamma och pappa kom från Bosnien på nittiotalet, och jag började här när jag var nitton. Dagen börjar med ett kort möte med Björn, teamledaren.",
            "Vilka verktyg använder du?",
            "Truckarna är från Jungheinrich, och sen har vi en handdator som talar om vad som ska plockas. Björns största projekt just nu är att få alla att använda röststyrningen.",
            "Och en dålig dag?",
            "När det rasade en pallställning i gång fyra. Ingen skadades, men Linnéa, som var närmast, var chockad hela dagen. Skyddsombudet, Roger Ekström, stängde hela gången.",
            "Vem bestämmer om inköpen?",
            "Platschefen, fru Gustavsson kallar vi henne på skämt för hon är så formell. Men truckarna köper huvudkontoret, och småsaker får vi köpa på Clas Ohlson med kortet.",
        ],
        "people": ["Amela Begović", "Björn", "Björns", "Linnéa", "Roger Ekström", "Gustavsson"],
        "keep": ["Älmhult", "Jungheinrich", "Clas Ohlson"],
        "hard_keep": ["Jungheinrich", "Clas Ohlson"],
    },
    {
        # Archipelago ferry (Stockholm)
        "language": "sv",
        "utterances": [
            "Hur ser en vanlig dag ut ombord?",
            "Jag heter Golnar Moshiri och är matros på en av båtarna hos Waxholmsbolaget. Vi lägger ut från Strömkajen kvart över sju, och innan dess går jag igenom säkerheten med Nisse.",
            "Vem är Nisse?",
            "Nisse är befälhavare, egentligen heter han Nils Söderberg men ingen säger det. Och i kiosken ombord jobbar Stina på somrarna.",
            "Berätta om en dålig dag.",
            "En midsommarafton, fullt med folk som skulle ut till Vaxholm, och så stannade motorn mitt i farleden. Nisses röst i högtalaren var lugn, men jag såg att han svettades. Stina delade ut gratis kaffe till alla.",
            "Vem bestämmer om inköp, till exempel ny utrustning?",
            "Det bestämmer rederiet, och hos oss är det teknisk chef Henrik von Knorring. Men Nisse har alltid synpunkter.",
        ],
        "people": ["Golnar Moshiri", "Nisse", "Nils Söderberg", "Stina", "Nisses", "Henrik von Knorring"],
        "keep": ["Waxholmsbolaget", "Strömkajen", "Vaxholm"],
        "hard_keep": [],
    },
    {
        # Supermarket fresh produce (Malmö)
        "language": "sv",
        "utterances": [
            "Kan du beskriva en helt vanlig dag på jobbet?",
            "Jag heter Zilan Aziz och är avdelningschef för frukt och grönt på ICA Maxi här i Malmö. Jag börjar sex, och då har Vilja redan tagit emot första leveransen.",
            "Vem är Vilja?",
            "Vilja Bengtsson, hon är vår yngsta men den bästa. Sen har vi Olle på kolonialen, och butikschefen Ronja Persson, som bestämmer det mesta.",
            "Berätta om en dålig dag.",
            "Påskafton! Kylen med färdigmat, allt från Dafgårds, gick sönder på morgonen. Ronjas mamma, som bor i Rosengård, kom faktiskt in och hjälpte oss att flytta varorna.",
            "Vem bestämmer om inköpen?",
            "Ronja och jag gör beställningarna, men stora saker som nya kylar bestämmer ägaren. Olle säger att han är snål, men det är han inte.",
        ],
        "people": ["Zilan Aziz", "Vilja", "Vilja Bengtsson", "Olle", "Ronja Persson", "Ronjas", "Ronja"],
        "keep": ["ICA Maxi", "Dafgårds", "Rosengård"],
        "hard_keep": ["Dafgårds"],
    },
    {
        # Dairy farm (Jämtland), ASR lower case
        "language": "sv",
        "utterances": [
            "okej kan du berätta hur en vanlig dag ser ut för dig",
            "ja alltså jag heter maja hedman och jobbar på en mjölkgård utanför östersund vi har hundrasextio kor och jag börjar halv sex med mjölkningen tillsammans med mazen",
            "och mazen är en kollega",
            "ja mazen kom från syrien för sex år sen han var veterinär där och nu kan han korna bättre än nån annan och så har vi pelle som kör foderblandaren",
            "har du haft en riktigt dålig dag",
            "när roboten från delaval slutade fungera en lördag mitt i natten då fick vi nästan mjölka för hand och pelle ringde jouren i en timme innan nån svarade",
            "vem bestämmer om inköpen på gården",
            "det är gunnel som äger gården hon och hennes man men det är gunnel som bestämmer och mjölken hämtas av arla varannan dag",
        ],
        "people": ["maja hedman", "mazen", "pelle", "gunnel"],
        "keep": ["östersund", "delaval", "arla"],
        "hard_keep": ["delaval"],
    },
    {
        # Public dental clinic (Gothenburg), ASR lower case
        "language": "sv",
        "utterances": [
            "om du tänker på en vanlig dag hur ser den ut",
            "jag heter paula muñoz jag är tandsköterska på folktandvården i angered jag kommer kvart över sju och förbereder rummen innan stig-olof kommer",
            "vem är stig-olof",
            "det är tandläkaren som jag jobbar med mest stig-olof berg han är nära pension och sen finns det en ny tandläkare hampus som är väldigt snabb men lite slarvig",
            "berätta om en dålig dag",
            "när journalsystemet opus dental låg nere en hel måndag vi hade trettio patienter och ingen visste vem som skulle komma stig-olofs lista fick vi skriva ut på papper från fredagen och fru lindh i receptionen ringde alla",
            "och vem bestämmer vad ni köper in",
            "klinikchefen dima al-jaziri men det mesta köps centralt av regionen vi får bara önska",
        ],
        "people": [
            "paula muñoz",
            "stig-olof",
            "stig-olof berg",
            "hampus",
            "stig-olofs",
            "lindh",
            "dima al-jaziri",
        ],
        "keep": ["folktandvården", "angered", "opus dental"],
        "hard_keep": [],
    },
    # ------------------------------------------------------------------- Polish
    {
        # Amber jewellery workshop (Gdańsk)
        "language": "pl",
        "utterances": [
            "Dzień dobry, jak wygląda pani zwykły dzień w pracowni?",
            "Dzień dobry. Nazywam się Bogna Orłowska i jestem złotniczką w pracowni bursztynu w Gdańsku. Rano, koło ósmej, przeglądam z Ignasiem surowy bursztyn, który przyszedł z plaży albo od zbieraczy.",
            "Kto to jest Ignaś?",
            "Ignacy Kmieć, szlifierz, pracujemy razem od dwunastu lat. Jest też Ołena z Charkowa, która robi oprawy w srebrze. Z Ołeną najlepiej się pracuje, bo nigdy nie narzeka.",
            "Proszę opowiedzieć o złym dniu.",
            "W sierpniu przyszedł klient z Niemiec, pan Zawada, i powiedział, że nasz naszyjnik to plastik. Zrobiliśmy test przy nim, a on i tak poszedł do szefowej, do pani Gawrońskiej, i zrobił awanturę.",
            "A kto decyduje o zakupach?",
            "Szefowa, pani Gawrońska. Ona kupuje surowiec i decyduje, co wystawiamy na Allegro. Sklep mamy pod adresem Mariacka 21, więc klienci to głównie turyści.",
        ],
        "people": [
            "Bogna Orłowska",
            "Ignasiem",
            "Ignaś",
            "Ignacy Kmieć",
            "Ołena",
            "Ołeną",
            "Zawada",
            "Gawrońskiej",
            "Gawrońska",
        ],
        "keep": ["Allegro", "Mariacka"],
        "hard_keep": ["Mariacka"],
    },
    {
        # Software testing (Warsaw)
        "language": "pl",
        "utterances": [
            "Jak wygląda pani typowy dzień w pracy?",
            "Jestem Quynh Phan, urodziłam się w Warszawie, a rodzice są z Wietnamu. Pracuję jako testerka w firmie programistycznej. Dzień zaczynam o dziewiątej od krótkiego spotkania z Olkiem i resztą zespołu.",
            "Kto jest w pani zespole?",
            "Olek, czyli Aleksander Sowa, jest naszym liderem. Do tego dwóch programistów, Maciek i Wasyl, który przyjechał ze Lwowa. Rozmawiamy głównie przez Slack, nawet jak siedzimy obok siebie.",
            "Proszę opowiedzieć o złym dniu.",
            "Wdrożenie aplikacji dla sieci sklepów, naszym klientem jest Żabka. W piątek wieczorem wszystko padło, a u Maćka akurat były urodziny syna. Telefon Olka dzwonił co pięć minut.",
            "Kto decyduje o zakupie narzędzi?",
            "Prezes, pan Szpak, ale on podpisuje wszystko, co mu Olek przyniesie. Z panem Szpakiem nie ma problemu, jeśli jest tanio.",
        ],
        "people": [
            "Quynh Phan",
            "Olkiem",
            "Olek",
            "Aleksander Sowa",
            "Maciek",
            "Wasyl",
            "Maćka",
            "Olka",
            "Szpak",
            "Szpakiem",
        ],
        "keep": ["Slack", "Żabka"],
        "hard_keep": [],
    },
    {
        # Milk collection for a dairy cooperative (Podlasie)
        "language": "pl",
        "utterances": [
            "Jak wygląda pana zwykły dzień w pracy?",
            "Jestem Ryszard Dąbrowski, ale wszyscy mówią na mnie Rysiek. Jeżdżę cysterną dla spółdzielni Mlekovita i zbieram mleko z gospodarstw. Zaczynam o piątej rano.",
            "Z kim pan pracuje?",
            "Na bazie jest Siarhiej z Grodna, on myje cysterny i zna się na pompach. Z Siarhiejem gramy w szachy na przerwie. A laborantka, pani Marzena, bada każdą próbkę mleka.",
            "Jaki był ostatnio zły dzień?",
            "W lipcu zepsuło się chłodzenie u jednego rolnika, u pana Jasińskiego, i mleko było kwaśne. Musiałem wylać cały zbiornik, a pan Jasiński płakał, dosłownie.",
            "A kto decyduje o zakupach, na przykład nowej cysterny?",
            "Zarząd spółdzielni. Ale mój kierownik, Leszek Zaręba, zawsze pyta kierowców. Moja cysterna to Scania i Leszek mówi, że następna też będzie Scania.",
        ],
        "people": [
            "Ryszard Dąbrowski",
            "Rysiek",
            "Siarhiej",
            "Siarhiejem",
            "Marzena",
            "Jasińskiego",
            "Jasiński",
            "Leszek Zaręba",
            "Leszek",
        ],
        "keep": ["Mlekovita", "Scania"],
        "hard_keep": [],
    },
    {
        # Furniture factory (near Poznań)
        "language": "pl",
        "utterances": [
            "Jak wygląda pani dzień w fabryce?",
            "Mam na imię Jola, właściwie Jolanta Kędzierska. Pracuję w fabryce mebli pod Poznaniem, robimy fronty szaf głównie dla IKEA. Zaczynam o szóstej na linii okleiniarki, razem z Rameshem.",
            "Kim jest Ramesh?",
            "Ramesh przyjechał z Nepalu trzy lata temu i uczy się polskiego szybciej niż ja angielskiego. Na drugiej zmianie jest Daria, moja przyjaciółka, często mijamy się w szatni.",
            "Jakich części używacie i jaki był najgorszy dzień?",
            "Zawiasy montujemy firmy Blum. Najgorszy dzień był wtedy, kiedy przyszła partia złych zawiasów i cała zmiana Darii musiała je rozkręcać do rana.",
            "Kto decyduje, co kupić?",
            "Kierownik produkcji, pan Kos. Do pana Kosa idę, jak trzeba coś zamówić, a on i tak dzwoni do dyrektora.",
        ],
        "people": [
            "Jola",
            "Jolanta Kędzierska",
            "Rameshem",
            "Ramesh",
            "Daria",
            "Darii",
            "Kos",
            "Kosa",
        ],
        "keep": ["IKEA", "Blum"],
        "hard_keep": ["Blum"],
    },
    {
        # Tram depot (Wrocław)
        "language": "pl",
        "utterances": [
            "Jak wygląda pana dzień w zajezdni?",
            "Nazywam się Edmund Jagoda, jestem elektrykiem w zajezdni tramwajowej. Pracuję w MPK Wrocław od dziewiętnastu lat. Rano dostaję od pani Jadwigi listę tramwajów, które w nocy zgłosiły usterki.",
            "Kim jest pani Jadwiga?",
            "Jadwiga Sroka, dyspozytorka, wszyscy mówimy na nią Jadzia. Bez Jadzi ta zajezdnia by stanęła. W brygadzie mam jeszcze Tamaza z Gruzji i młodego Patryka.",
            "Proszę opowiedzieć o złym dniu.",
            "Styczeń, minus dwadzieścia stopni. Nasze nowe wagony, Pesa Twist, nie chciały ruszyć. Tamaz i ja spędziliśmy całą noc na dachach tramwajów, a Patryk nosił nam herbatę.",
            "Kto decyduje o zakupach części i narzędzi?",
            "Szef warsztatu, inżynier Stępień, a duże rzeczy zarząd. Ale Jadzia wie wcześniej niż on, co będzie kupione.",
        ],
        "people": [
            "Edmund Jagoda",
            "Jadwigi",
            "Jadwiga",
            "Jadwiga Sroka",
            "Jadzia",
            "Jadzi",
            "Tamaza",
            "Patryka",
            "Tamaz",
            "Patryk",
            "Stępień",
        ],
        "keep": ["MPK Wrocław", "Pesa Twist"],
        "hard_keep": [],
    },
    {
        # Mushroom farm (near Lublin), ASR lower case
        "language": "pl",
        "utterances": [
            "dzień dobry jak wygląda pani dzień w pracy",
            "dzień dobry nazywam się switłana bojko jestem z ukrainy i pracuję w pieczarkarni pod lublinem zaczynamy o szóstej zbieramy pieczarki ręcznie razem z bożenką i z heńkiem",
            "kim są bożenka i heniek",
            "bożenka jest brygadzistką jest tu najdłużej a heniek wozi skrzynki do chłodni dużo żartuje ale pracuje szybko",
            "a jak wyglądał jakiś zły dzień",
            "jak przyszła kontrola z sieci biedronka i znaleźli w jednej skrzynce ziemię szef pan tadeusz krzyczał na wszystkich a bożenka się popłakała",
            "kto u was decyduje o zakupach",
            "tylko pan tadeusz on kupuje wszystko nawet rękawiczki a pieczarki idą głównie do sklepów biedronka i lidl",
        ],
        "people": ["switłana bojko", "bożenką", "heńkiem", "bożenka", "heniek", "tadeusz"],
        "keep": ["biedronka", "lidl"],
        "hard_keep": [],
    },
    {
        # Parcel courier (Łódź), ASR lower case
        "language": "pl",
        "utterances": [
            "dobra to może pan opowie jak wygląda taki zwykły dzień",
            "no więc nazywam się dawid pietrzyk ale na magazynie wszyscy mówią kaczor jeżdżę jako kurier dla firmy inpost po łodzi rano o siódmej odbieram paczki od uli",
            "kto to jest ula",
            "ula to urszula ona jest na magazynie i daje nam trasy moja trasa to głównie centrum ulica piotrkowska i okolice tam jest najwięcej paczek i najgorzej z parkowaniem",
            "a jakiś zły dzień pan pamięta",
            "black friday samochód mi stanął w centrum z trzystoma paczkami zadzwoniłem do kierownika do pana borkowskiego a on mówi kaczor radź sobie no to asia z drugiej trasy przyjechała i przełożyliśmy wszystko do niej",
            "a kto decyduje o tym jakie samochody czy skanery macie",
            "to wszystko centrala ja mam swoją działalność więc skaner mam od nich a samochód swój pan borkowski tylko mówi ile paczek mam wziąć",
        ],
        "people": ["dawid pietrzyk", "kaczor", "uli", "ula", "urszula", "borkowskiego", "borkowski", "asia"],
        "keep": ["inpost", "ulica piotrkowska"],
        "hard_keep": ["ulica piotrkowska"],
    },
]


def interviews_i() -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(i["language"], list(i["utterances"]), list(i["people"]), list(i["keep"])) for i in INTERVIEWS_I]


def all_names_i() -> list[str]:
    return [name for item in INTERVIEWS_I for name in item["people"]]


HARD_KEEP_I: frozenset[str] = frozenset(term for item in INTERVIEWS_I for term in item["hard_keep"])


# -- sanity checks on the data itself (run on import) --------------------------------------------


def _occurs(phrase: str, text: str) -> bool:
    """The same whole-word, case-sensitive test the measurement uses."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _check() -> None:
    problems: list[str] = []
    expected = {"it": 9, "nl": 9, "sv": 7, "pl": 7}
    counts = {language: 0 for language in expected}
    lower_counts = {language: 0 for language in expected}
    for number, item in enumerate(INTERVIEWS_I):
        where = f"excerpt {number} ({item['language']})"
        if item["language"] not in expected:
            problems.append(f"{where}: unexpected language")
            continue
        counts[item["language"]] += 1
        utterances, people, keep = item["utterances"], item["people"], item["keep"]
        text = "\n".join(utterances)
        if not 4 <= len(utterances) <= 8:
            problems.append(f"{where}: {len(utterances)} turns")
        if not 1 <= len(keep) <= 3:
            problems.append(f"{where}: {len(keep)} keep terms")
        if len(people) < 2 or len(set(people)) != len(people):
            problems.append(f"{where}: too few or repeated person mentions")
        lower = all(u == u.lower() for u in utterances)
        lower_counts[item["language"]] += lower
        if lower and any(m != m.lower() for m in [*people, *keep]):
            problems.append(f"{where}: capitals in a lower-case excerpt's lists")
        for mention in people:
            if not _occurs(mention, text):
                problems.append(f"{where}: person mention {mention!r} not in the text")
        for term in keep:
            if not _occurs(term, text):
                problems.append(f"{where}: keep term {term!r} not in the text")
        for term in item["hard_keep"]:
            if term not in keep:
                problems.append(f"{where}: hard keep term {term!r} not in keep")
        name_words = {w.casefold() for m in people for w in re.findall(r"\w+", m)}
        for term in keep:
            shared = name_words & {w.casefold() for w in re.findall(r"\w+", term)}
            if shared:
                problems.append(f"{where}: keep term {term!r} shares {sorted(shared)} with a person mention")
        # every occurrence of a name word must lie inside a listed mention
        rest = text
        for mention in sorted(people, key=len, reverse=True):
            rest = re.sub(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", " | ", rest)
        for mention in people:
            for word in re.findall(r"\w+", mention):
                if _occurs(word, rest):
                    problems.append(f"{where}: name word {word!r} also occurs outside the listed mentions")
    if counts != expected:
        problems.append(f"excerpts per language {counts}, expected {expected}")
    if lower_counts != {language: 2 for language in expected}:
        problems.append(f"lower-case excerpts per language {lower_counts}, expected two each")
    if problems:
        raise ValueError("pii_names_i data problems:\n" + "\n".join(problems))


_check()
