"""The PLOVER vocabulary (politika/plover.py) agrees with itself, the record schema and the CAMEO fixes."""

from __future__ import annotations

import json
from importlib import resources

from politika.plover import (
    ALL_MODES,
    CAMEO_CODE_FIXES,
    EVENT_TYPES,
    MODES,
    QUAD,
    QUAD_NAMES,
    EventType,
    cameo_to_plover,
)


def test_one_list_of_types() -> None:
    assert tuple(EventType) == EVENT_TYPES and len(EVENT_TYPES) == 16
    assert tuple(QUAD) == EVENT_TYPES  # the quad table's order is the types' order everywhere they are listed
    assert set(QUAD.values()) == set(QUAD_NAMES) == {1, 2, 3, 4}
    assert set(MODES) <= set(EVENT_TYPES) and "ceasefire" in ALL_MODES


def test_the_record_schema_names_the_same_types() -> None:
    schema = json.loads(resources.files("politika").joinpath("data/annotation.schema.json").read_text("utf-8"))
    assert set(schema["$defs"]["eventType"]["enum"]) == set(EVENT_TYPES)


def test_cameo_fixes_are_plover_2() -> None:
    for code, fixed in CAMEO_CODE_FIXES.items():
        assert cameo_to_plover(code, {}) == fixed
        if fixed is not None:
            assert fixed[0] in EVENT_TYPES and (fixed[1] is None or fixed[1] in MODES[fixed[0]]), code
    table = {"0311": ("AGREE", "economic"), "19": ("ASSAULT", None), "181": ("ASSAULT", "massacre")}
    assert cameo_to_plover("0311: express intent", table) == ("AGREE", None)  # no such AGREE mode in PLOVER 2.0
    assert cameo_to_plover("1951", table) == ("ASSAULT", None)  # the two-digit parent's entry
    assert cameo_to_plover("181", table) == ("ASSAULT", "targeted")  # the 2021 mode renamed
    assert cameo_to_plover("---", table) is None
