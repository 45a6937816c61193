"""Results in words and in a bar: the headline for every mix of counts, in English and French.

The wording is decided by ``app.ui.results_summary`` from the counts alone; the bar draws
``segment_widths``. Both are checked here without an upload; ``test_results_step`` checks the
page after real uploads to the sandbox.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.core.upload.journal import RowState
from app.ui.results_data import RunResults
from app.ui.results_summary import (
    SEGMENT_KEYS,
    ResultCounts,
    counts_of,
    destination_display_name,
    failed_groups,
    headline,
    problem_groups,
    tone,
)
from app.ui.views.results_widgets import Legend, StackedBar

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """The interface language, installed as the program does at start."""
    from app.ui.launch import install_translators

    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


# (counts, English headline, French headline, tone)
MIXES = [
    (
        ResultCounts(sent=150),
        "All 150 rows are in HubSpot",
        "Les 150 lignes sont dans HubSpot",
        "done",
    ),
    (ResultCounts(sent=1), "The row is in HubSpot", "1 ligne est dans HubSpot", "done"),
    (
        ResultCounts(sent=146, invalid=4),
        "146 of 150 rows are in HubSpot · 4 need fixing",
        "146 lignes sur 150 sont dans HubSpot · 4 à corriger",
        "warning",
    ),
    (
        ResultCounts(sent=149, invalid=1),
        "149 of 150 rows are in HubSpot · 1 needs fixing",
        "149 lignes sur 150 sont dans HubSpot · 1 à corriger",
        "warning",
    ),
    (
        ResultCounts(sent=1, failed=2),
        "1 of 3 rows is in HubSpot · 2 need fixing",
        "1 ligne sur 3 est dans HubSpot · 2 à corriger",
        "warning",
    ),
    (
        ResultCounts(sent=100, failed=45, temporary=45, invalid=5),
        "100 of 150 rows are in HubSpot · 5 need fixing · 45 to send again",
        "100 lignes sur 150 sont dans HubSpot · 5 à corriger · 45 à renvoyer",
        "warning",
    ),
    (
        ResultCounts(sent=20, already=130),
        "All 150 rows are in HubSpot · 130 already there",
        "Les 150 lignes sont dans HubSpot · 130 déjà présentes",
        "done",
    ),
    (
        ResultCounts(already=150),
        "Nothing new to add: all 150 rows were already in HubSpot",
        "Rien de nouveau à ajouter\u00a0: les 150 lignes étaient déjà dans HubSpot",
        "done",
    ),
    (
        ResultCounts(already=140, excluded=10),
        "140 of 150 rows are in HubSpot · 140 already there · 10 excluded",
        "140 lignes sur 150 sont dans HubSpot · 140 déjà présentes · 10 exclues",
        "done",
    ),
    (
        ResultCounts(sent=140, excluded=10),
        "140 of 150 rows are in HubSpot · 10 excluded",
        "140 lignes sur 150 sont dans HubSpot · 10 exclues",
        "done",
    ),
    (
        ResultCounts(sent=149, excluded=1),
        "149 of 150 rows are in HubSpot · 1 excluded",
        "149 lignes sur 150 sont dans HubSpot · 1 exclue",
        "done",
    ),
    (
        ResultCounts(failed=150),
        "None of the 150 rows is in HubSpot · 150 need fixing",
        "Aucune des 150 lignes n’est dans HubSpot · 150 à corriger",
        "warning",
    ),
    (
        ResultCounts(excluded=3),
        "None of the 3 rows is in HubSpot · 3 excluded",
        "Aucune des 3 lignes n’est dans HubSpot · 3 exclues",
        "warning",
    ),
    (
        ResultCounts(sent=50, left=96, invalid=4),
        "50 of 150 rows are in HubSpot · 4 need fixing · 96 not sent yet",
        "50 lignes sur 150 sont dans HubSpot · 4 à corriger · 96 pas encore envoyées",
        "warning",
    ),
    (
        ResultCounts(sent=50, left=1),
        "50 of 51 rows are in HubSpot · 1 not sent yet",
        "50 lignes sur 51 sont dans HubSpot · 1 pas encore envoyée",
        "info",
    ),
    (
        ResultCounts(sent=1200, already=34, invalid=2),
        "1,234 of 1,236 rows are in HubSpot · 2 need fixing · 34 already there",
        "1\u202f234 lignes sur 1\u202f236 sont dans HubSpot · 2 à corriger · 34 déjà présentes",
        "warning",
    ),
    (
        ResultCounts(),
        "The file had no rows to send",
        "Le fichier n’avait aucune ligne à envoyer",
        "info",
    ),
]


@pytest.mark.parametrize(("counts", "english", "french", "expected_tone"), MIXES)
def test_headline_for_every_mix_of_counts(language, counts, english, french, expected_tone):
    expected = english if language == "en" else french
    assert headline(counts, "HubSpot") == expected
    assert tone(counts) == expected_tone


def test_the_destination_is_named_by_the_registry():
    from app.core.conversion.mapping import Mapping

    assert destination_display_name(Mapping(destination="pipeless", fields={})) == "Pipeless"
    assert destination_display_name(Mapping(destination="hubspot-events", fields={})) == "HubSpot"
    assert headline(ResultCounts(sent=3), "Pipeless") == "All 3 rows are in Pipeless"


def test_counts_from_the_journal_treat_excluded_problems_as_excluded():
    results = RunResults(
        run_id=1,
        counts={
            RowState.SENT.value: 10,
            RowState.INVALID.value: 3,
            RowState.DUPLICATE.value: 1,
            RowState.FAILED.value: 2,
            RowState.EXCLUDED.value: 1,
            RowState.PENDING.value: 4,
            RowState.IN_FLIGHT.value: 1,
        },
        failed=[(0, 2, "timeout", ""), (1, 3, "rejected", "bad option")],
        excluded_problems=2,
    )
    counts = counts_of(results)
    assert counts == ResultCounts(
        sent=10, failed=2, temporary=1, invalid=2, excluded=3, left=5, already=0
    )
    assert counts.total == 22 and counts.to_fix == 3


def test_rows_to_fix_are_grouped_by_reason_most_rows_first(english):
    failed = [
        (4, 6, "rejected", "no such option"),
        (5, 7, "timeout", ""),  # temporary: Retry sends it, it is not a row to fix
        (9, 11, "rejected", "no such option"),
    ]
    groups = failed_groups(failed, lambda code, reason: reason or code)
    assert [(g.reason, g.indices, g.code) for g in groups] == [("no such option", (4, 9), None)]
    assert groups[0].title() == "2 rows: no such option"
    assert groups[0].rows_text() == "Rows 6, 11"
    problems = [(i, i + 2, "email_invalid") for i in range(8)] + [
        (20, 22, "date_invalid,email_invalid")
    ]
    groups = problem_groups(problems, lambda code: code.replace("_", " "))
    assert [(g.reason, g.count, g.code) for g in groups] == [
        ("Email invalid", 9, "email_invalid"),
        ("Date invalid", 1, "date_invalid"),
    ]
    assert groups[0].rows_text() == "Rows 2, 3, 4, 5, 6 and 4 more"
    assert groups[1].rows_text() == "Row 22"
    assert groups[1].title() == "1 row: Date invalid"


@pytest.fixture
def english(qapp):
    from app.ui.launch import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def bar_for(qtbot, counts: ResultCounts, width: int = 600) -> StackedBar:
    bar = StackedBar()
    qtbot.addWidget(bar)
    bar.resize(width, bar.sizeHint().height())
    bar.set_counts(counts)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_the_bar_is_split_in_proportion_and_fills_its_width(qtbot, english):
    bar = bar_for(qtbot, ResultCounts(sent=300, already=100, failed=100, invalid=50, excluded=50))
    segments = bar.segments()
    assert [key for key, _rect in segments] == ["sent", "already", "failed", "invalid", "excluded"]
    widths = {key: rect.width() for key, rect in segments}
    assert sum(widths.values()) == bar.contentsRect().width() == 600
    assert widths == {"sent": 300, "already": 100, "failed": 100, "invalid": 50, "excluded": 50}
    # Segments follow one another without gaps or overlaps.
    for (_a, left), (_b, right) in zip(segments, segments[1:], strict=False):
        assert left.right() + 1 == right.left()
    assert bar.accessibleDescription() == (
        "300 sent, 100 already there, 100 failed, 50 with problems, 50 excluded"
    )


def test_one_row_in_100000_keeps_a_visible_segment(qtbot, english):
    bar = bar_for(qtbot, ResultCounts(sent=99_999, failed=1))
    widths = dict((key, rect.width()) for key, rect in bar.segments())
    assert widths["failed"] >= bar.minimum_segment() >= 4
    assert widths["sent"] + widths["failed"] == 600
    # The failed row's colour is really painted at the bar's right end.
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    x = int((600 - 2) * ratio)
    colour = image.pixelColor(x, image.height() // 2)
    assert colour.red() > colour.green() + 40, colour.name()


def test_the_legend_gives_every_count_in_words(qtbot, english):
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_counts(ResultCounts(sent=146, invalid=4))
    legend.show()
    shown = [key for key in SEGMENT_KEYS if legend.labels[key].isVisible()]
    assert shown == ["sent", "invalid"]
    assert [legend.labels[k].text() for k in shown] == ["146 sent", "4 with problems"]
