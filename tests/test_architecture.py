"""The layers below the window never touch Qt.

``studio_app.core``, ``studio_app.storage`` and ``studio_app.documents`` must work headless (CLI,
bench, tests, a future server), so none of them may import PySide6 or shiboken6 — not directly,
not through another module. Checked twice: by reading the source, and by importing every module
in a clean interpreter and looking at ``sys.modules``.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_PACKAGES = ("studio_app.core", "studio_app.storage", "studio_app.documents")
FORBIDDEN = ("PySide6", "shiboken6")


def _is_forbidden(module: str | None) -> bool:
    return module is not None and module.split(".")[0] in FORBIDDEN


def _imported_by_call(node: ast.Call) -> list[str]:
    """The module named by ``importlib.import_module("x")`` or ``__import__("x")``."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    first = node.args[0] if node.args else None
    if name in ("import_module", "__import__") and isinstance(first, ast.Constant):
        return [first.value] if isinstance(first.value, str) else []
    return []


def _qt_imports_in(source: str, filename: str) -> list[str]:
    """``line: statement`` for every import of a forbidden module in the source text."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if node.level == 0 else []
        elif isinstance(node, ast.Call):
            names = _imported_by_call(node)
        else:
            continue
        found += [f"{node.lineno}: {ast.unparse(node)}" for n in names if _is_forbidden(n)]
    return found


def _python_files() -> list[Path]:
    files = []
    for package in QT_FREE_PACKAGES:
        folder = ROOT.joinpath(*package.split("."))
        files += sorted(folder.rglob("*.py"))
    return files


def test_the_static_check_sees_every_kind_of_qt_import():
    source = textwrap.dedent(
        """
        import os
        import PySide6
        import PySide6.QtCore as qc
        from PySide6.QtWidgets import QWidget
        from shiboken6 import isValid
        import importlib
        importlib.import_module("PySide6.QtGui")
        __import__("shiboken6")
        def later():
            from PySide6 import QtCore
        from . import PySide6_like
        from studio_app.core import PySide6_named
        import PySide6x
        """
    )
    lines = [entry.split(":")[0] for entry in _qt_imports_in(source, "<sample>")]
    assert lines == ["3", "4", "5", "6", "8", "9", "11"]


def test_no_qt_imports_in_the_source_of_core_storage_and_documents():
    files = _python_files()
    relative = {f.relative_to(ROOT).as_posix() for f in files}
    # The walk really covers the three packages, migrations included.
    assert "studio_app/storage/migrate.py" in relative
    assert "studio_app/core/models/base.py" in relative
    assert "studio_app/documents/__init__.py" in relative
    assert any(p.startswith("studio_app/storage/migrations/versions/") for p in relative)

    offenders = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        offenders += [
            f"{path.relative_to(ROOT)}:{hit}" for hit in _qt_imports_in(source, str(path))
        ]
    assert offenders == [], "Qt imported below the UI layer:\n" + "\n".join(offenders)


_PROBE = """
import importlib, json, pkgutil, sys, traceback

FORBIDDEN = {forbidden!r}
importers = []


class Spy:
    # Records who imports Qt (the import still happens; the parent checks sys.modules).
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            stack = [
                f"{{f.filename}}:{{f.lineno}}"
                for f in traceback.extract_stack()
                if "studio_app" in f.filename
            ]
            importers.append({{"module": name, "from": stack}})
        return None


sys.meta_path.insert(0, Spy())


def fail(name):
    raise


import studio_app

imported = []
for package_name in {packages!r}:
    package = importlib.import_module(package_name)
    imported.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + ".", onerror=fail):
        importlib.import_module(info.name)
        imported.append(info.name)

print(json.dumps({{
    "studio_app": studio_app.__file__,
    "imported": imported,
    "qt_modules": sorted(m for m in sys.modules if m.split(".")[0] in FORBIDDEN),
    "importers": importers,
}}))
"""


def test_importing_every_module_of_core_storage_and_documents_loads_no_qt():
    code = _PROBE.format(forbidden=FORBIDDEN, packages=QT_FREE_PACKAGES)
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
    assert result.returncode == 0, f"importing the Qt-free packages failed:\n{result.stderr}"
    report = json.loads(result.stdout.strip().splitlines()[-1])

    # The probe imported this checkout, and really walked the packages.
    assert Path(report["studio_app"]).resolve() == ROOT / "studio_app" / "__init__.py"
    imported = set(report["imported"])
    assert {
        "studio_app.core",
        "studio_app.core.models",
        "studio_app.core.models.base",
        "studio_app.storage",
        "studio_app.storage.database",
        "studio_app.storage.migrate",
        "studio_app.documents",
    } <= imported

    details = "\n".join(
        f"{i['module']} imported via {' <- '.join(reversed(i['from']))}"
        for i in report["importers"]
    )
    assert report["qt_modules"] == [], f"Qt loaded by the Qt-free packages:\n{details}"
