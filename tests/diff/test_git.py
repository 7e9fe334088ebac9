"""ambition.diff.git: the errors of a folder git cannot be asked about, in both languages."""

from pathlib import Path

import pytest

from ambition.diff.git import locate
from ambition.errors import GitError


def test_a_file_is_not_a_folder_to_ask_git_about(tmp_path: Path) -> None:
    file = tmp_path / "ambition.yaml"
    file.write_text("language: sv\n", encoding="utf-8")
    with pytest.raises(GitError) as raised:
        locate(file)
    assert raised.value.render("sv") == f"{file} är inte en mapp"
    assert raised.value.render("en") == str(raised.value) == f"{file} is not a folder"
