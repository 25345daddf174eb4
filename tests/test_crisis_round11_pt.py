"""Portuguese crisis screen, round 11: guards and gaps by class (Brazil and Portugal).

Safe: a past told by an age, a school year or a period, with a recovery in the same sentence;
someone else asking to die, or grief after a suicide; journalists, students, writers and youth
workers; hyperbole and gaffes ("ir ao IKEA num sábado é suicídio", "quero morrer, mandei áudio
pro ex sem querer"); a form ticked by mistake, scratches from the cat, thinking of others' death.
Crisis: the same words where the danger is now, and the phrasings the screen still missed:
whether a jump kills at once, crossing without looking on purpose, near the platform edge again,
a relative's medicine cabinet swallowed, a school tool on the skin, relapse shorthand, a
birthday one will not see, the last time on this phone, a warm last goodbye, following someone
who died by suicide.

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis ---------------------------------------------------------------------------------

PAST_COMES_BACK_CRISIS: list[str] = [
    "aos 16 tomei uma overdose e hoje à noite vou fazer de novo",
    "quando eu tinha 19 queria morrer e agora voltou, quero morrer",
    "na faculdade tive um plano pra me matar e agora tenho de novo",
    "teve uma época que eu queria morrer, hoje quero de novo",
    "ex-automutiladora, mas ontem me cortei de novo",
    "me cortava na adolescência e voltei a me cortar esta semana",
    "aos 16 tomei uma overdose. hoje tenho 34 e quero morrer",
    "na época da faculdade tentei me matar e agora quero tentar outra vez",
    "com dezesseis anos já penso em suicídio todo dia",
    "na faculdade eu me cortava. ontem recaí, me cortei 3 vezes",
]

SOMEONE_ELSE_AND_ME_CRISIS: list[str] = [
    "minha esposa se matou em 2020 e eu quero ir com ela",
    "meu pai se matou e agora eu tô pensando em fazer o mesmo",
    "a minha mãe suicidou-se e eu vou fazer o mesmo esta noite",
    "meu irmão se suicidou e eu quero me matar também",
    "meu pai fica pedindo pra morrer e eu também quero morrer",
]

PROFESSIONAL_IN_CRISIS_CRISIS: list[str] = [
    "sou enfermeira e quero morrer",
    "sou jornalista e hoje à noite vou me matar",
    "sou assistente social e estou pensando em me matar",
    "sou professora e o suicídio é a única saída pra mim",
]

NOT_A_JOKE_CRISIS: list[str] = [
    "ir de bicicleta na chuva e torcer pra um caminhão me pegar",
    "que vergonha, quero morrer de verdade, todo mundo riu de mim",
    "tô enforcado de dívida e vou me enforcar de verdade hoje",
    "quero morrer, mandei áudio pro meu ex e ele não quer mais saber de mim, não aguento mais",
]

NOT_A_MISTAKE_CRISIS: list[str] = [
    "não é o gato, fui eu que me cortei",
    "disse ao médico que queria desaparecer e era verdade, quero morrer",
    "marquei 'cansado da vida' porque é verdade, quero morrer",
]

JUMP_AND_ROAD_CRISIS: list[str] = [
    "do décimo andar a gente morre na hora ou fica sofrendo?",
    "se eu pular da ponte Hercílio Luz morro na hora ou dói?",
    "pular da ponte 25 de Abril mata logo ou fica-se a sofrer?",
    "às vezes não olho quando atravesso a rua, de propósito, vai que dou sorte",
    "às vezes atravesso a estrada sem olhar, pode ser que tenha sorte",
    "quase me atirei para a linha do comboio hoje, é a terceira vez esta semana que me chego à beira da plataforma",
    "fiquei na beirada da plataforma do metrô de novo, quase pulei",
]

PILLS_AND_SKIN_CRISIS: list[str] = [
    "tomei tudo, quase todo o armário de remédios da minha mãe, só quero dormir, é normal?",
    "bebi tudo, a caixa de remédios da minha avó quase toda, só quero dormir",
    "tomei quase toda a farmácia lá de casa, to com muito sono, é normal?",
    "ninguém me ama, tomei quase todos os remédios da gaveta",
    "risquei meu braço com a ponta do compasso na aula, agora em casa quero fazer mais",
    "cortei o braço com o apontador na escola, quero fazer mais quando chegar em casa",
    "recaí. 3 vezes hoje. me odeio",
    "recaída. três vezes hoje. odeio-me",
]

LAST_TIME_CRISIS: list[str] = [
    "meu aniversário é sábado e não pretendo estar aqui pra ver",
    "faço 18 semana que vem e não vou chegar lá",
    "o meu aniversário é para a semana mas não conto lá chegar",
    "não vou ver meu aniversário de 20 anos",
    "última vez que uso este celular",
    "é a última vez que uso este telemóvel",
    "é a última vez, tá? se cuida",
    "esta é a última vez, ok? cuida-te",
    "é a última vez que vocês me ouvem, se cuidem",
]

CRISIS_FAMILIES: dict[str, list[str]] = {
    "past_comes_back": PAST_COMES_BACK_CRISIS,
    "someone_else_and_me": SOMEONE_ELSE_AND_ME_CRISIS,
    "professional_in_crisis": PROFESSIONAL_IN_CRISIS_CRISIS,
    "not_a_joke": NOT_A_JOKE_CRISIS,
    "not_a_mistake": NOT_A_MISTAKE_CRISIS,
    "jump_and_road": JUMP_AND_ROAD_CRISIS,
    "pills_and_skin": PILLS_AND_SKIN_CRISIS,
    "last_time": LAST_TIME_CRISIS,
}

# --- safe -----------------------------------------------------------------------------------

PAST_AND_RECOVERED_SAFE: list[str] = [
    "aos 16 tomei uma overdose. hoje tenho 34 e estou bem",
    "quando eu tinha 19 passei meses querendo morrer",
    "na faculdade cheguei a ter um plano pra me matar. isso já passou",
    "teve uma época em que eu queria morrer todo dia. a terapia me salvou",
    "houve uma altura em que eu queria morrer todos os dias, a terapia salvou-me",
    "depois da minha tentativa em 2017 fiquei muito tempo internada, agora quero um grupo pra me manter estável, nada agudo",
    "ex-automutiladora, 6 anos sem me cortar, gostaria de dar meu depoimento num grupo de adolescentes",
    "com 15 anos tentei me matar. Isso ficou para trás.",
    "aos 20 e poucos tive ideação suicida, hoje em dia tô de boa, procuro grupo de ansiedade",
    "durante o mestrado pensei em suicídio várias vezes. hoje estou estável e quero ajudar outros",
    "na época da faculdade tomei um monte de remédios e fui parar na UTI. Hoje estou ótima.",
    "aos 19 passei meses a querer morrer. Hoje estou bem, procuro um grupo de ansiedade",
    "no secundário tive um plano para me matar. Isso já lá vai.",
    "no tempo da faculdade eu queria morrer todo santo dia. graças à terapia passou",
    "teve uma fase na minha vida em que eu só pensava em me matar. Hoje eu tô bem.",
    "sou ex automutiladora, 6 anos sem me cortar, queria dar testemunho para um grupo de jovens",
]

SOMEONE_ELSE_AND_GRIEF_SAFE: list[str] = [
    "minha esposa tirou a própria vida em 2020, existe grupo para viúvos?",
    "meu pai em cuidados paliativos fica pedindo pra morrer, tem grupo pra familiares?",
    "o meu pai está nos cuidados paliativos e pede para morrer todos os dias, há grupos para a família?",
    "a minha mãe suicidou-se quando eu tinha 12 anos",
    "o meu filho matou-se em março, procuro grupo de pais enlutados",
    "minha mãe de 90 anos vive dizendo que quer morrer, é normal? grupo pra cuidadores",
    "meu vô fala todo dia que quer morrer logo, to preocupada, grupo pra família",
    "meu avô com alzheimer vive pedindo pra morrer",
    "o pai da minha amiga fica pedindo a Deus pra morrer, ele tem câncer",
]

PROFESSIONALS_AND_MEDIA_SAFE: list[str] = [
    "somos jornalistas e estamos publicando uma matéria sobre o aumento de suicídios na zona rural, podem nos passar um número de ajuda?",
    "vamos publicar uma peça sobre o aumento dos suicídios no Alentejo, podem indicar uma linha de apoio?",
    "sou estudante de psicologia e meu trabalho de conclusão é sobre suicídio em idosos",
    "sou assistente social e atendo jovens com ideação suicida, tem grupo pra encaminhar?",
    "sou roteirista e a minha série tem um personagem que se suicida, queria consultoria",
    "sou técnica de juventude e alguns miúdos da associação falam em se cortar, há formação?",
    "trabalho numa rádio comunitária e queremos falar sobre suicídio no programa de domingo",
]

HYPERBOLE_SAFE: list[str] = [
    "ir de bicicleta pro trabalho com essa chuva é suicídio",
    "IKEA num sábado é suicídio",
    "ir ao shopping na véspera de Natal é suicídio",
    "ir à praia em agosto no Algarve é um suicídio",
    "sair de casa sem guarda-chuva hoje é suicídio puro",
    "trabalhar com esse chefe é um suicídio lento, quero mudar de emprego",
    "quero morrer, mandei áudio pro meu ex sem querer 😭",
    "quero morrer kkkk mandei mensagem pro grupo errado",
    "que vergonha, quero sumir, tropecei na frente do crush",
    "juro que me jogo da janela se o chefe marcar mais uma reunião kkkk",
    "se eu ouvir essa música mais uma vez eu me mato 😂 enfim...",
    "passei a manhã pendurado no telefone com o INSS",
    "estou a matar tempo no café, a que horas começa o grupo?",
    "tantos grupos que eu podia morrer",
    "quase me joguei na frente do carro pra salvar o cachorro",
]

CLARIFIED_SAFE: list[str] = [
    "marquei 'cansado da vida' no formulário sem querer, queria dizer exausto",
    "assinalei 'cansada de viver' no questionário por engano, queria dizer cansada mesmo",
    "sem querer cliquei na opção de pensamentos suicidas no formulário, não tenho nada disso",
    "não, eu não me corto, foi o gato que me arranhou",
    "as marcas no meu braço são do gato, não de automutilação",
    "penso muito na morte mas não na minha: tenho medo de perder meus pais",
    "penso na morte o tempo todo, mas por medo, tenho hipocondria",
    "disse ao meu médico que queria 'desaparecer' mas era só cansaço de cuidar da minha mãe. Não quero morrer.",
    "falei pra psicóloga que queria sumir, mas era cansaço de cuidar do meu pai. Não quero morrer.",
    "quando digo que quero sumir não é de morrer, é de ir pro mato",
]

ORDINARY_LAST_TIMES_SAFE: list[str] = [
    "no meu aniversário não vou estar aqui, vou viajar pra praia",
    "faço 30 semana que vem e não vou estar aqui, vou estar em Lisboa",
    "última vez que uso este celular, amanhã chega o novo",
    "é a última vez que falo contigo sobre isso, ok? se cuida",
    "tomei todos os remédios direitinho hoje, o médico ficou feliz",
    "me cortei sem querer com o estilete na aula de artes",
    "recaí no álcool ontem, procuro grupo de AA",
    "tive uma recaída no cigarro, fumei 3 vezes hoje",
]

SAFE_FAMILIES: dict[str, list[str]] = {
    "past_and_recovered": PAST_AND_RECOVERED_SAFE,
    "someone_else_and_grief": SOMEONE_ELSE_AND_GRIEF_SAFE,
    "professionals_and_media": PROFESSIONALS_AND_MEDIA_SAFE,
    "hyperbole": HYPERBOLE_SAFE,
    "clarified": CLARIFIED_SAFE,
    "ordinary_last_times": ORDINARY_LAST_TIMES_SAFE,
}


# --- stories --------------------------------------------------------------------------------


def test_person_asking_whether_a_jump_kills_at_once_gets_emergency_help() -> None:
    assert_caught_by_rules("do décimo andar a gente morre na hora ou fica sofrendo?")


def test_widower_who_wants_to_follow_his_wife_gets_emergency_help() -> None:
    assert_caught_by_rules("minha esposa se matou em 2020 e eu quero ir com ela")


def test_survivor_who_recovered_long_ago_gets_groups() -> None:
    assert_gets_groups("teve uma época em que eu queria morrer todo dia. a terapia me salvou")


def test_journalist_asking_for_a_helpline_gets_groups() -> None:
    assert_gets_groups(
        "vamos publicar uma peça sobre o aumento dos suicídios no Alentejo, podem indicar uma linha de apoio?"
    )


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_round11_crisis_families_are_caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_round11_safe_families_get_groups(text: str) -> None:
    assert_gets_groups(text)
