"""The Russian event triggers (lemmas) and their PLOVER type and mode, written from general knowledge of Russian news
language and the PLOVER manual (shared/eval/events/PLOVER_MANUAL.tex), precision first: a word goes in only where it
nearly always names that event in political news.

Each entry is ``lemma: (type, mode, prior)``; the prior is the event's confidence before the argument rules
(:mod:`politika.nlp.ru.events`) adjust it. Aspect pairs are both listed (нанести/наносить).
"""

from __future__ import annotations

Trigger = tuple[str, str | None, float]

# Verbs that are an event by themselves.
VERBS: dict[str, Trigger] = {
    # ASSAULT
    **{v: ("ASSAULT", None, 0.8) for v in (
        "атаковать", "обстрелять", "обстреливать", "штурмовать", "напасть", "нападать", "вторгнуться", "вторгаться",
        "ударить", "разрушить", "уничтожить", "уничтожать", "убить", "убивать", "ранить", "расстрелять",
        "подорвать", "взорвать", "сбить", "сбивать", "поразить", "поражать", "обрушить")},
    **{v: ("ASSAULT", "aerial", 0.8) for v in ("бомбить", "разбомбить", "бомбардировать")},
    "похитить": ("ASSAULT", "abduct", 0.8), "похищать": ("ASSAULT", "abduct", 0.8),
    "пытать": ("ASSAULT", "torture", 0.8), "избить": ("ASSAULT", "beat", 0.8), "избивать": ("ASSAULT", "beat", 0.8),
    # COERCE
    **{v: ("COERCE", "arrest", 0.8) for v in ("задержать", "задерживать", "арестовать", "арестовывать")},
    **{v: ("COERCE", "deport", 0.8) for v in ("депортировать", "выдворить", "выдворять")},
    **{v: ("COERCE", "seize", 0.7) for v in ("конфисковать", "изъять", "национализировать")},
    **{v: ("COERCE", "censor", 0.7) for v in ("заблокировать",)},
    # MOBILIZE
    **{v: ("MOBILIZE", "troops", 0.7) for v in ("мобилизовать", "перебросить", "перебрасывать", "стянуть")},
    # CONSULT
    **{v: ("CONSULT", None, 0.8) for v in (
        "встретиться", "встречаться", "обсудить", "обсуждать", "переговорить", "совещаться")},
    **{v: ("CONSULT", "visit", 0.8) for v in ("посетить", "посещать", "побывать", "прилететь", "приехать")},
    **{v: ("CONSULT", "phone", 0.8) for v in ("созвониться",)},
    # AGREE
    **{v: ("AGREE", None, 0.75) for v in ("договориться", "договариваться", "согласиться", "соглашаться",
                                          "условиться", "подписать", "подписывать", "заключить")},
    # SUPPORT
    **{v: ("SUPPORT", None, 0.75) for v in ("поддержать", "поддерживать", "приветствовать", "поблагодарить",
                                            "благодарить", "одобрить", "одобрять", "похвалить")},
    # CONCEDE
    **{v: ("CONCEDE", None, 0.7) for v in ("уступить", "уступать", "смягчить", "смягчать")},
    # COOPERATE
    **{v: ("COOPERATE", None, 0.7) for v in ("сотрудничать",)},
    # RETREAT
    **{v: ("RETREAT", "release", 0.75) for v in ("освободить", "освобождать", "отпустить", "помиловать")},
    **{v: ("RETREAT", "withdraw", 0.75) for v in ("отступить", "отступать")},
    # REQUEST
    **{v: ("REQUEST", None, 0.8) for v in ("призвать", "призывать", "потребовать", "требовать", "попросить",
                                           "просить", "поручить", "поручать")},
    # ACCUSE
    **{v: ("ACCUSE", "allege", 0.8) for v in ("обвинить", "обвинять")},
    **{v: ("ACCUSE", "disapprove", 0.75) for v in ("осудить", "осуждать", "раскритиковать", "критиковать",
                                                   "упрекнуть", "упрекать")},
    **{v: ("ACCUSE", "investigate", 0.7) for v in ("расследовать",)},
    **{v: ("ACCUSE", "allege", 0.7) for v in ("подозревать",)},
    # REJECT
    **{v: ("REJECT", None, 0.8) for v in ("отказаться", "отказываться", "отвергнуть", "отвергать", "отклонить",
                                          "отклонять")},
    # SANCTION
    **{v: ("SANCTION", "convict", 0.8) for v in ("приговорить", "приговаривать")},
    **{v: ("SANCTION", "expel", 0.75) for v in ("выслать", "высылать")},
    # THREATEN
    **{v: ("THREATEN", None, 0.8) for v in ("пригрозить", "угрожать", "грозить")},
    # PROTEST
    **{v: ("PROTEST", "demo", 0.75) for v in ("протестовать", "митинговать")},
    **{v: ("PROTEST", "strike", 0.75) for v in ("бастовать",)},
}

# Nouns that name an event; they count where the sentence makes them one (a light verb, a target, an occurrence
# verb: see ru.events), never as a bare mention ("угроза войны").
NOUNS: dict[str, Trigger] = {
    **{n: ("ASSAULT", None, 0.75) for n in ("удар", "атака", "обстрел", "нападение", "вторжение", "штурм",
                                            "наступление", "бомбардировка", "теракт", "покушение")},
    "авиаудар": ("ASSAULT", "aerial", 0.75), "авианалёт": ("ASSAULT", "aerial", 0.75),
    "авианалет": ("ASSAULT", "aerial", 0.75),
    **{n: ("CONSULT", None, 0.75) for n in ("переговоры", "встреча", "саммит", "консультация")},
    **{n: ("CONSULT", "visit", 0.75) for n in ("визит", "поездка")},
    **{n: ("SANCTION", None, 0.75) for n in ("санкция", "эмбарго")},
    **{n: ("AID", None, 0.7) for n in ("помощь", "убежище")},
    **{n: ("COERCE", "arrest", 0.75) for n in ("арест", "задержание")},
    **{n: ("PROTEST", "demo", 0.75) for n in ("митинг", "демонстрация", "протест", "акция")},
    **{n: ("PROTEST", "strike", 0.75) for n in ("забастовка", "стачка")},
    **{n: ("AGREE", None, 0.7) for n in ("соглашение", "договор", "договорённость", "договоренность")},
    **{n: ("RETREAT", "ceasefire", 0.75) for n in ("перемирие",)},
    **{n: ("RETREAT", "resign", 0.7) for n in ("отставка",)},
}

# Verbs that turn their object noun into the event ("нанести удар", "ввести санкции", "провести переговоры").
LIGHT_VERBS = frozenset({
    "нанести", "наносить", "провести", "проводить", "ввести", "вводить", "начать", "начинать", "совершить",
    "совершать", "устроить", "устраивать", "осуществить", "осуществлять", "оказать", "оказывать", "предоставить",
    "предоставлять", "выделить", "выделять", "направить", "направлять", "отправить", "отправлять", "продолжить",
    "продолжать", "возобновить", "возобновлять", "предпринять", "организовать", "заключить", "подписать",
    "открыть", "вести", "объявить", "расширить", "ужесточить",
})
# Verbs whose subject noun is the event ("переговоры состоялись", "удар пришёлся").
OCCURRENCE_VERBS = frozenset({
    "состояться", "пройти", "проходить", "произойти", "происходить", "начаться", "начинаться", "продолжиться",
    "продолжаться", "завершиться", "возобновиться", "последовать", "прийтись", "стать",
})
# "назвал X <negative word>": a disapproval (ACCUSE), or, when X is what the other side said, a rejection (REJECT).
NAMING_VERBS = frozenset({"назвать", "называть"})
NEGATIVE_WORDS = frozenset({
    "незаконный", "нелегитимный", "провокация", "преступление", "преступный", "агрессия", "абсурдный", "абсурд",
    "бессмысленный", "позорный", "лживый", "ложь", "клевета", "клеветнический", "недопустимый", "неприемлемый",
    "террористический", "терроризм", "враждебный", "циничный", "безответственный", "ничтожный", "фарс", "угроза",
    "шантаж", "ультиматум", "вмешательство", "оскорбительный", "возмутительный", "пропаганда", "политизированный",
})
SAID_NOUNS = frozenset({"обвинение", "заявление", "утверждение", "требование", "условие", "предложение", "слово",
                        "упрёк", "упрек", "претензия", "подозрение"})
# Easing a restriction is a concession ("сняли санкции", "снял возражения"), as in the English layer.
EASING_VERBS = frozenset({"снять", "снимать", "отменить", "отменять", "ослабить", "ослаблять", "приостановить",
                          "приостанавливать"})
RESTRICTION_NOUNS = frozenset({"санкция", "ограничение", "запрет", "эмбарго", "возражение", "вето", "блокада",
                               "пошлина", "мера"})
# "выразил сожаление / обеспокоенность": disapproval (ACCUSE); "выразил поддержку / благодарность": SUPPORT.
EXPRESSING_VERBS = frozenset({"выразить", "выражать"})
DISAPPROVAL_NOUNS = frozenset({"сожаление", "обеспокоенность", "озабоченность", "возмущение", "недовольство",
                               "протест", "несогласие", "осуждение", "тревога", "разочарование"})
APPROVAL_NOUNS = frozenset({"поддержка", "благодарность", "солидарность", "признательность", "одобрение"})
# "привели в повышенную готовность", "подняли в воздух истребители": mobilisation.
ALERT_PHRASES = {("привести", "готовность"): "troops", ("поднять", "воздух"): "weapons",
                 ("перевести", "готовность"): "troops"}
# "встретил гостя": a meeting when the one met is an actor ("встретил сопротивление" is not).
MEETING_OBJECT_VERBS = frozenset({"встретить", "принять"})
# Prepositions of cause: a noun event they introduce happened ("из-за обстрелов", "в результате ударов").
CAUSE_PREPS = frozenset({"из-за", "вследствие", "ввиду"})
# Event nouns whose partner follows "с" ("встреча с Путиным", "переговоры с Киевом"), and the motion verbs a visit
# goes with ("прибыл с визитом").
PARTNER_NOUNS = frozenset({"встреча", "переговоры", "консультация"})
VISIT_NOUNS = frozenset({"визит"})
# Weapons: "ракета попала в дом", "армия выпустила 90 ракет" are attacks.
WEAPON_NOUNS = frozenset({"ракета", "снаряд", "бомба", "беспилотник", "дрон", "мина", "авиабомба", "боеприпас"})
WEAPON_VERBS = frozenset({"попасть", "выпустить", "запустить", "сбросить", "упасть"})
# Armed forces: "войска вошли в город" is an attack.
FORCE_NOUNS = frozenset({"войско", "войска", "армия", "военный", "боевик", "ВСУ", "всу", "группировка", "повстанец",
                         "оппозиция", "подразделение", "десант", "танк"})
ENTRY_VERBS = frozenset({"войти", "вступить", "ворваться", "зайти"})
# A trigger in a clause of these marks did not (yet) happen: "прежде чем начнутся переговоры", "если ... ударит".
UNREAL_MARKS = frozenset({"прежде", "если", "чтобы", "пока", "до"})
# What one supports that makes the support an agreement ("поддержали коммюнике").
DOCUMENT_NOUNS = frozenset({"коммюнике", "декларация", "резолюция", "соглашение", "договор", "документ",
                            "заявление", "план", "проект", "инициатива"})
# Nouns that name an agreement only with a light verb; "соглашение" or "договор" alone is a document.
AGREEMENT_NOUNS = frozenset({"соглашение", "договор", "договорённость", "договоренность"})
# Light verbs that undo their noun's event: "отменить санкции" is not SANCTION.
UNDOING_VERBS = frozenset({"отменить", "отменять", "снять", "снимать", "смягчить", "ослабить", "прекратить",
                           "прекращать", "приостановить", "сорвать"})
# Verbs that govern an infinitive event and say what kind of event it is: a threat, a refusal.
THREAT_VERBS = frozenset({"пригрозить", "угрожать", "грозить"})
REFUSAL_VERBS = frozenset({"отказаться", "отказываться"})
# The mode of a THREATEN event by the type of what is threatened.
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "arrest"}
# Words that make a future or hypothetical reading.
FUTURE_HEADS = frozenset({"намереваться", "намерить", "намеренный", "планировать", "собираться", "готовиться", "решить",
                          "пообещать", "обещать", "обязаться", "готовый"})
HYPOTHETICAL_HEADS = frozenset({"мочь", "смочь", "хотеть", "возможно", "вероятно", "предложить", "предлагать"})
NEGATING_HEADS = frozenset({"отказаться", "отказываться", "не", "неспособный"})
# Verbs of saying: an event in their clause is reported.
REPORTING_VERBS = frozenset({
    "заявить", "заявлять", "сообщить", "сообщать", "отметить", "отмечать", "сказать", "говорить", "подчеркнуть",
    "подчёркивать", "подчеркивать", "добавить", "пояснить", "рассказать", "написать", "утверждать", "подтвердить",
    "подтверждать", "объявить", "передать", "уточнить", "признать", "указать",
})
# Prepositions that introduce the target of an event ("удар по Харькову", "санкции против России").
RECIPIENT_PREPS = frozenset({"по", "против", "на", "с", "к", "в"})
# Prepositions that introduce a place.
LOCATIVE_PREPS = frozenset({"в", "на", "под", "около", "возле"})
