"""The bad-input corpus of ``tests/core/test_bad_inputs.py``, sent through ``upload`` this time.

``check`` and ``upload`` read files the same way but ``upload`` goes on to a journal, a plan and
the network, so every malformed file, mapping and option of that corpus is run through it against
the sandbox: exit 2 with one line naming the culprit and nothing sent, or the rows read and every
valid one delivered exactly once. The corpus is imported, not copied.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_bad_inputs import CASES, EITHER, UNUSABLE, Case  # noqa: E402

from app.cli.main import main  # noqa: E402


def _as_upload(argv: list[str], base_url: str, state: Path) -> list[str]:
    assert argv[0] == "check"
    return [
        "upload", *argv[1:], "--base-url", base_url, "--state-dir", str(state),
        "--token-env", "PROOF_TOKEN", "--yes",
    ]  # fmt: skip


PARAMS = [pytest.param(c, id=c.name) for c in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_bad_input_through_upload(
    case: Case,
    sandbox: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PROOF_TOKEN", sandbox.credentials["hubspot_access_token"])
    argv, culprit = case.build(tmp_path)
    try:
        code = main(_as_upload(argv, sandbox.base_url, tmp_path / "state"))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out and "unexpected problem" not in err, err
    counts = sandbox.event_counts()["hubspot"]
    assert all(n == 1 for n in counts.values())
    if case.expect == UNUSABLE or (case.expect == EITHER and code == 2):
        lines = [line for line in err.strip().splitlines() if line.startswith("event-loader:")]
        assert code == 2 and len(lines) == 1, (code, err)
        assert culprit in lines[0], (culprit, lines[0])
        assert counts == {}, "rows were sent from an unusable input"
    else:
        assert code in (0, 1), (code, err)
        assert "Sent:" in out, out
        sent = int(out.split("Sent:")[1].split()[0].replace(",", ""))
        assert sent == len(counts)
