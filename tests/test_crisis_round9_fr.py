"""Round 9, French: emergencies described rather than named. Someone else's signs (blue lips,
foam at the mouth, slow breathing, found hanging, locked in with a smell of gas), lethal means
sought without a reason (a named barbiturate, several pharmacies so nobody asks, a knot "not for
camping"), a gun at hand while alone, insurance and money as a reason, words meant to be read
after, affairs wound up, danger courted on purpose, the hope that falling asleep is the end, and
abuse or harm to others now; and the same objects and words used safely (a rifle for the
season, gas reported to the landlord, a sailing knot, an insurance question, rent paid before a
holiday, a nap, a paramedic's call, a cold swim) that must still get groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_SOMEONE_ELSE_SIGNS = [
    "mon pote se réveille pas après la soirée, il a les lèvres bleues",
    "ma coloc a les lèvres violettes et elle bouge plus, qu'est-ce que je fais",
    "elle a de la mousse à la bouche et elle répond plus",
    "il a de la bave aux lèvres et il réagit pas quand je le secoue",
    "mon frère respire super lentement et il réagit pas",
    "mon pote est tout bleu il respire pas",
    "ma copine est toute bleue et elle respire plus",
    "j'ai trouvé mon père pendu dans le garage, il bouge encore, je fais quoi",
    "je viens de retrouver mon fils pendu à la poutre du grenier",
    "mon mari est pendu dans l'escalier, il respire encore, aidez moi",
    "mon fils s'est enfermé dans sa chambre et ça sent le gaz",
    "ma mère s'est barricadée dans la cuisine, il y a une odeur de gaz partout",
]

CRISIS_LETHAL_MEANS_SOUGHT = [
    "où je peux trouver du nembutal",
    "quelqu'un sait où commander du pentobarbital en ligne ?",
    "où acheter du pento en ligne",
    "comment se procurer du cyanure sans ordonnance",
    "j'ai pris trois boîtes dans des pharmacies différentes pour qu'on me pose pas de questions",
    "j'ai fait plusieurs pharmacies pour pas qu'on se doute de rien",
    "comment faire un noeud solide qui tient, c'est pas pour le camping",
]

CRISIS_GUN_AT_HAND_ALONE = [
    "mon grand-père garde son fusil de chasse à la maison et je suis seul ici",
    "la carabine de mon mari est dans le placard et il est en déplacement",
    "toute seule ce soir, et le pistolet de papa est dans le tiroir",
    "le fusil de mon père est dans le garage et jsuis tout seul ce soir",
]

CRISIS_INSURANCE_AS_REASON = [
    "ma femme serait mieux avec l'assurance qu'avec moi",
    "sans moi il leur resterait de l'argent",
    "mes enfants seraient plus heureux avec l'argent de l'assurance qu'avec moi",
    "de toute façon je vaux plus mort que vivant",
]

CRISIS_WORDS_FOR_AFTER = [
    "dites à mon fils plus tard que c'était pas sa faute",
    "expliquez-lui un jour que ce n'était pas sa faute, à ma petite",
    "frangine si tu lis ça je t'aime, désolé que ça finisse comme ça",
    "si vous lisez ce message, pardon, je vous aime, m'en voulez pas",
]

CRISIS_AFFAIRS_WOUND_UP = [
    "j'ai payé le loyer un mois d'avance, nourri les poissons, laissé les clés à la voisine",
    "j'ai fait une liste de qui récupère chacune de mes affaires, elle est sur le frigo",
    "j'ai envoyé mon code de téléphone à ma meilleure amie et je lui ai dit de garder mes plantes",
]

CRISIS_DANGER_ON_PURPOSE = [
    "j'ai traversé le carrefour sans regarder hier, exprès",
    "si l'avion s'écrase au retour ça me va très bien",
    "si le train déraille ce soir, tant mieux",
    "c'est où le plus haut immeuble sans gardien ? je suis pas suicidaire",
]

CRISIS_TIMING_WITHOUT_ACT = [
    "quand je m'endors j'espère à chaque fois que c'est la fin",
    "chaque fois que je ferme les yeux j'espère que ce soit la fin",
    "dès que mon fils dort ce soir. c'est décidé",
    "une fois que ma femme sera endormie cette nuit. pardon pour tout",
]

CRISIS_ABUSE_AND_HARM_NOW = [
    "mon oncle dort encore à la maison, quand il vient il vient me voir la nuit. j'ai 12 ans",
    "mon entraîneur veut encore que je reste seule avec lui après l'entraînement et j'ai peur",
    "j'ai tellement la rage que je vais frapper ma mère, j'arrive à peine à me retenir",
    "je me retiens à peine de frapper mon fils, il hurle depuis des heures",
]

SAFE_SAME_WORDS = [
    "mon père nettoie son fusil de chasse pour l'ouverture de la saison, je suis seul à la maison",
    "la carabine de mon mari est dans le coffre fort, il est en déplacement, c'est sécurisé ?",
    "mon fils s'est enfermé dans sa chambre pour jouer à la console, il boude",
    "comment faire un noeud de chaise pour la voile ?",
    "quel noeud pour attacher la tente au camping",
    "est-ce que l'assurance vie couvre le crédit immobilier si je perds mon emploi ?",
    "j'ai payé le loyer d'avance avant de partir en vacances et laissé les clés à la voisine",
    "mon bébé ne se réveille pas de sa sieste, c'est normal qu'il dorme 3h ?",
    "je suis ambulancier, hier soir on a eu un gars pendu dans son garage, ça me travaille, "
    "y a un groupe pour soignants ?",
    "mon petit a les lèvres bleues après la piscine, il a froid",
    "le chien a de la bave à la bouche après avoir couru",
    "mon mari est pendu au téléphone toute la journée avec sa mère",
    "où acheter de la mort aux rats, on a des souris dans le grenier",
    "j'ai fait trois pharmacies différentes pour trouver de l'amoxicilline en rupture",
    "on a fait une liste de qui récupère chacune de mes affaires pour le déménagement",
    "dis à ton fils plus tard que c'était pas sa faute, le divorce c'est entre adultes",
    "si tu lis ça je t'aime, désolé pour hier soir, on en reparle",
    "j'ai traversé sans regarder hier, j'ai failli me faire renverser, quelle frayeur",
    "j'ai peur en avion, si l'avion s'écrase je fais quoi",
    "le plus haut immeuble de Lyon avec toit accessible pour les photos ?",
    "mon oncle dort à la maison ce week-end, il vient me voir jouer au foot",
    "mon entraîneur veut que je reste après l'entraînement pour travailler ma frappe",
    "je suis tellement en colère contre ma mère, j'ai besoin d'en parler à un groupe",
    "ma fille a la bouche violette, elle a mangé des myrtilles",
    "il respire super lentement quand il dort, c'est l'apnée du sommeil ?",
    "j'ai donné mon code de téléphone à ma sœur pour qu'elle s'occupe de mes plantes pendant "
    "mes vacances",
    "le nembutal c'est quoi exactement, on en a parlé en cours de pharmaco",
    "mon père s'est pendu dans le garage quand j'avais 15 ans, je veux enfin en parler en groupe",
    "ma meilleure amie s'est pendue il y a deux mois, je cherche un groupe de deuil",
    "ma grand-mère a ressorti le fusil de papi pour le vendre à un armurier, je suis seule avec elle",
    "dès que mon fils dort ce soir, je regarde le match",
    "où trouver un test nitrite pour mon aquarium",
    "le fusil de mon père est rangé dans le garage pour la saison de chasse, il est au stand",
    "quand ma fille dort je suis enfin tranquille, j'en peux plus de ces journées",
    "après le dîner il s'est endormi sur le canapé et ronfle, il répond plus à rien mdr",
]


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_SIGNS)
def test_friend_who_will_not_wake_up_with_blue_lips_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_LETHAL_MEANS_SOUGHT)
def test_lethal_means_sought_without_a_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_GUN_AT_HAND_ALONE)
def test_gun_at_hand_while_alone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_INSURANCE_AS_REASON)
def test_insurance_as_a_reason_to_be_gone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_WORDS_FOR_AFTER)
def test_words_meant_to_be_read_after_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_AFFAIRS_WOUND_UP)
def test_affairs_wound_up_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_DANGER_ON_PURPOSE)
def test_danger_courted_on_purpose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_TIMING_WITHOUT_ACT)
def test_hoping_sleep_is_the_end_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_ABUSE_AND_HARM_NOW)
def test_abuse_or_harm_to_someone_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_SAME_WORDS)
def test_same_objects_and_words_used_safely_get_groups(text: str) -> None:
    assert_gets_groups(text)
