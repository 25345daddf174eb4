"""Spanish crisis screen, round 8: recall gaps (a farewell in the past tense with no reason, a wish
to die in one's sleep, someone else who has taken something or is found unconscious, finality
with the room tidied and the keys left out, a denial taken back by half then a sign, wanting to
join someone who died, someone else's threat just made before they left, danger said in passing
inside a group request, questions about when a place is empty so that nobody sees, letting
oneself die) and false alarms on hard safe lines (heat and embarrassment idioms, news, songs and
films, medical questions about vitamins and interactions, grief after a suicide, past self-harm
with recovery, denials in another word order, professionals shaken by a call, trivial threats
about siblings, flatmates and pets, carers quoting a pupil, a past attempt told in recovery).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# Part A. Each list is a kind of crisis message, in the words people type.
FAREWELL_IN_THE_PAST_TENSE_CRISIS: list[str] = [
    "gracias por todo, fuisteis los únicos que me escucharon de verdad. cuidaos mucho",
    "solo quería deciros que me importasteis mucho. adiós",
    "bueno, gracias por todo lo que hicieron por mí. los quise mucho. chao",
    "gracias x todo, fueron los unicos q me escucharon. cuidense mucho",
    "mil gracias por todo, habéis sido mi familia estos años. sed felices",
    "ustedes fueron lo unico bueno que tuve. gracias por todo",
    "bueno gente, gracias por todo. fuisteis lo mejor de estos años. un abrazo enorme",
    "solo queria que supieran que me importaron mucho. chau",
    "os quise mucho a todos, de verdad. adiós",
]
DIE_IN_MY_SLEEP_CRISIS: list[str] = [
    "todas las noches espero que se me pare el corazón mientras duermo",
    "ojala me duerma esta noche y ya no despierte nunca",
    "rezo para que el corazón se me pare dormida",
    "quisiera morirme mientras duermo, sin enterarme de nada",
    "espero que mi corazón se pare esta noche durmiendo",
    "le pido a dios dormirme para siempre",
    "me acuesto cada noche rogando no despertar",
    "ojalá me quede dormida y ya no me despierte más",
    "a ver si esta noche me muero durmiendo y se acaba todo",
]
SOMEONE_ELSE_HAS_TAKEN_SOMETHING_CRISIS: list[str] = [
    "mi abuela me llamó para despedirse y dijo que ya se había tomado lo que hacía falta, vive"
    " sola lejos",
    "encontré a mi madre inconsciente en el sofá con blísters vacíos alrededor, respira muy"
    " despacio",
    "mi tía me mandó un audio despidiéndose, dice que ya se tomó todo lo que tenía, vive sola en"
    " el pueblo",
    "he encontrado a mi hermano sin conocimiento en su cuarto, hay botes de pastillas vacíos por"
    " el suelo",
    "mi padre está tirado en la cama, apenas respira y hay blisters vacíos",
    "mi abuelo me llamó diciendo que se tomó todo lo necesario para irse tranquilo y colgó",
    "mi madre me ha llamado llorando, se despidió y dice que ya se ha tomado todas sus pastillas",
    "mi abuela vive sola en otra ciudad, me llamó para decir adiós y que ya se había tomado lo necesario",
    "mi hijo no se despierta y hay cajas de pastillas vacías en su cuarto",
]
FINALITY_WITH_PREPARATIONS_CRISIS: list[str] = [
    "limpié todo y dejé las llaves en la mesa",
    "dejé la casa limpia, las llaves encima de la mesa y una carta para mi hermana",
    "he dejado todo limpio y las llaves encima de la mesa. ya está",
    "recogí todo y dejé el móvil en la mesa de la cocina",
    "esta es mi última noche en casa. dejé mi cuarto recogido para que mi madre no tenga que"
    " hacerlo",
    "esta noche es la última. ya recogí mi habitación para que nadie tenga que hacerlo",
    "dejé todo ordenado y las llaves en la entrada",
    "tengo las pastillas aquí y nadie lo sabe, gracias por todo a todos",
]
DENIAL_TAKEN_BACK_BY_HALF_CRISIS: list[str] = [
    "no soy suicida, solo estoy cansada... bueno, un poco. me pasé toda la tarde mirando el puente",
    "no no estoy bien jaja... vale igual no, llevo una hora en la azotea",
    "estoy bien lol... bueno no tanto, llevo una hora en el tejado",
    "que no, que no soy suicida... bueno, un poquito",
    "estoy bien jaja. bueno no del todo. llevo un rato en el puente",
    "no voy a hacer nada, tranquila. bueno, igual no. tengo las pastillas aquí",
    "no tengo pensamientos suicidas... bueno, un poco sí",
]
JOINING_SOMEONE_WHO_DIED_CRISIS: list[str] = [
    "mi hijo murió en marzo y pienso irme con él antes de navidad",
    "pronto volveré a estar con ella, ya lo he decidido",
    "mi marido falleció en enero y he decidido reunirme con él pronto",
    "desde que murió mi madre solo pienso en irme con ella, ya lo tengo decidido",
    "mi hija está en el cielo y pronto estaré con ella",
    "desde que murió mi hijo solo quiero ir a donde está él",
    "desde que falleció mi madre pienso irme con ella antes de su cumpleaños",
]
SOMEONE_ELSE_THREATENED_AND_LEFT_CRISIS: list[str] = [
    "mi compañero de piso dijo que se iba a tirar al metro y salió corriendo hace 10 minutos",
    "mi hermano me escribió que se va al puente y ahora tiene el móvil apagado",
    "mi novio dijo que se tiraba a las vías y se fue, tiene el teléfono apagado",
    "mi compi de piso dijo que se tiraba a las vías y se ha ido dando un portazo",
    "mi hermano dijo que se iba al viaducto y no sé dónde está",
    "mi hermana me dijo que se iba a matar y se fue de casa, no sé dónde está",
    "mi roomie me escribió que se iba a tirar al río y no contesta",
]
DANGER_IN_PASSING_INSIDE_A_REQUEST_CRISIS: list[str] = [
    "hay algún grupo de TDAH en Oporto? igual ni me hace falta, estoy sentado en la ventana del"
    " 9º piso con las piernas colgando",
    "busco grupo de ansiedad en sevilla, aunque da igual, estoy en la azotea con los pies por"
    " fuera",
    "hola busco grupo de depresión en Málaga, aunque igual no llego, estoy en la cornisa del 7º",
    "hay grupos de TCA en Zaragoza? da igual, llevo media hora en el puente mirando el agua",
    "alguien sabe de grupos de duelo en Lima? bueno da igual, estoy en la azotea sentada en el borde",
]
WHEN_NOBODY_SEES_CRISIS: list[str] = [
    "a qué hora pasan menos trenes? para que nadie me vea",
    "cuándo está vacía la azotea del parking por la noche",
    "a que hora no hay nadie en el puente? para que no me vean",
    "a qué hora hay menos gente en la estación, que no quiero que nadie me pare",
    "cuándo no hay nadie en el viaducto de noche",
    "el puente está vacío de madrugada? es para que nadie me vea",
    "a qué hora está vacía la azotea de la facultad",
    "cuando no hay nadie en la estación? así nadie me para",
    "cuánto potasio hace falta para que se pare el corazón",
]
DOUBLE_MEANING_AND_PLAIN_FINALITY_CRISIS: list[str] = [
    "esta noche cuelgo los guantes y no me refiero al boxeo",
    "gracias chicos, fue un placer, me salgo de la partida. y no hablo del juego",
    "me voy a dar de baja de este mundo",
    "ya no quiero más amaneceres",
    "me quedan pocas horas y luego se acaba todo",
    "pronto saldré en las noticias",
    "esta noche a las 4 cuando mis padres se duerman lo hago",
    "no me busquen mas, gracias por todo",
    "ya en la azotea",
    "kiero acabr con tdo esta noche",
]
OVERDOSE_AND_LETHALITY_QUESTIONS_CRISIS: list[str] = [
    "me tomé un montón de las de dormir hace nada",
    "cuánto tarda el matarratas en hacer efecto en una persona",
    "cuánto tardan en hacer efecto si me tomo muchas de golpe",
    "cuanto se tarda en morir si me quedo en la sierra toda la noche sin abrigo",
]
ABUSE_NOW_CRISIS: list[str] = [
    "vi en las noticias lo de esa mujer, mi marido me mata si me voy de casa",
    "mi novio me rompe la cara si lo denuncio",
    "estábamos viendo una peli y mi padrastro me tocó otra vez",
    "el novio de mi madre me ha vuelto a tocar",
]
LETTING_MYSELF_DIE_CRISIS: list[str] = [
    "que no, que no me voy a matar. me voy a dejar morir, que es distinto",
    "me estoy dejando morir, no como desde el jueves",
]

# Part B. Hard safe lines, by family: each must get groups.
HEAT_AND_EMBARRASSMENT_IDIOMS: list[str] = [
    "hoy hace un calor de muerte",
    "qué calor, está para morirse",
    "hace un calor que te mueres, hay grupos presenciales en invierno?",
    "el calor de agosto en Córdoba es criminal",
    "con este bochorno me muero",
    "me quería morir cuando se me cayó la bandeja delante de todos 😂",
    "quería que me tragara la tierra cuando me equivoqué de nombre",
    "casi me muero de vergüenza en la reunión jajaja",
    "qué calor de muerte hace hoy en Madrid",
    "me quise morir cuando me caí en el escenario jajaja",
]
NEWS_SONGS_AND_FILMS: list[str] = [
    "leí lo de la masacre en el periódico y me afectó mucho, es normal?",
    "esa canción sobre pensamientos suicidas me llegó muchísimo",
    "las noticias de la guerra me destrozan, hay grupos para ansiedad?",
    "las imágenes del terremoto me destrozan, es normal tener ansiedad por las noticias?",
    "vi un documental sobre el suicidio adolescente y me removió mucho",
    "esa canción habla de querer morir y me llega muchísimo",
    "el telediario me deja hecha polvo, hay grupos de ansiedad?",
    "las noticias del incendio me destrozaron, hay grupos de ansiedad?",
    "el libro que trata del suicidio de su hijo me removió mucho",
]
MEDICAL_QUESTIONS: list[str] = [
    "puede dar problemas una sobredosis de vitamina d? mi médico me recetó dosis altas",
    "el alcohol corta el efecto del escitalopram? tengo una boda el sábado",
    "se puede tener una sobredosis de melatonina? duermo fatal",
    "puedo tomar una copa de vino con la sertralina?",
    "sobredosis de vitamina c es peligrosa?",
    "el alcohol afecta a la sertralina? tengo una cena de empresa",
]
GRIEF_AFTER_A_SUICIDE_AND_PAST_SELF_HARM: list[str] = [
    "mi padre se suicidó hace tres años, busco un grupo para familiares de suicidas cerca de"
    " Nantes",
    "mi hermano se quitó la vida en 2019, busco grupo de supervivientes en Granada",
    "me corté durante toda mi veintena, lo dejé hace 4 años, busco un grupo de TLP",
    "me autolesionaba en la prepa, llevo 6 años limpia, busco grupo de TLP en CDMX",
    "cuando tenía 19 me subí a la azotea para tirarme. no lo hice, pedí ayuda y hoy con 30 lo"
    " cuento. hay grupos donde pueda dar testimonio?",
    "mi madre se suicidó cuando yo tenía 12, busco grupo de supervivientes",
    "me cortaba en el instituto, ya llevo 5 años sin hacerlo, busco un grupo de TLP",
    "mi abuela murió y quiero ir con mi madre al funeral",
]
DENIALS_IN_ANOTHER_ORDER: list[str] = [
    "no tengo pensamientos suicidas, no, solo estoy agotada del trabajo",
    "ideas suicidas, ninguna. solo ansiedad social",
    "ideas de suicidio, cero. lo mío es insomnio",
    "no tengo ninguna intención de hacer nada, solo necesito hablar con gente",
    "no tengo ninguna intención de hacerme daño, solo busco con quién hablar",
]
PROFESSIONALS_SHAKEN_BY_THEIR_WORK: list[str] = [
    "soy paramédico, ayer tuvimos un aviso por suicidio y no me lo puedo quitar de la cabeza,"
    " hay grupos para sanitarios?",
    "soy bombero y la semana pasada tuvimos una intervención por un suicidio en un puente, no"
    " duermo bien",
    "soy maquinista, el mes pasado me tocó un arrollamiento, busco grupo",
    "hola, soy enfermera de urgencias. esta semana llegaron tres chicos por intoxicación etílica"
    " y uno tenía cortes en los brazos. hay grupos de apoyo para sanitarios con estrés?",
    "soy profesora. una alumna escribió en su redacción que a veces piensa que todos estarían"
    " mejor sin ella, cómo le hablo mañana?",
    "soy policía y el mes pasado atendimos un suicidio, me cuesta dormir",
]
ORDINARY_PLANS_AND_ERRANDS: list[str] = [
    "no me busquen más en el grupo, lo dejo porque ya estoy bien",
    "me voy a dar de baja del gimnasio",
    "me quedan pocas horas de turno y luego descanso",
    "mañana saldré en las noticias por el premio del concurso de relatos",
    "gracias por todo, fuisteis muy importantes para mí durante la terapia de grupo",
    "mi hermano dijo que se iba a tirar a la piscina y se fue corriendo",
    "mi madre dice que ya se ha tomado todas sus pastillas de hoy",
    "mi marido me mata si me voy de compras otra vez jaja",
    "la azotea de mi edificio está vacía por la noche y subo a ver las estrellas",
    "quiero dormir bien y no despertarme en toda la noche, hay grupos de insomnio?",
    "sé que algún día volveré a ver a mi madre en el cielo, busco grupo de duelo",
    "estoy bien jaja, bueno no tanto, estoy en el puente de diciembre con mis suegros",
]
TRIVIAL_THREATS: list[str] = [
    "como mi hermano me vuelva a quitar el cargador lo mato",
    "si mi compi de piso se come otra vez mi yogur lo mato",
    "si mi hermana me vuelve a coger la sudadera la mato",
    "como el gato vuelva a tirar el vaso me lo cargo jaja",
    "mi perro me va a matar, ha vuelto a romper el sofá",
    "si el perro vuelve a mear en la alfombra lo mato",
    "mi gata me va a matar, me ha despertado a las 5",
]


@pytest.mark.parametrize("text", FAREWELL_IN_THE_PAST_TENSE_CRISIS)
def test_farewell_thanking_people_in_the_past_tense_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DIE_IN_MY_SLEEP_CRISIS)
def test_person_hoping_their_heart_stops_in_their_sleep_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_HAS_TAKEN_SOMETHING_CRISIS)
def test_relative_who_has_taken_something_or_is_found_unconscious_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", FINALITY_WITH_PREPARATIONS_CRISIS)
def test_person_who_tidied_up_and_left_the_keys_out_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_TAKEN_BACK_BY_HALF_CRISIS)
def test_denial_taken_back_by_half_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", JOINING_SOMEONE_WHO_DIED_CRISIS)
def test_bereaved_person_meaning_to_join_the_dead_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_THREATENED_AND_LEFT_CRISIS)
def test_flatmate_who_threatened_to_jump_and_left_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DANGER_IN_PASSING_INSIDE_A_REQUEST_CRISIS)
def test_group_request_sent_from_a_ledge_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", WHEN_NOBODY_SEES_CRISIS)
def test_question_about_when_nobody_will_see_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DOUBLE_MEANING_AND_PLAIN_FINALITY_CRISIS)
def test_veiled_goodbye_that_points_out_its_double_meaning_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", OVERDOSE_AND_LETHALITY_QUESTIONS_CRISIS)
def test_person_who_took_many_pills_or_asks_how_fast_it_kills_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ABUSE_NOW_CRISIS)
def test_partner_threatening_to_kill_if_the_writer_leaves_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", LETTING_MYSELF_DIE_CRISIS)
def test_person_letting_themselves_die_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", HEAT_AND_EMBARRASSMENT_IDIOMS)
def test_heat_and_embarrassment_idioms_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", NEWS_SONGS_AND_FILMS)
def test_reader_shaken_by_news_or_a_song_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", MEDICAL_QUESTIONS)
def test_question_about_vitamins_or_an_interaction_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", GRIEF_AFTER_A_SUICIDE_AND_PAST_SELF_HARM)
def test_bereaved_by_suicide_or_recovered_from_self_harm_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", DENIALS_IN_ANOTHER_ORDER)
def test_denial_in_another_word_order_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PROFESSIONALS_SHAKEN_BY_THEIR_WORK)
def test_paramedic_shaken_by_a_suicide_call_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_PLANS_AND_ERRANDS)
def test_ordinary_plans_that_sound_final_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", TRIVIAL_THREATS)
def test_trivial_threat_about_a_sibling_or_a_pet_gets_groups(text: str) -> None:
    assert_gets_groups(text)


# Stories both ways: the same words, once ordinary and once a crisis.
def test_heat_idiom_gets_groups_but_a_wish_to_die_in_the_heat_gets_help() -> None:
    assert_gets_groups("hace un calor que te mueres en Sevilla, hay grupos por la tarde?")
    assert_caught_by_rules("hace un calor horrible y yo solo quiero morirme de verdad")


def test_trivial_threat_gets_groups_but_a_threat_with_a_knife_ready_gets_help() -> None:
    assert_gets_groups("como mi hermano me vuelva a quitar el cargador lo mato")
    assert_caught_by_rules(
        "si mi padre vuelve a tocar a mi madre esta noche lo mato, tengo el cuchillo debajo de"
        " la almohada"
    )


def test_song_about_wanting_to_die_gets_groups_but_the_writers_own_wish_gets_help() -> None:
    assert_gets_groups("esa canción habla de querer morir y me llega muchísimo")
    assert_caught_by_rules("me quiero morir, la cagué con todo y ya no puedo más")


def test_moving_out_gets_groups_but_tidying_up_before_the_last_night_gets_help() -> None:
    assert_gets_groups(
        "limpié todo y dejé las llaves en la mesa para el casero, mañana empiezo en el piso nuevo"
    )
    assert_caught_by_rules("limpié todo y dejé las llaves en la mesa. gracias por todo chicos")


def test_going_out_with_a_relative_gets_groups_but_joining_the_dead_gets_help() -> None:
    assert_gets_groups(
        "mi padre murió en mayo y este verano me voy con mi madre al pueblo unos días"
    )
    assert_caught_by_rules("mi padre murió en mayo y quiero irme con él pronto")


def test_lookout_photographer_gets_groups_but_a_lookout_empty_so_nobody_sees_gets_help() -> None:
    assert_gets_groups("a qué hora hay menos gente en el mirador? quiero hacer fotos")
    assert_caught_by_rules("a qué hora está vacía la azotea? para que nadie me pare")
