"""扫码说事 under a burst: ``studio-app bench``'s intake figures (in a process of its own).

The desk's panel serves the page on 127.0.0.1 in an offscreen window, as at a reception day:

* 50 phones send a text submission at once (each from its own loopback address, 127.0.0.N, as
  50 phones on the studio's Wi-Fi have 50 addresses; in a process of their own): the time from
  their start (each opens the page, then sends) to the last answer, and that the 待受理 list
  shows them all;
* 5 phones send a 12-megapixel photo each (JPEG with GPS EXIF) at once: the same times, and on
  which threads the photos were cleaned (none may be the window's);
* all the while the window's event loop is timed by a 5-ms timer: the longest it did not run
  (the target: never more than 100 ms).

Figures are printed, never asserted by the tests: machines differ.
"""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import sys
import threading
import time
import uuid
from pathlib import Path

TARGET_BURST_S = 2.0
TARGET_STALL_MS = 100.0
TICK_MS = 5


def _photo(size: tuple[int, int] = (4000, 3000)) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (36.0, 3.0, 0.0), 3: "E", 4: (103.0, 50.0, 0.0)}
    # A photo's detail (noise, smoothed): about 2.5 MB as a phone's 12-megapixel JPEG.
    image = Image.effect_noise((size[0] // 4, size[1] // 4), 60).resize(size).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def _send(port: int, token: str, source: str, n: int, photo: bytes | None) -> int:
    """One phone: opens the page (its CSRF token), then sends the form."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30,
                                            source_address=(source, 0))  # fmt: skip
    try:
        connection.request("GET", f"/{token}")
        page = connection.getresponse().read().decode("utf-8")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        boundary = uuid.uuid4().hex
        fields = {"name": "赵垚", "phone": f"139{n:08d}", "village": "东关村",
                  "content": f"第 {n} 位群众反映：村口路灯坏了，晚上出行不便。", "consent": "yes",
                  "csrf": csrf}  # fmt: skip
        body = b"".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        )
        if photo is not None:
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; '
                     'filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n').encode()  # fmt: skip
            body += photo + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        connection.request("POST", f"/{token}", body=body,
                           headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


class _Stalls:
    """The longest gap between two runs of a 5-ms timer on the window's thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def phones(port: int, token: str, count: int, first: int, photo_width: int) -> dict:
    """In the phones' process: ``count`` phones at once, each from its own loopback address
    (with a photo ``photo_width`` pixels wide, 4:3, unless 0); the time from their start to
    the last answer, and each answer's status."""
    photo = _photo((photo_width, photo_width * 3 // 4)) if photo_width else None
    statuses: list[int] = []
    answered: list[float] = []
    start = threading.Barrier(count + 1)

    def phone(n: int) -> None:
        start.wait()
        statuses.append(_send(port, token, f"127.0.{n // 250}.{n % 250 + 2}", n, photo))
        answered.append(time.perf_counter())

    threads = [threading.Thread(target=phone, args=(first + n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    start.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"statuses": statuses, "answered_s": max(answered) - t0,
            "photo_mb": len(photo) / 1e6 if photo else 0}  # fmt: skip


def _burst(app, panel, count: int, photo_width: int, first: int) -> dict:
    """The phones in a process of their own (as phones are apart from the PC, and their
    threads do not take Python's lock from the window's); the window's loop runs, timed,
    until they are answered and the list shows them all."""
    import subprocess

    session = panel.server.session
    before = panel.model.rowCount()
    code = ("import json, sys; from studio_app.bench.intake import phones; "
            "print(json.dumps(phones(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), "
            "int(sys.argv[4]), int(sys.argv[5]))))")  # fmt: skip
    args = [str(session.port), session.token, str(count), str(first), str(photo_width)]
    stalls = _Stalls()
    stalls.start()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 300
    while (child.poll() is None or panel.model.rowCount() < before + count) and (
        time.monotonic() < deadline
    ):
        app.processEvents()
        time.sleep(0.001)
    stall = stalls.stop()
    out, err = child.communicate()
    if child.returncode != 0:
        return {"error": (err.strip().splitlines() or ["the phones failed"])[-1]}
    sent = json.loads(out.strip().splitlines()[-1])
    return {
        "phones": count,
        "accepted": sent["statuses"].count(200),
        "listed": panel.model.rowCount() - before,
        "answered_s": sent["answered_s"],
        "photo_mb": sent["photo_mb"],
        "stall_ms": stall * 1000,
    }


def measure_intake(folder: Path, submissions: int = 50, photos: int = 5,
                   photo_width: int = 4000) -> dict:  # fmt: skip
    """The burst of text submissions, then the burst of photos, in this process (it needs
    the offscreen platform when there is no screen)."""
    from PySide6.QtWidgets import QApplication

    from studio_app.core.services import Services
    from studio_app.core.studios import StudioInput
    from studio_app.storage.migrate import open_database
    from studio_app.ui.gui_thread_gc import collect_on_gui_thread
    from studio_app.ui.intake_panel import IntakePanel

    app = QApplication.instance() or QApplication([])
    collect_on_gui_thread(app)  # as the program does: Qt objects die on the window's thread
    for stale in folder.glob("intake.sqlite3*"):
        stale.unlink()
    database = open_database(folder / "intake.sqlite3")
    try:
        services = Services(database)
        services.use_studio(services.studios.create(StudioInput(name="东关委员工作室")).id)
        panel = IntakePanel(services)
        panel.resize(700, 600)
        panel.show()
        if not panel.start("127.0.0.1", 0, 60, False):
            return {"error": "the intake page could not be served on 127.0.0.1"}
        server = panel.server
        gui, cleaned_on = threading.get_ident(), set()
        reported = server.on_received

        def received(receipt: str) -> None:  # on the thread that cleaned the photo
            cleaned_on.add(threading.get_ident())
            reported(receipt)

        server.on_received = received
        text = _burst(app, panel, submissions, 0, 0)
        cleaned_on.clear()
        with_photos = _burst(app, panel, photos, photo_width, submissions)
        with_photos["off_gui_thread"] = bool(cleaned_on) and gui not in cleaned_on
        panel.shutdown()
        panel.deleteLater()
        app.processEvents()
        return {"text": text, "photos": with_photos}
    finally:
        database.close()


def measure_intake_apart(folder: Path) -> dict:
    """``measure_intake`` in a child process on Qt's offscreen platform (the bench's own
    process has no window)."""
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = ("import json, sys; from pathlib import Path; "
            "from studio_app.bench.intake import measure_intake; "
            "print(json.dumps(measure_intake(Path(sys.argv[1]))))")  # fmt: skip
    child = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                           text=True, env=env, timeout=600, check=False)  # fmt: skip
    if child.returncode != 0:
        return {"error": (child.stderr.strip().splitlines() or ["intake benchmark failed"])[-1]}
    return json.loads(child.stdout.strip().splitlines()[-1])


def checks(f: dict) -> dict[str, bool | None]:
    text, photos = f.get("text"), f.get("photos")
    if text is None or photos is None or "error" in text or "error" in photos:
        return {"intake_burst": None, "intake_stall": None, "intake_photos_off_gui": None}
    return {
        "intake_burst": text["answered_s"] <= TARGET_BURST_S
        and text["accepted"] == text["listed"] == text["phones"],
        "intake_stall": max(text["stall_ms"], photos["stall_ms"]) <= TARGET_STALL_MS,
        "intake_photos_off_gui": photos["off_gui_thread"],
    }  # fmt: skip


def print_rows(f: dict, row, out) -> None:
    """The intake's lines of the bench's table (``row(what, value, target, key)``)."""
    text, photos = f.get("text", {}), f.get("photos", {})
    error = f.get("error") or text.get("error") or photos.get("error")
    if error:
        row("扫码说事: 50 phones at once", "n/a", f"≤ {TARGET_BURST_S:.0f} s", "intake_burst")
        print(f"    ({error})", file=out)
        return
    row(f"扫码说事: {text['phones']} phones at once, all answered",
        f"{text['answered_s']:.2f} s", f"≤ {TARGET_BURST_S:.0f} s", "intake_burst")  # fmt: skip
    row("  accepted / listed at the desk", f"{text['accepted']} / {text['listed']}")
    row("  longest the window stalled meanwhile", f"{text['stall_ms']:.1f} ms",
        f"≤ {TARGET_STALL_MS:.0f} ms", "intake_stall")  # fmt: skip
    row(f"  {photos['phones']} photos of {photos['photo_mb']:.1f} MB at once, all answered",
        f"{photos['answered_s']:.2f} s")  # fmt: skip
    row("  longest the window stalled meanwhile", f"{photos['stall_ms']:.1f} ms",
        f"≤ {TARGET_STALL_MS:.0f} ms", "intake_stall")  # fmt: skip
    row("  photos cleaned off the window's thread", "yes" if photos["off_gui_thread"] else "NO",
        "", "intake_photos_off_gui")  # fmt: skip
