"""Round 11, French: guards and gaps by class. A past set by an age, a school year or a period
("en terminale", "vers 15 ans", "il fut un temps", "à l'époque") and former self-harmers; grief
and someone else's wish to die; journalists, researchers, authors and youth workers writing
about suicide; hyperbole ("c'est du suicide", "mon téléphone s'est suicidé", "envie de mourir,
j'ai envoyé le vocal à mon ex par erreur"); denials ("coché par erreur", "la mort, mais pas la
mienne", "c'était une façon de parler"): all must get groups. And the crisis still missed:
whether a jump kills at once, crossing without looking on purpose, the platform's edge again,
everything swallowed and sleepy, a compass in class, relapse counted in a day, a birthday not to
be seen, the last use of a phone, "c'est la dernière fois, ok ? prenez soin de vous", following
someone who died; and the crisis twins of each new guard."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_PAST_REPORT_THAT_IS_BACK = [
    "à 16 ans j'ai fait une overdose et je vais recommencer ce soir",
    "quand j'avais 19 ans j'ai passé des mois à vouloir mourir, et là ça revient, je veux mourir",
    "à la fac j'avais un plan pour me suicider, et ce soir je le fais",
    "après ma tentative en 2017 j'ai été en clinique, et là j'ai de nouveau envie d'en finir",
    "ancienne scarifiée, j'ai rechuté hier, je me suis coupée",
    "à 20 ans j'ai essayé de me tuer. je veux mourir ce soir",
    "au lycée je voulais me tuer et ça revient, je veux mourir",
    "à 19 ans j'avais un plan pour me pendre, et là j'en ai un nouveau pour ce soir",
    "ex-automutilatrice, j'ai rechuté hier soir, je me suis coupée",
    "vers 15 ans je me scarifiais, et depuis hier je me coupe à nouveau",
]

CRISIS_SOMEONE_ELSE_AND_THE_WRITER_TOO = [
    "ma femme s'est suicidée en 2020 et je veux la rejoindre ce soir",
    "mon frère s'est pendu, je veux faire pareil",
    "mon père veut mourir et moi aussi je veux mourir",
]

CRISIS_PROFESSIONAL_IN_DANGER = [
    "je suis infirmière et je veux mourir",
    "je suis journaliste et ce soir je vais me suicider",
    "je suis éducatrice et je me scarifie tous les soirs",
    "je suis journaliste et je me scarifie tous les soirs",
    "je suis chercheuse et j'ai envie de mourir",
    "je suis infirmière, je sais quoi prendre et combien, ce soir c'est fini",
]

CRISIS_BESIDE_THE_HYPERBOLE = [
    "je veux mourir, j'en peux plus de vivre",
    "je vais me pendre ce soir",
    "j'ai envie de mourir, personne ne m'aime",
    "j'ai envie de mourir, j'ai envoyé un message d'adieu à mon ex",
    "je veux mourir, j'ai tout raté, personne ne m'aime",
    "c'est du suicide ce que je vais faire ce soir, j'ai les cachets",
]

CRISIS_NOT_A_DENIAL = [
    "je pense souvent à la mort, à la mienne, je veux mourir",
    "c'est pas le chat, je me coupe tous les soirs",
    "je veux disparaître pour toujours",
    "j'ai coché 'idées suicidaires' sur le questionnaire, et c'est vrai, je veux mourir",
    "je pense beaucoup à la mort, à la mienne surtout, j'ai envie d'en finir",
    "c'était pas une façon de parler, je veux mourir",
]

CRISIS_TWINS_OF_THE_NEW_GUARDS = [
    "en terminale j'ai voulu me suicider et ce soir je recommence",
    "quand j'étais en seconde je voulais mourir, et là ça revient",
    "je suis en terminale et je me scarifie tous les soirs",
    "je suis en seconde, j'ai envie de mourir",
    "il fut un temps où je voulais mourir, et depuis hier je veux mourir à nouveau",
    "à l'époque je me scarifiais et j'ai recommencé cette semaine",
    "j'ai envoyé un message à mon ex, elle m'a bloqué, je veux mourir",
    "je veux mourir au lieu de souffrir comme ça",
    "je pense à la mort, à la mienne, tous les jours",
    "c'est la dernière fois que j'utilise ce téléphone, adieu",
    "mon frère s'est suicidé et je veux faire pareil ce soir",
    "rechute. 4 fois cette nuit. je me déteste",
]

CRISIS_MISSED_BEFORE = [
    "si je saute du pont de Normandie je meurs tout de suite ou ça fait mal ?",
    "en sautant du viaduc de Millau on meurt sur le coup ?",
    "sauter du pont d'Aquitaine ça tue direct ou on souffre ?",
    "parfois je regarde pas en traversant la route exprès, peut-être que j'aurai de la chance",
    "des fois je traverse sans regarder exprès, avec un peu de chance une voiture m'aura",
    "j'ai failli me jeter sous le train en rentrant, 3e fois cette semaine que je m'approche du bord",
    "j'ai failli sauter sur les rails ce soir, je m'approche de plus en plus du bord du quai",
    "j'ai tout bu, presque toute la pharmacie de ma mère, je veux juste dormir, c'est normal ?",
    "j'ai pris tout ce qu'il y avait dans l'armoire à pharmacie de ma mère, j'ai sommeil c'est normal ?",
    "je me suis griffé le bras avec la pointe du compas en classe, maintenant à la maison j'ai envie de faire plus",
    "je me suis entaillé le bras avec mon compas pendant le cours, j'ai envie de recommencer",
    "rechute. 3 fois aujourd'hui. je me déteste",
    "j'ai rechuté. trois fois aujourd'hui. je me hais",
    "c'est mon anniversaire la semaine prochaine, je compte pas le voir",
    "je serai pas là pour mon anniversaire, je l'ai décidé",
    "dernière fois que j'utilise ce téléphone",
    "c'est la dernière fois que j'utilise ce portable",
    "c'est la dernière fois, ok ? prenez soin de vous",
    "c'est la dernière fois d'accord ? prends soin de toi",
    "je fête pas mes 18 ans, je serai plus là",
    "sauter du 8e étage ça tue direct ?",
    "si on saute du pont de Normandie on meurt sur le coup ou on souffre ?",
    "je traverse sans regarder exprès, peut-être qu'une voiture me renversera",
    "c'est la 3e fois cette semaine que je m'approche du bord du quai",
    "j'ai tout avalé, toute l'armoire à pharmacie, je vois flou c'est normal ?",
    "je me suis gratté le poignet avec le compas jusqu'au sang en cours, j'ai envie de continuer",
    "je me suis entaillé avec la lame du taille-crayon en classe, je veux recommencer ce soir",
    "rechute. deux fois ce soir. je me dégoûte",
    "j'ai rechuté 3 fois aujourd'hui, je me hais",
    "mon anniversaire c'est dans 10 jours, je le verrai pas",
    "je verrai pas mes 30 ans",
    "ce sera la dernière fois que je me connecte ici",
    "c'est la dernière fois, ok? je vous aime",
    "je me suis rayé la cuisse avec le compas en perm",
]

SAFE_PAST_AND_RECOVERED = [
    "à 16 ans j'ai fait une overdose. aujourd'hui j'en ai 34 et je vais bien",
    "a 16 ans j'ai fait une TS. Aujourd'hui j'ai 34 ans et ça va",
    "quand j'avais 19 ans j'ai passé des mois à vouloir mourir",
    "à la fac j'avais même un plan pour me suicider. c'est fini maintenant",
    "pendant mes études j'avais un plan pour me tuer, c'est du passé",
    "il fut un temps où je voulais mourir tous les jours. la thérapie m'a sauvée",
    "il y a eu une période où je voulais mourir chaque jour, la thérapie m'a sauvé",
    "après ma tentative en 2017 j'ai été longtemps en clinique, maintenant je cherche un groupe pour rester stable, rien d'aigu",
    "après ma TS en 2019 j'ai passé 3 mois en HP. aujourd'hui je cherche juste un groupe pour rester stable",
    "ancienne scarifiée, 6 ans sans me couper, j'aimerais témoigner dans un groupe d'ados",
    "ex-scarifiée, ça fait 6 ans que je me suis pas coupée, je voudrais témoigner auprès de jeunes",
    "à 15 ans je me scarifiais tous les soirs. C'est derrière moi.",
    "à 20 ans j'ai essayé de me tuer. Aujourd'hui je vais bien.",
    "en terminale j'ai voulu me suicider. La thérapie m'a sauvé.",
    "à 17 ans j'ai avalé une boîte de cachets. Rien d'aigu aujourd'hui, je cherche un groupe de parole",
    "quand j'étais en seconde je voulais mourir. maintenant ça va",
    "j'ai fait une tentative de suicide à 22 ans, j'en ai 40 aujourd'hui et je vais bien",
    "vers 14 ans je me coupais les bras, aujourd'hui je suis maman et je vais bien",
    "en 2015 j'ai fait une TS, depuis je suis suivie et je vais bien",
    "à l'époque je voulais me foutre en l'air. plus maintenant.",
    "vers 15 ans je me suis beaucoup scarifiée, aujourd'hui j'ai 30 ans et j'aimerais aider",
    "à l'âge de 17 ans j'ai fait une TS, c'est derrière moi maintenant",
    "au lycée je voulais me tuer, mais c'est du passé",
    "il y a eu une période où je pensais au suicide tous les jours, ça va mieux",
    "pendant ma prépa j'ai voulu mourir, depuis je vais beaucoup mieux",
    "à 19 ans j'avais un plan pour me pendre, la thérapie m'a sauvée",
    "à l'époque où je me scarifiais, je portais des manches longues, maintenant je suis fière de mes cicatrices",
    "en 3e je me coupais, aujourd'hui je suis infirmière",
    "ex-automutilatrice, clean depuis 6 ans, je cherche un groupe pour témoigner",
    "ancien suicidaire, je voudrais partager mon parcours dans un groupe",
]

SAFE_SOMEONE_ELSE_OR_GRIEF = [
    "ma femme s'est suicidée en 2020, y a-t-il un groupe pour les veufs ?",
    "mon mari s'est donné la mort l'an dernier, je cherche un groupe de deuil",
    "mon père en soins palliatifs n'arrête pas de demander à mourir, des groupes pour les familles ?",
    "ma mère en fin de vie me supplie de la laisser mourir, il y a des groupes pour les aidants ?",
    "mon frère s'est pendu il y a deux mois, je cherche un groupe pour les endeuillés",
    "mon meilleur ami s'est tué en voiture, je n'arrive pas à faire le deuil",
    "mon fils a fait une tentative de suicide, je cherche un groupe pour parents",
    "mon ado se scarifie, existe-t-il des groupes pour les parents ?",
    "ma soeur s'est jetée du pont l'an passé, je cherche un groupe de soutien",
    "mon oncle s'est suicidé, comment en parler à mes enfants ? un groupe peut aider ?",
    "mon grand-père dit tout le temps qu'il veut mourir, il a 94 ans, un groupe pour les aidants ?",
    "ma coloc parle de suicide, comment l'aider ? y a des groupes pour les proches ?",
    "Elle s'est suicidée il y a 3 semaines. Je cherche un groupe.",
    "il s'est foutu en l'air l'an dernier, mon meilleur pote. groupe pour endeuillés ?",
    "mon cousin s'est jeté sous un train en mars, je n'arrive pas à m'en remettre",
    "ma mère s'est défenestrée quand j'avais 12 ans, je cherche un groupe d'enfants endeuillés",
    "mon ami s'est donné la mort, comment vivre avec ça ?",
    "il s'est tiré une balle le mois dernier, c'était mon mari. groupe de veuves ?",
    "mon père s'est pendu dans le garage, je cherche des gens qui ont vécu ça",
    "ma fille a fait une overdose volontaire, elle est en réa, groupe pour parents ?",
    "ma grand-mère répète qu'elle veut mourir depuis son AVC, groupes pour aidants ?",
    "mon collègue s'est suicidé au bureau, on cherche un groupe de parole pour l'équipe",
    "suite au suicide de mon frère je cherche un groupe de soutien",
    "ma copine se scarifie et je sais pas comment l'aider",
    "mon papa a mis fin à ses jours en 2021, j'ai 15 ans, y a des groupes pour les jeunes ?",
]

SAFE_PROFESSIONALS_STUDENTS_MEDIA = [
    "nous publions un article sur la hausse des suicides en zone rurale, pouvez-vous nous donner un numéro d'écoute ?",
    "je suis journaliste et je prépare un reportage sur le suicide des agriculteurs",
    "journaliste à Ouest-France, je fais un papier sur l'automutilation chez les ados, quels groupes recommander ?",
    "je suis éducatrice spécialisée, des jeunes de mon foyer se scarifient, vous avez des ressources ?",
    "je suis assistante sociale et je cherche des groupes pour des personnes suicidaires",
    "animateur jeunesse, comment repérer un ado qui pense au suicide ?",
    "je suis chercheuse en santé publique, je travaille sur le suicide des étudiants",
    "prof de collège, une élève m'a parlé de scarification, vers quel groupe l'orienter ?",
    "j'écris un roman dont le héros se suicide, je cherche des témoignages",
    "étudiante en psycho, je fais mon mémoire sur les tentatives de suicide chez les jeunes",
    "je suis pair-aidant et j'anime un groupe sur la prévention du suicide",
    "je suis conseiller principal d'éducation et un élève a parlé de se pendre, que faire ?",
    "en tant que reporter je couvre les suicides à France Télécom",
    "je suis doctorante et ma thèse porte sur l'automutilation chez les adolescents",
    "Bonjour, journaliste à France 3, nous préparons un sujet sur la prévention du suicide, un contact ?",
    "je suis autrice, mon personnage fait une tentative de suicide, je veux être juste",
    "éducateur en foyer, deux jeunes se sont scarifiés cette semaine, des groupes pour eux ?",
    "on publie une enquête sur les suicides d'agriculteurs, pouvez-vous nous donner un numéro d'aide ?",
    "CPE dans un lycée, on veut monter un atelier sur les idées suicidaires",
    "je fais un podcast sur le deuil après un suicide, je cherche des intervenants",
    "je suis infirmière scolaire, comment parler de scarification aux élèves ?",
    "travailleuse sociale, j'accompagne des personnes suicidaires, je cherche un groupe de supervision",
    "je bosse sur un documentaire sur le suicide chez les policiers",
]

SAFE_HYPERBOLE_AND_JOKES = [
    "aller au boulot à vélo sur le verglas c'est du suicide",
    "ikea un samedi c'est du suicide",
    "si j'entends encore cette chanson je me pends 😂 bref...",
    "j'ai envie de mourir, j'ai envoyé un vocal à mon ex par erreur 😭",
    "je veux mourir j'ai envoyé le mail à toute la boîte 😭",
    "passé la matinée pendue au téléphone avec la CAF",
    "j'ai passé deux heures pendu au téléphone avec la sécu",
    "je tue le temps au boulot, c'est quand la réunion ?",
    "tellement de groupes, je pourrais en mourir",
    "je suis morte de honte, j'ai appelé ma prof maman",
    "ce contrôle de maths c'était un suicide",
    "partir en rando sans eau par 40 degrés c'est suicidaire",
    "j'ai cru mourir de rire",
    "mon téléphone s'est suicidé dans les toilettes",
    "cette série me tue, trop drôle",
    "j'ai le cafard mais je vais pas me jeter par la fenêtre hein 😅",
    "je me flinguerais bien une raclette ce soir",
    "à mort le lundi",
    "je vais me pendre au cou de mon copain quand il rentre",
    "je me suis fait couper les cheveux, trop court, j'ai envie de mourir 😭",
    "j'ai tué mes plantes encore une fois",
    "à en crever de rire",
    "faire les soldes le premier jour c'est suicidaire",
    "prendre le périph à 18h c'est du suicide",
    "courir un marathon sans entraînement c'est du suicide",
    "ce contrôle c'était du suicide, j'ai rien révisé",
    "mon poisson rouge s'est suicidé, il a sauté du bocal",
    "mon ordi s'est suicidé en plein exposé",
    "je me tire une balle si je dois refaire ce tableau excel lol",
    "j'ai envie de mourir, j'ai appelé ma prof maman devant toute la classe",
    "je veux mourir de honte, j'ai liké une photo de mon ex de 2015",
    "j'ai envie de disparaître, j'ai répondu à tous sur le mail du directeur",
    "ma frange est ratée, j'ai envie de mourir",
    "je vais mourir, j'ai envoyé un texto à ma patronne au lieu de ma copine",
    "tant de choix de groupes, j'en pourrais mourir",
    "je suis mort, j'ai couru 15 km",
    "je suis crevée, cette semaine m'a tuée",
    "je me suis fait descendre en réunion",
    "j'ai failli mourir de rire devant ce sketch",
    "mes pieds me tuent après cette rando",
    "j'ai tué le game à l'oral",
    "je suis pendue au téléphone avec pôle emploi depuis ce matin",
    "on s'est tués à la tâche pour finir ce dossier",
    "je vais me faire tuer par ma mère, j'ai cassé son vase",
    "ce prof me donne envie de me pendre, 4h de cours sur les intégrales",
    "tellement bon ce gâteau je pourrais en mourir",
]

SAFE_CLARIFICATIONS_AND_DENIALS = [
    "j'ai coché 'fatigué de vivre' par erreur sur le formulaire, je voulais dire épuisé",
    "non je me coupe pas, c'est le chat qui m'a griffé",
    "je pense souvent à la mort mais pas à la mienne : j'ai peur de perdre mes parents",
    "j'ai dit à mon médecin que je voulais 'disparaître' mais c'était juste l'épuisement de m'occuper de ma mère. Je ne veux pas mourir.",
    "j'ai coché la case idées suicidaires par erreur, je voulais cocher idées noires passagères",
    "je pense beaucoup à la mort, celle de mes parents, ça m'angoisse",
    "quand je dis que je veux disparaître c'est juste partir en vacances loin de tout",
    "je suis pas suicidaire, juste crevée par le boulot",
    "j'ai écrit 'je veux mourir' dans mon journal mais c'était une façon de parler, je vais bien",
    "j'ai coché 'idées de mort' par erreur dans le questionnaire, je voulais dire fatigue",
    "j'ai cliqué sur 'pensées suicidaires' sans faire exprès sur l'appli, je vais bien",
    "les griffures sur mon bras c'est le chat de ma sœur, je ne me scarifie pas",
    "non je ne me coupe pas, les marques c'est les ronces du jardin",
    "je pense beaucoup à la mort en ce moment, mais celle de mon père malade",
    "la mort m'angoisse, surtout celle de mes enfants, je cherche un groupe pour l'anxiété",
    "j'ai dit 'je vais me tuer' à ma pote mais c'était une expression, je voulais dire que j'étais crevée",
    "j'ai dit que j'avais envie d'en finir mais je parlais de mon boulot",
    "quand j'ai écrit 'je veux mourir' c'était une façon de parler",
]

SAFE_ORDINARY_USE_OF_THE_NEW_RULES_WORDS = [
    "c'est la dernière fois que j'utilise cette appli, trop de bugs",
    "dernière fois que j'utilise ce téléphone, j'en ai commandé un neuf",
    "mon anniversaire c'est dans 10 jours, je le fêterai pas cette année, pas le moral",
    "j'ai tout bu mon café, j'ai quand même sommeil c'est normal ?",
    "rechute. 3 clopes aujourd'hui. je m'en veux",
    "j'ai sauté du plongeoir de 10 mètres, ça fait mal au ventre",
    "un homme a sauté du pont hier, il est mort sur le coup, j'étais témoin",
    "je me suis piqué avec la pointe du compas en classe, ça saigne un peu",
    "je traverse toujours sans regarder, ma mère me gronde",
    "je traverse sans regarder quand je suis pressée, mauvaise habitude",
    "c'est la dernière fois que j'utilise ce forum, trop de pubs",
    "rechute avec l'alcool, 3 fois aujourd'hui, je cherche un groupe AA",
    "j'ai réfléchi à mon anniversaire, je le fêterai pas cette année",
    "ils vont finir par me tuer avec leurs réunions",
    "on fait un article sur le suicide des jeunes agriculteurs, des contacts d'associations ?",
]


@pytest.mark.parametrize("text", CRISIS_PAST_REPORT_THAT_IS_BACK)
def test_past_report_that_is_back_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_AND_THE_WRITER_TOO)
def test_someone_else_and_the_writer_too_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_PROFESSIONAL_IN_DANGER)
def test_professional_in_danger_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_BESIDE_THE_HYPERBOLE)
def test_beside_the_hyperbole_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_NOT_A_DENIAL)
def test_not_a_denial_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_TWINS_OF_THE_NEW_GUARDS)
def test_twins_of_the_new_guards_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_MISSED_BEFORE)
def test_missed_before_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_PAST_AND_RECOVERED)
def test_past_and_recovered_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_SOMEONE_ELSE_OR_GRIEF)
def test_someone_else_or_grief_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_PROFESSIONALS_STUDENTS_MEDIA)
def test_professionals_students_media_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_HYPERBOLE_AND_JOKES)
def test_hyperbole_and_jokes_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_CLARIFICATIONS_AND_DENIALS)
def test_clarifications_and_denials_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_ORDINARY_USE_OF_THE_NEW_RULES_WORDS)
def test_ordinary_use_of_the_new_rules_words_gets_groups(text: str) -> None:
    assert_gets_groups(text)
