"""Spanish crisis screen, round 14: missed crisis messages by class.

Recall: means bought with the ordinary reason denied or a cover story ("pedí una bombona de helio
y no es para globos", "le dije que la manguera era para el jardín. no tengo jardín", "me compré
una soga. ni se imagina"); danger said in passing (the engine running in a closed garage, "mis
'vitaminas', las 60", the window ledge on the 8th floor, nights spent on a roof "a mirar abajo",
"nadie sabe que subí", a son on the roof "diciendo que salta"); a date set with finality ("no
vuelvo el lunes, ni ese ni ninguno", "ya no vuelvo a ningún sitio", "el jueves pensaba acabar con
todo", "en cuanto se firme la venta, se acabó", "para que nadie me espere hasta el martes");
preparations and farewells ("quería irme en paz con todos", "que se quede con algo mío", "yo no
los voy a usar más", "dejarlo resuelto yo, antes", "no lo lea hasta que tenga que hacerlo", "que
mamá no se culpe", loose ends tied); the calm after deciding ("desde que sé cuándo", "liviana
ahora que está decidido"); relapse told as now (the sharpener taken apart, "más hondo", days
without food and a fall, the bridge visited again); passive wishes ("solo quiero no estar", "ella
quiere vivir, yo no", waking up disappointed, relief at a grave diagnosis); abuse and threats now
(followed, locked in, passports taken, "lo espero afuera con un fierro").
Safety: the same words with the ordinary reason (helium for balloons, a rope for the boat, a
hook for an orchid, roofs for stars and leaks, a new job, a trip, a lent sweater on Erasmus, an
old person's estate, a benign result, a sharpener that jammed, a barbecue).

Engine limit: "me compré una soga y el vendedor me dijo 'suerte con la mudanza'. ni se imagina"
stays with the model. The seller's "mudanza" meets the idiom "(soga|cuerda) ...8 mudanza" (a rope
for a removal), which overlaps every hit on the rope, and the irony ("ni se imagina") sits in
the next sentence, out of any guard's reach.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# Part A. Crisis messages, by class.

MEANS_WITH_THE_REASON_DENIED_CRISIS: list[str] = [
    "pedí una bombona de helio por internet y no es para globos. llega el martes",
    "compré un cúter nuevo y no es para manualidades",
    "puse un gancho en la viga del techo, y no es para ninguna planta",
    "me compre una navaja nueva y no es pa pescar",
    "la cuerda que compré no es para tender, ya saben para qué",
    "le dije al de la ferretería que la manguera era para el jardín. no tengo jardín",
    "le dije a la cajera que el carbon era para una barbacoa, no tengo ni parrilla",
    "hoy me compré una soga. ni se imagina",
    "corté la manguera a la medida del tubo de escape",
    "carbón y un rollo de cinta americana, ya está todo en el baño",
    "tape las rendijas de la puerta del baño y tengo el brasero con carbon",
    "tengo un gancho en el techo del cuarto donde antes había una lámpara. lo miro mucho últimamente, demasiado",
]

RIGHT_NOW_SAID_IN_PASSING_CRISIS: list[str] = [
    "el motor está encendido en el garaje, ahora bajo",
    "el coche esta arrancado en la cochera con el porton cerrado",
    'me acabo de tomar mis "vitaminas", las 60',
    "ya me tome todas mis vitaminas, las 40, de golpe",
    "estoy sentada en el alféizar de la ventana, piso 8",
    "toy en la cornisa del piso 9",
    "Yo llevo dos noches subiendo a la azotea a mirar abajo. Si puede ser por las mañanas mejor.",
    "llevo tres noches yendo al puente y me quedo ahí",
    "estoy en el techo del colegio, nadie sabe que subí. el timbre suena en 5 min",
    "estoy arriba de la azotea del edificio, nadie sabe que estoy aca",
    "Tengo a mi hijo de 16 en el tejado diciendo que salta. Estoy abajo hablando con él por teléfono.",
    "mi hermana esta en la azotea amenazando con tirarse",
]

A_DATE_SET_WITH_FINALITY_CRISIS: list[str] = [
    "el viernes me voy solo a la casa de campo. ya avisé en el curro que no vuelvo el lunes, ni ese ni ninguno",
    "dije en el trabajo que no vuelvo, ni el lunes ni nunca",
    "al equipo de rugby les dejé mi equipación, total, después del partido del domingo ya no vuelvo a ningún sitio",
    "después del juicio no vuelvo a casa",
    "no sé si llego a ir al grupo porque el jueves pensaba acabar con todo, pero por si acaso",
    "el viernes pienso acabar con todo",
    "pedí libre el lunes para que nadie me espere hasta el martes",
    "el lunes pedí el día libre, así nadie me busca hasta el martes",
    "mi mama se va todo agosto, nadie me va a encontrar hasta septiembre",
    "en cuanto se firme la venta de la casa, se acabó",
    "en cuanto nazca el bebe de mi hermana, desaparezco",
]

PREPARATIONS_AND_FAREWELLS_CRISIS: list[str] = [
    "mandé mensajes a mis ex compañeros pidiendo perdón por cosas de hace años. quería irme en paz con todos",
    "solo quiero irme en paz con todos, ya pedi perdon",
    "mi play con todos los juegos se la di al Kevin, mi mejor amigo. bueno, q se quede con algo mío",
    "le regalé mis botines y la camiseta firmada al Lucas del equipo. yo no los voy a usar más, que los disfrute",
    "le di mis ahorros a mi sobrino en un sobre. mejor así, yo no los voy a gastar",
    "le regalé mi guitarra a mi primo, total yo ya no la voy a tocar mas",
    "cuánto tarda un banco en cerrar la cuenta de alguien que falleció? es para dejarlo resuelto yo, antes",
    "no estoy en crisis, no se preocupen, solo estoy dejando todo organizado para cuando ya no esté",
    "no me pasa nada grave, solo me estoy despidiendo con calma, que es distinto",
    "tranquilos, no pasa nada, solo me estoy despidiendo",
    "le dije que no lo lea hasta que tenga que hacerlo",
    "le dije a mi hermana que no la abra hasta que yo no este",
    "ella no sabe que fue la última llamada",
    "fuiste la mejor hermana, que mamá no se culpe",
    "has sido el mejor hermano. no dejes que papa se culpe",
    "estoy atando cabos sueltos, ya cerré mi cuenta del banco",
    "atando cabos sueltos. di de baja el movil",
    "fuiste la mejor amiga del mundo. le regalé mi consola a mi primo",
]

THE_CALM_AFTER_DECIDING_CRISIS: list[str] = [
    "raro, hoy me siento en paz. desde que sé cuándo, hasta duermo mejor",
    "desde que tengo la fecha estoy en paz",
    "me siento tranquila desde que ya se cuando",
    "me siento liviana ahora que está decidido",
    "raramente en paz, ya no queda nada en la lista",
]

RELAPSE_TOLD_AS_NOW_CRISIS: list[str] = [
    "8 meses sin pensar en eso y hoy de nuevo fui a ver el puente. me quedé una hora y mañana vuelvo",
    "hoy otra vez fui a las vias, mañana vuelvo",
    "estoy en mi cuarto con el sacapuntas desarmado, mi mamá cree que estoy estudiando",
    "saque la cuchilla del sacapuntas, estoy en el baño",
    "compré más cuchillas esta tarde, voy a ir más profundo",
    "llevo 4 días sin comer y me caí por las escaleras",
    "ya van 5 dias sin comer nada y hoy me desmaye en el bus",
]

PASSIVE_WISHES_SAID_PLAINLY_CRISIS: list[str] = [
    "no tengo planes ni nada, solo quiero no estar. desaparecer ya",
    "quisiera no existir mas",
    "ojalá el cáncer de mi abuela me lo hubieran dado a mí, ella quiere vivir, yo no",
    "mis papas quieren vivir, yo no",
    "otra vez me desperté. qué decepción",
    "de nuevo me desperte viva, que pena",
    "cuando el médico me dijo que lo del corazón era grave sentí alivio. no pienso dejar que me traten",
]

ABUSE_AND_THREATS_NOW_CRISIS: list[str] = [
    "el jefe de la finca nos tiene encerrados en la bodega, nos quitó los pasaportes",
    "nos quitaron los papeles y no nos dejan salir de la fabrica",
    "me está siguiendo un man en moto desde que salí del trabajo, ya le di 3 vueltas a la cuadra y sigue",
    "me vienen siguiendo dos tipos desde el metro, estoy sola",
    "llevo 3 días sin salir, mi esposo cerró con llave y se fue a trabajar. casi no tengo comida",
    "el pibe que le pegó a mi hermano va al mismo boliche. este viernes lo espero afuera con un fierro",
    "lo voy a esperar a la salida con una navaja",
]


# Part B. The same words, safe: these people want a group.

MEANS_FOR_THEIR_ORDINARY_USE: list[str] = [
    "pedí una bombona de helio por internet para los globos del cumple de mi hija",
    "compré helio, no es para globos sino para el laboratorio del cole",
    "compré un cúter nuevo para las manualidades de los peques",
    "la soga no es para escalar, es para el barco de mi padre",
    "compré pastillas pero no son para mí, son para mi abuela",
    "puse un gancho en el techo para la maceta colgante",
    "el carbón no es para la barbacoa, es para la chimenea jaja",
    "le dije al vecino que la manguera era para regar el huerto y me la prestó",
    "compré cuerda para el columpio y mi hija ni se imagina, es sorpresa",
    "me compré una soga para la mudanza y el vendedor me hizo descuento",
    "carbón y cinta americana para la barbacoa del sábado",
    "corté la manguera para regar el huerto",
    "tengo una orquídea en un gancho del techo, la miro mucho porque está floreciendo",
]

HIGH_PLACES_AND_PILLS_EVERY_DAY: list[str] = [
    "me tomé mis vitaminas de la mañana con el café",
    "estoy sentada en el alféizar de la ventana leyendo, qué solecito",
    "vivo en un piso 8 y el ascensor está roto otra vez",
    "llevo dos noches subiendo a la azotea a ver las perseidas",
    "hoy de nuevo fui al puente a correr con mi grupo de running",
    "subo a la azotea a tender la ropa y a mirar las vistas",
    "estoy en el tejado arreglando las goteras, nadie sabe que subí jaja mi madre me mata",
]

DATES_WITH_AN_ORDINARY_ENDING: list[str] = [
    "renuncié y avisé en el curro que no vuelvo el lunes, ni ese ni ninguno, ¡empiezo en otra empresa!",
    "me voy de vacaciones el viernes y no vuelvo hasta el lunes",
    "después del partido del domingo ya no vuelvo a ese bar, qué mal nos atendieron",
    "el jueves pensaba ir al grupo de ansiedad, ¿hay plazas?",
    "pedí libre el lunes para que nadie me espere hasta el martes, me voy a la playa con mis amigas",
    "en cuanto se firme la venta de la casa, se acabó la hipoteca",
    "en cuanto se firme la venta de la casa nos mudamos a Valencia",
]

FAREWELL_WORDS_IN_ORDINARY_LIFE: list[str] = [
    "quería irme en paz de la empresa, sin broncas con nadie",
    "le dejé mi sudadera a mi novia para que se quede con algo mío mientras estoy de erasmus",
    "le regalé mis botines a Lucas, yo no los voy a usar más porque me lesioné la rodilla",
    "mi madre falleció, cuánto tarda el banco en cerrar su cuenta? quiero dejarlo resuelto antes del verano",
    "cuánto tarda un banco en cerrar la cuenta de alguien que falleció? mi padre murió en marzo",
    "tengo 82 años y estoy dejando todo organizado para cuando ya no esté, busco grupo de viudos",
    "no me pasa nada, solo me estoy despidiendo de la oficina que el lunes empiezo en otra",
    "no lo abras hasta que tengas que hacerlo, es el regalo de tu cumple",
    "mi abuela no sabía que era la última vez que la veía",
    "fuiste la mejor abuela del mundo, descansa en paz",
    "mi hijo suspendió matemáticas; que mamá no se culpe, no es su culpa",
    "estoy atando cabos sueltos antes de empezar el nuevo trabajo, ya cerré mi cuenta del banco antigua",
]

CALM_RELAPSE_AND_WISHES_THAT_ARE_ORDINARY: list[str] = [
    "desde que sé cuándo es la operación duermo mejor",
    "raro, hoy me siento en paz después de la sesión de terapia",
    "me siento ligera ahora que está decidido que me cambio de carrera",
    "ya no queda nada en la lista de la compra",
    "desarmé el sacapuntas eléctrico porque se atascó el lápiz",
    "compré más cuchillas de afeitar esta tarde, las de la barba",
    "la zanja hay que cavarla más hondo",
    "llevo dos días sin comer por la gastroenteritis, el médico dice que beba agua",
    "otra vez me desperté a las 5, qué asco de insomnio. grupos para insomnio?",
    "solo quiero no estar sola en navidad",
    "quiero no estar tan cansada todo el tiempo",
    "ella quiere vivir en Madrid, yo no",
    "cuando el médico me dijo que no era grave sentí alivio",
    "no pienso dejar que me traten como a una niña en el hospital",
    "me dijeron que el tumor era benigno y sentí alivio, qué semana",
]

FOLLOWED_LOCKED_AND_WAITING_ORDINARILY: list[str] = [
    "me está siguiendo un chico en instagram que no conozco",
    "me está siguiendo el perro del vecino por toda la calle jaja",
    "el hotel se quedó con los pasaportes hasta el check out",
    "mi jefe nos tiene encerrados en la oficina hasta las 10 con la auditoría jaja",
    "mi marido cerró con llave al salir y me dejó sin llaves, qué despiste, ya vino el cerrajero",
    "lo espero afuera con un ramo de flores, es nuestro aniversario",
]


CRISIS_FAMILIES = {
    "means_with_the_reason_denied": MEANS_WITH_THE_REASON_DENIED_CRISIS,
    "right_now_said_in_passing": RIGHT_NOW_SAID_IN_PASSING_CRISIS,
    "a_date_set_with_finality": A_DATE_SET_WITH_FINALITY_CRISIS,
    "preparations_and_farewells": PREPARATIONS_AND_FAREWELLS_CRISIS,
    "the_calm_after_deciding": THE_CALM_AFTER_DECIDING_CRISIS,
    "relapse_told_as_now": RELAPSE_TOLD_AS_NOW_CRISIS,
    "passive_wishes_said_plainly": PASSIVE_WISHES_SAID_PLAINLY_CRISIS,
    "abuse_and_threats_now": ABUSE_AND_THREATS_NOW_CRISIS,
}
SAFE_FAMILIES = {
    "means_for_their_ordinary_use": MEANS_FOR_THEIR_ORDINARY_USE,
    "high_places_and_pills_every_day": HIGH_PLACES_AND_PILLS_EVERY_DAY,
    "dates_with_an_ordinary_ending": DATES_WITH_AN_ORDINARY_ENDING,
    "farewell_words_in_ordinary_life": FAREWELL_WORDS_IN_ORDINARY_LIFE,
    "calm_relapse_and_wishes_that_are_ordinary": CALM_RELAPSE_AND_WISHES_THAT_ARE_ORDINARY,
    "followed_locked_and_waiting_ordinarily": FOLLOWED_LOCKED_AND_WAITING_ORDINARILY,
}


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_a_plan_said_obliquely_gets_emergency_help_from_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_the_same_words_with_an_ordinary_reason_get_groups(text: str) -> None:
    assert_gets_groups(text)


NAMED = {
    "pedí una bombona de helio por internet y no es para globos. llega el martes": "r14_means_not_for_its_use",
    "le dije a la cajera que el carbon era para una barbacoa, no tengo ni parrilla": "r14_means_with_a_cover_story",
    "le dije al de la ferretería que la manguera era para el jardín. no tengo jardín": (
        "r14_means_with_a_cover_story_undone"
    ),
    "hoy me compré una soga. ni se imagina": "r14_means_bought_and_nobody_guesses",
    "corté la manguera a la medida del tubo de escape": "r14_means_assembled",
    "el motor está encendido en el garaje, ahora bajo": "r14_engine_running_in_a_closed_garage",
    'me acabo de tomar mis "vitaminas", las 60': "r14_pills_by_a_code_name",
    "estoy sentada en el alféizar de la ventana, piso 8": "r14_on_the_ledge_floors_up",
    "Yo llevo dos noches subiendo a la azotea a mirar abajo. Si puede ser por las mañanas mejor.": (
        "r14_keeps_going_to_the_edge"
    ),
    "estoy en el techo del colegio, nadie sabe que subí. el timbre suena en 5 min": "r14_up_high_and_nobody_knows",
    "Tengo a mi hijo de 16 en el tejado diciendo que salta. Estoy abajo hablando con él por teléfono.": (
        "r14_someone_up_high_threatening_to_jump"
    ),
    "dije en el trabajo que no vuelvo, ni el lunes ni nunca": "r14_not_back_ever",
    "el viernes pienso acabar con todo": "r14_a_day_set_to_end_it",
    "solo quiero irme en paz con todos, ya pedi perdon": "r14_to_leave_in_peace",
    "mi play con todos los juegos se la di al Kevin, mi mejor amigo. bueno, q se quede con algo mío": (
        "r14_something_to_remember_me_by"
    ),
    "le regalé mi guitarra a mi primo, total yo ya no la voy a tocar mas": "r14_given_away_i_wont_need_them",
    "cuánto tarda un banco en cerrar la cuenta de alguien que falleció? es para dejarlo resuelto yo, antes": (
        "r14_settling_my_own_estate"
    ),
    "no estoy en crisis, no se preocupen, solo estoy dejando todo organizado para cuando ya no esté": (
        "r14_reassurance_then_a_farewell"
    ),
    "raro, hoy me siento en paz. desde que sé cuándo, hasta duermo mejor": "r14_calm_since_knowing_when",
    "saque la cuchilla del sacapuntas, estoy en el baño": "r14_blade_taken_out",
    "compré más cuchillas esta tarde, voy a ir más profundo": "r14_deeper_this_time",
    "llevo 4 días sin comer y me caí por las escaleras": "r14_starving_and_falling",
    "no tengo planes ni nada, solo quiero no estar. desaparecer ya": "r14_just_want_not_to_be",
    "mis papas quieren vivir, yo no": "r14_they_want_to_live_i_dont",
    "de nuevo me desperte viva, que pena": "r14_woke_up_disappointed",
    "otra vez me desperté. qué decepción": "r14_woke_up_again_and_sorry",
    "tengo un gancho en el techo del cuarto donde antes había una lámpara. lo miro mucho últimamente, demasiado": (
        "r14_staring_at_the_means"
    ),
    "pedí libre el lunes para que nadie me espere hasta el martes": "r14_nobody_will_look_until",
    "en cuanto se firme la venta de la casa, se acabó": "r14_as_soon_as_its_done_its_over",
    "le dije que no lo lea hasta que tenga que hacerlo": "r14_a_letter_for_later_a_last_call",
    "fuiste la mejor hermana, que mamá no se culpe": "r14_dont_let_them_blame_themselves",
    "raramente en paz, ya no queda nada en la lista": "r14_calm_now_that_its_settled",
    "cuando el médico me dijo que lo del corazón era grave sentí alivio. no pienso dejar que me traten": (
        "r14_relief_at_a_grave_diagnosis"
    ),
    "me está siguiendo un man en moto desde que salí del trabajo, ya le di 3 vueltas a la cuadra y sigue": (
        "r14_followed_right_now"
    ),
    "el jefe de la finca nos tiene encerrados en la bodega, nos quitó los pasaportes": "r14_kept_locked_papers_taken",
    "llevo 3 días sin salir, mi esposo cerró con llave y se fue a trabajar. casi no tengo comida": (
        "r14_locked_in_by_partner"
    ),
    "el pibe que le pegó a mi hermano va al mismo boliche. este viernes lo espero afuera con un fierro": (
        "r14_waiting_for_him_armed"
    ),
    "estoy atando cabos sueltos, ya cerré mi cuenta del banco": "r14_sign_loose_ends",
    "fuiste la mejor amiga del mundo. le regalé mi consola a mi primo": "r14_sign_you_were_the_best",
}


@pytest.mark.parametrize("text", list(NAMED))
def test_each_new_rule_fires_for_its_own_crisis(text: str) -> None:
    assert_caught_by_rules(text)
    assert f"es.{_category(NAMED[text])}.{NAMED[text]}" in firing_rules(text), (
        text,
        firing_rules(text),
    )


def _category(rule: str) -> str:
    from conversations.crisis import rule_ids

    return next(
        rid.split(".")[1]
        for rid in rule_ids()
        if rid.startswith("es.") and rid.endswith(f".{rule}")
    )


def test_every_round14_rule_is_named_here() -> None:
    from conversations.crisis import rule_ids

    ours = {rid.split(".")[-1] for rid in rule_ids() if rid.startswith("es.") and ".r14_" in rid}
    assert ours == set(NAMED.values()), ours ^ set(NAMED.values())


def test_each_class_keeps_its_safe_twin() -> None:
    assert_caught_by_rules(
        "pedí una bombona de helio por internet y no es para globos. llega el martes"
    )
    assert_gets_groups(
        "pedí una bombona de helio por internet para los globos del cumple de mi hija"
    )
    assert_caught_by_rules("dije en el trabajo que no vuelvo, ni el lunes ni nunca")
    assert_gets_groups(
        "renuncié y avisé en el curro que no vuelvo el lunes, ni ese ni ninguno, ¡empiezo en otra empresa!"
    )
    assert_caught_by_rules("raro, hoy me siento en paz. desde que sé cuándo, hasta duermo mejor")
    assert_gets_groups("desde que sé cuándo es la operación duermo mejor")
    assert_caught_by_rules(
        "estoy en mi cuarto con el sacapuntas desarmado, mi mamá cree que estoy estudiando"
    )
    assert_gets_groups("desarmé el sacapuntas eléctrico porque se atascó el lápiz")
