"""A Polylog server of a test's own, as a subprocess on a free port, for the tests that need real
sockets: the browser tests, the crash test and the HTTP server's own tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx2

REPO_ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# The server migrates (and may load the demo) before it answers: seconds alone, minutes on a
# busy machine.
def wait_until_ready(url: str, server: subprocess.Popen[bytes], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the Polylog server exited early with code {server.returncode}")
        try:
            if httpx2.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx2.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the Polylog server did not become ready at {url} in {timeout} s")


def start_polylog(
    environment: Mapping[str, str], log_dir: Path
) -> tuple[subprocess.Popen[bytes], str]:
    """`polylog serve` on a free port with `environment` over this process's, once it is ready.

    Returns the process and its base URL; its output goes to `server-{port}.log` in `log_dir`
    (one file per start, for a test that restarts it). A server that never gets ready is stopped.
    """
    port = free_port()
    with (log_dir / f"server-{port}.log").open("wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "polylog.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=REPO_ROOT,
            env={**os.environ, **environment},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(url, server)
    except BaseException:
        stop(server)
        raise
    return server, url


def stop(server: subprocess.Popen[bytes]) -> None:
    """Asks the server to stop, and kills it if it has not within 10 s."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
