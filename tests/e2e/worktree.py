"""This checkout's working tree as a throw-away git repository, for tests that need
pogen as a user gets it from git (pre-commit's hook repository, a release)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT


def git_home(home: Path) -> dict[str, str]:
    """Environment for git and pre-commit with a private home and identity, and nothing
    of the caller's git state (a test may run inside a git hook)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / ".gitconfig").write_text(
        "[user]\n\tname = Test Clerk\n\temail = clerk@firm.example\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n"
        "[tag]\n\tgpgsign = false\n",
        encoding="utf-8",
    )
    kept = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT", "POGEN_")) and k not in ("SKIP", "HOME")
    }
    return kept | {
        "HOME": str(home),
        "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
    }


def copy_worktree(target: Path, env: dict[str, str]) -> Path:
    """Copy the tracked and untracked, not ignored, files of this checkout into
    ``target`` (symlinks as symlinks) and commit them there; ``target``."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if not (source.exists() or source.is_symlink()):
            continue  # deleted in the working tree
        copy = target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            copy.symlink_to(source.readlink())
        else:
            shutil.copy2(source, copy)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "pogen as tested"]):
        subprocess.run(["git", *args], cwd=target, env=env, check=True, capture_output=True)
    return target
