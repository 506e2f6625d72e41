"""Twenty-fourth set of person-name test data (set X, held out): South Asian speech written in Latin letters.

Sixteen excerpts from customer-research "day in the life" interviews in code-mixed South Asian speech
as people type it or as speech recognition writes it in Latin letters: six in Hinglish (``hi``), two in
romanised Urdu (``ur``), two in romanised Bengali (``bn``), two in Tamil-English (``ta``), two in
Telugu-English (``te``) and two in Punjabi in Latin letters (``pa``). Interviewer and participant turns
alternate without speaker labels; every excerpt is set at a different workplace in a different city (a
bus depot in Jaipur, a beauty parlour in Indore, a support centre in Noida, a cloud kitchen in Gurugram,
a hospital pharmacy in Lucknow, an e-rickshaw charging point in Patna, a courier hub in Faisalabad, a
football factory in Sialkot, a fish market in Chittagong, a mobile repair shop in Kolkata, a school
canteen in Madurai, a knitwear unit in Tiruppur, a software QA team in Hyderabad, a seed shop in Guntur,
a brick kiln near Khanna and a milk collection centre near Moga). Names appear as people use them:
first names with honorifics (ji, bhai, bhaiya, didi, sahab, madam, sir, apa, baji, da, babu, anna,
akka, garu, bhainji, veerji), nicknames (Tinku, Monu, Golu, Billu, Bobby, Sunny, happy, lucky), full
names in introductions, surnames alone and initials.

About half the excerpts of each language are written wholly in lower case without punctuation, as
speech recognition writes code-mixed speech, and the others with ordinary capitals: three of the six
Hinglish excerpts and one of the two in every other language. ``check_excerpts``' lower-case rule
expects exactly one lower-case excerpt per language, which the three Hinglish ones cannot satisfy, so
``_check`` passes ``lower_case=False`` and checks these per-language lower-case counts itself.

``people`` lists every person-name mention exactly as it is written (honorifics and kinship words left
out), so that any name word left in a redacted text is a leak. ``keep`` lists the non-person proper
names (shops and firms, places and roads, brands, apps, banks, institutions, a chilli variety) that must
survive redaction, and ``hard_keep`` is the subset of ``keep`` that contains or looks like a person's
name (Malviya Nagar, Sethi Sweets, Jinnah Colony, Susan Road, Anna Nagar, Khanna, teja ...).

``NAME_FREE_X`` holds twelve passages (language, text), two per language, of the same kind of
code-mixed speech that mention no person at all; one of each language's two is lower case without
punctuation. A pseudonymiser must leave them unchanged.
"""

from __future__ import annotations

import re
from typing import TypedDict

from pii_set_check import check_excerpts, excerpt_tuples, hard_keep_of, people_of


class InterviewX(TypedDict):
    language: str  # ISO 639-1 of the matrix language
    utterances: list[str]  # 6-10 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_X: list[InterviewX] = [
    # Hinglish (Jaipur), state bus depot
    {
        "language": "hi",
        "utterances": [
            "Namaste, aapne time nikala uske liye thank you. Pehle thoda apne baare mein bataiye, aap kya kaam karte hain aur aapka din kaise shuru hota hai?",
            "Namaste. Mera naam Mahendra Singh Shekhawat hai, main RSRTC ke Sindhi Camp depot mein traffic controller hoon. Subah saade chaar baje ghar se nikalta hoon, kyunki pehli bus Ajmer ke liye paanch baje chhootti hai. Depot pahunch ke sabse pehle duty chart dekhta hoon ki kaun driver aaya, kaun chhutti pe hai. Phir Bhanwar ji ke saath chai peeta hoon, woh workshop ke incharge hain aur unko pata hota hai ki kaunsi gaadi aaj start nahi hogi.",
            "Aapke saath roz kaun kaun kaam karta hai?",
            "Shift mein hum do log hain, main aur Kavita Meena. Kavita madam computer waala kaam dekhti hain, ticket machine ka hisaab, online booking, sab. Upar depot manager hain, Rathore sahab. Rathore sahab thode sakht hain par galat baat pe kabhi nahi daantte. Aur conductor log, unmein ek ladka hai Tinku, asli naam toh Tarun hai par poora depot usko Tinku hi bolta hai. Tinku ko har route yaad hai, kaunse stop pe kitni sawari chadhti hai, sab.",
            "Kaam ke liye kaunse tools ya apps use karte hain?",
            "Ticket ke liye ETIM machine hai, haath waali. Booking sab website aur app se hoti hai, aur driver logon ka group WhatsApp pe hai. Jab machine hang hoti hai toh main IT waale Sunil Choudhary ko phone karta hoon. Sunil bhai aate hain, do button dabaate hain aur bolte hain, 'Shekhawat ji, restart kar dete toh ho jaata.' Haan bhai, pata hai, par subah paanch baje line mein pachaas sawari khadi ho toh kaun restart kare?",
            "Din ka sabse mushkil hissa kya hota hai?",
            "Shaadi ka season aur mela. Pichhle mahine Pushkar mela tha, ek din mein teen sau extra trip lagaye. Aur Malviya Nagar waale flyover pe kaam chal raha hai toh city ki buses aadha ghanta late chalti hain. Sawari gussa hoti hai, koi akhbaar mein likh deta hai, phir Rathore sahab mujhe bulaate hain. Achha hai ki Kavita madam saath hoti hain, woh phone sambhaal leti hain aur main naya route bana deta hoon. Dopahar do baje chhutti hoti hai, raste mein Sethi Sweets se bachchon ke liye kachori le jaata hoon.",
        ],
        "people": [
            "Mahendra Singh Shekhawat",
            "Bhanwar",
            "Kavita Meena",
            "Kavita",
            "Rathore",
            "Tinku",
            "Tarun",
            "Sunil Choudhary",
            "Sunil",
            "Shekhawat",
        ],
        "keep": ["RSRTC", "Sindhi Camp", "Ajmer", "Pushkar", "Malviya Nagar", "Sethi Sweets"],
        "hard_keep": ["Pushkar", "Malviya Nagar", "Sethi Sweets"],
    },
    # Hinglish (Indore), beauty parlour, lower case
    {
        "language": "hi",
        "utterances": [
            "namaste didi sabse pehle apne baare mein bataiye aap kya karti hain aur aapka din kaisa jaata hai",
            "haan ji namaste mera naam rekha solanki hai main vijay nagar mein ek parlour chalaati hoon naam hai glow beauty salon subah das baje shutter uthaati hoon pehle safai hoti hai phir pinky aati hai pinky mere saath paanch saal se hai threading aur waxing woh hi dekhti hai sach bolun toh mujhse bhi achhi karti hai",
            "aur kaun kaun hai aapki team mein",
            "teen ladkiyan hain pinky hai sonam hai aur nayi waali hai jyoti jyoti abhi seekh rahi hai facial aur cleanup karti hai bridal ka kaam main khud karti hoon mehendi ke liye bahar se farzana aapa ko bulaate hain unka haath bahut saaf hai shaadi ke season mein farzana aapa ke bina kaam hi nahi chalta",
            "booking aur payment ka kya system hai",
            "zyada booking toh whatsapp pe hi aati hai kuch log urban company se bhi aate hain par unka commission bahut hai isliye main apne regular customer ko seedha bulaati hoon payment sab google pay ya phonepe se hota hai cash ab kam hi aata hai maal hum rajwada ke paas ek wholesale dukaan se laate hain patel cosmetics naam hai wahan chintu bhaiya hain woh naya product aate hi photo bhej dete hain",
            "sabse mushkil kya lagta hai",
            "shaadi ka season bas ek din mein teen teen dulhan ho jaati hain pichhle mahine ek dulhan ki mummy ne subah chaar baje bula liya main pinky aur sonam ko lekar gayi raste mein scooty puncture ho gayi phir mere pati ne aake chhoda aur light chali jaaye toh aur mushkil hai inverter bhi do ghante hi chalta hai",
            "aur dukaan band karne ke baad",
            "raat nau baje band karte hain ladkiyon ko bhej ke main hisaab milaati hoon kabhi kabhi sarafa chale jaate hain bhutte ka kees khaane ghar pahunch ke beta guddu homework lekar baith jaata hai usko maths main hi padhaati hoon",
        ],
        "people": ["rekha solanki", "pinky", "sonam", "jyoti", "farzana", "chintu", "guddu"],
        "keep": [
            "vijay nagar",
            "glow beauty salon",
            "urban company",
            "google pay",
            "rajwada",
            "patel cosmetics",
        ],
        "hard_keep": ["vijay nagar", "patel cosmetics"],
    },
    # Hinglish (Noida), customer support centre
    {
        "language": "hi",
        "utterances": [
            "Hi, thanks for joining. Aap apne kaam ke baare mein thoda batayenge? Din kaise start hota hai?",
            "Hi. Main Aakash Verma, Sector 62 mein ek customer support company mein team leader hoon, hum ek telecom client ka inbound process sambhaalte hain. Meri shift subah saat baje se hai, toh cab saade paanch baje aa jaati hai. Office pahunch ke pehle huddle hota hai, usmein kal ka AHT, CSAT sab dekhte hain. Huddle aksar Neha Kapoor leti hain, woh hamari ops manager hain.",
            "Team mein kitne log hain aur kaun aapke sabse kaam aata hai?",
            "Chaudah agents hain. Sabse purani hai Shalini Rawat, Shalini mere saath teen saal se hai, escalation waale calls woh hi leti hai. Ek ladka hai Monu, poora naam Mohit Bisht, pahaad se hai, uski awaaz itni shaant hai ki gussa waala customer bhi thanda ho jaata hai. Quality waale Fernandes sir har hafte calls sunte hain aur marks dete hain. Fernandes sir se sab darte hain, par sach mein woh bahut help karte hain.",
            "Kaunse tools use karte ho?",
            "Calls ke liye ek dialer hai, tickets Salesforce mein banate hain aur team ka chat Microsoft Teams pe hota hai. Sabse bada dard hai ki Salesforce lunch ke time slow ho jaata hai. Tab main IT mein Imran ko message karta hoon. Imran bolta hai, 'Verma bhai, pura floor ek saath login karega toh slow hoga hi.'",
            "Sabse mushkil kya hai?",
            "Network outage waale din. Jab kisi circle mein tower down hota hai toh queue mein do sau calls wait pe hoti hain. Tab Neha ma'am khud floor pe aati hain aur hum break cancel kar dete hain. Ek baar toh Shalini ne lagaataar chaar ghante bina paani piye calls li thi, uske baad hum sab ne usko Haldiram's se samosa party di.",
            "Shift ke baad kya karte ho?",
            "Teen baje chhutti, phir cab se ghar, Indirapuram. Thoda so ke shaam ko society ke ladkon ke saath cricket. Weekend pe kabhi kabhi DLF Mall of India chale jaate hain, par zyada toh ghar pe Netflix hi.",
        ],
        "people": [
            "Aakash Verma",
            "Neha Kapoor",
            "Shalini Rawat",
            "Shalini",
            "Monu",
            "Mohit Bisht",
            "Fernandes",
            "Imran",
            "Verma",
            "Neha",
        ],
        "keep": [
            "Sector 62",
            "Salesforce",
            "Microsoft Teams",
            "Haldiram's",
            "Indirapuram",
            "DLF Mall of India",
        ],
        "hard_keep": ["Haldiram's"],
    },
    # Hinglish (Gurugram), cloud kitchen, lower case
    {
        "language": "hi",
        "utterances": [
            "namaste bhaiya aap apne kaam ke baare mein bataiye din kaise shuru hota hai",
            "namaste main dinesh negi hoon sohna road pe ek cloud kitchen hai wahan head cook hoon hamare teen brand chalte hain ek hi kitchen se biryani ka alag naam hai rolls ka alag aur thali ka alag subah nau baje pahunchta hoon sabse pehle dekhta hoon raat ka maal kitna bacha hai phir sabzi waala aata hai uska naam hai pappu pappu se bhaav pe roz ladaai hoti hai",
            "kitchen mein aur kaun kaun hai",
            "chhe log hain tandoor pe hain salim bhai biryani ka dum woh hi dete hain unke haath ka swaad alag hai rolls pe do ladke hain bablu aur ankit packing aur handover pe hai ek ladki kajal kajal ka dhyaan rehta hai ki har order pe sticker sahi lage aur chammach daale malik hain mr arora woh hafte mein ek baar aate hain baaki sab phone pe hi",
            "orders kaise aate hain aur kaunse apps use hote hain",
            "sab order zomato aur swiggy se aate hain ek tablet pe dono ke app khule rehte hain ek hi time pe bees order aa jaayein toh kajal chillaati hai maal ke liye hyperpure se mangwaate hain aur masale ke liye jain masala bhandar se jo sector fourteen mein hai uska bill arora sahab khud dekhte hain",
            "sabse mushkil waqt kab hota hai",
            "weekend raat ko aur match waale din india ka match ho toh saat se das baje tak saans lene ka time nahi milta ek baar gas khatam ho gayi thi beech rush mein salim bhai ne do tandoor ek saath sambhaale aur bablu bhaag ke cylinder laaya rating us din bhi kam nahi hui",
            "aur chhutti ke baad",
            "raat ek baje tak band hota hai phir hum sab wahi khaana khaate hain jo bacha ho main kamre pe jaake ghar video call karta hoon pauri mein maa aur bachche hain saal mein do baar hi jaana hota hai",
        ],
        "people": ["dinesh negi", "pappu", "salim", "bablu", "ankit", "kajal", "arora"],
        "keep": ["sohna road", "zomato", "swiggy", "hyperpure", "jain masala bhandar", "pauri"],
        "hard_keep": ["jain masala bhandar"],
    },
    # Hinglish (Lucknow), hospital pharmacy
    {
        "language": "hi",
        "utterances": [
            "Aadaab, aapka shukriya. Pehle bataiye aap kahan kaam karte hain aur din kaise guzarta hai?",
            "Aadaab. Mera naam Faizan Siddiqui hai, main Hazratganj ke paas ek private hospital ki pharmacy mein senior pharmacist hoon. Subah aath baje ki shift hoti hai. Pehle raat waale pharmacist se handover leta hoon, aajkal raat mein Ravi Shankar Tiwari hote hain. Tiwari ji bahut saaf register likhte hain, ek ek strip ka hisaab. Phir cold storage ka temperature check karta hoon, insulin aur vaccine waali fridge ka.",
            "Aapke saath aur kaun hota hai?",
            "Counter pe do ladke hain, Golu aur Deepanshu. Golu ka naam toh Gaurav hai par bachpan se Golu hi chal raha hai. Store mein stock Anjali Srivastava dekhti hain, woh purani hain, unko har dawai ka generic naam zubaani yaad hai. Aur doctor log, khaaskar Dr. Mehrotra, unki handwriting padhna apne aap mein ek kaam hai. Har dusre parche pe Anjali didi ko bulaana padta hai.",
            "Software ya apps kaunse use hote hain?",
            "Billing ke liye ek software hai, aur hospital ka apna system. Distributor ko order hum WhatsApp pe bhejte hain, Aminabad mein Lucknow Pharma Agencies se maal aata hai. Online waale patients kabhi kabhi PharmEasy ka rate dikhaate hain aur bolte hain wahan sasta hai. Main samjhaata hoon bhai, wahan kal aayegi, yahan abhi mil rahi hai.",
            "Sabse mushkil kya hai?",
            "Jab koi dawai short ho jaaye. Pichhle saal dengue ke time kuch injection mil hi nahi rahe the. Tab poore shehar mein phone ghumaane padte the, log counter pe aake bolte the, 'Siddiqui sahab, kuch bhi karke dila dijiye.' Deepanshu ek baar scooty leke Charbagh tak gaya tha.",
            "Aur ghar pe?",
            "Shaam paanch baje nikalta hoon. Raste mein Tunday Kababi pe ruk jaata hoon kabhi kabhi, ammi ke liye galouti le jaata hoon. Raat ko bachchon ke saath thoda carrom, bas.",
        ],
        "people": [
            "Faizan Siddiqui",
            "Ravi Shankar Tiwari",
            "Tiwari",
            "Golu",
            "Deepanshu",
            "Gaurav",
            "Anjali Srivastava",
            "Mehrotra",
            "Anjali",
            "Siddiqui",
        ],
        "keep": [
            "Hazratganj",
            "Aminabad",
            "Lucknow Pharma Agencies",
            "PharmEasy",
            "Charbagh",
            "Tunday Kababi",
        ],
        "hard_keep": ["Tunday Kababi"],
    },
    # Hinglish (Patna), e-rickshaw charging point, lower case
    {
        "language": "hi",
        "utterances": [
            "pranaam aap apna parichay dijiye aur bataiye din kaise shuru hota hai",
            "pranaam hamara naam santosh kumar paswan hai kankarbagh mein ek e rickshaw charging point chalaate hain subah paanch baje se rickshaw waale aane lagte hain jo raat bhar charge pe lage the unko nikaalna hai aur naye lagaana hai saath mein hamara bhatija bittu rehta hai bittu hisaab kitaab dekhta hai hum toh zyada padhe likhe nahi hain",
            "kitne rickshaw aate hain aur kaun log hain",
            "roz chaalees pachaas rickshaw aate hain kuch ke apne hain kuch kiraye pe chalaate hain ek hain raghunath prasad ji unke paas aath rickshaw hain sab kiraye pe dete hain unka hisaab mahine ke end mein hota hai ek ladka hai chhotu bahut mehnati hai subah gandhi maidan se stand tak sawari dhota hai aur dopahar ko yahan aake battery dikhata hai",
            "paisa kaise lete hain aur koi app wagairah",
            "zyada log phonepe se dete hain kuch cash bhi bittu ne ek register bana rakha hai aur ab ek app bhi hai khatabook usmein udhaar likh deta hai bijli ka bill bahut aata hai sbpdcl ka meter hai do baar meter jal gaya toh line man sinha ji ko bulaana pada sinha ji aate hain toh pehle chai maangte hain phir kaam",
            "sabse zyada dikkat kis cheez mein hoti hai",
            "baarish mein paani bhar jaata hai aur light kat jaati hai tab sab rickshaw waale gussa karte hain ki battery aadhi hai pichhle saal chhath ke time teen din light nahi thi tab hum generator kiraye pe laaye boring road waali ek dukaan se",
            "aur aage kya sochte hain",
            "bittu bolta hai ki do point aur kholenge ek danapur mein ek patna city mein dekhiye paisa jama ho toh karenge beti ka admission bhi karana hai agle saal",
        ],
        "people": ["santosh kumar paswan", "bittu", "raghunath prasad", "chhotu", "sinha"],
        "keep": ["kankarbagh", "gandhi maidan", "phonepe", "khatabook", "sbpdcl", "boring road"],
        "hard_keep": ["gandhi maidan"],
    },
    # Romanised Urdu (Faisalabad), courier sorting hub
    {
        "language": "ur",
        "utterances": [
            "Assalam o alaikum, waqt dene ka shukriya. Pehle apne baare mein bataiye, aap kya kaam karte hain aur aap ka din kaise shuru hota hai?",
            "Walaikum assalam. Mera naam Usman Ghani hai, main Faisalabad mein ek courier company ke sorting hub ka supervisor hoon, Susan Road ke peeche. Subah chhe baje hub khulta hai, Lahore aur Karachi se raat wali gaariyan aa chuki hoti hain. Sab se pehle main Nadeem bhai ke saath manifest milata hoon, ke jitne bag aaye woh utne hi hain jitne system mein likhe hain.",
            "Aap ki team mein kaun kaun hai?",
            "Sorting par barah larke hain. Sab se purana Bilal hai, us ka asal naam Muhammad Bilal Anjum hai par sab Billu kehte hain. Billu aankhen band kar ke bata deta hai ke kaun sa parcel kis route ka hai. Riders ka incharge Asif sahab hain. Aur office mein Sadia apa hain, woh COD ka hisaab rakhti hain, ek rupaya idhar udhar ho to Sadia apa pakar leti hain.",
            "Kaun se apps ya system istemal karte hain?",
            "Hamara apna scanning app hai, har parcel scan hota hai. Zyada tar maal Daraz ke sellers ka hota hai, aur kuch Instagram wale kapron ke business. Payment riders Easypaisa ya JazzCash par jama karwaate hain. Jab scanner ka software atak jaye to Lahore office mein Kamran ko call karta hoon. Kamran kehta hai, 'Ghani sahab, Wi-Fi band kar ke dobara chalayen.' Woh to main pehle hi kar chuka hota hoon.",
            "Sab se mushkil din kaun sa hota hai?",
            "Eid se pehle aur 11.11 sale ke din. Un dinon mein parcel teen guna ho jaate hain. Pichhle saal chaand raat ko hum subah teen baje tak kaam karte rahe. Ghanta Ghar ke bazaar wale dukandar khud aa gaye apna maal lene. Asif sahab ne riders ko double shift di aur Nadeem bhai ne sab ke liye dhabay se biryani mangwai.",
            "Aur ghar ja kar?",
            "Maghrib ke baad ghar pohanchta hoon. Bachon ke saath khana, phir thori der cricket dekhta hoon. Juma ko chhutti hoti hai, us din ammi ko Jinnah Colony mein khala ke ghar le jaata hoon.",
        ],
        "people": [
            "Usman Ghani",
            "Nadeem",
            "Bilal",
            "Muhammad Bilal Anjum",
            "Billu",
            "Asif",
            "Sadia",
            "Kamran",
            "Ghani",
        ],
        "keep": ["Susan Road", "Daraz", "Easypaisa", "JazzCash", "Ghanta Ghar", "Jinnah Colony"],
        "hard_keep": ["Susan Road", "Jinnah Colony"],
    },
    # Romanised Urdu (Sialkot), football stitching factory, lower case
    {
        "language": "ur",
        "utterances": [
            "assalam o alaikum aap apna taaruf karwaein aur bataein aap ka din kaise shuru hota hai",
            "walaikum assalam mera naam tariq mehmood hai main sialkot mein daska road par ek football factory mein stitching ka supervisor hoon subah saat baje pohanch jaata hoon pehle dekhta hoon ke kal kitne panel katay thay aur aaj kitne ball silne hain phir bare sahab ke saath chai peeta hoon woh roz subah poori factory ka chakkar lagaate hain",
            "aap ke saath kaun kaun kaam karta hai",
            "stitching hall mein chaalees karigar hain zyada tar auratein ghar se bhi silai kar ke laati hain un ka hisaab shazia baji rakhti hain shazia baji ke paas har karigar ka register hai quality check par zubair hai zubair ki nazar bohat tez hai ek taanka bhi tedha ho to ball wapas aur machine wale section mein naveed butt hain jinhein sab butt sahab kehte hain",
            "kaun se system ya apps istemal hote hain",
            "order ka saara kaam email par hota hai bahar ke buyers se production ka hisaab excel mein karte hain karigaron ko paisay jazzcash par bhejte hain aur jo naye hain un ka account meezan bank mein khulwa dete hain material lahore ke allama iqbal town wale ek godown se aata hai",
            "sab se mushkil waqt kaun sa hota hai",
            "world cup se pehle ka season tab raat ko bhi kaam chalta hai pichhli dafa itna order tha ke naveed bhai ne apne bhai ko bhi kharian se bula liya aur bijli ka masla to hai hi loadshedding mein generator chalao to diesel ka kharcha",
            "aur ghar ja kar kya karte hain",
            "maghrib ke baad nikalta hoon raste mein bakery se bachon ke liye rusk le jaata hoon raat ko beti ko angrezi parhata hoon kehti hai abbu aap ka lehja ajeeb hai",
        ],
        "people": ["tariq mehmood", "shazia", "zubair", "naveed butt", "butt", "naveed"],
        "keep": ["daska road", "jazzcash", "meezan bank", "allama iqbal town", "kharian"],
        "hard_keep": ["allama iqbal town"],
    },
    # Romanised Bengali (Chittagong), fish landing market, lower case
    {
        "language": "bn",
        "utterances": [
            "assalamualaikum apni nijer kotha ektu bolen apnar din kibhabe shuru hoy",
            "walaikum assalam amar naam abdur rahim chowdhury ami fishery ghat e mach er aroter kaj kori bhor char tay uthi fojorer namaz pore ghat e chole jai tokhon trawler gula fire ashe somudro theke prothome dekhi kon boat e ki mach ashlo ilish naki rupchanda tarpor jalal bhai er shathe daam thik kori jalal bhai amar purono partner",
            "apnar shathe ar ke ke kaj kore",
            "amar ghor e paanch jon lok ache hishab rakhe amar bhagne shumon shumon college e pore sokal e ekhane ashe nilam er shomoy dak dey motaleb chacha tar gola khub jore shob byapari shone ar borof er kaj kore kalu kalu na thakle mach pochhe jay",
            "taka poisar len den kibhabe hoy kono app use koren",
            "age shob cash chilo ekhon beshi bkash e hoy nagad o ache dhakar byapari ra bkash e pathay ar trawler er malik der amra bank e di islami bank e amar account ache mach jay reazuddin bazar ar agrabad er dokan e ar kichu jay dhaka te truck e",
            "shobcheye kothin shomoy kokhon",
            "ilish er season e ar jokhon nishedhaggya thake tokhon boat bondho ar amader income o bondho ar borshay ghat e kada paani hoye jay gelo bochor ek din boro jhor hoyechilo jalal bhai er ek trawler er kono khobor chilo na dui din pore oi boat fire ashlo shobai mosjid e shinni dilo",
            "ar bari giye ki koren",
            "dupur e bari firi khai ghumai bikel e meye ke porai shondhay ektu bazar e jai ar cha khai nazim er dokan e nazim er dokaner shingara chittagong e shera",
        ],
        "people": ["abdur rahim chowdhury", "jalal", "shumon", "motaleb", "kalu", "nazim"],
        "keep": ["fishery ghat", "bkash", "nagad", "islami bank", "reazuddin bazar", "agrabad"],
        "hard_keep": ["reazuddin bazar"],
    },
    # Romanised Bengali (Kolkata), mobile repair shop
    {
        "language": "bn",
        "utterances": [
            "Nomoshkar, shomoy deoar jonno dhonnobad. Prothome apnar kaaj ar apnar din niye ektu bolun.",
            "Nomoshkar. Ami Subhajit Ghosh, Gariahat e amar ekta mobile repair er dokan ache, naam Maa Tara Mobile Care. Paarar shobai amake Ghosh da bole. Sokal dosh ta e shutter tuli. Tar age Rashbehari Avenue er mor e Tapan da r dokane cha khai, oikhane paarar shob khobor pawa jay. Dokane eshe prothome dekhi kal kon phone gulo ready hoyeche, customer ke phone kori.",
            "Dokane ar ke ke kaaj kore?",
            "Amra tin jon. Ami, amar bhai Bapi, ar ekta chhele, Rintu. Rintu shudhu software er kaaj kore, flash kora, unlock, data back-up. Ar Bapi board er kaaj dekhe, soldering e or haat khub bhalo. Parts ani Chandni Chowk theke, oikhane Mondal babu r wholesale dokan, Mondal babu amake dhare maal dey, mashe mashe shodh kori.",
            "Kon kon app ba software beshi use koren?",
            "Customer er record rakhi ekta khata app e, ar payment beshi ashe Paytm ba Google Pay te. Kichhu parts online o order kori, Flipkart e kom dame pawa jay kintu original kina bojha jay na. Ar YouTube to ache, notun model er board er video dekhe Rintu shekhe.",
            "Shobcheye kothin ki?",
            "Pujor age. Shobai notun phone kene, ar purono phone er screen bhenge ashe. Shoshthi theke Dashami porjonto rat barota obdi dokan khola rakhi. Ek bar ekjon didima ele bollen natnir biyer shob chhobi phone e, phone pani te pore geche. Bapi shara rat boshe data ber korlo, didima porer din mishti niye elen.",
            "Ar dokan bondho korar por?",
            "Rat nota nagad bondho kori. Bari Jadavpur e, metro te jai. Bari giye meyer shathe ektu golpo, tarpor khawa dawa. Robibar dokan ardhek din, bikele Bapi ar ami paarar club e carrom khelte jai, Tapan da o ashe.",
        ],
        "people": ["Subhajit Ghosh", "Ghosh", "Tapan", "Bapi", "Rintu", "Mondal"],
        "keep": [
            "Gariahat",
            "Maa Tara Mobile Care",
            "Rashbehari Avenue",
            "Chandni Chowk",
            "Google Pay",
            "Flipkart",
        ],
        "hard_keep": ["Maa Tara Mobile Care", "Rashbehari Avenue"],
    },
    # Tamil-English (Madurai), school canteen, lower case
    {
        "language": "ta",
        "utterances": [
            "vanakkam unga velai pathi konjam sollunga unga naal epdi aarambikkum",
            "vanakkam en peru selvi murugesan naan anna nagar la oru private school canteen nadathuren kaalaila anju manikku ezhunthuduven veetla idli maavu araichu vachathu ellam eduthutu aaru manikku canteen ku vanthuduven first job tea and coffee ready pannanum because teachers ellam ezhu manikke vanthuduvanga",
            "canteen la unga kooda yaaru yaaru irukaanga",
            "moonu per irukom naanum en thangachi kavitha vum kitchen la samayal ku paandi anna irukaaru paandi anna vadai pottaa school full ah vaasanai varum counter la billing ku oru paiyan sundar avan college padikkiraan morning mattum varuvaan principal madam oda peru jayanthi madam romba strict oil quality ellam check pannuvanga",
            "payment epdi nadakkum ethavathu app use pannuveengala",
            "pasanga ellam cash thaan kondu varuvaanga pathu rubaa irupathu rubaa teachers ellam gpay la pay pannuvanga paytm qr um vachirukom maligai saamaan ellam simmakkal la irukra oru wholesale kadai la vaanguvom kadai peru sri meenakshi stores phone panna avanga auto la anuppiduvaanga",
            "romba kashtamana time ethu",
            "exam time and annual day appo ellarum late ah iruppaanga so lunch um canteen la thaan last year annual day ku aayiram pasangalukku lemon rice and curd rice pannom paandi anna um naanum rendu naal thoongave illa appuram mazhai kaalam la gas cylinder late ah varum",
            "canteen close panna aprom enna pannuveenga",
            "moonu manikku close pannuvom aprom veetuku poi konjam rest eduppen saayangaalam en paiyan ah tuition ku kootitu poven sunday na meenakshi amman kovil ku poirom",
        ],
        "people": ["selvi murugesan", "kavitha", "paandi", "sundar", "jayanthi"],
        "keep": ["anna nagar", "gpay", "paytm", "simmakkal", "sri meenakshi stores", "meenakshi amman kovil"],
        "hard_keep": ["anna nagar", "sri meenakshi stores", "meenakshi amman kovil"],
    },
    # Tamil-English (Tiruppur), knitwear export unit
    {
        "language": "ta",
        "utterances": [
            "Vanakkam sir, time kuduthathukku thanks. Unga velai pathi sollunga, naal epdi start aagum?",
            "Vanakkam. En peru Karthikeyan Palanisamy, Tiruppur la oru knitwear export unit la production manager ah irukken. Kaalaila ettu manikku unit la irukanum. First, night shift supervisor Ramesh kitta handover vaanguven, evlo pieces stitch aachu, evlo rejection nu. Appuram Kumaran Road la irukra namma office ku buyer update anuppanum.",
            "Unga team la yaar yaar mukkiyamaana aalunga?",
            "Stitching floor la nooru per irukaanga. Line supervisors la Muthulakshmi akka thaan senior, avanga kitta pesaama entha style um floor ku pogaathu. Quality la Vignesh, romba young paiyan aana kannu romba sharp. Cutting section la Rajendran anna, ellarum avara RK nu thaan kooptuvaanga. Owner Subramaniam sir, avar paiyan Arun thaan ippo export ellam paakuraaru.",
            "Enna software, apps use pannuveenga?",
            "Orders ellam email and Excel la thaan. H&M maadhiri periya brands ku avanga portal la update pannanum. Fabric ellam Palladam la irukra dyeing unit la irundhu varum. Workers salary ellam bank transfer, Canara Bank la account open panni kuduthom. Floor la oru chinna WhatsApp group irukku, 'Line 4 delay' nu message pottaa ellarum odi varuvaanga.",
            "Kashtamaana naal ethu?",
            "Shipment date munnaadi. Vessel miss aana, air shipment pannanum, athu lakhs la cost aagum. Last month Rajendran anna moonu naal veetuke pogala, cutting la irundhaaru. Arun sir port la nikkuraaru, naan inga floor la. 'Karthikeyan, nee ennaikku thoonguva?' nu en wife kekkuraanga.",
            "Velai mudinjathum?",
            "Raathiri ettu manikku kelamburen. Avinashi Road la oru hotel la parotta saapduven sometimes. Sunday kulanthainga kooda Noyyal aathu pakkam poi varuvom.",
        ],
        "people": [
            "Karthikeyan Palanisamy",
            "Ramesh",
            "Muthulakshmi",
            "Vignesh",
            "Rajendran",
            "RK",
            "Subramaniam",
            "Arun",
            "Karthikeyan",
        ],
        "keep": ["Kumaran Road", "H&M", "Palladam", "Canara Bank", "Avinashi Road", "Noyyal"],
        "hard_keep": ["Kumaran Road"],
    },
    # Telugu-English (Hyderabad), software QA team
    {
        "language": "te",
        "utterances": [
            "Namaskaram, time ichinanduku thanks. Mee pani gurinchi cheppandi, mee roju ela start avutundi?",
            "Namaskaram. Naa peru Sai Teja Reddy, nenu Madhapur lo oka product company lo QA engineer ga chestunna. Udayam padi gantalaki office ki vastanu, kani first Gachibowli daggara traffic lo oka ganta pothundi. Office ki vachaka standup untundi, daanni maa lead Srinivas garu teesukuntaru. Srinivas garu chala calm, evaru bug miss chesina aravaru.",
            "Mee team lo inka evaru untaru?",
            "Memu aaru mandi. Automation antha Pavani chestundi, Selenium scripts lo aame expert. Manual testing lo nenu, Harsha, inka kotha abbayi Chinna. Chinna asalu peru Venkatesh, kani andaru Chinna ane pilustaru. Developers lo Bobby ani okadu unnadu, Bobby fix chesina build ni nenu eppudu double test chestanu, endukante prathi saari edo okati break avutundi.",
            "Tools emi vadutaru?",
            "Bugs anni Jira lo log chestam, test cases vere tool lo. Devices kosam BrowserStack vadutam, anni real phones office lo levu kada. Release mundu maa manager Lakshmi Prasanna garu Slack lo 'Reddy, sign-off ichava?' ani adugutaru, appudu nenu checklist pampistanu.",
            "Kastamaina time eppudu?",
            "Release week. App store ki submit cheyyali ante Friday raatri varaku testing. Last release lo payment page lo oka crash vachindi, raatri okati gantaki Pavani, nenu kalisi reproduce chesam. Bobby intlo nunchi fix pampadu, Srinivas garu morning varaku call lo unnaru.",
            "Office aipoyaka emi chestaru?",
            "Raatri tommidi gantalaki intiki vellatanu. Daarilo Ratnadeep lo kooragayalu konukkuntanu, amma list pampistundi WhatsApp lo. Weekend lo friends tho Paradise ki biryani ki veltam, ledante intlo cricket choostam.",
        ],
        "people": [
            "Sai Teja Reddy",
            "Srinivas",
            "Pavani",
            "Harsha",
            "Chinna",
            "Venkatesh",
            "Bobby",
            "Lakshmi Prasanna",
            "Reddy",
        ],
        "keep": ["Madhapur", "Gachibowli", "Jira", "BrowserStack", "Ratnadeep", "Paradise"],
        "hard_keep": ["Ratnadeep"],
    },
    # Telugu-English (Guntur), seed and fertiliser shop, lower case
    {
        "language": "te",
        "utterances": [
            "namaskaram andi mee gurinchi konchem cheppandi mee roju ela modalavutundi",
            "namaskaram naa peru koteswara rao nenu guntur lo brodipet daggara oka vittanala shop naduputhunna shop peru sri lakshmi seeds and fertilisers udayam aaru gantalake shop teruvutanu endukante raithulu palletoorla nunchi first bus ki vastaru vallaki pani aipoyi malli polam ki vellali",
            "shop lo meeto paatu evaru pani chestaru",
            "maa abbayi pavan counter lo untadu stock antha gopi chustadu gopi maa daggara padella nunchi unnadu prati bag ekkada undo vadiki telusu inka maa bava subba rao garu godown chustaru",
            "raithulu emi adugutaru meeru ela salaha istaru",
            "mirchi season lo e rakam vittanam veyali ani adugutaru ee saari chala mandi teja rakam adigaru company vallu kooda field officers ni pamputaru nuziveedu seeds nunchi naresh ani okayana vastaru ayana demo plot chupistaru payments ekkuva phonepe lo vastayi kani chala mandi raithulu appu meeda teesukuntaru pantalu ammaka istaru",
            "kashtamaina samayam eppudu",
            "varshalu aalasyam ayithe raithulu tension lo untaru appu adugutaru ivvakapothe kopam ivvaste malli vasool avvadu last year nakili vittanalu market lo vachayi maa shop meeda kooda anumanam vachindi agriculture officer madhavi garu vachi samples check chesaru anni correct ani cheppaka raithulu nammaru",
            "shop moosaka emi chestaru",
            "raatri enimidi gantalaki moostamu intiki velli bhojanam chesi tv lo news chustanu aadivaram maa voori gudi ki veltanu mirchi yard lo rates chusi vastanu",
        ],
        "people": ["koteswara rao", "pavan", "gopi", "subba rao", "naresh", "madhavi"],
        "keep": ["brodipet", "sri lakshmi seeds and fertilisers", "teja", "nuziveedu seeds", "phonepe"],
        "hard_keep": ["sri lakshmi seeds and fertilisers", "teja"],
    },
    # Punjabi in Latin letters (near Khanna, Ludhiana district), brick kiln, lower case
    {
        "language": "pa",
        "utterances": [
            "sat sri akal ji tusi apne baare vich dasso tuhada din kiddan shuru hunda",
            "sat sri akal mera naa gurnam singh sandhu hai main khanna de kol ikk bhatte da munshi haan savere chaar vaje uth ke bhatte te aa jaanda haan pehlan dekhda haan ki raat nu kinni itt pakki te kinni kachi reh gayi fer jasvir naal chaah peenda haan jasvir agg da kamm dekhda hai oh naa hove te bhatta thanda pai jaave",
            "tuhade naal hor kaun kaun kamm karda hai",
            "pathere zyada bihar te up ton aaunde ne poore parivaar naal oh kacchi itt banaunde ne unha da thekedar hai ramesh mahto baaki bharai wale munde ne happy te lucky happy mera bhatija hai te lucky usda yaar bhatte de maalik ne harjit singh grewal grewal sahab roz shaami gedi maarde ne te puchhde ne kinni itt vikk gayi",
            "hisaab kitaab kiddan rakhde ho koi app",
            "hisaab hale vi register vich hunda hai par hun maal di payment zyada google pay te aaundi hai koyla jagraon di ikk firm ton aaunda hai naa hai kohinoor coal company pathereyan nu hafte de hafte cash dinda haan kyunki unha de khaate nahi ne kai vaari punjab national bank jaana painda cash kadhvaun",
            "sab ton aukha kamm kehda",
            "baarish baarish ho jaave te kacchi itt kharab ho jaandi hai saare hafte da kamm mitti ho jaanda te garmi vich bhatte kol khadna vi aukha jad pichhle saal sarkar ne pradushan karke bhatte band karvaye si tan do mahine koi kamai nahi hoyi pathere vi apne pind mud gaye",
            "te shaami ghar ja ke",
            "shaami satt vaje ghar jaanda haan samrala chowk de kol rehnde haan bachche naal rotti khanda haan te fer gurdwara sahib jaanda haan aitvaar nu happy nu naal lai ke mela dekhan jaande haan",
        ],
        "people": [
            "gurnam singh sandhu",
            "jasvir",
            "ramesh mahto",
            "happy",
            "lucky",
            "harjit singh grewal",
            "grewal",
        ],
        "keep": [
            "khanna",
            "google pay",
            "jagraon",
            "kohinoor coal company",
            "punjab national bank",
            "samrala chowk",
        ],
        "hard_keep": ["khanna"],
    },
    # Punjabi in Latin letters (near Moga), village milk collection centre
    {
        "language": "pa",
        "utterances": [
            "Sat Sri Akal ji, tuhada dhanvaad. Pehlan apne kamm baare dasso, din kiddan shuru hunda?",
            "Sat Sri Akal. Mera naa Manpreet Kaur Gill hai, main Moga de kol ikk pind vich dudh di collection centre chalaundi haan. Savere panj vaje centre khol dindi haan, kyunki lok dhaar kadh ke chhe vaje ton pehlan dudh lai aaunde ne. Pehlan machine chalaundi haan jo fat te SNF check kardi hai, fer Baljit bhainji aa jaande ne, oh parchi katde ne.",
            "Tuhade naal kaun kaun hunda hai?",
            "Centre te asi tinn jane haan. Main, Baljit bhainji, te mera putt Sunny, jo can chukda te tanker vich paunda. Dopahar nu Verka da tanker aaunda, driver Balwinder veerji ne, oh har vaar late hunde ne te kehnde ne sadak kharab si. Pind de sarpanch Gurdev Singh Dhillon vi kade kade aa ke vekhde ne, Dhillon sahab nu har cheez di fikar hundi hai.",
            "Paise kiddan dende ho, koi app?",
            "Pehlan sab cash hunda si, hun payment das din baad seedha bank vich jaandi hai, State Bank of India vich. Kuj lok PhonePe te advance mangde ne. Pashuan di feed asi Bagha Purana di ikk dukaan ton mangvaunde haan, naa hai Sidhu Feed Store. Oh dukaan vale bahut changi feed dinde ne.",
            "Sab ton aukha din kehda?",
            "Garmi vich jad bijli jaandi hai, dudh thanda rakhna aukha ho jaanda. Ikk vaar chiller kharab ho gaya si, Sunny raat nu Ferozepur ton mistri lai ke aaya. Te jad fat ghat aave tan lok ladde ne, kehnde machine galat hai. Tad Baljit bhainji samjhaunde ne, ohna di gall sab mann lainde ne.",
            "Te sham nu?",
            "Sham nu doji vaar dudh aaunda, satt vaje tak. Fer ghar ja ke rotti, te Gurbani sunn ke so jaandi haan. Mere ghar vale Jaswinder ji kehnde ne, 'Manpreet, tu kamm ghat kar,' par kamm hi te zindagi hai.",
        ],
        "people": [
            "Manpreet Kaur Gill",
            "Baljit",
            "Sunny",
            "Balwinder",
            "Gurdev Singh Dhillon",
            "Dhillon",
            "Jaswinder",
            "Manpreet",
        ],
        "keep": ["Verka", "State Bank of India", "PhonePe", "Bagha Purana", "Sidhu Feed Store", "Ferozepur"],
        "hard_keep": ["Sidhu Feed Store"],
    },
]


NAME_FREE_X: list[tuple[str, str]] = [
    (
        "hi",
        "Subah saade teen baje uthta hoon aur Azadpur mandi nikal jaata hoon, kyunki wahan jitni jaldi pahunch jao, "
        "utna achha maal milta hai. Tamatar, pyaaz, bhindi, lauki, jo bhi sasta aur taaza dikhe, utha leta hoon. "
        "Bhaav roz badalta hai, kabhi tamatar assi rupaye kilo, kabhi das rupaye mein bhi koi nahi leta. Saat baje tak "
        "thela leke colony ke gate pe khada ho jaata hoon. Zyada customer aunty log hoti hain, har cheez pe mol bhaav "
        "karti hain, par roz aati hain toh ek rishta sa ban gaya hai. Ab aadhe log Paytm ya PhonePe se paisa dete hain, "
        "QR code thele pe chipka rakha hai. Dopahar ko dhoop mein sabzi murjha jaati hai, isliye geela bora daal ke "
        "rakhta hoon. Shaam ko phir se ek round lagata hoon, aur jo bach jaaye woh sasta karke nikaal deta hoon. "
        "Baarish mein sabse zyada nuksaan hota hai, maal bhi sadta hai aur log bhi bahar nahi nikalte. Raat ko hisaab "
        "likhta hoon ek purani copy mein, aur kal ke liye paise alag rakh deta hoon.",
    ),
    (
        "hi",
        "subah das baje app pe login karta hoon aur pehla order aate hi bike start kar deta hoon zyada order khaane "
        "ke hote hain dopahar ko office waalon ka lunch aur raat ko ghar waalon ka dinner beech mein do teen ghante "
        "khaali jaate hain toh petrol pump ke paas chai ki tapri pe baaki riders ke saath baith jaata hoon sab apni "
        "apni kahani sunaate hain kiska rating gira kiska payout kata sabse bada sar dard hai galat address customer "
        "pin kahin aur lagata hai aur rehta kahin aur hai phir phone karo toh uthaata nahi baarish mein toh haal aur "
        "bura hota hai raincoat pehno toh bhi andar tak bheeg jaate hain par baarish mein incentive bhi zyada milta hai "
        "isliye log nikalte hain mahine ke end mein bike ki emi bharni hoti hai isliye chhutti kam hi leta hoon raat "
        "ko ek baje kamre pe pahunchta hoon khaana khaata hoon aur ghar waalon ko voice note bhej ke so jaata hoon",
    ),
    (
        "ur",
        "Meri dukaan Saddar ke ek purane plaza mein hai, pehli manzil par. Subah das baje dukaan kholta hoon aur pehle "
        "kal ke cut kiye hue kapre dekhta hoon. Eid se do mahine pehle kaam itna barh jaata hai ke hum raat do baje tak "
        "silai karte hain. Zyada tar gahak shalwar kameez silwaate hain, kuch log waistcoat aur sherwani bhi. Naap lena "
        "sab se zaroori kaam hai, ek inch ki ghalti ho jaye to gahak naraz ho jaata hai aur phir dobara silai. Mere "
        "paas teen karigar hain, do machine par aur ek kaaj button ke liye. Kapra log khud laate hain, lekin kuch log "
        "kehte hain aap hi le aayen, phir main kapre wali market se le aata hoon. Payment ab aksar Easypaisa par aati "
        "hai, lekin buzurg gahak abhi bhi naqad dete hain. Bijli ka masla sab se bara hai, loadshedding mein machine "
        "ruk jaati hai, is liye hum ne UPS lagwaya hai. Shaam ko chai ka dour chalta hai aur saath wali dukaanon ke "
        "log aa kar mulk ke halaat par behas karte hain.",
    ),
    (
        "ur",
        "meri apni gaari hai aur main bachon ko school chhorne aur wapas laane ka kaam karta hoon subah chhe baje uth "
        "kar gaari saaf karta hoon phir sawa saat baje pehla bacha uthata hoon kul athara bache hain teen mukhtalif "
        "schoolon ke har ghar ke aage do minute horn bajana parta hai koi bacha jooton ke baghair bhaagta hai koi lunch "
        "box bhool jaata hai ammiyan khirki se awaz deti hain bhai zara ruk jayen traffic ka haal to aap ko pata hi hai "
        "university road par ek accident ho jaye to aadha ghanta gaya maaein phone kar ke poochti hain kahan ho fees "
        "mahine ki pehli tareekh ko leta hoon kuch log waqt par de dete hain kuch ko teen dafa yaad dilana parta hai "
        "cng ki line mein kabhi kabhi ek ghanta lag jaata hai is liye ab petrol par hi chalata hoon dopahar mein wapsi "
        "ka round hota hai phir ghar aa kar khana kha kar thora aaraam aur shaam ko gaari ki service ya tyre ka kaam",
    ),
    (
        "bn",
        "Ami Ashulia te ekta garments factory te sewing operator. Sokal shaat tay line e boshte hoy, tai bhor paanch "
        "tay uthe ranna kori, baccha ke khaiye pasher basay rekhe ashi. Amar line e amra tirish jon, prottek jon er "
        "ekta kore kaaj, ami collar lagai. Ghontay koto pis hobe, shei target board e lekha thake, supervisor ghure "
        "ghure dekhe. Target na hole overtime korte hoy, tokhon rat aat ta nay ta baje jay. Beton masher shaat "
        "tarikher moddhe bKash e chole ashe, ager moto line e dariye cash nite hoy na, eta bhalo hoyeche. Dupure ek "
        "ghonta lunch, tiffin bati te bhat ar dal niye ashi, kokhono ektu shutki. Shobcheye kothin gorom er din, fan "
        "thakleo line er bhetore bhishon gorom. Eid er age bonus er jonno shobai opekkha kori, bonus pele bari jai, "
        "gram e ma baba ache. Bikele ferar pothe bazar kori, tarpor ranna, tarpor ghum, porer din abar eki.",
    ),
    (
        "bn",
        "amar cha er dokan station er pashe bhor char tay unun dhorai prothom train ashar age jol gorom kore rakhi "
        "rail er lok ra ar hawker ra prothome ashe ek bhar cha ar ekta biskut khay tarpor office jabar lok sokal nota "
        "theke dosh ta porjonto shobcheye bhir tokhon ek haat e cha kori ar ek haat e taka nei dudh ashe paarar goalar "
        "kach theke roj paanch litre chini ar cha pata ani boro bazar theke mashe ek bar dupure ektu faka thake tokhon "
        "ghugni ranna kori bikele ghugni ar pauruti beshi chole borshay dokane bhir kome jay kintu jara ashe tara "
        "anek khon boshe golpo kore khelar din tv te khela cholle dokan bhore jay rat nota y unun nibhiye dokan bondho "
        "kori taka gune bari phiri bari phire chan kore bhat khai ar porer diner dudh er hishab kore rakhi",
    ),
    (
        "ta",
        "Kaalaila aaru manikku auto edukkuren. First trip usually railway station pakkam, train la irundhu "
        "varavanga luggage oda irupaanga. Ippo ellarum app la thaan book panraanga, so naanum rendu app la login "
        "pannirukken. Oru naal ku evlo trip pannuren nu app la theriyum, aana commission pona apram kaila konjam "
        "thaan varum. Diesel illa, naan CNG auto ku maathiten, athu konjam savings. Madhiyam veyil la romba kashtam, "
        "tea kadai la nippaatti konjam rest eduppen. Mazhai vantha traffic jam aagum, subway la thanni nikkum, appo "
        "auto ulla thanni pugundhidum. Customers la sila per romba nalla pesuvaanga, sila per meter podu nu sandai "
        "poduvaanga. Veetuku raathiri pathu manikku varuven, pasanga thoongiruvaanga. Sunday mattum half day "
        "otten, kudumbathoda beach ku poiruvom, sundal vaangi saapduvom. Auto loan innum rendu varusham irukku, "
        "athu mudinjaa konjam nimmathi.",
    ),
    (
        "ta",
        "naan kaalaila naalu manikku flower market ku poiruven malli mullai kanakambaram rose ellam moottai moottai "
        "ah varum vilai daily maarum kalyana season la malli kilo aayiram rubaa kooda aagum saadharana naalla irunooru "
        "moonooru thaan vaangitu vanthu veetla ukkaanthu saram katuvom en amma um naanum serndhu katuvom ettu manikku "
        "kovil vaasal la kadai poduvom pengal thalaiku vaanguvanga kovil ku maalai vaanguvanga velliikizhamai romba "
        "kootam irukum mazhai vantha poo seekiram vaadidum appo nashtam thaan ippo nariya per gpay la pay panraanga "
        "naan oru qr code board vachirukken saayangaalam mudiyaadha poo ellam kammi vilai ku kuduthuduven raathiri "
        "veetuku vanthu kanakku ezhudhuven naalaiku evlo vaanganum nu yosippen thai maasam vantha vilai innum yerum "
        "appo kadan vaangi thaan poo edukkanum aanalum intha velai thaan enakku theriyum athanaala vidamaatten",
    ),
    (
        "te",
        "Nenu Vijayawada lo oka bank branch lo cashier ga chestunna. Udayam tommidi gantalaki branch ki vachi, cash "
        "chest open chesi, mundu roju balance tally chestanu. Padi gantalaki counter open avutundi, appatike bayata "
        "line untundi. Ekkuva mandi pension teesukovadaniki vache peddavallu, inka chinna vyaparulu cash deposit "
        "cheyyadaniki vastaru. Ippudu chala mandi UPI vaadutunnaru kabatti cash takkuva ayyindi anukuntaru, kani maa "
        "branch lo inka cash ekkuva. Note counting machine undi, kani fake notes kosam prati katta chetitho kooda "
        "chustanu. Madhyahnam bhojanam ki padhihenu nimishale, endukante counter khaali ga undakudadu. Month end lo "
        "salary, pension anni okesari vastayi, appudu oopiri teesukune samayam kooda undadu. Saayantram naalugu "
        "gantalaki counter moosaka malli tally, okka rupayi taggina intiki vellalemu. Intiki vellesariki aaru, edu "
        "avutundi, pillalatho konchem homework, tarvata TV lo vartalu choosi padukuntanu.",
    ),
    (
        "te",
        "maa tiffin center ki udayam aidu gantalake vellipotam pindi mundu roju raatri ne rubbi pettukuntam idli dosa "
        "upma pesarattu ivanni chestam aaru gantalaki walkers vacharu ante vallaki tea tho paatu rendu idli kavali "
        "taruvata college pillalu vastaru vallaki dosa ishtam chutney antha naa bharya chestundi aame chesina allam "
        "pachadi kosame chala mandi vastaru tommidi gantalaki office vallu parcel teesukuntaru ippudu swiggy lo kooda "
        "pettam kani commission chala ekkuva ani anipistundi gas cylinder dhara perigindi pappu dhara perigindi kani "
        "tiffin dhara penchite customers kopam chestaru padakondu gantaki stove aapesi ginnelu kadugutam madhyahnam "
        "konchem nidra saayantram malli mirchi bajji punugulu chestam varsham padite bajji ki inka ekkuva demand "
        "untundi raatri tommidi gantalaki anni sardi intiki veltam aadivaram matram selavu aa roju pillalatho "
        "kalisi cinema ki veltam leda bandhuvula intiki veltam",
    ),
    (
        "pa",
        "Main trala chalaunda haan, zyada Punjab ton Gujarat te Maharashtra de gede launde haan. Ikk gede vich chaar "
        "panj din lag jaande ne. Savere jaldi nikalde haan taan jo garmi ton pehlan kaafi sadak mukk jaave. Raste "
        "vich dhaabe te rotti khande haan, dal, roti, te kade kade paneer. Raat nu trak vich hi so jaande haan, cabin "
        "de upar gadda rakheya hoya hai. Sab ton vadda dar chori da hunda hai, is layi ikk banda hamesha jaagda hai. "
        "Toll te FASTag naal hun kamm tez ho gaya, pehlan ghanta ghanta line vich khade rehnde si. Diesel di keemat "
        "vadhdi jaandi hai par bhada utna nahi vadhda, maalik vi ki kare. Ghar valeyan naal video call te gall karda "
        "haan, bachche puchhde ne kad aaoge. Mahine vich mushkil naal chaar din ghar rehnda haan. Kade kade lagda hai "
        "ki eh kamm chhadd ke pind vich dukaan khol lavan, par karza hale baaki hai.",
    ),
    (
        "pa",
        "saadi tractor di workshop pind de baahar sadak te hai savere satt vaje shutter chukk dinde haan jhone di "
        "vaadi de dinan vich taan savere panj vaje hi kisan aa jaande ne kise da tractor start nahi hunda kise di "
        "hydraulic kharab kise da tyre panchar sab ton zyada kamm engine di service da hunda hai tel badalna filter "
        "badalna spare parts shehar ton mangvaunde haan te kai vaari ikk hafta lag jaanda hai kisan kehnde ne jaldi "
        "karo fasal khet vich khadi hai par part hi na hove taan ki kariye payment zyada udhaar te hundi hai fasal "
        "vikan ton baad milegi eh gall har koi kehnda hai garmi vich kamm karna aukha hai par pakkhe de thalle baith "
        "ke lassi pee ke fer lag jaande haan shaami haneri hon ton pehlan workshop band kar dinde haan",
    ),
]
"""Passages of the same code-mixed speech that mention no person: a pseudonymiser must not change them."""


def interviews_x() -> list[tuple[str, list[str], list[str], list[str]]]:
    return excerpt_tuples(INTERVIEWS_X)


def all_names_x() -> list[str]:
    return people_of(INTERVIEWS_X)


HARD_KEEP_X: frozenset[str] = hard_keep_of(INTERVIEWS_X)

_LANGUAGES = {"hi": 6, "ur": 2, "bn": 2, "ta": 2, "te": 2, "pa": 2}
"""Excerpts per language; half of each language's excerpts are lower case."""


_ORDINARY_WORDS = {"chinna": "small (Telugu)", "pappu": "dal, lentils (Telugu)"}
"""Ordinary words of the name-free passages that are a nickname in some excerpt: they must survive there."""


def _check_lower_case_and_name_free() -> None:
    """What ``check_excerpts`` cannot check with ``lower_case=False``: half of each language's excerpts
    are lower case without punctuation; and the name-free passages: two per language, one of them lower
    case without punctuation, 120-200 words each, none containing a listed person's name word."""
    problems: list[str] = []
    lower = {language: 0 for language in _LANGUAGES}
    for number, item in enumerate(INTERVIEWS_X):
        text = "\n".join(item["utterances"])
        if text == text.lower():
            lower[item["language"]] += 1
            if re.search(r"[^\w\s]", text):
                problems.append(f"excerpt {number}: punctuation in a lower-case excerpt")
    if lower != {language: count // 2 for language, count in _LANGUAGES.items()}:
        problems.append(f"lower-case excerpts per language {lower}")
    free = {language: [0, 0] for language in _LANGUAGES}
    name_words = {w.casefold() for name in all_names_x() for w in re.findall(r"\w+", name)} - set(
        _ORDINARY_WORDS
    )
    for number, (language, text) in enumerate(NAME_FREE_X):
        if language not in free:
            problems.append(f"name-free passage {number}: unexpected language {language!r}")
            continue
        free[language][text == text.lower()] += 1
        if text == text.lower() and re.search(r"[^\w\s]", text):
            problems.append(f"name-free passage {number}: punctuation in a lower-case passage")
        if not 120 <= len(text.split()) <= 200:
            problems.append(f"name-free passage {number}: {len(text.split())} words")
        shared = name_words & {w.casefold() for w in re.findall(r"\w+", text)}
        if shared:
            problems.append(f"name-free passage {number}: person name words {sorted(shared)}")
    if any(counts != [1, 1] for counts in free.values()):
        problems.append(f"name-free passages per language [capitalised, lower case]: {free}")
    if problems:
        raise ValueError("pii_names_x data problems:\n" + "\n".join(problems))


def _check() -> None:
    check_excerpts(
        "pii_names_x",
        INTERVIEWS_X,
        _LANGUAGES,
        turns=(6, 10),
        keep_terms=(3, 6),
        mentions=(4, 14),
        lower_case=False,
    )
    _check_lower_case_and_name_free()


if __name__ == "__main__":
    _check()
    print(
        f"{len(INTERVIEWS_X)} excerpts, {len(all_names_x())} person mentions, {len(HARD_KEEP_X)} hard keep terms, "
        f"{len(NAME_FREE_X)} name-free passages"
    )
