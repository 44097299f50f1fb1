"""Cut a release: set the version, date the changelog, regenerate, commit, tag.

    python -m tools.release 0.2.0               # from a clean main, after merging
    python -m tools.release 0.2.0 --dry-run     # say what would happen, change nothing
    git push origin HEAD v0.2.0                 # then publish the commit and the tag

The version lives in one place, ``src/pogen/_version.py`` (hatch reads it for the
wheel).  CHANGELOG.md is kept by hand in the Keep a Changelog format: changes go under
``## [Unreleased]`` as they land, and this tool moves them under ``## [X.Y.Z] - DATE``.
Releasing the version already in ``_version.py`` (the first release) needs its section
in the changelog already; the tool dates it.  Then ``python -m tools.gendocs`` rewrites
what records the version (the schemas' ``$comment``), and the tool commits
"Release X.Y.Z" and makes the annotated tag ``vX.Y.Z`` with the changelog section as its
message: the tag that ``pip install git+URL@vX.Y.Z`` and pre-commit's ``rev`` name.
A developer tool: not part of the wheel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = Path("src/pogen/_version.py")
CHANGELOG = Path("CHANGELOG.md")
_VERSION = re.compile(r'^__version__ = "(?P<version>[^"]+)"$', re.M)
_RELEASE = re.compile(r"^\d+\.\d+\.\d+$")
_HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\]", re.M)


class ReleaseError(Exception):
    """A precondition of the release does not hold; nothing was changed."""


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def _numbers(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in version.split("."))


def sections(changelog: str) -> dict[str, str]:
    """Each ``## [name]`` section's body (the text up to the next section)."""
    found = list(_HEADING.finditer(changelog))
    return {
        match["name"]: changelog[
            changelog.index("\n", match.start()) + 1 : (
                found[i + 1].start() if i + 1 < len(found) else len(changelog)
            )
        ].strip()
        for i, match in enumerate(found)
    }


def dated(changelog: str, version: str, date: str) -> str:
    """The changelog with ``version``'s section dated ``date``: the Unreleased entries
    moved under a new heading, or (for the first release) the existing heading dated."""
    have = sections(changelog)
    unreleased = have.get("Unreleased", "")
    heading = f"## [{version}] - {date}"
    if version in have:
        if unreleased:
            raise ReleaseError(
                f"{CHANGELOG}: both [Unreleased] and [{version}] have entries; move them "
                f"into one section"
            )
        return re.sub(rf"^## \[{re.escape(version)}\].*$", heading, changelog, count=1, flags=re.M)
    if not unreleased:
        raise ReleaseError(f"{CHANGELOG}: nothing under ## [Unreleased] to release")
    return changelog.replace("## [Unreleased]\n", f"## [Unreleased]\n\n{heading}\n", 1)


def release(root: Path, version: str, *, date: str, dry_run: bool = False) -> list[str]:
    """Do the release in the git work tree ``root``; the steps, as sentences."""
    if not _RELEASE.fullmatch(version):
        raise ReleaseError(f"{version!r}: a release version is X.Y.Z (digits)")
    if _git(root, "status", "--porcelain"):
        raise ReleaseError("the work tree has uncommitted changes; commit or stash them first")
    tag = f"v{version}"
    if _git(root, "tag", "--list", tag):
        raise ReleaseError(f"tag {tag} exists already")
    version_text = (root / VERSION_FILE).read_text(encoding="utf-8")
    match = _VERSION.search(version_text)
    if match is None:
        raise ReleaseError(f'{VERSION_FILE}: no __version__ = "..." line')
    current = match["version"]
    if _RELEASE.fullmatch(current) and _numbers(version) < _numbers(current):
        raise ReleaseError(f"{version} is older than the current version {current}")
    changelog = dated((root / CHANGELOG).read_text(encoding="utf-8"), version, date)
    notes = sections(changelog)[version]
    steps = [
        f"set {VERSION_FILE} to {version} (was {current})",
        f"date {CHANGELOG}: ## [{version}] - {date}",
        "regenerate with python -m tools.gendocs",
        f"commit 'Release {version}' and tag {tag} (annotated)",
    ]
    if dry_run:
        return steps
    (root / VERSION_FILE).write_text(
        _VERSION.sub(f'__version__ = "{version}"', version_text), encoding="utf-8"
    )
    (root / CHANGELOG).write_text(changelog, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    subprocess.run([sys.executable, "-m", "tools.gendocs"], cwd=root, env=env, check=True)
    _git(root, "add", "-A")
    if _git(root, "status", "--porcelain"):  # nothing to commit when re-tagging as is
        _git(root, "commit", "-q", "-m", f"Release {version}")
    _git(root, "tag", "-a", tag, "--cleanup=verbatim", "-m", f"pogen {version}\n\n{notes}\n")
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.release",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("version", help="the new version, X.Y.Z")
    parser.add_argument("--date", default=dt.date.today().isoformat(), help="release date")
    parser.add_argument("--dry-run", action="store_true", help="change nothing")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        steps = release(args.root, args.version, date=args.date, dry_run=args.dry_run)
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    for step in steps:
        print(("would " if args.dry_run else "") + step)
    if not args.dry_run:
        print(f"now publish it: git push origin HEAD v{args.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
