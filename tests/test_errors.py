"""Errors keep their structure across a process boundary and map to one message each."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from pogen.errors import (
    CaseFileError,
    Diagnostic,
    ExitCode,
    OutputError,
    TemplateError,
    ValidationError,
    display_path,
    error_message,
    failure,
)

DIAGNOSTICS = [
    Diagnostic("case.toml", 9, 3, "case.number", "malformed case number 'x'", "bad-case-number"),
    Diagnostic("case.toml", 2, 1, "court", "unknown key 'cort'", "unknown-key", "did you mean?"),
]


def _raise_validation() -> None:
    raise ValidationError(DIAGNOSTICS)


@pytest.mark.parametrize(
    "error",
    [
        ValidationError(DIAGNOSTICS),
        CaseFileError(DIAGNOSTICS[0]),
        TemplateError("t.docx: template refused: macros", code="template-refused"),
        OutputError("out: cannot write"),
    ],
    ids=["validation", "case-file", "template", "output"],
)
def test_an_error_pickles_to_an_equal_one(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.__dict__ == error.__dict__
    assert error_message(again) == error_message(error)


def test_validation_error_keeps_its_diagnostics_sorted() -> None:
    again = pickle.loads(pickle.dumps(ValidationError(DIAGNOSTICS)))
    assert isinstance(again, ValidationError)
    assert again.diagnostics == sorted(DIAGNOSTICS)
    assert str(again).endswith("2 problems found; nothing was written.")


def test_an_error_raised_in_a_users_process_pool_arrives_whole() -> None:
    with (
        ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool,
        pytest.raises(ValidationError) as info,
    ):
        pool.submit(_raise_validation).result()
    assert info.value.diagnostics == sorted(DIAGNOSTICS)
    assert str(info.value) == str(ValidationError(DIAGNOSTICS))


def test_one_mapping_from_error_to_message_and_exit_code() -> None:
    assert error_message(TemplateError("t.docx: bad")) == ("error: t.docx: bad", 3)
    text, code = error_message(ValidationError(DIAGNOSTICS))
    assert code == ExitCode.INVALID and not text.startswith("error:")  # a list, as it is
    text, code = error_message(KeyError("boom"))
    assert code == ExitCode.INTERNAL
    assert text.startswith("internal error: KeyError:") and "a bug in pogen" in text
    assert failure(KeyError("boom"))[0] == text


def test_display_path_is_what_resolving_in_full_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``display_path`` remembers folders' resolution (issue 13); the text is the same."""

    def full(path: Path) -> str:
        try:
            return str(path.resolve().relative_to(Path.cwd().resolve()))
        except (ValueError, RuntimeError, OSError):
            return str(path)

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.toml").write_text("x", encoding="utf-8")
    (tmp_path / "ln").symlink_to(tmp_path / "d")
    (tmp_path / "lf.toml").symlink_to(tmp_path / "d" / "f.toml")
    monkeypatch.chdir(tmp_path)
    paths = ["d/f.toml", "ln/f.toml", "lf.toml", ".", "..", "d/../d/f.toml", "missing/x.toml",
             str(tmp_path / "d" / "f.toml"), "/", "d/", "ln/", "ln", "lf.toml/", "./d//f.toml",
             "d/./f.toml", str(tmp_path) + "/", "missing/"]  # fmt: skip
    for name in paths:
        assert display_path(Path(name)) == full(Path(name)), name
    monkeypatch.chdir("/")  # a working folder that ends in a separator
    for name in [str(tmp_path / "d" / "f.toml"), "/", "tmp", str(tmp_path / "ln")]:
        assert display_path(Path(name)) == full(Path(name)), name
