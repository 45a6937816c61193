"""Propose which column feeds which field, with a confidence the mapping screen can show.

Headers written by people vary: ``E-mail``, ``Adresse e-mail``, ``Courriel``, ``EMAIL_ADDRESS``
all mean the contact's email. Names are compared after normalising case, accents, spaces,
``_``/``-``/``.`` and camelCase; then through English and French synonyms; then by similarity
(difflib) with a lower confidence. Each column feeds one field at most and each field gets one
column: the best-scoring pairs are taken first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from app.core.conversion.date_formats import compile_format
from app.core.conversion.date_issue import DateIssue
from app.core.conversion.date_text import parse_date_text
from app.core.conversion.mapping import FieldRule, Mapping, TargetField, for_settings, targets_for
from app.core.destinations import all_destinations

MIN_CONFIDENCE = 0.6
SAME_NAME = 1.0
SAME_LABEL = 1.0
SAME_LETTERS = 0.95
SYNONYM = 0.9
SYNONYM_WITH_NAME = 0.92
CONTAINS = 0.75
SIMILAR_MAX = 0.8


@dataclass(frozen=True, slots=True)
class Match:
    """A proposed column for a target field; ``reason`` says why, for the Check/Matched status."""

    target: str
    column: str
    confidence: float  # 0..1
    reason: str  # same_name, same_label, synonym, contains, similar


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s_\-./:()\[\]#'’]+")


def normalise(text: str) -> str:
    """Return a header or field name in comparable form (``Adresse E-mail``: ``adresse e mail``)."""
    text = _CAMEL.sub(" ", text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_SEPARATORS.sub(" ", text.casefold()).split())


# Synonyms (already normalised) by target; tokens match by their name and label instead.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "email": (
        "email", "e mail", "mail", "email address", "e mail address", "mail address",
        "courriel", "adresse e mail", "adresse email", "adresse mail", "adresse courriel",
        "adresse electronique", "mel", "contact email", "work email", "email professionnel",
    ),
    "objectId": (
        "id", "record id", "object id", "hubspot id", "contact id", "company id", "deal id",
        "ticket id", "vid", "crm id", "identifiant", "id fiche", "id hubspot", "record",
    ),
    "utk": ("utk", "user token", "hubspotutk", "hubspot utk", "tracking cookie", "cookie"),
    "domain": ("domain", "domaine", "website domain", "site domain", "nom de domaine"),
    "timestamp": (
        "date", "timestamp", "horodatage", "when", "time", "date time", "datetime", "event date",
        "event time", "occurred at", "happened at", "date heure", "date et heure", "quand",
        "date de l evenement", "heure",
    ),
    "start_object.id": (
        "user", "user id", "member", "member id", "userid", "utilisateur", "id utilisateur",
        "membre", "person", "personne", "customer", "client", "from", "source", "start id",
        "start object id", "actor",
    ),
    "start_object.type": (
        "user type", "start type", "start object type", "from type", "source type",
    ),
    "relationship.type": (
        "action", "relationship", "relationship type", "relation", "verb", "activity", "activite",
        "event", "evenement", "interaction", "event type",
    ),
    "relationship.created_on": (
        "date", "timestamp", "horodatage", "when", "date time", "datetime", "created on",
        "created at", "occurred at", "date heure", "quand", "event date",
    ),
    "relationship.single": ("single", "unique", "once"),
    "end_object.id": (
        "item", "item id", "object", "object id", "target", "to", "end id", "end object id",
        "content", "contenu", "objet", "video", "post", "product", "article", "produit",
    ),
    "end_object.type": (
        "item type", "object type", "end type", "end object type", "target type",
        "content type", "type de contenu",
    ),
    "start_object.created_on": ("user created on", "member since", "signup date", "signed up"),
    "end_object.created_on": ("published on", "publication date", "item created on"),
}  # fmt: skip


# Prefixes before a field's own name (``tokens.score``), and targets sharing another's synonyms.
_NAMED_PREFIXES = tuple(p for d in all_destinations() for p in d.named_prefixes)
_SYNONYM_OF = {k: v for d in all_destinations() for k, v in d.synonym_of.items()}


def _names_of(target: TargetField) -> tuple[list[str], list[str]]:
    """Return (names, labels) of a target, normalised, for exact comparison."""
    short = target.name.split(".", 1)[1] if target.name.startswith(_NAMED_PREFIXES) else target.name
    names = [normalise(short), normalise(target.name)]
    labels = [normalise(target.label)] if target.label else []
    return names, labels


def _score(header: str, target: TargetField) -> tuple[float, str]:
    """Return the best (confidence, reason) for one header against one target."""
    h = normalise(header)
    if not h:
        return 0.0, ""
    names, labels = _names_of(target)
    if h in names:
        return SAME_NAME, "same_name"
    if h in labels:
        return SAME_LABEL, "same_label"
    compact = h.replace(" ", "")
    if any(compact == n.replace(" ", "") for n in names + labels):
        return SAME_LETTERS, "same_name"
    synonyms = _SYNONYMS.get(_SYNONYM_OF.get(target.name, target.name), ())
    padded = f" {h} "
    if h in synonyms or compact in {s.replace(" ", "") for s in synonyms}:
        # "Email address" says more than "Mail": a synonym holding the field's own name wins.
        if any(f" {n} " in padded for n in names + labels if n != h):
            return SYNONYM_WITH_NAME, "synonym"
        return SYNONYM, "synonym"
    best = (0.0, "")
    for phrase in names + labels + list(synonyms):
        if len(phrase) >= 4 and f" {phrase} " in padded:
            best = max(best, (CONTAINS, "contains"))
    for phrase in names + labels:
        ratio = SequenceMatcher(None, compact, phrase.replace(" ", "")).ratio()
        if ratio >= 0.8:
            best = max(best, (round(ratio * SIMILAR_MAX, 3), "similar"))
    return best


def auto_match(headers: Sequence[str], targets: Sequence[TargetField]) -> list[Match]:
    """Propose one column per target (best first), each column used once; confidence 0..1.

    Candidates under ``MIN_CONFIDENCE`` are dropped. Ties go to required targets, then to the
    order of targets and columns, so the result does not depend on dictionary order.
    """
    rank = {t.name: i for i, t in enumerate(targets)}
    required = {t.name for t in targets if t.required or t.one_of}
    candidates: list[tuple[float, int, int, int, Match]] = []
    for t_index, target in enumerate(targets):
        for c_index, header in enumerate(headers):
            confidence, reason = _score(header, target)
            if confidence >= MIN_CONFIDENCE:
                match = Match(target.name, header, confidence, reason)
                candidates.append(
                    (-confidence, 0 if target.name in required else 1, t_index, c_index, match)
                )
    candidates.sort(key=lambda c: c[:4])
    used_targets: set[str] = set()
    used_columns: set[str] = set()
    result: list[Match] = []
    for *_, match in candidates:
        if match.target in used_targets or match.column in used_columns:
            continue
        used_targets.add(match.target)
        used_columns.add(match.column)
        result.append(match)
    result.sort(key=lambda m: rank[m.target])
    return result


# ---------------------------------------------------------------------------------------------
# Date formats from sample values

_CANDIDATE_FORMATS = (
    "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M %p", "%d/%m/%Y %I:%M %p", "%d.%m.%Y", "%d.%m.%Y %H:%M",
    "%d-%m-%Y", "%m-%d-%Y", "%d/%m/%y", "%m/%d/%y", "%Y-%m-%d %H:%M", "%Y-%m-%d",
)  # fmt: skip


def suggest_date_format(values: Iterable[Any], limit: int = 500) -> str | None:
    """Return a strftime format that reads every sample text value, or None.

    None when no format is needed (real date cells, ISO text), when the samples do not settle
    day-first against month-first (every day is 12 or less), or when nothing fits: the user then
    chooses in Mapping, which beats a silent wrong guess.
    """
    texts: list[str] = []
    for value in values:
        if isinstance(value, str) and value.strip():
            texts.append(value.strip())
            if len(texts) >= limit:
                break
    if not texts:
        return None
    if all(_auto_readable(t) for t in texts):
        return None
    fitting = [fmt for fmt in _CANDIDATE_FORMATS if all(_fits(fmt, t) for t in texts)]
    if len(fitting) != 1:
        return None
    return fitting[0]


def _auto_readable(text: str) -> bool:
    try:
        parse_date_text(text)
    except DateIssue:
        return False
    return True


def _fits(fmt: str, text: str) -> bool:
    try:
        compile_format(fmt)(text)
    except DateIssue:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# A mapping to start from

_DATE_KINDS = ("date", "datetime")


def starter_mapping(
    settings: Any,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]] | None = None,
    matches: Sequence[Match] | None = None,
    timezone: str | None = None,
) -> Mapping:
    """Build a mapping from matches (``auto_match`` when not given) for the user to review.

    With sample ``rows``, date fields get the format their text needs when the samples settle it;
    with ``timezone`` (the computer's, from the caller), they read times without an offset there.
    Pipeless object types not found in the file are left unmapped: a fixed type is the user's call.
    """
    targets = targets_for(settings)
    if matches is None:
        matches = auto_match(headers, targets)
    kinds = {t.name: t.kind for t in targets}
    positions = {h: i for i, h in enumerate(headers)}
    fields: dict[str, FieldRule] = {}
    for match in matches:
        rule = FieldRule(column=match.column)
        if kinds.get(match.target) in _DATE_KINDS:
            rule.timezone = timezone
        if rows and kinds.get(match.target) in _DATE_KINDS and match.column in positions:
            i = positions[match.column]
            rule.format = suggest_date_format(row[i] for row in rows if i < len(row))
        fields[match.target] = rule
    destination = for_settings(settings)
    return Mapping(destination.key, fields, blocks={destination.attr: settings})


__all__ = [
    "MIN_CONFIDENCE",
    "Match",
    "auto_match",
    "normalise",
    "starter_mapping",
    "suggest_date_format",
]
