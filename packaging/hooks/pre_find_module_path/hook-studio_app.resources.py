"""PyInstaller: the package ``studio_app.resources`` is the checkout's top-level ``resources/``
folder (setuptools ``package-dir`` in pyproject.toml), not ``studio_app/resources/``; the spec
passes this folder as ``hookspath`` so the analysis finds the package there."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # packaging/hooks/pre_find_module_path/ -> checkout


def pre_find_module_path(api):
    api.search_dirs = [str(ROOT)]  # where "resources/__init__.py" is
