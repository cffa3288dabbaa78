"""The actor knowledge base: countries, governments, organisations, office holders and the descriptor lexicon.

>>> from politika.kb import KnowledgeBase
>>> KnowledgeBase.load().office_holder("RUS", "head_of_state", "2024-07-05").name
'Vladimir Putin'
"""

from politika.kb.base import KnowledgeBase
from politika.kb.entities import KBEntity, Role
from politika.kb.importers import import_file, read_ftm, read_wikidata
from politika.kb.names import normalise_name
from politika.kb.storage import save_user_entities, user_kb_dir

__all__ = ["KBEntity", "KnowledgeBase", "Role", "import_file", "normalise_name", "read_ftm", "read_wikidata",
           "save_user_entities", "user_kb_dir"]
