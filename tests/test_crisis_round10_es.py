"""Spanish crisis screen, round 10: regional and oblique wording.

Recall: a height, the rails or a dose asked about with a tell ("es pa saber nomás", "no me
juzguen", "que no haya nadie", "para que uno no despierte"), a bottle of pills already taken,
car exhaust in a closed garage, means kept "for when" a day comes, shame at still being alive,
regional euphemisms for ending it ("entregar el equipo", "irme de todo", "sacarme de encima este
cuerpo"), doing the family "a favour", blood after a relapse, a rope tested on a beam, someone
else posting a goodbye from a bridge or the tracks, hitting oneself in the face, a partner
threatened with a machete, and goodbyes in local words (no blame, the only one who understood
me, keep my things, a trip with no return, my last post, a pet entrusted).
Safety: the same words used ordinarily still get groups: hyperbole tied to a trivial cause and
laughed off, a song or a film, goodbyes with their reason (a job, a course, a move, a chat, a pet
put to sleep), a partner who "cut" with you, news that "hit" you, a burden with a stated
recovery, a dose asked for a child, a swim on a hot day, professionals who attended an attempt.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# Part A. Each list is a kind of crisis message, in the words people type.
HEIGHT_OR_RAILS_ASKED_ABOUT_CRISIS: list[str] = [
    "desde un octavo piso te mueres seguro?",
    "un sexto piso basta? no me juzguen",
    "cuánto se tarda en caer desde el viaducto",
    "el puente de la autopista tiene barandilla o se puede saltar fácil?",
    "¿Qué altura tiene el puente de Segovia? Lo estoy pensando.",
    "a qué hora pasa el tren de carga por el pueblo? sin que nadie me vea",
    "la azotea del hospital sigue abierta? pregunto en serio",
]
DOSE_NOT_TO_WAKE_CRISIS: list[str] = [
    "con cuántas pastillas de rivotril ya no te despiertas?",
    "cuánto tramadol hace falta para que uno no despierte",
    "con cuántos alprazolam alcanza si los tomo con vino",
    "dónde consigo rivotril sin receta, necesito muchas de una vez",
    "me he tragado un frasco de clonazepam y me da vueltas todo",
    "me tomé una caja de paracetamol hace una hora",
]
EXHAUST_OR_MEANS_KEPT_CRISIS: list[str] = [
    "cuánto tiempo tarda el monóxido en hacer efecto dentro de un coche",
    "voy a dejar el auto prendido con el humo del escape en el garaje cerrado",
    "tengo escondidas las pastillas de mi abuela para el día que ya no pueda más",
    "tengo escondida una soga en el galpón para cuando me echen de la casa",
    "el cinturón aguanta el peso de un cuerpo colgando?",
    "voy a atarla a la viga del garaje esta tarde",
    "quiero un raticida que no falle, dónde lo venden",
]
REGIONAL_WORD_FOR_ENDING_IT_CRISIS: list[str] = [
    "me da culpa seguir respirando después de lo que hice",
    "no merezco seguir con vida",
    "ojalá que me maten en un asalto, me da igual",
    "ya me toca entregar los equipos, hermano, cuídame a la vieja",
    "quiero sacarme de encima esta vida, no aguanto",
    "si no paso el examen de admisión me tiro del puente",
    "ya no quiero más vivir así",
    "tengo todo listo, esta noche me voy",
    "aunque sinceramente no sé si aguante hasta el viernes",
    "solo molesto a mi familia, les voy a hacer un favor",
    "ya quiero colgar los tenis, neta",
    "quisiera estirar la pata esta misma noche",
    "me voy a dar piso, parce",
    "ojalá la palmara dormida",
    "volví a cortarme. tengo sangre en toda la cama",
]
SOMEONE_ELSE_OR_VIOLENCE_NOW_CRISIS: list[str] = [
    "mi prima subió un video desde la azotea diciendo adiós a todos, no contesta",
    "mi hermano está en las vías del tren y no me contesta, qué hago",
    "me di puñetazos contra la pared hasta sangrar",
    "me estoy dando cabezazos contra el muro",
    "le voy a dar con el hacha cuando llegue",
    "la quiero rajar con un cuchillo, está en el cuarto",
]
GOODBYE_IN_LOCAL_WORDS_CRISIS: list[str] = [
    "fuiste la única que me quiso de verdad. te dejo una nota en el cajón",
    "le dejé mi perro a mi vecina. gracias a todos los que me aguantaron",
    "mamá no te culpes de nada. fuiste la única que creyó en mí",
    "subí mi último video, ya no hay más. es un viaje sin regreso",
    "te dejo mis libros y mi guitarra, quédatelos. gracias por todo, fuiste el mejor",
]

# Part B. The same words used ordinarily.
HYPERBOLE_WITH_A_TRIVIAL_CAUSE: list[str] = [
    "me quiero morir de vergüenza, me caí delante de todo el salón",
    "si vuelve a sonar el taladro del vecino me tiro por el balcón",
    "me quiero matar jaja, se me olvidó la tarea otra vez",
    "me mató el profe con ese examen sorpresa",
    "qué golazo, ese gol me mató",
    "me quiero tirar por la ventana, perdimos en el fifa otra vez jajaja",
    "voy a palmarla de calor jaja, 40 grados en la oficina",
    "mi abuelo colgó los tenis de correr a los 80, qué crack",
    "a ver si la palmo de risa con esta serie",
    "me voy a quebrar un brazo con tanto skate",
    "quiero dormir y no despertar hasta el lunes, qué semana",
    "ya tengo todo listo, mañana me voy de vacaciones",
    "cuántas pastillas de melatonina para no despertar tan temprano?",
]
SONG_FILM_OR_SWIM: list[str] = [
    "en la serie el protagonista se tira del edificio y quedé en shock",
    "estoy escuchando la canción de me quiero morir en bucle",
    "vi en la peli que la chica se lanza del acantilado al final",
    "qué calor, me voy a tirar a la piscina con mis primos",
    "el mirador está abierto de noche? quiero ver las luces de la ciudad",
]
GOODBYE_WITH_ITS_REASON: list[str] = [
    "ya me despedí de todos mis compañeros, el lunes empiezo en la otra sucursal",
    "tuve que despedirme de mi gatita, el veterinario dijo que ya estaba muy enferma",
    "me salgo del chat de la promo, gracias por todo chicos",
    "estoy regalando mis muebles porque me mudo a Madrid",
    "les escribí cartas para cuando me vaya de erasmus",
    "dejé todo en orden antes de irme de viaje, ya estoy en el aeropuerto",
]
ORDINARY_CUT_HIT_OR_BURDEN: list[str] = [
    "mi novia me cortó por whatsapp después de tres años",
    "la noticia del terremoto me pegó mucho aunque no conocía a nadie",
    "me pegó fuerte la gripe esta semana, estoy de baja",
    "voy a terminar con mi vida de soltero, me caso en junio",
    "a veces me siento un estorbo para mis papás, pero sé que es pasajero",
    "me siento una carga desde la cirugía, pero estoy mejorando mucho",
    "pienso en la muerte a veces pero no en hacerme daño, es ansiedad",
    "hoy lo hago, voy a ir a mi primera sesión de terapia",
]
DOSE_OR_WORK_IN_ITS_PLACE: list[str] = [
    "cuántas pastillas de ibuprofeno puedo tomar al día? es para mi hija de 8 años",
    "el médico me recetó amoxicilina, ¿tengo que tomarlas todas aunque me sienta bien?",
    "Soy bombera. El mes pasado atendimos un intento de suicidio en un puente y no dejo de pensarlo.",
    "qué altura tiene el puente de Brooklyn? vamos de viaje en mayo",
]

CRISIS_FAMILIES = {
    "height": HEIGHT_OR_RAILS_ASKED_ABOUT_CRISIS,
    "dose": DOSE_NOT_TO_WAKE_CRISIS,
    "means": EXHAUST_OR_MEANS_KEPT_CRISIS,
    "regional": REGIONAL_WORD_FOR_ENDING_IT_CRISIS,
    "someone_else": SOMEONE_ELSE_OR_VIOLENCE_NOW_CRISIS,
    "goodbye": GOODBYE_IN_LOCAL_WORDS_CRISIS,
}
SAFE_FAMILIES = {
    "hyperbole": HYPERBOLE_WITH_A_TRIVIAL_CAUSE,
    "media": SONG_FILM_OR_SWIM,
    "goodbye": GOODBYE_WITH_ITS_REASON,
    "cut_hit_burden": ORDINARY_CUT_HIT_OR_BURDEN,
    "dose_or_work": DOSE_OR_WORK_IN_ITS_PLACE,
}


@pytest.mark.parametrize("text", family_cases({"height": HEIGHT_OR_RAILS_ASKED_ABOUT_CRISIS}))
def test_person_asking_about_a_height_with_a_tell_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"dose": DOSE_NOT_TO_WAKE_CRISIS}))
def test_person_asking_for_a_dose_not_to_wake_up_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"means": EXHAUST_OR_MEANS_KEPT_CRISIS}))
def test_person_naming_a_means_by_an_everyday_object_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"regional": REGIONAL_WORD_FOR_ENDING_IT_CRISIS}))
def test_person_using_a_regional_word_for_ending_it_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"other": SOMEONE_ELSE_OR_VIOLENCE_NOW_CRISIS}))
def test_someone_else_at_the_tracks_or_violence_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"goodbye": GOODBYE_IN_LOCAL_WORDS_CRISIS}))
def test_goodbye_in_local_words_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases({"hyperbole": HYPERBOLE_WITH_A_TRIVIAL_CAUSE}))
def test_regional_hyperbole_about_dying_of_a_trivial_cause_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", family_cases({"media": SONG_FILM_OR_SWIM}))
def test_song_film_or_a_swim_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", family_cases({"goodbye": GOODBYE_WITH_ITS_REASON}))
def test_goodbye_with_an_ordinary_reason_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", family_cases({"ordinary": ORDINARY_CUT_HIT_OR_BURDEN}))
def test_breakup_news_or_a_burden_with_recovery_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", family_cases({"place": DOSE_OR_WORK_IN_ITS_PLACE}))
def test_dose_for_a_child_or_work_in_its_place_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_the_same_object_gets_help_with_a_tell_and_groups_without() -> None:
    assert_caught_by_rules("un cuarto piso alcanza? es pa saber nomás")
    assert_gets_groups("un cuarto piso con ascensor alcanza para una familia de cuatro?")
    assert_caught_by_rules("mi novio me cortó con una navaja y estoy sangrando")
    assert_gets_groups("mi novio me cortó por mensaje, busco grupo para rupturas")
    assert_caught_by_rules("me voy a tirar al mar con las botas puestas esta noche")
    assert_gets_groups("me voy a tirar al mar con mis amigos, qué calor")
