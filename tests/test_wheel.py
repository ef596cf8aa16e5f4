"""The wheel carries every file the program loads, where an installed program finds it.

The list is ``shipped_files.program_files`` (the one ``test_packaging.py`` checks the PyInstaller
bundle against). The wheel is built from a copy of the checkout, so the checkout gets no
``build/`` or ``*.egg-info`` and no file left over from an earlier build can slip into the wheel;
then it is installed into a new virtual environment (without its dependencies: only
``studio_app.base.resources``, which needs the standard library alone, is run there).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from shipped_files import program_files

import studio_app
from studio_app.base import resources

ROOT = Path(__file__).resolve().parents[1]
# What the build reads: the package, the shipped files, the project's metadata and its readme.
SOURCES = ("studio_app", "resources", "pyproject.toml", "README.md")
DIST_INFO = f"studio_app-{studio_app.__version__}.dist-info"


def _run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **kwargs,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--quiet", "--wheel-dir", out, source,
    )  # fmt: skip
    (built,) = out.glob("studio_app-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> dict[str, int]:
    """Every file in the wheel with its size."""
    with zipfile.ZipFile(wheel) as archive:
        return {info.filename: info.file_size for info in archive.infolist() if not info.is_dir()}


def test_the_wheel_holds_every_file_the_program_loads(names):
    needed = program_files()
    assert len(needed) > 60
    missing = []
    for path, folder in needed:
        name = f"{folder}/{path.name}"
        if names.get(name) != path.stat().st_size:
            missing.append(name)
    assert missing == []


def test_pyproject_lists_every_package_and_maps_the_resources():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    packages = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "studio_app").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    listed = set(setuptools["packages"])
    assert sorted(packages - listed) == [], "missing from pyproject.toml's packages"
    assert sorted(listed - packages) == [resources.PACKAGE]
    assert setuptools["package-dir"] == {resources.PACKAGE: "resources"}


def test_the_wheel_holds_every_module_and_nothing_else(names):
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "studio_app").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    modules.add("studio_app/resources/__init__.py")  # resources/__init__.py
    assert sorted(modules - set(names)) == []  # e.g. a subpackage left out of pyproject.toml
    assert {name.split("/")[0] for name in names} == {"studio_app", DIST_INFO}
    assert not [name for name in names if name.endswith((".ts", ".pyc"))]


def test_the_installed_wheel_finds_its_resources(wheel, tmp_path):
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--quiet", wheel,
    )  # fmt: skip
    probe = (
        "from studio_app.base import resources\n"
        "for kind in resources.KINDS:\n"
        "    print(resources.folder(kind))\n"
    )
    shown = _run(python, "-c", probe, cwd=tmp_path).stdout.split()
    folders = dict(zip(resources.KINDS, map(Path, shown), strict=True))
    package = folders["fonts"].parent
    assert package.name == "resources" and package.parent.name == "studio_app"
    assert venv in package.parents  # the installed copy, not the checkout
    site = package.parents[1]
    missing = [
        f"{folder}/{path.name}"
        for path, folder in program_files()
        if not (site / folder / path.name).is_file()
    ]
    assert missing == []
    assert all(folder.parent == package for folder in folders.values())


def test_the_wheel_requires_the_phrase_model(wheel):
    """budoux's wheel carries its Chinese phrase model: requiring it is what brings it along."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"{DIST_INFO}/METADATA").decode()
    assert re.search(r"^Requires-Dist: budoux\b", metadata, re.MULTILINE)
