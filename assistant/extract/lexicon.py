"""Cue lexicons per finding category (en/fr/pt/es/de) for answers and for interviewer questions."""

from __future__ import annotations

import re

from assistant.core.models import CATEGORIES

# Words in a participant's sentence that hint at a category. Patterns are matched case-insensitively
# against the sentence; each category's cue score is the number of distinct patterns that match.
ANSWER_CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        r"\bI'?m (?:the|a|an) \w+",
        r"\bmy (?:role|job|title|team)\b",
        r"\bwe (?:use|run|have|are|process|handle|do)\b",
        r"\bour (?:team|erp|system|process|company|stack)\b",
        r"\b(?:employees|staff|people|invoices|clients|customers|patients|students|trucks|stores|locations)\b",
        r"\b(?:a|per) (?:day|week|month|year)\b",
        r"\b(?:excel|sap|sage|netsuite|quickbooks|oracle|salesforce|jira|erp|crm|outlook|shopify)\b",
        r"\breport(?:s|ing)? (?:to|into)\b",
        r"\bresponsible for\b|\bin charge of\b|\bI (?:manage|handle|run|lead|own)\b",
        r"\b(?:kpi|kpis|metric|metrics|target)\b",
        r"\bje suis\b|\bon utilise\b|\bnous sommes\b|\bsalariés\b|\bmon équipe\b",
        r"\bsou\b|\ba gente usa\b|\bfuncionários\b|\bminha equipe\b|\btrabalho\b",
        r"\bsoy\b|\busamos\b|\bempleados\b|\bmi equipo\b|\btrabajo\b",
        r"\bich bin\b|\bwir (?:haben|nutzen|arbeiten)\b|\bmitarbeiter\b|\bunser team\b",
    ),
    "pain": (
        r"\bfrustrat\w*|\bannoy\w*|\bpain\b|\bpainful\b|\bnightmare\b|\bheadache\b|\bhate\b",
        r"\bwaste\w*|\bmanual(?:ly)?\b|\bby hand\b|\bre-?key\w*|\bre-?type\w*|\bcopy(?:-| )paste\w*",
        r"\bspreadsheet\w*|\btracker\b|\bwork-?around\w*",
        r"\bchas(?:e|ing)\b|\bnobody\b|\bno one\b|\bnever\b",
        r"\bproblem\w*|\bissue\w*|\bbroken\b|\bbreak\w*\b|\bmess\b|\bchaos\b",
        r"\b(?:lose|lost|losing|miss|missed|missing)\b",
        r"\btakes? (?:forever|hours|days|me)\b|\bhours? (?:a|every|each) (?:day|week)\b",
        r"\bworst\b|\bstruggl\w*|\bstress\w*|\bhard\b|\bdifficult\b|\bimpossible\b|\bslow\b",
        r"\btried\b.*\b(?:but|failed|didn'?t)\b|\bdidn'?t work\b|\bgave up\b",
        r"\bpénible\b|\bgalère\b|\bperd\w* (?:un )?temps\b|\bà la main\b|\bressaisi\w*|\bcompliqué\b",
        r"\bchato\b|\bpior\b|\bna mão\b|\bperde\w*|\bdemora\b|\bplanilha\w*|\bdifícil\b",
        r"\bfrustrante\b|\blo peor\b|\ba mano\b|\bperdemos\b|\bhoja\w* de (?:excel|cálculo)\b",
        r"\bnervig\w*|\bvon hand\b|\bständig\b|\bproblem\w*|\baufwändig\b|\bmühsam\b",
    ),
    "impact": (
        r"\bI'?d (?:love|like|want)\b|\bI wish\b|\bwould love\b|\bwould be (?:great|nice|amazing|huge)\b",
        r"\bideal(?:ly)?\b|\bdream\b|\bperfect world\b|\bsuccess\b|\bgoal\b|\bwin\b",
        r"\bif (?:we|I) could\b|\bif it could\b|\bwhat I (?:want|need)\b",
        r"\b(?:save|saving|cut|reduce|faster|instead of)\b",
        r"\b(?:in|within|under) (?:\w+ )?(?:days?|hours?|minutes?)\b",
        r"\b(?:half|percent|%)\b",
        r"\bl'idéal\b|\bj'aimerais\b|\bce serait\b|\bobjectif\b|\bau lieu de\b",
        r"\bo ideal\b|\bseria (?:ótimo|bom)\b|\beu queria\b|\bobjetivo\b|\bem vez de\b",
        r"\blo ideal\b|\bme encantaría\b|\bsería\b|\bobjetivo\b|\ben lugar de\b",
        r"\bideal wäre\b|\bich wünsche\b|\bunser ziel\b|\bstatt\b",
    ),
    "critical_event": (
        r"\blast (?:year|month|quarter|spring|summer|fall|autumn|winter|week)\b",
        r"\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
        r"\b(?:ago|happened|that'?s when|wake-?up call|the day)\b",
        r"\baudit(?:or)?s? (?:found|flagged)|\bmaterial weakness\b|\bfinding\b|\bfine[ds]?\b|\bpenalt\w*",
        r"\b(?:quit|resigned|left|retired|fired|laid off|maternity|sick leave)\b",
        r"\b(?:acquired|acquisition|bought by|merger|sold)\b|\bprivate equity\b",
        r"\b(?:fraud|phishing|scam|stolen|breach|outage|crash\w*|recall|bankrupt\w*)\b",
        r"\b(?:end of life|end-of-life|sunset\w*|out of support)\b",
        r"\bran out of cash\b|\bcash (?:crunch|shock)\b|\bpayroll\b",
        r"\bl'an dernier\b|\bl'année dernière\b|\bfraude\b|\bdémission\w*|\bparti\w* à la retraite\b|\brachet\w*",
        r"\bano passado\b|\bfraude\b|\bpediu demissão\b|\bcomprados\b|\bcaiu\b",
        r"\bel año pasado\b|\bfraude\b|\bdimiti\w*|\bquebr\w*|\bmulta\w*",
        r"\bletztes jahr\b|\bbetrug\b|\bgekündigt\b|\bausfall\b|\bübernommen\b",
    ),
    "trigger": (
        r"\bwhen (?:we|the|our|my|I)\b.*\b(?:that'?s when|then)\b",
        r"\b(?:renew\w*|contract (?:ends|is up|expires))\b",
        r"\bdeadline\b|\bby (?:the end of|next|january|june|december)\b|\bbefore (?:then|the)\b",
        r"\b(?:started|start) (?:looking|searching)\b|\bwhat (?:started|triggered)\b|\bkicked off\b",
        r"\bnew (?:cfo|ceo|vp|owner|owners|director|boss|law|regulation|rule)\b",
        r"\b(?:regulation|mandate|e-?invoicing|compliance requirement)\b",
        r"\bif (?:we|our|the)\b.*\b(?:we'?d|we would|I'?d|I would|we'?ll) (?:need|have to|look|switch)\b",
        r"\b(?:would|will) (?:make|force) us\b|\bforced to\b|\bwindow\b|\bonce we\b",
        r"\bnext (?:year|quarter|spring|fall|summer)\b|\bthis (?:year|quarter)\b",
        r"\bréforme\b|\bd'ici\b|\bquand on\b|\bdéclench\w*|\bobligation\b",
        r"\bquando a gente\b|\bvence\b|\baí vamos\b|\bobrigad\w*",
        r"\bcuando\b|\bnormativa\b|\btendremos que\b|\bempezamos a buscar\b",
        r"\bpflicht\b|\bausläuft\b|\bangestoßen\b|\bwenn\b",
    ),
    "decision": (
        r"\bdecid\w*|\bdecision\w*|\bfinal (?:call|say)\b|\bsign(?:s|ed)? (?:off|the)\b|\bsign-?off\b",
        r"\bbudget\w*|\bapprov\w*|\bthreshold\b|\bpurchase order\b|\bprocurement\b",
        r"\b(?:cfo|ceo|coo|owner|board|vp|director|partner|boss)\b.*\b(?:sign|approve|decide|call)\w*",
        r"\bevaluat\w*|\bcompar\w*|\bshortlist\w*|\bpilot\b|\btrial\b|\bdemo\b|\breferences?\b",
        r"\bcriteri\w*|\bdeal-?breaker\b|\bmust-?have\b|\bmatters? most\b|\bintegrat\w*",
        r"\b(?:price|pricing|cost|per month|a year|\$|€|thousand|k a year)\b",
        r"\bchampion\b|\brecommend\b|\bno say\b|\bmy call\b|\bup to me\b",
        r"\bvalide\b|\bvalider\b|\bdécid\w*|\bbudget\b|\bcompar\w*|\bcritère\w*",
        r"\bassina\b|\baprova\w*|\borçamento\b|\bcompar\w*|\bdecid\w*",
        r"\baprueba\b|\bdecisión\b|\bpresupuesto\b|\bcompar\w*",
        r"\bentscheid\w*|\bfreigabe\b|\bbudget\b|\bverglichen\b",
    ),
    "channel": (
        r"\blinkedin\b|\btwitter\b|\breddit\b|\byoutube\b|\bfacebook\b|\binstagram\b|\btiktok\b",
        r"\bpodcast\w*|\bnewsletter\w*|\bwebinar\w*|\bblog\w*|\bmagazine\w*|\bjournal\b",
        r"\bconference\w*|\btrade ?show\w*|\bexpo\b|\bsummit\b|\bmeet-?ups?\b|\bchapter\b",
        r"\bgartner\b|\bforrester\b|\bg2\b|\bcapterra\b|\banalyst\w*|\breviews?\b",
        r"\bword of mouth\b|\bpeers?\b|\bcolleagues?\b|\bfriend\w*\b|\bassociation\b|\bcommunit\w*",
        r"\b(?:learn|hear|find out|read|follow|listen)\w*\b.*\babout\b|\bI (?:read|follow|listen)\b",
        r"\bgoogle\b|\bsearch\w*\b|\bcold (?:call|email)\w*|\bsales ?(?:people|reps?)\b",
        r"\bsalon\b|\bbouche-à-oreille\b|\bgroupes?\b|\bfédération\b|\bje lis\b",
        r"\bfeira\b|\bindicação\b|\bgrupos? de whatsapp\b|\bvídeo\b",
        r"\bferia\b|\bme entero\b|\bgrupo de telegram\b|\bleo\b",
        r"\bmesse\w*|\bfachzeitschrift\w*|\bempfehlung\w*|\bkonferenz\w*|\bverband\b",
    ),
}

# Words in the interviewer's question just before an answer: they set context, never evidence.
QUESTION_CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        r"\b(?:your role|tell me about (?:your|the) (?:team|company|role)|what tools|which tools)\b",
        r"\bhow many\b|\bhow (?:big|large)\b|\bwalk me through\b|\btypical day\b|\byesterday\b",
        r"\bkpis?\b|\bhow do you measure\b|\bwhat do you do\b",
        r"\bvotre (?:rôle|équipe)\b|\bquels outils\b|\bseu (?:papel|time)\b|\bquais ferramentas\b",
        r"\bsu (?:rol|equipo)\b|\bqué herramientas\b|\bihre (?:rolle|aufgabe)\b",
    ),
    "pain": (
        r"\bhardest\b|\bfrustrat\w*|\bpain\w*|\bworst\b|\bchalleng\w*|\bwhat goes wrong\b",
        r"\bannoy\w*|\bproblem\w*|\bstruggl\w*|\bworkaround\w*|\bwhat have you tried\b",
        r"\ble plus (?:difficile|pénible)\b|\bo (?:mais difícil|pior)\b|\blo más difícil\b|\bschwierigste\b",
    ),
    "impact": (
        r"\bmagic wand\b|\bideal\w*|\bsuccess\b|\bwhat would (?:change|it mean|good look)\b",
        r"\bif (?:you|that) (?:could|were)\b.*\?|\bwhat would (?:you|that) (?:save|gain)\b|\bworth\b",
        r"\bidéal\b|\bsucesso\b|\béxito\b|\berfolg\b",
    ),
    "critical_event": (
        r"\bwhat happened\b|\bwas there a (?:moment|time|day)\b|\bany (?:incident|event)\b",
        r"\btell me about (?:a|the) time\b|\bwake-?up\b|\bwhen did\b",
        r"\bque s'est-il passé\b|\bo que aconteceu\b|\bqué pasó\b|\bwas ist passiert\b",
    ),
    "trigger": (
        r"\bwhat would make you\b|\bwhat would it take\b|\bstart looking\b|\bwhy now\b",
        r"\btiming\b|\bwhen would you\b|\bdeadline\b|\bswitch\b|\bchange tools\b",
        r"\bqu'est-ce qui vous ferait\b|\bo que faria\b|\bqué les haría\b|\bwann würden\b",
    ),
    "decision": (
        r"\bwho (?:decides|signs|approves|would (?:decide|sign|approve)|makes the (?:call|decision))\b",
        r"\bbudget\w*\b|\bapprov\w*|\bbuying (?:process|decision)\b|\bhow would you (?:evaluate|choose)\b",
        r"\bcriteria\b|\bcompare\b|\bwhat matters\b|\bprice\b|\bpay\b",
        r"\bqui (?:décide|valide)\b|\bquem (?:decide|assina)\b|\bquién (?:decide|aprueba)\b|\bwer entscheidet\b",
    ),
    "channel": (
        r"\bwhere do you (?:learn|hear|find|go|look|read|get)\b|\bhow do you (?:learn|hear|find out|keep up)\b",
        r"\b(?:podcasts?|conferences?|linkedin|newsletters?|communit\w*|events?|sources?)\b",
        r"\bwho do you (?:ask|trust|talk to)\b|\bstay (?:current|up to date)\b",
        r"\boù (?:vous )?(?:vous )?informez\b|\bonde você (?:se informa|aprende)\b|\bdónde te informas\b",
        r"\bwo informieren\b",
    ),
}

_COMPILED_ANSWER = {c: [re.compile(p, re.IGNORECASE) for p in ANSWER_CUES[c]] for c in CATEGORIES}
_COMPILED_QUESTION = {c: [re.compile(p, re.IGNORECASE) for p in QUESTION_CUES[c]] for c in CATEGORIES}


def answer_cues(text: str) -> list[float]:
    """How many distinct cue patterns of each category match ``text`` (order of CATEGORIES)."""
    return [float(sum(1 for p in _COMPILED_ANSWER[c] if p.search(text))) for c in CATEGORIES]


def question_cues(text: str) -> list[float]:
    """How many distinct question-cue patterns of each category match an interviewer's ``text``."""
    return [float(sum(1 for p in _COMPILED_QUESTION[c] if p.search(text))) for c in CATEGORIES]
