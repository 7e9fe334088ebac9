"""The built wheel ships every template, and the installed package renders reports outside the
source tree (mkdocs checks its packaged files the same way)."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PROJECT, copy_repository

NETWORK_TROUBLE = (
    "Could not find a version",
    "NewConnectionError",
    "Temporary failure",
    "No matching distribution",
)


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(PROJECT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(PROJECT / "src", source / "src", ignore=ignore)
    shutil.copytree(PROJECT / "templates", source / "templates", ignore=ignore)
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        if any(sign in built.stderr for sign in NETWORK_TROUBLE):
            pytest.skip(
                f"pip could not fetch the build backend (no network?): {built.stderr[-300:]}"
            )
        pytest.fail(f"pip wheel failed:\n{built.stdout}\n{built.stderr}")
    (wheel,) = wheels.glob("ambition-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_wheel_holds_every_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(p.name for p in (PROJECT / "templates").glob("*.j2"))
    assert len(templates) >= 12
    missing = [t for t in templates if f"ambition/templates/{t}" not in names]
    assert missing == []
    for module in ("chart.py", "text.py", "render.py", "environment.py", "labels.py"):
        assert f"ambition/report/{module}" in names
    assert "ambition/py.typed" in names


def test_installed_wheel_renders_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    repository = copy_repository(PROJECT, tmp_path / "elsewhere" / "vaggeryd")
    assert not (repository / "templates").exists()
    environment = {**os.environ, "PYTHONPATH": str(site)}
    script = (
        "import ambition.templates, sys; print(ambition.templates.__file__); "
        "from ambition.cli import main; sys.argv = ['ambition'] + sys.argv[1:]; main()"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, "report", "--root", str(repository), "-o", "out"],
        cwd=tmp_path / "elsewhere",
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith(str(site))
    report = (tmp_path / "elsewhere" / "out" / "helar-2022.html").read_text(encoding="utf-8")
    assert "14\u202f854\u00a0invånare (2022)" in report
    assert report.count('role="img"') == 39
