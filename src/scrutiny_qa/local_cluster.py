"""A throwaway cluster on this one machine, for `make cluster-check` and the cluster tests:
a real PostgreSQL with pgvector (the `pgserver` wheel) and Ray nodes on loopback
addresses, each in a folder of its own, stopped with every process they started.

Ray takes 127.0.0.1 for the host's own address, so the nodes use 127.0.0.2, 127.0.0.3, ….
Each node is a `ray start --block` in a session of its own: stopping it signals that
session and every process descended from it, and never any other Ray on the machine
(`ray stop` would stop them all).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import psutil

HEAD_IP = "127.0.0.2"
READY = "Ray runtime started"  # what `ray start` prints once its node has joined
START_SECONDS = 120.0
STOP_SECONDS = 20.0
OBJECT_STORE_BYTES = 500_000_000  # per node; the default takes 30% of the machine's memory


@contextmanager
def postgres(folder: Path) -> Iterator[str]:
    """A PostgreSQL server with pgvector in `folder` for the block; yields its URL (a unix
    socket: `postgresql://postgres:@/postgres?host=<folder>`)."""
    import pgserver

    folder.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


class RayCluster:
    """A head node and `workers` worker nodes, each with `cpus` CPUs and no dashboard."""

    def __init__(self, folder: Path, workers: int = 1, cpus: int = 1) -> None:
        self.folder, self.cpus = folder, cpus
        # Ray's session folder of its own, short: its unix sockets' paths must fit 107 bytes
        self.temp = Path(tempfile.mkdtemp(prefix="sqa-ray-"))
        self.ips = [HEAD_IP] + [f"127.0.0.{3 + n}" for n in range(workers)]
        self.address = f"{HEAD_IP}:{free_port()}"
        self.nodes: dict[str, subprocess.Popen] = {}

    def start(self) -> None:
        """Start the head, then the workers; return once every node has joined."""
        self._start(HEAD_IP, ["--head", f"--port={self.address.split(':')[1]}",
                              "--include-dashboard=false", f"--dashboard-port={free_port()}"])
        for ip in self.ips[1:]:
            self._start(ip, [f"--address={self.address}"])

    def _start(self, ip: str, role: list[str]) -> None:
        log = self.folder / f"node-{ip}.log"
        ray = Path(sys.executable).with_name("ray")
        with log.open("w") as out:
            self.nodes[ip] = subprocess.Popen(
                [str(ray), "start", *role, f"--node-ip-address={ip}", f"--num-cpus={self.cpus}",
                 "--disable-usage-stats", f"--object-store-memory={OBJECT_STORE_BYTES}",
                 f"--temp-dir={self.temp}", "--block"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        _wait_for(log, self.nodes[ip])

    def kill(self, ip: str) -> None:
        """Kill one node at once (SIGKILL to all its processes), as a machine failing."""
        node = self.nodes.pop(ip)
        _signal_all(node, signal.SIGKILL)
        node.wait(timeout=STOP_SECONDS)

    def stop(self) -> None:
        """Stop every node, workers first; a process still running after STOP_SECONDS is
        killed."""
        for ip in reversed(list(self.nodes)):
            node = self.nodes.pop(ip)
            left = _signal_all(node, signal.SIGTERM)
            _, alive = psutil.wait_procs(left, timeout=STOP_SECONDS)
            for process in alive:
                _send(process, signal.SIGKILL)
            node.wait(timeout=STOP_SECONDS)
        shutil.rmtree(self.temp, ignore_errors=True)


@contextmanager
def ray_cluster(folder: Path, workers: int = 1, cpus: int = 1) -> Iterator[RayCluster]:
    """A started RayCluster for the block, stopped however the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    cluster = RayCluster(folder, workers, cpus)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def free_port() -> int:
    """A TCP port free at the moment (the OS's choice)."""
    with socket.socket() as probe:
        probe.bind((HEAD_IP, 0))
        return probe.getsockname()[1]


def _wait_for(log: Path, node: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while READY not in log.read_text(errors="replace"):
        if node.poll() is not None or time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"a Ray node did not start (see {log}):\n{tail}")
        time.sleep(0.2)


def _signal_all(node: subprocess.Popen, sig: signal.Signals) -> list[psutil.Process]:
    """Send `sig` to a node's `ray start` and every process descended from it (the
    processes of its session, and the workers its raylet started in sessions of their
    own); returns those processes."""
    try:
        root = psutil.Process(node.pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        processes = []
    processes += [p for p in psutil.process_iter() if _session(p) == node.pid
                  and p not in processes]
    for process in processes:
        _send(process, sig)
    return processes


def _session(process: psutil.Process) -> int | None:
    try:
        return os.getsid(process.pid)
    except OSError:
        return None


def _send(process: psutil.Process, sig: signal.Signals) -> None:
    with suppress(psutil.NoSuchProcess):
        process.send_signal(sig)
