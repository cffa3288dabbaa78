"""A Russian name in the nominative, whatever its case in the text: "Владимира Путина" → "Владимир Путин",
"Марией Захаровой" → "Мария Захарова", so that every form of a name is one actor and one knowledge-base look-up.

pymorphy3 inflects each word of the name to the nominative singular, choosing the parse that is a name, surname or
patronymic and agrees with the case and gender natasha's tagger gave the word; a word it cannot inflect stays as
written (a foreign name natasha tagged in the nominative, an initial).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from politika.nlp.ru.natasha import morph_analyzer

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn"}
_NAME_TAGS = ("Name", "Surn", "Patr")


def nominative(span: Span) -> str:
    """The name of ``span`` in the nominative, each word capitalised as in the text."""
    words = [_word_nominative(token) if token.is_alpha else token.text for token in span
             if not token.is_space]
    return " ".join(w for w in words if w)


def _word_nominative(token: Token) -> str:
    if token.text.isupper() or len(token.text) < 2 or any(ch.isascii() for ch in token.text):
        return token.text
    case = _CASES.get(_feature(token, "Case"))
    if case == "nomn":
        return token.text
    gender = _GENDERS.get(_feature(token, "Gender"))
    parses = morph_analyzer().parse(token.text)
    named = [p for p in parses if any(tag in p.tag for tag in _NAME_TAGS)]
    chosen = next((p for p in named if (case is None or p.tag.case == case)
                   and (gender is None or "ms-f" in p.tag or p.tag.gender == gender)), None)
    if chosen is None:
        chosen = next((p for p in named if case is None or p.tag.case == case), None)
    if chosen is None:  # a foreign surname pymorphy3 does not know as one ("Макрону"): its likeliest noun parse
        chosen = next((p for p in parses if p.tag.POS == "NOUN" and p.tag.case == case and "anim" in p.tag), None)
    if chosen is None:
        return token.text
    grammemes = {"nomn", "sing"}
    if gender is not None and "ms-f" in chosen.tag:
        grammemes.add(gender)
    inflected = chosen.inflect(grammemes)
    word = str(inflected.word) if inflected is not None else token.text
    return _case_like(word, token.text)


def _feature(token: Token, name: str) -> str:
    values = token.morph.get(name, [])
    return str(values[0]) if values else ""


def _case_like(word: str, model: str) -> str:
    if "-" in model:
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
