"""Spanish crisis screen, round 11: guards and gaps by class.

Safety: a past told by an age, a stage of life or a year with the recovery in the same sentence
("a mis 18 me tomé un bote... Sobreviví", "hubo una época en que quería morirme. la terapia me
salvó", "en el 2018"); someone else's suicide or overdose, and grief; journalists, social and
youth workers, teachers, researchers and writers asking about suicide as a topic; hyperbole
("ir al Ikea un sábado es un suicidio", "me voy a suicidar con tanto papeleo jaja", "me quiero
morir, le mandé un audio a mi ex por error"); clarifications and denials ("me arañó el gato",
"pienso en la muerte pero no en la mía", "era una forma de hablar", "le dije que no").
Recall: a whole medicine cabinet taken "just to sleep", a school tool used on oneself, relapse
counted ("recaí. 3 veces hoy. me odio"), a birthday they do not plan to see, the last time on
this phone, a warm goodbye "esta es la última vez, ¿vale? cuídate". The crisis twins use the
same words with the danger now.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# Part A. Crisis messages, in the words people type.
PAST_THEN_NOW_CRISIS: list[str] = [
    "a los 16 me tomé una sobredosis y esta noche lo voy a volver a hacer",
    "con 19 años pasé meses queriendo morirme y ahora vuelvo a querer morirme",
    "en la universidad tuve un plan para matarme y ahora tengo otro",
    "hubo una época en que quería morirme todos los días. ha vuelto, hoy quiero morirme",
    "ex cutter pero recaí hoy, me corté otra vez",
    "cuando tenía 15 me cortaba. Ayer volví a cortarme",
    "a los 20 quise quitarme la vida. Ahora quiero hacerlo de nuevo.",
    "después de mi intento en 2017 pensé que estaba bien, pero esta semana volví a pensar en matarme",
    "a los 16 me tomé una sobredosis y hoy me he tomado otra",
    "hubo una época en que quería morirme y ha vuelto, esta noche lo hago",
]

GRIEF_AND_MY_OWN_WISH_CRISIS: list[str] = [
    "mi esposa se quitó la vida en 2020 y yo ya no quiero seguir, me quiero ir con ella",
    "mi hermano se suicidó y yo también me quiero matar",
    "mi hijo se mató hace tres meses y esta noche voy a hacer lo mismo",
]

PROFESSIONAL_IN_CRISIS_CRISIS: list[str] = [
    "soy enfermera y me quiero morir",
    "soy periodista y esta noche me voy a suicidar",
    "soy profe y me corto todas las noches",
    "soy trabajadora social y llevo semanas pensando en matarme",
    "soy periodista y quiero suicidarme",
]

SAME_WORDS_MEANT_CRISIS: list[str] = [
    "ir al trabajo ya no tiene sentido, me voy a suicidar esta noche",
    "me quiero morir, ya no aguanto más",
    "estoy colgada de la viga, ayuda",
    "me corto las venas esta noche, ya no puedo más",
    "ir al trabajo es un suicidio, ya no puedo más, me quiero matar",
    "me quiero morir de verdad, no aguanto más",
    "antes me cortaba y ahora he vuelto a hacerlo",
    "no quiero existir más",
    "quiero desaparecer para siempre",
    "estoy en la azotea a punto de tirarme",
]

CLARIFICATION_TAKEN_BACK_CRISIS: list[str] = [
    "marqué 'cansada de vivir' en el formulario y es verdad, quiero morirme",
    "sí, me corto, el gato no tiene nada que ver",
    "pienso mucho en la muerte, en la mía, quiero morirme ya",
    "le dije a mi médica que quería desaparecer y es verdad, quiero morirme",
    "pienso en la muerte, en la mía, todo el rato",
    "las marcas de mis brazos son de cortarme",
    "me preguntó mi madre si quería suicidarme y le dije que sí",
    "me preguntaron si pensaba en matarme y les dije que no, pero mentí",
]

MISSED_BEFORE_CRISIS: list[str] = [
    "si me tiro del puente de Segovia me muero en el acto o me duele?",
    "desde el viaducto se muere uno al instante o se sufre?",
    "a veces cruzo la calle sin mirar a propósito, a ver si tengo suerte",
    "cruzo sin mirar a ver si me atropella un coche",
    "casi me tiro al tren volviendo a casa, es la tercera vez esta semana que me acerco al borde del andén",
    "me he tomado casi todo el botiquín de mi madre, solo quiero dormir, es normal?",
    "me lo tomé todo, todas las pastillas de casa, solo quiero dormir",
    "me bebí todo lo que había en el armario de las medicinas",
    "me rayé el brazo con la punta del compás en clase, ahora en casa quiero hacer más",
    "me hice cortes con el sacapuntas en el baño del colegio",
    "recaí. 3 veces hoy. me odio",
    "recaida. dos veces esta noche, no puedo parar",
    "cumplo 30 el mes que viene y no pienso llegar",
    "no voy a llegar a mi cumpleaños",
    "es la última vez que uso este móvil",
    "esta es la última vez, vale? cuídate mucho",
    "última vez que escribo aquí, cuidaos todos",
    "mi cumple es el viernes, no pienso estar para soplar las velas",
    "me rasqué con la tijera hasta sangrar en clase y quiero seguir",
    "me clavé la punta del compás en la muñeca en el baño del insti y me gustó",
    "me hice cortes en el brazo con el sacapuntas, nadie lo sabe",
    "me rayé la pierna con unas tijeras hasta sangrar",
    "recaí. me corté 4 veces. me odio",
    "recaí otra vez. no puedo parar",
    "cumplo 18 en junio y no pienso llegar",
    "no voy a llegar a los 30, lo tengo claro",
    "es la última vez que uso este móvil. gracias por todo",
    "esta es la última vez. te quiero mucho, cuídate",
    "último mensaje que escribo aquí. os quiero, adiós",
    "me he tomado todo el botiquín, me da vueltas todo",
    "me tomé toda la medicación de mi padre, quiero dormir",
    "me lo tomé todo, las pastillas de mi abuela, solo quiero dormir",
]

# Part B. The same words, safe: these people want a group.
PAST_AND_RECOVERED: list[str] = [
    "a los 16 me tomé una sobredosis. hoy tengo 34 y estoy bien",
    "con 19 años pasé meses queriendo morirme, ahora estoy estable y busco un grupo de apoyo",
    "en la universidad llegué a tener un plan para matarme. eso ya pasó",
    "hubo una época en que quería morirme todos los días. la terapia me salvó",
    "después de mi intento en 2017 estuve mucho tiempo en una clínica, ahora quiero un grupo para mantenerme estable, nada agudo",
    "ex cutter, 6 años sin cortarme, me gustaría dar mi testimonio en un grupo de adolescentes",
    "cuando tenía 15 me cortaba los brazos. Ya quedó atrás.",
    "en la prepa intenté suicidarme con pastillas. Hoy estoy bien, quiero ayudar a otros",
    "a los 20 quise quitarme la vida. Gracias a la terapia hoy estoy bien.",
    "de adolescente me autolesionaba mucho, hoy tengo 30 y quiero ser voluntaria",
    "tras mi intento de suicidio en 2015 pasé por un psiquiátrico. Ahora estoy estable, busco grupo",
    "hace una década tuve un intento, hoy quiero acompañar a otros",
    "en mi veintena pensaba en suicidarme a diario. Eso ya es historia.",
    "en 2019 intenté quitarme la vida, llevo 5 años en terapia y me va bien. busco un grupo de sobrevivientes",
    "hubo un tiempo en que me cortaba todos los dias, ya no. llevo 4 años limpia",
    "mi primer intento fue a los 17, ya no pienso en eso, solo quiero un grupo para no recaer",
    "despues de intentar matarme en el 2018 estuve ingresada meses. ahora quiero un grupo de apoyo, nada urgente",
    "en el instituto me quería morir. Hoy soy feliz.",
    "cuando estaba en la carrera tenía ideas suicidas todo el tiempo. Ya no las tengo.",
    "a mis 18 me tomé un bote de pastillas. Sobreviví y hoy estoy bien.",
    "estuve años autolesionándome, eso se acabó. Quiero un grupo",
    "tuve una etapa en la que quería morir. La superé con ayuda.",
    "a los diecisiete me corté las venas, hoy tengo 40 y soy madre, quiero un grupo para hablar de eso",
    "con 15 años me tragué un blister de paracetamol, ahora estoy bien y quiero ayudar a otros chicos",
    "durante la carrera quise matarme varias veces, la terapia me salvó",
    "cuando vivía en Barcelona pensaba en suicidarme a diario, ya no",
    "tras el intento del 2016 estuve ingresado. ahora estoy estable",
    "hubo una época que me cortaba a diario, eso quedó atrás",
    "exautolesionadora aquí, llevo 8 años sin hacerme daño, quiero dar charlas en institutos",
    "antes me cortaba, ahora no. busco un grupo para seguir así",
    "hace 5 años estuve en la azotea a punto de tirarme. hoy doy charlas sobre prevención",
]

SOMEONE_ELSE_OR_GRIEF: list[str] = [
    "mi esposa se quitó la vida en 2020, hay algún grupo para viudos?",
    "mi padre está en cuidados paliativos y no para de pedir morirse, hay grupos para familiares?",
    "mi hermano se suicidó el año pasado y no sé cómo seguir, busco un grupo de duelo",
    "mi hijo se mató hace tres meses, necesito hablar con otros padres",
    "perdí a mi novio por suicidio, grupos de apoyo en Madrid?",
    "mi mamá se ahorcó cuando yo tenía 12 y todavía me afecta, busco terapia de grupo",
    "mi abuela con alzheimer dice todo el día que se quiere morir, cómo lo llevan otros cuidadores?",
    "mi amiga se cortaba y ahora me escribe que quiere hacerlo otra vez, cómo la ayudo?",
    "mi pareja se tomó un bote de pastillas el mes pasado, ya está bien, pero yo estoy destrozada. grupos para familiares?",
    "mi tío se pegó un tiro en 2019, en mi familia nadie habla del tema",
    "el papá de mi mejor amiga se suicidó y no sé qué decirle",
    "mi hija adolescente se autolesiona, busco grupo para padres",
    "mi suegro pide la eutanasia y quiere morir ya, la familia está rota, hay grupos?",
    "un compañero de trabajo se tiró del puente la semana pasada, estamos todos en shock",
    "mi marido intentó suicidarse anoche, está en el hospital estable. yo no sé qué hacer, hay grupo para parejas?",
    "mi madre se suicidó cuando yo era pequeña, busco un grupo de supervivientes",
    "mi mejor amigo se quitó la vida en marzo, no levanto cabeza, hay grupos de duelo?",
    "mi abuelo en la residencia dice que se quiere morir, cómo lo acompaño?",
]

PROFESSIONALS_AND_MEDIA: list[str] = [
    "soy periodista, estamos publicando un reportaje sobre el aumento de suicidios en zonas rurales, nos pueden dar un teléfono de ayuda?",
    "trabajo en un medio local y vamos a sacar una nota sobre suicidio adolescente, qué línea de ayuda recomiendan poner",
    "soy trabajadora social y tengo varios usuarios con autolesiones, hay grupos para derivarlos?",
    "soy educador de calle y muchos chavales me hablan de cortarse, qué recursos hay?",
    "soy profe de secundaria y quiero dar una charla sobre autolesiones en el aula",
    "estoy haciendo mi tfg sobre ideación suicida en universitarios, busco asociaciones",
    "soy escritora y mi novela trata de una chica que intenta suicidarse, quiero documentarme bien",
    "investigo la prevención del suicidio en personas mayores, hay grupos de familiares con los que hablar?",
    "soy monitora de tiempo libre y una niña me contó que se corta, qué hago?",
    "reportera aquí: cubrimos el suicidio de un futbolista, qué número de ayuda ponemos al final de la nota?",
    "soy orientadora en un instituto, necesito material sobre autolesiones para las familias",
    "hago un podcast sobre salud mental y el próximo episodio es sobre el suicidio masculino",
    "soy enfermera de urgencias y atiendo muchas sobredosis intencionadas, hay grupos de apoyo para sanitarios?",
    "como psicóloga, quisiera saber qué grupos hay para adolescentes que se autolesionan",
    "soy periodista y estoy escribiendo sobre el suicidio en el campo, me pasan un contacto?",
    "soy educadora social en un centro de menores y varias chicas se autolesionan, qué grupos hay?",
    "escribo un libro sobre el duelo por suicidio, busco testimonios",
]

HYPERBOLE_AND_JOKES: list[str] = [
    "ir en bici al trabajo con hielo es un suicidio",
    "ir al ikea un sábado es un suicidio",
    "si vuelvo a escuchar esa canción me pego un tiro 😂 en fin...",
    "me quiero morir, le mandé un audio a mi ex por error 😭",
    "me pasé la mañana colgada al teléfono con la seguridad social",
    "estoy matando el tiempo en el curro, a qué hora es la reunión?",
    "hay tantos grupos que me muero, cuál me recomiendan?",
    "salir con este calor es suicida",
    "comprar una casa ahora es un suicidio económico",
    "me muero de ganas de ir al grupo del jueves",
    "me mato a trabajar toda la semana, necesito algo de apoyo para el estrés",
    "si mi jefe me manda otro correo a las 11 de la noche me tiro por la ventana jajaja",
    "me corto las venas si pierde el Madrid otra vez jaja",
    "mi jefa me va a matar, llegué tarde otra vez",
    "me quedé colgado con el ordenador toda la tarde",
    "esa serie me mató, lloré un montón",
    "cortarme el pelo así fue un suicidio, parezco un huevo",
    "qué muerte de día, estoy reventada, hay algún grupo de ansiedad por la tarde?",
    "me he quedado muerta con la noticia, no me lo esperaba",
    "me tiré toda la tarde en el sofá viendo series",
    "después del examen estoy muerto, busco grupo de estrés para estudiantes",
    "te juro que me muero si me llama mi crush 😍",
    "me voy a suicidar con tanto papeleo jaja, dónde está el grupo de los martes?",
    "ese examen fue una masacre, me quiero morir jajaja",
    "quiero desaparecer del mapa este finde y no ver a nadie 😂",
    "el chiste me mató jajaja",
    "hacer la declaración de la renta es un suicidio jaja",
    "con este tráfico me pego un tiro jajaja",
    "me muero de vergüenza, le di like a una foto de mi ex de 2015 sin querer",
    "me quiero morir de lo bien que cocina mi abuela",
    "no quiero existir hasta el viernes, qué semana llevo",
    "quiero desaparecer de la oficina, necesito vacaciones ya",
    "literal me quiero morir con la física jajaja, alguien me explica vectores?",
]

CLARIFICATIONS_AND_DENIALS: list[str] = [
    "marqué 'cansada de vivir' en el formulario por error, quería decir agotada",
    "no, no me corto, me arañó el gato",
    "pienso mucho en la muerte pero no en la mía: me da miedo perder a mis padres",
    "le dije a mi médica que quería 'desaparecer' pero era solo el agotamiento de cuidar a mi madre. No quiero morir.",
    "no tengo ideas suicidas, solo estoy muy triste y busco un grupo",
    "las marcas de mis brazos son de un accidente de moto, no me autolesiono",
    "no quiero morirme, quiero aprender a vivir con la ansiedad",
    "puse que sí en la pregunta de suicidio sin querer, me equivoqué de casilla",
    "no es que me quiera matar, es que estoy agotada y necesito hablar con alguien",
    "cuando digo que no puedo más me refiero al trabajo, no a hacerme daño",
    "lo de 'me quiero morir' del mensaje anterior era una forma de hablar, estoy bien",
    "las cicatrices son de una operación, no me he cortado nunca",
    "a veces pienso en la muerte, en la de mis abuelos, me angustia mucho",
    "me preguntó la psicóloga si pensaba en suicidarme y le dije que no, nunca",
    "marqué sin querer que tengo pensamientos suicidas en el cuestionario, me equivoqué de casilla",
    "no me corto, estos arañazos son del gato",
    "los rasguños son de mi gata, no me hago daño",
    "las cicatrices de mis piernas son de una operación de rodilla",
    "lo de que me quiero matar era broma, tranqui",
    "me preguntaron en urgencias si quería suicidarme y les dije que no",
    "a veces digo que me quiero morir pero me refiero a lo cansada que estoy",
]

SAME_WORDS_ORDINARY: list[str] = [
    "recaí con el tabaco, tres veces hoy, qué rabia",
    "es la última vez que uso este móvil, mañana me compro uno nuevo",
    "no voy a llegar a tiempo a tu cumpleaños, lo siento",
    "me corté con las tijeras haciendo una manualidad con mi hija",
    "me pinché con una aguja cosiendo el botón",
    "cumplo 40 y no pienso celebrarlo, qué pereza",
    "mi hermano se suicidó hace años; quiero seguir sus pasos en la carrera de medicina que él no pudo terminar",
    "no pienso llegar a los 40 sin haber viajado a Japón",
]

CRISIS_FAMILIES = {
    "past_then_now": PAST_THEN_NOW_CRISIS,
    "grief_and_my_own_wish": GRIEF_AND_MY_OWN_WISH_CRISIS,
    "professional_in_crisis": PROFESSIONAL_IN_CRISIS_CRISIS,
    "same_words_meant": SAME_WORDS_MEANT_CRISIS,
    "clarification_taken_back": CLARIFICATION_TAKEN_BACK_CRISIS,
    "missed_before": MISSED_BEFORE_CRISIS,
}
SAFE_FAMILIES = {
    "past_and_recovered": PAST_AND_RECOVERED,
    "someone_else_or_grief": SOMEONE_ELSE_OR_GRIEF,
    "professionals_and_media": PROFESSIONALS_AND_MEDIA,
    "hyperbole_and_jokes": HYPERBOLE_AND_JOKES,
    "clarifications_and_denials": CLARIFICATIONS_AND_DENIALS,
    "same_words_ordinary": SAME_WORDS_ORDINARY,
}


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_crisis_with_the_same_words_as_a_safe_class_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_past_someone_else_work_hyperbole_or_denial_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_each_safe_class_has_its_crisis_twin() -> None:
    assert_gets_groups("a mis 18 me tomé un bote de pastillas. Sobreviví y hoy estoy bien.")
    assert_caught_by_rules("a los 16 me tomé una sobredosis y hoy me he tomado otra")
    assert_gets_groups("ir al ikea un sábado es un suicidio")
    assert_caught_by_rules("ir al trabajo es un suicidio, ya no puedo más, me quiero matar")
    assert_gets_groups("no, no me corto, me arañó el gato")
    assert_caught_by_rules("sí, me corto, el gato no tiene nada que ver")
    assert_gets_groups("es la última vez que uso este móvil, mañana me compro uno nuevo")
    assert_caught_by_rules("es la última vez que uso este móvil")
    assert_gets_groups("me corté con las tijeras haciendo una manualidad con mi hija")
    assert_caught_by_rules("me rayé la pierna con unas tijeras hasta sangrar")
