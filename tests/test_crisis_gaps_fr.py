"""French crisis screen, recall gaps: kinds of crisis message that slipped past the rules in
messages from people the team never saw, each next to the same objects and words used safely.

The crisis examples must be caught by the lexicon rules themselves (not only by the model).
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen

# 1. An overdose already taken, told with a count or an amount.
OVERDOSE_TAKEN_CRISIS: list[str] = [
    "j'ai avalé une trentaine de mes antidépresseurs",
    "jai pris 30 de mes antidepresseurs",
    "j'ai gobé une trentaine de mes antidépresseurs il y a une heure",
    "jviens d'avaler genre 40 somnifères",
    "j'ai pris au moins 20 de mes anxiolytiques",
    "jai avalé une quarantaine de comprimés y a une heure",
    "je me suis enfilé une quinzaine de xanax avec du rhum",
    "j'ai descendu la bouteille de whisky avec tous mes medocs",
    "j'ai vidé la bouteille de vodka avec tous mes medocs",
    "jai descendu une bouteille de whisky et mes cachets",
    "je me suis fait une plaquette entière de lexomil",
    "j'ai pris une bonne dizaine de xanax avec de la vodka",
]
USUAL_DOSE_NOT_CRISIS: list[str] = [
    "j'ai pris deux de mes antidépresseurs ce matin comme prescrit",
    "jai pris mes 3 comprimés du soir comme d'habitude",
    "j'ai pris mon cachet de xanax comme d'hab",
    "j'ai pris une vingtaine de photos ce week-end",
    "j'ai bu une bouteille de vin avec mes potes",
    "j'ai pris 2 doliprane pour ma migraine ce matin",
    "j'ai pris une quinzaine de jours de congé",
]

# 2. A means made ready, then a goodbye or an apology.
MEANS_READIED_GOODBYE_CRISIS: list[str] = [
    "le flingue est chargé. pardon",
    "le pistolet est chargé. je suis désolé",
    "j'ai armé le fusil, pardonnez moi",
    "le noeud coulant est prêt. merci pour tout",
    "la corde est attachée. adieu tout le monde",
    "les comprimés sont comptés et alignés. je vous aime",
    "les lames sont prêtes, ne m'en voulez pas",
]
READY_THINGS_NOT_CRISIS: list[str] = [
    "j'ai fixé la date du mariage, merci pour tout",
    "les cachets sont dans le pilulier pour la semaine",
    "j'ai chargé le lave-vaisselle, bonne nuit tout le monde",
    "la corde à sauter est prête pour le cours de sport",
]

# 3. Holding or sitting with the means right now.
HOLDING_MEANS_CRISIS: list[str] = [
    "je tiens la lame depuis un moment",
    "ça fait une heure que je tiens la lame",
    "ça fait des heures que je serre le cutter",
    "je fixe la lame depuis tout à l'heure",
    "je suis par terre dans la salle de bain avec le rasoir",
    "j'ai les médocs dans la main là",
    "le couteau est sur mes genoux depuis une heure",
]
HOLDING_TOOLS_NOT_CRISIS: list[str] = [
    "je tiens le couteau pour couper les légumes",
    "je tiens la lame du patin à glace depuis tout à l'heure pour l'aiguiser",
    "je serre la main de mon père depuis une heure à l'hôpital",
]

# 4. Someone else took something and does not wake up or respond.
SOMEONE_WONT_WAKE_CRISIS: list[str] = [
    "ma mère a pris quelque chose et elle se réveille pas, je fais quoi",
    "ma copine a pris un truc et elle répond plus quand je la secoue",
    "mon père a avalé je sais pas quoi et il respire bizarrement",
    "mon copain a bu un truc et il réagit plus",
    "mon ado a pris un truc et il se réveille pas",
]
SOMEONE_ASLEEP_NOT_CRISIS: list[str] = [
    "mon père a bu un café et il répond pas au téléphone, il est au boulot",
    "mon chat a bu du lait et il dort sur le canapé",
]

# 5. Someone else on a roof, ledge, bridge or window, threatening to jump now.
SOMEONE_ON_EDGE_CRISIS: list[str] = [
    "mon pote est sur le pont il veut se jeter",
    "ma fille est sur le toit de l'immeuble et elle dit qu'elle va sauter",
    "mon meilleur ami est assis sur la rambarde du pont et menace de se jeter",
    "mon ado est sur le toit et menace de sauter",
    "ma soeur menace de sauter du 5ème, elle est sur le balcon",
]
SOMEONE_UP_HIGH_NOT_CRISIS: list[str] = [
    "le couvreur est sur le toit",
    "le couvreur est sur le toit pour réparer les tuiles",
    "mon fils est monté sur le toit pour récupérer son ballon",
    "ma fille est sur le pont du bateau",
    "mon frère est sur le toit, il répare l'antenne",
    "les élèves sautent du plongeoir à la piscine",
    "mon fils veut sauter en parachute du haut d'un avion",
    "ma fille est au bord de la piscine et veut sauter dans l'eau",
]

# 6. Someone else just cut themselves and is bleeding a lot.
SOMEONE_CUT_BLEEDING_CRISIS: list[str] = [
    "ma fille vient de me dire qu'elle s'est ouvert les poignets, il y a du sang partout",
    "mon ado s'est tailladé les bras, y a du sang partout",
    "ma femme s'est entaillé les poignets elle saigne beaucoup",
    "mon fils s'est scarifié, ça arrête pas de saigner",
]
PLAIN_INJURY_NOT_CRISIS: list[str] = [
    "mon fils s'est coupé le doigt en cuisinant, beaucoup de sang, comment faire un pansement",
    "il y a des années, ma soeur s'est ouvert les veines, il y avait du sang partout",
    "ma soeur s'est coupé les veines quand elle avait 16 ans, elle saignait beaucoup",
    "mon fils s'est fait une entorse au foot, il a très mal",
]

# 7. A denial, then a plan or a chosen date.
DENIAL_THEN_PLAN_CRISIS: list[str] = [
    "je suis pas suicidaire ou quoi, j'ai juste déjà choisi une date",
    "pas suicidaire hein, j'ai juste un plan au cas où ça va pas mieux d'ici le week-end",
    "je suis pas suicidaire mais j'ai déjà fixé la date",
    "je vais pas me tuer hein, j'ai juste choisi le jour",
    "j'veux pas mourir, c'est juste que j'ai une date en tête",
    "je suis pas suicidaire, mais si ça va pas mieux d'ici vendredi j'ai prévu un truc",
    "si ça va toujours pas mieux dimanche, j'ai un plan",
]
DENIAL_ORDINARY_PLAN_NOT_CRISIS: list[str] = [
    "je suis pas suicidaire, j'ai juste un plan pour ma semaine",
    "pas suicidaire du tout, j'ai un plan de révisions pour les partiels",
    "je suis pas suicidaire, j'ai juste un plan de carrière",
    "si ça va pas mieux d'ici vendredi, j'ai prévu d'aller chez le médecin",
    "j'ai choisi le jour de mon mariage",
    "j'ai une date en tête pour le voyage",
    "si ça s'arrange pas avec mon chef, j'ai un plan B",
]

# 8. An old or dependent person abused by a relative, now.
ELDER_ABUSE_CRISIS: list[str] = [
    "mon fils me prend ma retraite et me pousse, j'ai 80 ans et j'ai peur chez moi",
    "ma fille me vole ma pension et me bouscule, je suis âgée et j'ai peur",
    "mon petit-fils me frappe et prend mon argent, j'ai 82 ans",
    "mon petit-fils me vole ma retraite et me bouscule, j'ai 85 ans",
    "mon gendre prend ma pension et m'enferme, j'ai peur chez moi",
    "mon fils me maltraite et garde ma carte bancaire, j'ai 79 ans",
    "mon fils me pousse à terre et prend ma retraite",
]
ELDER_SAFE_NOT_CRISIS: list[str] = [
    "le vieux à l'arrêt de bus m'a poussé",
    "ma fille gère mon argent parce que j'ai 85 ans et elle est adorable",
    "mon fils me pousse à reprendre le sport, j'ai 70 ans",
    "mon fils me pousse à demander ma retraite, j'ai 70 ans",
    "mon petit-fils m'aide à gérer ma retraite, j'ai 84 ans",
    "ma grand-mère a 90 ans et mon fils lui rend visite tous les dimanches",
]

ALL_CRISIS = (
    OVERDOSE_TAKEN_CRISIS
    + MEANS_READIED_GOODBYE_CRISIS
    + HOLDING_MEANS_CRISIS
    + SOMEONE_WONT_WAKE_CRISIS
    + SOMEONE_ON_EDGE_CRISIS
    + SOMEONE_CUT_BLEEDING_CRISIS
    + DENIAL_THEN_PLAN_CRISIS
    + ELDER_ABUSE_CRISIS
)
ALL_NOT_CRISIS = (
    USUAL_DOSE_NOT_CRISIS
    + READY_THINGS_NOT_CRISIS
    + HOLDING_TOOLS_NOT_CRISIS
    + SOMEONE_ASLEEP_NOT_CRISIS
    + SOMEONE_UP_HIGH_NOT_CRISIS
    + PLAIN_INJURY_NOT_CRISIS
    + DENIAL_ORDINARY_PLAN_NOT_CRISIS
    + ELDER_SAFE_NOT_CRISIS
)


@pytest.mark.parametrize("text", OVERDOSE_TAKEN_CRISIS)
def test_person_who_swallowed_a_count_of_their_pills_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", USUAL_DOSE_NOT_CRISIS)
def test_person_who_took_their_usual_dose_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", MEANS_READIED_GOODBYE_CRISIS)
def test_person_who_readied_a_means_and_says_goodbye_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", READY_THINGS_NOT_CRISIS)
def test_person_who_readied_ordinary_things_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", HOLDING_MEANS_CRISIS)
def test_person_holding_a_blade_or_pills_now_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", HOLDING_TOOLS_NOT_CRISIS)
def test_person_holding_a_kitchen_tool_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_WONT_WAKE_CRISIS)
def test_person_whose_relative_took_something_and_wont_wake_gets_emergency_help(
    text: str,
) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_ASLEEP_NOT_CRISIS)
def test_person_whose_relative_is_just_busy_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_ON_EDGE_CRISIS)
def test_person_whose_friend_is_on_a_roof_threatening_to_jump_gets_emergency_help(
    text: str,
) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_UP_HIGH_NOT_CRISIS)
def test_person_whose_relative_is_on_a_roof_for_work_or_play_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_CUT_BLEEDING_CRISIS)
def test_parent_whose_child_cut_themselves_and_bleeds_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", PLAIN_INJURY_NOT_CRISIS)
def test_parent_of_a_child_with_a_kitchen_cut_or_an_old_story_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", DENIAL_THEN_PLAN_CRISIS)
def test_person_who_denies_being_suicidal_but_picked_a_date_gets_emergency_help(
    text: str,
) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", DENIAL_ORDINARY_PLAN_NOT_CRISIS)
def test_person_with_a_plan_for_their_week_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", ELDER_ABUSE_CRISIS)
def test_old_person_robbed_and_pushed_by_a_relative_gets_emergency_help(text: str) -> None:
    assert firing_rules(text)
    assert screen(text).crisis


@pytest.mark.parametrize("text", ELDER_SAFE_NOT_CRISIS)
def test_old_person_pushed_by_a_stranger_or_helped_with_money_gets_groups(text: str) -> None:
    assert not screen(text).crisis


def test_there_are_enough_examples_both_ways() -> None:
    assert len(ALL_CRISIS) >= 25
    assert len(ALL_NOT_CRISIS) >= 25
