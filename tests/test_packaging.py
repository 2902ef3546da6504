"""The hand-written package list and package data in pyproject.toml cover the tree."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest
from conftest import REPO

PYPROJECT = REPO / "pyproject.toml"
pytestmark = pytest.mark.skipif(not PYPROJECT.exists(), reason="needs the source tree")


def setuptools_config() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]


def package_dirs() -> dict[str, Path]:
    config = setuptools_config()
    mapped = config.get("package-dir", {})
    return {name: REPO / mapped.get(name, name.replace(".", "/")) for name in config["packages"]}


def test_every_subpackage_is_listed() -> None:
    listed = set(setuptools_config()["packages"])
    found = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "pipeline").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"


def matches(relative: str, pattern: str) -> bool:
    """setuptools' glob: ``*`` stays within a folder, ``**/*`` takes any depth."""
    if pattern == "**/*":
        return True
    parts, wanted = relative.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(
        fnmatch.fnmatchcase(a, b) for a, b in zip(parts, wanted, strict=True)
    )


def test_every_data_file_is_package_data() -> None:
    config = setuptools_config()
    globs = config["package-data"]
    missing = []
    for name, folder in package_dirs().items():
        patterns = globs.get("*", []) + globs.get(name, [])
        for path in folder.rglob("*"):
            if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            owner = path.parent
            while owner != folder and not (owner / "__init__.py").exists():
                owner = owner.parent
            if owner != folder:
                continue  # belongs to a subpackage, checked there
            relative = path.relative_to(folder).as_posix()
            if not any(matches(relative, p) for p in patterns):
                missing.append(f"{name}: {relative}")
    assert not missing, f"not installed by a regular pip install: {missing}"
