"""Twenty-third set of person-name test data (set W): South Asian speech written in Latin letters
(romanised Hindi/Hinglish, romanised Urdu, romanised Bengali, Tamil-English, Marathi-English).

Sixteen excerpts from customer-research "day in the life" interviews, each at a different workplace in
a different city of India, Pakistan or Bangladesh: six in Hinglish ("hi"), three in romanised Urdu
("ur"), three in romanised Bengali ("bn"), two in Tamil-English ("ta") and two in Marathi-English
("mr"). Interviewer and participant turns alternate without speaker labels. The speech is code-mixed
the way people really talk (haan, toh, matlab, kaam, dukaan; ami, dokan, taka; romba, konjam, vela;
mhanje, aahe, kaam), so that ordinary words far outnumber names. Names appear the way people use them:
first names with honorifics and kinship words (ji, bhai, sahab, didi, baji, da, kaku, anna, akka,
thambi, tai, vahini, saheb, madam, sir), nicknames (Bittu, Golu, Chhotu, Pappu, Guddu, Nomi, Bapi,
Montu, Tublu, Bandya, Ganya, Pakya, Chinya), full names as people introduce themselves ("mera naam
Anil Kumar Yadav hai", "amar naam Subrata Ghosh"), surnames alone (Yadav ji, Siddiqui sahab, Butt
sahab, Ghosh moshai, Patil saheb) and names that are also ordinary words of the language (lucky,
islam, dey).

About half the excerpts of each language are written wholly in lower case without punctuation, as
speech recognition (Otter, Zoom captions) writes code-mixed speech: three of six in Hinglish, one of
three in Urdu, two of three in Bengali, one of two in Tamil-English and one of two in Marathi-English.
The others have ordinary capitals for names and sentence starts, as a person typing notes would.
``check_excerpts`` with ``lower_case`` on demands exactly one lower-case excerpt per language, which
these counts do not meet, so it runs with ``lower_case=False``; ``_check`` instead checks the
per-language numbers of lower-case excerpts above, and that those excerpts hold no capitals and no
punctuation.

``people`` lists every person-name mention exactly as written (honorifics and kinship words left out),
so that any name word left in a redacted text is a leak. ``keep`` lists non-person proper names that
must survive (shops, places, streets, brands, apps, institutions), and ``hard_keep`` is the subset of
``keep`` that contains or looks like a person's name (Sharma Medical Store, Laxmi Nagar, Gul Ahmed,
Allama Iqbal Town, Motaleb Plaza, Kumaran Road, Anna Nagar, Saravana Bhavan, Shivaji Chowk, Kirti
College and so on).

``NAME_FREE_W`` holds ten passages (two per language, one of each pair in lower case without
punctuation) of the same kind of code-mixed interview speech, 120-200 words each, that mention no
person at all: they count ordinary words taken for names.
"""

from __future__ import annotations

import re
from typing import TypedDict

from pii_set_check import check_excerpts, excerpt_tuples, hard_keep_of, people_of


class InterviewW(TypedDict):
    language: str  # ISO 639-1
    utterances: list[str]  # 6-10 turns, interviewer and participant alternating
    people: list[str]  # every person-name mention exactly as written
    keep: list[str]  # non-person proper names that must stay
    hard_keep: list[str]  # the subset of keep that looks like a person's name


INTERVIEWS_W: list[InterviewW] = [
    # Hinglish (Lucknow), pharmacy
    {
        "language": "hi",
        "utterances": [
            "Namaste, time dene ke liye shukriya. Sabse pehle apne baare mein bataiye, aap kaun hain aur aapka normal din kaisa hota hai?",
            "Namaste ji. Mera naam Anil Kumar Yadav hai, main Aminabad mein Sharma Medical Store chalata hoon. Dukaan mere nanaji ke zamaane ki hai, isliye board pe naam abhi bhi wahi purana hai. Subah nau baje shutter uthata hoon, pehle safai hoti hai, phir raat ke orders check karta hoon. Mera bhatija Bittu saade nau tak aa jaata hai aur counter sambhal leta hai.",
            "Dawaiyan kahan se aati hain, aur kiske saath sabse zyada kaam hota hai?",
            "Zyada tar maal Verma sahab ke godown se aata hai, woh Lucknow ke bade distributor hain. Har Monday ko unka ladka Golu bike pe parchi lene aata hai. Billing hum Marg ERP mein karte hain, lekin Bittu ko abhi bhi GST wala hissa samajh nahi aata. Toh raat ko main khud baith ke entries theek karta hoon. Matlab kaam khatam hi nahi hota, sach bataun toh.",
            "Customers ke saath din kaisa jaata hai?",
            "Subah zyada purane log aate hain, BP aur sugar ki dawai lene. Rekha didi har hafte aati hain apni saas ke liye, unka poora parcha mujhe yaad hai. Dopahar mein Dr. Saxena ke clinic se mareez seedhe yahan aate hain, kyunki clinic bagal mein hi hai. Aaj kal log PharmEasy pe rate dekh ke aate hain aur bolte hain, Anil bhaiya, online toh sasta hai. Main kehta hoon, theek hai, lekin raat ko do baje bukhar aaye toh PharmEasy nahi aayega, Yadav ji ki dukaan hi khulegi.",
            "Paise ka len-den kaise hota hai?",
            "Aadha cash, aadha Paytm. Paytm ka QR counter pe chipka hai, aur soundbox din bhar bolta rehta hai ki sau rupaye prapt hue. Kuch purane customers ka udhaar bhi chalta hai, uska hisaab ek laal diary mein hai. Meri wife Sunita kabhi kabhi shaam ko hisaab milaane aati hain. Unse koi galti nahi chhupti, Bittu ki bhi nahi.",
        ],
        "people": [
            "Anil Kumar Yadav",
            "Bittu",
            "Verma",
            "Golu",
            "Rekha",
            "Saxena",
            "Anil",
            "Yadav",
            "Sunita",
        ],
        "keep": ["Sharma Medical Store", "Aminabad", "Lucknow", "Marg ERP", "PharmEasy", "Paytm"],
        "hard_keep": ["Sharma Medical Store"],
    },
    # Hinglish (Patna), tuition centre, lower case
    {
        "language": "hi",
        "utterances": [
            "achha toh shuru mein apne baare mein bataiye aap kaun hain aur aapka din kaise shuru hota hai",
            "haan ji toh mera naam santosh kumar jha hai main boring road pe ek coaching chalata hoon jiska naam hai vidya classes subah chhe baje se pehla batch shuru ho jaata hai class nine aur ten ka uske pehle main chai peeta hoon aur munna ko bolta hoon ki board saaf kar de munna mera chhota bhai hai woh bhi maths padhata hai",
            "aapke saath aur kaun kaun padhata hai",
            "science ke liye priyanka madam hain woh bahut achha padhati hain bachche unse darte bhi hain aur pasand bhi karte hain english ke liye jha sir aate hain lekin woh mere rishtedaar nahi hain bas surname same hai toh log confuse ho jaate hain aur ek ladka hai chintu jo fees ka register dekhta hai aur whatsapp group chalata hai",
            "bachche aur parents aapse kaise connect karte hain",
            "zyada tar parents whatsapp pe hi message karte hain raat ko gyarah baje bhi message aata hai ki sir kal test hai kya aaj kal bahut bachche physics wallah pe video dekhte hain toh hum bolte hain dekho lekin doubt yahan aake poochho ek bachchi hai rinki woh har din das sawal leke aati hai uske papa gandhi maidan ke paas chai ki dukaan chalate hain aur fees kabhi kabhi kist mein dete hain hum mana nahi karte",
            "sabse mushkil kya lagta hai",
            "bijli sabse badi dikkat hai garmi mein light chali jaati hai aur inverter do ghante mein khatam phir bachche pasine mein baith ke padhte hain aur santosh sir ka mood bhi kharab ho jaata hai aur exam ke time bihar board ki date baar baar badalti hai toh poora schedule phir se banana padta hai tab munna aur chintu milke naya time table deewar pe chipkate hain",
        ],
        "people": ["santosh kumar jha", "munna", "priyanka", "jha", "chintu", "rinki", "santosh"],
        "keep": [
            "boring road",
            "vidya classes",
            "whatsapp",
            "physics wallah",
            "gandhi maidan",
            "bihar board",
        ],
        "hard_keep": ["vidya classes", "gandhi maidan"],
    },
    # Hinglish (Delhi), cloud kitchen
    {
        "language": "hi",
        "utterances": [
            "Hello, aapka bahut shukriya. Pehle thoda apne kaam ke baare mein bataiye?",
            "Hello ji. Main Deepak Malhotra, Laxmi Nagar mein ek cloud kitchen chalata hoon. Hum sirf online orders lete hain, Zomato aur Swiggy dono pe. Subah gyarah baje se pehle koi order nahi aata, toh subah ka time prep mein jaata hai. Pyaaz kaatna, gravy banana, paneer ke cubes, sab Chhotu aur Pappu milke karte hain.",
            "Team mein kaun kaun hai?",
            "Kitchen mein teen log hain. Head cook Ramesh ji hain, Bihar se hain, pehle ek dhaabe pe the. Unke haath ka rajma khaake hi maine unhe rakh liya tha. Chhotu aur Pappu helper hain, dono bhai hain, Chhotu bada hai aur Pappu chhota, ulta naam hai unka. Delivery wale bhai log Zomato ke hote hain, hamare nahi.",
            "Orders aur stock ka hisaab kaise rakhte hain?",
            "Sab Petpooja pe hai, orders bhi, stock bhi. Doodh aur paneer Mother Dairy se aata hai, roz subah. Meri behen Neha weekends pe aake reviews padhti hai aur jawab deti hai, kyunki mujhse politely likha nahi jaata. Ek customer ne likha tha ki rajma mein namak zyada tha, toh Neha ne usko sorry bol ke agli baar gulab jamun free bhej diya. Ab woh har Friday order karta hai.",
            "Sabse badi pareshani kya hai?",
            "Commission. Platform pachees pratishat tak le leta hai, upar se ads ke paise alag. Mere dost Gaurav ne bola tha apni website bana lo, lekin log website pe aate hi nahi. Malhotra sahab ko sab log salah dete hain, kaam koi nahi karta. Baaki theek hai, chal raha hai.",
        ],
        "people": ["Deepak Malhotra", "Chhotu", "Pappu", "Ramesh", "Neha", "Gaurav", "Malhotra"],
        "keep": ["Laxmi Nagar", "Zomato", "Swiggy", "Petpooja", "Mother Dairy"],
        "hard_keep": ["Laxmi Nagar"],
    },
    # Hinglish (Jaipur), hand block printing unit, lower case
    {
        "language": "hi",
        "utterances": [
            "namaste ji aap apna parichay dijiye aur bataiye ki aapka din kaisa jaata hai",
            "namaste hamara naam kailash saini hai hum sanganer mein haath ki chhapai ka kaam karte hain yeh kaam hamare dada ke time se chal raha hai subah saat baje karigar aa jaate hain aur pehle kapda dhoya jaata hai phir rang banta hai rang banane ka kaam sirf bablu karta hai kyunki uska andaza bilkul sahi hota hai",
            "aapka maal kaun kharidta hai",
            "pehle sab johari bazaar ke dukandaar le jaate the ab aadha maal online jaata hai meesho pe aur indiamart pe bhi listing hai online ka kaam meri beti sarita dekhti hai woh college ke baad photo kheenchti hai aur upload karti hai fabindia wale bhi ek baar aaye the sample le gaye lekin order abhi tak nahi aaya",
            "karigaron ke saath kaam kaisa rehta hai",
            "abhi humare yahan nau karigar hain sabse purani meena bai hain jo chaalis saal se thappa laga rahi hain unka haath kabhi nahi kaanpta bablu unka beta hai aur ek naya ladka hai lucky jo abhi seekh raha hai lucky ko sab kuch jaldi chahiye lekin yeh kaam jaldi ka nahi hai",
            "paise aur payment ka kya system hai",
            "karigaron ko har shanivaar nakad dete hain online wala paisa meesho ek hafte baad bhejta hai toh beech mein udhaar lena padta hai gopalji ka rasta mein rathore sahab ki kapde ki dukaan hai woh humein kapda udhaar pe dete hain unse purana rishta hai sarita bolti hai papa sab kuch phone pe karo lekin rathore sahab ko phone pe hisaab samajh nahi aata",
        ],
        "people": ["kailash saini", "bablu", "sarita", "meena", "lucky", "rathore"],
        "keep": ["sanganer", "johari bazaar", "meesho", "indiamart", "fabindia", "gopalji ka rasta"],
        "hard_keep": ["gopalji ka rasta"],
    },
    # Hinglish (Bhopal), beauty parlour
    {
        "language": "hi",
        "utterances": [
            "Namaste. Aap apne parlour ke baare mein bataiye, din kaise shuru hota hai?",
            "Namaste. Mera naam Shabnam Qureshi hai, New Market mein mera chhota sa parlour hai, Roshni Beauty Parlour. Subah das baje kholti hoon, lekin shaadi ke season mein toh subah paanch baje se dulhan ka makeup shuru ho jaata hai. Meri do ladkiyan kaam karti hain, Kavita aur Rajni. Kavita threading aur facial karti hai, Rajni mehendi mein expert hai.",
            "Customers kahan se aate hain?",
            "Zyada tar purane customers hain, mohalle ki aunties, college ki ladkiyan. Kuch log Urban Company pe bhi book karte hain, lekin unka commission bahut hai. Soni aunty toh das saal se aa rahi hain, har mahine pehli tareekh ko. Woh aati hain toh poore MP Nagar ki khabar saath laati hain.",
            "Saamaan aur products kaise kharidti hain?",
            "Lakme aur kuch local brands ka maal ek supplier se aata hai, Tinku naam hai uska. Tinku har do hafte mein aata hai aur naye products dikhata hai, lekin aadhe toh bekaar hote hain. Instagram pe reels dekh ke ladkiyan naye naye facial maangti hain, toh mujhe bhi seekhna padta hai. Pichhle mahine maine Indore jaake Farah madam ki ek workshop ki thi. Unhone bola, Shabnam, tumhara haath achha hai, bas confidence badhao.",
            "Ghar aur kaam dono kaise sambhalti hain?",
            "Mushkil hai, sach mein. Mere shauhar Irfan ki kapdon ki dukaan hai, woh raat nau baje aate hain. Beti ko school se ammi le aati hain. Sunday ko parlour band rakhti hoon, lekin agar mohalle mein kisi ki shaadi ho toh Sunday bhi gaya.",
        ],
        "people": ["Shabnam Qureshi", "Kavita", "Rajni", "Soni", "Tinku", "Farah", "Shabnam", "Irfan"],
        "keep": ["New Market", "Roshni Beauty Parlour", "Urban Company", "MP Nagar", "Lakme", "Instagram"],
        "hard_keep": ["Roshni Beauty Parlour"],
    },
    # Hinglish (Indore), grocery shop, lower case
    {
        "language": "hi",
        "utterances": [
            "toh aap apne baare mein bataiye aur aapki dukaan ka din kaise chalta hai",
            "ji mera naam mahesh agrawal hai rajwada ke paas hamari kirana ki dukaan hai annapurna kirana bhandar subah saade saat baje dukaan khulti hai pehle doodh aur bread aata hai phir chhotu jhaadu lagata hai aur main bhagwan ko agarbatti dikha ke galla kholta hoon",
            "aaj kal online apps se kitna fark pada hai",
            "bahut pada hai bhai sahab blinkit aur zepto das minute mein saamaan de dete hain toh jawan log ab kam aate hain lekin purane customer abhi bhi aate hain kyunki hum udhaar dete hain aur ghar tak saamaan bhijwa dete hain pintu cycle pe delivery karta hai woh poore mohalle ka rasta jaanta hai",
            "udhaar ka hisaab kaise rakhte hain",
            "pehle ek moti copy thi ab khatabook pe rakhte hain mera beta rohit usne yeh app daala tha phone mein woh pune mein naukri karta hai lekin har raat video call pe poochhta hai papa aaj kitni sale hui customer ko seedha message chala jaata hai ki itna baaki hai toh log sharminda hoke jaldi de dete hain guddi bhabhi ka baaki sabse zyada hai lekin woh sabse purani customer hain",
            "paise kaise lete hain",
            "phonepe ka scanner hai aur cash bhi chalta hai dopahar mein thoda aaram hota hai tab main aur bagal wale tiwari ji chai peete hain aur share market ki baat karte hain shaam ko phir bheed hoti hai aur raat das baje tak dukaan band karke ghar jaata hoon log kehte hain agrawal ji aap kabhi chhutti kyun nahi lete",
        ],
        "people": ["mahesh agrawal", "chhotu", "pintu", "rohit", "guddi", "tiwari", "agrawal"],
        "keep": ["rajwada", "annapurna kirana bhandar", "blinkit", "zepto", "khatabook", "phonepe"],
        "hard_keep": ["annapurna kirana bhandar"],
    },
    # Urdu (Karachi), textile wholesaler
    {
        "language": "ur",
        "utterances": [
            "Assalam o alaikum. Shukriya waqt dene ka. Pehle apna taaruf karwa dein aur batayein ke aap ka din kaisa guzarta hai?",
            "Walaikum assalam. Mera naam Imran Siddiqui hai, Jodia Bazaar mein hamari kapray ki wholesale ki dukaan hai. Subah das baje shutter uthta hai, lekin main nau baje aa jata hoon taake raat ke orders dekh sakoon. Dukaan mere walid sahab ne shuru ki thi, ab main aur mera chhota bhai Bilal chalate hain. Bilal accounts dekhta hai, main market aur customers.",
            "Maal kahan se aata hai aur kaun khareedta hai?",
            "Zyada tar lawn aur cotton Faisalabad ki mills se aata hai. Wahan hamara agent hai, Nadeem sahab, woh har hafte rate bhejte hain WhatsApp pe. Khareedne wale poore Sindh se aate hain, Hyderabad, Sukkur, Larkana tak se. Aur ab online bechne wali larkiyan bhi aati hain, jo Instagram pe suit bechti hain. Unka order chhota hota hai magar payment foran hota hai.",
            "Payment ka kya nizaam hai?",
            "Bari parties ka udhaar chalta hai, nabbe din tak. Chhoti parties JazzCash ya Easypaisa se bhej deti hain. Salim bhai jo Hyderabad se aate hain, unka hisaab pichhle bees saal se ek hi register mein hai. Bilal kehta hai sab software pe daal do, magar Salim bhai ko software pe bharosa nahi. Woh kehte hain, Siddiqui sahab, register ka hisaab zubani yaad rehta hai, computer ka kya bharosa.",
            "Din mein sab se mushkil waqt kaunsa hota hai?",
            "Eid se pehle ka mahina. Us waqt dukaan mein khade hone ki jagah nahi hoti. Hamara ek larka hai, Guddu, woh thaan utaarta hai aur godown se maal lata hai, us ki kamar toot jati hai. Gul Ahmed aur doosre brands ki sale bhi usi waqt lagti hai, toh hamara maal ruk jata hai. Phir Ammi ka phone aata hai ke Imran, roza kholne ghar aa jao, aur main kehta hoon bas paanch minute.",
        ],
        "people": ["Imran Siddiqui", "Bilal", "Nadeem", "Salim", "Siddiqui", "Guddu", "Imran"],
        "keep": ["Jodia Bazaar", "Faisalabad", "JazzCash", "Easypaisa", "Gul Ahmed"],
        "hard_keep": ["Gul Ahmed"],
    },
    # Urdu (Lahore), car repair workshop
    {
        "language": "ur",
        "utterances": [
            "Assalam o alaikum. Apne kaam ke baare mein thoda batayein, aap ka din kaise shuru hota hai?",
            "Ji, mera naam Tariq Mehmood hai, Allama Iqbal Town mein mera auto workshop hai. Subah aath baje pohanchta hoon, chai peeta hoon, phir dekhta hoon ke raat ko kaunsi gaariyan khari hui hain. Mere saath teen larke kaam karte hain, sab se purana Rashid hai, woh engine ka ustaad hai. Baqi do naye hain, Pappu aur Shani, abhi seekh rahe hain.",
            "Kis qisam ki gaariyan zyada aati hain?",
            "Zyada tar Suzuki Mehran aur Honda City. Mehran ab band ho gayi magar Lahore mein abhi bhi har doosri gali mein khari hai. Parts hum McLeod Road se laate hain, wahan Javed ki dukaan hai, us ke paas har cheez mil jati hai. Kabhi kabhi OLX pe bhi purane parts dhoondhte hain. Rashid bhai kehte hain OLX pe aadha maal nakli hota hai, aur sach kehte hain.",
            "Customers ke saath len den kaise hota hai?",
            "Purane customers zyada hain, doctor sahab, professor sahab, mohalle wale. Shafiq sahab ki gaari toh har mahine aati hai, kabhi brake, kabhi AC. Bill hum haath se likhte hain, koi software nahi hai. Ab log JazzCash se payment karna chahte hain toh maine QR laga diya hai. Butt sahab ne pichhle mahine kaha tha, Tariq, tum bhi ab digital ho gaye ho.",
            "Is kaam mein mushkil kya hai?",
            "Bijli aur garmi. Load shedding mein compressor nahi chalta, toh kaam ruk jata hai. Pappu ko garmi mein neend aa jati hai, Shani usay jagata rehta hai. Aur naye engine sab computer wale hain, unke liye scanner chahiye jo bohat mehanga hai. Mera beta Hamza kehta hai abbu, YouTube se seekh lo, aur main keh deta hoon beta, haath se seekha kaam YouTube nahi sikhata.",
        ],
        "people": ["Tariq Mehmood", "Rashid", "Pappu", "Shani", "Javed", "Shafiq", "Butt", "Tariq", "Hamza"],
        "keep": ["Allama Iqbal Town", "Mehran", "Honda City", "McLeod Road", "OLX", "JazzCash"],
        "hard_keep": ["Allama Iqbal Town", "Mehran", "McLeod Road"],
    },
    # Urdu (Rawalpindi), bakery, lower case
    {
        "language": "ur",
        "utterances": [
            "assalam o alaikum aap apna taaruf karwayen aur batayen ke aap ki subah kaise shuru hoti hai",
            "walaikum assalam mera naam zubair ahmed hai saddar mein hamari bakery hai subah chaar baje uthta hoon kyunke paanch baje se pehle double roti aur rusk tayyar hone chahiyen tandoor wala hissa shakeel sambhalta hai woh pichle pandrah saal se hamare saath hai aur us ke haath ki naan poore mohalle mein mashhoor hai",
            "aap ke saath aur kaun kaam karta hai",
            "counter pe meri behen khalida baji baithti hain woh hisaab mein bohat tez hain aur sab customers ko pehchanti hain cake aur pastry ka kaam nomi karta hai us ne lahore se course kiya hai nomi ko har cheez instagram pe daalni hoti hai pehle photo phir customer ko cake deta hai",
            "maal aur saamaan kahan se aata hai",
            "maida aur cheeni raja bazaar se aati hai wahan chaudhry sahab ka godown hai doodh olpers ka aata hai aur makkhan bhi hum un se udhaar pe lete hain aur har jumme ko hisaab saaf karte hain chaudhry sahab ka munshi farhan aata hai aur khalida baji us se har dafa bahas karti hain ke rate kyun barh gaya",
            "online orders bhi aate hain",
            "ji haan foodpanda pe hamari dukaan hai zyada tar raat ko birthday ke cake ke order aate hain payment easypaisa ya cash on delivery hoti hai rider log bohat jaldi machaate hain toh shakeel ke bete ko bhi counter pe lagaya hai us ka naam adeel hai woh packing karta hai ammi kehti hain zubair tum ne bachon ko bhi kaam pe laga diya",
        ],
        "people": ["zubair ahmed", "shakeel", "khalida", "nomi", "chaudhry", "farhan", "adeel", "zubair"],
        "keep": ["saddar", "raja bazaar", "olpers", "foodpanda", "easypaisa"],
        "hard_keep": ["raja bazaar"],
    },
    # Bengali (Kolkata), sweet shop
    {
        "language": "bn",
        "utterances": [
            "Nomoskar. Prothome nijer byapare ektu bolun, apnar din ta kivabe shuru hoy?",
            "Nomoskar. Amar naam Subrata Ghosh, Bagbazar e amader mishtir dokan, Haridas Mistanna Bhandar. Dokan ta onek purono, amar thakurdar amol theke cholche. Shokal chhota ye uthi, karon sandesh er chhana shokal shokal banate hoy. Karigar der modhye sobcheye purono Tapan da, uni pochish bochhor dhore rosogolla banachhen.",
            "Aar ke ke kaj koren apnar sathe?",
            "Counter e thake Bapi, o amar bhaipo, college e pore aar bikel e dokane bose. Hisab ta dekhe amar stri Rina, barite bose khata te lekhe. Aar ekta chhele ache Montu, o cycle e kore delivery kore, Shyambazar porjonto jay. Tapan da ar Montu r modhye roj jhogra, kintu ekjon ke chhara arekjon chole na.",
            "Online order ki ase?",
            "Haan, ekhon Swiggy te amader dokan ache. Bapi i sob set up korechhe, ami oto bujhi na. Pujor somoy to Swiggy te eto order ase je dokaner khoddera opekkha kore kore birokto hoy. Purono khoddera moja kore bole, Ghosh moshai, apni o online hoye gelen? Ami boli, ki korbo dada, jug bodlachhe.",
            "Shobcheye kothin ki?",
            "Dudh er dam. Proti mashe bare, ar chhana er dam o bare. Amra dudh nii Haringhata theke, ar kichhu ta local goala der theke. Mishtir dam barale khoddera raag kore, na barale lokshan. Amar meye Mithu bole baba, nolen gur er sandesh er chhobi Instagram e dao, dam beshi nileo lok kinbe.",
        ],
        "people": ["Subrata Ghosh", "Tapan", "Bapi", "Rina", "Montu", "Ghosh", "Mithu"],
        "keep": ["Bagbazar", "Haridas Mistanna Bhandar", "Shyambazar", "Swiggy", "Haringhata", "Instagram"],
        "hard_keep": ["Haridas Mistanna Bhandar"],
    },
    # Bengali (Dhaka), mobile phone repair shop, lower case
    {
        "language": "bn",
        "utterances": [
            "assalamualaikum apni nijer kotha ektu bolen apnar din kemne shuru hoy",
            "walaikum salam amar naam rafiqul islam ami motaleb plaza te mobile servicing er dokan chalai shokal dosh tay dokan khuli kintu nouta thekei customer dariye thake shobar age charger ar display er order check kori karon raat e shuvo message pathay ki ki lagbo",
            "apnar sathe ke ke kaj kore",
            "amar dokane tin jon kaj kore shuvo software er kaj kore flash dey unlock kore ar mamun hardware er kaj kore display lagay battery change kore mamun er haath khub bhalo kintu o khub dhire kaj kore ar ekta chhoto chhele ache sajib o cha ane ar parcel niye jay",
            "parts kotha theke anen",
            "beshir bhag parts ashe chin theke elephant road e ekta importer ache sohel bhai tar kach theke ami nei sohel bhai ke taka bkash e pathai ar kichhu parts daraz e order kori kintu daraz er parts e onek shomoy nokol mal ashe xiaomi ar samsung er display e shobcheye beshi kaj",
            "customer der sathe shomossha hoy",
            "hoy to roj i hoy keu bole bhai ek ghontar moddhe dorkar keu bole dam beshi amar bou tania bole tumi shara din manusher phone thik koro nijer phone ta to bhanga ar rafiq bhai je amar pasher dokan e bose uni bolen islam shaheb eto kom dame kaj korle cholbo na",
        ],
        "people": ["rafiqul islam", "shuvo", "mamun", "sajib", "sohel", "tania", "rafiq", "islam"],
        "keep": ["motaleb plaza", "elephant road", "bkash", "daraz", "xiaomi"],
        "hard_keep": ["motaleb plaza"],
    },
    # Bengali (Kolkata), bookshop on College Street, lower case
    {
        "language": "bn",
        "utterances": [
            "nomoskar apni nijer kotha bolun ar apnar din ta kemon jay",
            "nomoskar amar naam partha dey college street e amar boier dokan ache school ar college er boi beshi rakhi shokal egarota y dokan khuli karon boipara te shobai deri te khole tar age ami ar khokon mile dhulo jhari ar notun boi gulo shajai khokon amar dokane pnaach bochhor dhore ache",
            "kara apnar kach theke boi kene",
            "beshir bhag chhatro chhatri ashe presidency ar medical college theke ar mofosshol theke lok ashe sealdah hoye boi mela r age bhir sobcheye beshi ekta meye ache mou o proti shonibar ashe purono kobitar boi khoje mou er jonno ami alada kore boi rekhe di",
            "notun boi kotha theke anen",
            "publisher der kach theke sorasori ani ananda publishers er boi sobcheye beshi bikri hoy oder godown e shyamal kaku ache tini amake pnachish bochhor dhore chenen shyamal kaku phone kore bolen partha notun uponyash eshechhe taratari ne ja nahole sesh hoye jabe",
            "online er jonno kono osubidha hoy",
            "hoy khub hoy ekhon sobai flipkart e dekhe bole dada online e to discount beshi ami boli bhai tumi boi ta haate niye dekho gondho ta nao online e oi gondho pabe na amar bhagne tublu bole mama tumi o online e becho or kotha shune ekta facebook page khulechhi tublu i page ta chalay lok jon ekhon bole dey babur dokan online e o ache",
        ],
        "people": ["partha dey", "khokon", "mou", "shyamal", "partha", "tublu", "dey"],
        "keep": ["college street", "presidency", "sealdah", "ananda publishers", "flipkart", "facebook"],
        "hard_keep": ["ananda publishers"],
    },
    # Tamil-English (Tiruppur), garment stitching unit
    {
        "language": "ta",
        "utterances": [
            "Vanakkam. Ungalai pathi konjam sollunga, unga naal eppadi start aagum?",
            "Vanakkam. En peru Selvi Murugesan, naan Tiruppur la oru chinna tailoring unit nadathuren, Kumaran Road pakkathula. Kaalaila aaru mani ku ezhundhu, samaichu, pasangala school ku anuppitu, ettu mani ku unit ku vandhuduven. Engakitta pathinanju machines irukku, ellam Juki. First vela, previous day cutting aana pieces ellam count pannuradhu.",
            "Unga kooda yaar yaar vela paakuranga?",
            "Cutting master Muthu anna, avar dhaan unit oda mukkiyamana aalu. Avar illana oru naal kooda vela nadakaadhu. Stitching la ellarum ladies dhaan, Lakshmi akka dhaan senior, matha ponnungalukku avanga dhaan solli kudupanga. Karthik thambi checking and packing paathukuvan, avan konjam sombu, aana nalla paiyan.",
            "Orders enga irundhu varudhu?",
            "Periya export company ku job work pannrom, avanga office Avinashi Road la irukku. Merchandiser Ravi sir dhaan orders kudupar, avar phone pannaale tension dhaan, enna na deadline eppovume naalaiku dhaan. Ippo konjam Meesho la namma own T-shirts um vikkurom. Adha en ponnu Kaviya paathukura, phone la photo eduthu upload pannuva.",
            "Romba kashtamana vishayam enna?",
            "Current cut, appuram aal pathaakurai. North la irundhu vara pasanga neraya per irukaanga, avangaluku Tamil theriyaadhu, enakku Hindi theriyaadhu. Balu nu oru paiyan irukkan, avan dhaan translator, rendu language um pesuvaan. Salary GPay la dhaan podrom, cash kudutha kanakku thappidum. Saayangalam ezhu mani ku veetuku poren, appuram thaan en sontha vela.",
        ],
        "people": ["Selvi Murugesan", "Muthu", "Lakshmi", "Karthik", "Ravi", "Kaviya", "Balu"],
        "keep": ["Tiruppur", "Kumaran Road", "Juki", "Avinashi Road", "Meesho", "GPay"],
        "hard_keep": ["Kumaran Road"],
    },
    # Tamil-English (Chennai), call centre, lower case
    {
        "language": "ta",
        "utterances": [
            "hi vanakkam neenga yaaru enna vela pannureenga unga day eppadi start aagum nu sollunga",
            "vanakkam en peru nandhini sekar naan guindy la oru bpo la customer support la work panren oru bank oda credit card process enakku shift kaalaila ezhu mani ku start aagum so naan anna nagar la irundhu aaru mani ku bus pudichu poven amma dhaan kaalaila tiffin pack panni kudupanga",
            "unga team la yaar yaar irukaanga",
            "en team leader senthil sir avar romba strict aana fair um kooda senthil sir ku mela priya madam irukaanga avanga process manager team la pathu peru irukom en pakkathula ukkaarura ponnu divya avalum naanum college la irundhe friends divya ku tamil english hindi moonum theriyum so hindi calls ellam avalukku dhaan poagum",
            "oru typical call eppadi irukum",
            "customer kovama dhaan call pannuvanga mostly card block aagirukum illa extra charge vandhirukum naan first vanakkam naan nandhini pesuren nu solluven appuram freshdesk la ticket open panni details paathu solluven sila per romba nalla pesuvanga sila per thittuvaanga last week oru uncle arai mani neram kathitte irundhaar appuram senthil sir dhaan call ah eduthu settle pannaru",
            "break time la enna pannuveenga",
            "lunch ku pakkathula saravana bhavan ku povom illana canteen la dhaan saapadu divya um naanum arun um serndhu saapduvom arun quality team la irukkan avan dhaan engaluku ellam gossip kondu varuvaan saayangalam shift mudinjadhum ola book panni veetuku poven traffic la oru mani neram aagum appo dhaan amma ku call panni pesuven",
        ],
        "people": ["nandhini sekar", "senthil", "priya", "divya", "nandhini", "arun"],
        "keep": ["guindy", "anna nagar", "freshdesk", "saravana bhavan", "ola"],
        "hard_keep": ["anna nagar", "saravana bhavan"],
    },
    # Marathi-English (near Pune), co-operative dairy
    {
        "language": "mr",
        "utterances": [
            "Namaskar. Tumchya baddal thoda sanga, tumcha divas kasa suru hoto?",
            "Namaskar. Maza naav Sunil Pawar, mi Shirur javal eka gavat sahakari dudh sansthecha secretary aahe. Sakali paach vajta dudh sankalan suru hota, mhanun mi saade chaar la uthto. Gavatle shetkari dudh gheun yetat, aani aamcha operator Bandya pratyek dudhacha fat ani SNF machine var check karto. Sakali sadhare teen hajar litre dudh yeta.",
            "Dudh kuthe jata aani paise kase miltat?",
            "Aamcha dudh Chitale la jata, tyancha tanker roj sakali aath vajta yeto. Shetkaryanna dar daha divsala paise miltat, seedha bank khatyat. Aadhi sagla rokh hota, aata sagla Google Pay ani bank transfer ne hota. Patil saheb, je sansthe che chairman aahet, tyanna aadhi he patat navhta, pan aata te pan Google Pay vaaprtat.",
            "Tumchya barobar kon kon kaam karta?",
            "Bandya operator aahe, aani Sulabha tai hishob baghtat. Sulabha tai che akshar itke sundar aahe ki auditor pan kautuk kartat. Ganya tanker yeiparyant dudh thanda rahava mhanun chiller sambhalto. Kadhi kadhi light jaate, mag Ganya generator chalu karto aani mala phone karto, Sunil bhau, diesel sampla.",
            "Sagla kathin kay vatta?",
            "Unhalyat dudh kami hota aani charyachi kimmat vadhte. Shetkari mhantat dar vadhva, pan Chitale vale dar vadhvat nahit. Madhe aamhi adakto. Mag Shivaji Chowk var meeting hote, aani Deshmukh saheb, aamche aamdar, yeun bhashan detat, pan prashna tasach rahto.",
        ],
        "people": ["Sunil Pawar", "Bandya", "Patil", "Sulabha", "Ganya", "Sunil", "Deshmukh"],
        "keep": ["Shirur", "Chitale", "Google Pay", "Shivaji Chowk"],
        "hard_keep": ["Chitale", "Shivaji Chowk"],
    },
    # Marathi-English (Mumbai), vada pav stall, lower case
    {
        "language": "mr",
        "utterances": [
            "namaskar tumhi kon aahat aani tumcha divas kasa jato he sanga",
            "namaskar maza naav pramod salunkhe mi dadar station chya baher vada pav chi gaadi lavto kirti college chya samor sakali saha vajta gaadi lagte karan pahilya local ne yenare lok nashta kartat bataata bhaji aadhi ratri ukdun thevleli aste sakali fakt pith bhijavna aani tel garam karna",
            "tumchya barobar kon kaam karta",
            "maza bhaccha pakya aahe to vade talto aani mi chutney aani pav sambhalto pakya la sagla jaldi jaldi pahije pan vada kaccha rahila tar customer parat yet nahit sandhyakali sushma vahini yetat tya ghari chutney banvun aantat tyanchi lasun chutney sagla dadar khata",
            "paise kase ghetat",
            "aata sagle phonepe kartat daha rupayache pan scan kartat suttya paishyancha tras kami zala pan kadhi kadhi network jata mag ekach gondhal hoto jadhav saheb roj nau vajta yetat te nehmi cash detat aani mhantat salunkhe tuza vada pav ajun pan ekdum bhari aahe",
            "sagla avghad kay aahe",
            "pavsala aani bmc paavsalyat gaadi var plastic lavla tari paani yeta aani bmc chi gaadi aali ki sagla uchlun palava lagta chinya maza shejari tyala aadhi kalta to ordun sangto aali aali aani aamhi sagla aat ghalto ravivari sakali mi shivaji park la cricket baghayla jato aani amul chi lassi pito",
        ],
        "people": ["pramod salunkhe", "pakya", "sushma", "jadhav", "salunkhe", "chinya"],
        "keep": ["dadar", "kirti college", "phonepe", "bmc", "shivaji park", "amul"],
        "hard_keep": ["kirti college", "shivaji park"],
    },
]


NAME_FREE_W: list[tuple[str, str]] = [
    # Hinglish (Jaipur), e-rickshaw driver
    (
        "hi",
        "Subah chhe baje ghar se nikalta hoon, pehle charging point pe jaata hoon kyunki raat ko bijli "
        "chali gayi thi toh battery aadhi hi bhari. Phir station ke bahar line mein lagta hoon. Pehli "
        "sawari aksar koi school ki teacher ya office wale hote hain, unko jaldi hoti hai, toh main bhi "
        "thoda tez chalata hoon. Dopahar mein kaam kam hota hai, tab main chai peeta hoon aur doosre "
        "driver bhaiyon ke saath baith ke baatein karte hain, kiska challan kata, kaunsa rasta band hai. "
        "Paisa zyada tar UPI se aata hai, lekin buzurg log abhi bhi cash hi dete hain aur chhutta maangte "
        "hain. Sabse badi dikkat traffic police ki hai, kabhi bhi rok lete hain. Shaam ko market ke paas "
        "bheed hoti hai, tab achhi kamaai ho jaati hai. Raat ko nau baje tak ghar pahunchta hoon, khana "
        "khaata hoon aur rickshaw phir se charging pe lagata hoon. Mahine ke aakhir mein kist bharni "
        "padti hai, toh chhutti lena mushkil hai.",
    ),
    # Hinglish (Lucknow), vegetable seller in a wholesale market, lower case
    (
        "hi",
        "haan toh hamara kaam raat ko teen baje shuru hota hai mandi mein sabzi ki gaadiyan aati hain "
        "aur boli lagti hai jo pehle pahunch gaya usko achha maal milta hai baad mein bas bacha khucha "
        "rehta hai hum tamatar pyaaz aur hari sabzi lete hain aur subah saat baje tak thela lekar "
        "mohalle mein nikal jaate hain aunty log bahut mol bhaav karti hain das rupaye kam karo nahi toh "
        "dhaniya free do matlab har din wahi kahani lekin theek hai unke bina kaam bhi nahi chalta "
        "barsaat mein sabse zyada nuksaan hota hai pattiyan gal jaati hain aur tamatar phat jaate hain "
        "phir wo maal aadhe daam mein bechna padta hai aaj kal online wale bhi sabzi bechne lage hain "
        "par unka dhaniya bhi paise mein aata hai haha dopahar ko ghar aake thoda so jaata hoon aur "
        "shaam ko phir se thela lagata hoon raat ko hisaab likhta hoon ki kitna kamaya kitna gaya",
    ),
    # Urdu (Gujranwala), tea stall on the highway
    (
        "ur",
        "Ji, hamara dhaba highway pe hai, toh yahan din raat ka koi farq nahi hota. Subah fajr ke baad "
        "tandoor garam karte hain aur pehli chai truck walon ke liye banti hai. Truck wale bohat door se "
        "aate hain, koi Karachi se, koi Peshawar se, aur sab ko doodh patti hi chahiye, kadak wali. "
        "Dopahar ko daal aur roti zyada bikti hai, shaam ko karahi. Saamaan hum shehar ki mandi se "
        "laate hain, hafte mein do dafa. Sab se bara masla gas ka hai, cylinder ka rate har mahine barh "
        "jata hai aur customer ko chai ka rate barhao toh woh naraz ho jata hai. Kaam karne wale larke "
        "zyada tar gaon se aate hain, kuch mahine rehte hain phir chale jaate hain, toh naye larkon ko "
        "baar baar sikhana parta hai. Raat ko do baje tak rush rehta hai, phir thoda sukoon hota hai. "
        "Mahine ka hisaab main khud karta hoon, register mein, kyunke computer pe mujhe bharosa nahi.",
    ),
    # Urdu (Islamabad), school van driver, lower case
    (
        "ur",
        "subah chhe baje uthta hoon namaz parhta hoon aur van ko saaf karta hoon phir saade chhe baje "
        "pehla bacha uthata hoon kul solah bache hain aur chaar alag alag schools hain toh rasta yaad "
        "rakhna parta hai kuch bache waqt pe bahar khare hote hain kuch ke ghar jaake horn bajana parta "
        "hai aur ammiyan khirki se kehti hain bas do minute aur phir das minute lag jaate hain sardiyon "
        "mein dhund ki wajah se bohat ehtiyaat karni parti hai aur garmiyon mein ac ka kharcha barh jata "
        "hai waldain har mahine ki pehli tareekh ko fees dete hain kuch log easypaisa se bhej dete hain "
        "kuch cash dete hain aur kuch bhool jaate hain dopahar ko chhutti ke waqt school ke bahar bohat "
        "rush hota hai phir sab ko ghar chhor ke main khud khana khata hoon aur shaam ko van ki tanki "
        "bharwata hoon agle din phir wahi kaam",
    ),
    # Bengali (Kolkata), fish seller
    (
        "bn",
        "Amar kaj shuru hoy bhor char te. Howrah er paikari bajare machh ashe Andhra theke, ar kichhu ta "
        "local pukur theke. Sekhane giye dam dekhe rui, katla, pabda ar chingri kini. Tarpor sei machh "
        "niye amader parar bajare boshi, shokal chhota theke egarota porjonto. Khoddera beshir bhag "
        "purono, tara jane ami kharap machh dii na. Ilish er somoy sobcheye beshi bhir hoy, kintu dam o "
        "tokhon akasher opore thake. Barite amar stri bole eto bhore uthe shorir ta nosto korcho, kintu "
        "ki korbo, eta i to amader pesha. Ekhon onek lok online e machh order kore, kintu ami boli "
        "machh chokh diye dekhe kinte hoy, photo dekhe na. Dupure bari giye snan kori, bhat khai, ar "
        "ektu ghumai. Bikel e abar hisab kori, kar kach theke taka pawa baki, kake dite hobe. Borshay "
        "bajar e jol jome jay, tokhon bikri kome jay.",
    ),
    # Bengali (Gazipur), garment factory worker, lower case
    (
        "bn",
        "amar din shuru hoy bhor panch tay uthe ranna kori karon shokal aat tay factory te dhukte hoy "
        "deri hoile haziray dag pore ar bonus kate ami sewing section e kaj kori line e amar kaj holo "
        "collar lagano din e shoto shoto piece kori target thake ghontay ghontay supervisor ese dekhe "
        "target hoise kina dupure adh ghonta lunch break pai bari theke tiffin ani bhat ar dal ar kono "
        "din ektu shobji shondhya chhoy tay chhuti hoy kintu order beshi thakle overtime kori raat dosh "
        "ta porjonto taka ashe bkash e mashe ekbar kichhu taka gram e pathai baba mar jonno basha ta "
        "chhoto ekta ghor ar teen ta poribar ek bathroom use kori tobu o kaj ta chharte pari na karon "
        "gram e kono kaj nai shukrobar chhuti oi din kapor dhui ar ghumai",
    ),
    # Tamil-English (Coimbatore), auto-rickshaw driver
    (
        "ta",
        "Kaalaila anju mani ku ezhundhiruven, auto va thodachittu stand ku poven. Bus stand la dhaan "
        "first trip kedaikum, veliyoor la irundhu vara passengers romba per. Meter podunga nu sonna "
        "sila per kovapaduvaanga, sila per thaan fair ah pesuvanga. Madhiyanam veyil romba adhigam, "
        "appo konjam neram tree kizha auto va niruthi, tea kudichittu rest edupen. Ippo app la vara "
        "rides um edukuren, aana commission pona apram kaila konjam dhaan nikkum. Petrol vilai "
        "eppovume yeri kitte irukku, adhanaala kanakku paathu dhaan ottanum. Saayangalam school "
        "pasanga, office poravanga, market ku poravanga nu romba busy ah irukkum. Raathiri pathu mani "
        "varaikum ottitu veetuku poven. Maasam oru dhadava auto ku service pannanum, illana vazhila "
        "nikkum. Mazhai kaalathula vela kammi, aana kashtam adhigam. Veetla pasanga padikaradhu dhaan "
        "en periya aasai, adhukaaga dhaan indha oottam ellam.",
    ),
    # Tamil-English (Madurai), hospital nurse, lower case
    (
        "ta",
        "en shift kaalaila ezhu mani ku start aagum aaru mani ku veetla irundhu kelambi bus la poven "
        "ward la first vela night shift nurse kitta handover vaanguradhu yaaruku enna medicine enna "
        "test ellam note pannuven appuram rounds doctor varum bodhu kooda poi ellathayum sollanum "
        "patients romba per gramathula irundhu varanga avangaluku english puriyaadhu so naan tamil la "
        "dhaan ellam explain pannuven sila per bayapaduvaanga injection na romba bayam avangala "
        "samadhanapaduthi dhaan podanum madhiyanam saapida pathu nimisham dhaan kedaikum adhu kooda "
        "sila naal kedaikaadhu emergency case vandha ellarum odanum night duty irukura vaaram romba "
        "kashtam thookam varadhu aana antha vela la dhaan niraya per kitta nandri kedaikum shift "
        "mudinjadhum veetuku poi kulichittu konjam thoonguven appuram saayangalam kovil ku poven "
        "illana tv paapen adutha naal thirumba adhe vela",
    ),
    # Marathi-English (Nashik district), onion farmer at the market yard
    (
        "mr",
        "Aamchya ghari sakali paach la divas suru hoto. Aadhi gurankade baghaycha, dudh kadhaycha, mag "
        "shetavar jaycha. Kanda kadhnichya veli saglyat jasta kaam asta, majur milat nahit aani "
        "milale tar majuri jasta maagtat. Kanda trolley madhe bharun market yard la nyava lagto, "
        "tithe lilav hoto. Bhav roj badalto, kadhi chaan milto, kadhi itka kami ki trolley cha kharcha "
        "pan nighat nahi. Paise aata seedha bank madhe yetat, pan kadhi kadhi aath divas lagtat. "
        "Mobile var roj bajar bhav baghto, WhatsApp group var pan sagle shetkari bhav taktat. Paus "
        "velevar aala nahi tar sagla ganit bighadta. Mulga mhanto baba, shetat ata kahi nahi, shaharat "
        "naukri kar, pan jamin sodun kuthe jaycha? Sandhyakali chaha gheun otyavar basto aani dusrya "
        "divsacha vichar karto. Ratri lavkar zopto, karan udya punha paach la uthaycha aahe.",
    ),
    # Marathi-English (Pune), courier delivery rider, lower case
    (
        "mr",
        "mi sakali aath vajta hub la pohochto tithe aajche parcel scan karun bag madhe bharto sadharan "
        "sathh te sattar parcel astat mag route pramane lavto aani bike var nighto pahila area peth "
        "cha asto tithe galli arund aahet aani parking milat nahi mhanun chalat jaava lagta kahi lok "
        "ghari nastat mag phone karava lagto te mhantat shejari dya kiva sandhyakali ya mag parat jaava "
        "lagta dupari ek tas jevnacha break milto pan kadhi kadhi tyat pan delivery karto karan target "
        "purna nahi zala tar paise kaptat paavsalyat sagla parcel plastic madhe guthalava lagta nahitar "
        "bhijta aani customer takrar karto sandhyakali sat vajta hub la parat yeun cash jama karto aani "
        "app var sagla update karto ghari yeun jevto aani zopto udya punha tech kaam",
    ),
]


def interviews_w() -> list[tuple[str, list[str], list[str], list[str]]]:
    return excerpt_tuples(INTERVIEWS_W)


def all_names_w() -> list[str]:
    return people_of(INTERVIEWS_W)


HARD_KEEP_W: frozenset[str] = hard_keep_of(INTERVIEWS_W)

PER_LANGUAGE_W = {"hi": 6, "ur": 3, "bn": 3, "ta": 2, "mr": 2}
LOWER_CASE_W = {"hi": 3, "ur": 1, "bn": 2, "ta": 1, "mr": 1}


def _is_lower_asr(text: str) -> bool:
    """Lower case without punctuation, as speech recognition writes it."""
    return re.fullmatch(r"[a-z ]+", text) is not None


def _check() -> None:
    check_excerpts(
        "pii_names_w",
        INTERVIEWS_W,
        PER_LANGUAGE_W,
        turns=(6, 10),
        keep_terms=(3, 6),
        mentions=(4, 14),
        lower_case=False,
    )
    problems: list[str] = []
    lower_counts = {language: 0 for language in PER_LANGUAGE_W}
    for number, item in enumerate(INTERVIEWS_W):
        utterances = item["utterances"]
        if all(u == u.lower() for u in utterances):
            lower_counts[item["language"]] += 1
            for u in utterances:
                if not _is_lower_asr(u):
                    problems.append(f"excerpt {number}: punctuation in a lower-case excerpt: {u[:40]!r}")
        elif not all(u[:1].isupper() for u in utterances):
            problems.append(f"excerpt {number}: a turn of a capitalised excerpt starts in lower case")
    if lower_counts != LOWER_CASE_W:
        problems.append(f"lower-case excerpts per language {lower_counts}, expected {LOWER_CASE_W}")
    free_counts = {language: 0 for language in PER_LANGUAGE_W}
    free_lower = {language: 0 for language in PER_LANGUAGE_W}
    name_words = {w.casefold() for name in all_names_w() for w in re.findall(r"\w+", name)}
    for number, (language, text) in enumerate(NAME_FREE_W):
        if language not in free_counts:
            problems.append(f"name-free passage {number}: unexpected language {language!r}")
            continue
        free_counts[language] += 1
        free_lower[language] += _is_lower_asr(text)
        count = len(text.split())
        if not 120 <= count <= 200:
            problems.append(f"name-free passage {number}: {count} words")
        shared = name_words & {w.casefold() for w in re.findall(r"\w+", text)}
        if shared:
            problems.append(f"name-free passage {number}: name words {sorted(shared)} of set W")
    if free_counts != {language: 2 for language in PER_LANGUAGE_W}:
        problems.append(f"name-free passages per language {free_counts}, expected two each")
    if free_lower != {language: 1 for language in PER_LANGUAGE_W}:
        problems.append(f"lower-case name-free passages per language {free_lower}, expected one each")
    if problems:
        raise ValueError("pii_names_w data problems:\n" + "\n".join(problems))


if __name__ == "__main__":
    _check()
    print(
        f"{len(INTERVIEWS_W)} excerpts, {len(all_names_w())} person mentions, {len(HARD_KEEP_W)} hard keep terms, "
        f"{len(NAME_FREE_W)} name-free passages"
    )
