"""A person's grammatical gender as the text shows it, for the pronouns that refer back to them ("Mary Trump wrote
that his involvement ...": "his" is not Mary Trump).

Evidence, strongest first: a gendered honorific or title before a name mention ("Mr.", "Mrs.", "Ms.",
"Congresswoman", "Sir", "Queen"), then the person's given name in a short list of common given names that are
almost always one gender (written for politika from common knowledge of given names; no name taken from an eval
set; a name used for both, "Jordan", "Jean", "Kim", is in neither list). None where nothing tells: every pronoun may
then refer to the person, as before.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc

from politika.nlp.actor_types import Actor

Gender = Literal["f", "m"]

FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "queen", "princess",
                          "duchess", "baroness", "countess", "congresswoman", "chairwoman", "spokeswoman",
                          "councilwoman", "assemblywoman", "businesswoman", "sister", "mother", "wife", "daughter",
                          "grandmother", "aunt", "niece", "widow", "actress", "sra", "frau"})
MALE_WORDS = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "baron", "congressman", "chairman",
                        "spokesman", "councilman", "assemblyman", "businessman", "brother", "father", "husband",
                        "son", "grandfather", "uncle", "nephew", "widower", "actor", "herr", "monsieur"})

_FEMALE = """
abigail ada adriana agnes aisha alexandra alice alicia alina alison allison amanda amber amelia amy ana anastasia
andrea angela angelina anita ann anna anne annette antonia april ashley audrey barbara beatrice beatriz becky betsy
betty beverly brenda bridget brittany camila carla carmen carol caroline carolyn catherine cathy cecilia charlotte
cheryl chloe christina christine cindy claire clara claudia colleen cynthia daisy daniela danielle darlene
deborah debbie debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elisabeth elise eliza
elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fatima fiona florence frances francesca gabriela
gail gina giorgia gloria grace gretchen hannah harriet heather heidi helen helena hilary hillary holly ingrid irene
iris isabel isabella jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna joanne
josephine joyce judith judy julia julie june justine karen katherine kathleen kathryn kathy katie kayla
kimberly kirsten kristen kristi kristin lara laura lauren leah lena lillian linda lisa liz lois lori lorraine louise
lucia lucy lydia madeleine madison margaret margarita maria marian marie marilyn marina marjorie marsha martha
mary maryam megan melania melanie melissa meredith mia michelle miriam molly monica nadia nancy naomi natalia natalie
nicole nikki nina nora olga olivia pamela patricia paula pauline peggy penelope penny phyllis priscilla rachel
rebecca regina rita roberta rosa rosalind rose ruth sabrina sally samantha sandra sara sarah sharon sheila shirley
silvia sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara tammy tanya teresa theresa tiffany
tina ursula valentina valerie vanessa vera veronica victoria virginia wanda wendy yolanda yulia yvonne zoe
"""
FEMALE_NAMES = frozenset(_FEMALE.split())
_MALE = """
aaron abdul abdullah adam adrian ahmed alan albert alberto alejandro alexander alexei alfred ali alistair andre
andreas andrew andrei andy anthony antonio antony arnold arthur barack barry ben benjamin benny bernard bernie bill
billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan carl carlos charles charlie
christopher chuck clarence clark clint colin craig curtis dale dan daniel danny darren dave david dean dennis derek
dick dmitry don donald doug douglas duncan dwight earl ed eddie edgar edward emmanuel eric ernest eugene evan fernando
francis francisco frank franklin fred frederick gary gavin gene geoffrey george gerald gilbert glenn gordon graham
greg gregory hakeem hamid harold harry harvey hassan hector henry herbert howard hugh hugo ian igor isaac ivan jack
jacob jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon
jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt kyle lance larry lawrence
leo leon leonard liam lloyd louis luis luke marc marco marcus mario mark martin marvin matt matthew maurice max
michael miguel mike mikhail mitch mitchell mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar
oscar owen patrick paul pedro pete peter philip phil rafael ralph ramon randy raul ray raymond reza ricardo richard
rick rob robert roberto rodney roger roman ron ronald ross roy russell ryan salman samuel scott sean sergei
sergey seth shane simon stanley stephen steve steven stuart ted thomas tim timothy todd tom tommy tony travis
trevor troy victor vincent vladimir walter warren wayne wesley william willie xavier yuri zachary
"""
MALE_NAMES = frozenset(_MALE.split())


def gender_of(doc: Doc, actor: Actor) -> Gender | None:
    """The gender the text gives ``actor`` (a person): a gendered word right before one of its name mentions, else
    its given name (the first word of its name); None where neither tells or they disagree."""
    if actor.type != "PERSON":
        return None
    seen: set[Gender] = set()
    for mention in actor.mentions:
        if mention.kind != "name" or mention.start == 0:
            continue
        before = doc[mention.start - 1]
        word = before.lower_.rstrip(".")
        if word in FEMALE_WORDS:
            seen.add("f")
        elif word in MALE_WORDS:
            seen.add("m")
    if len(seen) == 1:
        return next(iter(seen))
    if seen:
        return None
    first = actor.name.split()[0].lower().rstrip(".") if actor.name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


def pronoun_gender(word: str) -> Gender | None:
    """The gender of a third-person pronoun ("he", "her"), None for any other word."""
    word = word.lower()
    if word in ("he", "him", "his", "himself"):
        return "m"
    if word in ("she", "her", "hers", "herself"):
        return "f"
    return None


__all__ = ["gender_of", "pronoun_gender"]
