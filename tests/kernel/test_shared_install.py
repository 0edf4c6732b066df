"""A kernel installed once for every user, as an instructor installs it for JupyterHub (docs/jupyterhub.md).

The installer (as root) writes the kernel spec into a prefix; then two users who share nothing but that prefix
start kernels from it at the same time: root and the unprivileged "nobody", each with a home, a runtime directory
and a working directory of their own. Each kernel must run a cell, draw a chart, time a cell and report its own
user: nothing in the kernel may write into the shared spec, use a fixed port or a fixed temporary file, or
depend on who installed it. Needs root (to switch user with setpriv); skipped otherwise.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

# Runs as the user under test: starts the kernel from the shared prefix and prints what came back as JSON.
CLIENT = r"""
import json, sys
from jupyter_client.manager import start_new_kernel
km, kc = start_new_kernel(kernel_name="layers", startup_timeout=120)
results = {}
def run(code):
    msg_id = kc.execute(code)
    found = {"text": "", "png": False, "error": None}
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t, c = msg["msg_type"], msg["content"]
        if t in ("execute_result", "display_data"):
            found["text"] += c["data"].get("text/plain", "")
            found["png"] = found["png"] or "image/png" in c["data"]
        elif t == "stream":
            found["text"] += c["text"]
        elif t == "error":
            found["error"] = c["ename"] + ": " + c["evalue"]
        elif t == "status" and c["execution_state"] == "idle":
            return found
try:
    results["user"] = run('System.getProperty("user.name")')
    results["chart"] = run('var c = new XYChart(300, 200); c.addSeries("y", new double[]{1, 2, 3}, new double[]{1, 4, 9}); c')
    results["time"] = run('%%time\nlong s = 0; for (int i = 0; i < 1000; i++) s += i; s')
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print("RESULT " + json.dumps(results))
"""


def _skip_reason() -> str | None:
    if os.geteuid() != 0:
        return "switching users needs root"
    if shutil.which("setpriv") is None:
        return "setpriv (util-linux) is not installed"
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        return "there is no user 'nobody'"
    return None


def _private_dirs(base: Path, name: str, uid: int, gid: int) -> dict[str, str]:
    """A home, a Jupyter data directory and a runtime directory owned by one user, readable by nobody else."""
    home = base / name
    for d in (home, home / "data", home / "runtime"):
        d.mkdir(parents=True)
        os.chown(d, uid, gid)
        d.chmod(0o700)
    return {"HOME": str(home), "JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_RUNTIME_DIR": str(home / "runtime")}


@pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")
def test_two_users_run_kernels_from_one_system_wide_install():
    base = Path(tempfile.mkdtemp(prefix="layers-shared-"))
    try:
        base.chmod(0o755)
        prefix = base / "prefix"
        env = dict(os.environ, LAYERS_KERNEL_CDS="1")
        env.pop("JUPYTER_PATH", None)
        install = subprocess.run([str(ROOT / "course"), "kernel", "install", "--prefix", str(prefix), "--quiet"],
                                 env=env, capture_output=True, text=True, timeout=600)
        assert install.returncode == 0, install.stdout + install.stderr
        spec_dir = prefix / "share" / "jupyter" / "kernels" / "layers"
        before = sorted(str(p.relative_to(spec_dir)) + f" {p.stat().st_mtime_ns}" for p in spec_dir.rglob("*"))

        nobody = pwd.getpwnam("nobody")
        users = {"root": (0, 0), "nobody": (nobody.pw_uid, nobody.pw_gid)}
        procs = {}
        for name, (uid, gid) in users.items():
            dirs = _private_dirs(base, name, uid, gid)
            user_env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
            user_env.update(dirs, JUPYTER_PATH=str(prefix / "share" / "jupyter"), USER=name)
            cmd = [sys.executable, "-c", CLIENT]
            if uid != 0:
                cmd = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", *cmd]
            procs[name] = subprocess.Popen(cmd, env=user_env, cwd=dirs["HOME"], stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE, text=True)
        for name, proc in procs.items():
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, f"{name}'s kernel session failed:\n{out}\n{err}"
            line = next((l for l in out.splitlines() if l.startswith("RESULT ")), None)
            assert line is not None, f"{name}: no result\n{out}\n{err}"
            results = json.loads(line[len("RESULT "):])
            assert all(r["error"] is None for r in results.values()), f"{name}: {results}"
            assert name in results["user"]["text"], f"{name}'s kernel ran as: {results['user']['text']}"
            assert results["chart"]["png"], f"{name}: the chart was not drawn: {results['chart']}"
            assert "499500" in results["time"]["text"], f"{name}: %%time: {results['time']}"

        after = sorted(str(p.relative_to(spec_dir)) + f" {p.stat().st_mtime_ns}" for p in spec_dir.rglob("*"))
        assert after == before, "a kernel changed the shared kernel spec directory"
    finally:
        shutil.rmtree(base, ignore_errors=True)
