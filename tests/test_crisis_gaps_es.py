"""Spanish crisis screen, recall gaps: kinds of crisis message that slipped past the rules in
messages from people the team never saw, each next to the same objects and words used safely.

The crisis examples must be caught by the lexicon rules themselves (not only by the model).
"""

from __future__ import annotations

import pytest

from conversations.crisis import screen
from tests.crisis_rounds import assert_caught_by_rules

# 1. An overdose already taken, told with a count or an amount.
OVERDOSE_TAKEN_CRISIS: list[str] = [
    "me chingue todas las pastillas de mi mama",
    "ya me tome medio frasco de rivotril con cerveza",
    "me tome como 30 de mis antidepresivos",
    "acabo de tragarme como veinte sertralinas",
    "me bebi la botella de vodka con mis pastillas",
    "me tome una botella de ron con todas las pastillas de dormir",
    "me empine el frasco de antidepresivos hace media hora",
    "me he tomado unas cincuenta pastillas de la ansiedad",
    "me tome toda la tira de clonazepam",
]
USUAL_DOSE_NOT_CRISIS: list[str] = [
    "me tome una pastilla para dormir y una botella de agua",
    "ayer me tome dos ibuprofenos por el dolor de cabeza",
    "me tome dos de mis antidepresivos esta manana como me los recetaron",
    "me tome la botella de agua con mis pastillas",
    "me tome mi pastilla con una botella de agua",
    "tomo mis antidepresivos desde hace un ano, busco un grupo de apoyo",
]

# 2. A means made ready, then a goodbye or an apology.
MEANS_READIED_GOODBYE_CRISIS: list[str] = [
    "ya esta cargado el revolver. los amo, perdon",
    "cargue la pistola. perdon",
    "ya conte las pastillas. gracias por todo",
    "ya amarre la cuerda. adios a todos, los quiero",
    "las pastillas ya estan contadas, gracias por todo",
    "la cuerda ya esta colgada. adios",
]
MEANS_READIED_NOT_CRISIS: list[str] = [
    "cargue la pistola para ir al campo de tiro, gracias por la info",
    "conte las pastillas para la semana en el pastillero, gracias",
]

# 3. Holding or sitting with the means right now.
HOLDING_THE_MEANS_CRISIS: list[str] = [
    "hace rato que tengo el cuchillo en la mano y no lo suelto",
    "estoy sentada en el piso del bano con el cuchillo",
    "toy en el suelo del baño con la navaja",
    "sigo sentado en el suelo del cuarto con las pastillas",
    "llevo media hora con la gillette en la mano",
    "llevo un rato con la cuchilla en la mano",
]
HOLDING_A_KNIFE_NOT_CRISIS: list[str] = [
    "estoy en el bano con el celular",
    "estoy en la cocina con el cuchillo cortando cebolla",
    "llevo un rato con el cuchillo picando verduras",
]

# 4. Someone else took something and will not wake up.
SOMEONE_WONT_WAKE_CRISIS: list[str] = [
    "mi esposo se tomo todo el frasco y no reacciona",
    "mi mama se tomo algo y no despierta, que hago",
    "mi hermano se tomo no se que y no se despierta",
    "mi viejo se trago algo y no puedo despertarlo",
    "mi abuela se tomo un frasco de pastillas y no responde",
]
SOMEONE_ASLEEP_NOT_CRISIS: list[str] = [
    "mi abuelo se tomo su pastilla y esta durmiendo la siesta",
    "mi mama se tomo un te y se quedo dormida en el sillon",
    "mi hijo se tomo el jarabe y ya se durmio",
]

# 5. Someone else on a roof, ledge, bridge or window threatening to jump, now.
SOMEONE_ON_A_LEDGE_CRISIS: list[str] = [
    "hay alguien en el puente amenazando con saltar",
    "mi hijo esta sentado en la ventana y dice que se va a aventar",
    "mi amigo esta en la azotea diciendo que se va a tirar",
    "mi hermana esta en el puente y dice que va a saltar",
    "mi novio esta en la cornisa, dice que salta",
    "mi vecino esta en el balcon amenazando con tirarse",
    "mi pana se subio al puente y dice que se va a aventar",
]
SOMEONE_UP_HIGH_NOT_CRISIS: list[str] = [
    "mi hijo esta en el balcon regando las plantas",
    "mi hermana salto del trampolin a la alberca",
    "mi primo esta en el puente tomando fotos del rio",
    "mi hijo esta en el techo ayudando a su papa con la antena",
    "mi hermano esta en el puente esperando el camion",
    "el techador esta en el techo arreglando las tejas",
    "la nena esta en la ventana mirando los pajaros",
]

# 6. Someone else just cut themselves and is bleeding.
SOMEONE_CUT_CRISIS: list[str] = [
    "mi hermana se corto las munecas, esta sangrando mucho, que hago",
    "mi hija me acaba de decir que se corto las venas, hay sangre por todos lados",
    "mi hijo se corto los brazos y no para de sangrar",
    "mi hija se volvio a cortar y hay mucha sangre",
    "mi hermanito se autolesiono y esta sangrando mucho que hago",
]
PLAIN_INJURY_NOT_CRISIS: list[str] = [
    "mi hija se corto el pelo ella sola y quedo fatal",
    "mi hijo se corto con un vidrio en la playa, como limpio la herida",
    "mi hijo se corto un dedo cocinando, sale mucha sangre, como lo vendo",
]

# 7. A denial, then a chosen date or a plan with a condition.
DENIAL_THEN_DATE_CRISIS: list[str] = [
    "no soy suicida ni nada, solo ya elegi una fecha",
    "no estoy pensando en suicidarme, solo que ya tengo fecha",
    "no soy suicida, solo tengo un plan por si no mejora para el fin de semana",
    "no quiero matarme, solo ya tengo el dia elegido",
    "no soy suicida, solo tengo un plan por si esto no mejora",
]
DENIAL_THEN_ORDINARY_PLAN_NOT_CRISIS: list[str] = [
    "no soy suicida, solo ya tengo fecha para mi operacion",
    "no estoy deprimido, tengo un plan para ahorrar este ano",
    "no soy suicida, solo tengo un plan para mi semana",
    "no soy suicida, ya elegi el dia de la boda",
    "tranquila, ya tengo fecha para la cita con el psicologo",
]

# 8. An old or dependent person abused by a relative, now.
ELDER_ABUSE_CRISIS: list[str] = [
    "mi nieto se gasta mi pension y me empuja cuando le digo algo",
    "mi hijo me quita la pension y me empuja, tengo 80 anos y tengo miedo en mi propio piso",
    "mi nieto se queda con mi jubilacion y me grita, soy anciana y tengo miedo",
    "mis hijos me quitan la pension y me encierran en mi cuarto",
    "mi yerno me empuja y se gasta mi pension, tengo 82 anos",
]
STRANGER_PUSH_NOT_CRISIS: list[str] = [
    "mi hijo me ayuda con la pension y me lleva al medico",
    "mi nieto me visita cada domingo y me cuida mucho",
    "un senor en el mercado me empujo sin querer",
    "mi hija cobra mi pension porque yo no puedo ir al banco, estamos bien",
    "el viejo de la parada del bus me empujo",
]

ALL_CRISIS = (
    OVERDOSE_TAKEN_CRISIS
    + MEANS_READIED_GOODBYE_CRISIS
    + HOLDING_THE_MEANS_CRISIS
    + SOMEONE_WONT_WAKE_CRISIS
    + SOMEONE_ON_A_LEDGE_CRISIS
    + SOMEONE_CUT_CRISIS
    + DENIAL_THEN_DATE_CRISIS
    + ELDER_ABUSE_CRISIS
)
ALL_SAFE = (
    USUAL_DOSE_NOT_CRISIS
    + MEANS_READIED_NOT_CRISIS
    + HOLDING_A_KNIFE_NOT_CRISIS
    + SOMEONE_ASLEEP_NOT_CRISIS
    + SOMEONE_UP_HIGH_NOT_CRISIS
    + PLAIN_INJURY_NOT_CRISIS
    + DENIAL_THEN_ORDINARY_PLAN_NOT_CRISIS
    + STRANGER_PUSH_NOT_CRISIS
)


@pytest.mark.parametrize("text", OVERDOSE_TAKEN_CRISIS)
def test_person_who_swallowed_a_count_of_their_pills_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", USUAL_DOSE_NOT_CRISIS)
def test_person_who_took_their_usual_dose_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", MEANS_READIED_GOODBYE_CRISIS)
def test_person_who_readied_a_means_and_said_goodbye_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MEANS_READIED_NOT_CRISIS)
def test_person_who_loaded_a_gun_for_the_range_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", HOLDING_THE_MEANS_CRISIS)
def test_person_sitting_with_a_blade_or_pills_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", HOLDING_A_KNIFE_NOT_CRISIS)
def test_person_cooking_with_a_knife_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_WONT_WAKE_CRISIS)
def test_person_whose_relative_took_something_and_wont_wake_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ASLEEP_NOT_CRISIS)
def test_person_whose_child_fell_asleep_after_medicine_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_ON_A_LEDGE_CRISIS)
def test_person_whose_friend_threatens_to_jump_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_UP_HIGH_NOT_CRISIS)
def test_person_mentioning_a_roofer_or_a_window_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", SOMEONE_CUT_CRISIS)
def test_person_whose_child_cut_themselves_and_bleeds_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", PLAIN_INJURY_NOT_CRISIS)
def test_person_whose_child_cut_a_finger_cooking_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", DENIAL_THEN_DATE_CRISIS)
def test_person_denying_but_with_a_date_or_plan_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_THEN_ORDINARY_PLAN_NOT_CRISIS)
def test_person_with_a_plan_for_the_week_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", ELDER_ABUSE_CRISIS)
def test_old_person_robbed_and_pushed_by_family_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", STRANGER_PUSH_NOT_CRISIS)
def test_person_pushed_by_a_stranger_at_the_bus_stop_gets_groups(text: str) -> None:
    assert not screen(text).crisis


def test_enough_examples_both_ways() -> None:
    assert len(ALL_CRISIS) >= 25
    assert len(ALL_SAFE) >= 25
