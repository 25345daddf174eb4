"""Round 13, French: false alarms by class, and their crisis twins. Suicide as a metaphor for
sport, money, politics, games and plants ("l'attaque suicidaire des Bleus", "mon portefeuille
s'est suicidé"); hyperbole over a trivial trigger ("encore une réunion Teams et je saute par la
fenêtre", "mon banquier va me pendre haut et court"); a past dated by a year or a class with
today's life as the contrast ("ça fait douze ans que j'ai sauté d'un pont ... aujourd'hui
j'interviens dans les lycées", "ancienne scarifiée, 4 ans sans rechute"); someone else, now in
care; professionals asking how to respond; ordinary uses of means and farewells ("je t'aime,
pardon pour ce matin, on se voit à midi ?"). The twins: the writer about themselves, a laugh then
a real plan, the same past and "ce soir", someone else in danger now."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_THE_WRITER_AFTER_THE_MATCH_OR_THE_DEBT = [
    "après ce match j'ai envie de me suicider",
    "je suis suicidaire depuis la défaite, je veux mourir",
    "je vais me tuer à cause de mes dettes",
    "j'ai tout perdu en bourse, je vais me foutre en l'air ce soir",
    "mon équipe a perdu et moi je veux en finir pour de bon",
    "ma passe suicidaire, j'y pense plus, mais moi je veux mourir ce soir",
]

CRISIS_A_LAUGH_THEN_A_REAL_PLAN_OR_A_SERIOUS_TRIGGER = [
    "mdr je vais bien. la corde est dans mon sac, ce soir c'est fini",
    "encore une nuit comme ça et j'en finis",
    "encore une nuit comme celle-là et je saute par la fenêtre",
    "si je dois encore vivre ça je me tue",
    "si je dois encore supporter ça je me fous en l'air",
    "je veux mourir, personne ne m'aime et tout le monde m'a vue pleurer",
    "je vais me pendre ce soir, le chargeur fera l'affaire",
    "mon copain m'a dit qu'il allait me tuer si je partais",
    "il a dit qu'il allait me tuer si je parlais à la police",
    "je vais crever si personne ne m'aide, je n'en peux plus",
    "j'ai envie de mourir, mon crush m'a humiliée devant tout le monde et je veux plus vivre",
]

CRISIS_THE_SAME_PAST_AND_IT_IS_BACK = [
    "en 2016 j'ai donné toutes mes affaires et j'avais tout planifié, et là c'est revenu, ce soir je le fais",
    "à 15 ans j'ai voulu me tuer, et ça revient, je veux mourir",
    "ça fait douze ans que j'ai sauté d'un pont, et ce soir j'y retourne",
    "ancienne scarifiée, j'ai rechuté hier, je me suis coupée",
    "ancienne scarifiée, 4 ans sans rechute et ce soir j'ai repris la lame",
    "je me suis coupée pour la dernière fois en mars 2019 et là j'ai recommencé cette nuit",
    "en 3e j'écrivais des lettres d'adieu, et j'en ai réécrit une ce soir",
    "rechute ce soir après 4 ans, je me suis coupée",
]

CRISIS_SOMEONE_ELSE_IN_DANGER_NOW = [
    "mon ami vient de me dire qu'il a pris tous ses cachets",
    "ma copine vient de m'envoyer qu'elle allait sauter du pont",
    "ma mère a pris trop de cachets, elle ne se réveille pas",
    "mon collègue pense au suicide et moi aussi je pense au suicide",
    "mon mec est à l'hôpital et moi je suis suicidaire",
]

CRISIS_THE_PROFESSIONAL_IS_IN_DANGER = [
    "je suis coiffeuse et moi-même je pense au suicide",
    "je suis RH et je vais me foutre en l'air ce soir",
    "je pense au suicide tous les jours",
    "mon médecin m'a demandé si j'avais envie de me faire du mal, j'ai dit non mais c'est faux",
    "mon médecin m'a demandé si j'avais envie de me faire du mal, j'ai dit oui",
]

CRISIS_MEANS_AND_FAREWELLS_FOR_REAL = [
    "je laisse tourner le moteur dans le garage fermé ce soir",
    "j'ai acheté de l'hélium et un sac, ce soir c'est la fin",
    "j'ai mis un crochet au plafond, la corde est prête",
    "si tu lis ce message, je t'aime, pardon pour tout",
    "si tu lis ce message c'est que je ne suis plus là, pardon pour ce matin",
    "j'ai tout planifié, je donne toutes mes affaires cette semaine",
    "dans le film elle saute du pont, je veux faire pareil ce soir",
    "dans la série il se pend à la fin, j'ai envie de faire pareil",
]

SAFE_SUICIDE_AS_A_METAPHOR = [
    "L'attaque suicidaire des Bleus en fin de match, quel spectacle hier au rugby",
    "notre gardien s'est suicidé en sortant de sa cage, 2-0 à la pause",
    "une passe en retrait suicidaire du défenseur, et but",
    "ce coach nous a fait courir des suicides pendant une heure, mes jambes sont mortes",
    "les taxes douanières c'est un suicide économique pour les agriculteurs",
    "mon portefeuille d'actions s'est suicidé cette semaine 📉",
    "toutes mes plantes se suicident, je sais pas ce que je fais de travers",
    "mon perso s'est suicidé dans la lave, j'ai perdu la partie",
    "ce gouvernement est suicidaire avec cette réforme des retraites",
    "mon basilic a décidé de se suicider pendant mes vacances",
    "le PSG s'est suicidé en deuxième période",
    "vendre ses actions maintenant ce serait un suicide financier",
    "mon tank s'est jeté dans 5 ennemis, suicide total lol",
    "mon forfait mobile s'est suicidé, plus de data",
]

SAFE_HYPERBOLE_OVER_A_TRIVIAL_TRIGGER = [
    "mon banquier va me pendre haut et court après ce mois de soldes 😅",
    "il a dit qu'il allait me tuer si je spoilais la fin de la série 😂",
    "encore une réunion Teams et je saute par la fenêtre 🙃",
    'si j\'entends encore "comme dit dans mon dernier mail" je vais me jeter dans la mer',
    "je me pends avec le câble du chargeur si le wifi coupe encore mdr",
    "tuez-moi, le petit a trouvé les paillettes",
    "je veux mourir, mon crush m'a vu en pyjama 😭",
    "cette chaleur va me tuer",
    "mon banquier va me pendre après les soldes",
    "si le chat fait encore tomber une tasse je passe par la fenêtre",
    "je vais crever si ce bus n'arrive pas",
    "mon proprio va me pendre haut et court si je paie pas le loyer lundi",
    "encore un lundi comme ça et je me jette sous le métro 😂",
    "achevez-moi, il reste 3 heures de réunion",
    "ce boulot me tue",
]

SAFE_THE_PAST_WITH_TODAY_AS_THE_CONTRAST = [
    "Ça fait douze ans que j'ai sauté d'un pont et que j'ai survécu. Aujourd'hui j'interviens dans les lycées. Vous cherchez des intervenants ?",
    "ancienne scarifiée, 4 ans sans rechute 💪 je cherche un groupe pour garder le cap",
    "ma dernière tentative c'était avant le confinement, je suis en sécurité maintenant",
    "je me suis coupée pour la dernière fois en mars 2019, ça fait 1800 jours",
    "en 3e j'écrivais des lettres d'adieu, aujourd'hui j'ai 40 ans et je suis éducatrice",
    "j'ai fait une TS en 2012, maintenant je suis maman de deux enfants et je veux témoigner",
    "il y a dix ans j'ai avalé une boîte de somnifères, aujourd'hui je suis pair-aidante",
    "la dernière fois que je me suis scarifiée c'était au lycée, j'ai 27 ans maintenant",
    "en 2018 j'étais suicidaire, 6 ans plus tard je suis heureuse",
    "j'ai sauté d'un pont il y a 12 ans, je m'en suis sortie et aujourd'hui je fais de la prévention",
]

SAFE_SOMEONE_ELSE_NOW_IN_CARE = [
    "Un collègue m'a confié le mois dernier qu'il avait des idées noires. Il voit un psy maintenant et ça va mieux. Comment être présent sans être lourd ?",
    "une amie m'a dit le mois dernier qu'elle pensait au suicide, elle est suivie par un psy maintenant",
    "ma mère a été hospitalisée en janvier après avoir pris trop de cachets, elle est rentrée avec un plan de soins",
    "mon copain est sorti de l'hôpital la semaine dernière après une overdose, groupe pour les proches ?",
    "mon mec est sous surveillance à l'hôpital pour risque suicidaire, je suis à la maison, y a un groupe pour les conjoints ?",
    "mon père a voulu se pendre l'an dernier, il est suivi maintenant, comment en parler avec lui ?",
    "mon ado a avalé des médicaments le mois dernier, elle est suivie par le CMP, un groupe pour les parents ?",
]

SAFE_PROFESSIONALS_ASKING_HOW_TO_RESPOND = [
    "je suis manager, comment repérer les signes qu'un collaborateur pense au suicide ?",
    "je suis coiffeuse, une cliente m'a dit qu'elle voulait en finir, comment je réagis ?",
    "je suis RH, un salarié a dit en réunion qu'il allait se foutre en l'air, que dois-je faire ?",
    "modératrice d'un serveur discord, un membre a posté qu'il voulait se tuer, quels sont les bons réflexes ?",
    "entraîneur de foot, un joueur de 16 ans m'a dit qu'il voulait mourir, je fais quoi ?",
    "responsable RH ici, quelles formations pour repérer le risque suicidaire chez les salariés ?",
    "mon médecin m'a demandé si j'avais envie de me faire du mal, j'ai dit non et c'est vrai. il m'a conseillé un groupe pour le stress post-traumatique",
]

SAFE_ORDINARY_MEANS_AND_FAREWELLS = [
    "si tu lis ce message : je t'aime, pardon pour ce matin, on se voit à midi ?",
    "dans le film elle saute du pont à la fin et j'ai pleuré comme un bébé",
    "j'ai réparé le moteur dans le garage avec la porte ouverte",
    "j'ai acheté une bouteille d'hélium pour les ballons de l'anniversaire de ma fille",
    "du charbon de bois pour le barbecue de ce soir, vous conseillez quelle marque ?",
    "j'ai mis un crochet au plafond pour la balançoire des enfants",
    "je prépare le pilulier de ma grand-mère pour la semaine",
    "j'ai mangé toute la boîte de biscuits, je me déteste lol",
    "dernier jour au bureau, j'ai dit au revoir à tous mes collègues, nouveau job lundi",
    "on a choisi la date du mariage, le 14 juin, j'ai hâte",
    "faut que je pende le tableau au-dessus du canapé",
    "mon frère saute en parachute, je veux faire pareil",
]


@pytest.mark.parametrize("text", CRISIS_THE_WRITER_AFTER_THE_MATCH_OR_THE_DEBT)
def test_the_writer_after_the_match_or_the_debt_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_A_LAUGH_THEN_A_REAL_PLAN_OR_A_SERIOUS_TRIGGER)
def test_a_laugh_then_a_real_plan_or_a_serious_trigger_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_THE_SAME_PAST_AND_IT_IS_BACK)
def test_the_same_past_that_is_back_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_IN_DANGER_NOW)
def test_someone_else_in_danger_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_THE_PROFESSIONAL_IS_IN_DANGER)
def test_a_professional_who_is_in_danger_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_MEANS_AND_FAREWELLS_FOR_REAL)
def test_means_and_farewells_for_real_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_SUICIDE_AS_A_METAPHOR)
def test_suicide_as_a_metaphor_for_sport_money_or_plants_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_HYPERBOLE_OVER_A_TRIVIAL_TRIGGER)
def test_hyperbole_over_a_trivial_trigger_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_THE_PAST_WITH_TODAY_AS_THE_CONTRAST)
def test_the_past_with_today_as_the_contrast_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_SOMEONE_ELSE_NOW_IN_CARE)
def test_someone_else_now_in_care_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_PROFESSIONALS_ASKING_HOW_TO_RESPOND)
def test_professionals_asking_how_to_respond_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_ORDINARY_MEANS_AND_FAREWELLS)
def test_ordinary_means_and_farewells_get_groups(text: str) -> None:
    assert_gets_groups(text)
