"""Generate the bundled sample files in ``resources/samples/``.

Two files a marketer would really have, each with the mapping that loads it:

- ``webinar-attendees.xlsx`` (HubSpot "Webinar attended" events): an attendee export with real
  Excel date cells, a few rows a marketer would get wrong (a mistyped email, a ``#N/A`` left by a
  VLOOKUP, an attendance value that is not an option, a missing email) and one row pasted twice.
- ``post-likes.csv`` (Pipeless "user liked post" events): a community export saved the way French
  Excel saves CSV (``;`` separator, Windows-1252, CRLF, ``21/03/2025 14:05`` dates), with a few
  rows that cannot be sent (an id over 40 characters, an action Pipeless does not know, an
  impossible date, a missing post id).

The output is deterministic (fixed seed, fixed workbook dates), so that regenerating gives the
same bytes and the tests can prove it. ``EXPECTED`` records what the checks must find in each file.

Usage: ``python scripts/make_samples.py [OUT_DIR]`` (default: ``resources/samples``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import sys
from pathlib import Path
from typing import Any

import xlsxwriter

SEED = 20250321
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "samples"

WEBINAR_XLSX = "webinar-attendees.xlsx"
WEBINAR_MAPPING = "webinar-attendees.mapping.json"
LIKES_CSV = "post-likes.csv"
LIKES_MAPPING = "post-likes.mapping.json"

WEBINAR_ROWS = 150  # data rows, including the invalid ones and the duplicate
LIKES_ROWS = 200

# What ``event-loader check`` must report for each sample (rows = data rows read).
EXPECTED: dict[str, dict[str, Any]] = {
    WEBINAR_XLSX: {
        "mapping": WEBINAR_MAPPING,
        "rows": WEBINAR_ROWS,
        "valid": WEBINAR_ROWS - 5,
        "invalid": 4,
        "duplicate": 1,
        # spreadsheet row number -> the kind of problem planted there
        "invalid_rows": {},  # filled in by build_webinar_rows()
        "duplicate_rows": {},  # row number -> row number of the original
    },
    LIKES_CSV: {
        "mapping": LIKES_MAPPING,
        "rows": LIKES_ROWS,
        "valid": LIKES_ROWS - 4,
        "invalid": 4,
        "duplicate": 0,
        "invalid_rows": {},
        "duplicate_rows": {},
        "trailing_blank_lines": 2,  # separator-only lines, not data rows
    },
}

FIRST_NAMES = [
    "Amélie",
    "Antoine",
    "Camille",
    "Chloé",
    "Claire",
    "Élodie",
    "Emma",
    "Étienne",
    "François",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Julien",
    "Léa",
    "Louis",
    "Lucas",
    "Manon",
    "Marc",
    "Margaux",
    "Mathilde",
    "Nathan",
    "Nicolas",
    "Noémie",
    "Olivier",
    "Pauline",
    "Pierre",
    "Raphaël",
    "Sarah",
    "Sophie",
    "Thomas",
    "Valentin",
    "Zoé",
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Eva",
    "Jonas",
    "Laura",
    "Max",
    "Nina",
    "Paul",
    "Sofia",
    "Tom",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Müller",
    "Schmidt",
    "Rossi",
    "Bianchi",
    "Novak",
]
COMPANIES = [
    ("Acme Logistique", "acme-logistique.fr"),
    ("Boulangerie Réunie", "boulangerie-reunie.fr"),
    ("Cloudnine Analytics", "cloudnine.io"),
    ("Delta Santé", "delta-sante.fr"),
    ("Éditions du Nord", "editionsdunord.fr"),
    ("Fjord Mobility", "fjord-mobility.com"),
    ("Groupe Horizon", "groupe-horizon.com"),
    ("Hexa Conseil", "hexaconseil.fr"),
    ("Isère Énergie", "isere-energie.fr"),
    ("Jardin & Co", "jardinetco.fr"),
    ("Kappa Retail", "kappa-retail.eu"),
    ("Lumen Studio", "lumenstudio.design"),
    ("Maison Verte", "maisonverte.fr"),
    ("Nordlicht GmbH", "nordlicht.de"),
    ("Orbis Formation", "orbis-formation.fr"),
    ("Pixel & Papier", "pixeletpapier.fr"),
    ("Quadra Assurances", "quadra-assurances.fr"),
    ("Riviera Travel", "riviera-travel.com"),
]
# (name, start in Paris local time, length in minutes); the launch is three days before the
# switch to summer time (30 March 2025), the clinic a few days after it.
WEBINARS = [
    ("HubSpot workflows masterclass", dt.datetime(2025, 3, 20, 15, 0), 60),
    ("Spring product launch", dt.datetime(2025, 3, 27, 16, 0), 45),
    ("Email deliverability clinic", dt.datetime(2025, 4, 3, 11, 0), 50),
    ("Q2 roadmap live Q&A", dt.datetime(2025, 4, 10, 17, 30), 40),
]
ATTENDANCE_LIVE = "Attended live"
ATTENDANCE_REPLAY = "Watched replay"
ATTENDANCE_ABSENT = "Did not attend"

WEBINAR_HEADERS = [
    "Email address",
    "First name",
    "Last name",
    "Company",
    "Webinar",
    "Minutes attended",
    "Registered on",
    "Attendance",
    "Joined at",
]

POST_TITLES = [
    "5 idées pour relancer vos clients inactifs",
    "Notre nouvelle appli est là !",
    "Coulisses : l’équipe support à Lyon",
    "Webinaire : automatiser ses relances",
    "Étude 2025 ; ce que veulent les acheteurs",
    "Recette du mois : la tarte tatin de Zoé",
    "Pourquoi nous passons à la semaine de 4 jours",
    "Offre de printemps : -20 % sur l’abonnement",
    "Témoignage client : Maison Verte",
    "Les 10 erreurs d’un premier salon",
    "Nos bureaux déménagent à Nantes",
    "FAQ : tout savoir sur la facturation",
    "Concours photo « Mon bureau idéal »",
    "Guide : bien choisir son CRM",
    "Cœur de métier : rencontre avec nos artisans",
    "Bilan de l’année et merci à vous",
    "Nouveauté : l’export en un clic",
    "Sondage : quel sujet pour le prochain live ?",
    "Infographie : le parcours client en 2025",
    "Portrait : Gaëlle, cheffe de produit",
    "Événement : portes ouvertes le 12 avril",
    "Tutoriel vidéo : créer sa première campagne",
    "On recrute ! 3 postes ouverts",
    "Retour sur le salon e-Marketing Paris",
    "Astuce : raccourcis clavier méconnus",
]
LIKE_ACTION = "liked"  # the platform exports activity types by their API names
LIKES_HEADERS = ["Member", "Member name", "Action", "Date", "Post", "Post title"]


def _slug(text: str) -> str:
    table = str.maketrans("àâäçéèêëîïôöùûüÿœæÉÈ", "aaaceeeeiioouuuyoaEE")
    return "".join(c for c in text.lower().translate(table) if c.isalnum())


def _hubspot_template_tokens() -> list[dict[str, Any]]:
    """Return the snapshot of template 1009877 "Webinar attended" in app 123456."""
    return [
        {"name": "webinar", "type": "string", "label": "Webinar"},
        {"name": "minutesAttended", "type": "number", "label": "Minutes attended"},
        {"name": "registeredOn", "type": "date", "label": "Registration date"},
        {
            "name": "attendance",
            "type": "enumeration",
            "label": "Attendance",
            "options": [
                {"label": ATTENDANCE_LIVE, "value": "live"},
                {"label": ATTENDANCE_REPLAY, "value": "replay"},
                {"label": ATTENDANCE_ABSENT, "value": "absent"},
            ],
        },
    ]


def webinar_mapping() -> dict[str, Any]:
    """Return the mapping that turns the attendee export into "Webinar attended" events."""
    return {
        "format": "event-loader-mapping",
        "version": 1,
        "name": "Webinar attendees to HubSpot",
        "destination": "hubspot-timeline",
        "hubspot": {
            "appId": 123456,
            "eventTemplateId": "1009877",
            "objectType": "contacts",
            "templateName": "Webinar attended",
            "tokens": _hubspot_template_tokens(),
        },
        "fields": {
            "email": {"column": "Email address"},
            "timestamp": {"column": "Joined at", "timezone": "Europe/Paris"},
            "tokens.webinar": {"column": "Webinar"},
            "tokens.minutesAttended": {"column": "Minutes attended"},
            "tokens.registeredOn": {"column": "Registered on"},
            "tokens.attendance": {"column": "Attendance"},
            "extraData.company": {"column": "Company"},
            "extraData.importedBy": {"value": "Event Loader"},
        },
        "event_id": {"columns": ["Email address", "Webinar"]},
    }


def likes_mapping() -> dict[str, Any]:
    """Return the mapping that turns the community export into user -liked-> post events."""
    return {
        "format": "event-loader-mapping",
        "version": 1,
        "name": "Post likes to Pipeless",
        "destination": "pipeless",
        "pipeless": {"appId": 77, "synchronous": False},
        "fields": {
            "start_object.type": {"value": "user"},
            "start_object.id": {"column": "Member"},
            "relationship.type": {"column": "Action"},
            "relationship.created_on": {"column": "Date", "format": "%d/%m/%Y %H:%M"},
            "end_object.type": {"value": "post"},
            "end_object.id": {"column": "Post"},
        },
    }


def build_webinar_rows(rng: random.Random) -> list[list[Any]]:
    """Return the attendee rows (header excluded) and record the planted problems in EXPECTED."""
    people: list[tuple[str, str, str, str]] = []
    seen_emails: set[str] = set()
    while len(people) < 110:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company, domain = rng.choice(COMPANIES)
        style = rng.randrange(3)
        local = (
            f"{_slug(first)}.{_slug(last)}"
            if style == 0
            else f"{_slug(first)[0]}{_slug(last)}"
            if style == 1
            else f"{_slug(first)}"
        )
        email = f"{local}@{domain}"
        if email in seen_emails:
            continue
        seen_emails.add(email)
        people.append((email, first, last, company))

    pairs: set[tuple[str, str]] = set()
    rows: list[list[Any]] = []
    while len(rows) < WEBINAR_ROWS - 1:  # the duplicate is added below
        email, first, last, company = rng.choice(people)
        webinar, start, length = rng.choice(WEBINARS)
        if (email, webinar) in pairs:
            continue
        pairs.add((email, webinar))
        registered = (start - dt.timedelta(days=rng.randint(1, 21))).date()
        roll = rng.random()
        if roll < 0.62:
            attendance = ATTENDANCE_LIVE
            joined: dt.datetime | None = start + dt.timedelta(minutes=rng.randint(-5, 12))
            minutes = max(3, length - rng.randint(0, length // 2))
        elif roll < 0.85:
            attendance = ATTENDANCE_REPLAY
            joined = (start + dt.timedelta(days=rng.randint(0, 6))).replace(
                hour=rng.randint(8, 21), minute=rng.randrange(60)
            )
            minutes = rng.randint(5, length)
        else:
            attendance = ATTENDANCE_ABSENT
            joined = None
            minutes = 0
        rows.append([email, first, last, company, webinar, minutes, registered, attendance, joined])

    expected = EXPECTED[WEBINAR_XLSX]
    header_row = 1

    def row_number(index: int) -> int:
        return header_row + 1 + index

    # Planted problems, on rows spread through the file (indices among data rows).
    rows[17][0] = rows[17][0].replace("@", "@@")  # a typo: two @
    expected["invalid_rows"][row_number(17)] = "email"
    rows[58][5] = "#N/A"  # written as an error cell: a VLOOKUP that found nothing
    expected["invalid_rows"][row_number(58)] = "cell_error"
    rows[91][7] = "Left early"  # not an option of the Attendance token
    expected["invalid_rows"][row_number(91)] = "attendance"
    rows[123][0] = None  # registered by phone, no email
    expected["invalid_rows"][row_number(123)] = "identifier"
    # The same attendee pasted twice (row 41's copy lands near the end).
    original = 40
    rows.insert(140, list(rows[original]))
    expected["duplicate_rows"][row_number(140)] = row_number(original)
    return rows


def write_webinar_xlsx(path: Path, rows: list[list[Any]]) -> None:
    """Write the attendee export the way HubSpot's export does: one sheet, typed cells."""
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    # Fixed document metadata keeps the file byte-for-byte reproducible.
    workbook.set_properties(
        {
            "title": "Webinar attendees",
            "author": "Marketing team",
            "company": "Example Co",
            "created": dt.datetime(2025, 4, 14, 9, 30),
        }
    )
    sheet = workbook.add_worksheet("Attendees")
    bold = workbook.add_format({"bold": True, "bg_color": "#EAF0F6"})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    widths = [34, 12, 12, 22, 32, 17, 14, 16, 17]
    for col, (header, width) in enumerate(zip(WEBINAR_HEADERS, widths, strict=True)):
        sheet.write_string(0, col, header, bold)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if value == "#N/A":
                sheet.write_formula(r, c, f"=VLOOKUP(A{r + 1},Minutes!A:B,2,FALSE)", None, "#N/A")
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, datetime_format)
            elif isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    sheet.autofilter(0, 0, len(rows), len(WEBINAR_HEADERS) - 1)
    workbook.close()


def build_likes_rows(rng: random.Random) -> list[list[str]]:
    """Return the community export rows (header excluded) and record the planted problems."""
    members = []
    for n in range(60):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        members.append((f"m-{10400 + n * 7}", f"{first} {last}"))
    posts = [(f"post-2025-{i + 1:03d}", title) for i, title in enumerate(POST_TITLES)]
    seen: set[tuple[str, str]] = set()
    rows: list[list[str]] = []
    start = dt.datetime(2025, 3, 3, 8, 0)
    while len(rows) < LIKES_ROWS:
        member_id, member_name = rng.choice(members)
        post_index = min(int(rng.expovariate(0.12)), len(posts) - 1)  # a few posts get most likes
        post_id, title = posts[post_index]
        if (member_id, post_id) in seen:
            continue
        seen.add((member_id, post_id))
        when = start + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 40))
        rows.append(
            [member_id, member_name, LIKE_ACTION, when.strftime("%d/%m/%Y %H:%M"), post_id, title]
        )

    expected = EXPECTED[LIKES_CSV]
    # A newsletter import glued the member's email to the id: 46 characters.
    rows[23][0] = "m-10442-pauline.legrand@pixeletpapier.example"
    expected["invalid_rows"][2 + 23] = "id_too_long"
    rows[77][2] = "shared"  # a share slipped into the likes export: not a Pipeless relationship
    expected["invalid_rows"][2 + 77] = "action"
    rows[120][3] = "31/02/2025 10:15"  # there is no 31 February
    expected["invalid_rows"][2 + 120] = "date"
    rows[166][4] = ""  # the post was deleted before the export
    expected["invalid_rows"][2 + 166] = "missing_post"
    return rows


def write_likes_csv(path: Path, rows: list[list[str]]) -> None:
    """Write the export as French Excel saves "CSV (séparateur: point-virgule)"."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(LIKES_HEADERS)
    writer.writerows(rows)
    # Excel keeps rows that once held data as separator-only lines at the end.
    for _ in range(EXPECTED[LIKES_CSV]["trailing_blank_lines"]):
        writer.writerow([""] * len(LIKES_HEADERS))
    path.write_bytes(buffer.getvalue().encode("cp1252"))


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def make_samples(out_dir: Path) -> list[Path]:
    """Write every sample file and its mapping into ``out_dir``; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for info in EXPECTED.values():
        info["invalid_rows"].clear()
        info["duplicate_rows"].clear()
    rng = random.Random(SEED)
    webinar_rows = build_webinar_rows(rng)
    likes_rows = build_likes_rows(random.Random(SEED + 1))
    written = [
        out_dir / WEBINAR_XLSX,
        out_dir / WEBINAR_MAPPING,
        out_dir / LIKES_CSV,
        out_dir / LIKES_MAPPING,
    ]
    write_webinar_xlsx(written[0], webinar_rows)
    _write_json(written[1], webinar_mapping())
    write_likes_csv(written[2], likes_rows)
    _write_json(written[3], likes_mapping())
    return written


def main(argv: list[str]) -> int:
    """Write the samples to the folder given, or to ``resources/samples``."""
    out_dir = Path(argv[0]) if argv else DEFAULT_OUT
    for path in make_samples(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
