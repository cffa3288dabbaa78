"""The events layer's argument and type rules, one short sentence we wrote for each."""

from __future__ import annotations

from typing import Any

import pytest

from politika.nlp.pipeline import NlpInput, analyse

# The rules alone: the learned argument scorer, which fills sides they leave empty, is tested in test_event_arguments.
RULES = {"events": {"arguments": False}}


def _events(text: str) -> list[dict[str, Any]]:
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))
    return [e for e in record["events"] if not e["negated"]]


def _one(text: str, event_type: str) -> dict[str, Any]:
    """The sentence's one event, of ``event_type``: a trigger embedded under it ("agreed to set up") is no second."""
    events = _events(text)
    assert [e["type"] for e in events] == [event_type], events
    return events[0]


def _texts(spans: list[dict[str, Any]]) -> list[str]:
    return [s["text"] for s in spans]


def _actors_at(text: str, trigger: str, side: str = "actor") -> list[list[str]]:
    """The names on ``side`` (actor or recipient) of each event whose trigger is ``trigger``."""
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[names[i] for i in e[side]] for e in record["events"] if e["trigger"]["text"] == trigger]


def _pipeline_events(text: str, trigger: str | None = None) -> list[dict[str, Any]]:
    """The events the whole pipeline stores for ``text`` (the argument scorer on, negated ones too), those at
    ``trigger`` where given."""
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    return [e for e in record["events"] if trigger is None or e["trigger"]["text"] == trigger]


def _type_shown(events: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    """Each event's type and whether the views show it (confidence 0.5 or more)."""
    return [(e["type"], e["confidence"] >= 0.5) for e in events]


def test_recipient_inside_an_event_noun_object() -> None:
    # "opened an investigation against X": X, not the investigation, is the recipient
    event = _one("German prosecutors opened an investigation against the mayor of Munich.", "ACCUSE")
    assert any("mayor" in t for t in _texts(event["recipient_spans"]))
    assert "investigation" not in " ".join(_texts(event["recipient_spans"]))


def test_recipient_by_phrase_of_a_rejected_call() -> None:
    event = _one("The rebels rejected calls by the United Nations to lay down their arms.", "REJECT")
    assert _texts(event["recipient_spans"]) == ["United Nations"]


def test_quantity_head_is_a_recipient() -> None:
    events = _events("Belarusian police arrested hundreds of protesters in Minsk on Sunday.")
    assert events and "hundreds of protesters" in _texts(events[0]["recipient_spans"])


def test_what_a_number_counts_is_the_recipient() -> None:
    # "139 of its soldiers": the soldiers, of the state "its" refers back to
    record = _record("Israel's military says 139 of its soldiers have been killed in the ground offensive.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert [(actors[i]["name"], actors[i]["country"]) for i in event["recipient"]] == [("soldiers", "ISR")]
    events = _events("Police arrested three of the protesters.")
    assert events and _texts(events[0]["recipient_spans"]) == ["protesters"]


def test_a_missile_test_is_a_show_of_force_not_an_attack() -> None:
    # PLOVER 2.0 MOBILIZE `weapons`: a demonstration of military capabilities, short of the use of force
    for text in ("North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
                 "North Korea test-fired a ballistic missile on Thursday.",
                 "North Korea tested an intercontinental ballistic missile."):
        event = _one(text, "MOBILIZE")
        assert event["mode"] == "weapons" and event["confidence"] >= 0.5
    assert _one("Iran fired missiles at Israel.", "ASSAULT")["type"] == "ASSAULT"
    assert _one("Russia fired ballistic missiles overnight, Ukraine's air force said.", "ASSAULT")


def test_an_act_given_in_response_is_the_event() -> None:
    # "responded with air strikes on X": the strikes are the event, their target the recipient
    record = _record("Israel responded with air strikes on southern Lebanon.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert event["mode"] == "aerial" and [actors[i]["country"] for i in event["recipient"]] == ["LBN"]
    record = _record("China retaliated with sanctions on American defence firms.")
    assert [e["type"] for e in record["events"]] == ["SANCTION"]
    assert not _events("The union responded with a strike.")  # a walkout, if anything: no attack
    assert not _events("The minister responded with a statement.")


def test_a_case_filed_against_a_party_accuses_it_not_the_court() -> None:
    event = _one("South Africa filed a case against Israel at the International Court of Justice.", "ACCUSE")
    assert event["mode"] == "allege" and _texts(event["recipient_spans"]) == ["Israel"]
    assert not _events("The police made a case for more funding.")


def test_a_crowd_counted_but_not_named_rallies_as_protesters() -> None:
    # "Thousands rallied": the number names no actor, so the protest's implied one stands
    record = _record("Thousands rallied in Tbilisi against the foreign agents law.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "PROTEST")
    assert [actors[i]["name"] for i in event["actor"]] == ["protesters"]
    assert _texts(event["actor_spans"]) == ["Thousands"]


def test_where_an_attack_comes_from_is_no_target() -> None:
    assert _texts(_one("Hamas fired rockets from Gaza.", "ASSAULT")["recipient_spans"]) == []
    event = _one("Hezbollah fired rockets from Lebanon at northern Israel.", "ASSAULT")
    assert "Lebanon" not in " ".join(_texts(event["recipient_spans"]))


def test_place_is_the_target_when_no_actor_is_hit() -> None:
    event = _one("Israeli tanks fired shells at targets in Gaza on Tuesday.", "ASSAULT")
    assert _texts(event["recipient_spans"]) == ["Gaza"]


def test_agreement_partner_is_the_recipient() -> None:
    event = _one("France agreed with Germany to share intelligence on terrorism.", "AGREE")
    assert _texts(event["actor_spans"]) == ["France"]
    assert _texts(event["recipient_spans"]) == ["Germany"]


def test_dateline_place_is_not_the_actor() -> None:
    events = _events("PARIS -- French President Emmanuel Macron pardoned a former minister on Monday.")
    assert events
    assert "PARIS" not in _texts(events[0]["actor_spans"])
    # the words are the whole phrase ("French President Emmanuel Macron"), the actor the person
    assert [t for t in _texts(events[0]["actor_spans"]) if t.endswith("Emmanuel Macron")]
    assert _actors_at("PARIS -- French President Emmanuel Macron pardoned a former minister on Monday.",
                      "pardoned") == [["Emmanuel Macron"]]


@pytest.mark.parametrize("text", ["Amnesty International demanded that the Ethiopian government end curbs on press "
                                  "freedom."])
def test_lexicon_preposition_pattern_needs_the_verbs_own_preposition(text: str) -> None:
    # CAMEO's "press on" (ASSAULT) must not fire on "demanded ... curbs on press freedom"
    event = _one(text, "REQUEST")
    assert _texts(event["actor_spans"]) == ["Amnesty International"]
    assert _texts(event["recipient_spans"]) == ["Ethiopian government"]


def test_willing_to_cooperate_is_agree() -> None:
    event = _one("Norway is willing to send medical supplies to Ukraine.", "AGREE")
    assert _texts(event["actor_spans"]) == ["Norway"] and _texts(event["recipient_spans"]) == ["Ukraine"]


def test_ready_to_sanction_is_threaten() -> None:
    event = _one("Iran is ready to impose sanctions on Canada.", "THREATEN")
    assert _texts(event["actor_spans"]) == ["Iran"] and _texts(event["recipient_spans"]) == ["Canada"]


def test_future_hostile_action_is_threaten() -> None:
    event = _one("Greece will impose restrictions on migrant workers from Albania.", "THREATEN")
    assert _texts(event["actor_spans"]) == ["Greece"]


def test_said_another_party_must_is_request() -> None:
    event = _one("Russia said Israel must end its air strikes on Syria.", "REQUEST")
    assert _texts(event["actor_spans"]) == ["Russia"] and _texts(event["recipient_spans"]) == ["Israel"]


def test_will_not_accept_is_an_asserted_reject() -> None:
    events = _events("Lebanon said it will not accept any more refugees from Syria.")
    assert [e["type"] for e in events] == ["REJECT"]
    assert _texts(events[0]["actor_spans"]) == ["Lebanon"]
    assert len(events[0]["recipient_spans"]) == 1


def test_declared_state_of_siege_is_coerce() -> None:
    event = _one("Bolivian authorities declared a state of siege in Pando on Friday.", "COERCE")
    assert _texts(event["actor_spans"]) == ["Bolivian authorities"]


def test_went_on_strike_is_protest_without_the_strike_as_recipient() -> None:
    event = _one("Teachers in Chicago went on strike for better pay.", "PROTEST")
    assert event["mode"] == "strike" and event["recipient_spans"] == []


def test_declared_ceasefire_is_concede() -> None:
    event = _one("The rebels declared a unilateral ceasefire in Darfur.", "CONCEDE")
    assert _texts(event["actor_spans"]) == ["rebels"]


def test_hunger_strike_to_demand_names_the_party_protested() -> None:
    event = _one("Opposition activists in Minsk staged a hunger strike to demand the resignation of President "
                 "Alexander Lukashenko.", "PROTEST")
    assert any("Lukashenko" in t for t in _texts(event["recipient_spans"]))


def test_threat_recipient_is_the_party_of_the_condition() -> None:
    event = _one("Iran threatened to close the Strait of Hormuz unless the United States lifted its sanctions.",
                 "THREATEN")
    assert _texts(event["actor_spans"]) == ["Iran"]
    assert "United States" in _texts(event["recipient_spans"])


def test_giving_aid_to_a_party_is_aid_with_the_party_as_recipient() -> None:
    event = _one("The charity donated medicine to the hospital in Gaza.", "AID")
    assert _texts(event["actor_spans"]) == ["charity"]
    assert any("hospital" in t for t in _texts(event["recipient_spans"]))
    assert "medicine" not in _texts(event["recipient_spans"])


def test_sending_arms_is_aid_even_under_continue() -> None:
    event = _one("The United States continued to send arms to the rebels.", "AID")
    assert _texts(event["recipient_spans"]) == ["rebels"]


def test_lifting_a_curfew_is_concede_not_retreat() -> None:
    types = {e["type"] for e in _events("Serbia lifted the night curfew in Montenegro on Sunday.")}
    assert "CONCEDE" in types and "RETREAT" not in types


def test_indictment_is_accuse_allege() -> None:
    event = _one("The court indicted the former minister for corruption.", "ACCUSE")
    assert event["mode"] == "allege"


def test_hacking_is_coerce_cyber() -> None:
    event = _one("Hackers tried to hack into the computers of army officers.", "COERCE")
    assert event["mode"] == "cyber"


def test_dismissing_an_appeal_is_reject() -> None:
    event = _one("The rebels dismissed an appeal from the president to lay down their arms.", "REJECT")
    assert _texts(event["recipient_spans"]) == ["president"]


def test_withdrawal_under_way_is_retreat_from_the_place_left() -> None:
    event = _one("The army speeded up the withdrawal of its forces from Panama.", "RETREAT")
    assert event["mode"] == "withdraw"
    assert _texts(event["recipient_spans"]) == ["Panama"]


def test_announced_withdrawal_is_concede() -> None:
    types = {e["type"] for e in _events("The rebels announced the withdrawal of their fighters from Goma.")}
    assert "CONCEDE" in types and "RETREAT" not in types


def test_renewed_negotiations_are_consult() -> None:
    event = _one("Israel and Lebanon renewed negotiations on Monday.", "CONSULT")
    assert _texts(event["actor_spans"]) == ["Israel", "Lebanon"]


def test_instrument_agent_is_not_an_actor() -> None:
    event = _one("Three soldiers were killed by a roadside bomb near Basra.", "ASSAULT")
    assert event["actor_spans"] == []


def test_future_action_with_an_unless_clause_is_a_threat() -> None:
    _one("Nigeria announced that it will withdraw its force from Chad unless the president holds elections.",
         "THREATEN")


def test_would_after_said_is_future_so_a_hostile_act_is_a_threat() -> None:
    event = _one("Palestinian leaders said they would boycott all contact with the United States.", "THREATEN")
    assert event["future"]


def test_party_two_levels_inside_the_object_is_the_recipient() -> None:
    event = _one("The United States suspended part of a military aid program for Bosnia.", "SANCTION")
    assert _texts(event["recipient_spans"]) == ["Bosnia"]


def test_object_shifted_after_an_as_phrase_gives_its_possessor() -> None:
    event = _one("Albania denounced as an ugly crime Serbia's suppression of the protests.", "ACCUSE")
    assert "Serbia" in _texts(event["recipient_spans"])


def test_threat_recipient_is_the_target_of_the_threatened_act() -> None:
    event = _one("The security chief warned that police will no longer tolerate rallies by the Kifaya group.",
                 "THREATEN")
    assert any("Kifaya" in t for t in _texts(event["recipient_spans"]))


def test_threatened_curfew_targets_its_place() -> None:
    event = _one("President Gbagbo announced that he will extend the night-time curfew in Abidjan.", "THREATEN")
    assert _texts(event["recipient_spans"]) == ["Abidjan"]


def test_unnamed_phrase_keeps_its_bracketed_name() -> None:
    event = _one("Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the rally.", "AGREE")
    assert any("coalition" in t for t in _texts(event["actor_spans"]))


def test_pronoun_of_quoted_as_saying_is_the_quoted_person() -> None:
    events = _events("King Hassan of Morocco was quoted as saying he would be ready to host a meeting.")
    assert events and any("Hassan" in t for t in _texts(events[0]["actor_spans"]))


def _named(text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The actor and recipient names (the actors layer's, through the ids) of the event at ``trigger``."""
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return [names[i] for i in event["actor"]], [names[i] for i in event["recipient"]]


def test_group_pronoun_takes_the_last_named_subject() -> None:
    # "they" two sentences on is the rebels, not the sea they were in
    actors, _ = _named("The Houthi rebels seized a cargo ship in the Red Sea on Sunday. "
                       "Two days later they fired missiles at an American destroyer.", "fired")
    assert actors and all("Houthi" in a for a in actors)


def test_passive_pronoun_is_the_recipient() -> None:
    # "He was arrested by X at the airport": the person arrested, not the airport
    actors, recipients = _named("Ukrainian opposition leader Taras Hnatyuk travelled to Brussels on Monday. "
                                "He was arrested by Belgian police at the airport.", "arrested")
    assert any("police" in a for a in actors)
    assert recipients and all("Hnatyuk" in r for r in recipients)


def test_relative_pronoun_is_its_antecedent() -> None:
    events = _events("Officials named the Syrian general who ordered the attack on the Kurdish town.")
    event = next(e for e in events if e["type"] == "ASSAULT")
    assert _texts(event["actor_spans"]) == ["Syrian general"]


def test_subject_of_face_undergoes_the_event_noun() -> None:
    from politika.nlp.events import _noun_argument_heads
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    charges = next(t for t in nlp("The opposition leader faces new charges of treason.") if t.text == "charges")
    subject, objects, _ = _noun_argument_heads(charges, "ACCUSE")
    assert [t.text for t in objects] == ["leader"] and subject == []
    aid = next(t for t in nlp("Ukraine received military aid from Germany last week.") if t.text == "aid")
    subject, objects, _ = _noun_argument_heads(aid, "AID")
    assert [t.text for t in objects] == ["Ukraine"] and [t.text for t in subject] == ["Germany"]


def test_receiving_verb_takes_the_giver_as_actor() -> None:
    actors, recipients = _named("Ukraine received military aid from Germany last week.", "received")
    assert actors == ["Germany"] and recipients == ["Ukraine"]


def test_subject_of_died_is_a_victim_not_an_actor() -> None:
    events = [e for e in _events("More than 200 Palestinians died in Israeli air strikes on Gaza on Sunday.")
              if e["trigger"]["text"] == "died"]
    for event in events:  # an event or none; never the dead as its actor
        assert event["actor_spans"] == [] and _texts(event["recipient_spans"]) == ["Palestinians"]


def _record(text: str) -> dict[str, Any]:
    return next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))


def test_unnamed_people_group_is_a_group_actor() -> None:
    # "Michigan officials", "gunmen": a plural people noun the actors layer leaves without an actor
    record = _record("Gunmen attacked election officials in Detroit on Monday.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert [actors[i]["name"] for i in event["actor"]] == ["gunmen"]
    assert [actors[i]["name"] for i in event["recipient"]] == ["election officials"]
    assert all(actors[i]["kind"] == "group" and actors[i]["type"] == "NORP"
               for i in event["actor"] + event["recipient"])


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Human rights groups condemned the new law passed by the Georgian parliament.", "condemned",
     "human rights groups"),
    ("Opposition parties boycotted the vote in parliament.", "boycotted", "opposition parties"),
    ("Some candidates have called for the United States to send ground troops to Syria.", "called", "candidates"),
    ("Member states rejected the proposal of the European Commission.", "rejected", "Member states"),
])
def test_a_political_collective_is_a_group_actor(text: str, trigger: str, name: str) -> None:
    record = _record(text)
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert [actors[i]["name"] for i in event["actor"]] == [name]


def test_who_faces_an_act_undergoes_it() -> None:
    # "Trump has faced criticism": the trigger is the verb; its subject is the recipient, the critics are not named
    record = _record("Donald Trump has faced criticism for his comments on immigration.")
    actors = {a["id"]: a for a in record["actors"]}
    for event in (e for e in record["events"] if e["trigger"]["text"] in ("faced", "criticism")):
        assert event["actor"] == [] and [actors[i]["name"] for i in event["recipient"]] == ["Donald Trump"]


@pytest.mark.parametrize(("text", "name"), [
    ("A suicide bomber killed 12 people at a market in Kabul.", "suicide bomber"),
    ("A mob attacked the police station on Sunday.", "mob"),
])
def test_the_one_who_carries_out_an_attack_is_a_group_actor(text: str, name: str) -> None:
    record = _record(text)
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert [actors[i]["name"] for i in event["actor"]] == [name]


def test_the_groups_named_before_are_no_new_group() -> None:
    # a bare "the groups" points back at groups the article named; it is not a group of its own called "groups"
    record = _record("Priorities USA and Correct the Record are allied with the campaign. The groups condemned the "
                     "attack ads.")
    assert "groups" not in {a["name"] for a in record["actors"]}


def test_group_actor_drops_counting_words_and_keeps_one_actor_per_name() -> None:
    record = _record("Israel detained at least some permitted workers. Police later released the permitted workers.")
    names = [a["name"] for a in record["actors"]]
    assert names.count("permitted workers") == 1
    assert not any("some" in n or "least" in n for n in names)


def test_no_group_actor_for_a_thing() -> None:
    record = _record("The judge rejected the appeals.")
    assert [a["name"] for a in record["actors"] if a["kind"] == "group"] == ["judge"]


def test_singular_people_noun_is_an_actor() -> None:
    # "a judge", "the gunman": one unnamed person the actors layer leaves without an actor
    record = _record("The gunman killed four people at the school.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert [actors[i]["name"] for i in event["actor"]] == ["gunman"]


def test_definite_role_noun_refers_back_to_its_person() -> None:
    record = _record("Major General Hossein Salami spoke in Tehran on Monday. "
                     "The general condemned Israel for the strikes on hospitals.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ACCUSE")
    assert [actors[i]["name"] for i in event["actor"]] == ["Hossein Salami"]


def test_name_the_tagger_missed_is_the_earlier_actor_of_that_name() -> None:
    # the tagger reads the second "Manchin" as an adverb and finds no name in it
    record = _record("Senator Joe Manchin spoke on Monday. "
                     "Manchin, who is not running again, has criticized the administration's climate policies.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ACCUSE")
    assert [actors[i]["name"] for i in event["actor"]] == ["Joe Manchin"]


def test_speaker_of_a_passive_attack_is_not_its_actor() -> None:
    record = _record("The army said three rockets were fired at the town.")
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert event["actor_spans"] == []
    # an arrest the police report is theirs
    record = _record("Police said the man was arrested on Friday.")
    event = next(e for e in record["events"] if e["type"] == "COERCE")
    assert _texts(event["actor_spans"]) == ["Police"]


def test_a_group_actor_s_phrase_is_a_mention_of_it() -> None:
    # the events layer makes "gunmen" a group actor: the record's mentions point at it, as at every actor it lists
    record = _record("Gunmen attacked a police station on Monday.")
    mentioned = {m["actor"]: m for m in record["mentions"] if m["actor"]}
    assert all(a["id"] in mentioned for a in record["actors"]), record["mentions"]
    gunmen = next(a for a in record["actors"] if a["name"] == "gunmen")
    assert mentioned[gunmen["id"]]["text"] == "Gunmen" and mentioned[gunmen["id"]]["label"] == "NORP"


def test_a_passive_clause_below_another_names_the_one_who_undergoes_it() -> None:
    # "when he was released": the subject of the clause above is not who released him
    record = _record("Dana Morrow had a black eye when she was released on Monday.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "released")
    assert event["actor_spans"] == [] and _texts(event["recipient_spans"]) == ["she"]
    # "pleaded not guilty and were released": the subject the two verbs share is released, not releasing
    record = _record("Noel and Thomas pleaded not guilty in Manhattan federal court Tuesday afternoon and were "
                     "released on bond.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "released")
    assert event["actor_spans"] == [] and _texts(event["recipient_spans"]) == ["Noel", "Thomas"]


def test_conjoined_verbs_share_their_object() -> None:
    # "was evicted and sentenced": the passive subject of the first verb; "beat and arrested X": the second's object
    record = _record("Watson was arrested and indicted on federal fraud charges.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "indicted")
    assert _texts(event["recipient_spans"]) == ["Watson"]
    record = _record("Police beat and arrested the opposition leader.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "beat")
    assert any("leader" in t for t in _texts(event["recipient_spans"]))
    # a verb with its own phrase between shares nothing: "met with X and visited Y"
    record = _record("The envoy met with the president and visited the Western Wall.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "met")
    assert "Western Wall" not in " ".join(_texts(event["recipient_spans"]))


def test_possessor_of_an_arrest_undergoes_it() -> None:
    record = _record("Police confirmed Navalny's arrest on Sunday.")
    event = next(e for e in record["events"] if e["type"] == "COERCE")
    assert _texts(event["actor_spans"]) == ["Police"] and _texts(event["recipient_spans"]) == ["Navalny"]


def test_pronoun_subject_of_a_denied_clause_is_not_the_recipient() -> None:
    event = _one("Trump denied that he intended any offence.", "REJECT")
    assert _texts(event["actor_spans"]) == ["Trump"] and event["recipient"] == []


def test_unnamed_state_officers_are_of_the_article_state() -> None:
    # as the actors layer codes a state office named without its state; protesters get no country by default
    record = _record("Officers arrested two protesters in Moscow, Russia's capital, on Saturday.")
    groups = {a["name"]: a["country"] for a in record["actors"] if a["kind"] == "group"}
    assert groups == {"officers": "RUS", "protesters": None}


def test_event_with_no_actor_named_takes_the_actor_it_implies() -> None:
    # a charge is brought by prosecutors (of the state where it happens), a protest held by protesters
    record = _record("Watson was charged with fraud in New York.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ACCUSE")
    assert [(actors[i]["name"], actors[i]["country"]) for i in event["actor"]] == [("prosecutors", "USA")]
    assert _texts(event["recipient_spans"]) == ["Watson"]
    record = _record("The protests spread across Hong Kong on Sunday.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "PROTEST")
    assert [actors[i]["name"] for i in event["actor"]] == ["protesters"]
    # an arrest names its police or no one
    event = _one("He was arrested on Friday.", "COERCE")
    assert event["actor"] == []


def test_noun_a_passive_participle_modifies_undergoes_it() -> None:
    # "four officers accused of misconduct": the officers are accused, not the accusers
    from politika.nlp.events import _argument_heads
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(layers=())("The board fired four officers accused of misconduct.")
    subject, objects, _ = _argument_heads(next(t for t in doc if t.text == "accused"), "ACCUSE")
    assert subject == [] and [t.text for t in objects] == ["officers"]


def test_unnamed_woman_is_a_recipient_actor() -> None:
    record = _record("Police shot a woman in a parking lot on Friday.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert [actors[i]["name"] for i in event["recipient"]] == ["woman"]


def test_thing_recipient_stands_for_the_place_that_owns_it() -> None:
    record = _record("If the Supreme Court overturns the Colorado ruling, voters will decide.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "REJECT")
    assert [actors[i]["name"] for i in event["recipient"]] == ["Colorado"]


def test_attack_across_a_place_targets_it() -> None:
    events = _events("Israel has continued its attacks across the Gaza Strip.")
    event = next(e for e in events if e["type"] == "ASSAULT")
    assert _texts(event["recipient_spans"]) == ["Gaza Strip"]


def _with_recipient(text: str) -> dict[str, Any]:
    """The sentence's first event (the rules below are about arguments, whatever the classifier's type)."""
    events = _events(text)
    assert events, text
    return events[0]


def test_event_noun_object_targets_what_it_is_aimed_at() -> None:
    # "launched airstrikes against a depot": the depot, a thing, is the target (not the airstrikes)
    event = _with_recipient("The air force launched airstrikes against a weapons depot near the border.")
    assert _texts(event["recipient_spans"]) == ["weapons depot"]
    event = _with_recipient("The rebels launched a rocket attack on an army base near the capital.")
    assert _texts(event["recipient_spans"]) == ["army base"]


def test_condemned_attack_is_no_target() -> None:
    # condemning "the attack on a mosque" accuses the attackers: the mosque is not the recipient
    event = _one("The president condemned the attack on a mosque in Kabul.", "ACCUSE")
    assert "mosque" not in " ".join(_texts(event["recipient_spans"]))


def test_thing_attacked_is_the_target_before_its_place() -> None:
    event = _with_recipient("The navy seized an oil tanker in the Strait of Hormuz.")
    assert _texts(event["recipient_spans"]) == ["oil tanker"]


def test_refusal_until_a_condition_targets_its_subject() -> None:
    event = _with_recipient("The dockworkers said they will not end the strike until the port company raises wages.")
    assert _texts(event["recipient_spans"]) == ["port company"]


def test_refuge_sought_in_a_place_asks_it() -> None:
    event = _one("Thousands of families have sought refuge in Chad.", "REQUEST")
    assert _texts(event["recipient_spans"]) == ["Chad"]


def test_withdrawing_from_a_place_under_any_type() -> None:
    # "ready to withdraw its soldiers from Mali" (an AGREE): Mali is left, the soldiers are Canada's own
    event = _with_recipient("Canada is ready to withdraw its soldiers from Mali.")
    assert _texts(event["recipient_spans"]) == ["Mali"]


def test_returned_thing_goes_to_its_recipient() -> None:
    event = _with_recipient("The gallery returned a portrait by Rembrandt to its owners.")
    assert _texts(event["recipient_spans"]) == ["its owners"]


def test_found_guilty_small_clause_subject_is_the_recipient() -> None:
    event = _with_recipient("A judge in Ohio found the mayor guilty of fraud.")
    assert _texts(event["recipient_spans"]) == ["mayor"]


def test_aid_recipient_of_a_purpose_clause() -> None:
    event = _one("Japan donated water pumps to help Kenya.", "AID")
    assert _texts(event["recipient_spans"]) == ["Kenya"]


def test_commitment_to_an_act_names_its_party() -> None:
    event = _with_recipient("The ministry reiterated its commitment to support the farmers' union.")
    assert _texts(event["recipient_spans"]) == ["the farmers' union"]


def test_report_accusing_speaks_for_its_author() -> None:
    event = next(e for e in _events("Human Rights Watch published a report accusing the police of torture.")
                 if e["type"] == "ACCUSE")
    assert _texts(event["actor_spans"]) == ["Human Rights Watch"]
    assert "report" not in " ".join(_texts(event["recipient_spans"]))


def test_dateline_with_a_country_apposition() -> None:
    # "THE HAGUE, Netherlands -- A prosecutor ...": the subject is the dateline's apposition's apposition
    event = _one("THE HAGUE, Netherlands -- A United Nations prosecutor has charged a former army chief with war "
                 "crimes.", "ACCUSE")
    assert _texts(event["actor_spans"]) == ["United Nations prosecutor"]


def test_name_tagged_as_an_adverb_before_its_verb_is_the_subject() -> None:
    event = _with_recipient("USAID had announced a suspension of aid to Sudan.")
    assert _texts(event["actor_spans"]) == ["USAID"]


def test_light_verb_event_noun_state_is_no_recipient() -> None:
    # "declared a state of siege in Kasai": the place, not "state" (a people noun elsewhere)
    event = _one("The army declared a state of siege in Kasai.", "COERCE")
    assert _texts(event["recipient_spans"]) == ["Kasai"]


def test_protesting_participle_names_the_party_protested() -> None:
    # "started a hunger strike, protesting the state's policy": the state (not dropped as the light verb's "state")
    event = _one("A nurse has started a hunger strike, protesting the state's pension law.", "PROTEST")
    assert _texts(event["recipient_spans"]) == ["state"]


def test_thing_attacked_in_a_state_targets_the_state() -> None:
    # the thing attacked stands for the state it is in: "what did the attackers do to Moldova" finds the strike
    event = _with_recipient("Rebel drones hit power stations in two regions of Moldova on Sunday.")
    assert _texts(event["recipient_spans"]) == ["Moldova"]


def test_his_supporters_are_not_him() -> None:
    # "urged his supporters to protest": the supporters are asked, not the leader who asks them
    events = [e for e in _events("Opposition leader Igor Dodon called the result rigged and urged his supporters "
                                 "to protest outside parliament on Monday.") if e["type"] == "REQUEST"]
    assert events and _texts(events[0]["recipient_spans"]) == ["his supporters"]
    assert not set(events[0]["recipient"]) & set(events[0]["actor"])


def test_an_argument_does_not_end_on_its_preposition() -> None:
    events = [e for e in _events("Israel's military said it had targeted Hamas fighters and accused the group of "
                                 "hiding among civilians.") if e["type"] == "ACCUSE"]
    assert events and _texts(events[0]["recipient_spans"]) == ["group"]


def test_what_is_fired_is_no_target() -> None:
    # tear gas and water cannon are what the police fired, the crowds what they fired at
    events = [e for e in _events("Officers fired tear gas and water cannon at crowds marching towards parliament.")
              if e["type"] == "ASSAULT"]
    assert events and _texts(events[0]["recipient_spans"]) == ["crowds"]


def test_the_sea_and_the_weapon_are_no_recipients() -> None:
    # a missile fired into the sea has no target; the missile is not one either
    events = _events("North Korea fired a ballistic missile into the sea off its east coast on Thursday.")
    assert events and all(not {"sea", "ballistic missile"} & set(_texts(e["recipient_spans"])) for e in events)


def test_an_act_or_an_idea_is_no_recipient() -> None:
    # what is rejected, denied or condemned here is an act, not a party: no recipient rather than a wrong one
    for text, noun in (("Beijing rejected the protest on Wednesday.", "protest"),
                       ("The president denied the accusation.", "accusation"),
                       ("The United Nations condemned the attack and called for restraint.", "attack"),
                       ("Cuba and Norway expressed regret at the suspension.", "suspension")):
        events = _events(text)
        assert all(noun not in _texts(e["recipient_spans"]) for e in events), (text, events)


def test_an_act_naming_its_party_still_leads_to_it() -> None:
    # the party named inside the act's phrase is still found
    events = [e for e in _events("China has denounced a Hong Kong court ruling on the mask ban.")
              if e["type"] == "ACCUSE"]
    assert events and events[0]["recipient_spans"]


def test_an_accusation_after_a_thing_said_is_the_speakers() -> None:
    events = [e for e in _events("A spokeswoman for the foreign ministry, Ana Ruiz, said the islands were Spanish "
                                 "territory and accused Rabat of provoking tension.") if e["type"] == "ACCUSE"]
    assert events and events[0]["actor_spans"] and "islands" not in _texts(events[0]["actor_spans"])
    assert "Rabat" in _texts(events[0]["recipient_spans"])


def test_his_counterpart_is_not_him() -> None:
    event = _one("Japan's defence minister met his Philippine counterpart in Manila on Friday.", "CONSULT")
    assert "his" not in _texts(event["recipient_spans"])


def test_firing_someone_from_a_post_is_no_attack() -> None:
    assert not [e for e in _events("The interior minister said the government had fired the officials responsible.")
                if e["type"] == "ASSAULT"]
    # firing at or on someone is
    assert [e for e in _events("Soldiers fired on the crowd outside the palace.") if e["type"] == "ASSAULT"]


def test_a_person_fired_or_a_plan_met_with_laughter_is_no_event() -> None:
    assert not [e for e in _events("The spokesman was later fired.") if e["type"] == "ASSAULT"]
    assert not [e for e in _events("His plan was met with hoots of laughter in parliament.") if e["type"] == "CONSULT"]
    # being met by someone is a meeting
    assert [e for e in _events("The minister was met by the president at the airport.") if e["type"] == "CONSULT"]


def test_a_vote_won_is_no_attack() -> None:
    assert not [e for e in _events("Andy Beshear narrowly defeated Governor Matt Bevin in Kentucky's election.")
                if e["type"] == "ASSAULT"]
    # an incumbent beaten is an incumbent voted out
    assert not [e for e in _events("Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won easily.")
                if e["type"] == "ASSAULT"]
    assert [e for e in _events("Ukrainian forces defeated Russian troops near Kharkiv.") if e["type"] == "ASSAULT"]


def test_what_the_accused_did_is_not_part_of_them() -> None:
    event = _one("The prime minister accused foreign governments of meddling.", "ACCUSE")
    assert _texts(event["recipient_spans"]) == ["foreign governments"]


def test_the_party_of_an_act_referred_back_to_is_the_recipient() -> None:
    # "the accusation" is the opposition's: rejecting it is aimed at them
    events = _events("The opposition accused the president of corruption on Monday. The president denied the "
                     "accusation.")
    denial = [e for e in events if e["type"] == "REJECT"]
    accusation = [e for e in events if e["type"] == "ACCUSE"]
    assert accusation and accusation[0]["confidence"] >= 0.5
    assert denial and _texts(denial[0]["recipient_spans"]) == _texts(accusation[0]["actor_spans"]) == ["opposition"]


def test_what_a_law_says_is_no_act_of_a_party() -> None:
    assert _events("The 14th Amendment bans former officers from running for office.") == []
    assert _events("The Clean Water Act provided a tax credit for new filters.") == []
    assert [e["type"] for e in _events("Parliament banned protests near its building.")] == ["COERCE"]


def test_advice_or_information_given_is_no_aid() -> None:
    assert not [e for e in _events("The panel of researchers provide policy recommendations to lawmakers.")
                if e["type"] == "AID"]
    assert [e["type"] for e in _events("The United States provided weapons to Ukraine.")] == ["AID"]


def test_a_call_or_meeting_with_reporters_is_no_consultation() -> None:
    assert not [e for e in _events("The adviser spoke during a call with reporters on Friday.")
                if e["type"] == "CONSULT"]
    assert not [e for e in _events("The minister met with journalists in Kyiv.") if e["type"] == "CONSULT"]
    assert [e["type"] for e in _events("The minister met with Zelensky in Kyiv.")] == ["CONSULT"]


def test_a_phone_call_held_with_a_leader_is_a_consultation() -> None:
    # "hold" is also CAMEO's detain: a call held is a talk
    event = _one("Putin held a phone call with Xi on Friday.", "CONSULT")
    assert "Putin" in " ".join(_texts(event["actor_spans"]))


def test_a_question_of_whether_a_party_will_act_is_no_event() -> None:
    assert _events("Whether Trump will agree to remove the tariffs depends on the talks.") == []
    assert not [e for e in _events("Reporters asked whether China would impose sanctions on Japan.")
                if e["type"] == "SANCTION"]


def test_the_noun_of_a_passive_relative_clause_is_not_its_actor() -> None:
    # a CBS page read in review: "a girl who was ripped from her mother's arms and kidnapped" gave ASSAULT by the girl
    events = [e for e in _events("Police found a girl who was ripped from her mother's arms and kidnapped in broad "
                                 "daylight.") if e["type"] == "ASSAULT"]
    assert events and all("girl" not in " ".join(_texts(e["actor_spans"])) for e in events)


def test_it_as_the_doer_of_an_act_is_the_named_body_before_it() -> None:
    # "It asked civilians to leave": the army of the sentence before, not a dummy "it"
    actors, _ = _named("The Israeli army dropped leaflets over the north of the strip on Friday. "
                       "It asked the residents of Gaza City to leave their homes.", "asked")
    assert actors == ["Israeli military"]
    events = _events("The army shelled the town. It is clear that the fighting will go on.")
    assert all(_texts(e["actor_spans"]) != ["It"] or e["actor"] == [] for e in events)


def test_it_never_refers_back_to_a_person() -> None:
    actors, _ = _named("Senator Blake Holloway spoke on Monday. It demanded that Russia withdraw its troops.",
                       "demanded")
    assert not any("Holloway" in a for a in actors)


def test_owner_of_a_thing_acted_on_is_the_recipient() -> None:
    # "their helicopter was shot down": those whose helicopter it was
    _, recipients = _named("The Americans wanted to raid a rebel base in the valley, but their helicopter was "
                           "shot down by the rebels.", "shot")
    assert recipients and all("Americans" in r for r in recipients)


def test_first_predicate_of_called_is_its_object() -> None:
    # "called Trump's comments 'unhelpful rhetoric'": the parser made both nouns predicates
    events = _events("Senator Clara Voss called Trump's comments “unhelpful rhetoric.”")
    for event in events:
        assert "unhelpful" not in " ".join(_texts(event["recipient_spans"]))


def test_a_document_acts_for_the_body_that_adopted_it() -> None:
    # "The resolution demands": the Council that approved it, not the state that drafted it
    actors, recipients = _named("The resolution was drafted by the United Arab Emirates. The resolution demands "
                                "that Hamas release all hostages. The Security Council approved the resolution "
                                "on Friday.", "demands")
    assert actors and all("Security Council" in a for a in actors)
    assert any("Hamas" in r for r in recipients)


def test_a_document_acts_for_the_body_named_with_it() -> None:
    # "the U.N. Security Council resolution": the Council's, though no verb says it adopted it
    actors, _ = _named("The resolution was drafted by the United Arab Emirates. The U.N. Security Council resolution "
                       "was changed on the morning of the vote. The resolution demands a large increase in aid for "
                       "Gaza.", "demands")
    assert actors and all("Security Council" in a for a in actors)


def test_a_document_is_never_filed_by_its_own_target() -> None:
    # two lawsuits: the one that accuses the conference is not the conference's own
    actors, _ = _named("The conference filed a lawsuit against the university in March. The lawsuit also accuses "
                       "the conference of breach of contract.", "accuses")
    assert not any("conference" in a.lower() for a in actors)


def test_thing_an_attack_noun_is_aimed_at_is_its_target() -> None:
    events = [e for e in _events("A surge of attacks on merchant vessels in the Red Sea threatens global trade.")
              if e["type"] == "ASSAULT"]
    assert events and any("vessels" in t for e in events for t in _texts(e["recipient_spans"]))


def test_gerund_after_a_possessed_noun_is_done_by_its_possessor() -> None:
    # "the governor's role in pressuring the board": the governor pressures
    actors, _ = _named("The report documents Senator Dana Whitcombe's direct involvement in pressuring election "
                       "officials to undermine certification.", "pressuring")
    assert actors and all("Whitcombe" in a for a in actors)


def test_gerund_under_a_verb_is_done_by_its_subject_but_of_phrases_by_its_object() -> None:
    actors, _ = _named("Carl Benning could face ten years in prison after pleading guilty to threatening the "
                       "congresswoman.", "pleading")
    assert actors and all("Benning" in a for a in actors)
    actors, recipients = _named("The United States accused Russia of attacking Ukrainian ports.", "accused")
    assert any("United States" in a for a in actors) and any("Russia" in r for r in recipients)


def test_about_phrase_names_the_party_complained_about() -> None:
    _, recipients = _named("Former aides of Senator Rhea Calloway complained about the campaign manager Tom "
                           "Ashgrove.", "complained")
    assert recipients and all("Ashgrove" in r for r in recipients)


def test_an_impression_is_no_attack() -> None:
    assert not [e for e in _events("“It strikes me that none of this bothered the senator,” she said.")
                if e["type"] == "ASSAULT"]
    assert [e["type"] for e in _events("Russian missiles struck Kyiv on Monday.")] == ["ASSAULT"]


def test_findings_do_not_act() -> None:
    # "no evidence supports the theory", "the data suggest": no party supports or asks anything
    assert not [e for e in _events("The director told lawmakers that no evidence supports the theory.")
                if e["type"] == "SUPPORT"]
    assert not [e for e in _events("Trade data suggests that Canadians buy more cheese in December.")
                if e["type"] == "REQUEST"]


def test_an_attack_in_words_between_people_is_an_accusation() -> None:
    assert [e["type"] for e in _events("Senator Dana Whitcombe attacked Governor Rick Albers over the budget.")] \
        == ["ACCUSE"]
    # a blow is an assault, and so is an attack on a state
    assert [e["type"] for e in _events("A man attacked Senator Dana Whitcombe at her home, breaking her ribs.")] \
        == ["ASSAULT"]
    assert [e["type"] for e in _events("Hamas attacked Israel on October 7.")] == ["ASSAULT"]


def test_an_animal_is_no_party() -> None:
    assert not [e for e in _events("The militants killed the police canine during the raid.")
                if e["type"] == "ASSAULT"]
    assert [e["type"] for e in _events("Police shot a man who attacked officers.")][:1] == ["ASSAULT"]


def test_a_platform_spoken_through_is_no_recipient() -> None:
    _, recipients = _named("President Herzog thanked Ivanka Trump and Jared Kushner on Instagram for their visit.",
                           "thanked")
    assert recipients and "Instagram" not in recipients
    # an act on the platform itself keeps it
    events = [e for e in _events("Russia imposed restrictions on Telegram on Monday.") if e["type"] == "SANCTION"]
    assert not events or any("Telegram" in t for e in events for t in _texts(e["recipient_spans"]))


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # PLOVER 2.0: a conviction or a sentence is SANCTION convict; an acquittal and a guilty plea concede; a plea of
    # not guilty rejects the charge
    ("A court in Minsk convicted the opposition leader of treason.", "convicted", "SANCTION"),
    ("The former governor was sentenced to nine years in prison.", "sentenced", "SANCTION"),
    ("The jury found the two officers guilty of manslaughter.", "found", "SANCTION"),
    ("The smuggler pleaded guilty to bribing customs officials.", "pleaded", "CONCEDE"),
    ("Both aides pleaded not guilty in federal court.", "pleaded", "REJECT"),
    ("The militia commander confessed to the massacre.", "confessed", "CONCEDE"),
])
def test_court_acts_take_the_manual_s_types(text: str, trigger: str, event_type: str) -> None:
    event = next(e for e in _events(text) if e["trigger"]["text"] == trigger)
    assert event["type"] == event_type, event
    if event_type == "SANCTION":
        assert event["mode"] == "convict"


def test_a_convicted_man_undergoes_it_and_a_penalty_faced_is_no_act() -> None:
    # "if convicted": the subject of the clause above is convicted; "faces ten years" is no event of its own
    events = _events("The mayor faces up to ten years in prison if convicted of fraud.")
    assert [e["type"] for e in events] == ["SANCTION"], events
    assert events[0]["actor_spans"] == [] and _texts(events[0]["recipient_spans"]) == ["mayor"], events
    # "a convicted felon" describes him: no conviction is told
    assert not [e for e in _events("A convicted felon was seen near the embassy.") if e["type"] == "SANCTION"]
    # "found a way", "pleaded for calm": no verdict
    assert not [e for e in _events("The minister pleaded for calm after the riots.") if e["type"] == "CONCEDE"]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    # PLOVER 2.0 REQUEST: "all requests, demands, and orders"; the party asked is the recipient
    ("Tehran pressed Baghdad to expel the militia leaders.", "pressed", "Baghdad"),
    ("Berlin asked that Serbia respect the ruling.", "asked", "Serbia"),
    ("The army ordered residents of Rafah to leave their homes.", "ordered", None),
    ("The senators urged the Pentagon to release the footage.", "urged", "Pentagon"),
    ("The European Union called for talks between Kosovo and Serbia.", "called", None),
])
def test_asking_urging_and_ordering_are_requests(text: str, trigger: str, recipient: str | None) -> None:
    event = next(e for e in _events(text) if e["trigger"]["text"] == trigger)
    assert event["type"] == "REQUEST", event
    if recipient is not None:
        assert recipient in " ".join(_texts(event["recipient_spans"])), event


@pytest.mark.parametrize("text", [
    "She asked whether Iran would comply with the ruling.",
    "Asked about the strike, the minister declined to comment.",
    "Parliament called the vote a farce.",
])
def test_a_question_or_a_naming_is_no_request(text: str) -> None:
    assert not [e for e in _events(text) if e["type"] == "REQUEST"], _events(text)


def test_the_speaker_s_own_people_asked_make_no_request() -> None:
    assert not [e for e in _events("The nurses urged us to stay calm.") if e["type"] == "REQUEST"]
    # but a thing asked for is a demand: "urged restraint"
    assert [e["type"] for e in _events("Washington urged restraint on both sides.")] == ["REQUEST"]


@pytest.mark.parametrize(("text", "mode"), [
    ("The state of Texas sued the federal government over the border buoys.", "allege"),
    ("Federal prosecutors are investigating the senator's campaign finances.", "investigate"),
])
def test_lawsuits_and_inquiries_are_accusations(text: str, mode: str) -> None:
    event = next(e for e in _events(text) if e["type"] == "ACCUSE")
    assert event["mode"] == mode


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # the PLOVER 2.0 manual's plain calls: regret and pardons concede, a cancelled meeting and a party barred from
    # entering are rejections, aid cut is a sanction, an invitation to visit is an agreement
    ("The minister expressed regret over the deaths.", "expressed", "CONCEDE"),
    ("The president pardoned the former governor.", "pardoned", "CONCEDE"),
    ("Beijing called off the visit of the German minister.", "called", "REJECT"),
    ("Hungary barred the NGO from entering the country.", "barred", "REJECT"),
    ("Germany cut its funding for the UN agency.", "cut", "SANCTION"),
    ("Putin invited Modi to visit Moscow.", "invited", "AGREE"),
])
def test_the_manual_s_plain_calls(text: str, trigger: str, event_type: str) -> None:
    events = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))["events"]
    assert any(e["trigger"]["text"] == trigger and e["type"] == event_type for e in events), events


def test_a_strike_called_off_still_concedes() -> None:
    events = next(analyse([NlpInput(id="s", text="The union called off the strike.")], layers=("actors", "events"),
                          config=RULES))
    assert [e["type"] for e in events["events"]] != ["REJECT"]


def test_releasing_information_is_no_release() -> None:
    # RETREAT release is people or property set free; footage, figures and reports are information
    assert not _events("Federal prosecutors in Texas released the body camera footage on Monday.")
    assert not _events("A video showing the arrest was released on Monday.")
    assert [e["type"] for e in _events("Hamas released two American hostages.")] == ["RETREAT"]


def test_the_act_judged_is_an_event_of_its_own_and_an_alleged_one_is_reported() -> None:
    # "accused Russia of attacking a hospital": the accusation, and the attack as alleged (reported, not asserted)
    record = next(analyse([NlpInput(id="s", text="Ukraine accused Russia of attacking a hospital in Kharkiv.")],
                          layers=("actors", "events"), config=RULES))
    by_type = {e["type"]: e for e in record["events"]}
    assert set(by_type) == {"ACCUSE", "ASSAULT"}, record["events"]
    assert by_type["ASSAULT"]["reported"] and not by_type["ACCUSE"]["reported"]
    assert _texts(by_type["ASSAULT"]["actor_spans"]) == ["Russia"]


def test_a_request_s_recipient_is_the_party_asked_and_a_description_is_no_act() -> None:
    event = _one("Kyiv had urged Ulaanbaatar to hand the Russian president over to The Hague.", "REQUEST")
    assert _texts(event["recipient_spans"]) == ["Ulaanbaatar"]
    # "an indicted suspect", "a convicted felon": who they are, no indictment or conviction told
    assert not _events("Ukraine's foreign ministry said Mongolia had let an indicted suspect escape justice.")


@pytest.mark.parametrize("text", ["Commission President Ursula von der Leyen struck a similar tone.",
                                  "The talks hit another snag last week.",
                                  "Bitcoin hit a record high on Monday."])
def test_a_strike_or_a_hit_in_an_idiom_is_no_attack(text: str) -> None:
    assert not [e for e in _events(text) if e["type"] == "ASSAULT"], _events(text)


def test_the_event_noun_after_a_quantity_names_its_target() -> None:
    event = _one("Russia launched one of its largest attacks on Ukraine's energy system on Friday.", "ASSAULT")
    assert _texts(event["actor_spans"]) == ["Russia"] and "Ukraine" in " ".join(_texts(event["recipient_spans"]))


def test_the_two_men_and_both_sides_are_the_two_named_before() -> None:
    record = _record("Viktor Orbán travelled to Florida on Thursday to meet Donald Trump. The two men also met at "
                     "Mar-a-Lago in March.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "met")
    assert _texts(event["actor_spans"]) == ["Viktor Orbán", "Donald Trump"]
    record = _record("China and the United States resumed military talks. Both sides agreed to keep channels open.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "agreed")
    assert _texts(event["actor_spans"]) == ["China", "United States"]
    # "the two sides of the border" names no two parties
    assert _pair_heads("Troops massed on the two sides of the border.") == []


def _pair_heads(text: str) -> list[Any]:
    from politika.nlp.events import _pair_antecedents
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(None, ("actors",))(text)
    mentions = doc._.politika_mentions if doc.has_extension("politika_mentions") else []
    return [m for t in doc for m in _pair_antecedents(doc, t, mentions)]


def test_a_journey_s_recipient_is_the_one_met_not_the_place() -> None:
    event = next(e for e in _events("Viktor Orbán travelled to Florida on Thursday to meet Donald Trump at his "
                                    "estate.") if e["type"] == "CONSULT")
    assert _texts(event["recipient_spans"]) == ["Donald Trump"]
    event = next(e for e in _events("Viktor Orbán arrived in Beijing on Monday for talks with Chinese leader Xi "
                                    "Jinping.") if e["type"] == "CONSULT")
    assert "Xi Jinping" in " ".join(_texts(event["recipient_spans"]))
    # a journey made to meet someone is a visit, whatever the classifier made of the verb
    event = _one("Blinken flew to Cairo to meet Egyptian President Abdel Fattah el-Sisi.", "CONSULT")
    assert event["mode"] == "visit" and "Sisi" in " ".join(_texts(event["recipient_spans"]))


def test_a_time_clause_names_no_recipient_and_an_overshadowed_visit_is_no_attack() -> None:
    events = _events("On Monday morning, a few hours before Narendra Modi's plane landed in Moscow, a Russian missile "
                     "tore into the Okhmatdyt children's hospital in Kyiv.")
    assert all("Modi" not in " ".join(_texts(e["recipient_spans"])) for e in events), events
    assert not [e for e in _events("The visit was overshadowed by the deadliest Russian bombardment of Kyiv in "
                                   "months.") if e["trigger"]["text"] == "overshadowed"]


def test_an_act_told_again_by_a_definite_noun_keeps_its_parties() -> None:
    record = _record("Russia launched one of its largest attacks on Ukraine's energy system on Friday. President "
                     "Volodymyr Zelensky said the attack showed once again why Ukraine needed more air defence.")
    actors = {a["id"]: a["name"] for a in record["actors"]}
    again = next(e for e in record["events"] if e["trigger"]["text"] == "attack")
    assert [actors[i] for i in again["actor"]] == ["Russia"]
    assert _texts(again["actor_spans"]) == ["attack"]  # read from the noun


def test_a_strike_on_a_named_hospital_in_a_city_hits_the_city_on_the_day_told() -> None:
    # "Okhmatdyt" (tagged a place) names the hospital; the city it is in is the target; "Monday morning" dates it;
    # "the children's hospital" is no hospital of the children; Moscow, in the time clause, is not where it happened
    record = next(analyse([NlpInput(id="s", text="On Monday morning, a few hours before Narendra Modi's plane landed "
                                    "in Moscow, a Russian missile tore into the Okhmatdyt children's hospital in Kyiv.",
                                    date="2024-07-09")], layers=("actors", "events"), config=RULES))
    event = next(e for e in record["events"] if e["type"] == "ASSAULT")
    assert _texts(event["recipient_spans"]) == ["Kyiv"] and event["date"] == "2024-07-08"
    assert event["location"] != "Moscow"


def _at(text: str, trigger: str) -> list[str]:
    """The types of the events (any confidence) whose trigger is ``trigger``."""
    return [e["type"] for e in _events(text) if e["trigger"]["text"] == trigger]


def test_harm_in_an_accident_is_no_attack() -> None:
    assert _at("Four soldiers were killed in a helicopter crash near the border, the army said.", "killed") == []
    assert _at("Two aid workers died in a car accident outside the city on Sunday.", "died") == []
    assert _at("An airstrike killed four soldiers near the border.", "killed") == ["ASSAULT"]


def test_a_question_asked_is_no_request() -> None:
    assert _at("The senator asked the minister if the report was accurate.", "asked") == []
    assert _at("Reporters asked whether the government would resign.", "asked") == []
    assert _at("The senator asked the minister to resign.", "asked") == ["REQUEST"]


def test_the_market_s_demand_is_no_request() -> None:
    assert _at("Exporters expect strong demand for wheat this winter.", "demand") == []
    assert _at("Prices rose as consumer demand outpaced supply.", "demand") == []


def test_a_body_s_own_meeting_is_no_consultation() -> None:
    assert _at("The prime minister spoke about the budget at a cabinet meeting on Tuesday.", "meeting") == []
    assert "CONSULT" in [e["type"] for e in _events("The prime minister held a meeting with the Polish president "
                                                    "in Warsaw.")]


def test_an_invitation_to_submit_is_no_agreement() -> None:
    assert _at("The city will invite engineers to submit designs for the new bridge.", "invite") == []


def test_a_call_on_a_party_names_the_party_not_what_it_is_asked_to_reach() -> None:
    event = _one("The UN called on Israel to let aid into Gaza.", "REQUEST")
    assert _texts(event["recipient_spans"]) == ["Israel"]


def test_a_belief_held_is_no_act() -> None:
    assert _at("The minister said he doubted the rebels would keep the truce.", "doubted") == []


def test_forecasts_and_market_moods_are_no_acts() -> None:
    # before: REQUEST 0.79 (forecasts "called for" weather), SUPPORT 0.53 with the speaker as actor, REQUEST 0.62
    assert _at("The fall has been dry and forecasts called for low humidity and strong winds.", "called") == []
    assert _at("This is also supporting the sentiment, Oza said.", "supporting") == []
    assert _at("There is little capacity to support consumption or investment demand.", "demand") == []
    assert _at("The protesters called for new elections.", "called") == ["REQUEST"]
    assert _at("China supported Russia at the UN.", "supported") == ["SUPPORT"]


def test_attacks_paid_for_are_words_and_a_state_carried_by_votes_is_no_conquest() -> None:
    # before: ASSAULT 0.75 and 0.61 (campaign spending on attack ads), ASSAULT 0.55 (a state won in an election)
    assert _at("Clinton was the target of $768,000 in direct mail attacks by conservative groups.", "attacks") == [
        "ACCUSE"]
    assert _at("Trump was targeted by $4.4 million in attacks from liberal outside groups.", "targeted") in (
        [], ["ACCUSE"])
    assert _at("Obama ultimately captured Florida by about 74,000 votes.", "captured") == []
    assert _at("Sanders took 60 percent of the vote in Vermont.", "took") == []
    assert _at("Russian forces captured the town of Avdiivka.", "captured") == ["ASSAULT"]
    # (a "by" phrase that is no margin: "near by the Elections Oversight Body", a PLV fold 1-4 sentence)
    assert _at("Police took a position near by the Elections Oversight Body to disperse the mob.", "took") != []


def test_a_plan_unveiled_is_no_act() -> None:
    # before: SUPPORT 0.60
    assert _at("Clinton unveiled a $275 billion infrastructure proposal to fix highways.", "unveiled") == []


def test_a_headline_s_participle_is_undergone_by_its_subject() -> None:
    # before: ACCUSE by Hillary Clinton (the parse reads "Accused" as an active past)
    record = _record("Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "Accused")
    assert (event["actor"], [names[i] for i in event["recipient"]]) == ([], ["Hillary Clinton"])
    record = _record("Trump Criticized Over Remarks On Veterans")
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "Criticized")
    assert (event["actor"], [names[i] for i in event["recipient"]]) == ([], ["Donald Trump"])
    # a sentence that is no headline keeps its reading
    record = _record("The senator criticized Trump over his remarks.")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "criticized")
    assert event["actor"] and event["recipient"]


def test_agreeing_with_a_view_is_support_and_a_refused_act_is_not_done() -> None:
    # before: AGREE 0.57 / 0.68 (no agreement reached), SUPPORT 0.55 at "endorse" (the endorsement refused)
    assert _at("Judge Komitee agreed with many of those contentions.", "agreed") == ["SUPPORT"]
    assert _at("Mike Huckabee agreed with Trump.", "agreed") == ["SUPPORT"]
    assert _at("Russia agreed with Saudi Arabia to cut oil output.", "agreed") == ["AGREE"]
    assert "SUPPORT" not in _at("I wrote about the decisions I agreed with.", "agreed")
    assert _at("Trump's refusal to endorse Ryan was widely viewed as payback.", "endorse") == []


def test_no_apology_made_is_no_concession() -> None:
    assert "CONCEDE" not in _at("We make no apology for having an instant rebuttal, Raab told the BBC.", "make")


def test_a_poll_lead_a_thing_offered_a_plea_and_a_crisis_are_no_acts() -> None:
    # before: ASSAULT 0.51, AID 0.66, AGREE 0.63, ASSAULT 0.64 (the pleading wife as shooter), COERCE 0.52
    assert _at("Trump is blowing the pack away in Florida with an incredible +32 point lead.", "blowing") == []
    assert _at("Ryan's statement also provides an awkward break between the House speaker and the RNC.",
               "provides") == []
    assert _at("The endeavors could offer a retort to both Democrats and Republicans.", "offer") == []
    assert _at('"Don\'t shoot him," she says.', "shoot") == []
    assert _at("The migration crisis forced a recognition that Europe's borders were weakly defended.", "forced") == []
    assert _at("Russia forced Ukraine to withdraw from the town.", "forced") == ["COERCE"]
    # credit given is praise (before: AID 0.50)
    assert _at("The Wisconsin Republican did give Trump some credit during the interview.", "give") == ["SUPPORT"]


def test_being_is_no_act() -> None:
    # before: ASSAULT at "were" (0.63 in a report of the Benghazi attack)
    assert _at("On Sept. 11, 2012, there were in fact three permanent security agents on site, and two that had "
               "traveled with Ambassador Chris Stevens.", "were") == []


def test_who_condemns_an_attack_or_where_it_was_is_not_its_doer() -> None:
    # before: ASSAULT by Barack Obama (the subject of "condemning"), ASSAULT by France (the attack's place)
    assert _actors_at("In Washington, President Obama released a statement condemning what appears to be a horrific "
                      "terrorist attack in Nice, France.", "attack") == [[]]
    assert _actors_at("Truck attack in France kills at least 80.", "kills") == [[]]
    # the light verb's subject, and one that lobs or carries out the attacks, still makes them
    assert _actors_at("Russia carried out an attack on Kyiv.", "carried") == [["Russia"]]
    assert _actors_at("Donald Trump has been invoking him in lobbing attacks on her.", "attacks") == [
        ["Donald Trump"]]


def test_a_city_naming_where_an_attack_was_is_not_its_doer() -> None:
    # before: ASSAULT by "Government of Ukraine" (the capital read as its government), by Benghazi
    assert _actors_at("The Kyiv attack killed nine people.", "killed") == [[]]
    assert _actors_at("The Russian attack killed nine people.", "killed") == [["Russian military"]]


def test_a_source_asking_not_to_be_named_is_no_request() -> None:
    assert _at("The plan failed, said a Moscow analyst who asked not to be named.", "asked") == []
    assert _at("The diplomat requested anonymity to discuss the talks.", "requested") == []
    assert _at("The president asked parliament to approve the budget.", "asked") == ["REQUEST"]


def test_a_spokesperson_s_no_comment_is_no_rejection() -> None:
    assert _at("A Justice Department spokeswoman declined to comment on the senator's request.", "declined") == []
    assert _at("A spokesman for the firm declined to address the FBI's report.", "declined") == []
    assert _at("Iran refused to accept the inspectors.", "refused") == ["REJECT"]


def test_an_attack_s_mode_is_its_weapons_not_an_unsaid_bombing() -> None:
    # the CAMEO lexicon's code 183 (suicide and other non-military bombing) holds "fire ... at"
    event = _one("The army fired more than 200 missiles and drones at the port on Monday.", "ASSAULT")
    assert event["mode"] == "drone"
    assert _one("A suicide bomber blew himself up at the checkpoint.", "ASSAULT")["mode"] == "suicide-attack"


def test_an_act_said_of_every_member_of_a_class_is_hypothetical() -> None:
    record = _record("Zelensky said that every Russian commander who orders strikes on Ukraine's power plants should "
                     "face justice.")
    strikes = next(e for e in record["events"] if e["trigger"]["text"] == "strikes")
    assert strikes["hypothetical"]
    record = _record("The commander who ordered the strikes on Kharkiv was arrested.")
    assert not next(e for e in record["events"] if e["trigger"]["text"] == "strikes")["hypothetical"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("The United States imposed sanctions on three Russian banks.", "SANCTION"),
    ("Doctors went on strike over pay.", "PROTEST"),
    ("A second member of the gang was found guilty in the same trial.", "SANCTION"),
])
def test_the_manual_s_plain_call_told_as_done_is_shown(text: str, event_type: str) -> None:
    # the trigger model, trained on few of each, gave these 0.16-0.42: under the views' default, hidden
    shown = [e for e in _events(text) if e["type"] == event_type and e["confidence"] >= 0.5]
    assert shown, _events(text)


def test_an_ambassador_expelled_and_drills_held() -> None:
    event = _one("Pakistan expelled the Afghan ambassador.", "SANCTION")
    assert event["mode"] == "expel" and event["confidence"] >= 0.5
    event = next(e for e in _events("Chinese warships held drills near Taiwan.") if e["trigger"]["text"] == "held")
    assert (event["type"], event["mode"]) == ("MOBILIZE", "weapons")  # ships, not troops (PLOVER 2.0 MOBILIZE)
    # agreeing to hold exercises is the agreement
    assert "MOBILIZE" not in [e["type"] for e in _events("Jordan and Britain agreed to undertake joint military "
                                                         "exercises next month.")]


def test_people_rallying_and_a_protest_called_off() -> None:
    event = _one("Several thousand nurses rallied outside the parliament on Tuesday.", "PROTEST")
    assert event["mode"] == "demo"
    assert not [e for e in _events("Stocks rallied on Tuesday.") if e["confidence"] >= 0.5]
    assert "PROTEST" in [e["type"] for e in _events("More than 100 students organized a walkout last Friday.")]
    # PLOVER 2.0 CONCEDE: "suspending protests"; an army's blockade lifted stays a RETREAT
    assert "CONCEDE" in [e["type"] for e in _events("The teachers' union called off its strike on Monday.")]


def test_weapons_given_to_a_party_sent_against_a_place_and_tear_gas_fired() -> None:
    event = _one("Germany sent two Patriot batteries to Ukraine last year.", "AID")
    assert [a["text"] for a in event["recipient_spans"]] == ["Ukraine"]
    assert "AID" not in [e["type"] for e in _events("The army sent drones over the capital overnight.")]
    event = _one("Police fired tear gas at protesters outside parliament.", "ASSAULT")
    assert event["mode"] == "crowd-control" and event["confidence"] >= 0.5


@pytest.mark.parametrize("text", [
    "The storm hit the coast on Monday, killing four people.",
    "The virus killed more than 2,000 people last year.",
    "The team attacked from the start and won 3-0.",
    "The senator's heart attack kept him from the vote.",
])
def test_nature_disease_a_game_and_the_body_do_no_assault(text: str) -> None:
    assert "ASSAULT" not in [e["type"] for e in _events(text) if e["confidence"] >= 0.5]


def test_fire_from_a_party_stays_an_attack() -> None:
    assert "ASSAULT" in [e["type"] for e in _events("Israeli fire killed three Palestinians near the fence.")]


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("The army withdrew from the town after heavy fighting.", "RETREAT", "withdraw"),
    ("Russia and Ukraine exchanged 200 prisoners of war.", "RETREAT", "release"),
    ("Serbia recalled its ambassador from Montenegro.", "SANCTION", "withdraw"),
    ("The party expelled the lawmaker over his remarks.", "SANCTION", "expel"),
    ("Protesters clashed with police in central Tbilisi.", "PROTEST", "riot"),
    ("Macron hosted Zelensky at the Elysee Palace on Friday.", "CONSULT", "visit"),
    ("Putin congratulated Erdogan on his re-election.", "SUPPORT", None),
    ("Police raided the offices of the opposition newspaper.", "COERCE", "seize"),
])
def test_more_of_the_manual_s_plain_calls(text: str, event_type: str, mode: str | None) -> None:
    shown = [(e["type"], e["mode"]) for e in _events(text) if e["confidence"] >= 0.5]
    assert (event_type, mode) in shown, _events(text)


@pytest.mark.parametrize("text", [
    "Investors withdrew money from the fund.",
    "The company recalled 10,000 cars over a brake fault.",
    "The school expelled the student for cheating.",
    "Traders exchanged shares worth 2 billion dollars.",
    "The rebels withdrew from the peace talks.",
])
def test_the_plain_calls_need_the_parties_the_manual_names(text: str) -> None:
    assert not [e for e in _events(text) if e["type"] in ("RETREAT", "SANCTION") and e["confidence"] >= 0.5]


def test_a_party_killing_and_kidnapping_people_is_an_assault_each() -> None:
    text = "Israel declared war after the militants crossed the border and killed 1,200 people and kidnapped 240 " \
        "others."
    shown = {e["trigger"]["text"] for e in _events(text) if e["type"] == "ASSAULT" and e["confidence"] >= 0.5}
    assert {"killed", "kidnapped"} <= shown
    event = _one("Three aid workers were kidnapped by gunmen in northern Mali.", "ASSAULT")
    assert event["confidence"] >= 0.5 and _texts(event["recipient_spans"]) == ["Three aid workers"]


def test_a_killing_asked_about_is_no_assault_of_its_own() -> None:
    text = "The parliament demanded an admission by Moscow that its security forces murdered the captive officers."
    assert not [e for e in _events(text) if e["type"] == "ASSAULT" and e["trigger"]["text"] == "murdered"
                and e["confidence"] >= 0.5]


@pytest.mark.parametrize("text", [
    "Prosecutors brought charges against the mayor of Chicago.",
    "The opposition leveled accusations of fraud against the ruling party.",
])
def test_charges_brought_are_an_accusation(text: str) -> None:
    assert [e for e in _events(text) if e["type"] == "ACCUSE" and e["confidence"] >= 0.5]


def test_charges_dropped_are_no_accusation() -> None:
    assert not [e for e in _events("The court dropped all charges against the activists.") if e["type"] == "ACCUSE"]


def test_the_one_arrested_when_the_police_say_it_is_the_recipient() -> None:
    event = _one("A man suspected of stealing a painting was arrested on Saturday, London police said.", "COERCE")
    assert _texts(event["recipient_spans"]) == ["man"]


def test_the_party_met_with_is_the_recipient_and_those_who_met_are_actors() -> None:
    event = _one("British Foreign Secretary David Cameron met with Emmanuel Macron in Paris.", "CONSULT")
    # the actor's words are its whole phrase, which names Britain only to describe him
    assert _texts(event["actor_spans"]) == ["British Foreign Secretary David Cameron"]
    assert _actors_at("British Foreign Secretary David Cameron met with Emmanuel Macron in Paris.", "met") == [
        ["David Cameron"]]
    assert _texts(event["recipient_spans"]) == ["Emmanuel Macron"]
    both = _one("Joe Biden and Xi Jinping met on Wednesday.", "CONSULT")
    assert not both["recipient_spans"] and len(both["actor_spans"]) == 2
    # a talk named by a noun likewise: the one whose call it is calls, the one it is with is called
    record = next(analyse([NlpInput(id="s", text="Morrison was the third witness testifying Tuesday who listened in "
                                                    "on President Trump's July 25 call with Ukrainian President "
                                                    "Volodymyr Zelensky.")]))
    call = next(e for e in record["events"] if e["trigger"]["text"] == "call")
    assert _texts(call["actor_spans"]) == ["Trump"] and _texts(call["recipient_spans"]) == [
        "Ukrainian President Volodymyr Zelensky"]


def test_unnamed_bodies_and_ships_acted_on_are_group_recipients() -> None:
    record = next(analyse([NlpInput(id="s", text="The senator sued oil companies and government agencies over the "
                                                    "spill. The Houthis fired missiles at commercial ships.")],
                          layers=("actors", "events"), config=RULES))
    names = {a["id"]: a["name"] for a in record["actors"]}
    recipients = {e["trigger"]["text"]: [names[r] for r in e["recipient"]] for e in record["events"]}
    assert recipients["sued"] == ["oil companies", "government agencies"]
    assert recipients["fired"] == ["commercial ships"]


def test_an_act_whose_subject_is_no_one_is_negated() -> None:
    record = next(analyse([NlpInput(id="s", text="No school has ever challenged the conference in court.")],
                          layers=("actors", "events"), config=RULES))
    assert record["events"] and all(e["negated"] for e in record["events"])


def test_the_couple_are_the_two_people_named_together() -> None:
    text = ("Ivanka Trump and her husband Jared Kushner arrived in Israel on Thursday. The couple met with President "
            "Isaac Herzog in Jerusalem.")
    met = [e for e in _events(text) if e["trigger"]["text"] == "met"]
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"), config=RULES))
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert met and sorted(names[i] for i in met[0]["actor"]) == ["Ivanka Trump", "Jared Kushner"]


def test_a_counted_group_is_a_group_actor() -> None:
    record = next(analyse([NlpInput(id="s", text="Hundreds of demonstrators blocked roads in the capital.")],
                          layers=("actors", "events"), config=RULES))
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [names[i] for e in record["events"] for i in e["actor"]] == ["demonstrators"]


@pytest.mark.parametrize("text", [
    "President Volodymyr Zelensky called the summit a first step.",
    "The energy minister called it the heaviest attack on the grid this year.",
])
def test_calling_something_a_name_is_no_call_nor_appeal(text: str) -> None:
    assert not [e for e in _events(text) if e["type"] in ("CONSULT", "REQUEST")]


def test_the_two_sides_are_states_not_an_award() -> None:
    text = ("Narendra Modi met Vladimir Putin in Moscow. Putin presented his guest with the Order of St Andrew the "
            "Apostle. Indian officials said the two sides agreed to raise bilateral trade.")
    agreed = _actors_at(text, "agreed")
    assert agreed and not any("Apostle" in name for name in agreed[0])


def test_a_call_for_something_to_be_done_is_a_request_and_praise_is_support() -> None:
    assert _one("Jasmine Ali, deputy leader of the borough council, called for the mural to be returned.",
                "REQUEST")["confidence"] >= 0.5
    assert _one("Senator Jeff Merkley applauded the administration for its decision.", "SUPPORT")["confidence"] >= 0.5


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez and her allies launched a fresh round of attacks designed to portray the mayor as corrupt.",
    "Lopez's attacks on the governor's record were repeated by her campaign across the state.",
    "The witness calmly deflected Republican attacks during the hearing.",  # a party's attacks
])
def test_attacks_between_politicians_are_words(text: str) -> None:
    types = [e["type"] for e in _events(text)]
    assert "ASSAULT" not in types and "ACCUSE" in types, types


def test_an_attack_that_kills_stays_an_attack() -> None:
    assert "ASSAULT" in [e["type"] for e in _events("Attacks on the capital killed twelve civilians on Monday.")]


@pytest.mark.parametrize("text", [
    "The governor shot back in a statement, saying the audit was a partisan stunt.",  # a retort, no shooting
    "Lopez beat him 54% to 41% in Ohio.",  # a vote won
    "The minister's reform plan has met with resistance in parliament.",  # a reception, no meeting
    "Lopez claimed victory on Tuesday night.",  # a result claimed, no charge
    "The president celebrated his 60th birthday on Sunday.",  # an occasion
    "The senator called the report a damning indictment of the system.",  # a judgement, no charge
    "In this century, voters have rejected incumbent parties by narrow margins.",  # a vote
])
def test_words_that_read_as_acts_but_are_none(text: str) -> None:
    assert _events(text) == []


def test_ruling_something_out_is_a_refusal() -> None:
    assert _one("The opposition leader ruled out a coalition with the nationalists.", "REJECT")


@pytest.mark.parametrize(("text", "event_type"), [
    ("Elena Ruiz is the district attorney who charged the former mayor with fraud in 2019.", "ACCUSE"),
    ("The union endorsed Senator Maria Lopez on Monday.", "SUPPORT"),
    ("Lopez, who denounced the governor in a speech, left the hall early.", "ACCUSE"),
    ("Tom Berg, a lobbyist who has donated close to $200,000 to Republicans, spoke first.", "AID"),  # told as done
    ("Senator Maria Lopez raised $2 million from oil executives for her campaign.", "AID"),  # the donors give
    ("In all, hackers compromised nine computers at the ministry last spring.", "COERCE"),  # cyber
    ("Senator Tom Berg on Tuesday requested another Justice Department investigation of the mayor.", "REQUEST"),
])
def test_the_manual_names_charging_endorsing_and_denouncing(text: str, event_type: str) -> None:
    assert event_type in [e["type"] for e in _events(text) if e["confidence"] >= 0.5], _events(text)


def test_the_bureau_is_the_federal_bureau_named_before() -> None:
    text = "The FBI interviewed the senator in July. Now the bureau is investigating the Lopez Foundation."
    assert _actors_at(text, "investigating")[:1] == [["Federal Bureau of Investigation"]]


def test_it_after_a_resolution_is_the_body_that_adopted_it() -> None:
    text = ("The Security Council adopted a resolution on Friday. The draft resolution demands that the hostages be "
            "released. It also calls for more border crossings to be opened, and it endorses the two-state solution.")
    assert _actors_at(text, "endorses")[:1] == [["United Nations Security Council"]]


def test_a_cancelled_or_postponed_meeting_is_no_meeting() -> None:
    for text in ("The two sides could not reschedule a meeting of their leaders that was cancelled in March.",
                 "The postponed summit between the two leaders will now take place in May."):
        assert "CONSULT" not in [e["type"] for e in _events(text)], text


@pytest.mark.parametrize(("text", "trigger", "asked"), [
    ("The minister called for Israel to allow more aid into Gaza.", "called", "Israel"),
    ("Germany pushed for the EU to impose new sanctions on Iran.", "pushed", "European Union"),
])
def test_the_subject_of_a_for_to_clause_is_the_party_asked(text: str, trigger: str, asked: str) -> None:
    assert _actors_at(text, trigger, "recipient") == [[asked]]


def test_whoever_launched_a_round_of_attacks_made_them() -> None:
    text = "Senator Maria Lopez spent Tuesday in Ohio, launching a new round of attacks on the governor."
    assert _actors_at(text, "attacks") == [["Maria Lopez"]]


def test_a_race_too_close_to_call_is_no_request() -> None:
    assert _events("The governor's race was too close to call on Tuesday night.") == []


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Thousands of people protested against the election result.", "protested", "people"),
    ("Hundreds of students rallied outside the ministry.", "rallied", "students"),
    ("The lawmakers led a protest march to the headquarters of the electoral commission.", "led", "lawmakers"),
])
def test_a_crowd_or_a_march_is_a_protest(text: str, trigger: str, actor: str) -> None:
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (event["type"], event["mode"]) == ("PROTEST", "demo") and event["confidence"] >= 0.5
    assert [names[i] for i in event["actor"]] == [actor]


def test_the_month_of_march_is_no_protest() -> None:
    assert not [e for e in _pipeline_events("The party will hold its congress in March.") if e["type"] == "PROTEST"]


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # PLOVER 2.0 RETREAT `resign`
    ("The minister resigned amid a corruption scandal.", "resigned", ("RETREAT", "resign")),  # trigger model: 0.17
    ("Wasserman Schultz stepped down as DNC chair on July 24.", "stepped", ("RETREAT", "resign")),  # none before
    # PLOVER 2.0 PROTEST `obstruct`
    ("Protesters blocked the main highway for hours.", "blocked", ("PROTEST", "obstruct")),
    ("Demonstrators blocked the entrance to parliament.", "blocked", ("PROTEST", "obstruct")),
    # PLOVER 2.0 COERCE `arrest`: "arrest, detain, imprison"
    ("A court in Moscow jailed the journalist for six years.", "jailed", ("COERCE", "arrest")),
    ("The regime imprisoned hundreds of activists.", "imprisoned", ("COERCE", "arrest")),
    ("Police arrested two journalists in Minsk.", "arrested", ("COERCE", "arrest")),  # before: ASSAULT 0.30
    ("Security forces detained the opposition leader.", "detained", ("COERCE", "arrest")),
    # COERCE `censor`, ASSAULT `targeted` (assassinations), ACCUSE `disapprove` ("complain")
    ("The regime censored three newspapers.", "censored", ("COERCE", "censor")),  # before: 0.33
    ("Agents assassinated the general in Tehran.", "assassinated", ("ASSAULT", "targeted")),  # before: 0.13
    ("The mayor complained that the governor had ignored the city.", "complained", ("ACCUSE", "disapprove")),
    # ASSAULT `beat`: armed or violent people beating people
    ("Riot police beat demonstrators with batons.", "beat", ("ASSAULT", "beat")),  # before: THREATEN 0.19
    # SUPPORT: "ratify, sign, or finalize an agreement or treaty"; AGREE: "broad promises of future AID"
    ("The two leaders signed a trade agreement in Beijing.", "signed", ("SUPPORT", None)),  # before: 0.45
    ("Japan pledged $500 million in aid to Ukraine.", "pledged", ("AGREE", None)),  # before: SUPPORT 0.39
    # MOBILIZE `troops`: "mobilize armed personnel or units"
    ("Turkey deployed troops to the border.", "deployed", ("MOBILIZE", "troops")),  # before: AID 0.56
    # a party naming the place is no party the troops are sent to (before: AID 0.58, Belarus as recipient)
    ("Poland deployed 10,000 troops to its border with Belarus.", "deployed", ("MOBILIZE", "troops")),
    ("Lithuania deployed 500 soldiers to the Polish border.", "deployed", ("MOBILIZE", "troops")),
    # CONCEDE (regret expressed: an apology issued), ACCUSE `investigate` (subpoenas), COERCE `seize` ("execute
    # search, confiscate property, raid")
    ("Kennedy issued a rare apology for his comments.", "issued", ("CONCEDE", None)),  # before: SUPPORT 0.47
    ("The inspector general issued subpoenas to the Clinton Foundation.", "issued", ("ACCUSE", "investigate")),
    ("The committee subpoenaed the former national security adviser.", "subpoenaed", ("ACCUSE", "investigate")),
    ("The FBI searched the former president's Florida home.", "searched", ("COERCE", "seize")),  # before: none
    # SANCTION `expel`: "permanently or temporarily expel an entity from a group, organization, political party"
    ("The African Union suspended Niger's membership following the coup.", "suspended", ("SANCTION", "expel")),
    ("The lawmaker was suspended from the party for six months.", "suspended", ("SANCTION", "expel")),
    # COERCE `withhold`: "shut off power/internet/water/utilities"
    ("The government cut off electricity to the region.", "cut", ("COERCE", "withhold")),  # before: CONCEDE 0.07
    ("Authorities shut down the internet in the capital.", "shut", ("COERCE", "withhold")),  # before: none
    # RETREAT `release` (captives handed over) and `access` ("allow third party ... access")
    ("Hamas handed over four hostages to the Red Cross.", "handed", ("RETREAT", "release")),  # before: 0.44
    ("Iran granted UN inspectors access to the site.", "granted", ("RETREAT", "access")),  # before: CONCEDE 0.15
    # PROTEST `strike`, CONSULT `third-party` ("meeting is hosted by a third party"), an offensive launched
    ("Thousands of workers walked off the job on Monday.", "walked", ("PROTEST", "strike")),  # before: CONCEDE 0.10
    ("Egypt hosted talks between Israel and Hamas.", "hosted", ("CONSULT", "third-party")),  # before: 0.48
    ("Ukraine launched a counteroffensive in the south.", "launched", ("ASSAULT", None)),  # before: COOPERATE 0.04
])
def test_the_manual_s_plain_call_is_typed_and_shown(text: str, trigger: str, kind: tuple[str, str | None]) -> None:
    event = _pipeline_events(text, trigger)[0]
    assert (event["type"], event["mode"]) == kind and event["confidence"] >= 0.5


def test_troops_deployed_are_the_actor_s_own() -> None:
    record = _record("Russia deployed 100,000 soldiers near Ukraine. The People's Liberation Army could be deployed "
                     "in Beijing, Liu said.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    first, second = (e for e in record["events"] if e["trigger"]["text"] == "deployed")
    # the troops are Russia's, not the recipient; the party they are massed near is (``POSTURE_PREPS``)
    assert (first["type"], [names[i] for i in first["actor"]], [names[i] for i in first["recipient"]]) == (
        "MOBILIZE", ["Russia"], ["Ukraine"])
    # passive, no agent: the army deployed mobilises (not the speaker)
    assert second["type"] == "MOBILIZE" and "Liberation Army" in " ".join(names[i] for i in second["actor"])


def test_peacekeepers_deployed_are_no_mobilisation() -> None:
    # PLOVER 2.0 codes peacekeeping as AID (CAMEO 074): the plain call stays out
    events = _pipeline_events("About 2,000 Russian soldiers were deployed as peacekeeping forces along the corridor.")
    assert not [e for e in events if e["type"] == "MOBILIZE"]


def test_a_regime_killing_people_is_an_attack() -> None:
    # a government named by its noun is a party harming people ("the regime", "the government"): it was no event
    events = _pipeline_events("The regime executed four protesters.", "executed")
    assert _type_shown(events) == [("ASSAULT", True)]


@pytest.mark.parametrize("text", ["Iran warned of a crushing response if attacked.",  # before: 0.27, hypothetical
                                  "Russia warned of retaliation against any country that seized its assets."])
def test_a_reprisal_warned_of_is_a_threat_made(text: str) -> None:
    events = _pipeline_events(text, "warned")
    assert [(e["type"], e["hypothetical"], e["confidence"] >= 0.5) for e in events] == [("THREATEN", False, True)]


def test_a_danger_warned_of_is_no_threat() -> None:
    assert not [e for e in _pipeline_events("The WHO warned of a new pandemic.") if e["confidence"] >= 0.5]


def test_a_vote_won_is_no_beating() -> None:
    assert not [e for e in _pipeline_events("Trump beat Cruz in Indiana.") if e["type"] == "ASSAULT"]


def test_a_participle_after_a_noun_is_left_to_the_classifier() -> None:
    # PLV codes the sentence's own act: the arrest that tells who the activists are is no plain call
    events = _pipeline_events("China rejected a call to release three activists detained while investigating a "
                              "shoe factory.", "detained")
    assert not [e for e in events if e["type"] == "COERCE"]


def test_a_person_named_by_what_they_own_is_no_thing_owned() -> None:
    # "its owner" is a person arrested, not the bar the police crashed into (nor the police, through "its")
    record = _record("St. Louis police crashed into a gay bar and then arrested its owner early on Monday.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "arrested")
    assert [names[i] for i in event["actor"]] == ["St. Louis police"]
    assert "St. Louis police" not in [names[i] for i in event["recipient"]]


def test_prices_stepping_down_resign_nothing() -> None:
    assert not [e for e in _pipeline_events("Prices stepped down slightly in March.") if e["type"] == "RETREAT"]


def test_a_body_blocking_a_bill_is_no_protest() -> None:
    assert not [e for e in _pipeline_events("The Senate blocked the bill.") if e["type"] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Clinton says she won't rule out a female running mate.",  # an option kept open: it was REJECT, shown
    "\"And I'm not ruling anybody out,\" the senator said.",
])
def test_not_ruling_out_rejects_nothing(text: str) -> None:
    assert not [e for e in _pipeline_events(text) if e["type"] == "REJECT"]


@pytest.mark.parametrize(("text", "coerced"), [
    ("Minnesota banned noncompetes last spring.", False),  # a practice banned: a policy (it was COERCE, shown)
    ("Abortion is now banned in 14 states.", False),
    ("Russia banned Facebook and Instagram in March.", True),  # a platform, a body
    ("Meta banned the group's main Facebook and Instagram accounts.", True),  # a party's accounts
])
def test_a_ban_coerces_parties_not_practices(text: str, coerced: bool) -> None:
    assert bool([e for e in _pipeline_events(text, "banned") if e["type"] == "COERCE"]) == coerced


@pytest.mark.parametrize(("text", "accused"), [
    ("The oxygen bar charges Rs 299 for fifteen minutes of pure air.", False),  # a real page: ACCUSE 0.79, shown
    ("The airline charged passengers $50 for a second bag.", False),
    ("Prosecutors charged 15 people with fraud.", True),
])
def test_a_price_charged_is_no_accusation(text: str, accused: bool) -> None:
    shown = [e for e in _pipeline_events(text) if e["type"] == "ACCUSE" and e["confidence"] >= 0.5]
    assert bool(shown) == accused


def test_shooting_back_in_an_article_is_a_retort() -> None:
    text = "Forbes shot back in an article stating that New York was the billionaire capital."
    assert not [e for e in _pipeline_events(text) if e["type"] == "ASSAULT"]


def test_a_party_blocking_a_vote_rejects() -> None:
    # the CAMEO dictionary's "block + vote" is a boycott: a party in a legislature rejects (it was PROTEST, shown)
    events = _pipeline_events("Republicans blocked a vote on the measure.", "blocked")
    assert _type_shown(events) == [("REJECT", True)]


def test_the_opposition_is_the_article_state_s() -> None:
    record = _record("Georgia's ruling party won the vote in Tbilisi. The opposition boycotted the election.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "boycotted")
    assert [(actors[i]["name"], actors[i]["country"], actors[i]["sector"]) for i in event["actor"]] == [
        ("opposition", "GEO", "OPP")]


def test_the_government_is_the_article_state_s() -> None:
    # a bare "the government" in a story about Peru is Peru's (the knowledge base's "government of" entity)
    record = _record("Protests spread across Peru on Monday. The government declared a state of emergency in Lima.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "declared")
    assert [(actors[i]["country"], actors[i]["kind"]) for i in event["actor"]] == [("PER", "government")]
    named = _record("The Canadian government imposed tariffs on steel. The government said the measures were "
                    "temporary.")
    assert {a["name"] for a in named["actors"] if a["kb_id"]} >= {"Government of Canada"}


@pytest.mark.parametrize(("text", "trigger", "event_type", "actor", "recipient"), [
    # an impeachment accuses (the trigger model alone kept no event)
    ("The House impeached Trump in December.", "impeached", "ACCUSE", "House", "Donald Trump"),
    # PLOVER 2.0 SUPPORT: "recognition of newly independent states" (0.29, hidden, before)
    ("Germany recognised Palestine as a state.", "recognised", "SUPPORT", "Germany", "Palestine"),
])
def test_a_plain_call_of_the_manual_is_shown(text: str, trigger: str, event_type: str, actor: str,
                                             recipient: str) -> None:
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert event["type"] == event_type and event["confidence"] >= 0.5
    assert [names[i] for i in event["actor"]] == [actor] and [names[i] for i in event["recipient"]] == [recipient]


def test_who_claims_an_attack_made_it() -> None:
    record = _record("Security tightened after the attacks in Paris, which were claimed by the Islamic State.")
    actors = {a["id"]: a for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "attacks")
    assert [actors[i]["name"] for i in event["actor"]] == ["Islamic State"]


def test_drivers_blocking_crossings_are_the_protest_s_actor() -> None:
    record = next(analyse([NlpInput(id="s", text="Drivers have been blocking several crossings with Ukraine since "
                                                    "Nov. 6.")], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "blocking")
    assert event["type"] == "PROTEST" and [names[i] for i in event["actor"]] == ["drivers"]


def test_jailed_before_a_noun_describes_and_is_no_event() -> None:
    assert not _pipeline_events("The union welcomed the release of jailed rights activists.", "jailed")


def test_assets_frozen_are_a_sanction() -> None:
    # PLOVER 2.0 SANCTION `discontinue`: curtailed material exchanges, international sanctions
    event = _one("The European Union froze the assets of three Russian oligarchs on Monday.", "SANCTION")
    assert event["trigger"]["text"] == "froze" and event["mode"] == "discontinue" and event["confidence"] >= 0.5
    assert _texts(event["actor_spans"]) == ["European Union"]


def test_a_party_taken_to_court_is_accused_not_the_court() -> None:
    # PLOVER 2.0 ACCUSE `allege` ("sue"): the party dragged to court is the recipient
    event = _one("Human rights groups dragged Nigeria's electoral commission to court.", "ACCUSE")
    assert event["trigger"]["text"] == "dragged" and event["mode"] == "allege"
    assert "court" not in " ".join(_texts(event["recipient_spans"]))
    assert _texts(event["recipient_spans"]) and "Nigeria" in _texts(event["recipient_spans"])[0]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Both sides should applaud the Supreme Court decision.", "applaud"),
    ("Russia may still offer talks to Ukraine.", "offer"),
    ("Trump and Sanders may blame trade deals for the plight of workers.", "blame"),
    # a yes-no question asks whether the act happened
    ("Did the Clinton Foundation refuse to turn over relevant documents?", "refuse"),
    ("Will Russia attack Ukraine again?", "attack"),
])
def test_an_act_not_told_as_done_is_stored_but_not_shown(text: str, trigger: str) -> None:
    events = _pipeline_events(text, trigger)
    assert events and all(e["confidence"] < 0.5 for e in events)


def test_a_modal_demand_is_still_the_speakers_request() -> None:
    assert [e["type"] for e in _pipeline_events("Iran said Israel must stop the strikes on Gaza.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "In some cases, Verizon was forced to postpone installations of new service.",
    "A complaint made a year ago with the WTO has forced China to stop subsidizing companies.",
])
def test_forced_by_circumstance_is_no_coercion(text: str) -> None:
    assert not [e for e in _events(text) if e["trigger"]["text"] == "forced"]


def test_a_party_forcing_another_still_coerces() -> None:
    assert [e["type"] for e in _pipeline_events("Police forced the protesters to leave the square.", "forced")] == [
        "COERCE"]


def test_a_wh_question_takes_the_act_as_done() -> None:
    assert [e for e in _pipeline_events("Who attacked the embassy in Kabul?", "attacked") if e["confidence"] >= 0.5]


def test_the_place_of_an_attack_noun_is_its_target_when_no_party_is_named() -> None:
    text = "Security tightened after the attacks in Paris, which were claimed by the Islamic State."
    assert _actors_at(text, "attacks", "recipient") == [["France"]]
    assert _actors_at(text, "attacks") == [["Islamic State"]]


def test_a_heading_joined_to_the_next_paragraph_is_not_shown() -> None:
    # the parser joins a heading with no full stop to the paragraph after it; a heading tells again what follows
    text = ("Houthi attacks on Red Sea shipping threaten global trade\n\n"
            "For the world to prosper, ships must reach their ports.\n\nHouthi rebels attacked a tanker on Monday.")
    shown = [e["trigger"]["text"] for e in _pipeline_events(text) if e["confidence"] >= 0.5]
    assert "attacks" not in shown and "attacked" in shown


def test_a_group_named_by_an_abbreviated_place_keeps_the_abbreviation() -> None:
    assert _actors_at("St. Louis police arrested a man on Monday.", "arrested") == [["St. Louis police"]]


def test_a_conjoined_verb_acting_on_its_own_object_is_a_second_event() -> None:
    # PLOVER codes each act: the killing and the hostage-taking are two attacks by Hamas
    events = _pipeline_events("Hamas killed 1,200 people and seized about 240 hostages.")
    assert [(e["type"], e["trigger"]["text"]) for e in events if e["confidence"] >= 0.5] == [
        ("ASSAULT", "killed"), ("ASSAULT", "seized")]
    assert _actors_at("Hamas killed 1,200 people and seized about 240 hostages.", "seized") == [["Hamas"]]


def test_conjoined_verbs_sharing_one_object_stay_one_event() -> None:
    events = _pipeline_events("Police beat and arrested the protesters.")
    assert len([e for e in events if e["type"] == "ASSAULT"]) <= 1


@pytest.mark.parametrize("text", ["The Kremlin critic Alexei Navalny returned to Moscow in January.",
                                  "The exiled leader returned home on Friday."])
def test_coming_back_to_a_place_is_no_withdrawal(text: str) -> None:
    assert not [e for e in _events(text) if e["trigger"]["text"] == "returned"]


def test_a_territory_returned_is_still_a_retreat() -> None:
    assert [e["type"] for e in _pipeline_events("The UK returned the territory to China in 1997.", "returned")] == [
        "RETREAT"]


def test_a_person_named_in_apposition_is_the_party_not_the_words_describing_them() -> None:
    text = "The Kremlin critic Alexei Navalny accused Putin of corruption."
    assert _actors_at(text, "accused") == [["Alexei Navalny"]]


def test_a_modifier_of_the_party_acted_on_is_not_the_doer() -> None:
    # no scorer may take "Kremlin" out of the arrested man's description and make it the arrester
    events = _pipeline_events("Kremlin critic Alexei Navalny was arrested at the airport.", "arrested")
    assert [e["actor"] for e in events] == [[]]


def test_the_doer_of_an_attack_named_by_its_subject_noun_does_the_killing() -> None:
    assert _actors_at("The attack by Hamas militants on Israel killed 1,200 people.", "killed") == [["Hamas"]]


@pytest.mark.parametrize("text,trigger", [("The truce broke down after Hamas fired rockets at Israel.", "fired"),
                                          ("Russia launched drones at Kyiv overnight.", "launched"),
                                          ("Militants lobbed mortars into the base.", "lobbed")])
def test_projectiles_fired_at_a_target_are_an_attack(text: str, trigger: str) -> None:
    assert _type_shown(_pipeline_events(text, trigger)) == [("ASSAULT", True)]


def test_missiles_fired_into_the_sea_stay_a_show_of_force() -> None:
    text = "North Korea fired two ballistic missiles into the sea on Thursday."
    assert [e["type"] for e in _pipeline_events(text, "fired")] == ["MOBILIZE"]


def test_people_counted_by_a_passive_subject_are_harmed_and_an_owned_attack_is_its_own_event() -> None:
    text = ("Hamas's surprise attack came after Israeli settlers had stormed the Al-Aqsa Mosque compound and after a "
            "record number of Palestinians had been killed by Israel at that point in 2023.")
    assert _actors_at(text, "killed") == [["Israel"]]
    shown = [(e["type"], e["trigger"]["text"]) for e in _pipeline_events(text) if e["confidence"] >= 0.5]
    assert ("ASSAULT", "attack") in shown and ("ASSAULT", "killed") in shown


def test_a_number_that_is_a_finding_is_still_no_party() -> None:
    assert not [e for e in _events("The numbers suggest that voters support the plan.") if e["type"] == "SUPPORT"]



def test_aid_counted_in_money_is_aid() -> None:
    events = _pipeline_events("The United States sent $300 million in military aid to Ukraine.", "sent")
    assert _type_shown(events) == [("AID", True)]


@pytest.mark.parametrize("text", ["Biden called Netanyahu on Sunday.",
                                  "Rex Tillerson called Russian Foreign Minister Sergey Lavrov to discuss Syria."])
def test_calling_a_person_is_a_phone_call(text: str) -> None:
    events = _pipeline_events(text, "called")
    assert [(e["type"], e["mode"], e["confidence"] >= 0.5) for e in events] == [("CONSULT", "phone", True)]


@pytest.mark.parametrize("text,kind", [("The senator called on Biden to resign.", "REQUEST"),
                                       ("Trump called Biden a liar.", "ACCUSE")])
def test_a_call_on_someone_or_a_name_called_is_no_phone_call(text: str, kind: str) -> None:
    assert [e["type"] for e in _pipeline_events(text, "called")] == [kind]


def test_a_hyphenated_cease_fire_is_a_truce_not_a_shot() -> None:
    events = _pipeline_events("Afghan President Ashraf Ghani on Thursday announced a weeklong cease-fire with the "
                              "Taliban.")
    assert [(e["type"], e["trigger"]["text"]) for e in events if e["confidence"] >= 0.5] == [("CONCEDE", "announced")]


@pytest.mark.parametrize("text,trigger", [("China expressed support for Russia.", "expressed"),
                                          ("Two superdelegates have pledged their support to Clinton.", "pledged")])
def test_support_expressed_or_pledged_is_support(text: str, trigger: str) -> None:
    assert _type_shown(_pipeline_events(text, trigger)) == [("SUPPORT", True)]


def test_aid_announced_is_stored_as_aid() -> None:
    text = "The European Commission has announced additional humanitarian assistance of 60 million euros to Somalia."
    assert [e["type"] for e in _pipeline_events(text, "announced")] == ["AID"]


def test_a_ceasefire_violated_is_an_attack_and_a_law_violated_is_not() -> None:
    assert _type_shown(_pipeline_events("Russia violated the ceasefire on Monday.", "violated")) == [("ASSAULT", True)]
    assert not [e for e in _pipeline_events("The company violated the law.", "violated") if e["type"] == "ASSAULT"]


def test_the_weapon_the_clause_names_gives_the_attack_mode() -> None:
    events = _pipeline_events("Police said the suspect had attacked two officers with a knife.", "attacked")
    assert [(e["type"], e["mode"]) for e in events] == [("ASSAULT", "primitive")]


def test_worshippers_attacked_are_the_recipients() -> None:
    assert _actors_at("A gunman attacked worshippers with a rifle.", "attacked", "recipient") == [["worshippers"]]


def test_opening_fire_on_people_is_an_attack() -> None:
    events = _pipeline_events("Security forces opened fire on demonstrators in Khartoum.", "opened")
    assert [(e["type"], e["mode"], e["confidence"] >= 0.5) for e in events] == [("ASSAULT", "firearms", True)]
    assert _actors_at("Security forces opened fire on demonstrators in Khartoum.", "opened", "recipient") == [
        ["demonstrators"]]


@pytest.mark.parametrize("text,trigger,mode", [
    ("Russia blocked access to YouTube.", "blocked", "censor"),
    ("Israel has blockaded the territory since 2007.", "blockaded", "restrict"),
    ("Israel restricted the movement of goods and people.", "restricted", "restrict"),
    ("Russia and the Syrian government have been accused of blocking the delivery of aid to the camp.", "blocking",
     "withhold")])
def test_blockades_blocked_access_and_blocked_aid_coerce(text: str, trigger: str, mode: str) -> None:
    assert [(e["type"], e["mode"]) for e in _pipeline_events(text, trigger)] == [("COERCE", mode)]


def test_protesters_blocking_access_still_protest() -> None:
    assert [e["type"] for e in _pipeline_events("Protesters blocked access to the parliament.", "blocked")] == [
        "PROTEST"]


def test_a_show_of_force_around_a_party_is_aimed_at_it() -> None:
    assert _actors_at("China held military drills around Taiwan.", "held", "recipient") == [["Taiwan"]]


@pytest.mark.parametrize("text", [
    "Nadal defeated Khachanov 6-3, 7-6 to level the series.",
    "Spain will face Croatia in the quarter-final on Wednesday. Russia beat Croatia on Monday. The doubles match "
    "decided the tie. Serbia won its singles match."])
def test_a_game_won_is_no_attack(text: str) -> None:
    assert not [e for e in _pipeline_events(text) if e["type"] == "ASSAULT"]


def test_police_beating_protesters_is_still_an_attack() -> None:
    assert [e["type"] for e in _pipeline_events("Riot police beat the protesters with batons.", "beat")] == [
        "ASSAULT"]


def test_a_rally_after_a_court_s_split_ruling_is_still_a_protest() -> None:
    events = _pipeline_events("Protesters rallied outside the court after its 6-3 ruling.", "rallied")
    assert [e["type"] for e in events] == ["PROTEST"]


@pytest.mark.parametrize("text,trigger,actor,recipient", [
    ("Democrats' prosecutions of Donald Trump have helped him in the primaries.", "prosecutions", "Democratic Party",
     "Donald Trump")])
def test_an_event_noun_naming_both_parties_is_shown(text: str, trigger: str, actor: str, recipient: str) -> None:
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    events = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert _type_shown(events) == [("ACCUSE", True)]
    assert [names[i] for i in events[0]["actor"]] == [actor]
    assert [names[i] for i in events[0]["recipient"]] == [recipient]


@pytest.mark.parametrize("text", [
    "The protests are an existential threat to Xi's regime.",  # a description, no act
    "Ending the administration's war on American energy will raise wages.",  # a party's word on a thing
])
def test_an_event_noun_without_a_party_acted_on_is_not_shown(text: str) -> None:
    assert not [e for e in _pipeline_events(text) if e["confidence"] >= 0.5]


@pytest.mark.parametrize("text,verb,noun", [
    ("The report described the FBI's investigation into Hillary Clinton's email server.", "described",
     "investigation"),
    ("The documents detail the FBI's probe of Clinton's server.", "detail", "probe")])
def test_describing_an_act_is_no_act(text: str, verb: str, noun: str) -> None:
    assert not _pipeline_events(text, verb)
    assert [e["type"] for e in _pipeline_events(text, noun)] == ["ACCUSE"]


def test_a_side_s_attacks_in_the_plural_are_words() -> None:
    assert [e["type"] for e in _pipeline_events("The Republicans' attacks on Vindman continued.", "attacks")] == [
        "ACCUSE"]


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Israel withdrew its troops from the Gaza border area.", "withdrew", ["Gaza Strip"]),
    ("Russia pulled its forces out of Kherson in November.", "pulled", ["Kherson"]),
    ("Moscow pulled back its troops from the border.", "pulled", [])])
def test_troops_withdrawn_from_a_place_retreat(text: str, trigger: str, recipient: list[str]) -> None:
    events = _pipeline_events(text, trigger)
    assert [(e["type"], e["mode"]) for e in events] == [("RETREAT", "withdraw")]
    assert _actors_at(text, trigger, "recipient") == [recipient]


def test_peacekeepers_withdrawn_are_no_military_retreat() -> None:
    events = _pipeline_events("The UN withdrew peacekeepers from the Golan Heights.", "withdrew")
    assert [e["type"] for e in events] != ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Tariffs on consumer products hit customers directly.",
    "Inflation hit households hard this year.",
    "That figure has continued to drop.",
    "The party's funding dropped from 660,000 dollars to 75,000 dollars."])
def test_costs_borne_and_quantities_changing_are_no_acts(text: str) -> None:
    assert not _pipeline_events(text)


@pytest.mark.parametrize("text,trigger,event_type", [
    ("A Russian missile hit a shopping centre in Kremenchuk.", "hit", "ASSAULT"),
    ("Prosecutors dropped the charges against him.", "dropped", "CONCEDE")])
def test_hits_by_weapons_and_dropped_charges_stay(text: str, trigger: str, event_type: str) -> None:
    assert [e["type"] for e in _pipeline_events(text, trigger)] == [event_type]


def test_a_resignation_has_no_recipient_for_the_scorer_to_fill() -> None:
    events = _pipeline_events("McAleenan resigned and Chad Wolf has been named new DHS acting secretary.", "resigned")
    assert [(e["type"], e["mode"], e["recipient"]) for e in events] == [("RETREAT", "resign", [])]


@pytest.mark.parametrize("text", [
    "London famously has been fighting dirty air since the 14th century.",
    "Over the centuries, plague has killed millions of people around the world.",
    "In addition to its order of 30 Boeing jets Wednesday, it announced an order of 50 Airbus A350-900 jets on "
    "Monday at a value of $16 billion at list prices."])
def test_a_cause_pursued_a_disease_and_a_purchase_are_no_acts(text: str) -> None:
    assert not _pipeline_events(text)


def test_fighting_forces_is_still_an_attack() -> None:
    assert [e["type"] for e in _pipeline_events(
        "Ukraine has been fighting Russian forces in the east since 2014.", "fighting")] == ["ASSAULT"]


@pytest.mark.parametrize("text,trigger", [
    ("Thousands marched through Paris to protest the pension reform.", "marched"),
    ("Hundreds protested outside the embassy on Friday.", "protested")])
def test_a_crowd_told_by_its_size_protests(text: str, trigger: str) -> None:
    events = _pipeline_events(text, trigger)
    assert _type_shown(events) == [("PROTEST", True)]


@pytest.mark.parametrize("text,trigger", [
    ("Serbia put its army on the highest level of combat readiness.", "put"),
    ("The troops were put on alert after the border incident.", "put")])
def test_forces_put_on_alert_mobilize(text: str, trigger: str) -> None:
    assert [(e["type"], e["mode"]) for e in _pipeline_events(text, trigger)] == [("MOBILIZE", "troops")]


def test_where_an_accord_is_signed_is_no_recipient() -> None:
    assert _actors_at("Ethiopia and Tigrayan forces signed a ceasefire in Pretoria.", "signed", "recipient") == [[]]


def test_a_ceasefire_signed_is_support_and_the_venue_no_party() -> None:
    # before: CONCEDE 0.38; the White House (the United States' government) as recipient of a signing held there
    assert _at("Ethiopia and Tigrayan forces signed a ceasefire in Pretoria.", "signed") == ["SUPPORT"]
    assert _actors_at("Armenia and Azerbaijan signed a peace deal at the White House.", "signed", "recipient") == [[]]
    assert _actors_at("Israel signed a deal with the UAE.", "signed", "recipient") == [["United Arab Emirates"]]


def test_an_accord_named_in_the_plural_signed_is_support() -> None:
    events = _pipeline_events("Israel and the UAE signed the Abraham Accords in Washington.", "signed")
    assert _type_shown(events) == [("SUPPORT", True)]


@pytest.mark.parametrize("text,trigger,event_type", [
    ("China sanctioned two US defence companies over arms sales to Taiwan.", "sanctioned", "SANCTION"),
    ("Three Russian banks were sanctioned by the European Union.", "sanctioned", "SANCTION"),
    ("India and China held a new round of border talks.", "held", "CONSULT"),
    ("The two navies began a new round of joint military exercises.", "began", "COOPERATE")])
def test_sanctions_as_a_verb_and_a_round_of_acts(text: str, trigger: str, event_type: str) -> None:
    events = _pipeline_events(text, trigger)
    assert _type_shown(events) == [(event_type, True)]


def test_sanctioning_an_act_approves_it() -> None:
    assert not [e for e in _pipeline_events("The council sanctioned the use of force.") if e["type"] == "SANCTION"]


@pytest.mark.parametrize("text,trigger,event_type,actor,recipient", [
    ("Meg Whitman has reportedly been critical of Trump throughout the campaign.", "critical", "ACCUSE", "Meg Whitman",
     "Donald Trump"),
    ("Germany has been supportive of Ukraine's bid to join the EU.", "supportive", "SUPPORT", "Germany", "Ukraine")])
def test_a_party_judged_by_an_adjective(text: str, trigger: str, event_type: str, actor: str, recipient: str) -> None:
    events = _pipeline_events(text, trigger)
    assert _type_shown(events) == [(event_type, True)]
    assert _actors_at(text, trigger) == [[actor]]
    assert _actors_at(text, trigger, "recipient") == [[recipient]]


@pytest.mark.parametrize("text", ["She was not critical of the president.", "It is critical that the talks succeed."])
def test_no_party_judged_by_an_adjective(text: str) -> None:
    assert not _pipeline_events(text, "critical")


@pytest.mark.parametrize("text", [
    "CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life in federal prison.",
    "Reuters reported that the opposition leader was detained on Monday.",
    "The New York Times says the diplomat was expelled.",
])
def test_an_outlet_reporting_a_passive_act_is_not_its_doer(text: str) -> None:
    # before: the outlet as actor (SANCTION by "CBS News", COERCE by Reuters, SANCTION by The New York Times)
    record = _record(text)
    names = {a["id"]: a["name"] for a in record["actors"]}
    acts = [e for e in record["events"] if e["type"] in ("SANCTION", "COERCE")]
    assert acts and all(not e["actor"] for e in acts), [[names[i] for i in e["actor"]] for e in acts]


def test_a_speaker_reporting_an_arrest_still_made_it() -> None:
    # "X was arrested, police said": the police arrested X (not an outlet)
    record = _record("Police say the man was arrested near the station.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["type"] == "COERCE")
    assert [names[i] for i in event["actor"]] == ["police"]


@pytest.mark.parametrize("text,trigger", [("The talks between Israel and Hamas resumed on Friday.", "talks"),
                                          ("Talks between Israel and Hamas resumed in Cairo on Friday.", "Talks")])
def test_talks_between_two_named_parties_are_shown(text: str, trigger: str) -> None:
    # before: no event ("talks" NONE 0.77 in the trigger model; "negotiations between ..." was shown)
    events = _pipeline_events(text, trigger)
    assert _type_shown(events) == [("CONSULT", True)]
    names = {a["id"]: a["name"] for a in next(analyse([NlpInput(id="s", text=text)]))["actors"]}
    assert [names[i] for i in events[0]["actor"]] == ["Israel", "Hamas"]


@pytest.mark.parametrize("text,actor,recipient", [
    ("The European Union tightened its sanctions on Russia on Friday.", ["European Union"], ["Russia"]),
    ("Sanctions against Russia were tightened on Friday.", [], ["Russia"]),
    ("Washington extended sanctions against Iran for another year.", ["Government of the United States"], ["Iran"]),
])
def test_sanctions_tightened_or_extended_are_sanctions(text: str, actor: list[str], recipient: list[str]) -> None:
    # before: CONCEDE 0.09 at "tightened" (an extension was already read as SANCTION)
    trigger = "tightened" if "tightened" in text else "extended"
    assert _type_shown(_pipeline_events(text, trigger)) == [("SANCTION", True)]
    assert _actors_at(text, trigger) == [actor]
    assert _actors_at(text, trigger, "recipient") == [recipient]


def test_a_law_tightened_is_no_sanction() -> None:
    assert not [e for e in _pipeline_events("The government tightened the law on protests.") if e["type"] == "SANCTION"]


def test_the_one_passed_over_is_not_supported() -> None:
    # before: "over Hillary Clinton" a second recipient of the SUPPORT
    text = "Eight years ago, the mayor supported Barack Obama over Hillary Clinton."
    assert _actors_at(text, "supported", "recipient") == [["Barack Obama"]]


@pytest.mark.parametrize("text,trigger", [
    ("Donald Trump has called for the group's strongholds in Syria to be hit even harder.", "called"),
    ("They have also called for this new power to be produced in the same region.", "called"),
    ("The Red Cross appealed for international aid after the floods.", "appealed"),
])
def test_a_call_or_an_appeal_is_shown_as_a_request(text: str, trigger: str) -> None:
    # before: REQUEST at 0.37-0.42 (hidden): the manual's plain REQUEST ("all requests, demands, and orders")
    assert _type_shown(_pipeline_events(text, trigger)) == [("REQUEST", True)]


def test_a_push_for_something_is_left_to_the_trigger_model() -> None:
    events = _pipeline_events("Florida State is not the only school to push for more revenue.", "push")
    assert ("REQUEST", True) not in _type_shown(events)


@pytest.mark.parametrize("text", [
    "Duterte, who has been called the Trump of the East, won the election in May.",
    "They should not listen to those who claim the right to be called German for themselves alone.",
])
def test_being_called_something_is_no_request(text: str) -> None:
    # a name given in the passive, like "called the summit a first step" in the active: no call between parties
    assert not [e for e in _pipeline_events(text, "called") if e["type"] in ("REQUEST", "CONSULT")
                and e["confidence"] >= 0.5]


@pytest.mark.parametrize("text", [
    "Bernie Sanders won in Vermont. Sanders held a rally Saturday while Clinton hosted an event Monday.",
    "He is barnstorming the state, holding three rallies a day in hopes of meeting voters.",
    "Trump rallied supporters in Ohio on Tuesday.",
])
def test_a_candidate_s_rally_is_no_protest(text: str) -> None:
    # before: PROTEST `demo` at 0.50 for "held a rally" (a campaign event, not a civilian demonstration)
    assert ("PROTEST", True) not in _type_shown(_pipeline_events(text))


@pytest.mark.parametrize("text", ["Thousands of teachers rallied at the Statehouse on Tuesday.",
                                  "The opposition held a rally in the capital against the new law."])
def test_a_crowd_s_rally_or_one_against_something_is_a_protest(text: str) -> None:
    assert ("PROTEST", True) in _type_shown(_pipeline_events(text))


def test_a_bid_for_office_is_no_act() -> None:
    # before: ASSAULT 0.50 at "bid" (both parties named)
    text = "It happened in 2008, in the final throes of Clinton's failed bid against Barack Obama."
    assert not [e for e in _pipeline_events(text, "bid") if e["confidence"] >= 0.5]


@pytest.mark.parametrize("text,trigger", [
    ("The proposal was rejected by 64 percent of the electorate.", "rejected"),
    ("The party was rejected by nearly 60 percent of voters in the canton.", "rejected"),
    ("The party has called a referendum for June 5 against the government's refugee plan.", "called"),
])
def test_a_vote_cast_or_called_is_no_act(text: str, trigger: str) -> None:
    # a vote is no event between parties (as "voters rejected the incumbents" already was); a referendum called is
    # set, not a request
    assert not [e for e in _pipeline_events(text, trigger) if e["confidence"] >= 0.5]


@pytest.mark.parametrize("text,met", [
    ("Later that evening, the couple met with President Herzog, First Lady Michal Herzog, and families of the "
     "hostages.", "Michal Herzog"),
    ("The couple also spoke with border police and IDF soldiers who helped save lives.", "Israel Defence Forces"),
])
def test_each_party_met_with_is_a_recipient(text: str, met: str) -> None:
    # before: a party met with after the first ("Michal Herzog", "IDF soldiers") was made the actor and the
    # recipients were dropped
    trigger = "met" if " met " in text else "spoke"
    assert not any(met in " ".join(names) for names in _actors_at(text, trigger))
    assert any(met in " ".join(names) for names in _actors_at(text, trigger, "recipient"))


@pytest.mark.parametrize("text,trigger,asked", [
    ("\"You are in this job because of this crisis,\" Sasse told Hawk Sawyer, repeatedly calling for an "
     "explanation of how the system failed.", "calling", "Hawk Sawyer"),
    ("On June 11, Johnson, Paul and three other Senate colleagues sent Secretary Becerra a letter requesting "
     "documents relating to the pandemic.", "requesting", "Becerra"),
    ("The lawmakers sent a letter to the FBI asking for more information about the probe.", "asking",
     "Federal Bureau of Investigation"),
])
def test_a_request_told_or_written_to_a_party_asks_that_party(text: str, trigger: str, asked: str) -> None:
    # before: no recipient (the one told or written to is the participle's head's object, not its own)
    assert any(asked in " ".join(names) for names in _actors_at(text, trigger, "recipient"))


@pytest.mark.parametrize("text,asked", [
    ("Johnson nonetheless renewed his request that Grimm investigate the use of Gmail.", "Grimm"),
    ("Kyiv renewed its demand that Moscow withdraw its troops.", "Government of Russia"),
])
def test_a_request_renewed_asks_the_subject_of_its_clause(text: str, asked: str) -> None:
    # before: "renewed" CONCEDE at 0.08, the noun left out as embedded under it; the request is the event and the
    # one it asks to act is the party asked (not the requester's own "his")
    events = [e for e in _pipeline_events(text, "renewed") if e["type"] == "REQUEST" and e["confidence"] >= 0.5]
    assert events
    assert _actors_at(text, "renewed", "recipient") == [[asked]]


def test_the_actor_s_own_possessive_is_no_recipient() -> None:
    # before: "his request" made Johnson the party asked of his own request
    text = "Sen. Johnson has since renewed his request to interview Dr. Chen."
    assert _actors_at(text, "renewed", "recipient") in ([], [[]])


@pytest.mark.parametrize("text,trigger,doer", [
    ("Jaar, 51, admitted to providing weapons, lodging and money to the plotters.", "providing", "Jaar"),
    ("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar.", "threatening",
     "New York man"),
])
def test_who_admits_to_an_act_did_it(text: str, trigger: str, doer: str) -> None:
    # before: no actor (the gerund after "to" did not take the subject of the verb above, as after "after" it did)
    assert _actors_at(text, trigger) == [[doer]]


def test_the_sender_of_a_message_is_the_actor_of_its_request() -> None:
    # before: the message itself was taken as the doer, which names no actor
    text = "The senators sent the governor a message calling for a veto."
    assert _actors_at(text, "calling") == [["senators"]]


@pytest.mark.parametrize("text", [
    "The damage to Hillary Clinton from her battle with Bernie Sanders is borne out in the latest poll.",
    "She proved it by winning more states in her nominating battle against Sen. Bernie Sanders of Vermont.",
    "Barack Obama's bitter primary battle against Hillary Clinton divided the party in 2008.",
    "Turnout fell short of the crowds of 2008 for Hillary Clinton's contest against Barack Obama.",
    "Bernie Sanders has mounted a populist challenge to Hillary Clinton for the Democratic nomination.",
    "Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, said he would welcome Cruz.",
])
def test_a_contest_for_votes_is_no_attack(text: str) -> None:
    # before: ASSAULT or ACCUSE at 0.5 (an event noun whose phrase names both parties)
    assert not [e for e in _pipeline_events(text) if e["trigger"]["text"] in ("battle", "contest", "challenge")
                and e["confidence"] >= 0.5]


def test_struggling_to_do_something_is_no_act() -> None:
    # before: ACCUSE at 0.50
    text = ("Ben Carson struggled to answer a simple question on Sunday about how he would form a coalition to fight "
            "the militant group.")
    assert not [e for e in _pipeline_events(text, "struggled") if e["confidence"] >= 0.5]


@pytest.mark.parametrize("text,trigger", [
    ("But the senator also said that Bernie Sanders's attacks have hurt Hillary Clinton in the South.", "attacks"),
    ("The candidate has divided voters with xenophobic attacks on Muslims and Mexicans.", "attacks"),
    ("After the debate, everyone will go after Marco Rubio with withering attacks.", "attacks"),
    ("Ben Carson says he is under political attack because of his rise in the polls.", "attack"),
    ("Blistering attacks upend Donald Trump's pivot to a statesman's tone.", "attacks"),
    ("Ted Cruz fielded most attacks from rivals in the Fox forum.", "fielded"),
])
def test_an_attack_in_words_is_an_accusation(text: str, trigger: str) -> None:
    # before: ASSAULT (a person's attacks, attacks "from" rivals, or an adjective that tells words)
    events = _pipeline_events(text, trigger)
    assert events and all(e["type"] == "ACCUSE" for e in events)


def test_hitting_the_campaign_trail_is_no_act() -> None:
    # before: ACCUSE at 0.51 with the candidate campaigned with as its recipient
    text = "Vice President Joe Biden on Monday hit the campaign trail with Hillary Clinton for the first time."
    assert not [e for e in _pipeline_events(text, "hit") if e["confidence"] >= 0.5]


def test_a_terror_attack_stays_an_assault() -> None:
    events = [e for e in _pipeline_events("Gunmen killed 12 people in a terrorist attack on a cafe in Paris.")
              if e["trigger"]["text"] == "attack"]
    assert all(e["type"] == "ASSAULT" for e in events)


def test_a_last_resort_guess_gives_way_to_the_event_noun() -> None:
    # before: CONSULT at "comes" (the main verb's lexicon type, 0.17, raised to the noun's 0.69), with no party
    text = ("The planned demonstration comes as members of the Republican Jewish Coalition, a group of major GOP "
            "donors, are expected to debate how to deal with Trump during its annual meeting in Las Vegas.")
    shown = [e["trigger"]["text"] for e in _pipeline_events(text) if e["type"] == "CONSULT" and e["confidence"] >= 0.5]
    assert shown == ["meeting"]


def test_a_town_hall_meeting_is_no_consultation() -> None:
    # before: CONSULT at 0.81 at "going" (raised by the meeting noun)
    text = ("Clinton, during a town hall meeting in Columbus, Ohio, said she was going to put coal companies out of "
            "business.")
    assert not [e for e in _pipeline_events(text) if e["type"] == "CONSULT" and e["confidence"] >= 0.5]


@pytest.mark.parametrize("text", [
    "Asked specifically what should be done with illegal immigrants, the voters were evenly divided.",
    "Asked to describe the device that caused the explosion, O'Neill said he would not go into that.",
])
def test_a_question_put_is_no_request(text: str) -> None:
    # before: REQUEST at "Asked" (0.37 and 0.66) with the one asked as recipient
    assert not [e for e in _pipeline_events(text, "Asked") if e["type"] == "REQUEST"]


@pytest.mark.parametrize("text,trigger", [
    ("Rubio is returning to his central campaign themes of a strong U.S. military and a new generation of "
     "conservatism.", "returning"),
    ("In response to the growing pressure, Clinton has returned to critiquing Sanders over his past opposition to "
     "immigration reform.", "returned"),
    ("Two of the Republicans seeking the presidency have released their fundraising totals.", "released"),
    ("\"We're meeting our benchmarks,\" said a spokeswoman for the committee raising funds for the event.",
     "meeting"),
    ("The National Review is hosting a debate watch party at the Radisson in downtown Manchester.", "hosting"),
    ("During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters that the new rules undermine "
     "gun owners.", "meeting"),
])
def test_a_theme_returned_to_a_total_released_a_standard_met_or_a_party_hosted_is_no_act(text: str,
                                                                                        trigger: str) -> None:
    # before: RETREAT at 0.54-0.67, CONSULT at 0.58-0.89
    assert not [e for e in _pipeline_events(text, trigger) if e["confidence"] >= 0.5]


def test_the_return_home_and_talks_hosted_stay_what_they_were() -> None:
    assert ("CONSULT", True) in _type_shown(_pipeline_events("Egypt hosted talks between Israel and Hamas.", "hosted"))


def test_pleading_with_a_party_is_a_request() -> None:
    # before: CONCEDE at 0.73 (the plea of a defendant)
    text = "For the past year, party leaders who had pleaded with Mr. Bush to run armed his campaign with a war chest."
    assert [e["type"] for e in _pipeline_events(text, "pleaded")] == ["REQUEST"]


def test_a_view_agreed_with_is_no_agreement_but_two_sides_agreeing_is() -> None:
    # before: AGREE at 0.29 for the economists (hidden, but stored as an agreement between parties)
    assert not _pipeline_events("So even economists who favor consumption taxes agree that movement toward them "
                                "will be incremental.", "agree")
    assert _pipeline_events("Iran and the United States agreed that the talks would resume in Geneva.", "agreed")


@pytest.mark.parametrize("text,trigger", [
    ("A pro-Rubio super PAC unleashed a tough attack ad campaign against Cruz this week.", "campaign"),
    ("Gone were the shouting and the insults and, given Donald Trump's lead, the wave of attacks about his "
     "checkered business record.", "attacks"),
])
def test_an_ad_campaign_or_attacks_about_a_record_are_words(text: str, trigger: str) -> None:
    assert all(e["type"] != "ASSAULT" for e in _pipeline_events(text, trigger))


def test_terror_attacks_after_a_speaker_s_words_stay_attacks() -> None:
    # the subject of the verb above ("Carson said after the attacks") is no doer of the attacks: not words
    text = "\"Boots on the ground\" would be appropriate, Republican candidate Ben Carson said after the attacks."
    assert all(e["type"] == "ASSAULT" for e in _pipeline_events(text, "attacks"))


@pytest.mark.parametrize("text", [
    "To satisfy his party, Senator Cardin's plan calls for rates that rise with earnings.",
    "Secret Service protocol called for the nominee to be taken to a trauma center.",
    "The original draft called for an urgent and lasting halt to the fighting in Gaza.",
])
def test_what_a_plan_calls_for_is_no_request(text: str) -> None:
    # a plan's or a text's provision (the dev gold has no event at "The original draft called for ...")
    assert not [e for e in _pipeline_events(text, "calls") + _pipeline_events(text, "called")
                if e["type"] == "REQUEST" and e["confidence"] >= 0.5]


@pytest.mark.parametrize("text,trigger", [
    ("Ancient Romans celebrated the winter solstice with Saturnalia, a seven-day festival of gifts.", "celebrated"),
    ("Henson broke down in tears when she recalled the moment.", "broke"),
    ("This year's party kicks off at 8 PM and lasts until 3 AM.", "kicks"),
    ("Some recipes call for cream cheese, which contains guar gum.", "call"),
])
def test_a_feast_tears_a_start_or_a_recipe_is_no_act(text: str, trigger: str) -> None:
    # before: SUPPORT 0.52, ASSAULT 0.60, SANCTION 0.50, REQUEST 0.75 (articles on lifestyle a user feeds in too)
    assert not [e for e in _pipeline_events(text, trigger) if e["confidence"] >= 0.5]


def test_a_reporter_s_question_is_no_request_but_a_named_asker_s_is() -> None:
    # before: REQUEST at 0.91 with Trump as the one asked
    assert not _pipeline_events("When asked for his position during a television interview in October, Donald "
                                "Trump said it was being discussed.", "asked")
    text = "When Biden asked that China respect Taiwan's elections, Xi responded that peace was all well and good."
    assert [e["type"] for e in _pipeline_events(text, "asked")] == ["REQUEST"]


def test_a_title_beside_its_name_leaves_the_name_the_actor() -> None:
    assert _actors_at("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton is calling "
                      "for the United States to step up its efforts.", "calling") == [["Hillary Clinton"]]


def test_a_noun_in_apposition_to_a_name_stands_for_the_name() -> None:
    assert _actors_at("I am sharing my letter on the sentencing of Dale Renner, a man convicted of threatening my "
                      "life.", "convicted", "recipient") == [["Dale Renner"]]
    # a place the parser made the anchor of an apposition is not the party
    assert _actors_at("Following his arrest in the UK, a lawyer for the woman asked for the inquiry to be resumed.",
                      "asked") != [["United Kingdom"]]


def test_a_person_named_after_an_office_of_a_state_is_the_party_not_the_state() -> None:
    assert _actors_at("The president of Georgia, Salome Zourabichvili, met Macron.", "met") == [
        ["Salome Zourabichvili"]]


def test_an_event_noun_whose_own_phrase_names_its_doer_is_shown() -> None:
    events = _pipeline_events("The senator has emerged from the FBI investigation into her email practices as a "
                              "wounded candidate.", "investigation")
    assert _type_shown(events) == [("ACCUSE", True)]
    # a city naming where an attack was is no doer: nothing to show
    assert _type_shown(_pipeline_events("For many people, the Orlando attack was a searing moment.", "attack")) == []


def test_who_is_the_subject_of_an_investigation_undergoes_it() -> None:
    record = next(analyse([NlpInput(id="s", text="Julian Ashford was the subject of a U.S. investigation after "
                                                  "his website posted the cables.")], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    [event] = [e for e in record["events"] if e["trigger"]["text"] == "investigation"]
    assert event["type"] == "ACCUSE" and [names[i] for i in event["recipient"]] == ["Julian Ashford"]


def test_a_description_of_the_one_person_named_before_is_that_person() -> None:
    text = ("Swedish prosecutors dropped their inquiry into Julian Ashford in 2019. The journalist had also faced "
            "a probe over a second allegation.")
    assert _actors_at(text, "faced", "recipient") == [["Julian Ashford"]]
    # two people named before: no guess
    text = ("Julian Ashford met Mark Reeve in London in 2019. The journalist had also faced a probe over a second "
            "allegation.")
    assert _actors_at(text, "faced", "recipient") != [["Julian Ashford"]]


def test_an_ad_released_is_no_release() -> None:
    assert [e["type"] for e in _events("On Friday Trump released a new radio ad.")] == []  # no RETREAT


def test_a_vow_of_a_hostile_act_is_a_threat() -> None:
    events = _pipeline_events("Israel has vowed to continue the war until Hamas is removed from power.", "vowed")
    assert _type_shown(events) == [("THREATEN", True)]
    assert _type_shown(_pipeline_events("The senator vowed to impose tariffs on Chinese steel.", "vowed")) == [
        ("THREATEN", True)]
    # a vow of a friendly act is no threat
    assert [e["type"] for e in _pipeline_events("Germany vowed to send more aid to Ukraine.", "vowed")] != [
        "THREATEN"]


def test_idioms_of_take_against_a_party() -> None:
    assert _actors_at("Clinton took aim at Trump's business record on Tuesday.", "took", "recipient") == [
        ["Donald Trump"]]
    assert _type_shown(_pipeline_events("In a town hall in Brooklyn, Clinton took some shots at Sanders.",
                                        "took")) == [("ACCUSE", True)]
    assert _actors_at("On Monday, Biden took aim at comments by Republican presidential candidate Donald Trump.",
                      "took", "recipient") == [["Donald Trump"]]  # the comments' author
    events = _pipeline_events("Grassley has been taking heat back home for his silence.", "taking")
    assert [e["type"] for e in events] == ["ACCUSE"]
    # a thing taking aim at a thing: no party
    assert [e["type"] for e in _pipeline_events("The satirical art often takes aim at war.", "takes")] != ["ACCUSE"]


def test_a_thing_that_threatens_makes_no_threat() -> None:
    assert _events("That threatened to create a lot of unhappy families over the next decade.") == []
    assert _events("The rise of terrorism threatens the civilized world.") == []
    assert [e["type"] for e in _events("Iran threatened to close the Strait of Hormuz.")] == ["THREATEN"]


def test_an_act_told_of_is_not_done_by_the_teller() -> None:
    events = _pipeline_events("Then she invoked the Sept. 11, 2001, terrorist attacks to defend herself.")
    assert [e["trigger"]["text"] for e in events if e["type"] == "ASSAULT"] != ["invoked"]


def test_one_party_discussing_a_topic_is_no_consultation() -> None:
    assert _pipeline_events("The former ambassador also discussed the vast differences between the two "
                            "candidates' foreign policies.", "discussed") == []


def test_an_attack_only_supposed_is_no_attack() -> None:
    assert _pipeline_events("Barro noted that the odds of dying in a terrorist attack were very low.", "attack") == []
    assert _pipeline_events('"I am trying to save lives and prevent the next terrorist attack," he said.',
                            "attack") == []
    assert _pipeline_events("They are anxious about the possibility of another attack on America.", "attack") == []


def test_a_name_given_in_apposition_is_no_call_and_a_theme_returned_to_no_retreat() -> None:
    assert _pipeline_events("Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''", "called") == []
    assert _pipeline_events("Maher was not done with his train of thought. He returned to it later.",
                            "returned") == []
    assert [e["type"] for e in _events("Hamas returned two hostages to Israel.")] == ["RETREAT"]


def test_an_object_pronoun_is_not_the_subject_its_verb_shares() -> None:
    # "praised" shares the subject of "pointed"; "her" is not Mark-Viverito (she would be "herself")
    assert _actors_at("Asked about that vote, Melissa Mark-Viverito pointed to Hillary Clinton's current support for "
                      "licenses and praised her for changing her position.", "praised", "recipient") == [
        ["Hillary Clinton"]]


def test_a_battery_charged_a_measure_hit_and_a_sports_meeting_are_no_acts() -> None:
    assert _pipeline_events("There will be 150 kW DC fast charging support, with Audi suggesting it is enough.",
                            "charging") == []
    assert _pipeline_events("The keyboard's metal surface routinely hit 107 degrees Fahrenheit.", "hit") == []
    assert _pipeline_events("Norway's October oil production beat forecasts.", "beat") == []
    assert [e["type"] for e in _events("Prosecutors charged him with fraud.")] == ["ACCUSE"]
    assert [e["type"] for e in _events("Israeli strikes hit 30 targets in Gaza.") if e["trigger"]["text"] == "hit"] \
        == ["ASSAULT"]


def test_a_demand_that_a_party_step_down_asks_that_party() -> None:
    # the tagger makes "resign" a noun after "that ... government"; the clause is still the demand's content
    assert _texts(_one("The opposition demanded that the Latvian government resign at once.", "REQUEST")[
        "recipient_spans"]) == ["Latvian government"]


def test_a_demand_rejected_is_rejected_to_who_made_it() -> None:
    # the party whose demand it was, not the minister it was about
    assert _actors_at("The council rejected the Tehreek-e-Insaf Pakistan (PTI) demand for the dismissal of Interior "
                      "Minister Rana Sanaullah.", "rejected", "recipient") == [["PTI"]]


def test_a_border_closed_with_states_is_closed_to_those_states() -> None:
    assert _actors_at("Ecuador closed Peru's land border with Bolivia and Chile on Monday.", "closed",
                      "recipient") == [["Bolivia", "Chile"]]
    # a border where an act happened is no party to it
    assert ["Jordan"] not in _actors_at("In the town of Kerem, on the border with Jordan, an air strike on a school "
                                        "killed four people.", "killed", "recipient")


def test_forces_mobilised_for_an_attack_are_aimed_at_its_target() -> None:
    assert _actors_at("On Friday, Serbia mobilized the army for a potential ground assault against Kosovo.",
                      "mobilized", "recipient") == [["Kosovo"]]


def test_demands_given_in_to_and_sanctions_lifted_name_their_party() -> None:
    assert _texts(_pipeline_events("The cabinet has conceded to the demands of the striking dock workers.",
                                   "conceded")[0]["recipient_spans"]) == ["striking dock workers"]
    assert _actors_at("Canada will lift the sanctions imposed on Belarus and Moldova next month.", "lift",
                      "recipient") == [["Belarus", "Moldova"]]


def test_an_inmate_beaten_is_the_target_not_the_region() -> None:
    assert _texts(_pipeline_events("Prison guards beat an inmate to death in northern Chad last week.",
                                   "beat")[0]["recipient_spans"]) == ["inmate"]


def test_the_target_of_an_attack_noun_hung_from_its_doer() -> None:
    # the parse hangs "on Israel" from "fighters": it is the attack's target all the same
    text = "The attack by Hezbollah fighters on Israel drew a swift response."
    assert _actors_at(text, "attack", "recipient") == [["Israel"]]


def test_both_sides_are_others_than_who_calls_on_them() -> None:
    # "both sides" refers back to the last two parties named, never to the subject that speaks of them
    text = "Armenia and Azerbaijan exchanged prisoners on Friday. The United Nations called on both sides to talk."
    recipients = _actors_at(text, "called", "recipient")
    assert recipients and "United Nations" not in recipients[0]
    assert sorted(recipients[0]) == ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("The farmers' federation on Monday reiterated its call for emergency price support.", "reiterated", "REQUEST"),
    ("The opposition bloc renewed its demand for a snap election.", "renewed", "REQUEST"),
    ("The bishop repeated his plea for calm in the besieged city.", "repeated", "REQUEST"),
    ("Beijing restated its condemnation of the naval drills.", "restated", "ACCUSE"),
])
def test_a_call_made_again_is_the_request_it_repeats(text: str, trigger: str, event_type: str) -> None:
    # the verb only repeats or voices the noun's act: the call, the demand, the condemnation is the event, shown,
    # and the caller's own "its call" is no recipient
    events = _pipeline_events(text, trigger)
    assert _type_shown(events) == [(event_type, True)]
    assert not [a for a in events[0]["recipient_spans"] if a["text"].split()[0] in ("its", "his", "their")]


def test_an_appeal_against_a_verdict_renewed_is_no_request() -> None:
    # a court appeal asks for nothing the phrase names: not read as a call repeated
    assert "REQUEST" not in [e["type"] for e in _pipeline_events("The lawyer renewed his appeal against the verdict.")]


@pytest.mark.parametrize(("text", "trigger", "critics", "criticised"), [
    ("The budget plan drew sharp criticism from Kyiv and Warsaw.", "drew", ["Ukraine", "Government of Poland"], []),
    ("Stung by criticism from the European Union, the prime minister withdrew the bill.", None, None, None),
    ("Facing condemnation from the United Nations, Colonel Harlan released the detained reporters.", "condemnation",
     ["United Nations"], ["Harlan"]),
])
def test_criticism_faced_or_drawn_is_an_accusation_by_the_critics(text: str, trigger: str | None,
                                                                  critics: list[str] | None,
                                                                  criticised: list[str] | None) -> None:
    # who faces or draws criticism "from" a party named is its target, the party the accuser; only with a verb of
    # facing or drawing ("stung by criticism" is left to the model)
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    names = {a["id"]: a["name"] for a in record["actors"]}
    shown = [e for e in record["events"] if e["type"] == "ACCUSE" and e["confidence"] >= 0.5]
    if trigger is None:
        assert not [e for e in shown if e["trigger"]["text"] == "criticism"]
        return
    assert [e["trigger"]["text"] for e in shown] == [trigger]
    assert [names[i] for i in shown[0]["actor"]] == critics
    assert [names[i].split()[-1] for i in shown[0]["recipient"]] == criticised


@pytest.mark.parametrize(("text", "doer"), [
    ("A Dayton man pleaded guilty on Monday to threatening Senator Sherrod Brown.", "man"),
    ("Two years ago the former aide pleaded guilty to threatening the governor.", "aide"),
])
def test_a_threat_pleaded_guilty_to_is_the_pleader_s_act(text: str, doer: str) -> None:
    # the act a plea owns up to is an event of its own, done by who pleads (the parse hangs "to threatening" from
    # "guilty", not from the verb)
    record = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    threats = [e for e in record["events"] if e["type"] == "THREATEN"]
    assert [e["trigger"]["text"] for e in threats] == ["threatening"]
    assert [doer in a["text"] for a in threats[0]["actor_spans"]] == [True]


@pytest.mark.parametrize(("text", "trigger", "author"), [
    ("Algeria drafted a resolution demanding a ceasefire. The United States vetoed the resolution on Tuesday.",
     "vetoed", "Algeria"),
    ("The House passed a resolution condemning the attack. The White House rejected the resolution.", "rejected",
     "House"),
    # the document a relative clause judges: the clause's "that" or "which" stands for it
    ("Algeria drafted a resolution that was vetoed by the United States on Tuesday.", "vetoed", "Algeria"),
    ("Russia proposed an amendment which the United States vetoed.", "vetoed", "Russia"),
])
def test_a_document_judged_stands_for_its_author(text: str, trigger: str, author: str) -> None:
    # a resolution supported, backed or vetoed: the party that adopted, filed or drafted it is the recipient (never
    # the judging party itself)
    assert [author in names for names in _actors_at(text, trigger, "recipient")] == [True]


@pytest.mark.parametrize(("text", "trigger", "undergoes"), [
    # the subject the chain shares sits on its first verb, two conjuncts back
    ("Maria Lopez fired at the guards, fled the scene and was arrested in Mexico City.", "arrested", "Lopez"),
    # the chain opens a relative clause: its "who" stands for the noun it describes
    ("The court heard from a retired colonel, who admitted the bribes and was jailed for ten years.", "jailed",
     "colonel"),
])
def test_a_passive_at_the_end_of_a_chain_of_verbs_undergoes_their_shared_subject(text: str, trigger: str,
                                                                               undergoes: str) -> None:
    record = _record(text)
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert event["actor_spans"] == []
    assert [undergoes in t for t in _texts(event["recipient_spans"])] == [True]


def test_a_participle_set_off_by_commas_or_dashes_acts_on_the_noun_before_it() -> None:
    # "Israel, supported by Egypt, ...": the participle's noun undergoes it (its "by" phrase does it); without a
    # "by" phrase a participle set off is left alone, as is one after any other word
    from politika.nlp.events import _undergoing_noun
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(layers=())
    for text in ("Ukraine, backed by Poland, has pressed for a tribunal.",
                 "Ukraine \u2013 backed by Poland \u2013 has pressed for a tribunal."):
        doc = nlp(text)
        backed = next(t for t in doc if t.text == "backed")
        assert backed.dep_ == "acl" and getattr(_undergoing_noun(backed), "text", None) == "Ukraine"
    doc = nlp("Ukraine, backed for years, has pressed for a tribunal.")
    assert _undergoing_noun(next(t for t in doc if t.text == "backed")) is None


def test_an_act_aimed_at_a_party_told_again_without_it_keeps_the_party() -> None:
    # the same kind of act a sentence or two on, with no words for its target: the target named before
    charged = "Prosecutors charged Marta Kovac with fraud on Monday. "
    record = _record(charged + "The case was filed in Zagreb. A second indictment followed in May.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    indictment = next(e for e in record["events"] if e["trigger"]["text"] == "indictment")
    assert [names[i] for i in indictment["recipient"]] == ["Marta Kovac"]
    assert _texts(indictment["recipient_spans"]) == ["indictment"]  # read from the trigger
    # not across more than three sentences
    record = _record(charged + "The trial opened in June. The judge was replaced. The jury was sent home. A second "
                     "indictment followed in May.")
    indictment = next(e for e in record["events"] if e["trigger"]["text"] == "indictment")
    assert indictment["recipient"] == []


@pytest.mark.parametrize(("text", "asked"), [
    ("The calls by the United Nations for a ceasefire were ignored by Israel.", "Israel"),
    ("The demands by the European Commission for new audits were rejected by Hungary on Monday.", "Hungary"),
])
def test_who_answers_a_request_was_asked(text: str, asked: str) -> None:
    # a request noun granted or refused by a verb: its subject (or "by" agent) is the party asked, not the requester
    record = _record(text)
    names = {a["id"]: a["name"] for a in record["actors"]}
    requests = [e for e in record["events"] if e["type"] == "REQUEST" and e["trigger"]["text"] in ("calls", "demands")]
    assert requests, record["events"]
    assert [names[i] for i in requests[0]["recipient"]] == [asked]


@pytest.mark.parametrize("text", [
    "Prosecutors in Norway dropped their investigation into the former defence minister Odd Larsen.",
    "Sweden has shelved its inquiry into Julian Assange.",
    "The city withdrew its lawsuit against Governor Kathy Hochul.",
])
def test_a_case_dropped_is_a_concession(text: str) -> None:
    # the party that pressed the case yields on it (as "dropped the charges"), not a new accusation
    types = _type_shown(_pipeline_events(text))
    assert ("CONCEDE", True) in types and ("ACCUSE", True) not in types, types


def test_a_case_not_dropped_is_no_concession() -> None:
    events = _pipeline_events("Prosecutors did not drop the case against the mayor.")
    assert "CONCEDE" not in [e["type"] for e in events]


def test_a_pronoun_party_is_not_someone_of_the_other_gender() -> None:
    # "her" is not the man the article calls "Mr. Crane", though he is the nearer subject
    text = ("Ms. Helena Marsh won the primary in Ohio. Mr. Victor Crane has since been invoking the report in "
            "lobbing attacks on her.")
    assert _actors_at(text, "attacks", "recipient") == [["Helena Marsh"]]


def test_calling_a_party_out_is_criticism_not_an_appeal() -> None:
    record = _record("Senator Elena Voss called out Governor Paul Brandt for his silence on the strike.")
    assert [(e["type"], e["mode"]) for e in record["events"] if e["trigger"]["text"] == "called"] == [
        ("ACCUSE", "disapprove")]


def test_calling_workers_out_is_no_criticism() -> None:
    record = _record("The union called out its members on strike.")
    assert "ACCUSE" not in [e["type"] for e in record["events"]]


def test_hitting_the_airwaves_is_no_attack() -> None:
    # the idiom's noun as the text has it ("airwaves"; the small model lemmatises it "airwave")
    record = _record("Mayor Tom Okonjo finally hit the airwaves this month with an ad about crime.")
    assert "ASSAULT" not in [e["type"] for e in record["events"]]


def test_withering_attacks_parsed_as_a_compound_are_words() -> None:
    record = _record("Reyes unleashed withering attacks against Brandt in the second debate.")
    assert "ASSAULT" not in [e["type"] for e in record["events"]]
    assert "ACCUSE" in [e["type"] for e in record["events"]]


@pytest.mark.parametrize("text", [
    "The Silver State holds its Democratic caucuses on Saturday.",
    "Mayor Tom Okonjo holds several positions well outside his party's mainstream.",
    "In the latest poll Governor Ana Reyes holds only 14 percent of the vote.",
])
def test_holding_a_vote_a_share_or_a_view_detains_no_one(text: str) -> None:
    assert [e for e in _record(text)["events"] if e["trigger"]["text"] == "holds"] == []


def test_holding_hostages_is_still_an_act() -> None:
    assert _pipeline_events("Hamas is holding more than 100 hostages in Gaza.", "holding")


def test_a_line_of_attack_is_an_argument_no_act() -> None:
    record = _record("Her rivals are looking for a new line of attack on her record.")
    assert [e for e in record["events"] if e["trigger"]["text"] == "attack"] == []


def test_a_tune_struck_is_no_attack() -> None:
    events = _pipeline_events("The senator's campaign manager struck a similar tune on Sunday.")
    assert "ASSAULT" not in [e["type"] for e in events if e["confidence"] >= 0.5]


@pytest.mark.parametrize(("text", "word"), [
    ('The host then asked, "With the army?"', "asked"),
    ("Senator Ruth Calder asked rhetorically, shaking her head no.", "asked"),
])
def test_a_question_asked_rhetorically_or_quoted_after_the_verb_is_no_request(text: str, word: str) -> None:
    from politika.nlp.events import _question_asked
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(layers=())(text)
    assert _question_asked(next(t for t in doc if t.text == word))


def test_asking_for_something_is_still_a_request() -> None:
    from politika.nlp.events import _question_asked
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(layers=())("The union asked the company for a raise.")
    assert not _question_asked(next(t for t in doc if t.text == "asked"))


def test_demand_cut_by_a_rate_rise_is_the_market_s() -> None:
    from politika.nlp.events import _market_demand
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(layers=())
    doc = nlp("Higher rates would strengthen the dollar and cut demand for exports.")
    assert _market_demand(next(t for t in doc if t.text == "demand"))
    doc = nlp("The government cut their demands to two.")
    assert not _market_demand(next(t for t in doc if t.text == "demands"))


def test_attacks_told_beside_insults_are_words() -> None:
    record = _record("Reyes said the insults amounted to attacks on Mayor Tom Okonjo.")
    assert [e["type"] for e in record["events"] if e["trigger"]["text"] == "attacks"] == ["ACCUSE"]


def test_money_shelled_out_is_no_shelling() -> None:
    record = _record("The senator's super PAC shelled out $2 million for ads in Iowa.")
    assert [e for e in record["events"] if e["trigger"]["text"] == "shelled"] == []
