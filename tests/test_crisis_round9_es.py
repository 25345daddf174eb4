"""Spanish crisis screen, round 9: emergencies described, not named.

Recall: someone else's medical emergency told by its signs (blue lips, foam at the mouth, gas
behind a locked door, found hanging), lethal means named without a reason (barbiturates, rat
poison and its street names, packs bought at several pharmacies, a knot "not for camping"), a
firearm at home while alone, insurance money as the reason, messages meant to be read afterwards,
affairs wound up, reckless danger with intent, timing without the act, abuse and harm to others
happening now. Safety: the same objects and words used safely (a rifle for the hunting season, a
gas smell reported to the landlord, a knot for sailing, an insurance question, rent paid before a
holiday, a child who sleeps deeply after a nap, a paramedic describing a call) still get groups.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# Part A. Each list is a kind of crisis message, in the words people type.
SOMEONE_ELSE_WITH_SIGNS_OF_AN_EMERGENCY_CRISIS: list[str] = [
    "mi colega no se despierta después de la fiesta y tiene los labios azules",
    "no puedo despertar a mi amiga, tiene los labios morados y respira raro",
    "le sale espuma por la boca y no responde, q hago",
    "mi novia está echando espuma por la boca",
    "mi hermano respira muy lento y no reacciona cuando le hablo",
    "tiene la cara gris y no abre los ojos, ayuda",
    "mi compi de piso no despierta desde el botellón de anoche",
    "ayuda mi hermana echa espuma x la boca",
    "mi pana no reacciona, tiene los labios moraos",
    "mi hermano está tirado en el baño, tiene los labios azules",
    "mi amiga se tomó algo en la disco y no hay manera de despertarla",
    "mi primo está convulsionando y no responde",
]
GAS_OR_HANGING_FOUND_CRISIS: list[str] = [
    "mi hijo se encerró en su cuarto y huele a gas",
    "huele a gas en la habitación de mi hija y no abre la puerta",
    "encontré a mi padre colgado en el garaje, todavía se mueve, qué hago",
    "acabo de encontrar a mi hermano ahorcado en el trastero, creo que sigue vivo",
    "mi madre abrió el gas y cerró la puerta de la cocina",
    "la encontré colgando de la puerta del armario, ayuda",
]
LETHAL_MEANS_NAMED_CRISIS: list[str] = [
    "dónde puedo conseguir nembutal",
    "alguien sabe dónde se compra pentobarbital sin receta",
    "compré veneno para ratas en el mercado esta mañana",
    "ya tengo el tres pasitos guardado",
    "compré tres cajas en farmacias distintas para que nadie pregunte",
    "fui comprando en varias farmacias, ya tengo bastantes",
    "fui a 4 farmacias distintas para que no me pregunten nada",
    "como se ata una soga que aguante el peso de una persona",
    "compré 5 cajas de paracetamol en farmacias diferentes",
    "tengo nembutal guardado en el cajón",
    "cómo hago un nudo bien hecho, y no es para acampar",
    "cómo se hace un nudo corredizo que aguante mi peso",
]
FIREARM_WHILE_ALONE_CRISIS: list[str] = [
    "mi abuelo todavía guarda su escopeta de caza en casa y estoy sola",
    "la carabina de mi marido está en el armario y él está fuera por trabajo",
    "estoy solo en casa y mi padre tiene una pistola en el cajón",
    "el rifle de mi abuelo sigue en el ropero y no hay nadie en casa",
]
INSURANCE_AS_THE_REASON_CRISIS: list[str] = [
    "mi mujer estaría mejor con el seguro que conmigo",
    "hace poco me hice un seguro de vida, al menos cobrarán algo",
    "sin mí les quedaría más dinero",
    "mis hijos estarían más tranquilos con la herencia que conmigo",
    "mis hijos estarían mejor con el dinero del seguro que conmigo",
    "sin mí a mi familia le quedaría más plata",
    "mi familia estaría mejor con la pensión de viudedad que conmigo",
    "valgo más muerto que vivo por el seguro",
]
MESSAGE_FOR_AFTERWARDS_CRISIS: list[str] = [
    "por favor dile luego a mi hijo que no fue su culpa",
    "cuando leas esto ya no estaré, te quiero",
    "gracias por todo, cuidaos chicos. me voy",
    "cuidense mucho y gracias x todo. me despido",
    "que nadie se culpe, fue mi decisión",
    "mamá, cuando veas este mensaje, perdóname",
]
AFFAIRS_WOUND_UP_CRISIS: list[str] = [
    "pagué el alquiler un mes por adelantado, di de comer a los peces y dejé las llaves a la vecina",
    "hice una lista de quién se queda con cada cosa mía, está en la nevera",
    "le mandé a mi mejor amiga el código del móvil y le dije que se quede con mis plantas",
    "dejé todo pagado y le di las llaves a mi hermana",
]
RECKLESS_ON_PURPOSE_CRISIS: list[str] = [
    "ayer crucé el cruce sin mirar, a propósito",
    "si el avión se cae a la vuelta, me da igual",
    "llevo tres días sin comer ni dormir y camino por el borde del andén, me calma",
    "dónde está el edificio más alto sin portero? no soy suicida",
    "conduje por la autovía sin cinturón y a toda velocidad, adrede",
    "ojalá el avión se estrelle, me haría un favor",
    "me salté el semáforo en rojo a propósito",
    "me tumbé en la carretera a ver si pasaba un coche",
    "voy en moto a 200 sin casco queriendo",
]
TIMING_WITHOUT_THE_ACT_CRISIS: list[str] = [
    "en cuanto mi hijo se duerma esta noche",
    "cada vez que me duermo espero que sea la última",
    "ojalá sea la última noche que me acuesto",
    "hoy apenas se duerman los niños",
]
ABUSE_OR_HARM_NOW_CRISIS: list[str] = [
    "mi tío se queda a dormir otra vez, cuando lo hace viene a mi cama. tengo 12 años",
    "mi entrenador quiere que me quede solo con él después del entreno otra vez y me da miedo hoy",
    "estoy tan enfadado que estoy a punto de pegar a mi madre, apenas me aguanto",
    "me contengo para no pegarle a mi hermano, no puedo más",
    "mi padrastro dice que me quede a solas con él esta noche, tengo miedo",
    "tengo tanta rabia que voy a pegarle a mi hermana ahora mismo",
    "mi profe de piano quiere que vaya solo a su casa y me da asco",
]

# Part B. The same objects and words, used safely: these get groups.
SIGNS_WITH_AN_ORDINARY_CAUSE_NOT_CRISIS: list[str] = [
    "salí de la piscina con los labios morados del frío, jaja",
    "me pinté los labios de azul para el carnaval",
    "mi bebé no se despierta de la siesta, ¿es normal que duerma tanto?",
    "mi hijo adolescente no se despierta con el despertador por las mañanas",
    "mi jefe echaba espuma por la boca de la rabia en la reunión",
    "mi perro echa espuma por la boca después de correr, ¿lo llevo al veterinario?",
    "soy paramédico y ayer tuvimos un aviso de sobredosis, me cuesta dormir desde entonces",
]
GAS_OR_ROPE_IN_ORDINARY_USE_NOT_CRISIS: list[str] = [
    "hay olor a gas en el portal, ya avisé al casero para que venga el técnico",
    "¿cómo se hace un nudo de ocho para navegar en el velero?",
    "busco un grupo de scouts donde enseñen nudos para acampar",
    "tengo ratones en el trastero, ¿qué veneno para ratas funciona mejor?",
    "he colgado el cuadro en el garaje y ha quedado genial",
]
FIREARMS_SAFELY_KEPT_NOT_CRISIS: list[str] = [
    "estoy limpiando la escopeta de mi abuelo para la temporada de caza",
    "mi padre guarda su rifle en un armario blindado, tiene licencia de armas",
    "me he sacado la licencia de caza y el fin de semana voy al coto",
]
INSURANCE_AND_MONEY_NOT_CRISIS: list[str] = [
    "¿cuánto cuesta un seguro de vida para una familia con dos hijos?",
    "estoy comparando seguros de hogar, ¿cuál recomendáis?",
    "sin mí en casa les quedaría más dinero si me independizo y me voy a estudiar fuera",
]
ORDINARY_ARRANGEMENTS_NOT_CRISIS: list[str] = [
    "pagué el alquiler por adelantado porque me voy de vacaciones un mes",
    "dejé las llaves a la vecina para que riegue las plantas mientras estoy de viaje",
    "hice una lista de quién se queda con cada regalo para el amigo invisible",
    "gracias por todo, cuidaos. me voy a dormir que mañana madrugo",
    "si lees esto, feliz cumpleaños hermana, te quiero mucho",
    "dile a mi hijo que no fue su culpa que se rompiera el jarrón",
]
TRAVEL_TIMING_AND_ANGER_NOT_CRISIS: list[str] = [
    "me da miedo volar, si el avión se cae me muero del susto jaja",
    "en cuanto mi hijo se duerma esta noche, me conecto al grupo online",
    "busco el edificio más alto sin portero para hacer fotos del atardecer",
    "mi tío se queda a dormir en Navidad y siempre trae regalos",
    "mi entrenador quiere que me quede después del entreno para practicar penaltis",
    "mi entrenador quiere que me quede solo con él hoy para revisar el vídeo del partido",
    "estoy a punto de pegarle a mi hermano porque no me deja la play jaja",
    "hoy cuando se duerman los niños, me tomo una copa de vino y veo una peli",
    "compré matarratas porque hay ratones en el sótano",
    "me paré en medio de la calle a ver si pasaba un taxi",
    "fui en moto a 120 por la autovía y me multaron",
    "compré mascarillas en farmacias diferentes porque se agotaban",
    "le voy a pegar a mi hermano ahora mismo como no me devuelva el cargador",
    "no te culpes por el examen, no fue tu culpa",
    "abrió el gas para cocinar y cerró la ventana porque hacía frío",
    "mi profe quiere que vaya sola a su despacho para revisar el examen",
    "dicen que un pintor vale más muerto que vivo por el dinero de sus cuadros",
    "dejé todo pagado antes de irme de vacaciones y le di las llaves a mi hermana",
    "tras la fiesta mi amigo no contesta al whatsapp, estará durmiendo la mona",
    "soy enfermera y ayer llegó un chico con los labios azules por una sobredosis",
]


def _crisis(*lists: list[str]) -> list[str]:
    return [text for texts in lists for text in texts]


@pytest.mark.parametrize("text", SOMEONE_ELSE_WITH_SIGNS_OF_AN_EMERGENCY_CRISIS)
def test_friend_who_will_not_wake_up_with_blue_lips_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", GAS_OR_HANGING_FOUND_CRISIS)
def test_gas_behind_a_locked_door_or_someone_found_hanging_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", LETHAL_MEANS_NAMED_CRISIS)
def test_lethal_means_named_without_a_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", FIREARM_WHILE_ALONE_CRISIS)
def test_firearm_within_reach_while_alone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", INSURANCE_AS_THE_REASON_CRISIS)
def test_family_better_off_with_the_insurance_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MESSAGE_FOR_AFTERWARDS_CRISIS)
def test_message_meant_to_be_read_afterwards_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", AFFAIRS_WOUND_UP_CRISIS)
def test_affairs_wound_up_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", RECKLESS_ON_PURPOSE_CRISIS)
def test_reckless_danger_on_purpose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", TIMING_WITHOUT_THE_ACT_CRISIS)
def test_timing_without_the_act_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ABUSE_OR_HARM_NOW_CRISIS)
def test_abuse_or_harm_to_others_happening_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SIGNS_WITH_AN_ORDINARY_CAUSE_NOT_CRISIS)
def test_child_sleeping_after_a_nap_or_a_paramedic_describing_a_call_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", GAS_OR_ROPE_IN_ORDINARY_USE_NOT_CRISIS)
def test_gas_reported_to_the_landlord_or_a_sailing_knot_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", FIREARMS_SAFELY_KEPT_NOT_CRISIS)
def test_hunter_cleaning_a_rifle_for_the_season_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", INSURANCE_AND_MONEY_NOT_CRISIS)
def test_ordinary_insurance_question_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_ARRANGEMENTS_NOT_CRISIS)
def test_rent_paid_ahead_before_a_holiday_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", TRAVEL_TIMING_AND_ANGER_NOT_CRISIS)
def test_fear_of_flying_or_an_evening_plan_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_round_has_enough_examples() -> None:
    crisis = _crisis(
        SOMEONE_ELSE_WITH_SIGNS_OF_AN_EMERGENCY_CRISIS,
        GAS_OR_HANGING_FOUND_CRISIS,
        LETHAL_MEANS_NAMED_CRISIS,
        FIREARM_WHILE_ALONE_CRISIS,
        INSURANCE_AS_THE_REASON_CRISIS,
        MESSAGE_FOR_AFTERWARDS_CRISIS,
        AFFAIRS_WOUND_UP_CRISIS,
        RECKLESS_ON_PURPOSE_CRISIS,
        TIMING_WITHOUT_THE_ACT_CRISIS,
        ABUSE_OR_HARM_NOW_CRISIS,
    )
    safe = _crisis(
        SIGNS_WITH_AN_ORDINARY_CAUSE_NOT_CRISIS,
        GAS_OR_ROPE_IN_ORDINARY_USE_NOT_CRISIS,
        FIREARMS_SAFELY_KEPT_NOT_CRISIS,
        INSURANCE_AND_MONEY_NOT_CRISIS,
        ORDINARY_ARRANGEMENTS_NOT_CRISIS,
        TRAVEL_TIMING_AND_ANGER_NOT_CRISIS,
    )
    assert len(crisis) >= 30
    assert len(safe) >= 25
