"""The 全县概览 at county scale: every studio's figures for the year (and this month), and the
county's overdue list, as the county office's page asks for them (``CountyOverviewService``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from studio_app.bench.member_record import _runs  # first / median wall and CPU time
from studio_app.core.services import Services

TARGET_YEAR_S = 1.0  # the issue's: the year's overview of 30 studios and 100,000 requests
CHECK = "county_overview year"


def measure(services: Services, *, runs: int = 5) -> dict:
    """The year's overview, the page's month-and-year overview and the overdue list."""
    today = date.today()
    start = date(today.year, 1, 1)
    year_timing, year = _runs(lambda: services.county.period(start, today, today), runs)
    both_timing, _ = _runs(lambda: services.county.overview(today), runs)
    overdue_timing, overdue = _runs(lambda: services.county.overdue(today), runs)
    return {
        "from": start.isoformat(),
        "to": today.isoformat(),
        "year": {
            **year_timing,
            "studios": len(year.studios),
            "requests": year.total.requests,
            "visitors": year.total.visitors,
            "overdue": year.total.overdue,
        },
        "month_and_year": both_timing,
        "overdue_list": {**overdue_timing, "rows": len(overdue)},
    }


def checks(f: dict) -> dict[str, bool]:
    return {CHECK: f["year"]["median_s"] <= TARGET_YEAR_S}


def print_rows(f: dict, row: Callable[..., None]) -> None:
    def ms(timing: dict) -> str:
        return f"{timing['first_s'] * 1000:.1f} / {timing['median_s'] * 1000:.1f} ms"

    year = f["year"]
    row(
        f"全县概览, year: {year['studios']} studios, {year['requests']:,} requests",
        f"{year['median_s'] * 1000:.1f} ms",
        f"≤ {TARGET_YEAR_S * 1000:.0f} ms",
        CHECK,
    )
    row("  year: first / median", ms(year))
    row("  month and year (the page): first / median", ms(f["month_and_year"]))
    row(f"  overdue list ({f['overdue_list']['rows']:,} rows): first / median",
        ms(f["overdue_list"]))  # fmt: skip
