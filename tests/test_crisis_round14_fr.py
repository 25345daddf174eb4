"""Round 14, French: crisis messages missed, by class, and their safe twins. Means whose
ordinary use is denied or missing ("des lames de cutter, pas pour bricoler", "un bout de tuyau
d'aspirateur, ça rentre pile dans le pot d'échappement", "la bouteille d'hélium au pied du lit,
personne fête rien"); harm right now said in passing ("le compas est planté dans ma cuisse là");
a date or a wait, then the end ("j'attends que la prime tombe ... après, terminé", "si le train
déraille demain, je dirai merci"); preparations and farewells ("une chemise marquée « après »",
"qu'on trouve un appart propre au moins", "veille sur mamie pour moi"); the calm after deciding
("Calme plat dans ma tête. Tout est prévu."). The twins: the same words with an ordinary reason
(a cutter for a model, helium for balloons, the songs for a grandmother's funeral, calm before
an exam)."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_MEANS_WITH_THEIR_ORDINARY_USE_DENIED = [
    "Il y a une poutre apparente dans le salon de la maison qu'on a achetée. Je la regarde différemment depuis un mois.",
    "la bouteille d'hélium est au pied du lit depuis hier. personne fête rien ici",
    "la rallonge électrique est restée accrochée au crochet du plafond depuis dimanche. je l'ai pas enlevée",
    "c'est quoi la façon qui fait le moins mal. et c'est pas pour un roman",
    "ça fait 2 mois que je fais semblant de prendre mon traitement. tout est dans une boîte à chaussures",
    "Le vieux diesel et un bout de tuyau d'aspirateur, ça rentre pile dans le pot d'échappement. J'y pense en boucle.",
    "je suis passée au tabac acheter des lames de cutter, pas pour bricoler",
    "j'ai acheté des lames de rasoir ce matin, et c'est pas pour me raser... enfin pas pour bricoler",
    "g pris une corde au brico, pas pour le jardin",
    "du charbon de bois et du scotch dans le coffre, c pas pour un barbecue",
    "j'ai dit à la vendeuse que le tuyau c'était pour le jardin, j'ai pas de jardin",
    "quelle est la façon la plus douce de mourir, et c'est pas pour un roman",
    "combien de cachets faut il pour ne pas se reveiller. c'est pas pour une fic",
    "le tube d'aspirateur s'emboite pile dans le pot d'echappement de la clio",
    "j'ai la bouteille d'helium sous mon lit",
    "l'helium est dans ma chambre depuis lundi. personne fete rien ici",
    "la ceinture est toujours accrochée à la poutre du plafond depuis hier, je l'ai pas enlevée",
    "il y a un gros crochet au plafond du garage. je le regarde autrement depuis quelques semaines",
    "je fais semblant de prendre mes antidépresseurs depuis un mois, je les garde tous",
]

CRISIS_HARM_RIGHT_NOW_SAID_IN_PASSING = [
    "le compas est planté dans ma cuisse là, j'arrive pas à arrêter",
    "le cutter est enfoncé dans mon bras là",
    "je me suis planté le compas dans la cuisse et j'arrive pas à arrêter",
]

CRISIS_A_DATE_OR_A_WAIT_THEN_THE_END = [
    "encore réveillé ce matin. franchement j'aurais préféré pas",
    "j'attends juste que la prime de fin d'année tombe pour la virer à mes gosses. après, terminé",
    "Si le train déraille demain sur le trajet, je dirai merci.",
    "Pas la peine de me réinscrire au club l'an prochain.",
    "quand les gamins partent en colo cet été, j'aurai le champ libre",
    "j'attends que mon salaire tombe pour le verser à ma fille, après c'est fini",
    "j'attends juste la vente de la maison. après, rideau",
    "je sais que dans deux semaines tout sera fini",
    "mon mari part en déplacement tout le mois, j'aurai enfin le champ libre",
    "si l'avion se crashe au retour, tant mieux",
    "si le bus sort de la route demain, ca m'arrangerait",
    "encore vivant ce matin. j'aurais préféré pas",
    "j'aurais préféré ne pas me réveiller",
    "j'attends juste la vente de la maison. après, rideau",
]

CRISIS_PREPARATIONS_AND_FAREWELLS = [
    "Maman, si un jour tu lis ça, je t'aime, c'était pas à cause de toi.",
    "j'ai offert mon vélo de route à mon coéquipier. il a demandé pourquoi, j'ai dit que j'avais plus le temps. c'est un peu vrai",
    "j'ai noté tous mes codes (banque, ameli, impôts) dans un carnet rouge pour mon frère. il en aura besoin bientôt",
    "J'ai mangé mon plat préféré ce midi, tout seul au resto. J'ai laissé un gros pourboire. Dernière fois.",
    "veille sur mamie pour moi stp. elle va avoir besoin de toi",
    "Rendez-vous chez le notaire ce matin pour le testament. 31 ans, pas d'enfants, pas malade. Il a pas posé de questions, tant mieux.",
    "Mon chien est parti chez mes parents « pour quelques semaines ». Il y restera. C'était le dernier truc à régler.",
    "Choisi les chansons pour la cérémonie ce matin, du Brel et du Barbara. Étrangement ça m'a apaisé.",
    "j'ai résilié ma mutuelle et mon forfait à partir de juin. inutile de payer pour rien",
    "Dans le tiroir du bureau il y a une chemise verte marquée « après ». Tout y est : contrats, assurances, codes.",
    "j'ai refilé ma ps5 à mon cousin et mes gants de boxe à un gars du club. ils ont cru que je lâchais le sport. je lâche tout en fait",
    "Contrat obsèques signé, crémation réglée d'avance. Ma fille n'aura pas à sortir un centime quand ce sera le moment. Le moment approche.",
    "g fait un grand ménage, vidé le frigo, descendu les poubelles, changé les draps. qu'on trouve un appart propre au moins",
    "J'ai posé ma démission, mais pas pour un autre poste. Pour nulle part.",
    "Je ne suis pas en danger, juste lucide. Je voulais les coordonnées d'un groupe pour mon mari, pour quand il sera veuf.",
    "j'ai mis une enveloppe dans le tiroir, marquée pour après",
    "mes mots de passe sont dans le carnet pour ma soeur, elle en aura besoin bientot",
    "j'ai tout rangé et nettoyé pour qu'ils me trouvent dans un appart propre",
    "j'ai démissionné hier. pour aller nulle part",
    "inutile de me garder une place l'an prochain",
    "pas la peine de renouveler mon abonnement l'année prochaine",
    "j'ai rédigé mon testament, pas malade, juste prête",
    "je suis passé chez le notaire, il m'a pas posé de questions, tant mieux",
    "ma chatte est chez ma voisine pour quelques jours soit-disant. elle y restera",
    "voilà, c'était la dernière chose à régler",
    "prends soin de papa pour moi",
    "occupe toi des petits, ils vont avoir besoin de toi",
    "je cherche un groupe pour mes enfants, pour quand ils seront orphelins",
    "si tu lis ce message un jour, c'était pas de ta faute",
    "tu auras été la meilleure des soeurs",
    "dis à maman de ne pas culpabiliser",
    "j'ai donné ma guitare à mon pote. il croit que j'arrete la musique. je lache tout en fait",
    "j'ai vendu ma console à un collègue, j'ai dit que j'avais pas le temps. c'est pas tout à fait faux",
    "mon resto préféré, une dernière balade sur le port. dernière fois.",
]

CRISIS_THE_CALM_AFTER_DECIDING = [
    "Calme plat dans ma tête. Tout est prévu.",
    "Tout le monde me dit que j'ai bonne mine ces jours-ci. Forcément, je vois enfin la sortie.",
    "c'est fou, plus d'angoisse du tout. je sais que dans 4 jours c'est terminé",
    "tout le monde me trouve l'air apaisé. tout est prévu",
    "je suis serein. tout est réglé",
    "j'ai préparé la playlist pour mon enterrement, ça m'a fait du bien",
    "contrat obsèques signé. le moment approche",
    "j'ai résilié mon forfait et ma box. inutile de payer pour rien",
]

SAFE_MEANS_FOR_THEIR_ORDINARY_USE = [
    "j'ai acheté des lames de cutter pour bricoler la maquette de mon fils",
    "des lames de cutter neuves pour le scrapbooking, vous conseillez quelle marque ?",
    "j'ai dit au vendeur que le tuyau c'était pour le jardin de ma mère, il m'a fait une remise",
    "un tuyau d'arrosage neuf pour le jardin, enfin",
    "le tuyau d'aspirateur est cassé, je l'ai scotché",
    "j'écris un roman, c'est quoi la façon la plus réaliste de décrire un deuil ?",
    "la bouteille d'hélium est au pied du lit pour les ballons de l'anniv de samedi",
    "on a acheté de l'hélium pour gonfler les ballons du mariage",
    "j'ai mis un crochet au plafond pour accrocher la suspension du salon",
    "la rallonge est accrochée au crochet du plafond pour la guirlande de noël",
    "on a une poutre apparente dans le salon, je la regarde différemment depuis qu'on l'a poncée, elle est magnifique",
    "je fais semblant de prendre des notes en réunion lol",
    "l'aiguille est plantée dans mon bras pour la prise de sang, je regarde pas",
    "l'épine est plantée dans ma main, j'arrive pas à l'enlever",
]

SAFE_DATES_WAITS_AND_WAKING_UP = [
    "dans 4 jours c'est terminé, les partiels, enfin",
    "j'attends que les vacances arrivent, après c'est fini le boulot pour trois semaines",
    "j'attends que ma prime tombe pour la virer à mes gosses, ils partent en vacances",
    "je sais que dans deux semaines tout sera fini, le chantier avance bien",
    "mes parents partent en vacances, j'aurai le champ libre pour la soirée",
    "si le train déraille encore à cause de la grève je porte plainte",
    "encore réveillé ce matin à 5h par les voisins",
    "réveillé à 3h du matin, j'aurais préféré dormir",
]

SAFE_PREPARATIONS_WITH_AN_ORDINARY_REASON = [
    "mon grand-père a fait son testament chez le notaire ce matin",
    "ma fille en aura besoin bientôt, elle passe le permis",
    "j'ai préparé mes codes pour ma femme, elle en aura besoin pendant mon voyage",
    "j'ai résilié Netflix, inutile de payer pour rien, je le regarde jamais",
    "pas la peine de me garder une place l'an prochain, je change de club",
    "pas la peine de me réinscrire au club l'an prochain, je déménage à Nantes",
    "j'ai posé ma démission, je pars pour un autre poste à Lyon",
    "j'ai résilié ma mutuelle, celle de mon nouveau boulot me couvre",
    "j'ai fait un grand ménage pour que les visiteurs trouvent un appart propre, on vend",
    "l'enveloppe marquée après le mariage est dans le tiroir",
    "mon testament est chez le notaire, j'ai 82 ans et je suis malade",
    "le notaire a pas posé de questions, tant mieux, c'est pour la maison qu'on achète",
    "le contrat obsèques de mamie est signé, le moment approche, elle est en soins palliatifs",
    "j'ai choisi les chansons pour la cérémonie de mamie, ça m'a apaisé",
    "on a choisi les chansons pour la cérémonie du mariage, ça m'a apaisée",
    "mon chien est chez mes parents pour quelques semaines, il y restera pendant mon stage",
    "c'était la dernière chose à régler pour le déménagement",
    "prends soin de mamie pour moi pendant mes vacances",
    "occupe-toi des petits ce soir, ils vont avoir besoin de toi, je rentre tard",
    "si un jour tu lis ça, je t'aime depuis la sixième",
    "ce n'est pas ta faute, ne t'inquiète pas",
    "tu as été la meilleure des coéquipières cette saison",
    "j'ai donné mes gants de boxe à un gars du club, je lâche la boxe pour le judo",
    "j'ai offert mon vélo à mon neveu, il en avait besoin pour la rentrée",
    "dernière fois que je mange dans ce resto, c'est trop cher",
    "j'ai mangé mon plat préféré ce midi, tout seul au resto, trop bon",
]

SAFE_CALM_BEFORE_AN_EVENT_OR_AFTER_THERAPY = [
    "calme avant le mariage, tout est prévu",
    "je suis calme pour l'oral demain, tout est prêt",
    "tout le monde me dit que j'ai bonne mine, je vois enfin la sortie du tunnel après ma dépression",
    "la thérapie m'a apaisée, je me sens sereine et je vois enfin le bout",
    "je suis zen, tout est organisé pour la fête de samedi",
]


@pytest.mark.parametrize("text", CRISIS_MEANS_WITH_THEIR_ORDINARY_USE_DENIED)
def test_means_bought_or_kept_not_for_their_use_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_HARM_RIGHT_NOW_SAID_IN_PASSING)
def test_harm_right_now_said_in_passing_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_A_DATE_OR_A_WAIT_THEN_THE_END)
def test_a_date_or_a_wait_then_the_end_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_PREPARATIONS_AND_FAREWELLS)
def test_preparations_and_farewells_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_THE_CALM_AFTER_DECIDING)
def test_the_calm_after_deciding_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_MEANS_FOR_THEIR_ORDINARY_USE)
def test_a_cutter_for_a_model_or_helium_for_balloons_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DATES_WAITS_AND_WAKING_UP)
def test_exams_ending_holidays_and_noisy_neighbours_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_PREPARATIONS_WITH_AN_ORDINARY_REASON)
def test_preparations_with_an_ordinary_reason_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_CALM_BEFORE_AN_EVENT_OR_AFTER_THERAPY)
def test_calm_before_an_exam_or_after_therapy_gets_groups(text: str) -> None:
    assert_gets_groups(text)
