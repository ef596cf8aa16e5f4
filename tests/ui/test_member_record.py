"""The member's record in the window: the points-scheme dialog, the record page and the
ranking."""

from __future__ import annotations

from datetime import date

from studio_app.ui.points_scheme_dialog import POINTS, PointsSchemeDialog


def test_the_scheme_dialog_publishes_an_edit_as_a_new_version(qtbot, services, tmp_path):
    dialog = PointsSchemeDialog(services)
    qtbot.addWidget(dialog)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    service = rows.index("帮办实事")
    dialog.table.cellWidget(service, POINTS).setValue(5)
    dialog.pass_mark.setValue(70)
    dialog.note.setText("帮办实事提高到 5 分")
    dialog.save()
    assert dialog.changed
    current = services.points.current()
    assert (current.number, current.from_year, current.note) == (
        2,
        date.today().year,
        "帮办实事提高到 5 分",
    )
    assert current.scheme.pass_mark == 70
    assert next(r for r in current.scheme.items if r.key == "service").points == 5
    assert services.points.scheme_for(date.today().year - 1).number == 1  # last year kept


def test_an_unchanged_scheme_publishes_nothing(qtbot, services):
    dialog = PointsSchemeDialog(services)
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.changed
    assert [v.number for v in services.points.versions()] == [1]
