"""Spanish crisis screen, round 13: false alarms by class.

Safety: suicide as a metaphor for sport, money, politics, games and plants ("el Betis hizo un
suicidio defensivo", "mis plantas se suicidan todas", "el entrenador nos hizo correr
suicidios"); hyperbole over a trivial trigger ("una reunión más por Teams y me tiro por la
ventana", "me quiero morir, me vio mi crush en pijama", "mi suegra me va a matar de un
disgusto", "la voy a matar cuando vuelva" over a borrowed car); a past dated by a school year, a
month and year or "8 años después", with today's life as the contrast; someone else now in care
("un chico con ideación suicida que ahora está estable"); hairdressers, coaches, HR and forum
moderators asking how to respond; ordinary uses of means and farewell words ("la caja entera de
galletas", "pastillas guardadas de los antibióticos, ¿ya caducaron?", "regalo mi ropa de
invierno porque me mudo a Cancún", "no me importa morirme de vieja").
Recall: the crisis twins keep the trigger and make it real: a laugh and then a plan ("jaja estoy
bien. la cuerda está en mi mochila, esta noche"), a serious trigger ("una noche más así y acabo
con todo", "si pierdo el trabajo me mato"), the past back tonight, someone else's overdose just
taken, means bought "para acabar con todo".

Engine limit: "me voy a colgar... el cuadro del salón" stays an alarm. The ellipsis ends the
sentence, so "me voy a colgar" is read alone and no idiom can see the picture it hangs.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# Part A. Crisis messages: the same triggers, meant.

METAPHOR_ABOUT_MYSELF_CRISIS: list[str] = [
    "después de ese partido me siento suicida",
    "me voy a suicidar por las deudas",
    "me voy a matar por la deuda, no puedo pagar",
    "perdimos la final y quiero suicidarme, de verdad",
    "mis plantas se mueren y yo también quiero morirme",
    "la bolsa se hundió, lo perdí todo y esta noche me mato",
    "el equipo perdio y yo me quiero suicidar, no puedo mas",
    "se me murieron todas las plantas y yo tambien me quiero morir, nada tiene sentido",
    "mis plantas se mueren y yo pienso en suicidarme",
]

A_LAUGH_THEN_A_PLAN_OR_A_SERIOUS_TRIGGER_CRISIS: list[str] = [
    "jaja estoy bien. la cuerda está en mi mochila, esta noche",
    "una noche más así y acabo con todo",
    "otra noche como esta y me mato",
    "jajaja tranquilos, ya tengo las pastillas contadas para esta noche",
    "me quiero morir, ya no aguanto más",
    "me tiro por la ventana, no puedo más con mi vida",
    "si mi marido me vuelve a pegar me pego un tiro",
    "me ahorco con el cable esta noche, ya está decidido",
    "si pierdo el trabajo me mato",
    "si mi novio me deja me suicido",
    "otra noche como la de anoche y me quito la vida",
    "una noche mas asi y me mato",
    "con esta vida me quiero morir",
    "me quiero morir, no aguanto mas las reuniones ni nada de mi vida",
    "si el juicio sale mal me cuelgo",
    "una reunion mas y me tiro por la ventana, en serio, no puedo mas",
    "me pego un tiro esta noche",
    "mi padre me va a matar cuando llegue, me pega siempre",
]

THE_PAST_IS_BACK_CRISIS: list[str] = [
    "a los 15 me corté y ha vuelto, esta noche lo vuelvo a hacer",
    "en 2016 regalé mis cosas y lo planeé todo; ahora lo estoy volviendo a hacer",
    "mi último intento fue antes de la pandemia y esta noche lo intento de nuevo",
    "me corté por última vez en marzo de 2019 y hoy he vuelto a cortarme",
    "en cuarto de la eso escribí cartas de despedida y esta noche he vuelto a escribirlas",
    "las cicatrices de los brazos se habían curado y ayer me volví a cortar",
    "en segundo de bachillerato me cortaba y ayer volvi a cortarme",
    "me intente suicidar en agosto de 2014 y esta noche lo vuelvo a intentar",
    "las marcas de los brazos ya no se ven pero ayer me volvi a cortar",
    "en 2010 regale mis cosas y ahora estoy volviendo a regalarlas, ya no quiero vivir",
]

SOMEONE_ELSE_IN_DANGER_NOW_CRISIS: list[str] = [
    "mi amiga me acaba de decir que se ha tomado las pastillas",
    "mi novio se acaba de tomar un bote de pastillas",
    "mi hijo está en la azotea y dice que se va a tirar",
    "mi madre se ha cortado las venas, está sangrando",
    "mi novio se acaba de tomar un bote de pastillas, que hago",
    "soy padre de una chica y yo tengo ideacion suicida",
    "mi amiga acaba de escribir que se ha tomado todas las pastillas",
]

PROFESSIONAL_IN_CRISIS_CRISIS: list[str] = [
    "soy peluquera y me quiero morir",
    "soy voluntario en una ONG y esta noche me voy a suicidar",
    "soy moderadora y pienso en suicidarme cada dia",
    "soy entrenador y esta noche me voy a matar",
]

MEANS_MEANT_CRISIS: list[str] = [
    "compré helio y una bolsa para acabar con todo",
    "tengo carbón en el baño con la puerta cerrada, es esta noche",
    "ya tengo la cuerda colgada del gancho del techo",
    "me tomé la caja entera de pastillas",
    "me he tomado la caja entera de paracetamol",
    "me voy a colgar esta noche",
    "me voy a colgar, ya no puedo más",
    "tengo pastillas guardadas de la ultima receta, me las voy a tomar todas esta noche",
    "tengo pastillas guardadas, suficientes para no despertar",
    "me tome la caja entera de pastillas para dormir",
    "me trague el bote entero de paracetamol",
    "voy a colgarme del gancho del techo",
    "regalo mis cosas porque ya no las voy a necesitar, me voy para siempre",
    "no me importa morirme, ojala fuera hoy",
    "he comprado carbon para acabar con todo",
]


# Part B. The same words, safe: these people want a group.

SUICIDE_AS_A_METAPHOR: list[str] = [
    "el Betis hizo un suicidio defensivo en el segundo tiempo, qué vergüenza de equipo",
    "mis plantas se suicidan todas, no sé qué hago mal 🌵",
    "el examen de anatomía fue una masacre, nos suicidamos todos colectivamente xd",
    "ese pase atrás del central fue suicida, regalo de gol",
    "nuestro portero se suicidó saliendo a por el balón y nos metieron el 2-1",
    "el entrenador nos hizo correr suicidios toda la tarde, tengo las piernas muertas",
    "los aranceles son un suicidio económico para el campo",
    "mi cartera de acciones se suicidó con la bajada de la bolsa jaja",
    "el partido se suicida votando esa ley, van a perder las elecciones",
    "mi personaje se suicidó contra cinco enemigos en la partida de anoche, qué manco soy",
    "el movil se me suicidó, se cayó al váter",
    "las orquídeas de mi madre se me mueren todas, se suicidan en cuanto llegan a casa",
    "defensa suicida la del Madrid, cada contra era un gol",
    "esa marca de móviles se está suicidando con esos precios",
    "q suicidio defensivo el del atleti en la segunda parte, madre mia",
    "la cesion suicida del central nos costo el partido",
    "mis suculentas se suicidan en cuanto las riego jaja",
    "mi movil se ha suicidado, no enciende ni a tiros",
    "el gobierno se esta suicidando con esa reforma",
    "hoy en el entreno hicimos series de suicidios, estoy reventado",
    "los aranceles suicidas de ese presidente van a hundir la economia",
    "mi pj se suicido contra el boss otra vez, que manco",
]

HYPERBOLE_OVER_A_TRIVIAL_TRIGGER: list[str] = [
    "me pego un tiro si tengo que escuchar otra vez la canción del verano 🙃",
    "una reunión más por Teams y me tiro por la ventana 😂",
    "el puente de la autopista está en obras y tardo una hora más en llegar al trabajo, me quiero morir 🙄",
    "mi suegra me va a matar de un disgusto cualquier día 🙄",
    "se murió mi compu y con ella mi tesis, quiero desaparecer 😭 (bueno, tenía copia en el drive, menos mal)",
    "me quiero morir, me vio mi crush con el pelo mojado y en pijama 😭😂",
    "mi hermana me ha cogido el coche sin avisar, la voy a matar cuando vuelva 😂 por cierto, ¿hay grupos de ansiedad los jueves?",
    "si se vuelve a caer el wifi me ahorco con el cable del cargador jajaja",
    "mátenme ya, el niño encontró la purpurina 🙃",
    "este calor me va a matar",
    "mi jefe me va a colgar cuando vea las ventas del mes",
    "si el gato tira otra taza me tiro por la ventana",
    "otro 'según mi último correo' y me tiro al mar",
    "me quiero morir, mi crush me vio en pijama",
    "me quiero morir de la vergüenza, mi crush vio mis stories de 2015",
    "si me vuelven a poner reggaeton en el bus me tiro en marcha jaja",
    "me muero si mi madre ve estas fotos jajaja",
    "con este calor me quiero morir, 40 grados en la oficina",
    "si mi suegra viene otra vez este finde me tiro al rio",
    "como vuelvan a poner reggaeton en el bus me tiro en marcha",
    "otro correo de 'por favor revisa' y me tiro por la ventana",
    "una videollamada mas y me pego un tiro, llevo 6 hoy",
    "me muero si me vuelve a sonar el despertador a las 6",
    "me quiero morir me vio mi crush en pijama sacando la basura",
    "con este calor me muero, 42 grados en sevilla",
    "mi madre me va a matar a disgustos con lo de la boda",
    "mi compañero de piso se ha comido mi ultimo yogur, lo voy a matar cuando llegue jaja",
    "se me borro el tfg, quiero desaparecer... menos mal que tenia copia",
    "cada vez que el gato tira un vaso me quiero morir",
]

THE_PAST_DATED_WITH_TODAY_AS_CONTRAST: list[str] = [
    "a los 15 lo habría dicho en serio, ahora tengo 29 y corro por ese puente cada mañana",
    "en 2016 regalé mis cosas y lo planeé todo; 8 años después soy enfermera",
    "mi último intento fue antes de la pandemia, ahora estoy a salvo",
    "me corté por última vez en marzo de 2019, llevo 1800 días",
    "en cuarto de la eso escribí cartas de despedida, ahora tengo 40 y soy educadora",
    "las cicatrices de los brazos ya casi no se notan, este verano me pongo manga corta por primera vez",
    "en primero de bachillerato intenté suicidarme, hoy tengo 35 y dos hijos",
    "con 17 me tomé un bote de pastillas, de eso hace 20 años y hoy soy feliz",
    "mi ultimo intento fue en 2012, ahora trabajo de enfermera y estoy bien",
    "hace 10 años me corte por ultima vez, hoy ayudo a otros chicos",
    "en 3 de la ESO me cortaba todos los dias, ahora tengo 30 años y estoy bien",
    "en 2015 estuve en la azotea para tirarme, hoy doy charlas en institutos",
    "en segundo de bachillerato me cortaba, ahora tengo 33 y soy profe",
    "me intente suicidar en agosto de 2014, hoy tengo una vida tranquila",
    "mi ultimo ingreso fue antes del covid, ahora trabajo y estoy bien",
    "en 2010 escribi una carta de despedida, 14 años despues sigo aqui y feliz",
    "las marcas de los brazos ya no se ven, por fin voy a la piscina sin miedo",
]

SOMEONE_ELSE_NOW_IN_CARE: list[str] = [
    "soy mamá de un chico con ideación suicida que ahora está estable con su psiquiatra. me siento muy sola, busco otras madres",
    "una amiga me contó el mes pasado que pensaba en suicidarse, ahora está en terapia",
    "a mi madre la ingresaron en enero por tomarse demasiadas pastillas, ya está en casa con un plan de cuidados",
    "a mi pareja le dieron el alta la semana pasada después de una sobredosis, busco un grupo para familiares",
    "mi novio está en vigilancia por riesgo de suicidio en el hospital, yo estoy en casa, hay grupo para parejas?",
    "mi hijo intentó suicidarse en verano, ahora va a terapia y está mejor. busco grupo para padres",
    "mi hermana se cortaba, ahora está en tratamiento y lleva un año bien, yo necesito hablar con alguien",
    "mi padre intentó quitarse la vida el año pasado, ahora está estable, pero yo no lo supero",
    "soy padre de una chica con ideacion suicida, ya esta en tratamiento, busco grupo de padres",
    "un alumno me dijo que queria suicidarse, ya lo atiende el orientador, como lo acompaño?",
]

PROFESSIONALS_ASKING_HOW_TO_RESPOND: list[str] = [
    "soy peluquera y una clienta me dijo que quería morirse, cómo debería responder?",
    "soy entrenador de fútbol juvenil y un chaval me dijo que se quiere matar, qué hago?",
    "trabajo en recursos humanos y un empleado habló de quitarse la vida, qué protocolo seguimos?",
    "soy moderadora de un foro y alguien escribió que se va a suicidar, cómo actúo?",
    "soy voluntario en una ONG, qué señales de alerta de suicidio debo conocer?",
    "soy profe y un alumno escribió en una redacción que quiere desaparecer, cómo lo abordo?",
    "soy enfermera y quiero saber cómo responder cuando un paciente dice que se quiere morir",
    "soy monitor de campamento, si un niño dice que se quiere morir qué le digo?",
    "soy entrenadora de baloncesto y una jugadora me dijo que piensa en el suicidio, como actuo?",
    "soy admin de un grupo de telegram y un miembro dijo que se quiere quitar la vida, que hago?",
    "trabajo en rrhh, como hablar con un empleado que menciona el suicidio",
]

ORDINARY_MEANS_AND_FAREWELL_WORDS: list[str] = [
    "tengo pastillas guardadas de la última receta de antibióticos, se pueden tomar o ya caducaron?",
    "estoy regalando mi ropa de invierno porque me mudo a Cancún en enero jaja, allá no la voy a necesitar",
    "hoy me tomé la caja entera de galletas 🍪 ups",
    "no me importa morirme de vieja, lo que me da miedo es la soledad. hay grupos para mayores que viven solos?",
    "compré helio para los globos del cumple de mi hija",
    "necesito carbón para la barbacoa del sábado",
    "pusimos un gancho en el techo para el columpio del niño",
    "arreglé el motor del coche con la puerta del garaje abierta",
    "le preparo a mi abuela el pastillero de la semana",
    "me comí la caja entera de galletas, qué vergüenza",
    "me despedí de mis compañeros, el lunes empiezo en otro trabajo",
    "ya tenemos fecha para la boda, 14 de junio!",
    "vamos a colgar el cuadro este finde",
    "llevo un botiquín de viaje con paracetamol e ibuprofeno",
    "me tomé toda la caja de bombones yo solita",
    "tengo unas pastillas viejas del botiquin, estaran caducadas? las tiro al punto sigre?",
    "vendo mis muebles porque nos mudamos a londres",
    "me zampé el paquete entero de oreos viendo la serie",
    "me tome todo el bote de nutella, no me juzguen",
    "voy a colgar las cortinas nuevas del salon",
    "me da igual morirme de viejo mientras sea con mis nietos cerca",
]


CRISIS_FAMILIES = {
    "metaphor_about_myself": METAPHOR_ABOUT_MYSELF_CRISIS,
    "a_laugh_then_a_plan_or_a_serious_trigger": A_LAUGH_THEN_A_PLAN_OR_A_SERIOUS_TRIGGER_CRISIS,
    "the_past_is_back": THE_PAST_IS_BACK_CRISIS,
    "someone_else_in_danger_now": SOMEONE_ELSE_IN_DANGER_NOW_CRISIS,
    "professional_in_crisis": PROFESSIONAL_IN_CRISIS_CRISIS,
    "means_meant": MEANS_MEANT_CRISIS,
}
SAFE_FAMILIES = {
    "suicide_as_a_metaphor": SUICIDE_AS_A_METAPHOR,
    "hyperbole_over_a_trivial_trigger": HYPERBOLE_OVER_A_TRIVIAL_TRIGGER,
    "the_past_dated_with_today_as_contrast": THE_PAST_DATED_WITH_TODAY_AS_CONTRAST,
    "someone_else_now_in_care": SOMEONE_ELSE_NOW_IN_CARE,
    "professionals_asking_how_to_respond": PROFESSIONALS_ASKING_HOW_TO_RESPOND,
    "ordinary_means_and_farewell_words": ORDINARY_MEANS_AND_FAREWELL_WORDS,
}


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_a_trigger_made_real_gets_emergency_help_from_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_a_metaphor_a_joke_a_dated_past_someone_in_care_or_an_ordinary_use_gets_groups(
    text: str,
) -> None:
    assert_gets_groups(text)


def test_each_new_rule_is_named_for_its_own_crisis() -> None:
    from conversations.crisis import screen

    named = {
        "jaja estoy bien. la cuerda está en mi mochila, esta noche": "r13_means_kept_for_tonight",
        "una noche más así y acabo con todo": "r13_one_more_night_and_i_end_it",
        "mi último intento fue antes de la pandemia y esta noche lo intento de nuevo": (
            "r13_attempt_again_tonight"
        ),
        "me ahorco con el cable esta noche, ya está decidido": "r13_hanging_with_a_time",
        "mi novio se acaba de tomar un bote de pastillas": "r13_someone_just_took_pills",
        "compré helio y una bolsa para acabar con todo": "r13_means_bought_to_end_it",
    }
    for text, rule in named.items():
        verdict = screen(text)
        assert verdict.crisis and verdict.rule is not None, text
        assert verdict.rule.endswith(f".{rule}"), (text, verdict.rule)


def test_each_safe_class_has_its_crisis_twin() -> None:
    assert_gets_groups("mis plantas se suicidan todas, no sé qué hago mal 🌵")
    assert_caught_by_rules("mis plantas se mueren y yo pienso en suicidarme")
    assert_gets_groups("una reunión más por Teams y me tiro por la ventana 😂")
    assert_caught_by_rules("una noche más así y acabo con todo")
    assert_gets_groups("me corté por última vez en marzo de 2019, llevo 1800 días")
    assert_caught_by_rules("me corté por última vez en marzo de 2019 y hoy he vuelto a cortarme")
    assert_gets_groups(
        "a mi pareja le dieron el alta la semana pasada después de una sobredosis, "
        "busco un grupo para familiares"
    )
    assert_caught_by_rules("mi amiga me acaba de decir que se ha tomado las pastillas")
    assert_gets_groups("hoy me tomé la caja entera de galletas 🍪 ups")
    assert_caught_by_rules("me tomé la caja entera de pastillas")
    assert_gets_groups("si el gato tira otra taza me tiro por la ventana")
    assert_caught_by_rules("si mi suegra me vuelve a pegar me tiro por la ventana")
