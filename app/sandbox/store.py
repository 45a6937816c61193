"""What the sandbox holds: timeline events and contacts, Pipeless objects and relationships.

Each store takes one lock per write, so a batch is checked and written atomically even when many
client threads send at once; indexes make every check a dictionary look-up.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any


def _copy(data: Any) -> Any:
    """Copy JSON-shaped data deeply; several times faster than copy.deepcopy on big stores."""
    return json.loads(json.dumps(data))


# Outcomes of offering one HubSpot event to the store.
STORED = "stored"
REPEAT = "repeat"  # same id, same record: accepted, no second copy
IN_USE = "in_use"  # same id, another record (or any repeat when repeats are refused)


@dataclass(slots=True)
class HubSpotCandidate:
    """A validated HubSpot event waiting for its record and its place in the store."""

    sent_id: str  # the id as sent (``{{uuid}}`` not yet expanded); "" when the client sent none
    event_id: str  # the id it gets once stored
    template_id: str
    object_type: str
    event: dict[str, Any]  # the response object, without objectId for contacts found by email/utk
    object_id: str | None
    email: str | None
    utk: str | None


class HubSpotStore:
    """Timeline events by id, plus the contacts that email and utk identify."""

    _FIRST_CONTACT_ID = 28001

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._events: dict[str, dict[str, Any]] = {}
            self._records: dict[str, tuple[str, str, str]] = {}
            self._sent_counts: Counter[str] = Counter()
            self._contacts_by_email: dict[str, str] = {}
            self._contacts_by_utk: dict[str, str] = {}
            self._next_contact = self._FIRST_CONTACT_ID
            self.repeats = 0

    def offer(
        self, candidates: list[HubSpotCandidate], *, accept_repeats: bool, atomic: bool
    ) -> list[tuple[str, dict[str, Any]]]:
        """Store each candidate unless its id is taken; return (outcome, event) per candidate.

        With ``atomic``, nothing is stored when any candidate is refused (IN_USE). Events sharing
        an id inside the same list are treated in order, as if sent one after the other.
        """
        with self._lock:
            outcomes: list[tuple[str, dict[str, Any]]] = []
            pending: dict[str, tuple[tuple[str, str, str], dict[str, Any]]] = {}
            for cand in candidates:
                record = (cand.template_id, cand.object_type, self._resolve(cand))
                event = _with_object_id(cand.event, record[2])
                known = pending.get(cand.event_id)
                if known is None and cand.event_id in self._events:
                    known = (self._records[cand.event_id], self._events[cand.event_id])
                if known is None:
                    pending[cand.event_id] = (record, event)
                    outcomes.append((STORED, event))
                elif known[0] == record and accept_repeats:
                    outcomes.append((REPEAT, known[1]))
                else:
                    outcomes.append((IN_USE, event))
            if atomic and any(outcome == IN_USE for outcome, _ in outcomes):
                return outcomes
            for cand, (outcome, event) in zip(candidates, outcomes, strict=True):
                if outcome == STORED:
                    self._events[cand.event_id] = event
                    self._records[cand.event_id] = pending[cand.event_id][0]
                    self._sent_counts[cand.sent_id or cand.event_id] += 1
                elif outcome == REPEAT:
                    self.repeats += 1
            # Stored events are never changed in place, so the answer may share them.
            return outcomes

    def _resolve(self, cand: HubSpotCandidate) -> str:
        """Find the record the event lands on; emails and utks find or create a contact."""
        if cand.object_id is not None:
            if cand.email:  # objectId + email changes that contact's email
                self._contacts_by_email[cand.email.lower()] = cand.object_id
            return cand.object_id
        if cand.email:
            key = cand.email.lower()
            if key not in self._contacts_by_email:
                self._contacts_by_email[key] = self._new_contact_id()
            return self._contacts_by_email[key]
        assert cand.utk is not None  # validation guarantees one identifier
        if cand.utk not in self._contacts_by_utk:
            self._contacts_by_utk[cand.utk] = self._new_contact_id()
        return self._contacts_by_utk[cand.utk]

    def _new_contact_id(self) -> str:
        contact_id = str(self._next_contact)
        self._next_contact += 1
        return contact_id

    def get(self, template_id: str, event_id: str) -> dict[str, Any] | None:
        """One stored event, if it exists under that template."""
        with self._lock:
            event = self._events.get(event_id)
            if event is None or event["eventTemplateId"] != template_id:
                return None
            return _copy(event)

    def events(self) -> list[dict[str, Any]]:
        """Every stored event, in storage order."""
        with self._lock:
            return _copy(list(self._events.values()))

    def sent_id_counts(self) -> dict[str, int]:
        """Count stored events per id as sent: above 1, a row arrived twice (``{{uuid}}`` ids)."""
        with self._lock:
            return dict(self._sent_counts)

    def contacts(self) -> dict[str, str]:
        """Contacts identified by email: email -> objectId."""
        with self._lock:
            return dict(self._contacts_by_email)

    def __len__(self) -> int:
        with self._lock:
            return len(self._events)


def _with_object_id(event: dict[str, Any], object_id: str) -> dict[str, Any]:
    """Place the record id right after ``objectType``, as HubSpot lists it."""
    out: dict[str, Any] = {}
    for name, value in event.items():
        if name != "objectId":
            out[name] = value
        if name == "objectType":
            out["objectId"] = object_id
    return out


def relationship_key(event: dict[str, Any]) -> str:
    """``type:id -relationship-> type:id``: what makes two Pipeless events the same fact."""
    start, rel, end = event["start_object"], event["relationship"], event["end_object"]
    return f"{start['type']}:{start['id']} -{rel['type']}-> {end['type']}:{end['id']}"


class PipelessStore:
    """Objects unique by type + id, and relationships (``single`` ones never repeated)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._objects: dict[tuple[str, str], dict[str, Any]] = {}
            self._events: list[dict[str, Any]] = []
            self._counts: Counter[str] = Counter()
            self.repeats = 0

    def add(self, events: list[dict[str, Any]], received_at: str) -> tuple[int, int]:
        """Write validated events; return (stored, repeats) counts."""
        stored = repeats = 0
        with self._lock:
            for event in events:
                for end in ("start_object", "end_object"):
                    self._upsert_object(event[end], received_at)
                key = relationship_key(event)
                if event["relationship"].get("single", True) and self._counts[key]:
                    repeats += 1
                    continue
                rel = dict(event["relationship"])
                rel.setdefault("created_on", received_at)
                self._events.append(
                    {
                        "event_at": received_at,
                        "event": {
                            "start_object": dict(event["start_object"]),
                            "relationship": rel,
                            "end_object": dict(event["end_object"]),
                        },
                    }
                )
                self._counts[key] += 1
                stored += 1
            self.repeats += repeats
        return stored, repeats

    def _upsert_object(self, obj: dict[str, Any], received_at: str) -> None:
        key = (obj["type"], obj["id"])
        known = self._objects.get(key)
        if known is None:
            created = obj.get("created_on", received_at)
            self._objects[key] = {
                "id": obj["id"],
                "type": obj["type"],
                "created_on": created,
                "modified_on": obj.get("modified_on", created),
            }
            return
        # A known object is reused; dates the request carries overwrite the stored ones.
        for name in ("created_on", "modified_on"):
            if name in obj:
                known[name] = obj[name]

    def events(self) -> list[dict[str, Any]]:
        """Return stored relationships as ``{event_at, event: {start_object, ...}}``."""
        with self._lock:
            return _copy(self._events)

    def objects(self) -> list[dict[str, Any]]:
        """Every object, as the API reads it back."""
        with self._lock:
            return _copy(list(self._objects.values()))

    def counts(self) -> dict[str, int]:
        """Count stored relationships per ``relationship_key``."""
        with self._lock:
            return dict(self._counts)

    def __len__(self) -> int:
        with self._lock:
            return len(self._events)
