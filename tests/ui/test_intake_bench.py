"""The bench's 扫码说事 figures (bench/intake.py) on a small burst: every phone answered and
listed at the desk, the window's stalls timed, the photos cleaned off the window's thread, the
lines printed. Times are never asserted: machines differ."""

from __future__ import annotations

import io

from studio_app.bench.intake import checks, measure_intake, print_rows


def test_the_intake_bench_measures_and_prints(tmp_path, qapp):
    f = measure_intake(tmp_path, submissions=4, photos=2, photo_width=800)
    text, photos = f["text"], f["photos"]
    assert (text["phones"], text["accepted"], text["listed"]) == (4, 4, 4)
    assert (photos["phones"], photos["accepted"], photos["listed"]) == (2, 2, 2)
    assert text["stall_ms"] > 0 and photos["answered_s"] > 0 and photos["photo_mb"] > 0
    assert photos["off_gui_thread"] is True
    assert set(checks(f)) == {"intake_burst", "intake_stall", "intake_photos_off_gui"}
    out = io.StringIO()
    print_rows(f, lambda what, value, target="", key=None: print(what, value, file=out), out)
    assert "4 phones at once" in out.getvalue() and "off the window's thread" in out.getvalue()
