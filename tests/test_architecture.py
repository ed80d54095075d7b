"""The import contracts (pyproject.toml, ``[tool.importlinter]``) hold, and a broken one fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path, project_root: Path) -> Path:
    """A copy of the package and its contracts, to break on purpose."""
    shutil.copytree(
        project_root / "backend" / "polylog",
        tmp_path / "polylog",
        ignore=shutil.ignore_patterns("__pycache__", "*.ttf", "data"),
    )
    shutil.copy(project_root / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_every_contract(tree: Path) -> None:
    result = _lint(tree)

    assert result.returncode == 0, result.stdout
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "import_line", "contract"),
    [
        ("core/leak.py", "from polylog.initiatives import service", "Layers"),
        ("search/leak.py", "from polylog.practices import service", "Layers"),
        ("notifications/leak.py", "from polylog.peer_sessions import messages", "Layers"),
        ("content/leak.py", "from polylog.initiatives import service", "Layers"),
        (
            "practices/leak.py",
            "from polylog.initiatives import repository",
            "never through its repository",
        ),
        (
            "coverage/leak.py",
            "from polylog.practices.models import Practice",
            "never their models",
        ),
    ],
)
def test_an_import_against_the_arrows_fails_the_lint(
    tree: Path, module: str, import_line: str, contract: str
) -> None:
    (tree / "polylog" / module).write_text(f"{import_line}  # noqa: F401\n")

    result = _lint(tree)

    assert result.returncode == 1, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[1]
    assert contract in broken
    assert f"polylog.{module.removesuffix('.py').replace('/', '.')}" in broken
