"""Lexicons of the attribution layer: cue verbs and nouns, hedges, stance words, anonymous and vague sources.

Written by hand from the PARC/PolNeAR annotation guidelines' idea of attribution (speech, writing,
belief, knowledge, intention, evaluation) and the frequent cues of PolNeAR's train split. Lemmas are
lower case. See docs/attribution.md for what each list is for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the store imports these lexicons, and must not load spaCy
    from spacy.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Word forms the lemmatizer gets wrong ("hopes", "hoped", "hoping" -> "hop"), with the lemma they have as cues.
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def lemma(token: Token) -> str:
    """The token's lower-case lemma, with :data:`LEMMA_FIXES` applied."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


# Verbs of saying and writing: the classic reporting verbs.
SPEECH_VERBS = _words("""
say tell write add ask note report announce explain state declare reply respond answer comment remark mention
tweet post continue conclude recall quote cite describe call label brand dub term characterize refer point
insist claim allege argue contend maintain assert suggest warn caution predict promise pledge vow threaten
urge demand propose recommend accuse charge blame criticize criticise condemn denounce decry slam blast attack
praise hail laud defend deny dismiss reject admit acknowledge concede confirm reveal disclose indicate signal
stress emphasize emphasise underline highlight repeat reiterate testify inform assure boast complain lament
joke quip muse wonder question agree disagree object counter retort rebut read shout yell chant whisper mutter
proclaim estimate forecast project speculate hint imply express voice lash mock ridicule tout echo concur
welcome applaud congratulate thank apologize apologise vouch swear guarantee advise brief recount relate
describe discuss address invoke mention challenge dispute contradict refute acknowledge clarify elaborate
spell predict talk speak
""")
# Verbs of thinking, knowing, perceiving and wanting: PolNeAR annotates these as attributions too.
COGNITION_VERBS = _words("""
believe think expect know feel fear hope want wish doubt suspect assume guess reckon consider regard see view
understand realize realise recognize recognise remember forget decide plan intend seek aim prefer worry
envision envisage imagine anticipate figure conclude learn discover notice sense trust suppose deem judge seem appear
""")
# Verbs of evidence whose subject is often a document, poll or study ("a poll shows", "the report found").
EVIDENCE_VERBS = _words("""
show find indicate suggest reveal demonstrate prove confirm estimate
""")
# Verbs of stance and endorsement: the content is what is supported or opposed.
STANCE_VERBS = _words("""
support oppose endorse favor favour back reject embrace champion defend refuse decline vote push offer adopt
focus rail side advocate
""")
CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS | EVIDENCE_VERBS | STANCE_VERBS
# These take the addressee as direct object: their content is a clause, never the object.
RECIPIENT_VERBS = _words("""
tell ask urge inform assure advise brief warn remind thank congratulate quote
""")
# A direct object is content only for verbs whose object is what is said, thought or backed.
NO_OBJECT_CONTENT = _words("""
think believe feel know hope fear wish suppose reckon guess agree continue add respond reply answer conclude
worry
""")
# Verbs that are events when their object is a thing or an act ("rejected a deal", "threatened to use force",
# "denounced the ruling", "backs Clinton": REJECT, THREATEN, ACCUSE, SUPPORT in PLOVER): an attribution only
# with a proposition for content, a clause ("threatened that ...") or a quote of a few words.
EVENT_CUES = _words("""
reject refuse decline threaten denounce condemn criticize criticise slam blast attack praise hail laud welcome
applaud congratulate thank support oppose endorse back favor favour embrace champion defend vote push offer adopt
propose seek challenge focus rail side advocate
""")
# Cue verbs whose prepositional object is never what is said ("adding to the confusion", "continued with ..."); the
# others' is ("agreed with the plan", "responded to the criticism", "worried about the vote", "is known for ...").
NO_PREP_CONTENT = _words("""
add continue
""")
# Cue verbs that need a clause, a quote or a colon after them to count ("see", "know", "call", "figure"
# are too common in other senses).
CLAUSE_ONLY = _words("""
see know call figure point read continue add learn notice recall feel decide address discuss express voice
relate spell sense judge trust
""")
# Raising verbs: the subject of "X seems to ..." is part of what seems so, not someone who says or thinks it.
RAISING_VERBS = _words("""
seem appear
""")
# Nouns of a written or spoken statement: "released a statement saying ...", "sent an email saying ..." is said
# by the subject of the verb that put the statement out, not by the statement.
STATEMENT_NOUNS = _words("""
statement release email e-mail letter memo note message tweet post video ad advertisement op-ed editorial
column report filing complaint lawsuit motion brief petition ruling order opinion interview speech
""")
# Nouns that introduce content with a that-clause or a colon ("the claim that ...", "his view: ...").
CUE_NOUNS = _words("""
claim assertion allegation belief suggestion argument warning promise pledge statement view fear hope
accusation charge insistence contention assurance conviction prediction speculation rumor rumour report
announcement admission acknowledgment acknowledgement concern worry expectation message notion idea sense
""")
# Nouns of a poll or a study that a prepositional phrase gives as the source of its clause ("In a Fox poll, Cruz
# had 38 percent", "Clinton leads in the latest survey"): the cue is the preposition.
EVIDENCE_NOUNS = _words("""
poll polls survey surveys study studies
""")
# Nouns of a stance towards a thing, with a preposition ("support for", "criticism of", "questions about"): an
# attribution as PolNeAR has it, not a claim (held under the views' confidence like the event verbs above).
STANCE_NOUNS = _words("""
support criticism opposition endorsement call question concern accusation allegation complaint reference
comment remark praise objection demand request plea appeal attack
""")
# Adjectives of belief or stance after a copula ("critical of", "confident that", "worried about"; "clear" only in
# "made it clear that"): the clause or the prepositional object is what is believed or opposed.
STANCE_ADJECTIVES = _words("""
critical supportive skeptical sceptical confident worried concerned convinced aware hopeful optimistic pessimistic
afraid fearful wary eager adamant proud angry upset furious unhappy doubtful clear
""")
# Hedges: words that weaken the writer's or the source's commitment to the content.
HEDGES = _words("""
appear appears appeared appearing apparently probably likely unlikely may might could possibly possible
perhaps reportedly allegedly seemingly seem seems seemed presumably supposedly purportedly arguably maybe
suggest suggests suggested
""")
# Hedges that are modal verbs: they count only as modals ("may" is also a month).
MODAL_HEDGES = frozenset({"may", "might", "could"})
# Two-word hedges, matched on lower-cased token pairs.
HEDGE_PAIRS = frozenset({("believed", "to"), ("thought", "to"), ("said", "to"), ("is", "likely"),
                         ("are", "likely"), ("was", "likely"), ("not", "clear"), ("unclear", "whether")})

# Stance of the writer towards the content, read from the cue or from words in the content.
# distance: the writer reports without vouching or signals doubt; endorse: the writer presents it as fact.
DISTANCE_CUES = _words("""
claim allege insist contend purport assert maintain
""")
ENDORSE_CUES = _words("""
confirm reveal note show find demonstrate prove acknowledge admit concede point explain disclose establish
learn discover realize realise recognize recognise
""")
DISTANCE_WORDS = _words("""
so-called alleged allegedly purported purportedly supposed supposedly claimed self-styled self-proclaimed
""")

# Heads of sources that name nobody: anonymous when no name is attached.
ANONYMOUS_HEADS = _words("""
source sources official officials insider insiders aide aides person people diplomat diplomats adviser
advisers advisor advisors staffer staffers spokesman spokeswoman spokesperson representative representatives
member members figure figures lawmaker lawmakers operative operatives strategist strategists ally allies
associate associates confidant confidants employee employees investigator investigators officer officers
analyst analysts expert experts witness witnesses resident residents observer observers
""")
# Quantifiers and heads of vague collective sources ("some voices in the West", "many", "critics").
VAGUE_DETERMINERS = _words("""
some many several few others various numerous
""")
VAGUE_HEADS = _words("""
voices critics observers commentators skeptics sceptics pundits others some many people experts analysts
supporters opponents detractors
""")
# First-person pronouns that make the writer the source.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

# Language signals of opinion: first person singular, modals of obligation, evaluative adjectives.
OPINION_MODALS = _words("""
must should ought need needs
""")
EVALUATIVE = _words("""
shameful disgraceful absurd outrageous ridiculous foolish naive naïve reckless cowardly brave wise wrong right
terrible awful disastrous excellent appalling pathetic hypocritical cynical dangerous unacceptable clearly
obviously surely undoubtedly frankly honestly sadly unfortunately fortunately tragically shamefully
""")
