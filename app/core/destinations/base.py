"""What a destination module tells the rest of the program: one ``Destination`` per service.

Everything that differs between services lives in a subclass (one module each, registered in
``app.core.destinations``): the settings block of the mapping file, the field catalogue and its
labels, required fields, value conversion and validation rules, the event's layout and id, batch
and rate-limit defaults, credential kinds, display name, the sandbox's paths and how the window
lists what the account offers (event templates, event definitions). The mapping, the converter,
the planner, the engine, the command line, the client factory and the window ask the registry
instead of testing a destination's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, runtime_checkable

from app.core.conversion.mapping_types import FieldRule, MappingError, TargetField
from app.core.echo import echo

if TYPE_CHECKING:
    from app.core.conversion.mapping import Mapping


# Wording the window shows is written here in English and translated where it is shown, with
# ``QCoreApplication.translate("Destinations", text)``. These two plain functions only mark it
# for Qt's lupdate (``resources/translations/update_translations.py`` scans this package), so
# the core stays free of Qt: ``translate`` with a count marks a plural (``%n``) text.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Return ``text``: marks it for translation in ``context`` where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Return ``text``: marks a plural text (``%n``) for translation where it is shown."""
    return text


@dataclass(frozen=True, slots=True)
class CliOption:
    """A command-line option a destination adds to ``event-loader map`` (English only)."""

    flag: str  # "--event-name"
    help: str
    metavar: str | None = None
    type: type = str

    @property
    def dest(self) -> str:
        """The attribute of the parsed arguments holding its value."""
        return self.flag.lstrip("-").replace("-", "_")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """How the window lists what an account offers to send to, in the destination's words.

    The Destination step shows one list of entries (``Destination.entry_summary``) and the
    chosen entry's fields (``Destination.entry_fields``) under these texts, translated in the
    "Destinations" context; ``entry_text`` is a plural text (%1, %2, %3 from the summary, %n the
    count of fields), ``chosen`` takes %1 the entry's key and %2 the account id.
    """

    title: str
    combo_label: str  # with its Alt letter
    reload_name: str  # the accessible name of the Reload list button
    listing: str  # while the list is fetched
    empty: str  # the account offers nothing
    choose: str  # under the list, nothing chosen yet
    go_on: str  # in the status bar, nothing chosen yet
    chosen: str  # in the status bar once chosen
    status_name: str
    fields_name: str  # the accessible name of the fields list
    entry_text: str
    columns: tuple[str, str, str, str]  # field label, its name in the service, type, options


@dataclass(slots=True)
class EventLayout:
    """How the generated row converter builds one event.

    ``containers`` are the local names of the dicts values go into (a field's slot indexes it);
    ``prologue`` creates them and the event, ``epilogue`` attaches them once every field is set,
    ``after_id`` runs once ``event_id`` is known. ``env`` holds the constants those lines use.
    """

    containers: tuple[str, ...]
    prologue: list[str]
    epilogue: list[str] = field(default_factory=list)
    after_id: list[str] = field(default_factory=list)
    env: dict[str, Any] = field(default_factory=dict)


S = TypeVar("S")  # the destination's settings block (``HubSpotSettings`` …)


@runtime_checkable
class _WithAppId(Protocol):
    app_id: int


def _app_id(settings: object) -> int:
    """Return the app id of settings that carry one (timeline and Pipeless settings do)."""
    if isinstance(settings, _WithAppId):
        return settings.app_id
    raise TypeError(f"{type(settings).__name__} has no app id: its destination names its own")


class Destination(Generic[S]):
    """Base of every destination; subclasses fill the class attributes and override methods.

    Generic over its settings type, so each method says which settings it takes and a type
    checker holds every destination module to it.
    """

    key: ClassVar[str]  # the mapping file's "destination" value, e.g. "hubspot-timeline"
    block: ClassVar[str]  # the mapping file's settings key, e.g. "hubspot"
    attr: ClassVar[str]  # the ``Mapping`` attribute holding the settings, e.g. "hubspot"
    display_name: ClassVar[str]  # what the window and the command line call it
    account_noun: ClassVar[str] = "app"  # what an account id names ("HubSpot app 123456")
    short_name: ClassVar[str]  # one word for ``event-loader login`` and account prefixes
    settings_type: ClassVar[type]
    default_base_url: ClassVar[str]
    batch_max: ClassVar[int]  # the largest batch the service documents
    default_batch_size: ClassVar[int]
    default_rate_per_10s: ClassVar[int | None]  # None: no documented limit
    # Keys of the account's secret blob; the sandbox's credentials use ``<short_name>_<key>``.
    secret_keys: ClassVar[tuple[str, ...]]
    # "oauth", "private_app_token", "api_key", "developer_key": what the account dialog asks for
    credential_kinds: ClassVar[tuple[str, ...]]
    sandbox_paths: ClassVar[tuple[str, ...]]  # API paths the sandbox imitates
    listing: ClassVar[str | None] = None  # what the window lists: "templates", "definitions"
    client_module: ClassVar[str]  # the app.api module whose ``build_client`` makes the client
    run_key_parts: ClassVar[int] = 1  # ids after the host in a run's destination key
    always_in_fingerprint: ClassVar[bool] = False  # written as null when absent (older runs)
    # Prefixes before a field's own name (``tokens.``): automatch compares the name after them.
    named_prefixes: ClassVar[tuple[str, ...]] = ()
    synonym_of: ClassVar[dict[str, str]] = {}  # target -> a target whose header synonyms it shares
    # ----- wording the window shows (marked with QT_TRANSLATE_NOOP, context "Destinations")
    choice_text: ClassVar[str] = ""  # its radio button in the Destination step (with Alt letter)
    result_text: ClassVar[str] = ""  # the Results step's "Destination" line ({app}, {name}, ...)
    account_id_field: ClassVar[str] = QT_TRANSLATE_NOOP("Destinations", "&App ID:")
    account_id_name: ClassVar[str] = QT_TRANSLATE_NOOP("Destinations", "App ID")
    account_id_hint: ClassVar[str] = ""  # where to find the id
    access_choice: ClassVar[str] = QT_TRANSLATE_NOOP("Destinations", "I have an access to&ken")
    access_hint: ClassVar[str] = ""  # where to find the main secret
    catalogue: ClassVar[Catalogue | None] = None  # listing "catalogue": what the window lists
    # ----- the command line (English)
    account_id_word: ClassVar[str] = "app id"  # what ``--app-id`` holds for it
    map_options: ClassVar[tuple[CliOption, ...]] = ()  # its own options of ``event-loader map``
    map_item: ClassVar[str | None] = None  # the map option naming the account's entry to read
    map_item_missing: ClassVar[str] = ""  # the sentence when that option is missing
    map_item_noun: ClassVar[str] = "entry"  # what that option names ("event definition")
    login_option: ClassVar[CliOption | None] = None  # ``event-loader login``: the entry to check
    # ----- the demo sandbox: its credentials are named ``<attr>_<key>``
    demo_id_key: ClassVar[str] = "app_id"
    demo_secrets: ClassVar[tuple[str, ...]] = ()
    # Prefix -> what problem sentences call such a field ("tokens." -> "token").
    field_nouns: ClassVar[dict[str, str]] = {}
    exports: ClassVar[
        dict[str, Any]
    ] = {}  # names ``app.core.conversion.mapping`` still offers older callers

    # ----- the settings block -------------------------------------------------------------

    def parse_settings(self, data: dict[str, Any]) -> S:
        """Build the settings object from the block's JSON; raise ``MappingError``."""
        raise NotImplementedError

    def settings_to_dict(self, settings: S) -> dict[str, Any]:
        """Return the block's JSON form (``parse_settings`` of it gives the same settings)."""
        raise NotImplementedError

    def settings_missing(self) -> str:
        """Return the sentence saying the block is absent."""
        return f'The mapping has no "{self.block}" settings.'

    def run_ids(self, settings: S) -> tuple[int | str, str | None]:
        """Return the ids that, with the host, name where a run's events go (app, template)."""
        return _app_id(settings), None

    # ----- the field catalogue ------------------------------------------------------------

    def targets(self, settings: S, mapping: Mapping | None) -> list[TargetField]:
        """List the fields a column can feed, required ones first."""
        raise NotImplementedError

    def target_kind(self, mapping: Mapping, target: str) -> str:
        """Return the value kind the converter produces for ``target``."""
        raise NotImplementedError

    def target_label(self, mapping: Mapping, target: str) -> str:
        """Return the label the editor shows for ``target``."""
        return target

    def check_target(self, mapping: Mapping, target: str) -> None:
        """Raise ``MappingError`` unless ``target`` is a field of this destination."""
        raise NotImplementedError

    def check_rule_type(self, mapping: Mapping, target: str, rule_type: str) -> None:
        """Refuse a rule's ``type`` the target cannot take (default: only its own kind)."""
        kind = self.target_kind(mapping, target)
        if rule_type != kind:
            raise MappingError(
                "type_not_allowed",
                f"Field {echo(target)} is of type {kind} (set by the destination); remove type "
                f'"{echo(rule_type)}".',
            )

    def is_contacts(self, settings: S) -> bool:
        """Tell whether the events land on contacts (found by email, record id or token)."""
        return False

    # ----- conversion ---------------------------------------------------------------------

    def field_order(self, settings: S) -> list[str]:
        """Return the order of the event's keys, whatever order the mapping file lists."""
        return []

    def slot(self, target: str) -> tuple[int, str]:
        """Which container (index into ``EventLayout.containers``) and key receive the value."""
        raise NotImplementedError

    def field_required(self, target: str, settings: S) -> bool:
        """Tell whether an empty cell for ``target`` is a problem of its own."""
        return False

    def converter(
        self,
        target: str,
        kind: str,
        rule: FieldRule,
        settings: S,
        day_first: bool | None = None,
    ) -> Callable[[Any], Any]:
        """Return the function turning a cell into the API value (raises ValueIssue/DateIssue)."""
        raise NotImplementedError

    def identifier_targets(self, settings: S, mapping: Mapping) -> list[str]:
        """Return the mapped targets of which one must hold a value on every row (contacts)."""
        return []

    def layout(self, settings: S) -> EventLayout:
        """How the row converter builds this destination's event."""
        raise NotImplementedError

    def id_seed(self, settings: S) -> str:
        """Return what an event id hashes besides the row (the template, the app)."""
        raise NotImplementedError

    def id_line(self) -> str | None:
        """Return the line computing ``event_id`` without id columns (None: hash the values)."""
        return None

    # ----- the account --------------------------------------------------------------------

    def account_id(self, settings: S) -> str:
        """Return the id naming the account in the keychain (``<short_name>:<id>``)."""
        return str(_app_id(settings))

    def probe_settings(self, account_id: int, item: str | None = None) -> S:
        """Return settings good enough to test an account's secret (``event-loader login``)."""
        raise NotImplementedError

    def describe(self, settings: S) -> str:
        """Return how messages name where the events go ("Pipeless app 77")."""
        return f"{self.display_name} app {_app_id(settings)}"

    def result_values(self, settings: S) -> dict[str, Any]:
        """Return the values ``result_text`` names."""
        return {"app": _app_id(settings)}

    def demo_account(self, credentials: dict[str, Any]) -> tuple[int, dict[str, str]] | None:
        """Return the demo sandbox's account id and secrets (None: the sandbox has none)."""
        id_key = f"{self.attr}_{self.demo_id_key}"
        if id_key not in credentials:
            return None
        secrets = {k: str(credentials[f"{self.attr}_{k}"]) for k in self.demo_secrets}
        return int(credentials[id_key]), secrets

    # ----- what the account lists (``listing``) ------------------------------------------

    def catalogue_entries(self, client: Any) -> list[dict[str, Any]]:
        """List the account's entries (``CatalogueClient.list_catalogue``), as the API does."""
        return list(client.list_catalogue())

    def entry_key(self, entry: dict[str, Any]) -> str:
        """Return the id an entry is chosen by."""
        return str(entry.get("id"))

    def entry_summary(self, entry: dict[str, Any]) -> tuple[list[str], int]:
        """Return what the list shows of an entry (``%1``, ``%2``, ...) and its field count."""
        return [str(entry.get("name", ""))], len(self.entry_fields(entry))

    def entry_fields(self, entry: dict[str, Any]) -> list[dict[str, Any]]:
        """Return the entry's fields as the API lists them (name, label, type, options)."""
        return []

    def settings_from_entry(self, entry: dict[str, Any], account_id: int | str) -> S:
        """Return the mapping's settings snapshot of the chosen entry; raise ``MappingError``."""
        raise NotImplementedError

    def chosen_entry(self, settings: S) -> str | None:
        """Return the key of the entry a mapping's settings were made from."""
        return None

    @property
    def main_secret(self) -> str:
        """The secret a ``--token-env`` variable holds (access token, API key)."""
        return self.secret_keys[0]

    @property
    def refreshable(self) -> bool:
        """Whether the account may sign in with a refresh token instead."""
        return "refresh_token" in self.secret_keys
