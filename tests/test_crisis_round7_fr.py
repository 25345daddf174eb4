"""Round 7, French: medicine names in lethality questions, a joke then the truth, standing at a
height described, a gun within reach, on the way armed, veiled intent; and the hard safe lines
(ordinary goodbyes, stated denials, idioms, professionals quoting, intrusive thoughts, recovery,
jokes about a flatmate or a pet, ordinary objects) that must get groups."""

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_LETHAL_DOSE = [
    "à partir de combien de mg la sertraline devient dangereuse, genre mortelle",
    "combien de mg de laroxyl c'est mortel pour quelqu'un de 60 kilos",
    "il faut combien d'unités d'insuline pour que ce soit fatal ?",
    "cb de seroplex faut avaler pour y rester",
    "j'ai mis de côté une quarantaine de mes zoloft, ça suffira ?",
    "tout le flacon de rivotril ça le fait ou pas",
    "la dose létale de tramadol c'est combien exactement",
    "j'ai gardé toutes mes boites de zopiclone depuis l'hiver, est-ce que c'est assez",
]

CRISIS_JOKE_THEN_TRUTH = [
    "mdr jsuis pas suicidaire t'inquiète. bon ok en vrai si, j'ai tout prévu pour dimanche",
    "ptdr je vais pas me foutre en l'air... la vérité c'est que j'y pense chaque nuit et j'ai un plan",
    "je rigole hein. non en fait je rigole pas, la corde est dans le garage",
]

CRISIS_AT_A_HEIGHT = [
    "assis au bord du toit de l'immeuble depuis une heure, les pieds dans le vide",
    "je suis sur le quai, le fret passe sans s'arrêter dans dix minutes",
    "perchée sur le rebord de la fenêtre du 8e, je regarde en bas",
]

CRISIS_GUN_AND_WEAPON = [
    "j'ai trouvé la clé de l'armoire où mon oncle met ses fusils",
    "je connais le code du coffre où papa garde son pistolet",
    "en route chez mon ex avec un couteau, ce salaud va regretter",
    "je pars chez ce batard avec la batte, aujourd'hui il paie",
]

CRISIS_SELF_HARM_NOW = [
    "je vais casser le taille-crayon pour récupérer la lame, personne à la maison",
    "j'ai démonté un rasoir jetable pour sortir les lames",
    "jvais me faire des marques là tout de suite avant le dîner",
    "trop de stress, j'ai ressorti ma boîte avec les lames, je suis seule",
]

CRISIS_VEILED = [
    "infirmier depuis 15 ans, je sais exactement quoi prendre et combien. j'attends la fin de ma garde",
    "j'ai souscrit une assurance vie en mars, vous voyez où je veux en venir",
    "ce soir je vais au cimetière sur la tombe de maman et je reste avec elle",
    "je vaux plus cher morte que vivante",
    "en pleine phase maniaque, je prends l'autoroute pour voir si j'arrive à 240, rien à perdre",
]

CRISIS_SOMEONE_ELSE_NOW = [
    "mon collègue est assis sur le rebord de la fenêtre du 6e et veut pas descendre",
    "mamie a avalé toute sa boîte de somnifères, elle dit qu'elle est fatiguée de vivre, elle s'endort",
]

CRISIS_BURDEN_AND_ABSENCE = [
    "bientôt je serai plus un poids pour personne",
    "est-ce que quelqu'un remarquerait si j'étais plus là",
    "combien de comprimés de prozac il faut pour y passer",
    "j'ai gardé le flacon de seresta entier, est-ce que ça suffit",
    "une plaquette de stilnox ça suffit pas, faut en prendre combien au total",
]

CRISIS_QUOTED_MUST_STILL_FIRE = [
    "mon mari vient de me dire « je vais te tuer ce soir »",
    "mon ami vient de m'écrire « adieu, j'ai pris tous les cachets »",
    "je dis pas que je vais le faire. mais j'ai regardé le prix d'un pistolet",
]

CRISIS = (
    CRISIS_LETHAL_DOSE
    + CRISIS_JOKE_THEN_TRUTH
    + CRISIS_AT_A_HEIGHT
    + CRISIS_GUN_AND_WEAPON
    + CRISIS_SELF_HARM_NOW
    + CRISIS_VEILED
    + CRISIS_SOMEONE_ELSE_NOW
    + CRISIS_BURDEN_AND_ABSENCE
    + CRISIS_QUOTED_MUST_STILL_FIRE
)

SAFE_GOODBYES = [
    "je vous dis adieu, je déménage à Montréal le mois prochain, merci pour tout",
    "c'est mon dernier message en tant que modératrice, je passe la main à Karim",
    "je dis adieu à mon vieux portable, il m'a lâché après 6 ans",
    "j'ai tout rangé, les cartons sont scotchés, le déménagement c'est mardi !",
    "ma grand-mère est décédée en mai. Elle avait tout rangé et mis ses papiers en ordre avant de partir.",
]

SAFE_DENIALS = [
    "j'ai des idées noires parfois mais je ferais jamais rien, j'ai ma fille",
    "j'ai pensé à me couper hier mais je l'ai pas fait, j'ai appelé mon frère et ça va mieux",
    "je pense souvent à la mort depuis le décès de papa, mais je n'ai aucune envie de mourir",
    "je vais me faire opérer du genou, j'ai peur de ne pas me réveiller de l'anesthésie",
    "envie de disparaître ce week-end, couper le téléphone et partir seul à la montagne",
]

SAFE_IDIOMS_AND_JOKES = [
    "si le prof nous redonne un contrôle surprise je me jette par la fenêtre mdr",
    "je vais me pendre au cou de mon mari quand il rentre de mission",
    "je vais mourir d'ennui à cette réunion",
    "je me noie dans mes dossiers en ce moment",
    "mon coloc a encore laissé sa vaisselle, je vais le buter mdr",
    "je vais tuer mon chien il a mangé ma part de pizza",
    "je vais tuer le prochain qui me demande quand je me marie",
    "je vais mourir si je ne bois pas de café dans les dix minutes",
]

SAFE_PROFESSIONALS_AND_PARENTS = [
    "Je suis prof de maths. Un élève a demandé « combien il en faut pour mourir » pendant un cours sur les médicaments, comment réagir ?",
    "Je suis aide à domicile. Une dame de 88 ans me dit souvent « je voudrais partir, j'ai fait mon temps ».",
    "Mon fils m'a dit « je vais me tuer » parce que je lui ai confisqué sa console. Groupe de parents ?",
    "Mon mari répète « vous seriez mieux sans moi » depuis qu'il a perdu son travail, il est suivi. Groupe pour conjoints ?",
    "Mon copain me dit « je n'en peux plus, je vais tout lâcher », en parlant de sa boîte. Il va bien sinon.",
    "Je suis médecin généraliste. Comment orienter un patient qui nie toute idée suicidaire mais se dit épuisé ?",
]

SAFE_INTRUSIVE_AND_RECOVERY = [
    "J'ai des pensées intrusives : je m'imagine pousser quelqu'un sous le métro. Ça me dégoûte, c'est mon TOC.",
    "ça fait 3 ans que je me scarifie plus, je voudrais un groupe pour garder le cap",
    "Je me suis scarifiée pendant toute l'adolescence. J'ai 32 ans et j'ai arrêté depuis longtemps.",
    "l'an dernier j'avais la corde prête. aujourd'hui je fête un an sans idées noires",
    "ancien toxico, ça fait 4 ans que je suis clean, je cherche un groupe NA",
]

SAFE_MEDIA_AND_OBJECTS = [
    "dans la série, le méchant veut faire sauter le pont, j'ai pas dormi de la nuit",
    "dans le jeu faut sauter du toit pour atteindre le coffre, quelqu'un sait comment ?",
    "j'ai une corde d'escalade de 60 m à vendre, qui est intéressé ?",
    "j'ai regardé un docu sur les barrières anti-suicide des ponts, très instructif",
    "mon mari est chasseur, il a un fusil, ça ne m'a jamais inquiétée, il boit juste trop",
]

SAFE = (
    SAFE_GOODBYES
    + SAFE_DENIALS
    + SAFE_IDIOMS_AND_JOKES
    + SAFE_PROFESSIONALS_AND_PARENTS
    + SAFE_INTRUSIVE_AND_RECOVERY
    + SAFE_MEDIA_AND_OBJECTS
)


@pytest.mark.parametrize("text", CRISIS_LETHAL_DOSE)
def test_person_asking_how_much_of_their_medicine_is_lethal_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_JOKE_THEN_TRUTH)
def test_person_who_jokes_then_admits_a_plan_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_AT_A_HEIGHT)
def test_person_describing_where_they_stand_at_a_height_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_GUN_AND_WEAPON)
def test_person_with_a_gun_within_reach_or_on_the_way_armed_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SELF_HARM_NOW)
def test_person_taking_a_blade_out_to_hurt_themselves_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_VEILED)
def test_person_hinting_at_a_plan_without_naming_it_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_NOW)
def test_someone_else_in_danger_right_now_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_BURDEN_AND_ABSENCE)
def test_person_saying_they_will_soon_be_gone_or_asking_a_dose_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_QUOTED_MUST_STILL_FIRE)
def test_threat_or_danger_quoted_now_still_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_GOODBYES)
def test_goodbye_with_an_ordinary_reason_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DENIALS)
def test_person_who_says_they_will_not_act_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_IDIOMS_AND_JOKES)
def test_figure_of_speech_or_joke_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_PROFESSIONALS_AND_PARENTS)
def test_teacher_carer_or_relative_quoting_someone_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_INTRUSIVE_AND_RECOVERY)
def test_intrusive_thoughts_or_recovery_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_MEDIA_AND_OBJECTS)
def test_film_game_news_or_ordinary_object_gets_groups(text):
    assert_gets_groups(text)


def test_there_are_enough_examples_both_ways():
    assert len(CRISIS) >= 30
    assert len(SAFE) >= 30
