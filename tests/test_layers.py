"""The layers the folders promise, held by the contract file ``.importlinter``.

The contracts are checked on this checkout, and each is shown to fail: a copy of the package
with one forbidden import planted must break exactly the contract that forbids it. Qt is also
looked for at run time: every module below the window is imported in a clean interpreter, which
catches what no reading of the source can (an import built from a string).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / ".importlinter"
QT_FREE_PACKAGES = (
    "studio_app.base",
    "studio_app.documents",
    "studio_app.core",
    "studio_app.storage",
    "studio_app.demo",
)
QT_FREE_MODULES = (
    "studio_app.opening",
    "studio_app.logs",
    "studio_app.server_setup",
    "studio_app.intake_server",
)
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(package_root: Path) -> dict[str, bool]:
    """Each contract's name and whether it was kept, for the package found in ``package_root``."""
    env = dict(os.environ, PYTHONPATH=str(package_root), NO_COLOR="1")
    result = subprocess.run(
        [str(LINT_IMPORTS), str(CONTRACTS), "--no-cache"],
        cwd=package_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    verdicts = dict(re.findall(r"^(.+?) (KEPT|BROKEN)\b", result.stdout, re.M))
    assert verdicts, result.stdout + result.stderr
    return {name: verdict == "KEPT" for name, verdict in verdicts.items()}


def _contract_names() -> list[str]:
    return re.findall(r"^name = (.+)$", CONTRACTS.read_text(encoding="utf-8"), re.M)


def test_every_contract_is_kept_by_this_checkout():
    verdicts = _lint(ROOT)
    assert sorted(verdicts) == sorted(_contract_names())
    assert [name for name, kept in verdicts.items() if not kept] == []


# (module to plant it in, the line planted, the contract it must break)
PLANTS = [
    ("base/text.py", "import studio_app.core.services", "Each layer imports only the layers below it"),
    ("core/stats.py", "import PySide6.QtCore", "No Qt below the window"),
    ("storage/database.py", "import studio_app.core.services",
     "Storage uses the core's models, never its services"),
    ("documents/files.py", "import sqlalchemy",
     "Documents take plain data: no models, no services, no database"),
    ("ui/page.py", "import studio_app.storage.migrate",
     "The window reaches storage only through opening and the backups' service"),
    ("core/studios.py", "import studio_app.core.services",
     "No circle of imports among the modules of any package"),
]  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A copy of the package to plant violations in (sources only)."""
    folder = tmp_path_factory.mktemp("layers")
    shutil.copytree(
        ROOT / "studio_app",
        folder / "studio_app",
        ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "*.qm", "*.ts", "*.png", "*.svg"),
    )
    return folder


@pytest.mark.parametrize(("module", "line", "contract"), PLANTS, ids=[p[2] for p in PLANTS])
def test_a_planted_violation_breaks_its_contract(pristine, tmp_path, module, line, contract):
    assert contract in _contract_names()
    copy = tmp_path / "planted"
    shutil.copytree(pristine, copy)
    target = copy / "studio_app" / module
    source = target.read_text(encoding="utf-8")
    target.write_text(source + f"\n{line}  # planted by tests/test_layers.py\n", encoding="utf-8")
    verdicts = _lint(copy)
    assert verdicts[contract] is False, f"{contract} was kept with `{line}` in {module}"


_PROBE = """
import importlib, json, pkgutil, sys, traceback

FORBIDDEN = ("PySide6", "shiboken6")
importers = []


class Spy:
    # Records who imports Qt (the import still happens; the parent checks sys.modules).
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            stack = [f"{f.filename}:{f.lineno}" for f in traceback.extract_stack()
                     if "studio_app" in f.filename]
            importers.append({"module": name, "from": stack})
        return None


sys.meta_path.insert(0, Spy())


def fail(name):
    raise


import studio_app

imported = []
for package_name in PACKAGES:
    package = importlib.import_module(package_name)
    imported.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + ".", onerror=fail):
        importlib.import_module(info.name)
        imported.append(info.name)
for module_name in MODULES:
    importlib.import_module(module_name)
    imported.append(module_name)

print(json.dumps({
    "studio_app": studio_app.__file__,
    "imported": imported,
    "qt_modules": sorted(m for m in sys.modules if m.split(".")[0] in FORBIDDEN),
    "importers": importers,
}))
"""


def test_importing_every_module_below_the_window_loads_no_qt():
    code = f"PACKAGES = {QT_FREE_PACKAGES!r}\nMODULES = {QT_FREE_MODULES!r}\n" + _PROBE
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONSTARTUP", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"importing the Qt-free layers failed:\n{result.stderr}"
    report = json.loads(result.stdout.strip().splitlines()[-1])

    # The probe imported this checkout, and really walked the packages.
    assert Path(report["studio_app"]).resolve() == ROOT / "studio_app" / "__init__.py"
    assert {
        "studio_app.base.text",
        "studio_app.core.models.base",
        "studio_app.core.services",
        "studio_app.storage.migrate",
        "studio_app.storage.backups.service",
        "studio_app.documents.spreadsheet.reading",
        "studio_app.demo.studio",
        "studio_app.opening",
    } <= set(report["imported"])

    details = "\n".join(
        f"{i['module']} imported via {' <- '.join(reversed(i['from']))}"
        for i in report["importers"]
    )
    assert report["qt_modules"] == [], f"Qt loaded below the window:\n{details}"
