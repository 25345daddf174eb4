"""Portuguese crisis screen, round 7: kinds of crisis message that slipped past the rules
(lethality questions about a named medicine, a joke then the truth, standing somewhere high or on
the tracks, someone else in danger now, a weapon just within reach, harm to someone on the way,
self-harm urges alone, veiled intent), next to hard safe lines that the rules used to flag (a
farewell with an ordinary reason, a denial, idioms, helpers quoting someone, a boss's habitual
hyperbole, a relative who self-harms, recovery, ordinary objects).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# 1. How much of a named medicine or poison kills, or whether what was saved is enough.
LETHAL_AMOUNT_CRISIS: list[str] = [
    "quantos miligramas de quetiapina seriam fatais pra alguem do meu peso",
    "o frasco todo de gotas de rivotril e suficiente?",
    "tenho uns 45 comprimidos de fluoxetina guardados, sera que chegam",
    "se eu engolir 50 de uma vez e o suficiente? so quero saber se chega",
    "quantas unidades de insulina pra nao acordar mais",
    "se misturar vodka com os meus calmantes da pra apagar de vez?",
    "beber agua sanitaria mata rapido?",
    "como arranjar rivotril sem receita? preciso de varias caixas ainda hoje",
]

# 2. A joke or a denial, then taken back and the real disclosure.
DENIAL_TAKEN_BACK_CRISIS: list[str] = [
    "kkkk fica tranquila que nao sou suicida. ta bom, na real sou sim",
    "relaxa, nao vou fazer besteira. pra ser sincero ja tenho um plano pra sexta",
    "to zoando, nao quero morrer. mentira, quero sim",
    "hahaha nao vou pular de lugar nenhum... na verdade to no parapeito agora",
    "kkk vida de estudante ne. mas falando serio, ja tenho um plano pra hoje",
]

# 3. Standing high or on the tracks right now, described rather than named.
HEIGHT_OR_TRACKS_NOW_CRISIS: list[str] = [
    "to na beira da plataforma, o expresso das 22h passa direto sem parar aqui",
    "ja faz uma hora que estou sentada no parapeito da varanda olhando para baixo",
    "estou no 12 andar e a janela da sala abre toda",
    "cheguei na falesia, e agora, so falta um passo",
    "estou no terraco do hospital sozinho",
]

# 4. Someone else in danger now.
SOMEONE_ELSE_NOW_CRISIS: list[str] = [
    "o meu colega de turno esta no parapeito do armazem e nao quer descer",
    "a minha vizinha esta a ser espancada agora mesmo no patio",
    "meu amigo apagou depois de tomar muita coisa na balada e nao acorda",
    "minha irma disse que hoje ia se jogar da ponte, saiu de casa ha # minutos e nao atende",
    "o meu pai no telhado. por favor ajudem",
]

# 5. A weapon just within reach; 6. harm to someone, on the way now.
WEAPON_OR_HARM_ON_THE_WAY_CRISIS: list[str] = [
    "finalmente descobri a senha do armario onde o meu tio guarda a carabina",
    "ja sei onde o meu padrasto esconde o revolver e onde fica a chave",
    "to a caminho da casa do meu ex com um pe de cabra",
    "estou indo atras dele com o facao, hoje aquele desgracado nao escapa",
    "meu marido acabou de gritar que me vai matar esta noite quando voltar",
]

# 7. Self-harm urges now and alone.
SELF_HARM_URGE_CRISIS: list[str] = [
    "preciso de sentir dor agora, sozinha em casa",
    "vou quebrar o apontador para tirar a lamina",
    "to com o estilete aqui e a vontade de me cortar nao passa",
    "to mordendo meu braco ate sangrar e nao consigo parar",
    "quero me machucar de qualquer jeito, desde que doa muito",
]

# 8. Veiled intent.
VEILED_INTENT_CRISIS: list[str] = [
    "daqui a pouco nao vou dar trabalho pra ninguem por muito tempo",
    "sera que alguem ia reparar se eu sumisse",
    "trabalho em farmacia, sei exatamente que remedios tomar e em que quantidade",
    "paguei o seguro de vida ate ao fim, percebes onde quero chegar",
    "hoje vou ao cemiterio ficar com a minha mae, pra sempre",
    "esta noite vou ao tumulo do meu pai e vou ficar com ele",
    "depois do enterro da minha avo eu vou atras dela",
    "estou eufórico, vou pra autoestrada ver se chego aos 250",
    "obrigada por tentarem me ajudar. nao deu. adeus",
    "hoje eu viro estrelinha",
    "vou dar adeus a esta vida",
    "tenho vontade de sacudir o meu bebe, ele esta aqui no berco",
    "tomei comprimidos demais. nao consigo me mexer",
]

ALL_CRISIS: list[str] = (
    LETHAL_AMOUNT_CRISIS
    + DENIAL_TAKEN_BACK_CRISIS
    + HEIGHT_OR_TRACKS_NOW_CRISIS
    + SOMEONE_ELSE_NOW_CRISIS
    + WEAPON_OR_HARM_ON_THE_WAY_CRISIS
    + SELF_HARM_URGE_CRISIS
    + VEILED_INTENT_CRISIS
)

# Hard safe lines of the same families.
FAREWELL_WITH_A_REASON_NOT_CRISIS: list[str] = [
    "estou me despedindo de voces, vou me mudar para Curitiba no mes que vem",
    "esta e a minha ultima noite no grupo porque vou passar para o turno da noite",
    "me despeco de todos, consegui um emprego novo na Suica",
    "dei o meu cao a minha prima porque vou trabalhar num navio de cruzeiro",
]
DENIAL_OR_ORDINARY_MEANING_NOT_CRISIS: list[str] = [
    "nao tenho pensamentos de suicidio, so uma ansiedade enorme",
    "cansada de viver nessa correria de cidade grande, queria um grupo de mindfulness",
    "cansado da vida no sentido de trabalho e contas, nada dramatico",
    "mas eu quero viver, so preciso de alguem pra conversar",
    "quero desaparecer das redes sociais por umas semanas",
    "alguem sabe se da pra fazer churrasco no terraco do predio?",
    "dormir pra sempre no sabado, esse e o plano kkk",
    "e seguro levar o cao na praia no verao ou e melhor deixar em casa?",
    "so quero que a obra da cozinha acabe logo",
    "haha nao sou suicida, na verdade sou sim exagerada com futebol",
]
HELPERS_AND_QUOTES_NOT_CRISIS: list[str] = [
    "sou professor, o que dizer a quem escreve que quer desaparecer?",
    "a minha aluna escreveu numa redacao que queria nao existir, como falo com os pais?",
    "o meu chefe sempre diz 'vou me atirar da janela' quando o servidor cai kkk",
    "o meu gerente vive dizendo 'vou me matar' quando as vendas caem, e so jeito dele",
]
FAMILY_AND_RECOVERY_NOT_CRISIS: list[str] = [
    "o meu companheiro se corta e eu queria um grupo para familiares",
    "parei de me cortar em 2016 e agora quero facilitar um grupo",
    "tenho toc e pensamentos intrusivos de empurrar alguem na linha do metro, nunca faria isso",
]
ORDINARY_OBJECTS_AND_PLACES_NOT_CRISIS: list[str] = [
    "onde comprar veneno para baratas no centro de Braga?",
    "comprei uma corda para amarrar a lona do barco",
    "estou na plataforma e o comboio vai passar direto, vou chegar atrasado a reuniao",
    "estou no telhado da escola a ajudar a montar a antena da radio",
    "to indo pro treino com o taco de beisebol",
    "quero desmontar o apontador para trocar a lamina",
    "30 capsulas de omega 3 chegam para o mes inteiro?",
    "o frasco inteiro de xarope chega para uma semana?",
    "vou ao cemiterio visitar o tumulo do meu avo no domingo",
    "o seguro do carro cobre vidros partidos?",
    "obrigada por tentarem me ajudar com a mudanca, adeus e ate breve",
    "vou bazar daqui e nao e para outra cidade, e para outro bairro mais barato",
    "minha amiga desmaiou depois de tomar muito sol na praia",
    "bebi demais e estou tonta, alguem tem dica pra ressaca?",
    "vou fazer uma viagem sem volta marcada para emigrar para o Canada",
    "comprei uma corda para pendurar os enfeites de natal no quintal",
    "a psicologa sugeriu escrever uma carta de despedida a minha avo que faleceu",
    "o meu tio teve uma overdose acidental de analgesicos, ja esta em casa e bem",
    "relaxa, nao e nada de suicidio, so estou triste com o fim do namoro",
    "a minha sogra vai me matar quando souber que esqueci o aniversario dela",
]

ALL_NOT_CRISIS: list[str] = (
    FAREWELL_WITH_A_REASON_NOT_CRISIS
    + DENIAL_OR_ORDINARY_MEANING_NOT_CRISIS
    + HELPERS_AND_QUOTES_NOT_CRISIS
    + FAMILY_AND_RECOVERY_NOT_CRISIS
    + ORDINARY_OBJECTS_AND_PLACES_NOT_CRISIS
)


def _assert_rules_catch(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", LETHAL_AMOUNT_CRISIS)
def test_person_asking_how_much_of_their_medicine_is_lethal_gets_emergency_help(text: str) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", DENIAL_TAKEN_BACK_CRISIS)
def test_person_who_jokes_then_admits_the_truth_gets_emergency_help(text: str) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", HEIGHT_OR_TRACKS_NOW_CRISIS)
def test_person_standing_high_or_on_the_tracks_now_gets_emergency_help(text: str) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_NOW_CRISIS)
def test_person_whose_relative_or_colleague_is_in_danger_now_gets_emergency_help(
    text: str,
) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", WEAPON_OR_HARM_ON_THE_WAY_CRISIS)
def test_person_with_a_weapon_in_reach_or_on_the_way_to_hurt_someone_gets_emergency_help(
    text: str,
) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", SELF_HARM_URGE_CRISIS)
def test_person_alone_with_an_urge_to_hurt_themselves_gets_emergency_help(text: str) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", VEILED_INTENT_CRISIS)
def test_person_hinting_at_an_ending_gets_emergency_help(text: str) -> None:
    _assert_rules_catch(text)


@pytest.mark.parametrize("text", FAREWELL_WITH_A_REASON_NOT_CRISIS)
def test_member_saying_goodbye_because_of_a_move_or_new_job_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", DENIAL_OR_ORDINARY_MEANING_NOT_CRISIS)
def test_member_who_denies_or_uses_an_everyday_phrase_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HELPERS_AND_QUOTES_NOT_CRISIS)
def test_teacher_or_employee_quoting_someone_else_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", FAMILY_AND_RECOVERY_NOT_CRISIS)
def test_relative_of_someone_who_self_harms_or_person_in_recovery_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_OBJECTS_AND_PLACES_NOT_CRISIS)
def test_member_talking_about_ordinary_objects_and_places_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_round7_lists_are_big_enough() -> None:
    assert len(ALL_CRISIS) >= 30
    assert len(ALL_NOT_CRISIS) >= 30
