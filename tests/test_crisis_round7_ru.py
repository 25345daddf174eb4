"""Russian crisis screen, round 7: recall gaps (lethality questions about a named medicine, a joke
taken back, standing at a height, someone else in danger now, a gun within reach, on the way with
a weapon, self-harm urges, veiled intent) and false alarms on hard safe lines (a goodbye with an
ordinary reason, a stated denial, idioms, helpers quoting someone, intrusive thoughts disowned,
a relative who self-harms, recovery, habitual hyperbole, ordinary objects).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from conversations.crisis import screen
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# Part A. Each list is a kind of crisis message, in the words people type.
LETHAL_DOSE_OF_A_NAMED_MEDICINE_CRISIS: list[str] = [
    "сколько мг ципралекса будет смертельно для женщины 50 кг",
    "хватит ли целой пачки анаприлина?",
    "флакона клоназепама хватит чтобы наверняка",
    "накопила штук 50 золофта, этого хватит?",
    "сколько таблеток кветиапина надо, чтобы точно",
    "летальная доза амитриптилина какая, подскажите",
    "смертельное количество инсулина для взрослого какое",
]
JOKE_THEN_RETRACTION_CRISIS: list[str] = [
    "хаха да я не суицидник))) ну ладно, если честно, план у меня есть уже неделю",
    "лол не переживайте. хотя нет, я не шучу",
    "я в порядке, правда. кого я обманываю, я сижу на крыше",
]
AT_A_HEIGHT_DESCRIBED_CRISIS: list[str] = [
    "стою на перроне, товарняк тут проходит без остановки",
    "уже час сижу на балконе и смотрю вниз",
    "свесила ноги с крыши, ветер сильный",
    "перелезла через перила моста",
]
SOMEONE_ELSE_IN_DANGER_NOW_CRISIS: list[str] = [
    "сосед залез на крышу и не хочет спускаться, кричит что прыгнет",
    "мой брат на вписке упал и еле дышит",
    "сестра в прямом эфире режет себе руки, куча крови",
    "подруга скинула мне смс «прости за всё» и теперь трубку не берёт",
]
GUN_WITHIN_REACH_CRISIS: list[str] = [
    "подсмотрел код от сейфа, где отец держит карабин",
    "я выяснила где муж прячет травмат и патроны",
]
ON_THE_WAY_WITH_A_WEAPON_CRISIS: list[str] = [
    "выезжаю к бывшему с битой, сегодня он за всё ответит",
    "иду к этой твари домой с ножом",
]
HARM_AT_HOME_NOW_CRISIS: list[str] = [
    "отчим гоняется за мамой с топором, я заперлась в комнате",
    "у него нож, я спряталась в ванной, пишу тихо",
    "у нас отобрали паспорта и не выпускают с объекта, говорят работать или убьют",
]
SELF_HARM_URGE_NOW_CRISIS: list[str] = [
    "раскрутила точилку, лезвие у меня",
    "хочется хоть чего-то, лишь бы было больно",
    "проглотила две иголки, не знаю зачем",
    "опустила руку в кипяток специально, хочу ещё",
]
VEILED_INTENT_CRISIS: list[str] = [
    "недолго мне осталось быть вам обузой",
    "я фельдшер, точно знаю что вколоть и сколько, осталось дождаться ночи",
    "оформил страховку жизни на жену, вы поняли к чему я",
    "съезжу вечером на кладбище к маме и лягу рядом",
    "маниакалка, без ремня, еду гнать по трассе под 240",
    "надоело коптить небо",
    "стул под крюком уже стоит",
    "сегодня ставлю точку. и не в тексте",
    "таблетки есть, я уже проглотила почти все, остальное рядом",
    "я как старый кот, пойду умирать подальше от всех",
    "унесла с работы ампулы калия домой, для себя",
    "ружьё на заднем сиденье, сижу напротив его офиса и жду когда выйдет",
    "мой путь здесь завершён",
    "пора заканчивать. табуретка есть",
    "перестал колоть инсулин для сахара. так быстрее",
    "на мосту мужчина стоит за перилами, к себе не подпускает",
    "у меня травмат, думаю приставить к виску",
    "угли в мангале, окна в комнате заклеила",
    "как сделать так, чтобы не откачали",
    "мой финал сегодня, группы мне не нужны",
    "лягу в сугроб и не встану, мороз как раз",
    "сейчас столкну свекровь с лестницы, она меня довела",
]

# Part B. Hard safe lines: the same words used harmlessly.
FAREWELL_WITH_AN_ORDINARY_REASON: list[str] = [
    "ребята, прощайте, я переезжаю в Новосибирск, спасибо за всё",
    "это мой последний день в офисе, перехожу в другую компанию",
    "прощай, сессия, здравствуй лето",
    "написала коллегам прощальные письма и сдала ноутбук, теперь в декрет",
]
STATED_DENIAL: list[str] = [
    "мыслей покончить с собой у меня нет, просто тяжело",
    "не в смысле что хочу умереть, просто всё достало",
    "устала от жизни в смысле учёба и работа, ничего серьёзного",
    "у мамы мыслей навредить себе нет, она просто грустит",
]
IDIOMS_AND_HYPERBOLE: list[str] = [
    "если ещё раз позвонят из банка, выпрыгну в окно хахах",
    "проще повеситься, чем заполнить эту форму в госуслугах",
    "лучше сдохнуть, чем ещё раз идти на корпоратив",
    "убейте меня, у меня 300 уведомлений в рабочем чате",
    "я её прибью, если она опять съест мою шоколадку лол",
    "я его урою, он опять не вынес мусор",
    "мой начальник вечно говорит «повешусь», когда падает сайт, лол",
    "так больше не могу с этими соседями, ищу квартиру",
    "я самовыпилилась из всех чатов, тишина",
    "выпила всю пачку кофе пока писала диплом",
]
HELPERS_AND_RELATIVES: list[str] = [
    "я волонтёр, как отвечать, если абонент говорит, что повесится?",
    "я фармацевт, покупательница спросила у меня, сколько таблеток снотворного смертельно, как реагировать?",
    "я школьный психолог, ученица пишет в дневнике «хочу исчезнуть», как с ней поговорить?",
    "бабушка вечно говорила «скорей бы помереть», а прожила до 95",
    "сын подросток режет себе руки, ходим к психиатру, ищу группу для родителей",
]
INTRUSIVE_THOUGHTS_DISOWNED: list[str] = [
    "навязчивые мысли столкнуть человека с платформы, я никогда бы так не сделала, мне страшно",
    "у меня окр, в голове картинки как я ударю мужа ножом, это пугает",
]
RECOVERY_AND_PAST: list[str] = [
    "не режусь уже шесть лет, хочу стать ведущей группы",
    "после попытки была в больнице, сейчас на терапии, всё стабильно",
]
ORDINARY_OBJECTS_AND_DEATHS: list[str] = [
    "нужна крепкая верёвка для лодки, какую взять",
    "в какой вене берут кровь на анализ, боюсь",
    "бритвой для ног порезалась, чем заклеить",
    "парацетамол и вино совместимы? болит голова после праздника",
    "папа ещё при жизни привёл все документы в порядок, это очень помогло после похорон",
    "в новостях про угарный газ в гараже, проверьте вентиляцию",
    "таблетки купила в трёх аптеках, нигде не было целой упаковки",
    "проверила, что на крышу торгового центра можно подняться на смотровую и сделать фото заката",
    "кот сидит на крыше сарая и не хочет слезать",
    "едем к другу с битой, играть в лапту",
    "хочу свести шрамы лазером, они давно зажили",
    "когда я умру, пусть мой прах развеют над Байкалом, мы с мужем это обсуждали",
    "убейте меня, я снова проспала на работу",
    "вы не поверите, пять лет чистоты у меня уже, ищу группу поддержки",
    "пишу не из-за суицида, просто не с кем поговорить",
    "ищу группу, где можно не быть сильной",
    "если кот опять разобьёт чашку, я его прибью",
    "на форуме часто пишут «хочу сдохнуть» после экзаменов, как модератору реагировать?",
]

CRISIS = [
    *LETHAL_DOSE_OF_A_NAMED_MEDICINE_CRISIS,
    *JOKE_THEN_RETRACTION_CRISIS,
    *AT_A_HEIGHT_DESCRIBED_CRISIS,
    *SOMEONE_ELSE_IN_DANGER_NOW_CRISIS,
    *GUN_WITHIN_REACH_CRISIS,
    *ON_THE_WAY_WITH_A_WEAPON_CRISIS,
    *HARM_AT_HOME_NOW_CRISIS,
    *SELF_HARM_URGE_NOW_CRISIS,
    *VEILED_INTENT_CRISIS,
]
SAFE = [
    *FAREWELL_WITH_AN_ORDINARY_REASON,
    *STATED_DENIAL,
    *IDIOMS_AND_HYPERBOLE,
    *HELPERS_AND_RELATIVES,
    *INTRUSIVE_THOUGHTS_DISOWNED,
    *RECOVERY_AND_PAST,
    *ORDINARY_OBJECTS_AND_DEATHS,
]


@pytest.mark.parametrize("text", CRISIS)
def test_person_in_danger_or_planning_it_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_or_helper_message_with_the_same_words_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_person_asking_how_many_pills_of_their_antidepressant_are_lethal_gets_emergency_help() -> (
    None
):
    text = "сколько таблеток сертралина смертельно, у меня их штук 40"
    assert_caught_by_rules(text)


def test_teacher_asking_how_to_answer_a_pupil_who_said_he_wants_to_die_gets_groups() -> None:
    assert_gets_groups("я учитель, как ответить ученику, который сказал, что хочет умереть?")


def test_a_denial_followed_by_a_plan_still_gets_emergency_help() -> None:
    text = "ахаха я не собираюсь ничего с собой делать. ладно, на самом деле уже всё решила"
    assert_caught_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "лучше умру, чем вернусь к нему",
        "хочу просто не быть",
        "пять лет чистоты, а сегодня сорвалась и порезалась",
        "это не мем, я правда хочу выпилиться",
        "три года назад пыталась, и сейчас снова хочу умереть",
    ],
)
def test_the_new_guards_leave_a_crisis_beside_them_alone(text: str) -> None:
    assert_caught_by_rules(text)


def test_a_husband_threat_quoted_by_the_victim_still_gets_emergency_help() -> None:
    text = "муж только что сказал «сегодня ночью я тебя убью», он пьяный"
    assert screen(text).crisis


def test_a_friend_texting_goodbye_after_pills_still_gets_emergency_help() -> None:
    text = "подруга только что написала «прощай, я выпила все таблетки»"
    assert screen(text).crisis
