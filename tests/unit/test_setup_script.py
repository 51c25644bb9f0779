"""scripts/setup.sh repairs what a first run left behind: a half-made .venv, one made by
a Python that is too old, an install that failed. It runs here on a copy of the script
over a tiny stand-in project, so each case costs one small pip install, not OpsDesk's."""

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_PYTHON = getattr(sys, "_base_executable", sys.executable)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or not shutil.which("bash"),
                       reason="setup.sh is the Linux setup (setup.ps1 runs in Windows CI)"),
]

PYPROJECT = """\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "opsdesk-setup-probe"
version = "0.0.1"
requires-python = ">=3.10"

[project.optional-dependencies]
dev = []

[tool.setuptools]
packages = ["opsdesk_gui"]
"""
MAIN_OK = "import sys\nprint('OpsDesk probe')\nsys.exit(0)\n"
MAIN_BROKEN = "import sys\nsys.exit('cannot start')\n"

FAKE_PYTHON_39 = """#!/bin/sh
# Answers as a Python 3.9 would to setup.sh's two questions.
case "$*" in
  *print*) echo 3.9.18 ;;
  *) exit 1 ;;
esac
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "opsdesk_gui").mkdir()
    (tmp_path / "opsdesk_gui" / "__init__.py").write_text("")
    (tmp_path / "opsdesk_gui" / "__main__.py").write_text(MAIN_OK)
    return tmp_path


def run_setup(project: Path, python: str = GOOD_PYTHON) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON": python, "OPSDESK_SKIP_SYSTEM_PACKAGES": "1"}
    return subprocess.run(["bash", "scripts/setup.sh"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)


def venv_version(project: Path) -> tuple[int, int]:
    out = subprocess.run([str(project / ".venv/bin/python"), "-c",
                          "import sys; print(*sys.version_info[:2])"],
                         capture_output=True, text=True, check=True).stdout
    major, minor = out.split()
    return int(major), int(minor)


def assert_ready(project: Path, result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / ".venv/.opsdesk-installed").exists()
    assert venv_version(project) >= (3, 10)
    subprocess.run([str(project / ".venv/bin/python"), "-m", "pip", "--version"], check=True,
                   capture_output=True)


def python_39() -> str | None:
    """A real Python 3.9, when this machine has one (pyenv, deadsnakes)."""
    found = [shutil.which("python3.9"), *glob.glob("/root/.pyenv/versions/3.9*/bin/python3.9"),
             *glob.glob(os.path.expanduser("~/.pyenv/versions/3.9*/bin/python3.9"))]
    for candidate in filter(None, found):
        ok = subprocess.run([candidate, "-c", "import venv"], capture_output=True)
        if ok.returncode == 0:
            return candidate
    return None


def test_a_half_made_venv_without_pip_is_rebuilt(project):
    subprocess.run([GOOD_PYTHON, "-m", "venv", "--without-pip", str(project / ".venv")],
                   check=True)
    result = run_setup(project)
    assert "rebuilding .venv: it has no pip (half made)" in result.stdout
    assert_ready(project, result)
    again = run_setup(project)  # and the next run only checks
    assert again.returncode == 0 and again.stdout == ""


def test_a_venv_made_by_python_39_is_rebuilt(project):
    old = python_39()
    if old:
        subprocess.run([old, "-m", "venv", "--without-pip", str(project / ".venv")],
                       check=True)
    else:  # no 3.9 here: a venv whose python answers as 3.9 does
        bin_dir = project / ".venv" / "bin"
        bin_dir.mkdir(parents=True)
        (project / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.9.18\n")
        (bin_dir / "python").write_text(FAKE_PYTHON_39)
        (bin_dir / "python").chmod(0o755)
    result = run_setup(project)
    assert "rebuilding .venv: its Python is 3.9." in result.stdout
    assert_ready(project, result)


def test_a_python_too_old_is_refused_with_a_clear_message(project, tmp_path):
    fake = tmp_path / "python3.9"
    fake.write_text(FAKE_PYTHON_39)
    fake.chmod(0o755)
    result = run_setup(project, python=str(fake))
    assert result.returncode == 1
    assert "OpsDesk needs Python 3.10 or newer" in result.stderr
    assert "is 3.9.18" in result.stderr
    assert not (project / ".venv").exists()


def test_success_is_recorded_only_after_the_import_check(project):
    (project / "opsdesk_gui" / "__main__.py").write_text(MAIN_BROKEN)
    result = run_setup(project)
    assert result.returncode == 1
    assert "OpsDesk does not start in .venv after the install" in result.stderr
    assert not (project / ".venv/.opsdesk-installed").exists()
    (project / "opsdesk_gui" / "__main__.py").write_text(MAIN_OK)
    retried = run_setup(project)  # the next run installs again, then records it
    assert "installing OpsDesk" in retried.stdout
    assert_ready(project, retried)
