"""``render_batch(executor=...)`` on a real Dask cluster: two worker processes of a
``distributed.LocalCluster``, with the results, failures and manifest of a local batch.

The cluster runs in a child process: a Dask client leaves threads behind, and the
other tests need a process they can fork (``pogen.batch.pool``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BASE_CASE, CASE_DATA, ROOT

pytest.importorskip("distributed")

SCRIPT = """
import json, os, sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from pogen.batch import render_batch

cases, local_out, dask_out = map(Path, sys.argv[1:4])


def summary(batch, out):
    return [
        [r.source.name, r.status, r.exit_code, r.code, r.error.replace(str(out), "OUT"),
         r.input_sha256, r.template_sha256, r.output_sha256, [list(o) for o in r.outputs],
         [str(p.relative_to(out)) for p in r.files], list(r.warnings)]
        for r in batch.results
    ]


local = render_batch([cases], local_out, jobs=2)  # before any thread exists
import distributed

with distributed.LocalCluster(
    n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
) as cluster, distributed.Client(cluster) as client:
    remote = render_batch([cases], dask_out, executor=client.get_executor())
    workers = client.run(os.getpid)
print(json.dumps({
    "local": summary(local, local_out),
    "dask": summary(remote, dask_out),
    "workers": sorted(set(workers.values())),
    "here": os.getpid(),
}))
"""


def _cases(folder: Path) -> Path:
    folder.mkdir()
    for name in ("acme_v_borealis", "halvorsen_v_tidewater_robotics", "rivera_v_costa_mesa"):
        shutil.copy(CASE_DATA / f"{name}.toml", folder / f"{name}.toml")
    text = BASE_CASE.read_text(encoding="utf-8").replace('division = "western"', 'division = "x"')
    (folder / "broken.toml").write_text(text, encoding="utf-8")  # fails validation
    return folder


def test_a_dask_cluster_renders_as_a_local_batch(tmp_path: Path) -> None:
    cases = _cases(tmp_path / "cases")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(cases), str(local_out), str(dask_out)],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(found["workers"]) == 2  # two worker processes did the work
    assert found["here"] not in found["workers"]
    assert found["dask"] == found["local"]
    assert [row[1] for row in found["dask"]].count("failed") == 1
    assert (dask_out / "pogen-manifest.json").read_bytes() == (
        local_out / "pogen-manifest.json"
    ).read_bytes()
    for docx in sorted(local_out.glob("*.docx")):
        assert (dask_out / docx.name).read_bytes() == docx.read_bytes()
