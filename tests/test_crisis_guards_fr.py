"""French guards: someone else's words quoted by the one who looks after them are not a crisis,
while the writer's own words, a threat against the writer or someone in danger now still are."""

import pytest

from conversations.crisis import firing_rules, screen

# Quoted by a carer, parent, teacher, coach or listener; hyperbole; songs.
SAFE_QUOTED = [
    "la voix du prof dit de sauter plus haut",
    # A coach quoting a boy who said he wanted to die after a match.
    "Je suis entraîneur de foot. Un joueur de 13 ans a dit « je veux mourir » après la défaite, "
    "comment en parler avec l'équipe ?",
    "Une élève m'a écrit « je veux mourir » dans son cahier de liaison, je suis prof de français, "
    "vers quel groupe l'orienter ?",
    "Ma patiente répète souvent « je veux en finir », elle est suivie en CMP. Un groupe de parole "
    "pour elle ?",
    "Un résident de l'EHPAD me dit tous les jours « je veux mourir », je suis aide-soignante. "
    "Comment réagir ?",
    "Comment répondre quand un ado dit « je veux me tuer » pour une histoire de console ?",
    "Que répondre quand un élève dit qu'il veut mourir parce qu'il a eu une mauvaise note ?",
    "Lorsqu'un jeune écrit « j'ai envie de mourir » sur le chat de l'association, quelle est la "
    "bonne réponse ?",
    "Si un enfant dit « je veux plus vivre », faut-il s'inquiéter ? Je prépare une réunion de "
    "parents.",
    "Dans la chanson il dit « j'veux en finir » et tout le monde danse dessus.",
    "Le personnage du film crie « je vais me tuer » à chaque scène, c'est lourd.",
    "Mon fils de 9 ans a crié « je veux mourir » parce qu'on lui a pris sa tablette.",
    "Ma fille a lâché « je vais me tuer » en voyant sa note de maths, puis elle a ri.",
    "Mon petit-fils m'a dit un jour « je veux mourir comme papi », comment parler du deuil ?",
    "Mon père dit toujours « de toute façon je veux mourir », il le dit depuis des années en "
    "rigolant.",
    "Ma grand-mère n'arrête pas de dire « je veux en finir », elle a 94 ans. Un groupe pour "
    "aidants ?",
    "En tant qu'écoutante, j'entends souvent des appelants dire « je veux mourir ». Existe-t-il "
    "un groupe pour les bénévoles ?",
    "Des phrases comme « je veux mourir » chez les ados, c'est fréquent ?",
    "Des phrases du genre « je vais me foutre en l'air » reviennent chez mes stagiaires. "
    "Que faire ?",
    "Un client du bar m'a dit « je vais me tuer » en rigolant après trois bières, je suis "
    "serveuse.",
    "Une de mes patientes m'a confié « je me scarifie parfois ». Quels groupes pour ados ?",
    "Un étudiant m'a écrit « j'ai envie de mourir » dans un mail sur ses partiels. Je suis "
    "enseignante, comment réagir ?",
    "Un gamin de 12 ans a sorti « je vais me suicider » en perdant au ping-pong, on a tous ri.",
    "Quand quelqu'un vous dit « je veux mourir », comment réagir ? Question pour une formation.",
    "Chaque fois qu'un usager dit « je veux en finir », je dois le noter ? Je suis éducateur.",
    "Le rappeur dit « je veux mourir » dans le refrain, c'est normal de l'écouter en boucle ?",
    "Ma mère répète « je veux mourir » depuis des années pour qu'on culpabilise. Un groupe "
    "pour enfants de parents manipulateurs ?",
]

# The writer's own words, a threat against the writer, someone in danger now.
CRISIS_STILL = [
    "j'entends une voix qui dit de me tuer",
    "une voix me répète d'en finir",
    # A woman quoting her husband's threat tonight.
    "Mon mari vient de dire « je vais te tuer ce soir », je suis enfermée dans la salle de bain.",
    "Il m'a dit qu'il allait me tuer cette nuit, il a pris le couteau.",
    "Mon ex m'a écrit « je vais te tuer » et il est devant chez moi.",
    "J'ai dit à ma psy « je veux mourir » et c'est toujours vrai ce soir.",
    "Je me répète « fais-le » en boucle, je veux mourir.",
    "Ma fille de 15 ans m'a dit qu'elle allait se tuer demain, elle est enfermée dans sa chambre.",
    "Mon fils de 10 ans a dit qu'il allait sauter par la fenêtre et il est sur le rebord.",
    "Mon ami vient de m'envoyer « adieu, j'ai pris toutes les pilules ».",
    "Ma sœur m'a écrit à l'instant « j'ai avalé toute la boîte de cachets », elle ne répond plus.",
    "Quand mon chef me dit que je suis nul, j'ai envie de mourir.",
    "Mon copain m'a dit « si tu pars je te tue », il a une arme.",
    "Je veux mourir, je n'en peux plus.",
    "J'ai envie de me suicider ce soir.",
    "Je vais me tuer ce soir, j'ai tout préparé.",
    "Je me suis coupée cette nuit encore, je n'arrive plus à m'arrêter.",
    "J'ai pris toutes mes pilules il y a une heure.",
    "Je suis sur le pont et je vais sauter.",
    "Ma psy m'a demandé si j'avais des idées suicidaires, j'ai menti, je veux mourir.",
    "Mon patron m'a dit « t'es viré », j'ai envie d'en finir avec la vie.",
    "Je pense au suicide tous les jours.",
    "Mon ex a dit « je vais te tuer ce soir », il est devant ma porte.",
    "Mon père m'a frappée ce soir, il hurle qu'il va me tuer.",
    "Je n'ai plus aucune raison de vivre, je veux disparaître pour toujours.",
    "J'ai écrit ma lettre d'adieu, je veux mourir cette nuit.",
    "Mon coloc vient de m'envoyer « je vais me pendre », il ne répond plus au téléphone.",
    "Personne ne m'aime, j'ai envie de mourir.",
]


@pytest.mark.parametrize("text", SAFE_QUOTED)
def test_someone_elses_quoted_words_are_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)


@pytest.mark.parametrize("text", CRISIS_STILL)
def test_own_words_threats_and_danger_now_are_a_crisis(text: str) -> None:
    assert screen(text).crisis


def test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis() -> None:
    text = "Coach de basket : un garçon de 13 ans a lâché « je veux mourir » après avoir raté un panier."
    assert not screen(text).crisis


def test_woman_quoting_her_husbands_threat_tonight_is_a_crisis() -> None:
    text = "Mon mari m'a dit « ce soir je te tue », je me cache chez la voisine."
    assert screen(text).crisis


def test_mother_quoting_her_daughters_plan_for_tomorrow_is_a_crisis() -> None:
    text = "Ma fille m'a dit qu'elle a prévu de se tuer demain, elle est dans sa chambre."
    assert screen(text).crisis
