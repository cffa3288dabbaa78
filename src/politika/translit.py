"""Russian (and Ukrainian) Cyrillic → the Latin spellings a knowledge base holds for a name.

Rule-based, after the news-agency practice most English sources follow (BGN/PCGN simplified: "Шойгу" → "Shoigu",
"Песков" → "Peskov", "Захарова" → "Zakharova"), with the variants that practice leaves open: й as i or y, ий/ый at the
end as y or yi, е at the start of a word or after a vowel as ye or e, кс as ks or x, Ukrainian и as y, ё as yo or e.
A few given names have a usual English form of their own ("Александр" → "Alexander"; "Владимир" → also
"Volodymyr" for a Ukrainian).

>>> transliterate("Шойгу")
'Shoigu'
>>> spellings("Сергей Лавров")[:2]
['Sergei Lavrov', 'Sergey Lavrov']
"""

from __future__ import annotations

import re
from itertools import product

_LETTERS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
            "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "yu", "я": "ya",
            # Ukrainian letters
            "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_VOWELS = set("аеёиоуыэюяіїє")
# Given names whose usual English spelling is not the letter-by-letter one (general knowledge of the names).
GIVEN_NAMES = {"александр": ["Alexander", "Aleksandr"], "алексей": ["Alexei", "Alexey", "Aleksei"],
               "владимир": ["Vladimir", "Volodymyr"], "юрий": ["Yuri", "Yury"], "евгений": ["Yevgeny", "Evgeny"],
               "дмитрий": ["Dmitry", "Dmitri"], "сергей": ["Sergei", "Sergey"], "андрей": ["Andrei", "Andrey"],
               "николай": ["Nikolai", "Nikolay"], "мария": ["Maria", "Mariya"], "юлия": ["Yulia", "Yuliya"],
               "пётр": ["Pyotr", "Petr"], "петр": ["Pyotr", "Petr"], "михаил": ["Mikhail"], "илья": ["Ilya"],
               "елена": ["Elena", "Yelena"], "екатерина": ["Ekaterina", "Yekaterina"], "валерий": ["Valery", "Valeri"],
               "виталий": ["Vitaly", "Vitali"], "анатолий": ["Anatoly", "Anatoli"], "григорий": ["Grigory"],
               "геннадий": ["Gennady"], "аркадий": ["Arkady"], "олег": ["Oleg"], "ольга": ["Olga"],
               "татьяна": ["Tatiana", "Tatyana"], "наталья": ["Natalia", "Natalya"], "антоний": ["Antony"],
               "энтони": ["Antony", "Anthony"], "джо": ["Joe"], "дональд": ["Donald"], "эммануэль": ["Emmanuel"],
               "олаф": ["Olaf"], "ангела": ["Angela"], "си": ["Xi"], "цзиньпин": ["Jinping"],
               # foreign given names whose Russian spelling starts with another letter than the Latin one
               "йенс": ["Jens"], "жозеп": ["Josep"], "джейк": ["Jake"], "джон": ["John"], "джозеф": ["Joseph"],
               "джеймс": ["James"], "джордж": ["George"], "жан": ["Jean"], "жак": ["Jacques"], "хосе": ["Jose"],
               "хуан": ["Juan"], "йоханнес": ["Johannes"], "юрген": ["Jurgen"], "джанет": ["Janet"],
               "джастин": ["Justin"], "джорджа": ["Giorgia"], "джорджия": ["Giorgia"], "жозеф": ["Josef"]}


def transliterate(word: str) -> str:
    """The first spelling of :func:`spellings` for one word."""
    return _word_variants(word)[0]


def spellings(name: str, limit: int = 8) -> list[str]:
    """Latin spellings of a Cyrillic name, the likeliest first, at most ``limit``; a Latin name is returned as is."""
    words = name.split()
    if not words:
        return []
    options = [_word_variants(word) for word in words]
    out: list[str] = []
    for combo in product(*options):
        text = " ".join(combo)
        if text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def _word_variants(word: str) -> list[str]:
    parts = word.split("-")
    if len(parts) > 1:
        return ["-".join(p) for p in product(*(_word_variants(p) for p in parts))][:4]
    lower = word.lower()
    if lower in GIVEN_NAMES:
        return list(GIVEN_NAMES[lower])
    if not any(ch in _LETTERS for ch in lower):
        return [word]
    ukrainian = any(ch in "іїєґ" for ch in lower)
    choices: list[list[str]] = []
    for i, ch in enumerate(lower):
        before = lower[i - 1] if i else ""
        last = i == len(lower) - 1
        if ch == "й" and last and before in ("и", "ы"):
            choices[-1] = ["y"]  # -ий, -ый: "Zelensky", "Dmitry"
            choices.append(["", "i"] if before == "и" else [""])
        elif ch == "й":
            choices.append(["i", "y"])
        elif ch == "е" and (not before or before in _VOWELS or before in "ъь"):
            choices.append(["ye", "e"])
        elif ch == "ё":
            choices.append(["yo", "e"] if before not in ("ж", "ч", "ш", "щ") else ["o", "e"])
        elif ch == "и" and ukrainian:
            choices.append(["y"])  # Ukrainian и: "Київ" → "Kyiv"
        else:
            choices.append([_LETTERS.get(ch, ch)])
    variants: list[str] = []
    for combo in product(*choices):
        text = "".join(combo)
        text = text[:1].upper() + text[1:] if word[:1].isupper() else text
        for spelling in (text, text.replace("ks", "x").replace("Ks", "X")):
            if spelling and spelling not in variants:
                variants.append(spelling)
        if len(variants) >= 6:
            break
    return variants or [word]


_SOUNDS = (("dzh", "j"), ("tsch", "C"), ("sch", "S"), ("tch", "C"), ("sh", "S"), ("ch", "C"), ("zh", "J"),
           ("kh", "h"), ("ph", "f"), ("ck", "k"), ("ts", "z"), ("tz", "z"), ("q", "k"), ("x", "ks"), ("w", "v"),
           ("j", "j"), ("y", "i"))


def sound_key(latin: str) -> str:
    """A rough key of how a Latin-spelt word sounds, the same for the English spelling of a foreign name and the
    transliteration of its Russian spelling: "Macron" and "Makron", "Scholz" and "Sholts", "Biden" and "Baiden",
    "Johnson" and "Dzhonson" (vowel runs are one vowel, doubled letters one, a lone h nothing).

    >>> sound_key("Scholz") == sound_key("Sholts"), sound_key("Biden") == sound_key("Baiden")
    (True, True)
    >>> sound_key("Johnson") == sound_key("Dzhonson"), sound_key("Putin") == sound_key("Lavrov")
    (True, False)
    >>> sound_key("Guterres") == sound_key("Guterrish")
    True
    """
    text = latin.lower()
    text = re.sub(r"c(?=[eiy])", "s", text)
    text = re.sub(r"sh$", "s", text)  # a Portuguese final s is said sh, and Russian writes it so: "Гутерриш"
    for old, new in _SOUNDS:
        text = text.replace(old, new)
    text = text.replace("c", "k").replace("h", "")
    text = re.sub(r"[aeiouy]+", "a", text)
    return re.sub(r"(.)\1+", r"\1", text)
