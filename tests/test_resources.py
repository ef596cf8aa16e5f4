"""studio_app.base.resources: the one place the shipped files are found (importlib.resources)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from studio_app.base import resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind", resources.KINDS)
def test_each_kind_is_a_real_folder_of_the_checkout(kind):
    folder = resources.folder(kind)
    assert isinstance(folder, Path)
    assert folder.is_dir()
    assert folder == ROOT / "resources" / kind  # pyproject.toml package-dir
    assert any(folder.iterdir())


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        resources.folder("sounds")


def test_the_module_is_ground_floor_standard_library_only():
    source = Path(resources.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported
