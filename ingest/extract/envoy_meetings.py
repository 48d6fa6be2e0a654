"""Envoys of several states named as the heads of one meeting ('Il s'agit de Mme Amal Afifi,
ambassadeur de la République Arabe d'Égypte; M. Takahisa Tsugawa, ambassadeur du Japon'): each
presents his credentials, or is received, on his own, a meeting of his state with the host."""

from __future__ import annotations

from graph_schema.model import Label, id_key, node_id
from ingest.extract.leaders.envoys import is_envoy_role
from ingest.extract.meetings.parties import place_country, rekey
from ingest.models import Delegation, Meeting


def split_envoy_heads(
    meetings: list[Meeting], delegations: list[Delegation], lang: str
) -> list[Meeting]:
    """The meetings, each whose heads are all envoys of two states or more split into one per
    envoy's state with its host: the state of its city, else its one side no envoy heads. No
    call: envoys in a call are the states' own sides."""
    out: list[Meeting] = []
    for meeting in meetings:
        out.append(meeting)
        led = [d for d in delegations if d.meeting == meeting.id]
        envoys = sorted({d.country for d in led})
        if meeting.kind == "call" or len(envoys) < 2:
            continue
        if not all(is_envoy_role(d.leader_role) for d in led):
            continue
        host = _host(meeting, envoys, lang)
        if host is None:
            continue
        meeting.parties = sorted({host, envoys[0]})
        rekey(meeting)
        for code in envoys[1:]:
            other = meeting.model_copy(deep=True)
            other.id = node_id(Label.MEETING, f"{id_key(meeting.id)}-{code}")
            other.parties = sorted({host, code})
            rekey(other)
            out.append(other)
            for d in led:
                if d.country == code:
                    d.meeting = other.id
    return out


def _host(meeting: Meeting, envoys: list[str], lang: str) -> str | None:
    at = place_country(meeting.city, lang) if meeting.city else None
    if at is not None:
        return None if at in envoys else at
    others = set(meeting.parties) - set(envoys)
    return others.pop() if len(others) == 1 else None
