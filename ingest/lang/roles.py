"""The one loader of `roles.json`: the classes of the normalised (English) roles that the title
words of every language produce, and the role lists beside them (see its "about")."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROLES_PATH = Path(__file__).with_name("roles.json")


@cache
def load_roles() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ROLES_PATH.read_text(encoding="utf-8"))
    return data


@cache
def role_list(key: str) -> frozenset[str]:
    """One of the role lists beside the classes ('posted_roles', 'head_roles', ...), as a set."""
    return frozenset(load_roles()[key])


def past_role(role: str) -> bool:
    """Whether the role's first word puts the office in the past ('former minister',
    `past_modifiers`): its holder leads no side now. The role is read as given (callers lower
    its case where they match lower-cased lists)."""
    words = role.split()
    return bool(words) and words[0] in role_list("past_modifiers")
