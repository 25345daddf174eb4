"""Spanish crisis screen, round 7: recall gaps (lethality and amount questions about a named
medicine, a joke or denial taken back, standing at a height, someone else in danger now, a gun
within reach, on the way with a weapon, self-harm urges now, veiled intent) and false alarms on
hard safe lines (a goodbye with an ordinary reason, a stated denial, idioms and embarrassment,
helpers quoting someone, intrusive thoughts disowned, a relative who self-harms, recovery,
habitual hyperbole, ordinary objects, a parent who had put their papers in order).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# Part A. Each list is a kind of crisis message, in the words people type.
LETHAL_AMOUNT_OF_A_NAMED_MEDICINE_CRISIS: list[str] = [
    "cuántos mg de amitriptilina son letales para una mujer de 60 kilos",
    "el bote entero de gotas de rivotril es suficiente?",
    "he ido guardando unas 60 sertralinas, con eso basta?",
    "con cuántos diazepam me muero",
    "tengo ahorradas 50 pastillas de quetiapina, alcanzan?",
    "cuanta insulina hay que ponerse para que sea mortal",
    "con 30 zolpidem alcanza o necesito mas",
    "cuantos lorazepam juntos son suficientes, es para mi",
    "ya sé cuántas sertralinas necesito, las tengo guardadas",
    "cual es la dosis letal de tramadol",
    "qué pasa si me tomo 30 orfidales de golpe",
    "estoy guardando mis pastillas de la depresión para el viernes",
]
DENIAL_THEN_RETRACTION_CRISIS: list[str] = [
    "jaja tranqui no soy suicida 😂 ... bueno en realidad si. llevo dias con un plan",
    "jajaja no me voy a tirar... bueno la verdad es que estoy en el balcon mirando abajo",
    "jajaja no soy suicida... mentira. ya tengo la cuerda preparada",
    "no tengo pensamientos de suicidio... bueno en realidad sí, y cada vez más fuertes",
    "no te preocupes, no voy a hacer nada. bueno, la verdad es que sí",
]
AT_A_HEIGHT_DESCRIBED_CRISIS: list[str] = [
    "estoy en el andén, el tren de las 23:10 pasa sin parar",
    "llevo un rato en el balcón mirando para abajo",
    "estoy en la baranda del puente mirando el agua",
    "sentado en la cornisa con las piernas por fuera",
    "llevo media hora en las vias esperando",
    "estoy en el andén justo en la raya amarilla, el próximo no para aquí",
    "ya me pasé al otro lado de la barandilla",
]
SOMEONE_ELSE_IN_DANGER_NOW_CRISIS: list[str] = [
    "mi compañero está en la cornisa y no quiere bajar",
    "mi hermana está en la azotea del edificio y no quiere bajar, dice que va a saltar",
    "mi abuela se tomó un puñado de sus pastillas, dice que está cansada de vivir y ahora se"
    " está quedando dormida",
    "mi amiga me acaba de escribir 'adiós, me tomé todas las pastillas'",
]
WEAPON_WITHIN_REACH_CRISIS: list[str] = [
    "encontré el código de la caja fuerte donde mi padre guarda la escopeta de caza",
    "sé dónde guarda la pistola y la llave",
    "ya tengo la llave del armero de mi viejo",
    "encontré donde esconde mi padre el arma",
]
ON_THE_WAY_ARMED_CRISIS: list[str] = [
    "voy camino a casa de ese cabrón con un bate, hoy me las paga",
    "voy para su casa con el machete, hoy se muere",
    "ya salí con el cuchillo a buscarlo",
    "estoy delante de la casa de mi ex con un cuchillo",
    "como vuelva a gritarme le clavo el cuchillo",
]
SELF_HARM_URGE_NOW_CRISIS: list[str] = [
    "quiero hacerme daño, lo que sea, con tal de que duela, estoy solo en casa",
    "quiero desmontar el sacapuntas para sacar la cuchilla",
    "voy a romper el sacapuntas para sacarle la hojita",
    "hace años me cortaba y hoy volví a hacerlo",
    "he roto un espejo adrede para cortarme con los trozos",
]
VEILED_INTENT_CRISIS: list[str] = [
    "no voy a ser un problema para nadie mucho más tiempo",
    "dentro de poco no voy a molestar a nadie",
    "soy enfermera, sé exactamente qué tomar y cuánto, solo espero a que acabe mi turno",
    "contraté un seguro de vida el mes pasado y la empresa quebró, ya entiendes por dónde voy",
    "esta noche voy a la tumba de mi abuelo y me quedo con él",
    "estoy en fase maníaca, me voy a la autopista a ver si llego a 250",
    "mañana subo y ya no bajo",
    "ya sé qué edificio y a qué hora",
]
POISON_OR_ASSAULT_NOW_CRISIS: list[str] = [
    "me he bebido medio vaso de lejía hace diez minutos",
    "me tienen sujetada del cuello y no puedo gritar",
    "mi padrastro me ha empujado por las escaleras, sigue en casa",
    "me están dando patadas en el suelo, ayuda",
]
# Quoted words that are still a crisis: a threat against the writer, a friend in danger now.
QUOTED_BUT_STILL_A_CRISIS: list[str] = [
    "mi marido me acaba de decir 'esta noche te mato'",
    "mi novio siempre dice que me va a matar y hoy ha sacado un cuchillo",
    "un desconocido me escribió que viene a matarme esta noche",
    "me quiero morir jajaja ya no puedo más con nada",
    "me corté el pelo y ahora me quiero morir, no aguanto más esta vida",
    "llevo dos años sin cortarme pero hoy tengo muchas ganas y tengo la cuchilla aquí",
    "gracias por todo, adiós a todos, me voy para siempre",
    "estoy en el balcón mirando hacia abajo, no puedo más",
]

ALL_CRISIS = (
    LETHAL_AMOUNT_OF_A_NAMED_MEDICINE_CRISIS
    + DENIAL_THEN_RETRACTION_CRISIS
    + AT_A_HEIGHT_DESCRIBED_CRISIS
    + SOMEONE_ELSE_IN_DANGER_NOW_CRISIS
    + WEAPON_WITHIN_REACH_CRISIS
    + ON_THE_WAY_ARMED_CRISIS
    + SELF_HARM_URGE_NOW_CRISIS
    + VEILED_INTENT_CRISIS
    + POISON_OR_ASSAULT_NOW_CRISIS
    + QUOTED_BUT_STILL_A_CRISIS
)

# Part B. Hard safe lines, by family.
FAREWELL_WITH_AN_ORDINARY_REASON: list[str] = [
    "me despido de vosotros, la semana que viene me mudo a Quebec por trabajo",
    "es mi última noche con vosotros porque paso al turno de noche, gracias por todo",
    "os quiero mucho, adiós a todos, me voy de Erasmus a Polonia en septiembre",
    "gracias por todo y perdón por lo pesada que me he puesto, me voy a vivir a Chile",
    "me despido de todo el mundo en redes, necesito un descanso digital",
    "hoy es mi último día en el foro, me mudo a Sevilla con mi pareja",
    "adiós a todos, me cambian de turno y ya no podré venir los jueves",
]
STATED_DENIAL: list[str] = [
    "no tengo pensamientos de suicidio, solo estoy agotada con el trabajo",
    "estoy fatal con la ruptura, pero quiero vivir y salir de esta",
    "cansada de la vida en el sentido de la uni, el curro y la relación, nada dramático",
    "estoy harto de todo, pero no en el sentido de no querer vivir, solo necesito hablar",
    "no soy suicida ni nada de eso, solo quiero encontrar un grupo de ansiedad",
    "he tenido ideas de muerte hace tiempo pero ahora no, estoy estable",
]
IDIOMS_AND_EMBARRASSMENT: list[str] = [
    "me podría morir de risa con los vídeos de mi sobrino",
    "me voy a morir de vergüenza si mañana me toca exponer",
    "vaya día, me quiero morir jaja, se me olvidaron las llaves dentro del coche",
    "me tropecé delante de todos en la boda, me quiero morir",
    "me quiero morir del cringe, le mandé el audio a mi jefa sin querer",
    "me dan ganas de tirarme por la ventana cada vez que abro el excel",
    "el capítulo de ayer me mató, no me lo esperaba",
    "me quiero morir, el lunes tengo examen de química y no he estudiado nada jajaja",
]
HELPERS_QUOTING_SOMEONE: list[str] = [
    'soy médica de familia, ¿cómo respondo a un paciente que me dice "ya no quiero vivir"?',
    'soy voluntaria en una línea de escucha y a veces me dicen "me voy a matar", ¿hay'
    " supervisión para voluntarios?",
    "soy trabajadora social y una usuaria me dijo que se quería morir, ¿qué recursos hay?",
    "como psicóloga, ¿qué digo cuando un cliente me cuenta que piensa en suicidarse?",
    'un alumno escribió en un examen "me quiero tirar por la ventana", ¿cómo lo hablo con él?',
    'mi hermano pequeño pone en sus estados "quiero desaparecer", ¿cómo saco el tema?',
    'como auxiliar de enfermería a veces oigo "ojalá me muera ya" en la residencia, ¿hay formación?',
]
INTRUSIVE_THOUGHTS_DISOWNED: list[str] = [
    "tengo pensamientos intrusivos de empujar a alguien a las vías, nunca lo haría, es mi TOC",
    "me vienen imágenes de hacerle daño a mi bebé, nunca lo haría, mi psicóloga dice que es TOC",
]
RELATIVE_WHO_SELF_HARMS: list[str] = [
    "mi pareja se autolesiona y no sé cómo ayudarla, busco un grupo para familiares",
    "mi hija de 15 se corta los brazos, ya está en terapia, ¿hay grupos para padres?",
    "mi hermano se corta y mis padres no lo saben, ¿hay grupos para hermanos?",
]
RECOVERY: list[str] = [
    "dejé de cortarme hace seis años y ahora quiero facilitar un grupo",
    "hace años me autolesionaba, hoy llevo cinco años limpia y estoy bien",
    "llevo 200 días limpia de autolesiones y quería celebrarlo con alguien",
    "me corté durante todo el instituto, ahora llevo tres años sin hacerlo",
]
HABITUAL_HYPERBOLE_QUOTED: list[str] = [
    'mi jefe siempre dice "me tiro por la ventana" cuando se cae el sistema jaja',
    'mi novio dice "me pego un tiro" cada vez que pierde el Madrid lol',
    'mi abuela siempre suelta "ya me quiero morir" cuando le duelen las rodillas, es su forma'
    " de hablar",
    'mi amiga de la uni dice "me mato" por cualquier cosa, es una exagerada jaja',
]
ORDINARY_OBJECTS_AND_PLACES: list[str] = [
    "he comprado una cuerda gruesa de diez metros, es para el barco",
    "ya até la cuerda en el árbol para la hamaca del jardín",
    "compré matarratas porque tenemos ratones en el garaje",
    "la azotea de casa la usamos para tender y para las barbacoas de verano",
    "estoy en el balcón regando las plantas mirando hacia abajo a ver si llegó el repartidor",
    "me corté con un cristal fregando los platos, nada grave",
    "cuántos mg de sertralina es la dosis normal para empezar?",
    "si hace bueno bajo con el bate al parque a jugar con mi hijo",
    "compré un billete sin vuelta a Australia, empiezo de cero allí",
    "llevo una soga en el maletero para remolcar la furgoneta",
]
PARENT_WHO_PUT_PAPERS_IN_ORDER: list[str] = [
    "mi padre murió el mes pasado y había dejado todos sus papeles en orden, eso nos ayudó mucho",
    "mi madre falleció de cáncer; había puesto todas sus cosas en orden antes de irse",
]

ALL_SAFE = (
    FAREWELL_WITH_AN_ORDINARY_REASON
    + STATED_DENIAL
    + IDIOMS_AND_EMBARRASSMENT
    + HELPERS_QUOTING_SOMEONE
    + INTRUSIVE_THOUGHTS_DISOWNED
    + RELATIVE_WHO_SELF_HARMS
    + RECOVERY
    + HABITUAL_HYPERBOLE_QUOTED
    + ORDINARY_OBJECTS_AND_PLACES
    + PARENT_WHO_PUT_PAPERS_IN_ORDER
)


@pytest.mark.parametrize("text", LETHAL_AMOUNT_OF_A_NAMED_MEDICINE_CRISIS)
def test_person_asking_how_much_of_a_named_medicine_is_lethal_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_THEN_RETRACTION_CRISIS)
def test_person_who_jokes_it_off_then_takes_it_back_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", AT_A_HEIGHT_DESCRIBED_CRISIS)
def test_person_describing_standing_at_a_height_or_on_the_tracks_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_IN_DANGER_NOW_CRISIS)
def test_person_whose_friend_or_relative_is_in_danger_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", WEAPON_WITHIN_REACH_CRISIS)
def test_person_who_just_found_how_to_reach_a_gun_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ON_THE_WAY_ARMED_CRISIS)
def test_person_on_the_way_to_hurt_someone_with_a_weapon_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SELF_HARM_URGE_NOW_CRISIS)
def test_person_with_a_self_harm_urge_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", VEILED_INTENT_CRISIS)
def test_person_hinting_at_a_plan_without_naming_it_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", POISON_OR_ASSAULT_NOW_CRISIS)
def test_person_who_swallowed_poison_or_is_being_hurt_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", QUOTED_BUT_STILL_A_CRISIS)
def test_threat_quoted_by_the_victim_or_despair_behind_a_laugh_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", FAREWELL_WITH_AN_ORDINARY_REASON)
def test_goodbye_with_an_ordinary_reason_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", STATED_DENIAL)
def test_person_who_says_plainly_they_are_not_suicidal_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", IDIOMS_AND_EMBARRASSMENT)
def test_figure_of_speech_or_embarrassment_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HELPERS_QUOTING_SOMEONE)
def test_helper_asking_how_to_answer_someone_who_said_it_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", INTRUSIVE_THOUGHTS_DISOWNED)
def test_intrusive_thoughts_the_writer_disowns_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", RELATIVE_WHO_SELF_HARMS)
def test_relative_of_someone_who_self_harms_looking_for_a_family_group_gets_groups(
    text: str,
) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", RECOVERY)
def test_person_recovered_from_self_harm_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HABITUAL_HYPERBOLE_QUOTED)
def test_someone_elses_habitual_hyperbole_quoted_with_a_laugh_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_OBJECTS_AND_PLACES)
def test_ordinary_objects_and_places_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PARENT_WHO_PUT_PAPERS_IN_ORDER)
def test_bereaved_child_whose_parent_had_put_papers_in_order_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_there_are_enough_examples_both_ways() -> None:
    assert len(ALL_CRISIS) >= 30
    assert len(ALL_SAFE) >= 30
