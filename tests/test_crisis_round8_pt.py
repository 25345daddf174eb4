"""Portuguese crisis screen, round 8: kinds of crisis message that slipped past the rules in
unseen sets (a final thank-you with no reason, hoping to die asleep, someone else who has taken
something or is found now, a last night with the room tidied, a denial taken back next to a high
place, joining someone who died, someone else's threat just made and gone, danger said in passing
inside a group request, questions about when and where nobody will see), next to hard safe lines
the rules used to flag (embarrassment, exam and heat hyperbole, harmless overdoses, grief after a
suicide, past self-harm, denials written after the words, helpers and relatives quoting someone,
rescuers shaken by their work, trivial threats about siblings and flatmates, ordinary tidying).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis ---------------------------------------------------------------------------------

FINAL_THANKS_CRISIS: list[str] = [
    "so queria dizer que voces foram importantes pra mim. tchau",
    "valeu por tudo galera, vcs foram os unicos que me escutaram. fiquem bem",
    "só queria agradecer a todos. vocês significaram muito para mim. adeus",
    "só queria que soubessem que vocês foram muito importantes pra mim. adeus",
    "valeu por tudo, vcs foram os únicos que ligaram pra mim. se cuidem",
]

DIE_IN_SLEEP_CRISIS: list[str] = [
    "toda noite eu torço pro meu coração parar enquanto durmo",
    "toda noite peço a deus pro meu coração parar enquanto eu durmo",
    "quem me dera morrer a dormir",
    "fico torcendo pra não acordar amanhã",
    "espero morrer dormindo, é o que mais quero",
    "rezo todas as noites para o coração parar durante o sono",
]

SOMEONE_ELSE_TOOK_IT_CRISIS: list[str] = [
    "a minha avó ligou a despedir-se e disse que já tomou o que era preciso, ela vive sozinha",
    "meu pai mandou mensagem se despedindo e disse que tomou tudo o que precisava",
    "achei minha mãe desacordada no sofá com as cartelas vazias do lado, ela tá respirando devagar",
    "encontrei o meu irmão inconsciente na cama com as caixas de comprimidos vazias ao lado",
    "minha mãe está desacordada e respira muito fraco, tem cartelas vazias no chão",
    "minha irmã engoliu a cartela inteira e tá muito mole, mal respira",
    "a minha amiga mandou áudio a despedir-se e disse que já tomou tudo o que tinha, não atende",
]

LAST_NIGHT_TIDIED_CRISIS: list[str] = [
    "é minha última noite aqui. arrumei meu quarto pra minha mãe não precisar fazer isso",
    "arrumei o meu quarto para que a minha mãe não precise de o fazer. é a última noite",
    "limpei a casa toda e deixei as chaves em cima da mesa",
    "hoje é a última noite. já deixei tudo arrumado",
    "deixei o quarto arrumado e as cartas na mesa",
    "hoje é a minha última noite. já limpei tudo",
]

DENIAL_TAKEN_BACK_AT_THE_EDGE_CRISIS: list[str] = [
    "não sou suicida, só cansada... bem, um pouco. fiquei olhando a ponte a tarde toda",
    "nao nao to bem kkk... ta talvez nao, to no telhado faz uma hora",
    "não estou suicida, só cansado. quer dizer, um bocadinho. passei a tarde a olhar para a ponte",
    "tô bem kkk... ok mentira, tô sentada no parapeito faz meia hora",
    "não quero morrer, relaxa... ok, talvez um pouco. tô na sacada do 10º andar",
]

JOIN_THE_DEAD_CRISIS: list[str] = [
    "meu filho morreu em março e eu pretendo ir ter com ele antes do natal",
    "vou estar com ela de novo em breve, já decidi",
    "minha esposa morreu e eu quero ir ficar com ela logo",
    "minha filha morreu em maio e eu vou me juntar a ela antes do aniversário dela",
    "perdi minha mãe ano passado, quero ir pra junto dela logo",
    "quero ir ter com o meu filho, ele está à minha espera lá em cima",
]

SOMEONE_ELSES_THREAT_AND_GONE_CRISIS: list[str] = [
    "o meu irmão mandou mensagem a dizer que vai para a ponte e agora tem o telemóvel desligado",
    "meu irmão mandou msg dizendo que tá indo pra ponte e agora o celular tá desligado",
    "o meu colega de casa disse que se ia atirar para a linha do metro e saiu a correr",
    "a minha irmã disse que se ia atirar da ponte e saiu de casa, não atende",
    "o meu namorado escreveu que ia para a linha do comboio e agora não responde",
    "a minha mãe gritou que se ia matar e saiu de carro, não atende",
]

DANGER_IN_A_GROUP_REQUEST_CRISIS: list[str] = [
    "tem grupo de TDAH no porto? se calhar nem vou precisar, estou sentado na janela do 9º andar "
    "com as pernas de fora",
    "tem grupo de tdah em bh? talvez nem precise, to sentada na janela do nono andar com as pernas pra fora",
    "vocês têm grupo de ansiedade em braga? tô na varanda do 12º andar com as pernas penduradas",
    "procuro grupo de luto em campinas, sentada no parapeito do 8º andar agora",
    "queria um grupo de depressão em lisboa, se ainda estiver viva amanhã",
]

WHEN_NOBODY_SEES_CRISIS: list[str] = [
    "a que horas os comboios passam com menos frequência? para ninguém ver",
    "que horas o trem passa menos? pra ninguém ver",
    "quando é que o terraço do estacionamento fica vazio à noite",
    "qual o horário que a ponte tem menos gente? não quero que ninguém me impeça",
    "a que horas a estação fica vazia? pra ninguém me impedir",
    "em que parte da ponte não tem câmeras",
    "a ponte tem grade ou dá pra passar?",
    "o viaduto da avenida é alto o suficiente?",
    "minha psicóloga perguntou se eu tinha plano e eu menti",
    "a que horas passa o último comboio? não quero que ninguém me veja na linha",
    "em que sítio da falésia não passa ninguém à noite",
]

SEARCHING_WAYS_TO_DIE_CRISIS: list[str] = [
    "pensei que tava melhor mas voltei a pesquisar formas de morrer sem dor",
    "passei a madrugada procurando jeitos de me matar que não doam",
    "ontem googlei maneiras de morrer rápido",
]

LETHAL_FOR_MY_BODY_CRISIS: list[str] = [
    "quantos comprimidos de rivotril seriam fatais pra alguém do meu tamanho",
    "quantas gotas de clonazepam matam uma pessoa com o meu peso",
]

DENIAL_TAKEN_BACK_CRISIS: list[str] = [
    "em momento nenhum pensei em me matar. mentira, penso nisso todo dia",
    "não, não estou a pensar em suicídio... na verdade estou sim",
    "nunca pensei em me matar até esta semana, agora penso todo dia",
]

ORDINARY_DOSE_WITH_TOO_MUCH_CRISIS: list[str] = [
    "tomei 30 ibuprofenos com cerveja, faz mal?",
    "tomei a caixa toda de rivotril com vinho, é normal ficar assim?",
]


@pytest.mark.parametrize("text", FINAL_THANKS_CRISIS)
def test_person_saying_a_final_thank_you_with_no_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DIE_IN_SLEEP_CRISIS)
def test_person_hoping_their_heart_stops_in_their_sleep_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_TOOK_IT_CRISIS)
def test_relative_who_has_taken_something_or_is_found_unconscious_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", LAST_NIGHT_TIDIED_CRISIS)
def test_person_tidying_up_for_their_last_night_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_TAKEN_BACK_AT_THE_EDGE_CRISIS)
def test_person_taking_back_a_denial_while_at_a_high_place_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", JOIN_THE_DEAD_CRISIS)
def test_parent_meaning_to_join_their_dead_child_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SOMEONE_ELSES_THREAT_AND_GONE_CRISIS)
def test_friend_whose_brother_threatened_and_left_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DANGER_IN_A_GROUP_REQUEST_CRISIS)
def test_person_at_a_high_window_while_asking_for_a_group_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", WHEN_NOBODY_SEES_CRISIS)
def test_person_asking_when_nobody_will_see_them_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SEARCHING_WAYS_TO_DIE_CRISIS)
def test_person_searching_for_ways_to_die_at_night_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", LETHAL_FOR_MY_BODY_CRISIS)
def test_person_asking_what_dose_would_kill_someone_their_weight_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_TAKEN_BACK_CRISIS)
def test_person_denying_then_taking_it_back_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ORDINARY_DOSE_WITH_TOO_MUCH_CRISIS)
def test_person_asking_if_a_whole_box_with_alcohol_is_harmful_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


def test_grandmother_who_phoned_to_say_goodbye_after_taking_pills_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "a minha avó telefonou a despedir-se e disse que já tomou o que era preciso. "
        "ela mora sozinha no interior e agora não atende"
    )


def test_joke_about_work_then_the_pills_ready_still_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "kkk sempre digo que vou morrer com este trabalho. desta vez é a sério, "
        "voltei a pesquisar jeitos de morrer sem dor"
    )


# --- safe -----------------------------------------------------------------------------------

HYPERBOLE_SAFE: list[str] = [
    "que vergonha, eu queria morrer quando tropecei no palco kkk",
    "o calor hoje tá de morrer",
    "está um calor mortal lá fora, credo",
    "vou-me matar com este exame de matemática amanhã",
    "o calor tá me matando, alguém conhece grupo de ansiedade em fortaleza?",
    "eu morro de vergonha de falar em público, tem grupo pra fobia social?",
    "morri de vergonha quando a minha mãe apareceu na escola",
    "quase me matei de rir com esse vídeo",
    "a minha irmã vai me matar quando souber que estraguei o vestido dela kkk",
]

NEWS_AND_SONGS_SAFE: list[str] = [
    "li sobre o massacre no jornal, fiquei muito abalada, isso é normal?",
    "aquela música sobre pensamentos suicidas me tocou muito",
    "essa notícia do atentado acaba comigo, não consigo parar de pensar nisso",
    "as notícias da guerra dão cabo de mim, há grupos para ansiedade?",
    "vi a reportagem sobre o tiroteio e não consigo dormir, isso é normal?",
    "essa notícia me destrói, é grupo de ansiedade que eu preciso",
]

HARMLESS_DOSE_SAFE: list[str] = [
    "dá pra ter problema com overdose de vitamina D? o médico falou em dose alta",
    "dá pra ter overdose de vitamina C? tomei muitas",
    "overdose de café hoje, tô elétrica",
    "o álcool anula o efeito da fluoxetina? tenho um casamento no sábado",
    "posso beber vinho tomando sertralina? vou a uma festa sexta",
    "tomei ibuprofeno com cerveja ontem, faz mal?",
    "overdose de açúcar no aniversário da minha filha kkk",
]

SUICIDE_LOSS_SAFE: list[str] = [
    "meu pai se matou há três anos, procuro um grupo de enlutados por suicídio perto de Nantes",
    "a minha mãe suicidou-se em 2019 e procuro um grupo de sobreviventes do suicídio em Braga",
    "perdi o meu irmão para o suicídio, existe grupo de sobreviventes em Lisboa?",
    "meu filho se foi, overdose. ainda arrumo o quarto dele",
    "uma delas contou que tentou o suicídio na faculdade e hoje está ótima",
    "meu tio se enforcou em 2015 e até hoje a família não fala disso, existe grupo para familiares?",
]

PAST_SELF_HARM_SAFE: list[str] = [
    "eu me cortei durante todos os meus vinte anos, parei há 4 anos, procuro grupo de borderline",
    "me cortei dos 15 aos 22, estou sem me cortar há 4 anos, procuro grupo de TPB",
]

DENIAL_AFTER_THE_WORDS_SAFE: list[str] = [
    "não tenho pensamentos suicidas, não, só estou exausta do trabalho",
    "pensamentos de me machucar — nenhum. só quero encontrar a minha gente",
    "pensamentos de me machucar, nenhum. só ansiedade e insônia",
    "vontade de morrer, zero. só tô exausta",
    "não tenho intenção nenhuma de fazer nada, só preciso de gente que entenda",
    "não sou suicida, só cansada mesmo, quero um grupo de burnout",
    "não, não estou a pensar em suicídio, só preciso de falar com alguém sobre o divórcio",
    "em momento nenhum pensei em me matar, só quero um grupo de luto",
]

RESCUERS_AND_HELPERS_SAFE: list[str] = [
    "sou paramédico, ontem tivemos uma ocorrência de suicídio e não me sai da cabeça, "
    "há grupos para profissionais?",
    "o meu marido é bombeiro e resgatou um rapaz que estava na beira da ponte, ele ficou abalado",
    "um senhor disse-me que já não tinha razão para viver e depois sorriu e foi almoçar, "
    "sou voluntária, há formação?",
    "meu namorado disse que às vezes pensa em sumir, ele faz terapia, como apoiar?",
    "a minha mãe diz muitas vezes que já está pronta para partir, tem 90 anos e é muito religiosa",
    "sou maquinista e alguém se atirou para a frente do meu comboio há um mês, há grupos?",
    "sou policial e atendi um caso de suicídio ontem, preciso de um grupo pra profissionais",
]

TRIVIAL_THREAT_SAFE: list[str] = [
    "vou matar o meu irmão se ele pegar o meu carregador outra vez",
    "se a minha colega de casa comer o meu iogurte outra vez eu mato-a",
    "eu mato minha irmã se ela usar minha maquiagem de novo",
    "mato o meu gato se ele derrubar mais um copo kkk",
    "vou esganar o meu irmão se ele mexer nas minhas coisas outra vez",
    "mato o meu colega de quarto se ele deixar a loiça suja de novo",
]

ORDINARY_LOOKALIKES_SAFE: list[str] = [
    "limpei tudo e deixei as chaves com o senhorio, mudança feita",
    "arrumei o quarto pra minha mãe não ter de o fazer, ela está com a perna partida",
    "meu avô faleceu e vou ficar com a minha avó esta semana",
    "o meu pai morreu e vou ter com a minha mãe antes do natal",
    "a minha avó morreu e quero ficar com ela mais um pouco no velório",
    "meu irmão disse que ia pra ponte pescar e saiu cedo",
    "meu amigo disse que ia para a ponte ver o fogo de artifício e desligou o celular pra poupar bateria",
    "que horas o metro fica mais vazio? tenho ansiedade social e odeio lotação",
    "quando é que o terraço do prédio fica livre pra estender roupa",
    "a ponte tem ciclovia ou dá pra passar a pé?",
    "a minha psicóloga perguntou se eu tinha plano de saúde e eu menti que sim",
    "espero morrer dormindo quando tiver 100 anos, bem velhinha",
    "tiramos fotos sentados na janela do 5º andar com as pernas de fora, que vista",
    "se eu ainda estiver viva amanhã depois dessa prova eu te conto kkk",
    "é hoje! show do meu cantor favorito",
    "limpei a casa toda porque a minha sogra vem jantar",
    "arrumei o meu quarto pra minha mãe não reclamar kkk",
    "a que horas a piscina fica vazia? não gosto de gente a ver-me nadar",
    "em que parte da ponte não tem trânsito de manhã? vou correr lá",
    "o meu irmão disse que vai pular de bungee jump e saiu todo animado",
    "que horas o comboio passa com menos gente? para ninguém me ver a chorar no caminho para o trabalho",
]


@pytest.mark.parametrize("text", HYPERBOLE_SAFE)
def test_person_joking_they_wanted_to_die_of_embarrassment_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", NEWS_AND_SONGS_SAFE)
def test_reader_shaken_by_the_news_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HARMLESS_DOSE_SAFE)
def test_patient_asking_about_a_vitamin_overdose_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SUICIDE_LOSS_SAFE)
def test_person_bereaved_by_suicide_seeking_a_group_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PAST_SELF_HARM_SAFE)
def test_person_who_stopped_self_harming_years_ago_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", DENIAL_AFTER_THE_WORDS_SAFE)
def test_person_denying_thoughts_after_naming_them_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", RESCUERS_AND_HELPERS_SAFE)
def test_paramedic_shaken_by_a_suicide_call_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", TRIVIAL_THREAT_SAFE)
def test_sibling_threatening_over_a_phone_charger_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_LOOKALIKES_SAFE)
def test_person_tidying_or_visiting_for_ordinary_reasons_gets_groups(text: str) -> None:
    assert_gets_groups(text)
