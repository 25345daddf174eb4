"""Guards of the Portuguese crisis screen: someone else's words quoted by the person who looks
after them, figures of speech and jokes must not fire; the writer's own words, an abuser's threat
and someone in danger right now must still fire."""

import pytest

from conversations.crisis import firing_rules, screen

# A parent, teacher, coach, carer or moderator quoting someone else, or a figure of speech.
SAFE = [
    # coach quoting a boy who lost a match
    'Sou treinador de basquete e um jogador de 14 anos disse "quero morrer" depois da derrota.',
    # teacher quoting a pupil
    'Uma aluna do sexto ano escreveu "eu queria morrer" no caderno, como falo com a família?',
    # father quoting his son after a videogame
    'O meu filho de 9 anos gritou "vou me matar" quando desliguei a consola. É normal?',
    # grandmother quoting her grandson
    'Meu neto vive dizendo "vou me jogar da janela" quando perde no futebol, ele ri depois.',
    # grandfather who repeats he is ready to go
    'Meu avô vive falando "quero morrer logo", tem 93 anos e está lúcido. Como conversar?',
    # nurse quoting a patient
    'Sou enfermeira e um doente disse-me "quero morrer" no turno da noite. Há formação?',
    # question: when someone says it
    'O que eu respondo quando alguém diz "quero me matar" numa conversa de bar?',
    'Se uma amiga falar "vou sumir pra sempre", o que devo fazer?',
    'Sempre que um aluno escreve "me mata" no trabalho de grupo, fico sem saber o que dizer.',
    # how do I respond
    'Como responder a "eu quero morrer" vindo de um adolescente que acompanho no escutismo?',
    # hearing it said
    'Sou capelão e ouço muitas vezes "quero morrer" nas enfermarias. Há grupo para capelães?',
    'Ouvi de um paciente hoje "quero me matar" e fiquei abalado. Supervisão ajuda?',
    'Na escola ouço os miúdos a dizer "vou me matar" por tudo e por nada.',
    # a phrase like / messages like
    'Sou moderadora e vejo mensagens "vou me matar" a toda hora no servidor. Como agir?',
    'Quero fazer uma aula com frases como "queria sumir pra sempre" para ensinar sinais de alerta.',
    "frase do meu utente hoje: quero morrer. Já falei com a equipa.",
    # people who say it
    'Trabalho num abrigo e há idosos que dizem "quero morrer" quase todos os dias.',
    # media
    'Essa música nova tem um refrão que diz "vou me matar por você", achei pesado.',
    # idioms and jokes
    "Aquele passe do zagueiro foi uma jogada suicida, quase sofremos gol.",
    "Responder assim ao cliente seria suicídio profissional, vou esperar.",
    "O meu computador suicidou-se a meio da reunião.",
    "Overdose de café hoje, já vou na sexta chávena.",
    "O clube está com a corda no pescoço, se perder cai de divisão.",
    "Vou-me jogar nessa promoção de sapatos, está imperdível.",
    "Vou matar-me a estudar para a prova de anatomia.",
    "A minha chefe ainda me mata com tanta reunião.",
    "Se o professor passar mais um trabalho eu me jogo da ponte kkkk",
    "Prefiro morrer do que ir na academia às seis da manhã.",
    "Esse vizinho com a furadeira, vou me atirar da janela kkkk",
    "Falei que queria morrer mas foi só força de expressão, estou bem.",
    "Estou longe de querer morrer, só ando cansado do trabalho.",
    'Trabalho em RH e um funcionário comentou "não vejo sentido em viver". Como ajudo?',
]

# The writer's own words, an abuser's threat, or someone in danger now.
CRISIS = [
    # the writer quoting themselves
    'Eu disse ao meu psicólogo "quero morrer" e ele não ligou.',
    'Fico repetindo na minha cabeça "faz logo, acaba com isso", não aguento mais.',
    'Escrevi no meu diário "amanhã eu me mato" e estou com medo.',
    # abusers quoted by the victim
    'Meu marido acabou de dizer "vou te matar hoje à noite", estou trancada no banheiro.',
    "O meu namorado disse que me mata se eu sair de casa.",
    "Meu padrasto me bate todos os dias e hoje disse que vai me matar.",
    "Ele está batendo na porta e gritando que vai me matar.",
    "o meu ex mandou mensagem a dizer que vem cá matar-me esta noite",
    "Minha mãe me bateu de novo hoje e disse que eu merecia morrer.",
    # someone else in danger now, quoted by a friend
    'Minha amiga acabou de me mandar "adeus, tomei todos os comprimidos".',
    'Meu melhor amigo mandou mensagem "obrigado por tudo, hoje acaba", e não atende.',
    "Meu filho se trancou no quarto com uma faca e diz que vai se matar.",
    "A minha irmã tomou uma caixa de comprimidos agora mesmo e não acorda.",
    "Meu irmão está em cima da ponte e diz que vai pular.",
    # the writer in crisis, plainly
    "Quero morrer, não aguento mais viver assim.",
    "Vou me matar hoje à noite, já tenho os comprimidos.",
    "Estou na beira do prédio e vou pular.",
    "Não vejo mais sentido em nada, penso em acabar com a minha vida.",
    "Cortei os pulsos e está a sangrar muito.",
    "Tomei todos os meus remédios de uma vez.",
    "Já escrevi a carta de despedida e vou me enforcar.",
    "Hoje à noite eu acabo com tudo, ninguém vai sentir minha falta.",
    "Quero me cortar de novo, a vontade não passa.",
    "Vou me jogar na frente do metrô amanhã cedo.",
    # jokes are guarded, but not a real plan
    "Se eu perder o emprego amanhã eu me mato, é sério.",
    # quoted, but about the writer themselves
    "O psicólogo perguntou se eu penso em suicídio e eu disse que sim, todos os dias.",
    # voices heard by the writer are not someone else's words
    "Ouço vozes dizendo pra eu me matar e não consigo dormir.",
    # a negation that is not one
    "Não é que eu queira morrer, é que não aguento mais viver assim.",
]


@pytest.mark.parametrize("text", SAFE)
def test_someone_elses_words_or_a_figure_of_speech_is_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)


@pytest.mark.parametrize("text", CRISIS)
def test_own_words_threats_and_danger_now_are_a_crisis(text: str) -> None:
    assert screen(text).crisis, text


def test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis() -> None:
    text = 'Sou treinador de futsal. Um miúdo disse "quero é morrer" depois de perder a final.'
    assert not screen(text).crisis


def test_woman_quoting_her_husbands_threat_tonight_is_a_crisis() -> None:
    text = 'O meu marido disse agora mesmo "hoje à noite eu mato-te", tenho medo.'
    assert screen(text).crisis


def test_friend_texting_goodbye_after_pills_is_a_crisis() -> None:
    text = 'Meu amigo me escreveu agora "adeus, tomei tudo". O que eu faço?'
    assert screen(text).crisis


def test_teacher_asking_how_to_answer_a_pupil_is_not_a_crisis() -> None:
    text = 'Como reagir quando um aluno diz "vou me matar" no meio da aula?'
    assert not screen(text).crisis
