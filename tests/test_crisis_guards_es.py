"""Spanish crisis guards: someone else's words quoted by the one who looks after them, jokes and
habits are not the writer's crisis; the writer's own words, threats against the writer and someone
in danger right now still are. Lexicons: `conversations/lexicons/es_reported.toml`."""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen

# Stories where the words belong to someone else (a pupil, a patient, a child, a song, a drill) or
# are a joke: no emergency numbers.
SAFE = [
    # test_teacher_quoting_a_pupils_essay_is_not_a_crisis
    "Soy tutora y un alumno de tercero escribió en su cuaderno «quiero desaparecer». ¿Cómo lo hablo con su familia?",
    # test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis
    "Entreno a un equipo de alevines y un jugador de 11 años dijo en el vestuario «me quiero morir» tras perder la final. ¿Cómo lo gestiono?",
    "Soy enfermera en una residencia y una señora mayor me dice a menudo «ojalá me muera ya». ¿Cómo la acompaño?",
    "Trabajo en una farmacia y un cliente me comentó «me voy a matar con estos precios». ¿Era broma?",
    "Una paciente de la consulta me ha confesado «a veces me quiero morir». Ya la derivé a psiquiatría, busco supervisión.",
    "Mi hija de 8 años grita «me quiero morir» cada vez que le apago la consola, ¿es normal?",
    "Mi nieto de seis años dice «me quiero matar» cuando pierde al parchís, ¿le damos importancia?",
    "Mi sobrino adolescente soltó en la cena «me quiero morir» porque no le dejamos salir, ¿cómo hablamos de eso?",
    "«Me quiero morir» es lo que me dijo ayer un alumno al ver su nota. ¿Cómo respondo la próxima vez?",
    "¿Qué le digo a un adolescente cuando me dice que se quiere morir? Soy monitor de campamento.",
    "¿Cómo se responde a frases como «me quiero morir» en un chat de ayuda? Preparo la formación.",
    "Cuando un niño te dice «me quiero morir», ¿qué hay que contestar? Soy maestra de infantil.",
    "Si alguien en el grupo dice «me quiero morir», ¿cuál es el protocolo? Soy voluntario nuevo.",
    "Modero un foro de videojuegos y a veces la gente escribe «me voy a suicidar» cuando pierde una partida, ¿lo borro?",
    "Moderamos un canal de Twitch y recibimos mensajes que dicen «me quiero morir» cada dos por tres. ¿Qué hacemos?",
    "Como orientadora oigo a menudo frases como «me quiero morir» en los pasillos. ¿Qué formación me recomendáis?",
    "Mi compañera de piso dijo de broma «si suspendo me tiro por la ventana», ¿cómo saco el tema?",
    "Mi abuelo repite «me quiero morir ya» desde que enviudó, tiene médico y psicóloga. ¿Grupos para nietos?",
    "«Quiero morir a tu lado» dice la canción que suena en todas partes, qué pesadilla.",
    "El villano de la serie grita «me voy a matar» en el último capítulo y casi lloro.",
    "Si vuelvo a escuchar ese reguetón en la oficina me tiro por la ventana jajaja",
    "Como me vuelvan a cancelar el tren me pego un tiro, jajaja es broma",
    "Me corto las venas si mi equipo vuelve a perder la liga jaja",
    "En el curso hicimos un simulacro: «estoy en la azotea y voy a saltar». ¿Hay más materiales así?",
    "Un chaval del centro de menores me escribió «me quiero morir» en una nota, ya lo sabe su psicóloga. ¿Qué más hago?",
    "Un preso del taller me dijo «para qué vivir» y lo comuniqué al equipo. ¿Hay formación para monitores?",
    "Mi hijo adolescente dice «me quiero morir» por cualquier cosa, ¿es una forma de hablar?",
]

# The writer's own words, a threat against the writer, or someone in danger right now: still a
# crisis, quoted or not.
CRISIS = [
    # test_woman_quoting_her_husbands_threat_tonight_is_a_crisis
    "Mi marido me acaba de decir «esta noche te mato» y está en el salón.",
    "Mi ex me acaba de escribir que viene a matarme esta noche.",
    "Un desconocido me escribió por Instagram que viene a matarme.",
    "Un vecino me dijo que va a matarme esta noche, tengo miedo.",
    "Le dije a mi psicóloga «me quiero morir» y no me hizo caso.",
    "Le conté a mi madre que me quiero morir y se rió.",
    "No dejo de pensar «me quiero morir», cada día más.",
    "Me repito «hazlo ya» todo el día, quiero matarme.",
    "Mi amiga me acaba de escribir «adiós, me he tomado todas las pastillas».",
    "Mi hermano me mandó un mensaje diciendo «perdonadme, ya no aguanto más» y no contesta.",
    "Mi amigo me acaba de mandar un audio diciendo que está en el puente y va a saltar.",
    "me quiero morir",
    "ya no quiero vivir, estoy cansada de todo",
    "Esta noche me mato, ya lo tengo decidido.",
    "Tengo las pastillas en la mano y voy a tomármelas todas.",
    "Estoy en la azotea y voy a saltar.",
    "Me he vuelto a cortar los brazos esta noche.",
    "Todos estarían mejor sin mí, ya no aguanto más.",
    "Mi psicóloga me preguntó si quería morir y le dije que sí, que cada día.",
    "Escribí en mi diario «me quiero morir» y es verdad.",
    "No paro de pensar en matarme, cada noche es peor.",
    "Mi padre me ha dicho que me va a matar cuando llegue a casa.",
    "Mi pareja me está pegando ahora mismo, ayuda.",
    "Tengo una cuerda en el armario y hoy es el día.",
    "La gente dice que exagero, pero me quiero morir de verdad.",
    "Mi jefe dice que soy un inútil y yo solo quiero desaparecer para siempre.",
    "Ya me despedí de todos, esta es mi última noche.",
    "He comprado una cuerda y ya sé dónde colgarla.",
]


@pytest.mark.parametrize("text", SAFE)
def test_someone_elses_words_jokes_and_habits_are_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)


@pytest.mark.parametrize("text", CRISIS)
def test_own_words_threats_and_danger_now_are_a_crisis(text: str) -> None:
    assert screen(text).crisis, text


def test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis() -> None:
    text = "Soy entrenador y un chico de 13 años dijo «me quiero morir» tras perder el partido."
    assert not screen(text).crisis


def test_woman_quoting_her_husbands_threat_tonight_is_a_crisis() -> None:
    assert screen("Mi marido me ha dicho «esta noche te mato», estoy encerrada en el baño.").crisis


def test_pupil_who_says_he_himself_will_do_it_tonight_keeps_the_hit() -> None:
    # Someone else named between the cue and the hit: not a quote to discard.
    assert screen("Un alumno me dijo que él se va a matar esta noche.").crisis


def test_friend_texting_goodbye_right_now_is_a_crisis() -> None:
    assert screen(
        "Mi amiga me acaba de escribir «gracias por todo, adiós», no coge el teléfono."
    ).crisis
