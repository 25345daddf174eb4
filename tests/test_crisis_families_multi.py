"""The crisis screen in German, French, Spanish, Portuguese and Russian, second files
(`<lang>_families.toml`): the families of phrasings a held-out set missed most (someone else in
danger now, means at hand, passive wishes through accident or illness, finality, burden with
intent, method questions, negation then a plan, harm to others, a child hurt now, heavy typos),
against the hard negatives that look like them. Each round was written fresh and measured before
any rule changed; every round stays here. Run with `-s` to see the figures."""

from __future__ import annotations

import importlib

import pytest

from conversations.crisis import firing_rules, rule_ids, screen

LANGUAGES = ["de", "fr", "es", "pt", "ru"]

# Round 1, DE, fresh: recall 18/32, false alarms 3/16 (before the *_families.toml files).
ROUND_1_DE_FAM_CRISIS: list[str] = [
    "meine beste freundin hat mir eine abschiedsnachricht geschickt und geht nicht ans handy, was soll ich tun",
    "mein sohn hat mir gerade gesagt dass er sich morgen umbringen will und einen plan hat",
    "jemand in meiner gruppe hat ein foto von einem strick gepostet und schreibt heute nacht macht er es",
    "meine tochter (14) sagt sie will heute nacht sterben und hat sich im bad eingeschlossen",
    "mein freund hat auf insta tschüss an alle gepostet und sein handy ist aus",
    "ich sitze im auto in der garage und der motor läuft",
    "ich hab meine tabletten gezählt und zur seite gelegt, diese woche mach ich es. gibt es eine gruppe in köln?",
    "die gedanken sind wieder da und ich hab mir wieder tabletten gekauft",
    "vor jahren hatte ich einen versuch, jetzt sind die gedanken zurück und ich hab einen plan",
    "es wäre mir egal wenn mich morgen ein auto überfährt",
    "wenn mein herz heute nacht einfach aufhören würde wäre das eine erlösung",
    "ich wünschte ich würde einschlafen und nie mehr aufwachen",
    "bald bin ich für niemanden mehr eine last",
    "ich hab mit allem frieden geschlossen, heute nacht ist schluss",
    "sagt meiner mama dass es mir leid tut, ich konnte nicht mehr",
    "meine kinder würden die lebensversicherung kriegen und wären mich endlich los, daran denke ich ständig",
    "was ist die schmerzloseste art sich umzubringen",
    "kann man an insulin sterben wenn man kein diabetiker ist? frage für mich",
    "welche brücke ist hoch genug",
    "ich bin nicht suizidal oder so, ich hab nur schon geschaut welche brücke hoch genug ist",
    "ich werde morgen meinen chef abstechen, das messer hab ich schon",
    "ich hab angst dass ich meinem baby was antue, heute hätte ich ihn fast geschüttelt",
    "mein stiefvater kommt nachts in mein zimmer und fasst mich an, ich bin 12",
    "will nich mer lebn",
    "hab kein bock mehr auf leben, heut nacht mach ich schluss",
    "wie viele tabletten braucht man damit man nicht mehr aufwacht",
    "ich hab die klinge schon neben mir liegen und will mich schneiden",
    "ich hab gerade die ganze packung schlaftabletten genommen",
    "mein mann hat mich gerade gewürgt und steht vor der tür, ich hab angst",
    "wär besser wenn ich einfach weg wär, alle hätten ruhe",
    "ich kann nicht mehr und ich will auch nicht mehr, ich hab mir schon ein seil besorgt",
    "der gedanke einfach vor den zug zu gehen wird jeden tag lauter",
]
ROUND_1_DE_FAM_SAFE: list[str] = [
    "mein chef bringt mich um wenn ich nochmal zu spät komme",
    "in meinem roman will die heldin sich umbringen, gibt es eine schreibwerkstatt?",
    "erhöht dieses antidepressivum das suizidrisiko bei jugendlichen? mein arzt hat es erwähnt",
    "unterschied zwischen intrusiven und suizidalen gedanken, ist für meine masterarbeit",
    "ich bin todmüde, diese woche hat mich fertig gemacht",
    "meine tochter ritzt sich, sie ist bei einer psychologin, gibt es gruppen für eltern?",
    "ich hab meinen bruder durch suizid verloren und suche eine trauergruppe",
    "vor zehn jahren hatte ich einen versuch, heute möchte ich anderen helfen",
    "ich bin nicht suizidal, nur traurig und einsam",
    "ich trinke zu viel und brauche eine gruppe",
    "panikattacken im bus, gibt es da hilfe",
    "ich fühle mich hoffnungslos bei der jobsuche",
    "die hitze bringt mich noch um",
    "gibt es eine gruppe für angehörige von menschen mit depression",
    "ich hab mich in der schule oft als last gefühlt, heute geht es besser",
    "wo ist die höchste brücke in deutschland? für ein schulprojekt",
]

# Round 1, FR, fresh: recall 22/32, false alarms 0/16 (before the *_families.toml files).
ROUND_1_FR_FAM_CRISIS: list[str] = [
    "ma meilleure amie m'a envoyé un message d'adieu et ne répond plus au téléphone, je fais quoi",
    "mon fils vient de me dire qu'il veut se tuer demain et qu'il a un plan",
    "quelqu'un a posté une photo d'une corde et dit qu'il le fera ce soir",
    "ma fille de 15 ans dit qu'elle veut mourir ce soir et elle s'est enfermée",
    "mon copain a écrit adieu à tous sur snap et son tel est éteint",
    "je suis assis dans la voiture dans le garage avec le moteur qui tourne",
    "j'ai compté mes cachets et je les ai mis de côté, je compte le faire cette semaine. vous avez un groupe à lyon ?",
    "les idées sont revenues et j'ai racheté des médicaments",
    "j'ai fait une tentative il y a des années et les pensées sont de retour",
    "ça me dérangerait pas qu'une voiture me renverse demain",
    "si mon coeur pouvait juste s'arrêter cette nuit ce serait un soulagement",
    "j'aimerais m'endormir et ne jamais me réveiller",
    "bientôt je ne serai plus un poids pour personne",
    "j'ai fait la paix avec tout, ce soir c'est fini",
    "dites à ma mère que je suis désolée, je pouvais plus continuer",
    "mes enfants toucheraient l'assurance vie et seraient enfin débarrassés de moi, j'y pense tout le temps",
    "quelle est la façon la moins douloureuse de se suicider",
    "on peut mourir avec de l'insuline si on est pas diabétique ? je demande pour moi",
    "quel pont est assez haut",
    "je suis pas suicidaire ou quoi, j'ai juste déjà regardé quel pont est assez haut",
    "je vais poignarder mon patron demain, j'ai déjà le couteau",
    "j'ai peur de faire du mal à mon bébé, aujourd'hui j'ai failli le secouer",
    "mon beau-père vient dans ma chambre la nuit et me touche, j'ai 12 ans",
    "jveux plus vivre jen peux plus",
    "g envie de crever ce soir",
    "combien de cachets faut il pour ne pas se réveiller",
    "j'ai la lame à côté de moi et j'ai envie de me couper",
    "je viens d'avaler toute la boîte de somnifères",
    "mon mari vient de m'étrangler et il est derrière la porte j'ai peur",
    "ce serait mieux si je disparaissais, tout le monde serait tranquille",
    "j'en peux plus et j'ai déjà acheté une corde",
    "l'idée de me jeter sous le train revient tous les jours",
]
ROUND_1_FR_FAM_SAFE: list[str] = [
    "mon patron va me tuer si je suis encore en retard",
    "dans mon roman l'héroïne veut se suicider, il y a un atelier d'écriture ?",
    "est-ce que cet antidépresseur augmente le risque suicidaire chez les ados ? mon médecin en a parlé",
    "différence entre pensées intrusives et pensées suicidaires, c'est pour mon mémoire",
    "je suis mort de fatigue, cette semaine m'a tué",
    "ma fille se scarifie, elle voit une psychologue, des groupes pour parents ?",
    "j'ai perdu mon frère par suicide, je cherche un groupe de deuil",
    "j'ai fait une tentative il y a dix ans, aujourd'hui je veux aider les autres",
    "je ne suis pas suicidaire, juste triste",
    "je bois trop, je cherche un groupe",
    "crises de panique dans le bus",
    "je me sens désespéré pour ma recherche d'emploi",
    "ces embouteillages vont me tuer",
    "formation en prévention du suicide pour bénévoles",
    "je me sens seul depuis le déménagement",
    "quel est le pont le plus haut de france ? pour un exposé",
]

# Round 1, ES, fresh: recall 15/32, false alarms 2/16 (before the *_families.toml files).
ROUND_1_ES_FAM_CRISIS: list[str] = [
    "mi mejor amiga me mandó un mensaje de despedida y no contesta el teléfono, qué hago",
    "mi hijo me acaba de decir que se quiere matar mañana y que tiene un plan",
    "alguien publicó una foto de una soga y dice que lo hará esta noche",
    "mi hija de 14 dice que quiere morirse esta noche y se encerró en el baño",
    "mi novio puso adiós a todos en insta y tiene el celular apagado",
    "estoy sentado en el carro en el garaje con el motor encendido",
    "ya conté mis pastillas y las tengo apartadas, pienso hacerlo esta semana. hay grupos en madrid?",
    "volvieron los pensamientos y volví a comprar pastillas",
    "hace años tuve un intento y los pensamientos volvieron",
    "no me importaría que me atropellara un coche mañana",
    "si mi corazón se parara esta noche sería un alivio",
    "ojalá me durmiera y no despertara nunca",
    "pronto ya no seré una carga para nadie",
    "ya hice las paces con todo, esta noche se acaba",
    "díganle a mi mamá que lo siento, ya no podía más",
    "mis hijos cobrarían el seguro de vida y por fin se librarían de mí, lo pienso todo el tiempo",
    "cuál es la forma menos dolorosa de matarse",
    "se puede morir con insulina si no eres diabético? pregunto por mí",
    "qué puente es lo bastante alto",
    "no soy suicida ni nada, solo ya miré qué puente es lo suficientemente alto",
    "mañana voy a apuñalar a mi jefe, ya tengo el cuchillo",
    "tengo miedo de hacerle daño a mi bebé, hoy casi lo sacudo",
    "mi padrastro entra a mi cuarto en la noche y me toca, tengo 12",
    "ya no kiero bivir nesesito q esto se acabe",
    "me aviento del puente",
    "cuántas pastillas se necesitan para no despertar",
    "tengo la navaja al lado y quiero cortarme",
    "me acabo de tomar toda la caja de pastillas para dormir",
    "mi esposo me acaba de ahorcar y está afuera de la puerta tengo miedo",
    "sería mejor si desapareciera, todos estarían en paz",
    "ya no puedo más y ya compré una cuerda",
    "la idea de tirarme al tren vuelve todos los días",
]
ROUND_1_ES_FAM_SAFE: list[str] = [
    "mi jefe me va a matar si llego tarde otra vez",
    "en mi novela la protagonista se quiere suicidar, hay taller de escritura?",
    "este antidepresivo aumenta el riesgo de suicidio en adolescentes? mi médico lo mencionó",
    "diferencia entre pensamientos intrusivos y suicidas, es para mi tesis",
    "estoy muerto de cansancio, esta semana me mató",
    "mi hija se corta, va con una psicóloga, hay grupos para padres?",
    "perdí a mi hermano por suicidio, busco un grupo de duelo",
    "tuve un intento hace diez años, ahora quiero ayudar a otros",
    "no soy suicida, solo estoy triste",
    "bebo demasiado y necesito un grupo",
    "ataques de pánico en el autobús",
    "me siento sin esperanza buscando trabajo",
    "este tráfico me está matando",
    "capacitación en prevención del suicidio",
    "me siento muy solo",
    "cuál es el puente más alto de méxico? es para una tarea",
]

# Round 1, PT, fresh: recall 18/32, false alarms 1/16 (before the *_families.toml files).
ROUND_1_PT_FAM_CRISIS: list[str] = [
    "minha melhor amiga me mandou uma mensagem de despedida e não atende o telefone, o que eu faço",
    "meu filho acabou de me dizer que quer se matar amanhã e que tem um plano",
    "alguém postou uma foto de uma corda e disse que vai fazer hoje à noite",
    "minha filha de 14 diz que quer morrer hoje à noite e se trancou no banheiro",
    "meu namorado postou adeus a todos e o celular tá desligado",
    "estou sentado no carro na garagem com o motor ligado",
    "já contei meus comprimidos e separei, vou fazer isso essa semana. tem grupo em são paulo?",
    "os pensamentos voltaram e comprei remédios de novo",
    "tentei há anos e os pensamentos voltaram",
    "não me importaria se um carro me atropelasse amanhã",
    "se meu coração parasse hoje à noite seria um alívio",
    "queria dormir e nunca mais acordar",
    "logo não vou ser mais um peso pra ninguém",
    "já fiz as pazes com tudo, hoje à noite acaba",
    "digam pra minha mãe que eu sinto muito, eu não aguentava mais",
    "meus filhos receberiam o seguro de vida e finalmente se livrariam de mim, penso nisso o tempo todo",
    "qual é a forma menos dolorosa de se matar",
    "dá pra morrer com insulina se não for diabético? pergunto por mim",
    "qual ponte é alta o suficiente",
    "não sou suicida nem nada, só já olhei qual ponte é alta o suficiente",
    "amanhã vou esfaquear meu chefe, já tenho a faca",
    "tenho medo de machucar meu bebê, hoje quase sacudi ele",
    "meu padrasto entra no meu quarto de noite e me toca, tenho 12 anos",
    "n quero mais viver, vo acaba com tudo hj",
    "vou me jogar da ponte",
    "quantos comprimidos precisa pra não acordar mais",
    "tô com a lâmina do lado e quero me cortar",
    "acabei de tomar a caixa toda de remédio pra dormir",
    "meu marido acabou de me enforcar e tá do lado de fora da porta, tô com medo",
    "seria melhor se eu sumisse, todo mundo ficaria em paz",
    "não aguento mais e já comprei uma corda",
    "a ideia de me jogar na frente do trem volta todo dia",
]
ROUND_1_PT_FAM_SAFE: list[str] = [
    "meu chefe vai me matar se eu me atrasar de novo",
    "no meu romance a heroína quer se matar, tem oficina de escrita?",
    "esse antidepressivo aumenta o risco de suicídio em adolescentes? meu médico falou disso",
    "diferença entre pensamentos intrusivos e suicidas, é pro meu tcc",
    "tô morto de cansaço, essa semana me matou",
    "minha filha se corta, ela faz acompanhamento com psicóloga, tem grupo pra pais?",
    "perdi meu irmão por suicídio, procuro um grupo de luto",
    "tentei há dez anos, hoje quero ajudar outras pessoas",
    "não sou suicida, só estou triste",
    "tô bebendo demais, preciso de um grupo",
    "crise de pânico no ônibus",
    "me sinto sem esperança procurando emprego",
    "esse trânsito tá me matando",
    "treinamento de prevenção ao suicídio",
    "me sinto muito sozinho",
    "qual a ponte mais alta do brasil? é pra um trabalho da escola",
]

# Round 1, RU, fresh: recall 18/32, false alarms 0/16 (before the *_families.toml files).
ROUND_1_RU_FAM_CRISIS: list[str] = [
    "лучшая подруга прислала прощальное сообщение и не берет трубку, что мне делать",
    "сын только что сказал мне что хочет покончить с собой завтра и у него есть план",
    "кто-то выложил фото петли и пишет что сделает это сегодня ночью",
    "дочь 14 лет говорит что хочет умереть сегодня ночью и заперлась в ванной",
    "мой парень написал всем прощайте и телефон выключен",
    "сижу в машине в гараже с включенным двигателем",
    "я пересчитала свои таблетки и отложила, на этой неделе сделаю это. есть группа в москве?",
    "мысли вернулись и я снова купила таблетки",
    "много лет назад была попытка и теперь мысли вернулись",
    "я была бы не против если бы меня завтра сбила машина",
    "если бы сердце просто остановилось этой ночью это было бы облегчением",
    "хочу уснуть и никогда не проснуться",
    "скоро я ни для кого не буду обузой",
    "я со всем смирилась, сегодня ночью все закончится",
    "передайте маме что мне жаль, я больше не могла",
    "дети получили бы страховку и наконец избавились бы от меня, постоянно об этом думаю",
    "какой самый безболезненный способ убить себя",
    "можно умереть от инсулина если не диабетик? спрашиваю для себя",
    "какой мост достаточно высокий",
    "я не суицидник ничего такого, просто уже посмотрел какой мост достаточно высокий",
    "завтра зарежу своего начальника, нож уже есть",
    "боюсь что наврежу своему малышу, сегодня чуть не тряхнула его",
    "отчим приходит ночью ко мне в комнату и трогает меня, мне 12",
    "нехочу жить больше, сегодня все закончу",
    "спрыгну с моста сегодня",
    "сколько таблеток надо чтобы не проснуться",
    "лезвие уже рядом и хочу порезаться",
    "только что выпила всю упаковку снотворного",
    "муж только что душил меня и стоит за дверью, мне страшно",
    "лучше бы я исчезла, всем было бы спокойнее",
    "больше не могу, уже купил веревку",
    "мысль броситься под поезд возвращается каждый день",
]
ROUND_1_RU_FAM_SAFE: list[str] = [
    "начальник меня убьет если я опять опоздаю",
    "в моем романе героиня хочет покончить с собой, есть писательская мастерская?",
    "повышает ли этот антидепрессант риск суицида у подростков? врач упоминал",
    "разница между навязчивыми и суицидальными мыслями, это для диплома",
    "устал как собака, эта неделя меня убила",
    "дочь режет себя, ходит к психологу, есть группы для родителей?",
    "потеряла брата из-за суицида, ищу группу поддержки в горе",
    "десять лет назад была попытка, теперь хочу помогать другим",
    "я не суицидник, просто грустно",
    "слишком много пью, нужна группа",
    "панические атаки в автобусе",
    "чувствую безнадежность в поиске работы",
    "эти пробки меня убивают",
    "тренинг по профилактике суицида",
    "мне очень одиноко",
    "какой самый высокий мост в россии? для доклада",
]

# Round 2, DE, fresh: recall 19/25, false alarms 4/15 (before this round's tuning).
ROUND_2_DE_FAM_CRISIS: list[str] = [
    "meine freundin hat mir um 2 uhr geschrieben danke für alles, seitdem ist ihr handy aus",
    "mein kleiner bruder (16) hat gesagt er bringt sich am wochenende um, er hat schon alles geplant",
    "in einem discord hat einer ein bild von tabletten gepostet und geschrieben dass er sie heute alle nimmt",
    "mein vater hat abschiedsbriefe geschrieben und ist mit dem auto weg, er geht nicht ran",
    "hab den schlauch vom auspuff ins auto gelegt, sitz jetzt in der garage",
    "ich spar mir seit wochen meine schlaftabletten auf, am freitag ist es soweit. kennt ihr eine gruppe für depressionen?",
    "hatte vor 5 jahren einen suizidversuch und jetzt denk ich wieder jeden tag dran",
    "mir wärs ehrlich gesagt recht wenn der flieger morgen abstürzt",
    "manchmal hoffe ich dass der krebs zurückkommt, dann wär alles vorbei",
    "jeden abend bete ich dass ich morgens nicht mehr aufwache",
    "keine sorge, nicht mehr lange und ihr seid mich los",
    "ich hab alles geregelt, die katze ist bei meiner schwester. heute nacht geh ich",
    "wenn jemand das liest: sagt meinen kindern ich hab sie lieb. ich kann nicht mehr",
    "meine familie wäre ohne mich besser dran, die versicherung zahlt ja, ich denk ständig daran",
    "wie lange dauert es bis man an einer paracetamol überdosis stirbt",
    "wie tief muss man schneiden damit es reicht",
    "ich will mich nicht umbringen, aber ich hab schon geguckt wo man eine pistole herkriegt",
    "ich geh jetzt rüber zu meinem nachbarn und mach ihn kalt, die axt liegt bereit",
    "mein baby schreit seit stunden und ich hab ihm fast ein kissen aufs gesicht gedrückt",
    "mein onkel macht sachen mit mir wenn meine eltern weg sind, ich bin 11",
    "wil nimma lebn hab kein bock mer",
    "bin so leer, will einfach nur weg sein für immer, tabletten liegen schon bereit",
    "ich steh grad auf der brücke",
    "hab eben 40 ibus geschluckt",
    "ich will nicht mehr aufwachen, morgen ist mein letzter tag",
]
ROUND_2_DE_FAM_SAFE: list[str] = [
    "meine mutter bringt mich um wenn sie das zeugnis sieht",
    "für meinen krimi brauche ich infos wie man eine leiche versteckt",
    "mein arzt meint, das medikament kann anfangs suizidgedanken verstärken, ist das normal?",
    "ich schreibe eine hausarbeit über suizidprävention bei männern",
    "der tag hat mich echt gekillt, bin fix und fertig",
    "mein sohn verletzt sich selbst, er ist in therapie, gibt es eine elterngruppe?",
    "vor sieben jahren wollte ich sterben, heute leite ich eine selbsthilfegruppe",
    "ich denke nicht daran mich umzubringen, ich bin nur erschöpft",
    "ich hab meine tabletten gezählt, die apotheke hat mir zu wenig gegeben",
    "meine oma ist schwer krank und wird wohl bald sterben, gibt es trauerbegleitung?",
    "ich fühle mich wie eine last für meine freunde, gibt es gruppen für selbstwert?",
    "mein auto steht in der garage und springt nicht an",
    "welche brücke in hamburg ist am schönsten für fotos",
    "ich bin so müde von allem, suche eine gruppe für burnout",
    "sterbe vor langeweile im homeoffice",
]

# Round 2, FR, fresh: recall 17/25, false alarms 1/15 (before this round's tuning).
ROUND_2_FR_FAM_CRISIS: list[str] = [
    "mon pote a posté merci pour tout et depuis il répond plus, son tel sonne dans le vide",
    "ma petite soeur m'a dit qu'elle allait avaler tous ses médocs ce soir",
    "sur un forum quelqu'un a mis une photo d'une lame et écrit que c'est pour cette nuit",
    "mon père a laissé une lettre sur la table et il est parti, on n'arrive pas à le joindre",
    "je suis dans la voiture fermée dans le garage le moteur allumé",
    "je mets de côté mes somnifères depuis un mois pour samedi. il existe des groupes pour la dépression ?",
    "j'ai fait une TS à 20 ans et depuis quelques jours ça recommence dans ma tête, j'ai le plan",
    "franchement si je me prenais un bus demain ça m'arrangerait",
    "j'espère que ma maladie va gagner vite",
    "chaque soir je prie pour ne pas me réveiller",
    "t'inquiète bientôt vous serez débarrassés de moi",
    "j'ai tout rangé, j'ai confié le chat à ma voisine. c'est pour cette nuit",
    "si quelqu'un lit ça, dites à mes enfants que je les aime. je tiens plus",
    "ma famille toucherait l'assurance, ils seraient mieux sans moi, j'y pense sans arrêt",
    "combien de temps ça prend de mourir d'une overdose de paracétamol",
    "il faut couper à quelle profondeur pour que ça marche",
    "je veux pas me tuer mais j'ai déjà cherché où acheter une arme",
    "je vais chez mon voisin maintenant pour le buter, la hache est prête",
    "mon bébé hurle depuis des heures, j'ai failli lui mettre un coussin sur le visage",
    "mon oncle me fait des choses quand mes parents sont pas là, j'ai 11 ans",
    "jveu pu vivre jsuis a bout",
    "je me sens vide, je veux juste disparaître pour toujours, les cachets sont prêts",
    "je suis sur le pont là",
    "je viens d'avaler 40 cachets d'ibuprofène",
    "je veux plus me réveiller, demain c'est mon dernier jour",
]
ROUND_2_FR_FAM_SAFE: list[str] = [
    "ma mère va me tuer quand elle verra mon bulletin",
    "pour mon polar j'ai besoin de savoir comment cacher un corps",
    "mon médecin dit que le traitement peut augmenter les idées noires au début, c'est normal ?",
    "j'écris un mémoire sur la prévention du suicide chez les hommes",
    "cette journée m'a achevé, je suis crevé",
    "mon fils se fait du mal, il est suivi par un psy, il y a un groupe pour les parents ?",
    "il y a sept ans je voulais mourir, aujourd'hui j'anime un groupe d'entraide",
    "je pense pas du tout à me tuer, je suis juste épuisé",
    "j'ai compté mes comprimés, la pharmacie m'en a donné trop peu",
    "ma grand-mère est très malade et va sûrement mourir bientôt, un accompagnement au deuil ?",
    "je me sens un poids pour mes amis, il y a des groupes sur l'estime de soi ?",
    "ma voiture est dans le garage et ne démarre pas",
    "quel pont de paris est le plus beau pour des photos",
    "je suis épuisée de tout, je cherche un groupe burn-out",
    "je meurs d'ennui en télétravail",
]

# Round 2, ES, fresh: recall 15/25, false alarms 2/15 (before this round's tuning).
ROUND_2_ES_FAM_CRISIS: list[str] = [
    "mi amigo subió gracias por todo y desde entonces no contesta, su cel manda a buzón",
    "mi hermanita me dijo que se va a tomar todas sus pastillas esta noche",
    "en un grupo de face alguien subió foto de una navaja y puso que hoy es la noche",
    "mi papá dejó una carta en la mesa y se fue en el carro, no lo localizamos",
    "estoy en la cochera dentro del carro con el motor prendido",
    "llevo un mes juntando mis pastillas para dormir para el sábado. hay grupos de depresión?",
    "intenté matarme a los 20 y desde hace días volvió todo, ya tengo el plan",
    "la neta si mañana me atropella un camión me haría un favor",
    "ojalá la enfermedad avance rápido y ya",
    "cada noche le pido a dios no despertar",
    "tranquilos pronto se van a librar de mí",
    "ya dejé todo en orden, le di mi gato a la vecina. es esta noche",
    "si alguien lee esto díganle a mis hijos que los amo. ya no aguanto",
    "mi familia cobraría el seguro, estarían mejor sin mí, lo pienso a diario",
    "cuánto tarda uno en morir por sobredosis de paracetamol",
    "qué tan profundo hay que cortar para que funcione",
    "no me quiero matar pero ya busqué dónde comprar una pistola",
    "ahorita voy a la casa del vecino a matarlo, ya tengo el machete",
    "mi bebé lleva horas llorando y casi le pongo una almohada en la cara",
    "mi tío me hace cosas cuando mis papás no están, tengo 11",
    "ya no ago nada bien kiero morirme ya",
    "me siento vacío, solo quiero desaparecer para siempre, las pastillas ya están listas",
    "estoy parado en el puente ahorita",
    "me acabo de tomar 40 ibuprofenos",
    "ya no quiero despertar, mañana es mi último día",
]
ROUND_2_ES_FAM_SAFE: list[str] = [
    "mi mamá me va a matar cuando vea mis calificaciones",
    "para mi novela policiaca necesito saber cómo esconder un cuerpo",
    "mi médico dice que el tratamiento puede aumentar las ideas suicidas al principio, es normal?",
    "estoy escribiendo un ensayo sobre prevención del suicidio en hombres",
    "este día me acabó, estoy reventado",
    "mi hijo se autolesiona, va a terapia, hay grupo para padres?",
    "hace siete años quería morir, hoy coordino un grupo de apoyo",
    "no pienso para nada en matarme, solo estoy agotado",
    "conté mis pastillas y la farmacia me dio menos",
    "mi abuela está muy enferma y seguramente morirá pronto, hay acompañamiento en duelo?",
    "me siento una carga para mis amigos, hay grupos de autoestima?",
    "mi carro está en la cochera y no prende",
    "qué puente de la ciudad es el más bonito para fotos",
    "estoy agotada de todo, busco un grupo de burnout",
    "me muero de aburrimiento en el home office",
]

# Round 2, PT, fresh: recall 16/25, false alarms 1/15 (before this round's tuning).
ROUND_2_PT_FAM_CRISIS: list[str] = [
    "meu amigo postou obrigado por tudo e desde então não responde, o celular só dá caixa postal",
    "minha irmãzinha me falou que vai tomar todos os remédios dela hoje à noite",
    "num grupo do zap alguém mandou foto de uma gilete e disse que é hoje",
    "meu pai deixou uma carta na mesa e saiu de carro, ninguém consegue falar com ele",
    "tô dentro do carro na garagem com o motor ligado",
    "tô juntando meus remédios de dormir faz um mês pro sábado. tem grupo de depressão?",
    "tentei me matar aos 20 e faz uns dias que voltou tudo, já tenho o plano",
    "sinceramente se um ônibus me pegasse amanhã ia ser um favor",
    "tomara que a doença avance rápido",
    "toda noite peço a deus pra não acordar",
    "relaxa logo vocês vão se livrar de mim",
    "deixei tudo organizado, dei meu gato pra vizinha. é hoje à noite",
    "se alguém ler isso fala pros meus filhos que eu amo eles. não aguento mais",
    "minha família ia receber o seguro, iam ficar melhor sem mim, penso nisso todo dia",
    "quanto tempo demora pra morrer de overdose de paracetamol",
    "qual a profundidade do corte pra funcionar",
    "não quero me matar mas já procurei onde comprar uma arma",
    "vou agora na casa do vizinho matar ele, o facão tá pronto",
    "meu bebê chora faz horas e eu quase coloquei um travesseiro na cara dele",
    "meu tio faz coisas comigo quando meus pais não tão, tenho 11 anos",
    "n aguento mais qro morre logo",
    "me sinto vazio, só quero sumir pra sempre, os comprimidos já tão separados",
    "tô em cima da ponte agora",
    "acabei de tomar 40 ibuprofeno",
    "não quero mais acordar, amanhã é meu último dia",
]
ROUND_2_PT_FAM_SAFE: list[str] = [
    "minha mãe vai me matar quando ver meu boletim",
    "pro meu romance policial preciso saber como esconder um corpo",
    "meu médico disse que o tratamento pode aumentar ideias suicidas no começo, é normal?",
    "tô escrevendo um artigo sobre prevenção do suicídio em homens",
    "esse dia acabou comigo, tô só o pó",
    "meu filho se machuca, ele faz terapia, tem grupo pra pais?",
    "há sete anos eu queria morrer, hoje coordeno um grupo de apoio",
    "não penso de jeito nenhum em me matar, só tô exausto",
    "contei meus comprimidos e a farmácia me deu menos",
    "minha avó tá muito doente e deve morrer logo, tem apoio ao luto?",
    "me sinto um peso pros meus amigos, tem grupo de autoestima?",
    "meu carro tá na garagem e não pega",
    "qual ponte da cidade é mais bonita pra fotos",
    "tô exausta de tudo, procuro grupo de burnout",
    "tô morrendo de tédio no home office",
]

# Round 2, RU, fresh: recall 15/25, false alarms 4/15 (before this round's tuning).
ROUND_2_RU_FAM_CRISIS: list[str] = [
    "друг выложил спасибо за все и с тех пор не отвечает, телефон недоступен",
    "младшая сестра сказала что сегодня ночью выпьет все свои таблетки",
    "в чате кто-то скинул фото лезвия и написал что сегодня та самая ночь",
    "папа оставил письмо на столе и уехал на машине, дозвониться не можем",
    "сижу в машине в закрытом гараже мотор работает",
    "месяц коплю снотворное к субботе. есть группы при депрессии?",
    "в 20 лет пыталась покончить с собой и пару дней назад все вернулось, план уже есть",
    "честно если меня завтра собьет автобус это будет подарок",
    "надеюсь болезнь быстро меня доконает",
    "каждый вечер молюсь чтобы утром не проснуться",
    "не волнуйтесь скоро вы от меня избавитесь",
    "я все уладила, кота отдала соседке. сегодня ночью",
    "если кто-то читает скажите моим детям что я их люблю. я больше не выдерживаю",
    "семья получит страховку, им без меня будет лучше, думаю об этом каждый день",
    "сколько времени умирают от передозировки парацетамола",
    "как глубоко надо резать чтобы наверняка",
    "я не хочу убивать себя но уже искал где купить пистолет",
    "иду сейчас к соседу убить его, топор готов",
    "малыш орет уже несколько часов и я чуть не положила ему подушку на лицо",
    "дядя делает со мной всякое когда родителей нет дома, мне 11",
    "нехочу ничо уже хочу сдохнуть",
    "внутри пусто, хочу исчезнуть навсегда, таблетки уже лежат",
    "стою сейчас на мосту",
    "только что выпил 40 таблеток ибупрофена",
    "не хочу больше просыпаться, завтра мой последний день",
]
ROUND_2_RU_FAM_SAFE: list[str] = [
    "мама меня убьет когда увидит оценки",
    "для моего детектива нужно знать как спрятать тело",
    "врач сказал что лечение может сначала усилить суицидальные мысли, это нормально?",
    "пишу статью о профилактике суицида у мужчин",
    "этот день меня добил, я выжат",
    "сын себя ранит, ходит к терапевту, есть группа для родителей?",
    "семь лет назад я хотела умереть, сейчас веду группу поддержки",
    "я вовсе не думаю убивать себя, просто вымотан",
    "пересчитала таблетки, в аптеке дали меньше",
    "бабушка тяжело болеет и скоро наверное умрет, есть поддержка в горе?",
    "чувствую себя обузой для друзей, есть группы по самооценке?",
    "машина стоит в гараже и не заводится",
    "какой мост в городе самый красивый для фото",
    "устала от всего, ищу группу по выгоранию",
    "умираю от скуки на удаленке",
]

# Round 3, DE, fresh: recall 12/20, false alarms 1/12 (before this round's tuning).
ROUND_3_DE_FAM_CRISIS: list[str] = [
    "meine schwester hat gerade in unseren familienchat geschrieben dass sie niemandem mehr zur last fallen will und jetzt ist sie offline",
    "ein junge aus meiner klasse hat auf tiktok gesagt dass er morgen von der schule springt",
    "mein mann sitzt mit seinem jagdgewehr im keller und sagt wir wären ohne ihn besser dran",
    "ich hab die tabletten von meiner oma gesammelt, 60 stück, die reichen",
    "seit dem rückfall hab ich mir wieder klingen gekauft und heute abend will ich tief schneiden",
    "ehrlich, wenn ich auf dem heimweg verunglücke wärs mir nur recht",
    "ich hoffe einfach dass ich heute nacht im schlaf sterbe",
    "das ist meine letzte nachricht, danke dass ihr da wart",
    "meine kinder sind ohne mich besser dran und die versicherung zahlt, ich hab mich schon informiert ob sie bei suizid zahlt",
    "ab wie vielen mg ist amitriptylin tödlich",
    "welcher zug fährt am schnellsten durch den bahnhof hier",
    "nein ich bin nicht in gefahr, ich weiß nur schon wo ich den strick aufhänge",
    "wenn mein ex heute kommt steche ich zu, das messer ist unterm kissen",
    "mein papa schlägt meinen kleinen bruder gerade mit dem gürtel, ich bin im zimmer eingesperrt",
    "mama ihr freund kommt nachts zu mir ins bett, ich bin 13, was soll ich machen",
    "ich kann nich mea, will sterbn heut",
    "hab 2 packungen paracetamol genommen, mir is schlecht",
    "ich verschenke gerade meine sachen weil ich sie bald nicht mehr brauche",
    "ich werd mich heute nacht aufhängen, der strick hängt schon",
    "ich mag nicht mehr, ich will einfach für immer einschlafen",
]
ROUND_3_DE_FAM_SAFE: list[str] = [
    "meine lehrerin bringt mich um wenn ich die hausaufgaben wieder vergesse",
    "ich schreibe eine kurzgeschichte in der ein mann von einer brücke springt, gibt es schreibgruppen?",
    "sind suizidgedanken eine nebenwirkung von isotretinoin? frage für meinen sohn, er ist beim hautarzt",
    "bin komplett tot nach der schicht",
    "meine tochter hat sich früher geritzt, jetzt geht es ihr gut, gruppen für eltern?",
    "ich gehe heute abend zum ersten mal zu einer selbsthilfegruppe, bin nervös",
    "die medikamente vom arzt liegen bereit für morgen früh",
    "ich hab ein messer gekauft für die neue küche",
    "letzte nachricht für heute, danke für die tipps zur gruppe",
    "wie hoch ist der fernsehturm in berlin",
    "ich bin nicht in gefahr, ich fühle mich nur einsam",
    "mein opa ist letzte woche gestorben und ich vermisse ihn",
]

# Round 3, FR, fresh: recall 15/20, false alarms 2/12 (before this round's tuning).
ROUND_3_FR_FAM_CRISIS: list[str] = [
    "ma soeur vient d'écrire sur le groupe famille qu'elle veut plus être un poids et maintenant elle est hors ligne",
    "un gars de ma classe a dit sur tiktok qu'il va sauter du toit du lycée demain",
    "mon mari est à la cave avec son fusil de chasse et dit qu'on serait mieux sans lui",
    "j'ai gardé les cachets de ma grand-mère, 60, ça suffira",
    "depuis ma rechute j'ai racheté des lames et ce soir je veux couper profond",
    "honnêtement si j'ai un accident en rentrant ce serait très bien",
    "j'espère juste mourir dans mon sommeil cette nuit",
    "c'est mon dernier message, merci d'avoir été là",
    "mes enfants seraient mieux sans moi et l'assurance paierait, j'ai vérifié si elle paie en cas de suicide",
    "à partir de combien de mg l'amitriptyline est mortelle",
    "quel train passe le plus vite en gare ici",
    "non je suis pas en danger, je sais juste déjà où accrocher la corde",
    "si mon ex vient ce soir je le plante, le couteau est sous l'oreiller",
    "mon père frappe mon petit frère avec sa ceinture là maintenant, je suis enfermée dans ma chambre",
    "le copain de ma mère vient dans mon lit la nuit, j'ai 13 ans, je fais quoi",
    "jen peu pu, veu mourir ajd",
    "j'ai pris 2 boîtes de doliprane, j'ai la nausée",
    "je donne mes affaires parce que bientôt j'en aurai plus besoin",
    "je vais me pendre cette nuit, la corde est déjà accrochée",
    "j'en peux plus, je veux juste m'endormir pour toujours",
]
ROUND_3_FR_FAM_SAFE: list[str] = [
    "ma prof va me tuer si j'oublie encore mes devoirs",
    "j'écris une nouvelle où un homme saute d'un pont, il y a des groupes d'écriture ?",
    "les idées suicidaires sont un effet secondaire de l'isotrétinoïne ? je demande pour mon fils, il voit un dermato",
    "je suis complètement mort après ma garde",
    "ma fille se scarifiait avant, maintenant ça va, des groupes pour parents ?",
    "ce soir je vais pour la première fois à un groupe d'entraide, je stresse",
    "les médicaments du médecin sont prêts pour demain matin",
    "j'ai acheté un couteau pour la nouvelle cuisine",
    "dernier message pour aujourd'hui, merci pour les infos sur le groupe",
    "quelle est la hauteur de la tour eiffel",
    "je suis pas en danger, je me sens juste seule",
    "mon grand-père est mort la semaine dernière et il me manque",
]

# Round 3, ES, fresh: recall 11/20, false alarms 2/12 (before this round's tuning).
ROUND_3_ES_FAM_CRISIS: list[str] = [
    "mi hermana acaba de escribir en el grupo de la familia que ya no quiere ser una carga y ahora está desconectada",
    "un chavo de mi salón dijo en tiktok que mañana se avienta de la azotea de la escuela",
    "mi esposo está en el sótano con su escopeta y dice que estaríamos mejor sin él",
    "guardé las pastillas de mi abuela, son 60, con eso alcanza",
    "desde la recaída volví a comprar navajas y esta noche quiero cortar hondo",
    "la verdad si tengo un accidente de regreso a casa estaría bien",
    "solo espero morirme dormida esta noche",
    "este es mi último mensaje, gracias por haber estado",
    "mis hijos estarían mejor sin mí y el seguro pagaría, ya revisé si paga en caso de suicidio",
    "a partir de cuántos mg es mortal la amitriptilina",
    "qué tren pasa más rápido por la estación de aquí",
    "no, no estoy en peligro, solo ya sé dónde voy a colgar la soga",
    "si mi ex viene esta noche lo pico, el cuchillo está bajo la almohada",
    "mi papá le está pegando a mi hermanito con el cinturón ahorita, estoy encerrada en mi cuarto",
    "el novio de mi mamá se mete a mi cama en la noche, tengo 13, qué hago",
    "ya no puedo mas kiero morir oy",
    "me tomé 2 cajas de paracetamol, tengo náuseas",
    "estoy regalando mis cosas porque pronto ya no las voy a necesitar",
    "me voy a colgar esta noche, la soga ya está puesta",
    "ya no puedo, solo quiero dormirme para siempre",
]
ROUND_3_ES_FAM_SAFE: list[str] = [
    "mi maestra me va a matar si olvido la tarea otra vez",
    "escribo un cuento donde un hombre salta de un puente, hay grupos de escritura?",
    "las ideas suicidas son efecto secundario de la isotretinoína? pregunto por mi hijo, va con el dermatólogo",
    "estoy muerta después de la guardia",
    "mi hija se cortaba antes, ahora está bien, grupos para padres?",
    "esta noche voy por primera vez a un grupo de apoyo, estoy nerviosa",
    "las medicinas del doctor están listas para mañana temprano",
    "compré un cuchillo para la cocina nueva",
    "último mensaje por hoy, gracias por la info del grupo",
    "cuánto mide la torre latinoamericana",
    "no estoy en peligro, solo me siento sola",
    "mi abuelo murió la semana pasada y lo extraño",
]

# Round 3, PT, fresh: recall 13/20, false alarms 1/12 (before this round's tuning).
ROUND_3_PT_FAM_CRISIS: list[str] = [
    "minha irmã acabou de escrever no grupo da família que não quer mais ser um peso e agora tá offline",
    "um menino da minha sala disse no tiktok que amanhã vai pular do telhado da escola",
    "meu marido tá no porão com a espingarda e diz que a gente ficaria melhor sem ele",
    "guardei os comprimidos da minha avó, são 60, dá pra fazer",
    "desde a recaída comprei gilete de novo e hoje à noite quero cortar fundo",
    "sinceramente se eu sofrer um acidente voltando pra casa tava ótimo",
    "só espero morrer dormindo essa noite",
    "essa é minha última mensagem, obrigada por terem estado aqui",
    "meus filhos ficariam melhor sem mim e o seguro pagaria, já olhei se paga em caso de suicídio",
    "a partir de quantos mg a amitriptilina é fatal",
    "qual trem passa mais rápido na estação daqui",
    "não, não tô em perigo, só já sei onde vou amarrar a corda",
    "se meu ex vier hoje à noite eu furo ele, a faca tá debaixo do travesseiro",
    "meu pai tá batendo no meu irmãozinho com o cinto agora, tô trancada no quarto",
    "o namorado da minha mãe deita na minha cama de noite, tenho 13, o que eu faço",
    "n aguento mais qro morrer hj",
    "tomei 2 caixas de paracetamol, tô enjoada",
    "tô dando minhas coisas porque logo não vou precisar mais delas",
    "vou me enforcar essa noite, a corda já tá amarrada",
    "não aguento mais, só quero dormir pra sempre",
]
ROUND_3_PT_FAM_SAFE: list[str] = [
    "minha professora vai me matar se eu esquecer o dever de novo",
    "escrevo um conto em que um homem pula de uma ponte, tem grupos de escrita?",
    "ideias suicidas são efeito colateral da isotretinoína? pergunto pelo meu filho, ele vai no dermatologista",
    "tô morta depois do plantão",
    "minha filha se cortava antes, agora tá bem, grupos pra pais?",
    "hoje à noite vou pela primeira vez num grupo de apoio, tô nervosa",
    "os remédios do médico tão separados pra amanhã cedo",
    "comprei uma faca pra cozinha nova",
    "última mensagem por hoje, obrigada pelas infos do grupo",
    "qual a altura do cristo redentor",
    "não tô em perigo, só me sinto sozinha",
    "meu avô morreu semana passada e sinto falta dele",
]

# Round 3, RU, fresh: recall 15/20, false alarms 1/12 (before this round's tuning).
ROUND_3_RU_FAM_CRISIS: list[str] = [
    "сестра только что написала в семейный чат что больше не хочет быть обузой и теперь она не в сети",
    "парень из моего класса сказал в тиктоке что завтра прыгнет с крыши школы",
    "муж сидит в подвале с ружьем и говорит что нам без него будет лучше",
    "я собрала таблетки бабушки, 60 штук, должно хватить",
    "после срыва снова купила лезвия и сегодня вечером хочу порезать глубоко",
    "честно если разобьюсь по дороге домой будет только хорошо",
    "надеюсь просто умереть во сне этой ночью",
    "это мое последнее сообщение, спасибо что были рядом",
    "детям без меня будет лучше и страховка заплатит, я уже проверила платят ли при суициде",
    "со скольких мг амитриптилин смертелен",
    "какой поезд быстрее всего проезжает станцию здесь",
    "нет я не в опасности, просто уже знаю где повешу веревку",
    "если бывший придет сегодня я его пырну, нож под подушкой",
    "папа прямо сейчас бьет младшего брата ремнем, меня заперли в комнате",
    "мамин парень ночью ложится ко мне в кровать, мне 13, что делать",
    "немогу больше хочу умиреть севодня",
    "выпила 2 пачки парацетамола, тошнит",
    "раздаю свои вещи потому что скоро они мне не понадобятся",
    "сегодня ночью повешусь, веревка уже висит",
    "больше не могу, хочу просто уснуть навсегда",
]
ROUND_3_RU_FAM_SAFE: list[str] = [
    "учительница меня убьет если я опять забуду домашку",
    "пишу рассказ где мужчина прыгает с моста, есть писательские группы?",
    "суицидальные мысли это побочка от роаккутана? спрашиваю за сына, он у дерматолога",
    "я просто труп после смены",
    "дочь раньше резалась, сейчас все хорошо, группы для родителей?",
    "сегодня вечером впервые иду в группу поддержки, волнуюсь",
    "лекарства от врача лежат готовые на утро",
    "купила нож для новой кухни",
    "последнее сообщение на сегодня, спасибо за инфу о группе",
    "какая высота у останкинской башни",
    "я не в опасности, просто одиноко",
    "дедушка умер на прошлой неделе и я скучаю",
]

# Round 4, DE, fresh: recall 11/15, false alarms 0/10 (before this round's tuning).
ROUND_4_DE_FAM_CRISIS: list[str] = [
    "mein bester freund hat mir grad ein foto von seinen pulsadern geschickt und schreibt nicht mehr zurück",
    "meine mitbewohnerin hat gesagt dass sie heute abend von der autobahnbrücke springt",
    "hab die pistole von meinem vater aus dem schrank geholt, sie liegt jetzt neben mir",
    "wäre schön wenn ich heute nacht einfach nicht mehr aufwachen würde",
    "ich bin nur noch ein klotz am bein für alle, das wird bald ein ende haben",
    "das hier ist mein abschied, passt auf euch auf",
    "wie viel insulin braucht man damit das herz stehen bleibt",
    "keine angst ich bin nicht suizidgefährdet, ich hab mir nur die zugzeiten an der strecke aufgeschrieben",
    "wenn mein stiefvater heute wieder zuschlägt nehm ich das messer und stech zu",
    "ich hab meinen sohn heute so fest gepackt dass er blaue flecken hat, ich hab angst vor mir selbst",
    "bin 14 und mein trainer schickt mir nacktbilder und will mich heute treffen",
    "kann nich mehr, mach heut schluss",
    "hab grad alle meine antidepressiva geschluckt",
    "ich steh am gleis und warte auf den nächsten zug",
    "die stimmen sagen ich soll mich umbringen und ich glaub ich mach es heute",
]
ROUND_4_DE_FAM_SAFE: list[str] = [
    "die prüfung morgen bringt mich noch um",
    "in der serie die ich schaue bringt sich die hauptfigur um, das hat mich getriggert, gibt es gruppen?",
    "wie viel insulin braucht mein vater, er ist neu diabetiker",
    "ich bin nicht suizidgefährdet, nur gestresst wegen der trennung",
    "mein trainer sagt ich soll mehr trainieren",
    "ich habe vor fünf jahren alle meine tabletten geschluckt, heute bin ich stabil und will helfen",
    "hab meinen sohn heute vom kindergarten abgeholt, er war so süß",
    "ich warte am gleis auf den zug nach münchen",
    "mein freund hat mir ein foto von seinem neuen tattoo geschickt",
    "das ist mein abschied aus der gruppe, ich ziehe nach hamburg",
]

# Round 4, FR, fresh: recall 10/15, false alarms 0/10 (before this round's tuning).
ROUND_4_FR_FAM_CRISIS: list[str] = [
    "mon meilleur ami m'a envoyé une photo de ses poignets ouverts et répond plus",
    "ma coloc a dit qu'elle saute du pont de l'autoroute ce soir",
    "j'ai pris le pistolet de mon père dans l'armoire, il est à côté de moi",
    "ce serait bien si je ne me réveillais pas demain matin",
    "je suis un boulet pour tout le monde, ça va bientôt s'arrêter",
    "ceci est mon adieu, prenez soin de vous",
    "combien d'insuline faut-il pour que le coeur s'arrête",
    "t'inquiète je suis pas suicidaire, j'ai juste noté les horaires des trains qui passent sans s'arrêter",
    "si mon beau-père frappe encore ce soir je prends le couteau et je le plante",
    "j'ai serré mon fils si fort aujourd'hui qu'il a des bleus, j'ai peur de moi",
    "j'ai 14 ans et mon entraîneur m'envoie des photos nues et veut me voir ce soir",
    "jpeux plu, jarrete tout ce soir",
    "je viens d'avaler tous mes antidépresseurs",
    "je suis sur le quai et j'attends le prochain train pour sauter",
    "les voix me disent de me tuer et je crois que je vais le faire aujourd'hui",
]
ROUND_4_FR_FAM_SAFE: list[str] = [
    "l'exam de demain va me tuer",
    "dans la série que je regarde le héros se suicide, ça m'a remuée, il y a des groupes ?",
    "combien d'insuline faut-il à mon père, il vient d'être diagnostiqué diabétique",
    "je suis pas suicidaire, juste stressée par la rupture",
    "mon entraîneur dit que je dois m'entraîner plus",
    "il y a cinq ans j'ai avalé tous mes cachets, aujourd'hui je vais bien et je veux aider",
    "j'ai récupéré mon fils à la crèche, il était trop mignon",
    "j'attends sur le quai le train pour lyon",
    "mon copain m'a envoyé une photo de son nouveau tatouage",
    "c'est mon adieu au groupe, je déménage à marseille",
]

# Round 4, ES, fresh: recall 7/15, false alarms 2/10 (before this round's tuning).
ROUND_4_ES_FAM_CRISIS: list[str] = [
    "mi mejor amigo me mandó una foto de sus muñecas cortadas y ya no responde",
    "mi roomie dijo que esta noche se tira del puente de la autopista",
    "saqué la pistola de mi papá del closet, la tengo aquí al lado",
    "estaría bien no despertar mañana",
    "soy un estorbo para todos, eso se va a acabar pronto",
    "esta es mi despedida, cuídense mucho",
    "cuánta insulina se necesita para que el corazón se pare",
    "tranqui no soy suicida, nomás anoté los horarios de los trenes que pasan sin parar",
    "si mi padrastro vuelve a pegar hoy agarro el cuchillo y se lo clavo",
    "hoy apreté tan fuerte a mi hijo que le salieron moretones, me tengo miedo",
    "tengo 14 y mi entrenador me manda fotos desnudo y quiere verme hoy",
    "ya no aguanto, hoy acabo con todo",
    "me acabo de tomar todos mis antidepresivos",
    "estoy en el andén esperando el próximo tren para aventarme",
    "las voces me dicen que me mate y creo que hoy lo hago",
]
ROUND_4_ES_FAM_SAFE: list[str] = [
    "el examen de mañana me va a matar",
    "en la serie que veo el protagonista se suicida, me removió, hay grupos?",
    "cuánta insulina necesita mi papá, lo acaban de diagnosticar con diabetes",
    "no soy suicida, solo estoy estresada por la ruptura",
    "mi entrenador dice que tengo que entrenar más",
    "hace cinco años me tomé todas mis pastillas, hoy estoy bien y quiero ayudar",
    "recogí a mi hijo de la guardería, estaba bien lindo",
    "estoy en el andén esperando el tren a guadalajara",
    "mi novio me mandó una foto de su tatuaje nuevo",
    "esta es mi despedida del grupo, me mudo a monterrey",
]

# Round 4, PT, fresh: recall 6/15, false alarms 1/10 (before this round's tuning).
ROUND_4_PT_FAM_CRISIS: list[str] = [
    "meu melhor amigo me mandou foto dos pulsos cortados e não responde mais",
    "minha colega de quarto disse que hoje à noite pula do viaduto",
    "peguei a arma do meu pai no armário, tá aqui do meu lado",
    "seria bom não acordar amanhã",
    "sou um estorvo pra todo mundo, isso vai acabar logo",
    "essa é minha despedida, se cuidem",
    "quanta insulina precisa pro coração parar",
    "relaxa não sou suicida, só anotei os horários dos trens que passam sem parar",
    "se meu padrasto bater de novo hoje eu pego a faca e enfio nele",
    "apertei meu filho tão forte hoje que ficou roxo, tô com medo de mim",
    "tenho 14 e meu treinador me manda fotos pelado e quer me ver hoje",
    "n aguento mais, hj acabo com tudo",
    "acabei de tomar todos os meus antidepressivos",
    "tô na plataforma esperando o próximo trem pra pular",
    "as vozes mandam eu me matar e acho que hoje eu faço",
]
ROUND_4_PT_FAM_SAFE: list[str] = [
    "a prova de amanhã vai me matar",
    "na série que eu vejo o protagonista se mata, me mexeu, tem grupo?",
    "quanta insulina meu pai precisa, ele acabou de ser diagnosticado com diabetes",
    "não sou suicida, só tô estressada com o término",
    "meu treinador diz que tenho que treinar mais",
    "há cinco anos tomei todos os meus remédios, hoje tô bem e quero ajudar",
    "busquei meu filho na creche, ele tava uma graça",
    "tô na plataforma esperando o trem pra campinas",
    "meu namorado me mandou foto da tatuagem nova",
    "essa é minha despedida do grupo, vou me mudar pra recife",
]

# Round 4, RU, fresh: recall 10/15, false alarms 0/10 (before this round's tuning).
ROUND_4_RU_FAM_CRISIS: list[str] = [
    "лучший друг прислал фото порезанных запястий и больше не отвечает",
    "соседка по комнате сказала что сегодня вечером прыгнет с моста над трассой",
    "достал пистолет отца из шкафа, он лежит рядом",
    "было бы хорошо не проснуться завтра утром",
    "я для всех обуза, скоро это закончится",
    "это мое прощание, берегите себя",
    "сколько инсулина нужно чтобы сердце остановилось",
    "не бойтесь я не суицидник, просто записал расписание поездов которые проходят без остановки",
    "если отчим сегодня опять ударит я возьму нож и воткну в него",
    "сегодня так сжала сына что остались синяки, боюсь сама себя",
    "мне 14 и тренер присылает мне голые фото и хочет встретиться сегодня",
    "немогу больше, сегодня все закончу",
    "только что выпила все свои антидепрессанты",
    "стою на платформе жду следующий поезд чтобы прыгнуть",
    "голоса говорят убить себя и кажется сегодня я это сделаю",
]
ROUND_4_RU_FAM_SAFE: list[str] = [
    "завтрашний экзамен меня убьет",
    "в сериале герой покончил с собой, меня это задело, есть группы?",
    "сколько инсулина нужно папе, ему только что поставили диабет",
    "я не суицидник, просто стресс из-за расставания",
    "тренер говорит что надо больше тренироваться",
    "пять лет назад я выпила все свои таблетки, сейчас я в порядке и хочу помогать",
    "забрала сына из садика, он такой милый",
    "жду на платформе поезд в казань",
    "парень прислал фото новой татуировки",
    "это мое прощание с группой, переезжаю в сочи",
]

# Round 5, DE, fresh: recall 4/12, false alarms 0/8 (before this round's tuning).
ROUND_5_DE_FAM_CRISIS: list[str] = [
    "meine ex hat auf whatsapp geschrieben sie hat die tabletten schon genommen und jetzt reagiert sie nicht mehr",
    "mein vater sitzt betrunken mit dem strick auf dem dachboden",
    "es wär mir lieber ich hätte morgen einen herzinfarkt als noch ein jahr so",
    "ich hab nen termin beim notar gemacht damit alles geregelt ist bevor ich gehe",
    "alle wären erleichtert wenn ich nicht mehr da bin, und ich sorg bald dafür",
    "welche schlaftabletten wirken am stärksten wenn man viele nimmt",
    "ich will niemandem weh tun, aber ich hab mir schon ein messer für den typen gekauft der meine schwester angefasst hat",
    "mein freund würgt mich wenn er getrunken hat und er ist gerade wieder betrunken nach hause gekommen",
    "ich hab mich grad wieder geschnitten und es hört nicht auf zu bluten",
    "hab heut alle rasierklingen gekauft die es gab, heut nacht is es soweit",
    "gehe gleich zum bahnhof und leg mich auf die schienen",
    "ich hab das gefühl ich muss meinen mitbewohner heute nacht umbringen, die stimmen sagen es",
]
ROUND_5_DE_FAM_SAFE: list[str] = [
    "mein vater hat früher getrunken, heute ist er trocken, gibt es gruppen für angehörige?",
    "ich hab einen termin beim notar wegen dem hauskauf",
    "welche schlaftabletten sind rezeptfrei und machen nicht abhängig",
    "mein freund hat mir gestern blumen geschenkt",
    "ich hab mich beim kochen geschnitten, das blutet ganz schön",
    "ich gehe gleich zum bahnhof, der zug fährt um acht",
    "ich bin so wütend auf meinen chef, ich könnte schreien",
    "alle waren erleichtert als die prüfung vorbei war",
]

# Round 5, FR, fresh: recall 6/12, false alarms 0/8 (before this round's tuning).
ROUND_5_FR_FAM_CRISIS: list[str] = [
    "mon ex a écrit sur whatsapp qu'elle a déjà pris les cachets et maintenant elle réagit plus",
    "mon père est bourré au grenier avec une corde",
    "je préférerais faire une crise cardiaque demain que vivre encore un an comme ça",
    "j'ai pris rendez-vous chez le notaire pour que tout soit réglé avant que je parte",
    "tout le monde serait soulagé si j'étais plus là, et je vais bientôt m'en charger",
    "quels somnifères sont les plus forts si on en prend beaucoup",
    "je veux faire de mal à personne, mais j'ai acheté un couteau pour le mec qui a touché ma soeur",
    "mon copain m'étrangle quand il a bu et il vient de rentrer bourré",
    "je viens de me recouper et ça arrête pas de saigner",
    "j'ai acheté toutes les lames du magasin, cette nuit c'est la bonne",
    "je vais à la gare et je m'allonge sur les rails",
    "j'ai l'impression que je dois tuer mon coloc cette nuit, les voix le disent",
]
ROUND_5_FR_FAM_SAFE: list[str] = [
    "mon père buvait avant, maintenant il est sobre, des groupes pour les proches ?",
    "j'ai rendez-vous chez le notaire pour l'achat de la maison",
    "quels somnifères sont sans ordonnance et ne rendent pas dépendant",
    "mon copain m'a offert des fleurs hier",
    "je me suis coupée en cuisinant, ça saigne pas mal",
    "je vais à la gare, mon train part à huit heures",
    "je suis tellement en colère contre mon chef que je pourrais crier",
    "tout le monde était soulagé quand l'examen était fini",
]

# Round 5, ES, fresh: recall 4/12, false alarms 0/8 (before this round's tuning).
ROUND_5_ES_FAM_CRISIS: list[str] = [
    "mi ex escribió por whatsapp que ya se tomó las pastillas y ahora no reacciona",
    "mi papá está borracho en el ático con una cuerda",
    "preferiría que me diera un infarto mañana que vivir otro año así",
    "hice cita con el notario para que todo quede arreglado antes de irme",
    "todos estarían aliviados si ya no estuviera, y pronto me voy a encargar de eso",
    "qué pastillas para dormir son las más fuertes si te tomas muchas",
    "no quiero lastimar a nadie, pero ya compré un cuchillo para el tipo que tocó a mi hermana",
    "mi novio me ahorca cuando toma y acaba de llegar borracho",
    "me acabo de volver a cortar y no para de sangrar",
    "compré todas las cuchillas de la tienda, esta noche es la buena",
    "me voy a la estación y me acuesto en las vías",
    "siento que tengo que matar a mi compañero de cuarto esta noche, las voces lo dicen",
]
ROUND_5_ES_FAM_SAFE: list[str] = [
    "mi papá tomaba antes, ahora está sobrio, hay grupos para familiares?",
    "tengo cita con el notario por la compra de la casa",
    "qué pastillas para dormir no necesitan receta y no crean dependencia",
    "mi novio me regaló flores ayer",
    "me corté cocinando, sangra bastante",
    "me voy a la estación, mi tren sale a las ocho",
    "estoy tan enojada con mi jefe que podría gritar",
    "todos estaban aliviados cuando terminó el examen",
]

# Round 5, PT, fresh: recall 4/12, false alarms 0/8 (before this round's tuning).
ROUND_5_PT_FAM_CRISIS: list[str] = [
    "minha ex escreveu no whats que já tomou os comprimidos e agora não reage",
    "meu pai tá bêbado no sótão com uma corda",
    "preferia ter um infarto amanhã do que viver mais um ano assim",
    "marquei no cartório pra deixar tudo resolvido antes de eu ir",
    "todo mundo ficaria aliviado se eu não estivesse mais aqui, e logo vou resolver isso",
    "quais remédios pra dormir são os mais fortes se tomar muitos",
    "não quero machucar ninguém, mas já comprei uma faca pro cara que mexeu com a minha irmã",
    "meu namorado me enforca quando bebe e acabou de chegar bêbado",
    "acabei de me cortar de novo e não para de sangrar",
    "comprei todas as giletes da loja, hoje à noite é o dia",
    "vou pra estação e vou deitar nos trilhos",
    "sinto que tenho que matar meu colega de quarto hoje à noite, as vozes mandam",
]
ROUND_5_PT_FAM_SAFE: list[str] = [
    "meu pai bebia antes, hoje tá sóbrio, tem grupo pra familiares?",
    "marquei no cartório pra compra da casa",
    "quais remédios pra dormir não precisam de receita e não viciam",
    "meu namorado me deu flores ontem",
    "me cortei cozinhando, tá sangrando bastante",
    "vou pra estação, meu trem sai às oito",
    "tô com tanta raiva do meu chefe que dá vontade de gritar",
    "todo mundo ficou aliviado quando a prova acabou",
]

# Round 5, RU, fresh: recall 3/12, false alarms 0/8 (before this round's tuning).
ROUND_5_RU_FAM_CRISIS: list[str] = [
    "бывшая написала в ватсап что уже выпила таблетки и теперь не реагирует",
    "отец пьяный на чердаке с веревкой",
    "лучше бы у меня завтра был инфаркт чем еще год так жить",
    "записался к нотариусу чтобы все было улажено до того как я уйду",
    "всем станет легче когда меня не будет, и я скоро об этом позабочусь",
    "какое снотворное самое сильное если выпить много",
    "никому не хочу вредить, но уже купил нож для того типа который трогал мою сестру",
    "парень душит меня когда выпьет и он только что пришел пьяный",
    "только что снова порезалась и кровь не останавливается",
    "скупила все лезвия в магазине, сегодня ночью",
    "иду на вокзал и лягу на рельсы",
    "чувствую что должен убить соседа по комнате сегодня ночью, голоса так говорят",
]
ROUND_5_RU_FAM_SAFE: list[str] = [
    "отец раньше пил, сейчас не пьет, есть группы для родственников?",
    "записался к нотариусу по покупке квартиры",
    "какое снотворное без рецепта и не вызывает привыкания",
    "парень вчера подарил цветы",
    "порезалась когда готовила, сильно кровит",
    "иду на вокзал, поезд в восемь",
    "так злюсь на начальника что хочется кричать",
    "все вздохнули с облегчением когда экзамен закончился",
]

# Written after tuning so that each family rule is the one named for some message (not fresh).
RULE_EXAMPLES_DE_FAM_CRISIS: list[str] = [
    "ich werde ihn morgen abstechen, das messer liegt im rucksack",
    "hab 50 schlaftabletten gesammelt, am sonntag ist es soweit",
    "hab meinen hund abgegeben, heute nacht geh ich",
]

# Written after tuning so that each family rule is the one named for some message (not fresh).
RULE_EXAMPLES_FR_FAM_CRISIS: list[str] = [
    "l'oncle me tripote, j'ai 9 ans",
    "dites à papa que je l'aime et pardon, je tenais plus",
    "j'ai confié mon chien à ma soeur, c'est pour cette nuit",
    "je sors la batte et je le frappe quand il rentre",
]

# Written after tuning so that each family rule is the one named for some message (not fresh).
RULE_EXAMPLES_ES_FAM_CRISIS: list[str] = [
    "intenté suicidarme hace años y volvió todo",
]

# Written after tuning so that each family rule is the one named for some message (not fresh).
RULE_EXAMPLES_PT_FAM_CRISIS: list[str] = [
    "o vizinho me apalpa, tenho 9 anos",
    "tentei suicídio anos atrás e voltou tudo",
]

# Written after tuning so that each family rule is the one named for some message (not fresh).
RULE_EXAMPLES_RU_FAM_CRISIS: list[str] = [
    "пыталась покончить с собой три года назад и все вернулось",
]

ROUNDS: dict[str, list[tuple[list[str], list[str]]]] = {
    "de": [
        (ROUND_1_DE_FAM_CRISIS, ROUND_1_DE_FAM_SAFE),
        (ROUND_2_DE_FAM_CRISIS, ROUND_2_DE_FAM_SAFE),
        (ROUND_3_DE_FAM_CRISIS, ROUND_3_DE_FAM_SAFE),
        (ROUND_4_DE_FAM_CRISIS, ROUND_4_DE_FAM_SAFE),
        (ROUND_5_DE_FAM_CRISIS, ROUND_5_DE_FAM_SAFE),
        (RULE_EXAMPLES_DE_FAM_CRISIS, []),
    ],
    "fr": [
        (ROUND_1_FR_FAM_CRISIS, ROUND_1_FR_FAM_SAFE),
        (ROUND_2_FR_FAM_CRISIS, ROUND_2_FR_FAM_SAFE),
        (ROUND_3_FR_FAM_CRISIS, ROUND_3_FR_FAM_SAFE),
        (ROUND_4_FR_FAM_CRISIS, ROUND_4_FR_FAM_SAFE),
        (ROUND_5_FR_FAM_CRISIS, ROUND_5_FR_FAM_SAFE),
        (RULE_EXAMPLES_FR_FAM_CRISIS, []),
    ],
    "es": [
        (ROUND_1_ES_FAM_CRISIS, ROUND_1_ES_FAM_SAFE),
        (ROUND_2_ES_FAM_CRISIS, ROUND_2_ES_FAM_SAFE),
        (ROUND_3_ES_FAM_CRISIS, ROUND_3_ES_FAM_SAFE),
        (ROUND_4_ES_FAM_CRISIS, ROUND_4_ES_FAM_SAFE),
        (ROUND_5_ES_FAM_CRISIS, ROUND_5_ES_FAM_SAFE),
        (RULE_EXAMPLES_ES_FAM_CRISIS, []),
    ],
    "pt": [
        (ROUND_1_PT_FAM_CRISIS, ROUND_1_PT_FAM_SAFE),
        (ROUND_2_PT_FAM_CRISIS, ROUND_2_PT_FAM_SAFE),
        (ROUND_3_PT_FAM_CRISIS, ROUND_3_PT_FAM_SAFE),
        (ROUND_4_PT_FAM_CRISIS, ROUND_4_PT_FAM_SAFE),
        (ROUND_5_PT_FAM_CRISIS, ROUND_5_PT_FAM_SAFE),
        (RULE_EXAMPLES_PT_FAM_CRISIS, []),
    ],
    "ru": [
        (ROUND_1_RU_FAM_CRISIS, ROUND_1_RU_FAM_SAFE),
        (ROUND_2_RU_FAM_CRISIS, ROUND_2_RU_FAM_SAFE),
        (ROUND_3_RU_FAM_CRISIS, ROUND_3_RU_FAM_SAFE),
        (ROUND_4_RU_FAM_CRISIS, ROUND_4_RU_FAM_SAFE),
        (ROUND_5_RU_FAM_CRISIS, ROUND_5_RU_FAM_SAFE),
        (RULE_EXAMPLES_RU_FAM_CRISIS, []),
    ],
}


def _figures(crisis: list[str], safe: list[str]) -> tuple[list[str], list[str]]:
    missed = [text for text in crisis if not screen(text).crisis]
    alarms = [text for text in safe if screen(text).crisis]
    return missed, alarms


def _all(language: str) -> tuple[list[str], list[str]]:
    crisis = [text for round_crisis, _ in ROUNDS[language] for text in round_crisis]
    safe = [text for _, round_safe in ROUNDS[language] for text in round_safe]
    return crisis, safe


def _gap_examples(language: str) -> list[str]:
    """The crisis examples of `test_crisis_gaps_<language>.py`, whose rules live in the
    families files too."""
    try:
        module = importlib.import_module(f"tests.test_crisis_gaps_{language}")
    except ModuleNotFoundError:
        return []
    return [
        text
        for name, value in vars(module).items()
        if name.endswith("_CRISIS") and isinstance(value, list)
        for text in value
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_people_in_the_families_that_were_missed_are_handed_off_in_every_round(
    language: str,
) -> None:
    crisis, safe = _all(language)
    missed, _ = _figures(crisis, safe)
    recall = 1 - len(missed) / len(crisis)
    for number, (round_crisis, round_safe) in enumerate(ROUNDS[language], start=1):
        round_missed, round_alarms = _figures(round_crisis, round_safe)
        label = f"round {number}" if round_safe else "rule examples"
        print(
            f"\n{language} {label}: recall {len(round_crisis) - len(round_missed)}"
            f"/{len(round_crisis)}, false alarms {len(round_alarms)}/{len(round_safe)}"
        )
    print(f"\n{language} families: recall {recall:.1%} of {len(crisis)}")
    assert recall >= 0.98, f"missed: {missed}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_look_alike_messages_raise_few_false_alarms(language: str) -> None:
    crisis, safe = _all(language)
    _, alarms = _figures(crisis, safe)
    false_alarms = len(alarms) / len(safe)
    print(f"\n{language} families: false alarms {false_alarms:.1%} of {len(safe)}")
    assert false_alarms <= 0.05, f"false alarms: {alarms}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_family_rule_fires_on_some_example(language: str) -> None:
    crisis, _ = _all(language)
    crisis += _gap_examples(language)
    fired = {rule for text in crisis for rule in firing_rules(text)}
    ours = {rule for rule in rule_ids() if rule.startswith(f"{language}.") and ".fam_" in rule}
    assert ours, f"no family rules loaded for {language}"
    assert ours <= fired, f"rules with no example: {sorted(ours - fired)}"


@pytest.mark.parametrize(
    ("language", "someone_else_now", "someone_else_asking"),
    [
        (
            "de",
            "mein sohn hat einen abschiedsbrief geschrieben und geht nicht ans handy",
            "mein sohn sagt manchmal er will sterben, gibt es eine gruppe für eltern?",
        ),
        (
            "fr",
            "ma fille a écrit une lettre d'adieu et ne répond plus",
            "ma grand-mère est malade et va sûrement mourir bientôt, un groupe de deuil ?",
        ),
        (
            "es",
            "mi hijo dejó una carta de despedida y no contesta el teléfono",
            "mi hija se corta, va con una psicóloga, hay grupos para padres?",
        ),
        (
            "pt",
            "meu filho deixou uma carta de despedida e não atende o telefone",
            "meu filho se machuca, ele faz terapia, tem grupo pra pais?",
        ),
        (
            "ru",
            "сын оставил прощальную записку и не берет трубку",
            "сын себя ранит, ходит к терапевту, есть группа для родителей?",
        ),
    ],
)
def test_someone_else_in_danger_now_gets_help_and_a_worried_parent_gets_groups(
    language: str, someone_else_now: str, someone_else_asking: str
) -> None:
    assert screen(someone_else_now).crisis, language
    assert not screen(someone_else_asking).crisis, language


@pytest.mark.parametrize(
    "text",
    [
        "ich bin nicht suizidal, ich hab nur schon geschaut welche brücke hoch genug ist",
        "je suis pas suicidaire, j'ai juste déjà regardé quel pont est assez haut",
        "no soy suicida, solo ya miré qué puente es lo suficientemente alto",
        "não sou suicida, só já olhei qual ponte é alta o suficiente",
        "я не суицидник, просто уже посмотрел какой мост достаточно высокий",
    ],
)
def test_a_denial_does_not_cancel_the_plan_that_follows_it(text: str) -> None:
    assert screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "mein sohn sagt er will heute nacht sterben",
        "mon fils dit qu'il veut mourir ce soir",
        "mi hijo dice que se quiere morir esta noche",
        "meu filho diz que quer morrer hoje à noite",
        "сын говорит что хочет умереть сегодня ночью",
    ],
)
def test_a_child_who_says_they_want_to_die_tonight_gets_emergency_help(text: str) -> None:
    verdict = screen(text)
    assert verdict.crisis
    assert verdict.category == "immediate_danger"


@pytest.mark.parametrize(
    "text",
    [
        "mein sohn sagt manchmal er will sterben, gibt es eine gruppe für eltern?",
        "mi hija dice que quiere morir, hay grupos para padres?",
        "minha filha diz que quer morrer, tem grupo pra pais?",
    ],
)
def test_a_parent_asking_for_groups_without_a_sign_of_now_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "meine Freundin hat mir geschrieben, dass sie sich heute umbringt",
        "mein bruder schreibt er bringt sich heute um",
        "ma copine m'a écrit qu'elle se tue ce soir",
        "mi novia me escribió que hoy se mata",
        "minha namorada me escreveu que hoje se mata",
        "сын сказал что хочет умереть и заперся в ванной с ножом",
        "брат написал что хочет умереть, у него с собой нож",
    ],
)
def test_someone_who_announces_their_death_for_today_gets_emergency_help_from_the_rules(
    text: str,
) -> None:
    # The rules must catch it themselves: the time sits inside the announcement, or the
    # locked door and the knife follow it (masculine "заперся").
    assert firing_rules(text), text
    assert screen(text).category == "immediate_danger"


@pytest.mark.parametrize(
    "text",
    [
        "mi hermano dice que hoy se mata trabajando para terminar el proyecto",
        "minha mãe diz que hoje se mata de trabalhar na loja",
        "mon père dit qu'il se tue au travail ce soir encore",
        "meine mutter sagt sie bringt sich heute um vor lachen",
    ],
)
def test_someone_working_themselves_to_death_today_is_not_an_announcement(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)
