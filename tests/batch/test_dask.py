"""``render_batch(executor=...)`` on a real Dask cluster: two worker processes of a
``distributed.LocalCluster``, with the results, failures and manifest of a local batch."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pogen.batch import BatchResult, render_batch
from tests.conftest import BASE_CASE, CASE_DATA

distributed = pytest.importorskip("distributed")


def _cases(folder: Path) -> Path:
    folder.mkdir()
    for name in ("acme_v_borealis", "halvorsen_v_tidewater_robotics", "rivera_v_costa_mesa"):
        shutil.copy(CASE_DATA / f"{name}.toml", folder / f"{name}.toml")
    text = BASE_CASE.read_text(encoding="utf-8").replace('division = "western"', 'division = "x"')
    (folder / "broken.toml").write_text(text, encoding="utf-8")  # fails validation
    return folder


def _summary(batch: BatchResult, out: Path) -> list[tuple[Any, ...]]:
    """Each result with the output folder's name taken out of its paths."""
    rows = []
    for r in batch.results:
        rows.append(
            (
                r.source.name,
                r.status,
                r.exit_code,
                r.code,
                r.error.replace(str(out), "OUT"),
                r.input_sha256,
                r.template_sha256,
                r.output_sha256,
                r.outputs,
                tuple(p.relative_to(out) for p in r.files),
                r.warnings,
            )
        )
    return rows


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_dask_cluster_renders_as_a_local_batch(tmp_path: Path) -> None:
    cases = _cases(tmp_path / "cases")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    local = render_batch([cases], local_out, jobs=2)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = render_batch([cases], dask_out, executor=client.get_executor())
        workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2  # two worker processes did the work
    assert _summary(remote, dask_out) == _summary(local, local_out)
    assert [r.status for r in remote.results].count("failed") == 1
    assert (dask_out / "pogen-manifest.json").read_bytes() == (
        local_out / "pogen-manifest.json"
    ).read_bytes()
    for name in sorted(p.name for p in local_out.glob("*.docx")):
        assert (dask_out / name).read_bytes() == (local_out / name).read_bytes()
