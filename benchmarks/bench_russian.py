"""Russian against English analysis speed: words/s of the natasha pipeline with the Russian layers against the English
pipeline, on parallel paragraphs we wrote (the same reports in both languages).

    .venv/bin/python benchmarks/bench_russian.py [--n 100] [--repeats 2]

Each run makes ``n`` articles of six paragraphs drawn (deterministically) from the paragraphs below, in Russian and
in English, and times ``analyse`` on them after a warm-up (the pipelines load before the clock starts). Target
(issue 19): Russian ≥ 0.5× the English words/s.
"""

from __future__ import annotations

import argparse
import random
import time

from _common import machine, write_section

from politika.nlp.pipeline import LAYERS, NATASHA_MODEL, NlpInput, analyse, load_pipeline
from politika.nlp.ru.pipeline import RU_COMPONENTS

# Parallel paragraphs, written for this benchmark: (Russian, English).
PARAGRAPHS = [
    ("Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва готова обсуждать обмен пленными, "
     "если Киев откажется от предварительных условий. По словам Лаврова, российская сторона уже передала свои "
     "предложения посредникам.",
     "Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow was ready to discuss a prisoner exchange "
     "if Kyiv dropped its preconditions. According to Lavrov, the Russian side had already passed its proposals "
     "to the mediators."),
    ("Пресс-секретарь Кремля Дмитрий Песков сообщил журналистам, что президент Владимир Путин не планирует "
     "встречу с Владимиром Зеленским в ближайшие месяцы. «Для такой встречи нет оснований», — подчеркнул Песков.",
     "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had no plans to meet Volodymyr "
     "Zelensky in the coming months. \"There are no grounds for such a meeting,\" Peskov stressed."),
    ("Европейский союз утвердил новый пакет санкций против российских банков. Как сообщает агентство, ограничения "
     "коснутся также компаний из третьих стран, которые помогают обходить прежние запреты.",
     "The European Union approved a new package of sanctions against Russian banks. As the agency reports, the "
     "restrictions will also cover companies from third countries that help to get around the earlier bans."),
    ("Источники в правительстве Украины сообщили, что переговоры о поставках зерна через Чёрное море могут "
     "возобновиться уже в следующем месяце. Официально эту информацию пока не подтвердили.",
     "Sources in the Ukrainian government said that talks on grain shipments across the Black Sea could resume as "
     "early as next month. The information has not yet been officially confirmed."),
    ("Генеральный секретарь НАТО заявил на встрече в Брюсселе, что альянс увеличит число войск на восточном фланге. "
     "Решение поддержали министры обороны Польши и стран Балтии.",
     "The NATO secretary general said at a meeting in Brussels that the alliance would increase the number of troops "
     "on its eastern flank. The decision was backed by the defence ministers of Poland and the Baltic states."),
    ("По данным Министерства обороны России, ночью над Белгородской областью были сбиты несколько беспилотников. "
     "Губернатор региона отметил, что пострадавших нет, но повреждены линии электропередачи.",
     "According to the Russian Defence Ministry, several drones were shot down over the Belgorod region overnight. "
     "The regional governor noted that nobody was hurt but that power lines had been damaged."),
    ("Эксперты считают, что рост цен на нефть поможет бюджету России в этом году, однако дефицит сохранится. "
     "Аналитики банка ожидают, что Центробанк снова повысит ключевую ставку.",
     "Experts believe that rising oil prices will help Russia's budget this year, but the deficit will remain. "
     "The bank's analysts expect the Central Bank to raise its key rate again."),
    ("Президент Франции Эмманюэль Макрон провёл телефонный разговор с председателем КНР Си Цзиньпином. Стороны "
     "обсудили ситуацию на Украине и торговые споры, сообщил Елисейский дворец.",
     "French President Emmanuel Macron held a telephone conversation with Chinese President Xi Jinping. The two "
     "sides discussed the situation in Ukraine and trade disputes, the Elysee Palace said."),
]


def articles(n: int, language: int) -> list[NlpInput]:
    rng = random.Random(19)
    out = []
    for i in range(n):
        chosen = rng.sample(range(len(PARAGRAPHS)), k=6)
        text = "\n\n".join(PARAGRAPHS[j][language] for j in chosen)
        out.append(NlpInput(id=f"{i}", text=text, date="2024-05-16", language=("ru", "en")[language]))
    return out


def timed(inputs: list[NlpInput], model: str | None, layers: tuple[str, ...], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        records = list(analyse(inputs, model=model, layers=layers))
        best = min(best, time.perf_counter() - started)
        assert len(records) == len(inputs) and not any("error" in r for r in records)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    russian, english = articles(args.n, 0), articles(args.n, 1)
    runs = [("Russian: natasha + actors + attributions", russian, NATASHA_MODEL, ("actors", "attributions")),
            (f"Russian: natasha + the Russian layers there are ({', '.join(RU_COMPONENTS)})", russian, NATASHA_MODEL,
             LAYERS),
            ("Russian: natasha alone", russian, NATASHA_MODEL, ()),
            ("English: spaCy + actors + attributions", english, None, ("actors", "attributions")),
            ("English: spaCy + all four layers", english, None, LAYERS)]
    rows = []
    for label, inputs, model, layers in runs:
        load_pipeline(model, layers)
        list(analyse(inputs[:3], model=model, layers=layers))  # warm-up
        seconds = timed(inputs, model, layers, args.repeats)
        words = sum(len(item.text.split()) for item in inputs)
        rows.append((label, words, seconds, words / seconds))
    english_rate = {label: rate for label, _, _, rate in rows if label.startswith("English")}
    same_layers = english_rate["English: spaCy + actors + attributions"]
    lines = ["| run | words | seconds | words/s | ratio to English (actors + attributions) |", "|---|---|---|---|---|"]
    lines += [f"| {label} | {words:,} | {seconds:.2f} | {rate:,.0f} | {rate / same_layers:.2f}× |"
              for label, words, seconds, rate in rows]
    body = (f"`.venv/bin/python benchmarks/bench_russian.py --n {args.n} --repeats {args.repeats}` on {machine()}; "
            f"one process, best of {args.repeats}.\n\n{args.n} articles of six paragraphs each, in Russian and in "
            "English (parallel paragraphs written for the benchmark).\n\n" + "\n".join(lines)
            + "\n\nTarget (issue 19): Russian ≥ 0.5× the English words/s. natasha runs its numpy models with one BLAS "
            "thread (`nlp/ru/natasha.py`); with numpy's default pool of two threads, on the shared 2-core machine, "
            "an earlier run of this command measured Russian at 0.16× English.")
    print(body)
    write_section("Russian analysis speed", body)


if __name__ == "__main__":
    main()
