"""The crisis screen: people in danger are handed off; idioms, other people's stories, the past
and negations are not. Run with `-s` to see the recall and false-alarm figures."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.crisis import (
    MODEL_RULE,
    SAFE,
    Category,
    Verdict,
    firing_rules,
    normalise,
    rule_ids,
    screen,
)

S = Category.suicidal
H = Category.self_harm
X = Category.harm_to_others
D = Category.immediate_danger
A = Category.abuse_now

# Our own examples, written for the rules, not taken from the dev set. (text, category)
CRISIS: list[tuple[str, Category]] = [
    # English: intent, plan and means
    ("I'm going to kill myself tonight", S),
    ("i think i'm going to end my life this weekend", S),
    ("I want to die", S),
    ("honestly i just wanna die", S),
    ("I've decided to end it all", S),
    ("I don't want to live anymore", S),
    ("i have a plan to kill myself and i'm scared", S),
    ("I've been stockpiling my antidepressants for a while now", S),
    ("I bought a rope yesterday", S),
    ("I'm going to take all my pills tonight", S),
    ("I've been thinking about jumping off the bridge near my flat", S),
    ("thinking about ending my life, need someone to talk to", S),
    ("I keep thinking about suicide", S),
    ("I feel suicidal", S),
    ("suicidal again tonight", S),
    ("I'm so suicidal rn", S),
    ("constant suicidal thoughts and nobody to talk to", S),
    ("I tied a noose in my closet", S),
    ("I'm writing my suicide note", S),
    ("Goodbye cruel world", S),
    ("by the time you read this I'll be gone", S),
    ("I wanted to say goodbye before I go", S),
    ("just kill me", S),
    ("i want to kms", S),
    ("kms", S),
    ("thinking about unaliving myself", S),
    ("sewerslide is on my mind a lot lately", S),
    ("I deserve to die", S),
    ("I'd rather be dead than keep feeling like this", S),
    ("I'm gonna hang myself", S),
    ("i want to shoot myself", S),
    ("I'm going to overdose tonight", S),
    ("I'm ready to die", S),
    # English: passive ideation and burden
    ("everyone would be better off if I was dead", S),
    ("my family would be better off without me", S),
    ("I'm a burden to everyone around me", S),
    ("what's the point of living", S),
    ("there is no reason to live anymore", S),
    ("I wish I could go to sleep and never wake up", S),
    ("I hope I don't wake up tomorrow", S),
    ("I wish I was never born", S),
    ("nobody would even notice if I disappeared", S),
    ("I can't go on like this", S),
    ("I'm so tired of living", S),
    ("I don't want to exist", S),
    ("I'm not sure I want to live", S),
    ("I don't know if I want to be alive anymore", S),
    ("life isn't worth living", S),
    ("I have nothing left to live for", S),
    ("I wish I were dead", S),
    ("i hate being alive", S),
    # English: method seeking
    ("how many paracetamol would kill me", S),
    ("what's the most painless way to die", S),
    ("how long does it take to die from hanging", S),
    ("what is a lethal dose of insulin", S),
    ("how do people hang themselves", S),
    ("how high does a bridge need to be to die from the fall", S),
    # English: self-harm now
    ("I want to hurt myself", H),
    ("I cut myself again tonight", H),
    ("i keep cutting my arms", H),
    ("I burned myself with a lighter on purpose", H),
    ("the urge to self harm is so strong tonight", H),
    ("I started self-harming again", H),
    ("I've been cutting again", H),
    ("I relapsed on sh last night", H),
    ("I hit myself when I get angry at myself", H),
    ("I need to cut to feel something", H),
    # English: immediate danger
    ("I have the pills in my hand right now", D),
    ("I took a whole bottle of sleeping pills 20 minutes ago", D),
    ("I just swallowed 40 ibuprofen", D),
    ("I'm standing on the roof and I want to jump", D),
    ("the rope is around my neck", D),
    ("I've got a knife to my wrist", D),
    ("I cut too deep and it won't stop bleeding", D),
    ("my friend just told me she took a bunch of pills", D),
    ("my roommate is unconscious and there are empty pill bottles", D),
    ("my brother says he's going to kill himself tonight", D),
    ("I have a loaded gun and I'm ready", D),
    ("I have a gun in my hand", D),
    # English: past that is not past
    ("I attempted last night and I'm still here", S),
    ("I tried to kill myself yesterday", S),
    ("I tried to kill myself years ago and I feel like doing it again", S),
    # English: harm to others
    ("I want to kill my stepfather", X),
    ("I'm going to stab him when he gets home", X),
    ("I keep thinking about hurting my coworkers", X),
    ("I'm going to shoot up my school", X),
    ("I'm going to kill him", X),
    ("I want to hurt someone so badly", X),
    # English: abuse now
    ("my husband is hitting me right now", A),
    ("my dad beats me when he's drunk", A),
    ("I'm scared to go home tonight", A),
    ("my boyfriend threatened to kill me", A),
    ("my uncle touches me at night", A),
    ("he locked me in the room again", A),
    ("I don't feel safe at home", A),
    ("I'm scared to go home, he'll hurt me", A),
    ("he's hitting me right now", A),
    ("my dad hits me", A),
    ("I'm hiding in the closet, he's looking for me", A),
    # Spanish
    ("quiero morirme", S),
    ("me quiero matar", S),
    ("quiero matarme", S),
    ("ya no quiero vivir", S),
    ("estoy pensando en suicidarme", S),
    ("voy a quitarme la vida esta noche", S),
    ("todos estarían mejor sin mí", S),
    ("no tengo ganas de vivir", S),
    ("quisiera dormir y no despertar", S),
    ("kiero morir", S),
    ("me corto los brazos cuando estoy mal", H),
    ("quiero hacerme daño", H),
    ("me tomé todas las pastillas", D),
    ("mi novio me pega", A),
    ("tengo miedo de volver a casa", A),
    ("lo voy a matar", X),
    # German
    ("ich will sterben", S),
    ("ich bring mich um", S),
    ("ich will mich umbringen", S),
    ("ich denke darüber nach, mich umzubringen", S),
    ("ich habe Selbstmordgedanken", S),
    ("ohne mich wären alle besser dran", S),
    ("ich bin allen nur eine Last", S),
    ("ich will nicht mehr leben", S),
    ("ich bin lebensmüde", S),
    ("keiner würde mich vermissen", S),
    ("ich ritze mich wieder", H),
    ("ich habe alle meine Tabletten genommen", D),
    ("mein Vater schlägt mich", A),
    ("ich habe Angst, nach Hause zu gehen", A),
    ("ich bringe ihn um", X),
    # French
    ("je veux mourir", S),
    ("j'ai envie de me suicider", S),
    ("je vais me tuer", S),
    ("je n'ai plus envie de vivre", S),
    ("je pense à en finir", S),
    ("ils seraient mieux sans moi", S),
    ("je ne veux plus vivre", S),
    ("j'en peux plus de vivre", S),
    ("je me scarifie tous les soirs", H),
    ("j'ai avalé toute la boîte de doliprane", D),
    ("mon mari me frappe", A),
    ("j'ai peur de rentrer chez moi", A),
    ("je vais le tuer", X),
    # Portuguese
    ("quero morrer", S),
    ("vou me matar", S),
    ("não aguento mais viver", S),
    ("estou pensando em suicídio", S),
    ("todos ficariam melhor sem mim", S),
    ("não quero mais viver", S),
    ("eu me corto quando fico triste", H),
    ("tomei uma caixa de remédios", D),
    ("meu padrasto me bate", A),
    ("vou matar ele", X),
    # Russian
    ("хочу умереть", S),
    ("я покончу с собой", S),
    ("не хочу больше жить", S),
    ("думаю о самоубийстве", S),
    ("всем будет лучше без меня", S),
    ("хочу сдохнуть", S),
    ("я режу себе руки", H),
    ("выпила всю пачку таблеток", D),
    ("муж бьет меня", A),
    ("убью его", X),
    # Obfuscations and typos
    ("i want to k!ll mys3lf", S),
    ("feeling $uicidal", S),
    ("s.u.i.c.i.d.e is all I think about", S),
    ("I w@nt to d!e", S),
    ("kіll myself", S),  # Cyrillic і
    ("I want to dіe", S),  # Cyrillic і
    ("sucidal thoughts every night", S),
    ("I keep thinking about suiside", S),
    ("gonna kil myself", S),
    ("unalive myself", S),
    ("KILL MYSELF", S),
    ("kiiiill myseeelf", S),
    ("k-i-l-l myself", S),
    ("kill\u200bmyself", S),
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", S),
    ("i want to diiieee", S),
    ("s u i c i d a l", S),
    ("I want to end it all", S),
    ("self-harm has been on my mind again", H),
    ("i want to kill myslef", S),
    ("хочу умереть\u200b", S),
    ("хочy умереть", S),  # Latin y inside a Russian word
    # One more example for each rule of the other languages
    ("they keep telling me to kys", S),
    ("Selbstverletzung ist wieder ein Thema für mich", H),
    ("wie viele Tabletten braucht man um zu sterben", S),
    ("Suizid geht mir nicht aus dem Kopf", S),
    ("tengo autolesiones en las piernas", H),
    ("intenté suicidarme la semana pasada", S),
    ("cuántas pastillas necesito para morir", S),
    ("tengo pensamientos suicidas", S),
    ("el suicidio me parece la única salida", S),
    ("la scarification m'aide à tenir", H),
    ("quelle est la dose mortelle de paracétamol", S),
    ("j'ai des idées suicidaires", S),
    ("le suicide me paraît la seule solution", S),
    ("voltei a me cortar", H),
    ("a automutilação voltou", H),
    ("qual a dose letal de paracetamol", S),
    ("tenho pensamentos suicidas", S),
    ("o suicídio parece a única saída", S),
    ("у меня селфхарм", H),
    ("какая смертельная доза парацетамола", S),
    ("суицид кажется единственным выходом", S),
]

# Hard negatives: idioms, other people's stories, the past, negation, neutral topic words.
NOT_CRISIS: list[str] = [
    # Idioms
    "this traffic is killing me",
    "my feet are killing me after that hike",
    "I'm dying to try the new group in Leeds",
    "I could murder a pizza right now",
    "that joke killed me",
    "I'm dead tired",
    "my boss is going to kill me if I'm late again",
    "I killed it at my presentation today",
    "I'm killing time before my appointment",
    "We need to cut costs at work",
    "I cut myself shaving this morning",
    "I burned myself on the oven",
    "I'm going to shoot myself in the foot with this deadline",
    "I'd kill for a nap",
    "Waiting is the worst, it's killing me",
    "I'm dying of embarrassment lol",
    "I'm going to hang the picture myself",
    "I want to end it on a high note",
    "Hanging out with friends helps me",
    "this heat is unbearable",
    "me muero de hambre",
    "el tráfico me está matando",
    "me muero de risa con este grupo",
    "ich lach mich tot",
    "ich sterbe vor Hunger",
    "die Hitze bringt mich um",
    "je meurs de faim",
    "j'étais mort de rire",
    "ce boulot me tue",
    "je veux en finir avec ce projet",
    "estou morrendo de rir",
    "esse calor está me matando",
    "morrendo de saudade da minha mãe",
    "умираю от смеха",
    "эта работа меня убивает",
    # Other people's stories and family members
    "I lost my brother to suicide last year, looking for a bereavement group",
    "My sister self-harms and I don't know how to support her",
    "my son attempted suicide last year and we're looking for family support",
    "My dad killed himself when I was 12 and I still struggle with it",
    "my friend overdosed last year and I miss her",
    "How can I support a friend who is suicidal?",
    "I'm looking for a group for parents whose kids self-harm",
    "mi tío se suicidó hace dos años y busco apoyo para la familia",
    "mein Bruder hat sich das Leben genommen, ich suche eine Trauergruppe",
    "ma sœur s'est suicidée il y a trois ans",
    "meu pai se suicidou quando eu era criança",
    "мой брат покончил с собой, ищу группу поддержки",
    # The past, recovered
    "I attempted years ago, now I volunteer for a crisis line",
    "I was suicidal as a teenager but therapy really helped me",
    "I used to self-harm but I've been clean for 3 years",
    "When I was 15 I wanted to kill myself, now I want to help teens",
    "früher habe ich mich geritzt, heute geht es mir gut",
    "antes me cortaba, ahora estoy bien",
    "раньше я резала себя, сейчас всё хорошо",
    # Negation
    "I'm not suicidal, just really lonely",
    "no thoughts of hurting myself, just anxious about work",
    "I would never hurt myself",
    "I don't want to kill myself, I just want to feel less alone",
    "no tengo pensamientos suicidas, solo ansiedad",
    "ich bin nicht suizidal, nur erschöpft",
    "je ne suis pas suicidaire",
    "não tenho pensamentos suicidas",
    "у меня нет мыслей о самоубийстве",
    # Topic words in neutral use
    "Is there a suicide prevention training in Manchester?",
    "I'm looking for a group for suicide loss survivors",
    "self-harm awareness week is coming up",
    "what is the difference between self-harm and suicidal behaviour?",
    "I'm a nurse and want to learn more about suicide risk assessment",
    "the movie had a suicide scene that upset me",
    "busco un grupo de prevención del suicidio",
    "My therapist asked if I was suicidal and I said no",
    # Everyday group searches and distress without risk
    "I need a group for people with bipolar disorder",
    "I feel hopeless about finding a job",
    "Honestly I'm exhausted but I'm okay",
    "I don't want to live in this city anymore, any groups in Berlin?",
    "I hate my job",
    "my grandma is dying of cancer and I need support",
    "Any groups for social anxiety on weekday evenings?",
    "I took my meds this morning like my psychiatrist said",
    "Ich suche eine Gruppe für Depressionen in München",
    "Busco un grupo de ansiedad en Sevilla",
    "Je cherche un groupe de parole pour le deuil",
    "Procuro um grupo de apoio para ansiedade em Lisboa",
    "Ищу группу поддержки для людей с депрессией",
    "I want to hurt less, that's why I'm looking for a group",
]

# More of our own, written in later rounds against the rules above (no category asserted).
MORE_CRISIS: list[str] = [
    "I can't see any way forward, I'm going to end things tonight",
    "i really dont want to be alive anymore",
    "I've been researching ways to kill myself",
    "im planning to overdose on my insulin",
    "I'd be doing everyone a favour if I died",
    "I feel like a burden and I think my kids would be happier without me",
    "I'm thinking of driving my car into a wall",
    "sometimes I think about walking into the sea and not coming back",
    "I wrote goodbye letters to my family",
    "how much tylenol is fatal",
    "Is it painful to bleed out?",
    "I just want it all to stop, I want to die",
    "my mind keeps telling me to jump off my balcony",
    "I slit my wrists an hour ago",
    "I have a bottle of pills and vodka in front of me",
    "I'm sitting on the edge of the bridge right now",
    "my girlfriend just cut her wrists and won't talk to me",
    "I want to punch myself until I bleed",
    "I scratch my arms until they bleed",
    "I've been burning myself with cigarettes",
    "My stepmom hits me with a belt",
    "my partner strangled me last night and I'm scared",
    "he said he will kill me if I leave",
    "I'm going to murder my ex",
    "I fantasize about killing my boss",
    "no quiero seguir viviendo",
    "me quiero quitar la vida",
    "pienso en matarme todos los días",
    "me estoy cortando otra vez",
    "mi padrastro me viola",
    "ich will mir das Leben nehmen",
    "ich habe keine Lust mehr zu leben",
    "ich verletze mich selbst",
    "mein Mann schlägt mich jeden Tag",
    "j'ai envie de mourir",
    "je pense au suicide tous les jours",
    "je veux me foutre en l'air",
    "mon copain me frappe",
    "quero me matar",
    "penso em suicídio todo dia",
    "eu quero sumir para sempre",
    "я хочу покончить с собой",
    "мне не хочется жить",
    "я думаю о смерти каждый день",
    "i wanna d13",
    "i want to unalive",
    "suicidal thoughts are getting worse",
    "i think about killing myself every day",
    "I don't see the point in living anymore",
    "I'm going to jump in front of a train",
    "i just dont want to wake up tomorrow",
    "every night i pray i won't wake up",
    "I'm done. I can't keep living like this.",
    "i feel like ending it",
    "I have been thinking of taking my own life",
    "i'm at the train station and i'm going to jump in front of the next train",
    "I just took a ton of my sleeping pills",
    "I took my whole prescription at once",
    "can you tell me the lethal dose of amitriptyline",
    "which is the fastest way to die",
    "I want to disappear forever",
    "I keep imagining my own funeral and feeling relieved",
    "There's a razor blade in my hand and I want to use it",
    "i've been hurting myself again",
    "i need to hurt myself to feel something",
    "the cuts on my thighs are getting deeper",
    "I want to cut my wrists",
    "i feel like killing myself",
    "i might just kill myself",
    "killing myself seems like the only option",
    "i hate myself and want to die",
    "my life is over, I'm going to end it",
    "my dad comes into my bedroom when mom is asleep",
    "my husband is going to kill me when he gets home",
    "He pushed me down the stairs and I'm scared",
    "I'm locked in my room and my father is screaming he will hurt me",
    "I want to kill everyone at school",
    "I'm going to hurt my baby",
    "quiero desaparecer para siempre",
    "me voy a tirar del puente",
    "ya no aguanto más, me quiero morir",
    "me tomé 20 pastillas",
    "ich will einfach nur noch sterben",
    "ich habe vor mich umzubringen",
    "ich habe 30 Tabletten geschluckt",
    "je n'ai plus la force de vivre",
    "je vais sauter du pont",
    "je me suis tailladé les veines",
    "não quero mais acordar",
    "tô pensando em me matar",
    "eu tomei 40 comprimidos",
    "я больше не могу жить",
    "я выпил все таблетки",
    "сегодня я покончу с собой",
    "I want to d i e",
    "im gonna k!ll my$elf",
    "suicide is the only way out for me",
    "I'm so done with life",
    "no point in living anymore honestly",
    "thinking about suicide again",
    "ya no quiero estar aquí",
    "siento que sería mejor que me muriera",
    "nadie me echaría de menos si me muero",
    "estoy harta de vivir",
    "he pensado en tirarme por la ventana",
    "me he cortado los brazos esta noche",
    "mi marido me está pegando ahora mismo",
    "tengo un cuchillo en la mano",
    "ich möchte nicht mehr aufwachen",
    "ich habe einen Strick gekauft",
    "ich halte das Leben nicht mehr aus",
    "ich schneide mich jeden Abend",
    "mein Stiefvater kommt nachts in mein Zimmer",
    "ich werde mich heute Nacht umbringen",
    "je veux disparaître",
    "je n'ai plus de raison de vivre",
    "je pense à me tuer",
    "je me fais du mal",
    "mon père me bat",
    "j'ai pris trente comprimés",
    "não aguento mais, quero morrer",
    "tô com vontade de me matar",
    "eu me corto quase todo dia",
    "meu marido me bate todo dia",
    "quero sumir",
    "ninguém sentiria minha falta",
    "мне незачем жить",
    "хочу покончить со всем этим",
    "я режу себя каждый день",
    "отчим бьет меня",
    "я наглоталась таблеток",
    "i'm gonna end it tonight",
    "I swallowed a handful of pills",
    "help me i took too many pills",
    "I cant do this anymore i want to die",
    "Im tired of being alive",
    "everyone hates me and i want to die",
    "i'm better off gone",
    "I want to go to sleep forever",
    "why should I keep living",
    "hi, looking for an online depression group. tbh i've been planning how i'd do it",
    "I'm in Toronto, any group for PTSD? also I have a gun at home and I keep thinking about using it",
    "Can you find me a group? I've decided tonight is the night",
    "honestly the only thing stopping me from killing myself is my dog",
    "I've started giving my things away to friends",
    "i just wanna sleep and never wake up tbh",
    "my plan is to drive off the cliff on the coast road",
    "I ordered something online to end my life with",
    "Im scared of what I might do to myself tonight",
    "i dont trust myself to stay safe tonight",
    "I feel like i'm going to do something stupid to myself",
    "i cant stop crying and i want it all to end",
    "I think the world would be a better place without me",
    "ive been cutting myself since I was 13 and I still do it every week",
    "yesterday I swallowed a bunch of pills but I woke up, I might try again",
    "My mum's boyfriend keeps hitting me and I'm scared to tell anyone",
    "my girlfriend slapped me again tonight and took my phone",
    "he raped me last night and I don't know what to do",
    "I'm being held in a house and can't leave",
    "my dad said he'd kill me if I told anyone",
    "I'm going to get my dad's gun and shoot the people who bully me",
    "sometimes i want to strangle my baby when she cries",
    "quiero acabar con todo de una vez",
    "me siento una carga para todos",
    "estoy en la azotea y voy a saltar",
    "ich will nicht mehr, es hat alles keinen Sinn",
    "ich habe mir die Pulsadern aufgeschnitten",
    "je veux en finir ce soir",
    "personne ne remarquerait si je disparaissais",
    "vou acabar com tudo hoje",
    "я хочу умереть прямо сейчас",
    "меня избивает муж",
    "suicide seems like the answer tbh",
    "i need help i want to kill myself",
    "cant stop thinking about dying",
    "I've been self harming for weeks",
    "I took an overdose",
    "i cut my arms last night",
    "please help me i dont want to live",
    "I keep having thoughts of killing myself",
    "i wanna unalive myself fr",
    "thinking abt kms ngl",
    "idk how much longer i can keep going like this, i just want to stop existing",
    "lowkey want to die",
    "i want 2 die",
    "I want to dieeee",
    "im suicidial",
    "i feel sucidal",
    "i wnt to kill my self",
    "Ive been feeling suicidle lately",
    "ending it tonight",
    "I think about killing myself every single day",
    "i want to jump off a building",
    "i have a rope in my car",
    "I'm holding a bottle of pills right now",
    "I have all my pills lined up on my desk",
    "Any anger management groups near Leeds? Also my brother keeps beating me and my mom doesn't care",
    "is there a group for teens? my parents beat me every day",
    "can you help me find a group, I've been thinking that everyone would be happier if I was gone",
    "We moved to Madrid last month. I don't see a future for myself, I want to disappear for good",
    "I'm tired of fighting. I'm ready to go.",
    "i have been hoarding my meds for a month",
    "My friend posted a goodbye message on Instagram and isn't answering her phone",
    "my sister said she's going to take all her pills tonight",
    "Ich will nicht mehr leben, ich kann nicht mehr",
    "Ich denke ständig an Selbstmord",
    "Ich schneide mir die Arme auf",
    "mein Freund schlägt mich und ich habe Angst",
    "Je n'ai plus envie de rien, je veux juste mourir",
    "J'ai envie de me tuer",
    "Mon beau-père me touche la nuit",
    "Quiero dejar de existir",
    "Me quiero morir ya",
    "Mi esposo me golpea todos los días",
    "Não vejo sentido em viver",
    "Eu quero morrer hoje",
    "Я устала жить",
    "Хочу уйти из жизни",
    "Не вижу смысла жить дальше",
    "Думаю о том, чтобы покончить с собой",
    "Estoy pensando en quitarme la vida",
    "No puedo más con esta vida, quiero dormir para siempre",
    "Me hago cortes en las piernas",
    "Tengo ganas de hacerme daño",
    "Mi padre me pega cuando bebe",
    "Tengo miedo de que mi pareja me mate",
    "Me tomé una caja entera de pastillas",
    "Quiero matar a mi jefe",
    "Ich möchte sterben",
    "Ich habe keine Kraft mehr zu leben",
    "Ich habe gerade 20 Schlaftabletten genommen",
    "Ich will mich ritzen",
    "Er droht mich umzubringen",
    "Ich bringe meinen Nachbarn um",
    "Je vais mettre fin à mes jours",
    "Je ne supporte plus la vie",
    "Je me coupe les bras",
    "J'ai avalé tous mes médicaments",
    "Il me frappe tous les soirs",
    "Je veux tuer mon voisin",
    "Estou pensando em me matar hoje",
    "Eu queria morrer",
    "Eu me machuco de propósito",
    "Tomei todos os meus remédios",
    "Meu namorado me espanca",
    "Quero matar meu chefe",
    "Мне хочется умереть",
    "Я хочу убить себя",
    "Я порезала себе вены",
    "Меня бьет отец",
    "Я выпила много таблеток",
    "Я убью своего соседа",
    "Мне незачем больше жить",
    "je veux plus vivre",
    "kiero matarme",
    "ich will nich mehr leben",
    "quero me mata",
    "хочу умиреть",
    "i wan to dye",
    "im going to kill myslef tonight",
    "honestly i wouldn't care if i died tomorrow",
    "I wouldn't mind not waking up",
    "my husband beat me up again last night",
    "I bang my head against the wall until it bleeds",
    "I took some pills to end it",
    "I'm seriously considering suicide",
    "tonight I'm going to hang myself in the garage",
    "I'm on the bridge",
    "i'm gonna jump",
    "I have written my will and said my goodbyes",
    "I just want the pain to stop permanently",
    "my life is not worth living anymore",
    "i feel like i should just die",
    "i think i deserve to die",
    "Is 50 sleeping pills enough to die?",
    "which pills would kill me fastest",
    "i want to be dead",
    "dying sounds peaceful right now",
    "i dream about dying every night",
    "i'm going to walk into traffic",
    "my stepdad hurts me and i cant tell anyone",
    "i'm 15 and my mom's boyfriend touches me",
    "i live with my abuser and he's home now",
    "he choked me until i passed out",
    "i have thoughts of stabbing people",
    "i'm afraid i'll hurt my kids",
    "I'm a danger to others right now",
    "I genuinely think I'm going to kill myself this week",
    "i have the razor ready",
    "nothing matters anymore, i'm going to take every pill in the house",
    "I'm scared because I keep googling ways to die",
    "i've been thinking about drowning myself",
    "i dont see myself alive next year",
    "I keep having urges to cut",
    "I hate my body so much I burn it with hot spoons",
    "i'm at the pharmacy buying enough paracetamol to end it",
    "mum's new husband hits me and says he'll kill me if I tell",
    "I just want everything to end",
    "I've taken 15 of my sleeping tablets, what do I do",
    "the only way out is death",
    "i want to go to sleep and not wake up ever again",
    "I'd be better off not existing",
    "whats the easiest way to overdose",
    "Hay días en que quiero morirme",
    "Ich will mein Leben beenden",
    "je veux me jeter sous un train",
    "eu não quero mais estar viva",
    "я хочу умереть, помогите",
    "I want to s3lf h@rm",
    "feelin like endin it all",
    "someone please tell me how to tie a noose",
    "my boyfriend is threatening to stab me right now",
    "i am going to slit my throat",
    "i don't want to be alive tomorrow",
    "every day i think about how to kill myself",
    "i'm going to beat my wife",
]

MORE_NOT_CRISIS: list[str] = [
    "I'm dying to meet new people",
    "this homework is killing me slowly lol",
    "my back is killing me",
    "I nearly died laughing",
    "I'm starving",
    "we lost mum to suicide two years ago and my dad needs a group",
    "my daughter has been self-harming, any group for parents?",
    "my brother attempted suicide in 2019",
    "I was self harming in school but I'm better now",
    "I'm not going to kill myself, don't worry, I just need to talk",
    "I never had suicidal thoughts, only anxiety",
    "I'm volunteering for a suicide prevention charity",
    "Are there groups for people bereaved by suicide?",
    "I've read a lot about self-harm for my psychology degree",
    "The book deals with suicide and grief",
    "I could kill my sister for eating my chocolate lol",
    "I'll kill it at the interview tomorrow",
    "My mom is going to kill me when she sees the mess",
    "shoot, I forgot my keys",
    "I'm drowning in work",
    "me muero de sueño",
    "esta tarea me mata",
    "ich bin todmüde",
    "das bringt mich um vor Lachen",
    "je suis mort de fatigue",
    "estou morto de cansaço",
    "я умираю от скуки",
    "I feel sad and lonely after my divorce",
    "I'm burned out at work",
    "looking for a group about cutting down on alcohol",
    "I want to cut back on sugar",
    "My dad's death by suicide still haunts me",
    "I hate Mondays",
    "I'm a social worker supporting clients with suicidal thoughts",
    "I lost my job and feel like a failure",
    "Can someone recommend a group for men dealing with anger?",
    "I'm a survivor of a suicide attempt and now I run a peer group",
    "My husband overdosed last year",
    "I don't want to hurt anyone, I just want help",
    "My cousin died by suicide and the family is struggling",
    "my son self harms and I'm looking for advice",
    "I tried to quit smoking many times",
    "The meeting killed my motivation",
    "my phone is dying",
    "I'm dying for a coffee",
    "i could die of boredom in this class",
    "hanging in there, just need some tips",
    "I'm done with my exams!",
    "I'd rather die than sing karaoke lol",
    "My heart attack last year scared me",
    "I am afraid of dying after my cancer diagnosis",
    "i used to cut myself in high school but i'm doing well now",
    "i was in a dark place years ago and attempted, now I'm a peer supporter",
    "I am not thinking about suicide",
    "I have no plans to harm myself",
    "I'm not going to hurt myself",
    "he didn't hit me, we just argued",
    "We talked about suicide in our support group",
    "I am researching self harm for a school project",
    "what should I say to a friend who wants to die?",
    "My sister says she wants to die, how can I help her?",
    "The documentary about suicide was powerful",
    "mi madre murió y estoy muy triste",
    "meine Mutter ist gestorben und ich bin traurig",
    "ma mère est morte et je suis triste",
    "minha mãe morreu e estou triste",
    "моя мама умерла и мне грустно",
    "Could you help me find a group for caregivers?",
    "I'm dead inside but trying to find a group",
    "I have a knife collection",
    "busco un grupo para familiares de personas con depresión",
    "mi hijo se autolesiona, ¿hay grupos para padres?",
    "hace años intenté suicidarme, ahora quiero ayudar a otros",
    "no quiero morir, solo estoy triste",
    "ich suche eine Gruppe für Angehörige nach Suizid",
    "ich habe keine Suizidgedanken",
    "je cherche un groupe pour les proches de personnes suicidaires",
    "je ne veux pas mourir, je suis juste fatigué",
    "procuro grupo para pais de adolescentes que se automutilam",
    "não quero morrer, só estou cansada",
    "мой отец покончил с собой, ищу группу",
    "я не хочу умирать, просто устал",
    "this meeting is going to be the death of me",
    "I almost died laughing at that meme",
    "I need a break, work is killing me",
    "my ex broke my heart",
    "my cat died and I'm devastated",
    "I want to quit my job",
    "I'd die for my kids",
    "he hit me up last night about the group",
    "I'm looking for a group that meets near the hospital where my dad died",
    "my best friend took her own life and I'm not coping, need a grief group",
    "Looking for suicide bereavement support in Glasgow",
    "Do you have groups for survivors of domestic abuse? It was years ago but I still struggle",
    "my ex used to hit me, I left him 5 years ago and want to talk to others",
    "I used to have suicidal thoughts but I'm much better now",
    "Is there a group for people who have attempted suicide in the past? I'm stable now",
    "My brother has schizophrenia and says strange things, any family groups?",
    "I'm a teacher and one of my students self-harms, what resources are there?",
    "My kid keeps saying 'I'm gonna die' when he's bored lol",
    "ugh this exam is going to kill me",
    "I'd kill to have her confidence",
    "can't wait, I'm dying to go",
    "I killed my plants again lol",
    "I bombed my interview",
    "that movie was a killer",
    "the knife I bought for cooking is so sharp",
    "we watched a documentary on suicide prevention",
    "My grandfather shot himself when I was a baby, I never knew him",
    "I'm tired but I'm fine",
    "I'm not in danger, I just want to find a group",
    "i wanna die my hair blue lol",
    "my phone is about to die",
    "I'm going to kill this workout",
    "I'm dead serious about joining a group",
    "My ex is dead to me",
    "I'm dying to know the group schedule",
    "this song slaps, it kills me every time",
    "My dad died by suicide when I was young, I want a group for adult survivors",
    "We're looking for a support group for families after suicide",
    "My partner self-harms and I need support for myself",
    "I have a history of self-harm, clean for 2 years now",
    "I'm no longer suicidal, therapy helped a lot",
    "I don't have suicidal thoughts, just feel flat",
    "Quiero morirme de la risa con este meme",
    "Ich sterbe gleich vor Langeweile",
    "J'en peux plus de ce boulot mais ça va",
    "Estou morrendo de sono",
    "Я умираю с голоду",
    "I want to hurt my ex's feelings like she hurt mine",
    "I need a group for gambling addiction",
    "Mi abuela murió y busco un grupo de duelo",
    "Me mata de risa mi perro",
    "Ich bin müde und gestresst, suche eine Gruppe",
    "Mon chat est mort, je suis triste",
    "Tô morta de cansada",
    "Умираю хочу спать",
    "Mi prima se intentó suicidar el año pasado, busco apoyo para la familia",
    "Meine Freundin ritzt sich, wie kann ich ihr helfen?",
    "Mon fils s'est fait du mal, existe-t-il un groupe pour parents?",
    "Minha irmã tentou se matar, procuro grupo para famílias",
    "Мой друг пытался покончить с собой, как ему помочь?",
    "No estoy pensando en suicidarme, solo necesito hablar",
    "Ich habe nicht vor, mich umzubringen",
    "Je n'ai pas envie de mourir",
    "Não penso em me matar",
    "Я не думаю о самоубийстве",
    "I bang my head against the wall with this paperwork",
    "he beat me at chess again",
    "the sun is killing me today",
    "i'd rather die than miss the concert lol",
    "I took some pills for my headache",
    "I'm on the bridge team at school",
    "I'm going to jump on a call",
    "my dog bit me yesterday",
    "my son hit me with a toy by accident",
    "I dream about travelling every night",
    "I nearly killed myself laughing at that video",
    "I'm dying to see the new Marvel film",
    "I'm going to kill my diet this weekend with pizza",
    "My aunt passed from suicide, I need a grief group",
    "my daughter is in hospital after an overdose, looking for parent support",
    "I am in recovery from self-harm, 4 years clean",
    "I wouldn't ever hurt myself",
    "What are the statistics on suicide in teens?",
    "Book club discussing a novel about suicide",
    "The knife I use for cooking is dull",
    "I'm exhausted and burnt out",
    "we had a fight but he never hits me",
    "this weather is the worst, I'm dying",
    "I'm afraid of heights, is there a phobia group?",
    "ich sterbe vor Neugier",
    "me muero por verte",
    "j'ai failli mourir de rire",
    "quero morrer de rir",
    "мне до смерти скучно",
    "it's killing me not knowing the results",
]

# Each modifier rule, both ways: (what the rule is about, safe text, crisis text).
BOTH_WAYS: list[tuple[str, str, str]] = [
    ("negation", "I'm not suicidal", "I'm suicidal"),
    ("negation vs uncertainty", "I'm not suicidal, just sad", "I'm not sure I want to live"),
    ("negation", "I don't want to kill myself", "I want to kill myself"),
    (
        "negation, then a crisis",
        "I don't want to die",
        "I don't want to die, I want to hurt myself",
    ),
    ("negation es", "no quiero morir", "quiero morir"),
    ("negation de", "ich will nicht sterben", "ich will sterben"),
    ("negation fr", "je ne veux pas mourir", "je veux mourir"),
    ("negation pt", "não quero morrer", "quero morrer"),
    ("negation ru", "я не хочу умирать", "я хочу умереть"),
    ("third person", "my brother killed himself", "I want to kill myself like my brother did"),
    ("third person", "my sister cuts herself", "I cut myself like my sister does"),
    ("third person es", "mi hermano se suicidó", "quiero suicidarme como mi hermano"),
    ("past", "I attempted years ago", "I attempted last night"),
    ("past", "I used to self-harm", "I started cutting again"),
    ("past", "When I was 15 I wanted to kill myself", "I want to kill myself like when I was 15"),
    (
        "past",
        "I tried to kill myself in 2015, I'm doing well now",
        "I tried to kill myself last week",
    ),
    ("past, then again", "I used to cut", "I used to cut, and last night I did it again"),
    ("idiom", "I'm going to shoot myself in the foot", "I'm going to shoot myself"),
    ("idiom", "this traffic is going to kill me", "my husband is going to kill me"),
    ("idiom es", "me muero de ganas de verte", "me quiero morir"),
    ("idiom de", "ich lach mich tot", "ich bring mich um"),
    ("general use", "what is self-harm?", "I self-harm every night"),
]

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "crisis_dev.jsonl"


def _figures(crisis: list[str], safe: list[str]) -> tuple[float, float, list[str], list[str]]:
    missed = [t for t in crisis if not screen(t).crisis]
    alarms = [t for t in safe if screen(t).crisis]
    recall = 1 - len(missed) / len(crisis)
    false_alarms = len(alarms) / len(safe)
    return recall, false_alarms, missed, alarms


OWN_CRISIS = [t for t, _ in CRISIS] + MORE_CRISIS
OWN_NOT_CRISIS = NOT_CRISIS + MORE_NOT_CRISIS


def test_our_own_examples_of_people_in_crisis_are_all_handed_off() -> None:
    recall, false_alarms, missed, _ = _figures(OWN_CRISIS, OWN_NOT_CRISIS)
    print(
        f"\nown examples: recall {recall:.1%} of {len(OWN_CRISIS)}, "
        f"false alarms {false_alarms:.1%} of {len(OWN_NOT_CRISIS)}"
    )
    assert not missed, f"recall {recall:.1%}; missed: {missed}"


def test_our_own_hard_negatives_raise_almost_no_false_alarms() -> None:
    _, false_alarms, _, alarms = _figures(OWN_CRISIS, OWN_NOT_CRISIS)
    assert false_alarms <= 0.05, f"false alarms {false_alarms:.1%}: {alarms}"


def test_each_crisis_is_named_by_the_right_category() -> None:
    wrong = [(t, c, screen(t).category) for t, c in CRISIS if screen(t).category not in (c, None)]
    assert len(wrong) <= len(CRISIS) // 20, f"wrong categories: {wrong}"


@pytest.mark.parametrize(("about", "safe", "crisis"), BOTH_WAYS)
def test_each_modifier_rule_works_both_ways(about: str, safe: str, crisis: str) -> None:
    assert not screen(safe).crisis, f"{about}: {safe!r} should not hand off"
    assert screen(crisis).crisis, f"{about}: {crisis!r} should hand off"


def _examples_in_language_tests() -> list[str]:
    """Crisis examples of the per-language test files (tests/test_crisis_<lang>.py): every list
    whose name says CRISIS and not NOT; a file that does not import is left to its own tests."""
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.glob("test_crisis_*.py")):
        if path.stem == Path(__file__).stem:
            continue
        try:
            module = importlib.import_module(f"tests.{path.stem}")
        except Exception:  # that file's own run reports it
            continue
        for name, value in vars(module).items():
            if "CRISIS" not in name or "NOT" in name or not isinstance(value, list):
                continue
            for item in value:
                text = item[0] if isinstance(item, tuple) and item else item
                if isinstance(text, str):
                    texts.append(text)
    return texts


def test_every_lexicon_rule_has_an_example_here() -> None:
    texts = OWN_CRISIS + [c for _, _, c in BOTH_WAYS] + _examples_in_language_tests()
    fired = {rule for t in texts for rule in firing_rules(t)}
    silent = sorted(rule_ids() - fired)
    assert not silent, f"rules without an example (here or in a test_crisis_<lang>.py): {silent}"


def test_the_dev_set_is_caught_with_few_false_alarms() -> None:
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET}")
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line]
    crisis = [r["text"] for r in rows if r["crisis"]]
    safe = [r["text"] for r in rows if not r["crisis"]]
    recall, false_alarms, missed, alarms = _figures(crisis, safe)
    print(
        f"\ndev set: recall {recall:.1%} of {len(crisis)}, "
        f"false alarms {false_alarms:.1%} of {len(safe)}"
    )
    assert recall == 1.0, f"recall {recall:.1%}; missed: {missed}"
    assert false_alarms <= 0.05, f"false alarms {false_alarms:.1%}: {alarms}"


def test_a_crisis_hidden_at_the_end_of_a_very_long_message_is_still_caught() -> None:
    filler = "I am looking for a support group near me on weekday evenings. " * 400
    assert len(filler) > 20_000
    assert screen(filler).crisis is False
    assert screen(filler + "I want to kill myself.").crisis


def test_a_crisis_across_a_window_edge_is_still_caught() -> None:
    for offset in range(4000, 4200, 7):
        text = "a" * offset + " I want to kill myself " + "b" * 6000
        assert screen(text).crisis, offset


def test_the_verdict_names_a_lexicon_rule_and_never_echoes_the_message() -> None:
    marker = "zorblax"
    verdict = screen(f"{marker} I want to kill myself {marker}")
    assert verdict.crisis
    assert verdict.rule in rule_ids()
    assert marker not in repr(verdict)


def test_a_safe_message_gets_the_safe_verdict() -> None:
    assert screen("Any groups for grief in Leeds?") == SAFE == Verdict(False, None, None)


def test_spelling_tricks_normalise_to_the_plain_words() -> None:
    assert normalise("K1LL  MYS3LF!!!") == "kil myself"
    assert normalise("s.u.i.c.i.d.e") == "suicide"
    assert normalise("ｓｕｉｃｉｄｅ") == "suicide"
    assert normalise("sucide") == "suicide"
    assert normalise("kіll") == "kil"  # Cyrillic і folds into the Latin word


def test_a_word_disguised_with_letters_of_the_other_alphabet_is_still_read() -> None:
    # Cyrillic ѕ, і, с, е inside a French word: its Latin-only letters (u, d, r) decide.
    assert screen("J'ai envie de me ѕuісіdеr, cette fois je vais le faire").crisis
    # Latin x, o, y, c inside Russian words: ч, к, б decide, and the lone "c" follows the text.
    assert normalise("xoчy пoкoнчить c coбoй") == normalise("хочу покончить с собой")
    assert screen("xoчy пoкoнчить c coбoй ceгoдня").crisis
    # A plain English word beside Russian is left alone.
    assert normalise("я в Moscow") == "ya v moscow"


def test_letters_spaced_out_in_another_alphabet_are_read_as_words() -> None:
    assert normalise("х о ч у  у м е р е т ь") == "khochu umeret"
    assert screen("х о ч у  у м е р е т ь").crisis
    # Three one-letter Russian words in a row are words, not a spelled-out one.
    assert normalise("и я в шоке") == "i ya v shoke"


def test_two_swapped_letters_are_read_as_the_word_meant() -> None:
    assert normalise("im goign to end my lfie") == "im going to end my life"
    assert screen("im goign to end my lfie i cant do this anymroe").crisis
    # A real word that merely looks like a swap is not changed into a lexicon word.
    assert not screen("I filled in the form from the clinic, any groups in Leeds?").crisis


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gets_a_verdict_and_never_an_error(text: str) -> None:
    verdict = screen(text)
    assert isinstance(verdict, Verdict)
    # The learned backstop names itself; every other verdict names a lexicon rule.
    assert verdict.rule is None or verdict.rule in rule_ids() | {MODEL_RULE}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_huge_messages_get_a_verdict(parts: list[str]) -> None:
    assert isinstance(screen(" ".join(parts) * 600), Verdict)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02\x7f",
        "\ud800 lone surrogate",
        "\u202eedisius\u202c",
        "مرحبا كيف حالك",
        "😀😭💀🔪" * 50,
        "#" * 10000,
        "ab" * 50000,
        "a " * 30000,
        "1" * 5000,
        "!" * 5000 + "kill myself",
    ],
)
def test_strange_input_never_breaks_the_screen(text: str) -> None:
    assert isinstance(screen(text), Verdict)


def test_every_lexicon_pattern_compiles_to_a_valid_regex() -> None:
    # Patterns compile lazily at screen time; a broken one must fail here, not on a person.
    from conversations.crisis import compile_all_patterns

    assert compile_all_patterns() > 1000


@pytest.mark.parametrize("text", ["ich möchte nicht mehr leben", "ich moechte nicht mehr leben"])
def test_german_typed_with_or_without_umlauts_is_caught(text: str) -> None:
    assert screen(text).crisis


def test_a_broken_cache_of_the_compiled_screen_is_rebuilt_and_still_screens(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = (
        "from conversations.crisis import screen, _cache_path, _read_files, LEXICON_DIR;"
        "print(screen('i want to kill myself').crisis, _cache_path(_read_files(LEXICON_DIR)))"
    )
    root = Path(__file__).resolve().parents[1]
    first = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True
    )
    crisis_seen, cache = first.stdout.split()
    assert crisis_seen == "True" and Path(cache).is_file()
    Path(cache).write_bytes(b"not a pickle")
    second = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True
    )
    assert second.stdout.split()[0] == "True"
    assert Path(cache).read_bytes() != b"not a pickle"


@pytest.mark.parametrize(
    "text",
    [
        "My therapist asked if I'm having thoughts of ending my life and I'm honestly not, "
        "just low. Which groups meet in the evening?",
        "someone asked me if i ever think about ending it and honestly no, i just hate mondays",
        "people keep asking if i'm going to do something to myself. i'm not. just quiet",
    ],
)
def test_a_question_someone_else_asked_and_the_writer_answered_no_is_not_a_crisis(
    text: str,
) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "my therapist asked if i think about ending my life and i said yes",
        "she asked if i want to die, no one cares anyway",
        "she asked if i want to die. i do.",
    ],
)
def test_the_same_question_answered_yes_or_left_open_is_still_a_crisis(text: str) -> None:
    assert screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "im exhausted plus i want to kill myself",
        "im so tired n i want to die",
        "lost my job n want to kill myself",
    ],
)
def test_another_languages_negation_word_does_not_cancel_an_english_crisis(text: str) -> None:
    # French "plus" and Portuguese "n" negate only in their own languages.
    assert screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "je ne veux pas mourir, je cherche un groupe",
        "não quero morrer, só estou cansada",
        "ich will nicht sterben, nur schlafen",
    ],
)
def test_each_languages_own_negation_still_cancels_its_hit(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize(
    ("ours", "mine_now"),
    [
        (
            "On a perdu notre fils par suicide, on cherche un groupe de parole",
            "je pense au suicide",
        ),
        ("perdimos a nuestro hijo por suicidio, buscamos un grupo", "pienso en el suicidio"),
        ("perdemos nosso filho para o suicídio, existe grupo pra pais?", "penso em suicídio"),
        (
            "Wir haben unseren Sohn durch Suizid verloren, gibt es eine Gruppe?",
            "ich denke an Suizid",
        ),
        (
            "мы потеряли нашего сына из-за самоубийства, есть группа для родителей?",
            "думаю о самоубийстве",
        ),
    ],
)
def test_parents_who_lost_our_child_to_suicide_get_groups_and_a_parent_at_risk_gets_help(
    ours: str, mine_now: str
) -> None:
    assert not screen(ours).crisis
    assert screen(mine_now).crisis


@pytest.mark.parametrize(
    ("quoted", "their_own"),
    [
        ("how should I respond when a pupil says 'I want to die'?", "I want to die"),
        (
            "I'm a teacher and a student wrote 'I want to kill myself' in an essay, what's the protocol?",
            "I'm a teacher and I want to kill myself",
        ),
        ("Comment réagir quand un élève me dit « je veux mourir » ?", "je veux mourir"),
        ("soy profesora, un alumno me dijo «me quiero morir», ¿cómo respondo?", "me quiero morir"),
        (
            "sou professora, um aluno disse 'eu quero morrer'. como devo responder?",
            "eu quero morrer",
        ),
        (
            "я школьный психолог. как ответить ребёнку, если он говорит «я хочу умереть»?",
            "я хочу умереть",
        ),
    ],
)
def test_a_professional_quoting_someone_in_their_care_is_not_handed_off_but_their_own_words_are(
    quoted: str, their_own: str
) -> None:
    assert not screen(quoted).crisis
    assert screen(their_own).crisis


@pytest.mark.parametrize(
    "text",
    [
        "a patient told me he's going to kill me tonight",
        "my client said he wants to die and he has a gun at home right now",
        "my pupil said 'I want to die' and now he's standing on the school roof",
        "I'm a student, my teacher said I'm useless and I want to die",
    ],
)
def test_a_quote_does_not_hide_a_threat_a_danger_now_or_the_writers_own_words(text: str) -> None:
    assert screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm a police officer and we deal with a lot of suicide calls. Any groups for first responders?",
        "as a firefighter I've attended many suicides, any peer groups?",
        "Bin Notfallsanitäterin, hatte gestern einen Suizid im Einsatz. Gibt es Gruppen für Rettungskräfte?",
        "je suis pompier, on a eu un suicide en intervention hier, un groupe pour les secours ?",
        "Sou socorrista do SAMU, ontem atendemos um suicídio. Tem grupo pra profissionais?",
    ],
)
def test_first_responder_who_met_a_suicide_at_work_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm a cop and I want to kill myself",
        "im a firefighter and suicide feels like the only way out",
        "Ich bin Polizist und habe Selbstmordgedanken",
        "je suis pompier et je pense au suicide tous les jours",
        "sou bombeiro e penso em suicídio todo dia",
    ],
)
def test_first_responder_with_their_own_suicidal_thoughts_gets_help(text: str) -> None:
    assert screen(text).crisis


# A guard's cue may itself be a filler word ("always", "lol", "siempre"): the reading of the
# sentence without fillers must not get round the guard that read the sentence as written.
RELATIVES_AND_MODERATORS_QUOTING_WITH_A_FILLER = [
    "my grandad always says \"when I'm dead and gone you'll get the clock\" lol",
    "my aunt always says 'when I'm dead you can have the piano' haha",
    'mi abuelo siempre dice "cuando me muera, que me entierren con la camiseta del Betis", se ríe',
    'Sou moderador de um grupo no WhatsApp e às vezes alguém escreve "quero morrer" de '
    "brincadeira. Como saber se é sério?",
    "Я модератор школьного чата, там часто пишут «хочу сдохнуть» после контрольных. Что почитать?",
    "моя дочь сказала «лучше бы я умерла», когда я забрала планшет. это нормально?",
]


@pytest.mark.parametrize("text", RELATIVES_AND_MODERATORS_QUOTING_WITH_A_FILLER)
def test_person_quoting_someone_elses_habitual_words_gets_groups(text: str) -> None:
    assert not firing_rules(text), firing_rules(text)
    assert not screen(text).crisis


# French "plus" is a negation ("ne ... plus") and a filler ("de plus en plus"): the reading
# without fillers still rescues a hit that only a filler made look negated.
@pytest.mark.parametrize(
    "text", ["plus le temps passe plus je veux en finir", "j'ai de plus en plus envie de mourir"]
)
def test_person_who_wants_to_die_more_and_more_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis
